#!/usr/bin/env python3
"""Check blind60.jsonl against the five minutes in corpus/.

* fields and their types are those of the earlier blind sets;
* every answer_fact occurs verbatim in the cited point's text (heading to the next
  "Punkt N:" heading) or in one of the `also` points; with punkt null, anywhere in
  that meeting's minutes;
* a cited case_number is the one written under the cited point;
* unanswerable questions carry no facts, no date/point and a known reason;
* counts: 56 questions, 38 answerable / 18 unanswerable, 34 da / 22 en.
Exit status 1 on any failure.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")
KEYS = ["id", "lang", "question", "meeting_date", "punkt", "case_number", "answer_facts", "kind", "reason", "also"]
REASONS = {"other_year", "neighbour_topic", "closed_point", "other_board", "absent_fact"}
KINDS = {"decision", "fact", "who", "when", "list", "attendance", "overview", "case_status",
         "point_lookup", "multi", "free"}
HEAD = re.compile(r"^#*\s*(?:\*\*)?Punkt (\d+): (.+?)(?:\*\*)?\s*$", re.M)


def load_minutes():
    meetings = {}
    for f in sorted(os.listdir(CORPUS)):
        text = open(os.path.join(CORPUS, f), encoding="utf-8").read()
        m = re.search(r"REFERAT Direktionen d\. (\d\d)-(\d\d)-(\d{4})", text)
        date = "%s-%s-%s" % (m.group(3), m.group(2), m.group(1))
        heads = list(HEAD.finditer(text))
        points = {}
        for i, h in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            body = text[h.start():end]
            lines = [ln for ln in text[h.end():end].split("\n") if ln.strip()]
            points[int(h.group(1))] = {"text": body, "case": lines[0].strip() if lines else None,
                                       "closed": h.group(2).strip("* ") == "Lukket"}
        meetings[date] = {"text": text, "points": points}
    return meetings


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "blind60.jsonl")
    meetings = load_minutes()
    rows = [json.loads(ln) for ln in open(path, encoding="utf-8") if ln.strip()]
    err = []
    for r in rows:
        i = r.get("id")
        if list(r.keys()) != KEYS:
            err.append("%s: keys %s" % (i, list(r.keys())))
            continue
        if r["lang"] not in ("da", "en"):
            err.append("%s: lang" % i)
        if r["kind"] == "unanswerable":
            if r["answer_facts"] or r["meeting_date"] or r["punkt"] or r["case_number"] or r["also"]:
                err.append("%s: unanswerable with facts/date/point" % i)
            if r["reason"] not in REASONS:
                err.append("%s: reason %r" % (i, r["reason"]))
            continue
        if r["kind"] not in KINDS:
            err.append("%s: kind %r" % (i, r["kind"]))
        if r["reason"] is not None:
            err.append("%s: answerable with a reason" % i)
        if not 1 <= len(r["answer_facts"]) <= 3:
            err.append("%s: %d facts" % (i, len(r["answer_facts"])))
        mt = meetings.get(r["meeting_date"])
        if not mt:
            err.append("%s: no minutes for %s" % (i, r["meeting_date"]))
            continue
        if r["punkt"] is None:
            scope = mt["text"]
            if r["case_number"] is not None:
                err.append("%s: case number without a point" % i)
        else:
            p = mt["points"].get(r["punkt"])
            if not p or p["closed"]:
                err.append("%s: point %s missing or closed" % (i, r["punkt"]))
                continue
            if r["case_number"] != p["case"]:
                err.append("%s: case %r, minutes say %r" % (i, r["case_number"], p["case"]))
            scope = p["text"]
            for al in r["also"]:
                q = meetings.get(al["meeting_date"], {}).get("points", {}).get(al["punkt"])
                if not q or q["closed"]:
                    err.append("%s: also %r missing or closed" % (i, al))
                else:
                    scope += "\n" + q["text"]
        if r["kind"] == "multi" and not r["also"]:
            err.append("%s: multi without also" % i)
        for f in r["answer_facts"]:
            if f not in scope:
                err.append("%s: fact not found: %r" % (i, f))
    c = Counter("un" if r["kind"] == "unanswerable" else "ans" for r in rows)
    lang = Counter(r["lang"] for r in rows)
    ids = [r["id"] for r in rows]
    if ids != ["b60-%02d" % k for k in range(1, len(rows) + 1)]:
        err.append("ids not b60-01.. in order")
    print("questions %d, answerable %d, unanswerable %d, da %d, en %d"
          % (len(rows), c["ans"], c["un"], lang["da"], lang["en"]))
    print("kinds:", dict(Counter(r["kind"] for r in rows)))
    print("reasons:", dict(Counter(r["reason"] for r in rows if r["reason"])))
    if (len(rows), c["ans"], c["un"], lang["da"], lang["en"]) != (56, 38, 18, 34, 22):
        err.append("counts differ from 56/38/18/34/22")
    if err:
        print("FAILED:\n  " + "\n  ".join(err))
        sys.exit(1)
    print("all ok")


if __name__ == "__main__":
    main()
