"""Round 56 of the reader: forms found missing in layouts_blind48, in invented minutes.

A mail header further down a letter that forwards the minutes ("-----Oprindelig
meddelelse-----" over "Fra:"/"Sendt:"/"Til:"/"Emne:") and the line that introduces a quoted
mail ("Den ons. 4. sep. 2019 kl. 20.10 skrev …:") tell when a mail was sent, never the meeting's
date, board or start time. A Word paragraph is read with its tracked changes accepted: the
words a reviser inserted are read, those deleted are not.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from indexer.parse import parse_file, parse_text

_FORWARDED = """\
VS: Referat fra Natur- og Miljøudvalget

Hej Søren

Her er referatet, som lovet.

Mvh Ida

-----Original Message-----
From: Karl Bøgh <kb@example.invalid>
Sent: 11. september 2019 08:40
To: Ida Wendt <iw@example.invalid>
Subject: Referat NMU

Den ons. 4. sep. 2019 kl. 20.10 skrev Sekretariatet <sek@example.invalid>:
> REFERAT – NATUR- OG MILJØUDVALGET
> Mødet onsdag den 4/9-19 kl. 16.00, Mødelokale 2
>
> Punkt 1) Godkendelse af dagsorden
> Beslutning: Godkendt.
>
> Punkt 2) Nye stier ved Rævemosen
> Beslutning: Anbefales.
"""


def test_a_forwarded_mail_header_inside_the_letter_dates_no_meeting() -> None:
    m = parse_text(_FORWARDED, "postkasse/videresendt.txt")
    assert m.board.casefold() == "natur- og miljøudvalget"
    assert m.date.isoformat() == "2019-09-04"
    # The time the quoted mail was sent (20.10) is not when the meeting began.
    assert m.start_time == "16:00"
    assert [p.title for p in m.points] == ["Godkendelse af dagsorden", "Nye stier ved Rævemosen"]


def test_a_quoting_line_alone_dates_no_meeting() -> None:
    text = _FORWARDED.replace("> Mødet onsdag den 4/9-19 kl. 16.00", "> Mødet den 5. sep. 2019")
    m = parse_text(text, "postkasse/videresendt.txt")
    # Not the quoting line's 4 September, but the minutes' own date line.
    assert m.date.isoformat() == "2019-09-05"


def test_a_mail_header_further_down_names_no_board() -> None:
    text = _FORWARDED.replace("> REFERAT – NATUR- OG MILJØUDVALGET\n", "")
    m = parse_text(text, "postkasse/natur-og-miljoeudvalget.txt")
    assert m.board.casefold() != "sent"


def test_inserted_words_of_a_tracked_change_are_read(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Referat – Fritidsudvalget")
    document.add_paragraph("Mødedato: 14. oktober 2021")
    document.add_heading("Punkt 1 – Godkendelse af dagsorden", level=1)
    document.add_paragraph("Beslutning: Godkendt.")
    heading = document.add_heading("Punkt 2 – ", level=1)
    heading._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="1" w:author="A" w:date="2021-10-01T10:00:00Z">'
            "<w:r><w:delText>Gammel hal</w:delText></w:r></w:del>"
        )
    )
    heading._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="2" w:author="A" w:date="2021-10-01T10:00:00Z">'
            "<w:r><w:t>Renovering af svømmehallen</w:t></w:r></w:ins>"
        )
    )
    heading.add_run(" i Østerby")
    document.add_paragraph("Beslutning: Anbefales.")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "fritidsudvalget_2021.docx"
    path.write_bytes(buffer.getvalue())
    m = parse_file(path)
    assert [p.title for p in m.points] == [
        "Godkendelse af dagsorden",
        "Renovering af svømmehallen i Østerby",
    ]
    assert "Gammel hal" not in m.text
