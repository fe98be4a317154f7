import pytest
from django.utils import timezone

from masthead.engagement.counters import DatabaseCounter
from masthead.engagement.jobs import flush_views
from masthead.engagement.models import CoRead
from masthead.recommendations import api
from masthead.recommendations.jobs import refresh_co_reads, update_related
from masthead.recommendations.models import RelatedCandidate
from masthead.recommendations.ranking import Candidate, rank
from masthead.testing import make_article, make_section

pytestmark = pytest.mark.django_db


def _read(counter, visitors, *articles):
    now = timezone.now()
    for visitor in visitors:
        for article in articles:
            counter.hit(article.pk, visitor, now)


def test_pairs_read_by_enough_readers_become_candidates_and_three_cannot_steer(settings):
    settings.MASTHEAD_RELATED_MIN_CO_READERS = 10
    section = make_section("Mixed")
    story, popular_pair, fringe = (
        make_article("Budget vote delayed", section=section),
        make_article("Zoo welcomes a panda cub", section=section),
        make_article("Tiny shop sells rare stamps", section=section),
    )
    counter = DatabaseCounter()
    _read(counter, [f"v{i:02d}" for i in range(12)], story, popular_pair)
    _read(counter, ["x1", "x2", "x3"], story, fringe)
    flush_views()
    assert CoRead.objects.get(article_a=story, article_b=popular_pair).readers == 12
    refresh_co_reads()
    pairs = set(
        RelatedCandidate.objects.filter(co_readers__gt=0).values_list("article", "candidate")
    )
    assert pairs == {(story.pk, popular_pair.pk), (popular_pair.pk, story.pk)}


def test_a_pair_counts_once_per_reader_however_many_flushes():
    section = make_section("Mixed")
    a, b = make_article("One", section=section), make_article("Two", section=section)
    counter = DatabaseCounter()
    _read(counter, ["v1"], a)
    flush_views()
    _read(counter, ["v1"], b)
    flush_views()
    flush_views()
    assert CoRead.objects.get().readers == 1


def test_co_reading_lifts_a_story_among_equally_similar_ones():
    candidates = [
        Candidate(id=1, section="a", similarity=0.5),
        Candidate(id=2, section="b", similarity=0.5, co_readers=40),
    ]
    assert rank(candidates, limit=2, min_readers=10) == [2, 1]
    # Under the minimum support the count is ignored: the newer story (higher id) first.
    weak = [Candidate(id=1, section="a", similarity=0.5, co_readers=3), candidates[1]]
    assert rank(weak, limit=2, min_readers=50) == [2, 1]
    assert rank([weak[0], Candidate(id=0, section="b", similarity=0.5)], limit=1) == [1]


def test_fresher_stories_win_ties_and_freshness_never_beats_a_much_closer_story():
    old_close = Candidate(id=1, section="a", similarity=0.9, age_days=3650)
    new_far = Candidate(id=2, section="b", similarity=0.4, age_days=0)
    assert rank([old_close, new_far], limit=2, half_life_days=30) == [1, 2]
    old = Candidate(id=3, section="a", similarity=0.5, age_days=60)
    new = Candidate(id=2, section="b", similarity=0.5, age_days=1)
    assert rank([old, new], limit=2, half_life_days=30) == [2, 3]
    assert rank([old, new], limit=2, half_life_days=0) == [3, 2]  # off: the higher id


def test_a_co_read_story_appears_in_the_list(settings):
    settings.MASTHEAD_RELATED_MIN_CO_READERS = 4
    section, other = make_section("Politics"), make_section("Culture")
    story = make_article("Budget vote delayed again", section=section)
    for i in range(3):
        make_article(f"Budget vote delayed: reactions {i}", section=section)
    unrelated = make_article("판다 새끼 첫 공개", section=other, body="동물원 소식")
    update_related()
    assert not RelatedCandidate.objects.filter(article=story, candidate=unrelated).exists()
    _read(DatabaseCounter(), [f"v{i}" for i in range(30)], story, unrelated)
    flush_views()
    refresh_co_reads()
    assert unrelated.pk in api.related(story, limit=3)
