"""Reader rules of round 13 (second reader helper), each on invented minutes.

A point heading whose title opens with a number ("5. 2027-budget for vejvedligehold"), a
document's own stamps at its foot ("Referatet er eksporteret fra mødesystemet …"), and the
forms found while writing the training set tests/resources/layouts_train13/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.models import Meeting
from indexer.parse import parse_text
from indexer.read import decode_text


def _read(text: str, name: str = "referat.txt") -> Meeting:
    """The meeting as the indexer reads it from a file of this text (furniture removed)."""
    return parse_text(decode_text(text.encode("utf-8"), Path(name)), name)


def _points(meeting: Meeting) -> list[tuple[int, str]]:
    return [(p.number, p.title) for p in meeting.points]


def _all_text(meeting: Meeting) -> str:
    return "\n".join(s.text for p in meeting.points for s in p.sections)


_HEADER = "Teknik- og Miljøudvalget\n\nReferat\n\nMødedato: 14. januar 2027\n\n"


# --- 1. titles that open with a number -------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("2. 2027-budget for vejvedligehold", "2027-budget for vejvedligehold"),
        ("### 2. 2027-budget for vejvedligehold", "2027-budget for vejvedligehold"),
        ("2. 2026-regnskab", "2026-regnskab"),
        ("2. 100-året for byens havn", "100-året for byens havn"),
        ("2. 2. behandling af lokalplan 112", "2. behandling af lokalplan 112"),
        ("2) 3-årig aftale om vinduespudsning", "3-årig aftale om vinduespudsning"),
        ("Punkt 2: 3-årig aftale om vinduespudsning", "3-årig aftale om vinduespudsning"),
        ("Pkt. 2 - 2. behandling af lokalplan 112", "2. behandling af lokalplan 112"),
        ("2. 1. halvår 2027: status på anlæg", "1. halvår 2027: status på anlæg"),
    ],
)
def test_a_title_opening_with_a_number_is_a_heading(heading: str, title: str) -> None:
    # Before, the plain "N. Title" form needed a title opening with a letter: the heading was
    # body text of point 1 and every point after it was lost with it.
    label = "Punkt {}:" if heading.startswith(("Punkt", "Pkt")) else "{}."
    text = (
        f"{_HEADER}{label.format(1)} Godkendelse af dagsorden\nSagsnr.: 27/00101\n\n"
        f"Beslutning\nGodkendt.\n\n{heading}\nSagsnr.: 26/18822\n\nSagsfremstilling\n"
        f"Rammen er 14,2 mio. kr.\n\nBeslutning\nGodkendt.\n\n{label.format(3)} Eventuelt\n\n"
        "Beslutning\nIntet.\n"
    )
    assert _points(_read(text)) == [
        (1, "Godkendelse af dagsorden"),
        (2, title),
        (3, "Eventuelt"),
    ]


@pytest.mark.parametrize(
    "items",
    [
        # A decision's numbered list: an amount, a date or a range after the number opens no
        # title, nor does a lower-case sentence.
        "1. at der afsættes 6 mio. kr. til asfalt\n2. 500.000 kr. afsættes til fortove\n",
        "1. 12. 2027 holdes der borgermøde\n2. 2027 bliver året for cykelstierne\n",
        "1. 5. maj 2027: første spadestik\n2. 2-3 boliger opføres i første omgang\n",
        "1. 2028-planen sendes i høring.\n2. 3-årig aftale med Hedeby Vand forlænges til 2030.\n",
    ],
)
def test_a_numbered_list_in_a_body_stays_in_the_body(items: str) -> None:
    text = (
        f"{_HEADER}1. Godkendelse af dagsorden\nSagsnr.: 27/00101\n\nBeslutning\nGodkendt.\n\n"
        f"2. Vejvedligehold\nSagsnr.: 26/18822\n\nIndstilling\nForvaltningen indstiller:\n{items}"
        "\nBeslutning\nGodkendt.\n\n3. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    meeting = _read(text)
    assert [p.number for p in meeting.points] == [1, 2, 3]
    assert items.split("\n")[1] in _all_text(meeting)


def test_informal_minutes_with_a_year_title_keep_every_point() -> None:
    # A board's minutes with free text and no sections: the number in sequence carries it.
    text = (
        "Referat af bestyrelsesmøde i Grundejerforeningen Solbakken\n"
        "Tirsdag den 9. februar 2027 kl. 19.00 hos Lise\n\nTil stede: Lise, Ole, Karin\n\n"
        "1. Valg af referent\nKarin blev valgt.\n\n"
        "2. 2026-regnskab\nOverskuddet blev 12.400 kr.\nBestyrelsen besluttede:\n"
        "1. at regnskabet forelægges generalforsamlingen\n2. 5.000 kr. overføres til vejfonden\n\n"
        "3. 2. etape af vejrenovering\nVi vælger det billigste tilbud.\n\n4. Eventuelt\nIntet.\n"
    )
    assert _points(_read(text)) == [
        (1, "Valg af referent"),
        (2, "2026-regnskab"),
        (3, "2. etape af vejrenovering"),
        (4, "Eventuelt"),
    ]


# --- 2. the document's own stamps ------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        "Referatet er eksporteret fra mødesystemet 04-09-2024 08:14.",
        "Udskrevet 12.03.2025 kl. 10:41 af Jens Madsen",
        "Dokumentet er genereret af FirstAgenda Publication",
        "Referatet er godkendt og underskrevet digitalt",
        "Digitalt underskrevet af Anne Holm (formand)",
        "Printet fra dagsordener.hedeby.dk den 05.09.2024",
        "This document was generated by eDoc on 3 June 2024",
        "Referatet er eksporteret til PDF 04-09-2024",
        "Side 7 af 7",
    ],
)
def test_a_stamp_about_the_document_is_furniture(stamp: str) -> None:
    text = (
        f"{_HEADER}1. Godkendelse af dagsorden\nSagsnr.: 27/00101\n\nBeslutning\nGodkendt.\n\n"
        "2. Tilskud til byfest\nSagsnr.: 24/05512\n\nBeslutning\nBevilget med 45.000 kr.\n"
        f"{stamp}\n"
    )
    meeting = _read(text)
    assert [d.text for d in meeting.points[-1].decisions] == ["Bevilget med 45.000 kr."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Referatet er udskrevet og udsendt til medlemmerne.",
        "Referatet blev underskrevet digitalt.",
        "Referatet er godkendt og underskrevet.",
        "Udskrevet af forvaltningen til brug for mødet.",
        "Dannet af et flertal i udvalget.",
    ],
)
def test_a_sentence_of_a_decision_is_no_stamp(sentence: str) -> None:
    text = (
        f"{_HEADER}1. Godkendelse af referat\nSagsnr.: 27/00101\n\nBeslutning\nGodkendt.\n"
        f"{sentence}\n\n2. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    assert sentence in _all_text(_read(text))


def test_a_stamp_shaped_decision_right_under_its_heading_is_kept() -> None:
    # The point on signing the minutes: its decision is all the text it has.
    text = (
        f"{_HEADER}1. Godkendelse af dagsorden\nSagsnr.: 27/00101\n\nBeslutning\nGodkendt.\n\n"
        "2. Underskrift af referat\n\nBeslutning\nReferatet er underskrevet digitalt.\n"
    )
    assert [d.text for d in _read(text).points[-1].decisions] == [
        "Referatet er underskrevet digitalt."
    ]
