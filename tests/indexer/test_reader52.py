"""Round 52 of the reader: forms found missing in layouts_blind44, in invented minutes.

A housing board's typed minutes in two columns (the case left, the decision right of a bar),
a table of contents above whose entries end "...... side 2", the closed point headed "Sag nr.
7: Lukket punkt (lejersag)" (a closed mark with the matter in brackets after it). An OCR'd
parish council protocol: the date in the old formula "Aar 1958 Tirsdag den 4. Juni", "Pkt. l."
for point 1, "lndkøb" for "Indkøb", and a closed point whose heading gives its mark where the
title goes ("Behandlet for lukkede Døre.   Sag nr. 12."), its body's first line running on in
small letters. An agenda system's web page whose case badge joins the title by one space
("Title Sagsnr.: 24/31207").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.parse import parse_file

HOUSING = """SKOVHUSE ANDELSBOLIGER  -  Afdeling 3, Pilehaven
Referat af møde i afdelingsbestyrelsen
Mandag d. 2/6-2025 kl. 18.30 i beboerlokalet
Til stede: Jonna Krog (formand), Emil Vad, Sussi Laugesen

INDHOLD
------------------------------------------------------------
Sag nr. 5   Godkendelse af dagsorden.................... side 1
Sag nr. 6   Nye postkasser i opgang B................... side 1
Sag nr. 7   Lukket punkt (lejersag)..................... side 2
Sag nr. 8   Eventuelt................................... side 2
------------------------------------------------------------


SAGEN                                          BESLUTNING
=====================================================================

Sag nr. 5: Godkendelse af dagsorden
Dagsordenen var udsendt otte dage         | Godkendt.
før mødet.                                |
---------------------------------------------------------------------

Sag nr. 6: Nye postkasser i opgang B
Postkasserne er slidte, og to kan ikke    | Bestyrelsen køber nye hos
låses. Tilbud på 38.500 kr. foreligger.   | Postboks Syd.
---------------------------------------------------------------------

Sag nr. 7: Lukket punkt (lejersag)
Lejeren i nr. 9, st. tv., Torben Ulvsgaard | Der sendes et varsel. Formanden
skylder 2 måneders leje, i alt 14.300 kr.  | kontakter lejeren.
---------------------------------------------------------------------

Sag nr. 8: Eventuelt
Ønske om bænk ved sandkassen.             | Tages op på næste møde.
---------------------------------------------------------------------

Næste møde: mandag d. 7/7-2025.   Referent: Emil Vad
"""

PROTOCOL = """                                                              Side 7l

           HAVREBJERG SOGNERAAD
           ====================

     Aar l958 Tirsdag den 4. Juni Kl. 19,00 afholdtes ordinært
 Møde i Sogneraadet paa Havrebjerg Forsamlingshus. Alle Medlemmer
 var mødt.

 Pkt. l.  Kassererens Regnskab.
          Regnskabet oplæstes og godkendtes.

 Pkt. 2.  lndkøb af ny Sneplov.                       Sag nr. 11.
          Vejudvalget har indhentet Tilbud paa 2.300 Kr. Vedtaget.

 Pkt. 3.  Behandlet for lukkede Døre.                 Sag nr. 12.
          Andragende fra Husmand Oluf Brandt, Kærgaarden, om Hjælp
 til Brændsel. Bevilget 40 Kr. maanedlig.

          Mødet hævet Kl. 21,30.
"""

WEB = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8">
<title>Referat - Miljøudvalget - 03-09-2025 - Vesterby Kommune</title></head>
<body><main>
<h1>Miljøudvalget <small>- Referat</small></h1>
<p class="meeting-date">Mødedato: 03.09.2025 kl. 15:00</p>
<details class="agenda-item" id="punkt-1">
  <summary><span class="num">1.</span> <span class="title">Godkendelse af dagsorden</span>
  <span class="caseno">Sagsnr.: 25/10442</span></summary>
  <div class="item-body"><h4>Beslutning</h4><p>Godkendt.</p></div>
</details>
<details class="agenda-item" id="punkt-2">
  <summary><span class="num">2.</span> <span class="title">Nyt affaldssystem for sommerhuse</span>
  <span class="caseno">Sagsnr.: 24/31207</span></summary>
  <div class="item-body"><h4>Sagsfremstilling</h4>
  <p>Forvaltningen foreslår fire beholdere ved hvert sommerhus fra 2026.</p>
  <h4>Beslutning</h4><p>Anbefales.</p></div>
</details>
</main></body></html>
"""


def _read(tmp_path: Path, name: str, text: str) -> object:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


def test_a_closed_mark_with_the_matter_in_brackets_closes_the_point(tmp_path: Path) -> None:
    m = _read(tmp_path, "pilehaven.txt", HOUSING)
    closed = [p for p in m.points if p.closed]  # type: ignore[attr-defined]
    assert [p.number for p in closed] == [7]
    assert closed[0].sections == ()
    for secret in ("Torben Ulvsgaard", "2 måneders leje", "14.300 kr."):
        assert secret not in m.text  # type: ignore[attr-defined]


def test_contents_entries_ending_in_side_and_a_page_are_no_points(tmp_path: Path) -> None:
    m = _read(tmp_path, "pilehaven.txt", HOUSING)
    got = [(p.number, p.title) for p in m.points]  # type: ignore[attr-defined]
    assert got == [
        (5, "Godkendelse af dagsorden"),
        (6, "Nye postkasser i opgang B"),
        (7, "Lukket punkt (lejersag)"),
        (8, "Eventuelt"),
    ]


@pytest.mark.parametrize(
    "title", ["Lukket punkt (personalesag)", "Fortroligt (ejendomshandel)", "Closed item (legal)"]
)
def test_closed_marks_before_a_bracketed_matter(title: str) -> None:
    from indexer.headings import closed_title

    assert closed_title(title)
    # A bare "lukket" before brackets says so of the matter, not of the point.
    assert not closed_title("Lukket (vinterperiode)")
    assert not closed_title("Svømmehallen (lukket i juli)")


def test_an_ocr_protocol_dated_year_first_is_read(tmp_path: Path) -> None:
    m = _read(tmp_path, "havrebjerg.txt", PROTOCOL)
    assert m.date.isoformat() == "1958-06-04"  # type: ignore[attr-defined]
    got = [(p.number, p.case_number, p.closed) for p in m.points]  # type: ignore[attr-defined]
    assert got == [(1, None, False), (2, "11", False), (3, "12", True)]
    assert m.points[1].title == "lndkøb af ny Sneplov"  # type: ignore[attr-defined]


def test_a_closed_points_running_body_never_becomes_its_title(tmp_path: Path) -> None:
    m = _read(tmp_path, "havrebjerg.txt", PROTOCOL)
    closed = m.points[-1]  # type: ignore[attr-defined]
    assert closed.closed and closed.sections == ()
    for secret in ("Oluf Brandt", "Kærgaarden", "Bevilget 40 Kr."):
        assert secret not in closed.title
        assert secret not in m.text  # type: ignore[attr-defined]


def test_the_same_closed_heading_typed_with_digits_keeps_its_body_out(tmp_path: Path) -> None:
    text = PROTOCOL.replace("Aar l958", "Aar 1958").replace("Pkt. l.", "Pkt. 1.")
    m = _read(tmp_path, "havrebjerg2.txt", text)
    closed = m.points[-1]  # type: ignore[attr-defined]
    assert closed.closed
    assert "Oluf Brandt" not in closed.title


def test_a_case_badge_joined_to_the_title_by_one_space(tmp_path: Path) -> None:
    m = _read(tmp_path, "miljoe.html", WEB)
    got = [(p.number, p.title, p.case_number) for p in m.points]  # type: ignore[attr-defined]
    assert got == [
        (1, "Godkendelse af dagsorden", "25/10442"),
        (2, "Nyt affaldssystem for sommerhuse", "24/31207"),
    ]


@pytest.mark.parametrize(
    ("title", "rest", "case"),
    [
        ("Budget 2026 Sagsnr.: 24/1234", "Budget 2026", "24/1234"),
        ("Vejplan J.nr.: 05.01.00-P20-3-24", "Vejplan", "05.01.00-P20-3-24"),
    ],
)
def test_title_case_reads_a_label_after_one_space(title: str, rest: str, case: str) -> None:
    from indexer.headings import title_case

    found = title_case(title)
    assert found is not None and found[:2] == (rest, case)


TYPED = """           STENLØSE SOGNERAAD

     Onsdag den 4. Juni 1958 Kl. 19,00 afholdtes Møde i Sogneraadet
 paa Stenløse Skole. Alle Medlemmer var mødt.

 Pkt. 1.  Kassererens Regnskab.
          Regnskabet oplæstes og godkendtes.

 Pkt. 2.  Overenskomst om Snerydning med Nabo-        Sag nr. 17.
          sognene.
          Formanden forelagde Udkastet. Vedtaget.

          Mødet hævet Kl. 21,30.
"""


def test_a_protocol_that_says_the_meeting_was_held_is_minutes(tmp_path: Path) -> None:
    m = _read(tmp_path, "stenloese.txt", TYPED)
    assert m.kind == "referat"  # type: ignore[attr-defined]
    agenda = TYPED.replace("afholdtes", "afholdes")
    assert _read(tmp_path, "stenloese2.txt", agenda).kind == "dagsorden"  # type: ignore[attr-defined]


def test_a_title_word_broken_beside_its_case_column_is_joined(tmp_path: Path) -> None:
    m = _read(tmp_path, "stenloese.txt", TYPED)
    point = m.points[1]  # type: ignore[attr-defined]
    assert (point.title, point.case_number) == ("Overenskomst om Snerydning med Nabosognene", "17")
    assert "sognene." not in point.sections[0].text
