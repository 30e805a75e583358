"""File -> Meeting: read one set of minutes (plain text, markdown or PDF) and find its structure.

The minutes are exports of "REFERAT <board> d. DD-MM-YYYY" documents: a header (Mødedato,
Mødested, Mødedeltagere, Indholdsfortegnelse), then numbered ``Punkt N: Title`` blocks, each with a
case number and headed sections (Baggrund, Indstilling, Beslutning, ...). Everything is read from
the content; the file name is never trusted.

Spans are half-open ``[start, end)`` character offsets into ``Meeting.text``, the decoded text, like
a slice. Section text is cleaned (markup, lost bullet glyphs, figure captions and attendance
footers removed), so it is not always an exact copy of its span.
"""

from __future__ import annotations

import codecs
import html
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from indexer.errors import ParseError
from indexer.models import CASE_NUMBER_RE, AgendaPoint, Attendee, Meeting, Section, TocEntry

__all__ = ["ParseError", "decode_text", "parse_file", "parse_text", "read_text", "slugify"]

UNTITLED_SECTION = "Afsnit uden overskrift"

# Section headings, matched case-insensitively on a whole line; the value is the canonical name.
SECTION_NAMES: dict[str, str] = {
    name.casefold(): name
    for name in (
        "Baggrund",
        "Indstilling",
        "Beslutning",
        "Sagsfremstilling",
        "Bilag",
        "Økonomi",
        "Vurdering",
        "Retsgrundlag",
        "Politik/Plan",
        "Information",
        "Høring",
        "Andre relevante dokumenter",
        "Oversigt",
        "Eventuelt",
        UNTITLED_SECTION,
    )
}

DANISH_MONTHS = {
    "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}  # fmt: skip

# The board is everything between "REFERAT" and " d. "; the date follows.
_TITLE_RE = re.compile(r"^REFERAT\s+(?P<board>.+?)(?:\s+d\.\s*(?P<date>.*))?$", re.IGNORECASE)
_PUNKT_RE = re.compile(r"^Punkt\s+(?P<number>\d+)\s*:\s*(?P<title>.*)$", re.IGNORECASE)
_LABEL_RE = re.compile(r"^(?P<label>Mødedato|Mødested|Mødedeltagere)\s*:?\s*(?P<value>.*)$")
_TOC_HEADING = "indholdsfortegnelse"
_TOC_ENTRY_RE = re.compile(r"^(?P<title>.+?)\s*\.{3,}\s*(?P<page>\d+)?\s*$")
_NUMERIC_DATE_RE = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")
_TEXT_DATE_RE = re.compile(r"(\d{1,2})\.?\s+([a-zæøå]+)\s+(\d{4})", re.IGNORECASE)
_TIME_RE = re.compile(r"\bkl\.?\s*(\d{1,2})[:.](\d{2})\b")
_DECISION_RE = re.compile(
    r"^Beslutning\b.*?\bden\s+(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})$", re.IGNORECASE
)
_PAREN_SUFFIX_RE = re.compile(r"\s*\(([^()]*)\)\s*$")
_FIGURE_CAPTION_RE = re.compile(r"^Figur\s+\d+\s*[-–—:]\s*\S")

_MD_HEADING_RE = re.compile(r"^\s*#{1,6}\s+")
_MD_ITALIC_RE = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")
_MD_BULLET_RE = re.compile(r"^(\s*)\*\s+")
_HTML_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
# Word bullets that lost their glyph on export: " - o " was a circle (a sub-bullet), "- ? " a
# symbol-font bullet, "· " a middle dot.
_SUB_BULLET_RE = re.compile(r"^\s*-\s+o\s+")
_LOST_GLYPH_BULLET_RE = re.compile(r"^(\s*)-\s+\?\s+")
_DOT_BULLET_RE = re.compile(r"^(\s*)[·•▪\uf0b7]\s+")
_TERMINAL_PUNCTUATION = ".!?:;"

# Titles of closed (confidential) points: their body is never read.
_CLOSED_TITLES = {"lukket", "lukket punkt", "lukket sag"}

# Above this share of control characters a decoded "text" is really a binary file.
_MAX_CONTROL_SHARE = 0.05


def read_text(path: Path) -> str:
    """Read a minutes file into normalised text.

    Text files are decoded as UTF-8 (a BOM is dropped), falling back to cp1252 and then latin-1,
    which keeps æøå intact in files saved by older Windows tools. PDFs are read from their text
    layer, pages joined by a blank line. Line endings become ``\\n``, form feeds newlines and
    no-break spaces plain spaces.

    Args:
        path: A ``.txt``/``.md`` (or any text) file, or a ``.pdf``.

    Returns:
        The decoded, normalised text.

    Raises:
        ParseError: The file is empty, binary, or an unreadable, truncated or encrypted PDF.
        OSError: The file cannot be opened.
    """
    return decode_text(path.read_bytes(), path)


def decode_text(data: bytes, path: Path) -> str:
    """Decode the bytes of a minutes file already read (see ``read_text``); ``path`` decides
    PDF or text by its suffix and names the file in errors."""
    if not data.strip():
        raise ParseError(f"empty file: {path}")
    if path.suffix.lower() == ".pdf" or data.startswith(b"%PDF-"):
        text = _read_pdf(data, path)
    else:
        text = _decode(data, path)
    text = _normalise(text)
    if not text.strip():
        raise ParseError(f"empty file: {path} has only whitespace")
    return text


def parse_file(path: Path) -> Meeting:
    """Read and parse one minutes file.

    Args:
        path: The file to read (see ``read_text``).

    Returns:
        The meeting, with ``source_path`` set to ``str(path)``.

    Raises:
        ParseError: The file cannot be decoded or has no usable structure.
        OSError: The file cannot be opened.
    """
    return parse_text(read_text(path), str(path))


def parse_text(text: str, source_path: str) -> Meeting:
    """Find the header facts, agenda points and sections of one set of minutes.

    Args:
        text: The decoded minutes, as ``read_text`` returns them. All spans index into it.
        source_path: Where the text came from; only stored and used in error messages.

    Returns:
        The meeting. Closed (``Lukket``) points carry no sections.

    Raises:
        ParseError: No meeting date, no agenda points, or a punkt number used twice.
    """
    lines = _split_lines(text)
    headings = [i for i, line in enumerate(lines) if _PUNKT_RE.match(_demark(line.raw))]
    header = lines[: headings[0]] if headings else lines

    board, meeting_date = _title(header, source_path)
    labels = _labels(header)
    attendees = _attendees(labels.get("Mødedeltagere", ""))
    if not headings:
        raise ParseError(f"no agenda points found in {source_path}")

    # The 2023 export repeats "Afbud <name>" after every punkt: an attendance footer, not content.
    footers = {_fold(f"Afbud {a.name}") for a in attendees if a.absent}
    bounds = [*headings, len(lines)]
    points: list[AgendaPoint] = []
    seen: set[int] = set()
    for first, stop in zip(bounds, bounds[1:], strict=False):
        point = _point(lines[first:stop], footers)
        if point.number in seen:
            raise ParseError(f"duplicate punkt number {point.number} in {source_path}")
        seen.add(point.number)
        points.append(point)
        if point.closed:
            text = _redact_closed(text, lines[first:stop], point)

    return Meeting(
        meeting_id=f"{slugify(board)}-{meeting_date.isoformat()}",
        board=board,
        date=meeting_date,
        start_time=_start_time(labels.get("Mødedato", "")),
        location=labels.get("Mødested") or None,
        attendees=attendees,
        toc=_toc(header),
        points=tuple(points),
        source_path=source_path,
        text=text,
    )


def _redact_closed(text: str, lines: Sequence[_Line], point: AgendaPoint) -> str:
    """Blank out whatever follows a closed point's heading and case number in the stored text.

    A closed point is confidential: only its title and case number may be kept. Blanking (not
    cutting) keeps every other span valid.
    """
    keep_to = lines[0].end
    for line in lines[1:]:
        if line.blank:
            continue
        if point.case_number is not None and _demark(line.raw) == point.case_number:
            keep_to = line.end
        break
    stop = lines[-1].end
    if stop <= keep_to:
        return text
    body = re.sub(r"[^\n]", " ", text[keep_to:stop])
    return text[:keep_to] + body + text[stop:]


def slugify(value: str) -> str:
    """Make a lowercase ASCII id part from a board name.

    Args:
        value: A name such as "Økonomiudvalget" or "Børne- og Ungeudvalget".

    Returns:
        The slug: æ -> ae, ø -> oe, å -> aa, other accents dropped, every run of anything else
        -> ``-`` ("oekonomiudvalget", "boerne-og-ungeudvalget").
    """
    value = value.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", value).strip("-")


# --- reading -------------------------------------------------------------------------------


def _decode(data: bytes, path: Path) -> str:
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        # Word's "Unicode text" export: NUL bytes here are UTF-16, not a binary file.
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as e:
                raise ParseError(f"binary file {path}: bad UTF-16 text ({e.reason})") from e
    if b"\x00" in data:
        raise ParseError(f"binary file {path}: contains NUL bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            # cp1252 leaves five bytes undefined; latin-1 defines all 256 and agrees on æøå.
            text = data.decode("latin-1")
    controls = sum(
        1 for ch in text if ch not in "\t\n\r\f\v" and unicodedata.category(ch) in ("Cc", "Co")
    )
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise ParseError(f"binary file {path}: {controls} of {len(text)} characters are not text")
    return text


def _read_pdf(data: bytes, path: Path) -> str:
    if not data.startswith(b"%PDF-"):
        raise ParseError(f"unreadable PDF {path}: no %PDF header")
    # pypdf quietly rebuilds a cut-off file from what is left; a missing trailer must fail loudly
    # instead of indexing half a meeting.
    if b"%%EOF" not in data[-2048:]:
        raise ParseError(f"truncated PDF {path}: no %%EOF trailer")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ParseError(f"encrypted PDF {path}: a password is needed to read it")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ParseError:
        raise
    except Exception as e:  # pypdf raises many exception types for damaged files
        raise ParseError(f"unreadable PDF {path}: {type(e).__name__}: {e}") from e
    if not any(p.strip() for p in pages):
        raise ParseError(f"empty file: {path} has no text layer (scanned PDF?)")
    return "\n\n".join(pages)


def _normalise(text: str) -> str:
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch in "\f\v\u2028\u2029":
        text = text.replace(ch, "\n")
    for ch in "\u00a0\u202f\u2007":
        text = text.replace(ch, " ")
    return text


# --- lines and header ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """One line of the text without its newline; ``start``/``end`` is its span in the text."""

    start: int
    end: int
    raw: str

    @property
    def blank(self) -> bool:
        return not self.raw.strip()

    @property
    def content_start(self) -> int:
        return self.start + len(self.raw) - len(self.raw.lstrip())

    @property
    def content_end(self) -> int:
        return self.start + len(self.raw.rstrip())


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def _demark(raw: str) -> str:
    """A heading-like line without markdown decoration: ``## **Bilag**`` -> ``Bilag``."""
    s = _MD_HEADING_RE.sub("", raw.strip()).replace("**", "").strip()
    if len(s) > 1 and s[0] == s[-1] == "*":
        s = s[1:-1].strip()
    return s


def _fold(s: str) -> str:
    return " ".join(s.split()).casefold()


def _title(header: Sequence[_Line], source_path: str) -> tuple[str, date]:
    for line in header:
        m = _TITLE_RE.match(_demark(line.raw))
        if m is None:
            continue
        board = m["board"].strip()
        found = _date_in(m["date"] or "") or _date_in(_labels(header).get("Mødedato", ""))
        if found is None:
            raise ParseError(
                f"no meeting date in {source_path}: neither the title {line.raw.strip()!r} "
                "nor a Mødedato line gives one"
            )
        return board, found
    raise ParseError(
        f"no meeting date in {source_path}: no 'REFERAT <board> d. DD-MM-YYYY' title line"
    )


def _numeric_date(value: str) -> date | None:
    m = _NUMERIC_DATE_RE.search(value)
    if m is None:
        return None
    try:
        return date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None


def _date_in(value: str) -> date | None:
    """The first date in a title or ``Mødedato`` value: "19-06-2017" or "19. juni 2017"."""
    numeric = _numeric_date(value)
    if numeric is not None:
        return numeric
    for m in _TEXT_DATE_RE.finditer(value):
        month = DANISH_MONTHS.get(m[2].casefold())
        if month is not None:
            try:
                return date(int(m[3]), month, int(m[1]))
            except ValueError:
                return None
    return None


def _start_time(value: str) -> str | None:
    m = _TIME_RE.search(value)
    return f"{int(m[1]):02d}:{m[2]}" if m else None


def _labels(header: Sequence[_Line]) -> dict[str, str]:
    """Header ``Label value`` lines; a value may wrap onto following lines up to a blank line."""
    labels: dict[str, str] = {}
    current: str | None = None
    for line in header:
        text = _demark(line.raw)
        m = _LABEL_RE.match(text)
        if m:
            current = m["label"]
            labels[current] = m["value"].strip()
        elif line.blank or text.casefold() == _TOC_HEADING:
            current = None
        elif current is not None:
            labels[current] = f"{labels[current]} {text}".strip()
    return labels


def _attendees(value: str) -> tuple[Attendee, ...]:
    attendees: list[Attendee] = []
    for part in value.split(","):
        name = " ".join(part.split())
        absent = False
        role: str | None = None
        while m := _PAREN_SUFFIX_RE.search(name):
            note = " ".join(m[1].split())
            if note.casefold() == "afbud":
                absent = True
            elif note:
                role = note
            name = name[: m.start()].strip()
        if name:
            attendees.append(Attendee(name=name, absent=absent, role=role))
    return tuple(attendees)


def _toc(header: Sequence[_Line]) -> tuple[TocEntry, ...]:
    entries: list[TocEntry] = []
    inside = False
    for line in header:
        text = _demark(line.raw)
        if text.casefold() == _TOC_HEADING:
            inside = True
        elif inside and (m := _TOC_ENTRY_RE.match(text)):
            entries.append(TocEntry(m["title"].strip(), int(m["page"]) if m["page"] else None))
    return tuple(entries)


# --- points and sections -------------------------------------------------------------------


def _point(lines: Sequence[_Line], footers: set[str]) -> AgendaPoint:
    heading = lines[0]
    m = _PUNKT_RE.match(_demark(heading.raw))
    assert m is not None  # the caller split the text at lines that match
    number, title = int(m["number"]), m["title"].strip()
    closed = title.casefold().strip(" .:-–()") in _CLOSED_TITLES

    body_from = 1
    case_number: str | None = None
    for i in range(1, len(lines)):
        if lines[i].blank:
            continue
        candidate = _demark(lines[i].raw)
        if CASE_NUMBER_RE.match(candidate):
            case_number = candidate
            body_from = i + 1
        break

    def is_noise(line: _Line) -> bool:
        return _is_noise(line, footers)

    body = lines[body_from:]
    content = [line for line in lines[:body_from] if not line.blank]
    content += [line for line in body if not line.blank and not is_noise(line)]
    end = content[-1].content_end
    if closed:
        # Only the heading and case number of a closed point are public.
        end = content[min(len(content), 2 if case_number else 1) - 1].content_end
    sections = () if closed else _sections(body, heading, footers)
    return AgendaPoint(
        number=number,
        title=title,
        case_number=case_number,
        closed=closed,
        sections=sections,
        start=heading.content_start,
        end=end,
    )


def _is_noise(line: _Line, footers: set[str]) -> bool:
    text = line.raw.strip()
    return bool(_FIGURE_CAPTION_RE.match(text)) or _fold(text) in footers


@dataclass(frozen=True)
class _Heading:
    name: str
    heading: str
    decision_date: date | None


def _section_heading(raw: str) -> _Heading | None:
    """A line that opens a section. A trailing colon ("Baggrund:") marks a sub-heading inside
    another section, so it never matches."""
    text = " ".join(_demark(raw).split())
    if len(text) > 80:
        return None
    m = _DECISION_RE.match(text)
    if m:
        try:
            decided: date | None = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            decided = None
        return _Heading("Beslutning", text, decided)
    name = SECTION_NAMES.get(text.casefold())
    return _Heading(name, text, None) if name else None


def _sections(body: Sequence[_Line], heading: _Line, footers: set[str]) -> tuple[Section, ...]:
    sections: list[Section] = []
    current = _Heading(UNTITLED_SECTION, "", None)
    current_lines: list[_Line] = []
    anchor = heading.end  # where an empty section's zero-width span sits
    untitled = True

    def flush() -> None:
        section = _section(current, current_lines, anchor, footers)
        # Text before the first heading only counts when there is some.
        if not (untitled and not section.text):
            sections.append(section)

    for line in body:
        found = None if line.blank else _section_heading(line.raw)
        if found is None:
            current_lines.append(line)
            continue
        flush()
        current, current_lines, anchor, untitled = found, [], line.end, False
    flush()
    return tuple(sections)


def _section(head: _Heading, lines: Sequence[_Line], anchor: int, footers: set[str]) -> Section:
    kept = [line for line in lines if not line.blank and not _is_noise(line, footers)]
    if not kept:
        return Section(head.name, "", anchor, anchor, head.heading, head.decision_date)
    first, last = lines.index(kept[0]), lines.index(kept[-1])
    body = [line.raw for line in lines[first : last + 1] if not _is_noise(line, footers)]
    return Section(
        name=head.name,
        text=_clean_body(body),
        start=kept[0].content_start,
        end=kept[-1].content_end,
        heading=head.heading,
        decision_date=head.decision_date,
    )


def _clean_body(raw_lines: Sequence[str]) -> str:
    lines = _join_split_sentences([_clean_line(raw) for raw in raw_lines])
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _clean_line(raw: str) -> str:
    line = raw.rstrip(" \r")
    if _HTML_TAG_RE.search(line):
        line = html.unescape(_HTML_TAG_RE.sub("", line))
    line = _MD_HEADING_RE.sub("", line).replace("**", "")
    line = _MD_ITALIC_RE.sub(r"\1", line)
    line = _MD_BULLET_RE.sub(r"\1- ", line)
    line = _SUB_BULLET_RE.sub("  - ", line)
    line = _LOST_GLYPH_BULLET_RE.sub(r"\1- ", line)
    line = _DOT_BULLET_RE.sub(r"\1- ", line)
    # Keep TABs: a trailing one is an empty table cell.
    return line.rstrip(" ")


def _join_split_sentences(lines: Sequence[str]) -> list[str]:
    """Undo page-break splits: a line that ends mid-sentence continues after blank lines when
    the next line starts with a lowercase word ("...temadrøftelsen, at" / "der er behov ...").

    Only a plain word counts, so an annotation under a sub-heading ("Samarbejde med Roskilde" /
    "v/Lars Holte") stays on its own line.
    """
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        first = stripped.split(maxsplit=1)[0] if stripped else ""
        if first.isalpha() and first.islower() and out and not out[-1].strip():
            prev = len(out) - 1
            while prev >= 0 and not out[prev].strip():
                prev -= 1
            before = out[prev].rstrip() if prev >= 0 else ""
            if before and before[-1] not in _TERMINAL_PUNCTUATION and "\t" not in before:
                del out[prev + 1 :]
                out[prev] = f"{before} {stripped}"
                continue
        out.append(line)
    return out
