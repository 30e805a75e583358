"""Exception handlers: every error is a JSON reason with a 4xx/5xx status, never a traceback."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from api.service import NotFound
from indexer.errors import IndexNotReadyError, ReferatError

log = logging.getLogger("referat.api")


def _reason(exc: RequestValidationError | ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else err.get("msg", ""))
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": _reason(exc)})

    @app.exception_handler(ValidationError)
    async def model_validation(_: Request, exc: ValidationError) -> JSONResponse:
        # A model built inside a route from request data (e.g. a lone surrogate in a message):
        # the client's input is at fault, so 422 with the reason, not a 500.
        return JSONResponse(status_code=422, content={"detail": _reason(exc)})

    @app.exception_handler(NotFound)
    async def not_found(_: Request, exc: NotFound) -> JSONResponse:
        return JSONResponse(status_code=404, content={"detail": str(exc)})

    @app.exception_handler(IndexNotReadyError)
    async def not_ready(_: Request, exc: IndexNotReadyError) -> JSONResponse:
        return JSONResponse(status_code=503, content={"detail": str(exc)})

    @app.exception_handler(ReferatError)
    async def referat_error(_: Request, exc: ReferatError) -> JSONResponse:
        log.error("service error: %s", exc)
        return JSONResponse(status_code=503, content={"detail": str(exc)})

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        # Logged with the traceback for operators; the client gets a reason, not a stack.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse(
            status_code=500, content={"detail": f"internal error ({type(exc).__name__})"}
        )


def document_errors(app: FastAPI) -> None:
    """Make the OpenAPI schema say what the validation handler sends: ``{"detail": "..."}``.

    FastAPI documents 422 as a list of error objects; the handler above answers one reason string,
    so a client (or schemathesis) validating against the schema would see a violation.
    """
    default = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = default()
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            if "HTTPValidationError" in components:
                components["HTTPValidationError"] = {
                    "title": "HTTPValidationError",
                    "type": "object",
                    "properties": {"detail": {"type": "string", "title": "Detail"}},
                    "required": ["detail"],
                }
                components.pop("ValidationError", None)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
