#!/usr/bin/env python3
"""Check blind59.jsonl against the five Direktionen minutes.

* every line has exactly the fields of the spent sets' format;
* every answer_fact occurs verbatim in the cited point's text (from its
  "Punkt N:" heading to the next one), or in one of the `also` points, or --
  when punkt is null -- anywhere in that meeting's minutes;
* unanswerable lines have no facts, no date/punkt and a known reason;
* prints counts per kind, language and reason.
Usage: python blind59_check.py [corpus_dir]
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "lang", "question", "meeting_date", "punkt", "case_number", "answer_facts",
          "kind", "reason", "also"]
KINDS = {"decision", "fact", "who", "when", "list", "attendance", "overview", "case_status",
         "point_lookup", "multi", "free", "unanswerable"}
REASONS = {"other_year", "neighbour_topic", "closed_point", "other_board", "absent_fact"}


def load_corpus(d):
    meetings = {}
    for f in sorted(os.listdir(d)):
        if not f.endswith(".txt"):
            continue
        text = open(os.path.join(d, f), encoding="utf-8").read()
        m = re.search(r"REFERAT Direktionen d\. (\d\d)-(\d\d)-(\d{4})", text)
        date = "%s-%s-%s" % (m.group(3), m.group(2), m.group(1))
        heads = list(re.finditer(r"^#*[ \t]*(?:\*\*)?Punkt (\d+): (.+?)(?:\*\*)?$", text, re.M))
        points = {}
        for i, h in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            body = text[h.start():end]
            case = next((ln.strip() for ln in body.split("\n")[1:] if ln.strip()), None)
            case = case if case and re.match(r"^\d{2}/\d{3,5}$", case) else None
            points[int(h.group(1))] = {"title": h.group(2), "text": body, "case": case}
        meetings[date] = {"text": text, "points": points}
    return meetings


def main():
    cdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "..", "shared", "corpus")
    if not os.path.isdir(cdir):
        cdir = os.path.join(HERE, "..", "..", "..", "corpus")
    meetings = load_corpus(cdir)
    errors = []
    rows = [json.loads(l) for l in open(os.path.join(HERE, "blind59.jsonl"), encoding="utf-8") if l.strip()]
    ids = set()
    for r in rows:
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            errors.append("%s: fields %r" % (rid, list(r.keys())))
        if rid in ids:
            errors.append("%s: duplicate id" % rid)
        ids.add(rid)
        if r["lang"] not in ("da", "en"):
            errors.append("%s: lang" % rid)
        if r["kind"] not in KINDS:
            errors.append("%s: kind %r" % (rid, r["kind"]))
        if r["kind"] == "unanswerable":
            if r["answer_facts"] or r["reason"] not in REASONS or r["also"] or r["punkt"] is not None \
                    or r["meeting_date"] is not None or r["case_number"] is not None:
                errors.append("%s: bad unanswerable row" % rid)
            continue
        if r["reason"] is not None:
            errors.append("%s: reason on answerable" % rid)
        if not 1 <= len(r["answer_facts"]) <= 3:
            errors.append("%s: %d facts" % (rid, len(r["answer_facts"])))
        m = meetings.get(r["meeting_date"])
        if not m:
            errors.append("%s: no meeting %r" % (rid, r["meeting_date"]))
            continue
        if r["punkt"] is None:
            texts = [m["text"]]
        else:
            p = m["points"].get(r["punkt"])
            if not p:
                errors.append("%s: no punkt %r" % (rid, r["punkt"]))
                continue
            if p["title"].strip() == "Lukket":
                errors.append("%s: cites a closed point" % rid)
            if r["case_number"] is not None and r["case_number"] != p["case"]:
                errors.append("%s: case %r != %r" % (rid, r["case_number"], p["case"]))
            texts = [p["text"]]
        for a in r["also"]:
            if list(a.keys()) != ["meeting_date", "punkt"]:
                errors.append("%s: also keys" % rid)
            am = meetings.get(a["meeting_date"])
            if not am:
                errors.append("%s: also meeting %r missing" % (rid, a["meeting_date"]))
                continue
            ap = am["points"].get(a["punkt"]) if a["punkt"] is not None else {"text": am["text"]}
            if not ap:
                errors.append("%s: also punkt %r missing" % (rid, a["punkt"]))
                continue
            texts.append(ap["text"])
        for f in r["answer_facts"]:
            if not any(f in t for t in texts):
                errors.append("%s: fact not verbatim in cited text: %r" % (rid, f))
    c = collections.Counter
    ans = [r for r in rows if r["kind"] != "unanswerable"]
    print("questions:", len(rows), " answerable:", len(ans), " unanswerable:", len(rows) - len(ans))
    print("lang:", dict(c(r["lang"] for r in rows)))
    print("kinds:", dict(c(r["kind"] for r in ans)))
    print("reasons:", dict(c(r["reason"] for r in rows if r["reason"])))
    if errors:
        print("FAILED")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all facts verbatim")


if __name__ == "__main__":
    main()
