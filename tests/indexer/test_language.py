"""Language data helpers (indexer.language)."""

from __future__ import annotations

from indexer.language import with_respellings


def test_words_typed_without_danish_letters_get_their_written_form_beside_them() -> None:
    assert with_respellings("hvorfor stiger sygefravaeret") == (
        "hvorfor stiger sygefravaeret sygefraværet"
    )
    assert with_respellings("solgården takster") == "solgården takster"
