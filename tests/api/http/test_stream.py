"""The streaming routes' one pull loop (api/http/stream.py): it stops pulling when the client
leaves, and hands a failure over as its last item. (Each route's wire format on a failure is
checked over HTTP in test_stream_errors.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
from starlette.requests import Request

from api.http.stream import pull_events
from api.service import StreamEvent


class Client:
    """The ASGI receive channel of a request whose client leaves when told to."""

    def __init__(self) -> None:
        self.left = False

    async def receive(self) -> dict[str, Any]:
        if self.left:
            return {"type": "http.disconnect"}
        await anyio.sleep_forever()  # nothing sent: still listening
        raise AssertionError("unreachable")


def tokens(pulled: list[int], fail_at: int | None = None) -> Iterator[StreamEvent]:
    for n in range(10):
        if n == fail_at:
            raise IndexError("index 7 is out of bounds")
        pulled.append(n)
        yield StreamEvent("token", {"text": str(n)})


def collect(events: Iterator[StreamEvent], client: Client, leave_after: int | None = None) -> list:
    request = Request({"type": "http"}, client.receive)

    async def run() -> list:
        got: list = []
        async for item in pull_events(events, request):
            got.append(item)
            if len(got) == leave_after:
                client.left = True
        return got

    # In a thread of its own: a test process that also drives the browser tests holds
    # Playwright's event loop in its main thread, where anyio.run would refuse to start.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(anyio.run, run).result()


def test_every_event_reaches_a_client_that_stays() -> None:
    pulled: list[int] = []
    got = collect(tokens(pulled), Client())
    assert [e.data["text"] for e in got] == [str(n) for n in range(10)]
    assert pulled == list(range(10))


def test_nothing_more_is_pulled_once_the_client_has_left() -> None:
    pulled: list[int] = []
    got = collect(tokens(pulled), Client(), leave_after=3)
    assert len(got) == 3
    assert pulled == [0, 1, 2]


def test_a_failure_is_the_last_item() -> None:
    pulled: list[int] = []
    got = collect(tokens(pulled, fail_at=2), Client())
    assert [type(item).__name__ for item in got] == ["StreamEvent", "StreamEvent", "IndexError"]
    assert pulled == [0, 1]
