"""Cross-validate ``MEANING_FLOOR``: when a word the archive never uses is said in other words.

An answer is refused when its best point, which both rankings put first, lacks a word the
archive never uses ("supermarked" where the minutes write "dagligvarebutik"). The answerer then
asks which point the word alone finds first by meaning, and how closely
(``ExtractiveAnswerer._said_otherwise``); above the floor the point says the word otherwise.
This script collects every such case from question files over one archive and from layout
sets (each its own small archive, indexed on the fly or read from ``--layout-indexes``), marks
it right when the point is the one the question's gold cites, and chooses the floor on k-1
folds, reporting the held-out fold: answerable questions answered, unanswerable ones answered.

    python benchmarks/meaning_floor.py --data-dir DIR --questions FILE.jsonl ... \
        --layouts tests/resources/layouts_train18 ... [--layout-indexes /tmp/lx] [--standout]

With ``--standout`` it chooses ``MEANING_STANDOUT`` instead, at the answerer's floor: how far
the point must stand out from the other points the word finds, where its cosine is below the
floor.

Never pass a blind file that has not been measured: it is measured once, not tuned on.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from api.answering.evidence import topic_weights  # noqa: E402
from api.answering.extractive import MEANING_FLOOR  # noqa: E402
from api.evaluate import load_questions  # noqa: E402
from api.retrieval.analysis import analyze_question  # noqa: E402
from api.service import ReferatService  # noqa: E402
from indexer.config import Settings  # noqa: E402
from indexer.pipeline import index_corpus  # noqa: E402
from indexer.runtime import build_embedder, open_store  # noqa: E402

GRID = [round(0.80 + 0.005 * i, 3) for i in range(0, 21)]
STANDOUT_GRID = [round(2.0 + 0.1 * i, 1) for i in range(0, 31)]
# A wrong answer weighs this many right ones: an answer without evidence is worse than none.
WRONG_COST = 3


@dataclass(frozen=True)
class Case:
    question: str
    right: bool  # the point is the one the gold cites (never, for an unanswerable question)
    found_first: bool  # every such word alone finds the point first by meaning
    score: float  # the lowest of their scores
    standout: float  # the lowest of their standouts (``Nearest.standout``)


def collect(
    service: ReferatService, questions: list[tuple[str, tuple[date, int] | None]]
) -> list[Case]:
    cases: list[Case] = []
    snapshot = service.retriever.snapshot()
    for text, gold in questions:
        analysis = analyze_question(text)
        result = service.retriever.search(text, k=5, analysis=analysis)
        weights = topic_weights(analysis, snapshot.lexical.rarity, snapshot.lexical.idf_known)
        checked = service.answerer.check(analysis, result, snapshot, weights)
        if not checked or any(c.evidence.answers(service.answerer.min_coverage) for c in checked):
            continue
        top = checked[0]
        failed = top.evidence.failed
        key = (top.meeting.meeting_id, top.point.number)
        if (
            not failed
            or not all(f.startswith("unknown ") for f in failed)
            or result.rank_in(result.dense, key) != 1
            or result.rank_in(result.own_words, key) != 1
            or result.nearest_by_meaning is None
        ):
            continue
        found = [result.nearest_by_meaning(f.split(" ", 1)[1]) for f in failed]
        first = all(f is not None and f.key == key for f in found)
        score = min((f.score for f in found if f is not None), default=0.0)
        standout = min((f.standout for f in found if f is not None), default=0.0)
        right = gold == (top.meeting.date, top.point.number)
        cases.append(Case(text, right, first, score, standout))
    return cases


def gain(cases: list[Case], floor: float, standout: float = float("inf")) -> tuple[int, int]:
    """Questions answered at the right point and at a wrong one (or answered at all, when
    unanswerable), at ``floor`` or ``standout``."""
    answered = [c for c in cases if c.found_first and (c.score >= floor or c.standout >= standout)]
    return sum(c.right for c in answered), sum(not c.right for c in answered)


def choose(cases: list[Case]) -> float:
    def value(floor: float) -> tuple[int, float]:
        right, wrong = gain(cases, floor)
        return right - WRONG_COST * wrong, floor  # ties: the stricter floor

    return max(GRID, key=value)


def choose_standout(cases: list[Case], floor: float) -> float:
    def value(standout: float) -> tuple[int, float]:
        right, wrong = gain(cases, floor, standout)
        return right - WRONG_COST * wrong, standout  # ties: the stricter one

    return max(STANDOUT_GRID, key=value)


def _layout_questions(folder: Path) -> list[tuple[str, tuple[date, int] | None]]:
    gold = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return [
        (g["question"], (date.fromisoformat(g["date"]), int(g["cite_punkt"])))
        for g in gold
        if g.get("question")
    ]


def _service(data_dir: Path, corpus_dir: Path | None = None) -> ReferatService:
    settings = Settings(_env_file=None, data_dir=data_dir, corpus_dir=corpus_dir or data_dir)
    service = ReferatService.from_settings(settings)
    service.ensure_store()
    return service


def _layout_service(folder: Path, indexes: Path | None, scratch: Path) -> ReferatService:
    for cached in (indexes / folder.name / "data", indexes / folder.name) if indexes else ():
        if (cached / "chroma").exists() or cached.name == "data" and cached.exists():
            return _service(cached)
    data = scratch / folder.name
    settings = Settings(_env_file=None, data_dir=data, corpus_dir=folder)
    embedder = build_embedder(settings)
    index_corpus([folder], embedder, open_store(settings, embedder))
    return _service(data, folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="the index of --questions")
    parser.add_argument("--questions", nargs="*", type=Path, default=[])
    parser.add_argument("--layouts", nargs="*", type=Path, default=[])
    parser.add_argument("--layout-indexes", type=Path, help="indexes kept as DIR/<set>/data")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--standout",
        action="store_true",
        help="choose MEANING_STANDOUT at the current MEANING_FLOOR instead of the floor",
    )
    args = parser.parse_args()
    cases: list[Case] = []
    service = _service(args.data_dir)
    for path in args.questions:
        qs: list[tuple[str, tuple[date, int] | None]] = [
            (q.question, q.gold if q.answerable else None) for q in load_questions(path)
        ]
        cases += collect(service, qs)
    with tempfile.TemporaryDirectory() as scratch:
        for folder in args.layouts:
            layout = _layout_service(folder, args.layout_indexes, Path(scratch))
            cases += collect(layout, _layout_questions(folder))
    if args.standout:
        _cross_validate_standout(cases, args.folds, args.seed)
        return
    random.Random(args.seed).shuffle(cases)
    folds = [cases[i :: args.folds] for i in range(args.folds)]
    print("| fold | floor | held-out right answered | held-out wrong answered |")  # noqa: T201
    print("|---|---|---|---|")  # noqa: T201
    total_right = total_wrong = 0
    for i, held in enumerate(folds):
        floor = choose([c for j, f in enumerate(folds) if j != i for c in f])
        right, wrong = gain(held, floor)
        total_right, total_wrong = total_right + right, total_wrong + wrong
        print(f"| {i + 1} | {floor} | {right} | {wrong} |")  # noqa: T201
    print(  # noqa: T201
        f"\ncases {len(cases)} (right point {sum(c.right for c in cases)}); held out: "
        f"{total_right} answered right, {total_wrong} answered wrong; "
        f"floor on all data {choose(cases)}"
    )


def _cross_validate_standout(cases: list[Case], folds: int, seed: int, seeds: int = 5) -> None:
    """Choose the standout on k-1 folds at the answerer's floor, over several shuffles (the
    right cases are few), and report the held-out folds summed per shuffle."""
    print("| shuffle | standouts chosen | held-out right | held-out wrong |")  # noqa: T201
    print("|---|---|---|---|")  # noqa: T201
    for k in range(seeds):
        shuffled = cases[:]
        random.Random(seed + k).shuffle(shuffled)
        parts = [shuffled[i::folds] for i in range(folds)]
        chosen, right, wrong = [], 0, 0
        for i, held in enumerate(parts):
            rest = [c for j, f in enumerate(parts) if j != i for c in f]
            standout = choose_standout(rest, MEANING_FLOOR)
            r, w = gain(held, MEANING_FLOOR, standout)
            chosen.append(standout)
            right, wrong = right + r, wrong + w
        print(f"| {k + 1} | {', '.join(map(str, chosen))} | {right} | {wrong} |")  # noqa: T201
    floor_only = gain(cases, MEANING_FLOOR)
    print(  # noqa: T201
        f"\ncases {len(cases)} (right point {sum(c.right for c in cases)}); the floor alone "
        f"answers {floor_only[0]} right, {floor_only[1]} wrong; standout on all data "
        f"{choose_standout(cases, MEANING_FLOOR)}"
    )


if __name__ == "__main__":
    main()
