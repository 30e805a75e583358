"""POST /v1/ask, /v1/chat and the streams over the real index: citations, markers, refusal."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.http.app import create_app
from api.service import ReferatService

SOLGAARDEN_DA = "hvad blev besluttet om Solgårdens takster?"
SOLGAARDEN_EN = "what was decided on Solgården takster?"


def parse_sse(text: str) -> list[tuple[str, dict[str, Any]]]:
    """Server-Sent Events as (event, data) pairs, in order."""
    events: list[tuple[str, dict[str, Any]]] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        name, data = "message", []
        for line in block.split("\n"):
            if line.startswith("event:"):
                name = line[len("event:") :].strip()
            elif line.startswith("data:"):
                data.append(line[len("data:") :].strip())
        if data:
            events.append((name, json.loads("\n".join(data))))
    return events


def check_citations(body: dict[str, Any]) -> None:
    """Every [n] resolves to a citation, and every citation is a point the retriever returned."""
    numbers = {c["n"] for c in body["citations"]}
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", body["answer"])}
    assert markers, body["answer"]
    assert markers <= numbers, (markers, numbers)
    retrieved = {(p["meeting_id"], p["punkt"]) for p in body["retrieval"]}
    for c in body["citations"]:
        if c["punkt"] is not None:  # a meeting-header citation names no point
            assert (c["meeting_id"], c["punkt"]) in retrieved, c


@pytest.mark.parametrize("question", [SOLGAARDEN_DA, SOLGAARDEN_EN])
def test_ask_cites_2017_06_19_punkt_5(client: TestClient, question: str) -> None:
    r = client.post("/v1/ask", json={"question": question})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["refused"] is False
    assert body["language"] == ("en" if question == SOLGAARDEN_EN else "da")
    check_citations(body)
    first = body["citations"][0]
    assert (first["meeting_date"], first["punkt"], first["n"]) == ("2017-06-19", 5, 1)
    assert first["url"].startswith("/minutes/direktionen-2017-06-19")
    assert "punkt=5&" in first["url"] and first["url"].endswith("#cited")
    assert first["archive_url"] is None
    assert body["timings_ms"]["total"] > 0
    # The citation link opens the source view at the point, with the quote highlighted.
    page = client.get(first["url"].split("#")[0])
    assert page.status_code == 200
    assert 'id="punkt-5"' in page.text
    assert "<mark" in page.text


def test_refusal_danish(client: TestClient) -> None:
    r = client.post("/v1/ask", json={"question": "hvad besluttede direktionen om svømmehal?"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["refused"] is True
    assert body["citations"] == []
    assert body["language"] == "da"
    # A near miss refuses helpfully (issue 13): what was not found, and the nearest points.
    assert body["answer"].startswith("Jeg fandt intet om svømmehal. Nærmest er ")
    suggestions = body["suggestions"]
    assert suggestions and all(s["url"].startswith("/minutes/") for s in suggestions)


def test_refusal_english(client: TestClient) -> None:
    question = "what did the board decide about the swimming pool?"
    r = client.post("/v1/ask", json={"question": question})
    body = r.json()
    assert body["refused"] is True
    assert body["citations"] == []
    assert body["language"] == "en"
    assert body["answer"].startswith("I found nothing about swimming pool. The nearest is ")
    assert body["suggestions"]


def test_chat_follow_up_stays_on_the_point(client: TestClient) -> None:
    first = client.post("/v1/ask", json={"question": SOLGAARDEN_DA}).json()
    messages = [
        {"role": "user", "content": SOLGAARDEN_DA},
        {"role": "assistant", "content": first["answer"]},
        {"role": "user", "content": "og hvad med Taxhuset?"},
    ]
    r = client.post("/v1/chat", json={"messages": messages})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["refused"] is False
    check_citations(body)
    top = body["citations"][0]
    assert (top["meeting_date"], top["punkt"]) == ("2017-06-19", 5)
    assert "Taxhuset" in body["answer"]
    # The follow-up is about its own subject (issue 13): Taxhuset, not Solgården again.
    standalone = body["standalone_question"] or ""
    assert "Taxhuset" in standalone and "Solgården" not in standalone


def test_chat_last_message_must_be_users(client: TestClient) -> None:
    r = client.post("/v1/chat", json={"messages": [{"role": "assistant", "content": "hej"}]})
    assert r.status_code == 422


def _check_stream(text: str) -> dict[str, Any]:
    events = parse_sse(text)
    names = [name for name, _ in events]
    assert names[0] == "citations", names
    assert names[-1] == "done", names
    assert set(names[1:-1]) == {"token"}, names
    cited = events[0][1]["citations"]
    done = events[-1][1]
    tokens = "".join(data["text"] for name, data in events if name == "token")
    assert tokens.strip() == done["answer"].strip()
    assert [c["n"] for c in cited] == [c["n"] for c in done["citations"]]
    check_citations(done)
    assert (cited[0]["meeting_date"], cited[0]["punkt"]) == ("2017-06-19", 5)
    return done


def test_ask_stream_endpoint(client: TestClient) -> None:
    r = client.post("/v1/ask/stream", json={"question": SOLGAARDEN_DA})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/event-stream")
    _check_stream(r.text)


def test_ask_stream_query_flag(client: TestClient) -> None:
    with client.stream("POST", "/v1/ask?stream=true", json={"question": SOLGAARDEN_EN}) as r:
        assert r.status_code == 200
        text = "".join(r.iter_text())
    assert _check_stream(text)["language"] == "en"


def test_chat_stream(client: TestClient) -> None:
    messages = [
        {"role": "user", "content": SOLGAARDEN_DA},
        {"role": "assistant", "content": "..."},
        {"role": "user", "content": "og hvad med Taxhuset?"},
    ]
    r = client.post("/v1/chat?stream=true", json={"messages": messages})
    assert "Taxhuset" in _check_stream(r.text)["answer"]


def test_stream_refusal_has_no_citations(client: TestClient) -> None:
    question = "hvad besluttede direktionen om svømmehal?"
    r = client.post("/v1/ask/stream", json={"question": question})
    events = parse_sse(r.text)
    assert events[0] == ("citations", {"citations": [], "refused": True})
    assert events[-1][1]["refused"] is True


def test_source_url_template_adds_archive_url(service: ReferatService) -> None:
    template = "https://example.dk/dagsordener/{meeting_id}#punkt-{punkt}"
    settings = service.settings.model_copy(update={"source_url_template": template})
    variant = ReferatService(settings, service.retriever)
    with TestClient(create_app(settings, service=variant, mount_ui=False)) as c:
        body = c.post("/v1/ask", json={"question": SOLGAARDEN_DA}).json()
    first = body["citations"][0]
    assert first["archive_url"] == "https://example.dk/dagsordener/direktionen-2017-06-19#punkt-5"
    assert first["url"].startswith("/minutes/")


def test_filters_in_the_request_win(client: TestClient) -> None:
    r = client.post(
        "/v1/ask", json={"question": SOLGAARDEN_DA, "filters": {"date_from": "2023-01-01"}}
    )
    assert r.status_code == 200
    body = r.json()
    assert all(p["meeting_date"] >= "2023-01-01" for p in body["retrieval"])
    assert all(c["meeting_date"] >= "2023-01-01" for c in body["citations"])


@pytest.mark.parametrize(
    "payload",
    [
        {"question": ""},
        {"question": "   "},
        {"question": "x" * 2001},
        {"question": "hvad blev \x00 besluttet?"},
        {"question": "hvad\x1b[31m blev besluttet?"},
        {},
        {"question": 42},
        {"question": "ok?", "top_k": 0},
        {"question": "ok?", "unknown": 1},
        {"question": "ok?", "filters": {"date_from": "2017-13-01"}},
        {"question": "ok?", "filters": {"date_from": "2018-01-01", "date_to": "2017-01-01"}},
        {"question": "ok?", "filters": {"case_number": "abc"}},
        # Dates only as ISO strings: pydantic alone would read these as 1970-01-01 or a day.
        {"question": "ok?", "filters": {"date_from": 0}},
        {"question": "ok?", "filters": {"date_to": 0.0}},
        {"question": "ok?", "filters": {"date_from": "0"}},
        {"question": "ok?", "filters": {"date_from": "2017-06-19T00:00:00"}},
    ],
)
@pytest.mark.parametrize("path", ["/v1/ask", "/v1/ask/stream"])
def test_ask_rejects_bad_requests(client: TestClient, path: str, payload: dict[str, Any]) -> None:
    r = client.post(path, json=payload)
    assert r.status_code == 422, r.text
    assert isinstance(r.json()["detail"], str) and r.json()["detail"]
    assert "Traceback" not in r.text


def test_question_limit_is_configurable(service: ReferatService) -> None:
    settings = service.settings.model_copy(update={"max_question_chars": 20})
    variant = ReferatService(settings, service.retriever)
    with TestClient(create_app(settings, service=variant, mount_ui=False)) as c:
        assert c.post("/v1/ask", json={"question": "x" * 21}).status_code == 422
        assert c.post("/v1/ask", json={"question": SOLGAARDEN_DA[:20]}).status_code == 200


def test_chat_rejects_bad_messages(client: TestClient) -> None:
    too_long = [{"role": "user", "content": "x" * 2001}]
    assert client.post("/v1/chat", json={"messages": too_long}).status_code == 422
    assert client.post("/v1/chat", json={"messages": []}).status_code == 422
    ctrl = [{"role": "user", "content": "hvad\x07?"}]
    assert client.post("/v1/chat", json={"messages": ctrl}).status_code == 422
    bad_role = [{"role": "robot", "content": "hej"}]
    assert client.post("/v1/chat", json={"messages": bad_role}).status_code == 422


def test_invalid_json_is_422(client: TestClient) -> None:
    r = client.post(
        "/v1/ask", content=b'{"question": "hej"', headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 422
    assert "Traceback" not in r.text


def test_body_over_the_limit_is_413(client: TestClient) -> None:
    big = b'{"question": "' + b"x" * 300_000 + b'"}'
    r = client.post("/v1/ask", content=big, headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert "detail" in r.json()


def test_openapi_describes_v1_with_examples(app: FastAPI) -> None:
    with TestClient(app) as c:
        schema = c.get("/openapi.json").json()
    paths = schema["paths"]
    for path in [
        "/v1/ask",
        "/v1/ask/stream",
        "/v1/chat",
        "/v1/search",
        "/v1/meetings",
        "/v1/meetings/{meeting_id}",
        "/v1/meetings/{meeting_id}/points/{punkt}",
        "/v1/cases/{case_number}",
        "/v1/index",
    ]:
        assert path in paths, sorted(paths)
    ask_request = schema["components"]["schemas"]["AskRequest"]
    assert ask_request["examples"][0]["question"]
    assert "text/event-stream" in paths["/v1/ask/stream"]["post"]["responses"]["200"]["content"]


def test_a_mistyped_word_is_read_and_said_through_http(client: TestClient) -> None:
    """ "nøgeltals" (two letters swapped) is read as the minutes' "nøgletals", and the answer
    says so in ``read_as``, on /v1/ask and in the stream's final event alike."""
    question = "hvilke kommuner er med i nøgeltals samarbejdet"
    body = client.post("/v1/ask", json={"question": question}).json()
    assert body["read_as"] == "hvilke kommuner er med i nøgletals samarbejdet", body
    assert not body["refused"], body["answer"]
    assert (body["citations"][0]["meeting_date"], body["citations"][0]["punkt"]) == (
        "2013-05-21",
        3,
    ), body["answer"]
    stream = client.post("/v1/ask/stream", json={"question": question})
    done = [data for name, data in parse_sse(stream.text) if name == "done"]
    assert done and done[0]["read_as"] == body["read_as"], stream.text
    plain = client.post(
        "/v1/ask", json={"question": "hvilke kommuner er med i nøgletals samarbejdet"}
    )
    assert plain.json()["read_as"] is None
