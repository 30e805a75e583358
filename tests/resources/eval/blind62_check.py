#!/usr/bin/env python3
"""Check blind62.jsonl against the five minutes in corpus/.

* every line has exactly the fields of the earlier blind sets;
* every answer_fact occurs verbatim in the cited point's text (from its "Punkt N:" heading to
  the next heading), or in an `also` point's text; for punkt null (attendance, overview) in the
  meeting's text (attendance: in the header before the first point);
* unanswerable questions carry no facts and a known reason; counts per kind, reason and language.
Exit status 1 on any failure.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KEYS = ["id", "lang", "question", "meeting_date", "punkt", "case_number", "answer_facts", "kind", "reason", "also"]
REASONS = {"other_year", "neighbour_topic", "closed_point", "other_board", "absent_fact"}
KINDS = {"decision", "fact", "who", "when", "list", "attendance", "overview", "case_status",
         "point_lookup", "multi", "free", "unanswerable"}


def load_corpus():
    d = os.path.join(ROOT, "corpus")
    if not os.path.isdir(d):
        d = os.path.join(ROOT, "..", "shared", "corpus")
    meetings = {}
    for f in sorted(os.listdir(d)):
        if f.endswith(".md") and f.upper().startswith("STRUCTURE"):
            continue
        text = open(os.path.join(d, f), encoding="utf-8").read()
        m = re.search(r"REFERAT Direktionen d\. (\d\d)-(\d\d)-(\d{4})", text)
        if not m:
            continue
        date = "%s-%s-%s" % (m.group(3), m.group(2), m.group(1))
        heads = [(int(h.group(2)), h.start(), h.group(3))
                 for h in re.finditer(r"(?m)^#*[ \t]*(\*\*)?Punkt (\d+): (.+?)(\*\*)?$", text)]
        points = {}
        for i, (n, start, title) in enumerate(heads):
            end = heads[i + 1][1] if i + 1 < len(heads) else len(text)
            points[n] = (title.strip(), text[start:end])
        header = text[:heads[0][1]] if heads else text
        meetings[date] = {"text": text, "header": header, "points": points}
    return meetings


def main():
    path = os.path.join(HERE, "blind62.jsonl")
    meetings = load_corpus()
    errors = []
    rows = [json.loads(ln) for ln in open(path, encoding="utf-8") if ln.strip()]
    ids = set()
    for r in rows:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errors.append("%s: keys %r" % (rid, list(r.keys())))
        if rid in ids:
            errors.append("%s: duplicate id" % rid)
        ids.add(rid)
        if r["lang"] not in ("da", "en"):
            errors.append("%s: lang" % rid)
        if r["kind"] not in KINDS:
            errors.append("%s: kind %r" % (rid, r["kind"]))
        if r["kind"] == "unanswerable":
            if r["answer_facts"] or r["reason"] not in REASONS or r["also"]:
                errors.append("%s: bad unanswerable row" % rid)
            continue
        if r["reason"] is not None:
            errors.append("%s: reason on an answerable row" % rid)
        if not 1 <= len(r["answer_facts"]) <= 3:
            errors.append("%s: %d facts" % (rid, len(r["answer_facts"])))
        m = meetings.get(r["meeting_date"])
        if m is None:
            errors.append("%s: no meeting %r" % (rid, r["meeting_date"]))
            continue
        if r["punkt"] is None:
            scope = m["header"] if r["kind"] == "attendance" else m["text"]
            texts = [scope]
        else:
            if r["punkt"] not in m["points"]:
                errors.append("%s: no punkt %r" % (rid, r["punkt"]))
                continue
            title, body = m["points"][r["punkt"]]
            if title == "Lukket" or title.startswith("Lukket"):
                errors.append("%s: cites a closed point" % rid)
            lines = [ln for ln in body.split("\n")[1:] if ln.strip()]
            case = lines[0].strip() if lines else None
            if r["case_number"] != case:
                errors.append("%s: case number %r, minutes say %r" % (rid, r["case_number"], case))
            texts = [body]
            for al in r["also"]:
                mm = meetings.get(al["meeting_date"])
                if not mm or al["punkt"] not in mm["points"]:
                    errors.append("%s: bad also %r" % (rid, al))
                    continue
                texts.append(mm["points"][al["punkt"]][1])
        if r["kind"] == "multi" and not r["also"]:
            errors.append("%s: multi without also" % rid)
        for fct in r["answer_facts"]:
            if not any(fct in t for t in texts):
                errors.append("%s: fact not verbatim in cited text: %r" % (rid, fct))
        if r["kind"] == "multi":
            # the facts must need more than one point
            hit = [any(fct in t for fct in r["answer_facts"]) for t in texts]
            if sum(hit) < 2:
                errors.append("%s: multi facts come from one point only" % rid)
    c_kind = collections.Counter(r["kind"] for r in rows)
    c_reason = collections.Counter(r["reason"] for r in rows if r["reason"])
    c_lang = collections.Counter(r["lang"] for r in rows)
    print("questions:", len(rows))
    print("kinds:", dict(sorted(c_kind.items())))
    print("reasons:", dict(sorted(c_reason.items())))
    print("lang:", dict(c_lang))
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all rows valid")


if __name__ == "__main__":
    main()
