"""Validation for this folder: expected.json parses, files exist, each secret is present in the
rendered file and absent when the closed points' bodies are blanked out (text formats + docx)."""
import copy, email, html, json, os, re, tempfile
import make_layouts as M
HERE = os.path.dirname(os.path.abspath(__file__))

def rtf_text(s):
    s = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), s)
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    return s

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "docx":
        import docx
        return "\n".join(p.text for p in docx.Document(path).paragraphs)
    if ext == "pdf":
        return None
    raw = open(path, "rb").read()
    if ext == "eml":
        msg = email.message_from_bytes(raw)
        return "\n".join(html.unescape(p.get_payload(decode=True).decode(p.get_content_charset()))
                         for p in msg.walk() if p.get_content_maintype() == "text")
    t = raw.decode("utf-8")
    if ext == "rtf": return rtf_text(t)
    if ext == "html": return html.unescape(t)
    return t

def render_to(f, d):
    path = os.path.join(d, f["file"]); k = f["file"][:2]
    if k == "03": M.r03(f, path)
    elif k == "04": M.r04(f, path)
    else:
        r = {"01": M.r01, "02": M.r02, "05": M.r05, "06": M.r06, "07": M.r07, "08": M.r08, "09": M.r09, "10": M.r10}[k]
        data = r(f)
        open(path, "wb").write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path

exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
assert len(exp) == 10
tot = closed = 0
with tempfile.TemporaryDirectory() as d:
    for e, f in zip(exp, M.FILES):
        assert e["file"] == f["file"] and os.path.exists(os.path.join(HERE, e["file"]))
        full = text_of(os.path.join(HERE, e["file"]))
        g = copy.deepcopy(f)
        for p in g["points"]:
            if p["closed"]: p["secs"] = []
        blank = text_of(render_to(g, d))
        for s in e["secrets"]:
            if full is not None:
                assert s in full, (e["file"], s)
                assert s not in blank, (e["file"], s)
        nums = [p[0] for p in e["points"]]
        if full is not None:
            for p in e["points"]:
                assert p[1] in full, (e["file"], p[1])
                if p[2]: assert p[2] in full, (e["file"], p[2])
        tot += len(nums); closed += sum(p[3] for p in e["points"])
        assert e["cite_punkt"] in nums
print("ok files", len(exp), "points", tot, "closed", closed)
