"""Answer rules from blind46's misses, after its one measurement at the end of the round that
built test_rules35 (training, said plainly); own phrasings of the real minutes.

- "afgjort ugen efter", "først": when a matter was settled, counted from the meeting asked
  about, is no matter ("Jeg fandt intet om først afgjort ugen" refused an overview question).
- "hvad er meningen med …": what a thing is for, as "hvad skal den bruges til" asks it.
- "recalculated" is "beregnet"/"berigtiget" (glossary): the cause of the recalculation is in
  the sentence that says the rates were "fejlagtigt … beregnet".
- "how do I renew my passport at borgerservice": the asker's own thing ("my passport", "mit
  kørekort") must stand in the point that answers, not only the service that handles such
  errands.
"""

from __future__ import annotations

from builders import ask, first_citation
from fastapi.testclient import TestClient

from api.answering.sentences import question_terms
from api.retrieval.analysis import analyze_question


def test_when_a_matter_was_settled_is_no_matter() -> None:
    topic = analyze_question("hvilke punkter blev først afgjort ugen efter mødet 16/1-23?").topic
    assert not {"først", "afgjort", "ugen"} & set(topic), topic
    english = analyze_question("which items were decided the week after the 16 January meeting?")
    assert "week" not in english.topic, english.topic


def test_the_meaning_of_a_thing_is_its_use(client: TestClient) -> None:
    body = ask(client, "hvad er meningen med den årlige personalepolitiske redegørelse?")
    assert first_citation(body) == ("2013-04-30", 2), body["answer"]
    assert "muligt at sammenligne over tid" in body["answer"], body["answer"]


def test_a_recalculation_is_a_calculation(client: TestClient) -> None:
    assert "beregn" in question_terms("why were the rates recalculated?", "en")
    body = ask(client, "Why did the rates of Solgården have to be recalculated?")
    assert first_citation(body) == ("2017-06-19", 5), body["answer"]
    assert "fejlagtigt" in body["answer"], body["answer"]


def test_an_errand_needs_every_thing_of_it(client: TestClient) -> None:
    for question in (
        "How can I renew my passport at borgerservice in Høje-Taastrup?",
        "hvordan fornyer jeg mit kørekort i borgerservice?",
    ):
        body = ask(client, question)
        assert body["refused"], body["answer"]
    # An errand the minutes do speak of keeps its answer.
    kept = ask(client, "kan jeg få hjælp til selvbetjening i borgerservice?")
    assert first_citation(kept) == ("2013-05-21", 4), kept["answer"]
