#!/usr/bin/env python3
"""Check blind66.jsonl against the five minutes in corpus/.

* every line has exactly the fields of the earlier blind sets, ids b66-01.. in order;
* answerable: meeting_date names a meeting in corpus/; each answer_fact occurs verbatim in the
  text of the cited point (heading up to the next 'Punkt N:' heading) or, for a multi question,
  in the cited point or one of the 'also' points; with punkt null (attendance/overview) the fact
  must occur in the meeting (attendance: in the header before the first point);
  case_number, when given, is the cited point's case number;
* unanswerable: no facts, a known reason;
* counts: 56 questions, 38 answerable / 18 unanswerable, 20-24 in English;
* every answerable kind and every unanswerable reason occurs; question texts are unique
  and none repeats a question of blind64.jsonl.
Exit status 1 on any failure.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")
KEYS = ["id", "lang", "question", "meeting_date", "punkt", "case_number", "answer_facts", "kind",
        "reason", "also"]
KINDS = {"decision", "fact", "who", "when", "list", "attendance", "overview", "case_status",
         "point_lookup", "multi", "free", "unanswerable"}
REASONS = {"other_year", "neighbour_topic", "closed_point", "other_board", "absent_fact"}
HEAD = re.compile(r"^#*\s*(?:\*\*)?Punkt (\d+): (.+?)(?:\*\*)?\s*$")


def load():
    meetings = {}
    for fn in sorted(os.listdir(CORPUS)):
        text = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
        m = re.search(r"REFERAT Direktionen d\. (\d\d)-(\d\d)-(\d{4})", text)
        date = "%s-%s-%s" % (m.group(3), m.group(2), m.group(1))
        lines = text.split("\n")
        heads = [(i, int(HEAD.match(ln).group(1))) for i, ln in enumerate(lines) if HEAD.match(ln)]
        points = {}
        for k, (i, n) in enumerate(heads):
            j = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
            body = "\n".join(lines[i:j])
            case = next((ln.strip() for ln in lines[i + 1:j] if ln.strip()), None)
            points[n] = {"text": body, "case": case, "closed": HEAD.match(lines[i]).group(2).strip("* ") == "Lukket"}
        meetings[date] = {"text": text, "header": "\n".join(lines[:heads[0][0]]), "points": points}
    return meetings


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "blind66.jsonl")
    meetings = load()
    rows = [json.loads(ln) for ln in open(path, encoding="utf-8") if ln.strip()]
    err = []
    for k, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            err.append("%s: keys %r" % (rid, list(r.keys())))
        if rid != "b66-%02d" % k:
            err.append("%s: id out of order" % rid)
        if r["lang"] not in ("da", "en"):
            err.append("%s: lang" % rid)
        if r["kind"] not in KINDS:
            err.append("%s: kind %r" % (rid, r["kind"]))
        if r["kind"] == "unanswerable":
            if r["answer_facts"] or r["reason"] not in REASONS or r["also"]:
                err.append("%s: bad unanswerable row" % rid)
            continue
        if r["reason"] is not None:
            err.append("%s: reason on answerable" % rid)
        mt = meetings.get(r["meeting_date"])
        if not mt:
            err.append("%s: no meeting %r" % (rid, r["meeting_date"]))
            continue
        if not 1 <= len(r["answer_facts"]) <= 3:
            err.append("%s: %d facts" % (rid, len(r["answer_facts"])))
        if r["punkt"] is None:
            hay = [mt["header"] if r["kind"] == "attendance" else mt["text"]]
            if r["case_number"] is not None:
                err.append("%s: case_number without punkt" % rid)
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
        if r["kind"] == "multi" and not r["also"]:
            err.append("%s: multi without also" % rid)
        for f in r["answer_facts"]:
            if not any(f in h for h in hay):
                err.append("%s: fact not verbatim in cited text: %r" % (rid, f))
        if r["kind"] == "multi":
            # each cited point must contribute at least one fact
            for h in hay:
                if not any(f in h for f in r["answer_facts"]):
                    err.append("%s: a cited point of the multi question holds no fact" % rid)
    ans = [r for r in rows if r["kind"] != "unanswerable"]
    print("questions %d, answerable %d, unanswerable %d, da %d, en %d"
          % (len(rows), len(ans), len(rows) - len(ans), sum(r["lang"] == "da" for r in rows),
             sum(r["lang"] == "en" for r in rows)))
    if (len(rows), len(ans)) != (56, 38):
        err.append("counts off")
    n_en = sum(r["lang"] == "en" for r in rows)
    if not 20 <= n_en <= 24:
        err.append("English count %d not in 20..24" % n_en)
    missing = (KINDS - {"unanswerable"}) - {r["kind"] for r in ans}
    if missing:
        err.append("kinds not covered: %s" % sorted(missing))
    missing = REASONS - {r["reason"] for r in rows if r["kind"] == "unanswerable"}
    if missing:
        err.append("reasons not covered: %s" % sorted(missing))
    qs = [r["question"].strip().lower() for r in rows]
    if len(set(qs)) != len(qs):
        err.append("duplicate question texts")
    old = os.path.join(HERE, "blind64.jsonl")
    if os.path.exists(old):
        seen = {json.loads(ln)["question"].strip().lower() for ln in open(old, encoding="utf-8") if ln.strip()}
        for r in rows:
            if r["question"].strip().lower() in seen:
                err.append("%s: repeats a blind64 question" % r["id"])
    for e in err:
        print("  " + e)
    sys.exit(1 if err else 0)


if __name__ == "__main__":
    main()
