"""Round 74 of the reader: the forms layouts_blind66 (measured once, now spent) missed, in
invented words.

- A Markdown page printed each point's status as a task list item, its box ticked or left blank
  ("- [ ] Lukket punkt" for an open point, "- [x] Lukket punkt" for a closed one). The bullet
  before the box kept the line from being read as a line of check boxes: the blank box was
  stripped with the bullet and the word alone closed every open point, while the ticked line
  closed nothing (its case label below went unread too). A list's bullet before the first box
  is now passed over, and a line of boxes says by its ticks alone, in every test of a closing.
- The same page set an HTML anchor after each heading's title ("### Sag 4: Title <a
  id="sag-4"></a>"): Markdown passes inline HTML through, and a browser shows no tag, so a
  Markdown file's inline tags are dropped (a "<" in the words is left; a plain text file keeps
  its tags as its words).
- English minutes marked a closed item "Restricted item - exempt from publication (personal
  data)": "restricted" was no closed status. "Restricted" alone as a status line and
  "restricted item/session/matter/business" are now closed statuses (language.RESTRICTED_*);
  beside a title only with the noun ("Restricted parking in the old town" is a matter).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from indexer.headings import case_number, checked_status, closed_title, closing_line, status_line
from indexer.parse import parse_file

# --- A Markdown task list that prints the status of every point ------------------------------

_TASK_LIST_PAGE = """**Egeskov Kommune** · Teknik og Miljø

# Referat: Teknisk Udvalg

| | |
|---|---|
| **Mødedato** | Tirsdag 03.03.2026 |
| **Sted** | Mødelokale 2 |

### Pkt. 21: Godkendelse af dagsorden <a id="pkt-21"></a>

- [ ] Lukket punkt
- Sagsnr.: `26/00031`

**Beslutning**

Godkendt.

### Pkt. 22: Ny belysning på stien ved Egeskov Sø <a id="pkt-22"></a>

- [ ] Lukket punkt
- Sagsnr.: `26/01144`

**Sagsfremstilling**

Stien får 40 nye lamper med bevægelsessensor, så lyset dæmpes om natten.

**Beslutning**

Godkendt.

### Pkt. 23: Erstatningskrav fra en grundejer <a id="pkt-23"></a>

* [X] Lukket punkt
- Sagsnr.: `26/00987`

**Sagsfremstilling**

Grundejeren Vagn Skovhøj kræver 88.500 kr. for en knækket kloakledning.

**Beslutning**

Forvaltningen forhandler videre.

### Pkt. 24: Eventuelt <a id="pkt-24"></a>

- [ ] Lukket punkt
- Sagsnr.: -

**Beslutning**

Intet.
"""


def test_a_task_list_status_closes_only_the_ticked_point(tmp_path: Path) -> None:
    path = tmp_path / "teknisk.md"
    path.write_text(_TASK_LIST_PAGE, encoding="utf-8")
    meeting = parse_file(path)
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (21, "26/00031", False),
        (22, "26/01144", False),
        (23, "26/00987", True),
        (24, None, False),
    ]
    # The ticked point's body is never read; the open points' bodies are.
    assert "Skovhøj" not in meeting.text
    assert "88.500" not in meeting.text
    assert "bevægelsessensor" in meeting.text


def test_an_inline_html_anchor_is_no_part_of_the_title(tmp_path: Path) -> None:
    path = tmp_path / "teknisk.md"
    path.write_text(_TASK_LIST_PAGE, encoding="utf-8")
    meeting = parse_file(path)
    assert meeting.points[1].title == "Ny belysning på stien ved Egeskov Sø"
    assert "<a" not in meeting.text


def test_a_less_than_sign_in_markdown_words_is_kept(tmp_path: Path) -> None:
    page = _TASK_LIST_PAGE.replace(
        "Stien får 40 nye lamper", "Stien får <40 nye lamper, hver med en <b>LED</b>-pære og"
    )
    path = tmp_path / "teknisk.md"
    path.write_text(page, encoding="utf-8")
    meeting = parse_file(path)
    assert "<40 nye lamper, hver med en LED-pære" in meeting.text


def test_a_plain_text_files_tags_are_its_words(tmp_path: Path) -> None:
    # Only a file named Markdown is read as a browser shows it: a .txt keeps its tags.
    path = tmp_path / "teknisk.txt"
    path.write_text(_TASK_LIST_PAGE, encoding="utf-8")
    meeting = parse_file(path)
    assert '<a id="pkt-22"></a>' in meeting.text


@pytest.mark.parametrize(
    ("line", "closed"),
    [
        ("- [ ] Lukket punkt", False),
        ("- [x] Lukket punkt", True),
        ("* [X] Fortroligt", True),
        ("+ [ ] Fortroligt", False),
        ("• ☐ Lukket", False),
        ("• ☒ Lukket", True),
        ("- [ ] Åbent punkt  [x] Lukket punkt", True),
    ],
)
def test_a_bulleted_box_says_the_status_by_its_tick(line: str, closed: bool) -> None:
    assert checked_status(line) is closed
    assert status_line(line) is closed
    assert closing_line(line) is closed
    assert case_number(line) == (None, closed)


@pytest.mark.parametrize("line", ["- [ ] Køb af jord", "- [x] Tilsyn udført", "- Lukket"])
def test_other_list_items_are_no_boxed_status(line: str) -> None:
    assert checked_status(line) is None


# --- A restricted item in English minutes ------------------------------------------------------

_ODF = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
    "{body}</office:text></office:body></office:document-content>"
)


def _odt(body: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", _ODF.format(body=body))
    return out.getvalue()


def _p(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def _h(text: str, level: int = 2) -> str:
    return f'<text:h text:outline-level="{level}">{text}</text:h>'


_RESTRICTED_BODY = "".join(
    [
        _p("Fyrreby Municipality"),
        _h("Senior Citizens' Council", 1),
        _p("Minutes of the meeting on Thursday 12 February 2026, 14:00-16:00, Fyrreby Town Hall"),
        _p("Item 1", "Small"),
        _h("Restricted parking in the old town"),
        _p("Case ref. 26/00410", "Small"),
        _p("Background", "Label"),
        _p("Parking in the old town is limited to two hours on weekdays from March."),
        _p("Item 2", "Small"),
        _h("Appeal concerning home help for a resident"),
        _p("Case ref. 26/00733", "Small"),
        _p("Restricted item - exempt from publication (health data)", "Note"),
        _p("Background", "Label"),
        _p("Mr Bertel Kragh has appealed the cut in his cleaning to every third week."),
        _p("Item 3", "Small"),
        _h("Any other business"),
        _p("Nothing."),
    ]
)


def test_a_restricted_item_is_closed(tmp_path: Path) -> None:
    path = tmp_path / "seniors.odt"
    path.write_bytes(_odt(_RESTRICTED_BODY))
    meeting = parse_file(path)
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (1, "26/00410", False),
        (2, "26/00733", True),
        (3, None, False),
    ]
    assert "Bertel Kragh" not in meeting.text
    assert "every third week" not in meeting.text
    # The open point titled "Restricted parking …" keeps its body.
    assert "two hours on weekdays" in meeting.text


@pytest.mark.parametrize(
    "line",
    [
        "Restricted item",
        "Restricted",
        "RESTRICTED SESSION",
        "Restricted item - exempt from publication (health data)",
        "Restricted matter (commercial interests)",
    ],
)
def test_restricted_statuses_close(line: str) -> None:
    assert closing_line(line)


@pytest.mark.parametrize(
    "title",
    ["Restricted parking in the old town", "Parking zones - restricted", "Restricted access"],
)
def test_restricted_in_a_title_is_a_matter(title: str) -> None:
    assert not closed_title(title)
    assert not closing_line(title)


@pytest.mark.parametrize(
    "title", ["Sale of land (restricted item)", "Restricted item: Sale of land"]
)
def test_a_restricted_mark_beside_a_title_closes_it(title: str) -> None:
    assert closed_title(title)
