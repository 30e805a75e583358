"""Round 19 of the reader: forms found missing in layouts_blind14, in invented minutes.

A supplement's points headed "Tillægspunkt 15: Title" (numbered on from the ordinary agenda,
one of them closed by a note under its heading); an English page whose menu and breadcrumbs
name "The Council" and whose heading names the council twice, "City Council (Byrådet)"; a
case number compared with the label it is written with ("Sag nr. 2417" is case "2417").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.headings import point_heading
from indexer.models import case_key
from indexer.parse import parse_file, parse_text

SUPPLEMENT = """Ravnholm Kommune
Kommunalbestyrelsen

TILLÆGSREFERAT
til mødet tirsdag 04-03-2025 kl. 17.00

Til stede: Ida Brun (borgmester), Ole Vang, Sofie Lund

----------------------------------------------------------------

Tillægspunkt 9: Tilskud til ny kunstgræsbane
Sagsid: 25/4411

Sagsfremstilling
Banen ved Ravnholm Stadion er slidt op efter tolv sæsoner.

Beslutning
Godkendt.

----------------------------------------------------------------

Tillægspunkt 10: Tvist med vognmand om skolekørsel
Punktet blev behandlet for lukkede døre.
Sagsid: 25/4420

Sagsfremstilling
Vognmanden Karlsen Busser kræver 610.000 kr. for aflyste ture.

Beslutning
Godkendt.

----------------------------------------------------------------

Tillægspunkt 11: Navngivning af ny vej i Ravnholm Nord
Sagsid: 25/4432

Sagsfremstilling
Vejen foreslås navngivet Kærløkken.

Beslutning
Godkendt.
"""


def test_supplement_points_keep_their_own_numbers() -> None:
    meeting = parse_text(SUPPLEMENT, "kommunalbestyrelsen/tillaeg.txt")
    assert meeting.kind == "tillægsreferat"
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (9, "Tilskud til ny kunstgræsbane", "25/4411", False),
        (10, "Tvist med vognmand om skolekørsel", "25/4420", True),
        (11, "Navngivning af ny vej i Ravnholm Nord", "25/4432", False),
    ]


def test_a_closed_supplement_point_never_reaches_its_neighbour() -> None:
    meeting = parse_text(SUPPLEMENT, "kommunalbestyrelsen/tillaeg.txt")
    closed = next(p for p in meeting.points if p.closed)
    assert closed.sections == ()
    for point in meeting.points:
        if not point.closed:
            assert all("Karlsen Busser" not in s.text for s in point.sections)


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("Tillægspunkt 15: Ekstra bevilling til skolen", 15, "Ekstra bevilling til skolen"),
        ("Tillægspunkt 3 - Salg af grund", 3, "Salg af grund"),
        ("Tillægsdagsordenspunkt 21. Nyt medlem af rådet", 21, "Nyt medlem af rådet"),
        ("TILLÆGSPUNKT 7: Vinterberedskab", 7, "Vinterberedskab"),
    ],
)
def test_a_supplement_point_label_opens_a_point(line: str, number: int, title: str) -> None:
    found = point_heading(line)
    assert found is not None
    assert (found.number, found.title) == (number, title)


def test_supplement_words_in_a_sentence_open_no_point() -> None:
    assert point_heading("Tillægspunkterne blev behandlet til sidst.") is None


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>City Council – minutes in brief, 8 May 2025 – Skovlund Municipality</title></head>
<body>
<div class="nav"><a href="/en">Skovlund Municipality</a> | <a href="/en/visit">Visit</a> |
<a href="/en/council">The Council</a></div>
<p class="crumbs"><a href="/en">Home</a> &gt; <a href="/en/council">The Council</a> &gt;
Minutes in brief</p>
<h1>{heading} – minutes in brief</h1>
<p>Meeting of Thursday 8 May 2025 at 7 pm in the Council Chamber.</p>
<h3>Item 1: Approval of the agenda</h3>
<p><em>Case no. 25/00101</em></p>
<p><b>Decision:</b> Approved.</p>
<h3>Item 2: New footpath along the lake</h3>
<p><em>Case no. 25/00187</em></p>
<p><b>Summary:</b> A gravel path of 2.4 km is proposed.</p>
<p><b>Decision:</b> Approved.</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("heading", "board"),
    [
        # The council itself: the archive's name for it is the Danish one.
        ("City Council (Byrådet)", "Byrådet"),
        ("Municipal Council (Kommunalbestyrelsen)", "Kommunalbestyrelsen"),
        ("Regional Council (Regionsrådet)", "Regionsrådet"),
        # A committee's own English name is kept, as the page writes it first.
        ("Finance Committee (Økonomiudvalget)", "Finance Committee"),
        # Only an English name: that name, not the menu's "The Council".
        ("City Council", "City Council"),
    ],
)
def test_an_english_pages_board_is_its_heading_not_its_menu(
    tmp_path: Path, heading: str, board: str
) -> None:
    path = tmp_path / "minutes-in-brief.html"
    path.write_text(PAGE.replace("{heading}", heading), "utf-8")
    meeting = parse_file(path)
    assert meeting.board == board
    assert [(p.number, p.case_number) for p in meeting.points] == [
        (1, "25/00101"),
        (2, "25/00187"),
    ]


def test_a_breadcrumbs_front_page_is_no_board() -> None:
    text = (
        "Forside > Politik > Referater\n\nReferat\nDato: 6. maj 2025 kl. 16.00\n\n"
        "1. Godkendelse af dagsorden\nSagsnr.: 25/1\nBeslutning:\nGodkendt.\n"
    )
    meeting = parse_text(text, "referat.txt", board="Ældrerådet")
    assert meeting.board != "Forside"


@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("Sag nr. 2417", "2417"),
        ("Sag nr. 8", "8"),
        ("Sagsnr.: 24/1234", "24/1234"),
        ("J.nr. 12/345", "12/345"),
        ("Sagsid: 25/11873", "25/11873"),
        ("Case no. 25/00031", "25/31"),
    ],
)
def test_a_case_numbers_label_is_no_part_of_it(written: str, bare: str) -> None:
    assert case_key(written) == case_key(bare)


@pytest.mark.parametrize(
    ("number", "key"),
    [("ØU-55/07-O", "øu-55-7-o"), ("SAG-2024-12", "sag-2024-12"), ("S2025-00102", "s2025-102")],
)
def test_case_numbers_that_open_with_letters_keep_them(number: str, key: str) -> None:
    assert case_key(number) == key
