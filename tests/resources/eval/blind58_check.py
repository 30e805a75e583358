#!/usr/bin/env python3
"""Check blind58.jsonl against the minutes in corpus/.

* fields and values have the expected form; counts (56 questions, 38/18, ~34 da / 22 en);
* every answer_fact occurs verbatim in the text of the cited point (or of a point in `also`);
  for meeting-level questions (punkt null) in the text of that meeting;
* the cited case number stands under the cited point's heading; cited points are not closed;
* unanswerable questions carry no facts and a known reason.
Exit status 1 on any failure.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")
FIELDS = ["id", "lang", "question", "meeting_date", "punkt", "case_number", "answer_facts", "kind",
          "reason", "also"]
KINDS = {"decision", "fact", "who", "when", "list", "attendance", "overview", "case_status",
         "point_lookup", "multi", "free"}
REASONS = {"other_year", "neighbour_topic", "closed_point", "other_board", "absent_fact"}


def load_corpus():
    meetings = {}
    for fn in sorted(os.listdir(CORPUS)):
        text = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
        m = re.search(r"REFERAT Direktionen d\. (\d\d)-(\d\d)-(\d{4})", text)
        date = "%s-%s-%s" % (m.group(3), m.group(2), m.group(1))
        heads = list(re.finditer(r"^#*[ \t]*(?:\*\*)?Punkt (\d+): (.+?)(?:\*\*)?$", text, re.M))
        points = {}
        for i, h in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            points[int(h.group(1))] = (h.group(2).strip(), text[h.start():end])
        meetings[date] = (text, points)
    return meetings


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "blind58.jsonl")
    meetings = load_corpus()
    errs = []
    qs = [json.loads(ln) for ln in open(path, encoding="utf-8") if ln.strip()]
    for n, q in enumerate(qs, 1):
        qid = q.get("id")
        if list(q) != FIELDS:
            errs.append("%s: fields %r" % (qid, list(q)))
        if qid != "b58-%02d" % n:
            errs.append("%s: id out of sequence" % qid)
        if q["lang"] not in ("da", "en"):
            errs.append("%s: lang" % qid)
        if q["kind"] == "unanswerable":
            if q["answer_facts"] or q["reason"] not in REASONS or q["also"]:
                errs.append("%s: unanswerable malformed" % qid)
            continue
        if q["kind"] not in KINDS or q["reason"] is not None:
            errs.append("%s: kind/reason" % qid)
        if not 1 <= len(q["answer_facts"]) <= 3:
            errs.append("%s: %d facts" % (qid, len(q["answer_facts"])))
        if q["meeting_date"] not in meetings:
            errs.append("%s: no meeting %s" % (qid, q["meeting_date"]))
            continue
        text, points = meetings[q["meeting_date"]]
        if q["punkt"] is None:
            spans = [text]
            if q["case_number"] is not None:
                errs.append("%s: case number without punkt" % qid)
        else:
            cites = [(q["meeting_date"], q["punkt"])] + [(a["meeting_date"], a["punkt"]) for a in q["also"]]
            spans = []
            for d, p in cites:
                if d not in meetings or p not in meetings[d][1]:
                    errs.append("%s: no point %s/%s" % (qid, d, p))
                    continue
                title, span = meetings[d][1][p]
                if title == "Lukket":
                    errs.append("%s: cites closed point %s/%s" % (qid, d, p))
                spans.append(span)
            if q["punkt"] in points:
                body = points[q["punkt"]][1].split("\n")
                nxt = next((ln for ln in body[1:] if ln.strip()), "")
                if nxt.strip() != q["case_number"]:
                    errs.append("%s: case number %r, minutes say %r" % (qid, q["case_number"], nxt))
        if q["kind"] == "multi" and not q["also"]:
            errs.append("%s: multi without also" % qid)
        for fct in q["answer_facts"]:
            if not any(fct in s for s in spans):
                errs.append("%s: fact not verbatim in cited text: %r" % (qid, fct))
    ans = [q for q in qs if q["kind"] != "unanswerable"]
    langs = collections.Counter(q["lang"] for q in qs)
    kinds = collections.Counter(q["kind"] for q in ans)
    reasons = collections.Counter(q["reason"] for q in qs if q["kind"] == "unanswerable")
    print("questions %d, answerable %d, unanswerable %d, %s" % (len(qs), len(ans), len(qs) - len(ans), dict(langs)))
    print("kinds", dict(kinds))
    print("reasons", dict(reasons))
    if len(qs) != 56 or len(ans) != 38:
        errs.append("counts")
    if errs:
        print("FAILED:")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print("all facts verbatim")


if __name__ == "__main__":
    main()
