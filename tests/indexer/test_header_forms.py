"""Meeting headers behind a web page's menus or an e-mail's header (invented minutes)."""

from __future__ import annotations

from datetime import date

from indexer.parse import parse_text

POINTS = (
    "1. Godkendelse af dagsorden\nSagsnr.: 25/0001\n\nBeslutning\nGodkendt.\n\n"
    "2. Tilskud til byfesten\nSagsnr.: 25/0002\n\nSagsfremstilling\nByfesten søger 30.000 kr.\n\n"
    "Beslutning\nBevilget.\n"
)


def test_a_title_behind_a_web_pages_menus() -> None:
    menus = "\n".join(
        ["Gå til indhold", "Egeby Kommune", "Søg", "Menu", "Borger", "Erhverv", "Politik"]
        + ["Om kommunen", "Selvbetjening", "Forside", "›", "Politik", "›", "Møder"]
    )
    text = f"{menus}\n\nReferat - Fritidsudvalget\nMødedato: 11.03.2025 kl. 17:00\n\n{POINTS}"
    meeting = parse_text(text, "side.txt")
    assert (meeting.board, meeting.date) == ("Fritidsudvalget", date(2025, 3, 11))


def test_an_e_mail_header_is_not_the_meeting() -> None:
    text = (
        "Fra: Sekretariatet <sek@egeby.dk>\nSendt: 2. maj 2024 09:12\nTil: Rådets medlemmer\n"
        "Emne: Referat\n\nKære alle\nHer er referatet.\n\nVenlig hilsen\nAnne\n"
        "Sekretær for Seniorrådet\n\n"
        f"Referat af møde torsdag den 25. april 2024 kl. 14.00\n\n{POINTS}"
    )
    meeting = parse_text(text, "mail.txt")
    assert (meeting.board, meeting.date) == ("Seniorrådet", date(2024, 4, 25))


def test_metadata_values_aligned_in_a_column() -> None:
    """PDF text sets labels' values in a column ("Sagsnummer:     28.00.00-Ø00-7-25"); a
    wrapped title above it is still a heading."""
    text = (
        "Skoleudvalget - Referat - 9. september 2025\n\n"
        "4.     Ny skolevej mellem Bakkeskolen og Vestbyens\n       Idrætshal\n\n"
        "Sagsnummer:     17.02.00-P20-2-25\nÅben/lukket:    Åben\n\n"
        "Sagsfremstilling\nVejen anlægges i 2026.\n\nBeslutning\nGodkendt.\n\n"
        "5.     Klage over kørsel\n\nSagsnummer:     28.15.00-K08-4-25\n"
        "Åben/lukket:    Lukket\n\nSagsfremstilling\nForældrene klager over kørslen.\n"
    )
    points = {p.number: p for p in parse_text(text, "pdf.txt").points}
    assert points[4].title == "Ny skolevej mellem Bakkeskolen og Vestbyens Idrætshal"
    assert points[4].case_number == "17.02.00-P20-2-25" and not points[4].closed
    assert points[5].case_number == "28.15.00-K08-4-25" and points[5].closed
    assert "klager" not in points[5].text


def test_a_decision_record_is_minutes_and_a_bracketed_case_label_is_read() -> None:
    text = (
        "Beslutningsprotokol - Seniorrådet - 2. maj 2024\n\n"
        "1. Høring om madservice\n(sagsnr. 24/3370)\n\nSagsfremstilling\nTaksten stiger.\n\n"
        "2. Nyt fra formanden\n(sagsnr. 24/3371)\n\nSagsfremstilling\nIntet nyt.\n"
    )
    meeting = parse_text(text, "protokol.txt")
    assert meeting.kind == "referat"
    assert [p.case_number for p in meeting.points] == ["24/3370", "24/3371"]


def test_a_board_written_out_beats_its_initials() -> None:
    header = "Referat KFU 23.01.2024\n\nKultur- og Fritidsudvalget\nReferat af ordinært møde"
    text = f"{header}\n\n{POINTS}"
    assert parse_text(text, "kfu.txt").board == "Kultur- og Fritidsudvalget"


def test_a_decision_label_misread_by_ocr() -> None:
    text = (
        "Sognerådets møde den 14. november 1989\n\n"
        "Pkt. 1.    Vejbelysning på Bygaden.\n           J.nr. 05.01.02 P 16.\n\n"
        "           Beslutnlng:\n           Godkendt.\n"
    )
    meeting = parse_text(text, "ocr.txt")
    assert meeting.kind == "referat"
    assert [d.text.strip() for d in meeting.points[0].decisions] == ["Godkendt."]


# A board named as the meeting's ("Møde i …", "Mødeforum: …", "bestyrelsesmøde i …") or with
# the place it serves ("… ved Birkeskov Skole"): the board is the name, not the meeting.
MEETING_OF_HEADERS = [
    ("Referat\nMøde: Økonomiudvalget, 4. marts 2026", "Økonomiudvalget"),
    ("Referat\nMøde i Økonomiudvalget\nTid: Onsdag 4. marts 2026, kl. 16.00", "Økonomiudvalget"),
    ("Referat: Møde i Handicaprådet 04/03/2026", "Handicaprådet"),
    (
        "Referat\nMødeforum: Beskæftigelsesudvalget\nMødedato: 4. marts 2026",
        "Beskæftigelsesudvalget",
    ),
    (
        "Skolebestyrelsen ved Birkeskov Skole\nReferat af møde 4. marts 2026",
        "Skolebestyrelsen ved Birkeskov Skole",
    ),
    ("Referat af bestyrelsesmøde i skolebestyrelsen, 4. marts 2026", "Skolebestyrelsen"),
    # The space after the day's dot left out.
    ("Referat\nUdvalg: Økonomiudvalget\nDato: 4.marts 2026", "Økonomiudvalget"),
]


def test_a_board_named_as_its_meeting() -> None:
    body = (
        "\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n2. Budget 2027\n"
        "Sagsnr.: 26/1\nSagsfremstilling\nBudgettet fremlægges.\nBeslutning: Godkendt.\n"
    )
    for header, board in MEETING_OF_HEADERS:
        meeting = parse_text(header + body, "x.txt")
        assert (meeting.board, meeting.date) == (board, date(2026, 3, 4)), header


def test_an_ocr_digit_in_the_board_and_an_agenda_label_in_minutes() -> None:
    # Invented 1980s minutes read by OCR: "1" for "l" in the board's name, "Dagsorden:" over
    # the list of points (a label, not the kind), decisions under each point.
    text = (
        "HOLMSTRUP KOMMUNE\n\nSkoleudva1gets møde onsdag den 3. juni 1987 kl. 19.30.\n\n"
        "Dagsorden:\n 1. Meddelelser.\n 2. Vejbelysning.\n\n"
        "Pkt. 1. Meddelelser.\n\nIntet.\n\nBeslutning:\nTil efterretning.\n\n"
        "Pkt. 2. Vejbelysning.\nJ.nr. 05.01.06 P 20\n\nFem nye master opsættes.\n\n"
        "Beslutning:\nGodkendt.\n"
    )
    meeting = parse_text(text, "scan.txt")
    assert (meeting.board, meeting.date, meeting.kind) == (
        "Skoleudvalget",
        date(1987, 6, 3),
        "referat",
    )
    assert [p.number for p in meeting.points] == [1, 2]


def test_a_board_named_by_its_meeting_or_in_a_column() -> None:
    body = (
        "\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning: Godkendt.\n\n"
        "Punkt 2: Lejrskole\nSagsnr. 26/12\n\nSagsfremstilling\nLejrskolen koster 900 kr.\n\n"
        "Beslutning: Godkendt.\n"
    )
    school = parse_text(
        "Bakkeskolen\n\nReferat af skolebestyrelsesmøde tirsdag d. 3. marts 2026 kl. 18" + body,
        "x.docx",
    )
    assert school.board == "Skolebestyrelsen"
    columns = parse_text(
        "Holmstrup Kommune                          Økonomiudvalget\nReferat"
        "                                     03-03-2026\n\nMødedato:   03-03-2026" + body,
        "y.txt",
    )
    assert (columns.board, columns.date) == ("Økonomiudvalget", date(2026, 3, 3))
