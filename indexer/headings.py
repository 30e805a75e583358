"""Line classifiers of the reader: dates, point headings, case numbers, sections, decisions.

Each function looks at one line (or one value) and says what it is; ``indexer.parse`` decides
from the order of lines what they mean together. The rules are general: a heading is a numbered or
labelled line; a case number is the token after a case label; a decision line names a board and
a date in any of the ways minutes write them.

Every pattern here runs in time linear in the line: quantifiers are bounded or not nested, and
no pattern has two unbounded runs that can share characters (tests/indexer/test_linear_time.py).
Heading rules look only at lines of at most ``MAX_HEADING_CHARS`` characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from indexer.language import (  # noqa: F401 - the parser reads them
    BOARD_WORD_RE,
    CASE_CITING_WORDS,
    CASE_OWNER_ENDINGS,
    CASE_SYSTEMS,
    CLOSED_RECORD_NOUNS,
    CLOSED_RECORD_STATUS,
    CLOSING_GROUND_WORDS,
    CLOSING_REASON_LABELS,
    CLOSING_REASON_VERBS,
    ENGLISH_NUMBER_WORDS,
    ENGLISH_POINT_LABELS,
    INTERNAL_ACCESS_LABELS,
    INTERNAL_ACCESS_VALUES,
    LEFT_OUT_ENGLISH,
    LEFT_OUT_VERBS,
    MONTHS,
    PUBLIC_EDITION_ENGLISH,
    PUBLIC_EDITION_NOUNS,
    PUBLIC_EDITION_OF,
    READERS_ONLY_NOUNS,
    RESTRICTED_NOUNS,
    RESTRICTED_WORDS,
    SHIELDED_NOUNS,
    SHIELDED_WORDS,
    STATUS_LABEL_OWNERS,
    WEEKDAYS,
    WITHHELD_ENGLISH,
    WITHHELD_NOUNS,
    WITHHELD_VERBS,
    YEAR_FIRST_WORDS,
)
from indexer.language import fold as ascii_fold
from indexer.models import CASE_NUMBER_RE, SERIES_LETTERS, SERIES_NUMBER

MAX_HEADING_CHARS = 250

UNTITLED_SECTION = "Afsnit uden overskrift"

# Section headings, matched case-insensitively on a whole line; the value is the canonical name.
SECTION_NAMES: dict[str, str] = {
    name.casefold(): name
    for name in (
        "Baggrund",
        "Indstilling",
        "Beslutning",
        "Sagsfremstilling",
        "Bilag",
        "Økonomi",
        "Vurdering",
        "Retsgrundlag",
        "Politik/Plan",
        "Information",
        "Høring",
        "Andre relevante dokumenter",
        "Oversigt",
        "Eventuelt",
        "Resume",
        "Sagens kerne",
        "Beslutningstema",
        "Anledning",
        "Lovgrundlag",
        "Kompetence",
        "Sagsbeskrivelse",
        "Historik",
        "Tidsplan",
        "Kommunikation",
        "Konsekvenser",
        "Økonomiske konsekvenser",
        "Bevillingsmæssige konsekvenser",
        "Supplerende sagsfremstilling",
        "Tidligere beslutninger",
        # A beslutningsprotokol's account of the debate ("Behandling: Udvalget drøftede …").
        "Behandling",
        UNTITLED_SECTION,
    )
}
# Spelling variants that mean the same section.
SECTION_NAMES.update({"resumé": "Resume", "resumè": "Resume", "beslutninger": "Beslutning"})
# The same section in a phrase of its own: "Beskrivelse af sagen" is the case's description.
SECTION_NAMES.update({"beskrivelse af sagen": "Sagsbeskrivelse"})
# "Sagen:" / "Sagens indhold": the case told, as joint boards and small councils head it.
SECTION_NAMES.update({"sagen": "Sagsbeskrivelse", "sagens indhold": "Sagsbeskrivelse"})
# The case's summary by the phrase many agenda templates head it with ("Sagen i korte træk",
# "Kort om sagen"): the "Resume" that opens a point.
SECTION_NAMES.update({"sagen i korte træk": "Resume", "kort om sagen": "Resume"})
# A summary in English under a Danish point ("English summary", "Summary in English", "Resumé på
# engelsk"), and the sections of minutes written in English, by their Danish names.
SECTION_NAMES.update(
    {
        "english summary": "English summary",
        "summary in english": "English summary",
        "resumé på engelsk": "English summary",
        "resume på engelsk": "English summary",
        "engelsk resumé": "English summary",
        "background": "Baggrund",
        "recommendation": "Indstilling",
        "recommendations": "Indstilling",
        "proposed decision": "Indstilling",
        # "F. Any other business" / "Nothing was raised.": the English "Eventuelt".
        "any other business": "Eventuelt",
    }
)
# Sections that open a point: a title line right above one of these is a point heading in
# minutes that number nothing.
OPENING_SECTIONS = {"Sagsfremstilling", "Resume", "Sagens kerne", "Beslutningstema", "Anledning"}
# Section names that are a point's title too ("7. Eventuelt", "Information" over a list).
TITLE_SECTIONS = {"Eventuelt", "Information", "Oversigt"}

# Month and weekday names (Danish, abbreviated, English) live with the other language data.

# 09-01-2020, 09.01.2020, 9/1/2020, 2020-01-09
_NUMERIC_DATE_RE = re.compile(
    r"(?<![\d/.-])(?:(\d{1,2})[-./](\d{1,2})[-./](\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![\d/])"
)
# 29. august 2017, 15-maj-2002, 3 okt. 2019
_DAY_MONTH_RE = re.compile(
    # ("4.marts 2025": the space after the day's dot may be missing.)
    # ("3rd September 2024": an English ordinal; "3.sep.2024": no space after the month's dot.)
    r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?:\.[ \t-]{0,3}|[ \t-]{1,3})"
    r"([A-Za-zÆØÅæøå]{3,9})(?:\.[ \t,-]{0,3}|[ \t,-]{1,3})(\d{4})(?!\d)"
)
# "3/3 2007", "20/1 2007": day and month with a slash, then a space and the year (lokalråd,
# foreninger and older minutes write dates so).
_SLASH_SPACE_DATE_RE = re.compile(
    r"(?<![\d/.-])(\d{1,2})/(\d{1,2})[ \t]{1,2}((?:19|20)\d{2})(?![\d/.,-]?\d)"
)
# "14.11.13", "04-03-24": a two-digit year, read only where a header gives no other date; the
# same separator twice, and no code or case number going on after it ("17.02.02-P20").
_SHORT_DATE_RE = re.compile(r"(?<![\w/.,-])(\d{1,2})([-./])(\d{1,2})\2(\d{2})(?![\w/]|[-./,]\w)")
# "4/6-08": day/month-year, the Danish hand's short form.
_SLASH_DASH_DATE_RE = re.compile(r"(?<![\w/.,-])(\d{1,2})(/)(\d{1,2})-(\d{2})(?![\w/]|[-./,]\w)")
# "11. april 19", "3 okt. 24": a day and a month's name, then a two-digit year (a hand typing
# the year short); never a time ("3. april 19.30", "3. april 19-21") nor a longer number.
_SHORT_DAY_MONTH_RE = re.compile(
    r"(?<![\w/.,-])(\d{1,2})(?:\.[ \t]{0,2}|[ \t]{1,2})([A-Za-zÆØÅæøå]{3,9})\.?[ \t]{1,2}(\d{2})"
    r"(?![\w/]|[-./:,]\d)"
)
# "3. 9. 2024": a numeric date typed with a space after each dot (a four-digit year only).
_SPACED_DATE_RE = re.compile(
    r"(?<![\d/.-])(\d{1,2})\.[ \t]{1,2}(\d{1,2})\.[ \t]{1,2}((?:19|20)\d{2})(?![\d/.,-]?\d)"
)
# "d. 3/9", "den 3.9.", "tirsdag 3. september": a day and month after "d."/"den"/a weekday, no
# year (minutes in a series the year of which the file name or another header line gives).
_YEARLESS_RE = re.compile(
    r"(?i:\bd\.|\bden|\b(?:man|tirs|ons|tors|fre|lør|søn)dag)[ \t]{1,3}(\d{1,2})"
    r"(?:[/.][ \t]?(\d{1,2})\.?|\.?[ \t]{1,2}([A-Za-zÆØÅæøå]{3,9})\.?)"
    r"(?![ \t]*[\d/.-]*\d)"
)
# Oktober 3, 2019
# ("Sept. 3, 2024", "September 3rd, 2024": English forms.)
# "12. og 13. november 2024", "3.-4. juni 2025", "14 and 15 May 2025": a meeting over days
# written before the one month and year; the meeting's date is its first day. Each day may
# have its weekday ("torsdag den 30. og fredag den 31. august 2012", "Thursday 14 and Friday
# 15 May 2025"): a seminar's programme names the day of each part. (In a title in capitals
# too: "TORSDAG DEN 30. OG FREDAG DEN 31. AUGUST 2012".)
_WEEKDAY_WORDS = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_FIRST_DAY_RE = re.compile(
    r"(?<![\d.])(?:(\d{1,2})\.[ \t]{0,3}(?i:og|til|-|–)"
    r"|(\d{1,2})(?:st|nd|rd|th)?[ \t]{1,3}(?i:and|&)|(\d{1,2})[-–])"
    rf"(?:[ \t]{{0,3}}(?i:{_WEEKDAY_WORDS}),?)?(?:[ \t]{{1,3}}(?i:den|d\.))?[ \t]{{0,3}}$"
)
MEETING_DAYS = 6  # the most days between a meeting's first and last day
# "Aar 1968, torsdag den 18. april kl. 19.30 afholdt …": an old protocol's entry gives the year
# first, after its word, then the weekday and the day and month (an ordinal's "de"/"te" too:
# "den 7de Juni").
_YEAR_FIRST_RE = re.compile(
    rf"(?i:\b(?:{'|'.join(YEAR_FIRST_WORDS)}))[ \t]{{1,3}}((?:1[89]|20)\d{{2}})[ \t]{{0,3}},?"
    rf"(?:[ \t]{{1,3}}(?i:{_WEEKDAY_WORDS}),?)?(?:[ \t]{{1,3}}(?i:den|d\.))?[ \t]{{1,3}}"
    r"(\d{1,2})(?:\.|de|te)?[ \t]{1,3}([A-Za-zÆØÅæøå]{3,9})\b"
)
_MONTH_DAY_RE = re.compile(
    r"\b([A-Za-zÆØÅæøå]{3,9})\.?[ \t]{1,3}(\d{1,2})(?:st|nd|rd|th)?,?[ \t]{1,3}(\d{4})(?!\d)"
)
# ("3 October 2019 at 19:00": English minutes put "at" where Danish ones put "kl.".)
_TIME_RE = re.compile(
    r"\b(?:kl\.?[ \t]{0,3}|at[ \t]{1,3}|(?<=\d{4})[ \t]{1,3})(\d{1,2})[:.](\d{2})\b"
)
_HOUR_RE = re.compile(r"\bkl\.?[ \t]{0,3}(\d{1,2})(?![\d:.,]|[ \t]{0,3}\d)")
_BARE_TIME_RE = re.compile(r"^[ \t]{0,3}(\d{1,2})[:.](\d{2})\b")

# Point headings. The separator after the number is optional; the title may be empty when it
# follows on the next line ("Punkt: 1 Acadre sagsnr.: ..." then the title).
# A middle dot, bullet or bar too: "Punkt 84 · Åbent punkt" (agenda portals).
# The bullets and middle dots that may part a point's number from its title, as a dash does
# ("14 · Title", "## 1 ▪ Title"): a template's or a Markdown export's ornament between them,
# any of the round or square bullet glyphs word processors offer.
_NUMBER_BULLETS = "·•▪■●◆♦"
_SEP = rf"[ \t]{{0,5}}(?:[:.)\-–—{_NUMBER_BULLETS}|][ \t]{{0,5}})?"
# An English label ("Agenda point") and number word ("No.") as patterns: a space in a label is
# any short run of blanks; the number word's period may be missing ("Item no 4").
_ENGLISH_LABELS = "|".join(
    r"[ \t]{1,3}".join(map(re.escape, label.split())) for label in ENGLISH_POINT_LABELS
)
_ENGLISH_NO = rf"(?:{'|'.join(ENGLISH_NUMBER_WORDS)})\.?"
# "Punkt 3", "Pkt. nr. 3", "Lukket punkt 3:" (the status before the label says who may read it).
# Also "Ad 3." / "Ad punkt 3)" (minutes that answer the agenda point by point) and "Sag 3. Title"
# (the point as a case: only with a separator or a capitalised title after the number, so "Sag
# 12/345" and "Sag 3" alone stay case numbers).
_PUNKT_RE = re.compile(
    r"^(?:(?P<status>Åbent|Åben|Lukket|Fortroligt)[ \t]{1,3})?"
    # ("Ad dagsordenens punkt 3: Title": a company board's minutes.)
    # ("Tillægspunkt 15: Title": a point added after the agenda went out, numbered on from it.)
    # ("Pkt, 4." in a scanned protocol: the label's period read as a comma.)
    r"(?:Punkt|Pkt(?:\.|,(?=[ \t]{1,3}\d))?|Nr\.?|Dagsordenspunkt|Tillægs(?:dagsordens)?punkt"
    r"|Tillægspkt\.?|§"
    r"|Ad\.?(?=[ \t])(?:[ \t]{1,3}(?:dagsordenens[ \t]{1,3})?(?:punkt|pkt\.?))?"
    # English minutes of an international council: "Item 4: Title", "Agenda item 4 – Title".
    r"|(?:Agenda[ \t]{1,3})?Item"
    # ("Point 4 – Title": English minutes of a council in the Danish realm say "point" too.)
    r"|Point(?=[ \t]{1,3}\d{1,4}(?:[a-h])?[ \t]{0,3}[:.)\-–—][ \t])"
    # ("Minute 14. Title", "Matter 29 – Title", "Case No. 4: Title": the English labels of the
    # language data.)
    rf"|(?:{_ENGLISH_LABELS})(?=[ \t]{{1,3}}(?:{_ENGLISH_NO}[ \t]{{0,3}})?\d{{1,4}}[ \t]{{0,3}}"
    r"[:.)\-–—][ \t])"
    # ("Sag 12 Title", "Sag 3 - Title": a case system's export numbers its points so; a capital
    # or a spaced dash after the number, never "Sag 12/345" or "Sag 2024-1234".)
    r"|Sag(?=[ \t]{1,3}\d{1,4}(?:[.:)][ \t]|[ \t]{1,3}[-–—·|][ \t]|[ \t]{1,5}[A-ZÆØÅ])))"
    # ("Punkt           3": a two-column PDF's label and value, the title on a line below.)
    r"(?:[ \t]{6,24}(?=\d{1,4}[ \t]*$))?"
    rf"[ \t]{{0,5}}(?:(?:nr\.?|{_ENGLISH_NO})[ \t]{{0,3}})?:?[ \t]{{0,5}}"
    # "Punkt 3a: Title": a point added between 3 and 4.
    rf"(?P<number>\d{{1,4}})(?P<letter>[a-h](?![a-zæøå]))?(?![\d/]){_SEP}(?P<title>.*)$",
    re.IGNORECASE,
)
# KMD's "Sag nr. 10": the point's number under a case label. With a title on the same line it is
# a heading; alone, it is one only where a title line follows (see ``sag_nr_alone`` and
# indexer.parse); a value that runs on ("Sag nr.: 2002-0417") is a case number.
# "Punkt           3" alone: a two-column layout's label and value, no contents entry (a label
# and its page) though set so. So is a label/value table's row read as text ("Punkt nr.<TAB>21"
# over "Overskrift<TAB>Title", the label in one word too: "Punktnr.<TAB>12"): a contents
# entry's title is never a point label alone.
_LABEL_COLUMN_RE = re.compile(
    r"^(?:Punkt|Pkt\.?|Item)(?:[ \t]{0,3}nr\.?)?(?:[ \t]{6,24}|[ ]{0,3}\t[ \t]*)\d{1,4}[ \t]*$",
    re.IGNORECASE,
)
_SAG_NR_RE = re.compile(
    # "Sag nr. 45/2019": the point's number in the year's run of cases, then the year.
    # Also without "nr." when the year follows: "Sag 31/2024: Title".
    r"^Sa[gq][ \t]{0,3}(?:nr\.?[ \t]{0,3}:?[ \t]{0,3}|(?=\d{1,4}/(?:19|20)\d\d(?!\d)))"
    r"(?P<number>\d{1,4})(?:/(?:19|20)\d\d)?"
    r"(?![\d/]|[.\-]\d)"
    rf"{_SEP}(?P<title>.*)$",
    re.IGNORECASE,
)
# The title may be missing: "4." alone, the title wrapped onto the next line of PDF text.
# Or only a space or TAB before a capitalised title ("5 Klagesag ...", "2<TAB>Anlægsbevilling"):
# like every numbered heading, it counts only where metadata or a section follows.
# "112<TAB>LUKKET SAG - Title": a table row's number cell, then a title the upper-case closed
# mark opens.
# A title may open with a number that is part of its first word: a compound ("2027-budget for
# vejvedligehold", "100-året for havnen", "3-årig aftale") or an ordinal before a word ("2.
# behandling af lokalplan", "1. halvår"; not a month: "5. maj" is a date). A bare number or
# amount after the point's number ("2. 500.000 kr. afsættes", "1. 12. 2024") opens no title.
_DIGIT_TITLE = r"\d{1,4}[-–][^\W\d_]|\d{1,2}\.[ \t]{1,2}(?P<ordinal>[a-zæøå]{3,})"
_NUMBERED_RE = re.compile(
    r"^(?P<number>\d{1,3})(?:(?P<letter>[a-h])?[ \t]{0,5}[.)][ \t]{0,8}"
    r"|[ \t]{1,8}(?=[A-ZÆØÅ][a-zæøå]|[(\[]|(?:LUKKET|FORTROLIG)(?![A-ZÆØÅ])))"
    rf"(?P<title>(?:[^\d\s.].*|(?:{_DIGIT_TITLE}).*)?)$"
)
_POINT_ZERO_RE = re.compile(r"^(\d{1,3})\.0\.?[ \t]{1,5}(?=[^\d\s])")
# Informal minutes write "1. Title" in other ways: "[1] Title", "#1 Title", "2 - Title". Read
# as that plain form, and as weak (a body or a sequence must confirm it).
# ("14 · Title", "1 ▪ Title": a middle dot or any bullet parts the number and the title as a
# dash does, as a Markdown export or a web page sets its headings; "Punkt 84 · Title" is the
# labelled form. So does a bar, "3 | Title", a web template's heading as much as "Punkt 3 |
# Title" is.)
_MARKED_RE = re.compile(
    r"^(?:\[[ \t]{0,2}(\d{1,3})[ \t]{0,2}\]|#[ \t]{0,2}(\d{1,3})\.?"
    rf"|(\d{{1,3}})[ \t]{{1,3}}[-–—{_NUMBER_BULLETS}|])"
    r"[ \t]{1,8}(?P<title>[^\d\s-].*)$"
)
# Older minutes number their points in roman numerals: "III. Title", "IV) Title", "IV Title".
# Weak like "3. Title" (a body or a sequence must confirm it); at most XXXIX, and the title must
# start capitalised after a space, so an initial ("V. Hansen") needs the same evidence as any
# list.
_ROMAN_RE = re.compile(
    r"^(?P<number>X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3})[.)]?[ \t]{1,8}"
    r"(?P<title>[A-ZÆØÅ\"'«„(\[].*)$"
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# Lettered points, as some councils and English-language minutes number them: "A. Title",
# "B) Title" (A is 1, B is 2). Weak like the roman form, with the same capitalised title after
# a space (an initial, "B. Holm", needs the same evidence as any list). I, V and X read as
# roman numerals.
_LETTER_TITLE = r"[.)][ \t]{1,8}(?P<title>[A-ZÆØÅ\"'«„(\[].*)$"
_LETTER_RE = re.compile(r"^(?P<number>[A-HJ-UWYZ])" + _LETTER_TITLE)
# I, V and X as the letters they are in a run of lettered points ("H. …" above "I. …"): see
# ``point_heading``'s ``letters``.
_ROMAN_LETTER_RE = re.compile(r"^(?P<number>[IVX])" + _LETTER_TITLE)
# Committee codes: "ØU-55/07-O Title" (the committee, the point number, the year, open/closed).
_CODE_RE = re.compile(
    r"^(?P<code>[A-ZÆØÅ]{1,6}-(?P<number>\d{1,4})/\d{2,4}(?:-[A-ZÆØÅ]{1,3})?)[ \t]{1,5}"
    r"(?P<title>\S.*)$"
)
# "ØU-04. Title", "KB-12: Title": a committee's code joined to the point's number, then a
# period or colon; weak like the forms below (a sequence or a body must confirm it).
_DOTTED_CODE_RE = re.compile(
    r"^(?P<code>[A-ZÆØÅ]{1,6}-(?P<number>\d{1,4}))[.:][ \t]{1,5}(?P<title>[A-ZÆØÅ].*)$"
)
# A committee's code before a title, in any of the forms above: a closed mark after it is the
# title's first words ("ØU-04. Ikke offentlig: Lejeaftale").
_LEADING_CODE_RE = re.compile(
    r"^[A-ZÆØÅ]{1,6}[- ]\d{1,4}(?:/\d{2,4})?(?:-[A-ZÆØÅ]{1,3})?[.:]?[ \t]+(?=\S)"
)
# "BUU 45/2024 Title": a committee's code, the point's number in the year's run, the year;
# weak, unlike the hyphenated code above (a case number may look so).
# ("SU 31/2024 – Title", "ØU 12/2024: Title": a separator after the code too.)
_SPACED_CODE_RE = re.compile(
    r"^(?P<code>[A-ZÆØÅ]{2,6}[ \t](?P<number>\d{1,4})/(?:\d{2}|(?:19|20)\d{2}))"
    r"(?:[ \t]{0,5}[:\-–—|·][ \t]{1,5}|[ \t]{1,5})(?P<title>[A-ZÆØÅ].*)$"
)
# "44/15<TAB>Title", "112/2024 – Title": the point's number in the year's run and the year, with
# no committee's code before them (the form above without its code). Weak like it, and only
# with a separator or a column's gap before a capitalised title: "24/12 Juleafslutning" with
# one space is a date in a list. The number is never a year itself ("2024/25 Budget").
_YEAR_RUN_RE = re.compile(
    r"^(?!(?:19|20)\d{2}/)(?P<number>\d{1,4})/(?:\d{2}|(?:19|20)\d{2})"
    r"(?:[ \t]{0,5}[:\-–—|·][ \t]{1,5}|[ \t]*\t[ \t]*|[ ]{2,8})(?P<title>[A-ZÆØÅ].*)$"
)
# "KPU 45 - Title", "ØU 12: Title": a committee's code before the point's number in the year's
# run, then a separator; weak like the form above (a body or a sequence must confirm it). A
# column's gap separates as well ("BR 112   Title", "KB 7<TAB>Title"); one space does not.
# ("PE231  APOLOGIES FOR ABSENCE": a British-style council's minute reference, the committee's
# letters run into the minute's number; the column's gap still parts it from the title. So does
# "SKU-4  Title": the code joined to the number by a hyphen, as a committee numbers its points.)
# ("BEU 4  |  Title", "ØU 7 · Title": a bar or a middle dot parts them as a dash does, as it
# does after "Punkt 3" or a number alone, "3 | Title".)
_CODE_NUMBER_RE = re.compile(
    r"^(?P<code>[A-ZÆØÅ]{2,6}[ \t-]?(?P<number>\d{1,4}))"
    r"(?:[ \t]{1,3}[:\-–—|·][ \t]{1,3}|[ \t]*\t[ \t]*|[ ]{2,8})"
    r"(?P<title>[A-ZÆØÅ].*)$"
)
# "## KFU 38 Godkendelse af dagsorden": in a Markdown heading one space parts the committee's
# code, the number and the title, as a web page's heading does; the markup is the evidence the
# column's gap gives in plain text. Weak like the form above.
_HEADING_CODE_NUMBER_RE = re.compile(
    r"^(?P<code>[A-ZÆØÅ]{2,6}[ \t](?P<number>\d{1,4}))[ \t]{1,3}(?P<title>[A-ZÆØÅ].*)$"
)
# "Punkt 3  PBU 86/2012  Title", "Punkt 3 – ØU-86/12: Title": after a point's label, the
# committee's code and the point's number in its year's run (the agenda system's other numbering
# of the same point) opens the line; the title is what follows it, or the next line. The number
# before the slash is never a year itself ("DGI 2024/25 …" opens a title).
_CODE_AFTER_LABEL_RE = re.compile(
    r"^[A-ZÆØÅ]{1,6}[ \t-](?!(?:19|20)\d{2}/)\d{1,4}/(?:\d{2}|(?:19|20)\d{2})"
    r"(?:-[A-ZÆØÅ]{1,3})?(?![\w/-])[ \t]{0,5}(?:[:\-–—|·][ \t]{0,5})?(?=[A-ZÆØÅ(\[]|$)"
)
_BULLET_RE = re.compile(r"^[•·▪\uf0b7*\-–][ \t]{1,4}")
_MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s{1,4}")

# Case-number labels, OCR slips included ("Saq nr."), ESDH ids ("Sags-ID: EMN-2023-00013",
# "Sag-ID: SAG-2021-0042"); the value is the next token.
# The label may name the system that keeps the case ("Acadre sagsnr.", "ESDH-sagsnr.", "SBSYS
# sagsnr."): a known system name or an upper-case acronym. "ESDH:" alone (the case system's
# generic name) labels the case number too.
_SYSTEMS = "|".join(re.escape(n).replace(r"\ ", "[ \t]") for n in CASE_SYSTEMS)
# The case systems' names, folded: "SBSYS 24/1234" names the system that keeps the case, never a
# board's own series of cases ("HB 25/017").
_SYSTEM_NAMES = frozenset(n.casefold() for n in CASE_SYSTEMS)
_CASE_LABEL = (
    rf"^(?:(?:{_SYSTEMS}|(?-i:[A-ZÆØÅ][A-ZÆØÅ0-9]{{1,5}}))[ \t-]{{1,3}})?"
    # A document's label before the case's, one value for both ("Dok.nr./Sagsnr.: 2026-0417"):
    # the template files the point's document under its case's number, so the value is the
    # case's, as with "Sagsnr./dok.nr." below. So too the KLE label before it ("KLE/sagsnr.:
    # 04.04.00-G01-2-19"): the case's number given in the KLE form names both fields.
    r"(?:(?:Dok(?:ument)?\.?[ \t]?nr|KLE(?:[ \t-]?nr)?)\.?[ \t]?/[ \t]?)?"
    r"(?:Sagsnr|Sagsnummer|Sags?[ \t-]?id|Sags?[ \t-]{0,3}nr|Sag(?=[ \t]{0,3}:)"
    # A board's own case, the board's word joined to "sag" ("Lokalrådssag LR-2026-03",
    # "Bestyrelsessag nr. 12", "Udvalgssag: 14"): a local council's or a company's board keeps
    # its own journal and names its cases so. The value must still hold a digit.
    r"|[A-Za-zÆØÅæøå]{0,20}(?:råd|udvalg|bestyrelse|nævn)s[ \t-]?sag(?:[ \t]{1,3}nr)?"
    r"(?=\.?[ \t]{0,3}:?[ \t]{0,3}[0-9A-ZÆØÅ])"
    r"|Saq[ \t]{1,3}nr|J\.[ \t]?nr|Jnr|Jour\.?[ \t]?nr|Journal[ \t]?nr|Journalnummer"
    # The file's act in an older journal ("Akt. 231/16", "Aktnr. 12/2009", "Akt nr.: 88/98"):
    # a serial over the year. Only before a number of that shape, so "Akt 2" in a play's title
    # or "akt." in a sentence labels nothing.
    r"|Akt(?:\.?[ \t]?nr|nummer|\.)"
    r"(?=\.?[ \t]{0,3}:?[ \t]{0,3}\d{1,6}/(?:\d{2}|(?:19|20)\d{2})(?![\w/]))"
    r"|Sagsreference|Vores[ \t]{1,3}ref|Ref\.?[ \t]?nr|Ref(?=\.?[ \t]{0,3}:)"
    # "Ref. LIN-23-7702", "Ref. 24/1234": no colon, but a value of a case number's shape, one
    # token of parts set apart by "/", "-" or "." with a digit in it. A minute taker's "Ref.
    # Lise Holm" (a name, no digit), "Ref. 3" (no parts) and "Ref. 12.3.2024" (a date: the
    # minutes of that day) stay what they are.
    r"|Ref(?=\.[ \t]{1,3}(?!\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?![\w/-]|\.\w))(?=[^ \t]{0,40}\d)"
    r"[0-9A-Za-zÆØÅæøå]{1,12}(?:[./-][0-9A-Za-zÆØÅæøå]{1,12}){1,5}\.?(?:[ \t]|$))"
    # "Emne-ID: TB-2023-00101", "Emnenr. 2024-117": the case systems that call a case an
    # "emne" (their numbers open "EMN-"). Never "Emne:" alone, the point's subject in words:
    # the id or number word must follow, and the value must hold a digit.
    r"|Emne(?:[ \t-]?id|[ \t-]?nr|nummer)(?=\.?[ \t]{0,3}:?[ \t]{0,3}[0-9A-ZÆØÅ][^ \t]{0,20}\d)"
    # English minutes: "Case no.: 24/1234", "Case number 24/1234", "Case ref.: 24/1234",
    # "Ref. no.: NGE-2025-031", "Reference number: 24/1234", "File no.: 24/1234", "File ref.:
    # 17/00412" (the file a case is kept in, as the English of "J.nr." says it); an export's
    # field names join the words ("casenumber: 24/1234", "case_ref: …", "CaseReference: …").
    r"|Case[ \t_-]{0,3}(?:no|number|ref(?:erence)?)"
    r"|(?:Ref\.?[ \t]{0,2}|Reference[ \t]{1,3}|File[ \t]{1,3})(?:no|number)(?![a-zæøå])"
    r"|File[ \t]{1,3}ref(?:erence)?(?![a-zæøå])"
    # The case system alone labels the case number too: "Acadre: 08/2214", "ESDH-nr. 41/04",
    # "SBSYS-nr.: 24/1234", "Acadre nr. 24/1234".
    rf"|(?:{_SYSTEMS})[ \t-]?nr|(?:{_SYSTEMS})(?=[ \t]{{0,3}}:)"
    # ("Acadre 19/08812", "(SBSYS 24/1234)": the system's name before a number in a case's
    # parts, no colon, as "Ref. 24/1234" is read; never before a word: "Acadre opgraderes".)
    rf"|(?:{_SYSTEMS})(?=[ \t]{{1,3}}(?:[A-ZÆØÅ]{{1,5}}-?)?\d{{1,4}}[/.-]\d)"
    # The system's name joined to "sag", no "nr." ("Acadre-sag 16/00102", "SBSYS sag 24/1234"):
    # the system's case. Only after the system's name (the lookbehind: the prefix above was
    # read), and only before a number of a case's shape, so "Sag 12 …" stays a point heading.
    r"|(?<=[ \t-])Sag(?=[ \t]{1,3}\d{1,4}[/.-]\d))"
    # The system after the label ("Sagsnr. (SBSYS):"), or a document number beside it
    # ("Sagsnr./dok.nr.: 24/1234 / 24/1234-7": the first value is the case's).
    r"\.?(?:[ \t]{0,3}\([A-Za-zÆØÅæøå .-]{2,15}\)|[ \t]?/[ \t]?dok\.?[ \t]?nr\.?)?"
    # PDF text aligns the values in a column: "Sagsnummer:     17.02.00-P20-2-23".
    r"[ \t]{0,3}:?[ \t]{0,16}"
)
# "Sag 24/1234" or "(Sag 24/1234)" alone on a line: the word and a case-shaped number, nothing
# after (a title would follow a point heading's number: "Sag nr. 10 Title").
_SAG_CASE_RE = re.compile(r"^\(?Sag[ \t]{1,3}(?P<value>\d{1,4}[/-]\d{2,8})\)?$", re.IGNORECASE)
# "Sag S2024-101": the word, then a value that may be a case number by its shape alone.
_SAG_SHAPED_RE = re.compile(
    r"^\(?Sag[ \t]{1,3}(?P<value>[0-9A-ZÆØÅ][0-9A-ZÆØÅ./-]{3,39})\)?(?![^ \t])"
)
# A case label later in a metadata line: "Dokumentnr.: 24/1234-55   Sagsnr.: 24/1234".
_LATER_CASE_RE = re.compile(
    r"[ \t](?=(?:Sagsnr|Sagsnummer|Sags?[ \t-]?id|Sags[ \t-]nr|J\.[ \t]?nr|Jour\.?[ \t]?nr"
    r"|Journal[ \t]?nr)\b)",
    re.IGNORECASE,
)
_CASE_LABEL_RE = re.compile(
    _CASE_LABEL + r"(?P<value>[0-9A-Za-zÆØÅæøå][0-9A-Za-zÆØÅæøå./-]{0,39})", re.IGNORECASE
)
# A case label and what follows it up to its value (see ``_labelled_case``).
_CASE_LABEL_PREFIX_RE = re.compile(_CASE_LABEL, re.IGNORECASE)
# "Sagsnr.:" alone: the value stands on the next line (PDF text of a two-column table). Or a
# dash for its value ("Sagsnr.:   -"): an export's field for a point that has no case, still
# the point's metadata.
_CASE_LABEL_ALONE_RE = re.compile(_CASE_LABEL + r"(?:[-–—][ \t]*)?$", re.IGNORECASE)
# Other labelled metadata of a point, never body text (and never its case number: a document's
# number is not its case's).
_META_LABEL_RE = re.compile(
    r"^(?:Dok\.?[ \t]?nr|Dok\.?[ \t-]?id|Dokument[ \t-]?(?:nr|nummer|id)|Sagsinitialer"
    r"|Sagsbehandler|Sagsansvarlig|KLE(?:[ \t-]{0,3}(?:nr|nummer|emne))?|Emne|Forvaltning"
    r"|Afdeling|Ansvarlig)\.?[ \t]{0,3}:"
    # A document's number needs no colon: "Dok. nr. 12345-25   Sags nr. 24/1234".
    r"|^(?:Dok\.?[ \t]?nr|Dokument[ \t-]?(?:nr|nummer))\.?[ \t]{1,3}(?=\d)",
    re.IGNORECASE,
)
# The label cell of a point's metadata table beside its value, no colon: a row of a Word or web
# table ("Sagsbehandler<TAB>Lis Krag", "Dok.nr.<TAB>2026-000311-4"). Only labels no body table
# uses for its own columns ("Emne", "Ansvarlig" may head a table of tasks).
_META_CELL_RE = re.compile(
    r"^(?:Dok\.?[ \t]?nr|Dok\.?[ \t-]?id|Dokument[ \t-]?(?:nr|nummer|id)|Sagsinitialer"
    r"|Sagsbehandler|Sagsansvarlig|KLE(?:[ \t-]{0,3}(?:nr|nummer|emne))?)\.?[ \t]{0,3}:?$",
    re.IGNORECASE,
)
# The law a closed mark rests on: ", jf. kommunestyrelseslovens § 10, stk. 2", "- jf. FVL § 15",
# "efter forvaltningslovens § 15" (folded text).
_LAW_REFERENCE = (
    r"[ \t]{0,3}[,\-–—]?[ \t]{0,3}(?:jf\.?|jævnfør|i[ \t]{1,3}henhold[ \t]{1,3}til|iht\.?|efter)"
    r"[ \t]{1,3}[^()\[\]\n§]{0,60}§[^()\[\]\n]{0,30}"
)
# The same in English minutes: "under the Access to Public Administration Files Act", "pursuant
# to section 30 of the Act", "cf. section 12" (folded). It must end at the act or its section,
# so "under review" or "under the bridge" is none.
_ENGLISH_LAW_REFERENCE = (
    r"[ \t]{0,3}[,\-–—]?[ \t]{0,3}(?:under|pursuant[ \t]{1,3}to"
    r"|in[ \t]{1,3}accordance[ \t]{1,3}with|according[ \t]{1,3}to|cf\.?)"
    r"[ \t]{1,3}(?:[^()\[\]\n§.]{0,80}?[ \t])?"
    r"(?:act|section[ \t]{1,3}\d{1,3}[a-z]?(?:\(\d{1,2}\))?)(?![\w])"
)
_LAW_REFERENCE = f"(?:{_LAW_REFERENCE}|{_ENGLISH_LAW_REFERENCE})"
_LAW_TAIL = f"(?:{_LAW_REFERENCE})?"


def _words_alt(words: Sequence[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", "[ \t]{1,3}") for w in sorted(words, key=len, reverse=True)
    )


# The published edition of the minutes (folded): "det offentlige referat", "den offentlige
# udgave", "the public version" (see PUBLIC_EDITION_NOUNS).
_PUBLIC_EDITION = (
    rf"(?:de[nt][ \t]{{1,3}})?offentlige[ \t]{{1,3}}(?:{_words_alt(PUBLIC_EDITION_NOUNS)})"
    # ("… fjernet fra den offentlige udgave af referatet": the edition and what it is of.)
    rf"(?:[ \t]{{1,3}}af[ \t]{{1,3}}(?:{_words_alt(PUBLIC_EDITION_OF)}))?"
)
# A text left out of it (folded): "udeladt af den offentlige udgave", "udgår af det offentlige
# referat", "withheld from the public version". Said of a point, it is closed; said of its
# minute after a closing notice, it is a note on the closing (see ``_record_note``).
_LEFT_OUT_OF_PUBLIC = (
    rf"(?:{_words_alt(LEFT_OUT_VERBS)})[ \t]{{1,3}}(?:af|fra)[ \t]{{1,3}}{_PUBLIC_EDITION}"
    rf"|(?:{_words_alt(LEFT_OUT_ENGLISH)})[ \t]{{1,3}}from[ \t]{{1,3}}(?:the[ \t]{{1,3}})?"
    rf"public[ \t]{{1,3}}(?:{_words_alt(PUBLIC_EDITION_ENGLISH)})"
)
_LEFT_OUT_OF_PUBLIC_RE = re.compile(rf"(?<!\w)(?:{_LEFT_OUT_OF_PUBLIC})(?!\w)")
_LAW_AT_END_RE = re.compile(_LAW_REFERENCE + r"\.?$")
_EXEMPTION_RE = re.compile(
    r"(?:jf\.?|jævnfør|iht\.?|i[ \t]{1,3}henhold[ \t]{1,3}til)[ \t]{1,3}offentlighedslovens"
    r"[ \t]{1,3}§§?[ \t]{0,3}(?:19|2\d|3[0-5])\b"
)
# Words that say who may read a point. The closed ones close it.
_CLOSED_STATUS = {
    "lukket", "lukket sag", "lukket punkt", "lukket dagsordenspunkt", "fortrolig", "fortroligt",
    "fortroligt punkt", "fortrolig sag", "ikke offentlig", "ikke offentligt", "ikke-offentlig",
    "ikke-offentligt", "ikke offentligt punkt", "ikke-offentligt punkt", "ikke offentlig sag",
    "lukket behandling", "lukket for offentligheden", "fortrolig behandling",
    "ikke offentliggjort", "ikke til offentliggørelse", "undtaget fra offentlighed",
    "undtaget fra offentligheden", "undtaget offentlighed",
    # "Ej" is the older, written "ikke" ("Ej til offentliggørelse" in typed minutes); the same
    # statement in the other words minutes use: the public is kept out, the point withheld.
    "ej offentlig", "ej offentligt", "ej-offentlig", "ej-offentligt", "ej offentliggjort",
    "ej til offentliggørelse", "ikke offentligt tilgængelig", "ikke offentligt tilgængeligt",
    "ej offentligt tilgængelig", "ikke til offentligheden", "udelukket fra offentligheden",
    "udelukket for offentligheden", "udelukket fra offentlighed", "udelukket for offentlighed",
    "unddraget offentlighed", "unddraget offentligheden",
    "unddraget fra offentligheden", "offentliggøres ikke", "offentliggøres ej",
    "behandles for lukkede døre", "for lukkede døre", "behandlet for lukkede døre",
    "tavshedsbelagt", "tavshedsbelagt punkt", "tavshedsbelagt sag",
    # "Klausuleret": a restricted point (clausulated, as the archives say); "Undtaget fra
    # offentliggørelse": kept out of what is published.
    "klausuleret", "klausuleret punkt", "klausuleret sag", "undtaget fra offentliggørelse",
    "unddraget offentliggørelse", "unddraget fra offentliggørelse",
    "omfattet af tavshedspligt",
    # "Skærmet punkt", "Status: Skærmet": shielded from the public (see SHIELDED_WORDS).
    *SHIELDED_WORDS,
    *(f"{w} {n}" for w in SHIELDED_WORDS for n in SHIELDED_NOUNS),
    # "Restricted item", "Restricted": the English of a restricted point (see RESTRICTED_WORDS).
    *RESTRICTED_WORDS,
    *(f"{w} {n}" for w in RESTRICTED_WORDS for n in RESTRICTED_NOUNS),
    "not for publication",
    # English minutes of an international council: "Item 5: Confidential", "(closed session)".
    "confidential", "confidential item", "closed", "closed item", "closed session", "in camera",
    "not public",
    # English councils' access to information rules: "Exempt information", "(Exempt item)".
    "exempt", "exempt information", "exempt item",
    # The public kept out, said as a state: "Offentligheden udelukket" (the verb left out, as
    # a status line under a heading writes it), "Uden offentlighed"; in English "Public
    # excluded", "Press and public excluded", "Closed to the public".
    "offentligheden udelukket", "offentligheden er udelukket", "offentligheden udelukkes",
    "med offentligheden udelukket", "uden offentlighed", "uden adgang for offentligheden",
    "public excluded", "press and public excluded", "closed to the public",
    "not open to the public",
    # Kept out of what is published, in English: "Exempt from publication", "Withheld from
    # publication", "Exempt from disclosure" (the English of "Undtaget fra offentliggørelse").
    "exempt from publication", "exempt from disclosure", "withheld from publication",
    "excluded from publication", "not for disclosure",
}  # fmt: skip
# ("Lukket møde" on its own heads the group of closed points that follows, not the point above.)
_OPEN_STATUS = {"åbent", "åben", "åben sag", "åbent punkt", "åbent dagsordenspunkt", "offentlig"}
_STATUS_WORDS = _CLOSED_STATUS | _OPEN_STATUS
# The closed status words as written without Danish letters ("ikke til offentliggorelse").
_ASCII_CLOSED_STATUS = {ascii_fold(w) for w in _CLOSED_STATUS}
# The closed statuses long enough to be known with one letter wrong, missing or extra, as typed
# and OCR'd minutes misspell them ("Unntaget offentlighed", "Ikke offent1igt"), by their
# spelling without Danish letters. A short one is not: one letter from "lukket" is "lukker".
_MISSPELT_MIN_CHARS = 12
_LONG_CLOSED_STATUS = {
    ascii_fold(w): w for w in sorted(_CLOSED_STATUS) if len(ascii_fold(w)) >= _MISSPELT_MIN_CHARS
}
# A status written beside a point's title, in brackets or a column of its own ("(Å) Title",
# "12.   L   Title", "Item 2 (open): Budget"): the status words, the agenda systems' letters
# and the English "open" ("closed" is a status word already).
_OPEN_BESIDE = _OPEN_STATUS | {"å", "open"}
_CLOSED_BESIDE = _CLOSED_STATUS | {"l"}
# A line of a point's body that says the point is dealt with behind closed doors: "Punktet
# behandles for lukkede døre", "(Sagen blev behandlet på lukket møde)". The whole line must say
# it, so a sentence that only mentions closed doors stays body text.
_CLOSING_LINE_RE = re.compile(
    r"^(?:(?:punktet|sagen|dette punkt|denne sag|beslutningen|behandlingen)[ \t]{1,3})?"
    r"(?:(?:behandles|blev behandlet|er behandlet|vil blive behandlet|behandledes|behandlet)"
    r"[ \t]{1,3}"
    r"(?:for[ \t]{1,3}lukkede[ \t]{1,3}døre|(?:på|i|under)[ \t]{1,3}(?:et[ \t]{1,3})?lukket"
    # ("Punktet behandles som lukket, jf. …", "Sagen behandles lukket": the status said of the
    # point, its noun left out.)
    r"[ \t]{1,3}(?:møde|punkt|del)"
    # ("Sagen behandles på den lukkede del af mødet", "… i mødets lukkede del": the closed
    # part of the meeting named by its definite form.)
    r"|(?:på|i|under)[ \t]{1,3}(?:den[ \t]{1,3}lukkede[ \t]{1,3}del(?:[ \t]{1,3}af[ \t]{1,3}"
    r"mødet)?|mødets[ \t]{1,3}lukkede[ \t]{1,3}del)"
    r"|som[ \t]{1,3}(?:et[ \t]{1,3})?(?:lukket|fortroligt?)"
    r"(?:[ \t]{1,3}(?:punkt|sag))?|lukket|fortroligt)"
    r"|(?:er|var|blev)[ \t]{1,3}(?:lukket(?:[ \t]{1,3}for[ \t]{1,3}offentligheden)?"
    # A closing for a while ("Punktet er fortroligt indtil prisoverrækkelsen", "… lukket indtil
    # kontrakten er underskrevet"): closed now, whenever it opens; a few words of when.
    r"(?:[ \t]{1,3}indtil[ \t]{1,3}[^.,;:()\[\]§]{1,40}?)?|fortroligt?"
    r"(?:[ \t]{1,3}indtil[ \t]{1,3}[^.,;:()\[\]§]{1,40}?)?"
    # ("… undtaget fra offentliggørelse": kept out of what is published, as the status list
    # says it.)
    r"|(?:undtaget|unddraget)[ \t]{1,3}(?:fra[ \t]{1,3})?offentlig(?:hed(?:en)?|gørelse)"
    r"|udelukket[ \t]{1,3}(?:fra|for)[ \t]{1,3}offentlighed(?:en)?|tavshedsbelagt"
    # ("Punktet er omfattet af tavshedspligt og offentliggøres ikke.")
    r"|omfattet[ \t]{1,3}af[ \t]{1,3}tavshedspligt|klausuleret"
    # ("Sagen er ej til offentliggørelse", "Punktet er ikke offentligt tilgængeligt".)
    r"|(?:ikke|ej)[ \t]{1,3}(?:offentligt?(?:[ \t]{1,3}tilgængeligt?)?|offentliggjort"
    r"|til[ \t]{1,3}offentliggørelse)"
    r"|(?:udeladt|udgået|fjernet|taget[ \t]{1,3}ud)[ \t]{1,3}(?:af|fra)[ \t]{1,3}"
    rf"{_PUBLIC_EDITION})"
    # "Sagen offentliggøres ikke", "Punktet må ikke offentliggøres", "Udgår af det offentlige
    # referat".
    r"|offentliggøres[ \t]{1,3}(?:ikke|ej)|(?:må|kan)[ \t]{1,3}(?:ikke|ej)[ \t]{1,3}offentliggøres"
    rf"|udgår[ \t]{{1,3}}(?:af|fra)[ \t]{{1,3}}{_PUBLIC_EDITION})"
    # What the closing leaves out may follow, "og gengives ikke", "og fremgår ikke af det
    # offentlige referat", "og er ikke omfattet af det offentlige referat", "og er udeladt af
    # referatet", or why, in brackets: "(personoplysninger)" (its closing bracket stripped with
    # the line's end).
    r"(?:[ \t]{1,3}og[ \t]{1,3}(?:(?:gengives|offentliggøres|refereres|fremgår|medtages|vises"
    r"|bringes|omtales|indgår|er|bliver)[ \t]{1,3}(?:ikke|ej)"
    # ("… og er fjernet fra den version, der lægges på hjemmesiden": what is published.)
    r"|er[ \t]{1,3}(?:udeladt|undtaget|unddraget|udgået|fjernet))(?:[ \t]{1,3}[^.()\[\]§]{1,50})?)?"
    r"(?:[ \t]{1,3}\([^()§]{1,40}\)?)?"
    # The law it rests on may follow: ", jf. kommunestyrelseslovens § 10."
    rf"{_LAW_TAIL}\.?$"
    # "Offentligheden blev udelukket under behandlingen af punktet."
    r"|^offentligheden[ \t]{1,3}(?:er|var|blev)[ \t]{1,3}udelukket(?:[ \t]{1,3}under"
    r"[ \t]{1,3}(?:behandlingen|drøftelsen)(?:[ \t]{1,3}af[ \t]{1,3}(?:punktet|sagen"
    r"|dette[ \t]{1,3}punkt|denne[ \t]{1,3}sag))?)?\.?$"
    # English: "This item was taken in closed session.", "Discussed in camera."
    r"|^(?:(?:this|the)[ \t]{1,3}(?:item|matter)[ \t]{1,3})?(?:(?:was|is|will[ \t]{1,3}be)"
    r"[ \t]{1,3})?(?:taken|dealt[ \t]{1,3}with|discussed|considered|held)[ \t]{1,3}in[ \t]{1,3}"
    r"(?:closed[ \t]{1,3}session|camera|private)\.?$"
    # "This item is confidential.", "The matter was closed to the public." (the English of
    # "Punktet er fortroligt").
    r"|^(?:this|the)[ \t]{1,3}(?:item|matter)[ \t]{1,3}(?:is|was|will[ \t]{1,3}be)[ \t]{1,3}"
    r"(?:confidential|exempt|not[ \t]{1,3}public|closed(?:[ \t]{1,3}to[ \t]{1,3}the[ \t]{1,3}"
    r"public)?)\.?$"
    # "Item exempt from publication.", "Matter confidential": a notice's shorthand, the noun and
    # the status without the verb, as a heading or a stamp writes it (a bare "closed" without
    # it says the matter is done with: "Item closed.").
    r"|^(?:(?:this|the)[ \t]{1,3})?(?:item|matter)[ \t]{1,3}(?:confidential|not[ \t]{1,3}public"
    r"|exempt(?:[ \t]{1,3}from[ \t]{1,3}(?:publication|disclosure))?"
    r"|(?:withheld|excluded)[ \t]{1,3}from[ \t]{1,3}publication"
    r"|not[ \t]{1,3}for[ \t]{1,3}(?:publication|disclosure)"
    r"|closed[ \t]{1,3}to[ \t]{1,3}the[ \t]{1,3}public)\.?$"
)
# A bare case number on its own line: the seed's "12/32140" or another separated format.
_BARE_CASE_RE = re.compile(r"^\d{1,4}(?:[./-][0-9A-Z]{1,7}){1,5}$")

# "Status: Lukket", "Åben/Lukket: Åben": a label, then an open/closed status.
_STATUS_LABEL_RE = re.compile(
    r"^(?P<label>[A-Za-zÆØÅæøå][A-Za-zÆØÅæøå /-]{1,30})[ \t]{0,3}:[ \t]{0,16}(?P<value>[^:]+)$"
)
# Labels that ask whether a point is public, and the short answers they take.
_OPENNESS_LABELS = {
    "offentlighed", "offentlig", "offentligt", "åben", "åbent", "åben/lukket", "åbent/lukket",
    "lukket", "fortrolig", "fortroligt",
    # Whether the point is published: "Offentliggøres: Nej", "Public: No".
    "offentliggørelse", "offentliggøres", "publiceres", "public", "publication",
}  # fmt: skip
# Labels that ask who may read the point, whose value may go on after its status with a note
# on it: "Adgang: Lukket – materialet udleveres kun til rådets medlemmer", "Status: Åben, dog
# ikke bilag 2". (Under any other label a status with words after it is that label's matter.)
_ACCESS_LABELS = {
    "status", "adgang", "access", "offentlighed", "åben/lukket", "åbent/lukket", "behandling",
    "synlighed", "visibility", "klassifikation", "classification", "visning",
}  # fmt: skip
# Whose field the label names, first in it ("Punktets status", "Sagens adgang"): no part of
# what the label asks.
_LABEL_OWNER_RE = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in STATUS_LABEL_OWNERS) + r")[ \t]{1,3}(?=\S)"
)


def _status_label(label: str) -> str:
    """A status field's label as the label sets know it: folded, without the point or case it
    belongs to ("Punktets status" -> "status"), as a template may name the point's field."""
    folded = " ".join(fold(label).strip(" .:").split())
    return folded[owner.end() :] if (owner := _LABEL_OWNER_RE.match(folded)) else folded


# A status, then a separator and a note: a dash set apart by spaces ("ikke-offentlig" keeps its
# own), an en or em dash, a comma, a semicolon, a bracket or a new sentence.
_STATUS_THEN_NOTE_RE = re.compile(
    r"^(?P<status>[^–—,;(.]{1,40}?)[ \t]{0,3}(?:[–—,;(]|[ \t]-[ \t]|\.[ \t]{1,3}(?=\S))"
)
# The labels whose "ja" means closed ("Lukket: Ja", "Fortroligt: Ja").
_CLOSED_FIRST = {"lukket", "fortrolig", "fortroligt"}
# A short value: whether it says "yes"/open ("Å") rather than "no"/closed ("L").
_OPENNESS_VALUES = {
    "ja": True, "nej": False, "å": True, "l": False, "j": True, "n": False, "yes": True,
    "no": False,
}  # fmt: skip
# The answers a box may offer under an openness label ("Offentlig: ☐ Ja ☒ Nej"): the values in
# words (a box beside "L" or "Å" offers no answer).
_YES_NO_BOXES = {word: yes for word, yes in _OPENNESS_VALUES.items() if len(word) > 1}
# Column names of a point's metadata table (folded, without the final period).
_TABLE_LABELS = {
    "sagsnr", "sagsnummer", "sags-id", "sagsid", "sagsbehandler", "sagsansvarlig",
    "åben/lukket", "åbent/lukket", "status", "dok.nr", "dokumentnr", "j.nr",
    # "Sag | Status" over "K20.0014 | Åben": the case column by the word alone (the row below it
    # must still hold a case-shaped cell, a digit in it, see row_case).
    "sag",
}  # fmt: skip
# The columns of such a table that hold the case number.
_CASE_COLUMNS = {"sagsnr", "sagsnummer", "sags-id", "sagsid", "j.nr", "journalnr", "sag"}
# Cells of a table row: a TAB (Word, saved web tables) or three spaces (PDF text) between them.
_CELL_GAP_RE = re.compile(r"\t|   +")
# A closed mark in a title (folded): "lukket", "lukket punkt 5", "fortroligt", "ikke offentlig".
# ("Ej" for "ikke": "Ej til offentliggørelse"; the public kept out: "udelukket fra
# offentligheden", "unddraget offentlighed", "behandles for lukkede døre"; the point left out
# of the published minutes: "udgår af det offentlige referat", "offentliggøres ikke"; under a
# duty of silence: "tavshedsbelagt".)
_CLOSED_MARK = (
    r"(?:lukket(?:[ \t]{1,3}(?:møde|behandling|del|for[ \t]{1,3}offentligheden))?|fortroligt?"
    r"|(?:ikke|ej)[ -]offentligt?(?:[ \t]{1,3}tilgængeligt?)?"
    r"|(?:ikke|ej)[ \t]{1,3}(?:offentliggjort|til[ \t]{1,3}(?:offentliggørelse|offentligheden))"
    # ("… undtaget fra offentliggørelse": kept out of what is published, as the status list
    # says it.)
    r"|(?:undtaget|unddraget)[ \t]{1,3}(?:fra[ \t]{1,3})?offentlig(?:hed(?:en)?|gørelse)"
    r"|udelukket[ \t]{1,3}(?:fra|for)[ \t]{1,3}offentlighed(?:en)?"
    r"|offentliggøres[ \t]{1,3}(?:ikke|ej)|tavshedsbelagt"
    # ("Skærmet punkt": shielded, only with the noun that follows, see SHIELDED_WORDS.)
    rf"|(?:{_words_alt(SHIELDED_WORDS)})(?=[ \t]{{1,3}}(?:{_words_alt(SHIELDED_NOUNS)})(?!\w))"
    # ("Restricted item: …", "… (Restricted item)": the English, its noun said too.)
    rf"|(?:{_words_alt(RESTRICTED_WORDS)})[ \t]{{1,3}}(?:{_words_alt(RESTRICTED_NOUNS)})(?!\w)"
    # ("Sag behandlet for lukkede døre: …", "Punktet behandles for lukkede døre": the treatment
    # said of the case or point by its noun first, as a protocol heads it, is the same mark.)
    r"|(?:(?:(?:sag(?:en)?|punkt(?:et)?)[ \t]{1,3})?(?:behandle(?:de)?s|behandlet)[ \t]{1,3})?"
    r"for[ \t]{1,3}lukkede[ \t]{1,3}døre"
    # ("Salg af grund – behandles som lukket": the treatment said without its noun, as a
    # closing sentence says it, see _CLOSING_LINE_RE.)
    r"|(?:(?:sag(?:en)?|punkt(?:et)?)[ \t]{1,3})?(?:behandle(?:de)?s|behandlet)[ \t]{1,3}"
    r"(?:som[ \t]{1,3})?(?:lukket|fortroligt?)"
    # ("Udeladt af den offentlige udgave", "Withheld from the public version".)
    rf"|{_LEFT_OUT_OF_PUBLIC}"
    r"|(?:ikke|ej)[ \t]{1,3}(?:med[ \t]{1,3})?i[ \t]{1,3}(?:det[ \t]{1,3})?offentlige"
    r"[ \t]{1,3}(?:referat|dagsorden)"
    # ("Offentligheden udelukket": the public kept out, as a state.)
    r"|(?:med[ \t]{1,3})?offentligheden[ \t]{1,3}(?:er[ \t]{1,3})?udelukket"
    # ("Closed to the public" is a status line's only: after a title it may say so of a place,
    # "Stranden – closed to the public".)
    r"|confidential|closed(?:[ \t]{1,3}session)?"
    r"|in[ \t]{1,3}camera|not[ \t]{1,3}public"
    r"|(?:press[ \t]{1,3}and[ \t]{1,3})?public[ \t]{1,3}excluded"
    r"|not[ \t]{1,3}for[ \t]{1,3}(?:publication|disclosure)"
    r"|(?:withheld|excluded)[ \t]{1,3}from[ \t]{1,3}publication"
    r"|exempt(?:[ \t]{1,3}(?:information|from[ \t]{1,3}(?:publication|disclosure)))?)"
    r"(?:[ \t]{1,3}(?:punkt|sag|dagsordenspunkt|item))?"
    r"(?:[ \t]{1,3}(?:nr\.?[ \t]{0,3})?\d{1,4})?" + _LAW_TAIL
)
# At the start, then a separator ("Lukket punkt: ...", "LUKKET - ...") or in brackets
# ("(Lukket) ...", "[Lukket punkt] ...").
_CLOSED_START_RE = re.compile(
    rf"^(?:{_CLOSED_MARK}[ \t]{{0,3}}[:\-–—.]|[(\[][ \t]{{0,3}}{_CLOSED_MARK}[ \t]{{0,3}}[)\]])"
)
# A closed mark in brackets before a point's number: "(Lukket) 24 Opkøb af areal".
_BRACKETED_MARK_RE = re.compile(
    rf"^[(\[][ \t]{{0,3}}{_CLOSED_MARK}[ \t]{{0,3}}[)\]][ \t]{{1,3}}", re.IGNORECASE
)
# At the end, after a separator or in brackets ("... - LUKKET SAG", "... (lukket)").
# Or in a status column after the title ("Klagesag<TAB>Lukket").
_CLOSED_END_RE = re.compile(
    # ("Personalesag. Lukket punkt." too: a sentence of its own after the title.)
    rf"(?:[\-–—(\[,:·•|*][ \t]{{0,3}}|\.[ \t]{{1,3}}|\t[ \t]*){_CLOSED_MARK}"
    rf"[ \t]{{0,3}}[)\]*]?\.?[ \t]{{0,3}}$"
)
# A title of closed marks alone, one or a few joined by a dash or comma (folded): "udgår af det
# offentlige referat", "fortroligt – udgår af det offentlige referat", "lukket - fortroligt jf.
# fvl § 14". Written where the title goes, it is the point's mark and no title.
_MARKS_ONLY_RE = re.compile(
    rf"^{_CLOSED_MARK}(?:[ \t]{{0,3}}[,\-–—:;/][ \t]{{0,3}}{_CLOSED_MARK}){{0,3}}[ \t]{{0,3}}\.?$"
)
# A closed mark first in a title with the point's matter in brackets after it and nothing else:
# "Lukket punkt (beboerforhold)", "Fortroligt (personalesag)", "Closed item (legal advice)".
# A bare "lukket"/"closed" may say so of the matter ("Lukket (vinterperiode)"): only a mark that
# names the point or its treatment counts (see ``_BARE_MARKS``).
_CLOSED_MARK_THEN_NOTE_RE = re.compile(
    rf"^(?P<mark>{_CLOSED_MARK})[ \t]{{1,3}}[(\[][^()\[\]]{{1,60}}[)\]]\.?$"
)
# A closed mark opening a bracketed note after the title, the note going on after a dash or
# comma: "Personsag (lukket punkt – ikke med i det offentlige referat)", "(Fortroligt, jf. …)".
# A bare "lukket"/"closed" says so of the matter as well ("Haven (lukket - åbner til påske)"):
# only a mark that names the point or its treatment counts there.
_BARE_MARKS = ("lukket", "closed")
_CLOSED_NOTE_END_RE = re.compile(
    rf"[(\[][ \t]{{0,3}}(?P<mark>{_CLOSED_MARK})[ \t]{{0,3}}[,\-–—:;][^()\[\]]{{1,80}}[)\]]"
    r"\.?[ \t]*$"
)
# A note after a closed mark that says the point's text is not to be passed on ("må ikke
# videresendes", "ikke til videregivelse", "not for circulation"; folded): the mark and the note
# withhold the point together, and the note is never a title (see WITHHELD_VERBS).
_WITHHELD_NOTE_RE = re.compile(
    r"(?<!\w)(?:(?:(?:må|bør|skal|kan)[ \t]{1,3})?(?:ikke|ej)[ \t]{1,3}(?:"
    + "|".join(WITHHELD_VERBS)
    + r")|(?:ikke|ej)[ \t]{1,3}til[ \t]{1,3}(?:"
    + "|".join(WITHHELD_NOUNS)
    + r")|(?:not[ \t]{1,3}(?:for|to[ \t]{1,3}be)|do[ \t]{1,3}not|must[ \t]{1,3}not[ \t]{1,3}be)"
    r"[ \t]{1,3}(?:" + "|".join(WITHHELD_ENGLISH) + r")"
    # Who alone may read it: "kun til rådets medlemmer", "members only" (READERS_ONLY_NOUNS).
    r"|kun[ \t]{1,3}(?:til|for)[ \t]{1,3}(?:[\w-]+[ \t]{1,3}){0,2}(?:"
    + "|".join(READERS_ONLY_NOUNS)
    + r")|(?:"
    + "|".join(READERS_ONLY_NOUNS)
    + r")[ \t]{1,3}only)(?!\w)"
)
# A closed mark, a separator and a note in words (folded): "lukket punkt – må ikke
# videresendes", "fortroligt: indeholder personoplysninger".
_MARK_THEN_NOTE_RE = re.compile(
    rf"^(?P<mark>{_CLOSED_MARK})[ \t]{{0,3}}[,\-–—:;][ \t]{{0,3}}(?P<note>[^()\[\]]{{1,80}})$"
)
# A closed mark and a note that withholds the text last in a title, after a separator or in
# brackets (folded): "Lejeaftale (lukket – må ikke videresendes)", "Personsag - fortroligt, må
# ikke videregives".
_WITHHELD_END_RE = re.compile(
    rf"(?:[\-–—(\[,:|][ \t]{{0,3}}|\.[ \t]{{1,3}})(?P<mark>{_CLOSED_MARK})[ \t]{{0,3}}[,\-–—:;]"
    r"[ \t]{0,3}(?P<note>[^()\[\]]{1,80})[)\]]?\.?[ \t]*$"
)
# The marks that may name a closed part of the meeting rather than the point ("Lukket møde",
# "Closed session" head the points below them): with a note after them in brackets they close
# nothing by themselves (see ``withheld_note``).
_PART_MARK_ENDINGS = ("møde", "del", "session")
# A closed mark in a column of its own after the title: "Personalesag.          Ej til
# offentliggørelse.", "Køb af jord<TAB>Lukket for offentligheden" (a TAB or a gap of two spaces
# or more sets it apart, as typed or PDF minutes align their marks; read before folding, which
# closes the gap). One start per run of blanks (the lookbehind), so a long run is read once.
_COLUMN_MARK_RE = re.compile(
    rf"(?<![ \t])(?=[ \t]*(?:\t|[ ]{{2}}))[ \t]+(?:{_CLOSED_MARK})[ \t]{{0,3}}[)\]*]?\.?[ \t]*$",
    re.IGNORECASE,
)
# A status in brackets before a title: "(Åben) Title", "[Lukket] Title".
_LEAD_STATUS_RE = re.compile(
    r"^[(\[][ \t]{0,3}(?P<status>[^()\[\]]{1,30}?)[ \t]{0,3}[)\]][ \t]{0,3}(?:[:.\-–—][ \t]{0,3})?"
)


# A status column before a title: "Åben          Title", "Lukket<TAB>Title" (two spaces at least,
# or a TAB: a table's cells, not a sentence).
_STATUS_COLUMN_RE = re.compile(
    # (Or the column's letter alone, "12.   L   Title", as "(L)" before a title is.)
    r"^(?P<status>åbent?|lukket|fortroligt?|open|closed|å|l)(?:[ \t]*\t[ \t]*|[ ]{2,})(?=\S)",
    re.IGNORECASE,
)


# A status column after a title: "Klagesag<TAB>Lukket", "Takster       Åben".
_TRAILING_STATUS_RE = re.compile(
    # One start per run of blanks (the lookbehind), so a long run is read once.
    r"(?<![ \t])(?=[ \t]*(?:\t|[ ]{2}))[ \t]+"
    r"(?P<status>åbent?|lukket|fortroligt?|ikke[ -]offentligt?)"
    r"(?:[ \t]+(?:punkt|sag))?[ \t]*$",
    re.IGNORECASE,
)


def title_core(title: str) -> str:
    """A title without its open/closed marks, folded: what a table of contents and the point's
    own heading share ("Tvist med leverandør (Lukket)" and "Tvist med leverandør";
    "Lukket        Ekspropriation" and "Ekspropriation")."""
    if column := _STATUS_COLUMN_RE.match(title.strip()):
        title = title.strip()[column.end() :]
    if (after := _status_after_title(title)) and after[1] in _CLOSED_STATUS:
        title = title[: after[0]]  # ("Andragende   (Unntaget offentlighed)", misspelt.)
    folded = fold(title).strip()
    if lead := _LEAD_STATUS_RE.match(folded):
        if fold(lead["status"]).rstrip(".") in _STATUS_WORDS:
            folded = folded[lead.end() :]
    if start := _CLOSED_START_RE.match(folded):
        folded = folded[start.end() :]
    if end := _CLOSED_END_RE.search(folded):
        folded = folded[: end.start()]
    elif (note := _CLOSED_NOTE_END_RE.search(folded)) and note["mark"].strip() not in _BARE_MARKS:
        # "Elevsag (fortroligt - udgår af den udsendte version)": a closed note in brackets
        # after the title, saying why or what is left out (see ``closed_title``).
        folded = folded[: note.start()]
    elif withheld := _withheld_end(folded):
        folded = folded[:withheld]  # "Lejeaftale (lukket – må ikke videresendes)"
    # (A final period too: typed minutes end a heading with one, their contents may not.)
    return " ".join(folded.split()).strip(" -–—:").removesuffix(".").rstrip(" -–—:")


@dataclass(frozen=True)
class PointHeading:
    """A line that opens an agenda point. ``strong`` for labelled forms (``Punkt``, ``Pkt.``,
    ``Nr.``, committee codes); plain ``N. Title`` lines need more evidence. ``closed`` when the
    heading's own status says so ("Lukket punkt 5: Title", "5. [Lukket] Title")."""

    number: int
    title: str
    label: str
    strong: bool
    closed: bool = False


@dataclass(frozen=True)
class Decision:
    """A decision heading: whose decision, when, and any text on the same line."""

    heading: str
    board: str | None
    decided: date | None
    inline: str


_MD_QUOTE_RE = re.compile(r"^(?:>[ \t]?)+")
# A saved web page's fold-out marks: "▸ 2. Title", "▾ Sagsfremstilling" (a disclosure triangle
# is what a browser drew beside a folded section; it is never text of the minutes).
_DISCLOSURE_RE = re.compile(r"^[▸▹►▶▾▿▼][ \t]*")


def demark(raw: str) -> str:
    """A heading-like line without markdown decoration: ``## **Bilag**`` -> ``Bilag``, and a
    quoted line (a portal's notice "> Punktet er undtaget fra offentlighed") without its ``>``."""
    s = _DISCLOSURE_RE.sub("", _MD_QUOTE_RE.sub("", raw.strip()))
    s = _MD_HEADING_RE.sub("", s).replace("**", "").strip()
    if len(s) > 1 and s[0] == s[-1] == "*":
        s = s[1:-1].strip()
    # Markdown's other emphasis, a line wrapped in underscores ("_Sagsnr. 24/1234_",
    # "__Beslutning__"): as "*…*", a mark a reader never sees. (A rule of underscores, or a
    # line that only opens or only closes with one, is no emphasis.)
    if (m := _MD_UNDERSCORE_RE.match(s)) and any(ch.isalnum() for ch in m["inner"]):
        s = m["inner"].strip()
    return s


# A whole line in underscore emphasis: the same one or two underscores at each end, no
# underscore between ("_Sagsnr. 24/1234_"; not "____", not "_id_ og _mere_").
_MD_UNDERSCORE_RE = re.compile(r"^(?P<mark>__?)(?=[^\s_])(?P<inner>[^_]+)(?<=[^\s_])(?P=mark)$")


def fold(s: str) -> str:
    return " ".join(s.split()).casefold()


def _make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_date(value: str) -> tuple[date, int, int] | None:
    """The first valid date in a line, with its span.

    Args:
        value: Any text: "Den 09.01.2020 kl. 13:00", "15-maj-2002", "Torsdag, Oktober 3, 2019".

    Returns:
        ``(date, start, end)``, or None when the line holds no date.
    """
    # ("den l8. februar 2009": a scanned day's "1" read as an "l", the same width, so the spans
    # stand.)
    value = _OCR_DAY_RE.sub(lambda day: day[0].translate(_OCR_ONES), value)
    found: list[tuple[date, int, int]] = []
    for m in _NUMERIC_DATE_RE.finditer(value):
        if m[1]:
            d = _make_date(int(m[3]), int(m[2]), int(m[1]))
        else:
            d = _make_date(int(m[4]), int(m[5]), int(m[6]))
        if d:
            found.append((d, m.start(), m.end()))
            break
    for m in _SPACED_DATE_RE.finditer(value):
        if d := _make_date(int(m[3]), int(m[2]), int(m[1])):
            found.append((d, m.start(), m.end()))
            break
    for m in _SLASH_SPACE_DATE_RE.finditer(value):
        if d := _make_date(int(m[3]), int(m[2]), int(m[1])):
            found.append((d, m.start(), m.end()))
            break
    for m in _DAY_MONTH_RE.finditer(value):
        month = MONTHS.get(m[2].casefold())
        if month and (d := _make_date(int(m[3]), month, int(m[1]))):
            start = m.start()
            first = _FIRST_DAY_RE.search(value[:start])
            day = int(next(g for g in first.groups() if g)) if first else 0
            if first and 0 < d.day - day <= MEETING_DAYS:
                d, start = d.replace(day=day), first.start()
            found.append((d, start, m.end()))
            break
    for m in _MONTH_DAY_RE.finditer(value):
        month = MONTHS.get(m[1].casefold())
        if month and (d := _make_date(int(m[3]), month, int(m[2]))):
            found.append((d, m.start(), m.end()))
            break
    for m in _YEAR_FIRST_RE.finditer(value):
        month = MONTHS.get(m[3].casefold())
        if month and (d := _make_date(int(m[1]), month, int(m[2]))):
            found.append((d, m.start(), m.end()))
            break
    return min(found, key=lambda f: f[1]) if found else None


def day_and_month(value: str) -> tuple[int, int, str] | None:
    """The day and month of a date written without a year ("Møde d. 3/9", "den 3. september"),
    and the text of it; None when the line has none (or a full date)."""
    if find_date(value):
        return None
    for m in _YEARLESS_RE.finditer(value):
        month = int(m[2]) if m[2] else MONTHS.get(m[3].casefold(), 0)
        if 1 <= month <= 12 and 1 <= int(m[1]) <= 31 and _make_date(2000, month, int(m[1])):
            return int(m[1]), month, m[0]
    return None


def date_in(value: str) -> date | None:
    found = find_date(value)
    return found[0] if found else None


def short_date_in(value: str, today: date | None = None) -> date | None:
    """The first valid date with a two-digit year in a line ("Mødedato: 14.11.13").

    The century is the one that puts the date at most this year: "13" is 2013 and "97" is 1997
    (read in 2026). Only for a header that gives no date with a four-digit year: in a body the
    same shape is as often a KLE number or a version.
    """
    this_year = (today or date.today()).year

    def full(yy: str) -> int:
        return 2000 + int(yy) if int(yy) <= this_year % 100 else 1900 + int(yy)

    for m in (*_SHORT_DATE_RE.finditer(value), *_SLASH_DASH_DATE_RE.finditer(value)):
        if d := _make_date(full(m[4]), int(m[3]), int(m[1])):
            return d
    for m in _SHORT_DAY_MONTH_RE.finditer(value):
        month = MONTHS.get(m[2].casefold())
        if month and (d := _make_date(full(m[3]), month, int(m[1]))):
            return d
    return None


def start_time(value: str, *, bare: bool = False) -> str | None:
    """ "kl. 9:00", "kl 13.30" or "04-06-2020 09:00:00" -> "09:00"; with ``bare`` also a time
    at the start of the value ("15:00 - 18:30"), for a label that holds only a time."""
    m = _TIME_RE.search(value) or (_BARE_TIME_RE.match(value) if bare else None)
    if m is None and (hour := _HOUR_RE.search(value)) and int(hour[1]) <= 23:
        return f"{int(hour[1]):02d}:00"  # "kl. 14", "kl. 10-12": the hour alone
    if m is None or int(m[1]) > 23 or int(m[2]) > 59:
        return None
    return f"{int(m[1]):02d}:{m[2]}"


def point_heading(
    raw: str, *, letters: bool = False, sentence: bool = False
) -> PointHeading | None:
    """The point heading a line is, if any (see ``PointHeading``). ``letters``: the line stands
    in a run of lettered points, so "I. Title" is the ninth letter, not the roman one.
    ``sentence``: the line may be a heading even where its title reads as a sentence (a long
    title ending in a period), as the caller has other evidence that it heads a point."""
    text = demark(raw)
    if len(text) > MAX_HEADING_CHARS or (is_toc_line(text) and not _LABEL_COLUMN_RE.match(text)):
        return None
    text = _BULLET_RE.sub("", text).strip()
    if ocr := _OCR_LABEL_NUMBER_RE.match(text):
        # "Pkt. l.  Protokollen …", "Punkt l2: …": OCR of a typed protocol reads a "1" as "l".
        text = ocr["label"] + ocr["number"].translate(_OCR_ONES) + text[ocr.end() :]
    if (lead := _BRACKETED_MARK_RE.match(text)) and text[lead.end() :][:1].isdigit():
        # "(Lukket) 24 Opkøb af areal", "[Fortroligt] 7. Personalesag": a closed mark (a lock
        # icon, as text) before the number closes the point the rest of the line heads.
        inner = point_heading(text[lead.end() :], letters=letters, sentence=sentence)
        return replace(inner, closed=True) if inner is not None else None
    # "3.0 Trafik" over "3.1 Vejen ved skolen": the point numbered as the first of its own
    # sub-numbers; the sub-numbered lines stay inside it (see ``_SUB_NUMBER_RE``).
    text = _POINT_ZERO_RE.sub(r"\1. ", text)
    if marked := _MARKED_RE.match(text):
        text = f"{next(g for g in marked.groups() if g)}. {marked['title']}"
    if (ref := _MEETING_REF_RE.match(text)) and find_date(ref["ref"]):
        # "Punkt 4, Byrådets møde den 19. marts 2025": which meeting, the title on the next line.
        text = ref["head"]
    strong = True
    m = _PUNKT_RE.match(text) or _CODE_RE.match(text) or _sag_nr_titled(text)
    if m is None:
        m, strong = _NUMBERED_RE.match(text), False
        m = m or (_ROMAN_LETTER_RE.match(text) if letters else None) or _ROMAN_RE.match(text)
        m = m or _LETTER_RE.match(text)
        m = m or _SPACED_CODE_RE.match(text) or _CODE_NUMBER_RE.match(text)
        m = m or _YEAR_RUN_RE.match(text)
        m = m or _DOTTED_CODE_RE.match(text)
        if m is None and _MD_HEADING_RE.match(raw):
            m = _HEADING_CODE_NUMBER_RE.match(text)
    if m is None:
        return None
    title = m["title"].strip()
    if m.re is _PUNKT_RE and (code := _CODE_AFTER_LABEL_RE.match(title)):
        title = title[code.end() :].strip()
    if (m.groupdict().get("ordinal") or "").casefold() in MONTHS:
        return None  # "1. 5. maj 2025 ...": a date after the number, a line of a body
    label = m.groupdict().get("code") or m["number"] + (m.groupdict().get("letter") or "")
    number = (
        int(m["number"])
        if m["number"].isdigit()
        else _roman(m["number"])
        if m.re is _ROMAN_RE
        else ord(m["number"]) - ord("A") + 1
    )
    status = fold(m.groupdict().get("status") or "")
    closed = status in _CLOSED_STATUS
    cased = False
    if lead := _LEAD_STATUS_RE.match(title):
        # "(Åben) Title", "Punkt 1 (Åben): Title": an open status is no part of the title; a
        # closed one stays in it ("(Lukket) Køb af jord") and closes the point.
        word = fold(lead["status"]).rstrip(".")
        if word in _OPEN_BESIDE:
            title = title[lead.end() :].strip()
        elif word in _CLOSED_BESIDE:
            # "93. (L) Salg af jord": agenda systems mark closed points with the letter.
            closed = True
            if lead.group().rstrip()[-1:] in ":-–—":
                # "Punkt 2 (Lukket): Title": the status belongs to the label before the
                # heading's separator, as "Punkt 1 (Åben): Title" does; the title follows.
                title = title[lead.end() :].strip()
        elif _case_shaped(lead["status"]) or _labelled_case(lead["status"]):
            cased = True  # "3. (24/1234) Title": the case before the title (see title_case)
        elif not strong:
            return None  # "3. (se bilag) ...": a bracket in a body
        elif _label_note(text, m, lead):
            # "Punkt 12 (ekstrapunkt)<TAB>Title", "Punkt 7 (udsat): Title": a note in brackets
            # beside the label's number, parted from the title by the heading's separator or a
            # column gap, says what kind of point it is, as a status there does; no title's
            # words.
            title = title[lead.end() :].strip()
    if column := _STATUS_COLUMN_RE.match(title):
        # "12.   Åben          Title": a list of points with a status column.
        word = fold(column["status"])
        if word in _OPEN_BESIDE:
            title = title[column.end() :].strip()
        elif word in _CLOSED_BESIDE:
            closed = True
            if word == "l":
                title = title[column.end() :].strip()  # the letter alone is no title's word
    if trailing := _TRAILING_STATUS_RE.search(title):
        # "Klagesag<TAB>Lukket": a status column after the title (a points table saved as text).
        closed = closed or fold(trailing["status"]) in _CLOSED_STATUS
        title = title[: trailing.start()].strip()
    elif (column_mark := _COLUMN_MARK_RE.search(title)) and column_mark.start() > 0:
        # "Personalesag.          Ej til offentliggørelse.": any closed mark in that column.
        closed = True
        title = title[: column_mark.start()].strip()
    if strong and fold(title).rstrip(".") in _STATUS_WORDS:
        # "Punkt 89 · Fortroligt", then the title on the next line: the status is no title.
        closed = closed or fold(title).rstrip(".") in _CLOSED_STATUS
        title = ""
    elif strong and _MARKS_ONLY_RE.match(fold(title)):
        # "Punkt 4 Fortroligt – udgår af det offentlige referat": marks alone, no title.
        closed, title = True, ""
    if title.endswith((")", "]")) and (opening := max(title.rfind("("), title.rfind("["))) > 0:
        # "Title (Åben)": the same open status after the title.
        if _status(title[opening:]) in _OPEN_STATUS:
            title = title[:opening].rstrip(" -–—")
    # A title starts like a title; "Punkt 3 i indstillingen ..." or "1. at ..." is body text.
    if title and not (
        title[0].isupper()
        # ("Pkt. 3.  lstandsættelse af …": OCR reads a capital "I" as "l"; no word opens so.)
        or (strong and _OCR_CAPITAL_I_RE.match(title) is not None)
        or title[0].isdigit()
        or title[0] in "\"'«„"
        or closed
        or (strong and title[0] in "([")  # "Punkt 5: (Udgår)"
        or cased
    ):
        return None
    if not strong and title.endswith((",", ";")):
        return None
    if (
        not strong
        and not sentence
        and title.endswith(".")
        and len(title.split()) >= 6
        # "… Fjernvarme a.m.b.a.", "… m.v.": an abbreviation's periods end no sentence.
        and "." not in title.split()[-1][:-1]
    ):
        # "2. Et løft af ældreområdet på 9,5 mio. kr. årligt til flere medarbejdere.": a
        # numbered list item in a body is a sentence; a point title does not end in a period.
        return None
    return PointHeading(number, title, label, strong, closed)


def _label_note(text: str, heading: re.Match[str], lead: re.Match[str]) -> bool:
    """Whether a bracket first in a labelled heading's title (``lead``) is a note beside the
    label: it follows the point's number with no separator between ("Punkt 12 (ekstrapunkt)",
    not "Punkt 12: (V) Forslag …") and the heading's separator or a column gap (a TAB, two
    spaces or more) parts it from the title after it ("(ekstrapunkt)<TAB>Title", "(udsat):
    Title"; "(Udgår) Title" is a title)."""
    ends = [heading.end(g) for g in ("number", "letter", "code") if heading.groupdict().get(g)]
    if not ends or text[max(ends) : heading.start("title")].strip():
        return False
    after = lead.group()[max(lead.group().rfind(")"), lead.group().rfind("]")) + 1 :]
    return any(sep in after for sep in ":-–—\t") or "  " in after


# A point label's number as OCR reads a typed "1": "Pkt. l.", "Punkt l2:" (an "l" or "I" for
# the digit, at least one, then the heading's separator or a wide gap).
_OCR_LABEL_NUMBER_RE = re.compile(
    r"^(?P<label>(?:Punkt|Pkt[.,]?)[ \t]{1,3})"
    r"(?P<number>(?=\d?[lI])[\dlI]{1,3})(?=[.:)][ \t]|[ \t]{2})"
)
_OCR_ONES = str.maketrans("lI", "11")
# A date's day as OCR reads a typed "1" in it: "l8. februar 2009", "2l.03.2011" (an "l" or "I"
# beside the day's other digit, the word alone, then the month's name or number). A word's
# letters ("April 2024", "Bilag l.") are never a day.
_OCR_DAY_RE = re.compile(
    r"(?<!\w)(?:[lI][0-9]|[0-3][lI])(?=\.[ \t]{0,3}[A-Za-zÆØÅæøå]{3,9}[., \t-]|[./-][0-9])"
)
# A title that opens with an "l" OCR read for a capital "I": an "l" before a consonant no word
# opens with ("lstandsættelse", "lndkøb", "lnformation").
_OCR_CAPITAL_I_RE = re.compile(r"l[bcdfghkmnpqrstvwxz]")


# A point's number with the meeting it belongs to after it, as agenda systems print it above
# each point's title: "Punkt 4, Byrådets møde den 19. marts 2025".
_MEETING_REF_RE = re.compile(
    r"^(?P<head>(?:Punkt|Pkt\.?)[ \t]{1,3}\d{1,4}[a-h]?)[ \t]{0,3}[,\-–—][ \t]{0,3}"
    r"(?P<ref>[A-ZÆØÅ][\w-]{1,40}s[ \t]{1,3}møde(?:t)?[ \t].{1,40})$",
    re.IGNORECASE,
)


def _roman(numeral: str) -> int:
    """ "XIV" -> 14 (the subtractive pairs IV and IX included)."""
    values = [_ROMAN_VALUES[ch] for ch in numeral]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def _sag_nr_titled(text: str) -> re.Match[str] | None:
    """ "Sag nr. 10: Title" (KMD): a heading when a title follows the number on the line."""
    m = _SAG_NR_RE.match(text)
    if m is None:
        return None
    title = m["title"].strip()
    if not title[:1].isupper() or fold(title).rstrip(".") in _STATUS_WORDS:
        return None
    if is_metadata(title) and _status_after_title(title) is None:
        return None
    return m


def _status_after_title(title: str) -> tuple[int, str] | None:
    """A status set after a point's title, in brackets or across a wide gap ("Klagesag
    (Lukket)", "Personalesag   (Unntaget offentlighed)", "Takster<TAB>Åben"): where it starts and
    the status (see ``_status``). None where the title holds none, or where the text before it
    is no title but a status, a case number or a column's name (a metadata row: "Sagsnr.
    24/1302   Lukket")."""
    stripped = title.rstrip(" .")
    if stripped.endswith((")", "]")):
        start = max(stripped.rfind("("), stripped.rfind("["))
    else:
        start = next((m.start() for m in reversed(list(_CELL_GAP_RE.finditer(stripped)))), -1)
    if start <= 0 or (status := _status(stripped[start:])) not in _STATUS_WORDS:
        return None
    head = stripped[:start].strip()
    if (
        not head
        or _status(head) in _STATUS_WORDS
        or fold(head).rstrip(".:") in _TABLE_LABELS
        or case_number(head) is not None
    ):
        return None
    return start, status


def sag_nr_alone(raw: str) -> int | None:
    """The number of a "Sag nr. 10" line with nothing after it. Such a line is a point heading
    in KMD's layout (the title on the next line) and a case number in others ("Nr.60 - Title" /
    "Sag nr. 8"): the parser decides from the lines around it. Nothing after it but a labelled
    case number across a wide gap counts the same ("Sag nr. 142        J.nr. 00.30.02")."""
    m = _SAG_NR_RE.match(demark(raw))
    if m and not m["title"].strip():
        return int(m["number"])
    beside = _sag_nr_beside_case(demark(raw))
    return beside[0] if beside else None


# "Sag nr. 142          J.nr. 00.30.02": typed minutes set the point's number and its journal
# number on one line, a wide gap (three spaces or a TAB) between; the title is on the next line.
_SAG_NR_BESIDE_CASE_RE = re.compile(
    r"^(?P<label>Sa[gq][ \t]{0,3}nr\.?[ \t]{0,3}:?[ \t]{0,3}\d{1,4})(?:[ \t]*\t[ \t]*| {3,})"
    r"(?P<case>\S.*)$",
    re.IGNORECASE,
)


# "Sag 24/2017 · Sagsnummer: 17/000031", "Sag nr. 12 | J.nr. 01.02.03-A00-1-19": the point's
# number (in the year's run or not) and a labelled case number, parted by a middle dot, a
# bullet or a bar as a metadata line parts its fields (the TAB of the form above is a column).
_SAG_NR_PARTED_CASE_RE = re.compile(
    r"^Sa[gq][ \t]{0,3}(?:nr\.?[ \t]{0,3}:?[ \t]{0,3})?\d{1,4}(?:/(?:19|20)\d\d)?"
    r"[ \t]{0,3}[·•|][ \t]{0,3}(?P<case>\S.*)$",
    re.IGNORECASE,
)


def sag_nr_case(raw: str) -> tuple[str | None, bool] | None:
    """The case number beside a "Sag nr." heading's number (see ``_sag_nr_beside_case``)."""
    beside = _sag_nr_beside_case(demark(raw))
    return beside[1] if beside else None


def _sag_nr_beside_case(text: str) -> tuple[int, tuple[str | None, bool]] | None:
    """ "Sag nr. 142     J.nr. 00.30.02": the point's number and its labelled case number."""
    m = _SAG_NR_BESIDE_CASE_RE.match(text.strip())
    if m is None:
        return None
    head = _SAG_NR_RE.match(m["label"])
    found = _labelled_case(m["case"].strip())
    if head is None or head["title"].strip() or found is None or found[0] is None:
        return None
    return int(head["number"]), found


def _page_gap(text: str) -> tuple[str, int] | None:
    """ "Title<TAB>12" or "Title     12": a title, a wide gap (a TAB or three spaces), a page of
    at most three digits; the form of a table of contents without a dotted leader."""
    stripped = text.rstrip()
    digits = len(stripped) - len(stripped.rstrip("0123456789"))
    if not 0 < digits <= 3:
        return None
    body = stripped[: len(stripped) - digits]
    if not (body.endswith("\t") or body.endswith("   ")) or not body.strip():
        return None
    return body.strip(), int(stripped[-digits:])


# The page of a contents entry written with its word after the leader: "Title...... side 2",
# "Title ....... s. 4", "Title........ page 3" (the word only after dots, a "…" or blanks).
_PAGE_WORD_RE = re.compile(r"(?<=[.…\s])(?:side|s\.|page|p\.)[ \t]{0,2}(?=\d{1,3}[ \t]*$)", re.I)


def _page_word_dropped(text: str) -> str:
    """A contents entry with the word before its page dropped ("Title..... side 2" ->
    "Title..... 2"); any other line as it is."""
    if (word := _PAGE_WORD_RE.search(text)) is None:
        return text
    return text[: word.start()] + text[word.end() :]


# A contents entry's page on a line of its own ("5", "Side 5", "s. 5"): a contents table read
# cell by cell, or a PDF's page column, sets the page under its entry's title.
_PAGE_ALONE_RE = re.compile(r"^[ \t]*(?:(?:side|s\.|page|p\.)[ \t]{0,2})?\d{1,3}[ \t]*$", re.I)


def page_alone(text: str) -> bool:
    """Whether a line is a page number alone, as a contents entry's page set below it."""
    return _PAGE_ALONE_RE.match(text) is not None


def is_toc_line(text: str) -> bool:
    """A table-of-contents entry: a title, then a dotted leader of three or more dots or a wide
    gap, then a page (a page word before it: "side 2")."""
    text = _page_word_dropped(text)
    body = text.rstrip().rstrip("0123456789").rstrip()
    return body.endswith("...") or body.endswith("…") or _page_gap(text) is not None


def toc_entry(text: str) -> tuple[str, int | None] | None:
    """``Title.....<TAB>12`` -> ("Title", 12), read without a backtracking pattern; also
    ``Title<TAB>12`` and ``Title      12`` (a wide gap instead of a leader)."""
    text = _page_word_dropped(text)
    stripped = text.rstrip()
    digits = len(stripped) - len(stripped.rstrip("0123456789"))
    page = int(stripped[-digits:]) if 0 < digits <= 6 else None
    body = stripped[: len(stripped) - digits].rstrip() if digits else stripped
    dots = len(body) - len(body.rstrip(".…"))
    if dots < 3 and not body.endswith("…"):
        return _page_gap(text)
    title = body[: len(body) - dots].strip()
    return (title, page) if title else None


# A label set alone in single emphasis, its colon inside or after it: "*Sagsnr.:*", "_Sagsnr._:".
_ITALIC_LABEL_RE = re.compile(
    r"^(?P<mark>[*_])(?P<label>[^\W\d_][^*_\n]{0,30}?:?)(?P=mark)(?=[: \t])"
)


def case_number(raw: str) -> tuple[str | None, bool] | None:
    """A point metadata line: its case number (if any) and whether it says the point is closed.

    Args:
        raw: One line: "Sagsnr.: 330-2018-3619  Dok.nr.: 123  Åbent", "17/153", "Lukket".

    Returns:
        ``(case_number or None, closed)`` for a metadata line, None for any other line.
    """
    text = demark(raw)
    if len(text) > MAX_HEADING_CHARS:
        return None
    if italic := _ITALIC_LABEL_RE.match(text):
        # "*Sagsnummer:* 27.12.00-A00-3-19": a Markdown export sets the label alone in italics.
        text = italic["label"] + text[italic.end() :]
    if (bullet := _BULLET_RE.match(text)) and (
        _STATUS_LABEL_RE.match(rest := text[bullet.end() :]) or _CASE_LABEL_RE.match(rest)
    ):
        # "- **Sagsnr.:** 26/02210", "• Status: Lukket": metadata written as a list, a label
        # and its value an item (Markdown exports, web pages). Only a labelled item: "- 24/1234"
        # or "- Lukket" alone may be any list's item.
        return case_number(rest)
    if (ticked := checked_status(text)) is not None:
        # "Åben [ ]  Lukket [X]": the status a form's ticked box gives, no title's words (read
        # before the words alone: "Lukket [ ]" is a box left blank, no closed status).
        return None, ticked
    status = _status(text)
    if status in _STATUS_WORDS:
        return None, status in _CLOSED_STATUS
    labelled = _STATUS_LABEL_RE.match(_label_cell_joined(raw, text))
    if labelled and _status(labelled["value"]) in _STATUS_WORDS:
        # "Status: Lukket", "Åben/Lukket: Lukket", "Adgang: Åben".
        return None, _status(labelled["value"]) in _CLOSED_STATUS
    label = _status_label(labelled["label"]) if labelled else ""
    if labelled and internal_access(label, labelled["value"]):
        # "Visning: Intern", "Adgang: Internt": shown to the council's own people only.
        return None, True
    if labelled and label in _ACCESS_LABELS and (noted := _status_before_note(labelled["value"])):
        # "Adgang: Lukket – materialet udleveres kun til rådets medlemmer": the status, then
        # who may see the papers or why. The status decides; the note is no title or case.
        return None, noted in _CLOSED_STATUS
    if labelled and label in _OPENNESS_LABELS:
        # "Offentlighed: Nej", "Åbent/Lukket: L": a yes/no or a letter under an openness label.
        value = _status(labelled["value"])
        if value in _OPENNESS_VALUES:
            says_yes = _OPENNESS_VALUES[value]
            return None, says_yes if label in _CLOSED_FIRST else not says_yes
    if beside := _sag_nr_beside_case(text):
        # The case number beside a point's "Sag nr." label, not the point's number as a case.
        return beside[1]
    if (parted := _SAG_NR_PARTED_CASE_RE.match(text)) and (
        found := _labelled_case(parted["case"].strip())
    ):
        # "Sag 24/2017 · Sagsnummer: 17/000031": the point's number in the year's run, then a
        # glyph that parts the fields of a metadata line and the labelled case number. The
        # label names the case; "24/2017" is the point's place, read as a case only alone.
        return found
    if "\t" in raw or "   " in text:
        row = _table_row(raw)
        if row is not None:
            return row
    if _bare_case(text):
        return text, False
    if (series := _SERIES_CASE_ALONE_RE.match(text)) and fold(series[1]) not in _SYSTEM_NAMES:
        # "HB 25/017" alone under a heading: a board's own series (a harbour's, a school
        # board's journal), as after a label ("Sagsnr. SB 22/009"), its number case-shaped.
        return f"{series[1]} {series[2]}", False
    if _sag_nr_titled(text):
        return None  # "Sag nr. 10 Title": a point heading
    if labelled_case := _labelled_case(text):
        return labelled_case
    if (owner := _CASE_OWNER_RE.match(text)) and (found := _labelled_case(text[owner.end() :])):
        # "Kommunens sagsnr.: 05.01.08-P20-2-25": a council's minutes citing the case as the
        # municipality (or region) files it, on a line of its own as in a title.
        return found
    if (lead := _STATUS_BEFORE_CASE_RE.match(text)) and (
        found := _labelled_case(text[lead.end() :])
    ):
        # "Lukket - Sagsnr. 24/5", "Åben sag, sagsnr. 24/1234": the status, then the case.
        closed = " ".join(fold(lead["status"]).split()) in _CLOSED_STATUS
        return found[0], closed or found[1]
    if sag := _SAG_CASE_RE.match(text):
        return sag["value"], False
    if cited := _cited_case(text):
        return cited
    if (sag := _SAG_SHAPED_RE.match(text)) and _case_shaped(sag["value"]):
        # "Sag S2024-101", "Sag EMN-2024-01234 · Lukket": the word and a number in a shape case
        # systems print, alone or with the point's status after it.
        rest = text[sag.end() :]
        if not rest.strip() or _says_closed(rest):
            return sag["value"], _says_closed(rest)
    if _META_LABEL_RE.match(text) and (later := _LATER_CASE_RE.search(text)):
        if found := _labelled_case(text[later.end() :]):
            return found
    if text.startswith("(") and text.endswith(")") and (inner := _labelled_case(text[1:-1])):
        # "(sagsnr. 21/3370)" on its own line under the heading.
        return inner
    if (
        text.startswith("(")
        and (shut := text.find(")")) > 0
        and (inner := _labelled_case(text[1:shut]))
        and (mark := status_line(text[shut + 1 :])) is not None
    ):
        # "(Sag nr. 15/1733)      ** FORTROLIGT PUNKT **": the point's status set in a column
        # after the bracketed case, as after an unbracketed one.
        return inner[0], inner[1] or mark
    if (kle := _KLE_LABEL_RE.match(text)) and (
        number := _KLE_CASE_RE.match(value := text[kle.end() :].strip().rstrip(".,;"))
    ):
        # "KLE-nr.: 13.03.00-G01-2-12": a KLE subject and facet with a serial number and a
        # year is the case's number (the form Acadre and others give a case), whatever the
        # label; a KLE number alone ("13.03.00", "13.03.00 G01") only files the subject.
        rest = value[number.end() :]
        if not rest.strip():
            return value, False
        tail = rest.strip().lstrip("-–—|,;:").strip()
        if rest[:1] in " \t" and _status(tail) in _STATUS_WORDS:
            # "KLE: 32.18.08-K07-2-18 (Lukket)": the point's status after the number, as after
            # any case label ("Sagsnr.: 24/9 (Lukket)"); anything else after it is no number.
            return number[0], _status(tail) in _CLOSED_STATUS
    if _CASE_LABEL_ALONE_RE.match(text) or _META_LABEL_RE.match(text):
        return None, False
    parts = _FIELD_PARTS_RE.split(text)
    if 2 <= len(parts) <= 4 and all(read := [case_number(part) for part in parts]):
        # "LUKKET PUNKT - offentlighed: nej - Sagsnr. 330-2016-4471": fields set side by side
        # with a spaced dash or a glyph between, each a metadata line of its own.
        fields = [field for field in read if field is not None]
        return next((f[0] for f in fields if f[0]), None), any(f[1] for f in fields)
    return None


# Between the fields of one metadata line: a dash, a middle dot or a bar with blanks around it
# (the hyphens inside "330-2016-4471" have none).
# (One start per run of blanks, the lookbehind, so a long run is read once.)
_FIELD_PARTS_RE = re.compile(r"(?<![ \t])[ \t]+[-–—·|][ \t]+")


def internal_access(label: str, value: str) -> bool:
    """Whether a field that names who may see a point says it is internal ("Visning: Intern",
    "<Adgang>Internt</Adgang>", "Visibility: Internal"): not for the public, so closed. A field
    of another name ("Status: Intern", "Emne: Intern revision") says nothing of access."""
    return fold(label).strip(" .:") in INTERNAL_ACCESS_LABELS and (
        " ".join(fold(value).strip(" .").split()) in INTERNAL_ACCESS_VALUES
    )


def _label_cell_joined(raw: str, text: str) -> str:
    """A row of two cells whose first is a label that asks who may read the point ("Access<TAB>
    Confidential - exempt from publication", "Adgang   Lukket – …" in PDF text) as the labelled
    line it stands for ("Access: Confidential - …"): a Word or web table sets the label in a
    cell of its own, no colon. Any other text unchanged."""
    if "\t" not in raw and "   " not in text:
        return text
    cells = table_cells(raw)
    if len(cells) == 2 and _status_label(cells[0]) in _ACCESS_LABELS | _OPENNESS_LABELS:
        return f"{cells[0].rstrip(' .:')}: {cells[1]}"
    return text


# A line that cites the point's case, in brackets or not: a citing word ("jf.", "se", "cf."),
# then the case ("(jf. kommunens sag 22-0877)", "Se sagsnr. 24/1234"). The whole line must be
# that, so a sentence that cites another case in passing is none.
_CITED_CASE_RE = re.compile(
    r"^(?P<open>[(\[])?[ \t]{0,3}(?:"
    + "|".join(sorted(CASE_CITING_WORDS, key=len, reverse=True))
    + r")\.?[ \t]{1,3}(?P<case>[^()\[\]]{3,60}?)[ \t]{0,3}(?(open)[)\]])\.?$",
    re.IGNORECASE,
)


def _cited_case(text: str) -> tuple[str | None, bool] | None:
    """The case a citing line gives ("(jf. kommunens sag 22-0877)" -> "22-0877"): after the
    citing word, whose case it is may be said ("kommunens", see _CASE_OWNER_RE), then a case
    label and its number, or "sag" and a number of a case's shape. None for any other line."""
    cited = _CITED_CASE_RE.match(text)
    if cited is None:
        return None
    case = cited["case"]
    if owner := _CASE_OWNER_RE.match(case):
        case = case[owner.end() :]
    if found := _labelled_case(case):
        return found
    if sag := _SAG_CASE_RE.match(case):
        return sag["value"], False
    if (
        (sag := _SAG_SHAPED_RE.match(case))
        and _case_shaped(sag["value"])
        and sag.end() == len(case)
    ):
        return sag["value"], False
    return None


# A KLE label ("KLE-nr.:", "KLE nummer:", "KLE:") and a case number in KLE form after it.
_KLE_LABEL_RE = re.compile(r"^KLE(?:[ \t-]{0,3}(?:nr|nummer))?\.?[ \t]{0,3}:?[ \t]{0,3}", re.I)
_KLE_CASE_RE = re.compile(r"\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,6}-\d{2}(?:\d{2})?")
_KLE_AFTER_RE = re.compile(rf"[ \t]{{1,3}}({_KLE_CASE_RE.pattern})(?![\w/.-])")


# A case number written without a label, in the shapes case systems give it: "24/1234",
# "2024-012345", "00.01.00-A00-3-24", "330-2018-3619", "S2024-1234", "EMN-2024-01234". Stricter
# than CASE_NUMBER_RE, for a title's own words: "12/5" (a date), "2024-2025" (a period) and
# "30/6" are none.
_CASE_SHAPE_RE = re.compile(
    r"\d{2}/\d{3,6}|(?:19|20)\d{2}[-/]\d{4,6}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,6}-\d{2}"
    r"|\d{3}-(?:19|20)\d{2}-\d{2,6}|[A-ZÆØÅ]{1,5}-?(?:19|20)\d{2}-\d{3,6}"
)
_YEAR_SPAN_RE = re.compile(r"((?:19|20)\d{2})[-/]((?:19|20)\d{2})")
# Where a title's last words may hold its case: after a dash, bar or comma ("Budget 2026 -
# sagsnr. 24/1234"); or its first ones, before a dash ("24/1234 – Budget 2026").
# (Or a column's gap: "Budget 2026     Sagsnr.: 24/1234" in PDF text.)
_TITLE_SEP_RE = re.compile(r"(?:[,;]|[ \t][-–—|])[ \t]{1,3}|(?<! ) {3,}")
_TWO_SPACES_RE = re.compile(r"(?<! )  (?! )")
# One space before a case label with its colon ("… Sagsnr.: 25/18211", "… J.nr.: 24/5").
_ONE_SPACE_LABEL_RE = re.compile(
    r"(?<=\S) (?=(?:Sagsnr|Sagsnummer|Sags-id|Sagsid|J\.nr|Journalnr|Case no)\.?:[ \t]{0,3}\d)",
    re.IGNORECASE,
)
_TITLE_HEAD_RE = re.compile(r"^(?P<value>[^ \t()\[\]]{4,40})[ \t]{1,3}[-–—|:][ \t]{1,3}(?=\S)")
_BRACKETS = {")": "(", "]": "["}


def _case_shaped(value: str) -> bool:
    """Whether a value with no label is a case number by its shape alone (see _CASE_SHAPE_RE)."""
    if not _CASE_SHAPE_RE.fullmatch(value):
        return False
    span = _YEAR_SPAN_RE.fullmatch(value)
    return not (span and 0 <= int(span[2]) - int(span[1]) <= 15)


def title_case(title: str) -> tuple[str, str, bool] | None:
    """A case number written in a point's heading: ``(title, case number, closed)``.

    "Budget 2026 (24/1234)", "Budget 2026 - sagsnr. 24/1234", "24/1234 – Budget 2026",
    "Køb af jord (Lukket, sagsnr. 24/5)". With a label any case number counts; without one only
    a value shaped as case systems write them (never a date or a span of years).
    """
    text = title.strip().rstrip(".").rstrip()
    if not text:
        return None
    splits: list[tuple[str, str]] = []  # (the rest of the title, the candidate)
    if text[-1:] in _BRACKETS and (k := text.rfind(_BRACKETS[text[-1]])) > 0:
        splits.append((text[:k], text[k + 1 : -1]))
    if text[:1] in "([" and (k := text.find(")" if text[0] == "(" else "]")) > 0:
        splits.append((text[k + 1 :].lstrip(" \t-–—|:"), text[1:k]))
    if head := _TITLE_HEAD_RE.match(text):
        splits.append((text[head.end() :], head["value"]))
    # (Only the last 60 characters can hold one: a long title is not re-read at each comma.)
    tail = max(0, len(text) - 64)
    # (A column's gap that opens before those 60 starts there: "Eventuelt" and a gap of 57
    # spaces before "Sagsnr.: 24/3002" in PDF text is read at the gap's start.)
    tail = len(text[:tail].rstrip(" "))
    splits += [(text[: m.start()], text[m.end() :]) for m in _TITLE_SEP_RE.finditer(text, tail)]
    # "Tilskud til Skytteforeningen.  J.nr. 18.15.05": two spaces before a case label (typed
    # minutes align it by hand); a value without its label needs the wider gap above.
    splits += [
        (text[: m.start()], text[m.end() :])
        for m in _TWO_SPACES_RE.finditer(text, tail)
        if _labelled_case(text[m.end() :].strip())
    ]
    # "Godkendelse af dagsorden Sagsnr.: 25/18211": a web page's case badge joined to the title
    # by one space (styled spans read as text); only a case label with its colon, a number
    # after it and nothing more.
    splits += [
        (text[: m.start()], text[m.end() :])
        for m in _ONE_SPACE_LABEL_RE.finditer(text, tail)
        if (found := _labelled_case(text[m.end() :].strip())) and any(c.isdigit() for c in found[0])
    ]
    for rest, candidate in splits:
        value = candidate.strip()
        if not rest.strip() or len(value) > 60:
            continue
        if _case_shaped(value):
            return rest.strip(), value, False
        if sag := _SAG_CASE_RE.match(value):
            return rest.strip(), sag["value"], False
        if found := _labelled_case(value):
            return rest.strip(), found[0], found[1]
        if (owner := _CASE_OWNER_RE.match(value)) and (
            found := _labelled_case(value[owner.end() :])
        ):
            # "Lokalplan for Søbygård Nord (kommunens sagsnr. 01.02.05-P16-4-24)"
            return rest.strip(), found[0], found[1]
        if (lead := _STATUS_BEFORE_CASE_RE.match(value)) and (
            found := _labelled_case(value[lead.end() :])
        ):
            closed = " ".join(fold(lead["status"]).split()) in _CLOSED_STATUS
            return rest.strip(), found[0], found[1] or closed
    return None


# Whose case number a heading gives, in the genitive before the label: "kommunens sagsnr.",
# "regionens j.nr." (a council that is not the municipality cites the municipality's case); or
# the authority named in the definite form, as a letterhead writes it: "Stiftet j.nr." (a
# parish council cites the diocese's case).
_CASE_OWNER_RE = re.compile(
    rf"^[A-Za-zÆØÅæøå]{{2,30}}(?:{'|'.join(CASE_OWNER_ENDINGS)})[ \t]{{1,3}}(?=\S)"
)


def _labelled_case(text: str) -> tuple[str, bool] | None:
    """ "Sagsnr.: 24/9 (Lukket)" -> ("24/9", True): the value after a case label, and whether
    the rest of the line closes the point."""
    if (
        (outer := _CASE_LABEL_PREFIX_RE.match(text))
        and ":" in outer[0]
        and (again := _CASE_LABEL_RE.match(inner := text[outer.end() :]))
        and any(c.isdigit() for c in again["value"])
    ):
        # "sagsnummer: Sag nr. 14/5120": an export's case field whose value carries its own
        # label, as the case system prints the number; the inner label names the same case.
        return _labelled_case(inner)
    m = _CASE_LABEL_RE.match(text)
    if m and fold(m["value"]) == "kle" and (kle := _KLE_AFTER_RE.match(text, m.end("value"))):
        # "Sagsnummer: KLE 09.02.20-P15-2-23": the case label, then the number in KLE form with
        # the scheme's name before it (no part of the number, as after a "KLE-nr.:" label).
        return kle[1], _says_closed(text[kle.end() :])
    if (
        m
        and (prefixed := _PREFIXED_CASE_RE.match(text, m.start("value")))
        # "Sagsnr.: KLE 13.03.00": the scheme's subject alone, no case of a series.
        and fold(prefixed[1]) != "kle"
    ):
        # "Sagsnr. SB 22/009", "Sag: LR 94-11": a board's own series, its letters set apart
        # from the number (a school board's or local council's own journal). One case number.
        return f"{prefixed[1]} {prefixed[2]}", _says_closed(text[prefixed.end() :])
    if m and any(c.isdigit() for c in m["value"]):
        value = m["value"].rstrip(".,;:/-")
        rest = text[m.end() :]
        if spaced := _SPACED_SLASH_RE.match(text, m.start("value")):
            # "Sagsnr.: 24 / 1234" (PDF text spaces the slash): one number, not "24".
            value, rest = f"{spaced[1]}/{spaced[2]}", text[spaced.end() :]
        if (facet := _KLE_FACET_RE.match(rest)) and _KLE_RE.fullmatch(value):
            # "J.nr. 02.34.02 G 01", "J.nr. 00.30.10 S00": a KLE subject number and its facet,
            # written apart from it. The facet is kept as written (joined or spaced).
            gap = " " if facet[2] else ""
            value, rest = f"{value} {facet[1]}{gap}{facet[3]}", rest[facet.end() :]
            if joined := _JOINED_JOURNAL_RE.match(rest):
                # "J.nr. 00.01 A00-02/0288": the journal's year and serial joined to the facet
                # by a hyphen, as "J.nr. 05.04.06-02/0311" joins them to a bare subject number.
                value, rest = f"{value}-{_ocr_digits(joined[1])}", rest[joined.end() :]
        if _KLE_FACETED_RE.fullmatch(value) and (journal := _JOURNAL_TAIL_RE.match(rest)):
            # "J.nr. 00.30.10 - 96/418": a KLE subject number, a spaced dash, and the journal's
            # year and serial are one journal number (as older archives file a case); the
            # halves are found apart in questions (models.case_keys). Single spaces kept.
            serial = _ocr_digits(journal[2])
            value, rest = f"{value} {journal[1]} {serial}", rest[journal.end() :]
        value = _ocr_digits(value)
        if CASE_NUMBER_RE.match(value):
            return value, _says_closed(rest)
    return None


# A series' letters, a space, and a number in parts after a case label: "SB 22/009",
# "LR 94-11" (upper-case letters alone, so "Sag: Ny 24/5" is no such number).
_PREFIXED_CASE_RE = re.compile(rf"({SERIES_LETTERS})[ \t]{{1,2}}({SERIES_NUMBER})(?![\w/.-])")


# A series' letters and a case-shaped number alone on a line, no label: "HB 25/017",
# "SB 2024-0113". Only the shapes case systems give a number (a year and a serial of three or
# more digits), so "TV 2/4" or "KL 19/6" (a date) is no case.
_SERIES_CASE_ALONE_RE = re.compile(
    rf"^({SERIES_LETTERS})[ \t]{{1,2}}(\d{{2}}/\d{{3,6}}|(?:19|20)\d{{2}}-\d{{3,6}})$"
)


# OCR of typewritten minutes reads a "0" as "O" and a "1" as "l" or "I": "Saq nr. 97/0O12".
_OCR_CASE_RE = re.compile(r"(?<![\dOolI])[\dOolI]+(?:[/.-][\dOolI]+)+")
_OCR_DIGITS = str.maketrans("OolI", "0011")


def _ocr_digits(value: str) -> str:
    """ "97/0O12" -> "97/0012": a case number of digits in parts, where each part has a digit
    and the only letters are those OCR mistakes for digits; any other value unchanged."""
    parts = re.split(r"[/.-]", value)
    if (
        value.translate(_OCR_DIGITS) == value
        # ("82.18.00-I00-3-15": a KLE number's facet is a letter and two digits by design, the
        # "I" of "I00" as much as the "G" of "G01"; no misread "1".)
        or _KLE_CASE_RE.fullmatch(value)
        or not _OCR_CASE_RE.fullmatch(value)
        or not all(any(c.isdigit() for c in part) for part in parts)
    ):
        return value
    return value.translate(_OCR_DIGITS)


# A KLE subject number ("02.34.02") and the facet that may follow it apart ("G 01", "Ø 54").
_KLE_RE = re.compile(r"\d{2}\.\d{2}(?:\.\d{2})?")
_KLE_FACET_RE = re.compile(r"^[ \t]{1,3}([A-ZÆØÅ])([ \t])?(\d{2})(?!\d)")
_KLE_FACETED_RE = re.compile(_KLE_RE.pattern + r"(?: [A-ZÆØÅ] ?\d{2})?")
# A journal's year and serial after a KLE number and a spaced dash: " - 96/418", " – 95/1127".
# The same joined to a facet by a hyphen: "-02/0288" after "00.01 A00".
_JOINED_JOURNAL_RE = re.compile(r"^-(\d{2}/[\dOolI]{1,6})(?![\w/.-])")
_JOURNAL_TAIL_RE = re.compile(r"^[ \t]{1,3}([-–—])[ \t]{1,3}(\d{2}/[\dOolI]{1,6})(?![\w/.-])")


def _status_before_note(value: str) -> str | None:
    """The status a labelled value opens with when a note follows it ("Lukket – materialet
    udleveres kun til rådets medlemmer" -> "lukket"), else None: only a status word before the
    separator, so "Lukket vej – omkørsel" or "Afsluttet, lukket" are none."""
    lead = _STATUS_THEN_NOTE_RE.match(value.strip())
    if lead is None:
        return None
    status = _status(lead["status"])
    return status if status in _STATUS_WORDS else None


def _status(text: str) -> str:
    """A status as written, folded, without the law it rests on: "(Lukket)" -> "lukket",
    "Åbent punkt." -> "åbent punkt", "Lukket jf. kommunestyrelseslovens § 10" -> "lukket";
    a long closed status misspelt as the status ("(Unntaget offentlighed)" -> "undtaget
    offentlighed", see ``_misspelt_closed``)."""
    folded = fold(text).strip(" .()[]")
    if _LAW_HINT_RE.search(folded) and (law := _LAW_TAIL_RE.search(folded)) and law.start() > 0:
        folded = folded[: law.start()].strip(" .,()[]-–—")
    return _misspelt_closed(folded) or folded


def _misspelt_closed(text: str) -> str | None:
    """The closed status a folded text misspells, else None: one letter wrong, missing or
    extra in a long one ("unntaget offentlighed", "ikke offent1igt"; ``_LONG_CLOSED_STATUS``).
    The text is to stand alone where a status goes (a line, a cell, a bracket after a title): a
    sentence that only holds such words is never one. Its last letter must be the status's, so
    another form of the words ("ikke offentlige møder", "closed sessions") is no status."""
    text = ascii_fold(text)
    if len(text) < _MISSPELT_MIN_CHARS - 1 or text in _ASCII_CLOSED_STATUS:
        return None
    for spelt, status in _LONG_CLOSED_STATUS.items():
        if text[-1] == spelt[-1] and _one_edit_apart(text[:-1], spelt[:-1]):
            return status
    return None


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether two different strings are one letter apart: one replaced, left out or added."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    if len(a) == len(b):
        return a[k + 1 :] == b[k + 1 :]
    return a[k + 1 :] == b[k:] if len(a) > len(b) else a[k:] == b[k + 1 :]


_LAW_TAIL_RE = re.compile(_LAW_REFERENCE + r"$")
# What a law's reference holds, Danish or English: a cheap test before the one above.
_LAW_HINT_RE = re.compile(r"§|(?<!\w)(?:act|section)(?!\w)")
# A status before a case label on one line: "Lukket - Sagsnr. 24/5", "Åben sag, sagsnr.
# 24/1234", "Lukket punkt. Sagsnr.: 24/5", "(Lukket) Sagsnr.: 24/5".
_STATUS_BEFORE_CASE_RE = re.compile(
    r"^(?P<open>[(\[][ \t]{0,3})?(?P<status>"
    + "|".join(
        re.escape(w).replace(r"\ ", "[ \t]{1,3}") for w in sorted(_STATUS_WORDS, key=len)[::-1]
    )
    + r")(?(open)[ \t]{0,3}[)\]])[ \t]{0,3}(?:[,.:;|·/\-–—][ \t]{0,3}|[ \t])",
    re.IGNORECASE,
)


def _says_closed(rest: str) -> bool:
    """Whether the rest of a case-number line closes the point: "Dok.nr.: 12 Lukket",
    "(Lukket sag)", "- Fortroligt"."""
    # ("· *Lukket punkt*": a Markdown export's italics around the mark.)
    words = [w.strip("()[].,;:-–—*_") for w in fold(rest).split()]
    words = [w for w in words if w]
    if any(
        w in _CLOSED_STATUS or " ".join(words[k : k + 2]) in _CLOSED_STATUS
        for k, w in enumerate(words)
        if w in ("lukket", "fortrolig", "fortroligt", "ikke")
    ):
        return True
    # "Case no. 2023-14-0702 · Closed item - not for publication": the status a field of its
    # own after a glyph that parts the line's fields, in any words a status or a closing notice
    # takes alone on its line (English ones too); a field of other words closes nothing.
    field = rest.strip().lstrip("·|•–—-,;").strip()
    return bool(field) and (status_line(field) is True or closing_line(field))


def _bare_case(text: str) -> bool:
    """A case number standing alone ("17/153", "2023-011287", "EMN-2024-01234"), not a date
    ("12/5", "03.10.2024") or a span of years ("2024-2025")."""
    if _case_shaped(text):
        return True
    if _DAY_MONTH_ALONE_RE.match(text) or _YEAR_SPAN_RE.fullmatch(text):
        return False
    return bool(CASE_NUMBER_RE.match(text) and _BARE_CASE_RE.match(text)) and not date_in(text)


# "12/5", "3.10": a day and a month alone.
_DAY_MONTH_ALONE_RE = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])\.?$")
# "24 / 1234": a case number whose slash PDF text spaced out.
_SPACED_SLASH_RE = re.compile(r"(\d{2,4})(?:[ \t]{1,2}/[ \t]{0,2}|/[ \t]{1,2})(\d{1,8})(?![\d/.-])")


def _table_row(raw: str) -> tuple[str | None, bool] | None:
    """A row of a point's metadata table (Word tables, saved web tables): the header row
    ("Sagsnr. | Sagsbehandler | Åben/Lukket") or its values ("24/1302 | M. Hansen | Lukket").
    A row is metadata when one of its cells is a status word, or two or more are column names
    of such a table; its case number is a cell that is one, and it is closed when a cell says
    so. (A table in a point's body, "Sag/emne | Forv. tidspunkt | Ansvarlig", is neither.)"""
    cells = table_cells(raw)
    if len(cells) < 2:
        return None
    if len(cells) == 2 and _META_CELL_RE.match(cells[0]):
        return None, False  # "Sagsbehandler<TAB>Lis Krag": a label cell and its value
    status = [f for f in (_status(c) for c in cells) if f in _STATUS_WORDS]
    # "Sagsnr.: S2025-00455    Adgang: Undtaget fra offentlighed - offentlighedslovens § 30":
    # a field that asks who may read the point in a cell of its own beside the case, read as
    # that field alone (its status may go on with a note or the law it rests on).
    access = [
        said[1]
        for c in cells
        if (field := _STATUS_LABEL_RE.match(c))
        and _status_label(field["label"]) in _ACCESS_LABELS | _OPENNESS_LABELS
        and (said := case_number(c)) is not None
        and said[0] is None
    ]
    if not status and not access and table_header(raw) is None:
        return None
    # "24/1302 | ...", or a labelled cell: "Sagsid: 23/11872      Åben sag".
    case = next((c for c in cells if _bare_case(c)), None) or next(
        (found[0] for c in cells if (found := _labelled_case(c))), None
    )
    return case, any(f in _CLOSED_STATUS for f in status) or any(access)


def table_cells(raw: str) -> list[str]:
    """The cells of a line set in columns: a TAB or three spaces between them."""
    return [c.strip() for c in _CELL_GAP_RE.split(raw.strip()) if c.strip()]


def table_header(raw: str) -> tuple[str, ...] | None:
    """The column names (folded) of a point's metadata table header ("Sagsnr. | Sagsbehandler"),
    else None: two or more cells name such columns."""
    cells = table_cells(raw) if "\t" in raw or "   " in raw.strip() else []
    folded = tuple(fold(c).rstrip(".:") for c in cells)
    return folded if sum(1 for f in folded if f in _TABLE_LABELS) >= 2 else None


def row_case(header: Sequence[str], raw: str) -> str | None:
    """The case number in a row of values under a metadata table's header: the cell in the case
    column, else a cell that is a case number alone ("24/0871 | Mette Kjær" under "Sagsnr. |
    Sagsbehandler"). None for a row that does not fit under the header."""
    cells = table_cells(raw)
    if not 2 <= len(cells) <= len(header):
        return None
    at = next((k for k, name in enumerate(header) if name in _CASE_COLUMNS), None)
    if at is not None and at < len(cells):
        cell = cells[at]
        if CASE_NUMBER_RE.match(cell) and any(c.isdigit() for c in cell) and not date_in(cell):
            return cell
    return next((c for c in cells if _bare_case(c)), None)


def is_metadata(raw: str) -> bool:
    return case_number(raw) is not None


# A document's number alone on its line: "Dok.nr. 2009-0114/FU", "Dokumentnr.: 24/1234-5". The
# value one token with a digit in it, nothing after it. Its number, what a journal files it
# under and minutes cite it by; never its id ("Dokument-ID: 24/9999"), a system's key of the
# record.
_DOCUMENT_NUMBER_RE = re.compile(
    r"^(?:Dok\.?[ \t]?nr|Dokument[ \t-]?(?:nr|nummer))\.?[ \t]{0,3}:?[ \t]{0,3}"
    r"(?P<value>(?=[^ \t]{0,40}\d)[0-9A-Za-zÆØÅæøå][0-9A-Za-zÆØÅæøå./-]{0,39}?)\.?$",
    re.IGNORECASE,
)


def document_number(raw: str) -> str | None:
    """The number of a line that is a document's number alone ("Dok.nr. 2009-0114/FU" ->
    "2009-0114/FU"), else None. Never the case's while the point names its case (a document's
    number is not its case's, see _META_LABEL_RE): the point's reference only where it is the
    one number the point gives (see indexer.parse)."""
    found = _DOCUMENT_NUMBER_RE.match(demark(raw).strip())
    return found["value"] if found else None


def case_label_alone(raw: str) -> bool:
    """Whether a line is a case label with no number: "Sagsnr.:" alone or with a dash for its
    value ("Sagsnr.: -", the field of a point that has no case). It is metadata, never a
    title: set on a point's heading line ("Punkt: 7   Sagsnr.: -"), the title follows below."""
    return _CASE_LABEL_ALONE_RE.match(demark(raw).strip()) is not None


def closed_title(title: str) -> bool:
    """Whether a point title marks the point as closed (confidential).

    "Lukket", "Lukket punkt: Køb af ejendom", "Lukket sag: Personalesag",
    "Salg af grund - LUKKET SAG", "Title (lukket)", "(Lukket) Title", "Lukket punkt 5: Title",
    "Title - Fortroligt", "Title [Ikke offentlig]", "Title Closed item" (a web page's badge
    joined to the title in a copy saved as text).
    """
    if "\U0001f512" in title:
        return True  # a lock emoji
    if (code := _LEADING_CODE_RE.match(title.strip())) and closed_title(
        title.strip()[code.end() :]
    ):
        return True  # "ØU-04. Ikke offentlig: Lejeaftale": the mark after a committee's code
    if (lead := _LEAD_STATUS_RE.match(title.strip())) and fold(lead["status"]) == "l":
        return True  # "(L) Salg af jord"
    if _TRAILING_L_RE.search(title):
        return True  # "Salg af jord (L)": the same letter after the title
    if _COLUMN_MARK_RE.search(title):
        return True  # "Personalesag.        Ej til offentliggørelse.": a column of marks
    if (after := _status_after_title(title)) and after[1] in _CLOSED_STATUS:
        return True  # "Andragende   (Unntaget offentlighed)": a status, misspelt, after it
    folded = fold(title).strip(" .")
    if _closed_statuses(folded.strip(":-–()[]")) or _MARKS_ONLY_RE.match(folded):
        return True
    if ascii_fold(folded.strip(":-–()[]")) in _ASCII_CLOSED_STATUS:
        return True  # "IKKE TIL OFFENTLIGGORELSE": typed or OCR'd without Danish letters
    if (
        _CLOSED_START_RE.match(folded)
        or _CLOSED_END_RE.search(folded)
        or _NAMED_MARK_END_RE.search(folded)
        or (
            (lead_mark := _CLOSED_MARK_THEN_NOTE_RE.match(folded)) is not None
            and lead_mark["mark"].strip() not in _BARE_MARKS
        )
        or (
            (note := _CLOSED_NOTE_END_RE.search(folded)) is not None
            and note["mark"].strip() not in _BARE_MARKS
        )
        # "Lejeaftale (lukket – må ikke videresendes)": any mark, its note withholding the text.
        or _withheld_end(folded) is not None
    ):
        return True
    return "LUKKET" in title.split() or "LUKKET SAG" in title


def _withheld_end(folded: str) -> int | None:
    """Where a closed mark with a note that withholds the text ends a folded title, else None."""
    for found in _WITHHELD_END_RE.finditer(folded):
        if _WITHHELD_NOTE_RE.search(found["note"]) is not None:
            return found.start()
    return None


# A mark that names the point's treatment, last in a title without a separator: a web page's
# badge joined to its title ("Køb af areal <span>Closed item</span>"), "Salg af grund lukket
# punkt". A bare "lukket" may say so of the matter ("Svømmehallen lukket"), so only the mark
# with its "punkt"/"sag"/"item" counts.
_NAMED_MARK_END_RE = re.compile(
    r"[ \t](?:lukket|closed|fortroligt?|confidential|exempt|ikke[ -]offentligt?)[ \t]{1,3}"
    r"(?:punkt|sag|dagsordenspunkt|item)\.?[ \t]*$"
)
# "(L)" or "[L]" last in a title: the closed mark of agenda systems that write "(Å)" for open.
_TRAILING_L_RE = re.compile(r"[ \t][(\[][ \t]?L[ \t]?[)\]]\.?[ \t]*$")


def closed_mark_only(title: str) -> bool:
    """Whether a title is a closed mark and nothing else: "(lukket møde)", "[Fortroligt]",
    "Lukket punkt"; the point's title, if it has one, is on another line."""
    folded = fold(title).strip(" .")
    if _closed_statuses(folded.strip(":-–()[]")) or _MARKS_ONLY_RE.match(folded):
        return True
    if ascii_fold(folded.strip(":-–()[]")) in _ASCII_CLOSED_STATUS:
        return True  # "IKKE TIL OFFENTLIGGORELSE": typed or OCR'd without Danish letters
    noted = _MARK_THEN_NOTE_RE.match(folded.strip("()[]"))
    if noted is not None and _WITHHELD_NOTE_RE.fullmatch(noted["note"].strip(" .!")):
        # "Lukket – må ikke videresendes": a badge's mark and its note, no title. (Only the
        # note alone: a line that goes on in words is a note, not shown, see closed_note.)
        return True
    mark = _CLOSED_START_RE.match(folded)
    return mark is not None and mark.end() == len(folded)


# "3.1 Sagsfremstilling", "2.3. Beslutning": a section numbered under its point's number. Such a
# line is a section of the point, never a point of its own.
_SUB_NUMBER_RE = re.compile(r"^\d{1,3}\.\d{1,2}\.?[ \t]{1,5}(?=\D)")


def _without_sub_number(text: str) -> str:
    return text[m.end() :] if (m := _SUB_NUMBER_RE.match(text)) else text


def withheld_note(raw: str) -> bool:
    """A closed mark with a note, as a notice set apart: a note that withholds the text ("[LUKKET
    PUNKT – MÅ IKKE VIDERESENDES]", "Fortroligt – ikke til videregivelse"), or any note after a
    mark that names the point or its status with the whole line in brackets ("(Fortroligt –
    indeholder helbredsoplysninger)"). A bare "lukket" in brackets may say so of the matter
    ("(Lukket – åbner igen til påske)"), and "Lukket møde" may head the points below it."""
    text = demark(raw)
    if len(text) > 100:
        return False
    bracketed = text[:1] in "([" and text[-1:] in ")]"
    # ("– fortroligt, må ikke videregives": the notice after a dash or as a list's item.)
    noted = _MARK_THEN_NOTE_RE.match(fold(text).strip(" .*_()[]").lstrip("-–—•· \t"))
    if noted is None:
        return False
    mark = noted["mark"].strip()
    return _WITHHELD_NOTE_RE.search(noted["note"]) is not None or (
        bracketed and mark not in _BARE_MARKS and not mark.endswith(_PART_MARK_ENDINGS)
    )


def closed_note(raw: str) -> bool:
    """A line that opens with a closed mark and goes on in words: "Lukket punkt – behandles
    fortroligt indtil …", "Fortroligt: leverandøren har …" (what follows may itself be
    confidential), a notice of a mark and its note (``withheld_note``), or the closed record
    itself under its name ("Lukket protokol: …", ``closed_record_label``). A title after the
    mark ("Lukket sag: Forlig med …") is a heading's."""
    if withheld_note(raw) or closed_record_label(raw):
        return True
    text = demark(raw)
    mark = _CLOSED_START_RE.match(text.lower())
    if mark is None:
        return False
    rest = text[mark.end() :].strip()
    # ("Fortroligt: Sagen behandles for lukkede døre": a capital, but the mark said again; so
    # is "[IKKE OFFENTLIG]  Sagen behandles på den lukkede del af mødet.", a closing sentence.)
    return (
        rest[:1].islower()
        or _CLOSED_MARK_IN_RE.search(rest.lower()) is not None
        or closing_line(rest)
    )


_CLOSED_HEADING_WORDS = 14
_CLOSED_MARK_IN_RE = re.compile(rf"(?<!\w){_CLOSED_MARK}(?!\w)")


def speaks_of_closing(raw: str) -> bool:
    """Whether a line names a closed status anywhere in its words ("Exempt from publication –
    dealt with in closed session.", "Materialet er fortroligt og udleveres ikke."). Never a
    reason to close a point (a sentence may only mention a closed door): a notice's test where
    the point is closed already (see indexer.parse)."""
    return closing_line(raw) or _CLOSED_MARK_IN_RE.search(fold(demark(raw))) is not None


def closed_heading(raw: str) -> str | None:
    """The title of a line that is a closed point's heading with no number: a closed mark, a
    separator and a title ("Lukket punkt: Tvist med transportør", "### Fortroligt – Køb af
    jord", "(Lukket) Personalesag"), else None. The title starts with a capital and is no
    sentence (no final period, a few words); a mark going on in words ("Fortroligt: sagen
    behandles …") is a note, and marks alone ("Lukket punkt") name no point."""
    text = demark(raw)
    if not text or len(text) > MAX_HEADING_CHARS or "\t" in text or case_number(text):
        return None  # ("Sagsnr.: 12/0811 (Lukket)": a point's metadata line.)
    mark = _CLOSED_START_RE.match(text.lower())
    if mark is not None:
        rest = text[mark.end() :].strip(" \t-–—:")
    elif (
        (end := _CLOSED_END_RE.search(text.lower())) is not None
        and text[end.start()] in "([-–—"
        and not closing_line(text)  # ("Sagen behandles (lukket)": a note, see closing_line)
    ):
        # "Køb af ejendom (Lukket)", "Personalesag – LUKKET SAG": the mark after the title, in
        # brackets or after a dash.
        rest = text[: end.start()].strip(" \t-–—:")
    else:
        return None
    if (
        not rest[:1].isupper()
        or rest.endswith((".", ":", ";", ","))
        or len(rest.split()) > _CLOSED_HEADING_WORDS
        or closed_mark_only(rest)
        # ("Fortroligt: Sagen behandles for lukkede døre": the mark said again, a note; so is
        # "LUKKET PUNKT – MÅ IKKE VIDERESENDES", a note that withholds the text.)
        or _CLOSED_MARK_IN_RE.search(rest.lower()) is not None
        or _WITHHELD_NOTE_RE.search(rest.lower()) is not None
    ):
        return None
    return text


# A sentence that gives the reason for a closing, after it on its line: ". Grund: …" (folded).
_CLOSING_REASON_RE = re.compile(
    r"\.[ \t]{1,3}(?:" + "|".join(CLOSING_REASON_LABELS) + r")[ \t]{0,3}:[ \t]{0,3}\S"
)
# The longest line that may be a closing notice: its matter anchored whole (a notice that says
# how long the closing lasts and what is left out of the published text runs past 100).
_CLOSING_MAX_CHARS = 150


# The closed record named (folded): "den lukkede protokol", "fortrolig protokol", "the
# confidential minutes" (see CLOSED_RECORD_NOUNS).
_CLOSED_RECORD = (
    rf"(?:{_words_alt(CLOSED_RECORD_STATUS)})[ \t]{{1,3}}(?:{_words_alt(CLOSED_RECORD_NOUNS)})"
)
_CLOSED_RECORD_RE = re.compile(rf"(?<!\w){_CLOSED_RECORD}(?!\w)")
# The withheld text under the closed record's name as its label (folded): "Lukket protokol:
# Familien …", "Confidential minute: …", "Beslutning (lukket): …". Words must follow on the line:
# "LUKKET REFERAT" alone heads the closed points written again below (indexer.parse).
_CLOSED_RECORD_LABEL_RE = re.compile(
    rf"^(?:{_CLOSED_RECORD}|(?:{_words_alt(CLOSED_RECORD_NOUNS)})[ \t]{{0,3}}\("
    rf"(?:{_words_alt(CLOSED_RECORD_STATUS)})\))[ \t]{{0,3}}:[ \t]{{0,3}}\S"
)
# Where a line's sentences part: a period, then a capital.
_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!])[ \t]{1,3}(?=[A-ZÆØÅ])")
# The longest sentence of note after a closing notice.
_RECORD_NOTE_MAX_CHARS = 120


def _record_note(sentence: str) -> bool:
    """Whether a sentence after a closing notice only says where the closed record is kept
    ("Referatet fremgår af den lukkede protokol.", "The decision is recorded in the confidential
    minutes.") or that the text is not to be passed on ("Må ikke deles."): a note on the
    closing, which a notice may carry on its line as it may carry its reason."""
    folded = fold(sentence)
    return len(sentence) <= _RECORD_NOTE_MAX_CHARS and (
        _CLOSED_RECORD_RE.search(folded) is not None
        or _WITHHELD_NOTE_RE.search(folded) is not None
        # ("Minute withheld from the public version.", "Referatet er udeladt af den offentlige
        # udgave.": the record left out of what is published.)
        or _LEFT_OUT_OF_PUBLIC_RE.search(folded) is not None
    )


def _without_record_notes(text: str) -> str:
    """A line without the notes that follow its first sentence (``_record_note``): "Punktet er
    behandlet i lukket møde. Referatet fremgår af den lukkede protokol og må ikke deles." ->
    "Punktet er behandlet i lukket møde." Only notes after a sentence: a note alone closes
    nothing (an open point may say where an earlier closed decision is kept)."""
    sentences = _SENTENCE_BREAK_RE.split(text)
    while len(sentences) > 1 and _record_note(sentences[-1]):
        sentences.pop()
    joined = " ".join(sentences)
    # "Punktet er behandlet som lukket punkt - må ikke offentliggøres": a note that withholds
    # the text after a spaced dash, as after a period; what stands before it must close the
    # point by itself (the note alone closes nothing). The note must be only that: one that
    # goes on in words ("– må ikke videresendes, vedr. …") may say what the point holds.
    if (dash := _DASHED_NOTE_RE.search(joined)) and _WITHHELD_NOTE_RE.fullmatch(
        fold(dash["note"]).strip(" .*_[]()")
    ):
        return joined[: dash.start()]
    return joined


# A note after a spaced dash, last on a line: " - må ikke offentliggøres ***".
_DASHED_NOTE_RE = re.compile(r"[ \t][-–—][ \t]{1,3}(?P<note>[^-–—\n]{1,60})$")


def closed_record_label(raw: str) -> bool:
    """Whether a line is the withheld text under the closed record's name as its label
    ("Lukket protokol: …", "Fortroligt referat: …", "Confidential minute: …"): the words that
    follow are the closed record itself. A record named in a sentence ("Udvalget drøftede, om
    den lukkede protokol …") or an attachment so labelled ("Fortrolige bilag: …") is none."""
    return _CLOSED_RECORD_LABEL_RE.match(fold(demark(raw)).lstrip(" *_")) is not None


# Why, in brackets last on a line: "(commercial affairs of a tenant)", "(personoplysninger)".
_BRACKETED_REASON_RE = re.compile(r"[ \t]{0,3}\([^()\[\]]{2,80}\)\.?[ \t]*$")


def _status_with_reason(text: str) -> bool:
    """Whether a line is a closed status with why in brackets after it: "CLOSED SESSION -
    exempt from publication (commercial affairs of a tenant).", "Lukket punkt
    (personoplysninger)", "Udeladt af den offentlige udgave (forhandlingsforhold)"; the reason
    belongs to the status as a labelled one does ("Grund: …"). Not after a bare "Lukket" or
    "Closed", which may say so of a place ("Lukket (vinterperiode)"), nor after a closed part
    of the meeting ("Lukket møde (punkt 8-9)"), which heads the points below it."""
    reason = _BRACKETED_REASON_RE.search(text)
    if reason is None:
        return False
    status = " ".join(fold(text[: reason.start()]).strip(" .*_[]").split())
    # ("Item exempt from publication (commercial confidentiality)": a closing sentence of its
    # own has its reason in brackets as a status does.)
    return (
        status not in _BARE_MARKS
        and not status.endswith(_PART_MARK_ENDINGS)
        and (_closed_statuses(status) or _CLOSING_LINE_RE.match(status) is not None)
    )


# Why, after a dash last on a line, in a few words of its own: "– indeholder personoplysninger",
# "- personfølsomme oplysninger" (no sentence of its own: it opens in lower case).
_DASHED_REASON_RE = re.compile(
    r"[ \t][-–—][ \t]{1,3}(?P<reason>[a-zæøå][^.;:()\[\]§\n]{1,60}?)\.?[ \t]*$"
)
_DASHED_REASON_WORDS = 6
# A reason's words (folded): opened by a verb that says what the point holds, or naming what a
# closing withholds (see CLOSING_REASON_VERBS).
_REASON_VERB_RE = re.compile(r"^(?:" + "|".join(CLOSING_REASON_VERBS) + r")(?!\w)")
_GROUND_RE = re.compile(r"(?<!\w)(?:" + "|".join(CLOSING_GROUND_WORDS) + r")(?!\w)")


def _notice_with_dashed_reason(text: str) -> bool:
    """Whether a line is a closing notice with why after a dash: "[Punktet er undtaget fra
    offentliggørelse - indeholder personoplysninger]", "Lukket punkt – personfølsomme
    oplysninger"; the reason belongs to the notice, as in brackets (``_status_with_reason``).
    The words after the dash must give a reason (see CLOSING_REASON_VERBS).
    Not after a bare "Lukket" or "Closed", which may say so of a place ("Lukket – åbner igen
    til påske"), nor after a closed part of the meeting ("Lukket møde – punkt 8 og 9")."""
    inner = text.strip(" \t[]()")
    reason = _DASHED_REASON_RE.search(inner)
    if reason is None or len(reason["reason"].split()) > _DASHED_REASON_WORDS:
        return False
    why = fold(reason["reason"]).strip()
    if not (_REASON_VERB_RE.match(why) or _GROUND_RE.search(why)):
        return False  # ("Lukket punkt – se bilag": a note of another kind, no reason)
    notice = inner[: reason.start()]
    status = " ".join(fold(notice).strip(" .*_[]").split())
    return (
        status not in _BARE_MARKS
        and not status.endswith(_PART_MARK_ENDINGS)
        and closing_line(notice)
    )


def closing_line(raw: str) -> bool:
    """Whether a line of a point's body closes the point: a closed status standing alone
    ("Lukket sag", "Fortroligt"), with the law it rests on ("Undtaget offentlighed – jf.
    offentlighedslovens § 30"), or a sentence that is only that ("*Punktet behandles for lukkede
    døre*", "(Sagen er lukket.)"), whose reason may follow in a labelled sentence of its own
    ("Punktet er lukket. Grund: …") or by notes on where the closed record is kept and that it
    is not to be passed on ("… Referatet fremgår af den lukkede protokol og må ikke deles.").
    A line of check boxes says by its ticks alone (``checked_status``): "- [ ] Lukket punkt" is a
    box left blank beside the word, an open point's, though the word is a closed status."""
    if (ticked := checked_status(raw)) is not None:
        return ticked
    text = demark(raw)
    if (reason := _CLOSING_REASON_RE.search(fold(text))) is not None:
        # The notice is the sentence before the reason; the reason's words close nothing.
        text = text[: reason.start()]
    # ("Punktet er behandlet i lukket møde. Referatet fremgår af den lukkede protokol.": the
    # notice, then where its record is kept.)
    text = _without_record_notes(text)
    if len(text) > _CLOSING_MAX_CHARS:
        return False
    if _status_with_reason(text) or _notice_with_dashed_reason(text):
        return True
    text = fold(text).strip(" .*_()[]")
    if _closed_statuses(text) or _CLOSING_LINE_RE.match(text):
        return True
    bare = _LAW_AT_END_RE.sub("", text).strip(" .*_()[]–—-,")
    if bare == text:
        return False
    # A short line that rests the point on the access act's exemptions (offentlighedsloven
    # §§ 19-35) withholds it, however its status words are spelled ("Unntaget offentlighed –
    # jf. offentlighedslovens § 30, nr. 2"); its grants ("§ 7", access) close nothing.
    return _closed_statuses(bare) or (
        _EXEMPTION_RE.search(text) is not None and len(bare.split()) <= 4
    )


# A closed mark that names the points it closes: "pkt. 36 behandles for lukkede døre", "punkt 7
# er lukket", "punkterne 8 og 9 behandles på lukket møde" (the approval of the agenda says so of
# the points further down). The numbers must stand right before the mark, so a case "behandlet
# på Byrådets møde, pkt. 12, for lukkede døre" at another meeting names none.
_NAMED_CLOSING_RE = re.compile(
    r"(?<!\w)(?:pkt\.?|punkt(?:erne)?)[ \t]{0,3}"
    r"(?P<numbers>\d{1,3}(?:(?:[ \t]{0,3},[ \t]{0,3}|[ \t]{1,3}og[ \t]{1,3})\d{1,3})*)[ \t]{1,3}"
    r"(?:(?:behandles|behandledes|blev[ \t]{1,3}behandlet|vil[ \t]{1,3}blive[ \t]{1,3}behandlet)"
    r"[ \t]{1,3}(?:for[ \t]{1,3}lukkede[ \t]{1,3}døre|(?:på|i|under)[ \t]{1,3}(?:et[ \t]{1,3})?"
    r"lukket[ \t]{1,3}(?:møde|del))"
    r"|(?:er|var|blev)[ \t]{1,3}(?:lukket|lukkede|fortroligt?|fortrolige"
    # ("punkt 4 er et lukket punkt": the status said with its noun.)
    r"|et[ \t]{1,3}(?:lukket|fortroligt)[ \t]{1,3}punkt))(?!\w)"
)


def closed_points_named(text: str) -> set[int]:
    """The numbers of the points a text's closed marks name ("… at pkt. 36 behandles for
    lukkede døre" -> {36}); empty where it names none."""
    return {
        int(number)
        for m in _NAMED_CLOSING_RE.finditer(fold(text))
        for number in re.findall(r"\d{1,3}", m["numbers"])
    }


# Between two closed statuses said together: "Lukket punkt – ikke offentlig" (a hyphen only
# with a space before it: "ikke-offentlig" is one status).
_STATUS_JOIN_RE = re.compile(r"[–—,;/]")


def _closed_statuses(text: str) -> bool:
    """Whether a folded line is a closed status, or two or three said together with a dash or a
    comma between ("lukket punkt – ikke offentlig", "fortroligt, lukket sag")."""
    if _one_closed_status(text):
        return True
    parts = _STATUS_JOIN_RE.split(text.replace(" -", "–").replace("\t-", "–"))
    return 2 <= len(parts) <= 3 and all(_one_closed_status(part.strip()) for part in parts)


def _one_closed_status(text: str) -> bool:
    """Whether a folded text is one closed status: a status word ("lukket punkt"), one typed a
    letter wrong, or the point left out of the published edition ("udeladt af den offentlige
    udgave", "withheld from the public version")."""
    return (
        text in _CLOSED_STATUS
        or bool(_misspelt_closed(text))
        or _LEFT_OUT_OF_PUBLIC_RE.fullmatch(text) is not None
    )


def status_line(raw: str) -> bool | None:
    """Whether a line is a status alone and which: True for a closed one ("Lukket punkt",
    "Fortroligt"), False for an open one ("Åbent punkt", "Åben sag"), None for any other line."""
    if (ticked := checked_status(raw)) is not None:
        return ticked
    text = fold(demark(raw)).strip(" .*_()[]:")
    if _closed_statuses(text):
        return True
    return False if text in _OPEN_STATUS else None


# A form's check box, as a template prints it beside each status it offers: "[X]", "[ ]",
# "( )", "(x)" or the glyphs "☐", "☒", "☑". A box with a mark in it ("X", "✓", "✗", "*", the
# filled glyphs) is ticked.
_CHECK_BOX_RE = re.compile(
    r"\[[ \t]{0,2}(?P<square>[xX✓✔✗✘*])?[ \t]{0,2}\]|\([ \t]{0,2}(?P<round>[xX✓✔✗✘*])?[ \t]{0,2}\)"
    r"|(?P<glyph>[☐☒☑□■])"
)
_TICKED_GLYPHS = "☒☑■"
# A list item's bullet before a box: a Markdown list's "-", "*" or "+", or a printed one.
_ITEM_BULLET_RE = re.compile(r"^[•·▪\uf0b7*+\-–][ \t]{1,4}")
# A field's label before a line of boxes: "Status: ☐ Åben ☒ Lukket".
_BOXES_LABEL_RE = re.compile(r"^(?P<label>[^\W\d_][\w' /-]{1,40}?)[ \t]{0,3}:[ \t]{0,16}")
# A row's label cell before its boxes: "Behandles<TAB>☐ Åbent ☒ Lukket".
_BOXES_CELL_RE = re.compile(r"^(?P<label>[^\W\d_][\w' /-]{1,40}?)[ ]{0,3}\t[ \t]{0,16}")
# What may stand between a box and its word: blanks, a colon, a comma, a slash or a bar.
_BOX_GAP = " \t:,;/|"


def checked_status(raw: str) -> bool | None:
    """The status a line of check boxes ticks: "Åben [X]  Lukket [ ]" -> False, "☐ Åbent ☒
    Lukket" -> True, "Status: Åben ( ) Lukket (x)" -> True. None for any other line.

    A template that prints every status it offers, each with its box, says which applies by the
    tick alone: both words stand on the line whatever the point is, so a word is never read
    without its box. Each box belongs to the word on the side the line opens with (a box first:
    the word after it; a word first: the box after it), and every word must be a status (an
    openness label may open the line). A ticked closed status closes the point, whatever else is
    ticked; none ticked leaves it open (a box left blank withholds nothing).

    A list's bullet may stand before the first box: a Markdown task list ("- [ ] Lukket punkt",
    "- [x] Lukket punkt") prints each status as an item with its box, ticked or not."""
    text = demark(raw).strip()
    if (bullet := _ITEM_BULLET_RE.match(text)) and _CHECK_BOX_RE.match(text, bullet.end()):
        text = text[bullet.end() :]
    if (answered := _yes_no_boxes(text)) is not None:
        return answered
    if (
        (lead := _BOXES_LABEL_RE.match(text))
        and _CHECK_BOX_RE.match(text, lead.end())
        and _status_label(lead["label"]) in _ACCESS_LABELS | _OPENNESS_LABELS
        # ("Åbent: [ ]   Lukket: [x]": a status word and its box, each word first, no label.)
        and _status(lead["label"]) not in _OPEN_BESIDE | _CLOSED_STATUS
    ):
        # "Punktets status: ☐ Åbent ☒ Lukket": the field's label, then the boxes first, each
        # before its word; the label asks what the ticks answer.
        text = text[lead.end() :]
    elif (
        (cell := _BOXES_CELL_RE.match(text))
        and _CHECK_BOX_RE.match(text, cell.end())
        and _status(cell["label"]) not in _OPEN_BESIDE | _CLOSED_STATUS
        and len(_CHECK_BOX_RE.findall(text, cell.end())) >= 2
    ):
        # "Behandles<TAB>☐ Åbent ☒ Lukket": a form's row, its label in a cell of its own (any
        # label: the boxes offer a choice of statuses, each word checked below, so the row
        # says how the point is treated whatever the label calls it).
        text = text[cell.end() :]
    boxes = list(_CHECK_BOX_RE.finditer(text))
    if not boxes or len(text) > 120:
        return None
    cuts = [0, *(b for m in boxes for b in (m.start(), m.end())), len(text)]
    gaps = [text[cuts[k] : cuts[k + 1]] for k in range(0, len(cuts), 2)]
    box_first = not gaps[0].strip(_BOX_GAP)
    # The words of each box: the gap after it where the boxes come first, else the one before.
    words = gaps[1:] if box_first else gaps[:-1]
    rest = gaps[0] if box_first else gaps[-1]
    if rest.strip(_BOX_GAP):
        return None
    if not box_first and (label := _STATUS_LABEL_RE.match(words[0].strip())):
        # "Status: Åben [ ] Lukket [X]": the field's label before the first word.
        if _status_label(label["label"]) not in _ACCESS_LABELS | _OPENNESS_LABELS:
            return None
        words[0] = label["value"]
    closed = False
    for box, word in zip(boxes, words, strict=True):
        status = _status(word.strip(_BOX_GAP))
        if status not in _STATUS_WORDS and withheld_note(word.strip(_BOX_GAP)):
            # "[x] Lukket punkt - må ikke videresendes": the status with a note that withholds
            # the text, ticked or not as any status word.
            status = "lukket"
        if status not in _OPEN_BESIDE and status not in _CLOSED_STATUS:
            return None
        closed = closed or (_ticked(box) and status in _CLOSED_STATUS)
    return closed


def _ticked(box: re.Match[str]) -> bool:
    """Whether a check box (a ``_CHECK_BOX_RE`` match) has a mark in it."""
    glyph = box["glyph"]
    return bool(box["square"] or box["round"] or (glyph and glyph in _TICKED_GLYPHS))


def _yes_no_boxes(text: str) -> bool | None:
    """Whether an openness label's ticked yes/no box closes the point: "Offentlig: ☐ Ja ☒
    Nej" and "Lukket<TAB>☒ Ja ☐ Nej" do ("lukket", "fortroligt" ask whether closed, the others
    whether open); None for any other line."""
    lead = _BOXES_LABEL_RE.match(text) or _BOXES_CELL_RE.match(text)
    label = _status_label(lead["label"]) if lead is not None else ""
    if lead is None or label not in _OPENNESS_LABELS:
        return None
    rest = text[lead.end() :]
    boxes = list(_CHECK_BOX_RE.finditer(rest))
    if len(boxes) < 2 or boxes[0].start() != 0:
        return None
    closed = False
    for box, after in zip(boxes, [*boxes[1:], None], strict=True):
        word = rest[box.end() : after.start() if after else len(rest)].strip(_BOX_GAP)
        answer = _YES_NO_BOXES.get(fold(word))
        if answer is None:
            return None
        if _ticked(box):
            closed = closed or (answer if label in _CLOSED_FIRST else not answer)
    return closed


def section_heading(raw: str, *, colon: bool = False) -> tuple[str, str] | None:
    """``(canonical name, heading text)`` of a section heading line, else None.

    A trailing colon ("Baggrund:") marks a sub-heading inside another section, so it does not
    match, unless ``colon`` says the file writes every section heading so ("Sagsfremstilling:");
    decisions are read by ``decision``.
    """
    text = _without_sub_number(" ".join(demark(raw).split()))
    if len(text) > 80:
        return None
    if colon and text.endswith(":"):
        text = text[:-1].rstrip()
    name = SECTION_NAMES.get(text.casefold())
    if name:
        return name, text
    # "Forvaltningens indstilling", "Direktionens indstilling"
    words = text.split()
    if 2 <= len(words) <= 4 and words[-1].casefold() == "indstilling" and words[-2].endswith("s"):
        return "Indstilling", text
    # "Forvaltningen indstiller", "Administrationen indstiller": who recommends, then the verb,
    # as a heading of its own over the recommendation ("At …").
    if 2 <= len(words) <= 3 and words[-1].casefold() == "indstiller" and words[0][:1].isupper():
        return "Indstilling", text
    return None


def _board_part(value: str) -> str | None:
    value = " ".join(value.split()).strip(" ,:-–")
    if value[:1] in "([" and value[-1:] in ")]" and len(value) > 2:
        # "Beslutning (Økonomiudvalget):": the board in brackets after the word.
        value = value[1:-1].strip()
    for prefix in ("i ", "på ", "fra ", "af "):
        if value.casefold().startswith(prefix):
            value = value[len(prefix) :]
    if value.casefold().startswith(("mødet", "møde ")):
        return None
    return value if value and value[0].isupper() and len(value) <= 80 else None


def decision(raw: str) -> Decision | None:
    """A decision heading, in any of the ways minutes write one.

    "Beslutning i Direktionen den 08-01-2013", "Beslutning i Økonomiudvalget den 1. oktober
    2018:", "Økonomiudvalgets beslutning i mødet den 31. marts 2020", "Plan- og Teknikudvalget,
    03-10-2019, pkt. 153", "Beslutning: Taget til efterretning." (text on the same line).
    """
    text = _without_sub_number(" ".join(demark(raw).split()))
    if len(text) > MAX_HEADING_CHARS:
        return None
    folded = text.casefold()
    if _ocr_same(folded[:10], "beslutning") and (len(text) == 10 or text[10] in " :"):
        return _decision_rest(text, text[10:], None)
    if folded.startswith("decision") and (len(text) == 8 or text[8] == ":"):
        # Minutes written in English: "Decision:", "Decision: Approved unanimously."
        return _decision_rest(text, text[8:], None)
    if folded.startswith("afgørelse") and (len(text) == 9 or text[9] in " :"):
        # "Afgørelse:" heads the decision in a region's protocol and in case systems' exports
        # ("Afgørelse om tilskud", a sentence, is none: see _decision_rest).
        return _decision_rest(text, text[9:], None)
    at = folded.find("s beslutning")
    if 0 < at <= 80 and text[0].isupper() and (len(text) == at + 12 or text[at + 12] in " :"):
        board = text[:at]
        return _decision_rest(text, text[at + 12 :], board if board[0].isupper() else None)
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 3 and (found := find_date(parts[1])) and parts[1][found[2] :].strip() == "":
        if re.fullmatch(r"pkt\.?[ \t]{0,3}\d{1,4}\.?", parts[2], re.IGNORECASE):
            return Decision(text, _board_part(parts[0]), found[0], "")
    return _board_dated(text)


# "Økonomiudvalget den 8. april 2026, pkt. 54:", "Kommunalbestyrelsen den 22. april 2026:": a
# council's minutes give each board's decision under the board's name and the day it met
# ("Byrådet 24.06.2031:", "Teknisk Udvalg 02.06.2031, pkt. 40:" without the "den").
_BOARD_DATED_RE = re.compile(
    r"^(?P<board>[^\W\d_][\w\- ]{2,60}?)[ \t]+(?:(?:den|d\.)[ \t]+|(?=\d))(?P<date>[^:,]{6,30}?)"
    r"(?P<item>,[ \t]{0,3}(?:pkt|punkt)\.?[ \t]{0,3}\d{1,4}\.?)?[ \t]*"
    r"(?:(?P<colon>:)[ \t]*(?P<inline>.*))?$",
    re.IGNORECASE,
)


def _board_dated(text: str) -> Decision | None:
    """A board's name and the day it met, as the heading of its decision: with a colon after
    it or the point's number at that meeting (a title "Byrådet den 23. april 2026" has
    neither)."""
    m = _BOARD_DATED_RE.match(text)
    if m is None or not (m["colon"] or m["item"]):
        return None
    found = find_date(m["date"])
    if found is None or m["date"][found[2] :].strip() or m["date"][: found[1]].strip(" ,"):
        return None
    board = m["board"].strip()
    if not board[:1].isupper() or not BOARD_WORD_RE.fullmatch(board):
        return None
    inline = (m["inline"] or "").strip()
    heading = text[: m.start("inline")].rstrip() if inline else text
    return Decision(heading, board, found[0], inline)


def _ocr_same(word: str, label: str) -> bool:
    """The label, or the label with one letter misread, as OCR does ("Beslutnlng")."""
    return len(word) == len(label) and sum(a != b for a, b in zip(word, label, strict=True)) <= 1


# A sentence's end and the next one's first word: "Godkendt. Fraværende" (an abbreviation's
# period, "i Teknisk Udv. for Miljø", has a small letter after it).
_SENTENCE_END_RE = re.compile(r"[.!?][ \t]+[A-ZÆØÅ][a-zæøå]")


def _decision_rest(text: str, rest: str, board: str | None) -> Decision | None:
    """Read what follows "Beslutning" (or "<board>s beslutning"): board, date, inline text."""
    head, colon, inline = rest.partition(":")
    found = find_date(head)
    if found is None and colon and _SENTENCE_END_RE.search(head):
        # "Økonomiudvalgets beslutning<TAB>Anbefales. Fraværende: Ib Holm": the colon is the
        # decision's own (a sentence ends before it), no heading's: as without the colon, a line
        # that goes on in sentences after the word is no heading here (a two-column row's label
        # is read apart from its text by the parser).
        return None
    if found is None and not colon:
        # "Beslutning", "Beslutning i Byrådet"; a sentence that starts with the word is not one.
        if head.strip() and (
            board is not None
            or not head.startswith((" i ", " på ", " fra ", " af "))
            or len(head.split()) > 6
            or head.rstrip().endswith(".")
        ):
            return None
        if head.strip():
            board = _board_part(head)
        return Decision(text, board, None, "")
    decided = found[0] if found else None
    if board is None:
        where = head[: found[1]] if found else head
        where = where.rsplit(" den ", 1)[0] if " den " in where else where
        board = _board_part(where.removesuffix(" den"))
    heading = text[: len(text) - len(rest)] + head + colon if inline.strip() else text
    return Decision(heading.rstrip(), board, decided, inline.strip())
