"""When to refuse: the rule that decides, in code, that retrieval found nothing that answers."""

from __future__ import annotations

from dataclasses import dataclass

from api.retrieval.retriever import SearchResult


@dataclass(frozen=True)
class RefusalRule:
    """Refuse when retrieval has no sufficiently relevant agenda point.

    A cosine threshold alone cannot separate the cases (unanswerable questions reach 0.78-0.86
    with multilingual-e5-small, answerable ones go as low as 0.78), so the rule combines a floor
    on the best dense match (``min_dense``; ``min_dense_da`` for Danish questions, which match
    their Danish sources more closely) with signals that do not depend on the archive's size:

    - Danish: the question has distinctive words the archive never uses (``coverage`` below
      ``min_coverage``: "svømmehal", "ladestandere") and the dense and lexical rankings do not
      both put the top point first.
    - English: the question names a topic the glossary can say in Danish and the archive never
      mentions ("swimming pool" → "svømmehal"), unless the question's own words (names,
      numbers) put the top point first and the embedding ranks it in its top ``agree_depth``.

    An earlier version also asked that the best point stand out by meaning from the fifth best.
    That gap shrinks as the archive grows: with 200 synthetic meetings mixed in it refused a
    quarter of the answerable questions (benchmarks/RESULTS.md, finding 7). Questions about who
    attended or where a meeting was held are answered from a meeting's header; a question
    naming a case number the archive holds is never refused. Calibrated on the development and
    held-out questions (``referat eval`` reports refusal accuracy).
    """

    min_dense: float = 0.775
    min_dense_da: float = 0.80
    agree_depth: int = 3
    min_coverage: float = 0.75

    def refuse(
        self,
        result: SearchResult,
        language: str = "da",
        about_meeting: bool = False,
        words_found: bool = False,
    ) -> bool:
        """Whether to refuse. ``words_found``: the question's words the archive's index does not
        know stand in the point that answers, written apart ("kunstgræsbanen" as "kunstgræs på
        bane 3"), so the archive does use them after all."""
        if not result.points:
            return True
        if result.case_numbers and result.filters.case_number:
            return False
        if result.dense_top < self.min_dense:
            return True
        top = (result.points[0].meeting_id, result.points[0].punkt)
        dense_rank = result.rank_in(result.dense, top)
        if language == "en":
            if about_meeting:
                return False
            lexical_rank = result.rank_in(result.own_words, top)
            # The question names a topic whose Danish words the archive never uses, and its
            # own words (names, numbers) and the embedding do not both single out the top
            # point ("Taastrup" is in every point of Høje-Taastrup's minutes).
            return bool(result.absent_topics) and not (
                lexical_rank == 1 and dense_rank is not None and dense_rank <= self.agree_depth
            )
        if result.dense_top < self.min_dense_da:
            return True
        # Distinctive words the archive never uses, and the two rankings do not both put the
        # top point first: BM25 found it through the question's other, generic words, or the
        # embedding through a topic that is merely near.
        agreed = dense_rank == 1 and result.rank_in(result.own_words, top) == 1
        return (
            not about_meeting
            and not words_found
            and result.coverage < self.min_coverage
            and not agreed
        )
