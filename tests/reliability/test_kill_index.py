"""SIGKILL `referat index` at different moments (issue 7, "Faults"): the next run converges to
exactly a clean build, and a server started on the half-written index says it needs a re-index
and never cites a passage that is not in the source file.

The quick variant kills a run over 3 tiny minutes at 5 moments; the slow one kills at 12 random
moments over a larger corpus and also while an existing index is being updated.
"""

from __future__ import annotations

import random
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent))

from killkit import (  # noqa: E402
    Picture,
    index_and_kill,
    picture,
    release,
    run_index,
    write_corpus,
)

from api.http.app import create_app  # noqa: E402
from api.retrieval.retriever import open_retriever  # noqa: E402
from api.service import ReferatService  # noqa: E402
from indexer.config import Settings  # noqa: E402
from indexer.parse import parse_file  # noqa: E402
from indexer.pipeline import index_corpus  # noqa: E402
from indexer.runtime import open_store  # noqa: E402
from indexer.store import make_client  # noqa: E402

QUESTIONS = [
    "hvad blev besluttet om budget",
    "hvad besluttede direktionen om trafik",
    "sygefravær og rekruttering",
    "takster for borgerservice",
]


def _settings(data: Path, corpus: Path) -> Settings:
    return Settings(_env_file=None, data_dir=data, corpus_dir=corpus)  # type: ignore[call-arg]


def clean_build(work: Path, data: Path, embedder: Any, monkeypatch: pytest.MonkeyPatch) -> Picture:
    """Index ``work/corpus`` from scratch in this process (same relative paths as the CLI)."""
    with monkeypatch.context() as m:
        m.chdir(work)
        store = open_store(_settings(data, work / "corpus"), embedder)
        summary = index_corpus([Path("corpus")], embedder, store)
        release(store.client)
    assert not summary.failed, summary.failed
    pic = picture(data, embedder.model_id)
    assert pic.problems() == [] and pic.count > 0
    return pic


def _norm(text: str) -> str:
    return " ".join(text.split())


def check_half_written_server(work: Path, data: Path, embedder: Any) -> dict[str, Any]:
    """A server over a killed run's index: /health says re-index; no citation outside the
    source file."""
    sources = {}
    for path in sorted((work / "corpus").iterdir()):
        meeting = parse_file(path)
        sources[meeting.meeting_id] = meeting
    settings = _settings(data, work / "corpus")
    store = open_store(settings, embedder)
    try:
        retriever = open_retriever(settings, embedder=embedder, store=store)
        app = create_app(settings, service=ReferatService(settings, retriever), mount_ui=False)
        with TestClient(app) as client:
            r = client.get("/health")
            health = r.json()
            assert health["status"] in {"degraded", "error"}, health
            assert r.status_code == 503, health
            if health["chunks"] > 0:
                assert "re-index" in (health["problem"] or ""), health
            else:
                assert "empty" in (health["problem"] or ""), health
            cited = 0
            for q in QUESTIONS:
                r = client.post("/v1/ask", json={"question": q})
                assert r.status_code in {200, 503}, r.text
                if r.status_code == 503:
                    assert "index" in r.json()["detail"]
                    continue
                body = r.json()
                for c in body["citations"]:
                    meeting = sources.get(c["meeting_id"])
                    assert meeting is not None, f"cited meeting not in the corpus: {c}"
                    if c["punkt"] is None:
                        where = meeting.text
                    else:
                        point = meeting.point(c["punkt"])
                        assert point is not None, f"cited punkt not in the source: {c}"
                        where = meeting.text[point.start : point.end]
                    for piece in re.split(r"…", c["quote"] or ""):
                        piece = _norm(piece)
                        if len(piece) >= 8:
                            assert piece in _norm(where), (piece, c)
                    cited += 1
                for p in body["retrieval"]:
                    meeting = sources.get(p["meeting_id"])
                    assert meeting is not None and meeting.point(p["punkt"]) is not None, p
            return {"health": health, "citations_checked": cited}
    finally:
        release(store.client)


def kill_rounds(
    work: Path, clean: Picture, moments: list[dict[str, Any]], embedder: Any
) -> list[dict[str, Any]]:
    rounds = []
    server_checked = False
    for i, moment in enumerate(moments):
        data = work / f"data-{i}"
        if "seed_from" in moment:
            shutil.copytree(moment.pop("seed_from"), data)
        killed = index_and_kill(work, data, **moment)
        after_kill = picture(data, embedder.model_id) if (data / "chroma").exists() else None
        dirty = bool(after_kill and after_kill.state.get("dirty"))
        if dirty and not server_checked:
            check_half_written_server(work, data, embedder)
            server_checked = True
        done = run_index(work, data)
        assert done.returncode == 0, done.stderr[-2000:]
        assert "Traceback" not in done.stderr
        final = picture(data, embedder.model_id)
        assert final.problems() == [], (killed, final.problems())
        assert final.same_as(clean), (killed, set(final.chunks) ^ set(clean.chunks))
        assert not final.state.get("dirty")
        rounds.append(
            {
                "moment": killed.moment,
                "after_s": round(killed.after_s, 2),
                "progress": killed.progress_seen,
                "exited": killed.exited_by_itself,
                "dirty_after_kill": dirty,
                "chunks_after_kill": after_kill.count if after_kill else 0,
            }
        )
    assert server_checked, f"no kill left a half-written index: {rounds}"
    return rounds


def test_kill_index_at_five_moments(
    tmp_path: Path, embedder: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path
    # More files than one write batch holds (pipeline.FLUSH_FILES = 16), so that a kill can
    # land between two batches; the bar counts chunks, one per file here.
    write_corpus(work / "corpus", files=20, points=1, words=60)
    clean = clean_build(work, work / "clean", embedder, monkeypatch)
    moments: list[dict[str, Any]] = [
        {"at_s": 1.0},  # typically still loading the model: nothing written yet
        {"after_progress": 1},
        {"after_progress": 1, "delay_s": 0.3},
        {"after_progress": 17},
        {"after_progress": 17, "delay_s": 0.05},
    ]
    rounds = kill_rounds(work, clean, moments, embedder)
    mid_run = [r for r in rounds if r["dirty_after_kill"]]
    assert len(mid_run) >= 2, rounds
    print(rounds)


def test_sigkill_during_rebuild_keeps_the_old_index_serving(
    tmp_path: Path, embedder: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16: a killed `--rebuild` used to leave a catalogue over missing chunks that the
    next run called complete. Now the old index stays whole until the new one switches in."""
    work = tmp_path
    write_corpus(work / "corpus", files=20, points=1, words=60)
    clean = clean_build(work, work / "data", embedder, monkeypatch)
    # After the first batch of 16 chunks, while the last four are embedded: mid-rebuild.
    killed = index_and_kill(work, work / "data", after_progress=1, args=("--rebuild",))
    assert not killed.exited_by_itself and killed.progress_seen >= 1, killed
    client = make_client(work / "data" / "chroma")
    names = {c.name for c in client.list_collections()}
    release(client)
    assert "referat_next_chunks" in names, (killed, names)  # killed before the switch
    during = picture(work / "data", embedder.model_id)
    assert during.problems() == [] and during.same_as(clean), during.problems()
    done = run_index(work, work / "data", "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    final = picture(work / "data", embedder.model_id)
    assert final.problems() == [] and final.same_as(clean)


@pytest.mark.slow
def test_kill_index_at_random_moments(
    tmp_path: Path, embedder: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path
    write_corpus(work / "corpus", files=4, points=8, words=120)
    clean = clean_build(work, work / "clean", embedder, monkeypatch)
    # How long a full run takes, to spread the kills over it.
    import time

    t0 = time.monotonic()
    full = run_index(work, work / "timing")
    assert full.returncode == 0, full.stderr[-2000:]
    duration = time.monotonic() - t0
    rng = random.Random(7)
    moments: list[dict[str, Any]] = [{"at_s": rng.uniform(0.3, duration)} for _ in range(8)]
    moments += [{"after_progress": n, "delay_s": rng.uniform(0, 0.5)} for n in (1, 2, 3, 3)]
    rounds = kill_rounds(work, clean, moments, embedder)
    assert sum(r["dirty_after_kill"] for r in rounds) >= 4, rounds

    # Kills while an existing index is updated: one file changed, one removed, one added.
    (work / "corpus" / "direktionen-2019-04-10.txt").unlink()
    changed = work / "corpus" / "direktionen-2019-01-10.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace(
            "Direktionen besluttede:", "Direktionen besluttede enstemmigt:", 3
        ),
        encoding="utf-8",
    )
    extra = write_corpus(work / "extra", files=5, points=3, words=40, salt="ny")[-1]
    shutil.copy(extra, work / "corpus" / extra.name)
    clean2 = clean_build(work, work / "clean2", embedder, monkeypatch)
    moments = [
        {"after_progress": n, "delay_s": d, "seed_from": work / "clean"}
        for n, d in ((1, 0.0), (1, 0.3), (2, 0.1), (3, 0.0))
    ]
    for n, moment in enumerate(moments):
        moment_data = work / f"data-upd-{n}"
        shutil.copytree(moment.pop("seed_from"), moment_data)
        killed = index_and_kill(work, moment_data, **moment)
        done = run_index(work, moment_data)
        assert done.returncode == 0, done.stderr[-2000:]
        final = picture(moment_data, embedder.model_id)
        assert final.problems() == [], (killed, final.problems())
        assert final.same_as(clean2), (killed, set(final.chunks) ^ set(clean2.chunks))
