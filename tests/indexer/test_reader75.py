"""Round 75 of the reader: the forms layouts_blind67 (measured once, now spent) missed, in
invented words.

- A Word supplement listed the points it added by number alone, as bullets ("Punkt 7", "Punkt
  8", …) above the headings "7. Title". The title-less "Punkt N" lines were read as the points
  (untitled, strong by their label) and every real heading fell into the last of them, its case
  numbers and statuses with it. A title-less entry whose number a later heading with a title has
  is now a contents entry like a titled one (in a run, with no body between).
- The same file set each point's facts as a Word table, "Sagsnr. | Ansvarlig | Offentlighed":
  after the case number, a row of a label the reader need not know ("Ansvarlig<TAB>…") ended the
  header, so "Offentlighed<TAB>Lukket" below it was body text and closed nothing. With the case
  number read right above, a block of label rows goes on to its last row the metadata rules read.
- A typed text file closed a point by "[Punktet er undtaget fra offentliggørelse - indeholder
  personoplysninger]": the reason after a dash kept the notice from closing. A closing notice
  with a reason after a dash (a verb that says what the point holds, or words for what a closing
  withholds) is a closing; "Lukket punkt – se bilag" still is none.
- An OpenDocument file headed its points "BUU-4  Title" (the committee's code joined to the
  number by a hyphen, a column's gap after it): no heading form read it. Its status line
  "Punktets status: ☐ Åbent ☒ Lukket" set a label before boxes that come first, and named the
  point's field ("Punktets status"): neither was read. Both are now.
- An XML export's case element held the number with its own label ("<Sagsnummer>Sag nr.
  14/5120</Sagsnummer>", read as "sagsnummer: Sag nr. 14/5120"): the inner label is passed over.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from indexer.headings import case_number, checked_status, closing_line, point_heading, status_line
from indexer.parse import parse_file

# --- A Word supplement: its points listed by number, its facts in tables ----------------------


def _supplement(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Tillægsdagsorden", level=0)
    d.add_paragraph("Byrådet")
    facts = d.add_table(rows=0, cols=2)
    for label, value in [("Mødedato", "Onsdag den 14. oktober 2026"), ("Sted", "Byrådssalen")]:
        row = facts.add_row().cells
        row[0].text, row[1].text = label, value
    d.add_paragraph("Disse punkter er kommet til efter udsendelsen:")
    points = [
        (41, "Ny legeplads i Østerparken", "05.04.00-G01-3-26", False, "Legepladsen får gynger."),
        (42, "Køb af grund ved havnen", "02.34.02-G01-9-26", True, "Sælger Poul Ravn vil have"),
        (43, "Åbningstider i svømmehallen", "18.15.00-G01-1-26", False, "Hallen åbner kl. 6."),
    ]
    for number, *_ in points:
        d.add_paragraph(f"Punkt {number}", style="List Bullet")
    for number, title, case, closed, text in points:
        d.add_heading(f"{number}. {title}", level=1)
        meta = d.add_table(rows=0, cols=2)
        for label, value in [
            ("Sagsnr.", case),
            ("Ansvarlig", "Teknik og Miljø"),
            ("Offentlighed", "Lukket" if closed else "Åben"),
        ]:
            row = meta.add_row().cells
            row[0].text, row[1].text = label, value
        d.add_heading("Sagsfremstilling", level=3)
        d.add_paragraph(text + (" 1,9 mio. kr. for arealet." if closed else ""))
    d.save(str(path))


def test_points_listed_by_number_alone_are_a_contents(tmp_path: Path) -> None:
    path = tmp_path / "tillaeg.docx"
    _supplement(path)
    meeting = parse_file(path)
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (41, "Ny legeplads i Østerparken", "05.04.00-G01-3-26"),
        (42, "Køb af grund ved havnen", "02.34.02-G01-9-26"),
        (43, "Åbningstider i svømmehallen", "18.15.00-G01-1-26"),
    ]


def test_a_status_row_after_a_label_row_closes(tmp_path: Path) -> None:
    path = tmp_path / "tillaeg.docx"
    _supplement(path)
    meeting = parse_file(path)
    assert [p.closed for p in meeting.points] == [False, True, False]
    assert "Poul Ravn" not in meeting.text
    assert "1,9 mio. kr." not in meeting.text
    # The open points keep their bodies, and no fact row is read as body text.
    assert "Legepladsen får gynger." in meeting.text
    open_body = meeting.text[meeting.points[0].start : meeting.points[0].end]
    assert "Ansvarlig" not in open_body.split("Sagsfremstilling", 1)[1]


def test_a_lone_number_over_its_title_still_heads_a_point() -> None:
    # ("Punkt 5" with its title on the next line is a heading, not a contents entry: its
    # number recurs in no later heading.)
    assert point_heading("Punkt 5") is not None


# --- A closing notice with its reason after a dash ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "[Punktet er undtaget fra offentliggørelse - indeholder personoplysninger]",
        "Sagen behandles for lukkede døre – vedrører en enkelt borgers helbred",
        "Lukket punkt - personfølsomme oplysninger",
        "Lukket punkt – økonomiske forhold",
        "Closed item - contains personal data",
    ],
)
def test_a_closing_notice_with_a_dashed_reason_closes(line: str) -> None:
    assert closing_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lukket punkt – se bilag",
        "Lukket - åbner igen til påske",
        "Lukket møde - personoplysninger",
        "Svømmehallen er lukket - indeholder asbest",
        "Punktet er lukket - kommunen har i dag modtaget en ny ansøgning om oplysninger fra ejeren",
    ],
)
def test_other_words_after_a_dash_are_no_reason(line: str) -> None:
    assert not closing_line(line)


_TYPED = """                     ELMEHØJ KOMMUNE
                     Ældrerådet

                     R E F E R A T

Mødedato:   03-11-2026 kl. 10.00
Sted:       Elmehøj Rådhus

[7] Busforbindelse til aktivitetscentret
    Sagsnr 2026-004417

Rådets udtalelse: Rådet ønsker en rute om formiddagen.

[8] Klage over madudbringning
    Sagsnr 2026-004590
[Sagen er fortrolig - indeholder helbredsoplysninger]

Klageren Edith Vind har fået kold mad tre gange.

[9] Eventuelt
    Sagsnr -

Rådets udtalelse: Intet.
"""


def test_a_typed_notice_with_a_reason_closes_its_point(tmp_path: Path) -> None:
    path = tmp_path / "aeldreraad.txt"
    path.write_text(_TYPED, encoding="utf-8")
    meeting = parse_file(path)
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (7, "2026-004417", False),
        (8, "2026-004590", True),
        (9, None, False),
    ]
    assert "Edith Vind" not in meeting.text


# --- A committee's hyphenated code and a labelled line of boxes --------------------------------

_ODF = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
    "{body}</office:text></office:body></office:document-content>"
)


def _odt(body: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", _ODF.format(body=body))
    return out.getvalue()


def _p(text: str) -> str:
    return f'<text:p text:style-name="Standard">{text}</text:p>'


def _h(text: str, level: int = 2) -> str:
    return f'<text:h text:outline-level="{level}">{text}</text:h>'


def _item(code: str, title: str, case: str, closed: bool, text: str) -> str:
    boxes = "☐ Åbent ☒ Lukket" if closed else "☒ Åbent ☐ Lukket"
    return "".join(
        [
            _h(f"{code}  {title}"),
            _p(f"Sagsid: {case}"),
            _p(f"Punktets status: {boxes}"),
            _h("Sagsfremstilling", 3),
            _p(text),
        ]
    )


_CODED_BODY = "".join(
    [
        _h("Rosendal Kommune", 1),
        _p("Referat"),
        _p("Kultur- og Fritidsudvalget"),
        _p("Dato: 10.03.2026"),
        _item("KFU-1", "Godkendelse af dagsorden", "26/0301", False, "Godkendt."),
        _item("KFU-2", "Nyt kunstgræs på stadion", "26/0188", False, "Banen lægges om i maj."),
        _item("KFU-3", "Lejemål i musikhuset", "26/0402", True, "Lejer Tove Sand skylder."),
        _item("KFU-4", "Meddelelser", "26/0301", False, "Ingen."),
    ]
)


def test_hyphenated_code_headings_and_boxed_status(tmp_path: Path) -> None:
    path = tmp_path / "kultur.odt"
    path.write_bytes(_odt(_CODED_BODY))
    meeting = parse_file(path)
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden", "26/0301", False),
        (2, "Nyt kunstgræs på stadion", "26/0188", False),
        (3, "Lejemål i musikhuset", "26/0402", True),
        (4, "Meddelelser", "26/0301", False),
    ]
    assert "Tove Sand" not in meeting.text
    assert "Banen lægges om i maj." in meeting.text


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("KFU-3  Lejemål i musikhuset", 3, "Lejemål i musikhuset"),
        ("ØU-12\tBudget 2027", 12, "Budget 2027"),
    ],
)
def test_a_hyphenated_code_heading(line: str, number: int, title: str) -> None:
    heading = point_heading(line)
    assert heading is not None
    assert (heading.number, heading.title, heading.strong) == (number, title, False)


def test_a_hyphenated_code_with_one_space_is_no_heading() -> None:
    # One space after the number reads as words ("ØU-12 Budget …" may be a sentence's start).
    assert point_heading("ØU-12 Budget 2027") is None


@pytest.mark.parametrize(
    ("line", "closed"),
    [
        ("Punktets status: ☐ Åbent ☒ Lukket", True),
        ("Punktets status: ☒ Åbent ☐ Lukket", False),
        ("Status: [ ] Åben [x] Lukket", True),
        ("Sagens adgang: ( ) Åben (x) Lukket", True),
    ],
)
def test_a_labelled_line_of_boxes(line: str, closed: bool) -> None:
    assert checked_status(line) is closed
    assert status_line(line) is closed
    assert case_number(line) == (None, closed)


@pytest.mark.parametrize("line", ["Farve: ☒ Rød ☐ Blå", "Punktets emne: ☒ Åbent ☐ Lukket"])
def test_boxes_under_another_label_say_no_status(line: str) -> None:
    assert checked_status(line) is None


@pytest.mark.parametrize(
    ("line", "closed"), [("Punktets status: Lukket", True), ("Sagens adgang: Åben", False)]
)
def test_a_status_label_naming_its_point(line: str, closed: bool) -> None:
    assert case_number(line) == (None, closed)


# --- A case field whose value carries its own label --------------------------------------------


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("sagsnummer: Sag nr. 26/7710", "26/7710"),
        ("Sagsnr.: J.nr. 26/0042", "26/0042"),
        ("Journalnummer: Sagsnr. 01.02.03-A00-1-26", "01.02.03-A00-1-26"),
    ],
)
def test_a_case_label_inside_a_case_field(line: str, case: str) -> None:
    assert case_number(line) == (case, False)


_EXPORT = """<?xml version="1.0" encoding="utf-8"?>
<Moede kommune="Vindeby Kommune" dokumenttype="Referat">
  <Udvalg>Teknisk Udvalg</Udvalg>
  <Moededato>02-02-2026</Moededato>
  <Punkter>
    <Punkt nummer="11" adgang="aaben">
      <Titel>Ny cykelsti langs Åvej</Titel>
      <Sagsnummer>Sag nr. 26/1101</Sagsnummer>
      <Felt overskrift="Sagsfremstilling"><Afsnit>Stien bliver 2,5 meter bred.</Afsnit></Felt>
    </Punkt>
    <Punkt nummer="12" adgang="lukket">
      <Titel>Ekspropriation af jord</Titel>
      <Sagsnummer>Sag nr. 26/1188</Sagsnummer>
      <Felt overskrift="Sagsfremstilling"><Afsnit>Lodsejer Bent Hjort protesterer.</Afsnit></Felt>
    </Punkt>
  </Punkter>
</Moede>
"""


def test_an_export_case_element_with_its_own_label(tmp_path: Path) -> None:
    path = tmp_path / "teknisk.xml"
    path.write_text(_EXPORT, encoding="utf-8")
    meeting = parse_file(path)
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (11, "26/1101", False),
        (12, "26/1188", True),
    ]
    assert "Bent Hjort" not in meeting.text
