"""What answering produces: numbered sources, the answer, and the generator protocol."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Protocol

from indexer.models import AgendaPoint, Meeting

Language = Literal["da", "en"]

REFUSAL = {
    "da": "Jeg kunne ikke finde noget om det i referaterne.",
    "en": "I could not find anything about that in the minutes.",
}
# The reply to a message that only greets or thanks: how to ask, with no point named.
HOW_TO_ASK = {
    "da": "Jeg svarer ud fra referaterne. Spørg om en sag, et punkt eller et møde, fx «hvad blev "
    "besluttet om taksterne?», «status på sag 12/3456» eller «hvem deltog i mødet i januar?».",
    "en": "I answer from the minutes. Ask about a matter, an agenda item or a meeting, e.g. "
    "“what was decided on the rates?”, “status of case 12/3456” or “who attended the "
    "meeting in January?”.",
}
# A question that names no matter, meeting, case or point ("hvad blev besluttet?"): whatever
# ranks first would be no answer to it.
NO_MATTER = {
    "da": "Spørgsmålet nævner hverken en sag, et emne eller et møde. " + HOW_TO_ASK["da"],
    "en": "The question names no matter, item or meeting. " + HOW_TO_ASK["en"],
}
REFUSAL_HINT = {
    "da": "Prøv andre ord, eller udvid datointervallet.",
    "en": "Try other words, or widen the date range.",
}


@dataclass(frozen=True)
class Source:
    """One numbered source of an answer: an agenda point (or a meeting header) and a quote."""

    n: int
    meeting: Meeting
    point: AgendaPoint | None
    section: str
    quote: str


@dataclass(frozen=True)
class Suggestion:
    """A point (or a meeting, ``point`` None) offered when the answer is a refusal: the nearest
    the archive holds to what was asked."""

    meeting: Meeting
    point: AgendaPoint | None


@dataclass
class Answer:
    """An answer, or a refusal (``refused``) with the nearest points as ``suggestions``.

    ``hint`` says whether a refusal gets the general "try other words" hint (a closed point
    asked for by number does not: other words will not open it). ``more`` is the whole
    extractive answer when this one was cut to the answer budget (the service fills it by
    answering again with the larger budget; the chat shows it under "Vis mere").
    """

    text: str
    refused: bool
    language: Language
    sources: list[Source] = field(default_factory=list)
    warning: str | None = None
    suggestions: list[Suggestion] = field(default_factory=list)
    hint: bool = True
    more: Answer | None = None
    # A refusal for want of evidence among the points the question's own dates allowed: the
    # service may look past those dates for the nearest points on the matter (see
    # ``ReferatService._wider``). Structural refusals (a closed point) are final as they stand.
    wider: bool = False


class Generator(Protocol):
    """An LLM that writes an answer from numbered sources (see ``LLMGenerator``)."""

    def generate(self, question: str, sources: Sequence[Source], language: Language) -> str: ...

    def stream(
        self, question: str, sources: Sequence[Source], language: Language
    ) -> Iterator[str]: ...


def fmt_date(d: date | None) -> str:
    """A date as the minutes write it (DD-MM-YYYY); empty for none."""
    return d.strftime("%d-%m-%Y") if d else ""
