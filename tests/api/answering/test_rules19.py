"""Answer rules of round 19, found by blind19's and layouts_blind19's first reads; invented
points and phrasings.

- Abbreviations and time words staff type ("ifg.", "senere") are no matter of the question.
- "i kroner", "(kr)" ask for a sum; "how much did they apply for" asks for money.
- "dir." is the executive board; "what time and in which room did … meet" asks the header;
  "hvor langt er man med … (15/14870)" asks the case's status.
- "i 2013 og senere i 2017" is answered year by year.
- A meeting's overview gives that meeting's decision of a point decided again later (and says
  where it ended), and the sentence that records the decision over an opening account.
- A Danish word stands for its synonyms ("corona" / "covid-19"), never for a neighbouring one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.answering.evidence import _MONEY_Q_RE, check_point, topic_weights
from api.answering.structural import decision_line
from api.retrieval.analysis import analyze_question
from api.retrieval.glossary import danish_synonyms, load_synonyms
from indexer.models import AgendaPoint, Section
from tests.api.answering.test_support_quotes import meeting_of


def _point(*sections: tuple[str, str], title: str = "Sagen") -> AgendaPoint:
    return AgendaPoint(
        number=4,
        title=title,
        case_number="21/2209",
        closed=False,
        sections=tuple(
            Section(
                name,
                text,
                0,
                len(text),
                decision_date=date(2024, 3, 1 + k) if name == "Beslutning" else None,
            )
            for k, (name, text) in enumerate(sections)
        ),
        start=0,
        end=1,
    )


def test_abbreviations_and_time_words_are_no_matter() -> None:
    assert "ifg" not in analyze_question("ledigheden i kommunen ifg nøgletalsrapporten?").topic
    topic = analyze_question("hvad besluttede de om borgerservice i 2013 og saa senere i 2017?")
    assert "senere" not in topic.topic
    assert "borgerservice" in topic.topic


def test_a_unit_of_money_asks_for_a_sum() -> None:
    """ "hvad bliver taksterne i kroner": a point about the rates that gives no sum beside
    them does not answer; one that does, does."""
    analysis = analyze_question("hvad bliver de nye takster for klubhuset i kroner")
    weights = topic_weights(analysis, lambda _w: 1.0)
    vague = _point(("Sagsfremstilling", "Der udarbejdes nye takster for klubhuset til efteråret."))
    assert "amount" in check_point(analysis, meeting_of(vague), vague, weights).failed
    priced = _point(
        ("Sagsfremstilling", "De nye takster for klubhuset bliver 450 kr. pr. time."),
    )
    assert "amount" not in check_point(analysis, meeting_of(priced), priced, weights).failed
    assert _MONEY_Q_RE.search("how much did the school apply for from the fund")
    assert _MONEY_Q_RE.search("hvor meget blev der søgt om")
    # A count of applicants is no sum.
    assert not _MONEY_Q_RE.search("hvor mange har søgt om plads")


def test_dir_is_the_executive_board_and_a_dated_question_an_overview() -> None:
    a = analyze_question("dir møde 30/4 2013 - hvad blev besluttet")
    assert a.constraints.board == "direktion"
    assert a.intent == "overview"
    assert not a.topic
    # Not a word that merely begins so ("direkte", "dirigent").
    assert analyze_question("blev det sendt direkte til dirigenten?").constraints.board is None


def test_where_and_when_a_meeting_sat_asks_the_header() -> None:
    for q in (
        "what time and in which room did the committee meet on 21 may 2013",
        "hvilket lokale blev mødet holdt i den 3. maj?",
        "where did the board meet on 3 May?",
    ):
        assert analyze_question(q).intent == "attendance", q


def test_how_far_with_a_case_number_asks_the_case_status() -> None:
    a = analyze_question("hvor langt er man kommet med revisionen af politikken (15/14870)")
    assert a.intent == "case_status"
    assert a.constraints.case_number == "15/14870"


def test_two_years_are_answered_year_by_year(client: TestClient) -> None:
    question = "borgerservice - hvad har direktionen besluttet i 2013 og saa senere i 2017?"
    body = client.post("/v1/ask", json={"question": question}).json()
    assert not body["refused"], body["answer"]
    years = [c["meeting_date"][:4] for c in body["citations"]]
    assert sorted(years[:2]) == ["2013", "2017"], body["answer"]


def test_a_meetings_overview_gives_that_days_decision_and_where_it_ended() -> None:
    point = _point(
        ("Sagsfremstilling", "Forvaltningen foreslår en ny fordeling af puljen."),
        ("Beslutning", "Sagen blev ikke behandlet på mødet."),
        ("Beslutning", "Udvalget godkendte fordelingen med en mindre justering."),
    )
    # Decided on 1 March (Sagsfremstilling is k=0: the first decision is dated 2 March).
    assert decision_line(point, on=date(2024, 3, 2)) == "Sagen blev ikke behandlet på mødet."
    assert decision_line(point).startswith("Udvalget godkendte")


def test_the_sentence_that_records_the_decision_outranks_the_opening_account() -> None:
    account = (
        "Tre medarbejdere fra centret deltog under drøftelsen og gav en kort gennemgang af "
        "arbejdet siden sidst, hvor udvalget så et første udkast. "
    )
    decision = (
        account * 3 + "Udvalget godkendte dermed strategien med de foreslåede ændringer. "
        "Der var enighed om, at der fremover skal gives en status hvert halve år til udvalget, "
        "så arbejdet kan følges tæt af alle, og at status skal indeholde nøgletal for indsatsen."
    )
    point = _point(("Beslutning", decision))
    line = decision_line(point, 233)
    assert line.startswith("Udvalget godkendte dermed strategien"), line


def test_a_danish_word_stands_for_its_synonyms_only() -> None:
    assert "covid-19" in danish_synonyms("corona")
    assert "renovation" in danish_synonyms("skraldeafhentning")
    # Neighbouring matters are no synonyms.
    assert "børnehave" not in danish_synonyms("vuggestue")
    analysis = analyze_question("hvor mange penge kan foreningerne søge pga. corona")
    weights = topic_weights(analysis, lambda _w: 1.0, lambda _s: False)
    point = _point(
        (
            "Sagsfremstilling",
            "Foreningerne kan søge kompensation for tabte indtægter under covid-19 "
            "på i alt 400.000 kr.",
        ),
    )
    evidence = check_point(analysis, meeting_of(point), point, weights)
    assert "corona" not in evidence.missing, evidence
    other = analyze_question("hvor mange penge kan foreningerne søge pga. influenza")
    weights = topic_weights(other, lambda _w: 1.0, lambda _s: False)
    assert "influenza" in check_point(other, meeting_of(point), point, weights).missing


def test_a_synonym_group_of_one_word_is_refused_by_line(tmp_path: Path) -> None:
    f = tmp_path / "synonyms.tsv"
    f.write_text("# groups\nskrald\taffald\nensom\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"synonyms.tsv:3"):
        load_synonyms(f)


def test_an_address_asked_for_must_be_written() -> None:
    """ "hvilken adresse": a point about the building that writes no street and number does
    not say where; one that does, does."""
    analysis = analyze_question("hvor skal det nye klubhus ligge, hvilken adresse?")
    weights = topic_weights(analysis, lambda _w: 1.0)
    vague = _point(("Sagsfremstilling", "Det nye klubhus skal ligge tæt på idrætsanlægget."))
    assert "address" in check_point(analysis, meeting_of(vague), vague, weights).failed
    placed = _point(("Sagsfremstilling", "Det nye klubhus skal ligge på Engvej 14 ved banen."))
    assert "address" not in check_point(analysis, meeting_of(placed), placed, weights).failed


def test_the_list_whose_items_give_the_sums_answers_how_much_to_each(client: TestClient) -> None:
    """The recruitment pool's point lists its three areas bare in the proposal and with their
    sums in the decision: asked how much each gets, the decision's list answers."""
    question = (
        "rekrutteringspuljen paa 4 mio - hvilke indsatsomraader og hvor mange penge til hver?"
    )
    body = client.post("/v1/ask", json={"question": question}).json()
    assert not body["refused"], body["answer"]
    assert "Kompetenceudvikling fordeles med 2 mio. kr." in body["answer"], body["answer"]


def test_what_a_named_thing_is_about_must_hold() -> None:
    """ "ansøgningen til fonden om ensomhed blandt ældre": a point about an application to the
    fund about something else does not answer; asked about its own subject, it does."""
    point = _point(
        (
            "Sagsfremstilling",
            "Forvaltningen har søgt Lindefonden om støtte til et projekt om sprog hos småbørn "
            "i boligområderne.",
        ),
        title="Ansøgning til Lindefonden",
    )
    other = analyze_question("ansøgningen til lindefonden om ensomhed blandt ældre - status?")
    weights = topic_weights(other, lambda _w: 1.0)
    assert "subject" in check_point(other, meeting_of(point), point, weights).failed
    own = analyze_question("ansøgningen til lindefonden om sprog hos småbørn - status?")
    weights = topic_weights(own, lambda _w: 1.0)
    assert "subject" not in check_point(own, meeting_of(point), point, weights).failed
    # "om morgenen" says when, not what the thing is about.
    morning = analyze_question("skal ansøgningen til lindefonden sendes ind om morgenen?")
    weights = topic_weights(morning, lambda _w: 1.0)
    assert "subject" not in check_point(morning, meeting_of(point), point, weights).failed
    # "hvad besluttede de om X" names X alone: no thing before "om" to be about it.
    plain = analyze_question("hvad besluttede de om ensomhed blandt ældre?")
    weights = topic_weights(plain, lambda _w: 1.0)
    assert "subject" not in check_point(plain, meeting_of(point), point, weights).failed


def test_whether_money_came_in_needs_a_recorded_outcome(client: TestClient) -> None:
    """The minutes describe the application to Egmontfonden but record no grant or refusal:
    "fik vi pengene" is refused saying so; how much was applied for is answered."""
    body = client.post(
        "/v1/ask", json={"question": "fik vi så pengene fra Egmontfonden til SPROG-lighed?"}
    ).json()
    assert body["refused"] and not body["citations"], body["answer"]
    assert "udfaldet" in body["answer"]
    body = client.post(
        "/v1/ask", json={"question": "hvor mange penge søgte vi egmontfonden om?"}
    ).json()
    assert not body["refused"] and "5.358.282 kr" in body["answer"], body["answer"]
    granted = _point(
        ("Sagsfremstilling", "Fonden har givet tilsagn om 300.000 kr. til legepladsen."),
    )
    analysis = analyze_question("fik vi pengene fra fonden til legepladsen?")
    weights = topic_weights(analysis, lambda _w: 1.0)
    assert "outcome" not in check_point(analysis, meeting_of(granted), granted, weights).failed


def test_what_a_fund_ended_up_granting_needs_a_recorded_outcome() -> None:
    from api.answering.evidence import _OUTCOME_Q_RE

    assert _OUTCOME_Q_RE.search("How much money did the fund end up granting to the project?")
    assert not _OUTCOME_Q_RE.search("How much money did we apply for from the fund?")


def test_time_and_place_of_a_meeting_are_the_headers(client: TestClient) -> None:
    """The header of 21-05-2013 names no attendees but gives the room and the hour: asked for
    time and place, those answer; asked who sent apologies, the refusal says nobody is named."""
    body = client.post(
        "/v1/ask", json={"question": "tidspunkt og sted for direktionsmødet d 21/5-13"}
    ).json()
    assert not body["refused"], body["answer"]
    assert "B105" in body["answer"] and "10:00" in body["answer"]
    body = client.post("/v1/ask", json={"question": "hvem havde afbud til mødet 30.4.2013"}).json()
    assert body["refused"]


def test_what_a_method_is_is_said_by_what_it_builds_on() -> None:
    from tests.api.answering.test_support_quotes import answer

    point = _point(
        (
            "Sagsfremstilling",
            "Det overvejes at indføre metoden Hurtig Afklaring i jobcentret. "
            "Metoden Hurtig Afklaring bygger på en samtale med borgeren inden for to dage. "
            "Jobcentret har drøftet sagen med de faglige organisationer.",
        ),
    )
    text = answer(point, "hvad er hurtig afklaring for en metode?", 200)
    assert "bygger på en samtale" in text, text


def test_a_question_typed_without_danish_letters_meets_the_written_words() -> None:
    from api.answering.sentences import question_terms
    from indexer.text import tokenize

    terms = question_terms("hvornaar skal byraadet godkende sporene")
    assert set(tokenize("Byrådet")) <= terms


def test_each_year_asked_gets_a_point_though_another_year_fills_the_room() -> None:
    """Three close points of three 2017 meetings and a weaker one of 2013: asked about 2013 and
    2017, the 2013 point is kept, not cut by the room the 2017 points took."""
    from api.answering.evidence import Evidence
    from api.answering.extractive import ExtractiveAnswerer, _Checked
    from api.retrieval.fusion import PointResult

    def checked(number: int, day: date, score: float) -> _Checked:
        p = _point(("Sagsfremstilling", "Borgerservice flytter."), title=f"Sag {number}")
        p = AgendaPoint(
            number=number,
            title=p.title,
            case_number=p.case_number,
            closed=False,
            sections=p.sections,
            start=0,
            end=1,
        )
        m = replace(meeting_of(p, day=day), meeting_id=f"m{number}")
        result = PointResult(m.meeting_id, day, number, p.title, None, m.board, score, ())
        return _Checked(result, m, p, Evidence(m.meeting_id, number, True, 1.0))

    passing = [
        checked(1, date(2017, 6, 19), 1.0),
        checked(2, date(2017, 8, 14), 0.99),
        checked(3, date(2017, 9, 11), 0.98),
        checked(4, date(2013, 5, 21), 0.5),
    ]
    analysis = analyze_question("hvad besluttede de om borgerservice i 2013 og senere i 2017?")
    chosen = ExtractiveAnswerer(max_points=3)._choose(analysis, passing)
    assert chosen[0] is passing[0]
    assert any(c.meeting.date.year == 2013 for c in chosen), [c.point.number for c in chosen]
