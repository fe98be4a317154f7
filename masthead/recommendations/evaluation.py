"""Measuring "You May Also Like" on public data, and exporting its lists.

``related_lists(docs, k)`` is the production path without a database: the term
statistics fitted on the corpus (``text.Model.fit``), the pruned vectors, the 20 stored
neighbours (``text.top_neighbours``, as ``rebuild`` stores them) and the page's ranking
(``ranking.rank``) with freshness off and no co-reading. ``eval-related`` and
``related-export`` both call it.

The section-diversity rule is off here: both datasets' labels are sections or finer
(the same story, the same subcategory), so the rule would cap precision@5 at 2/5 by
construction. ``evaluate`` reports the figure with the rule on as well.

The datasets are read where they lie (the team's ``../shared/datasets``, or a file given
with ``--file``); their licences forbid shipping them, so nothing is copied.
"""

import csv
import json
import random
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from . import ranking, text

DATASETS = {
    "uci": "uci-news-aggregator-stories/uci-news-aggregator-head6366.csv",
    "mind": "mind-small-subset/news.tsv",
}
K = 5


def datasets_dir():
    """The team's ``shared/datasets``, beside the repository's folder."""
    return Path(__file__).resolve().parents[3] / "shared" / "datasets"


def load_uci(path):
    """Headlines with their category (as section), story id and publication time."""
    with open(path, encoding="utf-8", newline="") as handle:
        return [
            text.Doc(
                id=row["ID"],
                headline=row["TITLE"],
                section=row["CATEGORY"],
                published_at=int(row["TIMESTAMP"]) / 1000,
                extra={"label": row["STORY"], "category": row["CATEGORY"]},
            )
            for row in csv.DictReader(handle)
        ]


def load_mind(path):
    """Titles and abstracts (as standfirst) with their category (as section)."""
    docs = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            docs.append(
                text.Doc(
                    id=row[0],
                    headline=row[3],
                    dek=row[4],
                    section=row[1],
                    extra={"label": row[2], "category": row[1]},
                )
            )
    return docs


def load_jsonl(lines):
    """Stories of a ``related-export`` corpus: one JSON object per line."""
    docs = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item = json.loads(line)
        if "id" not in item or "headline" not in item:
            raise ValueError(f"line {number}: every item needs an id and a headline")
        docs.append(
            text.Doc(
                id=item["id"],
                headline=item["headline"],
                dek=item.get("dek") or "",
                body=item.get("body") or "",
                section=item.get("section") or "",
                tags=tuple(item.get("tags") or ()),
                original_headline=item.get("original_headline") or "",
            )
        )
    return docs


def related_lists(docs, k=K, diverse=False):
    """For each doc, the ids of its ``k`` related docs, best first (production ranking,
    freshness off, no co-reading)."""
    model = text.Model.fit(docs)
    matrix = model.vectors(docs)
    found = text.top_neighbours(matrix, matrix, own=np.arange(len(docs)))
    lists = []
    for doc, neighbours in zip(docs, found, strict=True):
        candidates = [
            ranking.Candidate(id=r, section=docs[r].section, similarity=s) for r, s in neighbours
        ]
        rows = ranking.rank(candidates, limit=k, diverse=diverse)
        lists.append((doc.id, [docs[r].id for r in rows]))
    return lists


def _metrics(rows_lists, labels, k=K):
    """Precision@k and MRR (first relevant within the list) over every query."""
    precision = reciprocal = 0.0
    for query, rows in enumerate(rows_lists):
        hits = [labels[r] == labels[query] for r in rows[:k]]
        precision += sum(hits) / k
        reciprocal += next((1.0 / (i + 1) for i, hit in enumerate(hits) if hit), 0.0)
    n = len(rows_lists)
    return round(precision / n, 4), round(reciprocal / n, 4)


def _engine_rows(docs, k, diverse):
    row_of = {d.id: i for i, d in enumerate(docs)}
    return [[row_of[pk] for pk in ids] for _, ids in related_lists(docs, k, diverse)]


def _tfidf_rows(matrix, k):
    from sklearn.preprocessing import normalize

    matrix = normalize(matrix)
    found = text.top_neighbours(matrix, matrix, own=np.arange(matrix.shape[0]), k=k)
    return [[r for r, _ in neighbours] for neighbours in found]


def _random_same(values, k, seed=0):
    rng = random.Random(seed)
    members = defaultdict(list)
    for i, value in enumerate(values):
        members[value].append(i)
    rows = []
    for i, value in enumerate(values):
        others = [j for j in members[value] if j != i]
        rows.append(rng.sample(others, min(k, len(others))))
    return rows


def baselines(docs, dataset, k=K):
    """The issue's reference recommenders, recomputed (scikit-learn, text alone)."""
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer

    labels = [d.extra["label"] for d in docs]
    corpus = [f"{d.headline} {d.dek}".strip() for d in docs]
    word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, stop_words="english")
    words = word.fit_transform(corpus)
    if dataset == "mind":
        categories = [d.extra["category"] for d in docs]
        rows = _tfidf_rows(words, k)
        return {
            "tfidf_title_abstract": _metrics(rows, labels, k)[0],
            "tfidf_title_abstract_same_category": _metrics(rows, categories, k)[0],
            "random_same_category": _metrics(_random_same(categories, k), labels, k)[0],
        }
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    chars = char.fit_transform(corpus)
    from sklearn.preprocessing import normalize

    both = sp.hstack([normalize(words), normalize(chars)], format="csr")
    categories = [d.extra["category"] for d in docs]
    return {
        "random_same_category": _metrics(_random_same(categories, k), labels, k)[0],
        "tfidf_word_1_2": _metrics(_tfidf_rows(words, k), labels, k)[0],
        "tfidf_char_3_5": _metrics(_tfidf_rows(chars, k), labels, k)[0],
        "tfidf_word_and_char": _metrics(_tfidf_rows(both, k), labels, k)[0],
    }


REFERENCE = {
    "uci": {
        "random_same_category": 0.068,
        "tfidf_word_1_2": 0.824,
        "tfidf_char_3_5": 0.827,
        "tfidf_word_and_char": 0.837,
    },
    "mind": {"tfidf_title_abstract": 0.295, "tfidf_title_abstract_same_category": 0.522},
}
TARGET = {"uci": 0.87, "mind": 0.34}


def evaluate(dataset, path=None, k=K):
    """Metrics of the engine and of the baselines on one dataset, as a dict."""
    loader = {"uci": load_uci, "mind": load_mind}[dataset]
    docs = loader(path or datasets_dir() / DATASETS[dataset])
    started = time.perf_counter()
    rows = _engine_rows(docs, k, diverse=False)
    engine_seconds = time.perf_counter() - started
    labels = [d.extra["label"] for d in docs]
    precision, mrr = _metrics(rows, labels, k)
    result = {
        "dataset": dataset,
        "items": len(docs),
        "label": "same_story" if dataset == "uci" else "same_subcategory",
        f"precision_at_{k}": precision,
        "mrr": mrr,
        "target": TARGET.get(dataset),
        "meets_target": precision >= TARGET.get(dataset, 0),
    }
    if dataset == "mind":
        categories = [d.extra["category"] for d in docs]
        result[f"same_category_precision_at_{k}"] = _metrics(rows, categories, k)[0]
    result[f"precision_at_{k}_with_section_rule"] = _metrics(
        _engine_rows(docs, k, diverse=True), labels, k
    )[0]
    result["engine_seconds"] = round(engine_seconds, 2)
    started = time.perf_counter()
    result["baselines"] = baselines(docs, dataset, k)
    result["baseline_seconds"] = round(time.perf_counter() - started, 2)
    result["reference"] = REFERENCE.get(dataset, {})
    return result
