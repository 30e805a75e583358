"""Meeting <-> JSON-ready dict, for the file catalogue and the API."""

from __future__ import annotations

from datetime import date
from typing import Any

from indexer.models import AgendaPoint, Attendee, Meeting, Section, TocEntry


def meeting_to_dict(meeting: Meeting) -> dict[str, Any]:
    return {
        "meeting_id": meeting.meeting_id,
        "board": meeting.board,
        "date": meeting.date.isoformat(),
        "start_time": meeting.start_time,
        "location": meeting.location,
        "attendees": [
            {"name": a.name, "absent": a.absent, "role": a.role} for a in meeting.attendees
        ],
        "toc": [{"title": t.title, "page": t.page} for t in meeting.toc],
        "points": [point_to_dict(p) for p in meeting.points],
        "source_path": meeting.source_path,
        "text": meeting.text,
        "kind": meeting.kind,
        "municipality": meeting.municipality,
        "warnings": list(meeting.warnings),
        "supplements": list(meeting.supplements),
    }


def point_to_dict(point: AgendaPoint) -> dict[str, Any]:
    return {
        "number": point.number,
        "title": point.title,
        "case_number": point.case_number,
        "closed": point.closed,
        "label": point.label,
        "supplement": point.supplement,
        "start": point.start,
        "end": point.end,
        "sections": [
            {
                "name": s.name,
                "heading": s.heading,
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "decision_date": s.decision_date.isoformat() if s.decision_date else None,
            }
            for s in point.sections
        ],
    }


def meeting_from_dict(data: dict[str, Any]) -> Meeting:
    return Meeting(
        meeting_id=data["meeting_id"],
        board=data["board"],
        date=date.fromisoformat(data["date"]),
        start_time=data.get("start_time"),
        location=data.get("location"),
        attendees=tuple(Attendee(**a) for a in data.get("attendees", [])),
        toc=tuple(TocEntry(**t) for t in data.get("toc", [])),
        points=tuple(
            AgendaPoint(
                number=p["number"],
                title=p["title"],
                case_number=p.get("case_number"),
                closed=p["closed"],
                label=p.get("label", ""),
                supplement=p.get("supplement", ""),
                start=p["start"],
                end=p["end"],
                sections=tuple(
                    Section(
                        name=s["name"],
                        heading=s.get("heading", ""),
                        text=s["text"],
                        start=s["start"],
                        end=s["end"],
                        decision_date=(
                            date.fromisoformat(s["decision_date"])
                            if s.get("decision_date")
                            else None
                        ),
                    )
                    for s in p.get("sections", [])
                ),
            )
            for p in data.get("points", [])
        ),
        source_path=data["source_path"],
        text=data.get("text", ""),
        kind=data.get("kind", "referat"),
        municipality=data.get("municipality"),
        warnings=tuple(data.get("warnings", [])),
        supplements=tuple(data.get("supplements", [])),
    )
