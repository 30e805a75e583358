"""Sentence choice for fact recall (issue 13), on invented agenda points (no index needed)."""

from __future__ import annotations

from api.answering.extractive import _lead
from api.answering.sentences import asks_when_dealt_with, best, candidates
from indexer.models import AgendaPoint, Section
from tests.api.answering.test_support_quotes import answer


def point(*sections: tuple[str, str], title: str = "Kulturpolitik") -> AgendaPoint:
    built = tuple(Section(name=name, text=text, start=0, end=len(text)) for name, text in sections)
    return AgendaPoint(
        number=1,
        title=title,
        case_number="24/101",
        closed=False,
        sections=built,
        start=0,
        end=1,
    )


def top(p: AgendaPoint, question: str) -> str:
    return best(candidates(p, question), 1)[0].sentence


def test_supposed_to_asks_for_a_date_ahead_not_when_it_was_dealt_with() -> None:
    """ "when is the policy supposed to be adopted" asks for the planned date the account
    gives, not for the day the board dealt with the matter."""
    assert not asks_when_dealt_with("when is the new culture policy supposed to be adopted?")
    assert not asks_when_dealt_with("when is the plan meant to be approved?")
    assert asks_when_dealt_with("when was the culture policy adopted?")


def test_a_year_of_the_points_title_does_not_say_when() -> None:
    """ "Klimaplan 2025-2030": every sentence that names the plan holds its years; they do not
    say when the kick-off asked about is held."""
    p = point(
        (
            "Sagsfremstilling",
            "Klimaplan 2025-2030 er vedlagt som bilag.\n"
            "Klimaplan 2025-2030 bygger på input fra borgere og foreninger.\n"
            "Forvaltningen ønsker at holde et kick-off for planen.\n"
            "Arrangementet afholdes i Rødby Hallen ultimo marts.",
        ),
        title="Klimaplan 2025-2030",
    )
    picked = [c.sentence for c in best(candidates(p, "hvornår er kick-off for klimaplanen"), 2)]
    assert not any(s.startswith("Klimaplan 2025-2030") for s in picked)


def test_millions_written_out_are_an_amount() -> None:
    """ "4 millioner kroner" is a sum as much as "4 mio. kr." is."""
    p = point(
        (
            "Sagsfremstilling",
            "Puljen blev drøftet i 2024 og i 2025.\n"
            "Puljen skal styrke rekrutteringen i ældreplejen.\n"
            "Der er i budgettet afsat 4 millioner kroner til puljen.",
        ),
        title="Rekrutteringspulje",
    )
    assert top(p, "hvor meget er der i puljen").startswith("Der er i budgettet afsat")


def test_a_share_does_not_answer_a_question_for_money() -> None:
    """ "hvor mange penge drejer projektet sig om": the sum answers, not the share of
    children the project is about."""
    p = point(
        (
            "Sagsfremstilling",
            "I projektet har 40 % af børnene et svagt sprog.\nProjektet koster i alt 2.400.000 kr.",
        ),
        title="Ansøgning til fond",
    )
    assert top(p, "hvor mange penge drejer projektet sig om").startswith("Projektet koster")


def test_the_sentence_that_goes_on_with_the_lead_is_quoted_first() -> None:
    """ "Hertil kommer …" completes the lead's figure: it is quoted before sentences that only
    share more of the question's words."""
    background = "\n".join(
        [
            "Svømmehallen er udfordret med ca. 0,6 mio. kr. i 2025. "
            "Hertil kommer en lavere indtægt på 0,2 mio. kr., "
            "så den samlede udfordring er 0,8 mio. kr.",
            "Svømmehallen har længe været udfordret af faldende besøgstal i svømmehallen.",
            "Det er uvist, om svømmehallen fortsat er udfordret fra 2026 i svømmehallen.",
            "Forvaltningen vurderer, at svømmehallen er udfordret af driften af svømmehallen.",
        ]
    )
    p = AgendaPoint(
        number=3,
        title="Budgetopfølgning",
        case_number="24/200",
        closed=False,
        sections=(Section("Sagsfremstilling", background, 0, len(background)),),
        start=0,
        end=1,
    )
    text = answer(p, "hvor meget er svømmehallen udfordret i 2025", budget=420)
    assert "0,8 mio. kr." in text


def test_a_list_question_leads_with_the_list_its_introduction_names() -> None:
    """ "hvilke temaer har strategien": the list under "De tre temaer:" answers, not the one
    whose introduction names nothing asked and whose items merely share the question's words."""
    p = point(
        (
            "Sagsfremstilling",
            "Borgerne har givet input.\n"
            "De tre grundsten:\n"
            "Tryghed: Strategien skal give tryghed for borgerne i kommunen.\n"
            "Viden: Strategien skal bygge på viden om borgerne i kommunen.\n"
            "Mod: Strategien skal give mod til borgerne i kommunen.\n"
            "De tre temaer:\n"
            "Grøn by: Vi planter flere træer.\n"
            "Levende by: Vi skaber liv i gaderne.\n"
            "Sund by: Vi bevæger os mere.",
        ),
        title="Bystrategi",
    )
    question = "hvilke temaer har strategien for borgerne i kommunen"
    pool = [c for c in candidates(p, question) if c.score > 0]
    assert _lead(pool, True).sentence == "De tre temaer:"


def test_a_year_is_no_amount() -> None:
    """ "hvor mange penge gav budgetaftalen for 2025 til puljen": the sentence with the sum
    answers, not one that shares more words and names the year."""
    p = point(
        (
            "Sagsfremstilling",
            "Med budgetaftalen er der afsat 3 millioner kroner til puljen.\n"
            "For at bruge budgetaftalen for 2025 bedst har forvaltningen talt med lederne om "
            "puljen til rekruttering.\n"
            "Puljen skal styrke rekrutteringen.",
        ),
        title="Rekrutteringspulje",
    )
    question = "hvor mange penge gav budgetaftalen for 2025 til puljen til rekruttering"
    assert top(p, question).startswith("Med budgetaftalen")
