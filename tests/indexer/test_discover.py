"""Which corpus entries the indexer reads (issue 16, item 4): regular files inside the corpus
folder only, never opening anything else; the size limit while reading; a file that changes
under the reader. No model: discover() and read_file() on real files, FIFOs and sockets."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer import faults
from indexer.errors import ParseError
from indexer.pipeline import Root, discover, read_file


@pytest.fixture
def corpus(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "corpus"
    (folder / "2021").mkdir(parents=True)
    (folder / "a.txt").write_text("minutes a", encoding="utf-8")
    (folder / "2021" / "b.md").write_text("minutes b", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text("not minutes", encoding="utf-8")
    (folder / "leak.txt").symlink_to(tmp_path / "outside" / "secret.txt")
    (folder / "linked-out").symlink_to(tmp_path / "outside")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "inside.txt").symlink_to(folder / "2021" / "b.md")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.txt"))
    try:
        yield folder
    finally:
        sock.close()


def test_only_regular_files_inside_the_corpus_are_found(corpus: Path) -> None:
    found = discover([corpus])
    assert [f.source for f in found.files] == [
        "corpus/a.txt",
        "corpus/inside.txt",
        "corpus/2021/b.md",
    ]
    skipped = {s.path: s.reason for s in found.skipped}
    assert set(skipped) == {
        "corpus/pipe.txt",
        "corpus/sock.txt",
        "corpus/leak.txt",
        "corpus/linked-out",
        "corpus/zero.txt",
        "corpus/dangling.txt",
    }
    assert "FIFO" in skipped["corpus/pipe.txt"]
    assert "socket" in skipped["corpus/sock.txt"]
    assert "outside the corpus" in skipped["corpus/leak.txt"]
    assert "outside the corpus" in skipped["corpus/linked-out"]
    assert "outside the corpus" in skipped["corpus/zero.txt"]
    assert "broken symlink" in skipped["corpus/dangling.txt"]
    assert found.failed == []


def test_a_device_given_by_name_is_skipped_unopened(tmp_path: Path) -> None:
    found = discover([Path("/dev/zero"), tmp_path / "missing"])
    assert found.files == []
    assert [(s.path, "device" in s.reason) for s in found.skipped] == [("/dev/zero", True)]
    assert [f.reason for f in found.failed] == ["no such file or folder"]


def test_source_ids_do_not_depend_on_the_working_directory(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = [f.source for f in discover([corpus]).files]
    monkeypatch.chdir(corpus.parent)
    assert [f.source for f in discover([Path("corpus")]).files] == here
    monkeypatch.chdir(corpus / "2021")
    assert [f.source for f in discover([Path("..")]).files] == here
    assert [f.source for f in discover([Path("b.md")]).files] == ["2021/b.md"]


def test_a_root_owns_its_ids_and_the_ids_older_versions_stored(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = Root.of(corpus)
    assert root.owns("corpus/2021/b.md")
    assert root.owns(str(corpus / "a.txt"))  # absolute, as stored from outside the cwd
    monkeypatch.chdir(corpus.parent.parent)
    assert root.owns(f"{corpus.parent.name}/corpus/a.txt")  # relative to an old cwd
    assert not root.owns("other/a.txt")


def test_the_size_limit_holds_while_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(ParseError, match="too large"):
        read_file(big, limit=4000)
    # A regular file whose size says 0 but that reads on and on (procfs): stopped at the limit.
    maps = Path("/proc/self/maps")
    if not maps.exists() or maps.stat().st_size != 0:
        pytest.skip("no procfs here")
    with pytest.raises(ParseError, match="more than"):
        read_file(maps, limit=100)


def test_a_file_changing_while_read_is_read_again_then_reported(tmp_path: Path) -> None:
    path = tmp_path / "copying.txt"
    path.write_bytes(b"first half")
    calls: list[Path | None] = []

    def grow_once(step: str, where: Path | None) -> None:
        if step == "read":
            calls.append(where)
            if len(calls) == 1:
                with path.open("ab") as f:
                    f.write(b" and the rest")

    with faults.injected(grow_once):
        assert read_file(path, limit=1000) == b"first half and the rest"
    assert calls == [path, path]

    def keep_growing(step: str, _where: Path | None) -> None:
        if step == "read":
            with path.open("ab") as f:
                f.write(b".")

    with faults.injected(keep_growing), pytest.raises(ParseError, match="changed while"):
        read_file(path, limit=1000)
