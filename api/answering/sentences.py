"""Sentence selection for extractive answers: split a point's sections into sentences and list
items, and score them against the question.

A sentence scores by the question's words it shares, each weighted by how rare it is *within
the point*: the retriever already chose the point because it matches the question's topic, so
the topic words ("stabscentre", "digitaliseringsstrategi") occur in most of its sentences and
cannot tell them apart; the words that are left ("deltage", "afsat", "temaer") point at the
sentence that answers. On top of that, a sentence that holds the kind of thing the question
asks for (an amount for "hvor meget", a date for "hvornår", names for "hvem", a list for
"hvilke") gets a bonus.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from api.answering.evidence import named_initials, one_edit, unwrap
from api.retrieval.analysis import cue_text_of, opens_with_verb
from api.retrieval.glossary import danish_terms, with_danish
from api.retrieval.question import detect_language
from indexer.language import (
    AHEAD_CUES,
    BECAUSE_WORDS,
    CAUSE_WORDS,
    COMPARE_CUES,
    CONSEQUENCE_OPENERS,
    CONSEQUENCE_WORDS,
    COST_CUES,
    COST_WORDS,
    COUNT_WORDS,
    COUNTED_RE,
    DANISH_MONTHS,
    DEALT_WITH_CUES,
    DEFINITION_CUES,
    DEGREE_UNITS,
    DESCRIBE_CUES,
    DESCRIBE_WORDS,
    EACH_CUES,
    EFFECT_CUES,
    EFFECT_WORDS,
    FREQUENCY_ASKED_CUES,
    FREQUENCY_GIVEN,
    FUTURE_CUES,
    INITIALS_SKIPPED,
    INTENT_CUES,
    LIST_ASKING_CUES,
    MONEY_AMOUNT,
    MONEY_CUES,
    NAME_CUES,
    NAME_WORDS,
    NUMBER_VALUES,
    ORIGIN_CUES,
    ORIGIN_WORDS,
    PAIR_CUES,
    PEOPLE_NOUNS,
    POINTS_BACK_OPENING,
    PREPOSITIONS,
    PROPOSAL_CUES,
    PROPOSAL_SECTION,
    PURPOSE_CUES,
    PURPOSE_WORDS,
    QUESTION_OPENERS,
    REASON_CUES,
    REASON_WORDS,
    REFERENCE_FIGURE_WORDS,
    SECOND_QUESTION_RE,
    SOURCE_CUES,
    STATE_WHY_CUES,
    STOP_WORDS,
    TIMES_ASKED_CUES,
    TIMES_GIVEN,
    VERB_PARTICLES,
    WHAT_NEXT_CUES,
    WHY_NOT_CUES,
    WHY_WORDS,
    YES_NO_OPENERS,
    compared_forms,
    fold,
    with_respellings,
)
from indexer.models import AgendaPoint, Section
from indexer.text import analyze, tokenize

# What a question asks for, read with the intent cue words of indexer.language.
_AMOUNT_Q_RE = re.compile(INTENT_CUES["fact"], re.IGNORECASE)
_WHEN_Q_RE = re.compile(INTENT_CUES["when"], re.IGNORECASE)
_WHO_Q_RE = re.compile(INTENT_CUES["who"], re.IGNORECASE)
_LIST_Q_RE = re.compile(INTENT_CUES["list"], re.IGNORECASE)
_ATTENDED_Q_RE = re.compile(INTENT_CUES["attendance"], re.IGNORECASE)
# "hvem sad i arbejdsgruppen": a group's members, which the point lists, not who attended it.
_GROUP_Q_RE = re.compile(r"grup+e|\bgroup|forum|netværk|panel|task force", re.IGNORECASE)
_LIST_ASKING_Q_RE = re.compile(LIST_ASKING_CUES, re.IGNORECASE)
_DECISION_Q_RE = re.compile(INTENT_CUES["decision"], re.IGNORECASE)
_WHAT_NEXT_Q_RE = re.compile(WHAT_NEXT_CUES, re.IGNORECASE)
_DEALT_Q_RE = re.compile(DEALT_WITH_CUES, re.IGNORECASE)
_FUTURE_Q_RE = re.compile(FUTURE_CUES, re.IGNORECASE)
_AHEAD_Q_RE = re.compile(AHEAD_CUES, re.IGNORECASE)
# A sentence that records a decision ("Direktionen godkendte dermed strategien").
_DECIDED_RE = re.compile(
    r"\b(?:besluttede|besluttet|godkendte|godkendt|godkendes|tiltrådte|tiltrådt|vedtog|vedtaget|"
    r"blev enige|aftalt|udsættes|udsat|tages til efterretning|taget til efterretning|"
    # "der var enighed om, at …", "generelt opbakning til …": how minutes record what the
    # board agreed on when no vote was taken.
    r"enighed om|enige om|opbakning til|bakkede op om|besluttes|aftalte|konkluderede)\b",
    re.IGNORECASE,
)
# What an answer of each kind looks like in Danish minutes.
_AMOUNT_RE = re.compile(
    r"\d[\d.,]*\s*(?:-\s*\d[\d.,]*\s*)?(?:mio\.?|mia\.?|kr\b|kroner|pct\b|procent|%)",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")
# A sum of money as minutes write it, also in millions written out ("4 millioner kroner",
# "2-millioner kroner"), and a question for one ("hvor mange penge", "how much … set aside").
_MONEY_RE = re.compile(MONEY_AMOUNT, re.IGNORECASE)
_MONEY_Q_RE = re.compile(MONEY_CUES, re.IGNORECASE)
_EACH_Q_RE = re.compile(EACH_CUES, re.IGNORECASE)


# A sum given as a share of another ("50 pct. af udgiften", "30 % of the cost").
_SHARE_OF_RE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:%|pct\.?|procent|per cent)\s+(?:af|of)\b", re.IGNORECASE
)


def _has_amount(text: str) -> bool:
    return bool(_AMOUNT_RE.search(text) or _MONEY_RE.search(text))


# A question for a cost, and the words a line that gives one uses.
_COST_Q_RE = re.compile(COST_CUES, re.IGNORECASE)
_COST_RE = re.compile(COST_WORDS, re.IGNORECASE)
# How much a question word that the point's title holds counts in telling sentences apart.
_TITLE_WORD_WEIGHT = 0.5
_FREQUENCY_ASKED_RE = re.compile(FREQUENCY_ASKED_CUES, re.IGNORECASE)
_FREQUENCY_GIVEN_RE = re.compile(FREQUENCY_GIVEN, re.IGNORECASE)
# A name the question writes ("why couldn't Targit replace the tables") is the most particular
# thing it asks about: the sentence that names it is about the matter asked.
_NAME_WEIGHT = 2.0
# A capitalised word past the question's first, neither an acronym nor a word of one letter.
_QUESTION_NAME_RE = re.compile(r"(?<=\s)[A-ZÆØÅ][a-zæøåéüö]{2,}\b")


def _question_names(question: str) -> set[str]:
    """The stems of the names a question writes (its first word aside: every question
    capitalises that)."""
    return {t for m in _QUESTION_NAME_RE.finditer(question) for t in tokenize(m.group(0))}


# A question for the administration's recommendation; what the recommendation's sentences count
# for in answering any other question but a decision question.
_PROPOSAL_Q_RE = re.compile(PROPOSAL_CUES, re.IGNORECASE)
_PROPOSAL_WEIGHT = 0.6
# The bonus of a cause given just after the sentence most about a matter asked why of.
_AFTER_MATTER_BONUS = 1.0
# A sentence under a sub-heading of another matter than the one the question names (a word it
# shares with the question, "oplæg", is another matter's).
_ELSEWHERE_PENALTY = 1.0
# A part of a matter named by a word and its number ("Model 1", "fase 4", "spor 2"): the
# sentences under that label answer a question that names it, not those about "Model 2".
_LABEL_RE = re.compile(r"\b([^\W\d_]{3,})\s+(\d{1,2})(?![\d.,/-]\d)\b", re.IGNORECASE)
# Words before a number that say where or when, not which part: the point, the case, a time.
_NOT_LABELS = frozenset(
    "punkt pkt item point sag case kl klokken den the uge week side page bilag nr".split()
)
_LABEL_BONUS = 1.0
# The source a question names its answer from ("ifølge nøgletalsrapporten").
_SOURCE_RE = re.compile(SOURCE_CUES, re.IGNORECASE)
# A question for a cause, and the words with which a sentence gives one.
_REASON_Q_RE = re.compile(REASON_CUES, re.IGNORECASE)
_STATE_WHY_RE = re.compile(STATE_WHY_CUES, re.IGNORECASE)
_PURPOSE_Q_RE = re.compile(PURPOSE_CUES, re.IGNORECASE)
_PURPOSE_RE = re.compile(PURPOSE_WORDS, re.IGNORECASE)
_REASON_RE = re.compile(REASON_WORDS, re.IGNORECASE)
_CAUSE_RE = re.compile(CAUSE_WORDS, re.IGNORECASE)
_BECAUSE_RE = re.compile(BECAUSE_WORDS, re.IGNORECASE)
_CONSEQUENCE_RE = re.compile(CONSEQUENCE_WORDS, re.IGNORECASE)
_POINTS_BACK_RE = re.compile(POINTS_BACK_OPENING, re.IGNORECASE)
# A question that opens by asking why ("hvorfor er udgifterne så høje", "why are the costs …").
_WHY_LEADS_RE = re.compile(r"\W*(?:" + WHY_WORDS + r")\b", re.IGNORECASE)
_EFFECT_Q_RE = re.compile(EFFECT_CUES, re.IGNORECASE)
_EFFECT_RE = re.compile(EFFECT_WORDS, re.IGNORECASE)
_DESCRIBE_Q_RE = re.compile(DESCRIBE_CUES, re.IGNORECASE)
_COMPARE_Q_RE = re.compile(COMPARE_CUES, re.IGNORECASE)
_REFERENCE_RE = re.compile(REFERENCE_FIGURE_WORDS, re.IGNORECASE)
_FIGURE_RE = re.compile(r"\d")
_DESCRIBE_RE = re.compile(DESCRIBE_WORDS, re.IGNORECASE)
_NAME_Q_RE = re.compile(NAME_CUES, re.IGNORECASE)
_NAME_WORD_RE = re.compile(NAME_WORDS, re.IGNORECASE)
_ORIGIN_Q_RE = re.compile(ORIGIN_CUES, re.IGNORECASE)
_ORIGIN_RE = re.compile(ORIGIN_WORDS, re.IGNORECASE)
# A count and what it counts, one word between allowed: "15-20 temadage", "tre nye temaer".
_COUNT_RE = re.compile(
    r"(?<![\w.,])(?:\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?|to|tre|fire|fem|seks|syv|otte|ni|ti|"
    r"two|three|four|five|six|seven|eight|nine|ten)\s+(?:[^\W\d_]+\s+)?([^\W\d_][\w-]*)",
    re.IGNORECASE,
)
_MONTHS = "|".join(DANISH_MONTHS)
# A date, a month or a year: what answers "hvornår" outright.
_DATE = (
    r"\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b|\b(?:" + _MONTHS + r")\b|\b(?:19|20)\d{2}\b|"
    r"\bkl\.\s*\d|\b\d\.\s*kvartal\b|\buge \d"
)
_DATE_RE = re.compile(_DATE, re.IGNORECASE)
# A date, or words that say when less exactly (a quarter, "medio", a season, a holiday).
_TIME_RE = re.compile(
    _DATE + r"|\b(?:kvartal|medio|ultimo|primo|inden|"
    r"frem til|senest|hver[t]?|årlig[t]?|halvår\w*|månedlig[t]?|løbende|"
    r"(?:sommer|efterårs|vinter|jule|påske)ferie\w*|jul(?:en)?|påske(?:n)?|"
    r"forår(?:et)?|efterår(?:et)?|sommer(?:en)?|vinter(?:en)?)\b",
    re.IGNORECASE,
)
# Each degree a question may ask ("hvor stærkt") and a figure in its units ("40 km/t").
_DEGREES = tuple(
    (
        re.compile(rf"\b(?:hvor|how)\s+(?:{asked})\b", re.IGNORECASE),
        re.compile(rf"\d[\d.,]*\s*(?:{units})(?!\w)", re.IGNORECASE),
    )
    for asked, units in DEGREE_UNITS
)


def _degree_units(question: str) -> re.Pattern[str] | None:
    """The units of the degree a question asks ("hvor stærkt" → "km/t"), if it asks one."""
    return next((units for asked, units in _DEGREES if asked.search(question)), None)


_TIMES_ASKED_RE = re.compile(TIMES_ASKED_CUES, re.IGNORECASE)
_TIMES_GIVEN_RE = re.compile(TIMES_GIVEN, re.IGNORECASE)

# Two or more capitalised words in a row, or a capitalised word in a list of them: a name.
_NAME_RE = re.compile(
    r"\b[A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå]+)+\b|"
    r"\b[A-ZÆØÅ][a-zæøå]+,\s+[A-ZÆØÅ][a-zæøå]+"
)


def _names_someone(text: str) -> bool:
    """Whether ``text`` holds a name: capitalised words in a row, not a capitalised function
    word opening a sentence before one ("Under Direktionens …", "I Taastrupgård …")."""
    for m in _NAME_RE.finditer(text):
        first = re.split(r"[ ,-]", m.group(0), maxsplit=1)[0].lower()
        if first in STOP_WORDS or first in PREPOSITIONS:
            if len(re.split(r"[ -]", m.group(0))) <= 2:
                continue
        return True
    return False


def names_actor(text: str) -> bool:
    """Whether ``text`` names someone or a unit who does or holds something."""
    return _names_someone(text) or _UNITS_RE.search(text) is not None


# Units named by their abbreviations, several together: "BYC, BURC, FKC og de boligsociale
# helhedsplaner har udarbejdet …" says who stands behind something, as names do.
# One unit as the subject that opens a sentence ("BYC har programledelsen", "HRC skal …") says
# who holds a task.
_UNITS_RE = re.compile(
    r"\b[A-ZÆØÅ]{2,5}\b(?:\s*(?:,|\bog\b|\band\b|&)\s*[A-ZÆØÅ]{2,5}\b)+|"
    r"^[-–•*\s]*[A-ZÆØÅ]{2,5}\s+(?:har|skal|står|leder|varetager|tager|får|udarbejder|has|will|"
    r"leads|is)\b"
)
_ACTOR_RE = re.compile(
    r"\b(deltog|deltager|deltage|præsenterede|fremlagde|orienterede|"
    r"forelagde|består af|indstiller|foreslår|foreslog)\b",
    re.IGNORECASE,
)
# "Stine West Dyhr deltog under punktet." records who attended, not what was decided.
ATTENDANCE_RE = re.compile(r"\bdelt(?:og|ager)\b.*\b(punktet|mødet|drøftelsen)\b", re.IGNORECASE)


# A list written out in a sentence: three or more capitalised items, "A, B, C og D"; or,
# after a colon, three or more items of a few words each in any case ("præsenterede
# karakteristikkerne: Helhedsorientering, partnerskaber, borgerinddragelse og …").
INLINE_LIST_RE = re.compile(
    r"(?:\b[A-ZÆØÅ][\w-]+,\s+){2,}(?:[A-ZÆØÅ][\w-]+,?\s+)?(?:og|and|samt)\s+[A-ZÆØÅ]"
    r"|:\s+(?:[\w-]+(?:\s+[\w-]+){0,2},\s+){2,}[\w-]+(?:\s+[\w-]+){0,2}\s+(?:og|and|samt)\s+\w"
    # "tre politiske spor hhv. børn & unge, grøn kommune samt sundhed": a count of things,
    # then their names after "hhv.".
    rf"|\b(?:\d+|{COUNT_WORDS})\s+(?:[\w-]+,?\s+){{0,2}}"
    r"(?:hhv\.|henholdsvis|nemlig|namely)\s+(?:[\w&-]+(?:\s+[\w&-]+){0,2},\s+)+"
    r"[\w&-]+(?:\s+[\w&-]+){0,2}\s+(?:og|and|samt)\s+\w"
)


def only_attendance(sentence: str) -> bool:
    """Whether a sentence records who attended and little else ("... deltog under punktet og
    præsenterede karakteristikkerne: ..." goes on to say what they presented)."""
    match = ATTENDANCE_RE.search(sentence)
    return match is not None and len(sentence) - match.end() < 30


_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"“(])")
# Danish abbreviations that end in a period without ending the sentence ("ca. 0,6 mio. kr.").
_ABBREVIATIONS = frozenset(
    "ca kr mio mia fx bl.a jf pct nr dvs mv evt inkl f.eks stk ang vedr ift iht mht el osv "
    "tlf kl pga ifm hhv m.fl m.m bl".split()
)
_INITIALS_RE = re.compile(r"(?:[A-ZÆØÅ]\.)+")
_BULLET_RE = re.compile(r"^\s*(?:[-–•·]|\d{1,2}[.)]|[a-z][.)])\s+")
_ENUMERATOR_RE = re.compile(r"^(?:- )?\d{1,2}(?:\.\d{1,2})*[.)]$|^[a-z][.)]$")
# "Vi møder borgeren digitalt: Høje-Taastrup Kommune vil ..." — a list item with a heading.
_HEADED_ITEM_RE = re.compile(r"^[A-ZÆØÅ][^.:]{2,60}:\s+\S")
_NUMBER_WORDS = {
    "1": "en",
    "2": "to",
    "3": "tre",
    "4": "fire",
    "5": "fem",
    "6": "seks",
    "7": "syv",
    "8": "otte",
    "9": "ni",
    "10": "ti",
}


def split_line(line: str) -> list[str]:
    """The sentences of one line of text; an enumerator ("1.") stays with its item."""
    pieces = [p for p in _SENTENCE_END_RE.split(line.strip()) if p.strip()]
    merged: list[str] = []
    for piece in pieces:
        last = merged[-1] if merged else ""
        last_token = last.rsplit(" ", 1)[-1]
        last_word = last_token.rstrip(".").lower()
        if merged and (
            last_word in _ABBREVIATIONS
            or _ENUMERATOR_RE.match(last)
            # A name's initials: "Entreprenørfirmaet H. Kristiansen & Søn", "H.C. Hansen".
            or _INITIALS_RE.fullmatch(last_token)
        ):
            merged[-1] = f"{last} {piece}"
        else:
            merged.append(piece)
    return [m.strip() for m in merged]


def _is_item(line: str) -> bool:
    return bool(_BULLET_RE.match(line) or _HEADED_ITEM_RE.match(line)) or len(line) <= 60


def _list_below(sentence: str, below: Sequence[str]) -> list[str]:
    """The list a sentence that ends its line introduces: after a colon, the item-like lines
    below it; otherwise only bullets that follow at once ("Der vedhæftes udkast til tre
    sager fra ØDC." followed by "- Budgetproces", ...)."""
    items: list[str] = []
    colon = sentence.endswith(":")
    series = _SERIES_RE.match(below[0]) if colon and below else None
    if series:
        # "Fase 1: ...", a paragraph, "Fase 2: ...": numbered heads with their accounts between
        # them; the heads are the list.
        head = series.group(1).casefold()
        for nxt in below:
            m = _SERIES_RE.match(nxt)
            if m and m.group(1).casefold() == head:
                items.append(_item_quote(nxt))
        return items
    headed = colon and bool(below) and bool(_HEADED_ITEM_RE.match(below[0]))
    count = stated_count(sentence) if colon else None
    for nxt in below:
        if nxt.endswith(":") or not (_is_item(nxt) if colon else _BULLET_RE.match(nxt)):
            break
        if headed and not (_HEADED_ITEM_RE.match(nxt) or _BULLET_RE.match(nxt)):
            # "Sikkerhed: …", "Kompetencer: …", then "… er vedlagt som bilag.": items with a
            # heading each end where a line without one starts.
            break
        items.append(_item_quote(nxt))
        if count is not None and len(items) == count:
            # "De tre temaer:" introduces three.
            break
    return items


# "De tre temaer:", "følgende 4 punkter:": the number of items an introduction announces.
# The number stands after a determiner or opens the sentence and a word follows it: not the
# name of one item ("Model 2 (den mindre):", "Fase 3:").
_STATED_COUNT_RE = re.compile(
    r"(?:^|\b(?:de|disse|følgende|the|these|following)\s+)"
    rf"(\d{{1,2}}|{COUNT_WORDS})\s+[a-zæøå]{{3,}}[^:\d]{{0,40}}:$"
)
# A count asked for: "the three politiske spor", "de 4 temaer", "hvilke fem indsatser".
# (Not the end of a range or a date: "digitaliseringsstrategien 23-26 hvilke tre temaer".)
_ASKED_COUNT_RE = re.compile(
    rf"(?<![-–/.,])\b(\d{{1,2}}|{COUNT_WORDS})\s+"
    r"(?:[^\W\d_]+\s+)?[^\W\d_]{3,}",
    re.IGNORECASE,
)
# A count the text states and the things it then names in a row ("tre politiske spor hhv.
# børn & unge, grøn kommune samt sundhed").
_ENUMERATION_RE = re.compile(
    rf"\b(\d{{1,2}}|{COUNT_WORDS})\s+"
    r"(?:[^\W\d_]+\s+){0,2}?[^\W\d_]{3,}\s*(?:hhv\.|:|,|\bnemlig\b|\bnamely\b)\s*([^.:;]+)",
    re.IGNORECASE,
)
_ENUMERATION_SPLIT_RE = re.compile(r",\s*|\s+(?:og|samt|and|eller|or)\s+")


def _count_of(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_VALUES.get(word.lower())


def _asked_count(question: str) -> int | None:
    """The number of things a list question asks for ("the three politiske spor"), if any."""
    m = _ASKED_COUNT_RE.search(question)
    count = _count_of(m.group(1)) if m else None
    return count if count and count >= 2 else None


def _enumerates(sentence: str, count: int) -> bool:
    """Whether the sentence states ``count`` things and names that many in a row."""
    for m in _ENUMERATION_RE.finditer(sentence):
        if _count_of(m.group(1)) != count:
            continue
        parts = [p for p in _ENUMERATION_SPLIT_RE.split(m.group(2).strip()) if p.strip()]
        if len(parts) == count and all(len(p.split()) <= 4 for p in parts):
            return True
    return False


def stated_count(sentence: str) -> int | None:
    """The number of items a list's introduction says it has ("De tre temaer:")."""
    return _count_in(_STATED_COUNT_RE, sentence)


def _count_in(pattern: re.Pattern[str], sentence: str) -> int | None:
    # The count (two or more, in digits or words) the pattern's first group finds.
    m = pattern.search(sentence.lower())
    if m is None:
        return None
    word = m.group(1)
    count = int(word) if word.isdigit() else NUMBER_VALUES.get(word)
    return count if count and count >= 2 else None


# "Forslaget … har to hovedformål:", "Projektet består af tre dele:": a list announced by what
# the matter has or consists of.
_HAS_COUNT_RE = re.compile(
    r"\b(?:har|have|has|består af|consists of|omfatter|indeholder|med)\s+"
    r"(\d{1,2}|to|tre|fire|fem|seks|two|three|four|five|six)\s+[a-zæøå]{3,}[^:\d]{0,40}:$"
)


def announced_count(sentence: str) -> int | None:
    """The number of items a list's introduction announces, by a count at its start or by
    what the matter has ("har to hovedformål:")."""
    count = stated_count(sentence)
    return count if count is not None else _count_in(_HAS_COUNT_RE, sentence)


def _lines_under(below: Sequence[str]) -> list[str]:
    """The short lines right under a heading, up to the next heading or longer text."""
    items: list[str] = []
    for nxt in below:
        if looks_like_heading(nxt) or not (len(nxt) <= 60 or _BULLET_RE.match(nxt)):
            break
        items.append(_item_quote(nxt))
    return items


# A time slot opening a line of a programme: "Kl. 8.30-9.00:", "kl.14.15-16.15", "09:00-10:30".
_SLOT_RE = re.compile(
    r"^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–]\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\b", re.IGNORECASE
)
# A programme has at least this many slots; two times in a row may be a sentence's own.
_SCHEDULE_MIN = 3
# A numbered head of a series: "Fase 1: Opgaver og ydelser", "Spor 2 - ...", "Trin 3".
_SERIES_RE = re.compile(r"^([A-ZÆØÅ][a-zæøå]+)\s+\d{1,2}\b(?:\s*[:.–-]|\s*$)")


# Cells apart by a tab: a table's row as text (Word, agenda systems, a PDF's columns).
_TABLE_ROW_RE = re.compile(r"\S\t+\S")
# The most words in a cell of a table's head (its column labels).
_HEAD_CELL_WORDS = 3


def table_row(line: str) -> bool:
    """Whether ``line`` is a table's row: cells apart by a tab."""
    return bool(_TABLE_ROW_RE.search(line))


def _table_head(lines: Sequence[str], at: int) -> bool:
    """Whether ``lines[at]`` heads a table: the first of two or more rows in a row, its cells
    labels ("Sag/emne<TAB>Forv. tidspunkt<TAB>Ansvarlig"), not a row that says something."""
    cells = [c.strip() for c in lines[at].split("\t") if c.strip()]
    return (
        bool(_TABLE_ROW_RE.search(lines[at]))
        and all(
            len(c.split()) <= _HEAD_CELL_WORDS and not any(ch.isdigit() for ch in c) for c in cells
        )
        and at + 1 < len(lines)
        and bool(_TABLE_ROW_RE.search(lines[at + 1]))
        and (at == 0 or not _TABLE_ROW_RE.search(lines[at - 1]))
    )


def _table_rows(below: Sequence[str]) -> list[str]:
    """The rows under a table's head, up to the first line that is not one."""
    rows: list[str] = []
    for nxt in below:
        if not _TABLE_ROW_RE.search(nxt):
            break
        rows.append(_clipped(nxt))
    return rows


def _item_quote(line: str) -> str:
    """A list item as quoted under its introduction: its first sentence, kept short."""
    return _clipped(split_line(line)[0] if line.strip() else line)


def _clipped(text: str) -> str:
    """``text`` as an item is quoted: whole up to 200 characters, else cut at a word, "…"."""
    return text if len(text) <= 200 else text[:200].rsplit(" ", 1)[0] + " …"


@dataclass(frozen=True)
class Candidate:
    """One sentence of a point, scored against the question."""

    section: Section
    order: int
    sentence: str
    score: float
    follows: tuple[str, ...] = ()
    # The part of ``score`` that comes from the question's own words (no kind bonus): which
    # sentence is about the asked subject.
    match: float = 0.0
    # The introduction of the list this sentence is an item of ("Model 1 (den store):").
    intro: str = ""
    # Whether it gives a list (below it or named in a row), of the length asked for if the
    # question says one.
    listing: bool = False
    # The heading over its paragraph, when the heading names what the question asks and the
    # sentence does not ("Samarbejde med Roskilde" over "Lars Holte orienterede om …").
    heading: str = ""
    # The sub-heading over the run of paragraphs it stands in ("Det boligsociale område").
    scope: str = ""
    # Whether it stands under another matter's sub-heading than the one the question names.
    aside: bool = False

    @property
    def quote(self) -> str:
        """The sentence, with the list it introduces when it ends in a colon; a list item
        quoted alone comes with its introduction, which says what it is about (and a sentence
        with the heading that does)."""
        if not self.follows:
            intro = _intro_tail(self.intro or self.heading)
            return f"{intro} … {self.sentence}" if intro else self.sentence
        return self.sentence + "\n" + "\n".join(self.follows)


def _intro_tail(intro: str) -> str:
    """An item's introduction as quoted before it: whole when short, else from its last clause
    ("… herunder styrke inklusion sættes der i 2013 særligt fokus på:"), the words that lead
    into the items; a long preamble would crowd out what the question asks."""
    if len(intro) <= _INTRO_CHARS:
        return intro
    clauses = intro.split(", ")
    tail = ""
    for clause in reversed(clauses):
        joined = f"{clause}, {tail}" if tail else clause
        if len(joined) > _INTRO_CHARS:
            break
        tail = joined
    return f"… {tail}" if tail else intro


# How long an item's introduction may be quoted whole.
_INTRO_CHARS = 100


@dataclass(frozen=True)
class _Wants:
    """What kind of thing the question asks for."""

    amount: bool
    time: bool
    people: bool
    items: bool
    decision: bool = False
    # The stem of what "hvor mange ..." counts ("temadag"), if the question counts something.
    counted: str = ""
    # Whether the question asks what something costs, or why.
    cost: bool = False
    reason: bool = False
    # Why a thing is as it is ("hvorfor er skolerne så dyre"): a cause answers, not the
    # purpose of what was done about it.
    state: bool = False
    # Whether it asks what a thing is for ("hvad skal man bruge redegørelsen til").
    purpose: bool = False
    # Whether the amount asked for is a sum of money.
    money: bool = False
    # The dates and years the question itself states ("strategibrevet for 2018"): they do not
    # say when.
    given: frozenset[str] = frozenset()
    # The labelled parts the question names ("model 1", "fase 4", "spor 2"), folded.
    labels: frozenset[str] = frozenset()
    # How many things a list question asks for ("the three politiske spor"), if it says.
    count: int | None = None
    # Whether it asks for a sum of money for each of several things ("hvor mange penge til
    # hver", "how much each").
    each: bool = False
    # Whether it asks what a thing is or involves.
    describe: bool = False
    # The words after "hhv."/"respectively" ("hhv. den store og den lille model"), when a sum
    # is asked for each of the things they name.
    pair: frozenset[str] = frozenset()
    # Whether it asks who took part ("hvem fra sundhedsområdet var med da …").
    attended: bool = False
    # The stem of what "hvor stor er ..." measures ("medfinansiering"), if it asks an amount.
    measured: str = ""
    # Whether it asks for days or hours ("hvilke dage og tidspunkter", "what times").
    hours: bool = False
    # The units a figure of the degree asked is written in ("hvor stærkt" → "km/t"), if any.
    degree: re.Pattern[str] | None = None
    # Whether it asks what a thing is called, or where it comes from.
    name: bool = False
    origin: bool = False
    # Whether it asks if a thing works ("og virker den", "does it work").
    effect: bool = False
    # Whether it asks how often ("hvor tit", "how often").
    frequency: bool = False
    # The abbreviations it asks what they are or stand for ("hvad står SP for").
    defined: frozenset[str] = frozenset()
    # Whether it asks how far a figure falls behind or ahead ("how far behind are they",
    # "hvor langt efter"): the figure it is measured against answers too.
    compare: bool = False

    @classmethod
    def of(cls, question: str) -> _Wants:
        # (The abbreviations as typed: the cue text lowers no case, but may drop names.)
        written = question
        question = cue_text_of(question)
        # "why are the school costs so high": the cause is asked, not the figure.
        why = bool(_WHY_LEADS_RE.match(question))
        when = bool(_WHEN_Q_RE.search(question))
        who = bool(_WHO_Q_RE.search(question))
        return cls(
            amount=bool(_AMOUNT_Q_RE.search(question)) and not why,
            time=when,
            people=who,
            attended=who
            and bool(_ATTENDED_Q_RE.search(question))
            and not _GROUP_Q_RE.search(question),
            # "hvornår skal byrådet godkende de politiske spor" asks when, not for the list.
            items=bool(_LIST_ASKING_Q_RE.search(question))
            or (bool(_LIST_Q_RE.search(question)) and not when and not who),
            # "skal benchmarkrapporten forelægges?", "did they sign off …": a question that
            # opens with its verb asks whether it was done, which a decision sentence says.
            decision=bool(_DECISION_Q_RE.search(question) or _WHAT_NEXT_Q_RE.search(question))
            or opens_with_verb(question),
            counted=_counted_stem(question),
            given=frozenset(m.group(0).casefold() for m in _TIME_RE.finditer(question)),
            labels=_labels(question),
            count=_asked_count(question) if _LIST_Q_RE.search(question) else None,
            cost=bool(_COST_Q_RE.search(question)) and not why,
            money=bool(_MONEY_Q_RE.search(question)),
            reason=bool(_REASON_Q_RE.search(question)),
            state=bool(_STATE_WHY_RE.search(question)),
            purpose=bool(_PURPOSE_Q_RE.search(question)),
            each=bool(_MONEY_Q_RE.search(question) and _EACH_Q_RE.search(question)),
            describe=bool(_DESCRIBE_Q_RE.search(question)),
            compare=bool(_COMPARE_Q_RE.search(question)),
            pair=_pair_terms(question) if _MONEY_Q_RE.search(question) else frozenset(),
            measured=_measured_stem(question),
            hours=bool(_TIMES_ASKED_RE.search(question)),
            frequency=bool(_FREQUENCY_ASKED_RE.search(question)),
            degree=_degree_units(question),
            name=bool(_NAME_Q_RE.search(question)),
            origin=bool(_ORIGIN_Q_RE.search(question)),
            effect=asks_effect(question),
            defined=frozenset(_ABBREVIATION_Q_RE.findall(written))
            if _DEFINITION_Q_RE.search(question)
            else frozenset(),
        )


_PAIR_RE = re.compile(PAIR_CUES + r"\.?(.*)", re.IGNORECASE | re.DOTALL)


def _pair_terms(question: str) -> frozenset[str]:
    """The terms of what follows "hhv." (with the compared forms of its adjectives: "den
    lille" finds "den mindre"), empty when the question says none."""
    m = _PAIR_RE.search(question)
    if not m:
        return frozenset()
    tail = m.group(1)
    return frozenset(tokenize(tail)) | _compared_terms(tail)


def _gives_cause(c: Candidate, top: Candidate, before: bool) -> bool:
    """Whether ``c`` gives the cause of the matter ``top`` states: a cause one or two sentences
    after it, or (``before``: ``top`` draws a consequence) the sentence just before it, or a
    cause two before."""
    if c.section is not top.section:
        return False
    gap = c.order - top.order
    cause = bool(_CAUSE_RE.search(c.sentence))
    return (0 < gap <= 2 and cause) or (before and (gap == -1 or (gap == -2 and cause)))


def records_decision(text: str) -> bool:
    """Whether a sentence records what the board decided or agreed on ("Direktionen godkendte
    …", "der var enighed om, at …"), as opposed to the account of the discussion around it."""
    return bool(_DECIDED_RE.search(text))


def asks_when_dealt_with(question: str) -> bool:
    """Whether a when-question asks when the board dealt with the matter ("hvornår blev
    budgettet godkendt", "when was it discussed"), not for a date ahead ("hvornår skal")."""
    cues = cue_text_of(question)
    return (
        bool(_DEALT_Q_RE.search(cues))
        and not _FUTURE_Q_RE.search(cues)
        and not _AHEAD_Q_RE.search(cues)
    )


def asks_describe(question: str) -> bool:
    """Whether a question asks what a thing is ("hvad er en jobbutik egentlig")."""
    return _DESCRIBE_Q_RE.search(question) is not None


def gives_description(text: str) -> bool:
    """Whether a text says what a thing is ("Jobbutik, hvor borgere kan …", "bygger på")."""
    return any(_DESCRIBE_RE.search(line) for line in text.split("\n"))


def asks_effect(question: str) -> bool:
    """Whether a question asks if a thing works or what it has shown."""
    return _EFFECT_Q_RE.search(question) is not None


def gives_effect(sentence: str) -> int:
    """How many words of reported results a sentence writes: "Erfaringerne … viser følgende
    resultater:" three, "50 % af klagerne …" one, none: 0."""
    return len(_EFFECT_RE.findall(sentence))


def says_when(sentence: str) -> bool:
    """Whether a sentence says when: a date, a month, a season, "ultimo", "senest"."""
    return _TIME_RE.search(sentence) is not None


def asks_why(question: str) -> bool:
    """Whether the question asks for a cause ("hvorfor", "why", "begrundelsen")."""
    return bool(_REASON_Q_RE.search(cue_text_of(question)))


def asks_name(question: str) -> bool:
    """Whether a question asks what a thing is called ("hvad hedder projektet")."""
    return _NAME_Q_RE.search(cue_text_of(question)) is not None


def gives_name(text: str) -> bool:
    """Whether a text gives a name: quoted, or after "titlen", "kaldet"."""
    return _NAME_WORD_RE.search(text) is not None


def gives_reason(text: str) -> bool:
    """Whether a text gives a cause ("fordi", "skyldes", "derfor")."""
    return bool(_REASON_RE.search(text))


def names_a_part(text: str) -> bool:
    """Whether a text names a labelled part of a matter ("Model 2 (den mindre):", "Fase 3")."""
    return bool(_labels(text))


def _labels(text: str) -> frozenset[str]:
    """The labelled parts a text names, folded ("Model 1 (den større):" names "model 1")."""
    return frozenset(
        f"{fold(m.group(1))} {m.group(2)}"
        for m in _LABEL_RE.finditer(text)
        if fold(m.group(1)) not in _NOT_LABELS
    )


def _counted_stem(question: str) -> str:
    m = COUNTED_RE.search(question)
    if not m:
        return ""
    # "how many citizens": Danish minutes count "70 borgere".
    stems = tokenize(danish_terms(m.group(1)) or m.group(1))
    return fold(stems[0]) if stems else ""


# "hvor stor er kommunens egen medfinansiering i ansøgningen", "how large is the council's
# own contribution to …": the amount asked for is named by the noun phrase after the verb,
# which ends at its first preposition or conjunction; its last word is its head.
_MEASURED_RE = re.compile(
    r"\b(?:hvor (?:stor|store|stort|høj|høje|højt|meget)|how (?:much|large|big|high))\s+"
    r"(?:er|var|bliver|blev|udgør|udgjorde|is|was|are|were|will be)\s+([^?.!,;]{3,80})",
    re.IGNORECASE,
)
_PHRASE_END = frozenset(
    "i på til for af om med ved fra over under efter mellem og eller samt "
    "in on for of to at from with by over under after between and or".split()
)


def _measured_stem(question: str) -> str:
    """The stem of the head of what an amount question measures ("medfinansiering"), or ""."""
    m = _MEASURED_RE.search(question)
    if not m:
        return ""
    words: list[str] = []
    for word in m.group(1).split():
        if word.lower() in _PHRASE_END:
            break
        words.append(word)
    if not words:
        return ""
    head = words[-1]
    stems = tokenize(danish_terms(head) or head)
    return fold(stems[0]) if stems else ""


def _counts(text: str, stem: str) -> bool:
    """Whether ``text`` gives a count of the thing stemmed ``stem`` ("cirka 15-20 temadag" for
    "temadag"): a number right before the word, or before an adjective and the word."""
    people = stem in _PEOPLE
    for m in _COUNT_RE.finditer(text):
        for word in (fold(x) for x in tokenize(m.group(0))[1:]):
            short, long = sorted((word, stem), key=len)
            if word == stem or (len(short) >= 4 and long.startswith(short)):
                return True
            if people and word in _PEOPLE:
                # "hvor mange brugere": "70 borgere" counts the same people.
                return True
    return False


def _names(text: str, stem: str) -> bool:
    """Whether ``text`` holds a word of stem ``stem`` or a compound ending in it."""
    return any(
        w == stem or (len(stem) >= 4 and w.endswith(stem))
        for w in (fold(x) for x in tokenize(text))
    )


_PEOPLE = frozenset(fold(x) for w in PEOPLE_NOUNS for x in tokenize(w))


def question_parts(question: str) -> list[str]:
    """The questions a question joins ("hvad koster det, og hvor langt er kurset" asks two);
    one part for a plain question."""
    parts = [
        p.strip(" ,?")
        for joined in SECOND_QUESTION_RE.split(question)
        for p in _YES_NO_AFTER_COMMA_RE.split(joined)
    ]
    return [p for p in parts if p] or [question]


# "hvorfor stiger taksterne, er borgerne blevet dyrere?": after a comma, a second question that
# opens with its verb.
_YES_NO_AFTER_COMMA_RE = re.compile(
    r",\s+(?=(?:" + "|".join(YES_NO_OPENERS) + r")\s+\w[^,]*\?\s*$)", re.IGNORECASE
)


def question_terms(question: str, language: str | None = None) -> set[str]:
    """The question's stems, with Danish council words for English questions and Danish number
    words for digits ("3 temaer" finds "De tre temaer:")."""
    language = language or detect_language(question)
    words = with_danish(question) if language == "en" else question
    # "byraadet" finds "Byrådet": staff type without æøå (the written form is kept too).
    terms = set(tokenize(with_respellings(words)))
    terms.update(_NUMBER_WORDS[t] for t in list(terms) if t in _NUMBER_WORDS)
    terms.update(_particle_compounds(words))
    # "den lille model" finds "den mindre model".
    terms.update(_compared_terms(words))
    return terms


def _compared_terms(text: str) -> set[str]:
    """The stems of the compared forms of ``text``'s adjectives ("lille" → "mindre")."""
    return {t for w in _WORD_RE.findall(text) for f in compared_forms(w) for t in tokenize(f)}


_WORD_RE = re.compile(r"[^\W\d_]+")


def _particle_compounds(text: str) -> set[str]:
    """The stems of a verb joined with the particle after it ("sendes ud" → "udsendes"): the
    minutes may write the one word where the question writes two."""
    words = [w.lower() for w in _WORD_RE.findall(text)]
    return {
        t
        for verb, particle in zip(words, words[1:], strict=False)
        if particle in VERB_PARTICLES and len(verb) >= 3 and verb not in VERB_PARTICLES
        for t in tokenize(particle + verb)
    }


def _writes_out(text: str, abbreviation: str) -> bool:
    """Whether ``text`` writes the abbreviation out beside it: "SP (Systemanalyse og
    pædagogik)", "Systemanalyse og pædagogik (SP)"; the written words' initials (small words
    left out, a hyphened word's parts each) spell it."""
    word = re.escape(abbreviation)
    after = (m.group(1) for m in re.finditer(rf"\b{word}\s*\(([^()]{{3,80}})\)", text))
    before = (
        m.group(1) for m in re.finditer(rf"((?:[^\W\d_][\w-]*,?\s+){{1,8}})\(\s*{word}\s*\)", text)
    )
    for written in after:
        if _initials(written.split()) == abbreviation.lower():
            return True
    for written in before:
        words = written.split()
        # The name ends right before the bracket; where it starts, the initials say.
        if any(_initials(words[k:]) == abbreviation.lower() for k in range(len(words))):
            return True
    return False


def _initials(words: list[str]) -> str:
    return "".join(
        part[:1].lower()
        for w in (w.strip(",.;:") for w in words)
        if w.lower() not in INITIALS_SKIPPED
        for part in w.split("-")
        if part
    )


_DEFINITION_Q_RE = re.compile(DEFINITION_CUES, re.IGNORECASE)
_ABBREVIATION_Q_RE = re.compile(r"\b[A-ZÆØÅ]{2,6}\b")


def _kind_bonus(text: str, wants: _Wants, has_list: bool) -> float:
    bonus = 0.0
    if wants.compare and _REFERENCE_RE.search(text) and _FIGURE_RE.search(text):
        # "how far behind are they": "Det landsgennemsnitlige niveau er på 85%" is what the
        # children's 25% falls behind.
        bonus += 1.5
    if any(_writes_out(text, a) for a in wants.defined):
        # "hvad står SP for": the sentence that writes it out, before any that uses it.
        bonus += 2.5
    if wants.describe and _DESCRIBE_RE.search(text):
        # "hvad er X for en metode": the sentence that says what X builds on or consists of,
        # not the one that says it is being considered.
        bonus += 1.0
    if wants.name and _NAME_WORD_RE.search(text):
        # "hvad hedder projektet": the sentence that gives the name ("med titlen ”…”").
        bonus += 1.5
    if wants.effect and gives_effect(text):
        # "… og virker den": the sentence that reports what it has shown ("Erfaringerne …
        # viser følgende resultater:"), not the one that says what it is.
        bonus += 1.0
    if wants.origin and _ORIGIN_RE.search(text):
        # "hvor kommer metoden fra": the sentence that says what it builds on or who began it.
        bonus += 1.5
    if wants.reason and (_BECAUSE_RE if wants.state else _REASON_RE).search(text):
        # "hvorfor" is answered by the sentence that gives a cause ("fordi", "skyldes").
        bonus += 1.0
    if wants.purpose and _PURPOSE_RE.search(text):
        # "hvad skal man bruge redegørelsen til" is answered by what it makes possible ("vil
        # det være muligt at sammenligne over tid"), not by the decision to make it.
        bonus += 1.0
    if wants.cost and _COST_RE.search(text) and _has_amount(text) and not _SHARE_OF_RE.search(text):
        # "hvad koster" is answered by the line that names the cost ("Udgift 271.836 kr.").
        bonus += 1.0
    if wants.counted and _counts(text, wants.counted):
        # The count of the very thing asked for beats any amount ("600.000 kroner" beside
        # "15-20 temadage" for "hvor mange temadage").
        bonus += 2.5
    elif wants.amount:
        if wants.measured and _has_amount(text) and _names(text, wants.measured):
            # "hvor stor er kommunens egen medfinansiering": the figure beside "Den kommunale
            # medfinansiering …" beats a figure beside the question's other words (a share
            # of the children, "50 %", beside the application's own words).
            bonus += 2.0
        # "hvor mange penge": a sum of money answers; a share ("50 % af børnene") says how
        # much of something else.
        amount = _MONEY_RE.search(text) if wants.money else _has_amount(text)
        # A year or a date is no quantity: "… budgetforliget … i år 2023" gives no amount.
        number = _DIGIT_RE.search(_DATE_RE.sub(" ", text))
        bonus += 1.5 if amount else 0.5 if number else 0.0
    if wants.frequency and _FREQUENCY_GIVEN_RE.search(text):
        # "hvor ofte opdateres listen": "ajourføres hvert halve år", not the month it was last
        # brought up to date.
        bonus += 2.0
    elif wants.time and not wants.frequency:
        # A date or a month says when; "løbende", "inden" only how. One the question gave
        # ("hvornår udsendes strategibrevet for 2018") is what it asks about, not the answer.
        times = {m.group(0).casefold() for m in _TIME_RE.finditer(text)} - wants.given
        if times:
            bonus += 2.0 if any(_DATE_RE.fullmatch(t) for t in times) else 1.0
    if wants.degree is not None and wants.degree.search(text):
        # "hvor stærkt må man køre": the sentence with "40 km/t", not the one counting
        # signatures.
        bonus += 2.0
    if wants.hours and _TIMES_GIVEN_RE.search(text):
        # "hvilke dage og tidspunkter": the sentence with the weekdays and the clock.
        bonus += 2.0
    if wants.people:
        bonus += 1.0 if _names_someone(text) or _UNITS_RE.search(text) else 0.0
        bonus += 1.0 if _ACTOR_RE.search(text) else 0.0
    if wants.items and has_list:
        bonus += 1.5
    if wants.decision and _DECIDED_RE.search(text):
        bonus += 1.0
    return bonus


def _spelled_otherwise(q_terms: set[str], point_terms: set[str]) -> set[str]:
    """Point words a question word stands for though spelled otherwise: without æøå
    ("solgarden"), a typo apart ("rekrutering") or as the start of a longer word ("digi")."""
    out: set[str] = set()
    # Every point word of a folded form: two may share one ("konkurrenceudsæt" and a word
    # typed without æøå), and keeping one of them would keep whichever came last.
    folded: dict[str, set[str]] = {}
    for t in point_terms:
        folded.setdefault(fold(t), set()).add(t)
    for q in q_terms - point_terms:
        f = fold(q)
        if f in folded:
            out |= folded[f]
        elif len(f) >= 5:
            out.update(
                t
                for ft, ts in folded.items()
                if one_edit(f, ft) or ft.startswith(f) or _same_root(f, ft)
                for t in ts
            )
    return out


# A compound of two question words: its first part at least this long, its second at least
# _JOINED_SECOND_MIN.
_JOINED_FIRST_MIN = 4
_JOINED_SECOND_MIN = 3


def _joined_compounds(question: str, q_terms: set[str], point_terms: set[str]) -> set[str]:
    """Point words that join two of the question's words ("hvem skal lede programmet" finds
    "BYC har programledelsen"; "analysen af budgettet" finds "budgetanalysen"): Danish writes
    as one word what a question may write as two. A linking "s" or "e" may stand between.
    Whole words only: the parts of a question's compound ("rekrutterings|puljen") are not
    words it joins otherwise."""
    stems = {
        fold(t.stem)
        for w in _WORD_RE.findall(question)
        for t in analyze(w)
        if len(t.stem) >= _JOINED_SECOND_MIN and not t.stem.isdigit()
    }
    firsts = [q for q in stems if len(q) >= _JOINED_FIRST_MIN]
    out: set[str] = set()
    for t in point_terms - q_terms:
        f = fold(t)
        for a in firsts:
            if not f.startswith(a) or len(f) < len(a) + _JOINED_SECOND_MIN:
                continue
            after = f[len(a) :]
            # A linking "s" or "e" ("arbejdsmiljø", "plejehjem") may open the second part.
            for rest in (after, after[1:] if after[0] in "se" else after):
                if any(b != a and rest.startswith(b) for b in stems):
                    out.add(t)
    return out


def _rarity_of(term: str, name: list[str] | None, rarity: Callable[[str], float]) -> float:
    """A term's rarity; for initials a sentence writes out ("HTK" of "Høje-Taastrup Kommune"),
    the rarest word of the name written: the archive seldom writing the initials says nothing
    of how often it names the municipality."""
    return max((rarity(w) for w in name), default=0.0) if name else rarity(term)


def _split_compounds(q_terms: set[str], point_terms: set[str], title: set[str]) -> set[str]:
    """The two point words a question's compound is made of, when the point has no word for
    the compound itself ("skoleudgifterne" where the point writes "Udgifterne … små skoler"):
    a linking "s" or "e" may stand between. The sentence that holds both parts is about it.
    Not when the title holds both ("udbudshandleplanen" in "Status på udbudsstrategiens
    handleplan"): the whole point is about it, and its parts tell no sentence apart."""
    out: set[str] = set()
    for q in q_terms - point_terms:
        if len(q) < _SPLIT_MIN:
            continue
        for i in range(_JOINED_SECOND_MIN, len(q) - _JOINED_SECOND_MIN + 1):
            first, rest = q[:i], q[i:]
            if first not in point_terms:
                continue
            for second in (rest, rest[1:] if rest[0] in "se" else rest):
                if (
                    len(second) >= _JOINED_SECOND_MIN
                    and second in point_terms
                    and not {first, second} <= title
                ):
                    out |= {first, second}
    return out


# A question word this long may be a compound the point writes in two words.
_SPLIT_MIN = 8


# Two words of one root with other endings ("gymnasium"/"gymnasial", "kommunal"/"kommunale")
# share all but their last few letters.
_ROOT_MIN = 7
_ROOT_ENDING_MAX = 3


# Lists of the documents behind a point: their titles are no sentence of the point's own.
_ATTACHMENT_SECTIONS = frozenset({"Bilag", "Andre relevante dokumenter"})


def _same_root(a: str, b: str) -> bool:
    shared = len(os.path.commonprefix([a, b]))
    return shared >= _ROOT_MIN and max(len(a), len(b)) - shared <= _ROOT_ENDING_MAX


# A short line that asks a question heads the section below it ("Hvad drejer sagen sig om?").
_QUESTION_HEADING_RE = re.compile(rf"(?:{QUESTION_OPENERS})\b", re.IGNORECASE)
_QUESTION_HEADING_WORDS = 6


def looks_like_heading(line: str) -> bool:
    """A line that heads what follows ("Økonomi og finansiering", "Taxhuset") rather than says
    something: short, no closing punctuation, no bullet. It is never quoted as a sentence."""
    stripped = line.strip()
    if _TABLE_ROW_RE.search(stripped):
        # "Handleplan om opfølgning på Vækstpolitikken<TAB>Januar<TAB>BYC": a table's row says
        # something in its cells; the header row over the rows is read as a table's head.
        return False
    if stripped.endswith("?") and _QUESTION_HEADING_RE.match(stripped):
        return len(stripped.split()) <= _QUESTION_HEADING_WORDS
    if not stripped or _BULLET_RE.match(stripped) or stripped[-1] in '.!?:;)»"':
        return False
    return len(stripped.split()) <= 8 and not any(ch.isdigit() for ch in stripped)


def candidates(
    point: AgendaPoint,
    question: str,
    focus: str = "",
    rarity: Callable[[str], float] | None = None,
    language: str | None = None,
) -> list[Candidate]:
    """Every sentence of the point (attachments excepted), scored against the question.

    ``rarity`` (a token's rarity across the archive, see ``LexicalIndex.rarity``) damps the
    words that head every point ("direktionen") or that a glossary adds for English questions.

    Sentences inside ``focus`` (the text of the point's best-matching chunk) get a bonus: the
    embedding found the answer there, which matters for English questions whose words do not
    occur in the Danish text.
    """
    language = language or detect_language(question)
    q_terms = question_terms(question, language)
    # The source the question names ("ifølge nøgletalsrapporten"); see ``counted`` below.
    source = {
        t
        for m in _SOURCE_RE.finditer(question)
        # An English source is looked for through its Danish words ("key figures report").
        for t in tokenize(with_danish(m.group(1)) if language == "en" else m.group(1))
    }
    wants = _Wants.of(question)
    # A year or date in the point's title names the matter ("Klimaplan 2025-2030"), like one
    # the question gives: every sentence that names the matter holds it, and it says no more
    # about when than the title does.
    titled = frozenset(m.group(0).casefold() for m in _TIME_RE.finditer(point.title))
    wants = replace(wants, given=wants.given | titled)
    rows: list[_Row] = []
    # Initials asked that a sentence writes out, and the words of the name they stand for.
    named: dict[str, list[str]] = {}
    for section in point.sections:
        if section.name in _ATTACHMENT_SECTIONS:
            continue
        lines = [line.strip() for line in unwrap(section.text).split("\n") if line.strip()]
        slots = [_item_quote(line) for line in lines if _SLOT_RE.match(line)]
        if len(slots) >= _SCHEDULE_MIN:
            # "Kl. 8.30-9.00: Ankomst", "Kl. 9.00-11.00: …": a day's programme, its time slots
            # the list a question for the programme wants whole (accounts between them aside).
            text = "\n".join(slots)
            rows.append(_Row(section, slots[0], tuple(slots[1:]), text, set(tokenize(text))))
        # The introduction each list item stands under ("Model 1 (den store):" over
        # "- Udgift 271.836 kr."): the item is about what its introduction names.
        intro_of: dict[int, str] = {}
        heading_of: dict[int, str] = {}
        # The sub-heading a line stands under: a section's sub-headings ("Det boligsociale
        # område" over its account and the decision taken on it) say what every line up to the
        # next one is about.
        under = ""
        for li, line in enumerate(lines):
            below = lines[li + 1 : li + 2]
            table = _table_head(lines, li)
            if (looks_like_heading(line) or table) and below and not _BULLET_RE.match(line):
                # A heading right under a heading ("Det boligsociale område" over "Drøftelse om
                # det tværgående samarbejde") goes on naming the matter of both.
                outer = under if heading_of.get(li) == under else ""
                under = ""
                # A heading is never quoted as a sentence; over a run of short lines (a
                # timeline's dates, a list of names) it introduces them as a list would, and a
                # table's head its rows.
                items = (_table_rows if table else _lines_under)(lines[li + 1 : li + 25])
                if len(items) >= 2:
                    head = f"{line}:"
                    text = "\n".join([head, *items])
                    rows.append(_Row(section, head, tuple(items), text, set(tokenize(text))))
                    intro_of.update((li + 1 + i, head) for i in range(len(items)))
                else:
                    under = f"{outer} {line}".strip()
                    heading_of[li + 1] = line
                continue
            scope = under
            sentences = split_line(line)
            if len(sentences) > 1 and sentences[-1].endswith(":") and len(sentences[-1]) < 40:
                # "... består af 5 indsatsområder. Der er tale om:" — the short introduction
                # says nothing without the sentence before it.
                sentences[-2:] = [f"{sentences[-2]} {sentences[-1]}"]
            intro = intro_of.get(li, "")
            for si, sentence in enumerate(sentences):
                follows: list[str] = []
                # An item does not introduce the items after it (a sub-list it may).
                if si == len(sentences) - 1 and (not intro or sentence.endswith(":")):
                    follows = _list_below(sentence, lines[li + 1 : li + 25])
                    if follows and sentence.endswith(":") and not _SERIES_RE.match(lines[li + 1]):
                        intro_of.update((li + 1 + i, sentence) for i in range(len(follows)))
                # Items stay on their own lines: "Koncernløsninger" ending one item and
                # "Udvikling af …" opening the next are no name of two words.
                text = "\n".join([sentence, *follows])
                # "HTK" asked of a sentence that writes "Høje-Taastrup Kommune": a name by its
                # initials is the name.
                initials = {a: n for a, n in named_initials(sentence).items() if a in q_terms}
                named.update((a, tokenize(n)) for a, n in initials.items())
                terms = set(tokenize(text)) | set(initials)
                rows.append(
                    _Row(
                        section,
                        sentence,
                        tuple(follows),
                        text,
                        terms,
                        intro if si == 0 else "",
                        heading_of.get(li, ""),
                        scope,
                    )
                )
    point_terms = set().union(*(r.terms for r in rows)) if rows else set()
    joined = _joined_compounds(
        with_danish(question) if language == "en" else question, q_terms, point_terms
    )
    q_terms |= _spelled_otherwise(q_terms, point_terms) | joined
    title_terms = set(tokenize(point.title))
    q_terms |= _split_compounds(q_terms, point_terms, title_terms)
    # Within-point rarity of each question word (see the module docstring).
    df: Counter[str] = Counter()
    for row in rows:
        df.update(row.terms & q_terms)
    n = len(rows) or 1
    # The point's title is what every sentence of it is about: a question word from the title
    # ("indretning af borgerservice") tells its sentences apart less than the others.
    title = set(tokenize(point.title))
    # Not for a why-question: its cause seldom repeats the name the matter goes by ("hvorfor
    # vil man lave differentierede takster på Taxhuset": "… problemer med at realisere
    # indtægterne").
    q_names = set() if wants.reason else _question_names(question)
    weight = {
        t: math.log(1 + n / c)
        / math.log(1 + n)
        * (_rarity_of(t, named.get(t), rarity) if rarity else 1.0)
        * (_TITLE_WORD_WEIGHT if t in title else _NAME_WEIGHT if t in q_names else 1.0)
        for t, c in df.items()
    }
    # "ledighed i procent ifølge nøgletalsrapporten" in the point about the report (its title
    # names it): the report is where the figure stands, and a sentence is not about the matter
    # for naming the report. A source inside the point ("ifølge tidsplanen": its "Forslag til
    # tidsplan:") still tells its sentences apart.
    counted = (q_terms - source if source & title else set()) or q_terms
    proposal_asked = wants.decision or bool(_PROPOSAL_Q_RE.search(question))
    # A why-not question's words beyond the point's title ("hvorfor ikke ansætte en konsulent"
    # in the point "Sygefraværspulje"): it asks why another way was not taken, and the reason
    # is about that way, never the causes of the matter itself ("hvorfor er sygefraværet
    # steget" is answered by those).
    beyond = (q_terms & point_terms) - title - source if _WHY_NOT_RE.search(question) else set()
    # Sub-headings that name the question's matter ("Det boligsociale område" in "Øvrige
    # sager"): a sentence under another sub-heading is about another matter of the point.
    asked_headings = {
        r.scope for r in rows if r.scope and set(tokenize(r.scope)) & (counted - title)
    }
    out: list[Candidate] = []
    for order, (section, sentence, listed, text, terms, intro, heading, scope) in enumerate(rows):
        if not terms:
            continue
        if intro or not (set(tokenize(heading)) & q_terms) - terms:
            # "under hvilket punkt blev samarbejdet med Roskilde nævnt": the sentence under
            # "Samarbejde med Roskilde" that never names Roskilde is quoted under its heading,
            # which says what it is about, as a list item is under its introduction.
            heading = ""
        # An item's introduction says what it is about, at half the weight of its own words:
        # every item under it shares those.
        # The source a question names counts no more in an introduction than in the sentence.
        context = (set(tokenize(intro or heading)) & counted) - terms
        # fsum: a set's order varies between runs (string hashing), and a float sum with it;
        # two sentences that tie must tie every run.
        from_intro = 0.5 * math.fsum(weight.get(t, 0.0) for t in context)
        match = math.fsum(weight[t] for t in set(tokenize(sentence)) & counted) + from_intro
        # The sub-heading's words count towards the sentence's rank, not towards how much it
        # is about the question's matter itself (every line under the heading shares them).
        from_scope = (
            0.0
            if intro or heading
            else 0.5
            * math.fsum(weight.get(t, 0.0) for t in (set(tokenize(scope)) & counted) - terms)
        )
        has_list = bool(listed) or bool(INLINE_LIST_RE.search(sentence))
        if wants.count:
            # "the three politiske spor": the things named in a row after that count are the
            # list; a list of another length under the sentence is another list.
            has_list = (len(listed) == wants.count if listed else has_list) or _enumerates(
                sentence, wants.count
            )
        # A cause given of the point's matter in general ("tendenser ift. hvorfor
        # sygefraværet er stigende") is no reason for what the question asks beyond it.
        reason = not beyond or bool((terms | context) & beyond)
        bonus = _kind_bonus(text, wants if reason else replace(wants, reason=False), has_list)
        if wants.reason and reason and listed and _CAUSE_RE.search(sentence):
            # "hvorfor er sygefraværet steget": a list the sentence introduces as the causes
            # ("Der er tendenser, der går igen ift. hvorfor sygefraværet er stigende:") gives
            # them all.
            bonus += 1.0
        if wants.each and sum(1 for item in listed if _MONEY_RE.search(item)) >= 2:
            # "hvilke indsatsområder og hvor mange penge til hver": the list whose items give
            # the sums answers, not the same items listed bare (the proposal's).
            bonus += 1.0
        # The kind of thing asked for counts for less in a sentence that shares none of the
        # question's words: "Stine West Dyhr deltog under punktet" holds a name, "BYC har
        # programledelsen" answers "hvem har programledelsen".
        if not (terms | context) & q_terms:
            bonus *= 0.5
        if wants.attended and ATTENDANCE_RE.search(sentence):
            # "hvem fra sundhedsområdet var med da X blev drøftet": the line that records who
            # took part in the point answers, though it names the matter in no word of its own.
            bonus += 2.0
        score = math.fsum(weight[t] for t in terms & counted) + from_intro + from_scope + bonus
        # Very short fragments ("Taxhuset", "Bilag") say little on their own (an item says
        # what its introduction is about).
        if len(sentence) < 25 and not listed and not intro:
            score -= 0.5
        if not wants.people and only_attendance(sentence):
            # Who attended a point answers "who" questions and nothing else.
            score -= 2.0
        if wants.labels and _labels(f"{intro} {sentence}") & wants.labels:
            # "hvad koster model 1": the line under "Model 1 (den større):".
            score += _LABEL_BONUS
        if section.name == PROPOSAL_SECTION and score > 0 and not proposal_asked:
            # "Det indstilles, at direktionen: - godkender ..." restates the matter's words in
            # a list; the account and the decision hold its facts.
            score *= _PROPOSAL_WEIGHT
        if (
            len(wants.pair & terms) >= 2
            and not listed
            and len(_MONEY_RE.findall(sentence)) >= 2
            # "hvad koster hhv. den store og den lille model": "50 pct. af udgiften for den
            # større model udgør 135.981 kr." gives a share of each cost, not the cost.
            and not (wants.cost and _SHARE_OF_RE.search(sentence))
        ):
            # "hvor meget til hhv. den store og den lille model": the sentence that gives a sum
            # for each ("… den større model udgør 135.981 kr. og for den mindre 73.276 kr."),
            # wherever it stands (often only the proposal spells the shares out).
            score += 1.0
        if focus and sentence in focus:
            # The embedding's pick matters most where the words cannot meet: an English
            # question over Danish minutes; a Danish question's own words say more.
            score += 0.75 if language == "en" else 0.5
        out.append(
            Candidate(
                section, order, sentence, score, listed, match, intro, has_list, heading, scope
            )
        )
    in_scope = [c.match for c in out if c.scope in asked_headings]
    if in_scope:
        # A sentence under another matter's sub-heading that is less about the question than
        # the best under the asked one ("Oplæg til Teknik- og Miljøudvalget" beside "… oplægget
        # sendes til Chefforum" under "Ungdomsklubberne") is the other matter's; one more about
        # it than any there ("… køber pladser på eksterne tilbud, mens der er ledig kapacitet")
        # stands where the minutes put the question's matter.
        best_there = max(in_scope)
        # A sentence that names what the asked sub-heading names ("Solgården") is about it
        # wherever it stands (a long sub-heading the reader takes for a line leaves the lines
        # under it standing under the one before).
        heading_words = {t for h in asked_headings for t in tokenize(h)} & counted
        out = [
            replace(c, score=c.score - _ELSEWHERE_PENALTY, aside=True)
            if c.scope
            and c.scope not in asked_headings
            and c.match < best_there
            and not set(tokenize(c.sentence)) & heading_words
            else c
            for c in out
        ]
    if wants.reason and out:
        # "hvorfor køber SHC pladser eksternt": minutes state the matter, then why ("Noget af
        # det handler om, at …", "Udgifterne kan forklares med …"); the cause just after the
        # sentence most about the asked matter answers, though it repeats none of its words.
        top = max(out, key=lambda c: c.match)
        # A matter's sentence that draws a consequence ("Taksterne bør derfor berigtiges")
        # has its cause just before it ("… fejlagtigt været beregnet på baggrund af 90").
        # So has one that opens by pointing back ("Her er det nødvendigt at …").
        before = bool(_CONSEQUENCE_RE.search(top.sentence) or _POINTS_BACK_RE.match(top.sentence))
        out = [
            replace(c, score=c.score + _AFTER_MATTER_BONUS) if _gives_cause(c, top, before) else c
            for c in out
        ]
        lead = max(out, key=lambda c: c.score)
        if lead is not top and _CONSEQUENCE_OPENS_RE.match(lead.sentence):
            # The answer opens with a consequence ("Derfor foreslår HR-Centret, at …"): the
            # sentence just before it is why ("… yderst vanskeligt at projektansætte en
            # konsulent"), whatever words of the question it repeats.
            out = [
                replace(c, score=c.score + _AFTER_MATTER_BONUS)
                if c.section is lead.section and c.order == lead.order - 1
                else c
                for c in out
            ]
    return out


_WHY_NOT_RE = re.compile(WHY_NOT_CUES, re.IGNORECASE)
# A sentence that opens by drawing a consequence ("Derfor …", "Dermed …", "Therefore …").
_CONSEQUENCE_OPENS_RE = re.compile(
    r"^\W*(?:" + "|".join(CONSEQUENCE_OPENERS) + r")\b", re.IGNORECASE
)


class _Row(NamedTuple):
    section: Section
    sentence: str
    follows: tuple[str, ...]
    text: str
    terms: set[str]
    intro: str = ""
    # The heading over the paragraph the sentence stands in ("Samarbejde med Roskilde").
    heading: str = ""
    # The sub-heading over the run of paragraphs it stands in (up to the next sub-heading).
    scope: str = ""


def best(cands: Sequence[Candidate], n: int, exclude: set[int] | None = None) -> list[Candidate]:
    """The ``n`` best-scoring candidates (score > 0), returned in reading order.

    A list item already quoted under its introducing sentence is not quoted twice, and does
    not take one of the ``n`` places.
    """
    exclude = exclude or set()
    pool = [c for c in cands if c.score > 0 and c.order not in exclude]
    chosen: list[Candidate] = []
    covered: set[str] = set()
    for c in sorted(pool, key=lambda c: (-c.score, c.order)):
        if len(chosen) >= n:
            break
        if _quoted_in(c.sentence, covered):
            continue
        if c.follows:
            chosen = [x for x in chosen if not _quoted_in(x.sentence, set(c.follows))]
            covered.update(c.follows)
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.order)


def _quoted_in(sentence: str, items: set[str]) -> bool:
    return sentence in items or any(sentence.startswith(i.rstrip(" …")) for i in items)


# Where a long sentence may be cut between clauses: a comma or semicolon before a word that
# opens a subordinate or added clause ("..., men at Charlotte ...", "..., og at det skal ...").
_CLAUSE_RE = re.compile(
    r"(?:,|;)\s+(?=(?:men|og at|samt|hvor|hvilket|idet|dog|så|der|som|herunder|heraf|"
    r"ligesom|mens|but|and|which|where|while|including)\b)",
    re.IGNORECASE,
)


def shorten(sentence: str, q_terms: set[str], limit: int = 200, sums: bool = False) -> str:
    """A long sentence cut to its clauses that say most: the first (it holds the subject and
    verb), then those with the question's words or a number, in reading order while they fit
    ``limit``; "…" marks the clauses left out. A sentence within the limit stays whole.
    ``sums``: the question asks an amount, so a later clause's figure may take the room of an
    opening clause that gives none."""
    if len(sentence) <= limit:
        return sentence
    clauses: list[str] = []
    start = 0
    for m in _CLAUSE_RE.finditer(sentence):
        clauses.append(sentence[start : m.start()])
        start = m.end()
    clauses.append(sentence[start:])
    if len(clauses) < 2:
        return sentence
    folded = {fold(t) for t in q_terms}

    def says(clause: str) -> float:
        shared = len(folded & {fold(t) for t in tokenize(clause)})
        return shared + (1.0 if _has_amount(clause) or _TIME_RE.search(clause) else 0.0)

    keep: dict[int, str] = {0: clauses[0]}
    length = len(clauses[0])
    for i in sorted(range(1, len(clauses)), key=lambda i: (-says(clauses[i]), i)):
        if says(clauses[i]) <= 0:
            continue
        left = limit - length - 2
        if len(clauses[i]) <= left:
            keep[i] = clauses[i]
        elif (
            sums
            and len(keep) == 1
            and _has_amount(clauses[i])
            and not _DIGIT_RE.search(clauses[0])
            and len(clauses[i]) <= limit // 2
            and len(clauses[0]) > _OPENING_KEPT
        ):
            # "Den kommunale medfinansiering er dels … og dels til administration, hvilket er
            # omregnet til 661.680 kr. fordelt på fire år": the sum is what the sentence says;
            # the opening clause gives way to it, its start kept (subject and verb).
            room = max(_OPENING_KEPT, limit - len(clauses[i]) - 6)
            keep[0] = clauses[0][:room].rsplit(" ", 1)[0] + " …"
            keep[i] = clauses[i]
            length = len(keep[0])
        elif left >= 50:
            # The telling clause is itself long: its start, which holds its verb and number.
            keep[i] = clauses[i][: min(left, 60)].rsplit(" ", 1)[0] + " …"
        else:
            continue
        length += len(keep[i]) + 2
    if len(keep) == len(clauses) and all(keep[i] == c for i, c in enumerate(clauses)):
        return sentence
    out = keep[0]
    for i in range(1, len(clauses)):
        if i in keep:
            # (After a clause cut short, its "…" already marks what was left out.)
            joint = " " if out.endswith("…") else ", " if i - 1 in keep else " … "
            out += joint + keep[i]
    return out if len(clauses) - 1 in keep or out.endswith("…") else out + " …"


# How much of a long sentence's opening clause is kept at least when a later clause's sum
# takes its room (see ``shorten``).
_OPENING_KEPT = 60


def trim(text: str, limit: int = 700, tail: int = 0) -> str:
    """``text`` cut at a sentence or line end before ``limit`` characters, marked with "…";
    whole when at most ``tail`` characters over, where the caller has that room to spare."""
    if len(text) <= limit + tail:
        # A few words over: the cut would leave out the sentence's last word or two ("at
        # Økonomiudvalget efterfølgende …" for "… orienteres"), which often says what was done.
        return text
    cut = text[:limit]
    stop = max(cut.rfind(". "), cut.rfind("\n"))
    return (cut[: stop + 1] if stop > limit // 2 else cut.rsplit(" ", 1)[0]) + " …"
