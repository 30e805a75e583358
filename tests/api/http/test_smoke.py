"""A first end-to-end check over HTTP: the Solgården question is answered from 19-06-2017 P5."""

from fastapi.testclient import TestClient


def test_ask_solgaarden_cites_punkt_5(client: TestClient) -> None:
    r = client.post("/v1/ask", json={"question": "hvad blev besluttet om Solgårdens takster?"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert not body["refused"]
    first = body["citations"][0]
    assert (first["meeting_date"], first["punkt"]) == ("2017-06-19", 5)
    assert "[1]" in body["answer"]
    assert "70 borgere" in body["answer"]


def test_the_browsers_icon_request_gets_an_empty_answer(client: TestClient) -> None:
    r = client.get("/favicon.ico")
    assert r.status_code == 204 and r.content == b""
