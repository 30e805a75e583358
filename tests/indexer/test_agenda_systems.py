"""The reader on the forms Danish agenda systems print, and on what the second blind layout set
found it missing (issue 14). Invented minutes only (our own words, names and numbers).

- KMD's "Sag nr. 10" above the title is a point heading; "Sag nr. 8" right under another
  heading stays that point's case number.
- A region's or municipality's name is who publishes, never the board.
- A numbered list in a body ("1) ... 4)") is no point, even where one item's number is next in
  sequence; a table of contents without dotted leaders (a wide gap before the page) is none.
- Numbering carried on from earlier meetings ("212. Godkendelse af dagsorden" with only its
  decision below) starts the points.
- Case labels of other systems ("Sags nr.", "ESDH-sagsnr.", a value on the next line), unknown
  labels in the metadata block, and document numbers that are never case numbers.
- Heading forms with "nr." or an open/closed status, and closed points in every such form: their
  bodies are never kept.
"""

from __future__ import annotations

from datetime import date

import pytest

from indexer.headings import case_number, closed_title, point_heading, section_heading
from indexer.parse import parse_text

SECRET = "Hemmelig køber betaler 900.000 kr."


def _points(text: str) -> list[tuple[int, str, str | None, bool]]:
    return [(p.number, p.title, p.case_number, p.closed) for p in parse_text(text, "x.txt").points]


# --- KMD "Sag nr." headings -------------------------------------------------------------------

KMD = (
    "ENGHAVE KOMMUNE\n\nREFERAT\n\nMiljø- og Naturudvalget\n\n"
    "Mødedato: Onsdag den 6. marts 2024\nMødetidspunkt: Kl. 16:30\n\n"
    "INDHOLDSFORTEGNELSE\n\n"
    "Sag nr.   Tekst                                                  Side\n"
    "7         Godkendelse af dagsorden                                 1\n"
    "8         Nye stier i Enghave Mose                                 2\n"
    "9         Eventuelt                                                3\n\n"
    "Miljø- og Naturudvalget, 06-03-2024                            Side 1\n\n"
    "Sag nr. 7\nGodkendelse af dagsorden\n\n"
    "Beslutning i Miljø- og Naturudvalget den 06-03-2024:\nGodkendt.\n\n"
    "Sag nr. 8\nNye stier i Enghave Mose\n\n"
    "Sagsid: 24/00815                          Åben sag\nSagsbehandler: Tove Ravn\n\n"
    "Sagsfremstilling:\nDer anlægges 3 km grusstier rundt om mosen. Arbejdet omfatter:\n"
    "1. Nye broer over grøften\n2. Fugletårn ved søen\n\n"
    "Beslutning i Miljø- og Naturudvalget den 06-03-2024:\nGodkendt.\n\n"
    "Sag nr. 9\nEventuelt\n\n"
    "Beslutning i Miljø- og Naturudvalget den 06-03-2024:\nIntet.\n"
)


def test_kmd_sag_nr_above_the_title_is_a_point_heading() -> None:
    m = parse_text(KMD, "x.txt")
    assert (m.board, m.date, m.start_time) == ("Miljø- og Naturudvalget", date(2024, 3, 6), "16:30")
    assert _points(KMD) == [
        (7, "Godkendelse af dagsorden", None, False),
        (8, "Nye stier i Enghave Mose", "24/00815", False),
        (9, "Eventuelt", None, False),
    ]
    # The sections are written "Sagsfremstilling:" in this file: they open sections.
    p8 = m.point(8)
    assert p8 is not None
    assert [s.name for s in p8.sections] == ["Sagsfremstilling", "Beslutning"]
    assert "1. Nye broer over grøften" in p8.sections[0].text


def test_sag_nr_under_another_heading_is_the_case_number() -> None:
    text = (
        "Referat\n\nUdvalg: Havneudvalget\nMødedato: 2. maj 2003\n\n"
        "Nr.14 - Nye fortøjningspæle\n\nSag nr. 31\n\nSagsfremstilling\n\n"
        "Havnefogeden foreslår ti nye pæle.\n\nBeslutning: Godkendt.\n\n"
        "Nr.15 - Havnefest\n\nSag nr. 32\n\nSagsfremstilling\n\nFesten holdes i juni.\n\n"
        "Beslutning: Godkendt.\n"
    )
    assert _points(text) == [
        (14, "Nye fortøjningspæle", "31", False),
        (15, "Havnefest", "32", False),
    ]


def test_sag_nr_with_the_title_on_the_same_line() -> None:
    text = (
        "Referat\n\nUdvalg: Havneudvalget\nMødedato: 2. maj 2003\n\n"
        "Sag nr. 4: Nye fortøjningspæle\n\nSagsnr.: 03/1201\n\nSagsfremstilling\n\nTi pæle.\n\n"
        "Sag nr. 5 - Havnefest\n\nSagsnr.: 03/1202\n\nSagsfremstilling\n\nI juni.\n"
    )
    assert _points(text) == [
        (4, "Nye fortøjningspæle", "03/1201", False),
        (5, "Havnefest", "03/1202", False),
    ]
    # A case number that runs on is no heading.
    assert point_heading("Sag nr.: 2003-0417") is None
    assert case_number("Sag nr.: 2003-0417") == ("2003-0417", False)


# --- board ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "top",
    [
        "Region Søndersø | Politik | Dagsordener og referater",
        "Region Søndersø",
        "SØNDERSØ KOMMUNE",
        "Søndersø Kommune - Dagsordener og referater",
    ],
)
def test_the_publishers_name_is_no_board(top: str) -> None:
    text = (
        f"{top}\n\nRegionsrådet\n\nBeslutningsprotokol\n\nMødet den 4. juni 2024 kl. 13.00\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
        "2. Ny busrute\n\nSagsnr.: 1-15-0-9-24\n\nSagsfremstilling\n\nRuten kører hver time.\n"
    )
    m = parse_text(text, "x.txt")
    assert m.board == "Regionsrådet"
    assert m.meeting_id == "regionsraadet-2024-06-04"


@pytest.mark.parametrize(
    ("title", "board"),
    [
        ("Referat af Byrådet i Søndersø Kommune", "Byrådet"),
        ("Kommunalbestyrelsen for Søndersø Kommune - Referat", "Kommunalbestyrelsen"),
    ],
)
def test_a_board_named_with_its_municipality(title: str, board: str) -> None:
    text = (
        f"{title}\n\nDen 3. maj 2022\n\n1. Ny skatepark\n\nSagsnr: 22/1\n\n"
        "Sagsfremstilling\n\nTekst.\n"
    )
    assert parse_text(text, "x.txt").board == board


# --- numbered lists and tables of contents ----------------------------------------------------


def test_a_numbered_list_in_a_body_is_no_point_even_in_sequence() -> None:
    # Point 2's body lists "1) ... 4)"; "3)" is next in sequence after point 2 and the next
    # item follows it, yet it is a list item: the item before it was none of the points.
    text = (
        "Dagsorden\nSundhedsudvalget\n\nMødedato: 22. maj 2024\n\nIndholdsfortegnelse\n\n"
        "1.  Godkendelse af dagsorden                                  2\n"
        "2.  Strategi for træning                                      3\n"
        "3.  Status på hjemmeplejen                                    5\n\n"
        "1. Godkendelse af dagsorden\n\nSagsnr.: 00.01.00-A00-4-24\n\n"
        "Indstilling\nDagsordenen godkendes.\n\n"
        "2. Strategi for træning\n\nSagsnr.: 29.24.00-P22-2-23     Dokument nr.: 640-2024-1\n\n"
        "Sagsfremstilling\nStrategien har fire spor:\n\n1) Tidlig indsats\n2) Holdtræning\n"
        "3) Træning i eget hjem\n4) Digitale øvelser\n\nDer er afsat 2 mio. kr.\n\n"
        "3. Status på hjemmeplejen\n\nSagsnr.: 27.12.00-K07-3-24\n\n"
        "Sagsfremstilling\nVentetiden er faldet.\n"
    )
    m = parse_text(text, "x.txt")
    assert _points(text) == [
        (1, "Godkendelse af dagsorden", "00.01.00-A00-4-24", False),
        (2, "Strategi for træning", "29.24.00-P22-2-23", False),
        (3, "Status på hjemmeplejen", "27.12.00-K07-3-24", False),
    ]
    assert m.warnings == ()
    assert "3) Træning i eget hjem" in m.points[1].text
    # The contents without leaders are read as contents.
    assert [(t.title, t.page) for t in m.toc][:2] == [
        ("1.  Godkendelse af dagsorden", 2),
        ("2.  Strategi for træning", 3),
    ]


def test_numbering_carried_on_from_earlier_meetings() -> None:
    text = (
        "Referat\nByrådet\n\nTirsdag den 14. november 2023 kl. 17:00\n\n"
        "Indholdsfortegnelse\n\n312. Godkendelse af dagsorden ........ 3\n"
        "313. Ny daginstitution ........ 4\n\n"
        "312. Godkendelse af dagsorden\n\n\nBeslutning\nGodkendt.\n\n"
        "313. Ny daginstitution\n\nSagsnr.: 23/14220\n\n"
        "Sagsfremstilling\nDer bygges til 80 børn.\n\n"
        "Beslutning\nGodkendt.\n"
    )
    assert _points(text) == [
        (312, "Godkendelse af dagsorden", None, False),
        (313, "Ny daginstitution", "23/14220", False),
    ]


# --- case numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "case"),
    [
        ("Sags nr.: 24/1234", "24/1234"),
        ("Sagnr.: 24/1234", "24/1234"),
        ("ESDH-sagsnr.: 24/1234", "24/1234"),
        ("SBSYS sagsnr.: 27.12.00-K07-8-24", "27.12.00-K07-8-24"),
        ("eDoc sagsnr.: 2024-012345", "2024-012345"),
        ("Journal nr.: 01-2023-00123", "01-2023-00123"),
        ("Sagsnr.:\n24/1234", "24/1234"),
        ("Dokument nr.: 640-2024-17702\nSagsnr.: 24/1234", "24/1234"),
        ("Dokumentnummer: 24/9999\nSags-ID: 24/1234", "24/1234"),
        ("Dokument-ID: 24/9999", None),
        ("KLE-nr.: 00.01.00\nSagsnr.: 00.01.00-A00-1-20", "00.01.00-A00-1-20"),
        (
            "Ansvarlig center: Center for Miljø\nFagudvalg: Miljøudvalget\nSagsnr.: 24/1234",
            "24/1234",
        ),
    ],
)
def test_case_labels_of_other_systems(lines: str, case: str | None) -> None:
    text = (
        "Referat\n\nUdvalg: Miljøudvalget\nDato: 3. april 2024\n\n1. Nye træer\n\n"
        f"{lines}\n\nSagsfremstilling\nVi planter 40 træer.\n\n"
        "2. Ny sti\n\nSagsnr.: 24/2000\n\nSagsfremstilling\nStien bliver 2 km.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.title, p.case_number) for p in m.points] == [
        (1, "Nye træer", case),
        (2, "Ny sti", "24/2000"),
    ]
    # The labels are metadata: none reaches the body.
    assert m.points[0].text == "Vi planter 40 træer."


# --- heading forms and closed points ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "number", "title", "closed"),
    [
        ("Punkt nr. 3 - Nye træer", 3, "Nye træer", False),
        ("Pkt. nr. 3: Nye træer", 3, "Nye træer", False),
        ("3. (Åben) Nye træer", 3, "Nye træer", False),
        ("Punkt 3 (Åben): Nye træer", 3, "Nye træer", False),
        ("Pkt. 3 Nye træer (Åbent punkt)", 3, "Nye træer", False),
        ("Åbent punkt 3: Nye træer", 3, "Nye træer", False),
        ("Lukket punkt 3: Køb af jord", 3, "Køb af jord", True),
        ("3. (Lukket) Køb af jord", 3, "(Lukket) Køb af jord", True),
        ("3. [Lukket punkt] Køb af jord", 3, "[Lukket punkt] Køb af jord", True),
        ("Punkt 3 (Lukket)", 3, "(Lukket)", True),
        # A labelled heading keeps another bracket as its title.
        ("Punkt 3: (Udgår)", 3, "(Udgår)", False),
    ],
)
def test_heading_forms_with_nr_and_status(line: str, number: int, title: str, closed: bool) -> None:
    head = point_heading(line)
    assert head is not None
    assert (head.number, head.title, head.closed or closed_title(head.title)) == (
        number,
        title,
        closed,
    )


@pytest.mark.parametrize(
    "closed_form",
    [
        "2. (Lukket) Køb af jord",
        "2. [Lukket] Køb af jord",
        "Punkt 2 (Lukket)",
        "Lukket punkt 2: Køb af jord",
        "2. Køb af jord (Lukket dagsordenspunkt)",
        "2. Fortroligt punkt: Køb af jord",
        "2. Køb af jord - Fortroligt",
        "2. Køb af jord [Lukket]",
        "2. Køb af jord\nSagsnr.: 24/9 (Lukket)",
        "2. Køb af jord\nSagsnr.: 24/9\nStatus: Fortrolig",
        "2. Køb af jord\nSagsnr.: 24/9\nIkke offentligt",
    ],
)
def test_closed_points_in_further_forms_keep_no_body(closed_form: str) -> None:
    case = "" if "Sagsnr." in closed_form else "Sagsnr.: 24/9\n\n"
    # The other points in the same style ("Punkt N" or "N."), as one file writes them.
    head = point_heading(closed_form.split("\n")[0])
    assert head is not None
    first, last = ("Punkt 1:", "Punkt 3:") if head.strong else ("1.", "3.")
    text = (
        "Referat\n\nUdvalg: Miljøudvalget\nDato: 3. april 2024\n\n"
        f"{first} Nye træer\n\nSagsnr.: 24/1\n\nSagsfremstilling\nVi planter 40 træer.\n\n"
        f"{closed_form}\n\n{case}Sagsfremstilling\n{SECRET}\n\nBeslutning\nGodkendt.\n\n"
        f"{last} Eventuelt\n\nBeslutning\nIntet.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.case_number, p.closed) for p in m.points] == [
        (1, "24/1", False),
        (2, "24/9", True),
        (3, None, False),
    ]
    assert "Hemmelig" not in m.text
    assert all("Hemmelig" not in p.text for p in m.points)


def test_a_status_word_alone_is_no_title_and_an_unknown_bracket_no_heading() -> None:
    assert point_heading("3. (se bilag) Nye træer") is None
    assert case_number("Fortroligt") == (None, True)
    assert case_number("Åbent dagsordenspunkt") == (None, False)
    assert section_heading("Sagsfremstilling:") is None
    assert section_heading("Sagsfremstilling:", colon=True) == (
        "Sagsfremstilling",
        "Sagsfremstilling",
    )


# --- metadata tables --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "case", "closed"),
    [
        # A Word table without a status column: the case number is in the row below the header.
        ("Sagsnr.\tSagsbehandler\n24/1234\tAnne Holm", "24/1234", False),
        ("Sagsbehandler\tSagsnr.\nAnne Holm\t24/1234", "24/1234", False),
        # The same tables in PDF text: columns apart by spaces.
        ("Sagsnr.          Sagsbehandler\n24/1234          Anne Holm", "24/1234", False),
        ("Dok.nr.          Sagsnr.\n24/5678          24/1234", "24/1234", False),
        (
            "Sagsnr.          Sagsbehandler        Åben/Lukket\n"
            "24/1234          Anne Holm            Lukket",
            "24/1234",
            True,
        ),
        # A labelled case number and a status in two cells.
        ("Sagsnr.: 24/1234\tLukket", "24/1234", True),
        ("Sagsnr.: 24/1234          Lukket sag", "24/1234", True),
        ("Sagsid: 24/1234                              Åben sag", "24/1234", False),
    ],
)
def test_metadata_tables_in_word_and_pdf_text(table: str, case: str, closed: bool) -> None:
    text = (
        "Referat\n\nUdvalg: Miljøudvalget\nDato: 3. april 2024\n\n"
        f"1. Nye træer\n{table}\n\nSagsfremstilling\n{SECRET}\n\n"
        "2. Ny sti\n\nSagsnr.: 24/2000\n\nSagsfremstilling\nStien bliver 2 km.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.case_number, p.closed) for p in m.points] == [
        (1, case, closed),
        (2, "24/2000", False),
    ]
    # The table is metadata: the body starts after it, and a closed body is gone.
    assert m.points[0].text == ("" if closed else SECRET)
    assert closed is ("Hemmelig" not in m.text)
