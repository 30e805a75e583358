"""Issue 13's speed check: ``/v1/ask`` at 20k agenda points with the answerer's checks, against
an older answerer on the same index. Writes the ``ask-speed`` section of ``benchmarks/RESULTS.md``.

    python benchmarks/ask_speed.py                      # this checkout only
    python benchmarks/ask_speed.py --baseline DIR       # and DIR's code (e.g. a git worktree
                                                        # of the commit before) on the same index

The index is the scale benchmark's real + 2000 level (``benchmarks/run.py``; built once into
``benchmarks/.cache`` with the cheap ``HashEmbedder``: HNSW, BM25 and the answerer do the same
work whatever the vectors mean). Each side is served by a live uvicorn server in a subprocess and
timed over HTTP with one client (``run.http_bench``), with the server's CPU time per request.
The baseline serves a copy of the index, so that an older release's caches never touch it.
"""

from __future__ import annotations

import argparse
import json
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


def commit_of(root: Path) -> str:
    out = subprocess.run(
        ["git", "-C", str(root), "log", "-1", "--format=%h %s"],
        capture_output=True,
        text=True,
        check=False,
    )
    return out.stdout.strip()[:90] or str(root)


def render(data: dict[str, Any]) -> str:
    rows = []
    for side in data["sides"]:
        h = side["http"]
        rows.append(
            [
                side["label"],
                f"`{side['commit']}`",
                fmt(h["ask_1"]["p50"], 1),
                fmt(h["ask_1"]["p95"], 1),
                fmt(h["ask_1"]["cpu_ms"], 1),
                fmt(h["ask_1"].get("answer_p50"), 1) if "answer_p50" in h["ask_1"] else "–",
                fmt(h["search_1"]["p50"], 1),
                fmt(h["search_1"]["p95"], 1),
                fmt(h["search_1"]["cpu_ms"], 1),
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
        "(HNSW, BM25 and the answerer do the same work whatever the vectors mean).",
        f"- Questions: the {data['n_file']} of `{data['eval']}` plus {len(STRUCTURAL)} "
        f"structural ones, cycled; {data['requests_1']} requests per route with one client "
        f"after a warm-up, {data['requests_8']} with 8 concurrent clients.",
        "",
        table(
            [
                "answerer",
                "commit",
                "ask p50",
                "ask p95",
                "ask CPU ms/request",
                "answer stage p50",
                "search p50",
                "search p95",
                "search CPU ms/request",
                "ask p95 8c",
            ],
            rows,
        ),
        "",
        "Times in ms, one client unless marked; over HTTP to a live uvicorn server on loopback. "
        "*CPU ms/request* is the server process's user + system CPU time over the one-client "
        "loop divided by its requests. *Answer stage* is the server's own `timings_ms.answer` "
        "(question checks, structural look-ups, evidence, sentence choice, and the second pass "
        "with the larger budget that finds out whether there is more to show); the baseline "
        "reports none. *ask − search* CPU is what answering adds to retrieval.",
        "",
        f"Target `/v1/ask` p95 < 300 ms at 20k agenda points: {current['p95']:.1f} ms → {verdict}.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="a checkout of the older code to time")
    parser.add_argument("--baseline-label", default="last turn")
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

    log("HTTP: this checkout")
    current = http_bench(built.data_dir, "hash", texts, args.requests, args.requests)
    data["sides"].append({"label": "this turn", "commit": commit_of(ROOT), "http": current})
    if args.baseline:
        copy = Path(tempfile.mkdtemp(prefix="ask-speed-", dir=CACHE))
        try:
            log(f"copy the index for the baseline ({args.baseline})")
            shutil.copytree(built.data_dir, copy / "data")
            log("HTTP: baseline")
            old = http_bench(
                copy / "data", "hash", texts, args.requests, args.requests, root=args.baseline
            )
        finally:
            shutil.rmtree(copy, ignore_errors=True)
        data["sides"].append(
            {"label": args.baseline_label, "commit": commit_of(args.baseline), "http": old}
        )
    data["load_end"] = load_average()
    data["seconds"] = time.perf_counter() - started
    (CACHE / "last-ask-speed.json").write_text(json.dumps(data, indent=1, default=str))
    write_section("ask-speed", render(data), args.results.resolve())
    log(f"done in {data['seconds']:.0f}s; wrote {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
