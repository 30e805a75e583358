"""Shared pieces of the benchmarks: paths, the persistent cache, cheap embedder, naive baseline,
evaluation questions and markdown helpers for RESULTS.md."""

from __future__ import annotations

import hashlib
import os
import platform
import re
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import numpy as np  # noqa: E402

from api.evaluate import Question as EvalQuestion  # noqa: E402
from api.evaluate import load_questions as load_eval_questions  # noqa: E402
from indexer.config import Settings  # noqa: E402
from indexer.embed import Embedder, Vectors, make_embedder  # noqa: E402
from indexer.pipeline import IndexSummary, index_corpus  # noqa: E402
from indexer.runtime import open_store  # noqa: E402
from indexer.store import ChromaStore  # noqa: E402

CORPUS = ROOT / "corpus"
CACHE = ROOT / "benchmarks" / ".cache"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
DEV_EVAL = ROOT.parent / "shared" / "eval" / "dev.jsonl"
SEED = 1


# --- the cheap deterministic embedder --------------------------------------------------------


class HashEmbedder(Embedder):
    """Deterministic pseudo-vectors from a hash of the text (no model, ~free).

    The vectors mean nothing: it exists so that HNSW, BM25 and the API can be timed at 20k points
    without hours of embedding. Its ``model_id`` differs from every real model, so a store built
    with it can never be queried with a real model (and vice versa).
    """

    model_id = "bench/hash-384"
    batch_size = 256

    def __init__(self, dim: int = 384) -> None:
        self._dim = dim

    @property
    def dim(self) -> int:
        return self._dim

    def count_tokens(self, text: str) -> int:
        return max(1, int(len(text) / 3.5) + 2)

    def embed_batch(self, texts: Sequence[str], *, is_query: bool) -> Vectors:
        out = np.empty((len(texts), self._dim), dtype=np.float32)
        for i, text in enumerate(texts):
            seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")
            v = np.random.default_rng(seed).standard_normal(self._dim).astype(np.float32)
            out[i] = v / np.linalg.norm(v)
        return out


def embedder_for(name: str) -> Embedder:
    if name == "hash":
        return HashEmbedder()
    return make_embedder(name)


# --- corpora and indexes in the persistent cache ---------------------------------------------


def level_key(n: int, seed: int = SEED) -> str:
    """Cache key of a level: real corpus + ``n`` synthetic meetings of ``seed``. Synthetic
    levels carry the generator version, so an index or naive store built from the text of an
    older generator is never reused (the real-only level does not depend on it)."""
    from benchmarks.make_corpus import GENERATOR_VERSION

    return f"real+{n}-s{seed}" + (f"-g{GENERATOR_VERSION}" if n else "")


def synth_dir(n: int, seed: int = SEED) -> Path:
    from benchmarks.make_corpus import GENERATOR_VERSION

    return CACHE / f"synth-{n}-s{seed}-g{GENERATOR_VERSION}"


def ensure_synth(n: int, seed: int = SEED) -> Path:
    """The synthetic corpus of ``n`` meetings (generated once; regenerated when its stamp says
    the generator, the seed or the real corpus changed)."""
    from benchmarks.make_corpus import make_corpus

    out = synth_dir(n, seed)
    if n > 0:
        make_corpus(n, seed, out, reuse=True)
    return out


def settings_for(data_dir: Path) -> Settings:
    return Settings(_env_file=None, data_dir=data_dir, corpus_dir=CORPUS)  # type: ignore[call-arg]


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def index_dir(n: int, embedder_name: str, seed: int = SEED) -> Path:
    return CACHE / f"index-{level_key(n, seed)}-{slug(embedder_name)}"


def naive_dir(n: int, embedder_name: str, seed: int = SEED) -> Path:
    """The naive baseline's store of a level (the real-only one keeps its first name)."""
    key = level_key(n, seed) if n else f"real+{n}"
    return CACHE / f"naive-{key}-{slug(embedder_name)}"


@dataclass
class BuiltIndex:
    data_dir: Path
    settings: Settings
    store: ChromaStore
    embedder: Embedder
    summary: IndexSummary
    seconds: float
    paths: list[Path]


def build_index(
    n: int,
    embedder_name: str,
    embedder: Embedder | None = None,
    seed: int = SEED,
    data_dir: Path | None = None,
) -> BuiltIndex:
    """Real corpus + ``n`` synthetic meetings, indexed incrementally into the cache.

    The first call embeds everything; later calls find every file unchanged and embed nothing.
    Paths are indexed relative to the repository root (the pipeline stores them relative to the
    working directory), so run from there.
    """
    os.chdir(ROOT)
    embedder = embedder or embedder_for(embedder_name)
    data_dir = data_dir or index_dir(n, embedder_name, seed)
    paths = [Path("corpus")]
    if n > 0:
        paths.append(ensure_synth(n, seed).relative_to(ROOT))
    settings = settings_for(data_dir)
    store = open_store(settings, embedder)
    started = time.perf_counter()
    summary = index_corpus(paths, embedder, store)
    seconds = time.perf_counter() - started
    if summary.failed:
        raise RuntimeError(f"indexing failed: {summary.failed[:3]}")
    return BuiltIndex(data_dir, settings, store, embedder, summary, seconds, paths)


# --- evaluation questions --------------------------------------------------------------------


# The harness's own question type and loader: the benchmarks score exactly what `referat eval`
# scores.
Question = EvalQuestion
load_questions = load_eval_questions


def rank_metrics(
    ranked: Sequence[Sequence[tuple[date, int]]], questions: Sequence[Question]
) -> dict[str, float | int]:
    """hit@1, hit@5 and MRR over questions with a gold punkt (ranked lists deduplicated)."""
    h1 = h5 = rr = 0.0
    n = 0
    for q, ranking in zip(questions, ranked, strict=True):
        if q.gold is None:
            continue
        n += 1
        seen: list[tuple[date, int]] = []
        for key in ranking:
            if key not in seen:
                seen.append(key)
        if q.gold in seen:
            r = seen.index(q.gold) + 1
            h1 += r == 1
            h5 += r <= 5
            rr += 1.0 / r
    return {
        "hit@1": h1 / n if n else 0.0,
        "hit@5": h5 / n if n else 0.0,
        "mrr": rr / n if n else 0.0,
        "n": n,
    }


# --- statistics and formatting ----------------------------------------------------------------


def percentile(values: Sequence[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        if value != value:
            return "–"
        return f"{value:.{digits}f}"
    return str(value)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
        mem_s = f"{mem:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        mem_s = "RAM unknown"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"{cpu}, {cores} cores, {mem_s}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def write_section(name: str, body: str, path: Path = RESULTS) -> None:
    """Replace (or append) the block between ``<!-- name:start -->`` and ``<!-- name:end -->``,
    keeping every other part of RESULTS.md as it is."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{body.strip()}\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _m: block, text)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")
