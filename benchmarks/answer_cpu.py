"""CPU time of the answer stage alone (no HTTP, no query embedding), for one checkout's code.

    python benchmarks/answer_cpu.py DATA_DIR EMBEDDER QUESTIONS.json   # prints JSON

It imports ``api`` and ``indexer`` from wherever ``PYTHONPATH`` points, so ``ask_speed.py`` runs
it once with this checkout and once with an older one on the same index: each question is
searched once, then only the answerer is timed (``time.process_time``, the median of a few passes),
so the query model's time and the machine's load stay out of the figure. With this checkout the
short answer and the second pass with the larger budget (the whole answer behind "Vis mere")
are timed apart.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any


def main(argv: list[str]) -> int:
    data_dir, embedder_name, questions_file = Path(argv[0]), argv[1], Path(argv[2])
    passes = int(argv[3]) if len(argv) > 3 else 3
    # Imported here, from the checkout PYTHONPATH names (this file's folder is not a package root).
    from api.retrieval.retriever import open_retriever
    from api.service import ReferatService
    from indexer.config import Settings
    from indexer.runtime import build_embedder, open_store

    settings = Settings(_env_file=None, data_dir=data_dir, embedding_model=embedder_name)  # type: ignore[call-arg]
    if embedder_name == "hash":
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from benchmarks.common import HashEmbedder

        embedder: Any = HashEmbedder()
    else:
        embedder = build_embedder(settings)
    store = open_store(settings, embedder)
    retriever = open_retriever(settings, embedder=embedder, store=store)
    service = ReferatService(settings, retriever)
    snapshot = retriever.snapshot()
    full = getattr(service, "full_answerer", None)
    questions = json.loads(questions_file.read_text(encoding="utf-8"))
    searched = []
    for q in questions:
        try:
            from api.retrieval.analysis import analyze_question

            result = retriever.search(q, k=5, analysis=analyze_question(q))
        except ImportError:  # an answerer without the question analysis
            result = retriever.search(q, k=5)
        searched.append((q, result))
    short_ms: list[float] = []
    second_ms: list[float] = []
    answered = 0
    for q, result in searched:
        runs, seconds = [], []
        for _ in range(passes):
            t = time.process_time()
            answer = service.answerer.answer(q, result, snapshot)
            runs.append((time.process_time() - t) * 1000)
            if full is not None and not answer.refused:
                t = time.process_time()
                full.answer(q, result, snapshot)
                seconds.append((time.process_time() - t) * 1000)
        short_ms.append(statistics.median(runs))
        second_ms.append(statistics.median(seconds) if seconds else 0.0)
        answered += not answer.refused
    out = {
        "n": len(questions),
        "answered": answered,
        "short_mean": statistics.fmean(short_ms),
        "short_p50": statistics.median(short_ms),
        "second_mean": statistics.fmean(second_ms) if full is not None else None,
        "total_mean": statistics.fmean(a + b for a, b in zip(short_ms, second_ms, strict=True)),
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
