"""Round 21 of the reader: forms found missing in layouts_blind16, in invented minutes.

A board's seminar held over two days, its date written "onsdag den 14. og torsdag den 15. maj
2025" (a weekday before each day): the meeting is dated by its first day. Its agenda is a
programme grouped under each day's heading ("Torsdag den 15. maj 2025 kl. 09.00 - 12.00"): the
whole list is the agenda, none of its entries a point, and the next day's heading after a
point's decision is no text of that decision. A closed mark on a line of its own under a point's
heading and case number ("FORTROLIGT - UDELADT AF PROTOKOLLEN") is that point's status, never a
point of its own. Typed minutes titled "Protokol for Sognerådets møde": "Protokol" is what the
document is, the board follows it. An export's case field with a dash for its value
("Sagsnr.:   -") is the point's metadata, no text of its body.
"""

from __future__ import annotations

import pytest

from indexer.headings import find_date
from indexer.parse import parse_text

SEMINAR = """SØNDERHAV VARMEVÆRK A.M.B.A.

REFERAT
af bestyrelsesmøde nr. 3/2025
holdt som seminar onsdag den 14. og torsdag den 15. maj 2025
på Hotel Klitly, Strandgade 4


Deltagere: Poul Aagaard (formand), Rikke Dahl, Mogens Lund
Referent: Bente Krogh

PROGRAM

Onsdag den 14. maj 2025 kl. 14.00 - 18.00
  Pkt. 1  Godkendelse af dagsorden
  Pkt. 2  Varmepris 2025/26
  Pkt. 3  Udskiftning af fjernvarmerør i Bakkely

Torsdag den 15. maj 2025 kl. 09.00 - 12.00
  Pkt. 4  Geotermi - forundersøgelse
  Pkt. 5  Fratrædelse af driftsleder
  Pkt. 6  Eventuelt


ONSDAG DEN 14. MAJ 2025
-----------------------

Pkt. 1  Godkendelse af dagsorden

Dagsordenen blev godkendt.


Pkt. 2  Varmepris 2025/26
Sagsnr. 2025-017

Prisen pr. MWh foreslås sat ned fra 690 kr. til 655 kr. inkl. moms.

Bestyrelsens beslutning:
Godkendt.


Pkt. 3  Udskiftning af fjernvarmerør i Bakkely
Sagsnr. 2025-022

Rørene fra 1974 udskiftes i tre etaper.

Bestyrelsens beslutning:
Etape 1 sættes i udbud.


TORSDAG DEN 15. MAJ 2025
------------------------

Pkt. 4  Geotermi - forundersøgelse
Sagsnr. 2025-031

En boring ved Nørremark kan give varme til 900 husstande.

Bestyrelsens beslutning:
Forundersøgelsen igangsættes.


Pkt. 5  Fratrædelse af driftsleder
Sagsnr. 2025-040

FORTROLIGT - UDELADT AF PROTOKOLLEN

Driftsleder Jens Borre fratræder med seks måneders løn.

Bestyrelsens beslutning:
Godkendt.


Pkt. 6  Eventuelt

Intet.
"""

WANT = [
    (1, "Godkendelse af dagsorden", None, False),
    (2, "Varmepris 2025/26", "2025-017", False),
    (3, "Udskiftning af fjernvarmerør i Bakkely", "2025-022", False),
    (4, "Geotermi - forundersøgelse", "2025-031", False),
    (5, "Fratrædelse af driftsleder", "2025-040", True),
    (6, "Eventuelt", None, False),
]


def test_a_meeting_over_two_days_is_dated_by_its_first() -> None:
    meeting = parse_text(SEMINAR, "varmevaerk/referat.txt")
    assert meeting.date.isoformat() == "2025-05-14"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("holdt som seminar onsdag den 14. og torsdag den 15. maj 2025", "2025-05-14"),
        ("ONSDAG DEN 14. OG TORSDAG DEN 15. MAJ 2025", "2025-05-14"),
        ("Seminar den 2. og d. 3. oktober 2024", "2024-10-02"),
        ("Seminar 2.-3. oktober 2024", "2024-10-02"),
        ("Away day held on Monday 9 and Tuesday 10 June 2025", "2025-06-09"),
        # A day more than a meeting's days before stays apart: the date is the one written.
        ("Vedtaget den 1. og drøftet mandag den 15. maj 2024", "2024-05-15"),
        ("jf. punkt 3 og 13. maj 2024", "2024-05-13"),
    ],
)
def test_the_first_of_a_meetings_days_with_their_weekdays(line: str, day: str) -> None:
    found = find_date(line)
    assert found is not None and found[0].isoformat() == day


def test_a_programme_grouped_by_day_is_the_agenda_not_points() -> None:
    meeting = parse_text(SEMINAR, "varmevaerk/referat.txt")
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == WANT
    assert not any("appears twice" in w for w in meeting.warnings)


def test_the_next_days_heading_is_no_text_of_a_decision() -> None:
    meeting = parse_text(SEMINAR, "varmevaerk/referat.txt")
    decision = [s.text for s in meeting.points[2].sections if s.is_decision]
    assert decision == ["Etape 1 sættes i udbud."]


def test_a_date_a_body_names_stays_its_text() -> None:
    # "Næste møde" names a later date: no day of this meeting, the point's own text.
    text = SEMINAR.replace("Intet.", "Næste møde:\n\nTirsdag den 17. juni 2025 kl. 16.00")
    meeting = parse_text(text, "varmevaerk/referat.txt")
    assert "17. juni 2025" in meeting.points[-1].sections[-1].text


def test_a_closed_mark_under_a_heading_and_its_case_closes_that_point() -> None:
    meeting = parse_text(SEMINAR, "varmevaerk/referat.txt")
    assert len(meeting.points) == 6
    assert meeting.points[4].closed and meeting.points[4].sections == ()
    assert "Jens Borre" not in meeting.text


TYPED = """                 VESTERLUND KOMMUNE

        Protokol for Sognerådets møde
        tirsdag den 9. marts 1993 kl. 19.00
        på skolen.

1.  Meddelelser.

    Formanden orienterede om vintervedligeholdelsen.

2.  Salg af byggegrund, Egevej 7.
    Sag nr. 31

    Beslutning:
    Grunden sælges for 148.000 kr.
"""


@pytest.mark.parametrize(
    ("title", "board"),
    [
        ("Protokol for Sognerådets møde", "Sognerådet"),
        ("PROTOKOL FOR SOGNERÅDETS MØDE", "Sognerådet"),
        ("Protokol for Sognerådet", "Sognerådet"),
        ("Mødeprotokol for Teknisk Udvalg", "Teknisk Udvalg"),
        ("Forhandlingsprotokol for Byrådets møde", "Byrådet"),
        # OCR's "1" for an "l" inside the board's name.
        ("Protokol for Skolebestyre1sens møde", "Skolebestyrelsen"),
    ],
)
def test_a_protocols_title_word_is_no_part_of_the_board(title: str, board: str) -> None:
    meeting = parse_text(TYPED.replace("Protokol for Sognerådets møde", title), "x/1993.txt")
    assert meeting.board == board
    assert meeting.kind == "referat"


EXPORT = """REFERAT
Udvalg:       Ældre- og Sundhedsudvalget
Mødedato:     11.03.2025

Punkt 1 - Nyt fra formanden
-----------------------------------------
Sagsnr.:      -
Status:       Åben

Beslutning:
Orienteringen blev taget til efterretning.

Punkt 2 - Demensvenlig kommune
-----------------------------------------
Sagsnr.:      25/3310
Status:       Åben

Beslutning:
Godkendt.
"""


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_case_field_with_a_dash_is_metadata_not_body(dash: str) -> None:
    # From layouts_blind16 04: an export writes the field of a point with no case number.
    meeting = parse_text(EXPORT.replace("Sagsnr.:      -", f"Sagsnr.:      {dash}"), "x/r.txt")
    assert [(p.number, p.case_number) for p in meeting.points] == [(1, None), (2, "25/3310")]
    assert [s.text for s in meeting.points[0].sections] == [
        "Orienteringen blev taget til efterretning."
    ]
