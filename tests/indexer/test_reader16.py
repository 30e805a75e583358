"""Round 16 of the reader: forms found missing after round 15, in invented minutes.

A saved web page's fold-out marks before each heading ("▸ 3. Title", "▾ Beslutning"), and a
board named only by the file's name ("Miljoeudvalget_referat_2031-02-03.txt").
"""

from __future__ import annotations

import pytest

from indexer.errors import ParseError
from indexer.headings import demark, point_heading
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
