"""The chat as staff use it, in a real headless chromium: cited answers that can be checked,
copy, dark theme contrast, the phone layout, filters, conversations that last, feedback, the
source view and the offline API docs. One live server and one browser for the whole session."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

pytestmark = pytest.mark.browser

QUESTION = "Hvad blev besluttet om Solgårdens takster?"
DESKTOP = {"width": 1366, "height": 1000}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport=DESKTOP, locale="da-DK")
    yield ctx
    ctx.close()


def open_chat(page: Any, url: str) -> Any:
    page.goto(f"{url}/chat/", wait_until="domcontentloaded")
    box = page.locator("#spoergsmaal textarea")
    box.wait_for(state="visible", timeout=30_000)
    return box


def ask(page: Any, question: str = QUESTION) -> Any:
    """Ask and wait for the finished answer (its copy buttons come with the final render)."""
    box = page.locator("#spoergsmaal textarea")
    before = page.locator("#samtale .svar .kopier-knapper").count()
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('#samtale .svar .kopier-knapper').length > n",
        arg=before,
        timeout=60_000,
    )
    return page.locator("#samtale .svar").last


def field(page: Any, elem_id: str) -> Any:
    return page.locator(f"#{elem_id}").locator("textarea, input").first


def test_each_marker_opens_and_marks_its_own_passage(
    context: Any, live_url: str, artifacts_dir: Path
) -> None:
    page = context.new_page()
    open_chat(page, live_url)
    answer = ask(page)
    # The short answer's markers (the whole answer behind "Vis mere" has its own).
    cites = answer.locator(":scope > .svar-tekst a.cite")
    assert cites.count() >= 2
    text = answer.locator(".svar-tekst").inner_text()
    assert "19-06-2017" in text and re.search(r"Punkt 5\b", text)
    hrefs = [cites.nth(i).get_attribute("href") for i in range(cites.count())]
    passages = [parse_qs(urlsplit(h).query)["hl"][0] for h in hrefs]
    assert len(set(passages)) == len(passages), "two markers link the same passage"

    # Hover shows the quote with its date and point.
    cites.nth(1).hover()
    pop = cites.nth(1).locator(".cite-pop")
    pop.wait_for(state="visible", timeout=5_000)
    shown = pop.inner_text()
    assert "19-06-2017, Punkt 5: Budgetanalyser" in shown
    assert passages[1].rstrip(" …")[:40] in " ".join(shown.split())
    for i in range(cites.count()):
        cites.nth(i).hover()
        page.wait_for_timeout(100)
        inside = page.evaluate(
            "i => { const p = document.querySelectorAll('#samtale .svar')"
            ".item(document.querySelectorAll('#samtale .svar').length - 1)"
            ".querySelectorAll('a.cite .cite-pop')[i].getBoundingClientRect();"
            " const s = document.getElementById('samtale').getBoundingClientRect();"
            " return p.width > 0 && p.left >= s.left - 1 && p.right <= s.right + 1; }",
            i,
        )
        assert inside, f"the quote of marker {i + 1} is cut off by the panel"
    cites.nth(1).hover()
    page.screenshot(path=str(artifacts_dir / "chat-citation-hover.png"))

    # The sources list names each source once, with all of its numbers.
    sources = answer.locator(":scope > .kilder li.kilde")
    assert sources.count() == len({urlsplit(h).path + str(urlsplit(h).fragment) for h in hrefs})

    with context.expect_page(timeout=30_000) as opened:
        cites.nth(1).click()
    minutes = opened.value
    minutes.wait_for_load_state("load")
    mark = minutes.locator("mark#cited")
    mark.wait_for(timeout=10_000)
    marked = " ".join(mark.inner_text().split())
    wanted = passages[1].rstrip(" …")
    assert marked.startswith(wanted[:60]), (marked, wanted)
    # Whole words: the mark starts and ends at a word boundary of the text around it.
    around = minutes.evaluate(
        "() => { const m = document.getElementById('cited');"
        " const b = m.previousSibling ? m.previousSibling.textContent.slice(-1) : '';"
        " const a = m.nextSibling ? m.nextSibling.textContent.slice(0, 1) : '';"
        " return [b, a]; }"
    )
    assert not any(ch.isalnum() for ch in around), around
    minutes.wait_for_function(
        "() => { const r = document.getElementById('cited').getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight; }",
        timeout=5_000,
    )
    minutes.screenshot(path=str(artifacts_dir / "source-marked-passage.png"))
    minutes.locator("#tilbage").click()
    minutes.wait_for_url(re.compile(r"/chat/?$"), timeout=10_000)
    minutes.close()


def copied_after(page: Any, button: Any) -> str:
    """Click a copy button and return what lands on the clipboard (emptied first, so what is
    read is this click's)."""
    page.evaluate("() => navigator.clipboard.writeText('')")
    button.click()
    page.wait_for_function("async () => (await navigator.clipboard.readText()) !== ''")
    text: str = page.evaluate("() => navigator.clipboard.readText()")
    return text


def body_of(copied: str) -> str:
    """The answer part of a copy (above its sources), with whitespace made single spaces."""
    return " ".join(re.split(r"\n\n(?:Kilder:|\*\*Kilder\*\*)", copied)[0].split())


def test_copy_is_text_or_markdown_with_sources(
    browser: Any, live_url: str, artifacts_dir: Path
) -> None:
    ctx = browser.new_context(viewport=DESKTOP, locale="da-DK")
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_url)
    try:
        page = ctx.new_page()
        open_chat(page, live_url)
        answer = ask(page)
        as_text = answer.locator("button.kopier").nth(0)
        as_markdown = answer.locator("button.kopier").nth(1)
        assert as_text.inner_text() == "Kopiér som tekst"
        assert as_markdown.inner_text() == "Kopiér som Markdown"
        plain = copied_after(page, as_text)
        as_text.get_by_text("Kopieret").wait_for(timeout=5_000)
        markdown = copied_after(page, as_markdown)
        shown = " ".join(answer.locator(":scope > .svar-tekst").inner_text().split())
        shown_sources = answer.locator(":scope > .kilder li.kilde").count()

        # With "Vis mere" open the user sees the whole answer: that is what is copied.
        answer.locator("details.vis-mere > summary").click()
        answer.locator(".svar-fuld").wait_for(state="visible", timeout=5_000)
        whole_plain = copied_after(page, as_text)
        whole_markdown = copied_after(page, as_markdown)
        whole_shown = " ".join(answer.locator(".svar-fuld").inner_text().split())
        whole_sources = answer.locator("details.vis-mere li.kilde").count()
        page.screenshot(path=str(artifacts_dir / "chat-copy-vis-mere.png"))
        # Closed again, the short answer is copied again.
        answer.locator("details.vis-mere > summary").click()
        answer.locator(":scope > .svar-tekst").wait_for(state="visible", timeout=5_000)
        again = copied_after(page, as_text)
        assert copied_after(page, as_text) == again  # a second click within "Kopieret ✓"
        page.wait_for_timeout(2_000)  # ... and the label comes back all the same
        assert as_text.inner_text() == "Kopiér som tekst"
    finally:
        ctx.close()
    for copied in (plain, markdown, whole_plain, whole_markdown):
        assert "<" not in copied and "&amp;" not in copied and "class=" not in copied
        assert f"{live_url}/minutes/direktionen-2017-06-19?" in copied
        assert "19-06-2017, Punkt 5: Budgetanalyser" in copied
    # Exactly the text on the screen, markers included, with its own sources under it.
    assert body_of(plain) == shown and body_of(markdown) == shown
    assert body_of(whole_plain) == whole_shown and body_of(whole_markdown) == whole_shown
    assert len(whole_shown) > len(shown) + 100 and again == plain
    assert len(re.findall(r"^\[\d+\]", plain.split("Kilder:")[1], re.M)) == shown_sources
    assert len(re.findall(r"^\[\d+\]", whole_plain.split("Kilder:")[1], re.M)) == whole_sources
    first_line = plain.splitlines()[0]
    assert "[1]" in plain and first_line and "Kilder:" in plain
    assert re.search(
        r"^\[1\] 19-06-2017, Punkt 5: Budgetanalyser \(sag 17/163\): http", plain, re.M
    )
    assert "**Kilder**" in markdown and re.search(r"^- \[1\] \[19-06-2017, Punkt 5", markdown, re.M)


# Contrast of every visible piece of text against the background it is drawn on (WCAG 2.x).
CONTRAST_JS = """
() => {
  const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const over = (top, under) => { const a = top[3];
    return [0, 1, 2].map(i => top[i] * a + under[i] * (1 - a)).concat([1]); };
  const lum = c => { const f = v => { v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
  const background = el => { const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor); if (c && c[3] > 0) layers.push(c);
      if (c && c[3] >= 1) break; }
    let bg = [255, 255, 255, 1];
    if (document.body.classList.contains('dark')) bg = [0, 0, 0, 1];
    for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
    return bg; };
  const out = []; let checked = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue.trim()) continue;
    const el = n.parentElement; if (!el || el.closest('svg, script, style, noscript')) continue;
    const s = getComputedStyle(el);
    if (s.visibility !== 'visible' || parseFloat(s.opacity) === 0) continue;
    const r = el.getBoundingClientRect(); if (!r.width || !r.height) continue;
    let hidden = false;
    for (let e = el; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === 'none' || parseFloat(cs.opacity) === 0) { hidden = true; break; } }
    if (hidden) continue;
    const bg = background(el); const fg = over(parse(s.color), bg);
    const l1 = lum(fg), l2 = lum(bg);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight) >= 700;
    const need = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
    checked++;
    if (ratio < need) out.push({text: n.nodeValue.trim().slice(0, 50), ratio: +ratio.toFixed(2),
      need, color: s.color, bg: 'rgb(' + bg.slice(0, 3).map(Math.round).join(',') + ')',
      cls: el.className.toString().slice(0, 60)});
  }
  return {checked, failures: out};
}
"""


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_theme_text_meets_wcag_aa(
    browser: Any, live_url: str, artifacts_dir: Path, scheme: str
) -> None:
    ctx = browser.new_context(viewport=DESKTOP, locale="da-DK", color_scheme=scheme)
    try:
        page = ctx.new_page()
        open_chat(page, live_url)
        page.wait_for_function(
            "dark => document.body.classList.contains('dark') === dark",
            arg=scheme == "dark",
            timeout=10_000,
        )
        page.locator("#arkiv-daekning").get_by_text("Arkivet rummer").wait_for(timeout=10_000)
        answer = ask(page)
        page.locator("#filtre").get_by_text("Filtre:").first.click()
        field(page, "dato-fra").fill("19-06-2017")
        page.locator("#chip-fra").wait_for(state="visible", timeout=5_000)
        answer.locator("a.cite").first.hover()
        page.wait_for_timeout(300)
        result = page.evaluate(CONTRAST_JS)
        page.screenshot(path=str(artifacts_dir / f"chat-{scheme}.png"), full_page=True)
        source = ctx.new_page()
        source.goto(live_url + answer.locator("a.kilde-link").first.get_attribute("href"))
        source_result = source.evaluate(CONTRAST_JS)
        source.screenshot(path=str(artifacts_dir / f"source-{scheme}.png"))
    finally:
        ctx.close()
    assert result["checked"] > 40, result
    assert not result["failures"], result["failures"]
    assert source_result["checked"] > 20 and not source_result["failures"], source_result


def assert_answer_start_in_view(page: Any) -> None:
    """The view shows the question just asked and the start of its answer, not the bottom."""
    page.wait_for_timeout(1_000)  # the scroll runs once the answer is shown
    visible = page.evaluate(
        """() => {
          const log = document.querySelector('#samtale [role="log"]') ||
            document.querySelector('#samtale .bubble-wrap');
          const lr = log.getBoundingClientRect();
          const users = document.querySelectorAll('#samtale .user-row');
          const q = users[users.length - 1].getBoundingClientRect();
          const answers = document.querySelectorAll('#samtale .svar');
          const a = answers[answers.length - 1].getBoundingClientRect();
          const inView = r => r.top >= Math.max(lr.top, 0) - 1 &&
            r.top < Math.min(lr.bottom, window.innerHeight);
          return {question: inView(q), answer: inView(a), scrolled: log.scrollTop,
                  bottom: log.scrollHeight - log.clientHeight};
        }"""
    )
    assert visible["question"] and visible["answer"], visible
    assert visible["scrolled"] < visible["bottom"], visible


def test_a_question_sent_while_the_last_answer_finishes_is_asked_not_lost(
    context: Any, live_url: str
) -> None:
    """Staff type the next question as soon as the last one shows: it waits for the answer
    in progress and is then asked, instead of being dropped or wiped from the box."""
    page = context.new_page()
    box = open_chat(page, live_url)
    box.fill(QUESTION)
    box.press("Enter")
    page.locator("#samtale .user-row").first.wait_for(timeout=30_000)
    box.fill("Hvad indeholder digitaliseringsstrategien 2023-2026?")
    box.press("Enter")
    page.wait_for_function(
        "() => document.querySelectorAll('#samtale .svar .kopier-knapper').length >= 2",
        timeout=60_000,
    )
    users = page.locator("#samtale .user-row")
    assert users.count() == 2
    assert "digitaliseringsstrategien" in users.nth(1).inner_text()
    assert box.input_value() == ""
    # Both answered: no note that a question waits is left standing.
    page.wait_for_function(
        "() => !document.getElementById('koe-besked') || "
        "document.getElementById('koe-besked').hidden",
        timeout=10_000,
    )


def test_a_question_waiting_for_the_last_answer_says_so(context: Any, live_url: str) -> None:
    """While one answer is being written and the next question waits, a note under the input
    box says it will be asked; it goes when the waiting question's turn comes."""
    page = context.new_page()
    open_chat(page, live_url)
    note = page.locator("#koe-besked")
    page.evaluate("() => window.referatAsked()")
    assert note.count() == 0 or note.is_hidden()
    page.evaluate("() => window.referatAsked()")
    note.wait_for(state="visible", timeout=5_000)
    assert "stilles, så snart det forrige svar er færdigt" in note.inner_text()
    assert note.get_attribute("role") == "status"
    page.evaluate("() => window.referatAnswered()")
    note.wait_for(state="hidden", timeout=5_000)
    page.evaluate("() => window.referatAnswered()")
    assert note.is_hidden()


def test_phone_layout_keeps_input_filters_and_new_conversation_at_hand(
    browser: Any, live_url: str, artifacts_dir: Path
) -> None:
    ctx = browser.new_context(
        viewport=PHONE, locale="da-DK", is_mobile=True, has_touch=True, device_scale_factor=2
    )
    try:
        page = ctx.new_page()
        open_chat(page, live_url)
        for selector in ("#spoergsmaal textarea", "#ny-samtale", "#filtre"):
            box = page.locator(selector).first.bounding_box()
            assert box and 0 <= box["y"] and box["y"] + box["height"] <= PHONE["height"], (
                selector,
                box,
            )
        page.screenshot(path=str(artifacts_dir / "phone-start.png"))
        ask(page, "Hvad indeholder digitaliseringsstrategien 2023-2026?")
        ask(page)
        assert_answer_start_in_view(page)
        page.screenshot(path=str(artifacts_dir / "phone-answer.png"))
        # A tap on [n] shows the quote (a second tap would open the source).
        cite = page.locator("#samtale .svar").last.locator("a.cite").first
        cite.tap()
        cite.locator(".cite-pop").wait_for(state="visible", timeout=5_000)
        assert len(ctx.pages) == 1
    finally:
        ctx.close()


def test_filters_show_as_chips_and_new_conversation_clears_them(
    context: Any, live_url: str, artifacts_dir: Path
) -> None:
    page = context.new_page()
    open_chat(page, live_url)
    coverage = page.locator("#arkiv-daekning")
    coverage.get_by_text("Arkivet rummer").wait_for(timeout=10_000)
    assert re.search(
        r"Arkivet rummer 5 møder i Direktionen fra \d\d-\d\d-\d{4} til \d\d-\d\d-\d{4}",
        coverage.inner_text(),
    )
    page.locator("#filtre").get_by_text("Filtre:").first.click()
    field(page, "dato-fra").fill("01-06-2017")
    field(page, "dato-til").fill("2017-12-31")
    field(page, "udvalg").click()
    page.get_by_role("option", name="Direktionen").click()
    for chip, label in (("fra", "Fra: 01-06-2017"), ("til", "Til: 31-12-2017")):
        page.locator(f"#chip-{chip}").get_by_text(label).wait_for(timeout=5_000)
    page.locator("#chip-udvalg").get_by_text("Udvalg: Direktionen").wait_for(timeout=5_000)
    page.locator("#chip-til").click()
    page.locator("#chip-til").wait_for(state="hidden", timeout=5_000)
    assert field(page, "dato-til").input_value() == ""
    # The calendar beside a date field writes the picked date into it as DD-MM-YYYY.
    calendar = page.locator("#dato-til input[type='date']")
    assert calendar.get_attribute("aria-label") == "Vælg til-dato i kalenderen"
    assert page.locator("#dato-fra input[type='date']").is_visible()
    field(page, "dato-til").fill("19-06-2017")
    calendar.click(timeout=5_000)  # nothing covers it; it opens at the date in the field
    assert calendar.input_value() == "2017-06-19"
    page.keyboard.press("Escape")
    calendar.fill("2017-12-31")
    page.locator("#chip-til").get_by_text("Til: 31-12-2017").wait_for(timeout=5_000)
    assert field(page, "dato-til").input_value() == "31-12-2017"
    page.screenshot(path=str(artifacts_dir / "chat-date-calendar.png"))
    page.locator("#chip-til").click()
    page.locator("#chip-til").wait_for(state="hidden", timeout=5_000)
    assert field(page, "dato-til").input_value() == ""

    answer = ask(page)
    assert "Filtre: Direktionen, 01-06-2017 – …" in page.locator("#samtale").inner_text()
    assert "19-06-2017" in answer.inner_text()
    page.screenshot(path=str(artifacts_dir / "chat-filters.png"))

    page.locator("#ny-samtale").click()
    page.locator("#chip-fra").wait_for(state="hidden", timeout=5_000)
    assert page.locator("#chip-udvalg").is_hidden()
    assert field(page, "dato-fra").input_value() == ""
    assert field(page, "udvalg").input_value() == "Alle udvalg"
    assert page.locator("#samtale .svar").count() == 0

    field(page, "dato-fra").fill("31-02-2017")
    page.locator("#chip-fra").get_by_text("(ugyldig)").wait_for(timeout=5_000)
    box = page.locator("#spoergsmaal textarea")
    box.fill(QUESTION)
    box.press("Enter")
    error = page.locator("#samtale .svar-fejl")
    error.wait_for(timeout=10_000)
    assert "Fra dato »31-02-2017« er ikke en dato" in error.inner_text()


def test_conversation_survives_reload_and_server_restart(
    browser: Any, start_server: Any, artifacts_dir: Path
) -> None:
    server = start_server()
    ctx = browser.new_context(viewport=DESKTOP, locale="da-DK")
    try:
        page = ctx.new_page()
        open_chat(page, server.url)
        ask(page)
        page.wait_for_timeout(500)  # the conversation is written to localStorage after the answer
        page.reload()
        open_chat(page, server.url)
        chat = page.locator("#samtale")
        chat.get_by_text(QUESTION).wait_for(timeout=15_000)

        server.stop()
        server = start_server(port=server.port)
        page.reload()
        open_chat(page, server.url)
        chat.get_by_text(QUESTION).wait_for(timeout=15_000)
        assert chat.locator(".svar a.cite").count() >= 1

        # Earlier conversations: start a new one, reopen the first, delete it.
        page.locator("#ny-samtale").click()
        page.wait_for_function("() => !document.querySelector('#samtale .svar')")
        ask(page, "Hvordan skal borgerserviceområdet indrettes?")
        field(page, "tidligere").click()
        options = page.get_by_role("option")
        options.first.wait_for(timeout=5_000)
        assert options.count() == 2
        page.get_by_role("option", name=re.compile("Solgårdens takster")).click()
        page.locator("#aabn-samtale").click()
        chat.get_by_text(QUESTION).wait_for(timeout=10_000)
        assert "borgerserviceområdet" not in chat.inner_text()
        page.screenshot(path=str(artifacts_dir / "chat-reopened.png"), full_page=True)
        field(page, "tidligere").click()
        page.get_by_role("option", name=re.compile("Solgårdens takster")).click()
        page.locator("#slet-samtale").click()
        page.wait_for_function("() => !document.querySelector('#samtale .svar')")
        field(page, "tidligere").click()
        assert page.get_by_role("option").count() == 1
    finally:
        ctx.close()


def test_feedback_with_comment_is_stored_on_the_server(
    context: Any, live_url: str, admin_key: str, artifacts_dir: Path
) -> None:
    page = context.new_page()
    open_chat(page, live_url)
    question = "Hvordan blev rekrutteringspuljen 2023 fordelt?"
    admin = {"Authorization": f"Bearer {admin_key}"}

    def stored_questions() -> list[str]:
        r = httpx.get(f"{live_url}/v1/feedback", headers=admin, timeout=10)
        assert r.status_code == 200, r.text
        return [f["question"] for f in r.json()["data"]]

    before = stored_questions().count(question)
    answer = ask(page, question)
    # Asked and answered, but not rated: nothing of it is stored on the server.
    assert stored_questions().count(question) == before
    # The point was decided a week after the meeting: the source says so.
    note = answer.locator(":scope > .kilder .kilde-dato-note").first.inner_text()
    assert "Beslutningen er dateret 23-01-2023, senere end mødet 16-01-2023" in note
    bot = page.locator("#samtale .bot-row").last
    page.locator("#samtale button[aria-label='Dårligt svar']").last.click()
    status = page.locator("#feedback-status")
    status.get_by_text("din vurdering er gemt").wait_for(timeout=10_000)
    comment = "Svaret mangler fordelingen pr. område"
    field(page, "feedback-kommentar").fill(comment)
    page.locator("#feedback-send").click()
    status.get_by_text("Tak for kommentaren").wait_for(timeout=10_000)
    said = page.locator("#feedback").first.inner_text()
    assert "Textbox" not in said and "Kommentar til svaret" in said
    page.screenshot(path=str(artifacts_dir / "chat-feedback.png"))
    assert bot.is_visible()

    r = httpx.get(f"{live_url}/v1/feedback", headers=admin, timeout=10)
    assert r.status_code == 200, r.text
    mine = [f for f in r.json()["data"] if f["question"] == question]
    assert len(mine) == before + 1, r.json()
    stored = mine[0]
    assert stored["rating"] == "down" and stored["comment"] == comment
    assert stored["answer"] and stored["citations"] and stored["generation"] >= 1
    assert stored["citations"][0]["url"].startswith("/minutes/")


def test_gradio_strings_are_danish(context: Any, live_url: str) -> None:
    page = context.new_page()
    open_chat(page, live_url)
    ask(page)
    labels = page.evaluate(
        "() => Array.from(document.querySelectorAll('[aria-label], [title]'))"
        ".map(e => (e.getAttribute('aria-label') || '') + '|' + (e.getAttribute('title') || ''))"
    )
    english = {"Like", "Dislike", "Copy", "Copy message", "Clear", "Examples", "Loading..."}
    found = [x for x in labels if set(x.split("|")) & english]
    assert not found, found
    text = page.locator("body").inner_text()
    assert "Examples" not in text and "Eksempler på spørgsmål" in text
    # Gradio's default label of an unlabelled field, hidden but read out by screen readers.
    assert "Textbox" not in text and "Dit spørgsmål" in text
    assert "Godt svar" in " ".join(labels) and "Dårligt svar" in " ".join(labels)
    # Each message is read out in Danish, as the text it shows (never the answer's HTML).
    messages = [x.split("|")[0] for x in labels if "message" in x or x.startswith("Svar: ")]
    assert not [m for m in messages if "'s message" in m or "<" in m], messages
    assert f"Spørgsmål: {QUESTION}|" in labels
    said = next(m for m in messages if m.startswith("Svar: "))
    shown = " ".join(
        page.locator("#samtale .svar").last.locator(".svar-tekst").inner_text().split()
    )
    assert said.startswith("Svar: " + shown[:200]) and "Kilder" in said
    assert "Vis mere" not in said and "Kopiér" not in said


def test_archive_index_links_to_meetings_and_back_to_chat(
    context: Any, live_url: str, artifacts_dir: Path
) -> None:
    page = context.new_page()
    page.goto(f"{live_url}/minutes")
    assert page.locator("h1").inner_text() == "Alle referater"
    links = page.locator("ul.moeder a")
    assert links.count() == 5
    page.screenshot(path=str(artifacts_dir / "archive-index.png"), full_page=True)
    links.first.click()
    page.wait_for_load_state("load")
    menu = page.locator("nav.punkter a")
    assert menu.count() > 3 and not re.fullmatch(r"Punkt \d+", menu.first.inner_text())
    menu.nth(1).click()
    assert re.search(r"#punkt-\d+$", page.url)
    page.locator("#tilbage").click()
    page.wait_for_url(re.compile(r"/chat/?$"), timeout=10_000)

    response = page.goto(f"{live_url}/minutes/ingen-saadan")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Referatet findes ikke"
    page.locator("a", has_text="Se alle referater").click()
    page.wait_for_url(re.compile(r"/minutes$"))


def test_api_docs_render_without_the_internet(
    context: Any, live_url: str, artifacts_dir: Path
) -> None:
    blocked: list[str] = []

    def only_local(route: Any) -> None:
        if urlsplit(route.request.url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            blocked.append(f"{route.request.resource_type} {route.request.url}")
            route.abort()

    context.route("**/*", only_local)
    page = context.new_page()
    page.goto(f"{live_url}/docs")
    title = page.locator(".swagger-ui .info .title")
    title.wait_for(timeout=20_000)
    assert "Referat" in title.inner_text()
    assert page.locator(".opblock-summary-path", has_text="/v1/ask").count() >= 1
    page.screenshot(path=str(artifacts_dir / "docs-offline.png"))
    assert not blocked, blocked
    page.goto(f"{live_url}/redoc")
    page.locator("h1", has_text="Referat").wait_for(timeout=20_000)
    page.get_by_text("/v1/ask").first.wait_for(timeout=10_000)
    # ReDoc's "powered by" footer points at its logo on a CDN; an image, nothing the page needs.
    assert not [b for b in blocked if not b.startswith("image ")], blocked


# --- issue 13's answer kinds as the chat shows them ----------------------------------------------


def ask_any(page: Any, question: str) -> Any:
    """Ask and wait for the finished message, an answer (its copy buttons) or a refusal."""
    done = "#samtale .svar .kopier-knapper, #samtale .svar-afvist"
    before = page.locator(done).count()
    box = page.locator("#spoergsmaal textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        "([sel, n]) => document.querySelectorAll(sel).length > n",
        arg=[done, before],
        timeout=60_000,
    )
    return page.locator("#samtale .svar").last


def test_vis_mere_shows_the_rest_of_a_cut_answer(
    context: Any, live_url: str, artifacts_dir: Path
) -> None:
    page = context.new_page()
    open_chat(page, live_url)
    answer = ask(page)
    short = answer.locator(":scope > .svar-tekst")
    full = answer.locator("details.vis-mere .svar-fuld")
    toggle = answer.locator("details.vis-mere > summary")
    assert toggle.inner_text().strip().startswith("Vis mere")
    assert short.is_visible() and not full.is_visible()
    short_text = short.inner_text()
    assert len(short_text) <= 700  # the 600-character budget, plus the rendered markers

    toggle.click()
    full.wait_for(state="visible", timeout=5_000)
    whole = full.inner_text()
    # The whole answer stands in for the short one: same lead, more text, its own sources.
    assert len(whole) > len(short_text) + 100
    assert whole.split("«")[0] == short_text.split("«")[0]
    assert not short.is_visible() and not answer.locator(":scope > .kilder").is_visible()
    assert toggle.inner_text().strip().startswith("Vis mindre")
    assert full.locator("a.cite").count() >= 1
    sources = answer.locator("details.vis-mere .kilder a.kilde-link")
    assert sources.count() >= 1 and sources.first.is_visible()
    assert sources.first.get_attribute("href").startswith("/minutes/")
    page.screenshot(path=str(artifacts_dir / "chat-vis-mere.png"))

    toggle.click()
    short.wait_for(state="visible", timeout=5_000)
    assert not full.is_visible()

    # An answer that was not cut offers no "Vis mere"; its sources are the way to the rest.
    overview = ask(page, "hvad besluttede direktionen i maj 2013?")
    assert_answer_start_in_view(page)  # on a desktop too, below the earlier answer
    assert overview.locator("details.vis-mere").count() == 0
    assert overview.locator("a.kilde-link").count() == 6


def test_each_answer_kind_shows_properly(context: Any, live_url: str, artifacts_dir: Path) -> None:
    page = context.new_page()
    open_chat(page, live_url)

    # A meeting overview: every point of the meeting, each with its own link.
    overview = ask_any(page, "hvad besluttede direktionen i maj 2013?")
    text = overview.locator(".svar-tekst").first.inner_text()
    assert text.startswith("Direktionens møde 21-05-2013 (6 punkter):")
    lines = [line for line in text.splitlines() if line.startswith("- Punkt")]
    assert [int(re.match(r"- Punkt (\d+)", line).group(1)) for line in lines] == list(range(1, 7))
    cites = overview.locator(".svar-tekst a.cite")
    assert cites.count() == 6
    hrefs = [cites.nth(i).get_attribute("href") for i in range(6)]
    assert [parse_qs(urlsplit(h).query)["punkt"][0] for h in hrefs] == [str(n) for n in range(1, 7)]
    page.screenshot(path=str(artifacts_dir / "chat-overview.png"))

    # A case status: the timeline, newest decision first.
    status = ask_any(page, "status på sag 12/32140")
    text = status.locator(".svar-tekst").first.inner_text()
    assert text.startswith("Sag 12/32140 er behandlet")
    dates = [
        tuple(reversed(d.split("-")))
        for d in re.findall(r"^- Direktionen (\d\d-\d\d-\d{4})", text, flags=re.M)
    ]
    assert len(set(dates)) == 3 and dates == sorted(dates, reverse=True)
    assert status.locator("li.kilde").count() >= 3

    # A closed point asked for by number: named as closed, its content never shown.
    closed = ask_any(page, "hvad står der i punkt 3 den 19. juni 2017?")
    assert "svar-afvist" in (closed.get_attribute("class") or "")
    said = closed.inner_text()
    assert "Punkt 3 (19-06-2017) er et lukket punkt; indholdet er ikke offentligt." in said
    assert "«" not in said
    assert closed.locator("a.cite, li.kilde, a.forslag").count() == 0

    # A near miss: a refusal that names the nearest points, each a link to it.
    near = ask_any(page, "hvad blev besluttet om budgetforslag 2020-2023?")
    assert "svar-afvist" in (near.get_attribute("class") or "")
    assert "Jeg fandt intet om budgetforslag 2020-2023." in near.inner_text()
    assert near.locator("a.cite, li.kilde").count() == 0
    links = near.locator("a.forslag")
    assert links.count() >= 1
    first = links.first
    assert "19-06-2017, Punkt 4: Bemærkninger til budgetforslag 2018-2021" in first.inner_text()
    href = first.get_attribute("href")
    assert href.startswith("/minutes/direktionen-2017-06-19") and href.endswith("#punkt-4")
    page.screenshot(path=str(artifacts_dir / "chat-near-miss.png"))
    with context.expect_page(timeout=30_000) as opened:
        first.click()
    minutes = opened.value
    minutes.wait_for_load_state("load")
    assert minutes.locator("#punkt-4").count() == 1
    assert "Bemærkninger til budgetforslag 2018-2021" in minutes.locator("#punkt-4").inner_text()
    minutes.close()


def test_a_mistyped_question_says_how_it_was_read(context: Any, live_url: str) -> None:
    """ "nøgeltals" is read as the minutes' "nøgletals": the chat says so above the answer,
    and answers from the point on the key-figures cooperation."""
    page = context.new_page()
    open_chat(page, live_url)
    answer = ask(page, "hvilke kommuner er med i nøgeltals samarbejdet")
    message = page.locator("#samtale .laest-som").last
    assert (
        message.inner_text().strip() == "Læst som: «hvilke kommuner er med i nøgletals samarbejdet»"
    )
    assert answer.locator("a.kilde-link").first.get_attribute("href").startswith("/minutes/")
