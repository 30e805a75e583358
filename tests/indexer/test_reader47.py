"""Round 47 of the reader: what the minutes write after the last point about the record itself.

Lines that end the minutes below the last point's text are no text of that point, and read as
its text they were embedded and quoted in answers about it (indexer.parse._closing_block):

- the approval, signing, sending or publishing of the record ("Referatet er godkendt digitalt
  af udvalgets medlemmer den 3. maj 2024.", "Minutes approved by e-mail on 2 May 2024.",
  "Udsendt 4. marts 2024 af Sekretariatet", "Godkendt af formanden 3/5-24");
- the next meeting on a line of its own ("Næste møde: …", "Next meeting: …");
- who took the minutes and whom to contact ("Referent: …", "Contact: …"), a site footer's
  parts beside such a line ("Published … · Contact: …");
- a member's signature with the role ("Ib Holm, formand") and a sheet of signatures from its
  label on ("Underskriftsblad" over the names).

Only at the very end, and only under a text of the point's own: a sentence in the body that
mentions the next meeting, a list item about it above the decision, a last point whose only
text is the next meeting's date, and a point titled for the next meeting keep their lines.

Every text here is invented for this test.
"""

from __future__ import annotations

from indexer.models import Meeting
from indexer.parse import parse_text

_HEAD = """\
Referat
Kultur- og Idrætsudvalget
Mødedato: 6. marts 2024

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Tilskud til Vestby Rideklub
Sagsfremstilling
Rideklubben søger 40.000 kr. til ny ridebane.
Beslutning
Bevilget.

3. Eventuelt
"""


def _read(tail: str, head: str = _HEAD) -> Meeting:
    return parse_text(head + tail, "kultur/referat.txt")


def _last_text(meeting: Meeting) -> str:
    return "\n".join(s.text for s in meeting.points[-1].sections)


def test_an_approval_line_after_the_last_point_is_cut() -> None:
    meeting = _read(
        "Kim Lund spurgte til åbningstiderne i hallen.\n\n"
        "Referatet er godkendt digitalt af udvalgets medlemmer den 8. marts 2024.\n"
    )
    text = _last_text(meeting)
    assert "åbningstiderne" in text
    assert "godkendt digitalt" not in text


def test_the_next_meeting_and_the_minute_taker_are_cut() -> None:
    meeting = _read(
        "Intet.\n\nNæste møde: tirsdag den 9. april 2024 kl. 16.00.\nReferent: Lea Krogh\n"
    )
    text = _last_text(meeting)
    assert text.strip() == "Intet."


def test_english_closing_lines_are_cut() -> None:
    head = """\
Minutes
Leisure Committee
Meeting date: 6 March 2024

1. Approval of the agenda
Decision
Approved.

2. Any other business
"""
    meeting = _read(
        "The chair thanked the volunteers of the spring market.\n"
        "Next meeting: Wednesday, April 10, 2024.\n"
        "Minutes approved by e-mail on March 12, 2024.\n",
        head,
    )
    text = _last_text(meeting)
    assert "spring market" in text
    assert "Next meeting" not in text and "approved by e-mail" not in text


def test_a_publishing_stamp_and_its_footer_parts_are_cut() -> None:
    meeting = _read(
        "Formanden orienterede om forårets kulturnat.\n\n"
        "Udsendt 1. marts 2024 af Sekretariatet for Kultur\n"
    )
    assert "Udsendt" not in _last_text(meeting)
    meeting = _read(
        "Formanden orienterede om forårets kulturnat.\n\n"
        "Published March 8, 2024 · Contact: The Secretariat, Vestby Municipality\n"
    )
    text = _last_text(meeting)
    assert "kulturnat" in text
    assert "Published" not in text and "Contact" not in text


def test_signatures_after_the_last_point_are_cut() -> None:
    meeting = _read(
        "Intet.\n\nUnderskriftsblad\n"
        "Ib Holm                  Sara Vinde\n"
        "Tove Dal                 Ali Kaya\n"
    )
    assert _last_text(meeting).strip() == "Intet."
    meeting = _read("Intet.\n\nNæste møde: 9. april 2024.\nIb Holm, formand\n")
    assert _last_text(meeting).strip() == "Intet."


def test_the_chairs_approval_is_cut_but_a_boards_decision_stays() -> None:
    meeting = _read("Intet.\n\nGodkendt af formanden 8/3-24\n")
    assert _last_text(meeting).strip() == "Intet."
    # "Godkendt af udvalget" is the board's decision of the point, not the record's approval.
    meeting = _read("Forslag om fælles sommerfest.\n\nGodkendt af udvalget 6/3-24\n")
    assert "Godkendt af udvalget" in _last_text(meeting)


def test_a_sentence_about_the_next_meeting_in_the_body_stays() -> None:
    meeting = _read(
        "Kim Lund ønskede en status på svømmehallen. Sagen genoptages på næste møde.\n"
        "Næste møde holdes den 9. april 2024. Ea Bak sørger for kage.\n"
    )
    text = _last_text(meeting)
    assert "Sagen genoptages på næste møde." in text
    # A line that goes on about something else is the point's too.
    assert "Ea Bak sørger for kage." in text
    assert "Næste møde holdes den 9. april 2024." in text


def test_a_list_item_about_the_next_meeting_above_the_decision_stays() -> None:
    meeting = _read(
        "Sagsfremstilling\n"
        "- Hallen lukker i uge 30.\n"
        "- Næste møde flyttes til den 10. april 2024.\n"
        "Beslutning\n"
        "Taget til efterretning.\n"
    )
    assert "Næste møde flyttes til den 10. april 2024." in _last_text(meeting)


def test_the_next_meeting_as_the_points_only_text_stays() -> None:
    meeting = _read("Næste møde holdes den 9. april 2024.\n")
    assert "Næste møde holdes den 9. april 2024." in _last_text(meeting)
    # The stamp under it still goes.
    meeting = _read(
        "Næste møde holdes den 9. april 2024.\n\nSidst redigeret af Lea Krogh, 8. marts 2024\n"
    )
    text = _last_text(meeting)
    assert "Næste møde holdes" in text and "Sidst redigeret" not in text


def test_a_point_titled_for_the_next_meeting_keeps_its_date() -> None:
    head = _HEAD.replace("3. Eventuelt", "3. Næste møde")
    meeting = _read("Datoen blev drøftet.\nNæste møde: 9. april 2024 kl. 16.00.\n", head)
    assert "Næste møde: 9. april 2024" in _last_text(meeting)


def test_a_sentence_that_opens_with_a_labels_word_stays() -> None:
    meeting = _read("Intet.\n\nKontakt sekretariatet ved spørgsmål til puljen.\n")
    assert "Kontakt sekretariatet ved spørgsmål til puljen." in _last_text(meeting)
    meeting = _read("Intet.\n\nKontakt: Sekretariatet, tlf. 11 22 33 44\n")
    assert "Kontakt" not in _last_text(meeting)


def test_an_abbreviated_label_a_source_stamp_and_an_inline_sheet_are_cut() -> None:
    meeting = _read("Intet.\n\nNæste møde: 9. april 2024.\n\nRef. K. Dam\n")
    assert _last_text(meeting).strip() == "Intet."
    meeting = _read(
        "Intet.\n\nReferatet er godkendt digitalt af udvalgets medlemmer. Genereret af Dokumo.\n"
    )
    assert _last_text(meeting).strip() == "Intet."
    meeting = _read("Intet.\n\nUnderskriftsblad: Ib Holm, Sara Vinde, Tove Dal\n")
    assert _last_text(meeting).strip() == "Intet."
