"""The ``referat`` CLI (index, search) through click's CliRunner, on real parts."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

from api.cli import cli
from indexer import faults
from indexer.parse import parse_text
from indexer.store import ChromaStore, make_client

if TYPE_CHECKING:
    from tests.conftest import IndexedCorpus

SUMMARY_KEYS = {"files", "meetings", "points", "chunks_embedded", "unchanged", "removed", "failed"}
ROW_KEYS = {"meeting_date", "punkt", "title", "case_number", "score"}

MINUTES = """REFERAT Direktionen d. 05-03-2021

Punkt 1: Takster for svømmehallen

21/1001

Sagsfremstilling

Svømmehallen får nye takster fra sommeren.

Punkt 2: Lukket

21/1002
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(MINUTES, encoding="utf-8")
    return folder


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout


@pytest.mark.integration  # embeds with the real model
def test_index_json_summary_and_idempotence(corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out = run("index", str(corpus), "--json", "--data-dir", str(data))
    assert code == 0, out
    summary = json.loads(out)  # exactly one JSON object, nothing else on stdout
    assert SUMMARY_KEYS <= set(summary)
    assert (summary["files"], summary["meetings"], summary["points"]) == (1, 1, 2)
    assert (summary["chunks_embedded"], summary["unchanged"], summary["failed"]) == (2, 0, [])
    assert (data / "chroma").is_dir()
    # The BM25 copy a server start loads is written by the index run itself.
    assert list((data / "lexical").glob("*/stamp.json"))

    # The same index through REFERAT_DATA_DIR: nothing to embed the second time.
    code, out = run("index", str(corpus), "--json", env={"REFERAT_DATA_DIR": str(data)})
    assert code == 0, out
    again = json.loads(out)
    assert (again["chunks_embedded"], again["unchanged"], again["removed"]) == (0, 2, 0)


@pytest.mark.integration  # embeds with the real model
def test_index_reports_broken_files_and_strict_fails(corpus: Path, tmp_path: Path) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    data = str(tmp_path / "data")
    code, out = run("index", str(corpus), "--json", "--data-dir", data)
    assert code == 0
    failed = json.loads(out)["failed"]
    assert [Path(f["path"]).name for f in failed] == ["empty.txt"]
    assert set(failed[0]) == {"path", "reason"} and "empty" in failed[0]["reason"]
    code, out = run("index", str(corpus), "--json", "--strict", "--data-dir", data)
    assert code == 1
    assert json.loads(out)["failed"][0]["path"].endswith("empty.txt")


@pytest.mark.integration  # embeds with the real model
def test_index_text_summary(corpus: Path, tmp_path: Path) -> None:
    code, out = run("index", str(corpus), "--data-dir", str(tmp_path / "data"))
    assert code == 0
    assert "1 filer, 1 møder, 2 punkter: 2 chunks indlejret" in out


@pytest.mark.integration  # embeds with the real model
def test_index_names_each_skipped_entry_with_its_reason(corpus: Path, tmp_path: Path) -> None:
    os.mkfifo(corpus / "pipe.txt")
    (tmp_path / "outside.txt").write_text(MINUTES, encoding="utf-8")
    (corpus / "leak.txt").symlink_to(tmp_path / "outside.txt")
    result = CliRunner().invoke(
        cli, ["index", str(corpus), "--data-dir", str(tmp_path / "data")], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "1 filer" in result.stdout and "2 sprunget over" in result.stdout, result.stdout
    skipped = sorted(line for line in result.stderr.splitlines() if "SPRUNGET OVER" in line)
    assert len(skipped) == 2, result.stderr
    assert "corpus/leak.txt:" in skipped[0] and "outside the corpus" in skipped[0]
    assert "corpus/pipe.txt:" in skipped[1] and "FIFO" in skipped[1]


@pytest.mark.integration  # embeds with the real model
def test_index_with_another_model_needs_rebuild(corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    ChromaStore(make_client(data / "chroma"), "referat", "st/some-other-model")
    result = CliRunner().invoke(cli, ["index", str(corpus), "--json", "--data-dir", str(data)])
    assert result.exit_code == 1
    assert "re-index" in result.output and "--rebuild" in result.output
    code, out = run("index", str(corpus), "--json", "--rebuild", "--data-dir", str(data))
    assert code == 0 and json.loads(out)["chunks_embedded"] == 2


def test_search_json_puts_solgaarden_first(indexed: IndexedCorpus) -> None:
    code, out = run(
        "search", "solgården takster", "--json", "--data-dir", str(indexed.settings.data_dir)
    )
    assert code == 0, out
    rows = json.loads(out)
    assert rows and all(ROW_KEYS <= set(r) for r in rows)
    assert (rows[0]["meeting_date"], rows[0]["punkt"]) == ("2017-06-19", 5)
    assert rows[0]["case_number"] == "17/163" and rows[0]["title"] == "Budgetanalyser"
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores, reverse=True)


def test_search_text_and_env_data_dir(indexed: IndexedCorpus) -> None:
    code, out = run(
        "search", "solgården takster", env={"REFERAT_DATA_DIR": str(indexed.settings.data_dir)}
    )
    assert code == 0, out
    assert out.splitlines()[0].startswith("1. Direktionen 19-06-2017 Punkt 5: Budgetanalyser")


class Killed(BaseException):
    """Raised at a fault point: like a SIGKILL, nothing after it runs (not an Exception)."""


def test_rebuild_for_another_model_keeps_the_old_index_until_it_is_replaced(
    corpus: Path, tmp_path: Path
) -> None:
    """Issue 12: the model mismatch is caught by its type, and --rebuild no longer drops the
    old index first: killed before the switch, the old index is still there."""
    data = tmp_path / "data"
    old = ChromaStore(make_client(data / "chroma"), "referat", "st/some-other-model")
    old.put_files([("corpus/x.txt", "h", parse_text(MINUTES, "corpus/x.txt"), 0)])
    old.set_state(generation=7, dirty=False)

    def kill(step: str, _path: Path | None) -> None:
        if step == "store.upsert":
            raise Killed(step)

    with faults.injected(kill), pytest.raises(Killed):
        CliRunner().invoke(cli, ["index", str(corpus), "--rebuild", "--data-dir", str(data)])
    survivor = ChromaStore(make_client(data / "chroma"), "referat", "st/some-other-model")
    assert set(survivor.file_records()) == {"corpus/x.txt"} and survivor.generation() == 7
    code, out = run("index", str(corpus), "--json", "--rebuild", "--data-dir", str(data))
    assert code == 0 and json.loads(out)["chunks_embedded"] == 2


@pytest.mark.integration  # embeds with the real model
def test_progress_bar_counts_chunks_from_the_first_report(corpus: Path, tmp_path: Path) -> None:
    (corpus / "b.txt").write_text(MINUTES.replace("05-03-2021", "06-03-2021"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["index", str(corpus), "--data-dir", str(tmp_path / "d")])
    assert result.exit_code == 0, result.output
    frames = [f for f in result.stderr.replace("\r", "\n").splitlines() if "Indlejrer" in f]
    assert frames and all("/4" in f for f in frames), frames  # the total from the start
    assert "4/4" in frames[-1] and "0fil" not in result.stderr


@pytest.mark.parametrize(
    ("error", "full"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), True),
        (sqlite3.OperationalError("database or disk is full"), True),
        (RuntimeError("the upload queue is full"), False),
        (ValueError("collection referat_files is full of stale records"), False),
    ],
)
def test_disk_full_hint_only_for_a_full_disk(error: Exception, full: bool) -> None:
    from api.cli import _store_failure
    from indexer.config import Settings

    settings = Settings(_env_file=None, data_dir=Path("/tmp/referat-x"))  # type: ignore[call-arg]
    message = _store_failure(settings, error).message
    assert ("the disk is full" in message) is full, message
    wrapped = RuntimeError("chroma write failed")
    wrapped.__cause__ = error
    assert ("the disk is full" in _store_failure(settings, wrapped).message) is full


def test_python_dash_m_runs_the_cli() -> None:
    # `python -m api.cli index corpus/` used to exit 0 having done nothing.
    done = subprocess.run(
        [sys.executable, "-m", "api.cli", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Usage" in done.stdout and "index" in done.stdout
