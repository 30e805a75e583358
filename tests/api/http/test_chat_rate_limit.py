"""The rate limit counts chat questions, not the chat page's other requests: a message in the
mounted Gradio chat costs one question (its queue join), though the page also posts to save the
conversation and show filter chips, and posts twice more on every load. Over HTTP (TestClient)
through the real mounted chat, without an index: what is counted does not depend on the answer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.http.access import asks_question
from api.http.app import create_app
from indexer.config import Settings

LIMIT = 3
QUESTION = "Hvad blev besluttet om skolemælk?"
SESSION = "ratelimit01"


@pytest.mark.parametrize(
    ("method", "path", "counted"),
    [
        ("POST", "/chat/gradio_api/queue/join", True),
        ("POST", "/chat/gradio_api/call/respond", True),
        ("POST", "/chat//gradio_api/queue/join", True),
        ("POST", "/chat/gradio_api/run/predict", False),
        ("POST", "/chat/gradio_api/cancel", False),
        ("GET", "/chat/gradio_api/queue/data", False),
        ("GET", "/chat/gradio_api/heartbeat/abc", False),
        ("POST", "/other-mounted-app/form", True),  # not Gradio: every POST counts, as before
    ],
)
def test_what_counts_as_a_question(method: str, path: str, counted: bool) -> None:
    assert asks_question(method, path) is counted


class ChatPage:
    """The requests the chat page in a browser makes, in its order."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        config = client.get("/chat/config").json()
        self.fn = {d.get("api_name"): d["id"] for d in config["dependencies"]}

    def post(self, name: str, data: list[Any]) -> Any:
        body = {"data": data, "fn_index": self.fn[name], "session_hash": SESSION}
        return self.client.post("/chat/gradio_api/run/predict", json=body)

    def load(self) -> list[int]:
        return [self.post("restore", [None]).status_code, self.post("archive", []).status_code]

    def ask(self, question: str) -> list[int]:
        """One message: the filter chips change, the question joins the queue, its answer is
        read from the queue's stream, and the conversation is saved."""
        statuses = [self.post("chips", ["", "", "", "Alle udvalg"]).status_code]
        join = self.client.post(
            "/chat/gradio_api/queue/join",
            json={
                "data": [question, [], "", "", "", "Alle udvalg"],
                "fn_index": self.fn["respond"],
                "session_hash": SESSION,
                "event_data": None,
                "trigger_id": None,
            },
        )
        statuses.append(join.status_code)
        if join.status_code != 200:
            return statuses
        self._wait(join.json()["event_id"])
        statuses.append(self.post("save", [[], "", None]).status_code)
        return statuses

    def _wait(self, event_id: str) -> None:
        params = {"session_hash": SESSION}
        with self.client.stream("GET", "/chat/gradio_api/queue/data", params=params) as stream:
            for line in stream.iter_lines():
                if not line.startswith("data: "):
                    continue
                message = json.loads(line.removeprefix("data: "))
                if message.get("event_id") == event_id and message["msg"] == "process_completed":
                    return
        raise AssertionError(f"the stream ended before event {event_id} completed")


def test_chat_messages_count_one_question_each(tmp_path: Path) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, data_dir=tmp_path / "data", api_keys=[], rate_limit_per_minute=LIMIT
    )
    with TestClient(create_app(settings, service=None, mount_ui=True)) as client:
        page = ChatPage(client)
        assert page.load() == [200, 200]
        for _ in range(LIMIT):
            # Three requests a message, five more on the page's loads: all under the limit.
            assert page.ask(QUESTION) == [200, 200, 200]
            assert page.load() == [200, 200]
        over = client.post(
            "/chat/gradio_api/queue/join",
            json={
                "data": [QUESTION, [], "", "", "", "Alle udvalg"],
                "fn_index": page.fn["respond"],
                "session_hash": SESSION,
            },
        )
        assert over.status_code == 429, over.text
        assert int(over.headers["retry-after"]) >= 1 and "rate limit" in over.json()["detail"]
        # The page still works (saving, filter chips); only questions are refused.
        assert page.post("save", [[], "", None]).status_code == 200
        assert page.ask(QUESTION) == [200, 429]
        # The answer cannot be had around the queue, where it would go uncounted.
        data = [QUESTION, [], "", "", "", "Alle udvalg"]
        assert client.post("/chat/gradio_api/run/respond", json={"data": data}).status_code == 404
        assert page.post("respond", data).status_code == 404
