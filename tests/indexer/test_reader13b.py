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


# --- 3. forms found writing tests/resources/layouts_train13/ ---------------------------------

_POINTS = (
    "1. Godkendelse af dagsorden\nSagsnr.: 27/00101\n\nBeslutning\nGodkendt.\n\n"
    "2. Tilskud til byfest\nSagsnr.: 24/05512\n\nBeslutning\nBevilget med 45.000 kr.\n"
)


@pytest.mark.parametrize(
    "footer",
    [
        "Teknik- og Miljøudvalget | 14-01-2027 | Side 1 af 3",
        "Teknik- og Miljøudvalget 14-01-2027                          Side 1 af 3",
        "Referat · Teknik- og Miljøudvalget · 14.01.2027 · Side 1 af 3",
        "Side 1 af 3 | Teknik- og Miljøudvalget 14.01.2027",
        "Referat – 14. januar 2027 – Side 1 af 3",
    ],
)
def test_a_running_footer_with_the_page_is_furniture(footer: str) -> None:
    # A page's number beside the board, date or kind, set apart by a bar, dot, dash or gap:
    # the footer of PDF text pasted without page breaks stayed in the decision above it.
    text = _HEADER + _POINTS.replace("Godkendt.\n", f"Godkendt.\n\n{footer}\n")
    assert [d.text for d in _read(text).points[0].decisions] == ["Godkendt."]


@pytest.mark.parametrize(
    "line",
    ["Se bilag 3, side 4 af 12.", "Bilag 3 - side 4 af 12"],
)
def test_a_page_reference_in_a_body_is_no_footer(line: str) -> None:
    text = _HEADER + _POINTS.replace("Godkendt.\n", f"Godkendt.\n{line}\n")
    assert line in _all_text(_read(text))


def test_metadata_written_as_list_items_is_read() -> None:
    # A Markdown export: "- **Sagsnr.:** …" and "- **Status:** Lukket" under the heading.
    text = (
        "# Plan- og Boligudvalget\n\n**Referat**\n\nMødedato: 03.03.2026\n\n"
        "### Punkt 1 — Godkendelse af dagsorden\n\n- **Sagsnr.:** 26/02210\n- **Status:** Åben\n\n"
        "#### Beslutning\n\nGodkendt.\n\n"
        "### Punkt 2 — Ekspropriation til sti\n\n- **Sagsnr.:** 25/20011\n- **Status:** Lukket\n\n"
        "#### Beslutning\n\nErstatningen til Kirkevej 9 er 95.000 kr.\n"
    )
    meeting = _read(text, "referat.md")
    assert [(p.case_number, p.closed) for p in meeting.points] == [
        ("26/02210", False),
        ("25/20011", True),
    ]
    assert "Kirkevej 9" not in meeting.text


def test_a_bulleted_case_number_without_a_label_stays_body_text() -> None:
    text = _HEADER + _POINTS.replace("Godkendt.\n", "Godkendt.\nTidligere sager:\n- 23/1177\n")
    meeting = _read(text)
    assert meeting.points[0].case_number == "27/00101"
    assert "23/1177" in _all_text(meeting)


def test_a_number_in_its_own_element_before_a_web_heading_numbers_it() -> None:
    def point(number: int, title: str, body: str) -> str:
        return (
            f'<article><div><span class="nr">{number}</span><h2>{title}</h2></div>'
            f"<h3>Beslutning</h3><p>{body}</p></article>"
        )

    page = (
        "<html><body><h1>Klima- og Naturudvalget</h1><p>Referat 9. juni 2026</p>"
        + point(4, "Godkendelse af dagsorden", "Godkendt.")
        + point(5, "Naturpark Hedeådalen", "Anbefales.")
        + point(6, "Meddelelser", "Ingen.")
        + "</body></html>"
    )
    meeting = _read(page, "referat.html")
    assert _points(meeting) == [
        (4, "Godkendelse af dagsorden"),
        (5, "Naturpark Hedeådalen"),
        (6, "Meddelelser"),
    ]
    assert [d.text for d in meeting.points[0].decisions] == ["Godkendt."]


def test_a_typed_title_with_a_period_names_a_closed_point() -> None:
    # "Pkt. 46." / "Klage over afslag på personligt tillæg." / "J.nr. …" under a closed group:
    # the title typed as a sentence is the title (a case number below it), not its body.
    text = (
        "PROTOKOL\n\nfor mødet i SOCIALUDVALGET\ntirsdag den 8. november 1994 kl. 14.00\n\n"
        "Pkt. 45.\nEventuelt.\n\nUdvalgets beslutning:\nIntet.\n\n"
        "Følgende sager blev behandlet for lukkede døre:\n\n"
        "Pkt. 46.\nKlage over afslag på personligt tillæg.\nJ.nr. 27.30.00-94/377\n\n"
        "Udvalgets beslutning:\nAfslaget fastholdes.\n\n"
        "Pkt. 47.\nSagen blev drøftet.\nJ.nr. 27.30.00-94/378\n\nUdvalgets beslutning:\nIntet.\n"
    )
    meeting = _read(text)
    assert meeting.board == "Socialudvalget"
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (45, "Eventuelt", None, False),
        (46, "Klage over afslag på personligt tillæg", "27.30.00-94/377", True),
        # (An account is never a closed point's title: it ends the header, case and all.)
        (47, "Lukket", None, True),
    ]


@pytest.mark.parametrize(
    ("lines", "board"),
    [
        ("PROTOKOL\nfor mødet i SOCIALUDVALGET", "Socialudvalget"),
        ("Referat\nfra ordinært møde i Ældrerådet den 3. marts 2026", "Ældrerådet"),
        ("DAGSORDEN\ntil mødet i Børne- og Ungeudvalget", "Børne- og Ungeudvalget"),
    ],
)
def test_a_board_on_the_line_below_the_kind(lines: str, board: str) -> None:
    text = f"{lines}\n\nMødedato: 3. marts 2026\n\n" + _POINTS
    assert _read(text).board == board


@pytest.mark.parametrize(
    "line",
    ["Kommunens sagsnr.: 05.01.08-P20-2-25", "Regionens j.nr. 05.01.08-P20-2-25"],
)
def test_a_case_number_the_line_says_whose_it_is(line: str) -> None:
    text = _HEADER + _POINTS.replace("Sagsnr.: 27/00101", line)
    assert _read(text).points[0].case_number == "05.01.08-P20-2-25"


def test_a_metadata_label_cell_beside_its_value_is_no_body() -> None:
    # A Word table under the heading: "Sagsbehandler<TAB>Lis Krag" is metadata like
    # "Sagsnr.<TAB>…", not an untitled section of the point.
    text = _HEADER + _POINTS.replace(
        "Sagsnr.: 27/00101\n", "Sagsnr.\t27/00101\nÅben/Lukket\tÅben\nSagsbehandler\tLis Krag\n"
    )
    meeting = _read(text)
    assert meeting.points[0].case_number == "27/00101"
    assert "Lis Krag" not in _all_text(meeting)


@pytest.mark.parametrize(
    "marks",
    [
        "Fortroligt – udgår af det offentlige referat",
        "Udgår af det offentlige referat",
        "Lukket - fortroligt jf. FVL § 14",
    ],
)
def test_closed_marks_alone_in_the_title_slot_close_the_point(marks: str) -> None:
    text = (
        "Hedeby Forsyning A/S\n\nReferat af bestyrelsesmøde\n\nDato: 24.09.2026\n\n"
        "Punkt 1 Godkendelse af dagsorden\nJournalnr.: HF-2026-0398\nGodkendt.\n\n"
        f"Punkt 2 {marks}\nJournalnr.: HF-2026-0415\nTilbuddet fra Rørfirmaet ApS godkendt.\n\n"
        "Punkt 3 Eventuelt\nIntet.\n"
    )
    meeting = _read(text)
    assert [(p.title, p.closed) for p in meeting.points] == [
        ("Godkendelse af dagsorden", False),
        ("Lukket", True),
        ("Eventuelt", False),
    ]
    assert "Rørfirmaet" not in meeting.text


@pytest.mark.parametrize(
    ("label", "time"),
    [
        ("Mødetid: 15:30 - 18:05", "15:30"),
        ("MØDETID:    18.00 - 21.35", "18:00"),
        ("**Mødetid**\t09:30 - 12:00", "09:30"),
        ("Mødestart: kl. 9.00", "09:00"),
    ],
)
def test_the_time_under_a_moedetid_label(label: str, time: str) -> None:
    # "Mødetid" was no header label: the meeting's start time went unread.
    text = f"Byrådet\nReferat\nMødedato: 3. marts 2026\n{label}\n\n" + _POINTS
    assert _read(text).start_time == time
