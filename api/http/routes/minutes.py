"""The source view: GET /minutes (the archive by board and year) and GET /minutes/{meeting_id}
(the minutes as readable HTML with an anchor per point and the cited passage marked).

Everything from the minutes is HTML-escaped: a minutes file is data, never markup.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Path, Query, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from api.http.deps import ServiceDep
from api.service import NotFound
from indexer.models import AgendaPoint, Meeting, Section

router = APIRouter(tags=["source view"])

CHAT_URL = "/chat/"
INDEX_URL = "/minutes"

_CSS = """
:root{color-scheme:light dark;--fg:#1d2330;--muted:#4a5568;--accent:#1d4f91;--bg:#fff;
--mark:#ffe066;--mark-fg:#1d2330;--target:#fffbea;--line:#dfe5ef}
@media (prefers-color-scheme: dark){:root{--fg:#e6e9ef;--muted:#b8c0cc;--accent:#8fb8f5;
--bg:#14181f;--mark:#6b5800;--mark-fg:#fff7d1;--target:#2a2612;--line:#3a4350}}
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:52rem;
margin:1.2rem auto 3rem;padding:0 1rem;line-height:1.55;color:var(--fg);background:var(--bg)}
a{color:var(--accent)} header{border-bottom:2px solid var(--accent);margin-bottom:1.5rem}
.crumbs{display:flex;gap:1.2rem;flex-wrap:wrap;font-size:.95rem;margin-bottom:.4rem}
h1{color:var(--accent);font-size:1.6rem;margin:.4rem 0} h2{margin-top:2.2rem;font-size:1.25rem;
color:var(--accent)} h3{font-size:1rem;margin-bottom:.3rem;color:var(--muted)}
.meta{color:var(--muted);font-size:.95rem} .case{color:var(--muted);font-weight:normal;
font-size:.9rem} section.point{padding:.2rem 1rem 1rem;border-left:4px solid transparent}
section.point:target,section.point.cited{border-left-color:#f2b705;background:var(--target)}
.closed{color:var(--muted);font-style:italic}
.mangler{border-left:4px solid var(--accent);padding:.4rem .8rem;background:var(--target)}
p{white-space:pre-wrap;margin:.3rem 0}
mark{background:var(--mark);color:var(--mark-fg);padding:0 .1rem;scroll-margin-top:30vh}
nav.punkter ol{padding-left:1.4rem;margin:.4rem 0 1rem} nav.punkter li{margin:.15rem 0}
ul.moeder{list-style:none;padding:0} ul.moeder li{margin:.25rem 0}
.antal{color:var(--muted);font-size:.9rem}
.tillaeg{font-size:.8rem;font-weight:normal;border:1px solid var(--accent);border-radius:.3rem;
padding:0 .3rem;margin-left:.4rem;vertical-align:middle}
"""

# Abbreviations that end in a full stop without ending the sentence ("Vedr. Taxhuset ...").
_ABBREVIATIONS = frozenset(
    "vedr jf bl.a f.eks pkt nr ca mht iht evt inkl ekskl kl dvs mv osv tlf hhv ang".split()
)


def _find_passage(text: str, needle: str) -> tuple[int, int] | None:
    """The span of ``needle`` in ``text`` in whole words, whitespace-insensitive.

    A trimmed quote (ending in "…") is matched on its words and then extended to the end of its
    sentence. Returns None when the passage is not in the text.
    """
    trimmed = needle.strip().endswith("…")
    words = needle.replace("…", " ").split()
    if not words:
        return None
    match = None
    # Try the whole passage, then shorter prefixes (the text may differ further on).
    for n in (len(words), 12, 6):
        if n > len(words):
            continue
        pattern = r"\s+".join(re.escape(w) for w in words[:n])
        match = re.search(pattern, text)
        if match:
            trimmed = trimmed or n < len(words)
            break
    if match is None:
        return None
    start, end = match.span()
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    if trimmed:
        end = _sentence_end(text, end)
    return start, end


def _sentence_end(text: str, at: int) -> int:
    for m in re.finditer(r"[.!?](?=\s|$)", text[at:]):
        stop = at + m.end()
        word = text[: stop - 1].rsplit(None, 1)[-1].lower() if text[: stop - 1].strip() else ""
        if word not in _ABBREVIATIONS and not word.isdigit():
            return stop
    return len(text)


def _highlight(text: str, needle: str | None) -> str:
    """Escape ``text`` and wrap the cited passage in <mark> (matched on the raw text)."""
    span = _find_passage(text, needle) if needle else None
    if span is None:
        return html.escape(text)
    at, end = span
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
    if point.supplement:
        # A tillægsreferat's point is shown among the meeting's points, marked as such (with
        # the number it was printed with, when a colliding number moved it).
        printed = f", trykt som punkt {html.escape(point.label)}" if point.label else ""
        title += f' <span class="tillaeg">Tillægsreferat{printed}</span>'
    parts = []
    if point.closed:
        parts.append('<p class="closed">Lukket punkt.</p>')
    else:
        for section in point.sections:
            part = _section_html(section, needle)
            if '<mark id="cited">' in part:
                needle = None  # one passage is marked, once
            parts.append(part)
    css = "point"
    anchor = ""
    if needle is not None or any('<mark id="cited">' in p for p in parts):
        css = "point cited"
        # The link's #cited lands on the passage; on the point's start when it was not found.
        anchor = "" if needle is None else '<span id="cited"></span>'
    body = "\n".join(parts)
    return (
        f'<section class="{css}" id="punkt-{point.number}">{anchor}\n<h2>{title}</h2>\n'
        f"{body}\n</section>"
    )


def _page(title: str, body: str) -> str:
    crumbs = (
        f'<nav class="crumbs"><a href="{CHAT_URL}" id="tilbage">← Tilbage til chatten</a>'
        f'<a href="{INDEX_URL}" id="alle-referater">Alle referater</a></nav>'
    )
    return f"""<!doctype html>
<html lang="da"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><style>{_CSS}</style></head>
<body id="top">{crumbs}
{body}</body></html>"""


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
    toc = "".join(
        f'<li value="{p.number}"><a href="#punkt-{p.number}">{html.escape(p.title)}</a>'
        + (' <span class="antal">(lukket)</span>' if p.closed else "")
        + (' <span class="antal">(tillægsreferat)</span>' if p.supplement else "")
        + "</li>"
        for p in meeting.points
    )
    points = "\n".join(_point_html(p, hl if p.number == punkt else None) for p in meeting.points)
    missing = ""
    if punkt is not None and meeting.point(punkt) is None:
        # A link saved before the minutes were re-indexed, or typed by hand: say so rather than
        # open the top of the page as if it were the point.
        missing = (
            f'<p class="mangler" role="status">Mødet har ikke (længere) et punkt {punkt}; '
            "her er hele referatet.</p>\n"
        )
    body = f"""<header><h1>{title}</h1>
<div class="meta">{"<br>".join(meta)}</div>
<nav class="punkter" aria-label="Dagsordenens punkter"><ol>{toc}</ol></nav></header>
<main>
{missing}{points}
</main>"""
    return _page(title, body)


def render_index(meetings: list[Meeting]) -> str:
    """The archive: meetings by board and year (newest first), with point counts and links."""
    by_board: dict[str, dict[int, list[Meeting]]] = defaultdict(lambda: defaultdict(list))
    for m in meetings:
        by_board[m.board][m.date.year].append(m)
    parts = []
    for board in sorted(by_board):
        years = by_board[board]
        count = sum(len(ms) for ms in years.values())
        parts.append(
            f'<section class="udvalg"><h2>{html.escape(board)} '
            f'<span class="antal">({count} {"møde" if count == 1 else "møder"})</span></h2>'
        )
        for year in sorted(years, reverse=True):
            items = "".join(
                f'<li><a href="/minutes/{quote(m.meeting_id)}">{m.date:%d-%m-%Y}</a> '
                f'<span class="antal">{len(m.points)} '
                f"{'punkt' if len(m.points) == 1 else 'punkter'}</span></li>"
                for m in sorted(years[year], key=lambda m: m.date, reverse=True)
            )
            parts.append(f'<h3>{year}</h3><ul class="moeder">{items}</ul>')
        parts.append("</section>")
    if not meetings:
        parts.append("<p>Arkivet er tomt: der er ikke indekseret nogen referater endnu.</p>")
    body = (
        '<header><h1>Alle referater</h1><div class="meta">'
        f"{len(meetings)} {'møde' if len(meetings) == 1 else 'møder'} i arkivet</div></header>"
        f"<main>{''.join(parts)}</main>"
    )
    return _page("Alle referater", body)


def render_not_found(meeting_id: str) -> str:
    body = (
        "<header><h1>Referatet findes ikke</h1></header><main>"
        f"<p>Arkivet har intet møde med id »{html.escape(meeting_id)}«. Linket kan være forældet, "
        "eller referatet er fjernet fra arkivet.</p>"
        f'<p><a href="{INDEX_URL}">Se alle referater</a> eller '
        f'<a href="{CHAT_URL}">gå til chatten</a>.</p></main>'
    )
    return _page("Referatet findes ikke", body)


@router.get("/minutes", response_class=HTMLResponse)
def minutes_index(service: ServiceDep) -> HTMLResponse:
    """The archive as HTML: every meeting by board and year, with links to the source view."""
    return HTMLResponse(render_index(service.meetings()))


@router.get(
    "/minutes/{meeting_id}",
    response_class=HTMLResponse,
    responses={
        404: {
            "description": "Unknown meeting (an HTML page saying so)",
            "content": {"text/html": {"schema": {"type": "string"}}},
        },
        301: {"description": "A tillægsreferat's id from an older Referat: its meeting"},
    },
)
def minutes(
    meeting_id: Annotated[str, Path(max_length=200)],
    service: ServiceDep,
    punkt: Annotated[int | None, Query(ge=1, le=10_000)] = None,
    hl: Annotated[str | None, Query(max_length=1000, description="Passage to highlight")] = None,
) -> Response:
    """The source minutes as HTML, anchors `#punkt-N`, the cited passage highlighted."""
    try:
        meeting = service.meeting(meeting_id)
    except NotFound:
        moved = _merged_supplement(meeting_id, service, punkt, hl)
        if moved is not None:
            return RedirectResponse(moved, status_code=301)
        return HTMLResponse(render_not_found(meeting_id), status_code=404)
    return HTMLResponse(render_minutes(meeting, punkt, hl))


# An older Referat gave a tillægsreferat a meeting id of its own; its points are now points of
# the meeting it adds to, and links saved then (chats, feedback) should still lead there.
_OLD_SUPPLEMENT_SUFFIX = "-tillaeg"


def _merged_supplement(
    meeting_id: str, service: ServiceDep, punkt: int | None, hl: str | None
) -> str | None:
    """Where a source-view link of an older Referat's tillægsreferat id leads now, or None.

    The link's punkt is the number the tillægsreferat prints; the point may have moved when
    that number was the meeting's already (it keeps the printed one as its label).
    """
    base = meeting_id.removesuffix(_OLD_SUPPLEMENT_SUFFIX)
    if base == meeting_id:
        return None
    try:
        meeting = service.meeting(base)
    except NotFound:
        return None
    if not meeting.supplements:
        return None
    url = f"/minutes/{quote(meeting.meeting_id)}"
    point = next(
        (p for p in meeting.points if p.supplement and (p.label or str(p.number)) == str(punkt)),
        None,
    )
    if point is None:
        return url
    query = {"punkt": point.number, **({"hl": hl} if hl else {})}
    return f"{url}?{urlencode(query)}#punkt-{point.number}"


@router.get("/", include_in_schema=False)
def root() -> RedirectResponse:
    return RedirectResponse("/chat/")
