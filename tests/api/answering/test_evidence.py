"""Evidence checks on invented points: constraints hold in the cited point, the topic is covered."""

from __future__ import annotations

from datetime import date

import pytest

from api.answering.evidence import check_point, one_edit, topic_weights
from api.retrieval.analysis import analyze_question
from indexer.models import AgendaPoint, Meeting, Section


def _point(number: int, title: str, text: str, decision: str, closed: bool = False) -> AgendaPoint:
    sections = (
        ()
        if closed
        else (
            Section("Sagsfremstilling", text, 0, len(text)),
            Section("Beslutning", decision, 0, len(decision), decision_date=date(2019, 3, 4)),
        )
    )
    return AgendaPoint(number, title, "19/1234", closed, sections, 0, 0)


MEETING = Meeting(
    meeting_id="teknikudvalget-2019-03-04",
    board="Teknikudvalget",
    date=date(2019, 3, 4),
    start_time=None,
    location="Rådhuset",
    attendees=(),
    toc=(),
    points=(
        _point(
            1,
            "Takster for Skovbrynets dagcenter",
            "Dagcentret Skovbrynet har en belægning på 40 borgere. Budgetforslag 2020-2023 "
            "forudsætter uændrede takster.",
            "Udvalget godkendte nye takster for Skovbrynet.",
        ),
        _point(2, "Lukket", "", "", closed=True),
    ),
    source_path="x",
    text="",
)


def _check(question: str, punkt: int = 1) -> tuple[bool, float]:
    analysis = analyze_question(question)
    weights = topic_weights(analysis, lambda _: 1.0, lambda _: True)
    point = MEETING.point(punkt)
    assert point is not None
    ev = check_point(analysis, MEETING, point, weights)
    return ev.holds, ev.coverage


@pytest.mark.parametrize(
    "question",
    [
        "hvad blev besluttet om Skovbrynets takster?",
        "hvad blev besluttet om skovbrynet takster",  # no genitive
        "hvad blev besluttet om skovbrynnet takster",  # a typo
        "hvad besluttede teknikudvalget om taksterne i 2019?",
        "hvad står der om budgetforslag 2020-2023?",
    ],
)
def test_covered_and_holding(question: str) -> None:
    holds, coverage = _check(question)
    assert holds and coverage == 1.0


@pytest.mark.parametrize(
    "question",
    [
        "hvad blev besluttet om Skovbrynets takster i 2021?",  # another year
        "hvad står der om budgetforslag 2022-2025?",  # a named period the point lacks
        "hvad besluttede økonomiudvalget om Skovbrynets takster?",  # another board
    ],
)
def test_a_constraint_that_does_not_hold(question: str) -> None:
    holds, _ = _check(question)
    assert not holds


def test_a_topic_the_point_lacks_lowers_coverage() -> None:
    holds, coverage = _check("hvad blev besluttet om svømmehallens takster?")
    assert holds and coverage < 0.6


def test_closed_point_never_holds() -> None:
    holds, _ = _check("hvad står der om takster?", punkt=2)
    assert not holds


def test_danish_letters_fold() -> None:
    meeting_q = analyze_question("hvad blev besluttet om solgarden")
    assert meeting_q.topic == ("solgarden",)
    assert one_edit("rekrutering", "rekruttering") and not one_edit("takst", "tekster")
