"""A sub-point asked for by its printed label ("punkt 3a") is looked up by that label."""

from __future__ import annotations

from api.answering.structural import point_lookup
from api.retrieval.analysis import analyze_question
from api.retrieval.retriever import Snapshot
from indexer.lexical import LexicalIndex
from indexer.parse import parse_text

# Invented minutes: a lettered point between 3 and 4 (stored after the highest number).
MINUTES = (
    "Referat af møde i Teknikudvalget den 4. marts 2025\n\n"
    "Punkt 1: Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
    "Punkt 2: Budget for vejvedligehold\nBeslutning: Budgettet blev godkendt.\n\n"
    "Punkt 3: Trafiksikkerhed ved Bakkeskolen\nBeslutning: Der etableres et fodgængerfelt.\n\n"
    "Punkt 3a: Cykelstier langs Møllevej\nBeslutning: Cykelstien udsættes til 2026.\n\n"
    "Punkt 4: Eventuelt\nBeslutning: Intet.\n"
)


def _snapshot() -> Snapshot:
    meeting = parse_text(MINUTES, "teknik.txt")
    return Snapshot(
        generation=1,
        lexical=LexicalIndex([]),
        meetings={meeting.meeting_id: meeting},
        chunks={},
        by_date=(meeting,),
    )


def test_a_question_for_punkt_3a_gets_the_lettered_point() -> None:
    analysis = analyze_question("hvad står der i punkt 3a den 4. marts 2025?")
    assert (analysis.constraints.punkt, analysis.constraints.punkt_label) == (3, "3a")
    answer = point_lookup(analysis, _snapshot())
    assert not answer.refused
    assert "Punkt 3a" in answer.text and "Cykelstien udsættes" in answer.text
    # Point 3 is still point 3.
    plain = point_lookup(
        analyze_question("hvad står der i punkt 3 den 4. marts 2025?"), _snapshot()
    )
    assert "fodgængerfelt" in plain.text and "Cykelsti" not in plain.text


def test_a_label_the_meeting_lacks_is_no_point() -> None:
    answer = point_lookup(analyze_question("what does item 2b of 4 March 2025 say?"), _snapshot())
    assert answer.refused and "2b" in answer.text
