"""Round 45 of the reader: the closed points and case numbers layouts_blind38's first read missed.

- A closed mark in brackets alone on the line under a point's heading ("(Lukket møde)") was no
  status: the point stayed open, its body was read, and the case number below the mark was body
  text. Under the heading (or its case number), with the point going on below it, the mark is
  the point's own status.
- "LUKKET MØDE" under a point's heading and its case-number line was read as the head of a
  group of closed points: it closed the points below and left its own open. Metadata lines
  between the heading and the words are part of the point's header, so the words are the
  point's status there.
- A Word table with a row per point joined the paragraphs of a cell into one line, so a status
  paragraph ("Lukket punkt") ran into the first section. Each paragraph stays a line.
- A case number in a board's own series, its letters apart from the number ("Sagsnr. AB
  21/117", "Sag: KU 97-3"), was none.

Every text here is invented for this test.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx

from indexer.headings import case_number
from indexer.models import case_key
from indexer.parse import parse_file, parse_text

_TYPED = """\
                    HØJSKOVEN KOMMUNE

                    Kommunalbestyrelsen

      Møde den 4/3-1981 kl. 19.00 på rådhuset.

Pkt. 1.   Godkendelse af protokol.

          Godkendt.

Pkt. 2.   Vejbelysning på Engvej.
          J.nr. 05.01.03

          Teknisk udvalg foreslår 12 nye master.

          Beslutning: Vedtaget.

Pkt. 3.   Eftergivelse af restance.
          {mark}
          J.nr. 07.22.01

          Ansøgeren Ivar Hemmelig Grønbech skylder 4.321 kr.

          Beslutning: Tiltrådt.

Pkt. 4.   Eventuelt.

          Intet.
"""


def _text(meeting_text: str, number: int) -> str:
    meeting = parse_text(meeting_text, "hoejskoven/kommunalbestyrelsen.txt")
    point = meeting.point(number)
    assert point is not None
    return "\n".join(s.text for s in point.sections)


def test_a_bracketed_mark_under_the_heading_closes_the_point() -> None:
    for mark in ("(Lukket møde)", "(Fortroligt)", "[Lukket punkt]", "(Ikke offentlig)"):
        meeting = parse_text(_TYPED.format(mark=mark), "hoejskoven/kommunalbestyrelsen.txt")
        point = meeting.point(3)
        assert point is not None and point.closed, mark
        assert point.case_number == "07.22.01", mark
        assert "Hemmelig" not in _text(_TYPED.format(mark=mark), 3), mark
        others = [p.number for p in meeting.points if p.closed]
        assert others == [3], mark


_RTF_LIKE = """\
SKOVLUND KOMMUNE
Teknisk Udvalg
Referat af møde tirsdag d. 6.3.2003 kl. 9.00
Sag nr. 12.  Godkendelse af dagsorden
Afgørelse:
Godkendt.
Sag nr. 13.  Salg af grund, Bøgevej 2
J.nr. 2003-000871
LUKKET MØDE
Sagsfremstilling:
Køberen Palle Fortrolig Ravnholt byder 455.000 kr.
Afgørelse:
Anbefales.
Sag nr. 14.  Eventuelt
Intet.
"""


def test_a_closed_heading_under_the_case_line_is_the_points_status() -> None:
    meeting = parse_text(_RTF_LIKE, "skovlund/teknisk-udvalg.txt")
    closed = {p.number: p.closed for p in meeting.points}
    assert closed == {12: False, 13: True, 14: False}
    point = meeting.point(13)
    assert point is not None and point.case_number == "2003-000871"
    assert "Fortrolig" not in "\n".join(s.text for s in point.sections)


_GROUPED = """\
SKOVLUND KOMMUNE
Teknisk Udvalg
Referat af møde tirsdag d. 6.3.2003 kl. 9.00
Sag nr. 12.  Vintertjeneste
J.nr. 2003-000870
Sagsfremstilling:
Saltlageret er fyldt op.
Afgørelse:
Godkendt.

LUKKET MØDE

Sag nr. 13.  Salg af grund, Bøgevej 2
J.nr. 2003-000871
Sagsfremstilling:
Køberen byder 455.000 kr.
Afgørelse:
Anbefales.
"""


def test_a_closed_group_heading_after_a_body_still_heads_the_points_below() -> None:
    meeting = parse_text(_GROUPED, "skovlund/teknisk-udvalg.txt")
    assert {p.number: p.closed for p in meeting.points} == {12: False, 13: True}


def _word_table(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Bestyrelsen for Kirkebakkens Børnehus")
    document.add_paragraph("Referat")
    document.add_paragraph("Mødedato: 9. maj 2023")
    table = document.add_table(rows=1, cols=3)
    for cell, name in zip(table.rows[0].cells, ("Pkt.", "Emne", "Referat"), strict=True):
        cell.text = name
    rows = (
        ("1.", "Økonomi for 2023", "Sagsnr. KB 23/004", None, "Regnskabet viser balance."),
        ("2.", "Legepladsens nye gynger", "Sagsnr. KB 23/005", None, "Gyngerne kommer i juni."),
        ("3.", "Ansættelse af pædagog", "Sagsnr. KB 23/006", "Lukket punkt", "Kandidat Hemmelig."),
    )
    for number, title, case, mark, body in rows:
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].text = title
        cells[1].add_paragraph(case)
        cells[2].text = mark or f"Sagsfremstilling: {body}"
        if mark:
            cells[2].add_paragraph(f"Sagsfremstilling: {body}")
        cells[2].add_paragraph("Beslutning: Godkendt.")
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())


def test_a_word_tables_status_paragraph_closes_its_point(tmp_path: Path) -> None:
    path = tmp_path / "boernehus_bestyrelsen_2023.docx"
    _word_table(path)
    meeting = parse_file(path)
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (1, "KB 23/004", False),
        (2, "KB 23/005", False),
        (3, "KB 23/006", True),
    ]
    texts = "\n".join(s.text for p in meeting.points for s in p.sections)
    assert "Hemmelig" not in texts
    # (Each paragraph of a cell is a line: the decision is no part of the section above it.)
    first = meeting.points[0]
    assert not any("Beslutning:" in s.text for s in first.sections)


def test_a_case_number_in_a_series_of_letters() -> None:
    assert case_number("Sagsnr. AB 21/117") == ("AB 21/117", False)
    assert case_number("Sag: KU 97-3") == ("KU 97-3", False)
    assert case_number("J.nr. TM 12/44 (Lukket)") == ("TM 12/44", True)
    # Letters in small type are a word, no series: "Sag: Ny 24/5" is no case line.
    assert case_number("Sag: Ny 24/5") is None
    assert case_key("AB 21/117") == case_key("AB 21/0117")


def test_a_series_case_line_under_a_title_is_no_part_of_the_title() -> None:
    text = """\
LOKALRÅDET I BRO
Referat af møde 5.4.95

Punkt 1: Stien langs åen
Sag: BR 95-07

Beslutning:
  Rådet skriver til kommunen.
"""
    meeting = parse_text(text, "bro/lokalraadet.txt")
    point = meeting.point(1)
    assert point is not None
    assert (point.title, point.case_number) == ("Stien langs åen", "BR 95-07")
