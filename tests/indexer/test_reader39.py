"""Round 39 of the reader: forms found misread in layouts_blind32, in invented minutes.

A typed protocol scanned to text names its board only in capitals, its "Å" without the ring
("ÆLDRERADET"): the name is read as spelled where that makes it name a board. Its title line
names the board in the genitive in a sentence, after an older title's "over" ("Protokol over
ældrerådets ordinære møde"): that names the board too, as "Referat fra Ældrerådets møde" does.

A point's metadata line that labels one value as both the document's and the case's number
("Dok.nr./Sagsnr.: 2027-000512") gives the point its case number; read as no label, the line
ran into the point's title and the point had none.
"""

from __future__ import annotations

import pytest

from indexer.errors import ParseError
from indexer.parse import parse_text

PROTOCOL = """                                                  Blad 77
        SKOVLUND KOMMUNE
        {board}

        {title}
        torsdag den 3. marts 1983 kl. 16.00
        på plejehjemmet Solhøj.

        Fraværende: Ingen.

        § 1.  Meddelelser
              J.nr. 00.01.00 A00

              Formanden orienterede om en ny busrute til Solhøj.

              Beslutning: Taget til efterretning.

        § 2.  Indkøb af nye senge til Solhøj
              J.nr. 27.12.00 G01

              Der foreslås indkøbt 8 nye plejesenge for kr. 64.000.

              Beslutning: Anbefalet.
"""


def _protocol(board: str = "", title: str = "Protokol for mødet") -> str:
    return PROTOCOL.format(board=board, title=title)


@pytest.mark.parametrize(
    ("written", "board"),
    [
        ("ÆLDRERADET", "Ældrerådet"),
        ("HANDICAPRADET", "Handicaprådet"),
        ("ÆLDRERADET I SKOVLUND KOMMUNE", "Ældrerådet"),
    ],
)
def test_a_board_in_capitals_without_the_ring_of_its_a_is_read(written: str, board: str) -> None:
    meeting = parse_text(_protocol(board=written), "protokol.txt")
    assert (meeting.board, meeting.date.isoformat()) == (board, "1983-03-03")
    assert [(p.number, p.case_number) for p in meeting.points] == [
        (1, "00.01.00 A00"),
        (2, "27.12.00 G01"),
    ]
    # "GRAD" is a word of its own, no compound's end: it is never read as "GRÅD".
    with pytest.raises(ParseError, match="no board"):
        parse_text(_protocol(board="GRAD"), "protokol.txt")


@pytest.mark.parametrize(
    ("title", "board"),
    [
        ("Protokol over ældrerådets ordinære møde", "Ældrerådet"),
        ("Referat af ældrerådets møde", "Ældrerådet"),
        ("Protokol over Ældrerådets møde", "Ældrerådet"),
    ],
)
def test_a_board_in_the_genitive_before_its_meeting_in_the_title_is_read(
    title: str, board: str
) -> None:
    meeting = parse_text(_protocol(title=title), "protokol.txt")
    assert meeting.board == board
    # A genitive that names no board names none.
    with pytest.raises(ParseError, match="no board"):
        parse_text(_protocol(title="Protokol over formandens ordinære møde"), "protokol.txt")


ADDENDUM = """SKOVLUND KOMMUNE

REFERAT
Ældrerådet

Mødedato: 14-09-2027

_________________________________________

Punkt 41    Busrute til plejehjemmet Solhøj
Dok.nr./Sagsnr.: 2027-000512

Sagsfremstilling:
Trafikselskabet foreslår en ny rute med to afgange i timen.

Beslutning i Ældrerådet den 14-09-2027:
Anbefalet.

_________________________________________

Punkt 42    Kostpolitik for plejehjemmene
Dokumentnr./Sagsnr.: 2027-000498

Sagsfremstilling:
Kostpolitikken revideres.

Beslutning i Ældrerådet den 14-09-2027:
Taget til efterretning.
"""


def test_a_document_label_before_the_case_label_gives_the_case_number() -> None:
    meeting = parse_text(ADDENDUM, "referat.txt")
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (41, "Busrute til plejehjemmet Solhøj", "2027-000512"),
        (42, "Kostpolitik for plejehjemmene", "2027-000498"),
    ]
    # A document's number alone is still no case number.
    text = ADDENDUM.replace("Dok.nr./Sagsnr.:", "Dok.nr.:").replace(
        "Dokumentnr./Sagsnr.:", "Dokumentnr.:"
    )
    meeting = parse_text(text, "referat.txt")
    assert [(p.title, p.case_number) for p in meeting.points] == [
        ("Busrute til plejehjemmet Solhøj", None),
        ("Kostpolitik for plejehjemmene", None),
    ]


AGENDA = """Region Nordkyst

DAGSORDEN
Forretningsudvalget

Mødedato: 02-11-2027

Punkt 1
Godkendelse af dagsorden

Indstilling
Administrationen indstiller, at dagsordenen godkendes.

Punkt 2
Færgeruten til Lilleø

Indstilling
Administrationen indstiller, at ruten udbydes på ny.

Punkt 3
Eventuelt

==========================================================
Region Nordkyst · Amtsgården · Strandvej 9 · 9990 Kystby
Dagsorden Forretningsudvalget 2. november 2027 - udsendt 26. oktober 2027
"""


def test_a_running_title_below_the_sites_address_is_no_part_of_the_last_point() -> None:
    meeting = parse_text(AGENDA, "dagsorden.txt")
    assert [(p.number, p.title) for p in meeting.points][-1] == (3, "Eventuelt")
    assert meeting.points[-1].sections == ()
    # Without the site's address above it, a line that opens with a kind of document stays.
    kept = AGENDA.replace("Region Nordkyst · Amtsgården · Strandvej 9 · 9990 Kystby\n", "")
    last = parse_text(kept, "dagsorden.txt").points[-1]
    assert "udsendt 26. oktober 2027" in " ".join(s.text for s in last.sections)


COMPANY = """Emne: Referat fra bestyrelsesmøde 3/2-27

Kære alle

Hermed referatet.

REFERAT - BESTYRELSESMØDE I NORDVANG VARME A/S
Dato: 3/2-27
Deltagere: Ida Holst (formand), Per Skov

1. Godkendelse af dagsorden

Godkendt.

2. Varmepriser 2028

Bestyrelsen vedtog de nye priser.
"""


def test_a_company_board_in_a_title_in_capitals_is_named_in_full() -> None:
    # The subject names "Bestyrelsen" alone; the title in capitals names whose board it is.
    meeting = parse_text(COMPANY, "referat.txt")
    assert meeting.board == "Bestyrelsen for Nordvang Varme A/S"
