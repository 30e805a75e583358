"""The shared vocabulary of Referat: meetings, agenda points, sections, chunks and hits.

Plain dataclasses inside the pipeline; pydantic lives only at the boundaries (HTTP, settings).
Every character span is half-open, ``[start, end)``, into ``Meeting.text`` (the decoded source
file), like a slice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from indexer.language import CASE_SYSTEMS

# A case number is kept as the municipality writes it: "12/32140", "09/24491", "330-2018-3619",
# "85.02.02-G01-5-17", "8". One token of letters, digits and . / - with at least one digit.
# One token of letters, digits and separators; or a KLE number and its facet written apart
# ("02.34.02 G 01", as older minutes write it); or a journal number that joins a KLE number
# (and its facet) to the journal's year and serial with a spaced dash ("00.30.10 - 96/418").
_KLE_CODE = r"\d{2}\.\d{2}(?:\.\d{2})?"
_JOURNAL_TAIL = r" [-–—] \d{2}/\d{1,6}"
# A series' letters set apart from the number: "SB 22/009", "LR 94-11" (the reader, the model
# and the API's filter pattern share these two parts).
SERIES_LETTERS = r"[A-ZÆØÅ]{1,5}"
SERIES_NUMBER = r"\d{1,4}(?:[./-]\d{1,8}){1,3}"
CASE_NUMBER_RE = re.compile(
    r"^(?:(?=[^\d\s]{0,40}\d)[0-9A-Za-zÆØÅæøå][0-9A-Za-zÆØÅæøå./-]{0,39}"
    rf"|{SERIES_LETTERS} {SERIES_NUMBER}"
    rf"|{_KLE_CODE} [A-ZÆØÅ] ?\d{{2}}"
    rf"|{_KLE_CODE}(?: ?[A-ZÆØÅ] ?\d{{2}})?{_JOURNAL_TAIL}"
    # ("00.01 A00-02/0288": the facet written apart, the journal's year and serial joined to it
    # by a hyphen, as "05.04.06-02/0311" joins them to a number without a facet.)
    rf"|{_KLE_CODE} [A-ZÆØÅ] ?\d{{2}}-\d{{2}}/\d{{1,6}})$"
)
# A journal number's two halves: the KLE subject (its facet with it) and the year/serial.
_JOURNAL_RE = re.compile(
    rf"^[ \t]*({_KLE_CODE}(?:[ \t]?[A-ZÆØÅ][ \t]?\d{{2}})?)[ \t]{{1,3}}[-–—][ \t]{{1,3}}"
    r"(\d{2}/\d{1,6})[ \t]*$"
)
_CASE_PART_RE = re.compile(r"[0-9A-Za-zÆØÅæøå]+")
# A KLE facet's letter and digits, spaced or not: "02.34.02 G 01" (typed or OCR'd minutes) and
# "02.34.02 G01" are one case. A single letter standing alone before digits is such a facet;
# a word before digits ("EMN 2023") is a part of its own.
_SPACED_FACET_RE = re.compile(r"(?<![0-9A-Za-zÆØÅæøå])([A-Za-zÆØÅæøå])[ \t]+(?=\d)")
# A case number's label, when one is written with it ("Sag nr. 2417", "Sagsnr.: 24/1234",
# "J.nr. 12/345", "Case no. 25/00031", "KLE 09.02.20-P15-2-23"): no part of the number, so
# "Sag nr. 8" and "8" agree.
# The case system's name (or its initials) joined to "sag" ("Acadre-sag 16/0012", "SBSYS sag
# 24/1234") labels the system's case, as the reader reads it (indexer.headings' _CASE_LABEL).
_CASE_SYSTEM_PREFIX = (
    "(?:"
    + "|".join(re.escape(n).replace(r"\ ", "[ \t]") for n in CASE_SYSTEMS)
    + r"|(?-i:[A-ZÆØÅ][A-ZÆØÅ0-9]{1,5}))[ \t-]{1,3}"
)
_CASE_LABEL_RE = re.compile(
    rf"^[ \t]*(?:(?:{_CASE_SYSTEM_PREFIX})?sag(?:s)?(?:[ \t]{{0,3}}nr\.?|snummer|s-?id|s[ \t]?id)?"
    r"|sagsnr\.?|j\.?[ \t]?nr\.?"
    r"|journal(?:nr\.?|nummer)|case(?:[ \t]{1,3}(?:no\.?|number|ref\.?|reference))?|nr\.?"
    # A case system that calls its cases "emner": "Emne-ID: TB-2023-00101", "Emnenr. 24/117".
    r"|emne(?:[ \t-]?id|[ \t-]?nr\.?|nummer)"
    # An older journal's act: "Akt. 231/16", "Aktnr. 12/2009" (see indexer.headings).
    r"|akt(?:\.|[ \t]?nr\.?|nummer)"
    # English minutes' reference: "Ref: HPC/18/0170", "Ref. no. 24/1234", "Reference 24/1234".
    r"|ref(?:\.|erence)?(?:[ \t]{1,3}(?:no\.?|nr\.?|number))?"
    # "KLE 09.02.20-P15-2-23": the scheme the number is written in, no part of it.
    r"|kle(?:[ \t-]{0,3}(?:nr\.?|nummer))?)"
    r"(?:[ \t]{0,3}:?[ \t]{0,3}(?=\d)"
    # A number that opens with its series' letters ("Journalnr.: SF-2022-101", "Ref:
    # HPC/18/0170"): only where a colon or a space sets the label apart, so a number that is one
    # token ("NR-2022-1", "REF-12") keeps its letters.
    r"|(?:[ \t]{0,3}:[ \t]{0,3}|[ \t]{1,3})(?=[A-Za-zÆØÅæøå]{1,8}[-/.]?\d))",
    re.IGNORECASE,
)

# What a file holds: the agenda before the meeting, the minutes after it, or extra points
# decided at the same meeting and published later.
KINDS = ("dagsorden", "referat", "tillægsreferat")
# A tillægsreferat adds points to a meeting another file holds: it never replaces that file and
# is never replaced by it (see ``merge_supplements`` and indexer.pipeline).
SUPPLEMENT = "tillægsreferat"


def case_without_label(value: str) -> str:
    """ "Sag nr. 2417" -> "2417": a case number without the label written with it."""
    return _CASE_LABEL_RE.sub("", value, count=1).strip()


def case_key(value: str) -> str:
    """A case number reduced for loose comparison: "14/110", "14-110" and "14/0110" agree, so do
    "Sag nr. 2417" and "2417" (a label written with the number is no part of it), and so do
    "02.34.02 G 01" and "02.34.02 G01" (a KLE facet spaced or not).

    Args:
        value: A case number in any municipality's format.

    Returns:
        Its letter/digit parts, casefolded, leading zeros dropped, joined by ``-``.
    """
    value = _SPACED_FACET_RE.sub(r"\1", case_without_label(value))
    parts = [p.casefold().lstrip("0") or "0" for p in _CASE_PART_RE.findall(value)]
    return "-".join(parts)


def case_parts(value: str) -> tuple[str, str] | None:
    """ "J.nr. 00.30.10 - 96/418" -> ("00.30.10", "96/418"): a journal number's KLE subject and
    its year/serial, each a case number of its own in a question; None for any other form."""
    m = _JOURNAL_RE.match(case_without_label(value))
    return (m[1], m[2]) if m else None


def case_keys(value: str) -> tuple[str, ...]:
    """The keys a point's case number is found by: its own ``case_key``, and for a journal number
    ("00.30.10 - 96/418") the key of each half too, so a question naming "96/418" or "00.30.10"
    finds it (as it found the halves before the reader kept them together). A question's case
    number is compared by its own ``case_key`` alone (see :func:`case_agrees`)."""
    keys = [case_key(value)]
    if parts := case_parts(value):
        keys.extend(case_key(p) for p in parts)
    return tuple(dict.fromkeys(keys))


def case_agrees(point_case: str | None, asked: str) -> bool:
    """Whether a point whose case number is ``point_case`` carries the case a question or filter
    names (``asked``), compared loosely: "14/110" finds "14/0110", and "96/418" or "00.30.10"
    finds the journal number "00.30.10 - 96/418"."""
    return bool(point_case) and case_key(asked) in case_keys(point_case or "")


def make_meeting_id(board_slug: str, day: date, municipality_slug: str = "") -> str:
    """The id of a meeting: board and date (and municipality when one is given).

    Every file of one meeting shares it: the minutes replace the agenda, and a tillægsreferat's
    points are points of the same meeting (they are merged, ``merge_supplements``).
    """
    parts = [municipality_slug, board_slug, day.isoformat()]
    return "-".join(p for p in parts if p)


@dataclass(frozen=True)
class Section:
    """One headed block of an agenda point (Baggrund, Indstilling, Beslutning, ...).

    ``start``/``end`` is the half-open span of the block's body text in ``Meeting.text``.
    ``decision_date`` is set for Beslutning blocks: a point can carry two of them (postponed on
    one date, decided on a later one), so each keeps its own date.
    """

    name: str
    text: str
    start: int
    end: int
    heading: str = ""
    decision_date: date | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end}) for section {self.name!r}")

    @property
    def is_decision(self) -> bool:
        return self.name == "Beslutning"


@dataclass(frozen=True)
class AgendaPoint:
    """A numbered point ("Punkt N") of a meeting. Closed (``Lukket``) points carry no sections."""

    number: int
    title: str
    case_number: str | None
    closed: bool
    sections: tuple[Section, ...]
    start: int
    end: int
    label: str = ""  # the number or code as printed ("ØU-55/07-O"), when it is not just N
    # The tillægsreferat file the point was read from, once merged into its meeting
    # (``merge_supplements``); empty for the points of the meeting's own file.
    supplement: str = ""

    def __post_init__(self) -> None:
        if self.number < 1:
            raise ValueError(f"punkt number must be positive, got {self.number}")
        if self.case_number is not None and not CASE_NUMBER_RE.match(self.case_number):
            raise ValueError(f"bad case number {self.case_number!r} in punkt {self.number}")
        if self.closed and self.sections:
            raise ValueError(f"closed punkt {self.number} must not carry sections")

    @property
    def decisions(self) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.is_decision)

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.sections if s.text)


@dataclass(frozen=True)
class Attendee:
    name: str
    absent: bool = False
    role: str | None = None


@dataclass(frozen=True)
class TocEntry:
    title: str
    page: int | None


@dataclass(frozen=True)
class Meeting:
    """One set of minutes: the header facts and its agenda points, read from the content."""

    meeting_id: str
    board: str
    date: date
    start_time: str | None
    location: str | None
    attendees: tuple[Attendee, ...]
    toc: tuple[TocEntry, ...]
    points: tuple[AgendaPoint, ...]
    source_path: str
    text: str = field(repr=False)
    kind: str = "referat"
    # The municipality (or region) that issued the minutes, by its place's name as the letterhead
    # or header writes it ("Lyngmose" for "Lyngmose Kommune"; "Region Midtjylland"): see
    # indexer.issuer. None where the content does not say.
    municipality: str | None = None
    # What the reader noticed but could live with (a punkt number used twice, a guessed board).
    warnings: tuple[str, ...] = ()
    # The tillægsreferat files merged into this meeting (``merge_supplements``).
    supplements: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}: one of {', '.join(KINDS)}")

    def point(self, number: int) -> AgendaPoint | None:
        return next((p for p in self.points if p.number == number), None)

    def point_labelled(self, label: str) -> AgendaPoint | None:
        """The point printed as ``label`` ("3a" finds "3 a", "3.a", "3A")."""
        key = _label_key(label)
        return next((p for p in self.points if p.label and _label_key(p.label) == key), None)

    @property
    def absent(self) -> tuple[Attendee, ...]:
        return tuple(a for a in self.attendees if a.absent)


def merge_supplements(meetings: Iterable[Meeting]) -> list[Meeting]:
    """One meeting per meeting id: each tillægsreferat's points merged into the meeting it adds to.

    Every file keeps its own catalogue record (so it is replaced or removed on its own); this is
    the archive as it is read. The meeting's own file (referat or dagsorden) gives the header
    facts; a tillægsreferat with no such file stands for the meeting on its own. Points are in
    number order; each merged point names its file in ``AgendaPoint.supplement``. The indexer
    keeps numbers unique across the files of a meeting (``indexer.pipeline``), so a point is
    still found by meeting id and number.

    Args:
        meetings: one meeting per indexed file.

    Returns:
        The merged meetings, oldest first.
    """
    groups: dict[str, list[Meeting]] = {}
    for m in sorted(meetings, key=lambda m: (m.kind == SUPPLEMENT, m.source_path)):
        groups.setdefault(m.meeting_id, []).append(m)
    merged: list[Meeting] = []
    for group in groups.values():
        base, extra = group[0], [m for m in group if m.kind == SUPPLEMENT]
        if not extra:
            merged.append(base)
            continue
        own = () if base.kind == SUPPLEMENT else base.points
        added = [replace(p, supplement=m.source_path) for m in extra for p in m.points]
        points = sorted([*own, *added], key=lambda p: p.number)  # stable: own points first
        merged.append(
            replace(
                base,
                points=tuple(points),
                supplements=tuple(m.source_path for m in extra),
            )
        )
    return sorted(merged, key=lambda m: (m.date, m.meeting_id))


@dataclass(frozen=True)
class Chunk:
    """A searchable piece of one agenda point, carrying everything a citation needs.

    ``text`` starts with a self-describing header (board, date, punkt, title, section) so a chunk
    found alone still says where it is from; ``body`` is the source text without that header.
    ``start``/``end`` is the half-open span of ``body`` in the source text (-1 when the body is
    not one contiguous run of the source, e.g. a closed point's stub).
    """

    chunk_id: str
    meeting_id: str
    board: str
    meeting_date: date
    punkt: int
    title: str
    case_number: str | None
    section: str
    closed: bool
    source_path: str
    start: int
    end: int
    text: str
    body: str
    content_hash: str
    ordinal: int = 0

    @property
    def point_key(self) -> tuple[str, int]:
        return (self.meeting_id, self.punkt)

    def metadata(self) -> dict[str, str | int | float | bool]:
        """Flat scalar metadata for Chroma filters (Chroma accepts no None or nested values)."""
        parts = case_parts(self.case_number) if self.case_number else None
        return {
            "meeting_id": self.meeting_id,
            "board": self.board,
            "meeting_date": self.meeting_date.isoformat(),
            "date_int": date_to_int(self.meeting_date),
            "year": self.meeting_date.year,
            "punkt": self.punkt,
            "title": self.title,
            "case_number": self.case_number or "",
            "case_key": case_key(self.case_number) if self.case_number else "",
            # A journal number's halves ("00.30.10 - 96/418"), each found by a filter naming it.
            "case_key_subject": case_key(parts[0]) if parts else "",
            "case_key_serial": case_key(parts[1]) if parts else "",
            "section": self.section,
            "closed": self.closed,
            "source_path": self.source_path,
            "start": self.start,
            "end": self.end,
            "body_offset": len(self.text) - len(self.body),
            "content_hash": self.content_hash,
            "ordinal": self.ordinal,
        }

    @classmethod
    def from_record(cls, chunk_id: str, document: str, meta: dict[str, object]) -> Chunk:
        """Rebuild a chunk from what the store holds (document text plus flat metadata)."""
        offset = int(str(meta.get("body_offset", 0)))
        return cls(
            chunk_id=chunk_id,
            meeting_id=str(meta["meeting_id"]),
            board=str(meta.get("board", "")),
            meeting_date=date.fromisoformat(str(meta["meeting_date"])),
            punkt=int(str(meta["punkt"])),
            title=str(meta.get("title", "")),
            case_number=str(meta.get("case_number") or "") or None,
            section=str(meta.get("section", "")),
            closed=bool(meta.get("closed", False)),
            source_path=str(meta.get("source_path", "")),
            start=int(str(meta.get("start", -1))),
            end=int(str(meta.get("end", -1))),
            text=document,
            body=document[offset:],
            content_hash=str(meta.get("content_hash", "")),
            ordinal=int(str(meta.get("ordinal", 0))),
        )


@dataclass(frozen=True)
class Hit:
    """A chunk found by one retriever, with that retriever's score (higher is better)."""

    chunk: Chunk
    score: float


def date_to_int(d: date) -> int:
    """A sortable integer date (20170619) for Chroma range filters, which only compare numbers."""
    return d.year * 10000 + d.month * 100 + d.day


def _label_key(label: str) -> str:
    return "".join(c for c in label.lower() if c.isalnum())
