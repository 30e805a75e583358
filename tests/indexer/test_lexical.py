"""BM25 lexical index over real minutes text, split naively per agenda point."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path

import pytest

from indexer.errors import IndexNotReadyError
from indexer.lexical import LexicalIndex
from indexer.models import Chunk

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
PUNKT_RE = re.compile(r"^[#*\s]*Punkt (\d+):\s*(.*?)[*\s]*$", re.MULTILINE)
DATE_RE = re.compile(r"REFERAT Direktionen d\. (\d{2})-(\d{2})-(\d{4})")


def make_chunk(
    chunk_id: str,
    body: str,
    *,
    meeting_id: str = "m1",
    meeting_date: date = date(2017, 6, 19),
    punkt: int = 1,
    title: str = "",
    closed: bool = False,
) -> Chunk:
    header = f"Direktionen {meeting_date.isoformat()} - Punkt {punkt}: {title}\n\n"
    return Chunk(
        chunk_id=chunk_id,
        meeting_id=meeting_id,
        board="Direktionen",
        meeting_date=meeting_date,
        punkt=punkt,
        title=title,
        case_number=None,
        section="Sagsfremstilling",
        closed=closed,
        source_path=f"corpus/{meeting_id}.txt",
        start=0,
        end=len(body),
        text=header + body,
        body=body,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
    )


def corpus_chunks() -> list[Chunk]:
    """One chunk per "Punkt N:" block of each corpus file (independent of the real parser)."""
    chunks = []
    for path in sorted(CORPUS.iterdir()):
        text = path.read_text(encoding="utf-8")
        found = DATE_RE.search(text)
        assert found, path
        d, m, y = found.groups()
        blocks = list(PUNKT_RE.finditer(text))
        for i, block in enumerate(blocks):
            end = blocks[i + 1].start() if i + 1 < len(blocks) else len(text)
            title = block.group(2).strip()
            chunks.append(
                make_chunk(
                    f"{path.stem}:{block.group(1)}",
                    text[block.end() : end].strip(),
                    meeting_id=path.stem,
                    meeting_date=date(int(y), int(m), int(d)),
                    punkt=int(block.group(1)),
                    title=title,
                    closed=title.lower() == "lukket",
                )
            )
    return chunks


@pytest.fixture(scope="module")
def index() -> LexicalIndex:
    return LexicalIndex(corpus_chunks())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("differentierede takster på Taxhuset", "direktionen-2017-06-19:5"),
        ("Byrådshøjskolen for nye byrådsmedlemmer", "direktionen-2017-06-19:14"),
        ("ansøgning til Egmont fonden om sprog", "direktionen-2023-01-16:6"),
        ("hvordan fordeles rekrutteringspuljen", "direktionen-2023-01-16:3"),
        ("sygefravær puljen", "direktionen-2023-01-16:4"),
        ("kortlægning af sundhed og forebyggelse", "direktionen-2013-04-30:5"),
        ("status på udbudsstrategiens handleplan", "direktionen-2013-01-15:4"),
        ("Egmont application for the language project", "direktionen-2023-01-16:6"),
    ],
)
def test_bm25_ranks_the_right_point_first(index: LexicalIndex, query: str, expected: str) -> None:
    hits = index.search(query, k=5)
    assert hits and hits[0].chunk.chunk_id == expected


def test_scores_are_positive_and_descending(index: LexicalIndex) -> None:
    hits = index.search("budget takster", k=10)
    assert 0 < len(hits) <= 10
    scores = [h.score for h in hits]
    assert all(s > 0 for s in scores)
    assert scores == sorted(scores, reverse=True)


def test_unknown_or_stop_word_query_finds_nothing(index: LexicalIndex) -> None:
    assert index.search("svømmehal", k=5) == []
    assert index.search("hvad er det", k=5) == []
    assert index.search("", k=5) == []
    assert index.search("takster", k=0) == []


def test_allowed_filters_hits(index: LexicalIndex) -> None:
    hits = index.search("budget", k=50, allowed=lambda c: c.meeting_date.year == 2013)
    assert hits
    assert all(h.chunk.meeting_date.year == 2013 for h in hits)


def test_typo_and_prefix_widening(index: LexicalIndex) -> None:
    # "rekrutering" (one t) is one edit from the indexed "rekruttering".
    hits = index.search("rekrutering", k=3)
    assert hits and hits[0].chunk.chunk_id == "direktionen-2023-01-16:3"
    assert "digitaliseringsstrategi" in index.expand("digi")
    assert index.expand("ring") == []  # too short to widen by its ending


def test_coverage(index: LexicalIndex) -> None:
    assert index.coverage("Solgården takster") == 1.0
    assert index.coverage("svømmehal") == 0.0
    assert index.coverage("ladestandere til elbiler") == 0.0
    assert 0.0 < index.coverage("takster for svømmehal") < 1.0
    assert index.coverage("hvad er det") == 0.0


def test_empty_index_works(tmp_path: Path) -> None:
    empty = LexicalIndex([])
    assert len(empty) == 0
    assert empty.search("takster", k=5) == []
    assert empty.coverage("takster") == 0.0
    assert empty.chunk_ids == []
    empty.save(tmp_path / "lex")
    loaded = LexicalIndex.load(tmp_path / "lex")
    assert loaded.search("takster", k=5) == []
    assert loaded.chunks == []


def test_save_load_round_trip(tmp_path: Path) -> None:
    chunks = corpus_chunks()
    original = LexicalIndex(chunks)
    original.save(tmp_path / "lex")
    loaded = LexicalIndex.load(tmp_path / "lex")
    assert loaded.chunk_ids == original.chunk_ids
    assert loaded.chunks == original.chunks
    for query in ("udbudsstrategi", "Solgården takster", "12/25155 skolestruktur"):
        expected = original.search(query, k=5)
        got = loaded.search(query, k=5)
        assert expected
        assert [h.chunk.chunk_id for h in got] == [h.chunk.chunk_id for h in expected]
        assert [h.score for h in got] == pytest.approx([h.score for h in expected])


def test_load_rejects_a_copy_whose_files_differ_from_their_checksums(tmp_path: Path) -> None:
    LexicalIndex([make_chunk("a", "takster på Solgården")]).save(tmp_path / "lex")
    params = tmp_path / "lex" / "bm25" / "params.index.json"
    params.write_text(json.dumps({**json.loads(params.read_text()), "k1": "x"}))
    with pytest.raises(IndexNotReadyError, match="checksums"):
        LexicalIndex.load(tmp_path / "lex")


def test_load_rejects_missing_or_foreign_index(tmp_path: Path) -> None:
    with pytest.raises(IndexNotReadyError):
        LexicalIndex.load(tmp_path / "nothing-here")
    LexicalIndex([make_chunk("a", "takster")]).save(tmp_path / "lex")
    manifest = tmp_path / "lex" / "lexical.json"
    data = json.loads(manifest.read_text())
    manifest.write_text(json.dumps({**data, "tokenizer_version": "old"}))
    with pytest.raises(IndexNotReadyError):
        LexicalIndex.load(tmp_path / "lex")


def test_duplicate_chunk_ids_are_rejected() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        LexicalIndex([make_chunk("a", "x"), make_chunk("a", "y")])


def test_rarity_falls_with_the_number_of_chunks_holding_a_term(index: LexicalIndex) -> None:
    """ "egmontfond" sits in one point, "direktion" in most: rarity orders them, stays in
    (0, 1], and a term the index never saw counts as rare."""
    rare, common = index.rarity("egmontfond"), index.rarity("direktion")
    assert 0 < common < rare <= 1.0
    assert common < 0.5
    assert index.rarity("svømmehal") == 1.0
    assert LexicalIndex([]).rarity("direktion") == 1.0


def test_knows_any_takes_stems_widenings_and_compound_pieces(index: LexicalIndex) -> None:
    assert index.knows_any("sygefravær")
    assert index.knows_any("svømmehal takster")  # one known word is enough
    assert not index.knows_any("svømmehal")
    assert not index.knows_any("flygtninge")


def test_words_of_asking_do_not_lower_coverage(index: LexicalIndex) -> None:
    """ "oppe" says how the question is asked, not what it is about."""
    assert index.coverage("hvornår var udbudsstrategien oppe") == 1.0
