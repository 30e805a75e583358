"""Round 20 of the reader: forms found missing in layouts_blind15, in invented minutes.

An agenda system's text export that frames each point heading with rule lines ("=====" or
"-----" above and below it, the case number under the lower rule), above a list of the
agenda and with a numbered list of attachments in a body. Typed minutes whose KLE case numbers
write the facet joined to its digits ("J.nr. 00.30.10 S00"): kept as written, and compared
with the spaced form ("S 00") as one case. A board's minutes that give each point's case number
under a "KLE-nr.:" label in full case form ("24.10.20-G01-7-13"): the case number, where a KLE
number alone stays metadata.

From layouts_train18 (our own set, read once before these rules): a case system's points headed
"Sag 12 Title" or "Sag 3 - Title" (no full stop or colon after the number); decisions under
"Afgørelse:"; an English point closed by "This item is confidential." under its heading;
attendance as a table (web, Word, Markdown or TAB text: "Navn | Parti | Fremmøde").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.headings import case_number, closing_line, decision, point_heading
from indexer.models import case_key
from indexer.parse import parse_file, parse_text

FRAMED = """HAVSTRUP KOMMUNE - REFERAT
{rule}

Udvalg: Teknik- og Miljøudvalget
Mødedato: 02.10.2024
Starttidspunkt: 15:00
Deltagere: Jens Mørup (formand), Anne Bøgh, Kaj Lerche

Dagsordenens punkter:
1. Godkendelse af dagsorden
2. Vejvedligeholdelse 2025
3. Ny busrute til Havstrup Strand
4. Erstatningskrav fra entreprenør

{rule}
1. Godkendelse af dagsorden
{rule}
Sagsnr.: 24/00301
Sagsansvarlig: Pia Holt

Udvalgets beslutning:
Godkendt.

{rule}
2. Vejvedligeholdelse 2025
{rule}
Sagsnr.: 24/04417
Sagsansvarlig: Pia Holt

Beskrivelse:
Vejene i Havstrup Nord skal have nyt slidlag. Prioriteret rækkefølge:
1. Møllevej og Kirkestien, 1,2 km.
2. Bakkedraget, 0,6 km.

Udvalgets beslutning:
Godkendt.

Bilag:
1. Tilstandsrapport for vejene
2. Kort over Havstrup Nord

{rule}
3. Ny busrute til Havstrup Strand
{rule}
Sagsnr.: 24/05120

Beskrivelse:
Rute 214 forlænges i sommermånederne til stranden.

Udvalgets beslutning:
Godkendt.

{rule}
4. Erstatningskrav fra entreprenør
{rule}
Sagsnr.: 24/05533
Punktet behandles for lukkede døre

Udvalgets beslutning:
Mejeriets Entreprise ApS får tilbudt 85.000 kr.
"""

WANT = [
    (1, "Godkendelse af dagsorden", "24/00301", False),
    (2, "Vejvedligeholdelse 2025", "24/04417", False),
    (3, "Ny busrute til Havstrup Strand", "24/05120", False),
    (4, "Erstatningskrav fra entreprenør", "24/05533", True),
]


@pytest.mark.parametrize("rule", ["-" * 50, "=" * 40, "_" * 30, "—" * 20])
def test_headings_framed_by_rule_lines_are_points_with_their_case_numbers(rule: str) -> None:
    meeting = parse_text(FRAMED.replace("{rule}", rule), "tmu/referat.txt")
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == WANT


def test_a_framed_points_body_keeps_its_list_and_attachments_and_no_metadata() -> None:
    meeting = parse_text(FRAMED.replace("{rule}", "-" * 50), "tmu/referat.txt")
    point = meeting.points[1]
    text = "\n".join(s.text for s in point.sections)
    assert "Bakkedraget" in text and "Kort over Havstrup Nord" in text
    assert "Sagsansvarlig" not in text and "-----" not in text
    assert "Mejeriets" not in meeting.text


def test_a_rule_line_above_a_points_case_number_is_no_title() -> None:
    # The rule under the heading is no line of text: the case number below it is the point's.
    text = (
        "Referat\nÆldrerådet\nDato: 5. marts 2025\n\n"
        "Punkt 1: Godkendelse af dagsorden\n**********\nSagsnr.: 25/0044\n\n"
        "Beslutning:\nGodkendt.\n\n"
        "Punkt 2: Trafiksikkerhed ved plejecentret\n**********\nSagsnr.: 25/0102\n\n"
        "Beslutning:\nRådet støtter en fodgængerovergang.\n"
    )
    meeting = parse_text(text, "aeldreraadet/referat.txt")
    assert [(p.number, p.case_number) for p in meeting.points] == [(1, "25/0044"), (2, "25/0102")]


TYPED = """                    GRØNVIG KOMMUNE
                    Sognerådet

Møde torsdag den 12. marts 1987 kl. 19.30.

Nr.12 - Vejbelysning på Skovvej

J.nr. 05.01.02 P16

Fire nye master foreslås opsat.

Beslutning:
Godkendt.


Nr.13 - Regnskab 1986

J.nr. 00.30.10 S 00

Regnskabet viser et mindre overskud.

Beslutning:
Godkendt.


Nr.14 - Tilskud til spejderhytten

J.nr. 18.20.07 Ø02.

Spejderne søger om 12.000 kr.

Beslutning:
Bevilget.
"""


def test_a_kle_facet_is_kept_as_written_joined_or_spaced() -> None:
    meeting = parse_text(TYPED, "sogneraadet/1987.txt")
    assert [(p.number, p.case_number) for p in meeting.points] == [
        (12, "05.01.02 P16"),
        (13, "00.30.10 S 00"),
        (14, "18.20.07 Ø02"),
    ]


@pytest.mark.parametrize(
    ("spaced", "joined"),
    [
        ("00.30.10 S 00", "00.30.10 S00"),
        ("02.34.02 G 01", "02.34.02 G01"),
        ("J.nr. 18.20.07 Ø 02", "18.20.07 Ø02"),
        ("05.01.02  P 16", "05.01.02 P16"),
    ],
)
def test_a_kle_facet_spaced_or_joined_is_one_case(spaced: str, joined: str) -> None:
    assert case_key(spaced) == case_key(joined)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("02.34.02 G01", "02.34.02 G02"),
        ("02.34.02 G01", "02.34.02 P01"),
        # A word before digits is a part of its own, as before: only a lone letter is a facet.
        ("EMN 2023 00013", "EMN2023-00013"),
    ],
)
def test_other_cases_stay_apart(one: str, other: str) -> None:
    assert case_key(one) != case_key(other)


def test_an_esdh_number_with_spaces_keeps_its_key() -> None:
    assert case_key("EMN 2023 00013") == case_key("EMN-2023-00013") == "emn-2023-13"


BOARD = """Havstrup Kommune
Erhvervsservice

REFERAT
Havstrup Turismeråd

Møde onsdag den 4. september 2019 kl. 13.00-15.00

Til stede: Lone Friis (formand), Per Kjær, Sara Holm
Afbud: Bo Vinther

Ad pkt. 1 – Godkendelse af dagsorden

Dagsordenen blev godkendt.

Ad pkt. 2 – Ny cykelrute langs kysten
KLE-nr.: 05.04.08-P20-3-19

Ruten bliver 42 km og skiltes i foråret.

Ad pkt. 3 – Markedsføring af vintersæsonen
KLE-nr.: 24.10.00

Rådet drøftede en kampagne på sociale medier.

Ad pkt. 4 – Køb af annonceplads
KLE: 24.10.00-G01-12-2019

Et tilbud på 35.000 kr. blev godkendt.
"""


def test_a_full_kle_case_under_a_kle_label_is_the_points_case() -> None:
    meeting = parse_text(BOARD, "turismeraad/referat.txt")
    assert [(p.number, p.case_number) for p in meeting.points] == [
        (1, None),
        (2, "05.04.08-P20-3-19"),
        (3, None),
        (4, "24.10.00-G01-12-2019"),
    ]
    assert all("KLE" not in s.text for p in meeting.points for s in p.sections)


@pytest.mark.parametrize(
    "line",
    ["KLE-nr.: 24.10.00", "KLE-nr.: 24.10.00 G01", "KLE-emne: 24.10.00-G01", "KLE: 00.01.00"],
)
def test_a_kle_number_alone_is_metadata_not_a_case(line: str) -> None:
    assert case_number(line) == (None, False)


def test_a_case_label_beside_a_kle_line_still_names_the_case() -> None:
    text = BOARD.replace("KLE-nr.: 05.04.08-P20-3-19", "Sagsnr.: 19/4410\nKLE-nr.: 05.04.08")
    meeting = parse_text(text, "turismeraad/referat.txt")
    assert meeting.points[1].case_number == "19/4410"


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("Sag 12 Revision af vandplanen", 12, "Revision af vandplanen"),
        ("Sag 3 - Ny brandbil", 3, "Ny brandbil"),
        ("Sag 41 – Budget 2026", 41, "Budget 2026"),
        ("Sag 7 · Årsrapport", 7, "Årsrapport"),
        ("Sag 5. Godkendelse af dagsorden", 5, "Godkendelse af dagsorden"),
    ],
)
def test_sag_and_a_number_before_a_title_opens_a_point(line: str, number: int, title: str) -> None:
    found = point_heading(line)
    assert found is not None
    assert (found.number, found.title) == (number, title)


@pytest.mark.parametrize(
    "line",
    ["Sag 12/345", "Sag 2024-1234", "Sag 12 blev udsat til næste møde.", "Sag 3"],
)
def test_sag_before_a_case_number_or_in_a_sentence_opens_none(line: str) -> None:
    assert point_heading(line) is None


CASES = """Lindå Kommune
Miljøudvalget
Referat
Mødedato: 12-11-24

Sag 21 Godkendelse af dagsorden
Sagsnummer: EMN-2024-00710

Udvalgets beslutning
Godkendt.

Sag 22 Vandløbsregulativ for Lindå
Sagsnummer: EMN-2024-00655

Sagsfremstilling
Regulativet fastsætter grødeskæring to gange om året.

Udvalgets beslutning
Godkendt.

Sag 23 Erstatning for afgrødetab
Punktet er lukket.
Sagsnummer: EMN-2024-00702

Sagsfremstilling
Lodsejer Arne Kvist kræver 44.000 kr.

Udvalgets beslutning
Godkendt.
"""


def test_sag_headings_number_the_points_and_close_the_one_marked() -> None:
    meeting = parse_text(CASES, "miljoe/referat.txt")
    assert meeting.date.isoformat() == "2024-11-12"
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (21, "Godkendelse af dagsorden", "EMN-2024-00710", False),
        (22, "Vandløbsregulativ for Lindå", "EMN-2024-00655", False),
        (23, "Erstatning for afgrødetab", "EMN-2024-00702", True),
    ]
    assert "Arne Kvist" not in meeting.text


PROTOCOL = """Region Nordsø
Regionsrådet
Beslutningsprotokol for mødet den 4. december 2024

§ 51 Godkendelse af dagsorden
Sagsnr. 24/20001

Afgørelse:
Godkendt.

§ 52 Psykiatriplan 2025-2030
Sagsnr. 24/19120

Resume:
Planen samler seks sengeafsnit i to.

Afgørelse: Godkendt med 31 stemmer mod 9.
"""


def test_afgoerelse_heads_the_points_decision() -> None:
    meeting = parse_text(PROTOCOL, "regionsraadet/protokol.txt")
    decisions = [[s.text for s in p.sections if s.name == "Beslutning"] for p in meeting.points]
    assert decisions == [["Godkendt."], ["Godkendt med 31 stemmer mod 9."]]
    assert meeting.points[1].sections[0].name == "Resume"


@pytest.mark.parametrize("line", ["Afgørelse", "Afgørelse:", "AFGØRELSE:", "Afgørelse: Godkendt."])
def test_afgoerelse_is_a_decision_heading(line: str) -> None:
    assert decision(line) is not None


@pytest.mark.parametrize(
    "line", ["Afgørelse om tilskud til foreningen.", "Afgørelsen blev påklaget til Ankestyrelsen."]
)
def test_afgoerelse_in_a_sentence_is_none(line: str) -> None:
    assert decision(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "This item is confidential.",
        "The matter was closed to the public.",
        "This item is not public",
        "*The item is exempt.*",
    ],
)
def test_an_english_note_closes_the_point(line: str) -> None:
    assert closing_line(line)


def test_a_sentence_that_says_more_stays_body() -> None:
    assert not closing_line("This item is confidential because the buyer asked for it.")


MINUTES = """Minutes of the Seniors Council
Meeting held on 3 April 2025 at 10.00

Item 1: Approval of the agenda
Case ref.: 25/0401

Decision:
Approved.

Item 2: A complaint from a resident
Case ref.: 25/0433
This item is confidential.

The resident Edna Vollmer asks for a new room.

Decision:
Noted.
"""


def test_an_english_point_closed_by_a_note_keeps_no_body() -> None:
    meeting = parse_text(MINUTES, "seniors/minutes.txt", board="Seniors Council")
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (1, "25/0401", False),
        (2, "25/0433", True),
    ]
    assert "Edna Vollmer" not in meeting.text


TABLED = """Folkeoplysningsudvalget
Referat
Torsdag 14-11-24 kl. 19.00

Deltagere
{rows}

1. Godkendelse af dagsorden
Sagsnr. 24/3001

Beslutning:
Godkendt.
"""


@pytest.mark.parametrize(
    "rows",
    [
        "Navn\tParti\tTil stede\nEsther Bak\tA\tJa\nOle Lund\tV\tNej\nRia Kof\tF\tJa",
        "Navn\tParti\tFremmøde\n\nEsther Bak\tA\tTil stede\n\nOle Lund\tV\tAfbud\n\n"
        "Ria Kof\tF\tTil stede",
        "Name\tParty\tPresent\nEsther Bak\tA\tYes\nOle Lund\tV\tNo\nRia Kof\tF\tYes",
    ],
)
def test_an_attendance_table_gives_each_member_and_who_was_away(rows: str) -> None:
    meeting = parse_text(TABLED.replace("{rows}", rows), "fou/referat.txt")
    assert [(a.name, a.absent, a.role) for a in meeting.attendees] == [
        ("Esther Bak", False, "A"),
        ("Ole Lund", True, "V"),
        ("Ria Kof", False, "F"),
    ]


def test_a_markdown_attendance_table_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bestyrelse.md"
    path.write_text(
        "# Bestyrelsesmøde i Lindå Havn A/S\n\n**Dato:** 20-01-25\n\n"
        "| Navn | Rolle | Fremmøde |\n|---|---|---|\n| Jon Dal | formand | til stede |\n"
        "| Gry Ahl | medlem | afbud |\n\n"
        "### 1. Godkendelse af dagsorden\n\nSagsnr.: LH-2025-001\n\n"
        "**Bestyrelsens beslutning:** Godkendt.\n",
        "utf-8",
    )
    meeting = parse_file(path)
    assert [(a.name, a.absent, a.role) for a in meeting.attendees] == [
        ("Jon Dal", False, "formand"),
        ("Gry Ahl", True, "medlem"),
    ]


def test_a_table_in_a_points_body_is_no_attendance() -> None:
    text = TABLED.replace("{rows}", "Esther Bak, Ole Lund") + (
        "\n2. Haltider\nSagsnr. 24/3002\n\nSagsfremstilling:\n"
        "Navn\tForening\tTil stede\nHal 1\tIF Lindå\tJa\n\nBeslutning:\nGodkendt.\n"
    )
    meeting = parse_text(text, "fou/referat.txt")
    assert [a.name for a in meeting.attendees] == ["Esther Bak", "Ole Lund"]
