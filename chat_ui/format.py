"""Pure formatting: answers, citation links and the "Kilder" list as HTML for the chat.

Everything that comes from the minutes (answer text, titles, quotes) is data, never markup, so it
is passed through ``html.escape``. The output is one HTML block without blank lines, so the chat's
Markdown renderer leaves it alone (Markdown is not applied inside an HTML block).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from api.schemas import Citation
from api.service import REFUSAL_HINT

MARKER_RE = re.compile(r"\[(\d+)\]")

SEARCHING = "Søger i referaterne …"


def format_date(value: date | str) -> str:
    """``2017-06-19`` (or a date) as the Danish ``19-06-2017``."""
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return f"{value:%d-%m-%Y}"


def absolute_url(url: str, base_url: str = "") -> str:
    """Source links are relative to the API; prefix them when the API runs elsewhere."""
    if not base_url or url.startswith(("http://", "https://")):
        return url
    return base_url.rstrip("/") + "/" + url.lstrip("/")


def _link(url: str, text: str, css: str, title: str | None = None) -> str:
    title_attr = f' title="{html.escape(title)}"' if title else ""
    return (
        f'<a class="{css}" href="{html.escape(url)}" target="_blank" rel="noopener"'
        f"{title_attr}>{text}</a>"
    )


def to_citations(items: Sequence[Citation | Mapping[str, Any]]) -> list[Citation]:
    """Citations from the service (models) or from JSON (dicts), as models."""
    return [c if isinstance(c, Citation) else Citation.model_validate(c) for c in items]


def link_markers(text: str, citations: Sequence[Citation], base_url: str = "") -> str:
    """Escape ``text`` and turn every ``[n]`` that names a citation into a link to its source.

    A marker without a matching citation stays plain text.
    """
    by_n = {c.n: c for c in citations}
    out: list[str] = []
    last = 0
    for m in MARKER_RE.finditer(text):
        out.append(html.escape(text[last : m.start()]))
        cited = by_n.get(int(m.group(1)))
        if cited is None:
            out.append(html.escape(m.group(0)))
        else:
            where = f"{format_date(cited.meeting_date)}, {_punkt_label(cited)}"
            out.append(_link(absolute_url(cited.url, base_url), f"[{cited.n}]", "cite", where))
        last = m.end()
    out.append(html.escape(text[last:]))
    # Paragraphs become <br>: a newline inside the HTML block must not end it.
    return "".join(out).replace("\n", "<br>")


def _punkt_label(citation: Citation) -> str:
    if citation.punkt is None:
        return citation.title
    return f"Punkt {citation.punkt}: {citation.title}"


def format_sources(citations: Sequence[Citation], base_url: str = "") -> str:
    """The "Kilder" list: date, Punkt N: title, case number, quoted passage and a link."""
    if not citations:
        return ""
    items = []
    for c in citations:
        case = (
            f'<span class="kilde-sag">Sag {html.escape(c.case_number)}</span>'
            if c.case_number
            else ""
        )
        quote = (
            f'<blockquote class="kilde-citat">{html.escape(c.quote)}</blockquote>'
            if c.quote.strip()
            else ""
        )
        link = _link(absolute_url(c.url, base_url), "Åbn referatet ved punktet ↗", "kilde-link")
        archive = ""
        if c.archive_url:
            archive = " · " + _link(c.archive_url, "Kommunens arkiv ↗", "kilde-arkiv")
        items.append(
            f'<li class="kilde" value="{c.n}">'
            f'<div class="kilde-head"><span class="kilde-nr">[{c.n}]</span> '
            f'<span class="kilde-dato">{format_date(c.meeting_date)}</span> '
            f'<span class="kilde-punkt">{html.escape(_punkt_label(c))}</span> {case}</div>'
            f"{quote}<div>{link}{archive}</div></li>"
        )
    return (
        '<div class="kilder"><div class="kilder-titel">Kilder</div>'
        f'<ol class="kilde-liste">{"".join(items)}</ol></div>'
    )


def format_refusal(text: str, language: str = "da") -> str:
    """A refused answer, marked as such, always with the hint on how to ask instead."""
    hint = REFUSAL_HINT.get(language, REFUSAL_HINT["da"])
    body = text.strip()
    if hint not in body:
        body = f"{body} {hint}".strip()
    heading = "Ikke fundet i referaterne" if language == "da" else "Not found in the minutes"
    return (
        f'<div class="svar svar-afvist"><div class="afvist-titel">{heading}</div>'
        f"<div>{html.escape(body)}</div></div>"
    )


def format_answer(
    text: str,
    citations: Sequence[Citation],
    *,
    refused: bool = False,
    language: str = "da",
    warning: str | None = None,
    streaming: bool = False,
    base_url: str = "",
) -> str:
    """The whole assistant message: the answer with linked markers, then the "Kilder" list."""
    if refused:
        return format_refusal(text, language)
    if not text.strip():
        body = f'<span class="venter">{SEARCHING}</span>'
    else:
        body = link_markers(text, citations, base_url)
        if streaming:
            body += '<span class="markør">▍</span>'
    note = ""
    if warning:
        note = f'<div class="advarsel">Bemærk: {html.escape(warning)}</div>'
    cited = _cited(text, citations) if not streaming else citations
    return (
        f'<div class="svar"><div class="svar-tekst">{body}</div>{note}'
        f"{format_sources(cited, base_url)}</div>"
    )


def _cited(text: str, citations: Sequence[Citation]) -> list[Citation]:
    """The sources the answer names; all of them when it names none (a terse answer)."""
    used = {int(n) for n in MARKER_RE.findall(text)}
    named = [c for c in citations if c.n in used]
    return named or list(citations)


def format_error(message: str) -> str:
    """A readable error in the chat (never a traceback)."""
    return (
        f'<div class="svar svar-fejl"><div class="fejl-titel">Der opstod en fejl</div>'
        f"<div>{html.escape(message)}</div></div>"
    )


def format_filters(date_from: date | None, date_to: date | None, case_number: str | None) -> str:
    """A short Danish note of the filters that applied to an answer (empty when none)."""
    parts = []
    if date_from or date_to:
        start = format_date(date_from) if date_from else "…"
        stop = format_date(date_to) if date_to else "…"
        parts.append(f"{start} – {stop}")
    if case_number:
        parts.append(f"sag {html.escape(case_number)}")
    if not parts:
        return ""
    return f'<div class="filtre-note">Filtre: {", ".join(parts)}</div>'
