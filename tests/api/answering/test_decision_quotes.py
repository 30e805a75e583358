"""Which part of a decision is quoted, on hand-made agenda points (no index needed).

A decision about the point's own matter is quoted as a whole (its best sentences when it is
longer than the room); a decision about several named matters only where it speaks of the one
asked about; a question that does not say what it asks for leads with the decision unless its
words beyond the title stand elsewhere in the point.
"""

from __future__ import annotations

from datetime import date

from api.answering.extractive import _decision_answers, _decision_quote, _named_subjects
from api.answering.sentences import candidates, question_terms
from api.retrieval.analysis import analyze_question
from indexer.models import AgendaPoint, Section

DECISION = "\n".join(
    [
        "Udvalget drøftede puljen og besluttede følgende:",
        "- Vedr. Nordhallen godkendes en ny takst på 450 kr. pr. time fra 1. august.",
        "- Vedr. Sydbadet fastholdes taksten, men åbningstiden udvides med to timer.",
        "- Der følges op på besøgstallene i foråret, og forvaltningen vender tilbage med en "
        "samlet vurdering af, om taksterne skal justeres igen fra næste sæson.",
    ]
)


def point(title: str, decision: str, background: str = "") -> AgendaPoint:
    sections = []
    if background:
        sections.append(Section("Sagsfremstilling", background, 0, len(background)))
    sections.append(
        Section("Beslutning", decision, 0, len(decision), decision_date=date(2024, 3, 1))
    )
    return AgendaPoint(
        number=4,
        title=title,
        case_number="24/100",
        closed=False,
        sections=tuple(sections),
        start=0,
        end=1,
    )


def quote(p: AgendaPoint, question: str, room: int = 500) -> str:
    analysis = analyze_question(question)
    cands = candidates(p, question, language=analysis.language)
    terms = question_terms(question)
    return _decision_quote(p.decisions[0], cands, set(), _named_subjects(terms, p), room, terms)


def test_a_short_decision_is_quoted_whole() -> None:
    short = "Udvalget godkendte taksten for Nordhallen. Sydbadet fastholder sin takst."
    p = point("Takster for idrætsanlæg 2024", short)
    assert quote(p, "hvad blev besluttet om Nordhallen?") == short


def test_acronyms_name_who_not_which_matter() -> None:
    p = point("Personalepolitisk redegørelse", "Chefforum drøfter de HR-strategiske mål og ØDC.")
    assert not _named_subjects(question_terms("skal HR lave en redegørelse?"), p)


def test_a_named_matter_inside_the_decision_gets_only_its_part() -> None:
    p = point("Takster for idrætsanlæg 2024", DECISION)
    assert _named_subjects(question_terms("hvad blev besluttet om Nordhallen?"), p)
    text = quote(p, "hvad blev besluttet om Nordhallens takst?")
    assert "450 kr." in text
    assert "Sydbadet" not in text


def test_a_question_about_the_points_own_matter_gets_the_whole_decision() -> None:
    p = point("Takster for idrætsanlæg 2024", DECISION)
    assert not _named_subjects(question_terms("hvad blev besluttet om taksterne?"), p)
    text = quote(p, "hvad blev besluttet om taksterne for idrætsanlæg?")
    assert "Nordhallen" in text and "Sydbadet" in text and "besøgstallene" in text


def test_a_long_decision_about_the_points_matter_keeps_its_best_sentences_in_order() -> None:
    p = point("Takster for idrætsanlæg 2024", DECISION)
    text = quote(p, "hvad blev besluttet om taksterne for idrætsanlæg?", room=200)
    assert len(text) <= 260
    # Reading order is kept, and a gap between quoted sentences is marked.
    parts = [s for s in ("Udvalget", "Nordhallen", "Sydbadet", "besøgstallene") if s in text]
    assert parts and [text.index(s) for s in parts] == sorted(text.index(s) for s in parts)
    assert text.strip()


def test_a_decision_quote_is_never_empty() -> None:
    # Words that match nothing in the decision still leave its best sentence.
    p = point("Takster for idrætsanlæg 2024", DECISION)
    for question in ("hvad med Nordhallen og vinterbadning?", "xyz om Sydbadet"):
        assert quote(p, question, room=100).strip()


def test_a_plain_question_leads_with_what_it_asks_about() -> None:
    background = (
        "Projektet SP står for systemisk praksis og udrulles i tre skoler fra august. "
        "Der er afsat midler i budgettet."
    )
    decision = "Udvalget tog orienteringen til efterretning."
    p = point("Status på projektet", decision, background)
    block = p.decisions[0]
    ask = analyze_question("hvad står SP for")
    assert not _decision_answers(question_terms(ask.text), p, block, candidates(p, ask.text))
    ask = analyze_question("status på projektet")
    assert _decision_answers(question_terms(ask.text), p, block, candidates(p, ask.text))


def test_a_long_list_not_asked_for_keeps_the_items_the_question_asks_about() -> None:
    from api.answering.extractive import _fit_list
    from api.answering.sentences import Candidate, question_terms

    months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august"]
    items = tuple(f"- {m.capitalize()} – arbejdsgruppen mødes og drøfter oplæg" for m in months)
    items += ("- 1. december – strategien udsendes til alle ledere",)
    c = Candidate(
        section=Section("Sagsfremstilling", "", 0, 0),
        order=0,
        sentence="Forslag til tidsplan:",
        score=1.0,
        follows=items,
    )
    text = _fit_list(c, question_terms("hvornår udsendes strategien"), room=200)
    assert text.startswith("Forslag til tidsplan:")
    assert "1. december – strategien udsendes" in text
    assert "…" in text and len(text) <= 200
    # Reading order: the first items that fit, a gap, then the asked one.
    assert text.index("Januar") < text.index("1. december")


def test_a_question_that_asks_two_things_gets_a_sentence_for_each() -> None:
    """The lead answers the amount; the second part ("hvor mange kurser") gets its own
    sentence though the amount sentence scores higher for the whole question."""
    from api.answering.extractive import _part_answers, _part_plan

    body = "\n".join(
        [
            "I budgettet for 2024 blev der afsat 400.000 kroner til kompetenceløft i plejen.",
            "Puljen administreres af HR, som også følger op på forbruget.",
            "Det forventes, at der kan afholdes 8-10 kurser for beløbet.",
            "Ledere kan søge om midler løbende.",
        ]
    )
    p = point("Kompetencepulje", "", background=body)
    question = "hvor mange penge er afsat til puljen og hvor mange kurser kan det give"
    cands = candidates(p, question)
    lead = max(cands, key=lambda c: c.score)
    assert "400.000" in lead.sentence
    plan = _part_plan(question, p, "", lambda _: 1.0, "da", None)
    parts = _part_answers(plan, {lead.order}, None)
    assert [c.sentence for c in parts] == [
        "Det forventes, at der kan afholdes 8-10 kurser for beløbet."
    ]
    # A plain question has one part: nothing is added.
    single = "hvor mange penge er afsat"
    assert _part_plan(single, p, "", lambda _: 1.0, "da", None) == []
    assert _part_answers([], set(), None) == []


def test_a_list_item_is_found_in_its_list() -> None:
    """The best sentence for "hvordan blev midlerne fordelt" is one bullet; the answer leads
    with the list it belongs to (the question names no matter inside the point)."""
    from api.answering.extractive import _introduction

    body = "\n".join(
        [
            "Direktionen besluttede følgende fordeling af de 3 mio. kr.:",
            "- Trivsel får 1 mio. kr.",
            "- Rekruttering fordeles med 1,5 mio. kr. til skoleområdet",
            "- Uddannelse får 0,5 mio. kr.",
            "Sagen forelægges igen i juni, når centrene har meldt deres behov ind til HR.",
        ]
    )
    p = point("Personalepulje", body)
    cands = candidates(p, "hvordan blev midlerne fordelt")
    item = next(c for c in cands if c.sentence.startswith("- Rekruttering"))
    intro = _introduction(item, cands)
    assert intro is not None
    assert intro.sentence.startswith("Direktionen besluttede følgende fordeling")
    last = next(c for c in cands if c.sentence.startswith("Sagen forelægges"))
    assert _introduction(last, cands) is None
    assert _introduction(intro, cands) is None


def test_the_decision_leads_unless_a_sentence_holds_clearly_more_of_the_asked_words() -> None:
    background = (
        "Det overvejes at indføre metoden Tryg Dialog ved klager over afgørelser. "
        "Metoden bygger på hurtig personlig kontakt og redskaber fra konfliktmægling."
    )
    decision = "Udvalget godkendte indsatserne, herunder mere dialog med borgerne."
    p = point("Indsatser for bedre borgerservice", decision, background)
    block = p.decisions[0]

    def leads(question: str) -> bool:
        ask = analyze_question(question)
        return _decision_answers(question_terms(ask.text), p, block, candidates(p, ask.text))

    # The paragraph names the method in full; the decision only says "dialog".
    assert not leads("fortæl om metoden tryg dialog")
    # One asked word in another sentence is chance: the decision says what became of it.
    assert leads("hvad med klager over indsatserne?")
