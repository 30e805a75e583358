"""Round 32 of the reader: forms found missing in layouts_blind26, in invented minutes.

A typed protocol that announces one point behind closed doors on a line of its own above it
("Følgende sag behandledes for lukkede døre:"): that point closed, the point after it open. The
same protocol scanned, its label's period read as a comma ("Pkt, 4."). A web page's accordion
whose toggle button holds an expand glyph in an element of its own ("<span>+</span> 3. Title"):
the glyph is the control's, not the heading's. A Markdown export that sets the case label alone
in italics ("*Sagsnummer:* 27.12.00-A00-3-19"). Minutes without numbers whose last point,
"Eventuelt", opens with a section ("Sagsfremstilling"). An e-mail whose subject names the board
by its initials and whose cover letter pushes the name written out past the first lines.
"""

from __future__ import annotations

from pathlib import Path

from indexer.headings import case_number, point_heading
from indexer.parse import parse_file, parse_text

PROTOCOL = """SKOVLUND SOGNERAAD - FORHANDLINGSPROTOKOL

Sogneraadet

Aar 1968, mandag den 4. marts kl. 19 afholdtes møde i Sogneraadet.

Pkt. 1. Regnskab for vandværket
J.nr. 68/011

Regnskabet blev gennemgaaet og godkendt.


Pkt, 2. Istandsættelse af skolens tag
J.nr. 68/014

Tilbud fra tømrer indhentet. Vedtaget.


Følgende sag behandledes for lukkede døre:

Pkt. 3. Andragende om skattenedsættelse
J.nr. 68/019

Husmand Ejnar Kvist ansøgte om nedsættelse af skatten med 950 kr.

Vedtaget.


Pkt. 4. Eventuelt

Formanden takkede for fremmødet.
"""


def test_a_lead_line_closes_the_one_point_below_it() -> None:
    m = parse_text(PROTOCOL, "skovlund.txt")
    assert [(p.number, p.closed) for p in m.points] == [
        (1, False),
        (2, False),
        (3, True),
        (4, False),
    ]
    assert "Ejnar Kvist" not in m.text
    assert "950 kr." not in m.text
    assert m.points[2].case_number == "68/019"
    # The lead line is no part of the point above's body.
    assert not any("lukkede døre" in s.text for s in m.points[1].sections)


def test_a_scanned_label_with_a_comma() -> None:
    found = point_heading("Pkt, 2. Istandsættelse af skolens tag")
    assert found is not None
    assert (found.number, found.title) == (2, "Istandsættelse af skolens tag")
    assert parse_text(PROTOCOL, "skovlund.txt").points[1].case_number == "68/014"
    # A comma after a word is no label's period.
    assert point_heading("Pkt, som nævnt") is None


def test_an_accordion_toggle_glyph_is_no_part_of_the_heading(tmp_path: Path) -> None:
    points = "".join(
        f'<article><h2><button class="toggle"><span class="icon">{glyph}</span> {n}. {title}'
        f"</button></h2><div><h3>Beslutning</h3><p>Godkendt.</p></div></article>"
        for n, (glyph, title) in enumerate(
            [
                ("+", "Godkendelse af dagsorden"),
                ("▸", "Ny legeplads i Vestbyen"),
                ("+", "Eventuelt"),
            ],
            1,
        )
    )
    page = tmp_path / "referat.html"
    page.write_text(
        "<html><body><main><h1>Referat</h1><p>Udvalg: Børne- og Ungeudvalget</p>"
        f"<p>Mødedato: 7. april 2022</p>{points}</main></body></html>",
        "utf-8",
    )
    m = parse_file(page)
    assert [(p.number, p.title) for p in m.points] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Ny legeplads i Vestbyen"),
        (3, "Eventuelt"),
    ]


def test_an_italic_case_label() -> None:
    assert case_number("*Sagsnummer:* 27.12.00-A00-3-19") == ("27.12.00-A00-3-19", False)
    assert case_number("_Sagsnr.:_ 21/4410") == ("21/4410", False)
    assert case_number("*Sagsnr.*: 21/4410") == ("21/4410", False)
    # Italics around a word that is no label stay text.
    assert case_number("*Godkendt* 21/4410") is None


UNNUMBERED = """Referat af bestyrelsesmøde i Egeskov Vandværk A.m.b.A.

Den 12.02.2021 kl. 19:00

Regnskab 2020

Sagsfremstilling

Regnskabet viser et overskud på 41.000 kr.

Beslutning

Godkendt.

Ny boring ved Kildevej

Sagsfremstilling

Den gamle boring skal sløjfes.

Beslutning

Godkendt.

Eventuelt

Sagsfremstilling

Intet.
"""


def test_eventuelt_over_an_opening_section_is_a_point() -> None:
    m = parse_text(UNNUMBERED, "bestyrelsen/egeskov.txt")
    assert [(p.number, p.title) for p in m.points] == [
        (1, "Regnskab 2020"),
        (2, "Ny boring ved Kildevej"),
        (3, "Eventuelt"),
    ]


MAIL = """Referat SAU 3-feb-2004

Hej alle

Her er referatet fra mødet i går. Punkt 12 er lukket og må ikke sendes videre.
Referatet kommer på hjemmesiden i morgen.

Mange hilsner
Per Lund
Sekretær, Social- og Arbejdsmarkedsforvaltningen

----------------------------------------

SKOVLUND KOMMUNE

Referat

Social- og Arbejdsmarkedsudvalget
Møde: 3-feb-2004 kl. 15.00

----------------------------------------

Nr.11 - Godkendelse af dagsorden

Beslutning:
Godkendt.

----------------------------------------

Nr.12 - Eventuelt

Beslutning:
Intet.
"""


def test_a_board_by_its_initials_written_out_below_a_cover_letter() -> None:
    m = parse_text(MAIL, "mail.txt")
    assert m.board == "Social- og Arbejdsmarkedsudvalget"
