import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

FIXTURES = Path(__file__).parent / "fixtures"


def _run(*args):
    out = StringIO()
    call_command(args[0].replace("-", "_"), *args[1:], stdout=out)
    return out.getvalue().splitlines()


def test_eval_related_prints_metrics_and_baselines_as_json_on_its_last_line():
    lines = _run("eval-related", "--dataset", "uci", "--file", str(FIXTURES / "uci-like.csv"))
    result = json.loads(lines[-1])
    assert result["dataset"] == "uci" and result["items"] == 20
    # Four others per story: 0.8 is the ceiling; chance (same category) is far lower.
    assert result["precision_at_5"] >= 0.7 > result["baselines"]["random_same_category"]
    assert 0 < result["mrr"] <= 1
    assert set(result["baselines"]) == {
        "random_same_category",
        "tfidf_word_1_2",
        "tfidf_char_3_5",
        "tfidf_word_and_char",
    }
    assert result["seconds"] >= 0


def test_eval_related_says_where_to_give_a_missing_dataset():
    with pytest.raises(CommandError, match="--file"):
        _run("eval-related", "--dataset", "mind", "--file", "/nonexistent/news.tsv")


@pytest.fixture
def corpus(tmp_path):
    items = [
        {"id": "a", "headline": "Typhoon heads for the southern coast", "section": "weather"},
        {"id": "b", "headline": "Typhoon forces flights to be cancelled", "section": "weather"},
        {"id": "c", "headline": "Steel tariff talks resume", "section": "trade", "tags": ["steel"]},
        {"id": 4, "headline": "서울 아파트값 상승세 지속", "lang": "ko"},
        {"id": 5, "headline": "서울 아파트 가격 또 올라", "body": "아파트 가격 상승", "lang": "ko"},
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n")
    return path


def test_related_export_writes_one_json_line_per_item_with_its_related_ids(corpus):
    lines = _run("related-export", "--corpus", str(corpus), "--k", "2")
    rows = [json.loads(line) for line in lines]
    assert [r["id"] for r in rows] == ["a", "b", "c", 4, 5]
    assert all(set(r) == {"id", "related"} and len(r["related"]) <= 2 for r in rows)
    by_id = {r["id"]: r["related"] for r in rows}
    assert by_id["a"][0] == "b"
    assert by_id[4][0] == 5
    assert all(r["id"] not in r["related"] for r in rows)


def test_related_export_is_deterministic(corpus):
    assert _run("related-export", "--corpus", str(corpus)) == _run(
        "related-export", "--corpus", str(corpus)
    )


def test_related_export_refuses_an_item_without_a_headline(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1}\n')
    with pytest.raises(CommandError, match="line 1"):
        _run("related-export", "--corpus", str(path))


@pytest.mark.django_db
def test_rebuild_related_says_how_many_stories_it_indexed():
    from masthead.testing import make_article

    make_article("One story")
    make_article("Another story")
    assert _run("rebuild-related")[-1].startswith("related index rebuilt: 2 stories")


@pytest.mark.django_db
def test_rebuild_related_copes_with_an_empty_newsroom():
    assert _run("rebuild-related")[-1].startswith("related index rebuilt: 0 stories")
