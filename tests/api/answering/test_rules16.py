"""Answer rules of round 16, on invented agenda points and on the seed corpus.

- A long decision block quotes what was decided or agreed ("godkendte", "der var enighed om")
  before the account of the discussion around it.
- A long list that is not asked for whole gives the items the question names, not its bare
  introduction ("… konkluderer bl.a. følgende:").
- A question about a matter over time ("gennem tiden") gives each meeting its part.
"""

from __future__ import annotations

import re
from datetime import date

from fastapi.testclient import TestClient

from api.answering.extractive import _asks_items, _decision_quote, _fit_list, _named_subjects
from api.answering.sentences import candidates, question_terms, records_decision
from api.retrieval.analysis import analyze_question
from indexer.language import HISTORY_CUES
from indexer.models import AgendaPoint, Section
from tests.api.answering.test_support_quotes import answer, meeting_of

# A decision block that tells the story of the discussion before what was agreed.
STORY = "\n".join(
    [
        "Mette og Jonas fra Kultursekretariatet deltog under punktet og gav indledningsvis en "
        "grundig gennemgang af arbejdet med planen siden udvalgets første drøftelse i efteråret.",
        "Planen er siden blevet bearbejdet, og der er udarbejdet et forslag til en tidsplan med "
        "en række borgermøder i de fire bydele i løbet af foråret.",
        "Oplægget lagde desuden op til en drøftelse af, hvordan foreningerne kan inddrages.",
        "Udvalget godkendte herefter kulturplanen, herunder tidsplanen for borgermøderne.",
        "Om foreningerne var der enighed om, at der skal holdes et dialogmøde i Idrætsrådet, "
        "hvor planen kan præsenteres for de lokale foreninger.",
    ]
)


def decided_point(text: str) -> AgendaPoint:
    section = Section("Beslutning", text, 0, len(text), decision_date=date(2025, 2, 3))
    return AgendaPoint(
        number=3,
        title="Kulturplan 2025-2028",
        case_number="25/120",
        closed=False,
        sections=(section,),
        start=0,
        end=1,
    )


def test_agreement_in_the_minutes_words_is_a_decision() -> None:
    assert records_decision("Der var enighed om, at sagen sendes i høring.")
    assert records_decision("Der var generelt opbakning til en opdeling i tre spor.")
    assert not records_decision("Oplægget lagde op til en drøftelse af inddragelsen.")


def test_a_long_decision_quotes_what_was_agreed_before_the_story() -> None:
    p = decided_point(STORY)
    question = "blev kulturplanen godkendt?"
    analysis = analyze_question(question)
    cands = candidates(p, question, language=analysis.language)
    terms = question_terms(question)
    text = _decision_quote(p.decisions[0], cands, set(), _named_subjects(terms, p), 260, terms)
    assert "godkendte herefter kulturplanen" in text
    assert "dialogmøde i Idrætsrådet" in text
    # The account of who presented it is what gives way.
    assert "grundig gennemgang" not in text


CONCLUSIONS = [
    f"{area}: Kommunen ligger {where} i sammenligningen, og udgifterne har været {trend} over "
    "hele perioden, hvilket forklares med befolkningens sammensætning og de særlige "
    "rammevilkår, som området har haft i de seneste år."
    for area, where, trend in [
        ("Dagtilbud", "midt", "stabile"),
        ("Skoler", "højt", "stigende"),
        ("Ældre", "lavt", "faldende"),
        ("Handicap", "højt", "svingende"),
        ("Beskæftigelse", "midt", "stigende"),
        ("Administration", "højt", "faldende"),
        ("Vejvedligeholdelse", "lavt", "stabile"),
        ("Tværgående områder", "lavt på sygefravær, som er halveret", "faldende"),
    ]
]


def report_point() -> AgendaPoint:
    background = "Rapporten konkluderer bl.a. følgende for kommunen:\n" + "\n".join(CONCLUSIONS)
    return AgendaPoint(
        number=2,
        title="Nøgletalsrapport 2025",
        case_number="25/88",
        closed=False,
        sections=(Section("Sagsfremstilling", background, 0, len(background)),),
        start=0,
        end=1,
    )


def test_a_long_list_gives_the_item_asked_about_not_its_bare_introduction() -> None:
    p = report_point()
    question = "hvad sagde nøgletalsrapporten om sygefravær?"
    terms = question_terms(question)
    intro = next(c for c in candidates(p, question) if c.follows)
    assert len(intro.quote) > 1200 and _asks_items(intro, terms, p)
    assert "Tværgående områder: Kommunen ligger lavt på sygefravær" in _fit_list(intro, terms, 300)
    # With no room for the introduction beside it, the item alone answers.
    assert "sygefravær" in _fit_list(intro, terms, 140)
    text = answer(p, question, 600)
    assert "sygefravær" in text.split("»")[0], text


def test_a_list_item_that_shares_only_the_title_is_not_asked_about() -> None:
    p = report_point()
    intro = next(c for c in candidates(p, "nøgletalsrapport") if c.follows)
    assert not _asks_items(intro, question_terms("hvad står der i nøgletalsrapporten?"), p)


def test_history_cues_are_about_time_not_a_project_across_centres() -> None:
    cue = re.compile(HISTORY_CUES, re.IGNORECASE)
    assert cue.search("hvordan er sygefravær kommet op på møderne gennem tiden")
    assert cue.search("hvad har direktionen sagt om det på tværs af møderne")
    assert cue.search("how has the board dealt with it across its meetings")
    assert not cue.search("hvad blev konkluderet om projektet sundhed på tværs")
    assert not cue.search("who sits on the group across the four centres")


def test_a_matter_over_time_gets_a_part_from_each_meeting(client: TestClient) -> None:
    question = "hvordan er sygefravær kommet op på direktionens møder gennem tiden"
    body = client.post("/v1/ask", json={"question": question}).json()
    assert not body["refused"]
    dates = {c["meeting_date"] for c in body["citations"]}
    assert {"2023-01-16", "2013-05-21"} <= dates, body["citations"]
    # The 2013 benchmark point's part is about sickness absence, not its decision on the
    # report's next issue.
    part = body["answer"].split("21-05-2013")[1].split("\n\n")[0]
    assert "sygefravær" in part, body["answer"]


def test_an_english_word_is_checked_in_english_minutes_too() -> None:
    """ "per day" in an English question: the glossary's Danish "dage" and the word itself,
    since a Faroese or Greenlandic council may keep its minutes in English."""
    from api.answering.evidence import check_point, topic_weights

    text = (
        "The harbour committee proposes a new fee for visiting trawlers. A vessel over 40 "
        "metres will pay DKK 2,400 per day at the quay."
    )
    p = AgendaPoint(
        number=2,
        title="Harbour fees for visiting vessels",
        case_number="19/44",
        closed=False,
        sections=(Section("Background", text, 0, len(text)),),
        start=0,
        end=1,
    )
    meeting = meeting_of(p, "Town Council", date(2019, 10, 3))
    analysis = analyze_question("what do visiting trawlers pay per day?")
    weights = topic_weights(analysis, lambda _w: 1.0)
    day = next(t for t in weights if t.word == "day")
    assert "day" in day.alternatives and len(day.alternatives) > 1
    assert "day" not in check_point(analysis, meeting, p, weights).missing


def test_a_point_without_the_amount_asked_for_says_so(client: TestClient) -> None:
    body = client.post("/v1/ask", json={"question": "hvad kostede nytårskuren?"}).json()
    assert body["refused"] and not body["citations"]
    assert body["answer"].startswith("Jeg fandt ikke beløbet i referaterne."), body["answer"]
    assert body["suggestions"]


def test_a_version_asked_for_the_year_after_an_article() -> None:
    """ "the byrådshøjskole for the 2022 council" asks for that year's version, as
    "byrådshøjskolen 2022" and "strategibrevet for 2018" do."""
    versions = analyze_question(
        "what was decided about the byrådshøjskole for the 2022 council?"
    ).constraints.versions
    assert ("byrådshøjskole", 2022) in versions
    assert ("strategibrevet", 2018) in analyze_question(
        "hvad med strategibrevet for 2018?"
    ).constraints.versions


def test_the_infinitive_koste_asks_for_an_amount() -> None:
    from api.answering.evidence import _AMOUNT_Q_RE

    assert _AMOUNT_Q_RE.search("hvad maa studieturen for byraadet koste?")
    assert _AMOUNT_Q_RE.search("hvad kommer det nye tag til at koste")
    assert not _AMOUNT_Q_RE.search("hvad blev besluttet om takststrukturen")


def test_was_someone_there_with_only_a_date_asks_about_attendance() -> None:
    assert analyze_question("var Anya med d. 16/1-23?").intent == "attendance"
    assert analyze_question("var Lars Holte med?").intent == "attendance"
    assert analyze_question("var direktionen med på ideen om et fælles kursus?").intent != (
        "attendance"
    )
