"""One access rule for every door: the chat, mounted apps and (optionally) the source view.

``/v1`` checks its bearer key in a dependency (``deps.require_key``). Everything else the app
serves passes ``AccessMiddleware``: with ``REFERAT_API_KEYS`` set, a request needs a valid key
(``Authorization: Bearer``), a signed session cookie from the sign-in page, or the user header a
trusted reverse proxy sets (only when ``REFERAT_TRUSTED_USER_HEADER`` names it). The rule is deny by
default: a path is open only when it is on the short list below, so a route that a new Gradio
version adds is closed without anyone having to remember it.

The session cookie holds an HMAC-signed token (key id, expiry), never the key itself: a stolen
cookie expires, and removing a key from the settings ends every session signed in with it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import logging
import re
import time
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import parse_qs, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from api.http.deps import RateLimiter, matches_key
from indexer.config import Settings

log = logging.getLogger("referat.api")

COOKIE = "referat_session"
SIGN_IN = "/auth/login"
SIGN_OUT = "/auth/logout"
# Reachable without a key, by choice (README, Security): the load balancer's health check, the
# API documentation (it describes the API, holds no minutes), the sign-in pages themselves and
# the browser's icon request (an empty answer, so that no tab logs a 404 or a 401).
OPEN_PATHS = frozenset(
    {
        "/",
        "/health",
        "/docs",
        "/docs/oauth2-redirect",
        "/redoc",
        "/openapi.json",
        "/favicon.ico",
        SIGN_IN,
        SIGN_OUT,
    }
)
SOURCE_VIEW = "/minutes/"
# The files /docs and /redoc load (Swagger UI, ReDoc from the fastapi-offline package): open as
# the pages that use them are.
OPEN_PREFIXES = ("/static-offline-docs/",)
# Gradio routes the chat never uses: file upload, dev-mode reload (holds a connection open),
# AI code editing, recording, the URL proxy and the monitoring dashboard. Off (404) for everyone.
BLOCKED_PREFIXES = tuple(
    f"/chat/gradio_api/{name}"
    for name in (
        "upload",
        "dev/",
        "vibe-",
        "undo-vibe-edit",
        "process_recording",
        "proxy=",
    )
) + ("/chat/monitoring", "/chat/login", "/chat/logout")


# --- the session token --------------------------------------------------------------------


def _secret(settings: Settings) -> bytes:
    """The signing secret: REFERAT_SESSION_SECRET, else derived from the configured keys.

    Deriving it from the keys lets several workers agree without more configuration, and means
    a changed key set ends every session; a client that knows one key cannot forge a token for
    another, since the secret depends on all of them.
    """
    if settings.session_secret:
        return settings.session_secret.encode()
    keys = sorted(set(settings.api_keys + settings.admin_keys))
    return hashlib.sha256(b"referat-session\0" + "\0".join(keys).encode()).digest()


def _key_id(secret: bytes, key: str) -> str:
    return hmac.new(secret, b"key-id\0" + key.encode(), hashlib.sha256).hexdigest()[:24]


def _sign(secret: bytes, payload: str) -> str:
    mac = hmac.new(secret, payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def issue_token(settings: Settings, key: str, now: float | None = None) -> str:
    """A session token for ``key``: ``v1.<key id>.<expiry>.<signature>``."""
    secret = _secret(settings)
    expires = int((time.time() if now is None else now) + settings.session_hours * 3600)
    payload = f"v1.{_key_id(secret, key)}.{expires}"
    return f"{payload}.{_sign(secret, payload)}"


def token_key(settings: Settings, token: str, now: float | None = None) -> str | None:
    """The configured key a valid, unexpired token was issued for; None otherwise."""
    parts = token.split(".")
    if len(parts) != 4 or parts[0] != "v1" or not parts[2].isdigit():
        return None
    secret = _secret(settings)
    payload = ".".join(parts[:3])
    if not hmac.compare_digest(_sign(secret, payload).encode(), parts[3].encode()):
        return None
    if int(parts[2]) < (time.time() if now is None else now):
        return None
    for key in settings.api_keys + settings.admin_keys:
        if hmac.compare_digest(_key_id(secret, key).encode(), parts[1].encode()):
            return key
    return None  # the key was removed from the settings: the session ends with it


# --- who is asking ------------------------------------------------------------------------


@dataclass(frozen=True)
class Caller:
    """Who a request comes from, as the rate limiter counts it (never the key itself)."""

    ident: str


def key_caller(key: str) -> Caller:
    # The same identity deps.rate_limit uses for a bearer key: chat and API share one budget.
    return Caller("key:" + hashlib.sha256(key.encode()).hexdigest())


def _headers(scope: Scope) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in scope.get("headers") or []:
        out[name.decode("latin-1").lower()] = value.decode("latin-1")
    return out


def _cookie(headers: dict[str, str], name: str) -> str | None:
    raw = headers.get("cookie")
    if not raw:
        return None
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(raw)
    except Exception:  # noqa: BLE001 - a malformed cookie header is simply no session
        return None
    morsel = jar.get(name)
    return morsel.value if morsel else None


def identify(settings: Settings, headers: dict[str, str]) -> Caller | None:
    """The caller when the request carries a valid key, session or trusted header; else None."""
    scheme, _, token = headers.get("authorization", "").partition(" ")
    keys = settings.api_keys + settings.admin_keys
    if scheme.lower() == "bearer" and token.strip() and matches_key(token.strip(), keys):
        return key_caller(token.strip())
    session = _cookie(headers, COOKIE)
    if session:
        key = token_key(settings, session)
        if key is not None:
            return key_caller(key)
    if settings.trusted_user_header:
        user = headers.get(settings.trusted_user_header.lower(), "").strip()
        if user:
            return Caller("user:" + hashlib.sha256(user.encode()).hexdigest())
    return None


def _client_ip(scope: Scope) -> str:
    client = scope.get("client")
    return "ip:" + (client[0] if client else "unknown")


# --- the middleware -----------------------------------------------------------------------


def _blocked(path: str) -> bool:
    # Repeated slashes collapsed, so "/chat//gradio_api/upload" is no way around the list.
    path = re.sub(r"/{2,}", "/", path)
    return any(path.startswith(prefix) for prefix in BLOCKED_PREFIXES)


# The Gradio routes that put a question to the chat: joining the queue (the page's submit) and
# the client library's call/<name>, which joins it too. Everything else a chat page posts per
# message or on load (run/predict to save the conversation, show filter chips, load the archive,
# rate an answer; cancel; reset) answers from the page's own state and is not a question; the
# answer function is closed to run/<name> (chat_ui.app), so the queue is the only way in.
QUESTION_ROUTES = ("queue/join", "call/")


def asks_question(method: str, path: str) -> bool:
    """Whether a request outside ``/v1`` counts against the rate limit: a POST that asks the
    chat a question, or any POST to a mounted app that is not Gradio's (counted, as we cannot
    tell what it costs)."""
    if method != "POST":
        return False
    _, gradio, route = re.sub(r"/{2,}", "/", path).partition("/gradio_api/")
    return not gradio or route.startswith(QUESTION_ROUTES)


def guarded(settings: Settings, path: str) -> bool:
    """Whether ``path`` needs a caller when keys are set (``/v1`` has its own dependency)."""
    if path in OPEN_PATHS or path == "/v1" or path.startswith(("/v1/", *OPEN_PREFIXES)):
        return False
    # The archive index /minutes goes with the pages it lists.
    source_view = path == SOURCE_VIEW.rstrip("/") or path.startswith(SOURCE_VIEW)
    return not (source_view and settings.open_source_view)


class AccessMiddleware:
    """Deny by default: every path outside ``OPEN_PATHS`` and ``/v1`` needs a caller, and each
    chat question there (``asks_question``) counts against the same per-minute limit as the API;
    the other requests a chat page makes per message do not."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        settings: Settings = scope["app"].state.settings
        path = _relative_path(scope)
        if _blocked(path):
            await _deny(scope, receive, send, 404, "Not Found")
            return
        if not guarded(settings, path):
            await self.app(scope, receive, send)
            return
        caller: Caller | None = Caller(_client_ip(scope))
        if settings.api_keys:
            caller = identify(settings, _headers(scope))
            if caller is None:
                await _unauthorized(scope, receive, send, path)
                return
        limiter: RateLimiter | None = getattr(scope["app"].state, "rate_limiter", None)
        asks = asks_question(str(scope.get("method")), path)
        if limiter is not None and asks and caller is not None:
            wait = limiter.hit(caller.ident)
            if wait is not None:
                await _deny(
                    scope,
                    receive,
                    send,
                    429,
                    f"rate limit of {limiter.limit} requests per minute reached; retry in {wait} s",
                    headers={"Retry-After": str(wait)},
                )
                return
        await self.app(scope, receive, send)


def _relative_path(scope: Scope) -> str:
    path: str = scope.get("path") or "/"
    root: str = scope.get("root_path") or ""
    if root and path.startswith(root):
        path = path[len(root) :] or "/"
    return path


async def _deny(
    scope: Scope,
    receive: Receive,
    send: Send,
    status: int,
    detail: str,
    headers: dict[str, str] | None = None,
) -> None:
    if scope["type"] == "websocket":
        # Policy violation; the handshake is refused before the app sees it.
        await send({"type": "websocket.close", "code": 1008})
        return
    body = json.dumps({"detail": detail}).encode()
    response = Response(body, status_code=status, media_type="application/json", headers=headers)
    await response(scope, receive, send)


async def _unauthorized(scope: Scope, receive: Receive, send: Send, path: str) -> None:
    headers = _headers(scope)
    if (
        scope["type"] == "http"
        and scope.get("method") == "GET"
        and "text/html" in headers.get("accept", "")
    ):
        # A person in a browser: the sign-in page itself, still with 401 (no key, no chat).
        query = (scope.get("query_string") or b"").decode("latin-1")
        target = path + ("?" + query if query else "")
        page = HTMLResponse(sign_in_page(next_path=target), status_code=401)
        await page(scope, receive, send)
        return
    await _deny(
        scope,
        receive,
        send,
        401,
        f"sign in at {SIGN_IN} or send Authorization: Bearer <key>",
        headers={"WWW-Authenticate": "Bearer"},
    )


# --- the sign-in pages --------------------------------------------------------------------

_PAGE = """<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>{title} – Referat</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:28rem;
margin:4rem auto;padding:0 1rem;color:#1d2330;line-height:1.5}}
h1{{color:#1d4f91;font-size:1.5rem}} label{{display:block;margin:.8rem 0 .3rem}}
input[type=password]{{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}}
button{{margin-top:1rem;padding:.5rem 1.2rem;font-size:1rem;background:#1d4f91;color:#fff;
border:0;border-radius:4px;cursor:pointer}} .fejl{{color:#a4161a}} .note{{color:#555}}
</style></head><body><h1>{title}</h1>{body}</body></html>"""


def sign_in_page(next_path: str = "/chat/", error: str | None = None) -> str:
    """The Danish sign-in form: paste the key, get a session cookie."""
    fejl = f'<p class="fejl" role="alert">{html.escape(error)}</p>' if error else ""
    body = (
        f"{fejl}<p>Referat kræver en nøgle. Indsæt den nøgle, du har fået af den, der driver "
        "Referat.</p>"
        f'<form method="post" action="{SIGN_IN}">'
        f'<input type="hidden" name="next" value="{html.escape(next_path)}">'
        '<label for="key">Nøgle</label>'
        '<input id="key" name="key" type="password" autocomplete="current-password" '
        "required autofocus>"
        '<button type="submit">Log ind</button></form>'
        '<p class="note">Nøglen gemmes ikke i browseren; du får en session, der udløber af sig '
        'selv. Log ud på <a href="' + SIGN_OUT + '">' + SIGN_OUT + "</a>.</p>"
    )
    return _PAGE.format(title="Log ind", body=body)


def _signed_out_page() -> str:
    body = (
        '<form method="post" action="' + SIGN_OUT + '">'
        "<p>Log ud af Referat i denne browser.</p>"
        '<button type="submit">Log ud</button></form>'
    )
    return _PAGE.format(title="Log ud", body=body)


def _safe_next(value: str | None) -> str:
    # Only a path on this server: never an absolute URL or //host (an open redirect).
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/chat/"
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return "/chat/"
    return value


def _same_origin(request: Request) -> bool:
    # The form posts from this server; a cross-site post (login CSRF) is refused. Behind a proxy
    # the browser's host arrives as Host ($host) or X-Forwarded-Host.
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    hosts = {request.headers.get("host", ""), request.headers.get("x-forwarded-host", "")}
    return urlsplit(origin).netloc in hosts - {""}


router = APIRouter(include_in_schema=False)


@router.get(SIGN_IN)
def sign_in_form(request: Request) -> HTMLResponse:
    return HTMLResponse(sign_in_page(_safe_next(request.query_params.get("next"))))


@router.post(SIGN_IN, response_model=None)
async def sign_in(request: Request) -> Response:
    settings: Settings = request.app.state.settings
    if not _same_origin(request):
        return HTMLResponse(sign_in_page(error="Forespørgslen kom fra en anden side."), 403)
    form = parse_qs((await request.body()).decode("utf-8", "replace"), max_num_fields=10)
    key = (form.get("key") or [""])[0].strip()
    next_path = _safe_next((form.get("next") or [""])[0])
    keys = settings.api_keys + settings.admin_keys
    if not settings.api_keys:
        return RedirectResponse(next_path, status_code=303)
    if not key or not matches_key(key, keys):
        log.info("sign-in refused")  # never the pasted text: it may be a key with a typo
        page = sign_in_page(next_path, error="Nøglen blev ikke genkendt. Prøv igen.")
        return HTMLResponse(page, status_code=401)
    response = RedirectResponse(next_path, status_code=303)
    response.set_cookie(
        COOKIE,
        issue_token(settings, key),
        max_age=int(settings.session_hours * 3600),
        path="/",
        httponly=True,
        secure=request.url.scheme == "https",
        samesite="strict",
    )
    return response


@router.get(SIGN_OUT)
def sign_out_form() -> HTMLResponse:
    return HTMLResponse(_signed_out_page())


@router.post(SIGN_OUT, response_model=None)
def sign_out(request: Request) -> Response:
    response = RedirectResponse(SIGN_IN, status_code=303)
    response.delete_cookie(
        COOKIE,
        path="/",
        httponly=True,
        secure=request.url.scheme == "https",
        samesite="strict",
    )
    return response
