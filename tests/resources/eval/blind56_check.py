#!/usr/bin/env python3
"""Check blind56.jsonl against the five Direktionen minutes in corpus/.

* every answer_fact occurs verbatim in the text of the cited point, or - for
  multi/overview questions - in one of the points listed in `also`; for a
  question with punkt null the meeting header (before the first point) counts too;
* cited points exist, carry the stated case number and are open;
* closed_point questions name a point that really is "Lukket";
* counts: 56 questions, 38 answerable / 18 unanswerable.
Exit status 1 on any failure.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
CORPUS = os.path.join(ROOT, "corpus")
HEAD = re.compile(r"^#*\s*(?:\*\*)?Punkt (\d+): (.+?)(?:\*\*)?$")


def load():
    meetings = {}
    for fn in sorted(os.listdir(CORPUS)):
        text = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
        m = re.search(r"REFERAT Direktionen d\. (\d\d)-(\d\d)-(\d{4})", text)
        date = "%s-%s-%s" % (m.group(3), m.group(2), m.group(1))
        lines = text.split("\n")
        points, header, cur = {}, [], None
        for ln in lines:
            h = HEAD.match(ln.strip())
            if h:
                cur = int(h.group(1))
                points[cur] = {"title": h.group(2), "lines": [ln]}
                continue
            (points[cur]["lines"] if cur else header).append(ln)
        for p in points.values():
            body = [x for x in p["lines"][1:] if x.strip()]
            p["case"] = body[0].strip() if body else None
            p["text"] = "\n".join(p["lines"])
            p["closed"] = p["title"].strip() == "Lukket"
        meetings[date] = {"header": "\n".join(header), "points": points, "all": text}
    return meetings


def main():
    M = load()
    qs = [json.loads(l) for l in open(os.path.join(HERE, "blind56.jsonl"), encoding="utf-8")]
    err = []
    keys = ["id", "lang", "question", "meeting_date", "punkt", "case_number", "answer_facts", "kind",
            "reason", "also"]
    for q in qs:
        i = q["id"]
        if list(q) != keys:
            err.append("%s: keys %s" % (i, list(q)))
        if q["kind"] == "unanswerable":
            if q["answer_facts"]:
                err.append("%s: unanswerable with facts" % i)
            if q["reason"] not in ("other_year", "neighbour_topic", "closed_point", "other_board", "absent_fact"):
                err.append("%s: bad reason" % i)
            if q["reason"] == "closed_point":
                p = M[q["meeting_date"]]["points"][q["punkt"]]
                if not p["closed"] or p["case"] != q["case_number"]:
                    err.append("%s: closed_point target not closed/case mismatch" % i)
            continue
        if q["reason"] is not None or not (1 <= len(q["answer_facts"]) <= 3):
            err.append("%s: reason/facts count" % i)
        m = M[q["meeting_date"]]
        texts = []
        if q["punkt"] is None:
            texts.append(m["header"])
        else:
            p = m["points"][q["punkt"]]
            if p["closed"]:
                err.append("%s: cites a closed point" % i)
            if p["case"] != q["case_number"]:
                err.append("%s: case %r != %r" % (i, q["case_number"], p["case"]))
            texts.append(p["text"])
        for a in q["also"]:
            texts.append(M[a["meeting_date"]]["points"][a["punkt"]]["text"])
        if q["kind"] == "multi" and not q["also"]:
            err.append("%s: multi without also" % i)
        for f in q["answer_facts"]:
            if not any(f in t for t in texts):
                err.append("%s: fact not verbatim in cited point(s): %r" % (i, f))
    n_ans = sum(q["kind"] != "unanswerable" for q in qs)
    langs = {l: sum(q["lang"] == l for q in qs) for l in ("da", "en")}
    print("%d questions, %d answerable, %d unanswerable, da=%d en=%d"
          % (len(qs), n_ans, len(qs) - n_ans, langs["da"], langs["en"]))
    if len(qs) != 56 or n_ans != 38:
        err.append("counts")
    if len({q["id"] for q in qs}) != len(qs):
        err.append("duplicate ids")
    for e in err:
        print("FAIL", e)
    sys.exit(1 if err else 0)


if __name__ == "__main__":
    main()
