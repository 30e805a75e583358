#!/usr/bin/env python3
"""Check blind67.jsonl against the five minutes in corpus/.

* every line has exactly the fields of the earlier blind sets, ids b67-01.. in order;
* answerable: meeting_date names a meeting in corpus/; each answer_fact occurs verbatim in the
  text of the cited point (heading up to the next 'Punkt N:' heading) or, for a multi question,
  in the cited point or one of the 'also' points (each of which must hold at least one fact);
  with punkt null (attendance/overview) the fact must occur in the meeting (attendance: in the
  header before the first point); case_number, when given, is the cited point's case number;
  cited points are never closed ones;
* unanswerable: no facts, no meeting/punkt/case, a known reason; a closed_point question that
  names a case number names one that only closed points carry;
* counts: 56 questions, 38 answerable / 18 unanswerable, 18-26 in English; every kind and every
  unanswerable reason occurs at least once;
* no question text is repeated, and (when blind64.jsonl lies beside this file) no question or
  answerable (point, fact set) pair is copied from it.
Exit status 1 on any failure.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")
PREFIX = "b67"
KEYS = ["id", "lang", "question", "meeting_date", "punkt", "case_number", "answer_facts", "kind",
        "reason", "also"]
KINDS = {"decision", "fact", "who", "when", "list", "attendance", "overview", "case_status",
         "point_lookup", "multi", "free", "unanswerable"}
REASONS = {"other_year", "neighbour_topic", "closed_point", "other_board", "absent_fact"}
HEAD = re.compile(r"^#*\s*(?:\*\*)?Punkt (\d+): (.+?)(?:\*\*)?\s*$")
CASE = re.compile(r"\b\d{2}/\d{3,5}\b")


def load():
    meetings = {}
    for fn in sorted(os.listdir(CORPUS)):
        text = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
        m = re.search(r"REFERAT Direktionen d\. (\d\d)-(\d\d)-(\d{4})", text)
        if not m:
            continue
        date = "%s-%s-%s" % (m.group(3), m.group(2), m.group(1))
        lines = text.split("\n")
        heads = [(i, int(HEAD.match(ln).group(1))) for i, ln in enumerate(lines) if HEAD.match(ln)]
        points = {}
        for k, (i, n) in enumerate(heads):
            j = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
            body = "\n".join(lines[i:j])
            case = next((ln.strip() for ln in lines[i + 1:j] if ln.strip()), None)
            title = HEAD.match(lines[i]).group(2).strip("* ")
            points[n] = {"text": body, "case": case, "closed": title == "Lukket"}
        meetings[date] = {"text": text, "header": "\n".join(lines[:heads[0][0]]), "points": points}
    return meetings


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "blind67.jsonl")
    meetings = load()
    rows = [json.loads(ln) for ln in open(path, encoding="utf-8") if ln.strip()]
    err = []
    closed_cases = {p["case"] for mt in meetings.values() for p in mt["points"].values() if p["closed"]}
    open_cases = {p["case"] for mt in meetings.values() for p in mt["points"].values() if not p["closed"]}
    for k, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            err.append("%s: keys %r" % (rid, list(r.keys())))
            continue
        if rid != "%s-%02d" % (PREFIX, k):
            err.append("%s: id out of order" % rid)
        if r["lang"] not in ("da", "en"):
            err.append("%s: lang" % rid)
        if not isinstance(r["question"], str) or len(r["question"].strip()) < 8:
            err.append("%s: question too short" % rid)
        if r["kind"] not in KINDS:
            err.append("%s: kind %r" % (rid, r["kind"]))
        if r["kind"] == "unanswerable":
            if (r["answer_facts"] or r["reason"] not in REASONS or r["also"]
                    or r["meeting_date"] is not None or r["punkt"] is not None or r["case_number"] is not None):
                err.append("%s: bad unanswerable row" % rid)
            if r["reason"] == "closed_point":
                for c in CASE.findall(r["question"]):
                    if c not in closed_cases or c in open_cases:
                        err.append("%s: case %s is not a closed-only case" % (rid, c))
            continue
        if r["reason"] is not None:
            err.append("%s: reason on answerable" % rid)
        mt = meetings.get(r["meeting_date"])
        if not mt:
            err.append("%s: no meeting %r" % (rid, r["meeting_date"]))
            continue
        if not 1 <= len(r["answer_facts"]) <= 3:
            err.append("%s: %d facts" % (rid, len(r["answer_facts"])))
        if any(not isinstance(f, str) or len(f) < 2 for f in r["answer_facts"]):
            err.append("%s: empty fact" % rid)
        if r["punkt"] is None:
            if r["kind"] not in ("attendance", "overview", "fact"):
                err.append("%s: punkt null for kind %s" % (rid, r["kind"]))
            hay = [mt["header"] if r["kind"] == "attendance" else mt["text"]]
            if r["case_number"] is not None:
                err.append("%s: case_number without punkt" % rid)
            if r["also"]:
                err.append("%s: also without punkt" % rid)
        else:
            pt = mt["points"].get(r["punkt"])
            if not pt or pt["closed"]:
                err.append("%s: punkt %r missing or closed" % (rid, r["punkt"]))
                continue
            if r["case_number"] is not None and r["case_number"] != pt["case"]:
                err.append("%s: case %r != %r" % (rid, r["case_number"], pt["case"]))
            hay = [pt["text"]]
            for a in r["also"]:
                p2 = meetings.get(a["meeting_date"], {"points": {}})["points"].get(a["punkt"])
                if not p2 or p2["closed"]:
                    err.append("%s: also %r missing or closed" % (rid, a))
                else:
                    hay.append(p2["text"])
        if (r["kind"] == "multi") != bool(r["also"]):
            err.append("%s: 'also' must be given exactly for multi questions" % rid)
        for f in r["answer_facts"]:
            if not any(f in h for h in hay):
                err.append("%s: fact not verbatim in cited text: %r" % (rid, f))
        if r["kind"] == "multi":
            for h in hay:
                if not any(f in h for f in r["answer_facts"]):
                    err.append("%s: a cited point of the multi question holds no fact" % rid)
    ans = [r for r in rows if r.get("kind") != "unanswerable"]
    n_en = sum(r.get("lang") == "en" for r in rows)
    kinds = collections.Counter(r.get("kind") for r in rows)
    reasons = collections.Counter(r.get("reason") for r in rows if r.get("reason"))
    print("questions %d, answerable %d, unanswerable %d, da %d, en %d"
          % (len(rows), len(ans), len(rows) - len(ans), len(rows) - n_en, n_en))
    if (len(rows), len(ans)) != (56, 38):
        err.append("counts off")
    if not 18 <= n_en <= 26:
        err.append("English count %d outside 18-26" % n_en)
    for kd in KINDS:
        if not kinds[kd]:
            err.append("kind %s never used" % kd)
    for rs in REASONS:
        if not reasons[rs]:
            err.append("reason %s never used" % rs)
    qs = [r.get("question", "").strip().lower() for r in rows]
    for q, c in collections.Counter(qs).items():
        if c > 1:
            err.append("question repeated: %r" % q)
    prev = os.path.join(HERE, "blind64.jsonl")
    if os.path.exists(prev):
        old = [json.loads(ln) for ln in open(prev, encoding="utf-8") if ln.strip()]
        oldq = {r["question"].strip().lower() for r in old}
        oldf = {(r["meeting_date"], r["punkt"], tuple(sorted(r["answer_facts"]))) for r in old if r["answer_facts"]}
        for r in rows:
            if r.get("question", "").strip().lower() in oldq:
                err.append("%s: question copied from blind64" % r.get("id"))
            if r.get("answer_facts") and (r["meeting_date"], r["punkt"], tuple(sorted(r["answer_facts"]))) in oldf:
                err.append("%s: same point and facts as a blind64 question" % r.get("id"))
    for e in err:
        print("  " + e)
    sys.exit(1 if err else 0)


if __name__ == "__main__":
    main()
