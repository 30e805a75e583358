"""Danish and English language data in one place: months, weekdays, stop and function words,
words of asking, the cue words of question intents and the names of council bodies.

The parser (month names in dates), the tokenizer (stop words) and the question analysis
(api.retrieval.analysis: language, intent, constraints) all read from here, so a word added for
one is seen by all. Everything is general Danish/English or general Danish municipal
vocabulary, never words of particular minutes or questions.
"""

from __future__ import annotations

import re
from functools import lru_cache

DANISH_MONTHS: dict[str, int] = {
    "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}  # fmt: skip
ENGLISH_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
# Abbreviations (Danish and English share most).
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTHS: dict[str, int] = {**DANISH_MONTHS, **ENGLISH_MONTHS, **MONTH_ABBREVIATIONS}
# Every month name for a regex, longest first ("june" before "jun").
MONTH_ALTERNATION = "|".join(sorted(MONTHS, key=len, reverse=True))
# Words for which part of a month, before it, hyphened or apart: "mid-January", "medio maj",
# "end of May". MONTH_PART_PHRASES are the longer ones only ever written apart ("i starten af
# maj", "the beginning of May").
MONTH_PART_WORDS = (
    "mid", "early", "late", "medio", "primo", "ultimo", "midt", "start", "slut", "end",
)  # fmt: skip
MONTH_PART_PHRASES = ("starten", "slutningen", "beginning", "begyndelsen", "udgangen")
# The seasons as the months they span ("i efteråret 2013", "in the autumn of 2013"), with and
# without æøå. Winter is left out: it spans two years, and "vinteren 2013" says not which.
SEASONS: dict[str, tuple[int, int]] = {
    "forår": (3, 5), "foråret": (3, 5), "foraar": (3, 5), "foraaret": (3, 5), "spring": (3, 5),
    "sommer": (6, 8), "sommeren": (6, 8), "summer": (6, 8),
    "efterår": (9, 11), "efteråret": (9, 11), "efteraar": (9, 11), "efteraaret": (9, 11),
    "autumn": (9, 11), "fall": (9, 11),
}  # fmt: skip
SEASON_ALTERNATION = "|".join(sorted(SEASONS, key=len, reverse=True))
# Month names English does not share: after one, "maj 13" is a two-digit year ("May 13" is a day).
DANISH_ONLY_MONTHS = frozenset(DANISH_MONTHS) - frozenset(ENGLISH_MONTHS)
# Prepositions of time before a month: "i jan 23", "from Feb 17" name a month of a year (two
# digits after a month are a day only without one: "on Jan 23", "den 23. jan").
MONTH_PREPOSITIONS = (
    "i", "in", "fra", "from", "til", "siden", "since", "efter", "after", "før", "inden",
    "before", "during", "primo", "medio", "ultimo",
)  # fmt: skip

# Faroese board words, for minutes of the Faroe Islands' municipalities and for a Faroese name
# in brackets after an English one ("Town Council (Býráðið)"): "ráð" (a council: "býráð",
# "býráðið") and "nevnd" (a committee: "fíggjarnevndin"), in the bare and the definite form.
FAROESE_BOARD_ENDINGS = ("ráðið", "ráð", "nevndin", "nevnd")
# Board words that hold an "å", as a scan or an old typewriter writes them in capitals without
# the ring ("BYRADET", "HANDICAPRADET"): the word's end as written, and as it is spelled.
RINGLESS_BOARD_ENDINGS = (("RADETS", "RÅDETS"), ("RADET", "RÅDET"), ("RAD", "RÅD"))

# The word an old protocol's entry opens with before the year, the day and month after it ("Aar
# 1968, torsdag den 18. april", "År 1952 den 3. marts", "Anno 1921 den 7de Juni").
YEAR_FIRST_WORDS = ("år", "aar", "anno")

WEEKDAYS = frozenset(
    """
    mandag tirsdag onsdag torsdag fredag lørdag søndag
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)

# The words a line may hold beside a date and its times when it only heads one day of a
# meeting held over days: "Fredag den 31. august 2012 kl. 08.30 - 12.00", "TORSDAG DEN 30.
# AUGUST 2012", "Dag 2: fredag d. 31. august 2012", "Day 2 - Friday 15 May 2025 from 9:00 to
# 12:00" (with WEEKDAYS).
DAY_HEADING_WORDS = frozenset({
    "den", "d", "kl", "klokken", "fra", "til", "dag", "day", "from", "to", "at",
})  # fmt: skip

DANISH_STOP_WORDS = frozenset(
    """
    og i at det der en et til om på de den som af for med er var har havde have blev bliver blive
    være været ikke men eller så kan kunne skal skulle vil ville må måtte ved fra ud op over under
    efter før mod hos sig sin sit sine han hun hans hendes jeg mig min mit mine du dig din dit dine
    vi os vores i jer jeres de dem deres man denne dette disse der her hvor hvis når nu også da dog
    jo nok mere mest meget mange alle andre anden andet nogen noget nogle hver hvert hele samme
    selv sådan end eller enten både kun lige igen allerede endnu bare netop ja nej via ift iht jf
    bl evt dvs mht ca samt således hvad hvem hvornår hvordan hvilke hvilken hvilket hvorfor
    hvorledes hvortil hvor hvorvidt blevet gjort gør gøre får fik få vores dens dets
    hhv henholdsvis ifølge iflg jvf
    """.split()
)

ENGLISH_STOP_WORDS = frozenset(
    """
    the a an and or of to in on at for with by from as is are was were be been being has have had
    do does did what which who whom whose when where why how that this these those there their
    they them it's its he she his her we our you your i me my not no yes any all some into about
    over under than then so such can could should would will shall may might must also very
    according
    """.split()
)

STOP_WORDS = DANISH_STOP_WORDS | ENGLISH_STOP_WORDS

# Adverbial particles that Danish writes after its verb or joins in front of it as one word:
# "sendes ud" is "udsendes", "sætte ned" is "nedsætte", "lægge frem" is "fremlægge". A question
# may say it one way and the minutes the other.
VERB_PARTICLES = frozenset("ud ind op ned af over om frem til med på".split())

# Prepositions the word index keeps (changing STOP_WORDS changes the index) but that name no
# matter: a question's topic leaves them out ("cykelstierne langs Skovmarken"); so do the
# particles of a verb ("sat ned", "tømt hen over sommeren", "får telefonen tilbage") and the
# "løbet" of "i løbet af".
PREPOSITIONS = frozenset(
    """
    langs blandt mellem gennem inden uden indenfor udenfor indenfor bag foran omkring pr per
    along among between through within without behind after before during until
    ned hen tilbage frem løbet ind imod
    """.split()
)

# Words of asking, not of the matter asked about ("hvornår var X oppe", "hvad landede man på"):
# they say nothing about whether the archive covers a question (see LexicalIndex.coverage).
# ("hvem sad med ved mødet" asks who attended; "fl" is the rest of "m.fl.", "and others".)
# Adverbs a question puts around its matter ("må man køre forbi … fremover", "hvad bliver der
# ellers lavet", "what else"): they say where or what more, never what the matter is. Not
# "fremover" ("hvad skal man betale fremover"): a point that says the price changes from now on
# writes it too, and that is evidence.
QUESTION_ADVERBS = frozenset(
    """
    forbi ellers derudover desuden herudover stadig stadigvæk snart straks gerne
    hidtil nogensinde altid aldrig faktisk præcis præcist cirka omtrent ca først
    else otherwise anymore still soon ever never always exactly roughly approximately actually
    """.split()
)

QUESTION_WORDS = frozenset(
    """
    oppe nede sagde sige siger sagt landede landet lande skete ske sket står stod stået kom
    komme kommet gik går gået hedder handler handlede snakke snakket fortælle fortæl vide ved
    tidligere senest seneste egentlig haft dengang både begge both sad siddet sidde
    foregik foregå foregår foregået
    nåede nået managed manage
    fl
    """.split()
)

# Words a Danish line may end on with a hyphen that is not a split word ("Børne- og Unge"): the
# reader joins a hyphenated line end to the next line only when the next word is none of these.
HYPHEN_KEEP_NEXT = frozenset({"og", "eller", "samt", "til", "som", "and", "or"})

# Abbreviations a point's title may end on, its period no end of a sentence ("Evt.", "Salg af
# matr. nr.", "Vejbelysning m.v."); the reader keeps that period (see indexer.parse).
TITLE_ABBREVIATIONS = frozenset(
    """
    evt nr pkt jf mv mfl m.fl etc kr stk ca inkl ekskl vedr osv tlf matr gl st sdr ndr skt sct
    dr hr fr mht bl.a m.m m.v m.v.h. pga p.g.a vha dvs f.eks fx mio mia mill no vol ref
    """.split()
)

# Roles a list of attendees writes after a name and a comma ("Aase Mølgaard (DH), formand"):
# the role of the name before it, not an attendee (see indexer.parse).
ATTENDEE_ROLES = frozenset(
    """
    formand forkvinde forperson næstformand næstforkvinde sekretær referent suppleant kasserer
    stedfortræder medlem bestyrelsesmedlem ordstyrer mødeleder tilforordnet observatør revisor
    borgmester
    rådmand chairman chairwoman chairperson chair vice-chair vice-chairman secretary treasurer
    deputy substitute member observer
    """.split()
)

# Who took the minutes is asked in words of the act ("hvem tog referat", "who took the
# minutes"); a header writes the role ("Kathrine Skastrup (sekretær)", "referent: …").
MINUTE_TAKER_CUES = (
    r"\b(?:tog|skrev|førte)\s+(?:referat(?:et)?|protokol(?:len)?)\b"
    r"|\btook\s+(?:the\s+)?minutes\b|\bminute[- ]?taker\b|\bnote[- ]?taker\b"
    # "who was secretary at the seminar": the English name of the header's role.
    r"|\b(?:the\s+)?secretary\b"
)
MINUTE_TAKER_ROLES = frozenset({"sekretær", "referent", "protokolfører", "secretary"})

# Words that stamp when a page was printed or produced, written before that date ("Udskrevet
# den 20.03.2024 kl. 10:14", "Printed on 5 June 2024", "Sidst opdateret: 3. maj 2024"): a line of
# one and a date only is the printer's or the site's furniture, never the meeting's date or board
# (see indexer.read).
PRINT_STAMP_WORDS = (
    "udskrevet", "udskrift", "udskriftsdato", "printet", "printed", "print date",
    "dannet", "genereret", "generated", "sidst opdateret", "senest opdateret", "last updated",
    "last modified",
)  # fmt: skip
# A line about the document itself ("Referatet er eksporteret fra mødesystemet 04-09-2024 08:14",
# "Dokumentet er genereret af FirstAgenda", "Referatet er godkendt og underskrevet digitalt"):
# the words naming the document, making or signing it, and besides dates, names and systems the
# small words such a stamp may hold (see indexer.read).
DOCUMENT_NOUNS = (
    "referatet", "dagsordenen", "dokumentet", "protokollen", "udskriften", "filen", "siden",
    "denne side", "this document", "the document", "the minutes", "document", "this page",
)  # fmt: skip
DOCUMENT_MADE_WORDS = ("eksporteret", "exported", "produceret", "produced", "udtrukket")
DOCUMENT_SIGNED_WORDS = (
    "godkendt og underskrevet", "godkendt og signeret", "approved and signed", "underskrevet",
    "signeret", "signed",
)  # fmt: skip
DIGITAL_WORDS = frozenset({"digitalt", "elektronisk", "digitally", "electronically", "mitid"})
STAMP_JOINS = frozenset(
    """
    af by fra from via i in med with til to som as den d on at kl the på automatisk automatically
    """.split()
)

# Words for the kind of meeting, written before the word for it: "Ekstraordinært byrådsmøde",
# "Konstituerende møde i Ældrerådet", "Ordinært møde".
# Verbs that announce a document still to come ("Referat offentliggøres efter mødet", "Referatet
# udsendes senest fredag", "Minutes to follow"): a line saying so names what the file is not.
PROMISED_DOCUMENT_VERBS = (
    "offentliggøres", "offentliggores", "udsendes", "eftersendes", "følger", "folger",
    "publiceres", "lægges ud", "lægges op", "vil blive", "bliver", "to follow",
    "will be published",
)  # fmt: skip

# A label that opens a line of a point's body with what was decided, in the past tense
# ("Besluttet: Bevilget.", "Vedtaget: …", "RESOLVED: to accept …"): only minutes write it, an
# agenda proposes ("Indstilling:") what is still to be decided.
DECIDED_LABELS = ("besluttet", "vedtaget", "resolved", "agreed")

MEETING_KIND_WORDS = frozenset({
    "ordinært", "ekstraordinært", "ekstraordinaert", "konstituerende", "ordinary",
    "extraordinary",
    # The definite forms, after a board's genitive: "Byrådets ordinære møde".
    "ordinære", "ekstraordinære", "ekstraordinaere",
})  # fmt: skip

# An attendance table's columns (folded): the members' names, and whether each came
# ("Navn | Parti | Fremmøde", "Name | Role | Present"); the answers that say someone did not.
ATTENDANCE_NAME_COLUMNS = frozenset({"navn", "name", "medlem", "member", "deltager"})
ATTENDANCE_PRESENCE_COLUMNS = frozenset({
    "til stede", "fremmøde", "fremmødt", "deltog", "deltagelse", "present", "attendance",
    "attended",
})  # fmt: skip
ABSENT_ANSWERS = frozenset({
    "nej", "n", "afbud", "fraværende", "ikke til stede", "udeblev", "no", "absent", "apologies",
    "-", "–",
})  # fmt: skip

# Lower-case words that belong to a place's name in a board's name: "Lokalrådet for Søbygård
# og omegn", "Borgerforeningen for Hvidbjerg og opland".
PLACE_NAME_WORDS = frozenset({"omegn", "opland", "omegns", "oplands"})

# The words that join a board to the institution it governs ("Skolebestyrelsen ved Højmark
# Skole", "Bestyrelsen for Lindholt Forsyning A/S"), and the small words that stay small inside
# such a name ("Lokalrådet for Søbygård og omegn", "Skolen i Bakkeby").
BOARD_NAME_LINKS = frozenset({"for", "ved"})
# The kinds of body a board of owners or members belongs to, by the word the body's name is
# built on and its definite form: an association ("Boligforeningen Egeparken", "Egeparken
# Boligforening"), a company, a foundation, a club, a federation. Named alone above the minutes
# of its board read by its word alone ("Referat af møde i organisationsbestyrelsen"), it is whose
# board that is.
ORGANISATION_WORDS = (
    ("forening", "en"), ("selskab", "et"), ("fond", "en"), ("klub", "ben"), ("forbund", "et"),
)  # fmt: skip
NAME_SMALL_WORDS = frozenset({"og", "i", "af", "på", "for", "ved"}) | PLACE_NAME_WORDS

# Column names of a table that lists a meeting's points, a row each (folded, no final period).
POINT_NUMBER_COLUMNS = frozenset({"pkt", "punkt", "nr", "pkt. nr", "punkt nr", "#", "item", "no"})
POINT_TITLE_COLUMNS = frozenset({
    "emne", "titel", "overskrift", "dagsordenspunkt", "sag", "subject",
})  # fmt: skip
# The label a case system prints before a case's title under its bare number ("Sag nr. 2" /
# "Emne: Tilskud til foreninger", "Emne<TAB>Tilskud …" with the label in a cell of its own):
# the case's subject.
SUBJECT_LABELS = ("emne", "subject")
# The labels that name a point's title where a label/value layout sets it below a bare number
# ("Titel: …", "Overskrift<TAB>…"), as written: capitalised, as a label opens its cell or line.
TITLE_LABELS = ("Titel", "Overskrift", "Sagstitel", "Title")

# The forms that end a Danish company's name ("Vestkyst Forsyning A/S", "Fjernvarme A.m.b.a."),
# folded: after one the name has ended ("… A/S og datterselskaberne" adds other companies).
COMPANY_FORMS = frozenset({
    "a/s", "aps", "i/s", "p/s", "k/s", "ivs", "a.m.b.a.", "a.m.b.a", "amba", "f.m.b.a.",
    "f.m.b.a", "fmba", "s.m.b.a.", "s.m.b.a", "smba",
})  # fmt: skip

# What a mail program writes between dashes above a forwarded or quoted mail ("----------
# Videresendt besked ---------", "-----Original Message-----"), as regular-expression parts.
FORWARD_MARKS = (
    r"videresendt[ \t]besked", r"videresendt[ \t]meddelelse", r"oprindelig[ \t]meddelelse",
    r"forwarded[ \t]message", r"original[ \t]message",
)  # fmt: skip
# The marks a mail program writes before a reply's or a forward's subject ("SV: Dagsorden …",
# "VS: Referat Seniorrådet 20.04.2022", "Fwd: Minutes …"): how the mail travelled, no part of
# its title. Folded, without the colon.
MAIL_REPLY_MARKS = ("re", "sv", "fw", "fwd", "vs", "videresend", "aw", "wg")
# The verb of the line a mail program writes above the mail it quotes ("Den tir. 10. mar. 2020
# kl. 18.05 skrev Sekretariatet <…>:", "On Tue, 10 Mar 2020 at 18:05, Ann <…> wrote:"): the
# date before it is when that mail was sent.
QUOTE_ATTRIBUTION_VERBS = ("skrev", "wrote")

# What a summons to a meeting calls itself before the meeting it calls ("Indkaldelse til møde
# i Plan- og Boligudvalget", "Mødeindkaldelse til mødet i …"): the board follows.
SUMMONS_WORDS = ("indkaldelse", "mødeindkaldelse", "invitation", "mødeinvitation")

# The labels of a sentence that gives the reason a point is closed, after the notice that
# closes it ("Punktet er lukket. Grund: oplysninger om …", "Sagen er fortrolig. Begrundelse:
# personoplysninger"): the reason belongs to the notice (folded, without the colon).
CLOSING_REASON_LABELS = (
    "grund", "begrundelse", "årsag", "hjemmel", "lukningsgrund", "reason", "grounds",
)  # fmt: skip

# Why a point is closed, said after its notice and a dash ("Punktet er undtaget fra
# offentliggørelse – indeholder personoplysninger", "Closed item - contains personal data"):
# the verbs that open such a reason, and the words for what it withholds, one of which it must
# name (folded). "Lukket punkt – se bilag" gives no reason: a note of another kind.
CLOSING_REASON_VERBS = (
    "indeholder", "omhandler", "vedrører", "rummer", "omfatter", "contains", "concerns",
    "involves", "includes",
)  # fmt: skip
CLOSING_GROUND_WORDS = (
    r"[\w-]*oplysninger", r"[\w-]*forhold", "personsag", "personalesag", "tavshedspligt",
    "personal data", "personal information", "personal details", "commercial", "legal advice",
    "third party", "third parties",
)  # fmt: skip

# What a closed mark's note may say of the point's text: it is not to be passed on ("[Lukket
# punkt – må ikke videresendes]", "Fortroligt - ikke til videregivelse", "Closed – not for
# circulation"). A note that says so withholds the point, whatever the mark before it; such a
# note is never a title. The verbs after "(må) ikke", the nouns after "ikke til", and the
# English after "not for" / "not to be" / "do not".
WITHHELD_VERBS = (
    "videresendes", "videregives", "deles", "udleveres", "offentliggøres", "citeres",
    "distribueres", "spredes", "udsendes",
)  # fmt: skip
WITHHELD_NOUNS = (
    "videresendelse", "videregivelse", "distribution", "offentliggørelse", "udlevering",
)  # fmt: skip
WITHHELD_ENGLISH = (
    "circulation", "distribution", "publication", "forwarding", "forwarded", "forward",
    "circulated", "circulate", "distributed", "distribute", "shared", "share", "published",
    "publish",
)  # fmt: skip
# Or it names who alone may read it: "(Lukket - kun til rådets medlemmer)", "Fortroligt – kun
# for udvalgets medlemmer", "Closed - members only". The readers' noun after "kun til"/"kun for"
# (a word or two of whose members between: "rådets", "de valgte"); the English before "only".
# Such a note keeps the text from the public as "må ikke videregives" does (folded).
READERS_ONLY_NOUNS = ("medlemmer", "medlemmerne", "members")

# The closed record a closed point's minutes are kept in, named by a notice after its closing
# ("Punktet er behandlet i lukket møde. Referatet fremgår af den lukkede protokol.", "Taken in
# closed session. The decision is recorded in the confidential minutes.") or as the label of
# the withheld text itself ("Lukket protokol: …", "Confidential minute: …"): a closed status
# word, then the noun of a record. Folded. (An attachment is no record of the point: "Fortrolige
# bilag: …" withholds the attachment, the point stays open.)
CLOSED_RECORD_STATUS = (
    "lukket", "lukkede", "fortrolig", "fortroligt", "fortrolige", "closed", "confidential",
    "exempt", "restricted",
)  # fmt: skip
CLOSED_RECORD_NOUNS = (
    "protokol", "protokollen", "protokollat", "protokollatet", "referat", "referatet",
    "beslutningsprotokol", "beslutningsprotokollen", "beslutning", "beslutningen", "minute",
    "minutes", "minute book", "record", "decision", "resolution",
)  # fmt: skip

# The names an agenda system's XML export gives its parts (see indexer.read). No schema is
# shared between systems, but an element's or attribute's name says in Danish or English what
# it holds, mostly spelled without Danish letters ("Loebenummer", "Offentliggoerelse"): compared
# by ``fold``, separators left out.
# A point's number: "nr", "nummer", "number", alone or after what it numbers ("punktnr",
# "løbenummer", "ItemNo", "agendaItemNumber"). A sort key ("sortOrder", "sekvens", "position")
# is no number: it may count in tens, and the point's number stands beside it.
XML_NUMBER_WORDS = ("nr", "nummer", "number", "no", "num")
XML_NUMBER_LEADS = (
    "punkt", "pkt", "dagsordenspunkt", "dagsordenspkt", "lobe", "lb", "item", "agendaitem",
    "point",
)  # fmt: skip
# An element named as an agenda point ("<AgendaItem>", "<Dagsordenspunkt>", "<punkt>"): with a
# title child it is a point even where no number-named field numbers it (see indexer.xmlnames'
# ``unnumbered_points``).
XML_POINT_NAMES = frozenset({
    "punkt", "dagsordenspunkt", "dagsordenpunkt", "dagsordenspkt", "agendaitem", "agendapoint",
    "item", "point", "meetingitem",
})  # fmt: skip
# A sort key's name ("SortNumber", "sortOrder", "Sortering", "Rækkefølge"): the order the system
# shows the points in. It numbers an unnumbered point only where the keys count one by one.
XML_SORT_NAMES = frozenset({
    "sortnumber", "sortnr", "sortno", "sortorder", "sortering", "sorteringsnummer",
    "sortkey", "sort", "rakkefolge", "sekvens", "sequence", "sequenceno", "sequencenumber",
    "position", "orden", "order", "ordering", "index",
})  # fmt: skip
# A yes/no field's name may ask its question ("IsPublic", "erOffentlig", "isClosed"): what
# follows the lead is the closed or public word read as such.
XML_FLAG_LEADS = ("is", "er")
# Names that stamp the file itself, not the meeting: when the system exported, made or printed
# it ("eksporteret="2024-02-29T07:45:00"", "exportedAt", "<Genereret>"). Left out, so that date
# is never read as the meeting's; a stamp's word may end in when ("exportedAt", "createdOn",
# "eksportdato", "generatedTime").
XML_FILE_STAMP_NAMES = frozenset({
    "eksporteret", "exported", "eksport", "export", "genereret", "generated", "oprettet",
    "created", "udskrevet", "printed", "timestamp", "tidsstempel", "dannet", "udtrukket",
    "extracted",
})  # fmt: skip
XML_STAMP_ENDINGS = ("at", "on", "dato", "date", "tid", "time", "tidspunkt", "datetime")
# A point's title: "Titel", "Overskrift", "Emne", "Title", "Heading", "Subject", alone or after
# what it titles ("Punkttitel", "Sagsoverskrift", "ItemTitle"); not a subtitle ("Undertitel").
XML_TITLE_WORDS = ("titel", "title", "overskrift", "heading")
XML_TITLE_NAMES = ("emne", "subject", "name", "caption")
XML_SUBTITLE_LEADS = ("under", "sub")
# A run of a field's text ("<Tekst>", "<afsnit>", "<p>", "<Indhold>"): the text, never a
# labelled fact ("tekst: Godkendt.").
XML_TEXT_NAMES = frozenset({
    "tekst", "text", "txt", "afsnit", "p", "para", "paragraph", "linje", "line", "brodtekst",
    "indhold", "content", "body",
})  # fmt: skip
# Whether a point is closed, by an attribute or a child element: a yes under a closed word
# ("lukket="true"", "<Fortrolig>ja</Fortrolig>"), a no under a public one ("offentlig="nej"",
# "<Public>false</Public>").
XML_CLOSED_NAMES = frozenset({"lukket", "closed", "fortrolig", "confidential", "exempt"})
XML_PUBLIC_NAMES = frozenset({
    "offentlig", "public", "aben", "open", "publiceres", "published", "publiceret",
    "offentliggores", "offentliggjort",
})  # fmt: skip
# A child element that says who may read the point in words ("<Offentliggoerelse>Undtaget fra
# offentlighed – …</Offentliggoerelse>", "<Adgang>Lukket</Adgang>"): its text is read as the
# status line it would be in a text.
XML_ACCESS_NAMES = frozenset({
    "status", "adgang", "access", "offentlighed", "offentliggorelse", "offentlig", "abenhed",
    "synlighed", "visibility", "klassifikation", "classification", "publicering", "publication",
    "fortrolighed", "confidentiality", "lukket", "fortrolig",
    # Where the point is shown: "<Visning>offentlig</Visning>", "Visning: Intern".
    "visning", "display",
})  # fmt: skip
# The value of a field that says who may see a point ("<Visning>intern</Visning>", "Adgang:
# Internt", "Visibility: Internal"): shown to the council's own people only, never to the
# public, so the point is closed. Only under such a field (see INTERNAL_ACCESS_LABELS): an
# "internal" elsewhere names the matter ("Intern revision", "Status: Intern orientering").
INTERNAL_ACCESS_VALUES = frozenset({
    "intern", "internt", "interne", "kun intern", "kun internt", "internal", "internal only",
})  # fmt: skip
# The fields (folded names, an XML element's or a label's) whose "internal" closes: those that
# name who may see the point, not a generic "status" or how it is dealt with.
INTERNAL_ACCESS_LABELS = frozenset({
    "adgang", "access", "offentlighed", "synlighed", "visibility", "klassifikation",
    "classification", "visning", "display", "publicering", "publication",
})  # fmt: skip

# Whose field a status label names, before the label: "Punktets status: ☐ Åben ☒ Lukket",
# "Sagens adgang: Lukket", "Item's status: Closed" (folded). The label says what it says
# without them.
STATUS_LABEL_OWNERS = (
    "punktets", "sagens", "dagsordenspunktets", "emnets", "item's", "the item's", "matter's",
)  # fmt: skip

# A point shielded from the public, as case systems name a restricted case: "Skærmet punkt",
# "Skærmet sag", "Status: Skærmet". In a title only with its noun after it: "skærmet" alone
# also names sheltered work ("Skærmet beskæftigelse - takster"), a matter, no status.
SHIELDED_WORDS = ("skærmet",)
SHIELDED_NOUNS = ("punkt", "sag", "dagsordenspunkt")

# The same in English minutes, as a council marks an item kept from the public: "Restricted
# item", "Restricted item - exempt from publication (personal data)", "Access: Restricted". Alone
# only as a whole status line; as a mark beside a title only with its noun after it:
# "restricted" also names a matter ("Restricted parking in the old town").
RESTRICTED_WORDS = ("restricted",)
RESTRICTED_NOUNS = ("item", "session", "matter", "business")

# The published edition of the minutes that a closed point is left out of ("Udeladt af den
# offentlige udgave", "Udgår af det offentlige referat", "Minute withheld from the public
# version"): the Danish nouns after "offentlige", the English after "public". A line that says
# the point or its minute is left out of it closes the point (see indexer.headings).
PUBLIC_EDITION_NOUNS = ("referat", "dagsorden", "udgave", "version")
# What an edition named by "udgave"/"version" is of: "den offentlige udgave af referatet" (the
# definite noun after "af").
PUBLIC_EDITION_OF = ("referatet", "dagsordenen", "protokollen")
PUBLIC_EDITION_ENGLISH = ("version", "minutes", "edition", "record", "agenda")
# The verbs that leave a text out of that edition, Danish before "af"/"fra", English before
# "from".
LEFT_OUT_VERBS = ("udgår", "udeladt", "udelades", "undtaget", "fjernet", "udgået")
LEFT_OUT_ENGLISH = ("withheld", "omitted", "excluded", "removed", "left out")

# Title words that say a file adds points to a meeting's agenda or minutes, besides the
# compounds "Tillægsdagsorden" and "Tillægsreferat": "Supplerende dagsorden til byrådsmødet",
# "Tillæg til dagsorden".
SUPPLEMENT_TITLES = (
    "supplerende dagsorden", "supplerende referat", "tillæg til dagsorden", "tillæg til referat",
    "supplementary agenda",
)  # fmt: skip
# Title words of minutes besides "Referat" and "Beslutningsprotokol": the compounds of a
# meeting's record ("Mødereferat", "Mødeprotokol", the older "Forhandlingsprotokol") and an
# agenda given with its decisions.
MINUTES_TITLES = (
    "mødereferat", "mødeprotokol", "forhandlingsprotokol", "protokol",
    "dagsorden med beslutninger",
    "dagsorden og beslutninger", "dagsorden med beslutning",
    # An English summary of the meeting, as a council writes one for its residents: "Summary of
    # the City Council meeting on …" is its record.
    "summary of the",
)  # fmt: skip

# Words that date the record itself, not the meeting, when written before a date in the
# minutes' title lines: "Draft minutes circulated on 25 March 2025", "Referatet er udsendt den
# 14.03.2025", "Referat godkendt 10/4-2025". Such a date is never the meeting's.
RECORD_DATE_WORDS = frozenset({
    "udsendt", "udsendes", "fremsendt", "rundsendt", "godkendt", "underskrevet",
    "offentliggjort", "publiceret", "circulated", "distributed", "sent", "approved", "published",
    "signed", "issued",
    # The document's own dates as a case system labels them: "Udsendelsesdato: …", "Dato for
    # udsendelse: …", "Oprettet: …", "Revideret: …", "Journaldato: …", "Version: …".
    "udsendelse", "udsendelsesdato", "publiceringsdato", "oprettet", "oprettelsesdato",
    "revideret", "revisionsdato", "journaldato", "version", "created", "revised",
    # The sending named as a noun in the definite, as a supplement's note on its points says it
    # ("… optaget efter udsendelsen den 3. december"): the day the agenda went out.
    "udsendelsen", "fremsendelsen", "offentliggørelsen", "publiceringen",
})  # fmt: skip
# Words that date the file itself, before a date in its header: when it was exported, printed,
# generated or last changed ("exported: 2024-12-09T10:42:17+01:00" in a Markdown export's front
# matter, "Udskrevet 12.03.2025", "Last updated: …"), never when the board met. ("Udskrift af
# forhandlingsprotokollen …" opens a title and is not one of them.)
FILE_MADE_DATE_WORDS = frozenset({
    "eksporteret", "exported", "produceret", "produced", "udtrukket", "udskrevet", "printet",
    "printed", "udskriftsdato", "genereret", "generated", "opdateret", "updated", "modified",
})  # fmt: skip
# Words that date something else than the meeting, before a date in its header: a deadline
# ("Frist for bemærkninger: 10. marts 2025", "Høringsfrist …") or the next meeting ("Næste møde:
# 14. maj 2025").
OTHER_DATE_WORDS = frozenset({
    "frist", "fristen", "svarfrist", "høringsfrist", "ansøgningsfrist", "tilmeldingsfrist",
    "deadline", "næste", "next",
})  # fmt: skip

# The links a municipality's web site prints under every page, beside its address, each alone
# or between separators ("Kontakt | Tilgængelighedserklæring | Cookies"), and how the line of
# a link may begin ("Følg os på Facebook", "Drevet af …"): such lines after the last point are
# the site's footer, not the point's text (see indexer.parse).
SITE_FOOTER_LINKS = frozenset({
    "kontakt", "kontakt os", "tilgængelighedserklæring", "tilgængelighed", "privatlivspolitik",
    "cookiepolitik", "cookie- og privatlivspolitik", "cookies", "persondatapolitik",
    "persondata", "databeskyttelse", "åbningstider", "sitemap", "om hjemmesiden", "nyhedsbrev",
    "accessibility statement", "accessibility", "privacy policy", "cookie policy", "contact",
    "contact us", "opening hours",
    # A page's own links and its owner's label beside them ("↑ Til toppen · Sideejer: …").
    "til toppen", "tilbage til toppen", "back to top", "sideejer", "sideansvarlig",
    "rapportér fejl", "rapportér fejl på siden", "report an error", "page owner",
    # The page's editor ("Ansvarlig redaktør: Sekretariatet for Kultur og Fritid").
    "ansvarlig redaktør", "webredaktør", "responsible editor",
})  # fmt: skip
# ("Følg os på Facebook · Instagram · LinkedIn": beside such an opening, the line's other short
# parts are the site's links too; "Senest opdateret 6. oktober 2025": when the page was edited.)
SITE_FOOTER_LINK_OPENINGS = (
    "følg os", "follow us", "drevet af", "powered by", "copyright", "©", "senest opdateret",
    "sidst opdateret", "last updated",
)  # fmt: skip
# What the minutes write after the meeting's last point about the record itself, not about the
# point: who took them, that they were approved, signed, sent or published, when the board next
# meets, whom to contact. A line of such sentences (and the site's footer beside it) that ends
# the document is no text of the last point (see indexer.parse._closing_block): read as its
# text, "Referatet er godkendt digitalt …" or "Next meeting: …" was quoted in answers about it.
# Each opens the line or one of its sentences; the record's nouns and the verbs said of them:
CLOSING_RECORD_NOUNS = (
    "referatet", "referat", "protokollen", "beslutningsprotokollen", "dagsordenen", "dagsorden",
    "minutes", "the minutes", "these minutes", "this summary", "the summary",
)  # fmt: skip
CLOSING_RECORD_VERBS = (
    "godkendt", "underskrevet", "udsendt", "offentliggjort", "publiceret", "approved", "signed",
    "circulated", "published", "distributed", "sent",
    # What will be done with the record ("Referatet offentliggøres efter mødet på …").
    "offentliggøres", "udsendes", "publiceres",
)  # fmt: skip
# An e-mail's disclaimer under the minutes it carries ("Denne e-mail kan indeholde fortrolige
# oplysninger. Er du ikke den rette modtager, …"): it opens with the message and speaks of its
# confidentiality or its recipient. No text of the last point (a closing line).
MAIL_DISCLAIMER_OPENINGS = (
    "denne e-mail", "denne email", "denne mail", "denne meddelelse", "denne besked",
    "e-mailen", "mailen", "this e-mail", "this email", "this message",
)  # fmt: skip
MAIL_DISCLAIMER_WORDS = (
    "fortrolig", "modtager", "tavshedspligt", "confidential", "recipient", "intended",
)  # fmt: skip
# The sign-off a mail or a letter closes with, on a line of its own ("Med venlig hilsen",
# "Kind regards"): the lines under it are the sender's signature, the authority the sender
# writes for among them (see indexer.parse). Folded, without the comma after it.
SIGN_OFFS = frozenset({
    "med venlig hilsen", "venlig hilsen", "med venlige hilsner", "venlige hilsner", "mvh",
    "de bedste hilsner", "bedste hilsner", "bedste hilsen", "hilsen", "kind regards",
    "best regards", "regards", "yours sincerely", "yours faithfully",
})  # fmt: skip
# A stamp that opens a line with the date the record was sent or published ("Udsendt 5.
# februar 2025 af Sekretariatet", "Published October 14, 2024"); a date must follow.
CLOSING_STAMP_WORDS = (
    "udsendt", "offentliggjort", "publiceret", "published", "issued", "circulated",
    "page last updated", "last updated", "sidst redigeret", "senest redigeret", "side opdateret",
    "sidst opdateret", "senest opdateret",
)  # fmt: skip
# The system a record was made by, after its last point ("Genereret af FirstAgenda",
# "Udskrevet fra Prepare"): a few words of a name follow.
CLOSING_SOURCE_STAMPS = (
    "genereret af", "genereret fra", "udskrevet fra", "eksporteret fra", "generated by",
    "printed from", "exported from",
)  # fmt: skip
# Who approved the minutes for the board ("Godkendt af formanden 24.02.2025"): the chair,
# not the board deciding the point ("Godkendt af udvalget" is a decision).
CLOSING_APPROVERS = ("formanden", "forkvinden", "forpersonen", "the chair", "the chairman")
# The next meeting, as a line opens with it ("Næste møde: …", "Næste bestyrelsesmøde afholdes
# …", "The next council meeting is on …"); "Sagen genoptages på næste møde" opens otherwise and
# stays. Danish writes the kind of meeting into the word (byrådsmøde), English before it.
NEXT_MEETING_OPENINGS = ("næste", "next", "the next")
# Who took the minutes and whom to ask, as labels ("Referent: …", "Contact: …").
CLOSING_LABELS = (
    "referent", "ref.", "minutes taken by", "minute taker", "minute-taker", "kontakt", "contact",
    "questions about this summary", "spørgsmål til referatet",
)  # fmt: skip
# The roles a member signs the minutes with, after the name ("Jørgen Aabo, formand"): a line
# of only that at the end of the minutes is a signature, not the point's text.
SIGNATURE_ROLES = frozenset({
    "formand", "forkvinde", "forperson", "næstformand", "borgmester", "direktør",
    "adm. direktør", "sekretær", "referent", "chair", "chairman", "chairperson", "secretary",
})  # fmt: skip
# Titles of a last point that is about the next meeting or the minutes themselves: there such
# lines are the point's own text ("Næste møde" over "Næste møde: 4. april").
CLOSING_TOPIC_TITLES = ("næste møde", "next meeting", "mødeplan", "mødedatoer", "mødekalender")
# The label of a sheet of the members' signatures after the last point ("Underskriftsblad"
# over their names): from it to the end, no text of the point.
SIGNATURE_SHEET_LABELS = frozenset({
    "underskriftsblad", "underskriftsside", "underskrifter", "signaturer", "signatures",
    "signature page",
})  # fmt: skip

# A page's link back to its own top: on a line of links, it says the line is the page's
# navigation, whatever its other links are called ("Til toppen · Alle møder").
PAGE_TOP_LINKS = frozenset({"til toppen", "tilbage til toppen", "back to top", "to the top", "top"})

# The links an agenda system prints beside each point of a meeting's page ("Vis sagsforløb",
# "Se tidligere behandlinger", "Skjul bilag", "Show case history"): a verb that opens or shuts
# something, then what of the case it shows. A line that is only such a link is the page's
# furniture, never a point's title or text (see indexer.read). Both lists are needed: "Vis" alone
# may open a title ("Vis hensyn i trafikken"), and "Bilag" alone is a section's heading.
AGENDA_LINK_VERBS = frozenset({
    "vis", "se", "skjul", "åbn", "luk", "fold", "hent", "download", "show", "view", "hide",
    "open", "close", "expand", "collapse",
    # A print button beside each point ("Print punkt", "Udskriv sagen", "Print item").
    "print", "udskriv",
})  # fmt: skip
AGENDA_LINK_OBJECTS = frozenset({
    "sagsforløb", "sagsforløbet", "sagens forløb", "forløb", "historik", "sagshistorik",
    "behandlinger", "tidligere behandlinger", "behandlingsforløb", "alle behandlinger",
    "bilag", "alle bilag", "bilagene", "dokumenter", "sagens dokumenter", "sag", "sagen",
    "detaljer", "beslutning", "beslutninger", "punkt", "punktet", "case history", "history",
    "bilag til punktet", "alle bilag til punktet", "bilag til sagen", "alle bilag til sagen",
    "details", "attachments", "documents", "case", "decision", "item",
    # An accordion's toggle over every point's text ("Skjul sagsfremstillinger"); in the
    # singular it is a body's reference ("Se sagsfremstillingen."), no link.
    "sagsfremstillinger", "alle sagsfremstillinger",
    # The same toggle over the points themselves ("Vis alle punkter   Skjul alle punkter",
    # "Expand all items"): a line of such links alone ("Vis punkter 3 og 4." says more).
    "punkter", "alle punkter", "items", "all items",
})  # fmt: skip
# The links that step from one point's page to the next ("Forrige punkt | Næste punkt").
AGENDA_STEP_LINKS = frozenset({
    "forrige punkt", "næste punkt", "forrige sag", "næste sag", "previous item", "next item",
})  # fmt: skip

# How the post of a municipality's staff ends, written before the name in an attendance list
# ("Desuden deltog: direktør Ole Berg, afdelingschef Mette Lind, Sundhedskonsulent Eva Dam"):
# the attendee's role, not part of the name (see indexer.parse).
STAFF_TITLE_ENDINGS = (
    "direktør", "chef", "leder", "konsulent", "sekretær", "rådgiver", "koordinator",
    "fuldmægtig", "specialist", "medarbejder", "referent", "director", "manager", "officer",
    "secretary", "adviser", "advisor",
)  # fmt: skip

# Roles of one who sits in for a member ("stedfortræder Jan Ulstrup (O)", "suppleant Per Dam"):
# written before the name, they are the role held at this meeting, never part of the name.
STAND_IN_ROLES = frozenset("stedfortræder suppleant substitute deputy vikar".split())

# Words of an account of what was done, not of a title: what a meeting did with a point
# ("Drøftet og aftalt", "Taget til efterretning", "Orientering givet") and the verbs of a
# sentence ("Sagen blev drøftet"). A line with one under a closed point's mark is its body, never
# its title (see indexer.parse).
ACCOUNT_WORDS = frozenset(
    """
    godkendt godkendte drøftet drøftede taget tog tiltrådt tiltrådte vedtaget vedtog besluttet
    besluttede aftalt aftalte behandlet behandlede orienteret orienterede givet gav anbefalet
    anbefalede afvist afviste udsat udsatte noteret noterede bevilget bevilgede oplyst oplyste
    meddelt meddelte forelagt forelagde konstateret konstaterede blev bliver er var har havde
    skal skulle vil ville kan kunne
    approved agreed discussed noted deferred rejected decided adopted endorsed was were is are
    has had will
    """.split()
)

# Function words that vote for a question's language (see api.retrieval.question). Not "at"
# and "for": function words of both languages ("at Quality Hotel", "at blive") vote for neither.
DANISH_FUNCTION_WORDS = frozenset(
    """
    og i det der en et til om på de den som af med er var har blev hvad hvem hvornår
    hvordan hvilke hvilken hvor hvorfor skal kan ikke vi jeg direktionen besluttet blev mødet
    """.split()
)
ENGLISH_FUNCTION_WORDS = frozenset(
    """
    the a an and of to in on with is was were are what who when how which why did does do
    has have had about board meeting decided decide
    where can could will would should there this that they we our their from been its
    """.split()
)

# Words that say what kind of answer is wanted or how a question is put, in either language.
# They are left out when a question's topic is compared with the evidence: "besluttet" or
# "how much" is in the question because it asks, not because the point must say it.
ASKING_WORDS = frozenset(
    """
    besluttede besluttet beslutte beslutning beslutningen beslutninger truffet truffne vedtog
    vedtaget godkendt godkendte
    bevilget bevilgede bevilliget bevilligede granted
    godkende tiltrådte tiltrådt konkluderede aftalt landede landet sagde sige status skete
    ske sket drøftet drøftede behandlet behandlede oppe nede står stod handler handlede nyt nye
    ny seneste senest sidst sidste tid gennem tiden hvordan hvorfor kom kommet blive bliver
    decided decide decision decisions approve approved agree agreed back backed say said yes
    choose chose conclude concluded endorse endorsed resolve resolved outcome happened happen
    latest status dealt discussed discuss tell know about regarding concerning anything any
    fik ja nej hvad hvem hvornår hvilke hvilken hvilket mon egentlig ift vedr vedrørende angående
    iflg ifg ifm pga ha ifht iht mht vha jf jvf dvs pt mlm besl
    afgjort afgjorde færdigbehandlet færdigbehandlede faerdigbehandlet price prices
    nævner nævnes nævne nævnt mentions datoer
    senere later adresse adressen address pengene come came
    udfald udfaldet udfaldene resultat resultatet konklusion konklusionen up deciding decides
    meningen
    omkring ang please give show find list name mention mentioned sag sagen sagsnr sagsnummer
    sagsnummeret case punkt punktet pkt item stort stor store høj tit ofte langt længe penge
    much many big large high share long often cost costs koster kostede kendetegner
    kendetegn karakteriserer koste betale betaler betales pay pays paid kommer
    kroner kubikmeter kvadratmeter procent gange endte talk talked snakke snakkede snakket
    lød lyder frist fristen tidsfrist tidsfristen deadline deadlines
    stede mødte
    indeholder board executive management directors meeting meetings minutes møde mødet møder
    mødets referat referatet referaterne afbud afbuddet deltog deltagere mødedeltagere
    fraværende fremmødt mødested meldt meldte sent apologies absent attendees attended present
    venue held deal deals handled covered fremlagde fremlagt fremlægge præsenterede præsenteret
    præsentere presented present
    forår foråret sommer sommeren efterår efteråret vinter vinteren spring summer autumn winter
    forårets sommerens efterårets vinterens
    nytår nytåret årsskiftet årsskifte
    resten rest remainder beløb beløbet beløbene summen andel andelen procentdel proportion
    dagsordenspunkt dagsordenspunktet dagsordenspunkter dagsordenspunkterne
    items points punkter punkterne summarise summarize summary opsummer opsummere sammenfat
    midten starten slutningen begyndelsen udgangen took take taking part participated
    udvalget udvalgets rådet rådets mente mener synes syntes holdning holdningen opinion view
    agenda agendas dagsorden dagsordenen overblik overblikket rundown recap tak thanks
    år året årets årligt næste kommende måned måneden year years yearly annual annually next
    foreslåede omtalte nævnte førnævnte pågældende
    tovholder tovholderen tovholdere tovholderne
    kommunen kommunens
    """.split()
)

# Verbs that ask, apart from the words between them and their question word, which stay the
# question's (the verb is group 1 or 2): "hvor skal boligerne ligge", "where will the depot be
# located" ask a place; "hvad har udvalget gjort ved …" asks what was done (who did it is
# named between).
ASKING_VERBS_RE = re.compile(
    r"\b(?:hvor|where)\b[^?.!]{0,80}?\b(ligge|ligger|placeres|placeret|placere|lokaliseres|"
    r"located|situated|placed|sited)\b"
    r"|\bhvad\s+(?:har|havde)\b[^?.!]{0,60}?\b(gjort)\b",
    re.IGNORECASE,
)

# Phrases of asking or deciding whose words are no topic on their own ("har direktionen taget
# stilling til …" asks for a decision; "stilling" alone may be a post).
ASKING_PHRASES_RE = re.compile(
    r"\bt(?:age|ager|aget|og)\s+stilling\b|\bta(?:ke|kes|king|ken|ok)\s+(?:a\s+)?(?:stand|position)\b"
    # "hvem fra administrationen deltog": where the asked people come from says what kind of
    # answer is wanted (as "hvilken direktør" does), not what the point is about.
    r"|\bhvem\s+fra\s+\w+|\bwho\s+from\s+(?:the\s+)?\w+"
    # "hvor mange penge regner de med at bruge", "how much do they expect to spend": what is
    # reckoned with asks for the figure planned, no matter.
    r"|\bregne(?:r|de|t)?\s+(?:[\wæøå]+\s+){0,2}?med\b|\bexpect(?:s|ed|ing)?\s+to\b"
    # "hvor mange penge bruger kommunen i alt": a total asks for the sum, it is no matter.
    r"|\bi\s+alt\b|\bin\s+total\b"
    # "gennem årene", "over the years": a matter over time (see HISTORY_CUES), no matter.
    r"|\bgennem (?:tiden|årene)\b|\bover (?:the )?years\b|\bover time\b|\bacross the years\b"
    # "hvad gjorde direktionen under …", "hvad har de gjort ved …": what was done, asked; the
    # matter is elsewhere.
    r"|\bhvad\s+(?:gjorde|gør)\b"
    # "hvad kom de frem til": what they concluded, the matter is elsewhere.
    r"|\bk(?:om|omme|ommer|ommet)\s+(?:\w+\s+)?frem\s+til\b"
    # "hvad blev der talt om", "what did they talk about": what was said is asked, the matter
    # is elsewhere (minutes write "drøftede", never "talte om").
    r"|\b(?:talt|talte|snakket|snakkede|snakke|tale)\s+om\b|\btalk(?:ed|ing)?\s+about\b"
    # "kort opsummering af mødet", "a short summary of …": the form the answer should take.
    r"|\b(?:kort\s+|brief\s+|short\s+)?(?:opsummering|opsummer(?:e|er)?|sammenfatning|resumé|"
    r"summary|summari[sz]e|sum up|rundup|round-?up|run-?down)\b"
    # "hvor dyr bliver broen", "how expensive": asks what it costs, "dyr" is no matter.
    r"|\bhvor\s+dyr[te]?\b|\bhow\s+expensive\b"
    # "hvor stærkt må man køre", "how fast", "hvor lang transporttid": the degree asked is a
    # measure of the matter that follows, no matter itself.
    r"|\bhvor\s+(?:st(?:æ|ae)rkt|hurtigt?|langsomt|bred[te]?|dyb[te]?|tung[te]?|gammel|gamle|"
    r"tidligt|sent|varm[te]?|kold[te]?|t(?:æ|ae)t|lang[et]?|l(?:æ|ae)nge|stor[te]?|h(?:ø|oe)j[te]?|"
    r"lav[te]?|sm(?:å|aa)|lille|tit|ofte)\b"
    r"|\bhow\s+(?:fast|quickly|slow|slowly|wide|deep|heavy|old|early|late|warm|cold|close|often|"
    r"long|far|big|large|high|low|small|soon|tall)\b"
    # "hvilke dage og tidspunkter", "hvornår på døgnet", "at what time": the times asked for
    # (see TIMES_ASKED_CUES), no matter.
    r"|\b(?:hvilke|på hvilke|which|what|at what)\s+(?:(?:uge|hver)?dage|tidspunkter?|times?|days?|"
    r"weekdays|hours|eftermiddage|formiddage|aftener|morgener|afternoons|evenings|mornings)(?:\s+(?:og|and)\s+(?:tidspunkter?|times?|klokkesl(?:æ|ae)t|hours))?\b"
    r"|\bhvilket\s+(?:tidspunkt|klokkesl(?:æ|ae)t)\b|\bp(?:å|aa)\s+d(?:ø|oe)gnet\b"
    # "gave the green light", "fik grønt lys": approval asked, as "godkendt" asks it.
    r"|\bgreen[\s-]+light(?:ed)?\b|\bgr(?:ø|oe)nt\s+lys\b"
    # "i morgen", "i dag": the asker's day, no matter ("Morgendagens børne- og ungeliv" does
    # not hold "i morgen"). ("tomorrow" stays: an English word no minutes can be searched for
    # weighs against a point that holds only a name, see evidence.UNREAD_WEIGHT.)
    r"|\bi\s+(?:morgen|overmorgen|dag|går|aften|nat)\b"
    # "afgjort ugen efter", "decided the week after": a time counted from the meeting asked
    # about, no matter.
    r"|\b(?:ugen|dagen|måneden|mødet)\s+(?:efter|før|inden)\b"
    r"|\bthe\s+(?:week|day|month|meeting)\s+(?:after|before)\b"
    # "… kort fortalt", "in short": how long the answer should be, no matter.
    r"|\bkort\s+(?:fortalt|sagt)\b|\bin\s+(?:short|brief)\b|\bbriefly\b"
    # "skal den videre nogen steder", "is it going anywhere": where to, no matter.
    r"|\b(?:nogen|andre)\s+steder\b|\bnoget\s+(?:andet\s+)?sted\b|\banywhere\b|\bsomewhere\b"
    r"|\belsewhere\b"
    # "main decisions pls", "de vigtigste beslutninger tak": courtesy and which of the answer
    # matters most, no matter.
    r"|\b(?:pls|plz|please|tak)\b|\b(?:main|key|most\s+important|vigtigste)(?=\s+"
    r"(?:decisions?|beslutning(?:er|erne)?|points?|items?|punkter)\b)"
    # "i store/grove træk", "groft sagt", "in broad strokes", "in a nutshell": as above.
    r"|\bi\s+(?:store|grove|korte)\s+tr(?:æ|ae)k\b|\bgroft\s+sagt\b|\boverordnet\s+set\b"
    r"|\bin\s+(?:broad\s+(?:strokes|terms|outline)|a\s+nutshell|outline)\b|\bbroadly\s+speaking\b"
    # "dir-mødet", "ØU-mødet": a meeting named by its board's short form is a time, no matter.
    r"|\b\w+-m(?:ø|o|oe)de(?:t|r|rne)?\b|\b\w+-meeting\b"
    # "hvad blev sendt videre til chefforum", "what was passed on to the council": where it
    # went is asked; the forum named is the matter, the sending is how the minutes put it
    # ("Chefforum skal drøfte …").
    # ("sendte direktionen videre": the subject may stand between.)
    r"|\b(?:sendt|sendes|sende|sender|sendte)\s+(?:[\wæøå]+\s+){0,2}?videre\b|\bvideresend\w*"
    r"|\b(?:sent|passed|handed)\s+on\b|\bforward(?:ed|s)?\s+to\b"
    # "efter sommerferien", "before Christmas": a time counted from a holiday, no matter (as a
    # season); "åbningstider i påsken" keeps the holiday, a time the point must speak of.
    r"|\b(?:efter|før|foer|inden|indtil|siden|after|before|until|since)\s+(?:the\s+)?"
    r"(?:(?:sommer|jule|påske|paaske|efterårs|efteraars|vinter|skole)ferie(?:n)?|jul(?:en)?|"
    r"påske(?:n)?|paaske(?:n)?|nytår(?:et)?|nytaar(?:et)?|(?:summer|christmas|easter|winter|"
    r"autumn|school)\s+(?:holidays?|break)|christmas|easter|new\s+year)\b"
    # "i stedet for kold mad", "instead of": what is set against the matter is said with it;
    # the phrase itself names nothing.
    r"|\bi\s+stedet\s+for\b|\binstead\s+of\b"
    # "hver dag", "every week": how often, no matter (as "i dag").
    r"|\bhver\s+(?:dag|uge|måned|maaned|morgen|aften)\b|\bevery\s+(?:day|week|month|morning|evening)\b"
    # "findes der et sted, hvor …", "is there a place where …": whether there is one is asked.
    r"|\bf[ai]nd(?:es|tes)\s+der(?:\s+(?:et|nogen|noget)\s+sted(?:er)?)?\b"
    r"|\b(?:is|are)\s+there\s+(?:a|any)\s+place(?:s)?\b"
    # "holder bussen op med at køre": whether something stops is asked; the matter is what.
    r"|\bhold(?:e|er|t)\b(?=(?:\s+[^\W\d_]+){0,2}\s+op\s+med\b)"
    # "min mor", "vores børn", "my daughter": for whom a citizen asks, no matter of a point.
    r"|\b(?:min|mit|mine|vores|our|my)\s+(?:mor|far|forældre|foraeldre|søn|soen|datter|barn|"
    r"børn|boern|mand|kone|familie|bedstemor|bedstefar|mother|father|parents|son|daughter|"
    r"child|children|kids|husband|wife|family|grandmother|grandfather)\b"
    # "hvad kommer det til at koste ekstra", "cost extra": a cost asked, no matter.
    r"|(?<=koste )ekstra\b|(?<=koster )ekstra\b|(?<=cost )extra\b"
    # "var der noget direktionen bad om", "what did they ask for": a request is asked; the
    # matter is what follows ("bad" alone would be a bath).
    r"|\b(?:bad|bede|beder|bedt|bedes)\s+om\b|\bask(?:ed|s)?\s+for\b"
    # "… tak", "please …": courtesy, no matter.
    r"|\btak\s*[?.!]*$|\bplease\b"
    # "hvor meget dyrere bliver vandet", "how much cheaper": the comparison asks for the
    # amount of the change, the matter is what follows.
    r"|\b(?<=hvor meget )[a-zæøå]{2,}ere\b|\b(?<=how much )[a-z]{2,}er\b",
    re.IGNORECASE,
)

# Where a matter was taken up, not what it is: "hvad blev besluttet på seminaret", "what was
# agreed at the workshop". The occasion is dropped from a question's topic when other words
# name the matter ("politikkoncept - hvad blev besluttet på seminaret"), kept when it is all
# the question names ("hvad skete der på temadagen"). "efter seminaret", "before the workshop"
# place the matter in time the same way.
OCCASION_RE = re.compile(
    r"\b(?:på|paa|ved|under|at|during|efter|after|før|inden|before|siden|since)\s+"
    r"(?:the\s+|this\s+|that\s+)?"
    r"([a-zæøå]*(?:seminar(?:et)?|workshop(?:pen)?|konference(?:n)?|conference|temadag(?:en)?|"
    r"temamøde(?:t)?|away-?day))\b",
    re.IGNORECASE,
)
# A question for what went on at the occasion: then it is the matter.
OCCASION_ASKED_RE = re.compile(
    r"\bhvad (?:skete|foregik|sket) (?:der )?\b|\bwhat (?:happened|went on|took place)\b|"
    r"\bhvordan (?:så|gik|forløb) (?:dagen|det)\b|\bprogram",
    re.IGNORECASE,
)

# Bodies whose meetings are minuted. A question that names one asks about that body: its
# meetings, or points that name it. Stems and heads, matched against folded words.
BOARD_WORD_RE = re.compile(
    r"\b(?:(?:[a-zæøå]+-? og )?[a-zæøå]+udvalg(?:et|s|ets)?|"
    # An adjective before "udvalg" names one too: "Teknisk Udvalg", "Socialt Udvalg".
    r"[a-zæøå]+(?:isk|iske|ig|ige|lig|lige|t)\s+udvalg(?:et|s|ets)?|byr(?:å|aa)d(?:et|ets|s)?|"
    r"kommunalbestyrelse(?:n|ns)?|"
    r"regionsr(?:å|aa)d(?:et|ets)?|direktion(?:en|ens|s)?|borgerrepr(?:æ|ae)sentation(?:en|ens)?|"
    # A council named in its definite form: "Ældrerådet", "Handicaprådets"; not an area
    # ("ældreområdet" holds "råd") nor advice ("frarådet", "tilrådet").
    r"[a-zæøå]{3,}(?<!om)(?<!fra)(?<!til)(?:råd|raad)(?:et|ets)|"
    r"magistrat(?:en|ens)?|bestyrelse(?:n|ns)?|"
    r"(?:city|municipal|regional) council|(?:[a-z]+ )?committee)"
    # The board's meeting names the board: "direktionsmødet", "byrådsmøde", "udvalgsmøderne".
    # Typed without æøå too ("byraadet", "direktionsmoedet").
    r"(?:(?:møde|moede)(?:t|ts|r|rne)?)?\b",
    re.IGNORECASE,
)
# Short forms staff type for a board, as whole words ("dir. møde 30/4", "hvad sagde dir"). Only
# forms no other word shares: "ØU-sager" are the finance committee's cases, not a board asked.
# The shortenings every Danish municipality uses for its boards ("ØU", "KB"), not a committee's
# local initials (those differ from one municipality to the next).
BOARD_ABBREVIATIONS: dict[str, str] = {
    "dir": "direktion",
    "øu": "økonomiudvalg",
    "kb": "kommunalbestyrelse",
}
# Labels before a point's number in English minutes, besides "Item" and "Point" (written into
# indexer.headings' point pattern), as the English of a Danish "Punkt", "Pkt." or "Sag": a
# British-style council numbers each minute ("Minute 14. Approval of the agenda"), an English
# edition of Danish minutes names each point a matter or a case ("Matter 29 – Approval of the
# agenda", "Case 4: Budget"), or an agenda point. The label and its number ("No. 4") are the
# point's number, never its title. Read only with a separator after the number and a title, so
# that "Minute 5 of the last meeting was corrected" or "case 12/345" stays a sentence of a body
# or a case number. (A space inside a label is any run of blanks.)
ENGLISH_POINT_LABELS = ("Minute", "Matter", "Case", "Agenda point")
# The English "nr.": "Item No. 4", "Case no 12 – Title".
ENGLISH_NUMBER_WORDS = ("No", "Number")
# The small words English leaves in small letters inside a name it otherwise capitalises
# ("Planning and Environment Committee", "Board of Governors"): a name typed in capitals is
# written so again.
ENGLISH_NAME_JOINS = frozenset({"and", "of", "for", "on", "the", "in", "to", "at", "by"})
# The words that say what kind of council an English name is ("City Council", "Town Council",
# "Municipal Council"): a name that opens with one names no place.
ENGLISH_COUNCIL_KINDS = frozenset(
    {"city", "town", "municipal", "parish", "county", "district", "regional", "village"}
)
# English names of Danish bodies, for matching an English question against the archive's boards.
ENGLISH_BOARDS: dict[str, str] = {
    "city council": "byråd",
    # Danish municipalities' "Direktionen" is their executive board or executive management.
    "executive board": "direktion",
    "executive management": "direktion",
    # Typed short: "the exec board", "exec. mgmt".
    "exec board": "direktion",
    "exec. board": "direktion",
    # "the directorate seminar", "what did the directorate decide": the same body.
    "directorate": "direktion",
    "municipal council": "byråd",
    "regional council": "regionsråd",
    "finance committee": "økonomiudvalg",
    "economic committee": "økonomiudvalg",
    "economic affairs committee": "økonomiudvalg",
    "social committee": "socialudvalg",
    "children and youth committee": "børne- og ungeudvalg",
    "technical committee": "teknisk udvalg",
    "health committee": "sundhedsudvalg",
    "education committee": "skoleudvalg",
    "employment committee": "beskæftigelsesudvalg",
}
# The subjects a Danish committee is named after, as its English name gives them: "Technical
# and Environmental Committee" is a "Teknik- og Miljøudvalg", "Children and Youth Committee" a
# "Børne- og Ungeudvalg". Danish municipalities name their committees from this small set of
# fields (the law's and the sector's), so an English name of any of them is read part by part.
ENGLISH_COMMITTEE_PARTS: dict[str, str] = {
    "technical": "teknik", "technology": "teknik", "environment": "miljø",
    "environmental": "miljø", "climate": "klima", "planning": "plan", "housing": "bolig",
    "finance": "økonomi", "financial": "økonomi", "economic": "økonomi", "economy": "økonomi",
    "business": "erhverv", "enterprise": "erhverv", "social": "social", "health": "sundhed",
    "children": "børne", "child": "børne", "youth": "unge", "family": "familie",
    "families": "familie", "education": "uddannelse", "school": "skole", "schools": "skole",
    "culture": "kultur", "cultural": "kultur", "leisure": "fritid", "sport": "idræt",
    "sports": "idræt", "employment": "beskæftigelse", "labour": "arbejdsmarked",
    "labor": "arbejdsmarked", "integration": "integration", "elderly": "ældre",
    "senior": "senior", "seniors": "senior", "care": "omsorg", "traffic": "trafik",
    "transport": "trafik", "roads": "vej", "infrastructure": "infrastruktur", "nature": "natur",
    "rural": "land", "urban": "by", "development": "udvikling", "growth": "vækst",
    "democracy": "demokrati", "citizen": "borger", "citizens": "borger",
    "disability": "handicap", "prevention": "forebyggelse", "energy": "energi",
    "sustainability": "bæredygtighed", "digitalisation": "digitalisering",
    "digitalization": "digitalisering", "utilities": "forsyning", "preparedness": "beredskab",
}  # fmt: skip
# The council of a municipality or region itself, by the Danish names its English names stand
# for: an English page that names it "City Council (Byrådet)" means the board the archive holds
# under its Danish name (a committee's own English name is kept: "Finance Committee").
COUNCIL_BOARDS = ("byråd", "regionsråd", "kommunalbestyrelse")
# The municipality's own boards, by the word their name ends in: its council, its committees
# and the councils the law gives it. Named after the municipality ("Vestmose Byråd", "Fjordby
# Kommunes Økonomiudvalg") they are its board, read by the board's name alone ("Byrådet").
MUNICIPAL_BOARD_WORDS = (
    "byråd", "kommunalbestyrelse", "udvalg", "ældreråd", "seniorråd", "handicapråd",
    "integrationsråd", "magistrat",
)  # fmt: skip
# The council of a parish or a municipality itself, named after its place in a protocol's title
# ("RAVNSTRUP SOGNERAAD", "Vestmose Byraad").
PLACE_COUNCIL_WORDS = ("sogneråd", "byråd", "kommunalbestyrelse", "amtsråd")
# Of those, the councils of the units the local government reforms merged: the parishes' (1970)
# and the counties' (2007). Today's municipality's or region's archive holds the protocols of
# several of them, so each keeps its place ("Ravnstrup Sogneråd") even where its minutes name it
# by the word alone ("holdtes Møde i Sogneraadet"): "Sognerådet" would be every parish's, and two
# parishes meeting on one evening one meeting. The municipality's own council is its one council,
# read by that word ("Vestmose Byraad" over "Møde i Byraadet" -> "Byrådet").
MERGED_COUNCIL_WORDS = ("sogneråd", "amtsråd")
# Who issued the minutes (indexer.issuer), as their letterhead or header names the authority:
# the word after a municipality's place ("Lyngmose Kommune", "Kildeholm Municipality",
# Bornholm's "Regionskommune"), the word before a region's ("Region Midtjylland"), and the
# council named by its place ("Ulvsbæk Byråd", "Vestmose Byraad" as an old protocol spells it;
# a parish's or a county's council, MERGED_COUNCIL_WORDS, names no municipality of today).
MUNICIPALITY_WORDS = ("kommune", "regionskommune", "municipality")
REGION_WORDS = ("region",)
ISSUER_COUNCILS = (
    "byråd", "byraad", "kommunalbestyrelse", "city council", "municipal council", "town council",
)  # fmt: skip
# The labels of an export's or a letterhead's field whose value is read for the issuer: the
# issuer's own ("myndighed: Lyngmose Kommune", "Organization: Mølleby Kommune") and the
# document's title, labelled as such or by its kind ("title: Referat | Mølleby Kommune",
# "Referat: Byrådet 2. maj 2024 | Mølleby Kommune", a mail's "Emne: …"). Any other label says
# another fact ("Mødested: Rådhuset, Vestby Kommune", "Desuden deltog: Ida Holm, Vestby
# Kommune"). Of those, the ones whose value may be the place's name alone ("kommune: Lyngmose").
ISSUER_LABELS = frozenset({
    "myndighed", "kommune", "municipality", "authority", "issuer", "udgiver", "publisher",
    "organisation", "organization", "region", "title", "titel", "emne", "subject", "referat",
    "dagsorden", "tillægsreferat", "beslutningsprotokol", "minutes", "agenda",
})  # fmt: skip
ISSUER_NAME_LABELS = frozenset({"kommune", "municipality"})
# The words a board's name ends in, bare or definite, where a header names the board under its
# municipality ("Ældrerådet i Skovkær Kommune", "Byrådet i Ulvsbæk Kommune").
ISSUER_BOARD_ENDINGS = (
    "råd", "rådet", "udvalg", "udvalget", "bestyrelse", "bestyrelsen", "nævn", "nævnet",
    "magistrat", "magistraten", "kommission", "kommissionen", "council", "committee", "board",
)  # fmt: skip
# The first word of a place's name of two words ("Nørre Alslev Kommune", "Store Heddinge
# Kommune", as the municipalities before 2007 were called), and the capitalised words that open
# a phrase before "kommune" and are no place ("Den Kommune", "Hele Kommune").
PLACE_NAME_PREFIXES = (
    "nørre", "sønder", "øster", "vester", "store", "lille", "ny", "gammel", "nr.", "sdr.", "gl.",
)  # fmt: skip
NOT_PLACE_NAMES = frozenset({
    "den", "din", "dit", "vores", "jeres", "deres", "hele", "samme", "anden", "en", "hver",
    "enhver", "denne", "hvilken", "the", "this", "our", "your", "each", "any", "every", "a",
})  # fmt: skip
# Committees of a town or a village, named after it rather than after the municipality they sit
# in: "Vestmose Lokaludvalg" is the town's even where the municipality bears the town's name.
# (Any other board named after a place, "Sønderlund Erhvervsråd", "Kalvø Havnebestyrelse",
# "Sønderlund Green Growth Board", is the place's or an organisation's, never the municipality's.)
# A village's lokalråd ("Nørreby Lokalråd") is such a board too, its residents' own, and so is
# a parish's church council, its congregation's own ("Kærby Sogns Menighedsråd").
LOCAL_BOARD_WORDS = (
    "lokaludvalg", "landsbyudvalg", "områdeudvalg", "bydelsudvalg", "lokalråd", "menighedsråd",
)  # fmt: skip

# The numbers minutes and questions write in words when they count things ("tre spor", "the
# three tracks"); a pattern adds the digits it wants beside them.
COUNT_WORDS = "to|tre|fire|fem|seks|syv|otte|ni|ti|two|three|four|five|six"
# "hvor mange flere mio", "how many more places": a word for "more" between the count asked
# and what is counted.
MORE_WORDS = frozenset(
    {"flere", "færre", "mere", "ekstra", "yderligere", "more", "fewer", "extra", "additional"}
)

# A board the matter goes on to, not the board that decided it: "skal forelægges ØU", "kommer
# på økonomiudvalget", "i byrådet til godkendelse", "godkendes i byrådet", "for approval by the
# council". The minutes of the board that sends the matter there name the board.
BOARD_DESTINATION_CUES = (
    r"\b(?:will|skal|vil|kommer|forelægges|sendes|oversendes|godkendes|behandles|vedtages|"
    r"til (?:godkendelse|orientering|beslutning|behandling|endelig vedtagelse)|"
    r"for (?:approval|adoption|decision|information))\b"
)

# A list asked for in so many words ("hvilke", "what were the …s", "nævn"), and the nouns of
# things minutes list ("temaer", "spor", "faser"): these ask for a list only in a question that
# asks nothing else ("udviklingsstrategien - de politiske spor?"); "hvornår skal byrådet godkende
# de politiske spor" asks when.
LIST_ASKING_CUES = (
    r"\bhvilke\b|\bhvad er de\b|\bnævn\b|\bwhat are\b|\bwhat were\b|\blist\b|"
    r"\bname the\b|"
    # "hvad stod der på huskelisten", "what was on the list": what a listing holds.
    r"\bhvad (?:stod|står|staar) der (?:på|paa)\b|\bwhat (?:was|is|were) on the\b|"
    # "which tracks", "which of them", "which were": "which forum" asks for one thing, as
    # "hvilket forum" does.
    r"\bwhich (?:of|ones|were|are)\b|"
    # "which director owns the green track": a verb's -s before its object is no plural.
    r"\bwhich (?:[a-z-]+ )?[a-z]{2,}[a-rt-z]s\b(?!\s+(?:the|a|an|its|their|his|her|this|that)\b)|"
    # A plural asked for: "what reasons", "what changes"; "hvad var årsagerne".
    # Opening the question or a clause of it: "… work out what parameters go into X" asks
    # who works them out.
    r"(?:^|[,;:–-]\s*|\band\s+)what (?!is\b|was\b|does\b|has\b|this\b|its\b)[a-z]{2,}[a-rt-z]s\b|"
    r"\bhvad (?:er|var|blev) (?:de )?[a-zæøå]{3,}erne\b|"
    # "hvad var de 6 anbefalinger", "hvad er de tre spor": a count of things asked for.
    r"\bhvad (?:er|var|blev) de (?:\d+|to|tre|fire|fem|seks|syv|otte|ni|ti) [a-zæøå]{3,}\b"
)
LIST_NOUN_CUES = (
    r"\bthemes?\b|\btemaer\b|\bspor\b|\bindsatsområder\b|\belementer\b|"
    r"\bfaser\b|\btrin\b|\btracks\b|\bphases\b|\bstages\b|\bsteps\b"
)

# Whether a case is done ("færdigbehandlet", "afsluttet", "settled"); not "lukket"/"closed",
# which ask for a closed point.
_CASE_DONE = (
    r"f(?:æ|ae)rdigbehandl\w*|afslutte[dt]e?|afgjort|finished|completed|resolved|settled|"
    r"concluded|finali[sz]ed"
)

# A period open at its end ("siden 2013", "i 2013 og senere", "fra 2013 og frem", "2013 and
# later", "since 2013"): the meetings from that year on, not that year alone. Not "efter 2013"
# nor "før 2025", which as often date the matter ("hvad sker der efter 2025") as the meeting.
SINCE_YEAR_CUES = (
    r"\b(?:siden|since)\s+((?:19|20)\d{2})\b(?![-–/])|"
    r"\b((?:19|20)\d{2})\s+(?:og|and|or|eller)\s+(?:senere|fremefter|fremover|frem|later|"
    r"afterwards|after|onwards?|since)\b|"
    r"\b(?:fra|from)\s+((?:19|20)\d{2})\s+(?:og\s+frem(?:efter)?\b|og\s+til\s+nu\b|"
    # "from 2013 on" ends its clause; "minutes from 2014 on the new policy" dates the minutes.
    r"til\s+(?:nu|i\s+dag)\b|onwards?\b|on\b(?=\s*(?:[,.;:?!)]|$))|to\s+date\b|until\s+now\b)"
)

# A question for a point's case number ("under which case number", "hvad er sagsnummeret"):
# the answer names it, as the minutes' header of the point does.
CASE_NUMBER_ASKED_CUES = (
    r"\bsags?-?n(?:umme)?r\w*|\bjournal-?n(?:umme)?r\w*|\bj\.\s?nr\b|"
    r"\bcase[- ](?:number|no\b|reference)|\b(?:reference|file) number\b"
)

# Cue words of each intent, as regular expressions over the lowercased question. The order of
# api.retrieval.analysis.INTENT_ORDER decides between several that match.
# "when" that opens a clause of another question: "when approving it …", "when the directors
# got the status, what did they say …" (a question word after the clause's comma asks).
WHEN_CLAUSE = r"(?!\s+\w+ing\b)(?!\s+[^?,]{3,80},\s*(?:what|who|how|which|why|where)\b)"

INTENT_CUES: dict[str, str] = {
    "case_status": (
        r"\bstatus\b.*\bsag|\bsag(?:en|snr\.?|snummer|snummeret)?\s*(?:nr\.?\s*)?\d|"
        r"\bcase\s*(?:no\.?|number)?\s*\d|\bstatus (?:of|on) case|\bsagsforløb|case history|"
        # "hvor langt er sagen om sygefraværspuljen 22/21089 nået", "how far has case … got".
        r"\bhvor langt\b.*\bsag|\bhow far\b.*\bcase|"
        # "hvor langt er man med revisionen (15/14870)": the case number says which case.
        r"\b(?:hvor langt|how far|status)\b.*\b\d{1,4}/\d{2,}|"
        # "rekrutteringspuljen 22/21670, er den færdigbehandlet?", "is case 22/21670 settled":
        # whether a case is done is where its timeline ends.
        rf"\b\d{{1,4}}/\d{{2,}}\b.*\b(?:{_CASE_DONE})\b|\b(?:{_CASE_DONE})\b.*\b\d{{1,4}}/\d{{2,}}"
    ),
    "point_lookup": (
        r"\b(?:punkt(?:er|erne)?|pkt\.?|dagsordenspunkt(?:er|erne)?|items?|points?|agenda items?)"
        r"\s*(?:nr\.?\s*)?\(?\d{1,3}\b"
    ),
    "attendance": (
        r"\bhvem (?:var|deltog|sad|mødte)\b|deltog i (?:mødet|direktionsmødet)|mødedeltager|"
        # ("hvilke emner var med": things that were on the agenda, no one who came.)
        r"deltagere\b|fremmødt|afbud|fraværende|"
        r"(?<!hvilke )(?<!hvilket )\b[\wæøå]+ var med\b|^\s*var med\b|"
        r"\bhvilke (?:direktører|chefer|ledere|medlemmer|politikere|medarbejdere|personer)\b"
        r"[^?]{0,30}\bvar med\b|"
        r"\btil stede\b|mødested|"
        r"\bhvor blev .*holdt|"
        # "hvor og hvornår mødtes direktionen 16/1", "where and when did they meet": the
        # header's place and hour.
        r"\b(?:hvor og hvornår|hvornår og hvor) (?:mødtes|holdt|afholdt|var)\b|"
        r"\b(?:where and when|when and where) did\b[^?]{0,40}\bmeet\b|"
        # "hvor foregik dir. møde 19/6", "hvor lå direktionens seminar": the board between.
        r"\bhvor (?:var|foregik|lå|afholdtes|holdtes) (?:[\w.'-]+ ){0,2}"
        r"[\wæøå]*(?:møde|seminar)\w*|"
        r"who (?:attended|was (?:at|present)|"
        r"were (?:at|present)|took part in the (?:[\w']+ )?(?:meeting|seminar))|attendees|absent|"
        r"apolog|present at|where was .* held|venue|"
        # "who was missing from the meeting", "hvem manglede på mødet": who was away.
        r"\bwho (?:was|were) (?:missing|away|not there|not present)\b|"
        r"\bmissing from the (?:[\w'-]+ ){0,2}meeting\b|\bhvem (?:manglede|var væk|var ikke med)\b|"
        # "which directors attended the meeting", "var Anya med til mødet", "deltog Per i
        # direktionsmødet": the name (up to three words) may stand between the verb and the
        # meeting.
        r"\battend(?:ed|s|ing)?\b[^?]{0,40}\b(?:meeting|seminar)|"
        # "var Lars med hele dagen på seminaret": for the whole of it.
        r"\bvar\s+[\wæøå.]+(?:\s+[\wæøå.]+){0,2}\s+med\s+(?:(?:i\s+)?hele\s+(?:dagen|tiden)\s+)?"
        r"(?:til|på|ved)\s+[\wæøå]*(?:møde|seminar)|"
        # "var charlotte markussen til direktionsmoedet": "med" may go unsaid before "til" (not
        # "var der enighed til mødet": a pronoun is nobody).
        # "hvad var på dagsordenen til mødet": a preposition is no name either.
        r"\bvar\s+(?!(?:der|det|den|de|man|alle|nogen|noget)\b)"
        r"(?:(?!(?:på|i|om|for|af|med|ved|under|efter|før)\b)[\wæøå.]+\s+){1,3}"
        r"til\s+[\wæøå]*(?:møde|seminar)|"
        # "var Anya med d. 16/1-23?", "var Lars Holte med?": with a date or nothing after it.
        r"\bvar\s+[\wæøå.]+(?:\s+[\wæøå.]+){0,2}\s+med\s*(?:(?:d\.|den|på|i)\s*\d|\?|$)|"
        r"\bdeltog\s+[\wæøå.]+(?:\s+[\wæøå.]+){0,2}\s+i\s+[\wæøå]*(?:møde|seminar)|"
        # "was Lars Holte at the meeting", "which directors were present", "hvilke direktører
        # deltog", "who couldn't make it".
        # "was Lars there the whole day at the seminar": for the whole of it.
        r"^(?:was|were)\s+(?!the\b|a\b|an\b|this\b|that\b|it\b|there\b)(?:[\w.]+\s+){1,3}?"
        r"(?:there\s+)?(?:(?:for\s+)?the\s+whole\s+(?:day|time)\s+|all\s+day\s+)?"
        # "… at the directors' seminar": a board's possessive between.
        r"at\s+the\s+(?:[\w'’-]+\s+){0,2}(?:meeting|seminar)|"
        r"\b(?:was|were)\s+present\b|\bhvilke\s+[\wæøå]+\s+(?:deltog|mødte|var til stede)|"
        # "which directors took part in the management seminar": who of a kind attended.
        r"\bwhich\s+[\w-]+\s+(?:attended|took part in|were present)\b|"
        # "which guests were at the exec board meeting on 21 May".
        r"\bwhich\s+[\w-]+\s+(?:was|were)\s+at\s+the\s+(?:[\w'’-]+\s+){0,3}(?:meeting|seminar)\b|"
        r"\bcould(?:n'?t| not) (?:make it|attend|come)|\bkunne ikke (?:komme|deltage)|"
        # Where and when the meeting sat: the header says ("what time and in which room did
        # the board meet", "hvilket lokale").
        r"\bwhich room\b|\bwhat room\b|\bhvilket (?:mødelokale|lokale)\b|"
        # "hvad tid startede direktionsmødet", "what time did the meeting start".
        r"\bhvad tid (?:startede|begyndte|starter|begynder)\b|"
        r"\bhvornår (?:startede|begyndte) (?:mødet|[\wæøå]*mødet|seminaret)\b|"
        r"\bwhat time did\b[^?]{0,40}\b(?:start|begin)\b|"
        r"\b(?:what time|where) did\b[^?]{0,40}\bmeet\b|\bhvor mødtes\b|\bhvor holdt\b|"
        r"\b(?:tidspunkt|tid) og sted\b|\bsted og (?:tid|tidspunkt)\b|\btime and place\b|"
        r"\bwhen and where (?:did|was|were)\b"
    ),
    "overview": (
        r"\bdagsorden(?:en)?\b|hvilke (?:punkter|sager)|hvad (?:var|stod) på (?:mødet|dagsorden)|"
        r"hvad skete der på mødet|hvad blev (?:der )?behandlet på|på mødet (?:den|i)|"
        r"\bagenda\b|what was (?:on|discussed at)|which (?:items|cases|points)|overview|"
        r"what happened at the meeting|oversigt|overblik|\brundown\b|\brecap\b|"
        r"\bsummary of the meeting\b|"
        # "hvad blev der talt om på direktionsseminaret i 2017", "what was talked about at the
        # June meeting": what a meeting (or seminar) took up.
        r"\bhvad blev (?:der )?(?:talt om|drøftet|diskuteret|snakket om) på (?:mødet|"
        r"[\wæøå]*(?:møde|seminar)\w*)\b|"
        r"\bwhat was (?:talked about|covered) at (?:the |their |its )?(?:[\w-]+ ){0,2}"
        r"(?:meeting|seminar)\b|"
        # "kort opsummering af direktionsmødet 21.5.2013", "summarise the May meeting".
        r"(?:opsummer\w*|sammenfatning|resumé|resume|summary|summari[sz]e|sum up)\b[^?]{0,60}?"
        r"(?:møde\w*\b|meeting|seminar)|"
        # "hvad kom der ud af direktionsseminaret", "what came out of the June meeting".
        r"\bhvad kom (?:der )?ud af (?:mødet|[\wæøå]*(?:møde|seminar)\w*)\b|"
        r"\bwhat came out of (?:the |their |its )?(?:[\w-]+ ){0,2}(?:meeting|seminar)\b|"
        # "what topics did Direktionen go through at its meeting on 21 May", "hvilke emner
        # tog direktionen op på mødet": the meeting's matters, all of them.
        r"\b(?:what|which) (?:topics|subjects|matters|issues|things)\b[^?]{0,60}\b(?:at|in) "
        r"(?:the |its |their )?(?:[\w-]+ ){0,2}(?:meeting|seminar)\b|"
        r"\bhvilke (?:emner|temaer|ting)\b[^?]{0,60}\bpå (?:mødet|[\wæøå]*(?:møde|seminar)\w*)\b"
    ),
    "who": (
        r"\bhvem\b|\bwho\b|\bwhom\b|hvilke personer|"
        r"\bhvilk(?:en|e|et) (?:direktør|chef|leder|medarbejder|person|politiker|konsulent|"
        r"center|centre|afdeling|forvaltning|gæst|kolleg)\w*|"
        r"\bwhich (?:director|manager|department|centre|staff|people|person|employee|guest|"
        r"colleague|officer|official)"
    ),
    "when": (
        # "when approving it" is a clause of another question, not a question about time;
        # so is "when the directors got the status, what did they say" (see WHEN_CLAUSE).
        r"\bhvornår\b|\bwhen\b" + WHEN_CLAUSE + r"|\b(?:what|which) dates?\b|\bhvilken dato\b|"
        r"\bhvilke datoer\b|"
        r"tidsplan|deadline|frist|hvor (?:tit|ofte|længe|lang tid)|how (?:often|long)"
    ),
    "fact": (
        r"hvor (?:meget|stor|mange|høj|langt|dyr)|hvad koster|how (?:much|many|big|large|high)|"
        r"what share|andel|beløb|\bmio\b|\bkr\b|pct|procent|percent|\bcost|\bkost(?:er|ede)\b|"
        # "hvad kommer vandet til at koste", "hvad vil det koste": a figure asked.
        r"\b(?:til at|vil|skal|kan|ville|skulle)(?: [\wæøå]+){0,2} koste\b|"
        r"\budgift(?:en|er|erne)?\b|\bbudget(?:tet)?\b|\bpris(?:en)?\b|\bprice|\bexpens|"
        r"co-?financ|medfinansier|\bfunding\b|\bsize\b|\bamount\b|"
        # "what was the unemployment rate", "hvad var ledighedsprocenten": a figure asked.
        # "what was Høje-Taastrup's unemployment rate": an owner's name for "the".
        r"\bwhat(?:'s|’s| is| was| are| were) (?:the|[\w-]+(?:'s|’s)) (?:[\w'-]+ ){0,3}?"
        r"(?:rate|level|percentage|"
        r"share|total|average|avg|mean)s?\b|\bhvad (?:er|var) (?:den |det )?(?:[\wæøå-]+ ){0,2}?"
        r"[\wæøå]*(?:procent|andel|niveau|gennemsnit)\w*"
    ),
    "list": LIST_ASKING_CUES + "|" + LIST_NOUN_CUES,
    "decision": (
        r"beslut|\bbesl\b|vedt[ao]g|godkend|tiltr[aå]d|landede|sagde|konklu|aftalt|fik vi ja|"
        r"blev den sat|"
        r"\bk(?:om|omme|ommer|ommet)\s+(?:\w+\s+)?frem\s+til\b|"
        # "blev det den store eller den lille model", "was it option A or B": a choice made.
        r"\bblev det\b[^?,]{0,60}\beller\b|\bwas it\b[^?,]{0,60}\bor\b|"
        # "endte de med den store eller den lille model", "what did they end up with": where a
        # choice landed.
        r"\bendte\s+(?:\w+\s+){1,2}med\b|\bend(?:ed)?\s+up\s+(?:with|choosing|going)\b|"
        r"\bsettle[ds]?\s+on\b|"
        r"\bvalgt(?:e)?\b|\bvalgte\b|\bvælge\b|"
        # ("back in 2013", "back then": a time, no backing.)
        r"decid|decision|approv|\bagree[ds]?\b|\bback(?:ed)?\b(?!\s+(?:in|then|to|when|at|on)\b)|"
        r"say yes|said yes|choose|chose|"
        r"conclu|endorse|outcome|\bpick(?:ed)?\b|\bwent with\b|\bgo with\b|\bselect(?:ed)?\b|"
        r"\bopted\b|\bsign(?:ed|s)? off\b|\bgreen[- ]?light|\b(?:go|goes|went) for\b|"
        # "what did the exec board do under the item", "hvad gjorde direktionen": what a board
        # did with a point is what it decided.
        r"\bwhat did (?:the\s+)?(?:exec(?:utive)?\s+)?(?:board|directors|direktion\w*|committee|"
        r"council|management(?:\s+team)?|they)\s+do\b|"
        r"\bhvad gjorde (?:direktion\w*|udvalget|byrådet|direktørerne|de)\b"
    ),
}

# The nouns a question names agenda items by ("hvilke sager …", "which items …"): no matter the
# items are about.
AGENDA_ITEM_NOUNS = frozenset(
    "sag sager sagerne punkt punkter punkterne emne emner emnerne dagsordenspunkter "
    "item items point points matter matters case cases issue issues topic topics".split()
)

# "hvad skal der ske med oplægget nu", "what happens next with it", "næste skridt": what comes
# next is what was decided to be done, the sentence to quote. (No decision intent: "hvad skal
# der ske i efteråret 2025" dates what is to happen, not a meeting.)
WHAT_NEXT_CUES = (
    r"\bhvad (?:skal|sker) der (?:så |nu )?(?:ske|med)\b|\bnæste skridt\b|"
    r"\bwhat (?:happens|will happen|is going to happen) (?:next|now)\b|\bnext steps?\b"
)

# Questions that ask for a name of a kind: which firm, which city, what someone is called. The
# answer is a name the minutes write beside the matter; a point about the matter that names
# none ("konsulenttydelserne købes eksternt") does not say who or where.
# A question who answers for a matter ("hvem er ansvarlig for …", "who is responsible for …"):
# the answer is a person or a unit the minutes name beside the matter (a list's "Ansvarlig"
# column left empty names no one).
RESPONSIBLE_CUES = (
    r"\bhvem\s+(?:er|var|bliver|blev|skal\s+være)\s+(?:ansvarlig|tovholder)\w*|"
    # "hvilken direktør er tovholder på sporet": the role asked for, with its kind first.
    r"\bhvilke[nt]?\s+\w+\s+(?:er|var|bliver|blev)\s+(?:ansvarlig|tovholder)\w*|"
    r"\bhvem\s+har\s+(?:ansvaret|tovholderrollen)\b|"
    r"\bwho\s+(?:is|was|will\s+be|'s)\s+(?:responsible|in\s+charge)\b"
)
NAME_ASKED_CUES: dict[str, str] = {
    "firm": (
        # A compound whose head is the kind names it too ("hvilket ingeniørfirma").
        r"\bhvilke[nt]?\s+(?:[\wæøå]+\s+)?[\wæøå]*(?:firma|konsulenthus|virksomhed|"
        r"leverandør|entreprenør|bureau)\w*|"
        r"\bwhich\s+(?:[\w-]+\s+)?(?:consultancy|consultancies|consulting firm|firm|company|"
        r"supplier|contractor|vendor|agency)\b"
    ),
    "place": (
        # "hvilke kommuner", "which municipalities": places by their names ("Greve, Gentofte").
        r"\bhvilke[nt]?\s+(?:[\wæøå]+\s+)?(?:by|byer|land|lande|hotel|destination|kommune|"
        r"kommuner)\b|"
        r"\bwhich\s+(?:[\w-]+\s+)?(?:city|cities|town|towns|country|countries|hotel|destination|"
        r"municipality|municipalities)\b"
    ),
    "person": (
        # "hvad hedder projektlederen", not "hvad hedder projektet" (a title, no person).
        r"\b(?:hvad hedder|hvad er navnet på|what(?:'s| is| was) the name of)\s+(?:\S+\s+){0,2}?"
        r"(?:\w*(?:leder|formand|chef|direktør|koordinator|tovholder|kontaktperson|medarbejder|"
        r"konsulent|person|rådgiver|ombudsmand|borgmester|rådmand|lead|leader|manager|head|"
        r"chair|director|coordinator|consultant|advis[eo]r|ombudsman|mayor)\w*|"
        r"han|hun|he|she)\b|"
        r"\bwho (?:is|was|will be) the (?:[\w-]+ ){0,2}(?:lead|leader|manager|head|chair)\b|"
        r"\bhvem (?:er|skal være|bliver|blev) (?:projektleder|leder|formand|chef|tovholder|"
        r"kontaktperson|koordinator)\w*|\bwho (?:will|is to|should) (?:chair|lead|head)\b"
    ),
}
# A question whether money applied for came in ("fik vi pengene fra fonden", "did we get the
# grant"), and the words minutes record such an outcome with (stems' starts). An application
# the minutes describe does not say how it went.
OUTCOME_CUES = (
    r"\bfik (?:vi|kommunen|de|man|projektet|centret|skolen)\b[^?]*\b(?:penge\w*|tilskud\w*|"
    r"bevilling\w*|bevilget|støtte\w*|midler\w*|tilsagn\w*)|"
    r"\bblev (?:ansøgningen|ansøgning\w*) (?:bevilget|imødekommet|godkendt)|"
    r"\bdid (?:we|they|the \w+) (?:get|receive|win) (?:the )?(?:money|grant|funding|funds)\b|"
    r"\bwas (?:the |our )?(?:application|grant) (?:granted|approved|successful|awarded)\b|"
    # "how much did the fund end up granting": what was granted, not what was applied for.
    r"\bend(?:ed)? up (?:granting|giving|awarding)\b|\bhvor meget (?:bevilgede|gav) fonden\b|"
    r"\bendte\b[^?]{0,40}\bmed at (?:bevilge|give|tildele|yde)\b|"
    # "how much did the fund actually grant", "hvor meget bevilgede fonden": the grant, not the
    # sum applied for.
    r"\bhow much did\b[^?]{0,40}\b(?:grant|award)\b|"
    r"\bactually (?:grant|award|receiv|got|get)\w*|"
    r"\bhvor meget (?:bevilgede|tildelte)\b|"
    # "hvor mange penge bevilgede Egmontfonden", "hvor meget har fonden tildelt".
    r"\bhvor (?:meget|mange penge)\s+(?:\S+\s+){0,2}?(?:bevilgede|bevilget|tildelte|tildelt)\b|"
    # "hvor mange penge gav egmontfonden", "how much did the foundation give": a fund's gift is
    # its grant. (A budget agreement that "gav" money to a matter set it aside: no grant.)
    r"\bhvor (?:meget|mange penge)\s+(?:gav|fik)\s+(?:\S+\s+){0,3}?\S*fond(?:en|ene)?\b|"
    r"\bhow much (?:money )?did\s+(?:the\s+)?(?:\S+\s+)?(?:fund|foundation)\s+"
    r"(?:give|donate)\b|"
    # "did the fund approve the application", "godkendte fonden ansøgningen": how it went.
    r"\bdid \S+ (?:approve|grant|accept|reject)\w*\b[^?]{0,40}\bapplication\b|"
    r"\b(?:godkendte|bevilgede|imødekom|afviste) \S+ (?:ansøgningen|vores ansøgning)\b|"
    # "har Egmontfonden bevilget pengene", "has the fund granted it", "hvor stort blev
    # tilskuddet": a grant asked for as done is the outcome, not the application.
    r"\b(?:har|have|has)\s+(?:\S+\s+){1,3}?(?:bevilget|tildelt|imødekommet|granted|awarded)\b|"
    r"\bhvor st(?:or|ort) blev (?:tilskud|bevilling|støtte)\w*|"
    # "did the foundation say yes to the application", "sagde fonden ja til ansøgningen": the
    # answer of whoever was applied to.
    r"\b(?:did|has|have)\s+(?:\S+\s+){1,4}?(?:say|said)\s+(?:yes|no)\b[^?]{0,40}\b(?:application|"
    r"request|bid)\b|"
    r"\bsagde\s+(?:\S+\s+){1,3}?(?:ja|nej)\s+til\s+(?:\S+\s+){0,2}?(?:ansøgning|anmodning)\w*"
)
# (Folded stems, as vocab.terms holds them: "bevil" is "bevilget" and "bevilliget" alike.)
OUTCOME_WORDS = (
    "bevil",
    "imodekom",
    "tilsagn",
    "afslag",
    "imødekom",
    "modtag",
    "modtog",
    "fået",
    "tildel",
    "grant",
    "award",
    "receiv",
    "reject",
)
# Who asks, said of themselves: "jeg har en frisørsalon på Torvegade", "min søn på 22", "my mother
# (82)". The asker's own circumstances (what they own or run, their relatives, an age) frame the
# question; the minutes never name them, and the matter is the rest ("… kan jeg få tilskud til
# facaden"). Those words are no matter a point must hold.
# Family members by name of kin: "kan lillesøster også starte", "does grandma get help" name the
# asker's own even without "min". (Not "børn", "forældre", "familie": matters of their own.)
KIN = (
    "søn", "datter", "mor", "far", "mormor", "morfar", "farmor", "farfar", "søster", "bror",
    "lillesøster", "lillebror", "storesøster", "storebror", "svigermor", "svigerfar",
    "bedstemor", "bedstefar", "kone", "hustru", "kæreste",
    "son", "daughter", "mother", "mum", "mom", "father", "dad", "sister", "brother",
    "grandmother", "grandfather", "grandma", "grandpa", "wife", "husband",
)  # fmt: skip
# Who else the asker may speak of as theirs ("min søn", "vores nabo", "my kids"): family members,
# and the children, neighbours and family a possessive makes the asker's own.
RELATIVES = (
    *KIN,
    "barn", "børn", "dreng", "pige", "mand", "nabo", "naboer", "forældre", "familie",
    "child", "children", "kid", "kids", "partner", "neighbour", "neighbor", "parents", "family",
)  # fmt: skip
ASKER_CONTEXT = (
    r"\b(?:jeg|vi)\s+(?:har|ejer|driver|lejer)\s+(?:en|et|nogle)\s+(?P<own>\w+)"
    r"|\bI\s+(?:have|own|run|rent)\s+an?\s+(?P<own_en>\w+)"
    r"|\b(?:min|mit|mine|vores|my|our)\s+"
    r"(?:(?P<size>store|lille|ældste|yngste|big|little|older|younger|eldest|youngest)\s+)?"
    r"(?P<rel>" + "|".join(RELATIVES) + r")\b"
    r"(?:\s*\(?(?:på|er|som\s+er|is|aged|of)?\s*(?P<age>\d{1,3})\b(?:\s+(?:år|years))?)?"
    r"|\b(?P<kin>" + "|".join(KIN) + r")\b"
)
# A decision that approves the point as put ("Godkendt.", "Indstillingen tiltrådt", "Approved"):
# the sums the point sets out for its matters are then allotted, how a pot's share went. A sum
# applied for from others ("søger fonden om 500.000 kr.") is no allotment of the board's own.
ALLOTMENT_DECISION = (
    r"^\W*(?:(?:indstillingen|forslaget|fordelingen)\s+(?:blev\s+)?)?"
    r"(?:godkendt|godkendes|vedtaget|tiltrådt|bevilget|approved|agreed|adopted)\b"
)
APPLICATION_FORM = r"\b(?:ansøg\w*|søger|søgt|søges|appl(?:y|ied|ication)\w*)\b"
# A question for what was turned down ("hvilke forslag sagde direktionen nej til", "which ideas
# were rejected"), and the starts of the folded stems minutes record a refusal with. A point
# that approves or discusses the matter without a "nej" or "afvist" beside it says nothing
# turned down.
REJECTION_CUES = (
    r"\bsagde\b[^?]{0,40}\bnej\b|\bnej til\b|\bafvist\w*|\bafviste\b|\bforkast\w*|"
    r"\bturn(?:ed)? down\b|\brejected\b|\bsaid no\b|\bdeclined\b|\bnot approved\b|"
    r"\bikke (?:godkendt|godkendte|vedtaget|tiltrådt)\b"
)
REJECTION_FORM = (
    r"\bnej\b|\bafvis|\bafvist|\bafslag|\bafslå|\bforkast|\breject|\bdeclin|\bturned down\b|"
    r"\bikke\s+(?:\w+\s+)?(?:godkend|tiltrå|vedtag|imødekom)|"
    r"\b(?:godkendte|tiltrådte|vedtog|imødekom)\s+ikke\b|\bnot\s+(?:\w+\s+)?approv"
)
# A question for how a problem was solved ("hvad blev løsningen på problemet med …", "how was it
# resolved"), and the starts of the folded stems minutes record a resolution with. A point that
# only says the problem was discussed ("… blev drøftet") does not say how it ended.
RESOLUTION_CUES = (
    r"\bhvad blev l(?:ø|oe|o)sningen\b|\bhvordan blev\b[^?]{0,40}\bl(?:ø|oe|o)st\b|"
    r"\bblev (?:det|den|problem\w*|sagen|udfordring\w*) l(?:ø|oe|o)st\b|"
    r"\bwhat was the (?:solution|resolution|fix)\b|"
    r"\bhow (?:was|were|did they)\b[^?]{0,40}\b(?:solved|resolved|solve|resolve|fixed|fix)\b|"
    r"\b(?:was|were) (?:it|they|the \w+) (?:solved|resolved|fixed)\b|"
    # "hvilken by blev valgt til studieturen", "which city did they choose": a choice made,
    # not the options a point lists.
    r"\bhvilke[nt]?\s+[\wæøå]+\s+(?:blev|er)\s+(?:endelig\s+|til sidst\s+)?"
    r"(?:valgt|udvalgt|besluttet)\b|"
    r"\bwhich\s+[\w-]+\s+(?:was|were|has been)\s+(?:\w+ly\s+)?(?:chosen|selected|picked)\b|"
    r"\bhvilke[nt]?\s+[\wæøå]+\s+valgte\s+(?:de|man|vi|direktionen|udvalget|byrådet)\b|"
    r"\bwhich\s+[\w-]+\s+did\s+(?:they|we|the \w+)\s+(?:choose|select|pick|go for)\b|"
    # "which city did they end up picking", "hvor gik studieturen endeligt hen": where it
    # ended, a choice made.
    r"\bwhich\s+[\w-]+\s+did\s+(?:they|we|the \w+)\s+end up\s+(?:choosing|selecting|picking|"
    r"going for|with)\b|\bhvor\s+(?:gik|går|endte)\b[^?]{0,60}\b(?:endelig|endeligt|til sidst)\b"
)
# Modifiers of size or age a compound may put before a word without naming another matter
# ("småbørn" is "børn", "nybyggeriet" "byggeriet"); "fri|plejehjem" or "svømme|hal" do name one.
NARROWING_MODIFIERS = frozenset({"små", "lille", "stor", "store", "ny", "nye", "gammel"})
# Prefixes Danish derives a word with, that leave its matter: "afbureaukratisering" is about
# "bureaukrati", "genopbygning" about "opbygning", "reorganisering" about "organisering".
DERIVING_PREFIXES = ("af", "gen", "re", "de")

RESOLUTION_WORDS = (
    "beslut",
    "aftal",
    "los",
    "godkend",
    "vedt",
    "tiltrad",
    "afgjort",
    "decid",
    "agre",
    "approv",
    "resolv",
    "solv",
)
# "hvad blev udfaldet af drøftelsen", "what was the outcome": what came of a matter, which a
# record that it was discussed does not say.
DISCUSSION_OUTCOME_CUES = (
    r"\bhvad blev (?:udfaldet|konklusionen|resultatet)\b|\budfaldet af\b|"
    r"\bhvad kom (?:der )?ud af\b|"
    r"\bwhat (?:was|were) the (?:outcome|conclusion)s?\b|\bwhat came (?:out )?of\b"
)
# What a sentence records besides a decision that settles a matter (with RESOLUTION_WORDS): a
# conclusion, agreement, a refusal, a postponement, a report taken note of.
SETTLED_WORDS = RESOLUTION_WORDS + (
    "konklu", "conclu", "enig", "afvis", "udsat", "efterretning", "opbakning",
)  # fmt: skip
# A sentence that records a matter as discussed ("blev … drøftet", "discussed"), folded as
# the sentences' forms are.
DISCUSSED_WORDS = ("droft", "diskut", "discuss", "debat", "snak")
# Whole stems that record a choice: "valgte"/"valgt" stem to "valg" ("valgmuligheder", the
# options, does not).
RESOLUTION_STEMS = frozenset({"valg"})
# Words of a sentence that offers options rather than settles one ("der skal være forskellige
# valgmuligheder vedr. studietur (herunder fx Bruxelles, Oldenburg eller London)").
OPTION_WORDS = ("valgmulig", "option")
# Words that say what a thing named before them is about ("ansøgningen til fonden om X").
ABOUT_CUES = r"\s(?:om|vedrørende|angående|about|regarding|concerning)\s"
# A sum asked for each of several things ("hvor mange penge til hver", "how much each").
# "hhv. den store og den lille": one sum for each of the things named.
EACH_CUES = (
    r"\bhver(?:t| især)?\b|\beach\b|\bper\b|\bapiece\b|\bhhv\b|\bhenholdsvis\b|"
    r"\brespectively\b"
)
# "om morgenen", "om året": "om" before a time is when, not what something is about.
TIME_AFTER_OM = frozenset(
    """
    morgenen formiddagen middagen eftermiddagen aftenen natten dagen ugen måneden året
    sommeren vinteren foråret efteråret weekenden
    """.split()
)
# A question for an address ("hvilken adresse", "hvad er adressen", "what address"), and how
# minutes write one: a street name and its number ("Bygaden 12", "Rådhusvej 3A"), or a postcode
# and town ("2630 Taastrup"). A point about the building that gives neither does not say where.
ADDRESS_CUES = r"\badresse(?:n)?\b|\baddress\b"
ADDRESS_FORM = (
    r"\b[A-ZÆØÅ][\wæøå-]*(?:vej|vejen|gade|allé|alle|plads|torv|stræde|vænge|boulevard|sti|"
    r"park|bakke|bakken|have|road|street|square)\s+\d{1,4}[a-zA-Z]?\b|\b\d{4}\s+[A-ZÆØÅ][a-zæøå]{2,}"
)
# Words of the kind asked for (stems' starts): the name asked for stands in a sentence with one
# of these ("Rambøll leverer konsulenttydelserne", "projektleder er Mette Holm").
NAME_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "firm": (
        "konsulent",
        "firma",
        "virksomhed",
        "leverand",
        "lever",
        "entreprenør",
        "rådgiv",
        "bureau",
        "udbud",
        "tilbud",
        "kontrakt",
        "tildel",
        "vind",
        "vandt",
        "consult",
        "contract",
        "supplier",
        "tender",
    ),
    "place": ("by", "rejs", "tur", "destination", "hotel"),
    "person": (
        "leder",
        "formand",
        "chef",
        "navn",
        "direktør",
        "koordinator",
        "kontaktperson",
        "ansvarlig",
        "projektled",
        "tovholder",
        "borgmester",
    ),
}
# Endings of the organisation's own units and bodies, capitalised in running text
# ("Familieafdelingen", "Byrådscenteret", "Økonomiudvalget"): no firm, place or person asked for.
OWN_UNIT_ENDINGS = (
    "centret", "centeret", "center", "afdeling", "afdelingen", "udvalg", "udvalget", "byråd",
    "byrådet", "direktion", "direktionen", "kommune", "kommunes", "sekretariat", "sekretariatet",
    "forvaltning", "forvaltningen", "rådet", "området", "staben", "stab",
)  # fmt: skip

# The question words that say what kind of answer is wanted. They outweigh a decision verb
# beside them: "hvornår skal Byrådet godkende rammen" asks for a date, "hvem godkendte
# planen" for a name, "hvor meget blev der afsat" for an amount; the verb names the event.
INTERROGATIVE_CUES: dict[str, str] = {
    "when": (
        r"\bhvornår\b|\bwhen\b" + WHEN_CLAUSE + r"|\b(?:what|which) dates?\b|\bhvilken dato\b|"
        r"\bhvilke datoer\b"
    ),
    "who": r"\bhvem\b|\bwho\b|\bwhom\b",
    "fact": r"\bhvor (?:meget|mange|stor|store)\b|\bhow (?:much|many)\b|\bhvad koster\b",
}

# What a figure may measure rather than count things by ("3 år", "14 dage", "46 pct.", "2,3
# mio. kr."): a figure followed by one of these counts no other thing than the one asked.
FIGURE_UNITS = frozenset({
    "år", "års", "måned", "måneder", "uge", "uger", "dag", "dage", "time", "timer", "minutter",
    "kr", "kroner", "mio", "mia", "millioner", "pct", "procent", "procents", "percent",
    "promille", "years", "months", "weeks", "days", "hours", "per",
})  # fmt: skip

# A question for who was away ("hvem havde afbud", "who was absent"), not for who came: the
# lines of who took part in a point do not answer it.
ABSENCE_ASKED_CUES = r"\bafbud|\bfravær|\bapolog|\babsent|\bmissing|\bmanglede"

# How a meeting's header marks someone away, beside the name or as the line's label ("Anya
# Krogh Manghezi (Afbud)", "Fraværende: Leif Sandager", "Apologies: …"): an attendance answer
# quotes that line as written, the evidence for who was away.
ABSENCE_MARK = (
    r"\b(?:afbud|fravær\w*|forfald|udeblev|meldt\s+fra|ikke\s+(?:mødt|til\s+stede)|absent|"
    r"apologies|not\s+present)\b"
)

# A line of a meeting's points that says when one attendee was there or away, after their name
# ("Kl. 12.45-14.15: Frokost (Lars er væk i tidsrummet)", "Trine deltager", "Per går kl. 15"):
# the header says who attended, such a line whether for the whole meeting. Up to three words
# between the name and the word; "går"/"kommer" only before a time (they are common verbs).
PRESENCE_NOTE = (
    r"^(?:\S+\s+){0,3}?(?:deltager|deltog|væk|fraværende|afbud|forlader|ankommer|"
    r"(?:går|kommer|deltager)\s+(?:først\s+)?(?:kl|ca|fra|efter|til)\b|joins|leaves|left|"
    r"away|absent|arrives)\b"
)

# How an attendance question asks for the whole meeting ("var Lars med hele dagen", "the whole
# day"): words of the asking, no matter the archive must know.
WHOLE_TIME_WORDS = frozenset("hele dagen tiden whole day time all entire".split())

# What else an attendance question may ask beside who: where and when the meeting was held
# ("hvem deltog, og hvor blev mødet holdt"). A question asking only who is answered from the
# header's names; with none written there, it is refused.
PLACE_OR_TIME_CUES = (
    r"\bhvor\b(?!\s+(?:meget|mange|stor|store|længe|ofte))|\bwhere\b|\bhvornår\b|\bwhen\b"
    r"|\bkl\.?\s*\d|\bklokken\b|\bwhat time\b|\bmødested\b|\bstartede\b|\bbegyndte\b"
    r"|\btidspunkt\w*|\bsted\b|\blokale\w*|\broom\b|\bplace\b|\bvenue\b"
)

# Danish adjectives compared irregularly: "den lille model" is "den mindre model" in the
# minutes, "de store puljer" "de største". Grammar, not an archive's vocabulary.
IRREGULAR_COMPARISON: tuple[tuple[str, ...], ...] = (
    ("lille", "lil", "små", "mindre", "mindst", "mindste"),
    ("stor", "store", "større", "størst", "største"),
    ("god", "gode", "bedre", "bedst", "bedste"),
    ("gammel", "gamle", "ældre", "ældst", "ældste"),
    ("ung", "unge", "yngre", "yngst", "yngste"),
    ("få", "færre", "færrest", "færreste"),
    ("lang", "lange", "længere", "længst", "længste"),
)


def compared_forms(word: str) -> tuple[str, ...]:
    """The other forms of an irregularly compared adjective ("lille" → "mindre", …)."""
    lower = word.lower()
    for forms in IRREGULAR_COMPARISON:
        if lower in forms:
            return tuple(f for f in forms if f != lower)
    return ()


# Danish verbs in the simple past that do not end in -ede/-te (strong and irregular verbs):
# in a question they say what was done, not which matter ("hvad fandt HR", "hvem gav tilsagn").
STRONG_PAST_VERBS = frozenset(
    """
    fandt gav tog fik så kom gik stod lå sad bad drog holdt lod bar skar traf trak skrev greb
    brød bød fløj frøs gled grev hjalp løb nød red skød slap slog sprang stak stjal strøg
    svandt tvang vandt vidste gjorde sagde lagde satte valgte solgte talte fortalte bragte
    mente troede syntes
    """.split()
)

# Verbs that open a yes/no question (Danish and English put the verb first): "skal X
# forelægges?", "blev X godkendt?", "did they approve X?".
YES_NO_OPENERS = (
    "skal",
    "skulle",
    "blev",
    "bliver",
    "er",
    "var",
    "har",
    "havde",
    "kan",
    "kunne",
    "vil",
    "ville",
    "må",
    "bør",
    "fik",
    "får",
    "gik",
    "kom",
    "did",
    "does",
    "do",
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "will",
    "would",
    "should",
    "can",
    "could",
)

# A part of a question that asks where, when, who or how much ("… og hvor starter uddannelsen",
# "and where does the training start"): a fact of the account, not what was decided.
FACT_PART_OPENERS = (
    r"^\s*(?:hvor(?!dan|for|vidt)\w*|hvem|where|when|who|how\s+(?:much|many|long|often))\b"
)
# Where a question joins a second question to the first ("hvor mange penge er der afsat, og
# hvordan skal de bruges"): "og"/"and" followed by a question word.
# A match starts at the comma or at the first space of a run (never inside the run): a long run
# of spaces is then one scan, not one per space (tests/indexer/test_linear_time.py).
# Or by a verb and a pronoun as its subject, which asks yes or no of what went before ("hvad er
# metoden, og virker den", "… and does it work").
SECOND_QUESTION_RE = re.compile(
    r"(?:,|(?<![\s,]))\s+(?:og|samt|and)\s+(?=(?:hvad|hvem|hvor|hvornår|hvornaar|hvordan|hvilke|"
    r"hvilken|hvilket|hvorfor|how|what|who|when|where|which|why)\b|"
    r"(?:" + "|".join(YES_NO_OPENERS) + r"|[a-zæøå]{3,}(?:er|ede|te))\s+"
    r"(?:den|det|de|it|they|this|that)\b)",
    re.IGNORECASE,
)

# Nouns that count people: "hvor mange brugere" is answered by "70 borgere" (the minutes count
# the people a service has by whatever name the case uses).
PEOPLE_NOUNS = frozenset(
    """
    borgere brugere beboere personer deltagere medarbejdere ansatte elever børn unge ældre
    patienter klienter pårørende kunder gæster citizens users residents people persons
    participants employees staff pupils children
    """.split()
)

# "hvor mange temadage", "how many meetings", "antal pladser": the thing a question counts; a
# sentence with a number right before that word ("cirka 15-20 temadag") answers it.
COUNTED_RE = re.compile(
    r"\b(?:hvor mange|how many|antal(?:let)?(?: af)?|number of)\s+([^\W\d_][\w-]*)",
    re.IGNORECASE,
)

# A question for what something costs, and the words with which minutes give a cost.
COST_CUES = r"\bhvad koster\b|\bkost(?:er|ede|e)\b|\bpris(?:en)?\b|\bcosts?\b|\bprice\b"
COST_WORDS = (
    r"\budgift(?:en|er|erne)?\b|\bpris(?:en)?\b|\bkoster\b|\bbeløb(?:et)?\b|"
    r"\bomkostning(?:en|er|erne)?\b|\banlægsudgift\w*|\bi alt\b"
)

# A question for what someone other than the minuted board said or concluded ("hvad sagde
# forligskredsen til …", "hvad kom chefforum frem til", "what did the mayor say about …"): the
# ``speaker``. Only a point that records the speaker saying or deciding something answers it;
# a point that merely names them ("drøftes med chefforum") does not.
SPEAKER_CUES = (
    r"\bhvad\s+(?:sagde|mente|syntes|konkluderede|anbefalede|svarede|kom|udtalte)\s+"
    r"(?P<da>[\wæøå.-]+)(?:\s+selv)?\s+(?:til|om|frem til)\b|"
    r"\bwhat\s+did\s+(?:the\s+)?(?P<en>[\w-]+)\s+(?:say|think|conclude|recommend|answer|reply)\b"
)
# Words after such a verb that are no other speaker: pronouns, and the minuted board itself
# (whose decisions every point records; a board word is checked as a board).
NOT_SPEAKERS = frozenset(
    """
    de man vi der den det han hun i du dig they we you he she it people someone anyone
    direktionen direktion direction directors direktører direktørerne management board council
    committee rådet rådets udvalget udvalgets bestyrelsen bestyrelsens kommunen
    executive members medlemmerne politikerne politicians
    """.split()
)
# Verbs and nouns by which minutes record what a body or a person said, decided or advised
# (past, present, participle).
SPEAKING_WORDS = frozenset(
    """
    sagde siger mente mener syntes synes konkluderede konkluderet besluttede besluttet beslutter
    anbefalede anbefaler anbefalet godkendte godkendt godkender tiltrådte tiltrådt tiltræder
    vedtog vedtaget udtalte udtaler udtalt udtalelse udtalelsen bemærkede bemærker bemærkning
    bemærkninger ønskede ønsker ønsket svarede svar svaret fandt finder påpegede påpeger
    tilkendegav tilkendegivet afgav afgivet drøftede drøftet foreslog foreslår foreslået
    støttede støtter støttet orienterede orienteret fortalte præsenterede fremlagde redegjorde
    oplyste informerede understregede fremhævede nævnte indstillede indstiller tilsluttede
    tilsluttet vurderer vurderede vurderet vurdering vurderingen
    """.split()
)
# Nouns for what a body said; they may stand before its name ("høringssvar fra Ældrerådet").
SPEAKING_NOUNS = frozenset(
    """
    høringssvar høringssvaret høringssvarene udtalelse udtalelsen holdning holdningen
    bemærkning bemærkninger anbefaling anbefalingen anbefalinger svar svaret
    """.split()
)

# A question for a quantity ("hvad kostede", "hvor mange", "how much"): the point that answers
# it gives a number beside what the question asks about.
AMOUNT_CUES = (
    r"\bhvor (?:meget|mange)\b|\bhow (?:much|many)\b|\bhvad kost(?:er|ede)\b|"
    r"\bhvor dyr[te]?\b|\bhow expensive\b|"
    # "hvor stærkt må man køre", "hvor lang transporttid", "how old": a measure's figure ("40
    # km/t", "45 minutter"). Not "hvor langt er man nået" (progress) nor "how long" (until when).
    r"\bhvor\s+(?:st(?:æ|ae)rkt|hurtigt?|bred[te]?|dyb[te]?|tung[te]?|gammel|gamle|lange?)\b|"
    r"\bhow\s+(?:fast|quickly|wide|deep|heavy|old)\b|"
    # "hvad må studieturen koste", "hvad kommer det til at koste": the infinitive asks too.
    r"\bkostede\b|\bkoste\b|\bwhat did .{1,60}\bcost\b|\bbeløb(?:et)?\b|\bamount\b|"
    # "hvad bliver taksterne i kroner", "… (kr)": the unit asks for the figure.
    r"\bi (?:kroner|kr\b\.?)|\bin (?:kroner|dkk)\b|\(kr\.?\)|"
    # "the sickness absence rate in percent", "hvor stor en procentdel": a share's figure.
    r"\b(?:i|in) (?:procent|pct|per ?cent|percent)\b|\bpercentage\b|\bprocentdel\w*|"
    # "hvad var Taxhusets samlede nettobudget i 2017", "what is the price per place": what a
    # sum is asks for its figure.
    r"\bhvad (?:er|var|bliver|blev)\b[^?]{0,50}?"
    r"(?:\w*budget(?:tet|ter|terne)?|\w*takst(?:en|er|erne)?|\w*udgift(?:en|er|erne)?|"
    r"pris(?:en|er|erne)?|\w*tilskud(?:det)?|\w*bevilling(?:en)?|"
    r"beløb(?:et)?)\b|\bwhat (?:is|was|are|were|will be)\b[^?]{0,50}?\b(?:\w*budget|costs?|price|"
    r"fees?|grant|amount)\b(?![ -](?:model|process|proposal|agreement|strategy))"
)
# A question for how far a figure falls behind or ahead ("how far behind are they", "hvor
# langt efter"), which it says only beside the figure it is measured against, and the words of
# that figure (an average, the country's level, a norm). "Compared with Gentofte" names what
# it is compared with: its own words find it.
COMPARE_CUES = (
    r"\bhow far (?:behind|ahead|above|below|off)\b|\bhvor (?:langt|meget) (?:bagud|bagefter|"
    r"efter|foran|under|over)\b"
)
REFERENCE_FIGURE_WORDS = (
    r"\b\w*gennemsnit\w*|\baverage\b|\bnational\w*|\bpå landsplan\b|\bhele landet\b|"
    r"\bnorm(?:en|al)?\b|\blandsniveau\w*"
)

# The source a question names its figure or claim from ("ledighed i procent ifølge
# nøgletalsrapporten", "according to the report"): where the answer stands, not what it is
# about; the figure stands beside the matter, not beside the report's name.
SOURCE_CUES = (
    r"\b(?:ifølge|iflg\.?|jf\.?|jvf\.?|according to|as per)\s+"
    r"((?:the |den |det |de )?[\w-]+(?:[ \t]+(?!og\b|and\b|hvad\b|what\b)[\w-]+){0,4})"
)
# A year that dates the meeting itself ("på direktionsmødet i 2015", "at the meeting in
# 2015"): the meeting's date must be in it; a point of another year that names the year (a goal
# "i 2015") is not the meeting asked for.
MEETING_YEAR_CUES = (
    # Group 1: "direktionens møde i december 2018", the meeting dated to its month (no title's
    # year makes another month's point of it); group 2: "på direktionsmødet i 2015".
    # The minutes themselves date the meeting too ("direktionens referat fra efteråret 2018",
    # "minutes from 2014"), and a season pins it as a month does.
    r"\b(?:[\wæøå]*møde[tr]?|[\wæøå]*mødet|[\wæøå]*seminar(?:et)?|meetings?|seminar|"
    r"[\wæøå]*referat(?:et|er|erne)?|minutes)\s+"
    rf"(?:i|in|fra|from|held in|of)\s+(?:the\s+)?(?:(?:{MONTH_ALTERNATION}|{SEASON_ALTERNATION})"
    r"\.?\s+(?:of\s+)?((?:19|20)\d{2})|"
    r"((?:19|20)\d{2}))\b|"
    # "hvad besluttede direktionen om udbudsstrategien i 2015": the year ends the clause of the
    # decision and dates it ("budgettet for 2015", "strategien 2015" date the matter instead);
    # so does one the matter follows ("hvad besluttede direktionen i 2020 om strategien").
    # Group 3.
    r"\b(?:besluttede|besluttet|vedtog|vedtaget|godkendte|decided|approved|agreed)\b"
    r"[^?.,;]{0,60}?\s(?:i|in)\s+((?:19|20)\d{2})\b(?![-–/]|\s*[-–/]\s*\d)"
    r"(?=\s*[?.]?\s*$|\s+(?:om|about|on|vedr\.?|vedrørende|angående|regarding|concerning)\s)"
)
# A meeting by its place in a period: "det første møde i 2023", "the last management meeting",
# "direktionens seneste møde". Group 1 holds the word for the first.
ORDINAL_MEETING_CUES = (
    r"\b(?:(første|first|earliest|tidligste)|sidste|seneste|nyeste|last|latest|most recent)"
    # Not a point's place: "første punkt på mødet" is a point of the meeting asked.
    r"\s+(?:(?!punkt|item|sag|point|år\b|year)[\wæøå-]+\s+){0,2}?(?:[\wæøå]*møde|meeting|seminar)"
)
# A question for the day something happens ("on what exact date", "hvilken dato"): a month or
# "ultimo april" does not answer it.
DAY_ASKED_CUES = (
    r"\b(?:exact|precise|specific|præcise?|nøjagtige?|konkrete?)\s+(?:date|dato|day|dag)\b|"
    r"\bhvilken dato\b|\bwhat date\b|\bwhich date\b|\bwhich day\b|\bhvilken dag\b"
)

# A question for how often something is done ("hvor tit bliver listen opdateret", "how often
# does the board meet"), and how minutes say it: "hvert halve år", "løbende", "månedligt",
# "to gange om året", "every quarter", "weekly".
FREQUENCY_ASKED_CUES = r"\bhvor\s+(?:tit|ofte|hyppigt)\b|\bhow\s+(?:often|frequently)\b"
FREQUENCY_GIVEN = (
    r"\bhver[t]?\b|\bløbende\b|\bloebende\b|\b(?:dag|uge|måned|kvartal|halvår|år)lig[te]?\b|"
    r"\bkvartalsvis\b|\bgange?\s+(?:om|i|pr\.?|per)\b|\bhalvårlig\w*|"
    r"\bevery\b|\beach\s+(?:day|week|month|quarter|year)\b|\b(?:daily|weekly|monthly|quarterly|"
    r"yearly|annually)\b|\b(?:once|twice)\s+(?:a|per)\b|\btimes\s+(?:a|per)\b"
)

# A question for the days or hours of something ("hvilke dage og tidspunkter kan man bruge
# genbrugspladsen", "hvornår på døgnet", "what times is it open"): a point that names no day or
# hour (see TIMES_GIVEN) does not answer it.
TIMES_ASKED_CUES = (
    r"\b(?:hvilke|på hvilke|which|what|at what)\s+(?:(?:uge|hver)?dage|tidspunkter?|times?|days?|"
    r"weekdays|hours|eftermiddage|formiddage|aftener|morgener|afternoons|evenings|mornings)\b|"
    r"\bhvilket\s+(?:tidspunkt|klokkesl(?:æ|ae)t)\b|\bp(?:å|aa)\s+d(?:ø|oe)gnet\b"
)
# How minutes give days and hours: a weekday (plural too), "hverdage", "weekend", a clock time.
TIMES_GIVEN = (
    r"\b(?:man|tirs|ons|tors|fre|lør|søn)dag(?:e|en)?\b|\bhverdag(?:e|en)?\b|\bweekend\w*|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bweekdays?\b|\bkl\.?\s*\d|"
    r"\b\d{1,2}[.:]\d{2}\b|\bd(?:ø|oe)gnet rundt\b|\baround the clock\b|"
    r"\b\d{1,2}\s*(?:a\.?m|p\.?m)\b"
)

# The degree a question asks ("hvor stærkt må man køre", "how old") and the units a figure of
# it is written in, after the figure: the sentence that gives "40 km/t" answers it, not one
# with another count.
DEGREE_UNITS: tuple[tuple[str, str], ...] = (
    (r"st(?:æ|ae)rkt|hurtigt?|fast|quickly", r"km/t|km/h|km i timen|mph"),
    # "hvor lang tid", "how long will it last": a length or a duration.
    (
        r"lange?|long",
        r"km|kilometer|meter|m|minutter|min|timer|dage|uger|måneder|år|"
        r"minutes|hours|days|weeks|months|years",
    ),
    (r"gammel|gamle|old", r"år|years?"),
    (r"bred[te]?|wide|dyb[te]?|deep", r"meter|m|cm"),
    (r"tung[te]?|heavy", r"ton|tons|kg|kilo"),
)

# A price per unit asked ("den nye dagstakst", "takst pr. plads", "daily rate", "price per
# hour"): a rate, which a total ("10,8 mio. kr.") or a change ("reduktion med 2 pct.") is not.
_RATE_UNITS_DA = r"dag|døgn|doegn|time|uge|måned|maaned|nat|plads|borger|barn|elev|person|år|aar"
_RATE_UNITS_EN = r"day|hour|week|month|night|place|resident|child|pupil|person|year"
RATE_ASKED_CUES = (
    r"\b\w*(?:dag|døgn|doegn|time|uge|måned|maaned|års|aars)s?(?:takst|pris|betaling|sats|løn)\w*|"
    rf"\b(?:pr\.?|per)\s+(?:{_RATE_UNITS_DA}|{_RATE_UNITS_EN})\b|"
    r"\b(?:daily|hourly|weekly|monthly|nightly)\s+(?:rate|price|fee|charge|cost)s?\b|"
    r"\b(?:price|rate|fee|charge|cost)s?\s+(?:per|a)\s+(?:day|hour|week|month|night|place)\b"
)
# How minutes give a rate: a compound that names one ("dagstakst", "timepris"), a sum per
# unit ("1.250 kr. pr. døgn", "DKK 2,400 per day", "kr./time", "om dagen") or a sum by the
# period's adverb ("595 kr. årligt").
RATE_GIVEN = (
    r"\b\w*(?:dag|døgn|time|uge|måned|års)s?(?:takst|pris|betaling|sats|løn)\w*|"
    rf"(?:\b(?:pr\.?|per|a)\s+|/\s*)(?:{_RATE_UNITS_DA}|{_RATE_UNITS_EN})\w*|"
    r"\b(?:om|i)\s+(?:dagen|døgnet|timen|ugen|måneden|året)\b|"
    # "595 kr. årligt", "DKK 400 annually".
    r"\b(?:årlig|aarlig|daglig|ugentlig|månedlig|maanedlig)t?\b|"
    r"\b(?:annually|yearly|daily|weekly|monthly|per annum)\b"
)

# The nouns that name a sum ("nettobudgettet", "taksten", "udgiften", "tilskuddet"): the figure
# an amount question asks for stands beside the one it names, not merely beside the matter. A
# budget plain ("hvad er budgettet til kurset") is any sum set aside ("afsætter 250.000 kr.").
AMOUNT_NOUNS = (
    r"\w+budget(?:tet|ter|terne)?$|\w*takst(?:en|er|erne)?$|\w*udgift(?:en|er|erne)?$|"
    r"^pris(?:en|er|erne)?$|\w*tilskud(?:det|dene)?$|\w*bevilling(?:en|er|erne)?$|"
    r"^beløb(?:et|ene)?$|^(?:costs?|price|prices|fees?|grants?)$"
)
# A question for a sum of money (with AMOUNT_CUES: "hvor mange penge", "how much did … cost"),
# and how minutes write one: a number and a currency, or millions. A count ("tre tiltag") or a
# year beside the matter does not say what it cost.
MONEY_CUES = (
    r"\bpenge\w*|\bmoney\b|\bkost(?:er|ede|e)\b|\bcost(?:s|ing|ed)?\b|\bpris(?:en)?\b|\bprice\b|"
    r"\bhvor dyr[te]?\b|\bhow expensive\b|"
    # "hvor meget skal puljerne betale", "how much did the council pay": a sum paid.
    r"\bbetal(?:e|er|te|es)\b|\bpay\b|\bpaid\b|"
    r"\bbeløb(?:et)?\b|\bbudget\w*|\bspen[dt]\w*|\bafsat\b|\bsat af\b|\bset aside\b|"
    r"\bbevilg\w*|\bgrant\w*|\btilskud\w*|\bkroner\b|\bkr\b|"
    # "hvor meget blev der søgt om", "how much did they apply for": a sum applied for (not
    # "hvor mange har søgt", a count of applicants).
    r"\bhvor meget\b[^?]*\b(?:an)?s(?:ø|oe|o)g(?:t|te)\b|\bhow much\b[^?]*\bappl(?:y|ied)\b|"
    # "hvor meget lægger kommunen selv i projektet", "how much does the council put in": a
    # share paid in (the minutes' "medfinansiering … 661.680 kr."), not a share of children.
    r"\bhvor meget\b[^?]*\b(?:lægge[rs]?|lagde|lagt|bidrag\w*|skyde[rs]?|skød|investere\w*|"
    r"finansier\w*|medfinansier\w*)\b|"
    r"\bhow much\b[^?]*\b(?:puts?|putting|contribut\w*|invest\w*|fund\w*|co-?financ\w*)\b"
)
MONEY_AMOUNT = (
    r"(?:\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?|\b(?:en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|halv|"
    r"halvanden|one|two|three|four|five|half))\s*(?:mio\.?|mia\.?|mill\.?|millioner|million|"
    r"millions|milliarder|billion|tusind|thousand|t\.)?\s*(?:kr\b|kroner|dkk\b|€|euro)|"
    r"\d[\d.,]*\s*(?:mio|mia|mill)\b|\b(?:kr|dkk)\.?\s*\d"
)
# A quantity asked in a unit of measure ("hvor mange timer om ugen", "how many days a week"):
# the answer is a figure in that unit, whatever else the point counts or prices. Each unit's
# question words (Danish and English) and how minutes write it after a figure, alone or ending
# a compound ("15-20 temadage", "3 dages kursus", "37 t."). Years are left out: a period
# ("2025-2028") answers "hvor mange år" without the word.
MEASURE_UNITS: dict[str, tuple[str, str]] = {
    "hours": (r"timer?|hours?", r"\w*timer?s?\b|t\.|hours?\b"),
    "days": (r"dage|dag|d(?:ø|oe)gn|days?", r"\w*dag(?:e|es|en|s)?\b|\w*d(?:ø|oe)gn\w*|days?\b"),
    "weeks": (r"uger?|weeks?", r"\w*uger?s?\b|\w*ugers\b|weeks?\b"),
    "months": (r"m(?:å|aa|a)neder|months?", r"\w*m(?:å|aa)ned(?:er|s)?\b|months?\b"),
    "minutes": (r"minutter|minutes?", r"minut\w*|min\.|minutes?\b"),
    "area": (
        r"kvadratmeter|m2|m²|square (?:metres|meters)",
        r"kvadratmeter\w*|m2\b|m²|kvm\b|square (?:metres|meters)",
    ),
    "distance": (r"kilometer|km|meter|metres|meters|miles", r"\w*meter\w*|km\b|m\b|metres|miles"),
    "volume": (r"liter|litres|liters", r"\w*liter\w*|l\b|litres|liters"),
    "weight": (r"tons?|tonnes?", r"\w*tons?\b|tonnes?\b|t\b"),
}
# A length of time made part of the matter's name: "the 3-day course", "a four-day work week",
# "et 3-dages kursus", "firedages arbejdsuge", "toårig uddannelse". The number is what tells this
# course or week from any other: a point must give it in that unit ("3 dage", "tre dages"), or it
# is about another one. (Hyphened or joined only: "in 3 days" says when, no name.) Each unit's
# forms in a compound of the question, and how minutes write it after a figure (as a measure is
# written, MEASURE_UNITS; years too).
DURATION_UNITS: dict[str, tuple[str, str]] = {
    "days": (r"dages|dags|day", MEASURE_UNITS["days"][1]),
    "weeks": (r"ugers|week", MEASURE_UNITS["weeks"][1]),
    "hours": (r"timers|hour", MEASURE_UNITS["hours"][1]),
    "months": (r"m(?:å|aa)neders|month", MEASURE_UNITS["months"][1]),
    "years": (r"årige?|aarige?|års|year", r"\w*år(?:ig|ige|s)?\b|years?\b"),
}
# English units a number word is never glued to ("today" is no "to" + "day"); Danish glues
# them ("firedages arbejdsuge").
ENGLISH_DURATION_UNITS = frozenset(("day", "week", "hour", "month", "year"))
# A Danish verb's noun ("betjening") and the endings the verb's forms put on its root
# ("betjene", "betjent", "betjente", "betjenes"): the archive may name the matter by either.
VERB_NOUN_ENDING = "ing"
VERB_FORM_ENDINGS = ("e", "t", "te", "et", "es")
# "hvor mange timer", "how many theme days": the unit is the counted word or the one after it.
MEASURE_ASKED = r"\b(?:hvor mange|how many)\s+(?:\w+\s+)?(?:{units})\b"
# How minutes write a quantity: digits, or a number word.
# The value of a number word a question may write for a figure ("de seks ekstra pc'er", "the
# six extra PCs"); "en"/"one" are left out: as often an article or a pronoun as a figure.
NUMBER_VALUES: dict[str, int] = {
    "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10,
    "elleve": 11, "tolv": 12, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
NUMBER_WORDS = frozenset(
    """
    to tre fire fem seks syv otte ni ti elleve tolv tyve tredive fyrre halvtreds hundrede
    tusind million millioner milliard milliarder halv halvdelen halvt dobbelt
    two three four five six seven eight nine ten eleven twelve twenty hundred thousand
    million millions billion half double
    """.split()
)

# A question for when the board dealt with a matter ("hvornår blev … behandlet", "when was …
# approved"), not for a date the matter itself has: the dated decision answers it. A modal
# asks for what lies ahead ("hvornår skal … godkendes"), which the account gives.
DEALT_WITH_CUES = (
    # At a word's start: "temadrøftelsen" names an event, not the board's dealing with it.
    r"\bbehandl|\bdrøft|\bgodkend|\bvedt[ao]g|\bbeslut|\btiltr[aå]d|\bappro|\bdiscuss|\bdecid|\badopt|"
    r"\bendorse|\bsigned? off|\bdealt with|\bconsider"
)
# A when-question for a step still ahead, besides FUTURE_CUES: Danish "bliver" ("hvornår
# bliver politikken vedtaget") and "regner … med" ("hvornår regner man med …") ask the date
# the minutes expect, not the day the board dealt with the matter.
AHEAD_CUES = r"\bbliver\b|\bregner\s+(?:\w+\s+)?med\b|\banticipated\b"
# Words near a sentence's start that point back to the sentence before it ("Hertil kommer
# 0,1 mio. kr.", "For at løfte denne opgave afholdes …", "Dermed udestår 0,5 mio. kr."): such a
# sentence goes on with what the one before it says, often with its figure or its place.
BACK_REFERENCE_WORDS = frozenset(
    """
    hertil heraf herudover hermed herved dermed derved derudover desuden denne dette disse
    this these thereby furthermore moreover
    """.split()
)
FUTURE_CUES = (
    r"\b(?:skal|skulle|vil|ville|will|shall|should|is due|are due|going to|forvent\w*|"
    r"ventes|ventedes|planlagt|planned|expect\w*|scheduled|supposed to|meant to)\b"
)

# A decision's sentence that says what happens to the matter next: where a case stands, kept
# when a long decision is cut ("Direktionen besluttede, at sagen forelægges igen snarest").
NEXT_STEP_CUES = (
    r"\b(?:forelægges (?:igen|på ny|senere)|genoptages|vender tilbage|udsættes|udsat|"
    r"behandles igen|tages op igen|fornyet behandling|næste møde)\b"
)

# A question for a cause, and the words with which minutes give one.
REASON_CUES = (
    r"\bhvorfor\b|\bwhy\b|\bbegrundelse(?:n)?\b|\bårsag(?:en|er|erne)?\b|\breason|"
    # "hvad er grunden til at sygefraværet stiger", "hvad skyldes det", "what caused it".
    r"\bgrund(?:en|ene)? til\b|\bskyldes\b|\bwhat caused\b|\bcauses? (?:of|for)\b|"
    # "hvad er problemet med den måde taksterne er beregnet på", "what went wrong": what is
    # wrong is a cause, which the account gives ("fejlagtigt været beregnet …").
    r"\bproblem(?:et|erne)? (?:med|ved)\b|\bthe problems? (?:with|in)\b|\bwhat went wrong\b|"
    r"\bhvad (?:gik|var|er) galt\b"
)
# The words that give a cause ("fordi", "skyldes", "Udgifterne kan forklares med …", "Noget af
# det handler om, at …"). A clause with its own subject follows the cause's "at"; "det handler
# om at skabe …" (an infinitive) says what a thing is for.
BECAUSE_WORDS = (
    r"\bfordi\b|\bskyldes\b|\bsom følge af\b|\bpå grund af\b|\bpga\.|\bårsag\w*|"
    r"\bbegrund\w*|\bidet\b|\bhvorfor\b|\bda (?:det|der|den|de|vi|man)\b|"
    r"\bfejlagtigt\b|\bi og med\b|\bforklar\w*|\bforklaring\w*|"
    # "Baggrunden for sagen er, at …", "Afsættet for ansøgningen er, at …": the ground a
    # matter stands on, the reason minutes give for it.
    r"\b(?:baggrund(?:en)?|afsæt(?:tet)?) for\b|\bpå baggrund af\b|"
    r"\bhandler (?:\w+ )?om,? at (?:de|det|der|den|man|vi|en|et|(?-i:[A-ZÆØÅ])\w+|"
    r"\w+(?:en|et|erne))\b"
)
# A cause, or the consequence drawn from one ("derfor": the cause stands just before).
CAUSE_WORDS = BECAUSE_WORDS + r"|\bderfor\b"
# A question why another way was not taken, or why a thing is kept up ("hvorfor ikke bare …",
# "why not …", "why keep doing it at all").
WHY_NOT_CUES = (
    r"\bhvorfor\s+(?:ikke|skal\s+(?:vi|man)\s+ikke|kan\s+(?:vi|man)\s+ikke|fortsætte)\b|"
    r"\bwhy\s+(?:not|don't|doesn't|can't|won't|keep)\b"
)
# Initials as what decided ("hvad besluttede ISU", "ISU vedtog", "what did TMU decide"): a
# board's initials; other initials do other things ("BYC foreslår").
ACRONYM_DECIDES = (
    r"\b(?:hvad|hvordan)\s+(?:besluttede|vedtog|godkendte|tiltrådte)\s+(?-i:([A-ZÆØÅ]{2,5}))\b|"
    r"\b(?-i:([A-ZÆØÅ]{2,5}))\s+(?:besluttede|vedtog|godkendte|tiltrådte)\b|"
    r"\bwhat did\s+(?-i:([A-Z]{2,5}))\s+(?:decide|approve|agree)\b"
)
# "hvor meget til hhv. den store og den lille model": a sum for each of the things named after.
PAIR_CUES = r"\b(?:hhv|henholdsvis|respectively)\b"
# The words that open a question for a cause.
WHY_WORDS = r"hvorfor|why"
# The words that open a question: a short line that asks one ("Hvad drejer sagen sig om?",
# "Hvorfor?", "What is proposed?") heads the section below it, as many agenda systems title
# their sections.
QUESTION_OPENERS = (
    r"hvad|hvorfor|hvordan|hvem|hvornår|hvilke|hvilken|hvilket|hvor|"
    r"what|why|how|who|when|which|where"
)
# Why a thing is so ("hvorfor er skolerne så dyre", "why is it so expensive"): its cause
# answers; what was done about it, and for what, does not.
STATE_WHY_CUES = (
    r"\b(?:hvorfor|why)\b[^?]*?\b(?:så|so)\s+"
    r"(?:[^\W\d_]+e|[^\W\d_]+er|high|low|expensive|cheap|many|few|[^\W\d_]+ly)\b"
)
# A sentence that draws a consequence ("Taksterne bør derfor berigtiges"): its cause stands just
# before it.
# (Its one-word openers: "Derfor foreslås …" opens on a consequence, its cause the sentence before.)
CONSEQUENCE_OPENERS = ("derfor", "dermed", "therefore", "hence")
CONSEQUENCE_WORDS = r"\b(?:" + "|".join(CONSEQUENCE_OPENERS) + r")\b|\bsom konsekvens\b"
# A sentence that opens by pointing back to the one before ("Her er det nødvendigt at …", "På
# den baggrund …", "This is why …"): what it points to, the sentence before, is its cause.
POINTS_BACK_OPENING = (
    r"^(?:her|hertil|heraf|dette|det skyldes|på den baggrund|i den forbindelse|this|hence|"
    r"for this reason)\b"
)
# A cause or a purpose answers "why".
REASON_WORDS = CAUSE_WORDS + (
    r"|\bmed henblik på\b|\bfor at sikre\b|"
    # "det er tiden til at lave et servicetjek", "det er på tide": why a thing is done now.
    r"\bdet er (?:på )?tide(?:n)?\b|\bin order to\b|\bso as to\b"
)

# The asker's own errand: how to do something with a thing of their own ("how do I renew my
# passport", "hvordan fornyer jeg mit pas"). Minutes that answer it name the thing itself, not
# only the service that handles errands like it. ERRAND_CUES: a first person asking how;
# ERRAND_THING: the thing, after a possessive. ("Må min søn have sin telefon med": a permission
# asked, and the son is no thing of an errand.)
ERRAND_CUES = (
    r"\bhow (?:do|can|should|would|could) (?:i|we)\b|\bhvordan (?:\S+ )?(?:jeg|vi)\b|"
    r"\bhvor (?:kan|skal) (?:jeg|vi)\b|\bwhere (?:do|can) (?:i|we)\b"
)
ERRAND_THING = r"\b(?:my|our|mit|min|mine|vores|vort)\s+([^\W\d_][\w-]*)"

# A question for what a thing is for ("hvad skal man bruge en redegørelse til", "hvad er
# formålet med", "what is the report for", "what's the point of it"), and the words minutes
# say a use with: what it makes possible, serves or is a basis for.
PURPOSE_CUES = (
    r"\bhvad skal (?:man|vi|de|den|det|kommunen)? ?(?:\S+ ){0,6}?(?:bruge|bruges|anvende|"
    r"anvendes)\b[^?]{0,60}\btil\b|\bformål(?:et)?\b|\bhvad (?:skal|kan) (?:\S+ ){1,6}(?:bruges|"
    r"anvendes) til\b|\bwhat (?:is|are|was|were) (?:\S+ ){1,6}(?:for|used for)\b\s*\??$|"
    r"\bwhat(?:'s| is) the (?:point|purpose|use)\b|\bpurpose\b|"
    r"\bhvad (?:er|var) (?:meningen|pointen|ideen|idéen) med\b"
)
PURPOSE_WORDS = (
    r"\bmuligt at\b|\bmed henblik på\b|\bformål\w*|\bafsæt(?:tet)? for\b|\bbidrage\w* til\b|"
    r"\bgrundlag for\b|\bså (?:det|der|man|vi) (?:kan|bliver)\b|\bfor at (?:sikre|skabe|give|"
    r"kunne|styrke|understøtte)\b"
)

# A question for what a thing is ("hvad er styrket borgerkontakt for en metode", "hvad går
# ordningen ud på", "what is the … method"), and the words minutes describe one with.
DESCRIBE_CUES = (
    r"\bhvad (?:er|var) .{1,60}\bfor (?:en|et|noget)\b|\bhvad (?:går|gik) .{1,60}\bud på\b|"
    r"\bhvad indebærer\b|\bwhat (?:is|was) (?:the |a )?.{1,40}\b(?:method|scheme|model|approach)\b|"
    r"\bwhat does .{1,40}\b(?:involve|entail|mean)\b|"
    # "hvad er en jobbutik egentlig", "what is a floorwalker": what a thing of one word is.
    r"^\s*hvad er (?:en|et)\s+[\wæøå-]+(?:\s+(?:egentlig|for noget|helt præcist))?\s*\??\s*$|"
    r"^\s*what(?:'s| is) (?:a|an)\s+[\w-]+(?:\s+(?:exactly|really))?\s*\??\s*$"
)
# A question for what an abbreviation is or stands for ("hvad står SP for", "hvad er SP", "what
# is SP", "what does SP stand for"): the sentence that writes it out ("SP (Systemanalyse og
# pædagogik)") answers first. The abbreviation is a word in capitals the question writes.
DEFINITION_CUES = (
    r"\bhvad (?:står|staar|star)\b.{0,40}\bfor\b|\bhvad (?:er|betyder|hedder)\b|"
    r"\bwhat (?:is|was|are|does)\b|\bstands? for\b|\bmeans?\b|\bbetyder\b"
)
# The small words an abbreviation leaves out of its initials ("Systemanalyse og pædagogik").
INITIALS_SKIPPED = frozenset({"og", "and", "of", "for", "i", "til", "af", "med", "the", "&"})
DESCRIBE_WORDS = (
    # "Jobbutik, hvor borgere kan komme ind fra gaden …": a term and the clause that says what
    # it is, as a list of new things introduces each.
    r"^\W*[\wæøå-]+,\s+(?:hvor|som|der)\b|"
    r"\btager udgangspunkt i\b|\bbygger på\b|\bgår ud på\b|\bhandler om\b|\bindebærer\b|"
    r"\bbestår i\b|\ber en (?:metode|model|ordning|tilgang)\b|\bis based on\b|\bbuilds on\b|"
    r"\binvolves\b|\bconsists of\b"
)

# A question for what a thing is called ("hvad hedder projektet", "what is the project
# called", "what's the name of …"), and how minutes give a name: quoted, or after "titlen".
NAME_CUES = (
    r"\bhvad (?:hedder|hed|kaldes|kaldtes)\b|\bhvilket navn\b|\bnavnet på\b|"
    r"\bwhat (?:is|was|'s) (?:it|the \w+(?: \w+){0,2}) called\b|\bwhat (?:is|was) the name\b|"
    r"\bwhat'?s the name\b|\bnamed what\b"
)
NAME_WORDS = (
    r"[\"”“«»„]\w|\b(?:titlen|navnet|kaldet|hedder|betegnelsen|titled|entitled|named|called)\b"
)
# A question for where a thing comes from ("hvor kommer metoden fra", "who developed it",
# "where does the model come from"), and the words minutes give an origin with.
ORIGIN_CUES = (
    r"\bhvor (?:kommer|kom|stammer) .{0,50}\bfra\b|\bhvem (?:har )?(?:udviklet|opfundet)\b|"
    r"\boprindelse\b|\bwhere (?:does|did|do) .{0,50}\bcome from\b|"
    r"\bwho (?:developed|designed|created|invented)\b|\borigins?\b"
)
ORIGIN_WORDS = (
    r"\biværksat af\b|\budviklet af\b|\bstammer fra\b|\bkommer fra\b|\boprindelig\w*|"
    r"\binspireret af\b|\bbygger på\b|\bbaseret på\b|\bhentet fra\b|\bdeveloped by\b|"
    r"\boriginat\w*|\bbased on\b|\binspired by\b|\bbuilds on\b"
)

# A question whether a thing works ("og virker den", "har det nogen effekt", "does it work",
# "what results has it shown"), and the words minutes report results with ("Erfaringerne …
# viser følgende resultater:", "effekten", "50 % af klagerne …").
EFFECT_CUES = (
    r"\bvirke[rt]?\b|\bvirkede\b|\beffekt\w*|\bhjælper (?:det|den)\b|\bnytter (?:det|den)\b|"
    r"\bhvilke resultater\b|\bdoes (?:it|this|that) work\b|\bdid (?:it|this|that) work\b|"
    r"\beffective\w*|\beffects?\b|\bwhat results\b|\bworks?\s*\??$"
)
EFFECT_WORDS = (
    r"\bresultat\w*|\berfaring\w*|\beffekt\w*|\bviser\b|\bdokumenter\w*|\b\d+\s?(?:%|pct\b|procent)|"
    r"\bresults?\b|\bexperience\w*|\beffect\w*|\bshows?\b"
)

# A question for a meeting's closed point, named as closed ("what was decided in the closed
# item on 30 April 2013", "hvad stod der i det lukkede punkt"): its content is never public.
CLOSED_ASKED_CUES = (
    r"\b(?:the|a|det|de|et)\s+(?:closed|confidential|lukkede?|fortrolige?)\s+"
    r"(?:items?|points?|agenda items?|punkt(?:er)?|sag(?:er)?|dagsordenspunkt(?:er)?)\b|"
    r"\blukket punkt\b|\bclosed session\b"
)

# A question for the point(s) that took up a matter named after the cue ("which agenda item
# was X discussed under", "hvilke punkter handlede om X"), or, naming none, for a meeting's.
WHICH_ITEMS_CUES = (
    r"\b(?:which|what) (?:agenda )?(?:items?|points?|cases?)\b|"
    r"\bhvilke(?:t|n)? (?:dagsordens)?(?:punkt(?:er)?|sag(?:er)?)\b"
)
# The points of a meeting by what became of them there: a question for them (its cue), and
# the decision lines that record it. Minutes say a point was taken up without anything to
# minute ("Intet til referat"), not reached ("Sagen blev ikke behandlet") or postponed
# ("Udsættes."). "Nothing recorded" is asked in so many words; the others with "which items".
DECISION_STATUS: dict[str, tuple[str, str]] = {
    "nothing": (
        r"\bintet (?:til|at) referat\w*|\bnothing (?:was |is )?(?:recorded|minuted)\b|"
        r"\bnothing (?:to|for|in) the minutes\b|"
        r"\bno decisions? (?:was |were )?(?:recorded|minuted)\b",
        r"^\W*(?:intet|ikke noget) (?:til|at) referat\w*\W*$|"
        r"^\W*nothing (?:to|for) (?:the )?minutes?\W*$",
    ),
    "not_dealt": (
        r"\bikke (?:blev |var |er )?(?:behandlet|nået|naaet|drøftet)\b|"
        r"\bn(?:å|aa)ede\b[^?]{0,40}\bikke\b|\bikke n(?:å|aa)ede\b|"
        r"\bnot (?:dealt with|discussed|considered|handled|reached)\b|"
        r"\b(?:didn'?t|did not|never) get (?:round |around )?to\b",
        r"\b(?:blev|er|bliver|var) ikke behandlet\b|\bikke n(?:å|aa)et\b|\bn(?:å|aa)ede ikke\b|"
        r"\bnot (?:dealt with|discussed|considered)\b",
    ),
    "postponed": (
        r"\budsat\b(?! for)|\budskudt\b|\budsættes\b|\bpostpone[ds]?\b|\bdeferred\b|\bput off\b",
        r"\budsat\b(?! for)|\budsættes\b|\budskudt\b|\budskydes\b|\bpostponed\b|\bdeferred\b",
    ),
}

# A question for what a case is about ("hvad handlede sag 22/11606 om", "hvad går sagen ud på",
# "what was case 22/11606 about"): its matter, not only the decisions of its timeline.
CASE_ABOUT_CUES = (
    r"\bhvad (?:handler|handlede|drejer|drejede|går|gik)\b|\bwhat (?:is|was|are|were)\b[^?]*"
    r"\babout\s*\??\s*$|\bwhat (?:is|was) (?:it|the case)\b[^?]*\babout\b|"
    # "hvad er sag 22/11606", "what is case 13/9325": what the case is, asked bare.
    r"\bhvad (?:er|var) sag(?:en)?\s+\d|\bwhat (?:is|was) case\s+\d"
)

# The section in which the administration recommends a decision (headings.py names it so),
# and the words with which a question asks for that recommendation. It says what was proposed,
# not what was decided or what the matter holds: a question for a fact, a date or a cause is
# answered from the account or the decision first.
PROPOSAL_SECTION = "Indstilling"
PROPOSAL_CUES = r"\bindstil\w*|\brecommend\w*"

# A question about how a matter developed wants points from several meetings.
HISTORY_CUES = (
    # "på tværs af møderne", "across its meetings" — not "sundhed på tværs", "cross-centre".
    r"gennem tiden|over tid|på tværs af (?:\w+ )?(?:møder|årene)|hvad skete der|historik|"
    # "på direktionsmøderne i 2013", "at the meetings in 2013": each of the meetings.
    r"\b[\wæøå]*møderne\b|\bthe (?:[\w-]+ )?meetings\b|"
    r"across (?:\w+ )?(?:meetings|years)|over time|history|"
    r"what happened|dealt with|behandlet|hvordan er .* kommet|over the years"
)

# Words that greet or thank rather than ask ("hej", "mange tak", "thanks!"): a message of only
# these gets a word on how to ask, not a refusal that names the nearest agenda point.
# A greeting before a question ("hej, hvad blev besluttet om …") is not part of its topic.
GREETINGS = frozenset({"hej", "hejsa", "davs", "goddag", "godmorgen", "hi", "hello", "hey"})
ENGLISH_SMALL_TALK = frozenset(
    {"hi", "hello", "hey", "thanks", "thank", "you", "cheers", "bye", "goodbye", "okay"}
)
SMALL_TALK = (
    GREETINGS
    | ENGLISH_SMALL_TALK
    | frozenset({"tak", "mange", "tusind", "hjælpen", "farvel", "ok", "fint", "super"})
)

# A pronoun that points back to the conversation's subject: last in a Danish question, after
# its verb ("hvor meget stiger de?", "hvornår starter det nu?"), or after an English auxiliary
# ("what did it cost?", "when do they start?"). "hvad koster den nye skole?" names its own.
BACK_REFERENCE_RE = re.compile(
    r"\b(?:de|den|det|dem)(?:\s+(?:nu|igen|så|egentlig))?\s*\??\s*$|"
    r"\b(?:do|does|did|will|would|is|was|are|were|has|have|had|can|could|should)\s+"
    r"(?:it|they)\b",
    re.IGNORECASE,
)
# "og hvad med X?" / "what about X?": X replaces the conversation's subject.
SUBJECT_SWAP_RE = re.compile(
    r"^\s*(?:og |men |så |and |but |so )?(?:hvad med|hvad så med|hvad angår|hvordan med|"
    r"end|what about|how about|and)\s+(?P<subject>.+?)\s*\??\s*$",
    re.IGNORECASE,
)

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe", "ä": "ae"})


# Staff without a Danish keyboard write å as "aa", æ as "ae" and ø as "oe" ("hvornaar",
# "paa", "sygefravaeret"). Function and cue words are compared in both spellings.
_RESPELL_RE = re.compile(r"aa|ae|oe|Aa|Ae|Oe|AA|AE|OE")
_RESPELL = {
    "aa": "å",
    "ae": "æ",
    "oe": "ø",
    "Aa": "Å",
    "Ae": "Æ",
    "Oe": "Ø",
    "AA": "Å",
    "AE": "Æ",
    "OE": "Ø",
}


# A year counted from when the question is asked ("næste år", "sidste år", "next year"): a time,
# never a matter to search for ("Næste møde afholdes …" closes many minutes).
RELATIVE_YEAR_RE = re.compile(
    r"\b(?:(?:til |fra )?(?:næste|naeste|sidste|forrige|kommende) år|i år|i fjor|"
    r"(?:next|last|this|the coming) year)\b(?!\s*\d)",
    re.IGNORECASE,
)
# Units a question spells out and minutes abbreviate ("en kubikmeter vand", "11,40 kr. pr.
# m3"): they say how a matter is measured, not what it is, so the archive's knowing them or
# not says nothing about whether it holds the matter.
UNIT_WORDS = frozenset(
    """
    kubikmeter kvadratmeter kilometer kilometre meter procent procents kroner kr timer
    cubic square kilometres kilometers metres meters percent per cent
    """.split()
)


def respell(text: str) -> str:
    """``text`` with the ASCII spellings of æ, ø and å written as the letters. Only for
    comparing with word lists: it also respells words that mean "ae" ("Michael")."""
    return _RESPELL_RE.sub(lambda m: _RESPELL[m.group(0)], text)


_WORD_RE = re.compile(r"\w+")


def with_respellings(text: str) -> str:
    """``text`` followed by its words that hold an ASCII spelling of æ, ø or å, respelled
    ("sygefravaeret" adds "sygefraværet"), for word search: the written form is then found,
    and a word that really is spelled so ("Michael", "koefficient") still finds itself."""
    # Word by word: a pattern for "a word holding aa" would rescan each word from every letter.
    words = (m.group(0) for m in _WORD_RE.finditer(text))
    extra = [r for w in words if (r := respell(w)) != w]
    return f"{text} {' '.join(extra)}" if extra else text


def fold(word: str) -> str:
    """A word without Danish letters, so "solgarden", "solgaarden" and "solgården" compare equal.

    The letters are spelled out (æ -> ae, ø -> oe, å -> aa) and then doubled vowels collapse, so
    both the ASCII spellings staff type (a for å, o for ø) meet the written form.
    """
    text = word.lower().translate(_FOLD)
    return text.replace("aa", "a").replace("ae", "a").replace("oe", "o")


# How often a word occurs in everyday language (wordfreq's Zipf scale: 6 is "gang", 3 is
# "svømmehallen", 0 a word it does not list) from which an asked word the archive never uses
# is taken for the asker's own phrasing ("betale", "ekstra", "byggeriet") rather than for a
# matter the minutes lack ("svømmehal" in an archive without one). An archive of a few
# meetings knows few ordinary words, so without this every paraphrase looks like a new topic.
EVERYDAY_ZIPF = 4.0


@lru_cache(maxsize=65536)
def everyday_word(word: str, lang: str = "da", zipf: float = EVERYDAY_ZIPF) -> bool:
    """Whether ``word`` is ordinary language in ``lang`` (wordfreq's frequency lists, bundled
    with the package: nothing is downloaded), at least ``zipf`` on its scale."""
    from wordfreq import zipf_frequency

    lower = word.lower()
    # Typed without æøå ("naaet") it is the same word ("nået").
    forms = {lower, respell(lower)}
    if lang == "da":
        # An inflected form is as ordinary as its word: the frequency lists count "opkald"
        # often and "opkaldene" never.
        forms |= {base for form in forms for base in _base_forms(form)}
    return max(zipf_frequency(w, lang) for w in forms) >= zipf


@lru_cache(maxsize=65536)
def danish_not_english(word: str) -> bool:
    """Whether ``word`` is a Danish word and no English one ("hjemmearbejde" in "the policy on
    hjemmearbejde"): an English question may name its matter in Danish."""
    from wordfreq import zipf_frequency

    lower = word.lower()
    return zipf_frequency(lower, "en") == 0 and zipf_frequency(lower, "da") > 0


def more_danish_than_english(word: str) -> bool:
    """Whether Danish text writes ``word`` far more than English does: a Danish name or word
    an English question types in lower case ("the nordea foundation", "roskilde"), which
    English text knows only as a borrowed name."""
    from wordfreq import zipf_frequency

    lower = word.lower()
    danish = zipf_frequency(lower, "da")
    return danish >= _DANISH_NAME_ZIPF and danish - zipf_frequency(lower, "en") >= _DANISH_MARGIN


# How common in Danish, and how much more common than in English, such a word is.
_DANISH_NAME_ZIPF = 3.0
_DANISH_MARGIN = 1.5


@lru_cache(maxsize=65536)
def language_lean(word: str) -> int:
    """1 where English text writes ``word`` far more than Danish text does ("decisions",
    "main"), -1 for the reverse ("beslutninger"), 0 for a word both write ("budget",
    "seminar"): a vote for a question's language when it has no function words to count."""
    from wordfreq import zipf_frequency

    lower = word.lower()
    margin = zipf_frequency(lower, "en") - zipf_frequency(respell(lower), "da")
    return 1 if margin >= _DANISH_MARGIN else -1 if margin <= -_DANISH_MARGIN else 0


# How often a word must occur in everyday Danish (wordfreq's Zipf scale) to count as a word of
# its own rather than a misspelling: "markering" (3.4) is no typo of "parkering" (3.8), while
# "rekrutering" (0) is one of "rekruttering". (The answerer asks this only of words that differ
# at their first letter: words that share their start are often one word's forms.)
WORD_ZIPF = 2.0


@lru_cache(maxsize=65536)
def two_words(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are both words of everyday Danish (or English): one edit apart
    they are two words ("parkering", "markering"), not a word and its typo."""
    return a != b and a_word(a) and a_word(b)


@lru_cache(maxsize=4096)
def unwritten(word: str) -> bool:
    """Whether no Danish or English text in the frequency lists writes ``word`` (or its æøå
    spelling): "programledelsn", "inovationspulje" are typed, not words."""
    from wordfreq import zipf_frequency

    return all(
        zipf_frequency(w, lang) == 0
        for w in {word.lower(), respell(word.lower())}
        for lang in ("da", "en")
    )


def a_word(word: str) -> bool:
    """Whether ``word`` is a word of its own in everyday Danish or English (``WORD_ZIPF``):
    "mad" is; "inovation", a misspelling some texts make, is not."""
    from wordfreq import zipf_frequency

    lower = word.lower()
    return max(zipf_frequency(lower, "da"), zipf_frequency(lower, "en")) >= WORD_ZIPF


# The letters a Danish typo may add or replace.
DANISH_LETTERS = "abcdefghijklmnopqrstuvwxyzæøå"


def one_edit_spellings(word: str) -> list[str]:
    """Every spelling one edit from ``word`` (a letter dropped, swapped with the next,
    replaced or added), the likelier edits first: a dropped or swapped letter before a
    replaced one before an added one."""
    w = word.lower()
    out: dict[str, None] = {}
    for i in range(len(w)):
        out[w[:i] + w[i + 1 :]] = None
    for i in range(len(w) - 1):
        out[w[:i] + w[i + 1] + w[i] + w[i + 2 :]] = None
    for i in range(len(w)):
        for a in DANISH_LETTERS:
            out[w[:i] + a + w[i + 1 :]] = None
    for i in range(len(w) + 1):
        for a in DANISH_LETTERS:
            out[w[:i] + a + w[i:]] = None
    out.pop(w, None)
    return list(out)


def not_english(word: str) -> bool:
    """Whether no English text uses ``word`` ("kantineordning", not "gymnasium")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") == 0


# Endings that make a noun of a verb or an adjective ("udbygges" → "udbygning", "bevilge" →
# "bevillingen"): what follows a word the archive writes is then no second word of a compound.
DERIVING_ENDINGS = ("ning", "ing", "else", "hed", "skab", "ende", "ering")


# Danish plural and definite endings, longest first; a base keeps at least four letters.
_INFLECTIONS = ("erne", "ene", "en", "et", "er", "ne")


def _base_forms(word: str) -> set[str]:
    # A verb's infinitive counts as its present tense ("udkomme" as "udkommer").
    out: set[str] = {word + "r"} if word.endswith("e") and len(word) >= 5 else set()
    for ending in _INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            base = word[: -len(ending)]
            out |= {base, base + "e"}
    return out


# Beside a case number, which names the matter by itself, words down to this frequency say
# what the asker wants to know of it ("udskudt", "henlagt") rather than name another matter
# ("tandpleje" is rarer).
CASE_STATUS_ZIPF = 3.5

# Group headings of minutes that sort their points by access ("Lukkede punkter", "Dagsorden -
# lukket del", "Ikke offentlige sager", "Åben dagsorden", "Part 2 - exempt items"): the words
# that say who may read the points below, and the nouns that name a group of points (never one
# point: "Lukket punkt" is a point's own status). See indexer.parse.
CLOSED_GROUP_WORDS = (
    "lukket", "lukkede", "fortrolig", "fortrolige", "fortroligt", "ikke offentlig",
    "ikke offentlige", "ikke offentligt", "ikke-offentlig", "ikke-offentlige", "ikke-offentligt",
    "ej offentlig", "ej offentlige", "ej offentligt", "closed", "confidential", "exempt",
)  # fmt: skip
OPEN_GROUP_WORDS = (
    "åben", "åbne", "åbent", "offentlig", "offentlige", "offentligt", "open", "public",
)  # fmt: skip
GROUP_NOUNS = (
    "punkter", "sager", "dagsordenspunkter", "del", "møde", "dagsorden", "session", "items",
    "business", "part",
)  # fmt: skip
# The label of a legend that says what the marks beside the points' titles mean ("Tegnforklaring:
# (Å) åbent punkt – (L) lukket punkt", "Key: (C) closed item"). See indexer.parse. Folded.
# A legend may name the kinds of point its marks stand for ("Sagstyper: (B) = beslutningssag, (O)
# = orienteringssag", "Item types: (D) decision item"): those marks are no status (see
# AGENDA_PURPOSES).
LEGEND_LABELS = frozenset({
    "tegnforklaring", "signaturforklaring", "forklaring", "forkortelser", "legend", "key",
    "sagstyper", "sagstype", "punkttyper", "punkttype", "item types",
})  # fmt: skip
# What an agenda says the meeting is to do with a point, in brackets after its title ("(til
# beslutning)", "(orientering v/ Anders)", "(drøftelse)", "(for decision)"): a note, no part of
# the title (see indexer.parse).
AGENDA_PURPOSES = (
    "beslutning", "orientering", "drøftelse", "godkendelse", "information", "debat",
    "gensidig orientering", "decision", "discussion", "approval", "noting",
)  # fmt: skip
# The nouns a purpose names a kind of point with, joined ("beslutningssag", "orienteringspunkt")
# or after it ("decision item"): a legend's "(B) = beslutningssag" says the mark "(B)" is the
# point's kind, as "(til beslutning)" after a title says it.
AGENDA_PURPOSE_NOUNS = ("sag", "sager", "punkt", "punkter", "item", "items", "matter", "matters")

# The word a letter's or an e-mail's greeting opens with ("Kære alle i skolebestyrelsen", "Hej
# bestyrelse", "Dear members of the Council"): the line says whom the mail is written to, never
# the board's name (see indexer.parse). Folded.
SALUTATIONS = frozenset({
    "kære", "hej", "hejsa", "halløj", "goddag", "dear", "hi", "hello", "hey",
})  # fmt: skip

# A line that says the closed part of a meeting is over and the doors open again ("Mødet atter
# åbent", "Åbent møde igen", "Mødet fortsatte for åbne døre", "Open session resumed"): it ends a
# closed group as "Åbne punkter" does (see indexer.parse). Folded, the whole line.
REOPENED_PATTERN = (
    r"(?:mødet[ \t]{1,3}(?:er[ \t]{1,3}|blev[ \t]{1,3})?(?:atter|igen|på[ \t]{1,3}ny)"
    r"[ \t]{1,3}(?:åbent|åbnet)"
    r"|mødet[ \t]{1,3}(?:er[ \t]{1,3}|blev[ \t]{1,3})?(?:åbent|åbnet)[ \t]{1,3}(?:atter|igen)"
    r"|(?:atter|igen)[ \t]{1,3}åbent[ \t]{1,3}møde|åbent[ \t]{1,3}møde[ \t]{1,3}(?:atter|igen)"
    r"|(?:mødet[ \t]{1,3})?(?:fortsatte|fortsætter|fortsat|genoptaget|blev[ \t]{1,3}genoptaget"
    r"|genoptages)[ \t]{1,3}for[ \t]{1,3}åbne[ \t]{1,3}døre"
    r"|(?:open|public)[ \t]{1,3}session[ \t]{1,3}resumed"
    r"|(?:the[ \t]{1,3})?meeting[ \t]{1,3}resumed[ \t]{1,3}in[ \t]{1,3}"
    r"(?:public|open[ \t]{1,3}session))"
)
# What such a heading may name before its status: "Dagsorden - lukket del", "Punkter på lukket
# møde", "Dagsordenspunkter, lukket møde".
GROUP_LEADS = ("dagsorden", "dagsordenspunkter", "punkter", "sager", "referat", "mødet", "items")

# Case and document systems of Danish municipalities: their name labels a case number alone
# ("Acadre: 08/2214", "SBSYS-nr. 24/1234") or before a case label ("Sbsys sagsnr."). Matched
# case-insensitively (see indexer.headings).
CASE_SYSTEMS = (
    "Acadre", "SBSYS", "eDoc", "Captia", "WorkZone", "GetOrganized", "Docunote", "ESDH", "KMD Nova",
    "F2",
)  # fmt: skip

# The endings of the word before a case label that says whose case number it is: the genitive
# ("kommunens sagsnr.", "Stiftets j.nr.") and the definite singular a letterhead writes an
# authority's name in ("Stiftet j.nr. 2019-0712", "Kommunen sagsnr. 24/1234").
CASE_OWNER_ENDINGS = ("s", "en", "et")

# The words a line of its own under a point's heading cites the point's case with ("(jf.
# kommunens sag 22-0877)", "Se sagsnr. 24/1234", "(cf. case no. 24/1234)"): the case the point is
# about, as a label gives it. Folded, without the period an abbreviation takes.
CASE_CITING_WORDS = ("jf", "jfr", "jævnfør", "se", "vedr", "vedrørende", "cf", "see", "ref")
