"""Answer rules from blind32's misses, after its one measurement (training, said plainly); own
phrasings of the real minutes.

- "hvad var X's nettobudget" asks for a figure, and the figure must stand beside the sum the
  question names ("nettobudget"), not beside any word of the matter (Taxhuset's overspend); a
  budget plain ("budgettet til kurset") is any sum set aside.
- "on what exact date", "hvilken dato": a month ("ultimo april") does not give the day.
"""

from __future__ import annotations

from builders import ask, first_citation
from fastapi.testclient import TestClient

from api.answering.evidence import asks_amount


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
