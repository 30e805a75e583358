"""Training layouts of round 14: invented minutes in layout families the reader had little of.

Each file under tests/resources/layouts_train14/ is an invented meeting (our own words, names
and case numbers): a council's PDF text with a contents list ending in page numbers, several
boards' decisions per point and session lines ("Mødet hævet kl. 19.05."); an I/S's
repræsentantskab in Markdown with account lines and an unnumbered closed heading between
numbered points; a beredskabskommission's web page whose closed points come last without a
number; an English agenda ("Item N:", "Background:", "Closed item:"); a Word file with the case
number after the decision and an "English summary"; a web copy with "Summary in English" and
two consecutive unnumbered closed points; a kommunalbestyrelse's chain of decisions
("Økonomiudvalget den 8. april 2026, pkt. 54:"); a tillægsreferat with "(Sagsnr. …)" last; an
agenda whose contents wrap and group the closed points; a music school board's Word headings
with the case number or status at tab stops. expected.json holds what a reader of each file
sees, in the gold format of benchmarks/layouts.py, and the words only a closed body holds.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

TRAIN = Path(__file__).resolve().parents[1] / "resources" / "layouts_train14"
# Furniture and metadata that must never reach a section's text.
FURNITURE = (
    "Side 1", "Side 2", "Side 3", "Side 4", "Side 5", "Sagsnr", "Sagsnummer", "Sagsid",
    "J.nr.", "Case no.", "Dok.nr.", "Print siden", "Del på Facebook", "Til toppen",
)  # fmt: skip
GOLD = gold_checks(TRAIN, furniture=FURNITURE)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section
