"""Request and response models of the HTTP API (pydantic lives here, at the boundary)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from indexer.models import CASE_NUMBER_RE

# A case number in its own format, as the reader stores it: "12/32140", "330-2018-3619", "SB
# 22/009", "02.34.02 G 01", "00.30.10 - 96/418", "00.01 A00-02/0288". The model's own pattern,
# so a number the reader stores is one a filter takes (checked with Python's re below, not by
# Field(pattern=...), whose engine has no look-ahead and whose message is the expression).
CASE_PATTERN = CASE_NUMBER_RE.pattern
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
CASE_HINT = "a case number looks like 12/32140 or 330-2018-3619"


def _case_number(value: str) -> str:
    # Checked here rather than by Field(pattern=...), whose message is the regular expression.
    if not re.fullmatch(CASE_PATTERN, value):
        raise ValueError(CASE_HINT)
    return value


CaseNumber = Annotated[str, AfterValidator(_case_number)]


def _iso_date_only(value: object) -> object:
    # pydantic reads 0, "0" or 0.0 as 1970-01-01 and a datetime string as its date; a filter
    # date is written as YYYY-MM-DD, so anything else is refused rather than guessed.
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value
    raise ValueError("a date is written as an ISO string, YYYY-MM-DD")


IsoDate = Annotated[date, BeforeValidator(_iso_date_only)]


class Filters(BaseModel):
    """Optional restrictions; they win over dates or case numbers written in the question."""

    model_config = ConfigDict(extra="forbid")

    date_from: IsoDate | None = Field(default=None, examples=["2017-01-01"])
    date_to: IsoDate | None = Field(default=None, examples=["2017-12-31"])
    case_number: CaseNumber | None = Field(
        default=None, examples=["17/163"], json_schema_extra={"pattern": CASE_PATTERN}
    )
    meeting_id: str | None = Field(
        default=None, max_length=200, examples=["direktionen-2017-06-19"]
    )
    board: str | None = Field(default=None, max_length=200, examples=["Direktionen"])

    @model_validator(mode="after")
    def _ordered(self) -> Filters:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from must not be after date_to")
        return self


def check_text(value: str) -> str:
    """The normalised, stripped text (see ``normalize_text``); ValueError when it is empty or
    holds control characters.

    The one text check: the request models below and ``ReferatService.check_question`` (which
    every route, the OpenAI routes and the chat go through) all use it.
    """
    return _clean_text(value)


def normalize_text(value: str) -> str:
    """The text in the letters the minutes are written in.

    NFKC folds compatibility forms to their plain letters (full-width "Ｓｏｌｇåｒｄｅｎ" from an
    East Asian input method, ligatures, no-break spaces) and composes "a" + combining ring into
    "å"; format characters that render as nothing (zero-width spaces and joiners, soft hyphens,
    byte order marks, direction marks) are dropped, as they would split a word in two.
    """
    text = unicodedata.normalize("NFKC", value)
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def _clean_text(value: str) -> str:
    # Control characters (other than tab/newline) carry no meaning in a question; DEL and the
    # C1 range neither.
    if any((ord(c) < 32 and c not in "\t\n\r") or 0x7F <= ord(c) <= 0x9F for c in value):
        raise ValueError("the text contains control characters")
    text = normalize_text(value).strip()
    if not text:
        raise ValueError("the text is empty")
    return text


class AskRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"question": "Hvad blev besluttet om Solgårdens takster?"},
                {
                    "question": "What was decided on the digitalisation strategy?",
                    "filters": {"date_from": "2023-01-01"},
                    "top_k": 3,
                },
            ]
        },
    )

    question: str = Field(min_length=1, max_length=100_000)
    filters: Filters | None = None
    top_k: int = Field(default=5, ge=1, le=50)
    full: bool = Field(
        default=False,
        description="Answer without the length budget: the whole extractive answer (up to "
        "REFERAT_ANSWER_FULL_MAX_CHARS), as the response's `more` holds it when the answer was cut",
    )

    _check = field_validator("question")(_clean_text)


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Literal["user", "assistant", "system"]
    content: str = Field(max_length=100_000)


class ChatRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "messages": [
                        {"role": "user", "content": "Hvad blev besluttet om Solgården?"},
                        {"role": "assistant", "content": "Direktionen godkendte ... [1]"},
                        {"role": "user", "content": "og hvad med Taxhuset?"},
                    ]
                }
            ]
        },
    )

    messages: list[Message] = Field(min_length=1, max_length=100)
    filters: Filters | None = None
    top_k: int = Field(default=5, ge=1, le=50)
    full: bool = Field(
        default=False,
        description="Answer without the length budget: the whole extractive answer (up to "
        "REFERAT_ANSWER_FULL_MAX_CHARS), as the response's `more` holds it when the answer was cut",
    )

    @model_validator(mode="after")
    def _last_is_user(self) -> ChatRequest:
        if self.messages[-1].role != "user":
            raise ValueError("the last message must be the user's question")
        _clean_text(self.messages[-1].content)
        return self


class Citation(BaseModel):
    n: int = Field(description="The number used in the answer's [n] markers")
    meeting_id: str
    meeting_date: date
    board: str
    punkt: int | None = Field(description="Agenda point; null when citing the meeting header")
    title: str
    case_number: str | None
    section: str
    quote: str
    url: str = Field(
        description="Opens the source minutes at the point, this citation's passage highlighted; "
        "absolute when REFERAT_PUBLIC_URL is set"
    )
    archive_url: str | None = None
    decision_date: date | None = Field(
        default=None,
        description="The date of the cited decision when the minutes give one (it can differ "
        "from the meeting date: a point decided later, e.g. by written procedure)",
    )


class RetrievedPoint(BaseModel):
    meeting_id: str
    meeting_date: date
    board: str
    punkt: int
    title: str
    case_number: str | None
    score: float
    snippet: str
    url: str


class Suggestion(BaseModel):
    """A point (or a meeting) near what was asked, offered with a refusal."""

    meeting_id: str
    meeting_date: date
    board: str
    punkt: int | None = Field(description="Agenda point; null when suggesting a whole meeting")
    title: str
    url: str = Field(
        description="Opens the source minutes at the point; absolute when REFERAT_PUBLIC_URL "
        "is set (and always on /v1/chat/completions)"
    )


class MoreAnswer(BaseModel):
    """The whole extractive answer behind "Vis mere", when the answer was cut to its budget."""

    answer: str
    citations: list[Citation] = Field(
        description="The citations of this longer answer (its [n] markers refer to these)"
    )


class AskResponse(BaseModel):
    answer: str
    refused: bool
    language: Literal["da", "en"]
    citations: list[Citation]
    suggestions: list[Suggestion] = Field(
        default_factory=list,
        description="With a refusal: the nearest points the archive holds, with their links",
    )
    more: MoreAnswer | None = Field(
        default=None,
        description="When the answer was cut to REFERAT_ANSWER_MAX_CHARS: the whole extractive "
        "answer (up to REFERAT_ANSWER_FULL_MAX_CHARS) with its own citations; null otherwise",
    )
    retrieval: list[RetrievedPoint]
    timings_ms: dict[str, float]
    warning: str | None = None
    standalone_question: str | None = Field(
        default=None, description="The question as understood in the conversation (chat only)"
    )
    read_as: str | None = Field(
        default=None,
        description="The question as read where a mistyped word was taken for the archive's "
        'word ("nøgeltals" → "nøgletals"); null when nothing was repaired',
    )


class SearchResponse(BaseModel):
    query: str
    data: list[RetrievedPoint]
    count: int
    timings_ms: dict[str, float]


class SectionOut(BaseModel):
    name: str
    heading: str
    text: str
    decision_date: date | None = None


class AttendeeOut(BaseModel):
    name: str
    absent: bool
    role: str | None = None


class PointOut(BaseModel):
    meeting_id: str
    meeting_date: date
    punkt: int
    title: str
    case_number: str | None
    closed: bool
    sections: list[SectionOut] | None = None
    url: str
    source: str = Field(
        default="",
        description="The indexed file the point was read from (a tillægsreferat's points are "
        "points of the meeting it adds to, read from their own file)",
    )
    supplement: bool = Field(
        default=False, description="Whether the point comes from a tillægsreferat"
    )


class MeetingSummary(BaseModel):
    meeting_id: str
    board: str
    date: date
    start_time: str | None
    location: str | None
    points: int
    url: str


class MeetingOut(MeetingSummary):
    attendees: list[AttendeeOut]
    agenda: list[PointOut]


class MeetingsResponse(BaseModel):
    data: list[MeetingSummary]
    count: int


class CaseEntry(BaseModel):
    meeting_id: str
    meeting_date: date
    board: str
    punkt: int
    title: str
    closed: bool
    decisions: list[SectionOut]
    url: str


class CaseHistory(BaseModel):
    case_number: str
    data: list[CaseEntry]
    count: int


class Health(BaseModel):
    status: Literal["ok", "degraded", "error"]
    index_loaded: bool
    meetings: int
    points: int
    chunks: int
    generation: int
    embedding_model: str
    llm: str | None
    problem: str | None = None


class IndexResponse(BaseModel):
    files: int
    meetings: int
    points: int
    chunks_embedded: int
    unchanged: int
    removed: int
    failed: list[dict[str, str]]
    # Entries never opened: not a regular file, or a symlink leading out of the corpus folder.
    skipped: list[dict[str, str]] = []
    generation: int


class FeedbackIn(BaseModel):
    """A 👍/👎 on one answer, with what is needed to look at it again."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "rating": "down",
                    "comment": "Svaret nævner ikke Taxhuset",
                    "question": "Hvad blev besluttet om Solgårdens takster?",
                    "answer": "Direktionen godkendte taksterne [1].",
                    "citations": [],
                }
            ]
        },
    )

    rating: Literal["up", "down"]
    comment: str | None = Field(default=None, max_length=4000)
    question: str = Field(min_length=1, max_length=100_000)
    answer: str = Field(max_length=100_000)
    citations: list[Citation] = Field(default_factory=list, max_length=50)
    filters: Filters | None = None
    standalone_question: str | None = Field(default=None, max_length=100_000)

    _check = field_validator("question")(_clean_text)


class FeedbackComment(BaseModel):
    model_config = ConfigDict(extra="forbid")

    comment: str = Field(min_length=1, max_length=4000)

    _check = field_validator("comment")(_clean_text)


class FeedbackOut(BaseModel):
    id: str
    created: str
    rating: Literal["up", "down"]
    comment: str | None
    question: str
    standalone_question: str | None
    answer: str
    citations: list[dict[str, object]]
    filters: dict[str, object] | None
    generation: int = Field(description="The index generation the feedback was given under")


class FeedbackList(BaseModel):
    data: list[FeedbackOut]
    count: int


class ErrorResponse(BaseModel):
    detail: str
