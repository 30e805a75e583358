"""The Chroma store: agenda-point chunks with their vectors, plus a catalogue of indexed files.

Two collections per index:

- ``<name>_chunks``: one record per chunk, cosine space, vectors always computed by our embedder
  (no Chroma embedding function is ever attached: Chroma's default one downloads a model).
- ``<name>_files``: one record per indexed source file (its content hash and the parsed meeting as
  JSON), plus a ``__state__`` record with a generation counter that every change bumps. Keeping
  the catalogue in Chroma means an embedded store and a Chroma server behave the same, and every
  API worker sharing one server sees the same archive.

A file's record is written only after all its chunks are, so a crash leaves a file that the next
run treats as changed; and should a record still promise chunks the store lacks (a lost write,
a hand-repaired store), the next run notices and embeds them again (``indexer.pipeline``).

``--rebuild`` never empties the live index: it builds ``<name>_next_chunks``/``<name>_next_files``
beside it, marks the new catalogue ready to switch, then swaps the collections in (delete the old,
rename the new; :meth:`ChromaStore.switch_to`). A kill before the mark leaves the old index serving
and the half-built one is dropped by the next run; a kill after it is finished by the next run
(:meth:`ChromaStore.recover`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from indexer import faults
from indexer.errors import IndexNotReadyError, ModelMismatchError, StoreError
from indexer.models import Chunk, Hit, Meeting, merge_supplements
from indexer.serialize import meeting_from_dict, meeting_to_dict

STATE_ID = "__state__"
# Collections of an index being rebuilt beside the live one.
NEXT_SUFFIX = "_next"
# The catalogue collection needs some vector; it is never searched by similarity.
_CATALOGUE_VECTOR = [1.0, 0.0]
_PAGE = 2000
# How widely HNSW searches. Chroma's default (100) found 89% of the true 60 nearest chunks in
# the real + 200 synthetic meetings index (2.3k chunks; 32% for the worst question, and not the
# same chunks from one process to the next): e5 cosines of one board's minutes all lie between
# about 0.75 and 0.90, where a narrow graph search stops early. 500 finds 99.7% there and adds a
# few milliseconds per query at 27k chunks.
HNSW_EF_SEARCH = 500


@dataclass(frozen=True)
class FileRecord:
    source_path: str
    file_hash: str
    meeting_id: str
    chunk_count: int
    point_count: int
    # The file's kind (indexer.models.KINDS); None in a record an older Referat wrote, which
    # stored a tillægsreferat as a meeting of its own (the next run reads such a file again).
    kind: str | None = None


def make_client(
    chroma_path: Path | None = None, url: str | None = None, token: str | None = None
) -> Any:
    """Open Chroma: a server when ``url`` is given, else embedded on disk at ``chroma_path``.

    Args:
        chroma_path: directory of the embedded store (created if missing).
        url: ``http://host:port`` of a ``chroma run`` server.
        token: optional bearer token for the server.

    Returns:
        A ``chromadb`` client with telemetry off.
    """
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if url:
            from urllib.parse import urlparse

            parsed = urlparse(url)
            headers = {"Authorization": f"Bearer {token}"} if token else None
            return chromadb.HttpClient(
                host=parsed.hostname or "127.0.0.1",
                port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                ssl=parsed.scheme == "https",
                headers=headers,
                settings=chroma_settings,
            )
        if chroma_path is None:
            raise StoreError("no Chroma location: set REFERAT_DATA_DIR or REFERAT_CHROMA_URL")
        chroma_path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(chroma_path), settings=chroma_settings)
    except StoreError:
        raise
    except Exception as e:  # noqa: BLE001 - chromadb raises many unrelated types here
        where = url or str(chroma_path)
        raise StoreError(f"cannot open the Chroma store at {where}: {e}") from e


class ChromaStore:
    """Chunks and the file catalogue of one index, in one Chroma database."""

    def __init__(self, client: Any, name: str, model_id: str, *, check_model: bool = True) -> None:
        self.client = client
        self.name = name
        self.model_id = model_id
        self._open()
        recorded = (self.chunks.metadata or {}).get("embedding_model")
        if check_model and recorded and recorded != model_id:
            raise ModelMismatchError(
                f"the index was built with embedding model {recorded!r}, but {model_id!r} is "
                "configured: re-index with `referat index --rebuild` (or set "
                "REFERAT_EMBEDDING_MODEL back)"
            )

    def _open(self) -> None:
        try:
            self.chunks = self.client.get_or_create_collection(
                f"{self.name}_chunks",
                configuration={"hnsw": {"space": "cosine", "ef_search": HNSW_EF_SEARCH}},
                metadata={"embedding_model": self.model_id},
                embedding_function=None,
            )
            self.files = self.client.get_or_create_collection(
                f"{self.name}_files", metadata={"kind": "catalogue"}, embedding_function=None
            )
        except Exception as e:  # noqa: BLE001
            raise StoreError(f"cannot open collections {self.name!r}: {e}") from e

    # --- lifecycle -------------------------------------------------------------------------

    def ensure_search_breadth(self) -> None:
        """Give a collection created with a narrower HNSW search (an older Referat, or Chroma's
        default) the current one. Writers call it; readers never change the store."""
        hnsw = dict((getattr(self.chunks, "configuration", None) or {}).get("hnsw") or {})
        if int(hnsw.get("ef_search") or 0) < HNSW_EF_SEARCH:
            faults.at("store.modify")
            self.chunks.modify(configuration={"hnsw": {"ef_search": HNSW_EF_SEARCH}})

    def _collection_names(self) -> set[str]:
        return {getattr(c, "name", c) for c in self.client.list_collections()}

    def _delete_collection(self, name: str) -> None:
        if name in self._collection_names():
            faults.at("store.delete_collection")
            self.client.delete_collection(name)

    def beside(self) -> ChromaStore:
        """A new, empty index beside this one for ``--rebuild`` (a leftover one is dropped).

        Its state starts dirty at this index's generation, so the finished rebuild moves the
        generation on and readers of the live index reload after the switch.
        """
        next_name = f"{self.name}{NEXT_SUFFIX}"
        for suffix in ("_chunks", "_files"):
            self._delete_collection(f"{next_name}{suffix}")
        target = ChromaStore(self.client, next_name, self.model_id)
        target.set_state(generation=self.generation(), dirty=True)
        return target

    def switch_to(self, rebuilt: ChromaStore) -> None:
        """Make a complete index built by :meth:`beside` the live one, in a way a kill at any
        point leaves finishable: first the new catalogue is marked ready, then each old
        collection is replaced by its new one."""
        state = rebuilt.state()
        rebuilt.set_state(generation=int(state.get("generation", 0)), dirty=False, ready=True)
        self._finish_switch()

    def _finish_switch(self) -> None:
        next_name = f"{self.name}{NEXT_SUFFIX}"
        names = self._collection_names()
        for suffix in ("_chunks", "_files"):
            if f"{next_name}{suffix}" not in names:
                continue  # already moved in by an earlier, interrupted switch
            self._delete_collection(f"{self.name}{suffix}")
            faults.at("store.rename")
            self.client.get_collection(f"{next_name}{suffix}").modify(name=f"{self.name}{suffix}")
        self._open()

    def recover(self) -> bool:
        """Finish a switch that a killed ``--rebuild`` marked ready, or drop a rebuild that never
        got that far. Writers call it before they start; readers never change the store.

        Returns:
            True when a switch was finished (the live index is now the rebuilt one).
        """
        next_name = f"{self.name}{NEXT_SUFFIX}"
        names = self._collection_names()
        if f"{next_name}_files" not in names:
            # The chunks move in first, so chunks alone are a rebuild killed as it began.
            self._delete_collection(f"{next_name}_chunks")
            return False
        files = self.client.get_collection(f"{next_name}_files")
        got = files.get(ids=[STATE_ID], include=["metadatas"])
        metas = got.get("metadatas") or []
        if metas and metas[0] and metas[0].get("ready"):
            self._finish_switch()
            return True
        for suffix in ("_chunks", "_files"):
            self._delete_collection(f"{next_name}{suffix}")
        return False

    # --- chunks ----------------------------------------------------------------------------

    def upsert(self, chunks: Sequence[Chunk], vectors: Any) -> None:
        """Write chunks with their vectors (same order); existing ids are replaced."""
        if not chunks:
            return
        if len(chunks) != len(vectors):
            raise ValueError(f"{len(chunks)} chunks but {len(vectors)} vectors")
        faults.at("store.upsert")
        self.chunks.upsert(
            ids=[c.chunk_id for c in chunks],
            embeddings=[list(map(float, v)) for v in vectors],
            documents=[c.text for c in chunks],
            metadatas=[c.metadata() for c in chunks],
        )

    def delete(self, chunk_ids: Sequence[str]) -> None:
        if chunk_ids:
            faults.at("store.delete")
            self.chunks.delete(ids=list(chunk_ids))

    def chunk_hashes_by_source(self) -> dict[str, dict[str, str]]:
        """Every chunk's id and content hash, grouped by source file: one paged read.

        Returns:
            ``{source_path: {chunk_id: content_hash}}``.
        """
        out: dict[str, dict[str, str]] = {}
        for ids, metas, _ in self._pages(include=["metadatas"]):
            for cid, meta in zip(ids, metas, strict=False):
                meta = meta or {}
                source = str(meta.get("source_path", ""))
                out.setdefault(source, {})[cid] = str(meta.get("content_hash", ""))
        return out

    def count(self) -> int:
        return int(self.chunks.count())

    def count_open(self) -> int:
        """Chunks that are searchable content (closed points' stubs excluded)."""
        got = self.chunks.get(where={"closed": True}, include=[])
        return self.count() - len(got["ids"])

    def all_chunks(self) -> list[Chunk]:
        """Every chunk the store holds (for the lexical index), closed stubs included."""
        out: list[Chunk] = []
        for ids, metas, docs in self._pages(include=["metadatas", "documents"]):
            for cid, meta, doc in zip(ids, metas, docs, strict=False):
                out.append(Chunk.from_record(cid, doc or "", dict(meta or {})))
        return out

    def _pages(self, include: list[str]) -> Iterator[tuple[list[str], list[Any], list[Any]]]:
        offset = 0
        while True:
            got = self.chunks.get(include=include, limit=_PAGE, offset=offset)
            ids = list(got["ids"])
            if not ids:
                return
            metas = list(got.get("metadatas") or [None] * len(ids))
            docs = list(got.get("documents") or [None] * len(ids))
            yield ids, metas, docs
            if len(ids) < _PAGE:
                return
            offset += _PAGE

    def query(
        self,
        vector: Any,
        k: int,
        where: dict[str, Any] | None = None,
        ids: Sequence[str] | None = None,
    ) -> list[Hit]:
        """Nearest chunks by cosine similarity (score = 1 - cosine distance), best first.

        Args:
            vector: the query embedding.
            k: how many chunks.
            where: a Chroma metadata filter. Chroma evaluates it over every record, which costs
                ~170 ms at 25k chunks; prefer ``ids`` when the allowed chunks are known.
            ids: search only among these chunk ids (fast at any size).
        """
        n = self.count() if ids is None else len(ids)
        if n == 0:
            return []
        try:
            got = self.chunks.query(
                query_embeddings=[list(map(float, vector))],
                n_results=min(k, n),
                where=where,
                ids=list(ids) if ids is not None else None,
                include=["metadatas", "documents", "distances"],
            )
        except Exception as e:  # noqa: BLE001
            raise StoreError(f"vector search failed: {e}") from e
        hits: list[Hit] = []
        ids = got["ids"][0]
        metas = (got.get("metadatas") or [[]])[0]
        docs = (got.get("documents") or [[]])[0]
        dists = (got.get("distances") or [[]])[0]
        for cid, meta, doc, dist in zip(ids, metas, docs, dists, strict=False):
            chunk = Chunk.from_record(cid, doc or "", dict(meta or {}))
            hits.append(Hit(chunk=chunk, score=1.0 - float(dist)))
        return hits

    # --- file catalogue --------------------------------------------------------------------

    def file_records(self) -> dict[str, FileRecord]:
        got = self.files.get(include=["metadatas"])
        out: dict[str, FileRecord] = {}
        for fid, meta in zip(got["ids"], got["metadatas"] or [], strict=False):
            if fid == STATE_ID or not meta:
                continue
            out[fid] = FileRecord(
                source_path=fid,
                file_hash=str(meta.get("file_hash", "")),
                meeting_id=str(meta.get("meeting_id", "")),
                chunk_count=int(str(meta.get("chunk_count", 0))),
                point_count=int(str(meta.get("point_count", 0))),
                kind=str(meta["kind"]) if meta.get("kind") else None,
            )
        return out

    def file_meeting(self, source_path: str) -> Meeting | None:
        """The meeting one indexed file holds, as read (before any merging), or None."""
        got = self.files.get(ids=[source_path], include=["documents"])
        docs = got.get("documents") or []
        return meeting_from_dict(json.loads(docs[0])) if docs and docs[0] else None

    def put_files(self, files: Sequence[tuple[str, str, Meeting, int]]) -> None:
        """Write catalogue records, each ``(source_path, file_hash, meeting, chunk_count)``, in
        one Chroma call (a call costs about the same for one record as for many)."""
        if not files:
            return
        faults.at("store.put_files")
        self.files.upsert(
            ids=[source for source, _, _, _ in files],
            embeddings=[_CATALOGUE_VECTOR] * len(files),
            documents=[
                json.dumps(meeting_to_dict(meeting), ensure_ascii=False)
                for _, _, meeting, _ in files
            ],
            metadatas=[
                {
                    "file_hash": file_hash,
                    "meeting_id": meeting.meeting_id,
                    "kind": meeting.kind,
                    "board": meeting.board,
                    "meeting_date": meeting.date.isoformat(),
                    "chunk_count": chunk_count,
                    "point_count": len(meeting.points),
                }
                for _, file_hash, meeting, chunk_count in files
            ],
        )

    def delete_files(self, source_paths: Sequence[str]) -> None:
        if source_paths:
            faults.at("store.delete_files")
            self.files.delete(ids=list(source_paths))

    def meetings(self) -> list[Meeting]:
        """Every indexed meeting, oldest first, a tillægsreferat's points merged into its
        meeting (``indexer.models.merge_supplements``)."""
        got = self.files.get(include=["documents"])
        return merge_supplements(
            meeting_from_dict(json.loads(doc))
            for fid, doc in zip(got["ids"], got["documents"] or [], strict=False)
            if fid != STATE_ID and doc
        )

    # --- generation: lets readers in other processes notice a re-index --------------------

    def state(self) -> dict[str, Any]:
        try:
            got = self.files.get(ids=[STATE_ID], include=["metadatas"])
        except Exception as e:  # noqa: BLE001 - chromadb's NotFoundError, by name below
            if type(e).__name__ != "NotFoundError":
                raise
            # A --rebuild in another process switched collections under this reader: the
            # names now lead to the rebuilt index, whose generation tells readers to reload.
            self._open()
            got = self.files.get(ids=[STATE_ID], include=["metadatas"])
        metas = got.get("metadatas") or []
        if metas and metas[0]:
            return dict(metas[0])
        # Every run that writes chunks writes the state record too: chunks without one are a
        # catalogue lost mid-switch (or mid-write), never a finished index.
        return {"generation": 0, "dirty": self.count() > 0}

    def generation(self) -> int:
        return int(self.state().get("generation", 0))

    def set_state(self, *, generation: int, dirty: bool, ready: bool = False) -> None:
        """Write the state record; ``ready`` marks a rebuilt index complete and ready to switch."""
        meta: dict[str, Any] = {"generation": generation, "dirty": dirty, "updated": time.time()}
        if ready:
            meta["ready"] = True
        faults.at("store.set_state")
        self.files.upsert(
            ids=[STATE_ID], embeddings=[_CATALOGUE_VECTOR], documents=[""], metadatas=[meta]
        )

    def ensure_ready(self) -> None:
        """Raise IndexNotReadyError when there is nothing (complete) to serve."""
        if self.count() == 0:
            raise IndexNotReadyError("the index is empty: run `referat index` first")
        if self.state().get("dirty"):
            raise IndexNotReadyError(
                "the last indexing run did not finish: run `referat index` to complete it"
            )
