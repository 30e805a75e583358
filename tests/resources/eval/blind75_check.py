#!/usr/bin/env python3
"""Check blind75.jsonl against the five minutes in corpus/.

* every line has exactly the fields of the earlier blind sets, ids b75-01.. in order;
* 38 answerable + 18 unanswerable, 34 da + 22 en, known kinds and reasons;
* answerable: the meeting exists; a cited punkt exists and is open; case_number equals the
  punkt's case number; every answer fact occurs verbatim in the text of the cited punkt or of an
  `also` punkt (in the whole meeting when punkt is null); `also` points exist;
* unanswerable: no facts, no date/punkt/case, a reason; the words a neighbour-topic or other-year
  question turns on do not occur in the corpus; a closed-point question names a closed case or a
  point number;
* every kind and every reason is used; no question repeats one of blind65.jsonl.
Exit status 1 on any failure.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")
FIELDS = ["id", "lang", "question", "meeting_date", "punkt", "case_number", "answer_facts", "kind",
          "reason", "also"]
KINDS = {"decision", "fact", "who", "when", "list", "attendance", "overview", "case_status",
         "point_lookup", "multi", "free"}
REASONS = {"other_year", "neighbour_topic", "closed_point", "other_board", "absent_fact"}
HEAD = re.compile(r"^#*\s*(?:\*\*)?Punkt (\d+): (.+?)(?:\*\*)?$")
# words that must NOT occur anywhere in the corpus (they carry unanswerable questions)
ABSENT = ["ladestander", "elbil", "robotstøvsuger", "hundeskov", "legeplads", "sygeplejersk",
          "boligtilskud", "marts 2018", "december 2014", "budget 2015", "august 2021",
          "efteråret 2024"]
NO_MEETING_YEARS = ("2014", "2015", "2018", "2021", "2024")


def load_corpus():
    meetings = {}
    for f in sorted(os.listdir(CORPUS)):
        text = open(os.path.join(CORPUS, f), encoding="utf-8").read()
        m = re.search(r"REFERAT Direktionen d\. (\d\d)-(\d\d)-(\d{4})", text)
        date = "%s-%s-%s" % (m.group(3), m.group(2), m.group(1))
        lines = text.split("\n")
        points, cur = {}, None
        for i, ln in enumerate(lines):
            h = HEAD.match(ln.strip())
            if h:
                n = int(h.group(1))
                case = next(x.strip() for x in lines[i + 1:] if x.strip())
                cur = points[n] = {"title": h.group(2), "case": case, "lines": [ln]}
            elif cur is not None:
                cur["lines"].append(ln)
        for p in points.values():
            p["text"] = "\n".join(p["lines"])
            p["closed"] = p["title"].strip("* ") == "Lukket"
        meetings[date] = {"text": text, "points": points}
    return meetings


def closed_refs(meetings):
    """Case numbers of closed points, and (date, number) of closed points."""
    cases, nums = set(), set()
    for d, m in meetings.items():
        for n, p in m["points"].items():
            if p["closed"]:
                cases.add(p["case"])
                nums.add((d, n))
    return cases, nums


def main():
    meetings = load_corpus()
    alltext = "\n".join(m["text"] for m in meetings.values())
    rows = [json.loads(l) for l in open(os.path.join(HERE, "blind75.jsonl"), encoding="utf-8") if l.strip()]
    err = []
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            err.append("%s: fields %s" % (rid, list(r.keys())))
        if rid != "b75-%02d" % i:
            err.append("%s: id out of order" % rid)
        if r["lang"] not in ("da", "en"):
            err.append("%s: lang" % rid)
        if r["kind"] == "unanswerable":
            if r["answer_facts"] or r["meeting_date"] or r["punkt"] is not None or r["case_number"] or r["also"]:
                err.append("%s: unanswerable with content" % rid)
            if r["reason"] not in REASONS:
                err.append("%s: bad reason" % rid)
            continue
        if r["kind"] not in KINDS:
            err.append("%s: bad kind %r" % (rid, r["kind"]))
        if r["reason"] is not None:
            err.append("%s: answerable with a reason" % rid)
        if not 1 <= len(r["answer_facts"]) <= 3:
            err.append("%s: %d facts" % (rid, len(r["answer_facts"])))
        m = meetings.get(r["meeting_date"])
        if not m:
            err.append("%s: no meeting %s" % (rid, r["meeting_date"]))
            continue
        if r["punkt"] is None:
            scope = m["text"]
            if r["case_number"] is not None:
                err.append("%s: case number without punkt" % rid)
        else:
            p = m["points"].get(r["punkt"])
            if not p:
                err.append("%s: no punkt %s" % (rid, r["punkt"]))
                continue
            if p["closed"]:
                err.append("%s: cites a closed punkt" % rid)
            if r["case_number"] != p["case"]:
                err.append("%s: case %r != %r" % (rid, r["case_number"], p["case"]))
            scope = p["text"]
            for a in r["also"]:
                q = meetings.get(a["meeting_date"], {}).get("points", {}).get(a["punkt"])
                if not q or q["closed"]:
                    err.append("%s: bad also %r" % (rid, a))
                else:
                    scope += "\n" + q["text"]
        if r["kind"] == "multi" and not r["also"]:
            err.append("%s: multi without also" % rid)
        for f in r["answer_facts"]:
            if f not in scope:
                err.append("%s: fact not in cited text: %r" % (rid, f))
    for d in meetings:
        if d[:4] in NO_MEETING_YEARS:
            err.append("corpus holds a meeting in %s" % d[:4])
    for w in ABSENT:
        if w.lower() in alltext.lower():
            err.append("corpus holds %r" % w)
    cases, _ = closed_refs(meetings)
    for r in rows:
        if r["reason"] == "closed_point":
            named = [c for c in cases if c in r["question"]]
            if not named and not re.search(r"\b(pkt|punkt|item)\b", r["question"], re.I):
                err.append("%s: closed-point question names neither a case nor a point" % r["id"])
    b65 = os.path.join(HERE, "blind65.jsonl")
    if os.path.exists(b65):
        old = {json.loads(l)["question"].strip().lower() for l in open(b65, encoding="utf-8") if l.strip()}
        for r in rows:
            if r["question"].strip().lower() in old:
                err.append("%s: repeats a blind65 question" % r["id"])
    kinds_seen = {r["kind"] for r in rows}
    for k in KINDS:
        if k not in kinds_seen:
            err.append("kind %s not covered" % k)
    for k in REASONS:
        if k not in {r["reason"] for r in rows}:
            err.append("reason %s not covered" % k)
    ans = [r for r in rows if r["kind"] != "unanswerable"]
    lang = Counter(r["lang"] for r in rows)
    print("%d questions, %d answerable, %d unanswerable, da %d, en %d"
          % (len(rows), len(ans), len(rows) - len(ans), lang["da"], lang["en"]))
    print("kinds:", dict(Counter(r["kind"] for r in ans)))
    print("reasons:", dict(Counter(r["reason"] for r in rows if r["reason"])))
    if (len(rows), len(ans), lang["da"], lang["en"]) != (56, 38, 34, 22):
        err.append("counts off")
    if err:
        print("FAILED:\n  " + "\n  ".join(err))
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
