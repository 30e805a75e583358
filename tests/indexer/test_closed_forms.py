"""Closed points marked only by their metadata or their group, and headings without a period.

Invented minutes (our own words) in forms a blind set of layouts showed the reader missing:
a Word table row "Sagsnr. | Sagsbehandler | Åben/Lukket", an HTML description list with
"Status: Lukket", points grouped under "LUKKEDE PUNKTER", headings "5 Title", "2<TAB>Title"
and "§ 12. Title", a "Sag:" label, and a numbered sentence list inside a body.
"""

from __future__ import annotations

from pathlib import Path

from indexer.parse import parse_file, parse_text

SECRET = "Hemmelig køber betaler 900.000 kr."


def _closed(text: str, name: str = "x.txt") -> dict[int, tuple[str | None, bool, str]]:
    m = parse_text(text, name)
    return {p.number: (p.case_number, p.closed, p.text) for p in m.points}


def test_a_metadata_table_row_that_says_lukket_closes_the_point() -> None:
    text = (
        "Kulturudvalget - Referat - 4. marts 2024\n\n"
        "1. Tilskud til byfest\n"
        "Sagsnr.\tSagsbehandler\tÅben/Lukket\n"
        "24/0101\tAnne Holm\tÅben\n\n"
        "Sagsfremstilling:\nByfesten får 40.000 kr.\n\n"
        "2. Salg af klubhus\n"
        "Sagsnr.\tSagsbehandler\tÅben/Lukket\n"
        "24/0102\tAnne Holm\tLukket\n\n"
        f"Sagsfremstilling:\n{SECRET}\n"
    )
    points = _closed(text)
    assert points[1][:2] == ("24/0101", False)
    assert points[2][:2] == ("24/0102", True)
    assert "900.000" not in points[2][2] and "Hemmelig" not in parse_text(text, "x.txt").text


def test_status_lukket_in_a_description_list_closes_the_point(tmp_path: Path) -> None:
    html = (
        "<html><body><h1>Referat</h1><p>Udvalg: Miljøudvalget</p><p>Dato: 3. april 2024</p>"
        "<article><h2><span>1</span> Nye stier i skoven</h2><dl><dt>Sagsnummer</dt>"
        "<dd>24/2001</dd><dt>Status</dt><dd>Åben</dd></dl><h3>Sagsfremstilling</h3>"
        "<p>Der anlægges 2 km sti.</p><h3>Beslutning</h3><p>Godkendt.</p></article>"
        "<article><h2><span>2</span> Erstatningskrav</h2><dl><dt>Sagsnummer</dt>"
        f"<dd>24/2002</dd><dt>Status</dt><dd>Lukket</dd></dl><h3>Sagsfremstilling</h3><p>{SECRET}"
        "</p></article></body></html>"
    )
    path = tmp_path / "miljoe.html"
    path.write_text(html, encoding="utf-8")
    m = parse_file(path)
    assert [(p.number, p.case_number, p.closed) for p in m.points] == [
        (1, "24/2001", False),
        (2, "24/2002", True),
    ]
    assert "Hemmelig" not in m.text


def test_points_under_a_closed_group_heading_are_closed_but_not_by_the_contents() -> None:
    text = (
        "Byrådet - Referat - 12. juni 2024\n\nIndhold\nÅBNE PUNKTER\n"
        "  1. Godkendelse af dagsorden ....... 2\n  2. Ny skole ....... 3\n"
        "LUKKEDE PUNKTER\n  3. Køb af jord ....... 4\n\n"
        "ÅBNE PUNKTER\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "2. Ny skole\n\nSag: 2024-000123\n\nSagsfremstilling\nSkolen bygges i 2026.\n\n"
        "Beslutning\nGodkendt.\n\nLUKKEDE PUNKTER\n\n3. Køb af jord\n\nSag: 2024-000124\n\n"
        f"Sagsfremstilling\n{SECRET}\n"
    )
    points = _closed(text)
    assert {n: (c, closed) for n, (c, closed, _t) in points.items()} == {
        1: (None, False),
        2: ("2024-000123", False),
        3: ("2024-000124", True),
    }
    assert "Hemmelig" not in parse_text(text, "x.txt").text


def test_headings_without_a_period_and_with_a_paragraph_sign() -> None:
    tab = (
        "Kommunalbestyrelsen - Referat - 29. januar 2024\n\n1\tGodkendelse af dagsorden\n\n"
        "Beslutning\nGodkendt.\n\n2\tNy daginstitution\n\nSagsnr.: 23/21009\n\n"
        "Sagsfremstilling\nInstitutionen får 6 grupper.\n"
    )
    assert [(p.number, p.title) for p in parse_text(tab, "x.txt").points] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Ny daginstitution"),
    ]
    paragraph = (
        "Planudvalget - Dagsorden - 12. september 2024\n\n§ 31.  Meddelelser\n\n"
        "Sagsnr.: 330-2024-00412\n\nSagsfremstilling\nIngen.\n\n§ 32.  Lokalplan for Kærgården\n\n"
        "Sagsnr.: 330-2024-18810\n\nSagsfremstilling\nPlanen giver 40 boliger.\n"
    )
    assert [(p.number, p.case_number) for p in parse_text(paragraph, "x.txt").points] == [
        (31, "330-2024-00412"),
        (32, "330-2024-18810"),
    ]


def test_a_numbered_sentence_list_in_a_body_is_no_heading() -> None:
    text = (
        "Byrådet - Referat - 26. september 2023\n\n1. Budget 2024\n\nSag: 2023-011287\n\n"
        "Sagsfremstilling\nForliget indebærer bl.a.:\n\n"
        "  1. Uændret skatteprocent på 25,3 for alle borgere i kommunen.\n"
        "  2. Et løft af ældreområdet på 9,5 mio. kr. årligt til flere medarbejdere.\n\n"
        "Beslutning\nVedtaget.\n\n2. Havneplan\n\nSag: 2023-014562\n\nSagsfremstilling\n"
        "Planen igangsættes.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.title, p.case_number) for p in m.points] == [
        (1, "Budget 2024", "2023-011287"),
        (2, "Havneplan", "2023-014562"),
    ]


def test_a_quoted_notice_that_the_point_is_exempt_closes_it() -> None:
    """A portal's markdown quotes the notice ("> Punktet er undtaget fra offentlighed, jf. …"):
    the quote mark is decoration, the notice closes the point as it does unquoted."""
    text = (
        "# Miljøudvalget - Referat - 2. april 2024\n\n"
        "## Punkt 1 - Nye stier ved søen\n\n**Sagsnr.** 24/0301\n\n"
        "### Sagsfremstilling\n\nTo nye stier anlægges.\n\n"
        "## Punkt 2 - Ansøgning om lån\n\n**Sagsnr.** 24/0302\n\n"
        "> Punktet er undtaget fra offentlighed, jf. offentlighedslovens § 30, nr. 2.\n\n"
        f"### Sagsfremstilling\n\n{SECRET}\n\n### Beslutning\n\nAfvist.\n"
    )
    points = _closed(text, "x.md")
    assert points[1][:2] == ("24/0301", False)
    assert points[2][:2] == ("24/0302", True)
    assert "Hemmelig" not in parse_text(text, "x.md").text
