"""Keeping the stored candidates up to date: the full rebuild and the incremental update.

``rebuild()`` (``masthead rebuild-related``) fits the term statistics on every published
story, vectorizes them all and stores each story's 20 nearest neighbours.

``update(ids)`` (the worker, for stories queued on save) reuses those statistics. It
vectorizes the changed stories, recomputes their own candidates and those of every story
whose list they enter or leave: a story B is recomputed when the changed story A now
scores above B's weakest stored candidate (``RelatedVector.floor``), or when A was in
B's list. Each recomputation is the very function the rebuild uses, against the same
vectors, so an update gives the neighbours a rebuild would give with the same statistics.

The worker keeps the vectors in memory (``_Index``) and reads only rows changed since
its last run (``seq``), so an update at 100,000 stories costs milliseconds of products and
a few small queries. Only one process updates at a time (a row lock on ``RelatedModel``
on PostgreSQL; SQLite serializes writers anyway).
"""

import time

import numpy as np
import scipy.sparse as sp
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from masthead.newsroom.models import Article

from . import text
from .models import RelatedCandidate, RelatedModel, RelatedQueue, RelatedVector

READ_BATCH = 10_000  # stories read and counted at a time by a rebuild
WRITE_BATCH = 2000  # stories per write transaction: short locks on SQLite
DIMENSION = text.WORD_FEATURES + text.CHAR_FEATURES + text.SECTION_FEATURES


def docs_for(articles):
    """``text.Doc`` of each article of a queryset, in id order, with two queries."""
    rows = list(
        articles.order_by("id").values_list(
            "id", "headline", "dek", "body", "section_id", "original_headline", "publish_at"
        )
    )
    through = Article.tags.through
    tags = {}
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), 10_000):  # ids under SQLite's variable limit
        for article_id, name in through.objects.filter(
            article_id__in=ids[start : start + 10_000]
        ).values_list("article_id", "tag__name"):
            tags.setdefault(article_id, []).append(name)
    return [
        text.Doc(
            id=pk,
            headline=headline,
            dek=dek,
            body=body,
            section=f"s{section_id}",
            tags=tuple(sorted(tags.get(pk, ()))),
            original_headline=original,
            published_at=publish_at.timestamp() if publish_at else None,
        )
        for pk, headline, dek, body, section_id, original, publish_at in rows
    ]


def published_ids():
    return np.fromiter(Article.objects.published().values_list("id", flat=True), dtype=np.int64)


def _floor(neighbours):
    """The weakest stored similarity of a full list; 0 while the list has room."""
    return neighbours[-1][1] if len(neighbours) >= text.NEIGHBOURS else 0.0


def _write_candidates(lists, seq):
    """Replace the similarity candidates of each ``{article_id: [(id, score)]}``.

    Co-reading counts on the same rows are kept: a pair that is no longer similar but
    still co-read stays, with similarity 0."""
    article_ids = list(lists)
    RelatedCandidate.objects.filter(article_id__in=article_ids, co_readers=0).delete()
    RelatedCandidate.objects.filter(article_id__in=article_ids).update(similarity=0.0)
    RelatedCandidate.objects.bulk_create(
        [
            RelatedCandidate(article_id=a, candidate_id=c, similarity=s)
            for a, neighbours in lists.items()
            for c, s in neighbours
        ],
        update_conflicts=True,
        unique_fields=["article", "candidate"],
        update_fields=["similarity"],
        batch_size=1000,
    )
    RelatedVector.objects.bulk_update(
        [RelatedVector(article_id=a, floor=_floor(n), seq=seq) for a, n in lists.items()],
        ["floor", "seq"],
        batch_size=500,
    )


def _encode(row):
    """A one-row CSR matrix as (feature numbers, weights) bytes."""
    return row.indices.astype(np.int32).tobytes(), row.data.astype(np.float32).tobytes()


def _decode(features, weights):
    return np.frombuffer(bytes(features), dtype=np.int32), np.frombuffer(
        bytes(weights), dtype=np.float32
    )


def _matrix(rows):
    """A CSR matrix from ``[(indices, weights), ...]``."""
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r[0]) for r in rows])
    indices = np.concatenate([r[0] for r in rows]) if rows else np.zeros(0, np.int32)
    data = np.concatenate([r[1] for r in rows]) if rows else np.zeros(0, np.float32)
    return sp.csr_matrix((data, indices, indptr), shape=(len(rows), DIMENSION))


def rebuild(stdout=None, refit=True):
    """Recompute every published story's vector and candidates; with ``refit`` (the
    default) the term statistics are fitted again first, else the stored ones are kept."""
    say = stdout or (lambda line: None)
    started = time.monotonic()
    queued_before = timezone.now()
    # Read and count in batches: a story's text is dropped once counted, and its counts
    # once vectorized, so memory holds the counts and the pruned vectors, not the bodies.
    ids = np.fromiter(
        Article.objects.published().order_by("id").values_list("id", flat=True), dtype=np.int64
    )
    batches, read = [], []
    for start in range(0, len(ids), READ_BATCH):
        first, last = int(ids[start]), int(ids[min(start + READ_BATCH, len(ids)) - 1])
        docs = docs_for(Article.objects.published().filter(id__gte=first, id__lte=last))
        read.extend(d.id for d in docs)  # what was read, should a story change meanwhile
        batches.append(text.counts(docs))
    ids = np.array(read, dtype=np.int64)
    say(f"read and counted {len(ids)} stories in {time.monotonic() - started:.1f} s")
    stored = RelatedModel.objects.filter(id=1).first()
    if refit or stored is None:
        model = text.Model.fit_batches(batches)
    else:
        model = text.Model.from_bytes(stored.stats)
    parts = []
    while batches:
        parts.append(model.vectors(blocks=batches.pop(0)))
    matrix = sp.vstack(parts, format="csr") if parts else _matrix([])
    del parts
    say(f"vectorized in {time.monotonic() - started:.1f} s")
    neighbours = text.all_neighbours(matrix)
    say(f"neighbours in {time.monotonic() - started:.1f} s")
    with transaction.atomic():
        if refit or stored is None:
            RelatedModel.objects.update_or_create(
                id=1, defaults={"stats": model.to_bytes(), "fitted_at": timezone.now()}
            )
        seq = _next_seq()
        RelatedVector.objects.all().delete()
        RelatedCandidate.objects.filter(co_readers=0).delete()
        RelatedCandidate.objects.update(similarity=0.0)
    for start in range(0, len(ids), WRITE_BATCH):
        with transaction.atomic():
            batch = range(start, min(start + WRITE_BATCH, len(ids)))
            RelatedVector.objects.bulk_create(
                [
                    RelatedVector(
                        article_id=int(ids[i]),
                        features=_encode(matrix[i])[0],
                        weights=_encode(matrix[i])[1],
                        floor=_floor(neighbours[i]),
                        seq=seq,
                    )
                    for i in batch
                ],
                batch_size=500,
            )
            RelatedCandidate.objects.bulk_create(
                [
                    RelatedCandidate(article_id=int(ids[i]), candidate_id=int(ids[r]), similarity=s)
                    for i in batch
                    for r, s in neighbours[i]
                ],
                update_conflicts=True,
                unique_fields=["article", "candidate"],
                update_fields=["similarity"],
                batch_size=1000,
            )
    # Everything queued before the rebuild read the stories is done.
    RelatedQueue.objects.filter(due_at__lte=queued_before).delete()
    _INDEX.forget()
    say(f"stored {len(ids)} stories in {time.monotonic() - started:.1f} s")
    return {"stories": len(ids), "seconds": round(time.monotonic() - started, 2)}


def _next_seq():
    """A number larger than any stored so far (call inside a transaction)."""
    RelatedModel.objects.filter(id=1).update(seq=F("seq") + 1)
    return RelatedModel.objects.values_list("seq", flat=True).get(id=1)


class _Index:
    """The worker's in-memory copy of every stored vector, synced by ``seq``."""

    def __init__(self):
        self.forget()

    def forget(self):
        self.stats_fitted = None
        self.model = None
        self.seq = -1
        self.ids = np.zeros(0, dtype=np.int64)
        self.row_of = {}
        self.matrix = _matrix([])
        self.floors = np.zeros(0, dtype=np.float32)

    def sync(self, state):
        """Read the rows changed since the last sync (all of them the first time)."""
        if self.stats_fitted != state.fitted_at:
            self.forget()
            self.model = text.Model.from_bytes(state.stats)
            self.stats_fitted = state.fitted_at
        changed = RelatedVector.objects.filter(seq__gt=self.seq).order_by("article_id")
        rows = list(changed.values_list("article_id", "features", "weights", "floor", "seq"))
        if not rows:
            return
        self.seq = max(r[4] for r in rows)
        fresh = [(pk, _decode(f, w), floor) for pk, f, w, floor, _ in rows]
        known = [(self.row_of[pk], v, floor) for pk, v, floor in fresh if pk in self.row_of]
        new = [(pk, vector, floor) for pk, vector, floor in fresh if pk not in self.row_of]
        if known:
            self.replace([r for r, _, _ in known], [v for _, v, _ in known])
            for row, _, floor in known:
                self.floors[row] = floor
        if new:
            self.append([pk for pk, _, _ in new], [v for _, v, _ in new], [f for _, _, f in new])

    def replace(self, rows, vectors):
        keep = np.ones(self.matrix.shape[0], dtype=np.float32)
        keep[rows] = 0.0
        new = _matrix(vectors).tocoo()
        placed = sp.csr_matrix(
            (new.data, (np.asarray(rows)[new.row], new.col)), shape=self.matrix.shape
        )
        self.matrix = (sp.diags(keep, format="csr") @ self.matrix + placed).tocsr()

    def append(self, ids, vectors, floors):
        self.matrix = sp.vstack([self.matrix, _matrix(vectors)], format="csr")
        start = len(self.ids)
        self.ids = np.concatenate([self.ids, np.array(ids, dtype=np.int64)])
        self.floors = np.concatenate([self.floors, np.array(floors, dtype=np.float32)])
        for offset, pk in enumerate(ids):
            self.row_of[pk] = start + offset


_INDEX = _Index()


def _locked_state():
    """The index's row, locked for this transaction; None if another worker holds it."""
    states = RelatedModel.objects.filter(id=1)
    if connection.features.has_select_for_update_skip_locked:
        states = states.select_for_update(skip_locked=True)
    return states.first()


def update(article_ids):
    """Recompute the candidates touched by a change to these stories. Returns how many
    stories' lists were rewritten, or None when another worker is updating."""
    article_ids = sorted({int(pk) for pk in article_ids})
    with transaction.atomic():
        state = _locked_state()
        if state is None:
            return None
        index = _INDEX
        index.sync(state)
        seq = _next_seq()
        eligible_ids = published_ids()
        eligible_set = set(eligible_ids.tolist())
        docs = docs_for(Article.objects.published().filter(id__in=article_ids))
        if docs:
            vectors = index.model.vectors(docs)
            RelatedVector.objects.bulk_create(
                [
                    RelatedVector(
                        article_id=d.id,
                        features=_encode(vectors[i])[0],
                        weights=_encode(vectors[i])[1],
                        seq=seq,
                    )
                    for i, d in enumerate(docs)
                ],
                update_conflicts=True,
                unique_fields=["article"],
                update_fields=["features", "weights", "seq"],
            )
            index.sync(state)  # picks up the rows just written
        eligible = np.isin(index.ids, eligible_ids)
        # Stories whose list the changed ones enter: they beat the weakest stored candidate.
        touched = set(d.id for d in docs)
        rows = [index.row_of[pk] for pk in article_ids if pk in index.row_of]
        if rows:
            scores = (index.matrix @ index.matrix[rows].T).toarray()  # stories x changed
            beats = (scores > index.floors[:, None]) & (scores > 0)
            beats &= eligible[:, None]
            for column, row in enumerate(rows):
                beats[row, column] = False
            touched.update(index.ids[np.flatnonzero(beats.any(axis=1))].tolist())
        # ...and those whose list they were in (they may have left it, or moved in it).
        touched.update(
            RelatedCandidate.objects.filter(
                candidate_id__in=article_ids, similarity__gt=0
            ).values_list("article_id", flat=True)
        )
        touched &= eligible_set
        gone = [pk for pk in article_ids if pk not in eligible_set]
        if gone:  # a withdrawn or deleted story keeps no list of its own
            RelatedCandidate.objects.filter(article_id__in=gone, co_readers=0).delete()
            RelatedCandidate.objects.filter(article_id__in=gone).update(similarity=0.0)
        lists = _recompute(index, sorted(touched), eligible)
        _write_candidates(lists, seq)
        index.sync(state)
    return len(lists)


def _recompute(index, article_ids, eligible):
    rows = [index.row_of[pk] for pk in article_ids if pk in index.row_of]
    if not rows:
        return {}
    found = text.top_neighbours(index.matrix[rows], index.matrix, eligible=eligible, own=rows)
    return {
        int(index.ids[row]): [(int(index.ids[r]), s) for r, s in neighbours]
        for row, neighbours in zip(rows, found, strict=True)
    }


def enqueue(article_ids, due_at=None):
    """Mark stories for the worker (idempotent); ``due_at`` defaults to now."""
    due_at = due_at or timezone.now()
    RelatedQueue.objects.bulk_create(
        [RelatedQueue(article_id=pk, due_at=due_at) for pk in article_ids],
        update_conflicts=True,
        unique_fields=["article_id"],
        update_fields=["due_at"],
    )


def process_queue(now=None, limit=500):
    """The worker's job: update the stories that are due. Returns a summary dict."""
    now = now or timezone.now()
    if not RelatedModel.objects.filter(id=1).exists():
        if Article.objects.published().exists():
            result = rebuild()
            return {"rebuilt": result["stories"], "updated": 0}
        RelatedQueue.objects.filter(due_at__lte=now).delete()
        return {"rebuilt": 0, "updated": 0}
    due = list(
        RelatedQueue.objects.filter(due_at__lte=now)
        .order_by("due_at", "article_id")
        .values_list("article_id", "due_at")[:limit]
    )
    if not due:
        return {"rebuilt": 0, "updated": 0}
    updated = update([pk for pk, _ in due])
    if updated is None:  # another worker is at it: leave the queue to it
        return {"rebuilt": 0, "updated": 0}
    for pk, due_at in due:  # a save meanwhile moved due_at on: that entry stays queued
        RelatedQueue.objects.filter(article_id=pk, due_at=due_at).delete()
    return {"rebuilt": 0, "updated": updated or 0}
