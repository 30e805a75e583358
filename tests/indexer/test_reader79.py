"""Round 79 of the reader: the forms layouts_blind71 (measured once after round 78, now spent)
missed, in invented words.

- A scanned day's "1" read as an "l" ("den l8. februar"): the date was read from the "8" alone.
  An "l" or "I" beside a day's other digit, the word alone before the month, is the "1" it was
  typed as.
- A point's only reference was a "Dok.nr." ("Dok.nr. 2009-0114/FU"), never read as a case. Where
  one such number stands under two points (a standing matter's, as the approval of the minutes
  and "Eventuelt" share), the file's "document" numbers number its matters, and each is the
  reference of a point that names no case number. A number under one point alone stays a
  document's (test_reader39), as does one beside a case number.
- A forwarded mail's greeting said "Her er referatet fra Handicaprådet": the sentence was taken
  for the board's name. The papers named by their kind, then the board whose they are, name the
  board as "referatet fra mødet i …" did.
- An RTF agenda headed its points "BEU 1  |  Title": the committee's code and number before a bar
  opened no heading, so every point's text ran into the last entry of the contents, which one
  closed point's notice then closed (an open point wrongly closed, its text lost). A bar or a
  middle dot parts the code's number from the title as a dash does.
- English minutes set "> Item exempt from publication (commercial confidentiality). Board members
  only." under a point: the noun and the status without a verb closed nothing, so the point's
  secrets were searchable. The notice's shorthand closes the point, its reason in brackets and a
  note on who may read it after it.
- An XML export gave each point's case as an empty element's attribute (<sag sagsnummer="…"/>),
  read as the fact "sag sagsnummer: …" no rule knows. Inside a point an attribute named as a
  case number is the point's case.
- A scanned text's running header named the municipality beside a page number ("Brombæk Kommune -
  Udvalget - 18.02.2009   Side 1"); removed as furniture, it named no issuer. Its first page's
  numbered edge lines are its letterhead, as a PDF's are.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.headings import closing_line, document_number, find_date, point_heading
from indexer.letterhead import decode_letterhead
from indexer.parse import parse_file, parse_text
from indexer.read import decode_text


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("mødet tirsdag den l4. marts 2013 kl. 17", "2013-03-14"),
        ("Mødedato: 2l.11.2007", "2007-11-21"),
        ("Referat af mødet den I6. januar 2010", "2010-01-16"),
        ("den 14. marts 2013", "2013-03-14"),
    ],
)
def test_an_ocr_one_in_a_day_is_read_as_one(line: str, day: str) -> None:
    found = find_date(line)
    assert found is not None and found[0].isoformat() == day
    # The span is the line's own: the letters stand where the digits would.
    assert line[found[1] : found[2]].endswith(day[:4])


@pytest.mark.parametrize("line", ["Bilag l. april 2013", "Il. marts 2013", "Punkt l2"])
def test_letters_alone_are_no_day(line: str) -> None:
    assert find_date(line) is None


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Dok.nr. 2011-0377/KU", "2011-0377/KU"),
        ("Dokumentnr.: 24/1190-6", "24/1190-6"),
        ("Dok. nr.: 88213", "88213"),
        ("Dok.nr.: se bilag", None),
        ("Dokument-ID: 24/9999", None),  # a system's key of the record, no number it is filed by
        ("Dok.nr. 2011-0377/KU   Sagsnr. 11/204", None),
        ("Sagsnr.: 11/204", None),
    ],
)
def test_a_document_number_alone(line: str, number: str | None) -> None:
    assert document_number(line) == number


OLD_TYPED = """REFERAT

af mødet i Kulturudvalget torsdag den 9. juni 2011

1.  Godkendelse af dagsorden
Dok.nr. 2011-0377/KU

Beslutning: Godkendt.

2.  Tilskud til sommerkoncerter
Dok.nr. 2011-0412/KU

Sagsfremstilling: Fire foreninger søger om tilskud til koncerter i parken.

Beslutning: Bevilget.

3.  Nyt gulv i hallen
Sagsnr. 11/0288
Dok.nr. 2011-0419/KU

Beslutning: Godkendt.

4.  Eventuelt
Dok.nr. 2011-0377/KU

Beslutning: Intet.
"""


def test_numbers_that_name_matters_are_the_points_references(tmp_path: Path) -> None:
    # One number under two points (the standing matter of the agenda and "Eventuelt"): the
    # file's "document" numbers number its matters, each point's reference where it names no
    # case; beside a case number it stays the document's.
    meeting = parse_text(OLD_TYPED, str(tmp_path / "kulturudvalget-2011.txt"))
    cases = {p.number: p.case_number for p in meeting.points}
    assert cases == {1: "2011-0377/KU", 2: "2011-0412/KU", 3: "11/0288", 4: "2011-0377/KU"}


def test_a_documents_own_number_is_no_case(tmp_path: Path) -> None:
    # Each number under one point only: a document's, one paper for one point.
    text = OLD_TYPED.replace("4.  Eventuelt\nDok.nr. 2011-0377/KU", "4.  Eventuelt")
    meeting = parse_text(text, str(tmp_path / "kulturudvalget-2011.txt"))
    cases = {p.number: p.case_number for p in meeting.points}
    assert cases == {1: None, 2: None, 3: "11/0288", 4: None}


MAIL = """VS: Referat Ældrerådet 12/3

Hej Lene

Her er referatet fra Ældrerådet - vil du sende det videre?

Venlig hilsen Ib

REFERAT - Ældrerådet - onsdag 12/3 2014 kl. 10-12

Pkt. 1: Godkendelse af dagsorden
Rådets bemærkninger:
Godkendt.

Pkt. 2: Nye bænke på torvet
Rådets bemærkninger:
Rådet ønsker bænke med armlæn.
"""


@pytest.mark.parametrize(
    "greeting",
    [
        "Her er referatet fra Ældrerådet - vil du sende det videre?",
        "Hermed dagsordenen til Ældrerådet - vil du sende det videre?",
        "Vedhæftet referat af Ældrerådet",
    ],
)
def test_a_greeting_that_sends_a_boards_papers_names_the_board(
    tmp_path: Path, greeting: str
) -> None:
    text = MAIL.replace("Her er referatet fra Ældrerådet - vil du sende det videre?", greeting)
    meeting = parse_text(text, str(tmp_path / "aeldreraadet.eml"))
    assert meeting.board == "Ældrerådet"


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("KFU 3  |  Ny svømmehal - forundersøgelse", 3, "Ny svømmehal - forundersøgelse"),
        ("ØU 12 | Budgetopfølgning", 12, "Budgetopfølgning"),
        ("TMU 4 · Vintertjeneste", 4, "Vintertjeneste"),
    ],
)
def test_a_code_and_number_before_a_bar_head_a_point(line: str, number: int, title: str) -> None:
    head = point_heading(line)
    assert head is not None and (head.number, head.title) == (number, title)


@pytest.mark.parametrize("line", ["KFU | 3 deltagere", "Ø 1 | Bilag", "Lys | Lyd"])
def test_no_code_number_no_bar_heading(line: str) -> None:
    assert point_heading(line) is None


CODED = """Dagsorden
Kultur- og Fritidsudvalget
Tirsdag den 4. marts 2025 kl. 16.00

Punkter på dagsordenen
KFU 1\tGodkendelse af dagsorden
KFU 2\tSalg af klubhus - forhandling  [lukket]
KFU 3\tMødeplan for Kultur- og Fritidsudvalget 2025

KFU 1  |  Godkendelse af dagsorden
Sagsnr.: 00.01.00-A00-3-25
Indstilling
Dagsordenen foreslås godkendt.

KFU 2  |  Salg af klubhus - forhandling
Sagsnr.: 82.06.02-G10-4-24
Lukket punkt - kun til udvalgets medlemmer
Sagsfremstilling
Køber er Fjordtræ Ejendomme ApS, der byder 1.250.000 kr.

KFU 3  |  Mødeplan for Kultur- og Fritidsudvalget 2025
Sagsnr.: 00.01.00-A00-4-25
Sagsfremstilling
Udvalget mødes den første tirsdag i måneden; mødet i april er lukket for tilhørere.
Indstilling
Mødeplanen godkendes.
"""


def test_coded_bar_headings_keep_each_points_text_and_status(tmp_path: Path) -> None:
    meeting = parse_text(CODED, str(tmp_path / "kfu-2025.rtf"))
    points = {p.number: p for p in meeting.points}
    assert sorted(points) == [1, 2, 3]
    assert [p.closed for p in meeting.points] == [False, True, False]
    # The point after the closed one is its own, open, whatever its text says of a closing
    # (the regression: it took every heading's text and the closed point's notice with it).
    assert points[3].title == "Mødeplan for Kultur- og Fritidsudvalget 2025"
    assert "første tirsdag" in points[3].text
    # The closed point's title from its own heading, no mark; its case stays public.
    assert points[2].title == "Salg af klubhus - forhandling"
    assert points[2].case_number == "82.06.02-G10-4-24"
    assert "Fjordtræ" not in meeting.text and "1.250.000" not in meeting.text


@pytest.mark.parametrize(
    "line",
    [
        "Item exempt from publication.",
        "> Item exempt from publication (legal advice). Committee members only.",
        "_Matter confidential (personal data)._",
        "The item not for publication",
        "Item withheld from publication.",
    ],
)
def test_an_items_verbless_closing_notice_closes(line: str) -> None:
    assert closing_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Item closed.",  # the matter done with, no access said
        "The item on parking was exempt from publication last year.",
        "Item: new benches at the exempt quay",
        "Items exempt from the fee are listed in annex 2.",
    ],
)
def test_a_sentence_that_mentions_exemption_does_not_close(line: str) -> None:
    assert not closing_line(line)


ENGLISH = """# Minutes - Marina Board

| Date | Tuesday 8 June 2021, 17:00 |
|---|---|

### 1. Slipway repairs

Ref.: MB 21/22

> Item exempt from publication (commercial confidentiality). Board members only.

**Background**

The lowest bid came from Sandvik Dock Services ApS at DKK 410,000.

### 2. Summer opening hours

Ref.: MB 21/23

**Background**

The marina office opens at 08:00. Items exempt from the fee are listed in the price list.
"""


def test_an_items_notice_closes_its_point(tmp_path: Path) -> None:
    meeting = parse_text(ENGLISH, str(tmp_path / "marina-board.md"))
    points = {p.number: p for p in meeting.points}
    assert points[1].closed and not points[2].closed
    assert points[1].case_number == "MB 21/22"
    assert "Sandvik" not in meeting.text and "410,000" not in meeting.text
    assert "price list" in points[2].text


EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<eksport>
  <moede type="Referat">
    <udvalg>Teknik- og Miljøudvalget</udvalg>
    <start>2023-05-09T16:00:00</start>
    <punkter>
      <punkt nr="12" offentlig="true">
        <overskrift>Ny busrute til Havnen</overskrift>
        <sag sagsnummer="23/0415B"/>
        <felt navn="Beslutning"><afsnit>Godkendt.</afsnit></felt>
      </punkt>
      <punkt nr="13" offentlig="false">
        <overskrift>Erstatningskrav - enkeltsag</overskrift>
        <sag sagsnummer="23/0982K"/>
        <felt navn="Sagsfremstilling"><afsnit>Ove Jernbæk kræver 61.000 kr.</afsnit></felt>
      </punkt>
    </punkter>
  </moede>
</eksport>
"""


def test_a_case_attribute_of_an_empty_element_in_a_point(tmp_path: Path) -> None:
    path = tmp_path / "tmu-2023.xml"
    path.write_text(EXPORT, encoding="utf-8")
    meeting = parse_file(path)
    points = {p.number: p for p in meeting.points}
    assert (points[12].case_number, points[12].closed) == ("23/0415B", False)
    assert (points[13].case_number, points[13].closed) == ("23/0982K", True)
    assert "Jernbæk" not in meeting.text
    # Written as the label the text rules read, never "sag sagsnummer: …".
    text = decode_text(EXPORT.encode(), path)
    assert "Sagsnr.: 23/0415B" in text and "sag sagsnummer" not in text


SCANNED = """[Scannet]

Ravnholm Kommune  -  Kulturudvalget  -  09.06.2011      Side 1

REFERAT

af mødet i Kulturudvalget torsdag den 9. juni 2011

1.  Godkendelse af dagsorden

Beslutning: Godkendt.

                              - 1 -

Ravnholm Kommune  -  Kulturudvalget  -  09.06.2011      Side 2

2.  Eventuelt

Beslutning: Intet.
"""


def test_a_scanned_texts_numbered_running_header_names_its_municipality(tmp_path: Path) -> None:
    path = tmp_path / "kulturudvalget-2011.txt"
    path.write_text(SCANNED, encoding="utf-8")
    assert any("Ravnholm Kommune" in line for line in decode_letterhead(SCANNED.encode(), path))
    assert parse_file(path).municipality == "Ravnholm"


def test_a_scanned_texts_unnumbered_top_lines_are_no_letterhead(tmp_path: Path) -> None:
    # Without a page number the line is the text's own (read there), never furniture.
    path = tmp_path / "kulturudvalget-2011.txt"
    text = SCANNED.replace("      Side 1", "").replace("      Side 2", "")
    assert not any("Ravnholm" in line for line in decode_letterhead(text.encode(), path))
