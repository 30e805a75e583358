#!/usr/bin/env python3
"""Validate layouts_blind75 against expected.json.

Checks, for every file listed in expected.json:
  * the file exists and its text can be extracted (xml, html/htm in the charset its meta tag
    names, docx incl. tables, pdf, eml, rtf, odt, md, txt);
  * every point title and every case number occurs in the text, titles in the listed order;
  * each closed point owns 2-3 secrets: every secret occurs in the text, every occurrence lies
    inside the span of a closed point (from its heading to the next point's heading), and every
    closed point's span holds at least 2 of the file's secrets;
  * no secret occurs in any other layout file of the set (nor in the repository's corpus/);
  * every secret and title also occurs unbroken within one line of the extracted text;
  * cite_punkt names an open point; kind/date look sane; at least 10 closed points in all;
  * a dagsorden carries no decision section; the set holds a dagsorden, a tillaegsreferat and
    English-language minutes;
  * every file has 4-9 points; the ten files use the ten formats .html .htm .docx .pdf .txt .eml
    .rtf .odt .md .xml once each; the .htm names a non-UTF-8 charset; the .docx holds a table;
    the .pdf carries a running header and "Side N af M" on every page.
Exit status 1 on any failure.  Needs python-docx and pypdf for .docx/.pdf.
"""
import email
import json
import os
import re
import sys
from email import policy
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"referat", "dagsorden", "tillaegsreferat"}


class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "table", "ul", "ol",
             "section", "article", "header", "footer", "nav", "td", "th", "title", "dt", "dd", "main"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(raw):
    p = _HTMLText()
    p.feed(raw)
    return "".join(p.parts)


def html_decode(data):
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', data[:2048])
    enc = m.group(1).decode("ascii") if m else "utf-8"
    return data.decode(enc)


def xml_text(path):
    import xml.etree.ElementTree as ET
    root = ET.parse(path).getroot()
    out = []
    for el in root.iter():
        for v in el.attrib.values():
            out.append(v)
        if el.text and el.text.strip():
            out.append(el.text.strip())
    return "\n".join(out)


def odt_text(path):
    import zipfile
    import xml.etree.ElementTree as ET
    T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))

    def inline(el):
        out = [el.text or ""]
        for ch in el:
            if ch.tag == T + "s":
                out.append(" " * int(ch.get(T + "c", "1")))
            elif ch.tag == T + "tab":
                out.append("\t")
            elif ch.tag == T + "line-break":
                out.append("\n")
            else:
                out.append(inline(ch))
            out.append(ch.tail or "")
        return "".join(out)

    return "\n".join(inline(el) for el in root.iter() if el.tag in (T + "p", T + "h"))


def docx_text(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            out.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
        elif el.tag == qn("w:tbl"):
            for tr in el.iter(qn("w:tr")):
                for tc in tr.iter(qn("w:tc")):
                    for p in tc.iter(qn("w:p")):
                        out.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return "\n".join(out)


def pdf_text(path):
    import pypdf
    r = pypdf.PdfReader(path)
    return "\n".join(pg.extract_text() or "" for pg in r.pages)


def eml_text(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=policy.default)
    parts = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            parts.append(part.get_content())
    return "\n".join(parts)


def rtf_text(raw):
    out, stack, skip = [], [], False
    i, n = 0, len(raw)
    skipdest = {"fonttbl", "colortbl", "info", "stylesheet", "header", "footer", "pict"}
    while i < n:
        c = raw[i]
        if c == "{":
            stack.append(skip); i += 1
        elif c == "}":
            skip = stack.pop() if stack else False; i += 1
        elif c == "\\":
            m = re.match(r"\\([a-z]+)(-?\d+)? ?", raw[i:])
            if m:
                word, arg = m.group(1), m.group(2)
                i += m.end()
                if word in skipdest:
                    skip = True
                elif skip:
                    pass
                elif word in ("par", "line"):
                    out.append("\n")
                elif word == "tab":
                    out.append("\t")
                elif word == "u":
                    v = int(arg)
                    out.append(chr(v if v >= 0 else v + 65536))
                    if i < n and raw[i] == "?":
                        i += 1
                continue
            nxt = raw[i + 1] if i + 1 < n else ""
            if nxt == "'":
                if not skip:
                    out.append(bytes([int(raw[i + 2:i + 4], 16)]).decode("cp1252"))
                i += 4
            elif nxt == "*":
                skip = True
                i += 2
            else:
                if not skip:
                    out.append(nxt)
                i += 2
        elif c in "\r\n":
            i += 1
        else:
            if not skip:
                out.append(c)
            i += 1
    return "".join(out)


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".xml":
        return xml_text(path)
    if ext in (".html", ".htm"):
        return html_text(html_decode(open(path, "rb").read()))
    if ext == ".docx":
        return docx_text(path)
    if ext == ".pdf":
        return pdf_text(path)
    if ext == ".eml":
        return eml_text(path)
    if ext == ".odt":
        return odt_text(path)
    if ext == ".rtf":
        return rtf_text(open(path, encoding="ascii").read())
    return open(path, encoding="utf-8").read()


def norm(s):
    s = s.replace("\u00a0", " ").replace("\f", " ")
    return re.sub(r"\s+", " ", s)


def occurrences(text, sub):
    res, start = [], 0
    while True:
        k = text.find(sub, start)
        if k < 0:
            return res
        res.append(k)
        start = k + 1


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else HERE
    exp = json.load(open(os.path.join(d, "expected.json"), encoding="utf-8"))
    errors = []
    texts = {}
    for e in exp:
        p = os.path.join(d, e["file"])
        if os.path.exists(p):
            texts[e["file"]] = norm(extract(p))
    corpus_dir = os.path.join(HERE, "..", "..", "..", "corpus")
    corpus = ""
    if os.path.isdir(corpus_dir):
        corpus = norm(" ".join(open(os.path.join(corpus_dir, f), encoding="utf-8").read()
                               for f in sorted(os.listdir(corpus_dir))))
    total_closed = 0
    for e in exp:
        f = e["file"]
        path = os.path.join(d, f)
        if f not in texts:
            errors.append("%s: missing" % f)
            continue
        raw = extract(path)
        text = texts[f]
        lines = [re.sub(r"[ \t]+", " ", ln.strip()) for ln in raw.replace("\f", "\n").split("\n")]
        for s in list(e["secrets"]) + [p[1] for p in e["points"]]:
            if not any(s in ln for ln in lines):
                errors.append("%s: %r is not found unbroken on one line" % (f, s))
        if e["kind"] not in KINDS:
            errors.append("%s: bad kind %r" % (f, e["kind"]))
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", e["date"]):
            errors.append("%s: bad date" % f)
        if e["board"] not in text:
            errors.append("%s: board %r not in text" % (f, e["board"]))
        pts = e["points"]
        nums = [p[0] for p in pts]
        if len(set(nums)) != len(nums):
            errors.append("%s: duplicate point numbers" % f)
        # heading positions: search backwards so that a table of contents is skipped
        pos = [None] * len(pts)
        limit = len(text)
        for i in range(len(pts) - 1, -1, -1):
            title = norm(pts[i][1])
            occ = [k for k in occurrences(text, title) if k < limit]
            if not occ:
                errors.append("%s: title not found (in order): %r" % (f, pts[i][1]))
                continue
            pos[i] = occ[-1]
            limit = pos[i]
        for p in pts:
            if p[2] and p[2] not in text:
                errors.append("%s: case number %r not found" % (f, p[2]))
        spans = []
        for i, p in enumerate(pts):
            if pos[i] is None:
                continue
            end = next((pos[j] for j in range(i + 1, len(pts)) if pos[j] is not None), len(text))
            spans.append((pos[i], end, p[3], p[0]))
        closed = [p for p in pts if p[3]]
        total_closed += len(closed)
        if not closed:
            errors.append("%s: no closed point" % f)
        if not 2 * len(closed) <= len(e["secrets"]) <= 3 * len(closed):
            errors.append("%s: %d secrets for %d closed points" % (f, len(e["secrets"]), len(closed)))
        per_point = {}
        for s in e["secrets"]:
            occ = occurrences(text, norm(s))
            if not occ:
                errors.append("%s: secret not found: %r" % (f, s))
            for k in occ:
                inside = [(c, n) for (a, b, c, n) in spans if a <= k < b]
                if not inside or not inside[0][0]:
                    errors.append("%s: secret %r occurs outside a closed point (offset %d)" % (f, s, k))
                else:
                    per_point.setdefault(inside[0][1], set()).add(s)
            for g, t in texts.items():
                if g != f and norm(s) in t:
                    errors.append("%s: secret %r also occurs in %s" % (f, s, g))
            if corpus and norm(s) in corpus:
                errors.append("%s: secret %r occurs in corpus/" % (f, s))
        for p in closed:
            if len(per_point.get(p[0], ())) < 2:
                errors.append("%s: closed point %d holds fewer than 2 secrets" % (f, p[0]))
        if e["kind"] == "dagsorden" and re.search(r"\bbeslutning\b|\bbesluttede\b|\bdecision\b", text, re.I):
            errors.append("%s: a dagsorden must not hold a decision section" % f)
        cite = [p for p in pts if p[0] == e["cite_punkt"]]
        if not cite:
            errors.append("%s: cite_punkt %r not a point" % (f, e["cite_punkt"]))
        elif cite[0][3]:
            errors.append("%s: cite_punkt %r is closed" % (f, e["cite_punkt"]))
        print("%-58s %5d chars, %d points (%d closed)  ok-so-far=%s"
              % (f, len(text), len(pts), len(closed), not any(x.startswith(f) for x in errors)))
    exts = sorted(os.path.splitext(e["file"])[1].lower() for e in exp)
    want = sorted([".html", ".htm", ".docx", ".pdf", ".txt", ".eml", ".rtf", ".odt", ".md", ".xml"])
    if exts != want:
        errors.append("formats %s, want %s" % (exts, want))
    for e in exp:
        if not 4 <= len(e["points"]) <= 9:
            errors.append("%s: %d points" % (e["file"], len(e["points"])))
        path = os.path.join(d, e["file"])
        if not os.path.exists(path):
            continue
        ext = os.path.splitext(path)[1].lower()
        if ext == ".htm":
            m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', open(path, "rb").read()[:2048])
            if not m or m.group(1).lower() in (b"utf-8", b"utf8"):
                errors.append("%s: the .htm must name a non-UTF-8 charset" % e["file"])
        if ext == ".docx":
            import docx
            if not docx.Document(path).tables:
                errors.append("%s: no table in the .docx" % e["file"])
        if ext == ".pdf":
            import pypdf
            pages = pypdf.PdfReader(path).pages
            for i, pg in enumerate(pages, 1):
                t = pg.extract_text() or ""
                if "Side %d af %d" % (i, len(pages)) not in t:
                    errors.append("%s: page %d lacks 'Side %d af %d'" % (e["file"], i, i, len(pages)))
                if e["board"] not in t:
                    errors.append("%s: page %d lacks the running header" % (e["file"], i))
    kinds = {e["kind"] for e in exp}
    for k in ("dagsorden", "tillaegsreferat"):
        if k not in kinds:
            errors.append("no %s in the set" % k)
    if not any(re.search(r"\b(Minutes|Decision)\b", t) for t in texts.values()):
        errors.append("no English-language minutes in the set")
    if total_closed < 10:
        errors.append("only %d closed points in all" % total_closed)
    if errors:
        print("\nFAILED:")
        for x in errors:
            print("  " + x)
        sys.exit(1)
    print("\nall %d files valid, %d closed points" % (len(exp), total_closed))


if __name__ == "__main__":
    main()
