"""Text -> Meeting: find the structure of one set of minutes, whatever its layout.

Minutes are published in many layouts (a ``REFERAT <board> d. <date>`` title or a labelled
``Udvalg:``/``Dato:`` header; ``Punkt N: Title``, ``1. Title``, ``Pkt. 153``, committee codes or
no numbers at all; case numbers in each municipality's own format; decisions dated in words or
digits). The reader works by general rules over lines (``indexer.headings`` classifies one line,
this module reads their order):

- a point heading is a numbered or labelled line followed by a body; labelled forms (``Punkt``,
  ``Pkt.``, ``Nr.``, committee codes) win over plain ``N. Title`` lines, which count only when a
  case number, a section heading or a closed mark follows (so ``1. at ...`` lists stay body);
  without either, a title line right above an opening section (``Sagsfremstilling``) is one;
- a table of contents is the run of headings with no body whose numbers recur later: skipped;
- metadata lines under a heading (case number, document number, open/closed) never reach the
  body; a point is closed when its title or metadata says so, in any of the usual forms;
- the board comes from the header, else the decision lines, else the file name, else the
  folder name, else the caller; the kind (dagsorden, referat, tillægsreferat) from the title words.

Spans are half-open ``[start, end)`` character offsets into ``Meeting.text``, the decoded text, like
a slice. Section text is cleaned (markup, lost bullet glyphs, figure captions and attendance
footers removed), so it is not always an exact copy of its span.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path, PurePath
from typing import Any

from indexer.errors import ParseError
from indexer.headings import (
    MAX_HEADING_CHARS,
    MEETING_DAYS,
    OPENING_SECTIONS,
    SECTION_NAMES,
    TITLE_SECTIONS,
    UNTITLED_SECTION,
    PointHeading,
    case_label_alone,
    case_number,
    closed_heading,
    closed_mark_only,
    closed_note,
    closed_points_named,
    closed_record_label,
    closed_title,
    closing_line,
    date_in,
    day_and_month,
    decision,
    demark,
    document_number,
    find_date,
    fold,
    is_toc_line,
    page_alone,
    point_heading,
    row_case,
    sag_nr_alone,
    sag_nr_case,
    section_heading,
    short_date_in,
    speaks_of_closing,
    start_time,
    status_line,
    table_cells,
    table_header,
    title_case,
    title_core,
    toc_entry,
    withheld_note,
)
from indexer.issuer import issuer
from indexer.language import (
    ABSENT_ANSWERS,
    ACCOUNT_WORDS,
    AGENDA_PURPOSE_NOUNS,
    AGENDA_PURPOSES,
    ATTENDANCE_NAME_COLUMNS,
    ATTENDANCE_PRESENCE_COLUMNS,
    ATTENDEE_ROLES,
    BOARD_NAME_LINKS,
    CLOSED_GROUP_WORDS,
    CLOSING_APPROVERS,
    CLOSING_LABELS,
    CLOSING_RECORD_NOUNS,
    CLOSING_RECORD_VERBS,
    CLOSING_SOURCE_STAMPS,
    CLOSING_STAMP_WORDS,
    CLOSING_TOPIC_TITLES,
    COMPANY_FORMS,
    COUNCIL_BOARDS,
    DAY_HEADING_WORDS,
    DECIDED_LABELS,
    ENGLISH_BOARDS,
    ENGLISH_COUNCIL_KINDS,
    ENGLISH_NAME_JOINS,
    FAROESE_BOARD_ENDINGS,
    FILE_MADE_DATE_WORDS,
    FORWARD_MARKS,
    GROUP_LEADS,
    GROUP_NOUNS,
    HYPHEN_KEEP_NEXT,
    LEGEND_LABELS,
    LOCAL_BOARD_WORDS,
    MAIL_DISCLAIMER_OPENINGS,
    MAIL_DISCLAIMER_WORDS,
    MAIL_REPLY_MARKS,
    MEETING_KIND_WORDS,
    MERGED_COUNCIL_WORDS,
    MINUTES_TITLES,
    MUNICIPAL_BOARD_WORDS,
    NAME_SMALL_WORDS,
    NEXT_MEETING_OPENINGS,
    OPEN_GROUP_WORDS,
    ORGANISATION_WORDS,
    OTHER_DATE_WORDS,
    PAGE_TOP_LINKS,
    PLACE_COUNCIL_WORDS,
    PLACE_NAME_WORDS,
    POINT_NUMBER_COLUMNS,
    POINT_TITLE_COLUMNS,
    PROMISED_DOCUMENT_VERBS,
    QUOTE_ATTRIBUTION_VERBS,
    RECORD_DATE_WORDS,
    REOPENED_PATTERN,
    RINGLESS_BOARD_ENDINGS,
    SALUTATIONS,
    SIGN_OFFS,
    SIGNATURE_ROLES,
    SIGNATURE_SHEET_LABELS,
    SITE_FOOTER_LINK_OPENINGS,
    SITE_FOOTER_LINKS,
    STAFF_TITLE_ENDINGS,
    STAND_IN_ROLES,
    SUBJECT_LABELS,
    SUMMONS_WORDS,
    SUPPLEMENT_TITLES,
    TITLE_ABBREVIATIONS,
    TITLE_LABELS,
    WEEKDAYS,
)
from indexer.language import fold as ascii_fold
from indexer.letterhead import decode_letterhead
from indexer.models import AgendaPoint, Attendee, Meeting, Section, TocEntry, make_meeting_id
from indexer.read import decode_text, read_text

__all__ = [
    "SECTION_NAMES",
    "UNTITLED_SECTION",
    "ParseError",
    "decode_text",
    "parse_file",
    "parse_text",
    "read_text",
    "slugify",
]

_HEADER_LABELS = (
    r"Mødedato|Mødested|Mødedeltagere|Dato|Udvalg|Starttidspunkt|Mødetidspunkt"
    # ("Mødetid", "Mødestart": a web portal's or a Markdown export's label for the time.)
    r"|Mødetid|Mødestart|Tidspunkt|Tid|Sted"
    r"|Deltagere|Forum|Mødeforum|Organ"
    # ("Bestyrelse: Skolebestyrelsen ved Engvejens Skole": the board's name in full.)
    r"|Bestyrelse"
)
# A typed form fills a label out with dots to align the values ("Udvalg....: Byrådet",
# "Mødedato..: 14.03.2019", "Afbud.....: Ida Lund"): the dots are the label's, no value's.
_LEADER = r"(?:\.{1,12}|[ \t]{1,3}\.{2,12})?"
_LABEL_RE = re.compile(
    rf"^(?P<label>{_HEADER_LABELS})\b{_LEADER}[ \t]{{0,5}}:?[ \t]{{0,5}}(?P<value>.*)$",
    re.IGNORECASE,
)
# A header label in a second column of PDF text, after a gap and with its colon ("Mødested:
# Rådhuset, lokale 2     Mødetid: 15:30 - 17:45"): a label of its own.
_COLUMN_HEADER_LABEL_RE = re.compile(rf"(?<=[ \t])(?:{_HEADER_LABELS})[ \t]{{0,3}}:", re.IGNORECASE)
# The board's label on an English page ("Committee: Finance Committee", a table's row
# "Committee<TAB>Finance Committee"). With a colon or a TAB only: without one the word opens
# a board's own name ("Committee for Urban Development"), never a label before it.
_ENGLISH_BOARD_LABEL_RE = re.compile(
    r"^(?P<label>Committee|Board)(?:[ \t]{0,3}:|\t)[ \t]{0,5}(?P<value>\S.*)$", re.IGNORECASE
)
# Which header fact a label gives.
_LABEL_FACTS = {
    "mødedato": "Mødedato", "dato": "Mødedato", "starttidspunkt": "Mødedato",
    "tidspunkt": "Mødedato", "mødetidspunkt": "Mødetidspunkt", "tid": "Mødetidspunkt",
    "mødetid": "Mødetidspunkt", "mødestart": "Mødetidspunkt",
    "mødested": "Mødested",
    "sted": "Mødested",
    "mødedeltagere": "Mødedeltagere", "deltagere": "Mødedeltagere",
    "udvalg": "Udvalg", "forum": "Udvalg", "mødeforum": "Udvalg", "organ": "Udvalg",
    "bestyrelse": "Bestyrelse",
}  # fmt: skip
# Attendance lines of informal minutes: who came ("Til stede: …"), who sent apologies ("Afbud:
# …", "Fraværende: …"), who wrote the minutes ("Referent: …"), who chaired ("Ordstyrer: …");
# the English labels of a council that writes its minutes in English ("Present:", "Apologies:",
# "Minutes taken by:", "Chair:"). With a colon only: "Afbud fra formanden" opens a sentence.
_ATTENDANCE_LABELS = (
    r"Til[ \t]?stede|Fremmødte|Afbud|Fraværende|Referent|Ordstyrer|Mødeleder"
    # The board's members listed in the header ("Medlemmer: …", "Udvalgsmedlemmer: …"): who
    # sat, less those an "Afbud:" beside or below names.
    r"|Medlemmer|Udvalgsmedlemmer|Bestyrelsesmedlemmer|Rådsmedlemmer|Members"
    r"|Afbud[ \t]fra|Meldt[ \t]afbud|Ikke[ \t]til[ \t]?stede|Fraværende[ \t]med[ \t]afbud"
    r"|Present|Attendees|Attending|In[ \t]attendance|Absent|Apologies|Apologies[ \t]received"
    r"|Apologies[ \t](?:received[ \t])?from"
    r"|Apologies[ \t]for[ \t]absence|Minutes[ \t]taken[ \t]by|Minute[ \t-]?taker|Chair"
    # Who came besides the members: staff, guests ("Desuden deltog: direktør Ole Berg").
    r"|(?:Desuden|Endvidere|Derudover)[ \t](?:deltog|til[ \t]?stede)"
    r"|Deltog[ \t](?:desuden|endvidere)|Også[ \t](?:til[ \t]?stede|deltog)"
    r"|Fra[ \t](?:administrationen|forvaltningen)(?:[ \t]deltog)?"
    r"|Also[ \t](?:present|in[ \t]attendance|attending)|Officers[ \t]present"
    r"|Chaired[ \t]by|Chairperson"
)
# With a colon, or a TAB after the label as in a Word or web table's row ("Afbud<TAB>Kis Bo").
# "Til stede fra bestyrelsen:", "Fraværende fra udvalget:", "Present from the board:": which
# of the board's members (or the staff's) the list names, a label still, never a board's title.
_ATTENDANCE_RE = re.compile(
    rf"^(?P<label>{_ATTENDANCE_LABELS})"
    r"(?:[ \t]{1,3}(?:fra|from[ \t]{1,3}the)[ \t]{1,3}[a-zæøå]{3,30})?"
    rf"(?:{_LEADER}[ \t]{{0,3}}:[ \t]{{0,5}}|\t[ \t]{{0,5}})(?P<value>.*)$",
    re.IGNORECASE,
)
# One more attendance label in the middle of a line, after a sentence's end or a gap ("Poul
# Erik Vang (A). Afbud: Ingen", "Til stede: Ann Lee<tab>Referent: Eva Berg"): a label of its own.
_MIDLINE_LABEL_RE = re.compile(rf"(?<=[ \t])(?:{_ATTENDANCE_LABELS})[ \t]{{0,3}}:", re.IGNORECASE)
_ATTENDANCE_FACTS = {
    "til stede": "Mødedeltagere", "tilstede": "Mødedeltagere", "fremmødte": "Mødedeltagere",
    "medlemmer": "Mødedeltagere", "udvalgsmedlemmer": "Mødedeltagere",
    "bestyrelsesmedlemmer": "Mødedeltagere", "rådsmedlemmer": "Mødedeltagere",
    "members": "Mødedeltagere",
    "afbud": "Afbud", "fraværende": "Afbud", "afbud fra": "Afbud", "meldt afbud": "Afbud",
    "ikke til stede": "Afbud", "ikke tilstede": "Afbud", "fraværende med afbud": "Afbud",
    "apologies from": "Afbud", "apologies received from": "Afbud",
    "referent": "Referent", "ordstyrer": "Ordstyrer", "mødeleder": "Ordstyrer",
    "present": "Mødedeltagere", "attendees": "Mødedeltagere", "attending": "Mødedeltagere",
    "in attendance": "Mødedeltagere",
    "absent": "Afbud", "apologies": "Afbud", "apologies received": "Afbud",
    "apologies for absence": "Afbud",
    "minutes taken by": "Referent", "minute taker": "Referent", "minute-taker": "Referent",
    "minutetaker": "Referent",
    "chair": "Chair", "chaired by": "Chair", "chairperson": "Chair",
    **dict.fromkeys(
        (
            "desuden deltog", "desuden til stede", "desuden tilstede", "endvidere deltog",
            "endvidere til stede", "endvidere tilstede", "derudover deltog",
            "derudover til stede", "derudover tilstede", "deltog desuden", "deltog endvidere",
            "også til stede", "også tilstede", "også deltog", "fra administrationen",
            "fra administrationen deltog", "fra forvaltningen", "fra forvaltningen deltog",
            "also present", "also in attendance", "also attending", "officers present",
        ),
        "Desuden",
    ),
}  # fmt: skip
# "Afbud: Ingen", "Apologies: None": nobody.
_NOBODY = {
    "ingen", "ingen afbud", "ingen fraværende", "-", "–", "nej", "alle til stede",
    "none", "no apologies", "nobody", "n/a", "all present",
}  # fmt: skip
_TOC_HEADINGS = {"indholdsfortegnelse", "indhold", "dagsordenspunkter"}
# A "beslutningsprotokol" (the record of decisions) is minutes too.
# "Minutes" and "Agenda": a council that writes its minutes in English.
_KIND_WORDS = (
    "tillægsreferat", "tillægsdagsorden", "referat", "beslutningsprotokol", "dagsorden",
    "minutes", "agenda",
)  # fmt: skip
_TITLE_PREFIXES = (
    "af mødet i", "af møde i", "fra mødet i", "fra møde i", "for mødet i", "for møde i",
    # "Dagsorden til skolebestyrelsesmøde onsdag …": what the agenda is for.
    "til mødet i", "til møde i", "til",
    # "Protokol over byrådets ordinære møde": an older title's "over" (a record of).
    "fra", "for", "af", "i", "over",
    "of the meeting of the", "of the meeting of", "of the", "of", "for the",
)  # fmt: skip
_NOT_BOARDS = {
    "referat", "dagsorden", "møde", "åbent", "åben", "lukket", "mødet", "den",
    # Breadcrumb segments of a municipal site that name the kind of page, not a board.
    "politiske udvalg", "udvalg", "stående udvalg", "faste udvalg", "råd og udvalg",
    "byråd og udvalg", "politik", "dagsordener og referater",
    # A breadcrumb's first segment is the site's front page ("Forside > Politik > …").
    "forside", "startside", "home", "front page",
    # An English site's menu and breadcrumbs: "Home > The Council > Minutes" names the section
    # of the site, not which of the council's boards met.
    "the council", "the committee", "the committees", "the board", "committees",
    "council and committees", "councils and committees", "committees and councils",
}  # fmt: skip
# Sections of a point's body: a line naming one is never the point's title when body text
# follows it ("Eventuelt", "Information" and "Oversigt" are titles too).
_BODY_SECTIONS = OPENING_SECTIONS | {"Beslutning", "Indstilling", "Baggrund", "Bilag"}
# Folder names that name a board: "oekonomiudvalget/", "byraadet/".
_BOARD_FOLDER_ENDINGS = (
    "udvalget", "udvalg", "raadet", "rådet", "bestyrelsen", "direktionen", "forum", "naevnet",
    "nævnet", "kommissionen", "byraad", "byråd", "forsamlingen", "repræsentationen",
    "repraesentationen", "råd", "raad",  # "Ravnsbjerg Lokalråd", "Ældreråd"
    "magistraten", "magistrat",  # the executive board of a magistrate municipality
    # The owners' assembly of an inter-municipal company (I/S).
    "repræsentantskabet", "repraesentantskabet", "repræsentantskab", "repraesentantskab",
    *FAROESE_BOARD_ENDINGS,
)  # fmt: skip
_OCR_DIGIT_RE = re.compile(r"(?<=[a-zæøå])[10](?=[a-zæøå])")
# The same in a name typed in capitals ("K0MMUNALBESTYRELSEN", "TEKNISK UDVA1G"): a zero
# between capitals is an O, a one an I, as a scan's typeface draws them alike. (Read as typed,
# the line named no board, and a file that names its board only so was not read at all.)
_OCR_CAPS_DIGIT_RE = re.compile(r"(?<=[A-ZÆØÅ])[10](?=[A-ZÆØÅ])")
# "byrådets ordinære møde", "ældrerådets møde": a board's genitive, then its meeting.
_GENITIVE_MEETING_RE = re.compile(r"^[a-zæøå]{4,}s(?:[ \t]+[a-zæøå]+)?[ \t]+møde(?:t)?$")
# "ordinært møde i …", and an association's annual meeting: "(ordinær) generalforsamling i …".
_MEETING_OF_RE = re.compile(
    r"^(?:[a-zæøå]+\s+(?:møde|mødet)|(?:(?:ordinær|ekstraordinær)\s+)?generalforsamling(?:en)?)"
    r"\s+i\s+"
)
# "for mødet i Socialudvalget", "fra ordinært møde i Byrådet", "til mødet i …": a line that
# goes on from the kind of document above it. The summons may say what it is first
# ("Indkaldelse til møde i Plan- og Boligudvalget" under "DAGSORDEN").
_OF_MEETING_RE = re.compile(
    rf"^(?:(?:{'|'.join(SUMMONS_WORDS)})[ \t]{{1,3}})?"
    r"(?:af|fra|for|til)[ \t]{1,3}(?:[a-zæøå]{1,20}[ \t]{1,3})?møde(?:t)?[ \t]{1,3}i[ \t]{1,3}"
    r"(?P<board>\S.{0,100})$",
    re.IGNORECASE,
)
_MEETING_PREFIX_RE = re.compile(
    # OCR reads a typed "m" as "rn" ("Referat af rnøde i Kommunalbestyrelsen").
    r"^(?:(?:ordinært|ekstraordinært|konstituerende)\s+)?(?:[A-Za-zæøå]*(?:m|rn)ødet?)"
    # "Fællesmøde mellem Ældrerådet og Handicaprådet": both boards, one meeting.
    r"(?:\s+(?:i|mellem)\s+|\s*:\s*)(?=[A-ZÆØÅa-zæøå])",
    re.IGNORECASE,
)
# What parts a label from its value: a colon, a cell's gap (a label/value table read as text,
# "Titel<TAB>…") or a two-column PDF's run of spaces ("Titel           …").
_LABEL_GAP = r"(?:[ \t]*:[ \t]*|\t[ \t]*|[ ]{3,})(?=\S)"
# "Titel: …", "Titel<TAB>…", "Titel           …": the title a label/value layout labels.
_TITLE_LABEL_RE = re.compile(rf"^(?:{'|'.join(TITLE_LABELS)}){_LABEL_GAP}")
# "Emne: Godkendelse af dagsorden" (or "Emne<TAB>…", the label in a cell of its own) under a
# bare "Sag nr. 2" or "Dagsordenspunkt 51": the case's subject, labelled as a case system prints
# it. Elsewhere "Emne:" is a point's metadata (a KLE subject beside a titled heading) or a mail's
# subject line, so it names the title only under a heading that has none.
_SUBJECT_LABEL_RE = re.compile(rf"^(?:{'|'.join(SUBJECT_LABELS)}){_LABEL_GAP}", re.I)
# Either label in a cell of its own (a TAB or a column's run of spaces after it, no colon).
_LABEL_CELL_RE = re.compile(
    rf"^(?:{'|'.join((*TITLE_LABELS, *SUBJECT_LABELS))})(?:\t[ \t]*|[ ]{{3,}})(?=\S)", re.I
)
_FIGURE_CAPTION_RE = re.compile(r"^Figur\s+\d+\s*[-–—:]\s*\S")
_MD_HEADING_RE = re.compile(r"^\s*#{1,6}\s+")
_MD_ITALIC_RE = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")
_MD_BULLET_RE = re.compile(r"^(\s*)\*\s+")
_HTML_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
# Word bullets that lost their glyph on export: " - o " was a circle (a sub-bullet), "- ? " a
# symbol-font bullet, "· " a middle dot.
_SUB_BULLET_RE = re.compile(r"^\s*-\s+o\s+")
_LOST_GLYPH_BULLET_RE = re.compile(r"^(\s*)-\s+\?\s+")
_DOT_BULLET_RE = re.compile(r"^(\s*)[·•▪\uf0b7]\s+")
_TERMINAL_PUNCTUATION = ".!?:;"


def parse_file(path: Path, *, board: str | None = None, municipality: str | None = None) -> Meeting:
    """Read and parse one minutes file.

    Args:
        path: The file to read (see ``indexer.read.read_text`` for the formats).
        board: The board to use when neither the file nor its folder name gives one.
        municipality: Put into the meeting id when given ("hoeje-taastrup-byraadet-...").
            Without it the municipality is the one the file's letterhead or header names.

    Returns:
        The meeting, with ``source_path`` set to ``str(path)``.

    Raises:
        ParseError: The file cannot be decoded or has no usable structure.
        OSError: The file cannot be opened.
    """
    data = path.read_bytes()
    return parse_text(
        decode_text(data, path),
        str(path),
        board=board,
        municipality=municipality,
        letterhead=decode_letterhead(data, path),
    )


# Group headings of minutes that sort their points by access: "LUKKEDE PUNKTER", "Lukkede
# sager", "Lukket del", "Ikke offentlig del", "Dagsorden - lukket del", "Punkter på lukket
# møde", "Part 2 - exempt items"; "ÅBNE PUNKTER", "Offentlig del" end such a group. A status
# alone ("Lukket", "Fortroligt") is a point's own; with a noun of a group or after a lead word
# it heads the points below.
def _words_re(words: Sequence[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", "[ \t]{1,3}") for w in ordered)


def _group_re(status_words: Sequence[str], extra: str) -> re.Pattern[str]:
    status, noun, lead = (_words_re(w) for w in (status_words, GROUP_NOUNS, GROUP_LEADS))
    return re.compile(
        rf"^(?:(?:{lead})[ \t]{{0,3}}(?:[-–—:,][ \t]{{0,3}}|[ \t](?:på|til|for|i|in)[ \t]{{1,3}})"
        rf"(?:{status})(?:[ \t]{{1,3}}(?:{noun}))?"
        # "Part 2 - exempt items", "Part B: closed session" (English councils number the parts).
        rf"|(?:part[ \t]{{1,3}}(?:\d|i{{1,2}}|[ab])[ \t]{{0,3}}[-–—:][ \t]{{0,3}})?"
        rf"(?:{status})[ \t]{{1,3}}(?:{noun})"
        # "Part II - Confidential", "Part B: exempt": the part's number says it is a part of the
        # meeting; its status alone names it.
        rf"|part[ \t]{{1,3}}(?:\d|i{{1,2}}|[ab])[ \t]{{0,3}}[-–—:][ \t]{{0,3}}(?:{status}))"
        # "Lukket del af mødet".
        r"(?:[ \t]{1,3}af[ \t]{1,3}(?:mødet|dagsordenen))?[ \t]{0,3}[:.]?$" + extra,
        re.IGNORECASE,
    )


_CLOSED_GROUP_RE = _group_re(
    CLOSED_GROUP_WORDS,
    # "Følgende punkter behandledes for lukkede døre:", "Punkter behandlet på lukket møde:",
    # "Punkter for lukkede døre".
    r"|^(?:følgende|de følgende)?[ \t]{0,3}(?:punkter|sager|dagsordenspunkter)[ \t]{1,3}"
    r"(?:(?:behandle(?:de)?s|blev[ \t]{1,3}behandlet|behandlet)[ \t]{1,3})?"
    r"(?:for[ \t]{1,3}lukkede[ \t]{1,3}døre|på[ \t]{1,3}(?:et[ \t]{1,3})?lukket[ \t]{1,3}møde)"
    r"[ \t]{0,3}[:.]?$"
    # "Derefter behandledes for lukkede døre:", "Herefter fortsattes mødet for lukkede døre.": an
    # old protocol's line between two points, no subject named, that turns the rest of the
    # meeting closed (down to a line that opens the doors again). Its words are the plural
    # lead's without "punkter" (the points below are the subject).
    r"|^(?:derefter|herefter|dernæst|endelig|så)[ \t]{1,3}"
    r"(?:behandle(?:de)?s|blev[ \t]{1,3}behandlet|fortsatte(?:s[ \t]{1,3}mødet)?)[ \t]{1,3}"
    r"(?:for[ \t]{1,3}lukkede[ \t]{1,3}døre|på[ \t]{1,3}(?:et[ \t]{1,3})?lukket[ \t]{1,3}møde)"
    r"[ \t]{0,3}[:.]?$"
    # "LUKKET REFERAT", "Fortrolig protokol - kun til udvalgets medlemmer": the banner over the
    # closed minutes an export sets after the open ones (the closed points written again in
    # full), alone or with a short note of who may read it after a dash.
    r"|^(?:lukket|lukkede|fortrolig|fortroligt|fortrolige)[ \t]{1,3}(?:referat|protokol)"
    r"(?:[ \t]{1,3}[-–—|][ \t]{1,3}[^.!?:;]{0,80})?[.:]?$",
)
# "Mødet atter åbent", "Open session resumed": the doors open again after a closed part.
_OPEN_GROUP_RE = _group_re(OPEN_GROUP_WORDS, rf"|^{REOPENED_PATTERN}[ \t]{{0,3}}[:.!]?$")


def parse_text(
    text: str,
    source_path: str,
    *,
    board: str | None = None,
    municipality: str | None = None,
    letterhead: Sequence[str] = (),
) -> Meeting:
    """Find the header facts, agenda points and sections of one set of minutes.

    Args:
        text: The decoded minutes, as ``read_text`` returns them. All spans index into it.
        source_path: Where the text came from; stored, used in messages, and its folder name
            is a fallback for the board.
        board: The board when neither the header, the decisions nor the folder name give one.
        municipality: Added to the meeting id when given. Without it, ``Meeting.municipality``
            is the one the letterhead or the header names (``indexer.issuer``), or None.
        letterhead: The lines the file prints around its text (``decode_letterhead``): a page
            header, a web page's title, read for the municipality only.

    Returns:
        The meeting. Closed (``Lukket``) points carry no sections; a punkt number used twice is
        renumbered after the highest and named in ``Meeting.warnings``.

    Raises:
        ParseError: No meeting date, no agenda points, or no board; ``part`` and ``line`` say
            where reading stopped.
    """
    text = _legend_marks(_marked_closed(text))
    lines = _split_lines(text)
    headings = _with_closed_headings(lines, _find_points(lines))
    header = lines[: headings[0][0]] if headings else lines
    meeting_date, date_line, date_note = _meeting_date(header, source_path)
    labels = _labels(header)
    # Who came besides the members ("Desuden deltog: …") came too.
    present = ", ".join(v for v in (labels.get("Mødedeltagere"), labels.get("Desuden")) if v)
    attendees = _with_chair(
        _attendance_table(header) or _attendees(present, labels.get("Afbud", "")), labels
    )
    if not headings:
        last = max((i for i, line in enumerate(lines) if not line.blank), default=0)
        raise ParseError(
            f"no agenda points found in {source_path}: no line reads as a point heading "
            "('Punkt 1: ...', '1. Title', 'Pkt. 1 ...' or a title above 'Sagsfremstilling')",
            part="points",
            line=last + 1,
        )

    # A web page's footer (the municipality's address, its links) ends the last point's text.
    bounds = [i for i, _ in headings] + [
        _closing_block(
            lines,
            headings[-1],
            _meeting_closed(lines, headings[-1][0] + 1, _site_footer(lines, headings[-1][0] + 1)),
        )
    ]
    # The 2023 export repeats "Afbud <name>" after every punkt: an attendance footer, not content.
    footers = {fold(f"Afbud {a.name}") for a in attendees if a.absent}
    points: list[AgendaPoint] = []
    warnings: list[str] = [date_note] if date_note else []
    seen: set[int] = set()
    # "Punkt 3a" between 3 and 4: numbered after the highest point, its label kept.
    top = max(h.number for _, h in headings)
    in_closed_group = _closed_groups(lines, [i for i, _ in headings])
    closed_entries = _closed_in_contents(header)
    listed = _contents_titles(header)
    badges = _badges(lines, [i for i, _ in headings])
    # A badge above a heading belongs to the point below it, not to the body above; so does the
    # mark that opens a closed part of the meeting.
    sessions = _session_marks(lines, [i for i, _ in headings])
    # ("Følgende sag behandledes for lukkede døre:" right above one point: that point's own.)
    leads = _closed_leads(lines, [i for i, _ in headings])
    sessions = {**leads, **sessions}
    *tops, end = bounds
    bounds = [badges[i][0] if i in badges else sessions.get(i, i) for i in tops] + [end]
    colon = _colon_sections(lines)
    cases_last = _cases_last(lines, headings, bounds, footers)
    cases_above = _cases_above(lines, [i for i, _ in headings], bounds, footers)
    # A case number above a heading belongs to the point below it, not to the body above.
    bounds = [
        cases_above.get(f, b) for f, b in zip([i for i, _ in headings], bounds[:-1], strict=True)
    ] + bounds[-1:]
    # "Dagsordenen godkendt, idet pkt. 36 behandles for lukkede døre": closed by another's text.
    named_closed = _closed_elsewhere(lines, headings, bounds)
    matters = _documents_name_matters(lines, [i for i, _ in headings], bounds)
    prev_first, prev_head = 0, headings[0][1]
    spans: list[tuple[int, int, tuple[Any, ...]]] = []  # each point's lines and _point's args
    for (first, head), stop in zip(headings, bounds[1:], strict=True):
        closed = (
            in_closed_group(first)
            or _entry_closed(closed_entries, head)
            or (first in badges and badges[first][1])
            or first in leads
            or head.number in named_closed
        )
        above = case_number(lines[cases_above[first]].raw) if first in cases_above else None
        args = (
            head,
            footers,
            meeting_date,
            closed,
            colon,
            listed.get(head.number, ""),
            cases_last.get(first),
            above,
            matters,
        )
        point = _point(lines[first:stop], *args)
        if _repeats_closed(point, points, seen):
            # An appendix after the points that gives closed points again in full ("Bilag A –
            # Lukkede punkter" over "Punkt 5 – Lukket punkt: …"): the same point, never a new
            # one, and its body as confidential as the first time. A numberless closed heading
            # right above with nothing under it heads the appendix and goes with it.
            text = _redact_closed(
                text, lines[first:stop], replace(point, end=lines[first].content_end)
            )
            if points and _appendix_head(points[-1], lines[prev_first:first], prev_head):
                points.pop()
                spans.pop()
            continue
        prev_first, prev_head = first, head
        if _lettered(head) and point.number in seen:
            top = max(top, *seen) + 1
            point = replace(point, number=top)
        elif point.number in seen:
            # After every number the file uses, so the points after it keep their own numbers
            # (taking the next number would push each later point on by one).
            top = max(top, *seen) + 1
            number = top
            warnings.append(
                f"punkt {point.number} appears twice (line {first + 1}); the second is stored "
                f"as punkt {number}"
            )
            point = replace(point, number=number, label=point.label or str(point.number))
        seen.add(point.number)
        points.append(point)
        spans.append((first, stop, args))
        if point.closed:
            text = _redact_closed(text, lines[first:stop], point)

    points, text = _swallowed_closed(lines, text, points, spans)
    points = _cases_from_contents(header, points)
    board_name, board_source = _board(header, points, labels, source_path, board)
    if board_name is None:
        raise ParseError(
            f"no board in {source_path}: neither the header, the decision lines nor the file "
            "or folder name name one (give it with --board)",
            part="header",
            line=date_line + 1,
        )
    if board_source not in ("header", "label"):
        warnings.append(f"board {board_name!r} taken from the {board_source}")
    else:
        board_name = _case_as_written(_with_danish_letters(board_name, header), header, text)
        board_name = _institution_as_named(board_name, header, text)
        if board_source == "header":
            # A title's "Vestmose Byråd" under "VESTMOSE KOMMUNE" is the municipality's council
            # named in prose; a metadata field's value is the name the archive itself gives the
            # board ("udvalg: Søholm Byråd"), kept with its place.
            board_name = _without_municipality(board_name, header)
            board_name = _council_as_named(board_name, header)
        board_name = _council_in_modern_spelling(board_name)
    # The line that closes the meeting below the points ("Mødet hævet kl. 21.45."): see _kind.
    ended = any(_ends_meeting(demark(line.raw)) for line in lines[headings[0][0] :])
    kind = _kind(header, points, ended)
    return Meeting(
        meeting_id=make_meeting_id(
            slugify(board_name), meeting_date, slugify(municipality) if municipality else ""
        ),
        board=board_name,
        date=meeting_date,
        start_time=_start_time(labels, lines[date_line].raw)
        or _time_beside_date(header, meeting_date),
        location=labels.get("Mødested") or None,
        attendees=attendees,
        toc=_toc(header),
        points=tuple(points),
        source_path=source_path,
        text=text,
        kind=kind,
        # Not in the meeting id, unlike one given: the agenda and the minutes of one meeting
        # share an id, and one of them may name its municipality where the other does not.
        municipality=municipality
        or issuer(
            letterhead,
            (line.raw for line in header),
            [
                *(line.raw for line in lines[_site_footer(lines, headings[-1][0] + 1) :]),
                *_sender_signature(lines, headings[-1][0] + 1),
            ],
        ),
        warnings=tuple(warnings),
    )


# A legend that says what a mark after a point's title means: "* Lukket punkt", "*) = lukket
# punkt", "Punkter markeret med * behandles for lukkede døre".
_CLOSED_LEGEND_RE = re.compile(
    r"^[ \t]*(?:(?P<mark>\*\)|\(\*\)|\*|†)[ \t]*(?:=[ \t]*)?"
    r"|punkter[ \t]{1,3}(?:markeret|mærket)[ \t]{1,3}med[ \t]{1,3}(?P<mark2>\*\)|\(\*\)|\*|†)"
    r"[ \t]{1,3}(?:er[ \t]{1,3}|behandles[ \t]{1,3})?)"
    r"(?:(?:lukket|lukkede)(?:[ \t]{1,3}(?:punkt|punkter|sag|sager))?|fortrolige?|fortroligt"
    r"|for[ \t]{1,3}lukkede[ \t]{1,3}døre|ikke[ \t-]offentlige?)[ \t]*\.?[ \t]*$",
    re.IGNORECASE,
)


def _marked_closed(text: str) -> str:
    """Minutes that mark their closed points with a sign after the title and say so in a
    legend ("5. Personsag*" … "* Lukket punkt"): the marked headings read "Title (Lukket)", the
    form the parser reads as closed, and the legend line is blanked (it is no status of the
    point above it). Only where a point heading carries the mark; the text keeps its length
    elsewhere, so spans stay true to it."""
    if "*" not in text and "†" not in text:
        return text
    lines = text.split("\n")
    legends = {
        k: m["mark"] or m["mark2"]
        for k, line in enumerate(lines)
        if (m := _CLOSED_LEGEND_RE.match(line))
    }
    marks = set(legends.values())
    marked = {
        k: mark
        for k, line in enumerate(lines)
        for mark in marks
        if k not in legends
        and (body := line.rstrip()).endswith(mark)
        and not body.endswith("*" + mark)
        and not line.lstrip().startswith("*")
        and (found := point_heading(body[: -len(mark)])) is not None
        and found.title
    }
    if not marked:
        return text
    for k, mark in marked.items():
        lines[k] = lines[k].rstrip()[: -len(mark)].rstrip() + " (Lukket)"
    for k in legends:
        lines[k] = ""
    return "\n".join(lines)


# One entry of a legend of status marks: a mark of one to three letters in brackets, then what
# it means ("(U) undtaget offentlighed", "[Å] = åbent punkt"), up to the next entry or a
# separator between entries.
_LEGEND_ENTRY_RE = re.compile(
    r"[(\[](?P<mark>[^\W\d_]{1,3})[)\]][ \t]{0,3}(?:[=:][ \t]{0,3})?"
    r"(?P<words>[^()\[\]–—,;|=:]{1,60}?)[ \t]{0,3}(?=$|[–—,;|]|[ \t]-[ \t]|[(\[])"
)
_LEGEND_LABEL_RE = re.compile(
    rf"^(?i:{'|'.join(sorted(LEGEND_LABELS, key=len, reverse=True))})[ \t]{{0,3}}:[ \t]{{0,3}}"
)
# What is left of a legend line between its entries: separators alone.
_LEGEND_GAP_RE = re.compile(r"^[ \t–—,;|.-]*$")


def _legend_entries(line: str) -> dict[str, str]:
    """The marks a legend line defines, each with its words ("Tegnforklaring: (Ø) åbent punkt –
    (U) undtaget offentlighed" -> {"Ø": "åbent punkt", "U": "undtaget offentlighed"}); empty for
    any other line. The line holds the entries alone, after a legend's label or, without one,
    two entries at least (one bracketed word and its words may be any sentence's)."""
    text = demark(line).strip()
    label = _LEGEND_LABEL_RE.match(text)
    body = text[label.end() :] if label else text
    entries = list(_LEGEND_ENTRY_RE.finditer(body))
    gaps = [body[a.end() : b.start()] for a, b in zip(entries, entries[1:], strict=False)]
    if (
        not entries
        or (label is None and len(entries) < 2)
        or body[: entries[0].start()].strip()
        or not all(_LEGEND_GAP_RE.match(g) for g in [*gaps, body[entries[-1].end() :]])
    ):
        return {}
    return {e["mark"]: e["words"].strip() for e in entries}


# A legend's words that name a kind of point by what the meeting is to do with it
# ("beslutningssag", "orienteringspunkt", "til drøftelse", "decision item"): folded.
_PURPOSE_KIND_RE = re.compile(
    rf"(?:(?:til|for)[ ])?(?:{'|'.join(AGENDA_PURPOSES)})"
    rf"(?:s?(?:{'|'.join(AGENDA_PURPOSE_NOUNS)})|[ ](?:{'|'.join(AGENDA_PURPOSE_NOUNS)}))?"
)


def _legend_statuses(line: str) -> dict[str, bool]:
    """The status marks a legend line defines, each with whether it closes ("Tegnforklaring: (Ø)
    åbent punkt – (U) undtaget offentlighed" -> {"Ø": False, "U": True}); empty for any other
    line. A mark whose words are no status (an agenda's "(B) beslutningspunkt") is not a
    status to map (see ``_legend_kinds``)."""
    said = {mark: status_line(words) for mark, words in _legend_entries(line).items()}
    return {mark: closed for mark, closed in said.items() if closed is not None}


def _legend_kinds(line: str) -> frozenset[str]:
    """The marks a legend line gives as the point's kind, no status ("Sagstyper: (B) =
    beslutningssag, (O) = orienteringssag" -> {"B", "O"}): what the meeting is to do with the
    point, an agenda's note beside its number, never its title nor who may read it."""
    return frozenset(
        mark
        for mark, words in _legend_entries(line).items()
        if _PURPOSE_KIND_RE.fullmatch(" ".join(fold(words).split()))
    )


def _legend_marks(text: str) -> str:
    """Minutes that mark each point's status with a letter of their own and say what it means
    in a legend ("Tegnforklaring: (Ø) åbent punkt – (U) undtaget offentlighed" above "112. (Ø)
    Title" … "115. (U) Title"): the marks on the point headings read as the statuses the legend
    gives them ("(Åben)", "(Lukket)"), the forms the parser reads, and the legend line is
    blanked (it is no point's status). A mark the legend gives as the point's kind ("(B) =
    beslutningssag" above "12 (B)<TAB>Title") is dropped from the heading: it is no title's
    word, and left there it hides the heading. Only a mark right after a heading's number or
    last on the line, and only where the line then reads as a point heading with a title: the
    same letters in brackets elsewhere ("bilag (U)") keep their place. Closing is the legend's
    word, never a guess: a mark it does not define stays as written, and a kind never closes."""
    if "(" not in text and "[" not in text:
        return text
    lines = text.split("\n")
    statuses: dict[str, bool | None] = {}
    legends: list[int] = []
    for k, line in enumerate(lines):
        found: dict[str, bool | None] = dict.fromkeys(_legend_kinds(line))
        found.update(_legend_statuses(line))
        if found:
            legends.append(k)
            statuses.update(found)
    if not legends:
        return text
    marks = "|".join(re.escape(m) for m in sorted(statuses, key=len, reverse=True))
    after_number = re.compile(
        rf"^(?P<lead>[^\n]{{0,24}}?\d{{1,4}}[^\w(\[]{{0,4}})[(\[](?P<mark>{marks})[)\]](?=[ \t])"
    )
    at_end = re.compile(rf"[ \t][(\[](?P<mark>{marks})[)\]][ \t]*$")
    changed = False
    for k, line in enumerate(lines):
        if k in legends:
            continue
        for mark in (after_number.match(line), at_end.search(line)):
            if mark is None:
                continue
            closed = statuses[mark["mark"]]
            word = "" if closed is None else "(Lukket)" if closed else "(Åben)"
            start = mark.start("mark") - 1
            new = line[:start] + word + line[mark.end("mark") + 1 :]
            head = point_heading(new)
            if head is not None and head.title:
                lines[k], changed = new, True
                break
    if not changed:
        return text
    for k in legends:
        lines[k] = ""
    return "\n".join(lines)


def _swallowed_closed(
    lines: Sequence[_Line],
    text: str,
    points: list[AgendaPoint],
    spans: Sequence[tuple[int, int, tuple[Any, ...]]],
) -> tuple[list[AgendaPoint], str]:
    """The points with any closed point's body taken out of an open point that swallowed it.

    Where the reader misses the heading a closed point's body starts under (a layout it does
    not know), that body runs on in the open point above, and a confidential text would be
    searched and quoted. A line of an open point that repeats a closed point's title on its
    own is that point's own heading, whatever its form: from there to the next line that
    repeats an open point's title (or the open point's end) is blanked, in the point and in the
    stored text, and the open point is read again without it."""
    closed = {core for p in points if p.closed and (core := title_core(p.title))}
    if not closed:
        return points, text
    opened = {core for p in points if not p.closed and (core := title_core(p.title))}
    out: list[AgendaPoint] = []
    for point, (first, stop, args) in zip(points, spans, strict=True):
        own = title_core(point.title)
        cut: int | None = None
        blanked: list[tuple[int, int]] = []
        for m in range(first + 1, stop):
            raw = lines[m].raw
            if lines[m].blank or len(raw) > MAX_HEADING_CHARS:
                continue
            core = title_core(demark(raw))
            if cut is None and core in closed and core != own and not point.closed:
                cut = m
            elif cut is not None and core in opened:
                blanked.append((cut, m))
                cut = None
        if cut is not None:
            blanked.append((cut, stop))
        if not blanked:
            out.append(point)
            continue
        span = list(lines[first:stop])
        for a, b in blanked:
            text = _blanked(text, lines[a].start, lines[b - 1].end)
            for m in range(a, b):
                span[m - first] = _Line(lines[m].start, lines[m].end, " " * len(lines[m].raw))
        again = _point(span, *args)
        out.append(replace(again, number=point.number, label=point.label))
    return out, text


def _repeats_closed(point: AgendaPoint, points: Sequence[AgendaPoint], seen: set[int]) -> bool:
    """Whether a point gives again one read before, after the numbering has run past it: the
    same number and title, one of the two closed (an appendix of the closed points' full text;
    a point taken up twice in a meeting is open both times and stays two points)."""
    if point.number not in seen or point.number >= max(seen):
        return False
    core = title_core(point.title)
    return any(
        p.number == point.number and title_core(p.title) == core and (p.closed or point.closed)
        for p in points
    )


def _appendix_head(point: AgendaPoint, span: Sequence[_Line], head: PointHeading) -> bool:
    """Whether a point read is only the head of an appendix of repeated points: a closed
    heading with no number of its own ("Bilag A – Lukkede punkter (ikke offentligt)", numbered
    by the reader) and no line under it."""
    return (
        point.closed
        and not head.label
        and head.number == point.number
        and all(line.blank for line in span[1:])
    )


def _redact_closed(text: str, lines: Sequence[_Line], point: AgendaPoint) -> str:
    """Blank out whatever follows a closed point's heading and metadata in the stored text.

    A closed point is confidential: only its title and case number may be kept. Blanking (not
    cutting) keeps every other span valid.
    """
    keep_to = point.end  # the heading, title and metadata lines stay
    return _blanked(text, keep_to, lines[-1].end)


def _blanked(text: str, start: int, stop: int) -> str:
    """``text`` with every character of ``[start, stop)`` but its newlines made a blank:
    blanking (not cutting) keeps every other span valid."""
    if stop <= start:
        return text
    return text[:start] + re.sub(r"[^\n]", " ", text[start:stop]) + text[stop:]


def slugify(value: str) -> str:
    """Make a lowercase ASCII id part from a board name.

    Args:
        value: A name such as "Økonomiudvalget" or "Børne- og Ungeudvalget".

    Returns:
        The slug: æ -> ae, ø -> oe, å -> aa, other accents dropped, every run of anything else
        -> ``-`` ("oekonomiudvalget", "boerne-og-ungeudvalget").
    """
    value = value.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", value).strip("-")


# --- lines ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """One line of the text without its newline; ``start``/``end`` is its span in the text."""

    start: int
    end: int
    raw: str

    @property
    def blank(self) -> bool:
        # A rule line ("-----", "=====") frames or divides headings in plain-text exports: no
        # content, as a blank line is none (a heading framed by rules has its body below them).
        text = self.raw.strip()
        return not text or bool(_RULE_RE.match(text))

    @property
    def content_start(self) -> int:
        return self.start + len(self.raw) - len(self.raw.lstrip())

    @property
    def content_end(self) -> int:
        return self.start + len(self.raw.rstrip())


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


_LIST_BULLET_RE = re.compile(r"^[-–•·*▪][ \t]{1,3}")
# "Birthe Wulff under punkt 3 og 4": for which points someone came, a note on the name.
_FOR_POINTS_RE = re.compile(
    r"(?<=[ \t])(?:under|ved|til|for)[ \t]{1,3}(?:punkterne|punkt|pkt\.?)[ \t]{0,3}\d{1,3}[a-z]?"
    r"(?:[ \t]{0,3}(?:,|og|-|–)[ \t]{0,3}\d{1,3}[a-z]?){0,20}",
    re.IGNORECASE,
)


def _attendance_table(header: Sequence[_Line]) -> tuple[Attendee, ...]:
    """The members in a table of attendance above the points (a web or Word table, a Markdown
    table: "Navn | Parti | Fremmøde" and a row a member), each absent when the presence cell
    says no ("Nej", "Afbud") and with the row's other cells as the role; empty without one. A
    table says more than a list: read as a list, its rows were names ("Kaj Fromm Spejderne
    Ja")."""
    for i, line in enumerate(header):
        if "\t" not in line.raw:
            continue
        columns = [fold(c).rstrip(".:") for c in table_cells(line.raw)]
        name_at = next((k for k, c in enumerate(columns) if c in ATTENDANCE_NAME_COLUMNS), None)
        came_at = next((k for k, c in enumerate(columns) if c in ATTENDANCE_PRESENCE_COLUMNS), None)
        if name_at is None or came_at is None:
            continue
        attendees: list[Attendee] = []
        for row in header[i + 1 :]:
            if row.blank:
                continue
            cells = [c.strip() for c in row.raw.strip().split("\t")]
            if len(cells) != len(columns) or not cells[name_at][:1].isupper():
                break
            others = [c for k, c in enumerate(cells) if k not in (name_at, came_at) and c]
            attendees.append(
                Attendee(
                    name=cells[name_at],
                    absent=fold(cells[came_at]).rstrip(".") in ABSENT_ANSWERS,
                    role=", ".join(others) or None,
                )
            )
        if attendees:
            return tuple(attendees)
    return ()


def _attendees(value: str, absent_value: str = "") -> tuple[Attendee, ...]:
    attendees: list[Attendee] = []
    value = _FOR_POINTS_RE.sub(lambda m: f"({m[0]})", value)
    for part in _split_names(value):
        # ("Else Dam (formand), Poul Krogh.": a list may end as a sentence does; "- Ib Friis":
        # a list's bullet is no part of the name.)
        name = _LIST_BULLET_RE.sub("", " ".join(part.split())).removesuffix(".")
        absent = False
        role: str | None = None
        while found := _paren_suffix(name):
            name, note = found
            if note.casefold() == "afbud":
                absent = True
            elif note:
                role = note
        if attendees and _role_words(name):
            # "Aase Mølgaard (DH), formand": the role of the name before it.
            attendees[-1] = _with_role(attendees[-1], name, role)
            continue
        if noted := _noted_name(name):
            name, note = noted
            role = _join_roles(role, note) if role else note
        if staff := _staff_title(name):
            # "Direktør Ole Berg", "afdelingschef Mette Lind": the post, then the name.
            name, post = staff
            role = _join_roles(role, post) if role else post
        if name and not name[:1].isdigit():
            # ("… Nina Brix og 38 andre": a count of others is no name.)
            attendees.append(Attendee(name=name, absent=absent, role=role))
    # "Afbud: Kis Bo og Ole Vind": each name sent apologies; one the list of members names too
    # ("Deltagere: … Tove Hald (O) …" / "Afbud: Tove Hald (O)") was away.
    listed = {a.name: k for k, a in enumerate(attendees)}
    for part in _split_names(absent_value):
        name = _LIST_BULLET_RE.sub("", " ".join(part.split())).rstrip(".")
        if (dash := _NOTE_DASH_RE.search(name)) is not None:
            # "Karsten Egelund (C) - afbud. Stedfortræder ikke indkaldt": a note after a dash.
            name = name[: dash.start()]
        role = None
        if found := _paren_suffix(name):
            name, role = found[0], found[1] or None
        if fold(name).split(" ")[0].rstrip(".,") in ("ingen", "none"):
            break  # "Afbud: Ingen. Mødet hævet kl. 22.15"
        if attendees and attendees[-1].absent and _role_words(name):
            attendees[-1] = _with_role(attendees[-1], name, role)  # "Per Dam, suppleant"
        elif (noted := _noted_name(name)) and _stand_in(noted[1]):
            # "Afbud: Tove Hald (O), stedfortræder Jan Ulstrup (O) deltog": who came instead.
            name, note = noted
            if name not in listed:
                listed[name] = len(attendees)
                attendees.append(Attendee(name=name, absent=False, role=_join_roles(role, note)))
        elif name in listed:
            at = listed[name]
            attendees[at] = replace(attendees[at], absent=True)
        elif name and fold(name) not in _NOBODY:
            listed[name] = len(attendees)
            attendees.append(Attendee(name=name, absent=True, role=role))
    return tuple(attendees)


# A dash, then a note in lower case after a name ("Ib Holm (C) - afbud", "Eva Bo – syg").
_NOTE_DASH_RE = re.compile(r"[ \t][-–—][ \t]{1,3}(?=[a-zæøå])")


def _staff_title(name: str) -> tuple[str, str] | None:
    """ "Direktør Ole Berg" -> ("Ole Berg", "direktør"): a post named before a name of two
    capitalised words at least; None for any other name."""
    first, _, rest = name.partition(" ")
    words = rest.split()
    if (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and first.casefold().endswith(STAFF_TITLE_ENDINGS)
    ):
        return rest, first.casefold()
    return None


def _stand_in(role: str) -> bool:
    """Whether a role names one who sat in for a member ("O, stedfortræder", "suppleant for
    Kis Bo")."""
    return any(fold(w).strip(".,") in STAND_IN_ROLES for w in role.split())


def _with_chair(attendees: tuple[Attendee, ...], labels: dict[str, str]) -> tuple[Attendee, ...]:
    """The attendees with whoever chaired ("Ordstyrer: Ann Lee", "Chair: Ann Lee"): that role
    beside the name where the list names them, else one more attendee (the chair was there)."""
    for fact, role in (("Ordstyrer", "ordstyrer"), ("Chair", "chair")):
        value = labels.get(fact, "")
        name = " ".join(_split_names(value)[0].split()).removesuffix(".")
        note = None
        if found := _paren_suffix(name):
            name, note = found[0], found[1] or None
        if not name or fold(name) in _NOBODY or not name[:1].isupper():
            continue
        at = next((k for k, a in enumerate(attendees) if a.name == name), None)
        if at is None:
            attendees = (
                *attendees,
                Attendee(name=name, absent=False, role=_join_roles(note, role)),
            )
        elif not attendees[at].absent and role not in fold(attendees[at].role or ""):
            listed = attendees[at]
            attendees = (
                *attendees[:at],
                replace(listed, role=_join_roles(listed.role, role)),
                *attendees[at + 1 :],
            )
    return attendees


def _join_roles(first: str | None, second: str) -> str:
    return f"{first}, {second}" if first else second


def _noted_name(part: str) -> tuple[str, str] | None:
    """The name and role of a note in a list of names: "stedfortræder Jan Ulstrup (O) deltog"
    -> ("Jan Ulstrup", "O, stedfortræder"), "Jan Ulstrup deltog som suppleant for Kis Bo" ->
    ("Jan Ulstrup", "suppleant for Kis Bo"), "Claus Lindqvist (V) formand" -> ("Claus
    Lindqvist", "V, formand"). A note is a name with role words before it and a sentence's
    lowercase words after it, a stand-in's role ("suppleant") before it, or lowercase words
    after it that name a role; None for anything else ("formand Jens Hansen" stays whole, as
    does "Eva Berg mødte kl. 19")."""
    words = part.split()
    first = next((k for k, w in enumerate(words) if w[:1].isupper()), None)
    if first is None:
        return None
    before = [fold(w).strip(".,:") for w in words[:first]]
    if any(w not in ATTENDEE_ROLES for w in before):
        return None
    stop = first
    while stop < len(words) and (words[stop][:1].isupper() or words[stop][:1] == "("):
        stop += 1
        if words[stop - 1][:1] == "(":
            break  # "(O)": the party after the name ends it
    tail = words[stop:]
    held = next((k for k, w in enumerate(tail) if fold(w).strip(".,") in ATTENDEE_ROLES), None)
    if tail and not tail[0][:1].islower():
        return None
    if not (before and (tail or before[0] in STAND_IN_ROLES)) and (before or held is None):
        return None
    name_words = words[first:stop]
    if any(w.endswith((".", ":")) for w in name_words[:-1]):
        return None  # "Villads. Fra kommunen: …": a sentence, not a name
    roles = []
    if name_words[-1].startswith("(") and name_words[-1].endswith(")") and len(name_words) > 1:
        roles.append(name_words.pop()[1:-1])
    if any(w.startswith("(") or not w[:1].isupper() for w in name_words):
        return None
    roles += [" ".join(words[:first])] if before else []
    # "… deltog som suppleant for Kis Bo": the role the sentence names, and for whom.
    if held is not None and not before:
        roles.append(" ".join(tail[held:]).rstrip("."))
    elif before and "for" in tail:
        whom = tail[tail.index("for") + 1 :]
        if whom and all(w[:1].isupper() for w in whom):
            roles[-1] += " for " + " ".join(whom).rstrip(".")  # "… deltog for Kis Bo"
    return " ".join(name_words), ", ".join(roles)


def _role_words(part: str) -> bool:
    """Whether a part of a list of names is a role, not a name: "formand", "næstformand",
    "sekretær for Ældrerådet" (a role word, alone or with what it is a role in). "formand Jens
    Hansen" names a person."""
    words = part.split()
    if not words or fold(words[0]).strip(".,:") not in ATTENDEE_ROLES:
        return False
    return len(words) == 1 or fold(words[1]) in _NAME_JOINS


def _with_role(attendee: Attendee, role: str, note: str | None) -> Attendee:
    """The attendee with one more role: "DH" and "formand" -> "DH, formand"."""
    role = f"{role} ({note})" if note else role
    return replace(attendee, role=f"{attendee.role}, {role}" if attendee.role else role)


# A list of names: commas (or semicolons), and "og" ("and") before the last (not inside a role
# in brackets).
# (A middle dot or a bullet between names too: "Jakob Ravn (Ø) · Frederik Toft (V)".)
_AND_RE = re.compile(r"[,;·•]|[ \t](?:og|and)[ \t]")


def _split_names(value: str) -> list[str]:
    """The parts of a list of names, cut at each separator outside brackets. Counted as it goes,
    not looked ahead for: a lookahead to the next bracket made a long list quadratic."""
    parts: list[str] = []
    start = depth_from = depth = 0
    for m in _AND_RE.finditer(value):
        gap = value[depth_from : m.start()]
        depth = max(0, depth + gap.count("(") - gap.count(")"))
        depth_from = m.start()
        if depth == 0:
            parts.append(value[start : m.start()])
            start = m.end()
    parts.append(value[start:])
    return parts


def _paren_suffix(name: str) -> tuple[str, str] | None:
    """ "Anya Krogh (Afbud)" -> ("Anya Krogh", "Afbud"); read with str methods, not a pattern
    whose leading whitespace run would backtrack over a long line."""
    if not name.endswith(")"):
        return None
    opening = name.rfind("(")
    if opening < 0 or ")" in name[opening + 1 : -1]:
        return None
    return name[:opening].strip(), " ".join(name[opening + 1 : -1].split())


# --- header ----------------------------------------------------------------------------------


# The header of an e-mail the minutes came in ("Sendt: 26. april 2021"): when it was sent, not
# when the board met.
_MAIL_HEADER_RE = re.compile(r"^(?:Fra|Sendt|Til|Cc|Bcc|From|Sent|To|Subject|Date):[ \t]", re.I)
# The line a mail program writes above a forwarded or quoted mail's header.
_FORWARD_RE = re.compile(
    r"^-{2,}[ \t]*(?:" + "|".join(FORWARD_MARKS) + r")[ \t]*-{2,}$", re.IGNORECASE
)


def _navigation(text: str) -> bool:
    """A web page's menu or breadcrumb line ("Menu", "Om kommunen", "›"): a few words that name
    no kind of minutes, no date and no board."""
    words = text.split()
    if len(words) > 3 or _kind_word(text) or date_in(text) or any(c.isdigit() for c in text):
        return False
    return not _names_a_board(text)


def _mail_lines(header: Sequence[_Line]) -> set[int]:
    """The lines of an e-mail header that opens the file ("Fra: …", "Sendt: 26. april 2021"):
    when the minutes were sent, and by whom, not the meeting's date or board. Further down, the
    header of a mail forwarded or quoted in the letter above the minutes too, and the line that
    introduces a quoted mail ("Den 10. mar. 2020 kl. 18.05 skrev …:")."""
    first = next((i for i, line in enumerate(header) if not line.blank), None)
    out: set[int] = set()
    if first is not None and _FORWARD_RE.match(header[first].raw.strip()):
        # "---------- Videresendt besked ---------" above the forwarded mail's header.
        out.add(first)
        first = next((i for i in range(first + 1, len(header)) if not header[i].blank), None)
    if first is not None and _MAIL_HEADER_RE.match(demark(header[first].raw)):
        out.update(_mail_block(header, first))
    for i, line in enumerate(header):
        if i in out or line.blank:
            continue
        raw = line.raw.strip()
        if _FORWARD_RE.match(raw) or _FORWARD_RE.match(demark(raw).strip()):
            # "-----Oprindelig meddelelse-----" in a letter that forwards the minutes: the lines
            # under it are the header of the mail forwarded, whenever it was written (a mail
            # program's mark, not a form of any board's minutes).
            out.add(i)
            below = next((k for k in range(i + 1, len(header)) if not header[k].blank), None)
            if below is not None and _MAIL_HEADER_RE.match(demark(header[below].raw)):
                out.update(_mail_block(header, below))
        elif _quote_attribution(demark(raw)):
            out.add(i)
    return out


def _mail_block(header: Sequence[_Line], first: int) -> set[int]:
    """The lines of a mail header from line ``first`` to the blank line that ends it."""
    out: set[int] = set()
    for i in range(first, len(header)):
        if header[i].blank:
            break
        out.add(i)
    return out


def _quote_attribution(text: str) -> bool:
    """Whether a line introduces a quoted mail: a date, then the verb and who wrote, ending in a
    colon ("Den tir. 10. mar. 2020 kl. 18.05 skrev Sekretariatet <sek@kommune.dk>:", "On 10 Mar
    2020, at 18:05, Ann Berg <ab@example.org> wrote:"). Its date is when that mail was sent."""
    text = " ".join(text.split())
    if not text.endswith(":") or (found := find_date(text)) is None:
        return False
    return any(
        word.strip(",.") in QUOTE_ATTRIBUTION_VERBS
        for word in text[found[2] :].casefold().split()[:8]
    )


def _mail_subject(header: Sequence[_Line]) -> str | None:
    """The subject of an e-mail header that opens the file ("Emne: …", "Subject: …")."""
    for i in sorted(_mail_lines(header)):
        m = _MAIL_SUBJECT_RE.match(demark(header[i].raw))
        if m is not None:
            return m["subject"]
    return None


# A reply's or a forward's marks before a mail's subject ("SV: VS: Dagsorden …").
_REPLY_MARKS_RE = re.compile(
    rf"^(?:(?:{'|'.join(MAIL_REPLY_MARKS)})[ \t]{{0,3}}:[ \t]{{0,3}}){{1,3}}(?=\S)", re.IGNORECASE
)
_MAIL_SUBJECT_RE = re.compile(
    r"^(?:emne|subject)[ \t]{0,3}:[ \t]{0,3}"
    # ("Emne: SV: Dagsorden …": a reply's or a forward's marks before the subject.)
    rf"(?:(?:{'|'.join(MAIL_REPLY_MARKS)})[ \t]{{0,3}}:[ \t]{{0,3}}){{0,3}}(?P<subject>\S.*)$",
    re.IGNORECASE,
)


def _salutation(text: str) -> bool:
    """Whether a line greets the readers of a letter or an e-mail ("Kære alle i
    skolebestyrelsen", "Hej bestyrelse", "Dear members of the Council"): whom it is written to,
    never a title, so never the board's name or the meeting's date."""
    first = text.strip().split(" ", 1)[0].strip(",!:").casefold()
    return first in SALUTATIONS


def _title_lines(header: Sequence[_Line], *, past_menus: bool = False) -> list[tuple[int, str]]:
    """The first few non-blank header lines, demarked, with their indexes; an opening e-mail
    header left out, and with ``past_menus`` a web page's menu lines too."""
    out: list[tuple[int, str]] = []
    mail = _mail_lines(header)
    for i, line in enumerate(header):
        if line.blank or i in mail:
            continue
        text = demark(line.raw)
        if (past_menus and _navigation(text)) or _salutation(text):
            continue
        out.append((i, text))
        if len(out) == 8:
            break
    return out


def _kind_word(text: str) -> str | None:
    """The kind a line names, as a whole word: "Dagsordener og referater" (a breadcrumb of a
    municipal site) names none."""
    folded = text.casefold()
    for word in _KIND_WORDS:
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not folded[at - 1].isalpha()) and not folded[end : end + 1].isalpha():
                return word
            at = folded.find(word, end)
    return None


def _meeting_date(header: Sequence[_Line], source_path: str) -> tuple[date, int, str]:
    """The meeting date, the header line it came from, and a warning when its year was not
    written beside it ("Møde d. 3/9": the year from another header line or the file name).

    The title line ("REFERAT Direktionen d. 02-03-2021", "Referat (29. august 2017)") first,
    then a date label (Mødedato, Dato, Starttidspunkt), then the first header line with a date.
    """
    titles = _title_lines(header)
    # Below the head of the agenda's list ("Dagsorden" after the title) come its entries, no
    # title: "Godkendelse af dagsorden og protokol fra mødet den 29. marts 2023" dates another
    # meeting.
    heads = [k for k, (_, text) in enumerate(titles) if k and fold(text) in _AGENDA_LIST_HEADS]
    titles = titles[: heads[0]] if heads else titles
    mail = _mail_lines(header)
    # A date with a four-digit year anywhere in the header first; a two-digit year ("Mødedato:
    # 14.11.13") only when there is none, in the same order. A line that dates the record
    # ("Referatet er udsendt den …") only when no other line gives a date.
    record: tuple[date, int, str] | None = None
    listed = _other_meetings(titles)
    for read in (date_in, short_date_in):
        for i, text in titles:
            if (
                _kind_word(text)
                and i not in listed
                and not _record_dated(text)
                and (found := read(text))
            ):
                return found, i, ""
        for i, line in enumerate(header):
            m = _LABEL_RE.match(demark(line.raw))
            if (
                m
                and _LABEL_FACTS[m["label"].casefold()] == "Mødedato"
                and not _record_dated(demark(line.raw))
            ):
                value = _label_value(header, i, m["value"])
                if found := read(value):
                    return found, i, ""
        for i, line in enumerate(header):
            text = demark(line.raw)
            if fold(text) in _TOC_HEADINGS:
                break
            if (
                not line.blank
                and i not in mail
                and (found := read(text) or _wrapped_date(header, i))
            ):
                if not _record_dated(text) and not _dateline(text):
                    return found, i, ""
                record = record or (found, i, "")
    if record:
        return record
    for i, line in enumerate(header):
        # "R E F E R A T af møde onsdag den 2l. oktober l998": OCR of a typed header reads a
        # "1" as "l" or "I" and a "0" as "O" inside a number. Only when no line gives a date
        # as written, and only numbers that hold a digit beside those letters.
        text = demark(line.raw)
        if fold(text) in _TOC_HEADINGS:
            break
        ocr = _OCR_NUMBER_RE.sub(lambda m: m.group().translate(_OCR_NUMBER_DIGITS), text)
        if ocr != text and i not in mail and not _record_dated(text) and (found := date_in(ocr)):
            return found, i, ""
    for i, line in enumerate(header):
        # "Aar 1969 Onsdag den 12. Marts Kl. 19,30 afholdtes Møde …": an old protocol's formula
        # gives the year first, then the day and month (OCR'd numbers read as above).
        text = demark(line.raw)
        if fold(text) in _TOC_HEADINGS:
            break
        ocr = _OCR_NUMBER_RE.sub(lambda m: m.group().translate(_OCR_NUMBER_DIGITS), text)
        if i not in mail and (year_first := _YEAR_FIRST_RE.match(ocr)):
            rest = ocr[year_first.end() :]
            day_month = day_and_month(rest)
            if day_month and (found := _make_date(int(year_first["year"]), *day_month[1::-1])):
                return found, i, ""
    first = titles[0] if titles else (0, "")
    for i, text in titles:
        if found_day := day_and_month(text):
            day, month, written = found_day
            year = _year_beside(titles, source_path)
            if year and (found := _make_date(year[0], month, day)):
                return (
                    found,
                    i,
                    f"the date {written.strip()!r} has no year: {year[0]} from {year[1]}",
                )
            raise ParseError(
                f"no meeting date in {source_path}: the header gives {written.strip()!r}, a day "
                "and month without a year, and neither another header line nor the file name "
                "gives the year (write it in the header, or name the file '…_2024.txt')",
                part="header",
                line=i + 1,
            )
    # "skoleudvalg_2023-10-04.txt": archives name each file by its meeting when the minutes
    # leave the date out of their own header. Only when no header line dates the meeting.
    if found := date_in(re.sub(r"[_ ]+", " ", PurePath(source_path).stem)):
        return found, first[0], f"no date in the header: {found.isoformat()} from the file name"
    raise ParseError(
        f"no meeting date in {source_path}: the header (from {first[1][:60]!r}) gives no date "
        "in a title ('REFERAT <board> d. DD-MM-YYYY'), a Mødedato/Dato line or anywhere else",
        part="header",
        line=first[0] + 1,
    )


def _wrapped_date(header: Sequence[_Line], i: int) -> date | None:
    """A date a header's sentence wraps over two lines ("… held in the Council Chamber on
    Thursday 20 February" / "2025 at 6.30 pm."): the day and month end line ``i``, the year
    opens the line right below it."""
    if i + 1 >= len(header) or header[i + 1].blank:
        return None
    text = " ".join(demark(header[i].raw).split())
    below = " ".join(demark(header[i + 1].raw).split())
    if not _YEAR_LEAD_RE.match(below) or find_date(text):
        return None
    found = find_date(f"{text} {below}")
    # The date found must end in the year that opens the line below.
    return found[0] if found and found[1] < len(text) < found[2] <= len(text) + 5 else None


# A year opening a line, a word of its own ("2025 at 6.30 pm.").
_YEAR_LEAD_RE = re.compile(r"(?:19|20)\d{2}(?![\w/.-]|[.,]\d)")


# The year first in an old protocol's formula: "Aar 1969 Onsdag den 12. Marts …", "År 1958, den
# 3. juni". The day and month must follow it within the line.
_YEAR_FIRST_RE = re.compile(
    r"^[ \t]*(?:Aar|År|AAR|ÅR|Anno)[ \t]{1,3}(?P<year>1[89]\d\d|20\d\d)\b[,.]?"
)


# A number OCR read with letters for digits ("2l", "l998", "lO4"): a run of digits and the
# letters "l", "I", "O" that holds a digit, a word of its own.
_OCR_NUMBER_RE = re.compile(r"(?<![^\W_])(?=[lIO]*\d)[\dlIO]{2,4}(?![^\W_])")
_OCR_NUMBER_DIGITS = str.maketrans("lIO", "110")


# A letter's dateline: where and when it was written ("Ravnsholt, den 16.9.1996", "Vejle, d. 3.
# marts 2020"), a place's name, a comma, "den" or "d." and the date, nothing after it.
_DATELINE_RE = re.compile(
    r"^(?P<place>[A-ZÆØÅ][\w.-]{1,30}(?:[ \t][A-ZÆØÅ][\w.-]{1,30}){0,2}),[ \t]{1,3}"
    r"(?:den|d\.)[ \t]{1,3}(?P<date>\S.{4,30})$"
)


def _dateline(text: str) -> bool:
    """Whether a header line is a letter's dateline: it dates the writing of the minutes, not
    the meeting, and names no board. A board's name before the date ("Økonomiudvalget, den 7.
    juni 2022") is a title's, no dateline."""
    m = _DATELINE_RE.match(" ".join(text.split()))
    if m is None:
        return False
    found = find_date(m["date"])
    return (
        found is not None
        and found[1] == 0
        and not m["date"][found[2] :].strip(" .")
        and not _names_a_board(m["place"])
        and not _organisation(m["place"])
    )


def _other_meetings(titles: Sequence[tuple[int, str]]) -> set[int]:
    """The header lines that list other meetings of the board: two or more in a row, each only a
    date and a kind's word ("25-08-2020 Referat" / "27-10-2020 Dagsorden", a web page's links
    to the meetings before and after), each with a date of its own. Such a list dates none of
    them the meeting of the file."""
    out: set[int] = set()
    run: list[tuple[int, date]] = []
    for i, text in [*titles, (-1, "")]:
        found = find_date(text)
        rest = (text[: found[1]] + " " + text[found[2] :]) if found else ""
        word = _kind_word(rest.strip(" ,:-–—|")) if found else None
        if found and word and fold(rest).strip(" ,:-–—|") == fold(word):
            run.append((i, found[0]))
            continue
        if len(run) >= 2 and len({day for _, day in run}) == len(run):
            out.update(k for k, _ in run)
        run = []
    return out


def _record_dated(text: str) -> bool:
    """Whether a header line dates something else than the meeting: a word for sending or
    approving the record ("Draft minutes circulated on 25 March 2025"), for making the file
    ("exported: 2024-12-09", a field of a Markdown export's front matter), for a deadline or for
    the next meeting ("Næste møde: 14. maj 2025") stands before its first date."""
    found = find_date(text)
    # A field's key is one word of a few joined by "_" ("exported_at", "last_modified").
    return found is not None and any(
        word.strip(".,:;()*\"'") in RECORD_DATE_WORDS | FILE_MADE_DATE_WORDS | OTHER_DATE_WORDS
        for word in re.split(r"[\s_]+", text[: found[1]].casefold())
    )


# A year standing alone: "Ældrerådet – referater 2024", "aeldreraad_2024.txt", "2024-09-03".
_YEAR_RE = re.compile(r"(?<![\d/.])(?:19|20)\d{2}(?!\d|[/.]\d)")


def _year_beside(titles: Sequence[tuple[int, str]], source_path: str) -> tuple[int, str] | None:
    """The year of a date written without one, and where it came from: the one year the
    header's other lines name, else the one year in the file's name; None when neither names
    exactly one."""
    for texts, where in (
        ([t for _, t in titles], "the header"),
        ([PurePath(source_path).stem], "the file name"),
    ):
        years = {int(y) for t in texts for y in _YEAR_RE.findall(t)}
        if len(years) == 1:
            return years.pop(), where
    return None


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Any short label opening a line ("Protokolfører:", "Desuden deltog:"): no wrapped value.
_OTHER_LABEL_RE = re.compile(
    r"^[A-ZÆØÅ][\w./()-]{0,20}(?:[ \t][\w./()-]{1,20}){0,3}(?<!\d):(?:[ \t]|$)"
)


def _header_label(text: str) -> tuple[str, str] | None:
    """``(fact, value)`` of a header label line ("Mødedato: …", "Til stede: …"), else None."""
    if m := _LABEL_RE.match(text):
        return _LABEL_FACTS[m["label"].casefold()], m["value"]
    if m := _ENGLISH_BOARD_LABEL_RE.match(text):
        return "Udvalg", m["value"]
    if m := _ATTENDANCE_RE.match(text):
        return _ATTENDANCE_FACTS[fold(m["label"])], m["value"]
    return None


_MEETING_NUMBER_RE = re.compile(
    r"^(?:(?:ordinært|ekstraordinært)[ \t]{1,3})?(?:møde[ \t]{0,3}nr|mødenr|meeting[ \t]{1,3}no)"
    r"\.?[ \t]{0,3}:?[ \t]{0,3}\d",
    re.IGNORECASE,
)


def _label_value(
    header: Sequence[_Line],
    at: int,
    value: str,
    sep: str = " ",
    *,
    board: bool = False,
    names: bool = False,
) -> str:
    """A label's value, wrapped onto following lines up to a blank line or another label.
    A board's name that is whole ("Teknik- og Miljøudvalget") wraps onto nothing: the line
    under it ("Referater", a web page's breadcrumb) is no part of it."""
    parts = [value.strip()]
    for line in header[at + 1 :]:
        text = demark(line.raw)
        if line.blank or fold(text) in _TOC_HEADINGS or _header_label(text):
            break
        done = " ".join(p for p in parts if p)
        if board and done and not done.endswith("-") and _names_a_board(done):
            if fold(done).split(" ")[-1] not in _NAME_JOINS:
                break
        if _OTHER_LABEL_RE.match(text) or _MEETING_NUMBER_RE.match(text):
            # "Stedfortræder: …", "Protokolfører: …": a label the reader need not know; "Møde
            # nr. 4/2024": the meeting's number, a fact of its own.
            break
        parts.append(text)
    if names and len(parts) > 1 and all(_one_name_a_line(p) for p in parts):
        # "Medlemmer:   Grete Holmgaard, formand" / "             Kasper Brink": one name a
        # line in the value's column, not a list wrapped at the page's width.
        sep = ", "
    return sep.join(p for p in parts if p)


def _one_name_a_line(part: str) -> bool:
    """Whether a line of an attendance value is one entry of a list written one a line (a
    name, its party and role: short, one name, not ending as a wrapped list's line does)."""
    words = part.split()
    names = _split_names(part)
    return (
        0 < len(words) <= 6
        # One name, or a name and its role ("Grete Holmgaard, formand"), never two names.
        and (len(names) == 1 or (len(names) == 2 and _role_words(names[1])))
        and len(part) <= 48
        and part[:1].isupper()
        and not any(ch.isdigit() for ch in part)  # "Mødet hævet kl. 22.05": a note
        and not part.endswith((",", ";", "-", "–"))
        and fold(words[-1]) not in ("og", "and")
    )


def _label_segments(text: str) -> list[str]:
    """A header label line ("Til stede: …", "Dato: …") cut before each attendance label in its
    middle that follows a sentence's end (".", ";", "|") or a gap (a tab, three spaces); the
    line alone when it has none."""
    if not _header_label(text):
        return [text]
    cuts = [0]
    in_column = list(_COLUMN_HEADER_LABEL_RE.finditer(text, 1))
    column = {m.start() for m in in_column}
    for m in sorted([*_MIDLINE_LABEL_RE.finditer(text, 1), *in_column], key=lambda m: m.start()):
        if m.start() <= cuts[-1]:
            continue
        before = text[cuts[-1] : m.start()]
        kept = before.rstrip(" \t")
        gap = before[len(kept) :]
        wide = "\t" in gap or len(gap) >= 3
        if kept and (wide or (kept[-1] in ".;|" and m.start() not in column)):
            cuts.append(m.start())
    return [text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]


def _labels(header: Sequence[_Line]) -> dict[str, str]:
    """Header ``Label value`` lines by fact (Mødedato, Mødested, Mødedeltagere, Udvalg, and
    the attendance of informal minutes: Afbud, Referent)."""
    labels: dict[str, str] = {}
    for i, line in enumerate(header):
        segments = _label_segments(demark(line.raw))
        for k, segment in enumerate(segments):
            if not (found := _header_label(segment)):
                continue
            fact, value = found
            if k == len(segments) - 1:
                # "Til stede:" alone, then one name a line: the lines are a list, not one
                # wrapped value.
                listed = fact in ("Mødedeltagere", "Afbud") and not value.strip()
                value = _label_value(
                    header,
                    i,
                    value,
                    ", " if listed else " ",
                    board=fact in ("Udvalg", "Bestyrelse"),
                    names=fact in ("Mødedeltagere", "Afbud"),
                )
            if fact == "Mødedato" and fact in labels and not date_in(value):
                # "Mødedato: 14.03.2011" then "Starttidspunkt: 15:30": the second label of the
                # date gives the time alone.
                fact = "Mødetidspunkt"
            if fact == "Afbud" and labels.get(fact) and value.strip():
                # "Ikke til stede: Kis Bo" and "Fraværende med afbud: Per Dam": both absent.
                nobody = fold(labels[fact][:12]).split(" ")[0].rstrip(".,") in ("ingen", "none")
                labels[fact] = value if nobody else labels[fact] + ", " + value
            labels.setdefault(fact, value)
    return labels


def _start_time(labels: dict[str, str], date_line: str) -> str | None:
    # "Mødetidspunkt: 15:00" / "Kl. 17:00" (KMD, SBSYS): the time under its own label.
    return (
        start_time(labels.get("Mødedato", ""))
        or start_time(date_line)
        or start_time(labels.get("Mødetidspunkt", "").casefold(), bare=True)
    )


def _time_beside_date(header: Sequence[_Line], meeting_date: date) -> str | None:
    """The time on a header line that gives the meeting's date ("- Dato 20. januar 2026, kl.
    14.00"), when the date came from a title without one (a web page's title). A mail's
    header and the line that quotes a mail ("Den 10. mar. 2020 kl. 18.05 skrev …:") give when
    it was sent, never when the meeting began."""
    mail = _mail_lines(header)
    for i, line in enumerate(header):
        # ("Mødet tirsdag den 10/3-20 kl. 15.30": a year of two digits dates it as well.)
        if (
            not line.blank
            and i not in mail
            and meeting_date in (date_in(line.raw), short_date_in(line.raw))
        ):
            if found := start_time(line.raw):
                return found
    return None


def _with_danish_letters(board: str, header: Sequence[_Line]) -> str:
    """The board as the header spells it elsewhere with Danish letters, when it was read
    without them: OCR of a typed "Økonomiudvalget" in a running head gives "Okonomiudvalget",
    and the sentence under it ("holdt Økonomiudvalget møde") keeps the ø."""
    words = board.split()
    if not any(w.isascii() and len(w) > 3 for w in words):
        return board
    spelled = {
        ascii_fold(w): w
        for line in header
        for w in _WORD_RE.findall(line.raw)
        if not w.isascii() and w[:1].isupper()
    }
    out = [spelled.get(ascii_fold(w), w) if w.isascii() and len(w) > 3 else w for w in words]
    return " ".join(out)


_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _case_as_written(board: str, header: Sequence[_Line], text: str) -> str:
    """A board's name read from a title typed in capitals ("REFERAT AF MØDE I TEKNISK UDVALG")
    and written as a name is ("Teknisk udvalg"), in the capitals the file gives it where it
    writes it in small letters ("Budget 1997 for Teknisk Udvalg"): the same words, only more of
    their first letters capitals. The header must write the name in capitals only."""
    if " " not in board or not any(board.upper() in line.raw.upper() for line in header):
        return board
    if any(board.casefold() in line.raw.casefold() and not line.raw.isupper() for line in header):
        return board
    pattern = re.compile(rf"(?<!\w){re.escape(board)}(?!\w)", re.IGNORECASE)
    for m in pattern.finditer(text):
        written = m.group()
        if written.isupper() or written == board:
            continue
        if all(
            a == b or (a.islower() and b == a.upper() and (k == 0 or board[k - 1] in " -"))
            for k, (a, b) in enumerate(zip(board, written, strict=True))
        ):
            return written
    return board


def _institution_as_named(board: str, header: Sequence[_Line], text: str) -> str:
    """ "Skolebestyrelsen ved højmark skole" -> "Skolebestyrelsen ved Højmark Skole": a board
    named after the institution it governs, read from a title in capitals, writes that
    institution as a name, each word with its capital (a company's form "A/S" in capitals),
    where the file writes the name's first word with a capital inside a line and never in small
    letters ("Sted: Lindholt Forsyning, …"). Such a word is a name; "Udvalget for teknik og
    miljø" names a field, whose words the file writes in small letters."""
    if not any(line.raw.isupper() and board.upper() in line.raw.upper() for line in header):
        return board  # written as a name by the file itself
    words = board.split(" ")
    link = next((k for k, w in enumerate(words[1:-1], 1) if w in BOARD_NAME_LINKS), None)
    if link is None or not words[link + 1][:1].islower():
        return board
    first = words[link + 1]
    seen = [
        m
        for m in re.finditer(rf"(?<!\w){re.escape(first)}(?!\w)", text, re.IGNORECASE)
        if not m.group().isupper()
    ]
    if not seen or any(m.group()[:1].islower() for m in seen):
        return board
    if not any(text[: m.start()].rstrip(" \t")[-1:] not in ("", "\n") for m in seen):
        return board  # only at a line's start, where any word has its capital
    name = [
        w
        if w in NAME_SMALL_WORDS
        else w.upper()
        if "/" in w and fold(w) in COMPANY_FORMS
        else w[:1].upper() + w[1:]
        for w in words[link + 1 :]
    ]
    return " ".join(words[: link + 1] + name)


def _with_ring(value: str) -> str:
    """ "BYRADET" -> "BYRÅDET": a name in capitals whose board word lost the ring of its "å"
    (a scan, or a typewriter without the letter); the name as spelled where that makes it
    name a board and it named none as written. (Read as written, a typed protocol that names
    its board only so was not read at all.)"""
    if not value.isupper() or _names_a_board(value):
        return value
    words = value.split(" ")
    for k, word in enumerate(words):
        for written, spelled in RINGLESS_BOARD_ENDINGS:
            # A compound's end, not a word of its own ("GRAD" is no board).
            if word.endswith(written) and len(word) > len(written) + 1:
                words[k] = word[: -len(written)] + spelled
                break
    fixed = " ".join(words)
    return fixed if _names_a_board(fixed) else value


# Quotation marks, straight and typographic.
_QUOTE_MARKS = '"“”„«»'


def _without_stray_quotes(value: str) -> str:
    """A value without the quotation marks around the title it was cut from: a front matter's
    quoted title ('title: "Minutes – Climate and Utilities Committee"') cut at its dash left the
    closing mark on the board ('Climate and Utilities Committee"'). A mark with no partner in the
    value is stripped from its ends, and a pair that wraps the whole value; a quoted name inside
    ('Bestyrelsen for "Ungdomshuset"') keeps its pair."""
    if sum(value.count(q) for q in _QUOTE_MARKS) % 2:
        return value.strip(_QUOTE_MARKS + " ")
    inner = value[1:-1]
    if (
        value[:1] in _QUOTE_MARKS
        and value[-1:] in _QUOTE_MARKS
        and not any(q in inner for q in _QUOTE_MARKS)
    ):
        return inner.strip()
    return value


def _plausible_board(value: str | None) -> str | None:
    if not value:
        return None
    value = _without_tags(" ".join(value.split()).strip(" ,:;-–—|")).strip(" ,:;-–—|")
    value = _without_stray_quotes(value).strip(" ,:;-–—|")
    # OCR reads an "l" or an "o" inside a word as a digit ("Kommunalbestyre1sens").
    value = _OCR_DIGIT_RE.sub(lambda d: "l" if d.group() == "1" else "o", value)
    value = _OCR_CAPS_DIGIT_RE.sub(lambda d: "I" if d.group() == "1" else "O", value)
    value = _with_ring(value)
    # "Møde i Økonomiudvalget", "Møde: Handicaprådet", "Bestyrelsesmøde i Skolebestyrelsen": a
    # meeting of the board, then its name.
    if (meeting := _MEETING_PREFIX_RE.match(value)) is not None:
        word = next((w for w in value[: meeting.end()].split() if "øde" in w.casefold()), "")
        word = re.sub(r"rnøde", "møde", word, flags=re.IGNORECASE)
        value = value[meeting.end() :]
        if value[:1].islower() and _names_a_board(_cut_at_date(value).strip(" ,")):
            value = value[:1].upper() + value[1:]  # "… bestyrelsesmøde i skolebestyrelsen"
        elif (
            (own := _board_of_meeting_word(word)) is not None
            # ("BESTYRELSESMØDE I …": a title in capitals reads so too.)
            and meeting.group().rstrip().casefold().endswith(" i")
            and not _names_a_board(place := _cut_at_date(value).strip(" ,."))
        ):
            # "Bestyrelsesmøde i Tornbæk Musikskole": the meeting's word names the board; after
            # "i" the institution or company a board of owners belongs to ("Bestyrelsen for
            # Tornbæk Musikskole"), or, for a municipality's own boards, where they met
            # ("Byrådsmøde i Rådhussalen": "Byrådet"). A board's name after it is the board
            # ("Bestyrelsesmøde i Skolebestyrelsen").
            owned = fold(own).endswith(_OWNED_BOARDS)
            if place.isupper():
                # "MØLLEVANG VARME A/S" in a title in capitals: the company's name as written
                # in small letters, its form as it is written ("A/S").
                place = " ".join(
                    w if w.casefold() in COMPANY_FORMS else w[:1] + w[1:].lower()
                    for w in place.split(" ")
                )
            value = (
                f"{own} for {place}"
                if owned and place[:1].isupper() and not _organisation(place)
                else own
            )
    for joint in (" i ", " for ", ", "):
        # "Byrådet i Hvidsø Kommune", "Handicaprådet, Hvidsø Kommune": the board, then whose
        # it is.
        # "ÆLDRERÅDET I HVIDSØ KOMMUNE" too: a title in capitals.
        at = value.casefold().find(joint)
        if at > 0 and _organisation(value[at + len(joint) :]):
            value = value[:at]
    words = value.split(" ")
    if (end := _company_end(words)) is not None:
        # "Bestyrelsen for Kystvand Forsyning A/S og datterselskaberne": the board of the
        # company named first; its name ends at its company form.
        words = words[:end]
        value = " ".join(words)
    if (
        len(role := value.rsplit(", ", 1)[-1].split(" ")) >= 3
        and role[1] == "for"
        and role[0][:1].islower()
        and fold(role[-1]).endswith(_BOARD_FOLDER_ENDINGS)
    ):
        # "Gitte Lund, sekretær for Seniorrådet": a signature, the name and then the role
        # (read as the role alone is, below).
        words = role
        value = " ".join(words)
    if (
        len(words) >= 3
        and words[1] == "for"
        and not fold(words[0]).endswith(_BOARD_FOLDER_ENDINGS)
        and fold(words[-1]).endswith(_BOARD_FOLDER_ENDINGS)
    ):
        # "Sekretær for Handicaprådet", "Formand for Ældrerådet": a role, then the board
        # ("Udvalget for Børn og Unge" is a board's own name).
        value = " ".join(words[2:])
        words = words[2:]
    if (
        len(words) >= 3
        and words[-1].casefold() in ("møde", "mødet")
        and words[-2].casefold() in MEETING_KIND_WORDS
    ):
        # "Referat fra Byrådets ordinære møde": the kind of meeting between the board's genitive
        # and the meeting, read as "Byrådets møde" below.
        words = words[:-2] + words[-1:]
        value = " ".join(words)
    if (
        len(words) >= 2
        and words[-1].casefold().endswith(("møde", "mødet"))
        and words[-2][-1:].casefold() == "s"
    ):
        # "Referat fra Ungdomsrådets møde", "Lokalrådet for Østerbys bestyrelsesmøde": the
        # board's meeting, in the genitive ("SOGNERÅDETS MØDE" in a typed title too).
        value = " ".join(words[:-2] + [words[-2][:-1]])
        words = value.split(" ")
    for k in range(len(words) - 1):
        if (
            words[k + 1][:1].islower()
            and words[k + 1] not in _WORDS_INSIDE_A_NAME
            and words[k + 1] not in PLACE_NAME_WORDS
        ):
            # "Mødet i Handicaprådet blev holdt den …": a sentence goes on after the name
            # (never ending on a joining word: "… Søbygård og" / "blev").
            kept = words[: k + 1]
            while len(kept) > 1 and kept[-1] in _WORDS_INSIDE_A_NAME:
                kept.pop()
            if _names_a_board(" ".join(kept)):
                value = " ".join(kept)
            elif k == 0 and (sent := _LETTER_MEETING_OF_RE.search(value)):
                # "Hermed referatet fra mødet i Seniorrådet": a cover letter's sentence says
                # whose meeting it sends the papers of, the board after "mødet i" (its opening
                # words are no part of a name).
                return _plausible_board(sent["board"])
            elif k == 0 and not _names_a_board(value):
                # "Hermed dagsordenen til vores næste møde": a letter's sentence, no name.
                return None
            break
    if (
        not value
        or not value[0].isupper()
        or len(value) > 80
        or len(value.split()) > 8
        or any(ch.isdigit() for ch in value)
        or fold(value) in _NOT_BOARDS
        # "Meeting of 14 May 2025" cut at its date: a name never ends on a joining word.
        or fold(value).split(" ")[-1] in _NAME_JOINS | _ENGLISH_BOARD_JOINS
        or _kind_word(value)
        or _organisation(value)
        # "BESTYRELSESMØDE", "Ekstraordinært Udvalgsmøde": a meeting, never a board's name;
        # whose meeting it is comes from the word itself (see _board_of_meeting_word), and a
        # title in capitals must not pass it off as a name.
        or _MEETING_WORD_RE.match(value.split(" ")[-1].casefold()) is not None
    ):
        return None
    # "Town Council (Býráðið)": a board named twice, the other language's name in brackets.
    return _first_of_two_names(value) or value


# "… referatet fra mødet i Seniorrådet", "… dagsorden til møde i Teknisk Udvalg": inside a
# sentence, the papers of a meeting and the board that held it (a capital opens its name).
# ("Her er referatet fra Handicaprådet", "Hermed dagsordenen til Ældrerådet": the papers named
# by their kind, then the board whose they are, the meeting left unsaid.)
_LETTER_MEETING_OF_RE = re.compile(
    r"(?<!\S)(?:(?:af|fra|for|til)[ \t]{1,3}(?:[a-zæøå]{1,20}[ \t]{1,3})?møde(?:t)?[ \t]{1,3}i"
    r"|(?:referat|dagsorden|protokol)(?:et|en|len)?[ \t]{1,3}(?:af|fra|for|til))"
    r"[ \t]{1,3}(?P<board>[A-ZÆØÅ][^ \t].{0,100})$"
)


def _company_end(words: Sequence[str]) -> int | None:
    """How many of a name's words run through its first company form ("A/S", "ApS",
    "A.m.b.a."), when more words follow it; None otherwise."""
    for k, word in enumerate(words[1:-1], 1):
        if word.casefold().rstrip(",") in COMPANY_FORMS:
            return k + 1
    return None


# What a title may write after a board's name to tell its meetings apart: a year or a season
# ("Ældrerådet 2024", "Handicaprådet 2024/25"), a meeting's number ("møde nr. 4", "nr. 4").
_YEAR_TAG_RE = re.compile(r"(?:19|20)\d{2}(?:[/-](?:19|20)?\d{2})?")
_NUMBER_TAG_RE = re.compile(r"(?:nr|no)\.?\d{1,3}", re.IGNORECASE)
_NUMBER_WORDS = {"nr", "nr.", "no", "no.", "møde", "mødenr.", "meeting"}


def _without_tags(value: str) -> str:
    """A board's name without the year or meeting number written after it: "Ældrerådet 2024"
    -> "Ældrerådet", "Ældrerådet møde nr. 4" -> "Ældrerådet"."""
    words = value.split(" ")
    while len(words) > 1:
        last = words[-1].strip("(),")
        if last in ("", "-", "–", "—") or _YEAR_TAG_RE.fullmatch(last):
            words.pop()
        elif _NUMBER_TAG_RE.fullmatch(last):
            words.pop()
            if len(words) > 1 and fold(words[-1]).strip("(") in _NUMBER_WORDS:
                words.pop()
        elif last.isdigit() and len(words) > 2 and fold(words[-2]).strip("(") in _NUMBER_WORDS:
            del words[-2:]
            if len(words) > 1 and fold(words[-1]).strip("(") in ("møde", "meeting"):
                words.pop()
        else:
            break
    return " ".join(words)


# Small words inside a board's name ("Udvalget for Børn og Unge", "Lokalrådet i Østerby").
_NAME_JOINS = {"for", "og", "i", "ved", "på", "af", "til", "med", "&"}


def _organisation(value: str) -> bool:
    """ "Region Vesterhav", "Hvidsø Kommune": who publishes the minutes, never the board. So
    are "Lervig og Hjortsø Kommuner", the municipalities a joint board serves ("Det
    fælleskommunale Affaldsudvalg for Lervig og Hjortsø Kommuner")."""
    folded = fold(value)
    return (
        folded.startswith("region ")
        or folded.endswith((" kommune", " kommuner"))
        or folded == "kommune"
        # "Hvidsø Municipality", "the Municipality of Hvidsø": a municipality's English pages
        # name it so ("City Council, Hvidsø Municipality" is the council, its publisher after).
        or folded.endswith((" municipality", " municipalities"))
        or folded.removeprefix("the ").startswith("municipality of ")
    )


def _cut_at_date(text: str) -> str:
    """The part of a title line before its date, weekday, "d." or "den"."""
    found = find_date(text)
    cut = text[: found[1]] if found else text
    words = cut.split(" ")
    kept: list[str] = []
    for word in words:
        w = word.casefold().strip(",.")
        if w in ("d", "den", "kl") or w in _WEEKDAYS:
            break
        kept.append(word)
    return " ".join(kept).strip(" ,(")


_WEEKDAYS = {
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip


def _board_in_title(text: str) -> str | None:
    """The board named in a title line, in the usual forms.

    "REFERAT Direktionen d. 02-03-2021", "Referat af møde i Økonomiudvalget", "Økonomiudvalget
    – Referat – 1. oktober 2018", "Byrådet - Referat", "Byrådet mandag den 25. september 2023".
    """
    # "VS: Referat Seniorrådet 20.04.2022": a mail's subject as the reader writes it above the
    # message (see indexer.read), the marks of its forwarding before the title.
    text = _REPLY_MARKS_RE.sub("", text, count=1)
    if (dated := find_date(text)) and dated[1] == 0 and text[dated[2] :].strip(" ,:-–—|"):
        # "2025-04-08 Referat Ungdomsrådet": a document's title that opens with the date.
        text = text[dated[2] :].strip(" ,:-–—|")
    cells = table_cells(text)
    if len(cells) > 1:
        # "Sønderbæk Kommune          Økonomiudvalget": a running header set in columns.
        # ("Egerslev Kommune     Økonomiudvalget, 07-06-2022": a cell may end on the date.)
        named = [b for c in cells if (b := _plausible_board(_cut_at_date(c))) and _names_a_board(b)]
        if len(named) == 1:
            # ("RAVNSTRUP SOGNERAAD      Side 212": a name typed in capitals, as on a line alone.)
            only = named[0]
            return _from_capitals(only) if only.isupper() and not _acronym(only) else only
    folded = text.casefold()
    word = _kind_word(text)
    # "Protokol for Kommunalbestyrelsens møde", "Mødeprotokol for …": a title of minutes that
    # is no kind's word opens the line as one does; the board follows it.
    lead = word if word and folded.startswith(word) else _minutes_title_lead(folded)
    if lead:
        rest = text[len(lead) :].strip(" :-–—|")
        if rest.startswith("("):
            return None
        for prefix in _TITLE_PREFIXES:
            if rest.casefold().startswith(prefix + " "):
                rest = rest[len(prefix) + 1 :]
                break
        # "Referat fra ordinært møde i Ældrerådet": the kind of meeting, then the board.
        rest = _MEETING_OF_RE.sub("", rest, count=1)
        for sep in (" – ", " — ", " - ", " | ", " · ", " • "):
            rest = rest.split(sep)[0]
        # "MINUTES of the meeting of the Licensing Committee held in the" (the sentence wraps
        # before its date): where and when it was held follows the board's name.
        rest = _HELD_RE.split(rest, maxsplit=1)[0].rstrip()
        cut = _cut_at_date(rest)
        if cut[:1].islower() and _names_a_board(cut):
            # "Referat fra møde i bestyrelsen for Lokalrådet …": the board's name, in a sentence.
            cut = cut[:1].upper() + cut[1:]
        elif cut[:1].islower() and _GENITIVE_MEETING_RE.match(cut):
            # "Protokol over byrådets ordinære møde": the board's genitive in a sentence, before
            # its meeting (read as "Byrådets møde" is); the board only where it names one.
            genitive = _plausible_board(cut[:1].upper() + cut[1:])
            if genitive and _names_a_board(genitive):
                cut = cut[:1].upper() + cut[1:]
        # "Referat af skolebestyrelsesmøde onsdag d. …": the meeting's word names the board.
        board = _plausible_board(cut) or _board_of_meeting_word(rest.split(" ", 1)[0])
        # ("PROTOKOL FOR SOGNERÅDETS MØDE": a typed title in capitals names "Sognerådet"; a
        # board's initials, "Referat KFU", stay initials.)
        if board and board.isupper() and not _acronym(board):
            return _from_capitals(board)
        return board
    if of := _OF_MEETING_RE.match(text.strip()):
        # "PROTOKOL" / "for mødet i SOCIALUDVALGET" / "tirsdag den …": the title's second line,
        # the kind of document on the line above.
        value = _cut_at_date(of["board"]).strip(" ,.:")
        if value[:1].islower() and _names_a_board(value):
            # "for møde i bestyrelsen for Nordkyst Forsyning A/S": the board's word in a
            # sentence, as after a title's lead ("Referat fra møde i bestyrelsen for …").
            value = value[:1].upper() + value[1:]
        board = _plausible_board(value)
        if board and _names_a_board(_without_short_name(board)):
            return board if not board.isupper() else _from_capitals(board)
    # "Ekstraordinært byrådsmøde", "Ældrerådsmøde 4. februar 2025": the meeting's word, maybe
    # after the kind of meeting, names the board.
    lead, _, after = _MEETING_SORT_RE.sub("", text.strip(), count=1).partition(" ")
    if board := _board_of_meeting_word(lead.strip(" ,:-–")):
        # "Repræsentantskabsmøde i Vestegnens Brandvæsen I/S": whose board (see
        # _plausible_board).
        owner = _cut_at_date(after[2:]).strip(" ,.") if after.startswith("i ") else ""
        if (end := _company_end(owner.split(" "))) is not None:
            owner = " ".join(owner.split(" ")[:end])  # "… A/S og datterselskaberne"
        if (
            fold(board).endswith(_OWNED_BOARDS)
            and owner[:1].isupper()
            and not _names_a_board(owner)
            and not _organisation(owner)
        ):
            return f"{board} for {owner}"
        return board
    for sep in _TITLE_SEPARATORS:
        parts = [p.strip() for p in text.split(sep)]
        if len(parts) < 2 or any(p.count("(") != p.count(")") for p in parts):
            # "… the Danish minutes (Referat – Integrationsrådet) are binding": a separator
            # inside brackets splits a remark, not a title.
            continue
        # A breadcrumb ("Aalum Kommune - Politiske udvalg - Teknisk Udvalg") names the board
        # in its last segment that names one.
        if board := _board_segment(parts):
            # ("HØJBY SOGNERÅD - FORHANDLINGSPROTOKOL": a title in capitals names the board as
            # a line of its name alone in capitals does.)
            return _name_from_capitals(board)
        if any(_kind_word(p) for p in parts):
            for part in parts:
                if not _kind_word(part) and not date_in(part):
                    return _name_from_capitals(_plausible_board(part))
    head, colon, tail = text.partition(": ")
    if colon and _kind_word(tail) and not _kind_word(head) and not date_in(head):
        # "Børne- og Skoleudvalget: Referat 24.02.2025": the board, then what the file is.
        board = _plausible_board(head)
        if board and _names_a_board(board):
            return board
    if not word and (meeting := _meeting_word_line(_cut_at_date(text))):
        # "Ekstraordinært byrådsmøde", "Byrådsmøde den 16. januar 2025": a title that is only
        # the meeting's word names the board whose meeting it is.
        return meeting
    if not word and date_in(text):
        if len(cells) == 2 and date_in(cells[1]) and not date_in(cells[0]):
            # "Date of meeting<TAB>Tuesday 14 March 2028": a table's row, the date's label in
            # its first cell (a board's name there was taken above), no title.
            return None
        return _plausible_board(_cut_at_date(text))
    if any(sep in text for sep in _MENU_SEPARATORS):
        # "Skovlund Municipality | Visit | The Council": a site's menu, each segment tried
        # above; the line as a whole names nothing.
        return None
    # A line that is only a board's name ("Plan- og Teknikudvalget", "BYRÅDET").
    board = _plausible_board(text) or _plausible_board(text.title() if text.isupper() else "")
    if board and (first := _first_of_two_names(board)):
        return first
    if board and _names_a_board(_without_short_name(board)):
        return board if not board.isupper() else _from_capitals(board)
    return None


# "held in", "held on", "held at": an English sentence of minutes going on from the board.
_HELD_RE = re.compile(r"[ \t]held(?:[ \t]{1,3}(?:in|on|at)(?![^ \t])|[ \t]*$)", re.IGNORECASE)


def _minutes_line(text: str) -> bool:
    """Whether a title line opens with the kind of document or a title of minutes ("Minutes of
    the meeting of …", "Referat af møde i …"), so that the board it names is whose they are."""
    folded = text.strip().casefold()
    word = _kind_word(text)
    return (
        bool(word and folded.startswith(word))
        or _minutes_title_lead(folded) is not None
        # The kind after the board, set apart by a dash ("Planning Committee – Minutes",
        # "Teknisk Udvalg - Referat"): the same title, its two parts the other way round.
        or bool(word and _KIND_LAST_RE.search(folded) and folded.endswith(word))
    )


# A title's last part, after a dash set apart by spaces: where "<board> – Minutes" names its kind.
_KIND_LAST_RE = re.compile(r"[ \t][-–—][ \t]+[^\W\d_]+[ \t]*$")


def _place_council(board: str) -> bool:
    """ "Ashcombe Town Council", "Vestmose Byråd": a council named with its place before it
    (not "City Council" nor "Municipal Council": the council itself, by its kind alone)."""
    words = fold(board).split(" ")
    last = _indefinite(words[-1])
    return (
        len(words) >= 2
        and last in ("council", "byråd", "kommunalbestyrelse")
        and words[0] not in ENGLISH_COUNCIL_KINDS
    )


def _name_from_capitals(board: str | None) -> str | None:
    """A board's name as written in small letters where a title typed it in capitals (see
    ``_from_capitals``); a board's initials ("KFU") and a name in small letters as they are."""
    if board and board.isupper() and not _acronym(board):
        return _from_capitals(board)
    return board


def _from_capitals(board: str) -> str:
    """A board's name typed in capitals, as it is written in small letters: a Danish name
    opens with its one capital ("TEKNIK- OG MILJØUDVALGET" -> "Teknik- og miljøudvalget"); an
    English board's name, as English writes a name, capitalises its words but the small joining
    ones ("PLANNING AND ENVIRONMENT COMMITTEE" -> "Planning and Environment Committee")."""
    words = board.split(" ")
    if len(words) >= 2 and (
        _place_council_word(words[-1]) or ascii_fold(words[-1].casefold()) in _LOCAL_WORDS
    ):
        # "HØJBY SOGNERÅD" -> "Højby Sogneråd": a council named after its place is a proper
        # name, each word capitalised ("Sogneraad" in the old spelling too); so is a town's or
        # a village's board named after it ("NØRREBY LOKALRÅD" -> "Nørreby Lokalråd"); each part
        # of a place named after two ("HVIDKÆR-LYNGAA" -> "Hvidkær-Lyngaa").
        return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in words)
    if fold(words[-1]) not in _ENGLISH_BOARD_WORDS:
        return board[:1] + board[1:].lower()
    return " ".join(
        w.lower() if k and w.casefold() in ENGLISH_NAME_JOINS else w[:1] + w[1:].lower()
        for k, w in enumerate(words)
    )


_LOCAL_WORDS = frozenset(ascii_fold(w) for w in LOCAL_BOARD_WORDS)


def _place_council_word(word: str) -> bool:
    """Whether a word is a place's council's (PLACE_COUNCIL_WORDS), in either spelling."""
    return ascii_fold(word.casefold()) in _PLACE_COUNCIL_WORDS


_PLACE_COUNCIL_WORDS = frozenset(ascii_fold(w) for w in PLACE_COUNCIL_WORDS)


def _minutes_title_lead(folded: str) -> str | None:
    """The title of minutes a (folded) line opens with as a whole word ("protokol for …",
    "mødeprotokol"); None when it opens otherwise."""
    for title in MINUTES_TITLES:
        if folded.startswith(title) and not folded[len(title) : len(title) + 1].isalpha():
            return title
    return None


# The definite form of a board word: "skolebestyrelse" -> "Skolebestyrelsen".
_DEFINITE = (
    ("bestyrelse", "n"), ("udvalg", "et"), ("råd", "et"), ("nævn", "et"),
    ("kommission", "en"), ("forsamling", "en"), ("direktion", "en"),
    # An inter-municipal company's (I/S) assembly of owners: "repræsentantskabsmøde".
    ("repræsentantskab", "et"),
)  # fmt: skip
# Boards of an institution or a company, named after it: "Bestyrelsen for Tornbæk Musikskole".
_OWNED_BOARDS = ("bestyrelsen", "repræsentantskabet")
_MEETING_WORD_RE = re.compile(r"^([a-zæøå]{4,}?)s?møde(?:t)?$")
_MEETING_SORT_RE = re.compile(r"^(?:ordinært|ekstraordinært|konstituerende)[ \t]+", re.IGNORECASE)


# Kinds of board a municipality has many of: their meeting's word alone ("udvalgsmøde i
# mødelokale 3", "nævnsmødet") says a meeting was held, not whose.
_KINDS_OF_MANY = {"udvalg", "underudvalg", "nævn"}


def _board_of_meeting_word(word: str) -> str | None:
    """The board whose meeting a compound names: "skolebestyrelsesmøde" -> "Skolebestyrelsen",
    "ældrerådsmøde" -> "Ældrerådet"; None for any other word, and for a kind of board alone
    that a municipality has many of ("udvalgsmøde")."""
    m = _MEETING_WORD_RE.match(word.casefold())
    if m is None or m.group(1) in _KINDS_OF_MANY:
        return None
    stem = m.group(1)
    if not any(stem.endswith(ending) for ending, _ in _DEFINITE):
        return None
    name = _definite(stem)
    return name[:1].upper() + name[1:]


def _meeting_word_line(text: str) -> str | None:
    """The board of a line that is a meeting's compound word, after any word for the kind of
    meeting: "Ekstraordinært byrådsmøde" -> "Byrådet"; None for any other line."""
    words = text.split()
    while words and words[0].casefold() in MEETING_KIND_WORDS:
        words = words[1:]
    return _board_of_meeting_word(words[0]) if len(words) == 1 else None


def _acronym(name: str) -> bool:
    return name.isupper() and name.isalpha() and len(name) <= 6


# The last word of a board's English name ("Seniors' Council", "Youth Board").
_ENGLISH_BOARD_WORDS = {"council", "committee", "board", "commission", "assembly"}
_ENGLISH_BOARD_JOINS = {"for", "on", "of"}
# The small words a board's name holds between its capitalised words: the Danish joins, the
# English board joins and the English "and" that joins two fields of one board as "og" does
# ("Plan- og Teknikudvalget", "Committee on Climate and Green Transition").
_WORDS_INSIDE_A_NAME = _NAME_JOINS | _ENGLISH_BOARD_JOINS | {"and"}


def _names_a_board(name: str) -> bool:
    """Whether a name is a board's: it ends like one ("Plan- og Teknikudvalget"), or opens
    with one and says what it is for ("Udvalget for Børn og Unge", "Bestyrelsen for Havnen")."""
    written = name.split(" ")
    words = fold(name).split(" ")
    return (
        words[-1].endswith(_BOARD_FOLDER_ENDINGS)
        or words[-1] in _ENGLISH_BOARD_WORDS
        or (
            # "Skolebestyrelsen ved Birkeskov Skole", "Brugerrådet på Solbakken" too, and
            # "Integrationsrådet i Hedeby": the board of a town.
            len(words) >= 3
            and words[1] in ("for", "ved", "på", "i")
            and words[0].endswith(_BOARD_FOLDER_ENDINGS)
        )
        or (
            # "Joint Committee for Cross-Border Cooperation", "Board of Governors": an English
            # board word, then what the board is for.
            any(
                w in _ENGLISH_BOARD_WORDS and words[k + 1] in _ENGLISH_BOARD_JOINS
                for k, w in enumerate(words[:3])
                if k + 2 < len(words)
            )
        )
        or (
            # "Ældrerådet Tornby", "Lokalrådet Nørreskov": a board, then its place's name.
            2 <= len(words) <= 3
            and words[0].endswith(_BOARD_FOLDER_ENDINGS)
            and all(w[:1].isupper() and w[1:2].islower() for w in written[1:])
        )
    )


def _first_of_two_names(name: str) -> str | None:
    """ "Finance Committee (Økonomiudvalget)" -> "Finance Committee": a board's name with its
    name in the other language in brackets after it (minutes translated for residents, or a
    Danish board's English name); the name the file writes first. None unless both name a
    board."""
    opening = name.rfind("(")
    if opening <= 0 or not name.endswith(")"):
        return None
    first, other = name[:opening].rstrip(), name[opening + 1 : -1].strip()
    if other and _names_a_board(other) and _names_a_board(first):
        # "City Council (Byrådet)": the council itself, named in English for a page's readers;
        # the archive knows it by its Danish name, as every other meeting of it says.
        danish = ENGLISH_BOARDS.get(fold(first).removeprefix("the "), "")
        # ("Municipal Council (Kommunalbestyrelsen)": a council is "byråd" or
        # "kommunalbestyrelse", as the municipality calls it.)
        if danish in COUNCIL_BOARDS and fold(other).startswith(COUNCIL_BOARDS):
            return other
        return first
    return None


def _without_short_name(name: str) -> str:
    """ "Hovedudvalget (HMU)" -> "Hovedudvalget": a board's name without the short name in
    brackets after it (one word of at most ten characters)."""
    opening = name.rfind("(")
    inner = name[opening + 1 : -1].strip() if opening > 0 and name.endswith(")") else ""
    if inner and len(inner) <= 10 and " " not in inner:
        return name[:opening].rstrip()
    return name


# (A middle dot or bullet too: "Hedeby Kommune · Referat · Børne- og Skoleudvalget · 24.02.2025".)
# (" › ": a breadcrumb's arrow, the links between them read as their text.)
_TITLE_SEPARATORS = (" – ", " — ", " - ", " | ", " > ", " » ", " › ", " / ", " · ", " • ")
# Those of a site's menu or breadcrumb only: a name never holds one.
_MENU_SEPARATORS = (" | ", " > ", " » ", " › ", " · ", " • ")


def _board_segment(parts: Sequence[str]) -> str | None:
    """The last segment of a split title line that is a board's name."""
    for part in reversed(parts):
        board = None if _kind_word(part) or date_in(part) else _plausible_board(part)
        if board and _names_a_board(board):
            return board
    return None


def _board(
    header: Sequence[_Line],
    points: Sequence[AgendaPoint],
    labels: dict[str, str],
    source_path: str,
    fallback: str | None,
) -> tuple[str | None, str]:
    """The board and where it came from: header, decision lines, folder name or caller."""
    if board := _plausible_board(labels.get("Udvalg")):
        # A label's value ("udvalg: Søholm Byråd", a file's metadata field) is the name the
        # archive files the board under, as written (see parse_file).
        return board, "label"
    if (board := _plausible_board(labels.get("Bestyrelse"))) and _names_a_board(board):
        # "Bestyrelse: Skolebestyrelsen ved Engvejens Skole" (not "Bestyrelse: Anna, Bo").
        return board, "header"
    # A web page's menus may push the title past the first lines: look past them second.
    named: list[str] = []
    # The boards of lines that say whose minutes they are ("MINUTES of the meeting of the
    # PLANNING COMMITTEE", "Referat af møde i Teknisk Udvalg").
    minuted: list[str] = []
    titled: list[tuple[str, str]] = []  # each title line that names a board, and its board
    for past_menus in (False, True):
        for _, text in _title_lines(header, past_menus=past_menus):
            if not _header_label(text) and not _dateline(text) and (board := _board_in_title(text)):
                named.append(board)
                titled.append((text, board))
                if _minutes_line(text):
                    minuted.append(board)
        if named:
            break
    if named and named[0] not in minuted and _place_council(named[0]):
        # "ASHCOMBE TOWN COUNCIL" above "MINUTES of the meeting of the PLANNING AND ENVIRONMENT
        # COMMITTEE": a place's council named alone heads the paper it publishes (as "Vestmose
        # Kommune" does); the minutes are of the committee the next line names.
        # "ASHCOMBE PARISH COUNCIL" above "Minutes of the meeting of the Parish Council": the
        # council by its kind alone, the one the first line names with its place; it keeps it.
        if other := next(
            (
                b
                for b in minuted
                if b != named[0]
                and _names_a_board(b)
                and not fold(named[0]).endswith(" " + fold(b))
            ),
            None,
        ):
            named.remove(other)
            named.insert(0, other)
    if not named and (subject := _mail_subject(header)) and (board := _board_in_title(subject)):
        # An e-mail saved as text whose greeting and letter name no board in a title: its
        # subject is its title ("Emne: Dagsorden til skolebestyrelsesmøde onsdag d. 7. feb."),
        # as an .eml file's subject opens its text.
        named.append(board)
    if named:
        # "Referat KFU 23.01.2024" above "Kultur- og Fritidsudvalget": the name written out,
        # when the header gives it too, rather than its initials.
        full = [b for b in named if not _acronym(b)]
        if not full and _acronym(named[0]):
            # A cover letter above the minutes ("Referat KFU …" / "Kære alle" / … /
            # "Kultur- og Fritidsudvalget") pushes the name written out past the first
            # lines: a header line that is a board's name alone, with the initials' first.
            full = [b for b in _boards_alone(header) if b[:1] == named[0][:1]]
            # Or a line of the letter names it in a sentence ("Kære medlemmer af
            # Folkeoplysningsudvalget" under the subject "Referat FOU 3/6-2025"): a board's
            # word whose letters hold the initials in their order, the only one there.
            full = full or _initials_written_out(named[0], header)
        first = full[0] if full and _acronym(named[0]) else named[0]
        if not _names_a_board(first) and (
            owners := [b for b in named if re.search(rf" (?:for|ved) {re.escape(first)}$", b)]
        ):
            # "Kystby Havn - Referat af bestyrelsesmøde" above "Referat af møde i Bestyrelsen
            # for Kystby Havn": the first line names whose board it is, the next the board.
            first = owners[0]
        if (
            first not in minuted
            and not _names_a_board(first)
            and first.split(" ")[-1].casefold() in COMPANY_FORMS
            and (owned := [b for b in minuted if fold(b) in _OWNED_BOARDS])
        ):
            # "Sølvhede Fjernvarme a.m.b.a." above "Referat af bestyrelsesmøde": a company's
            # name heads the paper, the title under it names its board by the meeting's word
            # alone. The board is the company's ("Bestyrelsen for …"), as "Bestyrelsesmøde i
            # <company>" reads in one line.
            first = f"{owned[0]} for {first}"
        if fuller := [b for b in named if b.startswith(first + " for ")]:
            # "Referat fra bestyrelsesmøde" (a mail's subject) above "REFERAT - BESTYRELSESMØDE
            # I MØLLEVANG VARME A/S": the same board, named in full further down.
            first = fuller[0]
        elif whose := _board_whose_meeting(first, titled):
            first = whose
        return _board_in_full(_named_twice(first, header), header), "header"
    boards: Counter[str] = Counter()
    for point in points:
        for section in point.decisions:
            found = decision(section.heading) if section.heading else None
            if found and (board := _plausible_board(found.board)):
                boards[board] += 1
    if boards:
        return boards.most_common(1)[0][0], "decision lines"
    if board := _board_from_file_name(source_path):
        return board, "file name"
    if board := _board_from_folder(source_path):
        return board, "folder name"
    if fallback and fallback.strip():
        return fallback.strip(), "--board option"
    return None, ""


def _board_whose_meeting(board: str, titled: Sequence[tuple[str, str]]) -> str | None:
    """The board a title line names after the meeting's word that names ``board`` alone:
    "Referat fra bestyrelsesmøde" (a mail's subject, "Bestyrelsen") above "REFERAT -
    BESTYRELSESMØDE I NØRREBY LOKALRÅD". The same meeting, and after "i" the board that held it
    by its own name (a lokalråd, a forening meets as its bestyrelse): the board's name, not its
    meeting's word. Only a name that names a board: a company's or a place's after "i" is read on
    its line ("Bestyrelsen for …", see ``_plausible_board``). None where no line does."""
    for text, named in titled:
        if named == board or not _names_a_board(named):
            continue
        words = text.split()
        if any(
            words[k + 1].casefold() == "i" and _board_of_meeting_word(words[k]) == board
            for k in range(len(words) - 1)
        ):
            return named
    return None


def _without_municipality(board: str, header: Sequence[_Line]) -> str:
    """A board named after the municipality the header names ("Vestmose Byråd" under "VESTMOSE
    KOMMUNE", "Fjordby Kommunes Økonomiudvalg") is that municipality's board: its name alone, in
    the definite form boards are read in ("Byrådet"). A board of a town or an organisation keeps
    its place ("Vestmose Lokaludvalg", "Vestmose Erhvervsråd"), and so does any board whose
    place the header does not name as its municipality."""
    words = board.split(" ")
    # The longest place first: "Fjordby Kommunes" before "Fjordby".
    for k in range(len(words) - 1, 0, -1):
        place, name = " ".join(words[:k]), " ".join(words[k:])
        # ("FJORDBY BYRÅD" in a title in capitals is read "Fjordby byråd".)
        name = _definite(name[:1].upper() + name[1:])
        if not _names_a_board(name) or not _municipal_board(name):
            continue
        # ("Bøgeholt Kommune Økonomiudvalget": the municipality's name with its word.)
        if _municipality_named(
            place.casefold().removesuffix(" kommunes").removesuffix(" kommune"), header
        ):
            return name
    return board


def _council_as_named(board: str, header: Sequence[_Line]) -> str:
    """A municipality's council named after its place in a title ("Vestmose Byraad", "VESTMOSE
    BYRÅD") by the name the minutes under it give the body: its word alone, in the definite
    form, as a header sentence writes it ("holdtes Møde i Byraadet"). A title names who keeps
    the protocol; the text names the body that met. Only the council itself
    (PLACE_COUNCIL_WORDS): a town's or an organisation's board keeps its place ("Østervang
    Lokalråd"), and so does a parish's or a county's council (MERGED_COUNCIL_WORDS: "Ravnstrup
    Sogneråd" over "Møde i Sogneraadet"), one of several in an archive; a title the text does
    not echo is kept. (Compared without Danish letters: an old protocol spells "Byraad" in its
    title, "Byrådet" below.)"""
    words = board.split(" ")
    word = ascii_fold(words[-1])
    councils = {ascii_fold(w) for w in PLACE_COUNCIL_WORDS if w not in MERGED_COUNCIL_WORDS}
    if len(words) < 2 or not (word in councils or word.removesuffix("et") in councils):
        return board
    definite = word if word.endswith("et") else word + "et"
    for line in header:
        for m in _WORD_RE.finditer(demark(line.raw)):
            written = m.group()
            if written[:1].isupper() and not written.isupper() and ascii_fold(written) == definite:
                return written
    return board


# A council's word in the spelling before 1948, "aa" for "å": "Byraadet", "SOGNERAAD".
_OLD_COUNCIL_WORD_RE = re.compile(r"(?<![\w-])([^\W\d_]*?)(raad|RAAD|Raad)(et|ETS?|ets|s)?(?!\w)")


def _council_in_modern_spelling(board: str) -> str:
    """A board's council word ("Byraadet", "Sogneraad", "Lokalraadet for …") in today's spelling
    ("Byrådet"): an old protocol writes "aa" for "å", the body is the same and is found by its
    name as written now. Only the word that ends in the council's "raad"; a place's name keeps
    its "aa" ("Lyngaa", "Aabenraa"), as the place's own spelling may."""

    def modern(m: re.Match[str]) -> str:
        raad = m[2]
        return (
            m[1]
            + ("RÅD" if raad.isupper() else "Råd" if raad[0].isupper() else "råd")
            + (m[3] or "")
        )

    return _OLD_COUNCIL_WORD_RE.sub(modern, board)


def _municipality_named(place: str, header: Sequence[_Line]) -> bool:
    """Whether a header line names a (casefolded) place as its municipality: "VESTMOSE
    KOMMUNE", "Vestmose Kommune, Rådhuset"."""
    named = re.compile(rf"(?<!\w){re.escape(place)}[ \t]{{1,3}}kommune(?!\w)")
    return any(named.search(line.raw.casefold()) for line in header)


def _municipal_board(name: str) -> bool:
    """Whether a board's name ends in the word of a municipality's own board ("Byrådet",
    "Teknik- og Miljøudvalg"; not "Lokaludvalget", a town's, nor "Erhvervsråd", an
    organisation's)."""
    last = _indefinite(name.split(" ")[-1]).casefold()
    return last.endswith(MUNICIPAL_BOARD_WORDS) and not last.endswith(LOCAL_BOARD_WORDS)


def _indefinite(word: str) -> str:
    """A board word without its definite ending: "Byrådet" -> "Byråd"."""
    folded = word.casefold()
    for ending, definite in _DEFINITE:
        if folded.endswith(ending + definite):
            return word[: -len(definite)]
    return word


def _definite(name: str) -> str:
    """A board's name in the definite form the reader gives boards: "Byråd" -> "Byrådet",
    "Teknik- og Miljøudvalg" -> "Teknik- og Miljøudvalget"; a definite name as it is."""
    *head, last = name.split(" ")
    if _indefinite(last) == last:
        folded = last.casefold()
        ending = next((d for e, d in _DEFINITE if folded.endswith(e)), "")
        last += ending.upper() if last.isupper() else ending
    return " ".join([*head, last])


def _named_twice(board: str, header: Sequence[_Line]) -> str:
    """The board as a title line names it where the line opens with its other name in brackets
    too ("Summary of the City Council meeting" above "City Council (Byrådet) · Wednesday …"):
    the name chosen of the two there (see ``_first_of_two_names``) is the one the archive knows it
    by."""
    pattern = re.compile(rf"^{re.escape(board)}[ \t]{{0,3}}\((?P<other>[^()]{{1,60}})\)")
    for past_menus in (False, True):
        for _, text in _title_lines(header, past_menus=past_menus):
            # (A line that opens with both names; a label's value, "Meeting<TAB>City Council
            # (Byrådet)", is a table's row, no title.)
            if not _header_label(text) and (m := pattern.match(text)) is not None:
                return _first_of_two_names(f"{board} ({m['other'].strip()})") or board
    return board


# A board's name as one word or "X- og Y…udvalget" in a sentence.
_BOARD_WORD_RE = re.compile(
    r"(?<![\w-])[A-ZÆØÅ][a-zæøå]+(?:-[ \t]{1,3}og[ \t]{1,3}[A-ZÆØÅa-zæøå][a-zæøå]+)?(?![\w-])"
)


def _initials_written_out(initials: str, header: Sequence[_Line]) -> list[str]:
    """The board a header's sentences name in full whose letters hold a board's initials in
    their order, the first its first ("FOU": "Folkeoplysningsudvalget"); none where two
    different boards would do."""
    found: list[str] = []
    letters = initials.casefold()
    for line in header:
        for m in _BOARD_WORD_RE.finditer(demark(line.raw)):
            name = m.group()
            folded = name.casefold()
            if not _names_a_board(name) or folded[0] != letters[0] or name in found:
                continue
            rest = iter(folded)
            if all(ch in rest for ch in letters):
                found.append(name)
    return found if len(found) == 1 else []


def _boards_alone(header: Sequence[_Line]) -> list[str]:
    """The header lines that are a board's name written out and nothing else, in order."""
    out: list[str] = []
    for line in header:
        text = demark(line.raw).strip()
        if text and not _acronym(text) and _board_in_title(text) == text and _names_a_board(text):
            out.append(text)
    return out


def _board_in_full(board: str, header: Sequence[_Line]) -> str:
    """A board of an institution read by its word alone ("Skolebestyrelsen", from "Dagsorden til
    skolebestyrelsesmøde"), in full where the header names whose it is: "… vores næste møde i
    skolebestyrelsen for Vestervang Skole, onsdag …" -> "Skolebestyrelsen for Vestervang Skole".
    The name after "for"/"ved" is its capitalised words; a municipality or region is who
    publishes, never whose board it is."""
    if " " in board or not fold(board).endswith(_OWNED_BOARDS):
        return board
    named = re.compile(
        rf"(?<!\w)(?i:{re.escape(board)})[ \t]{{1,3}}(?P<joint>for|ved)[ \t]{{1,3}}"
        r"(?P<name>[A-ZÆØÅ][\w-]{0,40}(?:[ \t]{1,3}[A-ZÆØÅ][\w-]{0,40}){0,3})"
    )
    for line in header:
        text = demark(line.raw)
        if text.isupper():
            # "SKOLEBESTYRELSEN VED EGEBAKKESKOLEN": a title typed in capitals names it too;
            # its words are read as a name is written ("Skolebestyrelsen ved Egebakkeskolen").
            # ("A/S" and other words not of letters alone are kept as written.)
            text = " ".join(w.capitalize() if w.isalpha() else w for w in text.split())
            text = re.sub(r"(?<= )(?:For|Ved)(?= )", lambda j: j[0].lower(), text)
        m = named.search(text)
        if m is not None and not _organisation(m["name"]) and not _names_a_board(m["name"]):
            return f"{board} {m['joint']} {m['name']}"
    for _, text in _title_lines(header):
        if (owner := _owner_name(text)) is not None:
            # "Boligforeningen Egeparken" over "Referat af møde i organisationsbestyrelsen":
            # the association heads its board's paper ("… i Boligforeningen Egeparken"), as a
            # member's word for it puts it; a question may name it and not the board.
            return f"{board} i {owner}"
    return board


def _owner_name(text: str) -> str | None:
    """The name a line holds and nothing else, where it is an association's, a company's or a
    foundation's (see ORGANISATION_WORDS): "Boligforeningen Egeparken", "Egeparken
    Boligforening", a few capitalised words whose first (definite) or last word is built on
    such a body's word. None for any other line: a board's name, a municipality, a title."""
    words = text.strip().split()
    if (
        not 2 <= len(words) <= 5
        or any(not w[:1].isupper() for w in words if w not in NAME_SMALL_WORDS)
        or any(ch.isdigit() for ch in text)
        or _kind_word(text)
        or _names_a_board(text)
        or _organisation(text)
    ):
        return None
    first, last = fold(words[0]), fold(words[-1])
    if any(first.endswith(w + end) or last.endswith(w) for w, end in ORGANISATION_WORDS):
        return " ".join(words)
    return None


def _board_from_file_name(source_path: str) -> str | None:
    """ "07_Planudvalget_dagsorden_2025-05-06.txt" -> "Planudvalget": a word of the file's name
    that is a board's name (a compound ending like one, "Byraadet", "plan-og-miljoeudvalget"),
    as its folder's name would be (see ``_board_from_folder``). Numbers, dates and the kind's
    word around it are no part of it; a bare "udvalg" or "råd" names no board."""
    words = [w for w in re.split(r"[-_ .]+", PurePath(source_path).stem) if w]
    for i, word in enumerate(words):
        folded = word.casefold()
        ending = next((e for e in _BOARD_FOLDER_ENDINGS if folded.endswith(e)), None)
        if not word.isalpha() or ending is None or len(folded) < len(ending) + 2:
            continue
        start = i
        while start >= 2 and words[start - 1].casefold() == "og" and words[start - 2].isalpha():
            start -= 2  # "plan-og-miljoeudvalget": the names joined by "og" are one board's
        return _board_from_name("-".join(words[start : i + 1]))
    return None


def _board_from_folder(source_path: str) -> str | None:
    """ "oekonomiudvalget/" -> "Økonomiudvalget"; only a folder whose name ends like a board."""
    return _board_from_name(PurePath(source_path).parent.name)


def _board_from_name(name: str) -> str | None:
    """A board's name written as a file or folder name, as the minutes would write it."""
    folded = name.casefold()
    if not folded.endswith(_BOARD_FOLDER_ENDINGS):
        return None
    words = re.split(r"[-_ ]+", folded)
    words = [w.replace("oe", "ø").replace("ae", "æ").replace("aa", "å") for w in words if w]
    # "plan-og-miljoeudvalget" -> "Plan- og Miljøudvalget"
    out: list[str] = []
    for i, w in enumerate(words):
        if i + 1 < len(words) and words[i + 1] == "og":
            out.append(w + "-")
        elif i > 0 and words[i - 1] == "og":
            out.append(w[:1].upper() + w[1:])  # each name joined by "og" is a name
        else:
            out.append(w)
    text = " ".join(out)
    return text[:1].upper() + text[1:] if text else None


def _titled(titles: Sequence[str], names: Sequence[str]) -> bool:
    """Whether a (folded) title line names a kind in one of the given words or phrases, as
    whole words ("Supplerende dagsorden til byrådsmødet", "Mødereferat")."""
    return any(
        re.search(rf"(?<![^\W\d_]){re.escape(fold(name))}(?![^\W\d_])", title)
        for title in titles
        for name in names
    )


_OCR_ONE_RE = re.compile(r"(?<=[^\W\d_])1(?!\d)")
# A compound of "referat" as a title word names minutes too: "BESLUTNINGSREFERAT",
# "Bestyrelsesreferat" ("Tillægsreferat", a supplement, is read before it).
_REFERAT_COMPOUND_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,}referat(?![^\W\d_])")


# A kind's word followed by a verb that announces it ("Status: Dagsorden offentliggjort 8.
# januar. Referat offentliggøres efter mødet."): the document named is still to come.
_PROMISED_VERBS_RE = "|".join(
    re.escape(v).replace(r"\ ", r"[ \t]{1,3}") for v in PROMISED_DOCUMENT_VERBS
)
_PROMISED_KIND_RE = re.compile(
    r"(?<![^\W\d_])(?:referat(?:et)?|dagsorden(?:en)?|minutes|agenda)[ \t]{1,3}"
    rf"(?:{_PROMISED_VERBS_RE})(?![^\W\d_])",
    re.IGNORECASE,
)


def _kind(header: Sequence[_Line], points: Sequence[AgendaPoint], ended: bool = False) -> str:
    # "Dagsorden:" over the list of points labels that list; it does not say the file is one.
    # A line that announces a document yet to be published names what the file is not: the
    # agenda's status line "Referat offentliggøres efter mødet" made an agenda read as minutes.
    lines = [
        _PROMISED_KIND_RE.sub(" ", text)
        for _, text in _title_lines(header)
        if not text.endswith(":")
    ]
    words = {_kind_word(text) for text in lines}
    words -= {None}
    titles = [fold(text) for text in lines]
    # "Mødeprotoko1": OCR reads an "l" ending a word (or inside one) as the digit "1".
    titles += [_OCR_ONE_RE.sub("l", t) for t in titles if _OCR_ONE_RE.search(t)]
    if words & {"tillægsreferat", "tillægsdagsorden"} or _titled(titles, SUPPLEMENT_TITLES):
        return "tillægsreferat"
    if (
        words & {"referat", "beslutningsprotokol", "minutes"}
        or _titled(titles, MINUTES_TITLES)
        or any(_REFERAT_COMPOUND_RE.search(t) for t in titles)
    ):
        return "referat"
    if words & {"dagsorden", "agenda"}:
        return "dagsorden"
    if any(p.decisions for p in points) or any(_decided_in(p) for p in points):
        return "referat"
    # "Aar 1969 Onsdag den 12. Marts afholdtes ordinært Møde i Sogneraadet": an old protocol
    # opens by saying, in the past tense, that the meeting was held: its record, no agenda.
    held = any(_HELD_PAST_RE.search(demark(line.raw)) for line in header if not line.blank)
    # "Mødet hævet kl. 21.45." (``ended``): the hour the meeting ended is known only after it,
    # so a file that records it is the record of the meeting, whose decisions may stand as bare
    # sentences ("Godkendt.", "Vedtaget med 13 stemmer mod 4.") under no label. An agenda that
    # names itself one is read so above.
    return "referat" if held or ended else "dagsorden"


# A body line that opens with a decided label ("Besluttet: Bevilget."): see DECIDED_LABELS.
_DECIDED_LINE_RE = re.compile(
    rf"^[ \t]*(?:{'|'.join(DECIDED_LABELS)})[ \t]{{0,3}}:", re.IGNORECASE | re.MULTILINE
)


def _decided_in(point: AgendaPoint) -> bool:
    """Whether a point's body records its decision by a label in the past tense ("Besluttet:
    Bevilget."): a protocol without "Beslutning" headings is minutes all the same."""
    return any(_DECIDED_LINE_RE.search(section.text) for section in point.sections)


# The past tense of a meeting held, as a protocol's opening formula writes it: "afholdtes",
# "holdtes" (an agenda writes "afholdes", the meeting still to come).
_HELD_PAST_RE = re.compile(r"(?<![^\W\d_])(?:af)?holdtes(?![^\W\d_])", re.IGNORECASE)


def _contents_cases(header: Sequence[_Line]) -> list[tuple[int | None, str, str]]:
    """``(number, title, case number)`` of the contents entries above the points that give a
    point's case: "2. Budget 2027 (24/1234) ........ 3", "3. Tag - sagsnr. 24/5678     4", or a
    row "2<TAB>24/1234<TAB>Budget 2027" (number, case and title in cells)."""
    out: list[tuple[int | None, str, str]] = []
    for line in header:
        if line.blank:
            continue
        text = demark(line.raw)
        cells = table_cells(line.raw) if "\t" in line.raw or "   " in text else []
        if 3 <= len(cells) <= 5 and cells[0].rstrip(".").isdigit():
            # A row: its number, the one cell that is a case number, the longest other cell.
            found = [(c, f[0]) for c in cells[1:] if (f := case_number(c)) and f[0]]
            words = [c for c in cells[1:] if case_number(c) is None and not c.isdigit()]
            if len(found) == 1 and words:
                out.append((int(cells[0].rstrip(".")), max(words, key=len), found[0][1]))
            continue
        entry = toc_entry(text)
        head = point_heading(entry[0] if entry else text)
        if head is not None and (split := title_case(head.title)):
            out.append((head.number, split[0], split[1]))
    return out


def _contents_titles(header: Sequence[_Line]) -> dict[int, str]:
    """The title of each point the agenda or contents above the points lists ("1. Godkendelse
    af dagsorden", "3. Budget ..... 4"): the title of a point whose heading gives none ("Ad
    3"). Only a list of two entries or more; the first entry of a number counts."""
    titles: dict[int, str] = {}
    for line in header:
        if line.blank:
            continue
        text = demark(line.raw)
        entry = toc_entry(text)
        head = point_heading(entry[0] if entry else text)
        if head is None or not head.title or head.number in titles:
            continue
        # ("5) Lukket punkt": a mark in the title's place names no point.)
        titles[head.number] = "" if closed_mark_only(head.title) else head.title
    return titles if len(titles) >= 2 else {}


def _closed_in_contents(header: Sequence[_Line]) -> list[tuple[int, str]]:
    """``(number, title)`` (title without marks) of the contents entries above the points that
    say the point is closed: by its own mark ("2. Køb af jord (Lukket) ..... 3", a row
    "2<TAB>Køb af jord<TAB>Lukket") or under a closed group heading of the contents ("Lukket
    dagsorden"). A point the minutes mark only there is closed all the same."""
    out: list[tuple[int, str]] = []
    in_group = False
    for line in header:
        if line.blank:
            continue
        text = demark(line.raw)
        if _group_line(line):
            in_group = bool(_group_closed(line))
            continue
        cells = table_cells(line.raw) if "\t" in line.raw or "   " in text else []
        if 2 <= len(cells) <= 5 and cells[0].rstrip(".").isdigit():
            said = any((f := case_number(c)) is not None and f[1] for c in cells[1:])
            words = [c for c in cells[1:] if case_number(c) is None]
            if words and (in_group or said or any(closed_title(w) for w in words)):
                out.append((int(cells[0].rstrip(".")), title_core(max(words, key=len))))
            continue
        entry = toc_entry(text)
        head = point_heading(entry[0] if entry else text)
        if head is not None and (in_group or head.closed or closed_title(head.title)):
            split = title_case(head.title)
            out.append((head.number, title_core(split[0] if split else head.title)))
    return out


def _entry_closed(entries: Sequence[tuple[int, str]], head: PointHeading) -> bool:
    """Whether a closed contents entry is this point's: the same number and title, or the
    same number where the heading gives no title on its line."""
    if not entries:
        return False
    split = title_case(head.title)
    core = title_core(split[0] if split else head.title)
    return any(n == head.number and (t == core or not core) for n, t in entries)


def _cases_from_contents(header: Sequence[_Line], points: list[AgendaPoint]) -> list[AgendaPoint]:
    """Points with the case number only a table of contents gives: the entry of the same number
    and title (titles compared without marks), or of the same title alone."""
    entries = _contents_cases(header)
    if not entries:
        return points
    out = []
    for p in points:
        core = title_core(p.title)
        case = next((c for n, t, c in entries if n == p.number and title_core(t) == core), None)
        if case is None:
            same = [c for _, t, c in entries if title_core(t) == core]
            case = same[0] if len(same) == 1 else None
        out.append(replace(p, case_number=case) if p.case_number is None and case else p)
    return out


def _toc(header: Sequence[_Line]) -> tuple[TocEntry, ...]:
    entries: list[TocEntry] = []
    for line in header:
        found = toc_entry(demark(line.raw)) if not line.blank else None
        if found:
            entries.append(TocEntry(*found))
    return tuple(entries)


# --- points ----------------------------------------------------------------------------------


# A line drawn across the page: dashes, equals signs, underscores or box-drawing characters;
# three are enough ("---", "***": a Markdown horizontal rule between points).
# (Typed with a space between the dashes too, "- - - - -", and OCR may read the rule's end as a
# tilde: "~- - - -".)
# (Tildes too: a typed or reStructuredText file underlines its titles with "~~~~~~~~".)
_RULE_RE = re.compile(r"^~?[-=_–—─━*~](?:[ ]?[-=_–—─━*~]){2,}~?$")
# Kinds of contact detail a site's footer gives: a phone number, an e-mail or web address, a
# postcode and town, a CVR or EAN number.
_CONTACT_RES = (
    re.compile(r"\b(?:tlf|telefon|phone|tel)\b\.?:?[ \t]{0,3}\+?\d[\d \t]{6}", re.IGNORECASE),
    re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.\w"),
    re.compile(r"\bwww\.[\w-]+\.\w|\bhttps?://", re.IGNORECASE),
    re.compile(r"(?<![\d/.,-])\d{4}[ \t]{1,3}[A-ZÆØÅ][a-zæøå]"),
    re.compile(r"\b(?:CVR|EAN)(?:-?nr\.?)?:?[ \t]{0,3}\d{2}(?:[ \t]?\d{2}){3}", re.IGNORECASE),
)
# A footer's lines are short: an address, a link, a phone number (words of letters).
_FOOTER_LINE_WORDS = 15
_LETTER_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# The parts of a line of links: between bars, dots, bullets, tabs or wide gaps.
_LINK_SEPARATOR_RE = re.compile(r"[ \t]*[|·•\t][ \t]*|[ \t]{3,}")
# "Sandholm Kommune", "Region Vestkyst": the site's owner on a line of its own.
# ("Sønderlund Municipality": a municipality's English page names it so.)
_OWNER_RE = re.compile(
    r"^(?:[A-ZÆØÅ][\w-]+[ \t]){1,3}(?:Kommune|Municipality)$|^Region[ \t][A-ZÆØÅ][\w-]+$"
)
# "Rådhusvej 1", "Torvet 12 B": a street and its number.
_STREET_RE = re.compile(
    r"^[A-ZÆØÅ][\w.-]{1,30}(?:[ \t][\w.-]{1,30}){0,2}[ \t]\d{1,4}(?:[ \t]?[A-Za-z])?$"
)


def _site_footer(lines: Sequence[_Line], start: int) -> int:
    """Where a web page's footer starts below the last point's heading, else ``len(lines)``.

    The footer is the run of lines that ends the file, from ``start`` on, each of them a contact
    detail, a link to the site's pages, the site's owner or its street, when the run gives two
    kinds of contact detail ("Skovlund Kommune · Rådhusvej 1 · 7700 Skovlund · tlf. 99 99 12
    12") or a link line ("Tilgængelighedserklæring"): a contact person named in the last point's
    text, with prose below, stays.
    """
    at = len(lines)
    while at > start and (
        lines[at - 1].blank
        or _footer_line(text := demark(lines[at - 1].raw))
        or _running_title(text)
    ):
        at -= 1
    while at < len(lines) and lines[at].blank:
        at += 1
    texts = [demark(line.raw) for line in lines[at:] if not line.blank]
    kinds = {k for t in texts for k, rx in enumerate(_CONTACT_RES) if rx.search(t)}
    # The site's owner set apart on a footer line ("*Vesterå Kommune · Rådhustorvet 1 · 7330
    # Vesterå*") is a detail of its own beside the address: who, and where.
    # ("Sønderlund Municipality, Rådhuspladsen 1, 6270 Sønderlund": the owner, then its address
    # after a comma.)
    parts = [
        q.strip(" *_") for t in texts for p in _LINK_SEPARATOR_RE.split(t) for q in p.split(", ")
    ]
    if any(_OWNER_RE.match(p) for p in parts):
        kinds.add(len(_CONTACT_RES))
    return at if len(kinds) >= 2 or any(map(_link_line, texts)) else len(lines)


# The most lines of a sender's signature: a name, a role, the authority and a department, a
# phone and a mail address.
_SIGNATURE_LINES = 6


def _sender_signature(lines: Sequence[_Line], start: int) -> list[str]:
    """The sender's signature below the last point's heading (from ``start``): the lines after
    the last sign-off that stands on a line of its own ("Med venlig hilsen", "Kind regards"),
    up to the first blank line below them ("Signe Bech" / "Sekretær for Ældrerådet" / "Ålykke
    Kommune, Social og Ældre"). Minutes sent as a mail are signed by the board's secretary under
    the authority she writes for, its issuer; a sign-off within a sentence signs nothing.
    Empty where no sign-off stands alone."""
    offs = [k for k in range(start, len(lines)) if _sign_off(lines[k].raw)]
    if not offs:
        return []
    out: list[str] = []
    for line in lines[offs[-1] + 1 :]:
        if line.blank and out:
            break
        if not line.blank:
            out.append(line.raw)
        if len(out) == _SIGNATURE_LINES:
            break
    return out


def _sign_off(raw: str) -> bool:
    return " ".join(demark(raw).casefold().split()).strip(" ,.!") in SIGN_OFFS


def _meeting_closed(lines: Sequence[_Line], start: int, end: int) -> int:
    """Where the last point's text ends: at the line that closes the meeting ("Mødet hævet kl.
    22.10.", "The meeting closed at 21:05") below its heading, else ``end``. What follows it (the
    members' signatures, "Jens Holm, formand", the minute-taker's name) was written after the
    meeting and is no text of the point; only where no line below it resumes the meeting
    ("Mødet genoptaget"). A rule of the closing line, not a list of the names a file signs."""
    closing = [k for k in range(start, end) if _ends_meeting(demark(lines[k].raw))]
    if not closing:
        return end
    last = closing[-1]
    if any(_SESSION_RE.match(demark(lines[k].raw).strip()) for k in range(last + 1, end)):
        return end
    if not _MEETING_END_RE.match(demark(lines[last].raw).strip()):
        # A line of columns: the closing line beside the record's closing or the signer's
        # name ends the text before it (a closing line alone is dropped as a course line).
        return last
    return last + 1


def _ends_meeting(text: str) -> bool:
    """Whether a line closes the meeting: the closing line alone ("Mødet hævet kl. 22.10."), or
    a typed protocol's column of it, beside the record's own closing line or the name that
    signs ("Protokollen oplæst og godkendt.      Mødet hævet Kl. 21¾.", "Mødet slut kl. 17.45.
    N.O. Brandt"): set apart by a wide gap, each cell before it a closing line too."""
    if _MEETING_END_RE.match(text.strip()):
        return True
    cells = [c.strip() for c in _COLUMN_GAP_RE.split(text.strip())]
    ends = [k for k, c in enumerate(cells) if _MEETING_END_RE.match(c)]
    return bool(ends) and all(_closing_line(c, False) for c in cells[: ends[0]])


# Typed columns: a gap of five spaces or more between two cells of one line.
_COLUMN_GAP_RE = re.compile(r"[ \t]{5,}")


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)


# The closing sentences of indexer.language's words (see _closing_block). A date or number
# must follow a stamp, an approver or the next meeting: a word alone is no record's date.
# "Næste møde", "Next committee meeting": the next meeting named.
_NEXT_MEETING = rf"(?:{_alt(NEXT_MEETING_OPENINGS)})[ \t]+(?:[\w-]+[ \t]+)?[\w-]*(?:møde|meeting)\b"
_CLOSING_RECORD_RE = re.compile(
    rf"^(?:{_alt(CLOSING_RECORD_NOUNS)})[ \t]+(?:(?:er|blev|var|is|was|were|has[ \t]+been"
    # (A word may go before the verb, joined by "og": "Protokollen oplæst og godkendt",
    # "Minutes read and signed".)
    r"|have[ \t]+been)[ \t]+)?(?:\w+[ \t]+(?:(?:og|and)[ \t]+)?)?"
    rf"(?:{_alt(CLOSING_RECORD_VERBS)})\b",
    re.IGNORECASE,
)
_CLOSING_DATED_RE = re.compile(
    rf"^(?:(?:{_alt(CLOSING_STAMP_WORDS)})|godkendt[ \t]+af[ \t]+(?:{_alt(CLOSING_APPROVERS)})"
    rf"|approved[ \t]+by[ \t]+(?:{_alt(CLOSING_APPROVERS)})"
    rf"|{_NEXT_MEETING})"
    r"(?=.*\d)",
    re.IGNORECASE,
)
# (With its colon: "Kontakt forvaltningen for spørgsmål." is a sentence of the point; only
# "Ref." and "Minutes taken by" end without one.)
_CLOSING_LABEL_RE = re.compile(
    rf"^(?:{_alt(CLOSING_LABELS)})(?:[ \t]*:|(?<=\.)|(?<=\bby))[ \t]*\S", re.IGNORECASE
)
_CLOSING_SOURCE_RE = re.compile(
    rf"^(?:{_alt(CLOSING_SOURCE_STAMPS)})[ \t]+\S+(?:[ \t]+\S+){{0,3}}[ \t]*\.?$", re.IGNORECASE
)
_NEXT_MEETING_RE = re.compile(rf"^{_NEXT_MEETING}", re.IGNORECASE)
# A sentence's end inside a line: a stop, then a word in capitals ("… 2021. Næste …"), not a
# date's or an abbreviation's stop ("d. 12. marts", "kl. 9.30").
_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?])[ \t]+(?=[A-ZÆØÅ][a-zæøå])")
# The most words of a closing line's sentence: a stamp, a date and place, a name or two.
_CLOSING_WORDS = 20


def _closing_line(text: str, next_meeting: bool) -> bool:
    """A line that says only things about the record or the next meeting ("Referatet er
    godkendt digitalt af udvalgets medlemmer den 5. juni 2024.", "Next meeting: Tuesday, June
    10, 2025.", "Referent: Eva Berg", "Published October 14, 2024 · Contact: The Secretariat"):
    each of its parts between a footer's separators, and each sentence of those, is one. A
    sentence that opens otherwise ("Sagen genoptages på næste møde.", "Grethe sørger for
    kaffe.") is the point's. ``next_meeting``: whether a line about the next meeting counts."""
    text = text.strip(" *_")
    if _signature(text) or _mail_disclaimer(text) or _signature_row(text):
        return True
    parts = [p.strip(" *_") for p in _LINK_SEPARATOR_RE.split(text) if p.strip(" *_")]
    # (A label's value is one, stops and all: "Ref. Lise Holm", "Referent: K. Dam".)
    sentences = [
        s
        for p in parts
        for s in ([p] if _CLOSING_LABEL_RE.match(p) else _SENTENCE_BREAK_RE.split(p))
        if s.strip()
    ]
    closing = [
        len(_LETTER_WORD_RE.findall(s)) <= _CLOSING_WORDS
        and (
            bool(_CLOSING_RECORD_RE.match(s) or _CLOSING_LABEL_RE.match(s))
            or bool(_CLOSING_SOURCE_RE.match(s))
            or (
                bool(_CLOSING_DATED_RE.match(s)) and (next_meeting or not _NEXT_MEETING_RE.match(s))
            )
        )
        for s in sentences
    ]
    # ("Kærby Kommune · Dagsorden udsendt 3. februar 2026": the site's owner beside the stamp
    # is the footer's.)
    return any(closing) and all(
        c or _footer_line(s) for c, s in zip(closing, sentences, strict=True)
    )


def _mail_disclaimer(text: str) -> bool:
    """An e-mail's disclaimer: a short paragraph that opens with the message ("Denne e-mail
    kan indeholde fortrolige oplysninger …", "This e-mail is confidential …") and speaks of
    its confidentiality or recipient (see MAIL_DISCLAIMER_OPENINGS)."""
    folded = text.casefold()
    return (
        folded.startswith(MAIL_DISCLAIMER_OPENINGS)
        and any(w in folded for w in MAIL_DISCLAIMER_WORDS)
        and len(_LETTER_WORD_RE.findall(text)) <= _DISCLAIMER_WORDS
    )


# A column of a row of signatures: a tab or a wide gap between the names.
_SIGNATURE_GAP_RE = re.compile(r"\t+|[ ]{3,}")
# A person's name as it signs: two to four words, each a capitalised name or an initial
# ("Rasmus Egede Kold", "N. O. Brandt", "Inge-Lise Holm").
_SIGNED_NAME_RE = re.compile(
    r"^(?:[A-ZÆØÅ](?:[a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?|\.))"
    r"(?:[ ](?:[A-ZÆØÅ](?:[a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?|\.)|af|von|van|de)){1,3}$"
)


def _signature_row(text: str) -> bool:
    """A row of the members' signatures under the minutes: three names or more set apart by
    tabs or wide gaps, nothing else ("Karsten Lyhne<TAB>Pia Holmgaard<TAB>Lene Vadstrup"), as a
    meeting system prints the signers' names under the last point. Each cell a person's name
    of two words or more: a row of single words is a table's head, not names."""
    cells = [c.strip() for c in _SIGNATURE_GAP_RE.split(text.strip()) if c.strip()]
    return len(cells) >= 3 and all(_SIGNED_NAME_RE.match(c) for c in cells)


# The most words of a mail's disclaimer.
_DISCLAIMER_WORDS = 80


# "Jørgen Aabo, formand", "Steen Kloster, adm. direktør": a name and the role it signs with.
_SIGNATURE_RE = re.compile(
    r"^[A-ZÆØÅ][\w.-]+(?:[ \t]+[A-ZÆØÅ][\w.-]+){1,3}[ \t]*,[ \t]*(?P<role>[\w. -]+?)[ \t]*$"
)


def _signature(text: str) -> bool:
    m = _SIGNATURE_RE.match(text)
    return m is not None and " ".join(m["role"].casefold().split()) in SIGNATURE_ROLES


def _closing_block(lines: Sequence[_Line], last: tuple[int, PointHeading], end: int) -> int:
    """Where the last point's text ends before the minutes' closing block, else ``end``.

    The block is the run of lines that ends the point's text, each of them a closing line
    (_closing_line: the minutes' approval, who took them, when they were sent or published,
    the next meeting, a contact) or a line of the site's footer, with at least one closing
    line among them; or a sheet of signatures from its label ("Underskriftsblad") on. It was
    written about the record, not the point, and read as the point's text it was quoted in
    answers about it. Only at the end: the same words inside the body ("- Næste møde afholdes
    den 22. april" in a list, then "Taget til efterretning") stay. And only under a text of
    the point's own: a last point whose only line is "Næste møde holdes den 4. april 2005."
    holds that as its text, as does a point titled for the next meeting ("Næste møde")."""
    first, head = last
    title = fold(head.title or "")
    topic = any(fold(t) in title for t in CLOSING_TOPIC_TITLES)
    # A last point whose only text is about the next meeting keeps it ("Eventuelt" over "Næste
    # møde afholdes den 21. juni 2017." and a stamp under it: the stamp alone goes).
    for next_meeting in (False,) if topic else (True, False):
        at = _closing_from(lines, first, end, next_meeting)
        if at < end:
            return at
    return end


def _closing_from(lines: Sequence[_Line], first: int, end: int, next_meeting: bool) -> int:
    texts = {k: demark(lines[k].raw).strip() for k in range(first + 1, end) if not lines[k].blank}
    # (The label alone over the names, or with them after its colon: "Underskriftsblad: Ea
    # Holm, Bo Dam".)
    sheet = next(
        (
            k
            for k, t in texts.items()
            if fold(t.strip(" :*_").split(":")[0].strip(" *_")) in SIGNATURE_SHEET_LABELS
        ),
        None,
    )
    stop = end if sheet is None else sheet
    disclaimer = _disclaimer_lines(texts)
    at, closing = stop, False
    while at > first + 1:
        text = texts.get(at - 1)
        if text is not None and (_closing_line(text, next_meeting) or at - 1 in disclaimer):
            closing = True
        elif text is not None and not _footer_line(text) and not _RULE_RE.match(text):
            # (A rule between the footer's lines, "=====" above the sender's address, sets
            # the footer apart; it is no line of the point's.)
            break
        at -= 1
    if not closing:
        at = stop
    # The point's own text above the block: a line that is no section's heading and no case
    # number ("J.nr. 27.00.00-A00-2-05" over "Næste møde holdes den 4. april 2005.").
    own = any(
        section_heading(lines[k].raw) is None
        and section_heading(lines[k].raw, colon=True) is None
        and case_number(lines[k].raw) is None
        for k in texts
        if k < at
    )
    # Or a rule sets the block apart from the point's lines ("Sag: 25/4412" / "---" /
    # "*Dagsordenen er udsendt 2. april 2025.*"): the document's end matter under an agenda's
    # last point that has no text yet, never that point's text. (Not where it names the next
    # meeting: a last point may hold only that.)
    return at if own or _ruled_off(lines, texts, at) else end


def _disclaimer_lines(texts: dict[int, str]) -> set[int]:
    """The lines of an e-mail's disclaimer typed over several lines ("Denne e-mail kan indeholde
    fortrolige oplysninger. Hvis du ikke er den" / "rette modtager, …"): a paragraph (a run of
    lines with no blank between) that reads as one (_mail_disclaimer) in full. Its first line
    alone reads so, the lines below it do not."""
    out: set[int] = set()
    run: list[int] = []
    for k in [*sorted(texts), -2]:
        if run and k != run[-1] + 1:
            if _mail_disclaimer(" ".join(texts[j] for j in run)):
                out.update(run)
            run = []
        if k >= 0:
            run.append(k)
    return out


def _ruled_off(lines: Sequence[_Line], texts: dict[int, str], at: int) -> bool:
    """Whether a rule line stands between the last text line above the block from ``at`` and
    the block's first, and the block says nothing of the next meeting."""
    above = max((k for k in texts if k < at), default=None)
    below = min((k for k in texts if k >= at), default=None)
    if above is None or below is None:
        return False
    if any(_NEXT_MEETING_RE.match(t) for k, t in texts.items() if k >= at):
        return False
    return any(_RULE_RE.match(lines[k].raw.strip()) for k in range(above + 1, below))


def _running_title(text: str) -> bool:
    """A page's running footer that names the document ("Dagsorden Regionsrådet 22. april 2026
    - udsendt 14. april 2026"): the kind of document first, a date, a few words. Part of a
    footer only beside the site's contact details (read as the last point's text, it was the
    nearest thing to any question about the region's own name)."""
    word = _kind_word(text)
    return (
        word is not None
        and text.casefold().startswith(word)
        and find_date(text) is not None
        and len(_LETTER_WORD_RE.findall(text)) <= _FOOTER_LINE_WORDS
    )


def _footer_line(text: str) -> bool:
    if len(_LETTER_WORD_RE.findall(text)) > _FOOTER_LINE_WORDS:
        return False
    return (
        any(rx.search(text) for rx in _CONTACT_RES)
        or _link_line(text)
        or bool(_OWNER_RE.match(text) or _STREET_RE.match(text))
    )


def _link_line(text: str) -> bool:
    """A line of the site's links only ("Kontakt | Cookies", "Åbningstider: man-fre 10-15")."""
    # ("↑ Til toppen": a link's arrow is no part of its words.)
    parts = [p.casefold().lstrip("↑↓←→^ ") for p in _LINK_SEPARATOR_RE.split(text.strip()) if p]
    known = [
        p.split(":")[0].strip() in SITE_FOOTER_LINKS or p.startswith(SITE_FOOTER_LINK_OPENINGS)
        for p in parts
    ]
    if parts and all(known):
        return True
    # "Til toppen · Alle møder", "Back to top | Print | Contact …: info@…": beside a link to the
    # page's top, the other parts are the page's links too, each a few words or a contact
    # detail; a sentence beside it is text. So beside a link's opening ("Følg os på Facebook ·
    # Instagram · LinkedIn").
    beside = any(p.strip(" .") in PAGE_TOP_LINKS for p in parts) or any(
        p.startswith(SITE_FOOTER_LINK_OPENINGS) for p in parts
    )
    return beside and all(k or _short_link(p) for p, k in zip(parts, known, strict=True))


# The most words of a link a page names in a few words ("Alle møder", "Print").
_LINK_WORDS = 4


def _short_link(part: str) -> bool:
    if any(rx.search(part) for rx in _CONTACT_RES):
        return True
    return len(part.split()) <= _LINK_WORDS and not re.search(r"[.!?](?:\s|$)", part)


def _next_filled(lines: Sequence[_Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if not lines[j].blank:
            return j
    return None


def _opens_body(line: _Line) -> bool:
    """Whether a line can start a point's body: metadata or a section heading (not a decision:
    a list item above "Beslutning" is still inside the previous point)."""
    if case_number(line.raw) is not None or closing_line(line.raw) or closed_note(line.raw):
        return True
    found = section_heading(line.raw)
    if found is None and (with_colon := section_heading(line.raw, colon=True)):
        # "Sagsfremstilling:" right under a heading opens its body in files that write every
        # section with a colon; a sub-heading with a colon ("Baggrund:") may sit in any body.
        found = with_colon if with_colon[0] in OPENING_SECTIONS else None
    return found is not None and found[0] != "Beslutning"


def _find_points(lines: Sequence[_Line]) -> list[tuple[int, PointHeading]]:
    """The point headings of the text, in order, without table-of-contents entries."""
    found = [
        (i, h) for i, line in enumerate(lines) if not line.blank and (h := point_heading(line.raw))
    ]
    found = sorted(
        found + _sag_nr_headings(lines, found) + _code_run_headings(lines, found),
        key=lambda f: f[0],
    )
    rows = _rows_by_point(lines)
    found = [(i, h) for i, h in found if i not in rows]
    found = _letters_continued(lines, found)
    if recurring := _contents_recurring(lines, found):
        # A numbered contents over titles without numbers: the titles head the points.
        entries, heads = recurring
        found = sorted([f for f in found if f[0] not in entries] + heads, key=lambda f: f[0])
    toc = _toc_run(lines, found)
    # The contents' titles by number: a heading they list is a point, never a body list's item.
    contents = {h.number: fold(h.title) for i, h in found if i in toc and h.title}
    found = [(i, h) for i, h in found if i not in toc]
    strong = [(i, h) for i, h in found if h.strong]
    chosen = strong or _weak_points(lines, found)
    if strong and len(strong) < len(found):
        # "Punkt 7 (lukket): …" among "6. Title" headings: one point written in the labelled
        # form does not make the plain ones body text. Taken together only when they number the
        # points in one rising sequence, each plain one chosen on its own evidence.
        weak = _weak_points(lines, [(i, h) for i, h in found if not h.strong])
        both = sorted(strong + weak, key=lambda f: f[0])
        numbers = [h.number for _, h in both]
        rising = all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))
        if len(weak) > len(strong) and rising:
            chosen = both
    run = _numbered_run(lines, found, contents)
    if chosen and not strong and _with_body(lines, found, run) > _with_body(lines, found, chosen):
        # Plain headings chosen on thin evidence ("1. Godkendelse" above "Beslutning: ..." and
        # nothing after "2. Nyt fra formanden"; a list's items, each right above the next):
        # a run of headings with text under each reads the file better.
        chosen = run
    chosen = _drop_toc(lines, chosen)
    dates = _date_lines(lines, found)
    atx = _atx_points(lines, dates)
    if chosen and not any(h.strong for _, h in chosen) and _inside_one(chosen, atx):
        # Markdown minutes whose points are headings without numbers ("## Madservice"): a
        # numbered list under one of them ("1. Opstillingsmøde i maj") is that point's body,
        # never the meeting's points.
        chosen = atx
    return _gaps_filled(
        lines,
        chosen or _listed_points(lines, dates) or _unnumbered_or_underlined(lines, dates) or run,
    )


def _unnumbered_or_underlined(
    lines: Sequence[_Line], dates: set[int]
) -> list[tuple[int, PointHeading]]:
    """Points without numbers: titles over a case number or an opening section, or titles
    underlined with a rule. Where the file underlines every title the first way finds, the rule
    marks its points and the underlined titles are taken, so a point with neither a case number
    nor an opening section ("Eventuelt" over its rule, then "Beslutning:") is one of them too,
    never a section of the point above."""
    unnumbered = _unnumbered_points(lines, dates)
    underlined = _underlined_points(lines, dates)
    if unnumbered and len(underlined) > len(unnumbered):
        if {i for i, _ in unnumbered} <= {i for i, _ in underlined}:
            return underlined
    return unnumbered or underlined


# A contents entry's page set after its title by one space, last on the line ("… dagsorden 2").
_PAGE_AFTER_SPACE_RE = re.compile(r"(?<=\S)[ ]\d{1,3}$")


def _contents_recurring(
    lines: Sequence[_Line], found: Sequence[tuple[int, PointHeading]]
) -> tuple[set[int], list[tuple[int, PointHeading]]] | None:
    """A numbered contents whose titles recur below without their numbers, else None: the
    entries' lines, and a heading at each title's recurrence numbered by its entry.

    An OpenDocument or Word file may style its points' titles as headings and print no number
    before them, the contents above giving each its number ("24<TAB>Godkendelse af dagsorden"
    … "Godkendelse af dagsorden" / "Sag 24/2017 · Sagsnummer: …"). Read as headings, the
    entries were the points, each with no body, and the last one held every point's text. So
    the entries are the contents, and the title's own line heads the point under the entry's
    number, as ``_listed_points`` reads an unnumbered list. Only a run of two or more entries
    with nothing between them, numbered on by one, whose numbers no heading below carries (a
    file that numbers its headings reads them itself, and a contents of those is ``_toc_run``'s);
    two at least and half the run must recur, in the list's order, each on a line of its own
    that is no heading. A title compares without its marks (``title_core``): "Title (LUKKET)"
    below "27<TAB>Title" is the entry's point, closed by its mark."""
    at = {i for i, _ in found}
    runs: list[list[tuple[int, PointHeading]]] = []
    for i, head in found:
        run = runs[-1] if runs else None
        if (
            run is not None
            and _next_filled(lines, run[-1][0]) == i
            and head.number == run[-1][1].number + 1
        ):
            run.append((i, head))
        else:
            runs.append([(i, head)])
    where: dict[str, list[int]] | None = None  # the lines by their title's core, once
    for run in runs:
        if len(run) < 2 or not all(h.title for _, h in run):
            continue
        end = run[-1][0]
        numbers = {h.number for _, h in run}
        if any(i > end and h.number in numbers for i, h in found):
            continue
        if where is None:
            where = {}
            for m, line in enumerate(lines):
                if not line.blank and m not in at and len(line.raw) <= MAX_HEADING_CHARS:
                    where.setdefault(title_core(demark(line.raw)), []).append(m)
        heads: list[tuple[int, PointHeading]] = []
        k = end + 1
        for _, entry in run:
            # A contents row's later cells (its case number, its status) are no part of the
            # title its point's heading repeats: the row's first cell is compared too. So is the
            # title without a page after one space ("PB 61/25  Godkendelse af dagsorden 2"): a
            # PDF's page column read into the entry's line, no leader or gap before it.
            wants = (
                title_core(entry.title),
                title_core(entry.title.split("\t", 1)[0]),
                title_core(_PAGE_AFTER_SPACE_RE.sub("", entry.title)),
            )
            at_line = min(
                (m for want in wants if want for m in where.get(want, ()) if m >= k),
                default=None,
            )
            if at_line is None:
                continue
            text = demark(lines[at_line].raw).strip()
            closed = entry.closed or closed_title(entry.title) or closed_title(text)
            heads.append((at_line, PointHeading(entry.number, text, "", True, closed)))
            k = at_line + 1
        if len(heads) >= 2 and 2 * len(heads) >= len(run):
            return {i for i, _ in run}, heads
    return None


def _gaps_filled(
    lines: Sequence[_Line], found: list[tuple[int, PointHeading]]
) -> list[tuple[int, PointHeading]]:
    """The headings found, with a point the numbering skips put back: a plain numbered line
    between two headings whose number falls in the gap ("2)" … "5)"), whose title reads as a
    sentence only because it ends in a period (older minutes end every title with one: "3)
    Udvidelse af skolen, 2. etape.") and whose first line below is the point's case number
    ("J.nr. 17.02.02 G01"). Read as a sentence, such a point's text ran into the point above."""
    out = list(found)
    for (a, head_a), (b, head_b) in zip(found, found[1:], strict=False):
        if head_b.number - head_a.number < 2:
            continue
        want = head_a.number + 1
        for i in range(a + 1, b):
            line = lines[i]
            if line.blank or point_heading(line.raw) is not None:
                continue
            head = point_heading(line.raw, sentence=True)
            if head is None or head.number != want or not head.title.endswith("."):
                continue
            k = _next_filled(lines, i)
            meta = case_number(lines[k].raw) if k is not None else None
            if meta is None or meta[0] is None:
                continue
            out.append((i, head))
            want += 1
    return sorted(out, key=lambda f: f[0]) if len(out) > len(found) else found


# The head of an agenda's list of titles in minutes without numbers ("Dagsorden", "Agenda:").
_AGENDA_LIST_HEADS = _TOC_HEADINGS | {"dagsorden", "agenda"}


def _listed_points(lines: Sequence[_Line], dates: set[int]) -> list[tuple[int, PointHeading]]:
    """Minutes without numbers that list the agenda's titles first ("Dagsorden" over a list of
    titles, bulleted or not) and then give each point under the same title on a line of its own
    (a Word file whose bold titles and bullets read as plain lines): each such title heads a
    point numbered by its place in the list. Two at least must recur, in the list's order, and
    at least half of the list; a title that never recurs is skipped, its number kept. Only the
    first few heads are tried and a list of more than ``_MAX_LISTED`` titles is none, so a long
    text costs one pass."""
    where: dict[str, list[int]] | None = None
    tried = 0
    for i, line in enumerate(lines):
        if line.blank or fold(demark(line.raw)).rstrip(" :") not in _AGENDA_LIST_HEADS:
            continue
        tried += 1
        if tried > _LIST_HEADS_TRIED:
            break
        entries: list[str] = []
        seen: set[str] = set()
        j = i + 1
        while j < len(lines) and len(entries) <= _MAX_LISTED:
            if not lines[j].blank:
                entry = _LIST_BULLET_RE.sub("", demark(lines[j].raw)).strip()
                if not _may_list_a_point(entry) or fold(entry) in seen:
                    break
                entries.append(entry)
                seen.add(fold(entry))
            j += 1
        if not 2 <= len(entries) <= _MAX_LISTED:
            continue
        if where is None:
            where = {}
            for m, other in enumerate(lines):
                if not other.blank and m not in dates:
                    where.setdefault(fold(demark(other.raw).strip()), []).append(m)
        found: list[tuple[int, PointHeading]] = []
        k = j
        for n, entry in enumerate(entries, 1):
            at = next((m for m in where.get(fold(entry), ()) if m >= k), None)
            if at is not None:
                found.append((at, PointHeading(n, entry, "", True)))
                k = at + 1
        if len(found) >= 2 and 2 * len(found) >= len(entries):
            return found
    return []


# How many heads of an agenda's list are tried, and the most titles such a list holds.
_LIST_HEADS_TRIED = 3
_MAX_LISTED = 60


def _may_list_a_point(entry: str) -> bool:
    """Whether a line of an agenda's list may be a point's title: short, capitalised, no
    sentence, and no decision, case number, header label or body section's name (a title may
    hold a date: "Godkendelse af protokol fra mødet den 29. marts 2023")."""
    return _title_shaped(entry) and (section_heading(entry) or ("", ""))[0] not in _BODY_SECTIONS


# A Markdown heading in the ATX form: "## Title", "### Title ###".
_ATX_RE = re.compile(r"^\s{0,3}#{1,6}\s+(?P<title>\S.*?)(?:\s+#+)?\s*$")


def _atx_points(lines: Sequence[_Line], dates: set[int]) -> list[tuple[int, PointHeading]]:
    """Markdown minutes without numbers whose points are ATX headings ("## Høringssvar om
    budget", "### Indstilling til prisen" under "# Lukkede punkter"), each over a body: each
    heads a point numbered by its place; two at least. A heading that is the document's own
    (its kind first, a date, the board), a section's name, a group's head ("# Lukkede punkter")
    or a heading with no text under it before the next heading heads no point; a numbered
    heading ("## 3. Budget") is read as such elsewhere, so a file with one is not read so."""
    found: list[tuple[int, PointHeading]] = []
    heads = [(i, m["title"]) for i, line in enumerate(lines) if (m := _ATX_RE.match(line.raw))]
    for k, (i, written) in enumerate(heads):
        if point_heading(lines[i].raw) is not None:
            return []
        title = demark(written)
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        if (
            i in dates
            # (A rule under the heading, "---", is no text either.)
            or all(
                lines[j].blank or _UNDERLINE_RE.fullmatch(lines[j].raw.strip())
                for j in range(i + 1, stop)
            )
            or not _may_title_a_point(title)
            or section_heading(title) is not None
            or _group_line(lines[i])
        ):
            continue
        found.append((i, PointHeading(len(found) + 1, title, "", True)))
    return found if len(found) >= 2 else []


def _inside_one(
    chosen: Sequence[tuple[int, PointHeading]], atx: Sequence[tuple[int, PointHeading]]
) -> bool:
    """Whether every chosen heading lies in the body of one and the same ATX point."""
    if len(atx) < 2:
        return False
    starts = [i for i, _ in atx]
    owners = {max((s for s in starts if s < i), default=-1) for i, _ in chosen}
    return len(owners) == 1 and owners != {-1}


def _rows_by_point(lines: Sequence[_Line]) -> set[int]:
    """The rows of a table of the decisions by point ("Punkt<TAB>Beslutning<TAB>Ansvarlig" over
    "2<TAB>Budget godkendt.<TAB>Anders"; a summary after the points): its header names the
    number column and a section ("Beslutning"), no title column, and each row below has as many
    cells, a point's number first. No row is a heading: each refers to a point read above. A
    table with a title or case column ("Nr.<TAB>Punkt<TAB>Sagsnr.") lists the points themselves.
    """
    rows: set[int] = set()
    width = 0  # the cells of the table's header; 0 outside such a table
    for i, line in enumerate(lines):
        if line.blank:
            continue
        cells = [c.strip() for c in line.raw.split("\t")]
        if width and len(cells) == width and re.fullmatch(r"\d{1,3}[a-h]?\.?", cells[0]):
            rows.add(i)
            continue
        head = [c.casefold().rstrip(".:") for c in cells]
        summary = (
            len(cells) >= 2
            and head[0] in POINT_NUMBER_COLUMNS
            and not any(h in POINT_TITLE_COLUMNS for h in head)
            and any(_is_section_name(c) for c in cells[1:])
            and not any(_names_case(c) for c in cells[1:])
        )
        width = len(cells) if summary else 0
    return rows


def _names_case(column: str) -> bool:
    """Whether a column's name labels a case number ("Sagsnr.", "Case no.")."""
    found = case_number(f"{column}: 24/1234")
    return found is not None and found[0] is not None


def _is_section_name(text: str) -> bool:
    return section_heading(text) is not None or decision(text) is not None


def _letters_continued(
    lines: Sequence[_Line], found: Sequence[tuple[int, PointHeading]]
) -> list[tuple[int, PointHeading]]:
    """Lettered points past H: "I. Title" right after "H. Title" (and "V." after "U.", "X."
    after "W.") is the next letter of the run, not a roman numeral."""
    out: list[tuple[int, PointHeading]] = []
    before = ""  # the letter of the last lettered heading
    for i, h in found:
        if h.label in ("I", "V", "X") and before and ord(h.label) == ord(before) + 1:
            h = point_heading(lines[i].raw, letters=True) or h
        if len(h.label) == 1 and h.label.isalpha():
            before = h.label.upper()
        elif h.label:
            before = ""
        out.append((i, h))
    return out


def _with_closed_headings(
    lines: Sequence[_Line], headings: list[tuple[int, PointHeading]]
) -> list[tuple[int, PointHeading]]:
    """The headings with the closed points that carry no number of their own: a line "Lukket
    punkt: Title" (``closed_heading``) standing alone between or after numbered points, a
    blank line above it, a blank line or its case number below, and no heading right above it
    (whose title it would be). Minutes list the closed points so, between the open ones or
    last; read as text of the point above, their bodies were indexed. Each is numbered after
    the highest number the file prints, in reading order (as "Punkt 3a" is)."""
    if not headings:
        return headings
    starts = {i for i, _ in headings}
    top = max(h.number for _, h in headings)
    added: list[tuple[int, PointHeading]] = []

    def titled(k: int) -> str | None:
        if not 0 <= k < len(lines) or k in starts or lines[k].blank or _group_line(lines[k]):
            return None  # ("Dagsorden - lukket del": the head of a group of closed points.)
        title = closed_heading(lines[k].raw)
        return title if title is not None and point_heading(lines[k].raw) is None else None

    for i in range(headings[0][0] + 1, len(lines)):
        if _mark_over_title(lines, starts, i):
            # "Lukket punkt" / "Køb af ejendom" / "Sagsnr.: …": the mark on a line of its own,
            # the title under it (read by _point as a closed point's title in its header).
            added.append((i, PointHeading(0, "", "", strong=True, closed=True)))
            continue
        if (title := titled(i)) is None:
            continue
        # (Several in a row, one a line: "Lukket punkt: A" / "Lukket punkt: B".)
        if not lines[i - 1].blank and titled(i - 1) is None:
            continue
        below = lines[i + 1] if i + 1 < len(lines) else None
        if (
            below is not None
            and not below.blank
            and case_number(below.raw) is None
            and titled(i + 1) is None
            # ("Lukket punkt: Personalesag" / "Beslutning": its body's first section.)
            and section_heading(below.raw) is None
            and decision(below.raw) is None
        ):
            continue
        above = max((k for k in range(i) if not lines[k].blank), default=None)
        while above is not None and above not in starts and case_number(lines[above].raw):
            # "Ad 6 Ansættelse af økonomichef" / "J.nr. 2012-0420" / "FORTROLIGT - UDGÅR AF
            # DEN OFFENTLIGE PROTOKOL": under a heading and its case number, the mark is that
            # point's status, as right under the heading.
            above = max((k for k in range(above) if not lines[k].blank), default=None)
        if above in starts:
            continue
        added.append((i, PointHeading(0, title, "", strong=True, closed=True)))
    if not added:
        return headings
    # Numbered where the printed numbers leave a gap just their size ("2." / "Lukket punkt: …"
    # / "4."): the number the public version left out; else after the highest.
    numbered: list[tuple[int, PointHeading]] = []
    for i, head in added:
        before = [h.number for j, h in headings if j < i]
        after = [h.number for j, h in headings if j > i]
        run = [a for a, _ in added if (not before or a > _last_start(headings, i))]
        run = [a for a in run if not after or a < _next_start(headings, i)]
        gap = (after[0] - before[-1] - 1) if before and after else 0
        if gap == len(run) and gap > 0:
            number = before[-1] + 1 + run.index(i)
        else:
            top += 1
            number = top
        numbered.append((i, replace(head, number=number)))
    return sorted(headings + numbered, key=lambda f: f[0])


def _mark_over_title(lines: Sequence[_Line], starts: set[int], i: int) -> bool:
    """Whether line ``i`` opens a closed point with no number as a closed mark alone ("Lukket
    punkt", "Fortroligt") over its title, the case number right below the title: a blank line
    or the file's top above the mark, no heading right above it (whose status it would be). A
    title is a few words that start with a capital and end no sentence; what sits under a mark
    otherwise is a note or a body, the point above's."""
    line = lines[i]
    if i in starts or line.blank or (i > 0 and not lines[i - 1].blank) or _group_line(line):
        return False
    if not closed_mark_only(demark(line.raw)) or point_heading(line.raw) is not None:
        return False
    above = max((k for k in range(i) if not lines[k].blank), default=None)
    if above in starts or i + 1 >= len(lines) or (i + 1) in starts:
        return False
    title = demark(lines[i + 1].raw)
    return (
        not lines[i + 1].blank
        and title[:1].isupper()
        and not title.endswith((".", ":", ";", ","))
        and len(title.split()) <= _MARKED_TITLE_WORDS
        and case_number(title) is None
        and section_heading(title) is None
        and decision(title) is None
        and point_heading(title) is None
        and not closed_mark_only(title)
        and _case_below(lines, i + 1)
    )


# The most words of a closed point's title under its mark (as closed_heading allows).
_MARKED_TITLE_WORDS = 14


def _last_start(headings: Sequence[tuple[int, PointHeading]], i: int) -> int:
    return max(j for j, _ in headings if j < i)


def _next_start(headings: Sequence[tuple[int, PointHeading]], i: int) -> int:
    return min(j for j, _ in headings if j > i)


def _date_lines(lines: Sequence[_Line], found: Sequence[tuple[int, PointHeading]]) -> set[int]:
    """The header line that is only a date ("3/9/24", "3/9-24", "03.09.2024") near the top of
    the file, above every point heading and below no other date: the meeting's date, though a
    case number may look so (inside the points, the same line stays a case number)."""
    first = found[0][0] if found else len(lines)
    for i in [i for i, line in enumerate(lines[:first]) if not line.blank][:_HEADER_DATE_LINES]:
        text = demark(lines[i].raw).strip(" ,")
        if date_in(text) or short_date_in(text):
            return {i} if _only_a_date(text) else set()
    return set()


# How far down the first lines a date alone counts as the meeting's (a title, a board, a place).
_HEADER_DATE_LINES = 6


def _only_a_date(text: str) -> bool:
    """ "3/9/24", "3/9-24", "03.09.2024": one token, a day, a month and a year of two or four
    digits (a case number "12/32140" or "24/1234" has no such shape)."""
    parts = re.split(r"[-./]", text)
    return (
        len(parts) == 3
        and all(p.isdigit() for p in parts)
        and 1 <= int(parts[0]) <= 31
        and 1 <= int(parts[1]) <= 12
        and len(parts[2]) in (2, 4)
    )


def _with_body(
    lines: Sequence[_Line],
    found: Sequence[tuple[int, PointHeading]],
    chosen: Sequence[tuple[int, PointHeading]],
) -> int:
    """How many of the chosen headings have text under them (the next line is no heading)."""
    at = {i for i, _ in found}
    return sum(1 for i, _ in chosen if (j := _next_filled(lines, i)) is not None and j not in at)


# A heading's form without its number and title: "[1] Title" -> "[9]", "IV. Title" -> "9.",
# and a point's letter the same: "B) Title" -> "9)".
_NUMBER_RE = re.compile(r"\d{1,4}(?:[a-hA-H](?=[.):]))?|\b[IVX]{1,6}\b|^[A-Z](?=[.)])")


def _lettered(head: PointHeading) -> bool:
    """ "3a. Title", "Punkt 3a:": a point added after point 3, numbered with a letter."""
    return head.label[-1:].isalpha() and head.label[:-1].isdigit()


def _heading_form(raw: str, title: str) -> str:
    text = demark(raw)
    head = text[: len(text) - len(title)] if title and text.endswith(title) else text
    return " ".join(_NUMBER_RE.sub("9", head).split())


def _numbered_run(
    lines: Sequence[_Line],
    found: Sequence[tuple[int, PointHeading]],
    contents: dict[int, str] | None = None,
) -> list[tuple[int, PointHeading]]:
    """Informal minutes (councils, boards) number their points and write free text under them,
    with no section, case number or decision label to confirm a heading. When nothing else
    reads as points, the headings of one form ("[1]", "2)", "II.") that number on one by one
    are the points: the longest such run, two at least. A numbered list in a point's body
    starts again at or below the number reached, and its items are skipped while it goes on
    ("3. Budget" / "1) ..." / "2) ..." / "4. Eventuelt")."""
    # Title lines of minutes ("Referat – Handicaprådet – 3. september 2024"): where a second
    # meeting's minutes begin in the same file (two councils' minutes sent as one).
    parts = [
        i
        for i, line in enumerate(lines)
        if not line.blank
        and len(line.raw) <= 120
        and not line.raw.rstrip().endswith(".")  # a sentence in a body, not a title
        and _kind_word(line.raw)
        and date_in(line.raw)
    ]
    by_form: dict[str, list[tuple[int, PointHeading]]] = {}
    for i, h in found:
        if h.title:
            by_form.setdefault(_heading_form(lines[i].raw, h.title), []).append((i, h))
    best: list[tuple[int, PointHeading]] = []
    score = (0, 0, 0)  # headings with text under them, headings, minus the first line
    for heads in by_form.values():
        highest = 0  # the highest number of the form so far
        covered: set[int] = set()  # headings in a run already read: a run from one is shorter
        for start, (i, h) in enumerate(heads):
            # A list of the agenda right above ("Dagsorden:" / "1. Godkendelse" / "2. …", no
            # text between): the points after it number again from 1.
            after_list = (
                start >= 2 and _next_filled(lines, heads[start - 2][0]) == heads[start - 1][0]
            )
            if (h.number <= highest and not after_list) or i in covered:
                # Numbered again from below: a list in a body, not the points.
                highest = max(highest, h.number)
                continue
            run = _run_from(heads[start:], parts, contents or {})
            if len(run) >= 2:
                # A lone line numbered like the points begins no run ("S. Dhillon, H. Fair" in
                # a wrapped list of names reads as a lettered "19."): it numbers no list, so
                # the points numbered below it after it are no list inside it either.
                highest = h.number
            covered.update(k for k, _ in run)
            if (found_score := (_with_body(lines, found, run), len(run), -run[0][0])) > score:
                best, score = run, found_score
    return best if len(best) >= 2 else []


def _run_from(
    heads: Sequence[tuple[int, PointHeading]],
    parts: Sequence[int] = (),
    contents: dict[int, str] | None = None,
) -> list[tuple[int, PointHeading]]:
    """The points numbered on from the first heading, a nested list's items left out; after a
    second meeting's title line (``parts``), the points numbered again from below are its own."""
    run = [heads[0]]
    nested: int | None = None  # the last number of a list inside the current point
    for i, h in heads[1:]:
        if _lettered(h) and h.number == run[-1][1].number and nested is None:
            run.append((i, h))  # "3a. Title" after "3. Title": a point added between 3 and 4
        elif (
            h.number <= run[-1][1].number
            and nested is None
            and any(run[-1][0] < k < i for k in parts)
        ):
            run.append((i, h))  # the first point of the next meeting's minutes
        elif (
            nested is not None
            and h.number == run[-1][1].number + 1
            and (contents or {}).get(h.number) == fold(h.title)
        ):
            # "3. Mobiltelefoner" / "1. …" "2. …" "3. …" (a decision's list) / "4. Trivsel":
            # the next number of both, yet its title is the one the contents give point 4.
            run.append((i, h))
            nested = None
        elif nested is not None and h.number == nested + 1:
            nested = h.number
        elif h.number == run[-1][1].number + 1:
            run.append((i, h))
            nested = None
        elif h.number <= run[-1][1].number:
            nested = h.number
    return run


def _weak_points(
    lines: Sequence[_Line], found: Sequence[tuple[int, PointHeading]]
) -> list[tuple[int, PointHeading]]:
    """Which plain ``N. Title`` lines are point headings: those a body follows (metadata or a
    section), closed ones, and those next in sequence with a decision or the next heading
    below (unless the line before was a rejected item numbered one less: a numbered list in a
    body, "1) ...", "2) ...", "3) ..."). A first point numbered on from earlier meetings
    ("212. Godkendelse af dagsorden" above "213. ...") counts when its decision follows it."""
    chosen: list[tuple[int, PointHeading]] = []
    last = 0
    rejected: int | None = None  # the number of the previous candidate, when it was rejected
    for i, h in found:
        j = _next_filled(lines, i)
        follower = lines[j] if j is not None else None
        evident = _title_continues(lines, i, h.title, h.number == last + 1) is not None or (
            bool(h.title)
            and (
                (
                    j is not None
                    and (
                        _opens_body(lines[j])
                        or _label_run(lines, j) is not None
                        # "Felt | Værdi" over "Sagsnummer | 24/1234": the point's facts table
                        or _head_of_facts(lines, j)
                    )
                )
                or h.closed
                or closed_title(h.title)
                or _case_cell(h.title) is not None  # the case number on the heading's row
                or title_case(h.title) is not None
            )
        )
        in_sequence = (
            bool(h.title)
            and (h.number == last + 1 or (_lettered(h) and h.number == last))
            and rejected != h.number - 1
            and (
                (
                    follower is not None
                    and bool(
                        decision(follower.raw)
                        # "I. Vang" over "V. Holm": initials in a list of names read as roman
                        # numerals; a roman heading needs more than the next one below it.
                        or (point_heading(follower.raw) and not h.label.isalpha())
                    )
                )
                # "7. Eventuelt" with no body or just "Intet.": a one-word title that names no
                # section of a body, next in sequence.
                or (
                    last >= 1
                    and (named := section_heading(h.title)) is not None
                    and named[0] not in _BODY_SECTIONS
                )
                # "8. Personalesag" ending the file: a closed point's title alone, nothing
                # below it, in the form of the point above.
                or (
                    follower is None
                    and bool(chosen)
                    and _heading_form(lines[i].raw, h.title)
                    == _heading_form(lines[chosen[-1][0]].raw, chosen[-1][1].title)
                )
            )
        )
        if evident and h.number <= last and h.title.endswith("."):
            # "3. Nye hold får resten." above "Bilag" inside point 14: numbered back and a
            # sentence, the last item of a numbered list in a body, not a point.
            evident = False
        if evident and h.number <= last and _in_attachment_list(lines, i):
            # "Bilag:" / "1. Budoversigt (fortroligt)" inside point 59: numbered back, an item
            # of the point's list of attachments (its mark says the attachment is closed).
            evident = False
        if (
            evident
            and h.number <= last
            and _list_item_above(lines, i, h.number, chosen[-1][0] if chosen else -1)
        ):
            # "3. Renovering af broen" / "… to løsninger:" / "1. Renovering, 4,6 mio. kr." /
            # "2. Nyt brodæk …" over "Økonomi": numbered back, and the item numbered one less
            # stands above it in the same point's body, in the same form: the next item of a
            # numbered list in that body, never a second point 2.
            evident = False
        if evident or in_sequence:
            chosen.append((i, h))
            last, rejected = h.number, None
        else:
            rejected = h.number
    if chosen:
        # Points before the first chosen one, numbered down to it, each with its decision or
        # with none at all, the next point's heading right below ("88. Godkendelse af
        # dagsorden" over "89. …" in an agenda).
        first_line, expect = chosen[0][0], chosen[0][1].number - 1
        before: list[tuple[int, PointHeading]] = []
        next_line = first_line
        for i, h in reversed([f for f in found if f[0] < first_line]):
            j = _next_filled(lines, i)
            if (
                h.number != expect
                or not h.title
                or j is None
                or not (decision(lines[j].raw) or j == next_line)
            ):
                break
            before.append((i, h))
            expect -= 1
            next_line = i
        chosen = before[::-1] + chosen
    return chosen


# A numbered list's item: its number and the mark after it ("1.", "2)").
_LIST_ITEM_RE = re.compile(r"^[ \t]*(?P<number>\d{1,3})(?P<mark>[.)])[ \t]")


def _list_item_above(lines: Sequence[_Line], i: int, number: int, since: int) -> bool:
    """Whether a line after line ``since`` (the last point's heading) and above line ``i``
    opens with ``number`` less one and the same mark as line ``i`` ("1." over "2."): line ``i``
    then goes on a numbered list begun in that point's body."""
    item = _LIST_ITEM_RE.match(demark(lines[i].raw))
    if item is None:
        return False
    for j in range(i - 1, since, -1):
        above = _LIST_ITEM_RE.match(demark(lines[j].raw))
        if above is not None and (int(above["number"]), above["mark"]) == (
            number - 1,
            item["mark"],
        ):
            return True
    return False


def _in_attachment_list(lines: Sequence[_Line], i: int) -> bool:
    """Whether line ``i`` is an item of a numbered list under a "Bilag" heading: the filled
    lines above it are items of that list up to the heading."""
    j = i - 1
    while j >= 0:
        if not lines[j].blank:
            found = section_heading(lines[j].raw, colon=True)
            if found is not None:
                return found[0] == "Bilag"
            if point_heading(lines[j].raw) is None:
                return False
        j -= 1
    return False


def _sag_nr_headings(
    lines: Sequence[_Line], found: Sequence[tuple[int, PointHeading]]
) -> list[tuple[int, PointHeading]]:
    """KMD's headings "Sag nr. 10" with the title on the next line. The same line right under
    another heading ("Nr.60 - Title" / "Sag nr. 8") or above a section or metadata is the
    point's case number instead."""
    strong = {i for i, h in found if h.strong}
    out: list[tuple[int, PointHeading]] = []
    prev: int | None = None
    for i, line in enumerate(lines):
        if line.blank:
            continue
        number = sag_nr_alone(line.raw)
        if number is not None and (prev is None or prev not in strong):
            j = _next_filled(lines, i)
            if j is not None and _is_title_below(lines, j):
                out.append((i, PointHeading(number, "", str(number), True)))
        prev = i
    return out


# "SSU 88 Forlængelse af natcaféen": a committee's code, the point's number and its title, one
# space apart (a bold heading line of a web page or a Word file, as text).
_CODE_ONE_SPACE_RE = re.compile(
    r"^(?P<code>[A-ZÆØÅ]{2,6}) (?P<number>\d{1,4}) (?P<title>[A-ZÆØÅ][a-zæøå].*)$"
)


# "PMU 45": a committee's code and the point's number, alone on a line.
_CODE_ALONE_RE = re.compile(r"^(?P<code>[A-ZÆØÅ]{2,6})[ \t]{1,3}(?P<number>\d{1,4})$")


def _code_run_headings(
    lines: Sequence[_Line], found: Sequence[tuple[int, PointHeading]]
) -> list[tuple[int, PointHeading]]:
    """Point headings in the code form with one space ("SSU 88 Forlængelse af …"), read as the
    code form with a wider gap ("KPU 45 - Title", see ``point_heading``). One such line alone
    may be a sentence's words ("KB 204 Ny skolestruktur blev vedtaget …"), so only a run of
    them counts: two or more with the same code, numbered on (88, 89, 91: a closed point left
    out of a published file skips its number), each over a body (metadata or a section). Once
    such a run stands, a line of the same code right above a decision ("ØU 112 Godkendelse af
    dagsorden" / "Beslutning:": a short first point with only a decision) joins it where the
    numbers still rise, and so does one over plain text or nothing that numbers on by one from
    the run's first or last heading ("KFU 48 Godkendelse af dagsorden" / "Udvalget anmodes om
    …" above "KFU 49", "KFU 54 Eventuelt" last in the file). The code and number alone on a
    line ("PMU 45"), the title on the next line and the body under it, count in a run the same
    way; such a heading reads its title from the line below."""
    taken = {i for i, _ in found}
    runs: dict[str, list[tuple[int, PointHeading]]] = {}
    decided: dict[str, list[tuple[int, PointHeading]]] = {}
    loose: dict[str, list[tuple[int, PointHeading]]] = {}
    for i, line in enumerate(lines):
        if line.blank or i in taken or not (m := _CODE_ONE_SPACE_RE.match(demark(line.raw))):
            continue
        j = _next_filled(lines, i)
        heading = point_heading(f"{m['code']} {m['number']}   {m['title']}")
        if heading is None:
            continue
        if j is not None and _opens_body(lines[j]):
            runs.setdefault(m["code"], []).append((i, heading))
        elif j is not None and (section_heading(lines[j].raw, colon=True) or ("", ""))[0] == (
            "Beslutning"
        ):
            decided.setdefault(m["code"], []).append((i, heading))
        else:
            loose.setdefault(m["code"], []).append((i, heading))
    for i, line in enumerate(lines):
        if line.blank or i in taken or not (m := _CODE_ALONE_RE.match(demark(line.raw))):
            continue
        # "PMU 45" / "Godkendelse af dagsorden" / "Sags-ID: …": the code and number alone, the
        # title on the line below (a web page's number and title in boxes of their own).
        j = _next_filled(lines, i)
        k = _next_filled(lines, j) if j is not None else None
        if j is not None and k is not None and _is_title_below(lines, j):
            after = lines[k]
            if _opens_body(after) or (_group_line(after) and _group_closed(after)):
                heading = PointHeading(int(m["number"]), "", f"{m['code']} {m['number']}", True)
                runs.setdefault(m["code"], []).append((i, heading))
    out: list[tuple[int, PointHeading]] = []
    for code, run in runs.items():
        if len(run) < 2 or not _rising([h.number for _, h in run]):
            continue
        both = sorted(run + decided.get(code, []), key=lambda f: f[0])
        out += _run_ends(both if _rising([h.number for _, h in both]) else run, loose.get(code, []))
    return out


def _run_ends(
    run: list[tuple[int, PointHeading]], loose: Sequence[tuple[int, PointHeading]]
) -> list[tuple[int, PointHeading]]:
    """A run of code headings with the lines of its code that number on by one before its first
    heading or after its last (see ``_code_run_headings``), one at a time outwards: a short
    first point with only a line of text, an "Eventuelt" with nothing under it."""
    run = list(run)
    for i, heading in reversed(loose):
        if i < run[0][0] and heading.number == run[0][1].number - 1:
            run.insert(0, (i, heading))
    for i, heading in loose:
        if i > run[-1][0] and heading.number == run[-1][1].number + 1:
            run.append((i, heading))
    return run


def _rising(numbers: Sequence[int]) -> bool:
    return all(a < b for a, b in zip(numbers, numbers[1:], strict=False))


def _is_title_below(lines: Sequence[_Line], j: int) -> bool:
    """Whether line ``j`` reads as a point title set below its number: short, capitalised, not a
    sentence, and no heading, metadata, decision, label or section of a body. A title labelled
    as the case's subject ("Emne: Budget 2026") is read without its label."""
    text = _subject_title(lines[j].raw) or demark(lines[j].raw)
    named = section_heading(text)
    return (
        len(text) <= 150
        and text[:1].isupper()
        and not text.endswith((".", ":", ";", ","))
        and point_heading(text) is None
        and sag_nr_alone(text) is None
        and case_number(text) is None
        and decision(text) is None
        and not _header_label(text)
        and (named is None or named[0] not in _BODY_SECTIONS)
    )


def _unlabelled_title(text: str) -> str:
    """A title line that a label/value layout sets below a bare number without its label:
    "Titel<TAB>Budget 2026", "Emne: Budget 2026" -> "Budget 2026" (the label and its value are
    two cells, the label no word of the title); any other line as it is."""
    m = _TITLE_LABEL_RE.match(text) or _SUBJECT_LABEL_RE.match(text)
    return text[m.end() :] if m else text


def _label_cell_dropped(title: str) -> str:
    """A heading's title without a title or subject label in a cell of its own before it
    ("Emne<TAB>Budget 2026" -> "Budget 2026"); with a colon ("Emne: …") the label may be the
    title's own word on the heading line, and stays."""
    m = _LABEL_CELL_RE.match(title)
    return title[m.end() :] if m else title


def _subject_title(raw: str) -> str | None:
    """ "Emne: Budget 2026" -> "Budget 2026": the title a subject label gives (see
    ``_SUBJECT_LABEL_RE``); None for any other line."""
    text = demark(raw)
    m = _SUBJECT_LABEL_RE.match(text)
    return text[m.end() :].strip() if m else None


def _toc_run(lines: Sequence[_Line], found: Sequence[tuple[int, PointHeading]]) -> set[int]:
    """The heading-shaped lines of a table of contents: in a run of two or more lines (blank
    lines between allowed), each a heading whose number and title recur in a later heading or a
    dotted-leader entry, the headings with no body (another entry or a heading follows). An
    entry shaped like a heading ("4. Title", no leader, no page) then never becomes a point,
    even when the first real heading follows it directly and no body separates them.
    """
    at = {i for i, _ in found}
    # "7.   Lukket punkt: Ansættelse af ... ved Nørrevang" / "     Skole ........ 7": an entry
    # whose title wraps, the leader and page on the next line, is an entry like the others.
    wrapped = {
        i
        for i in at
        if (k := _next_filled(lines, i)) is not None
        and k == i + 1
        and k not in at
        and is_toc_line(demark(lines[k].raw))
    }
    # Number and title: consecutive closed points ("Punkt 1: Lukket", "Punkt 2: Lukket") are
    # no table of contents.
    keys = [(h.number, title_core(h.title)) for _, h in found]
    last_at = {key: k for k, key in enumerate(keys)}
    recurs = {i for k, (i, h) in enumerate(found) if h.title and last_at[keys[k]] > k}
    # A list of the points by number alone ("Følgende punkter blev optaget: Punkt 112 / Punkt
    # 113 / …" above "112. Title"): an entry without a title whose number a later heading with a
    # title has is an entry too (in a run, with no body, as the others).
    titled_later: dict[int, int] = {}
    for k, (_, h) in enumerate(found):
        if h.title:
            titled_later[h.number] = k
    recurs |= {
        i for k, (i, h) in enumerate(found) if not h.title and titled_later.get(h.number, -1) > k
    }
    # A row of a contents table ("3<TAB>"Vej til job" - …<TAB>Åben", from a Markdown, Word or
    # web table) that no heading rule reads (its title opens with a quote, a digit): an entry
    # too where a later heading has its number and title, so the run of entries goes on.
    heading_at = {key: found[k][0] for key, k in last_at.items() if key[1]}
    rows = {
        i
        for i, line in enumerate(lines)
        if i not in at and (row := _contents_row(line.raw)) and heading_at.get(row, -1) > i
    }
    toc: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len(run) < 2:
            return
        for i in run:
            # An entry has no body: another entry or a heading follows it (a rule line that
            # closes the list, "-----" or "=====", is no body, nor is a web page's status badge
            # above the first point's heading: "6. Personalesag" / "Åben" / "1. Godkendelse",
            # nor the heading of a meeting's next day, nor the entry's page on a line of its own:
            # "4. Title (lukket)" / "5" / "5. Title", a contents table read cell by cell).
            k = _next_filled(lines, i)
            while k is not None and (
                page_alone(demark(lines[k].raw))
                or _RULE_RE.match(lines[k].raw.strip())
                or _group_line(lines[k])
                or status_line(lines[k].raw) is not None
                or _day_heading(lines[k].raw) is not None
            ):
                k = _next_filled(lines, k)
            if (i in recurs or i in wrapped) and (k is None or k in run or k in at):
                toc.add(i)

    for i, line in enumerate(lines):
        # "Åben dagsorden" / "Lukket dagsorden" between entries groups the contents: the run goes
        # on across it. So does a day's heading in the programme of a meeting held over days
        # ("Fredag den 31. august 2012 kl. 08.30 - 12.00" above that day's points).
        if line.blank or _group_line(line) or _day_heading(line.raw) is not None:
            continue
        if (
            i in recurs
            or i in wrapped
            or i in rows
            or (i not in at and toc_entry(demark(line.raw)))
        ):
            run.append(i)
            continue
        close()
        run = []
    close()
    return toc


def _day_heading(raw: str) -> date | None:
    """The day a line heads when it only dates one day of a meeting: a date with its weekday,
    times and the small words around them ("Fredag den 31. august 2012 kl. 08.30 - 12.00",
    "TORSDAG DEN 30. AUGUST 2012"); None for a line that says anything more ("Næste møde 31.
    august 2012" is text)."""
    text = demark(raw).strip(" =-–—*_:")
    found = find_date(text)
    if found is None:
        return None
    rest = f"{text[: found[1]]} {text[found[2] :]}"
    words = re.findall(r"[^\W\d_]+", rest.casefold())
    return found[0] if all(w in WEEKDAYS or w in DAY_HEADING_WORDS for w in words) else None


def _without_next_day(body: Sequence[_Line], meeting_date: date) -> list[_Line]:
    """A point's body without the heading of the meeting's next day after it ("FREDAG DEN 31.
    AUGUST 2012" last in the body of a two-day meeting's last point on the 30th): it heads the
    points below, no text of this point. Only a later day of the same meeting (at most six
    days on) after other text; a date a body names stays its text."""
    filled = [k for k, line in enumerate(body) if not line.blank]
    if len(filled) < 2:
        return list(body)
    day = _day_heading(body[filled[-1]].raw)
    if day is None or not 0 < (day - meeting_date).days <= MEETING_DAYS:
        return list(body)
    return list(body[: filled[-1]])


def _contents_row(raw: str) -> tuple[int, str] | None:
    """``(number, title)`` (title without marks, folded) of a table row that lists a point: a
    TAB between cells, the first a number, the longest other one (no status, no case number)
    its title: "5<TAB>Tilbagebetalingskrav<TAB>Lukket"."""
    if "\t" not in raw:
        return None
    cells = table_cells(raw)
    if not 2 <= len(cells) <= 5 or not cells[0].rstrip(".").isdigit() or len(cells[0]) > 5:
        return None
    words = [c for c in cells[1:] if case_number(c) is None and not c.isdigit()]
    return (int(cells[0].rstrip(".")), title_core(max(words, key=len))) if words else None


def _group_line(line: _Line) -> bool:
    """A group heading ("Åbne punkter", "Lukket dagsorden"): it heads points, no point's body."""
    return _group_closed(line) is not None


def _group_closed(line: _Line) -> bool | None:
    """Whether a group heading heads closed points (True) or open ones (False); None for any
    other line. An OCR'd one reads the same ("LUKKET M0DE": a zero between letters is an O or
    an Ø, a one an l)."""
    text = demark(line.raw)
    if (named := _GROUP_POINTS_RE.search(text)) is not None and named.start() > 0:
        # "LUKKET MØDE - punkterne 6 og 7", "Åbne punkter (pkt. 1-5)": the group's heading and
        # the points it holds; the points say that by their own headings.
        text = text[: named.start()]
    texts = [text]
    if _OCR_LETTER_RE.search(text):
        texts += [_ocr_letters(text, "o"), _ocr_letters(text, "ø")]
    if any(_CLOSED_GROUP_RE.match(t) for t in texts):
        return True
    # "LUKKET MØDE - IKKE TIL OFFENTLIGGØRELSE", "Lukket del (fortroligt)": a closed group's
    # heading with a closed mark after it heads closed points just the same.
    if any(_closed_group_with_mark(t) for t in texts):
        return True
    return False if any(_OPEN_GROUP_RE.match(t) for t in texts) else None


# The points a group heading names after its words: "- punkterne 6 og 7", "(pkt. 12-14)",
# ": sag 47, 48 og 49", "- items 7 to 9".
_GROUP_POINTS_RE = re.compile(
    r"[ \t]{0,3}(?:[-–—:,][ \t]{0,3}|\()(?:punkterne|punkter|punkt|pkt\.?|sagerne|sager|sag"
    r"|nr\.?|items?|points?)[ \t]{0,3}\d{1,4}"
    r"(?:[ \t]{0,3}(?:[-–—,&+]|og|and|to|til)[ \t]{0,3}\d{1,4})*[ \t]{0,3}\)?[ \t]{0,3}[:.]?$",
    re.IGNORECASE,
)


def _group_points(line: _Line) -> set[int]:
    """The numbers of the points a group heading names after its words ("LUKKET MØDE -
    punkterne 6 og 7" -> {6, 7}, "(pkt. 12-14)" -> {12, 13, 14}); empty where it names none."""
    named = _GROUP_POINTS_RE.search(demark(line.raw))
    if named is None or named.start() == 0:
        return set()
    numbers: set[int] = set()
    for m in re.finditer(r"(\d{1,4})(?:[ \t]{0,3}(?:[-–—]|to|til)[ \t]{0,3}(\d{1,4}))?", named[0]):
        low, high = int(m[1]), int(m[2] or m[1])
        numbers.update(range(low, high + 1) if 0 <= high - low <= 50 else (low, high))
    return numbers


def _closed_group_with_mark(text: str) -> bool:
    # ("Part II - Confidential (not for publication)": the heading's own words may hold a
    # dash, so each place a mark may begin is tried: the first few, a heading's words are few.)
    for split in list(_GROUP_MARK_SPLIT_RE.finditer(text))[:4]:
        head, tail = text[: split.start()], text[split.end() :].strip(" .()[]")
        if _CLOSED_GROUP_RE.match(head.strip()) and closed_mark_only(tail):
            return True
    return False


# Where a group heading's own words end and a mark after them begins: a dash, a colon or an
# opening bracket ("Lukket møde - ikke til offentliggørelse", "Lukket del (fortroligt)").
_GROUP_MARK_SPLIT_RE = re.compile(r"[ \t]{0,3}(?:[-–—:][ \t]{1,3}|\()")


def _ocr_letters(text: str, zero: str) -> str:
    return _OCR_LETTER_RE.sub(lambda d: zero if d.group() == "0" else "l", text)


# A zero or one between two letters: OCR's reading of O or l ("M0DE", "ti1").
_OCR_LETTER_RE = re.compile(r"(?<=[^\W\d_])[01](?=[^\W\d_])")


def _status_under_heading(lines: Sequence[_Line], starts: set[int], i: int) -> bool:
    """Whether group-heading words on line ``i`` are the status of the point right above: the
    line follows the heading directly and the point goes on below it ("7. Køb af jord" /
    "Lukket møde" / "Sagsnr.: …"). After a body, or right above the next heading they head the
    points below; after a blank line too, unless the point's own metadata, first section or
    first sentence follows them.

    A web page's point table sets each cell as a paragraph of its own, a blank line between
    ("6." / "Køb af ejendom" / "Lukket møde" / "Sag: 21-3502"): the badge beside the title is
    that point's status, and the point's body follows it, so it closes that point alone (read
    as a group heading it closed every point after it too, and cut the case number off)."""
    if i < 1:
        return False
    k = _next_filled(lines, i)
    if k is None or k in starts:
        return False
    # ("Sag nr. 93. Køb af ejendom" / "J.nr. 2001-003455" / "LUKKET MØDE" / "Sagsfremstilling:":
    # the point's metadata lines between its heading and the words are its header as well.)
    above = _over_metadata(lines, starts, i - 1)
    if not lines[i - 1].blank:
        return above in starts
    while above >= 0 and lines[above].blank:
        above -= 1
    # (Or the point's first words, a sentence: "Lukket del - ikke til offentliggørelse" under
    # the case number of a Word file, where every paragraph stands apart, and "Udlejer tilbyder
    # …" below. Read as the heading of the points after it, it left this point's body open and
    # closed the open points below.)
    return _over_metadata(lines, starts, above, blanks=True) in starts and (
        _opens_body(lines[k]) or _sentence(lines[k].raw)
    )


def _over_metadata(
    lines: Sequence[_Line], starts: set[int], above: int, *, blanks: bool = False
) -> int:
    """The first line at or above ``above`` that is no metadata line of a point's header (or
    is a heading). With ``blanks``, blank lines between them are passed over too: a file that
    sets every paragraph apart ("Item 5 – Title" / "" / "Case ref. 15/061" / "" / "CLOSED
    SESSION – …") still writes the status under its own heading."""
    while (
        above > 0
        and above not in starts
        and ((blanks and lines[above].blank) or _header_metadata(lines[above]))
    ):
        above -= 1
    return above


def _header_metadata(line: _Line) -> bool:
    """A point's metadata line under its heading ("J.nr. 2001-003455", "Sagsnr.: 24/5"): a case
    number, and no group heading or status of its own."""
    if line.blank:
        return False
    found = case_number(line.raw)
    return found is not None and found[0] is not None and not _group_line(line)


def _title_continues(lines: Sequence[_Line], i: int, title: str, in_sequence: bool) -> int | None:
    """The last of the lines right below heading line ``i`` that carry on its title, if any.

    PDF text wraps a long title onto the next line ("2. Tilskud til nyt kunstgræs på" /
    "Søbakken Stadion"), or onto the next two ("… boligområde ved" / "Gammel Skolevej samt
    tillæg nr. 14 til" / "Kommuneplan 2021"), or sets the title below a bare number ("4." /
    "Eventuelt"). Such lines follow the heading directly, read as no heading, metadata or
    decision, end no sentence, and the point's body (metadata or a section; a decision for the
    next number in sequence) opens right after the last of them.
    """
    if title.endswith((".", ":", ";", "!", "?")):
        return None
    j = i + 1
    for _ in range(_MAX_TITLE_WRAPS):
        if j >= len(lines) or lines[j].blank:
            return None
        if _typed_title_end(lines, j, title) or _hanging_title_end(lines, i, j, title):
            return j
        if j == i + 1 and _broken_word_end(title, lines[j]):
            return j
        if not _title_rest(lines[j], title):
            return None
        k = _next_filled(lines, j)
        if k is None:
            return None
        after = lines[k]
        if _opens_body(after) or (in_sequence and decision(after.raw)):
            return j
        if k != j + 1 or demark(lines[j].raw).endswith("."):
            # (A rest that ends on the title's period ends the title: see _title_rest.)
            return None
        j = k
    return None


def _broken_word_end(title: str, line: _Line) -> bool:
    """Whether ``line`` is the end of a word the title breaks with a hyphen, and the title's end
    ("… med Nabo-" / "kommunerne.": typed minutes break a long title's last word and set its
    case number in a column beside it): one word in small letters and a period, nothing more."""
    text = demark(line.raw).strip()
    return (
        len(title) >= 3
        and title.endswith("-")
        and title[-2].isalpha()
        and title[-2].islower()
        and text[:1].islower()
        and text.endswith(".")
        and " " not in text
        and text[:-1].isalpha()
        and len(text) <= 30
    )


# How many lines below its heading a wrapped title may go on.
_MAX_TITLE_WRAPS = 3


def _typed_title_end(lines: Sequence[_Line], j: int, title: str) -> bool:
    """Whether line ``j`` ends a title wrapped in typed minutes, which end every title with a
    period ("Pkt. 104.  Ansøgning om tilskud" / "til lysanlæg." / "J.nr. 18.15.00 Ø 54"): a
    short rest in small letters, ending on that period, with the point's case number right
    under it. Elsewhere a period ends a sentence (see ``_title_rest``); the case number under
    it says this one ends the title."""
    text = demark(lines[j].raw).strip()
    if not (text[:1].islower() and text.endswith(".") and len(text) <= 60):
        return False
    if j + 1 >= len(lines) or case_number(lines[j + 1].raw) is None:
        return False
    return _title_rest(_Line(lines[j].start, lines[j].end, text[:-1]), title)


def _hanging_title_end(lines: Sequence[_Line], i: int, j: int, title: str) -> bool:
    """Whether line ``j`` ends a title typed with a hanging indent, its rest under the title's
    first letter and ending on the period typed minutes end every title with ("Punkt 1.
    Godkendelse af protokollen fra mødet" / "den 12. februar 1976." in the title's column /
    blank / the body): a short rest in small letters, a blank line under it.
    The column says the line goes on the title; a body's sentence starts at its own margin."""
    heading, rest = lines[i].raw, lines[j].raw
    text = demark(rest).strip()
    if not (text[:1].islower() and text.endswith(".") and len(text) <= 60):
        return False
    if j + 1 < len(lines) and not lines[j + 1].blank:
        return False
    column = heading.find(title) if title else -1
    indent = len(rest) - len(rest.lstrip(" "))
    if column <= 0 or indent != column or "\t" in heading[:column] + rest[:indent]:
        return False
    return _title_rest(_Line(lines[j].start, lines[j].end, text[:-1]), title)


def _title_rest(line: _Line, title: str) -> bool:
    """Whether a line may be the rest of a wrapped title: no heading, metadata, status, decision
    or section, and no end of a sentence."""
    text = demark(line.raw)
    return not (
        len(text) > 150
        or not any(c.isalnum() for c in text)  # a rule "-----" or "=====" under the heading
        or text.endswith((":", ";", ","))
        # ("… maskinhus ," / "Tranevej 3 .": a title cut at a comma is unfinished, and its rest
        # may end on the period typed minutes end every title with; elsewhere a period ends a
        # sentence, no title.)
        or (text.endswith(".") and not title.endswith(","))
        or point_heading(text)
        or case_number(text) is not None
        or closing_line(text)
        or closed_note(text)
        or _group_line(line)
        or decision(text)
        # ("… udsendelse i offentlig" / "høring": a section's name in lower case carries on
        # the title; a section heading opens with a capital.)
        or (title and section_heading(text) and not text[:1].islower())
    )


def _join_title(title: str, more: str) -> str:
    """A title and its wrapped rest: "idræts-" + "hallerne" -> "idrætshallerne"."""
    if not title:
        # "Punkt   3" / "Titel   Title": the title below a bare number may carry its label.
        return _unlabelled_title(more)
    first = more.split(" ", 1)[0]
    if (
        len(title) >= 3
        and title[-1] == "-"
        and title[-2].isalpha()
        and title[-2].islower()
        and first[:1].islower()
        and first.casefold().rstrip(".,;:") not in HYPHEN_KEEP_NEXT
    ):
        return title[:-1] + more
    return f"{title} {more}"


def _drop_toc(
    lines: Sequence[_Line], chosen: list[tuple[int, PointHeading]]
) -> list[tuple[int, PointHeading]]:
    """Drop headings with no body whose number comes again later: a table of contents.

    No body: nothing under the heading but blank lines, rules, a status ("Lukket"), group
    headings or other contents entries (a row, a dotted entry, a heading-shaped line). The
    entry's closed status goes to the later heading of its number, so a point the contents
    alone mark closed stays closed.
    """
    kept: list[tuple[int, PointHeading]] = []
    later = Counter(h.number for _, h in chosen)  # headings of each number from here on
    closed_entries: set[int] = set()  # numbers a dropped entry marked closed
    for k, (i, h) in enumerate(chosen):
        later[h.number] -= 1
        stop = chosen[k + 1][0] if k + 1 < len(chosen) else len(lines)
        under = [line for line in lines[i + 1 : stop] if not line.blank]
        if later[h.number] > 0 and all(_entry_furniture(line) for line in under):
            if h.closed or closed_title(h.title) or any(status_line(x.raw) for x in under):
                closed_entries.add(h.number)
            continue
        if h.number in closed_entries and not h.closed:
            h = replace(h, closed=True)
        kept.append((i, h))
    return kept


def _entry_furniture(line: _Line) -> bool:
    """A line that may stand under a contents entry without being a body: a rule, a status, a
    group heading, another entry (a table row, a dotted leader, a heading-shaped line), the
    entry's page on a line of its own ("5"), or the heading of the meeting's first day ("TORSDAG
    DEN 11. OKTOBER 2012" between the contents' last entry and the first point of a meeting
    held over days, as _toc_run reads it)."""
    text = demark(line.raw)
    return bool(
        page_alone(text)
        or _RULE_RE.match(text.strip())
        or status_line(line.raw) is not None
        or _group_line(line)
        or _day_heading(line.raw) is not None
        or _contents_row(line.raw)
        or toc_entry(text)
        or point_heading(line.raw)
    )


def _unnumbered_points(lines: Sequence[_Line], dates: set[int]) -> list[tuple[int, PointHeading]]:
    """Minutes without numbers: a short title line right above an opening section, or right
    above a labelled case number ("Godkendelse af dagsorden" / "J.nr.: 00.01.00-A00-1-19": the
    first, short point often has no opening section, only a decision). ``dates``: header lines
    that are the meeting's date, no case number under a title."""
    titles: dict[int, str] = {}
    for i, line in enumerate(lines):
        if line.blank or i in dates:
            continue
        found = section_heading(line.raw)
        opening = found is not None and found[0] in OPENING_SECTIONS
        meta = None if opening else case_number(line.raw)
        if not opening and (meta is None or meta[0] is None):
            continue
        j = i - 1
        while j >= 0 and (lines[j].blank or (opening and case_number(lines[j].raw) is not None)):
            j -= 1
        if j < 0 or j in titles:
            continue
        # "Titel<TAB>Ny affaldsordning": a label/content table read as text.
        title = _unlabelled_title(demark(lines[j].raw))
        section = (section_heading(title) or ("", ""))[0]
        if (
            not _title_shaped(title)
            # ("Eventuelt" over "Sagsfremstilling": a section name that is a point's title too
            # heads the point there, as "7. Eventuelt" would.)
            or (opening and section not in ("", *TITLE_SECTIONS))
            or section in _BODY_SECTIONS
            or fold(title) in _NOT_BOARDS
        ):
            continue
        titles[j] = title
    titles.update(_same_label_titles(lines, titles))
    ordered = sorted(titles.items())
    return [(j, PointHeading(n, t, "", True)) for n, (j, t) in enumerate(ordered, 1)]


def _same_label_titles(lines: Sequence[_Line], titles: dict[int, str]) -> dict[int, str]:
    """The titles a label/value layout labels as the points found under their case numbers did
    ("Overskrift<TAB>Eventuelt" over "Sagsnr.<TAB>-"): each point of such minutes is the same
    table, so the title label heads a point whose case number is missing as well (the closing
    "Eventuelt", a "Meddelelser" without a case). Only below the first title so labelled (a
    header's "Titel: Referat …" is the document's) and only once two points were labelled so:
    one labelled title may be a body table's row."""
    labels = {
        j: fold(m.group()).strip(" :")
        for j in titles
        if (m := _TITLE_LABEL_RE.match(demark(lines[j].raw)))
    }
    if len(labels) < 2 or len(set(labels.values())) != 1:
        return {}
    label, first = next(iter(labels.values())), min(labels)
    out: dict[int, str] = {}
    for j in range(first + 1, len(lines)):
        text = demark(lines[j].raw)
        m = _TITLE_LABEL_RE.match(text)
        if j in titles or m is None or fold(m.group()).strip(" :") != label:
            continue
        title = text[m.end() :]
        if _title_shaped(title) and fold(title) not in _NOT_BOARDS:
            out[j] = title
    return out


def _may_title_a_point(title: str) -> bool:
    """Whether a heading without a number (a Markdown heading, an underlined title) may be a
    point's title: a short capitalised line, not a sentence, and not the document's own title
    (its kind first, a date, the board), a decision, a case number or a header's label."""
    word = _kind_word(title)
    return _title_shaped(title) and not (
        (word is not None and title.casefold().startswith(word))
        or date_in(title)
        or fold(title) in _NOT_BOARDS
        or _board_in_title(title)
    )


def _title_shaped(text: str) -> bool:
    """Whether a line has a point title's shape, whatever heads it (a number, a rule under
    it, its place in an agenda's list): short, capitalised, no sentence, and no decision, case
    number or header's label."""
    return not (
        len(text) > 150
        or not text[:1].isupper()
        or text.endswith((".", ":", ","))
        or decision(text)
        or case_number(text) is not None
        or _header_label(text)
    )


# The rule under a title that makes it a heading in plain text (Markdown's setext form):
# "Budget 2024" over "-----------" or "===========", or a typed file's (and reStructuredText's)
# tildes, "~~~~~~~~~~~": a run of one mark, whichever the writer chose.
_UNDERLINE_RE = re.compile(r"-{3,}|={3,}|~{3,}")


def _underlined_points(lines: Sequence[_Line], dates: set[int]) -> list[tuple[int, PointHeading]]:
    """Minutes without numbers whose points are titles underlined with a rule, a blank line
    above each ("Budget 2024 for skolen" over "----------------------"): plain text written by
    hand, an e-mail's body, Markdown's setext headings. Each such title heads a point, numbered
    by its place; two at least, so one underlined document title heads nothing. A title that
    opens with the document's kind ("Referat af mødet …"), holds a date or names the board is
    the document's own, no point; a body section's name ("Beslutning") heads a section."""
    found: list[tuple[int, PointHeading]] = []
    for i, line in enumerate(lines[:-1]):
        rule = lines[i + 1].raw.strip()
        if line.blank or i in dates or (i > 0 and not lines[i - 1].blank):
            continue
        title = demark(line.raw)
        if not _UNDERLINE_RE.fullmatch(rule) or len(rule) < len(title) // 2:
            continue  # a short rule under a long line divides, it underlines nothing
        if (
            not _may_title_a_point(title)
            # ("Eventuelt" names a section too, yet no body's: a point's title, as it is in
            # ``_unnumbered_points``.)
            or (section_heading(title) or ("", ""))[0] in _BODY_SECTIONS
        ):
            continue
        found.append((i, PointHeading(len(found) + 1, title, "", True)))
    return found if len(found) >= 2 else []


# How far below a heading a status line is the point's own ("7. Køb af jord" / "Lukket punkt").
_STATUS_BELOW_LINES = 3


def _badges(lines: Sequence[_Line], starts: Sequence[int]) -> dict[int, tuple[int, bool]]:
    """The status badge above each point heading, by the heading's line: the badge's line and
    whether it closes the point.

    Web pages of the agenda systems set a badge ("Åbent punkt", "Lukket punkt") above each
    point's heading; copied as text, it ends the body above. Only a file that does so above two
    headings at least, and never writes a status right under a heading, is read so: where the
    status stands under the heading, a closed point with no body puts it above the next one.
    """
    above: dict[int, tuple[int, bool]] = {}
    for start in starts:
        j = start - 1
        while j >= 0 and lines[j].blank:
            j -= 1
        if j >= 0 and (status := status_line(lines[j].raw)) is not None:
            above[start] = (j, status)
    badge_lines = {j for j, _ in above.values()}
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        below = [k for k in range(start + 1, end) if not lines[k].blank][:_STATUS_BELOW_LINES]
        if any(k not in badge_lines and status_line(lines[k].raw) is not None for k in below):
            return {}
    if len(above) >= 2:
        return above
    # One badge alone counts where its layout says whose it is: right above its heading, a
    # blank line apart from the body above, and the point above has a body of its own
    # ("… til efterretning." / "" / "Lukket punkt" / "3. Personsag"). A closed point with no
    # body ("2. Personsag" / "" / "Lukket" / "3. Eventuelt") keeps the status as its own.
    single: dict[int, tuple[int, bool]] = {}
    for start, (j, status) in above.items():
        before = [s for s in starts if s < start]
        if j != start - 1 or j < 1 or not lines[j - 1].blank or not before:
            continue
        if any(not lines[k].blank for k in range(before[-1] + 1, j - 1)):
            single[start] = (j, status)
    return single


def _session_marks(lines: Sequence[_Line], starts: Sequence[int]) -> dict[int, int]:
    """The closed mark that opens a closed part of the meeting, by the heading of the first point
    it heads: a status alone on a line between two points ("***  For lukkede døre  ***"), a
    blank line apart from the body of the point above, that a line further down answers by
    opening the doors again ("***  Mødet atter åbent  ***", read by ``_group_closed`` as an open
    group). Typed minutes mark the closed part so: the mark heads the points down to the
    reopening, never the point above it (whose body it ends). Without the reopening line below, a
    mark there stays the point above's own."""
    at = set(starts)
    reopened = [i for i, line in enumerate(lines) if _group_closed(line) is False]
    marks: dict[int, int] = {}
    for before, start in zip(starts, starts[1:], strict=False):
        j = start - 1
        while j > before and lines[j].blank:
            j -= 1
        if j <= before + 1 or j in at or status_line(lines[j].raw) is not True:
            continue
        if not lines[j - 1].blank or not any(r > start for r in reopened):
            continue
        # The point above has a body of its own above the mark.
        if any(not lines[k].blank for k in range(before + 1, j - 1)):
            marks[start] = j
    return marks


# A lead that announces one point behind closed doors: "Følgende sag behandledes for lukkede
# døre:", "Næste punkt behandles på lukket møde.", "The following item was taken in closed
# session:". The singular names one point, the next; the plural heads a group (_CLOSED_GROUP_RE).
_CLOSED_LEAD_RE = re.compile(
    r"^(?:(?:(?:den[ \t]{1,3})?følgende|næste)[ \t]{1,3}(?:sag|punkt|dagsordenspunkt)[ \t]{1,3}"
    r"(?:behandle(?:de)?s|blev[ \t]{1,3}behandlet|behandlet)[ \t]{1,3}"
    r"(?:for[ \t]{1,3}lukkede[ \t]{1,3}døre|på[ \t]{1,3}(?:et[ \t]{1,3})?lukket[ \t]{1,3}møde)"
    r"|the[ \t]{1,3}(?:following|next)[ \t]{1,3}item[ \t]{1,3}was[ \t]{1,3}"
    r"(?:considered|taken|dealt[ \t]{1,3}with)[ \t]{1,3}in[ \t]{1,3}(?:closed|private)"
    r"[ \t]{1,3}session)"
    r"[ \t]{0,3}[:.]?$",
    re.IGNORECASE,
)


def _closed_leads(lines: Sequence[_Line], starts: Sequence[int]) -> dict[int, int]:
    """The lead line that announces the one point below it as closed ("Følgende sag behandledes
    for lukkede døre:"), by that point's heading: the last line above the heading, below the
    point above it. It closes that point alone; the point after it is open again."""
    leads: dict[int, int] = {}
    for before, start in zip([-1, *starts], starts, strict=False):
        j = start - 1
        while j > before and lines[j].blank:
            j -= 1
        if j > before and _CLOSED_LEAD_RE.match(demark(lines[j].raw).strip()):
            leads[start] = j
    return leads


def _closed_groups(lines: Sequence[_Line], starts: Sequence[int]) -> Callable[[int], bool]:
    """Whether a point (by its heading's line) stands under a "Lukkede punkter" group heading.

    Minutes that group their points ("ÅBNE PUNKTER" ... "LUKKEDE PUNKTER") mark the closed
    ones by the group alone. Only group headings below the first point heading count: the same
    words in a table of contents above it group the contents, not the points.
    """
    if not starts:
        return lambda _i: False
    at = set(starts)
    marks = [
        (i, bool(_group_closed(line)))
        for i, line in enumerate(lines)
        if i > starts[0] and _group_line(line) and not _status_under_heading(lines, at, i)
    ]
    for i, is_closed in list(marks):
        # "LUKKET MØDE - punkterne 6 og 7": a group that names its points holds those alone;
        # the first point below it that it does not name stands outside it ("Pkt. 8 Eventuelt"
        # after the closed ones is open again).
        if is_closed and (named := _group_points(lines[i])):
            outside = next(
                (
                    s
                    for s in starts
                    if s > i and (h := point_heading(lines[s].raw)) and h.number not in named
                ),
                None,
            )
            if outside is not None:
                marks.append((outside - 1, False))
    # ("***  For lukkede døre  ***" between two points, "Mødet atter åbent" further down.)
    marks = sorted([*marks, *((j, True) for j in _session_marks(lines, starts).values())])

    def closed(first: int) -> bool:
        above = [is_closed for i, is_closed in marks if i < first]
        return bool(above) and above[-1]

    return closed


def _documents_name_matters(
    lines: Sequence[_Line], starts: Sequence[int], bounds: Sequence[int]
) -> bool:
    """Whether a file's "document" numbers number its matters: one stands alone on its line
    under two points ("Dok.nr. 2009-0114/FU" under both "Godkendelse af referat" and
    "Eventuelt", a standing matter's number), which no document's does: a document is one
    paper for one point ("Dok.nr.: 24/1190-6"). Older journals numbered the matter so (the
    year, a serial, the office's initials), one number a matter, and the minutes give it as
    the point's only reference."""
    seen: dict[str, int] = {}
    for n, (first, stop) in enumerate(zip(starts, bounds[1:], strict=True)):
        for line in lines[first:stop]:
            if (doc := document_number(line.raw)) is not None:
                if seen.setdefault(doc, n) != n:
                    return True
    return False


def _point(
    lines: Sequence[_Line],
    head: PointHeading,
    footers: set[str],
    meeting_date: date,
    in_closed_group: bool = False,
    colon_sections: bool = False,
    listed: str = "",
    case_last: int | None = None,
    case_above: tuple[str | None, bool] | None = None,
    matters: bool = False,
) -> AgendaPoint:
    heading = lines[0]
    title = head.title
    # (A file that sets each case number above its point's heading: see _cases_above.)
    case: str | None = case_above[0] if case_above else None
    closed = in_closed_group or head.closed or bool(case_above and case_above[1])
    # "Dagsordenspunkt 51<TAB>Emne<TAB>Title": a label/value table's row, the title's label in
    # a cell of its own between the number and the title, is no word of the title.
    title = _label_cell_dropped(title)
    if not title and (beside := sag_nr_case(heading.raw)) is not None:
        # "Sag nr. 142      J.nr. 00.30.02": the journal number beside the point's number.
        case, closed = beside[0], closed or beside[1]
    if title and (meta := case_number(title)) is not None and meta[0] is not None:
        # "Punkt: 1 Acadre sagsnr.: 09/24491": the heading line holds metadata, the title
        # follows on the next line. ("Punkt 7   Sag nr. 23/19988" under a "LUKKET DAGSORDEN"
        # group stays closed: the metadata adds a status, never takes the group's away.)
        case, closed, title = meta[0], closed or meta[1], ""
    elif title and case_label_alone(title):
        # "Punkt: 7   Sagsnr.: -": the same field for a point without a case (a dash, or no
        # value); the title is the next line, as under a label with a number.
        title = ""
    elif cell := _case_cell(title):
        case, closed, title = cell[1], closed or cell[2], cell[0]
    elif split := title_case(title):
        # "5. Budget 2026 (24/1234)", "Pkt. 12 – 24/1234 – Title": the case on the heading.
        title, case, closed = split[0], split[1], closed or split[2]
    if title[:1] in "([" and closed_mark_only(title):
        # "Punkt 7 (lukket møde)": a mark and no title; "Lukket" when no title line follows.
        closed, title = True, ""
    # "Ad 5) Lukket punkt", "Punkt 7: Lukket": the mark written where the title goes. A line
    # below is then a title only in a header block (a case number under it); "Punkt 89 ·
    # Fortroligt" and "Punkt 7 (lukket møde)" set the mark beside the title's place.
    in_slot = head.closed and not head.title and not _mark_beside_title(heading.raw)
    body_from = 1
    header_lines = [heading]
    i = 1
    if (j := _title_continues(lines, 0, title, True)) is not None:
        for wrapped in lines[1 : j + 1]:
            title = _join_title(title, demark(wrapped.raw))
            header_lines.append(wrapped)
        body_from = i = j + 1
    columns: tuple[str, ...] | None = None  # a metadata table's header, right above
    while i < len(lines):
        line = lines[i]
        if line.blank:
            i += 1
            continue
        meta = case_number(line.raw)
        if not title and (subject := _subject_title(line.raw)) and _title_shaped(subject):
            # "Sag nr. 4" / "Emne: Klage over afslag": the labelled subject is the title, never
            # the metadata the label reads as elsewhere (a closed point's title is public).
            title = subject
            header_lines.append(line)
            body_from = i = i + 1
            continue
        if (
            meta is None
            and not title
            and not in_slot
            and closed_heading(line.raw) is not None
            and not closing_line(line.raw)
            and _is_title_line(lines, i)
        ):
            # "Sag nr. 144" / "Salg af skolen (lukket møde)": the title line below a heading
            # without one carries the closed mark; it is the title, and the point is closed.
            title, closed = demark(line.raw).strip(), True
            header_lines.append(line)
            body_from = i = i + 1
            continue
        if meta is None and (closing_line(line.raw) or closed_heading(line.raw) is not None):
            # "Punktet behandles for lukkede døre" above the case number: part of the header.
            # So is a closed mark with words after it under the heading or its case number
            # ("FORTROLIGT - UDGÅR AF PROTOKOLLEN"): the point's status, never a point of its
            # own (see _with_closed_headings).
            meta = (None, True)
        # The point's own lines, its heading first: words under it are its status as under
        # any heading of the file.
        if meta is None and _group_line(line) and _status_under_heading(lines, {0}, i):
            # "7. Køb af jord" / "Lukket møde" / "Sagsnr.: …": the point's own status, right
            # under its heading (see _status_under_heading).
            meta = (None, bool(_group_closed(line)))
        if (
            meta is None
            and demark(line.raw)[:1] in "(["
            and closed_mark_only(line.raw)
            and _status_under_heading(lines, {0}, i)
        ):
            # "Pkt. 6. Title" / "(Lukket møde)" / "J.nr. …": a closed mark in brackets alone,
            # under the heading (or its case number) with the point going on below: the
            # point's own status, as a bracketed mark beside the title is.
            meta = (None, True)
        if meta is None and closed_note(line.raw):
            # "Fortroligt: leverandøren har …": closed, and the note is no header to keep. A
            # case number right below it still names the point (the span ends at the heading).
            closed = True
            j = _next_filled(lines, i)
            if j is not None and (found := case_number(lines[j].raw)) is not None:
                case = case or found[0]
            break
        if meta is None and _head_of_facts(lines, i):
            meta = (None, False)  # "Felt | Værdi" over "Sagsnummer | 25/18822": the table's head
        if (meta is None or meta[0] is None) and columns and (value := row_case(columns, line.raw)):
            # "24/0871   Mette Kjær" under "Sagsnr.   Sagsbehandler"; "K20.0014   Åben" under
            # "Sag   Status", a row whose status made it metadata already, its case by its column.
            meta = (value, bool(meta and meta[1]))
        columns = table_header(line.raw) if meta is not None else None
        if (
            meta is None
            and title
            and (run := _label_run(lines, i, cased=case is not None)) is not None
        ):
            # "Ansvarlig center: Miljø" above "Sagsnr.: 24/1234": labels of the same block.
            for k in range(i, run + 1):
                if not lines[k].blank:
                    found = case_number(lines[k].raw)
                    case = case or (found[0] if found else None)
                    closed = closed or bool(found and found[1])
                    header_lines.append(lines[k])
            body_from = i = run + 1
            continue
        if meta is not None:
            case = case or meta[0]
            closed = closed or meta[1]
            header_lines.append(line)
            body_from = i + 1
        elif not title and listed and _sentence(line.raw):
            # "Ad 3" / "Rådet drøftede …": minutes that answer the agenda point by point give
            # no title; the agenda listed above names the point, and the sentence is its body.
            title = listed
            break
        elif (
            not title
            and _is_title_line(lines, i)
            and not (closed and _account(line.raw) and not _typed_title(lines, i))
            and not (in_slot and not _case_below(lines, i))
            and not (closed and _runs_on(lines, i))
        ):
            # ("Ad 5) Lukket punkt" / "Sagen drejer sig om …", "Drøftet og aftalt": a closed
            # point's first line of body is a sentence or an account, never its title; the
            # title would be indexed. When in doubt the title is "Lukket".)
            # ("Punkt   3" / "Titel   Title": a two-column layout labels the title line.)
            title = _TITLE_LABEL_RE.sub("", demark(line.raw), count=1)
            header_lines.append(line)
            body_from = i + 1
        else:
            break
        i += 1
    body = _without_next_day(lines[body_from:], meeting_date)
    if case is None and case_last is not None and case_last >= body_from:
        # "Beslutning" / "Godkendt." / "(Sagsnr. 26/1201)": the case number written last.
        found = case_number(lines[case_last].raw)
        case, closed = (found[0], closed or found[1]) if found else (case, closed)
        last = case_last - body_from
        body = [*body[:last], *body[last + 1 :]]
    # "*Punktet behandles for lukkede døre*" below the case number, or a "Lukket sag" line
    # further down: the point is closed wherever its body says so.
    closed = (
        closed
        or closed_title(title)
        # ("Closed session" after the body heads the points below, not this one.)
        or any(
            closing_line(line.raw)
            and not _group_line(line)
            and not _ends_other_points_mark(body, k, head.number)
            for k, line in enumerate(body)
        )
        # ("[LUKKET PUNKT – MÅ IKKE VIDERESENDES]" set apart anywhere in the point's text, or
        # the closed record under its name, "Lukket protokol: …", however far down.)
        or any(
            (withheld_note(line.raw) or closed_record_label(line.raw)) and not _group_line(line)
            for line in body
        )
        or _closed_note_first(body)
        or _shouted_closed(body)
    )
    if closed and case is None:
        # "Item 5 (closed): Title" / "Exempt from publication – dealt with in closed session." /
        # "Case no. 23/04901": the notice of the closing stands between the heading and the
        # case number; the number is the point's, stored as a closed point's is.
        case = _case_below_notice(body)
    if case is None and matters:
        # "Dok.nr. 2009-0114/FU" under the heading, no case number in its header, in minutes
        # whose "document" numbers name matters (see _documents_name_matters): the number the
        # point is filed and found under, as a header's "Dok.nr./Sagsnr.: …" gives one value
        # for both. Beside a case number it stays the document's.
        case = next((doc for line in header_lines if (doc := document_number(line.raw))), None)
    if not title:
        title = listed or ("Lukket" if closed else "Uden titel")

    content = header_lines + [
        line for line in body if not line.blank and not _is_noise(line, footers)
    ]
    end = content[-1].content_end
    if closed:
        # Only the heading, title and case number of a closed point are public.
        end = header_lines[-1].content_end
    sections = (
        () if closed else _sections(body, header_lines[-1], footers, meeting_date, colon_sections)
    )
    return AgendaPoint(
        number=head.number,
        title=_without_final_period(_without_purpose(title)),
        case_number=case,
        closed=closed,
        sections=sections,
        start=heading.content_start,
        end=end,
        label=head.label if head.label and head.label != str(head.number) else "",
    )


_HEAD_CELL_WORDS = 2


def _head_of_facts(lines: Sequence[_Line], i: int) -> bool:
    """Whether line ``i`` under a point's heading is the header row of the point's table of
    facts ("Felt | Værdi", "Oplysning | Indhold", "Key | Value" above "Sagsnummer | 25/18822"):
    a row of two or three short cells of words, right above a row that is the point's metadata.
    Whatever its header says, the table is the point's header block, so the case number below it
    is the point's (the header row no body text)."""
    cells = table_cells(lines[i].raw) if "\t" in lines[i].raw else []
    if not 2 <= len(cells) <= 3 or any(
        len(c.split()) > _HEAD_CELL_WORDS or not c.replace(" ", "").isalpha() for c in cells
    ):
        return False
    j = _next_filled(lines, i)
    return j is not None and j == i + 1 and case_number(lines[j].raw) is not None


def _closed_elsewhere(
    lines: Sequence[_Line], headings: Sequence[tuple[int, PointHeading]], bounds: Sequence[int]
) -> set[int]:
    """The numbers of the points another point's text closes by naming them ("… med den
    bemærkning, at pkt. 36 behandles for lukkede døre" in the approval of the agenda); a point
    that names itself so is closed by its own text already. So does the text above the first
    point: a cover letter or a note before the points ("Bemærk, at punkt 4 er et lukket punkt")
    speaks of this meeting's points, the same as the approval of its agenda."""
    above = lines[: headings[0][0]] if headings else []
    named = closed_points_named(" ".join(demark(line.raw) for line in above if not line.blank))
    for (first, head), stop in zip(headings, bounds[1:], strict=True):
        # A sentence may wrap over lines: the point's text read as one run of words.
        words = " ".join(demark(line.raw) for line in lines[first + 1 : stop] if not line.blank)
        named |= closed_points_named(words) - {head.number}
    return named


def _ends_other_points_mark(body: Sequence[_Line], k: int, number: int) -> bool:
    """Whether body line ``k``, a closing line by itself ("for lukkede døre."), ends a sentence
    wrapped from the line above that names other points as closed ("… at pkt. 36 behandles" /
    "for lukkede døre."): the mark is theirs, not this point's."""
    if k == 0 or body[k - 1].blank:
        return False
    above = demark(body[k - 1].raw).rstrip()
    if not above or above[-1] in _TERMINAL_PUNCTUATION:
        return False
    named = closed_points_named(f"{above} {demark(body[k].raw)}")
    return bool(named) and number not in named


def _closed_note_first(body: Sequence[_Line]) -> bool:
    """Whether a point's text opens with a closed note under its first section's heading
    ("Beslutning" / "FORTROLIGT – fremgår af fortrolig protokol."; a table of points with the
    note in its decision column): the note says what the whole point is, as it does right under
    the heading."""
    filled = [line for line in body if not line.blank]
    k = 0
    while k < len(filled) and (
        section_heading(filled[k].raw) is not None or decision(filled[k].raw) is not None
    ):
        k += 1
    return 0 < k < len(filled) and closed_note(filled[k].raw)


def _shouted_closed(body: Sequence[_Line]) -> bool:
    """Whether one of the point's first lines, before any section's text, shouts a closed
    mark in capitals among other marks ("(Sag nr. 15/1733)   ** FORTROLIGT PUNKT **", "J.nr.
    4.2 – LUKKET – kopi til formanden"): however the line is laid out, a status written so loud
    under the heading is the point's. (Capitals only: "biblioteket er lukket i juli" is prose.)"""
    for line in [line for line in body if not line.blank][:_SHOUT_LINES]:
        if section_heading(line.raw) is not None or decision(line.raw) is not None:
            return False
        text = demark(line.raw)
        if len(text) <= _SHOUT_MAX_CHARS and not _group_line(line) and _SHOUTED_RE.search(text):
            return True
    return False


# A closed mark in capitals, a word of its own (see _shouted_closed), set apart as a mark, not
# written in a sentence: at the line's start or end, or between marks, brackets, bars, dashes or
# a column's gap ("LUKKET i weekenden" is prose).
_SHOUTED_RE = re.compile(
    # (One start per run of blanks, the lookbehind, so a long run is read once.)
    r"(?:^|[*>|(\[–—-][ \t]*|(?<![ \t])[ \t]{2,}|(?<![ \t])\t)"
    r"(?:LUKKET|FORTROLIGT?|IKKE[ -]OFFENTLIGT?|UNDTAGET[ \t]+OFFENTLIGHED(?:EN)?|"
    r"CONFIDENTIAL|EXEMPT)(?:[ \t]+(?:PUNKT|SAG|ITEM))?"
    r"(?=[ \t]*(?:$|[*<|)\]–—-]|[ \t]{2,}|\t))"
)
# How far down the point and how long a line may shout it.
_SHOUT_LINES = 3
_SHOUT_MAX_CHARS = 100


# The lines of notice a closed point's case number may stand below (see _case_below_notice).
_NOTICE_LINES = 2


def _case_below_notice(body: Sequence[_Line]) -> str | None:
    """The case number of a closed point set alone on a line below a sentence or two of notice
    of its closing under its heading ("Punktet er undtaget offentlighed. Materialet er
    fortroligt." / "Sagsnr.: 24/1234"); else None. Only below such a notice: a line of the
    body's own ("Sagen blev drøftet.", a section's heading) ends the header, and a number below
    it may be another case the text refers to. Only a metadata line's number
    (``case_number``): a number in a sentence is the body's, never read."""
    notes = 0
    for line in body:
        if line.blank:
            continue
        found = case_number(line.raw)
        if found is not None and found[0]:
            return found[0]
        if notes == _NOTICE_LINES or not (_sentence(line.raw) and speaks_of_closing(line.raw)):
            return None
        notes += 1
    return None


_CASE_AT_END_LINES = 3


def _cases_last(
    lines: Sequence[_Line],
    headings: Sequence[tuple[int, PointHeading]],
    bounds: Sequence[int],
    footers: set[str],
) -> dict[int, int]:
    """Where each point's case-number line stands when the file writes it last, after the
    decision: the line's index within the point's lines (from its heading), by the heading's
    line. Empty unless two points or more end so below their text (two lines of header at
    least above it) and no case number stands right above the first heading (a file that sets
    the case number above each heading ends each point in the next one's)."""
    above = max((k for k in range(headings[0][0]) if not lines[k].blank), default=None)
    if above is not None and (found := case_number(lines[above].raw)) and found[0]:
        return {}
    at: dict[int, int] = {}
    ending = 0
    for (first, _), stop in zip(headings, bounds[1:], strict=True):
        # Found once from the line below the heading: the point takes it when it lies in its
        # body (see _point), the file counts it below two filled lines.
        k = _case_at_end(lines[first + 1 : stop], footers)
        if k is None:
            continue
        at[first] = k + 1
        filled = [j for j in range(first + 1, stop) if not lines[j].blank]
        ending += len(filled) > 2 and first + 1 + k >= filled[2]
    return at if ending >= 2 else {}


def _cases_above(
    lines: Sequence[_Line], starts: Sequence[int], bounds: Sequence[int], footers: set[str]
) -> dict[int, int]:
    """The case-number line above each point's heading, by the heading's line, when the file
    sets each case number there ("Sagsnr.: 30/1002" / "2. Budget 2031"): one stands right above
    the first heading (or its badge, ``bounds``) and above half the headings at least, two or
    more, and the last point does not end in one (a file that writes each case number last
    ends every point so, and the one above a heading is the point above's). A case line right
    under the heading above is that point's. Empty for any other file."""
    above: dict[int, int] = {}
    for n, (start, top) in enumerate(zip(starts, bounds, strict=False)):
        k = max((j for j in range(top) if not lines[j].blank), default=None)
        if k is None or (found := case_number(lines[k].raw)) is None or not found[0]:
            continue
        if n > 0 and k <= (_next_filled(lines, starts[n - 1]) or 0):
            continue  # ("1. Title" / "Sagsnr.: …" / "2. Title": point 1's header line)
        above[start] = k
    if starts[0] not in above or len(above) < max(2, (len(starts) + 1) // 2):
        return {}
    if _case_at_end(lines[starts[-1] + 1 : bounds[-1]], footers) is not None:
        return {}
    return above


def _case_at_end(body: Sequence[_Line], footers: set[str]) -> int | None:
    """Where a point's body ends in its case number, written after the decision as its own
    line ("(Sagsnr. 26/1201)", "Sagsnr.: 26/1401 · Dok.nr.: 26/1401-7"): agenda templates that
    set the metadata last. One of the last few lines, below the last section heading; None
    when there is none."""
    seen = 0
    for k in range(len(body) - 1, -1, -1):
        line = body[k]
        if line.blank or _is_noise(line, footers):
            continue
        found = case_number(line.raw)
        if found is not None and found[0] is not None:
            return k
        seen += 1
        if seen >= _CASE_AT_END_LINES or section_heading(line.raw) or decision(line.raw):
            return None
    return None


def _without_purpose(title: str) -> str:
    """A title without the note in brackets after it that says what the meeting is to do with
    the point ("Skolens budget 2024 (orientering v/ Anders)", "Principper for lejrskoler (til
    beslutning)", "Trivselsmåling (drøftelse)", "Budget (for decision)"): an agenda's note, no
    part of the matter's name. A note that says more ("(godkendelse af forslag)") stays."""
    opening = title.rfind("(")
    if opening <= 0 or not title.endswith(")"):
        return title
    if _PURPOSE_NOTE_RE.fullmatch(" ".join(title[opening + 1 : -1].split())) is None:
        return title
    return title[:opening].rstrip(" -–—,:")


_PURPOSE_NOTE_RE = re.compile(
    rf"(?:(?:til|for)[ ])?(?:{'|'.join(AGENDA_PURPOSES)})"
    rf"(?:[ ]?(?:og|/|,)[ ](?:(?:til|for)[ ])?(?:{'|'.join(AGENDA_PURPOSES)}))?"
    # ("orientering v/ Anders", "drøftelse ved formanden", "beslutning, 20 min."): who presents
    # it, how long it takes.
    r"(?:[ ]?(?:v/|ved|by)[ ]?[^()]{1,40})?(?:[,;]?[ ]\d{1,3}[ ]?min\.?)?",
    re.IGNORECASE,
)


def _without_final_period(title: str) -> str:
    """A title without the period typed minutes end it with ("Regnskab 1993 - 2. behandling."),
    kept where it ends an abbreviation ("Evt.", "… m.v.", "matr. nr."), an initial ("… ved
    J."), an ordinal ("punkt 2.") or an ellipsis: a title is no sentence."""
    if not title.endswith(".") or title.endswith(".."):
        return title
    if title[:-1].endswith((" ", "\t")):
        # "Tranevej 3 .": a period set apart, as typed minutes end a title, ends no
        # abbreviation, initial or ordinal.
        return title[:-1].rstrip()
    last = title[:-1].rsplit(maxsplit=1)[-1] if title[:-1].strip() else ""
    word = last.casefold().lstrip("(\"'«„")
    if (
        not word
        or word in TITLE_ABBREVIATIONS
        or "." in word  # "m.v.", "f.eks.", "24.10."
        or (word.isdigit() and len(word) < 4)  # "punkt 2.": an ordinal (a year ends a sentence)
        or (len(word) == 1 and word.isalpha())
    ):
        return title
    return title[:-1].rstrip()


def _case_cell(title: str) -> tuple[str, str, bool] | None:
    """ "Beskæftigelsesplan<TAB>SagsID 348812" -> ("Beskæftigelsesplan", "348812", False): a
    heading row of a table (saved web pages), the title in one cell and the labelled case number
    in the last; whether that cell closes the point."""
    first, tab, last = title.rpartition("\t")
    meta = case_number(last.strip()) if tab and first.strip() else None
    if meta is None or meta[0] is None:
        return None
    return first.strip(), meta[0], meta[1]


# "Ansvarlig center: Miljø": a short label, a colon, a short value.
_LABELLED_RE = re.compile(
    r"^[A-ZÆØÅ][A-Za-zÆØÅæøå./-]{1,20}(?: [A-Za-zÆØÅæøå./-]{1,20}){0,2}:[ \t]"
)
# A row of a Word or web table of facts: a short label cell, a TAB, its value ("Ansvarlig<TAB>
# Vej og Park"); no colon, the cell sets the label apart.
_LABEL_CELL_ROW_RE = re.compile(
    r"^[A-ZÆØÅ][A-Za-zÆØÅæøå./-]{1,20}(?: [A-Za-zÆØÅæøå./-]{1,20}){0,2}:?[ \t]*\t[ \t]*\S"
)
_LABEL_RUN_MAX = 8


def _label_run(lines: Sequence[_Line], i: int, *, cased: bool = False) -> int | None:
    """The last line of a block of labelled lines from line ``i`` on that holds a case number.

    Agenda systems print a point's metadata as labels the reader need not know ("Ansvarlig
    center: ...", "Fagudvalg: ...") beside the case number; the block is metadata when the case
    number is in it. ``cased``: the point's case number was read right above, in the same
    block of facts ("Sagsnr. | Ansvarlig | Offentlighed" as a table's rows): the block goes on to
    its last line the metadata rules read (a status, a known label), so a status row after a
    label the reader need not know still says the point's status. At most ``_LABEL_RUN_MAX``
    lines are looked at."""
    last: int | None = None
    last_meta: int | None = None
    has_case = False
    seen = 0
    for k in range(i, len(lines)):
        line = lines[k]
        if line.blank:
            continue
        seen += 1
        text = demark(line.raw)
        meta = case_number(line.raw)
        labelled = _LABELLED_RE.match(text) or _LABEL_CELL_ROW_RE.match(line.raw.strip(" "))
        if seen > _LABEL_RUN_MAX or (
            meta is None and (len(text) > 120 or not labelled or decision(line.raw))
        ):
            break
        has_case = has_case or bool(meta and meta[0])
        last = k
        if meta is not None:
            last_meta = k
    return last if has_case else last_meta if cased else None


def _is_title_line(lines: Sequence[_Line], i: int) -> bool:
    """Whether line ``i`` is the title of a point whose heading gave none ("Punkt 4:" /
    "Eventuelt"). A one-word title that is also a section name is a title unless it names a
    section of the body ("Sagsfremstilling", "Beslutning") and body text follows it."""
    line = lines[i]
    if decision(line.raw):
        return False
    # ("Sagsfremstilling:" with its colon names the section as well: minutes that write every
    # section heading so, under a heading line whose title line is a closed mark alone.)
    found = section_heading(line.raw) or section_heading(line.raw, colon=True)
    if found is None:
        return True
    k = _next_filled(lines, i)
    return found[0] not in _BODY_SECTIONS or k is None or case_number(lines[k].raw) is not None


def _runs_on(lines: Sequence[_Line], i: int) -> bool:
    """Whether line ``i`` runs on into the line right below it, a sentence going on in small
    letters ("Andragende fra N.N., Bakkehuset, om Hjælp" / "til Husleje, da …"): a body's first
    line, never a closed point's title (which would be indexed; "Lukket" when in doubt)."""
    if i + 1 >= len(lines) or lines[i + 1].blank:
        return False
    below = demark(lines[i + 1].raw).lstrip()
    return below[:1].islower()


def _sentence(raw: str) -> bool:
    """A line that ends as a sentence does ("Sagen drejer sig om …."): body text, no title."""
    return demark(raw).rstrip(" *_").endswith((".", "!", "?", "…"))


def _mark_beside_title(raw: str) -> bool:
    """Whether a heading sets its closed mark beside the title's place, after a middle dot or
    bar or in brackets ("Punkt 89 · Fortroligt", "Punkt 7 (lukket møde)")."""
    text = demark(raw).rstrip(" .:")
    if text.endswith((")", "]")):
        return True
    cut = max(text.rfind("·"), text.rfind("|"))
    return cut >= 0 and closed_mark_only(text[cut + 1 :])


def _case_below(lines: Sequence[_Line], i: int) -> bool:
    """Whether the next filled line after line ``i`` gives a case number (a header block)."""
    k = _next_filled(lines, i)
    return k is not None and (found := case_number(lines[k].raw)) is not None and bool(found[0])


_TYPED_TITLE_WORDS = 12


def _typed_title(lines: Sequence[_Line], i: int) -> bool:
    """A title typed with a final period in a header block ("Pkt. 45." / "Klage over afslag på
    personligt tillæg." / "J.nr. 27.30.00-94/377"): a case number right below it, a few words,
    one sentence and no word of an account ("Drøftet.", "Sagen blev taget til efterretning.")."""
    text = demark(lines[i].raw).rstrip(" *_").removesuffix(".")
    # ("Erstatningssag vedr. vandskade.": an abbreviation's period ends no sentence.)
    words = [w for w in text.split() if w.casefold().rstrip(".") not in TITLE_ABBREVIATIONS]
    return (
        _case_below(lines, i)
        and len(text.split()) <= _TYPED_TITLE_WORDS
        and not any(ch in " ".join(words) for ch in ".!?…")
        and not any(w.strip(",;:()").casefold() in ACCOUNT_WORDS for w in text.split())
    )


def _account(raw: str) -> bool:
    """A line that reads as a sentence or an account of what was done ("Drøftet og aftalt",
    "Taget til efterretning", "Sagen blev drøftet"), not as a title ("Køb af jord")."""
    if _sentence(raw):
        return True
    return any(w.strip(",;:()").casefold() in ACCOUNT_WORDS for w in demark(raw).split())


# The meeting's own course, written between points or after the last: "Mødet hævet kl. 17.10",
# "Mødet blev afbrudt kl. 20.15.", "Mødet genoptaget", "Pause kl. 19.00 - 19.15", "The meeting
# was adjourned at 21:05". No text of the point above it.
# (A typed protocol writes a quarter or half hour as a fraction: "Kl. 21¾", "Kl. 19½".)
_CLOCK = r"(?:kl\.?[ \t]{0,2})?\d{1,2}(?:[.:]\d{2}|[¼½¾])?"
_SESSION_RE = re.compile(
    r"^(?:(?:mødet|møde)[ \t]+(?:er[ \t]+|blev[ \t]+)?"
    r"(?:hævet|afbrudt|genoptaget|suspenderet|afsluttet|sluttede|slut|udsat)"
    r"|pause|(?:the[ \t]+)?meeting[ \t]+(?:was[ \t]+)?"
    r"(?:closed|adjourned|resumed|suspended|ended))"
    rf"(?:[ \t]+(?:fra[ \t]+|at[ \t]+)?{_CLOCK}(?:[ \t]*(?:[-–]|til|to)[ \t]*{_CLOCK})?)?"
    r"[ \t]*\.?$",
    re.IGNORECASE,
)


# The line that closes the meeting (of the course lines _SESSION_RE reads, those after which
# the meeting does not go on: "afbrudt", "pause" and "udsat" stop it for a while).
_MEETING_END_RE = re.compile(
    r"^[ \t]*(?:(?:mødet|møde)[ \t]+(?:er[ \t]+|blev[ \t]+)?(?:hævet|afsluttet|sluttede|slut)"
    r"|(?:the[ \t]+)?meeting[ \t]+(?:was[ \t]+)?(?:closed|ended))"
    rf"(?:[ \t]+(?:at[ \t]+)?{_CLOCK})?[ \t]*\.?[ \t]*$",
    re.IGNORECASE,
)


def _is_noise(line: _Line, footers: set[str]) -> bool:
    # A group heading ("Lukket dagsorden", "ÅBNE PUNKTER") after a point's body heads the next
    # points: no text of the point above it.
    # A rule line ("---", "=====") divides points: furniture, no words of the decision above it.
    text = line.raw.strip()
    return (
        bool(_FIGURE_CAPTION_RE.match(text))
        or bool(_RULE_RE.match(text))
        or fold(text) in footers
        or _group_line(line)
        or bool(_SESSION_RE.match(demark(text)))
    )


@dataclass(frozen=True)
class _Heading:
    name: str
    heading: str
    decision_date: date | None
    # Where a two-column layout's text column starts ("Beslutning      Godkendt med …" over
    # "                Text"): the lines below lose that indent, the layout's, not the text's.
    column: int = 0


def _section_start(
    line: _Line, meeting_date: date, colon: bool = False
) -> tuple[_Heading, _Line | None] | None:
    """The section a line opens, and the text on the same line after the heading, if any."""
    found = decision(line.raw)
    if found is not None:
        inline: _Line | None = None
        if found.inline:
            at = line.raw.rfind(found.inline)
            if at >= 0:
                inline = _Line(line.start + at, line.end, line.raw[at:])
        # An undated decision was made at this meeting.
        return _Heading("Beslutning", found.heading, found.decided or meeting_date), inline
    named = section_heading(line.raw, colon=colon)
    if named is None and (column := _COLUMN_LABEL_RE.match(line.raw)):
        # "Beslutning      Godkendt.": a two-column layout sets the section's name beside its
        # first line of text.
        label = _Line(line.start, line.start + len(column[1]), column[1])
        text = _Line(line.start + column.end(), line.end, line.raw[column.end() :])
        if (found_label := _section_start(label, meeting_date)) is not None:
            indent = column.end() if "\t" not in line.raw[: column.end()] else 0
            return replace(found_label[0], column=indent), text
    if named is None and colon and (labelled := _INLINE_LABEL_RE.match(demark(line.raw))):
        # "Background: The libraries have …", "Sagsfremstilling: Kommunen har …": in a file that
        # writes its section names with a colon, the name may have its first text beside it.
        if (found_name := section_heading(labelled[1])) is not None:
            at = line.raw.find(labelled[2])
            if at >= 0:
                return _Heading(found_name[0], found_name[1], None), _Line(
                    line.start + at, line.end, line.raw[at:]
                )
    return (_Heading(named[0], named[1], None), None) if named else None


_INLINE_LABEL_RE = re.compile(r"^([^\W\d_][^:\n]{2,40}?):[ \t]+(\S.*)$")


# A label, then a tab or a wide gap, then text that starts with a letter: "Resumé
# Ledigheden er faldet …" ("Økonomi<TAB>2025<TAB>2026" is a row of a table in a body).
_COLUMN_LABEL_RE = re.compile(
    r"^([^\s:]{3,}(?: [^\s:]+){0,2})(?:\t[ \t]*|[ ]{3,}[ \t]*)(?=[^\W\d_])"
)


def _colon_sections(lines: Sequence[_Line]) -> bool:
    """Whether the file writes its section headings with a colon ("Sagsfremstilling:", KMD,
    Acadre, Word templates): so when no line names a section without one. Where some do, a
    "Baggrund:" line is a sub-heading inside a section, as in the seed minutes."""
    for line in lines:
        if not line.blank and (named := section_heading(line.raw)):
            if named[0] not in TITLE_SECTIONS:
                return False
    return True


def _sections(
    body: Sequence[_Line],
    heading: _Line,
    footers: set[str],
    meeting_date: date,
    colon: bool = False,
) -> tuple[Section, ...]:
    sections: list[Section] = []
    current = _Heading(UNTITLED_SECTION, "", None)
    current_lines: list[_Line] = []
    anchor = heading.end  # where an empty section's zero-width span sits
    untitled = True

    def flush() -> None:
        section = _section(current, current_lines, anchor, footers)
        # Text before the first heading only counts when there is some.
        if not (untitled and not section.text):
            sections.append(section)

    for line in body:
        found = None if line.blank else _section_start(line, meeting_date, colon)
        if found is None:
            current_lines.append(line)
            continue
        if not untitled and found[0].name == current.name and all(x.blank for x in current_lines):
            # "Beslutning" / "Beslutning: Godkendt.": the heading, then its label said again
            # before the text. One section, under the first heading (the date the second
            # gives, if the first gave none).
            date_said = current.decision_date or found[0].decision_date
            current = replace(current, decision_date=date_said)
            current_lines = [found[1]] if found[1] else []
            continue
        flush()
        current, untitled = found[0], False
        current_lines = [found[1]] if found[1] else []
        anchor = line.end
    flush()
    return tuple(sections)


def _section(head: _Heading, lines: Sequence[_Line], anchor: int, footers: set[str]) -> Section:
    kept = [line for line in lines if not line.blank and not _is_noise(line, footers)]
    if not kept:
        return Section(head.name, "", anchor, anchor, head.heading, head.decision_date)
    first, last = lines.index(kept[0]), lines.index(kept[-1])
    body = [line.raw for line in lines[first : last + 1] if not _is_noise(line, footers)]
    if head.column:
        body = [_outdented(raw, head.column) for raw in body]
    return Section(
        name=head.name,
        text=_clean_body(body),
        start=kept[0].content_start,
        end=kept[-1].content_end,
        heading=head.heading,
        decision_date=head.decision_date,
    )


def _outdented(raw: str, column: int) -> str:
    """A line of a two-column layout's text column without the column's indent. Only a line
    that starts right at the column is the column's; one that starts elsewhere keeps its
    indent (text of another column merged beside it, an indented list)."""
    starts_at = len(raw) - len(raw.lstrip(" "))
    return raw[column:] if starts_at == column and not raw[:column].strip(" ") else raw


def _clean_body(raw_lines: Sequence[str]) -> str:
    lines = _join_split_sentences([_clean_line(raw) for raw in raw_lines])
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _clean_line(raw: str) -> str:
    line = raw.rstrip(" \r")
    if _HTML_TAG_RE.search(line):
        line = html.unescape(_HTML_TAG_RE.sub("", line))
    line = _MD_HEADING_RE.sub("", line).replace("**", "")
    line = _MD_ITALIC_RE.sub(r"\1", line)
    line = _MD_BULLET_RE.sub(r"\1- ", line)
    line = _SUB_BULLET_RE.sub("  - ", line)
    line = _LOST_GLYPH_BULLET_RE.sub(r"\1- ", line)
    line = _DOT_BULLET_RE.sub(r"\1- ", line)
    # Keep TABs: a trailing one is an empty table cell.
    return line.rstrip(" ")


def _join_split_sentences(lines: Sequence[str]) -> list[str]:
    """Undo page-break splits: a line that ends mid-sentence continues after blank lines when
    the next line starts with a lowercase word ("...temadrøftelsen, at" / "der er behov ...").

    Only a plain word counts, so an annotation under a sub-heading ("Samarbejde med Roskilde" /
    "v/Lars Holte") stays on its own line.
    """
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        first = stripped.split(maxsplit=1)[0] if stripped else ""
        if first.isalpha() and first.islower() and out and not out[-1].strip():
            prev = len(out) - 1
            while prev >= 0 and not out[prev].strip():
                prev -= 1
            before = out[prev].rstrip() if prev >= 0 else ""
            if before and before[-1] not in _TERMINAL_PUNCTUATION and "\t" not in before:
                del out[prev + 1 :]
                out[prev] = f"{before} {stripped}"
                continue
        out.append(line)
    return out
