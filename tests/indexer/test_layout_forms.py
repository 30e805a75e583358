"""Layout forms met in other municipalities' archives (issue 14), each in invented minutes.

Each test holds a form the reader once missed: a heading label, a board's name, a case-number
label or a closed mark, written the way a secretary of any municipality might write it.
"""

from __future__ import annotations

from datetime import date

import pytest

from indexer.parse import parse_text


@pytest.mark.parametrize("label", ["Ad {n}.", "Ad {n})", "Ad punkt {n}:", "AD {n}."])
def test_ad_headings_answer_the_agenda_point_by_point(label: str) -> None:
    # An agenda list first, then the minutes answer each point under "Ad N.".
    heads = [label.format(n=n) for n in (1, 2, 3)]
    text = (
        "Referat af møde i Seniorrådet\nmandag den 2. marts 2015 kl. 10.00\n\n"
        "Dagsorden:\n1. Godkendelse af dagsorden\n2. Høring om bustakster\n3. Eventuelt\n\n"
        f"{heads[0]} Godkendelse af dagsorden\nGodkendt.\n\n"
        f"{heads[1]} Høring om bustakster\nSagsnr.: 13.05.02-P20-3-15\n"
        "Rådet drøftede de nye takster for pensionistkort.\n\n"
        "Beslutning:\nRådet anbefaler uændrede takster.\n\n"
        f"{heads[2]} Eventuelt\nIntet.\n"
    )
    m = parse_text(text, "x.txt")
    assert (m.board, m.date) == ("Seniorrådet", date(2015, 3, 2))
    assert [(p.number, p.title, p.case_number) for p in m.points] == [
        (1, "Godkendelse af dagsorden", None),
        (2, "Høring om bustakster", "13.05.02-P20-3-15"),
        (3, "Eventuelt", None),
    ]
    assert "pensionistkort" in m.points[1].sections[0].text


def test_ad_in_body_text_is_no_heading() -> None:
    text = (
        "Referat\n\nSeniorrådet den 2. marts 2015\n\nPunkt 1: Bustakster\n\nSagsnr.: 15/88\n\n"
        "Sagsfremstilling\n\nad 2 omgange blev taksterne hævet.\n"
    )
    m = parse_text(text, "x.txt")
    assert [p.number for p in m.points] == [1]
    assert "ad 2 omgange" in m.points[0].sections[0].text


def test_sag_numbered_headings_and_a_closed_one() -> None:
    text = (
        "Beslutningsprotokol\n\nForretningsudvalget\n\nMødet den 4. maj 2023 kl. 9.00\n\n"
        "Sag 1. Ny cykelsti langs åen\n\nSagsnr.: 23/1101\n\nResumé\n\n"
        "Stien koster 3 mio. kr.\n\nBeslutning\n\nGodkendt.\n\n"
        "Sag 2. Lukket sag: Køb af areal\n\nSagsnr.: 23/1202\n\n"
        "Resumé\n\nKøbesummen er hemmelig.\n\nBeslutning\n\nGodkendt.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.title, p.case_number, p.closed) for p in m.points] == [
        (1, "Ny cykelsti langs åen", "23/1101", False),
        (2, "Lukket sag: Køb af areal", "23/1202", True),
    ]
    assert m.points[1].sections == ()
    assert "hemmelig" not in m.text


@pytest.mark.parametrize(
    ("line", "board"),
    [
        ("Hovedudvalget (HMU)", "Hovedudvalget (HMU)"),
        ("Handicaprådet (DHR)", "Handicaprådet (DHR)"),
    ],
)
def test_board_named_with_its_short_name(line: str, board: str) -> None:
    text = (
        f"Åby Kommune        Dagsorden\n{line}\n\n"
        "Mødetidspunkt: Tirsdag 9. februar 2021, kl. 13.00\n\n"
        "Punkt 1: Sygefravær\nSagsnr.: 21/100\nFraværet faldt.\n"
    )
    m = parse_text(text, "x.txt")
    assert (m.board, m.date, m.kind) == (board, date(2021, 2, 9), "dagsorden")


def test_case_number_in_the_last_cell_of_a_heading_row() -> None:
    # A saved web page: each heading is a table row, the case number in its right-hand cell.
    text = (
        "Kulturudvalget\tREFERAT\n\nDato: 2018-04-10 15:00\n\n"
        # A first point with a plain body: its case number on the row shows it is a heading.
        "1. Orientering\tSagsID 51200\n\nFormanden orienterede om sommerens koncerter.\n\n"
        "Beslutning i Kulturudvalget den 10.04.2018:\n\nTaget til efterretning.\n\n"
        "2. Nyt tag på musikhuset\tSagsID 51234\n\nSagsfremstilling\n\nTaget utæt.\n\n"
        "Beslutning i Kulturudvalget den 10.04.2018:\n\nGodkendt.\n\n"
        "3. Lukket: Køb af maleri\tSagsID 51240\n\nPrisen er aftalt.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.title, p.case_number, p.closed) for p in m.points] == [
        (1, "Orientering", "51200", False),
        (2, "Nyt tag på musikhuset", "51234", False),
        (3, "Lukket: Køb af maleri", "51240", True),
    ]
    assert "Prisen" not in m.text


def test_esdh_label_marks_the_case_number_of_unnumbered_points() -> None:
    # No numbers: each title stands above its "ESDH:" case line.
    text = (
        "Kommunalbestyrelsen\n\nReferat · Mandag den 3. februar 2020 kl. 18:00\n\n"
        "Godkendelse af dagsorden\n\nESDH: S2020-00011\n\nBeslutning\n\nGodkendt.\n\n"
        "Ny hal i Østby\n\nESDH: S2019-00432\n\nSagsfremstilling\n\nHallen koster 40 mio. kr.\n\n"
        "Beslutning\n\nGodkendt.\n\n"
        "Lukket punkt: Salg af jord\n\nESDH: S2020-00050\n\nKøber er Østby Maskinhandel.\n\n"
        "Beslutning\n\nGodkendt.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.title, p.case_number, p.closed) for p in m.points] == [
        (1, "Godkendelse af dagsorden", "S2020-00011", False),
        (2, "Ny hal i Østby", "S2019-00432", False),
        (3, "Lukket punkt: Salg af jord", "S2020-00050", True),
    ]
    assert "Maskinhandel" not in m.text


def test_short_list_item_numbered_back_is_no_point() -> None:
    # Points numbered on from earlier meetings; a body list "1. ... 3. ..." above "Bilag".
    text = (
        "Referat af møde i Idrætsudvalget\nDen 05.09.2016 kl. 17:00\n\n"
        "41. Fordeling af baner\nJournalnr. 2016/0711\nSagsfremstilling\n"
        "Forvaltningen har fulgt disse regler for fordelingen af baner:\n"
        "1. Klubber med ungdomshold får først tildelt baner om eftermiddagen.\n"
        "2. Hold fra sidste sæson beholder så vidt muligt deres faste tider.\n"
        "3. Nye klubber får resten.\nBilag\n- Baneoversigt\n"
        "Udvalgets beslutning den 05.09.2016:\nGodkendt.\n\n"
        "42. Nyt klubhus\nJournalnr. 2016/0802\nSagsfremstilling\nTegninger er klar.\n"
    )
    m = parse_text(text, "x.txt")
    assert [p.number for p in m.points] == [41, 42]
    assert "Nye klubber får resten." in m.points[0].text


@pytest.mark.parametrize(
    ("title", "board"),
    [
        ("SENIORRÅDET I HVIDSØ KOMMUNE\n\nReferat\n", "Seniorrådet"),
        ("Hvidsø Kommune\n\nReferat fra ordinært møde i Handicaprådet\n", "Handicaprådet"),
        ("Referat fra ekstraordinært møde i Seniorrådet\n", "Seniorrådet"),
    ],
)
def test_board_in_a_capital_title_or_after_the_kind_of_meeting(title: str, board: str) -> None:
    text = (
        f"{title}tirsdag den 3. marts 2015 kl. 10.00\n\n"
        "Ad 1) Godkendelse af dagsorden\nGodkendt.\n\n"
        "Ad 2) Eventuelt\nIntet.\n"
    )
    m = parse_text(text, "x.txt")
    assert (m.board, m.date) == (board, date(2015, 3, 3))
    assert [p.title for p in m.points] == ["Godkendelse af dagsorden", "Eventuelt"]


def test_unnumbered_capital_headings_above_a_case_system_label_and_a_short_date() -> None:
    # No numbers: each point is a title in capitals above "Acadre: ..." (the case system alone
    # labels the case number), and the meeting's date is written "2/9-11".
    text = (
        "Miljøudvalget\n\nReferat af møde 2/9-11 kl. 16.00 på Rådhuset\n\n"
        "Til stede: Anna Berg (formand), Ole Krogh\n\n\n"
        "GODKENDELSE AF DAGSORDEN\nAcadre: 11/401\n\nGodkendt.\n\n\n"
        "NY AFFALDSORDNING FOR SOMMERHUSE\nAcadre: 11/977\n\n"
        "Forvaltningen foreslår tømning hver uge i juli.\n\nBeslutning:\nAnbefales.\n\n\n"
        "EVENTUELT\nAcadre: 11/401\n\nIntet.\n"
    )
    m = parse_text(text, "x.txt")
    assert (m.board, m.date) == ("Miljøudvalget", date(2011, 9, 2))
    assert [(p.number, p.title, p.case_number) for p in m.points] == [
        (1, "GODKENDELSE AF DAGSORDEN", "11/401"),
        (2, "NY AFFALDSORDNING FOR SOMMERHUSE", "11/977"),
        (3, "EVENTUELT", "11/401"),
    ]


def test_esdh_nr_under_an_ad_heading_is_the_case_number() -> None:
    text = (
        "Referat fra møde i Seniorrådet den 3. marts 2015\n\n"
        "Ad 1) Høring om bustakster\nESDH-nr. 212/15\nRådet drøftede taksterne.\n\n"
        "Ad 2) Eventuelt\nIntet.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.title, p.case_number) for p in m.points] == [
        ("Høring om bustakster", "212/15"),
        ("Eventuelt", None),
    ]


def test_sag_nr_with_the_year_numbers_the_point() -> None:
    # "Sag nr. 12/2021" alone, the title on the next line: point 12 of the year's run.
    text = (
        "DAGSORDEN\n\nMiljøudvalget\n\nMødedato: 08.03.2021\n\n"
        "Sag nr. 12/2021\nNy affaldsordning\n\nJ.nr.: 07.00.00-P20-1-21\n\n"
        "Sagsfremstilling:\nForvaltningen foreslår tømning hver uge.\n\n"
        "Sag nr. 13/2021\nVandløbsregulativ\n\nJ.nr.: 06.02.00-P20-2-21\n\n"
        "Sagsfremstilling:\nRegulativet skal revideres.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.title, p.case_number) for p in m.points] == [
        (12, "Ny affaldsordning", "07.00.00-P20-1-21"),
        (13, "Vandløbsregulativ", "06.02.00-P20-2-21"),
    ]


def test_a_title_label_cell_below_a_bare_number_is_no_part_of_the_title() -> None:
    # A label/content table read as text: "Punkt<TAB>1", then "Titel<TAB>...".
    text = (
        "Miljøudvalget\n\nReferat\n\nMødedato:\tmandag d. 8. marts 2021 kl. 16.00\n\n"
        "Punkt\t1\n\nTitel\tNy affaldsordning\n\nSagsnr.\t21/311\n\n"
        "Sagsfremstilling\n\nForvaltningen foreslår tømning hver uge.\n\n"
        "Punkt\t2\n\nTitel\tEventuelt\n\nSagsnr.\t21/100\n\nBeslutning\n\nIntet.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.title, p.case_number) for p in m.points] == [
        (1, "Ny affaldsordning", "21/311"),
        (2, "Eventuelt", "21/100"),
    ]


def test_a_committee_code_before_the_point_number_heads_a_point() -> None:
    # "MTU 12 - Title": a web page's points under the committee's short name and the year's run.
    text = (
        "UDVALG: Miljø- og Teknikudvalget\nMØDEDATO: 04.11.2024\n\n"
        "MTU 12 - Godkendelse af dagsorden\n\nBeslutning i Miljø- og Teknikudvalget den 4. "
        "november 2024\nGodkendt.\n\n"
        "MTU 13 - Ny belysning på Engvej\nSAGSNUMMER: 24/05512\n\nSagsfremstilling\n"
        "Lygtepælene langs Engvej skiftes til LED.\n\n"
        "Beslutning i Miljø- og Teknikudvalget den 4. november 2024\nGodkendt.\n\n"
        "MTU 14 - Køb af areal ved Mosevej\nLukket punkt - indholdet offentliggøres ikke\n"
        "SAGSNUMMER: 24/07781\n\n"
        "MTU 15 - Eventuelt\n\nBeslutning i Miljø- og Teknikudvalget den 4. november 2024\n"
        "Intet.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.title, p.case_number, p.closed) for p in m.points] == [
        (12, "Godkendelse af dagsorden", None, False),
        (13, "Ny belysning på Engvej", "24/05512", False),
        (14, "Køb af areal ved Mosevej", "24/07781", True),
        (15, "Eventuelt", None, False),
    ]


def test_a_code_and_number_in_body_text_is_no_heading() -> None:
    text = (
        "Referat\n\nSeniorrådet den 2. marts 2015\n\nPunkt 1: Bustakster\n\nSagsnr.: 15/88\n\n"
        "Sagsfremstilling\n\nRådet henviser til:\nEU 2019 - Direktivet om tilgængelighed.\n"
    )
    m = parse_text(text, "x.txt")
    assert [p.number for p in m.points] == [1]


def test_group_headings_inside_a_table_of_contents_keep_its_entries_out() -> None:
    # The contents list the open and the closed points under group headings; the last entry of
    # each group is followed by a group heading, not by a body.
    text = (
        "Dagsorden\n\nUdvalg:\tBørneudvalget\nMødedato:\t03.02.2025\n\nIndholdsfortegnelse\n\n"
        "Åben dagsorden\n\n- Nr. 7 - Godkendelse af dagsorden\n\n- Nr. 8 - Ny legeplads\n\n"
        "Lukket dagsorden\n\n- Nr. 9 - Køb af grund\n\n"
        "Åben dagsorden\n\nNr. 7 - Godkendelse af dagsorden\n\nIndstilling\n\nGodkendes.\n\n"
        "Nr. 8 - Ny legeplads\n\nSagsnr.:\t25/311\n\nSagsfremstilling\n\nEn legeplads ved "
        "skolen.\n\nLukket dagsorden\n\nNr. 9 - Køb af grund\n\nSagsnr.:\t25/412\n\nLukket punkt\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.case_number, p.closed) for p in m.points] == [
        (7, None, False),
        (8, "25/311", False),
        (9, "25/412", True),
    ]
