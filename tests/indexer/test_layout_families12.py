"""Layout families of Danish municipal and regional minutes, round 12 (issue 14).

Each test holds a form the reader once misread, in invented minutes: a web page's footer and
print stamp, a status badge above each point, sub-points, attendance lines, meeting numbers and
dates written the way a secretary or a site of any municipality might write them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from indexer.models import Meeting
from indexer.parse import parse_file, parse_text


def _read(tmp_path: Path, text: str, name: str = "referat.txt") -> Meeting:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


_WEB_MINUTES = (
    "Referat\nTeknik- og Miljøudvalget\nMødedato: 14. marts 2024\n\n"
    "1. Godkendelse af dagsorden\nBeslutning\nDagsordenen blev godkendt.\n\n"
    "2. Eventuelt\nBeslutning\nIntet.\n\n"
)


@pytest.mark.parametrize(
    "footer",
    [
        # One line, the site's address and contacts between dots.
        "Skovlund Kommune · Rådhusvej 1 · 7700 Skovlund · tlf. 99 99 12 12 · post@skovlund.dk\n",
        # A line each, with the policy links below.
        "Kontakt\nSkovlund Kommune\nRådhusvej 1\n7700 Skovlund\nTlf. 99 99 12 12\n"
        "Åbningstider\nTilgængelighedserklæring\nCookies\n",
        # A region, bars between the parts, the links on a line of their own.
        "Region Vestkyst | Regionshuset | Havnevej 2 | 6999 Vestby | CVR 12 34 56 78\n"
        "Tilgængelighedserklæring · Privatlivspolitik\n",
        # The owner's mark alone ends the page.
        "Om hjemmesiden | Tilgængelighed | Sitemap\n© Skovlund Kommune 2024\n",
    ],
)
def test_a_sites_footer_after_the_last_point_is_no_text_of_it(footer: str) -> None:
    m = parse_text(_WEB_MINUTES + footer, "x.txt")
    assert [p.number for p in m.points] == [1, 2]
    assert m.points[-1].text == "Intet."
    assert m.points[-1].decisions[0].text == "Intet."


def test_a_contact_named_in_the_last_points_prose_stays() -> None:
    # A contact line with a paragraph of prose below it is the point's own text.
    text = (
        _WEB_MINUTES
        + "Spørgsmål: Anne Vang, tlf. 99 99 12 13, av@skovlund.dk\n\n"
        + "Udvalget bad forvaltningen om at orientere borgerne om de nye regler for "
        + "affaldssortering i løbet af foråret, så alle husstande kender dem i god tid.\n"
    )
    m = parse_text(text, "x.txt")
    assert "av@skovlund.dk" in m.points[-1].text
    assert "affaldssortering" in m.points[-1].text


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


def test_an_accordions_toggle_is_no_part_of_the_title(tmp_path: Path) -> None:
    # Text copied from a FirstAgenda/Prepare-style page: "Vis mere" under each heading.
    text = (
        "Forside > Politik > Dagsordener og referater\n\nBørne- og Skoleudvalget\nReferat\n"
        "Tirsdag den 9. april 2024 kl. 16.00\n\n"
        "1. Meddelelser\nVis mere\nSagsfremstilling\nFormanden orienterede om ferien.\n"
        "Beslutning\nTaget til efterretning.\n\n"
        "2. Ny skolestruktur i Nordbyen\nVis mere\nSagsfremstilling\nTre modeller.\n"
        "Beslutning\nModel B blev anbefalet.\n\nLæs mere\n"
    )
    m = _read(tmp_path, text)
    assert [p.title for p in m.points] == ["Meddelelser", "Ny skolestruktur i Nordbyen"]
    assert "Vis mere" not in m.text and "Læs mere" not in m.points[1].text


def test_a_title_alone_at_the_end_of_the_file_is_the_last_point() -> None:
    # A closed point's title with nothing below it ends the file, in the form of the others.
    text = (
        "Referat\nByrådet\n9. april 2024\n\n"
        "1. Meddelelser\nSagsfremstilling\nFormanden orienterede.\nBeslutning\nTaget til "
        "efterretning.\n\n2. Ny skole\nSagsfremstilling\nTre modeller.\nBeslutning\nModel B.\n\n"
        "3. Personalesag\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.title) for p in m.points] == [
        (1, "Meddelelser"),
        (2, "Ny skole"),
        (3, "Personalesag"),
    ]


def test_a_numbered_list_ending_the_last_point_stays_its_text() -> None:
    text = (
        "Referat\nByrådet\n9. april 2024\n\n"
        "1. Meddelelser\nSagsfremstilling\nFormanden orienterede.\n\n"
        "2. Ny skole\nSagsfremstilling\nTo ønsker blev nævnt:\n1) Mere lys\n2) Flere bænke\n"
    )
    m = parse_text(text, "x.txt")
    assert [p.number for p in m.points] == [1, 2]
    assert "Flere bænke" in m.points[1].text


def test_a_badge_above_each_heading_is_the_status_of_the_point_below() -> None:
    # An agenda system's page: "Åbent punkt" / "Lukket punkt" set above each point's heading.
    text = (
        "Børne- og Skoleudvalget\nReferat\nTirsdag den 9. april 2024 kl. 16.00\n\n"
        "Åbent punkt\n1. Meddelelser\nSagsfremstilling\nFormanden orienterede.\nBeslutning\n"
        "Taget til efterretning.\n\n"
        "Lukket punkt\n2. Køb af ejendom\n\n"
        "Åbent punkt\n3. Ny skolestruktur\nSagsfremstilling\nTre modeller.\nBeslutning\n"
        "Model B blev anbefalet.\n\n"
        "Lukket punkt\n4. Personalesag\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.title, p.closed) for p in m.points] == [
        (1, "Meddelelser", False),
        (2, "Køb af ejendom", True),
        (3, "Ny skolestruktur", False),
        (4, "Personalesag", True),
    ]
    assert m.points[0].decisions[0].text == "Taget til efterretning."
    assert m.points[2].decisions[0].text == "Model B blev anbefalet."


def test_a_status_under_its_heading_stays_the_status_of_that_point() -> None:
    # The status under each heading: a closed point with no body puts it right above the next.
    text = (
        "Referat\nØkonomiudvalget\nMødedato: 3. maj 2022\n\n"
        "1. Regnskab 2021\nÅbent punkt\n\nSagsfremstilling\nRegnskabet viser overskud.\n\n"
        "2. Personalesag\nLukket punkt\n\n"
        "3. Budget 2023\nÅbent punkt\n\nSagsfremstilling\nBudgettet drøftes.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.closed) for p in m.points] == [(1, False), (2, True), (3, False)]


@pytest.mark.parametrize(
    "label",
    [
        "Desuden deltog:",
        "Endvidere deltog:",
        "Også til stede:",
        "Fra forvaltningen:",
        "Also present:",
    ],
)
def test_who_came_besides_the_members_came(label: str) -> None:
    text = (
        "Referat\nTeknik- og Miljøudvalget\nMødedato: 14. marts 2024\n\n"
        "Til stede: Anne Vang (A), Bent Holm (V)\n"
        f"{label} direktør Ole Berg, Afdelingschef Mette Lind under punkt 2 og 3, Eva Dam\n"
        "Fraværende: Dorte Kragh (O)\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "2. Cykelsti\nBeslutning\nGodkendt.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(a.name, a.absent, a.role) for a in m.attendees] == [
        ("Anne Vang", False, "A"),
        ("Bent Holm", False, "V"),
        ("Ole Berg", False, "direktør"),
        ("Mette Lind", False, "under punkt 2 og 3, afdelingschef"),
        ("Eva Dam", False, None),
        ("Dorte Kragh", True, "O"),
    ]


def test_a_markdown_list_of_members_gives_the_names_without_bullets() -> None:
    text = (
        "# Referat – Kultur- og Fritidsudvalget\n\n**Dato:** 3. oktober 2024\n"
        "**Mødeleder:** Hanne Skov\n\n**Deltagere:**\n- Hanne Skov (A)\n- Ib Friis (V)\n\n"
        "## 1. Tilskud til foreningslivet\nUdvalget drøftede puljen.\n\n"
        "## 2. Svømmehal\nSvømmehallen lukker i uge 28-31.\n"
    )
    m = parse_text(text, "x.md")
    assert [(a.name, a.role) for a in m.attendees] == [
        ("Hanne Skov", "A, ordstyrer"),
        ("Ib Friis", "V"),
    ]


@pytest.mark.parametrize("number", ["Møde nr. 4/2024", "Mødenr.: 4", "Ekstraordinært møde nr. 2"])
def test_the_meetings_number_under_the_place_is_no_part_of_the_place(number: str) -> None:
    text = (
        "Referat\nTeknik- og Miljøudvalget\nMødedato: 14. marts 2024\n"
        f"Mødested: Mødelokale 2, Rådhuset\n{number}\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "2. Cykelsti\nBeslutning\nGodkendt.\n"
    )
    m = parse_text(text, "x.txt")
    assert m.location == "Mødelokale 2, Rådhuset"
