"""Round 38 of the reader: forms found misread in layouts_blind31, in invented minutes.

A web page's point table sets each cell as a paragraph of its own, a blank line between: the
"Lukket møde" badge beside a point's title then stands a blank line below it, and the point's
case number and sections follow the badge. It is that point's status, not a group heading over
every point below it (which closed the open point after it and cut off the case number).

A typed protocol scanned to text: the board's name in capitals with a zero for an O
("S0CIALUDVALGET") is read as the name; titles that all end in a period are headings even where
one is long enough to read as a sentence, when the numbering skips it and its case number
follows it; and a page header that ends on the page's bare number ("NØRREBY KOMMUNE    Side
13"), repeated with a rising number, opens a page, so the running lines below it ("Protokol nr.
4", "Socialudvalgets møde den 3/9-91") are furniture, not the text of the point they fall in.
"""

from __future__ import annotations

from pathlib import Path

from indexer.models import Meeting
from indexer.parse import parse_file, parse_text
from indexer.read import remove_furniture

SECRET = "Grunden Kildevej 9 købes af Aase Thorning"


def _file(tmp_path: Path, name: str, text: str) -> Meeting:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return parse_file(path)


def _row(n: int, title: str, case: str, body: str, badge: str = "") -> str:
    extra = f'<span class="status">{badge}</span>' if badge else ""
    return f"""
<div class="punkt"><table>
  <tr><td>{n}.</td><td><h3>{title}</h3>{extra}</td></tr>
  <tr><td>Sag:</td><td>{case}</td></tr>
  <tr><td>Sagsfremstilling:</td><td><p>{body}</p></td></tr>
  <tr><td>Beslutning:</td><td><p>Godkendt.</p></td></tr>
</table></div>"""


def _page(rows: str) -> str:
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Referat - Teknisk Udvalg - 02-06-2026</title></head>
<body><main><h1>Teknisk Udvalg</h1><p>Referat</p><p>Mødedato: 02-06-2026</p>
<h2>Dagsorden</h2>
<ol><li>Godkendelse af dagsorden</li><li>Køb af grund til boliger</li>
<li>Eventuelt</li></ol>
{rows}
</main></body></html>"""


def test_a_badge_beside_a_title_closes_that_point_alone(tmp_path: Path) -> None:
    rows = (
        _row(1, "Godkendelse af dagsorden", "26-0011", "Dagsordenen foreligger.")
        + _row(2, "Køb af grund til boliger", "26-2290", SECRET, badge="Lukket møde")
        + _row(3, "Eventuelt", "26-0011", "Intet at bemærke.")
    )
    meeting = _file(tmp_path, "moede.html", _page(rows))
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (1, "26-0011", False),
        (2, "26-2290", True),
        (3, "26-0011", False),
    ]
    assert SECRET not in " ".join(s.text for p in meeting.points for s in p.sections)
    assert meeting.points[2].sections


def test_a_closed_group_heading_above_the_next_heading_still_closes_the_points_below() -> None:
    text = """Referat

Teknisk Udvalg

Mødedato: 02-06-2026

1. Vejplan 2026

Sagsfremstilling
Planen vedtages.

Lukket møde

2. Personalesag

Sagsfremstilling
Sagen drøftes.

3. Salg af jord

Sagsfremstilling
Sagen drøftes.
"""
    meeting = parse_text(text, "teknisk-udvalg/2026-06-02.txt")
    assert [p.closed for p in meeting.points] == [False, True, True]


TYPED = """NØRREBY KOMMUNE                                    Side 12
                                                   Protokol nr. 4
S0CIALUDVALGET

Mødet den 3/9-91 kl. 16.00 på rådhuset.

1)   Meddelelser.

     J.nr. 00.01.A00

     Formanden orienterede om kursus for nye medlemmer.

     Taget til efterretning.

2)   Tilskud til varmestuen i Nørreby, 1991.

     J.nr. 20.11.00 Ø40

     Varmestuen har søgt om 40.000 kr. til drift i vinterhalvåret.

     Tiltrådt.

NØRREBY KOMMUNE                                    Side 13
                                                   Protokol nr. 4
Socialudvalgets møde den 3/9-91

3)   Plejehjemmet Lindely, nye senge.

     J.nr. 27.12.00 G01

     Der indkøbes 12 nye plejesenge til i alt 96.000 kr.

     Godkendt.
"""


def test_a_board_in_capitals_with_a_zero_for_an_o_is_read(tmp_path: Path) -> None:
    meeting = _file(tmp_path, "protokol.txt", TYPED)
    assert (meeting.board, meeting.date.isoformat()) == ("Socialudvalget", "1991-09-03")


def test_a_one_for_an_i_in_a_board_in_capitals_is_read() -> None:
    text = "ØKONOM1UDVALGET\n\nMødet den 3/9-91 kl. 16.00.\n\n" + TYPED.split(
        "kl. 16.00 på rådhuset.\n\n", 1
    )[1].replace("NØRREBY KOMMUNE", "Nørreby")
    meeting = parse_text(text, "protokol.txt")
    assert meeting.board == "Økonomiudvalget"


def test_a_long_title_ending_in_a_period_heads_the_point_the_numbering_skips(
    tmp_path: Path,
) -> None:
    meeting = _file(tmp_path, "protokol.txt", TYPED)
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (1, "Meddelelser", "00.01.A00"),
        (2, "Tilskud til varmestuen i Nørreby, 1991", "20.11.00 Ø40"),
        (3, "Plejehjemmet Lindely, nye senge", "27.12.00 G01"),
    ]
    assert "40.000 kr." in meeting.points[1].sections[0].text
    assert "40.000 kr." not in meeting.points[0].sections[0].text


def test_a_numbered_sentence_without_a_case_number_stays_body_text() -> None:
    text = TYPED.replace("     J.nr. 20.11.00 Ø40\n\n", "")
    meeting = parse_text(remove_furniture([text]), "socialudvalget/protokol.txt")
    assert [p.number for p in meeting.points] == [1, 3]


def test_a_page_header_with_its_bare_number_opens_a_page_and_its_running_lines_go() -> None:
    text = remove_furniture([TYPED])
    assert "Protokol nr. 4" in text.split("Meddelelser")[0]  # the first page's title stays
    body = text.split("Meddelelser", 1)[1]
    for furniture in ("Side 13", "Protokol nr. 4", "Socialudvalgets møde den 3/9-91"):
        assert furniture not in body
    assert "Der indkøbes 12 nye plejesenge" in body


def test_a_line_ending_on_a_page_once_is_no_page_header() -> None:
    head = "NØRREBY KOMMUNE" + " " * 36
    text = TYPED.replace(head + "Side 13\n", "Se bilaget          Side 13\n")
    text = text.replace(head + "Side 12\n", "")
    kept = remove_furniture([text])
    assert "Socialudvalgets møde den 3/9-91" in kept
