"""Round 53 of the reader: forms found missing in layouts_blind45, in invented minutes.

A typed parish council protocol whose closed point is headed "Sag behandlet for lukkede døre:
<title>" (the treatment said of the case by its noun first), whose body records each decision
by a label in the past tense ("Besluttet: …") and whose title names the council in capitals
with its place. A committee's minutes mailed as HTML whose case lines read "<system>-sag
24/1234" (the case system's name joined to "sag", no "nr."). A Markdown export whose metadata
field names the board with its place ("udvalg: Tangby Byråd"). English minutes headed by a
place's council whose title line names it by its kind alone ("Minutes of … the Town Council").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.parse import parse_file

PROTOCOL = """GRØNNEBJERG SOGNERÅD

Ordinært møde onsdag den 9/11-77 kl. 19.00 i skolens lærerværelse.

Til stede: Sognerådsformand Ejner Holm, Lis Dam, Aage Friis.

§ 1.  Regnskab for kirkegården
       J.nr. 09.11.02

       Kassereren gennemgik regnskabet.
       Besluttet: Godkendt.

§ 2.  Sag behandlet for lukkede døre: Andragende om hjælp til husleje
       J.nr. 31.02.00

       Husmandsenke Dorthea Kjærsgaard, Mosevej 4, søger hjælp med kr. 2.150,-.
       Besluttet: Bevilget.

§ 3.  Eventuelt

       Intet.
"""


def _read(tmp_path: Path, name: str, text: str) -> object:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


def test_a_case_said_to_be_treated_behind_closed_doors_is_closed(tmp_path: Path) -> None:
    m = _read(tmp_path, "groennebjerg.txt", PROTOCOL)
    got = [(p.number, p.case_number, p.closed) for p in m.points]  # type: ignore[attr-defined]
    assert got == [(1, "09.11.02", False), (2, "31.02.00", True), (3, None, False)]
    closed = m.points[1]  # type: ignore[attr-defined]
    assert closed.sections == ()
    for secret in ("Dorthea Kjærsgaard", "Mosevej 4", "kr. 2.150,-"):
        assert secret not in m.text  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "title",
    [
        "Sag behandlet for lukkede døre: Køb af jord",
        "Punktet behandles for lukkede døre - Personalesag",
        "Sagen behandledes for lukkede døre: Skattesag",
    ],
)
def test_the_closed_doors_mark_with_its_noun_first(title: str) -> None:
    from indexer.headings import closed_title

    assert closed_title(title)
    # The noun alone before the doors is no treatment said of the point.
    assert not closed_title("Sag om lukkede døre i hallen")


def test_decisions_labelled_in_the_past_tense_make_a_protocol_minutes(tmp_path: Path) -> None:
    assert _read(tmp_path, "groennebjerg.txt", PROTOCOL).kind == "referat"  # type: ignore[attr-defined]
    # The same protocol with no decision recorded is its agenda.
    agenda = PROTOCOL.replace("       Besluttet: Godkendt.\n", "").replace(
        "       Besluttet: Bevilget.\n", ""
    )
    assert _read(tmp_path, "groennebjerg2.txt", agenda).kind == "dagsorden"  # type: ignore[attr-defined]


def test_a_place_council_in_capitals_is_named_as_a_proper_name(tmp_path: Path) -> None:
    m = _read(tmp_path, "groennebjerg.txt", PROTOCOL)
    assert m.board == "Grønnebjerg Sogneråd"  # type: ignore[attr-defined]


MAIL = """From: Sekretariatet <sek@tangby.dk>
To: udvalg@tangby.dk
Subject: Referat: Teknisk Udvalg 03-05-2017
Date: Wed, 3 May 2017 15:00:00 +0200
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"

<html><body><h1>Referat - Teknisk Udvalg</h1><p>Onsdag den 3. maj 2017 kl. 13.00</p>
<h2>Punkt 1: Vejbelysning i Tangby Vest</h2><p><i>SBSYS-sag 17/02231</i></p>
<p><b>Beslutning</b></p><p>Godkendt.</p>
<h2>Punkt 2: Ny cykelsti langs Åvej</h2><p><i>Captia sag 16/11940</i></p>
<p><b>Beslutning</b></p><p>Anbefales.</p>
<h2>Punkt 3: Eventuelt</h2><p><b>Beslutning</b></p><p>Intet.</p>
</body></html>
"""


def test_a_case_system_joined_to_sag_labels_the_case(tmp_path: Path) -> None:
    m = _read(tmp_path, "teknik.eml", MAIL)
    got = [(p.number, p.case_number) for p in m.points]  # type: ignore[attr-defined]
    assert got == [(1, "17/02231"), (2, "16/11940"), (3, None)]
    # The label line is the case's, no text of the point.
    assert all("sag 1" not in s.text for p in m.points for s in p.sections)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Acadre-sag 15/00412", "15/00412"),
        ("SBSYS sag 24/1234", "24/1234"),
        ("Sag 12 Budget", None),
    ],
)
def test_case_number_reads_the_system_joined_to_sag(line: str, case: str | None) -> None:
    from indexer.headings import case_number

    found = case_number(line)
    assert (found[0] if found else None) == case


FRONT = """---
kommune: Tangby Kommune
udvalg: Tangby Byråd
dokument: Referat
---

# Referat – Tangby Byråd

**Mandag 12.02.2024 kl. 17:00**

## 1. Godkendelse af dagsorden

### Beslutning

Godkendt.

## 2. Eventuelt

### Beslutning

Intet.
"""


def test_a_metadata_field_names_the_board_as_the_archive_files_it(tmp_path: Path) -> None:
    assert _read(tmp_path, "tangby.md", FRONT).board == "Tangby Byråd"  # type: ignore[attr-defined]


ENGLISH = """BRAMLEY TOWN COUNCIL

Minutes of the meeting of the Town Council held on Monday 5th March 2018 at 7pm in the
Council Chamber.

Item 1. Apologies

None.

Item 2. Bus shelter on Station Road

RESOLVED: to replace the shelter.
"""


def test_a_place_council_named_by_its_kind_below_keeps_its_place(tmp_path: Path) -> None:
    assert _read(tmp_path, "bramley.txt", ENGLISH).board == "Bramley Town Council"  # type: ignore[attr-defined]
