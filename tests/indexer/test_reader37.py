"""Round 37 of the reader: forms found misread in layouts_blind30, in invented minutes.

A web page that lists its points as an accordion puts each heading inside its toggle button
("<button aria-controls="panel-2"><h2>2. Title</h2></button>") and folds every panel with
``hidden``: the button is the point's heading, not a control to drop, and the panels of an
accordion that folds every point alike are the page's text, shown on a click. A page that shows
some panels and hides one still hides that one on purpose, and it is never read; so is a panel
hidden by its style as well. A closed point's panel is read like the others and blanked by the
parser under its closed heading, as in plain text; a "Lukket" badge after a title that says
"(lukket)" already adds no second mark.

An English page's table row "Committee<TAB>Finance Committee" (or "Committee: Finance
Committee") is the board's label and its value; without a colon or a TAB "Committee" opens a
board's own name ("Committee for Urban Renewal").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.models import Meeting
from indexer.parse import parse_file, parse_text
from indexer.read import decode_text

SECRET = "Ejendommen Lyngtoften 7 sælges til Hartvig Ulstrup"


def _page(tmp_path: Path, html: str) -> Meeting:
    path = tmp_path / "moede.html"
    path.write_text(html, "utf-8")
    return parse_file(path)


def _item(n: int, title: str, case: str, body: str, *, hidden: str = " hidden") -> str:
    return f"""
<section class="punkt" id="p{n}">
  <button type="button" class="toggle" aria-expanded="false" aria-controls="panel-{n}">
    <h2><span class="nr">{n}.</span> <span class="titel">{title}</span></h2>
  </button>
  <div class="panel" id="panel-{n}"{hidden}>
    <p>Sagsnr.: {case}</p>
    <h3>Sagsfremstilling</h3><p>{body}</p>
    <h3>Beslutning</h3><p>Godkendt.</p>
  </div>
</section>"""


def _accordion(items: str, *, expanded: str = "false") -> str:
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Referat - Plan- og Boligudvalget - 14-05-2026 - Lyngby Sø Kommune</title></head>
<body><main>
<p>Referat</p><h1>Plan- og Boligudvalget</h1>
<dl><dt>Mødedato</dt><dd>14-05-2026</dd><dt>Mødested</dt><dd>Byrådssalen</dd></dl>
<a href="#" data-expand-all>Fold alle punkter ud</a>
{items.replace('aria-expanded="false"', f'aria-expanded="{expanded}"')}
</main></body></html>"""


ITEMS = (
    _item(1, "Godkendelse af dagsorden", "26/00011", "Dagsordenen foreligger.")
    + _item(2, "Boligplan 2026-2030", "26/04417", "Planen rummer 340 nye boliger ved Enghaven.")
    + _item(3, "Salg af ejendom (lukket)", "26/05120", SECRET)
)


def test_a_folded_accordion_is_read_and_its_closed_panel_blanked(tmp_path: Path) -> None:
    meeting = _page(tmp_path, _accordion(ITEMS))
    assert (meeting.board, meeting.date.isoformat(), meeting.kind) == (
        "Plan- og Boligudvalget",
        "2026-05-14",
        "referat",
    )
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden", "26/00011", False),
        (2, "Boligplan 2026-2030", "26/04417", False),
        (3, "Salg af ejendom (lukket)", "26/05120", True),
    ]
    assert "340 nye boliger" in meeting.points[1].sections[0].text
    assert meeting.points[2].sections == ()
    assert SECRET not in meeting.text


def test_a_badge_after_a_title_closed_in_words_adds_no_second_mark(tmp_path: Path) -> None:
    badge = ITEMS.replace(
        "Salg af ejendom (lukket)</span>",
        'Salg af ejendom (lukket)</span> <span class="badge badge-closed">Lukket</span>',
    )
    meeting = _page(tmp_path, _accordion(badge))
    assert (meeting.points[2].title, meeting.points[2].closed) == ("Salg af ejendom (lukket)", True)
    assert SECRET not in meeting.text


def test_a_heading_inside_a_button_is_read_when_nothing_is_folded(tmp_path: Path) -> None:
    shown = ITEMS.replace(" hidden>", ">")
    meeting = _page(tmp_path, _accordion(shown, expanded="true"))
    assert [p.case_number for p in meeting.points] == ["26/00011", "26/04417", "26/05120"]
    assert SECRET not in meeting.text


def test_a_panel_hidden_among_shown_ones_is_never_read(tmp_path: Path) -> None:
    # Points 1 and 2 unfolded, point 3 folded, and its heading says nothing of being closed:
    # the page singles it out, so it stays unread.
    items = (
        _item(1, "Godkendelse af dagsorden", "26/00011", "Dagsordenen foreligger.", hidden="")
        + _item(2, "Boligplan 2026-2030", "26/04417", "Planen rummer 340 boliger.", hidden="")
        + _item(3, "Salg af ejendom", "26/05120", SECRET)
    )
    items = items.replace(
        'aria-expanded="false" aria-controls="panel-1"',
        'aria-expanded="true" aria-controls="panel-1"',
    ).replace(
        'aria-expanded="false" aria-controls="panel-2"',
        'aria-expanded="true" aria-controls="panel-2"',
    )
    meeting = _page(tmp_path, _accordion(items))
    assert [p.number for p in meeting.points] == [1, 2, 3]
    assert SECRET not in meeting.text
    assert meeting.points[2].case_number is None


@pytest.mark.parametrize(
    "panel",
    [
        ' hidden style="display: none"',  # hidden by its style too
        ' hidden class="x" aria-hidden="true" style="visibility:hidden"',
    ],
)
def test_a_panel_hidden_otherwise_too_stays_unread(tmp_path: Path, panel: str) -> None:
    items = ITEMS.replace(
        '<div class="panel" id="panel-3" hidden>', f'<div class="panel" id="panel-3"{panel}>'
    )
    meeting = _page(tmp_path, _accordion(items))
    assert SECRET not in meeting.text
    assert "340 nye boliger" not in meeting.text


def test_one_folded_panel_alone_is_never_read(tmp_path: Path) -> None:
    meeting_text = _accordion(
        _item(1, "Godkendelse af dagsorden", "26/00011", "Dagsordenen foreligger.", hidden="")
        + _item(2, "Salg af ejendom", "26/05120", SECRET)
    )
    # Only point 2's toggle controls a panel the rule could unfold; point 1's is shown.
    meeting_text = meeting_text.replace(
        'aria-expanded="false" aria-controls="panel-1"',
        'aria-expanded="true" aria-controls="panel-1"',
    )
    meeting = _page(tmp_path, meeting_text)
    assert SECRET not in meeting.text


ENGLISH = (
    "Minutes\n\n{row}\n\nDate of meeting\tMonday 9 March 2026\n\n"
    "Item 1: Approval of the agenda\nCase no. 26/210\nDecision: Approved.\n\n"
    "Item 2: Winter maintenance of cycle paths\nCase no. 26/388\nDecision: Approved.\n"
)


def _read(text: str, name: str = "minutes.txt") -> Meeting:
    return parse_text(decode_text(text.encode("utf-8"), Path(name)), name)


@pytest.mark.parametrize(
    ("row", "board"),
    [
        ("Committee\tFinance Committee", "Finance Committee"),
        ("Committee: Finance Committee", "Finance Committee"),
        ("Board:\tYouth Board", "Youth Board"),
        # No colon, no TAB: the word opens the board's own name, no label.
        ("Committee for Urban Renewal", "Committee for Urban Renewal"),
    ],
)
def test_an_english_board_label(row: str, board: str) -> None:
    meeting = _read(ENGLISH.format(row=row))
    assert meeting.board == board
    assert meeting.date.isoformat() == "2026-03-09"
    assert [(p.number, p.case_number) for p in meeting.points] == [(1, "26/210"), (2, "26/388")]
