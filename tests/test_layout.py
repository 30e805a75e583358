"""The dependency direction of the packages: chat_ui -> api service -> api parts -> indexer.

Read from the source with ``ast`` (imports inside functions count too), so a lazy import that
runs back up is caught as well as a top-level one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# What each package may import from the project, by module prefix.
ALLOWED = {
    "indexer": ("indexer",),
    "api": ("api", "indexer"),
    "chat_ui": ("chat_ui", "api.service", "api.schemas", "indexer.config"),
}
QUERY_TIME = ("question", "fusion", "glossary", "retriever", "retrieve", "query")


def project_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from api import schemas" imports api.schemas, not all of api.
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return [n for n in names if n.split(".")[0] in ALLOWED]


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_no_import_runs_back(package: str) -> None:
    allowed = ALLOWED[package]
    wrong = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / package).rglob("*.py"))
        for name in project_imports(path)
        if not any(name == a or name.startswith(a + ".") for a in allowed)
    ]
    assert not wrong, "\n".join(wrong)


def test_query_time_modules_are_out_of_the_indexer() -> None:
    stems = {p.stem for p in (ROOT / "indexer").glob("*.py")}
    assert not stems & set(QUERY_TIME)


def test_project_imports_sees_lazy_imports(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text("def f():\n    from chat_ui.app import mount_chat\n", encoding="utf-8")
    assert project_imports(source) == ["chat_ui.app.mount_chat"]
