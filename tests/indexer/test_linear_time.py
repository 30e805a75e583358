"""The reader takes time linear in its input, whatever the input (issue 16, item 5).

A pattern with super-linear backtracking turned one header line of dots into hours of work. Here
every compiled pattern of the reader's modules, and the reader as a whole, gets pathological
lines (dots, spaces, digits and a few mixes) at two sizes; the time must grow about as the size
does. The check is a ratio between the two sizes, not a wall-clock limit: a quadratic pattern
takes 16 times longer on 4 times the input, a linear one about 4 times.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

import indexer
from indexer import (
    chunk,
    headings,
    issuer,
    language,
    letterhead,
    models,
    parse,
    read,
    text,
    xmlnames,
)
from indexer.parse import parse_text
from indexer.read import remove_furniture

# About twenty seconds of generated inputs: in `make test`, out of the one-minute quick tier.
pytestmark = pytest.mark.sweep

SMALL, LARGE = 25_000, 100_000
# Per 4x of input: linear code lands near 4, quadratic near 16. Generous for a busy machine; for
# other size steps the limit scales with the step (8x input: linear near 8, limit 18, quadratic 64).
MAX_RATIO = 9.0
# Below this the timer measures noise, not growth.
MIN_SECONDS = 0.002

FILLERS: dict[str, Callable[[int], str]] = {
    "dots": lambda n: "." * n,
    "dots then a letter": lambda n: "." * n + "x",
    "spaces": lambda n: " " * n,
    "digits": lambda n: "1" * n,
    "dotted leader": lambda n: "Punkt 1: Titel " + "." * n + " 3",
    "digits and dots": lambda n: "1." * (n // 2),
    "spaced letters": lambda n: "a " * (n // 2),
    "open parens": lambda n: "(" + " " * n,
    "decision": lambda n: "Beslutning i " + "den " * (n // 4),
    "dashes": lambda n: "-" * n,
    "slashes and digits": lambda n: "1/" * (n // 2),
    "case labels": lambda n: "Sag nr. 1 " * (n // 10),
    "closed marks": lambda n: "(lukket punkt 1) - " * (n // 19),
    "list of names": lambda n: "Til stede: " + "Ann Lee, " * (n // 9),
    "labels mid-line": lambda n: "Til stede: " + "Ann Lee. Afbud: Bo Dam " * (n // 23),
}
# The reader gets every filler; each pattern the three of the issue and two mixes (cheaper).
PATTERN_FILLERS = ("dots", "dots then a letter", "spaces", "digits")
# Every module of the indexer that compiles a pattern: the reader, and the tokenizer that BM25
# runs over each chunk (checked by test_every_module_with_patterns_is_checked).
MODULES: tuple[ModuleType, ...] = (
    headings,
    parse,
    read,
    models,
    chunk,
    text,
    language,
    issuer,
    letterhead,
    xmlnames,
)


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: dict[str, re.Pattern[str]] = {}
    for module in MODULES:
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{module.__name__}.{name}"] = value
    return sorted(found.items())


def _seconds(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        for _ in range(repeat):
            run()
        best = min(best, time.perf_counter() - start)
    return best


def _ratio(
    run: Callable[[str], object],
    make: Callable[[int], str],
    sizes: tuple[int, int],
    min_seconds: float,
) -> float:
    small_input, large_input = make(sizes[0]), make(sizes[1])
    # Repeat the small run until it takes long enough to measure, and the large one as often.
    repeat = 1
    while (small := _seconds(lambda: run(small_input), repeat)) < min_seconds and repeat < 4096:
        repeat *= 2
    return _seconds(lambda: run(large_input), repeat) / small


def _assert_linear(
    run: Callable[[str], object],
    make: Callable[[int], str],
    what: str,
    sizes: tuple[int, int] = (SMALL, LARGE),
) -> None:
    # Other processes share the CPU: a linear run can look slow once, a quadratic one always
    # does, so only three slow measurements in a row fail, each longer (steadier) than the last.
    limit = MAX_RATIO * (sizes[1] / sizes[0]) / 4
    ratios = []
    for attempt in range(3):
        ratios.append(_ratio(run, make, sizes, MIN_SECONDS * 4**attempt))
        if ratios[-1] < limit:
            return
    raise AssertionError(f"{what}: time grew {min(ratios):.1f}x for {sizes[1] // sizes[0]}x input")


@pytest.mark.integration  # runs a quadratic pattern on purpose: seconds
def test_the_check_catches_a_quadratic_pattern() -> None:
    # The table-of-contents pattern the reader used to have (issue 16 item 5). An 8x step, so
    # that quadratic growth (64x) stands far above the limit (18x) even on a noisy CI machine:
    # at 4x, a quadratic ratio near 16 once measured under 9 there (CI, stop 17).
    old = re.compile(r"^(?P<title>.+?)\s*\.{3,}\s*(?P<page>\d+)?\s*$")
    with pytest.raises(AssertionError, match="time grew"):
        _assert_linear(
            old.search, FILLERS["dots then a letter"], "old TOC pattern", sizes=(250, 2000)
        )


def test_there_are_patterns_to_check() -> None:
    names = [name for name, _ in _patterns()]
    assert len(names) >= 15
    assert "indexer.headings._PUNKT_RE" in names
    assert "indexer.text._TOKEN_RE" in names


def test_every_module_with_patterns_is_checked() -> None:
    """A new indexer module with patterns joins MODULES (the list is not found by import, so
    that this test does not load the model code)."""
    folder = Path(indexer.__file__).parent
    with_patterns = {
        f"indexer.{path.stem}"
        for path in folder.glob("*.py")
        if "re.compile(" in path.read_text(encoding="utf-8")
    }
    assert with_patterns <= {m.__name__ for m in MODULES}, with_patterns


@pytest.mark.parametrize(("name", "pattern"), _patterns(), ids=[n for n, _ in _patterns()])
def test_every_pattern_is_linear(name: str, pattern: re.Pattern[str]) -> None:
    for kind in PATTERN_FILLERS:
        _assert_linear(pattern.search, FILLERS[kind], f"{name} on {kind}")


def _minutes_with(line: str) -> str:
    return (
        "Referat af møde i Byrådet\n\nDen 09.01.2020 kl. 13:00\n\nIndholdsfortegnelse\n\n"
        f"{line}\n\n1. Ny skatepark\n\nSagsnr: 20/1\n\n{line}\n\nSagsfremstilling\n\n"
        f"{line}\n\nBeslutning: {line}\n\nPunkt 2: {line}\n\nSagsnr: 20/2\n\n{line}\n"
    )


@pytest.mark.parametrize("kind", list(FILLERS))
def test_reader_is_linear(kind: str) -> None:
    filler = FILLERS[kind]
    _assert_linear(
        lambda text: parse_text(text, "x.txt"),
        lambda n: _minutes_with(filler(n)),
        f"reader on {kind}",
    )
    _assert_linear(
        lambda text: remove_furniture([text, text, text]), filler, f"furniture on {kind}"
    )
