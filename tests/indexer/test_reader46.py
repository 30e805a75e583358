"""Round 46 of the reader: the layouts layouts_blind39's first read missed.

- A Markdown heading's attribute block ("## ØU 12 Budget {#oeu-12}", the anchor a contents
  list links to) and a code span's backticks ("`Sagsnr.: 24/1234`") are marks a browser never
  shows: read as text they hid the heading and the case label.
- In a Markdown heading one space parts a committee's code, the number and the title ("## ØU
  12 Budget"): the markup is the evidence a column's gap gives in plain text.
- English minutes may number each minute ("Minute 7. Approval of the agenda"): "Minute" is a
  point label (indexer.language.ENGLISH_POINT_LABELS), with a separator after the number.
- A KLE number with its facet apart and the journal's year and serial joined by a hyphen
  ("J.nr. 01.02 A00-03/0417") is one case number, not "01.02 A00".
- A page's closed badge after a title that says it already ("Lukket punkt: Title" and a
  "Lukket" badge) is dropped, not run into the title's end.

Every text here is invented for this test.
"""

from __future__ import annotations

import re
from pathlib import Path

from indexer.chunk import chunk_meeting
from indexer.headings import case_number, point_heading
from indexer.models import Meeting
from indexer.parse import parse_file, parse_text
from indexer.read import decode_text

_MARKDOWN = """\
---
udvalg: Miljø- og Naturudvalget
moededato: 11.09.2023
---

# Referat af møde i Miljø- og Naturudvalget den 11. september 2023

**Til stede:** Bo Lind (formand), Ea Holm, Tom Kjær

- [MNU 17 Godkendelse af dagsorden](#mnu-17)
- [MNU 18 Vandløbsregulativ for Lilleå](#mnu-18)
- [MNU 19 Køb af naturareal](#mnu-19)
- [MNU 20 Eventuelt](#mnu-20)

---

## MNU 17 Godkendelse af dagsorden {#mnu-17}

`Sagsnr.: 23/00714`

> **Beslutning:** Godkendt.

---

## MNU 18 Vandløbsregulativ for Lilleå {#mnu-18 .punkt}

`Sagsnr.: 23/00422`

**Sagsfremstilling:** Regulativet fastsætter, hvordan åen vedligeholdes. Forslaget rummer:

1. Grødeskæring to gange om året
2. Ny måling af bundkoter
3. Høring af lodsejerne i fire uger

| Strækning | Længde |
|---|---|
| Mølledammen - Broen | 2,4 km |

> **Beslutning:** Godkendt.

---

## MNU 19 Køb af naturareal {#mnu-19}

**LUKKET PUNKT**

`Sagsnr.: 23/00851`

**Sagsfremstilling:** Lodsejeren Kamilla Ravnkilde Sandal tilbyder 9 ha eng for 1,3 mio. kr.

> **Beslutning:** Forvaltningen forhandler videre.

---

## MNU 20 Eventuelt {#mnu-20}

> **Beslutning:** Intet.
"""


def _markdown(tmp_path: Path) -> Meeting:
    path = tmp_path / "miljoe_og_natur_2023-09-11.md"
    path.write_text(_MARKDOWN, encoding="utf-8")
    return parse_file(path)


def test_markdown_marks_a_browser_never_shows_are_dropped() -> None:
    text = decode_text(_MARKDOWN.encode(), Path("referat.md"))
    assert "## MNU 18 Vandløbsregulativ for Lilleå\n" in text
    assert "{#" not in text and "`" not in text
    assert "Sagsnr.: 23/00422" in text
    # (A brace in a body is no attribute block: only one closing a heading is.)
    body = decode_text(b"Punkt 1: Budget\n\nRammen {inkl. moms} er 4 mio. kr.\n", Path("a.md"))
    assert "{inkl. moms}" in body


def test_a_markdown_heading_with_a_committee_code_heads_a_point(tmp_path: Path) -> None:
    meeting = _markdown(tmp_path)
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (17, "Godkendelse af dagsorden", "23/00714", False),
        (18, "Vandløbsregulativ for Lilleå", "23/00422", False),
        (19, "Køb af naturareal", "23/00851", True),
        (20, "Eventuelt", None, False),
    ]
    assert meeting.board == "Miljø- og Naturudvalget"
    # The code and one space open a point only in a heading's markup: a plain line is not one.
    assert point_heading("## MNU 18 Vandløbsregulativ") is not None
    assert point_heading("MNU 18 Vandløbsregulativ") is None


def test_a_numbered_list_in_a_markdown_body_is_no_heading(tmp_path: Path) -> None:
    meeting = _markdown(tmp_path)
    assert [p.number for p in meeting.points] == [17, 18, 19, 20]
    point = meeting.point(18)
    assert point is not None
    text = "\n".join(s.text for s in point.sections)
    assert "2. Ny måling af bundkoter" in text
    assert "Mølledammen - Broen\t2,4 km" in text


def test_a_closed_markdown_points_body_is_never_read_nor_indexed(tmp_path: Path) -> None:
    meeting = _markdown(tmp_path)
    point = meeting.point(19)
    assert point is not None and point.closed and point.sections == ()
    assert "Ravnkilde" not in meeting.text
    assert not any("Ravnkilde" in c.text for c in chunk_meeting(meeting))


_ENGLISH = """\
HAVBJERG MUNICIPALITY
Senior Citizens' Council

MINUTES
Monday, March 3, 2025, 10:00-12:00

Present: Erik Bach (chair), Lis Dahl, Ole Fogh

--------------------------------------------------

Minute 7. Approval of the agenda
Case no.: 25/0412

Decision:
Approved.

--------------------------------------------------

Minute 8. Bus service to the day centre
Case no.: 25/0388

Background:
The route is to be changed. Minute 5 of the last meeting asked for a later bus.
The council listed its wishes:
1. A stop at the health centre
2. A bus after 16:00

Decision:
The council sends its wishes to the transport office.

--------------------------------------------------

Minute 9. Complaint about home care
Case no.: 25/0451
CONFIDENTIAL - exempt from publication (personal data)

Background:
A resident, Torvald Quist Emmerhøj, complains about missed visits.

Decision:
The chair answers the resident.

--------------------------------------------------

Minute 10. Any other business
Lis Dahl thanked the staff of the day centre.
"""


def test_english_minutes_number_each_minute() -> None:
    assert point_heading("Minute 14. Approval of the agenda") is not None
    assert point_heading("Minute 14: Budget 2025") is not None
    # A sentence that names a minute is no heading.
    assert point_heading("Minute 5 of the last meeting was corrected") is None
    meeting = parse_text(_ENGLISH, "havbjerg/seniors.txt")
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (7, "Approval of the agenda", "25/0412", False),
        (8, "Bus service to the day centre", "25/0388", False),
        (9, "Complaint about home care", "25/0451", True),
        (10, "Any other business", None, False),
    ]
    point = meeting.point(8)
    assert point is not None
    text = "\n".join(s.text for s in point.sections)
    # The numbered wishes and the minute named in a sentence stay in the body.
    assert "1. A stop at the health centre" in text
    assert "Minute 5 of the last meeting" in text


def test_a_closed_english_minutes_body_is_never_read_nor_indexed() -> None:
    meeting = parse_text(_ENGLISH, "havbjerg/seniors.txt")
    point = meeting.point(9)
    assert point is not None and point.closed and point.sections == ()
    assert not any("Emmerhøj" in s.text for p in meeting.points for s in p.sections)
    assert not any("Emmerhøj" in c.text for c in chunk_meeting(meeting))


def test_a_faceted_journal_number_joined_by_a_hyphen() -> None:
    assert case_number("J.nr. 01.02 A00-03/0417") == ("01.02 A00-03/0417", False)
    # (OCR's letters for digits in the serial are read as the digits.)
    assert case_number("J.nr. 01.02 A00-03/O4l7") == ("01.02 A00-03/0417", False)
    # The forms read before are read as before.
    assert case_number("J.nr. 01.02.03-03/0417") == ("01.02.03-03/0417", False)
    assert case_number("J.nr. 01.02 A00") == ("01.02 A00", False)
    assert case_number("J.nr. 00.30.10 - 96/418") == ("00.30.10 - 96/418", False)


_BADGED = """\
<html><body>
<h1>Byudvalget - Referat - 02-02-2024</h1>
<div class="agenda-item">
  <button class="accordion-toggle" aria-expanded="false" aria-controls="p5">
  <span class="nr">5.</span>
  <span class="title">Vejnavne i Østerby</span></button>
  <div class="panel" id="p5" hidden><h4>Beslutning</h4><p>Godkendt.</p></div>
</div>
<div class="agenda-item agenda-item--closed">
  <button class="accordion-toggle" aria-expanded="false" aria-controls="p6">
  <span class="nr">6.</span>
  <span class="title">Lukket punkt: Køb af grund</span>
  <span class="badge badge-closed">Lukket</span></button>
  <div class="panel" id="p6" hidden><h4>Sagsfremstilling</h4><p>Sælger Ingolf Brandt Vesterlund.</p>
  <h4>Beslutning</h4><p>Godkendt.</p></div>
</div>
</body></html>
"""


def test_a_closed_badge_after_a_closed_title_is_dropped() -> None:
    text = decode_text(_BADGED.encode(), Path("byudvalget.html"))
    assert "6. Lukket punkt: Køb af grund\n" in text
    meeting = parse_text(text, "byudvalget/referat.html")
    point = meeting.point(6)
    assert point is not None and point.closed
    assert point.title == "Lukket punkt: Køb af grund"
    assert "Vesterlund" not in "\n".join(s.text for p in meeting.points for s in p.sections)


def test_the_api_filter_takes_every_case_number_the_reader_stores() -> None:
    # The API's pattern is the model's: a faceted journal number the reader now stores is a
    # filter the API takes, and a word without a digit is none.
    from api.schemas import CASE_PATTERN

    assert re.fullmatch(CASE_PATTERN, "01.02 A00-03/0417")
    assert re.fullmatch(CASE_PATTERN, "SB 22/009")
    assert not re.fullmatch(CASE_PATTERN, "abc")
