"""Layouts of Danish minutes added as training variety in round 12 (issue 14).

Each test holds, in invented minutes, a form the reader once misread: an accordion web page, a
disclosure list, a contents list above web badges, closed marks and print stamps written the
way an agenda system, a secretary or a small council might write them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_gold import gold_checks

from indexer.models import Meeting
from indexer.parse import parse_file

# The set's files read against their gold (see layout_gold.py).
GOLD = gold_checks(
    Path(__file__).resolve().parents[1] / "resources" / "layouts_train12",
    known={
        "07_lokalraad_email.txt": "point 5 cites the municipality's case number inside a "
        "sentence of its body ('(kommunens j.nr. 05.01.00-G01-2-25)'): not read as its case",
    },
)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read


def _read(tmp_path: Path, text: str, name: str = "referat.txt") -> Meeting:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


def _accordion_item(target: str, title: str, body: str) -> str:
    return (
        '<div class="accordion-item"><h2 class="accordion-header">'
        f'<button class="accordion-button collapsed" type="button" data-bs-target="#{target}">'
        f"{title}</button></h2>"
        f'<div id="{target}" class="accordion-collapse collapse"><div class="accordion-body">'
        f"{body}</div></div></div>"
    )


def test_accordion_button_in_a_heading_is_the_point_heading(tmp_path: Path) -> None:
    # Bootstrap-style accordion: each point's heading is a button inside an <h2>. A button is
    # otherwise a control and dropped, which lost every heading.
    page = (
        "<html><body><h1>Kulturudvalget</h1><p>Referat</p><p>Mødedato: 04.06.2025</p>"
        '<p><button type="button">Fold alle ud</button></p><div class="accordion">'
        + _accordion_item(
            "a1",
            "1. Godkendelse af dagsorden",
            "<p>Sagsnummer: 7-11-2-25</p><h4>Beslutning</h4><p>Godkendt.</p>",
        )
        + _accordion_item(
            "a2",
            "2. Tilskud til bymusik",
            "<p>Sagsnummer: 7-40-9-25</p><h4>Sagsfremstilling</h4>"
            "<p>Orkestret søger 40.000 kr. til nye instrumenter.</p>"
            "<h4>Beslutning</h4><p>Bevilget.</p>",
        )
        + _accordion_item("a3", "3. Eventuelt", "<h4>Beslutning</h4><p>Intet.</p>")
        + "</div></body></html>"
    )
    meeting = _read(tmp_path, page, "kultur.html")
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden", "7-11-2-25"),
        (2, "Tilskud til bymusik", "7-40-9-25"),
        (3, "Eventuelt", None),
    ]
    assert "Fold alle ud" not in "\n".join(p.text for p in meeting.points)


def test_contents_entry_above_a_badge_is_no_point(tmp_path: Path) -> None:
    # A web page copied from the browser: a list of the points, then each point with its status
    # badge ("Åben" / "Lukket") above its heading. The last entry of the list is followed by the
    # first point's badge, which is no body: the entry read as point 6 and the real closed
    # point 6 was numbered 7.
    text = (
        "Miljøudvalget\nReferat\nMødedato\n3. juni 2025\n\n"
        "Punkter\nÅbne punkter\n1. Godkendelse af dagsorden\n2. Støjhandlingsplan\n"
        "Lukkede punkter\n3. Køb af areal\n"
        "Åben\n1. Godkendelse af dagsorden\nSagsnummer: 01.11.00-A00-2-25\n"
        "Beslutning i Miljøudvalget den 03-06-2025\nGodkendt.\n"
        "Åben\n2. Støjhandlingsplan\nSagsnummer: 09.00.00-P15-4-24\n"
        "Sagsfremstilling\nPlanen peger på 14 strækninger med støj over 58 dB.\n"
        "Beslutning i Miljøudvalget den 03-06-2025\nGodkendt.\n"
        "Lukket\n3. Køb af areal\nSagsnummer: 02.34.00-G10-1-25\n"
        "Beslutning i Miljøudvalget den 03-06-2025\nGodkendt.\n"
    )
    meeting = _read(tmp_path, text)
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (1, "01.11.00-A00-2-25", False),
        (2, "09.00.00-P15-4-24", False),
        (3, "02.34.00-G10-1-25", True),
    ]


def _disclosure(number: int, title: str, badge: str, body: str) -> str:
    return (
        f'<details><summary><span class="no">{number}.</span> {title} '
        f'<span class="badge">{badge}</span></summary>{body}</details>'
    )


def test_disclosure_summary_with_status_badges(tmp_path: Path) -> None:
    # Points folded in <details>, the heading in <summary> with a status badge after the
    # title: "Lukket" closes the point (its body never read), "Åben" is no part of the title.
    page = (
        "<html><body><main><h1>Ældre- og Sundhedsudvalget</h1><p>Referat</p>"
        "<dl><dt>Dato</dt><dd>2. september 2025</dd></dl>"
        + _disclosure(
            1,
            "Godkendelse af dagsorden",
            "Åben",
            "<p>Sagsnr.: S2025-01001</p><h3>Beslutning</h3><p>Godkendt.</p>",
        )
        + _disclosure(
            2,
            "Klage over hjemmehjælp",
            "Lukket",
            "<p>Sagsnr.: S2025-01077</p><h3>Beslutning</h3><p>Afslaget til fru Ravnsholt står.</p>",
        )
        + _disclosure(3, "Meddelelser", "Åbent punkt", "<h3>Beslutning</h3><p>Ingen.</p>")
        + "</main></body></html>"
    )
    meeting = _read(tmp_path, page, "aeldre.html")
    points = meeting.points
    assert [(p.number, p.closed) for p in points] == [(1, False), (2, True), (3, False)]
    assert [points[0].title, points[2].title] == ["Godkendelse af dagsorden", "Meddelelser"]
    assert points[1].case_number == "S2025-01077"
    assert "Ravnsholt" not in "\n".join(p.text for p in points)


def test_closed_mark_opening_a_note_after_the_title(tmp_path: Path) -> None:
    # A small council's secretary explains the mark in the same brackets. A bare "lukket"
    # there may say so of the matter: the garden is closed, not the point.
    text = (
        "Referat\nBestyrelsen for Ågade Borgerhus\nMøde tirsdag den 4. marts 2025\n\n"
        "1) Regnskab 2024\nRegnskabet blev godkendt.\n\n"
        "2) Ansættelse af vicevært (lukket punkt – ikke med i det offentlige referat)\n"
        "Bestyrelsen tilbyder stillingen til Hr. Vindberg.\n\n"
        "3) Udlejning (fortroligt, jf. aftale med lejer)\nLejen sættes ned med 900 kr.\n\n"
        "4) Haven (lukket - åbner igen til påske)\nDer er sået nyt græs.\n"
    )
    points = _read(tmp_path, text).points
    assert [(p.number, p.closed) for p in points] == [(1, False), (2, True), (3, True), (4, False)]
    assert "Vindberg" not in "\n".join(p.text for p in points)


def test_print_stamp_sharing_a_line_with_the_page_number(tmp_path: Path) -> None:
    # A PDF printed from the agenda system: the stamp and the page number share the page's
    # first line. It is neither the board nor part of a point's body.
    text = (
        "Udskrevet den 14-10-2025 kl. 13:02                          Side 1 af 2\n\n"
        "HAVSTRUP KOMMUNE\nHandicaprådet\n\nREFERAT\n\nMødedato:   07-10-2025\n\n"
        "Punkt 1: Godkendelse af dagsorden\nGodkendt.\n\n"
        "Punkt 2: Tilgængelighed på stationen\nRådet har set på den nye rampe.\n\n"
        "                                                            Side 2 af 2\n"
        "Udskrevet den 14-10-2025 kl. 13:02\n\n"
        "Punkt 3: Eventuelt\nIntet.\n"
    )
    meeting = _read(tmp_path, text)
    assert meeting.board == "Handicaprådet"
    assert str(meeting.date) == "2025-10-07"
    assert all("Udskrevet" not in p.text for p in meeting.points)


@pytest.mark.parametrize(
    "note",
    [
        "*Draft minutes circulated on 25 March 2025.*",
        "Referatet er udsendt den 25. marts 2025",
        "Referat godkendt 25/3-2025",
    ],
)
def test_date_the_record_was_sent_or_approved_is_not_the_meeting_date(
    tmp_path: Path, note: str
) -> None:
    # A line near the title that names the minutes and dates them: when they were sent out or
    # approved. The meeting's date is on its own label line.
    text = (
        f"Vestby Youth Council — Minutes\n\n{note}\n\n**Date:** Thursday, 20 March 2025, 17:00\n\n"
        "## Item 1 – Approval of the agenda\n\n**Decision:** Approved.\n\n"
        "## Item 2 – Any other business\n\n**Decision:** None.\n"
    )
    assert str(_read(tmp_path, text, "minutes.md").date) == "2025-03-20"


@pytest.mark.parametrize(
    ("title", "board"),
    [
        ("Referat\nLokalrådet for Havbo og omegn\n", "Lokalrådet for Havbo og omegn"),
        (
            "Referat\nLandsbyrådet for Hvidkær og opland\n",
            "Landsbyrådet for Hvidkær og opland",
        ),
        # A sentence after the name is cut off, never leaving the name on a joining word.
        ("Referat\nMødet i Handicaprådet og blev holdt i salen\n", "Handicaprådet"),
    ],
)
def test_board_named_after_a_place_and_its_surroundings(
    tmp_path: Path, title: str, board: str
) -> None:
    text = (
        f"{title}Mandag den 13. januar 2025\n\n1) Økonomi\nKassen er gjort op.\n\n"
        "2) Eventuelt\nIntet.\n"
    )
    assert _read(tmp_path, text).board == board


def test_case_number_in_the_title_with_its_owner(tmp_path: Path) -> None:
    # A local council cites the municipality's case number in the heading, saying whose it is.
    text = (
        "Referat\nNørreskov Lokalråd\nMandag den 3. februar 2025\n\n"
        "1) Høring om lokalplan for Bakkevej (kommunens sagsnr. 01.02.05-P16-2-25)\n"
        "Vi skriver et høringssvar.\n\n"
        "2) Busrute 14 (regionens j.nr. 1-30-72-8-24)\nRuten bevares.\n\n"
        "3) Eventuelt\nIntet.\n"
    )
    points = _read(tmp_path, text).points
    assert [(p.title, p.case_number) for p in points] == [
        ("Høring om lokalplan for Bakkevej", "01.02.05-P16-2-25"),
        ("Busrute 14", "1-30-72-8-24"),
        ("Eventuelt", None),
    ]


@pytest.mark.parametrize(
    ("line", "board"),
    [
        # A council of a town or village, its place's name after the board.
        ("Lokalrådet Nørreskov", "Lokalrådet Nørreskov"),
        ("Ungdomsrådet Sandvig", "Ungdomsrådet Sandvig"),
        ("Integrationsrådet i Hvidsten", "Integrationsrådet i Hvidsten"),
        # The municipality after a comma is whose the board is, not its name.
        ("Handicaprådet, Hvidsten Kommune", "Handicaprådet"),
    ],
)
def test_board_line_with_its_place(tmp_path: Path, line: str, board: str) -> None:
    text = (
        f"Referat\n{line}\nMandag den 13. januar 2025\n\n1) Økonomi\nKassen er gjort op.\n\n"
        "2) Eventuelt\nIntet.\n"
    )
    assert _read(tmp_path, text).board == board


def test_sent_date_gives_way_to_a_meeting_date_with_a_short_year(tmp_path: Path) -> None:
    # The date the agenda was sent has a four-digit year, the meeting's only two digits: the
    # sent date is no meeting date while another line gives one.
    text = (
        "Referat\nByrådet\nUdsendt 28.03.2025\nAfholdt: 03.04.25\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "2. Eventuelt\nBeslutning\nIntet.\n"
    )
    assert str(_read(tmp_path, text).date) == "2025-04-03"


@pytest.mark.parametrize(
    "line", ["Behandlet for lukkede døre", "Behandlet på lukket møde.", "Behandlet fortroligt"]
)
def test_participle_alone_says_the_point_was_closed(tmp_path: Path, line: str) -> None:
    text = (
        "Referat\nByrådet\nDato: 3. april 2025\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        f"2. Køb af grund\n{line}\nSagsfremstilling\nSælger er Vognmand Friis.\n"
        "Beslutning\nGodkendt.\n\n3. Eventuelt\nBeslutning\nIntet.\n"
    )
    points = _read(tmp_path, text).points
    assert [p.closed for p in points] == [False, True, False]
    assert "Friis" not in points[1].text


def test_site_footer_named_with_a_hyphen_is_furniture(tmp_path: Path) -> None:
    # A page without <main>: its footer is known as the site's only by its class.
    page = (
        "<html><body><div><h1>Plan- og Boligudvalget</h1><p>Referat</p><p>Dato: 09.05.2025</p>"
        "<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>"
        "<h2>2. Eventuelt</h2><h3>Beslutning</h3><p>Intet.</p>"
        '<div class="site-footer">Vejle Å Kommune · Torvet 2 · Opdateret 12.05.2025</div>'
        "</div></body></html>"
    )
    points = _read(tmp_path, page, "plan.html").points
    assert points[-1].text.strip() == "Intet."


@pytest.mark.parametrize(
    "separator", ["---------- Videresendt besked ---------", "-----Original Message-----"]
)
def test_forwarded_mail_header_is_no_board_or_date(tmp_path: Path, separator: str) -> None:
    text = (
        f"{separator}\nFra: Per Holm <per@example.dk>\nDate: tir. 18. mar. 2025 kl. 20.14\n"
        "Subject: Referat\nTo: <alle@example.dk>\n\n"
        "Referat af bestyrelsesmøde i Brugerrådet på Kastanjehaven den 11. marts 2025\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Aktiviteter\nDer holdes forårsfest i april for beboere og pårørende.\n\n"
        "3. Eventuelt\nIntet.\n"
    )
    meeting = _read(tmp_path, text)
    assert (meeting.board, str(meeting.date)) == ("Brugerrådet på Kastanjehaven", "2025-03-11")


@pytest.mark.parametrize(
    "line",
    [
        "Frist for bemærkninger: 10. marts 2025",
        "Høringsfrist 10.03.2025",
        "Næste møde: 10. marts 2025",
    ],
)
def test_deadline_or_next_meeting_above_the_meeting_date(tmp_path: Path, line: str) -> None:
    text = (
        f"Dagsorden\nØkonomiudvalget\n{line}\nMøde: 12. marts 2025\n\n"
        "1. Godkendelse af dagsorden\nIndstilling\nGodkendes.\n\n2. Eventuelt\n"
    )
    assert str(_read(tmp_path, text).date) == "2025-03-12"


@pytest.mark.parametrize(
    ("title", "board"),
    [
        ("Ekstraordinært byrådsmøde\nTirsdag den 4. februar 2025 kl. 16.00", "Byrådet"),
        ("EKSTRAORDINÆRT BYRÅDSMØDE\n4. februar 2025", "Byrådet"),
        ("Ældrerådsmøde tirsdag den 4. februar 2025", "Ældrerådet"),
    ],
)
def test_meeting_word_of_a_title_names_the_board(tmp_path: Path, title: str, board: str) -> None:
    text = (
        f"{title}\n\nPunkt 1 Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "Punkt 2 Oversvømmelse ved havnen\nBeslutning\nGodkendt.\n"
    )
    assert _read(tmp_path, text).board == board


def test_points_as_items_of_an_ordered_list(tmp_path: Path) -> None:
    # Each point an item of one <ol>, its heading unnumbered: the browser shows the numbers.
    # The numbered list inside a point's body stays its text.
    page = (
        "<html><body><h1>Kulturudvalget</h1><p>Referat</p><p>Mødedato: 6. maj 2025</p>"
        '<ol start="4"><li><h3>Godkendelse af dagsorden</h3><p><b>Beslutning</b></p>'
        "<p>Godkendt.</p></li>"
        "<li><h3>Tilskud til musikskolen</h3><p>Sagsnr.: 25/12</p><p><b>Indstilling</b></p>"
        "<ol><li>at der bevilges 50.000 kr.</li><li>at beløbet tages fra puljen.</li></ol>"
        "<p><b>Beslutning</b></p><p>Bevilget.</p></li>"
        "<li><h3>Eventuelt</h3><p><b>Beslutning</b></p><p>Intet.</p></li></ol></body></html>"
    )
    points = _read(tmp_path, page, "kultur.html").points
    assert [(p.number, p.title) for p in points] == [
        (4, "Godkendelse af dagsorden"),
        (5, "Tilskud til musikskolen"),
        (6, "Eventuelt"),
    ]
    assert "at beløbet tages fra puljen" in points[1].text


def test_points_in_a_description_list(tmp_path: Path) -> None:
    # <dt> the point's heading, <dd> its text in paragraphs: no "label: value" line of the
    # header, which a <dl> of meeting facts is (and stays).
    page = (
        "<html><body><h1>Kulturudvalget</h1><p>Referat</p>"
        "<dl><dt>Mødedato</dt><dd>6. maj 2025</dd><dt>Sted</dt><dd>Rådhuset</dd></dl>"
        "<dl><dt>1. Godkendelse af dagsorden</dt><dd><p>Sagsnr.: 25/11</p>"
        "<p><b>Beslutning</b></p><p>Godkendt.</p></dd>"
        "<dt>2. Tilskud til musikskolen</dt><dd><p>Sagsnr.: 25/12</p>"
        "<p><b>Beslutning</b></p><p>Bevilget.</p></dd></dl></body></html>"
    )
    meeting = _read(tmp_path, page, "kultur.html")
    assert str(meeting.date) == "2025-05-06"
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden", "25/11"),
        (2, "Tilskud til musikskolen", "25/12"),
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Mødereferat", "referat"),
        ("Dagsorden med beslutninger", "referat"),
        ("Supplerende dagsorden til byrådsmødet", "tillægsreferat"),
        ("Tillæg til dagsorden", "tillægsreferat"),
        ("Foreløbig dagsorden", "dagsorden"),
    ],
)
def test_kind_named_in_other_words(tmp_path: Path, title: str, kind: str) -> None:
    # No decision below to tell minutes from an agenda: the title alone says the kind.
    text = (
        f"{title}\nByrådet\nDato: 3. april 2025\n\n1. Godkendelse af dagsorden\nIndstilling\n"
        "Godkendes.\n\n2. Budget\nSagsfremstilling\nTekst om budgettet.\n"
    )
    assert _read(tmp_path, text).kind == kind


def test_point_number_with_its_meeting_above_the_title(tmp_path: Path) -> None:
    # Each point opens with its number and the meeting it belongs to; the title follows.
    # A point with no case number under its title ("Eventuelt") was lost.
    text = (
        "Referat\nByrådet\nonsdag den 19. marts 2025 kl. 17.00\n\n"
        "Punkt 1, Byrådets møde den 19. marts 2025\nGodkendelse af dagsorden\n"
        "Sagsnummer: 25/000111\nBeslutning\nGodkendt.\n\n"
        "Punkt 2, Byrådets møde den 19. marts 2025\nSalg af byggegrunde\n"
        "Sagsnummer: 24/019882\nBeslutning\nVedtaget.\n\n"
        "Punkt 3, Byrådets møde den 19. marts 2025\nEventuelt\nBeslutning\nIntet.\n"
    )
    points = _read(tmp_path, text).points
    assert [(p.number, p.title, p.case_number) for p in points] == [
        (1, "Godkendelse af dagsorden", "25/000111"),
        (2, "Salg af byggegrunde", "24/019882"),
        (3, "Eventuelt", None),
    ]


def test_magistrate_is_a_board(tmp_path: Path) -> None:
    text = (
        "Magistraten\nReferat fra mødet den 3. marts 2025\n\n"
        "Punkt 5\nBudgetopfølgning\nSag: 25/2211\nBeslutning\nTaget til efterretning.\n\n"
        "Punkt 6\nNy parkeringsstrategi\nSag: 24/9911\nBeslutning\nGodkendt.\n"
    )
    assert _read(tmp_path, text).board == "Magistraten"


@pytest.mark.parametrize(
    "title", ["2025-04-08 Referat Ungdomsrådet", "08.04.2025 - Referat - Ungdomsrådet"]
)
def test_title_opening_with_the_date(tmp_path: Path, title: str) -> None:
    # A document's title as an intranet or a file share names it: the date first.
    text = (
        f"{title}\n\n1. Dagsorden\nGodkendt.\n\n"
        "2. Skaterpark\nRådet støtter en ny skaterpark ved havnen.\n"
    )
    meeting = _read(tmp_path, text)
    assert (meeting.board, str(meeting.date)) == ("Ungdomsrådet", "2025-04-08")


@pytest.mark.parametrize(
    "meta", ["Dok. nr. 12345-25   Sagsnr. {c}", "Dok. nr. 12345-25   Sags nr. {c}"]
)
def test_document_number_without_colon_before_the_case_number(tmp_path: Path, meta: str) -> None:
    # The document's number comes first, with no colon: the case number is the later value.
    text = "Referat\nByrådet\nDato: 3. april 2025\n\n" + "".join(
        f"{n}. {title}\n{meta.format(c=case)}\nBeslutning\nGodkendt.\n\n"
        for n, title, case in [(1, "Godkendelse af dagsorden", "25/1101"), (2, "Budget", "24/8765")]
    )
    assert [p.case_number for p in _read(tmp_path, text).points] == ["25/1101", "24/8765"]


def test_title_wrapped_over_three_lines(tmp_path: Path) -> None:
    # PDF text of a narrow column: a long title over three lines, then its case number.
    text = (
        "Referat\nByrådet\nDato: 3. april 2025\n\n"
        "1. Godkendelse af dagsorden\nSagsnr.: 25/1\nBeslutning\nGodkendt.\n\n"
        "2. Forslag til lokalplan nr. 1123 for et boligområde ved\n"
        "Gammel Skolevej i Nørreby samt tillæg nr. 14 til\n"
        "Kommuneplan 2021 - endelig vedtagelse\nSagsnr.: 24/2\n"
        "Sagsfremstilling\nPlanen giver mulighed for 40 boliger.\nBeslutning\nVedtaget.\n"
    )
    point = _read(tmp_path, text).points[1]
    assert point.title == (
        "Forslag til lokalplan nr. 1123 for et boligområde ved Gammel Skolevej i Nørreby "
        "samt tillæg nr. 14 til Kommuneplan 2021 - endelig vedtagelse"
    )
    assert point.case_number == "24/2"
    assert "Gammel Skolevej" not in point.text


def test_markdown_pipe_table_of_a_point(tmp_path: Path) -> None:
    # Minutes converted to Markdown: each point's metadata is a pipe table.
    text = (
        "# Referat – Byrådet\n\n| Dato | 3. april 2025 |\n|---|---|\n| Sted | Rådhuset |\n\n"
        "## 1. Godkendelse af dagsorden\n\n| Sagsnr. | Sagsbehandler |\n|:---|:---|\n"
        "| 25/1 | Ib Holm |\n\nBeslutning: Godkendt.\n\n"
        "## 2. Budget 2026\n\n| Sagsnr. | Sagsbehandler |\n|---|---|\n| 25/2 | Ib Holm |\n\n"
        "Beslutning: Oversendt.\n"
    )
    meeting = _read(tmp_path, text, "referat.md")
    assert str(meeting.date) == "2025-04-03"
    assert [p.case_number for p in meeting.points] == ["25/1", "25/2"]
    assert all("|" not in p.text for p in meeting.points)


@pytest.mark.parametrize(
    ("mark", "legend"),
    [
        ("*", "* Lukket punkt"),
        ("*)", "*) = lukkede punkter"),
        ("*", "Punkter markeret med * behandles for lukkede døre."),
    ],
)
def test_closed_points_marked_by_a_sign_and_a_legend(
    tmp_path: Path, mark: str, legend: str
) -> None:
    # The sign after a title means closed, as the legend below the points says; the legend
    # is no status of the last point.
    text = (
        "Referat\nÆldrerådet\nDato: 3. april 2025\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        f"2. Personsag{mark}\nRådet drøftede klagen fra fru Hald.\n\n"
        f"3. Eventuelt\nIntet.\n\n{legend}\n"
    )
    meeting = _read(tmp_path, text)
    assert [p.closed for p in meeting.points] == [False, True, False]
    assert "Hald" not in meeting.points[1].text
    assert meeting.points[2].text.strip() == "Intet."


def test_a_markdown_bullet_status_is_no_legend(tmp_path: Path) -> None:
    # "* Lukket punkt" as a bullet under a bold heading: the point's own status.
    text = (
        "Referat\nÆldrerådet\nDato: 3. april 2025\n\n"
        "**1. Godkendelse af dagsorden**\nGodkendt.\n\n"
        "**2. Personsag**\n* Lukket punkt\n\n**3. Eventuelt**\nIntet.\n"
    )
    assert [p.closed for p in _read(tmp_path, text).points] == [False, True, False]


def test_one_badge_right_above_a_heading_is_that_points(tmp_path: Path) -> None:
    # One closed point, its badge copied above its heading and apart from the body above:
    # the point below is closed, not the one above.
    text = (
        "Referat\nÆldrerådet\nDato: 3. april 2025\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Budget\nRådet tog budgettet til efterretning.\n\n"
        "Lukket punkt\n3. Personsag\nKlagen fra fru Hald blev afvist.\n\n"
        "4. Eventuelt\nIntet.\n"
    )
    points = _read(tmp_path, text).points
    assert [p.closed for p in points] == [False, False, True, False]
    assert "Hald" not in "\n".join(p.text for p in points)


def test_status_of_a_closed_point_without_body_stays_its_own(tmp_path: Path) -> None:
    text = (
        "Referat\nÆldrerådet\nDato: 3. april 2025\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Personsag\n\nLukket\n3. Eventuelt\nIntet.\n"
    )
    assert [p.closed for p in _read(tmp_path, text).points] == [False, True, False]


@pytest.mark.parametrize(
    "line",
    ["Dato for udsendelse: 28.03.2025", "Udsendelsesdato: 28.03.2025", "Oprettet: 28.03.2025"],
)
@pytest.mark.parametrize("meeting", ["Mødedato: 03.04.2025", "Torsdag den 3. april 2025 kl. 16"])
def test_document_dates_of_a_case_system_are_no_meeting_date(
    tmp_path: Path, line: str, meeting: str
) -> None:
    text = (
        f"Referat\nByrådet\n{line}\n{meeting}\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Eventuelt\nBeslutning\nIntet.\n"
    )
    assert str(_read(tmp_path, text).date) == "2025-04-03"


@pytest.mark.parametrize(
    ("title", "board"),
    [
        ("Referat af generalforsamling i Lokalrådet Nørreskov", "Lokalrådet Nørreskov"),
        (
            "Referat fra ordinær generalforsamling i Landsbyrådet for Hvidkær og opland",
            "Landsbyrådet for Hvidkær og opland",
        ),
    ],
)
def test_annual_general_meeting_of_a_council(tmp_path: Path, title: str, board: str) -> None:
    text = (
        f"{title}\nMandag den 13. januar 2025\n\n1) Økonomi\nKassen er gjort op.\n\n"
        "2) Eventuelt\nIntet.\n"
    )
    assert _read(tmp_path, text).board == board


@pytest.mark.parametrize(
    "title",
    [
        "Hedeby Kommune · Referat · Børne- og Skoleudvalget · 24.02.2025",
        "Børne- og Skoleudvalget • Referat • 24.02.2025",
        "Børne- og Skoleudvalget: Referat 24.02.2025",
    ],
)
def test_title_parts_apart_by_a_dot_bullet_or_colon(tmp_path: Path, title: str) -> None:
    text = f"{title}\n\n1. Økonomi\nBeslutning\nGodkendt.\n\n2. Eventuelt\nBeslutning\nIntet.\n"
    meeting = _read(tmp_path, text)
    assert (meeting.board, str(meeting.date)) == ("Børne- og Skoleudvalget", "2025-02-24")
