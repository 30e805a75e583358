"""Reader rules found on the invented layouts of tests/resources/layouts_train12b: OCR'd
typewritten minutes, two-column PDF text, Word tables, meetings over two days, a date in the
file name only, extraordinary meetings, English committees. All text here is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
from layout_gold import gold_checks

from indexer.headings import case_number, find_date
from indexer.parse import parse_file, parse_text

# The set's files read against their gold (see layout_gold.py).
GOLD = gold_checks(
    Path(__file__).resolve().parents[1] / "resources" / "layouts_train12b",
    known={
        "01_ocr_maskinskrevet.txt": "the board in capitals reads 'Teknisk udvalg' (gold "
        "'Teknisk Udvalg'), and OCR's 'l997' stays in point 4's title",
    },
)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read


def test_a_meeting_over_two_days_is_dated_by_its_first_day() -> None:
    text = (
        "Byrådet\n\nReferat fra budgetseminar\n12. og 13. november 2024\nKroen i Lyngå\n\n"
        "Punkt 1 - Godkendelse af dagsorden\nSag: 24/31001\nBeslutning\nGodkendt.\n\n"
        "Punkt 2 - Budget 2025\nSag: 24/18402\nBeslutning\nVedtaget.\n"
    )
    assert parse_text(text, "byraad.txt").date == date(2024, 11, 12)
    assert find_date("3.-4. juni 2025")[0] == date(2025, 6, 3)  # type: ignore[index]
    assert find_date("Meeting 14 and 15 May 2025")[0] == date(2025, 5, 14)  # type: ignore[index]
    # A number before "og" that is no day of the same meeting stays out.
    assert find_date("punkt 3 og 13. maj 2024")[0] == date(2024, 5, 13)  # type: ignore[index]
    assert find_date("den 1. og 30. maj 2024")[0] == date(2024, 5, 30)  # type: ignore[index]


def test_a_header_without_a_date_takes_the_file_names() -> None:
    text = (
        "REFERAT\n\nSkole- og Familieudvalget, Vestmose Kommune\nMødested: Byskolen\n\n"
        "1. Godkendelse af dagsorden\nJ.nr. 17.00.00-A00-41-23\nGodkendt.\n\n"
        "2. Åbningstider i SFO\nJ.nr. 17.02.08-P20-2-23\nBeslutning: Godkendt.\n"
    )
    meeting = parse_text(text, "arkiv/skoleudvalg_2023-10-04.txt")
    assert meeting.date == date(2023, 10, 4)
    assert any("file name" in w for w in meeting.warnings)
    # A date in the header still wins over the file's name.
    dated = text.replace("Mødested", "Dato: 5. oktober 2023\nMødested")
    assert parse_text(dated, "skoleudvalg_2023-10-04.txt").date == date(2023, 10, 5)


def test_an_extraordinary_meeting_word_names_the_board() -> None:
    text = (
        "Lyngå Kommune\n\nEkstraordinært byrådsmøde\n\nReferat\n"
        "Torsdag den 16. januar 2025 kl. 19.00 i Byrådssalen\n\n"
        "1. Garanti for lån til Lyngå Fjernvarme\nSagsnr.: 25/00412\n\n"
        "Sagsfremstilling\nVærket beder om en garanti.\n\nBeslutning\nGodkendt.\n"
    )
    assert parse_text(text, "x.txt").board == "Byrådet"
    alone = text.replace("Ekstraordinært byrådsmøde\n\nReferat\n", "Referat\nBestyrelsesmøde\n")
    assert parse_text(alone, "x.txt").board == "Bestyrelsen"


_TWO_COLUMNS = """Sandvig Kommune                                   Beskæftigelsesudvalget

REFERAT
Mødedato        Onsdag den 4. september 2024
Mødested        Jobcentret


Punkt           11
Titel           Godkendelse af dagsorden
Sagsnr.         24/11203
Beslutning      Godkendt.


Punkt           12
Titel           Lukket punkt: Klage over afgørelse om fleksjob
Sagsnr.         24/13302
Resumé          En borger har klaget over afgørelsen.
Beslutning      Udvalget fastholdt afgørelsen.


Punkt           13
Titel           Meddelelser
Sagsnr.         24/00015
Resumé          Formanden orienterede om jobmessen.
"""


def test_two_column_labels_give_the_points_number_and_title() -> None:
    meeting = parse_text(_TWO_COLUMNS, "x.txt")
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (11, "Godkendelse af dagsorden", "24/11203"),
        (12, "Lukket punkt: Klage over afgørelse om fleksjob", "24/13302"),
        (13, "Meddelelser", "24/00015"),
    ]
    assert meeting.points[1].closed
    # The next point's label line is no part of the body above it.
    assert _TWO_COLUMNS[meeting.points[0].start : meeting.points[0].end].endswith("Godkendt.")


_ENGLISH = """Nordvig Euroregion
Joint Committee for Cross-Border Cooperation

MINUTES

Meeting of 14 May 2025, 10:00-13:00

Item 1  Adoption of the agenda
Ref. no.: NVE-2025-031
The agenda was adopted.

Item 2  Small projects fund
Reference number: 25/0455
Decision: Approved as recommended.

Item 3  Any other business
File no. 2025-77
Nothing was raised.
"""


def test_english_reference_labels_give_the_case_number() -> None:
    meeting = parse_text(_ENGLISH, "x.txt")
    assert [p.case_number for p in meeting.points] == ["NVE-2025-031", "25/0455", "2025-77"]
    assert case_number("Refusion af udgifter 24/1234") is None
    assert case_number("File normally kept 24/1234") is None


def test_an_english_board_for_a_purpose_is_the_board() -> None:
    # "Meeting of 14 May 2025" is no board: a name never ends on "of".
    assert parse_text(_ENGLISH, "x.txt").board == "Joint Committee for Cross-Border Cooperation"
    other = _ENGLISH.replace("Joint Committee for Cross-Border Cooperation", "Board of Governors")
    assert parse_text(other, "x.txt").board == "Board of Governors"


def test_a_word_table_with_a_row_per_point_reads_as_points(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Børneudvalget")
    document.add_paragraph("Referat af mødet mandag den 9. december 2024")
    table = document.add_table(rows=1, cols=4)
    for cell, name in zip(
        table.rows[0].cells, ("Nr.", "Sag", "Sagsnr.", "Beslutning"), strict=True
    ):
        cell.text = name
    rows = [
        ("7", "Godkendelse af dagsorden", "", "24-003118", "Godkendt."),
        ("8", "Nye faglokaler", "Skolen har lokaler fra 1974 uden udsugning.", "24-003240",
         "Anbefales."),
        ("9", "Elevsag (Lukket)", "En elev har medbragt en kniv på skolen.", "24-003355",
         "Taget til efterretning."),
    ]  # fmt: skip
    for number, title, body, case, decided in rows:
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].paragraphs[0].add_run(title).bold = True
        if body:
            cells[1].add_paragraph(body)
        cells[2].text = case
        cells[3].text = decided
    path = tmp_path / "boern.docx"
    document.save(str(path))
    meeting = parse_file(path)
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (7, "Godkendelse af dagsorden", "24-003118", False),
        (8, "Nye faglokaler", "24-003240", False),
        (9, "Elevsag (Lukket)", "24-003355", True),
    ]
    point = meeting.points[1]
    assert [s.heading for s in point.sections][-1] == "Beslutning"
    assert "uden udsugning" in point.text and "kniv" not in meeting.points[2].text


def test_ocr_letters_for_digits_in_a_case_number_are_read_as_digits() -> None:
    assert case_number("Saq nr. 97/0O12") == ("97/0012", False)
    assert case_number("Sagsnr.: 96/0l09") == ("96/0109", False)
    assert case_number("J.nr. 97/O405") == ("97/0405", False)
    # Letters that belong to the number stay: ESDH ids, KLE facets, a part with no digit.
    assert case_number("Sagsnr.: EMN-2023-00013") == ("EMN-2023-00013", False)
    assert case_number("J.nr. 00.01.00-A00-1-19") == ("00.01.00-A00-1-19", False)
    assert case_number("Sagsnr. Ol/12") == ("Ol/12", False)


def test_points_answered_by_ad_take_their_titles_from_the_agenda_above() -> None:
    text = (
        "Ældrerådet i Bøgely Kommune\n\nReferat af møde den 3. april 2025\n\n"
        "Dagsorden:\n1. Godkendelse af dagsorden\n2. Høring om madservice\n"
        "3. Henvendelse fra borger (lukket)\n4. Eventuelt\n\n"
        "Ad 1\nDagsordenen blev godkendt.\n\n"
        "Ad 2\nMaden leveres kun tre gange om ugen. Rådet er bekymret.\n\n"
        "Ad 3\nEn pårørende har skrevet om sin mor, der er faldet to gange.\n\n"
        "Ad 4\nIntet.\n"
    )
    meeting = parse_text(text, "x.txt")
    assert [(p.number, p.title, p.closed) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden", False),
        (2, "Høring om madservice", False),
        (3, "Henvendelse fra borger (lukket)", True),
        (4, "Eventuelt", False),
    ]
    # The first sentence is the body, not a title.
    assert "tre gange om ugen" in meeting.points[1].text
    assert "faldet to gange" not in meeting.text


def test_a_closed_attachment_in_a_bilag_list_is_no_point() -> None:
    text = (
        "Byrådet\nReferat af mødet mandag den 24. marts 2025\n\n"
        "54. Godkendelse af dagsorden\nSagsnr.: 25/4410\nBeslutning\nGodkendt.\n\n"
        "55. Lokalplan for Engvej\nSagsnr.: 23/18882\nSagsfremstilling\nPlanen giver 46 huse.\n"
        "Beslutning\nVedtaget.\nBilag:\n1. Lokalplan, forslag\n2. Høringsnotat\n\n"
        "56. Lukket punkt: Salg af Toftvej 9\nSagsnr.: 24/30177\nSagsfremstilling\nFem bud.\n"
        "Beslutning\nGodkendt.\nBilag:\n1. Budoversigt (fortroligt)\n2. Vurdering (lukket)\n"
    )
    meeting = parse_text(text, "x.txt")
    assert [p.number for p in meeting.points] == [54, 55, 56]


def test_a_section_name_beside_its_text_opens_the_section() -> None:
    meeting = parse_text(_TWO_COLUMNS, "x.txt")
    first, last = meeting.points[0], meeting.points[2]
    assert [(s.name, s.text) for s in first.sections] == [("Beslutning", "Godkendt.")]
    assert [(s.name, s.text) for s in last.sections] == [
        ("Resume", "Formanden orienterede om jobmessen.")
    ]
    assert first.sections[0].decision_date == date(2024, 9, 4)
    # A row of figures under a section's name stays text of the section above.
    table = _TWO_COLUMNS.replace(
        "Formanden orienterede om jobmessen.", "Formanden orienterede.\nØkonomi\t2025\t2026"
    )
    assert [s.name for s in parse_text(table, "x.txt").points[2].sections] == ["Resume"]
