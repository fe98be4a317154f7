"""A small newsroom shared by the distribution tests: a translated story with two
authors, tags and a lead image, and plain stories around it."""

from datetime import timedelta

import pytest
from django.utils import timezone

from masthead.testing import make_article, make_author, make_section, make_tag


@pytest.fixture
def newsroom(db):
    asia = make_section("Asia", description="News from East Asia.")
    world = make_section("World")
    kim = make_author("Kim Ha-eun", email="haeun.kim@masthead.example")
    lee = make_author("Lee Joon")
    diplomacy, summit = make_tag("diplomacy"), make_tag("summit")
    story = make_article(
        'Seoul & Tokyo agree to "resume" shuttle diplomacy',
        section=asia,
        authors=[kim, lee],
        tags=[diplomacy, summit],
        dek="Leaders meet for the first time in a year.",
        body="The two leaders met on **Monday**.\n\n> We turn a page, said one aide.",
        lead_image_url="/media/demo/summit.jpg",
        lead_image_alt="Two leaders shake hands",
        original_language="ko",
        original_headline="한일 정상, 셔틀 외교 재개 합의",
        source_name="Hanbit Ilbo",
        source_url="https://example.kr/news/1",
        publish_at=timezone.now() - timedelta(minutes=30),
    )
    others = [
        make_article(
            f"World story {i}",
            section=world,
            authors=[lee],
            publish_at=timezone.now() - timedelta(hours=2 + i),
        )
        for i in range(3)
    ]
    return {
        "story": story,
        "others": others,
        "asia": asia,
        "world": world,
        "kim": kim,
        "lee": lee,
        "diplomacy": diplomacy,
    }
