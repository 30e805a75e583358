"""FastAPI dependencies: settings, the service, and API-key checks."""

from __future__ import annotations

import hashlib
import hmac
import math
import threading
import time
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status

from api.service import ReferatService
from indexer.config import Settings


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_service(request: Request) -> ReferatService:
    service: ReferatService | None = getattr(request.app.state, "service", None)
    if service is None:
        problem = getattr(request.app.state, "problem", None) or "the index is not loaded"
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, detail=problem)
    return service


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
ServiceDep = Annotated[ReferatService, Depends(get_service)]


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def matches_key(token: str, keys: list[str]) -> bool:
    # Compare against every key in constant time, so timing does not reveal a key's prefix.
    found = False
    for key in keys:
        found |= hmac.compare_digest(token.encode(), key.encode())
    return found


class RateLimiter:
    """A fixed one-minute window per caller: ``limit`` requests, then 429 until the window ends.

    The caller is the API key (stored as a hash, never the key itself) or, when no keys are
    configured, the client's IP address.
    """

    MAX_CALLERS = 10_000

    def __init__(self, limit: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.clock = clock
        self._windows: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def hit(self, caller: str) -> int | None:
        """Count one request; ``None`` when allowed, else the seconds until it would be."""
        if self.limit <= 0:
            return None
        now = self.clock()
        with self._lock:
            start, count = self._windows.get(caller, (now, 0))
            if now - start >= 60.0:
                start, count = now, 0
            if count >= self.limit:
                return max(1, math.ceil(start + 60.0 - now))
            if len(self._windows) >= self.MAX_CALLERS and caller not in self._windows:
                # Forget callers whose window is over, so the table cannot grow without bound.
                self._windows = {k: v for k, v in self._windows.items() if now - v[0] < 60.0}
            self._windows[caller] = (start, count + 1)
            return None


def _caller(request: Request, token: str | None) -> str:
    if token is not None:
        return "key:" + hashlib.sha256(token.encode()).hexdigest()
    return "ip:" + (request.client.host if request.client else "unknown")


def rate_limit(request: Request, token: str | None) -> None:
    """429 with Retry-After when the caller used up REFERAT_RATE_LIMIT_PER_MINUTE (0 = off)."""
    limiter: RateLimiter | None = getattr(request.app.state, "rate_limiter", None)
    if limiter is None:
        return
    wait = limiter.hit(_caller(request, token))
    if wait is not None:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            detail=f"rate limit of {limiter.limit} requests per minute reached; retry in {wait} s",
            headers={"Retry-After": str(wait)},
        )


def require_key(request: Request, settings: SettingsDep) -> str | None:
    """Every /v1 route: a valid key when REFERAT_API_KEYS is set (admin keys also count)."""
    keys = settings.api_keys + settings.admin_keys
    if not settings.api_keys:
        rate_limit(request, None)
        return None
    token = _bearer(request)
    if token is None or not matches_key(token, keys):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="missing or invalid API key (Authorization: Bearer <key>)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    request.state.api_key = token
    rate_limit(request, token)
    return token


def require_admin(request: Request, settings: SettingsDep) -> None:
    """Re-indexing and reading feedback need an admin key (REFERAT_ADMIN_KEYS); without admin
    keys both are closed."""
    token = _bearer(request)
    if settings.api_keys and (
        token is None or not matches_key(token, settings.api_keys + settings.admin_keys)
    ):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="missing or invalid API key",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not settings.admin_keys:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail=f"{request.url.path} needs an admin key and none is configured: "
            "set REFERAT_ADMIN_KEYS",
        )
    if token is None or not matches_key(token, settings.admin_keys):
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="an admin key is required")
    rate_limit(request, token)
