"""Answer rules from blind41's misses, after its one measurement (training, said plainly); own
phrasings of the real minutes.

- A quantity asked in a unit of measure ("hvor mange timer om ugen", "how many days") is a
  figure in that unit: a point about the matter that counts or prices other things does not
  give it.
- "… på seminaret", "at the workshop": the occasion a matter was taken up at is no word the
  point must cover when the question names the matter besides it.
- "nøgletalsrapporten – skal den behandles politisk?": a matter named first, then a question
  opening with its verb, asks whether it was decided.
- Adverbs around the matter ("forbi", "ellers"; not "fremover", which a point that changes a
  price writes too) and the degree asked ("hvor stærkt", "how fast") are no matter; a degree
  asks a measure's figure, and the sentence that gives it in the degree's unit ("40 km/t") is
  picked beside the matter's.
- "hvilke dage og tidspunkter", "hvornår på døgnet": the days and hours asked are no matter,
  and a point that names no weekday or clock time does not give them.
- A rate asked ("dagstakst", "takst pr. plads", "daily rate") needs a price per unit: a
  budget's total and a cut in percent do not give it. A rate compound the minutes never write
  ("timepris") is given by a sum per its unit ("kr. 310 pr. time"); a period's adverb gives
  one too ("595 kr. årligt").
- "the directorate" is the executive board ("Direktionen"), as "executive board" is.
- A case status whose every decision is a few words ("Taget til efterretning.") says what the
  case is about, from its account.
- After blind42's one measurement (training): "hvor foregik dir. møde 19/6 2017" asks the
  venue (a board between the verb and the meeting), "foregik" is a word of the asking; an
  "eftersyn" is a "servicetjek" (synonyms.tsv).
"""

from __future__ import annotations

from builders import ask, first_citation
from fastapi.testclient import TestClient

from api.answering.evidence import _RATE_GIVEN_RE, _measure_given, _rate_written
from api.answering.sentences import _degree_units
from api.retrieval.analysis import analyze_question


def test_a_quantity_in_a_unit_needs_a_figure_in_that_unit(client: TestClient) -> None:
    staffed = ask(client, "hvor mange timer om ugen skal jobbutikken være bemandet?")
    assert staffed["refused"], staffed["answer"]
    assert "Indretning af borgerserviceområdet" in staffed["answer"]
    english = ask(client, "how many hours per week is the floorwalker area staffed?")
    assert english["refused"], english["answer"]
    days = ask(client, "hvor mange dage varer kursusforløbet for ØDC's konsulenter?")
    assert not days["refused"], days["answer"]
    assert first_citation(days) == ("2013-05-21", 2)
    assert "3 dages" in days["answer"]


def test_a_figure_in_the_unit_is_written_many_ways() -> None:
    asked = "hvor mange timer om ugen er der åbent?"
    assert _measure_given(asked, "Der er åbent 30 timer om ugen.")
    assert _measure_given(asked, "Åbent i alt 12 t. ugentligt.")
    assert _measure_given(asked, "Der afsættes tre arbejdstimer dagligt.")
    assert not _measure_given(asked, "Der ansættes 4 medarbejdere til 1,2 mio. kr.")
    weeks = "how many weeks does the course last?"
    assert _measure_given(weeks, "Forløbet varer en uge.")
    assert _measure_given(weeks, "Et 6-ugers forløb for borgerne.")
    assert not _measure_given(weeks, "Forløbet har 20 pladser.")
    # No unit asked: nothing to check.
    assert _measure_given("hvor mange pladser er der?", "Ingen tal.")
    # The counted thing before the unit: "how many theme days".
    assert _measure_given("how many theme days?", "Cirka 15-20 temadage.")
    assert not _measure_given("how many theme days?", "Afsat 600.000 kr.")


def test_the_occasion_is_no_matter_beside_one() -> None:
    asked = analyze_question("budget i balance - hvad blev aftalt på seminaret i juni 2017?")
    assert "seminaret" not in asked.topic
    assert "balance" in asked.topic
    english = analyze_question("what was agreed at the workshop about the policy concept?")
    assert "workshop" not in english.topic
    # Alone it is what the question asks about.
    assert "seminaret" in analyze_question("hvad skete der på seminaret i juni 2017?").topic


def test_the_occasion_does_not_rank_the_programme_first(client: TestClient) -> None:
    body = ask(client, "politikkonceptet: hvad blev der aftalt på seminaret i juni 2017?")
    assert not body["refused"], body["answer"]
    assert first_citation(body) == ("2017-06-19", 7)


def test_a_matter_named_first_then_a_verb_question_asks_a_decision() -> None:
    asked = analyze_question("benchmarkrapporten – skal den forelægges politikerne?")
    assert asked.intent == "decision"
    assert analyze_question("Solgården: blev de nye takster godkendt?").intent == "decision"
    assert analyze_question("takster på Solgården").intent != "decision"


def test_a_terse_case_status_says_what_the_case_is(client: TestClient) -> None:
    body = ask(client, "hvor står sag 22/11606?")
    assert not body["refused"], body["answer"]
    assert "Sagen handler om" in body["answer"]
    assert "Egmontfonden" in body["answer"]
    # A decision that says what was done needs no account beside it.
    long = ask(client, "status på sag 17/163")
    assert "Sagen handler om" not in long["answer"]


def test_adverbs_and_the_degree_asked_are_no_matter() -> None:
    asked = analyze_question(
        "hvor stærkt må man køre forbi skolen på Bakkevej fremover, og hvad sker der ellers?"
    )
    for word in ("stærkt", "forbi", "ellers"):
        assert word not in asked.topic, asked.topic
    assert "Bakkevej" in asked.topic
    assert "fast" not in analyze_question("how fast may cars drive past the school?").topic
    # "hvor lang transporttid": the matter after the degree stays.
    assert "transporttid" in analyze_question("hvor lang transporttid får eleverne?").topic


def test_days_and_hours_asked_need_days_or_hours(client: TestClient) -> None:
    asked = analyze_question("hvilke dage og tidspunkter er borgerservice åben?")
    assert "dage" not in asked.topic and "tidspunkter" not in asked.topic
    afternoons = analyze_question("hvilke eftermiddage er der lektiecafé på skolen?")
    assert "eftermiddage" not in afternoons.topic
    body = ask(client, "på hvilke tidspunkter skal borgerne kunne bruge den nye jobbutik?")
    assert body["refused"], body["answer"]
    program = ask(client, "hvornår på dagen var frokosten på direktionsseminaret 19. juni 2017?")
    assert not program["refused"], program["answer"]


def test_a_rate_asked_needs_a_price_per_unit(client: TestClient) -> None:
    for question in (
        "hvad bliver døgntaksten for en plads på Taxhuset?",
        "what is the new price per place at Solgården?",
    ):
        body = ask(client, question)
        assert body["refused"], body["answer"]
        assert "Budgetanalyser" in body["answer"]
    decided = ask(client, "hvad blev besluttet om taksterne på Taxhuset?")
    assert not decided["refused"], decided["answer"]
    assert _rate_written("timepris", "Tilbud på kr. 310 pr. time for lastvogn.")
    assert _rate_written("døgntakst", "Prisen er 1.250 kr. pr. døgn.")
    assert not _rate_written("timepris", "Tilbuddet lyder på 310.000 kr. i alt.")
    assert not _rate_written("budget", "kr. 310 pr. time")
    assert _RATE_GIVEN_RE.search("Ordningen koster 595 kr. årligt for 18 tømninger.")
    assert not _RATE_GIVEN_RE.search("Budgettet er 10,8 mio. kr. i alt.")


def test_the_directorate_is_the_executive_board() -> None:
    asked = analyze_question("what did the directorate decide about the procurement strategy?")
    assert asked.constraints.board == "direktion"
    assert "directorate" not in asked.topic


def test_the_degree_asked_is_given_in_its_unit() -> None:
    speed = _degree_units("hvor stærkt må man køre på Bakkevej?")
    assert speed is not None
    assert speed.search("Hastigheden sænkes fra 60 til 40 km/t.")
    assert not speed.search("Beboerne har samlet 212 underskrifter om hastigheden.")
    old = _degree_units("how old is the school building?")
    assert old is not None and old.search("Bygningen er 85 år gammel.")
    assert _degree_units("hvor mange pladser er der?") is None


def test_where_the_boards_meeting_was_held_is_its_venue(client: TestClient) -> None:
    asked = analyze_question("hvor foregik direktionens møde den 19. juni 2017?")
    assert asked.intent == "attendance"
    assert "foregik" not in asked.topic
    body = ask(client, "hvor foregik dir. møde 30/4 2013")
    assert not body["refused"], body["answer"]
    assert "Mødelokale B105" in body["answer"]


def test_an_overhaul_is_a_service_check(client: TestClient) -> None:
    body = ask(client, "hvorfor skal politikkonceptet have et eftersyn?")
    assert not body["refused"], body["answer"]
    assert first_citation(body) == ("2017-06-19", 7)
