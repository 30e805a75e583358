"""Round 77 of the reader: the forms layouts_blind69 (measured once at the round's start, now
spent) missed, in invented words.

- A Markdown export listed its points in a table ("| 4 | Title | case | Lukket |") and headed
  each point's text with its title alone ("## Title"). The table's rows were read as the
  points, their titles with the case cell still on, so no "## Title" matched its entry and the
  last point held every point's text, the closed one's too. An entry's title is now compared
  by its first cell as well.
- Whatever layout the reader misses, a closed point's body may run on in an open point. A
  line of an open point that repeats a closed point's title on its own is that point's heading:
  the text from there to the next open point's title is blanked, in the point and in the
  stored text.
- A plain-text file wrote a closed mark in a column after its bracketed case line
  ("(Sag nr. 15/1733)      ** FORTROLIGT PUNKT **"); a mail ticked a box before a mark with a
  note ("[x] Lukket punkt - må ikke videresendes"); a PDF set three fields side by side on one
  line ("LUKKET PUNKT - offentlighed: nej - Sagsnr. 330-2016-4471"). Each now reads; and a closed
  mark in capitals set apart on one of a point's first lines ("Journal …  >> FORTROLIGT <<"),
  whatever else the line holds, closes the point (in a sentence it does not).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.headings import case_number, checked_status
from indexer.parse import parse_file

CONTENTS_TABLE = """---
kommune: Egelund Kommune
udvalg: Børne- og Skoleudvalget
moededato: 03.03.2026
---

# Børne- og Skoleudvalget

**Referat** fra mødet tirsdag 03.03.2026, kl. 16:00

| Nr. | Punkt | Sagsnr. | Status |
|---:|---|---|---|
| 1 | Godkendelse af dagsorden | 2026-000101 | Åben |
| 2 | Ny legeplads ved Bøgeskolen | 2026-000177 | Åben |
| 3 | Elevsag - klage over skoleskift | 2026-000190 | Lukket |
| 4 | Meddelelser | 2026-000101 | Åben |

* * *

## Godkendelse af dagsorden

`Sagsnr. 2026-000101` · Status: **Åben**

#### Beslutning

Godkendt.

* * *

## Ny legeplads ved Bøgeskolen

`Sagsnr. 2026-000177` · Status: **Åben**

#### Sagsfremstilling

Legepladsen koster 310.000 kr. og bygges i sommerferien.

#### Beslutning

Godkendt.

* * *

## Elevsag - klage over skoleskift

`Sagsnr. 2026-000190` · Status: **Lukket (ikke offentlig)**

#### Sagsfremstilling

Eleven Villads Kornbeck Juhl har klaget over skoleskiftet til Tjørneskolen.

#### Beslutning

Afgørelsen fastholdes.

* * *

## Meddelelser

`Sagsnr. 2026-000101` · Status: **Åben**

#### Sagsfremstilling

Skoleindskrivningen åbner 1. april.

#### Beslutning

Til efterretning.
"""


def test_a_contents_table_gives_each_unnumbered_heading_its_number(tmp_path: Path) -> None:
    path = tmp_path / "boern-og-skoleudvalget-2026.md"
    path.write_text(CONTENTS_TABLE, encoding="utf-8")
    meeting = parse_file(path)
    points = {p.number: p for p in meeting.points}
    assert sorted(points) == [1, 2, 3, 4]
    assert points[2].title == "Ny legeplads ved Bøgeskolen"
    assert "310.000 kr." in points[2].text
    assert points[4].text.startswith("Skoleindskrivningen åbner 1. april.")
    assert points[3].closed and not points[3].text
    assert points[3].case_number == "2026-000190"
    for secret in ("Villads Kornbeck Juhl", "Tjørneskolen"):
        assert secret not in meeting.text
        assert all(secret not in p.text for p in meeting.points)


SWALLOWED = """REFERAT

Teknisk Udvalg, Havlund Kommune

Mødedato: 14. april 2026 kl. 16.00

Punkt 1: Godkendelse af dagsorden

Beslutning: Godkendt.

Punkt 2: Tvist med tagentreprenør (lukket)

Punkt 3: Meddelelser

Sagsfremstilling: Vejdirektoratet har sendt nyt materiale om cykelstier.

Beslutning: Taget til efterretning.

Tvist med tagentreprenør

Sagsfremstilling: Kommunen indgår forlig på 412.300 kr. med Mågevej Tagværk ApS.

Beslutning: Forliget godkendt.
"""


def test_a_closed_points_body_run_on_in_an_open_point_is_blanked(tmp_path: Path) -> None:
    # The closed point's title, set again after the last point with its text under it: read
    # as the open point's text, it was searchable and quotable.
    path = tmp_path / "teknisk-udvalg-2026.txt"
    path.write_text(SWALLOWED, encoding="utf-8")
    meeting = parse_file(path)
    points = {p.number: p for p in meeting.points}
    assert points[2].closed
    assert points[3].text.startswith("Vejdirektoratet har sendt nyt materiale om cykelstier.")
    assert "Taget til efterretning." in points[3].text
    for secret in ("Mågevej Tagværk", "412.300 kr."):
        assert secret not in points[3].text
        assert secret not in meeting.text


def test_an_open_points_own_title_repeated_in_its_body_blanks_nothing(tmp_path: Path) -> None:
    text = SWALLOWED.replace(
        "Tvist med tagentreprenør\n\nSagsfremstilling: Kommunen",
        "Meddelelser\n\nSagsfremstilling: Kommunen",
    )
    path = tmp_path / "teknisk-udvalg-2026.txt"
    path.write_text(text, encoding="utf-8")
    points = {p.number: p for p in parse_file(path).points}
    assert "Mågevej Tagværk" in points[3].text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(Sag nr. 15/1733)      ** FORTROLIGT PUNKT **", ("15/1733", True)),
        ("(Sag nr. 15/1733)", ("15/1733", False)),
        ("LUKKET PUNKT - offentlighed: nej - Sagsnr. 330-2016-4471", ("330-2016-4471", True)),
        ("Åben sag - Sagsnr. 330-2016-0021", ("330-2016-0021", False)),
        ("Lukket - offentlighed: nej", (None, True)),
        ("Budget - 2017", None),
    ],
)
def test_case_lines_with_a_status_beside_them(
    line: str, expected: tuple[str | None, bool] | None
) -> None:
    assert case_number(line) == expected


def test_a_ticked_box_before_a_mark_with_a_note_closes() -> None:
    assert checked_status("[x] Lukket punkt - må ikke videresendes") is True
    assert checked_status("[ ] Lukket punkt - må ikke videresendes") is False
    assert checked_status("[x] Lukket punkt - se bilag 3") is None


MAILED = """From: Referent <referent@bakkegaard.dk>
To: Udvalget <udvalg@bakkegaard.dk>
Subject: Referat - Erhvervsudvalget 05.05.2026
Content-Type: text/plain; charset=utf-8

Erhvervsudvalget, Bakkegaard Kommune
Referat af mødet 05.05.2026

PUNKT 12 · Turistkontorets åbningstider
Sagsnr. 26/3101
Sagsfremstilling: Turistkontoret holder åbent alle hverdage i juli.
Erhvervsudvalget 05.05.2026: Godkendt.

PUNKT 13 · Personalesag i turistkontoret
Sagsnr. 26/3144
[x] Lukket punkt - må ikke videresendes
Sagsfremstilling: Udvalget blev orienteret om en advarsel til Ellinor Vestergaard Bruun.
Erhvervsudvalget 05.05.2026: Taget til efterretning.

PUNKT 14 · Havnefest 2026
Sagsnr. 26/3150
Sagsfremstilling: Havnefesten holdes 20. juni.
Erhvervsudvalget 05.05.2026: Godkendt.
"""


def test_a_mailed_point_closed_by_a_ticked_box_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "erhvervsudvalget-2026.eml"
    path.write_text(MAILED, encoding="utf-8")
    meeting = parse_file(path)
    points = {p.number: p for p in meeting.points}
    assert sorted(points) == [12, 13, 14]
    assert points[13].closed and not points[13].text
    assert not points[12].closed and not points[14].closed
    assert "Ellinor Vestergaard Bruun" not in meeting.text


SHOUTED = """REFERAT

Kulturudvalget, Egeby Kommune

Mødedato: 2. juni 2026 kl. 17.00

Punkt 1: Godkendelse af dagsorden

Beslutning: Godkendt.

Punkt 2: Erstatningssag efter vandskade på biblioteket

Journal 26/2231  >> FORTROLIGT <<

Sagsfremstilling: Forsikringen dækker 180.000 kr. af skaden hos Bent Aagaard Lykke.

Beslutning: Godkendt.

Punkt 3: Sommerferieaktiviteter

Sagsfremstilling: Biblioteket er lukket i uge 29. LUKKET i weekenden gælder kun svømmehallen.

Beslutning: Godkendt.
"""


def test_a_closed_mark_shouted_under_the_heading_closes(tmp_path: Path) -> None:
    # A layout no rule knows ("Journal …  >> FORTROLIGT <<"): a closed mark in capitals, set
    # apart on one of the point's first lines, is the point's status; in a sentence it is not.
    path = tmp_path / "kulturudvalget-2026.txt"
    path.write_text(SHOUTED, encoding="utf-8")
    meeting = parse_file(path)
    points = {p.number: p for p in meeting.points}
    assert points[2].closed and "Bent Aagaard Lykke" not in meeting.text
    assert not points[3].closed and "svømmehallen" in points[3].text
