"""Follow-up questions made standalone from the conversation's subject (no model)."""

from __future__ import annotations

from api.answering.conversation import standalone_question

EARLIER_ANSWER = "Direktionens beslutning: «Vedr. Solgården blev det godkendt ...» [1]"


def _conversation(*questions: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for q in questions:
        out += [("user", q), ("assistant", EARLIER_ANSWER)]
    return out[:-1]


def test_what_about_swaps_the_subject() -> None:
    q = standalone_question(
        _conversation("hvad blev besluttet om Solgårdens takster?", "og hvad med Taxhuset?")
    )
    assert q == "hvad blev besluttet om Taxhuset?"


def test_a_new_topic_answers_only_the_new_topic() -> None:
    q = standalone_question(
        _conversation(
            "hvad blev besluttet om Solgårdens takster?", "hvad med digitaliseringsstrategien?"
        )
    )
    assert "digitaliseringsstrategien" in q and "Solgård" not in q


def test_a_question_without_a_topic_is_asked_about_the_subject() -> None:
    q = standalone_question(
        _conversation(
            "hvad blev besluttet om Solgårdens takster?",
            "og hvad med Taxhuset?",
            "hvornår blev det besluttet?",
        )
    )
    assert q == "hvornår blev det besluttet? (Taxhuset)"


def test_a_full_question_stands_alone() -> None:
    question = "hvem deltog i direktionsmødet i januar 2023?"
    assert standalone_question(_conversation("hvad med Solgården?", question)) == question


def test_english_follow_up() -> None:
    q = standalone_question(
        _conversation("What was decided about Solgården?", "what about Taxhuset?")
    )
    assert q == "What was decided about Taxhuset?"


def test_earlier_answers_are_never_pasted_in() -> None:
    q = standalone_question(_conversation("hvad blev besluttet om Solgårdens takster?", "hvorfor?"))
    assert "godkendt" not in q and "[1]" not in q


def test_only_dates_keep_the_subject() -> None:
    q = standalone_question(
        _conversation("hvad blev besluttet om Solgårdens takster?", "og hvad med i 2013?")
    )
    assert "Solgårdens takster" in q and "2013" in q


def test_a_structural_question_stands_alone_after_a_topic() -> None:
    # They name everything they ask about: the meeting's date, the case, the point.
    for question in (
        "hvad besluttede direktionen i maj 2013?",
        "status på sag 12/32140",
        "hvad står der i punkt 3 den 19. juni 2017?",
        "hvem deltog i mødet i januar 2023?",
    ):
        earlier = _conversation("hvad blev besluttet om Solgårdens takster?", question)
        assert standalone_question(earlier) == question
    # Who attended, with no meeting named, is still about the subject.
    q = standalone_question(
        _conversation("hvad blev besluttet om Solgårdens takster?", "hvem deltog?")
    )
    assert "Solgårdens takster" in q


def test_a_pronoun_for_the_subject_asks_about_the_subject() -> None:
    first = "hvad blev besluttet om Solgårdens takster?"
    for question in ("hvor meget stiger de?", "hvornår starter det nu?", "what did it cost?"):
        q = standalone_question(_conversation(first, question))
        assert q.startswith(question) and q.endswith("(Solgårdens takster)"), q
    # A matter of the question's own, named beside the pronoun or article, stands alone.
    for question in ("hvad besluttede de om skolen?", "hvad koster den nye skole?"):
        assert standalone_question(_conversation(first, question)) == question
