"""Load against a live `referat serve` over the real corpus index (issue 7, "Load").

The quick version (8 clients x 8 s per phase) runs in `make test`; the full one (32 clients x 60 s)
is marked slow. The index is the session fixture's, copied while nothing writes to it: the corpus
is never re-embedded here.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import sys
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import loadtest  # noqa: E402

T = TypeVar("T")

QUICK_CLIENTS = 8
QUICK_SECONDS = 8.0


def _check_steady(result: loadtest.LoadResult, max_growth_pct: float = 10.0) -> dict[str, Any]:
    summary = result.summary()
    assert result.failures == [], result.failures[:10]
    assert result.known_checked > 0 and result.empty_known == 0
    assert set(result.latencies) == {"ask", "search", "chat", "minutes", "search_known"}
    assert summary["throughput_rps"] > 0
    assert summary["rss_growth_pct"] <= max_growth_pct, summary["rss_mib"]
    return summary


def _check_reindex(result: loadtest.LoadResult) -> dict[str, Any]:
    summary = result.summary()
    assert result.failures == [], result.failures[:10]
    assert result.reindex is not None and "error" not in result.reindex, result.reindex
    assert result.reindex["chunks_embedded"] >= 1 and not result.reindex["failed"]
    # Every search for the known query during the swap had results.
    assert result.known_checked > 0 and result.empty_known == 0
    assert result.after is not None and result.after["unique_word_found"], result.after
    assert result.after["ask_cites_change"], result.after
    return summary


def _run_in_own_loop(coro: Coroutine[Any, Any, T]) -> T:
    """Run the load in a fresh event loop on its own thread: another test (the browser test's
    Playwright, Gradio) may leave an event loop running in the main thread."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, indexed: Any) -> Iterator[loadtest.Server]:
    workdir = tmp_path_factory.mktemp("load")
    loadtest.prepare_workdir(workdir, Path(indexed.settings.data_dir), log=lambda _: None)
    server = loadtest.Server(workdir).start()
    try:
        yield server
    finally:
        server.stop()


def test_quick_load_steady(live: loadtest.Server) -> None:
    result = _run_in_own_loop(loadtest.run_load(live.url, live.pid, QUICK_CLIENTS, QUICK_SECONDS))
    summary = _check_steady(result, max_growth_pct=10.0)
    print("steady", summary)


def test_quick_load_while_reindexing(live: loadtest.Server) -> None:
    loadtest.change_corpus(live.workdir / "corpus")
    result = _run_in_own_loop(
        loadtest.run_load(
            live.url,
            live.pid,
            QUICK_CLIENTS,
            QUICK_SECONDS,
            phase="reindex",
            during=loadtest.post_reindex,
        )
    )
    result.after = loadtest.check_after(live.url)
    summary = _check_reindex(result)
    print("reindex", summary)


@pytest.mark.slow
def test_full_load_32_clients_60_seconds(tmp_path: Path, indexed: Any) -> None:
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        results = pool.submit(
            loadtest.run_all, tmp_path, 32, 60, Path(indexed.settings.data_dir), lambda _: None
        ).result()
    results["seconds"] = 60
    assert loadtest.verdict(results) == [], results
