"""The evaluation harness: retrieval and answer metrics over a JSONL file of questions.

Format and metrics as in the evaluation README: hit@1, hit@5, MRR (agenda points, duplicates
collapsed), citation accuracy (first citation is the gold point), fact recall (answer facts found
in the answer, case-insensitive, white space folded, dates also as DD-MM-YYYY), refusal accuracy,
with per-kind and per-language breakdowns.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from api.retrieval.analysis import analyze_question
from api.service import ReferatService

# Kinds that label a question the archive cannot answer: "unanswerable", or the reason itself
# (a question writer may label a question by why it cannot be answered).
UNANSWERABLE_KINDS = frozenset(
    {"unanswerable", "closed_point", "closed", "other_year", "other_topic", "neighbour_topic",
     "neighbouring_topic", "not_in_minutes", "other_board", "out_of_range"}
)  # fmt: skip


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    lang: str
    kind: str
    meeting_date: date | None
    punkt: int | None
    answer_facts: tuple[str, ...] = ()
    also: tuple[tuple[date, int | None], ...] = ()
    # For unanswerable questions: why the archive cannot answer (other_year, other_topic, closed,
    # other_board, out_of_range), when the file says.
    reason: str = ""

    @property
    def answerable(self) -> bool:
        # A file may name the closed point an unanswerable question asks for (its date and
        # punkt) and label it unanswerable by its kind ("closed_point") or by its reason (kind
        # "decision", reason "closed_point"): either label decides. A free-text reason
        # ("decision: smaller model") explains an answerable question and decides nothing.
        return (
            self.meeting_date is not None
            and self.kind not in UNANSWERABLE_KINDS
            and self.reason not in UNANSWERABLE_KINDS
        )

    @property
    def gold(self) -> tuple[date, int] | None:
        if self.meeting_date is None or self.punkt is None:
            return None
        return (self.meeting_date, self.punkt)


def load_questions(path: Path) -> list[Question]:
    """Read a JSONL evaluation file; a malformed line raises ValueError naming the line."""
    out: list[Question] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            out.append(
                Question(
                    id=str(d.get("id", number)),
                    question=str(d["question"]),
                    lang=str(d.get("lang", "da")),
                    kind=str(d.get("kind", "")),
                    meeting_date=date.fromisoformat(d["meeting_date"])
                    if d.get("meeting_date")
                    else None,
                    punkt=int(d["punkt"]) if d.get("punkt") is not None else None,
                    answer_facts=tuple(str(f) for f in d.get("answer_facts") or ()),
                    reason=str(d.get("reason") or ""),
                    also=tuple(
                        (
                            date.fromisoformat(a["meeting_date"]),
                            int(a["punkt"]) if a.get("punkt") is not None else None,
                        )
                        for a in d.get("also") or ()
                    ),
                )
            )
        except (KeyError, ValueError, TypeError) as e:
            raise ValueError(f"{path}:{number}: not an evaluation question ({e})") from e
    return out


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _date_variants(fact: str) -> list[str]:
    variants = [fact]
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", fact.strip())
    if m:
        variants.append(f"{m.group(3)}-{m.group(2)}-{m.group(1)}")
    return variants


def fact_found(fact: str, answer: str) -> bool:
    folded = _fold(answer)
    return any(_fold(v) in folded for v in _date_variants(fact))


@dataclass
class Outcome:
    question: Question
    ranked: list[tuple[date, int]]
    refused: bool
    first_citation: tuple[date, int | None] | None
    answer: str | None

    @property
    def rank(self) -> int | None:
        gold = self.question.gold
        if gold is None:
            return None
        return self.ranked.index(gold) + 1 if gold in self.ranked else None


@dataclass
class Report:
    metrics: dict[str, Any]
    by_kind: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_lang: dict[str, dict[str, Any]] = field(default_factory=dict)
    # By the intent the system read from the question (api.retrieval.analysis), not the file's kind.
    by_intent: dict[str, dict[str, Any]] = field(default_factory=dict)
    outcomes: list[Outcome] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.metrics,
            "by_kind": self.by_kind,
            "by_lang": self.by_lang,
            "by_intent": self.by_intent,
        }


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def compute_metrics(
    outcomes: Iterable[Outcome], k: int = 5, with_answers: bool = True
) -> dict[str, Any]:
    """The metric object for a set of outcomes (answer metrics None without answers)."""
    outcomes = list(outcomes)
    ranked = [o for o in outcomes if o.question.gold is not None]
    hit1 = [1.0 if o.rank == 1 else 0.0 for o in ranked]
    hitk = [1.0 if o.rank is not None and o.rank <= k else 0.0 for o in ranked]
    rr = [1.0 / o.rank if o.rank else 0.0 for o in ranked]
    metrics: dict[str, Any] = {
        "hit@1": _mean(hit1),
        f"hit@{k}": _mean(hitk),
        "mrr": _mean(rr),
        "citation_accuracy": None,
        "fact_recall": None,
        "refusal_accuracy": None,
        "n": len(outcomes),
    }
    if "hit@5" not in metrics:
        metrics["hit@5"] = metrics[f"hit@{k}"]
    if with_answers:
        cited = [
            1.0
            if o.first_citation is not None
            and o.question.gold is not None
            and o.first_citation == o.question.gold
            else 0.0
            for o in ranked
            # A closed point asked for has a gold point but no answer: its refusal is right.
            if o.question.answerable
        ]
        facts = [
            1.0 if (o.answer and not o.refused and fact_found(f, o.answer)) else 0.0
            for o in outcomes
            if o.question.answerable
            for f in o.question.answer_facts
        ]
        refusals = [1.0 if o.refused == (not o.question.answerable) else 0.0 for o in outcomes]
        metrics["citation_accuracy"] = _mean(cited)
        metrics["fact_recall"] = _mean(facts)
        metrics["refusal_accuracy"] = _mean(refusals)
        # Questions about a meeting as a whole (attendance, overview): the first citation is
        # one of that meeting's.
        whole = [o for o in outcomes if o.question.answerable and o.question.punkt is None]
        metrics["meeting_citation_accuracy"] = _mean(
            [
                1.0
                if o.first_citation is not None and o.first_citation[0] == o.question.meeting_date
                else 0.0
                for o in whole
            ]
        )
        lengths = sorted(
            len(o.answer or "") for o in outcomes if o.question.answerable and not o.refused
        )
        metrics["answer_chars_median"] = _percentile(lengths, 0.5)
        metrics["answer_chars_p90"] = _percentile(lengths, 0.9)
        wrong_refused = [o.question.id for o in outcomes if o.question.answerable and o.refused]
        wrong_answered = [
            o.question.id for o in outcomes if not o.question.answerable and not o.refused
        ]
        metrics["answerable_refused"] = len(wrong_refused)
        metrics["unanswerable_answered"] = len(wrong_answered)
        metrics["unanswerable_refused_share"] = _mean(
            [1.0 if o.refused else 0.0 for o in outcomes if not o.question.answerable]
        )
    return metrics


def _percentile(values: Sequence[int], q: float) -> int | None:
    """The nearest-rank percentile of sorted values (None for none)."""
    if not values:
        return None
    return values[min(len(values) - 1, max(0, math.ceil(q * len(values)) - 1))]


def evaluate(
    service: ReferatService, questions: Sequence[Question], k: int = 5, with_answers: bool = True
) -> Report:
    """Run every question through retrieval (and the answer path) once.

    Args:
        service: the loaded service.
        questions: the evaluation questions.
        k: depth for hit@k.
        with_answers: also run the answer path and report the answer metrics.

    Returns:
        The report with overall metrics, per-kind and per-language breakdowns.
    """
    outcomes: list[Outcome] = []
    depth = max(k, 10)
    for q in questions:
        if with_answers:
            response = service.ask(q.question, top_k=depth)
            ranked = [(p.meeting_date, p.punkt) for p in response.retrieval]
            first = response.citations[0] if response.citations else None
            outcomes.append(
                Outcome(
                    question=q,
                    ranked=_dedupe(ranked),
                    refused=response.refused,
                    first_citation=(first.meeting_date, first.punkt) if first else None,
                    answer=response.answer,
                )
            )
        else:
            search = service.search(q.question, k=depth)
            ranked = [(p.meeting_date, p.punkt) for p in search.data]
            outcomes.append(Outcome(q, _dedupe(ranked), False, None, None))
    report = Report(metrics=compute_metrics(outcomes, k, with_answers), outcomes=outcomes)
    groups: dict[str, dict[str, list[Outcome]]] = {
        "kind": defaultdict(list),
        "lang": defaultdict(list),
        "intent": defaultdict(list),
    }
    for o in outcomes:
        # Per intent: an unanswerable question counts under its reason when the file gives one.
        kind = o.question.kind
        if kind == "unanswerable" and o.question.reason:
            kind = f"unanswerable:{o.question.reason}"
        groups["kind"][kind].append(o)
        groups["lang"][o.question.lang].append(o)
        groups["intent"][analyze_question(o.question.question).intent].append(o)
    report.by_kind = {
        key: compute_metrics(v, k, with_answers) for key, v in sorted(groups["kind"].items())
    }
    report.by_lang = {
        key: compute_metrics(v, k, with_answers) for key, v in sorted(groups["lang"].items())
    }
    report.by_intent = {
        key: compute_metrics(v, k, with_answers) for key, v in sorted(groups["intent"].items())
    }
    return report


def _dedupe(ranked: Sequence[tuple[date, int]]) -> list[tuple[date, int]]:
    out: list[tuple[date, int]] = []
    for r in ranked:
        if r not in out:
            out.append(r)
    return out


def format_report(report: Report, k: int = 5) -> str:
    """A plain-text table of the metrics, overall and per breakdown."""
    cols = ["hit@1", f"hit@{k}", "mrr", "citation_accuracy", "fact_recall", "refusal_accuracy", "n"]
    head = f"{'':<30}" + "".join(f"{c:>18}" for c in cols)
    rows = [head]

    def row(name: str, m: dict[str, Any]) -> str:
        cells = []
        for c in cols:
            v = m.get(c)
            cells.append(f"{'-' if v is None else v:>18}")
        return f"{name:<30}" + "".join(cells)

    rows.append(row("all", report.metrics))
    rows.extend(row(f"kind={key}", m) for key, m in report.by_kind.items())
    rows.extend(row(f"lang={key}", m) for key, m in report.by_lang.items())
    rows.extend(row(f"intent={key}", m) for key, m in report.by_intent.items())
    m = report.metrics
    if m.get("answer_chars_median") is not None or m.get("answerable_refused") is not None:
        rows.append("")
        rows.append(
            f"answer length (chars): median {m.get('answer_chars_median')}, "
            f"p90 {m.get('answer_chars_p90')}; answerable refused: "
            f"{m.get('answerable_refused')}; unanswerable answered: "
            f"{m.get('unanswerable_answered')}"
        )
    answered = m.get("refusal_accuracy") is not None
    wrong = [o for o in report.outcomes if answered and o.refused == o.question.answerable]
    if wrong:
        rows.append("refusal wrong:")
        for o in wrong:
            verdict = "refused" if o.refused else "answered"
            rows.append(f"  {o.question.id} {verdict} {o.question.question[:70]}")
    misses = [o for o in report.outcomes if o.question.gold and o.rank != 1]
    if misses:
        rows.append("")
        rows.append("not first:")
        for o in misses:
            rows.append(f"  {o.question.id} rank={o.rank} {o.question.question[:70]}")
    return "\n".join(rows)
