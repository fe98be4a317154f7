"""The read-replica router: readers' pages read the replica, the desk and writes the primary.

Runs where a ``replica`` alias exists: scripts/services_pass.py gives one pointing at the
same PostgreSQL server (the issue's set-up); elsewhere it is skipped.
"""

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connections
from django.test.utils import CaptureQueriesContext

from masthead.newsroom.models import Article
from masthead.testing import make_article

pytestmark = [
    pytest.mark.replica,
    pytest.mark.skipif(
        "replica" not in settings.DATABASES,
        reason="no replica alias: set DATABASE_REPLICA_URL (scripts/services_pass.py does)",
    ),
    pytest.mark.django_db(transaction=True, databases=["default", "replica"]),
]

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def queries_on_each(action):
    with CaptureQueriesContext(connections["default"]) as primary:
        with CaptureQueriesContext(connections["replica"]) as replica:
            action()
    return len(primary), len(replica)


def test_a_readers_page_reads_only_the_replica(client):
    story = make_article("Replicated")
    primary, replica = queries_on_each(lambda: client.get(story.get_absolute_url()))
    assert replica > 0 and primary == 0


def test_the_desk_reads_the_primary(client):
    story = make_article("Being edited")
    # Transactional tests empty the tables, the desk groups with them: a superuser here.
    client.force_login(User.objects.create_superuser("chief", "chief@example.org", "x"))
    url = f"/desk/newsroom/article/{story.pk}/change/"
    primary, replica = queries_on_each(lambda: client.get(url))
    assert primary > 0 and replica == 0


def test_the_beacon_counts_on_the_primary(client):
    story = make_article("Counted")
    primary, replica = queries_on_each(
        lambda: client.post(f"/_views/{story.pk}", HTTP_USER_AGENT=FIREFOX)
    )
    assert primary > 0 and replica == 0


def test_writes_go_to_the_primary():
    story = make_article("Saved")
    with CaptureQueriesContext(connections["replica"]) as replica:
        Article.objects.filter(pk=story.pk).update(headline="Saved again")
    assert len(replica) == 0
