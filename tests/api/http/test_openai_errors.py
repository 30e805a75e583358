"""Errors on the OpenAI routes in OpenAI's shape, ``{"error": {"message", "type", "param",
"code"}}``, so that the ``openai`` package and LangChain show the reason; the native routes keep
``{"detail": reason}``. Over HTTP (TestClient), without an index: every refusal here comes before
anything is answered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.http.app import MAX_BODY_BYTES, create_app
from api.http.deps import get_service
from indexer.config import Settings

KEY = "openai-errors-key-Vb27"
BEARER = {"Authorization": f"Bearer {KEY}"}
OPENAI = "/v1/chat/completions"
QUESTION = "Hvad blev besluttet om skolemælk?"


def _app(tmp_path: Path, loaded: bool = True, **values: Any) -> FastAPI:
    values = {"data_dir": tmp_path / "data", "api_keys": [KEY], **values}
    settings = Settings(_env_file=None, **values)  # type: ignore[call-arg]
    app = create_app(settings, service=None, mount_ui=False)
    if loaded:
        # A stand-in for the index: no request here gets as far as using it, and without one
        # every route would answer 503 before it read the request.
        app.dependency_overrides[get_service] = object
    return app


def _messages(*pairs: tuple[str, str]) -> dict[str, Any]:
    return {"model": "referat", "messages": [{"role": r, "content": c} for r, c in pairs]}


def _openai_error(r: Any, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"}, body
    error: dict[str, Any] = body["error"]
    assert set(error) == {"message", "type", "param", "code"}, error
    assert isinstance(error["message"], str) and error["message"], error
    return error


def test_openai_routes_answer_errors_in_openais_shape(tmp_path: Path) -> None:
    client = TestClient(_app(tmp_path), raise_server_exceptions=False)
    post = {"headers": BEARER}

    error = _openai_error(
        client.post(OPENAI, json={"model": "referat", "messages": []}, **post), 422
    )
    assert error["type"] == "invalid_request_error" and error["param"] == "messages"
    assert "messages" in error["message"]
    bad_role = _messages(("robot", QUESTION))
    error = _openai_error(client.post(OPENAI, json=bad_role, **post), 422)
    assert error["param"] == "messages.0.role", error

    last_is_answer = _messages(("user", QUESTION), ("assistant", "Godkendt."))
    error = _openai_error(client.post(OPENAI, json=last_is_answer, **post), 400)
    assert "last message must be the user's question" in error["message"]
    assert error["type"] == "invalid_request_error"

    # Refused by the body limit before any route: the same shape.
    headers = {**BEARER, "Content-Type": "application/json"}
    error = _openai_error(client.post(OPENAI, content=b'{"model": "\xe5"}', headers=headers), 400)
    assert "UTF-8" in error["message"]
    huge = b'{"model": "' + b"x" * (MAX_BODY_BYTES + 10) + b'"}'
    _openai_error(client.post(OPENAI, content=huge, headers=headers), 413)

    error = _openai_error(client.get("/v1/models/gpt-4o", headers=BEARER), 404)
    assert (error["code"], error["param"]) == ("model_not_found", "model")
    assert "gpt-4o" in error["message"]
    _openai_error(client.get(OPENAI, headers=BEARER), 405)

    error = _openai_error(client.get("/v1/models", headers={"Authorization": "Bearer wrong"}), 401)
    assert error["code"] == "invalid_api_key" and "API key" in error["message"]
    r = client.post(OPENAI, json=_messages(("user", QUESTION)))
    assert r.headers["www-authenticate"] == "Bearer"


def test_no_index_and_the_rate_limit_on_openai_routes(tmp_path: Path) -> None:
    not_loaded = TestClient(_app(tmp_path, loaded=False))
    error = _openai_error(
        not_loaded.post(OPENAI, json=_messages(("user", QUESTION)), headers=BEARER), 503
    )
    assert error["type"] == "server_error"

    limited = TestClient(_app(tmp_path, rate_limit_per_minute=1))
    assert limited.get("/v1/models", headers=BEARER).status_code == 200
    r = limited.get("/v1/models", headers=BEARER)
    error = _openai_error(r, 429)
    assert error["code"] == "rate_limit_exceeded" and "rate limit" in error["message"]
    assert int(r.headers["retry-after"]) >= 1


def test_native_routes_keep_their_detail(tmp_path: Path) -> None:
    client = TestClient(_app(tmp_path))
    for r, status in [
        (client.post("/v1/ask", json={}, headers=BEARER), 422),
        (client.post("/v1/chat", json={"messages": []}, headers=BEARER), 422),
        (client.get("/v1/meetings"), 401),
    ]:
        assert r.status_code == status, r.text
        assert set(r.json()) == {"detail"} and isinstance(r.json()["detail"], str), r.text
    # A path that only begins like an OpenAI route is not one.
    r = client.get("/v1/modelsx", headers=BEARER)
    assert r.status_code == 404 and "detail" in r.json(), r.text
    # The schema says so: OpenAI's error on the OpenAI routes, {"detail"} elsewhere.
    paths = client.app.openapi()["paths"]  # type: ignore[attr-defined]
    for path, shape in [
        (OPENAI, "OpenAIErrorResponse"),
        ("/v1/models/{model_id}", "OpenAIErrorResponse"),
        ("/v1/ask", "ErrorResponse"),  # (422 as FastAPI names it: HTTPValidationError)
    ]:
        for method in paths[path].values():
            for status, documented in method["responses"].items():
                if status[0] in "45":
                    ref = documented["content"]["application/json"]["schema"]["$ref"]
                    named = ref.rpartition("/")[2]
                    assert named == shape or (shape, named) == (
                        "ErrorResponse",
                        "HTTPValidationError",
                    ), (path, status, ref)


def _openai_client(client: TestClient) -> Any:
    """The official client, its requests sent through the TestClient (real HTTP to the app)."""
    openai = pytest.importorskip("openai")
    # openai ships its own fork of httpx (httpx2) in recent versions; plain httpx before.
    try:
        import httpx2 as http  # type: ignore[import-not-found]
    except ImportError:
        import httpx as http

    def forward(request: Any) -> Any:
        r = client.request(
            request.method,
            request.url.raw_path.decode(),
            headers=dict(request.headers),
            content=request.read(),
        )
        return http.Response(r.status_code, headers=r.headers.multi_items(), content=r.content)

    transport = http.Client(transport=http.MockTransport(forward))
    return openai, openai.OpenAI(
        api_key=KEY, base_url="http://testserver/v1", http_client=transport, max_retries=0
    )


def test_the_openai_client_raises_with_the_reason(tmp_path: Path) -> None:
    openai, api = _openai_client(TestClient(_app(tmp_path)))
    with pytest.raises(openai.BadRequestError) as bad:
        api.chat.completions.create(
            model="referat",
            messages=[
                {"role": "user", "content": QUESTION},
                {"role": "assistant", "content": "Ja"},
            ],
        )
    assert "last message must be the user's question" in str(bad.value)
    assert bad.value.type == "invalid_request_error"
    with pytest.raises(openai.UnprocessableEntityError) as invalid:
        api.chat.completions.create(model="referat", messages=[])
    assert invalid.value.param == "messages" and "messages" in str(invalid.value)
    with pytest.raises(openai.NotFoundError) as missing:
        api.models.retrieve("gpt-4o")
    assert missing.value.code == "model_not_found" and "gpt-4o" in str(missing.value)
    assert [m.id for m in api.models.list()] == ["referat"]
