"""Round 44 of the reader: what layouts_blind37's first read let into a point's text.

- A print stamp whose parts a footer joins with a separator ("Udskrevet <date> <time> ·
  <Municipality>") was read as a sentence: the "·" was no word a stamp may hold. A separator
  between a stamp's parts is no word now.
- A group heading that names its points ("LUKKET MØDE - punkterne 6 og 7") was no group heading
  and ended the decision above it. The points it names are the group's; the first point below
  that it does not name stands outside it (open again).
- What follows the line that closes the meeting ("Mødet hævet kl. 22.10.": the members'
  signatures, "Jens Holm, formand", "Ref.: …") was the last point's text. The last point ends
  at that line, unless a line below it resumes the meeting. A rule of the closing line, not a
  list of the names a file signs: signatures are names like any in a body.
- A decision's label beside its text in a two-column row ("Byrådets beslutning<TAB>Godkendt.
  Fraværende: …") was read up to the text's own colon as the heading; a colon after a sentence
  is the text's.
- A lock icon beside the words of a closed mark ("Title 🔒 Lukket punkt") read "(Lukket)
  Lukket punkt" in the title: the icon and the words are one mark, "(Lukket punkt)".

Every text here is invented for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.headings import decision
from indexer.parse import parse_file, parse_text
from indexer.read import _document_stamp, read_text


def _last_text(text: str) -> str:
    meeting = parse_text(text, "mindeby/referat.txt")
    return "\n".join(s.text for s in meeting.points[-1].sections)


# --- a print stamp with its parts set apart ------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Udskrevet 03.11.2031 09:40 · Havlund Kommune",
        "Udskrevet 03.11.2031 09:40 | Havlund Kommune",
        "Udskrevet den 3. november 2031 – Havlund Kommune",
    ],
)
def test_a_stamps_separator_is_no_word(line: str) -> None:
    assert _document_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Udskrevet 03.11.2031 · se bilaget om vejene",
        "Referatet er udskrevet og omdelt til medlemmerne · husk at medbringe det",
    ],
)
def test_a_stamp_that_goes_on_in_words_is_kept(line: str) -> None:
    assert not _document_stamp(line)


def test_the_print_stamp_is_no_text_of_the_last_point(tmp_path: Path) -> None:
    path = tmp_path / "vejudvalget.html"
    path.write_text(
        "<html><body><h1>Vejudvalget - Referat</h1><p>Mødedato: 14. oktober 2031</p>"
        "<h2>1. Vejbelysning i Nørremark</h2><h3>Beslutning</h3>"
        "<p>Godkendt med de foreslåede armaturer.</p>"
        "<h2>2. Meddelelser</h2><p>Formanden orienterede om vintertjenesten.</p>"
        "<p>Udskrevet 20.10.2031 08:15 &middot; Havlund Kommune</p></body></html>",
        encoding="utf-8",
    )
    last = parse_file(path).points[-1]
    assert [s.text for s in last.sections] == ["Formanden orienterede om vintertjenesten."]


# --- a group heading that names its points -------------------------------------------------

GROUPED = """MINDEBY KOMMUNE
Teknisk Udvalg
Referat af mødet den 2. februar 1988

Pkt. 1   Vintervedligeholdelse

Udvalget drøftede saltforbruget.

Beslutning:
Taget til efterretning.

============================================
          {banner}
============================================

Pkt. 2   Erstatning for vejskade

Sagen vedrører en grundejers krav.

Pkt. 3   Opsigelse af vejmand

Forvaltningen indstiller opsigelse.

============================================

Pkt. 4   Eventuelt

Intet.
"""


@pytest.mark.parametrize(
    "banner",
    [
        "LUKKET MØDE - punkterne 2 og 3",
        "Lukket møde (pkt. 2-3)",
        "LUKKEDE PUNKTER: sag 2, 3",
    ],
)
def test_a_group_that_names_its_points_holds_those(banner: str) -> None:
    meeting = parse_text(GROUPED.format(banner=banner), "mindeby/tu.txt")
    assert [(p.number, p.closed) for p in meeting.points] == [
        (1, False),
        (2, True),
        (3, True),
        (4, False),
    ]
    assert meeting.points[0].sections[-1].text == "Taget til efterretning."
    assert meeting.points[-1].sections[-1].text == "Intet."


def test_a_group_without_its_points_still_closes_what_follows() -> None:
    meeting = parse_text(GROUPED.format(banner="LUKKET MØDE"), "mindeby/tu.txt")
    assert [(p.number, p.closed) for p in meeting.points] == [
        (1, False),
        (2, True),
        (3, True),
        (4, True),
    ]


# --- what follows the line that closes the meeting -----------------------------------------

CLOSING = """Skoleudvalget
Referat af mødet den 9. marts 2032

1. Skolebiblioteker

Beslutning:
Godkendt.

2. Eventuelt

Næste møde er den 6. april 2032.

{after}
"""


@pytest.mark.parametrize(
    "after",
    [
        "Mødet hævet kl. 18.40.\n\nHelga Brink          Tue Mark\nAnja Sørensen",
        "Mødet sluttede kl. 18.40\nSvend Mikkelsen, formand",
        "Mødet er afsluttet\n\nRef.: Ib Winther",
        "The meeting closed at 18:40.\n\nHelga Brink, chair",
    ],
)
def test_what_follows_the_closing_line_is_no_point_text(after: str) -> None:
    assert _last_text(CLOSING.format(after=after)) == "Næste møde er den 6. april 2032."


def test_a_meeting_resumed_after_the_closing_line_goes_on() -> None:
    after = "Mødet hævet kl. 22.00.\n\nMødet genoptaget kl. 9.00.\n\nUdvalget besøgte skolen."
    assert _last_text(CLOSING.format(after=after)).endswith("Udvalget besøgte skolen.")


def test_a_pause_is_no_closing_line() -> None:
    after = "Pause kl. 19.00 - 19.15\n\nUdvalget drøftede skolevejene."
    assert _last_text(CLOSING.format(after=after)).endswith("Udvalget drøftede skolevejene.")


# --- a decision beside its label, with a colon in its text ---------------------------------


def test_a_decisions_own_colon_is_no_headings() -> None:
    text = (
        "Byrådet\nReferat af mødet den 4. juni 2031\n\n"
        "Punkt 1: Salg af grund\n\n"
        "Sagsfremstilling\tGrunden udbydes til 300 kr. pr. m².\n\n"
        "Byrådets beslutning\tGodkendt. Fraværende: Ole Vang.\n\n"
        "Punkt 2: Eventuelt\n\nByrådets beslutning\tIntet.\n"
    )
    decided = parse_text(text, "mindeby/byraad.txt").points[0].sections[-1]
    assert (decided.name, decided.heading, decided.text) == (
        "Beslutning",
        "Byrådets beslutning",
        "Godkendt. Fraværende: Ole Vang.",
    )


@pytest.mark.parametrize(
    ("line", "heading", "inline"),
    [
        (
            "Beslutning i Byrådet den 4. juni 2031: Godkendt. Fraværende: Ole Vang.",
            "Beslutning i Byrådet den 4. juni 2031:",
            "Godkendt. Fraværende: Ole Vang.",
        ),
        (
            "Beslutning: Godkendt. Fraværende: Ole Vang.",
            "Beslutning:",
            "Godkendt. Fraværende: Ole Vang.",
        ),
        (
            "Beslutning i Teknisk Udv. for Veje: Godkendt.",
            "Beslutning i Teknisk Udv. for Veje:",
            "Godkendt.",
        ),
    ],
)
def test_a_decision_headings_colon_stays_its_own(line: str, heading: str, inline: str) -> None:
    found = decision(line)
    assert found is not None
    assert (found.heading, found.inline) == (heading, inline)


# --- a lock icon beside the closed mark's words --------------------------------------------


def test_a_lock_beside_the_closed_mark_is_one_mark(tmp_path: Path) -> None:
    path = tmp_path / "beboerraad.md"
    path.write_text(
        "# Beboerrådet – referat\n\n**Dato:** 12/5-2031\n\n"
        "## Pkt. 1 · Haveaffald\n\nContaineren flyttes.\n\n"
        "## Pkt. 2 · Klage over støj 🔒 Lukket punkt\n\nEn beboer har klaget.\n\n"
        "## Pkt. 3 · 🔒 Lejefastsættelse\n\nDrøftet.\n",
        encoding="utf-8",
    )
    text = read_text(path)
    assert "Klage over støj (Lukket punkt)" in text
    assert "(Lukket) Lejefastsættelse" in text
    points = parse_file(path).points
    assert [(p.title, p.closed) for p in points[1:]] == [
        ("Klage over støj (Lukket punkt)", True),
        ("(Lukket) Lejefastsættelse", True),
    ]
