"""The fifty-first blind layout set, spent: measured once and then studied for round 59.

The first read missed (see test_reader59.py): 09, a typed parish protocol, headed its closed
point "Saq nr. 4.  Title   (Unntaget offentlighed)", the status misspelt: read open, and two of
its secret phrases were findable (spelt right, the same heading was taken for a metadata row
and the point lost); its board was read "Sognerådet" from the minutes' "Møde i Sogneraadet",
where the title names the parish's council with its place ("RAVNSTRUP SOGNERAAD", beside "Side
212"). 08, a PDF agenda in committee code headings ("KFU 49 Title"), lost its first point (a
line of text under it) and its last ("KFU 54 Eventuelt", nothing under it). 02's board lost
whose it is: "Boligforeningen Egeparken" above "Referat af møde i organisationsbestyrelsen"
(the citizen's question names Egeparken, and was refused for it). 03's board, a parish's church
council in capitals, opened with its one capital ("Kærby menighedsråd").

Left (see KNOWN; the measure counts each board right): the golds of 05, 06, 08 and 10 add the
municipality that publishes the minutes to the board's name, which the reader reads alone.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind51"
_PUBLISHER = (
    "the gold adds who publishes to the board's name ('… i <place> Kommune'); the reader reads "
    "the board alone, a municipality being who publishes, never the board (as layouts_blind22's "
    "check notes for the same form)"
)
KNOWN = {
    "05_strandvig_oekonomiudvalg_2018.htm": _PUBLISHER,
    "06_fjordby_kommunalbestyrelse_2015.docx": _PUBLISHER,
    "08_lyngsoe_kultur_fritid_2022.pdf": _PUBLISHER,
    "10_groennehave_aeldreraad_2021.eml": _PUBLISHER,
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
