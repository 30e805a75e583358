"""Round 61 of the reader: the forms layouts_blind53 (measured once, now spent) leaked, closed
wrongly or could not read, in invented minutes.

- A closing sentence that leaves out the status's noun ("Punktet behandles som lukket, jf.
  kommunestyrelseslovens § 10.", "Sagen behandles lukket.") closes the point, wherever in it it
  stands; after a title ("Køb af jord – behandles som lukket") it is a closed mark.
- A closed mark with a note that says the text is not to be passed on ("[FORTROLIGT – MÅ IKKE
  VIDERESENDES]", "Lukket – ikke til videregivelse"), or any note after a mark that names the
  point or its status with the whole line in brackets ("(Fortroligt – indeholder
  helbredsoplysninger)"), closes the point under its heading or further down; such a line is
  never a closed point's heading. After a title the mark and its note close the point too
  ("Lejeaftale (lukket – må ikke videresendes)"), and so does a web page's badge of the mark and
  its note beside the heading. A bare "lukket" in brackets with a note does
  not close ("(Lukket – åbner igen efter ferien)": the matter is closed, not the point).
- A point's own closed status under its heading and case number closes that point alone, also
  where the file sets every paragraph apart with a blank line (read as a group heading, it
  closed the points after it too).
- An agenda system's XML export: a numbered element with a title child is an agenda point
  whatever the system calls it ("<Dagsordenspost nr=…>"), a status attribute whose value is a
  closed status ("adgang=Fortrolig") closes it, a field's HTML (in CDATA) is read as the text it
  shows, a named field's paragraphs are its text without their element's name, and an export's
  joined English case label ("casenumber") labels the case number.

Every text here is invented for this test.
"""

from __future__ import annotations

from pathlib import Path

from indexer.headings import (
    case_number,
    closed_heading,
    closed_title,
    closing_line,
    title_core,
    withheld_note,
)
from indexer.parse import parse_file, parse_text

_HEAD = """\
Miljøudvalget
Referat

Mødedato: 12.02.2025
Mødested: Rådhuset, lokale 4

"""


def _minutes(status: str, *, where: str = "head") -> str:
    """Invented minutes whose point 2 carries ``status`` under its case number ("head") or
    after its first section's text ("body")."""
    under_case = f"{status}\n" if where == "head" else ""
    in_body = f"{status}\n" if where == "body" else ""
    return (
        _HEAD + "Punkt 1 - Godkendelse af dagsorden\n"
        "Sagsnr. 25/0011\n"
        "Beslutning den 12.02.2025\n"
        "Godkendt.\n"
        "Punkt 2 - Erstatning for skade på hegn\n"
        "Sagsnr. 25/0219\n"
        f"{under_case}"
        "Sagsfremstilling\n"
        "Ejeren Gudrun Kvist kræver 48.300 kr. for et væltet hegn.\n"
        f"{in_body}"
        "Beslutning den 12.02.2025\n"
        "Kravet afvises.\n"
        "Punkt 3 - Plan for vandløb\n"
        "Sagsnr. 25/0302\n"
        "Sagsfremstilling\n"
        "Planen omfatter tre vandløb i kommunens nordlige del.\n"
        "Beslutning den 12.02.2025\n"
        "Godkendt.\n"
    )


def _closed(text: str) -> dict[int, bool]:
    meeting = parse_text(text, "miljoeudvalget.txt")
    points = {p.number: p for p in meeting.points}
    assert sorted(points) == [1, 2, 3]
    if points[2].closed:
        assert "Gudrun Kvist" not in meeting.text and "48.300" not in meeting.text
        assert points[2].sections == ()
    return {n: p.closed for n, p in points.items()}


def test_a_closing_sentence_without_the_status_noun_closes_the_point() -> None:
    for line in (
        "Punktet behandles som lukket, jf. kommunestyrelseslovens § 10.",
        "Sagen behandles lukket.",
        "Punktet blev behandlet som fortroligt.",
    ):
        assert closing_line(line), line
        for where in ("head", "body"):
            assert _closed(_minutes(line, where=where)) == {1: False, 2: True, 3: False}, line
    # A sentence that only mentions such a treatment elsewhere stays body text.
    assert not closing_line("Sagen blev behandlet som lukket punkt på Byrådets møde i maj.")
    # After a title the same words are its closed mark.
    title = "Erstatning for skade på hegn – behandles som lukket"
    assert closed_title(title) and title_core(title) == "erstatning for skade på hegn"


def test_a_closed_mark_with_a_withholding_note_closes_the_point() -> None:
    for line in (
        "[FORTROLIGT – MÅ IKKE VIDERESENDES]",
        "LUKKET PUNKT – MÅ IKKE VIDERESENDES",
        "Lukket – ikke til videregivelse",
        "(Fortroligt – indeholder helbredsoplysninger)",
        "Confidential – not to be circulated",
    ):
        assert withheld_note(line), line
        # The note is no title: the line heads no closed point of its own.
        assert closed_heading(line) is None, line
        for where in ("head", "body"):
            assert _closed(_minutes(line, where=where)) == {1: False, 2: True, 3: False}, line
    # After a title, any mark with such a note closes the point.
    for title in (
        "Erstatning for skade på hegn (lukket – må ikke videresendes)",
        "Erstatning for skade på hegn - fortroligt, ikke til videregivelse",
    ):
        assert closed_title(title) and title_core(title) == "erstatning for skade på hegn", title
    assert not closed_title("Svømmehallen (lukket – åbner igen efter ferien)")
    # A note that goes on in words after the withholding is not shown with the point's heading.
    told = _minutes("[Lukket – må ikke videresendes, vedr. Gudruns helbred]")
    assert _closed(told) == {1: False, 2: True, 3: False}
    assert "helbred" not in parse_text(told, "miljoeudvalget.txt").text
    # A bare mark or a meeting's closed part with a note in brackets closes nothing by itself.
    for line in ("(Lukket – åbner igen efter ferien)", "(Lukket møde – se særskilt protokol)"):
        assert not withheld_note(line), line
    open_again = _minutes("(Lukket – åbner igen efter ferien)", where="body")
    assert _closed(open_again) == {1: False, 2: False, 3: False}


_BADGED = """<html><head><title>Referat - Miljøudvalget - 12.02.2025</title></head><body><main>
<h1>Miljøudvalget</h1><p>Referat</p><p>Mødedato: 12.02.2025</p>
<h2>1. Godkendelse af dagsorden</h2><p>Sagsnr. 25/0011</p>
<h3>Beslutning</h3><p>Godkendt.</p>
<h2>2. Erstatning for skade på hegn <span class="badge">Lukket – må ikke videresendes</span></h2>
<p>Sagsnr. 25/0219</p><h3>Sagsfremstilling</h3><p>Ejeren Gudrun Kvist kræver 48.300 kr.</p>
<h3>Beslutning</h3><p>Kravet afvises.</p>
<h2>3. Plan for vandløb</h2><p>Sagsnr. 25/0302</p>
<h3>Sagsfremstilling</h3><p>Planen omfatter tre vandløb.</p><h3>Beslutning</h3><p>Godkendt.</p>
</main></body></html>
"""


def test_a_badge_of_a_mark_and_a_withholding_note_closes_its_heading(tmp_path: Path) -> None:
    path = tmp_path / "miljoeudvalget.html"
    path.write_text(_BADGED, encoding="utf-8")
    meeting = parse_file(path)
    assert [p.closed for p in meeting.points] == [False, True, False]
    assert "Gudrun Kvist" not in meeting.text


_SPACED = """\
Harbour Board

MINUTES

Date\tMonday 3 March 2025

Item 1 – Minutes of the last meeting

Case ref. HB/25/001

Resolved

That the minutes be signed.

Item 2 – Lease of the old net store

Case ref. HB/25/014

CLOSED SESSION – exempt information, not for publication

Background

The tenant Orla Brink offers DKK 310,000 a year.

Resolved

That the lease be granted.

Item 3 – Dredging of the inner basin

Case ref. HB/25/020

Background

The inner basin silts up each winter.

Resolved

That tenders be invited.
"""


def test_a_status_under_a_heading_closes_that_point_alone_in_a_spaced_file() -> None:
    meeting = parse_text(_SPACED, "harbour-board.txt")
    points = {p.number: p for p in meeting.points}
    assert {n: p.closed for n, p in points.items()} == {1: False, 2: True, 3: False}
    assert "Orla Brink" not in meeting.text
    assert any("silts up" in s.text for s in points[3].sections)


_XML = """<?xml version="1.0" encoding="UTF-8"?>
<Eksport version="4.1">
  <Moede art="Referat">
    <Udvalg>Teknik- og Miljøudvalget</Udvalg>
    <Dato>2025-02-12</Dato>
    <Poster>
      <Dagsordenspost nr="1" adgang="Åben">
        <Overskrift>Godkendelse af dagsorden</Overskrift>
        <CaseNumber>25/0011</CaseNumber>
        <Felt navn="Beslutning"><![CDATA[<p>Godkendt.</p>]]></Felt>
      </Dagsordenspost>
      <Dagsordenspost nr="2" adgang="Fortrolig">
        <Overskrift>Erstatning for skade på hegn</Overskrift>
        <CaseNumber>25/0219</CaseNumber>
        <Felt navn="Sagsfremstilling"><![CDATA[<p>Ejeren Gudrun Kvist kræver
          <b>48.300 kr.</b></p>]]></Felt>
      </Dagsordenspost>
      <Dagsordenspost nr="3" adgang="Åben">
        <Overskrift>Plan for vandløb</Overskrift>
        <CaseNumber>25/0302</CaseNumber>
        <Felt navn="Sagsfremstilling"><Afsnit>Planen omfatter tre vandløb.</Afsnit></Felt>
        <Felt navn="Beslutning"><![CDATA[<p>Godkendt med <i>en</i> ændring.</p>]]></Felt>
      </Dagsordenspost>
    </Poster>
  </Moede>
</Eksport>
"""


def test_an_xml_export_of_any_element_names_is_read(tmp_path: Path) -> None:
    path = tmp_path / "tmu.xml"
    path.write_text(_XML, encoding="utf-8")
    meeting = parse_file(path)
    assert (str(meeting.date), meeting.board) == ("2025-02-12", "Teknik- og Miljøudvalget")
    points = [(p.number, p.case_number, p.closed) for p in meeting.points]
    assert points == [(1, "25/0011", False), (2, "25/0219", True), (3, "25/0302", False)]
    assert [p.title for p in meeting.points][::2] == [
        "Godkendelse af dagsorden",
        "Plan for vandløb",
    ]
    assert "Gudrun Kvist" not in meeting.text and "48.300" not in meeting.text
    texts = {s.name: s.text for s in meeting.points[2].sections}
    # The field's markup is read as the text it shows, its paragraph without the element's name.
    assert texts == {
        "Sagsfremstilling": "Planen omfatter tre vandløb.",
        "Beslutning": "Godkendt med en ændring.",
    }
    assert "<p>" not in meeting.text and "afsnit" not in meeting.text.casefold()


def test_an_exports_joined_english_case_label_labels_the_case() -> None:
    assert case_number("casenumber: 25/0219") == ("25/0219", False)
    assert case_number("case_ref: 25/0219") == ("25/0219", False)
