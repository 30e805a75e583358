"""The ``referat`` command: index, search, ask, eval, serve (the top of the dependency graph)."""

from __future__ import annotations

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
    """Referat: search and cited answers over the minutes of Direktionen.

    \b
    Examples:
        referat index corpus/
        referat search "solgården takster"
        referat ask "hvad blev besluttet om Solgårdens takster?"
        referat serve
    """


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--rebuild", is_flag=True, help="Drop the index and build it from scratch.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@click.option("--strict", is_flag=True, help="Exit 1 when any file failed.")
@data_dir_option
def index(paths: tuple[Path, ...], rebuild: bool, as_json: bool, strict: bool,
          data_dir: Path | None) -> None:
    """Index minutes (.txt, .md, .pdf) from files and folders (default: corpus/).

    Only new or changed agenda points are embedded; files that are gone are removed.

    \b
    Examples:
        referat index
        referat index corpus/ --json
        referat index --rebuild
    """
    from tqdm import tqdm

    from indexer.pipeline import index_corpus
    from indexer.runtime import build_embedder, open_store

    settings = _settings(data_dir)
    roots = list(paths) or [settings.corpus_dir]
    try:
        embedder = build_embedder(settings)
        store = open_store(settings, embedder)
    except ReferatError as e:
        if "re-index" in str(e) and rebuild:
            store = _reopen_for_rebuild(settings, embedder)
        else:
            raise _fail(e) from e

    bar = tqdm(total=0, unit="fil", desc="Indekserer", file=sys.stderr,
               disable=not sys.stderr.isatty() and as_json)

    def progress(done: int, total: int, path: str) -> None:
        bar.total = total
        bar.set_postfix_str(Path(path).name)
        bar.update(done - bar.n)

    try:
        summary = index_corpus(
            roots, embedder, store, rebuild=rebuild, max_tokens=settings.chunk_max_tokens,
            overlap_tokens=settings.chunk_overlap_tokens, progress=progress,
        )
    except ReferatError as e:
        raise _fail(e) from e
    finally:
        bar.close()
    if as_json:
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        click.echo(
            f"{summary.files} filer, {summary.meetings} møder, {summary.points} punkter: "
            f"{summary.chunks_embedded} chunks indlejret, {summary.unchanged} uændrede, "
            f"{summary.removed} fjernet, {len(summary.failed)} fejlede"
        )
        for failure in summary.failed:
            click.echo(f"  FEJL {failure.path}: {failure.reason}", err=True)
    if strict and summary.failed:
        sys.exit(1)


def _reopen_for_rebuild(settings: Settings, embedder: Any) -> Any:
    """Drop collections built with another model so that --rebuild can start clean."""
    from indexer.store import ChromaStore, make_client

    client = make_client(None if settings.chroma_url else settings.chroma_path,
                         settings.chroma_url, settings.chroma_token)
    for suffix in ("_chunks", "_files"):
        try:
            client.delete_collection(f"{settings.collection}{suffix}")
        except Exception:  # noqa: BLE001, S110 - absent is fine
            pass
    return ChromaStore(client, settings.collection, embedder.model_id)


def _filters(date_from: str | None, date_to: str | None, case_number: str | None,
             meeting_id: str | None, board: str | None) -> Any:
    from indexer.query import SearchFilters

    try:
        return SearchFilters(
            date_from=date.fromisoformat(date_from) if date_from else None,
            date_to=date.fromisoformat(date_to) if date_to else None,
            case_number=case_number,
            meeting_id=meeting_id,
            board=board,
        )
    except ValueError as e:
        raise click.BadParameter(f"dates are YYYY-MM-DD: {e}") from e


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
def search(query: str, k: int, as_json: bool, date_from: str | None, date_to: str | None,
           case_number: str | None, meeting_id: str | None, board: str | None,
           data_dir: Path | None) -> None:
    """Find the agenda points that best match QUERY.

    \b
    Examples:
        referat search "solgården takster"
        referat search "sygefravær" --date-from 2020-01-01 --json
    """
    from indexer.retrieve import open_retriever

    settings = _settings(data_dir)
    filters = _filters(date_from, date_to, case_number, meeting_id, board)
    try:
        retriever = open_retriever(settings)
        result = retriever.search(query, filters=filters, k=k)
    except ReferatError as e:
        raise _fail(e) from e
    rows = [
        {
            "meeting_id": p.meeting_id,
            "meeting_date": p.meeting_date.isoformat(),
            "punkt": p.punkt,
            "title": p.title,
            "case_number": p.case_number,
            "board": p.board,
            "score": round(p.score, 6),
        }
        for p in result.points
    ]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        click.echo("Ingen resultater.")
    for i, row in enumerate(rows, start=1):
        d = date.fromisoformat(row["meeting_date"]).strftime("%d-%m-%Y")
        case = f" (sag {row['case_number']})" if row["case_number"] else ""
        click.echo(f"{i}. {row['board']} {d} Punkt {row['punkt']}: {row['title']}{case}"
                   f"  [{row['score']:.4f}]")


def main() -> None:  # pragma: no cover - console entry point alias
    cli()
