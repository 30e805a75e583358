"""Round 22 of the reader: forms found missing in layouts_blind17, in invented minutes.

A table of points typed in columns ("Pkt.  Emne / Sagsnr.   Beslutning" over rows whose title,
case number and decision wrap within their columns, the header again on a new page) reads as
the points written one under another; a closed note opening a point's decision ("FORTROLIGT –
fremgår af fortrolig protokol.") closes the point; a compound of "referat" in the title
("BESLUTNINGSREFERAT") names minutes; a company's name ends at its company form ("… A/S og
datterselskaberne": the board of the first company). A Markdown page: its front matter's title
opens the text when it names the minutes, a link reads as its text (a contents list of links
is a contents list, its one entry without a link too), a breadcrumb split by "›" names the
board in a segment, and a stamp set in a quote ("> Sidst opdateret af …") is furniture, never
the board. After a document's last numbered point, a heading with no number and no section
("Underskrifter") is no point, nor is a row of a table of decisions by point ("Punkt<TAB>
Beslutning<TAB>Ansvarlig").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.parse import parse_text
from indexer.read import decode_text


def _read(text: str, name: str) -> str:
    return decode_text(text.encode("utf-8"), Path(name))


def _points(text: str, name: str) -> list[tuple[int, str, str | None, bool]]:
    meeting = parse_text(_read(text, name), name)
    return [(p.number, p.title, p.case_number, p.closed) for p in meeting.points]


COLUMNS = """                                                  FJORDVARME HOLDING A/S

 BESLUTNINGSREFERAT

 Bestyrelsesmøde i Fjordvarme Holding A/S og datterselskaberne

 Tid:          Tirsdag 9/9 2025 kl. 15.00 – 17.30
 Sted:         Fjordvarme, Kedelvej 2

 Bestyrelse:   Henning Lauesen (formand)
               Dorthe Kvist

 Pkt.  Emne / Sagsnr.                                   Beslutning
 ──────────────────────────────────────────────────────────────────────────
 1     Godkendelse af dagsorden                         Godkendt.
       FV-2025-101

 2     Ny varmepris for fyringssæsonen                  Prisen sættes ned med 4 pct. fra 1.
       2025/26 med lavere grundbeløb                    oktober. Grundbeløbet for et
       FV-2025-102                                      parcelhus falder til 2.950 kr.
                                                        om året inkl. moms.

 Fjordvarme Holding A/S · Kedelvej 2 · CVR 11 22 33 44                       Side 1/2
                                                  FJORDVARME HOLDING A/S
 Pkt.  Emne / Sagsnr.                                   Beslutning
 ──────────────────────────────────────────────────────────────────────────
 3     Udbud af ny kedel til spidslast                  Direktionen sender kedlen i udbud
       FV-2025-103                                      med frist 1. november. Vurderet
                                                        pris 6,5 mio. kr.

 4     Fratrædelsesaftale med driftschef                FORTROLIGT – fremgår af fortrolig
       FV-2025-104                                      protokol.

 5     Eventuelt                                        Intet.

 Referatet er godkendt af bestyrelsen.

 Fjordvarme Holding A/S · Kedelvej 2 · CVR 11 22 33 44                       Side 2/2
"""
COLUMNS_WANT = [
    (1, "Godkendelse af dagsorden", "FV-2025-101", False),
    (2, "Ny varmepris for fyringssæsonen 2025/26 med lavere grundbeløb", "FV-2025-102", False),
    (3, "Udbud af ny kedel til spidslast", "FV-2025-103", False),
    (4, "Fratrædelsesaftale med driftschef", "FV-2025-104", True),
    (5, "Eventuelt", None, False),
]


def test_a_table_of_points_typed_in_columns_reads_as_its_points() -> None:
    assert _points(COLUMNS, "fjordvarme/referat.txt") == COLUMNS_WANT


def test_a_typed_tables_decision_column_is_each_points_decision() -> None:
    meeting = parse_text(_read(COLUMNS, "fjordvarme/referat.txt"), "fjordvarme/referat.txt")
    assert meeting.date.isoformat() == "2025-09-09"
    assert meeting.kind == "referat"
    point = meeting.points[2]
    assert [s.heading for s in point.sections] == ["Beslutning"]
    assert point.sections[0].text == (
        "Direktionen sender kedlen i udbud med frist 1. november. Vurderet pris 6,5 mio. kr."
    )
    assert meeting.points[-1].sections[0].text.startswith("Intet.")


def test_a_closed_note_in_the_decision_column_closes_the_point() -> None:
    meeting = parse_text(_read(COLUMNS, "fjordvarme/referat.txt"), "fjordvarme/referat.txt")
    closed = meeting.points[3]
    assert closed.closed and closed.sections == ()


def test_a_list_of_titles_typed_in_columns_stays_as_written() -> None:
    # Page numbers beside the titles, no text: a contents table, not the points.
    contents = (
        "Referat af Teknisk Udvalg 3. juni 2025\n\n"
        " Nr.   Emne                               Side\n"
        " 1     Godkendelse af dagsorden           2\n"
        " 2     Vejplan 2026                       3\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
        "2. Vejplan 2026\n\nBeslutning\n\nVedtaget.\n"
    )
    assert _points(contents, "teknik/referat.txt") == [
        (1, "Godkendelse af dagsorden", None, False),
        (2, "Vejplan 2026", None, False),
    ]


def test_a_company_boards_name_ends_at_its_company_form() -> None:
    meeting = parse_text(_read(COLUMNS, "fjordvarme/referat.txt"), "fjordvarme/referat.txt")
    assert meeting.board == "Bestyrelsen for Fjordvarme Holding A/S"


PLAIN = """BESLUTNINGSREFERAT

Møde i Lokalrådet for Vesterby den 2. oktober 2025

1. Godkendelse af dagsorden

2. Trafik på Skolestien

Beslutning

Fortroligt – drøftelsen fremgår af den lukkede protokol.

3. Eventuelt
"""


def test_a_compound_of_referat_in_the_title_names_minutes() -> None:
    meeting = parse_text(PLAIN, "lokalraad/2025-10.txt")
    assert meeting.kind == "referat"
    assert meeting.board == "Lokalrådet for Vesterby"


def test_a_closed_note_opening_a_decision_closes_the_point() -> None:
    meeting = parse_text(PLAIN, "lokalraad/2025-10.txt")
    assert [(p.number, p.closed) for p in meeting.points] == [(1, False), (2, True), (3, False)]
    assert "drøftelsen" not in meeting.text


PORTAL = """---
title: "Handicaprådet – referat 14. oktober 2025"
author: "Jonna Pedersen"
updated: "2025-10-20T10:02:11+02:00"
---

[Forside](/) › [Råd](/raad) › [Handicaprådet](/raad/handicap) › Referat 14.10.2025

> Sidst opdateret af Jonna Pedersen, 20. okt. 2025

# Referat

**Mødedato:** 2025-10-14

## Indhold

1. [Godkendelse af dagsorden](#1-godkendelse-af-dagsorden)
2. [Tilgængelighed på rådhuset](#2-tilgaengelighed-paa-raadhuset)
3. Sag om enkeltperson 🔒
4. [Eventuelt](#4-eventuelt)

---

## 1. Godkendelse af dagsorden

**Sags ID:** HR-2025-031

### Beslutning

Godkendt.

## 2. Tilgængelighed på rådhuset

**Sags ID:** HR-2025-032

### Beslutning

Rådet ser på [den nye rampe](/bilag/rampe.pdf) ved næste møde.

## 3. Sag om enkeltperson 🔒

**Lukket punkt**

## 4. Eventuelt

### Beslutning

Intet.
"""
PORTAL_WANT = [
    (1, "Godkendelse af dagsorden", "HR-2025-031", False),
    (2, "Tilgængelighed på rådhuset", "HR-2025-032", False),
    (3, "Sag om enkeltperson (Lukket)", None, True),
    (4, "Eventuelt", None, False),
]


def test_a_contents_list_of_links_is_no_point_not_even_its_entry_without_a_link() -> None:
    meeting = parse_text(_read(PORTAL, "raad.md"), "raad.md")
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == PORTAL_WANT
    assert meeting.warnings == ()


def test_a_link_reads_as_its_text() -> None:
    meeting = parse_text(_read(PORTAL, "raad.md"), "raad.md")
    assert meeting.points[1].sections[0].text == "Rådet ser på den nye rampe ved næste møde."


def test_the_front_matters_title_names_the_board() -> None:
    meeting = parse_text(_read(PORTAL, "raad.md"), "raad.md")
    assert (meeting.board, meeting.kind, meeting.date.isoformat()) == (
        "Handicaprådet",
        "referat",
        "2025-10-14",
    )


@pytest.mark.parametrize(
    "drop",
    [
        # Without the front matter: the breadcrumb, its links read as text, names the board.
        "front matter",
        # Without the breadcrumb too: the quoted stamp names no board; the folder does.
        "front matter and breadcrumb",
    ],
)
def test_a_quoted_stamp_is_never_the_board(drop: str) -> None:
    text = PORTAL.split("---\n", 2)[2]
    if drop == "front matter and breadcrumb":
        text = text.replace(text.splitlines()[1], "")
    meeting = parse_text(_read(text, "handicapraadet/raad.md"), "handicapraadet/raad.md")
    assert meeting.board == "Handicaprådet"
    assert "Sidst opdateret" not in meeting.text


def test_front_matter_whose_title_names_no_minutes_adds_nothing() -> None:
    text = PORTAL.replace("Handicaprådet – referat 14. oktober 2025", "Intranet")
    assert not _read(text, "raad.md").startswith("Intranet")


SIGNED = """<html><body>
<h1>Referat – Ungdomsrådet 3. marts 2025</h1>
<article><h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p></article>
<article><h2>2. Skatepark ved havnen</h2><h3>Sagsfremstilling</h3><p>Et forslag.</p>
<h3>Beslutning</h3><p>Rådet anbefaler forslaget.</p></article>
<article><h2>3. Eventuelt</h2><h3>Beslutning</h3><p>Intet.</p></article>
<div><h2>Underskrifter</h2><p>Ida Holm · Malik Storm · Sara Vinding</p></div>
</body></html>"""


def test_an_unnumbered_heading_after_the_last_numbered_point_is_no_point() -> None:
    assert _points(SIGNED, "ungdomsraad.html") == [
        (1, "Godkendelse af dagsorden", None, False),
        (2, "Skatepark ved havnen", None, False),
        (3, "Eventuelt", None, False),
    ]


SUMMARY = """Referat af Forældrebestyrelsen ved Solsikken 5. maj 2025

1. Godkendelse af dagsorden

Beslutning

Godkendt.

2. Legeplads

Beslutning

Ny gynge bestilles.

3. Eventuelt

Beslutning

Intet.

Oversigt over beslutninger

Punkt\tBeslutning\tAnsvarlig

2\tNy gynge bestilles.\tLeder

3\tIntet.\t-
"""


def test_a_table_of_decisions_by_point_holds_no_headings() -> None:
    meeting = parse_text(SUMMARY, "solsikken/referat.txt")
    assert [(p.number, p.title) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Legeplads"),
        (3, "Eventuelt"),
    ]
    assert meeting.warnings == ()


def test_a_table_that_lists_the_points_with_their_cases_is_still_read() -> None:
    # "Nr.<TAB>Punkt<TAB>Sagsnr.": the points themselves, a row each.
    text = (
        "Referat af Børneudvalget 5. maj 2025\n\nNr.\tPunkt\tSagsnr.\n\n"
        "1.\tGodkendelse af dagsorden\t25/00012\n\nBeslutning:\tGodkendt.\n\n"
        "2.\tSkoledistrikter\t25/00013\n\nBeslutning:\tVedtaget.\n"
    )
    meeting = parse_text(text, "boern/referat.txt")
    assert [(p.number, p.case_number) for p in meeting.points] == [(1, "25/00012"), (2, "25/00013")]
