"""Answer rules of round 21, found by blind23's first read; invented points and phrasings.

- A question that says its matter in other words ("hvem tager drøftelsen videre", "hvilke
  ændringer ville de have") is answered by the point both rankings put first when every word
  it lacks is how the question asks (an everyday word, a verb) or a compound part of which
  stands in it; a rare word it lacks still refuses.
- "som forberedelse til februarmødet 2013": the work was done at a meeting before that one.
- "ÆU", "SSU": a committee by a letter a part of its name; "bureaukrati" is the matter of
  "afbureaukratisering".
- A list written out after a colon in lower case is a list.
"""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient

from api.answering.evidence import check_point, term_in, topic_weights
from api.answering.sentences import INLINE_LIST_RE
from api.retrieval.analysis import analyze_question
from indexer.models import AgendaPoint, Section
from tests.api.answering.test_support_quotes import meeting_of


def _point(*sections: tuple[str, str], title: str = "Sagen") -> AgendaPoint:
    return AgendaPoint(
        number=4,
        title=title,
        case_number="21/7702",
        closed=False,
        sections=tuple(Section(name, text, 0, len(text)) for name, text in sections),
        start=0,
        end=1,
    )


def test_a_paraphrase_of_the_top_point_is_answered(client: TestClient) -> None:
    body = client.post(
        "/v1/ask",
        json={
            "question": "hvilke ændringer ønskede direktionen i introduktionsprogrammet for de "
            "nye byrådsmedlemmer?"
        },
    ).json()
    assert not body["refused"], body["answer"]
    first = body["citations"][0]
    assert (first["meeting_date"], first["punkt"]) == ("2017-06-19", 14)
    assert "spredes ud over længere tid" in body["answer"]


def test_a_rare_word_the_top_point_lacks_still_refuses(client: TestClient) -> None:
    """The same question about a matter the point never names ("ladestandere") is refused:
    only how a question asks may be missing, not what it asks about."""
    body = client.post(
        "/v1/ask",
        json={
            "question": "hvilke ændringer ønskede direktionen i ladestanderprogrammet for de "
            "nye byrådsmedlemmer?"
        },
    ).json()
    assert body["refused"], body["answer"]


def test_work_for_a_later_meeting_was_done_before_it() -> None:
    a = analyze_question("hvilke sager forberedte direktionen til martsmødet 2019?")
    assert (a.constraints.date_from, a.constraints.date_to) == (
        date(2019, 2, 1),
        date(2019, 3, 31),
    )
    b = analyze_question("what did they prepare ahead of the January meeting 2020?")
    assert (b.constraints.date_from, b.constraints.date_to) == (
        date(2019, 12, 1),
        date(2020, 1, 31),
    )
    # A meeting asked about itself keeps its month.
    c = analyze_question("hvad vedtog de på martsmødet 2019?")
    assert (c.constraints.date_from, c.constraints.date_to) == (
        date(2019, 3, 1),
        date(2019, 3, 31),
    )


def test_a_committee_by_its_initials_stands_in_the_point() -> None:
    point = _point(
        (
            "Sagsfremstilling",
            "Rapporten forelægges Ældreudvalget og Social- og Sundhedsudvalget i juni.",
        )
    )
    a = analyze_question("hvornår kommer rapporten om faldulykker til ÆU og SSU?")
    evidence = check_point(
        a, meeting_of(point), point, topic_weights(a, lambda _s: 1.0, lambda _s: True)
    )
    assert not any(f.startswith("name") for f in evidence.failed), evidence
    other = _point(("Sagsfremstilling", "Rapporten forelægges Teknikudvalget i juni."))
    evidence = check_point(
        a, meeting_of(other), other, topic_weights(a, lambda _s: 1.0, lambda _s: True)
    )
    assert "name ÆU" in evidence.failed


def test_a_word_derived_by_a_prefix_holds_its_matter() -> None:
    from api.answering.evidence import point_vocabulary

    point = _point(("Sagsfremstilling", "Forslag til afbureaukratisering af tilsynet."))
    vocab = point_vocabulary(point)
    assert term_in("bureaukrati", vocab)
    # Short words are not looked for behind a prefix: "tale" is no part of "detaljer".
    assert not term_in("talj", point_vocabulary(_point(("Sagsfremstilling", "Se detaljer."))))


def test_a_lower_case_list_after_a_colon_is_a_list() -> None:
    assert INLINE_LIST_RE.search(
        "Konsulenten gennemgik principperne: nærhed, fleksibilitet, faste kontaktpersoner og "
        "korte svartider."
    )
    assert not INLINE_LIST_RE.search("Udvalget besluttede: sagen udsættes til næste møde.")


def test_a_board_named_beside_a_month_may_date_the_thing() -> None:
    """ "The plan the council adopted in April 2012" dates the plan: a later point that names
    the month may answer. A board acting at its meeting then keeps the month the meeting's."""
    a = analyze_question("List the five goals the city council adopted in March 2011 for sport.")
    assert a.month_spoken_of == (2011, 3)
    b = analyze_question("hvad besluttede byrådet i marts 2011 om idræt?")
    assert b.month_spoken_of is None


def test_a_month_named_in_a_later_point_answers(client: TestClient) -> None:
    body = client.post(
        "/v1/ask",
        json={
            "question": "what were the recommendations the city council adopted in April 2012 "
            "for the 0-18 area?"
        },
    ).json()
    assert not body["refused"], body["answer"]
    first = body["citations"][0]
    assert (first["meeting_date"], first["punkt"]) == ("2013-01-15", 3)


def test_a_figure_to_read_the_lead_against_goes_on_with_it() -> None:
    from api.answering.extractive import _continuation
    from api.answering.sentences import best, candidates

    point = _point(
        (
            "Sagsfremstilling",
            "I Nordbyen læser 41% af eleverne alderssvarende og i Sydbyen 38%. "
            "Gennemsnittet for landet er 72%. Projektet varer tre år.",
        )
    )
    cands = candidates(point, "hvor mange elever i Sydbyen læser alderssvarende?")
    lead = best(cands, 1)[0]
    assert "38%" in lead.sentence
    assert [c.sentence for c in _continuation(lead, cands, {lead.order})] == [
        "Gennemsnittet for landet er 72%."
    ]
    # A sentence without a figure in the lead's unit does not go on with it.
    plain = _point(
        (
            "Sagsfremstilling",
            "I Nordbyen læser 41% af eleverne alderssvarende og i Sydbyen 38%. "
            "Projektet varer tre år.",
        )
    )
    cands = candidates(plain, "hvor mange elever i Sydbyen læser alderssvarende?")
    lead = best(cands, 1)[0]
    assert _continuation(lead, cands, {lead.order}) == []


def test_who_is_responsible_needs_someone_named_beside_the_matter() -> None:
    table = _point(
        (
            "Sagsfremstilling",
            "Opgave\tFrist\tAnsvarlig\n"
            "Ny affaldsordning\t1. marts\tTMC\n"
            "Flere cykelstativer\t1. maj\tMette\n"
            "Revision af parkeringsnormen\t1. april\n",
        ),
        title="Opgaveliste",
    )
    a = analyze_question("hvem er ansvarlig for revision af parkeringsnormen?")
    weights = topic_weights(a, lambda _s: 1.0, lambda _s: True)
    assert "responsible" in check_point(a, meeting_of(table), table, weights).failed
    b = analyze_question("hvem er ansvarlig for den nye affaldsordning?")
    weights = topic_weights(b, lambda _s: 1.0, lambda _s: True)
    assert "responsible" not in check_point(b, meeting_of(table), table, weights).failed
    c = analyze_question("hvem er ansvarlig for flere cykelstativer?")
    weights_c = topic_weights(c, lambda _s: 1.0, lambda _s: True)
    assert "responsible" not in check_point(c, meeting_of(table), table, weights_c).failed
    # A point about the matter that names its lead anywhere says who.
    about = _point(
        ("Sagsfremstilling", "Arbejdet organiseres i tre spor.\nProjektleder er Mette Holm."),
        title="Revision af parkeringsnormen",
    )
    assert "responsible" not in check_point(a, meeting_of(about), about, weights).failed


def test_asking_words_of_attendance_and_abbreviations_are_no_topic() -> None:
    """(blind24, training) "hvem sad med ved mødet" asks who attended; "m.fl." is no matter."""
    a = analyze_question("hvem sad med ved bestyrelsesmødet d. 3. marts 2021?")
    assert a.intent == "attendance"
    assert "sad" not in a.topic
    b = analyze_question("hvad koster vinterbekæmpelsen i Vestby, Østby m.fl.?")
    assert "fl" not in b.topic
