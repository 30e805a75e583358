#!/usr/bin/env python3
"""Check the layouts_blind63 files against expected.json.

For each listed file:
  * text extraction works for its format (.html/.htm by their declared charset, .docx with
    tables, .pdf, .txt, .eml, .rtf, .odt, .md, .xml);
  * the board name, the meeting year, every title (in the listed order) and every case
    number occur in the text;
  * every title and every secret occurs unbroken on one extracted line;
  * secrets: 2-3 per closed point; each occurrence lies inside a closed point (from its
    heading to the next point's heading), every closed point holds at least two, and no
    secret occurs in any other file of the set or in the repository's corpus/;
  * cite_punkt is an open point of the file; point numbers are unique;
  * a dagsorden has no decision section.
For the whole set: a dagsorden, a tillaegsreferat and English minutes are present, ten
different file extensions, and at least 10 closed points.
Exit status 1 on any failure.  Needs python-docx and pypdf.
"""
import email
import json
import os
import re
import sys
import zipfile
from email import policy
from html.parser import HTMLParser
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")


class HtmlText(HTMLParser):
    BLOCKS = {"address", "article", "aside", "br", "dd", "div", "dl", "dt", "footer", "form", "h1", "h2", "h3",
              "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "section", "table", "td", "th",
              "title", "tr", "ul"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.out.append(data)


def from_html(path):
    raw = open(path, "rb").read()
    m = re.search(rb'charset=["\']?([\w-]+)', raw[:4096])
    parser = HtmlText()
    parser.feed(raw.decode(m.group(1).decode() if m else "utf-8"))
    return "".join(parser.out)


def from_docx(path):
    import docx
    from docx.oxml.ns import qn
    body = docx.Document(path).element.body
    lines = []
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
        elif child.tag == qn("w:tbl"):
            for par in child.iter(qn("w:p")):
                lines.append("".join(t.text or "" for t in par.iter(qn("w:t"))))
    return "\n".join(lines)


def from_pdf(path):
    import pypdf
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def from_eml(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=policy.default)
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            out.append(part.get_content())
    return "\n".join(out)


def from_rtf(path):
    src = open(path, encoding="ascii").read()
    skip_words = {"fonttbl", "colortbl", "info", "header", "footer", "stylesheet", "pict"}
    out, stack, skipping, i = [], [], False, 0
    while i < len(src):
        c = src[i]
        if c == "{":
            stack.append(skipping)
            i += 1
        elif c == "}":
            skipping = stack.pop() if stack else False
            i += 1
        elif c == "\\":
            m = re.match(r"\\([a-zA-Z]+)(-?\d+)? ?", src[i:])
            if m:
                word, num = m.group(1), m.group(2)
                i += m.end()
                if word in skip_words:
                    skipping = True
                elif not skipping:
                    if word in ("par", "line", "row"):
                        out.append("\n")
                    elif word in ("tab", "cell"):
                        out.append("\t")
                    elif word == "u":
                        v = int(num)
                        out.append(chr(v + 65536 if v < 0 else v))
                if word == "u" and i < len(src) and src[i] == "?":
                    i += 1
                continue
            nxt = src[i + 1:i + 2]
            if nxt == "*":
                skipping = True
                i += 2
            elif nxt == "'":
                if not skipping:
                    out.append(bytes.fromhex(src[i + 2:i + 4]).decode("cp1252"))
                i += 4
            else:
                if not skipping:
                    out.append(nxt)
                i += 2
        elif c in "\r\n":
            i += 1
        else:
            if not skipping:
                out.append(c)
            i += 1
    return "".join(out)


def from_odt(path):
    T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))

    def flat(el):
        parts = [el.text or ""]
        for ch in el:
            if ch.tag == T + "tab":
                parts.append("\t")
            elif ch.tag == T + "s":
                parts.append(" " * int(ch.get(T + "c", "1")))
            elif ch.tag == T + "line-break":
                parts.append("\n")
            else:
                parts.append(flat(ch))
            parts.append(ch.tail or "")
        return "".join(parts)

    return "\n".join(flat(el) for el in root.iter() if el.tag in (T + "p", T + "h"))


def from_xml(path):
    lines = []
    for el in ET.parse(path).getroot().iter():
        lines.extend(el.attrib.values())
        if el.text and el.text.strip():
            lines.append(el.text.strip())
    return "\n".join(lines)


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    fn = {".html": from_html, ".htm": from_html, ".docx": from_docx, ".pdf": from_pdf, ".eml": from_eml,
          ".rtf": from_rtf, ".odt": from_odt, ".xml": from_xml}.get(ext)
    return fn(path) if fn else open(path, encoding="utf-8").read()


def flat_ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


def find_all(hay, needle):
    out, k = [], hay.find(needle)
    while k >= 0:
        out.append(k)
        k = hay.find(needle, k + 1)
    return out


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else HERE
    exp = json.load(open(os.path.join(d, "expected.json"), encoding="utf-8"))
    errs = []
    raw = {e["file"]: extract(os.path.join(d, e["file"])) for e in exp if os.path.exists(os.path.join(d, e["file"]))}
    flat = {f: flat_ws(t) for f, t in raw.items()}
    corpus = ""
    if os.path.isdir(CORPUS):
        corpus = flat_ws(" ".join(open(os.path.join(CORPUS, f), encoding="utf-8").read()
                                  for f in sorted(os.listdir(CORPUS))))
    n_closed = 0
    for e in exp:
        f = e["file"]
        if f not in raw:
            errs.append("%s: file missing" % f)
            continue
        text = flat[f]
        lines = [re.sub(r"[ \t]+", " ", ln.replace("\u00a0", " ").strip()) for ln in raw[f].replace("\f", "\n").split("\n")]
        pts = e["points"]
        if e["kind"] not in ("referat", "dagsorden", "tillaegsreferat"):
            errs.append("%s: unknown kind %r" % (f, e["kind"]))
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", e["date"]) or e["date"][:4] not in text:
            errs.append("%s: date %r bad or its year is not in the text" % (f, e["date"]))
        if e["board"] not in text:
            errs.append("%s: board %r not in the text" % (f, e["board"]))
        if len({p[0] for p in pts}) != len(pts):
            errs.append("%s: point numbers repeat" % f)
        for s in e["secrets"] + [p[1] for p in pts]:
            if not any(s in ln for ln in lines):
                errs.append("%s: %r not on one line" % (f, s))
        # headings: last occurrence of each title before the next point's heading
        starts, limit = [None] * len(pts), len(text)
        for i in range(len(pts) - 1, -1, -1):
            hits = [k for k in find_all(text, flat_ws(pts[i][1])) if k < limit]
            if not hits:
                errs.append("%s: title %r not found in order" % (f, pts[i][1]))
                continue
            starts[i] = limit = hits[-1]
        for p in pts:
            if p[2] is not None and p[2] not in text:
                errs.append("%s: case number %r not in the text" % (f, p[2]))
        spans = []
        for i, p in enumerate(pts):
            if starts[i] is None:
                continue
            end = min([starts[j] for j in range(i + 1, len(pts)) if starts[j] is not None] or [len(text)])
            spans.append((starts[i], end, p[0], p[3]))
        closed = [p[0] for p in pts if p[3]]
        n_closed += len(closed)
        if not closed:
            errs.append("%s: no closed point" % f)
        if not 2 * len(closed) <= len(e["secrets"]) <= 3 * len(closed):
            errs.append("%s: %d secrets for %d closed points" % (f, len(e["secrets"]), len(closed)))
        held = {}
        for s in e["secrets"]:
            hits = find_all(text, flat_ws(s))
            if not hits:
                errs.append("%s: secret %r missing" % (f, s))
            for k in hits:
                owner = [(n, c) for (a, b, n, c) in spans if a <= k < b]
                if not owner or not owner[0][1]:
                    errs.append("%s: secret %r found outside a closed point" % (f, s))
                else:
                    held.setdefault(owner[0][0], set()).add(s)
            for g, t in flat.items():
                if g != f and flat_ws(s) in t:
                    errs.append("%s: secret %r also in %s" % (f, s, g))
            if corpus and flat_ws(s) in corpus:
                errs.append("%s: secret %r also in corpus/" % (f, s))
        for n in closed:
            if len(held.get(n, ())) < 2:
                errs.append("%s: closed point %d holds %d secrets" % (f, n, len(held.get(n, ()))))
        cite = [p for p in pts if p[0] == e["cite_punkt"]]
        if not cite or cite[0][3]:
            errs.append("%s: cite_punkt %r is not an open point" % (f, e["cite_punkt"]))
        if not e["question"].strip():
            errs.append("%s: empty question" % f)
        if e["kind"] == "dagsorden" and re.search(r"\b(beslutning|besluttede|decision)\b", text, re.I):
            errs.append("%s: dagsorden holds a decision section" % f)
        print("%-58s %6d chars  %d points  %d closed" % (f, len(text), len(pts), len(closed)))
    kinds = {e["kind"] for e in exp}
    for k in ("dagsorden", "tillaegsreferat"):
        if k not in kinds:
            errs.append("the set has no %s" % k)
    if not any(re.search(r"\bMinutes\b", t) and re.search(r"\bDecision\b", t) for t in flat.values()):
        errs.append("the set has no English-language minutes")
    exts = {os.path.splitext(e["file"])[1] for e in exp}
    if len(exts) < 10:
        errs.append("only %d distinct file extensions" % len(exts))
    if n_closed < 10:
        errs.append("only %d closed points" % n_closed)
    if errs:
        print("\nFAILED")
        for x in errs:
            print("  " + x)
        sys.exit(1)
    print("\nOK: %d files, %d closed points" % (len(exp), n_closed))


if __name__ == "__main__":
    main()
