#!/usr/bin/env python3
"""Check blind63.jsonl against the five Direktionen minutes in corpus/.

* every line has exactly the fields of the earlier blind sets;
* every answer_fact occurs verbatim in the cited point (or in an `also` point);
  with punkt null, in the meeting's text; the cited point is not closed;
* case_number equals the cited point's case number;
* unanswerable questions carry no facts and a known reason.
Exit status 1 on any failure.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")
FIELDS = ["id", "lang", "question", "meeting_date", "punkt", "case_number", "answer_facts",
          "kind", "reason", "also"]
REASONS = {"other_year", "neighbour_topic", "closed_point", "other_board", "absent_fact"}
HEAD = re.compile(r"^#*\s*(\*\*)?Punkt (\d+): (.+?)(\*\*)?$", re.M)


def load():
    meetings = {}
    for fn in sorted(os.listdir(CORPUS)):
        text = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
        m = re.search(r"REFERAT Direktionen d\. (\d\d)-(\d\d)-(\d{4})", text)
        date = "%s-%s-%s" % (m.group(3), m.group(2), m.group(1))
        heads = list(HEAD.finditer(text))
        points = {}
        for i, h in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            body = text[h.start():end]
            case = next(ln.strip() for ln in text[h.end():end].split("\n") if ln.strip())
            points[int(h.group(2))] = {"title": h.group(3).strip("* "), "case": case, "text": body}
        meetings[date] = {"text": text, "points": points}
    return meetings


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "blind63.jsonl")
    meetings = load()
    errors = []
    rows = [json.loads(ln) for ln in open(path, encoding="utf-8") if ln.strip()]
    for r in rows:
        rid = r.get("id")
        if list(r) != FIELDS:
            errors.append("%s: fields %r" % (rid, list(r)))
            continue
        if r["kind"] == "unanswerable":
            if r["answer_facts"] or r["reason"] not in REASONS:
                errors.append("%s: unanswerable needs no facts and a reason" % rid)
            continue
        if r["reason"] is not None or not 1 <= len(r["answer_facts"]) <= 3:
            errors.append("%s: answerable needs reason null and 1-3 facts" % rid)
        mt = meetings.get(r["meeting_date"])
        if not mt:
            errors.append("%s: no meeting %s" % (rid, r["meeting_date"]))
            continue
        if r["punkt"] is None:
            scope = mt["text"]
        else:
            p = mt["points"].get(r["punkt"])
            if not p:
                errors.append("%s: no punkt %s" % (rid, r["punkt"]))
                continue
            if p["title"] == "Lukket":
                errors.append("%s: cites a closed point" % rid)
            if r["case_number"] != p["case"]:
                errors.append("%s: case %r != %r" % (rid, r["case_number"], p["case"]))
            scope = p["text"]
            for al in r["also"]:
                scope += "\n" + meetings[al["meeting_date"]]["points"][al["punkt"]]["text"]
        for f in r["answer_facts"]:
            if f not in scope:
                errors.append("%s: fact not verbatim in cited text: %r" % (rid, f))
        if r["kind"] == "multi" and not r["also"]:
            errors.append("%s: multi without also" % rid)
    ans = sum(r["kind"] != "unanswerable" for r in rows)
    print("%d questions, %d answerable, %d unanswerable, langs %s"
          % (len(rows), ans, len(rows) - ans, dict(Counter(r["lang"] for r in rows))))
    if errors:
        print("FAILED:\n  " + "\n  ".join(errors))
        sys.exit(1)
    print("all facts verbatim")


if __name__ == "__main__":
    main()
