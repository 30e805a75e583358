"""The access rule outside /v1, without an index (unit tier): the session token, the Danish sign-in
and sign-out pages, the cookie's attributes, the proxy's user header (only when configured), the
source view setting, and routes that are off for everyone. The walk over every served route,
Gradio's included, is tests/security/test_every_door.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.http.access import COOKIE, issue_token, token_key
from api.http.app import create_app
from indexer.config import Settings

KEY, OTHER = "unit-key-Rt62pq", "unit-key-Bx90zz"
SOURCE = "/minutes/direktionen-2017-06-19"


def _settings(tmp_path: Path, **values: Any) -> Settings:
    base: dict[str, Any] = {"data_dir": tmp_path / "data", "api_keys": [KEY, OTHER]}
    base.update(values)
    return Settings(_env_file=None, **base)  # type: ignore[call-arg]


def _app(tmp_path: Path, **values: Any) -> FastAPI:
    # No lifespan is run (a plain TestClient): no index, so a request let through answers 503.
    return create_app(_settings(tmp_path, **values), service=None, mount_ui=False)


def test_token_round_trip_expiry_tampering_and_key_removal(tmp_path: Path) -> None:
    settings = _settings(tmp_path, session_hours=1)
    token = issue_token(settings, KEY, now=1_000_000)
    assert KEY not in token
    assert token_key(settings, token, now=1_000_000 + 3599) == KEY
    assert token_key(settings, token, now=1_000_000 + 3601) is None  # expired
    payload, _, signature = token.rpartition(".")
    later = payload.rsplit(".", 1)[0] + ".9999999999"
    assert token_key(settings, f"{later}.{signature}", now=1_000_000) is None  # expiry changed
    assert token_key(settings, token[:-2] + "xx", now=1_000_000) is None
    assert token_key(settings, "v1.a.b", now=0) is None
    # Removing the key from the settings ends its sessions; the other key's stay valid.
    other = issue_token(settings, OTHER, now=1_000_000)
    fewer = settings.model_copy(update={"api_keys": [OTHER]})
    assert token_key(fewer, token, now=1_000_000) is None
    # The secret is derived from the key set, so a fixed secret keeps the other session valid.
    fixed = settings.model_copy(update={"session_secret": "s3cret"})
    kept = issue_token(fixed, OTHER, now=1_000_000)
    assert token_key(fixed.model_copy(update={"api_keys": [OTHER]}), kept, now=1_000_000) == OTHER
    assert token_key(fixed, other, now=1_000_000) is None  # signed with another secret


def test_sign_in_page_is_danish_and_sets_a_safe_cookie(tmp_path: Path) -> None:
    client = TestClient(_app(tmp_path))
    page = client.get("/auth/login")
    assert page.status_code == 200 and 'lang="da"' in page.text
    assert "Nøgle" in page.text and "Log ind" in page.text
    r = client.post("/auth/login", data={"key": KEY, "next": "/chat/?x=1"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/chat/?x=1"
    cookie = r.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=") and KEY not in cookie
    lowered = cookie.lower()
    assert "httponly" in lowered and "samesite=strict" in lowered and "path=/" in lowered
    assert "secure" not in lowered  # plain http: a Secure cookie would never come back
    https = TestClient(_app(tmp_path), base_url="https://referat.example")
    r = https.post("/auth/login", data={"key": KEY}, follow_redirects=False)
    assert "secure" in r.headers["set-cookie"].lower()


@pytest.mark.parametrize("key", ["", "wrong", KEY + " x"])
def test_wrong_key_is_401_with_the_form_again(tmp_path: Path, key: str) -> None:
    r = TestClient(_app(tmp_path)).post("/auth/login", data={"key": key}, follow_redirects=False)
    assert r.status_code == 401 and "Nøglen blev ikke genkendt" in r.text
    assert "set-cookie" not in r.headers


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "/\\evil"])
def test_sign_in_never_redirects_off_the_server(tmp_path: Path, target: str) -> None:
    client = TestClient(_app(tmp_path))
    r = client.post("/auth/login", data={"key": KEY, "next": target}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/chat/"


def test_sign_in_from_another_site_is_refused(tmp_path: Path) -> None:
    client = TestClient(_app(tmp_path))
    r = client.post(
        "/auth/login",
        data={"key": KEY},
        headers={"Origin": "https://evil.example"},
        follow_redirects=False,
    )
    assert r.status_code == 403 and "set-cookie" not in r.headers
    # The same site, directly or through a proxy that forwards the browser's host.
    for headers in (
        {"Origin": "http://testserver"},
        {"Origin": "https://referat.example", "X-Forwarded-Host": "referat.example"},
    ):
        r = client.post("/auth/login", data={"key": KEY}, headers=headers, follow_redirects=False)
        assert r.status_code == 303, headers


def test_signed_in_source_view_when_closed(tmp_path: Path) -> None:
    client = TestClient(_app(tmp_path, open_source_view=False))
    r = client.get(SOURCE, headers={"Accept": "text/html"})
    # A person in a browser gets the sign-in page (still 401), pointing back to the page.
    assert r.status_code == 401 and "Log ind" in r.text and SOURCE in r.text
    assert client.get(SOURCE).json()["detail"].startswith("sign in")
    client.post("/auth/login", data={"key": KEY})
    assert client.get(SOURCE).status_code == 503  # past the door; no index in this test
    client.post("/auth/logout")
    assert client.get(SOURCE).status_code == 401
    bearer = {"Authorization": f"Bearer {OTHER}"}
    assert TestClient(client.app).get(SOURCE, headers=bearer).status_code == 503


def test_source_view_open_by_default(tmp_path: Path) -> None:
    assert TestClient(_app(tmp_path)).get(SOURCE).status_code == 503  # open: no index here


def test_trusted_header_only_when_configured(tmp_path: Path) -> None:
    user = {"X-Remote-User": "anna.hansen"}
    closed = TestClient(_app(tmp_path, open_source_view=False))
    assert closed.get(SOURCE, headers=user).status_code == 401
    trusted = TestClient(
        _app(tmp_path, open_source_view=False, trusted_user_header="X-Remote-User")
    )
    assert trusted.get(SOURCE, headers=user).status_code == 503
    assert trusted.get(SOURCE, headers={"X-Remote-User": ""}).status_code == 401
    assert trusted.get(SOURCE, headers={"X-Forwarded-User": "anna"}).status_code == 401


def test_open_paths_and_deny_by_default(tmp_path: Path) -> None:
    client = TestClient(_app(tmp_path))
    assert client.get("/docs").status_code == 200
    assert client.get("/openapi.json").status_code == 200
    assert client.get("/health").status_code == 503  # open, and not ok without an index
    # A path no route serves is refused at the door as well (deny by default).
    assert client.get("/anything-else").status_code == 401
    assert client.get("/v1/meetings").status_code == 401


@pytest.mark.parametrize(
    "path",
    [
        "/chat/gradio_api/upload",
        "/chat/gradio_api/upload_progress",
        "/chat//gradio_api/upload",
        "/chat/gradio_api/dev/reload",
        "/chat/gradio_api/proxy=https://example.org/",
        "/chat/monitoring",
    ],
)
@pytest.mark.parametrize("keys", [[], [KEY]])
def test_gradio_upload_and_dev_routes_are_off_for_everyone(
    tmp_path: Path, path: str, keys: list[str]
) -> None:
    client = TestClient(_app(tmp_path, api_keys=keys))
    headers = {"Authorization": f"Bearer {KEY}"}
    assert client.get(path, headers=headers).status_code == 404
    assert client.post(path, headers=headers).status_code == 404


def test_chat_posts_share_the_rate_limit_without_keys(tmp_path: Path) -> None:
    # Without keys the caller is the client address, for the chat as for the API.
    client = TestClient(_app(tmp_path, api_keys=[], rate_limit_per_minute=2))
    assert client.post("/chat/gradio_api/queue/join", json={}).status_code == 404  # no chat here
    assert client.post("/v1/ask", json={"question": "x"}).status_code == 503
    r = client.post("/chat/gradio_api/queue/join", json={})
    assert r.status_code == 429 and r.headers["retry-after"]
