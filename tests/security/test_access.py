"""Access: keys on every /v1 route (from the app's own route table), admin key for /v1/index,
keys never logged, a per-key rate limit with Retry-After, CORS closed unless configured."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.http.app import create_app
from api.http.deps import RateLimiter
from api.service import ReferatService

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api" / "http"))
from test_auth_admin import CALLS, v1_routes  # noqa: E402

KEY, ADMIN = "sec-key-Zq81xv", "sec-admin-Kp27wm"
WRONG = "sec-wrong-Ty55rr"


def _app(service: ReferatService, **update: Any) -> Any:
    settings = service.settings.model_copy(update=update)
    return create_app(settings, service=service, mount_ui=False)


@pytest.fixture(scope="module")
def keyed(service: ReferatService) -> Iterator[TestClient]:
    with TestClient(_app(service, api_keys=[KEY], admin_keys=[ADMIN])) as c:
        yield c


def test_every_v1_route_without_a_valid_key_is_401(keyed: TestClient) -> None:
    routes = v1_routes(keyed.app)  # type: ignore[arg-type]
    assert routes and routes == set(CALLS), "a /v1 route without a call in CALLS"
    for method, path in sorted(routes):
        url, kwargs = CALLS[(method, path)]
        for headers in (
            {},
            {"Authorization": f"Bearer {WRONG}"},
            {"Authorization": "Bearer "},
            {"Authorization": f"bearer {KEY}x"},
            {"X-API-Key": KEY},
        ):
            r = keyed.request(method, url, headers=headers, **kwargs)
            assert r.status_code == 401, (method, path, headers, r.status_code)


def test_index_needs_an_admin_key(keyed: TestClient) -> None:
    r = keyed.post("/v1/index", headers={"Authorization": f"Bearer {KEY}"})
    assert r.status_code == 403 and "admin" in r.json()["detail"]


def test_keys_never_appear_in_logs(keyed: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for token in (KEY, WRONG, ADMIN):
        headers = {"Authorization": f"Bearer {token}"}
        keyed.get("/v1/search", params={"q": "Solgården"}, headers=headers)
        keyed.post("/v1/ask", json={"question": "Solgårdens takster?"}, headers=headers)
        keyed.get("/v1/meetings/nope", headers=headers)
        keyed.post("/v1/ask", json={"question": "a\x01"}, headers=headers)
    keyed.post("/v1/index", headers={"Authorization": f"Bearer {KEY}"})
    assert caplog.records, "nothing was logged: the check would prove nothing"
    for record in caplog.records:
        text = record.getMessage() + repr(record.args) + repr(record.__dict__)
        for token in (KEY, WRONG, ADMIN):
            assert token not in text, (record.name, record.getMessage())


def test_rate_limit_per_key_answers_429_with_retry_after(service: ReferatService) -> None:
    other = "sec-key-second"
    with TestClient(_app(service, api_keys=[KEY, other], rate_limit_per_minute=3)) as c:
        ok = {"Authorization": f"Bearer {KEY}"}
        for _ in range(3):
            assert c.get("/v1/meetings", headers=ok).status_code == 200
        r = c.get("/v1/meetings", headers=ok)
        assert r.status_code == 429
        assert 1 <= int(r.headers["retry-after"]) <= 60
        assert "rate limit" in r.json()["detail"]
        # Another key has its own window; an invalid key is 401, not counted against the key.
        assert (
            c.get("/v1/meetings", headers={"Authorization": f"Bearer {other}"}).status_code == 200
        )
        assert c.get("/v1/meetings", headers={"Authorization": "Bearer x"}).status_code == 401
        # /health is not limited.
        assert c.get("/health").status_code == 200


def test_rate_limit_per_client_without_keys(service: ReferatService) -> None:
    with TestClient(_app(service, api_keys=[], rate_limit_per_minute=2)) as c:
        assert [c.get("/v1/meetings").status_code for _ in range(3)] == [200, 200, 429]


def test_rate_limit_is_off_by_default(client: TestClient) -> None:
    assert all(client.get("/v1/meetings").status_code == 200 for _ in range(30))


def test_rate_limiter_window() -> None:
    now = [1000.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    assert limiter.hit("a") is None and limiter.hit("a") is None
    assert limiter.hit("a") == 60
    now[0] += 45.2
    assert limiter.hit("a") == 15 and limiter.hit("b") is None
    now[0] += 15
    assert limiter.hit("a") is None


def test_cors_closed_by_default(client: TestClient) -> None:
    origin = {"Origin": "https://evil.example"}
    r = client.get("/v1/meetings", headers=origin)
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
    r = client.options("/v1/ask", headers={**origin, "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in r.headers


def test_cors_opened_by_setting(service: ReferatService) -> None:
    allowed = "https://intranet.example.dk"
    with TestClient(_app(service, cors_origins=[allowed])) as c:
        r = c.get("/v1/meetings", headers={"Origin": allowed})
        assert r.headers.get("access-control-allow-origin") == allowed
        r = c.options(
            "/v1/ask",
            headers={
                "Origin": allowed,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization",
            },
        )
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == allowed
        r = c.get("/v1/meetings", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in r.headers
