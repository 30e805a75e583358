"""Open/closed status written beside a point's number or title (invented minutes).

Agenda portals write "Punkt 12 · Fortroligt" with the title on the next line; a points table
saved as text puts the status in a column after the title ("Klagesag<TAB>Lukket"); Word minutes
put "Ikke offentligt punkt" on the line under the heading; agenda systems set number, title and
status in styled spans with nothing between them.
"""

from __future__ import annotations

from pathlib import Path

from indexer.headings import point_heading
from indexer.parse import parse_text
from indexer.read import read_text

SECRET = "Entreprenør Vibeke Sandholt kræver 88.300 kr."


def _points(text: str) -> dict[int, tuple[str, str | None, bool, str]]:
    meeting = parse_text(text, "x.txt")
    assert SECRET not in meeting.text
    return {p.number: (p.title, p.case_number, p.closed, p.text) for p in meeting.points}


def test_a_status_after_the_number_and_the_title_on_the_next_line() -> None:
    heading = point_heading("Punkt 12 · Fortroligt")
    assert heading is not None and heading.closed and heading.title == ""
    open_heading = point_heading("Punkt 11 · Åbent punkt")
    assert open_heading is not None and not open_heading.closed and open_heading.title == ""
    text = (
        "Miljøudvalget\nReferat\nTirsdag 3. marts 2026, kl. 16:00\n\n"
        "Punkt 11 · Åbent punkt\nNye stier ved søen\nJournalnr.: 01.05.00-P20-2-26\n\n"
        "Baggrund\nStierne forlænges med 800 meter.\n\nUdvalgets beslutning\nGodkendt.\n\n"
        "Punkt 12 · Fortroligt\nErstatningskrav efter vejarbejde\n"
        "Journalnr.: 05.01.00-G01-7-26\n\n"
        f"Baggrund\n{SECRET}\n\nUdvalgets beslutning\nKravet afvises.\n"
    )
    points = _points(text)
    assert points[11][:3] == ("Nye stier ved søen", "01.05.00-P20-2-26", False)
    assert points[12][:3] == ("Erstatningskrav efter vejarbejde", "05.01.00-G01-7-26", True)
    assert "Sandholt" not in points[12][3] and "Sandholt" not in points[11][3]


def test_a_status_column_after_the_title() -> None:
    heading = point_heading("7\tKlagesag over hjemmehjælp\tLukket")
    assert heading is not None and heading.closed and heading.title == "Klagesag over hjemmehjælp"
    heading = point_heading("6\tTakster for madservice\tÅben")
    assert heading is not None and not heading.closed and heading.title == "Takster for madservice"


def test_not_public_under_the_heading_closes_the_point() -> None:
    text = (
        "Teknikudvalget - Referat - 3. marts 2026\n\n"
        "1. Trafikplan\nSags-ID: EMN-2026-00012\n\nSagsfremstilling\nPlanen sendes i høring.\n\n"
        "Beslutning\nGodkendt.\n\n"
        "2. Erstatningssag\nIkke offentligt punkt\nSags-ID: EMN-2026-00013\n\n"
        f"Sagsfremstilling\n{SECRET}\n\nBeslutning\nAfvist.\n"
    )
    points = _points(text)
    assert points[2][1:3] == ("EMN-2026-00013", True)
    assert "Sandholt" not in points[1][3]


def test_styled_spans_side_by_side_are_cells(tmp_path: Path) -> None:
    page = tmp_path / "miljoe.html"
    item = (
        '<div class="item"><div class="head"><span class="no">{n}</span>'
        '<span class="title">{title}</span><span class="status">{status}</span></div>'
        '<div class="field"><span class="label">Sagsnummer</span> '
        '<span class="value">{case}</span></div>'
        '<div class="sectiontitle">Sagsfremstilling</div><p>{body}</p>'
        '<div class="sectiontitle">Beslutning</div><p>Godkendt.</p></div>'
    )
    page.write_text(
        "<html><body><h1>Miljøudvalget - Referat - 3. marts 2026</h1>"
        + item.format(
            n=1, title="Nye stier", status="Åben", case="01.05.00-P20-2-26", body="Stier."
        )
        + item.format(n=2, title="Klagesag", status="Lukket", case="01.05.00-K04-1-26", body=SECRET)
        + "</body></html>",
        encoding="utf-8",
    )
    points = _points(read_text(page))
    assert points[1][:3] == ("Nye stier", "01.05.00-P20-2-26", False)
    assert points[2][1:3] == ("01.05.00-K04-1-26", True)


def test_closed_marks_with_their_reason_or_their_law() -> None:
    text = (
        "Kulturudvalget - Referat - 3. marts 2026\n\n"
        "1. Nyt tag på hallen\nJ.nr. 2026/00011\n\nSagsfremstilling\nTaget skiftes.\n\n"
        "Beslutning\nGodkendt.\n\n"
        "2. Forpagtning af cafeteria\n"
        "Punktet behandles for lukkede døre, jf. kommunestyrelseslovens § 10.\n"
        f"J.nr. 2026/00012\n\n{SECRET}\n\nBeslutning\nGodkendt.\n\n"
        "3. Årets kulturpris\nLukket punkt – behandles fortroligt indtil overrækkelsen.\n"
        f"J.nr. 2026/00013\n\n{SECRET}\n\nBeslutning\nGodkendt.\n\n"
        "4. Lukket sag: Forlig med entreprenør\nJ.nr. 2026/00014\n\n"
        f"{SECRET}\n\nBeslutning\nGodkendt.\n"
    )
    points = _points(text)
    assert points[1][1:3] == ("2026/00011", False)
    assert points[2][1:3] == ("2026/00012", True)
    # Closed by the note; the case number below it is not read (the note stays unread).
    assert points[3][2]
    assert points[4][2] and "Forlig" in points[4][0]
    assert all("Sandholt" not in p[3] for p in points.values())


def test_a_closed_meeting_below_the_open_points_and_kle_facets() -> None:
    text = (
        "Sognerådets møde den 14. november 1989\n\n"
        "Pkt. 1.    Vejbelysning på Bygaden.\n           J.nr. 05.01.02 P 16.\n\n"
        "           Beslutning:\n           Godkendt.\n\n"
        "                      Lukket møde.\n\n"
        "Pkt. 2.    Salg af jord ved Mosevej.\n           J.nr. 02.34.02 G 01.\n\n"
        f"           {SECRET}\n\n           Beslutning:\n           Godkendt.\n"
    )
    points = _points(text)
    assert points[1][1:3] == ("05.01.02 P 16", False)
    assert points[2][1:3] == ("02.34.02 G 01", True)


# Ways minutes say a point is not public: under its heading, in its title, or as a yes/no under
# an openness label. Each is read in an invented meeting whose closed point still carries the
# secret; the open point after it must keep its own text.
CLOSED_FORMS = [
    ("Personalesag", "Denne sag er lukket efter forvaltningslovens § 15."),
    ("Personalesag", "Lukket jf. kommunestyrelseslovens § 10, stk. 2"),
    ("Personalesag", "Punktet blev behandlet som lukket punkt."),
    ("Personalesag", "Sagen behandles fortroligt."),
    ("Personalesag", "Sagen er fortrolig jf. offentlighedslovens § 21."),
    ("Personalesag", "Punktet er undtaget fra offentlighed."),
    ("Personalesag", "Sagen er lukket for offentligheden."),
    ("Personalesag", "Denne sag behandles på et lukket møde"),
    ("Personalesag", "Lukket – personfølsomme oplysninger"),
    ("Personalesag", "Ikke til offentliggørelse"),
    ("Personalesag", "Lukket behandling"),
    ("Personalesag", "Offentlighed: Nej"),
    ("Personalesag", "Åbent/Lukket: L"),
    ("Personalesag", "Lukket: Ja"),
    ("Personalesag (Lukket - jf. FVL § 15)", None),
    ("Personalesag (Ikke offentliggjort)", None),
    ("Personalesag (lukket møde)", None),
    ("Personalesag *LUKKET*", None),
    ("Undtaget fra offentlighed: Personalesag", None),
    ("Personalesag (Lukket for offentligheden)", None),
    ("Personalesag. Lukket punkt.", None),
]


def _closed_form_meeting(title: str, line: str | None) -> str:
    under = f"{line}\n" if line else ""
    return (
        "Referat\nØkonomiudvalget\nMødedato: 12.03.2026\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        f"2. {title}\n{under}Sagsnr.: 26/1234\nSagsfremstilling\n{SECRET}\n"
        "Beslutning: Taget til efterretning.\n\n"
        "3. Budget 2027\nSagsnr.: 26/999\nSagsfremstilling\nForvaltningen fremlægger budgettet.\n"
        "Beslutning: Godkendt.\n"
    )


def test_closed_forms_close_the_point_and_keep_nothing() -> None:
    for title, line in CLOSED_FORMS:
        points = _points(_closed_form_meeting(title, line))
        assert sorted(points) == [1, 2, 3], (title, line)
        assert points[2][1:3] == ("26/1234", True), (title, line)
        assert points[3][2] is False and "budgettet" in points[3][3], (title, line)


def test_open_answers_under_an_openness_label_keep_the_point_open() -> None:
    for line in ("Offentlighed: Ja", "Åbent/Lukket: Å", "Lukket: Nej"):
        meeting = parse_text(
            _closed_form_meeting("Personalesag", line).replace(SECRET, "Tekst."), "x.txt"
        )
        point = next(p for p in meeting.points if p.number == 2)
        assert not point.closed and "Tekst." in point.text, line


def test_a_lock_emoji_before_the_title_closes_the_point(tmp_path: Path) -> None:
    # Read from a file: the reader gives the emoji as the word, so the heading stays a heading
    # (the secret does not fall into the point above).
    path = tmp_path / "oekonomiudvalget.txt"
    path.write_text(_closed_form_meeting("\U0001f512 Personalesag", None), "utf-8")
    meeting = parse_text(read_text(path), str(path))
    points = {p.number: p for p in meeting.points}
    assert sorted(points) == [1, 2, 3] and points[2].closed
    assert all(SECRET not in p.text for p in meeting.points)


def test_points_marked_l_and_a_first_point_without_body_in_an_agenda() -> None:
    # An invented agenda page: the header explains "(L)", the first point has no body (the
    # next heading follows at once), the closed points keep only their case numbers.
    text = (
        "Byrådet\n\nDAGSORDEN\n\nMødedato:\t25. juni 2026\n\n"
        "Bemærkninger:\tMødet er offentligt bortset fra punkter markeret (L).\n\n"
        "41.\tGodkendelse af dagsorden\n\n"
        "42.\tLåneoptagelse 2026\n\nJ.nr.:\t2026-10415\n\nSagsfremstilling:\n\n"
        "Kommunen optager et lån på 12 mio. kr.\n\n"
        "43.\t(L) Salg af jord ved Tofthøj\n\nJ.nr.:\t2026-06602\n\n"
        f"Sagsfremstilling:\n\n{SECRET}\n"
    )
    points = _points(text)
    assert [(n, p[1], p[2]) for n, p in points.items()] == [
        (41, None, False),
        (42, "2026-10415", False),
        (43, "2026-06602", True),
    ]


def test_points_announced_as_dealt_with_behind_closed_doors() -> None:
    text = (
        "Sognerådet\nReferat\nMødedato: 3. juni 1987\n\n"
        "Pkt. 1. Vejbelysning.\nJ.nr. 05.01.06 P 20\n\nFem nye master.\n\n"
        "Beslutning:\nGodkendt.\n\n"
        "Følgende punkter behandledes for lukkede døre:\n\n"
        f"Pkt. 2. Salg af parcel.\nJ.nr. 02.11.00 G 00\n\n{SECRET}\n\nBeslutning:\nSolgt.\n\n"
        "Pkt. 3. Personalesag.\n\nBeslutning:\nTiltrådt.\n"
    )
    points = _points(text)
    assert [(n, p[2]) for n, p in points.items()] == [(1, False), (2, True), (3, True)]
    assert points[2][1] == "02.11.00 G 00"


def test_one_closed_point_in_the_labelled_form_among_plain_headings() -> None:
    # "Punkt 2 (lukket): …" among "1." and "3." headings: all three are points, the closed
    # one keeps nothing, the open ones keep their own text.
    text = (
        "Referat\nØkonomiudvalget\nMødedato: 12.03.2026\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        f"Punkt 2 (lukket): Personalesag\nSagsnr.: 26/1234\nSagsfremstilling\n{SECRET}\n"
        "Beslutning: Taget til efterretning.\n\n"
        "3. Budget 2027\nSagsnr.: 26/999\nSagsfremstilling\nBudgettet fremlægges.\n"
        "Beslutning: Godkendt.\n"
    )
    points = _points(text)
    assert [(n, p[2]) for n, p in points.items()] == [(1, False), (2, True), (3, False)]
    assert "Budgettet fremlægges." in points[3][3]
