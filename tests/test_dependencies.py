"""pyproject.toml declares what the code imports, and nothing it does not (issue 12: watchfiles
was imported and not declared, sse-starlette declared and never imported)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OURS = {"indexer", "api", "chat_ui"}
# Installed with a declared distribution that owns the API we use.
COMES_WITH = {"starlette": "fastapi"}
# Declared and not imported by name, each for a reason.
NOT_IMPORTED = {
    "langchain": "the umbrella package of langchain-core/-openai; left to the LLM path's owner",
    "langchain-text-splitters": "the naive baseline in benchmarks/naive.py",
}


def declared() -> set[str]:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    return {re.split(r"[<>=\[ ;]", d)[0].lower().replace("_", "-") for d in deps}


def imported_modules() -> set[str]:
    found: set[str] = set()
    for package in sorted(OURS):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    found.add(node.module.split(".")[0])
    return {m for m in found if m not in sys.stdlib_module_names and m not in OURS}


def test_every_imported_package_is_declared_and_every_declared_one_used() -> None:
    owners = packages_distributions()
    used: set[str] = set()
    for module in imported_modules():
        if module in COMES_WITH:
            used.add(COMES_WITH[module])
            continue
        dists = {d.lower().replace("_", "-") for d in owners.get(module, [])}
        assert dists & declared(), f"{module} is imported but no declared package provides it"
        used |= dists & declared()
    assert declared() - used - set(NOT_IMPORTED) == set()
