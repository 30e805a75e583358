"""Round 63 of the reader: the forms layouts_blind55 (measured once, now spent) leaked, could not
read or read wrong, in invented minutes.

- A status under a label that asks who may read the point, with a note after it ("Adgang:
  Lukket – materialet udleveres kun til rådets medlemmer", "Status: Lukket, personsag"), is
  that status: it closes the point (it leaked). Under another label, or with more words before
  the separator ("Lukket vej – omkørsel"), it is no status.
- A legend that says what each bracketed letter beside a title means ("Tegnforklaring: (Ø)
  åbent punkt – (U) undtaget offentlighed") makes those marks the statuses it names: the point
  headings are read (none were) and the marked point closed. A legend of marks that are no
  status changes nothing.
- A KLE number's facet letter ("I00") is the facet, never an "I" misread for a "1".
- A label/value layout's title label ("Overskrift<TAB>Eventuelt") heads a point whose case
  number is missing ("Sagsnr.<TAB>-") as it heads the others.
- A closed point's case number set below a line of notice under its heading is read.
- An English board's name joins its fields with "and" as a Danish one does with "og".
- An old protocol's entry that gives the year first ("Aar 1968, torsdag den 18. april") dates
  the meeting.
- A title in capitals with its kind after a dash ("HØJBY SOGNERÅD - FORHANDLINGSPROTOKOL")
  names the board in small letters, as the name alone in capitals does.
- A web page's closed badge before the title ("<span>Lukket punkt</span>"), set apart from it
  only by a lock icon hidden from view, is a badge: the icon is dropped with the page's hidden
  parts, and the badge no longer runs into the title ("Lukket punkt Klage over …").

Every text here is invented for this test.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from indexer.headings import case_number, find_date
from indexer.parse import _board_in_title, _legend_statuses, parse_file, parse_text

# --- a status under an access label, with a note after it ------------------------------------


def test_access_label_with_a_note_after_its_status_is_that_status() -> None:
    assert case_number("Adgang: Lukket – papirerne gives kun til udvalgets medlemmer") == (
        None,
        True,
    )
    assert case_number("> **Adgang:** Lukket – kun for medlemmerne") == (None, True)
    assert case_number("Status: Lukket, personsag") == (None, True)
    assert case_number("Status: Lukket (helbredsoplysninger)") == (None, True)
    assert case_number("Adgang: Åben – alle kan læse bilagene") == (None, False)


def test_a_note_after_other_words_or_under_another_label_is_no_status() -> None:
    # A road closed, the matter closed: no point's status.
    assert case_number("Adgang: Lukket vej – omkørsel ad Bækvej") is None
    assert case_number("Bemærkning: Lukket – broen er spærret") is None
    assert case_number("Status: Afsluttet, lukket") is None


_ACCESS_MINUTES = """\
# Ungdomsrådet · referat

Mødedato: 6. marts 2024

## Punkt 1: Godkendelse af dagsorden

> **Sagsnr.:** 24/00410
> **Adgang:** Åben

#### Beslutning

Godkendt.

## Punkt 2: Klage over udelukkelse fra klubben

> **Sagsnr.:** 24/00577
> **Adgang:** Lukket – papirerne gives kun til rådets medlemmer

#### Baggrund

Forælderen Aksel Vindum klager over, at sønnen er udelukket fra Klub Fyrtårnet.

## Punkt 3: Lukketid i skaterhallen

> **Sagsnr.:** 24/00602
> **Adgang:** Åben

#### Baggrund

Hallen er i dag lukket om søndagen; rådet foreslår åbent til kl. 18.
"""


def test_access_label_with_a_note_closes_the_point_and_keeps_its_body_out() -> None:
    meeting = parse_text(_ACCESS_MINUTES, "ungdomsraadet.md")
    points = {p.number: p for p in meeting.points}
    assert points[2].closed and points[2].case_number == "24/00577"
    assert points[2].sections == ()
    assert "Vindum" not in meeting.text
    # ("lukket om søndagen" in a body's sentence: the point stays open.)
    assert not points[1].closed and not points[3].closed


# --- a legend of status marks -----------------------------------------------------------------

_LEGEND_MINUTES = """\
VESTERBÆK KOMMUNE
REFERAT
Teknik- og Miljøudvalget – møde onsdag 9. oktober 2019 kl. 16.00
Signaturforklaring: (A) åben sag – (F) fortroligt
41. (A) Godkendelse af dagsorden
Sag: 19/02210
Beslutning
Godkendt.
42. (A) Ny cykelsti langs Åvej
Sag: 19/03318
Sagsfremstilling
Stien bliver 1,2 km lang og koster 3,1 mio. kr.
Beslutning
Anbefales.
43. (F) Erstatning for oversvømmet kælder
Sag: 19/04402
Sagsfremstilling
Grundejer Holger Spang kræver 212.500 kr. af kommunen.
Beslutning
Kravet afvises.
44. (A) Eventuelt
Beslutning
Intet.
"""


def test_a_legend_makes_its_marks_the_statuses_it_names() -> None:
    meeting = parse_text(_LEGEND_MINUTES, "teknik.txt")
    points = {p.number: p for p in meeting.points}
    assert list(points) == [41, 42, 43, 44]
    assert points[42].title == "Ny cykelsti langs Åvej" and not points[42].closed
    assert points[43].closed and points[43].case_number == "19/04402"
    assert points[43].sections == ()
    assert "Spang" not in meeting.text
    assert not any(points[n].closed for n in (41, 42, 44))


def test_a_legend_of_marks_that_are_no_status_closes_nothing() -> None:
    # "(B) beslutning" and "(O) orientering" say what the meeting does with a point, not who
    # may read it: the legend defines no status.
    assert _legend_statuses("Tegnforklaring: (B) beslutning – (O) orientering") == {}
    # A mark the legend gives no status closes nothing (the reader never guesses a closing).
    text = _LEGEND_MINUTES.replace(
        "Signaturforklaring: (A) åben sag – (F) fortroligt",
        "Signaturforklaring: (A) åben sag – (B) beslutning",
    ).replace("(F) Erstatning", "(B) Erstatning")
    assert not any(p.closed for p in parse_text(text, "teknik.txt").points)


def test_a_legends_letter_in_a_sentence_keeps_its_place() -> None:
    # The closing letter at the end of a body's line is no heading's mark: the point is open.
    text = _LEGEND_MINUTES.replace(
        "Stien bliver 1,2 km lang og koster 3,1 mio. kr.",
        "Stien bliver 1,2 km lang, se tegningen (F)",
    )
    meeting = parse_text(text, "teknik.txt")
    point = next(p for p in meeting.points if p.number == 42)
    assert not point.closed
    assert "se tegningen (F)" in meeting.text
    # One bracketed letter and its words without a legend's label are no legend.
    assert _legend_statuses("(F) fortroligt") == {}


# --- a KLE number's facet letter -------------------------------------------------------------


def test_a_kle_facet_letter_is_no_misread_digit() -> None:
    assert case_number("J.nr.: 27.12.04-I00-7-21") == ("27.12.04-I00-7-21", False)
    # (OCR's "O" for "0" in a journal number is still read as the digit.)
    assert case_number("Saq nr. 97/0O12") == ("97/0012", False)


# --- a label/value layout's title label -------------------------------------------------------

_LABELLED_MINUTES = """\
Søvang Kommune

Seniorrådet – referat

Dato\tTirsdag 14. maj 2024

Sag 1

Titel\tGodkendelse af dagsorden

Sagsnr.\tS-2024-00031

Udtalelse\tGodkendt.

Sag 2

Titel\tHøring om nye busruter

Sagsnr.\tS-2024-00218

Sagsfremstilling\tTrafikselskabet foreslår færre afgange om aftenen.

Udtalelse\tRådet ønsker aftenafgangene bevaret.

Sag 3

Titel\tEventuelt

Sagsnr.\t-

Udtalelse\tNæste møde er den 11. juni 2024.
"""


def test_the_title_label_heads_a_point_without_a_case_number() -> None:
    meeting = parse_text(_LABELLED_MINUTES, "seniorraadet.docx")
    got = [(p.number, p.title, p.case_number) for p in meeting.points]
    assert got == [
        (1, "Godkendelse af dagsorden", "S-2024-00031"),
        (2, "Høring om nye busruter", "S-2024-00218"),
        (3, "Eventuelt", None),
    ]


def test_a_title_label_above_the_first_point_heads_nothing() -> None:
    # The document's own "Titel" row above the points is no point.
    text = _LABELLED_MINUTES.replace(
        "Dato\tTirsdag", "Titel\tReferat af Seniorrådets møde\n\nDato\tTirsdag"
    )
    meeting = parse_text(text, "seniorraadet.docx")
    assert [p.title for p in meeting.points] == [
        "Godkendelse af dagsorden",
        "Høring om nye busruter",
        "Eventuelt",
    ]


# --- a closed point's case number below its notice --------------------------------------------

_NOTICE_MINUTES = """\
Minutes – Committee on Housing and Urban Renewal

Date: Monday 2 September 2024

Item 1: Approval of the agenda

Case no. 24/00120

Decision

Approved.

Item 2 (closed): Sale of the former depot at Kløvervej

Withheld from publication – dealt with in closed session.

Case no. 24/03377

Summary

The buyer Nordlys Byg ApS offers DKK 4.2 million.

Decision

Recommended.

Item 3: Any other business

Decision

Nothing to report.
"""


def test_a_closed_points_case_number_below_its_notice_is_read() -> None:
    meeting = parse_text(_NOTICE_MINUTES, "housing.txt")
    points = {p.number: p for p in meeting.points}
    assert points[2].closed and points[2].case_number == "24/03377"
    assert points[2].sections == ()
    assert "Nordlys" not in meeting.text


def test_a_case_number_after_a_closed_points_first_section_is_not_its_own() -> None:
    # Below a section's heading the number is the body's (a reference), never read.
    text = _NOTICE_MINUTES.replace(
        "Withheld from publication – dealt with in closed session.\n\nCase no. 24/03377",
        "Summary\n\nCase no. 24/03377",
    )
    meeting = parse_text(text, "housing.txt")
    point = next(p for p in meeting.points if p.number == 2)
    assert point.closed and point.case_number is None


# --- an English board's name with "and" -------------------------------------------------------


def test_an_english_boards_name_joins_its_fields_with_and() -> None:
    meeting = parse_text(_NOTICE_MINUTES, "housing.txt")
    assert meeting.board == "Committee on Housing and Urban Renewal"
    # A sentence going on after the name still ends it.
    assert _board_in_title("Planning Committee and the Council met") == "Planning Committee"


# --- an old protocol's year-first date --------------------------------------------------------


def test_a_protocol_entry_that_gives_the_year_first_dates_the_meeting() -> None:
    assert find_date("Aar 1957, mandag den 3. juni kl. 19 afholdt Østerby Sogneraad møde")[
        0
    ] == date(1957, 6, 3)
    assert find_date("Anno 1921 den 7de Juni")[0] == date(1921, 6, 7)
    # "år" and a year in a sentence, no day and month after it: no date.
    assert find_date("Det blev i år 1968 besluttet at bygge") is None


_PROTOCOL = """\
        VESTERLUND SOGNERÅD - FORHANDLINGSPROTOKOL

        Aar 1957, mandag den 3. juni kl. 19.00 afholdt
        Vesterlund Sogneraad møde i skolen.

    Sag 1.  Protokollen fra sidste møde.
      Oplæstes og godkendtes.

    Sag 2.  Kommunesammenlægningen pr. 1. april 1960.
                                              (j.nr. 4/1957)
      Formanden refererede fra amtets møde.

    Sag 3.  Eventuelt.
      Intet.
"""


def test_the_protocols_date_is_not_taken_from_a_points_title() -> None:
    meeting = parse_text(_PROTOCOL, "vesterlund.txt")
    assert meeting.date == date(1957, 6, 3)


def test_a_title_in_capitals_with_its_kind_names_the_board_in_small_letters() -> None:
    assert _board_in_title("VESTERLUND SOGNERÅD - FORHANDLINGSPROTOKOL") == "Vesterlund Sogneråd"
    assert _board_in_title("KFU - REFERAT") == "KFU"
    meeting = parse_text(_PROTOCOL, "vesterlund.txt")
    assert meeting.board == "Vesterlund Sogneråd"


# --- a web page's badge before the title, a hidden icon between ------------------------------

_PAGE = """<html><head><title>Referat - Kultur- og Fritidsudvalget - 5. juni 2023</title></head>
<body><h1>Kultur- og Fritidsudvalget</h1><p>Referat 5. juni 2023</p>
<article id="p1"><h2><span class="nr">1.</span> Godkendelse af dagsorden</h2>
<dl><dt>Sagsnr.</dt><dd>23/00101</dd></dl><h3>Beslutning</h3><p>Godkendt.</p></article>
<article id="p2"><h2><span class="nr">2.</span> <span class="visually-hidden">Lukket punkt</span>\
<span class="icon" aria-hidden="true">&#128274;</span> Lejeaftale for klubhuset</h2>
<dl><dt>Sagsnr.</dt><dd>23/00288</dd></dl><h3>Sagsfremstilling</h3>
<p>Lejer Bent Sørvad betaler 61.000 kr. om året.</p><h3>Beslutning</h3><p>Godkendt.</p>
</article>
<article id="p3"><h2><span class="nr">3.</span> Lukketider i svømmehallen</h2>
<dl><dt>Sagsnr.</dt><dd>23/00310</dd></dl><h3>Beslutning</h3><p>Godkendt.</p></article>
</body></html>
"""


def test_a_badge_before_the_title_behind_a_hidden_icon_is_no_part_of_it(tmp_path: Path) -> None:
    page = tmp_path / "kultur.html"
    page.write_text(_PAGE, encoding="utf-8")
    meeting = parse_file(page)
    points = {p.number: p for p in meeting.points}
    assert points[2].closed and points[2].case_number == "23/00288"
    assert not points[2].title.startswith("Lukket punkt")
    assert "Sørvad" not in meeting.text
    # ("Lukketider" opens a title: no mark, the point is open.)
    assert not points[3].closed and points[3].title == "Lukketider i svømmehallen"
