"""Round 69 of the reader: the forms layouts_blind61 (measured once, now spent) missed, in
invented words.

- English point labels: as a Danish "Punkt", "Pkt." or "Sag" does, an English label before the
  number gives the point's number and is no word of its title: "Matter 29 – Title", "Case 4:
  Title", "Agenda point 7. Title", and the English "nr." after any label ("Item No. 3: Title").
  Only with a separator and a title after the number: "Case 12/345" is a case number and
  "Matter 5 of the last meeting …" a sentence.
- A contents table ("Nr." | "Sag" | "Side") is no table of points however long its titles: a
  Word table unfolds into points only with text beside the titles, as a web page's already did.
  And a contents entry whose page stands on a line of its own ("4. Title (lukket)" / "5") is
  still an entry, never a point: before, such entries marked closed stayed points, the real
  closed points were taken for their repeats (and lost their case numbers), and the real last
  point was numbered on as a duplicate.
- A title's label in a cell of its own ("Emne<TAB>Title", "Titel<TAB>Title", under a bare
  "Dagsordenspunkt 51" or on its row) is no word of the title; under a titled heading such a
  row stays the point's metadata.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from indexer.headings import page_alone, point_heading
from indexer.parse import parse_file, parse_text
from indexer.read import read_text

# --- English point labels ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("Matter 12 – Harbour bath opening hours", 12, "Harbour bath opening hours"),
        ("Case 4: Grants to sports clubs 2025", 4, "Grants to sports clubs 2025"),
        ("Agenda point 7. Road salting on cycle paths", 7, "Road salting on cycle paths"),
        ("Item No. 3: Library budget", 3, "Library budget"),
        ("Case no 5 - New bus route", 5, "New bus route"),
        ("MATTER 40 – ANY OTHER BUSINESS", 40, "ANY OTHER BUSINESS"),
    ],
)
def test_an_english_label_gives_the_number_and_leaves_the_title(
    line: str, number: int, title: str
) -> None:
    heading = point_heading(line)
    assert heading is not None
    assert (heading.number, heading.title, heading.strong) == (number, title, True)


@pytest.mark.parametrize(
    "line",
    [
        "Case 12/345 was settled in May.",  # a case number in a sentence
        "Case 2023-0012 - appeal",  # a case number, no point's
        "Matter 5 of the last meeting was corrected.",  # no separator after the number
        "Case ref. AB-24/0001",  # the case label
        "Case 3 – the owner has appealed",  # a sentence after the separator, no title
    ],
)
def test_an_english_label_in_a_sentence_or_a_case_number_heads_nothing(line: str) -> None:
    assert point_heading(line) is None


_ENGLISH_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Minutes | Vesterby Municipality
</title></head><body><header><a href="/">Vesterby Municipality</a></header><main>
<h1>Minutes of meeting</h1><p>Culture and Leisure Committee</p>
<table><tr><th>Date</th><td>Wednesday 9 April 2025, 16:00</td></tr></table>
<section><h2><span class="no">Matter 41</span> &ndash; Approval of the agenda</h2>
<p>Case ref. CL-25/0100</p><h3>Decision</h3><p>Approved.</p></section>
<section><h2><span class="no">Matter 42</span> &ndash; Summer opening hours of the libraries</h2>
<p>Case ref. CL-25/0141</p><h3>Background</h3><p>The libraries may open until 21:00 from June
to August at no extra cost, as volunteers staff the evening hours.</p>
<h3>Decision</h3><p>Approved.</p></section>
<section><h2><span class="no">Matter 43</span> &ndash; Claim against a concert organiser</h2>
<p>Case ref. CL-25/0150</p><div><strong>Closed session - exempt from public access.</strong></div>
<h3>Background</h3><p>The organiser Blue Lantern Events owes DKK 61,000 for the hall.</p>
<h3>Decision</h3><p>Approved.</p></section>
<section><h2><span class="no">Matter 44</span> &ndash; Any other business</h2>
<p>Case ref. CL-25/0100</p><h3>Decision</h3><p>Nothing was raised.</p></section>
</main></body></html>"""


def test_english_minutes_are_numbered_as_their_headings_number_them(tmp_path: Path) -> None:
    path = tmp_path / "culture.html"
    path.write_text(_ENGLISH_PAGE, encoding="utf-8")
    meeting = parse_file(path)
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (41, "Approval of the agenda", "CL-25/0100", False),
        (42, "Summer opening hours of the libraries", "CL-25/0141", False),
        (43, "Claim against a concert organiser", "CL-25/0150", True),
        (44, "Any other business", "CL-25/0100", False),
    ]
    assert meeting.points[2].sections == ()
    assert "Blue Lantern" not in meeting.text


# --- A contents table is no table of points ------------------------------------------------

_CONTENTS = [
    ("1", "Godkendelse af dagsorden", "2"),
    ("2", "Ny belysning på stierne ved Møllesøen og Kirkeskoven", "3"),
    ("3", "Køb af en ejendom til ny materielgård (lukket)", "4"),
    ("4", "Eventuelt", "5"),
]


def _agenda_with_contents_table() -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("Bakkely Kommune")
    document.add_paragraph("Dagsorden")
    document.add_paragraph("Miljø- og Teknikudvalget")
    document.add_paragraph("Tidspunkt: Torsdag den 5. september 2024 kl. 16.00")
    document.add_paragraph("Indholdsfortegnelse")
    table = document.add_table(rows=1, cols=3)
    for cell, name in zip(table.rows[0].cells, ("Nr.", "Sag", "Side"), strict=True):
        cell.text = name
    for row in _CONTENTS:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    bodies = {
        1: ("MT-2024-0100", None, "Dagsordenen godkendes."),
        2: ("MT-2024-0217", None, "Stierne får LED-lys med bevægelsessensor."),
        3: ("MT-2024-0230", "Lukket punkt", "Sælger Holger Vind kræver 3,1 mio. kr."),
    }
    for number, title, _ in _CONTENTS:
        title = title.removesuffix(" (lukket)")
        document.add_heading(f"{number} - {title}", level=1)
        case, status, text = bodies.get(int(number), ("-", None, "Intet materiale."))
        document.add_paragraph(f"Sagsnr.: {case}")
        if status:
            document.add_paragraph(status)
            document.add_paragraph("Offentligheden er udelukket under dette punkt.")
        document.add_heading("Sagsfremstilling", level=3)
        document.add_paragraph(text)
    return document


def test_a_contents_table_with_long_titles_stays_a_contents_table(tmp_path: Path) -> None:
    path = tmp_path / "miljoe.docx"
    _agenda_with_contents_table().save(str(path))
    meeting = parse_file(path)
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden", "MT-2024-0100", False),
        (2, "Ny belysning på stierne ved Møllesøen og Kirkeskoven", "MT-2024-0217", False),
        (3, "Køb af en ejendom til ny materielgård", "MT-2024-0230", True),
        (4, "Eventuelt", None, False),
    ]
    assert meeting.points[2].sections == ()
    assert "Holger Vind" not in meeting.text


def test_a_table_of_points_with_text_beside_the_titles_still_unfolds(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Referat af Ældrerådets møde den 3. oktober 2023")
    table = document.add_table(rows=1, cols=3)
    for cell, name in zip(table.rows[0].cells, ("Nr.", "Sag", "Beslutning"), strict=True):
        cell.text = name
    for row in (
        ("1", "Godkendelse af dagsorden", "Godkendt uden bemærkninger fra medlemmerne."),
        ("2", "Høring om madservice", "Rådet støtter forslaget om to varme retter om ugen."),
    ):
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    path = tmp_path / "aeldre.docx"
    document.save(str(path))
    assert [(p.number, p.title) for p in parse_file(path).points] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Høring om madservice"),
    ]


_CONTENTS_TEXT = """Bakkely Kommune

Dagsorden

Miljø- og Teknikudvalget

Torsdag den 5. september 2024 kl. 16.00

Indhold

1. Godkendelse af dagsorden

2

2. Køb af en ejendom til ny materielgård (lukket)

3

3. Eventuelt

4

1 - Godkendelse af dagsorden

Sagsnr.: MT-2024-0100

Sagsfremstilling

Dagsordenen godkendes.

2 - Køb af en ejendom til ny materielgård

Sagsnr.: MT-2024-0230

Sagsfremstilling

Ejendommen ligger ved Ringvejen og kan overtages 1. januar.

3 - Eventuelt

Sagsnr.: -

Intet materiale.
"""


def test_an_entry_with_its_page_below_it_is_a_contents_entry() -> None:
    """The page of each entry on a line of its own: the entries are dropped, the closed mark of
    one goes to its point, and no point is numbered twice."""
    meeting = parse_text(_CONTENTS_TEXT, "miljoe.txt")
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden", "MT-2024-0100", False),
        (2, "Køb af en ejendom til ny materielgård", "MT-2024-0230", True),
        (3, "Eventuelt", None, False),
    ]
    assert meeting.points[1].sections == ()


def test_a_page_alone() -> None:
    assert all(page_alone(t) for t in ("5", " 12 ", "Side 5", "s. 4", "page 3"))
    assert not any(page_alone(t) for t in ("5.", "2024", "5 Title", "Side 5 af 9", ""))


def test_a_number_alone_over_a_title_is_still_a_point() -> None:
    """A number on a line of its own with a title and a body below it is a point's heading set
    over two lines, never a contents entry's page."""
    text = (
        "Referat af Ældrerådets møde den 3. oktober 2023\n\n"
        "1. Godkendelse af dagsorden\n\nSagsnr.: 23/100\n\nBeslutning\n\nGodkendt.\n\n"
        "2. Høring om madservice\n\nSagsnr.: 23/131\n\nBeslutning\n\nRådet støtter forslaget.\n"
    )
    meeting = parse_text(text, "aeldre.txt")
    assert [(p.number, p.case_number) for p in meeting.points] == [(1, "23/100"), (2, "23/131")]


# --- A title's label in a cell of its own --------------------------------------------------

_LABELLED = """Hyldby Kommune

Referat

Kulturudvalget

Mandag den 2. marts 2020 kl. 16.00

Dagsordenspunkt 7

Emne\tUdlån af byens scene

Sagsnr.\t20-1234

Adgang\tÅben

Sagsfremstilling

Scenen kan lånes af foreninger uden betaling.

Dagsordenspunkt 8

Emne\tKrav mod en koncertarrangør

Sagsnr.\t20-1299

Adgang\tIkke offentlig

Sagsfremstilling

Arrangøren Blå Lygte ApS skylder 37.500 kr.

Dagsordenspunkt 9\tTitel\tMusikskolens takster

Sagsnr.\t20-1311

Sagsfremstilling

Taksten stiger med 3 procent.
"""


def test_a_title_label_in_its_own_cell_is_no_part_of_the_title() -> None:
    meeting = parse_text(_LABELLED, "kultur.odt")
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (7, "Udlån af byens scene", "20-1234", False),
        (8, "Krav mod en koncertarrangør", "20-1299", True),
        (9, "Musikskolens takster", "20-1311", False),
    ]
    assert "Blå Lygte" not in meeting.text


def test_a_subject_row_under_a_titled_heading_stays_metadata() -> None:
    text = (
        "Referat af Kulturudvalgets møde den 2. marts 2020\n\n"
        "5. Budget 2021 for musikskolen\n\nEmne\tØkonomi og takster\n\nSagsnr.\t20-1400\n\n"
        "Sagsfremstilling\n\nBudgettet fremlægges.\n\n"
        "6. Eventuelt\n\nSagsnr.\t20-1401\n\nBeslutning\n\nIntet.\n"
    )
    meeting = parse_text(text, "kultur.txt")
    assert [(p.number, p.title) for p in meeting.points] == [
        (5, "Budget 2021 for musikskolen"),
        (6, "Eventuelt"),
    ]


def test_the_word_title_opens_a_title_when_no_cell_parts_it() -> None:
    """ "Titel på …" is a title's own words: only a cell's gap makes the word a label."""
    text = (
        "Referat af Kulturudvalgets møde den 2. marts 2020\n\n"
        "4. Titel på den nye skulptur ved havnen\n\nSagsnr.: 20-1500\n\n"
        "Beslutning\n\nTitlen vælges af borgerne.\n\n"
        "5. Eventuelt\n\nSagsnr.: 20-1501\n\nBeslutning\n\nIntet.\n"
    )
    meeting = parse_text(text, "kultur.txt")
    assert meeting.points[0].title == "Titel på den nye skulptur ved havnen"


def test_a_word_label_and_value_table_under_a_bare_number(tmp_path: Path) -> None:
    """A Word (or OpenDocument) label/value table reads as its rows, cells TAB-apart."""
    document = docx.Document()
    document.add_paragraph("Referat af Kulturudvalgets møde den 2. marts 2020")
    document.add_paragraph("Dagsordenspunkt 7")
    table = document.add_table(rows=2, cols=2)
    for row, (label, value) in zip(
        table.rows, (("Emne", "Udlån af byens scene"), ("Sagsnr.", "20-1234")), strict=True
    ):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph("Sagsfremstilling")
    document.add_paragraph("Scenen kan lånes af foreninger uden betaling.")
    path = tmp_path / "kultur.docx"
    document.save(str(path))
    assert "Emne\tUdlån af byens scene" in read_text(path)
    assert [(p.number, p.title, p.case_number) for p in parse_file(path).points] == [
        (7, "Udlån af byens scene", "20-1234"),
    ]
