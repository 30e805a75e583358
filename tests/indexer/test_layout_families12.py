"""Layout families of Danish municipal and regional minutes, round 12 (issue 14).

Each test holds a form the reader once misread, in invented minutes: a web page's footer and
print stamp, a status badge above each point, sub-points, attendance lines, meeting numbers and
dates written the way a secretary or a site of any municipality might write them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from indexer.models import Meeting
from indexer.parse import parse_file


def _read(tmp_path: Path, text: str, name: str = "referat.txt") -> Meeting:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


_WEB_MINUTES = (
    "Referat\nTeknik- og Miljøudvalget\nMødedato: 14. marts 2024\n\n"
    "1. Godkendelse af dagsorden\nBeslutning\nDagsordenen blev godkendt.\n\n"
    "2. Eventuelt\nBeslutning\nIntet.\n\n"
)


def test_a_print_stamp_and_page_widgets_are_furniture(tmp_path: Path) -> None:
    text = (
        _WEB_MINUTES
        + "Senest opdateret: 20. marts 2024\n\nVar denne side nyttig?  Ja  Nej\n\n"
        + "Del siden:\nFacebook\nLinkedIn\nE-mail\n\nUdskrevet den 21.03.2024 kl. 10:14\n"
        + "Genereret af dagsordenssystemet 21.03.2024 17:12\nUdskriv denne side\n"
    )
    m = _read(tmp_path, text)
    assert m.points[-1].text == "Intet."


def test_a_print_stamp_above_the_title_gives_neither_date_nor_board(tmp_path: Path) -> None:
    text = (
        "Udskrevet den 20.03.2024 kl. 10:14\nReferat\nByrådet\nDato: 14. marts 2024\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "2. Salg af grund\nBeslutning\nGodkendt.\n"
    )
    m = _read(tmp_path, text)
    assert (m.board, m.date) == ("Byrådet", date(2024, 3, 14))
