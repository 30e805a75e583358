"""File -> text: read minutes in the formats staff have, and remove what is not the minutes.

Formats: plain text and markdown (as saved from a web page or exported), PDF (its text layer,
through pypdf), HTML saved from an agenda system or a municipal site (through Beautiful Soup with
Python's own ``html.parser``), Word ``.docx`` (through python-docx), Rich Text Format ``.rtf``
(through striprtf), OpenDocument ``.odt`` and agenda-system ``.xml`` exports (through
defusedxml). Each becomes plain text with one block (paragraph, heading, list item, table
row) per line, blocks separated by blank lines.

Then page furniture is removed by general rules (``remove_furniture``): page numbers, running
headers and footers that repeat at page edges, web-page controls ("Til toppen", "Udskriv"),
words hyphenated across lines, letter-spaced text and symbol-font garbage from bad PDF
extraction. The seed minutes have none of these, so they read exactly as before.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from email.message import EmailMessage, MIMEPart
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pypdf import PdfReader
from striprtf import striprtf

from indexer.errors import ParseError
from indexer.headings import (
    TITLE_SECTIONS,
    case_number,
    closed_mark_only,
    closed_title,
    date_in,
    decision,
    find_date,
    point_heading,
    section_heading,
)
from indexer.language import (
    AGENDA_LINK_OBJECTS,
    AGENDA_LINK_VERBS,
    AGENDA_STEP_LINKS,
    DIGITAL_WORDS,
    DOCUMENT_MADE_WORDS,
    DOCUMENT_NOUNS,
    DOCUMENT_SIGNED_WORDS,
    HYPHEN_KEEP_NEXT,
    MONTHS,
    POINT_NUMBER_COLUMNS,
    POINT_TITLE_COLUMNS,
    PRINT_STAMP_WORDS,
    STAMP_JOINS,
)
from indexer.word import numbering_labels
from indexer.wordxml import (
    FLAT_ODF,
    FLAT_PACKAGE,
    WORD_2003,
    document_kind,
    flat_package,
    word2003_blocks,
)
from indexer.xmlnames import (
    file_stamp_name,
    number_name,
    point_number,
    says_closed,
    sort_name,
    text_name,
    title_name,
    unnumbered_points,
)

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag
    from bs4.element import PageElement
    from docx.table import Table
    from docx.text.paragraph import Paragraph

__all__ = [
    "HTML_SUFFIXES",
    "MAIL_SUFFIXES",
    "RTF_SUFFIXES",
    "ODT_SUFFIXES",
    "WORD_SUFFIXES",
    "XML_SUFFIXES",
    "decode_plain",
    "decode_text",
    "page_line",
    "read_text",
    "remove_furniture",
]

HTML_SUFFIXES = {".html", ".htm"}
WORD_SUFFIXES = {".docx"}
# Minutes sent as an e-mail and saved from the mail program (RFC 822 / MIME).
MAIL_SUFFIXES = {".eml"}
# Rich Text Format: what older word processors (and Word's "save as RTF") wrote; archives of
# minutes from before .docx hold them.
RTF_SUFFIXES = {".rtf"}
# OpenDocument text: what LibreOffice (and Word's "save as ODF") writes.
ODT_SUFFIXES = {".odt"}
# An agenda system's XML export: no schema is shared between systems, so it is read as labelled
# lines ("udvalg: …", "dato: …") and headings, which the text rules then read as any minutes.
# A word processor's document saved as one XML file is read under the same suffix (Word's "XML
# Document", indexer.wordxml), and so is LibreOffice's flat OpenDocument text (".fodt").
XML_SUFFIXES = {".xml", ".fodt"}
# Markdown files: only these are read as a browser shows Markdown's inline HTML (a plain text
# file's tags are its words as written; see _markdown_html).
MARKDOWN_SUFFIXES = {".md", ".markdown"}
# Every RTF file opens with this group and control word, whatever its name says: Word saves RTF
# under ".doc" too, and no plain-text minutes begin with it.
_RTF_MAGIC = b"{\\rtf"
# striprtf ships no type hints; its one function takes the markup and returns the text.
_rtf_to_text: Callable[..., str] = striprtf.rtf_to_text

# The Nordic DOS code page (IBM 865), which defines all 256 bytes; and the letters that tell it
# from Windows' cp1252 in a Danish file. Only ø and å: DOS's æ and Æ are the bytes of Windows'
# curly quotes (‘ ’), which an English file in cp1252 is full of ("council’s" is no "councilÆs").
_DOS_CODEC = "cp865"
_DANISH_LETTERS = frozenset("øåØÅ")

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
    # An accordion's toggle beside each point of a FirstAgenda/Prepare-style page.
    "vis mere",
    "vis mindre",
    "læs mere",
    "skjul",
    "show more",
    "show less",
    "read more",
    # A page's feedback and share widgets ("Var denne side nyttig?  Ja  Nej", "Del siden:").
    "var denne side nyttig",
    "var denne side nyttig ja nej",
    "was this page helpful",
    "was this page helpful yes no",
    "udskriv denne side",
    "print denne side",
    "print this page",
    "del siden",
    "del denne side",
    "share this page",
    "facebook",
    "linkedin",
    "twitter",
    "instagram",
    "e mail",  # "E-mail": compared without its hyphen
    "print siden",
    "udskriv siden",
    # A point's permalink beside its heading ("Link til punkt"), read as a line of its own.
    "link til punkt",
    "link til dette punkt",
    "link to item",
    "link to this item",
    "permalink",
}
# A share button names its network after a verb: "Del på Facebook", "Share on LinkedIn".
_SHARE_LEADS = ("del på ", "del via ", "del med ", "share on ", "share via ")
_NETWORKS = {"facebook", "linkedin", "twitter", "instagram", "x", "e mail", "mail", "bluesky"}
# "Side 3 af 12", "Side 3", "Page 3 of 12", "- 3 -", "3 / 12" alone on a line.
_PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:side|page|s\.)[ \t]{0,3}\d{1,4}(?:[ \t]{0,3}(?:af|of|/)[ \t]{0,3}\d{1,4})?"
    r"|-[ \t]{0,3}\d{1,4}[ \t]{0,3}-|\d{1,4}[ \t]{1,3}/[ \t]{1,3}\d{1,4})$",
    re.IGNORECASE,
)
# "Økonomiudvalget | 14-01-2027 | Side 2 af 3", "Side 2 af 3 – Referat": a running header or
# footer that holds its page's number of the pages ("af"/"of"/"/") beside the board, the date or
# the kind, set apart by a bar, dash, bullet, TAB or wide gap. A sentence never ends so.
_PAGE_OF = r"(?:side|page)[ \t]{0,3}\d{1,4}[ \t]{0,3}(?:af|of|/)[ \t]{0,3}\d{1,4}"
# (A dash only beside a date: "Bilag 3 - side 4 af 12" in a list of attachments stays.)
_PAGE_GAP = r"(?P<gap>[ \t]{0,3}[|·•–—][ \t]{0,3}|[ \t]-[ \t]|\t|[ \t]{3,})"
# (Searched for in the line's last characters only: a search over a long run of blanks before
# it would start again at each blank.)
_PAGE_LAST_RE = re.compile(rf"{_PAGE_OF}[ \t]*$", re.IGNORECASE)
_PAGE_TAIL_CHARS = 40
# "Byrådet 23-04-2026          Side 2": the page's number without the count of pages, beside a
# date (see ``page_line``).
_PAGE_BARE_LAST_RE = re.compile(r"(?:side|page)[ \t]{0,3}\d{1,4}[ \t]*$", re.IGNORECASE)
_PAGE_FIRST_RE = re.compile(rf"^{_PAGE_OF}{_PAGE_GAP}(?=\S)", re.IGNORECASE)
_PAGE_FOOTER_WORDS = 12
_DIGITS_RE = re.compile(r"\d+")
# "Udskrevet den 20.03.2024 kl. 10:14", "Printed on: 5 June 2024", "Genereret af
# dagsordenssystemet 07.06.2023": a stamp word, maybe by whom, then its date.
_PRINT_STAMP_RE = re.compile(
    r"^(?:" + "|".join(PRINT_STAMP_WORDS) + r")"
    r"(?:[ \t]{1,3}(?:af|by)(?:[ \t]{1,3}[^\s\d]{1,40}){1,3})?"
    r"[ \t]{0,3}(?:den|d\.|on|the)?[ \t]{0,3}:?[ \t]{0,3}(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# What may follow a stamp's date: its time ("kl. 10:14", "10.14.03"), and the page's number
# when the stamp and the number share the page's header or footer line ("Side 1 af 3").
_STAMP_TAIL_RE = re.compile(
    r"^[ \t,.]{0,3}(?:kl\.?[ \t]{0,3})?(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?"
    r"(?:[ \t,.·|-]{1,5}(?:side|page|s\.)[ \t]{0,3}\d{1,4}"
    r"(?:[ \t]{0,3}(?:af|of|/)[ \t]{0,3}\d{1,4})?)?[ \t.]{0,3}$"
)
# A line about the document itself: the document named or not, then how it was made or signed
# ("Referatet er eksporteret fra mødesystemet 04-09-2024 08:14", "Udskrevet 12.03.2025 kl. 10:41
# af Jens Madsen", "Dokumentet er genereret af FirstAgenda", "Digitalt underskrevet af …").
_DOCUMENT_STAMP_RE = re.compile(
    r"^(?:(?:" + "|".join(DOCUMENT_NOUNS) + r") (?:(?P<aux>er|blev|is|was|has been) )?)?"
    r"(?:(?P<digital>" + "|".join(DIGITAL_WORDS) + r") )?"
    r"(?:(?P<made>" + "|".join((*PRINT_STAMP_WORDS, *DOCUMENT_MADE_WORDS)) + r")"
    r"|(?P<signed>" + "|".join(DOCUMENT_SIGNED_WORDS) + r"))(?P<rest>(?: .*)?)$",
    re.IGNORECASE,
)
# The marks of a Markdown quote opening a line ("> ", "> > ").
_QUOTE_MARK_RE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
_STAMP_SOURCES = {"af", "by", "fra", "from", "via"}
_NAME_JOINS = {"og", "and", "&"}
_STAMP_MAX_WORDS = 10
_STAMP_SEPARATORS = "·•|–—-/"
_SYSTEM_ENDINGS = ("system", "systemet", "systems", "portal", "portalen")
_BLOCK_TAGS = (
    "p div h1 h2 h3 h4 h5 h6 li tr table section article header footer main aside ul ol dl dt "
    "dd blockquote pre address figure figcaption caption hr form fieldset details summary"
).split()
_DROP_TAGS = (
    "head", "script", "style", "noscript", "template", "svg", "nav", "button", "select", "iframe",
)  # fmt: skip
# Utility classes of the common CSS frameworks that hide an element on every screen.
_HIDDEN_CLASSES = frozenset({"hidden", "d-none", "is-hidden", "display-none"})
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Word's heading styles by name, English or Danish ("Heading 1", "Overskrift 1").
_WORD_HEADING_RE = re.compile(r"^(?:heading|overskrift)[ \t]?([1-9])$")
# Class or id words of a site's furniture that CMS templates give without an ARIA role: the
# cookie banner, menus, the breadcrumb trail, print and share toolbars (words of a class or id
# split at "-" and "_"; "cookie" and "breadcrumb" also inside a word: "cookiebanner").
_FURNITURE_WORDS = frozenset({
    "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs", "menu", "topmenu", "mainmenu",
    "megamenu", "navbar", "toolbar", "share", "skiplink", "sitefooter", "siteheader",
})  # fmt: skip
_FURNITURE_PARTS = ("cookie", "breadcrumb")
# Furniture is short; an element with more text is the page's content under a loose class name.
_MAX_FURNITURE_CHARS = 1000
# ARIA landmarks of the site around the minutes, never the minutes.
_FURNITURE_ROLES = ("banner", "navigation", "search", "contentinfo")
# A page title that says what kind of minutes the page holds (a whole word: "Dagsordener og
# referater" is the title of a list of meetings, not of one).
_KIND_WORD_RE = re.compile(
    r"(?<![^\W\d_])(?:tillægsreferat|tillægsdagsorden|referat|dagsorden)(?![^\W\d_])",
    re.IGNORECASE,
)
_MAX_TITLE_CHARS = 200
# Form fields a browser shows with their value in a box (a read-only form of meeting facts).
_SHOWN_INPUTS = frozenset({"text", "date", "datetime-local", "time", "email", "tel", "search"})
_POINT_NUMBER_CELL_RE = re.compile(r"^\d{1,3}[a-h]?\.?$")
# Elements that may be a heading line of their own on a page without HTML headings.
_MARK_LINES = frozenset({"p", "td", "th", "li", "dt", "dd", "div", "caption"})
# An open mark set apart in a heading (a badge's text), folded.
_OPEN_MARKS = {
    "åben", "åbent", "åben sag", "åbent punkt", "åbent dagsordenspunkt", "offentlig", "offentligt",
}  # fmt: skip
# Words of an icon's class or file name that draw a lock ("icon-lock", "padlock.svg").
_LOCK_TOKENS = {"lock", "locked", "padlock", "laas", "laast", "lås", "låst", "hængelås"}
# Headings of a meeting's header that may stand at the level of the point headings.
_HEADER_HEADINGS = {
    "deltagere", "mødedeltagere", "medlemmer", "fraværende", "afbud", "til stede", "fremmødte",
    "mødested", "mødedato", "dato", "tidspunkt", "indhold", "indholdsfortegnelse", "punkter",
    "dagsordenspunkter", "åbne punkter", "lukkede punkter", "åben dagsorden", "lukket dagsorden",
}  # fmt: skip
# Headings that group the points by access: never a point, even with the points' sections
# below them (a Word file with "Lukkede punkter" as Heading 1 over bold numbered points).
_GROUP_HEADINGS = {
    "åbne punkter", "lukkede punkter", "åben dagsorden", "lukket dagsorden", "åbent møde",
    "lukket møde", "åbne sager", "lukkede sager",
}  # fmt: skip
# Class or id words of a block that holds a point's decision ("beslutning", "decision-text").
_DECISION_WORDS = frozenset({
    "beslutning", "beslutninger", "beslutningstekst", "decision", "decisions", "decisiontext",
})  # fmt: skip
# The level given to a Word paragraph that names a section without a heading style (a bold
# "Sagsfremstilling"): below every heading level, so the headings above it hold it.
_SECTION_LINE_LEVEL = 10


def read_text(path: Path) -> str:
    """Read a minutes file into normalised text without page furniture.

    Text files are decoded as UTF-8 (a BOM is dropped), falling back to cp1252 and then latin-1,
    which keeps æøå intact in files saved by older Windows tools, or to the Nordic DOS code page
    where that spells more ø and å. PDFs are read from their text
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
    elif suffix in MAIL_SUFFIXES:
        pages = _read_mail(data, path)
    elif suffix in RTF_SUFFIXES or data.lstrip().startswith(_RTF_MAGIC):
        pages = [_read_rtf(data, path)]
    elif suffix in ODT_SUFFIXES:
        pages = [_read_odt(data, path)]
    elif suffix in XML_SUFFIXES:
        pages = [_read_xml(data, path)]
    else:
        # A text file printed from a PDF keeps its page breaks as form feeds.
        pages = _decode(data, path).split("\f")
        pages = [
            _pipe_tables(_markdown_links(_markdown_marks(page)))
            for page in _front_matter_title(pages)
        ]
        if suffix in MARKDOWN_SUFFIXES:
            pages = [_markdown_html(page) for page in pages]
    text = remove_furniture([_normalise(p) for p in pages], sep)
    if suffix not in WORD_SUFFIXES | HTML_SUFFIXES:
        # After the furniture: a table's page header and footer lie between its rows.
        text = _unfold_column_tables(text)
    if not text.strip():
        raise ParseError(f"empty file: {path} has only whitespace")
    return text


# --- formats ---------------------------------------------------------------------------------


def decode_plain(data: bytes, path: Path) -> str:
    """The characters of a text file's bytes (a web page's markup, a Markdown file) as the
    reader decodes them: UTF-8 or UTF-16 by its BOM, else cp1252 or the Nordic DOS code page."""
    return _decode(data, path)


def _danish_letters(text: str) -> int:
    return sum(1 for ch in text if ch in _DANISH_LETTERS)


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
        # Minutes typed under DOS (the 1980s and early 1990s) are in the Nordic code page, where
        # æøå are other bytes than in Windows' (ø is 0x9B, a control in latin-1): whichever
        # reading spells more ø and å is the file's.
        dos = data.decode(_DOS_CODEC)
        if _danish_letters(dos) > _danish_letters(text):
            text = dos
    controls = sum(
        1 for ch in text if ch not in "\t\n\r\f\v" and unicodedata.category(ch) in ("Cc", "Co")
    )
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise ParseError(f"binary file {path}: {controls} of {len(text)} characters are not text")
    return text


def _read_mail(data: bytes, path: Path) -> list[str]:
    """The text of an e-mail: its subject ("Referat fra Handicaprådets møde 20. maj 2014"
    names the minutes as a page's title does) over its message text, decoded from
    quoted-printable or base64 in the part's charset. The plain text part is read; a mail
    with only an HTML part, or whose plain part is a pointer to or stub of its HTML part, is
    read from the HTML as a web page. Attachments are not the message."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not any(h in message for h in _MAIL_HEADERS):
        # No mail headers: plain text under a mail's name ("Dato: …" is no mail header).
        return [_decode(data, path)]
    subject = " ".join(str(message.get("subject", "")).split())
    plain = _mail_part_text(message.get_body(preferencelist=("plain",)), path)
    try:
        html = _mail_part_text(message.get_body(preferencelist=("html",)), path)
    except ParseError:
        if not plain.strip():
            raise
        html = ""  # a broken HTML alternative does not spoil the plain text read before
    # The plain part is read, as the sender wrote it; but a mail written as HTML may carry a
    # plain alternative that only points to it ("Referatet vises som HTML ...") or holds a
    # stub of it: where the HTML's text is more than twice as long, the minutes are there.
    text = html if len(html.strip()) > 2 * len(plain.strip()) else plain
    if not text.strip():
        raise ParseError(f"empty file: {path} is an e-mail without message text")
    return [f"{subject}\n\n{text}" if subject else text]


def _mail_part_text(body: MIMEPart | None, path: Path) -> str:
    """The text of one body part of a mail (none: empty), an HTML part read as a web page."""
    if body is None:
        return ""
    try:
        content = body.get_content()
    except (LookupError, ValueError) as e:  # an unknown charset or a broken encoding
        raise ParseError(f"unreadable e-mail {path}: {type(e).__name__}: {e}") from e
    if isinstance(content, bytes):
        content = _decode(content, path)
    return _read_html(content) if body.get_content_subtype() == "html" else str(content)


def _read_rtf(data: bytes, path: Path) -> str:
    """The text of a Rich Text Format file, one paragraph per line. striprtf decodes the
    ``\\'xx`` escapes in the file's own code page (``\\ansicpg``) and ``\\u`` characters, and
    skips the groups that are not the body: font and colour tables, document info, and the page
    headers and footers (furniture, like Word's, left out by construction). A file named
    ``.rtf`` that is not RTF is read as the plain text it is."""
    if not data.lstrip().startswith(_RTF_MAGIC):
        return _decode(data, path)
    # RTF is 7-bit by definition; latin-1 keeps any stray 8-bit byte as one character. A table
    # cell's end is read as a TAB, as in a Word table's row ("Sagsnr.<TAB>24/1234"): striprtf
    # writes "|", which a bar in the text writes too.
    markup = _RTF_CELL_RE.sub(r"\\tab ", data.decode("latin-1"))
    try:
        text = _rtf_to_text(markup, errors="replace")
    except (ValueError, LookupError, IndexError) as e:  # a broken escape or an unknown code page
        raise ParseError(f"unreadable RTF {path}: {type(e).__name__}: {e}") from e
    if not text.strip():
        raise ParseError(f"empty file: {path} is an RTF file without text")
    # (The last cell's TAB ends its row: no cell follows it.)
    return "\n".join(line.rstrip("\t") for line in text.split("\n"))


# A table cell's end ("\cell", "\nestcell"), not its width ("\cellx1440"), nor an escaped
# backslash's text.
_RTF_CELL_RE = re.compile(r"(?<!\\)\\(?:nest)?cell(?![a-zA-Z])[ ]?")


# Headers every saved e-mail has one of.
_MAIL_HEADERS = ("From", "Subject", "MIME-Version", "Content-Type", "Message-ID", "Received")


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
    that saved pages are full of, and needs no compiled parser. What a browser does not show is
    not read (``_drop_unpublished``); the page's title opens the text when it names the minutes;
    headings at the level the points use are numbered when the page numbers none, and a closed
    mark set apart in a heading (a lock icon, a "Lukket punkt" badge) becomes "(Lukket)".
    """
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(markup, "html.parser")
    title = _page_title(soup)
    # Before anything is dropped: a lock icon is usually an aria-hidden SVG.
    _mark_closed_headings(soup)
    _unfold_accordion(soup)
    _drop_unpublished(soup)
    _fill_form_fields(soup)
    _unfold_point_tables(soup)
    _label_decision_blocks(soup)
    _number_beside_heading(soup)
    _number_listed_headings(soup)
    _number_point_headings(soup)
    # Line breaks in the markup are only spaces to a browser; blocks make the lines.
    for node in soup.find_all(string=True):
        if node.parent is not None and node.parent.name != "pre" and "\n" in node:
            node.replace_with(" ".join(node.split(" ")).replace("\n", " "))
    for tag in soup.find_all("br"):
        tag.replace_with("\n")
    for tag in soup.find_all(["td", "th"]):
        tag.insert_after("\t")
    # Styled spans set side by side with nothing between ("<span class=itemno>2</span><span
    # class=itemtitle>Title</span><span class=itemstatus>Åben</span>"): the page's style
    # spaces them as cells; glued, "2TitleÅben" is no heading.
    for tag in soup.find_all("span", class_=True):
        after = tag.next_sibling
        if isinstance(after, Tag) and after.name == "span" and after.get("class"):
            tag.insert_after("\t")
    # A description list holds labelled metadata ("Status" / "Lukket"): one "label: value"
    # line each, as the reader reads labelled lines, not a label and a value apart.
    for dt in soup.find_all("dt"):
        dd = dt.find_next_sibling()
        if dd is not None and dd.name == "dd":
            label = dt.get_text(" ", strip=True)
            if point_heading(" ".join(label.split())) and dd.find(_BLOCK_TAGS) is not None:
                # "<dt>2. Tilskud</dt><dd><p>…</p></dd>": a point and its text, no label.
                continue
            dt.append((" " if label.endswith(":") else ": ") + dd.get_text(" ", strip=True))
            dd.decompose()
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for tag in soup.find_all("li"):
        if not tag.get(_NUMBERED_ITEM):
            tag.insert(0, "- ")
    blocks: list[str] = [title] if title else []
    for raw in soup.get_text().split("\n"):
        cells = [" ".join(cell.split()) for cell in raw.split("\t")]
        line = "\t".join(cells).strip()
        if line:
            blocks.append(line)
    return "\n\n".join(blocks)


def _page_title(soup: BeautifulSoup) -> str:
    """The page's title (``<title>``, else its ``og:title`` or description) when it names the
    minutes: "Referat - Teknik- og Miljøudvalget - 03-03-2021". A browser shows it as the
    page's name, and it often holds the board, kind and date that the body sets apart or
    leaves to a menu; a title that names no kind of minutes is the site's, not the meeting's."""
    candidates = [soup.title.get_text(" ") if soup.title else ""]
    metas = {
        str(meta.get("property") or meta.get("name") or "").casefold(): meta.get("content")
        for meta in soup.find_all("meta")
    }
    for key in ("og:title", "description"):
        content = metas.get(key)
        candidates.append(content if isinstance(content, str) else "")
    for text in candidates:
        text = " ".join(text.split())
        if text and len(text) <= _MAX_TITLE_CHARS and _KIND_WORD_RE.search(text):
            return text
    return ""


def _drop_unpublished(soup: BeautifulSoup) -> None:
    """Remove what a published page does not show, so that it is never read or indexed.

    Comments, scripts, styles, templates and frames are no text of the page; an element hidden
    by its markup (``_hidden``) is not shown either. Agenda systems publish a closed point's
    confidential body that way (in a comment or a hidden block under its title): reading it
    would index a body that must never leak. A body folded away by a script and shown on a
    click is lost with it; a missing body is a gap, a leaked one a breach. Where the page marks
    its main content (``<main>``), a site header or footer outside it is the site's furniture,
    as are ARIA banner, navigation, search and contentinfo landmarks.
    """
    from bs4 import Comment, Declaration, Doctype, ProcessingInstruction

    for node in soup.find_all(
        string=lambda s: isinstance(s, Comment | Declaration | Doctype | ProcessingInstruction)
    ):
        node.extract()
    for tag in soup.find_all(_DROP_TAGS):
        toggle = _toggle_heading(tag)
        if tag.name == "button" and (
            _in_heading(tag) or tag.find(_HEADING_TAGS) is not None or toggle
        ):
            # An accordion's header (<h2><button>3. Title</button></h2>, or the heading inside
            # the button, <button><h2>3. Title</h2></button>): the button is the point's
            # heading, its text no control's label. Its expand glyph set apart in an element of
            # its own ("<span class="icon">+</span> 3. Title") is the control's.
            for glyph in tag.find_all(True):
                if _toggle_glyph(glyph.get_text(strip=True)):
                    glyph.decompose()
            if toggle:
                # Its title set in spans, no heading around it: the button is the line.
                tag.name = "p"
                tag.attrs = {}
            else:
                tag.unwrap()
            continue
        tag.decompose()
    for tag in soup.find_all(_hidden):
        tag.decompose()
    main = soup.find(lambda t: t.name == "main" or str(t.get("role", "")).casefold() == "main")
    for tag in soup.find_all(["header", "footer"]):
        if (
            main is not None
            and not tag.decomposed
            and main not in tag.parents
            and tag not in main.parents
        ):
            tag.decompose()
    for tag in soup.find_all(lambda t: str(t.get("role", "")).casefold() in _FURNITURE_ROLES):
        if not tag.decomposed:
            tag.decompose()
    for tag in soup.find_all(_site_furniture):
        if not tag.decomposed:
            tag.decompose()
    for tag in soup.find_all(_permalink):
        tag.decompose()


def _unfold_accordion(soup: BeautifulSoup) -> None:
    """Show the panels of an accordion that folds every point alike.

    A page that lists its points as toggles (``<button aria-expanded="false"
    aria-controls="panel-3">``), each panel ``hidden`` until clicked, publishes every panel: the
    fold is how the page lays out its points, not what it withholds. Dropped as hidden, no
    point would have a body, nor the case number in it. Only where every toggle that controls a
    panel is folded and every such panel hidden, two or more: a page that shows some panels and
    hides one (a closed point's body under its open neighbours) hides that one on purpose, and
    it stays dropped. A closed point's panel is shown like the others; its heading marks it
    closed, and the parser keeps only its title and case number, as for minutes in plain text.
    """
    from bs4 import Tag

    toggles = [
        tag
        for tag in soup.find_all(True, attrs={"aria-controls": True, "aria-expanded": True})
        if isinstance(tag, Tag)
    ]
    panels: list[Tag] = []
    for toggle in toggles:
        for name in str(toggle.get("aria-controls", "")).split():
            panel = soup.find(id=name)
            if isinstance(panel, Tag) and panel not in panels:
                panels.append(panel)
    folded = all(str(t.get("aria-expanded", "")).strip().casefold() == "false" for t in toggles)
    if len(panels) < 2 or not folded or not all(_folded_panel(p) for p in panels):
        return
    for panel in panels:
        del panel["hidden"]
        if panel.has_attr("aria-hidden"):
            del panel["aria-hidden"]


def _folded_panel(tag: Tag) -> bool:
    """Whether a panel is hidden by the ``hidden`` attribute alone, as a script folds it (a
    style or class that hides it too may hide it for another reason)."""
    style = "".join(str(tag.get("style", "")).split()).casefold()
    return (
        tag.has_attr("hidden") and "display:none" not in style and "visibility:hidden" not in style
    )


def _permalink(tag: Tag) -> bool:
    """Whether an element is a link to the block it stands in (``<article id="pkt43">`` holding
    ``<a href="#pkt43">Link til punkt</a>``): a permalink a reader copies, never text of the
    point. Read as text it stands between the heading and the case number, where the point's
    metadata is looked for. A link to another place of the page (the contents' entries) stays.
    """
    if tag.name != "a" or tag.decomposed:
        return False
    href = str(tag.get("href") or "")
    if not href.startswith("#") or len(href) < 2:
        return False
    target = href[1:]
    return any(parent.get("id") == target for parent in tag.parents)


def _toggle_heading(tag: Tag) -> bool:
    """Whether a button is an accordion's toggle that heads a point with no heading element:
    ``<button aria-controls="body-3"><span>3.</span> <span>Title</span></button>`` over the
    panel it opens. It controls a block of the page, and its text (an expand glyph aside) reads
    as a point heading. Dropped as a control, every point of the page is lost with its title; a
    control's label ("Fold alle ud", "Menu") names no numbered point and is still dropped."""
    if tag.name != "button" or tag.decomposed or _in_heading(tag) or tag.find(_HEADING_TAGS):
        return False  # a heading around it or in it is the point's heading
    targets = str(tag.get("aria-controls") or "").split()
    root = next((p for p in tag.parents if p.parent is None), None)
    if not targets or root is None or not all(root.find(id=t) is not None for t in targets):
        return False
    words = [
        s.strip() for s in tag.find_all(string=True) if s.strip() and not _toggle_glyph(s.strip())
    ]
    return point_heading(" ".join(" ".join(words).split())) is not None


def _in_heading(tag: Tag) -> bool:
    """Whether an element stands inside a heading (an HTML heading, an element with the ARIA
    heading role, or a disclosure's ``<summary>``)."""
    return (
        tag.find_parent(
            lambda t: (
                t.name in (*_HEADING_TAGS, "summary")
                or str(t.get("role", "")).casefold() == "heading"
            )
        )
        is not None
    )


def _fill_form_fields(soup: BeautifulSoup) -> None:
    """A read-only form's fields ("<label>Dato</label><input value="18 September 2024">"): a
    browser shows the value in the box, so it is read as the label's value ("Dato: 18 …")."""
    labels = {str(tag.get("for")): tag for tag in soup.find_all("label") if tag.get("for")}
    for field in soup.find_all("input"):
        kind = str(field.get("type") or "text").casefold()
        value = " ".join(str(field.get("value") or "").split())
        if kind not in _SHOWN_INPUTS or not value:
            field.decompose()
            continue
        label = labels.get(str(field.get("id") or ""))
        if label is not None and not label.get_text(strip=True).endswith(":"):
            label.append(":")
        field.replace_with(f" {value} ")


def _unfold_point_tables(soup: BeautifulSoup) -> None:
    """A table with a row per point ("Pkt." | "Emne" | "Beskrivelse" | "Referat"): each row
    becomes the point's heading line ("3. Title") and its other cells the point's text, as the
    minutes read when the points are written one under another. Only a table whose header names
    a number column and a title column, with at least two numbered rows and a cell of text
    beside the titles (a list of titles alone, a contents table, stays a table)."""
    from bs4 import Tag

    for table in soup.find_all("table"):
        rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
        if len(rows) < 3:
            continue
        head = [_cell_label(cell) for cell in rows[0].find_all(["th", "td"], recursive=False)]
        columns = _point_columns(head)
        if columns is None:
            continue
        number, title = columns
        points: list[list[list[str]]] = []
        for row in rows[1:]:
            cells = [_cell_paragraphs(cell) for cell in row.find_all(["th", "td"], recursive=False)]
            if len(cells) != len(head) or not _numbered_cell(cells[number], number == title):
                points = []
                break
            points.append(cells)
        if len(points) < 2 or not _text_beside_titles(points, number, title):
            continue
        names = [
            " ".join(cell.get_text(" ").split())
            for cell in rows[0].find_all(["th", "td"], recursive=False)
        ]
        unfolded = soup.new_tag("div")
        for cells in points:
            # As a Word table's rows read (``_point_row_blocks``): the case cell labelled right
            # under the heading, a column that names a section ("Beslutning") under its name.
            for text in _point_row_blocks(names, cells, number, title):
                block = soup.new_tag("p")
                block.string = text
                unfolded.append(block)
        if isinstance(table, Tag):
            table.replace_with(unfolded)


def _text_beside_titles(points: Sequence[Sequence[Sequence[str]]], number: int, title: int) -> bool:
    """Whether a table with a row per point (per row, per cell: its paragraphs) holds the
    points' text beside their titles: in a cell of its own, or under the title in its cell.
    A list of titles alone is a contents table, however long a title ("Nr." | "Sag" | "Side",
    a title of 60 characters beside its page): its rows are the agenda's list, never the
    points, which follow with their text."""
    others = [k for k in range(len(points[0]) if points else 0) if k not in (number, title)]
    beside = any(len(" ".join(p[k])) >= 40 for p in points for k in others)
    under = any(len(" ".join(p[title][1:])) >= 40 for p in points)
    return beside or under


def _cell_paragraphs(cell: Tag) -> list[str]:
    """A table cell's text, a string per paragraph: a cell of a Word page saved as HTML holds
    the point's title, its case line and its body as paragraphs of their own. A line break
    (``<br>``) ends a line as a paragraph does, as it does everywhere else on the page: "Title
    <br> J.nr. 2019-0712" is a title over its case line, not one title."""
    text = " ".join(cell.get_text(" ").split())
    blocks = [b for b in cell.find_all(_CELL_BLOCKS) if b.find(_CELL_BLOCKS) is None]
    texts = [t for b in blocks for t in _broken_lines(b)]
    if "".join(" ".join(texts).split()) != "".join(text.split()):
        # Text outside the paragraphs: the cell as one block, its lines kept.
        return _broken_lines(cell)
    return texts


def _broken_lines(tag: Tag) -> list[str]:
    """A block's text (its strings joined by a space, as ``get_text(" ")`` joins them) a string
    per line, ``<br>`` ending a line; empty lines left out."""
    from bs4 import Tag
    from bs4.element import CData, NavigableString

    lines: list[list[str]] = [[]]
    for node in tag.descendants:
        if isinstance(node, Tag):
            if node.name == "br":
                lines.append([])
        elif type(node) in (NavigableString, CData):
            lines[-1].append(str(node))
    return [t for parts in lines if (t := " ".join(" ".join(parts).split()))]


_CELL_BLOCKS = ["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"]


def _cell_label(cell: Tag) -> str:
    return " ".join(cell.get_text(" ").split()).casefold().rstrip(".:")


def _site_furniture(tag: Tag) -> bool:
    """Whether an element is the site's, named so by its class or id ("cookie-consent",
    "breadcrumb", "topmenu", "toolbar"): short, and with no heading inside that a point or a
    section could be."""
    if _link_box(tag):
        return True
    names: list[str] = []
    for attribute in ("class", "id"):
        value = tag.get(attribute)
        names.extend(value if isinstance(value, list) else [value] if value else [])
    words = {w for n in names for w in re.split(r"[-_\s]+", n.casefold()) if w}
    # Written apart or together alike: "site-footer", "site_footer", "sitefooter".
    words |= {re.sub(r"[-_\s]+", "", n.casefold()) for n in names}
    if not (words & _FURNITURE_WORDS or any(p in w for w in words for p in _FURNITURE_PARTS)):
        return False
    if len(tag.get_text(" ")) > _MAX_FURNITURE_CHARS or tag.name in ("main", "article", "body"):
        return False
    return not any(
        point_heading(h.get_text(" ")) or _is_section(" ".join(h.get_text(" ").split()))
        for h in tag.find_all(_HEADING_TAGS)
    )


def _link_box(tag: Tag) -> bool:
    """Whether an element is a box of links beside the page's content: an ``<aside>`` whose
    words, its headings' aside, are all links' ("Andre punkter fra mødet" over links to the
    other points' pages, "Se også"). Its links repeat the points' titles; read as text, its
    heading would be one more point and its links the last point's body. An aside with words of
    its own (the meeting's facts in a side column) is content."""
    if tag.name != "aside":
        return False
    words = len(tag.get_text(" ").split())
    linked = sum(len(a.get_text(" ").split()) for a in tag.find_all("a"))
    headed = sum(len(h.get_text(" ").split()) for h in tag.find_all(_HEADING_TAGS))
    return linked > 0 and linked + headed >= words and words <= _MAX_FURNITURE_CHARS


def _label_decision_blocks(soup: BeautifulSoup) -> None:
    """Put "Beslutning" over a decision that the page sets apart only by its class or id (a
    highlighted ``<div class="beslutning">Godkendt.</div>``, an ``<aside class="decision">``),
    so that it reads as the decision it is, not as the end of the case's presentation. A block
    that names itself ("Beslutning", "Beslutning i Byrådet den ...") or holds headings of its
    own is left as written."""
    from bs4 import Tag

    blocks = [t for t in soup.find_all(_BLOCK_TAGS) if _names_decision(t)]
    for tag in blocks:
        if any(p in blocks for p in tag.parents) or tag.find(_HEADING_TAGS) is not None:
            continue
        first = next((" ".join(t.split()) for t in tag.strings if t.strip()), "")
        if not first or decision(first) or section_heading(first, colon=True):
            continue
        label = Tag(name="p")
        label.string = "Beslutning"
        tag.insert(0, label)


def _names_decision(tag: Tag) -> bool:
    names: list[str] = []
    for attribute in ("class", "id"):
        value = tag.get(attribute)
        names.extend(value if isinstance(value, list) else [value] if value else [])
    words = {w for n in names for w in re.split(r"[-_\s]+", n.casefold()) if w}
    # "beslutningstema" (what is to be decided) is no decision.
    return any(w in _DECISION_WORDS or w.endswith("beslutning") for w in words)


def _hidden(tag: Tag) -> bool:
    """Whether an element is hidden from the page's reader by its own markup: the ``hidden``
    attribute, ``aria-hidden="true"``, an inline ``display:none``/``visibility:hidden`` or a
    CSS framework's class that hides on every screen ("hidden", "d-none"; not "hidden
    md:block" or "d-none d-lg-block", which show it on a wider one)."""
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).strip().casefold() == "true":
        return True
    style = "".join(str(tag.get("style", "")).split()).casefold()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    value = tag.get("class")
    classes = [
        c.casefold() for c in (value if isinstance(value, list) else [value] if value else [])
    ]
    return bool(_HIDDEN_CLASSES.intersection(classes)) and not any(
        ":" in c or (c.startswith(("d-", "visible")) and c != "d-none") for c in classes
    )


def _mark_closed_headings(soup: BeautifulSoup) -> None:
    """Turn a closed mark set apart inside a heading into "(Lukket)" after its title.

    Agenda systems mark a closed point in its heading with a badge ("Lukket punkt" in a span of
    its own), a lock icon (an image or SVG named so) or an image whose alt text says "Lukket".
    As text, a badge runs into the title ("Ansøgning om dispensation Lukket punkt") and an icon
    is lost; "Title (Lukket)" is the form the parser reads as closed. A heading is an HTML
    heading or any short line of its own (a bold paragraph, a table cell: older pages set
    their headings so); an icon alone in its cell becomes "(Lukket)" there.
    """
    for line in soup.find_all(_mark_holder):
        heading = line.name in _HEADING_TAGS or line.name == "button"
        if heading or line.name == "summary":
            # (A metadata line's "Status: Åben" is a label's value, kept for the parser.)
            _drop_open_badges(line)
        marks = [t for t in line.find_all(True) if _is_closed_mark(t)]
        outer = [t for t in marks if not any(p in marks for p in t.parents)]
        if not outer:
            if heading and _closed_by_attributes(line):
                # <h2 class="agenda-item closed">, <div class="punkt lukket"><h2>…: the page
                # styles the point as closed and says it in no word.
                # A status line under the heading says so, as minutes write it in words; the
                # title stays as written.
                note = soup.new_tag("p")
                note.string = "Lukket"
                line.insert_after(note)
            continue
        # The line's words outside its marks (not the first "Lukket" of the text: in "Lukket
        # punkt: Title <span>Lukket</span>" that is the title's own).
        kept = " ".join(
            s
            for s in line.find_all(string=True)
            if not any(p is m for m in outer for p in s.parents)
        )
        rest = " ".join(kept.split())
        titled = point_heading(rest)
        if (
            not heading
            and titled is None
            and any(ch.isalpha() for ch in rest)
            and closed_title(rest)
        ):
            # "<p><b>Behandles for lukkede døre</b> – fortroligt, må ikke videregives</p>" under
            # a point's heading: a status line of the body, no heading. Its mark and its note
            # read together are the closing the parser knows; the note alone ("– fortroligt,
            # …") is none, and dropping the mark as a badge said twice left the point open.
            # (An icon beside the mark, "<span>Lukket</span>🔒", is no note: as before.)
            continue
        if closed_title(titled.title if titled else rest):
            # "47. Lukket punkt: Salg af grund" and a "Lukket" badge after it: the title's own
            # words say it; the badge repeats them and, as text, ran into the title's end.
            for mark in outer:
                mark.extract()
            continue
        # The text as it will be read: an icon hidden from view (aria-hidden) goes with the
        # page's hidden parts (_drop_unpublished), and with it the gap it made between a badge
        # and the title ("Lukket punkt <span aria-hidden>🔒</span> Title" reads "Lukket punkt
        # Title", the badge run into the title).
        shown = " ".join(
            " ".join(s for s in line.find_all(string=True) if not _hidden_within(s, line)).split()
        )
        found = point_heading(shown)
        if not _joined_last(line, outer) and closed_title(found.title if found else shown):
            continue  # "6. Lukket punkt: Title" already reads as closed: left as written
        if not kept.strip(" \t\n-–—:|()[]") and any(mark.get_text(" ").strip() for mark in outer):
            continue  # the heading is the mark alone ("Lukket punkt"): the parser reads that
        if not heading and kept.strip().endswith((".", ",", ";", "!", "?")):
            continue  # "Mødet var <em>lukket</em> for pressen.": a sentence, no heading
        for mark in outer:
            mark.extract()
        line.append(" (Lukket)")


def _hidden_within(node: PageElement, line: Tag) -> bool:
    """Whether a piece of a line sits in an element of it that the page hides (``_hidden``)."""
    parent = node.parent
    while parent is not None and parent is not line:
        if _hidden(parent):
            return True
        parent = parent.parent
    return False


def _drop_open_badges(line: Tag) -> None:
    """Remove an open status set apart in a heading line (<span class="badge">Åben</span>):
    the badge says nothing a reader needs, and as text it runs into the title ("Meddelelser
    Åben"). Only an element of its own that holds the status alone, beside a title."""
    badges = [
        t
        for t in line.find_all(True)
        if t.find(True) is None and _folded(t.get_text(" ")) in _OPEN_MARKS
    ]
    kept = line.get_text(" ")
    for badge in badges:
        kept = kept.replace(badge.get_text(" "), " ", 1)
    if badges and kept.strip(" \t\n-–—:|()[]"):
        for badge in badges:
            badge.extract()


# Class words that mark an element as closed by themselves, and those that do only beside a
# word naming an agenda item ("agenda-item closed"; a bare "closed" is often a folded panel).
_CLOSED_CLASS_WORDS = {"lukket", "lukketpunkt", "fortrolig", "fortroligt", "confidential"}
_ITEM_CLASS_WORDS = {"item", "point", "punkt", "agenda", "case", "sag", "dagsordenspunkt"}
_CLOSED_DATA = {"data-closed", "data-lukket", "data-confidential"}
_STATUS_DATA = {"data-status", "data-access", "data-visibility", "data-state"}


def _closed_by_attributes(heading: Tag) -> bool:
    """Whether a point heading or the element holding it (two levels up at most) is marked
    closed by its class or data attributes."""
    from bs4 import Tag

    tag: Tag | None = heading
    for _ in range(3):
        if tag is None or tag.name in ("body", "html", "[document]"):
            return False
        value = tag.get("class")
        classes = value if isinstance(value, list) else [value] if value else []
        tokens = {t for c in classes for t in re.split(r"[^a-zæøå]+", str(c).casefold()) if t}
        if tokens & _CLOSED_CLASS_WORDS or ("closed" in tokens and tokens & _ITEM_CLASS_WORDS):
            return True
        for name in _CLOSED_DATA:
            flag = tag.get(name)
            if isinstance(flag, str) and flag.casefold() in ("true", "1", "ja", "yes"):
                return True
        for name in _STATUS_DATA:
            status = tag.get(name)
            if isinstance(status, str) and (
                _folded(status) == "private" or closed_mark_only(_folded(status))
            ):
                return True
        parent = tag.parent
        tag = parent if isinstance(parent, Tag) else None
    return False


def _mark_holder(tag: Tag) -> bool:
    """Whether an element is a line that may hold a closed mark: a heading, or a paragraph,
    cell or item with no block inside it and no more text than a title."""
    if tag.name in _HEADING_TAGS or tag.name == "summary" or _toggle_heading(tag):
        return True  # a disclosure's summary or toggle is the heading of what it folds
    return (
        tag.name in _MARK_LINES
        and tag.find(_BLOCK_TAGS) is None
        and len(tag.get_text(" ")) <= _MAX_TITLE_CHARS
    )


def _joined_last(line: Tag, marks: list[Tag]) -> bool:
    """Whether the line's last closed mark ends it and runs into the title before it with no
    separator ("Køb af areal <span>Lukket punkt</span>"). As text that reads closed by itself
    (see ``closed_title``), yet it is a badge: it becomes "(Lukket)" after the title."""
    strings = [s for s in line.find_all(string=True) if s.strip()]
    inside = [any(p is m for m in marks for p in s.parents) for s in strings]
    if not inside or not inside[-1]:
        return False
    first = len(inside) - inside[::-1].index(False) if False in inside else 0
    before = "".join(strings[:first]).rstrip()
    return bool(before) and before[-1].isalnum()


def _is_closed_mark(tag: Tag) -> bool:
    """Whether an element is a closed mark set apart in a heading: a badge whose text is a
    closed mark and nothing else (the vocabulary of ``closed_mark_only``, English marks
    included), a lock emoji, or an icon whose alt text or name says so."""
    text = _folded(tag.get_text(" "))
    if text == "\U0001f512":
        return True  # the lock emoji
    if any(ch.isalnum() for ch in text):
        return closed_mark_only(text)
    for name in ("alt", "title", "aria-label"):
        value = tag.get(name)
        if isinstance(value, str) and _folded(value) and closed_mark_only(_folded(value)):
            return True
    names: list[str] = []
    for name in ("class", "src", "href", "xlink:href", "data-icon"):
        value = tag.get(name)
        names.extend(value if isinstance(value, list) else [value] if value else [])
    tokens = {t for n in names for t in re.split(r"[^a-zæøå]+", n.casefold()) if t}
    return bool(tokens & _LOCK_TOKENS)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold().strip(" .:-–—()[]")


_NUMBER_ALONE_RE = re.compile(r"^\d{1,3}[.)]?$")


def _number_beside_heading(soup: BeautifulSoup) -> None:
    """Put a point's number set in an element of its own right before its heading into the
    heading ("<span class=nr>4</span><h2>Title</h2>" reads "4. Title"): alone, the number was a
    line of the text above and the heading was numbered by count, not by the page."""
    from bs4 import Tag

    for heading in soup.find_all(_HEADING_TAGS):
        before = heading.find_previous_sibling()
        between = heading.previous_sibling
        while between is not None and between is not before and not str(between).strip():
            between = between.previous_sibling
        if not isinstance(before, Tag) or between is not before or before.name in _HEADING_TAGS:
            continue
        number = before.get_text(" ", strip=True)
        text = " ".join(heading.get_text(" ").split())
        if _NUMBER_ALONE_RE.match(number) and text and not point_heading(text):
            heading.insert(0, f"{number.rstrip('.)')}. ")
            before.decompose()


# Set on an ordered list's item whose heading now carries the item's number.
_NUMBERED_ITEM = "data-referat-numbered"


def _number_listed_headings(soup: BeautifulSoup) -> None:
    """Give each heading that opens an item of an ordered list the number a browser shows
    before the item ("<ol><li><h3>Eventuelt</h3>…" reads "3. Eventuelt"): the points of a page
    may be the items of one list, numbered by it alone. Only a list whose every item (two at
    least) opens with a heading: the numbered lines of a point's body stay text."""
    from bs4 import Tag

    for ol in soup.find_all("ol"):
        items = ol.find_all("li", recursive=False)
        heads = [
            next((c for c in li.children if isinstance(c, Tag) or str(c).strip()), None)
            for li in items
        ]
        tags = [h for h in heads if isinstance(h, Tag) and h.name in _HEADING_TAGS]
        if len(items) < 2 or len(tags) != len(items):
            continue
        try:
            start = int(str(ol.get("start") or 1))
        except ValueError:
            start = 1
        for k, (li, head) in enumerate(zip(items, tags, strict=True)):
            if not point_heading(" ".join(head.get_text(" ").split())):
                head.insert(0, f"{start + k}. ")
            li[_NUMBERED_ITEM] = "1"


def _number_point_headings(soup: BeautifulSoup) -> None:
    """Number the point headings of a page that numbers none (see ``point_prefixes``)."""
    tags = soup.find_all(_HEADING_TAGS)
    heads = [(int(tag.name[1]), " ".join(tag.get_text(" ").split())) for tag in tags]
    for k, prefix in point_prefixes(heads).items():
        tags[k].insert(0, prefix)


def point_prefixes(heads: Sequence[tuple[int, str]]) -> dict[int, str]:
    """The numbers to put before point headings that have none ("Godkendelse af dagsorden" ->
    "1. Godkendelse af dagsorden"), so that they read as the point headings they are.

    ``heads`` are a document's headings in reading order, as (level, text): a web page's
    ``<h1>``..``<h6>``, a Word document's "Heading 1".."Heading 9" paragraphs (Word's own
    numbering is no part of a paragraph's text). The points are the headings one level above
    the section headings ("Sagsfremstilling", "Beslutning" as ``<h3>`` under each ``<h2>``
    title): the deepest level above them whose headings hold sections in two places or more.
    Each heading at that level is a point, even one with no section of its own ("Meddelelser"
    with a list); one that already has a number keeps it and the count goes on from it.
    Headings of the meeting's header at that level ("Deltagere", "Dagsorden") are no points
    unless sections follow them.

    Returns:
        The prefix for each heading to number, by its index in ``heads``.
    """
    sections = [_is_section(text) for _, text in heads]
    groups = [_folded(text) in _GROUP_HEADINGS for _, text in heads]
    levels = Counter(
        level for (level, _), is_section in zip(heads, sections, strict=True) if is_section
    )
    if not levels:
        return {}
    section_level = levels.most_common(1)[0][0]
    # A section's name over a section set lower ("Indstilling" as a heading over a bold
    # "Beslutning (Udvalget):" line) is a section itself and holds no point; a title's name
    # ("Eventuelt") still may.
    section_names = [
        s and not _titled_section(text) for (_, text), s in zip(heads, sections, strict=True)
    ]
    for level in range(section_level - 1, 0, -1):
        holding = set()
        for k, (lv, _) in enumerate(heads):
            j = k + 1
            while (
                lv == level
                and not groups[k]
                and not section_names[k]
                and j < len(heads)
                and heads[j][0] > level
            ):
                if sections[j]:
                    holding.add(k)
                    break
                j += 1
        # A section's name above sections of its own is a point's title ("Eventuelt" over
        # "Beslutning"); alone at that level ("Bilag" closing the page) it is none.
        at = [
            k
            for k, (lv, text) in enumerate(heads)
            if lv == level
            and not groups[k]
            and (k in holding or not sections[k] or _titled_section(text))
        ]
        if len(holding) >= 2:
            break
    else:
        return {}
    # A page that numbers none gets the labelled form, which the parser takes for a heading
    # even when no section follows ("Meddelelser" over a list); one that numbers some gets
    # its own form, so that its numbered headings and the added ones read alike.
    numbered = any(point_heading(heads[k][1]) for k in at)
    # The form of the page's own numbered headings ("Punkt 4. Title", "Item 4: Title"), so that
    # an added number reads as theirs: "5. Lukket punkt: …" under "Punkt 4." headings was a plain
    # heading among labelled ones, and a plain heading there is body text.
    form = next(
        (_NUMBER_FORM_RE.match(heads[k][1]) for k in at if point_heading(heads[k][1])), None
    )
    number = 0
    printed = {found.number for k in at if (found := point_heading(heads[k][1])) is not None}
    # A document that writes the number of every heading holding sections numbers its points
    # itself: after its last numbered point, a heading with no number and no section of its
    # own ("Underskriftsblad" over the members' names, "Beslutningsoversigt" over a table) is
    # an appendix, no point. A point's title that names a section ("Eventuelt") still is one.
    self_numbered = bool(printed) and all(point_heading(heads[k][1]) for k in holding)
    prefixes: dict[int, str] = {}
    for k in at:
        text = heads[k][1]
        if not text:
            continue
        if found := point_heading(text):
            number = found.number
            continue
        if k not in holding and (
            (sections[k] and number == 0)  # "Eventuelt" as the first heading: none of ours
            or _KIND_WORD_RE.match(text)
            or _folded(text) in _HEADER_HEADINGS
            # Above the first numbered point with no section of its own ("Punkter på
            # dagsordenen" over the list of points): the meeting's header, not a point.
            or (numbered and number == 0)
            or (self_numbered and number == max(printed) and not _titled_section(text))
        ):
            continue
        if number + 1 in printed:
            # "2. Ny kran" / "Lukket punkt: Personalesag" / "3. Vintertjeneste": the next
            # number is a later heading's own; the heading is left as written (a closed one
            # is read as a closed point with no number, see indexer.parse).
            continue
        number += 1
        if form is not None and form["label"]:
            prefixes[k] = f"{form['label']}{number}{form['sep'] or '. '}"
        else:
            prefixes[k] = f"{number}. " if numbered else f"Punkt {number}: "
    return prefixes


# A labelled heading's label, number and separator: "Punkt 4. ", "Item 4: ", "Pkt. 4 – ".
_NUMBER_FORM_RE = re.compile(
    r"^(?P<label>[^\W\d_][^\d\n]{0,11}?[ \t]{1,3})?\d{1,4}"
    r"(?P<sep>[.):]?[ \t]{1,3}(?:[-–—:][ \t]{1,3})?)"
)


def _titled_section(text: str) -> bool:
    """A section's name that is a point's title at the level of the points: "Eventuelt" with
    only text under it is the meeting's last point."""
    found = section_heading(text)
    return found is not None and found[0] in TITLE_SECTIONS


def _is_section(text: str) -> bool:
    return bool(text) and (
        section_heading(text, colon=True) is not None or decision(text) is not None
    )


def paragraph_text(paragraph: Paragraph) -> str:
    """A Word paragraph's text as it reads with its tracked changes accepted: the words a
    reviser inserted (<w:ins>, <w:moveTo>) are read in their place, the words deleted
    (<w:delText>) are not. python-docx's ``Paragraph.text`` skips the insertions, so a heading
    revised as "Punkt 4 – <del>Old</del><ins>New title</ins> i Nordby" lost its new words."""
    from docx.oxml.ns import qn
    from docx.text.hyperlink import Hyperlink
    from docx.text.run import Run

    element = paragraph._p
    if not element.xpath("./w:ins | ./w:moveTo"):
        return paragraph.text
    parts: list[str] = []
    for child in element.iterchildren():
        if child.tag == qn("w:r"):
            parts.append(Run(child, paragraph).text)
        elif child.tag == qn("w:hyperlink"):
            parts.append(Hyperlink(child, paragraph).text)
        elif child.tag in (qn("w:ins"), qn("w:moveTo")):
            parts.extend(Run(run, paragraph).text for run in child.iterchildren(qn("w:r")))
    return "".join(parts)


_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def _read_odt(data: bytes, path: Path) -> str:
    """The body of an OpenDocument text: headings and paragraphs in order, table rows as
    TAB-separated cells (as ``_read_docx`` gives Word's). ``content.xml`` holds the body only,
    so page headers and footers (in ``styles.xml``) are left out by construction; defusedxml
    parses it, refusing the entity tricks a hostile file could hold."""
    import zipfile

    from defusedxml import ElementTree as SafeET

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as odf:
            root = SafeET.fromstring(odf.read("content.xml"))
    except Exception as e:  # a damaged zip, a missing part or bad XML raise several types
        raise ParseError(f"cannot read OpenDocument file {path}: {e}") from e
    return _odf_body(root, path)


def _odf_body(root: Any, path: Path) -> str:
    """The body of a parsed OpenDocument text (an ``.odt``'s ``content.xml``, or a flat
    ``.fodt``'s one root, whose page headers and footers lie apart in its master styles)."""
    body = root.find(f"{{{_ODF_OFFICE}}}body")
    if body is None:
        raise ParseError(f"cannot read OpenDocument file {path}: it has no body")
    # A paragraph in a table cell is read with its row, cells joined.
    in_cells = {id(p) for cell in body.iter(f"{{{_ODF_TABLE}}}table-cell") for p in cell.iter()}
    lines: list[str] = []
    for block in body.iter():
        tag = block.tag
        if tag in (f"{{{_ODF_TEXT}}}h", f"{{{_ODF_TEXT}}}p") and id(block) not in in_cells:
            lines.append(_odf_text(block))
        elif tag == f"{{{_ODF_TABLE}}}table-row":
            cells = block.findall(f"{{{_ODF_TABLE}}}table-cell")
            lines.append("\t".join(" ".join(_odf_text(p) for p in c) for c in cells))
    return "\n\n".join(line for line in lines if line.strip())


def _odf_text(element: Any) -> str:
    """An ODF paragraph's text: its spans in order, a tab as TAB, a line break as a new line,
    ``text:s`` as the spaces it stands for."""
    out: list[str] = [element.text or ""]
    for child in element:
        name = child.tag.rsplit("}", 1)[-1]
        if name == "tab":
            out.append("\t")
        elif name == "line-break":
            out.append("\n")
        elif name == "s":
            out.append(" " * int(child.get(f"{{{_ODF_TEXT}}}c", "1")))
        else:
            out.append(_odf_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _read_xml(data: bytes, path: Path) -> str:
    """An agenda system's XML export as labelled lines. Each element that holds only text
    becomes "name: text" ("udvalg: Børne- og Ungeudvalget", "sagsnr: 24/3390"), its attributes
    likewise ("dato: 2024-04-09"); an element with a number attribute and a title child is an
    agenda point, whatever the system names it ("<AgendaItem number=24>" -> "Punkt 24:
    Kapacitet i dagtilbud"), and a named field's name ("felt navn=Sagsfremstilling") heads its
    text, its paragraphs unlabelled. A field's text kept as HTML (in CDATA) is read as the page
    it is. An attribute marking the element closed ("lukket=true", "closed=yes") or giving a
    closed status ("access=Lukket") is written beside the title as the status the text rules
    read ("(lukket)"). Parsed by defusedxml."""
    from defusedxml import ElementTree as SafeET

    try:
        root = SafeET.fromstring(data)
    except Exception as e:
        raise ParseError(f"cannot read XML file {path}: {e}") from e
    # A word processor's document saved as XML is read as the document it is (indexer.wordxml):
    # read as an export, each run of its text would be a fact of its own and no point found.
    kind = document_kind(root)
    if kind == FLAT_PACKAGE:
        return _read_docx(flat_package(root), path)
    if kind == FLAT_ODF:
        return _odf_body(root, path)
    if kind == WORD_2003:
        return _word2003_text(root, path)
    lines: list[str] = []
    _xml_lines(root, lines, given=unnumbered_points(root))
    return "\n\n".join(line for line in lines if line.strip())


def _word2003_text(root: Any, path: Path) -> str:
    """A Word 2003 XML document's body as a ``.docx``'s is read: a paragraph a block, a table
    row its cells joined by TABs, and the headings styled as such ("Overskrift 2") numbered in
    reading order where their text holds no number (see ``point_prefixes``)."""
    blocks: list[str] = []
    heads: list[tuple[int, int, str]] = []  # (block, level, text) of heading-styled paragraphs
    for styles, raw in word2003_blocks(root):
        text = "\t".join(" ".join(part.split()) for part in raw.split("\t") if part.strip())
        if not text:
            continue
        if found := next(
            (m for style in styles if (m := _WORD_HEADING_RE.match(style.casefold()))), None
        ):
            heads.append((len(blocks), int(found[1]), text))
        elif len(text) <= _MAX_TITLE_CHARS and _is_section(text):
            heads.append((len(blocks), _SECTION_LINE_LEVEL, text))
        blocks.append(text)
    if not blocks:
        raise ParseError(f"empty file: {path} has no text")
    for k, prefix in point_prefixes([(level, text) for _, level, text in heads]).items():
        blocks[heads[k][0]] = prefix + blocks[heads[k][0]]
    return "\n\n".join(blocks)


# Attributes of an XML export's element that name it (a point's number, its title, a run of
# text and its access are told by their names, see indexer.xmlnames). A field's heading given
# as such ("<Afsnit overskrift="Beslutning">") names it as well.
_XML_NAME_ATTRS = ("navn", "name", "titel", "title", "type", "overskrift", "heading")
# The attributes that name a field of a point ("<felt navn="Sagsfremstilling">"); "type" names
# what a whole element is ("<Meeting type="Referat">") as often.
_XML_FIELD_ATTRS = ("navn", "name")
# The attributes of a point element that hold its case number ("<punkt nr="21" sag="…">"):
# written under the heading as the label the text rules read ("Sagsnr.: …").
_XML_CASE_ATTRS = (
    "sagsnr", "sagsnummer", "sag", "sagsid", "sags-id", "journalnr", "jnr", "case", "caseno",
    "casenumber", "case-number",
)  # fmt: skip
# Numbered, titled elements that are no agenda point: a point's attachments and documents.
_XML_ATTACHMENT_TAGS = {
    "bilag", "attachment", "appendix", "dokument", "document", "fil", "file", "vedhaeftning",
    "vedhæftning",
}  # fmt: skip
# Markup inside an element's text: an agenda system keeps a field's formatted text as HTML
# (in a CDATA section, "<p>Godkendt.</p>"), which is read as the web page it is.
_XML_MARKUP_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:[ \t][^<>]{0,200})?/?>")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _first_attr(attrs: dict[str, str], keys: Sequence[str]) -> str | None:
    """The value of the first of ``keys`` the element sets (non-empty)."""
    return next((attrs[k] for k in keys if attrs.get(k)), None)


def _xml_text(raw: str) -> list[str]:
    """An element's text as lines: its words, or the blocks of the HTML it holds."""
    if _XML_MARKUP_RE.search(raw):
        return [block for block in _read_html(raw).split("\n\n") if block.strip()]
    text = " ".join(raw.split())
    return [text] if text else []


def _holds_points(element: Any) -> bool:
    """Whether an element holds a numbered, titled element below it: it is the meeting or the
    list of points, never a point itself."""
    return any(
        below is not element
        and isinstance(below.tag, str)
        and point_number(below) is not None
        and any(isinstance(c.tag, str) and title_name(c.tag) for c in below)
        for below in element.iter()
    )


def _xml_lines(
    element: Any,
    lines: list[str],
    *,
    given: dict[int, str],
    in_field: bool = False,
    in_point: bool = False,
) -> None:
    """Write an element of an export as the lines the text rules read (see ``_read_xml``).
    ``given``: the numbers of the points no field of their own numbers (by element id,
    indexer.xmlnames' ``unnumbered_points``); ``in_field``: the element is a paragraph of a
    named field; ``in_point``: it stands inside an agenda point."""
    children = [c for c in element if isinstance(c.tag, str)]
    text = _xml_text(element.text or "")
    name = _local(element.tag)
    attrs = {_local(k): v for k, v in element.attrib.items()}
    field = _first_attr(attrs, _XML_NAME_ATTRS)
    if not children and not in_field and file_stamp_name(element.tag):
        # "<Genereret>2021-10-14T07:55:12</Genereret>": when the file was made, never a fact
        # of the meeting (its date is no meeting's date).
        return
    if not children:
        if field and text:
            # A named field ("<felt navn="Sagsfremstilling">…</felt>"): its name heads its text,
            # as a section heading does.
            lines.extend([field, *text])
        elif text:
            # A paragraph of a named field is that field's text, and so is an element named as a
            # run of text ("<Tekst>", "<p>") wherever it stands; any other element holding text
            # is a labelled fact ("udvalg: …").
            plain = in_field or text_name(element.tag)
            lines.extend(text if plain else [f"{name}: {text[0]}", *text[1:]])
        elif field:
            lines.append(field)
        else:
            # An empty element whose attributes are its facts ("<tidspunkt start="2024-02-27T15:00"
            # slut="…"/>"): each a labelled fact, as a text element's is, save the file's stamps.
            # Inside a point, an attribute named as a case number ("<sag sagsnummer="22/0007A"/>")
            # is the point's case, written as the label the text rules read, as on the point's
            # own element ("sag sagsnummer: …" is no label they know); so is the number of an
            # element named as the case ("<Sag nummer="…"/>", "<Case number="…"/>").
            lines.extend(
                f"Sagsnr.: {' '.join(value.split())}"
                if in_point
                and (key in _XML_CASE_ATTRS or (_case_element(name) and number_name(key)))
                else f"{name} {key}: {value.strip()}"
                for key, value in attrs.items()
                if value.strip() and not file_stamp_name(key) and key not in ("id", "xmlns")
            )
        return
    # A point: a numbered element with a title child, whatever the system names the number
    # ("nr", "Loebenummer", "ItemNo"; an attribute or a child of its own) and the title ("Titel",
    # "Overskrift", "Subject"). An element that holds such points is none (a meeting "<moede
    # nr="7">" with a title of its own).
    numbered = point_number(element)
    number, number_child = numbered if numbered is not None else (None, None)
    title_child = next((c for c in children if title_name(c.tag)), None)
    if number and (title_child is None or _holds_points(element)):
        number = None
    if number is None and id(element) in given:
        # "<AgendaItem><SortNumber>63</SortNumber><Caption>…": a point named as one, numbered by
        # its sort key or its place; the sort key is no fact of the point's.
        number = given[id(element)]
        children = [c for c in children if not (sort_name(c.tag) and not len(c))]
    # A closed flag ("lukket=true", "offentlig=nej") or a status attribute whose value is a
    # closed status ("access=Lukket"); the same said by a child element of its own
    # ("<Offentlig>nej</Offentlig>", "<Offentliggoerelse>Undtaget fra offentlighed – …").
    closed = any(says_closed(key, value) for key, value in element.attrib.items()) or (
        number is not None
        and any(
            says_closed(c.tag, c.text or "", in_words=True)
            for c in children
            if not any(isinstance(g.tag, str) for g in c) and c is not title_child
        )
    )
    if number and title_child is not None:
        title = " ".join((title_child.text or "").split())
        # The status the text rules read, unless the title says it already.
        mark = " (lukket)" if closed and "lukket" not in title.lower() else ""
        # Whatever the system calls the element ("AgendaItem", "Dagsordenspunkt", "punkt"), a
        # numbered, titled element is an agenda point; its attachments keep their own name.
        label = name.capitalize() if name in _XML_ATTACHMENT_TAGS else "Punkt"
        lines.append(f"{label} {number}: {title}{mark}")
        if label == "Punkt" and (case := _first_attr(attrs, _XML_CASE_ATTRS)) is not None:
            lines.append(f"Sagsnr.: {' '.join(case.split())}")
        children = [c for c in children if c is not title_child and c is not number_child]
    else:
        if in_point and _case_element(name) and (found := _case_child(children)) is not None:
            # "<Sag><Nummer>…</Nummer>…</Sag>" inside a point: the case's number is the point's
            # case, as the attribute of the same element is ("<Sag nummer="…"/>").
            lines.append(f"Sagsnr.: {' '.join((found.text or '').split())}")
            children = [c for c in children if c is not found]
        if field:
            lines.append(field)
        elif in_point and title_child is not None and any(text_name(c.tag) for c in children):
            # "<Field><Heading>Beslutning</Heading><Body>…</Body></Field>" inside a point: a
            # field titled by a child of its own, whose title heads its text as a section
            # heading does (never a labelled fact, "heading: Beslutning").
            lines.extend(_xml_text(title_child.text or ""))
            children = [c for c in children if c is not title_child]
        for key, value in attrs.items():
            if (
                key not in _XML_NAME_ATTRS
                and value.strip()
                and key not in ("id", "xmlns")
                and not file_stamp_name(key)
            ):
                lines.append(f"{key}: {value}")
        lines.extend(text)
    # A named field's paragraphs ("<felt navn="Sagsfremstilling"><afsnit>…</afsnit></felt>")
    # are its text, never labelled facts.
    paragraphs = (
        not number
        and _first_attr(attrs, _XML_FIELD_ATTRS) is not None
        and all(not any(isinstance(g.tag, str) for g in c) for c in children)
    )
    for child in children:
        _xml_lines(
            child,
            lines,
            given=given,
            in_field=paragraphs,
            in_point=in_point or number is not None,
        )
        if child.tail and child.tail.strip():
            lines.append(" ".join(child.tail.split()))


def _case_element(name: str) -> bool:
    """Whether an element is named as a case ("<Sag>", "<Case>", "<Sagsnr>"): the names a case
    number's attribute has name it; its number is then the case number ("<Sag nummer="…"/>")."""
    return name.replace("_", "-") in _XML_CASE_ATTRS


def _case_child(children: Sequence[Any]) -> Any | None:
    """The first text-only child of a case element named as its number ("<Nummer>", "<No>")
    that holds a value, None where none does."""
    return next(
        (
            c
            for c in children
            if not any(isinstance(g.tag, str) for g in c)
            and number_name(c.tag)
            and (c.text or "").strip()
        ),
        None,
    )


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
    heads: list[tuple[int, int, str]] = []  # (block, level, text) of heading-styled paragraphs
    label = numbering_labels(document)
    number_block = -1  # the block that is a number alone, if the last one is
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            # A TAB inside a paragraph sets a column ("3.<TAB>Title<TAB>Sagsnr. 26/771", a
            # template's heading with the case number or "Lukket" at a tab stop): kept as the
            # cell gap a table row or a PDF text's columns give, as one TAB between words.
            text = "\t".join(
                " ".join(part.split()) for part in paragraph_text(item).split("\t") if part.strip()
            )
            # Word's automatic number ("23.", "Punkt 4") is shown before the text, as printed.
            shown = label(item)
            if text:
                text = f"{shown} {text}" if shown else text
                if level := _heading_level(item):
                    if (
                        blocks
                        and number_block == len(blocks) - 1
                        and not point_heading(text)
                        # (A body's section heading is no point's title; "Eventuelt" is.)
                        and (not _is_section(text) or _titled_section(text))
                    ):
                        # "38." in a paragraph of its own right above the heading "Godkendelse
                        # af dagsorden": the point's number, set apart by the template, as a
                        # web page's number beside its heading (_number_beside_heading).
                        text = f"{blocks.pop().rstrip('.)')}. {text}"
                    heads.append((len(blocks), level, text))
                elif _NUMBER_ALONE_RE.match(text):
                    number_block = len(blocks)
                elif len(text) <= _MAX_TITLE_CHARS and _is_section(text):
                    heads.append((len(blocks), _SECTION_LINE_LEVEL, text))
                blocks.append(text)
        elif isinstance(item, Table):
            if unfolded := _point_table_blocks(item) or _section_table_blocks(item):
                blocks.extend(unfolded)
                continue
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
    # Points set as Word headings are headings by their style, with or without a number in
    # their text (Word's automatic numbering is not text): numbered in reading order, as the
    # headings of a web page are.
    for k, prefix in point_prefixes([(level, text) for _, level, text in heads]).items():
        blocks[heads[k][0]] = prefix + blocks[heads[k][0]]
    return "\n\n".join(blocks)


def _point_table_blocks(table: Table) -> list[str] | None:
    """A Word table with a row per point ("Nr." | "Sag" | "Sagsnr." | "Beslutning") as the
    minutes read when the points are written one under another: the heading line ("3. Title",
    the title cell's first paragraph), the labelled cells ("Sagsnr.: 24-0312"), the rest of the
    title cell, then each other cell under its column's name when that names a section
    ("Beslutning"). The same test as for a web page's table (``_unfold_point_tables``): a number
    and a title column, two numbered rows or more, and text beside the titles; None otherwise."""
    rows = list(table.rows)
    if len(rows) < 3:
        return None
    names = [" ".join(cell.text.split()) for cell in rows[0].cells]
    head = [name.casefold().rstrip(".:") for name in names]
    columns = _point_columns(head)
    if columns is None or len(set(head)) != len(head):
        return None
    number, title = columns
    points: list[list[list[str]]] = []  # per row, per cell: its paragraphs
    for row in rows[1:]:
        # A line break in a paragraph (Word's <w:br/>, "\n" in python-docx's text) ends a line
        # as a paragraph does: "Title" over "Sag: 20/00417" in one paragraph is a title and its
        # case line, as the web table's <br> is (``_cell_paragraphs``).
        cells = [
            [" ".join(line.split()) for p in cell.paragraphs for line in p.text.split("\n")]
            for cell in row.cells
        ]
        cells = [[p for p in paragraphs if p] for paragraphs in cells]
        if len(cells) != len(head) or not _numbered_cell(cells[number], number == title):
            return None
        points.append(cells)
    if len(points) < 2 or not _text_beside_titles(points, number, title):
        return None
    blocks: list[str] = []
    for cells in points:
        blocks += _point_row_blocks(names, cells, number, title)
    return blocks


def _point_columns(head: Sequence[str]) -> tuple[int, int] | None:
    """The number and title columns of a table with a row per point, by its header's names
    (folded, without a closing "." or ":"); None when it names no number column. A header that
    names a number column ("Punkt") and no title column ("Punkt" | "Referat / beslutning") holds
    both in the one column, a row's cell "1. Title": the number column is the title's too."""
    number = next((k for k, h in enumerate(head) if h in POINT_NUMBER_COLUMNS), None)
    if number is None:
        return None
    title = next((k for k, h in enumerate(head) if h in POINT_TITLE_COLUMNS and k != number), None)
    return number, number if title is None else title


def _numbered_cell(paragraphs: Sequence[str], titled: bool) -> bool:
    """Whether a row's number cell numbers a point: the number alone ("3", "3."), or, in a
    column that holds the title too (``titled``), a point's heading as its first line ("3.
    Title"). A number alone there is a table of decisions by point (indexer.parse's
    ``_rows_by_point``), not the points."""
    if titled:
        return bool(paragraphs) and point_heading(paragraphs[0]) is not None
    return _POINT_NUMBER_CELL_RE.match(" ".join(paragraphs)) is not None


def _section_table_blocks(table: Table) -> list[str] | None:
    """A Word table whose header row names sections ("Indstilling" | "Beslutning") and whose
    rows below hold their text, as a point's sections read written one under another: each
    column's name, then its cells' paragraphs. None for any other table."""
    rows = list(table.rows)
    if len(rows) < 2:
        return None
    names = [" ".join(cell.text.split()) for cell in rows[0].cells]
    if len(names) < 2 or len(set(names)) != len(names) or not all(map(_is_section, names)):
        return None
    blocks: list[str] = []
    for k, name in enumerate(names):
        paragraphs = [" ".join(p.text.split()) for row in rows[1:] for p in row.cells[k].paragraphs]
        if texts := [p for p in paragraphs if p]:
            blocks += [name, *texts]
    return blocks


def _point_row_blocks(
    names: Sequence[str], cells: Sequence[Sequence[str]], number: int, title: int
) -> list[str]:
    """One row of a table with a row per point (per cell: its paragraphs) as the point reads
    written out: the heading line ("3. Title", the title cell's first paragraph), the labelled
    case cell ("Sagsnr.: 24-0312"), the rest of the title cell, then each other cell, under its
    column's name when that names a section ("Beslutning": the point's decision), each of its
    paragraphs a block of its own."""
    first, *rest = cells[title] or [""]
    # (A number column that holds the title too gives the heading as written: "3. Title".)
    blocks = [first if number == title else f"{' '.join(cells[number]).rstrip('.')}. {first}"]
    later: list[str] = []
    for k, name in enumerate(names):
        value = " ".join(cells[k])
        if k in (number, title) or not value:
            continue
        labelled = f"{name.rstrip(':')}: {value}"
        if case_number(labelled) is not None:
            blocks.append(labelled)  # "Sagsnr.: 24-0312" right under the heading
        elif _is_section(name):
            later += [name, *cells[k]]
        else:
            # (Each paragraph of a cell stays one: "Lukket punkt" over "Sagsfremstilling: …" in
            # a "Referat" cell is the point's status and then its first section, not one line.)
            later += cells[k]
    return blocks + rest + later


def _heading_level(paragraph: Paragraph) -> int:
    """The level of a paragraph styled as a heading ("Heading 2", "Overskrift 2" in a Danish
    Word, or a style based on one), else 0."""
    style = paragraph.style
    while style is not None:
        found = _WORD_HEADING_RE.match((style.name or "").casefold())
        if found:
            return int(found[1])
        style = style.base_style
    return 0


# A row of a Markdown pipe table ("| Sagsnr. | Sagsbehandler |") and its rule ("|---|:--:|").
_PIPE_ROW_RE = re.compile(r"^[ \t]{0,3}\|(?:[^|\n]*\|){2,}[ \t]*$")
_PIPE_RULE_RE = re.compile(r"^[ \t]{0,3}\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$")


def _pipe_tables(text: str) -> str:
    """Markdown pipe tables as the rows of a table read as text: the cells of a row apart by
    TABs, as a Word or web table's, and the rule under the header row dropped ("| 25/1 | Ib |"
    under "| Sagsnr. | Sagsbehandler |" reads as the point's metadata table)."""
    if "|" not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if _PIPE_RULE_RE.match(line):
            continue
        if _PIPE_ROW_RE.match(line):
            line = "\t".join(_unbold(cell.strip()) for cell in line.strip().strip("|").split("|"))
        out.append(line)
    return "\n".join(out)


_BOLD_CELL_RE = re.compile(r"^(\*\*|__)(?=\S)(?P<text>[^*_]*?\S)\1$")


def _unbold(cell: str) -> str:
    """A table cell set wholly in bold as its words ("**Lukket punkt**" -> "Lukket punkt"): the
    emphasis is the portal's styling of a label or a status, which reads the same without it."""
    m = _BOLD_CELL_RE.match(cell)
    return m["text"] if m else cell


# A Markdown link or image ("[Title](#anchor)", "![Logo](logo.png)"): a browser shows its text.
_MD_LINK_RE = re.compile(r"!?\[([^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+\"[^\"\n]*\")?\)")


def _markdown_links(text: str) -> str:
    """Markdown links as a browser shows them, their text without the target: a contents list
    of links ("1. [Godkendelse af dagsorden](#1-godkendelse)") reads as the points' headings
    it lists, and a breadcrumb of links as its words."""
    return _MD_LINK_RE.sub(r"\1", text) if "](" in text else text


# An attribute block closing a Markdown heading ("## KFU 38 Title {#kfu-38}", "# Title {.x}",
# kramdown's "{: #id}"): the anchor a site links its contents list to, never shown.
_MD_HEADING_ATTRS_RE = re.compile(
    r"^([ \t]{0,3}#{1,6}[ \t].*?)[ \t]*\{:?[ \t]*[#.][^{}\n]*\}[ \t]*$", re.M
)
# A code span ("`Sagsnummer: EMN-2024-01201`"): a browser shows its text in a typewriter font,
# the backticks are markup. (One line at most; a fenced block's "```" has no text between.)
_MD_CODE_SPAN_RE = re.compile(r"(?<!`)`(?!`)([^`\n]*[^`\s][^`\n]*)`(?!`)")


# An inline HTML tag in Markdown ("<a id="sag-12"></a>", "<span class="x">", "<br/>"): Markdown
# passes HTML through, and a browser shows no tag, only the words between. Only the
# inline tags a page's text is marked up with, written as tags (a name, attributes, a close),
# so a "<" in the words ("færre end <5 børn", "<Fortrolig>") is left.
_MD_INLINE_TAG_RE = re.compile(
    r"</?(?:a|span|b|i|u|em|strong|small|sup|sub|mark|abbr|ins|del|s|font|img|br|wbr)"
    r"(?:[ \t]+[A-Za-z_:][\w:.-]*(?:[ \t]*=[ \t]*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'<>=`]+))?)*"
    r"[ \t]*/?>",
    re.IGNORECASE,
)


def _markdown_html(text: str) -> str:
    """A Markdown file's inline HTML tags dropped, as a browser shows none: left, a heading
    "### Sag 4: Title <a id="sag-4"></a>" kept the anchor in its title. Only in a file named
    Markdown: a plain text file's tags (a CMS field exported with its "<p>") are its words as
    written, and it is kept so."""
    if "<" not in text:
        return text
    # (A line break "<br>" parts words as a blank does: a table's row stays one line.)
    return _MD_INLINE_TAG_RE.sub(lambda m: " " if m[0][1:3].lower() == "br" else "", text)


def _markdown_marks(text: str) -> str:
    """Markdown's marks that a browser never shows, dropped: a heading's attribute block and the
    backticks of a code span. Left, a heading "## KFU 38 Title {#kfu-38}" named an anchor after
    its title, and a case label set as code ("`Sagsnr.: 24/1234`") was no label."""
    if "{" in text:
        text = _MD_HEADING_ATTRS_RE.sub(r"\1", text)
    return _MD_CODE_SPAN_RE.sub(r"\1", text) if "`" in text else text


# YAML front matter opening a Markdown file: "---", a "key: value" line each, "---".
_FRONT_FIELD_RE = re.compile(r"^[A-Za-z_][\w-]{0,40}[ \t]*:(?:[ \t].*)?$")
_FRONT_TITLE_RE = re.compile(r"^(?:title|titel|overskrift)[ \t]*:[ \t]*(?P<value>\S.*)$", re.I)
_FRONT_MATTER_LINES = 40


def _front_matter_title(pages: list[str]) -> list[str]:
    """A Markdown file's front matter holds the page's metadata; its title field is the title
    a site shows above the page. When that title names the minutes ("Ældrerådet – referat 19.
    februar 2025"), it opens the text as a web page's ``<title>`` does (``_page_title``); the
    fields stay as written."""
    lines = pages[0].lstrip("\ufeff").split("\n", _FRONT_MATTER_LINES + 2)
    if len(lines) < 3 or lines[0].strip() != "---":
        return pages
    end = next((k for k, line in enumerate(lines[1:-1], 1) if line.strip() == "---"), None)
    fields = lines[1:end] if end is not None else []
    if not fields or not all(_FRONT_FIELD_RE.match(f) or not f.strip() for f in fields):
        return pages
    for field in fields:
        if (m := _FRONT_TITLE_RE.match(field.strip())) is not None:
            title = " ".join(m["value"].strip().strip("\"'").split())
            if title and len(title) <= _MAX_TITLE_CHARS and _KIND_WORD_RE.search(title):
                return [f"{title}\n\n{pages[0]}", *pages[1:]]
    return pages


# A cell of a row typed in columns: words apart by single spaces (two or more part the cells).
_TYPED_CELL_RE = re.compile(r"\S+(?: \S+)*")
_TYPED_RULE_RE = re.compile(r"^[ \t]*[-=_–—─━]{3,}[ \t]*$")


def _typed_cells(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _TYPED_CELL_RE.finditer(line)]


def _typed_header(line: str) -> tuple[list[str], list[int], int, int] | None:
    """The column names and where they start, and which are the number and the title column,
    of a line that heads a table of points typed in columns ("Pkt.  Emne / Sagsnr.   Beslutning";
    a title column may name the case written under the title too); None for any other line."""
    if "\t" in line:
        return None  # cells apart by TABs: a Word or web table's row, read as such
    cells = _typed_cells(line)
    if len(cells) < 3:
        return None
    names = [text for _, text in cells]
    head = [name.casefold().rstrip(".:") for name in names]
    number = next((k for k, h in enumerate(head) if h in POINT_NUMBER_COLUMNS), None)
    title = next(
        (
            k
            for k, h in enumerate(head)
            if k != number and h.split("/")[0].strip().rstrip(".:") in POINT_TITLE_COLUMNS
        ),
        None,
    )
    if number is None or title is None or number > title or len(set(head)) != len(head):
        return None
    return names, [start for start, _ in cells], number, title


def _unfold_column_tables(text: str) -> str:
    """A table of points typed in columns (a text or PDF export: "Pkt.  Emne   Beslutning" over
    rows "1     Godkendelse af dagsorden     Godkendt.", each column's text wrapped on the lines
    below within the column) as the minutes read when the points are written one under
    another, as a web or Word table's rows are read (``_point_row_blocks``): "1. Title", the
    lines under the title in its column (a case number), then each other column's text, under
    the column's name when that names a section ("Beslutning"). A line's cells go to the column
    whose name starts nearest; the header repeated on a new page is left out. Only a header that
    names a number and a title column, two numbered rows or more and a cell of text beside the
    titles; the table ends at the first line with text in the number column that is no number.
    """
    if "  " not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = _typed_header(lines[i]) if "  " in lines[i] else None
        unfolded = _typed_table(lines, i, found) if found is not None else None
        if unfolded is None:
            out.append(lines[i])
            i += 1
            continue
        blocks, i = unfolded
        out += ["", "\n\n".join(blocks), ""]
    return "\n".join(out)


def _typed_table(
    lines: Sequence[str], at: int, header: tuple[list[str], list[int], int, int]
) -> tuple[list[str], int] | None:
    """The blocks of the table of points typed in columns whose header is line ``at``, and the
    line after the table; None when the lines below are no such table (``_unfold_column_tables``).
    """
    names, starts, number, title = header
    header_key = [name.casefold() for name in names]
    rows: list[list[list[str]]] = []  # per row, per column: its lines
    end = at + 1
    for k in range(at + 1, len(lines)):
        line = lines[k]
        if not line.strip() or _TYPED_RULE_RE.match(line):
            continue
        if "\t" in line:
            break
        cells = _typed_cells(line)
        if [text.casefold() for _, text in cells] == header_key:
            end = k + 1
            continue
        columns = [min(range(len(starts)), key=lambda c: abs(starts[c] - s)) for s, _ in cells]
        if columns[0] == number:
            if not _POINT_NUMBER_CELL_RE.match(cells[0][1]):
                break
            rows.append([[] for _ in names])
        elif not rows:
            break
        row = rows[-1]
        for column in sorted(set(columns)):
            row[column].append(
                " ".join(t for (_, t), c in zip(cells, columns, strict=True) if c == column)
            )
        end = k + 1
    others = [c for c in range(len(names)) if c not in (number, title)]
    if len(rows) < 2 or not any(len(" ".join(r[c])) >= 40 for r in rows for c in others):
        return None
    blocks: list[str] = []
    for row in rows:
        # A cell's lines are one paragraph wrapped; under the title in its column come the
        # title's wrapped lines, then its case number.
        paragraphs = [[" ".join(row[c])] if row[c] else [] for c in range(len(names))]
        case = next((k for k, t in enumerate(row[title]) if k and _case_line(t)), None)
        paragraphs[title] = (
            [" ".join(row[title][:case]), *row[title][case:]] if case else row[title]
        )
        blocks += _point_row_blocks(names, paragraphs, number, title)
    return blocks, end


def _case_line(text: str) -> bool:
    found = case_number(text)
    return found is not None and found[0] is not None


def _normalise(text: str) -> str:
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch in "\f\v\u2028\u2029":
        text = text.replace(ch, "\n")
    for ch in "\u00a0\u202f\u2007":
        text = text.replace(ch, " ")
    # A lock emoji (with its variation selector) marks a closed point in some portals' text:
    # read as the word, so a heading that opens with it is still a heading. Where the words of
    # a closed mark follow it last on the line ("Title 🔒 Lukket punkt"), the icon and the words
    # are one mark: the words in brackets, not "(Lukket) Lukket punkt" in the title.
    text = _LOCK_AND_MARK_RE.sub(r"(\1)", text)
    return text.replace("\U0001f512\ufe0f", "(Lukket)").replace("\U0001f512", "(Lukket)")


_LOCK_AND_MARK_RE = re.compile(
    r"\U0001f512\ufe0f?[ \t]{0,3}((?:lukket|fortroligt?|closed|confidential)"
    r"(?:[ \t]{1,3}(?:punkt|sag|dagsordenspunkt|item))?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# --- furniture -------------------------------------------------------------------------------


# A line's number printed in the margin of PDF text ("  12   Sagsfremstilling"), or a numbered
# line with nothing on it.
_LINE_NUMBER_RE = re.compile(r"^[ \t]{0,6}(\d{1,4})(?:[ \t]+(?=\S)|[ \t]*$)")
# A text is line-numbered when nearly all its lines with text are, counting on by one (from 1
# again on a new page).
_MIN_NUMBERED_LINES = 8
_NUMBERED_SHARE = 0.9


def _without_line_numbers(pages: Sequence[str]) -> list[str]:
    """The pages without the line numbers of a text printed with every line numbered (PDF text
    of a protocol, "  1   Region Nordhav" / "  2   Regionsrådet" …): a number opening nearly
    every line with text, each one more than the line's before or 1 again at a page's top. The
    text keeps its own indentation right of the numbers' column. Any other text unchanged."""
    lines = [line for page in pages for line in page.split("\n") if line.strip()]
    found = [_LINE_NUMBER_RE.match(line) for line in lines]
    numbers = [int(m[1]) for m in found if m]
    if len(numbers) < _MIN_NUMBERED_LINES or len(numbers) < _NUMBERED_SHARE * len(lines):
        return list(pages)
    steps = sum(1 for a, b in zip(numbers, numbers[1:], strict=False) if b in (a + 1, 1))
    if steps < _NUMBERED_SHARE * (len(numbers) - 1):
        return list(pages)
    column = min(m.end() for m in found if m and m.end() < len(m.string))

    def cut(line: str) -> str:
        m = _LINE_NUMBER_RE.match(line)
        if m is None or not line.strip():
            return line
        if m.end(1) <= column <= len(line) and not line[m.end(1) : column].strip():
            return line[column:]
        return line[m.end() :]

    return ["\n".join(cut(line) for line in page.split("\n")) for page in pages]


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
    pages = _without_line_numbers(pages)
    if len(pages) == 1:
        # Text pasted from a PDF without its form feeds: its page numbers ("Side 2 af 9", "- 3
        # -") still end the pages, so running headers below them are found the same way.
        pages = _split_at_page_numbers(pages[0])
    edges = _running_lines(pages) if len(pages) > 1 else set()
    title = _title_words(pages[0]) if len(pages) > 1 else set()
    title_dates = _title_dates(pages[0]) if len(pages) > 1 else set()
    changed = False
    kept_pages: list[str] = []
    blanks: list[tuple[bool, bool]] = []
    for number, page in enumerate(pages):
        lines = page.split("\n")
        filled = [i for i, line in enumerate(lines) if line.strip()]
        # The first page's opening lines are the meeting's title, even when later pages repeat
        # them as a running header; below them a running header is furniture again.
        at_edge = set(filled[:3] + filled[-3:]) if number > 0 else set(filled[2:6] + filled[-3:])
        kept: list[str] = []
        top = set(filled[:2]) if number > 0 else set()
        top_three = set(filled[:3]) if number > 0 else set()
        above = ""  # the last line kept with text
        for i, line in enumerate(lines):
            stripped = line.strip()
            if stripped and (
                _is_furniture(stripped, edges if i in at_edge else set())
                or (i in top and _repeats_title(stripped, title))
                or (i in top_three and _names_the_meeting(stripped, title_dates))
                or (_document_stamp(stripped) and not _heads_text(above))
            ):
                changed = True
                continue
            closed_up = _unspace(line)
            changed = changed or closed_up != line
            kept.append(closed_up)
            above = closed_up.strip() or above
        kept_pages.append("\n".join(kept).strip("\n"))
        # Whether the page's text opens or ends with a blank line (below a running header,
        # above a footer): a typed page's header and footer stand between blank lines.
        edge = "\n".join(kept)
        blanks.append(
            (
                "\n" in edge[: len(edge) - len(edge.lstrip())],
                "\n" in edge[len(edge.rstrip()) :],
            )
        )
    if not changed:
        # Nothing to remove: the text stays byte for byte as read, so spans match the file.
        return _join_hyphenated(sep.join(pages))
    lines = _collapse_blank_runs(_join_pages(kept_pages, blanks, sep).split("\n"))
    return _join_hyphenated("\n".join(lines))


def _join_pages(pages: Sequence[str], blanks: Sequence[tuple[bool, bool]], sep: str) -> str:
    """The pages' kept text joined by ``sep``, a blank line between two pages where a blank line
    ends the one or opens the other once its furniture is gone (``blanks``: each page's). A
    typed file's pages joined by a newline alone ran the heading atop a page ("Eventuelt" over
    its rule) into the decision that ended the page above, and it headed no point. A sentence
    that runs on over the break stays joined line to line."""
    out = ""
    after = False
    for page, (opens, ends) in zip(pages, blanks, strict=True):
        if not page.strip():
            continue
        if out:
            # (Not where a sentence runs on over the break: a word split by a hyphen above, or
            # the next page's text opening in lowercase; those lines are joined as read.)
            runs_on = out.rstrip().endswith("-") or page.lstrip()[:1].islower()
            out += "\n\n" if (after or opens) and not runs_on else sep
        out += page
        after = ends
    return out


def _split_at_page_numbers(text: str) -> list[str]:
    """One text cut into pages after each line that is a page number (the lines kept whole, so
    the pages joined by newlines are the text again)."""
    lines = text.split("\n")
    heads = _numbered_heads(lines)
    pages: list[str] = []
    start = 0
    for i, line in enumerate(lines):
        if i in heads and i > start:
            pages.append("\n".join(lines[start:i]))
            start = i
        if _PAGE_NUMBER_RE.match(" ".join(line.split()).casefold()):
            pages.append("\n".join(lines[start : i + 1]))
            start = i + 1
    return [*pages, "\n".join(lines[start:])] if pages else [text]


# "TØRSLEV KOMMUNE          Side 48": words, a wide gap, the page's bare number, ending the line.
_PAGE_HEAD_RE = re.compile(r"^\S.*?\S(?:\t|[ \t]{3,})(?:side|page)[ \t]{0,3}\d{1,4}[ \t]*$", re.I)


def _numbered_heads(lines: Sequence[str]) -> set[int]:
    """The lines that open a page of text pasted without its form feeds: a running header that
    ends on the page's bare number after a wide gap ("TØRSLEV KOMMUNE     Side 48"), the same
    words at least twice with a number that rises. Cut there, the page's other running lines
    below it ("Protokol nr. 9") are found as on pages with form feeds (a typed protocol numbers
    its pages at the top; read as one page, its headers ran into the points' text)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        text = line.strip()
        if len(text) <= _PAGE_TAIL_CHARS * 3 and _PAGE_HEAD_RE.match(text):
            number = int(_DIGITS_RE.findall(text)[-1])
            found.setdefault(_page_key(text), []).append((i, number))
    heads: set[int] = set()
    for seen in found.values():
        numbers = [n for _, n in seen]
        if len(seen) >= 2 and all(b > a for a, b in zip(numbers, numbers[1:], strict=False)):
            heads.update(i for i, _ in seen)
    return heads


_WORD_RE = re.compile(r"\w+")


def _title_words(page: str) -> set[str]:
    """The words of the first page's opening lines (the board, the kind, the date)."""
    lines = [line for line in page.split("\n") if line.strip()][:4]
    return {w.casefold() for line in lines for w in _WORD_RE.findall(line)}


def _repeats_title(line: str, title: set[str]) -> bool:
    """A line at the top of a later page that repeats the board and date of the first page's
    title in other order or punctuation ("Ældrerådet – 3. september 2024" under the title
    "Ældrerådet" / "Referat 3. september 2024"): a running header, even on only one page."""
    words = {w.casefold() for w in _WORD_RE.findall(line)}
    return len(words) >= 3 and words <= title and date_in(line) is not None


def _title_dates(page: str) -> set[str]:
    """The dates the first page's opening lines give (the meeting's), as written: "14/6-95".
    (The title's lines and the sentence under them that dates the meeting: a typed protocol
    heads its first page with the board alone and "REFERAT", and dates the meeting below, "af
    møde i Teknisk Udvalg d. 11/9-95", as its later pages' running header does.)"""
    lines = [line for line in page.split("\n") if line.strip()][:_TITLE_DATE_LINES]
    return {m.group() for line in lines for m in _DATE_TOKEN_RE.finditer(line)}


def _names_the_meeting(line: str, dates: set[str]) -> bool:
    """A short line at the top of a later page that names the meeting and ends on its date as
    the first page's title writes it ("Kommunalbestyrelsens møde den 14/6-95" under "Side 2"):
    a typed protocol's running header, no text of the point it falls in."""
    tokens = _DATE_TOKEN_RE.findall(line)
    return (
        bool(tokens)
        and tokens[-1] in dates
        and line.rstrip(" .").endswith(tokens[-1])
        and line[:1].isalpha()
        and len(line.split()) <= _MEETING_HEAD_WORDS
    )


# How many of the first page's lines may date the meeting (see _title_dates).
_TITLE_DATE_LINES = 8
# A date in digits as written, any separators, a two- or four-digit year: "14/6-95", "3.9.2024".
_DATE_TOKEN_RE = re.compile(r"(?<![\d./-])\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?![\d./-])")
# The most words of a running header that names the meeting and its date.
_MEETING_HEAD_WORDS = 6


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
    tops: Counter[str] = Counter()
    bottoms: Counter[str] = Counter()
    need = max(2, (len(pages) + 1) // 2)
    for page in pages:
        lines = [line.strip() for line in page.split("\n") if line.strip()]
        top = {_page_key(line) for line in lines[:3] if not _content(line)}
        bottom = {_page_key(line) for line in lines[-3:] if not _content(line)}
        counts.update(top | bottom)
        tops.update(top)
        bottoms.update(bottom)
    # At the same edge of those pages, or at an edge of one page more: a contents entry ending
    # one page and its point's heading opening a later one ("§ 65   Fælles indkøbsaftale …")
    # is the same line twice, once at each edge, and no running line.
    recurring = {
        key for key, n in counts.items() if n > need or max(tops[key], bottoms[key]) >= need
    }
    # A running header names the board and date or the page: it always has a digit or a
    # few words, never a heading of the minutes such as "Beslutning" alone. Or it names who
    # publishes the minutes, the municipality or region alone ("Mølleby Kommune" atop every
    # page): two words, but never a heading of the minutes either.
    return {
        key for key in recurring if "#" in key or len(key.split()) >= 3 or _ISSUER_KEY_RE.match(key)
    }


# A municipality or region named alone (a page key: casefolded): "mølleby kommune".
_ISSUER_KEY_RE = re.compile(r"^[^\W\d_][\w-]*[ ](?:kommune|region|municipality)$")


def _content(line: str) -> bool:
    """A point's metadata or section heading ("Sagsnr.: 23/14012", "3.1 Sagsfremstilling"): it
    may open or close many pages of minutes that give each point a page, digits aside alike,
    and is never a running header."""
    return (
        case_number(line) is not None
        or section_heading(line, colon=True) is not None
        or decision(line) is not None
        or _bare_point_heading(line)
    )


def _bare_point_heading(line: str) -> bool:
    """A labelled point heading that gives no title on its line, only the number and perhaps
    the case's field ("Punkt: 4      Sagsnr.: 24/1234", "Punkt 4"): minutes that start each point
    on a new page open every page with one, alike digits aside, and it is no running header."""
    head = point_heading(line)
    return (
        head is not None and head.strong and (not head.title or case_number(head.title) is not None)
    )


# The glyphs an accordion's toggle shows to open or fold a point ("+", "−", "▸", "›").
_TOGGLE_GLYPHS = set("+-−–▸▾▶▼►▲▴▹›»‹«⌄⌃˅˄∨∧×")


def _toggle_glyph(text: str) -> bool:
    """Whether an element's text is only a toggle's expand or fold glyph ("+", "▸")."""
    return bool(text) and len(text) <= 2 and set(text) <= _TOGGLE_GLYPHS


def _is_furniture(line: str, edges: set[str]) -> bool:
    # A Markdown quote's marks are no part of its words: a portal's stamp set in a quote ("> Sidst
    # opdateret af …, 24. feb. 2025") is a stamp.
    line = _QUOTE_MARK_RE.sub("", line)
    folded = " ".join(line.split()).casefold()
    # "↑ Til toppen", "» Udskriv": a control's arrow or icon glyph is no part of its word.
    control = "".join(
        ch if not unicodedata.category(ch).startswith(("S", "P")) else " " for ch in folded
    )
    control = " ".join(control.split())
    if control in _WEB_CONTROLS or page_line(line) or _agenda_link(control):
        return True
    if control.startswith(_SHARE_LEADS) and control.split(" ", 2)[-1] in _NETWORKS:
        return True
    if _page_key(line) in edges or _print_stamp(folded):
        return True
    return _is_garbage(line)


def _agenda_link(control: str) -> bool:
    """A line of only an agenda system's links beside a point ("Vis sagsforløb", "Se tidligere
    behandlinger", "Vis bilag (3)", "Åbn sagsforløb   Hent bilag", "Forrige punkt | Næste
    punkt"): each a verb that opens or shuts, then what of the case it shows, or a step to the
    next point (``control``: casefolded, its glyphs and punctuation spaced out; a count after a
    link aside)."""
    words = control.split()
    k = links = 0
    while k < len(words):
        if words[k].isdigit() and links:
            k += 1  # "Vis bilag (3)": the count of what the link shows
            continue
        if " ".join(words[k : k + 2]) in AGENDA_STEP_LINKS:
            k, links = k + 2, links + 1
            continue
        if words[k] not in AGENDA_LINK_VERBS:
            return False
        size = next(
            (n for n in (4, 3, 2, 1) if " ".join(words[k + 1 : k + 1 + n]) in AGENDA_LINK_OBJECTS),
            0,
        )
        if not size:
            return False
        k, links = k + 1 + size, links + 1
    return links > 0


def _print_stamp(folded: str) -> bool:
    """A line that says only when the page was printed or the site updated ("Udskrevet den
    20.03.2024 kl. 10:14"): no fact of the meeting, and its date is never the meeting's."""
    m = _PRINT_STAMP_RE.match(folded)
    if m is None or (found := find_date(m["rest"])) is None or found[1] > 0:
        return False
    return bool(_STAMP_TAIL_RE.match(m["rest"][found[2] :]))


def page_line(line: str) -> bool:
    """A page's number alone ("Side 3 af 12", "- 3 -") or in a running header or footer beside
    a few words ("Økonomiudvalget | 14-01-2027 | Side 1 af 3")."""
    if _PAGE_NUMBER_RE.match(" ".join(line.split()).casefold()):
        return True
    text = line.strip()
    tail = text[-_PAGE_TAIL_CHARS:]
    dated = False
    if not ((last := _PAGE_LAST_RE.search(tail)) and last.start() > 0):
        # "Byrådet 23-04-2026     Side 2": a bare page number needs a date beside it.
        last = _PAGE_BARE_LAST_RE.search(tail)
        dated = last is not None and last.start() > 0
    if last and last.start() > 0:
        head = text[: len(text) - len(tail) + last.start()]
        words = head.rstrip(" \t")
        blanks = head[len(words) :]
        if words.endswith(("|", "·", "•", "–", "—")) or (words.endswith("-") and blanks):
            words, gap = words[:-1], words[-1]
        elif "\t" in blanks or len(blanks) >= 3:
            gap = blanks
        else:
            return False
    elif first := _PAGE_FIRST_RE.match(text):
        words, gap = text[first.end() :], first["gap"]
    else:
        return False
    if not words.strip() or len(words.split()) > _PAGE_FOOTER_WORDS:
        return False
    if dated and find_date(words) is None:
        return False
    return gap.strip() not in ("-", "–", "—") or find_date(words) is not None


def _document_stamp(line: str) -> bool:
    """A line that says only how the document was exported, printed, generated or signed: no
    fact of the meeting. After the verb come only dates and times, names and systems and the
    small words between them ("fra mødesystemet 04-09-2024 08:14", "af Jens Madsen"), and the
    stamp says when or by what (a signature: that it is digital). "Referatet er udskrevet og
    udsendt til medlemmerne" goes on as a sentence and is kept."""
    # (In Markdown the stamp may be set in italics: "*Udskrevet fra … 05.03.2026*".)
    m = _DOCUMENT_STAMP_RE.match(" ".join(_QUOTE_MARK_RE.sub("", line).strip("*_ \t").split()))
    if m is None:
        return False
    raw = m["rest"].split()
    # (A separator set between the stamp's parts, "Udskrevet 05.02.2031 10:14 · Byrup Kommune",
    # is no word: a page's footer joins its parts so.)
    words = [w.strip(",.;:()") for w in raw]
    words = ["" if w.strip(_STAMP_SEPARATORS) == "" else w for w in words]
    folded = [w.casefold() for w in words]
    if len(words) > _STAMP_MAX_WORDS or not all(
        # (A user's or system's id after "af"/"by": "by jmad", "generated by eDoc"; a role in
        # brackets after a name: "af Anne Holm (formand)"; "og" inside a name: "af Kultur og
        # Fritid".)
        _stamp_word(w)
        or (k > 0 and folded[k - 1] in _STAMP_SOURCES)
        or raw[k][0] == "("
        or (
            folded[k] in _NAME_JOINS
            and 0 < k < len(words) - 1
            and words[k - 1][:1].isupper()
            and words[k + 1][:1].isupper()
        )
        for k, w in enumerate(words)
    ):
        return False
    if m["signed"]:
        # "Referatet blev underskrevet digitalt" tells what happened at the meeting.
        aux = (m["aux"] or "").casefold()
        return aux != "blev" and bool(m["digital"] or DIGITAL_WORDS.intersection(folded))
    sourced = any(w in _STAMP_SOURCES and k + 1 < len(words) for k, w in enumerate(folded))
    return sourced or any(ch.isdigit() for w in words for ch in w)


def _stamp_word(word: str) -> bool:
    """A word a document's stamp may hold: a date's or time's part, a name or system (upper
    case, a web address, "mødesystemet"), or one of its small words."""
    folded = word.casefold()
    return (
        not word
        or any(ch.isdigit() for ch in word)
        or word[0].isupper()
        or folded in STAMP_JOINS
        or folded in DIGITAL_WORDS
        or folded in MONTHS
        or "." in word[1:-1]
        or "/" in word
        or "@" in word
        or folded.endswith(_SYSTEM_ENDINGS)
    )


def _heads_text(line: str) -> bool:
    """A section's or decision's heading: the line below it is that section's text, even
    when it reads like a stamp ("Beslutning" / "Referatet er underskrevet digitalt.")."""
    return section_heading(line, colon=True) is not None or decision(line) is not None


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
        return _unspace_words(line)
    return " ".join(w.replace(" ", "") for w in words)


def _unspace_words(line: str) -> str:
    """Close up a letter-spaced word inside a typed line whose words stand two spaces apart
    ("V e d t a g e t .   Holger  Præstholm  stemte  imod": the typist's emphasis) -> "Vedtaget.
    Holger  Præstholm …". Only a run of five letters or more, one space between them (a final
    stop or comma allowed), set apart from the rest of the line by two spaces or more."""
    if "  " not in line:
        return line
    parts = re.split(r"( {2,})", line)
    changed = False
    for k in range(0, len(parts), 2):
        tokens = parts[k].split(" ")
        letters = tokens[:-1] if tokens and tokens[-1] in (".", ",", ":") else tokens
        if len(letters) >= _SPACED_LETTERS and all(len(t) == 1 and t.isalpha() for t in letters):
            parts[k] = "".join(tokens)
            changed = True
    return "".join(parts) if changed else line


# The letters a letter-spaced word inside a line has at least ("V e d t a g e t").
_SPACED_LETTERS = 5


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
            # The joined line may end in the next split word ("For-" / "valtningen ...
            # Merudgif-" / "ten ..."): it is checked again against the line after it.
            lines[i + 1] = body[:-1] + first + nxt.lstrip()[len(first) :]
            i += 1
            continue
        out.append(line)
        i += 1
    return "\n".join(out)
