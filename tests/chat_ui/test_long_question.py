"""A chat question over the request limit (100,000 characters) is the user's input: a clear
Danish message in the chat, nothing logged as an internal error."""

from __future__ import annotations

import logging

import pytest

from chat_ui.app import answer_stream
from chat_ui.backend import LocalBackend


def test_question_over_100000_characters_gets_a_danish_message(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    asked: list[object] = []
    # The limit is checked before anything is asked: the backend must never be reached.
    backend = LocalBackend(lambda: asked.append("service") or None)  # type: ignore[func-returns-value]
    question = "Hvad blev besluttet om Solgården? " * 3000  # 102,000 characters
    steps = list(answer_stream(backend, [], question, None))
    html_out, text, final = steps[-1]
    assert text == "" and final is None
    assert "Spørgsmålet er for langt" in html_out and "Forkort det" in html_out
    assert "intern fejl" not in html_out
    assert asked == []
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
