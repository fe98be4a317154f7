"""What-if settings for the beacon benchmark only (never for a real site).

    DJANGO_SETTINGS_MODULE=whatif_settings MASTHEAD_WHATIF=persistent,no-health-checks \
        bench/beacon_run.sh --workers 2 -- --visitors 3000

bench/beacon_run.sh puts bench/ on PYTHONPATH. These are Masthead's settings with changes
the app does not make, to measure what they would buy before anyone changes the app (see
docs/benchmarks.md):

- ``persistent``: keep each worker's database connection open between requests
  (``CONN_MAX_AGE = None``); Masthead sets 0 for SQLite, so every request opens a
  connection, runs the PRAGMAs and closes it (the last close checkpoints the WAL).
- ``no-health-checks``: no ``SELECT 1`` before reusing a PostgreSQL connection in a new
  request (``CONN_HEALTH_CHECKS = False``).
"""

import os

from masthead.settings import *  # noqa: F403
from masthead.settings import DATABASES

WHATIF = {w.strip() for w in os.environ.get("MASTHEAD_WHATIF", "").split(",") if w.strip()}
UNKNOWN = WHATIF - {"persistent", "no-health-checks"}
if UNKNOWN:
    raise SystemExit(f"MASTHEAD_WHATIF: unknown {sorted(UNKNOWN)}")
if "persistent" in WHATIF:
    DATABASES["default"]["CONN_MAX_AGE"] = None
if "no-health-checks" in WHATIF:
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = False
