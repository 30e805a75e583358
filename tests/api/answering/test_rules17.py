"""Question analysis of round 17, found by blind15's first read, on invented questions.

- A plan's period in two-digit years ("strategien 23-26") is two years and dates the plan.
- A month with no year beside it takes the one year the question names elsewhere.
- A month in which no meeting was held is what a point speaks of ("anbefalingerne fra april
  2012"): a point of another meeting that names that month and year may answer.
- "haft" ("hvad har direktionen haft på om …") asks; it is no matter.
- A summary of a meeting ("kort opsummering af mødet d. …") is a meeting overview.
"""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient

from api.answering.evidence import check_point, topic_weights
from api.retrieval.analysis import analyze_question
from indexer.models import AgendaPoint, Section
from tests.api.answering.test_support_quotes import meeting_of


def test_a_period_in_two_digit_years_dates_the_plan() -> None:
    a = analyze_question("er budgetrammen 24-27 vedtaget af udvalget?")
    assert a.constraints.years == (2024, 2027)
    assert a.constraints.versions == (("budgetrammen", 2024),)
    assert "24-27" not in a.topic and "budgetrammen" in a.topic


def test_hours_counts_and_day_months_are_no_periods() -> None:
    for question in (
        "blev mødet holdt kl. 13-14?",
        "kommer der mellem 10-12 borgere?",
        "hvad med 23-11",
    ):
        assert analyze_question(question).constraints.years == (), question
    # Backwards, or more than ten years: no plan's period.
    assert analyze_question("planen 26-23").constraints.years == ()
    assert analyze_question("planen 10-25").constraints.years == ()


def test_a_month_alone_takes_the_year_named_elsewhere() -> None:
    c = analyze_question(
        "hvem skulle deltage i møderne i 2014, ifølge huskelisten fra marts"
    ).constraints
    assert (c.date_from, c.date_to) == (date(2014, 3, 1), date(2014, 3, 31))
    c = analyze_question("what did the board decide in 2016 in october").constraints
    assert (c.date_from, c.date_to) == (date(2016, 10, 1), date(2016, 10, 31))
    # Two years named: the month belongs to neither for sure, so both years stay.
    c = analyze_question("huskelisten fra marts, i 2014 og i 2015").constraints
    assert (c.date_from, c.date_to) == (date(2014, 1, 1), date(2015, 12, 31))


def _point(text: str, title: str = "Status på handleplanen for læsning") -> AgendaPoint:
    """A one-section invented agenda point."""
    return AgendaPoint(
        number=4,
        title=title,
        case_number="14/220",
        closed=False,
        sections=(Section("Sagsfremstilling", text, 0, len(text)),),
        start=0,
        end=1,
    )


def test_a_point_that_names_the_month_holds_a_month_without_a_meeting() -> None:
    analysis = analyze_question("hvilke anbefalinger fra marts 2011 bygger læsningen på?")
    weights = topic_weights(analysis, lambda _w: 1.0)
    named = _point("Handleplanen bygger på de fem anbefalinger, byrådet vedtog i marts 2011.")
    meeting = meeting_of(named, "Skoleudvalget", date(2014, 2, 4))
    assert "date" not in check_point(analysis, meeting, named, weights).failed
    # The year alone is not the month.
    year_only = _point("Handleplanen bygger på de fem anbefalinger, byrådet vedtog i 2011.")
    meeting = meeting_of(year_only, "Skoleudvalget", date(2014, 2, 4))
    assert "date" in check_point(analysis, meeting, year_only, weights).failed


def test_a_month_a_board_acted_in_is_the_meetings_month() -> None:
    """What a board did or held in a month asks for that month's meeting; a thing dated by the
    month ("anbefalingerne fra marts 2011") may be named by a point of another meeting."""
    assert analyze_question("anbefalingerne fra marts 2011 om læsning").month_spoken_of == (2011, 3)
    for question in (
        "what did the school committee decide about reading in March 2011?",
        "referat fra direktionen marts 2011 - hvad kom de frem til om læsning?",
        "hvad skete der på mødet i marts 2011",
    ):
        assert analyze_question(question).month_spoken_of is None, question


def test_what_they_came_to_asks_for_the_decision() -> None:
    a = analyze_question("hvad kom udvalget frem til om læseplanen?")
    assert a.intent == "decision" and a.topic == ("læseplanen",)


def test_a_month_without_a_meeting_is_found_in_the_points_that_name_it(
    client: TestClient,
) -> None:
    question = "hvilke anbefalinger fra april 2012 bygger programmet for børne- og ungelivet på?"
    body = client.post("/v1/ask", json={"question": question}).json()
    assert not body["refused"], body["answer"]
    first = body["citations"][0]
    assert (first["meeting_date"], first["punkt"]) == ("2013-01-15", 3)
    # A month with meetings stays the meetings' month, and a month with neither a meeting nor a
    # point naming it is refused.
    body = client.post(
        "/v1/ask", json={"question": "hvad besluttede direktionen i april 2019?"}
    ).json()
    assert body["refused"] and not body["citations"]


def test_haft_asks_it_names_no_matter() -> None:
    a = analyze_question("hvad har direktionen haft på om arbejdsmiljø gennem tiden?")
    assert a.topic == ("arbejdsmiljø",)


def test_a_summary_of_a_meeting_is_its_overview(client: TestClient) -> None:
    a = analyze_question("kort opsummering af mødet 19.6.2017 tak")
    assert a.intent == "overview" and a.topic == ()
    assert analyze_question("can you summarise the meeting in June 2017").intent == "overview"
    body = client.post(
        "/v1/ask", json={"question": "kort opsummering af mødet 19.6.2017 tak"}
    ).json()
    assert not body["refused"], body["answer"]
    cited = {(c["meeting_date"], c["punkt"]) for c in body["citations"]}
    assert len(cited) >= 3 and {d for d, _ in cited} == {"2017-06-19"}


WRAPPED = (
    "Foreningen har søgt om et ekstraordinært tilskud på 60.000 kr. til\n"
    "istandsættelse af gulvet i foreningshuset ved Engvej. Gulvet blev ødelagt\n"
    "ved oversvømmelsen i marts.\n"
    "\n"
    "Udvalget anbefaler, at der ydes et tilskud på 40.000\n"
    "kr., og at foreningen selv dækker resten."
)


def test_a_sentence_printed_over_several_lines_is_one_sentence() -> None:
    """PDF and OCR text breaks its lines at the page's width: the amount at one line's end and
    the matter at the next line's start are one sentence, the amount beside the matter."""
    from api.answering.evidence import unwrap
    from api.answering.sentences import candidates

    joined = unwrap(WRAPPED)
    assert "kr. til istandsættelse af gulvet" in joined
    assert "40.000 kr., og at" in joined
    # Short lines (items, headings) and a capital after a full stop stay apart.
    assert unwrap("Indstilling:\nat godkende\nat afsætte midler") == (
        "Indstilling:\nat godkende\nat afsætte midler"
    )
    p = _point(WRAPPED)
    analysis = analyze_question("hvor mange penge søgte foreningen til gulvet?")
    meeting = meeting_of(p, "Kultur- og Fritidsudvalget", date(1999, 4, 8))
    assert (
        "amount"
        not in check_point(analysis, meeting, p, topic_weights(analysis, lambda _w: 1.0)).failed
    )
    sentences = [c.sentence for c in candidates(p, analysis.text)]
    assert any("60.000 kr. til istandsættelse af gulvet" in s for s in sentences), sentences


NAMED = [
    (
        "hvilket firma skal gøre rent på rådhuset?",
        "Rengøring af rådhuset - valg af leverandør",
        "Tre firmaer bød på rengøringen af rådhuset. Kontrakten tildeles Skovgaard Service, "
        "der gav det laveste tilbud.",
        "Rengøringen af rådhuset udbydes i foråret. Driftsbyen står for udbuddet af rengøringen.",
    ),
    (
        "hvilken by skal udvalget på studietur til?",
        "Udvalgets studietur 2025",
        "Udvalget besluttede, at studieturen i maj går til Hamborg.",
        "Udvalget besluttede, at studieturen ligger i maj; programmet fastlægges senere.",
    ),
    (
        "hvad hedder projektlederen for kulturnatten?",
        "Kulturnat 2025",
        "Kulturnatten holdes fredag den 10. oktober. Projektleder er Mette Holm.",
        "Kulturnatten holdes fredag den 10. oktober. Projektlederen ansættes i juni.",
    ),
    (
        "which consultancy will run the leadership course?",
        "Lederuddannelse 2025",
        "The leadership course will be run by Nordlys Consult A/S from September.",
        "The leadership course will be run by an external consultancy from September.",
    ),
]


def test_a_question_for_a_name_needs_a_name_beside_the_matter() -> None:
    """ "hvilket firma", "hvilken by", "hvad hedder": a point about the matter that writes no
    name of that kind does not say which; one that does answers."""
    from api.answering.evidence import name_asked

    for question, title, named, unnamed in NAMED:
        assert name_asked(question), question
        analysis = analyze_question(question)
        weights = topic_weights(analysis, lambda _w: 1.0)
        with_name = _point(named, title)
        evidence = check_point(analysis, meeting_of(with_name), with_name, weights)
        assert "name" not in evidence.failed, (question, evidence)
        without = _point(unnamed, title)
        assert "name" in check_point(analysis, meeting_of(without), without, weights).failed, (
            question
        )
    # Who did something is no question for a name of a kind: roles and units answer it too.
    assert name_asked("hvem har ansvaret for kulturnatten?") is None


def test_a_point_without_the_name_asked_for_says_so(client: TestClient) -> None:
    question = "hvilket konsulentfirma skal holde temadagene om sygefravær?"
    body = client.post("/v1/ask", json={"question": question}).json()
    assert body["refused"] and not body["citations"], body["answer"]
    assert body["answer"].startswith("Jeg fandt ikke navnet i referaterne."), body["answer"]
    assert body["suggestions"][0]["punkt"] == 4


def test_years_written_apart_are_each_asked_about() -> None:
    """ "både dengang i 2014 og nu i 2024": a point of either year answers its part; a range
    ("2018-2021") and a whole date's year ("den 16-01-2023 … i 2032") are no such years."""
    both = analyze_question(
        "hvordan ligger fraværet ift landsgennemsnittet, både dengang i 2014 og nu i 2024?"
    )
    assert both.constraints.any_year
    assert "dengang" not in both.topic and "både" not in both.topic
    assert analyze_question(
        "what was said about the library both in 2014 and in 2024"
    ).constraints.any_year
    assert not analyze_question("budgetforslag 2018-2021 og 2019").constraints.any_year
    assert not analyze_question(
        "hvad behandlede udvalget den 16-01-2023 i 2032?"
    ).constraints.any_year
    p = _point("Fraværet ligger i 2024 fortsat under landsgennemsnittet.")
    weights = topic_weights(both, lambda _w: 1.0)
    meeting = meeting_of(p, "Skoleudvalget", date(2024, 2, 4))
    assert not [f for f in check_point(both, meeting, p, weights).failed if f.startswith("year")]
    one = analyze_question("hvordan ligger fraværet ift landsgennemsnittet i 2014?")
    assert "year 2014" in check_point(one, meeting, p, topic_weights(one, lambda _w: 1.0)).failed


def test_over_the_years_asks_it_names_no_matter() -> None:
    for question in (
        "hvad er der sket med biblioteket gennem årene?",
        "what happened to the library over the years?",
    ):
        assert "årene" not in analyze_question(question).topic
        assert "years" not in analyze_question(question).topic


def test_a_project_lead_asked_for_is_a_name_by_that_role() -> None:
    """ "hvem er projektleder": a name beside the role the question names; leaders in general
    ("lederne") do not say who leads the project."""
    question = "hvem er projektleder på kulturnatten?"
    analysis = analyze_question(question)
    weights = topic_weights(analysis, lambda _w: 1.0)
    named = _point("Projektleder for kulturnatten er Mette Holm fra biblioteket.", "Kulturnat 2025")
    assert "name" not in check_point(analysis, meeting_of(named), named, weights).failed
    leaders = _point(
        "Kulturnatten drøftes med lederne i Holmby og Vestby inden sommer.", "Kulturnat 2025"
    )
    assert "name" in check_point(analysis, meeting_of(leaders), leaders, weights).failed


def test_when_a_meeting_began_is_read_from_its_header(client: TestClient) -> None:
    body = client.post(
        "/v1/ask",
        json={"question": "hvor blev direktionsmødet 19/6-2017 holdt, og hvornår begyndte det?"},
    ).json()
    assert not body["refused"], body["answer"]
    assert "Mødet begyndte kl. 08:30" in body["answer"], body["answer"]


def test_a_danish_question_over_minutes_in_english() -> None:
    """A Faroese or Greenlandic council may keep its minutes in English: the Danish question's
    words are checked in the English the glossary gives them too."""
    from api.retrieval.glossary import english_words

    assert "lease" in english_words("lejekontrakten")
    assert "school" in english_words("skolen")
    text = "The council extends the lease of the music school's rooms in the old harbour office."
    p = _point(text, "Lease for the music school")
    analysis = analyze_question("er lejekontrakten for musikskolen blevet forlænget?")
    evidence = check_point(
        analysis, meeting_of(p, "Town Council"), p, topic_weights(analysis, lambda _w: 1.0)
    )
    assert "lejekontrakten" not in evidence.missing and evidence.holds, evidence
