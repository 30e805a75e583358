"""Round 57 of the reader: forms found missing in layouts_blind49, in invented minutes.

A text file typed under DOS is in the Nordic code page (IBM 865), where æøå are other bytes
than in Windows' cp1252 (Ø is 0x9D, ø 0x9B: controls in latin-1): the reader takes whichever
reading spells more Danish letters. Typed minutes set a point's "Sag nr." and its journal
number on one line across a wide gap ("Sag nr. 17        J.nr. 01.02.03"), the title on the
next line: a heading with its case number, not the number read as a case; a title line below
such a heading that carries a closed mark ("Salg af grund (lukket møde)") is the point's title,
and the point closed. An appendix after the points that gives closed points again in full
("Bilag A – Lukkede punkter" over "Punkt 3 – Lukket punkt: …") adds no points and leaks
nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

from indexer.parse import parse_file, parse_text

_TYPED = """\
HEDEBY KOMMUNE

ØKONOMIUDVALGET

Møde tirsdag den 9. marts 1993 kl. 16.00
Mødested: Rådhuset, mødelokale 2


Sag nr. 31                                        J.nr. 00.01.00
Regnskab 1992 - foreløbig opgørelse

Kæmnerkontoret har lavet en foreløbig opgørelse af årets regnskab.

Økonomiudvalgets beslutning:
Taget til efterretning.


Sag nr. 32                                        J.nr. 82.02.06
Salg af byggegrund på Møllevej (lukket møde)

Køberen, smedemester Åge Brøndum, tilbyder 95.000 kr.

Økonomiudvalgets beslutning:
Salget anbefales.


Sag nr. 33\tJ.nr. 13.02.01
Tilskud til varmeværkets nye kedel

Varmeværket søger om et tilskud på 40.000 kr.

Økonomiudvalgets beslutning:
Bevilget.
"""


def _points(text: str) -> list[tuple[int, str, str | None, bool]]:
    meeting = parse_text(text, "oekonomiudvalget.txt")
    return [(p.number, p.title, p.case_number, p.closed) for p in meeting.points]


def test_dos_code_page_file_reads_its_danish_letters(tmp_path: Path) -> None:
    path = tmp_path / "hedeby_1993.txt"
    path.write_bytes(_TYPED.encode("cp865"))
    meeting = parse_file(path)
    assert meeting.board == "Økonomiudvalget"
    assert meeting.date.isoformat() == "1993-03-09"
    assert meeting.points[0].title == "Regnskab 1992 - foreløbig opgørelse"


def test_windows_file_stays_windows(tmp_path: Path) -> None:
    # The same minutes saved by a Windows tool: cp1252 spells more æøå than the DOS reading.
    path = tmp_path / "hedeby_1993.txt"
    path.write_bytes(_TYPED.encode("cp1252"))
    meeting = parse_file(path)
    assert meeting.board == "Økonomiudvalget"
    assert meeting.points[1].title.startswith("Salg af byggegrund på Møllevej")


def test_sag_nr_beside_its_journal_number_heads_a_point() -> None:
    assert _points(_TYPED) == [
        (31, "Regnskab 1992 - foreløbig opgørelse", "00.01.00", False),
        (32, "Salg af byggegrund på Møllevej (lukket møde)", "82.02.06", True),
        (33, "Tilskud til varmeværkets nye kedel", "13.02.01", False),
    ]


def test_closed_title_line_keeps_the_body_out() -> None:
    meeting = parse_text(_TYPED, "oekonomiudvalget.txt")
    assert "Brøndum" not in meeting.text
    assert meeting.points[1].sections == ()
    assert meeting.kind == "referat"


def test_sag_nr_alone_still_heads_its_point() -> None:
    # Without the journal number beside it the point reads as before, with no case number
    # (its own number is never taken for one).
    text = re.sub(r"(Sag nr\. 31) +J\.nr\. 00\.01\.00", r"\1", _TYPED)
    points = _points(text)
    assert points[0] == (31, "Regnskab 1992 - foreløbig opgørelse", None, False)


def test_sag_nr_beside_an_unlabelled_value_is_no_heading_with_case() -> None:
    # Only a labelled case number counts beside the number: "Sag nr. 31     Bilag 4" keeps no
    # case number from the words across the gap.
    text = re.sub(r"J\.nr\. 00\.01\.00", "Bilag 4", _TYPED)
    assert all(p[2] != "Bilag 4" and p[2] != "31" for p in _points(text))


_APPENDIX = """\
# Referat – Fritidsudvalget

Mødedato: 4. juni 2024 kl. 17.00

## Punkt 1 – Godkendelse af dagsorden

**Sagsnr.:** 24/000101

### Beslutning

Godkendt.

## Punkt 2 – Lukket punkt: Forpagtning af kiosken

**Sagsnr.:** 24/000102

*Behandlet for lukkede døre, se bilag.*

## Punkt 3 – Haller og baner i sommerferien

**Sagsnr.:** 24/000103

### Beslutning

Hallerne holder lukket i uge 29.

---

## Bilag 1 – Lukkede punkter (ikke til offentliggørelse)

### Punkt 2 – Lukket punkt: Forpagtning af kiosken

**Sagsfremstilling:** Kiosken forpagtes til Kaj Vindum for 4.200 kr. om måneden.

**Beslutning:** Godkendt.
"""


def test_appendix_repeating_a_closed_point_adds_no_point() -> None:
    meeting = parse_text(_APPENDIX, "fritidsudvalget.md")
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (1, "24/000101", False),
        (2, "24/000102", True),
        (3, "24/000103", False),
    ]
    assert "Vindum" not in meeting.text
    assert not any("Vindum" in s.text for p in meeting.points for s in p.sections)
    assert meeting.warnings == ()


def test_open_point_taken_up_again_stays_two_points() -> None:
    # The same open point given twice is two readings of the meeting, kept as before.
    text = _APPENDIX.replace("Lukket punkt: Forpagtning", "Forpagtning").replace(
        "*Behandlet for lukkede døre, se bilag.*", "Drøftet."
    )
    text = text.replace("## Bilag 1 – Lukkede punkter (ikke til offentliggørelse)\n\n", "")
    numbers = [p.number for p in parse_text(text, "fritidsudvalget.md").points]
    assert numbers == [1, 2, 3, 4]


_INSTITUTION = """\
REFERAT - SKOLEBESTYRELSEN VED BAKKEBY SKOLE

Mødedato: 3. maj 2022 kl. 18.00
Sted: Bakkeby Skole, lærerværelset

Punkt 1: Godkendelse af dagsorden
Beslutning: Godkendt.

Punkt 2: Skolens regnskab
Beslutning: Taget til efterretning.
"""


def test_institution_after_for_or_ved_is_written_as_a_name() -> None:
    meeting = parse_text(_INSTITUTION, "skolebestyrelsen.txt")
    assert meeting.board == "Skolebestyrelsen ved Bakkeby Skole"


def test_company_form_stays_in_capitals() -> None:
    text = _INSTITUTION.replace(
        "SKOLEBESTYRELSEN VED BAKKEBY SKOLE", "BESTYRELSEN FOR BAKKEBY VARME A/S"
    )
    meeting = parse_text(text.replace("Bakkeby Skole, lærerværelset", "Bakkeby Varme"), "b.txt")
    assert meeting.board == "Bestyrelsen for Bakkeby Varme A/S"


def test_field_after_for_stays_in_small_letters() -> None:
    # "UDVALGET FOR TEKNIK OG MILJØ": the file writes "teknik" in small letters, a field and no
    # name, so the words after "for" keep theirs.
    text = _INSTITUTION.replace(
        "SKOLEBESTYRELSEN VED BAKKEBY SKOLE", "UDVALGET FOR TEKNIK OG MILJØ"
    )
    text = text.replace("Skolens regnskab", "Status for teknik og drift")
    meeting = parse_text(text, "udvalg.txt")
    assert meeting.board == "Udvalget for teknik og miljø"


def test_english_windows_file_with_curly_quotes_stays_windows(tmp_path: Path) -> None:
    # Windows' curly quotes are DOS's æ and Æ: a file that spells no ø or å either way is read
    # as Windows wrote it.
    text = (
        "Hedeby Council’s Finance Committee\n\nMinutes of the meeting on 9 March 1993 at 16.00\n\n"
        "Item 1: The committee’s ‘accounts’ for 1992\nDecision: Noted.\n\n"
        "Item 2: Next year’s budget\nDecision: Approved.\n"
    )
    path = tmp_path / "finance.txt"
    path.write_bytes(text.encode("cp1252"))
    meeting = parse_file(path)
    assert "Council’s" in meeting.text
    assert "Æ" not in meeting.text


def test_a_status_resting_on_the_access_acts_exemption_closes_the_point() -> None:
    # layouts_blind50 (spent after its one read): a point's status line misspelled its status
    # words but cited offentlighedsloven's exemption; the point must close all the same.
    # Invented minutes.
    text = (
        "# Bestyrelsen for Ravnsø Vandværk\n\nDato: 14. marts 2024\n\n"
        "## Pkt. 1: Godkendelse af dagsorden\n\n**Beslutning:** Godkendt.\n\n"
        "## Pkt. 2: Tvist med leverandør\n\n"
        "> **Unntaget offentlighed** – jf. offentlighedslovens § 30, nr. 2\n\n"
        "Leverandøren Holmgaard Rør kræver 412.000 kr. i erstatning.\n\n"
        "**Beslutning:** Formanden forhandler videre.\n\n"
        "## Pkt. 3: Aktindsigt\n\nAktindsigt jf. offentlighedslovens § 7\n\n"
        "En borger har fået aktindsigt i takstbladet.\n\n**Beslutning:** Taget til efterretning.\n"
    )
    meeting = parse_text(text, "vandvaerk.md")
    closed = {p.number: p.closed for p in meeting.points}
    assert closed == {1: False, 2: True, 3: False}, closed
    assert all("Holmgaard" not in s.text for p in meeting.points for s in p.sections)
