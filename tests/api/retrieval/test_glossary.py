"""English council vocabulary reaches the Danish minutes; Danish questions are left alone."""

from __future__ import annotations

from api.retrieval.glossary import GLOSSARY, danish_terms, phrases, with_danish
from api.service import ReferatService


def test_longest_phrase_wins_and_words_map_to_danish() -> None:
    assert danish_terms("Who sent apologies to the executive board?") == "afbud direktionen"
    assert "borgerservice" in danish_terms("How has citizen service changed?")
    assert danish_terms("hvad blev besluttet om Solgårdens takster") == ""
    assert with_danish("nothing to translate here") == "nothing to translate here"


def test_english_question_gets_lexical_hits_through_the_glossary(service: ReferatService) -> None:
    question = "What did the board decide about sick leave?"
    result = service.retriever.search(question)
    # Its own English words find nothing in Danish minutes; the Danish equivalents do.
    assert not result.own_words
    assert result.lexical
    assert any("sygefravær" in h.chunk.text.lower() for h in result.lexical[:5])


def test_phrases_lists_each_english_phrase_once_with_its_danish() -> None:
    from api.retrieval.glossary import phrases

    assert phrases("the swimming pool and the swimming pool budget") == [
        ("swimming pool", "svømmehal"),
        ("budget", "budget budgettet"),
    ]
    assert phrases("hvad koster svømmehallen") == []


def test_a_phrase_is_found_in_either_number() -> None:
    """Staff write "watercourse" where the glossary has "watercourses", "policy" for
    "policies": the phrase is found either way, with the glossary's Danish words."""
    from api.retrieval.glossary import GLOSSARY, phrases

    assert "watercourses" in GLOSSARY
    assert phrases("the watercourse regulation") == [("watercourses", GLOSSARY["watercourses"])]
    assert ("nursing home", GLOSSARY["nursing home"]) in phrases("nursing home residents")


def test_what_is_done_to_a_matter_reaches_danish() -> None:
    """Verbs and parts of a matter as English staff put them: "sent out" finds "udsendes",
    "bring down" finds "nedbringelse", "theme days" finds "temadage"."""
    assert "udsendes" in danish_terms("when is the letter sent out?")
    assert "nedbringelse" in danish_terms("money to bring down sick leave")
    assert "temadage" in danish_terms("how many theme days")


def test_a_phrase_written_with_hyphens_is_the_phrase() -> None:
    found = dict(phrases("what does a main course from the meals-on-wheels service cost"))
    assert found["meals on wheels"] == GLOSSARY["meals on wheels"]
    assert found["main course"] == "hovedret"
    assert "course" not in found  # the longer phrase holds it


def test_a_possessive_mark_inside_a_phrase_still_matches() -> None:
    # "the senior citizens' council" is the glossary's "senior citizens council".
    found = dict(phrases("What did the senior citizens' council say?"))
    assert "senior citizens council" in found
    assert "senior citizens council" in dict(phrases("the senior citizens’ council"))


def test_phrases_staff_write_for_working_at_home_and_care_home_places() -> None:
    from api.retrieval.glossary import phrases

    assert (
        dict(phrases("is there a work from home policy?")).get("work from home") == "hjemmearbejde"
    )
    found = dict(phrases("did they decide more nursing home places?"))
    assert "plejeboliger" in found.get("nursing home places", "").split()


def test_forms_the_number_and_verb_rules_cannot_make_are_listed() -> None:
    """Irregular pasts and plurals, and verbs ending in -s, reach their Danish words:
    "granted" finds "bevilget", "forwarded" "oversendt", "paid" "betalt", "discusses" "drøfter",
    "processes" "processer"."""
    assert "bevilget" in danish_terms("was the money granted?").split()
    assert "oversendt" in danish_terms("was it forwarded to the committee?").split()
    assert "betalt" in danish_terms("who paid for it?").split()
    assert "drøfter" in danish_terms("when the board discusses the plan").split()
    assert "processer" in danish_terms("the processes of the area").split()


def test_an_english_phrase_that_is_one_danish_compound_is_looked_for_as_one_word() -> None:
    assert dict(phrases("a longer school day")).get("school day") == "skoledag skoledagen"
    assert "skranke" in dict(phrases("the front desk at the town hall")).get("front desk", "")
    assert "medfinansiering" in danish_terms("co-financing of the project")
