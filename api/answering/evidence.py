"""Does a point answer the question? Constraints that must hold and a topic that must be covered.

Retrieval always returns something; whether that something answers is decided here, in code,
against the cited agenda point itself (never the archive as a whole, never left to a model):

- every constraint the question states holds in the point: a year asked for is the meeting's
  year or stands in the point ("budgetforslag 2020-2023" is not "budgetforslag 2018-21"), a
  date range holds the meeting, a board asked for is the meeting's board or stands in the point,
  a case number is the point's;
- the question's own content words (stemmed, compounds split, with and without æøå, a typo
  apart) are covered by the point's title and text, weighted by how rare each word is in the
  archive, so "direktionen" counts for little and "svømmehal" for much.

The checks touch only the few points retrieval ranked (their vocabularies are cached), so they
cost the same at 20 or 20,000 meetings.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from api.retrieval.analysis import QuestionAnalysis, cue_text_of, names_board
from api.retrieval.glossary import (
    danish_synonyms,
    english_words,
    number_variants,
    phrases,
    verb_forms,
)
from api.retrieval.question import writes_a_day, writes_day_ahead
from indexer.language import (
    ABOUT_CUES,
    ADDRESS_CUES,
    ADDRESS_FORM,
    ALLOTMENT_DECISION,
    AMOUNT_CUES,
    AMOUNT_NOUNS,
    APPLICATION_FORM,
    BOARD_WORD_RE,
    DAY_ASKED_CUES,
    DECISION_STATUS,
    DERIVING_ENDINGS,
    DERIVING_PREFIXES,
    DISCUSSED_WORDS,
    DISCUSSION_OUTCOME_CUES,
    DURATION_UNITS,
    ENGLISH_DURATION_UNITS,
    FIGURE_UNITS,
    FREQUENCY_ASKED_CUES,
    FREQUENCY_GIVEN,
    FUTURE_CUES,
    MEASURE_ASKED,
    MEASURE_UNITS,
    MEETING_YEAR_CUES,
    MONEY_AMOUNT,
    MONEY_CUES,
    MONTH_ALTERNATION,
    MONTHS,
    MORE_WORDS,
    NAME_ASKED_CUES,
    NAME_KIND_WORDS,
    NARROWING_MODIFIERS,
    NUMBER_VALUES,
    NUMBER_WORDS,
    OPTION_WORDS,
    OUTCOME_CUES,
    OUTCOME_WORDS,
    OWN_UNIT_ENDINGS,
    PREPOSITIONS,
    RATE_ASKED_CUES,
    RATE_GIVEN,
    REJECTION_CUES,
    REJECTION_FORM,
    RESOLUTION_CUES,
    RESOLUTION_STEMS,
    RESOLUTION_WORDS,
    RESPONSIBLE_CUES,
    SEASONS,
    SETTLED_WORDS,
    SOURCE_CUES,
    SPEAKING_NOUNS,
    SPEAKING_WORDS,
    STOP_WORDS,
    TIME_AFTER_OM,
    TIMES_ASKED_CUES,
    TIMES_GIVEN,
    VERB_FORM_ENDINGS,
    VERB_NOUN_ENDING,
    VERB_PARTICLES,
    WEEKDAYS,
    a_word,
    danish_not_english,
    everyday_word,
    fold,
    more_danish_than_english,
    not_english,
    one_edit_spellings,
    respell,
    two_words,
    unwritten,
)
from indexer.models import AgendaPoint, Meeting, case_agrees
from indexer.text import analyze

# A question word of at least this many letters may match a point word one edit away
# ("rekrutering"/"rekruttering", "kompetancer"/"kompetencer").
_FUZZY_MIN = 5
_PREFIX_MIN = 4
_NARROWING = frozenset(fold(w) for w in NARROWING_MODIFIERS)
# The longest inflectional ending a stem may keep ("-ene", "-ens"): longer is another word.
_ENDING_MAX = 3
# The shortest stem taken as a compound's head inside a longer stem of the point.
_HEAD_STEM_MIN = 8
# The shortest word looked for behind a deriving prefix ("bureaukrati" in "afbureaukratisering";
# "tale" is not in "detaljer").
_DERIVED_MIN = 6


@dataclass(frozen=True)
class Evidence:
    """How well one point answers one question.

    ``holds`` is False when a stated constraint fails (``failed`` says which); ``coverage`` is
    the rarity-weighted share of the topic the point covers; ``missing`` the topic words it
    lacks, as the question wrote them.
    """

    meeting_id: str
    punkt: int
    holds: bool
    coverage: float
    missing: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()
    # The missing words part of which stands in the point (a compound's parts apart, its first
    # part): "uddannelsesprogrammet" where the point writes "uddannelse" and "programmet".
    near: tuple[str, ...] = ()

    def answers(self, min_coverage: float) -> bool:
        # A word the archive never uses weighs more (UNKNOWN_WEIGHT) but does not veto on its
        # own: a veto refused answerable questions in their own words on the blind files
        # (a synonym the minutes never use weighs like a matter they never mention, and on a
        # small archive most ordinary words are unknown).
        return self.holds and self.coverage >= min_coverage


@dataclass(frozen=True)
class _Vocabulary:
    terms: frozenset[str]
    by_length: dict[int, tuple[str, ...]]
    # The words as written (folded), for a compound's head: "søen" in "Mosesøen", which the
    # stem ("mosesø") lost the ending of.
    surfaces: frozenset[str] = frozenset()
    # Each sentence's terms in order (every term of a word together), for a compound the point
    # writes in parts: the parts must stand together ("pulje til innovation").
    sentences: tuple[tuple[frozenset[str], ...], ...] = ()
    # Words the point abbreviates ("Inno. pulje", "adm. fællesskab"), folded, without the dot.
    abbreviations: frozenset[str] = frozenset()
    # Whether each sentence gives a quantity (a number or a number word; not a year or date).
    quantities: tuple[bool, ...] = ()
    # Whether the point writes a sum of money anywhere ("250.000 kr.", "4 millioner kroner").
    has_sum: bool = False
    # The initials of names the point writes in capitals ("htk" for "Høje-Taastrup Kommune").
    acronyms: frozenset[str] = frozenset()
    # The point's title terms: what it is about.
    title: frozenset[str] = frozenset()
    # Each sentence's names (folded): capitalised words inside it that are no unit of the
    # organisation itself, and firm forms ("A/S").
    names: tuple[frozenset[str], ...] = ()
    # The words a deriving prefix stands before, without it ("bureaukratiser" of
    # "afbureaukratisering").
    derived: frozenset[str] = frozenset()
    # Whether the point is written in English (its English function words outnumber its
    # Danish ones).
    in_english: bool = False
    # Whether each sentence says when (a date, a month, a year, a season, "senest", "uge 12").
    times: tuple[bool, ...] = ()
    # Whether each sentence records something turned down ("Inno. pulje - nej", "afvist").
    refusals: tuple[bool, ...] = ()
    # Whether each sentence gives a figure that may count something (no sum of money).
    counts: tuple[bool, ...] = ()
    # Whether each sentence says how often ("hvert halve år", "løbende", "monthly").
    frequencies: tuple[bool, ...] = ()


# A word written in parts: "Inno.korps", "HR-strategi", "fag/stabscentre".
_JOINED_RE = re.compile(r"\w+(?:[./-]\w+)+")


def _folded_terms(text: str) -> set[str]:
    """The folded stems and pieces of ``text``, and its parts written together."""
    out: set[str] = set()
    for term in analyze(text):
        out.add(fold(term.stem))
        out.update(fold(p) for p in term.pieces)
    return out | _joined_terms(text)


def _joined_terms(text: str) -> set[str]:
    # The parts written together too ("innokorps" is "Inno.korps"): questions join them.
    out: set[str] = set()
    for m in _JOINED_RE.finditer(text):
        joined = re.sub(r"[./-]", "", m.group(0))
        if not joined.isdigit():
            out.update(fold(t.stem) for t in analyze(joined))
    return out


# A short range of small numbers: "unge 15-17 år", "kl. 6-18", "3-5 dage" (not years, sums or
# dates: "2018-2021", "1.500-2.000 kr.", "16-01-2023").
_RANGE_RE = re.compile(r"(?<![\d.,/-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d.,/-])")
# The widest range whose numbers are each read as written: an age band, opening hours.
_RANGE_SPAN_MAX = 20


def _range_numbers(text: str) -> set[str]:
    """The numbers a short range holds: "min datter er 16" is in "unge 15-17 år"."""
    out: set[str] = set()
    for m in _RANGE_RE.finditer(text):
        low, high = int(m.group(1)), int(m.group(2))
        if low < high <= low + _RANGE_SPAN_MAX:
            out.update(str(n) for n in range(low, high + 1))
    return out


# A line break inside a sentence: text printed to a page width (PDF, OCR, e-mail) breaks its
# lines where the page ends. A long line that stops without a sentence's end or a list's colon,
# followed by a line that goes on in lower case ("… tilskud på 45.000 kr. til" / "udskiftning af
# taget …"), is one sentence; short lines (items, headings) and capitals after them stay apart.
# A line may also go on with a parenthesis or a number in running text ("… af Lundby" /
# "(separatkloakering …", "… Vinderup, med" / "2.317.450 kr."), not with a numbered item
# ("2. Godkendelse") or a table row's code ("330 Trafik og grønne områder").
# A line may end in a unit's abbreviation ("… over to år, kr." / "3.000,00 i 1968"): its dot
# ends no sentence.
_WRAPPED_RE = re.compile(
    r"(?:(?<=[^\s.!?:;])|(?<=\bkr\.)|(?<=\bca\.)|(?<=\bnr\.)|(?<=\bpkt\.)|(?<=\bstk\.)|"
    r"(?<=\bmio\.)|(?<=\bmia\.))[ \t]*\n[ \t]*(?=[a-zæøå(]|\d[\d.,]*[ \t]+[a-zæøå%])"
)
_WRAP_MIN_LINE = 40
# A line that goes on with a capital: a name or a proper noun cut by the page width ("… sendes
# videre til" / "Økonomiudvalget.", "… langs" / "Kirkevej og Præstegårdsvej."). Only after a
# line as wide as a page's, which no heading or item is, and never in a table: cells apart by
# tabs, runs of spaces or bars, or a bullet's item, are lines of their own.
_WRAPPED_CAPITAL_RE = re.compile(r"(?<=[^\s.!?:;)])[ \t]*\n[ \t]*(?=[A-ZÆØÅ][a-zæøå])")
_WRAP_WIDE_LINE = 60
_CELLS_RE = re.compile(r"\t| {3,}|\|")
_ITEM_RE = re.compile(r"^\s*(?:[-–•·*]|\d{1,2}[.)]|[a-z][.)])\s+")


def unwrap(text: str) -> str:
    """``text`` with the line breaks inside its sentences (see :data:`_WRAPPED_RE` and
    :data:`_WRAPPED_CAPITAL_RE`) made spaces."""
    if "\n" not in text:
        return text

    def join(m: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        # A table's rows (cells apart by tabs) are no lines of one sentence.
        line = text[line_start : m.start()]
        return " " if len(line) >= _WRAP_MIN_LINE and "\t" not in line else m.group(0)

    text = _WRAPPED_RE.sub(join, text)

    def join_capital(m: re.Match[str]) -> str:
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        end = text.find("\n", m.end())
        following = text[m.end() : end if end >= 0 else len(text)]
        wrapped = (
            len(line) >= _WRAP_WIDE_LINE
            and not _ITEM_RE.match(line)
            and not _CELLS_RE.search(line.strip())
            and not _CELLS_RE.search(following.strip())
        )
        return " " if wrapped else m.group(0)

    return _WRAPPED_CAPITAL_RE.sub(join_capital, text)


# Where a sentence (or a line) ends, for the parts of a compound written apart: a stop before
# a capital letter (not an abbreviation's dot: "Inno. pulje").
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])|\n+")
# A word cut short with a dot inside a sentence: "Inno. pulje", "adm. fællesskab".
_ABBREVIATION_RE = re.compile(r"\b([^\W\d_]{3,})\.[ \t]+(?=[a-zæøå])")


# A name of two to five capitalised words ("Høje-Taastrup Kommune", "Center for Børn og Unge"
# has "og" inside and is left out): its initials are how staff write it ("HTK").
_NAME_RE = re.compile(r"\b[A-ZÆØÅ][^\W\d_]+(?:[- ][A-ZÆØÅ][^\W\d_]+){1,4}\b")


# A capitalised compound, with a first part joined by "og" ("Social- og Sundhedsudvalget",
# "Ældreudvalget"): staff write it by a letter a part ("SSU", "ÆU").
_NAMED_COMPOUND_RE = re.compile(r"\b(?:[A-ZÆØÅ][^\W\d_]*-\s+(?:og|&)\s+)?[A-ZÆØÅ][^\W\d_]{5,}")


def named_initials(text: str) -> dict[str, str]:
    """The initials of each name ``text`` writes in capitals ("htk" → "Høje-Taastrup
    Kommune")."""
    return {
        fold("".join(w[0] for w in re.split(r"[- ]", m.group(0))).lower()): m.group(0)
        for m in _NAME_RE.finditer(text)
    }


def acronyms(text: str) -> frozenset[str]:
    names = set(named_initials(text))
    for m in _NAMED_COMPOUND_RE.finditer(text):
        names |= {a for a in board_initials(m.group(0)) if len(a) >= 2}
    return frozenset(names)


# A number that is a quantity: not a year, a date or a clock time on its own.
_DATE_OR_YEAR_RE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:19|20)\d{2}\b|"
    r"\bkl\.?\s*\d{1,2}[.:]\d{2}\b|\b\d{1,2}\.\s+\w+|\b\d{1,2}\.\d{1,2}\.(?!\d)"
)
_DIGIT_RE = re.compile(r"\d")


def _gives_quantity(sentence: str) -> bool:
    if _DIGIT_RE.search(_DATE_OR_YEAR_RE.sub(" ", sentence)):
        return True
    return any(w in NUMBER_WORDS for w in re.findall(r"\w+", sentence.lower()))


def _sentence_words(
    text: str, surfaces: set[str]
) -> tuple[
    tuple[tuple[frozenset[str], ...], ...],
    tuple[bool, ...],
    tuple[frozenset[str], ...],
    tuple[bool, ...],
    tuple[bool, ...],
    tuple[bool, ...],
    tuple[bool, ...],
]:
    """Each sentence's words (stem and pieces, folded), whether it gives a quantity, its
    names, whether it says when, whether it turns something down, whether it gives a figure
    that may count something and whether it says how often; the words as written go into
    ``surfaces`` (one pass over the text)."""
    out: list[tuple[frozenset[str], ...]] = []
    quantities: list[bool] = []
    names: list[frozenset[str]] = []
    times: list[bool] = []
    refusals: list[bool] = []
    counts: list[bool] = []
    frequencies: list[bool] = []
    heading: list[int] = []  # the sentences of the last heading a run of dates may stand under
    under_date = False  # the bullets after a date line ("16. januar" over "- …") are its
    for paragraph in unwrap(text).split("\n"):
        # When is said of a paragraph: "… afholdes en inspirationsmesse …. Messen forventes
        # afholdt ultimo april." dates the fair.
        dated = _TIME_RE.search(paragraph) is not None
        listed = dated and len(paragraph.split()) <= _DATE_LINE_WORDS
        bullet = _BULLET_RE.match(paragraph) is not None
        if paragraph.strip():
            under_date = (listed and not bullet) or (under_date and bullet)
            dated = dated or (under_date and bullet)
        if listed:
            # "Borgmesterens deltagelse i direktionsmøder" over "13. maj kl. 13-14",
            # "9. september": dates listed under a heading say when of what it names.
            for i in heading:
                times[i] = True
        start = len(out)
        for sentence in _SENTENCE_END_RE.split(paragraph):
            terms = analyze(sentence)
            surfaces.update(fold(t.surface) for t in terms)
            words = tuple(frozenset({fold(t.stem), *(fold(p) for p in t.pieces)}) for t in terms)
            if words:
                out.append(words)
                quantities.append(_gives_quantity(sentence))
                names.append(_names_in(sentence))
                times.append(dated)
                refusals.append(_REJECTION_RE.search(sentence) is not None)
                counts.append(_count_given(sentence))
                frequencies.append(_FREQUENCY_GIVEN_RE.search(sentence) is not None)
        if not listed and paragraph.strip() and dated:
            # "Afbureaukratisering" over "Direktionen tiltrådte, at mødesagen kommer på
            # Borger- og Erhvervsudvalget i maj": the paragraph under a sub-heading says when
            # of what the heading names.
            for i in heading:
                times[i] = True
        if not listed and paragraph.strip():
            short = len(paragraph.split()) <= _HEADING_WORDS
            heading = (
                list(range(start, len(out)))
                if short and not paragraph.rstrip().endswith(".")
                else []
            )
    return (
        tuple(out),
        tuple(quantities),
        tuple(names),
        tuple(times),
        tuple(refusals),
        tuple(counts),
        tuple(frequencies),
    )


# A list's bullet: "- …", "• …", "* …" (not _ITEM_RE: its numbered items would take the date
# line "16. januar" itself for one).
_BULLET_RE = re.compile(r"\s*[-–•*]\s+\S")
# A line of at most this many words that says when is a date of a list (a forward calendar's
# "13. maj kl. 13-14"), dating the heading above it (of at most _HEADING_WORDS, no full stop).
_DATE_LINE_WORDS = 5
_HEADING_WORDS = 10

# Words that say when: a date, a month, a year, an hour, a week, a quarter, a season or
# holiday, a deadline ("senest", "inden", "medio"), "snarest".
_TIME_RE = re.compile(
    r"\b\d{1,2}[-./]\d{1,2}(?:[-./]\d{2,4})?\b|\b(?:19|20)\d{2}\b|\b(?:"
    + MONTH_ALTERNATION
    + r")\b|\bkl\.?\s*\d|\bkvartal|\buge\s*\d|\b(?:medio|ultimo|primo|inden|senest|snarest|"
    r"forår|efterår|sommer|vinter|jul|påske|halvår|nytår|quarter|spring|summer|autumn|winter|"
    r"by the end|before|until|deadline|"
    # How often: "hver 14. dag", "løbende", "månedligt", "to gange om året".
    r"hver|løbende|månedlig|ugentlig|årlig|kvartalsvis|gange? om|every|monthly|weekly|annual)",
    re.IGNORECASE,
)


# A capitalised word ("Rambøll", "Bruxelles", "Stine"), not the tail of a hyphenated unit
# ("HR-Centret") nor an acronym; firm forms ("A/S", "ApS") count as names too.
_NAME_WORD_RE = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøåéüö]+(?:-[A-ZÆØÅ][a-zæøåéüö]+)*")
_FIRM_FORM_RE = re.compile(r"\b(?:A/S|ApS|I/S|P/S|K/S|Ltd|GmbH|AB)\b")
_FIRM_FORMS = frozenset(("a/s", "aps", "i/s", "p/s", "k/s", "ltd", "gmbh", "ab"))
_SENTENCE_OPENING_RE = re.compile(r"^[\s\-–•*\d.):]*")


def _names_in(sentence: str) -> frozenset[str]:
    """The names a sentence writes: capitalised words past its first word that are no month,
    weekday or unit of the organisation itself."""
    body = _SENTENCE_OPENING_RE.sub("", sentence, count=1)
    found = {fold(m.group(0).lower()) for m in _FIRM_FORM_RE.finditer(body)}
    for m in _NAME_WORD_RE.finditer(body):
        word = m.group(0).lower()
        if m.start() == 0 or body[: m.start()].rstrip().endswith((":", ".")):
            continue  # the sentence's (or a clause after a colon's) first word
        if word in MONTHS or word in WEEKDAYS or word.endswith(OWN_UNIT_ENDINGS):
            continue
        found.add(fold(word))
    return frozenset(found)


def _responsible_beside(words: list[str], point: AgendaPoint, vocab: _Vocabulary) -> bool:
    """Whether the table rows of the point that name the matter name someone in a cell (a
    name, a unit's initials: "BYC"). A row is where a list of tasks says who answers for each;
    a point that names the matter only in prose is not held to it."""
    # The asking words ("ansvarlig") are no matter: a table's "Ansvarlig" column heads them.
    terms = [fold(t.stem) for w in words if not _RESPONSIBLE_WORD_RE.match(w) for t in analyze(w)]

    def holds_matter(line: str) -> bool:
        forms = [fold(t.stem) for t in analyze(line)]
        return any(_same_word(term, f, vocab.abbreviations) for term in terms for f in forms)

    def names_someone(cell: str) -> bool:
        # A cell past the row's first (the task) that holds a unit's initials or a capitalised
        # word that is no month or weekday ("Mette", "Center for Økonomi").
        return _ACRONYM_RE.search(cell) is not None or any(
            m.group(0).lower() not in MONTHS and m.group(0).lower() not in WEEKDAYS
            for m in _NAME_WORD_RE.finditer(cell)
        )

    rows = [x for x in point.text.split("\n") if "\t" in x.strip() and holds_matter(x)]
    return not rows or any(names_someone(cell) for row in rows for cell in row.split("\t")[1:])


def name_asked(question: str) -> str | None:
    """The kind of name a question asks for ("hvilket konsulentfirma" a firm), or None."""
    cue = cue_text_of(question)
    return next((kind for kind, r in _NAME_ASKED.items() if r.search(cue)), None)


_NAME_ASKED = {kind: re.compile(cue, re.IGNORECASE) for kind, cue in NAME_ASKED_CUES.items()}


_DEFINITE_ENDINGS = ("en", "et", "ene", "erne")


def _name_beside(kind: str, words: list[str], vocab: _Vocabulary, question: str) -> bool:
    """Whether a sentence of the point writes a name the question does not, beside a word of the
    kind asked for ("konsulent", "udbud", "leder"). A place may stand by the matter's ``words``
    alone (a trip's destination by the trip), a firm by them with its company form ("gik til
    Rambøll A/S"); other capitals by the matter are the organisation's own ("Høje-Taastrup",
    "Driftsbyen") as often as an answer."""
    # The question's own names are no answer, its acronyms ("ØDC's konsulenter") included.
    asked = [fold(w.lower()) for w in re.findall(r"[^\W\d_]{4,}|\b[A-ZÆØÅ]{2,3}\b", question)]
    terms = [fold(t.stem) for w in words for t in analyze(w)]
    kinds = NAME_KIND_WORDS[kind]
    named = [k for k in kinds if k in question.lower()]
    if kind == "person" and named:
        # "hvem er projektleder": the role the question names, not any leader ("ledere").
        kinds = (max(named, key=len),)
    # "hvilket konsulentfirma": the point must speak of the kind the question names
    # ("konsulenthuset", "Entreprenørfirmaet", "Tre firmaer bød"), not only of trade.
    if kind == "firm" and named and not any(k in t for t in vocab.terms for k in named):
        return False

    def answers(name: str) -> bool:
        # "Solgårdens" is the "Solgården" the question names, "Jobbutik" its "jobbutikken".
        if any(name.startswith(a) or a.startswith(name) for a in asked):
            return False
        # A firm is no noun in the definite form: "Driftsbyen", "Familieafdelingen" are the
        # organisation's own units.
        return not (kind == "firm" and len(name) >= 7 and name.endswith(_DEFINITE_ENDINGS))

    for names, forms in zip(vocab.names, vocab.sentences, strict=True):
        if not any(answers(n) for n in names):
            continue
        if any(f.startswith(kinds) for s in forms for f in s):
            return True
        by_matter = kind == "place" or (kind == "firm" and bool(names & _FIRM_FORMS))
        if by_matter and _sentence_holds(terms, forms, vocab):
            return True
    return False


def _by_length(terms: Iterable[str]) -> dict[int, tuple[str, ...]]:
    """The terms by their length, for the one-edit look-up."""
    out: dict[int, list[str]] = {}
    for t in terms:
        out.setdefault(len(t), []).append(t)
    return {n: tuple(ts) for n, ts in out.items()}


@lru_cache(maxsize=4096)
def point_vocabulary(point: AgendaPoint) -> _Vocabulary:
    """The folded stems and compound pieces of a point's title and text (cached per point)."""
    surfaces: set[str] = set()
    text = point.title + "\n" + point.text
    sentences, quantities, names, times, refusals, counts, frequencies = _sentence_words(
        text, surfaces
    )
    terms = {w for words in sentences for forms in words for w in forms} | _joined_terms(text)
    terms |= _range_numbers(text)
    terms |= {v for t in terms if (v := ocr_read(t)) != t}
    if point.case_number:
        terms.add(point.case_number)
    return _Vocabulary(
        frozenset(terms),
        _by_length(terms),
        frozenset(surfaces),
        sentences,
        frozenset(fold(m.group(1).lower()) for m in _ABBREVIATION_RE.finditer(text)),
        quantities,
        _MONEY_RE.search(text) is not None,
        acronyms(text),
        frozenset(_folded_terms(point.title)),
        names,
        frozenset(t[len(p) :] for t in terms for p in DERIVING_PREFIXES if t.startswith(p)),
        _in_english(text),
        times,
        refusals,
        counts,
        frequencies,
    )


_ENGLISH_FUNCTION_RE = re.compile(r"\b(?:the|and|of|is|are|will|to|for|with)\b", re.IGNORECASE)
_DANISH_FUNCTION_RE = re.compile(r"\b(?:og|at|det|er|til|for|med|af|på|den)\b", re.IGNORECASE)


def _in_english(text: str) -> bool:
    english = len(_ENGLISH_FUNCTION_RE.findall(text))
    return english >= 3 and english > len(_DANISH_FUNCTION_RE.findall(text))


# Letters OCR reads as others in scanned minutes: "m" as "rn" ("Srnedegade"), "l" as "1"
# ("ti1"), "o" as "0" inside a word.
_OCR_M = re.compile(r"rn")
_OCR_L = re.compile(r"(?<=[a-zæøå])1|1(?=[a-zæøå])")
_OCR_O = re.compile(r"(?<=[a-zæøå])0(?=[a-zæøå])")


def ocr_read(term: str) -> str:
    """A folded word as it was most likely printed before OCR misread it ("srnedegade" →
    "smedegade", "ti1" → "til"); the word itself when it holds no such misreading. Both
    spellings go into a point's vocabulary, so a question typed right meets a scanned point.
    ("rn" is also Danish — "børn", "jern" — and their extra spelling meets nothing.)"""
    if term.isdigit():
        return term
    return _OCR_O.sub("o", _OCR_L.sub("l", _OCR_M.sub("m", term)))


def _with_board(vocab: _Vocabulary, board: str) -> _Vocabulary:
    """The point's words with its board's name: every point of "Nordkyst Havns bestyrelse" or
    "Musikskolens bestyrelse" is about the harbour or the music school, which it seldom says."""
    return _with_terms(vocab, board)


# The home a header names: "Lyngmose Kommune", "Region Nordfjord", "Rævehøj Rådhus" (where the
# council sits), "Kildeholm Town Hall".
_HOME_RE = re.compile(
    r"([A-ZÆØÅ][\w-]+(?:[ -][A-ZÆØÅ][\w-]+)?)\s+(?:Rådhus|Raadhus|Town\s+Hall|City\s+Hall)\b"
)
_HOME_WORDS_RE = re.compile(
    r"\b(?:kommunes?|municipality|municipal|council|byråd|byraad|regions?|of)\b", re.IGNORECASE
)


def home_names(meeting: Meeting) -> str:
    """The place a meeting's minutes are at home in: its municipality (or region) and the town
    whose town hall it sits in, as its header names them; empty when the header does not.

    A citizen names it to say where they live ("jeg har sommerhus i Lyngmose"): every point of
    the municipality's own meetings is about it, though few say so."""
    names = [_HOME_WORDS_RE.sub(" ", meeting.municipality or "")]
    names.extend(m.group(1) for m in _HOME_RE.finditer(meeting.location or ""))
    return " ".join(" ".join(names).split())


def _with_header(vocab: _Vocabulary, meeting: Meeting) -> _Vocabulary:
    header = " ".join([meeting.board, meeting.location or "", *(a.name for a in meeting.attendees)])
    return _with_terms(vocab, header)


def _with_terms(vocab: _Vocabulary, text: str) -> _Vocabulary:
    terms = vocab.terms | _folded_terms(text)
    if terms == vocab.terms:
        return vocab
    return replace(vocab, terms=frozenset(terms), by_length=_by_length(terms))


def one_edit(a: str, b: str) -> bool:
    """Whether two words are at most one edit apart (insert, delete, substitute, swap)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def term_in(term: str, vocab: _Vocabulary) -> bool:
    """Whether a folded question term is in the point: the same; the start of a point word
    ("digi" of "digitaliseringsstrategi", "professionalis" of "professionalisering"); a point
    word's start (an inflection the stemmer left); or a typo apart (one edit, for words long
    enough that one edit does not make another word)."""
    if term in vocab.terms:
        return True
    if term.isdigit():
        return False
    if term in vocab.surfaces:
        # "budgettet" stems to "budget", the title's "Budget" to "budg": the word as written.
        return True
    if len(term) >= _PREFIX_MIN and any(t.startswith(term) for t in vocab.terms):
        return True
    # The start of a written word whose stem the stemmer cut shorter than the question's:
    # "udsendes" stems to "uds", the question's "udsendt" (of "sendt ud") to "udsend".
    if len(term) > _PREFIX_MIN and any(t.startswith(term) for t in vocab.surfaces):
        return True
    # A short word as the first part of a compound: "sne" in "snerydning", "bus" in "busruter".
    # Not a name's start: "dam" is not in "Ruth Damsgaard".
    if len(term) >= 3 and any(
        len(t) >= len(term) + _PREFIX_MIN and t.startswith(term) and not _a_name(t, vocab)
        for t in vocab.terms
    ):
        return True
    # A point word's start with an ending the stemmer left ("rekrutteringen"); not a word
    # that goes on into a compound ("klimaplan" is not "klima", "konsulentfirma" not
    # "konsulent").
    if len(term) > _PREFIX_MIN and any(
        len(t) > _PREFIX_MIN and term.startswith(t) and len(term) - len(t) <= _ENDING_MAX
        for t in vocab.terms
    ):
        return True
    # A word derived by a prefix: "bureaukrati" in "afbureaukratisering".
    if len(term) >= _DERIVED_MIN and any(t.startswith(term) for t in vocab.derived):
        return True
    # The head of a compound: "søen" in "Mosesøen", "hallen" in "Søndermarkshallen" (a Danish
    # compound ends in what it is).
    if len(term) >= _PREFIX_MIN and any(
        len(t) >= len(term) + 3 and t.endswith(term) for t in vocab.surfaces
    ):
        return True
    # An inflected head the written form hides and the stem shows: "samarbejd" (of
    # "nøgletals-samarbejdet") in "benchmarksamarbejd" (of "Benchmarksamarbejdet").
    if len(term) >= _HEAD_STEM_MIN and any(
        len(t) >= len(term) + 3 and t.endswith(term) for t in vocab.terms
    ):
        return True
    if len(term) >= _FUZZY_MIN:
        for n in (len(term) - 1, len(term), len(term) + 1):
            # Not a word of its own one edit from the point's at its first letter:
            # "parkering" is no "markering". (Words that share their start are often one
            # word's forms: "politik", "politisk".)
            if any(
                one_edit(term, t) and not (term[0] != t[0] and two_words(term, t))
                for t in vocab.by_length.get(n, ())
            ):
                return True
    # A name by its initials ("htk"); a word the point abbreviates ("inno" for "innovation").
    if 2 <= len(term) <= 5 and term in vocab.acronyms:
        return True
    return any(_abbreviates(a, term) for a in vocab.abbreviations)


def _a_name(term: str, vocab: _Vocabulary) -> bool:
    """Whether a stem of the point is (the start of) a name one of its sentences writes."""
    return any(n.startswith(term) for names in vocab.names for n in names)


def _abbreviates(short: str, term: str) -> bool:
    return len(term) > len(short) + 1 and term.startswith(short)


# What a compound counts for when the point holds only its parts apart, or its first part
# alone ("sprog" and "projektet" far apart for "sprogprojektet"; "klima" for "klimaplan"): the
# point is near the matter, not about it.
PART_COVER = 0.5
# Its first part alone: as much (tried at a quarter and at none on the replayed questions: one
# or two fewer generated negatives answered, one or two more answerable questions refused).
FIRST_PART_COVER = PART_COVER


def _word_cover(word: str, vocab: _Vocabulary, first_part: bool = True) -> float:
    """How much of ``word`` the point covers: 1 for the word itself (an inflection, a typo
    apart) or a compound's parts close together; :data:`PART_COVER` for its parts apart or its
    first part alone (with ``first_part`` False, only when the point holds its last part
    too); else 0."""
    cover = 1.0
    for t in analyze(word):
        stem = fold(t.stem)
        if term_in(stem, vocab):
            continue
        pieces = [fold(p) for p in t.pieces]
        if pieces and all(term_in(p, vocab) for p in pieces):
            if _pieces_near(pieces, vocab):
                # "innovationspulje" by "pulje til innovation".
                continue
            cover = min(cover, PART_COVER)
        elif (
            len(stem) > _PREFIX_MIN
            and any(
                len(w) > _PREFIX_MIN
                and stem.startswith(w)
                # A compound the archive writes elsewhere is near a point that holds its first
                # part only when the point holds its last part too ("Gebyret" in the waste board's
                # point for "affaldsgebyret"; not "Byrådets" alone for "byrådshøjskolen").
                and (first_part or _rest_in(stem[len(w) :], vocab))
                for w in vocab.terms
            )
        ):
            cover = min(cover, FIRST_PART_COVER)
        elif any(
            len(w) >= _PREFIX_MIN and stem.endswith(w) and stem[: -len(w)] in _NARROWING
            for w in vocab.terms
        ):
            # "småbørn" by "børn (0-3 år)", "nybyggeriet" by "byggeriet": a modifier of size or
            # age before a word the point holds narrows it; "fri|plejehjem" names another kind.
            cover = min(cover, PART_COVER)
        elif _parts_written(fold(t.surface), vocab):
            # "budgetrammen", a compound the splitter knows no head of, by "budget" and
            # "rammen" the point writes apart.
            cover = min(cover, PART_COVER)
        elif first_part and _adjective_of_start(stem, vocab):
            # "telefonopkaldene" by "telefoniske henvendelser": the first part as the
            # adjective the point makes of it is near the matter, as the part alone is.
            cover = min(cover, FIRST_PART_COVER)
        else:
            return 0.0
    return cover


# Endings that make an adjective of a noun ("telefon" → "telefoniske", "kvartal" →
# "kvartalsvise"): what the point writes of a compound's first part without compounding it.
_ADJECTIVE_ENDINGS = ("iske", "isk", "lige", "lig", "vise", "vis", "ske", "sk")


def _adjective_of_start(stem: str, vocab: _Vocabulary) -> bool:
    """Whether the point writes an adjective of the start of ``stem`` (a compound's first
    part, at least four letters, with a head of three or more after it)."""
    for w in vocab.surfaces:
        for ending in _ADJECTIVE_ENDINGS:
            if w.endswith(ending):
                part = w[: -len(ending)]
                if (
                    len(part) >= _PREFIX_MIN
                    and stem.startswith(part)
                    and len(stem) - len(part) >= 3
                ):
                    return True
                break
    return False


def _parts_written(word: str, vocab: _Vocabulary) -> bool:
    """Whether the point writes both parts of a compound as words of their own, a linking "s"
    or "e" apart (not a start or an end of a longer word, which would split "parkering" into
    "park" and "-ering")."""

    def written(part: str) -> bool:
        # A word as the point writes it, an inflection apart ("rammen"); not a piece of a
        # compound ("plejen" of "Sundhedsplejen" is no "pleje" of "hjemmepleje").
        return any(w.startswith(part) and len(w) - len(part) <= _ENDING_MAX for w in vocab.surfaces)

    for i in range(_PREFIX_MIN, len(word) - _PREFIX_MIN + 1):
        first, rest = word[:i], word[i:]
        firsts = {first, first[:-1]} if first[-1] in "se" else {first}
        if written(rest) and any(len(f) >= _PREFIX_MIN and written(f) for f in firsts):
            return True
    return False


def _rest_in(rest: str, vocab: _Vocabulary) -> bool:
    """Whether the point holds what follows a compound's first part (a linking "s" or "e"
    apart)."""
    rests = {rest, rest[1:]} if rest[:1] in ("s", "e") else {rest}
    return any(len(r) >= _PREFIX_MIN and term_in(r, vocab) for r in rests)


def _everyday_either(word: str) -> bool:
    # An English question capitalises "Executive Board"; a Danish one may start a clause.
    return everyday_word(word, "da") or everyday_word(word, "en")


def _word_covered(word: str, vocab: _Vocabulary) -> bool:
    return _word_cover(word, vocab) == 1.0


# How many of the rarest topic words a point holds may stand beside the quantity asked for.
_AMOUNT_WORDS = 2
_AMOUNT_Q_RE = re.compile(AMOUNT_CUES, re.IGNORECASE)
_ADDRESS_Q_RE = re.compile(ADDRESS_CUES, re.IGNORECASE)
_OUTCOME_Q_RE = re.compile(OUTCOME_CUES, re.IGNORECASE)
_REJECTION_Q_RE = re.compile(REJECTION_CUES, re.IGNORECASE)
_REJECTION_RE = re.compile(REJECTION_FORM, re.IGNORECASE)
_RESOLUTION_Q_RE = re.compile(RESOLUTION_CUES, re.IGNORECASE)
_DISCUSSION_OUTCOME_RE = re.compile(DISCUSSION_OUTCOME_CUES, re.IGNORECASE)
_NOTHING_RECORDED_RE = re.compile(DECISION_STATUS["nothing"][1], re.IGNORECASE | re.MULTILINE)
_RESPONSIBLE_Q_RE = re.compile(RESPONSIBLE_CUES, re.IGNORECASE)
_ACRONYM_RE = re.compile(r"\b[A-ZÆØÅ]{2,5}\b")
_RESPONSIBLE_WORD_RE = re.compile(r"(?:ansvar|tovholder|responsib|charge)", re.IGNORECASE)
_BOARD_WORD = re.compile(BOARD_WORD_RE.pattern, re.IGNORECASE)
_ADDRESS_RE = re.compile(ADDRESS_FORM)
_SOURCE_RE = re.compile(SOURCE_CUES, re.IGNORECASE)
_MEETING_YEAR_RE = re.compile(MEETING_YEAR_CUES, re.IGNORECASE)
_WORDS_RE = re.compile(r"[\w-]+")
_MONEY_Q_RE = re.compile(MONEY_CUES, re.IGNORECASE)
_AMOUNT_NOUN_RE = re.compile(AMOUNT_NOUNS, re.IGNORECASE)


# Each unit of measure a question may ask a quantity in, and how a point gives a figure in it:
# digits or a number word ("en uge", "tre dage"), at most one word between ("3 hele dage").
def _figure(words: Iterable[str]) -> str:
    """A figure written in digits (a range too: "3-5") or as one of ``words``."""
    return r"(?:\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?|\b(?:" + "|".join(sorted(words)) + r")\b)"


_FIGURE = _figure(NUMBER_WORDS | {"en", "et", "én", "ét", "one", "a", "an"})
_MEASURES = tuple(
    (
        re.compile(MEASURE_ASKED.format(units=asked), re.IGNORECASE),
        re.compile(_FIGURE + r"[\s-]*(?:\w+\s+)?(?:" + written + ")", re.IGNORECASE),
    )
    for asked, written in MEASURE_UNITS.values()
)
# The kind of sum that ends a compound ("dags|takster", "drifts|budgettet").
_SUM_HEAD_RE = re.compile(
    r"(?:budget|takst|udgift|pris|tilskud|bevilling|beløb)[a-zæøå]*$", re.IGNORECASE
)
_DAY_ASKED_RE = re.compile(DAY_ASKED_CUES, re.IGNORECASE)
_TIMES_ASKED_RE = re.compile(TIMES_ASKED_CUES, re.IGNORECASE)
_FREQUENCY_ASKED_RE = re.compile(FREQUENCY_ASKED_CUES, re.IGNORECASE)
_FREQUENCY_GIVEN_RE = re.compile(FREQUENCY_GIVEN, re.IGNORECASE)
_RATE_ASKED_RE = re.compile(RATE_ASKED_CUES, re.IGNORECASE)
_RATE_GIVEN_RE = re.compile(RATE_GIVEN, re.IGNORECASE)
_TIMES_GIVEN_RE = re.compile(TIMES_GIVEN, re.IGNORECASE)
_MONEY_RE = re.compile(MONEY_AMOUNT, re.IGNORECASE)
# What a question asks to receive: "at få svar fra fonden", "forventer vi svar", "when will we
# get an answer".
_RECEIVED_RE = re.compile(
    r"\b(?:få|får|fik|modtage|modtager|receive|get|hear|forventer|expect)\s+"
    r"(?:(?:an?|the|et|en|vi|man|we)\s+)?([^\W\d_]{3,})",
    re.IGNORECASE,
)
_REPLY_Q_RE = re.compile(
    r"\b(?:reply|replies|respond|responds|response|answer|svar|svare|svarer)\b", re.IGNORECASE
)
# A word of a point that speaks of an answer: "svar", "svaret", "høringssvarene", "besvare".
_ANSWER_WORD_RE = re.compile(r"^(?:be)?svar|svar(?:et|ene|ets|er)?$")
_FUTURE_Q_RE = re.compile(FUTURE_CUES + r"|\bkommer\b|\bbliver\b", re.IGNORECASE)

# A one-letter part before a hyphen: "p-pladser", "e-bøger".
_LETTER_PART_RE = re.compile(r"(?<![\w-])[^\W\d_]-\w")

# How many words apart the parts of a compound written apart may stand in one sentence.
_PIECES_WINDOW = 4


# A question for a choice made ("hvilken by valgte de", "which city did they end up picking").
_CHOICE_Q_RE = re.compile(
    r"\b(?:valgt|valgte|udvalgt|chosen|choose|chose|picked|picking|selected|endelig|endeligt|"
    r"end up)\b",
    re.IGNORECASE,
)
# What a sum is for: "budgettet for byggeriet", "udgiften til kurset", "the cost of the trip",
# "penge sat af til byggeriet", "money set aside for refurbishment".
_SUM_FOR_RE = re.compile(
    r"\b(?:budget\w*|udgift\w*|pris(?:en|erne)?|beløb\w*|bevilling\w*|cost|costs|price|"
    r"sat af|afsat|afsættes|reserveret|bevilget|set aside|earmarked|allocated)\s+"
    r"(?:for|til|of|to)\s+(?:(?:det|den|de|the|a|an)\s+)?([^\W\d_]{4,})",
    re.IGNORECASE,
)


# A second purpose joined to the first: "afsat til rekruttering og til sygefravær", "set aside
# for recruitment and for sick leave".
_SECOND_PURPOSE_RE = re.compile(
    r"\s*(?:\S+\s+)?(?:og|and|samt|&)\s+(?:(?:for|til|to)\s+)?(?:(?:det|den|de|the|a|an)\s+)?"
    r"([^\W\d_]{4,})",
    re.IGNORECASE,
)


def _purposes(question: str, purpose: re.Match[str]) -> set[str]:
    """The words a sum is asked for: the one after "for"/"til" and one joined to it."""
    words = {purpose.group(1).lower()}
    second = _SECOND_PURPOSE_RE.match(question, purpose.end())
    if second is not None:
        words.add(second.group(1).lower())
    return words


def asks_amount(question: str) -> bool:
    """Whether a question asks for a figure ("hvad koster …", "hvor mange penge …")."""
    return _AMOUNT_Q_RE.search(question) is not None


def asks_count(question: str) -> bool:
    """Whether a question asks how many of something ("hvor mange elever"), not a sum of
    money ("hvor mange penge", "hvor mange mio")."""
    return (
        _COUNTED_RE.search(question) is not None
        and _MONEY_Q_RE.search(question) is None
        and _COUNTED_SUM_RE.search(question) is None
    )


def _quantity_beside(
    words: list[str], vocab: _Vocabulary, money: bool, heads: bool = False
) -> bool:
    """Whether a sentence of the point gives a quantity beside one of ``words``, or the point
    is about one of them (its title holds it) and gives a quantity anywhere; for ``money``, the
    point must also write a sum of money. With ``heads``, a compound of the title that ends in
    one of them holds it ("anlægstilskud" is a "tilskud")."""
    if money and not vocab.has_sum:
        return False
    if heads and any(vocab.quantities):
        terms = [fold(t.stem) for w in words for t in analyze(w)]
        if any(len(t) >= _HEAD_SUM_MIN and f.endswith(t) for t in terms for f in vocab.title):
            return True
    return _beside(words, vocab, vocab.quantities)


_RATE_WORD_RE = re.compile(
    r"(dag|døgn|time|uge|måned|år)s?(?:takst|pris|betaling|sats|løn)\w*", re.IGNORECASE
)


def _rate_written(word: str, text: str) -> bool:
    """Whether ``text`` gives the rate a compound names as a sum per its unit: "timepris" is
    "kr. 310 pr. time", "døgntakst" "1.250 kr. pr. døgn" (minutes seldom write the compound)."""
    m = _RATE_WORD_RE.fullmatch(word)
    if m is None:
        return False
    unit = m.group(1).lower()
    per = rf"(?:\b(?:pr\.?|per)\s+|/\s*){unit}\w*|\b(?:om|i)\s+{unit}(?:en|et)\b"
    return re.search(per, text, re.IGNORECASE) is not None and _MONEY_RE.search(text) is not None


# A sum of money, its figure whole ("kr. 3.000,00" as well as "3.000 kr.").
_SUM_RE = re.compile(MONEY_AMOUNT + r"|\b(?:kr|dkk)\.?\s*\d[\d.,]*", re.IGNORECASE)
_NUMBER_WORD_RE = re.compile(
    r"\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _count_given(text: str) -> bool:
    """Whether ``text`` gives a figure that may count something: a number that is no sum of
    money, date or year, or a number word ("to shelters"; English "to" passes too, which only
    lets more points through)."""
    rest = _DATE_OR_YEAR_RE.sub(" ", _SUM_RE.sub(" ", text))
    return _DIGIT_RE.search(rest) is not None or _NUMBER_WORD_RE.search(rest) is not None


def _counting(vocab: _Vocabulary) -> _Vocabulary:
    """``vocab`` with only the sentences that give a figure other than a sum of money marked
    as giving a quantity."""
    marks = tuple(q and c for q, c in zip(vocab.quantities, vocab.counts, strict=True))
    return replace(vocab, quantities=marks)


# What a thing's own sum is called: "Taxhusets budget" is what Taxhus costs; "Rådhusets
# inventarpulje" is a pool's.
_COST_NOUN_RE = re.compile(
    r"^(?:budget|udgift|omkostning|pris|takst|anlægsudgift|anlægsbudget|cost|price)\w*$",
    re.IGNORECASE,
)
# The endings of a Danish genitive after the stem: "rådhus-ets", "kommune-s", "centr-ets".
_GENITIVE_ENDINGS = frozenset({"s", "ets", "ens", "es", "ernes", "enes", "nes"})


def _sums_of_another(
    words: list[str], point: AgendaPoint, question: str, vocab: _Vocabulary
) -> bool:
    """Whether each sentence of the point that writes a sum of money beside one of ``words``
    writes it only as the owner of another thing the question does not name: "hvad koster det
    nye rådhus" is not answered by "Rådhusets inventarpulje … 210.000 kr.", the sum of the
    town hall's furniture pool. False when the title holds one of them (the point is about
    the thing) or no such sentence writes one."""
    stems = {fold(t.stem) for w in words for t in analyze(w)}
    if not stems or stems & vocab.title:
        return False
    asked = {fold(t.stem) for t in analyze(question)}
    owned = False
    for paragraph in unwrap(point.text).split("\n"):
        for sentence in _SENTENCE_END_RE.split(paragraph):
            if _MONEY_RE.search(sentence) is None:
                continue
            tokens = _WORDS_RE.findall(sentence)
            spots = [
                i
                for i, token in enumerate(tokens)
                if (read := analyze(token)) and fold(read[0].stem) in stems
            ]
            if not spots:
                continue
            if not all(_owner_of_another(tokens, i, asked) for i in spots):
                return False
            owned = True
    return owned


def _owner_of_another(tokens: list[str], i: int, asked: set[str]) -> bool:
    """Whether ``tokens[i]`` is a genitive before a noun the question does not name and that
    is no word for the owner's own cost ("Rådhusets inventarpulje", not "Taxhusets budget")."""
    word = tokens[i].lower()
    read = analyze(word)
    if not read or i + 1 >= len(tokens):
        return False
    base = read[0].stem
    if not word.startswith(base) or word[len(base) :] not in _GENITIVE_ENDINGS:
        return False
    after = tokens[i + 1]
    following = analyze(after)
    return (
        after[:1].islower()
        and len(after) >= 4
        and after.lower() not in STOP_WORDS
        and bool(following)
        and fold(following[0].stem) not in asked
        and _COST_NOUN_RE.match(after) is None
    )


def _measure_given(question: str, text: str) -> bool:
    """Whether a point's ``text`` (title and body) gives a figure in each unit of measure the
    question asks a quantity in ("hvor mange dage", "how many hours"); true when it asks none."""
    return all(written.search(text) for asked, written in _MEASURES if asked.search(question))


def _counted(question: str, held: list[TopicWord]) -> TopicWord | None:
    """The topic word a question that writes a figure of its own counts ("hvor mange elever
    fra 8. klasse"), when the point holds it: the figure asked must stand beside it."""
    if not any(t.stem[:1].isdigit() and not _YEAR_RE.fullmatch(t.stem) for t in analyze(question)):
        return None
    after = _counted_words(question)
    return next((t for w in after for t in held if t.word.lower() == w), None)


def _counted_words(question: str) -> list[str]:
    """The words after "hvor mange"/"how many" (lower case, "flere"/"more" left out): the noun
    counted, or an adjective and the noun."""
    m = _COUNTED_RE.search(question)
    if m is None:
        return []
    return [g.lower() for g in m.groups() if g and g.lower() not in MORE_WORDS]


# The noun counted, or the one after an adjective: "hvor mange nye pladser", "how many new".
_COUNTED_RE = re.compile(
    r"\b(?:hvor mange|how many)\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?", re.IGNORECASE
)
# What a question counts that is a sum of money ("hvor mange mio", "how many kroner"), not a
# count of people or things ("hvor mange procent" counts: a share is a figure of its own).
_COUNTED_SUM_RE = re.compile(
    r"\b(?:hvor mange|how many)\s+(?:mio|mill|mia|millioner|millions?|milliarder|billions?|"
    r"kr|kroner|dkk|penge|euro)\b",
    re.IGNORECASE,
)


def _counted_noun(question: str, held: list[TopicWord]) -> TopicWord | None:
    """The noun a headcount asks ("hvor mange medarbejdere deltog"), when the point holds it."""
    after = _counted_words(question)
    if len(after) > 1 and (named := re.search(rf"\b{re.escape(after[0])}\b", question, re.I)):
        if named.group(0)[:1].isupper():
            # "how many ØDC consultants": a name before the noun says whose; the noun is counted.
            after = after[1:]
    return next((t for w in after[:1] for t in held if t.word.lower() == w and not t.verb), None)


# A figure and the word it counts: "2 workshops", "tre nye medarbejdere" (one word between).
# (Digits or a number word; not "en"/"et"/"a", which are articles far more often.)
_FIGURE_NOUN_RE = re.compile(
    _figure(NUMBER_WORDS) + r"\s+([^\W\d_]{2,})(?:\s+([^\W\d_]{3,}))?", re.IGNORECASE
)


def _counts_another(counted: TopicWord, text: str) -> bool:
    """Whether the point's figures beside the counted thing count something else: a sentence
    names it ("nøglemedarbejdere") where a figure counts another noun ("2 workshops med
    nøglemedarbejdere og ledere"), and no figure anywhere counts the thing itself. How many
    workshops were held says nothing of how many took part."""
    stems = {t.stem.lower() for a in counted.alternatives for t in analyze(a) if len(t.stem) >= 3}
    if not stems:
        return False

    def names(word: str) -> bool:
        return any(s in word.lower() for s in stems)

    other = False
    # (Unwrapped: a figure and what it counts may stand on two lines of a typed file.)
    for sentence in re.split(r"(?<=[.!?])\s+|\n", unwrap(text)):
        for m in _FIGURE_NOUN_RE.finditer(sentence):
            first, second = m.group(1).lower(), (m.group(2) or "").lower()
            if names(first) or names(second):
                return False  # "12 medarbejdere", "12 nye medarbejdere"
            if first in FIGURE_UNITS:
                if names(sentence):
                    # "46 pct. af børnene" counts them as a share.
                    return False
                continue  # "3 timer": a measure, no other thing counted
            # What the figure counts: the word after it, or the next after a small word.
            noun = second if (first in STOP_WORDS or len(first) < 3) and second else first
            if names(sentence) and not (
                noun in STOP_WORDS or noun in PREPOSITIONS or noun in MORE_WORDS or noun in MONTHS
            ):
                other = True
    return other


def _unasked(vocab: _Vocabulary, question: str) -> tuple[bool, ...]:
    """The point's quantity marks without the sentences whose only figures are those the
    question itself writes (a year is no figure)."""
    asked = {t.stem for t in analyze(question) if t.stem[:1].isdigit()}
    # "the six extra citizen PCs": a figure the question writes as a word is its own too.
    asked |= {str(n) for w in _WORDS_RE.findall(question.lower()) if (n := NUMBER_VALUES.get(w))}
    if not asked:
        return vocab.quantities
    marks = []
    for mark, forms in zip(vocab.quantities, vocab.sentences, strict=True):
        figures = {
            f for word in forms for f in word if f[:1].isdigit() and not _YEAR_RE.fullmatch(f)
        }
        marks.append(mark and not (figures and figures <= asked))
    return tuple(marks)


_YEAR_RE = re.compile(r"(?:19|20)\d\d")

# A sum's word at least this long closes a compound that names that kind of sum.
_HEAD_SUM_MIN = 5


def _quantity_among(held: list[TopicWord], vocab: _Vocabulary, money: bool) -> bool:
    """Whether one sentence of the point gives a quantity beside two of the topic words it
    holds: "enhedsudgiften pr. 6-16 årig fra 62.703 kr. i Gentofte" answers what a 6-16 year
    old costs "ifht Gentofte" though the rarest words asked ("skoleelev") stand elsewhere."""
    if money and not vocab.has_sum:
        return False
    groups = [
        [fold(x.stem) for a in t.alternatives for x in analyze(a)] for t in held if not t.verb
    ]
    for mark, forms in zip(vocab.quantities, vocab.sentences, strict=True):
        if not mark:
            continue
        found = sum(_sentence_holds(g, forms, vocab) for g in groups if g)
        if found >= _AMOUNT_WORDS:
            return True
    return False


# The most letters an inflection adds after a compound's last part ("pladser", "strategien").
_HEAD_ENDING_MAX = 3


def another_kind(word: str, point: AgendaPoint) -> bool:
    """Whether the compound ``word`` names another kind of a thing the point names: the point
    writes its last part ("pladser", "strategi") only with another first part
    ("arbejdspladser", "Digitaliseringsstrategien") or alone, and never its own first part
    ("parkering", "demens"). A parking space is no workplace, a dementia strategy no
    digitalisation strategy, however near their meanings lie.

    A thing of that kind the point names by its name ("Havnehallen", capitalised inside a
    sentence) may be the one the question means by its kind ("sportshallen")."""
    vocab = point_vocabulary(point)
    for t in analyze(word):
        if len(t.pieces) < 2:
            continue
        head = fold(t.pieces[-1])
        surface = fold(t.surface)
        at = surface.rfind(head)
        if at < _PREFIX_MIN:
            continue
        first = surface[:at]
        firsts = {first, first[:-1]} if first[-1] in "se" else {first}
        if any(len(f) >= _PREFIX_MIN and _word_cover(f, vocab) > 0 for f in firsts):
            continue  # the point says its own kind, perhaps apart
        holding = [
            w
            for w in vocab.surfaces
            if head in w and len(w) - (w.rfind(head) + len(head)) <= _HEAD_ENDING_MAX
        ]
        if not holding:
            continue
        if not _named_in(set(holding), f"{point.title}\n{point.text}"):
            return True
    return False


def _named_in(folded: set[str], text: str) -> bool:
    """Whether one of the ``folded`` words stands capitalised inside a sentence of ``text``
    (after a word or a comma, not at a sentence's or a line's start): a name."""
    for m in _WORDS_RE.finditer(text):
        word = m.group(0)
        if not word[:1].isupper() or fold(word) not in folded:
            continue
        before = text[: m.start()].rstrip(" ")
        if before and (before[-1].isalnum() or before[-1] in ",;"):
            return True
    return False


def _only_discussed(held: list[TopicWord], vocab: _Vocabulary) -> bool:
    """Whether the sentences of the point that name the matter record it as discussed and
    none records what came of it (a decision, agreement, a note taken). A point whose
    sentences on the matter say neither (its decision, "Godkendt.", names no matter) is no
    record of a mere discussion."""
    terms = [fold(x.stem) for t in held if not t.verb for a in t.alternatives for x in analyze(a)]
    about = [forms for forms in vocab.sentences if _sentence_holds(terms, forms, vocab)]
    discussed = any(f.startswith(DISCUSSED_WORDS) for s in about for forms in s for f in forms)
    settled = any(f.startswith(SETTLED_WORDS) for s in about for forms in s for f in forms)
    return discussed and not settled


def dated_lines(text: str) -> list[str]:
    """The paragraphs of ``text`` that write a day, a short one (a date of a list, at most
    :data:`_DATE_LINE_WORDS` words) with the paragraph above it that writes none, its heading:
    "Borgmesterens deltagelse i direktionsmøder 13. maj kl. 13-14"."""
    out: list[str] = []
    heading = ""
    for paragraph in unwrap(text).split("\n"):
        if not paragraph.strip():
            continue
        if not writes_a_day(paragraph):
            heading = paragraph
        elif len(paragraph.split()) <= _DATE_LINE_WORDS:
            out.append(f"{heading} {paragraph}")
        else:
            out.append(paragraph)
    return out


def _day_beside(words: list[str], point: AgendaPoint, vocab: _Vocabulary) -> bool:
    """Whether a paragraph of the point writes a day beside one of ``words`` (see
    :func:`dated_lines`), or the title holds one and the point writes a day anywhere."""
    terms = [fold(t.stem) for w in words for t in analyze(w)]
    dated = dated_lines(point.text)
    if dated and any(
        _same_word(term, f, vocab.abbreviations) for term in terms for f in vocab.title
    ):
        return True
    return any(
        _same_word(term, fold(t.stem), vocab.abbreviations)
        for p in dated
        for t in analyze(p)
        for term in terms
    )


def _time_beside(words: list[str], vocab: _Vocabulary) -> bool:
    """Whether a paragraph says when beside one of ``words``, or the point is about one of
    them (its title holds it) and says when anywhere."""
    return _beside(words, vocab, vocab.times)


def _durations_asked(question: str) -> list[tuple[int, str]]:
    """The lengths of time the question makes part of its matter's name ("the 3-day course",
    "firedages arbejdsuge"): each value and unit (a key of ``DURATION_UNITS``)."""
    out: list[tuple[int, str]] = []
    for m in _DURATION_ASKED_RE.finditer(question):
        number = m["n"].lower()
        value = int(number) if number.isdigit() else NUMBER_VALUES.get(number)
        unit = next((u for u in DURATION_UNITS if m[u]), None)
        # Danish glues a number word to its unit ("firedages"); English does not: "today" is
        # no two days, "three-day" is.
        glued = (
            unit is not None
            and not number.isdigit()
            and m[unit].lower() not in ENGLISH_DURATION_UNITS
        )
        if value and unit and (m["dash"] or glued):
            out.append((value, unit))
    return out


def duration_named(question: str) -> str:
    """The thing the question names by a length of time, as typed ("four-day work week",
    "3-day course"): the compound and the words after it up to a small word; else ""."""
    m = _DURATION_ASKED_RE.search(question)
    if m is None or not _durations_asked(question):
        return ""
    end = m.end()
    for word in list(re.finditer(r"\s+([^\W\d_]+)", question[end:]))[:2]:
        if word.start() != end - m.end() or word[1].lower() in STOP_WORDS:
            break
        end = m.end() + word.end()
    return question[m.start() : end]


def durations_given(question: str, point: AgendaPoint) -> bool:
    """Whether the point gives every length of time the question names its matter by."""
    text = point.title + "\n" + point.text
    return all(_duration_written(value, unit, text) for value, unit in _durations_asked(question))


def _duration_written(value: int, unit: str, text: str) -> bool:
    """Whether a text gives ``value`` in ``unit``: "3 dage", "tre dages kursus", "4-day"."""
    words = [re.escape(w) for w, v in NUMBER_VALUES.items() if v == value]
    figure = r"\b(?:" + "|".join([str(value), *words]) + r")"
    written = DURATION_UNITS[unit][1]
    return (
        re.search(figure + r"[\s-]*(?:\w+\s+)?(?:" + written + ")", text, re.IGNORECASE) is not None
    )


_NUMBER_ALT = "|".join(sorted(NUMBER_VALUES, key=len, reverse=True))
_DURATION_ASKED_RE = re.compile(
    r"\b(?P<n>\d{1,2}|"
    + _NUMBER_ALT
    + r")(?P<dash>[-–])?(?:"
    + "|".join(f"(?P<{u}>{asked})" for u, (asked, _) in DURATION_UNITS.items())
    + r")\b",
    re.IGNORECASE,
)


def _allotted(words: list[str], point: AgendaPoint, vocab: _Vocabulary) -> bool:
    """Whether the point's decision approves it as put and a sentence sets a sum out for one of
    ``words``: "fik vi penge fra landsbypuljen til shelteren" is answered by "… foreslår 65.000
    kr. til en shelterplads" under "Godkendt." (a sum applied for from others is not)."""
    if not any(_ALLOTMENT_DECISION_RE.match(s.text) for s in point.decisions):
        return False
    terms = [fold(t.stem) for w in words for t in analyze(w)]
    for paragraph in unwrap(point.text).split("\n"):
        for sentence in _SENTENCE_END_RE.split(paragraph):
            if not _MONEY_RE.search(sentence) or _APPLICATION_RE.search(sentence):
                continue
            forms = tuple(
                frozenset({fold(t.stem), *(fold(p) for p in t.pieces)}) for t in analyze(sentence)
            )
            if _sentence_holds(terms, forms, vocab):
                return True
    return False


_ALLOTMENT_DECISION_RE = re.compile(ALLOTMENT_DECISION, re.IGNORECASE)
_APPLICATION_RE = re.compile(APPLICATION_FORM, re.IGNORECASE)


def _beside(words: list[str], vocab: _Vocabulary, marked: tuple[bool, ...]) -> bool:
    """Whether a sentence ``marked`` (one per sentence of the point) holds one of ``words``, or
    the title holds one and any sentence is marked."""
    terms = [fold(t.stem) for w in words for t in analyze(w)]
    if any(marked) and any(
        _same_word(term, f, vocab.abbreviations) for term in terms for f in vocab.title
    ):
        return True
    return any(
        mark and _sentence_holds(terms, forms, vocab)
        for mark, forms in zip(marked, vocab.sentences, strict=True)
    )


def _sentence_holds(
    terms: Iterable[str], forms: tuple[frozenset[str], ...], vocab: _Vocabulary
) -> bool:
    """Whether one sentence's words (``_Vocabulary.sentences``) hold one of the folded
    ``terms``."""
    return any(_same_word(term, f, vocab.abbreviations) for s in forms for f in s for term in terms)


def _pieces_near(pieces: list[str], vocab: _Vocabulary) -> bool:
    """Whether one sentence of the point holds every piece within :data:`_PIECES_WINDOW` words."""
    for words in vocab.sentences:
        spots = [
            [
                i
                for i, forms in enumerate(words)
                if any(_same_word(p, f, vocab.abbreviations) for f in forms)
            ]
            for p in pieces
        ]
        if not all(spots):
            continue
        first, rest = spots[0], spots[1:]
        if any(all(any(abs(i - j) <= _PIECES_WINDOW for j in js) for js in rest) for i in first):
            return True
    return False


def _same_word(term: str, form: str, abbreviations: frozenset[str]) -> bool:
    """:func:`term_in` for one word of the point."""
    if term == form or (form in abbreviations and _abbreviates(form, term)):
        return True
    if len(term) >= 3 and form.startswith(term):
        return True
    if (
        len(term) > _PREFIX_MIN
        and len(form) > _PREFIX_MIN
        and term.startswith(form)
        and len(term) - len(form) <= _ENDING_MAX
    ):
        return True
    return len(term) >= _FUZZY_MIN and one_edit(term, form)


def _danish_alternatives(word: str, question: str) -> list[str] | None:
    """For an English question: the Danish words the glossary gives for the phrase holding
    ``word``, or None when the word is in no glossary phrase."""
    lower = word.lower()
    for english, danish in phrases(question):
        if (
            lower in english.split()
            or any(lower in v.split() for v in number_variants(english))
            or lower in verb_forms(english)
        ):
            return danish.split()
    return None


def _glossary_word(word: str, question: str) -> bool:
    """Whether the glossary phrase holding ``word`` in an English question is the word alone."""
    lower = word.lower()
    return any(
        len(english.split()) == 1
        and (english == lower or lower in number_variants(english) or lower in verb_forms(english))
        for english, _ in phrases(question)
    )


def checkable_topic(analysis: QuestionAnalysis) -> list[str]:
    """The topic words that can be checked against Danish minutes (all of a Danish question's)."""
    if analysis.language == "da":
        return list(analysis.topic)
    return [
        w
        for w in analysis.topic
        if _checkable_english(w) or _danish_alternatives(w, analysis.text) is not None
    ]


def _sentence_initial(word: str, text: str) -> bool:
    # A capital the sentence gives ("According to …") says nothing of a name.
    return re.search(r"(?:^|[.!?]\s+)" + re.escape(word) + r"\b", text.strip()) is not None


def _glossed(word: str, text: str) -> bool:
    # A word in brackets in an English question: the asker's gloss in the minutes' language.
    return re.search(r"\([^()]*\b" + re.escape(word) + r"\b[^()]*\)", text) is not None


def _checkable_english(word: str) -> bool:
    # Names, acronyms, numbers and Danish words quoted in an English question can be checked
    # against Danish minutes; ordinary English words cannot.
    return name_or_number(word) or any(c in "æøåÆØÅ" for c in word)


def _danish_named(t: TopicWord, analysis: QuestionAnalysis) -> bool:
    """Whether an English question names a matter by a Danish word the archive uses, one no
    English text writes ("borgerservice", "hjemmepleje"; not a name, a verb or a short word)."""
    return (
        analysis.language == "en"
        and t.archived
        and not t.verb
        and t.weight > 0
        and len(t.word) >= _DANISH_NAMED_MIN
        and not name_or_number(t.word)
        and not_english(t.word)
    )


# The shortest Danish word in an English question read as naming the matter: shorter ones are
# as often typos or abbreviations of English words.
_DANISH_NAMED_MIN = 6


def name_or_number(word: str) -> bool:
    """Whether a topic word is a name (capitalised) or holds a number: checkable, but it
    says nothing of what is asked about it."""
    return word[0].isupper() or any(c.isdigit() for c in word)


# A topic word the archive never uses (not even a typo or an inflection away) weighs this many
# times a rare known word: it names something the minutes do not hold ("svømmehal"). Three
# refused four more generated negatives on the five real minutes and no more answerable
# questions, but on a small archive (a board's first few meetings) ordinary words are unknown
# too, and three refused questions asked in other words than the minutes use.
UNKNOWN_WEIGHT = 2.0
# A topic word the question uses as a verb, when the point lacks it, costs this share of its
# weight: what happened to the matter the minutes may say in other words ("oprettet" for
# "etableret"). When the point has it, it counts in full: it is evidence.
MISSING_VERB_COST = 0.5
# A topic word the archive never uses that is everyday language (indexer.language.everyday_word:
# "betale", "ekstra", "byggeriet") weighs this much instead: the asker's own phrasing more often
# than a matter the minutes lack. An archive of a few meetings knows few ordinary words, so
# with UNKNOWN_WEIGHT every paraphrase read as a new topic (the layout sets refused 25 of 74
# questions whose right point was ranked first; 17 at 0.5, with no generated negative more
# answered; 0.25 answered one more negative and cited one point wrong).
EVERYDAY_WEIGHT = 0.5
# An English question's word that no glossary entry, name or Danish spelling lets anyone look
# for in Danish minutes ("recipe", "forecast") weighs this much in its topic, as a word the
# point lacks, when every word that can be looked for is a name: "Taastrup" or "Danish" alone
# does not make a point about "a good recipe for the office christmas party". On the spent
# files only three questions are of that kind; they allow 0.08-0.22 (the answerable "where has
# the §17 stk. 4 committee come up" keeps its answer below 0.22; the recipe and the weather
# forecast are refused above 0.08), and the middle is taken.
UNREAD_WEIGHT = 0.15
# An everyday word the archive knows weighs at most this (its rarity is at most 1): in a small
# archive "ændringer" is in one point and as rare as a matter. 0.5 refused more generated
# negatives but cost three layout questions and a citation; 0.7 changed fewer answers, none
# for the worse on the training files.
EVERYDAY_CAP = 0.7


@dataclass(frozen=True)
class TopicWord:
    """A topic word of the question, its weight and the words that may stand for it (Danish
    ones for an English word the glossary knows)."""

    word: str
    weight: float
    alternatives: list[str]
    verb: bool = False
    # The archive never uses it and it is no everyday word: a matter the minutes may lack.
    unknown: bool = False
    # For a Danish word, the English the glossary gives it: checked in points written in
    # English only (in Danish text "revise" would find "revision" by its start).
    english: tuple[str, ...] = ()
    # Ordinary language (wordfreq): how a question asks ("tager … videre", "ændringer",
    # "peger på som grunde") more often than what it asks about.
    everyday: bool = False
    # The archive uses it somewhere (its ordinary vocabulary, not a matter it never names).
    archived: bool = True
    # A compound the archive never uses whose last part (what it is: "parkering" of
    # "medarbejderparkering") the archive never uses either: its first part in a point does not
    # bring the point near the matter.
    foreign_head: bool = False


def _infinitive_of(word: str, analysis: QuestionAnalysis) -> list[str]:
    """A verb's participle in "-t" the stemmer keeps whole ("tømt", "købt") as a form it cuts
    as it cuts the minutes' other forms of the verb ("tøme", "købe" stem as "tømmes", "købes"
    do; the spelling need not be the dictionary's)."""
    lower = word.lower()
    if word not in analysis.verbs or len(lower) < 4 or not lower.endswith("t"):
        return []
    stem = lower[:-1]
    if stem[-1] in "aeiouyæøå" or [t.stem for t in analyze(lower)] != [lower]:
        return []  # "lukket" → "luk", "ændret" → "ændr": the stemmer has it
    return [stem + "e"]


def _particle_compounds(word: str, question: str) -> list[str]:
    """The verb ``word`` joined with the particle the question writes after it."""
    after = re.finditer(rf"(?<![\w-]){re.escape(word)}\s+([^\W\d_]+)", question, re.IGNORECASE)
    return [
        m.group(1).lower() + word.lower()
        for m in after
        if m.group(1).lower() in _JOINED_PARTICLES and word.lower() not in VERB_PARTICLES
    ]


# The particles that join their verb as its first part ("afsat", "nedsat", "udsendt",
# "fremlagt"); "til", "med", "på", "om" and "over" after a word are mostly its preposition.
_JOINED_PARTICLES = VERB_PARTICLES - frozenset("til med på om over".split())


def topic_weights(
    analysis: QuestionAnalysis,
    rarity: Callable[[str], float],
    known: Callable[[str], bool] | None = None,
    knows_form: Callable[[str], bool] | None = None,
    knows_stem: Callable[[str], bool] | None = None,
) -> list[TopicWord]:
    """Each topic word the point must cover, its weight, and the words that may stand for it.

    Args:
        analysis: the question, analysed.
        rarity: a stem's rarity in the archive (``LexicalIndex.rarity``).
        known: whether the archive knows a stem (``LexicalIndex.idf_known``); unknown words
            weigh :data:`UNKNOWN_WEIGHT` times more.
        knows_form: whether the archive writes a stem or an inflection of it
            (``LexicalIndex.knows_form``): a compound whose last part it never writes is
            marked ``foreign_head``.
        knows_stem: whether the archive writes a stem exactly (``LexicalIndex.knows_stem``):
            a word no text writes, one edit from such a stem, is read as its typo.
    """
    out: list[TopicWord] = []
    seen: set[str] = set()
    previous: list[str] = []  # the alternatives of the topic word before
    for word in analysis.topic:
        key = word.lower()
        if key in seen:
            continue
        seen.add(key)
        alternatives = [word]
        if analysis.language == "en":
            danish = _danish_alternatives(word, analysis.text)
            if danish is not None:
                # Function words in a Danish phrase ("vold i nære relationer") stand for nothing.
                alternatives = [d for d in danish if analyze(d)] or [word]
                if _glossary_word(word, analysis.text) and word not in alternatives:
                    # A word the glossary gives alone ("day" → "dage") stays checkable as
                    # written: minutes may be in English (a Faroese or Greenlandic council's,
                    # an English version: "DKK 2,400 per day"). Not a word of a phrase: "budget"
                    # of "budget agreement" is any budget in Danish minutes.
                    alternatives.append(word)
            elif _unreadable(word, analysis, known):
                continue
        stems = [t.stem for t in analyze(alternatives[0])]
        if not stems:
            continue
        # "opening hours" is one "åbningstid": the phrase's second word is not a second piece
        # of evidence; it weighs nothing but is still said back in a refusal ("swimming
        # pool"). (The same word asked twice apart, "sickness absence … sick leave", names
        # the matter twice.)
        again = alternatives != [word] and alternatives == previous
        previous = alternatives
        if alternatives == [word]:
            # A Danish word the minutes may write otherwise ("corona" / "covid-19",
            # "skraldeafhentning" / "renovation"): any word of its synonym group stands for it.
            alternatives += danish_synonyms(word)
            if analysis.language == "da":
                # "er der sat af" is "afsat", "blev sat ned" "nedsat": the minutes may join the
                # verb and its particle where the question writes them apart.
                alternatives += _particle_compounds(word, analysis.text)
                alternatives += _infinitive_of(word, analysis)
        # A word with a one-letter first part ("p-pladser") is read without it ("pladser", any
        # places): it stands for the matter only where the question writes it itself.
        alternatives = [a for a in alternatives if a == word or not _LETTER_PART_RE.search(a)]
        weight = max(rarity(s) for s in stems)
        verb = word in analysis.verbs
        unknown = False
        everyday = everyday_word(alternatives[0], _word_language(word, alternatives, analysis))
        archived = known is None or any(known(s) for s in stems)
        if (
            not archived
            and known is not None
            and (respelled := respell(word)) != word
            and any(known(t.stem) for t in analyze(respelled))
        ):
            # "sygefravaer": æ, ø or å typed as two letters is the written word, which the
            # archive knows (it folds them when it matches), not a matter it never names: a
            # point without it lacks it, no more. It keeps the weight of a word no text writes
            # as typed.
            alternatives.append(respelled)
            archived = True
            weight *= UNKNOWN_WEIGHT
        if not archived and known is not None and word.endswith(VERB_NOUN_ENDING):
            # "selvbetjening" where the minutes write "det selvbetjente bibliotek": a verb's
            # noun is the verb's matter, which the archive names by its participle or
            # infinitive ("betjening": "betjene", "betjent", "betjente").
            root = word[: -len(VERB_NOUN_ENDING)]
            for form in (root + ending for ending in VERB_FORM_ENDINGS):
                if any(known(t.stem) for t in analyze(form)):
                    alternatives.append(form)
                    archived = True
                    weight *= UNKNOWN_WEIGHT
                    break
        if not archived and not verb and not everyday and knows_stem is not None:
            # "programledelsn", "inovationspulje": a word no text writes, one edit from one
            # the archive writes, is that word mistyped, not a matter the archive lacks.
            typo_of = _typo_of(word, knows_stem, rarity)
            if typo_of is not None:
                alternatives.append(typo_of)
                archived = True
                weight = max(rarity(t.stem) for t in analyze(typo_of))
        if not verb and known is not None:
            if not archived:
                weight *= EVERYDAY_WEIGHT if everyday else UNKNOWN_WEIGHT
                unknown = not everyday and not word.isdigit()
            elif everyday:
                weight = min(weight, EVERYDAY_CAP)
        if word.isdigit():
            weight *= 0.5
        if again:
            weight, unknown = 0.0, False
        # Minutes kept in English answer a Danish question in English words, and an English
        # question in its own where its Danish gloss is a word no minutes of the archive write:
        # "citizen service" glossed as "borgerservice" is still the "Citizen Service Centre"
        # of an English council's minutes (checked in points written in English only, as a
        # Danish question's English words are). A gloss the archive writes is the matter as
        # the minutes name it ("budget" of "budget agreement" is no budget agreement).
        english = (
            english_words(word)
            if analysis.language == "da"
            else (word,)
            if word not in alternatives and not archived
            else ()
        )
        foreign = (
            not archived
            and not verb
            # An English word glossed into Danish ("day centre") is looked for in Danish words.
            and alternatives[0] == word
            and knows_form is not None
            and _head_foreign(word, knows_form)
        )
        out.append(
            TopicWord(
                word, weight, alternatives, verb, unknown, english, everyday, archived, foreign
            )
        )
    return _either_named(out, analysis.text)


# Two words either side of a slash: "the unions / cooperation side", "skranke/borgerservice".
_SLASHED_RE = re.compile(r"([^\W\d_]+)\s*/\s*([^\W\d_]+)")


def _either_named(words: list[TopicWord], question: str) -> list[TopicWord]:
    """The topic words, two the question gives as either of one matter ("with the unions /
    cooperation side") made one: the first stands for both and the second weighs nothing, so a
    point that names the matter either way holds it."""
    by_word = {t.word: i for i, t in enumerate(words)}
    for m in _SLASHED_RE.finditer(question):
        i, j = by_word.get(m.group(1)), by_word.get(m.group(2))
        if i is None or j is None or i == j:
            continue
        a, b = words[i], words[j]
        words[i] = replace(
            a,
            weight=max(a.weight, b.weight) if a.unknown else a.weight,
            alternatives=[*a.alternatives, *(x for x in b.alternatives if x not in a.alternatives)],
            unknown=a.unknown and b.unknown,
            archived=a.archived or b.archived,
            foreign_head=a.foreign_head and b.foreign_head,
        )
        words[j] = replace(b, weight=0.0, unknown=False)
    return words


# The shortest word read as a typo of an archive word: shorter words one edit apart are as
# often two words ("takst", "tekst").
_TYPO_MIN = 7


def _typo_of(
    word: str,
    knows_stem: Callable[[str], bool],
    rarity: Callable[[str], float] | None = None,
) -> str | None:
    """The one spelling a letter away whose stem the archive writes (or each part of it, a
    compound, one mistyped part mended), when ``word`` is long and written by no text; of
    several, the one the archive writes far more often ("innovation", not the firm
    "InQvation"); else None."""
    if len(word) < _TYPO_MIN or not word.isalpha() or not unwritten(word):
        return None
    typed = analyze(word)
    pieces = typed[0].pieces if len(typed) == 1 else ()
    found: dict[str, tuple[str, str]] = {}  # stem → (spelling, the word the archive writes)
    for spelling in one_edit_spellings(word):
        terms = analyze(spelling)
        if len(terms) != 1:
            continue
        t = terms[0]
        if knows_stem(t.stem):
            found.setdefault(t.stem, (spelling, t.stem))
        elif _piece_mended(pieces, t.pieces, knows_stem):
            mended = next(b for a, b in zip(pieces, t.pieces, strict=True) if a != b)
            found.setdefault(t.stem, (spelling, mended))
    if len(found) <= 1:
        return next((spelling for spelling, _ in found.values()), None)
    if rarity is None:
        # Two archive words a letter away: which was meant is a guess.
        return None
    ranked = sorted(found.values(), key=lambda f: rarity(f[1]))
    if rarity(ranked[1][1]) - rarity(ranked[0][1]) < _TYPO_MARGIN:
        return None
    return ranked[0][0]


# How much more often (in rarity, see ``LexicalIndex.rarity``) the archive must write one of two
# words a typo is a letter from for it to be the one meant.
_TYPO_MARGIN = 0.2


def _piece_mended(
    typed: tuple[str, ...], mended: tuple[str, ...], knows_stem: Callable[[str], bool]
) -> bool:
    """Whether a compound's parts, one mistyped part mended, are all parts the archive writes:
    "inovation|pulj" as "innovation|pulj". The mended part must be no word of its own as typed
    ("skole|mad" is no typo of "skole|mød": "mad" is a word)."""
    if not mended or len(mended) != len(typed) or not all(knows_stem(p) for p in mended):
        return False
    changed = [a for a, b in zip(typed, mended, strict=True) if a != b]
    return len(changed) == 1 and len(changed[0]) >= _PREFIX_MIN + 1 and not a_word(changed[0])


# The shortest head a compound is split into ("plan" of "klimaplan"), and the shortest first
# part ("små" of "småbørn").
_HEAD_MIN = 4
_FIRST_MIN = 3
# An everyday head may be this short ("ret" of "anvisningsret").
_SHORT_HEAD = 3
# The split starts after this many letters; a first part shorter than _FIRST_MIN is a prefix
# ("re" of "revurdering", "u" of "uenig") and needs no knowing.
_PREFIX_CHARS = 1


def _first_known(first: str, known: Callable[[str], bool]) -> bool:
    """Whether the archive knows a compound's first part: as written, without its linking "s"
    or "e", or as the word it derives from ("anvisnings" where the minutes say "anvise")."""
    bare = first[:-1] if first[-1] in "se" else first
    if known(first) or known(bare):
        return True
    return any(
        bare.endswith(e) and len(bare) - len(e) >= _FIRST_MIN and known(bare[: -len(e)])
        for e in DERIVING_ENDINGS
    )


def _head_foreign(word: str, known: Callable[[str], bool]) -> bool:
    """Whether no split of the compound into a first part and a head that the archive both
    knows exists ("medarbejder" + "parkering" when no minutes say "parkering"). A prefix
    ("re" of "revurdering") needs no knowing, its head only; a head that is everyday language
    ("vuggestue|plads", "anvisnings|ret") is no matter of its own, known or not: a small
    archive lacks most ordinary words."""
    # The index's own spelling ("ø", not "o"), as written and with "oe" read as "ø".
    forms = {f for w in {word, respell(word)} for t in analyze(w) for f in (w.lower(), t.stem)}
    for stem in forms:
        for i in range(_PREFIX_CHARS, len(stem) - _SHORT_HEAD + 1):
            first, head = stem[:i], stem[i:]
            if i < _FIRST_MIN:
                if len(head) >= _DERIVED_MIN and known(head):
                    return False
                continue
            if not (_first_known(first, known) or fold(first) in _NARROWING):
                continue
            if everyday_word(head):
                return False
            if len(head) < _HEAD_MIN:
                continue
            heads = {head, *(t.stem for t in analyze(head))}
            # "udbyg|ningen" where the minutes say "udbygges": a derivation, no compound.
            if any(known(h) or h in DERIVING_ENDINGS for h in heads):
                return False
    return True


def _unreadable(word: str, analysis: QuestionAnalysis, known: Callable[[str], bool] | None) -> bool:
    """Whether an English question's word, which the glossary gives no Danish for, cannot be
    looked for in Danish minutes: an ordinary English word, not a name, number or Danish word."""
    return (
        (not _checkable_english(word) or _sentence_initial(word, analysis.text))
        and not (
            # A long word the archive uses, written in an English question, is Danish
            # ("the strategibrev", "borgerservice") and checkable like a name; short
            # ones may be English words a Danish stem happens to spell ("area").
            len(word) >= 7 and known is not None and any(known(t.stem) for t in analyze(word))
        )
        # A Danish word no English one ("the policy on hjemmearbejde"), known or not, or one
        # English text knows only as a borrowed name ("the nordea foundation").
        and not (len(word) >= 5 and (danish_not_english(word) or more_danish_than_english(word)))
        # The minutes' own word, glossed in brackets: "the canteen scheme
        # (kantineordning)" names the matter as the minutes would. ("(gymnasium)" is
        # English too, and may be written otherwise in Danish minutes.)
        and not (_glossed(word, analysis.text) and not_english(word))
    )


def unread_words(
    analysis: QuestionAnalysis, known: Callable[[str], bool] | None = None
) -> tuple[str, ...]:
    """The English question's words that cannot be looked for in Danish minutes: no glossary
    entry, no name, number or Danish spelling ("recipe", "forecast")."""
    if analysis.language != "en":
        return ()
    out: dict[str, str] = {}
    for word in analysis.topic:
        key = word.lower()
        if key in out or word in analysis.verbs or not analyze(word):
            continue
        if _danish_alternatives(word, analysis.text) is None and _unreadable(word, analysis, known):
            out[key] = word
    return tuple(out.values())


def unread_weight(
    analysis: QuestionAnalysis,
    weights: Iterable[TopicWord],
    known: Callable[[str], bool] | None = None,
) -> float:
    """What the English question's words that cannot be looked for weigh in its topic, when
    every word that can is a name."""
    # A name or a number is checkable but says nothing of what is asked about it; a Danish
    # word in an English question ("øvrige sager") names the matter as the minutes do.
    if not all(name_or_number(t.word) for t in weights):
        return 0.0
    return UNREAD_WEIGHT * len(unread_words(analysis, known))


def _word_language(word: str, alternatives: list[str], analysis: QuestionAnalysis) -> str:
    # An English question's word the glossary put in Danish is looked up as Danish.
    return "en" if analysis.language == "en" and alternatives == [word] else "da"


# A word and the year or years of its version: "Byrådshøjskolen 2018", "Budgetforslag
# 2018-2021", "strategibrevet for 2018", "temadrøftelse fra november 2022".
# (A lookahead at each word start, so that "Proces for direktionens strategibrev 2018" is
# read at "strategibrev" too, not only at "Proces".)
_VERSION_RE = re.compile(
    r"\b(?=([^\W\d_]{4,})(?:[ \t]+[^\s.]+){0,8}?[ \t]+((?:19|20)\d{2})"
    r"(?:\s?[-–/]\s?((?:19|20)?\d{2}))?(?![\d/]))"
)


def _year_beside(year: int, held: list[TopicWord], meeting: Meeting, vocab: _Vocabulary) -> bool:
    """Whether the point is of the asked year: the meeting's year, the title's, or a sentence
    that writes the year beside a word of the matter the point holds."""
    text = str(year)
    if meeting.date.year == year or text in vocab.title:
        return True
    terms = [
        fold(t.stem)
        for w in held
        if not w.word.isdigit()
        for a in w.alternatives
        for t in analyze(a)
    ]
    sentences = vocab.sentences
    return any(
        any(text in forms for forms in words)
        # Beside: in the sentence or one next to it ("… Morgendagens børne- og ungeliv. De har
        # alle afsæt i de 6 anbefalinger Byrådet vedtog i april 2012").
        and any(
            _sentence_holds(terms, near, vocab)
            for near in sentences[max(0, i - _YEAR_REACH) : i + _YEAR_REACH + 1]
        )
        for i, words in enumerate(sentences)
    )


# A year stands beside the matter in its sentence or in one this many sentences away.
_YEAR_REACH = 1


def _names_month(month: tuple[int, int] | None, vocab: _Vocabulary) -> bool:
    """Whether the point names the month and year ("anbefalinger fra april 2012")."""
    if month is None or str(month[0]) not in vocab.terms:
        return False
    return any(
        t.stem in vocab.terms for name, n in MONTHS.items() if n == month[1] for t in analyze(name)
    )


def _names_season(start: date | None, end: date | None, vocab: _Vocabulary) -> bool:
    """Whether the dates asked are a season of a year (:data:`SEASONS`) and the point names
    that season and year ("forventes afsluttet i efteråret 2013")."""
    if start is None or end is None or start.year != end.year:
        return False
    months = (start.month, end.month)
    words = [w for w, span in SEASONS.items() if span == months]
    if not words or str(start.year) not in vocab.terms:
        return False
    return any(fold(t.stem) in vocab.terms for w in words for t in analyze(w))


def _versions_in(text: str, stems: set[str], asked: str = "") -> list[tuple[int, int]]:
    """The year ranges ``text`` writes after a word with one of ``stems``, or after the word
    ``asked`` is an inflection of."""
    out: list[tuple[int, int]] = []
    for m in _VERSION_RE.finditer(text):
        # The same word, or a compound of it ("budget 2018" in "budgetforslag 2018-2021").
        words = {fold(t.stem) for t in analyze(m.group(1))}
        surface = fold(m.group(1))
        # "budgettet for 2026" and the title's "Budget 2026": the stemmer cuts "budget" to
        # "budg" but not "budgettet", so the written word is compared too.
        inflected = len(surface) >= _INFLECTED_MIN and fold(asked).startswith(surface)
        if not inflected and not any(w.startswith(s) for w in words for s in stems):
            continue
        out.append(_year_span(m.group(2), m.group(3)))
    return out


def _year_span(first: str, end: str | None) -> tuple[int, int]:
    """The years a written year or range covers: "2018" → (2018, 2018), "2018-21" and
    "2018-2021" → (2018, 2021)."""
    start = int(first)
    last = (int(end) if len(end) == 4 else int(first[:2] + end)) if end else start
    return start, max(start, last)


_TITLE_YEARS_RE = re.compile(r"\b((?:19|20)\d{2})(?:\s?[-–/]\s?((?:19|20)?\d{2}))?(?![\d/])")


def _title_dates_otherwise(title: str, year: int) -> bool:
    """Whether a title names years ("Byrådshøjskolen 2018", "Budget 2019-2022") and
    ``year`` is none of them."""
    spans = [_year_span(m.group(1), m.group(2)) for m in _TITLE_YEARS_RE.finditer(title)]
    return bool(spans) and not any(a <= year <= b for a, b in spans)


def _version_holds(word: str, year: int, point: AgendaPoint, meeting_year: int) -> bool:
    """Whether the point is about the version of the thing the question dates
    ("byrådshøjskolen 2022"): its title does not name another version ("Byrådshøjskolen
    2018"), and the point writes the thing with that year or the meeting is of that year."""
    stems = {fold(t.stem) for t in analyze(word)}
    in_title = _versions_in(point.title, stems, word)
    if in_title and not any(a <= year <= b for a, b in in_title):
        return False
    if meeting_year == year or in_title:
        return True
    return any(
        a <= year <= b for sec in point.sections for a, b in _versions_in(sec.text, stems, word)
    )


# A written word this long or longer that starts the asked word is that word inflected.
_INFLECTED_MIN = 5


def _board_holds(board: str, strict: bool, meeting: Meeting, vocab: _Vocabulary) -> bool:
    if board.isupper():
        # Initials that decided ("hvad besluttede ISU"): this meeting's board is theirs when
        # it writes them ("Social- og Sundhedsudvalget (SSU)") or they are its initials.
        return fold(board) in board_initials(meeting.board)
    if names_board(meeting.board, board):
        return True
    if strict:
        return False
    tokens = analyze(board)
    # The point names the board, or writes its initials: "ØU" for Økonomiudvalget, "BUU" for
    # Børne- og Ungeudvalget (a letter for each part of each word).
    initials = "".join(p[0] for t in tokens for p in (t.pieces or (t.stem,)) if p)
    return all(term_in(fold(t.stem), vocab) for t in tokens) or (
        len(initials) >= 2 and fold(initials) in vocab.terms
    )


@functools.lru_cache(maxsize=1024)
def board_initials(name: str) -> frozenset[str]:
    """The initials a board goes by: those it writes in capitals ("(SSU)") and a letter for
    each part of each word ("Børne- og Ungeudvalget" → "buu"), folded."""
    written = {fold(w) for w in re.findall(r"\b[A-ZÆØÅ]{2,6}\b", name)}
    tokens = analyze(re.sub(r"\([^)]*\)", " ", name))
    parts = "".join(p[0] for t in tokens for p in (t.pieces or (t.stem,)) if p)
    return frozenset(written | {fold(parts)})


_SPEAKING_NOUNS = frozenset(fold(t.stem) for w in SPEAKING_NOUNS for t in analyze(w))
_SPEAKING_STEMS = frozenset(fold(t.stem) for w in SPEAKING_WORDS for t in analyze(w))
_SPEAKING_STEMS |= _SPEAKING_NOUNS
# How many words after a speaker's name the word of saying may stand ("Forligskredsen har
# ikke tilsluttet sig" is four apart), and how many before it a noun of saying may.
_SPEAKING_AFTER = 4
_SPEAKING_BEFORE = 2
_WORD_RE = re.compile(r"[^\W\d_][\w-]*")
# Where a clause ends: punctuation, or a word that opens the next clause ("afklares via
# forligskredsen, og at Økonomiudvalget orienteres": the committee is informed, not the
# forligskreds speaking).
_CLAUSE_BREAK_RE = re.compile(r"[,;:.!?()\n]")
_CLAUSE_OPENERS = frozenset("at og men eller som der hvor når hvis fordi samt".split())


def _speaks(speaker: str, weights: list[TopicWord], meeting: Meeting, point: AgendaPoint) -> bool:
    """Whether the point records ``speaker`` saying, deciding or advising something: their
    name, then in the same clause a word of saying ("Forligskredsen tilsluttede sig …",
    "Ældrerådets høringssvar …"), or a noun of saying, then their name ("høringssvar fra
    Ældrerådet"); or they are the meeting's board. A clause that only names them ("drøftes med
    chefforum") does not say what they said; nor does a passive verb ("orienteres")."""
    words = next((t.alternatives for t in weights if t.word.lower() == speaker.lower()), [speaker])
    terms = {fold(t.stem) for w in words for t in analyze(w)}
    if any(fold(meeting.board).startswith(term) for term in terms if len(term) >= 3):
        return True
    text = point.title + "\n" + point.text
    tokens = list(_WORD_RE.finditer(text))
    stems = [{fold(t.stem) for t in analyze(m.group(0))} for m in tokens]

    def saying(k: int, nouns_only: bool) -> bool:
        surface = tokens[k].group(0).lower()
        if surface.endswith("es") and surface not in SPEAKING_WORDS:
            return False  # a passive: someone else acts on them
        return bool(stems[k] & (_SPEAKING_NOUNS if nouns_only else _SPEAKING_STEMS))

    def joined(a: int, b: int) -> bool:
        """Whether tokens a < b stand in one clause."""
        gap = text[tokens[a].end() : tokens[b].start()]
        return not _CLAUSE_BREAK_RE.search(gap) and not any(
            tokens[k].group(0).lower() in _CLAUSE_OPENERS for k in range(a + 1, b)
        )

    for i, forms in enumerate(stems):
        if not any(_same_word(term, f, frozenset()) for f in forms for term in terms):
            continue
        for k in range(i + 1, min(len(tokens), i + 1 + _SPEAKING_AFTER)):
            if not joined(i, k):
                break
            if saying(k, nouns_only=False):
                return True
        for k in range(i - 1, max(-1, i - 1 - _SPEAKING_BEFORE), -1):
            if not joined(k, i):
                break
            if saying(k, nouns_only=True):
                return True
    return False


_ABOUT_RE = re.compile(ABOUT_CUES, re.IGNORECASE)
# What may follow "om" when it says no subject: a preposition or function word ("søge om til"),
# a time ("om morgenen").
_NO_SUBJECT_AFTER = PREPOSITIONS | STOP_WORDS | TIME_AFTER_OM


@lru_cache(maxsize=1024)
def _head_word(question: str, words: tuple[str, ...]) -> str | None:
    """The topic word that names the matter a question asks about when it asks "hvad blev
    besluttet om X" / "what was decided on X" (no topic word right before "om"): the first
    topic word after it, the head of the phrase ("p-afgift for ansatte ved rådhuset"); None
    for other questions. The same for every point checked: computed once."""
    x = next(_abouts(question), None)
    if x is None or any(question[: x.start()].lower().endswith(w.lower()) for w in words):
        return None
    after = question[x.end() :].lower()
    spots = [
        (m.start(), w)
        for w in words
        if (m := re.search(rf"\b{re.escape(w.lower())}\b", after)) is not None
    ]
    return min(spots)[1] if spots else None


def _abouts(question: str) -> Iterator[re.Match[str]]:
    """The question's "om"/"about" that say what something is about: not the particle of a
    verb before a preposition ("søgt egmontfonden om til sprogprojektet"), nor "om" before a
    time ("om morgenen")."""
    return (
        x
        for x in _ABOUT_RE.finditer(question)
        if question[x.end() :].split(" ", 1)[0].lower().strip("?.,") not in _NO_SUBJECT_AFTER
    )


@lru_cache(maxsize=1024)
def _placed_words(
    question: str, words: tuple[str, ...], places: tuple[str, ...]
) -> tuple[tuple[str, str], ...]:
    """Pairs of the question's topic ``words`` and ``places`` where the second says where the
    first is: "åbningstiderne i borgerservice", "pladserne på Solgården", "opening hours at the
    town hall" — a thing, a preposition of place, the place (an article between)."""
    out: list[tuple[str, str]] = []
    for thing in words:
        for place in places:
            if thing == place:
                continue
            pattern = (
                rf"\b{re.escape(thing)}\s+(?:i|på|hos|at)\s+(?:(?:den|det|de|the)\s+)?"
                rf"{re.escape(place)}\b"
            )
            if re.search(pattern, question, re.IGNORECASE):
                out.append((thing, place))
    return tuple(out)


@lru_cache(maxsize=1024)
def _subject_words(question: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """Of the question's topic ``words`` (verbs left out), those that say what a thing the
    question names first is about ("ansøgning til Egmontfonden om *ensomhed blandt ældre*"):
    those after "om"/"about" when a topic word stands right before it; none otherwise ("hvad
    besluttede de om X" names X alone). The same for every point checked: computed once."""
    # "søgt egmontfonden om til sprogprojektet": "om" before a preposition is the verb's
    # particle ("søge om"); "om morgenen" says when. The thing named stands right before it.
    m = next(
        (
            x
            for x in _abouts(question)
            if any(question[: x.start()].lower().endswith(w.lower()) for w in words)
        ),
        None,
    )
    if m is None:
        return ()
    before = question[: m.start()].lower()
    after = question[m.end() :].lower()
    return tuple(
        w
        for w in words
        if re.search(rf"\b{re.escape(w.lower())}\b", after)
        and not re.search(rf"\b{re.escape(w.lower())}\b", before)
    )


# The noun after "hvilke"/"which" names the kind of answer, not the matter: missing from a
# point that holds this many other distinctive words of the question, it costs this share.
_KIND_BESIDE = 2
ANSWER_KIND_COST = 0.25
_ANSWER_KIND_RE = re.compile(r"\b(?:hvilke|hvilken|hvilket|which|what)\s+([^\W\d_]+)", re.I)


@lru_cache(maxsize=1024)
def _answer_kind(question: str, words: tuple[str, ...]) -> str | None:
    """The topic word that names the kind of answer asked for ("hvilke *rejsemål* …"), or
    None. The same for every point checked: computed once."""
    m = _ANSWER_KIND_RE.search(question)
    if m is None:
        return None
    return next((w for w in words if w.lower() == m.group(1).lower()), None)


def check_point(
    analysis: QuestionAnalysis,
    meeting: Meeting,
    point: AgendaPoint,
    weights: Iterable[TopicWord],
    *,
    with_header: bool = False,
    meant: frozenset[str] = frozenset(),
    unread: float = 0.0,
) -> Evidence:
    """Check one point against the question's constraints and topic.

    Args:
        analysis: the question, analysed.
        meeting: the point's meeting.
        point: the candidate point.
        weights: :func:`topic_weights` of the question (computed once per question).
        with_header: also count the meeting header (venue, attendees) as covering the topic,
            for questions about the meeting itself.
        meant: topic words the archive never uses that the point says in other words (found
            by meaning, see ``ExtractiveAnswerer``): covered.

    Returns:
        The evidence: whether the constraints hold, and how much of the topic the point covers.
    """
    vocab = _with_board(point_vocabulary(point), meeting.board)
    home = home_names(meeting)
    if home:
        vocab = _with_terms(vocab, home)
    if with_header:
        vocab = _with_header(vocab, meeting)
    c = analysis.constraints
    failed: list[str] = []
    if point.closed:
        failed.append("closed")
    # "in 2018" holds in a point of 2017 that names 2018 (what it is about is that year's).
    dated = list(_MEETING_YEAR_RE.finditer(analysis.text))
    meeting_years = {int(m.group(1) or m.group(2) or m.group(3)) for m in dated}
    month_dated = {int(m.group(1)) for m in dated if m.group(1)}
    named_year = any(
        str(y) in vocab.terms
        for y in c.whole_years
        # A year the point's title gives is what it is about, though the question dates a
        # decision by it ("… byrådshøjskolen for det nye byråd i 2018"); not a meeting dated to
        # its month ("direktionens møde i december 2018 - hvordan gik byrådshøjskolen").
        if y not in meeting_years or (str(y) in vocab.title and y not in month_dated)
    ) or (not month_dated and _names_month(analysis.month_spoken_of, vocab))
    # "hvad skal der ske i efteråret 2013" holds in May's point that plans "i efteråret 2013".
    named_year = named_year or _names_season(c.date_from, c.date_to, vocab)
    # "d. 23/1-23" holds in a point whose decision the minutes date that day.
    decided = c.date_from is not None and any(
        s.decision_date and c.date_from <= s.decision_date <= (c.date_to or s.decision_date)
        for s in point.sections
    )
    # "hvornår … i maj 2013" holds in April's point that plans "13. maj kl. 13-14"; "… in
    # autumn 2013" in May's point that plans "10. september".
    ahead = analysis.wants("when") and any(
        writes_day_ahead(point.text, meeting.date, month) for month in c.months_spanned
    )
    decided = decided or ahead
    if c.date_from is not None and meeting.date < c.date_from and not (named_year or decided):
        failed.append("date")
    if c.date_to is not None and meeting.date > c.date_to and not (named_year or decided):
        failed.append("date")
    elif (
        c.months
        and (meeting.date.year, meeting.date.month) not in c.months
        and not named_year
        and not any(
            s.decision_date and (s.decision_date.year, s.decision_date.month) in c.months
            for s in point.sections
        )
        and "date" not in failed
    ):
        # "i januar og maj 2013": April's meeting lies between the months asked, not in one.
        failed.append("date")

    def year_holds(year: int) -> bool:
        if meeting.date.year == year:
            return True
        if year in meeting_years:
            # "hvad besluttede direktionen om udbudsstrategien i 2015": the meeting's year, a
            # decision the point dates that year, or a point its title dates so
            # ("Byrådshøjskolen 2018" for "… byrådshøjskolen for det nye byråd i 2018"); a goal
            # "i 2015" in a 2013 point is not it.
            return str(year) in vocab.title or any(
                s.decision_date and s.decision_date.year == year for s in point.sections
            )
        return str(year) in vocab.terms

    missed_years = [
        year
        for year in c.years
        if not year_holds(year)
        and not any(year in season and any(year_holds(y) for y in season) for season in c.seasons)
    ]
    if not (c.any_year and len(missed_years) < len(c.years)):
        failed.extend(f"year {year}" for year in missed_years)
    for board, strict in c.boards or ((c.board, c.board_strict),) if c.board else ():
        if not _board_holds(board, strict, meeting, vocab):
            failed.append(f"board {board}")
    weights = list(weights)
    if analysis.speaker and not _speaks(analysis.speaker, weights, meeting, point):
        failed.append(f"speaker {analysis.speaker}")
    if c.case_number and not case_agrees(point.case_number, c.case_number):
        failed.append(f"case {c.case_number}")
    for name in c.names:
        # A name the question writes ("Lindholm Fonden", "Rambøll") that is no everyday word
        # must stand in the point: another firm's or person's point does not answer it.
        if "-" in name and not name.split("-")[-1][:1].isupper():
            continue  # "HR-nøgletalsrapport", "ØU-mødet": a compound, no name
        if _word_cover(name, vocab) < 1.0 and not _everyday_either(name):
            failed.append(f"name {name}")
    for word, year in c.versions:
        if analysis.language == "en" and not _word_covered(word, vocab):
            # "the strategy letter for 2018": an English word the point does not hold cannot
            # be looked for in Danish minutes; a Danish one it holds ("the strategibrev
            # 2020") must be that version. A point whose title dates it ("Byrådshøjskolen
            # 2018") is still that year's, not the asked year's ("the 2022 council school").
            if (
                meeting.date.year != year
                and _title_dates_otherwise(point.title, year)
                and f"year {year}" not in failed
            ):
                failed.append(f"year {year}")
            continue
        if not _version_holds(word, year, point, meeting.date.year):
            failed.append(f"version {word} {year}")
    total = covered = 0.0
    missing: list[str] = []
    near: list[str] = []
    held: list[TopicWord] = []
    # The point's title and body, for the checks that read its text as written.
    written = f"{point.title}\n{point.text}"
    covers = {
        t.word: 1.0
        if t.word in meant or _rate_written(t.word, written)
        else max(
            # A compound the archive writes elsewhere ("Byrådshøjskolen 2018") is not near a
            # point that writes only its first part ("Byrådets temadrøftelse").
            _word_cover(a, vocab, first_part=not t.archived)
            for a in (t.alternatives + list(t.english) if vocab.in_english else t.alternatives)
        )
        for t in weights
    }
    kind = _answer_kind(analysis.text, tuple(t.word for t in weights))
    distinct = sum(
        covers[t.word] == 1.0 and not t.verb and not t.everyday and t.word != kind for t in weights
    )
    if kind is None or covers[kind] == 1.0 or distinct < _KIND_BESIDE:
        kind = None
    for t in weights:
        cover = covers[t.word]
        if t.foreign_head and cover < 1.0:
            cover = 0.0
        if t.word == kind:
            # "hvilke rejsemål kunne de vælge imellem til studieturen": the noun after
            # "hvilke" names the kind of answer (the places listed), which the point need not
            # call so; the matter is the rest of the question, which the point holds.
            total += t.weight * ANSWER_KIND_COST
            missing.append(t.word)
            continue
        if cover == 1.0:
            held.append(t)
            total += t.weight
            covered += t.weight
        elif cover > 0:
            # Near the matter: counts in part, and the word is still missing.
            total += t.weight
            covered += t.weight * cover
            missing.append(t.word)
            near.append(t.word)
        else:
            total += t.weight * (MISSING_VERB_COST if t.verb else 1.0)
            missing.append(t.word)
            if _danish_named(t, analysis):
                # "the new opening hours at borgerservice": an English question that names a
                # thing by its Danish word names it as the minutes do, as a name; a point that
                # never writes it is about another thing's opening hours.
                failed.append(f"named {t.word}")
            if t.unknown:
                # "svømmehal", "vinterbekæmpelse": a matter no minutes of the archive name, and
                # no part of it stands in the point. However much of the rest of the question
                # the point holds ("hvad koster … på Solgården"), it is about something else.
                failed.append(f"unknown {t.word}")
    if total:
        total += unread
    coverage = covered / total if total else 1.0
    head = _head_word(analysis.text, tuple(t.word for t in weights if not t.verb))
    if held and head is not None and head in missing and head not in near:
        unheard = next(t for t in weights if t.word == head)
        if not unheard.archived and not unheard.unknown:
            # "hvad er besluttet om p-afgift for ansatte ved rådhuset": the matter named is a
            # word no minutes of the archive use, everyday or not; a point holding what it is
            # for ("ansatte", "rådhuset") is about something else.
            failed.append(f"head {head}")
    # The title dates the matter the question names ("Byrådshøjskolen 2018" for "the 2022
    # city council school (Byrådshøjskole)"): another year asked is another year's matter,
    # unless the meeting is of that year. (A title that dates something else, "Rapporter fra
    # nøgletalssarbejdet 2013", says nothing of the 2011 accounts the report gives.)
    title_stems = {fold(t.stem) for w in held if not w.word.isdigit() for t in analyze(w.word)}
    title_spans = _versions_in(point.title, title_stems) if title_stems else []
    dated_otherwise = [
        y
        for y in c.years
        if title_spans and meeting.date.year != y and not any(a <= y <= b for a, b in title_spans)
    ]
    if dated_otherwise and (len(dated_otherwise) == len(c.years) or not c.any_year):
        failed.extend(f"year {y}" for y in dated_otherwise if f"year {y}" not in failed)
    if held and c.years and not missed_years:
        # "What activities were planned for the 2022 council school": a point of 2023 that
        # writes "2022" in a sentence about something else is not about the asked year.
        # Where any year asked will do ("2022/23", "i 2013 eller 2017"), one beside does.
        beside = [_year_beside(year, held, meeting, vocab) for year in c.years]
        if not (any(beside) if c.any_year or c.seasons else all(beside)):
            failed.extend(f"year {y}" for y, ok in zip(c.years, beside, strict=True) if not ok)
    subject = _subject_words(analysis.text, tuple(t.word for t in weights if not t.verb))
    if held and subject and all(w in missing for w in subject):
        # "ansøgningen til Egmontfonden om ensomhed blandt ældre": the point holds the
        # application but none of what the question says it is about: another application.
        failed.append("subject")
    held_words = {t.word for t in held}
    # Only a place named by a word of its own, no everyday word: "i kraft", "på tværs", "hos
    # de små" say how or who, not where.
    placed = _placed_words(
        analysis.text,
        tuple(t.word for t in weights if not t.verb),
        tuple(t.word for t in weights if not t.verb and not t.everyday and t.weight > 0),
    )
    if any(
        thing in held_words and place in missing and place not in near for thing, place in placed
    ):
        # "har direktionen ændret åbningstiderne i borgerservice": the point holds opening
        # hours (Solgården's) but not the place the question puts them in: another place's.
        failed.append("place")
    # The matter's rarest words the point holds: what a figure, a time or a responsible one
    # must stand beside ("søgt om … 5.358.282 kr" beside "Egmontfonden"); "huskelisten" in
    # "… på huskelisten" is where a task stands, a recurring point's title, not the matter.
    source = {
        w.lower() for m in _SOURCE_RE.finditer(analysis.text) for w in _WORDS_RE.findall(m.group(1))
    }
    matter = [t for t in held if t.word.lower() not in source] or held
    # (A point written in English holds them by their English words too, as it covers them.)
    rarest = [
        a
        for t in sorted(matter, key=lambda t: -t.weight)[:_AMOUNT_WORDS]
        for a in (t.alternatives + list(t.english) if vocab.in_english else t.alternatives)
    ]
    if vocab.in_english and analysis.language == "en":
        # "how many cruise ships": in minutes written in English the counted words are the
        # point's own, glossary or not ("27 cruise calls").
        rarest += _counted_words(analysis.text)
    if held and asks_amount(analysis.text):
        # "hvad kostede nytårskuren": a point that names the reception but gives no number
        # beside it does not say what it cost.
        money = bool(_MONEY_Q_RE.search(analysis.text))
        # "hvad var Taxhusets samlede nettobudget": the figure of the sum the question names
        # ("nettobudget"), not any figure beside Taxhuset (its overspend).
        sums = [a for t in held if _AMOUNT_NOUN_RE.search(t.word) for a in t.alternatives]
        # "hvad bliver de nye dagstakster": a sum's compound the point holds only in part is
        # asked by its last part ("takster"), which must stand beside the figure.
        sums += [
            m.group(0)
            for w in near
            if _AMOUNT_NOUN_RE.search(w)
            for m in [_SUM_HEAD_RE.search(w)]
            if m is not None
        ]
        purpose = _SUM_FOR_RE.search(analysis.text)
        # "hvor mange konsulenter skal deltage i det 3 dages kursusforløb": the question's own
        # number is no answer; a sentence that gives only it gives nothing asked.
        vocab = replace(vocab, quantities=_unasked(vocab, analysis.text))
        if not _quantity_beside(rarest, vocab, money) and not _quantity_among(matter, vocab, money):
            failed.append("amount")
        elif sums and not _quantity_beside(sums, vocab, money, heads=True):
            failed.append("amount")
        elif money and not sums and _sums_of_another(rarest, point, analysis.text, vocab):
            failed.append("amount")
        elif purpose and _purposes(analysis.text, purpose) <= {m.lower() for m in missing}:
            # "hvad er budgettet for byggeriet af det nye rådhus": the sum is for what follows
            # "for"; a point that never names the building work gives another sum (the town
            # hall's furniture pool), whatever else of the question it holds. Of two sums
            # asked ("set aside for recruitment and for sick leave") either is asked.
            failed.append("amount")
        elif asks_count(analysis.text) and not (
            _quantity_beside(rarest, counting := _counting(vocab), False)
            or _quantity_among(matter, counting, False)
        ):
            # "how many employees work at Taxhuset": the sums of money beside the matter (its
            # budget, its overspend) count nothing; a headcount is a figure of another kind.
            failed.append("amount")
        elif (
            asks_count(analysis.text)
            and (noun := _counted_noun(analysis.text, held)) is not None
            and _counts_another(noun, written)
        ):
            # "hvor mange medarbejdere deltog i workshoppene": "der har været afholdt 2
            # workshops med nøglemedarbejdere" counts the workshops, not who took part.
            failed.append("amount")
        elif not _measure_given(analysis.text, written):
            # "how many hours a week will the new Jobbutik be staffed": a point about the
            # Jobbutik that gives no figure in hours does not say it, whatever else it counts.
            failed.append("amount")
        elif (
            (counted := _counted(analysis.text, held))
            # In the question's language only: "unge" is held by "young people" through the
            # glossary, which the words beside a figure are not compared through.
            and vocab.in_english == (analysis.language == "en")
            and not _beside(list(counted.alternatives), vocab, vocab.quantities)
        ):
            # "hvor mange elever fra 8. klasse skal deltage i workshoppen": the count is of
            # pupils; a point that counts the workshops ("én workshop") and writes no figure
            # beside the pupils but the question's own grade does not say how many. Only where
            # the question writes a figure of its own: without one, a count beside another
            # word for the same people ("70 borgere" for "hvor mange brugere") may answer.
            failed.append("amount")
    if (
        held
        and "amount" not in failed
        and _RATE_ASKED_RE.search(analysis.text)
        and not _RATE_GIVEN_RE.search(written)
    ):
        # "hvad bliver den nye dagstakst for en plads på Solgården": a point that gives the
        # budget's total and the cut in percent, but no price per day or place, does not
        # say the rate.
        failed.append("amount")
    # "hvornaar faar vi svar": the verbs as they are spelled with æ, ø and å.
    spelled = respell(analysis.text)
    if (
        held
        and analysis.intent == "when"
        and (_FUTURE_Q_RE.search(spelled) or _RECEIVED_RE.search(spelled))
    ):
        # "hvornår kommer planen til direktionen": a point that says a plan will come but
        # not when does not answer. The time stands beside one of the rarest words the point
        # holds, or the point is about the matter (its title) and says when anywhere.
        # "hvornår forventer kommunen at få svar fra Egmontfonden": the time asked is the
        # time of what is to be received (an answer), which a point that never names it does
        # not give, whatever dates it gives the application.
        lacked = [w for w in _RECEIVED_RE.findall(spelled) if w in missing and w not in near]
        # "when will the foundation reply": an English question's verb of answering is no
        # topic word (it cannot be checked in Danish), but a point that never speaks of an
        # answer ("svar", "høringssvar"; not "aldersvarende") does not say when one comes.
        unanswered = bool(_REPLY_Q_RE.search(analysis.text)) and not any(
            _ANSWER_WORD_RE.search(w) for w in vocab.surfaces
        )
        if not _time_beside(rarest, vocab) or lacked or unanswered:
            failed.append("time")
    if (
        held
        and "time" not in failed
        and _TIMES_ASKED_RE.search(spelled)
        and not _TIMES_GIVEN_RE.search(written)
    ):
        # "hvilke dage og tidspunkter kan man bruge genbrugspladsen": a point about the
        # recycling site that names no day or hour does not say when it is open.
        failed.append("time")
    if (
        held
        and "time" not in failed
        and _FREQUENCY_ASKED_RE.search(spelled)
        and not _beside(rarest, vocab, vocab.frequencies)
    ):
        # "hvor tit bliver porteføljelisten opdateret": a point that names the list ("bilag:
        # opdateret porteføljeliste") but says no "hvert halve år" beside it does not say how
        # often.
        failed.append("time")
    if held and _DAY_ASKED_RE.search(analysis.text) and not _day_beside(rarest, point, vocab):
        # "on what exact date is the inspiration fair held": "afholdes ultimo april" gives
        # the month, not the day asked for.
        failed.append("time")
    if held and not durations_given(analysis.text, point):
        # "how many consultants are signed up for the 3-day course": a point about a course
        # that never says three days is about another course.
        failed.append("figure")
    if (
        held
        and _OUTCOME_Q_RE.search(analysis.text)
        and not any(f.startswith(OUTCOME_WORDS) for f in vocab.terms)
        and not _allotted(rarest, point, vocab)
    ):
        # "fik vi pengene fra fonden?": a point that describes the application but records
        # no grant or refusal does not say how it went.
        failed.append("outcome")
    if held and _REJECTION_Q_RE.search(analysis.text):
        # Beside any word of the matter: "which of the proposed innovation initiatives" is
        # turned down item by item ("Nej til Ledernetværk om innovation"), not by the rarest
        # word of the question ("initiatives").
        matter_words = [a for t in held if not t.verb for a in t.alternatives]
        if not _beside(matter_words, vocab, vocab.refusals):
            # "hvilke af forslagene om innovation sagde direktionen nej til": a point that
            # approves or discusses the proposals, with no "nej" or "afvist" beside them,
            # turned none down.
            failed.append("rejection")
    if held and _RESOLUTION_Q_RE.search(analysis.text):
        resolved = tuple(
            any(
                f.startswith(RESOLUTION_WORDS) or f in RESOLUTION_STEMS
                for forms in sentence
                for f in forms
            )
            for sentence in vocab.sentences
        )
        # Beside a word of the matter in one sentence: a title that names the matter is no
        # record that it was settled (a decision elsewhere in the point may be on another part).
        # Not a board's name: "byrådets studietur" is about the trip; the council's election
        # ("valg til Byrådet") settles nothing about it.
        terms = [
            fold(x.stem)
            for t in held
            # An English question's "council" stands for "byrådet": a board's name either way.
            if not any(_BOARD_WORD.fullmatch(w) for w in (t.word, *t.alternatives))
            for a in t.alternatives
            for x in analyze(a)
            # The asking verb itself ("valgt", "løst") is no matter.
            if not (fold(x.stem).startswith(RESOLUTION_WORDS) or fold(x.stem) in RESOLUTION_STEMS)
        ]
        chosen = _ANSWER_KIND_RE.search(analysis.text)
        chosen_words = [
            fold(x.stem)
            for t in held
            if chosen and t.word.lower() == chosen.group(1).lower()
            for a in t.alternatives
            for x in analyze(a)
        ]
        beyond_title = [t for t in terms if t not in vocab.title]
        if chosen_words:
            # "hvilken studietur valgte de": the kind of thing chosen stands beside the choice
            # (the programme the trip is part of was approved; the trip was not chosen).
            terms = chosen_words
        elif _CHOICE_Q_RE.search(analysis.text) and beyond_title:
            # "hvilken by valgte de til studieturen i byrådshøjskolen": the choice stands beside
            # what it is for ("studieturen"), not beside the point's own matter, approved.
            terms = beyond_title
        # A sentence that offers options ("forskellige valgmuligheder vedr. studietur") has
        # settled none of them, whatever decision introduces it.
        offered = tuple(
            any(f.startswith(OPTION_WORDS) for forms in sentence for f in forms)
            for sentence in vocab.sentences
        )
        if not any(
            mark and not option and _sentence_holds(terms, forms, vocab)
            for mark, option, forms in zip(resolved, offered, vocab.sentences, strict=True)
        ):
            # "hvad blev løsningen på problemet med løn under merituddannelsen": a point that
            # records the problem as discussed, with no decision or agreement beside it, does
            # not say how it was solved.
            failed.append("resolution")
    if (
        held
        and _DISCUSSION_OUTCOME_RE.search(analysis.text)
        and _only_discussed(held, vocab)
        # "Intet til referat.": the minutes say in so many words that nothing came of it to
        # record, which is what came of it.
        and not any(_NOTHING_RECORDED_RE.search(s.text) for s in point.decisions)
    ):
        # "hvad blev udfaldet af drøftelsen om løn til pædagoger": the point records that the
        # matter was discussed, and nothing that came of it.
        failed.append("outcome")
    if held and _ADDRESS_Q_RE.search(analysis.text) and not _ADDRESS_RE.search(point.text):
        # "hvor skal rådhuset bygges, hvilken adresse?": a point about the town hall that
        # writes no address does not say where.
        failed.append("address")
    if (
        held
        and _RESPONSIBLE_Q_RE.search(analysis.text)
        and not _responsible_beside(rarest, point, vocab)
    ):
        # "hvem er ansvarlig for forenkling af styringsværktøjer": a list whose row names the
        # matter with its "Ansvarlig" cell empty does not say who.
        failed.append("responsible")
    kind = name_asked(analysis.text) if held else None
    if kind and not _name_beside(
        kind, [a for t in held for a in t.alternatives], vocab, analysis.text
    ):
        # "hvilket konsulentfirma skal levere temadagene": a point about the theme days that
        # names no firm does not say which.
        failed.append("name")
    return Evidence(
        meeting_id=meeting.meeting_id,
        punkt=point.number,
        holds=not failed,
        coverage=coverage,
        missing=tuple(missing),
        failed=tuple(failed),
        near=tuple(near),
    )


def joint_coverage(a: Evidence, b: Evidence, weights: Iterable[TopicWord]) -> float:
    """The share of the topic two points cover together: a question that asks about two
    matters at once ("hvor mange penge gav budgetforliget til hhv. rekruttering og
    sygefravær") is answered by the two points that hold one each."""
    total = lost = 0.0
    for t in weights:
        cost = t.weight * (MISSING_VERB_COST if t.verb else 1.0)
        total += t.weight
        if t.word in a.missing and t.word in b.missing:
            lost += cost
            total += cost - t.weight
    return 1.0 - lost / total if total else 1.0
