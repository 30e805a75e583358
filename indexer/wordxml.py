"""A word processor's document saved as one XML file, told apart from an agenda system's export.

Besides its zip formats a word processor saves a document as a single XML file, named ``.xml``
as an agenda system's export is (indexer.read reads those as labelled lines). Read as an export,
such a document gives every run of text as a fact of its own ("t: …", "pstyle val: …") and no
point is found. Three shapes are met in archives:

- Word 2003 XML (WordprocessingML, ``<w:wordDocument>``): Word 2003 to 2019's "XML Document"; the
  paragraphs and tables are in ``<w:body>``, page headers and footers in each section's
  ``<w:sectPr>``.
- Word's flat package (Flat OPC, ``<pkg:package>``): Word 2007's and later "Word XML Document",
  the parts of a ``.docx`` one after another in one file. Put back into a zip it is that
  ``.docx`` (``flat_package``), and the Word reader reads it whole.
- A flat OpenDocument text (``<office:document>``, ``.fodt``): LibreOffice's one-file XML, the
  ``content.xml`` and ``styles.xml`` of an ``.odt`` in one root.

The functions here take the parsed root (defusedxml, as every XML the reader parses) and know
nothing of minutes: what a line says is for the text rules.
"""

from __future__ import annotations

import base64
import io
import zipfile
from typing import Any
from xml.etree import ElementTree

__all__ = [
    "FLAT_ODF",
    "FLAT_PACKAGE",
    "WORD_2003",
    "document_kind",
    "flat_package",
    "word2003_blocks",
    "word2003_furniture",
]

_W2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
# Word 2003's hints for other readers: the number a list shows before a paragraph
# ("<wx:t wx:val="3."/>"), which the paragraph's text does not hold.
_AUX = "http://schemas.microsoft.com/office/word/2003/auxHint"
_PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"
_ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_P = f"{{{_W2003}}}p"

WORD_2003 = "word2003"
FLAT_PACKAGE = "flat-package"
FLAT_ODF = "flat-odf"

# What a Word paragraph holds that is not its printed text: deleted text of a tracked change,
# a field's code ("PAGE", "HYPERLINK …"), the properties, a footnote's or comment's own text (at
# the foot of the page, not in the line), a drawing's or text box's content (placed beside the
# text; python-docx leaves it out of a .docx's paragraphs as well).
_NOT_PRINTED = frozenset({
    "deltext", "delinstrtext", "instrtext", "ppr", "rpr", "footnote", "endnote", "annotation",
    "pict", "drawing", "txbxcontent", "sectpr", "hdr", "ftr",
})  # fmt: skip
# Word 2003 keeps tracked changes and comments as annotations ("<aml:annotation
# w:type="Word.Insertion">"): an insertion's runs are printed text, a deletion's or a comment's
# are not.
_PRINTED_ANNOTATIONS = frozenset({"word.insertion"})


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def document_kind(root: ElementTree.Element) -> str | None:
    """Which word processor's one-file XML a parsed root is (``WORD_2003``, ``FLAT_PACKAGE``,
    ``FLAT_ODF``), by its root element and namespace; None for any other XML (an export)."""
    tag = root.tag if isinstance(root.tag, str) else ""
    if tag == f"{{{_W2003}}}wordDocument":
        return WORD_2003
    if tag == f"{{{_PKG}}}package":
        return FLAT_PACKAGE
    if tag == f"{{{_ODF_OFFICE}}}document":
        return FLAT_ODF
    return None


def flat_package(root: ElementTree.Element) -> bytes:
    """The ``.docx`` a Flat OPC file holds: each ``<pkg:part>`` written back as the zip entry its
    name gives (XML kept in ``<pkg:xmlData>``, anything else base64 in ``<pkg:binaryData>``), and
    the content types the parts declare as the package's ``[Content_Types].xml``."""
    types = ElementTree.Element(
        "Types", xmlns="http://schemas.openxmlformats.org/package/2006/content-types"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for part in root.iter(f"{{{_PKG}}}part"):
            name = part.get(f"{{{_PKG}}}name") or ""
            if not name.startswith("/"):
                continue
            xml = part.find(f"{{{_PKG}}}xmlData")
            binary = part.find(f"{{{_PKG}}}binaryData")
            if xml is not None and len(xml):
                data = ElementTree.tostring(xml[0], encoding="utf-8")
            elif binary is not None:
                data = base64.b64decode("".join((binary.text or "").split()))
            else:
                continue
            package.writestr(name[1:], data)
            if content_type := part.get(f"{{{_PKG}}}contentType"):
                ElementTree.SubElement(types, "Override", PartName=name, ContentType=content_type)
        package.writestr("[Content_Types].xml", ElementTree.tostring(types, encoding="utf-8"))
    return out.getvalue()


def word2003_blocks(root: ElementTree.Element) -> list[tuple[tuple[str, ...], str]]:
    """The body of a Word 2003 XML document in reading order: each paragraph as ``(styles,
    text)``, each table row as ``((), cells joined by TABs)``. ``styles`` are the names and ids
    of the paragraph's style and of the styles it is based on, nearest first ("Punktoverskrift",
    "Heading2"): a heading by any of them is one. A list's number shown before a paragraph
    ("3.") opens its text, as printed. Page headers and footers (``<w:sectPr>``), deleted text,
    field codes and hidden runs are left out."""
    body = root.find(f"{{{_W2003}}}body")
    blocks: list[tuple[tuple[str, ...], str]] = []
    if body is not None:
        _blocks(body, _style_chains(root), blocks)
    return [(styles, text) for styles, text in blocks if text.strip()]


def word2003_furniture(root: ElementTree.Element) -> list[str]:
    """The paragraphs of a Word 2003 XML document's page headers and footers (every section's
    ``<w:hdr>`` and ``<w:ftr>``): the letterhead the body leaves out."""
    lines: list[str] = []
    for tag in ("hdr", "ftr"):
        for part in root.iter(f"{{{_W2003}}}{tag}"):
            lines.extend(_paragraph_text(p) for p in part.iter(f"{{{_W2003}}}p"))
    return lines


def _blocks(
    element: ElementTree.Element,
    chains: dict[str, tuple[str, ...]],
    blocks: list[tuple[tuple[str, ...], str]],
) -> None:
    """The paragraphs and table rows under ``element`` (the body, or Word's section wrappers
    ``<wx:sect>``/``<wx:sub-section>`` inside it), in order."""
    for child in element:
        name = _local(child.tag)
        if name == "p":
            style = child.find(f"{{{_W2003}}}pPr/{{{_W2003}}}pStyle")
            style_id = (style.get(f"{{{_W2003}}}val") or "") if style is not None else ""
            styles = chains.get(style_id, (style_id,) if style_id else ())
            blocks.append((styles, _paragraph_text(child, numbered=True)))
        elif name == "tbl":
            for row in child.findall(f"{{{_W2003}}}tr"):
                cells = [
                    " ".join(" ".join(_paragraph_text(p).split()) for p in cell.iter(_P)).strip()
                    for cell in row.findall(f"{{{_W2003}}}tc")
                ]
                blocks.append(((), "\t".join(cells).strip()))
        elif name not in _NOT_PRINTED:
            _blocks(child, chains, blocks)


# The longest chain of styles based on one another that is followed (Word allows no loop, a
# damaged file might hold one).
_MAX_STYLE_DEPTH = 10


def _style_chains(root: ElementTree.Element) -> dict[str, tuple[str, ...]]:
    """Each paragraph style's id -> its name and id, then its base style's, and so on."""
    own: dict[str, tuple[str, str | None]] = {}  # id -> (name, based on)
    for style in root.iter(f"{{{_W2003}}}style"):
        style_id = style.get(f"{{{_W2003}}}styleId") or ""
        name = style.find(f"{{{_W2003}}}name")
        based = style.find(f"{{{_W2003}}}basedOn")
        own[style_id] = (
            (name.get(f"{{{_W2003}}}val") or "") if name is not None else "",
            based.get(f"{{{_W2003}}}val") if based is not None else None,
        )
    chains: dict[str, tuple[str, ...]] = {}
    for style_id in own:
        chain: list[str] = []
        at: str | None = style_id
        for _ in range(_MAX_STYLE_DEPTH):
            if at is None or at not in own:
                break
            style_name, base = own[at]
            chain += [n for n in dict.fromkeys((style_name, at)) if n and n not in chain]
            at = base
        chains[style_id] = tuple(chain)
    return chains


def _paragraph_text(paragraph: ElementTree.Element, *, numbered: bool = False) -> str:
    """A paragraph's printed text: its runs' text, a tab as TAB, a line break as a new line;
    with ``numbered``, the number its list shows before it ("3."), a space after."""
    out: list[str] = []
    _run_text(paragraph, out)
    text = "".join(out)
    if numbered:
        shown = paragraph.find(f"{{{_W2003}}}pPr/{{{_W2003}}}listPr/{{{_AUX}}}t")
        label = (shown.get(f"{{{_AUX}}}val") or "").strip() if shown is not None else ""
        if label and text.strip():
            return f"{label} {text}"
    return text


def _run_text(element: ElementTree.Element, out: list[str]) -> None:
    for child in element:
        name = _local(child.tag)
        if name in _NOT_PRINTED:
            if name == "annotation" and (
                (child.get(f"{{{_W2003}}}type") or "").lower() in _PRINTED_ANNOTATIONS
            ):
                _run_text(child, out)
            continue
        if name == "t":
            out.append(child.text or "")
        elif name == "tab":
            out.append("\t")
        elif name in ("br", "cr"):
            out.append("\n")
        elif name == "nobreakhyphen":
            out.append("-")
        elif name == "r" and _hidden(child):
            continue
        else:
            _run_text(child, out)


def _hidden(run: ElementTree.Element) -> bool:
    """A run formatted hidden (``<w:vanish/>``): not printed."""
    return run.find(f"{{{_W2003}}}rPr/{{{_W2003}}}vanish") is not None
