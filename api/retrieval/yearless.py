"""A day and month typed without a year, read as the archive's latest meeting of that day.

Staff say "mødet 30/4" or "huskelisten fra 21. maj" as they say "last Tuesday's meeting": the
year goes without saying. A question that gives no year anywhere and writes a day and month on
which the archive holds a meeting (or dates a decision) is read with the latest such year
written beside it ("30/4 2013"), so the date reader, the meeting overview and the evidence all
see the meeting meant; the answer says how the question was read (``read_as``). A day the
archive holds no meeting on is left alone: it may be a deadline or an event, not a meeting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from api.retrieval.question import find_date_spans
from indexer.language import MONTH_ALTERNATION, MONTHS

# Any year the question writes: then a yearless day is a day of that year, or of another
# matter, and the date reader decides.
_ANY_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|'\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b")
# "30/4", "d. 21/5": a day and month number with a slash, nothing glued on ("12/32140" is a
# case, "16/1-23" a full date, "1/3 af budgettet" a share).
_DAY_SLASH_RE = re.compile(
    r"(?<![\d./,–-])(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![\d/.,–-]|\s+(?:af|of|del|dele)\b)"
)
# "21. maj", "30 april", "the 30th of April": a day before a month name, no year after it.
_DAY_NAME_RE = re.compile(
    r"(?<![\d.,/–-])\b(?P<day>\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<name>{MONTH_ALTERNATION})\b\.?(?!\s*,?\s*'?\d)",
    re.IGNORECASE,
)
# "April 30", "May 21st": an English month name before the day.
_NAME_DAY_RE = re.compile(
    rf"\b(?P<name>{MONTH_ALTERNATION})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![\d.,:/-])",
    re.IGNORECASE,
)
# A case or point number written before a slash is no day: "sag 12/3", "sagsnr. 12/3", "pkt.
# 4/2". ("øvrige sager 16/1" is the matters of a day: a plural names no one case.)
_NUMBERED_BEFORE_RE = re.compile(
    r"(?:\bsag(?:en|s\w*)?|nr|j\.?\s?nr|punkt|pkt|item|case)\.?\s*$", re.IGNORECASE
)


def with_meeting_years(question: str, days: Iterable[date]) -> str:
    """``question`` with the year of the latest of ``days`` (meeting and decision dates) that
    falls on each day and month it writes without a year; unchanged where it writes a year, or
    where no such day is in the archive."""
    if _ANY_YEAR_RE.search(question) or find_date_spans(question):
        # "i jan 23" is January 2023: a date the question gives is read as it gives it.
        return question
    latest: dict[tuple[int, int], int] = {}
    months: set[tuple[int, int]] = set()
    for day in days:
        key = (day.month, day.day)
        latest[key] = max(latest.get(key, day.year), day.year)
        months.add((day.year, day.month))
    spots: list[tuple[int, int]] = []  # (end of the date, year to write there)
    for m in _DAY_SLASH_RE.finditer(question):
        if _NUMBERED_BEFORE_RE.search(question[: m.start()]):
            continue
        year = latest.get((int(m.group("month")), int(m.group("day"))))
        if year is not None:
            spots.append((m.end(), year))
    for pattern in (_DAY_NAME_RE, _NAME_DAY_RE):
        for m in pattern.finditer(question):
            month = MONTHS.get(m.group("name").lower().rstrip("."))
            if pattern is _NAME_DAY_RE and (2000 + int(m.group("day")), month) in months:
                # "(jan 23)" is January 2023 as often as the 23rd: the archive holds that
                # month, so the question is left as typed.
                continue
            year = latest.get((month, int(m.group("day")))) if month else None
            if year is not None and all(end != m.end() for end, _ in spots):
                spots.append((m.end(), year))
    for end, year in sorted(spots, reverse=True):
        question = f"{question[:end]} {year}{question[end:]}"
    return question
