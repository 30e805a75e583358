"""Serve a prepared index with any benchmark embedder (the cheap ``hash`` one included):

    python benchmarks/serve_app.py --data-dir DIR --embedder hash --port 8765

``referat serve`` can only name real models through REFERAT_EMBEDDING_MODEL, so the 20k-point
level (vectors from :class:`benchmarks.common.HashEmbedder`) is served through this: the same
``create_app`` and ``ReferatService`` over a ``Retriever`` on the store, under uvicorn.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import embedder_for, settings_for  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--embedder", default="hash")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--no-ui", action="store_true", help="do not mount the chat UI")
    args = parser.parse_args(argv)

    import uvicorn

    from api.http.app import create_app
    from api.retrieval.retriever import open_retriever
    from api.service import ReferatService
    from indexer.runtime import open_store

    settings = settings_for(args.data_dir)
    embedder = embedder_for(args.embedder)
    store = open_store(settings, embedder)
    retriever = open_retriever(settings, embedder=embedder, store=store)
    retriever.snapshot()
    service = ReferatService(settings, retriever)
    app = create_app(settings, service=service, mount_ui=not args.no_ui)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
