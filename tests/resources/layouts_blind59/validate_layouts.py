#!/usr/bin/env python3
"""Validate layouts_blind59 against expected.json.

For every entry in expected.json:
  * the file exists and its text can be extracted (.pdf via pypdf, .docx via python-docx incl.
    tables, .odt/.xml/.html/.htm/.rtf/.eml/.txt/.md by hand; .htm/.html in the charset the page
    declares);
  * the board name, every point title (in the listed order) and every case number occur;
  * every title and every secret occurs unbroken within a single line of the extracted text;
  * each closed point holds 2-3 of the file's secrets; every occurrence of a secret lies inside
    a closed point's span (from its heading to the next point's heading, headings searched from
    the end so a table of contents is skipped);
  * no secret occurs in any other file of the set, nor in the real minutes (corpus/);
  * cite_punkt is an open point; kind is referat/dagsorden/tillaegsreferat; date is ISO;
  * across the set: >= 10 closed points, >= 1 dagsorden, >= 1 tillaegsreferat, >= 1 English file.
Exit status 1 on any failure.
"""
import email
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from email import policy
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"referat", "dagsorden", "tillaegsreferat"}


class HTMLText(HTMLParser):
    BREAK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd",
             "table", "section", "header", "footer", "nav", "main", "ol", "ul", "title", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.hidden += 1
        elif tag in self.BREAK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.hidden -= 1
        elif tag in self.BREAK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.out.append(data)


def html_file(path):
    raw = open(path, "rb").read()
    m = re.search(rb'charset=["\']?([\w-]+)', raw[:4096], re.I)
    h = HTMLText()
    h.feed(raw.decode(m.group(1).decode() if m else "utf-8"))
    return "".join(h.out)


def odt_file(path):
    T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))

    def flat(el):
        s = [el.text or ""]
        for c in el:
            s.append({T + "tab": "\t", T + "line-break": "\n"}.get(c.tag, "") or
                     (" " * int(c.get(T + "c", "1")) if c.tag == T + "s" else flat(c)))
            s.append(c.tail or "")
        return "".join(s)

    return "\n".join(flat(el) for el in root.iter() if el.tag in (T + "p", T + "h"))


def wordml_file(path):
    """Word 2003 XML (w:wordDocument) or any other XML: one line per w:p, else element texts."""
    root = ET.parse(path).getroot()
    W = "{http://schemas.microsoft.com/office/word/2003/wordml}"
    paras = list(root.iter(W + "p"))
    if paras:
        return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in paras)
    return "\n".join((el.text or "").strip() for el in root.iter() if (el.text or "").strip())


def docx_file(path):
    import docx
    from docx.oxml.ns import qn
    body = docx.Document(path).element.body
    lines = []
    for el in body.iterchildren():
        if el.tag == qn("w:p"):
            lines.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
        elif el.tag == qn("w:tbl"):
            for p in el.iter(qn("w:p")):
                lines.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return "\n".join(lines)


def pdf_file(path):
    import pypdf
    return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(path).pages)


def eml_file(path):
    msg = email.message_from_binary_file(open(path, "rb"), policy=policy.default)
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            out.append(part.get_content())
    return "\n".join(out)


def rtf_file(path):
    raw = open(path, encoding="ascii").read()
    out, stack, skip, i = [], [], False, 0
    ignore = {"fonttbl", "colortbl", "stylesheet", "info", "header", "footer", "pict", "fldinst"}
    while i < len(raw):
        c = raw[i]
        if c == "{":
            stack.append(skip)
            i += 1
        elif c == "}":
            skip = stack.pop() if stack else False
            i += 1
        elif c == "\\":
            m = re.match(r"\\([a-zA-Z]+)(-?\d+)? ?", raw[i:])
            if m:
                i += m.end()
                w, arg = m.group(1), m.group(2)
                if w in ignore:
                    skip = True
                elif not skip:
                    if w in ("par", "line", "page"):
                        out.append("\n")
                    elif w == "tab":
                        out.append("\t")
                    elif w == "u":
                        v = int(arg)
                        out.append(chr(v + 65536 if v < 0 else v))
                        if raw[i:i + 1] == "?":
                            i += 1
                continue
            nxt = raw[i + 1:i + 2]
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
        else:
            if c not in "\r\n" and not skip:
                out.append(c)
            i += 1
    return "".join(out)


READERS = {".pdf": pdf_file, ".docx": docx_file, ".odt": odt_file, ".xml": wordml_file,
           ".html": html_file, ".htm": html_file, ".eml": eml_file, ".rtf": rtf_file}


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    fn = READERS.get(ext)
    return fn(path) if fn else open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\f", " "))


def find_all(text, sub):
    res, k = [], text.find(sub)
    while k >= 0:
        res.append(k)
        k = text.find(sub, k + 1)
    return res


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else HERE
    exp = json.load(open(os.path.join(d, "expected.json"), encoding="utf-8"))
    errors = []
    raw, texts = {}, {}
    for e in exp:
        path = os.path.join(d, e["file"])
        if not os.path.exists(path):
            errors.append("%s: file missing" % e["file"])
            continue
        raw[e["file"]] = extract(path)
        texts[e["file"]] = norm(raw[e["file"]])
    corpus = ""
    for cdir in (os.path.join(HERE, "..", "..", "..", "corpus"),):
        if os.path.isdir(cdir):
            corpus += norm(" ".join(open(os.path.join(cdir, f), encoding="utf-8").read()
                                    for f in sorted(os.listdir(cdir))))
    total_closed = 0
    for e in exp:
        f = e["file"]
        if f not in texts:
            continue
        text = texts[f]
        lines = [norm(ln).strip() for ln in raw[f].replace("\f", "\n").split("\n")]
        if e["kind"] not in KINDS:
            errors.append("%s: kind %r" % (f, e["kind"]))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["date"]):
            errors.append("%s: date %r" % (f, e["date"]))
        if e["board"] not in text:
            errors.append("%s: board not in text" % f)
        pts = e["points"]
        if len({p[0] for p in pts}) != len(pts):
            errors.append("%s: point numbers repeat" % f)
        for s in e["secrets"] + [p[1] for p in pts]:
            if not any(s in ln for ln in lines):
                errors.append("%s: %r not unbroken on one line" % (f, s))
        for p in pts:
            if p[2] is not None and p[2] not in text:
                errors.append("%s: case number %r missing" % (f, p[2]))
        pos, limit = [None] * len(pts), len(text)
        for i in range(len(pts) - 1, -1, -1):
            occ = [k for k in find_all(text, norm(pts[i][1])) if k < limit]
            if not occ:
                errors.append("%s: title %r not found in order" % (f, pts[i][1]))
                continue
            pos[i] = limit = occ[-1]
        spans = []
        for i, p in enumerate(pts):
            if pos[i] is not None:
                end = min([pos[j] for j in range(i + 1, len(pts)) if pos[j] is not None] or [len(text)])
                spans.append((pos[i], end, p))
        closed = [p for p in pts if p[3]]
        total_closed += len(closed)
        if not closed:
            errors.append("%s: no closed point" % f)
        if not 2 * len(closed) <= len(e["secrets"]) <= 3 * len(closed):
            errors.append("%s: %d secrets for %d closed points" % (f, len(e["secrets"]), len(closed)))
        held = {}
        for s in e["secrets"]:
            occ = find_all(text, norm(s))
            if not occ:
                errors.append("%s: secret %r missing" % (f, s))
            for k in occ:
                owner = [p for (a, b, p) in spans if a <= k < b]
                if not owner or not owner[0][3]:
                    errors.append("%s: secret %r outside a closed point" % (f, s))
                else:
                    held.setdefault(owner[0][0], set()).add(s)
            for g, t in texts.items():
                if g != f and norm(s) in t:
                    errors.append("%s: secret %r also in %s" % (f, s, g))
            if norm(s) in corpus:
                errors.append("%s: secret %r occurs in corpus/" % (f, s))
        for p in closed:
            if not 2 <= len(held.get(p[0], ())) <= 3:
                errors.append("%s: closed point %d holds %d secrets" % (f, p[0], len(held.get(p[0], ()))))
        cite = [p for p in pts if p[0] == e["cite_punkt"]]
        if not cite or cite[0][3]:
            errors.append("%s: cite_punkt %r is not an open point" % (f, e["cite_punkt"]))
        print("%-62s %6d chars  %d points  %d closed" % (f, len(text), len(pts), len(closed)))
    kinds = [e["kind"] for e in exp]
    if total_closed < 10:
        errors.append("only %d closed points" % total_closed)
    if "dagsorden" not in kinds or "tillaegsreferat" not in kinds:
        errors.append("need at least one dagsorden and one tillaegsreferat")
    if not any(re.search(r"\b(the|and|of)\b", texts.get(e["file"], "")[:3000]) and
               re.search(r"\bMinutes|MINUTES\b", texts.get(e["file"], "")) for e in exp):
        errors.append("no English-language minutes")
    if errors:
        print("\nFAILED")
        for x in errors:
            print("  " + x)
        sys.exit(1)
    print("\nall %d files valid; %d closed points" % (len(exp), total_closed))


if __name__ == "__main__":
    main()
