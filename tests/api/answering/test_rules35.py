"""Answer rules from blind45's misses, after its one measurement at the start of this round
(training, said plainly); own phrasings of the real minutes.

- "budgetforliget 23", "regnskabet 22": two digits alone after the definite word they date are
  its year, as "budgetforliget 2023" is ("23" was a word no point holds, and a 2013 point
  answered). Not a count ("budget 23 mio"), nor a thing numbered ("rute 14", "klasse 23").
- "er der sat af" is "afsat", "blev sat ned" "nedsat": the minutes join verb and particle.
- "hvilket punkt blev byrådshøjskolen behandlet under i juni 17": a compound whose head is no
  meeting word ("byrådshøjskolen", a school the council runs) names a matter; the question was
  read as asking for the whole meeting.
- "hvilke sager nåede direktionen ikke …": "nåede" is how the question is put, no matter.
- "hvor mange penge blev afsat til hhv. rekruttering og sygefravær": the best point answers one
  of two matters the question joins; the point that answers the other follows it.
- "hvad skal man bruge redegørelsen til": what a thing is for is answered by what it makes
  possible, not by the decision to make it.
- "upskilling" is "efteruddannelse", "kompetenceudvikling" or "uddannelse" as much as
  "opkvalificering" (a glossary line: general council vocabulary).
- "how much is the municipality's own co-financing": the figure beside the thing measured
  leads, not a share of children beside the application's other words.
- "what was the unemployment rate", "hvad var ledighedsprocenten": a figure is asked.
- "hvordan fornyer jeg mit pas": a point that holds only the question's verb ("indsatser
  fornys") holds none of what it is done to, alone or as half of a pair.
"""

from __future__ import annotations

from builders import ask, first_citation
from fastapi.testclient import TestClient

from api.retrieval.analysis import analyze_question


def test_two_digits_after_a_word_are_its_year() -> None:
    c = analyze_question("hvad blev der sat af i budgetforliget 23 til sygefravær?").constraints
    assert c.years == (2023,) and ("budgetforliget", 2023) in c.versions
    assert analyze_question("hvad med regnskabet 22?").constraints.years == (2022,)
    assert analyze_question("kører rute 14 også om lørdagen?").constraints.years == ()
    for counted in ("er der afsat budget 23 mio til skolen?", "hvor mange går i klasse 23?"):
        assert analyze_question(counted).constraints.years == (), counted


def test_year_and_joined_particle_find_the_pool(client: TestClient) -> None:
    body = ask(client, "hvor mange penge blev der sat af i budgetforliget 23 til færre sygedage")
    assert not body["refused"], body["answer"]
    assert first_citation(body) == ("2023-01-16", 4)
    assert "600.000 kroner" in body["answer"]


def test_a_compound_with_a_matter_head_is_no_meeting_word(client: TestClient) -> None:
    analysis = analyze_question("under hvilket punkt kom byrådshøjskolen op i juni 17?")
    assert analysis.intent != "overview"
    body = ask(client, "under hvilket punkt kom byrådshøjskolen op i juni 17?")
    assert first_citation(body) == ("2017-06-19", 14), body["answer"]
    # A meeting's own compounds still name the meeting: no matter, an overview.
    assert analyze_question("hvad var på direktionsmødet i juni 2017?").intent == "overview"


def test_managing_to_is_how_a_question_is_put() -> None:
    topic = analyze_question("hvilke punkter nåede de ikke at tage på mødet 16/1 2023?").topic
    assert "nåede" not in topic


def test_two_joined_matters_get_a_point_each(client: TestClient) -> None:
    body = ask(
        client, "hvor mange penge kom der i budgetforlig 2023 til hhv. sygefravær og rekruttering?"
    )
    cited = [(c["meeting_date"], c["punkt"]) for c in body["citations"]]
    assert cited[:2] == [("2023-01-16", 4), ("2023-01-16", 3)], body["answer"]
    assert "600.000 kroner" in body["answer"] and "4 millioner kroner" in body["answer"]


def test_what_a_thing_is_for_is_answered_by_its_use(client: TestClient) -> None:
    body = ask(client, "hvad skal vi bruge den personalepolitiske redegørelse til hvert år?")
    assert first_citation(body) == ("2013-04-30", 2), body["answer"]
    assert "muligt at sammenligne over tid" in body["answer"], body["answer"]


def test_upskilling_is_training(client: TestClient) -> None:
    body = ask(client, "How much was set aside for upskilling the internal consultants at ØDC?")
    assert first_citation(body) == ("2013-05-21", 2), body["answer"]
    assert "250.000 kr." in body["answer"], body["answer"]


def test_the_figure_of_what_is_measured_leads(client: TestClient) -> None:
    body = ask(
        client,
        "How much is the kommune's own co-financing of the SPROG-lighed funding application?",
    )
    first_quote = body["answer"].split("»")[0]
    assert "661.680 kr." in first_quote, body["answer"]


def test_a_rate_or_share_asks_a_figure() -> None:
    assert analyze_question("what was the unemployment rate in HTK in 2013?").intent == "fact"
    assert analyze_question("hvad var ledighedsprocenten i 2013?").intent == "fact"
    assert analyze_question("what was the decision on the rates?").intent == "decision"


def test_a_point_holding_only_the_verb_does_not_answer(client: TestClient) -> None:
    body = ask(client, "hvordan fornyer jeg mit pas, og skal jeg bestille en tid?")
    assert body["refused"], body["answer"]
    # The matter named with the verb keeps its answer.
    kept = ask(client, "hvad blev besluttet om at indsatserne i borgerservice skal fornys?")
    assert first_citation(kept) == ("2013-05-21", 4), kept["answer"]
