"""Exception handlers: every error is a JSON reason with a 4xx/5xx status, never a traceback."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Scope

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


# The OpenAI-compatible routes. Their clients (the ``openai`` package, LangChain's ChatOpenAI)
# read an error as ``{"error": {"message", "type", "param", "code"}}`` and show nothing of a
# ``{"detail": ...}``; every other route keeps ``{"detail": reason}``.
OPENAI_PATHS = ("/v1/chat/completions", "/v1/models")


def is_openai_path(scope: Scope) -> bool:
    path: str = scope.get("path") or "/"
    root: str = scope.get("root_path") or ""
    if root and path.startswith(root):
        path = path[len(root) :] or "/"
    return any(path == p or path.startswith(p + "/") for p in OPENAI_PATHS)


def openai_error(
    status: int, message: str, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    """OpenAI's error object; ``type`` and ``code`` as OpenAI's own API sets them per status."""
    if status >= 500:
        kind = "server_error"
    elif status == 429:
        kind, code = "requests", code or "rate_limit_exceeded"
    else:
        kind = "invalid_request_error"
        if status == 401:
            code = code or "invalid_api_key"
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


def error_content(scope: Scope, status: int, reason: str, param: str | None = None) -> Any:
    """The error body for this request's route: OpenAI's shape there, ``{"detail"}`` elsewhere."""
    if is_openai_path(scope):
        return openai_error(status, reason, param)
    return {"detail": reason}


def _first_field(exc: RequestValidationError | ValidationError) -> str | None:
    # OpenAI names the offending parameter (``param``), e.g. ``messages.0.role``.
    for err in exc.errors()[:1]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        return where or None
    return None


def install_error_handlers(app: FastAPI) -> None:
    def error(request: Request, status: int, reason: str, param: str | None = None) -> JSONResponse:
        return JSONResponse(
            status_code=status, content=error_content(request.scope, status, reason, param)
        )

    @app.exception_handler(RequestValidationError)
    async def validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error(request, 422, validation_reason(exc), _first_field(exc))

    @app.exception_handler(ValidationError)
    async def model_validation(request: Request, exc: ValidationError) -> JSONResponse:
        # A model built inside a route from request data (e.g. a lone surrogate in a message):
        # the client's input is at fault, so 422 with the reason, not a 500.
        return error(request, 422, validation_reason(exc), _first_field(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # 400, 401, 404, 405, 429, 503 raised by routes and dependencies (the key check, the rate
        # limit): reshaped on the OpenAI routes only; FastAPI's own answer everywhere else.
        if not is_openai_path(request.scope):
            return await http_exception_handler(request, exc)
        return JSONResponse(
            status_code=exc.status_code,
            content=openai_error(exc.status_code, str(exc.detail)),
            headers=exc.headers,
        )

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> JSONResponse:
        return error(request, 404, str(exc))

    @app.exception_handler(IndexNotReadyError)
    async def not_ready(request: Request, exc: IndexNotReadyError) -> JSONResponse:
        return error(request, 503, str(exc))

    @app.exception_handler(ReferatError)
    async def referat_error(request: Request, exc: ReferatError) -> JSONResponse:
        log.error("service error: %s", exc)
        return error(request, 503, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        # Logged with the traceback for operators; the client gets a reason, not a stack.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error(request, 500, f"internal error ({type(exc).__name__})")


_ERROR_SCHEMA = {
    "title": "ErrorResponse",
    "type": "object",
    "properties": {"detail": {"type": "string", "title": "Detail"}},
    "required": ["detail"],
}
_OPENAI_ERROR_SCHEMA = {
    "title": "OpenAIErrorResponse",
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "message": {"type": "string"},
                "type": {"type": "string"},
                "param": {"type": ["string", "null"]},
                "code": {"type": ["string", "null"]},
            },
            "required": ["message", "type", "param", "code"],
        }
    },
    "required": ["error"],
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

    Every error is ``{"detail": "..."}`` (FastAPI would document 422 as a list of objects), on
    the OpenAI routes OpenAI's ``{"error": {...}}``, and the statuses that middleware and
    dependencies add (400, 401, 403, 404, 413, 429, 503) are listed on each operation they can
    reach, so a client (or schemathesis) validating responses against the schema finds each one
    documented.
    """
    default = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = default()
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components["HTTPValidationError"] = {**_ERROR_SCHEMA, "title": "HTTPValidationError"}
            components.pop("ValidationError", None)
            components["ErrorResponse"] = _ERROR_SCHEMA
            components["OpenAIErrorResponse"] = _OPENAI_ERROR_SCHEMA
            ref = "#/components/schemas/"
            detail = {"application/json": {"schema": {"$ref": ref + "ErrorResponse"}}}
            openai = {"application/json": {"schema": {"$ref": ref + "OpenAIErrorResponse"}}}
            for path, operations in schema.get("paths", {}).items():
                is_openai = is_openai_path({"path": path})
                error = openai if is_openai else detail
                for method, operation in operations.items():
                    responses = operation.setdefault("responses", {})
                    for code in _codes(path, method):
                        documented = responses.setdefault(str(code), {"description": _ERRORS[code]})
                        documented.setdefault("content", error)
                    if is_openai:
                        # FastAPI's own 422 (and a route's declared errors) in OpenAI's shape too.
                        for status, documented in responses.items():
                            if status[0] in "45":
                                documented["content"] = error
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
