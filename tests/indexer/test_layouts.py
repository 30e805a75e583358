"""Golden tests for the reader on invented minutes in the layouts municipalities publish.

Each fixture under tests/resources/layouts/ is an invented meeting (our own words, invented
names, places and case numbers) in one real layout family; expected.json holds what a reader
of the file sees: date, board, kind, points with titles, case numbers, closed flags and the
dates of their decisions (read off the files by hand).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fpdf import FPDF

from indexer.errors import ParseError
from indexer.models import CASE_NUMBER_RE, Meeting, case_key
from indexer.parse import parse_file, parse_text

LAYOUTS = Path(__file__).resolve().parents[1] / "resources" / "layouts"
EXPECTED: list[dict[str, Any]] = json.loads((LAYOUTS / "expected.json").read_text("utf-8"))
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# Words that only occur in the bodies of closed points: they must never be read.
SECRETS = (
    "Fortroligt",
    "Hemmeligt",
    "Xylofonvej",
    "Bølgebryder",
    "medarbejders fravær",
    "Gryden",
    "Kobbertaget",
    "Skummelund",
    "Havtornen",
    # Saved web pages: bodies in a hidden block, a comment, a display:none or visibility:hidden
    # block under a closed heading.
    "Tjørnevænget",
    "Strandkiosken",
    "Høvej",
    "Engbakkegård",
    "Tuemand",
)


@pytest.fixture(scope="module")
def meetings() -> dict[str, Meeting]:
    return {e["file"]: parse_file(LAYOUTS / e["file"]) for e in EXPECTED}


def test_at_least_twelve_fixtures_in_several_formats() -> None:
    files = [e["file"] for e in EXPECTED]
    assert len(files) >= 12
    assert {Path(f).suffix for f in files} >= {".txt", ".html", ".docx"}


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["file"] for e in EXPECTED])
def test_fixture_reads_as_expected(meetings: dict[str, Meeting], expected: dict[str, Any]) -> None:
    m = meetings[expected["file"]]
    assert (m.meeting_id, m.board, m.date.isoformat(), m.kind, m.start_time) == (
        expected["meeting_id"],
        expected["board"],
        expected["date"],
        expected["kind"],
        expected["start_time"],
    )
    got = [
        [
            p.number,
            p.title,
            p.case_number,
            p.closed,
            [d.decision_date.isoformat() if d.decision_date else None for d in p.decisions],
        ]
        for p in m.points
    ]
    assert got == expected["points"]


def test_closed_points_keep_only_title_and_case_number(meetings: dict[str, Meeting]) -> None:
    closed = [(name, p) for name, m in meetings.items() for p in m.points if p.closed]
    # Every closed form: "Lukket punkt: ...", "Lukket sag: ...", "(lukket)", "- LUKKET SAG",
    # a plain "Lukket" title line and a "Lukket" status after the case number.
    assert {p.title for _, p in closed} >= {
        "Lukket punkt: Køb af ejendom",
        "Lukket sag: Personalesag",
        "Lukket sag: Erstatningskrav",
        "Madservice til hjemmeboende ældre (lukket)",
        "Salg af grund - LUKKET SAG",
        "Klage over skolebuskørsel (lukket)",
        "Lukket",
    }
    for name, p in closed:
        assert p.sections == () and p.case_number, name
    for name, m in meetings.items():
        for secret in SECRETS:
            assert secret not in m.text, (name, secret)


def test_metadata_and_furniture_never_reach_a_section(meetings: dict[str, Meeting]) -> None:
    pattern = re.compile(
        r"Sagsnr|Sagsnummer|Sagsid|Acadre|Dok\.nr|Sag nr|Saq nr|Side \d+ af|Til toppen|Udskriv"
        r"|Se alle bilag|S a g s"
    )
    for name, m in meetings.items():
        for p in m.points:
            for s in p.sections:
                assert not pattern.search(s.text), (name, p.number, s.text)


def test_pdf_text_furniture_removed(meetings: dict[str, Meeting]) -> None:
    m = meetings["pdftext/teknik-2020-01-09.txt"]
    p1 = m.point(1)
    assert p1 is not None
    # The letter-spaced heading was read; "For-" / "valtningen" was joined.
    assert [s.name for s in p1.sections] == ["Sagsfremstilling", "Beslutning"]
    assert "Forvaltningen foreslår" in p1.sections[0].text
    assert "Teknik- og Miljøudvalget 09.01.2020" not in m.text.split("Pkt. 1", 1)[1]
    assert m.location == "Byrådssalen"


def test_table_of_contents_and_body_lists_are_not_points(meetings: dict[str, Meeting]) -> None:
    m = meetings["web/kultur-2017-08-29.txt"]
    assert [p.number for p in m.points] == [1, 2, 3]
    p2 = m.point(2)
    assert p2 is not None
    indstilling = next(s for s in p2.sections if s.name == "Indstilling")
    assert "1. at der bevilges 30.000 kr." in indstilling.text
    assert "2. at laugets regnskab" in indstilling.text
    assert [p.number for p in meetings["web/oekonomi-2018-10-01.txt"].points] == [1, 2, 3, 4]


def test_several_boards_decide_one_point(meetings: dict[str, Meeting]) -> None:
    p1 = meetings["html/byraadet-2020-01-29.html"].point(1)
    assert p1 is not None
    assert [(d.heading, d.decision_date, d.text) for d in p1.decisions] == [
        (
            "Økonomiudvalgets beslutning i mødet den 21. januar 2020",
            date(2020, 1, 21),
            "Anbefales.",
        ),
        ("Byrådets beslutning i mødet den 29. januar 2020", date(2020, 1, 29), "Godkendt."),
    ]


def test_one_line_decision_keeps_its_text_and_span(meetings: dict[str, Meeting]) -> None:
    m = meetings["agenda/erhverv-2002-05-15-referat.txt"]
    p = m.point(60)
    assert p is not None
    d = p.decisions[0]
    assert (d.heading, d.text) == ("Beslutning:", "Godkendt som forsøg i én sæson.")
    assert m.text[d.start : d.end] == d.text


def test_two_boards_on_one_day_do_not_collide(meetings: dict[str, Meeting]) -> None:
    a, b = meetings["plan/plan-2019-10-03.txt"], meetings["plan/kultur-2019-10-03.txt"]
    assert a.date == b.date and a.meeting_id != b.meeting_id


def test_agenda_minutes_and_supplement_identities(meetings: dict[str, Meeting]) -> None:
    agenda = meetings["agenda/erhverv-2002-05-15-dagsorden.txt"]
    minutes = meetings["agenda/erhverv-2002-05-15-referat.txt"]
    # The minutes replace the agenda: same meeting, another kind.
    assert agenda.meeting_id == minutes.meeting_id
    assert (agenda.kind, minutes.kind) == ("dagsorden", "referat")
    assert all(not p.decisions for p in agenda.points)
    extra = meetings["web/oekonomi-2018-10-01-tillaeg.txt"]
    main = meetings["web/oekonomi-2018-10-01.txt"]
    assert (extra.board, extra.date) == (main.board, main.date)
    # A tillægsreferat's points are points of the meeting it adds to: the same id.
    assert extra.meeting_id == main.meeting_id
    assert (extra.kind, main.kind) == ("tillægsreferat", "referat")


def test_board_fallbacks(meetings: dict[str, Meeting]) -> None:
    assert meetings["oekonomiudvalget/2021-03-03.txt"].warnings == (
        "board 'Økonomiudvalget' taken from the folder name",
    )
    assert "decision lines" in meetings["web/kultur-2017-08-29.txt"].warnings[0]
    text = (LAYOUTS / "oekonomiudvalget" / "2021-03-03.txt").read_text("utf-8")
    with pytest.raises(ParseError, match="no board") as e:
        parse_text(text, "somewhere/2021-03-03.txt")
    assert e.value.part == "header"
    m = parse_text(text, "somewhere/2021-03-03.txt", board="Økonomiudvalget")
    assert m.meeting_id == "oekonomiudvalget-2021-03-03"
    assert parse_text(text, "x/y.txt", board="Byrådet", municipality="Søndervig").meeting_id == (
        "soendervig-byraadet-2021-03-03"
    )


def test_word_file_matches_its_builder(tmp_path: Path, meetings: dict[str, Meeting]) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_docx", LAYOUTS / "word" / "make_docx.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path / "fresh.docx"
    module.build(path)
    fresh = parse_file(path)
    committed = meetings["word/boerne-skole-2019-11-12.docx"]
    assert replace(fresh, source_path="x") == replace(committed, source_path="x")
    # Word's page header and footer are not part of the minutes.
    assert "Side 1 af 2" not in committed.text
    assert committed.text.count("Børne- og Skoleudvalget 12.11.2019") == 0


def test_pdf_with_page_furniture(tmp_path: Path, meetings: dict[str, Meeting]) -> None:
    """The PDF-text fixture rendered as a real PDF, one page per form feed, with a running
    header and a page footer on every page, reads like the text."""
    pages = (LAYOUTS / "pdftext" / "teknik-2020-01-09.txt").read_text("utf-8").split("\f")
    pdf = FPDF()
    if DEJAVU.exists():
        pdf.add_font("DejaVu", fname=str(DEJAVU))
        pdf.set_font("DejaVu", size=9)
    else:
        pdf.set_font("Helvetica", size=9)
    for n, page in enumerate(pages, 1):
        pdf.add_page()
        lines = [line for line in page.split("\n") if not line.startswith(("Side ", "Teknik- og"))]
        for line in ["Teknik- og Miljøudvalget 09.01.2020", *lines, f"Side {n} af {len(pages)}"]:
            pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "teknik.pdf"
    pdf.output(str(path))
    got, want = parse_file(path), meetings["pdftext/teknik-2020-01-09.txt"]
    assert (got.meeting_id, got.board, got.date) == (want.meeting_id, want.board, want.date)
    assert [(p.number, p.title, p.case_number, p.closed) for p in got.points] == [
        (p.number, p.title, p.case_number, p.closed) for p in want.points
    ]
    assert "Side 2 af 3" not in got.text
    assert "Hemmeligt" not in got.text


@pytest.mark.parametrize(
    ("text", "part", "line"),
    [
        ("Referat 2. maj 2021\n\nIngen punkter i dag.\n", "points", 3),
        ("Referat fra Byrådet\n\nPunkt 1: Noget\n\nSagsnr: 20/1\n", "header", 1),
    ],
)
def test_unreadable_file_says_where_it_stopped(text: str, part: str, line: int) -> None:
    with pytest.raises(ParseError) as e:
        parse_text(text, "x.txt")
    assert (e.value.part, e.value.line) == (part, line)


@pytest.mark.parametrize(
    "value", ["14/110", "330-2018-3619", "85.02.02-G01-5-17", "8", "09/24491", "12/32140"]
)
def test_case_numbers_in_their_own_format(value: str) -> None:
    assert CASE_NUMBER_RE.match(value)


@pytest.mark.parametrize("value", ["", "abc", "14 110", "x" * 50])
def test_not_case_numbers(value: str) -> None:
    assert not CASE_NUMBER_RE.match(value)


def test_case_key_matches_loosely() -> None:
    assert case_key("14/110") == case_key("14-0110") == case_key(" 14/110 ")
    assert case_key("330-2018-3619") == case_key("330/2018/3619")
    assert case_key("14/110") != case_key("14/111")


@pytest.mark.parametrize(
    ("heading", "number", "title", "case"),
    [
        ("1.Tilskud til spejderhytten", 1, "Tilskud til spejderhytten", "21/77"),
        ("1.   Tilskud til spejderhytten", 1, "Tilskud til spejderhytten", "21/77"),
        ("Pkt. 153 Tilskud til spejderhytten", 153, "Tilskud til spejderhytten", "21/77"),
        ("Nr.60 - Tilskud til spejderhytten", 60, "Tilskud til spejderhytten", "21/77"),
        ("Punkt 1 - Tilskud til spejderhytten", 1, "Tilskud til spejderhytten", "21/77"),
    ],
)
def test_heading_forms(heading: str, number: int, title: str, case: str) -> None:
    text = (
        "Referat af møde i Fritidsudvalget\n\nDen 02.02.2021 kl. 16:00\n\n"
        f"{heading}\n\nSagsnr: {case}\n\nSagsfremstilling\n\nSpejderne søger 10.000 kr.\n\n"
        "Beslutning: Godkendt.\n"
    )
    m = parse_text(text, "x.txt")
    assert (m.board, m.date, m.start_time) == ("Fritidsudvalget", date(2021, 2, 2), "16:00")
    assert [(p.number, p.title, p.case_number) for p in m.points] == [(number, title, case)]


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Sagsnr: 14/110", "14/110"),
        ("Sagsnummer: 19/2484", "19/2484"),
        ("Sagsid.: 20/33839, Sagsinitialer: KLM", "20/33839"),
        ("Acadre sagsnr.: 09/24491", "09/24491"),
        ("Sagsnr.: 330-2018-3619  Dok.nr.: 330-2018-1  Åbent", "330-2018-3619"),
        ("Sag nr. 8", "8"),
        ("Saq nr. 8", "8"),
        ("Sagsnr.: 85.02.02-G01-5-17", "85.02.02-G01-5-17"),
        # ESDH case ids with letters, under the labels agenda systems print.
        ("Sags-ID: EMN-2023-00013", "EMN-2023-00013"),
        ("Sag-ID: SAG-2021-0042", "SAG-2021-0042"),
        ("Sagsid: S2019-1234", "S2019-1234"),
        ("Sags ID: EMN-2023-00013", "EMN-2023-00013"),
    ],
)
def test_case_number_lines(line: str, case: str) -> None:
    text = (
        f"Referat\n\nByrådet den 3. maj 2022\n\n1. Ny skatepark\n\n{line}\n\n"
        "Sagsfremstilling\n\nTekst.\n"
    )
    m = parse_text(text, "x.txt")
    assert m.points[0].case_number == case
    assert m.points[0].sections[0].text == "Tekst."


@pytest.mark.parametrize(
    ("header", "board", "day"),
    [
        (
            "Referat af møde i Økonomiudvalget\nDen 09.01.2020 kl. 13:00",
            "Økonomiudvalget",
            date(2020, 1, 9),
        ),
        ("Økonomiudvalget – Referat – 1. oktober 2018", "Økonomiudvalget", date(2018, 10, 1)),
        ("Byrådet - Referat\nDato: 29. januar 2020", "Byrådet", date(2020, 1, 29)),
        ("Referat\nByrådet mandag den 25. september 2023 kl. 17.00", "Byrådet", date(2023, 9, 25)),
        ("Udvalg: Miljøudvalget\nMødedato: 15-maj-2002", "Miljøudvalget", date(2002, 5, 15)),
        (
            "UDVALG Miljøudvalget\nSTARTTIDSPUNKT 04-06-2020 09:00:00",
            "Miljøudvalget",
            date(2020, 6, 4),
        ),
        ("Referat\nMiljøudvalget\nTorsdag, Oktober 3, 2019", "Miljøudvalget", date(2019, 10, 3)),
        # A web page's breadcrumb: the board is its last segment that names one.
        (
            "Aalum Kommune - Politiske udvalg - Teknisk Udvalg\nReferat\nDato: 14.09.2022",
            "Teknisk Udvalg",
            date(2022, 9, 14),
        ),
        (
            "Aalum Kommune > Dagsordener og referater > Miljøudvalget\nMødedato: 14.09.2022",
            "Miljøudvalget",
            date(2022, 9, 14),
        ),
    ],
)
def test_header_forms(header: str, board: str, day: date) -> None:
    text = f"{header}\n\n1. Ny skatepark\n\nSagsnr: 22/1\n\nSagsfremstilling\n\nTekst.\n"
    m = parse_text(text, "x.txt")
    assert (m.board, m.date) == (board, day)


_FIRST_POINT = (
    "Referat\n\nByrådet den 3. maj 2022\n\n1. Ny skatepark\n\nSagsnr: 22/1\n\n"
    "Sagsfremstilling\n\nTekst.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "case", "body"),
    [
        ("2. Eventuelt\n\nIntet.\n", None, ["Intet."]),
        ("2. Eventuelt\nSagsnr: 22/2\n", "22/2", []),
        ("2.\nEventuelt\nSagsnr: 22/2\n\nIntet.\n", "22/2", ["Intet."]),
        ("Punkt 2:\nEventuelt\nSagsnr: 22/2\n\nIntet.\n", "22/2", ["Intet."]),
    ],
)
def test_one_word_title_is_a_title(tail: str, case: str | None, body: list[str]) -> None:
    text = _FIRST_POINT + tail
    if tail.startswith("Punkt"):
        text = text.replace("1. Ny", "Punkt 1: Ny")
    m = parse_text(text, "x.txt")
    assert [(p.number, p.title, p.case_number) for p in m.points] == [
        (1, "Ny skatepark", "22/1"),
        (2, "Eventuelt", case),
    ]
    assert [s.text for s in m.points[1].sections] == body


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "2. Ansøgning om tilskud til nyt kunstgræs på\nSøbakken Stadion",
            "Ansøgning om tilskud til nyt kunstgræs på Søbakken Stadion",
        ),
        (
            "2. Ansøgning om tilskud til kunst-\ngræs på Søbakken Stadion",
            "Ansøgning om tilskud til kunstgræs på Søbakken Stadion",
        ),
        ("2. Tilskud til Børne-\nog Ungecentret", "Tilskud til Børne- og Ungecentret"),
        ("2.\nAnsøgning om kunstgræs", "Ansøgning om kunstgræs"),
    ],
)
def test_wrapped_titles_are_joined(heading: str, title: str) -> None:
    text = _FIRST_POINT + f"{heading}\nSagsnr: 22/2\n\nSagsfremstilling\n\nKlubben søger.\n"
    m = parse_text(text, "x.txt")
    assert [(p.number, p.title, p.case_number) for p in m.points] == [
        (1, "Ny skatepark", "22/1"),
        (2, title, "22/2"),
    ]
    assert m.points[1].sections[0].text == "Klubben søger."


def test_heading_shaped_table_of_contents_is_not_points(meetings: dict[str, Meeting]) -> None:
    """Entries without leaders or pages, the first real heading right below the last one and
    no case number under it: still no entry becomes a point and nothing is renumbered."""
    m = meetings["web/teknik-2022-09-14.txt"]
    assert [p.number for p in m.points] == [1, 2, 3, 4]
    assert m.warnings == ()
    assert [s.text for s in m.points[0].sections] == ["Godkendt."]


def test_consecutive_closed_points_are_no_table_of_contents() -> None:
    # Same titles, no bodies, one after another: but their numbers never come again.
    text = (
        "Referat\n\nByrådet den 3. maj 2022\n\nPunkt 1: Lukket\n\nPunkt 2: Lukket\n\n"
        "Punkt 3: Lukket\n\nPunkt 4: Ny skatepark\n\nSagsnr: 22/1\n\nSagsfremstilling\n\nTekst.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.closed) for p in m.points] == [(1, True), (2, True), (3, True), (4, False)]


def test_unnumbered_points_from_the_first(meetings: dict[str, Meeting]) -> None:
    m = meetings["unnumbered/miljoe-2019-04-10.txt"]
    assert [p.title for p in m.points][:2] == [
        "Godkendelse af dagsorden",
        "Vandløbsregulativ for Tangå",
    ]
    tanga = m.point(2)
    assert tanga is not None and "grødeskæres to gange om året" in tanga.sections[0].text


def test_decision_forms() -> None:
    text = (
        "Referat (29. august 2017)\n\n1. Ny skatepark\n\nSagsnr: 22/1\n\nSagsfremstilling\n\n"
        "Tekst.\n\nBeslutning i Økonomiudvalget den 1. august 2017:\n\nAnbefales.\n\n"
        "Byrådets beslutning i mødet den 29. august 2017\n\nGodkendt.\n\n"
        "2. Cykelbane\n\nSagsnr: 22/2\n\nSagsfremstilling\n\nTekst.\n\n"
        "Fritidsudvalget, 29-08-2017, pkt. 2\n\nGodkendt.\n"
    )
    m = parse_text(text, "x.txt")
    assert [[(d.decision_date, d.text) for d in p.decisions] for p in m.points] == [
        [(date(2017, 8, 1), "Anbefales."), (date(2017, 8, 29), "Godkendt.")],
        [(date(2017, 8, 29), "Godkendt.")],
    ]
