"""Feedback on answers: stored with what a review needs, readable by admins only, exported."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner
from fastapi.testclient import TestClient

from api.cli import cli
from api.http.app import create_app
from api.service import ReferatService

ADMIN, KEY = "admin-key-9", "key-9"
QUESTION = "Hvad blev besluttet om Solgårdens takster?"


def _client(service: ReferatService, data_dir: Path) -> TestClient:
    # The shared index, with feedback written to a folder of this test's own.
    settings = service.settings.model_copy(
        update={"data_dir": data_dir, "admin_keys": [ADMIN], "api_keys": [KEY]}
    )
    own = ReferatService(settings, service.retriever)
    return TestClient(create_app(settings, service=own, mount_ui=False))


def test_feedback_round_trip_and_export(service: ReferatService, tmp_path: Path) -> None:
    answer = service.ask(QUESTION, top_k=3)
    body = {
        "rating": "down",
        "question": QUESTION,
        "answer": answer.answer,
        "citations": [c.model_dump(mode="json") for c in answer.citations],
        "filters": {"date_from": "2017-01-01", "board": "Direktionen"},
    }
    user = {"Authorization": f"Bearer {KEY}"}
    admin = {"Authorization": f"Bearer {ADMIN}"}
    with _client(service, tmp_path) as c:
        r = c.post("/v1/feedback", json=body, headers=user)
        assert r.status_code == 201, r.text
        stored = r.json()
        assert stored["generation"] == service.retriever.snapshot().generation
        r = c.patch(
            f"/v1/feedback/{stored['id']}", json={"comment": "Mangler Taxhuset"}, headers=user
        )
        assert r.status_code == 200 and r.json()["comment"] == "Mangler Taxhuset"
        c.post("/v1/feedback", json={**body, "rating": "up"}, headers=user)

        assert c.get("/v1/feedback", headers=user).status_code == 403
        assert c.get("/v1/feedback").status_code == 401
        listed = c.get("/v1/feedback", headers=admin).json()
    assert listed["count"] == 2
    down = next(f for f in listed["data"] if f["id"] == stored["id"])
    assert down["rating"] == "down" and down["comment"] == "Mangler Taxhuset"
    assert down["question"] == QUESTION and down["answer"] == answer.answer
    assert [x["url"] for x in down["citations"]] == [x.url for x in answer.citations]
    assert down["filters"] == {"date_from": "2017-01-01", "board": "Direktionen"}
    assert (tmp_path / "feedback.sqlite3").is_file()

    runner = CliRunner()
    out = runner.invoke(cli, ["feedback", "export", "--format", "jsonl", "--data-dir", tmp_path])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert {r["rating"] for r in rows} == {"up", "down"}
    assert all(r["question"] == QUESTION and r["citations"] for r in rows)
    target = tmp_path / "fb.csv"
    out = runner.invoke(
        cli, ["feedback", "export", "--format", "csv", "-o", str(target), "--data-dir", tmp_path]
    )
    assert out.exit_code == 0, out.output
    table = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(table) == 2 and {"comment", "generation", "citations"} <= set(table[0])
    first = answer.citations[0]
    assert f"Punkt {first.punkt}: {first.title}" in table[0]["citations"]


def test_bad_feedback_is_refused_with_a_reason(service: ReferatService, tmp_path: Path) -> None:
    user = {"Authorization": f"Bearer {KEY}"}
    with _client(service, tmp_path) as c:
        bad = c.post(
            "/v1/feedback", json={"rating": "meh", "question": "x", "answer": ""}, headers=user
        )
        assert bad.status_code == 422 and "rating" in bad.json()["detail"]
        missing = c.patch(f"/v1/feedback/{'a' * 32}", json={"comment": "hej"}, headers=user)
        assert missing.status_code == 404
        assert c.patch("/v1/feedback/x", json={"comment": "hej"}, headers=user).status_code == 422


def test_feedback_export_of_nothing_is_a_header(tmp_path: Path) -> None:
    out = CliRunner().invoke(cli, ["feedback", "export", "--data-dir", str(tmp_path)])
    assert out.exit_code == 0 and out.output.startswith("id,created,rating,comment")
