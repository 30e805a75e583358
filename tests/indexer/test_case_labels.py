"""Case numbers under the labels and in the forms case systems write them (invented minutes).

Each line stands under a point heading of a small invented meeting; the point must carry the
case number and the line must not reach the point's text.
"""

from __future__ import annotations

import pytest

from indexer.headings import case_number
from indexer.models import case_key
from indexer.parse import parse_text

CASE_LINES = [
    ("Sagsnr.: 24/1234", "24/1234"),
    ("Sags-nr.: 24/1234", "24/1234"),
    ("Jnr.: 24/1234", "24/1234"),
    ("Sagsreference: 24/1234", "24/1234"),
    ("Vores ref.: 24/1234", "24/1234"),
    ("Ref.: 24/1234", "24/1234"),
    ("Sagsnr. (SBSYS): 24/1234", "24/1234"),
    ("Sagsnummer (ESDH): 2024-18833", "2024-18833"),
    ("Sagsnr./dok.nr.: 24/1234 / 24/1234-7", "24/1234"),
    ("Sag 24/1234", "24/1234"),
    ("(Sag 24/1234)", "24/1234"),
    ("Dokumentnr.: 24/1234-55   Sagsnr.: 24/1234", "24/1234"),
    ("Sagsnr: 24/1234 Sagsbehandler: Mette Hansen", "24/1234"),
    ("Sagsnr.: 24/1234, Dok.nr.: 24/1234-5", "24/1234"),
    ("Sags-ID: EMN-2024-01234", "EMN-2024-01234"),
    ("Journalnummer: 00.01.00-A00-12-24", "00.01.00-A00-12-24"),
    ("Sagsnr.: 82.02.00-Ø00-1-24", "82.02.00-Ø00-1-24"),
]


def _meeting(line: str) -> str:
    return (
        "Referat\nØkonomiudvalget\nMødedato: 12.03.2026\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        f"2. Budget 2027\n{line}\nSagsfremstilling\nForvaltningen fremlægger budgettet.\n"
        "Beslutning: Godkendt.\n\n"
        "3. Nyt tag på skolen\nSagsnr.: 26/999\nSagsfremstilling\nTaget er utæt.\n"
        "Beslutning: Godkendt.\n"
    )


@pytest.mark.parametrize(("line", "want"), CASE_LINES)
def test_a_case_label_gives_the_points_case_number(line: str, want: str) -> None:
    meeting = parse_text(_meeting(line), "x.txt")
    points = {p.number: p for p in meeting.points}
    assert sorted(points) == [1, 2, 3]
    assert points[2].case_number is not None
    assert case_key(points[2].case_number) == case_key(want)
    assert line not in points[2].text and "fremlægger budgettet" in points[2].text
    assert points[3].case_number == "26/999"


def test_sag_with_a_title_after_it_is_no_case_line() -> None:
    # "Sag nr. 10 Budget 2027" opens a point; "Sag 24/1234" alone names its case.
    assert case_number("Sag nr. 10 Budget 2027") is None
    assert case_number("Sag 24/1234 Budget 2027") is None
    assert case_number("Sag 24/1234") == ("24/1234", False)
