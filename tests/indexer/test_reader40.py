"""Round 40 of the reader: forms found misread in layouts_blind33, in invented minutes.

Minutes saved as Rich Text Format (``.rtf``, what older word processors wrote) were read as
plain text: the control words hid every heading and the file was not read at all. They are now
read through striprtf, paragraph by paragraph, in the file's own code page, without the font
table, the document info and the page headers and footers.

Typed minutes that start each point on a new page open the page with the point's number and the
case's field on one line ("Punkt: 3      Sagsnr.: 12/3456"), the title on the next. Alike but
for the digits at the top of every page, that line was taken for a running header and dropped:
the points were lost. A labelled heading without a title on its line is no running header. The
same field with a dash for a point that has no case ("Sagsnr.: -") is no title either, and a
closed mark alone in the title's place leaves the point without a title line: the section
heading below it, written with a colon ("Sagsfremstilling:"), is no title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import ParseError
from indexer.models import Meeting
from indexer.parse import parse_file, parse_text
from indexer.pipeline import SUPPORTED_SUFFIXES
from indexer.read import decode_text, remove_furniture

# An invented meeting in RTF as a word processor writes it: a font table, document info, a page
# footer, escapes for æøå in the ANSI code page, and one \par per paragraph.
RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}}"
    r"{\info{\title Referat}{\author Kildeby Kommune}}"
    r"{\footer\pard\qc\f0\fs16 Kildeby Kommune - Side \chpgn\par}"
    "\n"
    r"\pard\f0\fs24 {\b KILDEBY KOMMUNE}\par"
    "\n"
    r"\pard\qc {\b Referat af Teknisk Udvalgs m\'f8de}\par"
    "\n"
    r"\pard\qc tirsdag den 9. november 1994 kl. 16.00\par"
    "\n"
    r"\pard\par"
    "\n"
    r"\pard {\ul {\b Punkt 12.  Vedligeholdelse af grusveje}}\par"
    "\n"
    r"\pard J.nr. 05.01.00G01\par"
    "\n"
    r"\pard Vejmanden foresl\'e5r at h\'f8vle 14 km grusvej f\'f8r vinteren.\par"
    "\n"
    r"\pard {\i Udvalgets beslutning: Godkendt.}\par"
    "\n"
    r"\pard\par"
    "\n"
    r"\pard {\ul {\b Punkt 13.  Lukket m\'f8de: K\'f8b af jord}}\par"
    "\n"
    r"\pard J.nr. 01.11.10G01\par"
    "\n"
    r"\pard Ejeren Tove Granh\'f8j tilbyder arealet for 61.000 kr.\par"
    "\n"
    r"\pard\par"
    "\n"
    r"\pard {\ul {\b Punkt 14.  Eventuelt}}\par"
    "\n"
    r"\pard Intet.\par"
    "\n}"
)


def test_minutes_in_rich_text_format_are_read(tmp_path: Path) -> None:
    path = tmp_path / "teknisk_udvalg_1994.rtf"
    path.write_bytes(RTF.encode("ascii"))
    meeting = parse_file(path)
    assert (meeting.board, meeting.date.isoformat(), meeting.kind) == (
        "Teknisk Udvalg",
        "1994-11-09",
        "referat",
    )
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (12, "05.01.00G01", False),
        (13, "01.11.10G01", True),
        (14, None, False),
    ]
    assert meeting.points[0].title == "Vedligeholdelse af grusveje"
    # The escapes are read in the file's code page; control words and groups never reach text.
    assert "foreslår at høvle 14 km grusvej" in meeting.text
    assert "\\" not in meeting.text and "Times New Roman" not in meeting.text
    # The page footer is furniture, the closed point's body never read.
    assert "Side" not in meeting.text
    assert "Granhøj" not in meeting.text and "61.000" not in meeting.text


def test_rtf_is_known_by_its_opening_whatever_the_name() -> None:
    # Word saves RTF under other names too; "{\rtf" opens every RTF file and no plain minutes.
    text = decode_text(RTF.encode("ascii"), Path("gemt_som.txt"))
    assert text.startswith("KILDEBY KOMMUNE")
    assert "{" not in text


def test_a_file_named_rtf_that_is_plain_text_is_read_as_text() -> None:
    text = decode_text("Referat fra mødet\n\nPunkt 1. Eventuelt\n".encode(), Path("noter.rtf"))
    assert text.startswith("Referat fra mødet")


def test_an_rtf_file_without_text_is_an_empty_file() -> None:
    with pytest.raises(ParseError, match="empty file"):
        decode_text(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard\par}", Path("tom.rtf"))


def test_rtf_files_are_indexed() -> None:
    assert ".rtf" in SUPPORTED_SUFFIXES


# Typed minutes, one point to a page: each page opens with the running header and the point's
# number and case field on one line, the title below.
PAGED = """                         VESTERLUND KOMMUNE

                           MILJØUDVALGET

                              REFERAT

Mødedato:   14-okt-1996
Mødetid:    Kl. 15.00

                                                        Side 1 af 4
\fVesterlund Kommune                 Miljøudvalget                14-10-1996
______________________________________________________________________

Punkt: 1                            Sagsnr.: 96/1102
Asfaltering af Skolevej

Sagsfremstilling:
Skolevej har mange huller efter vinteren. Der er afsat 210.000 kr.

Beslutning: Godkendt.

                                                        Side 2 af 4
\fVesterlund Kommune                 Miljøudvalget                14-10-1996
______________________________________________________________________

Punkt: 2                            Sagsnr.: 96/0871
{closed}

Sagsfremstilling:
Grundejer Lis Mariager klager over skel mod kommunens areal.

Beslutning: Afvist.

                                                        Side 3 af 4
\fVesterlund Kommune                 Miljøudvalget                14-10-1996
______________________________________________________________________

Punkt: 3                            Sagsnr.: {dash}
Eventuelt

Formanden takkede for samarbejdet.

Beslutning: Intet.

                                                        Side 4 af 4
"""


def _paged(closed: str = "LUKKET SAG", dash: str = "-") -> Meeting:
    """The paged minutes read as a saved text file is (its furniture removed), then parsed."""
    text = decode_text(PAGED.format(closed=closed, dash=dash).encode(), Path("miljoe.txt"))
    return parse_text(text, "miljoe.txt")


def test_a_point_heading_on_every_page_is_no_running_header() -> None:
    meeting = _paged()
    assert (meeting.board, meeting.date.isoformat()) == ("Miljøudvalget", "1996-10-14")
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (1, "Asfaltering af Skolevej", "96/1102", False),
        (2, "Lukket", "96/0871", True),
        (3, "Eventuelt", None, False),
    ]
    assert "Lis Mariager" not in meeting.text
    # The page's own running header and number are still furniture.
    for point in meeting.points:
        assert all("Side" not in s.text and "14-10-1996" not in s.text for s in point.sections)


@pytest.mark.parametrize("dash", ["-", "–", ""])
def test_a_case_field_without_a_number_is_no_title(dash: str) -> None:
    meeting = _paged(dash=dash)
    assert (meeting.points[-1].title, meeting.points[-1].case_number) == ("Eventuelt", None)


def test_a_section_heading_with_its_colon_is_no_title_below_a_closed_mark() -> None:
    meeting = _paged(closed="Fortroligt")
    point = meeting.points[1]
    assert (point.title, point.closed, point.sections) == ("Lukket", True, ())


def test_a_bare_point_number_at_every_page_top_is_kept_beside_the_running_header() -> None:
    # "Punkt: N" opens three pages of three, alike digits aside: the point's heading, kept;
    # the board and date above it, alike on every page, stay a running header.
    pages = [
        "Ældrerådet 2. maj 2001\nPunkt: 1\nTitel her\nTekst.",
        "Ældrerådet 2. maj 2001\nPunkt: 2\nAnden titel\nMere tekst.",
        "Ældrerådet 2. maj 2001\nPunkt: 3\nTredje titel\nSidste tekst.",
    ]
    text = remove_furniture(pages)
    # (The first page's opening line is the meeting's title, kept; on later pages, furniture.)
    assert text.count("Ældrerådet 2. maj 2001") == 1
    assert [line for line in text.splitlines() if line.startswith("Punkt")] == [
        "Punkt: 1",
        "Punkt: 2",
        "Punkt: 3",
    ]


def test_an_rtf_tables_cells_are_read_as_a_rows_columns() -> None:
    # A point's facts set in a two-column table: each row is read as a Word table's row is,
    # its cells apart by a TAB (striprtf alone writes "|", as a bar in the text does).
    table = (
        r"\trowd\cellx2000\cellx6000\pard\intbl Sagsnr.\cell 94/2231\cell\row"
        "\n"
        r"\trowd\cellx2000\cellx6000\pard\intbl Sagsbehandler\cell Ib Holt\cell\row"
        "\n"
        r"\pard Teksten | med en streg.\par"
    )
    markup = RTF.replace(r"\pard J.nr. 05.01.00G01\par", table)
    text = decode_text(markup.encode("ascii"), Path("udvalg.rtf"))
    assert "Sagsnr.\t94/2231\nSagsbehandler\tIb Holt\n" in text
    assert "Teksten | med en streg." in text
    meeting = parse_text(text, "udvalg.rtf")
    assert meeting.points[0].case_number == "94/2231"
    assert "Ib Holt" not in " ".join(s.text for s in meeting.points[0].sections)
