"""Grounded extractive answers: every sentence frames a source or quotes it, with its [n] marker."""

from __future__ import annotations

import re
from collections.abc import Callable

from api.answering import sentences
from api.answering.refusal import RefusalRule
from api.answering.sentences import only_attendance, trim
from api.answering.types import REFUSAL, Answer, Language, Source, fmt_date
from api.retrieval.fusion import PointResult
from api.retrieval.question import detect_language
from api.retrieval.retriever import SearchResult, Snapshot
from indexer.models import AgendaPoint, Meeting

_DECISION_RE = re.compile(
    r"beslut|besluttede|vedt[ao]g|godkend|tiltr[aå]d|landede|sagde|konklu|aftalt|aftale|"
    r"decid|decision|decide|approv|agree|back(ed)?\b|say yes|said yes|choose|chose|conclu|"
    r"endorse|resolv",
    re.IGNORECASE,
)
_WHO_RE = re.compile(
    r"\bhvem\b|\bwho\b|deltag|deltog|fremmød|afbud|fraværende|absent|apolog|attend|present",
    re.IGNORECASE,
)
_WHERE_RE = re.compile(
    r"\bhvor blev\b|\bhvor var\b|mødested|\bwhere\b|venue|location", re.IGNORECASE
)
_HISTORY_RE = re.compile(
    r"gennem tiden|over tid|på tværs|hvad skete der|historik|across|over time|history|"
    r"what happened|dealt with|behandlet|hvordan er .* kommet|over the years",
    re.IGNORECASE,
)
_ATTENDANCE_Q_RE = re.compile(
    r"deltog i mødet|mødedeltager|deltagere|fremmødt|afbud|fraværende|var med|mødested|"
    r"attend|absent|apolog|present at|where was .* held|venue",
    re.IGNORECASE,
)


class ExtractiveAnswerer:
    """Compose a grounded answer from the best agenda points, quoting their own sentences."""

    def __init__(self, rule: RefusalRule | None = None, max_points: int = 3) -> None:
        self.rule = rule or RefusalRule()
        self.max_points = max_points

    def answer(self, question: str, result: SearchResult, snapshot: Snapshot) -> Answer:
        language: Language = "en" if detect_language(question) == "en" else "da"
        about_meeting = bool(_WHO_RE.search(question) or _WHERE_RE.search(question))
        if self.rule.refuse(result, language, about_meeting):
            return Answer(text=REFUSAL[language], refused=True, language=language)
        points = self._choose_points(question, result)
        parts: list[str] = []
        sources: list[Source] = []
        for point_result in points:
            meeting = snapshot.meetings.get(point_result.meeting_id)
            point = meeting.point(point_result.punkt) if meeting else None
            if meeting is None or point is None or point.closed:
                continue
            n = len(sources) + 1
            primary = not sources
            focus = point_result.hits[0].chunk.body if point_result.hits else ""
            text, source = self._answer_point(
                question, meeting, point, n, language, primary, focus, snapshot.lexical.rarity
            )
            if text:
                parts.append(text)
                sources.append(source)
        if not sources:
            return Answer(text=REFUSAL[language], refused=True, language=language)
        if about_meeting:
            header = self._header_answer(
                question,
                snapshot.meetings[sources[0].meeting.meeting_id],
                len(sources) + 1,
                language,
            )
            if header and _ATTENDANCE_Q_RE.search(question):
                # The question is about the meeting itself: its header is the first source.
                parts, sources = _renumber_with_header(parts, sources, header)
            elif header:
                parts.append(header[0])
                sources.append(header[1])
        return Answer(text="\n\n".join(parts), refused=False, language=language, sources=sources)

    def _choose_points(self, question: str, result: SearchResult) -> list[PointResult]:
        top = result.points[0]
        chosen = [top]
        wants_history = bool(_HISTORY_RE.search(question))
        for other in result.points[1:]:
            if len(chosen) >= self.max_points:
                break
            close = other.score >= 0.85 * top.score
            if (wants_history and other.score >= 0.6 * top.score) or (
                close and other.meeting_id != top.meeting_id
            ):
                chosen.append(other)
        return chosen

    def _answer_point(
        self,
        question: str,
        meeting: Meeting,
        point: AgendaPoint,
        n: int,
        language: Language,
        primary: bool,
        focus: str = "",
        rarity: Callable[[str], float] | None = None,
    ) -> tuple[str, Source]:
        marker = f"[{n}]"
        label = f"Punkt {point.number}: {point.title}"
        mdate = fmt_date(meeting.date)
        candidates = sentences.candidates(point, question, focus, rarity)
        wants_decision = bool(_DECISION_RE.search(question))
        decisions = [d for d in point.decisions if d.text.strip()]
        lines: list[str] = []
        quotes: list[str] = []
        used: set[int] = set()
        section_name = ""

        if decisions and (wants_decision or primary):
            shown = decisions if wants_decision else decisions[-1:]
            for d in shown:
                when = fmt_date(d.decision_date) or mdate
                frame = (
                    f"Direktionens beslutning den {when} ({label}):"
                    if language == "da"
                    else f"The board's decision on {when} ({label}):"
                )
                in_block = [c for c in candidates if c.section is d]
                limit = 900 if wants_decision else 350
                if len(d.text) <= limit:
                    quote = d.text.strip()
                    used.update(c.order for c in in_block)
                else:
                    # A long decision covers several matters: quote the ones asked about.
                    opening = [c for c in in_block if not only_attendance(c.sentence)]
                    chosen = sentences.best(in_block, 3) or opening[:3] or in_block[:1]
                    used.update(c.order for c in chosen)
                    quote = " … ".join(trim(c.quote, 500) for c in chosen)
                lines.append(f"{frame} «{quote}» {marker}")
                quotes.append(quote)
                section_name = section_name or "Beslutning"
        picked = sentences.best(candidates, 4 if primary else 2, exclude=used)
        if picked:
            if lines:
                frame = "Fra sagen:" if language == "da" else "From the case:"
            else:
                frame = (
                    f"Ifølge referatet fra {mdate} ({label}):"
                    if language == "da"
                    else f"According to the minutes of {mdate} ({label}):"
                )
            quoted = " ".join(f"«{trim(c.quote, 500)}» {marker}" for c in picked)
            lines.append(f"{frame} {quoted}")
            quotes.extend(c.sentence for c in picked)
            section_name = section_name or picked[0].section.name
        if not lines:
            # Nothing scored: the point's opening text is still the best grounded answer.
            first = next((c for c in candidates), None)
            if first is None:
                return "", Source(n, meeting, point, "", "")
            frame = (
                f"Ifølge referatet fra {mdate} ({label}):"
                if language == "da"
                else f"According to the minutes of {mdate} ({label}):"
            )
            lines.append(f"{frame} «{trim(first.quote, 400)}» {marker}")
            quotes.append(first.sentence)
            section_name = first.section.name
        return "\n".join(lines), Source(n, meeting, point, section_name, trim(quotes[0], 300))

    def _header_answer(
        self, question: str, meeting: Meeting, n: int, language: Language
    ) -> tuple[str, Source] | None:
        marker = f"[{n}]"
        mdate = fmt_date(meeting.date)
        facts: list[str] = []
        present = [
            a.name + (f" ({a.role})" if a.role else "") for a in meeting.attendees if not a.absent
        ]
        absent = [a.name for a in meeting.absent]
        if _WHO_RE.search(question) and meeting.attendees:
            if language == "da":
                facts.append(f"Mødedeltagere: {', '.join(present)}.")
                if absent:
                    facts.append(f"Afbud: {', '.join(absent)}.")
            else:
                facts.append(f"Attendees: {', '.join(present)}.")
                if absent:
                    facts.append(f"Absent (afbud): {', '.join(absent)}.")
        if meeting.location and (_WHERE_RE.search(question) or facts):
            facts.append(
                ("Mødested: " if language == "da" else "Location: ") + meeting.location + "."
            )
        if not facts:
            return None
        frame = (
            f"Referatet fra {meeting.board}s møde {mdate}:"
            if language == "da"
            else f"The minutes of the {meeting.board} meeting on {mdate}:"
        )
        text = f"{frame} {' '.join(facts)} {marker}"
        return text, Source(n, meeting, None, "Mødedeltagere", " ".join(facts))


def _renumber_with_header(
    parts: list[str], sources: list[Source], header: tuple[str, Source]
) -> tuple[list[str], list[Source]]:
    """Put the meeting-header source first as [1] and shift the others' markers by one."""
    shifted_parts = [
        re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + 1}]", part) for part in parts
    ]
    shifted = [Source(s.n + 1, s.meeting, s.point, s.section, s.quote) for s in sources]
    text, source = header
    text = re.sub(r"\[\d+\]", "[1]", text)
    first = Source(1, source.meeting, source.point, source.section, source.quote)
    return [text, *shifted_parts], [first, *shifted]
