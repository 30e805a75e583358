"""Round 42 of the reader: forms found misread in layouts_blind36, in invented minutes.

A typed council's minutes headed "af ordinært møde i Vestmose Byråd" under "VESTMOSE KOMMUNE"
named the board "Vestmose Byråd". A board named after the municipality the header names is that
municipality's board, read by its name alone in the definite form boards are read in
("Byrådet"); a board of a town or an institution keeps its place ("Fjordby Lokalråd"), and so
does a board whose place is no municipality the header names, and an organisation's
("Fjordby Erhvervsråd").

The same minutes approved the agenda "med den bemærkning, at pkt. 36 behandles / for lukkede
døre.": the wrapped line read as a closing line of its own, and the approval was closed. A
closed mark that names another point closes that point, not the one whose text holds it; a
point whose own text says it is closed stays closed.
"""

from __future__ import annotations

from indexer.headings import closed_points_named
from indexer.parse import parse_text

BODY = """
Punkt 1. Godkendelse af dagsorden
Sagsnr. 21/2201

Beslutning:
Godkendt.

Punkt 2. Ny belysning på stien langs Mølleåen
Sagsnr. 21/1874

Teknisk forvaltning foreslår at opsætte 24 nye lamper langs stien.

Beslutning:
Godkendt.
"""


def _board(header: str) -> str:
    return parse_text(header + "\n" + BODY, "referat.txt").board


def test_the_council_named_after_its_municipality_is_the_council() -> None:
    header = (
        "HALSTRUP KOMMUNE\n\nREFERAT\n\naf ordinært møde i Halstrup Byråd\n"
        "onsdag den 9. juni 2021 kl. 18.30\n"
    )
    assert _board(header) == "Byrådet"


def test_the_municipalitys_boards_lose_its_name() -> None:
    common = "Fjordby Kommune\n\nReferat af møde i {} den 3. maj 2021\n"
    assert _board(common.format("Fjordby Kommunalbestyrelse")) == "Kommunalbestyrelsen"
    assert _board(common.format("Fjordby Kommunes Økonomiudvalg")) == "Økonomiudvalget"
    assert _board(common.format("Økonomiudvalget i Fjordby Kommune")) == "Økonomiudvalget"
    assert _board(common.format("Fjordby Teknik- og Miljøudvalg")) == "Teknik- og Miljøudvalget"


def test_a_title_in_capitals_names_the_council_too() -> None:
    header = "FJORDBY KOMMUNE\n\nREFERAT AF MØDE I FJORDBY BYRÅD DEN 3. MAJ 2021\n"
    assert _board(header) == "Byrådet"


def test_a_place_that_is_not_the_municipality_stays() -> None:
    # A town's council, in a municipality of the same name, is the town's.
    common = "Fjordby Kommune\n\nReferat af møde i {} den 3. maj 2021\n"
    assert _board(common.format("Fjordby Lokalråd")) == "Fjordby Lokalråd"
    assert _board(common.format("Fjordby Lokaludvalg")) == "Fjordby Lokaludvalg"
    # An organisation named after the place, and a board's English name, are no
    # municipality's board.
    assert _board(common.format("Fjordby Erhvervsråd")) == "Fjordby Erhvervsråd"
    assert _board(common.format("Fjordby Skolebestyrelse")) == "Fjordby Skolebestyrelse"
    assert _board(common.format("Fjordby Green Transition Board")) == (
        "Fjordby Green Transition Board"
    )
    assert _board(common.format("Lokaludvalget Ravnsholt-Bøgelund")) == (
        "Lokaludvalget Ravnsholt-Bøgelund"
    )
    assert _board(common.format("Bestyrelsen for Tjørnø Havn")) == "Bestyrelsen for Tjørnø Havn"
    assert _board(common.format("Teknik- og Miljøudvalget")) == "Teknik- og Miljøudvalget"
    # Another municipality's name is not this one's.
    other = "Hedeby Kommune\n\nReferat af møde i Fjordby Byråd den 3. maj 2021\n"
    assert _board(other) == "Fjordby Byråd"


ANOTHER_POINT_CLOSED = """SANDRUP KOMMUNE

Referat af møde i Kommunalbestyrelsen
torsdag den 12. november 1998 kl. 19.00

Pkt. 112   Godkendelse af dagsorden
           Sag nr. 98/4410

Beslutning:
Dagsordenen blev godkendt, idet det blev besluttet, at pkt. 115
behandles for lukkede døre.


Pkt. 113   Vintertjeneste på kommunevejene
           Sag nr. 98/3902

Teknisk Udvalg indstiller, at saltning af cykelstier udvides.

Beslutning:
Godkendt.


Pkt. 114   Tilskud til Sandrup Idrætsforening
           Sag nr. 98/4011

Beslutning:
Godkendt, at punkt 116 er lukket.


Pkt. 115   Køb af landbrugsjord ved Vesterled
           Sag nr. 98/4120

Forhandlingerne med sælger er tæt på en aftale om prisen.

Beslutning:
Godkendt.


Pkt. 116   Personalesag
           Sag nr. 98/4301

Beslutning:
Indstillingen blev fulgt.
"""


def test_a_mark_naming_another_point_closes_that_point() -> None:
    meeting = parse_text(ANOTHER_POINT_CLOSED, "sandrup.txt")
    assert [(p.number, p.closed) for p in meeting.points] == [
        (112, False),
        (113, False),
        (114, False),
        (115, True),
        (116, True),
    ]
    # The closed point's text is never kept.
    assert "Forhandlingerne" not in meeting.text
    assert "saltning af cykelstier" in meeting.text


OWN_MARK = """Sandrup Kommune

Referat af møde i Økonomiudvalget
torsdag den 12. november 1998 kl. 16.00

Pkt. 40   Godkendelse af dagsorden

Beslutning:
Godkendt.


Pkt. 41   Erstatningskrav fra entreprenør
          Sag nr. 98/3377

Punktet behandles for lukkede døre.


Pkt. 42   Salg af grund på Havnevej
          Sag nr. 98/3560

Beslutning:
Salget godkendt; sagen blev behandlet
for lukkede døre.
"""


def test_a_mark_about_the_point_itself_still_closes_it() -> None:
    meeting = parse_text(OWN_MARK, "sandrup_oeu.txt")
    assert [(p.number, p.closed) for p in meeting.points] == [(40, False), (41, True), (42, True)]


def test_the_numbers_a_mark_names() -> None:
    assert closed_points_named("… idet pkt. 36 behandles for lukkede døre.") == {36}
    assert closed_points_named("Punkterne 8 og 9 behandles på lukket møde.") == {8, 9}
    assert closed_points_named("Punkt 7 er lukket.") == {7}
    # A case dealt with behind closed doors at another meeting names no point of this one.
    assert closed_points_named("Behandlet i Byrådet den 3. marts, pkt. 12, for lukkede døre.") == (
        set()
    )
    assert closed_points_named("Punktet behandles for lukkede døre.") == set()
