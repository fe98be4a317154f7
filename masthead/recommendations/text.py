"""Content similarity: stories as weighted term vectors, and their nearest neighbours.

No Django here: the production index (``index.py``), ``eval-related`` and
``related-export`` all call these functions with plain ``Doc`` objects, so what is
measured is what runs.

A story is three blocks of features, each TF-IDF weighted (1 + log tf, smoothed idf) and
L2-normalized, then concatenated with fixed weights:

- words (unigrams and bigrams, English stop words dropped) of the headline, the
  original-language headline, the standfirst, the tags and the body's opening;
- character 2–4-grams inside words of the headline, original headline, standfirst and
  tags. They match inflections ("tariff"/"tariffs"), transliterations and Korean, whose
  words are syllable blocks glued to particles (한일 정상 / 정상회담);
- the section, as one token: two stories of one desk are a little closer.

Features are hashed (scikit-learn's ``HashingVectorizer``), so a story published after the
last full rebuild is vectorized at once with no vocabulary to refit: its new words get
the highest idf, which is what a new name deserves. Each vector keeps its ``KEEP``
heaviest features (the rest are mostly very common n-grams that barely move a cosine)
so the whole index stays small and the similarity products stay sparse.
"""

import os
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

WORD_FEATURES = 2**20
CHAR_FEATURES = 2**20
SECTION_FEATURES = 2**12
CHAR_SHARE = 0.5  # of the text weight: characters and words count the same
SECTION_WEIGHT = 0.3  # cosine added by a shared section (measured in docs/benchmarks.md)
BODY_CHARS = 2000  # the opening of a news story says what it is about
KEEP = 160  # features kept per story
NEIGHBOURS = 20  # candidates stored per story
CHUNK = 500  # rows per similarity product: a dense block of CHUNK x corpus floats
JOBS = max(1, min(2, os.cpu_count() or 1))  # processes of a full rebuild (2 cores target)


@dataclass
class Doc:
    """What similarity reads of a story."""

    id: object
    headline: str
    dek: str = ""
    body: str = ""
    section: str = ""
    tags: tuple = ()
    original_headline: str = ""
    published_at: float | None = None  # seconds since the epoch
    extra: dict = field(default_factory=dict)  # labels for evaluation; ignored here


def _title_text(doc):
    return " ".join([doc.headline, doc.original_headline, doc.dek, " ".join(doc.tags)])


def _word_text(doc):
    return " ".join([_title_text(doc), doc.body[:BODY_CHARS]])


_WORDS = HashingVectorizer(
    n_features=WORD_FEATURES,
    ngram_range=(1, 2),
    stop_words="english",
    alternate_sign=False,
    norm=None,
    dtype=np.float32,
)
_CHARS = HashingVectorizer(
    n_features=CHAR_FEATURES,
    analyzer="char_wb",
    ngram_range=(2, 4),
    alternate_sign=False,
    norm=None,
    dtype=np.float32,
)
_SECTIONS = HashingVectorizer(
    n_features=SECTION_FEATURES,
    analyzer=lambda section: [section] if section else [],
    alternate_sign=False,
    norm=None,
    dtype=np.float32,
)


def counts(docs):
    """Raw term counts of each block: (words, chars, sections), rows in ``docs`` order."""
    return (
        _WORDS.transform([_word_text(d) for d in docs]).tocsr(),
        _CHARS.transform([_title_text(d) for d in docs]).tocsr(),
        _SECTIONS.transform([str(d.section) for d in docs]).tocsr(),
    )


class Model:
    """Document frequencies of the word and character features: the idf half of TF-IDF.

    Fitted by a full rebuild and kept with the index; an incremental update reuses it."""

    def __init__(self, n_docs, word_df, char_df):
        self.n_docs = int(n_docs)
        self.word_df = word_df.astype(np.int32)
        self.char_df = char_df.astype(np.int32)

    @classmethod
    def fit(cls, docs=None, blocks=None):
        words, chars, _ = blocks if blocks is not None else counts(docs)
        return cls(
            words.shape[0],
            np.bincount(words.indices, minlength=WORD_FEATURES),
            np.bincount(chars.indices, minlength=CHAR_FEATURES),
        )

    @classmethod
    def fit_batches(cls, batches):
        """The same as ``fit`` over the concatenation of ``counts()`` batches."""
        word_df = np.zeros(WORD_FEATURES, dtype=np.int64)
        char_df = np.zeros(CHAR_FEATURES, dtype=np.int64)
        n_docs = 0
        for words, chars, _ in batches:
            n_docs += words.shape[0]
            word_df += np.bincount(words.indices, minlength=WORD_FEATURES)
            char_df += np.bincount(chars.indices, minlength=CHAR_FEATURES)
        return cls(n_docs, word_df, char_df)

    def to_bytes(self):
        import io

        buffer = io.BytesIO()
        np.savez_compressed(buffer, n_docs=self.n_docs, word_df=self.word_df, char_df=self.char_df)
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data):
        import io

        stored = np.load(io.BytesIO(bytes(data)))
        return cls(stored["n_docs"], stored["word_df"], stored["char_df"])

    def _idf(self, df):
        return (np.log((1.0 + self.n_docs) / (1.0 + df)) + 1.0).astype(np.float32)

    def vectors(self, docs=None, blocks=None):
        """L2-normalized, pruned vectors of ``docs`` (a CSR matrix, one row per doc)."""
        words, chars, sections = blocks if blocks is not None else counts(docs)
        text_weight = np.sqrt(1.0 - SECTION_WEIGHT)
        parts = []
        for block, df, share in (
            (words, self.word_df, 1.0 - CHAR_SHARE),
            (chars, self.char_df, CHAR_SHARE),
        ):
            block = block.copy()
            block.data = 1.0 + np.log(block.data)
            block = block @ sp.diags(self._idf(df))
            parts.append(normalize(block) * (text_weight * np.sqrt(share)))
        parts.append(normalize(sections) * np.sqrt(SECTION_WEIGHT))
        return prune(sp.hstack(parts, format="csr", dtype=np.float32))


def prune(matrix, keep=KEEP):
    """Keep each row's ``keep`` heaviest entries, then L2-normalize the rows again."""
    matrix = matrix.tocsr()
    matrix.sort_indices()
    lengths = np.diff(matrix.indptr)
    if lengths.max(initial=0) > keep:
        rows = []
        for i in range(matrix.shape[0]):
            start, end = matrix.indptr[i], matrix.indptr[i + 1]
            data = matrix.data[start:end]
            if end - start > keep:
                top = np.argpartition(-data, keep - 1)[:keep]
                top.sort()
                rows.append((matrix.indices[start:end][top], data[top]))
            else:
                rows.append((matrix.indices[start:end], data))
        indptr = np.concatenate([[0], np.cumsum([len(r[0]) for r in rows])])
        indices = np.concatenate([r[0] for r in rows]) if rows else np.array([], np.int32)
        data = np.concatenate([r[1] for r in rows]) if rows else np.array([], np.float32)
        matrix = sp.csr_matrix((data, indices, indptr), shape=matrix.shape)
    return normalize(matrix).astype(np.float32)


def top_neighbours(queries, matrix, eligible=None, own=None, k=NEIGHBOURS):
    """For each row of ``queries``, the ``k`` most similar rows of ``matrix``.

    ``eligible`` (a boolean array over the rows of ``matrix``) masks out stories that may
    not be recommended; ``own[i]`` is the row of ``matrix`` that query i is itself (or -1).
    Returns a list of ``[(row, score), ...]`` best first; ties go to the later row (the
    newer story when rows are in id order), so the order is fully deterministic."""
    results = []
    matrix_t = matrix.T.tocsr()
    n = matrix.shape[0]
    for start in range(0, queries.shape[0], CHUNK):
        block = (queries[start : start + CHUNK] @ matrix_t).toarray()
        if eligible is not None:
            block[:, ~eligible] = -np.inf
        for offset, scores in enumerate(block):
            i = start + offset
            if own is not None and own[i] >= 0:
                scores[own[i]] = -np.inf
            kk = min(k, n)
            if kk <= 0:
                results.append([])
                continue
            top = np.argpartition(-scores, kk - 1)[:kk] if kk < n else np.arange(n)
            # Best score first, then the later row: lexsort's last key is the primary one.
            top = top[np.lexsort((-top, -scores[top]))]
            results.append([(int(r), float(scores[r])) for r in top if scores[r] > 0])
    return results


def _neighbours_part(queries, matrix, own, k):
    return top_neighbours(queries, matrix, own=own, k=k)


def all_neighbours(matrix, k=NEIGHBOURS, jobs=None):
    """``top_neighbours`` of every row of ``matrix`` against all rows, in ``jobs``
    processes (the same function on slices of rows: the same result as one process)."""
    jobs = jobs or JOBS
    n = matrix.shape[0]
    own = np.arange(n)
    if jobs == 1 or n < 4 * CHUNK:
        return top_neighbours(matrix, matrix, own=own, k=k)
    from joblib import Parallel, delayed

    bounds = np.linspace(0, n, jobs * 4 + 1).astype(int)
    parts = Parallel(n_jobs=jobs)(
        delayed(_neighbours_part)(matrix[a:b], matrix, own[a:b], k)
        for a, b in zip(bounds[:-1], bounds[1:], strict=True)
    )
    return [row for part in parts for row in part]
