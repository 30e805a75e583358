#!/usr/bin/env python3
"""Check blind57.jsonl against the five minutes in corpus/.

* every field of the blind54 format is present, ids run b57-01.., kinds/reasons are known;
* every answer_fact occurs verbatim in the cited point (or, for a multi question, in the cited
  point or one of the `also` points; for attendance/overview questions without a point, in the
  meeting header resp. the whole meeting);
* the case number given is the one printed under the cited point;
* unanswerable questions have no facts, a reason, and a closed_point question names a closed point.
Prints the counts.  Usage: python blind57_check.py [corpus_dir]
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KEYS = ["id", "lang", "question", "meeting_date", "punkt", "case_number", "answer_facts", "kind",
        "reason", "also"]
KINDS = {"decision", "fact", "who", "when", "list", "attendance", "overview", "case_status",
         "point_lookup", "multi", "free"}
REASONS = {"other_year", "neighbour_topic", "closed_point", "other_board", "absent_fact"}
HEAD = re.compile(r"^#*\s*(\*\*)?Punkt (\d+): (.+?)(\*\*)?$")


def load(corpus):
    meetings = {}
    for fn in sorted(os.listdir(corpus)):
        text = open(os.path.join(corpus, fn), encoding="utf-8").read()
        m = re.search(r"REFERAT Direktionen d\. (\d\d)-(\d\d)-(\d{4})", text)
        if not m:
            continue
        date = "%s-%s-%s" % (m.group(3), m.group(2), m.group(1))
        lines = text.split("\n")
        header, points, cur = [], {}, None
        for ln in lines:
            h = HEAD.match(ln.strip())
            if h:
                cur = int(h.group(2))
                points[cur] = {"title": h.group(3), "lines": []}
                continue
            (points[cur]["lines"] if cur is not None else header).append(ln)
        for p in points.values():
            body = [x.strip() for x in p["lines"] if x.strip()]
            p["case"] = body[0] if body else None
            p["text"] = "\n".join(p["lines"])
        meetings[date] = {"text": text, "header": "\n".join(header), "points": points}
    return meetings


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "corpus")
    meetings = load(corpus)
    qs = [json.loads(l) for l in open(os.path.join(HERE, "blind57.jsonl"), encoding="utf-8")]
    err = []
    for i, q in enumerate(qs, 1):
        qid = q.get("id")
        if list(q) != KEYS:
            err.append("%s: keys %s" % (qid, list(q)))
        if qid != "b57-%02d" % i:
            err.append("%s: bad id" % qid)
        if q["lang"] not in ("da", "en"):
            err.append("%s: lang" % qid)
        date, punkt = q["meeting_date"], q["punkt"]
        if date is not None and date not in meetings:
            err.append("%s: no meeting %s" % (qid, date))
            continue
        if punkt is not None and (date is None or punkt not in meetings[date]["points"]):
            err.append("%s: no point %s/%s" % (qid, date, punkt))
            continue
        if q["kind"] == "unanswerable":
            if q["answer_facts"] or q["also"] or q["reason"] not in REASONS:
                err.append("%s: unanswerable with facts/also or bad reason" % qid)
            if q["reason"] == "closed_point":
                p = meetings[date]["points"][punkt]
                if p["title"] != "Lukket" or p["case"] != q["case_number"]:
                    err.append("%s: not a closed point / case mismatch" % qid)
            continue
        if q["kind"] not in KINDS or q["reason"] is not None:
            err.append("%s: kind/reason" % qid)
        if not 1 <= len(q["answer_facts"]) <= 3:
            err.append("%s: %d facts" % (qid, len(q["answer_facts"])))
        if date is None:
            err.append("%s: answerable without meeting_date" % qid)
            continue
        mt = meetings[date]
        if punkt is None:
            if q["case_number"] is not None:
                err.append("%s: case number without point" % qid)
            scope = mt["header"] if q["kind"] == "attendance" else mt["text"]
        else:
            p = mt["points"][punkt]
            if p["title"] == "Lukket":
                err.append("%s: answerable question cites a closed point" % qid)
            if p["case"] != q["case_number"]:
                err.append("%s: case %r != %r" % (qid, q["case_number"], p["case"]))
            scope = p["text"]
        for a in q["also"]:
            ad, ap = a["meeting_date"], a["punkt"]
            if ad not in meetings or ap not in meetings[ad]["points"]:
                err.append("%s: bad also %s" % (qid, a))
                continue
            if (ad, ap) == (date, punkt):
                err.append("%s: also repeats the cited point" % qid)
            if punkt is not None:
                scope += "\n" + meetings[ad]["points"][ap]["text"]
        if q["kind"] == "multi" and not q["also"]:
            err.append("%s: multi without also" % qid)
        for f in q["answer_facts"]:
            if f not in scope:
                err.append("%s: fact not verbatim in cited text: %r" % (qid, f))
    c = collections.Counter
    ans = [q for q in qs if q["kind"] != "unanswerable"]
    print("questions %d, answerable %d, unanswerable %d" % (len(qs), len(ans), len(qs) - len(ans)))
    print("lang", dict(c(q["lang"] for q in qs)))
    print("kinds", dict(c(q["kind"] for q in ans)))
    print("reasons", dict(c(q["reason"] for q in qs if q["reason"])))
    if err:
        print("\nFAILED:\n  " + "\n  ".join(err))
        sys.exit(1)
    print("all facts verbatim, all checks passed")


if __name__ == "__main__":
    main()
