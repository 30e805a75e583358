#!/usr/bin/env python3
"""Checks expected.json against the generated files: files exist, titles found in order,
secrets present only inside closed points' sections, cited point open."""
import json, os, re, html, email
from email import policy
HERE = os.path.dirname(os.path.abspath(__file__))

def text_of(fn):
    p = os.path.join(HERE, fn)
    ext = fn.rsplit('.', 1)[1]
    if ext == 'docx':
        import docx
        d = docx.Document(p)
        parts = [c.text for t in d.tables for r in t.rows for c in r.cells] + [x.text for x in d.paragraphs]
        return "\n".join(parts)
    raw = open(p, 'rb').read()
    if ext == 'pdf':
        t = raw.decode('latin-1')
        return "\n".join(m.replace('\\(', '(').replace('\\)', ')') for m in re.findall(r'\((.*?)(?<!\\)\)\s*Tj', t))
    if ext == 'eml':
        m = email.message_from_bytes(raw, policy=policy.default)
        return "\n".join(part.get_content() for part in m.walk() if part.get_content_type() == 'text/plain')
    if ext == 'rtf':
        t = raw.decode('ascii')
        t = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode('cp1252'), t)
        t = re.sub(r'\\par\b', '\n', t)
        t = re.sub(r'\\[a-z]+-?\d* ?', '', t)
        return t.replace('{', '').replace('}', '')
    for enc in ('utf-8', 'cp1252') if ext in ('html', 'md', 'txt') else ('utf-8',):
        try:
            t = raw.decode(enc); break
        except UnicodeDecodeError:
            continue
    if fn.startswith('10_'): t = raw.decode('cp865')
    if fn.startswith('02_'): t = raw.decode('latin-1')
    if ext == 'html':
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return t

exp = json.load(open(os.path.join(HERE, 'expected.json'), encoding='utf-8'))
assert len(exp) == 10
nclosed = 0
for e in exp:
    t = text_of(e['file'])
    # locate point sections (skip TOC: take last occurrence sequence search from the end of header)
    pos = []
    start = 0
    if e['file'].startswith('01_'):
        start = t.index('Sagsnr.') - 200
    for n, title, case, closed in e['points']:
        i = t.find(title, start)
        assert i >= 0, (e['file'], title)
        if case: assert case in t[max(0, i - 120):i + 400], (e['file'], case)
        pos.append((i, closed)); start = i + len(title)
    bounds = [(pos[k][0], pos[k + 1][0] if k + 1 < len(pos) else len(t), pos[k][1]) for k in range(len(pos))]
    nclosed += sum(1 for p in pos if p[1])
    for s in e['secrets']:
        occ = [m.start() for m in re.finditer(re.escape(s), t)]
        assert occ, (e['file'], s)
        for o in occ:
            assert any(a <= o < b and c for a, b, c in bounds), (e['file'], s, o)
    cp = [p for p in e['points'] if p[0] == e['cite_punkt']]
    assert len(cp) == 1 and not cp[0][3]
    assert 4 <= len(e['points']) <= 9
    print(f"{e['file']}: {len(e['points'])} points, {sum(p[3] for p in e['points'])} closed, {len(e['secrets'])} secrets OK")
print("closed total", nclosed)
