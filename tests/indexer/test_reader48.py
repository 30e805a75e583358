"""Round 48 of the reader: the layouts layouts_blind40's first read missed.

- A British-style council's minute reference runs the committee's letters into the minute's
  number ("HA101  MINUTES OF THE LAST MEETING"); the column's gap still parts it from the title
  (weak, like "KB 7   Title").
- "CONFIDENTIAL: Title" closes such a minute, and its body is never read.
- A town's council named alone above "MINUTES of the meeting of the … COMMITTEE" heads the
  paper it publishes: the board is the committee, and a name typed in capitals is written as
  English writes a name ("Highways and Amenities Committee").
- In a Markdown export a middle dot parts the number and the title ("### 8 · Title"), as a dash
  does in "8 - Title".
- An e-mail whose subject names the board by its initials ("Referat BKU …") names it in full in
  its greeting ("Kære medlemmer af Børne- og Kulturudvalget").
- Typed minutes end every title with a period, a wrapped one too ("Pkt. 12.  Ansøgning om …" /
  "varmepumpe i klubhuset." / "J.nr. …"): the case number under the rest says it ends the title.

Every text here is invented for this test.
"""

from __future__ import annotations

from pathlib import Path

from indexer.chunk import chunk_meeting
from indexer.headings import point_heading
from indexer.models import Meeting
from indexer.parse import parse_file, parse_text

_ENGLISH = """\
BRACKENFORD PARISH COUNCIL

MINUTES of the meeting of the HIGHWAYS AND AMENITIES COMMITTEE held at the
Village Hall, Brackenford on Tuesday 11th March 2025 at 7.30 pm.

PRESENT:   Cllr P. Lumley (Chair), Cllr W. Ashdown, Cllr E. Fairweather

-----------------------------------------------------------------------

HA101  MINUTES OF THE LAST MEETING
       Ref: HA/25/014
       The minutes of the meeting held on 11th February 2025 were signed as a
       true record.

HA102  STREET LIGHTING ON MILL LANE
       Ref: HA/25/019
       Three lamps on Mill Lane have failed since December. The Clerk will ask the
       county to replace them with LED lanterns.
       RESOLVED: to ask for the repair by the end of April.

HA103  CONFIDENTIAL: SALE OF THE DEPOT LAND
       Ref: HA/24/207
       Members considered an offer from Ottoline Marchbanks for the former depot at
       a price of £61,500 for use as a pottery studio.
       RESOLVED: to accept the offer.

The meeting closed at 8.55 pm.
"""


def _english() -> Meeting:
    return parse_text(_ENGLISH, "brackenford/highways.txt")


def test_a_minute_reference_with_the_committees_letters_heads_a_point() -> None:
    heading = point_heading("HA101  MINUTES OF THE LAST MEETING")
    assert heading is not None and (heading.number, heading.strong) == (101, False)
    # One space is a sentence's, no column's gap: "CO2 emissions fell" opens no point.
    assert point_heading("CO2 Emissions fell") is None
    meeting = _english()
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (101, "MINUTES OF THE LAST MEETING", "HA/25/014", False),
        (102, "STREET LIGHTING ON MILL LANE", "HA/25/019", False),
        (103, "CONFIDENTIAL: SALE OF THE DEPOT LAND", "HA/24/207", True),
    ]
    point = meeting.point(102)
    assert point is not None
    assert any("LED lanterns" in s.text for s in point.sections)


def test_a_confidential_english_minutes_body_is_never_read_nor_indexed() -> None:
    meeting = _english()
    point = meeting.point(103)
    assert point is not None and point.closed and point.sections == ()
    for secret in ("Marchbanks", "£61,500", "pottery"):
        assert secret not in meeting.text
        assert not any(secret in c.text for c in chunk_meeting(meeting))


def test_the_committee_a_minutes_line_names_is_the_board_not_the_town_council() -> None:
    assert _english().board == "Highways and Amenities Committee"
    # The town's council stays the board where no line names another's minutes.
    alone = parse_text(
        "BRACKENFORD PARISH COUNCIL\n\nMinutes, Tuesday 11th March 2025\n\n"
        + _ENGLISH[_ENGLISH.index("HA101") :],
        "brackenford/council.txt",
    )
    assert alone.board == "Brackenford Parish Council"


_MARKDOWN = """\
---
kommune: Lyngdal Kommune
dokument: Tillægsreferat
organ: Kommunalbestyrelsen
møde: 13/3 2025 kl. 17.00
---

# Tillægsreferat – Kommunalbestyrelsen

**Lyngdal Kommune** · Rådhuset · torsdag 13/3 2025

> Tillægsreferatet omfatter de punkter, der kom på dagsordenen efter udsendelsen.

---

### 8 · Nedrivning af den gamle brandstation

*Sag: 25/1180*

**Sagsfremstilling**

Bygningen står tom og er skadet af skimmel. Nedrivningen koster 1,2 mio. kr.

**Beslutning**

Godkendt.

### 9 · Lukket: Forlig med entreprenør

(Lukket møde)

*Sag: 25/0977*

Entreprenøren Valdemar Ingstrup Haugaard tilbyder at betale 410.000 kr.

**Beslutning**

Tilbuddet blev accepteret.

### 10 · Orientering om vinterberedskab

*Sag: 25/1203*

**Sagsfremstilling**

Saltlageret er fyldt op til resten af sæsonen.

**Beslutning**

Taget til efterretning.
"""


def _markdown(tmp_path: Path) -> Meeting:
    path = tmp_path / "lyngdal_tillaeg.md"
    path.write_text(_MARKDOWN, encoding="utf-8")
    return parse_file(path)


def test_a_markdown_tillaegsreferat_with_dotted_headings_is_read(tmp_path: Path) -> None:
    assert point_heading("### 8 · Nedrivning af den gamle brandstation") is not None
    meeting = _markdown(tmp_path)
    assert meeting.kind == "tillægsreferat"
    assert meeting.board == "Kommunalbestyrelsen"
    assert str(meeting.date) == "2025-03-13"
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (8, "25/1180", False),
        (9, "25/0977", True),
        (10, "25/1203", False),
    ]
    point = meeting.point(8)
    assert point is not None
    assert point.title == "Nedrivning af den gamle brandstation"
    assert [s.heading for s in point.sections] == ["Sagsfremstilling", "Beslutning"]


def test_a_closed_markdown_tillaeg_points_body_is_never_read(tmp_path: Path) -> None:
    meeting = _markdown(tmp_path)
    point = meeting.point(9)
    assert point is not None and point.closed and point.sections == ()
    for secret in ("Ingstrup", "410.000"):
        assert secret not in meeting.text
        assert not any(secret in c.text for c in chunk_meeting(meeting))


_MAIL = """\
From: Sekretariatet <sekr@lyngdal.dk>
To: bku@lyngdal.dk
Subject: Referat BKU 12/3-2025
Date: Thu, 13 Mar 2025 08:12:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Kære medlemmer af Børne- og Kulturudvalget

Hermed referat fra mødet onsdag den 12. marts 2025 kl. 16.00 på rådhuset.

Pkt. 1: Godkendelse af dagsorden
Sag nr. 4
Godkendt.

Pkt. 2: Tilskud til sommerskolen
Sag nr. 7
Udvalget bevilgede 80.000 kr. til sommerskolen.
Beslutning: Godkendt.

Med venlig hilsen
Sekretariatet
"""


def test_a_boards_initials_in_a_subject_are_named_in_full_by_the_greeting(
    tmp_path: Path,
) -> None:
    path = tmp_path / "referat.eml"
    path.write_text(_MAIL, encoding="utf-8")
    assert parse_file(path).board == "Børne- og Kulturudvalget"
    # Two boards that would do leave the initials as they are.
    other = _MAIL.replace("Kulturudvalget", "Kulturudvalget og Beredskabsudvalget")
    path.write_text(other, encoding="utf-8")
    assert parse_file(path).board == "BKU"


_TYPED = """\
REFERAT
af Sognerådets møde tirsdag den 4. oktober 1977 kl. 19.30

Pkt. 12.  Ansøgning fra Bakkeby Boldklub om tilskud til ny
          varmepumpe i klubhuset.
          J.nr. 18.15.00 Ø 54

          Kultur- og fritidsudvalget anbefaler et tilskud på
          12.000 kr.

          Godkendt.

Pkt. 13.  Eventuelt.
          J.nr. 00.01.00 A 00

          Intet.
"""


def test_a_typed_title_wrapped_up_to_its_period_ends_above_the_case_number() -> None:
    meeting = parse_text(_TYPED, "bakkeby/sogneraad.txt")
    point = meeting.point(12)
    assert point is not None
    assert point.title == "Ansøgning fra Bakkeby Boldklub om tilskud til ny varmepumpe i klubhuset"
    assert point.case_number == "18.15.00 Ø 54"
    # Without a case number under it, a rest ending on a period may be a body's sentence.
    plain = parse_text(
        _TYPED.replace("          J.nr. 18.15.00 Ø 54\n", ""), "bakkeby/sogneraad.txt"
    )
    first = plain.point(12)
    assert first is not None and first.case_number is None
