"""What a point lookup and a case timeline quote of a point: the account it gives and the line
of its decision, on hand-made agenda points (no index needed)."""

from __future__ import annotations

from datetime import date

from api.answering.structural import _summary, decision_line
from indexer.models import AgendaPoint, Section


def point(*sections: tuple[str, str]) -> AgendaPoint:
    made = [
        Section(
            name,
            text,
            0,
            len(text),
            decision_date=date(2024, 3, 1) if name == "Beslutning" else None,
        )
        for name, text in sections
    ]
    return AgendaPoint(
        number=6,
        title="Ansøgning til fonden",
        case_number="24/100",
        closed=False,
        sections=tuple(made),
        start=0,
        end=1,
    )


ACCOUNT = (
    "Forvaltningen har søgt Havfondens pulje om et projekt for læsning i indskolingen. "
    "Projektet løber i tre år."
)


def test_a_one_line_background_goes_on_into_the_account() -> None:
    p = point(
        ("Baggrund", "Direktionen orienteres om en ansøgning."),
        ("Sagsfremstilling", ACCOUNT),
        ("Indstilling", "At direktionen tager orienteringen til efterretning."),
        ("Beslutning", "Taget til efterretning."),
    )
    text = _summary(p, 400, skip_proposal=True)
    assert text.startswith("Direktionen orienteres om en ansøgning. … Forvaltningen har søgt")
    assert "læsning i indskolingen" in text
    # The decision says what became of the proposal: neither is repeated as the account.
    assert "efterretning" not in text


def test_the_summary_keeps_to_its_room_and_the_proposal_stands_when_nothing_was_decided() -> None:
    p = point(
        ("Sagsfremstilling", ACCOUNT * 5),
        ("Indstilling", "At udvalget godkender ansøgningen."),
    )
    assert len(_summary(p, 120)) <= 121
    short = point(("Sagsfremstilling", "Kort sag."), ("Indstilling", "At udvalget godkender."))
    assert "godkender" in _summary(short, 400)


def test_a_long_decision_keeps_the_sentence_that_says_what_happens_next() -> None:
    decision = (
        "Udvalget drøftede oplægget og var enigt i hovedlinjerne, men ønskede en række "
        "ændringer i fordelingen mellem de tre indsatsområder og i tidsplanen for udrulningen. "
        + "Der blev desuden peget på behovet for en klarere kommunikation til medarbejderne. "
        * 4
        + "Udvalget besluttede, at sagen forelægges igen på næste møde med en ny fordeling. "
        "Økonomiudvalget orienteres efterfølgende."
    )
    p = point(("Sagsfremstilling", ACCOUNT), ("Beslutning", decision))
    line = decision_line(p, 400)
    assert len(line) <= 400
    assert line.startswith("Udvalget drøftede oplægget")
    # Where the case stands, then the concluding sentence right after it (no gap between).
    assert line.endswith(
        "… Udvalget besluttede, at sagen forelægges igen på næste møde med en ny fordeling. "
        "Økonomiudvalget orienteres efterfølgende."
    )
    # A line's room (a meeting overview) still gets the first sentence only.
    assert "forelægges igen" not in decision_line(p, 160)
