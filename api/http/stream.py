"""The one pull loop of the streaming routes (/v1/ask/stream, /v1/chat, /v1/chat/completions).

The service's events come from a blocking iterator; each is pulled in a worker thread so the
server keeps serving. Each route only writes the events in its own wire format.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

from fastapi import Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from api.service import StreamEvent


async def pull_events(
    events: Iterator[StreamEvent], request: Request
) -> AsyncIterator[StreamEvent | Exception]:
    """The service's events, one at a time, until they end or the client leaves.

    When the client has left, nothing more is pulled, so the work behind the stream is freed.
    When pulling fails, the exception is the last item: the 200 is already sent, so the route
    ends the stream with a reason (``api.http.errors.stream_error_reason``).
    """
    iterator = iter(events)
    while True:
        if await request.is_disconnected():
            return
        try:
            event = await run_in_threadpool(next, iterator, None)
        except Exception as e:  # noqa: BLE001 - handed to the route, which ends the stream
            yield e
            return
        if event is None:
            return
        yield event
        await asyncio.sleep(0)


def event_stream(body: AsyncIterator[str]) -> StreamingResponse:
    """A Server-Sent Events response that no proxy buffers or caches."""
    return StreamingResponse(
        body,
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
