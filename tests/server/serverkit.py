"""Real servers for the deployment tests: a `chroma run` process, uvicorn workers (subprocesses)
and an in-process live uvicorn, plus a builder for tiny synthetic minutes.

Everything binds to 127.0.0.1 on a free port and is stopped by the caller (the fixtures).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import httpx
from builders import minutes_text

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CHROMA = BIN / "chroma"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def http() -> httpx.Client:
    # Loopback only: never route through a proxy from the environment.
    return httpx.Client(trust_env=False, timeout=60)


def wait_until(
    check: Any,
    timeout: float,
    what: str,
    proc: subprocess.Popen[bytes] | None = None,
    log: Path | None = None,
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
            raise RuntimeError(f"{what} exited with {proc.returncode}:\n{tail}")
        try:
            if check():
                return
        except (httpx.HTTPError, OSError):
            pass
        time.sleep(0.2)
    tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
    raise TimeoutError(f"{what} not ready after {timeout:.0f}s\n{tail}")


class ChromaServer:
    """`chroma run --path <path> --host 127.0.0.1 --port <free>` from the installed chromadb."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = path.parent / f"chroma-{self.port}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60) -> ChromaServer:
        self.path.mkdir(parents=True, exist_ok=True)
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(
                [
                    str(CHROMA),
                    "run",
                    "--path",
                    str(self.path),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=self.path.parent,
            )
        with http() as client:
            wait_until(
                lambda: client.get(f"{self.url}/api/v2/heartbeat").status_code == 200,
                timeout,
                "chroma server",
                self.proc,
                self.log,
            )
        return self

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class Worker:
    """One API worker process: `uvicorn api.http.asgi:app` with the given REFERAT_* env."""

    def __init__(self, env: dict[str, str], workdir: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workdir = workdir
        self.log = workdir / f"worker-{self.port}.log"
        # A clean environment: no REFERAT_* from the developer's shell leaks in.
        base = {k: v for k, v in os.environ.items() if not k.startswith("REFERAT_")}
        base.update({"HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"})
        base.update(env)
        self.env = base
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Worker:
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "uvicorn",
                    "api.http.asgi:app",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--log-level",
                    "warning",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=self.workdir,
                env=self.env,
            )
        return self

    def wait_ready(self, timeout: float = 120) -> None:
        with http() as client:
            wait_until(
                lambda: client.get(f"{self.url}/health").json().get("index_loaded"),
                timeout,
                f"worker on {self.port}",
                self.proc,
                self.log,
            )

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class LiveServer:
    """An app served by uvicorn in a thread of this process, on a free loopback port."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("live server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def write_minutes(
    folder: Path, name: str, board: str, day: date, points: Sequence[tuple[str, str, str]]
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(minutes_text(board, day, points), encoding="utf-8")
    return path
