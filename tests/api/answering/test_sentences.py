"""Sentence selection for extractive answers, on hand-made agenda points (no index needed)."""

from __future__ import annotations

from api.answering.sentences import (
    best,
    candidates,
    only_attendance,
    question_terms,
    split_line,
)
from indexer.models import AgendaPoint, Section


def point(*sections: tuple[str, str], title: str = "Budgetanalyser") -> AgendaPoint:
    built = tuple(Section(name=name, text=text, start=0, end=len(text)) for name, text in sections)
    return AgendaPoint(
        number=1,
        title=title,
        case_number="17/163",
        closed=False,
        sections=built,
        start=0,
        end=1,
    )


def top(p: AgendaPoint, question: str, n: int = 1) -> list[str]:
    return [c.sentence for c in best(candidates(p, question), n)]


def test_enumerators_and_abbreviations_stay_with_their_sentence() -> None:
    assert split_line("1. Udvikling af netværk. I dette spor arbejdes med metoder.") == [
        "1. Udvikling af netværk.",
        "I dette spor arbejdes med metoder.",
    ]
    assert split_line("4.4. Inno.korps - ja. Det er godt.") == [
        "4.4. Inno.korps - ja.",
        "Det er godt.",
    ]
    assert split_line("Udfordret med ca. 0,6 mio. kr. i 2017. Ny linje.") == [
        "Udfordret med ca. 0,6 mio. kr. i 2017.",
        "Ny linje.",
    ]


def test_a_list_is_quoted_with_its_introduction() -> None:
    """Numbered items and "Heading: text" items both follow the sentence that introduces
    them, each cut to its first sentence; the next introduction ends the list."""
    p = point(
        (
            "Sagsfremstilling",
            "\n".join(
                [
                    "Strategien er drøftet i chefforum.",
                    "De tre temaer:",
                    "Vi møder borgeren digitalt: Kommunen vil styrke den digitale service. "
                    "Mere tekst.",
                    "Vi udvikler velfærden: Kommunen vil skubbe på omstillingen.",
                    "De tre grundforudsætninger:",
                    "Sikkerhed: Sikkerhed i vores IT-systemer er vigtigt.",
                ]
            ),
        )
    )
    chosen = best(candidates(p, "hvad er de 3 temaer i strategien"), 1)
    assert chosen[0].sentence == "De tre temaer:"
    assert chosen[0].follows == (
        "Vi møder borgeren digitalt: Kommunen vil styrke den digitale service.",
        "Vi udvikler velfærden: Kommunen vil skubbe på omstillingen.",
    )


def test_digits_in_a_question_match_danish_number_words() -> None:
    assert {"3", "tre"} <= question_terms("what are the 3 themes")


def test_amount_question_prefers_the_sentence_with_an_amount() -> None:
    p = point(
        (
            "Sagsfremstilling",
            "\n".join(
                [
                    "Taxhuset er udfordret i budgettet for 2017.",
                    "Taxhuset er udfordret med ca. 0,6 mio. kr. i 2017.",
                ]
            ),
        )
    )
    assert top(p, "hvor meget er taxhuset udfordret") == [
        "Taxhuset er udfordret med ca. 0,6 mio. kr. i 2017."
    ]
    # Without the amount cue the two sentences tie and reading order decides.
    assert top(p, "er taxhuset udfordret") == ["Taxhuset er udfordret i budgettet for 2017."]


def test_when_question_prefers_a_date_and_who_question_prefers_names() -> None:
    p = point(
        (
            "Sagsfremstilling",
            "\n".join(
                [
                    "Bemærkningerne udarbejdes af administrationen.",
                    "Bemærkningerne opdateres til august.",
                    "Hanne, John, Henrik Buch og Tine deltager under punktet.",
                ]
            ),
        )
    )
    assert top(p, "hvornår opdateres bemærkningerne") == ["Bemærkningerne opdateres til august."]
    assert top(p, "hvem deltager under punktet") == [
        "Hanne, John, Henrik Buch og Tine deltager under punktet."
    ]


def test_words_shared_by_every_sentence_do_not_decide() -> None:
    """The topic word is in every sentence of the point; the rarer question word decides."""
    p = point(
        (
            "Sagsfremstilling",
            "\n".join(
                [
                    "Stabscentrene har roller i organisationen.",
                    "Stabscentrene skal beskrive roller og opgaver.",
                    "Stabscentrene afsætter 250.000 kr. til uddannelse.",
                ]
            ),
        )
    )
    assert top(p, "hvor meget afsætter stabscentrene") == [
        "Stabscentrene afsætter 250.000 kr. til uddannelse."
    ]


def test_rarity_across_the_archive_damps_common_words() -> None:
    p = point(
        (
            "Sagsfremstilling",
            "\n".join(
                [
                    "Direktionen drøftede sagen.",
                    "Puljen fordeles efter princippet først til mølle.",
                ]
            ),
        )
    )
    question = "hvad siger direktionen om puljen"
    # One matching word each: a tie, which reading order decides ...
    assert top(p, question) == ["Direktionen drøftede sagen."]
    # ... until "direktionen" is known to head every point of the archive.
    common = {"direktion": 0.1}
    chosen = best(candidates(p, question, rarity=lambda t: common.get(t, 1.0)), 1)
    assert chosen[0].sentence == "Puljen fordeles efter princippet først til mølle."


def test_attendance_sentences_count_only_for_who_questions() -> None:
    assert only_attendance("Stine West Dyhr deltog under punktet.")
    assert not only_attendance(
        "Tom og Rune deltog under punktet og præsenterede "
        "karakteristikkerne: Helhedsorientering, partnerskaber."
    )
    p = point(
        (
            "Beslutning",
            "\n".join(
                [
                    "Stine West Dyhr deltog under punktet.",
                    "Direktionen godkendte strategien for sygefravær.",
                ]
            ),
        )
    )
    assert top(p, "hvad blev besluttet om sygefravær") == [
        "Direktionen godkendte strategien for sygefravær."
    ]


def test_bullets_right_below_a_sentence_belong_to_it_and_a_bare_intro_keeps_its_context() -> None:
    p = point(
        (
            "Sagsfremstilling",
            "\n".join(
                [
                    "Der vedhæftes udkast til tre sager fra ØDC.",
                    "- Budgetproces",
                    "- Langsigtet økonomisk politik",
                    "Implementeringsplanen består af 5 indsatsområder. Der er tale om:",
                    "Den moderne arbejdsplads",
                    "Automatisering af arbejdsgange",
                ]
            ),
        )
    )
    attached = best(candidates(p, "hvilke sager fra ØDC blev vedhæftet"), 1)[0]
    assert attached.follows == ("- Budgetproces", "- Langsigtet økonomisk politik")
    areas = best(candidates(p, "hvilke indsatsområder har implementeringsplanen"), 1)[0]
    assert areas.sentence == "Implementeringsplanen består af 5 indsatsområder. Der er tale om:"
    assert areas.follows == ("Den moderne arbejdsplads", "Automatisering af arbejdsgange")


def test_items_quoted_under_their_introduction_do_not_take_places() -> None:
    """The three items score high on their own, but their introduction quotes them: the
    remaining places go to the next best sentences."""
    p = point(
        (
            "Sagsfremstilling",
            "\n".join(
                [
                    "Porteføljelisten ajourføres hvert halve år.",
                    "Centret indstiller, at porteføljelisten:",
                    "1. Drøftes for porteføljelisten.",
                    "2. Opdateres for porteføljelisten.",
                    "3. Fjernes fra porteføljelisten.",
                ]
            ),
        )
    )
    chosen = best(candidates(p, "hvor tit opdateres porteføljelisten og hvilke punkter"), 2)
    assert [c.sentence for c in chosen] == [
        "Porteføljelisten ajourføres hvert halve år.",
        "Centret indstiller, at porteføljelisten:",
    ]


def test_a_numbered_series_with_accounts_between_its_heads_is_listed_by_its_heads() -> None:
    """ "Fase 1: ...", a paragraph, "Fase 2: ...": the heads are the list, the accounts between
    them are not items, and a list under another head word does not join it."""
    p = point(
        (
            "Sagsfremstilling",
            "\n".join(
                [
                    "Byggeriet gennemføres i tre etaper:",
                    "Etape 1: Nedrivning af den gamle hal",
                    "Her fjernes hallen, og grunden ryddes for forurenet jord inden sommerferien.",
                    "Etape 2: Fundament og kælder",
                    "I etape 2 støbes fundamentet; entreprenøren vælges ved licitation i maj.",
                    "Etape 3: Den nye hal",
                    "Trin 1: Dette er en anden liste.",
                ]
            ),
        )
    )
    chosen = best(candidates(p, "hvilke etaper har byggeriet"), 1)
    assert chosen[0].sentence == "Byggeriet gennemføres i tre etaper:"
    assert chosen[0].follows == (
        "Etape 1: Nedrivning af den gamle hal",
        "Etape 2: Fundament og kælder",
        "Etape 3: Den nye hal",
    )


def test_a_sentence_with_the_questions_own_word_beats_a_bare_name() -> None:
    p = point(
        (
            "Beslutning",
            "Mette Lund Hansen deltog under punktet.\nKulturcentret har projektledelsen for "
            "den nye musikskole.",
        )
    )
    assert top(p, "hvem har projektledelsen for musikskolen") == [
        "Kulturcentret har projektledelsen for den nye musikskole."
    ]


def test_a_list_written_out_in_a_sentence_answers_a_list_question() -> None:
    p = point(
        (
            "Sagsfremstilling",
            "Rapporten fra samarbejdet konkluderer bl.a. følgende:\n- Udgifterne er faldende.\n"
            "- Kvaliteten er stigende.\nKommunerne Roskilde, Køge, Solrød og Greve er med i "
            "samarbejdet.",
        )
    )
    chosen = best(candidates(p, "hvilke kommuner er med i samarbejdet"), 1)
    # The introduction above a bulleted list shares the question's word too; the names
    # written out in a sentence are the list asked for.
    assert chosen[0].sentence.startswith("Kommunerne Roskilde")


def test_a_list_question_leads_with_the_sentence_that_names_the_members() -> None:
    from api.answering.extractive import _lead

    items = "\n".join(
        f"- Kommunen ligger lavt på område {n} i nøgletalsrapporten." for n in range(8)
    )
    p = point(
        (
            "Sagsfremstilling",
            "Nøgletalsrapporten for kommunerne i samarbejdet konkluderer bl.a. følgende:\n"
            f"{items}\n"
            "Samarbejdet mellem Roskilde, Køge, Solrød og Greve udgør hvert år en rapport.",
        )
    )
    question = "hvilke kommuner indgår i samarbejdet om nøgletalsrapporten"
    cands = candidates(p, question)
    lead = _lead([c for c in cands if c.score > 0], wants_list=True)
    # The long list's introduction shares more words; the names are the answer.
    assert lead.sentence.startswith("Samarbejdet mellem Roskilde")


def test_a_question_that_asks_two_things_has_two_parts() -> None:
    from api.answering.sentences import question_parts

    assert question_parts("hvad koster kurset og hvor lang tid tager det?") == [
        "hvad koster kurset",
        "hvor lang tid tager det",
    ]
    assert question_parts("what was decided, and when will it start?") == [
        "what was decided",
        "when will it start",
    ]
    # "og" between two things asked about is one question.
    assert question_parts("hvad blev besluttet om Nordhallen og Sydhallen") == [
        "hvad blev besluttet om Nordhallen og Sydhallen"
    ]
    # After a comma, a second question that opens with its verb.
    assert question_parts("hvorfor stiger taksterne, er brugerne blevet dyrere?") == [
        "hvorfor stiger taksterne",
        "er brugerne blevet dyrere",
    ]
    assert question_parts("why did the fees rise, was it a mistake?") == [
        "why did the fees rise",
        "was it a mistake",
    ]
    # A comma inside one question is no second question.
    assert question_parts("hvem, udover borgmesteren, deltog?") == [
        "hvem, udover borgmesteren, deltog"
    ]


def test_a_long_sentence_is_cut_to_its_telling_clauses() -> None:
    from api.answering.sentences import shorten

    sentence = (
        "Puljen fordeles med 3 mio. kr. til ældreområdet, heraf 1 mio. kr. til hjemmeplejen, "
        "men at centerchefen i forhold til den lokale aftale på området drøfter omfanget med "
        "de faglige organisationer, hvilket sker inden sommerferien."
    )
    short = shorten(sentence, question_terms("hvordan fordeles puljen"), 140)
    assert short.startswith("Puljen fordeles med 3 mio. kr. til ældreområdet, heraf 1 mio. kr.")
    # The clause about who discusses what goes; the one that says when stays.
    assert "centerchefen" not in short
    assert short.endswith("… hvilket sker inden sommerferien.")
    assert len(short) <= 145
    # Every piece is the minutes' own words, in their order.
    pieces = [p.strip(" ,") for p in short.replace("…", "|").split("|") if p.strip(" ,")]
    at = 0
    for piece in pieces:
        at = sentence.index(piece, at)
    # A sentence within the limit is left whole.
    assert shorten("Puljen er på 3 mio. kr.", set(), 140) == "Puljen er på 3 mio. kr."


def test_holidays_and_seasons_answer_when() -> None:
    p = point(
        (
            "Sagsfremstilling",
            "Planen drøftes i chefforum af en arbejdsgruppe med deltagere fra alle centre.\n"
            "Planen drøftes i chefforum igen efter sommerferien med en ny tidsplan.",
        )
    )
    assert top(p, "hvornår skal planen drøftes i chefforum") == [
        "Planen drøftes i chefforum igen efter sommerferien med en ny tidsplan."
    ]


def test_a_count_of_the_asked_thing_beats_an_amount() -> None:
    """A "hvor mange X" question is answered by the sentence that counts X, not by kroner."""
    p = point(
        (
            "Sagsfremstilling",
            "Der er afsat 400.000 kroner til puljen i 2024.\n"
            "Det forventes, at der kan holdes omkring 10-12 workshops for beløbet.",
        )
    )
    assert top(p, "hvor mange workshops kan der holdes") == [
        "Det forventes, at der kan holdes omkring 10-12 workshops for beløbet."
    ]
    # Without a count asked for, the amount still answers "hvor meget".
    assert top(p, "hvor meget er der afsat til puljen") == [
        "Der er afsat 400.000 kroner til puljen i 2024."
    ]


def test_a_heading_over_short_lines_introduces_them() -> None:
    """A heading is never quoted on its own, but over a run of short lines (dates of a
    timeline) it introduces them as a list: the dates answer "hvornår"."""
    p = point(
        (
            "Sagsfremstilling",
            "Mødeplan for efteråret er udsendt til alle centre.\n"
            "Borgmesterens deltagelse i møderne\n"
            "4. oktober kl. 9-10\n"
            "8. november\n"
            "Økonomi\n"
            "Ingen bemærkninger.",
        )
    )
    cands = best(candidates(p, "hvornår deltager borgmesteren i møderne"), 1)
    assert cands[0].sentence == "Borgmesterens deltagelse i møderne:"
    assert cands[0].follows == ("4. oktober kl. 9-10", "8. november")
    # A heading over one line of text stays out.
    assert all(c.sentence != "Økonomi:" for c in candidates(p, "økonomi"))


def test_a_list_item_is_about_what_its_introduction_names() -> None:
    """ "Udgift 95.000 kr." under "Løsning A (den dyre):" answers what Løsning A costs, and is
    quoted with its introduction; an item does not introduce the items after it."""
    p = point(
        (
            "Sagsfremstilling",
            "\n".join(
                [
                    "Løsning A (den dyre):",
                    "- Nye skranker i hele forhallen.",
                    "- Udgift 95.000 kr.",
                    "Løsning B (den billige):",
                    "- Skrankerne males om.",
                    "- Udgift 20.000 kr.",
                ]
            ),
        )
    )
    cands = candidates(p, "hvad koster den dyre løsning")
    # The introduction that names the asked thing leads, with its list and so the cost.
    assert "- Udgift 95.000 kr." in best(cands, 1)[0].quote
    item = next(c for c in cands if c.sentence == "- Udgift 95.000 kr.")
    other = next(c for c in cands if c.sentence == "- Udgift 20.000 kr.")
    assert item.score > other.score
    assert item.quote == "Løsning A (den dyre): … - Udgift 95.000 kr."
    assert all(not c.follows for c in cands if c.intro)


def test_a_why_question_prefers_the_sentence_that_gives_a_cause() -> None:
    p = point(
        (
            "Sagsfremstilling",
            "Taksterne for dagcentret stiger i 2025.\n"
            "Taksterne stiger, fordi lønudgifterne til dagcentret er steget mere end ventet.",
        )
    )
    assert top(p, "hvorfor stiger taksterne for dagcentret") == [
        "Taksterne stiger, fordi lønudgifterne til dagcentret er steget mere end ventet."
    ]


def test_a_word_of_the_points_title_tells_its_sentences_apart_less() -> None:
    """Every sentence of a point titled "Svømmehallen" is about the hall: the question's other
    word ("kapaciteten") says which sentence answers."""
    text = "Svømmehallen er et fast punkt hvert forår.\nKapaciteten skal øges med ti pladser."
    p = point(("Sagsfremstilling", text), title="Svømmehallen")
    assert top(p, "svømmehallen og kapaciteten") == ["Kapaciteten skal øges med ti pladser."]


def test_a_recommendation_counts_for_less_than_the_account_for_a_fact() -> None:
    """The recommendation restates the matter's words ("Det indstilles, at ... puljen
    fordeles"); the account says how. Asked for the recommendation, it leads."""
    p = point(
        ("Sagsfremstilling", "Midlerne fordeles mellem arbejdspladserne efter ansøgning til HR."),
        (
            "Indstilling",
            "Det indstilles, at direktionen godkender, at puljen fordeles mellem arbejdspladserne.",
        ),
    )
    question = "hvordan skal puljen fordeles mellem arbejdspladserne"
    assert top(p, question)[0].startswith("Midlerne fordeles")
    assert top(p, "hvad indstilles om puljen")[0].startswith("Det indstilles")


def test_a_date_the_question_gives_does_not_say_when() -> None:
    """ "hvornår udsendes strategibrevet for 2025": 2025 is what is asked about; the timeline's
    date answers."""
    p = point(
        (
            "Sagsfremstilling",
            "Strategibrevet for 2025 bygger på ledernes input.\n"
            "Strategibrevet udsendes 1. november til alle ledere.",
        ),
        title="Strategibrev",
    )
    assert top(p, "hvornår udsendes strategibrevet for 2025")[0].startswith(
        "Strategibrevet udsendes 1. november"
    )


def test_a_labelled_part_the_question_names_is_the_one_answered() -> None:
    """ "hvad koster model 2": the cost line under "Model 2", not the one under "Model 1"
    nor the sentence that repeats the question's other words."""
    p = point(
        (
            "Sagsfremstilling",
            "Biblioteket har 2 etager og 2 indgange, og arbejdet tager 2 uger.\n"
            "Model 1 (den store):\n- Ny skranke ved indgangen\n- Udgift 410.000 kr.\n"
            "Model 2 (den lille):\n- Skranken bevares\n- Udgift 95.000 kr.",
        ),
        (
            "Økonomi",
            "Halvdelen af udgiften til indretning af biblioteket, 50.000 kr., betales af puljen.",
        ),
        title="Indretning af biblioteket",
    )
    lead = best(candidates(p, "hvad koster model 2 til indretning af biblioteket"), 1)[0]
    assert "95.000" in lead.quote and "410.000" not in lead.quote


def test_labels_are_parts_not_places_or_times() -> None:
    from api.answering.sentences import _Wants

    assert _Wants.of("hvad koster model 2 og fase 3").labels == {"model 2", "fase 3"}
    assert _Wants.of("hvad står der i punkt 3 kl 12").labels == frozenset()


def test_a_question_that_opens_with_its_verb_wants_the_decision_sentence() -> None:
    """ "did the board sign off on the strategy?" asks whether it was decided: of sentences
    sharing the question's words, the one that records the decision comes first."""
    p = point(
        (
            "Beslutning",
            "Udvalget drøftede strategien og dens sprog grundigt med projektlederen. "
            "Udvalget godkendte dermed strategien.",
        ),
        title="Strategi for affald",
    )
    for question in ("did the board sign off on the strategy?", "blev strategien vedtaget?"):
        assert top(p, question) == ["Udvalget godkendte dermed strategien."]


def test_a_list_ends_where_its_announced_count_or_its_item_headings_end() -> None:
    # Invented: two headed lists in a row, then a plain line. "De tre mål:" announces three;
    # "De fire principper:" lists three headed items, then a line without a heading.
    p = point(
        (
            "Sagsfremstilling",
            "De tre mål:\n"
            "Renere luft: Kommunen vil halvere udledningen fra busserne.\n"
            "Flere cykler: Kommunen vil bygge 20 km ny cykelsti.\n"
            "Grønne tage: Alle nye kommunale bygninger får sedum på taget.\n"
            "Ekstra: Et fjerde punkt der ikke hører til.\n"
            "\n"
            "De fire principper:\n"
            "Åbenhed: Data deles med borgerne.\n"
            "Enkelhed: Løsninger skal være lette at bruge.\n"
            "Sikkerhed: Borgernes data beskyttes.\n"
            "Planen er vedlagt som bilag.\n",
        ),
        title="Klimaplan",
    )
    goals = best(candidates(p, "hvilke tre mål har klimaplanen"), 1)[0]
    assert goals.sentence == "De tre mål:" and len(goals.follows) == 3
    assert not any("fjerde" in f for f in goals.follows)
    principles = best(candidates(p, "hvilke principper har klimaplanen"), 1)[0]
    assert principles.sentence == "De fire principper:"
    assert [f.split(":")[0] for f in principles.follows] == ["Åbenhed", "Enkelhed", "Sikkerhed"]


def test_a_numbered_name_is_no_announced_count() -> None:
    p = point(
        (
            "Sagsfremstilling",
            "Model 2 (den mindre):\n- Et lokale indrettes.\n- Skranken flyttes.\n"
            "- Udgift: 146.000 kr.\n",
        ),
        title="Indretning",
    )
    chosen = best(candidates(p, "hvad koster model 2"), 1)[0]
    assert any("146.000" in f for f in (chosen.sentence, *chosen.follows))
