"""What a point lookup says the point is about, on hand-made agenda points (no index needed)."""

from __future__ import annotations

from datetime import date

from api.answering.structural import _summary
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
