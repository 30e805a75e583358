"""Plain-text forms of minutes a fourth blind set showed the reader missing, in invented minutes.

Two-digit years ("Mødedato: 14.11.13") and "3/3 2007" dates, headings "3    Title" whose
sections are numbered under them ("3.1 Sagsfremstilling"), "Ad pkt. 3 – Title", a table of
contents whose last entry wraps onto its leader line, a point closed by a line of its body
("Punktet behandles for lukkede døre", "Lukket sag"), and an agenda page whose breadcrumb
names "Dagsordener og referater".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from indexer.headings import closing_line, find_date, section_heading, short_date_in
from indexer.parse import parse_file, parse_text
from indexer.read import decode_text

SECRET = "Lodsejer Fjeldgaard kræver 417.000 kr."


def test_a_two_digit_year_is_read_when_the_header_has_no_other_date() -> None:
    text = (
        "Vindeby Kommune\n\nREFERAT\n\nMiljøudvalget\n\nMødedato:     09.02.16\n"
        "Mødetidspunkt: 15:00\n\n1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n"
    )
    m = parse_text(text, "x.txt")
    assert (m.board, m.date, m.start_time) == ("Miljøudvalget", date(2016, 2, 9), "15:00")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Mødedato: 14.11.13", date(2013, 11, 14)),
        ("Teknisk Udvalg 03-04-98", date(1998, 4, 3)),
        ("den 1/7-05", date(2005, 7, 1)),  # day/month-year, the Danish short form
        ("den 1.7-05", None),  # two different separators otherwise: no date
        ("Journalnr.: 17.02.02-P20-4-13", None),  # a KLE number goes on after its digits
        ("Version 1.2.3", None),
        ("31.02.13", None),
    ],
)
def test_two_digit_years(line: str, want: date | None) -> None:
    assert short_date_in(line, today=date(2026, 1, 1)) == want


def test_a_four_digit_date_wins_over_a_two_digit_one() -> None:
    text = (
        "Referat\n\nSocialudvalget\n\nMødedato: 14.11.13\nUdsendt 7. november 2013\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n"
    )
    assert parse_text(text, "x.txt").date == date(2013, 11, 7)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("lørdag 3/3 2007 kl. 10.00", date(2007, 3, 3)),
        ("Beholdningen pr. 31/12 2006 er 9.877 kr.", date(2006, 12, 31)),
        ("Sag 12/3 20071", None),
        ("1/2 1450 kr.", None),  # no plausible year
    ],
)
def test_day_slash_month_space_year(line: str, want: date | None) -> None:
    found = find_date(line)
    assert (found[0] if found else None) == want


def test_lokalraad_minutes_with_ad_pkt_headings() -> None:
    text = (
        "Mølleby Beboerråd\n"
        "Referat af bestyrelsesmøde tirsdag 6/5 2008 kl. 19.00 i klubhuset\n\n"
        "Til stede: Ida Sand (formand), Ole Kirk\nAfbud: Mia Lund\n\n"
        "Dagsorden:\n1. Valg af referent\n2. Legepladsen\n3. Eventuelt\n\n"
        "-----------------------------------\n\n"
        "Ad pkt. 1 – Valg af referent\n\nOle blev valgt.\n\n\n"
        "Ad pkt. 2 – Legepladsen\n\nGyngerne er rådne og skal skiftes før sommerferien.\n\n"
        "Beslutning: Ida indhenter to tilbud.\n\n\n"
        "Ad pkt. 3 – Eventuelt\n\nIntet.\n\nNæste møde: tirsdag 3/6 2008.\n"
    )
    m = parse_text(text, "x.txt")
    assert (m.board, m.date, m.start_time, m.kind) == (
        "Mølleby Beboerråd",
        date(2008, 5, 6),
        "19:00",
        "referat",
    )
    assert [(p.number, p.title) for p in m.points] == [
        (1, "Valg af referent"),
        (2, "Legepladsen"),
        (3, "Eventuelt"),
    ]
    assert "Gyngerne" in m.points[1].sections[0].text


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("3.1 Sagsfremstilling", "Sagsfremstilling"),
        ("12.4. Beslutning", "Beslutning"),
        ("2.2 Økonomi", "Økonomi"),
        ("3.1 Tre nye stier", None),
    ],
)
def test_sub_numbered_section_headings(line: str, want: str | None) -> None:
    found = section_heading(line)
    assert (found[0] if found else None) == want


def test_number_spaces_title_headings_with_sub_numbered_sections() -> None:
    text = (
        "Referat\nKlimaudvalget\n\nMødedato: 5. juni 2023\n\nPunkter på dagsordenen\n\n"
        "1    Godkendelse af dagsorden\n2    Nye cykelstier\n3    Solceller på skolerne\n\n\n"
        "1    Godkendelse af dagsorden\n\n1.1 Beslutning\nGodkendt.\n\n"
        "2    Nye cykelstier\n\nSagsnr.: 23/0450\n\n2.1 Sagsfremstilling\n"
        "Der anlægges 3 km sti langs Mosevej.\n\n2.2 Beslutning\nGodkendt.\n\n"
        "3    Solceller på skolerne\n\nSagsnr.: 23/0451\n\n3.1 Sagsfremstilling\n"
        "Fire skoler får solceller på taget.\n\n3.2 Økonomi\nUdgiften er 2,1 mio. kr.\n\n"
        "3.3 Beslutning\nAnbefales.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.title, p.case_number) for p in m.points] == [
        (1, "Godkendelse af dagsorden", None),
        (2, "Nye cykelstier", "23/0450"),
        (3, "Solceller på skolerne", "23/0451"),
    ]
    assert [s.name for s in m.points[2].sections] == ["Sagsfremstilling", "Økonomi", "Beslutning"]
    assert m.points[2].sections[-1].text == "Anbefales."
    assert m.points[2].decisions[0].decision_date == date(2023, 6, 5)


def test_page_edge_metadata_is_no_running_header(tmp_path: Path) -> None:
    # Every page opens with a point, its case number and its first section: alike but for
    # digits on every page, and still no furniture. The running header and footer are.
    titles = ["Nye cykelstier", "Solceller på skolerne", "Ladestandere", "Skybrudsplan"]
    pages = [
        f"Klimaudvalget 05.06.2023\n\n{n}    {title}\n\nSagsnr.: 23/04{n}0\n\n"
        f"{n}.1 Sagsfremstilling\nTekst til punkt {n}.\n\n{n}.2 Beslutning\nGodkendt.\n\n"
        f"Vindeby Kommune          Side {n} af 4"
        for n, title in enumerate(titles, 1)
    ]
    text = decode_text("\f".join(pages).encode(), tmp_path / "x.txt")
    assert text.count("Sagsnr.: 23/04") == 4 and text.count(".2 Beslutning") == 4
    assert all(f"{n}.1 Sagsfremstilling" in text for n in range(1, 5))
    # The first page's opening line is the title; below it the running header is furniture.
    assert "Side 2 af 4" not in text and text.count("Klimaudvalget 05.06.2023") == 1


def test_a_toc_entry_that_wraps_onto_its_leader_line_is_no_point() -> None:
    text = (
        "REFERAT\n\nBørneudvalget\n\nMødedato: 2. maj 2013\n\nIndholdsfortegnelse\n\n"
        "1.   Godkendelse af dagsorden .................... 2\n"
        "2.   Lukket punkt: Ansættelse af ny leder ved Solsikkens\n"
        "     Børnehus ........................................ 3\n\n"
        "1.   Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
        "2.   Lukket punkt: Ansættelse af ny leder ved Solsikkens Børnehus\n\n"
        f"Journalnr.: 81.03.00-G01-3-13\n\n{SECRET}\n\nBeslutning:\nGodkendt.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.closed) for p in m.points] == [(1, False), (2, True)]
    assert m.points[1].case_number == "81.03.00-G01-3-13"
    assert not m.warnings
    assert "Fjeldgaard" not in m.text


@pytest.mark.parametrize(
    "line",
    [
        "*Punktet behandles for lukkede døre*",
        "Sagen behandles for lukkede døre.",
        "(Punktet blev behandlet på lukket møde)",
        "Lukket sag",
        "FORTROLIGT",
        "Sagen er lukket.",
    ],
)
def test_closing_lines(line: str) -> None:
    assert closing_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Udvalget ønsker, at sagen behandles for lukkede døre på næste møde.",
        "Mødet holdes ikke for lukkede døre.",
        "Lukket for adgang i weekenden",
        "Åben sag",
    ],
)
def test_sentences_about_closed_doors_close_nothing(line: str) -> None:
    assert not closing_line(line)


@pytest.mark.parametrize(
    "mark", ["*Punktet behandles for lukkede døre*", "Sagen behandles for lukkede døre."]
)
def test_a_closing_line_in_the_body_closes_the_point(mark: str) -> None:
    text = (
        "# **Beskæftigelsesudvalget**\n\n## Referat\n\n**Mødetidspunkt:** 13. marts 2012\n\n"
        "### Punkt 1: Ledighed\n\nSagsnr. 12/1187\n\n**Sagsfremstilling**\n\n"
        "Udvalget ønsker, at sagen behandles for lukkede døre på næste møde.\n\n"
        "**Beslutning**\n\nTaget til efterretning.\n\n---\n\n"
        f"### Punkt 2: Klagesag om sygedagpenge\n\nSagsnr. 11/9920\n\n{mark}\n\n{SECRET}\n\n"
        "---\n\n### Punkt 3: Eventuelt\n\n**Beslutning**\n\nIntet.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.case_number, p.closed) for p in m.points] == [
        (1, "12/1187", False),
        (2, "11/9920", True),
        (3, None, False),
    ]
    assert m.points[1].sections == () and m.points[1].title == "Klagesag om sygedagpenge"
    assert "Fjeldgaard" not in m.text and "417.000" not in m.text
    assert "Intet." in m.points[2].sections[0].text


def test_a_lukket_sag_line_further_down_closes_the_point() -> None:
    text = (
        "Referat\n\nTeknisk Udvalg\n\nDato: 4. marts 2024\n\n"
        "Punkt 1 - Vejbelysning\nSags-id: 2024-000111\n\nSagsfremstilling\nNye lamper.\n\n"
        f"Punkt 2 - Forpagtning af cafeteria\nSags-id: 2024-000112\n\nLukket sag\n\n{SECRET}\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.closed) for p in m.points] == [(1, False), (2, True)]
    assert "Fjeldgaard" not in m.text


def test_a_web_agenda_whose_breadcrumb_names_referater_is_a_dagsorden() -> None:
    text = (
        "Spring til indhold\nVindeby Kommune\nMenu\n\n"
        "Forside / Politik / Dagsordener og referater / Kulturudvalget\n\nKulturudvalget\n\n"
        "Dagsorden\n04-03-2024 kl. 16:00\n\n"
        "Punkt 1 - Godkendelse af dagsorden\nÅben sag\n\nIndstilling\nAt dagsordenen godkendes.\n\n"
        "Punkt 2 - Byfest\nÅben sag\nSags-id: 2024-001877\n\nSagsfremstilling\n"
        "Byfesten søger 40.000 kr.\n"
    )
    m = parse_text(text, "x.txt")
    assert (m.board, m.date, m.kind) == ("Kulturudvalget", date(2024, 3, 4), "dagsorden")
    assert [(p.number, p.case_number, p.closed) for p in m.points] == [
        (1, None, False),
        (2, "2024-001877", False),
    ]


def test_a_text_file_with_form_feeds_reads_end_to_end(tmp_path: Path) -> None:
    pages = [
        "Vindeby Kommune\n\nREFERAT\n\nNaturudvalget\n\nMødedato:  09.02.16\n\n"
        "1    Godkendelse af dagsorden\n\n1.1 Beslutning\nGodkendt.\n\nSide 1 af 2",
        "Naturudvalget 09.02.16\n\n2    Shelterplads ved søen\n\nSagsnr.: 16/0211\n\n"
        "2.1 Sagsfremstilling\nDer bygges to shelters.\n\n2.2 Beslutning\nGodkendt.\n\nSide 2 af 2",
    ]
    path = tmp_path / "natur.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    m = parse_file(path)
    assert (m.board, m.date) == ("Naturudvalget", date(2016, 2, 9))
    assert [(p.number, p.case_number) for p in m.points] == [(1, None), (2, "16/0211")]


def test_a_closing_line_under_a_plain_numbered_heading_makes_it_a_point() -> None:
    # "2. Title" has no case number or section below it, only the closing line: still a point,
    # so point 1 keeps its body and point 2 is closed.
    text = (
        "Referat\n\nHavnebestyrelsen\n\nDato: 2. april 2019\n\n"
        "1. Nye bådpladser\n\nSagsfremstilling\nDer laves 12 nye pladser.\n\n"
        f"2. Opsigelse af lejer\n\nPunktet behandles for lukkede døre\n\n{SECRET}\n\n"
        "3. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.closed) for p in m.points] == [(1, False), (2, True), (3, False)]
    assert "12 nye pladser" in m.points[0].sections[0].text
    assert "Fjeldgaard" not in m.text


def test_a_list_of_points_with_a_status_column_is_no_point() -> None:
    """A point list as a table ("Nr.  Åben/Lukket  Titel", ruled off below) repeats the
    headings: the last entry, followed by the rule, is an entry too, and a closed entry's
    status column does not keep it from matching its heading."""
    text = (
        "Solbakke Kommune\n\nDAGSORDEN\n\nKlimaudvalget\n\nMødedato: 3. maj 2021 kl. 16.00\n\n"
        "Nr.   Åben/Lukket   Titel\n" + "-" * 40 + "\n"
        "7.    Åben          Plan for kystsikring ved Havbakken\n"
        "8.    Lukket        Opkøb af strandgrund\n" + "-" * 40 + "\n\n"
        "7. Plan for kystsikring ved Havbakken\n\nSagsnr.: 2021-000711\n\n"
        "Sagsfremstilling\nForvaltningen foreslår diger langs stranden.\n\n"
        "8. Opkøb af strandgrund\n\nSagsnr.: 2021-000812\nÅben/Lukket: Lukket\n\n"
        f"Sagsfremstilling\n{SECRET}\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.title, p.case_number, p.closed) for p in m.points] == [
        (7, "Plan for kystsikring ved Havbakken", "2021-000711", False),
        (8, "Opkøb af strandgrund", "2021-000812", True),
    ]
    assert not m.warnings
    assert all(SECRET not in s.text for p in m.points for s in p.sections)


def test_a_closed_mark_in_a_list_entry_does_not_keep_it_from_its_heading() -> None:
    text = (
        "Solbakke Kommune\n\nTILLÆGSREFERAT\n\nKlimaudvalget\n\nMødedato: 3. maj 2021\n\n"
        "Tillægspunkter:\n  4.  Tilskud til cykelparkering\n  5.  Forlig om vandskade (Lukket)\n\n"
        + "="
        * 40
        + "\n\n4. Tilskud til cykelparkering\nSagsnr.: 21/4410\n\nBeslutning\nGodkendt.\n\n"
        "5. Forlig om vandskade\nSagsnr.: 21/4411\nLukket punkt\n\n"
        f"Sagsfremstilling\n{SECRET}\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.case_number, p.closed) for p in m.points] == [
        (4, "21/4410", False),
        (5, "21/4411", True),
    ]


@pytest.mark.parametrize("control", ["↑ Til toppen", "[Til toppen]", "Til toppen ↑", "» Udskriv"])
def test_a_web_control_with_its_arrow_or_brackets_is_furniture(control: str) -> None:
    text = f"Referat\n\nPunkt 1: Vejbump\nSagsnr.: 24/1\nGodkendt.\n{control}\n\nPunkt 2: Sti\n"
    lines = decode_text(text.encode(), Path("x.txt")).splitlines()
    assert control not in lines
    assert "Godkendt." in lines


def test_a_sentence_about_the_top_is_kept() -> None:
    text = "Referat\n\nPunkt 1: Tårnet\nTil toppen af tårnet er der 80 trin.\n"
    assert "Til toppen af tårnet er der 80 trin." in decode_text(text.encode(), Path("x.txt"))
