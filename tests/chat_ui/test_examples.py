"""The example questions under the input must have answers in the archive; the in-process path."""

from __future__ import annotations

import pytest

from api import schemas
from api.service import ReferatService
from chat_ui.app import EXAMPLES, answer_stream
from chat_ui.backend import LocalBackend


@pytest.mark.parametrize("question", EXAMPLES)
def test_example_questions_are_answered(service: ReferatService, question: str) -> None:
    response = service.ask(question)
    assert not response.refused, response.answer
    assert response.citations


def test_local_backend_answers_follow_ups_in_context(service: ReferatService) -> None:
    backend = LocalBackend(lambda: service)
    turns = [
        {
            "question": "Hvad blev besluttet om Solgårdens takster?",
            "answer": "Solgården [1].",
            "html": "",
        }
    ]
    html_out, text, _ = list(answer_stream(backend, turns, "og Taxhuset?", None))[-1]  # type: ignore[arg-type]
    assert text and "Kilder" in html_out and "Taxhuset" in html_out


def test_local_backend_without_index_is_a_readable_error() -> None:
    backend = LocalBackend(lambda: None, lambda: "collection 'referat' not found")
    html_out, text, _ = list(answer_stream(backend, [], "Hej?", schemas.Filters()))[-1]
    assert text == "" and "Søgeindekset er ikke klar" in html_out
