"""Round 16 of the reader: forms found missing after round 15, in invented minutes.

A saved web page's fold-out marks before each heading ("▸ 3. Title", "▾ Beslutning"), a
board named only by the file's name ("Miljoeudvalget_referat_2031-02-03.txt"), a board's code
and the point's number before a column gap ("KB 204   Title"), an abbreviation ending a title
("… a.m.b.a."), a board and a numeric date heading its decision ("Byrådet 11.03.2031:"), a
rule line under a heading, a case label two spaces after a typed title, and OCR's "1" for "l"
in the title word that names the kind ("Mødeprotoko1").
"""

from __future__ import annotations

import pytest

from indexer.errors import ParseError
from indexer.headings import decision, demark, point_heading, title_case
from indexer.parse import parse_text

PAGE = (
    "Gå til indhold\n\nMiljøudvalget\n\nReferat\nMødedato: 03.02.2031 kl. 15.00\n\n"
    "Udvid alle | Fold alle sammen\n\n"
    "▸ 1. Godkendelse af dagsorden\nSagsnr.: 31/0101\n  ▾ Beslutning\n  Godkendt.\n\n"
    "▸ 2. Ny sti langs åen\nSagsnr.: 31/0102\n  ▾ Sagsfremstilling\n  Stien bliver 900 m.\n"
    "  ▾ Beslutning\n  Anbefales.\n\n"
    "▸ 3. Eventuelt\n  ▾ Beslutning\n  Intet.\n"
)


def test_a_disclosure_triangle_is_no_part_of_a_heading() -> None:
    assert demark("▸ 4. Vejplan") == "4. Vejplan"
    assert demark("  ▾ Sagsfremstilling") == "Sagsfremstilling"
    found = point_heading("► 4. Vejplan")
    assert found is not None and (found.number, found.title) == (4, "Vejplan")


def test_a_saved_page_with_folded_points_reads_its_points() -> None:
    meeting = parse_text(PAGE, "gemt/side.txt")
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden", "31/0101"),
        (2, "Ny sti langs åen", "31/0102"),
        (3, "Eventuelt", None),
    ]
    assert "900 m" in meeting.points[1].sections[0].text
    assert "▾" not in " ".join(s.heading or "" for p in meeting.points for s in p.sections)


NO_BOARD = (
    "DAGSORDEN\n\nMødetidspunkt: 03.02.2031 kl. 15.00\n\n"
    "Punkt 1  Godkendelse af dagsorden\n\nIndstilling\nGodkendes.\n\n"
    "Punkt 2  Ny sti\n\nIndstilling\nAnbefales.\n"
)


@pytest.mark.parametrize(
    ("path", "board"),
    [
        ("udtraek/04_Miljoeudvalget_dagsorden_2031-02-03.txt", "Miljøudvalget"),
        ("udtraek/byraadet-2031-02-03.txt", "Byrådet"),
        ("udtraek/2031_02_03_plan_og_miljoeudvalget.txt", "Plan- og Miljøudvalget"),
    ],
)
def test_a_file_name_that_names_a_board_gives_the_board(path: str, board: str) -> None:
    meeting = parse_text(NO_BOARD, path)
    assert meeting.board == board
    assert any("file name" in w for w in meeting.warnings)


@pytest.mark.parametrize(
    "path", ["udtraek/udvalg_2031-02-03.txt", "udtraek/raad-03.txt", "udtraek/referat.txt"]
)
def test_a_file_name_without_a_board_gives_none(path: str) -> None:
    # A bare "udvalg" or "råd" names no board.
    with pytest.raises(ParseError, match="no board"):
        parse_text(NO_BOARD, path)


def test_the_file_name_comes_before_the_folder_name() -> None:
    meeting = parse_text(NO_BOARD, "byraadet/Miljoeudvalget_2031-02-03.txt")
    assert meeting.board == "Miljøudvalget"


def test_a_board_code_and_number_before_a_column_gap_is_a_heading() -> None:
    for line, label, title in (
        ("KB 204   Ny skolestruktur", "KB 204", "Ny skolestruktur"),
        ("TU 8\tVejplan", "TU 8", "Vejplan"),
    ):
        found = point_heading(line)
        assert found is not None and (found.label, found.title) == (label, title)
    assert point_heading("KB 204 Ny skolestruktur") is None  # one space: a sentence's words


def test_an_abbreviation_ends_no_sentence_in_a_title() -> None:
    found = point_heading("7. Lån til Nordby Vandværk og Fællesantenne a.m.b.a.")
    assert found is not None and found.title.endswith("a.m.b.a.")
    # A sentence of six words or more, ending in its full stop, stays a list item.
    assert point_heading("7. Der blev plantet to hundrede nye træer.") is None


def test_a_board_and_a_numeric_date_head_its_decision() -> None:
    found = decision("Kommunalbestyrelsen 11.03.2031:")
    assert found is not None and (found.board, str(found.decided)) == (
        "Kommunalbestyrelsen",
        "2031-03-11",
    )
    found = decision("Teknisk udvalg den 4. marts 2031:")
    assert found is not None and found.board == "Teknisk udvalg"
    assert decision("Kommunalbestyrelsen 11.03.2031") is None  # no colon: a title


PROTOCOL = (
    "BESLUTNINGSPROTOKOL\n\nKommunalbestyrelsen\nMødet den 11.03.2031 kl. 18.00\n\n\n"
    "KB 204   Godkendelse af dagsorden\n\nKommunalbestyrelsen 11.03.2031:\nGodkendt.\n\n\n"
    "KB 205   Garanti for lån til Nordby Vandværk a.m.b.a.\nSags ID: EMN-2031-00077\n\n"
    "Sagsresumé:\nVandværket skal bygge en ny boring.\n\n"
    "Kommunalbestyrelsen 11.03.2031:\nGodkendt.\n\n\n"
    "KB 206   Ny skolestruktur\nSags ID: EMN-2031-00078\n\n"
    "Sagsresumé:\nTo skoler lægges sammen.\n\n"
    "Kommunalbestyrelsen 11.03.2031:\nGodkendt.\n"
)


def test_a_protocol_of_board_coded_points_reads_every_point() -> None:
    meeting = parse_text(PROTOCOL, "arkiv/protokol.txt")
    assert [(p.number, p.label, p.case_number) for p in meeting.points] == [
        (204, "KB 204", None),
        (205, "KB 205", "EMN-2031-00077"),
        (206, "KB 206", "EMN-2031-00078"),
    ]
    assert meeting.points[0].decisions


RULED = (
    "REFERAT\n\nSocialudvalget\nMøde den 2. april 2031\n\n"
    "Sag nr.   Emne                         Sagsnr.\n"
    "1         Godkendelse af dagsorden     31/0201\n"
    "2         Nyt botilbud                 31/0202\n\n"
    "========================================\n"
    "Sag nr. 1 - Godkendelse af dagsorden\n"
    "========================================\n"
    "Beslutning:\nGodkendt.\n\n"
    "========================================\n"
    "Sag nr. 2 - Nyt botilbud\n"
    "----------------------------------------\n"
    "Sagsfremstilling:\nBotilbuddet får 12 pladser.\n\nBeslutning:\nGodkendt.\n"
)


def test_a_rule_under_a_heading_is_no_part_of_its_title() -> None:
    meeting = parse_text(RULED, "arkiv/2031-04-02.txt")
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden", "31/0201"),
        (2, "Nyt botilbud", "31/0202"),
    ]


def test_a_case_label_two_spaces_after_a_typed_title_is_its_case() -> None:
    assert title_case("Tilskud til Nordby Rideklub.  J.nr. 18.20.01") == (
        "Tilskud til Nordby Rideklub.",
        "18.20.01",
        False,
    )
    # Without a label two spaces are a typing slip, not a column: no case number.
    assert title_case("Tilskud til Nordby Rideklub  18.20.01") is None


TYPED = (
    "NORDBY KOMMUNE\n\n        SOCIALUDVALGET\n\n"
    "Mødeprotoko1 for Socialudvalget.\n\n"
    "Aar 1979, mandag den 5. marts kl. 16.00, afholdtes møde paa Raadhuset.\n\n"
    "Ad 1)  Meddelelser.\n\n       Formanden orienterede om nyt plejehjem.\n\n"
    "Ad 2)  Tilskud til Nordby Rideklub.  J.nr. 18.20.01\n\n"
    "       Udvalget bevilgede 4.000 kr.\n"
)


def test_ocr_one_for_l_in_a_title_word_still_names_the_kind() -> None:
    meeting = parse_text(TYPED, "arkiv/nordby_1979.txt")
    assert meeting.kind == "referat"
    assert [(p.number, p.case_number) for p in meeting.points] == [(1, None), (2, "18.20.01")]
