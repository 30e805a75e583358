"""Round 73 of the reader: the forms layouts_blind65 (measured once, now spent) missed, in
invented words.

- A Word page saved as HTML set a closed mark in bold at the head of a paragraph under the
  point's heading, a note after it ("<b>Behandles for lukkede døre</b> – fortroligt, må ikke
  videregives"): the mark was taken for a badge said twice and dropped, and the note alone
  closed nothing. A paragraph that is no heading keeps its mark and its note together.
- A closed part of the meeting named by its definite form ("Sagen behandles på den lukkede del
  af mødet", "… i mødets lukkede del") closes the point, as "på et lukket møde" does; after a
  bracketed mark on its line ("[IKKE OFFENTLIG]  Sagen behandles …") it is the mark's note.
- A note that names who alone may read the text ("(Lukket - kun til rådets medlemmer)",
  "members only") withholds it as "må ikke videregives" does, brackets or not; a note of a
  mark after a dash or a list's bullet ("– fortroligt, må ikke videregives") is the same notice.
- "Skærmet punkt", "Skærmet sag", "Status: Skærmet": shielded from the public, a closed status
  (in a title only with its noun: "Skærmet beskæftigelse" is a matter). "Fjernet fra den
  offentlige udgave af referatet" names the edition and what it is of: the point left out.
- "Sag 24/2017 · Sagsnummer: 17/000031": the point's number in the year's run, a glyph that
  parts a metadata line's fields and the labelled case number: the case is the labelled one.
- A numbered contents ("24<TAB>Title") over points whose titles recur without numbers (an
  OpenDocument file styling its titles as headings): each title's line heads the point its
  entry numbers, and the entries are the contents, no points with no body.
- A board cut from a quoted title ('title: "Minutes – Climate and Utilities Committee"' in a
  Markdown file's front matter) leaves the quotation mark with no partner behind.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from indexer.headings import (
    case_number,
    closed_note,
    closed_title,
    closing_line,
    sag_nr_alone,
    status_line,
    withheld_note,
)
from indexer.parse import parse_file, parse_text

# --- A bold mark and its note in a paragraph of a saved Word page -----------------------------

_WORD_PAGE = """<html><head><meta charset="utf-8"><title>Teknisk Udvalg 04-05-2021</title></head>
<body><div class=WordSection1>
<p class=MsoTitle>REFERAT</p>
<p class=MsoSubtitle>Teknisk Udvalg</p>
<p class=MsoNormal><b>Dato:</b> Tirsdag den 4. maj 2021, kl. 15.00</p>
<h2>TU 17&nbsp;&nbsp;Vejbump på Skolestien</h2>
<p class=MsoNormal>Sagsnr.: 2021/00410</p>
<p class=MsoNormal><b><u>Sagsfremstilling</u></b></p>
<p class=MsoNormal>Der opsættes tre vejbump før sommerferien.</p>
<p class=MsoNormal><b><u>Beslutning</u></b></p>
<p class=MsoNormal>Godkendt.</p>
<h2>TU 18&nbsp;&nbsp;Forlig med entreprenør</h2>
<p class=MsoNormal>Sagsnr.: 2021/00388</p>
<p class='MsoNormal Alert'><b>Behandles for lukkede døre</b> &ndash; fortroligt, må ikke
videregives</p>
<p class=MsoNormal><b><u>Sagsfremstilling</u></b></p>
<p class=MsoNormal>Entreprenøren Bjælkegaard Byg får 615.000 kr. i forlig.</p>
<p class=MsoNormal><b><u>Beslutning</u></b></p>
<p class=MsoNormal>Godkendt.</p>
<h2>TU 19&nbsp;&nbsp;Eventuelt</h2>
<p class=MsoNormal>Intet.</p>
</div></body></html>
"""


def test_a_bold_mark_with_its_note_under_the_heading_closes_the_point(tmp_path: Path) -> None:
    path = tmp_path / "teknisk.htm"
    path.write_text(_WORD_PAGE, encoding="utf-8")
    meeting = parse_file(path)
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (17, "2021/00410", False),
        (18, "2021/00388", True),
        (19, None, False),
    ]
    assert "Bjælkegaard" not in meeting.text
    assert "615.000" not in meeting.text
    assert "vejbump før sommerferien" in meeting.text


def test_a_heading_with_a_badge_is_read_as_before(tmp_path: Path) -> None:
    # A heading's badge still becomes "(Lukket)" after the title (the rule is for body lines).
    page = _WORD_PAGE.replace(
        "<h2>TU 18&nbsp;&nbsp;Forlig med entreprenør</h2>",
        "<h2>TU 18&nbsp;&nbsp;Forlig med entreprenør <span class=badge>Lukket punkt</span></h2>",
    ).replace(
        "<p class='MsoNormal Alert'><b>Behandles for lukkede døre</b> &ndash; fortroligt, må "
        "ikke\nvideregives</p>",
        "",
    )
    path = tmp_path / "teknisk.htm"
    path.write_text(page, encoding="utf-8")
    meeting = parse_file(path)
    point = meeting.points[1]
    # (The title keeps the mark as "(Lukket)", as every heading with a badge reads.)
    assert point.number == 18
    assert point.title == "Forlig med entreprenør (Lukket)"
    assert point.closed
    assert "Bjælkegaard" not in meeting.text


# --- The closed part of the meeting, named by its definite form -------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sagen behandles på den lukkede del af mødet.",
        "Punktet behandles i den lukkede del af mødet",
        "Sagen blev behandlet i mødets lukkede del.",
        "Behandles under den lukkede del.",
    ],
)
def test_the_closed_part_of_the_meeting_closes_the_point(line: str) -> None:
    assert closing_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # A sentence that only mentions the closed part, or says more, closes nothing.
        "Mødets lukkede del begyndte kl. 18.30.",
        "Sagen behandles på den lukkede del af mødet, hvis udvalget ønsker det, og ellers åbent.",
    ],
)
def test_a_sentence_about_the_closed_part_closes_nothing(line: str) -> None:
    assert not closing_line(line)


def test_a_bracketed_mark_before_a_closing_sentence_is_a_note() -> None:
    assert closed_note("[IKKE OFFENTLIG]  Sagen behandles på den lukkede del af mødet.")
    assert closed_note("(Fortroligt) Punktet behandles for lukkede døre.")


_PDF_TEXT = """Egebro Kommune
DAGSORDEN
Miljøudvalget
Ordinært møde onsdag den 9. april 2025 kl. 09.00
1  Godkendelse af dagsorden
Acadre-sagsnr. 25/00021
Indstilling
Forvaltningen indstiller, at dagsordenen godkendes.
2  Erstatning for afgrødetab ved Rævebakken
Acadre-sagsnr. 25/01870
[IKKE OFFENTLIG]  Sagen behandles på den lukkede del af mødet.
Sagsfremstilling
Landmand Ejvind Grønkjær kræver 88.500 kr. for tabt høst.
Indstilling
Forvaltningen indstiller, at kravet afvises.
3  Eventuelt
Acadre-sagsnr. 25/00021
Sagsfremstilling
Ingen sager.
"""


def test_a_bracketed_mark_and_a_closing_sentence_close_the_point() -> None:
    meeting = parse_text(_PDF_TEXT, "miljoe.pdf")
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (1, "25/00021", False),
        (2, "25/01870", True),
        (3, "25/00021", False),
    ]
    assert "Grønkjær" not in meeting.text
    assert "88.500" not in meeting.text


# --- A note that names who alone may read ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "(Lukket - kun til rådets medlemmer)",
        "(Lukket – kun for udvalgets medlemmer)",
        "Fortroligt – kun til de valgte medlemmer",
        "(Closed - members only)",
        # A mark and its note after a dash or a bullet: the same notice.
        "– fortroligt, må ikke videregives",
        "- Lukket – må ikke videresendes",
    ],
)
def test_a_note_that_names_who_alone_may_read_withholds_the_text(line: str) -> None:
    assert withheld_note(line)


@pytest.mark.parametrize(
    "line",
    [
        # A bare "Lukket" with a note of when or what: the matter's, no point's.
        "(Lukket - åbner igen til påske)",
        "(Lukket - kun til og med 2025)",
        "Medlemmerne fik kun til opgave at læse materialet.",
    ],
)
def test_other_notes_withhold_nothing(line: str) -> None:
    assert not withheld_note(line)


_MAIL_TEXT = """Kære alle

Hermed referat fra Handicaprådets møde tirsdag den 3/9 2024 kl. 14.00 på Rådhuset.

Til stede: Ib Salomonsen (formand), Grete Lynge

Ad 1) Godkendelse af dagsorden (sag 24/0210)
Konklusion: Godkendt.

Ad 2) Klage over ledsagerordning (sag 24/3391)
(Lukket - kun til rådets medlemmer)
Rådet drøftede klagen fra borgeren Asta Bindslev om ledsagelse til lægen.
Konklusion: Rådet afventer forvaltningens svar.

Ad 3) Eventuelt
Intet.
"""


def test_a_bracketed_mark_with_its_readers_closes_the_point() -> None:
    meeting = parse_text(_MAIL_TEXT, "handicapraadet.eml", board="Handicaprådet")
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (1, "24/0210", False),
        (2, "24/3391", True),
        (3, None, False),
    ]
    assert "Asta Bindslev" not in meeting.text


# --- Shielded points -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Skærmet punkt", "Skærmet sag", "SKÆRMET", "Fjernet fra den offentlige udgave af referatet"],
)
def test_a_shielded_status_is_closed(line: str) -> None:
    assert status_line(line) is True


def test_a_shielded_status_with_a_note_under_its_label_is_closed() -> None:
    assert case_number("Status: Skærmet punkt - fjernet fra den offentlige udgave") == (None, True)
    assert closed_title("Personalesag - skærmet sag")
    assert closed_title("Skærmet punkt: Klage over afgørelse")


@pytest.mark.parametrize(
    "title",
    ["Skærmet beskæftigelse - takster 2025", "Nye pladser i skærmet enhed", "Skærmet"],
)
def test_shielded_work_in_a_title_is_a_matter(title: str) -> None:
    # "Skærmet" alone as a whole title is a status (as "Lukket" is); in words, a matter.
    assert closed_title(title) is (title == "Skærmet")


_XML = """<?xml version="1.0" encoding="UTF-8"?>
<moede>
  <udvalg>Socialudvalget</udvalg>
  <dato>2022-10-11</dato>
  <dokumenttype>Referat</dokumenttype>
  <punkter>
    <punkt>
      <nr>7</nr>
      <overskrift>Takster for skærmet beskæftigelse 2023</overskrift>
      <sagsnr>22/11870</sagsnr>
      <status>Offentlig</status>
      <sagsfremstilling>Taksten hæves med 2 pct. fra januar.</sagsfremstilling>
    </punkt>
    <punkt>
      <nr>8</nr>
      <overskrift>Klage over hjemmehjælp - konkret sag</overskrift>
      <sagsnr>22/12004</sagsnr>
      <status>Skærmet sag - fjernet fra den offentlige udgave af referatet</status>
      <sagsfremstilling>Borgeren Valdemar Ruhe klager over aflyste besøg.</sagsfremstilling>
    </punkt>
  </punkter>
</moede>
"""


def test_a_shielded_status_in_an_export_closes_the_point(tmp_path: Path) -> None:
    path = tmp_path / "social.xml"
    path.write_text(_XML, encoding="utf-8")
    meeting = parse_file(path)
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (7, "22/11870", False),
        (8, "22/12004", True),
    ]
    assert "Valdemar Ruhe" not in meeting.text
    assert "Taksten hæves" in meeting.text


# --- The point's number and its case, parted by a glyph ----------------------------------------


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Sag 31/2019 · Sagsnummer: 19/004410", "19/004410"),
        ("Sag nr. 12 | J.nr. 01.02.03-A00-1-19", "01.02.03-A00-1-19"),
        ("Sag 7 • Sagsnr.: 24/1187", "24/1187"),
    ],
)
def test_the_labelled_case_beside_the_points_number_is_the_case(line: str, case: str) -> None:
    assert case_number(line) == (case, False)
    # Never the heading of a point of its own (the title is the line above).
    assert sag_nr_alone(line) is None


def test_the_points_number_alone_is_read_as_before() -> None:
    assert case_number("Sag 31/2019") == ("31/2019", False)


# --- A numbered contents over titles without numbers ------------------------------------------

_ODF = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>'
    "{body}</office:text></office:body></office:document-content>"
)


def _odt(body: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", _ODF.format(body=body))
    return out.getvalue()


def _p(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def _h(text: str) -> str:
    return f'<text:h text:outline-level="2">{text}</text:h>'


_CONTENTS_BODY = "".join(
    [
        _p("Birkely Kommune"),
        '<text:h text:outline-level="1">Kultur- og Fritidsudvalget</text:h>',
        _p("Referat af ordinært møde"),
        _p("Dato:<text:tab/>Onsdag 14-06-2023 kl. 16:00"),
        _p("Indholdsfortegnelse", "Fed"),
        _p("51<text:tab/>Godkendelse af dagsorden", "TOC"),
        _p("52<text:tab/>Åbningstider på biblioteket i sommerferien", "TOC"),
        _p("53<text:tab/>Lejeaftale med rideklub", "TOC"),
        _p("54<text:tab/>Eventuelt", "TOC"),
        _h("Godkendelse af dagsorden"),
        _p("Sag 51/2023 · Sagsnummer: 23/000118", "Kode"),
        _p("Afgørelse", "Fed"),
        _p("Godkendt."),
        _h("Åbningstider på biblioteket i sommerferien"),
        _p("Sag 52/2023 · Sagsnummer: 23/004471", "Kode"),
        _p("Baggrund", "Fed"),
        _p("Biblioteket holder åbent kl. 10-16 i juli, også om lørdagen."),
        _p("Afgørelse", "Fed"),
        _p("Godkendt."),
        _h("Lejeaftale med rideklub  (LUKKET)"),
        _p("Sag 53/2023 · Sagsnummer: 23/003902", "Kode"),
        _p("Baggrund", "Fed"),
        _p("Rideklubben Hestehaven betaler 12.300 kr. om året i leje."),
        _h("Eventuelt"),
        _p("Sag 54/2023 · Sagsnummer: 23/000118", "Kode"),
        _p("Baggrund", "Fed"),
        _p("Intet."),
    ]
)


def test_titles_under_a_numbered_contents_head_the_points(tmp_path: Path) -> None:
    path = tmp_path / "kultur.odt"
    path.write_bytes(_odt(_CONTENTS_BODY))
    meeting = parse_file(path)
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (51, "23/000118", False),
        (52, "23/004471", False),
        (53, "23/003902", True),
        (54, "23/000118", False),
    ]
    assert meeting.points[1].title == "Åbningstider på biblioteket i sommerferien"
    assert "Hestehaven" not in meeting.text
    assert "12.300" not in meeting.text
    # Each point has its own text, not the last entry all of them.
    assert [s.text for s in meeting.points[1].sections if "kl. 10-16" in s.text]


_NUMBERED_HEADINGS = """Referat

Kultur- og Fritidsudvalget

Dato: 14. juni 2023

Indholdsfortegnelse

51\tGodkendelse af dagsorden

52\tÅbningstider på biblioteket

51. Godkendelse af dagsorden

Beslutning: Godkendt.

52. Åbningstider på biblioteket

Sagsfremstilling

Biblioteket holder åbent i juli.
"""


def test_a_contents_whose_numbers_recur_in_headings_is_read_as_before() -> None:
    meeting = parse_text(_NUMBERED_HEADINGS, "kultur.txt")
    assert [(p.number, p.title) for p in meeting.points] == [
        (51, "Godkendelse af dagsorden"),
        (52, "Åbningstider på biblioteket"),
    ]
    assert "holder åbent i juli" in meeting.text


# --- A board cut from a quoted title -----------------------------------------------------------

_FRONT_MATTER = """---
title: "Minutes – Harbour and Marina Committee"
municipality: Saltvig Municipality
meeting_date: 2024-09-18
---

Minutes of the ordinary meeting of the Harbour and Marina Committee, Wednesday 18 September
2024 at 16:00 in the Harbour Office.

## Agenda point 3: Adoption of the agenda

**Decision**

Adopted.

## Agenda point 4: New pontoon for guest boats

**Background**

The pontoon gives room for 14 more guest boats from May.

**Decision**

Approved.
"""


def test_a_quoted_title_leaves_no_quotation_mark_on_the_board() -> None:
    meeting = parse_text(_FRONT_MATTER, "havn.md")
    assert meeting.board == "Harbour and Marina Committee"
    assert [p.number for p in meeting.points] == [3, 4]


@pytest.mark.parametrize(
    ("title", "board"),
    [
        ('"Referat – Miljøudvalget"', "Miljøudvalget"),
        ("Referat – Miljøudvalget”", "Miljøudvalget"),
        ('Bestyrelsen for "Ungdomshuset"', 'Bestyrelsen for "Ungdomshuset"'),
    ],
)
def test_quotation_marks_around_a_title_are_no_part_of_the_board(title: str, board: str) -> None:
    text = f"{title}\n\nDato: 2. maj 2024\n\n1. Godkendelse af dagsorden\n\nBeslutning: Godkendt.\n"
    assert parse_text(text, "x.txt").board == board
