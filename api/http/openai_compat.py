"""POST /v1/chat/completions and GET /v1/models: the OpenAI chat protocol over the archive.

Any tool that lets the user set a base URL (the official ``openai`` client, intranet chat front
ends) can ask the minutes. The answer keeps its ``[n]`` markers; the structured citations travel in
an extra top-level ``citations`` field (and on the first and last chunk of a stream). A refusal
that found points near the question carries them in ``suggestions`` beside it (on the last chunk
of a stream): each with meeting date, board, punkt, title and a link. Links are absolute (from
REFERAT_PUBLIC_URL, else from the address the request came to), since an external client has no
base to resolve a path against. Sampling
parameters (temperature, max_tokens, ...) are accepted and ignored: answers are grounded and
deterministic. Three optional extensions go in the request body: ``filters`` (as in /v1/ask,
e.g. ``{"board": "Økonomiudvalget"}``), ``top_k``, and ``full`` ("Vis mere": ``true`` answers with
the whole extractive answer instead of the short one). When the short answer was cut, the
response's extra ``more`` field (on the last chunk of a stream) holds the whole answer with its
own citations, as on /v1/ask.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from functools import partial
from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.concurrency import run_in_threadpool

from api import schemas
from api.http.deps import ServiceDep
from api.http.errors import openai_error, stream_error_reason
from api.http.routes.ask import checked_filters
from api.http.stream import event_stream, pull_events
from api.service import StreamEvent

MODEL_ID = "referat"
_CREATED = int(time.time())

router = APIRouter(prefix="/v1", tags=["openai"])


class ChatMessageIn(BaseModel):
    """One OpenAI message; content may be a string or a list of content parts."""

    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None

    @field_validator("content")
    @classmethod
    def _text_parts_hold_text(
        cls, content: str | list[dict[str, Any]] | None
    ) -> str | list[dict[str, Any]] | None:
        # A text part whose text is a number or an object is a client's mistake: answering
        # str(1) would answer a question nobody asked.
        for part in content if isinstance(content, list) else ():
            if part.get("type") == "text" and not isinstance(part.get("text"), str):
                raise ValueError("a content part of type 'text' holds its text as a string")
        return content

    def text(self) -> str:
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        # Only text parts carry meaning here (images and audio are not minutes).
        return "".join(p["text"] for p in self.content if p.get("type") == "text")


class ChatCompletionRequest(BaseModel):
    """The standard request; unknown fields (temperature, n, tools, ...) are ignored."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "model": "referat",
                    "messages": [
                        {"role": "user", "content": "Hvad blev besluttet om Solgårdens takster?"}
                    ],
                }
            ]
        },
    )

    model: str = Field(default=MODEL_ID, max_length=200)
    messages: list[ChatMessageIn] = Field(min_length=1, max_length=100)
    stream: bool = False
    stream_options: dict[str, Any] | None = None
    user: str | None = None
    filters: schemas.Filters | None = None
    top_k: int = Field(default=5, ge=1, le=50)
    full: bool = Field(
        default=False,
        description="Answer without the length budget (the chat's Vis mere): the whole "
        "extractive answer, as `more` holds it when the short answer was cut",
    )


def _conversation(body: ChatCompletionRequest) -> list[schemas.Message]:
    """The messages as the service understands them: system prompts dropped, tools skipped."""
    out: list[schemas.Message] = []
    for m in body.messages:
        if m.role not in ("user", "assistant"):
            continue
        text = m.text()
        if m.role == "assistant" and not text.strip():
            continue
        out.append(schemas.Message(role=m.role, content=text))
    if not out or out[-1].role != "user":
        raise HTTPException(400, detail="the last message must be the user's question")
    return out


def _tokens(text: str) -> int:
    # A rough count: the answer is not produced by a tokenizer we could ask.
    return len(text.split())


def _usage(messages: list[schemas.Message], answer: str) -> dict[str, int]:
    prompt = sum(_tokens(m.content) for m in messages)
    completion = _tokens(answer)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _completion_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex}"


def _absolute(items: list[dict[str, Any]], base: str) -> list[dict[str, Any]]:
    """Citations or suggestions (as JSON) with their links absolute: REFERAT_PUBLIC_URL made
    them so already where it is set; otherwise the address this request came to is the base."""
    out = []
    for item in items:
        url = str(item.get("url") or "")
        if url.startswith("/"):
            item = {**item, "url": base.rstrip("/") + url}
        out.append(item)
    return out


def _more(more: dict[str, Any] | None, base: str) -> dict[str, Any] | None:
    """The whole answer behind "Vis mere" (as JSON) with its citation links absolute."""
    if not more:
        return None
    return {**more, "citations": _absolute(more.get("citations") or [], base)}


@router.get("/models")
def list_models() -> dict[str, Any]:
    """The one model this server offers: ``referat`` (the archive)."""
    return {"object": "list", "data": [_model()]}


@router.get("/models/{model_id}", response_model=None)
def get_model(model_id: str) -> dict[str, Any] | JSONResponse:
    """One model by id (only ``referat`` exists)."""
    if model_id != MODEL_ID:
        return model_not_found(model_id)
    return _model()


def _model() -> dict[str, Any]:
    return {"id": MODEL_ID, "object": "model", "created": _CREATED, "owned_by": "referat"}


def model_not_found(model: str) -> JSONResponse:
    """OpenAI's answer to an unknown model, so clients show their usual message."""
    message = f"The model {model!r} does not exist; this server offers {MODEL_ID!r}."
    return JSONResponse(
        status_code=404, content=openai_error(404, message, param="model", code="model_not_found")
    )


@router.post(
    "/chat/completions",
    response_model=None,
    responses={
        200: {
            "description": "A `chat.completion` object, or with `stream: true` Server-Sent "
            "Events: `chat.completion.chunk`s, then `data: [DONE]`. When answering fails after "
            "the stream began, a chunk holding an `error` object precedes `[DONE]`.",
            "content": {
                "application/json": {"schema": {"type": "object"}},
                # OpenAPI 3.1: for an event stream, `schema` describes one event.
                "text/event-stream": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "data": {
                                "type": "string",
                                "description": "A chat.completion.chunk as JSON, or [DONE]",
                            }
                        },
                        "required": ["data"],
                    }
                },
            },
        },
        404: {"description": "Unknown model (OpenAI's error shape)"},
    },
)
async def chat_completions(
    body: ChatCompletionRequest, service: ServiceDep, request: Request
) -> dict[str, Any] | StreamingResponse | JSONResponse:
    """Answer the last user message from the minutes, OpenAI style, with cited sources."""
    if body.model != MODEL_ID:
        return model_not_found(body.model)
    messages = _conversation(body)
    # The same checks and status as /v1/ask and /v1/chat (empty, control characters, length;
    # a board or meeting the archive does not hold).
    filters = await checked_filters(service, messages[-1].content, body.filters)
    base = str(request.base_url)
    if body.stream:
        include_usage = bool((body.stream_options or {}).get("include_usage"))
        events = service.chat_stream(messages, filters, body.top_k, full=body.full)
        return _stream(events, request, messages, include_usage, base)
    try:
        response = await run_in_threadpool(
            partial(service.chat, messages, filters, body.top_k, full=body.full)
        )
    except ValueError as e:
        raise HTTPException(400, detail=str(e)) from e
    return {
        "id": _completion_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": MODEL_ID,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": response.answer},
                "finish_reason": "stop",
                "logprobs": None,
            }
        ],
        "usage": _usage(messages, response.answer),
        "citations": _absolute([c.model_dump(mode="json") for c in response.citations], base),
        "suggestions": _absolute([s.model_dump(mode="json") for s in response.suggestions], base),
        "more": _more(response.more.model_dump(mode="json") if response.more else None, base),
        "refused": response.refused,
        "standalone_question": response.standalone_question,
        "warning": response.warning,
    }


def _stream(
    events: Iterator[StreamEvent],
    request: Request,
    messages: list[schemas.Message],
    include_usage: bool,
    base: str,
) -> StreamingResponse:
    completion_id = _completion_id()
    created = int(time.time())

    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        data: dict[str, Any] = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": MODEL_ID,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
        }
        data.update(extra)
        return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"

    async def body() -> AsyncIterator[str]:
        answer = ""
        async for event in pull_events(events, request):
            if isinstance(event, Exception):
                # OpenAI's own streams report a failure as a chunk holding an ``error`` object;
                # its client libraries raise it. [DONE] still follows, so no reader waits.
                reason = stream_error_reason(event)
                error = {"message": reason, "type": "server_error", "param": None, "code": None}
                yield f"data: {json.dumps({'error': error}, ensure_ascii=False)}\n\n"
                break
            if event.event == "citations":
                yield chunk(
                    {"role": "assistant", "content": ""},
                    None,
                    citations=_absolute(event.data["citations"], base),
                    refused=event.data["refused"],
                )
            elif event.event == "token":
                answer += event.data["text"]
                yield chunk({"content": event.data["text"]})
            elif event.event == "reset":
                # The language model failed mid-answer; what was sent cannot be taken back, so
                # the extractive answer follows on a new paragraph (the final chunk says why).
                answer += "\n\n"
                yield chunk({"content": "\n\n"})
            elif event.event == "done":
                usage = _usage(messages, answer)
                yield chunk(
                    {},
                    "stop",
                    citations=_absolute(event.data["citations"], base),
                    suggestions=_absolute(event.data.get("suggestions") or [], base),
                    more=_more(event.data.get("more"), base),
                    refused=event.data["refused"],
                    warning=event.data.get("warning"),
                )
                if include_usage:
                    tail = {
                        "id": completion_id,
                        "object": "chat.completion.chunk",
                        "created": created,
                        "model": MODEL_ID,
                        "choices": [],
                        "usage": usage,
                    }
                    yield f"data: {json.dumps(tail)}\n\n"
        yield "data: [DONE]\n\n"

    return event_stream(body())
