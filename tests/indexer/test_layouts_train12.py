"""Layouts of Danish minutes added as training variety in round 12 (issue 14).

Each test holds, in invented minutes, a form the reader once misread: an accordion web page, a
disclosure list, a contents list above web badges, closed marks and print stamps written the
way an agenda system, a secretary or a small council might write them.
"""

from __future__ import annotations

from pathlib import Path

from indexer.models import Meeting
from indexer.parse import parse_file


def _read(tmp_path: Path, text: str, name: str = "referat.txt") -> Meeting:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


def _accordion_item(target: str, title: str, body: str) -> str:
    return (
        '<div class="accordion-item"><h2 class="accordion-header">'
        f'<button class="accordion-button collapsed" type="button" data-bs-target="#{target}">'
        f"{title}</button></h2>"
        f'<div id="{target}" class="accordion-collapse collapse"><div class="accordion-body">'
        f"{body}</div></div></div>"
    )


def test_accordion_button_in_a_heading_is_the_point_heading(tmp_path: Path) -> None:
    # Bootstrap-style accordion: each point's heading is a button inside an <h2>. A button is
    # otherwise a control and dropped, which lost every heading.
    page = (
        "<html><body><h1>Kulturudvalget</h1><p>Referat</p><p>Mødedato: 04.06.2025</p>"
        '<p><button type="button">Fold alle ud</button></p><div class="accordion">'
        + _accordion_item(
            "a1",
            "1. Godkendelse af dagsorden",
            "<p>Sagsnummer: 7-11-2-25</p><h4>Beslutning</h4><p>Godkendt.</p>",
        )
        + _accordion_item(
            "a2",
            "2. Tilskud til bymusik",
            "<p>Sagsnummer: 7-40-9-25</p><h4>Sagsfremstilling</h4>"
            "<p>Orkestret søger 40.000 kr. til nye instrumenter.</p>"
            "<h4>Beslutning</h4><p>Bevilget.</p>",
        )
        + _accordion_item("a3", "3. Eventuelt", "<h4>Beslutning</h4><p>Intet.</p>")
        + "</div></body></html>"
    )
    meeting = _read(tmp_path, page, "kultur.html")
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden", "7-11-2-25"),
        (2, "Tilskud til bymusik", "7-40-9-25"),
        (3, "Eventuelt", None),
    ]
    assert "Fold alle ud" not in "\n".join(p.text for p in meeting.points)
