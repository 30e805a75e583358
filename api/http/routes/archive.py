"""The parsed archive as JSON: meetings, points and the history of a case."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path

from api import schemas
from api.http.deps import ServiceDep
from api.service import NotFound, meeting_summary, source_url
from indexer.models import AgendaPoint, Meeting, Section

router = APIRouter(prefix="/v1", tags=["archive"])


def _section(s: Section) -> schemas.SectionOut:
    return schemas.SectionOut(
        name=s.name, heading=s.heading, text=s.text, decision_date=s.decision_date
    )


def _point(meeting: Meeting, point: AgendaPoint, with_body: bool) -> schemas.PointOut:
    # A closed (Lukket) point shows only its title and case number.
    sections = None if point.closed or not with_body else [_section(s) for s in point.sections]
    return schemas.PointOut(
        meeting_id=meeting.meeting_id,
        meeting_date=meeting.date,
        punkt=point.number,
        title=point.title,
        case_number=point.case_number,
        closed=point.closed,
        sections=sections,
        url=source_url(meeting.meeting_id, point.number),
        source=point.supplement or meeting.source_path,
        supplement=bool(point.supplement),
    )


@router.get("/meetings", response_model=schemas.MeetingsResponse)
def meetings(service: ServiceDep) -> schemas.MeetingsResponse:
    """Every indexed meeting, oldest first."""
    data = [meeting_summary(m) for m in service.meetings()]
    return schemas.MeetingsResponse(data=data, count=len(data))


@router.get(
    "/meetings/{meeting_id}",
    response_model=schemas.MeetingOut,
    responses={404: {"model": schemas.ErrorResponse}},
)
def meeting(
    meeting_id: Annotated[str, Path(max_length=200)], service: ServiceDep
) -> schemas.MeetingOut:
    """One meeting: header facts and its agenda (closed points without content)."""
    try:
        m = service.meeting(meeting_id)
    except NotFound as e:
        raise HTTPException(404, detail=str(e)) from e
    return schemas.MeetingOut(
        **meeting_summary(m).model_dump(),
        attendees=[
            schemas.AttendeeOut(name=a.name, absent=a.absent, role=a.role) for a in m.attendees
        ],
        agenda=[_point(m, p, with_body=False) for p in m.points],
    )


@router.get(
    "/meetings/{meeting_id}/points/{punkt}",
    response_model=schemas.PointOut,
    responses={404: {"model": schemas.ErrorResponse}},
)
def point(
    meeting_id: Annotated[str, Path(max_length=200)],
    punkt: Annotated[int, Path(ge=1, le=10_000)],
    service: ServiceDep,
) -> schemas.PointOut:
    """One agenda point with its sections (a closed point: title and case number only)."""
    try:
        m, p = service.point(meeting_id, punkt)
    except NotFound as e:
        raise HTTPException(404, detail=str(e)) from e
    return _point(m, p, with_body=True)


@router.get(
    "/cases/{case_number:path}",
    response_model=schemas.CaseHistory,
    responses={404: {"model": schemas.ErrorResponse}, 422: {"model": schemas.ErrorResponse}},
)
def case_history(case_number: str, service: ServiceDep) -> schemas.CaseHistory:
    """The path of a case through the board: every point carrying it, oldest first."""
    import re

    if not re.fullmatch(schemas.CASE_PATTERN, case_number):
        raise HTTPException(422, detail=schemas.CASE_HINT)
    try:
        history = service.case_history(case_number)
    except NotFound as e:
        raise HTTPException(404, detail=str(e)) from e
    data = [
        schemas.CaseEntry(
            meeting_id=m.meeting_id,
            meeting_date=m.date,
            board=m.board,
            punkt=p.number,
            title=p.title,
            closed=p.closed,
            decisions=[] if p.closed else [_section(s) for s in p.decisions],
            url=source_url(m.meeting_id, p.number),
        )
        for m, p in history
    ]
    # The case number as the minutes write it (the newest point's form): "12-32140" was asked,
    # "12/32140" is what the archive calls it.
    written = history[-1][1].case_number or case_number
    return schemas.CaseHistory(case_number=written, data=data, count=len(data))
