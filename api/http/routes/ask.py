"""POST /v1/ask, /v1/ask/stream and /v1/chat: cited answers."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from functools import partial
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from api import schemas
from api.http.deps import ServiceDep
from api.http.errors import stream_error_reason
from api.http.stream import event_stream, pull_events
from api.service import ReferatService, StreamEvent

router = APIRouter(prefix="/v1", tags=["answers"])

_STREAM_DOC: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Server-Sent Events: `citations`, then `token`s, then `done` with the "
        "full AskResponse. When answering fails after the stream began, an `error` event with "
        '`{"detail": reason}` ends it instead of `done`.',
        "content": {
            "text/event-stream": {
                # OpenAPI 3.1: for an event stream, `schema` describes one event.
                "schema": {
                    "type": "object",
                    "properties": {
                        "event": {
                            "type": "string",
                            "enum": ["citations", "token", "reset", "done", "error"],
                        },
                        "data": {"type": "string", "description": "A JSON object"},
                    },
                    "required": ["event", "data"],
                }
            }
        },
    }
}


def _sse(events: Iterator[StreamEvent], request: Request) -> StreamingResponse:
    async def body() -> AsyncIterator[str]:
        async for event in pull_events(events, request):
            if isinstance(event, Exception):
                data = json.dumps({"detail": stream_error_reason(event)}, ensure_ascii=False)
                yield f"event: error\ndata: {data}\n\n"
                return
            yield f"event: {event.event}\ndata: {json.dumps(event.data, ensure_ascii=False)}\n\n"

    return event_stream(body())


def _bad(e: ValueError) -> HTTPException:
    return HTTPException(status_code=422, detail=str(e))


async def checked_filters(
    service: ReferatService, question: str, filters: schemas.Filters | None
) -> schemas.Filters | None:
    """The question checked and the filters resolved against the archive, or a 422 with the
    reason; before any answering, so a stream never starts for a request that cannot succeed.
    (The filters need the archive's meetings, which may be reloaded: off the event loop.)"""
    try:
        service.check_question(question)
        return await run_in_threadpool(service.check_filters, filters)
    except ValueError as e:
        raise _bad(e) from e


@router.post("/ask", response_model=schemas.AskResponse, responses=_STREAM_DOC)
async def ask(
    body: schemas.AskRequest,
    service: ServiceDep,
    request: Request,
    stream: bool = Query(default=False, description="Answer as Server-Sent Events"),
) -> schemas.AskResponse | StreamingResponse:
    """Answer a question from the minutes, citing meeting date and punkt."""
    filters = await checked_filters(service, body.question, body.filters)
    if stream:
        return _sse(service.ask_stream(body.question, filters, body.top_k, full=body.full), request)
    return await run_in_threadpool(
        partial(service.ask, body.question, filters, body.top_k, full=body.full)
    )


@router.post("/ask/stream", responses=_STREAM_DOC, response_class=StreamingResponse)
async def ask_stream(
    body: schemas.AskRequest, service: ServiceDep, request: Request
) -> StreamingResponse:
    """Answer as Server-Sent Events: citations first, then answer tokens, then `done`."""
    filters = await checked_filters(service, body.question, body.filters)
    return _sse(service.ask_stream(body.question, filters, body.top_k, full=body.full), request)


@router.post("/chat", response_model=schemas.AskResponse, responses=_STREAM_DOC)
async def chat(
    body: schemas.ChatRequest,
    service: ServiceDep,
    request: Request,
    stream: bool = Query(default=False, description="Answer as Server-Sent Events"),
) -> schemas.AskResponse | StreamingResponse:
    """Answer the last user message in the context of the conversation."""
    filters = await checked_filters(service, body.messages[-1].content, body.filters)
    if stream:
        return _sse(
            service.chat_stream(body.messages, filters, body.top_k, full=body.full), request
        )
    return await run_in_threadpool(
        partial(service.chat, body.messages, filters, body.top_k, full=body.full)
    )
