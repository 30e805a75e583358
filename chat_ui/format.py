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
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from api.schemas import Citation, MoreAnswer
from api.service import highlight_passage

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


def _where(c: Citation) -> str:
    """``19-06-2017, Punkt 5: Budgetanalyser`` (the decision's own date when it has one)."""
    return f"{format_date(c.meeting_date)}, {_punkt_label(c)}"


# A passage the answer quotes: «...» (Danish guillemets) or "...".
QUOTED_RE = re.compile(r"«([^«»]+)»|\u201c([^\u201c\u201d]+)\u201d")
POPOVER_CHARS = 320


def marker_passage(before: str) -> str:
    """The passage a marker vouches for: the last quotation in the text since the previous
    marker; empty when that text quotes nothing (a paraphrase is not in the minutes, so the
    citation's own quote is marked instead)."""
    quotes = [m.group(1) or m.group(2) for m in QUOTED_RE.finditer(before)]
    return " ".join(quotes[-1].split()) if quotes else ""


def passage_url(url: str, passage: str) -> str:
    """``url`` (a source link) with its highlight set to ``passage``."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "hl"]
    hl = highlight_passage(passage)
    if not hl or not any(k == "punkt" for k, _ in query):
        return url
    query.append(("hl", hl))
    return urlunsplit(parts._replace(query=urlencode(query, quote_via=quote)))


def _popover(c: Citation, passage: str = "") -> str:
    """What hovering or tapping ``[n]`` shows: the quoted passage with its date and point."""
    quote = passage or " ".join(c.quote.split())
    if len(quote) > POPOVER_CHARS:  # the link opens the whole passage
        quote = quote[:POPOVER_CHARS].rsplit(" ", 1)[0] + " …"
    decided = ""
    if c.decision_date and c.decision_date != c.meeting_date:
        decided = f" · besluttet {format_date(c.decision_date)}"
    return (
        f'<span class="cite-pop" role="tooltip"><span class="cite-pop-hvor">'
        f"{html.escape(_where(c))}{decided}</span>"
        + (f'<span class="cite-pop-citat">»{html.escape(quote)}«</span>' if quote else "")
        + "</span>"
    )


def link_markers(text: str, citations: Sequence[Citation], base_url: str = "") -> str:
    """Escape ``text`` and turn every ``[n]`` that names a citation into a link to its own
    quoted passage, with the quote, date and point shown on hover or tap.

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
            # Each marker opens the passage it stands after, not the citation's first words.
            passage = marker_passage(text[last : m.start()])
            target = passage_url(cited.url, passage) if passage else cited.url
            url = html.escape(absolute_url(target, base_url))
            out.append(
                f'<a class="cite" href="{url}" target="_blank" rel="noopener" '
                f'data-n="{cited.n}" aria-label="Kilde {cited.n}: {html.escape(_where(cited))}">'
                f"[{cited.n}]{_popover(cited, passage)}</a>"
            )
        last = m.end()
    out.append(html.escape(text[last:]))
    # Paragraphs become <br>: a newline inside the HTML block must not end it.
    return "".join(out).replace("\n", "<br>")


def _punkt_label(citation: Citation) -> str:
    if citation.punkt is None:
        return citation.title
    return f"Punkt {citation.punkt}: {citation.title}"


def group_sources(citations: Sequence[Citation]) -> list[list[Citation]]:
    """Citations grouped by the source they point at (meeting and point), in first-cited order:
    several quotes from one point are one source with several numbers."""
    groups: dict[tuple[str, int | None], list[Citation]] = {}
    for c in citations:
        groups.setdefault((c.meeting_id, c.punkt), []).append(c)
    return list(groups.values())


def decision_note(c: Citation) -> str:
    """Why a source carries two dates: the decision was made on another day than the meeting."""
    if not c.decision_date or c.decision_date == c.meeting_date:
        return ""
    when = "senere" if c.decision_date > c.meeting_date else "tidligere"
    return (
        f"Beslutningen er dateret {format_date(c.decision_date)}, {when} end mødet "
        f"{format_date(c.meeting_date)} (fx behandlet efter mødet eller ved skriftlig procedure)."
    )


def format_sources(citations: Sequence[Citation], base_url: str = "") -> str:
    """The "Kilder" list: each source once, with its numbers, date, Punkt N: title, case number,
    the decision date when it differs, and a link. The quotes are in the answer's ``[n]``."""
    if not citations:
        return ""
    items = []
    for group in group_sources(citations):
        c = group[0]
        numbers = " ".join(f"[{x.n}]" for x in group)
        case = (
            f'<span class="kilde-sag">Sag {html.escape(c.case_number)}</span>'
            if c.case_number
            else ""
        )
        decided = next((d for d in map(decision_note, group) if d), "")
        note = f'<div class="kilde-dato-note">{html.escape(decided)}</div>' if decided else ""
        link = _link(absolute_url(c.url, base_url), "Åbn referatet ved punktet ↗", "kilde-link")
        archive = ""
        if c.archive_url:
            archive = " · " + _link(c.archive_url, "Kommunens arkiv ↗", "kilde-arkiv")
        items.append(
            f'<li class="kilde" value="{c.n}">'
            f'<div class="kilde-head"><span class="kilde-nr">{numbers}</span> '
            f'<span class="kilde-dato">{format_date(c.meeting_date)}</span> '
            f'<span class="kilde-punkt">{html.escape(_punkt_label(c))}</span> {case}</div>'
            f"{note}<div>{link}{archive}</div></li>"
        )
    return (
        '<div class="kilder"><div class="kilder-titel">Kilder</div>'
        f'<ol class="kilde-liste">{"".join(items)}</ol></div>'
    )


def copy_text(
    text: str, citations: Sequence[Citation], *, markdown: bool = False, base_url: str = ""
) -> str:
    """The answer as it should land in a case note or an e-mail: the text with its ``[n]``
    markers, then the sources (date, Punkt, title, link), as plain text or as Markdown."""
    body = text.strip()
    cited = _cited(text, citations)
    if not cited:
        return body + "\n"
    lines = [body, "", "**Kilder**" if markdown else "Kilder:"]
    for group in group_sources(cited):
        c = group[0]
        numbers = " ".join(f"[{x.n}]" for x in group)
        where = _where(c) + (f" (sag {c.case_number})" if c.case_number else "")
        decided = decision_note(c)
        url = absolute_url(c.url, base_url)
        if markdown:
            # Brackets in a link text would end it early; the numbers stay outside the link.
            label = where.replace("[", "(").replace("]", ")")
            line = f"- {numbers} [{label}]({url})"
        else:
            line = f"{numbers} {where}: {url}"
        lines.append(line + (f" – {decided}" if decided else ""))
    return "\n".join(lines) + "\n"


def _copy_buttons(
    text: str, citations: Sequence[Citation], base_url: str, more: MoreAnswer | None = None
) -> str:
    """The two copy buttons. Each carries the short answer (``data-kopi``) and, when "Vis mere"
    offers the whole answer, that one too (``data-kopi-fuld``): chat.js copies the one the user
    sees, the whole answer while "Vis mere" is open."""

    def attr(value: str) -> str:
        # Newlines as character references: a blank line inside the HTML block would end it.
        return html.escape(value).replace("\n", "&#10;")

    def button(label: str, markdown: bool) -> str:
        short = attr(copy_text(text, citations, markdown=markdown, base_url=base_url))
        whole = ""
        if more is not None and more.answer.strip():
            full = copy_text(more.answer, more.citations, markdown=markdown, base_url=base_url)
            whole = f' data-kopi-fuld="{attr(full)}"'
        return f'<button type="button" class="kopier" data-kopi="{short}"{whole}>{label}</button>'

    return (
        '<div class="kopier-knapper">'
        f"{button('Kopiér som tekst', False)}{button('Kopiér som Markdown', True)}"
        "</div>"
    )


def format_suggestions(suggestions: Sequence[Any], base_url: str = "") -> str:
    """Points near the question, offered with a refusal (each has meeting_date, punkt, title and
    url, as the answer's suggestions carry them)."""
    items = []
    for s in suggestions:
        punkt = getattr(s, "punkt", None)
        label = f"Punkt {punkt}: {s.title}" if punkt is not None else str(s.title)
        text = f"{format_date(s.meeting_date)}, {label} ↗"
        items.append(
            f"<li>{_link(absolute_url(s.url, base_url), html.escape(text), 'forslag')}</li>"
        )
    if not items:
        return ""
    return (
        '<div class="forslag-titel">Måske leder du efter:</div>'
        f'<ul class="forslag-liste">{"".join(items)}</ul>'
    )


def format_refusal(
    text: str, language: str = "da", suggestions: Sequence[Any] = (), base_url: str = ""
) -> str:
    """A refused answer, marked as such, with the nearest points the archive holds when the
    answer offers them. The text is the service's: it carries the hint on how to ask instead
    where one helps, and leaves it off a closed-point notice or a near miss that already
    names where to look."""
    body = text.strip()
    heading = "Ikke fundet i referaterne" if language == "da" else "Not found in the minutes"
    return (
        f'<div class="svar svar-afvist"><div class="afvist-titel">{heading}</div>'
        f"<div>{html.escape(body)}</div>{format_suggestions(suggestions, base_url)}</div>"
    )


def format_more(more: MoreAnswer | None, base_url: str = "") -> str:
    """ "Vis mere" under an answer that was cut to its budget: the whole answer, with its own
    sources, in a native disclosure (no script; it works in a restored conversation too). While
    it is open, the short answer and its sources are hidden (chat.css), so it reads as the
    answer grown, not as a second one."""
    if more is None or not more.answer.strip():
        return ""
    body = link_markers(more.answer, more.citations, base_url)
    sources = format_sources(_cited(more.answer, more.citations), base_url)
    return (
        '<details class="vis-mere"><summary><span class="vis-mere-aaben">Vis mere</span>'
        '<span class="vis-mere-luk">Vis mindre</span></summary>'
        f'<div class="svar-fuld">{body}</div>{sources}</details>'
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
    suggestions: Sequence[Any] = (),
    more: MoreAnswer | None = None,
) -> str:
    """The whole assistant message: the answer with linked markers, "Vis mere" when the answer
    was cut, then the "Kilder" list."""
    if refused:
        return format_refusal(text, language, suggestions, base_url)
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
    buttons = (
        "" if streaming or not text.strip() else _copy_buttons(text, citations, base_url, more)
    )
    rest = "" if streaming else format_more(more, base_url)
    return (
        f'<div class="svar"><div class="svar-tekst">{body}</div>{note}{rest}'
        f"{format_sources(cited, base_url)}{buttons}</div>"
    )


def format_read_as(read_as: str | None) -> str:
    """The question as the answer read it, where a mistyped word was taken for the archive's
    word ("Læst som: «hvilke kommuner er med i nøgletals samarbejdet»"); nothing otherwise."""
    if not read_as:
        return ""
    return f'<div class="laest-som">Læst som: «{html.escape(read_as)}»</div>'


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


def format_filters(
    date_from: date | None,
    date_to: date | None,
    case_number: str | None,
    board: str | None = None,
) -> str:
    """A short Danish note of the filters that applied to an answer (empty when none)."""
    parts = []
    if board:
        parts.append(html.escape(board))
    if date_from or date_to:
        start = format_date(date_from) if date_from else "…"
        stop = format_date(date_to) if date_to else "…"
        parts.append(f"{start} – {stop}")
    if case_number:
        parts.append(f"sag {html.escape(case_number)}")
    if not parts:
        return ""
    return f'<div class="filtre-note">Filtre: {", ".join(parts)}</div>'
