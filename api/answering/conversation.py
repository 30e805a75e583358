"""Conversation: a follow-up question made standalone before it is searched."""

from __future__ import annotations

import re
from collections.abc import Sequence

_FOLLOW_UP_RE = re.compile(
    r"^(og|men|hvad med|hvad så med|hvem|hvorfor|hvornår|and|but|what about|how about|who|why|"
    r"when)\b|\b(det|den|dem|dens|deres|denne|dette|it|its|that|this|they|them|those)\b",
    re.IGNORECASE,
)


def standalone_question(messages: Sequence[tuple[str, str]]) -> str:
    """The last user question, made self-contained with the previous one when it is a follow-up.

    "og hvad med Taxhuset?" after "hvad blev besluttet om Solgårdens takster?" is searched as both
    together, so the retriever finds the point the conversation is about.
    """
    users = [content.strip() for role, content in messages if role == "user" and content.strip()]
    if not users:
        return ""
    last = users[-1]
    if len(users) == 1:
        return last
    short = len(last.split()) <= 8
    if short or _FOLLOW_UP_RE.search(last):
        return f"{last} ({users[-2]})"
    return last
