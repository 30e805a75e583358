"""Who issued the minutes: the municipality (or region) a file's letterhead or header names.

Minutes name the authority that keeps them at their top: a letterhead line ("TRANEVIG
KOMMUNE", "Lyngmose Kommune · Økonomiudvalget"), an export's field ("myndighed: Lyngmose
Kommune"), a web page's title ("Referat … | Kildeholm Municipality"), the board under its
municipality ("Ældrerådet i Skovkær Kommune") or the council by its own name ("Ulvsbæk Byråd").
A municipality named anywhere else (a point's text, a guest's line in the attendance, the place
of the meeting) is no issuer: a body often speaks of its neighbours. When the content does not
say, nothing is guessed (not from the file's name either); where it names two authorities (a
joint meeting, a page's links to other sites) it does not say which is the issuer.

Pure functions over lines of text; the words are indexer.language's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from indexer.headings import demark, is_toc_line, point_heading
from indexer.language import (
    ISSUER_BOARD_ENDINGS,
    ISSUER_COUNCILS,
    ISSUER_LABELS,
    ISSUER_NAME_LABELS,
    MUNICIPALITY_WORDS,
    NOT_PLACE_NAMES,
    PLACE_NAME_PREFIXES,
    REGION_WORDS,
)

__all__ = ["issuer", "issuer_in_line"]

# How many lines of the text's header are read for the issuer: the letterhead and title region,
# never the attendance lists and contents further down.
HEADER_LINES = 20

# Where a title or letterhead sets its parts apart: "Lyngmose Kommune · Økonomiudvalget",
# "Referat - Byrådet | Mølleby Kommune", "TRANEVIG KOMMUNE      REFERAT", "…, Lyngmose Kommune",
# a breadcrumb's "Hvidbjerg Kommune › Politik › Referater".
# (Each gap is matched from its first blank only, so a long run of blanks costs one pass.)
_SEGMENT_SPLIT_RE = re.compile(
    r"(?<![ \t])[ \t]+[-–—>»›/][ \t]+|(?<![ \t])[ \t]*[|·•][ \t]*|\t|[ ]{3,}|,[ \t]+"
)
# One word of a place's name as minutes write it: "Lyngmose", "Høje-Taastrup", "TRANEVIG".
_NAME_WORD = r"[A-ZÆØÅ][A-Za-zÆØÅæøåÉéÜüÖöÄä'’]*(?:-[A-ZÆØÅ][A-Za-zÆØÅæøåÉéÜüÖöÄä'’]*)*"
# A labelled line: "myndighed: Lyngmose Kommune", "Mødested: Rådhuset".
_LABEL_RE = re.compile(r"^(?P<label>[^\W\d_][\w .-]{0,30}?)[ \t]*:[ \t]*(?P<value>\S.*)$")


def _alternatives(words: Iterable[str]) -> str:
    """Words as a case-blind alternation ("Kommune", "KOMMUNE"); a place's name around them
    keeps its capital."""
    return "(?i:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]{1,2}") for w in words) + ")"


def _name(group: str) -> str:
    """A place's name in a group of its own: one word, or two where the first is a prefix of
    a place's name ("Nørre Alslev")."""
    return rf"(?P<{group}>(?:{_alternatives(PLACE_NAME_PREFIXES)}[ \t]{{1,2}})?{_NAME_WORD})"


_MUNICIPALITY = _alternatives(MUNICIPALITY_WORDS)
_COUNCIL = _alternatives(ISSUER_COUNCILS)
# The authority alone: "Lyngmose Kommune", "Kildeholm Municipality", "Municipality of Hvidsø",
# "Region Midtjylland". (The council by its place's name, "Ulvsbæk Byråd", "Vestmose
# Kommunalbestyrelse", "Kildeholm City Council", names its municipality too.)
_AUTHORITY_RE = re.compile(
    rf"^(?:{_name('name')}[ \t]{{1,2}}{_MUNICIPALITY}"
    rf"|(?i:municipality|kommune)[ \t]{{1,2}}(?i:of)[ \t]{{1,2}}{_name('of_name')}"
    rf"|(?P<region>{_alternatives(REGION_WORDS)})[ \t]{{1,2}}{_name('region_name')}"
    rf"|{_name('council_name')}[ \t]{{1,2}}{_COUNCIL}(?i:et|en)?)$"
)
# A board of the authority, the authority after it: "Ældrerådet i Skovkær Kommune", "Byrådet i
# Ulvsbæk Kommune", "Regionsrådet i Region Sjælland"; or the authority's genitive before it:
# "Fjordby Kommunes Økonomiudvalg".
_BOARD_OF_RE = re.compile(
    r"^(?P<board>.{1,80}?)[ \t]{1,2}(?i:i)[ \t]{1,2}(?P<authority>\S.*)$"
    # ("Bøgeholt Kommune Økonomiudvalget": a running header's name and board, no genitive.)
    rf"|^{_name('owner')}[ \t]{{1,2}}{_MUNICIPALITY}(?i:s)?[ \t]{{1,2}}(?P<owned>\S.*)$"
)
# Longer than a letterhead's or a title's line: a paragraph, never read for the issuer.
_MAX_LINE_CHARS = 200
# The small words inside a board's name: "Børne- og Ungeudvalget", "Udvalget for Teknik og Miljø".
_BOARD_JOINS = frozenset({"og", "for", "&", "and", "of"})


def issuer(
    letterhead: Iterable[str], header: Iterable[str], footer: Iterable[str] = ()
) -> str | None:
    """The municipality (or region) that issued a meeting's minutes, by its name: "Lyngmose"
    for "Lyngmose Kommune", "Region Midtjylland" for a region. None where the content does not
    say, or names two.

    Args:
        letterhead: Lines a file prints around its text rather than in it (a Word page header,
            a web page's title, a mail's organisation).
        header: The text's lines above its first agenda point; only the first ``HEADER_LINES``
            that hold text are read, and a line is only read whole or by its title's parts.
        footer: A web page's site footer below the last point (the publisher's address:
            "Mølleby Kommune · Rådhuspladsen 1 · 4790 Mølleby"), as the parser finds it.
    """
    named: dict[str, str] = {}
    lines = [*letterhead, *_top(header), *footer]
    for line in lines:
        if (name := issuer_in_line(line)) is not None:
            named.setdefault(name.casefold(), name)
    return next(iter(named.values())) if len(named) == 1 else None


def _top(header: Iterable[str]) -> list[str]:
    out: list[str] = []
    for line in header:
        if line.strip():
            out.append(line)
            if len(out) == HEADER_LINES:
                break
    return out


def issuer_in_line(raw: str) -> str | None:
    """The authority one line names as its issuer, by a whole part of the line (see
    ``issuer``); None for a line that names none, that is an entry of a contents list or an
    agenda point, or that is labelled as another fact ("Mødested: Rådhuset, Lyngmose
    Kommune", "Desuden deltog: Ida Holm, Vestby Kommune": where they met, who came)."""
    text = demark(raw).strip()
    if not text or len(text) > _MAX_LINE_CHARS or is_toc_line(text) or point_heading(text):
        return None
    if labelled := _LABEL_RE.match(text):
        label = labelled["label"].strip().casefold()
        # ("myndighed kommune: Egeskær Kommune": an export's element and its attribute, as the
        # XML reader names a field, each word a label the issuer's field goes by.)
        if label not in ISSUER_LABELS and not all(w in ISSUER_LABELS for w in label.split()):
            return None
        label = label.split()[-1]
        # ('municipality: "Egeslund Kommune"': a front matter's value in quotes.)
        value = labelled["value"].strip().strip("\"'«»“”")
        if label in ISSUER_NAME_LABELS and (alone := re.fullmatch(_name("name"), value)):
            # "kommune: Lyngmose": the field names the municipality by its name alone.
            return _as_name(alone["name"])
        text = value
    found = {n.casefold(): n for part in _segments(text) if (n := _in_segment(part))}
    return next(iter(found.values())) if len(found) == 1 else None


def _segments(text: str) -> list[str]:
    parts = [p.strip(" .:;*_") for p in _SEGMENT_SPLIT_RE.split(text)]
    return [p for p in parts if p]


def _in_segment(part: str) -> str | None:
    """The authority a part of a title names as a whole: alone, as a board's, or as its
    council's name."""
    if (m := _AUTHORITY_RE.match(part)) is not None:
        return _authority_name(m)
    if (m := _BOARD_OF_RE.match(part)) is None:
        return None
    if m["owner"] is not None:
        return _as_name(m["owner"]) if _board_name(m["owned"]) else None
    authority = _AUTHORITY_RE.match(m["authority"])
    if authority is None or not _board_name(m["board"]) or authority["council_name"]:
        return None  # ("Udvalget i Vestby Byråd" names no authority by its council.)
    return _authority_name(authority)


def _authority_name(m: re.Match[str]) -> str | None:
    """The name an authority goes by: its place's ("Lyngmose"), or a region's whole name
    ("Region Midtjylland": no municipality is called "Midtjylland")."""
    if m["region"] is not None:
        name = m["region_name"]
        return None if _not_a_place(name) else f"{m['region'].capitalize()} {_as_name(name)}"
    name = m["name"] or m["of_name"] or m["council_name"]
    return None if _not_a_place(name) else _as_name(name)


def _not_a_place(name: str) -> bool:
    """ "Den Kommune", "Hele Kommune": a word that opens a phrase, never a place's name."""
    return name.split()[0].casefold() in NOT_PLACE_NAMES


def _board_name(words: str) -> bool:
    """Whether a part names a board and nothing else: capitalised words joined by the small
    words of a board's name, the last a board's word ("Ældrerådet", "Børne- og Ungeudvalget");
    not a title that speaks of the board ("Nyt fra Ældrerådet")."""
    parts = words.split()
    if not parts or len(parts) > 8 or not parts[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w.casefold() in _BOARD_JOINS for w in parts):
        return False
    return parts[-1].casefold().endswith(ISSUER_BOARD_ENDINGS)


def _as_name(name: str) -> str:
    """A place's name as it is spelled, also where the letterhead sets it in capitals
    ("TRANEVIG" -> "Tranevig", "HØJE-TAASTRUP" -> "Høje-Taastrup")."""
    name = " ".join(name.split())
    if not name.isupper():
        return name
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in name.split(" "))
