"""OpenAI endpoint details for external clients: absolute citation URLs, unknown-model 404,
and the API documentation served without the internet."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.http.app import create_app
from api.service import ReferatService

QUESTION = "Hvad blev besluttet om Solgårdens takster?"


def test_unknown_model_is_openais_404(client: TestClient) -> None:
    r = client.post(
        "/v1/chat/completions",
        json={"model": "gpt-4o", "messages": [{"role": "user", "content": QUESTION}]},
    )
    assert r.status_code == 404
    error = r.json()["error"]
    assert error["type"] == "invalid_request_error" and error["code"] == "model_not_found"
    assert error["param"] == "model" and "gpt-4o" in error["message"]


def test_public_url_makes_citation_urls_absolute(service: ReferatService) -> None:
    settings = service.settings.model_copy(update={"public_url": "https://referat.example.dk/"})
    own = ReferatService(settings, service.retriever)
    with TestClient(create_app(settings, service=own, mount_ui=False)) as c:
        body = c.post(
            "/v1/chat/completions",
            json={"model": "referat", "messages": [{"role": "user", "content": QUESTION}]},
        ).json()
        ask = c.post("/v1/ask", json={"question": QUESTION}).json()
        # The source view still answers at the path the absolute URL names.
        path = body["citations"][0]["url"].removeprefix("https://referat.example.dk")
        assert c.get(path).status_code == 200
    assert body["citations"]
    for cited in body["citations"] + ask["citations"]:
        assert cited["url"].startswith("https://referat.example.dk/minutes/"), cited["url"]
    assert all(p["url"].startswith("https://referat.example.dk/") for p in ask["retrieval"])


def test_without_public_url_citation_urls_stay_relative(client: TestClient) -> None:
    body = client.post("/v1/ask", json={"question": QUESTION}).json()
    assert body["citations"][0]["url"].startswith("/minutes/")


def test_docs_are_served_from_local_assets(client: TestClient) -> None:
    for page in ("/docs", "/redoc"):
        html = client.get(page).text
        assert (
            "cdn.jsdelivr" not in html and "unpkg" not in html and "/static-offline-docs/" in html
        )
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js"):
        assert client.get(f"/static-offline-docs/{asset}").status_code == 200


def test_docs_assets_and_archive_index_follow_the_access_rule(service: ReferatService) -> None:
    def keyed(open_source_view: bool) -> TestClient:
        settings = service.settings.model_copy(
            update={"api_keys": ["k-docs"], "open_source_view": open_source_view}
        )
        return TestClient(create_app(settings, service=service, mount_ui=False))

    with keyed(True) as c:
        assert c.get("/docs").status_code == 200
        assert c.get("/static-offline-docs/swagger-ui-bundle.js").status_code == 200
        assert c.get("/minutes").status_code == 200
    with keyed(False) as c:
        assert c.get("/minutes").status_code == 401
        assert c.get("/minutes", headers={"Authorization": "Bearer k-docs"}).status_code == 200
