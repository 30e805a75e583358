"""Round 76 of the reader: the forms layouts_blind68 (measured once, now spent) missed, in
invented words.

- A typed text file (printed with form feeds, a footer "Town Kommune   Board   date   Side N"
  atop each later page) underlined each point's title with tildes ("~~~~~~~~") and gave no
  numbers. Only "-----" and "=====" underlined a title, so no line read as a point heading and
  the whole file was refused. A run of tildes underlines a title as the other rules do.
- Its pages were joined line to line once the footer was gone, so the last title, atop the
  next page, ran into the decision that ended the page above. A page that opens or ends with a
  blank line (its header or footer stood between blank lines) is now a paragraph apart.
- Its titles over a case line were found as points without numbers, and the one point with no
  case line ("Eventuelt" over its tildes, then "Beslutning:") fell into the point above as a
  section. Where the file underlines every such title, the underlined titles are its points.
- A PDF labelled the case "KLE/sagsnr.: 04.04.00-G01-2-19" (the KLE label joined to the case
  field by a slash): no label rule read it, so the line was taken as part of the title, and
  atop a later page (under the running header) as a running line and dropped. The KLE label
  before the case field names one value, the case's number.
"""

from __future__ import annotations

from pathlib import Path

from indexer.headings import case_number
from indexer.parse import parse_file
from indexer.read import remove_furniture

# --- A typed file: titles underlined with tildes, footers between pages ------------------------


def _typed(titles: list[tuple[str, str | None, str]]) -> str:
    out = ["", "   SØBAKKE KOMMUNE", "", "   REFERAT", "", "   Kulturudvalget"]
    out += ["   Mødedato: 02.10.2012  kl. 17.00", "   Sted    : Rådhuset, lokale 3", "", ""]
    for n, (title, case, decision) in enumerate(titles):
        if n == 2:
            out += [
                "",
                "",
                f"   Søbakke Kommune    Kulturudvalget 02.10.2012        Side {n}",
                "\f",
            ]
            out += ["   Søbakke Kommune    Kulturudvalget 02.10.2012        Side 2", "", ""]
        out += [f"   {title}", "   " + "~" * len(title)]
        if case:
            out += [f"   Sagsnr.  {case}"]
        out += ["", "   Beslutning:", f"   {decision}", ""]
    return "\n".join(out) + "\n"


def test_titles_underlined_with_tildes_head_points(tmp_path: Path) -> None:
    path = tmp_path / "kultur.txt"
    path.write_text(
        _typed(
            [
                ("Godkendelse af dagsorden", "12/0011", "Godkendt."),
                ("Tilskud til byens musikskole", "12/2207", "Der gives 12.000 kr."),
                ("Nye åbningstider på biblioteket", "12/2290", "Taget til efterretning."),
                ("Eventuelt", None, "Intet."),
            ]
        ),
        encoding="utf-8",
    )
    meeting = parse_file(path)
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden", "12/0011"),
        (2, "Tilskud til byens musikskole", "12/2207"),
        (3, "Nye åbningstider på biblioteket", "12/2290"),
        (4, "Eventuelt", None),
    ]
    assert "Intet." in meeting.text[meeting.points[3].start : meeting.points[3].end]


def test_a_title_without_a_case_line_is_no_section_of_the_point_above(tmp_path: Path) -> None:
    path = tmp_path / "kultur.txt"
    path.write_text(
        _typed(
            [
                ("Godkendelse af dagsorden", "12/0011", "Godkendt."),
                ("Tilskud til byens musikskole", "12/2207", "Der gives 12.000 kr."),
                ("Eventuelt", None, "Næste møde er 6. november."),
            ]
        ),
        encoding="utf-8",
    )
    points = parse_file(path).points
    assert [p.title for p in points] == [
        "Godkendelse af dagsorden",
        "Tilskud til byens musikskole",
        "Eventuelt",
    ]
    assert all(s.name != "Eventuelt" for s in points[1].sections)


def test_a_page_break_between_blank_lines_stays_a_paragraph_break() -> None:
    pages = [
        "Referat\nByrådet 02.10.2012\n\nBeslutning:\nGodkendt.\n\nSøbakke Kommune   Side 1\n",
        "Søbakke Kommune   Side 2\n\nEventuelt\n~~~~~~~~~\nIntet.\n\nSøbakke Kommune   Side 2\n",
    ]
    text = remove_furniture(pages)
    assert "Godkendt.\n\nEventuelt" in text
    # A sentence that runs on over the break is still joined line to line.
    flowing = [
        "Titel\n\nFørste side slutter med\n\nSide 1",
        "Side 2\n\nanden side, der fortsætter.\n\nSide 2",
    ]
    assert "slutter med\nanden side" in remove_furniture(flowing)


# --- The KLE label joined to the case field -------------------------------------------------------


def test_kle_label_joined_to_the_case_label_reads_the_case() -> None:
    assert case_number("KLE/sagsnr.: 27.03.10-P20-4-21") == ("27.03.10-P20-4-21", False)
    assert case_number("KLE-nr./Sagsnr. 27.03.10-P20-4-21") == ("27.03.10-P20-4-21", False)
    assert case_number("KLE/Sagsnr.: 21/4410") == ("21/4410", False)
    assert case_number("KLE/sagsnr.: 27.03.10-P20-4-21 (Lukket)") == ("27.03.10-P20-4-21", True)
    # A KLE number alone files the subject, never the case; a title is no metadata line.
    assert case_number("KLE: 27.03.10") == (None, False)
    assert case_number("KLE og sagsnumre i nyt system") is None


def test_kle_case_line_atop_later_pages_is_no_running_line() -> None:
    head = "Egely Kommune · Byrådet · Referat 4. maj 2021"
    pages = [
        f"{head}\nREFERAT\nByrådet\n\n51 Ny bro over åen\nKLE/sagsnr.: 05.01.00-G01-1-21\n"
        "Sagsfremstilling\nBroen er slidt.\nSide 1 af 3",
        f"{head}\n52 Cykelsti til skolen\nKLE/sagsnr.: 05.04.00-G01-2-21\n"
        "Sagsfremstilling\nStien anlægges.\nSide 2 af 3",
        f"{head}\n53 Navngivning af vej\nKLE/sagsnr.: 05.02.00-G01-3-21\n"
        "Sagsfremstilling\nVejen får navn.\nSide 3 af 3",
    ]
    text = remove_furniture(pages, "\n\n")
    assert text.count("KLE/sagsnr.:") == 3
    assert text.count(head) == 1  # the first page's title stays, the running header goes


def test_kle_case_line_under_a_pdf_heading_is_no_part_of_the_title(tmp_path: Path) -> None:
    path = tmp_path / "byraad.txt"
    path.write_text(
        "Referat\nByrådet\nTirsdag den 4. maj 2021\n\n"
        "51 Ny bro over åen\nKLE/sagsnr.: 05.01.00-G01-1-21\nSagsfremstilling\nBroen er slidt.\n"
        "Beslutning\nGodkendt.\n\n"
        "52 Cykelsti til skolen\nKLE/sagsnr.: 05.04.00-P20-2-21\nSagsfremstilling\n"
        "Stien anlægges.\nBeslutning\nGodkendt.\n",
        encoding="utf-8",
    )
    points = parse_file(path).points
    assert [(p.number, p.title, p.case_number) for p in points] == [
        (51, "Ny bro over åen", "05.01.00-G01-1-21"),
        (52, "Cykelsti til skolen", "05.04.00-P20-2-21"),
    ]
