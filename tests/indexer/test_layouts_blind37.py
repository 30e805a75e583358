"""The thirty-seventh blind layout set, spent: measured once and then studied for round 44.

Each file under tests/resources/layouts_blind37/ is an invented meeting written by a helper who
saw neither the reader nor the other sets. expected.json holds what a reader of each file sees,
in the gold format of benchmarks/layouts.py, and the words only a closed body holds.

The first read found every file with its date and board, every point, case number and closed
point; the kind of one file differs from its gold (see KNOWN). Round 44 read what the first read
let through (see test_reader44.py):

- the printed page 10's stamp "Udskrevet <date> <time> · <Municipality>" reached the last
  point's text (the separator between its parts read as a word of a sentence);
- the typed protocol 02's banner "LUKKET MØDE - punkterne 6 og 7" ended the decision above it
  (a group heading that names its points was no group heading);
- the members' signatures below "Mødet hævet kl. 22.10." (02), "Jens Otto Kirk, formand"
  below "Mødet hævet kl. 17.30." (06) and "Ref.: …" below "Mødet sluttede kl. 21.45." (09)
  were the last point's text;
- the web page 03's row "Økonomiudvalgets beslutning | Anbefales over for byrådet.
  Fraværende: Mogens Vig." read up to the last colon as the decision's heading, so the decision
  kept only "Mogens Vig." as its text;
- the Markdown 08's heading "… 🔒 Lukket punkt" kept "(Lukket) Lukket punkt" in its title.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_gold import gold_checks, gold_differences

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind37"
# Page furniture, a site's navigation and footer, an e-mail's header and greeting, a print bar,
# running headers and footers, a document's stamp and the signatures after the meeting closed:
# none of it is a point's text. (Until round 44 the print stamp of 10 and the signatures of 02
# and 06 reached the last point's text, and the closed part's banner of 02 the decision above
# it: see test_reader44.py.)
FURNITURE = (
    # 01: a publishing system's page.
    "Version: Fuld udgave",
    "Indholdsfortegnelse",
    "Sagsansvarlig",
    "6990 Sandvejle",
    "Publiceret 28-09-2016",
    # 02: a typed protocol.
    "B E S L U T N I N G S P R O T O K O L",
    "LUKKET MØDE",
    "=====",
    "Mødet hævet",
    "Erling Møller Hansen",
    # 03: an old web page.
    "Dagsordener og referater >",
    "Sagsbehandler",
    # 04: a Word document's header and footer.
    "referat - side",
    "Mødet sluttede",
    # 05: an e-mail with the minutes below it.
    "aeldreraad@brandstrup.dk",
    "Sendt: 13. april 2012",
    "Emne: Referat",
    "Venlig hilsen",
    "Rettelser til mig",
    "-----",
    # 06: a PDF's running header and footer, the chair's signature.
    "Bestyrelsesmøde 2019-03-27",
    "Side 1/",
    "Side 2/",
    "Jens Otto Kirk, formand",
    # 07: a site's header, breadcrumb and footer.
    "Living in Egholt",
    "Home / Politics",
    "Raadhuspladsen 2",
    "7790 Egholt",
    "Last updated",
    # 08: the note above the minutes.
    "Intern version til bestyrelsen",
    "Sagsnumre med",
    # 09: an RTF's running header, the minute-taker below the closing line.
    "Bakkehusskolen - Fynshøj Kommune",
    "Ref.: Poul Erik Strand",
    # 10: a member portal's print bar and print stamp.
    "Luk vindue",
    "Udskrift fra medlemsportalen",
    "Udskrevet 05.02.2026",
)
# The gold names the older minutes' kind "beslutningsprotokol" (a decision protocol); the reader
# names the kinds of indexer.models.KINDS only (dagsorden, referat, tillægsreferat), and minutes
# of decisions are a "referat".
KNOWN = {
    "02_lerbakke_kommunalbestyrelsen_1983.txt": "the gold names the kind 'beslutningsprotokol'; "
    "the reader writes 'referat' (indexer.models.KINDS has no such kind)",
}
GOLD = gold_checks(BLIND, furniture=FURNITURE, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


@pytest.mark.parametrize("file", sorted(KNOWN))
def test_only_the_kind_differs(meetings: dict[str, Meeting], file: str) -> None:
    e = next(e for e in GOLD.expected if e["file"] == file)
    differences = gold_differences(meetings[file], e)
    assert differences == ["kind: read 'referat', gold 'beslutningsprotokol'"]


def _last_text(meeting: Meeting) -> str:
    return "\n".join(s.text for s in meeting.points[-1].sections)


def test_the_print_stamp_is_no_text_of_the_last_point(meetings: dict[str, Meeting]) -> None:
    page = meetings["10_nordstrand_plan-og-boligudvalget_2026.html"]
    assert _last_text(page) == "Formanden og forvaltningen orienterer om aktuelle sager."


@pytest.mark.parametrize(
    ("file", "last_words"),
    [
        ("02_lerbakke_kommunalbestyrelsen_1983.txt", "sagen tages op i teknisk udvalg."),
        ("06_vesterkaer-forsyning_bestyrelsen_2019.pdf", "Næste møde holdes den 12. juni 2019."),
        (
            "09_fynshoej_skolebestyrelsen-bakkehusskolen_1997.rtf",
            "Næste møde holdes onsdag den 5. marts 1997 kl. 19.00.",
        ),
    ],
)
def test_what_follows_the_closing_line_is_no_point_text(
    meetings: dict[str, Meeting], file: str, last_words: str
) -> None:
    assert _last_text(meetings[file]).endswith(last_words)


def test_the_closed_parts_banner_ends_no_decision(meetings: dict[str, Meeting]) -> None:
    protocol = meetings["02_lerbakke_kommunalbestyrelsen_1983.txt"]
    decision = protocol.points[4].sections[-1]
    assert (decision.name, decision.text) == ("Beslutning", "Godkendt.")
    # The banner names points 6 and 7: the point after them is open.
    assert [(p.number, p.closed) for p in protocol.points[5:]] == [
        (6, True),
        (7, True),
        (8, False),
    ]


def test_a_decision_beside_its_label_keeps_its_text(meetings: dict[str, Meeting]) -> None:
    page = meetings["03_tornholt_oekonomiudvalget_2004.html"]
    decision = page.points[1].sections[-1]
    assert (decision.heading, decision.text) == (
        "Økonomiudvalgets beslutning",
        "Anbefales over for byrådet. Fraværende: Mogens Vig.",
    )


def test_a_lock_beside_the_closed_mark_is_one_mark(meetings: dict[str, Meeting]) -> None:
    point = meetings["08_oestervang_lokalraad_2025.md"].points[4]
    assert (point.title, point.closed) == (
        "Henvendelse om nabostrid ved Mosestien (Lukket punkt)",
        True,
    )
