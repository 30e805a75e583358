"""Where answers come from: the in-process service, or the HTTP API at REFERAT_API_URL.

Both yield the same events as ``POST /v1/chat?stream=true``: ``citations``, ``token``s, an optional
``reset``, then ``done`` with the full AskResponse as a dict. Failures become ``ChatError`` with a
Danish message fit to show in the chat.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol

import httpx

from api import schemas
from api.service import NotFound, ReferatService, meeting_summary

log = logging.getLogger("referat.chat")

Event = tuple[str, dict[str, Any]]


class ChatError(Exception):
    """A failure with a message for the user (Danish, no internals)."""


class Backend(Protocol):
    base_url: str

    def stream(
        self, messages: Sequence[schemas.Message], filters: schemas.Filters | None, top_k: int
    ) -> Iterator[Event]: ...

    def meetings(self) -> list[schemas.MeetingSummary]: ...

    def feedback(self, item: schemas.FeedbackIn) -> schemas.FeedbackOut: ...

    def comment(self, feedback_id: str, comment: str) -> schemas.FeedbackOut: ...


# The service's reasons (English, for API clients) as the chat says them.
_REASONS_DA = (
    (
        re.compile(r"the question is (\d+) characters; the limit is (\d+)"),
        "Spørgsmålet er {0} tegn langt; grænsen er {1} tegn. Forkort det, og prøv igen.",
    ),
    (re.compile(r"the (?:question|text) is empty"), "Skriv et spørgsmål først."),
    (
        re.compile(r"control characters"),
        "Spørgsmålet indeholder usynlige styretegn; skriv det igen.",
    ),
    # The board chosen was in the archive when the page loaded, but not after a re-index.
    (
        re.compile(r"the archive holds no minutes of the board"),
        "Arkivet har ikke (længere) referater fra det valgte udvalg; vælg et andet under Filtre.",
    ),
)


def reason_da(reason: str) -> str:
    """A known service reason in Danish; an unknown one is kept, after a Danish lead-in."""
    for pattern, danish in _REASONS_DA:
        m = pattern.search(reason)
        if m:
            return danish.format(*(f"{int(g):,}".replace(",", ".") for g in m.groups()))
    return f"Spørgsmålet kan ikke bruges ({reason})."


class LocalBackend:
    """Calls the service of the app the chat is mounted on, looked up per request."""

    base_url = ""

    def __init__(
        self,
        get_service: Callable[[], ReferatService | None],
        get_problem: Callable[[], str | None] = lambda: None,
    ) -> None:
        self._get_service = get_service
        self._get_problem = get_problem

    def stream(
        self, messages: Sequence[schemas.Message], filters: schemas.Filters | None, top_k: int
    ) -> Iterator[Event]:
        service = self._get_service()
        if service is None:
            problem = self._get_problem() or "indekset er ikke indlæst"
            raise ChatError(
                f"Søgeindekset er ikke klar ({problem}). Prøv igen om lidt, eller "
                "kontakt den, der driver Referat."
            )
        try:
            events = service.chat_stream(messages, filters, top_k)
        except ValueError as e:
            raise ChatError(reason_da(str(e))) from e
        for event in events:
            yield event.event, event.data

    def _service(self) -> ReferatService:
        service = self._get_service()
        if service is None:
            raise ChatError("Søgeindekset er ikke klar. Prøv igen om lidt.")
        return service

    def meetings(self) -> list[schemas.MeetingSummary]:
        return [meeting_summary(m) for m in self._service().meetings()]

    def feedback(self, item: schemas.FeedbackIn) -> schemas.FeedbackOut:
        return self._service().give_feedback(item)

    def comment(self, feedback_id: str, comment: str) -> schemas.FeedbackOut:
        try:
            return self._service().comment_feedback(feedback_id, comment)
        except NotFound as e:
            raise ChatError("Vurderingen findes ikke længere; giv den igen.") from e


_STATUS_MESSAGES = {
    401: "API'et afviste nøglen (HTTP 401). Tjek REFERAT_API_KEY for chatten.",
    403: "API'et gav ikke adgang (HTTP 403). Tjek API-nøglen for chatten.",
    404: "API'et blev ikke fundet på den adresse (HTTP 404). Tjek REFERAT_API_URL.",
    413: "Spørgsmålet er for langt (HTTP 413). Forkort det, og prøv igen.",
    429: "Der er sendt for mange spørgsmål på kort tid (HTTP 429). Vent et øjeblik.",
    503: "Søgeindekset er ikke klar (HTTP 503). Prøv igen om lidt.",
}


def _detail(response: httpx.Response) -> str:
    try:
        body = json.loads(response.read() or b"{}")
    except (ValueError, httpx.HTTPError):
        return ""
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, list):  # FastAPI validation errors
        return "; ".join(str(d.get("msg", d)) if isinstance(d, dict) else str(d) for d in detail)
    return str(detail) if detail else ""


def status_message(status: int, detail: str = "") -> str:
    """A Danish message for an HTTP error from the API."""
    message = _STATUS_MESSAGES.get(status)
    if message is None:
        kind = "Forespørgslen blev afvist" if status < 500 else "API'et fejlede"
        message = f"{kind} (HTTP {status})."
    if detail and status not in (401, 403):
        message += f" {reason_da(detail)}"
    return message


def parse_sse(lines: Iterator[str]) -> Iterator[Event]:
    """Server-Sent Events as (event, data) pairs; data is JSON."""
    event = "message"
    data: list[str] = []
    for line in lines:
        if not line:
            if data:
                yield event, json.loads("\n".join(data))
            event, data = "message", []
        elif line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].lstrip())
    if data:
        yield event, json.loads("\n".join(data))


class HttpBackend:
    """Talks to a Referat API elsewhere: POST /v1/chat?stream=true."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None = None,
        timeout_s: float = 60.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._headers = {"Accept": "text/event-stream"}
        if api_key:
            self._headers["Authorization"] = f"Bearer {api_key}"
        self._timeout = httpx.Timeout(timeout_s, connect=5.0)
        self._transport = transport

    def stream(
        self, messages: Sequence[schemas.Message], filters: schemas.Filters | None, top_k: int
    ) -> Iterator[Event]:
        body = schemas.ChatRequest(messages=list(messages), filters=filters, top_k=top_k)
        url = f"{self.base_url}/v1/chat"
        try:
            with (
                httpx.Client(timeout=self._timeout, transport=self._transport) as client,
                client.stream(
                    "POST",
                    url,
                    params={"stream": "true"},
                    headers=self._headers,
                    json=body.model_dump(mode="json", exclude_none=True),
                ) as resp,
            ):
                if resp.status_code >= 400:
                    raise ChatError(status_message(resp.status_code, _detail(resp)))
                yield from parse_sse(resp.iter_lines())
        except httpx.TimeoutException as e:
            raise ChatError("API'et svarede ikke i tide. Prøv igen om lidt.") from e
        except httpx.TransportError as e:
            log.warning("chat: API at %s unreachable: %s", self.base_url, e)
            raise ChatError(
                f"Kan ikke få forbindelse til Referat-API'et på {self.base_url}. "
                "Det kører måske ikke; prøv igen om lidt."
            ) from e
        except json.JSONDecodeError as e:
            raise ChatError("API'et sendte et svar, chatten ikke kunne læse.") from e

    def _request(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        headers = {k: v for k, v in self._headers.items() if k == "Authorization"}
        try:
            with httpx.Client(timeout=self._timeout, transport=self._transport) as client:
                resp = client.request(method, f"{self.base_url}{path}", json=body, headers=headers)
        except httpx.HTTPError as e:
            raise ChatError(
                f"Kan ikke få forbindelse til Referat-API'et på {self.base_url}."
            ) from e
        if resp.status_code >= 400:
            raise ChatError(status_message(resp.status_code, _detail(resp)))
        return resp.json()

    def meetings(self) -> list[schemas.MeetingSummary]:
        data = self._request("GET", "/v1/meetings")
        return schemas.MeetingsResponse.model_validate(data).data

    def feedback(self, item: schemas.FeedbackIn) -> schemas.FeedbackOut:
        data = self._request("POST", "/v1/feedback", item.model_dump(mode="json"))
        return schemas.FeedbackOut.model_validate(data)

    def comment(self, feedback_id: str, comment: str) -> schemas.FeedbackOut:
        data = self._request("PATCH", f"/v1/feedback/{feedback_id}", {"comment": comment})
        return schemas.FeedbackOut.model_validate(data)
