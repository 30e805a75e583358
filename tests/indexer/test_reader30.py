"""Round 30 of the reader: forms found missing in layouts_blind24, in invented minutes.

- Markdown minutes without numbers whose points are ATX headings ("## Title", "### Title"
  under "# Lukkede punkter"), each over a body, read each heading as a point numbered by its
  place, when the numbered headings found otherwise all lie under one of them (a numbered list
  in one point's body, "1. Opstilling i marts"). The document's own headings ("# Kommune –
  Rådet", "## Referat"), a group's head and a heading with nothing under it head no point; the
  group's head still closes the points under it.
- A numbered list in a point's body that counts up to the number the next point has ("3. Title"
  / "Beslutning:" "1. …" "2. …" "3. …" / "4. Title") leaves that next point a point when its
  number and title are the contents' entry for it: before, the list swallowed points 4-7 and
  the run from 4 won, so points 1-3 were lost.
- OCR reads a typed "m" as "rn": "Referat af rnøde i Sognerådet" names the board "Sognerådet",
  as "Referat af møde i Sognerådet" does.
"""

from __future__ import annotations

from pathlib import Path

from indexer.models import Meeting
from indexer.parse import parse_text
from indexer.read import decode_text


def _read(text: str, name: str = "x.txt") -> Meeting:
    return parse_text(decode_text(text.encode("utf-8"), Path(name)), name)


def _stored(m: Meeting) -> str:
    """Everything of the meeting an index could hold: its text and every section."""
    return m.text + " ".join(s.text for p in m.points for s in p.sections)


# --- Markdown headings as points -------------------------------------------------------------

_MARKDOWN = """# Egeskov Kommune – Handicaprådet

## Referat

**Dato:** 14-03-2029
**Sted:** Rådhuset, mødelokale 3

---

## Godkendelse af dagsorden

Sagsnr: 29/301

Dagsordenen blev godkendt.

## Tilgængelighed på stationen

Sagsnr: 29/4410

Rådet har fået en plan fra forvaltningen. Der skal ske følgende:

1. Ramper ved perron 2 i april
2. Nye skilte i maj
3. Høreslynge i ventesalen

**Beslutning**

Planen blev taget til efterretning.

## Orientering fra formanden

Formanden fortalte om årsmødet.

---

# Lukkede punkter

### Klage over kørselsordning

Sagsnr: 29/5120

Klagen fra Bodil Thygesen om afvist kørsel blev drøftet.

---

*Næste møde: 11-04-2029*
"""


def test_markdown_headings_are_the_points() -> None:
    m = _read(_MARKDOWN, "referat.md")
    assert m.board == "Handicaprådet"
    assert [(p.number, p.title, p.case_number, p.closed) for p in m.points] == [
        (1, "Godkendelse af dagsorden", "29/301", False),
        (2, "Tilgængelighed på stationen", "29/4410", False),
        (3, "Orientering fra formanden", None, False),
        (4, "Klage over kørselsordning", "29/5120", True),
    ]
    assert "Høreslynge" in _stored(m)  # the list stays the body of its point
    assert "Bodil Thygesen" not in _stored(m)


def test_numbered_markdown_headings_are_read_as_before() -> None:
    text = _MARKDOWN.replace("## Godkendelse", "## 1. Godkendelse").replace(
        "## Tilgængelighed", "## 2. Tilgængelighed"
    )
    m = _read(text, "referat.md")
    assert [p.number for p in m.points][:2] == [1, 2]
    assert all(p.title != "Ramper ved perron 2 i april" for p in m.points)


# --- a body list that counts up to the next point's number ----------------------------------

_NUMBERED = """BAKKELY SKOLE
REFERAT

MØDE:      Skolebestyrelsen
DATO:      03-02-2031

DAGSORDEN
1. Godkendelse af dagsorden
2. Nyt fra elevrådet
3. Regler for cykelparkering
4. Skolefest 2031
5. Eventuelt

1. Godkendelse af dagsorden

Godkendt.

2. Nyt fra elevrådet

Elevrådet ønsker flere bænke i skolegården.

3. Regler for cykelparkering

Bestyrelsen drøftede oplægget.

Beslutning:
1. Cykler stilles i stativet ved hal B og ikke ved
   hovedindgangen.
2. Løbehjul må stå i gården, når de er låst
   fast.
3. Reglerne gælder fra marts.

4. Skolefest 2031

Festen holdes den 14. juni med tema cirkus.

5. Eventuelt

Intet.
"""


def test_a_decision_list_counting_to_the_next_point() -> None:
    m = _read(_NUMBERED)
    assert [(p.number, p.title) for p in m.points] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Nyt fra elevrådet"),
        (3, "Regler for cykelparkering"),
        (4, "Skolefest 2031"),
        (5, "Eventuelt"),
    ]
    assert "Reglerne gælder fra marts" in " ".join(s.text for s in m.points[2].sections)


# --- OCR's "rn" for "m" -----------------------------------------------------------------------

_OCR = """  HØJLUND KOMMUNE                                    Side 41

        Referat af rnøde i Sognerådet

 MØDEDATO:  Onsdag den 9. marts 1966, kl. 19.00

 Nr.12 - Godkendelse af protokol
 J.nr. 00.01.00

 Godkendtes.

 Nr.13 - Snerydning paa biveje
 J.nr. 05.01.00

 Vedtaget.
"""


def test_ocr_rn_for_m_in_the_meeting_word() -> None:
    m = _read(_OCR, "scan.txt")
    assert m.board == "Sognerådet"
    assert [p.number for p in m.points] == [12, 13]
