"""GET /minutes/{meeting_id}: the minutes as readable HTML with an anchor per point.

Everything from the minutes is HTML-escaped: a minutes file is data, never markup.
"""

from __future__ import annotations

import html
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import HTMLResponse, RedirectResponse

from api.http.deps import ServiceDep
from api.service import NotFound
from indexer.models import AgendaPoint, Meeting, Section

router = APIRouter(tags=["source view"])

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:52rem;
margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1d2330}
header{border-bottom:2px solid #1d4f91;margin-bottom:1.5rem}
h1{color:#1d4f91;font-size:1.6rem} h2{margin-top:2.2rem;font-size:1.25rem;color:#1d4f91}
h3{font-size:1rem;margin-bottom:.3rem;color:#39465c}
.meta{color:#555;font-size:.95rem} .case{color:#666;font-weight:normal;font-size:.9rem}
section.point{padding:.2rem 1rem 1rem;border-left:4px solid transparent}
section.point:target{border-left-color:#f2b705;background:#fffbea}
.closed{color:#777;font-style:italic}
p{white-space:pre-wrap;margin:.3rem 0} mark{background:#ffe066;padding:0 .1rem}
nav a{margin-right:.8rem}
"""


def _highlight(text: str, needle: str | None) -> str:
    """Escape ``text`` and wrap the cited passage in <mark> (matched on the raw text)."""
    if not needle:
        return html.escape(text)
    probe = needle.strip().rstrip(" …")
    at = text.find(probe) if probe else -1
    if at < 0 and len(probe) > 40:
        probe = probe[:40]
        at = text.find(probe)
    if at < 0:
        return html.escape(text)
    end = at + len(probe)
    if needle.strip().endswith("…"):
        # The quote was trimmed: highlight to the end of that sentence.
        stop = text.find(". ", end)
        end = len(text) if stop < 0 else stop + 1
    return (
        html.escape(text[:at])
        + '<mark id="cited">'
        + html.escape(text[at:end])
        + "</mark>"
        + html.escape(text[end:])
    )


def _section_html(section: Section, needle: str | None) -> str:
    heading = html.escape(section.heading or section.name)
    return f"<h3>{heading}</h3>\n<p>{_highlight(section.text, needle)}</p>"


def _point_html(point: AgendaPoint, needle: str | None) -> str:
    case = (
        f' <span class="case">sag {html.escape(point.case_number)}</span>'
        if point.case_number
        else ""
    )
    title = f"Punkt {point.number}: {html.escape(point.title)}{case}"
    if point.closed:
        body = '<p class="closed">Lukket punkt.</p>'
    else:
        body = "\n".join(_section_html(s, needle) for s in point.sections)
    return (
        f'<section class="point" id="punkt-{point.number}">\n<h2>{title}</h2>\n{body}\n</section>'
    )


def render_minutes(meeting: Meeting, punkt: int | None = None, hl: str | None = None) -> str:
    """The whole page; ``hl`` is highlighted inside point ``punkt``."""
    title = f"Referat {html.escape(meeting.board)} {meeting.date:%d-%m-%Y}"
    meta = []
    if meeting.start_time:
        meta.append(f"Mødedato {meeting.date:%d-%m-%Y} kl. {html.escape(meeting.start_time)}")
    if meeting.location:
        meta.append(f"Mødested {html.escape(meeting.location)}")
    if meeting.attendees:
        people = ", ".join(
            html.escape(a.name)
            + (" (afbud)" if a.absent else "")
            + (f" ({html.escape(a.role)})" if a.role else "")
            for a in meeting.attendees
        )
        meta.append(f"Mødedeltagere {people}")
    toc = "".join(f'<a href="#punkt-{p.number}">Punkt {p.number}</a>' for p in meeting.points)
    points = "\n".join(_point_html(p, hl if p.number == punkt else None) for p in meeting.points)
    return f"""<!doctype html>
<html lang="da"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><style>{_CSS}</style></head>
<body id="top"><header><h1>{title}</h1>
<div class="meta">{"<br>".join(meta)}</div>
<nav>{toc}</nav></header>
<main>
{points}
</main></body></html>"""


@router.get(
    "/minutes/{meeting_id}",
    response_class=HTMLResponse,
    responses={404: {"description": "Unknown meeting"}},
)
def minutes(
    meeting_id: Annotated[str, Path(max_length=200)],
    service: ServiceDep,
    punkt: Annotated[int | None, Query(ge=1, le=10_000)] = None,
    hl: Annotated[str | None, Query(max_length=1000, description="Passage to highlight")] = None,
) -> HTMLResponse:
    """The source minutes as HTML, anchors `#punkt-N`, the cited passage highlighted."""
    try:
        meeting = service.meeting(meeting_id)
    except NotFound as e:
        raise HTTPException(404, detail=str(e)) from e
    return HTMLResponse(render_minutes(meeting, punkt, hl))


@router.get("/", include_in_schema=False)
def root() -> RedirectResponse:
    return RedirectResponse("/chat/")
