"""Measure the reader on minutes in layouts it was not built on (issue 14's "Done when").

A folder of minutes with a gold ``expected.json`` (written by hand, by someone who never saw the
reader) is read, indexed with the real model and asked one question per file. Reported, per file
and in total: the date and board read right, points found, case numbers read (compared loosely),
closed points closed, the secret words of closed bodies unfindable through search and ask, and
the question's first citation at the right point.

    python benchmarks/layouts.py tests/resources/layouts_blind [--out benchmarks/LAYOUTS.md]

The blind folder (tests/resources/layouts_blind) is measured once, at the end of the work on the
reader, and its first figure reported: never tune the reader on it.

Gold format, one object per file::

    {"file": "...", "board": "...", "date": "YYYY-MM-DD",
     "kind": "referat" | "dagsorden" | "tillægsreferat" (a supplement may be given as "referat"),
     "points": [[number, "title", "case number" | null, closed], ...],
     "secrets": ["phrase only a closed body holds", ...],
     "question": "...", "cite_punkt": N}
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from api.retrieval.retriever import open_retriever  # noqa: E402
from api.service import ReferatService  # noqa: E402
from indexer.config import Settings  # noqa: E402
from indexer.errors import ParseError  # noqa: E402
from indexer.language import fold  # noqa: E402
from indexer.models import Meeting, case_key  # noqa: E402
from indexer.parse import parse_file  # noqa: E402
from indexer.pipeline import index_corpus  # noqa: E402
from indexer.runtime import build_embedder, open_store  # noqa: E402


@dataclass
class FileResult:
    file: str
    read: bool = False
    error: str = ""
    date_ok: bool = False
    board_ok: bool = False
    kind_ok: bool = False
    points_expected: int = 0
    points_found: int = 0
    cases_expected: int = 0
    cases_ok: int = 0
    closed_expected: int = 0
    closed_ok: int = 0
    open_wrongly_closed: int = 0
    secrets_leaked: list[str] = field(default_factory=list)
    cited: bool | None = None
    # What the question got when it was not cited right (for --json).
    answer: str = ""
    got: dict[str, Any] = field(default_factory=dict)


def _board_ok(expected: str, got: str) -> bool:
    a, b = fold(expected.strip()), fold(got.strip())
    return bool(a and b) and (a == b or a.startswith(b) or b.startswith(a))


def compare(expected: dict[str, Any], meeting: Meeting) -> FileResult:
    """What of the gold the reader got right, for one file."""
    r = FileResult(expected["file"], read=True)
    r.date_ok = meeting.date.isoformat() == expected["date"]
    r.board_ok = _board_ok(expected["board"], meeting.board)
    # Gold written without æøå ("tillaegsreferat") names the same kind; gold that says only
    # "referat" (the format's two kinds) is right for a supplement to minutes too.
    read, gold = fold(meeting.kind), fold(expected.get("kind", "referat"))
    r.kind_ok = read in (gold, fold("tillægs") + gold)
    by_number = {p.number: p for p in meeting.points}
    # A point is found when one of the same number exists (position for unnumbered ones).
    r.points_expected = len(expected["points"])
    for number, _title, case, closed in (p[:4] for p in expected["points"]):
        point = by_number.get(number)
        if point is None:
            continue
        r.points_found += 1
        if case:
            r.cases_expected += 1
            r.cases_ok += int(
                bool(point.case_number) and case_key(point.case_number or "") == case_key(case)
            )
        if closed:
            r.closed_expected += 1
            r.closed_ok += int(point.closed)
        elif point.closed:
            r.open_wrongly_closed += 1
    missed = [p for p in expected["points"] if p[0] not in by_number]
    r.cases_expected += sum(1 for p in missed if p[2])
    r.closed_expected += sum(1 for p in missed if p[3])
    r.got = {
        "date": meeting.date.isoformat(),
        "board": meeting.board,
        "kind": meeting.kind,
        "points": [[p.number, p.title, p.case_number, p.closed] for p in meeting.points],
    }
    return r


def measure(folder: Path, data_dir: Path) -> list[FileResult]:
    expected: list[dict[str, Any]] = json.loads((folder / "expected.json").read_text("utf-8"))
    results: list[FileResult] = []
    for e in expected:
        try:
            meeting = parse_file(folder / e["file"])
        except ParseError as err:
            results.append(FileResult(e["file"], error=str(err)))
            continue
        results.append(compare(e, meeting))
    # Index the folder with the real model and ask each file's question.
    corpus = data_dir / "corpus"
    shutil.copytree(folder, corpus, ignore=shutil.ignore_patterns("expected.json"))
    settings = Settings(_env_file=None, data_dir=data_dir / "data", corpus_dir=corpus)  # type: ignore[call-arg]
    embedder = build_embedder(settings)
    store = open_store(settings, embedder)
    index_corpus([corpus], embedder, store)
    service = ReferatService(settings, open_retriever(settings, embedder=embedder, store=store))
    by_file = {r.file: r for r in results}
    for e in expected:
        r = by_file[e["file"]]
        if e.get("question"):
            answer = service.ask(e["question"])
            first = answer.citations[0] if answer.citations else None
            r.cited = bool(
                first is not None
                and first.punkt == e["cite_punkt"]
                and first.meeting_date.isoformat() == e["date"]
            )
            if not r.cited:
                r.answer = answer.answer
        for secret in e.get("secrets") or ():
            # What the archive shows: search snippets, and an answer's text unless it is a
            # refusal (a refusal may say the asked words back: "Jeg fandt intet om ...").
            answer = service.ask(secret)
            texts = [] if answer.refused else [answer.answer]
            texts += [c.quote for c in answer.citations]
            texts += [d.snippet for d in service.search(secret).data]
            if any(secret.casefold() in t.casefold() for t in texts):
                r.secrets_leaked.append(secret)
    return results


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "–"


def ok(value: bool) -> str:
    return "✓" if value else "✗"


def report(results: list[FileResult], folder: Path) -> str:
    rows = [
        "| file | read | date | board | kind | points | case numbers | closed | leaks | cited |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        rows.append(
            f"| {r.file} | {ok(r.read)} | {ok(r.date_ok)} | {ok(r.board_ok)} | {ok(r.kind_ok)} "
            f"| {r.points_found}/{r.points_expected} | {r.cases_ok}/{r.cases_expected} "
            f"| {r.closed_ok}/{r.closed_expected} | {len(r.secrets_leaked)} "
            f"| {'–' if r.cited is None else ok(r.cited)} |"
        )
    n = len(results)
    total = {
        "files read": _pct(sum(r.read for r in results), n),
        "right date": _pct(sum(r.date_ok for r in results), n),
        "right board": _pct(sum(r.board_ok for r in results), n),
        "right kind": _pct(sum(r.kind_ok for r in results), n),
        "points found": _pct(
            sum(r.points_found for r in results), sum(r.points_expected for r in results)
        ),
        "case numbers": _pct(
            sum(r.cases_ok for r in results), sum(r.cases_expected for r in results)
        ),
        "closed points closed": _pct(
            sum(r.closed_ok for r in results), sum(r.closed_expected for r in results)
        ),
        "open points wrongly closed": str(sum(r.open_wrongly_closed for r in results)),
        "secret phrases found by search/ask": str(sum(len(r.secrets_leaked) for r in results)),
        "questions cited to the right point": _pct(
            sum(bool(r.cited) for r in results), sum(r.cited is not None for r in results)
        ),
    }
    lines = [f"# Reader on unseen layouts: {folder.as_posix()}", "", *rows, ""]
    lines += ["| measure | result |", "|---|---|", *(f"| {k} | {v} |" for k, v in total.items())]
    errors = [f"- {r.file}: {r.error}" for r in results if r.error]
    if errors:
        lines += ["", "Files not read:", *errors]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--out", type=Path, help="also write the report (Markdown) here")
    parser.add_argument("--json", type=Path, help="also write per-file results (JSON) here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = measure(args.folder.resolve(), Path(tmp))
    text = report(results, args.folder)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(
            json.dumps([r.__dict__ for r in results], ensure_ascii=False, indent=1), "utf-8"
        )


if __name__ == "__main__":
    main()
