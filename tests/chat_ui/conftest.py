"""Fixtures for the chat: the real app served by uvicorn on a free port, and Debian's chromium.

The browser is never downloaded: Playwright drives /usr/bin/chromium, which `make test` installs
(the Makefile `browser` target). Without it the browser tests are skipped with the reason.
"""

from __future__ import annotations

import os
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
# The live app accepts this admin key, so a test can read feedback back over HTTP.
ADMIN_KEY = "browser-admin"
# Develop the browser tests against a server already running (with REFERAT_ADMIN_KEYS set to
# ADMIN_KEY) instead of indexing the corpus for each run.
DEV_URL = os.environ.get("REFERAT_TEST_LIVE_URL")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class LiveServer:
    """The whole app (API + chat at /chat) served by uvicorn in a background thread."""

    def __init__(self, service: ReferatService, port: int | None = None) -> None:
        settings = service.settings.model_copy(update={"admin_keys": [ADMIN_KEY]})
        self.port = port or _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        app = create_app(settings, service=service)
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        )
        self.thread = threading.Thread(target=self.server.run, name="uvicorn-chat", daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                pytest.fail("the app did not start within 60 s")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_service(request: pytest.FixtureRequest) -> ReferatService | None:
    """The service behind the live app (None when testing against REFERAT_TEST_LIVE_URL)."""
    if DEV_URL:
        return None
    service: ReferatService = request.getfixturevalue("service")
    return service


@pytest.fixture(scope="session")
def admin_key() -> str:
    return ADMIN_KEY


@pytest.fixture
def start_server(live_service: ReferatService | None) -> Iterator[Any]:
    """Start (and at the end stop) servers of this test's own: ``start_server(port=None)``."""
    if live_service is None:
        pytest.skip("needs servers of its own, not REFERAT_TEST_LIVE_URL")
    started: list[LiveServer] = []

    def start(port: int | None = None) -> LiveServer:
        server = LiveServer(live_service, port).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def live_url(live_service: ReferatService | None) -> Iterator[str]:
    """The whole app served on a free port, shared by every browser test of the session."""
    if live_service is None:
        assert DEV_URL
        yield DEV_URL.rstrip("/")
        return
    server = LiveServer(live_service).start()
    yield server.url
    server.stop()


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
