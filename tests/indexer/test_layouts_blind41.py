"""The forty-first blind layout set, spent: measured once and then studied for round 49.

Each file under tests/resources/layouts_blind41/ is an invented meeting written by a helper who
saw neither the reader nor the other sets. expected.json holds what a reader of each file sees,
in the gold format of benchmarks/layouts.py, and the words only a closed body holds.

The first read found the other eight files with every point, case number and closed point, and
their dates and kinds. It missed (see test_reader49.py):

- the e-mail 04 altogether ("no agenda points found"): it is multipart/alternative, and its
  plain part only says the minutes are in the HTML version, the part the reader did not read;
  read from the HTML, its case numbers, a harbour board's own series alone under each heading
  ("HB 25/017"), were no case numbers;
- the old protocol 02's board, read "Hvidkær-lyngaa sogneraad" from its title, where the
  minutes name the body that met "Sognerådet" (read so in round 49; since round 59 the parish's
  council keeps its place, see KNOWN).

And closing lines and page furniture were the last points' text (no secret, no title): 02's
"Protokollen oplæst og godkendt.   Mødet hævet Kl. 21¾." and the signatures under it, 08's
"Mødet slut kl. 17.45.   N.O. Brandt" and its page break's rule ("~- - - -") and running head
("Teknisk Udvalg  11/9-95"), 07's "Mølleby Kommune" atop its second page, 04's e-mail
disclaimer, and 06's ruled-off "Dagsordenen er udsendt …" under an empty "Eventuelt".
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind41"
# An e-mail's letter and disclaimer, a typed protocol's and a scan's closing lines, signatures
# and page furniture, a PDF's running header, an agenda's end matter: none of it is a point's
# text.
FURNITURE = (
    # 02: the protocol's closing line and the members' signatures.
    "Protokollen oplæst og godkendt",
    "Mødet hævet",
    "A. P. Hvidberg",
    # 04: the mail's letter, its signature and disclaimer.
    "Hej alle",
    "Vedhæftet og herunder",
    "Mvh",
    "Havnefoged, Sønderhav Havn",
    "Denne e-mail kan indeholde",
    "Til stede:",
    # 06: the agenda's ruled-off end matter.
    "Dagsordenen er udsendt",
    "Referatet offentliggøres",
    # 07: the PDF's running header.
    "Mølleby Kommune",
    "Mødedato",
    # 08: the scan's page break, running head and closing line.
    "- - - -",
    "Teknisk Udvalg  11/9-95",
    "RAVNH0LM KOMMUNE",
    "Mødet slut",
    "N.O. Brandt",
)
KNOWN = {
    "02_hvidkaer_sogneraad_protokol_1961.txt": "board read 'Hvidkær-Lyngaa Sogneråd' from the "
    "title: since round 59 a parish's council keeps its place, as the golds of layouts_blind44, "
    "45, 46, 50 and 51 write it (an archive holds several parishes' protocols, and 'Sognerådet' "
    "would be each of them); this gold writes 'Sognerådet', the body's word in the minutes",
}
GOLD = gold_checks(BLIND, furniture=FURNITURE, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


def test_the_html_mail_keeps_its_points(meetings: dict[str, Meeting]) -> None:
    mail = meetings["04_soenderhav_havnebestyrelse_mail.eml"]
    assert [p.number for p in mail.points] == list(range(1, 8))
    point = mail.point(3)
    assert point is not None and not point.closed
    assert any("14.000 m³ sand" in s.text for s in point.sections)
    last = mail.point(7)
    assert last is not None
    assert last.text == "Lotte Brink takkede for det nye badeanlæg ved gæstebroen."


def test_the_last_points_end_before_the_closing_lines(meetings: dict[str, Meeting]) -> None:
    for file, number, end in (
        ("02_hvidkaer_sogneraad_protokol_1961.txt", 7, "Broen over Lyngaa."),
        ("08_ravnholm_teknisk_ocr_1995.txt", 7, "Intet."),
        ("08_ravnholm_teknisk_ocr_1995.txt", 4, "Godkendt."),
        ("07_moelleby_teknik_miljoe.pdf", 3, "Godkendt."),
    ):
        point = meetings[file].point(number)
        assert point is not None and point.text.endswith(end), (file, number, point)
    empty = meetings["06_egelykke_handicapraad_dagsorden.md"].point(7)
    assert empty is not None and empty.text == ""


def test_the_closed_points_hold_no_text(meetings: dict[str, Meeting]) -> None:
    for file, number in (
        ("02_hvidkaer_sogneraad_protokol_1961.txt", 6),
        ("04_soenderhav_havnebestyrelse_mail.eml", 6),
        ("08_ravnholm_teknisk_ocr_1995.txt", 6),
    ):
        point = meetings[file].point(number)
        assert point is not None and point.closed, file
        assert not any(s.text.strip() for s in point.sections), file
