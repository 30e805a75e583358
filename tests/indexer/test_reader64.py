"""Round 64 of the reader: the forms layouts_blind56 (measured once, now spent) leaked, in
invented words.

- An export's attribute that says the public may not read a point ("offentlig="nej"",
  "public="no"") closes it, as a closed flag does; "Undtaget fra offentliggørelse" under a
  label is a closed status.
- "Klausuleret - ikke til offentliggørelse" under a heading is the point's status, not a new
  point's title.
- "Punktet er omfattet af tavshedspligt og offentliggøres ikke." closes the point it stands in.
"""

from __future__ import annotations

from pathlib import Path

from indexer.headings import status_line
from indexer.parse import parse_file, parse_text

_XML = """<?xml version="1.0" encoding="UTF-8"?>
<Referat>
  <Udvalg>Vej- og Parkudvalget</Udvalg>
  <Dato>2022-09-06</Dato>
  <Punkter>
    <Punkt nummer="12" offentlig="ja">
      <Titel>Nye cykelstativer ved skolen</Titel>
      <Sagsnummer>22/4410</Sagsnummer>
      <Afsnit overskrift="Beslutning"><Tekst>Godkendt.</Tekst></Afsnit>
    </Punkt>
    <Punkt nummer="13" offentlig="nej">
      <Titel>Køb af en grund ved ringvejen</Titel>
      <Sagsnummer>22/4477</Sagsnummer>
      <Afsnit overskrift="Sagsfremstilling">
        <Tekst>Sælgeren Bent Agerholm kræver 730.000 kr.</Tekst>
      </Afsnit>
    </Punkt>
    <Punkt nummer="14">
      <Titel>Erstatning for skade på en bil</Titel>
      <Sagsnummer>22/4490</Sagsnummer>
      <Publicering>Undtaget fra offentliggørelse</Publicering>
      <Afsnit overskrift="Sagsfremstilling">
        <Tekst>Bilejeren Lis Vinding kræver 18.250 kr.</Tekst>
      </Afsnit>
    </Punkt>
  </Punkter>
</Referat>
"""


def test_an_export_that_says_a_point_is_not_public_closes_it(tmp_path: Path) -> None:
    path = tmp_path / "vpu.xml"
    path.write_text(_XML, encoding="utf-8")
    meeting = parse_file(path)
    assert [(p.number, p.closed) for p in meeting.points] == [(12, False), (13, True), (14, True)]
    assert [p.case_number for p in meeting.points] == ["22/4410", "22/4477", "22/4490"]
    for secret in ("Agerholm", "730.000", "Lis Vinding", "18.250"):
        assert secret not in meeting.text


_CLAUSED = """REFERAT Beredskabskommissionen d. 04-03-2025

Dagsordenspunkt 1

Godkendelse af dagsorden

Sagsid: BK-25/001

Kommissionens beslutning

Godkendt.

Dagsordenspunkt 2

Fratrædelse i beredskabet

Sagsid: BK-25/007

Klausuleret - ikke til offentliggørelse

Sagsfremstilling

Sagen vedrører brandmand Ole Sandvad.

Kommissionens beslutning

Godtgørelse på 41.000 kr. godkendt.

Dagsordenspunkt 3

Nyt slangetårn

Sagsid: BK-25/009

Sagsfremstilling

Tårnet er klausuleret til øvelser om dagen, ellers frit.

Kommissionens beslutning

Godkendt.
"""


def test_a_restricted_status_under_a_heading_closes_that_point() -> None:
    assert status_line("Klausuleret - ikke til offentliggørelse") is True
    assert status_line("Klausuleret") is True
    meeting = parse_text(_CLAUSED, "bk.txt")
    assert [(p.number, p.closed) for p in meeting.points] == [(1, False), (2, True), (3, False)]
    assert [p.case_number for p in meeting.points] == ["BK-25/001", "BK-25/007", "BK-25/009"]
    assert "Sandvad" not in meeting.text and "41.000" not in meeting.text
    # A sentence that merely uses the word stays the open point's text.
    assert "klausuleret til øvelser" in meeting.points[2].text


_SILENT = """REFERAT Socialudvalget d. 24-11-2020

Punkt 1: Plan for aflastning

20/1101

Sagsfremstilling

Der oprettes fire aflastningspladser.

Beslutning

Godkendt.

Punkt 2: Klage over et botilbud

20/1180

Punktet er omfattet af tavshedspligt og offentliggøres ikke.

Sagsfremstilling

Klageren Hanne Bøgild har fået medhold; kommunen betaler 9.400 kr. tilbage.

Beslutning

Taget til efterretning.
"""


def test_a_point_under_secrecy_is_closed() -> None:
    meeting = parse_text(_SILENT, "su.txt")
    assert [(p.number, p.closed) for p in meeting.points] == [(1, False), (2, True)]
    assert "Bøgild" not in meeting.text and "9.400" not in meeting.text
