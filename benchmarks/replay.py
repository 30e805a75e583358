"""Replay question files through the answer path and compare with an earlier replay.

Every change to the answerer is checked on the questions it may be tuned on (spent blind files,
training files, generated negatives) before it lands: this runs them all once against one index,
writes each question's outcome (refused, first citation, facts found, answer length) to JSON, and
with ``--compare`` lists the questions whose outcome changed and the totals before and after.

    python benchmarks/replay.py FILE.jsonl [FILE.jsonl ...] --data-dir DIR --out NEW.json \
        [--compare OLD.json]

Never pass an unspent blind file: it is measured once, with ``referat eval``, at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from api.evaluate import evaluate, fact_found, load_questions  # noqa: E402
from api.service import ReferatService  # noqa: E402
from indexer.config import get_settings  # noqa: E402


def replay(service: ReferatService, files: list[Path]) -> dict[str, dict[str, Any]]:
    """Each question's outcome, keyed by ``file:id``."""
    out: dict[str, dict[str, Any]] = {}
    for path in files:
        report = evaluate(service, load_questions(path), k=5)
        for o in report.outcomes:
            q = o.question
            gold = q.gold
            first = o.first_citation
            out[f"{path.stem}:{q.id}"] = {
                "question": q.question,
                "answerable": q.answerable,
                "refused": o.refused,
                # A question about a meeting as a whole is cited right by any of its points.
                "cited_ok": bool(first and (first == gold if gold else q.meeting_date == first[0])),
                "first": [first[0].isoformat(), first[1]] if first else None,
                "facts": [fact_found(f, o.answer or "") and not o.refused for f in q.answer_facts],
                "chars": len(o.answer or ""),
                "answer": o.answer or "",
            }
    return out


def totals(results: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Per file: answerable refused, unanswerable answered, wrong citations, fact recall."""
    by_file: dict[str, list[dict[str, Any]]] = {}
    for key, r in results.items():
        by_file.setdefault(key.split(":", 1)[0], []).append(r)
    table: dict[str, dict[str, float]] = {}
    for name, rows in sorted(by_file.items()):
        answerable = [r for r in rows if r["answerable"]]
        facts = [f for r in answerable for f in r["facts"]]
        lengths = sorted(r["chars"] for r in answerable if not r["refused"])
        table[name] = {
            "n": len(rows),
            "refused_answerable": sum(r["refused"] for r in answerable),
            "answered_unanswerable": sum(not r["refused"] for r in rows if not r["answerable"]),
            "wrong_citation": sum(
                not r["cited_ok"] and not r["refused"] for r in answerable if r["first"] is not None
            ),
            "fact_recall": round(sum(facts) / len(facts), 4) if facts else 0.0,
            "median_chars": lengths[len(lengths) // 2] if lengths else 0,
        }
    return table


def _print_table(new: dict[str, dict[str, float]], old: dict[str, dict[str, float]]) -> None:
    cols = ["n", "refused_answerable", "answered_unanswerable", "wrong_citation", "fact_recall"]
    cols.append("median_chars")
    print(f"{'file':<22}" + "".join(f"{c[:18]:>20}" for c in cols))
    for name, row in new.items():
        cells = []
        for c in cols:
            before = old.get(name, {}).get(c)
            cell = f"{row[c]}" if before is None or before == row[c] else f"{before}→{row[c]}"
            cells.append(f"{cell:>20}")
        print(f"{name:<22}" + "".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--compare", type=Path, help="an earlier replay's JSON")
    args = parser.parse_args()

    settings = get_settings().model_copy(update={"data_dir": args.data_dir})
    service = ReferatService.from_settings(settings)
    service.retriever.store.ensure_ready()
    results = replay(service, args.files)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")

    old: dict[str, dict[str, Any]] = {}
    if args.compare:
        old = json.loads(args.compare.read_text(encoding="utf-8"))
        for key in sorted(set(results) & set(old)):
            a, b = old[key], results[key]
            if (a["refused"], a["cited_ok"], a["facts"]) != (
                b["refused"],
                b["cited_ok"],
                b["facts"],
            ):
                print(
                    f"{key}: refused {a['refused']}→{b['refused']} cited {a['cited_ok']}→"
                    f"{b['cited_ok']} facts {sum(a['facts'])}→{sum(b['facts'])}  {b['question']}"
                )
    _print_table(totals(results), totals(old) if old else {})


if __name__ == "__main__":
    main()
