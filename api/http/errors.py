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


def validation_reason(exc: RequestValidationError | ValidationError) -> str:
    """Where and why, for up to five errors: ``filters.date_from: a date is written as ...``."""
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        # pydantic prefixes our own reasons (a ValueError in a validator) with "Value error, ".
        msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{where}: {msg}" if where else msg)
    return "; ".join(parts) or "invalid request"


def stream_error_reason(exc: BaseException) -> str:
    """The reason sent in a stream's ``error`` event when answering fails after the 200 was sent.

    Known failures (the index, the question) say what happened; anything else is logged with
    its traceback for operators and named by type only.
    """
    if isinstance(exc, ReferatError | ValueError):
        if isinstance(exc, ReferatError):
            log.error("stream ended by a service error: %s", exc)
        return str(exc) or type(exc).__name__
    log.error("stream ended by an unexpected error", exc_info=exc)
    return f"internal error ({type(exc).__name__}); the answer could not be finished"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": validation_reason(exc)})

    @app.exception_handler(ValidationError)
    async def model_validation(_: Request, exc: ValidationError) -> JSONResponse:
        # A model built inside a route from request data (e.g. a lone surrogate in a message):
        # the client's input is at fault, so 422 with the reason, not a 500.
        return JSONResponse(status_code=422, content={"detail": validation_reason(exc)})

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


_ERROR_SCHEMA = {
    "title": "ErrorResponse",
    "type": "object",
    "properties": {"detail": {"type": "string", "title": "Detail"}},
    "required": ["detail"],
}
_ERRORS = {
    400: "Malformed body: not valid UTF-8, or JSON nested too deeply",
    401: "No valid key (only when REFERAT_API_KEYS is set): `Authorization: Bearer <key>`",
    403: "The key may not do this (re-indexing needs a key from REFERAT_ADMIN_KEYS)",
    404: "No such meeting, agenda point, case or model",
    413: "Request body over 256 KiB",
    422: "Invalid request: empty, over-long or control-character question, bad filters "
    "(dates as YYYY-MM-DD), invalid JSON",
    429: "Over REFERAT_RATE_LIMIT_PER_MINUTE; the `Retry-After` header says when to retry",
    503: "The index is not loaded or its files are gone",
}


def _codes(path: str, method: str) -> list[int]:
    """The error statuses an operation can answer, besides those its route declares."""
    codes: list[int] = []
    if method == "post":
        codes += [400, 413]
    if path.startswith("/v1"):
        codes += [401, 422, 429, 503]
        if "{" in path:
            codes.append(404)
        if path == "/v1/index":
            codes.append(403)
    elif path.startswith("/minutes"):
        codes += [401, 404, 422, 503]
    return codes


def document_errors(app: FastAPI) -> None:
    """Make the OpenAPI schema say what the app answers, errors included.

    Every error is ``{"detail": "..."}`` (FastAPI would document 422 as a list of objects), and the
    statuses that middleware and dependencies add (400, 401, 403, 404, 413, 429, 503) are listed on
    each operation they can reach, so a client (or schemathesis) validating responses against the
    schema finds each one documented.
    """
    default = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = default()
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components["HTTPValidationError"] = {**_ERROR_SCHEMA, "title": "HTTPValidationError"}
            components.pop("ValidationError", None)
            components["ErrorResponse"] = _ERROR_SCHEMA
            error = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}
            for path, operations in schema.get("paths", {}).items():
                for method, operation in operations.items():
                    responses = operation.setdefault("responses", {})
                    for code in _codes(path, method):
                        documented = responses.setdefault(str(code), {"description": _ERRORS[code]})
                        documented.setdefault("content", error)
                    if path.startswith("/minutes") and "401" in responses:
                        # The closed source view answers a browser with the sign-in page.
                        responses["401"] = {
                            "description": _ERRORS[401] + "; a browser (`Accept: text/html`) "
                            "gets the Danish sign-in page",
                            "content": {**error, "text/html": {"schema": {"type": "string"}}},
                        }
                    if "429" in responses:
                        responses["429"]["headers"] = {
                            "Retry-After": {
                                "description": "Seconds until the limit allows a request",
                                "schema": {"type": "integer"},
                            }
                        }
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
