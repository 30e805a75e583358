"""Meeting headers behind a web page's menus or an e-mail's header (invented minutes)."""

from __future__ import annotations

from datetime import date

from indexer.parse import parse_text

POINTS = (
    "1. Godkendelse af dagsorden\nSagsnr.: 25/0001\n\nBeslutning\nGodkendt.\n\n"
    "2. Tilskud til byfesten\nSagsnr.: 25/0002\n\nSagsfremstilling\nByfesten søger 30.000 kr.\n\n"
    "Beslutning\nBevilget.\n"
)


def test_a_title_behind_a_web_pages_menus() -> None:
    menus = "\n".join(
        ["Gå til indhold", "Egeby Kommune", "Søg", "Menu", "Borger", "Erhverv", "Politik"]
        + ["Om kommunen", "Selvbetjening", "Forside", "›", "Politik", "›", "Møder"]
    )
    text = f"{menus}\n\nReferat - Fritidsudvalget\nMødedato: 11.03.2025 kl. 17:00\n\n{POINTS}"
    meeting = parse_text(text, "side.txt")
    assert (meeting.board, meeting.date) == ("Fritidsudvalget", date(2025, 3, 11))


def test_an_e_mail_header_is_not_the_meeting() -> None:
    text = (
        "Fra: Sekretariatet <sek@egeby.dk>\nSendt: 2. maj 2024 09:12\nTil: Rådets medlemmer\n"
        "Emne: Referat\n\nKære alle\nHer er referatet.\n\nVenlig hilsen\nAnne\n"
        "Sekretær for Seniorrådet\n\n"
        f"Referat af møde torsdag den 25. april 2024 kl. 14.00\n\n{POINTS}"
    )
    meeting = parse_text(text, "mail.txt")
    assert (meeting.board, meeting.date) == ("Seniorrådet", date(2024, 4, 25))
