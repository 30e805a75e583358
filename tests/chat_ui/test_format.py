"""The chat's formatting functions and turn logic, without launching Gradio or a browser."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

import httpx
import pytest

from api import schemas
from chat_ui.app import answer_stream, conversation, parse_filters
from chat_ui.backend import ChatError, HttpBackend, parse_sse, status_message
from chat_ui.format import (
    format_answer,
    format_date,
    format_error,
    format_more,
    format_read_as,
    format_refusal,
    format_sources,
    link_markers,
)


def citation(n: int = 1, **overrides: Any) -> schemas.Citation:
    values: dict[str, Any] = {
        "n": n,
        "meeting_id": "direktionen-2017-06-19",
        "meeting_date": date(2017, 6, 19),
        "board": "Direktionen",
        "punkt": 5,
        "title": "Budgetanalyser",
        "case_number": "17/163",
        "section": "Beslutning",
        "quote": "Vedr. Solgården blev det godkendt",
        "url": "/minutes/direktionen-2017-06-19?punkt=5&hl=Vedr.#punkt-5",
    }
    values.update(overrides)
    return schemas.Citation(**values)


def test_format_date_is_danish() -> None:
    assert format_date(date(2017, 6, 19)) == "19-06-2017"
    assert format_date("2023-01-16") == "16-01-2023"


def test_markers_become_links_to_the_source_in_a_new_tab() -> None:
    out = link_markers("Taksterne blev godkendt [1].", [citation()])
    assert (
        '<a class="cite" href="/minutes/direktionen-2017-06-19?punkt=5&amp;hl=Vedr.#punkt-5"'
        ' target="_blank" rel="noopener"'
    ) in out
    assert '>[1]<span class="cite-pop"' in out
    assert 'aria-label="Kilde 1: 19-06-2017, Punkt 5: Budgetanalyser"' in out
    # Hover/tap shows the quote with its date and point.
    assert "19-06-2017, Punkt 5: Budgetanalyser</span>" in out
    assert "»Vedr. Solgården blev det godkendt«" in out


def test_marker_without_citation_stays_text() -> None:
    out = link_markers("Se [2].", [citation(1)])
    assert "<a" not in out and "[2]" in out


def test_marker_links_get_the_api_base_url() -> None:
    out = link_markers("[1]", [citation()], base_url="http://api.example:8000/")
    assert 'href="http://api.example:8000/minutes/direktionen-2017-06-19?' in out


def test_sources_list_shows_date_point_case_quote_and_link() -> None:
    out = format_sources(
        [
            citation(),
            citation(2, punkt=9, title="Indretning", case_number=None, url="/minutes/x#punkt-9"),
        ]
    )
    assert "Kilder" in out
    assert "19-06-2017" in out
    assert "Punkt 5: Budgetanalyser" in out and "Sag 17/163" in out
    # The quote is shown on the answer's [n], not repeated in the list.
    assert "Vedr. Solgården blev det godkendt" not in out
    assert out.count('target="_blank"') == 2
    assert "Punkt 9: Indretning" in out and out.count("Sag ") == 1
    assert format_sources([]) == ""


def test_header_citation_without_punkt() -> None:
    out = format_sources([citation(punkt=None, title="Referat 19-06-2017", case_number=None)])
    assert "Punkt" not in out and "Referat 19-06-2017" in out


def test_minutes_text_is_escaped() -> None:
    evil = citation(
        title="<script>alert(1)</script>",
        quote='"><img src=x onerror=alert(1)>',
        case_number="17/163",
    )
    out = format_answer("Svar <script>alert(2)</script> [1]", [evil])
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in out
    assert "&quot;&gt;&lt;img" in out


def test_url_with_quotes_cannot_break_the_attribute() -> None:
    out = link_markers("[1]", [citation(url='/minutes/x" onmouseover="alert(1)')])
    assert '" onmouseover=' not in out


def test_answer_is_one_html_block_without_blank_lines() -> None:
    # A blank line would end the HTML block and let Markdown reinterpret the rest.
    out = format_answer("Første afsnit [1].\n\nAndet afsnit.", [citation()])
    assert "\n" not in out and out.startswith("<div")


def test_answer_lists_only_the_cited_sources_when_done() -> None:
    out = format_answer("Godkendt [2].", [citation(1, title="Ikke brugt"), citation(2)])
    assert "Ikke brugt" not in out
    streaming = format_answer(
        "Godkendt", [citation(1, title="Ikke brugt"), citation(2)], streaming=True
    )
    assert "Ikke brugt" in streaming and "markør" in streaming


def test_a_cut_answer_offers_vis_mere_with_the_whole_answer_and_its_sources() -> None:
    more = schemas.MoreAnswer(
        answer="Godkendt i sin helhed [1]. Se også [2].",
        citations=[citation(1), citation(2, punkt=6, title="Taxhuset <b>")],
    )
    out = format_answer("Godkendt [1].", [citation(1)], more=more)
    assert "\n" not in out
    short, rest = out.split('<details class="vis-mere">')
    rest, after = rest.split("</details>")
    assert 'class="cite"' in short and 'class="kilde"' in after  # the short answer as before
    assert "Vis mere" in rest and "Vis mindre" in rest
    assert "Godkendt i sin helhed" in rest and "Taxhuset &lt;b&gt;" in rest
    # The whole answer's [2] links to its own source, listed in its own "Kilder".
    assert rest.count('class="cite"') == 2 and rest.count('class="kilde"') == 2
    # The copy buttons carry the whole answer too (copied while "Vis mere" is open).
    assert after.count("data-kopi-fuld=") == 2
    assert "Godkendt i sin helhed [1]. Se også [2].&#10;&#10;Kilder:" in after
    assert "data-kopi-fuld" not in format_answer("Godkendt [1].", [citation(1)])
    # Not while streaming, and not without a longer answer.
    assert "vis-mere" not in format_answer("Godkendt", [citation()], streaming=True, more=more)
    assert "vis-mere" not in format_answer("Godkendt [1].", [citation()])
    assert format_more(None) == ""


def test_refusal_is_marked_and_shows_the_services_text_as_is() -> None:
    out = format_refusal("Jeg fandt intet. Prøv andre ord, eller udvid datointervallet.")
    assert "Ikke fundet i referaterne" in out
    assert out.count("Prøv andre ord") == 1
    # A closed-point notice comes without the hint, and the chat adds none.
    closed = format_refusal(
        "Punkt 3 (19-06-2017) er et lukket punkt; indholdet er ikke offentligt."
    )
    assert "Prøv andre ord" not in closed
    english = format_answer("I found nothing.", [], refused=True, language="en")
    assert "Not found in the minutes" in english and "widen the date range" not in english
    assert "Kilder" not in english


def test_the_service_gives_the_hint_to_a_plain_refusal_only(service: Any) -> None:
    from api.service import REFUSAL_HINT

    plain = service.ask("hvad besluttede direktionen om kunstgræsbaner i 2015?")
    closed = service.ask("hvad står der i punkt 3 den 19. juni 2017?")
    assert plain.refused and closed.refused
    assert REFUSAL_HINT["da"] in format_refusal(plain.answer) or plain.suggestions
    assert REFUSAL_HINT["da"] not in format_refusal(closed.answer)


def test_error_is_escaped_text() -> None:
    out = format_error("API nede <b>")
    assert "Der opstod en fejl" in out and "&lt;b&gt;" in out


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (("", "", ""), None),
        (("2017-01-01", " ", ""), schemas.Filters(date_from=date(2017, 1, 1))),
        (
            ("", "2017-12-31", "17/163"),
            schemas.Filters(date_to=date(2017, 12, 31), case_number="17/163"),
        ),
    ],
)
def test_parse_filters(fields: tuple[str, str, str], expected: schemas.Filters | None) -> None:
    assert parse_filters(*fields) == expected


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (("19-13-2017", "", ""), "ikke en dato"),
        (("", "i går", ""), "Til dato"),
        (("", "", "sag 17"), "Sagsnummeret"),
        (("2018-01-01", "2017-01-01", ""), "før"),
    ],
)
def test_bad_filters_give_danish_messages(fields: tuple[str, str, str], message: str) -> None:
    with pytest.raises(ChatError, match=message):
        parse_filters(*fields)


class FakeBackend:
    base_url = ""

    def __init__(self, events: list[tuple[str, dict[str, Any]]] | Exception) -> None:
        self.events = events
        self.seen: list[schemas.Message] = []

    def stream(
        self, messages: Sequence[schemas.Message], filters: schemas.Filters | None, top_k: int
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        self.seen = list(messages)
        if isinstance(self.events, Exception):
            raise self.events
        yield from self.events


def _done(answer: str, refused: bool = False) -> dict[str, Any]:
    return schemas.AskResponse(
        answer=answer,
        refused=refused,
        language="da",
        citations=[] if refused else [citation()],
        retrieval=[],
        timings_ms={},
    ).model_dump(mode="json")


def test_answer_stream_grows_then_ends_with_the_final_answer() -> None:
    events = [
        ("citations", {"citations": [citation().model_dump(mode="json")]}),
        ("token", {"text": "Godkendt"}),
        ("token", {"text": " [1]."}),
        ("done", _done("Godkendt [1].")),
    ]
    backend = FakeBackend(events)
    steps = list(answer_stream(backend, [], "Solgården?", parse_filters("2017-01-01", "", "")))
    html_out, text, final = steps[-1]
    assert text == "Godkendt [1]." and final is not None and final.citations
    assert 'class="cite"' in html_out and "Kilder" in html_out and "markør" not in html_out
    assert "Filtre: 01-01-2017" in html_out


def test_follow_ups_send_the_conversation() -> None:
    turns = [
        {"question": "Solgården?", "answer": "Godkendt [1].", "html": ""},
        {"question": "fejlede", "answer": "", "html": ""},
    ]
    messages = conversation(turns, "og Taxhuset?")  # type: ignore[arg-type]
    assert [(m.role, m.content) for m in messages] == [
        ("user", "Solgården?"),
        ("assistant", "Godkendt [1]."),
        ("user", "og Taxhuset?"),
    ]


@pytest.mark.parametrize(
    "error",
    [ChatError("API'et afviste nøglen"), RuntimeError("Traceback (most recent call last)")],
)
def test_errors_become_a_message_never_a_traceback(error: Exception) -> None:
    steps = list(answer_stream(FakeBackend(error), [], "Solgården?", None))
    html_out, text, final = steps[-1]
    assert final is None
    assert text == "" and "Der opstod en fejl" in html_out
    assert "Traceback" not in html_out


def test_parse_sse() -> None:
    lines = iter(
        [
            "event: citations",
            'data: {"citations": []}',
            "",
            "event: token",
            'data: {"text": "Hej"}',
            "",
        ]
    )
    assert list(parse_sse(lines)) == [("citations", {"citations": []}), ("token", {"text": "Hej"})]


def _http(handler: Any) -> HttpBackend:
    return HttpBackend("http://api.test", api_key="k", transport=httpx.MockTransport(handler))


def test_http_backend_streams_sse_with_the_key() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v1/chat" and request.url.params["stream"] == "true"
        assert request.headers["Authorization"] == "Bearer k"
        body = 'event: token\ndata: {"text": "Hej"}\n\n'
        return httpx.Response(200, text=body, headers={"content-type": "text/event-stream"})

    msgs = [schemas.Message(role="user", content="Hej?")]
    assert list(_http(handler).stream(msgs, None, 5)) == [("token", {"text": "Hej"})]


@pytest.mark.parametrize(
    ("status", "expected"), [(401, "nøglen"), (422, "afvist"), (503, "ikke klar"), (500, "fejlede")]
)
def test_http_errors_are_readable(status: int, expected: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"detail": "nope"})

    msgs = [schemas.Message(role="user", content="Hej?")]
    with pytest.raises(ChatError, match=expected):
        list(_http(handler).stream(msgs, None, 5))
    assert "HTTP" in status_message(status)


def test_api_down_is_readable() -> None:
    backend = HttpBackend("http://127.0.0.1:9", timeout_s=2)  # nothing listens on port 9
    msgs = [schemas.Message(role="user", content="Hej?")]
    with pytest.raises(ChatError, match="Kan ikke få forbindelse"):
        list(backend.stream(msgs, None, 5))


def test_read_as_is_said_escaped_and_only_when_repaired() -> None:
    assert format_read_as(None) == ""
    assert format_read_as("") == ""
    shown = format_read_as("hvad med <b>nøgletals</b> samarbejdet")
    assert shown.startswith('<div class="laest-som">Læst som: «')
    assert "&lt;b&gt;nøgletals&lt;/b&gt;" in shown and "<b>" not in shown
