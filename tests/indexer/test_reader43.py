"""Round 43 of the reader: a web page's footer read as the last point's text (layouts_blind36).

The page ended in "Senest opdateret …", "Ansvarlig redaktør: …", the municipality's address and
phone, a line of links ("Tilgængelighedserklæring   Privatlivspolitik   Cookiepolitik") and
"Følg os på Facebook · Instagram · LinkedIn": the run was not read as a footer, since the last
line's networks were no links the site's footer names, and the editor's and the update's lines
were no footer lines. Beside a link's opening ("Følg os"), a line's other short parts are links
too; the page's editor and its last update are footer lines. A decision that asks the reader to
"Kontakt forvaltningen" stays the point's text.
"""

from __future__ import annotations

from indexer.parse import parse_text

PAGE = """Referat - Miljø- og Naturudvalget - Ravnsted Kommune

Miljø- og Naturudvalget
Referat af mødet den 12. marts 2025 kl. 15.00
Mødelokale 3, Rådhuset

1. Godkendelse af dagsorden
Sagsnr.: 25/01122

Beslutning
Godkendt.

Til toppen

2. Vandløbsregulativ for Lilleå
Sagsnr.: 25/00987

Sagsfremstilling
Forvaltningen har udarbejdet et forslag til nyt regulativ for Lilleå, som sendes i høring i
otte uger.

Beslutning
{decision}

Til toppen

Senest opdateret 14. marts 2025
Ansvarlig redaktør: Sekretariatet for Teknik og Miljø

Ravnsted Kommune · Søgade 4 · 8870 Ravnsted · Tlf. 88 11 22 33 · raadhus@ravnsted.dk
Kontakt   Tilgængelighedserklæring   Privatlivspolitik   Cookiepolitik
Følg os på Facebook · Instagram · YouTube
"""

FOOTER_WORDS = (
    "Senest opdateret",
    "Ansvarlig redaktør",
    "Søgade",
    "8870",
    "Privatlivspolitik",
    "Cookiepolitik",
    "Tilgængelighedserklæring",
    "Følg os",
    "Instagram",
)


def _last_text(decision: str) -> str:
    meeting = parse_text(PAGE.format(decision=decision), "ravnsted.txt")
    assert [p.number for p in meeting.points] == [1, 2]
    return meeting.points[-1].text


def test_the_footer_ends_the_last_point() -> None:
    text = _last_text("Godkendt, idet høringsfristen forlænges til 1. juni 2025.")
    assert text.rstrip().endswith("høringsfristen forlænges til 1. juni 2025.")
    for word in FOOTER_WORDS:
        assert word not in text, word


def test_a_decision_that_says_kontakt_stays() -> None:
    text = _last_text("Kontakt forvaltningen for spørgsmål.")
    assert text.rstrip().endswith("Kontakt forvaltningen for spørgsmål.")
    for word in FOOTER_WORDS:
        assert word not in text, word


def test_a_last_decision_that_says_kontakt_without_a_footer_stays() -> None:
    body = PAGE.format(decision="Kontakt forvaltningen for spørgsmål.").split(
        "\nTil toppen\n\nSenest"
    )[0]
    text = parse_text(body, "ravnsted.txt").points[-1].text
    assert text.rstrip().endswith("Kontakt forvaltningen for spørgsmål.")
