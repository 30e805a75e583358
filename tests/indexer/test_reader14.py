"""Reader rules of round 14, each on invented minutes.

The forms found while writing the training set tests/resources/layouts_train14/ and probing
past it: Word headings whose columns are set with TABs ("3.<TAB>Title<TAB>Sagsnr. 26/771"), a
section named as a Word heading over a bold decision line, unnumbered closed headings ("Lukket
punkt: Title", "Title (Lukket)") between or after numbered points on web pages and in text, the
case number written after the decision, boards named by their meeting ("repræsentantskabsmøde",
"bestyrelsesmøde i X"), running footers with a bare page number, share buttons and the
meeting's course ("Mødet hævet kl. 17.10"), a chain of boards' decisions ("Økonomiudvalget den
8. april 2027, pkt. 54:"), English section names, an English summary, section names with their
text beside them, an Å/L status column.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx

from indexer.models import Meeting
from indexer.parse import parse_text
from indexer.read import decode_text


def _read(text: str, name: str = "referat.txt") -> Meeting:
    """The meeting as the indexer reads it from a file of this text (furniture removed)."""
    return parse_text(decode_text(text.encode("utf-8"), Path(name)), name)


def _read_docx(document: docx.document.Document, name: str = "referat.docx") -> Meeting:
    buffer = io.BytesIO()
    document.save(buffer)
    return parse_text(decode_text(buffer.getvalue(), Path(name)), name)


def _got(meeting: Meeting) -> list[tuple[int, str, str | None, bool]]:
    return [(p.number, p.title, p.case_number, p.closed) for p in meeting.points]


def _all_text(meeting: Meeting) -> str:
    return "\n".join(s.text for p in meeting.points for s in p.sections)


_HEADER = "Teknik- og Miljøudvalget\n\nReferat\n\nMødedato: 14. januar 2027\n\n"


# --- 1. Word: columns set with TABs; section headings over decision lines --------------------


def _word_header(doc: docx.document.Document) -> None:
    doc.add_heading("Referat af bestyrelsesmøde i Solbjerg Fritidscenter", level=1)
    doc.add_paragraph("Tirsdag den 3. marts 2026 kl. 18.00")
    doc.add_paragraph("Til stede: Ulla Smed (formand), Bo Rask, Ida Fenger")


def test_word_heading_with_case_number_and_status_at_tab_stops() -> None:
    # Before, a paragraph's TABs became spaces: "Godkendelse Sagsnr. 27/11" was the title and
    # "Lejeaftale Lukket" an open point whose body (a name) was indexed.
    doc = docx.Document()
    _word_header(doc)
    for heading, body in (
        ("1.\tGodkendelse af dagsorden\tSagsnr. 27/11", "Godkendt."),
        ("2.\tNye åbningstider\tSagsnr. 27/14", "Centret åbner kl. 7 fra 1. april i år."),
        ("3.\tLejeaftale med cafeen\tLukket", "Lejen for Kaffekoppen Nord sættes ned."),
        ("4.\tEventuelt", "Intet."),
    ):
        doc.add_heading(heading, level=2)
        doc.add_paragraph(body)
    m = _read_docx(doc)
    assert _got(m) == [
        (1, "Godkendelse af dagsorden", "27/11", False),
        (2, "Nye åbningstider", "27/14", False),
        (3, "Lejeaftale med cafeen", None, True),
        (4, "Eventuelt", None, False),
    ]
    assert "Kaffekoppen" not in m.text and "Kaffekoppen" not in _all_text(m)


def test_word_section_headings_over_bold_decision_lines_are_no_points() -> None:
    # Points as "Heading 1", their sections as "Heading 2" and the decision as a bold line
    # ("Beslutning (Udvalget):"): before, the "Heading 2" sections above a decision line were
    # numbered as points of their own ("Punkt 1: English summary", "Punkt 2: Indstilling").
    doc = docx.Document()
    doc.add_heading("Referat", level=0)
    doc.add_paragraph("Kultur- og Fritidsudvalget")
    doc.add_paragraph("Mødedato: 2. februar 2027, kl. 16.00")
    for title, sections, decided in (
        ("Punkt 4: Godkendelse af dagsorden", [], "Godkendt."),
        (
            "Punkt 5: Ny skatepark",
            [
                ("Sagsfremstilling", "Parken koster 2,1 mio. kr. og ligger ved hallen."),
                ("English summary", "A new skate park by the sports hall."),
                ("Indstilling", "Forvaltningen indstiller, at parken bygges."),
            ],
            "Godkendt.",
        ),
        (
            "Punkt 6: Kunst i rundkørsler",
            [("Sagsfremstilling", "Tre værker."), ("Indstilling", "At værkerne købes.")],
            "Udsat.",
        ),
        ("Punkt 7: Meddelelser", [], "Taget til efterretning."),
        ("Punkt 8: Eventuelt", [], "Intet."),
    ):
        doc.add_heading(title, level=1)
        for name, text in sections:
            doc.add_heading(name, level=2)
            doc.add_paragraph(text)
        doc.add_paragraph().add_run("Beslutning (Kultur- og Fritidsudvalget):").bold = True
        doc.add_paragraph(decided)
    m = _read_docx(doc)
    assert [(p.number, p.title) for p in m.points] == [
        (4, "Godkendelse af dagsorden"),
        (5, "Ny skatepark"),
        (6, "Kunst i rundkørsler"),
        (7, "Meddelelser"),
        (8, "Eventuelt"),
    ]
    assert "skate park" in _all_text(m)


# --- 2. a web page's unnumbered closed headings among "Punkt N." headings ------------------


def test_web_page_closed_headings_without_number_after_labelled_ones() -> None:
    # "Punkt 1. …" headings, then two closed points with no number of their own: the number
    # the reader adds had the plain form ("5. Lukket punkt: …"), which among labelled headings
    # is body text, so both closed bodies were read as the body of point 4 (closed with it).
    page = (
        "<html><body><h1>Referat af møde i Havnebestyrelsen</h1><p>Dato: 3. marts 2027</p>"
        + "".join(
            f"<h2>Punkt {n}. {title}</h2><p>Sag: 2027-0{n}11</p><h3>Beslutning</h3><p>{text}</p>"
            for n, title, text in (
                (1, "Godkendelse af dagsorden", "Godkendt."),
                (2, "Ny kran på østkajen", "Kranen købes for 4 mio. kr."),
            )
        )
        + "<h2>Lukket punkt: Personalesag</h2><p>Sag: 2027-0911</p><h3>Beslutning</h3>"
        "<p>Aftalen med havnefoged Erik Lomholt godkendes.</p>"
        "<h2>Lukket punkt: Lejeaftale</h2><p>Sag: 2027-0912</p><h3>Beslutning</h3>"
        "<p>Lejen for Fiskehus Syd hæves.</p></body></html>"
    )
    m = _read(page, "referat.html")
    assert _got(m) == [
        (1, "Godkendelse af dagsorden", "2027-0111", False),
        (2, "Ny kran på østkajen", "2027-0211", False),
        (3, "Lukket punkt: Personalesag", "2027-0911", True),
        (4, "Lukket punkt: Lejeaftale", "2027-0912", True),
    ]
    assert "Lomholt" not in m.text and "Fiskehus" not in m.text


# --- 3. closed points with no number between or after numbered ones (text) ------------------


_NUMBERED = (
    "1. Godkendelse af dagsorden\nSagsnr.: 27/101\n\nBeslutning\nGodkendt.\n\n"
    "2. Ny belysning på torvet\nSagsnr.: 27/140\n\nSagsfremstilling\n"
    "Lamperne skiftes til LED for 1,2 mio. kr.\n\nBeslutning\nGodkendt.\n\n"
)
_LATER = (
    "3. Vintertjeneste\nSagsnr.: 27/155\n\nSagsfremstilling\nRuterne lægges om.\n\n"
    "Beslutning\nGodkendt.\n\n4. Eventuelt\n\nBeslutning\nIntet.\n"
)


def test_two_unnumbered_closed_headings_between_numbered_points() -> None:
    # Before, "Lukket punkt: …" with no number was text of point 2: the second one's decision
    # (a name) was indexed and findable.
    text = (
        _HEADER + _NUMBERED + "Lukket punkt: Ekspropriation ved Møllevej\nSagsnr.: 27/190\n\n"
        "Lukket punkt: Erstatning efter skybrud\nSagsnr.: 27/191\n\nBeslutning\n"
        "Kravet fra Holmegårdens Ejerforening afvises.\n\n" + _LATER
    )
    m = _read(text)
    assert _got(m) == [
        (1, "Godkendelse af dagsorden", "27/101", False),
        (2, "Ny belysning på torvet", "27/140", False),
        (5, "Lukket punkt: Ekspropriation ved Møllevej", "27/190", True),
        (6, "Lukket punkt: Erstatning efter skybrud", "27/191", True),
        (3, "Vintertjeneste", "27/155", False),
        (4, "Eventuelt", None, False),
    ]
    assert "Holmegårdens" not in m.text and "Holmegårdens" not in _all_text(m)


def test_markdown_closed_heading_with_journal_number() -> None:
    text = (
        "# Havneudvalget\n\nReferat\n\n**Dato:** 3. marts 2027\n\n"
        "### Pkt. 1 – Årsberetning\n*J.nr.: AB-27-01*\n\nBeretningen blev godkendt.\n\n"
        "### Lukket punkt: Tvist med vognmand\n*J.nr.: AB-27-09*\n\n"
        "Udvalget drøftede forlig med Kørsel Vest ApS.\n\n"
        "### Pkt. 2 – Eventuelt\n\nIntet.\n"
    )
    m = _read(text, "referat.md")
    assert _got(m) == [
        (1, "Årsberetning", "AB-27-01", False),
        (3, "Lukket punkt: Tvist med vognmand", "AB-27-09", True),
        (2, "Eventuelt", None, False),
    ]
    assert "Kørsel Vest" not in m.text


def test_closed_notes_and_titles_under_a_heading_are_no_points_of_their_own() -> None:
    # A closed note under a heading, and a closed title on the line under its number, stay the
    # point's own: no point is added for them.
    text = (
        _HEADER + _NUMBERED + "3.\nLukket punkt: Salg af grund\nSagsnr.: 27/170\n\n"
        "Beslutning\nSolgt til Bent Krogh.\n\n"
        "4. Klage over byggesag\nSagsnr.: 27/171\n\n"
        "Fortroligt: Sagen behandles for lukkede døre\n\n"
        "Beslutning\nKlagen fra Agnete Sol afvises.\n\n5. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    m = _read(text)
    assert [p.number for p in m.points] == [1, 2, 3, 4, 5]
    assert [p.closed for p in m.points] == [False, False, True, True, False]
    assert "Bent Krogh" not in m.text and "Agnete Sol" not in m.text


# --- 4. the case number written after the decision ---------------------------------------------


def test_case_number_written_last_in_a_point() -> None:
    # Before, "(Sagsnr. 27/1201)" after the decision was decision text and the point had no
    # case number.
    text = (
        _HEADER + "1. Generalforsamling i Lindby Vand A/S\n\nSagsfremstilling\n"
        "Kommunen er eneste aktionær.\n\nBeslutning\nGodkendt.\n\n(Sagsnr. 27/1201)\n\n"
        "2. Vintertjeneste\n\nBeslutning\nAnbefales.\n\nSagsnr.: 27/1232 · Dok.nr.: 27/1232-4\n\n"
        "3. Fortrolig: Lejekontrakt for kælderen\n\nBeslutning\nLejen for Kælderkroen forhøjes."
        "\n\n(Sagsnr. 27/1240)\n\nMødet hævet kl. 9.40\n"
    )
    m = _read(text)
    assert _got(m) == [
        (1, "Generalforsamling i Lindby Vand A/S", "27/1201", False),
        (2, "Vintertjeneste", "27/1232", False),
        (3, "Fortrolig: Lejekontrakt for kælderen", "27/1240", True),
    ]
    assert "Sagsnr" not in _all_text(m)
    assert "Kælderkroen" not in m.text


def test_a_case_reference_in_the_decision_is_not_the_points_case_number() -> None:
    text = (
        _HEADER
        + "1. Vejbump på Skolevej\n\nBeslutning\nGodkendt, jf. sagsnr. 25/1234 fra 2025.\n\n"
        "2. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    assert _got(_read(text))[0] == (1, "Vejbump på Skolevej", None, False)


# --- 5. the board: a company's assembly, a board named by its meeting and whose it is --------

_POINTS = (
    "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2. Eventuelt\n\nBeslutning\nIntet.\n"
)


def test_repraesentantskab_named_by_its_meeting() -> None:
    # Before: no board at all ("Referat af repræsentantskabsmøde"), and the file was not read.
    text = "Vestegnens Affald I/S\n\nReferat af repræsentantskabsmøde\n\nDato: 6. marts 2027\n\n"
    assert _read(text + _POINTS).board == "Repræsentantskabet"
    text = "Vestegnens Affald I/S\n\nRepræsentantskabet\n\nReferat\n\nDato: 6. marts 2027\n\n"
    assert _read(text + _POINTS).board == "Repræsentantskabet"


def test_board_meeting_of_an_institution_names_the_institutions_board() -> None:
    # Before: "Tornby Musikskole" (the institution, not its board).
    text = "Referat af bestyrelsesmøde i Tornby Musikskole\n\nOnsdag den 4. februar 2027\n\n"
    assert _read(text + _POINTS).board == "Bestyrelsen for Tornby Musikskole"
    text = "Referat af bestyrelsesmøde i Skolebestyrelsen\n\nOnsdag den 4. februar 2027\n\n"
    assert _read(text + _POINTS).board == "Skolebestyrelsen"


def test_board_label_above_a_breadcrumb_word() -> None:
    # A web page's menu ("Udvalg" / "Teknik- og Miljøudvalget" / "Referater"): before, the
    # board was "Teknik- og Miljøudvalget Referater".
    text = (
        "Forside\nPolitik\nUdvalg\nTeknik- og Miljøudvalget\nReferater\n\n"
        "Teknik- og Miljøudvalget - referat 2. juni 2027\n\nMødedato 02.06.2027\n\n"
    )
    assert _read(text + _POINTS).board == "Teknik- og Miljøudvalget"
    wrapped = "Udvalg: Teknik- og\nMiljøudvalget\n\nReferat\n\nMødedato: 2. juni 2027\n\n"
    assert _read(wrapped + _POINTS).board == "Teknik- og Miljøudvalget"


# --- 6. furniture: a bare page number beside a date, share buttons, the meeting's course -----


def test_running_footer_with_a_bare_page_number_beside_the_date() -> None:
    # "Byrådet 23-04-2027          Side 2" (no "af N"): before, kept as decision text.
    text = (
        _HEADER + "1. Godkendelse af dagsorden\nSagsnr.: 27/101\n\nBeslutning\nGodkendt.\n\n"
        "Teknik- og Miljøudvalget 14-01-2027                              Side 1\n\n"
        "2. Ny belysning\nSagsnr.: 27/140\n\nBeslutning\nGodkendt med LED.\n\n"
        "Teknik- og Miljøudvalget 14-01-2027                              Side 2\n\n"
        "3. Eventuelt\n\nBeslutning\nIntet.\n\n"
        "Teknik- og Miljøudvalget 14-01-2027                              Side 3\n"
    )
    m = _read(text)
    assert "Side" not in _all_text(m)
    # A sentence that names a page stays.
    text = _HEADER + "1. Budget\n\nBeslutning\nSe bilaget fra 14-01-2027, side 2\n"
    assert "side 2" in _all_text(_read(text))


def test_share_buttons_and_the_meetings_course_are_no_point_text() -> None:
    text = (
        _HEADER + "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "Mødet afbrudt kl. 20.15.\nMødet genoptaget kl. 20.30.\n\n"
        "2. Eventuelt\n\nBeslutning\nIntet.\n\nMødet hævet kl. 21.35\n\n"
        "Del på Facebook\nDel på LinkedIn\nPrint siden\n"
    )
    m = _read(text)
    assert [s.text for p in m.points for s in p.sections] == ["Godkendt.", "Intet."]
    # A sentence about the meeting stays.
    text = _HEADER + "1. Budget\n\nBeslutning\nMødet blev afbrudt af en brandalarm.\n"
    assert "brandalarm" in _all_text(_read(text))


# --- 7. a chain of boards' decisions: "Økonomiudvalget den 8. april 2027, pkt. 54:" ----------


def test_each_boards_decision_under_its_name_and_day() -> None:
    # Before, "Kommunalbestyrelsen den 22. april 2027:" was no heading: the decisions of the
    # committees and the council ran on as text of the "Indstilling".
    text = (
        "Kommunalbestyrelsen\n\nReferat\n\nOnsdag den 22. april 2027\n\n"
        "Punkt 37: Skolestruktur\nSagsid: 27/7712\n\nIndstilling\nDirektionen indstiller høring."
        "\n\nBørne- og Skoleudvalget den 1. april 2027, pkt. 21:\nAnbefales.\n\n"
        "Økonomiudvalget den 8. april 2027, pkt. 54:\nAnbefales.\n\n"
        "Kommunalbestyrelsen den 22. april 2027:\nSendes i høring.\n\n"
        "Punkt 38: Eventuelt\n\nKommunalbestyrelsen den 22. april 2027: Intet.\n"
    )
    m = _read(text)
    first, last = m.points
    assert [(s.name, s.text) for s in first.sections] == [
        ("Indstilling", "Direktionen indstiller høring."),
        ("Beslutning", "Anbefales."),
        ("Beslutning", "Anbefales."),
        ("Beslutning", "Sendes i høring."),
    ]
    assert [s.heading for s in first.decisions][-1] == "Kommunalbestyrelsen den 22. april 2027:"
    assert [(s.name, s.text) for s in last.sections] == [("Beslutning", "Intet.")]


def test_a_title_or_sentence_with_a_board_and_a_date_is_no_decision_heading() -> None:
    from indexer.headings import decision

    assert decision("Byrådet den 23. april 2027") is None
    assert decision("Byrådet den 23. april 2027 godkendte planen:") is None
    assert decision("Mødet den 3. maj 2027:") is None


# --- 8. sections named in English, a summary in English, a name with its text beside it ------


def test_english_minutes_sections_and_decision() -> None:
    # Before, "Background:", "Recommendation:" and "Decision:" were no section names: every
    # point of minutes written in English was one untitled section, with no decision.
    text = (
        "Integration Council\n\nMinutes\n\nDate: 12 May 2027\n\n"
        "Item 1: Approval of the agenda\nCase no.: 27/5520\n\nDecision: Approved.\n\n"
        "Item 2: Language cafés\nCase no.: 27/5521\n\n"
        "Background: The cafés draw 23 people each evening.\n\n"
        "Recommendation: That the cafés continue in 2028.\n\n"
        "Decision: Approved unanimously.\n"
    )
    m = _read(text)
    assert [(s.name, s.text) for s in m.points[1].sections] == [
        ("Baggrund", "The cafés draw 23 people each evening."),
        ("Indstilling", "That the cafés continue in 2028."),
        ("Beslutning", "Approved unanimously."),
    ]
    assert [d.text for d in m.points[0].decisions] == ["Approved."]


def test_english_summary_is_a_section_of_its_own() -> None:
    text = (
        _HEADER + "1. Ny sti langs åen\nSagsnr.: 27/101\n\nSagsfremstilling\nStien bliver 3,4 km."
        "\n\nSummary in English\nA new 3.4 km path.\n\nBeslutning\nGodkendt.\n"
    )
    m = _read(text)
    assert [(s.name, s.text) for s in m.points[0].sections] == [
        ("Sagsfremstilling", "Stien bliver 3,4 km."),
        ("English summary", "A new 3.4 km path."),
        ("Beslutning", "Godkendt."),
    ]


def test_a_section_name_with_its_text_beside_it_where_names_take_a_colon() -> None:
    # "Indstilling: At …" in a file that writes every section name with a colon: before, the
    # line was text of the section above.
    text = (
        "Hovedudvalget\n\nReferat\n\nDato: 3. marts 2027\n\n"
        "1. Sygefravær\nSagsnr.: 27/532\n\nFraværet faldt til 5,1 procent.\n\n"
        "Indstilling: At udvalget tager orienteringen til efterretning.\n\n"
        "Beslutning: Taget til efterretning.\n\n2. Eventuelt\n\nBeslutning: Intet.\n"
    )
    m = _read(text)
    assert [s.name for s in m.points[0].sections] == [
        "Afsnit uden overskrift",
        "Indstilling",
        "Beslutning",
    ]
    assert m.points[0].sections[1].text == "At udvalget tager orienteringen til efterretning."


# --- 9. the board in brackets after "Beslutning" ----------------------------------------------


def test_decision_names_its_board_in_brackets() -> None:
    from indexer.headings import decision

    found = decision("Beslutning (Økonomiudvalget): Anbefales.")
    assert found is not None and (found.board, found.inline) == ("Økonomiudvalget", "Anbefales.")
    # Minutes with no board in their header take it from such decisions.
    text = (
        "Referat\n\nMødedato: 3. marts 2027\n\n1. Godkendelse af dagsorden\n\n"
        "Beslutning (Byrådet):\nGodkendt.\n\n2. Eventuelt\n\nBeslutning (Byrådet):\nIntet.\n"
    )
    assert _read(text, "referat-2027.txt").board == "Byrådet"


def test_closed_headings_one_a_line_or_right_above_their_section() -> None:
    text = (
        _HEADER + _NUMBERED + "Lukket punkt: Ekspropriation ved Møllevej\n"
        "Lukket punkt: Erstatning efter skybrud\n\n"
        "Fortroligt – Køb af jord ved Engvej\nBeslutning\nKøbet fra Gunnar Lei godkendes.\n\n"
        + _LATER
    )
    m = _read(text)
    assert [(p.number, p.title, p.closed) for p in m.points] == [
        (1, "Godkendelse af dagsorden", False),
        (2, "Ny belysning på torvet", False),
        (5, "Lukket punkt: Ekspropriation ved Møllevej", True),
        (6, "Lukket punkt: Erstatning efter skybrud", True),
        (7, "Fortroligt – Køb af jord ved Engvej", True),
        (3, "Vintertjeneste", False),
        (4, "Eventuelt", False),
    ]
    assert "Gunnar Lei" not in m.text


def test_a_municipal_boards_meeting_in_a_place_names_the_board_alone() -> None:
    # After "i": whose board, for a board of owners; where they met, for a municipality's own.
    for title, board in (
        ("Referat af byrådsmøde i Rådhussalen", "Byrådet"),
        ("Referat af ældrerådsmøde i Kulturhuset", "Ældrerådet"),
        (
            "Repræsentantskabsmøde i Vestegnens Brandvæsen I/S",
            "Repræsentantskabet for Vestegnens Brandvæsen I/S",
        ),
        ("Bestyrelsesmøde i Tornby Musikskole", "Bestyrelsen for Tornby Musikskole"),
    ):
        assert _read(f"{title}\n\nReferat\n\n23. april 2027\n\n" + _POINTS).board == board


def test_open_and_closed_letters_in_a_status_column() -> None:
    # "2.<TAB>L<TAB>Personalesag": the list's Å/L column. Before, "L" was a word of the title and
    # the point open, its decision (a name) indexed.
    text = (
        _HEADER + "1.\tÅ\tGodkendelse af dagsorden\nSagsnr.: 27/101\n\nBeslutning\nGodkendt.\n\n"
        "2.   L   Personalesag\nSagsnr.: 27/102\n\nBeslutning\nKim Vestergaard fratræder.\n\n"
        "3.\tÅ\tEventuelt\n\nBeslutning\nIntet.\n"
    )
    m = _read(text)
    assert _got(m) == [
        (1, "Godkendelse af dagsorden", "27/101", False),
        (2, "Personalesag", "27/102", True),
        (3, "Eventuelt", None, False),
    ]
    assert "Vestergaard" not in m.text


def test_an_unnumbered_closed_heading_takes_the_number_the_list_leaves_out() -> None:
    # "2." / "Lukket punkt: …" / "4.": the public version printed the closed point without its
    # number 3. Before this rule it was numbered after the highest (6).
    text = (
        _HEADER + _NUMBERED + "Lukket punkt: Personalesag\nSagsnr.: 27/190\n\n"
        "Beslutning\nAftalen med Bo Ravnsholt godkendes.\n\n"
        "4. Vintertjeneste\nSagsnr.: 27/155\n\nBeslutning\nGodkendt.\n\n"
        "5. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    m = _read(text)
    assert [(p.number, p.closed) for p in m.points] == [
        (1, False), (2, False), (3, True), (4, False), (5, False)
    ]  # fmt: skip
    assert "Ravnsholt" not in m.text


def test_web_page_unnumbered_closed_heading_between_numbered_ones_keeps_their_numbers() -> None:
    # "<h2>2. Ny kran</h2>" / "<h2>Lukket punkt: Personalesag</h2>" / "<h2>3. Vintertjeneste</h2>":
    # before, the reader gave the closed heading the number 3 and point 3 was stored as 5.
    points = [
        ("1. ", "Godkendelse af dagsorden", "Godkendt."),
        ("2. ", "Ny kran", "Kranen købes."),
        ("", "Lukket punkt: Personalesag", "Aftalen med Ulf Brask godkendes."),
        ("3. ", "Vintertjeneste", "Godkendt."),
        ("4. ", "Eventuelt", "Intet."),
    ]
    page = "<html><body><h1>Havneudvalget</h1><p>Referat</p><p>Dato: 3. marts 2027</p>"
    for k, (number, title, decided) in enumerate(points):
        page += (
            f"<h2>{number}{title}</h2><p>Sagsnr.: 27/{k}0</p><h3>Beslutning</h3><p>{decided}</p>"
        )
    m = _read(page + "</body></html>", "referat.html")
    assert [(p.number, p.title, p.closed) for p in m.points] == [
        (1, "Godkendelse af dagsorden", False),
        (2, "Ny kran", False),
        (5, "Lukket punkt: Personalesag", True),
        (3, "Vintertjeneste", False),
        (4, "Eventuelt", False),
    ]
    assert "Brask" not in m.text


def test_a_case_number_above_the_next_heading_is_not_the_point_aboves() -> None:
    # A file that sets each case number above its heading ends each point in the next one's:
    # that case number is no case number of the point above it, but the point's below it
    # (round 15, see test_reader15.py).
    text = _HEADER + (
        "Sagsnr.: 27/101\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "Sagsnr.: 27/102\n2. Ny belysning\n\nBeslutning\nGodkendt.\n\n"
        "Sagsnr.: 27/103\n3. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    assert [p.case_number for p in _read(text).points] == ["27/101", "27/102", "27/103"]
    # One case line alone between two points names neither.
    text = _HEADER + (
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\nSag 27/102\n\n"
        "2. Ny belysning\n\nBeslutning\nGodkendt.\n\n3. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    assert [p.case_number for p in _read(text).points] == [None, None, None]


def test_unnumbered_closed_heading_with_the_mark_after_the_title() -> None:
    text = (
        _HEADER + _NUMBERED + "Køb af ejendom ved Engvej (Lukket)\nSagsnr.: 27/190\n\n"
        "Beslutning\nKøbet fra Tove Brandt godkendes.\n\n" + _LATER
    )
    m = _read(text)
    assert [(p.number, p.title, p.case_number, p.closed) for p in m.points][2] == (
        5,
        "Køb af ejendom ved Engvej (Lukket)",
        "27/190",
        True,
    )
    assert "Tove Brandt" not in m.text
    # A point's own case line with the mark is its metadata, no heading of its own.
    text = (
        _HEADER + "1. Personalesag\n\nLukket\n\nSagsnr.: 27/112 (Lukket)\n\n"
        "Beslutning\nAftale med Rikke Sand.\n\n2. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    m = _read(text)
    assert _got(m) == [(1, "Personalesag", "27/112", True), (2, "Eventuelt", None, False)]


def test_english_open_status_before_a_title_is_no_part_of_it() -> None:
    from indexer.headings import point_heading

    found = point_heading("Item 2 (open): Budget for the youth festival")
    assert found is not None and (found.title, found.closed) == (
        "Budget for the youth festival",
        False,
    )


def test_a_closed_badge_joined_to_a_web_title_closes_the_point(tmp_path: Path) -> None:
    """A web page's badge ("<span class='status'>Closed item</span>") reaches the title without
    a separator ("Køb af jord Closed item"): a mark naming the point's treatment last in a title
    closes it, and its body is never read. A bare "lukket" of the matter does not."""
    from indexer.headings import closed_title
    from indexer.parse import parse_file

    assert closed_title("Køb af jord til sø Closed item")
    assert closed_title("Salg af grund lukket punkt")
    assert not closed_title("Svømmehallen lukket")
    assert not closed_title("Status på lukket sag om vejen")
    page = tmp_path / "udvalg.html"
    page.write_text(
        "<html><body><h1>Referat – Naturudvalget</h1><p>Mødedato: 3. marts 2031</p>"
        '<table class="item"><tr><td>7</td><td>Ny sti langs åen</td></tr>'
        '<tr><td class="label">Case no.</td><td>31/100</td></tr>'
        '<tr><td class="label">Beslutning</td><td>Godkendt.</td></tr></table>'
        '<table class="item"><tr><td>8</td><td>Køb af jord til sø '
        '<span class="status">Closed item</span></td></tr>'
        '<tr><td class="label">Case no.</td><td>31/101</td></tr>'
        '<tr><td class="label">Sagsfremstilling</td><td>Sælger er Oda Fjeldvang.</td></tr>'
        "</table></body></html>",
        encoding="utf-8",
    )
    m = parse_file(page)
    closed = [p for p in m.points if p.closed]
    assert [p.number for p in closed] == [8] and closed[0].sections == ()
    assert "Fjeldvang" not in m.text
