"""Word's automatic numbering as the text Word shows before a paragraph ("23.", "Punkt 4", "III.").

A point heading numbered by Word ("Heading 1" or a numbered list with "Punkt %1" as its level
text) holds no number in its text: the number lives in the paragraph's ``numPr`` (or its
style's) and the document's numbering definitions. Read as text, "23. Godkendelse af
dagsorden" would be "Godkendelse af dagsorden" and the meeting's numbering from 23 lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

__all__ = ["numbering_labels"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVELS = 9
# Number formats Word writes as text; bullets and others show no number a reader can use.
_FORMATS = {"decimal", "decimalZero", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter"}
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
    (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def numbering_labels(document: Document) -> Callable[[Paragraph], str]:
    """A function giving each paragraph, called in reading order, the label Word shows before
    it ("23.", "Punkt 4:", "III."), or "" when it has none or only a bullet.

    Counters run per list (``numId``) and level; a level counts on from its ``start`` value (or
    the list's ``startOverride``) and restarts when a level above it counts. Word's rarer
    restart rules (``lvlRestart``, a list continued across ``numId``s of one abstract list)
    are not followed.
    """
    levels = _level_definitions(document)
    counters: dict[str, list[int]] = {}

    def label(paragraph: Paragraph) -> str:
        num_id, ilvl = _num_pr(paragraph)
        if num_id is None or num_id == "0":
            return ""
        defs = levels.get(num_id)
        if defs is None or ilvl not in defs:
            return ""
        counts = counters.setdefault(num_id, [0] * _LEVELS)
        start, _fmt, _text = defs[ilvl]
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else start
        for deeper in range(ilvl + 1, _LEVELS):
            counts[deeper] = 0
        fmt, text = defs[ilvl][1], defs[ilvl][2]
        if fmt not in _FORMATS or not text:
            return ""
        for k in range(ilvl + 1):
            value = counts[k] or (defs[k][0] if k in defs else 1)
            shown = _format(value, defs[k][1] if k in defs else "decimal")
            text = text.replace(f"%{k + 1}", shown)
        return text.strip()

    return label


def _level_definitions(document: Document) -> dict[str, dict[int, tuple[int, str, str]]]:
    """(start, number format, level text) by list (``numId``) and level."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):  # no numbering part: nothing is numbered
        return {}
    abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
    for node in numbering.iter(f"{_W}abstractNum"):
        abstract[node.get(f"{_W}abstractNumId")] = {
            int(lvl.get(f"{_W}ilvl", "0")): _level(lvl) for lvl in node.iter(f"{_W}lvl")
        }
    out: dict[str, dict[int, tuple[int, str, str]]] = {}
    for num in numbering.iter(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        defs = dict(abstract.get(ref.get(f"{_W}val"), {}) if ref is not None else {})
        for override in num.iter(f"{_W}lvlOverride"):
            ilvl = int(override.get(f"{_W}ilvl", "0"))
            start = override.find(f"{_W}startOverride")
            if start is not None and ilvl in defs:
                _start, fmt, text = defs[ilvl]
                defs[ilvl] = (_int(start.get(f"{_W}val"), 1), fmt, text)
        out[num.get(f"{_W}numId")] = defs
    return out


def _level(lvl: Any) -> tuple[int, str, str]:
    start = lvl.find(f"{_W}start")
    fmt = lvl.find(f"{_W}numFmt")
    text = lvl.find(f"{_W}lvlText")
    return (
        _int(start.get(f"{_W}val") if start is not None else None, 1),
        fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
        text.get(f"{_W}val", "") if text is not None else "",
    )


def _num_pr(paragraph: Paragraph) -> tuple[str | None, int]:
    """The list and level of a paragraph: its own ``numPr``, else its style's (a heading style
    numbered by the template), else none."""
    elements = [paragraph._p]
    style = paragraph.style
    while style is not None:
        elements.append(style.element)
        style = style.base_style
    num_id: str | None = None
    ilvl: int | None = None
    for element in elements:
        ppr = element.find(f"{_W}pPr")
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num_pr is None:
            continue
        node = num_pr.find(f"{_W}numId")
        if num_id is None and node is not None:
            num_id = node.get(f"{_W}val")
        node = num_pr.find(f"{_W}ilvl")
        if ilvl is None and node is not None:
            ilvl = _int(node.get(f"{_W}val"), 0)
        if num_id is not None and ilvl is not None:
            break
    return num_id, min(ilvl or 0, _LEVELS - 1)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _format(value: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        out, rest = "", value
        for amount, numeral in _ROMAN:
            while rest >= amount:
                out, rest = out + numeral, rest - amount
        return out if fmt == "upperRoman" else out.lower()
    if fmt in ("upperLetter", "lowerLetter") and 1 <= value <= 26:
        letter = chr(ord("A") + value - 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)
