"""Answer rules from blind47's misses, after its one measurement at the start of the round
(training, said plainly); own phrasings of the real minutes.

- "er den færdigbehandlet?" beside a case number asks where the case stands: the case's
  timeline answers, as "status på sag …" does; "færdigbehandlet" is how it asks, no matter.
- "what is the price of …": "price" asks for a figure, as "cost" does; "small"/"large" are the
  minutes' "mindre"/"større" (glossary).
- "under which case number": the point's case number is part of the answer.
- "ifølge huskelisterne", "på direktionsmøderne i 2013": the plural of what several meetings'
  points are titled, or of the meetings, asks each meeting's part.
"""

from __future__ import annotations

from datetime import date

from builders import ask, first_citation
from fastapi.testclient import TestClient

from api.retrieval.analysis import analyze_question, names_board


def test_whether_a_case_is_done_is_its_status(client: TestClient) -> None:
    analysis = analyze_question("sygefraværspuljen 22/21089, er den færdigbehandlet?")
    assert analysis.intent == "case_status", analysis.intent
    assert "færdigbehandlet" not in analysis.topic
    english = analyze_question("is case 22/21089 settled yet?")
    assert english.intent == "case_status", english.intent
    body = ask(client, "rekrutteringspuljen 22/21670 – er den færdigbehandlet nu?")
    assert not body["refused"], body["answer"]
    assert first_citation(body) == ("2023-01-16", 3), body["answer"]
    assert "forelægges igen" in body["answer"], body["answer"]


def test_a_price_asks_for_the_figure_of_the_model_named(client: TestClient) -> None:
    body = ask(client, "what is the price of the small model for the citizen service area?")
    assert first_citation(body) == ("2017-06-19", 9), body["answer"]
    assert "146.551" in body["answer"].split("\n")[0], body["answer"]
    large = ask(client, "what would the large model for the citizen service area cost?")
    assert "271.836" in large["answer"].split("\n")[0], large["answer"]


def test_the_case_number_asked_is_given(client: TestClient) -> None:
    body = ask(client, "hvilket sagsnummer har punktet om sundhed og forebyggelse i april 2013?")
    assert first_citation(body) == ("2013-04-30", 5), body["answer"]
    assert "13/9325" in body["answer"], body["answer"]
    plain = ask(client, "hvad handler punktet om sundhed og forebyggelse i april 2013 om?")
    assert "13/9325" not in plain["answer"], plain["answer"]


def test_a_plural_of_recurring_points_asks_each_meeting(client: TestClient) -> None:
    body = ask(client, "hvilke HU-møder står der i huskelisterne fra 2013?")
    assert not body["refused"], body["answer"]
    dates = {c["meeting_date"] for c in body["citations"]}
    assert {"2013-04-30", "2013-05-21"} <= dates, body["answer"]
    assert "22. maj" in body["answer"], body["answer"]
    meetings = ask(client, "hvad gennemgik direktionen under økonomiopfølgning på møderne i 2013?")
    assert len({c["meeting_date"] for c in meetings["citations"]}) >= 2, meetings["answer"]


def test_a_period_open_at_its_end_is_every_meeting_since() -> None:
    for question in (
        "hvad er der sket med sygefraværet siden 2013?",
        "sygefravær fra 2013 og frem",
        "sick leave in 2013 and later",
    ):
        c = analyze_question(question).constraints
        assert (c.date_from, c.date_to, c.years) == (date(2013, 1, 1), None, ()), question
        assert not {"siden", "since", "frem", "later"} & set(analyze_question(question).topic)
    # A year alone, or "efter 2025" (as often the matter's time as the meeting's), stays a year.
    assert analyze_question("sygefravær i 2013").constraints.years == (2013,)
    assert analyze_question("hvad sker der med ordningen efter 2025?").constraints.years == (2025,)


def test_since_a_year_asks_each_meeting(client: TestClient) -> None:
    body = ask(client, "hvad har direktionen drøftet om borgerservice fra 2013 og frem?")
    dates = {c["meeting_date"] for c in body["citations"]}
    assert {"2013-05-21", "2017-06-19"} <= dates, body["answer"]


def test_a_places_board_is_named_by_its_kind() -> None:
    assert names_board("Ulvsig Lokalråd", "lokalråd")
    assert names_board("Kirkeby Sogns Menighedsråd", "menighedsråd")
    # Not every committee by the word all of them end in, nor another kind of board.
    assert not names_board("Teknisk Udvalg", "udvalg")
    assert not names_board("Ulvsig Lokalråd", "ældreråd")


def test_what_a_record_mentions_is_how_it_asks(client: TestClient) -> None:
    topic = analyze_question("hvilke datoer nævner huskelisterne for HU-møder?").topic
    assert not {"nævner", "datoer"} & set(topic), topic
    body = ask(client, "hvilke datoer nævner huskelisterne for HU-møder?")
    assert not body["refused"], body["answer"]
    assert first_citation(body)[1] in (6, 7), body["answer"]
