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
from collections.abc import Iterator
from typing import Any

from indexer.headings import closed_note, closing_line, internal_access, status_line
from indexer.language import (
    XML_ACCESS_NAMES,
    XML_CLOSED_NAMES,
    XML_FILE_STAMP_NAMES,
    XML_FLAG_LEADS,
    XML_NUMBER_LEADS,
    XML_NUMBER_WORDS,
    XML_POINT_NAMES,
    XML_PUBLIC_NAMES,
    XML_SORT_NAMES,
    XML_STAMP_ENDINGS,
    XML_SUBTITLE_LEADS,
    XML_TEXT_NAMES,
    XML_TITLE_NAMES,
    XML_TITLE_WORDS,
    fold,
)

__all__ = [
    "file_stamp_name",
    "name_word",
    "number_name",
    "point_number",
    "says_closed",
    "sort_name",
    "text_name",
    "title_name",
    "unnumbered_points",
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


def file_stamp_name(name: str) -> bool:
    """Whether a name stamps the file, not the meeting: when the system exported, made or
    printed it ("eksporteret", "exportedAt", "Genereret", "createdOn", "eksportdato")."""
    word = name_word(name)
    return word in XML_FILE_STAMP_NAMES or any(
        word.endswith(end) and word[: -len(end)] in XML_FILE_STAMP_NAMES
        for end in XML_STAMP_ENDINGS
    )


def _flag_word(word: str) -> str:
    """A yes/no field's name without the lead that asks its question ("ispublic" ->
    "public", "erlukket" -> "lukket"); any other name as it is."""
    for lead in XML_FLAG_LEADS:
        rest = word.removeprefix(lead)
        if rest != word and (rest in XML_CLOSED_NAMES or rest in XML_PUBLIC_NAMES):
            return rest
    return word


def _elements(element: Any) -> list[Any]:
    """An element's child elements (no comments or processing instructions)."""
    return [c for c in element if isinstance(c.tag, str)]


def _titled(element: Any) -> bool:
    return any(title_name(c.tag) for c in _elements(element))


def sort_name(name: str) -> bool:
    """Whether a name says it holds a sort key ("SortNumber", "sortOrder", "Rækkefølge")."""
    return name_word(name) in XML_SORT_NAMES


def _sort_key(element: Any) -> int | None:
    """The sort key an element gives itself ("<SortNumber>63</SortNumber>", "sortOrder="10""),
    None where it gives none."""
    values = [v for k, v in element.attrib.items() if sort_name(k)]
    values += [c.text or "" for c in _elements(element) if sort_name(c.tag) and not len(c)]
    found = next((v.strip() for v in values if v.strip().isdigit()), None)
    return int(found) if found is not None else None


def _numbered_points(root: Any) -> bool:
    """Whether any element of the export is a point numbered by a field of its own."""
    return any(
        isinstance(e.tag, str) and point_number(e) is not None and _titled(e) for e in root.iter()
    )


def unnumbered_points(root: Any) -> dict[int, str]:
    """The numbers of an export's agenda points that no number-named field numbers, by the
    ``id`` of their element: each element named as a point ("<AgendaItem>", "<punkt>") with a
    title child ("<Caption>", "<Titel>"). Their sort keys number them where the keys count one
    by one through the export ("<SortNumber>63</SortNumber>" … 67: the agenda's own numbering,
    kept as the sort order); otherwise (keys that count in tens, or none) their places in the
    export do, from 1 (a list of open points and one of closed points run on as one agenda).
    Only where no point of the export is numbered (then an unnumbered titled element is
    something else: a case record inside a point), and never a point inside such a point."""
    if _numbered_points(root):
        return {}
    points = list(_unnumbered(root))
    keys = [_sort_key(e) for e in points]
    counted = [k for k in keys if k is not None]
    by_keys = (
        len(counted) == len(keys)
        and bool(counted)
        and counted[0] >= 1
        and all(b - a == 1 for a, b in zip(counted, counted[1:], strict=False))
    )
    return {
        id(element): str(key if by_keys else place)
        for place, (element, key) in enumerate(zip(points, keys, strict=True), 1)
    }


def _unnumbered(element: Any) -> Iterator[Any]:
    """The elements below an element named as points with a title child, in document order; a
    point's own elements are never searched for more."""
    for child in _elements(element):
        if name_word(child.tag) in XML_POINT_NAMES and _titled(child):
            yield child
        else:
            yield from _unnumbered(child)


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
    word, said = _flag_word(name_word(name)), " ".join(value.split())
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
