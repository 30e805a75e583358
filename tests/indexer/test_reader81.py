"""Round 81 of the reader: the forms layouts_blind73 (measured once after round 80, now spent)
missed, in invented words.

- An agenda system's XML export gave each point's case as an element of its own named as the
  case, its number in an attribute ("<Sag nummer="…"/>"): only an attribute named as a case
  number ("sagsnummer", "journalnr") was read as the case, so "sag nummer: …" stayed a fact
  in the point's text and every case number was missing. Inside a point, the number of an
  element named as the case is the point's case, as an attribute or a child ("<Sag><Nummer>…").
- An RTF supplement's headings set a note beside the label's number, then a TAB before the
  title ("Punkt 118 (tillægspunkt)<TAB>Title"): the note and the TAB were kept as the title's
  first words. A note in brackets right after a labelled heading's number, parted from the
  title by the heading's separator or a column gap, is no part of the title, as a status there
  is not.
- Guards: a bracket after the heading's separator ("Punkt 5: (V) Forslag …"), or one the title
  runs on from with one space ("Punkt 3 (Udgår) Title"), stays in the title; an attribute of
  an element that is no case ("<Bilag nummer="2"/>") stays a fact.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.headings import point_heading
from indexer.parse import parse_file

EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<Udtraek>
  <Moede>
    <Kommune>Tjørneby Kommune</Kommune>
    <Udvalg>Miljøudvalget</Udvalg>
    <Dokumenttype>Referat</Dokumenttype>
    <Dato>2023-09-05</Dato>
    <Punkter>
      <Punkt nr="7">
        <Titel>Ny affaldsordning for sommerhuse</Titel>
        <Sag nummer="MIL-2023-0412"/>
        <Bilag nummer="2"/>
        <Felt navn="Beslutning"><Afsnit>Godkendt med en prøveperiode.</Afsnit></Felt>
      </Punkt>
      <Punkt nr="8">
        <Titel>Vandløbsregulativ for Tjørne Å</Titel>
        <Case><No>MIL-2023-0388</No><Ansvarlig>Natur</Ansvarlig></Case>
        <Felt navn="Beslutning"><Afsnit>Sendes i høring.</Afsnit></Felt>
      </Punkt>
      <Punkt nr="9">
        <Titel>Tilsyn med renseanlæg</Titel>
        <Sagsnummer>MIL-2023-0170</Sagsnummer>
        <Felt navn="Beslutning"><Afsnit>Taget til efterretning.</Afsnit></Felt>
      </Punkt>
    </Punkter>
  </Moede>
</Udtraek>
"""


def test_an_element_named_as_the_case_gives_the_points_case(tmp_path: Path) -> None:
    path = tmp_path / "miljoeudvalget_2023.xml"
    path.write_text(EXPORT, encoding="utf-8")
    meeting = parse_file(path)
    got = [(p.number, p.title, p.case_number) for p in meeting.points]
    assert got == [
        (7, "Ny affaldsordning for sommerhuse", "MIL-2023-0412"),
        (8, "Vandløbsregulativ for Tjørne Å", "MIL-2023-0388"),
        # The guard: a text element named as the case number reads as before.
        (9, "Tilsyn med renseanlæg", "MIL-2023-0170"),
    ]
    # The case is no fact of the point's text; an attachment's number stays one.
    assert "nummer: MIL" not in meeting.points[0].text
    assert "bilag nummer: 2" in meeting.points[0].text
    assert "Godkendt med en prøveperiode." in meeting.points[0].text


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Punkt 44 (ekstrapunkt)\tBro over Møllebækken", "Bro over Møllebækken"),
        ("Punkt 44 (udsat fra juni): Bro over Møllebækken", "Bro over Møllebækken"),
        ("Punkt 44 (ny)  Bro over Møllebækken", "Bro over Møllebækken"),
        ("Pkt. 44 (tilføjet) – Bro over Møllebækken", "Bro over Møllebækken"),
        # The guards: a bracket after the separator, or one the title runs on from.
        ("Punkt 44: (V) - Forslag om gratis busser", "(V) - Forslag om gratis busser"),
        ("Punkt 44 (Udgår) Bro over Møllebækken", "(Udgår) Bro over Møllebækken"),
        # An open status beside the number goes as before; a closed one stays as written.
        ("Punkt 44 (Åben)\tBro over Møllebækken", "Bro over Møllebækken"),
    ],
)
def test_a_note_beside_the_labels_number_is_no_title(line: str, title: str) -> None:
    heading = point_heading(line)
    assert heading is not None
    assert (heading.number, heading.title) == (44, title)


def test_a_supplements_noted_points_read_whole(tmp_path: Path) -> None:
    text = (
        "TILLÆGSREFERAT\n"
        "Tjørneby Kommune - Kommunalbestyrelsen\n"
        "Møde tirsdag den 12. marts 2024 kl. 19.00 på Rådhuset\n\n"
        "Punkt 61 (ekstrapunkt)\tKøb af brandbil til Tjørneby Brandstation\n"
        "Sagsnr.: 24/1180\n"
        "Sagsfremstilling\n"
        "Den gamle brandbil er 27 år og kan ikke synes igen.\n"
        "Beslutning\n"
        "Godkendt.\n"
        "Punkt 62 (ekstrapunkt)\tLejeaftale for Tjørneby Hallen\n"
        "Sagsnr.: 24/1202\n"
        "Beslutning\n"
        "Godkendt.\n"
    )
    path = tmp_path / "kommunalbestyrelsen_tillaegsreferat_2024.txt"
    path.write_text(text, encoding="utf-8")
    meeting = parse_file(path)
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (61, "Køb af brandbil til Tjørneby Brandstation", "24/1180"),
        (62, "Lejeaftale for Tjørneby Hallen", "24/1202"),
    ]
