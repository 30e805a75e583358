"""The OpenAI protocol, spoken by the real `openai` client to a live server on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import openai
import pytest
from serverkit import LiveServer

from api.http.app import create_app
from api.service import ReferatService

KEY = "test-key-openai"
QUESTION = "Hvad blev besluttet om Solgårdens takster?"


@pytest.fixture(scope="module")
def live(service: ReferatService) -> Iterator[LiveServer]:
    settings = service.settings.model_copy(update={"api_keys": [KEY]})
    with LiveServer(create_app(settings, service=service, mount_ui=False)) as server:
        yield server


def make_client(live: LiveServer, key: str = KEY) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=f"{live.url}/v1",
        api_key=key,
        max_retries=0,
        http_client=httpx.Client(trust_env=False, timeout=60),
    )


def test_models_lists_referat(live: LiveServer) -> None:
    models = make_client(live).models.list()
    assert [m.id for m in models.data] == ["referat"]


def test_plain_completion_cites_solgaarden(live: LiveServer) -> None:
    completion = make_client(live).chat.completions.create(
        model="referat",
        temperature=0.2,
        messages=[
            {"role": "system", "content": "Svar kort."},
            {"role": "user", "content": QUESTION},
        ],
    )
    assert completion.object == "chat.completion"
    assert completion.model == "referat"
    choice = completion.choices[0]
    assert choice.finish_reason == "stop"
    assert choice.message.role == "assistant"
    assert choice.message.content and "[1]" in choice.message.content
    assert completion.usage is not None and completion.usage.total_tokens > 0
    extra = completion.model_extra or {}
    assert extra["refused"] is False
    first = extra["citations"][0]
    assert (first["meeting_date"], first["punkt"], first["n"]) == ("2017-06-19", 5, 1)


def test_streaming_completion(live: LiveServer) -> None:
    stream = make_client(live).chat.completions.create(
        model="referat",
        stream=True,
        stream_options={"include_usage": True},
        messages=[{"role": "user", "content": QUESTION}],
    )
    chunks = list(stream)
    assert all(c.object == "chat.completion.chunk" for c in chunks)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "[1]" in text and "70 borgere" in text
    finals = [c for c in chunks if c.choices and c.choices[0].finish_reason]
    assert len(finals) == 1 and finals[0].choices[0].finish_reason == "stop"
    cited = (finals[0].model_extra or {})["citations"]
    assert (cited[0]["meeting_date"], cited[0]["punkt"]) == ("2017-06-19", 5)
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0


def test_stream_ends_with_done(live: LiveServer) -> None:
    with httpx.Client(trust_env=False, timeout=60) as client:
        r = client.post(
            f"{live.url}/v1/chat/completions",
            headers={"Authorization": f"Bearer {KEY}"},
            json={
                "model": "referat",
                "stream": True,
                "messages": [{"role": "user", "content": QUESTION}],
            },
        )
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/event-stream")
    frames = [f for f in r.text.split("\n\n") if f.strip()]
    assert frames[-1] == "data: [DONE]"


def test_conversation_follow_up(live: LiveServer) -> None:
    client = make_client(live)
    first = client.chat.completions.create(
        model="referat", messages=[{"role": "user", "content": QUESTION}]
    )
    answer = first.choices[0].message.content or ""
    follow = client.chat.completions.create(
        model="referat",
        messages=[
            {"role": "user", "content": QUESTION},
            {"role": "assistant", "content": answer},
            {"role": "user", "content": [{"type": "text", "text": "og hvad med Taxhuset?"}]},
        ],
    )
    extra = follow.model_extra or {}
    # The follow-up is about its own subject (issue 13): Taxhuset, not Solgården again.
    standalone = extra["standalone_question"] or ""
    assert "Taxhuset" in standalone and "Solgården" not in standalone
    assert extra["refused"] is False
    assert any(c["meeting_date"] == "2017-06-19" for c in extra["citations"])


def test_bad_key_is_refused(live: LiveServer) -> None:
    with pytest.raises(openai.AuthenticationError):
        make_client(live, key="wrong").chat.completions.create(
            model="referat", messages=[{"role": "user", "content": QUESTION}]
        )
    with pytest.raises(openai.AuthenticationError):
        make_client(live, key="wrong").models.list()


def test_last_message_must_be_the_users(live: LiveServer) -> None:
    with pytest.raises(openai.BadRequestError):
        make_client(live).chat.completions.create(
            model="referat", messages=[{"role": "assistant", "content": "hej"}]
        )
