"""Typos in a question repaired against the archive's own words.

Staff type fast: "nøgeltals samarbejdet", "hvem var inivteret", "direktionssemniaret". A word
the archive never writes, that no dictionary of the language knows, and that is one keystroke
(a letter added, dropped, changed, or two letters swapped) from exactly one word the archive
does write, with the same first letter, is that word mistyped. Everything after this reads the
repaired question, so search, evidence and the answer's framing all see the word the minutes
use. A real word the archive lacks ("parkering", "lockout") is no typo and is left alone: the
archive must still be able to say it has nothing on it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from api.retrieval.glossary import GLOSSARY
from api.retrieval.question import detect_language
from indexer.language import MONTHS, STOP_WORDS, everyday_word, respell
from indexer.lexical import LexicalIndex
from indexer.text import analyze, stem

# Shorter words are too close to each other for one keystroke to tell a typo from another word
# ("takst" / "tekst"), and too short to carry a matter alone.
TYPO_MIN = 6
# How common a word must be in a language's frequency lists to be a real word, not a typo.
REAL_WORD_ZIPF = 1.5

_WORD_RE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class ArchiveWords:
    """The words the archive writes, lower-cased, and their stems, by first letter and
    length."""

    surfaces: Mapping[tuple[str, int], tuple[str, ...]]
    stems: Mapping[tuple[str, int], tuple[str, ...]]
    # How many times the archive writes each word (the reader's own words count as sure).
    counts: Mapping[str, int]

    @classmethod
    def of(cls, texts: Iterable[str]) -> ArchiveWords:
        """The words of ``texts`` and the words the question reader itself knows: month names
        ("Janaury" is January) and the glossary's English words ("commitete" is committee)."""
        written = Counter(
            word
            for text in texts
            for word in _WORD_RE.findall(text.lower())
            if len(word) >= TYPO_MIN - 1
        )
        counts = {**written, **dict.fromkeys(_reader_words(), _SURE)}
        stems = {stem(w) for w in written}
        return cls(_buckets(set(written) | _reader_words()), _buckets(stems), counts)


@functools.cache
def _reader_words() -> frozenset[str]:
    words = {w for phrase in GLOSSARY for w in _WORD_RE.findall(phrase)} | set(MONTHS)
    return frozenset(w for w in words if len(w) >= TYPO_MIN - 1)


def _buckets(words: Iterable[str]) -> dict[tuple[str, int], tuple[str, ...]]:
    out: dict[tuple[str, int], set[str]] = {}
    for word in words:
        out.setdefault((word[0], len(word)), set()).add(word)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _one_key_away(word: str, buckets: Mapping[tuple[str, int], tuple[str, ...]]) -> list[str]:
    """The words of ``buckets`` one keystroke from ``word``, with its first letter."""
    return [
        w
        for n in (len(word) - 1, len(word), len(word) + 1)
        for w in buckets.get((word[0], n), ())
        if _one_keystroke(word, w)
    ]


def repair_typos(question: str, words: ArchiveWords, lexical: LexicalIndex) -> str:
    """``question`` with each mistyped word (see the module's docstring) replaced by the
    archive's word; unchanged where no word is mistyped."""

    danish = detect_language(question) == "da"

    def repaired(m: re.Match[str]) -> str:
        word = m.group(0)
        lower = word.lower()
        if danish and (spelled := _with_aeoeaa(lower)) is not None:
            return spelled.capitalize() if word[0].isupper() else spelled
        if len(lower) < TYPO_MIN or _written(lower, lexical) or _real_word(lower):
            return word
        meant = _meant(lower, words)
        if meant is None:
            return word
        return meant.capitalize() if word[0].isupper() else meant

    return _WORD_RE.sub(repaired, question)


def _meant(word: str, words: ArchiveWords) -> str | None:
    """The archive's word ``word`` is one keystroke from: as written ("inivteret" →
    "inviteret"), else by its stem, its ending kept ("direktionssemniaret" →
    "direktionsseminaret" by "direktionsseminar"); None unless exactly one word is."""
    found = [w for w in _one_key_away(word, words.surfaces) if not _linked_otherwise(word, w)]
    # One word of the archive, in any of its forms: their stems must agree ("seminaret" and
    # "seminarer" are one word; "takster" and "tekster" two).
    if found:
        if len({stem(w) for w in found}) != 1:
            return None
        best = min(found, key=lambda w: (len(w) != len(word), w))
        return best if _trusted(best, word, words) else None
    own = stem(word)
    if len(own) < TYPO_MIN or not word.startswith(own):
        return None
    # Of stems, only a letter changed or two swapped: a stem a letter longer or shorter is as
    # often the stemmer's cut ("bevilg" of "bevilge", "bevil" of "bevilling") as a typo.
    stems = [
        w
        for w in _one_key_away(own, words.stems)
        if len(w) == len(own) and not _linked_otherwise(own, w)
    ]
    if len(stems) != 1:
        return None
    return stems[0] + word[len(own) :]


def _trusted(meant: str, typed: str, words: ArchiveWords) -> bool:
    """Whether the archive's ``meant`` may stand for ``typed``: the minutes mistype too
    ("bevile" once, for "bevilge"), so the word must be written more than once, or be a word of
    the language that ``typed`` is not."""
    return words.counts.get(meant, 0) >= _SURE or _zipf(meant) > _zipf(typed)


# How many times the archive must write a word for it to be no typo of its own.
_SURE = 2


def _with_aeoeaa(word: str) -> str | None:
    """A Danish function word typed without æ, ø and å ("paa", "hvornaar", "saa") as it is
    spelled, so that the question's cues read it ("hvornår", "på seminaret"); None otherwise.
    Content words are left as typed: the evidence compares them in both spellings already, and
    respelling them changed which points ranked first on the spent questions without making
    more answers right."""
    spelled = respell(word)
    return spelled if spelled != word and spelled in STOP_WORDS else None


def _written(word: str, lexical: LexicalIndex) -> bool:
    """Whether the archive writes ``word`` as it is, inflected, or spelled with æøå."""
    for form in {word, respell(word)}:
        for term in analyze(form):
            if lexical.knows_form(term.stem):
                return True
            if term.pieces and all(lexical.knows_form(p) for p in term.pieces):
                return True
    return False


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, "da"), zipf_frequency(word, "en"))


def _real_word(word: str) -> bool:
    return everyday_word(word, "da", REAL_WORD_ZIPF) or everyday_word(word, "en", REAL_WORD_ZIPF)


def _linked_otherwise(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one compound joined with and without a linking "s" or "e"
    inside it ("dagsordenspunkt", "dagsordenpunkt"): both are spelled right."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(
        long_[i] in "se" and long_[:i] + long_[i + 1 :] == short
        for i in range(_LINK_FROM, len(long_) - _LINK_BEFORE_END)
    )


# Where a linking letter may stand: after a first part of three letters or more, and before a
# last part of four or more (an ending's letters are no link: "centrne" is "centrene" mistyped).
_LINK_FROM = 3
_LINK_BEFORE_END = 4


def _one_keystroke(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter added, dropped or changed, or two
    neighbouring letters swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
