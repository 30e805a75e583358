"""Round 36 of the reader: forms found misread in layouts_blind29 and layouts_blind28, in
invented minutes.

An English page of a municipality names its board and then itself ("Town Council, Rypeby
Municipality", "Finance Committee, Municipality of Rypeby"): the municipality is who publishes,
as "Teknisk Udvalg, Rypeby Kommune" reads on a Danish page, so the board is the name before it.
A table's row "Date of meeting<TAB>Tuesday 14 March 2028" is a date's label and its value, no
title naming a board: a page that names no board still says so.

Typed minutes end every title with a period set apart ("Indkøb af fejemaskine ."); a title cut
at a comma goes on below, to that period ("Tilbygning til klubhus ," / "Engvej 12 ."), and the
case number under it is the point's.

A web page's last line of links beside a link to its top ("Til toppen · Alle referater",
"Back to top | Print | Contact: …") is the page's footer, never the last point's text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import ParseError
from indexer.models import Meeting
from indexer.parse import parse_text
from indexer.read import decode_text


def _read(text: str, name: str = "referat.txt") -> Meeting:
    return parse_text(decode_text(text.encode("utf-8"), Path(name)), name)


def _got(meeting: Meeting) -> list[tuple[int, str, str | None, bool]]:
    return [(p.number, p.title, p.case_number, p.closed) for p in meeting.points]


def _stored(meeting: Meeting) -> str:
    return "\n".join(s.text for p in meeting.points for s in p.sections)


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Minutes in brief | Rypeby</title></head>
<body>
<nav><a href="/da">Dansk</a> | <a href="/en">English</a></nav>
<main>
<h1>Minutes in brief</h1>
<p class="intro">{lead}</p>
<table>
<tr><th>Date of meeting</th><td>Tuesday 14 March 2028</td></tr>
<tr><th>Place</th><td>Meeting room 2, Rypeby Town Hall</td></tr>
</table>
<p><em>An unofficial translation for residents who do not read Danish.</em></p>
<h2>Item 1 – Adoption of the agenda</h2>
<p><strong>Decision:</strong> Adopted.</p>
<h2>Item 2 – Winter gritting of cycle paths</h2>
<p>Case no. 28/0412</p>
<p><strong>Summary:</strong> Gritting is extended to 14 km of cycle paths from next winter.</p>
<p><strong>Decision:</strong> Adopted.</p>
<h2>Item 3 – Purchase of a plot at the marina (closed item)</h2>
<p>Case no. 28/0977</p>
<p><strong>Summary:</strong> The seller, Oline Brask Kjærsgaard, asks DKK 3,400,000.</p>
<p><strong>Decision:</strong> Adopted.</p>
<h2>Item 4 – Any other business</h2>
<p><strong>Decision:</strong> None.</p>
</main></body></html>
"""


def test_an_english_pages_board_is_named_before_its_municipality() -> None:
    m = _read(PAGE.format(lead="Town Council, Rypeby Municipality"), "minutes.html")
    assert m.board == "Town Council"
    assert m.date.isoformat() == "2028-03-14"
    assert m.kind == "referat"
    assert _got(m) == [
        (1, "Adoption of the agenda", None, False),
        (2, "Winter gritting of cycle paths", "28/0412", False),
        (3, "Purchase of a plot at the marina (closed item)", "28/0977", True),
        (4, "Any other business", None, False),
    ]
    assert "Kjærsgaard" not in _stored(m)


@pytest.mark.parametrize(
    ("lead", "board"),
    [
        ("Finance Committee, Municipality of Rypeby", "Finance Committee"),
        ("Children and Youth Committee – Rypeby Municipality", "Children and Youth Committee"),
        # The council named in both languages: its Danish name, as round 19 reads it.
        ("City Council (Byrådet), Rypeby Municipality", "Byrådet"),
        # A Danish page reads as before.
        ("Teknisk Udvalg, Rypeby Kommune", "Teknisk Udvalg"),
    ],
)
def test_the_municipality_after_an_english_board_is_its_publisher(lead: str, board: str) -> None:
    assert _read(PAGE.format(lead=lead), "minutes.html").board == board


@pytest.mark.parametrize(
    "lead", ["Rypeby Municipality", "Welcome to the Municipality of Rypeby", "Minutes"]
)
def test_an_english_page_that_names_no_board_says_so(lead: str) -> None:
    # The table's "Date of meeting | Tuesday 14 March 2028" is no board's name either.
    with pytest.raises(ParseError, match="no board"):
        _read(PAGE.format(lead=lead), "minutes.html")


def test_a_row_of_a_board_and_its_date_still_names_the_board() -> None:
    # "Finance Committee<TAB>Tuesday 14 March 2028": the first cell names a board, no label.
    text = PAGE.format(lead="Minutes").replace(
        "<th>Date of meeting</th>", "<th>Finance Committee</th>"
    )
    assert _read(text, "minutes.html").board == "Finance Committee"


TYPED = """              SKOVBÆK KOMMUNE

              FRITIDSUDVALGET

     Referat af møde onsdag den 9. marts 1988 kl. 19.00

  Pkt. 1.    Tilskud til rideklubben .

             J.nr.  88/117

             Klubben søger om 15.000 kr.

             Beslutning :
             Bevilget .

  Pkt. 2.    Tilbygning til klubhus ,
             Engvej 12 .

             J.nr.  88/204

             Boldklubben vil bygge 60 m2 til .

             Beslutning :
             Anbefales .

  Pkt. 3.    Orientering

             Formanden orienterede om sæsonen.

             Beslutning :
             Taget til efterretning .
"""


def test_a_typed_title_cut_at_a_comma_goes_on_to_its_period() -> None:
    m = _read(TYPED)
    assert m.board == "Fritidsudvalget"
    assert m.date.isoformat() == "1988-03-09"
    assert _got(m) == [
        (1, "Tilskud til rideklubben", "88/117", False),
        (2, "Tilbygning til klubhus , Engvej 12", "88/204", False),
        (3, "Orientering", None, False),
    ]
    # The sentence under a title not cut at a comma stays the point's text.
    assert "Formanden orienterede" in m.points[2].sections[0].text


def test_a_sentence_under_a_title_cut_at_a_comma_is_no_title_when_more_text_follows() -> None:
    # Two lines of text under "… klubhus ,": no rest of a title with the body right after it.
    text = TYPED.replace("Engvej 12 .", "Sagen blev udsat.\n             Den tages op igen.")
    m = _read(text)
    assert m.points[1].title.startswith("Tilbygning til klubhus")
    assert "Sagen blev udsat" not in m.points[1].title


MARKDOWN = """# Fritidsudvalget

Referat af mødet 2. maj 2028

## 1. Godkendelse af dagsorden

**Beslutning**
Godkendt.

## 2. Eventuelt

**Beslutning**
Intet.

---

{footer}
"""


@pytest.mark.parametrize(
    "footer",
    [
        "[Til toppen](#fritidsudvalget) · [Alle referater](../index.md)",
        "↑ Til toppen | Udskriv | Kontakt: fritid@skovbaek.dk",
        "Back to top | Print | Contact the Leisure Office: leisure@skovbaek.dk",
    ],
)
def test_a_line_of_links_beside_a_link_to_the_top_is_the_pages_footer(footer: str) -> None:
    m = _read(MARKDOWN.format(footer=footer), "referat.md")
    assert [p.number for p in m.points] == [1, 2]
    assert m.points[-1].sections[-1].text == "Intet."


@pytest.mark.parametrize(
    "last",
    [
        # A sentence beside the link is text: the line is no line of links.
        "Til toppen · Formanden takkede for et godt og konstruktivt møde.",
        # Words about the top in a sentence are no link.
        "The item goes back to top priority next year.",
    ],
)
def test_text_beside_or_about_the_top_stays_the_points(last: str) -> None:
    m = _read(MARKDOWN.format(footer=last), "referat.md")
    assert last in m.points[-1].sections[-1].text
