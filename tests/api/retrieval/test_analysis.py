"""Question analysis: language, intent, constraints and topic, read once (no model, no index)."""

from __future__ import annotations

from datetime import date

import pytest

from api.retrieval.analysis import analyze_question


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("hvad blev besluttet om solgården takster", "decision"),
        ("hvor meget har vi søgt egmont fonden om", "fact"),
        ("hvem præsenterede oplægget om boligområderne", "who"),
        ("hvornår var afbureaukratisering oppe", "when"),
        ("hvilke faner er der i porteføljelisten", "list"),
        ("hvem deltog i direktionsmødet i januar 2023", "attendance"),
        ("where was the management seminar held in june 2017", "attendance"),
        ("hvad besluttede direktionen i maj 2013?", "overview"),
        ("what was on the agenda on 16 January 2023?", "overview"),
        ("status på sag 12/32140", "case_status"),
        ("hvad står der i punkt 3 den 19. juni 2017?", "point_lookup"),
        ("fortæl om sprogprojektet", "free"),
        ("Did the board back the idea of a yearly HR report?", "decision"),
        # A question that opens with its verb asks whether something was done or decided.
        ("skal skolestrukturen sendes i høring?", "decision"),
        ("blev den nye parkeringsstrategi godkendt", "decision"),
        ("was the library merger approved?", "decision"),
        ("which layout did the committee go for?", "decision"),
        ("did the board sign off on the new parking plan?", "decision"),
        ("kan jeg få et overblik over udvalgets møde i marts 2019", "overview"),
        ("give me a rundown of the meeting on 4 March 2019", "overview"),
        ("hvilken leverandør blev valgt til kantinen", "decision"),
        # Words of cost ask for an amount, not for the decision.
        ("hvad koster den nye skatepark", "fact"),
        ("udgift pr. elev i folkeskolen", "fact"),
        ("budget til borgerinddragelse i lokalplanen", "fact"),
        ("size of the grant for the harbour bath", "fact"),
        ("what are the phases of the housing project", "list"),
        # A plural asked for is a list; "what is", "what process" are not plurals.
        ("what reasons did the managers give for the rising absence?", "list"),
        ("what changes were made to the cycling plan", "list"),
        ("hvad var årsagerne til det stigende fravær", "list"),
        ("what process was agreed for the cycling plan", "decision"),
        # "when approving it" is a clause, not a question about time.
        ("what changes did the board ask for when discussing the plan?", "list"),
        # Who took part in one matter's discussion is asked of that point, not of the meeting.
        ("hvem var med under drøftelsen af cykelstrategien", "who"),
        ("var Anna Holm til stede ved mødet i marts 2019", "attendance"),
        ("who was present during the discussion of the cycling plan", "who"),
        # Attendance asked with the person or the group between the verb and the meeting.
        ("Which managers attended the council meeting on 3 March 2021?", "attendance"),
        ("var Per Nielsen med til byrådsmødet i marts 2021", "attendance"),
        ("deltog Hanne Lund i udvalgsmødet 4. maj 2020", "attendance"),
        ("Was Mette Berg at the meeting in May 2020?", "attendance"),
        ("hvilke politikere deltog den 2. februar 2021", "attendance"),
        ("Which members of the committee were present in May 2020?", "attendance"),
        ("who couldn't make it to the meeting on 2 March 2021", "attendance"),
        # ... and not a question about a matter that mentions a meeting.
        ("was the harbour plan presented in the meeting", "decision"),
        ("was the decision at the meeting unanimous", "decision"),
        # Handling verbs ask what a meeting dealt with, when nothing else is named.
        ("What did the committee deal with at its meeting in March 2021?", "overview"),
        ("hvad snakkede udvalget om i marts 2021", "overview"),
    ],
)
def test_intent(question: str, intent: str) -> None:
    assert analyze_question(question).intent == intent


@pytest.mark.parametrize(
    ("question", "case"),
    [
        ("status på sag 12/32140", "12/32140"),
        ("sag 14/110", "14/110"),
        ("hvad er status på sagsnr. 12-32140?", "12/32140"),
        ("status på sag 12 / 32140", "12/32140"),
        ("status on case 330-2018-3619", "330-2018-3619"),
        # Other separators, and any case-number-shaped token after the word "sag".
        ("status på sag 330/2018/3619", "330/2018/3619"),
        ("status på sag 330.2018.3619", "330.2018.3619"),
        ("status på sag 12/032140", "12/032140"),
        ("status på sag 85.02.02-G01-5-17", "85.02.02-G01-5-17"),
    ],
)
def test_case_numbers_in_loose_formats(question: str, case: str) -> None:
    analysis = analyze_question(question)
    assert analysis.constraints.case_number == case
    assert analysis.intent == "case_status"
    assert 2018 not in analysis.constraints.years  # the year inside a journal number


def test_point_and_day() -> None:
    c = analyze_question("hvad står der i punkt 3 den 19. juni 2017?").constraints
    assert c.punkt == 3
    assert (c.date_from, c.date_to) == (date(2017, 6, 19), date(2017, 6, 19))
    assert c.day_or_month


def test_years_that_name_things_are_constraints_not_filters() -> None:
    analysis = analyze_question("hvad blev besluttet om budgetforslag 2020-2023?")
    assert analysis.constraints.years == (2020, 2023)
    assert analysis.filters.date_from is None  # a named period is no meeting date
    assert analysis.topic_span == "budgetforslag 2020-2023"


@pytest.mark.parametrize(
    ("question", "board", "strict"),
    [
        ("hvad besluttede økonomiudvalget om solgårdens takster?", "økonomiudvalg", True),
        ("What did the finance committee decide on the rates?", "økonomiudvalg", True),
        ("hvad blev besluttet om takster i Økonomiudvalget?", "økonomiudvalg", True),
        ("hvornår holdt byrådet temadrøftelsen om udviklingsstrategien", "byråd", False),
        ("when will the city council approve the framework", "byråd", False),
        ("hvad blev besluttet om solgården takster", None, False),
    ],
)
def test_board(question: str, board: str | None, strict: bool) -> None:
    c = analyze_question(question).constraints
    assert (c.board, c.board_strict) == (board, strict)


def test_language_with_and_without_danish_letters() -> None:
    assert analyze_question("hvad blev besluttet om solgarden takster").language == "da"
    assert analyze_question("What was decided about Solgården?").language == "en"


def test_topic_leaves_out_asking_words_dates_and_boards() -> None:
    analysis = analyze_question("hvad besluttede direktionen om svømmehallen i maj 2013?")
    assert analysis.topic == ("svømmehallen",)
    assert analysis.constraints.board == "direktion"


def test_english_topic_leaves_out_generic_council_words() -> None:
    analysis = analyze_question("what did the board decide about the swimming pool?")
    assert analysis.topic_span == "swimming pool"


def test_words_of_cost_are_not_topic_words() -> None:
    # "koster" says an amount is wanted; whether a point covers the question is its subject.
    assert "koster" not in analyze_question("hvad koster den nye skatepark").topic
    assert "skatepark" in analyze_question("hvad koster den nye skatepark").topic
    # "hvad kommer en kubikmeter vand til at koste": the unit and the paying say what kind of
    # answer is wanted (the point writes "11,75 kr. pr. m³"); the water is the subject.
    topic = analyze_question("hvad kommer en kubikmeter vand til at koste i Lindeskov").topic
    assert topic == ("vand", "Lindeskov")
    assert analyze_question("skal holdene betale for hallen").topic == ("holdene", "hallen")


def test_one_case_written_two_ways_is_one_case() -> None:
    analysis = analyze_question("status på sag 12/32140 og sag 12/032140")
    assert analysis.case_numbers == ("12/32140",)


def test_a_date_is_no_journal_number() -> None:
    analysis = analyze_question("hvad skete der den 19.06.2017?")
    assert analysis.case_numbers == () and analysis.constraints.date_from is not None


@pytest.mark.parametrize(
    ("question", "intent", "topic"),
    [
        # Typed without æøå: "aa" for å, "ae" for æ, "oe" for ø.
        ("hvornaar skal parkeringsplanen drøftes", "when", ("parkeringsplanen", "drøftes")),
        ("hvad gaar vejprojektet ud paa", "free", ("vejprojektet",)),
        ("hvornår skal portefoeljen droeftes", "when", ("portefoeljen", "droeftes")),
        # How a who-question is put and a season are no topic: the point need not say them.
        ("hvem fremlagde trafikplanen i foråret 2019", "who", ("trafikplanen",)),
    ],
)
def test_ascii_spellings_and_asking_words_are_not_topic(
    question: str, intent: str, topic: tuple[str, ...]
) -> None:
    analysis = analyze_question(question)
    assert analysis.intent == intent
    assert analysis.topic == topic


@pytest.mark.parametrize(
    ("question", "board"),
    [
        ("hvad blev besluttet på direktionsmødet 21. maj 2013?", "direktion"),
        ("hvad blev besluttet på byrådsmødet i maj 2020", "byråd"),
        ("hvem deltog i økonomiudvalgsmødet 3. marts 2021", "økonomiudvalg"),
    ],
)
def test_a_boards_meeting_names_the_board(question: str, board: str) -> None:
    """A board's meeting ("direktionsmødet") names the board and is no topic word: with a date
    and nothing else, the question asks for that meeting."""
    a = analyze_question(question)
    assert a.constraints.board == board
    assert a.topic == ()
    assert a.intent in ("overview", "attendance")


def test_day_and_month_with_a_slash_then_the_year_is_a_date() -> None:
    for question in ("hvem var fraværende på mødet 16/1 2023", "referat 16/1-2023"):
        a = analyze_question(question)
        assert a.constraints.date_from == a.constraints.date_to == date(2023, 1, 16)
        assert "16" not in a.topic and a.constraints.case_number is None
    assert analyze_question("hvornår deltager borgmesteren resten af 2013").topic == (
        "deltager",
        "borgmesteren",
    )


@pytest.mark.parametrize(
    ("question", "verbs"),
    [
        ("blev der oprettet en innovationspulje i 2013", ("oprettet",)),
        ("strategibrev 2018 - hvordan skal processen køre?", ("køre",)),
        ("hvilke tendenser fandt HR i interviewene", ("fandt",)),
        ("hvilke projekter prioriterede udvalget", ("prioriterede",)),
        ("hvornår begynder entreprenøren at salte og rydde vejene", ("begynder", "salte", "rydde")),
        ("hvor mange elever forventes at gå på skolen", ("forventes", "gå")),
        # A modal question puts its main verb last, after the subject.
        ("hvornår skal den nye klimaplan for kommunen udkomme?", ("udkomme",)),
        # Right after the auxiliary a word in -e is as often a noun: not a verb.
        ("hvem har letbane på dagsordenen", ()),
        ("hvad er projektet", ()),
    ],
)
def test_verbs_of_the_question(question: str, verbs: tuple[str, ...]) -> None:
    assert analyze_question(question).verbs == verbs


def test_who_took_part_in_a_point_is_no_meeting_attendance() -> None:
    """A question "hvem deltog i punktet om X" asks who took part in one point (a line of
    its minutes), "hvem deltog i mødet" who attended the meeting."""
    assert analyze_question("hvem deltog i punktet om sundhed og forebyggelse").intent == "who"
    assert analyze_question("hvem deltog i mødet den 30. april 2013").intent == "attendance"


def test_an_amount_word_asks_and_names_no_topic() -> None:
    assert analyze_question("rekrutteringspulje 2023 beløb").topic == ("rekrutteringspulje",)
    # "næste år", "om året": a time frame, not what the question is about.
    assert analyze_question("hvad koster kloakvandet næste år").topic == ("kloakvandet",)
    assert analyze_question("what will sewage cost next year").topic == ("sewage",)
    # "hhv." (respectively) and "dens" (its) are function words.
    assert analyze_question("hvor meget fik hhv. skoler og dens klubber").topic == (
        "skoler",
        "klubber",
    )
    # "i midten af januar" places the date; "maj 13" is a month and its year.
    assert analyze_question("hvem havde afbud i midten af januar 2023").topic == ()
    assert analyze_question("budgettet for skoler i maj 13").topic == ("budgettet", "skoler")
    # "who took part in the seminar" asks who attended it.
    assert analyze_question("Who took part in the board's seminar in May 2019?").intent == (
        "attendance"
    )
    # Words that ask for a summary of agenda items are the asking, not the topic.
    assert analyze_question("Summarise the items on road salting in 2024").topic == (
        "road",
        "salting",
    )
    # "hvor stor en andel" asks for a share as "hvor meget" asks for an amount.
    assert analyze_question("hvor stor en andel af sagerne afgøres digitalt").topic == (
        "sagerne",
        "afgøres",
        "digitalt",
    )


def test_a_council_in_its_definite_form_is_a_board_and_the_bare_board_word_no_topic() -> None:
    council = analyze_question("hvad mente ældrerådet om forslaget")
    assert council.constraints.board == "ældreråd" and council.topic == ("forslaget",)
    # "udvalget", "rådet" alone are the board asked about, not a matter; "mente" frames it.
    assert analyze_question("hvad besluttede udvalget om skolen").topic == ("skolen",)
    assert analyze_question("hvad mente rådet om forslaget").topic == ("forslaget",)


def test_an_amount_with_thousands_separators_is_one_topic_word() -> None:
    # As the index reads "600.000 kroner": one number, not "600" and "000".
    a = analyze_question("sygefraværspuljen på 600.000 - hvad endte direktionen med at beslutte?")
    assert "600.000" in a.topic and "000" not in a.topic and "600" not in a.topic
    assert analyze_question("hvem fik 1.250.000 kr. af puljen?").topic[0] == "1.250.000"


@pytest.mark.parametrize(
    "question",
    [
        "hvem sad i arbejdsgruppen der skulle afklare rollerne?",
        "hvem sad med i styregruppen for projektet",
        "who was on the working group for the new strategy?",
    ],
)
def test_members_of_a_group_are_asked_of_the_point_not_the_meeting(question: str) -> None:
    assert analyze_question(question).intent == "who"
    assert analyze_question("hvem sad med til mødet 16. januar 2023?").intent == "attendance"


def test_where_the_asked_people_come_from_is_no_topic_word() -> None:
    # "fra administrationen" says what kind of answer is wanted, as "hvilken direktør" does.
    a = analyze_question("Hvem fra administrationen deltog, da udvalget behandlede skoleplanen?")
    assert a.intent == "who" and a.topic == ("skoleplanen",)
    assert "administration" not in analyze_question("who from the administration was there").topic


def test_a_date_written_as_one_word_is_a_constraint_not_a_topic_word() -> None:
    # "16-01-2023" limits the meeting; the point need not hold the string.
    a = analyze_question("hvad behandlede direktionen den 16-01-2023?")
    assert a.topic == () and a.intent == "overview"
    assert a.constraints.date_from == date(2023, 1, 16)
    assert "2017-06-19" not in analyze_question("hvad skete der 2017-06-19").topic


def test_words_of_the_kind_of_answer_are_no_topic() -> None:
    """ "hvor mange gange" asks for a count and "endte med at" for the outcome: neither word
    names the matter the point must hold."""
    assert analyze_question("hvor mange gange rykkede beredskabet ud i 2020").topic == (
        "rykkede",
        "beredskabet",
    )
    assert "endte" not in analyze_question("hvad endte udvalget med at beslutte om havnen").topic


def test_the_executive_board_is_direktionen() -> None:
    a = analyze_question("What did the executive board decide on the harbour plan?")
    assert a.constraints.board == "direktion"


@pytest.mark.parametrize(
    "question",
    [
        "hvor stort er merforbruget på ældreområdet i år",
        "hvad blev frarådet for boligområdet",
        "hvad er tilrådet om skoleområdets bygninger",
    ],
)
def test_an_area_or_advice_is_no_council(question: str) -> None:
    """A word on "område" holds "råd" and "frarådet" ends in it; neither names a council,
    and a board taken from them would fail every point."""
    assert analyze_question(question).constraints.board is None


def test_a_council_in_its_definite_form_is_a_board() -> None:
    assert analyze_question("hvad sagde seniorrådet om madservice").constraints.board == (
        "seniorråd"
    )


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("hvad sagde forligskredsen til fordelingen af puljen?", "forligskredsen"),
        ("hvad kom chefforum frem til om puljen", "chefforum"),
        ("what did the mayor say about the harbour plan?", "mayor"),
        # The minuted board, a board by name and a pronoun are no other speaker.
        ("hvad sagde direktionen om puljen", None),
        ("hvad sagde seniorrådet til madservice", None),
        ("hvad sagde de til det", None),
        ("hvad mente rådet om forslaget", None),
        ("what did the directors say about the budget", None),
    ],
)
def test_speaker(question: str, speaker: str | None) -> None:
    assert analyze_question(question).speaker == speaker


def test_a_date_typed_with_a_two_digit_year_is_a_date() -> None:
    """Staff type "16/1-23" and "21/5-13" (day/month-year): a date of the meeting, no topic
    words; a case number ("17/10040") and a range ("5-13") are no dates."""
    from api.retrieval.question import find_date_spans

    assert find_date_spans("hvem havde afbud til direktionsmødet 16/1-23") == [
        (date(2023, 1, 16), date(2023, 1, 16))
    ]
    assert find_date_spans("mødet 16-01-23") == [(date(2023, 1, 16), date(2023, 1, 16))]
    assert find_date_spans("3.4.98") == [(date(1998, 4, 3), date(1998, 4, 3))]
    assert find_date_spans("sag 17/10040") == [] and find_date_spans("punkt 5-13") == []
    # The full stop that ends the sentence ends the date; more digits after a dot do not.
    assert find_date_spans("what was covered on 16/1-23.") == [
        (date(2023, 1, 16), date(2023, 1, 16))
    ]
    assert find_date_spans("mødet 16-01-23, og så") == [(date(2023, 1, 16), date(2023, 1, 16))]
    assert find_date_spans("16.01.23.5") == [] and find_date_spans("beløb 16/1-23,5") == []
    a = analyze_question("pkt 1 21/5-13 hvad stod der")
    assert a.constraints.date_from == date(2013, 5, 21) and a.constraints.punkt == 1
    assert a.topic == ()


def test_a_month_after_a_preposition_takes_a_two_digit_year() -> None:
    """ "i jan 23", "fra feb 17 til jun 17": after a preposition of time, any month (also those
    English shares) with two digits is a month of a year, and the digits are no topic; "on Jan
    23" is a day with no year."""
    a = analyze_question("hvad snakkede de om under øvrige sager i jan 23")
    assert (a.constraints.date_from, a.constraints.date_to) == (date(2023, 1, 1), date(2023, 1, 31))
    assert "23" not in a.topic
    a = analyze_question("i dec. 17 besluttede de noget om budget")
    assert a.constraints.date_from == date(2017, 12, 1) and a.topic == ("budget",)
    a = analyze_question("fra feb 17 til jun 17")
    assert (a.constraints.date_from, a.constraints.date_to) == (date(2017, 2, 1), date(2017, 6, 30))
    assert analyze_question("what was decided on Jan 23?").constraints.date_from is None


def test_typed_abbreviations_and_colloquial_have_are_no_topic() -> None:
    """ "iflg." (ifølge), "ifm." (i forbindelse med), "pga." (på grund af) and the spoken "ha"
    (have) say how a question is put; as topic words the archive never uses they weighed as a
    matter the minutes lack and refused the question."""
    assert "iflg" not in analyze_question("hvilke emner iflg huskelisten").topic
    assert "ifm" not in analyze_question("hvad blev sagt ifm budgettet").topic
    assert "pga" not in analyze_question("blev det udsat pga økonomien").topic
    assert analyze_question("hvor meget stiger udgiften ifht de nye priser").topic == (
        "stiger",
        "udgiften",
        "priser",
    )
    assert analyze_question("hvad blev udfaldet mht budgettet").topic == ("budgettet",)
    # "hvornår er det meningen at …" asks when something is planned; "meningen" is no matter.
    assert "meningen" not in analyze_question("hvornår er det meningen at planen udkommer").topic
    assert analyze_question("what did they end up deciding on the budget").topic == ("budget",)
    assert analyze_question("hvad ville direktionen ha med i planen").topic == ("planen",)
