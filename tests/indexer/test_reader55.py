"""Round 55 of the reader: forms found missing in layouts_blind47, in invented minutes.

A table with a row per point whose header names the number column and no title column
("Punkt" | "Referat") holds both in that column: a row's cell "1. Title" is the point's heading
and the cells beside it its text. A line break inside a table cell (Word's <w:br/>, a web page's
<br>) ends a line as a paragraph does, so a title cell's "Title" over "Sag: 24/1234" is the title
and its case line. An authority named in the definite form before a case label ("Stiftet j.nr.
2021-118") says whose case number it is, as the genitive does ("Stiftets j.nr."). A title line
that names a meeting by its word alone ("Referat fra bestyrelsesmøde", "Bestyrelsen") gives way
to a later title line of the same meeting that names the board holding it after "i"
("BESTYRELSESMØDE I NØRREBY LOKALRÅD"), and a town's or village's board typed in capitals is a
proper name ("Nørreby Lokalråd").
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from indexer.headings import case_number
from indexer.models import Meeting
from indexer.parse import parse_file, parse_text


def _word_minutes(path: Path, header: tuple[str, str], rows: list[tuple[str, str, str]]) -> None:
    """A Word file: a title, a date and a two-column table of points. Each row is (heading,
    a line set below it in the same paragraph or "", the text beside it)."""
    document = docx.Document()
    document.add_paragraph("Skolebestyrelsen ved Tværvej Skole")
    document.add_paragraph("Referat af møde torsdag den 6. februar 2020 kl. 18.00")
    table = document.add_table(rows=1, cols=2)
    for cell, name in zip(table.rows[0].cells, header, strict=True):
        cell.text = name
    for heading, below, text in rows:
        cells = table.add_row().cells
        run = cells[0].paragraphs[0].add_run(heading)
        if below:
            run.add_break()  # a line break in the paragraph, <w:br/>
            run.add_text(below)
        cells[1].text = text
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())


_ROWS = [
    ("1. Godkendelse af dagsorden", "", "Dagsordenen blev godkendt uden bemærkninger."),
    (
        "2. Ny legeplads i skolegården",
        "Sag: 20/00417",
        "Forvaltningen har afsat midler. Bestyrelsen ønsker, at eleverne inddrages i valget.",
    ),
    (
        "3. Fortroligt: Klagesag",
        "",
        "Bestyrelsen drøftede klagen fra familien Rødsgaard Vinther og lukkede sagen.",
    ),
    ("4. Eventuelt", "", "Næste møde holdes i april, hvor budgettet for 2021 skal drøftes."),
]


def test_a_number_column_that_holds_the_title_reads_as_the_points(tmp_path: Path) -> None:
    path = tmp_path / "tvaervej_skolebestyrelsen_2020.docx"
    _word_minutes(path, ("Punkt", "Referat"), _ROWS)
    m = parse_file(path)
    assert [(p.number, p.title, p.case_number, p.closed) for p in m.points] == [
        (1, "Godkendelse af dagsorden", None, False),
        (2, "Ny legeplads i skolegården", "20/00417", False),
        (3, "Fortroligt: Klagesag", None, True),
        (4, "Eventuelt", None, False),
    ]
    # The cell beside the heading is the point's text; a closed point's is never read.
    assert "eleverne inddrages" in m.points[1].text
    assert "Rødsgaard" not in m.text
    assert m.points[2].sections == ()


def test_a_number_column_of_bare_numbers_without_a_title_column_is_no_table_of_points(
    tmp_path: Path,
) -> None:
    # "Punkt" | "Referat" over "1" | text: the number alone names no point here (a table of the
    # decisions by point refers to points read elsewhere), so the rows are no headings.
    path = tmp_path / "tvaervej_skolebestyrelsen_2020.docx"
    rows = [(str(k), "", text) for k, (_, _, text) in enumerate(_ROWS, 1)]
    _word_minutes(path, ("Punkt", "Referat"), rows)
    with pytest.raises(ValueError, match="no agenda points"):
        parse_file(path)


_WEB = """<html><body>
<h1>Referat – Menighedsrådet ved Lindholt Kirke</h1>
<p>Mødedato: 11. september 2019</p>
<table>
<tr><th>Nr.</th><th>Emne</th><th>Beslutning</th></tr>
<tr><td>1</td><td><b>Godkendelse af dagsorden</b></td>
<td>Dagsordenen blev godkendt med en tilføjelse under eventuelt.</td></tr>
<tr><td>2</td><td><b>Nyt tag på våbenhuset<br><span>Stiftet j.nr. 2019-0712</span></b></td>
<td>Der er indhentet tre tilbud på udskiftning af taget; rådet valgte det billigste.</td></tr>
<tr><td>3</td><td><b>Eventuelt</b></td>
<td>Høstgudstjenesten holdes den 29. september med frokost bagefter i sognehuset.</td></tr>
</table>
</body></html>
"""


def test_a_line_break_in_a_web_table_cell_sets_the_case_line_apart(tmp_path: Path) -> None:
    path = tmp_path / "lindholt_menighedsraad.html"
    path.write_text(_WEB, encoding="utf-8")
    m = parse_file(path)
    assert [(p.number, p.title, p.case_number) for p in m.points] == [
        (1, "Godkendelse af dagsorden", None),
        (2, "Nyt tag på våbenhuset", "2019-0712"),
        (3, "Eventuelt", None),
    ]


_WEB_NUMBERED = """<html><body>
<h1>Referat – Grundejerforeningen Bakkely, bestyrelsen</h1>
<p>Dato: 3. marts 2021</p>
<table>
<tr><th>Punkt</th><th>Referat</th></tr>
<tr><td>1. Regnskab 2020</td>
<td>Kassereren fremlagde regnskabet, som viser et lille overskud.</td></tr>
<tr><td>2. Vejbump på Bakkelyvej<br>Sagsnr. 21/3301</td>
<td>Kommunen har givet tilladelse; bumpene lægges i maj måned inden sommerferien.</td></tr>
<tr><td>3. Eventuelt</td>
<td>Ingen punkter under eventuelt denne gang, mødet sluttede tidligt.</td></tr>
</table>
</body></html>
"""


def test_a_web_table_whose_number_column_holds_the_title(tmp_path: Path) -> None:
    path = tmp_path / "bakkely.html"
    path.write_text(_WEB_NUMBERED, encoding="utf-8")
    m = parse_file(path)
    assert [(p.number, p.title, p.case_number) for p in m.points] == [
        (1, "Regnskab 2020", None),
        (2, "Vejbump på Bakkelyvej", "21/3301"),
        (3, "Eventuelt", None),
    ]
    assert "bumpene lægges i maj" in m.points[1].text


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Stiftet j.nr. 2021-118", "2021-118"),  # the definite form, as a letterhead writes it
        ("Kommunen sagsnr. 24/1234", "24/1234"),
        ("Stiftets j.nr. 2021-118", "2021-118"),  # the genitive, as before
    ],
)
def test_the_authority_before_a_case_label_says_whose_case_it_is(line: str, number: str) -> None:
    assert case_number(line) == (number, False)


def test_an_authoritys_case_label_after_a_title_is_the_points_case() -> None:
    text = """Referat af menighedsrådsmøde den 4. juni 2019

1. Nye lysekroner (Stiftet j.nr. 2019-0388)
Beslutning: Godkendt.

2. Eventuelt
Beslutning: Intet.
"""
    m = parse_text(text, "menighedsraad/2019-06-04.txt")
    assert [(p.title, p.case_number) for p in m.points] == [
        ("Nye lysekroner", "2019-0388"),
        ("Eventuelt", None),
    ]


_MAIL = """From: Sekretær <sekretaer@noerreby.dk>
To: bestyrelsen@noerreby.dk
Subject: Referat fra bestyrelsesmøde 2023-05-02
Date: Wed, 3 May 2023 09:12:00 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Hej alle, her er referatet fra tirsdag.

REFERAT - BESTYRELSESMØDE I NØRREBY LOKALRÅD
Dato: 2023-05-02 kl. 19.30, Nørreby Hallen

1. Sommerfest
Festen holdes 17. juni. Hallen er booket.

2. Stier ved søen
Der er søgt om midler til ny belægning.

3. Evt.
Intet.
"""


def test_a_later_title_names_the_board_whose_meeting_it_was(tmp_path: Path) -> None:
    path = tmp_path / "noerreby.eml"
    path.write_text(_MAIL, encoding="utf-8")
    m: Meeting = parse_file(path)
    # Not "Bestyrelsen" (the subject's meeting word alone): the board that met, named after
    # "i" on the title below, and a village's board typed in capitals is a proper name.
    assert m.board == "Nørreby Lokalråd"
    assert [p.title for p in m.points] == ["Sommerfest", "Stier ved søen", "Evt."]


def test_a_company_after_the_meetings_word_still_owns_its_board() -> None:
    # A name after "i" that is no board's (a company's) makes the company's board, as before.
    text = """Referat fra bestyrelsesmøde

REFERAT - BESTYRELSESMØDE I KÆRBY VANDVÆRK A.M.B.A.
Dato: 2023-05-02 kl. 19.30

1. Regnskab
Beslutning: Godkendt.

2. Eventuelt
Beslutning: Intet.
"""
    m = parse_text(text, "kaerby/2023-05-02.txt")
    assert m.board.startswith("Bestyrelsen for ")
