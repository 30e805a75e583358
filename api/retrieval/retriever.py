"""Hybrid retrieval: dense search in Chroma + Danish BM25, fused by reciprocal rank fusion and
grouped by agenda point.

The lexical index and the meeting catalogue are rebuilt from what the store holds whenever its
generation counter moves (checked at most once a second), so every process that shares a store —
an API worker, a CLI run, a server started on a Chroma server — agrees with it after a re-index.
A rebuilt snapshot replaces the old one in a single assignment: readers never see a half-built
index.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import os
import re
import shutil
import statistics
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple

from api.retrieval.analysis import QuestionAnalysis, analyze_question, names_board
from api.retrieval.fusion import PointResult, fuse_points, group_by_point, normalize_scores
from api.retrieval.glossary import phrases, with_danish
from api.retrieval.question import SearchFilters, merge
from api.retrieval.typos import ArchiveWords
from indexer import faults
from indexer.config import Settings
from indexer.embed import Embedder, Vectors
from indexer.errors import IndexNotReadyError, ReferatError
from indexer.language import RELATIVE_YEAR_RE, fold, with_respellings
from indexer.lexical import MANIFEST_NAME, STAMP_NAME, LexicalIndex
from indexer.models import AgendaPoint, Chunk, Hit, Meeting, case_key, case_keys
from indexer.store import ChromaStore
from indexer.text import analyze

log = logging.getLogger("referat.retrieval")


def role_stems(meetings: Sequence[Meeting]) -> frozenset[str]:
    """The folded stems of the roles the meetings' headers give their attendees ("sekretær")."""
    return frozenset(
        fold(t.stem) for m in meetings for a in m.attendees if a.role for t in analyze(a.role)
    )


@dataclass(frozen=True)
class Snapshot:
    """Everything derived from one generation of the store."""

    generation: int
    lexical: LexicalIndex
    meetings: dict[str, Meeting]
    chunks: dict[str, Chunk]
    # Built once per generation so structural questions ("status på sag 12/32140", "hvad
    # besluttede direktionen i maj 2013") are look-ups, not scans of the archive. Cases are
    # keyed by ``case_key``: "12/032140" and "12-32140" find the case written "12/32140".
    by_date: tuple[Meeting, ...] = ()
    cases: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)

    def points_with_case(self, case_number: str) -> set[tuple[str, int]]:
        """Open points that carry a case number (compared loosely, see ``case_key``)."""
        out: set[tuple[str, int]] = set()
        for meeting_id, punkt in self.cases.get(case_key(case_number), ()):
            point = self.meetings[meeting_id].point(punkt)
            if point is not None and not point.closed:
                out.add((meeting_id, punkt))
        return out

    def case_points(self, case_number: str) -> list[tuple[Meeting, AgendaPoint]]:
        """Every point (closed ones too) that carries a case number (compared loosely, see
        ``case_key``), oldest first."""
        out = []
        for meeting_id, punkt in self.cases.get(case_key(case_number), ()):
            meeting = self.meetings[meeting_id]
            point = meeting.point(punkt)
            if point is not None:
                out.append((meeting, point))
        return sorted(out, key=lambda mp: (mp[0].date, mp[1].number))

    @cached_property
    def _decisions_by_date(self) -> tuple[tuple[date, str, int], ...]:
        # Built on first use, once per generation: few questions name a day without a meeting.
        return tuple(
            sorted(
                (s.decision_date, m.meeting_id, p.number)
                for m in self.by_date
                for p in m.points
                if not p.closed
                for s in p.sections
                if s.decision_date is not None
            )
        )

    @cached_property
    def meeting_days(self) -> frozenset[date]:
        """The days the archive holds a meeting on or dates a decision on: a day and month
        typed without a year ("mødet 30/4") is read as the latest of them (api/retrieval/
        yearless.py)."""
        return frozenset(m.date for m in self.by_date) | {d for d, _, _ in self._decisions_by_date}

    @cached_property
    def archive_words(self) -> ArchiveWords:
        # Built on first use, once per generation: the words a mistyped one is compared with.
        return ArchiveWords.of(c.text for c in self.chunks.values())

    @cached_property
    def attendee_roles(self) -> frozenset[str]:
        # Built on first use, once per generation: the roles every header gives.
        return role_stems(self.by_date)

    @cached_property
    def header_words(self) -> frozenset[str]:
        """Every word the meetings' headers write (venues, attendees' names), folded: words a
        question about who attended or where may name without any point writing them."""
        return frozenset(
            fold(w)
            for m in self.by_date
            for text in (m.location or "", *(a.name for a in m.attendees))
            for w in re.findall(r"[^\W\d_]+", text)
        )

    def decided_between(self, first: date, last: date) -> tuple[tuple[str, int], ...]:
        """Open points with a decision dated in ``[first, last]``, though their meeting may be
        dated otherwise (a decision taken at a later meeting and written under the point)."""
        rows = self._decisions_by_date
        lo = bisect.bisect_left(rows, (first, "", 0))
        hi = bisect.bisect_right(rows, (last, "\uffff", 1 << 30))
        return tuple(dict.fromkeys((mid, n) for _, mid, n in rows[lo:hi]))

    def meetings_between(self, first: date, last: date) -> list[Meeting]:
        """Meetings dated in ``[first, last]`` (inclusive), oldest first."""
        dates = [m.date for m in self.by_date]
        lo, hi = bisect.bisect_left(dates, first), bisect.bisect_right(dates, last)
        return list(self.by_date[lo:hi])


class Nearest(NamedTuple):
    """The open point nearest one word by meaning alone."""

    key: tuple[str, int]
    score: float
    # How far it stands out from the other points the word finds (among the dense hits): its
    # score's distance above their mean, in their standard deviations. A paraphrase's point
    # stands out though its cosine is modest ("middagsmad" for a point on "madordning");
    # a matter the archive lacks finds many points about as near.
    standout: float


@dataclass
class SearchResult:
    """Ranked agenda points plus the signals the answerer uses to decide whether to refuse."""

    query: str
    points: list[PointResult]
    filters: SearchFilters
    dense: list[Hit] = field(default_factory=list)
    lexical: list[Hit] = field(default_factory=list)
    own_words: list[Hit] = field(default_factory=list)
    coverage: float = 0.0
    # English topic phrases whose Danish words the archive never uses ("swimming pool").
    absent_topics: list[str] = field(default_factory=list)
    case_numbers: list[str] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    # The question read once (language, intent, constraints): answering uses this, never the
    # question text again.
    analysis: QuestionAnalysis | None = None
    # The open point nearest one word by meaning alone, under the same filters: asked only
    # when a word the archive never uses is all that stands in an answer's way.
    nearest_by_meaning: Callable[[str], Nearest | None] | None = None

    @property
    def dense_top(self) -> float:
        return self.dense[0].score if self.dense else 0.0

    def rank_in(self, ranking: Sequence[Hit], key: tuple[str, int]) -> int | None:
        """1-based rank of an agenda point in one retriever's ranking (by its best chunk)."""
        seen: list[tuple[str, int]] = []
        for hit in ranking:
            if hit.chunk.point_key not in seen:
                seen.append(hit.chunk.point_key)
            if hit.chunk.point_key == key:
                return len(seen)
        return None


class Reranker:
    """Optional cross-encoder re-ranking (sentence-transformers), off unless a model is set."""

    def __init__(self, name_or_path: str) -> None:
        from sentence_transformers import CrossEncoder

        self.model = CrossEncoder(name_or_path)

    def rerank(self, query: str, points: list[PointResult]) -> list[PointResult]:
        if not points:
            return points
        pairs = [(query, p.hits[0].chunk.text) for p in points]
        scores = self.model.predict(pairs)
        ranked = sorted(zip(points, scores, strict=True), key=lambda ps: -float(ps[1]))
        return [replace(p, score=float(s)) for p, s in ranked]


@dataclass(frozen=True)
class RetrievalConfig:
    """The retrieval knobs, read once from the settings (see the README's settings table)."""

    dense_k: int = 40
    lexical_k: int = 40
    rrf_k: int = 60
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    score_weight: float = 0.5
    dense_min_span: float = 0.1

    @classmethod
    def from_settings(cls, settings: Settings) -> RetrievalConfig:
        return cls(
            dense_k=settings.dense_k,
            lexical_k=settings.lexical_k,
            rrf_k=settings.rrf_k,
            dense_weight=settings.dense_weight,
            lexical_weight=settings.lexical_weight,
            score_weight=settings.fusion_score_weight,
            dense_min_span=settings.dense_min_span,
        )


class _Timer:
    """One helper for the per-stage timings every search reports (milliseconds)."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self._started = time.perf_counter()

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        t = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + (time.perf_counter() - t) * 1000

    def done(self) -> dict[str, float]:
        self.timings["total"] = (time.perf_counter() - self._started) * 1000
        return self.timings


class Retriever:
    """Fused dense + lexical search over one store."""

    def __init__(
        self,
        store: ChromaStore,
        embedder: Embedder,
        config: RetrievalConfig | None = None,
        *,
        reranker: Reranker | None = None,
        refresh_interval_s: float = 1.0,
        cache_dir: Path | None = None,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.config = config or RetrievalConfig()
        self.reranker = reranker
        self.refresh_interval_s = refresh_interval_s
        self.cache_dir = cache_dir
        self._snapshot: Snapshot | None = None
        self._checked = 0.0
        self._lock = threading.Lock()
        self._problem: str | None = None

    @property
    def problem(self) -> str | None:
        """Why search is degraded now (the BM25 copy is being rebuilt, or its rebuild failed),
        or None. /health reports it."""
        return self._problem

    @property
    def weights(self) -> tuple[float, float]:
        return (self.config.dense_weight, self.config.lexical_weight)

    @property
    def score_weight(self) -> float:
        return self.config.score_weight

    @property
    def dense_min_span(self) -> float:
        return self.config.dense_min_span

    # --- snapshot of the store -------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """The current snapshot, rebuilt when another process (or we) re-indexed the store."""
        snap = self._snapshot
        now = time.monotonic()
        if snap is not None and now - self._checked < self.refresh_interval_s:
            return snap
        with self._lock:
            self._checked = time.monotonic()
            generation = self.store.generation()
            if self._snapshot is None or self._snapshot.generation != generation:
                self._snapshot = self._build(generation)
            return self._snapshot

    def refresh(self) -> Snapshot:
        """Force a generation check now (after a re-index in this process)."""
        self._checked = 0.0
        return self.snapshot()

    def _build(self, generation: int) -> Snapshot:
        lexical, damage = self._load_cached(generation)
        if lexical is None:
            lexical = self._rebuild_lexical(generation, damage)
        meetings = {m.meeting_id: m for m in self.store.meetings()}
        cases: dict[str, list[tuple[str, int]]] = {}
        for m in meetings.values():
            for p in m.points:
                # A journal number ("00.30.10 - 96/418") is found by either half too.
                for key in case_keys(p.case_number) if p.case_number else ():
                    cases.setdefault(key, []).append((m.meeting_id, p.number))
        return Snapshot(
            generation=generation,
            lexical=lexical,
            meetings=meetings,
            chunks={c.chunk_id: c for c in lexical.chunks},
            by_date=tuple(sorted(meetings.values(), key=lambda m: (m.date, m.meeting_id))),
            cases={k: tuple(v) for k, v in cases.items()},
        )

    def _rebuild_lexical(self, generation: int, damage: str | None) -> LexicalIndex:
        """The BM25 index built afresh from the store (and saved). While that runs after
        damage, and until it succeeds, :attr:`problem` says search is degraded."""
        if damage:
            log.warning("BM25 copy unusable, rebuilding it from the store: %s", damage)
            self._problem = f"the BM25 index was damaged ({damage}): rebuilding it from the store"
        try:
            faults.at("lexical.rebuild")
            lexical = LexicalIndex([c for c in self.store.all_chunks() if not c.closed])
        except Exception as e:
            if damage:
                raise IndexNotReadyError(f"{self._problem}; the rebuild failed: {e}") from e
            raise
        self._save_cached(lexical, generation)
        self._problem = None
        return lexical

    def _repair(self, broken: Snapshot, error: Exception) -> Snapshot:
        """Replace a snapshot whose BM25 index failed at query time (damaged arrays or
        parameters in a copy that passed its checks) with one rebuilt from the store."""
        with self._lock:
            if self._snapshot is broken:  # else another request repaired it already
                damage = f"{type(error).__name__} at query time: {error}"
                lexical = self._rebuild_lexical(broken.generation, damage)
                self._snapshot = replace(
                    broken, lexical=lexical, chunks={c.chunk_id: c for c in lexical.chunks}
                )
            return self._snapshot or broken

    # The BM25 index is derived from the store; a copy saved beside the data, stamped with the
    # store generation and chunk count it was built from and a checksum of its manifest (which
    # holds one of each file), spares re-tokenising every chunk at each start-up (seconds at 20k
    # agenda points). A stale copy is rebuilt quietly, a damaged one with a warning.

    def _cache_path(self) -> Path | None:
        if self.cache_dir is None:
            return None
        return self.cache_dir / f"{self.store.name}-{self.store.model_id.replace('/', '_')}"

    def _stamp(self, generation: int, chunks: int) -> dict[str, object]:
        # The collection's id changes when it is dropped and rebuilt, where the generation
        # counter starts over: both together identify what the copy was built from.
        return {"collection": str(self.store.chunks.id), "generation": generation, "chunks": chunks}

    def _load_cached(self, generation: int) -> tuple[LexicalIndex | None, str | None]:
        """The saved copy if it is the one for this generation and intact; else None and, when
        it was current but damaged, why."""
        path = self._cache_path()
        if path is None or not (path / STAMP_NAME).exists():
            return None, None
        try:
            stamp = json.loads((path / STAMP_NAME).read_text(encoding="utf-8"))
            if not isinstance(stamp, dict):
                return None, "the stamp is not a JSON object"
            checksum = stamp.pop("manifest", None)
            if stamp != self._stamp(generation, self.store.count_open()):
                return None, None  # stale: built from another generation
            manifest = (path / MANIFEST_NAME).read_bytes()
            if checksum != hashlib.sha256(manifest).hexdigest():
                return None, "its manifest differs from the stamp's checksum"
            return LexicalIndex.load(path), None
        except (OSError, ValueError, ReferatError) as e:
            return None, str(e)

    def _save_cached(self, lexical: LexicalIndex, generation: int) -> None:
        path = self._cache_path()
        if path is None or generation == 0:
            return
        tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}-{threading.get_ident()}")
        try:
            shutil.rmtree(tmp, ignore_errors=True)
            lexical.save(tmp)
            stamp = self._stamp(generation, len(lexical))
            stamp["manifest"] = hashlib.sha256((tmp / MANIFEST_NAME).read_bytes()).hexdigest()
            (tmp / STAMP_NAME).write_text(json.dumps(stamp), encoding="utf-8")
            old = path.with_name(f"{path.name}.old-{os.getpid()}-{threading.get_ident()}")
            if path.exists():
                path.rename(old)
            tmp.rename(path)
            shutil.rmtree(old, ignore_errors=True)
        except OSError:
            # A read-only or full disk only costs the next start-up a rebuild.
            shutil.rmtree(tmp, ignore_errors=True)

    def meetings(self) -> list[Meeting]:
        return sorted(self.snapshot().meetings.values(), key=lambda m: (m.date, m.meeting_id))

    def meeting(self, meeting_id: str) -> Meeting | None:
        return self.snapshot().meetings.get(meeting_id)

    # --- search ----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        k: int = 5,
        *,
        parse_dates: bool = True,
        analysis: QuestionAnalysis | None = None,
    ) -> SearchResult:
        """Rank agenda points for a question or keywords: filters, then dense and lexical
        search, then fusion (each a stage below, timed by one helper).

        Args:
            query: the user's words; dates, years and case numbers in it become filters unless
                ``filters`` sets them explicitly.
            filters: explicit filters; they win over what the question says.
            k: how many agenda points to return (more when a case number asks for all its
                points).
            parse_dates: read filters from the question text.
            analysis: the question already analysed (the service analyses once); analysed here
                when not given.

        Returns:
            The ranked points, the retrieval signals and the question's analysis.
        """
        timer = _Timer()
        snap = self.snapshot()
        with timer.stage("parse"):
            analysis = analysis or analyze_question(query)
            reported = parse_dates and _board_reported(analysis, snap)
            if reported:
                analysis = analysis.reported()
            effective = self._filters(analysis, filters or SearchFilters(), parse_dates, snap)
            if reported and effective.date_to and not (filters and filters.has_dates):
                # What a board decided is told after it: only a later meeting reports it (a
                # point of January 2023 saying the council "will" decide in March tells no
                # decision). The evidence checks that the point names the month.
                effective = replace(
                    effective,
                    date_from=effective.date_to + timedelta(days=1),
                    date_to=None,
                    years_in_text=(),
                )
            if effective.case_number:
                # "sag 12/32140" asks for every point that carries the case, not only the top k.
                k = max(k, len(snap.points_with_case(effective.case_number)))
        with timer.stage("embed"):
            vector = self.embedder.embed_query(query)
        with timer.stage("dense"):
            dense = self._dense(snap, vector, effective)
        with timer.stage("lexical"):
            try:
                lexical, own_words, coverage, absent = self._lexical(
                    snap, query, analysis, effective
                )
            except (IndexError, TypeError, ValueError, KeyError) as e:
                # A BM25 copy that passed its checks but holds damaged arrays: rebuild it from
                # the store and answer, instead of failing every question until someone notices.
                snap = self._repair(snap, e)
                lexical, own_words, coverage, absent = self._lexical(
                    snap, query, analysis, effective
                )
        with timer.stage("fuse"):
            points = self._fuse(query, dense, lexical, k)
            asked = analysis.constraints.punkt
            if analysis.intent == "point_lookup" and asked is not None:
                # "hvad stod der under pkt 6 d. 15. januar 2013": the point named by its number
                # (and date) is the one asked for, whatever its words share with the question.
                points = sorted(points, key=lambda p: p.punkt != asked)
        return SearchResult(
            query=query,
            points=points[:k],
            filters=effective,
            dense=dense,
            lexical=lexical,
            own_words=own_words,
            coverage=coverage,
            absent_topics=absent,
            case_numbers=list(analysis.case_numbers),
            timings_ms=timer.done(),
            analysis=analysis,
            nearest_by_meaning=lambda word: self._nearest_by_meaning(snap, word, effective),
        )

    def _nearest_by_meaning(
        self, snap: Snapshot, word: str, effective: SearchFilters
    ) -> Nearest | None:
        """The open point whose text is nearest ``word`` alone: its cosine score, and how far
        it stands out from the other points among the dense hits."""
        hits = self._dense(snap, self.embedder.embed_query(word), effective)
        points = group_by_point(hits, max_chunks=1)
        if not points:
            return None
        scores = [p.score for p in points]
        spread = statistics.pstdev(scores) if len(scores) > 1 else 0.0
        top = scores[0]
        standout = (top - statistics.fmean(scores)) / spread if spread > 0 else 0.0
        return Nearest(points[0].point_key, top, standout)

    @staticmethod
    def _filters(
        analysis: QuestionAnalysis, explicit: SearchFilters, parse_dates: bool, snap: Snapshot
    ) -> SearchFilters:
        effective = merge(explicit, analysis.filters) if parse_dates else explicit
        month = analysis.month_spoken_of
        year = month[0] if month else analysis.season_spoken_of
        if (
            parse_dates
            and year
            and not explicit.has_dates
            and effective.date_from
            and effective.date_to
            and not snap.meetings_between(effective.date_from, effective.date_to)
        ):
            # "anbefalingerne fra april 2012" where no meeting was held that month: the month
            # is what a point speaks of, so points naming its year may answer (the evidence
            # then checks that the point names the month too). A season likewise ("i efteråret
            # 2025").
            effective = replace(effective, years_in_text=(year,))
        if (
            parse_dates
            and not explicit.has_dates
            and effective.date_from
            and effective.date_to
            and analysis.constraints.day_or_month
            and not snap.meetings_between(effective.date_from, effective.date_to)
        ):
            # "hvad skete der med puljen d. 23/1-23" where no meeting was held that day: a
            # point decided that day (its minutes date the decision after the meeting) answers.
            effective = replace(
                effective, decided_in=snap.decided_between(effective.date_from, effective.date_to)
            )
        ahead = analysis.constraints.months_spanned
        if parse_dates and ahead and not explicit.has_dates and analysis.wants("when"):
            # "hvornår skulle borgmesteren deltage i direktionsmødet i maj 2013", "… in autumn
            # 2013": the month is when the thing happens (a meeting of that month too), which
            # an earlier meeting may have planned.
            effective = replace(effective, months_ahead=ahead)
        if analysis.case_numbers and explicit.case_number is None:
            effective = replace(effective, case_number=analysis.case_numbers[0])
        return effective

    def _dense(self, snap: Snapshot, vector: Vectors, effective: SearchFilters) -> list[Hit]:
        dense_k = self.config.dense_k
        if effective.is_empty:
            # No metadata filter for Chroma (it would scan every record); closed stubs are few
            # and dropped here, so fetch a little more than needed.
            dense = self.store.query(vector, dense_k + dense_k // 2)
        else:
            # The snapshot knows which open chunks the filters allow: search only among them.
            allowed = [cid for cid, c in snap.chunks.items() if effective.matches(c)]
            dense = self.store.query(vector, dense_k, ids=allowed) if allowed else []
        return [h for h in dense if not h.chunk.closed][:dense_k]

    def _lexical(
        self, snap: Snapshot, query: str, analysis: QuestionAnalysis, effective: SearchFilters
    ) -> tuple[list[Hit], list[Hit], float, list[str]]:
        """BM25 hits for the question (with Danish council words added to an English one), the
        hits of its own words, the share of its words the archive knows, and English topics
        whose Danish words the archive never uses."""
        # English questions reach the Danish text through council vocabulary; the dense model
        # is multilingual and gets the question as asked.
        english = analysis.language == "en"
        # "hvad kommer vandet til at koste næste år": a time, no word to search for.
        query = RELATIVE_YEAR_RE.sub(" ", query)
        danish = with_danish(query) if english else query
        words = with_respellings(danish)
        lexical_k = self.config.lexical_k
        lexical = snap.lexical.search(words, lexical_k, allowed=effective.matches)
        # What the question's own words find: the glossary adds generic council words ("board",
        # "decide") that match something in any archive, so they prove nothing about coverage.
        own = with_respellings(query)
        own_words = (
            lexical
            if words == own
            else snap.lexical.search(own, lexical_k, allowed=effective.matches)
        )
        # A Danish question's matter is its topic: "paa", "ifht", "bad om" ask, they name
        # nothing the archive could lack (an English one is read whole, through the glossary).
        coverage = snap.lexical.coverage(
            " ".join(analysis.topic) if not english and analysis.topic else danish
        )
        absent = (
            [en for en, da in phrases(query) if not snap.lexical.knows_any(da)] if english else []
        )
        return lexical, own_words, coverage, absent

    def _fuse(self, query: str, dense: list[Hit], lexical: list[Hit], k: int) -> list[PointResult]:
        cfg = self.config
        points = fuse_points(
            [
                normalize_scores(dense, zero_floor=False, min_span=cfg.dense_min_span),
                normalize_scores(lexical, zero_floor=True),
            ],
            weights=self.weights,
            k=cfg.rrf_k,
            score_weight=cfg.score_weight,
        )
        if self.reranker is not None:
            points = self.reranker.rerank(query, points[: max(k, 20)])
        return points


def open_retriever(
    settings: Settings, embedder: Embedder | None = None, store: ChromaStore | None = None
) -> Retriever:
    """A retriever over the index the settings point at."""
    from indexer.runtime import build_embedder, open_store

    embedder = embedder or build_embedder(settings)
    store = store or open_store(settings, embedder)
    reranker: Any = Reranker(settings.reranker_model) if settings.reranker_model else None
    return Retriever(
        store,
        embedder,
        RetrievalConfig.from_settings(settings),
        reranker=reranker,
        cache_dir=settings.lexical_path,
    )


def _board_reported(analysis: QuestionAnalysis, snap: Snapshot) -> bool:
    """Whether the board a question names as acting is one the archive holds no minutes of,
    at a time it holds no meeting of any board ("vedtog byrådet i april 2012" in an archive of
    the executive board from 2013): then a point that reports that board's decision answers."""
    c = analysis.constraints
    if not (c.board and c.board_strict and c.date_from and c.date_to and c.day_or_month):
        return False
    if c.board.isupper() or snap.meetings_between(c.date_from, c.date_to):
        return False
    return not any(names_board(m.board, c.board) for m in snap.meetings.values())
