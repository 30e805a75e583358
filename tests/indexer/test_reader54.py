"""Round 54 of the reader: forms found missing in layouts_blind46, in invented minutes.

A case number written with a label before a number that opens with its series' letters
("Journalnr.: KV-2021-044", "Ref: BHC/20/0311"), or with the case system's name joined to
"sag" ("Captia-sag 19/0457"), is the same case as the number the reader keeps: a question or a
filter that names it with its label finds the point. A place's council heading the paper above
"<committee> – Minutes" publishes the committee's minutes: the committee is the board. A typed
protocol whose decisions stand as bare sentences under no label, and which ends with the hour
the meeting was closed ("Mødet hævet kl. 22.10."), is the record of the meeting, not its agenda.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.models import case_agrees, case_key
from indexer.parse import parse_file


def _read(tmp_path: Path, name: str, text: str) -> object:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


FORSYNING = """Referat af bestyrelsesmøde i Kærvang Vand

Dato: 14.03.2021 kl. 17.00

1. Vandværkets regnskab 2020
Journalnr.: KV-2021-044
Beslutning:
Godkendt.

2. Ny boring ved Mosegården
Journalnr.: KV-2021-051
Beslutning:
Udsat.
"""


def test_a_labelled_number_opening_with_letters_finds_the_point(tmp_path: Path) -> None:
    m = _read(tmp_path, "kaervang.txt", FORSYNING)
    got = [p.case_number for p in m.points]  # type: ignore[attr-defined]
    assert got == ["KV-2021-044", "KV-2021-051"]
    # A question (or filter) that writes the label with the number names the same case.
    assert case_agrees(got[0], "Journalnr.: KV-2021-044")
    assert not case_agrees(got[1], "Journalnr.: KV-2021-044")


@pytest.mark.parametrize(
    ("labelled", "number"),
    [
        ("Journalnr.: KV-2021-044", "KV-2021-044"),
        ("Ref: BHC/20/0311", "BHC/20/0311"),
        ("Reference no. TP-88", "TP-88"),
        ("Captia-sag 19/0457", "19/0457"),
        ("SBSYS sag 22/1180", "22/1180"),
    ],
)
def test_a_label_is_no_part_of_the_case(labelled: str, number: str) -> None:
    assert case_key(labelled) == case_key(number)


@pytest.mark.parametrize("number", ["NR-2022-1", "REF-12", "SAG-77/3", "AB 21/004"])
def test_a_number_of_one_token_keeps_its_letters(number: str) -> None:
    # Letters joined to the number by no space or colon are its series, no label.
    assert case_key(number) == "-".join(
        p.lower().lstrip("0") or "0" for p in number.replace("/", "-").replace(" ", "-").split("-")
    )


MAIL = """From: Sekretariatet <sek@tangby.dk>
To: udvalg@tangby.dk
Subject: Referat: Socialudvalget 07-09-2015
Date: Mon, 7 Sep 2015 16:00:00 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Referat - Socialudvalget
Mandag den 7. september 2015 kl. 14.00

Punkt 1: Plejehjemmet Engly, ombygning
Captia-sag 15/0881

Beslutning: Godkendt.

Punkt 2: Eventuelt

Beslutning: Intet.
"""


def test_a_system_joined_to_sag_in_a_question_finds_the_point(tmp_path: Path) -> None:
    m = _read(tmp_path, "social.eml", MAIL)
    point = m.points[0]  # type: ignore[attr-defined]
    assert point.case_number == "15/0881"
    assert case_agrees(point.case_number, "Captia-sag 15/0881")


COMMITTEE = """# Brookfield Town Council

## Highways and Amenities Committee – Minutes

**Date:** Tuesday 3 March 2020, 7.30pm
**Venue:** The Old School Room

### Item 1: Apologies

None received.

### Item 2: Verge cutting contract

*Ref: BHC/20/0311*

> RESOLVED to renew the contract for one year.
"""


def test_a_committee_named_before_its_minutes_under_a_council_is_the_board(
    tmp_path: Path,
) -> None:
    m = _read(tmp_path, "brookfield.md", COMMITTEE)
    assert m.board == "Highways and Amenities Committee"  # type: ignore[attr-defined]
    assert m.points[1].case_number == "BHC/20/0311"  # type: ignore[attr-defined]
    assert case_agrees(m.points[1].case_number, "Ref: BHC/20/0311")  # type: ignore[attr-defined]


def test_the_council_stays_the_board_of_its_own_minutes(tmp_path: Path) -> None:
    # The council's own minutes, the kind after its name: no committee to prefer.
    own = COMMITTEE.replace("## Highways and Amenities Committee – Minutes", "## Minutes")
    assert _read(tmp_path, "brookfield2.md", own).board == "Brookfield Town Council"  # type: ignore[attr-defined]


PROTOCOL = """
SØNDERBY BYRÅD

Ordinært møde tirsdag den 11. oktober 1988 kl. 19.00 på rådhuset.

Fraværende: Poul Vinther.

§ 201.   Meddelelser.

      Borgmesteren orienterede om vejarbejdet på Storegade.

§ 202.   Salg af byggegrunde på Kildevej.
      J.nr. 88/412

      Økonomiudvalget foreslår grundprisen fastsat til 210 kr. pr. m2.
      Vedtaget med 11 stemmer mod 6.

§ 203.   Tilskud til idrætsforeningen.
      J.nr. 88/430

      Foreningen søger 40.000 kr. til nye omklædningsrum.
      Bevilget.

Mødet hævet kl. 22.10.
"""


def test_a_protocol_that_records_when_the_meeting_ended_is_minutes(tmp_path: Path) -> None:
    assert _read(tmp_path, "soenderby.txt", PROTOCOL).kind == "referat"  # type: ignore[attr-defined]
    # The same paper with no closing hour says nothing of a meeting held: its agenda.
    agenda = PROTOCOL.replace("Mødet hævet kl. 22.10.\n", "")
    assert _read(tmp_path, "soenderby2.txt", agenda).kind == "dagsorden"  # type: ignore[attr-defined]


def test_an_agenda_named_so_stays_an_agenda_whatever_its_last_line(tmp_path: Path) -> None:
    named = PROTOCOL.replace("SØNDERBY BYRÅD", "SØNDERBY BYRÅD\n\nDagsorden")
    assert _read(tmp_path, "soenderby3.txt", named).kind == "dagsorden"  # type: ignore[attr-defined]
