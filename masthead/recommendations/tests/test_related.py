from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from masthead.newsroom.models import Article
from masthead.recommendations import api, index
from masthead.recommendations.jobs import update_related
from masthead.recommendations.models import RelatedCandidate, RelatedQueue
from masthead.testing import make_article, make_section, make_tag

pytestmark = pytest.mark.django_db

TOPICS = {
    "trade": [
        "Seoul and Washington agree on steel tariff quotas",
        "Steel tariff talks resume between Seoul and Washington",
        "Korean steel makers welcome tariff quota deal",
        "Tariff quotas on Korean steel take effect in June",
    ],
    "baseball": [
        "Doosan Bears win the Korean Series in seven games",
        "Bears pitcher named Korean Series most valuable player",
        "Korean Series: Bears rally in the ninth inning",
        "Fans celebrate the Bears' Korean Series title in Seoul",
    ],
    "weather": [
        "Typhoon Hinnamnor heads for the southern coast",
        "Typhoon Hinnamnor forces flights to be cancelled in Busan",
        "Southern coast braces as typhoon brings heavy rain",
        "Typhoon leaves thousands without power on the southern coast",
    ],
}


@pytest.fixture
def newsroom():
    """Three topics of four stories, each topic in its own section."""
    stories = {}
    for topic, headlines in TOPICS.items():
        section = make_section(topic.title())
        stories[topic] = [
            make_article(h, section=section, publish_at=timezone.now() - timedelta(hours=i + 1))
            for i, h in enumerate(headlines)
        ]
    update_related()
    return stories


def _related(article, exclude=(), limit=3):
    return api.related(article, exclude=exclude, limit=limit)


def test_related_stories_are_about_the_same_topic(newsroom):
    for topic, stories in newsroom.items():
        ids = {s.pk for s in stories}
        assert set(_related(stories[0], limit=2)) <= ids, topic  # 2: one section each


def test_the_list_is_the_same_every_time(newsroom):
    story = newsroom["trade"][1]
    first = _related(story, limit=5)
    index._INDEX.forget()
    index.rebuild()
    assert _related(story, limit=5) == first == _related(story, limit=5)


def test_the_story_itself_and_the_pages_other_stories_are_never_listed(newsroom):
    story, *others = newsroom["baseball"]
    listed = _related(story, exclude={others[0].pk}, limit=5)
    assert story.pk not in listed
    assert others[0].pk not in listed
    assert len(listed) == 5


def test_a_withdrawn_story_is_never_recommended_even_before_the_worker_runs(newsroom):
    story, withdrawn = newsroom["weather"][:2]
    assert withdrawn.pk in _related(story, limit=11)
    withdrawn.status = Article.Status.WITHDRAWN
    withdrawn.save()
    assert withdrawn.pk not in _related(story, limit=11)
    update_related()
    assert not RelatedCandidate.objects.filter(candidate=withdrawn, similarity__gt=0).exists()


def test_drafts_and_future_stories_are_never_recommended(newsroom):
    trade = newsroom["trade"][0].section
    draft = make_article(
        "Steel tariff quota deal draft", section=trade, status=Article.Status.DRAFT
    )
    later = make_article(
        "Steel tariff quotas: what changes",
        section=trade,
        status=Article.Status.SCHEDULED,
        publish_at=timezone.now() + timedelta(hours=2),
    )
    update_related()
    listed = _related(newsroom["trade"][0], limit=11)
    assert draft.pk not in listed and later.pk not in listed


def test_a_scheduled_story_is_indexed_when_its_time_comes(newsroom):
    section = newsroom["trade"][0].section
    later = make_article(
        "Steel tariff quota deal signed in Seoul",
        section=section,
        status=Article.Status.SCHEDULED,
        publish_at=timezone.now() + timedelta(hours=2),
    )
    update_related()
    assert RelatedQueue.objects.filter(article_id=later.pk).exists()
    with time_machine.travel(timezone.now() + timedelta(hours=3)):
        update_related()
    assert RelatedCandidate.objects.filter(article=newsroom["trade"][0], candidate=later).exists()


def test_a_new_story_is_listed_beside_its_topic_after_the_worker_runs(newsroom):
    section = newsroom["baseball"][0].section
    new = make_article("Bears clinch the Korean Series title", section=section)
    assert RelatedQueue.objects.filter(article_id=new.pk).exists()  # queued, not computed
    update_related()
    assert set(_related(new, limit=2)) <= {s.pk for s in newsroom["baseball"]}
    assert RelatedCandidate.objects.filter(article=newsroom["baseball"][0], candidate=new).exists()


def _stored():
    return {
        (a, c): round(s, 5)
        for a, c, s in RelatedCandidate.objects.filter(similarity__gt=0).values_list(
            "article_id", "candidate_id", "similarity"
        )
    }


def test_incremental_updates_give_the_same_neighbours_as_a_full_rebuild(newsroom):
    section = newsroom["weather"][0].section
    added = make_article("Typhoon Hinnamnor weakens off Busan", section=section)
    edited = newsroom["trade"][2]
    edited.headline = "Korean Series tickets sell out as the Bears return home"
    edited.section = newsroom["baseball"][0].section
    edited.save()
    withdrawn = newsroom["baseball"][3]
    withdrawn.status = Article.Status.WITHDRAWN
    withdrawn.save()
    update_related()
    incremental = _stored()
    index.rebuild(refit=False)  # the same term statistics: exactly the same lists
    assert _stored() == incremental
    index.rebuild()  # statistics refitted: the same neighbours
    assert set(_stored()) == set(incremental)
    assert RelatedCandidate.objects.filter(article=added).exists()


def test_korean_only_stories_find_korean_only_neighbours():
    section = make_section("Nation")
    korean = [
        make_article(headline, section=section, body=body)
        for headline, body in (
            ("서울 아파트값 상승세 지속", "서울 아파트 가격이 계속 오르고 있다."),
            ("서울 아파트 가격 또 올라", "아파트 매매 가격 상승."),
            ("아파트값 상승에 정부 대책 발표", "정부가 아파트 대책을 내놨다."),
        )
    ]
    for headline in ("Seoul apartment prices keep rising", "Rain expected across the country"):
        make_article(headline, section=section, body="In English only.")
    update_related()
    listed = _related(korean[0], limit=2)
    assert set(listed) == {korean[1].pk, korean[2].pk}


def test_the_original_language_headline_counts():
    section = make_section("Asia")
    story = make_article("Leaders meet", section=section, original_headline="한일 정상회담 개최")
    twin = make_article("Summit held", section=section, original_headline="한일 정상회담 개최 합의")
    make_article("Markets close higher", section=section, original_headline="증시 상승 마감")
    update_related()
    assert _related(story, limit=1) == [twin.pk]


def test_no_more_than_two_stories_of_one_section_unless_nothing_else_qualifies():
    politics, sports = make_section("Politics"), make_section("Sports")
    tag = make_tag("election")
    story = make_article("Election campaign opens", section=politics, tags=[tag])
    same = [
        make_article(f"Election campaign day {i}", section=politics, tags=[tag]) for i in range(4)
    ]
    other = make_article("Election day is a holiday for football fans", section=sports, tags=[tag])
    update_related()
    listed = _related(story, limit=3)
    sections = [Article.objects.get(pk=pk).section_id for pk in listed]
    assert sections.count(politics.pk) == 2 and other.pk in listed
    # Five wanted, only one other section: the rest comes from the same section after all.
    assert len(_related(story, limit=5)) == 5
    assert {pk for pk in _related(story, limit=5)} <= {s.pk for s in same} | {other.pk}


def test_an_unindexed_story_still_gets_a_list_from_its_section():
    section = make_section("World")
    stories = [make_article(f"World story {i}", section=section) for i in range(4)]
    assert len(_related(stories[0])) == 3


def test_the_page_lookup_is_one_query(newsroom, django_assert_num_queries):
    story = newsroom["trade"][0]
    with django_assert_num_queries(1):
        assert len(_related(story)) == 3


def test_a_rebuild_in_several_processes_finds_what_one_process_finds():
    import numpy as np
    import scipy.sparse as sp

    from masthead.recommendations import text

    rng = np.random.default_rng(0)
    matrix = sp.random(2500, 300, density=0.05, format="csr", random_state=rng, dtype=np.float32)
    one = text.all_neighbours(matrix, jobs=1)
    assert text.all_neighbours(matrix, jobs=2) == one
    assert len(one) == 2500 and all(r != i for i, row in enumerate(one) for r, _ in row)
