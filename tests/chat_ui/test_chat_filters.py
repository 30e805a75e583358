"""The chat's own backend over the real service: a filter the archive cannot satisfy is a
Danish reason on the ask, not an error half-way through the answer."""

from __future__ import annotations

import pytest

from api import schemas
from api.service import ReferatService
from chat_ui.backend import ChatError, LocalBackend

QUESTION = [schemas.Message(role="user", content="hvad blev besluttet om Solgårdens takster?")]


def test_a_board_no_longer_in_the_archive_is_said_in_danish(service: ReferatService) -> None:
    backend = LocalBackend(lambda: service)
    with pytest.raises(ChatError, match="valgte udvalg"):
        backend.stream(QUESTION, schemas.Filters(board="Teknisk Udvalg"), 5).__next__()


def test_a_board_written_in_lower_case_is_the_archives_board(service: ReferatService) -> None:
    backend = LocalBackend(lambda: service)
    events = list(backend.stream(QUESTION, schemas.Filters(board="direktionen"), 5))
    done = events[-1][1]
    assert done["refused"] is False and done["citations"][0]["punkt"] == 5
