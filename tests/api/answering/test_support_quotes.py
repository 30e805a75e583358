"""Which supporting sentences an answer quotes within its budget, on hand-made points.

The budget goes to the best sentences first (they are shown in reading order), and a telling
sentence too long for the room left is cut to its telling clauses rather than dropped for
shorter ones that say less.
"""

from __future__ import annotations

from datetime import date

from api.answering.evidence import check_point, topic_weights
from api.answering.extractive import ExtractiveAnswerer, _Checked
from api.retrieval.analysis import analyze_question
from api.retrieval.fusion import PointResult
from indexer.models import AgendaPoint, Meeting, Section


def point(background: str) -> AgendaPoint:
    return AgendaPoint(
        number=3,
        title="Ansøgning om tilskud til ridehal",
        case_number="24/200",
        closed=False,
        sections=(Section("Sagsfremstilling", background, 0, len(background)),),
        start=0,
        end=1,
    )


def meeting_of(
    p: AgendaPoint, board: str = "Kultur- og Fritidsudvalget", day: date = date(2024, 3, 1)
) -> Meeting:
    """A one-point meeting around a hand-made agenda point."""
    return Meeting(
        meeting_id="m",
        board=board,
        date=day,
        start_time=None,
        location=None,
        attendees=(),
        toc=(),
        points=(p,),
        source_path="m.txt",
        text="",
    )


def answer(p: AgendaPoint, question: str, budget: int) -> str:
    meeting = meeting_of(p)
    result = PointResult(
        "m", meeting.date, p.number, p.title, p.case_number, meeting.board, 1.0, ()
    )
    analysis = analyze_question(question)
    evidence = check_point(analysis, meeting, p, topic_weights(analysis, lambda _w: 1.0))
    checked = _Checked(result, meeting, p, evidence)
    text, _ = ExtractiveAnswerer()._answer_point(analysis, checked, 1, lambda _w: 1.0, budget, True)
    return text


BACKGROUND = "\n".join(
    [
        "Vestegnens Rideklub søger om et anlægstilskud på 1,2 mio. kr. til en ny ridehal.",
        "Klubben har haft møde med forvaltningen.",
        "Ridehallen opføres af træ.",
        "Klubben har selv rejst 800.000 kr. til ridehallen gennem fonde og medlemsindskud, "
        "hvilket forvaltningen vurderer som et solidt grundlag for projektet, idet klubben har "
        "haft en stabil medlemsfremgang gennem de seneste fem år og en sund økonomi, som "
        "revisionen har bekræftet i sin seneste gennemgang af regnskabet for klubben.",
    ]
)


def test_the_best_supporting_sentence_is_cut_to_fit_rather_than_dropped() -> None:
    question = "hvor meget søger rideklubben om til ridehallen, og hvad har klubben selv rejst"
    text = answer(point(BACKGROUND), question, budget=360)
    assert "1,2 mio. kr." in text
    # The long sentence that holds the second fact is quoted, cut between clauses, and the
    # short ones that say less give it the room.
    assert "Klubben har selv rejst 800.000 kr." in text
    assert "Klubben har haft møde med forvaltningen." not in text
    # What a part of the question asks may take a third over the budget, as a decision may.
    assert len(text) <= 360 + 360 // 3


def test_a_quoted_list_does_not_come_back_item_by_item() -> None:
    body = "\n".join(
        [
            "Direktionen har afsat 3,5 mio. kr. til en personalepulje i 2024.",
            "Puljen til personale fordeles således mellem indsatserne:",
            "- Trivsel blandt personale får 1 mio. kr.",
            "- Rekruttering af personale får 2 mio. kr.",
            "- Uddannelse af personale får 0,5 mio. kr.",
        ]
    )
    text = answer(point(body), "hvilke indsatser får penge af personalepuljen", 700)
    for item in ("Trivsel blandt", "Rekruttering af", "Uddannelse af"):
        assert text.count(item) == 1
    assert text.count("fordeles således") == 1


def test_a_why_question_leads_with_the_cause_not_the_decision() -> None:
    background = (
        "Taksten for ridehallen har hidtil været beregnet forkert, fordi udgifterne til lys "
        "og varme ikke var medregnet."
    )
    decision = "Udvalget godkendte en ny takst for ridehallen fra 1. august."
    p = AgendaPoint(
        number=3,
        title="Takst for ridehallen",
        case_number="24/200",
        closed=False,
        sections=(
            Section("Sagsfremstilling", background, 0, len(background)),
            Section("Beslutning", decision, 0, len(decision), decision_date=date(2024, 3, 1)),
        ),
        start=0,
        end=1,
    )
    why = answer(p, "hvorfor skal taksten for ridehallen ændres?", 600)
    assert "fordi udgifterne til lys" in why.split("\n")[0]
    what = answer(p, "hvad blev besluttet om taksten for ridehallen?", 600)
    assert "godkendte en ny takst" in what.split("\n")[0]


def test_items_of_a_quoted_list_are_quoted_without_its_introduction_again() -> None:
    # Invented: a long introduction merged with "Tidsplan:", then dated items. The lead quotes
    # the introduction with the asked item; the supporting items come without it, once each.
    p = point(
        "Det foreslås at klubbens ønsker drøftes i foreningsrådet og indgår i planlægningen af "
        "anlægsarbejderne i efteråret 2026. Tidsplan:\n"
        "- August – foreningsrådet drøfter ønskerne\n"
        "- Primo september – klubben afleverer tegninger\n"
        "- Medio september – forvaltningen vurderer tegningerne\n"
        "- 1. november – byggetilladelsen udsendes\n"
    )
    text = answer(p, "when will the building permit go out?", 600)
    assert "1. november – byggetilladelsen udsendes" in text
    assert text.count("Det foreslås at klubbens ønsker") == 1
