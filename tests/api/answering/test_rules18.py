"""Answer rules of round 18, found by blind17's first read; invented points and phrasings.

- A date with no meeting finds a point whose decision the minutes date that day.
- Two words joined ("puljen X og puljen Y") may be answered by two points, one each.
- A role the meeting header gives ("sekretær") is asked of the header; a question for who,
  where the header names nobody, is refused; "hvem deltog under pkt. om …" asks the point.
- Lines printed to a page width go on with a parenthesis or a number; initials end no sentence.
- "den lille model" finds "den mindre model"; a decision about two named subjects quotes each.
- An English question may name its matter in Danish ("the policy on hjemmearbejde").
- A word the archive never uses is said otherwise when it alone finds the point first, closely.
- "hvor meget dyrere" asks for the change; "det nye bad" is a thing; a list of the asked
  length named in a row leads.
"""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient

from api.answering.evidence import check_point, topic_weights, unwrap
from api.answering.extractive import MEANING_FLOOR
from api.answering.sentences import question_terms, split_line
from api.retrieval.analysis import analyze_question
from api.service import ReferatService
from indexer.models import AgendaPoint, Section
from indexer.text import tokenize
from tests.api.answering.test_support_quotes import answer, meeting_of


def _point(text: str, title: str, decision: str | None = None) -> AgendaPoint:
    sections = [Section("Sagsfremstilling", text, 0, len(text))]
    if decision is not None:
        sections.append(Section("Beslutning", decision, 0, len(decision)))
    return AgendaPoint(
        number=6,
        title=title,
        case_number="09/118",
        closed=False,
        sections=tuple(sections),
        start=0,
        end=1,
    )


def test_a_day_without_a_meeting_finds_the_point_decided_that_day(client: TestClient) -> None:
    """The minutes of 16-01-2023 date one point's decision 23-01-2023 (decided a week later):
    asked about that day, the point answers; a day with neither a meeting nor a decision is
    refused."""
    body = client.post(
        "/v1/ask", json={"question": "hvad besluttede de om sygefraværspuljen den 23. januar 2023"}
    ).json()
    assert not body["refused"], body["answer"]
    first = body["citations"][0]
    assert (first["meeting_date"], first["punkt"]) == ("2023-01-16", 4)
    body = client.post(
        "/v1/ask", json={"question": "hvad besluttede de om sygefraværspuljen den 24. januar 2023"}
    ).json()
    assert body["refused"] and not body["citations"]


def test_two_matters_joined_are_answered_by_a_point_each(client: TestClient) -> None:
    body = client.post(
        "/v1/ask", json={"question": "hvordan gik det med sygefraværspuljen og rekrutteringspuljen"}
    ).json()
    assert not body["refused"], body["answer"]
    assert {(c["meeting_date"], c["punkt"]) for c in body["citations"]} == {
        ("2023-01-16", 3),
        ("2023-01-16", 4),
    }
    # One matter and a word of no point is not two matters.
    body = client.post(
        "/v1/ask", json={"question": "hvordan gik det med sygefraværspuljen og kantineordningen"}
    ).json()
    assert body["refused"], body["answer"]


def test_a_role_in_the_header_is_asked_of_the_header(client: TestClient) -> None:
    body = client.post(
        "/v1/ask", json={"question": "hvem var sekretær ved direktionsmødet 19. juni 2017"}
    ).json()
    assert not body["refused"], body["answer"]
    assert "Kathrine Seier Skastrup (sekretær)" in body["answer"]


def test_who_is_refused_where_the_header_names_nobody(client: TestClient) -> None:
    body = client.post("/v1/ask", json={"question": "hvem meldte afbud til mødet 21/5 2013"}).json()
    assert body["refused"] and not body["citations"]
    assert "nævner ingen mødedeltagere" in body["answer"]
    # Where and when the header does say.
    body = client.post(
        "/v1/ask", json={"question": "hvem deltog og hvor blev mødet 21/5 2013 holdt"}
    ).json()
    assert not body["refused"] and "B105" in body["answer"]


def test_who_took_part_under_a_point_asks_the_point() -> None:
    a = analyze_question("hvem deltog under pkt. om ny parkeringsordning 3.3.2021")
    assert a.intent == "who" and "parkeringsordning" in a.topic
    assert analyze_question("hvem deltog i mødet 3.3.2021").intent == "attendance"


def test_a_line_goes_on_with_a_parenthesis_or_a_number() -> None:
    text = (
        "Ved udbuddet af vinterberedskabet for hele kommunen kom der\n"
        "(efter forlænget frist) fire tilbud. Det billigste tilbud lyder på\n"
        "1.245.000 kr. om året.\n"
        "Udvalget skal tage stilling til følgende forhold i sagen\n"
        "2. Godkendelse af kontrakten"
    )
    joined = unwrap(text)
    assert "kom der (efter forlænget frist)" in joined
    assert "lyder på 1.245.000 kr." in joined
    assert "sagen\n2. Godkendelse" in joined


def test_initials_end_no_sentence() -> None:
    line = "Opgaven gik til Vognmand H.C. Bruun & Søn, Tarm. Arbejdet begynder 1. maj."
    assert split_line(line) == [
        "Opgaven gik til Vognmand H.C. Bruun & Søn, Tarm.",
        "Arbejdet begynder 1. maj.",
    ]


def test_an_irregular_comparison_finds_its_other_forms() -> None:
    assert set(tokenize("mindre")) <= question_terms("hvad koster den lille model?")
    assert set(tokenize("større")) <= question_terms("hvad koster den store løsning?")
    p = _point(
        "Løsning A (den større): ny skranke og venteområde. Udgift 310.000 kr.\n"
        "Løsning B (den mindre): ny skranke alene. Udgift 120.000 kr.",
        "Ombygning af borgerservice",
    )

    def lead(question: str) -> str:
        return answer(p, question, 300).split("«", 1)[1].split("»", 1)[0]

    assert lead("hvad koster den lille løsning?").startswith("Løsning B")
    assert lead("hvad koster den store løsning?").startswith("Løsning A")


def test_a_decision_about_two_named_subjects_quotes_each() -> None:
    decision = (
        "Udvalget tog orienteringen til efterretning.\n"
        "- Vedr. Engly blev det godkendt, at åbningstiden udvides med en time om fredagen.\n"
        "- Vedr. Skovly blev det godkendt, at køkkenet moderniseres i 2025.\n"
        "- Vedr. Bakkely afventes en ny opgørelse af belægningen."
    )
    p = _point(
        "Der er gennemført en analyse af tre plejecentre.", "Analyser af plejecentre", decision
    )
    text = answer(p, "hvad blev besluttet om både Engly og Skovly?", 600)
    assert "åbningstiden udvides" in text and "køkkenet moderniseres" in text


def test_an_english_question_may_name_its_matter_in_danish() -> None:
    analysis = analyze_question("what is the board's policy on hjemmearbejde for staff?")
    words = [t.word for t in topic_weights(analysis, lambda _w: 1.0, lambda _s: False)]
    assert "hjemmearbejde" in words
    # English words stay out of the check ("policy" is in the glossary, "staff" too).
    analysis = analyze_question("what did they say about the weather?")
    assert "weather" not in [t.word for t in topic_weights(analysis, lambda _w: 1.0)]


def test_the_day_a_point_was_decided_holds_as_its_meetings_day_does() -> None:
    analysis = analyze_question("hvad blev besluttet om snerydningen den 3. marts 2021?")
    weights = topic_weights(analysis, lambda _w: 1.0)
    text = "Snerydningen udbydes."
    decided = AgendaPoint(
        number=6,
        title="Snerydning",
        case_number=None,
        closed=False,
        sections=(
            Section("Sagsfremstilling", text, 0, len(text)),
            Section("Beslutning", "Godkendt.", 0, 9, decision_date=date(2021, 3, 3)),
        ),
        start=0,
        end=1,
    )
    # Its meeting was a week before; the minutes date the decision the day asked about.
    held = check_point(analysis, meeting_of(decided, day=date(2021, 2, 24)), decided, weights)
    assert "date" not in held.failed
    p = _point(text, "Snerydning", "Godkendt.")
    assert (
        "date" not in check_point(analysis, meeting_of(p, day=date(2021, 3, 3)), p, weights).failed
    )
    assert "date" in check_point(analysis, meeting_of(p, day=date(2021, 2, 24)), p, weights).failed


def test_a_word_the_archive_never_uses_may_be_said_otherwise(service: ReferatService) -> None:
    """ "skoleudgifter" is in no minutes of the archive; the point on the benchmark report, which
    both rankings put first, writes its parts apart ("skole…", "udgifter": near since round 41)
    and speaks of the schools' costs in other words, and the word alone finds that point first,
    closely (above MEANING_FLOOR). "svømmehaludgifter" finds the same point, but not closely:
    refused."""
    question = "hvorfor har vi så høje skoleudgifter ifølge nøgletalsrapporten?"
    analysis = analyze_question(question)
    result = service.retriever.search(question, analysis=analysis)
    checked = service.answerer.check(analysis, result, service.retriever.snapshot())
    top = (checked[0].meeting.meeting_id, checked[0].point.number)
    assert checked[0].evidence.failed == ()
    assert checked[0].evidence.near == ("skoleudgifter",)
    assert result.nearest_by_meaning is not None
    found = result.nearest_by_meaning("skoleudgifter")
    assert found is not None and found[0] == top and found[1] >= MEANING_FLOOR
    r = service.ask(question)
    assert not r.refused, r.answer
    assert (r.citations[0].meeting_date.isoformat(), r.citations[0].punkt) == ("2013-05-21", 3)
    lacking = "hvorfor er vores svømmehaludgifter så høje ifølge nøgletalsrapporten"
    found = result.nearest_by_meaning("svømmehaludgifter")
    assert found is not None and found[1] < MEANING_FLOOR
    assert service.ask(lacking).refused


def test_how_much_more_expensive_asks_for_the_change() -> None:
    a = analyze_question("hvor meget dyrere bliver vandet for en almindelig familie?")
    assert "dyrere" not in a.topic and "vandet" in a.topic
    assert "cheaper" not in analyze_question("how much cheaper is the bus pass?").topic
    # Elsewhere a comparative is the matter's own word.
    assert "dyrere" in analyze_question("hvorfor er vandet blevet dyrere?").topic


def test_a_word_after_an_article_is_a_thing_not_a_verb() -> None:
    a = analyze_question("hvornår kan man begynde at svømme i det nye bad ved havnen?")
    assert "bad" in a.topic and "bad" not in a.verbs and "svømme" in a.verbs
    # "bad om" asks for a request (rules 47): no matter of its own, as no bath is asked.
    asked = analyze_question("hvem bad om en ny vurdering?")
    assert "bad" not in asked.topic and "vurdering" in asked.topic


def test_a_name_ending_in_s_takes_an_apostrophe() -> None:
    from api.answering.structural import possessive

    assert possessive("Bestyrelsen for Kystvand Forsyning A/S", "da").endswith("A/S'")
    assert possessive("Direktionen", "da") == "Direktionens"


def test_a_list_of_the_asked_length_named_in_a_row_leads() -> None:
    account = (
        "Strategien får fællesskab som ramme og tre spor hhv. natur, kultur samt læring.\n"
        "Sporene fordeles således:\n"
        "- Fællesskab: Borgerservice\n"
        "- Natur: Teknik og Miljø\n"
        "- Kultur: Kultur og Fritid\n"
        "- Læring: Skoler"
    )
    p = _point(account, "Ny strategi for kommunen")
    text = answer(p, "hvilke tre spor har den nye strategi?", 300)
    assert text.split("«", 1)[1].startswith("Strategien får fællesskab som ramme og tre spor")


def test_who_took_the_minutes_asks_the_header_for_the_secretary(client: TestClient) -> None:
    for question in (
        "hvem skrev referatet ved direktionsmødet i juni 2017?",
        "who took the minutes at the meeting on 19 June 2017?",
    ):
        body = client.post("/v1/ask", json={"question": question}).json()
        assert not body["refused"], (question, body["answer"])
        assert "Kathrine Seier Skastrup (sekretær)" in body["answer"], question


def test_the_kind_of_name_asked_for_is_no_topic_word() -> None:
    a = analyze_question("hvilket firma fik opgaven med kloakeringen i Lundby?")
    assert "firma" not in a.topic and "kloakeringen" in a.topic
    assert "city" not in analyze_question("which city will the committee visit?").topic


def test_two_words_are_two_matters_only_when_joined() -> None:
    from api.answering.extractive import _joined

    question = "hvad skete der med rekrutteringspuljen og sygefraværspuljen"
    assert _joined(question, "rekrutteringspuljen", "sygefraværspuljen")
    assert not _joined("when can people swim in the new outdoor pool", "outdoor", "pool")


def test_a_kind_of_firm_asked_for_must_be_spoken_of() -> None:
    """ "hvilket konsulentfirma": a point whose names stand beside words of trade only (no
    consultant, no firm) does not say which; "hvilket firma" is answered by a contractor firm."""
    question = "hvilket konsulentfirma skal holde temadagene om trivsel?"
    analysis = analyze_question(question)
    weights = topic_weights(analysis, lambda _w: 1.0)
    trade = _point(
        "Temadagene om trivsel holdes i maj. Kantinen leverer frokost, og Aulaen i Hedehuse lejes.",
        "Temadage om trivsel",
    )
    assert "name" in check_point(analysis, meeting_of(trade), trade, weights).failed
    named = _point(
        "Temadagene om trivsel holdes i maj af konsulenthuset Lindgaard & Co., der vandt udbuddet.",
        "Temadage om trivsel",
    )
    assert "name" not in check_point(analysis, meeting_of(named), named, weights).failed


def test_a_board_typed_without_danish_letters_is_a_board() -> None:
    a = analyze_question("hvad vedtog byraadet om udbudsstrategien?")
    assert a.constraints.boards == (("byråd", True),) and "byraadet" not in a.topic
    assert analyze_question("hvad sagde aeldreraadet om madservice").constraints.board == "ældreråd"


def test_the_name_of_a_thing_is_no_persons_name() -> None:
    from api.answering.evidence import name_asked

    assert name_asked("hvad hedder projektet som vi har søgt fonden om penge til?") is None
    assert name_asked("hvad hedder projektlederen for kulturnatten?") == "person"


def test_when_something_will_happen_needs_a_time_beside_it() -> None:
    """ "hvornår skal planen … forelægges": a point that says the plan will come but not when
    does not answer; one that names the month does."""
    analysis = analyze_question("hvornår skal planen for legepladserne forelægges udvalget?")
    weights = topic_weights(analysis, lambda _w: 1.0)
    undated = _point(
        "Der udarbejdes en plan for legepladserne. Planen forelægges udvalget.", "Legepladser"
    )
    assert "time" in check_point(analysis, meeting_of(undated), undated, weights).failed
    dated = _point(
        "Der udarbejdes en plan for legepladserne. Planen forelægges udvalget i september.",
        "Legepladser",
    )
    assert "time" not in check_point(analysis, meeting_of(dated), dated, weights).failed
    # When it was dealt with is the meeting's date: no time asked of the text.
    past = analyze_question("hvornår blev planen for legepladserne behandlet?")
    weights = topic_weights(past, lambda _w: 1.0)
    assert "time" not in check_point(past, meeting_of(undated), undated, weights).failed
