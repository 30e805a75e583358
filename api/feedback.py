"""Feedback on answers (👍/👎 and an optional comment), kept in SQLite in the data directory.

Nothing about a conversation is stored on the server unless someone gives feedback; then the one
answer is stored with what a quality review needs to reproduce it: the question, the answer, its
citations, the filters and the index generation it was answered from.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

Rating = Literal["up", "down"]
EXPORT_FIELDS = (
    "id",
    "created",
    "rating",
    "comment",
    "question",
    "standalone_question",
    "answer",
    "citations",
    "filters",
    "generation",
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT,
    question TEXT NOT NULL,
    standalone_question TEXT,
    answer TEXT NOT NULL,
    citations TEXT NOT NULL,
    filters TEXT,
    generation INTEGER NOT NULL
)
"""


@dataclass
class FeedbackRecord:
    """One rated answer. ``citations`` and ``filters`` are kept as the JSON the client saw."""

    rating: Rating
    question: str
    answer: str
    generation: int
    citations: list[dict[str, Any]] = field(default_factory=list)
    filters: dict[str, Any] | None = None
    comment: str | None = None
    standalone_question: str | None = None
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def __post_init__(self) -> None:
        if self.rating not in ("up", "down"):
            raise ValueError(f"rating must be 'up' or 'down', not {self.rating!r}")


class FeedbackStore:
    """A small SQLite file; one connection per call, so request threads never share one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._ready = False

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if not self._ready:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=10)
            try:
                if not self._ready:
                    conn.execute(_SCHEMA)
                    self._ready = True
                with conn:  # commit on success, roll back on error
                    yield conn
            finally:
                conn.close()

    def add(self, record: FeedbackRecord) -> FeedbackRecord:
        row = asdict(record)
        row["citations"] = json.dumps(record.citations, ensure_ascii=False)
        row["filters"] = json.dumps(record.filters, ensure_ascii=False) if record.filters else None
        columns = ", ".join(row)
        marks = ", ".join(f":{k}" for k in row)
        with self._connect() as conn:
            conn.execute(f"INSERT INTO feedback ({columns}) VALUES ({marks})", row)
        return record

    def set_comment(self, feedback_id: str, comment: str) -> FeedbackRecord | None:
        """Attach (or replace) the comment of one record; None when there is no such record."""
        with self._connect() as conn:
            cur = conn.execute(
                "UPDATE feedback SET comment = ? WHERE id = ?", (comment, feedback_id)
            )
            if cur.rowcount == 0:
                return None
        return self.get(feedback_id)

    def get(self, feedback_id: str) -> FeedbackRecord | None:
        with self._connect() as conn:
            conn.row_factory = sqlite3.Row
            row = conn.execute("SELECT * FROM feedback WHERE id = ?", (feedback_id,)).fetchone()
        return _record(row) if row else None

    def list(self, limit: int | None = None) -> list[FeedbackRecord]:
        """Newest first."""
        sql = "SELECT * FROM feedback ORDER BY created DESC, rowid DESC"
        params: tuple[int, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        if not self.path.exists():
            return []
        with self._connect() as conn:
            conn.row_factory = sqlite3.Row
            return [_record(r) for r in conn.execute(sql, params).fetchall()]


def _record(row: sqlite3.Row) -> FeedbackRecord:
    values = dict(row)
    values["citations"] = json.loads(values["citations"] or "[]")
    values["filters"] = json.loads(values["filters"]) if values["filters"] else None
    return FeedbackRecord(**values)


def export_jsonl(records: list[FeedbackRecord]) -> str:
    """One JSON object per line, fields in ``EXPORT_FIELDS`` order."""
    lines = [
        json.dumps({k: asdict(r)[k] for k in EXPORT_FIELDS}, ensure_ascii=False) for r in records
    ]
    return "".join(line + "\n" for line in lines)


def export_csv(records: list[FeedbackRecord]) -> str:
    """A spreadsheet-friendly table; citations as ``date Punkt N: title`` lines, filters as JSON."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS)
    writer.writeheader()
    for r in records:
        row = asdict(r)
        row["citations"] = "\n".join(_citation_line(c) for c in r.citations)
        row["filters"] = json.dumps(r.filters, ensure_ascii=False) if r.filters else ""
        writer.writerow({k: row[k] for k in EXPORT_FIELDS})
    return out.getvalue()


def _citation_line(c: dict[str, Any]) -> str:
    punkt = f"Punkt {c['punkt']}: " if c.get("punkt") is not None else ""
    return f"[{c.get('n', '')}] {c.get('meeting_date', '')} {punkt}{c.get('title', '')}".strip()
