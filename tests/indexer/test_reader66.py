"""Round 66 of the reader: the forms layouts_blind58 (measured once, now spent) missed, in
invented words.

- A closing notice that says how long the closing lasts ("Punktet er fortroligt indtil
  kåringen") and that the point is removed from what is published ("… og er fjernet fra den
  udgave, der lægges på nettet") closes its point.
- A closing notice followed on its line by a labelled reason ("Punktet er lukket. Grund: …")
  closes its point; the reason's words close nothing on their own.
- An older journal's act number ("Akt. 231/16") is the point's case number; "Akt 2" is not.
- A metadata table headed "Sag | Status" gives its row's case number ("K21.0007 | Åben").
- An XML export's point attribute for the case ("<punkt nr="3" sag="…">") is the case number;
  the export's own stamp ("eksporteret="…"") never dates the meeting, and an empty element's
  attributes ("<tidspunkt start="…"/>") are read as its facts.
- A summons's first line ("Indkaldelse til møde i Vejudvalget") names the board after it.
"""

from __future__ import annotations

from pathlib import Path

from indexer.headings import case_number, closing_line
from indexer.models import case_key
from indexer.parse import parse_file, parse_text
from indexer.read import read_text

# --- a closing for a while, removed from what is published ---------------------------------


def test_a_closing_for_a_while_and_removed_from_the_published_text_closes() -> None:
    for line in (
        "*** Punktet er fortroligt indtil kåringen og er fjernet fra den udgave, der lægges på "
        "nettet ***",
        "Sagen er lukket indtil aftalen er underskrevet.",
        "Punktet er fjernet fra det offentlige referat.",
    ):
        assert closing_line(line), line
    # Sentences that only speak of a while or of removing something say nothing of the point.
    for line in (
        "Vejen er lukket indtil videre, men åbner igen, når asfalten er lagt.",
        "Punktet er fortroligt indtil mødet i morgen, hvor borgmesteren kommer og fortæller mere.",
        "Skiltet er fjernet fra pladsen.",
    ):
        assert not closing_line(line), line


def test_a_closing_with_its_reason_labelled_after_it_closes() -> None:
    for line in (
        "Punktet er lukket. Grund: oplysninger om en lejers gæld.",
        "Sagen er fortrolig. Begrundelse: personoplysninger.",
        "Punktet behandles for lukkede døre. Årsag: forhandling om køb af jord.",
    ):
        assert closing_line(line), line
    # A reason after any other sentence is that sentence's.
    assert not closing_line("Svømmehallen er lukket. Grund: nyt tag.")
    assert not closing_line("Grund: personoplysninger.")


_REASONED = """Referat
Teknikudvalget

Dato: Tirsdag den 9. marts 2021

Pkt. 12\tNy asfalt på Bakkevej
Sagsnr. TU-21-0101
Sagsfremstilling
Vejen er slidt og skal have nyt slidlag.
Beslutning
Godkendt.

Pkt. 13\tOpsigelse af lejemål i remisen
Sagsnr. TU-21-0140
Punktet er lukket. Grund: oplysninger om en lejers økonomi.
Sagsfremstilling
Lejeren Hans Frydendal skylder 41.500 kr. i husleje.
Beslutning
Lejemålet opsiges.

Pkt. 14\tVinterbadning ved stranden
Sagsnr. TU-21-0155
Sagsfremstilling
Klubben spørger, om sagen er lukket, eller om der kan søges igen. Grund: sæsonen nærmer sig.
Beslutning
Godkendt.
"""


def test_the_reasoned_notice_closes_its_point_and_a_mention_does_not() -> None:
    meeting = parse_text(_REASONED, "teknik.rtf")
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (12, "TU-21-0101", False),
        (13, "TU-21-0140", True),
        (14, "TU-21-0155", False),
    ]
    for secret in ("Hans Frydendal", "41.500"):
        assert secret not in meeting.text


_TIMED = """Kære medlemmer af Ældrerådet

Hermed referatet fra mødet tirsdag den 5. oktober 2021 kl. 10.00 i Mødesalen.

[1] Godkendelse af dagsorden
Ref.: ÆR-2021-0010
Aftalt: Godkendt.

[2] Årets frivilligpris
Ref.: ÆR-2021-0011
*** Punktet er fortroligt indtil kåringen og er fjernet fra den udgave, der lægges på nettet ***
Aftalt: Prisen går til Gitte Sandbjerg for besøgstjenesten.

[3] Eventuelt
Ref.: ÆR-2021-0012
Aftalt: Intet.
"""


def test_the_timed_notice_closes_its_point() -> None:
    meeting = parse_text(_TIMED, "aeldreraad.txt", board="Ældrerådet")
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (1, "ÆR-2021-0010", False),
        (2, "ÆR-2021-0011", True),
        (3, "ÆR-2021-0012", False),
    ]
    assert "Sandbjerg" not in meeting.text


# --- an older journal's act number -----------------------------------------------------------


def test_an_act_number_is_a_case_number_and_other_numbers_are_not() -> None:
    assert case_number("Akt. 231/16") == ("231/16", False)
    assert case_number("Aktnr.: 12/2009") == ("12/2009", False)
    for line in ("Akt 2", "Akt. 3 scene 2", "Akt. 12.03.2016", "Akt. 14 i loven"):
        assert case_number(line) is None, line
    # Written with its label, the act number compares as the number alone.
    assert case_key("Akt. 231/16") == case_key("231/16")


_ACTS = """ODDERUP KOMMUNE                                         REFERAT
Kulturudvalget                                          Møde nr. 2/2017

Mandag den 6. februar 2017 kl. 16.00 i mødelokale 1

§ 5.  Godkendelse af dagsorden
      Akt. 40/17

      Udvalgets beslutning:
      Godkendt.


§ 6.  Tilskud til byfesten
      Akt. 77/17

      Sagen:
      Byfesten søger 25.000 kr. Festen holdes 1. juli 2017.

      Udvalgets beslutning:
      Bevilget.
"""


def test_a_point_takes_its_act_number() -> None:
    meeting = parse_text(_ACTS, "kultur.txt")
    assert [(p.number, p.case_number) for p in meeting.points] == [(5, "40/17"), (6, "77/17")]


# --- a "Sag | Status" table under a point --------------------------------------------------


_TABLED = """# Referat - Idrætsudvalget

Mødedato: 14.04.2021

### 1 – Godkendelse af dagsorden

| Sag | Status |
|---|---|
| K21.0007 | Åben |

**Beslutning:**

Godkendt.

### 2 – Ny kunstgræsbane

| Sag | Status |
|---|---|
| K21.0031 | Åben |

**Sagen:**

| Sag | Status |
|---|---|
| Belysning | I gang |

**Beslutning:**

Godkendt.
"""


def test_a_sag_status_table_gives_the_case_number(tmp_path: Path) -> None:
    path = tmp_path / "idraet.md"
    path.write_text(_TABLED, encoding="utf-8")
    meeting = parse_file(path)
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (1, "K21.0007", False),
        (2, "K21.0031", False),
    ]


# --- an XML export: the case attribute, the export's stamp, an empty element's facts -------


_XML = """<?xml version="1.0" encoding="UTF-8"?>
<moede dokumenttype="Referat" eksporteret="2021-03-19T06:00:00">
  <udvalg>Miljøudvalget</udvalg>
  <tidspunkt start="2021-03-16T16:00" slut="2021-03-16T18:00"/>
  <punkter>
    <punkt nr="4" adgang="aaben" sag="MU-2021-000044">
      <overskrift>Godkendelse af dagsorden</overskrift>
      <felt navn="Beslutning"><afsnit>Godkendt.</afsnit></felt>
    </punkt>
    <punkt nr="5" adgang="lukket" sag="MU-2021-000051">
      <overskrift>Erstatningskrav fra en nabo</overskrift>
      <felt navn="Sagsfremstilling"><afsnit>Naboen Lis Vinterberg kræver 80.000 kr.</afsnit></felt>
    </punkt>
  </punkter>
</moede>
"""


def test_an_xml_export_gives_case_numbers_and_the_meeting_date(tmp_path: Path) -> None:
    path = tmp_path / "miljoe.xml"
    path.write_text(_XML, encoding="utf-8")
    text = read_text(path)
    assert "2021-03-19" not in text  # the export's stamp is the file's, not the meeting's
    assert "2021-03-16T16:00" in text
    meeting = parse_file(path)
    assert str(meeting.date) == "2021-03-16"
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (4, "MU-2021-000044", False),
        (5, "MU-2021-000051", True),
    ]
    assert "Vinterberg" not in meeting.text


# --- a summons names its board -------------------------------------------------------------


def test_a_summons_names_the_board_it_calls() -> None:
    text = (
        "SKOVDAL KOMMUNE\nDAGSORDEN\nIndkaldelse til møde i Vej- og Parkudvalget\n"
        "Tid: Onsdag 3. marts 2021 kl. 15.00\n\n"
        "Sag nr. 1\nGodkendelse af dagsorden\nJ.nr. V21-0001\nIndstilling\nAt den godkendes.\n"
    )
    meeting = parse_text(text, "vej.txt")
    assert meeting.board == "Vej- og Parkudvalget"
