"""The OpenAPI schema documents every answer the app gives (issue 16, item 7), errors included.

The fuzz in tests/security/test_api_fuzz.py runs without keys, over a loaded index and with bodies
that fit: it never sees a missing key, a body over the limit, invalid UTF-8, a non-admin key, the
rate limit or an index that is not loaded. Here each of those is provoked on every operation it can
reach, and every response is validated against the schema with schemathesis's conformance checks
(status documented, content type documented, headers, body schema).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.http.app import MAX_BODY_BYTES, MAX_JSON_DEPTH, create_app
from api.service import ReferatService

KEY, ADMIN = "schema-key-Pq82", "schema-admin-Lm40"
CHECKS = [
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
# A value for each path parameter: none of them exists, so a loaded index answers 404.
MISSING = {
    "meeting_id": "udvalget-1999-01-01",
    "punkt": "99",
    "case_number": "99/99999",
    "model_id": "no-such-model",
    "feedback_id": "0" * 32,
}
QUESTION = "Hvad blev besluttet om skolemælk?"
BODIES: dict[str, Any] = {
    "/v1/ask": {"question": QUESTION},
    "/v1/ask/stream": {"question": QUESTION},
    "/v1/chat": {"messages": [{"role": "user", "content": QUESTION}]},
    "/v1/chat/completions": {
        "model": "referat",
        "messages": [{"role": "user", "content": QUESTION}],
    },
    "/v1/feedback": {"question": QUESTION, "answer": "Godkendt.", "rating": "up"},
    "/v1/index": None,
}


def _app(service: ReferatService | None, tiny: Any, **update: Any) -> FastAPI:
    settings = tiny.service.settings.model_copy(
        update={"api_keys": [KEY], "admin_keys": [ADMIN], "open_source_view": False, **update}
    )
    return create_app(settings, service=service, mount_ui=False)


def _operations(app: FastAPI) -> list[tuple[str, str]]:
    return [
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        for method in operations
    ]


class Validator:
    """Sends requests to an app and validates each response against the app's own schema."""

    def __init__(self, app: FastAPI) -> None:
        self.schema = schemathesis.openapi.from_dict(app.openapi())
        self.client = TestClient(app, raise_server_exceptions=False)
        self.seen: list[tuple[str, str, int]] = []

    def __call__(
        self, method: str, template: str, *, headers: dict[str, str] | None = None, **kw: Any
    ) -> httpx.Response:
        names = re.findall(r"\{(\w+)(?::\w+)?\}", template)
        path = re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: MISSING[m.group(1)], template)
        r = self.client.request(method, path, headers=headers or {}, **kw)
        case = self.schema[template][method].Case(
            headers=headers or {}, path_parameters={n: MISSING[n] for n in names}
        )
        try:
            case.validate_response(r, checks=CHECKS)
        except BaseException as e:  # schemathesis raises an exception group
            raise AssertionError(f"{method} {path} -> {r.status_code}: {e}\n{r.text[:300]}") from e
        self.seen.append((method, template, r.status_code))
        return r


@pytest.fixture(scope="module")
def loaded(tiny: Any) -> Iterator[Validator]:
    app = _app(tiny.service, tiny)
    yield Validator(app)


def _json(template: str) -> dict[str, Any]:
    body = BODIES.get(template)
    return {} if body is None else {"json": body}


def test_every_operation_without_a_key(loaded: Validator) -> None:
    for method, template in _operations(loaded.client.app):  # type: ignore[arg-type]
        r = loaded(method, template, **_json(template))
        if template == "/health":
            assert r.status_code == 200, r.text
        else:
            assert r.status_code == 401, (method, template, r.text)


def test_a_browser_without_a_session_gets_the_sign_in_page(loaded: Validator) -> None:
    # The closed source view answers a browser with the Danish sign-in page (HTML, 401).
    for template in ("/minutes", "/minutes/{meeting_id}"):
        r = loaded("GET", template, headers={"Accept": "text/html"})
        assert r.status_code == 401 and "Log ind" in r.text, r.text


def test_unknown_ids_are_documented_404s(loaded: Validator) -> None:
    bearer = {"Authorization": f"Bearer {KEY}"}
    for method, template in _operations(loaded.client.app):  # type: ignore[arg-type]
        if "{" not in template:
            continue
        body = {"json": {"comment": "Mangler Taxhuset"}} if method == "PATCH" else {}
        r = loaded(method, template, headers=bearer, **body)
        assert r.status_code == 404, (method, template, r.text)
    r = loaded(
        "POST",
        "/v1/chat/completions",
        headers=bearer,
        json={**BODIES["/v1/chat/completions"], "model": "no-such-model"},
    )
    assert r.status_code == 404, r.text


def test_malformed_and_oversized_bodies(loaded: Validator) -> None:
    bearer = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
    deep = "[" * (MAX_JSON_DEPTH + 5) + "]" * (MAX_JSON_DEPTH + 5)
    for method, template in _operations(loaded.client.app):  # type: ignore[arg-type]
        if method != "POST":
            continue
        for content, status in (
            (b'{"question": "Solg\xe5rden"}', 400),
            (deep.encode(), 400),
            (b'{"question": "' + b"x" * (MAX_BODY_BYTES + 10) + b'"}', 413),
        ):
            r = loaded(method, template, headers=bearer, content=content)
            assert r.status_code == status, (method, template, r.status_code, r.text)


def test_a_key_that_may_not_do_this_is_403(loaded: Validator) -> None:
    bearer = {"Authorization": f"Bearer {KEY}"}
    assert loaded("POST", "/v1/index", headers=bearer).status_code == 403
    assert loaded("GET", "/v1/feedback", headers=bearer).status_code == 403


def test_streams_are_documented_as_event_streams(loaded: Validator) -> None:
    bearer = {"Authorization": f"Bearer {KEY}"}
    for path, query in (
        ("/v1/ask/stream", {}),
        ("/v1/ask", {"stream": "true"}),
        ("/v1/chat", {"stream": "true"}),
    ):
        r = loaded("POST", path, headers=bearer, params=query, **_json(path))
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    r = loaded(
        "POST",
        "/v1/chat/completions",
        headers=bearer,
        json={**BODIES["/v1/chat/completions"], "stream": True},
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")


def test_the_rate_limit_is_documented(tiny: Any) -> None:
    check = Validator(_app(tiny.service, tiny, rate_limit_per_minute=1))
    # The admin key, so that the admin routes reach their limit check (it is never reached
    # otherwise: one request uses up the minute, and /v1/index never runs).
    bearer = {"Authorization": f"Bearer {ADMIN}"}
    assert check("GET", "/v1/meetings", headers=bearer).status_code == 200
    for method, template in _operations(check.client.app):  # type: ignore[arg-type]
        if template in ("/health",) or template.startswith("/minutes"):
            continue  # not rate-limited
        r = check(method, template, headers=bearer, **_json(template))
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1, (template, r.text)


def test_an_index_that_is_not_loaded_is_documented(tiny: Any) -> None:
    check = Validator(_app(None, tiny))
    bearer = {"Authorization": f"Bearer {KEY}"}
    for method, template in _operations(check.client.app):  # type: ignore[arg-type]
        body = {"json": {"comment": "Mangler Taxhuset"}} if method == "PATCH" else _json(template)
        r = check(method, template, headers=bearer, **body)
        if template in ("/v1/index", "/v1/feedback") and r.status_code == 403:
            continue  # refused for this key before the index is asked
        if template.startswith("/v1/models"):
            continue  # the model list does not need the index
        assert r.status_code == 503, (method, template, r.status_code, r.text)
