"""The twentieth training layout set: 8 invented meetings of invented municipalities and
companies, written for round 25 in layout families the reader was thought still to miss, and
read first (files 8/8, dates 8/8, boards 8/8, kinds 8/8, points 41/46, case numbers 23/26,
closed 5/8, 4 secrets found, cited 6/8) before the rules they led to.

- 01: a finance committee's web page copied as text, each point headed by its committee code
  alone ("ØU 46/2023   Title"), a line of two agenda links under it ("Åbn sagsforløb   Hent
  bilag"), "Forrige punkt | Næste punkt" after each point and a "Se også" list of codes at the
  end.
- 02: a harbour company's board minutes typed as a memo ("REFERAT FRA BESTYRELSESMØDE NR.
  2/2021", "Ad pkt. 5 - Title"), a point closed by "Punktet er undtaget offentlighed og gengives
  ikke." under its case line.
- 03: a Markdown portal page with an overview table of the points whose status column alone
  closes a point ("| 4 | … | 24/3010 | Lukket |"), headings "### Pkt. 2 · Title".
- 04: a council's minutes ("Referat fra Byrådets ordinære møde") with each point's decisions by
  several boards ("Økonomiudvalget, 21. marts 2023, pkt. 33:"), a closed point titled "Ikke
  offentlig sag: …".
- 05: a social committee's web page whose point headings are committee codes with a dash
  ("<h2>SU 32/2024 – Title</h2>"), links under them, and an aside of links to the other points.
- 06: a local council's minutes sent as an e-mail ("Pkt 1: Title").
- 07: a leisure committee's text export ("Åbent punkt 2 - Title", "Lukket punkt 4 - Title",
  "Sags-ID: EMN-…", running footers with "Side 2").
- 08: a senior citizens' council's Markdown minutes ("**2) Title**"), a point closed by an
  italic line "*Punktet er ikke offentligt (personoplysninger).*".
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

TRAIN = Path(__file__).resolve().parents[1] / "resources" / "layouts_train20"
# Furniture and metadata that must never reach a section's text.
FURNITURE = (
    "Åbn sagsforløb",
    "Hent bilag",
    "Forrige punkt",
    "Næste punkt",
    "Vis behandlingsforløb",
    "Se alle bilag",
    "Andre punkter fra mødet",
    "Tilgængelighedserklæring",
    "Side 2",
    "Sags-ID",
)
GOLD = gold_checks(TRAIN, furniture=FURNITURE)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


def test_the_code_headed_web_page_reads_no_point_from_its_aside(
    meetings: dict[str, Meeting],
) -> None:
    m = meetings["05_socialudvalget_2024-06-11_koder.html"]
    assert [p.number for p in m.points] == [31, 32, 33, 34, 35]
    assert "Andre punkter" not in m.text


def test_the_closing_sentences_stay_public(meetings: dict[str, Meeting]) -> None:
    """The line that closes a point is part of its header: public, and no body."""
    m = meetings["02_nordkyst-havn_bestyrelse_2021-04-22.txt"]
    assert "Punktet er undtaget offentlighed og gengives ikke." in m.text
    assert m.points[4].sections == ()
