"""Streams end cleanly: when answering fails after the 200 was sent (the index breaks
mid-request), every streaming route ends with an error that says why instead of going silent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api import schemas
from api.http.app import create_app
from api.service import ReferatService, StreamEvent
from indexer.errors import IndexNotReadyError

QUESTION = "Hvad blev besluttet om Solgårdens takster?"
BROKEN = "the lexical index cannot be read: damaged file (test)"


class BreakingService(ReferatService):
    """The real service over the real index, whose stream breaks after ``events_before`` events:
    ``IndexNotReadyError`` (the index failing) or a bare ``IndexError`` (an unexpected bug)."""

    def __init__(self, base: ReferatService, events_before: int, error: Exception) -> None:
        super().__init__(base.settings, base.retriever)
        self.events_before = events_before
        self.error = error

    def ask_stream(
        self,
        question: str,
        filters: schemas.Filters | None = None,
        top_k: int = 5,
        *,
        standalone: str | None = None,
        full: bool = False,
    ) -> Iterator[StreamEvent]:
        events = super().ask_stream(question, filters, top_k, standalone=standalone, full=full)
        for n, event in enumerate(events):
            if n == self.events_before:
                raise self.error
            yield event


def _sse(text: str) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        out.append((lines["event"], json.loads(lines["data"])))
    return out


CASES = [
    pytest.param(0, IndexNotReadyError(BROKEN), BROKEN, id="index-fails-before-any-event"),
    pytest.param(2, IndexNotReadyError(BROKEN), BROKEN, id="index-fails-mid-answer"),
    pytest.param(1, IndexError("index 7 is out of bounds"), "IndexError", id="unexpected-bug"),
]


@pytest.mark.parametrize(("events_before", "error", "reason"), CASES)
@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/ask/stream", {"question": QUESTION}),
        ("/v1/ask?stream=true", {"question": QUESTION}),
        ("/v1/chat?stream=true", {"messages": [{"role": "user", "content": QUESTION}]}),
    ],
)
def test_sse_stream_ends_with_an_error_event(
    service: ReferatService,
    path: str,
    body: dict[str, Any],
    events_before: int,
    error: Exception,
    reason: str,
) -> None:
    app = create_app(
        service.settings, service=BreakingService(service, events_before, error), mount_ui=False
    )
    with TestClient(app) as client:
        r = client.post(path, json=body)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/event-stream")
    events = _sse(r.text)
    assert len(events) == events_before + 1, events
    name, data = events[-1]
    assert name == "error"
    assert reason in data["detail"]
    assert "done" not in [n for n, _ in events]


@pytest.mark.parametrize(("events_before", "error", "reason"), CASES)
def test_openai_stream_ends_with_an_error_chunk_then_done(
    service: ReferatService, events_before: int, error: Exception, reason: str
) -> None:
    app = create_app(
        service.settings, service=BreakingService(service, events_before, error), mount_ui=False
    )
    body = {"model": "referat", "stream": True, "messages": [{"role": "user", "content": QUESTION}]}
    with TestClient(app) as client:
        r = client.post("/v1/chat/completions", json=body)
    assert r.status_code == 200
    lines = [line[len("data: ") :] for line in r.text.split("\n\n") if line.startswith("data: ")]
    assert lines[-1] == "[DONE]"
    failure = json.loads(lines[-2])
    assert reason in failure["error"]["message"]
    assert failure["error"]["type"] == "server_error"
    # Nothing claims the answer finished.
    for line in lines[:-2]:
        assert all(c["finish_reason"] is None for c in json.loads(line)["choices"])


def test_unexpected_stream_error_is_logged_for_operators(
    service: ReferatService, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(
        service.settings,
        service=BreakingService(service, 1, IndexError("index 7 is out of bounds")),
        mount_ui=False,
    )
    with TestClient(app) as client:
        client.post("/v1/ask/stream", json={"question": QUESTION})
    logged = [r for r in caplog.records if r.name == "referat.api" and r.exc_info]
    assert logged and "IndexError" in repr(logged[0].exc_info)
