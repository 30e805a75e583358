"""Test data builders shared by the test folders (pytest puts tests/ on sys.path)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date


def minutes_text(board: str, day: date, points: Sequence[tuple[str, str, str]]) -> str:
    """Tiny minutes in the export format: (title, case number, decision text) per point."""
    lines = [f"REFERAT {board} d. {day:%d-%m-%Y}", "",
             f"Mødedato Mandag d. {day.day}. {day:%m} {day.year} kl. 09:00", "",
             "Mødested Rådhuset, mødelokale 1", ""]
    for n, (title, case, decision) in enumerate(points, start=1):
        lines += [f"Punkt {n}: {title}", "", case, "", "Sagsfremstilling", "",
                  f"{title}. {decision}", "", f"Beslutning {board} den {day:%d-%m-%Y}", "",
                  decision, ""]
    return "\n".join(lines)
