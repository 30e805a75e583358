"""Round 80 of the reader: the forms layouts_blind72 (measured once after round 79, now spent)
missed, in invented words.

- A PDF agenda numbered its points only in its contents, a committee's code and the number in
  the year's run before each title and the page after one space ("PB 61/25  Title 2"); the
  titles below carried no number. The contents' titles never matched the titles below (the
  page stuck to each), so the points were numbered 1, 2, 3 … and matched no case number of the
  gold. A contents entry's title is compared without a page after one space as well.
- The same agenda gave each point's access beside its case number in columns ("Sagsnr.: …
  Adgang: Undtaget fra offentlighed - offentlighedslovens § 30, nr. 1"): the row read as a case
  number with no status, so the closed point stayed open. A field that asks who may read the
  point, in a cell of its own, is read as that field alone.
- A mail's closed point said "*** Punktet er behandlet som lukket punkt - må ikke offentliggøres
  ***": the note after the dash spoiled the closing sentence. A note that withholds the text
  after a spaced dash is dropped as one after a period is.
- English Markdown minutes gave an item's status after its case with a middle dot ("*Case no.
  …* · **Closed item - not for publication**"): only Danish status words were looked for after
  a case number. The rest of the line, after the glyph that parts the fields, closes the point
  where it is a status or a closing notice alone.
- The guard: a cover letter or note above the points that names a closed point ("Bemærk, at
  punkt 4 er et lukket punkt") closes it, as the approval of the agenda does.
- An XML export named its municipality in an attribute ("myndighed kommune: Egeskær Kommune"):
  an element and its attribute, each an issuer's label, label the issuer's field.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.headings import case_number, closed_points_named, closing_line
from indexer.issuer import issuer_in_line
from indexer.parse import parse_text

CONTENTS = """Dagsorden
Teknik- og Miljøudvalget
Mødetidspunkt: 02.04.2024 kl. 15:00
Indholdsfortegnelse
TM 14/24  Godkendelse af dagsorden 2
TM 15/24  Kommuneplantillæg nr. 4 - vindmøller ved Kragekær 3
TM 16/24  Salg af grund ved Mosevej 4
TM 17/24  Eventuelt 5

Godkendelse af dagsorden
Sagsnr.: 24/0101    Adgang: Åben
Indstilling
At dagsordenen godkendes.

Kommuneplantillæg nr. 4 - vindmøller ved Kragekær
Sagsnr.: 24/0877    Adgang: Åben
Sagsfremstilling
Tre møller på op til 150 meter foreslås nord for Kragekær; området er lukket for jagt.
Indstilling
At forslaget sendes i høring.

Salg af grund ved Mosevej
Sagsnr.: 24/0902    Adgang: Undtaget fra offentlighed - jf. offentlighedslovens § 23
Sagsfremstilling
Køber er tømrermester Vagn Ibsgaard, der byder 845.000 kr.
Indstilling
At grunden sælges.

Eventuelt
Sagsnr.: 24/0101    Adgang: Åben
"""


def test_contents_numbers_the_titles_below_through_its_pages(tmp_path: Path) -> None:
    meeting = parse_text(CONTENTS, str(tmp_path / "teknik-og-miljoeudvalget-2024.pdf"))
    got = [(p.number, p.title, p.case_number, p.closed) for p in meeting.points]
    assert got == [
        (14, "Godkendelse af dagsorden", "24/0101", False),
        (15, "Kommuneplantillæg nr. 4 - vindmøller ved Kragekær", "24/0877", False),
        (16, "Salg af grund ved Mosevej", "24/0902", True),
        (17, "Eventuelt", "24/0101", False),
    ]
    # The closed point's body is never read; the open one that says "lukket" keeps its text.
    assert "Ibsgaard" not in meeting.text and "845.000" not in meeting.text
    assert "lukket for jagt" in meeting.points[1].text


def test_a_title_ending_in_a_number_still_needs_its_own_line(tmp_path: Path) -> None:
    # The page is dropped only to find the title's own line below: without one, no point.
    text = CONTENTS.replace("Salg af grund ved Mosevej\n", "Salg af grund ved Mosevej 4B\n")
    meeting = parse_text(text, str(tmp_path / "teknik-og-miljoeudvalget-2024.pdf"))
    assert 16 not in {p.number for p in meeting.points}


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (
            "Sagsnr.: 24/0902    Adgang: Undtaget fra offentlighed - jf. offentlighedslovens § 23",
            ("24/0902", True),
        ),
        ("Sagsnr.: 24/0902\tAdgang: Lukket – kun til udvalgets medlemmer", ("24/0902", True)),
        ("Sagsnr.: 24/0877\tOffentlighed: Nej", ("24/0877", True)),
        ("Sagsnr.: 24/0877    Adgang: Åben", ("24/0877", False)),
        ("Sagsnr.: 24/0877\tOffentlighed: Ja", ("24/0877", False)),
    ],
)
def test_an_access_field_beside_the_case(line: str, read: tuple[str, bool]) -> None:
    assert case_number(line) == read


@pytest.mark.parametrize(
    "line",
    [
        "Punktet blev behandlet som lukket punkt - må ikke videregives",
        "*** Sagen er behandlet for lukkede døre – må ikke offentliggøres ***",
        "Lukket sag - må ikke videresendes",
    ],
)
def test_a_closing_sentence_with_a_dashed_withholding_note(line: str) -> None:
    assert closing_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Åbent punkt - må ikke offentliggøres før fredag",
        "Referatet er godkendt - må ikke videresendes",
        "Udvalget drøftede, om hallen er lukket i juli - må ikke videregives",
        "Punktet er behandlet som lukket punkt - se bilag 3",
        # A note that goes on in words may say what the point holds: never shown as a notice.
        "Lukket punkt – må ikke videresendes, vedr. en borgers helbred",
    ],
)
def test_a_withholding_note_after_no_closing_closes_nothing(line: str) -> None:
    assert not closing_line(line)


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("*Case no. 22-3-0099* · **Closed item - not for publication**", ("22-3-0099", True)),
        ("Case no. 22-3-0099 · Confidential item", ("22-3-0099", True)),
        ("Sagsnr. 22/1001 | Punktet behandles for lukkede døre", ("22/1001", True)),
        ("*Case no. 22-3-0099* · Open item", ("22-3-0099", False)),
        ("Sagsnr. 22/1001 · Åbent punkt", ("22/1001", False)),
        ("Case no. 22-3-0099 · Closed roads around the school", ("22-3-0099", False)),
    ],
)
def test_a_status_after_the_case_and_a_glyph(line: str, read: tuple[str, bool]) -> None:
    assert case_number(line) == read


ENGLISH = """# Minutes

**Housing Committee** · Municipality of Fyrrebjerg

Meeting: Tuesday 6 June 2023, 17:00

## Item 7: Approval of the agenda

*Case no. 23-5-0001* · Open item

**Decision**

Approved.

## Item 8: Closed roads during the harbour festival

*Case no. 23-5-0140* · Open item

**Decision**

Noted. The roads are closed from Friday to Sunday.

## Item 9: Individual case - housing benefit repayment

*Case no. 23-5-0177* · **Closed item - not for publication**

**Summary**

Tenant Ingeborg Vesterkilde owes DKK 7,615.

**Decision**

The repayment stands.
"""


def test_an_english_item_closed_after_its_case(tmp_path: Path) -> None:
    meeting = parse_text(ENGLISH, str(tmp_path / "housing-committee-2023.md"))
    assert [(p.number, p.closed) for p in meeting.points] == [(7, False), (8, False), (9, True)]
    assert "Vesterkilde" not in meeting.text and "7,615" not in meeting.text
    assert "closed from Friday" in meeting.points[1].text


COVER = """Kære medlemmer af Ældrerådet

Hermed referatet fra mødet den 3. marts 2016. Bemærk, at punkt 3 er et lukket punkt.

Venlig hilsen
Jonna Kær

REFERAT - Ældrerådet - 03.03.2016

Ad 1) Godkendelse af dagsorden
Beslutning: Godkendt.

Ad 2) Lukketider i aktivitetscentret
Sagsfremstilling: Centret er lukket i uge 29 og 30.
Beslutning: Taget til efterretning.

Ad 3) Klage fra en borger
Sagsfremstilling: Borgeren Ejvind Pallesgaard klager over sin visitation.
Beslutning: Klagen sendes videre.

Ad 4) Eventuelt
Beslutning: Intet.
"""


def test_a_cover_note_that_names_a_closed_point_closes_it(tmp_path: Path) -> None:
    meeting = parse_text(COVER, str(tmp_path / "aeldreraadet-2016.eml"))
    assert [(p.number, p.closed) for p in meeting.points] == [
        (1, False),
        (2, False),
        (3, True),
        (4, False),
    ]
    assert "Pallesgaard" not in meeting.text
    assert "uge 29" in meeting.points[1].text


@pytest.mark.parametrize(
    "note",
    [
        "Bemærk, at punkt 3 er et åbent punkt.",
        "Bemærk, at punkt 3 handler om et lukket punkt fra sidste år.",
        "Mødet er et lukket møde for rådets medlemmer, punkt 3 er et møde værd.",
    ],
)
def test_a_cover_note_that_names_no_closing_closes_nothing(tmp_path: Path, note: str) -> None:
    text = COVER.replace("Bemærk, at punkt 3 er et lukket punkt.", note)
    meeting = parse_text(text, str(tmp_path / "aeldreraadet-2016.eml"))
    assert not any(p.closed for p in meeting.points)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Bemærk, at punkt 4 er et lukket punkt; det må ikke videresendes.", {4}),
        ("pkt. 6 er et fortroligt punkt", {6}),
        ("punkt 4 er et lukket møde", set()),
        ("punkt 4 er et punkt om lukket skole", set()),
    ],
)
def test_points_named_closed_with_the_noun(text: str, numbers: set[int]) -> None:
    assert closed_points_named(text) == numbers


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("myndighed kommune: Fyrrebjerg Kommune", "Fyrrebjerg"),
        ("myndighed kommune: Fyrrebjerg", "Fyrrebjerg"),
        ("sted kommune: Fyrrebjerg Kommune", None),  # where they met, not who issues
        ("kommune navn: Fyrrebjerg", None),
    ],
)
def test_an_exports_attribute_names_the_issuer(line: str, name: str | None) -> None:
    assert issuer_in_line(line) == name
