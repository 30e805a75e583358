"""BM25 over chunks (bm25s), the lexical half of hybrid retrieval.

Documents and questions go through the same analyser (:func:`indexer.text.tokenize`). A question
word the index has never seen is widened to index terms it is plausibly a spelling of: a longer
compound that starts or ends with it (``egmont`` -> ``egmontfond``) or a word one edit away
(``rekrutering`` -> ``rekruttering``). A document scores the best of those variants per question
word, so a widened word never counts more than a word that matched exactly.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import bm25s
import numpy as np
import numpy.typing as npt

from indexer.errors import IndexNotReadyError
from indexer.language import QUESTION_WORDS, UNIT_WORDS, everyday_word, respell
from indexer.models import Chunk, Hit
from indexer.text import TOKENIZER_VERSION, analyze, tokenize

# An unknown word of everyday language ("huse", "bilerne") counts this much as known in
# ``coverage``: it is more often the asker's phrasing than a matter the archive lacks, and an
# archive of a few meetings knows few ordinary words. On the spent layout sets 0.25 cited one
# more question (a new housing quarter asked for in "huse" and "bilerne") and answered one more
# generated negative ("… i 2004 og saa senere i 2017": 2017's decision); 0.5 cited two and
# answered two, one from an unrelated point.
EVERYDAY_KNOWN = 0.25

# 2: the manifest lists a checksum of every file; a copy without them is rebuilt.
FORMAT_VERSION = 2
MANIFEST_NAME = "lexical.json"
# Written by whoever keeps a saved copy beside a store (api.retrieval.retriever); not part of
# the index, never checksummed.
STAMP_NAME = "stamp.json"
CHUNKS_NAME = "chunks.jsonl"
BM25_DIR = "bm25"

# Widening is for near-misses only: short words would match far too many compounds.
_MIN_PREFIX_LEN = 4
# Endings are far less telling than beginnings ("ring" ends høring, læring, styring ...).
_MIN_SUFFIX_LEN = 6
_MIN_FUZZY_LEN = 6
_MAX_VARIANTS = 12


def file_checksums(directory: Path) -> dict[str, str]:
    """SHA-256 of every file a saved index consists of (the manifest aside), by relative path.

    Args:
        directory: a directory written by :meth:`LexicalIndex.save`.

    Returns:
        ``{"chunks.jsonl": hex, "bm25/params.index.json": hex, ...}``.
    """
    out: dict[str, str] = {}
    for path in sorted(directory.rglob("*")):
        name = path.relative_to(directory).as_posix()
        if path.is_file() and name not in (MANIFEST_NAME, STAMP_NAME):
            out[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


# Words that ask or measure, never what a question is about (see ``coverage``).
_NOT_MATTER = QUESTION_WORDS | UNIT_WORDS


class LexicalIndex:
    """An in-memory BM25 index over chunks, searchable, savable and reloadable.

    Args:
        chunks: the chunks to index (their ``text``, header included, is what is searched).
        k1: BM25 term-frequency saturation.
        b: BM25 length normalisation.
    """

    def __init__(self, chunks: Sequence[Chunk], *, k1: float = 1.2, b: float = 0.75) -> None:
        ids = [c.chunk_id for c in chunks]
        if len(set(ids)) != len(ids):
            raise ValueError("duplicate chunk_id in the chunks given to LexicalIndex")
        self._chunks: list[Chunk] = list(chunks)
        self._k1 = k1
        self._b = b
        self._retriever: bm25s.BM25 | None = None
        self._vocab: dict[str, int] = {}
        self._expansions: dict[str, list[str]] = {}
        self._lookup_cache: _Lookup | None = None
        if self._chunks:
            self._build([tokenize(c.text) for c in self._chunks])

    def _build(self, corpus_tokens: list[list[str]]) -> None:
        vocab: dict[str, int] = {}
        corpus_ids = [[vocab.setdefault(t, len(vocab)) for t in doc] for doc in corpus_tokens]
        retriever = bm25s.BM25(k1=self._k1, b=self._b, method="lucene")
        # bm25s takes (token ids, vocab) as is; it adds "" for empty queries, which we never send.
        retriever.index((corpus_ids, vocab), show_progress=False)
        self._retriever = retriever
        self._vocab = {t: i for t, i in retriever.vocab_dict.items() if t != ""}

    @property
    def chunk_ids(self) -> list[str]:
        """The ids of the indexed chunks, in index order."""
        return [c.chunk_id for c in self._chunks]

    @property
    def chunks(self) -> list[Chunk]:
        """The indexed chunks, in index order."""
        return list(self._chunks)

    def __len__(self) -> int:
        return len(self._chunks)

    def search(
        self, query: str, k: int, allowed: Callable[[Chunk], bool] | None = None
    ) -> list[Hit]:
        """The best chunks for a query by BM25.

        Args:
            query: the question as typed.
            k: how many hits at most.
            allowed: optional predicate; chunks it rejects are skipped (e.g. a date filter).

        Returns:
            Up to ``k`` hits with a positive BM25 score, best first (ties by index order).
        """
        if k <= 0 or self._retriever is None:
            return []
        scores = self._score(query)
        order = np.argsort(-scores, kind="stable")
        hits: list[Hit] = []
        for i in order:
            score = float(scores[i])
            if score <= 0.0:
                break
            chunk = self._chunks[int(i)]
            if allowed is not None and not allowed(chunk):
                continue
            hits.append(Hit(chunk=chunk, score=score))
            if len(hits) == k:
                break
        return hits

    def _score(self, query: str) -> npt.NDArray[np.float32]:
        assert self._retriever is not None
        scores = np.zeros(len(self._chunks), dtype=np.float32)
        for term in tokenize(query):
            variants = self._variants(term)
            if not variants:
                continue
            # Best variant per document, so a widened word weighs like one word, not several.
            per_variant = [self._retriever.get_scores_from_ids([v]) for v in variants]
            scores += np.max(np.vstack(per_variant), axis=0)
        return scores

    def _variants(self, term: str) -> list[int]:
        if term in self._vocab:
            return [self._vocab[term]]
        return [self._vocab[t] for t in self.expand(term)]

    def expand(self, term: str) -> list[str]:
        """Index terms an unseen query term may stand for (none if the term is indexed).

        Args:
            term: one token as produced by :func:`indexer.text.tokenize`.

        Returns:
            Up to a dozen indexed terms: longer words that start with ``term`` (four letters or
            more), that end with it or are one edit away from it (six letters or more).
        """
        if term in self._vocab or not term.isalpha():
            return []
        cached = self._expansions.get(term)
        if cached is not None:
            return cached
        # Sorted lookups and a deletion index instead of scanning the vocabulary: a scan costs
        # ~200 ms a query at 20k agenda points (benchmarks/RESULTS.md), these cost microseconds.
        lookup = self._lookup()
        found: list[str] = []
        if len(term) >= _MIN_PREFIX_LEN:
            found.extend(_with_prefix(lookup.forward, term))
        if len(term) >= _MIN_SUFFIX_LEN:
            found.extend(t[::-1] for t in _with_prefix(lookup.backward, term[::-1]))
        if len(term) >= _MIN_FUZZY_LEN:
            near: set[str] = set()
            for key in (term, *_deletions(term)):
                near.update(lookup.deletions.get(key, ()))
            found.extend(t for t in near if _one_edit_apart(term, t))
        # Closest in length first: "egmont" should reach "egmontfond" before a long chain.
        unique = sorted(dict.fromkeys(found), key=lambda t: (abs(len(t) - len(term)), t))
        result = unique[:_MAX_VARIANTS]
        if len(self._expansions) < 100_000:
            self._expansions[term] = result
        return result

    def _lookup(self) -> _Lookup:
        if self._lookup_cache is None:
            deletions: dict[str, list[str]] = {}
            for word in self._vocab:
                if len(word) >= _MIN_FUZZY_LEN - 1 and word.isalpha():
                    for key in (word, *_deletions(word)):
                        deletions.setdefault(key, []).append(word)
            self._lookup_cache = _Lookup(
                forward=sorted(self._vocab),
                backward=sorted(w[::-1] for w in self._vocab),
                deletions=deletions,
            )
        return self._lookup_cache

    def rarity(self, term: str) -> float:
        """How rare an (analysed) token is across the indexed chunks, in ``(0, 1]``: 1 for a
        token in one chunk or none, falling towards ``log 2 / log(1 + N)`` for a token in
        every chunk ("direktionen" heads every chunk of a board's minutes)."""
        if self._retriever is None or term not in self._vocab:
            return 1.0
        indptr = self._retriever.scores["indptr"]
        i = self._vocab[term]
        df = max(int(indptr[i + 1] - indptr[i]), 1)
        n = len(self._chunks)
        return math.log(1 + n / df) / math.log(1 + n)

    def idf_known(self, term: str) -> bool:
        """Whether a token (already analysed) occurs anywhere in the index, directly or widened."""
        return term in self._vocab or bool(self.expand(term))

    def knows_stem(self, term: str) -> bool:
        """Whether a token (already analysed) is indexed exactly as it is."""
        return term in self._vocab

    def knows_form(self, term: str) -> bool:
        """Whether a token (already analysed) is indexed, as written or inflected (an indexed
        word starts with it); no typo or ending away, as :meth:`idf_known` also allows."""
        if term in self._vocab:
            return True
        return len(term) >= _MIN_PREFIX_LEN and bool(_with_prefix(self._lookup().forward, term))

    def knows_any(self, words: str) -> bool:
        """Whether the index knows any of ``words``: its stem (or a widened variant), or every
        one of its compound pieces ("frontområde" is known when "front" and "område" are)."""
        for term in analyze(words):
            if self.idf_known(term.stem):
                return True
            if term.pieces and all(self.idf_known(p) for p in term.pieces):
                return True
        respelled = respell(words)
        return respelled != words and self.knows_any(respelled)

    def coverage(self, query: str) -> float:
        """Share of the query's distinctive words that the index knows.

        A word counts as known when its stem, one of its compound pieces or a widened variant is
        in the index. Stop words do not count. A question about something the archive never
        mentions ("svømmehal", "letbane") scores low, which a caller can use to refuse.

        Args:
            query: the question as typed.

        Returns:
            A share in ``[0, 1]``; 0.0 for an empty index or a query with no distinctive words.
        """
        terms = [t for t in analyze(query) if t.surface not in _NOT_MATTER]
        if not terms or self._retriever is None:
            return 0.0
        known = sum(
            1.0
            if any(self.idf_known(x) for x in (t.stem, *t.pieces))
            or (respell(t.surface) != t.surface and self.knows_any(respell(t.surface)))
            else EVERYDAY_KNOWN * everyday_word(t.surface)
            for t in terms
        )
        return known / len(terms)

    def save(self, directory: str | Path) -> None:
        """Write the index to ``directory`` (created if needed), beside the vector store.

        Args:
            directory: where to write ``lexical.json``, ``chunks.jsonl`` and ``bm25/``.
        """
        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        with (path / CHUNKS_NAME).open("w", encoding="utf-8") as f:
            for c in self._chunks:
                record = {"chunk_id": c.chunk_id, "document": c.text, "metadata": c.metadata()}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        if self._retriever is not None:
            self._retriever.save(str(path / BM25_DIR), show_progress=False)
        manifest: dict[str, Any] = {
            "format_version": FORMAT_VERSION,
            "tokenizer_version": TOKENIZER_VERSION,
            "chunk_count": len(self._chunks),
            "k1": self._k1,
            "b": self._b,
            # Derived data is never trusted: load() compares every file against these.
            "checksums": file_checksums(path),
        }
        # The manifest goes last: a directory without one is a half-written index.
        (path / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2), encoding="utf-8")

    @classmethod
    def load(cls, directory: str | Path) -> LexicalIndex:
        """Read an index written by :meth:`save`.

        Args:
            directory: the directory given to :meth:`save`.

        Returns:
            The index.

        Raises:
            IndexNotReadyError: the directory holds no complete index, one whose files differ
                from the checksums it was saved with, or one written by another format or
                tokenizer version (rebuild it from the chunks).
        """
        path = Path(directory)
        try:
            manifest = json.loads((path / MANIFEST_NAME).read_text(encoding="utf-8"))
            lines = (path / CHUNKS_NAME).read_text(encoding="utf-8").splitlines()
        except (OSError, json.JSONDecodeError) as e:
            raise IndexNotReadyError(f"no readable lexical index in {path}: {e}") from e
        if manifest.get("format_version") != FORMAT_VERSION:
            raise IndexNotReadyError(f"lexical index in {path} has another format version")
        if manifest.get("tokenizer_version") != TOKENIZER_VERSION:
            raise IndexNotReadyError(f"lexical index in {path} was built by another tokenizer")
        if manifest.get("checksums") != file_checksums(path):
            raise IndexNotReadyError(
                f"lexical index in {path} is damaged: its files differ from their checksums"
            )
        try:
            records = [json.loads(line) for line in lines if line.strip()]
            chunks = [
                Chunk.from_record(r["chunk_id"], r["document"], r["metadata"]) for r in records
            ]
            k1, b = float(manifest["k1"]), float(manifest["b"])
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            # A torn write or a hand-edited file: rebuild from the chunks, never half-load.
            raise IndexNotReadyError(
                f"lexical index in {path} is corrupt ({type(e).__name__}: {e}): rebuild it"
            ) from e
        if len(chunks) != manifest.get("chunk_count"):
            raise IndexNotReadyError(f"lexical index in {path} is incomplete")

        index = cls.__new__(cls)
        index._chunks = chunks
        index._k1 = k1
        index._b = b
        index._retriever = None
        index._vocab = {}
        index._expansions = {}
        index._lookup_cache = None
        if chunks:
            try:
                retriever = bm25s.BM25.load(str(path / BM25_DIR), show_progress=False)
            except Exception as e:  # noqa: BLE001 - numpy/json/bm25s raise many types here
                raise IndexNotReadyError(f"lexical index in {path} is incomplete: {e}") from e
            index._retriever = retriever
            index._vocab = {t: i for t, i in retriever.vocab_dict.items() if t != ""}
        return index


@dataclass(frozen=True)
class _Lookup:
    """Vocabulary views for widening unseen query words, built on first use."""

    forward: list[str]
    backward: list[str]
    deletions: dict[str, list[str]]


def _with_prefix(sorted_words: list[str], prefix: str) -> list[str]:
    start = bisect.bisect_left(sorted_words, prefix)
    out: list[str] = []
    for word in sorted_words[start:]:
        if not word.startswith(prefix):
            break
        out.append(word)
        if len(out) >= 2000:
            break
    return out


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit_apart(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter inserted, deleted or replaced (typos)."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1 or a == b:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]
