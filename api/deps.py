"""FastAPI dependencies: settings, the service, and API-key checks."""

from __future__ import annotations

import hmac
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


def _matches(token: str, keys: list[str]) -> bool:
    # Compare against every key in constant time, so timing does not reveal a key's prefix.
    found = False
    for key in keys:
        found |= hmac.compare_digest(token.encode(), key.encode())
    return found


def require_key(request: Request, settings: SettingsDep) -> str | None:
    """Every /v1 route: a valid key when REFERAT_API_KEYS is set (admin keys also count)."""
    keys = settings.api_keys + settings.admin_keys
    if not settings.api_keys:
        return None
    token = _bearer(request)
    if token is None or not _matches(token, keys):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="missing or invalid API key (Authorization: Bearer <key>)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    request.state.api_key = token
    return token


def require_admin(request: Request, settings: SettingsDep) -> None:
    """Re-indexing needs an admin key (REFERAT_ADMIN_KEYS); without admin keys it is closed."""
    token = _bearer(request)
    if settings.api_keys and (token is None or not _matches(token, settings.api_keys
                                                            + settings.admin_keys)):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="missing or invalid API key",
                            headers={"WWW-Authenticate": "Bearer"})
    if not settings.admin_keys:
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            detail="re-indexing over HTTP is disabled: set REFERAT_ADMIN_KEYS")
    if token is None or not _matches(token, settings.admin_keys):
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="an admin key is required")
