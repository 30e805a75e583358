"""The LLM path's prompt (issue 12): the board comes from the sources, never a fixed name."""

from __future__ import annotations

from datetime import date

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from api.answering.llm import LLMGenerator
from api.answering.types import Source
from indexer.models import AgendaPoint, Meeting, Section

DECISION = "Udvalget godkendte den nye vintertjeneste for cykelstier."
POINT = AgendaPoint(
    3,
    "Vintertjeneste på cykelstier",
    "19/2045",
    False,
    (Section("Beslutning", DECISION, 0, len(DECISION), decision_date=date(2019, 11, 4)),),
    0,
    0,
)
MEETING = Meeting(
    meeting_id="teknikudvalget-2019-11-04",
    board="Teknikudvalget",
    date=date(2019, 11, 4),
    start_time=None,
    location="Rådhuset",
    attendees=(),
    toc=(),
    points=(POINT,),
    source_path="x",
    text="",
)


def test_the_prompt_names_the_board_the_source_gives() -> None:
    generator = LLMGenerator(GenericFakeChatModel(messages=iter([AIMessage(content="x [1]")])))
    source = Source(1, MEETING, POINT, "Beslutning", DECISION)
    system, human = generator.messages("hvad blev besluttet om vintertjeneste?", [source], "da")
    prompt = f"{system.content}\n{human.content}"
    assert 'sted="Teknikudvalget 04-11-2019, Punkt 3: Vintertjeneste på cykelstier"' in prompt
    assert "Direktionen" not in prompt
