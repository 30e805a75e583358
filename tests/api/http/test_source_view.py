"""The source view as a place to read: archive index, point titles, back link, HTML 404, and the
cited passage marked in whole words."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from api.http.routes.minutes import _find_passage
from api.service import HIGHLIGHT_CHARS, highlight_passage

MEETING = "direktionen-2017-06-19"


def _marked(page: str) -> str:
    m = re.search(r'<mark id="cited">(.*?)</mark>', page, re.S)
    assert m, "no passage is marked"
    return m.group(1)


def test_archive_index_lists_meetings_by_board_and_year(client: TestClient) -> None:
    r = client.get("/minutes")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    meetings = client.get("/v1/meetings").json()["data"]
    assert f"{len(meetings)} møder i arkivet" in r.text
    for m in meetings:
        day = "-".join(reversed(m["date"].split("-")))
        link = f'<a href="/minutes/{m["meeting_id"]}">{day}</a>'
        assert link in r.text, link
        assert re.search(re.escape(link) + rf' <span class="antal">{m["points"]} punkter?', r.text)
        assert f"<h2>{m['board']} " in r.text
    for year in {m["date"][:4] for m in meetings}:
        assert f"<h3>{year}</h3>" in r.text
    assert 'href="/chat/"' in r.text


def test_meeting_page_has_back_link_and_point_titles(client: TestClient) -> None:
    page = client.get(f"/minutes/{MEETING}").text
    agenda = client.get(f"/v1/meetings/{MEETING}").json()["agenda"]
    assert '<a href="/chat/" id="tilbage">' in page and 'href="/minutes"' in page
    for point in agenda:
        title = point["title"].replace("&", "&amp;").replace('"', "&quot;")
        assert f'<a href="#punkt-{point["punkt"]}">{title}</a>' in page


def test_unknown_meeting_is_an_html_404(client: TestClient) -> None:
    r = client.get("/minutes/no-such-meeting")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "Referatet findes ikke" in r.text and "no-such-meeting" in r.text
    assert 'href="/minutes"' in r.text and not r.text.lstrip().startswith("{")


def test_passage_cut_mid_word_is_marked_in_whole_words(client: TestClient) -> None:
    point = client.get(f"/v1/meetings/{MEETING}/points/5").json()
    text = next(s["text"] for s in point["sections"] if s["name"] == "Beslutning")
    words = text.split()
    # Start inside the 3rd word and stop inside the 9th: the mark must widen to whole words.
    probe = " ".join(words[2:9])
    needle = probe[2:-2]
    page = client.get(f"/minutes/{MEETING}", params={"punkt": 5, "hl": needle}).text
    marked = " ".join(_marked(page).split())
    assert marked.startswith(words[2].replace("&", "&amp;")), marked
    assert marked.endswith(words[8].replace("&", "&amp;")), marked
    assert page.count('id="cited"') == 1 and 'class="point cited" id="punkt-5"' in page


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Der blev besluttet: Godkendt.\nNæste sag.", "blev besl", "blev besluttet"),
        ("A. Vedr. Taxhuset blev det godkendt. Derefter x.", "Vedr. Taxhus …", None),
        ("linje  et\n to tre", "et to", "et\n to"),
    ],
)
def test_find_passage_whole_words(text: str, needle: str, expected: str | None) -> None:
    span = _find_passage(text, needle)
    assert span is not None
    got = text[span[0] : span[1]]
    if expected is None:  # a trimmed quote runs to its sentence's end, past "Vedr."
        assert got == "Vedr. Taxhuset blev det godkendt."
    else:
        assert got == expected


def test_passage_missing_from_text_marks_nothing() -> None:
    assert _find_passage("Intet her.", "helt andet") is None


def test_link_to_a_missing_passage_lands_on_the_point(client: TestClient) -> None:
    page = client.get(f"/minutes/{MEETING}", params={"punkt": 5, "hl": "ikke i teksten"}).text
    assert "<mark" not in page
    assert '<section class="point cited" id="punkt-5"><span id="cited"></span>' in page


def test_link_passage_is_cut_at_a_word() -> None:
    long = "ord " * 200
    passage = highlight_passage(long + "slut")
    assert len(passage) <= HIGHLIGHT_CHARS + 2 and passage.endswith("ord …")
    assert highlight_passage("  to\n ord … ") == "to ord"


def test_each_citation_link_marks_its_own_quote(client: TestClient) -> None:
    body: dict[str, Any] = client.post(
        "/v1/ask", json={"question": "Hvad blev besluttet om Solgårdens takster?"}
    ).json()
    assert body["citations"]
    for c in body["citations"]:
        assert c["url"].endswith("#cited")
        parts = urlsplit(c["url"])
        hl = parse_qs(parts.query)["hl"][0]
        assert hl.replace(" …", "") in " ".join(c["quote"].replace("…", " ").split())
        page = client.get(c["url"]).text
        marked = " ".join(_marked(page).split())
        first = hl.split()[0]
        assert marked.split()[0] == first.replace("&", "&amp;"), (marked, hl)
