"""Saved web pages: what a browser does not show is never read, the page's structure is kept.

Invented pages (our own words) in the forms a blind set of layouts showed the reader missing: a
closed body in a comment, a hidden block, ``display:none``, ``visibility:hidden`` or
``aria-hidden``; point headings at one HTML level with no numbers; closed marks set apart in a
heading (a badge, a lock icon, an image's alt text); a "LUKKET SAG" table row; case numbers in a
table or a description list; the board and kind only in the page's title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.parse import parse_file
from indexer.read import decode_text

SECRET = "Hemmelig køber på Kragevej betaler 700.000 kr."


def _read(markup: str) -> str:
    return decode_text(markup.encode("utf-8"), Path("side.html"))


def _page(body: str, title: str = "Referat - Miljøudvalget - 02-04-2024") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


@pytest.mark.parametrize(
    "hidden",
    [
        f"<!-- {SECRET} -->",
        f"<!--\n  lukket indhold:\n  {SECRET}\n-->",  # a comment over several lines
        f"<script>var x = '{SECRET}';</script>",
        f"<style>/* {SECRET} */</style>",
        f"<div hidden><p>{SECRET}</p></div>",
        f'<div aria-hidden="true"><p>{SECRET}</p></div>',
        f'<div style="display:none"><p>{SECRET}</p></div>',
        f'<div style="color: red; DISPLAY : none ;"><p>{SECRET}</p></div>',
        f'<section style="visibility: hidden"><h3>Sagsfremstilling</h3><p>{SECRET}</p></section>',
        f"<template><p>{SECRET}</p></template>",
        f'<div class="body hidden"><p>{SECRET}</p></div>',
        f'<div class="d-none"><p>{SECRET}</p></div>',
        f'<iframe src="/lukket.html">{SECRET}</iframe>',
    ],
)
def test_what_a_browser_does_not_show_is_never_read(hidden: str) -> None:
    text = _read(_page(f"<h1>Miljøudvalget</h1><p>Synlig tekst.</p>{hidden}<p>Mere tekst.</p>"))
    assert "Kragevej" not in text and "Hemmelig" not in text
    assert "Synlig tekst." in text and "Mere tekst." in text


@pytest.mark.parametrize(
    "shown",
    [
        '<div class="hidden md:block">{}</div>',  # hidden on a phone, shown on a wider screen
        '<div class="d-none d-lg-block">{}</div>',
        '<div class="collapse">{}</div>',  # folded away, shown on a click
        '<span class="sr-only">{}</span>',  # text for a screen reader
    ],
)
def test_text_a_reader_can_see_or_unfold_is_read(shown: str) -> None:
    assert "Synlig tekst." in _read(_page(shown.format("<p>Synlig tekst.</p>")))


def test_site_header_and_footer_outside_main_are_furniture() -> None:
    text = _read(
        _page(
            '<header><a href="/">Forsiden</a></header><main><h1>Miljøudvalget</h1>'
            "<header><p>Mødets overskrift</p></header><p>Indhold.</p></main>"
            "<footer><p>Rådhusvej 1, Tlf. 70 00 00 00</p></footer>"
            '<div role="contentinfo">Kontakt os</div>'
        )
    )
    assert "Forsiden" not in text and "Rådhusvej" not in text and "Kontakt os" not in text
    assert "Mødets overskrift" in text and "Indhold." in text


def test_the_title_opens_the_text_only_when_it_names_the_minutes() -> None:
    assert _read(_page("<p>Tekst.</p>")).startswith("Referat - Miljøudvalget - 02-04-2024\n")
    # A site's own title ("Dagsordener og referater", the municipality) names no meeting.
    for title in ("Dagsordener og referater | Lindholt Kommune", "Lindholt Kommune"):
        assert _read(_page("<p>Tekst.</p>", title)).startswith("Tekst.")


# The points of a page that numbers none: <h2> titles over <h3> sections.
UNNUMBERED = """
<nav><a href="/">Forside</a> | <a href="/politik">Politik</a></nav>
<p>Referat</p><h1>Miljøudvalget</h1><p>Dato: 2. april 2024, kl. 15.00</p>
<h2>Deltagere</h2><p>Anna Dal, Bo Krag</p>
<section><h2>Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p></section>
<section><h2>Nye stier ved åen</h2><dl><dt>Sagsnr.:</dt><dd>24/3101</dd></dl>
<h3>Sagsfremstilling</h3><p>Der anlægges 3 km sti langs åen.</p>
<h3>Beslutning</h3><p>Godkendt.</p></section>
<section><h2>Erstatning for vandskade <span class="tag"><svg aria-hidden="true">
<use href="#ikon-lock"></use></svg> Lukket punkt</span></h2>
<dl><dt>Sagsnr.</dt><dd>24/3102</dd></dl><div hidden><h3>Sagsfremstilling</h3><p>{secret}</p></div>
</section>
<section><h2>Orientering</h2><ul><li>Sommerens badevand var rent.</li></ul></section>
"""


def test_unnumbered_point_headings_are_numbered_in_order(tmp_path: Path) -> None:
    path = tmp_path / "miljoe.html"
    path.write_text(
        _page(UNNUMBERED.format(secret=SECRET), "Miljøudvalget, referat 2. april 2024"), "utf-8"
    )
    m = parse_file(path)
    assert (m.board, m.date.isoformat(), m.kind, m.start_time) == (
        "Miljøudvalget",
        "2024-04-02",
        "referat",
        "15:00",
    )
    assert [(p.number, p.title, p.case_number, p.closed) for p in m.points] == [
        (1, "Godkendelse af dagsorden", None, False),
        (2, "Nye stier ved åen", "24/3101", False),
        (3, "Erstatning for vandskade (Lukket)", "24/3102", True),
        (4, "Orientering", None, False),
    ]
    assert "Kragevej" not in m.text
    assert "badevand" in m.points[3].text


def test_a_page_that_numbers_its_points_keeps_its_numbers() -> None:
    text = _read(
        _page(
            "<h2>5. Budget</h2><h3>Sagsfremstilling</h3><p>Tekst.</p>"
            "<h2>Eventuelt</h2><h3>Beslutning</h3><p>Intet.</p>"
        )
    )
    assert "\n5. Budget\n" in text and "\n6. Eventuelt\n" in text


@pytest.mark.parametrize(
    "mark",
    [
        '<img src="/ikoner/laas.png" alt="Lukket">',
        '<img src="/img/padlock.svg" alt="">',
        '<i class="fa fa-lock"></i>',
        '<span class="badge">Lukket sag</span>',
        '<span class="status" title="Lukket punkt"></span>',
        '<span aria-label="Lukket punkt">\U0001f512</span>',
        "\U0001f512",
        # The English marks the text reader knows are badges too (one vocabulary).
        '<span class="badge">Confidential</span>',
        '<span class="badge">Exempt</span>',
        '<span class="badge">Closed item</span>',
        '<img src="/i/x.png" alt="Exempt information">',
    ],
)
def test_a_closed_mark_set_apart_in_a_heading_closes_the_point(tmp_path: Path, mark: str) -> None:
    path = tmp_path / "miljoe.html"
    path.write_text(
        _page(
            "<h1>Miljøudvalget</h1><p>Dato: 2. april 2024</p>"
            "<h2>1. Nye stier</h2><p>Sagsnr.: 24/3101</p><h3>Sagsfremstilling</h3><p>Sti.</p>"
            f"<h2>2. Køb af jord {mark}</h2><p>Sagsnr.: 24/3102</p>"
            f"<h3>Sagsfremstilling</h3><p>{SECRET}</p>"
        ),
        "utf-8",
    )
    m = parse_file(path)
    assert [(p.number, p.closed) for p in m.points] == [(1, False), (2, True)]
    assert "Kragevej" not in m.text


def test_a_lukket_sag_table_row_closes_the_point(tmp_path: Path) -> None:
    row = (
        '<table class="punkt"><tr><td><b>{n}</b></td><td><b>{title}</b></td></tr>'
        "<tr><td>&nbsp;</td><td><i>Sag: {case}</i></td></tr><tr><td>&nbsp;</td><td>{body}</td></tr>"
        "</table>"
    )
    body = (
        '<table><tr><td class="menu">Forside | Politik | Kontakt</td><td>'
        "<table><tr><td><b>Byrådet</b></td></tr><tr><td><b>REFERAT</b></td></tr>"
        "<tr><td>Mødedato:</td><td>15.05.2008 kl. 19.00</td></tr></table>"
        + row.format(
            n=71,
            title="Ny skolebus",
            case="2008/0101",
            body="<b>Sagsfremstilling</b><br>Bussen kører fra august.<br><b>Beslutning</b><br>"
            "Godkendt.",
        )
        + row.format(
            n=72,
            title="LUKKET SAG - Salg af grund",
            case="2008/0102",
            body=f'<!-- lukket -->\n<span class="lukket_tekst">{SECRET}</span>',
        )
        + "</td></tr></table>"
    )
    path = tmp_path / "byraad.html"
    path.write_text(_page(body, "Byrådet - Referat 15.05.2008"), "utf-8")
    m = parse_file(path)
    assert (m.board, m.kind) == ("Byrådet", "referat")
    assert [(p.number, p.case_number, p.closed) for p in m.points] == [
        (71, "2008/0101", False),
        (72, "2008/0102", True),
    ]
    assert "Kragevej" not in m.text


def test_the_title_gives_the_kind_where_a_contents_list_says_dagsorden(tmp_path: Path) -> None:
    path = tmp_path / "teknik.html"
    path.write_text(
        _page(
            '<aside><h4>Punkter</h4><ol><li><a href="#p1">Godkendelse af dagsorden</a></li></ol>'
            "</aside><h1>Referat<br>Teknikudvalget</h1>"
            "<table><tr><th>Mødedato</th><td>2. april 2024</td></tr></table>"
            "<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>"
            "<h2>2. Vejbump</h2><table><tr><th>Sagsnr.</th><td>24/0990</td></tr></table>"
            "<h3>Sagsfremstilling</h3><p>Tre vejbump.</p><h3>Beslutning</h3><p>Godkendt.</p>",
            "Referat - Teknikudvalget - 02-04-2024 - Lindholt Kommune",
        ),
        "utf-8",
    )
    m = parse_file(path)
    assert (m.board, m.kind) == ("Teknikudvalget", "referat")
    assert [(p.number, p.case_number) for p in m.points] == [(1, None), (2, "24/0990")]


def test_a_lock_icon_in_a_table_row_or_bold_line_closes_the_point(tmp_path: Path) -> None:
    row = (
        "<table><tr><td><b>{n}</b></td><td><b>{title}</b>{icon}</td></tr>"
        "<tr><td></td><td>Sag: {case}</td></tr><tr><td></td><td>{body}</td></tr></table>"
    )
    body = (
        "<p><b>Byrådet</b></p><p>Mødedato: 15.05.2008</p>"
        + row.format(
            n=7, title="Ny skolebus", icon="", case="2008/0101", body="Bussen kører. Godkendt."
        )
        + row.format(
            n=8,
            title="Salg af grund",
            icon=' <img src="/gfx/laas.gif" alt="">',
            case="2008/0102",
            body=SECRET,
        )
    )
    path = tmp_path / "byraad.html"
    path.write_text(_page(body, "Byrådet - Referat 15.05.2008"), "utf-8")
    m = parse_file(path)
    assert [(p.number, p.case_number, p.closed) for p in m.points] == [
        (7, "2008/0101", False),
        (8, "2008/0102", True),
    ]
    assert "Kragevej" not in m.text
    # A CMS page with bold paragraphs for headings and a lock image after the title.
    path.write_text(
        _page(
            "<p><b>Ungdomsrådet</b><br>Mandag d. 15/8-2016</p>"
            "<p><strong>Sag 1. Busplan</strong></p><p>Rådet svarer.</p><p>Beslutning: Godkendt.</p>"
            "<p><strong>Sag 2. Ansøgning fra en forening</strong> "
            f"<img src='x.png' alt='Lukket sag'></p><p>{SECRET}</p>",
            "Referat fra Ungdomsrådets møde 15. august 2016",
        ),
        "utf-8",
    )
    m = parse_file(path)
    assert m.board == "Ungdomsrådet"
    assert [(p.number, p.closed) for p in m.points] == [(1, False), (2, True)]
    assert "Kragevej" not in m.text


def test_a_closed_word_inside_a_sentence_is_left_as_written() -> None:
    text = _read(_page("<p>Mødet var <em>lukket</em> for pressen.</p>"))
    assert "Mødet var lukket for pressen." in text


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ('<h2 class="agenda-item closed">', "</h2>"),
        ('<div class="punkt lukket"><h2>', "</h2>"),
        ('<h2 data-closed="true">', "</h2>"),
        ('<section data-status="Fortroligt"><h2>', "</h2>"),
    ],
)
def test_a_heading_styled_closed_closes_the_point(
    tmp_path: Path, opening: str, closing: str
) -> None:
    path = tmp_path / "miljoe.html"
    tail = "</div>" if opening.startswith("<div") else "</section>" if "section" in opening else ""
    path.write_text(
        _page(
            "<h1>Miljøudvalget</h1><p>Dato: 2. april 2024</p>"
            "<h2>1. Nye stier</h2><p>Sagsnr.: 24/3101</p><h3>Sagsfremstilling</h3><p>Sti.</p>"
            f"{opening}2. Køb af jord{closing}<p>Sagsnr.: 24/3102</p>"
            f"<h3>Sagsfremstilling</h3><p>{SECRET}</p>{tail}"
        ),
        "utf-8",
    )
    m = parse_file(path)
    assert [(p.number, p.title, p.closed) for p in m.points] == [
        (1, "Nye stier", False),
        (2, "Køb af jord", True),
    ]
    assert "Kragevej" not in m.text


def test_a_folded_panel_is_no_closed_point(tmp_path: Path) -> None:
    # "closed" alone in a class is a panel's state (folded), not a point's access.
    path = tmp_path / "miljoe.html"
    path.write_text(
        _page(
            "<h1>Miljøudvalget</h1><p>Dato: 2. april 2024</p>"
            '<div class="accordion closed"><h2>1. Nye stier</h2><p>Sagsnr.: 24/3101</p>'
            "<h3>Sagsfremstilling</h3><p>Stien forlænges.</p></div>"
        ),
        "utf-8",
    )
    m = parse_file(path)
    assert [(p.number, p.closed) for p in m.points] == [(1, False)]
    assert "Stien forlænges." in m.points[0].text


def test_a_read_only_form_gives_its_values_under_their_labels(tmp_path: Path) -> None:
    # Meeting facts in form boxes: a browser shows the values, so the reader reads them.
    body = (
        '<h1>Referat - Forældrerådet</h1><form onsubmit="return false">'
        '<div><label for="d">Dato</label><input id="d" type="text" readonly '
        'value="5 March 2025"></div>'
        '<div><label for="s">Sted:</label><input id="s" readonly value="Biblioteket"></div>'
        '<input type="hidden" name="token" value="a1b2c3"><input type="submit" value="Gem">'
        "</form><p>Mødet den 12. februar 2025 blev refereret sidst.</p>"
        "<h2>1. Legepladsen</h2><h3>Beslutning</h3><p>Godkendt.</p>"
    )
    text = _read(_page(body, "Forældrerådet"))
    assert "Dato: 5 March 2025" in text.splitlines()
    assert "Sted: Biblioteket" in text.splitlines()
    assert "a1b2c3" not in text and "Gem" not in text
    path = tmp_path / "raad.html"
    path.write_text(_page(body, "Forældrerådet"), "utf-8")
    assert str(parse_file(path).date) == "2025-03-05"


def test_a_table_with_a_row_per_point_reads_as_points(tmp_path: Path) -> None:
    row = "<tr><td>{n}</td><td>{title}</td><td>{text}</td></tr>"
    body = (
        "<h1>Referat - Menighedsrådet</h1><p>Dato: 2. april 2025</p>"
        "<table><tr><th>Nr.</th><th>Emne</th><th>Referat</th></tr>"
        + row.format(n=1, title="Godkendelse af dagsorden", text="Godkendt.")
        + row.format(
            n=2,
            title="Nyt tag på præstegården",
            text="Tilbuddet fra tømreren på 410.000 kr. blev godkendt af et enigt råd.",
        )
        + row.format(n=3, title="Personalesag<br><b>Lukket punkt</b>", text=SECRET)
        + row.format(n=4, title="Eventuelt", text="Intet.")
        + "</table>"
    )
    path = tmp_path / "raad.html"
    path.write_text(_page(body, "Menighedsrådet"), "utf-8")
    m = parse_file(path)
    assert [(p.number, p.closed) for p in m.points] == [
        (1, False),
        (2, False),
        (3, True),
        (4, False),
    ]
    assert m.points[1].title == "Nyt tag på præstegården"
    assert "410.000 kr." in m.points[1].text
    assert "Kragevej" not in m.text


def test_a_contents_table_of_titles_alone_stays_a_table() -> None:
    body = (
        "<table><tr><th>Pkt.</th><th>Emne</th><th>Side</th></tr>"
        "<tr><td>1</td><td>Godkendelse af dagsorden</td><td>2</td></tr>"
        "<tr><td>2</td><td>Budget</td><td>3</td></tr></table>"
    )
    assert "1\tGodkendelse af dagsorden\t2" in _read(_page(body)).splitlines()


@pytest.mark.parametrize(
    "heading",
    [
        '<h2>2. <span class="badge">Confidential</span> Køb af jord</h2>',
        '<h2>2. Køb af jord <span class="badge">Closed item</span></h2>',
        '<h2>2. Køb af jord <span class="badge">Lukket punkt</span></h2>',
    ],
)
def test_a_badge_before_or_joined_after_the_title_becomes_one_mark(
    tmp_path: Path, heading: str
) -> None:
    # A badge before the title ran into it ("Confidential Køb af jord" reads as no mark) or
    # after it ("Køb af jord Closed item"): either way the badge is set after the title as
    # "(Lukket)", the one form the parser reads, and the title keeps its own words.
    path = tmp_path / "udvalg.html"
    path.write_text(
        _page(
            "<h1>Miljøudvalget</h1><p>Dato: 2. april 2024</p>"
            "<h2>1. Nye stier</h2><p>Sagsnr.: 24/3101</p><h3>Sagsfremstilling</h3><p>Sti.</p>"
            f"{heading}<p>Sagsnr.: 24/3102</p><h3>Sagsfremstilling</h3><p>{SECRET}</p>"
        ),
        "utf-8",
    )
    m = parse_file(path)
    assert [(p.title, p.closed) for p in m.points] == [
        ("Nye stier", False),
        ("Køb af jord (Lukket)", True),
    ]
    assert "Kragevej" not in m.text and m.points[1].sections == ()


def test_a_data_status_in_english_closes_the_point(tmp_path: Path) -> None:
    path = tmp_path / "udvalg.html"
    path.write_text(
        _page(
            "<h1>Miljøudvalget</h1><p>Dato: 2. april 2024</p>"
            "<h2>1. Nye stier</h2><p>Sagsnr.: 24/3101</p><h3>Sagsfremstilling</h3><p>Sti.</p>"
            '<div data-status="confidential"><h2>2. Køb af jord</h2><p>Sagsnr.: 24/3102</p>'
            f"<h3>Sagsfremstilling</h3><p>{SECRET}</p></div>"
        ),
        "utf-8",
    )
    m = parse_file(path)
    assert [(p.number, p.closed) for p in m.points] == [(1, False), (2, True)]
    assert "Kragevej" not in m.text
