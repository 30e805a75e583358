"""Evidence checks on invented points: constraints hold in the cited point, the topic is covered."""

from __future__ import annotations

from datetime import date

import pytest

from api.answering.evidence import (
    EVERYDAY_CAP,
    EVERYDAY_WEIGHT,
    UNKNOWN_WEIGHT,
    check_point,
    ocr_read,
    one_edit,
    topic_weights,
)
from api.retrieval.analysis import analyze_question
from indexer.language import everyday_word
from indexer.models import AgendaPoint, Meeting, Section


def _point(number: int, title: str, text: str, decision: str, closed: bool = False) -> AgendaPoint:
    sections = (
        ()
        if closed
        else (
            Section("Sagsfremstilling", text, 0, len(text)),
            Section("Beslutning", decision, 0, len(decision), decision_date=date(2019, 3, 4)),
        )
    )
    return AgendaPoint(number, title, "19/1234", closed, sections, 0, 0)


MEETING = Meeting(
    meeting_id="teknikudvalget-2019-03-04",
    board="Teknikudvalget",
    date=date(2019, 3, 4),
    start_time=None,
    location="Rådhuset",
    attendees=(),
    toc=(),
    points=(
        _point(
            1,
            "Takster for Skovbrynets dagcenter",
            "Dagcentret Skovbrynet har en belægning på 40 borgere. Budgetforslag 2020-2023 "
            "forudsætter uændrede takster.",
            "Udvalget godkendte nye takster for Skovbrynet.",
        ),
        _point(2, "Lukket", "", "", closed=True),
    ),
    source_path="x",
    text="",
)


def _check(question: str, punkt: int = 1) -> tuple[bool, float]:
    analysis = analyze_question(question)
    weights = topic_weights(analysis, lambda _: 1.0, lambda _: True)
    point = MEETING.point(punkt)
    assert point is not None
    ev = check_point(analysis, MEETING, point, weights)
    return ev.holds, ev.coverage


@pytest.mark.parametrize(
    "question",
    [
        "hvad blev besluttet om Skovbrynets takster?",
        "hvad blev besluttet om skovbrynet takster",  # no genitive
        "hvad blev besluttet om skovbrynnet takster",  # a typo
        "hvad besluttede teknikudvalget om taksterne i 2019?",
        "hvad står der om budgetforslag 2020-2023?",
    ],
)
def test_covered_and_holding(question: str) -> None:
    holds, coverage = _check(question)
    assert holds and coverage == 1.0


@pytest.mark.parametrize(
    "question",
    [
        "hvad blev besluttet om Skovbrynets takster i 2021?",  # another year
        "hvad står der om budgetforslag 2022-2025?",  # a named period the point lacks
        "hvad besluttede økonomiudvalget om Skovbrynets takster?",  # another board
    ],
)
def test_a_constraint_that_does_not_hold(question: str) -> None:
    holds, _ = _check(question)
    assert not holds


def test_a_topic_the_point_lacks_lowers_coverage() -> None:
    holds, coverage = _check("hvad blev besluttet om svømmehallens takster?")
    assert holds and coverage < 0.6


def test_closed_point_never_holds() -> None:
    holds, _ = _check("hvad står der om takster?", punkt=2)
    assert not holds


def test_danish_letters_fold() -> None:
    meeting_q = analyze_question("hvad blev besluttet om solgarden")
    assert meeting_q.topic == ("solgarden",)
    assert one_edit("rekrutering", "rekruttering") and not one_edit("takst", "tekster")


def _evidence(question: str, known: set[str], text: str = "") -> tuple[bool, float]:
    analysis = analyze_question(question)
    weights = topic_weights(analysis, lambda _: 1.0, lambda stem: stem in known)
    point = MEETING.point(1)
    assert point is not None
    if text:
        point = AgendaPoint(
            1, point.title, "19/1234", False, (Section("Beslutning", text, 0, 0),), 0, 0
        )
    ev = check_point(analysis, MEETING, point, weights)
    return ev.answers(0.6), ev.coverage


def test_a_missing_word_the_archive_never_uses_weighs_more() -> None:
    # "skovbrynet", "takster" and "dagcenter" are covered, "svømmehal" is not: as a word no
    # minutes use it weighs twice a known one (3/5 covered), as a known word once (3/4).
    known = {"skovbryn", "takst", "dagcent"}
    question = "takster for svømmehal ved skovbrynets dagcenter"
    assert _evidence(question, known)[1] == pytest.approx(3 / 5)
    assert _evidence(question, known | {"svømmehal"})[1] == pytest.approx(3 / 4)


def test_a_word_written_in_parts_covers_the_word_written_together() -> None:
    answers, coverage = _evidence(
        "fik vi ja til innokorps", set(), text="4.4. Inno.korps - ja, med ledelsesmæssig opbakning."
    )
    assert answers and coverage == 1.0


def test_every_danish_word_of_the_glossary_can_be_checked() -> None:
    # A Danish phrase of function words only would cover any point.
    from api.retrieval.glossary import GLOSSARY
    from indexer.text import analyze

    for english, danish in GLOSSARY.items():
        assert any(analyze(d) for d in danish.split()), english


def test_a_dated_thing_must_be_that_version() -> None:
    """A year written after a word names a version: "skovbrynet 2021" is not the point titled
    "Skovbrynet 2019"; the point must write the thing with the year, or be of that year."""
    from api.answering.evidence import _version_holds

    def point(title: str, text: str) -> AgendaPoint:
        return AgendaPoint(1, title, None, False, (Section("Sagsfremstilling", text, 0, 0),), 0, 0)

    titled = point("Byrådsseminar 2019", "Programmet for seminaret, der holdes i 2021.")
    assert not _version_holds("byrådsseminar", 2021, titled, 2019)
    assert _version_holds("byrådsseminar", 2019, titled, 2018)
    # A range in the title holds the years within it; a compound holds its head word.
    ranged = point("Bemærkninger til budgetforslag 2020-2023", "")
    assert _version_holds("budgetforslag", 2021, ranged, 2019)
    assert _version_holds("budget", 2022, ranged, 2019)
    assert not _version_holds("budgetforslag", 2024, ranged, 2019)
    # Not in the title: the body writes the thing with the year, or the meeting is of it.
    body = point("Status", "Målsætningen om en samlet konkurrenceudsættelse på 30 % i 2015 holder.")
    assert _version_holds("målsætning", 2015, body, 2013)
    assert not _version_holds("målsætning", 2016, body, 2013)
    assert _version_holds("målsætning", 2013, body, 2013)
    # A word that merely begins like the thing is not it ("Byrådets ... 2022").
    other = point("Opsamling", "Byrådets temadrøftelse fra november 2022 blev drøftet.")
    assert not _version_holds("byrådsseminaret", 2022, other, 2023)


def test_a_danish_word_in_an_english_question_is_checked() -> None:
    analysis = analyze_question("what did the board decide about the skovbrynet takster 2019")
    words = [t.word for t in topic_weights(analysis, lambda _: 1.0, lambda s: True)]
    assert "skovbrynet" in words and "takster" in words
    # Short words the archive happens to spell are English words, not checked.
    analysis = analyze_question("what about the area")
    assert topic_weights(analysis, lambda _: 1.0, lambda s: True) == []


def test_a_named_committee_in_two_words_is_a_board() -> None:
    analysis = analyze_question("hvad besluttede teknisk udvalg om taksterne")
    assert analysis.constraints.boards == (("teknisk udvalg", True),)
    holds, _ = _check("hvad besluttede teknisk udvalg om Skovbrynets takster")
    assert not holds  # the meeting is Teknikudvalget's, not Teknisk Udvalg's


def test_the_head_of_a_compound_covers_the_word() -> None:
    """A Danish compound ends in what it is: "søen" is covered by "Mosesøen"; a word that is
    only the start of the question's word is not ("skole" does not cover "skolelukning")."""
    text = "Spejderne vil bygge to shelters ved Mosesøen."
    assert _evidence("hvor mange shelters ved søen", set(), text=text)[1] == 1.0
    other = "Skolen får nye borde."
    assert _evidence("skolelukning", set(), text=other)[1] == 0.0


def test_an_inflected_head_covers_the_word_through_its_stem() -> None:
    """ "nøgletals-samarbejdet": the point writes "Benchmarksamarbejdet", whose written form
    does not end in the question's stem ("samarbejd") but whose stem does; a short head
    ("byggeri" in "Kulturhusbyggeriet") is too common a word to count this way."""
    text = "Benchmarksamarbejdet mellem Nordby, Sydby og Østby udgøres af en rapport."
    assert _evidence("hvem er med i samarbejdet", set(), text=text)[1] == 1.0
    built = "Kulturhusbyggerierne ved havnen er forsinkede."
    assert _evidence("byggeriet", set(), text=built)[1] == 0.0


def test_a_missing_verb_costs_half_a_present_verb_counts_in_full() -> None:
    """ "blev der oprettet en innovationspulje": the minutes may say "etableret"; a verb the
    point lacks costs half its weight, one it holds is evidence in full."""
    with_pulje = "Der etableres en innovationspulje på 1 mio. kr."
    # No word is known to the archive here: the noun weighs double (2), the verb is never
    # weighed up as unknown (1) and, missing, costs half of that: 2 / 2.5.
    coverage = _evidence("blev der oprettet en innovationspulje", set(), text=with_pulje)[1]
    assert coverage == pytest.approx(2 / 2.5)
    with_verb = "Der blev oprettet en innovationspulje."
    assert _evidence("blev der oprettet en innovationspulje", set(), text=with_verb)[1] == 1.0


def _failed(question: str, text: str, title: str | None = None) -> tuple[str, ...]:
    analysis = analyze_question(question)
    weights = topic_weights(analysis, lambda _: 1.0, lambda _: True)
    point = AgendaPoint(
        1, title or "Øvrige sager", None, False, (Section("Beslutning", text, 0, 0),), 0, 0
    )
    return check_point(analysis, MEETING, point, weights).failed


def test_a_compound_needs_its_parts_together() -> None:
    """ "klima" in one sentence and "plan" in another make no "klimaplan": the point is near
    the matter (half the word), not about it; "en plan for klimaet" is about it."""
    apart = "Grøn omstilling og klima blev nævnt. Udvalget vedtog en ny plan for parkering."
    together = "Udvalget drøftede en plan for klimaet i kommunen."
    assert _evidence("klimaplan", set(), text=apart)[1] == pytest.approx(0.5)
    assert _evidence("klimaplan", set(), text=together)[1] == 1.0


def test_a_word_that_goes_on_into_a_compound_is_only_near() -> None:
    # "konsulentfirma" is not an inflection of "konsulent".
    text = "En konsulent fra HR holder oplæg."
    assert _evidence("konsulentfirma", set(), text=text)[1] == pytest.approx(0.5)
    assert _evidence("konsulenten", set(), text=text)[1] == 1.0


def test_an_abbreviation_covers_the_word() -> None:
    text = "4.12. Inno. pulje - nej"
    answers, coverage = _evidence("sagde de ja til en innovationspulje", set(), text=text)
    assert answers and coverage == 1.0


def test_a_name_by_its_initials() -> None:
    text = "Høje-Taastrup Kommune skal konkurrenceudsætte for yderligere 140 mio. kr."
    assert _evidence("hvor meget skal htk konkurrenceudsætte", set(), text=text)[1] == 1.0
    # Initials of ordinary words in a row are no name.
    other = "hvor tit kommer bussen til kommunen"
    assert _evidence("htk", set(), text=other)[1] == 0.0


def test_a_question_for_a_quantity_needs_a_number_beside_the_matter() -> None:
    question = "hvad kostede nytårskuren"
    without = "Direktionen drøftede den afholdte nytårskur. Budgettet for 2023 er 4 mio. kr."
    assert "amount" in _failed(question, without)
    assert "amount" not in _failed(question, "Nytårskuren kostede 45.000 kr.")
    # A number word counts; a year or a date does not.
    assert "amount" not in _failed("hvor mange temadage om sygefravær", "Der holdes tre temadage.")
    assert "amount" in _failed("hvor mange temadage om sygefravær", "Temadage i 2023 og 19.05.")
    # The point about the matter (its title) gives the amount anywhere.
    pool = "Der blev afsat 4 millioner kroner i budgetforliget."
    assert "amount" not in _failed("rekrutteringspulje beløb", pool, title="Rekrutteringspulje")


def test_a_question_for_money_needs_a_sum_in_the_point() -> None:
    # "hvad koster filmen": a point that only counts things ("tre tiltag") or names a year
    # beside the film does not say what it cost; one that writes a sum of money may.
    counts = "Der blev lavet en film i 2016. Direktionen valgte tre tiltag til formidlingen."
    assert "amount" in _failed("hvad koster filmen", counts, title="Formidling med film")
    english = "Skovbrynet lavede en film i 2016 med tre tiltag."
    assert "amount" in _failed("how much money did the Skovbrynet film cost", english)
    with_sum = counts + " Filmen kostede 45.000 kr. i alt."
    assert "amount" not in _failed("hvad koster filmen", with_sum, title="Formidling med film")
    millions = "Der blev lavet en film. Der er afsat to millioner kroner til formidling og film."
    assert "amount" not in _failed("hvor mange penge til filmen", millions)
    # A count question still needs only a number.
    assert "amount" not in _failed("hvor mange film blev der lavet", "Der blev lavet tre film.")


def test_a_season_holds_in_either_year() -> None:
    season = analyze_question("hvorfor steg sygefraværet i 2018/19?")
    assert season.constraints.seasons == ((2018, 2019),)
    holds, _ = _check("hvad blev besluttet om skovbrynets takster i 2018/19")
    assert holds
    holds, _ = _check("hvad blev besluttet om skovbrynets takster i 2024/25")
    assert not holds
    # A longer period is no season: each year must hold.
    assert analyze_question("budgetforslag 2020-2023").constraints.seasons == ()


def test_a_capital_the_sentence_gives_is_no_name() -> None:
    analysis = analyze_question("According to the report, what did Skovbrynet charge?")
    weights = topic_weights(analysis, lambda _: 1.0, lambda _: False)
    words = [t.word for t in weights]
    assert "Skovbrynet" in words and "According" not in words


def test_taking_a_stand_is_no_topic() -> None:
    assert analyze_question("har direktionen taget stilling til klimaplanen?").topic == (
        "klimaplanen",
    )
    assert analyze_question("hvem søgte stillingen som direktør?").topic == (
        "søgte",
        "stillingen",
        "direktør",
    )


def test_an_everyday_word_the_archive_never_uses_weighs_less_than_a_matter() -> None:
    # Neither "ekstra" nor "svømmehal" is in the archive; "ekstra" is everyday Danish (the
    # asker's phrasing), "svømmehal" a matter. The first costs EVERYDAY_WEIGHT, the second
    # UNKNOWN_WEIGHT, so the same point covers the first question better.
    assert everyday_word("betale") and everyday_word("ekstra")
    assert not everyday_word("svømmehal") and not everyday_word("dagcenter")
    assert everyday_word("payment", "en") and not everyday_word("betale", "en")
    known = {"skovbryn", "takst", "dagcent"}
    phrasing = _evidence("takster ekstra ved skovbrynets dagcenter", known)[1]
    matter = _evidence("takster for svømmehal ved skovbrynets dagcenter", known)[1]
    assert phrasing == pytest.approx(3 / (3 + EVERYDAY_WEIGHT))
    assert matter == pytest.approx(3 / (3 + UNKNOWN_WEIGHT))


def test_an_inflected_word_is_as_everyday_as_its_word() -> None:
    # The frequency lists count "opkald" often and "opkaldene" never; a rare matter stays rare
    # in any form.
    assert everyday_word("opkaldene") and everyday_word("ændringerne")
    assert not everyday_word("skolevejene") and not everyday_word("vejbelysningen")
    assert not everyday_word("changes", "da")
    # An infinitive counts as its present tense ("udkommer" is common, "udkomme" less so).
    assert everyday_word("udkomme")


def test_an_everyday_word_the_archive_knows_weighs_at_most_the_cap() -> None:
    # "ændringer" is everyday Danish; in a small archive it may stand in one point and be as
    # rare as a matter (rarity 1). Its weight is capped, a matter's is not.
    analysis = analyze_question("hvilke ændringer fik skolebestyrelsen med")
    weights = {t.word: t.weight for t in topic_weights(analysis, lambda _: 1.0, lambda _: True)}
    assert weights["ændringer"] == pytest.approx(EVERYDAY_CAP)
    assert weights["skolebestyrelsen"] == pytest.approx(1.0)


def test_a_scanned_point_covers_the_words_ocr_misread() -> None:
    """OCR reads "m" as "rn" and "l" as "1": a question typed right still meets the point."""
    scanned = _point(
        3,
        "Belysning af Sornrnervej ti1 skolen.",
        "Teknisk forvaltning har indhentet pris paa belysning af Sornrnervej.",
        "Bevi1ling paa 120.000 kr. gives.",
    )
    analysis = analyze_question("hvad kostede belysningen af Sommervej")
    weights = topic_weights(analysis, lambda _: 1.0, lambda _: True)
    ev = check_point(analysis, MEETING, scanned, weights)
    assert ev.holds and ev.coverage == 1.0, ev


@pytest.mark.parametrize(
    ("word", "read"),
    [("srnedegade", "smedegade"), ("ti1", "til"), ("k0mmune", "kommune"), ("2019", "2019")],
)
def test_ocr_read(word: str, read: str) -> None:
    assert ocr_read(word) == read


@pytest.mark.parametrize(
    ("question", "initials"),
    [
        ("hvornår kommer sagen om vejnavne på økonomiudvalget", "ØU"),
        ("hvornår skal børne- og ungeudvalget se planen", "BUU"),
    ],
)
def test_a_board_named_by_its_initials_holds(question: str, initials: str) -> None:
    point = _point(4, "Vejnavne", f"Sagen forelægges {initials} i marts.", "Godkendt.")
    analysis = analyze_question(question)
    weights = topic_weights(analysis, lambda _: 1.0, lambda _: True)
    assert check_point(analysis, MEETING, point, weights).holds
    other = _point(4, "Vejnavne", "Sagen forelægges KB i marts.", "Godkendt.")
    assert not check_point(analysis, MEETING, other, weights).holds


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("Chefforum anbefalede at udskyde vejnavnene til efteråret.", True),
        ("Der er modtaget høringssvar fra Chefforum om vejnavnene.", True),
        ("Chefforum har ikke tilsluttet sig forslaget om vejnavne.", True),
        ("Vejnavnene drøftes med chefforum inden sommerferien.", False),
        ("Udvalget besluttede at drøfte vejnavnene med chefforum.", False),
        ("Vejnavne afklares via chefforum, og at udvalget efterfølgende orienteres.", False),
    ],
)
def test_what_another_body_said_needs_them_saying_it(text: str, holds: bool) -> None:
    """A question "hvad sagde chefforum …" is answered only by a point that records chefforum
    saying, advising or deciding something, not by one that merely names it."""
    point = _point(5, "Vejnavne", text, "Godkendt.")
    analysis = analyze_question("hvad sagde chefforum til vejnavnene?")
    assert analysis.speaker == "chefforum"
    weights = topic_weights(analysis, lambda _: 1.0, lambda _: True)
    assert check_point(analysis, MEETING, point, weights).holds is holds
