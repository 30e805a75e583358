"""The service layer: what the HTTP routes, the chat UI and the CLI all call.

It turns retrieval results and answers into the response models, so every client sees the same
citations, URLs and refusals.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from api import schemas
from api.answering.conversation import standalone_question
from api.answering.extractive import ExtractiveAnswerer
from api.answering.llm import build_llm, generate_answer, validate_markers
from api.answering.types import REFUSAL_HINT as REFUSAL_HINT  # the chat shows it too
from api.answering.types import Answer, Generator, Source, Suggestion
from api.feedback import FeedbackRecord, FeedbackStore
from api.retrieval.analysis import analyze_question
from api.retrieval.fusion import PointResult
from api.retrieval.question import SearchFilters
from api.retrieval.retriever import Retriever, SearchResult, Snapshot, open_retriever
from api.retrieval.typos import repair_typos
from api.retrieval.yearless import with_meeting_years
from indexer.config import Settings
from indexer.embed import Embedder
from indexer.errors import IndexNotReadyError
from indexer.language import fold
from indexer.models import AgendaPoint, Meeting
from indexer.pipeline import IndexSummary, index_corpus
from indexer.runtime import build_embedder, index_options, open_store

question_log = logging.getLogger("referat.questions")


class NotFound(LookupError):
    """A meeting, point or case that the archive does not hold."""


def to_search_filters(filters: schemas.Filters | None) -> SearchFilters:
    if filters is None:
        return SearchFilters()
    return SearchFilters(
        date_from=filters.date_from,
        date_to=filters.date_to,
        case_number=filters.case_number,
        meeting_id=filters.meeting_id,
        board=filters.board,
    )


# Longest passage carried in a source link; the source view extends it to the sentence's end.
HIGHLIGHT_CHARS = 240


def highlight_passage(quote_text: str, limit: int = HIGHLIGHT_CHARS) -> str:
    """The quote as a link carries it: whitespace collapsed, cut at a word boundary."""
    text = " ".join(quote_text.replace("…", " ").split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def source_url(meeting_id: str, punkt: int | None, quote_text: str | None = None) -> str:
    """Link to the source view at a point, with the cited passage to highlight.

    With a passage the fragment is ``#cited``: the page marks the passage with that id (or puts
    it at the point's start when the passage is not found), so the browser scrolls to it.
    """
    url = f"/minutes/{quote(meeting_id)}"
    if punkt is None:
        return url + "#top"
    passage = highlight_passage(quote_text) if quote_text else ""
    if passage:
        return url + f"?punkt={punkt}&hl={quote(passage)}#cited"
    return url + f"#punkt-{punkt}"


def meeting_summary(m: Meeting) -> schemas.MeetingSummary:
    """A meeting as the archive list shows it (the API's /v1/meetings and the chat's board list)."""
    return schemas.MeetingSummary(
        meeting_id=m.meeting_id,
        board=m.board,
        date=m.date,
        start_time=m.start_time,
        location=m.location,
        points=len(m.points),
        url=source_url(m.meeting_id, None),
    )


def decision_date_of(point: AgendaPoint | None, section: str, quote_text: str) -> date | None:
    """The date of the decision a quote comes from (a point can hold two dated decisions)."""
    if point is None:
        return None
    candidates = [s for s in point.sections if s.name == section and s.decision_date]
    probe = " ".join(quote_text.replace("…", " ").split())[:60]
    for s in candidates:
        if probe and probe in " ".join(s.text.split()):
            return s.decision_date
    return candidates[0].decision_date if candidates else None


def _snippet(point: PointResult, limit: int = 280) -> str:
    body = point.hits[0].chunk.body if point.hits else ""
    body = " ".join(body.split())
    return body if len(body) <= limit else body[:limit].rsplit(" ", 1)[0] + " …"


@dataclass
class StreamEvent:
    event: str
    data: dict[str, Any]


class ReferatService:
    """Retrieval + answering over one index, safe to share between request threads."""

    def __init__(
        self, settings: Settings, retriever: Retriever, generator: Generator | None = None
    ) -> None:
        self.settings = settings
        self.retriever = retriever
        self.answerer = ExtractiveAnswerer(
            max_chars=settings.answer_max_chars, min_coverage=settings.answer_min_coverage
        )
        # The same answerer with the larger budget: the whole answer behind "Vis mere".
        self.full_answerer = ExtractiveAnswerer(
            max_chars=max(settings.answer_full_max_chars, settings.answer_max_chars),
            min_coverage=settings.answer_min_coverage,
        )
        self.generator = generator
        self._index_lock = threading.Lock()
        self.feedback_store = FeedbackStore(settings.feedback_path)

    @classmethod
    def from_settings(cls, settings: Settings, embedder: Embedder | None = None) -> ReferatService:
        embedder = embedder or build_embedder(settings)
        store = open_store(settings, embedder)
        retriever = open_retriever(settings, embedder=embedder, store=store)
        generator: Generator | None = None
        if settings.llm_enabled:
            assert settings.llm_base_url and settings.llm_model
            generator = build_llm(
                settings.llm_base_url,
                settings.llm_model,
                settings.llm_api_key,
                settings.llm_timeout_s,
            )
        return cls(settings, retriever, generator)

    # --- helpers ---------------------------------------------------------------------------

    def public(self, url: str) -> str:
        """A source link as external clients need it: absolute when REFERAT_PUBLIC_URL is set."""
        base = self.settings.public_url
        if not base or url.startswith(("http://", "https://")):
            return url
        return base.rstrip("/") + url

    def archive_url(self, meeting_id: str, punkt: int | None) -> str | None:
        template = self.settings.source_url_template
        if not template:
            return None
        return template.format(meeting_id=meeting_id, punkt=punkt or "")

    def _retrieved(self, result: SearchResult) -> list[schemas.RetrievedPoint]:
        return [
            schemas.RetrievedPoint(
                meeting_id=p.meeting_id,
                meeting_date=p.meeting_date,
                board=p.board,
                punkt=p.punkt,
                title=p.title,
                case_number=p.case_number,
                score=round(p.score, 6),
                snippet=_snippet(p),
                url=self.public(source_url(p.meeting_id, p.punkt)),
            )
            for p in result.points
        ]

    def _citation(self, source: Source) -> schemas.Citation:
        point = source.point
        punkt = point.number if point else None
        return schemas.Citation(
            n=source.n,
            meeting_id=source.meeting.meeting_id,
            meeting_date=source.meeting.date,
            board=source.meeting.board,
            punkt=punkt,
            title=point.title if point else f"Referat {source.meeting.date:%d-%m-%Y}",
            case_number=point.case_number if point else None,
            section=source.section,
            quote=source.quote,
            url=self.public(source_url(source.meeting.meeting_id, punkt, source.quote)),
            archive_url=self.archive_url(source.meeting.meeting_id, punkt),
            decision_date=decision_date_of(point, source.section, source.quote),
        )

    def _suggestion(self, suggestion: Suggestion) -> schemas.Suggestion:
        meeting, point = suggestion.meeting, suggestion.point
        punkt = point.number if point else None
        return schemas.Suggestion(
            meeting_id=meeting.meeting_id,
            meeting_date=meeting.date,
            board=meeting.board,
            punkt=punkt,
            title=point.title if point else f"{meeting.board} {meeting.date:%d-%m-%Y}",
            url=self.public(source_url(meeting.meeting_id, punkt)),
        )

    def _more(self, answer: Answer | None) -> schemas.MoreAnswer | None:
        if answer is None:
            return None
        return schemas.MoreAnswer(
            answer=answer.text, citations=[self._citation(s) for s in answer.sources]
        )

    def store_problem(self) -> str | None:
        """Why the embedded store cannot be trusted any more, or None.

        Files removed under a running server stay readable through the open handles, so the
        server would keep answering from a store that the next start will not find; say so.
        """
        if self.settings.chroma_url:
            return None
        sqlite = self.settings.chroma_path / "chroma.sqlite3"
        if not sqlite.is_file():
            return (
                f"the Chroma files at {self.settings.chroma_path} are gone: restore them, "
                "or re-index with `referat index` and restart the server"
            )
        return None

    def ensure_store(self) -> None:
        """Raise IndexNotReadyError (503 over HTTP) when the store's files are gone."""
        problem = self.store_problem()
        if problem:
            raise IndexNotReadyError(problem)

    # --- search and answers ----------------------------------------------------------------

    def check_question(self, question: str) -> str:
        """The one question check every edge uses (routes, OpenAI routes, chat, CLI): the
        stripped question, or ValueError when it is empty, holds control characters or is
        over REFERAT_MAX_QUESTION_CHARS."""
        question = schemas.check_text(question)
        if len(question) > self.settings.max_question_chars:
            raise ValueError(
                f"the question is {len(question)} characters; the limit is "
                f"{self.settings.max_question_chars}"
            )
        return question

    def check_filters(self, filters: schemas.Filters | None) -> schemas.Filters | None:
        """The filters with the board spelled as the archive spells it ("direktionen" is
        Direktionen), or ValueError when they name a board or a meeting the archive does not
        hold: searching for it would find nothing, and the refusal would blame the question.

        Every edge calls it before answering (a stream, before its 200 is sent).
        """
        if filters is None:
            return None
        board = " ".join((filters.board or "").split()) or None
        if board is None and filters.meeting_id is None:
            return filters.model_copy(update={"board": None})
        self.ensure_store()
        meetings = self.retriever.snapshot().meetings
        if filters.meeting_id is not None and filters.meeting_id not in meetings:
            raise ValueError(
                f"meeting '{filters.meeting_id}' not found in the archive "
                "(GET /v1/meetings lists its meetings)"
            )
        if board is not None:
            # Letters compared as staff type them: case, æøå written out, spacing.
            boards = sorted({m.board for m in meetings.values()})
            same = [b for b in boards if fold(b) == fold(board)]
            if not same:
                raise ValueError(
                    f"the archive holds no minutes of the board '{board}'; "
                    f"its boards: {', '.join(boards)}"
                )
            board = same[0]
        return filters.model_copy(update={"board": board})

    def search(
        self, query: str, filters: schemas.Filters | None = None, k: int = 10
    ) -> schemas.SearchResponse:
        query = self.check_question(query)
        filters = self.check_filters(filters)
        self.ensure_store()
        result = self.retriever.search(query, to_search_filters(filters), k=k)
        data = self._retrieved(result)
        return schemas.SearchResponse(
            query=query, data=data, count=len(data), timings_ms=_round(result.timings_ms)
        )

    def _answer(
        self,
        question: str,
        filters: schemas.Filters | None,
        top_k: int,
        use_llm: bool = True,
        full: bool = False,
    ) -> tuple[Answer, SearchResult]:
        self.ensure_store()
        filters = self.check_filters(filters)
        snapshot = self.retriever.snapshot()
        # "nøgeltals samarbejdet": a word mistyped is read as the archive's word it was meant
        # to be, everywhere after this (api/retrieval/typos.py).
        question = repair_typos(question, snapshot.archive_words, snapshot.lexical)
        # "mødet 30/4": a day typed without a year is the archive's latest meeting of that day.
        question = with_meeting_years(question, snapshot.meeting_days)
        # The question is read once; retrieval and answering share the reading.
        analysis = analyze_question(question)
        result = self.retriever.search(
            question, to_search_filters(filters), k=top_k, analysis=analysis
        )
        t = time.perf_counter()
        answer = (self.full_answerer if full else self.answerer).answer(question, result, snapshot)
        answer = self._wider(answer, question, filters, top_k, result, snapshot)
        if (
            not full
            and not answer.refused
            and self.full_answerer.max_chars > self.answerer.max_chars
        ):
            # Whether the budget cut anything is known only by answering without it: the same
            # evidence and sentences, a larger budget (a few ms; retrieval is not repeated).
            whole = self.full_answerer.answer(question, result, snapshot)
            if whole.text != answer.text and not whole.refused:
                answer.more = whole
        result.timings_ms["answer"] = (time.perf_counter() - t) * 1000
        if use_llm and self.generator is not None:
            t = time.perf_counter()
            answer = generate_answer(self.generator, question, answer)
            result.timings_ms["generate"] = (time.perf_counter() - t) * 1000
        return answer, result

    def _wider(
        self,
        answer: Answer,
        question: str,
        filters: schemas.Filters | None,
        top_k: int,
        result: SearchResult,
        snapshot: Snapshot,
    ) -> Answer:
        """A refusal made among the points of the question's own dates, with its nearest points
        looked for past those dates: "hvornår er der julekoncert i kirken i år" names the
        concert of 2022 rather than nothing, and "… julekoncerten i 2021" the concert, not
        2021's other business. The refusal stands whatever the wider search finds: dates the
        question gives are part of what it asks."""
        asked = result.analysis.constraints if result.analysis else None
        if (
            not answer.refused
            or not answer.wider
            or asked is None
            or asked.date_from is None
            or (filters is not None and (filters.date_from or filters.date_to))
        ):
            return answer
        wider = self.retriever.search(
            question,
            to_search_filters(filters),
            k=top_k,
            analysis=result.analysis,
            parse_dates=False,
        )
        other = self.answerer.answer(question, wider, snapshot)
        if not (other.refused and other.wider and other.suggestions):
            return answer
        nearest = other.suggestions[0].meeting.date
        if asked.date_from <= nearest <= (asked.date_to or date.max):
            # The nearest point overall is of the asked dates: the first refusal named it.
            return answer
        return other

    def ask(
        self,
        question: str,
        filters: schemas.Filters | None = None,
        top_k: int = 5,
        *,
        standalone: str | None = None,
        full: bool = False,
    ) -> schemas.AskResponse:
        """Answer a question; ``full`` answers without the budget (the whole extractive
        answer), otherwise a cut answer carries the whole one as ``more``."""
        started = time.perf_counter()
        question = self.check_question(question)
        query = standalone or question
        answer, result = self._answer(query, filters, top_k, full=full)
        timings = dict(result.timings_ms)
        timings["total"] = (time.perf_counter() - started) * 1000
        response = self._response(answer, result, timings, standalone, query)
        if self.settings.log_questions:
            # Off by default: questions can name people and cases; an operator opts in.
            question_log.info(
                json.dumps(
                    {
                        "question": question,
                        "refused": response.refused,
                        "citations": [f"{c.meeting_id}#{c.punkt}" for c in response.citations],
                        "ms": round(timings["total"], 1),
                    },
                    ensure_ascii=False,
                )
            )
        return response

    def _response(
        self,
        answer: Answer,
        result: SearchResult,
        timings: dict[str, float],
        standalone: str | None,
        asked: str = "",
    ) -> schemas.AskResponse:
        text = answer.text
        if answer.refused and answer.hint:
            text = f"{text} {REFUSAL_HINT[answer.language]}"
        return schemas.AskResponse(
            answer=text,
            refused=answer.refused,
            language=answer.language,
            citations=[] if answer.refused else [self._citation(s) for s in answer.sources],
            suggestions=[self._suggestion(s) for s in answer.suggestions],
            more=None if answer.refused else self._more(answer.more),
            retrieval=self._retrieved(result),
            timings_ms=_round(timings),
            warning=answer.warning,
            standalone_question=standalone,
            read_as=_read_as(result, asked),
        )

    def chat(
        self,
        messages: Sequence[schemas.Message],
        filters: schemas.Filters | None = None,
        top_k: int = 5,
        *,
        full: bool = False,
    ) -> schemas.AskResponse:
        """Answer the last user message, made standalone from the conversation before it."""
        question, standalone = self._conversation(messages)
        return self.ask(question, filters, top_k, standalone=standalone, full=full)

    def chat_stream(
        self,
        messages: Sequence[schemas.Message],
        filters: schemas.Filters | None = None,
        top_k: int = 5,
        *,
        full: bool = False,
    ) -> Iterator[StreamEvent]:
        """``chat`` as events (see ``ask_stream``): the one conversation entry every edge calls."""
        question, standalone = self._conversation(messages)
        # Checked here, not only when the events are pulled: a caller (the chat) catches the
        # ValueError of a bad request on this call.
        filters = self.check_filters(filters)
        return self.ask_stream(question, filters, top_k, standalone=standalone, full=full)

    def _conversation(self, messages: Sequence[schemas.Message]) -> tuple[str, str | None]:
        """The last user question (checked) and its standalone form when that differs."""
        # Normalised as the question is, so the standalone form is built from the same letters.
        pairs = [(m.role, schemas.normalize_text(m.content)) for m in messages]
        question = self.check_question(pairs[-1][1])
        standalone = standalone_question(pairs)
        return question, (standalone if standalone != question else None)

    def ask_stream(
        self,
        question: str,
        filters: schemas.Filters | None = None,
        top_k: int = 5,
        *,
        standalone: str | None = None,
        full: bool = False,
    ) -> Iterator[StreamEvent]:
        """Citations first, then the answer in pieces, then a final event with everything."""
        started = time.perf_counter()
        question = self.check_question(question)
        query = standalone or question
        extractive, result = self._answer(query, filters, top_k, use_llm=False, full=full)
        citations = [self._citation(s).model_dump(mode="json") for s in extractive.sources]
        yield StreamEvent("citations", {"citations": citations, "refused": extractive.refused})
        answer = extractive
        if self.generator is not None and not extractive.refused:
            pieces: list[str] = []
            try:
                for piece in self.generator.stream(query, extractive.sources, extractive.language):
                    pieces.append(piece)
                    yield StreamEvent("token", {"text": piece})
                text = validate_markers("".join(pieces), {s.n for s in extractive.sources})
                answer = Answer(
                    text=text,
                    refused=False,
                    language=extractive.language,
                    sources=extractive.sources,
                )
            except Exception as e:  # noqa: BLE001 - fall back to the extractive answer
                extractive.warning = f"the language model failed ({type(e).__name__})"
                answer = extractive
                yield StreamEvent("reset", {"reason": extractive.warning})
                yield from _tokens(self._response(answer, result, {}, standalone).answer)
        else:
            yield from _tokens(self._response(answer, result, {}, standalone).answer)
        timings = dict(result.timings_ms)
        timings["total"] = (time.perf_counter() - started) * 1000
        final = self._response(answer, result, timings, standalone, query)
        yield StreamEvent("done", final.model_dump(mode="json"))

    # --- the archive -----------------------------------------------------------------------

    def meetings(self) -> list[Meeting]:
        self.ensure_store()
        return self.retriever.meetings()

    def meeting(self, meeting_id: str) -> Meeting:
        self.ensure_store()
        meeting = self.retriever.meeting(meeting_id)
        if meeting is None:
            raise NotFound(f"meeting {meeting_id!r} not found")
        return meeting

    def point(self, meeting_id: str, punkt: int) -> tuple[Meeting, AgendaPoint]:
        meeting = self.meeting(meeting_id)
        point = meeting.point(punkt)
        if point is None:
            raise NotFound(f"punkt {punkt} not found in meeting {meeting_id!r}")
        return meeting, point

    def case_history(self, case_number: str) -> list[tuple[Meeting, AgendaPoint]]:
        """Every point carrying the case, oldest first. Case numbers are compared loosely
        (``case_key``): "12/032140" and "12-32140" find the case written "12/32140"."""
        self.ensure_store()
        out = self.retriever.snapshot().case_points(case_number)
        if not out:
            raise NotFound(f"case {case_number!r} not found")
        return out

    def reindex(self, paths: Sequence[Path] | None = None) -> IndexSummary:
        """Re-index the corpus in place; readers keep the old snapshot until the new one is
        complete, because the retriever swaps snapshots only when the generation moves."""
        self.ensure_store()
        with self._index_lock:
            summary = index_corpus(
                list(paths or [self.settings.corpus_dir]),
                self.retriever.embedder,
                self.retriever.store,
                options=index_options(self.settings),
            )
        self.retriever.refresh()
        return summary

    # --- feedback ----------------------------------------------------------------------------

    def give_feedback(self, item: schemas.FeedbackIn) -> schemas.FeedbackOut:
        """Store one rated answer with the index generation it is judged under."""
        record = FeedbackRecord(
            rating=item.rating,
            question=item.question,
            answer=item.answer,
            generation=self.retriever.snapshot().generation,
            citations=[c.model_dump(mode="json") for c in item.citations],
            filters=item.filters.model_dump(mode="json", exclude_none=True)
            if item.filters
            else None,
            comment=(item.comment or "").strip() or None,
            standalone_question=item.standalone_question,
        )
        return _feedback_out(self.feedback_store.add(record))

    def comment_feedback(self, feedback_id: str, comment: str) -> schemas.FeedbackOut:
        record = self.feedback_store.set_comment(feedback_id, comment.strip())
        if record is None:
            raise NotFound(f"feedback {feedback_id!r} not found")
        return _feedback_out(record)

    def feedback(self, limit: int | None = None) -> list[schemas.FeedbackOut]:
        """Stored feedback, newest first."""
        return [_feedback_out(r) for r in self.feedback_store.list(limit)]


def _feedback_out(record: FeedbackRecord) -> schemas.FeedbackOut:
    return schemas.FeedbackOut.model_validate(record, from_attributes=True)


def _read_as(result: SearchResult, asked: str) -> str | None:
    """The question as it was read, where a typo was repaired in ``asked`` or a meeting's
    year written beside a day typed without one (else None)."""
    analysis = result.analysis
    if not asked or analysis is None or analysis.text == asked:
        return None
    return analysis.text


def _tokens(text: str) -> Iterator[StreamEvent]:
    # Word by word, so a client renders the answer as it arrives, as with a streaming model.
    words = text.split(" ")
    for i, word in enumerate(words):
        yield StreamEvent("token", {"text": word if i == 0 else " " + word})


def _round(timings: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 2) for k, v in timings.items()}
