"""Fact recall rules of round 13, on invented agenda points (no index needed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from api.answering.extractive import _lead
from api.answering.sentences import Candidate, best, candidates, question_terms
from api.answering.structural import point_lookup
from api.retrieval.analysis import analyze_question
from api.retrieval.retriever import Snapshot
from indexer.lexical import LexicalIndex
from indexer.models import AgendaPoint, Section
from tests.api.answering.test_support_quotes import answer, meeting_of


def point(*sections: tuple[str, str], title: str, number: int = 1) -> AgendaPoint:
    built = tuple(Section(name=name, text=text, start=0, end=len(text)) for name, text in sections)
    return AgendaPoint(
        number=number,
        title=title,
        case_number="25/310",
        closed=False,
        sections=built,
        start=0,
        end=1,
    )


def test_a_verb_and_its_particle_find_the_compound() -> None:
    """ "sendes ud" is "udsendes", "sættes ned" is "nedsættes": the question's two words find
    the minutes' one."""
    assert question_terms("hvornår skal nyhedsbrevet sendes ud") & question_terms("udsendes")
    assert question_terms("hvornår blev gruppen sat ned") & question_terms("nedsat")


def test_a_timeline_item_with_the_compound_verb_answers_when() -> None:
    """ "hvornår skal høringsbrevet sendes ud": the timeline's "udsendes" line, though other
    sentences name the letter more often."""
    account = "\n".join(
        [
            "Høringsbrevet for 2026 skal udarbejdes i samarbejde med foreningerne.",
            "Sidste år blev høringsbrevet sendt til foreningsrådet den 2. juni.",
            "Forslag til tidsplan:",
            "- Marts – foreningerne giver input til udvalget om de kommende års temaer",
            "- Medio april – udvalget drøfter udkast og foreningernes input til temaerne",
            "- Ultimo april – foreningsrådet drøfter udkast og kommer med bemærkninger",
            "- Primo maj – udvalget behandler det endelige udkast og godkender det",
            "- 15. maj – brevet udsendes til alle foreninger, haller og klubber i hele kommunen",
        ]
    )
    p = point(("Sagsfremstilling", account), title="Høringsbrev 2026")
    text = answer(p, "hvornår skal høringsbrevet for 2026 sendes ud ifølge tidsplanen", 330)
    assert "15. maj – brevet udsendes" in text


def _lookup_snapshot(p: AgendaPoint) -> Snapshot:
    meeting = meeting_of(p, "Fritidsudvalget", date(2025, 2, 11))
    return Snapshot(
        generation=1,
        lexical=LexicalIndex([]),
        meetings={meeting.meeting_id: meeting},
        chunks={},
        by_date=(meeting,),
    )


def test_a_point_postponed_in_a_word_is_told_by_its_proposal() -> None:
    """ "Udsættes." says nothing of the matter; the proposal says what the board was to do,
    ahead of a long account."""
    account = " ".join(
        ["Foreningerne har i flere år efterspurgt faste regler for fordeling af haltider."] * 8
    )
    proposal = (
        "Det indstilles, at udvalget\n"
        "- drøfter udkastet til nye fordelingsprincipper for haltider\n"
        "- godkender at udkastet sendes i høring hos foreningerne."
    )
    p = point(
        ("Sagsfremstilling", account),
        ("Indstilling", proposal),
        ("Beslutning", "Udsættes."),
        title="Fordeling af haltider",
        number=4,
    )
    got = point_lookup(
        analyze_question("hvad stod der i punkt 4 den 11. februar 2025"), _lookup_snapshot(p)
    )
    assert "drøfter udkastet til nye fordelingsprincipper for haltider" in got.text
    assert "Udsættes." in got.text


def test_a_decision_that_says_more_still_stands_for_the_proposal() -> None:
    """A decision that says what was agreed settles the proposal: the proposal is not quoted."""
    p = point(
        ("Sagsfremstilling", "Foreningerne ønsker faste regler for fordeling af haltider."),
        ("Indstilling", "Det indstilles, at udvalget\n- drøfter udkastet til nye principper."),
        (
            "Beslutning",
            "Udvalget godkendte principperne med den ændring, at skolerne får første prioritet.",
        ),
        title="Fordeling af haltider",
        number=4,
    )
    got = point_lookup(
        analyze_question("hvad stod der i punkt 4 den 11. februar 2025"), _lookup_snapshot(p)
    )
    assert "drøfter udkastet" not in got.text


def test_names_do_not_run_across_list_items() -> None:
    """ "Naturpleje" ending one item and "Udvikling af …" opening the next make no name: the
    sentence that says who took part answers "who presented"."""
    account = "\n".join(
        [
            "Planen samler fire indsatser, der er tale om:",
            "Grønne tage",
            "Naturpleje",
            "Udvikling af stier",
            "Regnvandsbassiner",
            "Planen skal følges op hvert år.",
        ]
    )
    decision = "Mette, Jonas og Ida deltog under drøftelsen og gennemgik planen."
    p = point(("Sagsfremstilling", account), ("Beslutning", decision), title="Naturplan 2026")
    picked = best(candidates(p, "hvem fremlagde naturplanen", language="da"), 1)[0]
    assert picked.sentence == decision


def test_a_second_labelled_list_gives_its_telling_item() -> None:
    """ "hvad kostede den dyre og den billige løsning": the list under "Løsning 2" is too long
    for what is left beside the lead, so its cost line is quoted rather than the list dropped."""
    filler = "en længere beskrivelse af de fysiske ændringer i lokalerne på biblioteket"
    account = "\n".join(
        [
            "Forvaltningen har beskrevet to løsninger for ombygningen.",
            "Løsning 1 (den dyre):",
            f"- Læsesalen udvides med {filler} og nye reoler.",
            f"- Der etableres et studierum med {filler} og skærme.",
            f"- Indgangen flyttes og {filler} i forhallen.",
            "- Udgift 410.000 kr.",
            "Løsning 2 (den billige):",
            f"- Læsesalen bevares som i dag, men med {filler} og lys.",
            f"- Der etableres et mindre studierum med {filler}.",
            f"- Indgangen bevares, dog med {filler} i forhallen.",
            "- Udgift: 190.000 kr.",
        ]
    )
    p = point(("Sagsfremstilling", account), title="Ombygning af biblioteket")
    text = answer(p, "hvad kostede den dyre og den billige løsning for ombygningen", 450)
    assert "410.000 kr." in text
    assert "190.000 kr." in text


def test_rows_that_name_what_is_asked_outrank_a_list_that_names_nothing() -> None:
    """ "hvilke opgaver venter på ministeriets vejledning": a table row that says so leads, not
    a list of options that scores as well by being a list alone (it names nothing asked)."""
    section = Section("Sagsfremstilling", "", 0, 0)
    options = Candidate(
        section,
        0,
        "Udvalget kan vælge mellem flere veje, heriblandt:",
        0.75,
        ("- Fortsæt",),
        0.0,
        listing=True,
    )
    row = "330 Parker\tPleje af legepladser\tAfventer ministeriets vejledning 2026"
    rows = [Candidate(section, k, row, 0.75, (), 0.75) for k in (3, 5)]
    assert _lead([options, *rows], wants_list=True).sentence == row
    # A list that names what is asked still leads.
    named = replace(options, match=0.3)
    assert _lead([named, *rows], wants_list=True) is named
