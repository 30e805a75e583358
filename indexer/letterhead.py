"""A file's letterhead: the lines it prints around its text rather than in it.

The text reader (indexer.read) leaves page furniture out by construction: a Word or ODF page
header, an RTF ``\\header`` group, a web page's title bar and site banner, a PDF's running
header, a mail's headers. None of it is the minutes, but it names who issued them ("Lyngmose
Kommune · Økonomiudvalget" atop every page), which the text often does not (indexer.issuer).
Only that is read from here; a letterhead that cannot be read is none (the text reader reports
a damaged file).
"""

from __future__ import annotations

import email
import email.policy
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from striprtf import striprtf

from indexer.read import (
    HTML_SUFFIXES,
    MAIL_SUFFIXES,
    ODT_SUFFIXES,
    RTF_SUFFIXES,
    WORD_SUFFIXES,
    XML_SUFFIXES,
    decode_plain,
    page_line,
)
from indexer.wordxml import (
    FLAT_ODF,
    FLAT_PACKAGE,
    WORD_2003,
    document_kind,
    flat_package,
    word2003_furniture,
)

__all__ = ["decode_letterhead"]

_rtf_to_text: Callable[..., str] = striprtf.rtf_to_text

_ODF_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
# An ODF master page's header and footer, for every page or the first and left ones.
_ODF_PARTS = frozenset({
    "header", "footer", "header-left", "footer-left", "header-first", "footer-first",
})  # fmt: skip
# An RTF header or footer group opens with its destination word: "{\header", "{\footerl".
_RTF_PART_RE = re.compile(r"\{\\(?:header|footer)[lrf]?(?![a-z])")
_RTF_CODE_PAGE_RE = re.compile(r"\\ansicpg\d+")
# A web page's metadata that names the site or its publisher.
_HTML_META_NAMES = frozenset({
    "og:site_name", "application-name", "publisher", "dc.publisher", "dcterms.publisher",
    "author",
})  # fmt: skip
# A mail's header that names the sender's organisation (RFC 2076).
_MAIL_ORGANISATION = ("Organization", "Organisation")
# The lines atop a PDF's first page, where a running header stands.
_PDF_TOP_LINES = 3
# Markdown front matter: "---", then "key: value" lines, then "---".
_FRONT_MATTER_LINES = 40
# Longer than a letterhead's line: a body's paragraph.
_MAX_LINE_CHARS = 200


def decode_letterhead(data: bytes, path: Path) -> tuple[str, ...]:
    """The letterhead lines of a minutes file's bytes (``path`` decides the format as
    ``decode_text`` does), in the order the file gives them; empty where it has none."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".pdf" or data.startswith(b"%PDF-"):
            lines = _pdf_edges(data)
        elif suffix in WORD_SUFFIXES:
            lines = _word_parts(data)
        elif suffix in HTML_SUFFIXES:
            lines = _html_banner(decode_plain(data, path))
        elif suffix in MAIL_SUFFIXES:
            lines = _mail_organisation(data)
        elif suffix in RTF_SUFFIXES or data.lstrip().startswith(b"{\\rtf"):
            lines = _rtf_parts(data.decode("latin-1"))
        elif suffix in ODT_SUFFIXES:
            lines = _odf_parts(data)
        elif suffix in XML_SUFFIXES:
            lines = _xml_document_parts(data)
        else:
            plain = decode_plain(data, path)
            lines = _front_matter(plain) + _numbered_edges(plain)
    except Exception:  # a damaged part is no letterhead; the text reader names the damage
        return ()
    out = (" ".join(line.split()) for line in lines)
    return tuple(line for line in out if line and len(line) <= _MAX_LINE_CHARS)


def _pdf_edges(data: bytes) -> list[str]:
    """The first page's top lines, and its last line where it numbers the page: a running
    header or footer the text reader removes as furniture ("Mølleby Kommune" atop every page,
    "Elmsted Municipality | Finance Committee | Page 1" below) stands there. (Not the rest of
    the page's bottom, often the body's text; nor the other pages: reading every page again
    would double a long file's reading time.)"""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted or not reader.pages:
        return []
    top, footer = _first_page_edges(reader.pages[0].extract_text() or "")
    return top + footer


def _word_parts(data: bytes) -> list[str]:
    """The paragraphs of a Word document's page headers and footers (every section's default,
    first-page and even-page ones, through python-docx), TABs kept as gaps."""
    import docx

    lines: list[str] = []
    seen: set[int] = set()
    for section in docx.Document(io.BytesIO(data)).sections:
        for part in (
            section.header,
            section.first_page_header,
            section.even_page_header,
            section.footer,
            section.first_page_footer,
            section.even_page_footer,
        ):
            # A section without its own header shows the previous one's (linked): read once.
            if part.is_linked_to_previous or id(part.part) in seen:
                continue
            seen.add(id(part.part))
            lines.extend(paragraph.text for paragraph in part.paragraphs)
    return lines


def _odf_parts(data: bytes) -> list[str]:
    """The paragraphs of an OpenDocument text's page headers and footers (its master pages,
    in ``styles.xml``)."""
    from defusedxml import ElementTree as SafeET

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = SafeET.fromstring(package.read("styles.xml"))
    return _odf_master_parts(root)


def _odf_master_parts(root: Any) -> list[str]:
    """The paragraphs of the page headers and footers of an OpenDocument's master pages (under
    ``styles.xml``'s root, or a flat ``.fodt``'s one root)."""
    lines: list[str] = []
    for page in root.iter(f"{{{_ODF_STYLE}}}master-page"):
        for part in page:
            if part.tag.rsplit("}", 1)[-1] not in _ODF_PARTS:
                continue
            for block in part.iter():
                if block.tag in (f"{{{_ODF_TEXT}}}p", f"{{{_ODF_TEXT}}}h"):
                    lines.append("".join(block.itertext()))
    return lines


def _xml_document_parts(data: bytes) -> list[str]:
    """The page headers and footers of a word processor's document saved as XML (Word 2003 XML,
    Word's flat package, a flat OpenDocument text; see indexer.wordxml). An agenda system's
    export has none: its fields are read as its text ("myndighed: …")."""
    from defusedxml import ElementTree as SafeET

    root = SafeET.fromstring(data)
    kind = document_kind(root)
    if kind == WORD_2003:
        return word2003_furniture(root)
    if kind == FLAT_PACKAGE:
        return _word_parts(flat_package(root))
    if kind == FLAT_ODF:
        return _odf_master_parts(root)
    return []


def _rtf_parts(markup: str) -> list[str]:
    """The text of an RTF file's header and footer groups, read in the file's code page."""
    code_page = _RTF_CODE_PAGE_RE.search(markup[:2000])
    prolog = "{\\rtf1\\ansi" + (code_page.group() if code_page else "") + " "
    lines: list[str] = []
    for m in _RTF_PART_RE.finditer(markup):
        end = _group_end(markup, m.start())
        if end is None:
            continue
        text = _rtf_to_text(prolog + markup[m.end() : end] + "}", errors="replace")
        lines.extend(text.split("\n"))
    return lines


def _group_end(markup: str, start: int) -> int | None:
    """Where the RTF group opened at ``start`` closes (its "}"), escaped braces skipped."""
    depth = 0
    i = start
    while i < len(markup):
        ch = markup[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _html_banner(markup: str) -> list[str]:
    """A web page's title, the site's name in its metadata, and the lines and logo texts of its
    banner (``<header>`` or ``role=banner``), which the text reader leaves out as the site's."""
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(markup, "html.parser")
    lines: list[str] = [soup.title.get_text(" ")] if soup.title else []
    for meta in soup.find_all("meta"):
        key = str(meta.get("property") or meta.get("name") or "").casefold()
        content = meta.get("content")
        if key in _HTML_META_NAMES and isinstance(content, str):
            lines.append(content)
    banners = soup.find_all(
        lambda t: t.name == "header" or str(t.get("role", "")).casefold() == "banner"
    )
    for banner in banners:
        if not isinstance(banner, Tag) or banner.find_parent("main") is not None:
            continue  # (a <header> inside the main content heads an article, not the site)
        lines.extend(banner.get_text("\n").split("\n"))
        lines.extend(str(img.get("alt")) for img in banner.find_all("img") if isinstance(img, Tag))
    return lines


def _mail_organisation(data: bytes) -> list[str]:
    """The organisation a mail's headers name as the sender's ("Organization: Mølleby
    Kommune")."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    return [str(message[h]) for h in _MAIL_ORGANISATION if message.get(h)]


def _numbered_edges(text: str) -> list[str]:
    """A typed or scanned text's running header or footer on its first page: one of its top
    lines, or its last, that numbers the page beside its words ("Brombæk Kommune - Byrådet -
    18.02.2009   Side 1"), as a PDF's is read (``_pdf_edges``). The text reader removes it as
    furniture; a line without a page number is the text's own and read there."""
    top, footer = _first_page_edges(text.lstrip("\ufeff").split("\f", 1)[0])
    return [line for line in dict.fromkeys(top + footer) if page_line(line)]


def _first_page_edges(page: str) -> tuple[list[str], list[str]]:
    """A first page's top lines (``_PDF_TOP_LINES``) and its last line where that numbers the
    page: where a running header or footer stands."""
    lines = [line for line in page.split("\n") if line.strip()]
    return lines[:_PDF_TOP_LINES], [line for line in lines[-1:] if page_line(line)]


def _front_matter(text: str) -> list[str]:
    """A Markdown file's front matter fields ("kommune: Lyngmose"), which the text reader reads
    only for the page's title."""
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or lines[0].strip() != "---":
        return []
    out: list[str] = []
    for line in lines[1:_FRONT_MATTER_LINES]:
        if line.strip() == "---":
            return out
        out.append(line)
    return []  # no closing "---": no front matter, a rule over the text
