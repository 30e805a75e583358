"""Round 50 of the reader: the layouts layouts_blind42's first read missed.

- An old protocol's line between two points that turns the rest of the meeting closed without
  naming its subject ("Derefter behandledes for lukkede døre:"): the points below it are
  closed, their bodies never read.
- An OCR'd header whose date holds letters for digits ("den 2l. oktober l998"): read with the
  letters as the digits OCR mistook, when no line gives a date as written.
- A board's own case, labelled by the board's word joined to "sag" ("Lokalrådssag
  LR-2026-03"), under a point's heading.
- A company's name heading the paper beside its meeting ("Kærby Vandværk a.m.b.a.  ·
  Bestyrelsesmøde 3. marts 2015") and "Referat af bestyrelsesmøde" under it: the board is
  "Bestyrelsen for <company>", as "Bestyrelsesmøde i <company>" reads in one line. (A company's
  name alone above "Bestyrelsen" stays "Bestyrelsen": earlier sets' golds name that board so.)
- A council's word in the spelling before 1948 ("Byraadet"): the board in today's spelling
  ("Byrådet"); a place's "aa" is kept.
- A typed title wrapped under a hanging indent ("Punkt 1.   Godkendelse af protokollen fra
  mødet" / "den 7. marts 1977." in the title's column, a blank line under it): its rest is the
  title's, not the body's, with no case number under it too.
- The last point's text ends before an e-mail's disclaimer typed over two lines (its first
  line alone read as one before), a rule above the sender's address, and a row of the
  members' signatures set apart by tabs.

Every text here is invented for this test.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from indexer.headings import case_number
from indexer.models import Meeting
from indexer.parse import parse_file


def _parse(tmp_path: Path, name: str, text: str) -> Meeting:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


_PROTOCOL = """\
                    TANGBORG KOMMUNE

                    B Y R A A D E T

           Forhandlingsprotokol for mødet
           mandag den 4. april 1977 kl. 19.00 paa raadhuset.

Tilstede: Borgmester Ib Lund (formand), Karl Bo, Hans Ravn.

---------------------------------------------------------------

Punkt 1.   Vejbelysning paa Kirkevej.
           J.nr. 77/012

           Vedtaget at opsætte 6 nye master.

---------------------------------------------------------------

Punkt 2.   Meddelelser.

           Borgmesteren meddelte, at skolen er færdig.

---------------------------------------------------------------

           Derefter behandledes for lukkede døre:

Punkt 3.   Køb af ejendom.
           J.nr. 77/019

           Byraadet vedtog at købe Mosegaarden af Jens Kvist Lauridsen
           for 212.000 kr.

---------------------------------------------------------------

Punkt 4.   Personalesag.

           Vejmand Ole Fjord Thomsen fik en advarsel.

---------------------------------------------------------------

           Mødet hævet kl. 21.40.
"""


def test_a_lead_without_subject_closes_the_points_below(tmp_path: Path) -> None:
    m = _parse(tmp_path, "tangborg_byraad_1977.txt", _PROTOCOL)
    assert [(p.number, p.closed) for p in m.points] == [
        (1, False),
        (2, False),
        (3, True),
        (4, True),
    ]
    texts = "\n".join(s.text for p in m.points for s in p.sections)
    for secret in ("Jens Kvist Lauridsen", "212.000 kr.", "Ole Fjord Thomsen"):
        assert secret not in texts
    assert "Vedtaget at opsætte 6 nye master." in texts


def test_an_old_councils_word_in_todays_spelling(tmp_path: Path) -> None:
    m = _parse(tmp_path, "tangborg_byraad_1977.txt", _PROTOCOL)
    assert m.board == "Byrådet"


_OCR = """\
SKOVRUP KORNMUNE                                     Side l


          ÆLDRERÅDET

          R E F E R A T  af møde tirsdag den l3. maj l997
          kl. lO.OO i Rådhusets mødesal


1. Godkendelse af dagsorden

Godkendt.


2. Bænke langs Søstien
J.nr. 05.13.00-G01-2-97

Rådet ønsker 4 nye bænke.
"""


def test_an_ocr_date_with_letters_for_digits(tmp_path: Path) -> None:
    m = _parse(tmp_path, "skovrup_aeldreraad.txt", _OCR)
    assert m.date == date(1997, 5, 13)
    assert [p.number for p in m.points] == [1, 2]


def test_a_boards_own_case_label() -> None:
    assert case_number("*Lokalrådssag LR-2026-03*") == ("LR-2026-03", False)
    assert case_number("Bestyrelsessag nr. 2024-17") == ("2024-17", False)
    assert case_number("Udvalgssag: 24/311") == ("24/311", False)
    # The word with no number after it is no case's label.
    assert case_number("Lokalrådssag om stier") is None


_COMPANY = """\
Kærby Vandværk a.m.b.a.  ·  Bestyrelsesmøde 3. marts 2015
Referat af bestyrelsesmøde
Tid: Tirsdag den 3. marts 2015 kl. 19.00
Til stede: Bo Dahl (formand), Ane Krogh

1. Godkendelse af dagsorden
Godkendt.

2. Ny boring ved Mosevej
Sagsnr. 15/04
Boringen koster 310.000 kr.
Beslutning:
Godkendt.
"""


def test_a_companys_board_named_by_the_meetings_word(tmp_path: Path) -> None:
    m = _parse(tmp_path, "kaerby_vandvaerk.txt", _COMPANY)
    assert m.board == "Bestyrelsen for Kærby Vandværk a.m.b.a."


_MAIL_END = """\
Fra: sekretariat@skovby.dk
Emne: Referat fra Ældrerådets møde 2. marts 2022

Ældrerådet

Referat af møde onsdag den 2. marts 2022

1. Godkendelse af dagsorden

Godkendt.

2. Eventuelt

Bent Holm spurgte til bænkene ved søen.

============================================================
Skovby Ældreråd | Rådhusvej 1, 4000 Skovby
Tlf. 46 11 22 33 | www.skovby.dk/aeldreraad

Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den
rette modtager, bedes du slette den og give afsender besked.
"""


def test_a_disclaimer_over_two_lines_ends_the_last_point(tmp_path: Path) -> None:
    m = _parse(tmp_path, "skovby_aeldreraad_mail.txt", _MAIL_END)
    last = m.point(2)
    assert last is not None
    assert last.text == "Bent Holm spurgte til bænkene ved søen."


_SIGNED = """\
Referat – Miljøudvalget
Mødedato: 7. oktober 2020

1. Godkendelse af dagsorden

Godkendt.

2. Meddelelser

Formanden orienterede om vandløbsregulativet.

Jens Aage Brix\tMette Lind\tOle Kvist\tAnne-Marie Dahl
"""


def test_a_row_of_signatures_ends_the_last_point(tmp_path: Path) -> None:
    m = _parse(tmp_path, "miljoe_2020.txt", _SIGNED)
    last = m.point(2)
    assert last is not None
    assert last.text == "Formanden orienterede om vandløbsregulativet."


_HANGING = """\
                    ØSTERLUND KOMMUNE
           Forhandlingsprotokol for Byraadets møde
           mandag den 4. april 1977 kl. 19.00.

Punkt 1.   Oplæsning og godkendelse af protokollen fra mødet
           den 7. marts 1977.

           Protokollen godkendtes.

Punkt 2.   Meddelelser.

           Ingen.
"""


def test_a_typed_title_wrapped_under_a_hanging_indent(tmp_path: Path) -> None:
    m = _parse(tmp_path, "oesterlund_1977.txt", _HANGING)
    first = m.point(1)
    assert first is not None
    assert first.title == "Oplæsning og godkendelse af protokollen fra mødet den 7. marts 1977"
    assert first.text == "Protokollen godkendtes."
    # A sentence at the body's own margin under a title is the body's.
    moved = _HANGING.replace("           den 7. marts 1977.", "den 7. marts 1977.")
    m = _parse(tmp_path, "oesterlund_1977b.txt", moved)
    first = m.point(1)
    assert first is not None and first.title.endswith("fra mødet")
