"""English → Danish vocabulary of Danish municipal administration, for English questions.

The minutes are Danish; an English question shares almost no words with them, so BM25 and the
sentence picker would otherwise work on names and numbers alone. The dense model is multilingual
and needs no help. This is general council vocabulary (what any set of Danish municipal minutes
uses), not a list made from particular questions: add terms, never answers.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from indexer.text import analyze

GLOSSARY_PATH = Path(__file__).with_name("glossary.tsv")


def load_glossary(path: Path = GLOSSARY_PATH) -> dict[str, str]:
    """Read the glossary file: ``english<TAB>danish words`` a line, ``#`` starts a comment.

    Staff extend the vocabulary by editing the file; a malformed line raises ValueError naming
    it rather than being skipped silently.
    """
    glossary: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        english, sep, danish = line.partition("\t")
        if not sep or not english.strip() or not danish.strip():
            raise ValueError(f"{path}:{number}: expected 'english<TAB>danish', got {raw!r}")
        glossary.setdefault(english.strip().lower(), " ".join(danish.split()))
    return glossary


# Longest phrases first when matching; values are Danish words as they appear in minutes.
GLOSSARY: dict[str, str] = load_glossary()

SYNONYMS_PATH = Path(__file__).with_name("synonyms.tsv")


def load_synonyms(path: Path = SYNONYMS_PATH) -> dict[str, tuple[str, ...]]:
    """Read the Danish synonym groups: each word (by its stem) to the words of its group.

    A group of one word says nothing and raises ValueError naming the line, as the glossary's
    malformed lines do.
    """
    groups: dict[str, tuple[str, ...]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        words = tuple(dict.fromkeys(line.split()))
        if len(words) < 2:
            raise ValueError(f"{path}:{number}: a synonym group needs two words, got {raw!r}")
        for word in words:
            for stem in {t.stem for t in analyze(word)}:
                groups[stem] = tuple(dict.fromkeys([*groups.get(stem, ()), *words]))
    return groups


SYNONYMS: dict[str, tuple[str, ...]] = load_synonyms()


# Asked once per topic word of every question: each group member's stems are worked out once.
@functools.lru_cache(maxsize=4096)
def danish_synonyms(word: str) -> tuple[str, ...]:
    """The words that say what the Danish ``word`` says (its own group, itself excluded):
    "corona" → "covid-19", …; none for a word in no group or of several stems."""
    stems = [t.stem for t in analyze(word)]
    if len(stems) != 1:
        return ()
    own = stems[0]
    group = SYNONYMS.get(own, ())
    lower = word.lower()
    if len(own) < _SHORT_STEM and not any(
        lower.startswith(w.lower()) or w.lower().startswith(lower) for w in group
    ):
        # A short stem is shared by words of other meanings: "ledere" (managers) and "ledige"
        # (the unemployed) both stem to "led". Only the group's own words and their
        # inflections ("prisen") stand for it.
        return ()
    return tuple(w for w in group if own not in {t.stem for t in analyze(w)})


# Stems shorter than this find their synonym group only through the group's own words.
_SHORT_STEM = 5


def number_variants(phrase: str) -> list[str]:
    """The phrase with its last word in the other number: "watercourses" / "watercourse",
    "nursing home" / "nursing homes", "policy" / "policies" (staff write either)."""
    head, _, last = phrase.rpartition(" ")
    prefix = f"{head} " if head else ""
    if last.endswith("ies") and len(last) > 4:
        others = [last[:-3] + "y"]
    elif last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        others = [last[:-1]]
    elif last.endswith("y") and len(last) > 3 and last[-2] not in "aeiou":
        others = [last[:-1] + "ies"]
    elif last.isalpha() and len(last) > 2:
        others = [last + "s"]
    else:
        others = []
    return [prefix + o for o in others]


def verb_forms(word: str) -> list[str]:
    """A one-word English term's "-ing", "-ed" and "-s" forms: "revise" → "revising",
    "revised", "revises" (a question writes the form its sentence needs; the glossary the
    base). Nouns get forms no question writes, which cost nothing. Words the glossary lists
    in another form already keep their own entry."""
    if not word.isalpha() or len(word) < 4 or word.endswith(("ing", "ed", "s")):
        return []
    if word.endswith("e"):
        return [word[:-1] + "ing", word + "d", word + "s"]
    if word.endswith("y") and word[-2] not in "aeiou":
        return [word + "ing", word[:-1] + "ied", word[:-1] + "ies"]
    return [word + "ing", word + "ed", word + "s"]


# Every phrase in either number (a one-word term in its verb forms too), pointing at the
# phrase the glossary writes.
_CANONICAL: dict[str, str] = {}
for _phrase in GLOSSARY:
    _CANONICAL[_phrase] = _phrase
for _phrase in GLOSSARY:
    for _variant in number_variants(_phrase):
        _CANONICAL.setdefault(_variant, _phrase)
for _phrase in GLOSSARY:
    for _variant in verb_forms(_phrase):
        _CANONICAL.setdefault(_variant, _phrase)

# The words of a phrase may be written with hyphens ("meals-on-wheels"), and a word may carry a
# possessive mark ("the senior citizens' council", "the town's council").
_PATTERN = re.compile(
    r"\b("
    + "|".join(
        r"(?:['’]s?)?[\s-]+".join(re.escape(w) for w in k.split())
        for k in sorted(_CANONICAL, key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)
_SPACES_RE = re.compile(r"[\s-]+")
_POSSESSIVE_RE = re.compile(r"['’]s?(?=[\s-])")
# A matched phrase, its hyphens and spaces as one space, to the phrase the glossary writes.
_BY_WORDS = {_SPACES_RE.sub(" ", k): v for k, v in _CANONICAL.items()}


def phrases(question: str) -> list[tuple[str, str]]:
    """The English council phrases in ``question`` (longest first where they overlap), each
    once, with their Danish words."""
    found: dict[str, str] = {}
    for match in _PATTERN.finditer(question):
        said = _POSSESSIVE_RE.sub("", match.group(1).lower())
        english = _BY_WORDS[_SPACES_RE.sub(" ", said)]
        found.setdefault(english, GLOSSARY[english])
    return list(found.items())


@functools.cache
def _english_by_danish() -> dict[str, tuple[str, ...]]:
    """Each Danish word's stem to the English one-word terms the glossary gives it for (built
    on first use)."""
    out: dict[str, list[str]] = {}
    for english, danish in GLOSSARY.items():
        if " " in english or "-" in english:
            continue
        for word in danish.split():
            for term in analyze(word):
                out.setdefault(term.stem, [])
                if english not in out[term.stem]:
                    out[term.stem].append(english)
    return {k: tuple(v) for k, v in out.items()}


def english_words(danish_word: str) -> tuple[str, ...]:
    """The English words the glossary gives for a Danish word ("lejekontrakten" → "lease"), for
    a Danish question over minutes kept in English (a Faroese or Greenlandic council's, an
    English summary)."""
    terms = analyze(danish_word)
    if len(terms) != 1:
        return ()
    return _english_by_danish().get(terms[0].stem, ())


def danish_terms(question: str) -> str:
    """Danish equivalents of the English council vocabulary in ``question`` (may be empty)."""
    found: list[str] = []
    for _, danish in phrases(question):
        if danish not in found:
            found.append(danish)
    return " ".join(found)


def with_danish(question: str) -> str:
    """The question with the Danish equivalents of its English terms appended."""
    extra = danish_terms(question)
    return f"{question} {extra}" if extra else question
