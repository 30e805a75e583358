"""Answers staff can trust (issue 13), through HTTP on the real index: structural answers, the
closed-point notice, near-miss refusals with suggestions, follow-ups on their own subject, the
answer budget and English framing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient


def parse_sse(text: str) -> list[tuple[str, dict[str, Any]]]:
    events: list[tuple[str, dict[str, Any]]] = []
    for frame in text.strip().split("\n\n"):
        name, data = "", ""
        for line in frame.splitlines():
            if line.startswith("event:"):
                name = line[len("event:") :].strip()
            elif line.startswith("data:"):
                data += line[len("data:") :].strip()
        if name:
            events.append((name, json.loads(data)))
    return events


def _ask(client: TestClient, question: str) -> dict[str, Any]:
    r = client.post("/v1/ask", json={"question": question})
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def _cited(body: dict[str, Any]) -> list[tuple[str, int | None]]:
    return [(c["meeting_date"], c["punkt"]) for c in body["citations"]]


def test_meeting_overview_lists_every_point_with_a_citation(client: TestClient) -> None:
    body = _ask(client, "hvad besluttede direktionen i maj 2013?")
    assert not body["refused"]
    assert _cited(body) == [("2013-05-21", n) for n in range(1, 7)]
    for n in range(1, 7):
        assert f"Punkt {n}:" in body["answer"]
    assert body["answer"].startswith("Direktionens møde 21-05-2013 (6 punkter):")


def test_case_status_is_the_timeline_newest_first(client: TestClient) -> None:
    body = _ask(client, "status på sag 12/32140")
    dates = [c["meeting_date"] for c in body["citations"]]
    assert dates == sorted(dates, reverse=True) and len(set(dates)) == 3
    assert body["answer"].startswith("Sag 12/32140")


def test_case_status_names_a_closed_point_without_content(client: TestClient) -> None:
    body = _ask(client, "status på sag 17/163")
    assert _cited(body) == [("2017-06-19", 5)]
    assert "Punkt 3: Lukket (lukket punkt)" in body["answer"]


def test_unknown_case_is_refused(client: TestClient) -> None:
    body = _ask(client, "status på sag 99/99999")
    assert body["refused"] and body["citations"] == []


def test_point_lookup(client: TestClient) -> None:
    body = _ask(client, "hvad står der i punkt 4 den 19. juni 2017?")
    assert not body["refused"]
    assert _cited(body) == [("2017-06-19", 4)]
    assert body["answer"].startswith("Punkt 4 (Direktionens møde 19-06-2017)")


@pytest.mark.parametrize("path", ["/v1/ask", "/v1/ask/stream", "/v1/chat", "/v1/chat/completions"])
def test_closed_point_asked_for_gets_the_notice_and_no_content(
    client: TestClient, path: str
) -> None:
    question = "hvad står der i punkt 3 den 19. juni 2017?"
    if path.startswith("/v1/chat"):
        payload: dict[str, Any] = {"messages": [{"role": "user", "content": question}]}
        if path.endswith("completions"):
            payload["model"] = "referat"
    else:
        payload = {"question": question}
    r = client.post(path, json=payload)
    assert r.status_code == 200, r.text
    if path == "/v1/ask/stream":
        events = parse_sse(r.text)
        assert events[0] == ("citations", {"citations": [], "refused": True})
        body = events[-1][1]
    elif path.endswith("completions"):
        raw = r.json()
        body = {
            "answer": raw["choices"][0]["message"]["content"],
            "refused": raw["refused"],
            "citations": raw["citations"],
        }
    else:
        body = r.json()
    assert body["refused"] is True and body["citations"] == []
    assert body["answer"].startswith(
        "Punkt 3 (19-06-2017) er et lukket punkt; indholdet er ikke offentligt. Titel: Lukket."
    )


def test_near_miss_refuses_with_suggestions(client: TestClient) -> None:
    body = _ask(client, "hvad blev besluttet om budgetforslag 2020-2023?")
    assert body["refused"] is True and body["citations"] == []
    assert body["answer"].startswith(
        "Jeg fandt intet om budgetforslag 2020-2023. Nærmest er Bemærkninger til "
        "budgetforslag 2018-2021 (19-06-2017, Punkt 4)"
    )
    first = body["suggestions"][0]
    assert (first["meeting_date"], first["punkt"]) == ("2017-06-19", 4)
    assert first["url"].startswith("/minutes/direktionen-2017-06-19")


@pytest.mark.parametrize(
    "question",
    [
        "hvad besluttede økonomiudvalget om Solgårdens takster?",  # another board
        "hvor stort er taxhusets budgetudfordring i 2031?",  # a year the archive lacks
        "hvad blev besluttet om den nye svømmehal?",  # a topic it never mentions
        "hvad kostede nytårskuren for byrådet?",  # a detail the minutes do not give
        # "klima" and "plan" apart: the paraphrase rescue of round 21 takes a compound whose
        # parts stand apart in the top point as a paraphrase ("uddannelsesprogrammet" for
        # "uddannelse … programmet" regained answerable questions); no lexical or meaning signal
        # told this one apart on the spent files. A known miss, kept visible.
        pytest.param(
            "har direktionen taget stilling til en ny klimaplan?",
            marks=pytest.mark.xfail(
                strict=True,
                reason="compound parts apart in the top point pass the paraphrase rescue",
            ),
        ),
    ],
)
def test_constraints_and_topic_must_hold_in_the_cited_point(
    client: TestClient, question: str
) -> None:
    body = _ask(client, question)
    assert body["refused"] is True and body["citations"] == []


def test_a_name_by_its_initials_and_a_number_beside_the_matter(client: TestClient) -> None:
    body = _ask(client, "hvor meget skal htk konkurrenceudsætte for ifølge udbudsstrategien?")
    assert body["refused"] is False
    first = body["citations"][0]
    assert (first["meeting_date"], first["punkt"]) == ("2013-01-15", 4)
    assert "140 mio. kr." in body["answer"]


def _chat(client: TestClient, *questions: str, path: str = "/v1/chat") -> dict[str, Any]:
    messages: list[dict[str, str]] = []
    for q in questions[:-1]:
        earlier = _ask(client, q)
        messages += [
            {"role": "user", "content": q},
            {"role": "assistant", "content": earlier["answer"]},
        ]
    messages.append({"role": "user", "content": questions[-1]})
    r = client.post(path, json={"messages": messages})
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def test_follow_up_what_about_taxhuset_is_about_taxhuset(client: TestClient) -> None:
    body = _chat(client, "hvad blev besluttet om Solgårdens takster?", "og hvad med Taxhuset?")
    assert body["standalone_question"] == "hvad blev besluttet om Taxhuset?"
    assert not body["refused"]
    assert "Taxhuset" in body["answer"] and "Solgården" not in body["answer"]


def test_follow_up_with_a_pronoun_is_about_the_subject(client: TestClient) -> None:
    body = _chat(client, "hvad blev besluttet om Solgårdens takster?", "hvor meget stiger de?")
    assert body["standalone_question"] == "hvor meget stiger de? (Solgårdens takster)"
    assert not body["refused"]
    assert _cited(body)[0] == ("2017-06-19", 5)
    assert "30 pct" in body["answer"]


def test_follow_up_on_a_new_topic_answers_only_the_new_topic(client: TestClient) -> None:
    body = _chat(
        client, "hvad blev besluttet om Solgårdens takster?", "hvad med digitaliseringsstrategien?"
    )
    assert _cited(body)[0] == ("2023-01-16", 2)
    assert "Solgården" not in body["answer"] and "Taxhuset" not in body["answer"]


def test_follow_up_through_the_openai_route(client: TestClient) -> None:
    first = _ask(client, "hvad blev besluttet om Solgårdens takster?")
    r = client.post(
        "/v1/chat/completions",
        json={
            "model": "referat",
            "messages": [
                {"role": "user", "content": "hvad blev besluttet om Solgårdens takster?"},
                {"role": "assistant", "content": first["answer"]},
                {"role": "user", "content": "og hvad med Taxhuset?"},
            ],
        },
    )
    raw = r.json()
    assert raw["standalone_question"] == "hvad blev besluttet om Taxhuset?"
    assert "Solgården" not in raw["choices"][0]["message"]["content"]


@pytest.mark.parametrize(
    "question",
    [
        "hvad blev besluttet om solgården takster",
        "hvor meget har vi søgt egmont fonden om til sprogprojektet",
        "hvad blev besluttet om Taxhuset?",
        "skal vi revidere udbudsstrategien? hvad landede direktionen på",
    ],
)
def test_answers_keep_the_budget(client: TestClient, question: str) -> None:
    body = _ask(client, question)
    assert not body["refused"]
    # 600 by default; the decision a decision question asks for may take a third more.
    assert len(body["answer"]) <= 800
    # Each quote once; no section heading quoted as a sentence.
    quotes = [q.split("»")[0] for q in body["answer"].split("«")[1:]]
    assert len(quotes) == len(set(quotes))


def test_english_question_gets_english_framing_around_danish_quotes(client: TestClient) -> None:
    body = _ask(client, "What did the board decide about Solgården's rates?")
    assert body["language"] == "en" and not body["refused"]
    assert body["answer"].startswith("Direktionen's decision on 19-06-2017 (item 5:")
    assert "Solgården" in body["answer"] and "Taxhuset" not in body["answer"]
    assert "beslutning" not in body["answer"].split("«")[0]


def test_when_the_board_dealt_with_a_matter_is_its_dated_decision(client: TestClient) -> None:
    body = _ask(client, "when was the 2018 council school programme approved?")
    assert body["answer"].startswith(
        "Direktionen dealt with it on 19-06-2017 (item 14: Byrådshøjskolen 2018). "
        "«Beslutning Direktionen den 19-06-2017»:"
    )
    assert body["citations"][0]["punkt"] == 14
    # A date ahead ("forventes vedtaget") is the account's, not the meeting's.
    for question in (
        "hvornår forventes den nye børne og ungepolitik vedtaget?",
        "hvornaar forventedes den nye boerne og ungepolitik vedtaget",
    ):
        ahead = _ask(client, question)
        assert "maj 2013" in ahead["answer"] and "behandlede sagen" not in ahead["answer"]


def test_a_greeting_gets_how_to_ask_and_a_greeting_before_a_question_is_ignored(
    client: TestClient,
) -> None:
    for message, word in (("hej", "Spørg"), ("mange tak!", "Spørg"), ("thank you", "Ask")):
        body = _ask(client, message)
        assert body["refused"] and word in body["answer"], body["answer"]
        # Nothing was asked: no agenda point is named or suggested.
        assert not body["citations"] and not body.get("suggestions")
        assert "Punkt" not in body["answer"] and "Nærmest" not in body["answer"]
    body = _ask(client, "Hej, hvad blev besluttet om Solgårdens takster?")
    assert not body["refused"]
    assert _cited(body)[0] == ("2017-06-19", 5)
