"""Malformed requests get a 4xx with a reason, never a 500: over-long questions, control
characters, invalid UTF-8, oversized bodies (with and without Content-Length), deep nesting."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.http.app import MAX_BODY_BYTES, MAX_JSON_DEPTH, json_depth_over
from chat_ui.app import answer_stream
from chat_ui.backend import LocalBackend

JSON = {"content-type": "application/json"}
CHAT = "/v1/chat"


def _user(content: object) -> dict[str, object]:
    return {"messages": [{"role": "user", "content": content}]}


@pytest.fixture
def api(client: TestClient) -> TestClient:
    # The server must answer 4xx itself: a 500 would surface here as a status, not an exception.
    client_no_raise = TestClient(client.app, raise_server_exceptions=False)
    return client_no_raise


OPENAI = "/v1/chat/completions"


def _reason(r: object) -> str:
    """The reason of a 4xx: OpenAI's error message on its route, ``detail`` on the others."""
    body = r.json()  # type: ignore[attr-defined]
    on_openai = r.request.url.path == OPENAI  # type: ignore[attr-defined]
    detail = body["error"]["message"] if on_openai else body["detail"]
    assert isinstance(detail, str) and detail
    return detail


@pytest.mark.parametrize("path", ["/v1/ask", "/v1/ask/stream", CHAT, OPENAI])
def test_over_long_question_is_422(api: TestClient, path: str) -> None:
    question = "Hvad blev besluttet om Solgården? " * 200  # ~6800 characters, limit 2000
    body = _user(question) if path in (CHAT, OPENAI) else {"question": question}
    r = api.post(path, json=body)
    assert r.status_code == 422
    assert "limit is 2000" in _reason(r)


def test_question_over_the_schema_limit_is_422(api: TestClient) -> None:
    r = api.post("/v1/ask", json={"question": "a" * 100_001})
    assert r.status_code == 422 and "at most 100000" in _reason(r)


@pytest.mark.parametrize(
    "text",
    ["hvad\x00blev besluttet", "Solgården\x1b[31m", "a\x07b", "\x08\x08\x08", "Solgården\x7f\x85"],
)
def test_control_characters_are_422_on_every_question_route(api: TestClient, text: str) -> None:
    # One shared check: the same status and reason wherever a question comes in.
    for path, body in (
        ("/v1/ask", {"question": text}),
        ("/v1/ask/stream", {"question": text}),
        (CHAT, _user(text)),
        (OPENAI, {"model": "referat", **_user(text)}),
        (OPENAI, {"model": "referat", "stream": True, **_user(text)}),
        (OPENAI, {"model": "referat", **_user([{"type": "text", "text": text}])}),
    ):
        r = api.post(path, json=body)
        assert r.status_code == 422, (path, r.text)
        assert "control characters" in _reason(r), (path, r.text)
    r = api.get("/v1/search", params={"q": text})
    assert r.status_code == 422 and "control characters" in _reason(r), r.text
    # The chat asks the same service in-process: the same check, said in Danish.
    shown = _chat(api, text)
    assert "styretegn" in shown and "intern fejl" not in shown, shown


def _chat(api: TestClient, question: str) -> str:
    """What the chat mounted on the app shows for ``question`` (its last rendering)."""
    service = api.app.state.service  # type: ignore[attr-defined]
    steps = list(answer_stream(LocalBackend(lambda: service), [], question, None))
    html_out, text, final = steps[-1]
    assert (text, final) == ("", None), (text, final)
    return html_out


@pytest.mark.parametrize(
    ("question", "says"),
    [("   ", "Skriv et spørgsmål først"), ("Hvad med Solgården? " * 120, "grænsen er 2.000 tegn")],
)
def test_the_chat_applies_the_same_question_check(
    api: TestClient, question: str, says: str
) -> None:
    r = api.post("/v1/ask", json={"question": question})
    assert r.status_code == 422, r.text
    shown = _chat(api, question)
    assert says in shown and "intern fejl" not in shown, shown


@pytest.mark.parametrize(
    "raw",
    [
        b'{"question": "Solg\xe5rden \xff\xfe"}',
        b"\xc3\x28\xa0\xa1",
        b'{"messages": [{"role": "user", "content": "\xed\xa0\x80"}]}',
    ],
)
def test_invalid_utf8_is_4xx(api: TestClient, raw: bytes) -> None:
    for path in ("/v1/ask", CHAT, "/v1/chat/completions"):
        r = api.post(path, content=raw, headers=JSON)
        assert 400 <= r.status_code < 500, (path, r.status_code, r.text)
        _reason(r)


def test_invalid_utf8_is_named_as_such(api: TestClient) -> None:
    r = api.post("/v1/ask", content=b'{"question": "Solg\xe5rden"}', headers=JSON)
    assert r.status_code == 400 and "not valid UTF-8" in _reason(r)


def test_lone_surrogate_escape_is_4xx(api: TestClient) -> None:
    # Valid UTF-8 JSON whose escape decodes to a lone surrogate: a str no model accepts.
    for path, body in (
        ("/v1/ask", '{"question": "Solg\\ud800rden"}'),
        (CHAT, '{"messages": [{"role": "user", "content": "\\ud800"}]}'),
        (
            "/v1/chat/completions",
            '{"model": "referat", "messages": [{"role": "user", "content": "\\ud800"}]}',
        ),
    ):
        r = api.post(path, content=body, headers=JSON)
        assert 400 <= r.status_code < 500, (path, r.status_code, r.text)
        _reason(r)


def test_huge_json_body_is_413(api: TestClient) -> None:
    big = json.dumps({"question": "x" * (MAX_BODY_BYTES + 10)})
    r = api.post("/v1/ask", content=big, headers=JSON)
    assert r.status_code == 413 and str(MAX_BODY_BYTES) in _reason(r)
    r = api.post("/v1/ask", content=b"{}", headers={**JSON, "content-length": "not-a-number"})
    assert r.status_code in (400, 413)


def test_chunked_body_without_content_length_is_limited_too(api: TestClient) -> None:
    sent = 0

    def chunks() -> Iterator[bytes]:
        nonlocal sent
        yield b'{"question": "'
        for _ in range(200):  # 2 MB, far over the limit
            sent += 10_000
            yield b"x" * 10_000
        yield b'"}'

    r = api.post("/v1/ask", content=chunks(), headers=JSON)
    assert "content-length" not in {k.lower() for k in r.request.headers}
    assert r.status_code == 413 and str(MAX_BODY_BYTES) in _reason(r)


def test_small_chunked_body_still_works(api: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"question": "Hvad blev besluttet om '
        yield 'Solgårdens takster?"}'.encode()

    r = api.post("/v1/ask", content=chunks(), headers=JSON)
    assert r.status_code == 200, r.text
    assert r.json()["citations"]


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 10_000, 100_000])
def test_deep_nesting_in_chat_is_4xx_with_a_reason(api: TestClient, depth: int) -> None:
    arrays = '{"messages": [{"role": "user", "content": ' + "[" * depth + "]" * depth + "}]}"
    objects = (
        '{"messages": [{"role": "user", "content": ' + '{"a":' * depth + "1" + "}" * depth + "}]}"
    )
    for raw in (arrays, objects):
        r = api.post(CHAT, content=raw, headers=JSON)
        assert r.status_code in (400, 413), r.text  # 413 once it is also over the size limit
        assert ("nested deeper" if r.status_code == 400 else "request body over") in _reason(r)


def test_shallow_nested_object_as_content_is_422(api: TestClient) -> None:
    r = api.post(CHAT, json=_user({"a": [{"b": [1, 2]}]}))
    assert r.status_code == 422 and "content" in _reason(r)


def test_depth_scan_ignores_brackets_in_strings() -> None:
    text = json.dumps({"question": "[" * 500 + "{" * 500 + '\\"['})
    assert not json_depth_over(text.encode(), MAX_JSON_DEPTH)
    assert json_depth_over(b"[" * 40 + b"]" * 40, MAX_JSON_DEPTH)
    assert not json_depth_over(b"[" * 32 + b"]" * 32, MAX_JSON_DEPTH)


@pytest.mark.parametrize("value", [0, 1_700_000_000, "0", "2017-06-19T00:00:00", True])
def test_filter_dates_only_as_iso_strings_on_every_route(api: TestClient, value: object) -> None:
    filters = {"date_from": value}
    for path, body in (
        ("/v1/ask", {"question": "Solgården?", "filters": filters}),
        (CHAT, {**_user("Solgården?"), "filters": filters}),
        (OPENAI, {"model": "referat", **_user("Solgården?"), "filters": filters}),
    ):
        r = api.post(path, json=body)
        assert r.status_code == 422, (path, value, r.text)
        assert "YYYY-MM-DD" in _reason(r) or "date" in _reason(r), r.text
