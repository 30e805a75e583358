"""Helpers for the crash and fault tests: tiny synthetic minutes, `referat index` subprocesses
that can be killed at a chosen moment, and a comparable picture of a store.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from builders import minutes_text

ROOT = Path(__file__).resolve().parents[2]
REFERAT = Path(sys.executable).parent / "referat"

WORDS = (
    "kommunen budget skole ældrepleje trafik borgere udvalg økonomi plan strategi "
    "rekruttering sygefravær digitalisering borgerservice takster anlæg"
).split()


def write_corpus(
    folder: Path, files: int = 3, points: int = 4, words: int = 60, salt: str = ""
) -> list[Path]:
    """``files`` minutes of ``points`` points each, ``words`` words of text per point."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(files):
        pts = []
        for p in range(points):
            text = " ".join(WORDS[(i * 7 + p * 3 + j) % len(WORDS)] for j in range(words))
            pts.append(
                (
                    f"Sag {p + 1} om {WORDS[(i + p) % len(WORDS)]} {salt}".strip(),
                    f"19/{1000 + i * 10 + p}",
                    f"Direktionen besluttede: {text}.",
                )
            )
        day = date(2019 + i // 12, i % 12 + 1, 10)
        path = folder / f"direktionen-{day.isoformat()}.txt"
        path.write_text(minutes_text("Direktionen", day, pts), encoding="utf-8")
        out.append(path)
    return out


def env(data: Path | None = None) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith("REFERAT_")}
    e.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"})
    if data is not None:
        e["REFERAT_DATA_DIR"] = str(data)
    return e


def run_index(
    workdir: Path,
    data: Path,
    *args: str,
    timeout: float = 300,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`referat index corpus --data-dir <data>` to completion, in ``workdir``."""
    e = env()
    e.update(extra_env or {})
    return subprocess.run(
        [str(REFERAT), "index", "corpus", "--data-dir", str(data), *args],
        cwd=workdir,
        env=e,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@dataclass
class Killed:
    moment: str
    after_s: float
    progress_seen: int
    exited_by_itself: bool


def index_and_kill(
    workdir: Path,
    data: Path,
    *,
    after_progress: int | None = None,
    delay_s: float = 0.0,
    at_s: float | None = None,
    timeout: float = 300,
    args: tuple[str, ...] = (),
) -> Killed:
    """Start `referat index` (with ``args``) and SIGKILL it when its progress bar shows
    ``after_progress`` chunks embedded (then ``delay_s`` later), or ``at_s`` seconds after the
    start."""
    proc = subprocess.Popen(
        [str(REFERAT), "index", "corpus", "--data-dir", str(data), *args],
        cwd=workdir,
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    seen = [0]
    got = threading.Event()

    def read() -> None:
        assert proc.stderr is not None
        buf = b""
        while True:
            chunk = proc.stderr.read1(4096)  # type: ignore[attr-defined]
            if not chunk:
                return
            buf = (buf + chunk)[-4096:]
            for token in buf.replace(b"\r", b"\n").split(b"\n"):
                part = token.split(b"|")
                if len(part) >= 3:
                    done = part[2].strip().split(b"/")[0]
                    if done.isdigit():
                        seen[0] = max(seen[0], int(done))
            if after_progress is not None and seen[0] >= after_progress:
                got.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    started = time.monotonic()
    moment = (
        f"progress {after_progress} chunks + {delay_s:.1f}s"
        if after_progress is not None
        else f"{at_s:.2f}s after start"
    )
    deadline = started + timeout
    if after_progress is not None:
        while not got.is_set() and proc.poll() is None and time.monotonic() < deadline:
            got.wait(0.02)
        time.sleep(delay_s)
    else:
        assert at_s is not None
        while proc.poll() is None and time.monotonic() < started + at_s:
            time.sleep(0.01)
    exited = proc.poll() is not None
    if not exited:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join(timeout=5)
    return Killed(moment, time.monotonic() - started, seen[0], exited)


def release(client: Any) -> None:
    """Drop this process's cached Chroma system for a path, so the next open reads afresh."""
    from chromadb.api.shared_system_client import SharedSystemClient

    ident = client._identifier
    system = SharedSystemClient._identifier_to_system.pop(ident, None)
    SharedSystemClient._identifier_to_refcount.pop(ident, None)
    if system is not None:
        try:
            system.stop()
        except Exception:  # noqa: BLE001, S110 - best effort
            pass


@dataclass
class Picture:
    """What a store holds, in a form two stores can be compared by."""

    chunks: dict[str, tuple[str, str]]  # chunk id -> (content hash, source path)
    count: int
    files: dict[str, tuple[str, int]]  # source -> (file hash, chunk count)
    state: dict[str, Any]

    def problems(self) -> list[str]:
        out = []
        if self.count != len(self.chunks):
            out.append(f"count {self.count} != {len(self.chunks)} distinct ids (duplicates?)")
        orphans = sorted(cid for cid, (_, src) in self.chunks.items() if src not in self.files)
        if orphans:
            out.append(f"orphan chunks: {orphans[:5]}")
        for src, (_, n) in self.files.items():
            have = sum(1 for _, s in self.chunks.values() if s == src)
            if have != n:
                out.append(f"{src}: record says {n} chunks, store holds {have}")
        if self.state.get("dirty"):
            out.append("dirty flag still set")
        return out

    def same_as(self, other: Picture) -> bool:
        return (
            self.chunks == other.chunks and self.count == other.count and self.files == other.files
        )


def picture(data: Path, model_id: str) -> Picture:
    from indexer.store import ChromaStore, make_client

    client = make_client(data / "chroma")
    try:
        store = ChromaStore(client, "referat", model_id)
        got = store.chunks.get(include=["metadatas"])
        chunks = {
            cid: (str(m.get("content_hash")), str(m.get("source_path")))
            for cid, m in zip(got["ids"], got["metadatas"] or [], strict=True)
        }
        files = {src: (r.file_hash, r.chunk_count) for src, r in store.file_records().items()}
        return Picture(chunks, store.count(), files, store.state())
    finally:
        release(client)
