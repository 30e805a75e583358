"""Counterfactual negatives: questions the archive cannot answer, made from ones it can.

Each answerable question of a question file is turned into unanswerable variants by rules that
hold for any archive, checked against the archive itself (its meetings, years, boards, closed
points and vocabulary) rather than against a word list fitted to it:

- ``other_year``: the question's year (or a year appended) swapped for one that occurs nowhere in
  the archive — no meeting, no text.
- ``other_topic``: the question's most specific word the archive uses swapped for a municipal topic
  (``api/data/municipal_topics.txt``) whose stem occurs nowhere in the archive.
- ``other_board``: the question asked of a board the archive holds no meeting of.
- ``out_of_range``: the question pinned to a meeting date the archive does not hold.
- ``closed``: for every closed agenda point, a question for its content by number and date.

Calibrate refusal on these together with the answerable questions, never on the file you score.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

from indexer.language import DANISH_MONTHS, ENGLISH_MONTHS
from indexer.models import Meeting
from indexer.text import analyze

TOPICS_PATH = Path(__file__).resolve().parent / "data" / "municipal_topics.txt"

# Boards a Danish municipality has; a negative asks one the archive holds no meeting of.
OTHER_BOARDS = (
    "Byrådet",
    "Økonomiudvalget",
    "Teknik- og Miljøudvalget",
    "Børne- og Skoleudvalget",
    "Social- og Sundhedsudvalget",
    "Kultur- og Fritidsudvalget",
)
_YEAR_RE = re.compile(r"(?<![\d/.-])(?:19|20)\d{2}(?![\d/])")
_WORD_RE = re.compile(r"[^\W\d_]{6,}")


@dataclass(frozen=True)
class Negative:
    """One generated unanswerable question, in the question-file format."""

    id: str
    lang: str
    question: str
    reason: str
    source_id: str
    kind: str = "unanswerable"

    def to_json(self) -> str:
        row = asdict(self)
        row.update(meeting_date=None, punkt=None, case_number=None, answer_facts=[])
        return json.dumps(row, ensure_ascii=False)


@dataclass(frozen=True)
class Archive:
    """What the generator checks a negative against."""

    years: frozenset[int]
    meeting_dates: frozenset[date]
    boards: frozenset[str]
    stems: frozenset[str]
    closed: tuple[tuple[date, int, str], ...]

    @classmethod
    def of(cls, meetings: Iterable[Meeting]) -> Archive:
        meetings = list(meetings)
        stems: set[str] = set()
        years: set[int] = set()
        for m in meetings:
            for term in analyze(m.text):
                stems.add(term.stem)
                stems.update(term.pieces)
            years.add(m.date.year)
            years.update(int(y) for y in _YEAR_RE.findall(m.text))
        return cls(
            years=frozenset(years),
            meeting_dates=frozenset(m.date for m in meetings),
            boards=frozenset(m.board.casefold() for m in meetings),
            stems=frozenset(stems),
            closed=tuple(
                (m.date, p.number, m.board) for m in meetings for p in m.points if p.closed
            ),
        )

    def knows_word(self, word: str) -> bool:
        terms = analyze(word)
        return any(t.stem in self.stems or any(p in self.stems for p in t.pieces) for t in terms)


def load_topics(path: Path = TOPICS_PATH) -> list[tuple[str, str]]:
    """(Danish, English) topic pairs from the data file (comments and blank lines skipped)."""
    pairs: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            da, _, en = line.partition("\t")
            pairs.append((da.strip(), (en or da).strip()))
    return pairs


def _absent_year(archive: Archive, near: int, rng: random.Random) -> int:
    candidates = [y for y in range(near - 12, near + 13) if y not in archive.years and y > 1990]
    return rng.choice(candidates)


def date_words(day: date, lang: str) -> str:
    """A date written out as a question would ("3. marts 2019", "March 3, 2019")."""
    if lang == "en":
        return f"{_month_name(ENGLISH_MONTHS, day.month).capitalize()} {day.day}, {day.year}"
    return f"{day.day}. {_month_name(DANISH_MONTHS, day.month)} {day.year}"


def _month_name(months: dict[str, int], number: int) -> str:
    return next(name for name, n in months.items() if n == number)


def _topic_word(question: str, archive: Archive) -> str | None:
    """The question's longest word that the archive uses (its most specific subject)."""
    words = [w for w in _WORD_RE.findall(question) if archive.knows_word(w)]
    return max(words, key=len) if words else None


def variants(
    qid: str,
    question: str,
    lang: str,
    archive: Archive,
    topics: Sequence[tuple[str, str]],
    rng: random.Random,
) -> list[Negative]:
    """The unanswerable variants of one answerable question."""
    out: list[Negative] = []
    en = lang == "en"

    years = [int(y) for y in _YEAR_RE.findall(question)]
    if years:
        new = _absent_year(archive, years[0], rng)
        text = _YEAR_RE.sub(str(new), question, count=1)
    else:
        new = _absent_year(archive, max(archive.years), rng)
        text = f"{question.rstrip(' ?')} in {new}?" if en else f"{question.rstrip(' ?')} i {new}?"
    out.append(Negative(f"{qid}-year", lang, text, "other_year", qid))

    subject = _topic_word(question, archive)
    unknown = [t for t in topics if not archive.knows_word(t[0])]
    if subject and unknown:
        da, english = rng.choice(unknown)
        swapped = re.sub(re.escape(subject), english if en else da, question, count=1)
        out.append(Negative(f"{qid}-topic", lang, swapped, "other_topic", qid))

    boards = [b for b in OTHER_BOARDS if b.casefold() not in archive.boards]
    if boards:
        board = rng.choice(boards)
        text = (
            f"what did {board} decide: {question}" if en else f"hvad besluttede {board}: {question}"
        )
        out.append(Negative(f"{qid}-board", lang, text, "other_board", qid))

    if not years:
        # A question that names no year is pinned to a day without a meeting; one that names a
        # year already has its year variant above (two dates would make it contradictory).
        day = min(archive.meeting_dates) + timedelta(days=rng.randrange(30, 4000))
        while day in archive.meeting_dates:
            day += timedelta(days=1)
        text = (
            f"{question.rstrip(' ?')} at the meeting on {date_words(day, lang)}?"
            if en
            else f"{question.rstrip(' ?')} på mødet den {date_words(day, lang)}?"
        )
        out.append(Negative(f"{qid}-date", lang, text, "out_of_range", qid))
    return out


def closed_questions(archive: Archive) -> list[Negative]:
    """For each closed point, a Danish and an English question for its content."""
    out: list[Negative] = []
    for day, number, board in archive.closed:
        qid = f"closed-{day.isoformat()}-{number}"
        out.append(
            Negative(
                f"{qid}-da",
                "da",
                f"hvad står der i punkt {number} den {date_words(day, 'da')}",
                "closed",
                qid,
            )
        )
        out.append(
            Negative(
                f"{qid}-en",
                "en",
                f"what did {board} decide under item {number} on {date_words(day, 'en')}",
                "closed",
                qid,
            )
        )
    return out


def generate(
    questions: Iterable[dict[str, object]], meetings: Iterable[Meeting], seed: int = 13
) -> list[Negative]:
    """Negatives for every answerable question (rows of question files) and closed point.

    Args:
        questions: question-file rows; those with a ``meeting_date`` are used.
        meetings: the archive the negatives must fall outside of.
        seed: the same seed gives the same negatives.

    Returns:
        The negatives, in question order, then one pair per closed point.
    """
    archive = Archive.of(meetings)
    topics = load_topics()
    rng = random.Random(seed)
    out: list[Negative] = []
    for row in questions:
        if not row.get("meeting_date"):
            continue
        out.extend(
            variants(
                str(row["id"]),
                str(row["question"]),
                str(row.get("lang", "da")),
                archive,
                topics,
                rng,
            )
        )
    out.extend(closed_questions(archive))
    return out


def read_rows(paths: Iterable[Path]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


__all__ = ["Archive", "Negative", "generate", "read_rows"]
