"""What an agenda system's XML export says of its parts by their names.

No schema is shared between agenda systems: each names its elements and attributes in its own
Danish or English words ("<punkt nr=…>", "<AgendaItem number=…>", "<Punkt Loebenummer=…>"), most
often spelled without Danish letters. What a part is, is read from its name: a point's number, its
title, a run of text, whether the public may read it. indexer.read writes the export as the
labelled lines the text rules read; the functions here only judge names and values (the words are
in indexer.language).
"""

from __future__ import annotations

import re
from typing import Any

from indexer.headings import closed_note, closing_line, internal_access, status_line
from indexer.language import (
    XML_ACCESS_NAMES,
    XML_CLOSED_NAMES,
    XML_NUMBER_LEADS,
    XML_NUMBER_WORDS,
    XML_PUBLIC_NAMES,
    XML_SUBTITLE_LEADS,
    XML_TEXT_NAMES,
    XML_TITLE_NAMES,
    XML_TITLE_WORDS,
    fold,
)

__all__ = [
    "name_word",
    "number_name",
    "point_number",
    "says_closed",
    "text_name",
    "title_name",
]

_XML_TRUE = frozenset({"true", "ja", "yes", "1", "j", "y"})
_XML_FALSE = frozenset({"false", "nej", "no", "0", "n"})
# A point's number as an export writes it: "7", "12." (never a case number or a date).
_POINT_NUMBER_RE = re.compile(r"\d{1,4}\.?")
_NUMBER_NAME_RE = re.compile(
    rf"^(?:{'|'.join(XML_NUMBER_LEADS)})?(?:{'|'.join(XML_NUMBER_WORDS)})$"
)
_TITLE_NAME_RE = re.compile(
    rf"^(?!{'|'.join(XML_SUBTITLE_LEADS)})[a-z]{{0,20}}?(?:{'|'.join(XML_TITLE_WORDS)})$"
    rf"|^(?:{'|'.join(XML_TITLE_NAMES)})$"
)


def name_word(name: str) -> str:
    """An XML name as a word to compare: its local part, folded, without separators
    ("{urn:x}Løbe-nummer" and "LoebeNummer" -> "lobenummer")."""
    local = name.rsplit("}", 1)[-1]
    return re.sub(r"[-_. ]", "", fold(local))


def number_name(name: str) -> bool:
    """Whether a name says it holds a point's number ("nr", "Nummer", "Loebenummer", "punktNr",
    "ItemNo"); a case number's ("sagsnr") or a sort key's ("sortOrder") is none."""
    return _NUMBER_NAME_RE.match(name_word(name)) is not None


def title_name(name: str) -> bool:
    """Whether a name says it holds a title ("Titel", "Overskrift", "Emne", "ItemTitle",
    "Punktoverskrift"); a subtitle ("Undertitel") is none."""
    return _TITLE_NAME_RE.match(name_word(name)) is not None


def text_name(name: str) -> bool:
    """Whether a name says it holds a run of text ("Tekst", "afsnit", "p"): the text is a
    field's words, never a fact labelled by that name."""
    return name_word(name) in XML_TEXT_NAMES


def point_number(element: Any) -> tuple[str, Any | None] | None:
    """The number of an element that may be an agenda point, as written ("61"), and the child
    element that gave it (None where an attribute did: "<Punkt Loebenummer="61">", "<Item>
    <ItemNo>4</ItemNo>…"); None where no number-named attribute or child holds a number."""
    for key, value in element.attrib.items():
        if number_name(key) and _POINT_NUMBER_RE.fullmatch(value.strip()):
            return value.strip().rstrip("."), None
    for child in element:
        if (
            isinstance(child.tag, str)
            and not len(child)
            and number_name(child.tag)
            and _POINT_NUMBER_RE.fullmatch(text := (child.text or "").strip())
        ):
            return text.rstrip("."), child
    return None


def says_closed(name: str, value: str, *, in_words: bool = False) -> bool:
    """Whether an attribute or a text-only child closes its point: a yes under a closed word
    ("lukket="true"", "<Fortrolig>ja</Fortrolig>"), a no under a public one ("offentlig="nej"",
    "<Public>false</Public>") or a closed status as its value ("adgang="Lukket""). With
    ``in_words``, a child that says who may read the point ("<Offentliggoerelse>",
    "<Adgang>") closes it by a notice in words as well ("Undtaget fra offentlighed – indeholder
    oplysninger om …"), as the same line would under a point's heading; any other element's
    words are the point's text, which only mentioning a closed door never closes."""
    word, said = name_word(name), " ".join(value.split())
    if (word in XML_CLOSED_NAMES and said.lower() in _XML_TRUE) or (
        word in XML_PUBLIC_NAMES and said.lower() in _XML_FALSE
    ):
        return True
    if status_line(said) is True or internal_access(word, said):
        return True
    return (
        in_words
        and word in XML_ACCESS_NAMES
        and len(said) <= 200
        and (closing_line(said) or closed_note(said))
    )
