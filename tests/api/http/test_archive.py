"""GET /v1/search, the archive as JSON, the case history, the source view, /health and /."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.http.app import create_app
from api.retrieval.retriever import open_retriever
from api.service import ReferatService
from indexer.runtime import open_store


def test_search_ranks_points_with_snippets(client: TestClient) -> None:
    r = client.get("/v1/search", params={"q": "Solgården takster"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["count"] == len(body["data"]) > 0
    top = body["data"][0]
    assert (top["meeting_date"], top["punkt"]) == ("2017-06-19", 5)
    assert top["snippet"] and top["url"].endswith("#punkt-5")
    assert "answer" not in body


def test_search_filters(client: TestClient) -> None:
    r = client.get(
        "/v1/search",
        params={"q": "budget", "date_from": "2013-01-01", "date_to": "2013-04-30", "k": 20},
    )
    dates = {p["meeting_date"] for p in r.json()["data"]}
    assert dates and dates <= {"2013-01-15", "2013-04-30"}
    r = client.get("/v1/search", params={"q": "økonomiopfølgning", "case_number": "12/32140"})
    data = r.json()["data"]
    assert data and all(p["case_number"] == "12/32140" for p in data)
    # Case numbers match loosely: other separators find the same points.
    loose = client.get("/v1/search", params={"q": "økonomiopfølgning", "case_number": "12-32140"})
    assert [p["punkt"] for p in loose.json()["data"]] == [p["punkt"] for p in data]


def test_search_date_from_the_question(client: TestClient) -> None:
    data = client.get("/v1/search", params={"q": "budget i juni 2017", "k": 20}).json()["data"]
    assert data and {p["meeting_date"] for p in data} == {"2017-06-19"}


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "x" * 2001},
        {"q": "hej\x00"},
        {"q": "budget", "date_from": "juni"},
        {"q": "budget", "date_from": "0"},
        {"q": "budget", "date_to": "2017-06-19T00:00:00"},
        {"q": "budget", "date_from": "2018-01-01", "date_to": "2017-01-01"},
        {"q": "budget", "case_number": "sag 12"},
        {"q": "budget", "k": 0},
        {},
    ],
)
def test_search_rejects_bad_requests(client: TestClient, params: dict[str, str]) -> None:
    r = client.get("/v1/search", params=params)
    assert r.status_code == 422, r.text
    assert r.json()["detail"]


def test_search_takes_a_case_number_with_series_letters(client: TestClient) -> None:
    # The reader stores a series' letters apart from the number ("SB 22/009"); the filter takes
    # what the archive shows (none in the five minutes: an empty list, not a 422).
    r = client.get("/v1/search", params={"q": "budget", "case_number": "SB 22/009"})
    assert r.status_code == 200, r.text
    assert r.json()["data"] == []


def test_meetings(client: TestClient) -> None:
    body = client.get("/v1/meetings").json()
    dates = [m["date"] for m in body["data"]]
    assert body["count"] == 5 and dates == sorted(dates)
    assert "direktionen-2017-06-19" in {m["meeting_id"] for m in body["data"]}


def test_meeting_with_agenda(client: TestClient) -> None:
    body = client.get("/v1/meetings/direktionen-2017-06-19").json()
    assert body["date"] == "2017-06-19" and body["attendees"]
    punkt3 = next(p for p in body["agenda"] if p["punkt"] == 3)
    assert punkt3["closed"] is True and punkt3["case_number"] == "17/163"
    assert all(p["sections"] is None for p in body["agenda"])


def test_point_open_and_closed(client: TestClient) -> None:
    open_point = client.get("/v1/meetings/direktionen-2017-06-19/points/5").json()
    assert open_point["title"] == "Budgetanalyser" and open_point["closed"] is False
    assert any("Taxhuset" in s["text"] for s in open_point["sections"])
    closed = client.get("/v1/meetings/direktionen-2017-06-19/points/3").json()
    assert closed["closed"] is True
    assert closed["sections"] is None
    assert closed["title"] and closed["case_number"] == "17/163"


@pytest.mark.parametrize(
    "path",
    [
        "/v1/meetings/no-such-meeting",
        "/v1/meetings/no-such-meeting/points/1",
        "/v1/meetings/direktionen-2017-06-19/points/999",
        "/v1/cases/99/99999",
    ],
)
def test_unknown_is_404(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert r.json()["detail"]


@pytest.mark.parametrize(
    "path",
    [
        "/v1/meetings/direktionen-2017-06-19/points/abc",
        "/v1/meetings/direktionen-2017-06-19/points/0",
        "/v1/cases/not-a-case",
    ],
)
def test_malformed_path_is_422(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 422


def test_case_history_oldest_first(client: TestClient) -> None:
    body = client.get("/v1/cases/12/32140").json()
    assert body["case_number"] == "12/32140" and body["count"] == len(body["data"]) >= 3
    keys = [(e["meeting_date"], e["punkt"]) for e in body["data"]]
    assert keys == sorted(keys)
    assert all("decisions" in e for e in body["data"])
    decided = [e for e in body["data"] if e["decisions"]]
    assert decided and all(
        d["name"] == "Beslutning" and d["text"] for e in decided for d in e["decisions"]
    )


def test_a_kle_number_with_its_facet_apart_is_a_case_number(client: TestClient) -> None:
    # Older minutes write "02.34.02 G 01": a well-formed case the archive does not hold.
    r = client.get("/v1/cases/02.34.02 G 01")
    assert r.status_code == 404, r.text
    r = client.post(
        "/v1/ask",
        json={"question": "salg af jord", "filters": {"case_number": "02.34.02 G 01"}},
    )
    assert r.status_code == 200, r.text


def test_case_history_lists_closed_point_without_content(client: TestClient) -> None:
    data = client.get("/v1/cases/17/163").json()["data"]
    closed = [e for e in data if e["punkt"] == 3 and e["meeting_date"] == "2017-06-19"]
    assert len(closed) == 1
    assert closed[0]["closed"] is True and closed[0]["decisions"] == []


def test_source_view_anchor_and_highlight(client: TestClient) -> None:
    r = client.get(
        "/minutes/direktionen-2017-06-19",
        params={"punkt": 5, "hl": "Vedr. Taxhuset blev det godkendt"},
    )
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert 'id="punkt-5"' in r.text and 'href="#punkt-5"' in r.text
    assert '<mark id="cited">Vedr. Taxhuset blev det godkendt' in r.text
    plain = client.get("/minutes/direktionen-2017-06-19").text
    assert "<mark" not in plain


def test_source_view_escapes_the_minutes(tiny: Any) -> None:
    app = create_app(tiny.service.settings, service=tiny.service, mount_ui=False)
    with TestClient(app) as c:
        page = c.get(
            "/minutes/testudvalget-2020-02-01",
            params={"punkt": 1, "hl": "<script>alert(1)</script>"},
        ).text
        point = c.get("/v1/meetings/testudvalget-2020-02-01/points/1").json()
    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert point["title"] == "Skolemælk <script>alert(1)</script>"  # JSON keeps the text


def test_health_reports_the_index(client: TestClient) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["index_loaded"] is True
    assert body["meetings"] == 5 and body["points"] > 30 and body["chunks"] >= body["points"]
    assert body["embedding_model"] and body["problem"] is None


def test_health_of_an_empty_store(tmp_path: Path, service: ReferatService) -> None:
    settings = service.settings.model_copy(update={"data_dir": tmp_path / "empty"})
    embedder = service.retriever.embedder
    retriever = open_retriever(settings, embedder=embedder, store=open_store(settings, embedder))
    empty = ReferatService(settings, retriever)
    with TestClient(create_app(settings, service=empty, mount_ui=False)) as c:
        r = c.get("/health")
        # Not ok is 503, so a load balancer stops sending questions here.
        assert r.status_code == 503
        assert r.json()["status"] == "degraded" and "empty" in r.json()["problem"]
        assert c.get("/v1/meetings").status_code < 500
        # The store's files removed under the running server: still 503, now an error.
        (settings.chroma_path / "chroma.sqlite3").unlink()
        r = c.get("/health")
        assert r.status_code == 503
        assert r.json()["status"] == "error" and "gone" in r.json()["problem"]


def test_health_without_a_service(service: ReferatService) -> None:
    app = create_app(service.settings, service=None, mount_ui=False)
    app.state.problem = "collection missing"
    # No lifespan (a plain client call would load the real index): the route reads app.state.
    c = TestClient(app)
    r = c.get("/health")
    assert r.status_code == 503
    body = r.json()
    assert body["status"] == "error" and body["problem"] == "collection missing"
    assert c.get("/v1/meetings").status_code == 503


def test_root_redirects_to_chat(client: TestClient) -> None:
    r = client.get("/", follow_redirects=False)
    assert r.status_code in (302, 307) and r.headers["location"] == "/chat/"
