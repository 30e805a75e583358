"""The ``referat`` command: index, search, ask, eval, serve (the top of the dependency graph)."""

from __future__ import annotations

import errno
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from indexer.config import Settings, get_settings
from indexer.errors import ReferatError


def _settings(data_dir: Path | None) -> Settings:
    settings = get_settings()
    if data_dir is not None:
        settings = settings.model_copy(update={"data_dir": data_dir})
    return settings


def _fail(e: Exception) -> click.ClickException:
    return click.ClickException(str(e))


data_dir_option = click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="REFERAT_DATA_DIR",
    default=None,
    help="Where the index lives (default data/).",
)


@click.group()
@click.version_option(package_name="referat")
def cli() -> None:
    """Referat: search and cited answers over a municipality's meeting minutes.

    \b
    Examples:
        referat index corpus/
        referat search "solgården takster"
        referat ask "hvad blev besluttet om Solgårdens takster?"
        referat serve
    """


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--rebuild",
    is_flag=True,
    help="Build the index from scratch beside the old one; switch when complete.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@click.option("--strict", is_flag=True, help="Exit 1 when any file failed.")
@click.option(
    "--board",
    help="The board of files that name none (header, decisions or folder name), e.g. Byrådet.",
)
@click.option(
    "--explain",
    "explain",
    is_flag=True,
    help="Only read the given files and print what was read; nothing is indexed.",
)
@data_dir_option
def index(
    paths: tuple[Path, ...],
    rebuild: bool,
    as_json: bool,
    strict: bool,
    board: str | None,
    explain: bool,
    data_dir: Path | None,
) -> None:
    """Index minutes (.txt, .md, .pdf, .html, .htm, .docx, .eml, .rtf) from files and folders
    (default: corpus/).

    Only new or changed agenda points are embedded; files that are gone are removed. With
    --rebuild the old index keeps serving until the new one is complete. A later
    file for the same meeting (the minutes after the agenda, or a newer version) replaces the
    earlier one, and the summary says so.

    \b
    Examples:
        referat index
        referat index corpus/ --json
        referat index --rebuild
        referat index --explain referater/byraadet-2020-01-29.html
        referat index --board Byrådet referater/
    """
    if explain:
        _explain(paths, board, as_json)
        return
    from indexer.pipeline import index_corpus
    from indexer.runtime import build_embedder, index_options, open_store

    settings = _settings(data_dir)
    roots = list(paths) or [settings.corpus_dir]
    try:
        embedder = build_embedder(settings)
        # --rebuild replaces an index built with another model, so it may open one.
        store = open_store(settings, embedder, check_model=not rebuild)
    except ReferatError as e:  # ModelMismatchError without --rebuild names the way out
        raise _fail(e) from e
    except Exception as e:  # noqa: BLE001 - a full or read-only disk: a reason, no traceback
        raise _store_failure(settings, e) from e

    bar = _ProgressBar(enabled=sys.stderr.isatty() or not as_json)
    try:
        summary = index_corpus(
            roots,
            embedder,
            store,
            rebuild=rebuild,
            progress=bar.update,
            options=index_options(settings),
            board=board,
        )
    except ReferatError as e:
        raise _fail(e) from e
    except Exception as e:  # noqa: BLE001 - chromadb / sqlite / OS errors while writing
        raise _store_failure(settings, e) from e
    finally:
        bar.close()
    if summary.chunks_embedded or summary.removed or rebuild:
        # Build and save the BM25 copy now, so the next server start loads it instead of
        # re-tokenising every chunk (about 20 s at 27k chunks, benchmarks/RESULTS.md).
        # A bare retriever: a configured re-ranker model has no business loading here.
        from api.retrieval.retriever import Retriever

        Retriever(store, embedder, cache_dir=settings.lexical_path).snapshot()
    if as_json:
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        click.echo(
            f"{summary.files} filer, {summary.meetings} møder, {summary.points} punkter: "
            f"{summary.chunks_embedded} chunks indlejret, {summary.unchanged} uændrede, "
            f"{summary.removed} fjernet, {len(summary.failed)} fejlede"
            + (f", {len(summary.skipped)} sprunget over" if summary.skipped else "")
        )
        click.echo(
            f"Filer læst: {summary.files}, med advarsler: {len(summary.warned)}, "
            f"fejlede: {len(summary.failed)}"
        )
        for note in summary.replaced:
            click.echo(f"  ERSTATTET {note.path}: {note.reason}")
        for note in summary.warned:
            click.echo(f"  ADVARSEL {note.path}: {note.reason}", err=True)
        for failure in summary.failed:
            click.echo(f"  FEJL {failure.path}: {failure.reason}", err=True)
        for skipped in summary.skipped:
            click.echo(f"  SPRUNGET OVER {skipped.path}: {skipped.reason}", err=True)
    if strict and summary.failed:
        sys.exit(1)


class _ProgressBar:
    """A chunk-counting bar on stderr, drawn from the first embedded batch with the run's
    total (a run that embeds nothing draws no bar at all)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None

    def update(self, done: int, total: int, source: str) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=" chunks", desc="Indlejrer", file=sys.stderr)
        self.bar.set_postfix_str(Path(source).name, refresh=False)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _explain(paths: tuple[Path, ...], board: str | None, as_json: bool) -> None:
    """Print what the reader finds in each file, or where it stopped; exit 1 if any failed."""
    from indexer.errors import ParseError
    from indexer.parse import parse_file

    if not paths:
        raise click.UsageError("--explain needs at least one FILE")
    failed = False
    for path in paths:
        try:
            meeting = parse_file(path, board=board)
        except (ParseError, OSError) as e:
            failed = True
            part = getattr(e, "part", "file")
            line = getattr(e, "line", None)
            if as_json:
                record = {"file": str(path), "error": str(e), "part": part, "line": line}
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                where = f", linje {line}" if line else ""
                click.echo(f"{path}: KAN IKKE LÆSES (del: {part}{where})\n  {e}")
            continue
        if as_json:
            from indexer.serialize import meeting_to_dict

            data = meeting_to_dict(meeting)
            data.pop("text")
            for point in data["points"]:
                if point["closed"]:
                    point["sections"] = []
            click.echo(json.dumps({"file": str(path), **data}, ensure_ascii=False))
        else:
            click.echo(_describe(meeting))
    if failed:
        sys.exit(1)


def _describe(meeting: Any) -> str:
    """A parse report: header facts, then each point with its case number and decisions."""
    lines = [
        f"{meeting.source_path}",
        f"  møde-id: {meeting.meeting_id}",
        f"  dato: {meeting.date.isoformat()}"
        + (f" kl. {meeting.start_time}" if meeting.start_time else ""),
        f"  udvalg: {meeting.board}",
        f"  type: {meeting.kind}",
        f"  punkter: {len(meeting.points)}",
    ]
    for point in meeting.points:
        label = f" [{point.label}]" if point.label else ""
        case = f" sag {point.case_number}" if point.case_number else " (intet sagsnummer)"
        closed = " LUKKET" if point.closed else ""
        lines.append(f"    Punkt {point.number}{label}: {point.title} -{case}{closed}")
        if not point.closed:
            names = ", ".join(s.name for s in point.sections if not s.is_decision)
            if names:
                lines.append(f"      afsnit: {names}")
            for d in point.decisions:
                when = d.decision_date.isoformat() if d.decision_date else "uden dato"
                text = " ".join(d.text.split())
                lines.append(f"      beslutning {when}: {text[:70]}{'…' if len(text) > 70 else ''}")
    for warning in meeting.warnings:
        lines.append(f"  advarsel: {warning}")
    return "\n".join(lines)


def _store_failure(settings: Settings, e: Exception) -> click.ClickException:
    """A write or open failure of the store as one clear line (full disk, read-only folder)."""
    where = settings.chroma_url or settings.chroma_path
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    lowered = f"{type(e).__name__} {e}".lower()
    hint = ""
    if "read-only" in lowered or "readonly" in lowered or "permission" in lowered:
        hint = " (the data folder is read-only: set REFERAT_DATA_DIR to a writable folder)"
    elif _disk_full(e):
        hint = " (the disk is full: free space or move REFERAT_DATA_DIR)"
    return click.ClickException(f"indexing into {where} failed: {text}{hint}")


# SQLite's own code for a full disk (it reports no errno): SQLITE_FULL.
_SQLITE_FULL = 13


def _disk_full(e: BaseException) -> bool:
    """Whether the failure, or one it was raised from, is a full disk: ENOSPC from the OS, or
    SQLITE_FULL from SQLite (which Chroma passes on as text: "database or disk is full")."""
    seen: set[int] = set()
    cause: BaseException | None = e
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, OSError) and cause.errno == errno.ENOSPC:
            return True
        if getattr(cause, "sqlite_errorcode", None) == _SQLITE_FULL:
            return True
        if "database or disk is full" in str(cause):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def _filters(
    date_from: str | None,
    date_to: str | None,
    case_number: str | None,
    meeting_id: str | None,
    board: str | None,
) -> Any:
    """The filter options, validated as the API validates them."""
    from pydantic import ValidationError

    from api import schemas

    try:
        return schemas.Filters(
            date_from=date.fromisoformat(date_from) if date_from else None,
            date_to=date.fromisoformat(date_to) if date_to else None,
            case_number=case_number,
            meeting_id=meeting_id,
            board=board,
        )
    except (ValueError, ValidationError) as e:
        raise click.BadParameter(f"dates are YYYY-MM-DD, case numbers like 12/32140: {e}") from e


filter_options = [
    click.option("--date-from", help="Only meetings on or after YYYY-MM-DD."),
    click.option("--date-to", help="Only meetings on or before YYYY-MM-DD."),
    click.option("--case", "case_number", help="Only points with this case number (12/32140)."),
    click.option("--meeting", "meeting_id", help="Only this meeting id."),
    click.option("--board", help="Only this board (e.g. Direktionen)."),
]


def with_filters(f: Any) -> Any:
    for option in reversed(filter_options):
        f = option(f)
    return f


@cli.command()
@click.argument("query")
@click.option("-k", "--k", "k", default=5, show_default=True, help="How many agenda points.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list, best first.")
@with_filters
@data_dir_option
def search(
    query: str,
    k: int,
    as_json: bool,
    date_from: str | None,
    date_to: str | None,
    case_number: str | None,
    meeting_id: str | None,
    board: str | None,
    data_dir: Path | None,
) -> None:
    """Find the agenda points that best match QUERY.

    \b
    Examples:
        referat search "solgården takster"
        referat search "sygefravær" --date-from 2020-01-01 --json
    """
    settings = _settings(data_dir)
    filters = _filters(date_from, date_to, case_number, meeting_id, board)
    try:
        # Through the service, like every other edge: the same question and store checks.
        response = _service(settings).search(query, filters, k=k)
    except (ReferatError, ValueError) as e:
        raise _fail(e) from e
    rows = [
        {
            "meeting_id": p.meeting_id,
            "meeting_date": p.meeting_date.isoformat(),
            "punkt": p.punkt,
            "title": p.title,
            "case_number": p.case_number,
            "board": p.board,
            "score": p.score,
        }
        for p in response.data
    ]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        click.echo("Ingen resultater.")
    for i, row in enumerate(rows, start=1):
        d = date.fromisoformat(str(row["meeting_date"])).strftime("%d-%m-%Y")
        case = f" (sag {row['case_number']})" if row["case_number"] else ""
        click.echo(
            f"{i}. {row['board']} {d} Punkt {row['punkt']}: {row['title']}{case}"
            f"  [{row['score']:.4f}]"
        )


def _service(settings: Settings) -> Any:
    from api.service import ReferatService

    service = ReferatService.from_settings(settings)
    service.retriever.store.ensure_ready()
    return service


@cli.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the full response as JSON.")
@click.option("-k", "--k", "k", default=5, show_default=True, help="Agenda points retrieved.")
@with_filters
@data_dir_option
def ask(
    question: str,
    as_json: bool,
    k: int,
    date_from: str | None,
    date_to: str | None,
    case_number: str | None,
    meeting_id: str | None,
    board: str | None,
    data_dir: Path | None,
) -> None:
    """Answer QUESTION from the minutes, with sources (meeting date and punkt).

    \b
    Examples:
        referat ask "hvad blev besluttet om Solgårdens takster?"
        referat ask "what was decided on the digitalisation strategy?" --json
    """
    settings = _settings(data_dir)
    filters = _filters(date_from, date_to, case_number, meeting_id, board)
    try:
        service = _service(settings)
        response = service.ask(question, filters, k)
    except (ReferatError, ValueError) as e:
        raise _fail(e) from e
    if as_json:
        click.echo(response.model_dump_json())
        return
    click.echo(response.answer)
    if response.citations:
        click.echo("\nKilder:")
    for c in response.citations:
        where = f"Punkt {c.punkt}: {c.title}" if c.punkt else c.title
        case = f" (sag {c.case_number})" if c.case_number else ""
        click.echo(f"  [{c.n}] {c.board} {c.meeting_date:%d-%m-%Y}, {where}{case}  {c.url}")


@cli.command(name="eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-k", "--k", "k", default=5, show_default=True, help="Depth for hit@k.")
@click.option("--json", "as_json", is_flag=True, help="Print exactly one JSON object.")
@click.option("--retrieval-only", is_flag=True, help="Skip the answer path (answer metrics null).")
@data_dir_option
def evaluate_cmd(
    file: Path, k: int, as_json: bool, retrieval_only: bool, data_dir: Path | None
) -> None:
    """Measure retrieval and answers on a JSONL file of questions with gold points.

    \b
    Examples:
        referat eval ../shared/eval/dev.jsonl
        referat eval questions.jsonl --k 5 --json
    """
    from api.evaluate import evaluate, format_report, load_questions

    settings = _settings(data_dir)
    try:
        questions = load_questions(file)
        service = _service(settings)
        report = evaluate(service, questions, k=k, with_answers=not retrieval_only)
    except (ReferatError, ValueError) as e:
        raise _fail(e) from e
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        click.echo(format_report(report, k))


@cli.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the JSONL here (default: standard output).",
)
@click.option("--seed", default=13, show_default=True, help="The same seed, the same negatives.")
@data_dir_option
def negatives(
    files: tuple[Path, ...], output: Path | None, seed: int, data_dir: Path | None
) -> None:
    """Make unanswerable questions from the answerable ones of question files.

    Each becomes another year, a topic the archive never mentions, another board and a meeting
    date the archive lacks; every closed point gets a question for its content. Checked against
    the index. Use them to calibrate refusal, never to score it.

    \b
    Examples:
        referat negatives ../shared/eval/dev.jsonl -o data/negatives.jsonl
        referat eval data/negatives.jsonl
    """
    from api.negatives import generate, read_rows

    settings = _settings(data_dir)
    try:
        rows = read_rows(files)
        made = generate(rows, _service(settings).meetings(), seed=seed)
    except (ReferatError, ValueError) as e:
        raise _fail(e) from e
    text = "".join(n.to_json() + "\n" for n in made)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{len(made)} negatives -> {output}", err=True)


@cli.command()
@click.option("--host", default=None, help="Default: REFERAT_HOST (127.0.0.1).")
@click.option("--port", default=None, type=int, help="Default: REFERAT_PORT (8000).")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=int,
    help="Worker processes (share one store; use a Chroma server for more than one).",
)
@data_dir_option
def serve(host: str | None, port: int | None, workers: int, data_dir: Path | None) -> None:
    """Serve the API and the chat UI (http://127.0.0.1:8000/chat).

    Without API keys (REFERAT_API_KEYS) it refuses to bind to anything but loopback.
    """
    import logging
    import os

    import uvicorn

    settings = _settings(data_dir)
    host = host or settings.host
    port = port or settings.port
    if data_dir is not None:
        # Worker processes (--workers > 1) build their own settings from the environment.
        os.environ["REFERAT_DATA_DIR"] = str(data_dir)
    loopback = host in {"127.0.0.1", "localhost", "::1"}
    if not settings.api_keys and not loopback:
        raise click.ClickException(
            f"refusing to serve on {host} without API keys: set REFERAT_API_KEYS, "
            "or serve on 127.0.0.1"
        )
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if not settings.api_keys:
        click.echo("Ingen API-nøgler sat (REFERAT_API_KEYS): serverer kun på loopback.", err=True)
    click.echo(f"Referat: http://{host}:{port}/chat  (API: http://{host}:{port}/docs)", err=True)
    uvicorn.run(
        "api.http.asgi:app" if workers > 1 else _app_factory(settings),
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
    )


def _app_factory(settings: Settings) -> Any:
    from api.http.app import create_app

    return create_app(settings)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--debounce",
    "debounce_ms",
    default=1600,
    show_default=True,
    type=int,
    help="Milliseconds to wait for changes to settle before re-indexing.",
)
@click.option("--poll", is_flag=True, help="Poll the folder (network shares: SMB/NFS).")
@data_dir_option
def watch(paths: tuple[Path, ...], debounce_ms: int, poll: bool, data_dir: Path | None) -> None:
    """Index PATHS (default: corpus/), then re-index whenever minutes are added, changed or
    removed there, until Ctrl-C.

    With a Chroma server (REFERAT_CHROMA_URL) every API worker sees the changes within seconds.

    \b
    Examples:
        referat watch
        referat watch /srv/referat/indbakke --poll
    """
    import logging

    from indexer.runtime import build_embedder, index_options, open_store
    from indexer.watch import watch_corpus

    settings = _settings(data_dir)
    roots = list(paths) or [settings.corpus_dir]
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")

    def report(summary: Any, changed: list[str]) -> None:
        what = f"{len(changed)} ændrede stier" if changed else "første kørsel"
        click.echo(
            f"{what}: {summary.files} filer, {summary.chunks_embedded} chunks indlejret, "
            f"{summary.removed} fjernet, {len(summary.failed)} fejlede, "
            f"{len(summary.skipped)} sprunget over (generation {summary.generation})",
            err=True,
        )

    try:
        embedder = build_embedder(settings)
        store = open_store(settings, embedder)
        click.echo(f"Overvåger {', '.join(map(str, roots))} (Ctrl-C stopper)", err=True)
        watch_corpus(
            roots,
            embedder,
            store,
            debounce_ms=debounce_ms,
            on_indexed=report,
            force_polling=True if poll else None,
            options=index_options(settings),
        )
    except ReferatError as e:
        raise _fail(e) from e


@cli.group()
def feedback() -> None:
    """Feedback staff gave on answers in the chat (👍/👎 and comments)."""


@feedback.command(name="export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl"]),
    default="csv",
    show_default=True,
    help="CSV for a spreadsheet, JSONL for scripts.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file instead of standard output.",
)
@data_dir_option
def feedback_export(fmt: str, output: Path | None, data_dir: Path | None) -> None:
    """Write all stored feedback, newest first, for the quality review.

    Each row holds the rating, the comment, the question, the answer, its citations, the filters
    and the index generation the answer came from.

    \b
    Examples:
        referat feedback export --format csv -o feedback.csv
        referat feedback export --format jsonl | jq .
    """
    from api.feedback import FeedbackStore, export_csv, export_jsonl

    settings = _settings(data_dir)
    records = FeedbackStore(settings.feedback_path).list()
    text = export_csv(records) if fmt == "csv" else export_jsonl(records)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{len(records)} svar med feedback skrevet til {output}", err=True)


if __name__ == "__main__":  # `python -m api.cli ...` runs as `referat ...` does
    cli()
