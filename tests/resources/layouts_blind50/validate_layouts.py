#!/usr/bin/env python3
"""Checks the invented layouts against expected.json (stdlib only):
 - all 10 files exist and are non-empty
 - the point headings found in each file are exactly the expected numbers, in order,
   and each heading line holds the expected title
 - every secret occurs at least once, and only inside a closed point's span
 - cite_punkt is an open point; 5-8 points per file; 10-13 closed points in total
 - the question does not reuse the cited title's words (warning only)
"""
import json, os, re, sys, zipfile, email, html
from email import policy
from html.parser import HTMLParser
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


class _Text(HTMLParser):
    BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div", "section", "br",
             "table", "header", "footer", "aside", "main", "ul", "nav", "form", "th", "td"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)

    def handle_comment(self, d):
        pass


def html_text(s):
    p = _Text()
    p.feed(s)
    t = "".join(p.out).replace("\xa0", " ")
    t = re.sub(r"[ \t]*\n[ \t]*", "\n", t)
    return re.sub(r"\n{2,}", "\n", t)


def docx_text(path):
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    lines = []
    for p in root.iter(W + "p"):
        lines.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(lines)


def _pdf_unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            n = s[i + 1]
            if n in "01234567":
                j = i + 1
                while j < len(s) and j < i + 4 and s[j] in "01234567":
                    j += 1
                out.append(bytes([int(s[i + 1:j], 8)]))
                i = j
                continue
            out.append({"n": b"\n", "r": b"\r", "t": b"\t"}.get(n, n.encode("latin-1")))
            i += 2
            continue
        out.append(c.encode("latin-1"))
        i += 1
    return b"".join(out).decode("cp1252")


def pdf_text(path):
    data = open(path, "rb").read().decode("latin-1")
    lines = []
    for st in re.findall(r"stream\n(.*?)\nendstream", data, re.S):
        for bt in re.findall(r"BT(.*?)ET", st, re.S):
            m = re.search(r"\[(.*)\]\s*TJ", bt, re.S)
            if m:
                parts = re.findall(r"\(((?:\\.|[^\\)])*)\)|(-?\d+)", m.group(1))
                txt = ""
                for s, num in parts:
                    if s or not num:
                        txt += _pdf_unescape(s)
                    elif int(num) < -200:
                        txt += " "
                lines.append(txt)
            else:
                lines += [_pdf_unescape(s) for s in re.findall(r"\(((?:\\.|[^\\)])*)\)\s*Tj", bt)]
    return "\n".join(lines)


def rtf_text(s):
    # drop destination groups (font table, colours, info, \* groups)
    out, i, n = [], 0, len(s)
    while i < n:
        m = re.match(r"\{\\(fonttbl|colortbl|stylesheet|info|\*)", s[i:])
        if m:
            depth = 0
            while i < n:
                if s[i] == "\\":
                    i += 2
                    continue
                if s[i] == "{":
                    depth += 1
                elif s[i] == "}":
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                i += 1
            continue
        out.append(s[i])
        i += 1
    s = "".join(out)
    s = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), s)
    s = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\(par|line)\b ?", "\n", s)
    s = re.sub(r"\\tab\b ?", "\t", s)
    s = re.sub(r"\\([\\{}])", lambda m: "\x00" + m.group(1), s)
    s = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", s)
    s = s.replace("{", "").replace("}", "").replace("\x00", "")
    return re.sub(r"[ \t]*\n[ \t]*", "\n", s)


def odt_text(path):
    T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))

    def walk(el):
        s = el.text or ""
        for ch in el:
            if ch.tag == T + "tab":
                s += "\t"
            elif ch.tag == T + "s":
                s += " " * int(ch.get(T + "c", "1"))
            elif ch.tag == T + "line-break":
                s += "\n"
            else:
                s += walk(ch)
            s += ch.tail or ""
        return s
    return "\n".join(walk(e) for e in root.iter() if e.tag in (T + "p", T + "h"))


def eml_text(path):
    msg = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
    return msg.get_body(preferencelist=("plain",)).get_content()


def xml_segments(path):
    root = ET.parse(path).getroot()
    ns = root.tag.split("}")[0] + "}" if root.tag.startswith("{") else ""
    segs, head = [], []
    for el in root:
        if el.tag != ns + "punkter":
            head.append(" ".join(t.strip() for t in el.itertext() if t.strip()))
    segs.append((None, "\n".join(head), ""))
    for p in root.iter(ns + "punkt"):
        title = p.find(ns + "titel").text
        segs.append((int(p.get("nr")), " ".join(t.strip() for t in p.itertext() if t.strip()), title))
    return segs


NUM = r"([0-9lI]+)"
HEAD = {
    ".html": (lambda p: html_text(open(p, encoding="utf-8").read()), r"^Pkt\. (\d+) "),
    ".docx": (docx_text, r"^(\d+)\. "),
    ".pdf": (pdf_text, r"^(\d+)\. (?!.*\.{4})"),
    ".eml": (eml_text, r"^Punkt (\d+) - "),
    ".rtf": (lambda p: rtf_text(open(p, encoding="ascii").read()), r"^Nr\.(\d+) - "),
    ".md": (lambda p: open(p, encoding="utf-8").read(), r"^## Pkt\. (\d+):"),
    ".txt": (lambda p: open(p, encoding="utf-8").read(), r"^Sa[qg] nr\. ?" + NUM + r"\."),
    ".htm": (lambda p: html_text(open(p, encoding="cp1252").read()), r"^(\d+)\. (?!.*\.{4})"),
    ".odt": (odt_text, r"^Item (\d+)\t"),
}


def segments(path):
    ext = os.path.splitext(path)[1]
    if ext == ".xml":
        return xml_segments(path)
    fn, rx = HEAD[ext]
    text = fn(path)
    ms = list(re.finditer(rx, text, re.M))
    segs = [(None, text[:ms[0].start()] if ms else text, "")]
    for i, m in enumerate(ms):
        end = ms[i + 1].start() if i + 1 < len(ms) else len(text)
        num = int(m.group(1).replace("l", "1").replace("I", "1"))
        segs.append((num, text[m.start():end], text[m.start():end].split("\n")[0]))
    return segs


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    errs, warns, closed_total, pts_total = [], [], 0, 0
    if len(exp) != 10:
        errs.append(f"expected 10 entries, got {len(exp)}")
    for e in exp:
        f = e["file"]
        path = os.path.join(HERE, f)
        if not os.path.isfile(path) or os.path.getsize(path) == 0:
            errs.append(f"{f}: missing/empty")
            continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", e["date"]):
            errs.append(f"{f}: bad date {e['date']}")
        if e["kind"] not in ("referat", "dagsorden", "tillægsreferat"):
            errs.append(f"{f}: bad kind")
        pts = e["points"]
        pts_total += len(pts)
        closed = {p[0] for p in pts if p[3]}
        closed_total += len(closed)
        if not 5 <= len(pts) <= 8:
            errs.append(f"{f}: {len(pts)} points")
        segs = segments(path)
        found = [s[0] for s in segs[1:]]
        if found != [p[0] for p in pts]:
            errs.append(f"{f}: headings {found} != {[p[0] for p in pts]}")
            continue
        for (num, _, head), p in zip(segs[1:], pts):
            if p[1] not in head:
                errs.append(f"{f}: title {p[1]!r} not in heading {head!r}")
            if p[2] and p[2] not in segs[1 + pts.index(p)][1]:
                errs.append(f"{f}: case {p[2]} not in point {num}")
        full = "".join(s[1] for s in segs)
        for sec in e["secrets"]:
            total = full.count(sec)
            inside = sum(s[1].count(sec) for s in segs[1:] if s[0] in closed)
            if total == 0:
                errs.append(f"{f}: secret {sec!r} not present")
            elif total != inside:
                errs.append(f"{f}: secret {sec!r} leaks outside closed spans ({total} vs {inside})")
        if e["cite_punkt"] not in [p[0] for p in pts] or e["cite_punkt"] in closed:
            errs.append(f"{f}: cite_punkt {e['cite_punkt']} not an open point")
        title = next((p[1] for p in pts if p[0] == e["cite_punkt"]), "")
        tw = {w for w in re.findall(r"\w{5,}", title.lower())}
        qw = set(re.findall(r"\w{5,}", e["question"].lower()))
        if tw & qw:
            warns.append(f"{f}: question reuses title words {sorted(tw & qw)}")
        print(f"ok  {f}: {len(pts)} points, {len(closed)} closed, {len(e['secrets'])} secrets")
    if not 10 <= closed_total <= 13:
        errs.append(f"closed points total {closed_total} not in 10-13")
    for w in warns:
        print("WARN", w)
    print(f"files={len(exp)} points={pts_total} closed={closed_total}")
    if errs:
        print("\n".join("ERR " + x for x in errs))
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
