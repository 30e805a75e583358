"""Answer rules from blind37's misses, after its one measurement (training, said plainly); own
phrasings of the real minutes.

- A compound the archive never writes whose last part (what it is) the archive never writes
  either ("borgerservice|kiosken") is a matter the minutes lack: its first part in a point
  ("borgerservice") does not bring the point near it.
- A compound the archive does write ("byrådshøjskolen") is not near a point that writes only
  its first part ("Byrådets temadrøftelse"): that point is about something else.
- An asked year that is not the meeting's must stand beside the matter in the point (in its
  sentence or the next), not anywhere: a 2023 point about the council's theme debate "fra
  november 2022" is not what the council school of 2022 was.
- An English question whose year dates the thing ("the 2025 council school") is not answered by
  a point whose title dates it otherwise ("Byrådshøjskolen 2018").
- Of two close points, the one that holds every word of the question leads one that holds its
  rarest word only in part ("call centre": "callcenter" against "center").

After blind38's one measurement (training):
- "hvad blev der besluttet om udbudsstrategien i 2015": a year that ends the clause of a
  decision dates the decision, so only a meeting of that year (or a decision the point dates
  then) answers; a 2013 point that sets a goal "i 2015" does not.
- A title that dates the matter the question names ("Byrådshøjskolen 2018") is that year's:
  "the 2022 Byrådshøjskole programme" is another, though the point writes "2018-2022". A title
  that dates something else ("Rapporter fra nøgletalssarbejdet 2013") says nothing against the
  2011 accounts its report gives.
- A sum asked "i kr." must stand beside the matter as a sum of money; a compound sum the point
  holds only in part ("dagstakster") is asked by its last part ("takster").
"""

from __future__ import annotations

from builders import ask, first_citation
from fastapi.testclient import TestClient

from api.answering.evidence import _head_foreign, _title_dates_otherwise


def test_a_compound_with_a_head_the_archive_never_writes_is_no_near_matter(
    client: TestClient,
) -> None:
    body = ask(client, "hvad er besluttet om borgerservicekiosken?")
    assert body["refused"], body["answer"]
    assert "borgerservicekiosken" in body["answer"]
    # The matter itself, in the minutes' words, is answered.
    named = ask(client, "hvad blev besluttet om indretningen af borgerservice på rådhuset?")
    assert not named["refused"], named["answer"]
    assert first_citation(named) == ("2017-06-19", 9)


def test_head_foreign_splits_on_known_parts() -> None:
    archive = {
        "medarbejder",
        "rådhus",
        "vurdering",
        "effektivisering",
        "drøft",
        "børn",
        "vuggestue",
        "anvise",
    }

    def known(term: str) -> bool:
        return any(w.startswith(term) for w in archive)

    assert _head_foreign("medarbejderparkering", known)
    # Both parts known, a linking "s" between: no foreign head.
    assert not _head_foreign("effektiviseringsdrøftelsen", known)
    # A prefix before a known word; a short first part.
    assert not _head_foreign("revurdering", known)
    assert not _head_foreign("småbørn", known)
    # An ASCII spelling of "ø" is read as the letter.
    assert not _head_foreign("smaaboern", known)
    # An everyday head is no matter of its own; a first part the archive writes as the word it
    # derives from ("anvise").
    assert not _head_foreign("vuggestueplads", known)
    assert not _head_foreign("anvisningsret", known)
    assert _head_foreign("vuggestuekiosken", known)


def test_a_year_must_stand_beside_the_matter(client: TestClient) -> None:
    # The 2023 point writes "november 2022" of the council's theme debate, and "Byrådets", the
    # first part of "byrådshøjskolen"; the archive's only council school is of 2018.
    body = ask(client, "hvad sagde direktionen i 2022 om byrådshøjskolen?")
    assert body["refused"], body["answer"]
    # A year written beside the matter in the next sentence still holds.
    beside = ask(
        client, "what were the six recommendations of april 2012 for Morgendagens børne- og ungeliv"
    )
    assert not beside["refused"], beside["answer"]
    assert first_citation(beside) == ("2013-01-15", 3)


def test_a_title_that_dates_the_point_otherwise() -> None:
    assert _title_dates_otherwise("Byrådshøjskolen 2018", 2022)
    assert not _title_dates_otherwise("Byrådshøjskolen 2018", 2018)
    assert not _title_dates_otherwise("Budgetforslag 2018-2021", 2020)
    assert not _title_dates_otherwise("Indretning af borgerserviceområdet", 2022)


def test_the_point_that_holds_every_word_leads(client: TestClient) -> None:
    body = ask(client, "What share of phone calls is the new call centre expected to resolve?")
    assert not body["refused"], body["answer"]
    assert first_citation(body) == ("2013-05-21", 4)
    assert "80 procent" in body["answer"]


def test_a_year_that_ends_a_decision_dates_it(client: TestClient) -> None:
    body = ask(client, "hvad blev der besluttet om udbudsstrategien i 2015?")
    assert body["refused"], body["answer"]
    assert body["suggestions"][0]["punkt"] == 4, body["suggestions"]
    held = ask(client, "hvad blev der besluttet om udbudsstrategien i 2013?")
    assert not held["refused"], held["answer"]
    assert first_citation(held) == ("2013-01-15", 4)


def test_a_title_that_dates_the_named_matter(client: TestClient) -> None:
    body = ask(client, "What did the directors approve for the 2022 Byrådshøjskole programme?")
    assert body["refused"], body["answer"]
    # The report of 2013 gives the 2011 accounts: its title dates the report, not them.
    report = ask(client, "hvor meget brugte HTK pr. 6-16-årig i regnskabet for 2011?")
    assert not report["refused"], report["answer"]
    assert first_citation(report) == ("2013-05-21", 3)
    assert "87.131 kr." in report["answer"]
