"""The naive pipeline a user would otherwise build: LangChain's RecursiveCharacterTextSplitter
(1000 characters, 200 overlap) over the raw file text, vectors in Chroma, dense-only retrieval.

For scoring only, each window is mapped to the agenda point that holds its middle character (the
naive pipeline itself knows nothing of points). Windows in a meeting's header map to no point.
Built incrementally into a persistent Chroma directory: a file whose bytes did not change is not
embedded again.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT
from indexer.embed import Embedder
from indexer.parse import parse_file, read_text
from indexer.pipeline import discover

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
MANIFEST = "naive-manifest.json"


@dataclass
class NaiveBuild:
    chunks_embedded: int
    chunks: int
    seconds: float


class NaiveIndex:
    """Dense-only retrieval over 1000/200-character windows in one Chroma collection."""

    def __init__(self, directory: Path, embedder: Embedder) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        self.directory = directory
        self.embedder = embedder
        directory.mkdir(parents=True, exist_ok=True)
        self.client = chromadb.PersistentClient(
            path=str(directory / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
        )
        self.collection = self.client.get_or_create_collection(
            "naive",
            configuration={"hnsw": {"space": "cosine"}},
            metadata={"embedding_model": embedder.model_id},
            embedding_function=None,
        )
        recorded = (self.collection.metadata or {}).get("embedding_model")
        if recorded != embedder.model_id:
            raise ValueError(
                f"naive index in {directory} holds {recorded}, not {embedder.model_id}"
            )

    def _manifest(self) -> dict[str, Any]:
        path = self.directory / MANIFEST
        return json.loads(path.read_text()) if path.exists() else {}

    def build(self, paths: list[Path]) -> NaiveBuild:
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(
            chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP, add_start_index=True
        )
        manifest = self._manifest()
        found = discover([p if p.is_absolute() else ROOT / p for p in paths])
        files = [f.path for f in found.files]
        started = time.perf_counter()
        embedded = 0
        for path in files:
            key = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
            data = path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if manifest.get(key) == digest:
                continue
            meeting = parse_file(path)
            text = read_text(path)
            docs = splitter.create_documents([text])
            ids, texts, metas = [], [], []
            for i, doc in enumerate(docs):
                start = int(doc.metadata["start_index"])
                middle = start + len(doc.page_content) // 2
                punkt = next((p.number for p in meeting.points if p.start <= middle < p.end), -1)
                ids.append(f"{key}#{i}")
                texts.append(doc.page_content)
                metas.append(
                    {"source": key, "meeting_date": meeting.date.isoformat(), "punkt": punkt}
                )
            self.collection.delete(where={"source": key})
            if texts:
                vectors = self.embedder.embed_passages(texts)
                self.collection.add(
                    ids=ids,
                    documents=texts,
                    metadatas=metas,
                    embeddings=[list(map(float, v)) for v in vectors],
                )
            embedded += len(texts)
            manifest[key] = digest
            (self.directory / MANIFEST).write_text(json.dumps(manifest, indent=0))
        return NaiveBuild(embedded, self.collection.count(), time.perf_counter() - started)

    def search(self, query: str, k: int = 10, depth: int = 40) -> list[tuple[date, int]]:
        """Agenda points of the ``depth`` nearest windows, best first, at most ``k``."""
        vector = self.embedder.embed_query(query)
        got = self.collection.query(
            query_embeddings=[list(map(float, vector))],
            n_results=min(depth, self.collection.count()),
            include=["metadatas"],
        )
        out: list[tuple[date, int]] = []
        for meta in got["metadatas"][0]:
            if not meta or int(meta["punkt"]) < 0:
                continue
            key = (date.fromisoformat(str(meta["meeting_date"])), int(meta["punkt"]))
            if key not in out:
                out.append(key)
            if len(out) == k:
                break
        return out
