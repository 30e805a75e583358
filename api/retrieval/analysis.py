"""Question analysis, done once: language, intent, the constraints a question states and its topic.

The result travels with the search result (``SearchResult.analysis``), so answering never reads
the question again to guess its language or what it asks for. Nothing here looks at the
archive: whether a constraint holds or a topic is covered is decided against the cited point
(api.answering.evidence).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from api.retrieval.question import (
    MEETING_WORD,
    SearchFilters,
    after_month_of_year,
    detect_language,
    find_date_spans,
    full_date_at,
    full_year,
    month_meeting_spans,
    month_range,
)
from indexer.language import (
    ACRONYM_DECIDES,
    ASKER_CONTEXT,
    ASKING_PHRASES_RE,
    ASKING_VERBS_RE,
    ASKING_WORDS,
    BOARD_ABBREVIATIONS,
    BOARD_DESTINATION_CUES,
    BOARD_WORD_RE,
    DANISH_ONLY_MONTHS,
    ENGLISH_BOARDS,
    ENGLISH_COMMITTEE_PARTS,
    GREETINGS,
    INTENT_CUES,
    INTERROGATIVE_CUES,
    LIST_ASKING_CUES,
    MONTH_ALTERNATION,
    MONTH_PART_PHRASES,
    MONTH_PART_WORDS,
    MONTHS,
    NAME_ASKED_CUES,
    NOT_SPEAKERS,
    OCCASION_ASKED_RE,
    OCCASION_RE,
    PREPOSITIONS,
    QUESTION_ADVERBS,
    QUESTION_WORDS,
    SECOND_QUESTION_RE,
    SINCE_YEAR_CUES,
    SPEAKER_CUES,
    STOP_WORDS,
    STRONG_PAST_VERBS,
    WEEKDAYS,
    WHICH_ITEMS_CUES,
    YES_NO_OPENERS,
    fold,
    respell,
)
from indexer.models import case_key

Intent = Literal[
    "decision",
    "fact",
    "who",
    "when",
    "list",
    "attendance",
    "overview",
    "case_status",
    "point_lookup",
    "free",
]
# When several intents' cue words match, the first in this order wins: the structural ones are
# answered from the archive's structure, so they go before the kinds of text answer.
INTENT_ORDER: tuple[Intent, ...] = (
    "case_status",
    "point_lookup",
    "attendance",
    "overview",
    "decision",
    "who",
    "when",
    "fact",
    "list",
)
_CUES = {intent: re.compile(INTENT_CUES[intent], re.IGNORECASE) for intent in INTENT_ORDER}
_SINCE_YEAR_RE = re.compile(SINCE_YEAR_CUES, re.IGNORECASE)
_ABOUT_RE = re.compile(
    r"\b(?:on|om|about|vedr\.?|vedrørende|angående|regarding|concerning)\b", re.IGNORECASE
)
# A Danish verb after an auxiliary and its subject: "blev der oprettet", "skal processen
# køre", "skal hjemmeplejen revurderes" (infinitive, passive or participle). The subject is
# required: right after the auxiliary, a word in -e or -et is as often a noun ("har letbane",
# "er projektet").
_MODAL = r"(?:skal|skulle|kan|kunne|vil|ville|må|måtte|bør|burde)"
_AUXILIARY = r"\b(?:" + _MODAL + r"|blev|bliver|er|var|har|havde)"
_VERB_AFTER_AUX = re.compile(
    _AUXILIARY + r"\s+[^\W\d_]+\s+([a-zæøå]{3,}(?:e|es|et|t|ede|te))\b", re.IGNORECASE
)
# The finite verb right after a question word ("hvornår begynder", "hvad mente"), an
# infinitive after "at" and one joined to it ("at salte og rydde").
_VERB_AFTER_QUESTION_WORD = re.compile(
    r"\b(?:hvornår|hvorfor|hvordan|hvad|hvem|hvor)\s+([a-zæøå]{3,}(?:er|ede|te|es))\b",
    re.IGNORECASE,
)
_INFINITIVE = re.compile(
    r"\bat\s+([a-zæøå]{2,}e|[a-zæøå]{1,2}å)\b(?:\s+og\s+([a-zæøå]{2,}e|[a-zæøå]{1,2}å)\b)?"
)
# A passive in -es may stand after a longer subject: "skal cykelstierne langs Skovmarken
# ryddes" (few nouns end in -es).
_PASSIVE_AFTER_AUX = re.compile(
    _AUXILIARY + r"(?:\s+[^\W\d_]+){1,3}\s+([a-zæøå]{3,}es)\b", re.IGNORECASE
)
# An infinitive that ends a question led by a modal verb, after its subject: "hvornår skal
# den årlige redegørelse udkomme?" (Danish puts the main verb last there).
_FINAL_INFINITIVE = re.compile(
    r"\b" + _MODAL + r"(?:\s+[^\W\d_]+){1,6}\s+([a-zæøå]{3,}e)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# An overview cue with its object after it: "oversigt over X", "overview of X", "what was on
# the X". When X is a matter ("de store tværgående projekter", "the programme for the seminar")
# and not the meeting, the question asks about that thing.
_CUE_OBJECT = re.compile(
    r"\b(?:oversigt\w*|overblik\w*) over\b|\boverview of\b|"
    r"\bwhat was on\b(?!\s+(?:[\w']+\s+){0,3}agenda\b)",
    re.IGNORECASE,
)
# "which agenda item was X discussed under", "hvilke punkter handlede om X": a question for
# the point(s) that took up a matter it names after the cue, not for the whole meeting.
_WHICH_ITEMS = re.compile(WHICH_ITEMS_CUES, re.IGNORECASE)
# "på mødet i maj 2013": where an overview cue names the meeting after a matter.
_AT_THE_MEETING = re.compile(r"\bp(?:å|aa) mødet (?:den|i)\b", re.IGNORECASE)
# Matter words after the cue that make it a thing (words that name no meeting, board or
# decision): one may be a place's name or a filler ("mid january", "full-day").
_CUE_OBJECT_WORDS = 2
# Words that name the meeting or what it did, not a matter: after an overview cue they leave
# the question an overview ("overblik over direktionsmødet", "overview of decisions at …").
_MEETING_OBJECT = re.compile(
    r"(?:møde|moede|meeting|dagsorden|agenda|beslutning|decision|punkt|point|item|sag|"
    r"referat|minutes|behandl|dealt|besluttede|decided|dato|date|"
    # The board that met: "an overview of what the directorate decided at the seminar".
    r"direktion|directorate|directors|board|udvalg|committee|byråd|council)",
    re.IGNORECASE,
)
_SEMINAR_RE = re.compile(r"(?:[^\W\d_]+s)?seminar(?:et|er|erne|s)?", re.IGNORECASE)
# What may follow a meeting word within the word itself and leave it one: an inflection
# ("mødet", "punkterne", "decisions") or, after a linking "s", another meeting word
# ("direktionsmødet", "dagsordenspunkt"). "byrådshøjskolen" is a school the council runs and
# "mødeplan" a plan: compounds whose head is no meeting word name a matter.
_MEETING_ENDING = re.compile(
    r"(?:s|'s|’s|e|en|et|er|ere|ene|erne|ens|ets|t|r|rne|ne|n|ede|es|ed|ing|ings|ingen|inger|ingerne)?"
)


def _meeting_object(word: str) -> bool:
    """Whether ``word`` names the meeting, its board or what it did, not a matter."""
    m = _MEETING_OBJECT.match(word)
    if m is None:
        return False
    rest = word[m.end() :]
    if _MEETING_ENDING.fullmatch(rest):
        return True
    rest = rest[1:] if rest[:1] in ("s", "e") else rest
    return _meeting_object(rest)


def _matter_words(
    topic: Sequence[str], topic_at: Sequence[tuple[int, int]], start: int = 0, end: int = -1
) -> int:
    """How many topic words standing in ``[start, end)`` of the question (``end`` -1: to its
    end) name a matter, not the meeting, its board or what it did."""
    return sum(
        not _meeting_object(w)
        for w, (a, _) in zip(topic, topic_at, strict=True)
        if a >= start and (end < 0 or a < end)
    )


# How an English question says that decisions were made, beside the meeting words above:
# "what decisions were made at the meeting on 30 April 2013" names no matter. (Danish
# "truffet" is an asking word: indexer.language.ASKING_WORDS.)
_DECIDING = frozenset({"made", "taken"})
# A passive anywhere ("forventes", "flyttes"): few Danish nouns end in -es.
_PASSIVE = re.compile(r"\b[a-zæøå]{4,}es\b")
_ABOUT_A_POINT = re.compile(
    r"\b(?:punktet|(?:punkt|pkt)\.?\s+om|under\s+(?:punktet|pkt)|the item|this item)\b"
    # "hvem var med under drøftelsen af digitaliseringsstrategien": one matter's discussion.
    r"|\b(?:under|ved|i)\s+(?:drøftelsen|behandlingen|gennemgangen|præsentationen)\s+af\b"
    r"|\b(?:during|in|for)\s+the\s+(?:discussion|presentation|item)\s+(?:of|on|about)\b"
    # "hvem var med da direktionen snakkede borgerservice", "who was there when they discussed
    # the budget": the time one matter was taken up.
    r"|\bda\s+(?:\w+\s+){1,2}?(?:drøftede|snakkede|talte|behandlede|diskuterede|gennemgik)\b"
    r"|\bwhen\s+(?:\w+\s+){1,2}?(?:discussed|talked|debated|reviewed|considered)\b"
    # "hvem sad i arbejdsgruppen": the members of a group the point names, not the meeting's.
    r"|\bhvem\s+(?:sad|var|deltog)\s+(?:med\s+)?i\s+\w*(?:gruppe|gruppen|forum|forummet|"
    r"netværk|netværket|panel|panelet)\b"
    r"|\bwho\s+(?:sat|was|were)\s+(?:on|in)\s+the\s+(?:\w+\s+)?(?:group|panel|task force)\b",
    re.IGNORECASE,
)
_INTERROGATIVES: dict[Intent, re.Pattern[str]] = {
    "when": re.compile(INTERROGATIVE_CUES["when"], re.IGNORECASE),
    "who": re.compile(INTERROGATIVE_CUES["who"], re.IGNORECASE),
    "fact": re.compile(INTERROGATIVE_CUES["fact"], re.IGNORECASE),
}
_YES_NO_RE = re.compile(rf"^\s*(?:{'|'.join(YES_NO_OPENERS)})\b", re.IGNORECASE)

# 12/32140, 12 / 32140, sag 12-32140, sagsnr. 12.32140 -> 12/32140; 330-2018-3619 (a journal
# number in another municipality's scheme) is kept as written.
_CASE_SLASH = re.compile(r"(?<![\d/.,-])(\d{2})\s?/\s?(\d{3,6})(?![\d/])")
_CASE_AFTER_WORD = re.compile(
    r"\b(?:sag(?:en|snr\.?|snummer|snummeret)?|case(?:\s+(?:no\.?|number))?)\s*(?:nr\.?\s*)?"
    r"(\d{2})[-.](\d{3,6})(?![\d/.-])",
    re.IGNORECASE,
)
# 330-2018-3619 (a journal number in another municipality's scheme), also typed with / or .
_JOURNAL_NUMBER = re.compile(r"(?<![\d/.-])(\d{2,3}([-/.])(?:19|20)\d{2}\2\d{2,7})(?![\d/.-])")
# After the word "sag" (or "case no."), any case-number-shaped token: "sag 85.02.02-G01-5-17".
_CASE_TOKEN_AFTER_WORD = re.compile(
    r"\b(?:sag(?:en|snr\.?|snummer|snummeret)?|case(?:\s+(?:no\.?|number))?)\s*(?:nr\.?\s*)?"
    r"((?=[^\s]*\d)[0-9A-Za-zÆØÅæøå]+(?:[./-][0-9A-Za-zÆØÅæøå]+)+)(?![\w/.-])",
    re.IGNORECASE,
)
_POINT = re.compile(
    # Several asked ("punkterne 2 og 3", "the closed items (2 and 3)"): the first is looked up.
    r"\b(?:dagsordenspunkt(?:er|erne)?|punkt(?:er|erne)?|pkt\.?|agenda items?|items?|points?)"
    r"\s*(?:nr\.?\s*)?\(?(\d{1,3})"
    # A sub-point as printed: "punkt 3a" (read as its own point, labelled "3a").
    r"([a-zæø])?\b",
    re.IGNORECASE,
)
# The numbers after the first of several points asked: "2 og 3", "2, 3 og 5", "(2 and 3)". A
# number followed by a dot, a slash or a dash is a date's ("punkt 3 og 4. juni", "og 4/6").
_MORE_POINTS = re.compile(r"(?:\s*(?:,|og|and|&)\s*\d{1,3}\b(?![.:/-]))+", re.IGNORECASE)
_YEAR_TOKEN = re.compile(r"(?<![\d/.,])((?:19|20)\d{2})(?:\s?[-–/]\s?((?:19|20)?\d{2}))?(?![\d/])")
# "digitaliseringsstrategien 23-26", "budget 24-27": a plan's period in two-digit years after the
# word it dates. Only a short forward span after a noun counts — "kl. 13-14" and "mellem 10-12"
# are hours and counts, and a day-month ("23-11") runs backwards or past ten years.
_SHORT_YEAR_RANGE = re.compile(r"([^\W\d_]{4,})\s+(\d{2})\s?[-–]\s?(\d{2})(?![\d/.,:-])")
_NOT_DATED_BY_RANGE = frozenset(
    "klokken mellem between punkt punktet punkterne dagsordenspunkt side paragraf klasse kapitel "
    "afsnit nummer lokale sag sagen point points case "
    "item page section chapter room grade cirka omkring ca about around".split()
)
# "budgetforliget 23", "valget 21": two digits alone after the word they date, ending the
# phrase (nothing but a function word or punctuation after them: "23 borgere" counts people).
# Only after a definite form (_DEFINITE): "rute 14" is a thing numbered.
_DEFINITE = ("et", "en", "ne")
_SHORT_YEAR = re.compile(
    r"([^\W\d_]{4,})\s+(\d{2})(?=\s*$|\s*[?!,;)]|\s+[^\W\d_])(?:\s+([^\W\d_]+))?"
)
# A word, or an amount with thousands separators or decimals ("600.000" and "31,5" are one
# number each, as the minutes' index reads them, not "600" and "000", "31" and "5"; "§17,4" is a
# section and its subsection, not a decimal).
_WORD = re.compile(
    r"\d{1,3}(?:\.\d{3})+(?![\d.])|(?<!§)(?<!§ )\d+,\d+(?![\d,])|[^\W_]+(?:[-'’][^\W_]+)*"
)
_POSSESSIVE = re.compile(r"(?<=\w)['’]s$")
# "budget 2020", "strategibrevet for 2018": a word and the year that names its version.
_VERSION = re.compile(
    # "byrådshøjskolen 2022", "strategibrevet for 2018", "the byrådshøjskole for the 2022 council"
    r"([^\W\d_]{4,})\s+(?:(?:for|of)\s+(?:the\s+)?)?((?:19|20)\d{2})(?![\d/])"
)


@dataclass(frozen=True)
class Constraints:
    """What a question says the answer must be about, beside its topic.

    Dates are inclusive bounds on the meeting date (from date phrases: "i maj 2013",
    "19. juni 2017"); ``years`` also holds years that name things ("budgetforslag 2020-2023"),
    which the cited point must carry or be dated in. ``board`` is the body named (folded stem:
    "økonomiudvalg", "byråd"), ``punkt`` an agenda point number, ``case_number`` a case as the
    question wrote it (normalised to NN/NNNNN where it has that shape).
    """

    date_from: date | None = None
    date_to: date | None = None
    years: tuple[int, ...] = ()
    # Two years written as one season ("2022/23", a school or winter season): either year
    # holds it.
    seasons: tuple[tuple[int, int], ...] = ()
    # Several years written apart ("både i 2013 og i 2023", "both 2013 and 2017"): the question
    # asks about each, so a point holding any one of them answers its part.
    any_year: bool = False
    board: str | None = None
    # The question asks what that board did ("hvad besluttede økonomiudvalget", "i
    # Økonomiudvalget"): only its own meetings answer. Otherwise a point naming it will do
    # ("hvornår holdt byrådet temadrøftelsen").
    board_strict: bool = False
    # Every board named, with whether it is strict; each must hold in the cited point.
    boards: tuple[tuple[str, bool], ...] = ()
    punkt: int | None = None
    # A sub-point asked for by its printed label ("punkt 3a"); ``punkt`` is then its main
    # number, and a meeting without the label has no such point.
    punkt_label: str | None = None
    # Further points asked by number beside ``punkt`` ("punkterne 2 og 3", "items (2 and 3)").
    more_punkts: tuple[int, ...] = ()
    case_number: str | None = None
    names: tuple[str, ...] = ()
    # A year written after a word names a version of a thing ("byrådshøjskolen 2022",
    # "strategibrev 2020"): (the word, the year).
    versions: tuple[tuple[str, int], ...] = ()
    # Two or more whole months named apart ("på møderne i januar og maj 2013"): the dates span
    # them, and a meeting must be of one of them, not of a month between.
    months: tuple[tuple[int, int], ...] = ()

    @property
    def whole_years(self) -> tuple[int, ...]:
        """The years the dates span when they are whole years ("i 2018", "2017 og 2018"; at
        most five): such a year may name what a point of another year is about ("the council
        elected in 2018" in June 2017's minutes), so a point that names it holds it too."""
        start, end = self.date_from, self.date_to
        if start is None or end is None or end.year - start.year >= 5:
            return ()
        if (start.month, start.day) != (1, 1) or (end.month, end.day) != (12, 31):
            return ()
        return tuple(range(start.year, end.year + 1))

    @property
    def one_month(self) -> tuple[int, int] | None:
        """The (year, month) when the dates are one whole month ("fra april 2012"): a point of
        another meeting that names that month and year is about it too."""
        start, end = self.date_from, self.date_to
        if start is None or end is None or (start, end) != month_range(start.year, start.month):
            return None
        return start.year, start.month

    @property
    def months_spanned(self) -> tuple[tuple[int, int], ...]:
        """The (year, month)s of the dates when they are one whole month or a season of one
        year ("i maj 2013", "in autumn 2013"); none otherwise."""
        start, end = self.date_from, self.date_to
        if start is None or end is None or start.year != end.year or not self.within_season:
            return ()
        if (start, end) != (
            month_range(start.year, start.month)[0],
            month_range(end.year, end.month)[1],
        ):
            return ()
        return tuple((start.year, m) for m in range(start.month, end.month + 1))

    @property
    def within_season(self) -> bool:
        """Whether the dates pin at most a season ("i efteråret 2013": three months)."""
        if self.date_from is None or self.date_to is None:
            return False
        return (self.date_to - self.date_from).days < _SEASON_DAYS

    @property
    def day_or_month(self) -> bool:
        """Whether the dates pin a day or a month (not merely a year)."""
        if self.date_from is None or self.date_to is None:
            return False
        return (self.date_to - self.date_from).days < 32


# The most days a season spans (a quarter of a year, rounded up).
_SEASON_DAYS = 93


@dataclass(frozen=True)
class QuestionAnalysis:
    """One question, read once.

    ``topic`` lists the question's own content words in order (no stop words, words of asking,
    dates, board names or numbers of points and cases): what the cited sentences must cover.
    ``topic_span`` is the stretch of the question from the first to the last of them, as typed,
    for saying what was not found. ``filters`` are the search filters the question implies.
    """

    text: str
    language: Literal["da", "en"]
    intent: Intent
    constraints: Constraints = field(default_factory=Constraints)
    topic: tuple[str, ...] = ()
    topic_span: str = ""
    case_numbers: tuple[str, ...] = ()
    intents: tuple[Intent, ...] = ()
    # Topic words the question uses as verbs ("blev der oprettet", "skal processen køre"):
    # they say what happened to the matter, in words the minutes may put otherwise.
    verbs: tuple[str, ...] = ()
    # Who the question asks to have said or concluded something, when that is not the minuted
    # board ("hvad sagde forligskredsen til …"): the cited point must record them saying it.
    speaker: str | None = None

    @property
    def filters(self) -> SearchFilters:
        c = self.constraints
        valid_case = c.case_number if c.case_number and "/" in c.case_number else None
        return SearchFilters(
            date_from=c.date_from,
            date_to=c.date_to,
            case_number=valid_case,
            years_in_text=c.whole_years,
        )

    def reported(self) -> QuestionAnalysis:
        """The question with its board read as one a point reports on, not as the minuted one
        ("hvilke seks anbefalinger vedtog byrådet i april 2012" of an archive that holds no
        minutes of that board): the point must name the board, and the decision asked for is
        the board's, which the point tells of, not a decision of its own meeting."""
        c = self.constraints
        intent = self.intent
        if intent == "decision":
            intent = next((i for i in self.intents if i != "decision"), "free")
        boards = tuple((b, False) for b, _ in c.boards)
        return replace(
            self, intent=intent, constraints=replace(c, board_strict=False, boards=boards)
        )

    @property
    def month_spoken_of(self) -> tuple[int, int] | None:
        """The one month the question dates a thing by ("anbefalingerne fra april 2012"), which
        a point of another meeting may name. Not when it asks what a board did or held then
        ("what did ISU decide in February 2013", "referat fra direktionen feb 2014"): that is the
        time of a meeting, and a point naming the month is about something else then."""
        c = self.constraints
        if self.intent in ("decision", "overview", "attendance") or c.board_strict:
            return None
        # A board named without acting at a meeting ("the six recommendations the city council
        # adopted in April 2012") dates the thing, as any month does: the council's own minutes
        # of that month or a later point naming the month may answer.
        return c.one_month

    @property
    def season_spoken_of(self) -> int | None:
        """The year of the season the question dates a thing by ("hvad skal der ske med
        evalueringen i efteråret 2025"), which a point of another meeting may name, on the
        terms of :attr:`month_spoken_of`."""
        c = self.constraints
        if self.intent in ("decision", "overview", "attendance") or c.board_strict:
            return None
        if not c.within_season or c.day_or_month or c.date_from is None or c.date_to is None:
            return None
        return c.date_from.year if c.date_from.year == c.date_to.year else None

    def wants(self, intent: Intent) -> bool:
        """Whether the question asks for this kind of answer (as its intent or beside it)."""
        return intent == self.intent or intent in self.intents


def find_case_numbers_loose(question: str) -> list[tuple[str, tuple[int, int]]]:
    """Case numbers in the forms staff type them, normalised where they have the NN/N+ shape."""
    found: list[tuple[str, tuple[int, int]]] = []
    for pattern in (_CASE_SLASH, _CASE_AFTER_WORD):
        for m in pattern.finditer(question):
            found.append((f"{m.group(1)}/{m.group(2)}", m.span()))
    for pattern in (_JOURNAL_NUMBER, _CASE_TOKEN_AFTER_WORD):
        for m in pattern.finditer(question):
            at = m.span(1)
            if not any(a < at[1] and at[0] < b for _, (a, b) in found):
                found.append((m.group(1), at))
    found.sort(key=lambda x: x[1])
    # One entry per case, compared loosely ("12/32140" and "12/032140" are one case).
    seen: dict[str, tuple[str, tuple[int, int]]] = {}
    for number, span in found:
        seen.setdefault(case_key(number), (number, span))
    return list(seen.values())


def names_board(name: str, stem: str) -> bool:
    """Whether a board's name (as the minutes give it) is the board a question names by its
    folded stem: "Direktionen" is "direktion"; a committee named after several fields is the
    committee of those fields in any order and spelling ("teknik- og miljøudvalg" is
    "Miljø- og Teknikudvalget", "Klima-, Miljø- og Teknikudvalget" too)."""
    folded, wanted = fold(name), fold(stem)
    if folded.startswith(wanted):
        return True
    words = folded.split()
    if (
        len(words) > 1
        and len(wanted) >= _KIND_STEM
        and wanted not in _BARE_BOARD_WORDS
        and words[-1].startswith(wanted)
    ):
        # "Ulvsig Lokalråd", "Kirkeby Sogns Menighedsråd": a place's board is named by its
        # kind, last ("hvad gør lokalrådet"); not a committee by the bare word "udvalg".
        return True
    asked, held = _committee_fields(wanted), _committee_fields(folded)
    if not asked or not held:
        return False
    if len(asked) == 1 and not _ENGLISH_COMMITTEE_NAME.fullmatch(folded):
        # A Danish committee of one field is named by its stem: "Teknisk Udvalg" is not
        # "Teknikudvalget".
        return False
    return all(any(_same_field(a, h) for h in held) for a in asked)


def _committee_fields(name: str) -> frozenset[str]:
    """The fields a committee's folded name lists: "teknik- og miljøudvalget" → teknik, miljø."""
    english = _ENGLISH_COMMITTEE_NAME.fullmatch(name.strip())
    if english is not None:
        # An English archive's own name ("Finance and Business Committee"), field by field.
        words = re.findall(r"[^\W\d_]+", english.group(1))
        return frozenset(
            fold(ENGLISH_COMMITTEE_PARTS.get(w, w)) for w in words if w not in {"and", "the"}
        )
    m = _COMMITTEE_NAME.fullmatch(name.strip())
    if m is None:
        return frozenset()
    return frozenset(p.strip(" -") for p in re.split(r",|\bog\b", m.group(1)) if p.strip(" -"))


_COMMITTEE_NAME = re.compile(r"(.+?)\s*udvalg(?:et|ets|s)?")
# A board's kind word as a question names it ("lokalråd", "menighedsråd"): at least this long,
# and not a word every committee ends in.
_KIND_STEM = 5
_BARE_BOARD_WORDS = frozenset({"udvalg", "committee", "council", "board"})
_ENGLISH_COMMITTEE_NAME = re.compile(r"(?:the\s+)?(.+?)\s+committee")
# A field's word and its joining form ("sundhed", "sundheds"; "børn", "børne") are one field
# when the shorter is at least this long.
_FIELD_STEM = 4


def _same_field(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= _FIELD_STEM and long.startswith(short))


def _english_committees(question: str) -> list[tuple[str, tuple[int, int]]]:
    """English names of committees ("the Technical and Environmental Committee"), as the
    Danish committee of those fields ("teknik- og miljøudvalg"); a name with a field we cannot
    put in Danish stays in English (an English archive's board is named so)."""
    found: list[tuple[str, tuple[int, int]]] = []
    for m in _COMMITTEE.finditer(question):
        start = gap = m.start()
        fields: list[str] = []
        joined = False
        for word in reversed(list(_NAME_WORD.finditer(question, 0, m.start()))):
            if question[word.end() : gap].strip():
                break
            low = word.group(0).lower()
            if low in {"and", "&", ","}:
                if not fields or joined:
                    break
                joined = True
            elif low in ENGLISH_COMMITTEE_PARTS or (
                word.group(0)[:1].isupper() and not _function_word(low)
            ):
                fields.insert(0, low)
                start, joined = word.start(), False
            else:
                break
            gap = word.start()
        if not fields:
            continue
        name = re.sub(r"\s+", " ", question[start : m.end()].lower())
        first = question[start : start + len(fields[0])]
        if len(fields) == 1 and first.isupper() and len(first) <= _INITIALS_MAX:
            # "the BUU committee": a committee by its initials, matched as initials are.
            found.append((first, (start, m.end())))
        elif name in ENGLISH_BOARDS:
            found.append((ENGLISH_BOARDS[name], (start, m.end())))
        elif all(f in ENGLISH_COMMITTEE_PARTS for f in fields):
            danish = [ENGLISH_COMMITTEE_PARTS[f] for f in fields]
            head = ", ".join(f"{d}-" for d in danish[:-1])
            stem = f"{head} og {danish[-1]}udvalg" if head else f"{danish[0]}udvalg"
            found.append((stem, (start, m.end())))
        else:
            found.append((name, (start, m.end())))
    return found


_COMMITTEE = re.compile(r"\bcommittee\b", re.IGNORECASE)
_INITIALS_MAX = 6
_NAME_WORD = re.compile(r"[^\W\d_]+|&|,")


def _boards(question: str) -> list[tuple[str | None, tuple[int, int]]]:
    """Every board the question names, as a folded stem ("økonomiudvalg", "byråd"), with where;
    None for an English body without a name ("the committee")."""
    lower = question.lower()
    found: list[tuple[str | None, tuple[int, int]]] = list(_english_committees(question))
    for english, danish in sorted(ENGLISH_BOARDS.items(), key=lambda x: -len(x[0])):
        at = lower.find(english)
        if at >= 0 and not any(a <= at < b for _, (a, b) in found):
            found.append((danish, (at, at + len(english))))
    for m in BOARD_WORD_RE.finditer(question):
        if any(a <= m.start() < b for _, (a, b) in found):
            continue
        word = respell(m.group(0)).lower()
        if " " in word and " og " not in word and not _DANISH_NAMED_UDVALG.match(word):
            found.append((None, m.span()))
            continue
        # "direktionsmødet" names "direktion"; "direktionens" is stemmed to it.
        board = re.sub(r"s?møde\w*$", "", word)
        if board == word:
            board = re.sub(r"(?:ets|ens|et|en|ns|s|n)$", "", word)
        found.append((board, m.span()))
    for m in _BOARD_ABBREVIATION_RE.finditer(question):
        found.append((BOARD_ABBREVIATIONS[m.group(1).lower()], m.span()))
    for m in _ACRONYM_DECIDES_RE.finditer(question):
        # "hvad besluttede ISU om …": initials that decide are a board's, kept in capitals
        # (the evidence compares them with each board's initials).
        acronym = next(g for g in m.groups() if g)
        where = m.span(m.lastindex or 1)
        if acronym.lower() not in BOARD_ABBREVIATIONS and not any(
            a <= where[0] < b for _, (a, b) in found
        ):
            found.append((acronym, where))
    return sorted(found, key=lambda x: x[1])


_BOARD_ABBREVIATION_RE = re.compile(
    r"\b(" + "|".join(BOARD_ABBREVIATIONS) + r")\b\.?(?![\w/-])", re.IGNORECASE
)
_LIST_ASKING = re.compile(LIST_ASKING_CUES, re.IGNORECASE)
_ACRONYM_DECIDES_RE = re.compile(ACRONYM_DECIDES, re.IGNORECASE)
_DANISH_NAMED_UDVALG = re.compile(r"^[a-zæøå]+\s+udvalg", re.IGNORECASE)
_BOARD_ACTS = re.compile(
    r"\b(?:besluttede|besluttet|vedtog|vedtaget|godkendte|godkendt|tiltrådte|tiltrådt|sagde|"
    r"landede|drøftede|decided|decide|approved|agreed|said|chose|discussed|did|"
    # "hvordan forholdt udvalget sig til rapporten", "how did the committee react": its stance.
    r"forholdt|forholder|reagerede|mente|reacted|responded|thought)\b",
    re.IGNORECASE,
)
_BOARD_DESTINATION = re.compile(BOARD_DESTINATION_CUES, re.IGNORECASE)
_BOARD_PLACE = re.compile(r"(?:\b(?:i|på|af|in the|at the|by the|of the)\s+)$", re.IGNORECASE)


def _in_relative_clause(question: str, at: tuple[int, int]) -> bool:
    """Whether the board at ``at`` acts in a relative clause after a noun: "de 6 anbefalinger
    byrådet vedtog i april 2012", "the plan which the council adopted" describe the thing
    asked about; the board's own act is asked with its verb first ("hvad vedtog byrådet")."""
    before = question[max(0, at[0] - 30) : at[0]]
    relative = _RELATIVE_BEFORE.search(before)
    return bool(
        relative
        and _PAST_ACT.match(question[at[1] : at[1] + 20])
        and (relative.group(1) or not _function_word(relative.group(2).lower()))
    )


def _board_strict(question: str, at: tuple[int, int]) -> bool:
    before = question[max(0, at[0] - 30) : at[0]]
    after = question[at[1] : at[1] + 20]
    # A board the matter goes on to ("skal forelægges ØU", "kommer på økonomiudvalget") is
    # named in the minutes of the board that sends it there.
    if _BOARD_DESTINATION.search(before + " " + after):
        return False
    described = _DESCRIBED_BY.search(before)
    if described and described.group(1).lower() not in _AUXILIARIES:
        # "which recommendations adopted by the Byråd in April 2012 underpin …": a participle
        # right after a noun describes the thing asked about (what the board once did to it);
        # "what was adopted by the Byråd" asks what the board did.
        return False
    if _in_relative_clause(question, at):
        return False
    near = " ".join(before.split()[-2:] + after.split()[:1])
    v2 = _V2_SUBJECT.search(before)
    if v2 and v2.group(1).lower() not in _AUXILIARIES | _MODALS:
        # "hvordan fordelte Økonomiudvalget pengene": after the question word and its verb
        # stands the subject (Danish puts the verb second), the board that did it.
        return True
    return bool(_BOARD_ACTS.search(near) or _BOARD_PLACE.search(before))


# A month with a word for which part of it: "mid-January", "early-March", "medio-maj".
_DATE_QUALIFIED = re.compile(rf"(?:{'|'.join(MONTH_PART_WORDS)})-(?:{MONTH_ALTERNATION})")
# A word for which part of a month before it, apart: "mid january", "early March", "medio maj",
# "i starten af maj", "end of May". Like the hyphened form, a time of the month, no matter.
_ASKER_CONTEXT_RE = re.compile(ASKER_CONTEXT, re.IGNORECASE)
_MONTH_PART = re.compile(
    rf"\b(?:{'|'.join(MONTH_PART_PHRASES + MONTH_PART_WORDS)})"
    rf"(?=(?:\s+(?:of|i|af))?\s+(?:{MONTH_ALTERNATION})\b)",
    re.IGNORECASE,
)
# The meeting's own day named again: "which items … were not dealt with on the day", "hvad
# nåede de ikke på dagen". The day is the meeting the question dates, no matter of its own.
_THE_DAY = re.compile(r"\b(?:on the day|that day|the same day|på dagen|samme dag)\b", re.IGNORECASE)
# The prepositions of OCCASION_RE that date a matter by the occasion rather than place it there.
_OCCASION_TIME = frozenset({"efter", "after", "før", "inden", "before", "siden", "since"})
# A question word and one verb right before the board: the board is the verb's subject. Not
# "hvornår holdt byrådet temadrøftelsen": when a board did something is a date other boards'
# minutes report; what it did, how and why are in its own.
_V2_SUBJECT = re.compile(
    r"^\s*(?:hvad|hvordan|hvorfor|hvorledes)\s+([a-zæøå]{3,})\s+$",
    re.IGNORECASE,
)


# A participle with its agent before a board's name: "recommendations adopted by the",
# "anbefalingerne vedtaget af"; the word before it, unless an auxiliary, is the noun described.
_DESCRIBED_BY = re.compile(
    r"([^\W\d_]+)\s+[^\W\d_]+(?:ed|en|et|t)\s+(?:by(?:\s+the)?|af)\s+$", re.IGNORECASE
)
# What stands before a board that opens a relative clause: "som", "which", "that", or a noun
# (Danish leaves "som" out: "de anbefalinger byrådet vedtog"), an article between.
_RELATIVE_BEFORE = re.compile(
    r"(?:\b(som|which|that)|([^\W\d_]{3,}))\s+(?:(?:the|det|den|de)\s+)?$", re.IGNORECASE
)
# A board's act in the past right after its name: the relative clause's verb.
_PAST_ACT = re.compile(
    r"\s*(?:har\s+|havde\s+|had\s+|has\s+)?(?:vedtog|vedtaget|besluttede|besluttet|godkendte|"
    r"godkendt|tiltrådte|tiltrådt|adopted|approved|decided|agreed)\b",
    re.IGNORECASE,
)
_AUXILIARIES = frozenset(
    "was were is are be been being has have had blev bliver er var være været har havde "
    "som der that which who".split()
)
# Verbs that need another to say what the board did ("hvornår skal byrådet …").
_MODALS = frozenset("skal skulle vil ville kan kunne må måtte kommer".split())


def _short_year_ranges(
    question: str, today: date | None
) -> list[tuple[str, int, int, tuple[int, int]]]:
    """Periods written in two-digit years after the word they date ("strategien 23-26"), and
    single such years ("budgetforliget 23"): the word, the first and last full year, and where
    the digits stand."""
    found = []
    for m in _SHORT_YEAR_RANGE.finditer(question):
        word = m.group(1)
        first, last = int(m.group(2)), int(m.group(3))
        if word.lower() in _NOT_DATED_BY_RANGE or _function_word(word.lower()):
            continue
        if not 0 < last - first <= 10:
            continue
        start = full_year(first, today)
        found.append((word, start, start + last - first, (m.start(2), m.end(3))))
    for m in _SHORT_YEAR.finditer(question):
        word, after = m.group(1), m.group(3)
        lowered = word.lower()
        if lowered in _NOT_DATED_BY_RANGE or lowered in MONTHS or _function_word(lowered):
            continue
        if not lowered.endswith(_DEFINITE):
            # "rute 14", "bus 23": a thing numbered. The definite form names one of its kind by
            # its year ("budgetforliget 23", "valget 21", "overenskomsten 24").
            continue
        if after is not None and (
            not _function_word(after.lower()) or after.lower().rstrip(".") in MONTHS
        ):
            # "budget 23 mio", "skolen 23 elever": a figure of something; "seminaret 19 juni":
            # a day.
            continue
        if any(a <= m.start(2) < b for _, _, _, (a, b) in found):
            continue
        year = full_year(int(m.group(2)), today)
        found.append((word, year, year, m.span(2)))
    return found


def _years(
    question: str,
    cases: list[tuple[int, int]],
    short_ranges: list[tuple[str, int, int, tuple[int, int]]],
) -> tuple[list[int], list[tuple[int, int]], list[tuple[int, int]]]:
    """The years a question writes (with its periods in two-digit years, ``short_ranges``),
    their spans, and its seasons ("2022/23")."""
    years: list[int] = []
    spans: list[tuple[int, int]] = []
    seasons: list[tuple[int, int]] = []
    for _, first, last, at in short_ranges:
        years.extend((first, last))
        spans.append(at)
    for m in _YEAR_TOKEN.finditer(question):
        if any(a <= m.start() < b for a, b in cases):
            continue  # the year inside a journal number (330-2018-3619)
        start = int(m.group(1))
        years.append(start)
        end = m.group(2)
        if end:
            full = int(end) if len(end) == 4 else int(m.group(1)[:2] + end)
            if full > start:
                years.append(full)
            if full == start + 1 and "/" in m.group(0):
                seasons.append((start, full))
        spans.append(m.span())
    return years, spans, seasons


def _years_apart(question: str, inside: list[tuple[int, int]]) -> bool:
    """Whether the question writes two or more single years outside ``inside`` (its case
    numbers and whole dates: "den 16-01-2023 … i 2032" dates one meeting twice, it asks no two
    years), and no range among them."""
    tokens = [
        m for m in _YEAR_TOKEN.finditer(question) if not any(a <= m.start() < b for a, b in inside)
    ]
    # "i 2018 … referatet fra efteråret 2018" writes one year twice: it asks one year.
    return len({m.group(1) for m in tokens}) >= 2 and not any(m.group(2) for m in tokens)


def analyze_question(question: str, today: date | None = None) -> QuestionAnalysis:
    """Read a question's language, intent, constraints and topic.

    Args:
        question: the question as typed (Danish or English, with or without æøå).
        today: the reference date for "i år"/"last year" (defaults to the system date).

    Returns:
        The analysis; it states what the question asks, never whether the archive answers it.
    """
    language = detect_language(question)
    spans = find_date_spans(question, today)
    cases = find_case_numbers_loose(question)
    boards = _boards(question)
    punkt_match = _POINT.search(question)
    short_ranges = _short_year_ranges(question, today)
    years, year_spans, seasons = _years(question, [s for _, s in cases], short_ranges)
    since = _SINCE_YEAR_RE.search(question)
    # The first year of a period open at its end, when it is the only year the question writes.
    since_year: int | None = None
    if since is not None and len(set(years)) == 1:
        since_year = years[0]
        # "i 2013 og senere": the meetings from 2013 on; no year need stand in the point.
        year_spans.append(since.span())
        years = []
    # A whole date ("16-01-2023") is a constraint the meeting holds, not a word to cover.
    dates_at = full_date_at(question)
    taken: list[tuple[int, int]] = [s for _, s in cases] + year_spans + dates_at
    taken.extend(at for _, at in boards)
    month_meetings = month_meeting_spans(question)
    taken.extend(month_meetings)
    named = [(stem, _board_strict(question, at)) for stem, at in boards if stem]
    # The board the question is put to: the one it asks what it did, else the first named.
    board, board_strict = next(
        ((stem, True) for stem, strict in named if strict), named[0] if named else (None, False)
    )
    if punkt_match:
        taken.append(punkt_match.span())
    taken.extend(m.span() for m in ASKING_PHRASES_RE.finditer(question))
    taken.extend(m.span(1) if m.group(1) else m.span(2) for m in ASKING_VERBS_RE.finditer(question))
    # "hvilket firma fik opgaven …", "which city …": the kind of name asked for says what the
    # answer is, not what the point is about (the evidence checks that a name of that kind
    # stands beside the matter).
    taken.extend(m.span() for m in _KIND_ASKED_RE.finditer(question))
    taken.extend(m.span() for m in _MONTH_PART.finditer(question))
    # The asker's own circumstances ("min søn på 22", "jeg har en frisørsalon"): no matter.
    taken.extend(
        m.span(g)
        for m in _ASKER_CONTEXT_RE.finditer(question)
        for g in ("own", "own_en", "size", "rel", "age", "kin")
        if m.group(g)
    )
    if spans:
        taken.extend(m.span() for m in _THE_DAY.finditer(question))
    names: list[str] = []
    topic: list[str] = []
    topic_at: list[tuple[int, int]] = []
    for m in _WORD.finditer(question):
        # "the municipality's", "ØDC's konsulenter": the possessive's "'s" is no part of the
        # word the glossary and the minutes know.
        word = _POSSESSIVE.sub("", m.group(0))
        lower = word.lower()
        if any(a <= m.start() < b for a, b in taken):
            continue
        if len(lower) < 2 or (
            any(_function_word(w) for w in {lower, respell(lower)})
            and not _season_names_kind(question, m)
        ):
            continue
        if lower.isdigit() and len(lower) <= 2 and _near_date_word(question, m.start(), m.end()):
            continue  # the day of "19. juni", the year of "maj 13"
        if _DATE_QUALIFIED.fullmatch(lower):
            continue  # "mid-January", "primo-marts": a time of the month, no matter
        topic.append(word)
        topic_at.append(m.span())
        if m.start() > 0 and (word[0].isupper() or word.isupper()) and not word.isdigit():
            names.append(word)
    found = list(OCCASION_RE.finditer(question))
    # Not where the question asks what went on there ("hvad skete der på seminaret,
    # hvordan så dagen ud"): then the occasion is its matter. One that dates the matter
    # ("hvad skete der med listen efter seminaret") is no place anything went on.
    went_on = OCCASION_ASKED_RE.search(respell(question)) is not None
    occasions = [
        m.span(1) for m in found if not went_on or m.group(0).split()[0].lower() in _OCCASION_TIME
    ]
    kept = [i for i, at in enumerate(topic_at) if at not in occasions]
    if occasions and kept and len(kept) < len(topic):
        # The matter is named besides the occasion it was taken up at: the occasion is no
        # word the point must cover (a seminar's programme names it, the decision does not).
        topic = [topic[i] for i in kept]
        topic_at = [topic_at[i] for i in kept]
    lowered = question.lower()
    cue_text = cue_text_of(question)
    matched = tuple(i for i in INTENT_ORDER if _CUES[i].search(cue_text))
    case_number = cases[0][0] if cases else None
    punkt = int(punkt_match.group(1)) if punkt_match else None
    more_punkts: tuple[int, ...] = ()
    if punkt_match and not punkt_match.group(2):
        rest = _MORE_POINTS.match(question, punkt_match.end())
        if rest:
            more_punkts = tuple(int(n) for n in re.findall(r"\d{1,3}", rest.group(0)))
    punkt_label = (
        punkt_match.group(1) + punkt_match.group(2).lower()
        if punkt_match and punkt_match.group(2)
        else None
    )
    intent: Intent = "free"
    for candidate in matched:
        if candidate == "case_status" and case_number is None:
            continue
        if candidate == "point_lookup" and (punkt is None or not spans):
            continue
        intent = candidate
        break
    if intent == "overview" and (cue := _CUE_OBJECT.search(question)) is not None:
        if _matter_words(topic, topic_at, start=cue.end()) >= _CUE_OBJECT_WORDS:
            # "hvad skete der med direktionens oversigt over de store tværgående projekter",
            # "what was on the programme for the seminar": a thing the meeting took up.
            # "what was on the programme" asks what the thing lists.
            listed = cue.group(0).lower().startswith("what was on")
            intent = "list" if listed else next((i for i in matched if i != "overview"), "free")
    if intent == "overview" and (which := _WHICH_ITEMS.search(question)) is not None:
        if _matter_words(topic, topic_at, start=which.end()) >= _CUE_OBJECT_WORDS:
            # "Under which agenda item was 'Styrket borgerkontakt' discussed in May 2013?":
            # the points that took the matter up, found by search; "which items" is no list
            # the matter holds either.
            intent = next((i for i in matched if i not in ("overview", "list")), "free")
    if intent == "overview" and (at := _AT_THE_MEETING.search(question)) is not None:
        if _matter_words(topic, topic_at, end=at.start()) >= _CUE_OBJECT_WORDS:
            # "hvad skete der med sammenligningsrapporten fra benchmarket på mødet i maj
            # 2013": a matter the meeting took up, named before the meeting.
            intent = next((i for i in matched if i != "overview"), "free")
    if intent == "decision" and any(_in_relative_clause(question, at) for _, at in boards):
        # "hvad var de 6 anbefalinger byrådet vedtog i april 2012": the decision verb is the
        # described board's; the question asks what the rest of it asks.
        intent = next((i for i in matched if i != "decision"), "free")
    if intent == "attendance" and _ABOUT_A_POINT.search(cue_text):
        # "hvem deltog i punktet om sundhed": who took part in one point (a line of its
        # minutes), not who attended the meeting.
        intent = "who"
    if intent == "decision":
        # Only the first question asked: in "which model did they choose, and who pays" the
        # decision is asked first.
        first = SECOND_QUESTION_RE.split(cue_text, maxsplit=1)[0]
        asked = next((i for i, cue in _INTERROGATIVES.items() if cue.search(first)), None)
        if asked is not None:
            intent = asked
    if intent == "free" and opens_with_verb(lowered):
        # "skal benchmarkrapporten forelægges politikerne?", "was the strategy approved": a
        # question that opens with its verb asks whether something was done or decided.
        intent = "decision"
    if intent in ("when", "who") and "list" in matched and not _LIST_ASKING.search(cue_text):
        # "hvornår skal byrådet godkende de politiske spor": a noun of things minutes list
        # names the matter; the question asks when (or who), not for the list.
        matched = tuple(i for i in matched if i != "list")
    versions = tuple(
        (m.group(1), int(m.group(2)))
        for m in _VERSION.finditer(question)
        # "foraaret 2013" is "foråret 2013", a time, as the topic reads it.
        if not any(_function_word(w) for w in {m.group(1).lower(), respell(m.group(1).lower())})
        and not any(a <= m.start(2) < b for _, (a, b) in cases)
        and not any(a <= m.start(1) < b for a, b in month_meetings)
        and not MEETING_WORD.fullmatch(m.group(1))
    ) + tuple((word, start) for word, start, _, _ in short_ranges)
    whole_months = [(s.year, s.month) for s, e in spans if (s, e) == month_range(s.year, s.month)]
    constraints = Constraints(
        versions=versions,
        months=tuple(whole_months) if len(whole_months) == len(spans) > 1 else (),
        date_from=min(s for s, _ in spans) if spans else None,
        date_to=max(e for _, e in spans) if spans else None,
        years=tuple(dict.fromkeys(years)),
        any_year=_years_apart(question, [s for _, s in cases] + dates_at),
        seasons=tuple(seasons),
        board=board,
        board_strict=board_strict,
        boards=tuple(named),
        punkt=punkt,
        punkt_label=punkt_label,
        more_punkts=more_punkts,
        case_number=case_number,
        names=tuple(dict.fromkeys(names)),
    )
    if since_year is not None:
        constraints = replace(constraints, date_from=date(since_year, 1, 1), date_to=None)
    # A seminar is a meeting of the board too: "hvad blev besluttet på direktionsseminaret 19.
    # juni 2017" names no matter but the meeting. (Only here: "the schedule for the seminar"
    # asks for its programme, a matter of its own.)
    matter = [
        w
        for w in topic
        if not _meeting_object(w) and not _SEMINAR_RE.fullmatch(w) and w.lower() not in _DECIDING
    ]
    if intent in ("decision", "free", "list") and not matter and constraints.within_season:
        # "hvad besluttede direktionen i maj 2013?", "what decisions were made at the meeting
        # on 30 April 2013?", "… in autumn 2013": no matter named, a day, a month or a season
        # given — the question asks what the meeting(s) then decided.
        intent = "overview"
    first = min((a for a, _ in topic_at), default=0)
    span_at = (
        topic_at
        + [
            s
            for s in year_spans
            if topic_at
            # "minutes from 2014 on the new policy": a year before "on"/"om" dates the minutes,
            # it is not part of the matter's name ("budgetforslag 2020-2023" is).
            and not (s[1] <= first and _ABOUT_RE.search(question[s[1] : first]))
        ]
    )
    topic_span = ""
    if span_at:
        start, end = min(a for a, _ in span_at), max(b for _, b in span_at)
        topic_span = question[start:end].strip(" ?.,;:-")
    verbs: tuple[str, ...] = ()
    if language == "da":
        placed = _verbs_by_position(question)
        verbs = tuple(
            w
            for w in topic
            if (
                w in placed
                or w.lower() in STRONG_PAST_VERBS
                # The regular past ("ønskede", "mente" is too short to tell from a noun).
                or (len(w) >= 6 and w.islower() and w.endswith("ede"))
            )
            and not _after_determiner(question, w)
        )
    return QuestionAnalysis(
        text=question,
        language=language,
        intent=intent,
        constraints=constraints,
        topic=tuple(topic),
        topic_span=topic_span,
        case_numbers=tuple(c for c, _ in cases),
        intents=matched,
        verbs=verbs,
        speaker=_speaker(question),
    )


_SPEAKER_RE = re.compile(SPEAKER_CUES, re.IGNORECASE)


def _speaker(question: str) -> str | None:
    """The body or person the question asks what they said, unless a pronoun or a board (a
    board named is checked as a board)."""
    m = _SPEAKER_RE.search(question)
    if m is None:
        return None
    word = (m.group("da") or m.group("en")).strip(".-")
    lower = word.lower()
    if lower in NOT_SPEAKERS or BOARD_WORD_RE.fullmatch(lower) or len(lower) < 2:
        return None
    return word


def opens_with_verb(question: str) -> bool:
    """Whether a question opens with its verb ("skal benchmarkrapporten forelægges?", "was the
    strategy approved"): it asks whether something was done or decided."""
    if _YES_NO_RE.match(question) is not None:
        return True
    # "nøgletalsrapporten 2013 – skal den behandles politisk?", "Solgården: blev taksterne
    # godkendt?": the matter named first, then the question, opening with its verb.
    head = _TOPIC_FIRST_RE.match(question)
    return head is not None and _YES_NO_RE.match(question[head.end() :]) is not None


# A matter named before the question, parted from it by a dash or a colon.
_TOPIC_FIRST_RE = re.compile(r"[^?–:]{2,80}?\s(?:[–-]|—)\s+|[^?–:]{2,80}?:\s+")


def _after_determiner(question: str, word: str) -> bool:
    """Whether ``word`` follows an article or a possessive, an adjective between: "i det nye
    bad", "et bad" name a thing, not the past of "bede"."""
    return (
        re.search(
            r"\b(?:en|et|den|det|de|min|mit|din|dit|sin|sit|vores|jeres|deres)\s+"
            r"(?:[^\W\d_]+e\s+)?" + re.escape(word) + r"\b",
            question,
            re.IGNORECASE,
        )
        is not None
    )


# A participle right after an infinitive of "blive"/"være" ("for at blive koblet på", "skal
# være tilsluttet"): a noun seldom stands there.
_PARTICIPLE_AFTER_INFINITIVE = re.compile(
    r"\b(?:blive|være|blevet|været)\s+([a-zæøå]{3,}(?:et|t))\b", re.IGNORECASE
)


def _verbs_by_position(question: str) -> set[str]:
    """Words a Danish question uses as verbs, known by where they stand (see the patterns)."""
    out: set[str] = set()
    patterns = (
        _VERB_AFTER_AUX,
        _PARTICIPLE_AFTER_INFINITIVE,
        _PASSIVE_AFTER_AUX,
        _VERB_AFTER_QUESTION_WORD,
        _INFINITIVE,
        _FINAL_INFINITIVE,
    )
    for pattern in patterns:
        for m in pattern.finditer(question):
            out.update(g for g in m.groups() if g)
    out.update(m.group(0) for m in _PASSIVE.finditer(question))
    return out


# "summer jobs", "winter maintenance": an English season before a noun names a kind of thing
# (Danish writes one word, "sommerjob"); after a word of time ("in the summer", "this winter")
# or before a year or another function word it is the time of year.
_SEASONS_EN = frozenset({"spring", "summer", "autumn", "winter"})
_TIME_BEFORE_SEASON = re.compile(
    r"\b(?:in|during|over|before|after|until|till|by|since|from|this|last|next|early|late|mid|"
    r"of|each|every)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def _season_names_kind(question: str, m: re.Match[str]) -> bool:
    """Whether the season word at ``m`` is a noun's modifier, not a time."""
    if m.group(0).lower() not in _SEASONS_EN or _TIME_BEFORE_SEASON.search(question[: m.start()]):
        return False
    after = _WORD_AFTER.match(question, m.end())
    return after is not None and not _function_word(after.group(1).lower())


def _function_word(lower: str) -> bool:
    return (
        lower in STOP_WORDS
        or lower in GREETINGS
        or lower in PREPOSITIONS
        or lower in ASKING_WORDS
        or lower in QUESTION_WORDS
        or lower in QUESTION_ADVERBS
        or lower.rstrip(".") in MONTHS
        or lower in WEEKDAYS
    )


_KIND_ASKED_RE = re.compile(
    "|".join(f"(?:{NAME_ASKED_CUES[k]})" for k in ("firm", "place")), re.IGNORECASE
)


def cue_text_of(question: str) -> str:
    """The lowercased question the intent cues are read from: with its ASCII spellings of æøå
    respelled beside it ("hvornaar" asks "hvornår")."""
    lowered = question.lower()
    alt = respell(lowered)
    return lowered if alt == lowered else f"{lowered}\n{alt}"


def _near_date_word(question: str, start: int, end: int) -> bool:
    # The two-digit year of "i maj 13" (question.py reads it so after a Danish month name).
    before = re.search(r"([a-zæøå]+)\s+'?$", question[:start].lower())
    if before and before.group(1) in DANISH_ONLY_MONTHS:
        return True
    # "i jan 23", "i dec. 17": any month after a preposition of time (as question.py reads it).
    if after_month_of_year(question[:start]):
        return True
    # The day of "16/1 2023" and "16/1-2023": a month number and a year follow.
    if re.match(r"/\d{1,2}(?:\s+|-)(?:19|20)\d{2}(?![\d/])", question[end:]):
        return True
    rest = question[end : end + 14].lower().lstrip(". ")
    word = re.match(r"[a-zæøå]+", rest)
    return bool(word and word.group(0) in MONTHS)
