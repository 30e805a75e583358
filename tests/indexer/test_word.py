"""Word's automatic numbering read as the label Word prints before a paragraph."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from indexer.word import numbering_labels

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _document(levels: str, start_override: int | None = None) -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("x", style="List Number")  # makes sure a numbering part exists
    numbering = document.part.numbering_part.element
    numbering.insert(
        0, parse_xml(f'<w:abstractNum {_W} w:abstractNumId="77">{levels}</w:abstractNum>')
    )
    override = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>'
        if start_override
        else ""
    )
    numbering.append(
        parse_xml(f'<w:num {_W} w:numId="77"><w:abstractNumId w:val="77"/>{override}</w:num>')
    )
    return document


def _add(document: docx.document.Document, text: str, ilvl: int = 0) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {_W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="77"/></w:numPr>')
    )


def _labels(document: docx.document.Document) -> list[tuple[str, str]]:
    buffer = io.BytesIO()
    document.save(buffer)
    reread = docx.Document(io.BytesIO(buffer.getvalue()))
    label = numbering_labels(reread)
    return [(label(p), p.text) for p in reread.paragraphs][1:]


def test_roman_headings_and_decimal_sub_levels_restart_under_each() -> None:
    document = _document(
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
        '<w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2"/></w:lvl>'
    )
    for text, ilvl in (("Regnskab", 0), ("Drift", 1), ("Anlæg", 1), ("Budget", 0), ("Skat", 1)):
        _add(document, text, ilvl)
    assert _labels(document) == [
        ("I.", "Regnskab"), ("I.1", "Drift"), ("I.2", "Anlæg"), ("II.", "Budget"), ("II.1", "Skat"),
    ]  # fmt: skip


def test_a_list_started_over_from_23_and_a_bullet_list() -> None:
    document = _document(
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="Punkt %1"/></w:lvl>',
        start_override=23,
    )
    _add(document, "Godkendelse af dagsorden")
    _add(document, "Eventuelt")
    document.add_paragraph("Et punkt i en liste", style="List Bullet")
    assert _labels(document) == [
        ("Punkt 23", "Godkendelse af dagsorden"),
        ("Punkt 24", "Eventuelt"),
        ("", "Et punkt i en liste"),
    ]
