"""Faults (issue 7): a read-only or full data disk, Chroma files removed under a running server,
a corrupt saved lexical index. Clear errors, exit 1 from the CLI, /health names the problem, no
traceback reaches a user.

We run as root in CI, and root ignores file modes (chmod a-w blocks nothing), so a read-only
data folder is a real read-only mount (tmpfs mounted ``ro``, or a read-only bind mount of an
existing index) and a full disk is a 1 MiB tmpfs; both are skipped with the reason when this
process may not mount. A data folder "inside" a regular file fails for everyone and runs always.

The BM25 index is derived from the store: api/retrieval/retriever.py builds it in memory, or
loads the copy saved beside the store, at start-up and whenever the store's generation moves.
What can be corrupt on disk is that saved LexicalIndex (``save()``); ``load()`` must refuse it
with IndexNotReadyError.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent))

from killkit import release, run_index, write_corpus  # noqa: E402

from api.http.app import create_app  # noqa: E402
from api.retrieval.retriever import open_retriever  # noqa: E402
from api.service import ReferatService  # noqa: E402
from indexer.chunk import chunk_meeting  # noqa: E402
from indexer.config import Settings  # noqa: E402
from indexer.errors import IndexNotReadyError  # noqa: E402
from indexer.lexical import LexicalIndex  # noqa: E402
from indexer.parse import parse_file  # noqa: E402
from indexer.pipeline import index_corpus  # noqa: E402
from indexer.runtime import open_store  # noqa: E402


def _settings(data: Path, corpus: Path) -> Settings:
    return Settings(_env_file=None, data_dir=data, corpus_dir=corpus)  # type: ignore[call-arg]


def _mount(target: Path, *options: str, source: str = "tmpfs") -> bool:
    target.mkdir(parents=True, exist_ok=True)
    args = (
        ["mount", "-t", "tmpfs", *options, source, str(target)]
        if source == "tmpfs"
        else ["mount", *options, source, str(target)]
    )
    try:
        return subprocess.run(args, capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True, timeout=20)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "corpus", files=2, points=3, words=40)
    return tmp_path


def _assert_clean_error(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr + done.stdout, done.stderr[-2000:]
    assert "Error:" in done.stderr, done.stderr[-2000:]
    last = done.stderr.strip().splitlines()[-1]
    for w in words:
        assert w.lower() in done.stderr.lower(), (w, last)


@pytest.mark.integration  # slow: a model load or a mount/subprocess
def test_index_into_a_data_dir_below_a_file_fails_cleanly(work: Path) -> None:
    blocker = work / "not-a-folder"
    blocker.write_text("x")
    done = run_index(work, blocker / "data")
    _assert_clean_error(done, "not a directory")


@pytest.mark.integration  # slow: a model load or a mount/subprocess
def test_index_on_a_read_only_mount_fails_cleanly(work: Path) -> None:
    ro = work / "ro"
    if not _mount(ro, "-o", "ro,size=1m"):
        pytest.skip("cannot mount a read-only tmpfs here (not root?); root ignores chmod")
    try:
        done = run_index(work, ro / "data")
        _assert_clean_error(done, "read-only")
    finally:
        _umount(ro)


@pytest.mark.integration  # slow: a model load or a mount/subprocess
def test_update_of_an_index_on_a_read_only_bind_mount_fails_cleanly(work: Path) -> None:
    data = work / "data"
    first = run_index(work, data)
    assert first.returncode == 0, first.stderr[-2000:]
    ro = work / "ro-data"
    if not _mount(ro, "--bind", source=str(data)):
        pytest.skip("cannot bind-mount here (not root?)")
    try:
        if (
            subprocess.run(
                ["mount", "-o", "remount,ro,bind", str(ro)], capture_output=True, timeout=20
            ).returncode
            != 0
        ):
            pytest.skip("cannot remount read-only here")
        (work / "corpus" / "direktionen-2019-01-10.txt").write_text(
            (work / "corpus" / "direktionen-2019-01-10.txt").read_text(encoding="utf-8")
            + "\nPunkt 9: Ny sag\n\n19/9999\n\nSagsfremstilling\n\nNy tekst.\n",
            encoding="utf-8",
        )
        done = run_index(work, ro)
        _assert_clean_error(done, "readonly")
    finally:
        _umount(ro)


@pytest.mark.integration  # slow: a model load or a mount/subprocess
def test_index_on_a_full_disk_fails_cleanly(work: Path) -> None:
    full = work / "full"
    if not _mount(full, "-o", "size=1m"):
        pytest.skip("cannot mount a 1 MiB tmpfs here (not root?)")
    try:
        write_corpus(work / "corpus", files=3, points=8, words=150)
        done = run_index(work, full / "data")
        _assert_clean_error(done, "failed")
    finally:
        _umount(full)


@pytest.fixture
def small_index(work: Path, embedder: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = work / "data"
    with monkeypatch.context() as m:
        m.chdir(work)
        store = open_store(_settings(data, work / "corpus"), embedder)
        summary = index_corpus([Path("corpus")], embedder, store)
        release(store.client)
    assert not summary.failed
    yield data


def _app(data: Path, work: Path, embedder: Any) -> tuple[Any, Any]:
    settings = _settings(data, work / "corpus")
    store = open_store(settings, embedder)
    retriever = open_retriever(settings, embedder=embedder, store=store)
    return create_app(settings, service=ReferatService(settings, retriever), mount_ui=False), store


def test_chroma_files_removed_under_a_running_server(
    small_index: Path, work: Path, embedder: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, store = _app(small_index, work, embedder)
    try:
        with TestClient(app, raise_server_exceptions=False) as client:
            assert client.get("/health").json()["status"] == "ok"
            assert client.get("/v1/search", params={"q": "budget"}).status_code == 200
            meeting_id = client.get("/v1/meetings").json()["data"][0]["meeting_id"]
            shutil.rmtree(small_index / "chroma")
            r = client.get("/health")
            health = r.json()
            assert health["status"] == "error" and "gone" in health["problem"], health
            assert r.status_code == 503, health
            assert "re-index" in health["problem"]
            for method, path, kwargs in [
                ("GET", "/v1/search", {"params": {"q": "budget"}}),
                ("POST", "/v1/ask", {"json": {"question": "hvad blev besluttet om budget?"}}),
                (
                    "POST",
                    "/v1/chat",
                    {"json": {"messages": [{"role": "user", "content": "budget?"}]}},
                ),
                ("GET", "/v1/meetings", {}),
                ("GET", f"/minutes/{meeting_id}", {}),
            ]:
                r = client.request(method, path, **kwargs)
                assert r.status_code == 503, (path, r.status_code, r.text[:300])
                assert "gone" in r.json()["detail"], r.text
                assert "Traceback" not in r.text
    finally:
        release(store.client)
    # Re-indexing and restarting recovers.
    with monkeypatch.context() as m:
        m.chdir(work)
        store = open_store(_settings(small_index, work / "corpus"), embedder)
        index_corpus([Path("corpus")], embedder, store)
        release(store.client)
    app, store = _app(small_index, work, embedder)
    try:
        with TestClient(app) as client:
            assert client.get("/health").json()["status"] == "ok"
            assert client.get("/v1/search", params={"q": "budget"}).json()["count"] > 0
    finally:
        release(store.client)


# --- a corrupt saved lexical index -----------------------------------------------------------


@pytest.fixture
def saved_lexical(work: Path, tmp_path: Path) -> Path:
    chunks = []
    for path in sorted((work / "corpus").iterdir()):
        chunks += chunk_meeting(parse_file(path), 480, 48, lambda t: len(t.split()))
    target = tmp_path / "lexical"
    LexicalIndex(chunks).save(target)
    assert LexicalIndex.load(target).search("budget", 3)
    return target


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


CORRUPTIONS = {
    "manifest missing": lambda d: (d / "lexical.json").unlink(),
    "manifest garbage": lambda d: (d / "lexical.json").write_text("{not json"),
    "manifest fields missing": lambda d: (d / "lexical.json").write_text(
        json.dumps(
            {
                "format_version": 1,
                "tokenizer_version": json.loads((d / "lexical.json").read_text())[
                    "tokenizer_version"
                ],
            }
        )
    ),
    "chunks truncated mid-line": lambda d: _truncate(d / "chunks.jsonl"),
    "chunks garbage line": lambda d: (d / "chunks.jsonl").write_text("{oops\n"),
    "chunks missing": lambda d: (d / "chunks.jsonl").unlink(),
    "bm25 folder missing": lambda d: shutil.rmtree(d / "bm25"),
    "bm25 files truncated": lambda d: [_truncate(p) for p in (d / "bm25").iterdir() if p.is_file()],
    "bm25 files emptied": lambda d: [
        p.write_bytes(b"") for p in (d / "bm25").iterdir() if p.is_file()
    ],
}


@pytest.mark.parametrize("how", sorted(CORRUPTIONS))
def test_corrupt_saved_lexical_index_is_refused(saved_lexical: Path, how: str) -> None:
    CORRUPTIONS[how](saved_lexical)
    with pytest.raises(IndexNotReadyError) as info:
        index = LexicalIndex.load(saved_lexical)
        index.search("budget", 3)
    assert str(saved_lexical) in str(info.value) or "lexical index" in str(info.value)
