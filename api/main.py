"""create_app: the FastAPI application, with the chat UI mounted at /chat."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from api import openai_compat
from api.deps import require_key
from api.errors import install_error_handlers
from api.routes import archive, ask, health, minutes, search
from api.service import ReferatService
from indexer.config import Settings, get_settings
from indexer.errors import ReferatError

log = logging.getLogger("referat.api")
access_log = logging.getLogger("referat.access")

MAX_BODY_BYTES = 256 * 1024


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


def create_app(settings: Settings | None = None, service: ReferatService | None = None,
               *, mount_ui: bool = True) -> FastAPI:
    """Build the app. Pass ``service`` to reuse an already-loaded index (tests, benchmarks)."""
    settings = settings or get_settings()
    app = FastAPI(
        title="Referat",
        version="1",
        summary="Søgning og svar med kildehenvisninger i Direktionens referater",
        description="Every answer cites meeting date and agenda point (Punkt N) with a link "
        "that opens the minutes at that point.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.service = service
    app.state.problem = None
    install_error_handlers(app)

    from fastapi import Depends

    guarded = [Depends(require_key)]
    app.include_router(ask.router, dependencies=guarded)
    app.include_router(search.router, dependencies=guarded)
    app.include_router(archive.router, dependencies=guarded)
    app.include_router(openai_compat.router, dependencies=guarded)
    app.include_router(health.admin_router)
    app.include_router(health.router)
    app.include_router(minutes.router)

    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET", "POST"], allow_headers=["Authorization",
                                                                         "Content-Type"])

    @app.middleware("http")
    async def limit_and_log(request: Request,
                            call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        started = time.perf_counter()
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return JSONResponse(status_code=413,
                                content={"detail": f"request body over {MAX_BODY_BYTES} bytes"})
        response = await call_next(request)
        # Structured access log: no question text and never the Authorization header.
        access_log.info(json.dumps({
            "method": request.method, "path": request.url.path, "status": response.status_code,
            "ms": round((time.perf_counter() - started) * 1000, 1),
        }))
        return response

    if mount_ui:
        try:
            from chat_ui.app import mount_chat
        except ImportError as e:  # pragma: no cover - gradio is a core dependency
            log.warning("chat UI not mounted: %s", e)
        else:
            mount_chat(app)
    return app
