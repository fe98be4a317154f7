"""The ``masthead`` command: Django's management commands with Masthead's settings preset.

masthead migrate | createsuperuser | serve | demo | check | ...
"""

import os
import sys


def main(argv=None):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    from django.core.management import execute_from_command_line

    argv = list(sys.argv if argv is None else argv)
    argv[0] = "masthead"
    if len(argv) > 1 and not argv[1].startswith("-"):
        # Django's command modules use underscores; `masthead flush-views` reads better.
        argv[1] = argv[1].replace("-", "_")
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
