"""Round 18 of the reader: forms found missing in the layout sets, in invented minutes.

The board's members listed under "Medlemmer:" (one name a line in the value's column, or
beside an "Afbud:" in a second column or a table's row without a colon); a web table of points
whose "Beslutning" column is each point's decision; lettered points past H ("I.", "V.", "X."
are letters in a run of letters, not roman numerals).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from indexer.headings import point_heading
from indexer.models import Attendee
from indexer.parse import parse_file, parse_text

POINTS = (
    "1. Godkendelse af dagsorden\nSagsnr.: 25/1\nBeslutning:\nGodkendt.\n\n"
    "2. Vejbelysning\nSagsnr.: 25/2\nSagsfremstilling:\nLamperne skiftes.\nBeslutning:\nGodkendt.\n"
)


def _attendance(header: str) -> list[tuple[str, bool, str | None]]:
    text = f"Referat\nØkonomiudvalget\nDato: 3. marts 2025 kl. 16.00\n{header}\n\n{POINTS}"
    meeting = parse_text(text, "oekonomiudvalget/referat.txt")
    return [(a.name, a.absent, a.role) for a in meeting.attendees]


@pytest.mark.parametrize("label", ["Medlemmer", "Deltagere", "Til stede", "Fremmødte"])
@pytest.mark.parametrize("gap", ["        ", "\t"])
def test_members_with_apologies_in_a_second_column(label: str, gap: str) -> None:
    header = f"{label}: Lone Bach (formand), Erik Thygesen, Kasper Holt{gap}Afbud: Kasper Holt"
    assert _attendance(header) == [
        ("Lone Bach", False, "formand"),
        ("Erik Thygesen", False, None),
        ("Kasper Holt", True, None),
    ]


def test_members_and_apologies_as_a_tables_rows() -> None:
    # A Word or web table's rows read as "label<TAB>value", without a colon.
    header = "Medlemmer\tLone Bach (formand), Erik Thygesen, Mona Riis\nAfbud\tMona Riis"
    assert _attendance(header) == [
        ("Lone Bach", False, "formand"),
        ("Erik Thygesen", False, None),
        ("Mona Riis", True, None),
    ]


def test_one_member_a_line_in_the_values_column() -> None:
    header = (
        "Medlemmer:       Grete Holm (A), formand\n"
        "                 Kasper Brink (V)\n"
        "                 Lone Ravn (F)\n"
        "Fraværende:      Lone Ravn (F)"
    )
    assert _attendance(header) == [
        ("Grete Holm", False, "A, formand"),
        ("Kasper Brink", False, "V"),
        ("Lone Ravn", True, "F"),
    ]


def test_a_list_wrapped_at_the_pages_width_stays_one_list() -> None:
    header = "Medlemmer: Lone Bach (formand), Erik Thygesen, Mona\nRiis, Kasper Holt"
    assert [a for a, _, _ in _attendance(header)] == [
        "Lone Bach", "Erik Thygesen", "Mona Riis", "Kasper Holt",
    ]  # fmt: skip


def test_names_apart_by_middle_dots_a_count_and_a_note_after_a_dash() -> None:
    header = (
        "Medlemmer: Jakob Ravn (Ø), formand · Frederik Toft (V) · Maja Lund og 38 andre\n"
        "Fraværende: Frederik Toft (V) - afbud. Stedfortræder ikke indkaldt."
    )
    assert _attendance(header) == [
        ("Jakob Ravn", False, "Ø, formand"),
        ("Frederik Toft", True, "V"),
        ("Maja Lund", False, None),
    ]


def test_a_note_under_the_apologies_is_no_name_a_line() -> None:
    header = "Fraværende: Jette Aalund (A)\nMødet hævet kl. 22.05"
    assert ("Mødet hævet kl. 22.05", True, None) not in _attendance(header)


def test_members_is_attendance_not_the_board() -> None:
    meeting = parse_text(
        "Referat\nØkonomiudvalget\nDato: 3. marts 2025\nMedlemmer: Lone Bach\n\n" + POINTS,
        "oekonomiudvalget/referat.txt",
    )
    assert meeting.board == "Økonomiudvalget"
    assert meeting.attendees == (Attendee("Lone Bach"),)


TABLE = """<html><head><title>Referat</title></head><body><main>
<h1>Teknik- og Miljøudvalget</h1>
<p>Referat af mødet tirsdag den 12. november 2024 kl. 15.00</p>
<table>
<tr><th>Nr.</th><th>Sag</th><th>Sagsnr.</th><th>Status</th><th>Beslutning</th></tr>
<tr><td>1</td><td>Godkendelse af dagsorden</td><td>2024-014411</td><td>Åben</td>
<td>Godkendt.</td></tr>
<tr><td>2</td><td>Vejbelysning på landet</td><td>2024-009876</td><td>Åben</td>
<td>Udvalget godkendte, at 1.450 gamle gadelamper udskiftes til LED i 2025.</td></tr>
<tr><td>3</td><td>Erstatningssag</td><td>2024-007712</td><td>Lukket</td>
<td>Forhandlingerne fortsætter om den grå gartner.</td></tr>
</table></main></body></html>
"""


def test_a_web_tables_decision_column_is_each_points_decision(tmp_path: Path) -> None:
    path = tmp_path / "teknik-og-miljoeudvalget" / "referat.html"
    path.parent.mkdir()
    path.write_text(TABLE, "utf-8")
    meeting = parse_file(path)
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (1, "2024-014411", False),
        (2, "2024-009876", False),
        (3, "2024-007712", True),
    ]
    for point in meeting.points[:2]:
        (section,) = point.sections
        assert section.name == "Beslutning"
        # Dated with the meeting's date: no other date is given.
        assert section.decision_date == date(2024, 11, 12)
    assert meeting.points[2].sections == ()
    assert "grå gartner" not in meeting.text


LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def test_lettered_points_past_h_go_on_as_letters() -> None:
    text = "Referat af Landsbyrådets møde\nDato: 3. marts 2025\n\n" + "".join(
        f"{letter}. Emne {letter.lower()}{letter.lower()}\nRådet drøftede sagen.\n\n"
        for letter in LETTERS[:25]
    )
    meeting = parse_text(text, "landsbyraadet/referat.txt")
    assert [(p.number, p.label) for p in meeting.points] == [
        (k + 1, letter) for k, letter in enumerate(LETTERS[:25])
    ]


def test_roman_numerals_stay_roman() -> None:
    text = "Referat af Landsbyrådets møde\nDato: 3. marts 2025\n\n" + "".join(
        f"{numeral}. Emne {k}\nRådet drøftede sagen.\n\n"
        for k, numeral in enumerate(["I", "II", "III", "IV", "V", "VI", "VII"], 1)
    )
    meeting = parse_text(text, "landsbyraadet/referat.txt")
    assert [p.number for p in meeting.points] == [1, 2, 3, 4, 5, 6, 7]


def test_a_letter_read_as_the_letter_it_is() -> None:
    found = point_heading("I. Busruter", letters=True)
    assert found is not None and (found.number, found.label) == (9, "I")
    found = point_heading("I. Busruter")
    assert found is not None and found.number == 1


# Forms found missing in layouts_train17.

NUMBERED = "\n".join(
    f"{n:>3}   {line}" if line else ""
    for n, line in enumerate(
        [
            "Regionsrådet",
            "Referat",
            "Mødedato: 26. februar 2025",
            "1. Godkendelse af dagsorden",
            "Sagsnr.: 1-01-72-3-25",
            "Beslutning",
            "Godkendt.",
            "2. Akutklinik i Thyrup",
            "Sagsnr.: 1-30-24-11-24",
            "Sagsfremstilling",
            "Klinikken holder åbent til kl. 23.",
            "Beslutning",
            "Godkendt.",
        ],
        1,
    )
)


def test_line_numbers_in_the_margin_are_no_text(tmp_path: Path) -> None:
    path = tmp_path / "regionsraadet" / "referat.txt"
    path.parent.mkdir()
    path.write_text(NUMBERED, "utf-8")
    meeting = parse_file(path)
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden", "1-01-72-3-25"),
        (2, "Akutklinik i Thyrup", "1-30-24-11-24"),
    ]
    assert meeting.points[1].sections[0].text == "Klinikken holder åbent til kl. 23."


def test_numbered_points_in_a_body_are_no_line_numbers(tmp_path: Path) -> None:
    # A few numbered lines among many without numbers: the text keeps them.
    text = (
        "Referat\nØkonomiudvalget\nDato: 3. marts 2025\n\n"
        "1 Godkendelse af dagsorden\nSagsnr.: 25/1\nBeslutning:\nGodkendt.\n\n"
        "2 Vejbelysning\nSagsnr.: 25/2\nSagsfremstilling:\nLamperne skiftes.\nBeslutning:\n"
        "Godkendt.\n"
    )
    path = tmp_path / "oekonomiudvalget" / "referat.txt"
    path.parent.mkdir()
    path.write_text(text, "utf-8")
    meeting = parse_file(path)
    assert [p.title for p in meeting.points] == ["Godkendelse af dagsorden", "Vejbelysning"]


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("Sag 31/2024: Godkendelse af dagsorden", 31, "Godkendelse af dagsorden"),
        ("Sag 34/2024: Klage fra pårørende (Fortroligt)", 34, "Klage fra pårørende (Fortroligt)"),
        ("Ad dagsordenens punkt 3: Takster 2025", 3, "Takster 2025"),
    ],
)
def test_a_points_number_in_the_years_run_and_a_company_boards_form(
    line: str, number: int, title: str
) -> None:
    found = point_heading(line)
    assert found is not None and (found.number, found.title) == (number, title)


def test_a_case_number_with_a_two_digit_year_is_no_points_number() -> None:
    assert point_heading("Sag 24/1234: Vejbelysning") is None


def test_behandling_is_a_section_of_its_own() -> None:
    text = (
        "Beslutningsprotokol\nErhvervsudvalget\nMøde den 11. februar 2025\n\n"
        "Punkt 8 – Erhvervsfremme\nSagsnr. 24/09112\n"
        "Indstilling: Direktionen indstiller, at aftalen fornyes.\n"
        "Behandling: Udvalget drøftede iværksætterkurser.\n"
        "Beslutning: Godkendt.\n"
    )
    (point,) = parse_text(text, "erhvervsudvalget/protokol.txt").points
    assert [(s.name, s.text) for s in point.sections] == [
        ("Indstilling", "Direktionen indstiller, at aftalen fornyes."),
        ("Behandling", "Udvalget drøftede iværksætterkurser."),
        ("Beslutning", "Godkendt."),
    ]
    assert point.sections[2].decision_date == date(2025, 2, 11)


def test_a_word_table_of_sections_reads_as_the_sections(tmp_path: Path) -> None:
    from docx import Document

    d = Document()
    d.add_paragraph("Referat – Børne- og Ungeudvalget")
    d.add_paragraph("Mødedato: 2. december 2024")
    d.add_paragraph("Punkt 1: Lektiecafé")
    d.add_paragraph("Sagsnr.: 24/16003")
    table = d.add_table(rows=2, cols=2)
    for k, (name, text) in enumerate(
        (("Indstilling", "At ordningen støttes."), ("Beslutning", "Godkendt."))
    ):
        table.rows[0].cells[k].text = name
        table.rows[1].cells[k].text = text
    d.add_paragraph("Punkt 2: Eventuelt")
    d.add_paragraph("Sagsnr.: 24/20111")
    d.add_paragraph("Beslutning")
    d.add_paragraph("Intet.")
    path = tmp_path / "referat.docx"
    d.save(str(path))
    meeting = parse_file(path)
    assert [(s.name, s.text) for s in meeting.points[0].sections] == [
        ("Indstilling", "At ordningen støttes."),
        ("Beslutning", "Godkendt."),
    ]
    assert meeting.points[0].sections[1].decision_date == date(2024, 12, 2)
