"""create_app: the FastAPI application; the chat UI plugs in at /chat (``mount_plugins``)."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib.metadata import entry_points

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.http import access, openai_compat
from api.http.deps import RateLimiter, require_key
from api.http.errors import document_errors, error_content, install_error_handlers
from api.http.routes import archive, ask, feedback, health, minutes, search
from api.service import ReferatService
from indexer.config import Settings, get_settings
from indexer.errors import ReferatError

log = logging.getLogger("referat.api")
access_log = logging.getLogger("referat.access")

MOUNTS_GROUP = "referat.mounts"
MAX_BODY_BYTES = 256 * 1024
# No request of this API nests JSON more than a few levels; deeper is refused before parsing.
MAX_JSON_DEPTH = 32


def json_depth_over(body: bytes, limit: int) -> bool:
    """Whether the JSON text nests arrays/objects deeper than ``limit`` (strings skipped)."""
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    depth = 0
    in_string = escaped = False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > limit:
                return True
        elif byte in (0x5D, 0x7D):  # ] }
            depth -= 1
    return False


class BodyLimitMiddleware:
    """Refuse bodies over ``max_bytes`` (413) whether or not Content-Length is sent, and JSON
    nested deeper than ``max_depth`` (400), before any of it reaches a route.

    The body is read here (at most ``max_bytes``) and replayed to the app; later ``receive``
    calls (a client disconnect during streaming) go to the server as before.
    """

    def __init__(
        self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES, max_depth: int = MAX_JSON_DEPTH
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_depth = max_depth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await self._refuse(scope, send, 413, f"request body over {self.max_bytes} bytes")
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(scope, send, 413, f"request body over {self.max_bytes} bytes")
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if b"json" in headers.get(b"content-type", b""):
            problem = None
            try:
                body.decode("utf-8")
            except UnicodeDecodeError as e:
                problem = f"the JSON body is not valid UTF-8 (byte {e.start})"
            if problem is None and json_depth_over(body, self.max_depth):
                problem = f"JSON nested deeper than {self.max_depth} levels"
            if problem is not None:
                await self._refuse(scope, send, 400, problem)
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    async def _refuse(scope: Scope, send: Send, status: int, detail: str) -> None:
        access_log.info(
            json.dumps(
                {
                    "method": scope.get("method"),
                    "path": scope.get("path"),
                    "status": status,
                    "ms": 0.0,
                }
            )
        )
        content = error_content(scope, status, detail)
        response = JSONResponse(status_code=status, content=content)
        await response(scope, _no_receive, send)


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    if getattr(app.state, "service", None) is None:
        try:
            service = ReferatService.from_settings(settings)
            service.retriever.snapshot()
            app.state.service = service
        except ReferatError as e:
            # Serve /health with the reason instead of failing to start.
            app.state.problem = str(e)
            log.error("index not loaded: %s", e)
    if not settings.api_keys:
        log.warning("no API keys configured (REFERAT_API_KEYS): serve on loopback only")
    yield


def mount_plugins(app: FastAPI) -> None:
    """Mount what installed packages register under the ``referat.mounts`` entry point group.

    The chat (``chat_ui``) plugs in this way, so the API never imports it: the process that
    serves both is put together from the installed distribution's metadata.
    """
    for entry in entry_points(group=MOUNTS_GROUP):
        try:
            mount = entry.load()
        except ImportError as e:
            log.warning("%s not mounted: %s", entry.name, e)
            continue
        mount(app)


def create_app(
    settings: Settings | None = None,
    service: ReferatService | None = None,
    *,
    mount_ui: bool = True,
) -> FastAPI:
    """Build the app. Pass ``service`` to reuse an already-loaded index (tests, benchmarks)."""
    settings = settings or get_settings()
    # /docs and /redoc from Swagger UI and ReDoc files shipped in the fastapi-offline wheel, not a
    # CDN: the API documentation works on a machine without internet.
    app = FastAPIOffline(
        title="Referat",
        version="1",
        summary="Søgning og svar med kildehenvisninger i kommunens mødereferater",
        description="Every answer cites meeting date and agenda point (Punkt N) with a link "
        "that opens the minutes at that point.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.service = service
    app.state.problem = None
    app.state.rate_limiter = (
        RateLimiter(settings.rate_limit_per_minute) if settings.rate_limit_per_minute > 0 else None
    )
    install_error_handlers(app)
    document_errors(app)

    from fastapi import Depends

    guarded = [Depends(require_key)]
    app.include_router(ask.router, dependencies=guarded)
    app.include_router(search.router, dependencies=guarded)
    app.include_router(archive.router, dependencies=guarded)
    app.include_router(openai_compat.router, dependencies=guarded)
    app.include_router(feedback.router)  # its own key checks: reading it needs an admin key
    app.include_router(health.admin_router)
    app.include_router(health.router)
    app.include_router(minutes.router)
    app.include_router(access.router)

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )

    # Everything outside /v1 (the chat, mounted apps, the source view when closed) needs a key,
    # a session or the proxy's user header; /v1 checks its bearer key in require_key.
    app.add_middleware(access.AccessMiddleware)

    @app.middleware("http")
    async def access_logger(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        # Structured access log: no question text and never the Authorization header.
        access_log.info(
            json.dumps(
                {
                    "method": request.method,
                    "path": request.url.path,
                    "status": response.status_code,
                    "ms": round((time.perf_counter() - started) * 1000, 1),
                }
            )
        )
        return response

    # Added last, so it runs first: oversized or too deeply nested bodies never reach a route.
    app.add_middleware(BodyLimitMiddleware)

    if mount_ui:
        mount_plugins(app)
    return app
