"""Twelfth-round answer rules on invented points: a name asked for must stand in the point, a
matter no minutes name must stand in the point at least in part, "i alt" asks for a total, an
English count is counted in Danish."""

from __future__ import annotations

from datetime import date

from api.answering.evidence import check_point, topic_weights
from api.answering.sentences import best, candidates
from api.retrieval.analysis import analyze_question
from indexer.models import AgendaPoint, Meeting, Section

MEETING = Meeting(
    meeting_id="kulturudvalget-2024-02-06",
    board="Kulturudvalget",
    date=date(2024, 2, 6),
    start_time=None,
    location="Rådhuset",
    attendees=(),
    toc=(),
    points=(),
    source_path="x",
    text="",
)


def point(*sections: tuple[str, str], title: str) -> AgendaPoint:
    built = tuple(Section(name=name, text=text, start=0, end=len(text)) for name, text in sections)
    return AgendaPoint(1, title, "24/101", False, built, 0, 1)


def top(p: AgendaPoint, question: str) -> str:
    return best(candidates(p, question), 1)[0].sentence


def _failed(question: str, text: str, title: str = "Øvrige sager") -> tuple[str, ...]:
    analysis = analyze_question(question)
    weights = topic_weights(analysis, lambda _: 1.0, lambda _: True)
    p = AgendaPoint(1, title, None, False, (Section("Beslutning", text, 0, 0),), 0, 0)
    return check_point(analysis, MEETING, p, weights).failed


def test_a_name_the_question_writes_must_stand_in_the_point() -> None:
    """ "hvad gav Lindholm Fonden til biblioteket": a point about another foundation's grant
    does not answer it, however much of the rest it holds."""
    text = "Biblioteket har fået tilsagn fra Egeskov Fonden om et tilskud til læsecaféen."
    assert any(
        f.startswith("name") for f in _failed("hvad gav Lindholm Fonden til biblioteket", text)
    )
    assert not any(
        f.startswith("name") for f in _failed("hvad gav Egeskov Fonden til biblioteket", text)
    )
    # A compound led by initials ("HR-rapporten") is no name; it is covered like any word.
    assert not any(f.startswith("name") for f in _failed("hvornår kommer HR-rapporten", text))
    # A capitalised everyday word (an English question's "Board") is no name.
    assert not any(
        f.startswith("name") for f in _failed("What did the Board decide on the library", text)
    )


def test_a_matter_the_archive_never_names_must_stand_in_the_point_in_part() -> None:
    """ "hvad koster vinterbekæmpelse på læsecaféen": no minutes name snow clearing (and it is
    no everyday word), so a point about the café does not answer it, however much else it
    holds; an everyday word the archive lacks ("ekstra") is the asker's phrasing and only
    weighs less."""
    text = "Læsecaféen får 50.000 kr. i tilskud. Udvalget godkendte budgettet for læsecaféen."
    known = {"læsecafe", "læsecaf", "tilskud", "kost", "budget"}

    def failed(question: str) -> tuple[str, ...]:
        analysis = analyze_question(question)
        weights = topic_weights(
            analysis, lambda _: 1.0, lambda s: any(s.startswith(k) for k in known)
        )
        p = AgendaPoint(1, "Læsecaféen", None, False, (Section("Beslutning", text, 0, 0),), 0, 0)
        return check_point(analysis, MEETING, p, weights).failed

    assert "unknown vinterbekæmpelse" in failed("hvad koster vinterbekæmpelse på læsecaféen")
    assert not any(f.startswith("unknown") for f in failed("hvad koster læsecaféen ekstra"))
    assert not any(f.startswith("unknown") for f in failed("hvad koster læsecaféen"))


def test_a_total_is_no_topic_word() -> None:
    assert "alt" not in analyze_question("hvor mange penge bruger kommunen i alt på kultur").topic
    assert "total" not in analyze_question("how much is spent in total on culture").topic


def test_an_english_count_is_counted_in_danish() -> None:
    """ "how many citizens": the sentence that writes "70 borgere" leads over one that only
    gives a share."""
    p = point(
        (
            "Sagsfremstilling",
            "Taksten for dagcentret stiger med 30 pct.\n"
            "Taksten beregnes ud fra 70 borgere i dagcentret.",
        ),
        title="Takster for dagcentret",
    )
    assert top(p, "how many citizens are the day centre's rates based on").startswith(
        "Taksten beregnes ud fra 70 borgere"
    )
