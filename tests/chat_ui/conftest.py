"""Fixtures for the chat: the real app served by uvicorn on a free port, and Debian's chromium.

The browser is never downloaded: Playwright drives /usr/bin/chromium, which `make test` installs
(the Makefile `browser` target). Without it the browser tests are skipped with the reason.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from api.http.app import create_app
from api.service import ReferatService

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def live_url(service: ReferatService) -> Iterator[str]:
    """The whole app (API + chat at /chat) served on a free port in a background thread."""
    app = create_app(service.settings, service=service)
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, name="uvicorn-chat", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the app did not start within 60 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian chromium driven by Playwright (no browser download)."""
    if not CHROMIUM.exists():
        reason = (
            f"{CHROMIUM} is missing: run `make test` (it installs it with apt-get) or "
            "`apt-get install -y chromium`"
        )
        pytest.skip(reason)
    if shutil.which("chromium") is None and not CHROMIUM.exists():  # pragma: no cover
        pytest.skip("chromium not on PATH")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="the playwright package is not installed"
    )
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
