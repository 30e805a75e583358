"""Every setting is read somewhere and documented in the README's settings table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from indexer.config import Settings

ROOT = Path(__file__).resolve().parents[2]


def _source() -> str:
    return "\n".join(
        p.read_text(encoding="utf-8")
        for package in ("indexer", "api", "chat_ui")
        for p in (ROOT / package).rglob("*.py")
    )


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_setting_is_used(name: str) -> None:
    assert re.search(rf"\.{name}\b", _source()), f"setting {name} is never read"


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_setting_is_documented(name: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"REFERAT_{name.upper()}" in readme, f"REFERAT_{name.upper()} missing from README"


def test_no_environment_reads_outside_settings() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for package in ("indexer", "api", "chat_ui")
        for p in (ROOT / package).rglob("*.py")
        if p.name != "config.py"
        and re.search(
            r"os\.environ\.get|os\.getenv|os\.environ\[[^\]]+\](?!\s*=)",
            p.read_text(encoding="utf-8"),
        )
    ]
    assert not offenders
