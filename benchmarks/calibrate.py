"""Calibrate the answer rule's coverage threshold by k-fold cross-validation.

Every question of the given files (hand-written ones and generated negatives, see
``referat negatives``) runs once through analysis, retrieval and the evidence check; what the
threshold decides is then replayed without the model. For each of k folds the threshold is chosen
on the other folds (best refusal accuracy, ties to the middle of the best range) and measured on
the held-out fold: the held-out figures, not the training fit, are what the README reports.

    python benchmarks/calibrate.py FILE.jsonl [FILE.jsonl ...] --data-dir DIR [--folds 5]

Never pass a blind file: it is measured once, at the end, not tuned on.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from api.answering.structural import answer_structurally  # noqa: E402
from api.evaluate import Question, load_questions  # noqa: E402
from api.retrieval.analysis import analyze_question  # noqa: E402
from api.service import ReferatService  # noqa: E402
from indexer.config import Settings  # noqa: E402

GRID = [round(0.05 * i, 2) for i in range(0, 21)]


@dataclass(frozen=True)
class Case:
    """One question's replayable signals."""

    question: Question
    fixed: bool | None  # a structural answer's refusal (None: decided by the threshold)
    rule_refuses: bool  # the retrieval-signal rule refuses regardless of the threshold
    best_coverage: float  # best coverage among retrieved points whose constraints hold

    def refused(self, threshold: float) -> bool:
        if self.fixed is not None:
            return self.fixed
        return self.rule_refuses or self.best_coverage < threshold


def collect(service: ReferatService, questions: list[Question]) -> list[Case]:
    cases = []
    answerer = service.answerer
    for q in questions:
        analysis = analyze_question(q.question)
        result = service.retriever.search(q.question, k=10, analysis=analysis)
        snapshot = service.retriever.snapshot()
        structural = answer_structurally(analysis, snapshot)
        if structural is not None:
            cases.append(Case(q, structural.refused, False, 0.0))
            continue
        checked = answerer.check(analysis, result, snapshot)
        holding = [c.evidence.coverage for c in checked if c.evidence.holds]
        about_meeting = analysis.wants("attendance") or analysis.wants("who")
        rule = answerer.rule.refuse(result, analysis.language, about_meeting)
        cases.append(Case(q, None, rule, max(holding, default=-1.0)))
    return cases


def accuracy(cases: list[Case], threshold: float) -> float:
    right = sum(c.refused(threshold) == (not c.question.answerable) for c in cases)
    return right / len(cases) if cases else 0.0


def balanced(cases: list[Case], threshold: float) -> float:
    """Mean of the answerable and the unanswerable share handled right: generated negatives
    outnumber the answerable questions, and must not buy refusals of answerable ones cheaply."""
    groups = [
        [c for c in cases if c.question.answerable],
        [c for c in cases if not c.question.answerable],
    ]
    return statistics.mean(accuracy(g, threshold) for g in groups if g)


def choose(cases: list[Case]) -> float:
    scores = [(balanced(cases, t), t) for t in GRID]
    best = max(s for s, _ in scores)
    tied = [t for s, t in scores if s == best]
    return tied[len(tied) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--cache", type=Path, help="keep the collected signals here and replay them if present"
    )
    args = parser.parse_args()
    if any("blind" in f.name for f in args.files):
        parser.error("the blind file is measured once at the end, never calibrated on")
    questions = [q for f in args.files for q in load_questions(f)]
    if args.cache and args.cache.exists():
        saved = json.loads(args.cache.read_text(encoding="utf-8"))
        by_id = {q.id: q for q in questions}
        cases = [Case(by_id[d["id"]], d["fixed"], d["rule"], d["coverage"]) for d in saved]
    else:
        service = ReferatService.from_settings(Settings(_env_file=None, data_dir=args.data_dir))
        cases = collect(service, questions)
        if args.cache:
            rows_out = [
                {
                    "id": c.question.id,
                    "fixed": c.fixed,
                    "rule": c.rule_refuses,
                    "coverage": c.best_coverage,
                }
                for c in cases
            ]
            args.cache.write_text(json.dumps(rows_out), encoding="utf-8")
    random.Random(args.seed).shuffle(cases)
    folds = [cases[i :: args.folds] for i in range(args.folds)]
    rows = []
    for i, held in enumerate(folds):
        train = [c for j, f in enumerate(folds) if j != i for c in f]
        t = choose(train)
        answerable = [c for c in held if c.question.answerable]
        unanswerable = [c for c in held if not c.question.answerable]
        rows.append(
            {
                "fold": i + 1,
                "threshold": t,
                "train_balanced": round(balanced(train, t), 4),
                "heldout_accuracy": round(accuracy(held, t), 4),
                "heldout_balanced": round(balanced(held, t), 4),
                "heldout_answerable_refused": sum(c.refused(t) for c in answerable),
                "heldout_answerable": len(answerable),
                "heldout_unanswerable_answered": sum(not c.refused(t) for c in unanswerable),
                "heldout_unanswerable": len(unanswerable),
            }
        )
    overall = choose(cases)
    report = {
        "questions": len(cases),
        "folds": rows,
        "heldout_accuracy_mean": round(statistics.mean(r["heldout_accuracy"] for r in rows), 4),
        "heldout_balanced_mean": round(statistics.mean(r["heldout_balanced"] for r in rows), 4),
        "threshold_all_data": overall,
        "accuracy_all_data": round(accuracy(cases, overall), 4),
        "by_threshold": {
            t: {"accuracy": round(accuracy(cases, t), 4), "balanced": round(balanced(cases, t), 4)}
            for t in GRID
        },
    }
    print(json.dumps(report, indent=2))  # noqa: T201 - a script's output


if __name__ == "__main__":
    main()
