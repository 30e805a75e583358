"""``referat index --explain``: the parse report, read without a model or a store."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from api.cli import cli

LAYOUTS = Path(__file__).resolve().parent / "resources" / "layouts"


def test_explain_prints_what_was_read(tmp_path: Path) -> None:
    html = LAYOUTS / "html" / "byraadet-2020-01-29.html"
    result = CliRunner().invoke(
        cli, ["index", "--explain", str(html), "--data-dir", str(tmp_path / "data")]
    )
    assert result.exit_code == 0, result.output
    out = result.output
    for expected in (
        "møde-id: byraadet-2020-01-29",
        "dato: 2020-01-29",
        "udvalg: Byrådet",
        "type: referat",
        "Punkt 1: Helårsåbent naturcenter ved Hvidsand - sag 330-2019-4471",
        "beslutning 2020-01-21: Anbefales.",
        "beslutning 2020-01-29: Godkendt.",
        "Punkt 3: Salg af grund - LUKKET SAG - sag 330-2019-6001 LUKKET",
    ):
        assert expected in out, expected
    # Nothing of a closed point's body, and nothing was indexed.
    assert "Bølgebryder" not in out
    assert not (tmp_path / "data").exists()


def test_explain_names_the_board_source_and_the_committee_code() -> None:
    result = CliRunner().invoke(
        cli,
        [
            "index",
            "--explain",
            str(LAYOUTS / "oekonomiudvalget" / "2021-03-03.txt"),
            str(LAYOUTS / "plan" / "plan-2019-10-03.txt"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "advarsel: board 'Økonomiudvalget' taken from the folder name" in result.output
    assert "Punkt 55 [ØU-55/19-O]: Lokalplan for boliger ved Møllestien - sag 19/24491" in (
        result.output
    )


def test_explain_says_where_an_unreadable_file_stopped(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("Referat 2. maj 2021\n\nIngen punkter i dag.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["index", "--explain", str(bad)])
    assert result.exit_code == 1
    assert "KAN IKKE LÆSES (del: points, linje 3)" in result.output
    assert "no agenda points found" in result.output


def test_explain_json_and_board_option(tmp_path: Path) -> None:
    text = (LAYOUTS / "oekonomiudvalget" / "2021-03-03.txt").read_text("utf-8")
    loose = tmp_path / "2021-03-03.txt"
    loose.write_text(text, encoding="utf-8")
    without = CliRunner().invoke(cli, ["index", "--explain", "--json", str(loose)])
    assert without.exit_code == 1
    assert json.loads(without.output)["part"] == "header"
    got = CliRunner().invoke(
        cli, ["index", "--explain", "--json", "--board", "Økonomiudvalget", str(loose)]
    )
    assert got.exit_code == 0, got.output
    data = json.loads(got.output)
    assert (data["meeting_id"], data["board"], data["kind"]) == (
        "oekonomiudvalget-2021-03-03",
        "Økonomiudvalget",
        "referat",
    )
    assert [p["case_number"] for p in data["points"]] == ["85.02.02-G01-5-21", "82.04.00-G01-2-21"]
    assert data["warnings"] == ["board 'Økonomiudvalget' taken from the --board option"]


def test_explain_needs_a_file() -> None:
    result = CliRunner().invoke(cli, ["index", "--explain"])
    assert result.exit_code == 2 and "--explain needs at least one FILE" in result.output
