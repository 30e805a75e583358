#!/usr/bin/env python3
"""Check layouts_blind51: files exist, every secret lies only inside a closed
point's span of its file, cite_punkt is an open point, titles and case numbers
are present.  Needs python-docx; uses pypdf for a cross-check when present."""
import datetime
import email
import email.policy
import html
import json
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_html(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", "\n", s)
    return html.unescape(s)


def text_docx(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            for row in Table(el, d).rows:
                out.append(" | ".join(c.text for c in row.cells))
    return "\n".join(out)


def _unescape_pdf(s):
    b = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            m = re.match(r"[0-7]{1,3}", s[i + 1:])
            if m:
                b.append(int(m.group(0), 8))
                i += 1 + len(m.group(0))
                continue
            b.append(ord(s[i + 1]))
            i += 2
            continue
        b.append(ord(c))
        i += 1
    return bytes(b).decode("cp1252")


def text_pdf(path):
    raw = open(path, "rb").read()
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)\r?\nendstream", raw, re.S):
        data = m.group(2)
        if b"FlateDecode" in m.group(1):
            data = zlib.decompress(data)
        s = data.decode("latin-1")
        for t in re.finditer(r"\(((?:\\.|[^\\)])*)\)\s*Tj", s):
            out.append(_unescape_pdf(t.group(1)))
    return "\n".join(out)


def text_eml(path):
    msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
    return msg.get_body(preferencelist=("plain",)).get_content()


def text_txt(path):
    return open(path, encoding="utf-8").read()


READERS = {".html": text_html, ".htm": text_html, ".docx": text_docx, ".pdf": text_pdf,
           ".eml": text_eml, ".txt": text_txt, ".md": text_txt}


def spans(text, points):
    """Start of each point = last occurrence of its title before the next
    point's start (so a table of contents is skipped)."""
    pos = [None] * len(points)
    limit = len(text)
    for i in range(len(points) - 1, -1, -1):
        p = text.rfind(norm(points[i][1]), 0, limit)
        if p < 0:
            return None, points[i][1]
        pos[i] = p
        limit = p
    ends = pos[1:] + [len(text)]
    return list(zip(pos, ends)), None


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    errors = []
    n_pts = n_closed = 0
    assert len(exp) == 10, "expected 10 entries"
    for e in exp:
        f = e["file"]
        path = os.path.join(HERE, f)
        if not os.path.isfile(path):
            errors.append(f"{f}: missing")
            continue
        ext = os.path.splitext(f)[1].lower()
        text = norm(READERS[ext](path))
        if ext == ".pdf":
            try:
                import pypdf
                alt = norm(" ".join(pg.extract_text() for pg in pypdf.PdfReader(path).pages))
                for s in e["secrets"]:
                    if s not in alt:
                        errors.append(f"{f}: pypdf cannot see secret {s!r}")
            except ImportError:
                pass
        datetime.date.fromisoformat(e["date"])
        if e["kind"] not in ("referat", "dagsorden", "tillægsreferat"):
            errors.append(f"{f}: bad kind")
        pts = e["points"]
        n_pts += len(pts)
        n_closed += sum(1 for p in pts if p[3])
        if not 5 <= len(pts) <= 8:
            errors.append(f"{f}: {len(pts)} points")
        nums = [p[0] for p in pts]
        if len(set(nums)) != len(nums):
            errors.append(f"{f}: duplicate point numbers")
        sp, missing = spans(text, pts)
        if sp is None:
            errors.append(f"{f}: title not found: {missing!r}")
            continue
        for (num, title, case, closed), (a, b) in zip(pts, sp):
            seg = text[a:b]
            if case and case not in seg:
                errors.append(f"{f}: case {case!r} not in span of point {num}")
        closed_spans = [s for p, s in zip(pts, sp) if p[3]]
        for s in e["secrets"]:
            occ = [m.start() for m in re.finditer(re.escape(s), text)]
            if not occ:
                errors.append(f"{f}: secret {s!r} not found")
            for o in occ:
                if not any(a <= o and o + len(s) <= b for a, b in closed_spans):
                    errors.append(f"{f}: secret {s!r} occurs outside a closed span at {o}")
            # also in the raw file outside? (e.g. html title) -- covered by text extraction
        cite = [p for p in pts if p[0] == e["cite_punkt"]]
        if not cite:
            errors.append(f"{f}: cite_punkt {e['cite_punkt']} is not a point")
        elif cite[0][3]:
            errors.append(f"{f}: cite_punkt {e['cite_punkt']} is closed")
        if not e.get("question") or not e.get("board"):
            errors.append(f"{f}: question/board missing")
    exts = [os.path.splitext(e["file"])[1] for e in exp]
    if sum(x in (".html", ".htm") for x in exts) < 3 or exts.count(".docx") < 2 \
            or exts.count(".pdf") < 2 or exts.count(".txt") < 2:
        errors.append("format mix below the minimum")
    kinds = [e["kind"] for e in exp]
    if "dagsorden" not in kinds or "tillægsreferat" not in kinds:
        errors.append("need a dagsorden and a tillægsreferat")
    if not 10 <= n_closed <= 13:
        errors.append(f"closed points {n_closed} outside 10-13")
    print(f"files={len(exp)} points={n_pts} closed={n_closed} "
          f"secrets={sum(len(e['secrets']) for e in exp)}")
    if errors:
        print("\n".join("ERROR " + x for x in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
