"""Closed (Lukket) points never reach an answer, a search result, a snippet or a citation, even
when the question is the closed point's title, and the text after a closed heading is dropped."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hostile_minutes import CLOSED_BODY, CLOSED_CASE

from api.http.app import create_app

CLOSED_ID = "testudvalget-2021-03-17"
SECRET_WORDS = ("Kvistgårdsvej", "Zephyrbyg", "4.250.000", "Fortroligt")


@pytest.fixture(scope="module")
def api(hostile: Any) -> TestClient:
    return TestClient(create_app(hostile.service.settings, service=hostile.service, mount_ui=False))


def _no_closed(payload: object) -> None:
    if isinstance(payload, dict):
        # The question itself is echoed back; everything else must hold nothing of the point.
        payload = {k: v for k, v in payload.items() if k not in ("query", "standalone_question")}
    text = json.dumps(payload, ensure_ascii=False)
    for word in SECRET_WORDS:
        assert word not in text, word


def _points(items: list[dict[str, Any]]) -> set[tuple[str, int | None]]:
    return {(i["meeting_id"], i["punkt"]) for i in items}


QUESTIONS = [
    "Lukket",
    "Punkt 2: Lukket",
    CLOSED_BODY,
    "Zephyrbyg ApS Kvistgårdsvej 17",
    f"sag {CLOSED_CASE}",
    "Hvad blev besluttet om salg af grunden Kvistgårdsvej 17?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_closed_point_never_in_search_or_answers(api: TestClient, question: str) -> None:
    r = api.get("/v1/search", params={"q": question})
    assert r.status_code == 200
    assert (CLOSED_ID, 2) not in _points(r.json()["data"])
    _no_closed(r.json())
    for path, body in (
        ("/v1/ask", {"question": question}),
        ("/v1/chat", {"messages": [{"role": "user", "content": question}]}),
    ):
        r = api.post(path, json=body)
        assert r.status_code == 200, r.text
        out = r.json()
        assert (CLOSED_ID, 2) not in _points(out["citations"]) | _points(out["retrieval"])
        _no_closed(out)
    streamed = api.post("/v1/ask/stream", json={"question": question}).text
    done = json.loads(streamed.split("event: done\ndata: ", 1)[1].split("\n", 1)[0])
    _no_closed(done)
    assert (CLOSED_ID, 2) not in _points(done["citations"]) | _points(done["retrieval"])


def test_case_number_filter_finds_nothing_of_the_closed_point(api: TestClient) -> None:
    r = api.get("/v1/search", params={"q": "grund salg", "case_number": CLOSED_CASE})
    assert r.status_code == 200 and r.json()["count"] == 0
    r = api.post(
        "/v1/ask",
        json={"question": "Hvad blev besluttet?", "filters": {"case_number": CLOSED_CASE}},
    )
    assert r.json()["citations"] == [] and r.json()["refused"] is True
    _no_closed(r.json())


def test_closed_point_shows_only_title_case_and_closed(api: TestClient) -> None:
    r = api.get(f"/v1/meetings/{CLOSED_ID}/points/2")
    assert r.status_code == 200
    body = r.json()
    assert body["title"] == "Lukket" and body["case_number"] == CLOSED_CASE
    assert body["closed"] is True and body["sections"] is None
    _no_closed(body)
    for url in (f"/v1/meetings/{CLOSED_ID}", f"/v1/cases/{CLOSED_CASE}", f"/minutes/{CLOSED_ID}"):
        r = api.get(url)
        assert r.status_code == 200, url
        for word in SECRET_WORDS:
            assert word not in r.text, (url, word)


def test_the_parser_drops_the_closed_body(hostile: Any) -> None:
    snap = hostile.service.retriever.snapshot()
    meeting = snap.meetings[CLOSED_ID]
    point = meeting.points[1]
    assert point.closed and point.sections == () and point.title == "Lukket"
    for word in SECRET_WORDS:
        assert word not in meeting.text  # not even in the stored full text
    chunks = [
        c
        for c in hostile.service.retriever.store.all_chunks()
        if c.meeting_id == CLOSED_ID and c.punkt == 2
    ]
    assert len(chunks) == 1 and chunks[0].closed
    assert not any(w in chunks[0].text for w in SECRET_WORDS)
