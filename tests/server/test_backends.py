"""Store, retrieval and API checks, run against the embedded store and a real Chroma server."""

from __future__ import annotations

import chromadb
from fastapi.testclient import TestClient
from serverkit import ChromaServer

from api.service import ReferatService


def test_search_solgaarden_takster_first(backend: ReferatService) -> None:
    result = backend.search("solgården takster")
    first = result.data[0]
    assert (first.meeting_date.isoformat(), first.punkt) == ("2017-06-19", 5)


def test_retriever_snapshot_has_every_meeting(backend: ReferatService) -> None:
    snap = backend.retriever.snapshot()
    assert len(snap.meetings) == 5
    assert snap.generation >= 1
    assert backend.retriever.store.state().get("dirty") is False


def test_ask_cites_solgaarden(backend_client: TestClient) -> None:
    r = backend_client.post(
        "/v1/ask", json={"question": "hvad blev besluttet om Solgårdens takster?"}
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert not body["refused"]
    first = body["citations"][0]
    assert (first["meeting_date"], first["punkt"]) == ("2017-06-19", 5)
    assert "[1]" in body["answer"]


def test_meetings_lists_five(backend_client: TestClient) -> None:
    r = backend_client.get("/v1/meetings")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["count"] == 5
    assert [m["date"] for m in body["data"]] == sorted(m["date"] for m in body["data"])


def test_case_history(backend_client: TestClient) -> None:
    r = backend_client.get("/v1/cases/12/32140")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["count"] >= 1
    assert all(e["meeting_id"].startswith("direktionen-") for e in body["data"])
    dates = [e["meeting_date"] for e in body["data"]]
    assert dates == sorted(dates)


def test_health_ok(backend_client: TestClient) -> None:
    body = backend_client.get("/health").json()
    assert body["status"] == "ok", body
    assert body["meetings"] == 5


def test_embedded_and_server_hold_the_same_index(
    service: ReferatService, server_service: ReferatService
) -> None:
    embedded, server = service.retriever.store, server_service.retriever.store
    assert embedded.count() == server.count() > 0
    assert sorted(c.chunk_id for c in embedded.all_chunks()) == sorted(
        c.chunk_id for c in server.all_chunks()
    )
    assert {r.meeting_id: r.chunk_count for r in embedded.file_records().values()} == {
        r.meeting_id: r.chunk_count for r in server.file_records().values()
    }
    a = service.search("budget i balance", k=5)
    b = server_service.search("budget i balance", k=5)
    assert [(p.meeting_id, p.punkt) for p in a.data] == [(p.meeting_id, p.punkt) for p in b.data]


def test_server_store_is_a_real_chroma_server(
    chroma_server: ChromaServer, server_service: ReferatService
) -> None:
    # Another client over HTTP sees what the service wrote: it lives in the server process.
    client = chromadb.HttpClient(host="127.0.0.1", port=chroma_server.port)
    names = {c.name for c in client.list_collections()}
    assert {"referat_chunks", "referat_files"} <= names
    chunks = client.get_collection("referat_chunks")
    assert chunks.count() == server_service.retriever.store.count()
    assert server_service.settings.chroma_url == chroma_server.url
