"""Search filters, and reading dates, years and case numbers out of a typed question.

A question like "hvad besluttede direktionen i juni 2017" carries its own filter; so does "sag
12/32140". :func:`parse_question` finds those and :func:`merge` lets filters the caller set
explicitly win over them. Only explicit date phrases become filters: numbers that merely look
like years inside names, periods and amounts ("Digitaliseringsstrategi 2023-2026", "budgetforslag
2018-21", "the 2018 programme", "4 mio", "§ 17") are left alone, because a wrong date filter hides
the right answer completely, while a missed one only costs ranking.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any, Literal

from indexer.language import (
    DANISH_FUNCTION_WORDS,
    DANISH_ONLY_MONTHS,
    ENGLISH_FUNCTION_WORDS,
    MONTH_PREPOSITIONS,
    MONTHS,
    SEASONS,
    language_lean,
)
from indexer.models import Chunk, case_agrees, case_key, date_to_int

MIN_YEAR = 1990
MAX_YEAR = 2100

_MONTHS = MONTHS
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# A year is four digits that are not glued to another number, range or case number.
_YEAR = r"(?P<year>(?:19|20)\d{2})(?![\d/]|\s?[-–]\s?\d|[.,]\d)"
# A season of a year after a preposition of time: "i efteråret 2013", "in the autumn of 2013",
# "during spring 2023" (not "a fall in 2013", where "fall" is a drop); "minutes from spring
# 2016", "referater fra foråret 2016" date the minutes by the season too.
# "efter sommerferien 2023", "before the summer holidays 2019": the half of the year on that
# side of the summer holidays (July), as a season is its months.
_SUMMER_HOLIDAY_YEAR = re.compile(
    r"\b(?:(?P<after>efter|after)|(?P<before>før|foer|inden|before))\s+(?:the\s+)?"
    r"(?:sommerferie(?:n)?|summer\s+(?:holidays?|break|vacation))\s+(?:i\s+|in\s+)?" + _YEAR,
    re.IGNORECASE,
)
_WHEN_ASKED = re.compile(r"\bhvornår\b|\bhvornaar\b|\bwhen\b", re.IGNORECASE)
_SEASON_YEAR = re.compile(
    r"\b(?:i|in|om|during|over|fra|from)\s+(?:the\s+)?(?P<season>"
    + "|".join(sorted(SEASONS, key=len, reverse=True))
    + r")(?:\s+of)?\s+"
    + _YEAR,
    re.IGNORECASE,
)
_NOT_AFTER_NUMBER = r"(?<![\d.,/–-])"
# A two-digit year ends the number: no more digits, no time or amount after it. A full stop or
# comma may end the sentence ("… covered on 16/1-23."), but not glue on more digits ("16.01.23.5").
_YY_END = r"(?![\d/:-]|[.,]\d|\s?(?:kr|mio|pct|%))"

_FULL_DATE_PATTERNS = (
    # 2017-06-19
    re.compile(_NOT_AFTER_NUMBER + r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    # 19-06-2017, 19.06.2017, 19/6/2017
    re.compile(
        _NOT_AFTER_NUMBER + r"(?P<day>\d{1,2})([-./])(?P<mnum>\d{1,2})\2(?P<year>\d{4})(?!\d)"
    ),
    # 16/1 2023, 16/1-2023: day and month with a slash, then the year
    re.compile(
        _NOT_AFTER_NUMBER
        + r"(?P<day>\d{1,2})/(?P<mnum>\d{1,2})(?:\s+|-)(?P<year>(?:19|20)\d{2})(?![\d/])"
    ),
    # 16/1-23, 21/5/13: as staff type a date, the year in two digits
    re.compile(
        _NOT_AFTER_NUMBER + r"(?P<day>\d{1,2})/(?P<mnum>\d{1,2})[-/](?P<yy>\d{2})" + _YY_END
    ),
    # 16-01-23, 16.01.23
    re.compile(
        _NOT_AFTER_NUMBER + r"(?P<day>\d{1,2})([-.])(?P<mnum>\d{1,2})\2(?P<yy>\d{2})" + _YY_END
    ),
    # 19. juni 2017, 19 June 2017
    re.compile(
        _NOT_AFTER_NUMBER + r"\b(?P<day>\d{1,2})\.?\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR,
        re.IGNORECASE,
    ),
    # June 19, 2017; June 19th 2017
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR, re.IGNORECASE),
)
# juni 2017, June 2017, jan. 2023
_MONTH_YEAR = re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR, re.IGNORECASE)
# "efter stormen i maj 2021", "after the flood in May 2021": the month dates an event, and what
# is asked came after it (that month to the year's end), not in it.
_AFTER_EVENT_MONTH_YEAR = re.compile(
    r"\b(?:efter|after)\s+(?:the\s+)?[^\W\d_]{3,}\s+(?:i|in)\s+" + _MONTH + r",?\s+" + _YEAR,
    re.IGNORECASE,
)
# "januar og maj 2013", "April or May 2013": the first of two months joined before one year is
# a month of that year too.
_MONTH_PAIR_YEAR = re.compile(
    r"\b"
    + _MONTH
    # "i januar og (i) maj 2013": the second month's preposition may be repeated.
    + r"\s+(?:og|and|or|eller|&)\s+(?:(?:i|in|på|during)\s+)?(?="
    + _MONTH.replace("?P<month>", "?:")
    + r",?\s+(?P<year>(?:19|20)\d{2})\b)",
    re.IGNORECASE,
)
# "i maj 13", "juni '17": a Danish month name (one English does not share: "May 13" is a day)
# and a two-digit year.
_MONTH_SHORT_YEAR = re.compile(
    r"\b(?P<month>"
    + "|".join(sorted(DANISH_ONLY_MONTHS, key=len, reverse=True))
    + r")\s+'?(?P<yy>\d{2})(?![\d.:/,-])",
    re.IGNORECASE,
)
# "i jan 23", "from Feb 17": any month after a preposition of time, then a two-digit year. After
# "i"/"in" a month and two digits are a month of a year; "on Jan 23" and "den jan 23" stay a day.
_PREP_MONTH = (
    r"\b(?:"
    + "|".join(MONTH_PREPOSITIONS)
    + r")\s+(?P<month>"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\.?\s+'?"
)
_PREP_MONTH_SHORT_YEAR = re.compile(_PREP_MONTH + r"(?P<yy>\d{2})(?![\d.:/,-])", re.IGNORECASE)
_PREP_MONTH_BEFORE = re.compile(_PREP_MONTH + "$", re.IGNORECASE)
# "i 2013, huskelisten fra april": a month with no year beside it, in a question that names one
# year elsewhere, is that year's month.
_PREP_MONTH_ALONE = re.compile(
    _PREP_MONTH.removesuffix(r"\.?\s+'?") + r"\b(?!\.?\s*'?\d)", re.IGNORECASE
)
# "februarmødet 2013", "på junimødet i 2017", "the June meeting": a month joined to the meeting
# (or seminar) held in it names that month.
_MONTH_MEETING = re.compile(
    r"\b(?P<month>"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")(?:s?(?:møde|moede|seminar)\w*|\s+(?:meeting|seminar)s?)\b",
    re.IGNORECASE,
)
_MONTH_MEETING_YEAR = re.compile(
    _MONTH_MEETING.pattern + r"\s+(?:(?:i|in|år|of)\s+)?" + _YEAR, re.IGNORECASE
)


# What is done for a later meeting: "som forberedelse til", "forud for", "before the".
_PREPARES_FOR = re.compile(
    r"\b(?:til|forud\s+for|inden|før|foer|before|ahead\s+of|prepar\w*\s+for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def month_meeting_spans(question: str) -> list[tuple[int, int]]:
    """Where a question joins a month to a meeting ("februarmødet", "the June meeting"): the
    words name a time, not a matter."""
    return [m.span() for m in _MONTH_MEETING.finditer(question)]


def after_month_of_year(before: str) -> bool:
    """Whether ``before`` ends in a month after a preposition of time ("… i jan "): two digits
    that follow are that month's year, as :func:`find_date_spans` reads them."""
    return _PREP_MONTH_BEFORE.search(before) is not None


# i 2013, in 2013, år 2013, the year 2013. A bare 4-digit number is not enough: "the 2018
# programme" and "Strategibrev 2018" name things, they do not date the meeting.
_YEAR_IN = re.compile(
    r"\b(?:i|in|år|året|year|during)\s+(?:(?:år|året|the year)\s+)?" + _NOT_AFTER_NUMBER + _YEAR,
    re.IGNORECASE,
)
# "the first meeting of 2023": the year the meeting was held in, as "in 2023" says it.
_MEETING_OF_YEAR = re.compile(
    r"\b(?:meetings?|seminars?)\s+of\s+(?:the year\s+)?" + _NOT_AFTER_NUMBER + _YEAR,
    re.IGNORECASE,
)
# "seminaret 2017", "direktionsmødet 2013", "the 2017 seminar": a year beside the meeting word
# (the word's head, not "mødeplan 2023") is the year the meeting was held, not a version.
MEETING_WORD = re.compile(
    r"[^\W\d_]*(?:møde|moede|seminar)(?:et|t|r|rne|ne|s)?|meetings?|seminars?", re.IGNORECASE
)
_MEETING_YEAR = re.compile(
    r"\b(?:"
    + MEETING_WORD.pattern
    + r")\s+"
    + _NOT_AFTER_NUMBER
    + _YEAR
    + r"|\bthe\s+"
    + _YEAR.replace("?P<year>", "?P<year2>")
    + r"\s+(?:meetings?|seminars?)\b",
    re.IGNORECASE,
)
_THIS_YEAR = re.compile(r"\b(?:i år|this year)\b(?!\s*\d)", re.IGNORECASE)
# "de sidste år" / "the last year" mean recent years or a rolling year, not the calendar year;
# "ligesom sidste år", "like last year" compare with it, and the question asks of now.
_LAST_YEAR = re.compile(
    r"(?<!de )(?<!the )(?<!som )(?<!like )(?<!\bas )\b(?:sidste år|i fjor|last year)\b(?!\s*\d)",
    re.IGNORECASE,
)

# Case numbers as municipalities write them: "12/32140", "330-2018-3619", "85.02.02-G01-5-17".
CASE_NUMBER_IN_TEXT = re.compile(
    r"(?<![\d/.,-])(\d{2}/\d{3,6}|\d{2,4}-\d{4}-\d{2,7}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,5}-\d{2})"
    r"(?![\d/])"
)

_DANISH_WORDS = DANISH_FUNCTION_WORDS
_ENGLISH_WORDS = ENGLISH_FUNCTION_WORDS
_WORD_RE = re.compile(r"[^\W\d_]+")


_YEAR_IN_TEXT = re.compile(r"(?<![\d/.,-])(?:19|20)\d{2}(?![\d/])")


@functools.lru_cache(maxsize=100_000)
def years_named(text: str) -> frozenset[int]:
    """The years a text names ("strategibrev 2018", "budget 2018-2021" names 2018 and 2021)."""
    return frozenset(int(y) for y in _YEAR_IN_TEXT.findall(text))


_DAY_OF_MONTH = {
    n: re.compile(
        r"(?<![\d.])\d{1,2}\.?\s*(?:"
        + "|".join(re.escape(k) for k, v in sorted(_MONTHS.items()) if v == n)
        + r")\b",
        re.IGNORECASE,
    )
    for n in range(1, 13)
}


# A day written by its number: "13. maj", "9 May", "16/1", "16-01-2023".
_A_DAY = re.compile(
    r"\b\d{1,2}\.?\s*(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b"
    r"|\b\d{1,2}[-./]\d{1,2}(?:[-./]\d{2,4})?\b",
    re.IGNORECASE,
)


def writes_a_day(text: str) -> bool:
    """Whether a text writes a day ("13. maj", "16/1"), not only a month or a year."""
    return _A_DAY.search(text) is not None


def writes_day_of(text: str, month: int) -> bool:
    """Whether a text writes a day of the month numbered ``month`` ("13. maj", "9 May")."""
    return _DAY_OF_MONTH[month].search(text) is not None


def writes_day_ahead(text: str, when: date, month: tuple[int, int]) -> bool:
    """Whether a text of a meeting held on ``when`` plans a day of ``month`` (year, month)
    ahead of it: "13. maj kl. 13-14" in April's minutes, in the same year."""
    year, number = month
    return when.year == year and when < date(year, number, 1) and writes_day_of(text, number)


@dataclass(frozen=True)
class SearchFilters:
    """Restrictions on which chunks a search may return. ``None`` means unrestricted.

    Date bounds are inclusive and apply to the meeting date. Closed (``Lukket``) points are always
    excluded: they have no content, and nothing about them may be shown.
    """

    date_from: date | None = None
    date_to: date | None = None
    case_number: str | None = None
    meeting_id: str | None = None
    board: str | None = None
    year: int | None = None
    # Years a question names ("the council elected in 2018"): a point written in another year
    # that names one of them matches the date bounds too. Never set by a caller's filter,
    # which bounds the meeting date only.
    years_in_text: tuple[int, ...] = ()
    # Points whose decision the minutes date inside the bounds though their meeting is not
    # ("Beslutning 23-01-2023" under the meeting of 16-01-2023): they match the bounds too.
    # Never set by a caller's filter either.
    decided_in: tuple[tuple[str, int], ...] = ()
    # The month (or a season's months) a "when" question dates a thing by ("hvornår skulle
    # borgmesteren deltage i direktionsmødet i maj 2013"): an earlier meeting of that year
    # whose point writes a day of the month ("13. maj kl. 13-14" on a forward list) matches
    # the bounds too. Never set by a caller's filter.
    months_ahead: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"date_from {self.date_from} is after date_to {self.date_to}")

    @property
    def has_dates(self) -> bool:
        """Whether any bound on the meeting date (a date or a year) is set."""
        return self.date_from is not None or self.date_to is not None or self.year is not None

    @property
    def is_empty(self) -> bool:
        """Whether no field is set (closed points are still excluded)."""
        return all(getattr(self, f.name) in (None, ()) for f in fields(self))

    def to_chroma_where(self) -> dict[str, Any]:
        """The filter as a Chroma ``where`` clause over :meth:`Chunk.metadata`.

        Returns:
            ``{"closed": False}`` alone when nothing else is set, otherwise ``{"$and": [...]}``
            with one condition per set field (Chroma rejects an ``$and`` of fewer than two).
        """
        conditions: list[dict[str, Any]] = [{"closed": False}]
        if self.date_from is not None:
            conditions.append({"date_int": {"$gte": date_to_int(self.date_from)}})
        if self.date_to is not None:
            conditions.append({"date_int": {"$lte": date_to_int(self.date_to)}})
        if self.year is not None:
            conditions.append({"year": self.year})
        if self.case_number is not None:
            # Loose: "14/110" finds "14/0110"; records indexed before case_key existed match
            # on the number as written; "96/418" or "00.30.10" finds a journal number's half
            # ("00.30.10 - 96/418", see models.case_keys).
            key = case_key(self.case_number)
            conditions.append(
                {
                    "$or": [
                        {"case_number": self.case_number},
                        {"case_key": key},
                        {"case_key_subject": key},
                        {"case_key_serial": key},
                    ]
                }
            )
        if self.meeting_id is not None:
            conditions.append({"meeting_id": self.meeting_id})
        if self.board is not None:
            conditions.append({"board": self.board})
        return conditions[0] if len(conditions) == 1 else {"$and": conditions}

    def matches(self, chunk: Chunk) -> bool:
        """The same test as :meth:`to_chroma_where`, in Python (for BM25 and other in-memory hits).

        Args:
            chunk: a candidate chunk.

        Returns:
            True when the chunk is open and satisfies every set field.
        """
        dated = (
            (self.date_from is None or chunk.meeting_date >= self.date_from)
            and (self.date_to is None or chunk.meeting_date <= self.date_to)
            and (self.year is None or chunk.meeting_date.year == self.year)
        )
        return (
            not chunk.closed
            and (
                dated
                or bool(self.years_in_text and years_named(chunk.text) & set(self.years_in_text))
                or chunk.point_key in self.decided_in
                or (
                    any(
                        writes_day_ahead(chunk.text, chunk.meeting_date, month)
                        for month in self.months_ahead
                    )
                )
            )
            and (self.case_number is None or case_agrees(chunk.case_number, self.case_number))
            and (self.meeting_id is None or chunk.meeting_id == self.meeting_id)
            and (self.board is None or chunk.board == self.board)
        )


@dataclass(frozen=True)
class ParsedQuestion:
    """What :func:`parse_question` read out of a question.

    ``text`` is the question unchanged (dates and case numbers stay in for retrieval);
    ``case_numbers`` lists every case number mentioned, in order; ``filters.case_number`` is set
    only when exactly one is mentioned; ``language`` is :func:`detect_language`'s verdict.
    """

    text: str
    filters: SearchFilters = field(default_factory=SearchFilters)
    case_numbers: list[str] = field(default_factory=list)
    language: Literal["da", "en"] = "da"


@dataclass(frozen=True)
class _Span:
    start: date
    end: date
    at: tuple[int, int]


def month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _plausible(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def _overlaps(at: tuple[int, int], taken: list[_Span]) -> bool:
    return any(at[0] < s.at[1] and s.at[0] < at[1] for s in taken)


def full_year(yy: int, today: date | None) -> int:
    """A two-digit year's full year: this century unless that lies ahead ("23" is 2023, "98"
    1998)."""
    this_year = (today or date.today()).year
    return 2000 + yy if 2000 + yy <= this_year + 1 else 1900 + yy


def _full_dates(question: str, today: date | None = None) -> list[_Span]:
    """The whole dates a question writes (day, month and year), where they stand; a two-digit
    year is read from ``today`` (the system date by default)."""
    spans: list[_Span] = []
    for pattern in _FULL_DATE_PATTERNS:
        for m in pattern.finditer(question):
            if _overlaps(m.span(), spans):
                continue
            groups = m.groupdict()
            day = int(m.group("day"))
            year = full_year(int(m["yy"]), today) if "yy" in groups else int(m.group("year"))
            month = int(m.group("mnum")) if "mnum" in groups else _MONTHS[m.group("month").lower()]
            if not _plausible(year):
                continue
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            spans.append(_Span(d, d, m.span()))
    return spans


def full_date_at(question: str) -> list[tuple[int, int]]:
    """Where the question writes whole dates ("16-01-2023", "19. juni 2017"): the characters a
    date constraint takes, which are no topic words."""
    return [s.at for s in _full_dates(question)]


def find_date_spans(question: str, today: date | None = None) -> list[tuple[date, date]]:
    """Every date phrase in a question, as inclusive ``(first day, last day)`` ranges.

    Full dates give one day, a month with its year gives the month, a year after "i", "in", "år",
    "year" (and similar) gives the year; "i år"/"this year" and "sidste år"/"last year" count
    from ``today``. More specific phrases win where phrases overlap ("19. juni 2017" is a day,
    not also June). Ranges such as "2018-2021" and bare numbers are never read as years.

    Args:
        question: the question as typed.
        today: the reference date for relative phrases (defaults to the system date).

    Returns:
        The ranges in the order the phrases appear.
    """
    spans = _full_dates(question, today)
    # A when-question dates what it asks about by an event or a holiday, which minutes before
    # it plan ("hvornår er der HU-møder efter sommerferien 2013"): the year alone bounds the
    # meeting.
    asks_when = _WHEN_ASKED.search(question) is not None
    for m in _AFTER_EVENT_MONTH_YEAR.finditer(question):
        year = int(m.group("year"))
        if asks_when or _overlaps(m.span(), spans) or not _plausible(year):
            continue
        first = month_range(year, _MONTHS[m.group("month").lower()])[0]
        spans.append(_Span(first, date(year, 12, 31), m.span()))
    for m in _MONTH_YEAR.finditer(question):
        year = int(m.group("year"))
        if _overlaps(m.span(), spans) or not _plausible(year):
            continue
        spans.append(_Span(*month_range(year, _MONTHS[m.group("month").lower()]), m.span()))
    for m in _SUMMER_HOLIDAY_YEAR.finditer(question):
        year = int(m.group("year"))
        if asks_when or _overlaps(m.span(), spans) or not _plausible(year):
            continue
        if m["after"]:
            spans.append(_Span(date(year, 8, 1), date(year, 12, 31), m.span()))
        else:
            spans.append(_Span(date(year, 1, 1), date(year, 6, 30), m.span()))
    for m in _SEASON_YEAR.finditer(question):
        year = int(m.group("year"))
        if _overlaps(m.span(), spans) or not _plausible(year):
            continue
        first_month, last_month = SEASONS[m.group("season").lower()]
        first = month_range(year, first_month)[0]
        spans.append(_Span(first, month_range(year, last_month)[1], m.span()))
    for m in _MONTH_PAIR_YEAR.finditer(question):
        year = int(m.group("year"))
        if _overlaps(m.span("month"), spans) or not _plausible(year):
            continue
        first, last = month_range(year, _MONTHS[m.group("month").lower()])
        spans.append(_Span(first, last, m.span("month")))
    for m in _MONTH_MEETING_YEAR.finditer(question):
        year = int(m.group("year"))
        if _overlaps(m.span(), spans) or not _plausible(year):
            continue
        first, last = month_range(year, _MONTHS[m.group("month").lower()])
        if _PREPARES_FOR.search(question[: m.start()]):
            # "som forberedelse til februarmødet 2013": the work was done at a meeting before
            # that one, the month before it as well as the month itself.
            first = date(year, first.month - 1, 1) if first.month > 1 else date(year - 1, 12, 1)
        spans.append(_Span(first, last, m.span()))
    relative = today or date.today()
    for pattern in (_MONTH_SHORT_YEAR, _PREP_MONTH_SHORT_YEAR):
        for m in pattern.finditer(question):
            year = full_year(int(m.group("yy")), today)
            if _overlaps(m.span(), spans) or not _plausible(year):
                continue
            spans.append(_Span(*month_range(year, _MONTHS[m.group("month").lower()]), m.span()))
    for m in [
        *_YEAR_IN.finditer(question),
        *_MEETING_OF_YEAR.finditer(question),
        *_MEETING_YEAR.finditer(question),
    ]:
        group = "year" if m.group("year") else "year2"
        year = int(m.group(group))
        at = m.span(group)
        if _overlaps(at, spans) or not _plausible(year):
            continue
        spans.append(_Span(date(year, 1, 1), date(year, 12, 31), at))
    for pattern, year in ((_THIS_YEAR, relative.year), (_LAST_YEAR, relative.year - 1)):
        for m in pattern.finditer(question):
            if not _overlaps(m.span(), spans):
                spans.append(_Span(date(year, 1, 1), date(year, 12, 31), m.span()))
    whole_years = [s for s in spans if (s.start.month, s.start.day, s.end.month) == (1, 1, 12)]
    if len(spans) == 1 and whole_years:
        months = {
            _MONTHS[m.group("month").lower()]
            for pattern in (_PREP_MONTH_ALONE, _MONTH_MEETING)
            for m in pattern.finditer(question)
        }
        if len(months) == 1:
            only = spans[0]
            spans = [_Span(*month_range(only.start.year, months.pop()), only.at)]
    if len(spans) == 1 and (spans[0].start, spans[0].end) == month_range(
        spans[0].start.year, spans[0].start.month
    ):
        # "i april 2013 … og hvad så i maj": a month alone beside one month of a year is a
        # month of that year too (the question names two months, not one).
        only = spans[0]
        for m in _PREP_MONTH_ALONE.finditer(question):
            month = _MONTHS[m.group("month").lower()]
            if not _overlaps(m.span(), spans) and month != only.start.month:
                spans.append(_Span(*month_range(only.start.year, month), m.span()))
    spans.sort(key=lambda s: s.at)
    return [(s.start, s.end) for s in spans]


def find_case_numbers(question: str) -> list[str]:
    """Case numbers (``12/32140``) mentioned in a question, in order, without repeats."""
    return list(dict.fromkeys(m.group(1) for m in CASE_NUMBER_IN_TEXT.finditer(question)))


def detect_language(question: str) -> Literal["da", "en"]:
    """Guess whether a question is Danish or English.

    Args:
        question: the question as typed.

    Returns:
        ``"en"`` when English function words outnumber Danish ones plus one vote for any æ/ø/å,
        otherwise ``"da"`` (the archive's language, so also the answer when in doubt). The
        letters are only one vote because English questions quote Danish names and terms
        ("the Byrådshøjskole programme").
    """
    written = _WORD_RE.findall(question)
    words = [w.lower() for w in written]
    # A name ("Per Aalbæk Nielsen", capitalised after the first word) is no vote: English
    # questions name Danish people and places.
    danish = sum(w in _DANISH_WORDS for w in words) + any(
        re.search(r"[æøåÆØÅ]", w) and (i == 0 or not w[:1].isupper()) for i, w in enumerate(written)
    )
    english = sum(w in _ENGLISH_WORDS for w in words)
    if english == danish:
        # "june 2017 seminar - main decisions pls": no function words either way; the words
        # themselves lean one way ("decisions", "main" are English, "beslutninger" Danish).
        english = sum(language_lean(w) for w in words if not w.isdigit())
        danish = 0
    return "en" if english > danish else "da"


def parse_question(question: str, today: date | None = None) -> ParsedQuestion:
    """Read the filters a question implies: its date phrases and case numbers.

    Several date phrases are joined into one range from the earliest first day to the latest
    last day ("i 2013 og 2017" covers 2013 through 2017): a flat filter cannot express "either",
    and a range that is too wide only costs ranking. A year becomes ``date_from``/``date_to``
    (1 January to 31 December), so all dates are expressed one way.

    Args:
        question: the question as typed.
        today: the reference date for "i år"/"last year" (defaults to the system date).

    Returns:
        The parsed question; its ``text`` is the question unchanged.
    """
    spans = find_date_spans(question, today)
    case_numbers = find_case_numbers(question)
    filters = SearchFilters(
        date_from=min(s for s, _ in spans) if spans else None,
        date_to=max(e for _, e in spans) if spans else None,
        case_number=case_numbers[0] if len(case_numbers) == 1 else None,
    )
    return ParsedQuestion(
        text=question,
        filters=filters,
        case_numbers=case_numbers,
        language=detect_language(question),
    )


def merge(explicit: SearchFilters, parsed: SearchFilters) -> SearchFilters:
    """Combine filters set by the caller with filters read from the question.

    Explicit fields win field by field. Dates are one unit: if the caller sets any date bound or
    a year, the question's dates are ignored entirely (mixing a caller's ``date_from`` with a
    parsed ``date_to`` would make a range neither of them meant).

    Args:
        explicit: filters the user or API caller set.
        parsed: filters from :func:`parse_question`.

    Returns:
        The merged filters.
    """
    dates = explicit if explicit.has_dates else parsed
    return replace(
        explicit,
        date_from=dates.date_from,
        date_to=dates.date_to,
        year=dates.year,
        years_in_text=dates.years_in_text,
        case_number=explicit.case_number or parsed.case_number,
        meeting_id=explicit.meeting_id or parsed.meeting_id,
        board=explicit.board or parsed.board,
    )
