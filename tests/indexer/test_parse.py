"""Golden tests for indexer.parse against the five real minutes in corpus/."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from indexer.errors import ParseError
from indexer.models import Attendee, Meeting
from indexer.parse import parse_file, parse_text, read_text, slugify

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

F0115 = "direktionen-2013-01-15.txt"
F0430 = "direktionen-2013-04-30.md"
F0521 = "direktionen-2013-05-21.txt"
F2017 = "direktionen-2017-06-19.txt"
F2023 = "direktionen-2023-01-16.txt"
FILES = [F0115, F0430, F0521, F2017, F2023]

# (number, title, case number) of every punkt, read off the files by hand.
EXPECTED_POINTS: dict[str, list[tuple[int, str, str]]] = {
    F0115: [
        (1, "Økonomiopfølgning 15-01-2013", "12/32140"),
        (2, "Lukket", "12/12514"),
        (3, "Status på Programmet Morgendagens børne- og ungeliv", "12/25155"),
        (4, "Status på udbudsstrategiens handleplan", "10/1539"),
        (5, "Stabscentrenes roller og ansvar/direktionens forventninger", "12/32140"),
        (6, "Orientering 15-01-2013", "12/32140"),
        (7, "Huskeliste 15-01-2013", "12/32140"),
    ],
    F0430: [
        (1, "Økonomiopfølgning 30-04-2013", "12/32140"),
        (2, "Forslag til årlig personalepolitisk redegørelse", "12/7228"),
        (3, "Øvrige sager 30-04-2013", "12/32140"),
        (4, "Lukket", "12/26773"),
        (5, "Sundhed og forebyggelse", "13/9325"),
        (6, "Huskeliste 30-04-2013", "12/32140"),
    ],
    F0521: [
        (1, "Økonomiopfølgning 21-05-2013", "12/32140"),
        (2, "Projektmandat: Konsulentens roller og kompetencer", "13/9014"),
        (3, "Rapporter fra nøgletalssarbejdet 2013", "12/22155"),
        (4, "Indsatser under Fremtidens borgerservice", "13/10050"),
        (5, "Øvrige sager 21-05-2013", "12/32140"),
        (6, "Huskeliste 21-05-2013", "12/32140"),
    ],
    F2017: [
        (1, "Program for direktionsseminar 19-06-2017", "17/7354"),
        (2, "Lukket", "17/200"),
        (3, "Lukket", "17/163"),
        (4, "Bemærkninger til budgetforslag 2018-2021", "17/153"),
        (5, "Budgetanalyser", "17/163"),
        (6, "Proces for direktionens strategibrev 2018", "17/10390"),
        (7, "Drøftelse af politikkoncept", "15/14870"),
        (8, "Lukket", "17/10040"),
        (9, "Indretning af borgerserviceområdet", "17/6274"),
        (10, "Status på organisationen 19-06-2017", "17/7354"),
        (11, "Status på Direktionens porteføljeliste - juni 2017", "10/22743"),
        (12, "Det politiske liv 19-06-2017", "17/7354"),
        (13, "Opsamling på § 17, stk. 4 udvalg", "17/7354"),
        (14, "Byrådshøjskolen 2018", "16/2087"),
    ],
    F2023: [
        (1, "Øvrige sager", "22/23184"),
        (2, "Digitaliseringsstrategi 2023-2026", "23/910"),
        (3, "Rekrutteringspulje 2023 til at understøtte rekrutteringsindsatsen", "22/21670"),
        (4, "Sygefraværspulje", "22/21089"),
        (
            5,
            "Opsamling på Byrådets temadrøftelse og videre proces for revision af "
            "udviklingsstrategien",
            "22/13568",
        ),
        (6, "Ansøgning til Egmontfonden", "22/11606"),
    ],
}

# meeting_id, date, start time, location
EXPECTED_HEADER = {
    F0115: ("direktionen-2013-01-15", date(2013, 1, 15), "10:00", "Mødelokale B105"),
    F0430: ("direktionen-2013-04-30", date(2013, 4, 30), "10:00", "Mødelokale B105"),
    F0521: ("direktionen-2013-05-21", date(2013, 5, 21), "10:00", "Mødelokale B105"),
    F2017: (
        "direktionen-2017-06-19",
        date(2017, 6, 19),
        "08:30",
        "Quality Hotel, Carl Gustavs gade 1, 263 VIP lokale",
    ),
    F2023: ("direktionen-2023-01-16", date(2023, 1, 16), "09:30", "Mødelokale B105"),
}

# Section heading counts per file, as tallied in corpus/STRUCTURE.md.
EXPECTED_SECTION_COUNTS = {
    F0115: {
        "Afsnit uden overskrift": 3, "Sagsfremstilling": 3, "Økonomi": 2, "Retsgrundlag": 2,
        "Politik/Plan": 2, "Information": 2, "Høring": 2, "Vurdering": 2,
        "Andre relevante dokumenter": 2, "Indstilling": 3, "Beslutning": 5, "Bilag": 4,
    },
    F0430: {
        "Sagsfremstilling": 5, "Vurdering": 1, "Andre relevante dokumenter": 1, "Indstilling": 2,
        "Beslutning": 4, "Eventuelt": 1, "Bilag": 4,
    },
    F0521: {
        "Sagsfremstilling": 6, "Økonomi": 2, "Retsgrundlag": 1, "Politik/Plan": 1,
        "Information": 1, "Høring": 1, "Vurdering": 3, "Andre relevante dokumenter": 2,
        "Indstilling": 3, "Oversigt": 1, "Beslutning": 5, "Bilag": 4,
    },
    F2017: {
        "Baggrund": 11, "Indstilling": 7, "Beslutning": 10, "Sagsfremstilling": 7, "Økonomi": 2,
        "Bilag": 6,
    },
    F2023: {
        "Baggrund": 5, "Indstilling": 5, "Beslutning": 8, "Sagsfremstilling": 5, "Økonomi": 3,
        "Bilag": 2,
    },
}  # fmt: skip

MINIMAL = """REFERAT Direktionen d. 02-03-2021

Mødedato Tirsdag d. 2. marts 2021 kl. 9:00

Punkt 1: Første sag

21/1234

Indledende bemærkning uden overskrift.

Sagsfremstilling

Noget tekst.

Punkt 2: Anden sag

21/5678

Beslutning Direktionen den 02-03-2021

Godkendt.
"""


@pytest.fixture(scope="module")
def meetings() -> dict[str, Meeting]:
    return {name: parse_file(CORPUS / name) for name in FILES}


def _section(meeting: Meeting, number: int, name: str, nth: int = 0) -> str:
    point = meeting.point(number)
    assert point is not None
    return [s for s in point.sections if s.name == name][nth].text


def _all_section_text(meeting: Meeting) -> str:
    return "\n".join(s.text for p in meeting.points for s in p.sections)


def _write_pdf(text: str, path: Path) -> None:
    pdf = FPDF()
    if DEJAVU.exists():
        pdf.add_font("DejaVu", fname=str(DEJAVU))
        pdf.set_font("DejaVu", size=9)
    else:
        # fpdf2's core fonts only cover cp1252; the corpus fits in it.
        pdf.set_font("Helvetica", size=9)
        text = text.encode("cp1252", "replace").decode("cp1252")
    pdf.add_page()
    for line in text.split("\n"):
        # No font has a TAB glyph; a TOC entry keeps its dots and page number.
        pdf.multi_cell(0, 5, line.replace("\t", "    ") or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --- the corpus ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_points_titles_and_case_numbers(meetings: dict[str, Meeting], name: str) -> None:
    got = [(p.number, p.title, p.case_number) for p in meetings[name].points]
    assert got == EXPECTED_POINTS[name]


def test_point_counts(meetings: dict[str, Meeting]) -> None:
    counts = {name: len(m.points) for name, m in meetings.items()}
    assert counts == {F0115: 7, F0430: 6, F0521: 6, F2017: 14, F2023: 6}


@pytest.mark.parametrize("name", FILES)
def test_header(meetings: dict[str, Meeting], name: str) -> None:
    m = meetings[name]
    assert (m.meeting_id, m.date, m.start_time, m.location) == EXPECTED_HEADER[name]
    assert m.board == "Direktionen"
    assert m.source_path == str(CORPUS / name)
    assert m.text == (CORPUS / name).read_text(encoding="utf-8")


def test_closed_points(meetings: dict[str, Meeting]) -> None:
    closed = {
        (name, p.number, p.case_number)
        for name, m in meetings.items()
        for p in m.points
        if p.closed
    }
    assert closed == {
        (F0430, 4, "12/26773"),
        (F2017, 2, "17/200"),
        (F2017, 3, "17/163"),
        (F2017, 8, "17/10040"),
        (F0115, 2, "12/12514"),
    }
    for m in meetings.values():
        for p in m.points:
            assert (p.sections == ()) is p.closed


def test_two_decision_blocks(meetings: dict[str, Meeting]) -> None:
    p4 = meetings[F0115].point(4)
    assert p4 is not None
    assert [d.decision_date for d in p4.decisions] == [date(2013, 1, 8), date(2013, 1, 15)]
    assert p4.decisions[0].text == "Udsættes."
    assert p4.decisions[1].text.startswith("Direktionen tiltrådte ikke indstillingens punkter.")
    assert p4.decisions[0].heading == "Beslutning i Direktionen den 08-01-2013"
    for number in (3, 4):
        point = meetings[F2023].point(number)
        assert point is not None
        assert [d.decision_date for d in point.decisions] == [date(2023, 1, 16), date(2023, 1, 23)]
        assert point.decisions[0].text.startswith("Sagen blev ikke behandlet")
        assert point.decisions[1].text.startswith("Direktionen drøftede")


def test_decision_heading_and_date(meetings: dict[str, Meeting]) -> None:
    for m in meetings.values():
        for p in m.points:
            for d in p.decisions:
                assert d.decision_date is not None
                assert d.heading.startswith("Beslutning")
                assert d.heading.endswith(d.decision_date.strftime("%d-%m-%Y"))
                assert "*" not in d.heading and "#" not in d.heading
    p2 = meetings[F2017].point(4)
    assert p2 is not None
    assert p2.decisions[0].heading == "Beslutning Direktionen den 19-06-2017"


def test_title_with_colon(meetings: dict[str, Meeting]) -> None:
    p2 = meetings[F0521].point(2)
    assert p2 is not None
    assert p2.title == "Projektmandat: Konsulentens roller og kompetencer"


def test_attendees(meetings: dict[str, Meeting]) -> None:
    assert meetings[F2017].attendees == (
        Attendee("Lars Holte"),
        Attendee("Jørgen Lerhard"),
        Attendee("Per Aalbæk Nielsen"),
        Attendee("Charlotte Markussen"),
        Attendee("Kathrine Seier Skastrup", role="sekretær"),
    )
    # The 2023 list wraps onto a second line in the middle of a name.
    assert meetings[F2023].attendees == (
        Attendee("Lars Holte"),
        Attendee("Jørgen Lerhard"),
        Attendee("Charlotte Markussen"),
        Attendee("Anya Krogh Manghezi", absent=True),
    )
    assert meetings[F2023].absent == (Attendee("Anya Krogh Manghezi", absent=True),)
    assert meetings[F0115].attendees == ()


def test_toc(meetings: dict[str, Meeting]) -> None:
    for m in meetings.values():
        assert len(m.toc) == len(m.points)
        assert all(e.page is not None for e in m.toc)
        for entry, point in zip(m.toc, m.points, strict=True):
            assert (entry.title == "Lukket") is point.closed
    toc = meetings[F2017].toc
    # The TOC keeps its own spelling; the heading says "direktionens".
    assert (toc[5].title, toc[5].page) == ("Proces for direktionsens strategibrev 2018", 10)
    assert meetings[F0430].toc[0].title == "Økonomiopfølgning 30-04-2013"
    assert meetings[F0430].toc[-1].page == 10


@pytest.mark.parametrize("name", FILES)
def test_section_counts_match_structure_notes(meetings: dict[str, Meeting], name: str) -> None:
    got = Counter(s.name for p in meetings[name].points for s in p.sections)
    assert dict(got) == EXPECTED_SECTION_COUNTS[name]


def test_section_order(meetings: dict[str, Meeting]) -> None:
    def names(name: str, number: int) -> list[str]:
        point = meetings[name].point(number)
        assert point is not None
        return [s.name for s in point.sections]

    assert names(F2017, 5) == ["Baggrund", "Indstilling", "Beslutning", "Sagsfremstilling", "Bilag"]
    assert names(F0521, 2) == [
        "Sagsfremstilling", "Økonomi", "Retsgrundlag", "Politik/Plan", "Information", "Høring",
        "Vurdering", "Andre relevante dokumenter", "Indstilling", "Oversigt", "Beslutning", "Bilag",
    ]  # fmt: skip
    assert names(F2023, 1) == ["Beslutning"]
    assert names(F0115, 1) == ["Afsnit uden overskrift", "Beslutning", "Bilag"]
    assert names(F0430, 3) == ["Sagsfremstilling", "Beslutning", "Eventuelt", "Bilag"]


def test_colon_subheadings_stay_inside_their_section(meetings: dict[str, Meeting]) -> None:
    p5 = meetings[F0521].point(5)
    assert p5 is not None
    assert [s.name for s in p5.sections] == ["Sagsfremstilling", "Beslutning", "Bilag"]
    assert "\nIndstilling:\n" in p5.sections[0].text
    assert "aftaler konkrete initiativer på den korte bane" in p5.sections[0].text
    sags = _section(meetings[F0115], 3, "Sagsfremstilling")
    assert "\nBaggrund:\n" in sags
    assert "Programmet Morgendagens børne- og ungeliv udfolder" in sags


def test_attendance_footer_dropped(meetings: dict[str, Meeting]) -> None:
    m = meetings[F2023]
    assert m.text.count("Afbud Anya Krogh Manghezi") == 6
    assert "Afbud" not in _all_section_text(m)
    for p in m.points:
        assert "Afbud Anya" not in m.text[p.start : p.end]
    # The sentences right before the footers are kept.
    assert _section(m, 1, "Beslutning").endswith("merituddannelse til pædagoger drøftet.")
    assert _section(m, 6, "Økonomi").endswith("661.680 kr. fordelt på fire år")


def test_figure_captions_dropped_and_split_sentences_joined(meetings: dict[str, Meeting]) -> None:
    m = meetings[F2023]
    assert "Figur" not in _all_section_text(m)
    sags = _section(m, 5, "Sagsfremstilling")
    assert "skitseret i figuren nedenfor.\n\nDer lægges dermed op til" in sags
    assert "på temadrøftelsen, at der er behov for en ny retning" in sags
    assert "Nedenfor fremgår forslag til rammen for involvering" in sags
    assert "Det bemærkes, at Byrådet som sagt fastlægger" in sags


def test_html_tags_stripped(meetings: dict[str, Meeting]) -> None:
    sags = _section(meetings[F2023], 5, "Sagsfremstilling")
    assert not re.search(r"</?(p|u)>", sags)
    assert "BØRN OG UNGE\tForm/type af involvering og målgruppe: Idébanc afholdt som" in sags
    assert "Politisk involvering: Sker via udvalgte medlemmer" in sags


def test_lost_bullet_glyphs(meetings: dict[str, Meeting]) -> None:
    beslutning = _section(meetings[F2017], 5, "Beslutning")
    assert "\n  - Det skal være i overensstemmelse med KKR-aftalerne." in beslutning
    assert "- o " not in _all_section_text(meetings[F2017])
    sags = _section(meetings[F2023], 4, "Sagsfremstilling")
    assert "\n- Træthed efter Corona-situationen\n" in sags
    assert "- ?" not in sags
    borger = _section(meetings[F0521], 4, "Sagsfremstilling")
    assert "\n- Der er behov for endnu mere effektive arbejdsgange" in borger
    assert "·" not in borger
    # An ordinary indented bullet and a numbered one are left alone.
    assert "\n - Kompetenceudvikling\n" in _section(meetings[F2023], 3, "Indstilling")


def test_markdown_marks_stripped(meetings: dict[str, Meeting]) -> None:
    m = meetings[F0430]
    body = _all_section_text(m)
    assert "**" not in body
    assert not re.search(r"^#", body, re.MULTILINE)
    assert "\nSelvejende institutioner\n" in "\n" + _section(m, 3, "Beslutning")
    assert "\nChefforum\n\nForberedelse af kommende ugers mødebånd." in _section(
        m, 6, "Sagsfremstilling"
    )
    assert "\nKommende emner:\n" in _section(m, 6, "Sagsfremstilling")
    assert _section(m, 3, "Eventuelt").startswith("- BDO på det specialiserede socialområde")


def test_table_cells_and_annotations_kept(meetings: dict[str, Meeting]) -> None:
    husk = _section(meetings[F0115], 7, "Afsnit uden overskrift")
    assert husk.startswith("Sag/emne\tForv. tidspunkt\tAnsvarlig\n")
    assert "Direktionens porteføljeoversigt\t28-01\t\n" in husk  # empty cell kept
    # A lowercase annotation under a sub-heading is not glued onto it.
    assert "Samarbejde med Roskilde\n\nv/Lars Holte" in _section(
        meetings[F0521], 5, "Sagsfremstilling"
    )


@pytest.mark.parametrize("name", FILES)
def test_spans_point_at_the_source(meetings: dict[str, Meeting], name: str) -> None:
    m = meetings[name]
    previous_end = 0
    for p in m.points:
        assert previous_end <= p.start < p.end <= len(m.text)
        assert re.match(rf"[#* ]*Punkt {p.number}: ", m.text[p.start :])
        assert p.case_number is not None and p.case_number in m.text[p.start : p.end]
        assert not m.text[p.end - 1].isspace()
        previous_end = p.end
        cursor = p.start
        for s in p.sections:
            assert p.start <= cursor <= s.start <= s.end <= p.end
            cursor = s.end
            span = m.text[s.start : s.end]
            assert s.text and span
            assert not span[0].isspace() and not span[-1].isspace()
            first_words = re.findall(r"\w+", s.text)[:3]
            assert first_words[0] in span[:40], (p.number, s.name)
            assert all(w in span[:300] for w in first_words), (p.number, s.name)
            last_word = re.findall(r"\w+", s.text)[-1]
            assert last_word in span[-200:], (p.number, s.name)
            if s.heading:
                assert s.heading.split()[0] in m.text[p.start : s.start]


# --- encodings and formats -------------------------------------------------------------------


def test_cp1252_file_parses_like_utf8(tmp_path: Path, meetings: dict[str, Meeting]) -> None:
    source = (CORPUS / F0521).read_text(encoding="utf-8")
    path = tmp_path / "cp1252.txt"
    path.write_bytes(source.encode("cp1252"))
    got = parse_file(path)
    assert "Økonomiopfølgning" in got.points[0].title
    assert "kompetencer og ansvar – hos både" in got.points[1].sections[0].text
    assert replace(got, source_path="x") == replace(meetings[F0521], source_path="x")


def test_latin1_fallback_and_normalisation(tmp_path: Path) -> None:
    # 0x81 is undefined in cp1252, so only latin-1 can decode this.
    path = tmp_path / "latin1.txt"
    path.write_bytes("æøå ÆØÅ\r\nlinje\rto\x0cslut\xa0her".encode("latin-1") + b"\x81")
    assert read_text(path) == "æøå ÆØÅ\nlinje\nto\nslut her\x81"


def test_utf8_bom_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode("utf-8"))
    text = read_text(path)
    assert text == MINIMAL
    assert parse_file(path).meeting_id == "direktionen-2021-03-02"


def test_pdf_parses_to_the_same_structure(tmp_path: Path, meetings: dict[str, Meeting]) -> None:
    path = tmp_path / "minutes.pdf"
    _write_pdf((CORPUS / F2017).read_text(encoding="utf-8"), path)
    got = parse_file(path)
    want = meetings[F2017]
    assert got.date == want.date
    assert got.meeting_id == want.meeting_id
    assert [(p.number, p.title, p.case_number, p.closed) for p in got.points] == [
        (p.number, p.title, p.case_number, p.closed) for p in want.points
    ]
    assert got.attendees == want.attendees
    for p in got.points:
        for s in p.sections:
            assert got.text[s.start : s.end].split()[:2] == s.text.split()[:2]


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  "])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(ParseError, match="empty file"):
        parse_file(path)


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ParseError, match="binary file"):
        parse_file(path)


def test_binary_file_without_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.md"
    path.write_bytes(bytes(range(1, 256)) * 8)
    with pytest.raises(ParseError, match="binary file"):
        read_text(path)


def test_truncated_pdf(tmp_path: Path) -> None:
    full = tmp_path / "full.pdf"
    _write_pdf(MINIMAL, full)
    data = full.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ParseError, match="truncated PDF"):
        read_text(cut)


def test_garbage_pdf(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"this is not a pdf at all\n")
    with pytest.raises(ParseError, match="unreadable PDF"):
        read_text(path)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n%%EOF\n")
    with pytest.raises(ParseError):
        read_text(broken)


def test_encrypted_pdf(tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    _write_pdf(MINIMAL, plain)
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="hemmelig", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as f:
        writer.write(f)
    with pytest.raises(ParseError, match="encrypted PDF"):
        read_text(locked)


def test_no_agenda_points() -> None:
    text = (
        "REFERAT Direktionen d. 02-03-2021\n\nMødested Mødelokale B105\n\nIntet på dagsordenen.\n"
    )
    with pytest.raises(ParseError, match="no agenda points found"):
        parse_text(text, "x.txt")


def test_no_meeting_date() -> None:
    with pytest.raises(ParseError, match="no meeting date"):
        parse_text("Punkt 1: Noget\n\n21/1234\n\nSagsfremstilling\n\nTekst.", "x.txt")
    with pytest.raises(ParseError, match="no meeting date"):
        parse_text("REFERAT Direktionen\n\nPunkt 1: Noget\n\nTekst.", "x.txt")


def test_duplicate_punkt_number_is_a_warning() -> None:
    # A punkt number used twice no longer rejects the file (issue 14): the second point is kept
    # under the next free number and the warning says so.
    text = MINIMAL.replace("Punkt 2: Anden sag", "Punkt 1: Anden sag")
    m = parse_text(text, "x.txt")
    assert [(p.number, p.title, p.label) for p in m.points] == [
        (1, "Første sag", ""),
        (2, "Anden sag", "1"),
    ]
    assert m.warnings and "punkt 1 appears twice" in m.warnings[0]


# --- small cases -----------------------------------------------------------------------------


def test_minimal_text() -> None:
    m = parse_text(MINIMAL, "mem.txt")
    assert (m.meeting_id, m.start_time, m.location, m.toc) == (
        "direktionen-2021-03-02",
        "09:00",
        None,
        (),
    )
    p1, p2 = m.points
    # Text before the first heading becomes an untitled section with no heading.
    assert [(s.name, s.heading, s.text) for s in p1.sections] == [
        ("Afsnit uden overskrift", "", "Indledende bemærkning uden overskrift."),
        ("Sagsfremstilling", "Sagsfremstilling", "Noget tekst."),
    ]
    assert p2.decisions[0].decision_date == date(2021, 3, 2)
    assert m.text[p2.start : p2.end] == "Punkt 2: Anden sag\n\n21/5678\n\n" + (
        "Beslutning Direktionen den 02-03-2021\n\nGodkendt."
    )


def test_date_from_modedato_line_and_board_slug() -> None:
    text = MINIMAL.replace("REFERAT Direktionen d. 02-03-2021", "REFERAT Økonomiudvalget")
    m = parse_text(text, "x.txt")
    assert (m.board, m.date, m.meeting_id) == (
        "Økonomiudvalget",
        date(2021, 3, 2),
        "oekonomiudvalget-2021-03-02",
    )


@pytest.mark.parametrize(
    ("title", "board", "day"),
    [
        ("# REFERAT Byrådet d. 2. marts 2021", "Byrådet", date(2021, 3, 2)),
        (
            "**REFERAT Plan- og Miljøudvalget d. 03-03-2021**",
            "Plan- og Miljøudvalget",
            date(2021, 3, 3),
        ),
        # An impossible title date gives way to the Mødedato line.
        ("REFERAT Direktionen d. 31-02-2021", "Direktionen", date(2021, 3, 2)),
    ],
)
def test_title_variants(title: str, board: str, day: date) -> None:
    m = parse_text(MINIMAL.replace("REFERAT Direktionen d. 02-03-2021", title), "x.txt")
    assert (m.board, m.date) == (board, day)


def test_missing_case_number() -> None:
    m = parse_text(MINIMAL.replace("21/1234\n\n", ""), "x.txt")
    assert m.points[0].case_number is None
    assert m.points[0].sections[0].text == "Indledende bemærkning uden overskrift."


@pytest.mark.parametrize(
    ("value", "slug"),
    [
        ("Direktionen", "direktionen"),
        ("Børne- og Ungeudvalget", "boerne-og-ungeudvalget"),
        ("Plan & Miljø (ekstra)", "plan-miljoe-ekstra"),
        ("Ældre- og Sundhedsudvalget", "aeldre-og-sundhedsudvalget"),
        ("Byrådet på Café", "byraadet-paa-cafe"),
    ],
)
def test_slugify(value: str, slug: str) -> None:
    assert slugify(value) == slug
