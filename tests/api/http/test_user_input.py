"""What an intranet developer or a member of staff may send: every odd input gets a 4xx with a
reason a person can act on, and harmless variants of a good question get the good answer.

Found by exercising the live API as a new user (real index, real model, real HTTP).
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from tests.api.http.test_ask import parse_sse

SOLGAARDEN = "hvad blev besluttet om Solgårdens takster?"
OPENAI = "/v1/chat/completions"


def _ask(question: str) -> dict[str, object]:
    return {"question": question}


def _reason(r: Response) -> str:
    """The reason of a 4xx: OpenAI's error message on its route, ``detail`` on the others."""
    body = r.json()
    reason = body["error"]["message"] if r.request.url.path == OPENAI else body["detail"]
    assert isinstance(reason, str)
    return reason


def _openai(question: str) -> dict[str, object]:
    return {"model": "referat", "messages": [{"role": "user", "content": question}]}


# Text that renders as nothing: zero-width space, word joiner, byte order mark, bidi mark.
INVISIBLE = ["\u200b\u200b", "\ufeff", " \u2060 ", "\u200e"]


@pytest.mark.parametrize("question", INVISIBLE)
def test_an_invisible_question_is_empty(client: TestClient, question: str) -> None:
    for path, body in [
        ("/v1/ask", _ask(question)),
        ("/v1/ask/stream", _ask(question)),
        ("/v1/chat", {"messages": [{"role": "user", "content": question}]}),
        (OPENAI, _openai(question)),
    ]:
        r = client.post(path, json=body)
        assert r.status_code == 422, (path, r.text)
        assert "empty" in _reason(r), (path, r.text)
    r = client.get("/v1/search", params={"q": question})
    assert r.status_code == 422, r.text
    assert "empty" in _reason(r)


@pytest.mark.parametrize(
    "question",
    [
        # Full-width letters (an East Asian input method), as the minutes' plain letters.
        "hvad blev besluttet om Ｓｏｌｇåｒｄｅｎｓ ｔａｋｓｔｅｒ?",
        # A zero-width space and a soft hyphen inside words (pasted from a web page).
        "hvad blev besluttet om Solg\u200bårdens tak\u00adster?",
        # å written as a + combining ring (macOS file names, some keyboards).
        "hvad blev besluttet om Solga\u030ardens takster?",
    ],
)
def test_a_variant_spelling_of_a_question_gets_its_answer(
    client: TestClient, question: str
) -> None:
    body = client.post("/v1/ask", json=_ask(question)).json()
    assert body["refused"] is False, body["answer"]
    top = body["citations"][0]
    assert (top["meeting_date"], top["punkt"]) == ("2017-06-19", 5)
    # The same in a conversation, where the follow-up is made standalone from the messages.
    chat = client.post("/v1/chat", json={"messages": [{"role": "user", "content": question}]})
    assert chat.json()["refused"] is False, chat.text


def test_a_bad_case_number_filter_says_what_a_case_number_looks_like(client: TestClient) -> None:
    for r in [
        client.post("/v1/ask", json={"question": SOLGAARDEN, "filters": {"case_number": "abc"}}),
        client.get("/v1/search", params={"q": "Solgården", "case_number": "abc"}),
        client.post(OPENAI, json={**_openai(SOLGAARDEN), "filters": {"case_number": "!!"}}),
    ]:
        assert r.status_code == 422, r.text
        detail = _reason(r)
        assert "12/32140" in detail, detail
        assert "^" not in detail and "pattern" not in detail, detail  # no regular expression


def test_reasons_carry_no_pydantic_prefix(client: TestClient) -> None:
    reversed_dates = {"date_from": "2018-01-01", "date_to": "2017-01-01"}
    for r in [
        client.post("/v1/chat", json={"messages": [{"role": "user", "content": "  "}]}),
        client.post("/v1/ask", json={"question": SOLGAARDEN, "filters": reversed_dates}),
        client.get("/v1/search", params={"q": "Solgården", **reversed_dates}),
        client.post("/v1/ask", json={"question": "x", "filters": {"date_from": "19-06-2017"}}),
    ]:
        assert r.status_code == 422, r.text
        assert "Value error" not in _reason(r), r.text


@pytest.mark.parametrize("board", ["direktionen", "DIREKTIONEN", " Direktionen "])
def test_a_board_filter_matches_the_archive_without_regard_to_case(
    client: TestClient, board: str
) -> None:
    r = client.post("/v1/ask", json={"question": SOLGAARDEN, "filters": {"board": board}})
    assert r.status_code == 200, r.text
    assert r.json()["refused"] is False, r.json()["answer"]
    hits = client.get("/v1/search", params={"q": "Solgården", "board": board}).json()
    assert hits["count"] > 0


def test_an_unknown_board_or_meeting_filter_is_a_4xx_that_says_so(client: TestClient) -> None:
    cases = [
        ({"board": "Teknisk Udvalg"}, ["Teknisk Udvalg", "Direktionen"]),
        ({"meeting_id": "direktionen-1999-01-01"}, ["direktionen-1999-01-01"]),
    ]
    for filters, named in cases:
        for r in [
            client.post("/v1/ask", json={"question": SOLGAARDEN, "filters": filters}),
            client.post("/v1/ask/stream", json={"question": SOLGAARDEN, "filters": filters}),
            client.post(
                "/v1/chat",
                json={"messages": [{"role": "user", "content": SOLGAARDEN}], "filters": filters},
            ),
            client.post(OPENAI, json={**_openai(SOLGAARDEN), "filters": filters}),
            client.get("/v1/search", params={"q": "Solgården", **filters}),
        ]:
            assert r.status_code == 422, (filters, r.request.url, r.text)
            detail = _reason(r)
            assert all(word in detail for word in named), detail


def test_a_known_meeting_filter_still_answers(client: TestClient) -> None:
    filters = {"meeting_id": "direktionen-2017-06-19"}
    r = client.post("/v1/ask/stream", json={"question": SOLGAARDEN, "filters": filters})
    done = parse_sse(r.text)[-1][1]
    assert done["citations"][0]["punkt"] == 5


def test_an_openai_text_part_must_be_text(client: TestClient) -> None:
    content = [{"type": "text", "text": 1}]
    r = client.post(
        OPENAI, json={"model": "referat", "messages": [{"role": "user", "content": content}]}
    )
    assert r.status_code == 422, r.text
    assert "text" in _reason(r)


def test_health_answers_head_for_uptime_monitors(client: TestClient) -> None:
    r = client.head("/health")
    assert r.status_code == 200, r.text


def test_the_source_view_says_when_the_linked_point_is_not_there(client: TestClient) -> None:
    page = client.get("/minutes/direktionen-2017-06-19", params={"punkt": 99})
    assert page.status_code == 200  # the meeting is there; its page is still of use
    assert "har ikke (længere) et punkt 99" in page.text
    present = client.get("/minutes/direktionen-2017-06-19", params={"punkt": 5})
    assert "har ikke (længere)" not in present.text
