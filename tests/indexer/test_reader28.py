"""Round 28 of the reader: forms found missing in layouts_blind22, in invented minutes.

- A closed group heading ("LUKKET DAGSORDEN") over points whose heading line holds the case
  number and no title ("Punkt 7   Sag nr. 23/19988", the title on the next line) closes them: the
  case number on the heading adds a status, never takes the group's away.
- A case label whose value is a case number in KLE form with the scheme's name before it
  ("Sagsnummer: KLE 09.02.20-P15-2-23") gives the number, as a "KLE-nr.:" label does; loose
  comparison ("KLE 09.02.20-P15-2-23" and "09.02.20-P15-2-23") takes the name for a label.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.headings import case_number
from indexer.models import Meeting, case_key
from indexer.parse import parse_text
from indexer.read import decode_text


def _read(text: str, name: str = "x.txt") -> Meeting:
    return parse_text(decode_text(text.encode("utf-8"), Path(name)), name)


# --- a closed group over headings that hold the case number -------------------------------------

_PROTOCOL = (
    "VESTERBY KOMMUNE\nBYRÅDET\n\nBESLUTNINGSPROTOKOL\n"
    "for byrådets møde tirsdag den 4. marts 2031 kl. 18.00\n\n\nÅBEN DAGSORDEN\n\n"
    "Punkt 1   Sag nr. 31/00011\n          Godkendelse af dagsorden\n\n"
    "          Beslutning i Byrådet den 4. marts 2031:\n          Godkendt.\n\n\n"
    "Punkt 2   Sag nr. 31/00212\n          Ny cykelsti langs Åvej\n\n"
    "          Beslutning i Byrådet den 4. marts 2031:\n          Godkendt med 21 stemmer.\n\n\n"
    "{group}\n\n"
    "Punkt 3   Sag nr. 30/17001\n          Salg af grund på Bakkevej\n\n"
    "          Beslutning i Byrådet den 4. marts 2031:\n"
    "          Solgt til købmand Ejvind Tarp for den budte pris.\n\n\n"
    "Punkt 4   Sag nr. 31/00300\n          Personalesag\n\n"
    "          Beslutning i Byrådet den 4. marts 2031:\n          Indstillingen godkendt.\n\n\n"
    "Mødet hævet kl. 20.10.\n"
)


@pytest.mark.parametrize("group", ["LUKKET DAGSORDEN", "Lukkede punkter", "Lukket del"])
def test_a_closed_group_closes_points_whose_heading_holds_the_case(group: str) -> None:
    m = _read(_PROTOCOL.format(group=group))
    assert [(p.number, p.title, p.case_number, p.closed) for p in m.points] == [
        (1, "Godkendelse af dagsorden", "31/00011", False),
        (2, "Ny cykelsti langs Åvej", "31/00212", False),
        (3, "Salg af grund på Bakkevej", "30/17001", True),
        (4, "Personalesag", "31/00300", True),
    ]
    assert "Tarp" not in m.text[m.points[2].start : m.points[3].end]
    assert not m.points[2].sections and not m.points[3].sections
    assert m.points[1].sections  # the open points keep their decisions


def test_without_a_closed_group_the_points_stay_open() -> None:
    m = _read(_PROTOCOL.format(group=""))
    assert [p.closed for p in m.points] == [False, False, False, False]


# --- a KLE case number after a case label --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sagsnummer: KLE 09.02.20-P15-2-23", ("09.02.20-P15-2-23", False)),
        ("Sagsnr.: KLE 27.12.00-G01-3-31", ("27.12.00-G01-3-31", False)),
        ("Sagsnr.: KLE 27.12.00-G01-3-31 (Lukket)", ("27.12.00-G01-3-31", True)),
        ("KLE-nr.: 13.03.00-G01-2-12", ("13.03.00-G01-2-12", False)),  # as before
    ],
)
def test_a_kle_case_number_after_a_case_label(line: str, expected: tuple[str, bool]) -> None:
    assert case_number(line) == expected


@pytest.mark.parametrize("line", ["Sagsnr.: KLE 13.03.00", "Sagsnr.: KLE", "Emne: KLE 13.03"])
def test_a_kle_subject_alone_is_no_case_number(line: str) -> None:
    found = case_number(line)
    assert found is None or found[0] is None


def test_the_scheme_name_is_no_part_of_the_number_when_compared() -> None:
    assert case_key("KLE 09.02.20-P15-2-23") == case_key("09.02.20-P15-2-23")
    assert case_key("KLE-nr. 09.02.20-P15-2-23") == case_key("09.02.20-P15-2-23")
    assert case_key("KLE 09.02.20-P15-2-23") != case_key("09.02.20-P15-3-23")


def test_a_word_file_with_kle_case_numbers_reads_them() -> None:
    text = (
        "NORDBY KOMMUNE\n\nReferat – Teknik- og Miljøudvalget\n\nMødedato\t3. april 2031\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning i Teknik- og Miljøudvalget den 03-04-2031\n\n"
        "Godkendt.\n\n2. Ny affaldsordning\n\nSagsnummer: KLE 07.00.00-P20-1-31\n\n"
        "Sagsfremstilling\n\nHaveaffald hentes hver 14. dag.\n\n"
        "Beslutning i Teknik- og Miljøudvalget den 03-04-2031\n\nGodkendt.\n\n"
        "3. Fortroligt: Erstatningskrav\n\nSagsnummer: KLE 06.00.05-G01-2-31\n\n"
        "Sagsfremstilling\n\nKravet forliges under navnet Forlig Rønnebær.\n"
    )
    m = _read(text)
    assert [(p.number, p.case_number, p.closed) for p in m.points] == [
        (1, None, False),
        (2, "07.00.00-P20-1-31", False),
        (3, "06.00.05-G01-2-31", True),
    ]
    assert "Rønnebær" not in m.text[m.points[2].start : m.points[2].end]
