#!/usr/bin/env python3
"""Check blind61.jsonl against the five Direktionen minutes in corpus/.

* every record has exactly the fields of blind58.jsonl, ids b61-01..b61-56 in order;
* 38 answerable + 18 unanswerable;
* an answerable record cites a meeting in the archive; with a punkt, the point exists,
  its case number equals case_number, and it is not a closed ("Lukket") point;
* every answer_fact occurs verbatim in the cited point's text (from its "Punkt N:" heading
  to the next heading); for a multi/overview record the also-points count too; a record
  without punkt is checked against the meeting header (attendance/free) or the whole
  meeting (overview);
* an unanswerable record has no facts, a known reason and null date/punkt/case;
* a few words that unanswerable questions hinge on do not occur anywhere in the corpus,
  and the archive holds no meeting in the years the other_year questions ask about.
Exit status 1 on any failure.
"""
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
HEAD = re.compile(r"^#*\s*(?:\*\*)?Punkt (\d+): (.+?)(?:\*\*)?\s*$")
ABSENT = ["kunstig intelligens", "chatbot", "Nordea", "senior", "APV", "sygefraværsprocent", "hjemsend",
          "Social- og Sundhedsudvalget besluttede", "dagstakst", "døgntakst"]
MISSING_YEARS = ["2016", "2018", "2019", "2020"]


def corpus_dir():
    for c in (os.path.join(HERE, "..", "..", "..", "corpus"),
              os.path.join(HERE, "..", "..", "..", "..", "shared", "corpus")):
        if os.path.isdir(c):
            return c
    sys.exit("corpus/ not found")


def load():
    meetings = {}
    d = corpus_dir()
    for f in sorted(os.listdir(d)):
        if not f.endswith((".txt", ".md")) or f.startswith("STRUCTURE"):
            continue
        text = open(os.path.join(d, f), encoding="utf-8").read()
        m = re.search(r"REFERAT Direktionen d\. (\d\d)-(\d\d)-(\d{4})", text)
        date = "%s-%s-%s" % (m.group(3), m.group(2), m.group(1))
        lines = text.split("\n")
        heads = [(i, int(h.group(1)), h.group(2)) for i, ln in enumerate(lines)
                 for h in [HEAD.match(ln)] if h]
        points = {}
        for k, (i, n, title) in enumerate(heads):
            end = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
            body = lines[i:end]
            case = next((ln.strip() for ln in body[1:] if ln.strip()), None)
            points[n] = {"title": title, "case": case, "text": "\n".join(body),
                         "closed": title.strip() == "Lukket"}
        meetings[date] = {"header": "\n".join(lines[:heads[0][0]]), "text": text, "points": points}
    return meetings


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "blind61.jsonl")
    meetings = load()
    errs = []
    recs = [json.loads(ln) for ln in open(path, encoding="utf-8") if ln.strip()]
    for i, r in enumerate(recs, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            errs.append("%s: fields %s" % (rid, list(r.keys())))
        if rid != "b61-%02d" % i:
            errs.append("%s: id out of order" % rid)
        if r["lang"] not in ("da", "en") or r["kind"] not in KINDS:
            errs.append("%s: bad lang/kind" % rid)
        if r["kind"] == "unanswerable":
            if r["answer_facts"] or r["reason"] not in REASONS or r["also"] \
                    or r["meeting_date"] or r["punkt"] is not None or r["case_number"]:
                errs.append("%s: bad unanswerable record" % rid)
            continue
        if r["reason"] is not None or not 1 <= len(r["answer_facts"]) <= 3:
            errs.append("%s: reason must be null and 1-3 facts" % rid)
        m = meetings.get(r["meeting_date"])
        if not m:
            errs.append("%s: meeting %s not in archive" % (rid, r["meeting_date"]))
            continue
        if r["punkt"] is None:
            scope = m["text"] if r["kind"] == "overview" else m["header"]
            if r["case_number"] is not None:
                errs.append("%s: case_number without punkt" % rid)
        else:
            p = m["points"].get(r["punkt"])
            if not p:
                errs.append("%s: no punkt %s" % (rid, r["punkt"]))
                continue
            if p["closed"]:
                errs.append("%s: cites a closed point" % rid)
            if p["case"] != r["case_number"]:
                errs.append("%s: case %r != %r" % (rid, r["case_number"], p["case"]))
            scope = p["text"]
        extra = ""
        for a in r["also"]:
            am = meetings.get(a["meeting_date"])
            ap = am and am["points"].get(a["punkt"])
            if not ap or ap["closed"]:
                errs.append("%s: bad also %s" % (rid, a))
            else:
                extra += "\n" + ap["text"]
        if r["kind"] == "multi" and not r["also"]:
            errs.append("%s: multi without also" % rid)
        for fct in r["answer_facts"]:
            if fct not in scope + extra:
                errs.append("%s: fact not verbatim in cited text: %r" % (rid, fct))
    n_ans = sum(r["kind"] != "unanswerable" for r in recs)
    if (len(recs), n_ans) != (56, 38):
        errs.append("counts: %d records, %d answerable" % (len(recs), n_ans))
    allt = "\n".join(m["text"] for m in meetings.values())
    for w in ABSENT:
        if w.lower() in allt.lower():
            errs.append("term %r occurs in the corpus" % w)
    for y in MISSING_YEARS:
        if any(d.startswith(y) for d in meetings):
            errs.append("archive has a meeting in %s" % y)
    langs = {l: sum(r["lang"] == l for r in recs) for l in ("da", "en")}
    print("%d records, %d answerable, %d unanswerable, %s" % (len(recs), n_ans, len(recs) - n_ans, langs))
    if errs:
        print("FAILED:\n  " + "\n  ".join(errs))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
