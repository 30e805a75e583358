"""Meeting -> chunks: one chunk per agenda point when it fits the embedding window.

A longer point is split at section boundaries first, then at paragraphs, then lines, then words
(never mid-word), with a small overlap carried from the end of one piece into the next. Every chunk
starts with a header (board, date, ``Punkt N: title``, case number, sections) so that a chunk found
alone still says where it is from.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from indexer.models import SUPPLEMENT, AgendaPoint, Chunk, Meeting, Section

TokenCounter = Callable[[str], int]


def approx_tokens(text: str) -> int:
    """A cheap stand-in for a model tokenizer: about 3.5 characters per token for Danish."""
    return max(1, int(len(text) / 3.5) + 2)


@dataclass(frozen=True)
class _Piece:
    """A run of one point's text that travels as a unit while packing chunks."""

    text: str
    section: str
    start: int
    end: int


def chunk_header(meeting: Meeting, point: AgendaPoint, sections: str = "") -> str:
    """The self-describing first line(s) of a chunk."""
    case = f" (sag {point.case_number})" if point.case_number else ""
    head = (
        f"{meeting.board} {meeting.date.strftime('%d-%m-%Y')} – "
        f"Punkt {point.number}: {point.title}{case}"
    )
    return f"{head}\n{sections}\n" if sections else f"{head}\n"


def chunk_prefix(meeting: Meeting) -> str:
    """What a chunk id starts with: the meeting id, and for a tillægsreferat also its file.

    A tillægsreferat's points carry the meeting's id, so their chunk ids name the file too:
    while a colliding punkt number is being renumbered (``indexer.pipeline``), one file's chunk
    must never share an id with another file's, or replacing one would delete the other's.
    """
    if meeting.kind != SUPPLEMENT:
        return meeting.meeting_id
    tag = hashlib.sha256(meeting.source_path.encode("utf-8")).hexdigest()[:8]
    return f"{meeting.meeting_id}:tillaeg-{tag}"


def _render(section: Section) -> str:
    heading = section.heading or section.name
    return f"{heading}\n{section.text}".strip()


def _split_units(text: str) -> list[str]:
    """Split a too-long text into paragraphs, then lines, then sentences, then words."""
    for pattern in (r"\n\s*\n", r"\n", r"(?<=[.!?])\s+", r"\s+"):
        parts = [p for p in re.split(pattern, text) if p.strip()]
        if len(parts) > 1:
            return parts
    return [text]


def _fit(
    text: str, section: str, start: int, end: int, budget: int, count: TokenCounter
) -> list[_Piece]:
    """Break one piece into pieces of at most ``budget`` tokens at the coarsest boundary."""
    if count(text) <= budget:
        return [_Piece(text, section, start, end)]
    units = _split_units(text)
    if len(units) == 1:
        # One enormous word: keep it whole rather than cut a word; the embedder truncates.
        return [_Piece(text, section, start, end)]
    out: list[_Piece] = []
    for unit in units:
        out.extend(_fit(unit, section, start, end, budget, count))
    return out


def _pieces(
    meeting: Meeting, point: AgendaPoint, max_tokens: int, count: TokenCounter
) -> list[_Piece]:
    pieces: list[_Piece] = []
    for section in point.sections:
        # Each piece must fit beside the header that names its own section.
        header_cost = count(chunk_header(meeting, point, section.name))
        budget = max(32, max_tokens - header_cost)
        pieces.extend(
            _fit(_render(section), section.name, section.start, section.end, budget, count)
        )
    return pieces


def _content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _compose(meeting: Meeting, point: AgendaPoint, pieces: list[_Piece]) -> tuple[str, str, str]:
    """The section names, body and full text (header + body) of a chunk made of ``pieces``."""
    names: list[str] = []
    for p in pieces:
        if p.section not in names:
            names.append(p.section)
    section = ", ".join(names)
    body = "\n\n".join(p.text for p in pieces)
    return section, body, chunk_header(meeting, point, section) + body


def _chunk(
    meeting: Meeting,
    point: AgendaPoint,
    ordinal: int,
    *,
    section: str,
    closed: bool,
    span: tuple[int, int],
    header: str,
    body: str,
) -> Chunk:
    text = header + body
    return Chunk(
        chunk_id=f"{chunk_prefix(meeting)}:p{point.number}:c{ordinal}",
        meeting_id=meeting.meeting_id,
        board=meeting.board,
        meeting_date=meeting.date,
        punkt=point.number,
        title=point.title,
        case_number=point.case_number,
        section=section,
        closed=closed,
        source_path=meeting.source_path,
        start=span[0],
        end=span[1],
        text=text,
        body=body,
        content_hash=_content_hash(text),
        ordinal=ordinal,
    )


def _make_chunk(meeting: Meeting, point: AgendaPoint, ordinal: int, pieces: list[_Piece]) -> Chunk:
    section, body, _ = _compose(meeting, point, pieces)
    return _chunk(
        meeting,
        point,
        ordinal,
        section=section,
        closed=False,
        span=(min(p.start for p in pieces), max(p.end for p in pieces)),
        header=chunk_header(meeting, point, section),
        body=body,
    )


def _closed_chunk(meeting: Meeting, point: AgendaPoint) -> Chunk:
    # Closed points are confidential: only the title and case number are kept, marked closed,
    # so the case history can list them while search never returns them as content.
    return _chunk(
        meeting,
        point,
        0,
        section="",
        closed=True,
        span=(point.start, point.end),
        header=chunk_header(meeting, point),
        body="",
    )


def chunk_point(
    meeting: Meeting,
    point: AgendaPoint,
    max_tokens: int = 480,
    overlap_tokens: int = 48,
    count: TokenCounter = approx_tokens,
) -> list[Chunk]:
    """Chunks of one agenda point.

    Args:
        meeting: the meeting the point belongs to (for the header and metadata).
        point: the agenda point.
        max_tokens: the most tokens one chunk may take, header included.
        overlap_tokens: how much of the end of one chunk is repeated at the start of the next.
        count: token counter of the embedding model.

    Returns:
        The chunks in reading order; one stub chunk marked closed for a closed point.
    """
    if point.closed:
        return [_closed_chunk(meeting, point)]
    if not point.sections:
        return []
    pieces = _pieces(meeting, point, max_tokens, count)
    # A model tokenizer is too slow to re-count every growing chunk, so estimate from cached
    # counts (a counter adds a constant for special tokens and prefixes to every call) and
    # count the real text only near the limit: the header grows with the section names it
    # lists, and counts are not exactly additive across the joins.
    overhead = count("")
    piece_cost = {id(p): count(p.text) - overhead for p in pieces}
    header_cost: dict[str, int] = {}

    def fits(group: list[_Piece]) -> bool:
        section, _, text = _compose(meeting, point, group)
        if section not in header_cost:
            header_cost[section] = count(chunk_header(meeting, point, section))
        estimate = header_cost[section] + sum(piece_cost[id(p)] for p in group)
        slack = 2 * len(group) + 2
        if estimate + slack <= max_tokens:
            return True
        if estimate - slack > max_tokens:
            return False
        return count(text) <= max_tokens

    groups: list[list[_Piece]] = []
    current: list[_Piece] = []
    for piece in pieces:
        if current and not fits([*current, piece]):
            groups.append(current)
            # Carry the tail of the previous chunk over, when it is small enough, so a sentence
            # that needs its context still has it.
            tail = current[-1]
            keep = count(tail.text) <= overlap_tokens and fits([tail, piece])
            current = [tail] if keep else []
        current.append(piece)
    if current:
        groups.append(current)
    return [_make_chunk(meeting, point, i, g) for i, g in enumerate(groups)]


def chunk_meeting(
    meeting: Meeting,
    max_tokens: int = 480,
    overlap_tokens: int = 48,
    count: TokenCounter = approx_tokens,
) -> list[Chunk]:
    """All chunks of a meeting, point by point (see ``chunk_point``)."""
    out: list[Chunk] = []
    for point in meeting.points:
        out.extend(chunk_point(meeting, point, max_tokens, overlap_tokens, count))
    return out
