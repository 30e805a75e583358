"""Round 15 of the reader: forms found missing after round 14, in invented minutes.

A status column in English ("12.   Open   Budget"), a closed status in brackets before the
heading's colon ("Punkt 2 (Lukket): Title"), a closed mark alone on a line with the title on
the next between numbered points, a board named only as "udvalgsmøde" in a sentence, and case
numbers standing above each point's heading.
"""

from __future__ import annotations

import pytest

from indexer.errors import ParseError
from indexer.headings import point_heading, section_heading
from indexer.models import Meeting
from indexer.parse import parse_text


def test_an_open_status_column_in_english_is_no_part_of_the_title() -> None:
    # The bracketed status and the column status read the same words: "Open" beside a title
    # is its status in either place, as "Åben" and "Å" are.
    for line in (
        "12.   Open          Budget for the youth festival",
        "12. (Open) Budget for the youth festival",
    ):
        found = point_heading(line)
        assert found is not None
        assert (found.title, found.closed) == ("Budget for the youth festival", False)
    found = point_heading("12.   L   Salg af jord")
    assert found is not None and (found.title, found.closed) == ("Salg af jord", True)


HEADER = "REFERAT\n\nTeknik- og Miljøudvalget\nMødedato: 14. marts 2030\n\n"
SECRET = "Hemmelighavn"
POINT_1 = "Punkt 1: Godkendelse af dagsorden\nSagsnr.: 30/1001\n\nBeslutning\nGodkendt.\n\n"
POINT_3 = "Punkt 3: Trafikplan\nSagsnr.: 30/1003\n\nBeslutning\nGodkendt.\n"
CLOSED_BODY = f"Sagsfremstilling\nSælger {SECRET} ønsker 4 mio. kr.\n\nBeslutning\nGodkendt.\n\n"


def _read(text: str, path: str = "referater/2030-03-14.txt") -> Meeting:
    return parse_text(text, path)


def _points(m: Meeting) -> list[tuple[int, str, str | None, bool]]:
    return [(p.number, p.title, p.case_number, p.closed) for p in m.points]


def _sealed(m: Meeting) -> bool:
    """The secret of the closed body is nowhere: not in the text, not in a section."""
    return SECRET not in m.text and not any(SECRET in s.text for p in m.points for s in p.sections)


@pytest.mark.parametrize(
    "heading",
    [
        "Punkt 2 (Lukket): Køb af ejendom ved havnen",
        "Punkt 2 [Fortroligt] – Køb af ejendom ved havnen",
        "Punkt 2 (Lukket):\nKøb af ejendom ved havnen",
    ],
)
def test_a_closed_status_before_the_headings_colon_is_no_part_of_the_title(heading: str) -> None:
    # The status stands in the label, before the heading's separator, as "Punkt 1 (Åben):"
    # does: the title is what follows, and the point is closed.
    m = _read(f"{HEADER}{POINT_1}{heading}\nSagsnr.: 30/1002\n\n{CLOSED_BODY}{POINT_3}")
    assert _points(m) == [
        (1, "Godkendelse af dagsorden", "30/1001", False),
        (2, "Køb af ejendom ved havnen", "30/1002", True),
        (3, "Trafikplan", "30/1003", False),
    ]
    assert _sealed(m)


def test_a_closed_status_in_brackets_without_a_separator_stays_in_the_title() -> None:
    found = point_heading("Punkt 2 (Lukket) Køb af ejendom")
    assert found is not None and (found.title, found.closed) == ("(Lukket) Køb af ejendom", True)


def test_a_closed_mark_alone_over_its_title_is_a_closed_point_of_its_own() -> None:
    # Between numbered points and last: "Lukket punkt" / title / case number. Read as text of
    # the point above, the open point was closed and the closed body ran into it.
    text = (
        f"{HEADER}{POINT_1}Fortroligt\nKøb af ejendom ved havnen\nSagsnr.: 30/1002\n\n"
        f"{CLOSED_BODY}{POINT_3}\nLukket punkt\nPersonalesag\nSagsnr.: 30/1004\n\n"
        f"Beslutning\n{SECRET} er ansat.\n"
    )
    m = _read(text)
    assert _points(m) == [
        (1, "Godkendelse af dagsorden", "30/1001", False),
        (2, "Køb af ejendom ved havnen", "30/1002", True),
        (3, "Trafikplan", "30/1003", False),
        (4, "Personalesag", "30/1004", True),
    ]
    assert _sealed(m)


def test_a_closed_mark_under_a_heading_stays_that_points_status() -> None:
    # "Punkt 2: Køb af ejendom" / "Lukket punkt" / "Sagsnr.": the mark right under the heading
    # is the point's own status, no point of its own.
    text = (
        f"{HEADER}{POINT_1}Punkt 2: Køb af ejendom\nLukket punkt\nSagsnr.: 30/1002\n\n"
        f"{CLOSED_BODY}{POINT_3}"
    )
    m = _read(text)
    assert _points(m)[1] == (2, "Køb af ejendom", "30/1002", True)
    assert len(m.points) == 3 and _sealed(m)


def test_a_meeting_word_of_a_kind_of_board_alone_names_no_board() -> None:
    # "udvalgsmøde" says a committee met, not which: the board is read where the file names
    # it, on the next line or in the decision lines, and else is missing.
    body = (
        "1. Godkendelse af dagsorden\nSagsnr.: 30/1001\n\n{d}\nGodkendt.\n\n"
        "2. Trafikplan\nSagsnr.: 30/1003\n\n{d}\nGodkendt.\n"
    )
    title = "Referat af udvalgsmøde i mødelokale 3\n\n"
    plain = body.format(d="Beslutning")
    m = _read(f"{title}Børne- og Skoleudvalget\nMødedato: 14. marts 2030\n\n{plain}")
    assert m.board == "Børne- og Skoleudvalget"
    dated = body.format(d="Beslutning i Børne- og Skoleudvalget den 14. marts 2030")
    m = _read(f"{title}Mødedato: 14. marts 2030\n\n{dated}")
    assert m.board == "Børne- og Skoleudvalget"
    with pytest.raises(ParseError, match="no board"):
        _read(f"{title}Mødedato: 14. marts 2030\n\n{plain}")
    # A board's own meeting word still names it.
    m = _read(f"Referat af skolebestyrelsesmøde\n\nMødedato: 14. marts 2030\n\n{plain}")
    assert m.board == "Skolebestyrelsen"


def test_case_numbers_above_each_heading_are_the_points_below() -> None:
    text = (
        f"{HEADER}Sagsnr.: 30/1001\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "Sagsnr.: 30/1002\n2. Budget 2031\n\nSagsfremstilling\nEt budget.\n\n"
        "Beslutning\nGodkendt.\n\n"
        f"Sagsnr.: 30/1003 (Lukket)\n3. Køb af jord\n\n{CLOSED_BODY}"
        "Sagsnr.: 30/1004\n\n4. Trafikplan\n\nBeslutning\nGodkendt.\n"
    )
    m = _read(text)
    assert _points(m) == [
        (1, "Godkendelse af dagsorden", "30/1001", False),
        (2, "Budget 2031", "30/1002", False),
        (3, "Køb af jord", "30/1003", True),
        (4, "Trafikplan", "30/1004", False),
    ]
    # The case line is no text of the point above.
    assert all("Sagsnr" not in s.text for p in m.points for s in p.sections)
    assert _sealed(m)


def test_case_numbers_written_last_stay_the_points_above() -> None:
    # The other form: each point ends in its case number, the last point too.
    text = (
        f"{HEADER}1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\nSagsnr.: 30/1001\n\n"
        "2. Budget 2031\n\nBeslutning\nGodkendt.\n\nSagsnr.: 30/1002\n\n"
        "3. Trafikplan\n\nBeslutning\nGodkendt.\n\nSagsnr.: 30/1003\n"
    )
    assert [p.case_number for p in _read(text).points] == ["30/1001", "30/1002", "30/1003"]


# --- rules found on layouts_train15 ---------------------------------------------------------


def test_a_decision_label_said_again_under_its_heading_is_one_section() -> None:
    # "Beslutning" / "Beslutning: Godkendt.": an empty section and a second of the same name
    # were read; the label said again opens no section of its own.
    text = (
        f"{HEADER}Punkt 1: Godkendelse af dagsorden\nSagsnr.: 30/1001\n\n"
        "Sagsfremstilling\nDagsordenen.\n\nBeslutning\nBeslutning: Godkendt.\n\n"
        "Punkt 2: Budget\nSagsnr.: 30/1002\n\nBeslutning\nBeslutning: Vedtaget.\n"
    )
    m = _read(text)
    assert [(s.name, s.text) for s in m.points[0].sections] == [
        ("Sagsfremstilling", "Dagsordenen."),
        ("Beslutning", "Godkendt."),
    ]
    assert [d.text for d in m.points[1].decisions] == ["Vedtaget."]


def test_a_board_line_with_its_name_in_the_other_language_in_brackets() -> None:
    text = (
        "NØRREMØLLE MUNICIPALITY\nFinance Committee (Økonomiudvalget)\n"
        "Summary of Minutes - English version\n\nMeeting held: Tuesday 22 April 2025\n\n"
        "Item 1: Approval of the agenda\nCase no. 25/4410\nDecision: Approved.\n"
    )
    assert _read(text).board == "Finance Committee"
    # A short name in brackets stays part of the name, as before.
    assert _read(
        text.replace("Finance Committee (Økonomiudvalget)", "Hovedudvalget (HMU)")
    ).board == ("Hovedudvalget (HMU)")


def test_section_labels_in_other_words() -> None:
    text = (
        f"{HEADER}1. Stadion\nSagsnr.: 30/1001\n\nBeskrivelse af sagen:\nTribunen er slidt.\n\n"
        "Økonomi:\n14,5 mio. kr.\n\nForvaltningen indstiller:\nAt projektet godkendes.\n\n"
        "Beslutning:\nGodkendt.\n"
    )
    m = _read(text)
    assert [(s.name, s.text) for s in m.points[0].sections] == [
        ("Sagsbeskrivelse", "Tribunen er slidt."),
        ("Økonomi", "14,5 mio. kr."),
        ("Indstilling", "At projektet godkendes."),
        ("Beslutning", "Godkendt."),
    ]
    # A sentence that says who recommends is no heading.
    found = section_heading("Forvaltningen indstiller, at projektet godkendes")
    assert found is None


def test_a_site_footer_with_the_owner_and_its_address_ends_the_last_point() -> None:
    text = (
        f"{HEADER}1. Meddelelser\nSagsnr.: 30/1001\n\nSagsfremstilling\nIntet nyt.\n\n---\n\n"
        "*Vesterå Kommune · Rådhustorvet 1 · 7330 Vesterå* · [Til toppen](#)\n"
    )
    assert [s.text for s in _read(text).points[0].sections] == ["Intet nyt."]
    # The address alone in the last point's text, with no owner beside it, stays text.
    text = (
        f"{HEADER}1. Høring\nSagsnr.: 30/1001\n\nSagsfremstilling\nSvar sendes til:\n\n"
        "Rådhustorvet 1 · 7330 Vesterå\n"
    )
    assert "7330 Vesterå" in _read(text).points[0].sections[0].text
