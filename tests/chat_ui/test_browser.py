"""End to end in a real headless chromium: ask, read the cited answer, open the source."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

QUESTION = "Hvad blev besluttet om Solgårdens takster?"


def test_chat_answers_with_sources_that_open(
    browser: Any, live_url: str, artifacts_dir: Path
) -> None:
    context = browser.new_context(viewport={"width": 1366, "height": 1000}, locale="da-DK")
    try:
        page = context.new_page()
        page.goto(f"{live_url}/chat/", wait_until="domcontentloaded")
        box = page.locator("#spoergsmaal textarea")
        box.wait_for(state="visible", timeout=30_000)
        box.fill(QUESTION)
        box.press("Enter")

        # The answer is complete when its "Kilder" list is there and the cursor has gone.
        answer = page.locator("#samtale .svar").last
        answer.locator(".kilder").wait_for(timeout=60_000)
        page.wait_for_function("() => !document.querySelector('#samtale .markør')", timeout=60_000)
        text = answer.inner_text()
        assert "19-06-2017" in text
        assert re.search(r"Punkt 5\b", text), text
        assert answer.locator("a.cite").count() >= 1, "no citation marker is a link"
        assert answer.locator("a.cite").first.get_attribute("target") == "_blank"

        source = answer.locator("li.kilde", has_text="Punkt 5").first
        link = source.locator("a.kilde-link")
        assert link.get_attribute("target") == "_blank"
        page.screenshot(path=str(artifacts_dir / "chat.png"), full_page=True)

        with context.expect_page(timeout=30_000) as opened:
            link.click()
        minutes = opened.value
        minutes.wait_for_load_state("domcontentloaded")
        assert "#punkt-5" in minutes.url
        point = minutes.locator("#punkt-5")
        point.wait_for(timeout=10_000)
        assert "Budgetanalyser" in point.inner_text()
        minutes.screenshot(path=str(artifacts_dir / "chat-source.png"))
    finally:
        context.close()
