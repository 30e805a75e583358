"""The staff chat: a Gradio Blocks app mounted at /chat on the FastAPI app.

``mount_chat(app)`` serves it from the same process and port as the API. It answers through the
app's own service (looked up per request, since the lifespan loads it), or over HTTP when
REFERAT_API_URL is set. Run alone against a remote API with ``python -m chat_ui.app``.
"""

from __future__ import annotations

import html
import logging
import os
import time
from collections.abc import Iterator
from datetime import date
from typing import Any, TypedDict

import gradio as gr
from fastapi import FastAPI
from pydantic import ValidationError

from api import schemas
from chat_ui.backend import Backend, ChatError, HttpBackend, LocalBackend
from chat_ui.format import (
    SEARCHING,
    format_answer,
    format_error,
    format_filters,
    to_citations,
)
from indexer.config import Settings

log = logging.getLogger("referat.chat")

CHAT_PATH = "/chat"
TOP_K = 5
# Questions whose answers are in the archive (tests/chat_ui checks that none is refused).
EXAMPLES = [
    "Hvad blev besluttet om Solgårdens takster?",
    "Hvad indeholder digitaliseringsstrategien 2023-2026?",
    "Hvordan blev rekrutteringspuljen 2023 fordelt?",
    "Hvad besluttede direktionen om en årlig personalepolitisk redegørelse?",
    "Hvordan skal borgerserviceområdet indrettes?",
]
# Re-render the streaming message at most this often (seconds): fewer, larger updates.
STREAM_EVERY_S = 0.04

CSS_PATH = os.path.join(os.path.dirname(__file__), "chat.css")


class Turn(TypedDict):
    question: str
    answer: str  # plain answer text (sent back as context for follow-ups)
    html: str  # what the chat shows


# --- pure parts, testable without a browser ------------------------------------------------


def parse_filters(
    date_from: str | None, date_to: str | None, case_number: str | None
) -> schemas.Filters | None:
    """The filter fields as API filters; raises ChatError with a Danish message when invalid."""
    values: dict[str, Any] = {}
    for key, raw, label in (("date_from", date_from, "Fra dato"), ("date_to", date_to, "Til dato")):
        text = (raw or "").strip()
        if text:
            try:
                values[key] = date.fromisoformat(text)
            except ValueError as e:
                raise ChatError(
                    f"{label} »{text}« skal skrives som ÅÅÅÅ-MM-DD, fx 2017-06-19."
                ) from e
    case = (case_number or "").strip()
    if case:
        values["case_number"] = case
    if not values:
        return None
    try:
        return schemas.Filters(**values)
    except ValidationError as e:
        fields = {str(err["loc"][0]) if err["loc"] else "" for err in e.errors()}
        if "case_number" in fields:
            raise ChatError(f"Sagsnummeret »{case}« skal skrives som fx 17/163.") from e
        raise ChatError("Fra dato skal ligge før til dato.") from e


def conversation(turns: list[Turn], question: str) -> list[schemas.Message]:
    """The conversation so far plus the new question, as /v1/chat messages."""
    messages: list[schemas.Message] = []
    for turn in turns:
        if turn["answer"]:  # failed turns are shown but are no context
            messages.append(schemas.Message(role="user", content=turn["question"]))
            messages.append(schemas.Message(role="assistant", content=turn["answer"]))
    messages.append(schemas.Message(role="user", content=question))
    return messages


def answer_stream(
    backend: Backend,
    turns: list[Turn],
    question: str,
    filters: schemas.Filters | None,
    top_k: int = TOP_K,
) -> Iterator[tuple[str, str]]:
    """Run one question; yield (html, answer text) as the answer grows, the last one final.

    Errors become a readable message in the chat, never a traceback.
    """
    note = (
        format_filters(filters.date_from, filters.date_to, filters.case_number) if filters else ""
    )
    citations: list[schemas.Citation] = []
    text = ""
    last = 0.0
    try:
        messages = conversation(turns, question)
    except ValidationError:
        # Over the request's 100,000 characters: the user's input, not a fault to log.
        yield format_error(f"Spørgsmålet er for langt ({len(question)} tegn). Forkort det."), ""
        return
    try:
        for event, data in backend.stream(messages, filters, top_k):
            if event == "citations":
                citations = to_citations(data.get("citations", []))
            elif event == "token":
                text += str(data.get("text", ""))
                now = time.monotonic()
                if now - last >= STREAM_EVERY_S:
                    last = now
                    yield (
                        note
                        + format_answer(text, citations, streaming=True, base_url=backend.base_url),
                        text,
                    )
            elif event == "reset":
                text = ""
            elif event == "done":
                final = schemas.AskResponse.model_validate(data)
                yield (
                    note
                    + format_answer(
                        final.answer,
                        final.citations,
                        refused=final.refused,
                        language=final.language,
                        warning=final.warning,
                        base_url=backend.base_url,
                    ),
                    final.answer,
                )
                return
            elif event == "error":
                raise ChatError(str(data.get("detail") or data))
    except ChatError as e:
        yield format_error(str(e)), ""
        return
    except Exception:  # the UI edge: log the details, show the user a plain message
        log.exception("chat: answering failed")
        yield (
            format_error(
                "Svaret kunne ikke laves på grund af en intern fejl. Prøv igen, "
                "eller kontakt den, der driver Referat."
            ),
            "",
        )
        return
    yield format_error("Svaret blev afbrudt, før det var færdigt. Prøv igen."), ""


def chat_messages(turns: list[Turn]) -> list[dict[str, str]]:
    """The turns as Chatbot messages (Gradio's role/content format)."""
    out: list[dict[str, str]] = []
    for turn in turns:
        out.append({"role": "user", "content": html.escape(turn["question"])})
        out.append({"role": "assistant", "content": turn["html"]})
    return out


# --- the Gradio app --------------------------------------------------------------------------


def build_chat(backend: Backend) -> gr.Blocks:
    """The chat page: conversation and input on the left, filters on the right."""

    def respond(
        message: str, turns: list[Turn] | None, date_from: str, date_to: str, case_number: str
    ) -> Iterator[tuple[list[dict[str, str]], list[Turn], str]]:
        turns = list(turns or [])
        question = (message or "").strip()
        if not question:
            yield chat_messages(turns), turns, ""
            return
        turn: Turn = {"question": question, "answer": "", "html": format_answer("", [])}
        shown = [*turns, turn]
        yield chat_messages(shown), turns, ""
        try:
            filters = parse_filters(date_from, date_to, case_number)
        except ChatError as e:
            turn["html"] = format_error(str(e))
            yield chat_messages(shown), shown, question
            return
        for rendered, text in answer_stream(backend, turns, question, filters):
            turn["html"], turn["answer"] = rendered, text
            yield chat_messages(shown), turns, ""
        yield chat_messages(shown), shown, ""

    def new_conversation() -> tuple[list[dict[str, str]], list[Turn], str]:
        return [], [], ""

    with gr.Blocks(title="Referat – spørg referaterne", analytics_enabled=False) as blocks:
        turns_state = gr.State([])
        with gr.Row(elem_id="topbar"):
            gr.HTML(
                '<div class="brand"><span class="brand-navn">Referat</span>'
                '<span class="brand-tekst">Spørg Direktionens referater – svar med '
                "kildehenvisninger</span></div>"
            )
        with gr.Row(equal_height=False):
            with gr.Column(scale=4, min_width=420):
                chatbot = gr.Chatbot(
                    label="Samtale",
                    show_label=False,
                    elem_id="samtale",
                    height="64vh",
                    layout="panel",
                    buttons=["copy"],
                    feedback_options=None,
                    placeholder=(
                        '<div class="tom">Stil et spørgsmål om Direktionens referater. '
                        "Svaret henviser til mødedato og punkt, og kilderne kan åbnes med ét "
                        "klik.</div>"
                    ),
                )
                with gr.Row(elem_id="input-row"):
                    question = gr.Textbox(
                        show_label=False,
                        placeholder="Skriv dit spørgsmål her …",
                        lines=1,
                        max_lines=4,
                        scale=5,
                        autofocus=True,
                        elem_id="spoergsmaal",
                        container=False,
                    )
                    ask_btn = gr.Button(
                        "Spørg", variant="primary", scale=1, min_width=90, elem_id="spoerg"
                    )
                gr.Examples(
                    examples=[[q] for q in EXAMPLES],
                    inputs=[question],
                    label="Eksempler på spørgsmål",
                    elem_id="eksempler",
                )
            with gr.Column(scale=1, min_width=240, elem_id="sidepanel"):
                gr.Markdown("### Filtre\nGælder for det næste spørgsmål.")
                date_from = gr.Textbox(
                    label="Fra dato", placeholder="ÅÅÅÅ-MM-DD", elem_id="dato-fra"
                )
                date_to = gr.Textbox(label="Til dato", placeholder="ÅÅÅÅ-MM-DD", elem_id="dato-til")
                case_number = gr.Textbox(
                    label="Sagsnummer", placeholder="fx 17/163", elem_id="sagsnummer"
                )
                new_btn = gr.Button("Ny samtale", variant="secondary", elem_id="ny-samtale")
                gr.Markdown(
                    "Opfølgende spørgsmål forstås i sammenhæng med samtalen. "
                    "**Ny samtale** starter forfra.\n\n"
                    "Tallene i svaret, fx [1], og linkene under **Kilder** åbner referatet "
                    "ved det citerede punkt i en ny fane.",
                    elem_classes=["hjaelp"],
                )

        inputs = [question, turns_state, date_from, date_to, case_number]
        outputs = [chatbot, turns_state, question]
        for trigger in (question.submit, ask_btn.click):
            trigger(
                respond,
                inputs,
                outputs,
                api_visibility="private",
                concurrency_limit=8,
                show_progress="hidden",
            )
        new_btn.click(new_conversation, None, outputs, api_visibility="private", queue=False)
        chatbot.clear(new_conversation, None, outputs, api_visibility="private", queue=False)
    built: gr.Blocks = blocks
    return built


def _theme() -> gr.themes.Base:
    return gr.themes.Soft(
        primary_hue=gr.themes.colors.blue,
        neutral_hue=gr.themes.colors.slate,
        font=("system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"),
    )


def _backend_for(app: FastAPI) -> Backend:
    settings: Settings = app.state.settings
    if settings.api_url:
        key = settings.api_key or (settings.api_keys[0] if settings.api_keys else None)
        return HttpBackend(settings.api_url, api_key=key)
    return LocalBackend(
        lambda: getattr(app.state, "service", None), lambda: getattr(app.state, "problem", None)
    )


def mount_chat(app: FastAPI) -> None:
    """Serve the chat at /chat on ``app`` (same process and port as the API)."""
    blocks = build_chat(_backend_for(app))
    with open(CSS_PATH, encoding="utf-8") as f:
        css = f.read()
    gr.mount_gradio_app(
        app,
        blocks,
        path=CHAT_PATH,
        theme=_theme(),
        css=css,
        footer_links=[],
        show_error=False,
        run_history=False,
        ssr_mode=False,
    )


def main() -> None:
    """Serve the chat alone, answering through the API at REFERAT_API_URL."""
    import uvicorn

    settings = Settings()
    if not settings.api_url:
        raise SystemExit("set REFERAT_API_URL to the Referat API, e.g. http://127.0.0.1:8000")
    app = FastAPI(title="Referat chat")
    app.state.settings = settings
    mount_chat(app)
    uvicorn.run(app, host=settings.host, port=settings.chat_port)


if __name__ == "__main__":
    main()


__all__ = ["EXAMPLES", "SEARCHING", "answer_stream", "build_chat", "mount_chat", "parse_filters"]
