"""Round 60 of the reader: the form layouts_blind52 (measured once, now spent) leaked, in
invented minutes.

- "UDV-03. Title": a committee's code joined to the point's number by a hyphen, then a period,
  is a point heading (weak: the run of codes confirms it), and its title is read without the
  code.
- A closed mark after such a code ("UDV-04. Ikke offentlig: Køb af jord") closes the point:
  the mark is the title's first words, whatever code stands before it.

Every text here is invented for this test.
"""

from __future__ import annotations

from indexer.headings import closed_title, point_heading
from indexer.parse import parse_text

_MINUTES = """\
SKOVBÆK KOMMUNE
Udvalget for Teknik
Referat

Mødedato: 03.09.2024
Mødested: Mødelokale 2

TU-01. Godkendelse af dagsorden
J.nr. 00.01.00-A00-1-24
Beslutning i Udvalget for Teknik den 3. september 2024
Godkendt.
TU-02. Ny belægning på Åvej
J.nr. 05.01.00-G01-4-24
Sagsfremstilling
Vejen er slidt og skal have ny asfalt på 1,2 km.
Beslutning i Udvalget for Teknik den 3. september 2024
Godkendt.
TU-03. Ikke offentlig: Køb af jord ved Mosevej
J.nr. 82.01.00-G01-2-24
Sagsfremstilling
Sælger er Hansine Bøgh, og prisen er aftalt til 1.150.000 kr.
Beslutning i Udvalget for Teknik den 3. september 2024
Godkendt.
TU-04. Meddelelser
J.nr. 00.01.00-A00-1-24
Beslutning i Udvalget for Teknik den 3. september 2024
Taget til efterretning.
"""


def test_a_code_joined_to_its_number_heads_a_point() -> None:
    heading = point_heading("TU-02. Ny belægning på Åvej")
    assert heading is not None
    assert (heading.number, heading.title, heading.label) == (2, "Ny belægning på Åvej", "TU-02")


def test_a_closed_mark_after_a_code_closes_the_point() -> None:
    assert closed_title("TU-03. Ikke offentlig: Køb af jord ved Mosevej")
    assert closed_title("ØU-55/07-O Lukket punkt: Salg af grund")
    assert not closed_title("TU-02. Ny belægning på Åvej")
    meeting = parse_text(_MINUTES, "skovbaek-tu.txt")
    points = {p.number: p for p in meeting.points}
    assert sorted(points) == [1, 2, 3, 4]
    assert points[3].closed and not points[2].closed, [p.closed for p in points.values()]
    assert "Hansine Bøgh" not in points[3].text and "1.150.000" not in points[3].text
    assert points[2].title == "Ny belægning på Åvej"
