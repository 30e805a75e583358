"""Conversation: a follow-up question made standalone from the conversation's subject.

Only the user's own questions are read: earlier answers are never pasted into the retrieval
query (they quote other points, and would pull the search back to them). The subject of a
conversation is the topic of its latest question that had one (api.retrieval.analysis):

- "og hvad med Taxhuset?" after "hvad blev besluttet om Solgårdens takster?" swaps the subject:
  "hvad blev besluttet om Taxhuset?" — the same question, about Taxhuset only;
- "hvornår blev det besluttet?" has no topic of its own: it is asked about the subject,
  "hvornår blev det besluttet? (Solgårdens takster)"; so is a question that points back to the
  subject with a pronoun ("hvor meget stiger de?", "what did it cost?");
- a question with a topic of its own is a new topic and stands alone, and so is a question
  the archive's structure answers by itself ("hvad besluttede direktionen i maj 2013?", "status
  på sag 12/32140", "hvem deltog i mødet i januar 2023?"): it names everything it asks about.
"""

from __future__ import annotations

from collections.abc import Sequence

from api.retrieval.analysis import QuestionAnalysis, analyze_question
from indexer.language import BACK_REFERENCE_RE, SUBJECT_SWAP_RE


def follow_up(previous: str, question: str) -> str:
    """``question`` made standalone, given the standalone form of the question before it."""
    swap = SUBJECT_SWAP_RE.match(question)
    before = analyze_question(previous)
    if swap:
        subject = swap.group("subject").strip()
        if not analyze_question(subject).topic:
            # "og hvad med 2019?": the same subject, other dates.
            return f"{previous.rstrip(' ?')} {subject}?"
        if before.topic_span and before.topic_span in previous:
            return previous.replace(before.topic_span, subject, 1)
        return question
    own = analyze_question(question)
    if not before.topic_span or _structural(own):
        return question
    # "hvor meget stiger de?": one word of its own (what happened to it) and a pronoun for
    # the subject; a question with a matter of its own stands alone.
    back = len(own.topic) <= 2 and BACK_REFERENCE_RE.search(question) is not None
    if own.topic and not back:
        return question
    return f"{question.rstrip()} ({before.topic_span})"


def _structural(analysis: QuestionAnalysis) -> bool:
    """A meeting overview, case status or point lookup (or attendance at a dated meeting)."""
    if analysis.intent in ("overview", "case_status", "point_lookup"):
        return True
    return analysis.intent == "attendance" and analysis.constraints.day_or_month


def standalone_question(messages: Sequence[tuple[str, str]]) -> str:
    """The last user question, made self-contained from the conversation's subject.

    Args:
        messages: ``(role, content)`` pairs, oldest first; only ``user`` turns are read.

    Returns:
        The question to search and answer.
    """
    users = [content.strip() for role, content in messages if role == "user" and content.strip()]
    if not users:
        return ""
    standalone = users[0]
    for question in users[1:]:
        standalone = follow_up(standalone, question)
    return standalone
