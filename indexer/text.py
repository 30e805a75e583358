"""Danish-first tokenisation for BM25: lowercase, stop words out, Snowball stems, compound pieces.

The minutes are Danish and the questions are Danish or English, so the analyser is tuned for Danish
(stemming, stop words, compounds) while names, acronyms, case numbers and amounts still come
through as exact tokens for English questions to hit. The same function analyses documents and
queries, so whatever it does to one it does to the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from indexer.language import STOP_WORDS

# Bump when the analyser changes: a saved lexical index built with another version is stale.
TOKENIZER_VERSION = "1"

# One alternation, longest pattern first, so "12/32140", "19-06-2017", "2018-21" and "5.358.282"
# stay whole instead of being cut into digit runs.
_TOKEN_RE = re.compile(
    r"""
    (?P<case>(?<![\d/])\d{2}/\d{3,6}(?![\d/]))
  | (?P<dmy>(?<![\d.,/-])\d{1,2}[-./]\d{1,2}[-./]\d{4}(?!\d))
  | (?P<iso>(?<![\d.,/-])\d{4}-\d{2}-\d{2}(?!\d))
  | (?P<range>(?<![\d.,/-])(?:19|20)\d{2}\s?[-–/]\s?(?:(?:19|20)\d{2}|\d{2})(?![\d.,/-]))
  | (?P<number>\d+(?:[.,]\d+)*)
  | (?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?)
    """,
    re.VERBOSE,
)

_THOUSANDS_RE = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")

# Danish forms compounds with a linking "s" after these endings (rekruttering-s-pulje,
# sundhed-s-politik, organisation-s-diagram); the list keeps the split from firing inside
# ordinary words that merely contain an "s".
_LINKING_S_ENDINGS = ("ing", "ning", "hed", "else", "tion", "sion", "skab", "dom", "tet", "ment")

# Heads common enough in municipal prose that a compound ending in one is worth splitting even
# without a linking letter (egmont-fond, sygefravær-s-pulje, borger-service).
_COMPOUND_HEADS = (
    "fond",
    "pulj",
    "strategi",
    "politik",
    "plan",
    "udvalg",
    "centr",
    "områd",
    "servic",
    "model",
    "rapport",
    "analys",
    "budget",
    "projekt",
    "program",
    "indsats",
    "aftal",
    "sag",
    "møde",
    "mød",
    "seminar",
    "koncept",
    "list",
    "proces",
    "forløb",
    "kursus",
    "uddannels",
    "ordning",
    "redegørels",
    "opfølgning",
    "takst",
    "bemærkning",
)

_MIN_PIECE = 4


@dataclass(frozen=True)
class Term:
    """One analysed word: its stem plus any compound pieces it also contributes.

    ``surface`` is the lowercased word as written; ``pieces`` are extra index terms (never the
    stem itself) so that a compound matches a question that names only one of its parts.
    """

    surface: str
    stem: str
    pieces: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("danish")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Danish Snowball stem of one lowercased word (cached: minutes repeat their vocabulary)."""
    return str(_stemmer().stemWord(word))


def normalize_number(raw: str) -> str:
    """Canonical form of a written number: thousands separators dropped, decimal comma kept.

    Danish writes ``5.358.282`` and ``0,6``; English writes ``5,358,282`` and ``0.6``. A separator
    followed by groups of exactly three digits is read as a thousands separator (so ``250.000`` and
    ``250,000`` both become ``250000``); any other separator is a decimal and becomes ``,``.

    Args:
        raw: digits with optional ``.``/``,`` separators.

    Returns:
        The canonical token.
    """
    if _THOUSANDS_RE.match(raw):
        return raw.replace(".", "").replace(",", "")
    return raw.replace(".", ",")


def _normalize_range(raw: str) -> tuple[str, str, str]:
    start, end = re.split(r"\s?[-–/]\s?", raw)
    if len(end) == 2:
        # "2018-21" is the same budget period as "2018-2021".
        end = start[:2] + end
    return f"{start}-{end}", start, end


def _normalize_date(raw: str, iso: bool) -> str:
    parts = re.split(r"[-./]", raw)
    year, month, day = (parts[0], parts[1], parts[2]) if iso else (parts[2], parts[1], parts[0])
    return f"{year}-{int(month):02d}-{int(day):02d}"


def split_compound(word_stem: str) -> tuple[str, ...]:
    """Pieces of a compound stem, for matching a question that names only a part of it.

    Two cheap, dictionary-free rules, each needing a modifier of at least four letters (pieces
    shorter than three letters after stemming are dropped): a linking ``s`` after a typical
    Danish derivational ending (``rekrutteringspulj`` -> ``rekruttering`` + ``pulj``), and a
    known common head at the end (``egmontfond`` -> ``egmont`` + ``fond``; ``sygefraværspulj``
    -> ``sygefravær`` + ``pulj``, the modifier's linking ``s`` stemmed away). The modifier is
    split again, so three-part compounds yield every part.

    Args:
        word_stem: a stemmed, lowercased word.

    Returns:
        The pieces (without the stem itself), or an empty tuple when nothing splits.
    """
    pieces: list[str] = []
    _split_into(word_stem, pieces)
    return tuple(dict.fromkeys(p for p in pieces if p != word_stem))


def _split_into(word: str, out: list[str]) -> None:
    if len(word) < 2 * _MIN_PIECE:
        return
    for i in range(len(word) - _MIN_PIECE, _MIN_PIECE - 1, -1):
        if word[i] == "s" and word[:i].endswith(_LINKING_S_ENDINGS) and len(word) - i - 1 >= 3:
            _add_pieces(word[:i], word[i + 1 :], out)
            return
    for head in _COMPOUND_HEADS:
        if word.endswith(head) and len(word) - len(head) >= _MIN_PIECE:
            _add_pieces(word[: -len(head)], head, out)
            return


def _add_pieces(left: str, right: str, out: list[str]) -> None:
    # Stemming each half makes it equal to the stem of the same word written alone
    # ("sygefraværs" -> "sygefravær", "budget" -> "budg"), and drops a linking "s".
    out.extend(p for p in (stem(left), stem(right)) if len(p) >= 3)
    _split_into(left, out)


def _word_terms(raw: str, keep_stop_words: bool) -> list[Term]:
    word = raw.replace("’", "'")
    if "'" in word:
        # "ØDC's", "htk's": the genitive after an apostrophe carries no meaning for search.
        word = word.split("'", 1)[0]
    lower = word.lower()
    if len(lower) < 2 or (not keep_stop_words and lower in STOP_WORDS):
        return []
    if len(word) >= 3 and word[:-1].isupper() and word.endswith("s"):
        # Acronym genitive written without apostrophe ("HTKs", "SHCs"): Snowball leaves these
        # alone because an all-consonant word has no region to strip from.
        lower = lower[:-1]
    word_stem = stem(lower)
    return [Term(lower, word_stem, split_compound(word_stem))]


def analyze(text: str, *, keep_stop_words: bool = False) -> list[Term]:
    """Split text into analysed terms, in order.

    Letters include æøå (and other Unicode letters); hyphenated words become their parts.
    Case numbers (``12/32140``), dates (``19-06-2017`` -> ``2017-06-19``), year ranges
    (``2018-21`` -> ``2018-2021`` plus both years) and amounts (``5.358.282`` -> ``5358282``)
    are kept whole, because an exact number is often the most specific thing in a question.

    Args:
        text: any text, Danish or English.
        keep_stop_words: keep stop words (single letters are dropped either way).

    Returns:
        The terms in text order.
    """
    terms: list[Term] = []
    for match in _TOKEN_RE.finditer(text):
        kind, raw = match.lastgroup, match.group()
        if kind == "word":
            terms.extend(_word_terms(raw, keep_stop_words))
        elif kind == "case":
            terms.append(Term(raw, raw))
        elif kind in ("dmy", "iso"):
            normalized = _normalize_date(raw, iso=kind == "iso")
            terms.append(Term(raw, normalized))
        elif kind == "range":
            whole, start, end = _normalize_range(raw)
            terms.append(Term(raw, whole, (start, end)))
        else:
            terms.append(Term(raw, normalize_number(raw)))
    return terms


def tokenize(text: str) -> list[str]:
    """BM25 tokens of a text: stems of the non-stop words, each followed by its compound pieces.

    Args:
        text: a document chunk or a question.

    Returns:
        The tokens in text order (duplicates kept: BM25 counts them).
    """
    tokens: list[str] = []
    for term in analyze(text):
        tokens.append(term.stem)
        tokens.extend(term.pieces)
    return tokens
