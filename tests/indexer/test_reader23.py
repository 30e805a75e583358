"""Round 23 of the reader: forms found missing in layouts_train19, in invented minutes.

A label/value table per point read as text ("Punkt nr.<TAB>21" over "Overskrift<TAB>Title",
"Sagsnr.<TAB>…", "Åben/lukket<TAB>Lukket"): the number's row is the point's heading, the title
row its title, whether the table came from a web page, a Word file or a text export. English
minutes that number their points "Point 4 – Title". A joint board's name before "for Lervig og
Hjortsø Kommuner" (the municipalities it serves, as "for Hvidsø Kommune" is). "Sagen:" and
"Sagens indhold" head the case told. A two-column layout's text column ("Sagsfremstilling   Text"
over lines indented to the text) reads without the column's indent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from indexer.headings import point_heading
from indexer.parse import parse_file, parse_text
from indexer.read import decode_text


def _read(text: str, name: str) -> str:
    return decode_text(text.encode("utf-8"), Path(name))


def _points(text: str, name: str) -> list[tuple[int, str, str | None, bool]]:
    meeting = parse_text(_read(text, name), name)
    return [(p.number, p.title, p.case_number, p.closed) for p in meeting.points]


LABEL_TABLE = """Referat
Udvalg:\tSocialudvalget
Mødedato:\t4. maj 2022

Punkt nr.\t7
Overskrift\tGodkendelse af dagsorden
Sagsnr.\t22/1201
Åben/lukket\tÅben
Beslutning\tGodkendt.

Punkt nr.\t8
Overskrift\tNyt aktivitetscenter
Sagsnr.\t22/0877
Åben/lukket\tÅben
Sagsfremstilling\tCentret åbner i august med plads til 40 brugere om dagen.
Beslutning\tGodkendt.

Punkt nr.\t9
Overskrift\tKlagesag
Sagsnr.\t22/1002
Åben/lukket\tLukket
Sagsfremstilling\tBorgeren Ingolf Vesterkær klager over afslaget.
"""

EXPECTED_LABEL_TABLE = [
    (7, "Godkendelse af dagsorden", "22/1201", False),
    (8, "Nyt aktivitetscenter", "22/0877", False),
    (9, "Klagesag", "22/1002", True),
]


def test_a_point_number_row_is_a_heading_not_a_contents_entry() -> None:
    head = point_heading("Punkt nr.\t21")
    assert head is not None and (head.number, head.title) == (21, "")
    assert point_heading("Pkt.\t3") is not None
    # A contents entry (a title, a gap, its page) stays one.
    assert point_heading("Godkendelse af dagsorden\t3") is None


def test_a_label_value_table_per_point_reads_as_its_points() -> None:
    assert _points(LABEL_TABLE, "socialudvalget.txt") == EXPECTED_LABEL_TABLE
    meeting = parse_text(_read(LABEL_TABLE, "socialudvalget.txt"), "socialudvalget.txt")
    texts = [s.text for p in meeting.points for s in p.sections]
    assert texts == [
        "Godkendt.",
        "Centret åbner i august med plads til 40 brugere om dagen.",
        "Godkendt.",
    ]
    assert not any("Punkt nr." in t or "Åben/lukket" in t for t in texts)
    assert "Ingolf Vesterkær" not in meeting.text


def test_the_same_table_with_colons_reads_the_same() -> None:
    text = LABEL_TABLE.replace("\t", ": ").replace("Overskrift: ", "Titel: ")
    assert _points(text, "socialudvalget.txt") == EXPECTED_LABEL_TABLE


def test_a_web_page_with_a_table_per_point() -> None:
    rows = [
        ("21", "Godkendelse af dagsorden", "00.01.00-A00-2-21", "Åben", "Godkendt."),
        ("22", "Ny sti langs åen", "05.01.00-G01-3-21", "Åben", "Stien anlægges i 2022."),
        ("23", "Meddelelser", "", "Åben", "Ingen."),
    ]
    tables = "".join(
        "<table>"
        f"<tr><th>Punkt nr.</th><td>{n}</td></tr><tr><th>Overskrift</th><td>{t}</td></tr>"
        + (f"<tr><th>Sagsnr.</th><td>{c}</td></tr>" if c else "")
        + f"<tr><th>Åben/lukket</th><td>{s}</td></tr><tr><th>Beslutning</th><td>{d}</td></tr>"
        "</table>"
        for n, t, c, s, d in rows
    )
    page = (
        "<html><body><h1>Beslutningsprotokol</h1><table><tr><td>Udvalg:</td>"
        "<td>Natur- og Vejudvalget</td></tr><tr><td>Mødedato:</td><td>d. 3/2 2021</td></tr>"
        f"</table>{tables}</body></html>"
    )
    meeting = parse_text(_read(page, "protokol.html"), "protokol.html")
    assert (meeting.board, meeting.date.isoformat()) == ("Natur- og Vejudvalget", "2021-02-03")
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (21, "Godkendelse af dagsorden", "00.01.00-A00-2-21"),
        (22, "Ny sti langs åen", "05.01.00-G01-3-21"),
        (23, "Meddelelser", None),
    ]
    assert meeting.points[0].sections[0].text == "Godkendt."  # no "Punkt nr. 22" after it


def test_a_word_table_per_point(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Referat")
    doc.add_paragraph("Miljøudvalget")
    doc.add_paragraph("Mødedato: 4. maj 2022")
    for n, title, case, status, text in [
        (7, "Godkendelse af dagsorden", "22/1201", "Åben", "Godkendt."),
        (8, "Nyt renseanlæg", "22/0877", "Åben", "Anlægget bygges i 2023."),
        (9, "Erstatningssag", "22/1002", "Lukket", "Naboen Ingolf Vesterkær kræver erstatning."),
    ]:
        rows = [
            ("Punkt nr.", str(n)),
            ("Overskrift", title),
            ("Sagsnr.", case),
            ("Åben/lukket", status),
            ("Beslutning", text),
        ]
        table = doc.add_table(rows=len(rows), cols=2)
        for r, (label, value) in enumerate(rows):
            table.rows[r].cells[0].text = label
            table.rows[r].cells[1].text = value
        doc.add_paragraph("")
    path = tmp_path / "miljoe.docx"
    doc.save(str(path))
    meeting = parse_file(path)
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (7, "Godkendelse af dagsorden", "22/1201", False),
        (8, "Nyt renseanlæg", "22/0877", False),
        (9, "Erstatningssag", "22/1002", True),
    ]
    assert "Ingolf Vesterkær" not in meeting.text


ENGLISH = """Minutes of the Council of Elders
3 May 2022

Point 1 – Approval of the agenda
Decision: Approved.

Point 2 – Benches along the harbour path
Background: Point 3 of the path plan asks for six new benches.
Decision: Approved.

Point 3 – Staff matter (Closed item)
Background: The caretaker Ingolf Vesterkær has asked for leave.

Point 4 – Any other business
Decision: None.
"""


def test_english_points_numbered_point_n() -> None:
    assert _points(ENGLISH, "elders.txt") == [
        (1, "Approval of the agenda", None, False),
        (2, "Benches along the harbour path", None, False),
        (3, "Staff matter (Closed item)", None, True),
        (4, "Any other business", None, False),
    ]
    meeting = parse_text(_read(ENGLISH, "elders.txt"), "elders.txt")
    assert "Ingolf Vesterkær" not in meeting.text
    # "Point 3 of the path plan …" runs on without a separator: a sentence, no heading.
    assert point_heading("Point 3 of the path plan asks for six new benches.") is None


def test_a_joint_board_of_two_municipalities() -> None:
    text = """Det fælleskommunale Beredskabsudvalg for Ravnsø og Kærby Kommuner

REFERAT

Dato: 14.04.2021

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Ny brandstation i Ravnsø
Beslutning: Godkendt.
"""
    meeting = parse_text(_read(text, "referat.txt"), "referat.txt")
    assert meeting.board == "Det fælleskommunale Beredskabsudvalg"


SAGEN = """Referat
Kulturudvalget
Mødedato: 4. maj 2022

1. Tilskud til byfesten
Sagsnr. 22/0301

{head}
Byfesten søger 30.000 kr. til en scene på torvet.

Beslutning{colon}
Godkendt.
"""


@pytest.mark.parametrize(("head", "colon"), [("Sagen:", ":"), ("Sagens indhold", "")])
def test_sagen_heads_the_case_told(head: str, colon: str) -> None:
    text = SAGEN.format(head=head, colon=colon)
    meeting = parse_text(_read(text, "kultur.txt"), "kultur.txt")
    assert [(s.name, s.text) for p in meeting.points for s in p.sections] == [
        ("Sagsbeskrivelse", "Byfesten søger 30.000 kr. til en scene på torvet."),
        ("Beslutning", "Godkendt."),
    ]


def test_a_text_column_reads_without_its_indent() -> None:
    text = """Kærby Kommune                                             Økonomiudvalget
                                                       Mødedato: 2021-02-03

                                   REFERAT

Pkt. 12       Anlægsregnskab for hallen                             2019-004410

Sagsfremstilling   Ombygningen blev afsluttet i oktober 2020.
                   Den kostede 21,4 mio. kr.
Beslutning         Godkendt med den ændring, at regnskabet
                   sendes til byrådet.
"""
    meeting = parse_text(_read(text, "oeu.txt"), "oeu.txt")
    (point,) = meeting.points
    assert (point.number, point.title, point.case_number) == (
        12,
        "Anlægsregnskab for hallen",
        "2019-004410",
    )
    assert [(s.name, s.text) for s in point.sections] == [
        (
            "Sagsfremstilling",
            "Ombygningen blev afsluttet i oktober 2020.\nDen kostede 21,4 mio. kr.",
        ),
        ("Beslutning", "Godkendt med den ændring, at regnskabet\nsendes til byrådet."),
    ]
