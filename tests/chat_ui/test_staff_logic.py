"""The chat's staff features as plain functions: copy text, grouped sources, decision dates,
dates in Danish and ISO form, filter chips, the archive line and conversations kept in the
browser."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from api import schemas
from chat_ui.app import (
    ALL_BOARDS,
    MAX_CONVERSATIONS,
    archive_summary,
    board_choices,
    check_length,
    conversation_choices,
    delete_conversation,
    feedback_item,
    filter_chips,
    parse_date,
    parse_filters,
    save_conversation,
    stored_turns,
)
from chat_ui.backend import ChatError, reason_da
from chat_ui.format import copy_text, decision_note, format_answer, format_sources, group_sources


def cite(n: int, punkt: int | None = 5, **kw: Any) -> schemas.Citation:
    values: dict[str, Any] = {
        "n": n,
        "meeting_id": "udvalg-2020-03-02",
        "meeting_date": date(2020, 3, 2),
        "board": "Teknisk Udvalg",
        "punkt": punkt,
        "title": "Vejbelysning",
        "case_number": "20/1234",
        "section": "Beslutning",
        "quote": f"Citat nummer {n}",
        "url": f"/minutes/udvalg-2020-03-02?punkt={punkt}&hl=Citat%20{n}#punkt-{punkt}",
    }
    values.update(kw)
    return schemas.Citation(**values)


def test_copy_text_is_plain_text_with_sources_not_html() -> None:
    text = copy_text("Lamperne skiftes [1], og budgettet holder [2].", [cite(1), cite(2, 7)])
    assert "<" not in text and "&amp;" not in text
    lines = text.splitlines()
    assert lines[0] == "Lamperne skiftes [1], og budgettet holder [2]."
    assert lines[2] == "Kilder:"
    assert lines[3] == (
        "[1] 02-03-2020, Punkt 5: Vejbelysning (sag 20/1234): "
        "/minutes/udvalg-2020-03-02?punkt=5&hl=Citat%201#punkt-5"
    )
    assert lines[4].startswith("[2] 02-03-2020, Punkt 7: Vejbelysning")


def test_copy_markdown_links_each_source_once() -> None:
    text = copy_text("A [1] og B [2].", [cite(1), cite(2)], markdown=True, base_url="https://x.dk")
    assert "**Kilder**" in text
    assert (
        "- [1] [2] [02-03-2020, Punkt 5: Vejbelysning (sag 20/1234)]"
        "(https://x.dk/minutes/udvalg-2020-03-02?punkt=5&hl=Citat%201#punkt-5)" in text
    )
    assert text.count("- [") == 1


def test_sources_are_listed_once_with_all_their_numbers() -> None:
    groups = group_sources([cite(1), cite(2, 7), cite(3)])
    assert [[c.n for c in g] for g in groups] == [[1, 3], [2]]
    html_out = format_sources([cite(1), cite(2, 7), cite(3)])
    assert html_out.count('<li class="kilde"') == 2 and "[1] [3]" in html_out


def test_decision_date_is_explained_when_it_differs() -> None:
    later = cite(1, decision_date=date(2020, 3, 9))
    assert "09-03-2020" in decision_note(later) and "02-03-2020" in decision_note(later)
    assert decision_note(cite(1, decision_date=date(2020, 3, 2))) == ""
    assert "Beslutningen er dateret 09-03-2020" in format_sources([later])
    assert "besluttet 09-03-2020" in format_answer("Ja [1].", [later])


def test_each_marker_links_its_own_passage() -> None:
    out = format_answer("A [1] B [2].", [cite(1), cite(2)])
    assert "hl=Citat%201" in out and "hl=Citat%202" in out
    assert "»Citat nummer 1«" in out and "»Citat nummer 2«" in out
    # Two quotations from one source: each marker marks the quotation it stands after.
    quoted = format_answer(
        "Besluttet: «Lamperne skiftes i 2021.» [1] Fra sagen: «Budgettet er 2 mio. kr.» [1]",
        [cite(1)],
    )
    assert "hl=Lamperne%20skiftes%20i%202021.#punkt-5" in quoted
    assert "hl=Budgettet%20er%202%20mio.%20kr.#punkt-5" in quoted
    assert "»Budgettet er 2 mio. kr.«" in quoted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19-06-2017", date(2017, 6, 19)),
        ("2017-06-19", date(2017, 6, 19)),
        ("19.06.2017", date(2017, 6, 19)),
        ("1/2/2020", date(2020, 2, 1)),
        (" ", None),
    ],
)
def test_dates_in_danish_and_iso_form(text: str, expected: date | None) -> None:
    assert parse_date(text, "Fra dato") == expected


@pytest.mark.parametrize("text", ["31-02-2020", "2020/13/01", "juni 2017", "19-06-17"])
def test_bad_dates_name_the_field(text: str) -> None:
    with pytest.raises(ChatError, match="Fra dato"):
        parse_date(text, "Fra dato")


def test_filters_with_board_and_chips() -> None:
    filters = parse_filters("19-06-2017", "", "", "Teknisk Udvalg")
    assert filters == schemas.Filters(date_from=date(2017, 6, 19), board="Teknisk Udvalg")
    assert parse_filters("", "", "", ALL_BOARDS) is None
    assert filter_chips("2017-06-19", "x", "", "Teknisk Udvalg") == [
        "Udvalg: Teknisk Udvalg",
        "Fra: 19-06-2017",
        "Til: x (ugyldig)",
        None,
    ]
    assert filter_chips("", "", " ", ALL_BOARDS) == [None, None, None, None]


def test_archive_summary_says_boards_count_and_range() -> None:
    def meeting(board: str, day: date) -> schemas.MeetingSummary:
        return schemas.MeetingSummary(
            meeting_id=f"{board}-{day}",
            board=board,
            date=day,
            start_time=None,
            location=None,
            points=3,
            url="/",
        )

    meetings = [
        meeting("Økonomiudvalget", date(2019, 5, 1)),
        meeting("Børneudvalget", date(2013, 1, 7)),
        meeting("Økonomiudvalget", date(2021, 8, 30)),
    ]
    assert archive_summary(meetings) == (
        "Arkivet rummer 3 møder i Børneudvalget og Økonomiudvalget fra 07-01-2013 til 30-08-2021."
    )
    assert board_choices(meetings) == [ALL_BOARDS, "Børneudvalget", "Økonomiudvalget"]
    assert "tomt" in archive_summary([])


def test_conversations_are_saved_listed_reopened_and_deleted() -> None:
    turns: list[Any] = [{"question": "Hvad med vejene?", "answer": "Asfalt [1].", "html": "x"}]
    store = save_conversation(None, "a", turns, now=datetime(2024, 1, 2, 9, 30))
    store = save_conversation(store, "b", turns[:], now=datetime(2024, 1, 3, 10, 0))
    assert store["current"] == "b"
    assert conversation_choices(store) == [
        ("03-01-2024 10:00 · Hvad med vejene?", "b"),
        ("02-01-2024 09:30 · Hvad med vejene?", "a"),
    ]
    assert stored_turns(store, "a") == turns
    store = delete_conversation(store, "b")
    assert store["current"] is None and [c[1] for c in conversation_choices(store)] == ["a"]
    for i in range(MAX_CONVERSATIONS + 5):
        store = save_conversation(store, f"c{i}", turns, now=datetime(2025, 1, 1, 0, i))
    assert len(store["items"]) == MAX_CONVERSATIONS and "a" not in store["items"]


def test_feedback_item_carries_question_answer_citations_and_filters() -> None:
    turn: Any = {
        "question": "Hvad med vejene?",
        "answer": "Asfalt [1].",
        "html": "",
        "citations": [cite(1).model_dump(mode="json")],
        "filters": {"board": "Teknisk Udvalg"},
    }
    item = feedback_item(turn, liked=False)
    assert item.rating == "down" and item.citations[0].url.startswith("/minutes/")
    assert item.filters == schemas.Filters(board="Teknisk Udvalg")


def test_long_questions_and_service_reasons_are_danish() -> None:
    with pytest.raises(ChatError, match="2.345 tegn langt; grænsen er 2.000 tegn"):
        check_length("x" * 2345, 2000)
    check_length("x" * 2000, 2000)
    assert reason_da("the question is 2345 characters; the limit is 2000") == (
        "Spørgsmålet er 2.345 tegn langt; grænsen er 2.000 tegn. Forkort det, og prøv igen."
    )
    assert reason_da("the question is empty") == "Skriv et spørgsmål først."


def test_refusal_offers_the_nearest_points_when_the_answer_carries_them() -> None:
    near = cite(1, punkt=3, title="Vejbelysning <i>")
    out = format_answer("Intet fundet.", [], refused=True, suggestions=[near])
    assert "Måske leder du efter:" in out
    assert "02-03-2020, Punkt 3: Vejbelysning &lt;i&gt; ↗" in out
    assert 'href="/minutes/udvalg-2020-03-02?punkt=3' in out
    assert "Måske" not in format_answer("Intet fundet.", [], refused=True)


def test_http_backend_reads_the_archive_and_sends_feedback_with_the_key() -> None:
    import httpx

    from chat_ui.backend import HttpBackend

    seen: list[tuple[str, str, str | None]] = []
    stored = {
        "id": "f" * 32,
        "created": "2024-01-01T00:00:00+00:00",
        "rating": "up",
        "comment": None,
        "question": "Hvad med vejene?",
        "standalone_question": None,
        "answer": "Asfalt [1].",
        "citations": [],
        "filters": None,
        "generation": 3,
    }

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path, request.headers.get("Authorization")))
        if request.url.path == "/v1/meetings":
            return httpx.Response(200, json={"data": [], "count": 0})
        if request.method == "PATCH":
            return httpx.Response(404, json={"detail": "feedback not found"})
        return httpx.Response(201, json=stored)

    backend = HttpBackend("http://api.test", api_key="k", transport=httpx.MockTransport(handler))
    assert backend.meetings() == []
    turn: Any = {"question": "Hvad med vejene?", "answer": "Asfalt [1].", "html": ""}
    assert backend.feedback(feedback_item(turn, liked=True)).generation == 3
    with pytest.raises(ChatError, match="HTTP 404"):
        backend.comment("f" * 32, "godt")
    assert seen == [
        ("GET", "/v1/meetings", "Bearer k"),
        ("POST", "/v1/feedback", "Bearer k"),
        ("PATCH", f"/v1/feedback/{'f' * 32}", "Bearer k"),
    ]
