"""One access rule for every door: every route the app serves — the API, the source view and each
route of the mounted Gradio chat — walked from the app's own routing table, with and without a key,
over a live server (Gradio's streams need a real one). Plus the chat end to end (call/respond and
queue/join) and the shared rate limit."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from starlette.routing import Mount

from api.http.access import BLOCKED_PREFIXES, COOKIE, OPEN_PATHS, SIGN_IN, SIGN_OUT
from api.http.app import create_app
from api.service import ReferatService

pytestmark = pytest.mark.integration

KEY, OTHER = "door-key-Hq31bn", "door-key-second-Wd07"
PROXY_HEADER = "X-Remote-User"
QUESTION = "Hvad blev besluttet om Solgårdens takster?"
# Values for the path parameters of every route (the walk fails on a parameter not named here).
PARAMS = {
    "meeting_id": "direktionen-2017-06-19",
    "punkt": "5",
    "case_number": "12/32140",
    "model_id": "referat",
    "feedback_id": "0" * 32,
    "api_name": "respond",
    "event_id": "abc123",
    "session_hash": "abc123",
    "path": "x.js",
    "path_or_url": "x.txt",
    "url_path": "x",
    "size": "192",
    "key": "x",
    "id": "x",
    "environment": "x",
    "type": "x",
    "file_name": "x.js",
    "run": "0",
    "component_id": "1",
    "segment_id": "0",
    "ext": "ts",
}


def served_routes(routes: Iterable[Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    """(method, path template) of every route, included routers and mounted apps included."""
    for route in routes:
        inner = getattr(getattr(route, "original_router", None), "routes", None)
        if inner:
            yield from served_routes(inner, prefix)
        elif isinstance(route, Mount):
            yield from served_routes(getattr(route.app, "routes", ()), prefix + route.path)
        else:
            for method in sorted(getattr(route, "methods", None) or {"GET"}):
                yield method, prefix + route.path


def concrete(template: str) -> str:
    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        assert name in PARAMS, f"add a value for the path parameter {name!r} to PARAMS"
        return PARAMS[name]

    return re.sub(r"\{(\w+)(?::\w+)?\}", fill, template)


class Live:
    def __init__(self, app: FastAPI) -> None:
        with socket_port() as port:
            self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the live server did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


class socket_port:  # noqa: N801 - used as a context manager
    def __enter__(self) -> int:
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        port: int = self.sock.getsockname()[1]
        return port

    def __exit__(self, *exc: object) -> None:
        self.sock.close()


def _keyed_app(service: ReferatService, **update: Any) -> FastAPI:
    settings = service.settings.model_copy(
        update={"api_keys": [KEY, OTHER], "trusted_user_header": PROXY_HEADER, **update}
    )
    return create_app(settings, service=service)


@pytest.fixture(scope="module")
def live(service: ReferatService) -> Iterator[tuple[FastAPI, str]]:
    app = _keyed_app(service, open_source_view=False)
    server = Live(app)
    yield app, server.url
    server.stop()


def _client(url: str) -> httpx.Client:
    return httpx.Client(base_url=url, trust_env=False, timeout=httpx.Timeout(10, read=3))


def _status(client: httpx.Client, method: str, path: str, **kwargs: Any) -> int | str:
    """The status line only (Gradio's event streams never end on their own)."""
    body: dict[str, Any] = {"json": {}} if method in ("POST", "PUT", "PATCH") else {}
    try:
        with client.stream(method, path, **body, **kwargs) as r:
            return r.status_code
    except httpx.ReadTimeout:
        return "timeout"  # no status within the read timeout: it was not refused at the door


def _signed_in(url: str, key: str = KEY) -> httpx.Client:
    client = _client(url)
    r = client.post("/auth/login", data={"key": key, "next": "/chat/"})
    assert r.status_code == 303 and r.headers["location"] == "/chat/", r.text
    assert client.cookies.get(COOKIE), "no session cookie was set"
    return client


def test_the_walk_covers_the_chat(live: tuple[FastAPI, str]) -> None:
    paths = {p for _, p in served_routes(live[0].routes)}
    # The walk reaches into the mounted Gradio app, not only the API.
    for expected in (
        "/chat/gradio_api/queue/join",
        "/chat/gradio_api/call/{api_name}",
        "/chat/gradio_api/upload",
        "/chat/config",
        "/v1/ask",
        "/minutes/{meeting_id}",
    ):
        assert expected in paths, expected


def test_every_route_with_and_without_a_key(live: tuple[FastAPI, str]) -> None:
    app, url = live
    routes = sorted(set(served_routes(app.routes)))
    anonymous = _client(url)
    ways_in = {
        "bearer": (_client(url), {"Authorization": f"Bearer {KEY}"}),
        "session": (_signed_in(url), {}),
        "proxy": (_client(url), {PROXY_HEADER: "anna.hansen"}),
    }
    wrong = [
        {"Authorization": "Bearer not-a-key"},
        {"Authorization": KEY},
        {"Cookie": f"{COOKIE}=v1.0000.9999999999.forged"},
        {"X-Forwarded-User": "anna.hansen"},  # not the configured header
        {PROXY_HEADER: ""},
    ]
    failures: list[str] = []
    for method, template in routes:
        path = concrete(template)
        if method == "POST" and path in (SIGN_IN, SIGN_OUT):
            # The sign-in form answers 401 to a wrong key itself, and signing out would end the
            # session used below: both have their own tests.
            continue
        blocked = any(path.startswith(p) for p in BLOCKED_PREFIXES)
        is_open = path in OPEN_PATHS
        # Without a key (and with wrong ones).
        for headers in [{}, *wrong]:
            got = _status(anonymous, method, path, headers=headers)
            if blocked:
                want_ok = got == 404
            elif is_open:
                want_ok = got not in (401, 403)
            else:
                want_ok = got == 401
            if not want_ok:
                failures.append(f"no key {headers}: {method} {path} -> {got}")
        # With a key, a session or the proxy's header.
        for name, (client, headers) in ways_in.items():
            if path.startswith("/v1") and name != "bearer":
                continue  # the API takes bearer keys only (README, Security)
            got = _status(client, method, path, headers=headers)
            if blocked:
                want_ok = got == 404
            elif path == "/v1/index" or (method == "GET" and path == "/v1/feedback"):
                want_ok = got == 403  # needs an admin key on top
            else:
                want_ok = got not in (401, 403) or (
                    # Gradio's own answer for a file outside its allowed paths, past our door.
                    got == 403 and "/gradio_api/file" in path
                )
            if not want_ok:
                failures.append(f"{name}: {method} {path} -> {got}")
    assert not failures, "\n".join(failures)


def _call_respond(client: httpx.Client) -> httpx.Response:
    # The chat's inputs: question, turns, from date, to date, case number, board.
    data = [QUESTION, [], "", "", "", "Alle udvalg"]
    return client.post("/chat/gradio_api/call/respond", json={"data": data})


def test_chat_call_respond_needs_a_key_and_works_signed_in(live: tuple[FastAPI, str]) -> None:
    _, url = live
    r = _call_respond(_client(url))
    assert r.status_code == 401
    assert "event_id" not in r.text
    client = _signed_in(url)
    r = _call_respond(client)
    assert r.status_code == 200, r.text
    event_id = r.json()["event_id"]
    # The result stream needs the session too.
    assert _status(_client(url), "GET", f"/chat/gradio_api/call/respond/{event_id}") == 401
    with client.stream(
        "GET", f"/chat/gradio_api/call/respond/{event_id}", timeout=httpx.Timeout(120)
    ) as stream:
        text = "".join(stream.iter_text())
    assert "event: complete" in text, text[-2000:]
    # A cited answer: the source view link of the meeting's point.
    assert "/minutes/direktionen-2017-06-19" in text, text[-2000:]


def _respond_fn_index(client: httpx.Client) -> int:
    """The queue's number for the chat's answer function, from the page's own config."""
    config = client.get("/chat/config").json()
    (found,) = [d["id"] for d in config["dependencies"] if d.get("api_name") == "respond"]
    return int(found)


def test_chat_queue_join_needs_a_key(live: tuple[FastAPI, str]) -> None:
    app, url = live
    client = _signed_in(url)
    join = {
        "data": [QUESTION, [], "", "", "", "Alle udvalg"],
        "fn_index": _respond_fn_index(client),
        "session_hash": "doorcheck01",
        "event_data": None,
        "trigger_id": None,
    }
    assert _client(url).post("/chat/gradio_api/queue/join", json=join).status_code == 401
    assert (
        _status(_client(url), "GET", "/chat/gradio_api/queue/data?session_hash=doorcheck01") == 401
    )
    r = client.post("/chat/gradio_api/queue/join", json=join)
    assert r.status_code == 200 and "event_id" in r.json(), r.text
    # The queue's stream hands the signed-in session its cited answer.
    with client.stream(
        "GET",
        "/chat/gradio_api/queue/data",
        params={"session_hash": "doorcheck01"},
        timeout=httpx.Timeout(120),
    ) as stream:
        text = ""
        for line in stream.iter_lines():
            text += line + "\n"
            if "process_completed" in line:
                break
    assert "process_completed" in text and "/minutes/direktionen-2017-06-19" in text, text[-2000:]


def test_signing_out_ends_the_session(live: tuple[FastAPI, str]) -> None:
    _, url = live
    client = _signed_in(url)
    assert _status(client, "GET", "/chat/config") == 200
    r = client.post("/auth/logout")
    assert r.status_code == 303
    assert not client.cookies.get(COOKIE)
    assert _status(client, "GET", "/chat/config") == 401


def test_the_chat_shares_the_api_rate_limit(service: ReferatService) -> None:
    server = Live(_keyed_app(service, rate_limit_per_minute=3))
    try:
        client = _signed_in(server.url)
        api = _client(server.url)
        bearer = {"Authorization": f"Bearer {KEY}"}
        # One budget per key: an API request and two chat questions use it up.
        assert api.get("/v1/meetings", headers=bearer).status_code == 200
        assert _call_respond(client).status_code == 200
        assert _call_respond(client).status_code == 200
        r = _call_respond(client)
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        assert api.get("/v1/meetings", headers=bearer).status_code == 429
        # Another key has its own budget; reading the page is not a question and is not counted.
        other = _signed_in(server.url, OTHER)
        assert _call_respond(other).status_code == 200
        assert _status(client, "GET", "/chat/config") == 200
    finally:
        server.stop()
