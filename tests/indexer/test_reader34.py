"""Round 34 of the reader: a form found missing in layouts_blind28, in invented minutes.

Older typed minutes file a point under a journal number that joins the KLE subject number to
the journal's year and serial with a spaced dash ("J.nr. 12.03.04 - 88/215"). The whole is the
point's case number, not the KLE number before the dash. A question or filter naming either
half ("88/215", "12.03.04") still finds the point, as it found the KLE number before. A KLE
number alone, or with its facet, reads as it did.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from indexer.headings import case_number
from indexer.models import (
    CASE_NUMBER_RE,
    Chunk,
    Meeting,
    case_agrees,
    case_key,
    case_keys,
    case_parts,
)
from indexer.parse import parse_text
from indexer.read import decode_text


def _read(text: str, name: str = "referat.txt") -> Meeting:
    return parse_text(decode_text(text.encode("utf-8"), Path(name)), name)


def _got(meeting: Meeting) -> list[tuple[int, str, str | None, bool]]:
    return [(p.number, p.title, p.case_number, p.closed) for p in meeting.points]


TYPED = """Lundtofte Kommune

Referat af møde i Kulturudvalget
tirsdag den 8. marts 1988 kl. 19.00 på rådhuset.

Til stede: Alle.


Pkt. 1.  Tilskud til egnsmuseets udstilling.
         J.nr. 20.05.02 - 88/215

         Museet søger om kr. 12.000 til en sommerudstilling om
         teglværkerne ved fjorden.

         Beslutning: Bevilget.


Pkt. 2.  Lejeaftale for spejderhytten.
         J.nr. 20.11.00 - 87/1093

         Aftalen udløber til sommer og foreslås forlænget i fem år.

         Beslutning: Godkendt.


Pkt. 3.  Musikskolens takster.
         J.nr. 20.06.01

         Taksterne foreslås uændrede.

         Beslutning: Godkendt.
"""


def test_a_journal_number_is_read_whole() -> None:
    meeting = _read(TYPED)
    assert _got(meeting) == [
        (1, "Tilskud til egnsmuseets udstilling", "20.05.02 - 88/215", False),
        (2, "Lejeaftale for spejderhytten", "20.11.00 - 87/1093", False),
        (3, "Musikskolens takster", "20.06.01", False),
    ]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("J.nr. 20.05.02 - 88/215", ("20.05.02 - 88/215", False)),
        ("Sagsnr.: 31.02.07 – 91/46", ("31.02.07 – 91/46", False)),
        ("J.nr.  20.05.02  -  88/215", ("20.05.02 - 88/215", False)),
        ("J.nr. 20.05 - 88/215", ("20.05 - 88/215", False)),
        # The facet stays with the KLE number; OCR's "l" in the serial is a "1".
        ("J.nr. 20.05.02 G 01 - 88/2l5", ("20.05.02 G 01 - 88/215", False)),
        # The status after the number, as after any case number.
        ("J.nr. 82.01.00 - 90/77 (Lukket)", ("82.01.00 - 90/77", True)),
    ],
)
def test_journal_number_lines(line: str, want: tuple[str, bool]) -> None:
    assert case_number(line) == want
    assert CASE_NUMBER_RE.match(want[0])


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # A KLE number alone, or with its facet, reads as it did.
        ("J.nr. 20.06.01", "20.06.01"),
        ("J.nr. 20.06.01 S00", "20.06.01 S00"),
        ("J.nr. 20.06.01 G 01", "20.06.01 G 01"),
        # One token with the dash inside it is one number already.
        ("J.nr. 20.06.01-88/215", "20.06.01-88/215"),
        # A case number that is no KLE number takes nothing after a dash.
        ("Sagsnr. 88/215 - 20.06.01", "88/215"),
        ("Sagsnr. 24/1234", "24/1234"),
    ],
)
def test_other_case_numbers_read_as_before(line: str, want: str) -> None:
    found = case_number(line)
    assert found is not None and found[0] == want


def test_halves_of_a_journal_number() -> None:
    assert case_parts("20.05.02 - 88/215") == ("20.05.02", "88/215")
    assert case_parts("J.nr. 20.05.02 G 01 – 88/215") == ("20.05.02 G 01", "88/215")
    assert case_parts("20.05.02") is None
    assert case_parts("88/215") is None
    assert case_keys("20.05.02 - 88/215") == ("20-5-2-88-215", "20-5-2", "88-215")
    assert case_keys("88/215") == (case_key("88/215"),)


def test_either_half_finds_the_point() -> None:
    journal = "20.05.02 - 88/215"
    for asked in ("88/215", "88/0215", "20.05.02", "20.05.02 - 88/215", "J.nr. 88/215"):
        assert case_agrees(journal, asked), asked
    for asked in ("88/216", "20.05.03", "20.05.02 - 88/216"):
        assert not case_agrees(journal, asked), asked
    # A point that carries only one half is not found by a question naming the whole: the
    # whole names one case, a KLE number only its subject.
    assert not case_agrees("20.05.02", journal)
    assert not case_agrees(None, "88/215")


def _chunk(case: str | None) -> Chunk:
    return Chunk(
        chunk_id="c1",
        meeting_id="kulturudvalget-1988-03-08",
        board="Kulturudvalget",
        meeting_date=date(1988, 3, 8),
        punkt=1,
        title="Tilskud til egnsmuseets udstilling",
        case_number=case,
        section="Beslutning",
        closed=False,
        source_path="referat.txt",
        start=0,
        end=10,
        text="Bevilget.",
        body="Bevilget.",
        content_hash="x",
    )


def test_filters_find_a_journal_number_by_its_halves() -> None:
    from api.retrieval.question import SearchFilters

    chunk = _chunk("20.05.02 - 88/215")
    meta = chunk.metadata()
    assert (meta["case_key"], meta["case_key_subject"], meta["case_key_serial"]) == (
        "20-5-2-88-215",
        "20-5-2",
        "88-215",
    )
    plain = _chunk("88/215").metadata()
    assert (plain["case_key_subject"], plain["case_key_serial"]) == ("", "")
    for asked in ("88/215", "20.05.02", "20.05.02 - 88/215"):
        wanted = SearchFilters(case_number=asked)
        assert wanted.matches(chunk), asked
        # The Chroma clause names a key whose stored value is the asked key.
        (clause,) = wanted.to_chroma_where()["$and"][1:]
        assert any(meta.get(k) == v for c in clause["$or"] for k, v in c.items()), asked
    assert not SearchFilters(case_number="88/216").matches(chunk)


def test_the_api_accepts_a_journal_number() -> None:
    from api.schemas import CASE_PATTERN

    assert re.fullmatch(CASE_PATTERN, "20.05.02 - 88/215")
    assert re.fullmatch(CASE_PATTERN, "20.05.02 G 01 - 88/215")
    assert not re.fullmatch(CASE_PATTERN, "20.05.02 - ")
