"""Round 41 of the reader: forms found misread in layouts_blind34, in invented minutes.

A committee's page that folds each point in an accordion may head the point with the toggle
button alone, its number and title in spans and no heading element around or inside it
(``<button aria-controls="body-3"><span>3.</span> <span>Title</span></button>``). Dropped as a
control, every heading went with it and the page was not read at all. A toggle that controls a
block of the page and whose text reads as a point heading is that point's heading line now; a
closed badge inside it, or a class that styles its point closed, marks the point closed as in a
heading.

An agenda's status line ("Status: Dagsorden offentliggjort 3. marts. Referat offentliggøres
efter mødet.") named minutes among the title lines, and the agenda was read as minutes. A kind
followed by a verb announcing it ("offentliggøres", "udsendes", "følger") names a document
still to come, not the file.

An organisation's board titled with the organisation's name ("Kystby Havn - Referat af
bestyrelsesmøde") above the board named in full ("Referat af møde i Bestyrelsen for Kystby
Havn") was read as "Kystby Havn". A name that is no board's, where another title line names the
board for or at it, gives way to that board.
"""

from __future__ import annotations

from pathlib import Path

from indexer.parse import parse_text
from indexer.read import decode_text

# An invented committee page: each point a toggle button over its folded panel.
ACCORDION = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Referat - Kulturudvalget - Vesterby Kommune</title></head><body>
<main>
<p class="kind">Referat</p>
<h1>Kulturudvalget</h1>
<p class="date">Onsdag den 4. marts 2020</p>
<button class="btn" type="button">Fold alle ud</button>
<div class="items">
 <div class="item" id="i1">
  <button class="toggle" aria-expanded="false" aria-controls="b1">
   <span class="no">1.</span> <span class="title">Tilskud til byfesten</span>
   <span class="icon">+</span>
  </button>
  <div class="body" id="b1" hidden>
   <p>Sagsnr.: 20/00411</p>
   <h4>Sagsfremstilling</h4><p>Byfesten søger 35.000 kr. til scene og lys.</p>
   <h4>Beslutning</h4><p>Bevilget.</p>
  </div>
 </div>
 <div class="item item--closed" id="i2">
  <button class="toggle" aria-expanded="false" aria-controls="b2">
   <span class="no">2.</span> <span class="title">Lejeaftale for Pakhuset</span>
   <span class="badge">Lukket</span>
  </button>
  <div class="body" id="b2" hidden>
   <p>Sagsnr.: 20/00532</p>
   <h4>Sagsfremstilling</h4><p>Lejeren Bodil Fjeldgaard ønsker lejen nedsat til 4.100 kr.</p>
  </div>
 </div>
 <div class="item" id="i3">
  <button class="toggle" aria-expanded="false" aria-controls="b3">
   <span class="no">3.</span> <span class="title">Eventuelt</span>
  </button>
  <div class="body" id="b3" hidden><h4>Beslutning</h4><p>Intet.</p></div>
 </div>
</div>
</main></body></html>
"""


def test_a_toggle_button_over_its_panel_is_the_points_heading() -> None:
    meeting = parse_text(decode_text(ACCORDION.encode("utf-8"), _page()), "kultur.html")
    assert (meeting.board, meeting.date.isoformat(), meeting.kind) == (
        "Kulturudvalget",
        "2020-03-04",
        "referat",
    )
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (1, "20/00411", False),
        (2, "20/00532", True),
        (3, None, False),
    ]
    assert meeting.points[0].title == "Tilskud til byfesten"
    # The closed point's body never reaches the text; the expand glyph is no part of a title.
    assert "Fjeldgaard" not in meeting.text
    assert "+" not in meeting.points[0].title


def test_a_control_that_names_no_point_is_still_dropped() -> None:
    text = decode_text(ACCORDION.encode("utf-8"), _page())
    assert "Fold alle ud" not in text
    page = ACCORDION.replace(
        '<div class="items">',
        '<button aria-expanded="false" aria-controls="b1">Vis alle bilag</button>'
        '<div class="items">',
    )
    assert "Vis alle bilag" not in decode_text(page.encode("utf-8"), _page())


def test_a_toggle_inside_a_heading_adds_no_second_closed_line() -> None:
    # The heading around the toggle is the line the closed style marks, once.
    page = ACCORDION.replace(
        '<button class="toggle" aria-expanded="false" aria-controls="b2">',
        '<h3><button class="toggle" aria-expanded="false" aria-controls="b2">',
    ).replace('<span class="badge">Lukket</span>\n  </button>', "</button></h3>")
    text = decode_text(page.encode("utf-8"), _page())
    assert "Pakhuset\n\nLukket\n\n" in text
    assert "Pakhuset\n\nLukket\n\nLukket" not in text


def _page() -> Path:
    return Path("kultur.html")


AGENDA = """Nordhavn Kommune

Fritidsudvalget – Dagsorden – 11. februar 2025

Mødested: Mødelokale 3, Rådhuset

Status: Dagsorden offentliggjort 4. februar 2025. Referat offentliggøres efter mødet.

1. Godkendelse af dagsorden

Indstilling

Det indstilles, at dagsordenen godkendes.

2. Tilskud til svømmeklubben

Sagsnr.: 25/00871

Indstilling

Det indstilles, at der gives 18.000 kr.
"""


def test_an_agenda_that_promises_its_minutes_is_an_agenda() -> None:
    meeting = parse_text(AGENDA, "fritid.txt")
    assert (meeting.kind, meeting.date.isoformat()) == ("dagsorden", "2025-02-11")


def test_minutes_that_say_they_are_minutes_stay_minutes() -> None:
    # A status line in the past names what the file is.
    text = AGENDA.replace("– Dagsorden –", "– Referat –").replace(
        "Referat offentliggøres efter mødet.", "Referat godkendt 12. februar 2025."
    )
    assert parse_text(text, "fritid.txt").kind == "referat"


HARBOUR = """Kystby Havn - Referat af bestyrelsesmøde 2. maj 2018
Referat af møde i Bestyrelsen for Kystby Havn
Dato: 02-05-2018

Sag nr. 1: Godkendelse af dagsorden
Beslutning
Godkendt.

Sag nr. 2: Nye fortøjningspæle
J.nr.: KH-2018-011
Sagsfremstilling
Havnefogeden foreslår 12 nye pæle i den vestlige bassin.
Beslutning
Godkendt.
"""


def test_the_board_of_an_organisation_is_read_in_full() -> None:
    meeting = parse_text(HARBOUR, "havn.txt")
    assert meeting.board == "Bestyrelsen for Kystby Havn"
    assert meeting.date.isoformat() == "2018-05-02"


def test_an_organisation_named_alone_stays_its_name() -> None:
    # No line names its board: the name the title gives is kept.
    text = HARBOUR.replace("Referat af møde i Bestyrelsen for Kystby Havn\n", "")
    assert parse_text(text, "havn.txt").board != "Bestyrelsen for Kystby Havn"
