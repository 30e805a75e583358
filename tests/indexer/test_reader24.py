"""Round 24 of the reader: a form found missing in layouts_blind18, in invented minutes.

A date that the file's own making gives (a Markdown export's front matter "exported:
2024-12-09T10:42:17+01:00", "updated_at: …", a header line "Udskriftsdato: 02.10.2023") dates the
file, not the meeting: the meeting's date is the one its title or another header line gives,
even when that line lies below the front matter and a breadcrumb. Such a date is the meeting's
only when no other header line gives one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.parse import parse_text
from indexer.read import decode_text


def _meeting_date(text: str, name: str) -> str:
    return parse_text(decode_text(text.encode("utf-8"), Path(name)), name).date.isoformat()


FRONT_MATTER = """---
title: "Referat fra bestyrelsen"
space: "Bestyrelse"
{field}: 2023-06-30T08:05:00+02:00
author: "sekretariat"
tags: [referat, 2023]
---

[Start](../index.md) / [Bestyrelsen](./index.md) / Referat

# Havnsø Fjernvarme

## Referat af bestyrelsesmøde tirsdag 13. juni 2023

| | |
|---|---|
| **Tid** | Kl. 17.00-19.00 |
| **Deltagere** | Ole Krag (formand), Bente Lund |

### Pkt. 1 – Godkendelse af dagsorden

**Beslutning:** Godkendt.

### Pkt. 2 – Varmepris 2024

Prisen pr. MWh holdes uændret.

**Beslutning:** Godkendt.
"""


@pytest.mark.parametrize("field", ["exported", "updated_at", "last_modified", "generated"])
def test_a_front_matter_date_of_the_file_is_not_the_meetings(field: str) -> None:
    text = FRONT_MATTER.format(field=field)
    assert _meeting_date(text, "havnsoe_bestyrelse.md") == "2023-06-13"


PRINTED = """Kultur- og Fritidsudvalget
Udskriftsdato: 02.10.2023
Referat
Mødet blev holdt tirsdag 26. september 2023 på rådhuset.

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Tilskud til foreninger
Beslutning: Godkendt.
"""


def test_a_print_date_above_the_meetings_date_is_not_the_meetings() -> None:
    assert _meeting_date(PRINTED, "kfu.txt") == "2023-09-26"


ONLY_EXPORTED = """---
title: "Referat fra bestyrelsen"
exported: 2023-06-30
---

# Referat fra bestyrelsen

### Pkt. 1 – Godkendelse af dagsorden

**Beslutning:** Godkendt.
"""


def test_a_file_date_is_used_when_no_other_line_dates_the_meeting() -> None:
    assert _meeting_date(ONLY_EXPORTED, "bestyrelsen.md") == "2023-06-30"
