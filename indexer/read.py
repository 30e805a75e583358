"""File -> text: read minutes in the formats staff have, and remove what is not the minutes.

Formats: plain text and markdown (as saved from a web page or exported), PDF (its text layer,
through pypdf), HTML saved from an agenda system or a municipal site (through Beautiful Soup with
Python's own ``html.parser``) and Word ``.docx`` (through python-docx). Each becomes plain text with
one block (paragraph, heading, list item, table row) per line, blocks separated by blank lines.

Then page furniture is removed by general rules (``remove_furniture``): page numbers, running
headers and footers that repeat at page edges, web-page controls ("Til toppen", "Udskriv"),
words hyphenated across lines, letter-spaced text and symbol-font garbage from bad PDF
extraction. The seed minutes have none of these, so they read exactly as before.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader

from indexer.errors import ParseError
from indexer.headings import case_number, decision, section_heading
from indexer.language import HYPHEN_KEEP_NEXT

__all__ = ["HTML_SUFFIXES", "WORD_SUFFIXES", "decode_text", "read_text", "remove_furniture"]

HTML_SUFFIXES = {".html", ".htm"}
WORD_SUFFIXES = {".docx"}

# Above this share of control characters a decoded "text" is really a binary file.
_MAX_CONTROL_SHARE = 0.05

# Whole lines that are controls of a saved web page, never minutes (compared casefolded).
_WEB_CONTROLS = {
    "til toppen",
    "tilbage til toppen",
    "gå til toppen",
    "udskriv",
    "print",
    "se alle bilag",
    "vis alle bilag",
    "skjul alle bilag",
    "luk alle",
    "fold alle ud",
}
# "Side 3 af 12", "Side 3", "Page 3 of 12", "- 3 -", "3 / 12" alone on a line.
_PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:side|page|s\.)[ \t]{0,3}\d{1,4}(?:[ \t]{0,3}(?:af|of|/)[ \t]{0,3}\d{1,4})?"
    r"|-[ \t]{0,3}\d{1,4}[ \t]{0,3}-|\d{1,4}[ \t]{1,3}/[ \t]{1,3}\d{1,4})$",
    re.IGNORECASE,
)
_DIGITS_RE = re.compile(r"\d+")
_BLOCK_TAGS = (
    "p div h1 h2 h3 h4 h5 h6 li tr table section article header footer main aside ul ol dl dt "
    "dd blockquote pre address figure figcaption caption hr form fieldset"
).split()
_DROP_TAGS = ("head", "script", "style", "noscript", "template", "svg", "nav", "button", "select")


def read_text(path: Path) -> str:
    """Read a minutes file into normalised text without page furniture.

    Text files are decoded as UTF-8 (a BOM is dropped), falling back to cp1252 and then latin-1,
    which keeps æøå intact in files saved by older Windows tools. PDFs are read from their text
    layer, HTML through its block structure, Word documents paragraph by paragraph (tables row by
    row, cells separated by TABs). Line endings become ``\\n`` and no-break spaces plain spaces.

    Args:
        path: A ``.txt``/``.md`` (or any text), ``.pdf``, ``.html``/``.htm`` or ``.docx`` file.

    Returns:
        The decoded, normalised text.

    Raises:
        ParseError: The file is empty, binary, or an unreadable, truncated or encrypted PDF or
            Word file.
        OSError: The file cannot be opened.
    """
    return decode_text(path.read_bytes(), path)


def decode_text(data: bytes, path: Path) -> str:
    """Decode the bytes of a minutes file already read (see ``read_text``); ``path`` decides
    the format by its suffix and names the file in errors."""
    if not data.strip():
        raise ParseError(f"empty file: {path}")
    suffix = path.suffix.lower()
    sep = "\n"  # form feeds in a text file become newlines, as they always did
    if suffix == ".pdf" or data.startswith(b"%PDF-"):
        pages, sep = _read_pdf(data, path), "\n\n"
    elif suffix in WORD_SUFFIXES:
        pages = [_read_docx(data, path)]
    elif suffix in HTML_SUFFIXES:
        pages = [_read_html(_decode(data, path))]
    else:
        # A text file printed from a PDF keeps its page breaks as form feeds.
        pages = _decode(data, path).split("\f")
    text = remove_furniture([_normalise(p) for p in pages], sep)
    if not text.strip():
        raise ParseError(f"empty file: {path} has only whitespace")
    return text


# --- formats ---------------------------------------------------------------------------------


def _decode(data: bytes, path: Path) -> str:
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        # Word's "Unicode text" export: NUL bytes here are UTF-16, not a binary file.
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as e:
                raise ParseError(f"binary file {path}: bad UTF-16 text ({e.reason})") from e
    if b"\x00" in data:
        raise ParseError(f"binary file {path}: contains NUL bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            # cp1252 leaves five bytes undefined; latin-1 defines all 256 and agrees on æøå.
            text = data.decode("latin-1")
    controls = sum(
        1 for ch in text if ch not in "\t\n\r\f\v" and unicodedata.category(ch) in ("Cc", "Co")
    )
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise ParseError(f"binary file {path}: {controls} of {len(text)} characters are not text")
    return text


def _read_pdf(data: bytes, path: Path) -> list[str]:
    if not data.startswith(b"%PDF-"):
        raise ParseError(f"unreadable PDF {path}: no %PDF header")
    # pypdf quietly rebuilds a cut-off file from what is left; a missing trailer must fail loudly
    # instead of indexing half a meeting.
    if b"%%EOF" not in data[-2048:]:
        raise ParseError(f"truncated PDF {path}: no %%EOF trailer")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ParseError(f"encrypted PDF {path}: a password is needed to read it")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ParseError:
        raise
    except Exception as e:  # pypdf raises many exception types for damaged files
        raise ParseError(f"unreadable PDF {path}: {type(e).__name__}: {e}") from e
    if not any(p.strip() for p in pages):
        raise ParseError(f"empty file: {path} has no text layer (scanned PDF?)")
    return pages


def _read_html(markup: str) -> str:
    """The visible text of a saved web page, one block per line.

    Beautiful Soup with the standard library's ``html.parser``: it copes with the broken markup
    that saved pages are full of, and needs no compiled parser.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    # Line breaks in the markup are only spaces to a browser; blocks make the lines.
    for node in soup.find_all(string=True):
        if node.parent is not None and node.parent.name != "pre" and "\n" in node:
            node.replace_with(" ".join(node.split(" ")).replace("\n", " "))
    for tag in soup.find_all("br"):
        tag.replace_with("\n")
    for tag in soup.find_all(["td", "th"]):
        tag.insert_after("\t")
    # A description list holds labelled metadata ("Status" / "Lukket"): one "label: value"
    # line each, as the reader reads labelled lines, not a label and a value apart.
    for dt in soup.find_all("dt"):
        dd = dt.find_next_sibling()
        if dd is not None and dd.name == "dd":
            dt.append(": " + dd.get_text(" ", strip=True))
            dd.decompose()
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for tag in soup.find_all("li"):
        tag.insert(0, "- ")
    blocks: list[str] = []
    for raw in soup.get_text().split("\n"):
        cells = [" ".join(cell.split()) for cell in raw.split("\t")]
        line = "\t".join(cells).strip()
        if line:
            blocks.append(line)
    return "\n\n".join(blocks)


def _read_docx(data: bytes, path: Path) -> str:
    """The body of a Word document: paragraphs in order, table rows as TAB-separated cells.

    python-docx reads the document's XML directly, so headers and footers (page furniture)
    are left out by construction.
    """
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # a damaged zip or XML raises several exception types
        raise ParseError(f"unreadable Word file {path}: {type(e).__name__}: {e}") from e
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = " ".join(item.text.split())
            if text:
                blocks.append(text)
        elif isinstance(item, Table):
            for row in item.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    # A merged cell is returned once per grid column it spans.
                    if not cells or cells[-1] != value:
                        cells.append(value)
                line = "\t".join(cells).strip()
                if line:
                    blocks.append(line)
    if not blocks:
        raise ParseError(f"empty file: {path} has no text")
    return "\n\n".join(blocks)


def _normalise(text: str) -> str:
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch in "\f\v\u2028\u2029":
        text = text.replace(ch, "\n")
    for ch in "\u00a0\u202f\u2007":
        text = text.replace(ch, " ")
    return text


# --- furniture -------------------------------------------------------------------------------


def remove_furniture(pages: Sequence[str], sep: str = "\n") -> str:
    """Join pages into one text without page furniture.

    Args:
        pages: The text of each page (one item when the source has no page breaks).
        sep: What joins two pages.

    Returns:
        The text, pages joined by a blank line; lines that are page numbers, running headers or
        footers (a line at the edge of at least two pages, digits ignored), web-page controls
        or symbol garbage dropped; letter-spaced lines closed up; words hyphenated across lines
        joined.
    """
    edges = _running_lines(pages) if len(pages) > 1 else set()
    changed = False
    kept_pages: list[str] = []
    for number, page in enumerate(pages):
        lines = page.split("\n")
        filled = [i for i, line in enumerate(lines) if line.strip()]
        # The first page's opening lines are the meeting's title, even when later pages repeat
        # them as a running header; below them a running header is furniture again.
        at_edge = set(filled[:3] + filled[-3:]) if number > 0 else set(filled[2:6] + filled[-3:])
        kept: list[str] = []
        for i, line in enumerate(lines):
            stripped = line.strip()
            if stripped and _is_furniture(stripped, edges if i in at_edge else set()):
                changed = True
                continue
            closed_up = _unspace(line)
            changed = changed or closed_up != line
            kept.append(closed_up)
        kept_pages.append("\n".join(kept).strip("\n"))
    if not changed:
        # Nothing to remove: the text stays byte for byte as read, so spans match the file.
        return _join_hyphenated(sep.join(pages))
    lines = _collapse_blank_runs(sep.join(p for p in kept_pages if p.strip()).split("\n"))
    return _join_hyphenated("\n".join(lines))


def _collapse_blank_runs(lines: list[str]) -> list[str]:
    collapsed: list[str] = []
    for line in lines:
        if not line.strip() and collapsed and not collapsed[-1].strip():
            continue
        collapsed.append(line)
    return collapsed


def _page_key(line: str) -> str:
    return _DIGITS_RE.sub("#", " ".join(line.split()).casefold())


def _running_lines(pages: Sequence[str]) -> set[str]:
    """Lines (digits ignored) among the first or last three lines of at least half the pages
    (and at least two): a heading that happens to open two pages of a long meeting is not one."""
    counts: Counter[str] = Counter()
    need = max(2, (len(pages) + 1) // 2)
    for page in pages:
        lines = [line.strip() for line in page.split("\n") if line.strip()]
        counts.update({_page_key(line) for line in lines[:3] + lines[-3:] if not _content(line)})
    # A running header names the board and date or the page: it always has a digit or a
    # few words, never a heading of the minutes such as "Beslutning" alone.
    return {key for key, n in counts.items() if n >= need and ("#" in key or len(key.split()) >= 3)}


def _content(line: str) -> bool:
    """A point's metadata or section heading ("Sagsnr.: 23/14012", "3.1 Sagsfremstilling"): it
    may open or close many pages of minutes that give each point a page, digits aside alike,
    and is never a running header."""
    return (
        case_number(line) is not None
        or section_heading(line, colon=True) is not None
        or decision(line) is not None
    )


def _is_furniture(line: str, edges: set[str]) -> bool:
    folded = " ".join(line.split()).casefold()
    if folded in _WEB_CONTROLS or _PAGE_NUMBER_RE.match(folded):
        return True
    if _page_key(line) in edges:
        return True
    return _is_garbage(line)


def _is_garbage(line: str) -> bool:
    """Symbol-font residue: a line of mostly private-use or replacement glyphs."""
    if len(line) < 4:
        return False
    odd = sum(1 for ch in line if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "So"))
    return odd * 2 > len(line.replace(" ", ""))


def _unspace(line: str) -> str:
    """Close up letter-spaced text from PDF extraction: "R e f e r a t" -> "Referat".

    Only a line whose every space-separated token is one character qualifies (at least five of
    them); two or more spaces mark the word breaks.
    """
    stripped = line.strip()
    if len(stripped) < 9 or "  " not in stripped and stripped.count(" ") < 4:
        return line
    words = re.split(r" {2,}", stripped)
    tokens = [t for w in words for t in w.split(" ")]
    if len(tokens) < 5 or any(len(t) != 1 for t in tokens):
        return line
    return " ".join(w.replace(" ", "") for w in words)


def _join_hyphenated(text: str) -> str:
    """Join a word split across two lines by a hyphen ("kommu-" / "nen" -> "kommunen").

    Only when the first part ends in a lowercase letter and a hyphen and the next line starts
    with a lowercase word that is not a conjunction ("Børne- og Unge" stays).
    """
    if "-\n" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        body = line.rstrip()
        first = nxt.lstrip().split(" ", 1)[0] if nxt.strip() else ""
        if (
            len(body) >= 3
            and body[-1] == "-"
            and body[-2].isalpha()
            and body[-2].islower()
            and first[:1].isalpha()
            and first[:1].islower()
            and first.casefold().rstrip(".,;:") not in HYPHEN_KEEP_NEXT
        ):
            rest = nxt.lstrip()[len(first) :]
            out.append(body[:-1] + first + rest)
            i += 2
            continue
        out.append(line)
        i += 1
    return "\n".join(out)
