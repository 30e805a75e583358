"""The staff chat: a Gradio Blocks app mounted at /chat on the FastAPI app.

``mount_chat(app)`` serves it from the same process and port as the API. It answers through the
app's own service (looked up per request, since the lifespan loads it), or over HTTP when
REFERAT_API_URL is set. Run alone against a remote API with ``python -m chat_ui.app``.

Conversations live in the browser (localStorage through ``gr.BrowserState``): they survive a
refresh and a server restart, and nothing about them is stored on the server unless the user
rates an answer.
"""

from __future__ import annotations

import html
import logging
import os
import re
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, TypedDict

import gradio as gr
from fastapi import FastAPI
from pydantic import ValidationError

from api import schemas
from chat_ui.backend import Backend, ChatError, HttpBackend, LocalBackend
from chat_ui.format import (
    SEARCHING,
    format_answer,
    format_date,
    format_error,
    format_filters,
    format_read_as,
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
# Earlier conversations kept in the browser; the oldest go first.
MAX_CONVERSATIONS = 30
STORAGE_KEY = "referat-samtaler"
# gr.BrowserState encrypts what it stores with this key. It must stay the same across server
# restarts, or a reload after a restart could not read the conversation back; what is stored is
# the user's own conversation in the user's own browser, so the key protects nothing secret.
STORAGE_SECRET = "referat-chat-samtaler-v1"
ALL_BOARDS = "Alle udvalg"

HERE = os.path.dirname(__file__)
CSS_PATH = os.path.join(HERE, "chat.css")
JS_PATH = os.path.join(HERE, "chat.js")


class Turn(TypedDict, total=False):
    question: str
    answer: str  # plain answer text (sent back as context for follow-ups)
    html: str  # what the chat shows
    citations: list[dict[str, Any]]  # as the API sent them (kept for feedback)
    filters: dict[str, Any] | None
    standalone: str | None


# --- pure parts, testable without a browser ------------------------------------------------

_DATE_FORMS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), (0, 1, 2)),  # ISO 2017-06-19
    (re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$"), (2, 1, 0)),  # 19-06-2017, 19.06.2017
)


def parse_date(text: str, label: str) -> date | None:
    """``19-06-2017``, ``19.06.2017``, ``19/6/2017`` or ISO ``2017-06-19``; None when empty.

    Raises ChatError with a Danish message naming the field when the text is not a date.
    """
    text = text.strip()
    if not text:
        return None
    for pattern, (y, m, d) in _DATE_FORMS:
        match = pattern.match(text)
        if match:
            parts = match.groups()
            try:
                return date(int(parts[y]), int(parts[m]), int(parts[d]))
            except ValueError:
                break
    raise ChatError(f"{label} »{text}« er ikke en dato. Skriv fx 19-06-2017 eller 2017-06-19.")


def parse_filters(
    date_from: str | None,
    date_to: str | None,
    case_number: str | None,
    board: str | None = None,
) -> schemas.Filters | None:
    """The filter fields as API filters; raises ChatError with a Danish message when invalid."""
    values: dict[str, Any] = {}
    for key, raw, label in (("date_from", date_from, "Fra dato"), ("date_to", date_to, "Til dato")):
        parsed = parse_date(raw or "", label)
        if parsed:
            values[key] = parsed
    case = (case_number or "").strip()
    if case:
        values["case_number"] = case
    if board and board != ALL_BOARDS:
        values["board"] = board
    if not values:
        return None
    try:
        return schemas.Filters(**values)
    except ValidationError as e:
        fields = {str(err["loc"][0]) if err["loc"] else "" for err in e.errors()}
        if "case_number" in fields:
            raise ChatError(f"Sagsnummeret »{case}« skal skrives som fx 17/163.") from e
        raise ChatError("Fra dato skal ligge før til dato.") from e


def filter_chips(
    date_from: str | None, date_to: str | None, case_number: str | None, board: str | None
) -> list[str | None]:
    """The label of each active filter's chip (None: no chip), in the order of the fields."""

    def shown(raw: str | None, label: str) -> str | None:
        text = (raw or "").strip()
        if not text:
            return None
        try:
            parsed = parse_date(text, label)
        except ChatError:
            return f"{label}: {text} (ugyldig)"
        return f"{label}: {format_date(parsed)}" if parsed else None

    case = (case_number or "").strip()
    return [
        f"Udvalg: {board}" if board and board != ALL_BOARDS else None,
        shown(date_from, "Fra"),
        shown(date_to, "Til"),
        f"Sag {case}" if case else None,
    ]


def archive_summary(meetings: Sequence[schemas.MeetingSummary]) -> str:
    """What the archive holds, in one Danish line: boards, number of meetings, first and last
    date."""
    if not meetings:
        return "Arkivet er tomt: der er ikke indekseret nogen referater endnu."
    boards = sorted({m.board for m in meetings})
    first = min(m.date for m in meetings)
    last = max(m.date for m in meetings)
    count = len(meetings)
    names = boards[0] if len(boards) == 1 else ", ".join(boards[:-1]) + " og " + boards[-1]
    return (
        f"Arkivet rummer {count} {'møde' if count == 1 else 'møder'} i {names} "
        f"fra {format_date(first)} til {format_date(last)}."
    )


def board_choices(meetings: Sequence[schemas.MeetingSummary]) -> list[str]:
    return [ALL_BOARDS, *sorted({m.board for m in meetings})]


def conversation(turns: list[Turn], question: str) -> list[schemas.Message]:
    """The conversation so far plus the new question, as /v1/chat messages."""
    messages: list[schemas.Message] = []
    for turn in turns:
        if turn.get("answer"):  # failed turns are shown but are no context
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
) -> Iterator[tuple[str, str, schemas.AskResponse | None]]:
    """Run one question; yield (html, answer text, final response or None) as the answer grows,
    the last one final.

    Errors become a readable message in the chat, never a traceback.
    """
    note = (
        format_filters(filters.date_from, filters.date_to, filters.case_number, filters.board)
        if filters
        else ""
    )
    citations: list[schemas.Citation] = []
    text = ""
    last = 0.0
    try:
        messages = conversation(turns, question)
    except ValidationError:
        # Over the request's 100,000 characters: the user's input, not a fault to log.
        yield (
            format_error(f"Spørgsmålet er for langt ({len(question)} tegn). Forkort det."),
            "",
            None,
        )
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
                        None,
                    )
            elif event == "reset":
                text = ""
            elif event == "done":
                final = schemas.AskResponse.model_validate(data)
                yield (
                    note
                    + format_read_as(final.read_as)
                    + format_answer(
                        final.answer,
                        final.citations,
                        refused=final.refused,
                        language=final.language,
                        warning=final.warning,
                        base_url=backend.base_url,
                        # Offered with a refusal by answers that carry them.
                        suggestions=getattr(final, "suggestions", None) or (),
                        more=final.more,
                    ),
                    final.answer,
                    final,
                )
                return
            elif event == "error":
                raise ChatError(str(data.get("detail") or data))
    except ChatError as e:
        yield format_error(str(e)), "", None
        return
    except Exception:  # the UI edge: log the details, show the user a plain message
        log.exception("chat: answering failed")
        yield (
            format_error(
                "Svaret kunne ikke laves på grund af en intern fejl. Prøv igen, "
                "eller kontakt den, der driver Referat."
            ),
            "",
            None,
        )
        return
    yield format_error("Svaret blev afbrudt, før det var færdigt. Prøv igen."), "", None


def chat_messages(turns: list[Turn]) -> list[dict[str, str]]:
    """The turns as Chatbot messages (Gradio's role/content format)."""
    out: list[dict[str, str]] = []
    for turn in turns:
        out.append({"role": "user", "content": html.escape(turn["question"])})
        out.append({"role": "assistant", "content": turn["html"]})
    return out


def check_length(question: str, limit: int) -> None:
    if len(question) > limit:
        raise ChatError(
            f"Spørgsmålet er {len(question):,} tegn langt; grænsen er {limit:,} tegn. ".replace(
                ",", "."
            )
            + "Forkort det, og prøv igen."
        )


# --- conversations kept in the browser -----------------------------------------------------


def empty_store() -> dict[str, Any]:
    return {"current": None, "items": {}}


def save_conversation(
    store: dict[str, Any] | None, conv_id: str, turns: list[Turn], now: datetime | None = None
) -> dict[str, Any]:
    """The store with ``turns`` saved as conversation ``conv_id`` (made current); the oldest
    conversations beyond MAX_CONVERSATIONS are dropped."""
    store = dict(store or empty_store())
    items = dict(store.get("items") or {})
    if turns:
        items[conv_id] = {
            "id": conv_id,
            "title": turns[0]["question"][:80],
            "updated": (now or datetime.now()).isoformat(timespec="seconds"),
            "turns": turns,
        }
        keep = sorted(items.values(), key=lambda c: c["updated"], reverse=True)
        items = {c["id"]: c for c in keep[:MAX_CONVERSATIONS]}
    store["items"] = items
    store["current"] = conv_id
    return store


def delete_conversation(store: dict[str, Any] | None, conv_id: str | None) -> dict[str, Any]:
    store = dict(store or empty_store())
    items = dict(store.get("items") or {})
    items.pop(conv_id or "", None)
    store["items"] = items
    if store.get("current") == conv_id:
        store["current"] = None
    return store


def conversation_choices(store: dict[str, Any] | None) -> list[tuple[str, str]]:
    """(label, id) of the stored conversations, newest first: date, time and first question."""
    items = (store or {}).get("items") or {}
    out = []
    for c in sorted(items.values(), key=lambda c: c["updated"], reverse=True):
        when = datetime.fromisoformat(c["updated"]).strftime("%d-%m-%Y %H:%M")
        out.append((f"{when} · {c['title']}", c["id"]))
    return out


def stored_turns(store: dict[str, Any] | None, conv_id: str | None) -> list[Turn]:
    item = ((store or {}).get("items") or {}).get(conv_id or "")
    return list(item["turns"]) if item else []


def new_id() -> str:
    return uuid.uuid4().hex


def feedback_item(turn: Turn, liked: bool) -> schemas.FeedbackIn:
    """What is stored when an answer is rated: question, answer, citations, filters."""
    filters = turn.get("filters")
    return schemas.FeedbackIn(
        rating="up" if liked else "down",
        question=turn["question"],
        answer=turn.get("answer", ""),
        citations=to_citations(turn.get("citations") or []),
        filters=schemas.Filters(**filters) if filters else None,
        standalone_question=turn.get("standalone"),
    )


# --- the Gradio app --------------------------------------------------------------------------

HELP = (
    "**Sådan spørger du:** skriv et spørgsmål med almindelige ord, fx om en sag, en institution "
    "eller en beslutning. Opfølgende spørgsmål forstås i sammenhæng med samtalen; "
    "**Ny samtale** starter forfra og fjerner filtrene.\n\n"
    "**Kilder:** hold musen over (eller tryk på) et tal som [1] for at se citatet; klik for at "
    "åbne referatet med citatet markeret.\n\n"
    "**Feedback:** brug tommel op/ned (Godt svar / Dårligt svar) under et svar, gerne med "
    "en kommentar. Kun svar, du vurderer, "
    "gemmes på serveren; samtalerne gemmes kun i din browser."
)


def build_chat(backend: Backend, max_question_chars: int = 2000) -> gr.Blocks:
    """The chat page: conversation, input and filters; earlier conversations on the side."""

    def respond(
        message: str,
        turns: list[Turn] | None,
        date_from: str,
        date_to: str,
        case_number: str,
        board: str | None,
    ) -> Iterator[tuple[list[dict[str, str]], list[Turn], str | dict[str, Any]]]:
        # The box is emptied once, as the question is taken; later renders leave it alone
        # (gr.skip()), so a follow-up typed while this answer is still finishing is not wiped.
        turns = list(turns or [])
        question = (message or "").strip()
        if not question:
            yield chat_messages(turns), turns, ""
            return
        turn: Turn = {"question": question, "answer": "", "html": format_answer("", [])}
        shown = [*turns, turn]
        yield chat_messages(shown), turns, ""
        try:
            check_length(question, max_question_chars)
            filters = parse_filters(date_from, date_to, case_number, board)
        except ChatError as e:
            turn["html"] = format_error(str(e))
            yield chat_messages(shown), shown, question
            return
        turn["filters"] = filters.model_dump(mode="json", exclude_none=True) if filters else None
        for rendered, text, final in answer_stream(backend, turns, question, filters):
            turn["html"], turn["answer"] = rendered, text
            if final is not None:
                turn["citations"] = [c.model_dump(mode="json") for c in final.citations]
                turn["standalone"] = final.standalone_question
            yield chat_messages(shown), turns, gr.skip()
        yield chat_messages(shown), shown, gr.skip()

    def save(
        turns: list[Turn], conv_id: str, store: dict[str, Any] | None
    ) -> tuple[dict[str, Any], str, Any]:
        conv_id = conv_id or new_id()
        store = save_conversation(store, conv_id, turns)
        return store, conv_id, gr.update(choices=conversation_choices(store), value=None)

    def restore(store: dict[str, Any] | None) -> tuple[Any, ...]:
        store = store or empty_store()
        current = store.get("current")
        turns = stored_turns(store, current)
        return (
            chat_messages(turns),
            turns,
            current or "",
            gr.update(choices=conversation_choices(store), value=None),
        )

    def archive() -> tuple[Any, str]:
        try:
            meetings = backend.meetings()
        except ChatError as e:
            return gr.update(choices=[ALL_BOARDS], value=ALL_BOARDS), html.escape(str(e))
        except Exception:  # the UI edge: the page must load even when the archive cannot
            log.exception("chat: archive summary failed")
            meetings = []
        return (
            gr.update(choices=board_choices(meetings), value=ALL_BOARDS),
            html.escape(archive_summary(meetings)),
        )

    def new_conversation(store: dict[str, Any] | None) -> tuple[Any, ...]:
        store = dict(store or empty_store())
        store["current"] = None
        cleared = ("", "", "", ALL_BOARDS)
        return ([], [], "", "", store, *cleared, gr.update(visible=False), "")

    def open_conversation(conv_id: str | None, store: dict[str, Any] | None) -> tuple[Any, ...]:
        if not conv_id:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        turns = stored_turns(store, conv_id)
        store = dict(store or empty_store())
        store["current"] = conv_id
        return chat_messages(turns), turns, conv_id, store

    def remove_conversation(
        conv_id: str | None, current: str, store: dict[str, Any] | None
    ) -> tuple[Any, ...]:
        store = delete_conversation(store, conv_id)
        choices = gr.update(choices=conversation_choices(store), value=None)
        if conv_id and conv_id == current:
            return store, choices, [], [], ""
        return store, choices, gr.skip(), gr.skip(), gr.skip()

    def chips(date_from: str, date_to: str, case_number: str, board: str | None) -> list[Any]:
        return [
            gr.update(value=f"{label} ✕", visible=True) if label else gr.update(visible=False)
            for label in filter_chips(date_from, date_to, case_number, board)
        ]

    def rate(turns: list[Turn] | None, data: gr.LikeData) -> tuple[Any, str, str]:
        index = data.index if isinstance(data.index, int) else data.index[0]
        turns = turns or []
        turn_at = index // 2
        if data.liked not in (True, False) or turn_at >= len(turns):
            return gr.update(visible=False), "", ""
        turn = turns[turn_at]
        if not turn.get("answer"):
            return gr.update(visible=True), "", "Kun færdige svar kan vurderes."
        try:
            stored = backend.feedback(feedback_item(turn, bool(data.liked)))
        except (ChatError, ValidationError) as e:
            return gr.update(visible=True), "", f"Vurderingen kunne ikke gemmes: {e}"
        thanks = "Tak – din vurdering er gemt. Skriv gerne, hvad der var godt eller forkert."
        return gr.update(visible=True), stored.id, thanks

    def send_comment(feedback_id: str, comment: str) -> tuple[str, str]:
        text = (comment or "").strip()
        if not feedback_id:
            return comment, "Giv først svaret 👍 eller 👎."
        if not text:
            return comment, "Skriv en kommentar først."
        try:
            backend.comment(feedback_id, text)
        except (ChatError, ValidationError) as e:
            return comment, f"Kommentaren kunne ikke gemmes: {e}"
        return "", "Tak for kommentaren – den er gemt sammen med din vurdering."

    with gr.Blocks(title="Referat – spørg referaterne", analytics_enabled=False) as blocks:
        turns_state = gr.State([])
        conv_state = gr.State("")
        feedback_state = gr.State("")
        store = gr.BrowserState(empty_store(), storage_key=STORAGE_KEY, secret=STORAGE_SECRET)
        with gr.Row(elem_id="topbar", equal_height=True):
            gr.HTML(
                '<div class="brand"><span class="brand-navn">Referat</span>'
                '<span class="brand-tekst">Spørg referaterne – svar med '
                "kildehenvisninger</span></div>",
                elem_id="brand",
            )
            new_btn = gr.Button(
                "Ny samtale", variant="secondary", elem_id="ny-samtale", scale=0, min_width=120
            )
        coverage = gr.HTML("", elem_id="arkiv-daekning")
        with gr.Row(equal_height=False, elem_id="hoved"):
            with gr.Column(scale=4, min_width=320, elem_id="hovedspalte"):
                chatbot = gr.Chatbot(
                    label="Samtale",
                    show_label=False,
                    elem_id="samtale",
                    height="62vh",
                    layout="panel",
                    autoscroll=False,
                    buttons=[],
                    sanitize_html=False,  # format.py escapes everything that is not our markup
                    feedback_options=("Like", "Dislike"),
                    placeholder=(
                        '<div class="tom">Stil et spørgsmål om referaterne. Svaret henviser '
                        "til mødedato og punkt, og kilderne kan åbnes med ét klik.</div>"
                    ),
                )
                with gr.Row(elem_id="input-row"):
                    question = gr.Textbox(
                        # Hidden, but read out by screen readers (Gradio's default is "Textbox").
                        label="Dit spørgsmål",
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
                with gr.Row(elem_id="filter-chips", equal_height=True):
                    chip_btns = [
                        gr.Button(
                            "",
                            visible=False,
                            size="sm",
                            variant="secondary",
                            scale=0,
                            min_width=60,
                            elem_classes=["chip"],
                            elem_id=f"chip-{name}",
                        )
                        for name in ("udvalg", "fra", "til", "sag")
                    ]
                with gr.Accordion(
                    "Filtre: udvalg, periode, sagsnummer", open=False, elem_id="filtre"
                ):
                    gr.Markdown(
                        "Filtrene gælder for alle spørgsmål, indtil du fjerner dem (✕) eller "
                        "starter en ny samtale. Datoer skrives 19-06-2017 eller 2017-06-19, "
                        "eller vælges i kalenderen ved feltet.",
                        elem_classes=["hjaelp"],
                    )
                    with gr.Row():
                        board = gr.Dropdown(
                            choices=[ALL_BOARDS],
                            value=ALL_BOARDS,
                            label="Udvalg",
                            elem_id="udvalg",
                            min_width=160,
                        )
                        date_from = gr.Textbox(
                            label="Fra dato",
                            placeholder="DD-MM-ÅÅÅÅ",
                            elem_id="dato-fra",
                            min_width=130,
                        )
                        date_to = gr.Textbox(
                            label="Til dato",
                            placeholder="DD-MM-ÅÅÅÅ",
                            elem_id="dato-til",
                            min_width=130,
                        )
                        case_number = gr.Textbox(
                            label="Sagsnummer",
                            placeholder="fx 17/163",
                            elem_id="sagsnummer",
                            min_width=120,
                        )
                with gr.Group(visible=False, elem_id="feedback") as feedback_box:
                    feedback_msg = gr.Markdown("", elem_id="feedback-status")
                    with gr.Row():
                        comment = gr.Textbox(
                            label="Kommentar til svaret",
                            show_label=False,
                            placeholder="Kommentar til svaret (valgfri)",
                            elem_id="feedback-kommentar",
                            scale=5,
                            container=False,
                        )
                        comment_btn = gr.Button(
                            "Send kommentar", scale=1, min_width=120, elem_id="feedback-send"
                        )
                gr.Examples(
                    examples=[[q] for q in EXAMPLES],
                    inputs=[question],
                    label="Eksempler på spørgsmål",
                    elem_id="eksempler",
                )
            with gr.Column(scale=1, min_width=240, elem_id="sidepanel"):
                gr.Markdown("### Tidligere samtaler")
                history = gr.Dropdown(
                    choices=[],
                    value=None,
                    label="Vælg en samtale",
                    elem_id="tidligere",
                    interactive=True,
                )
                with gr.Row():
                    open_btn = gr.Button("Åbn", size="sm", elem_id="aabn-samtale")
                    delete_btn = gr.Button(
                        "Slet", size="sm", variant="stop", elem_id="slet-samtale"
                    )
                gr.Markdown(HELP, elem_classes=["hjaelp"])
                gr.HTML(
                    '<p class="hjaelp"><a href="/minutes" target="_blank" rel="noopener">'
                    "Se alle referater i arkivet ↗</a></p>"
                )

        filter_inputs: list[gr.Textbox | gr.Dropdown] = [date_from, date_to, case_number, board]
        inputs = [question, turns_state, *filter_inputs]
        outputs = [chatbot, turns_state, question]
        for trigger in (question.submit, ask_btn.click):
            trigger(
                respond,
                inputs,
                outputs,
                api_visibility="private",
                concurrency_limit=8,
                show_progress="hidden",
                # Sent while the last answer is still finishing, a question waits for it and
                # is then asked ("once", Gradio's default, would drop it without a word).
                trigger_mode="always_last",
                # (referatAsked/referatAnswered: the "waits for the last answer" note, chat.js.)
                js="(...args) => { window.referatScrollToLatest && referatScrollToLatest(); "
                "window.referatAsked && referatAsked(); return args; }",
            ).then(
                save,
                [turns_state, conv_state, store],
                [store, conv_state, history],
                api_visibility="private",
                queue=False,
                js="(...args) => { window.referatScrollToLatest && referatScrollToLatest(); "
                "window.referatAnswered && referatAnswered(); return args; }",
            )
        for field in filter_inputs:
            field.change(chips, filter_inputs, chip_btns, api_visibility="private", queue=False)
        for chip_btn, target, cleared in zip(
            chip_btns,
            [board, date_from, date_to, case_number],
            [ALL_BOARDS, "", "", ""],
            strict=True,
        ):
            chip_btn.click(_constant(cleared), None, target, api_visibility="private", queue=False)
        # "Ny samtale" and the chat's own clear button start afresh the same way.
        fresh = [
            chatbot,
            turns_state,
            conv_state,
            question,
            store,
            *filter_inputs,
            feedback_box,
            feedback_state,
        ]
        new_btn.click(
            new_conversation,
            [store],
            fresh,
            api_visibility="private",
            queue=False,
        )
        open_btn.click(
            open_conversation,
            [history, store],
            [chatbot, turns_state, conv_state, store],
            api_visibility="private",
            queue=False,
        )
        delete_btn.click(
            remove_conversation,
            [history, conv_state, store],
            [store, history, chatbot, turns_state, conv_state],
            api_visibility="private",
            queue=False,
        )
        chatbot.like(
            rate,
            [turns_state],
            [feedback_box, feedback_state, feedback_msg],
            api_visibility="private",
            queue=False,
        )
        comment_btn.click(
            send_comment,
            [feedback_state, comment],
            [comment, feedback_msg],
            api_visibility="private",
            queue=False,
        )
        chatbot.clear(
            new_conversation,
            [store],
            fresh,
            api_visibility="private",
            queue=False,
        )
        comment.submit(
            send_comment,
            [feedback_state, comment],
            [comment, feedback_msg],
            api_visibility="private",
            queue=False,
        )
        blocks.load(
            restore,
            [store],
            [chatbot, turns_state, conv_state, history],
            api_visibility="private",
            queue=False,
        )
        blocks.load(archive, None, [board, coverage], api_visibility="private", queue=False)
    # A question is answered only through the queue, where the rate limit counts each one as it
    # joins (api.http.access). Gradio opens its direct route (run/<name>) to queued functions
    # too unless on Hugging Face Spaces: answering there would go uncounted.
    blocks.queue(api_open=False)
    built: gr.Blocks = blocks
    return built


def _constant(value: str) -> Callable[[], str]:
    def clear() -> str:
        return value

    return clear


def _theme() -> gr.themes.Base:
    theme = gr.themes.Soft(
        primary_hue=gr.themes.colors.blue,
        neutral_hue=gr.themes.colors.slate,
        font=("system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"),
    )
    # The Soft theme draws labels and the primary button in blue-500, under WCAG AA on light
    # backgrounds (3.0:1); blue-700 passes (the dark theme's own colours already do).
    themed: gr.themes.Base = theme.set(
        block_label_text_color="*primary_700",
        block_title_text_color="*primary_700",
        button_primary_background_fill="*primary_700",
        button_primary_background_fill_hover="*primary_800",
        button_primary_text_color="white",
    )
    return themed


def _backend_for(app: FastAPI) -> Backend:
    settings: Settings = app.state.settings
    if settings.api_url:
        key = settings.api_key or (settings.api_keys[0] if settings.api_keys else None)
        return HttpBackend(settings.api_url, api_key=key)
    return LocalBackend(
        lambda: getattr(app.state, "service", None), lambda: getattr(app.state, "problem", None)
    )


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        return f.read()


def mount_chat(app: FastAPI) -> None:
    """Serve the chat at /chat on ``app`` (same process and port as the API)."""
    settings: Settings = app.state.settings
    blocks = build_chat(_backend_for(app), settings.max_question_chars)
    gr.mount_gradio_app(
        app,
        blocks,
        path=CHAT_PATH,
        theme=_theme(),
        css=_read(CSS_PATH),
        head=f"<script>{_read(JS_PATH)}</script>",
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


__all__ = [
    "EXAMPLES",
    "SEARCHING",
    "answer_stream",
    "archive_summary",
    "build_chat",
    "filter_chips",
    "mount_chat",
    "parse_date",
    "parse_filters",
]
