"""Round 51 of the reader: forms found missing in layouts_blind43, in invented minutes.

An English committee's plain-text minutes: a wrapped list of members whose second line opens
with an initial ("S. Okafor, …", read as a lettered point 19) kept the numbered run of points
from being read; the meeting's date wraps over two lines ("… on Tuesday 11 March" / "2025 at
7.00 pm."); the committee is named in a sentence going on with "held in the"; its closed item
stands under "PART II - CONFIDENTIAL (NOT FOR PUBLICATION)". A web export that sets the closed
minutes after the open ones under a "LUKKET REFERAT - …" banner, the closed points written again
in full. A Markdown agenda that writes each point's case under its heading as "Sag S2025-311".
"""

from __future__ import annotations

import json
from pathlib import Path

from indexer.parse import parse_file

ENGLISH = """BRACKENFORD BOROUGH COUNCIL

LICENSING AND PUBLIC SPACES COMMITTEE

MINUTES of the meeting of the Licensing and Public Spaces Committee held in the
Assembly Room, Town Hall, Brackenford on Tuesday 11 March
2025 at 7.00 pm.

PRESENT:   Councillor Vivian Harcourt (Chair)
           Councillors L. Abernethy, G. Pollard, N. Quayle,
           S. Okafor and W. Tennant

1.  APOLOGIES FOR ABSENCE

    Apologies were received from Councillor F. Lisle.

2.  DECLARATIONS OF INTEREST

    None were declared.

3.  STREET TRADING CONSENTS - MARKET SQUARE
    Ref: LIC-2025-031

    The Licensing Manager reported on eleven applications for the square.

    RESOLVED: That nine consents be granted for twelve months.

4.  EXCLUSION OF THE PRESS AND PUBLIC

    RESOLVED: That the press and public be excluded for the following item.

PART II - CONFIDENTIAL (NOT FOR PUBLICATION)

5.  REVIEW OF A PREMISES LICENCE - THE GILDED OTTER
    Ref: LIC/25/0217

    The Committee considered a police report on the premises run by
    Mr Cedric Wimbourne, with unpaid penalties of £7,350.

    RESOLVED: That the licence be suspended for six weeks.


The meeting closed at 8.40 pm.
"""

SPLIT_HTML = """<html><head><meta charset="utf-8"><title>Socialudvalget 14-05-2025</title></head>
<body>
<table>
<tr><td>Udvalg:</td><td>Socialudvalget</td></tr>
<tr><td>Mødedato:</td><td>14-05-2025</td></tr>
</table>
<table>
<tr><td>1.</td><td>Godkendelse af dagsorden</td><td>Sagsnr.: SOC-2025-00210</td></tr>
<tr><td></td><td><b>Beslutning</b><br>Godkendt.</td></tr>
</table>
<table>
<tr><td>2.</td><td>Nyt værested i Ravnsby</td><td>Sagsnr.: SOC-2025-00219</td></tr>
<tr><td></td><td><b>Sagsfremstilling</b><br>
Værestedet åbner i den gamle sparekasse med 14 pladser.</td></tr>
<tr><td></td><td><b>Beslutning</b><br>Godkendt.</td></tr>
</table>
<table>
<tr><td>3.</td><td>Lukket punkt</td><td>Sagsnr.: SOC-2025-00230</td></tr>
<tr><td></td><td><i>Punktet er behandlet for lukkede døre
og fremgår af lukket referat.</i></td></tr>
</table>
<div>LUKKET REFERAT - KUN TIL UDVALGETS MEDLEMMER</div>
<table>
<tr><td>Udvalg:</td><td>Socialudvalget</td></tr>
<tr><td>Mødedato:</td><td>14-05-2025</td></tr>
</table>
<table>
<tr><td>3.</td><td>Tilbagebetaling af enkeltydelse</td><td>Sagsnr.: SOC-2025-00230</td></tr>
<tr><td></td><td><b>Sagsfremstilling</b><br>
Borgeren Vibeke Thorsager skylder 23.870 kr. efter en fejlagtig udbetaling.</td></tr>
<tr><td></td><td><b>Beslutning</b><br>Kravet fastholdes med afdrag på 500 kr. om måneden.</td></tr>
</table>
</body></html>
"""

MARKDOWN = """# Teknik- og Havneudvalget – Dagsorden

> Møde onsdag 8/10-2025 kl. 16.00 · Havnekontoret, Søndre Mole

| Pkt. | Emne | Sag | Status |
|-----:|------|-----|--------|
| 1 | Godkendelse af dagsorden | S2025-301 | Åben |
| 2 | Ny slæbested ved lystbådehavnen | S2025-311 | Åben |
| 3 | Lukket: Opsigelse af bådeplads | S2025-318 | Lukket |

---

## 1 · Godkendelse af dagsorden
`Sag S2025-301`

**Indstilling**
Det indstilles, at dagsordenen godkendes.

---

## 2 · Ny slæbested ved lystbådehavnen
`Sag S2025-311`

**Sagsfremstilling**

Sejlklubben ønsker et slæbested i beton til 420.000 kr.

---

## 3 · Lukket: Opsigelse af bådeplads
`Sag S2025-318` · *Lukket punkt – må ikke videregives*

**Sagsfremstilling**

Lejeren Palle Svendborg skylder havnepenge for tre år.
"""


def test_english_minutes_with_an_initial_opening_a_wrapped_line(tmp_path: Path) -> None:
    path = tmp_path / "brackenford_licensing.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    m = parse_file(path)
    assert [p.number for p in m.points] == [1, 2, 3, 4, 5]
    assert m.point(1) is not None and m.point(1).title == "APOLOGIES FOR ABSENCE"  # type: ignore[union-attr]
    three = m.point(3)
    assert three is not None and three.case_number == "LIC-2025-031" and not three.closed


def test_a_date_wrapped_over_two_lines(tmp_path: Path) -> None:
    path = tmp_path / "brackenford_licensing.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert parse_file(path).date.isoformat() == "2025-03-11"


def test_the_committee_named_in_a_sentence_that_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "brackenford_licensing.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert parse_file(path).board == "Licensing and Public Spaces Committee"


def test_part_two_confidential_closes_the_item_below_it(tmp_path: Path) -> None:
    path = tmp_path / "brackenford_licensing.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    m = parse_file(path)
    five = m.point(5)
    assert five is not None and five.closed and not five.text
    four = m.point(4)
    assert four is not None and not four.closed
    everything = json.dumps([[p.title, p.text] for p in m.points])
    for secret in ("Cedric Wimbourne", "£7,350", "suspended for six weeks"):
        assert secret not in everything


def test_closed_minutes_after_a_banner_stay_closed(tmp_path: Path) -> None:
    path = tmp_path / "socialudvalget_2025-05-14.html"
    path.write_text(SPLIT_HTML, encoding="utf-8")
    m = parse_file(path)
    assert m.point(3) is not None and m.point(3).closed  # type: ignore[union-attr]
    assert m.point(2) is not None and not m.point(2).closed  # type: ignore[union-attr]
    everything = json.dumps([[p.title, p.text] for p in m.points], ensure_ascii=False)
    for secret in ("Vibeke Thorsager", "23.870 kr.", "afdrag på 500 kr."):
        assert secret not in everything
    assert all(p.closed for p in m.points if p.case_number == "SOC-2025-00230")


def test_sag_and_a_case_shaped_number_under_the_heading(tmp_path: Path) -> None:
    path = tmp_path / "havneudvalget_dagsorden.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    m = parse_file(path)
    assert [(p.number, p.case_number) for p in m.points] == [
        (1, "S2025-301"),
        (2, "S2025-311"),
        (3, "S2025-318"),
    ]
    assert m.point(1) is not None and m.point(1).title == "Godkendelse af dagsorden"  # type: ignore[union-attr]
    three = m.point(3)
    assert three is not None and three.closed and "Palle Svendborg" not in three.text
