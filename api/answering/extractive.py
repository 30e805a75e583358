"""Grounded extractive answers: short, direct, every quote with its [n] marker.

The order of work: the question was analysed once (``SearchResult.analysis``); a structural
question is answered from the structure (api.answering.structural); otherwise each retrieved
point is checked against the question's constraints and topic (api.answering.evidence) and only
a point that answers is cited — else the answer is a refusal that names the nearest points.
The answer leads with the sentence that answers (for a decision, the decision sentence or bullet
about the asked subject, not the whole block), then at most a few supporting quotes, each once,
within a character budget; a list asked for is given whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from api.answering import sentences
from api.answering.evidence import (
    Evidence,
    TopicWord,
    another_kind,
    asks_amount,
    asks_count,
    check_point,
    checkable_topic,
    dated_lines,
    duration_named,
    durations_given,
    joint_coverage,
    topic_weights,
    unread_weight,
    unread_words,
)
from api.answering.refusal import RefusalRule
from api.answering.sentences import Candidate, only_attendance, trim
from api.answering.structural import (
    answer_structurally,
    attendee_lead,
    board_display,
    first_line,
    header_line,
    known_head,
    names_a_role,
    part_asked,
    possessive,
    records_attendance,
)
from api.answering.types import (
    HOW_TO_ASK,
    NO_MATTER,
    REFUSAL,
    Answer,
    Language,
    Source,
    Suggestion,
    fmt_date,
)
from api.retrieval.analysis import QuestionAnalysis, analyze_question, names_board
from api.retrieval.fusion import PointResult
from api.retrieval.glossary import phrases
from api.retrieval.question import writes_day_of
from api.retrieval.retriever import SearchResult, Snapshot
from indexer.language import (
    BACK_REFERENCE_WORDS,
    CASE_NUMBER_ASKED_CUES,
    COUNT_WORDS,
    ENGLISH_SMALL_TALK,
    ERRAND_CUES,
    ERRAND_THING,
    FACT_PART_OPENERS,
    HISTORY_CUES,
    NUMBER_VALUES,
    SINCE_YEAR_CUES,
    SMALL_TALK,
    STOP_WORDS,
    WHOLE_TIME_WORDS,
    YES_NO_OPENERS,
    everyday_word,
    fold,
    not_english,
)
from indexer.models import AgendaPoint, Meeting, Section
from indexer.text import analyze, tokenize

_HISTORY_RE = re.compile(HISTORY_CUES, re.IGNORECASE)
_CASE_NUMBER_ASKED_RE = re.compile(CASE_NUMBER_ASKED_CUES, re.IGNORECASE)
_SINCE_YEAR_RE = re.compile(SINCE_YEAR_CUES, re.IGNORECASE)
# A capitalised word: in a sentence, past its first word, a name ("Vedr. Solgården").
_CAPITALISED_RE = re.compile(r"(?<!\w)[A-ZÆØÅ][\w.-]*\w")
# What opens a line before its first word: bullets and enumerators ("- 4.12.", "2)").
_LINE_OPENING_RE = re.compile(r"^[\s\-–•·*]*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s*)?")
# A decision block this short is the answer as it stands; a longer one covers several matters
# and only the sentence or bullet about the asked subject is quoted.
_WHOLE_DECISION_CHARS = 300
# A supporting sentence or one of several quoted from a long decision is cut between clauses
# to about this length (sentences.shorten), so that more facts fit the budget; so is each item
# of a list cut to fit (_fit_list), to a shorter length.
_SENTENCE_CHARS = 200
# A decision sentence stands out from the rest of its block when it matches the question at
# least this many times as well as the next best (_decision_quote).
_STANDOUT_MATCH = 2.0
_ITEM_CHARS = 140
# A list longer than this is cut at an item boundary even when asked for (a source link follows).
_LIST_CHARS = 1200
# Two points may answer together a question about two matters (``_pair``): among the best
# this many, covering together this much more than one point must.
_PAIR_DEPTH = 3
_PAIR_MARGIN = 0.1
# How close (cosine) a word the archive never uses must be to the point it finds first by
# meaning for the point to say it in other words (``_said_otherwise``). Chosen by 5-fold
# cross-validation (benchmarks/meaning_floor.py) over every spent question file, the generated
# negatives and the spent layout sets, on the 265 questions whose only obstacle was such a
# word: the folds chose 0.85-0.86; held out, 7 answered at the right point and 1 wrongly.
# The stricter of the two: an answer without evidence is worse than a refusal.
MEANING_FLOOR = 0.86
# Or how far above the other points the word finds that point stands, in standard deviations
# of their scores (``Nearest.standout``): a paraphrase's point stands out ("middagsmad" finds the
# point on a "madordning" at 0.857, 4.1 deviations above the rest) where a lacking matter finds
# several points about as near. Chosen by the same cross-validation (benchmarks/meaning_floor.py
# --standout), the floor held: in each of 5 shuffles of 5 folds the held-out folds answered 28
# at the right point and 1 wrongly, against 6 and 0 by the floor alone (673 cases from every
# spent question file, 5,299 generated negatives and 53 spent layout sets; the gains were
# layout questions, citizens' paraphrases in small archives).
# It is measured against the word's nearest 40 points, not the whole archive: in a large
# archive those stand closer together, which should make the rule stricter, not looser.
MEANING_STANDOUT = 2.6
# A point of the board the question names leads when it scores at least this share of the top
# point of another board: "ældrerådets høringssvar" is first the Ældreråd's own minutes, though
# the committee's minutes that quote the hearing score a little higher.
_OWN_BOARD_SHARE = 0.8
# A point that holds every word of the question leads one holding its rarest word only in part
# when its retrieval score is at least this share of the first's.
_WHOLE_SHARE = 0.8
# A supporting sentence is cut to fit the room left when at least this much is left.
_MIN_FIT_CHARS = 90


@dataclass(frozen=True)
class _Checked:
    result: PointResult
    meeting: Meeting
    point: AgendaPoint
    evidence: Evidence


# What a point about the matter did not give, by the check that failed (see near_miss).
_NOT_GIVEN = {
    "amount": {"da": "beløbet", "en": "amount"},
    "figure": {"da": "tallet", "en": "figure"},
    "name": {"da": "navnet", "en": "name"},
    "time": {"da": "tidspunktet", "en": "date"},
    "address": {"da": "adressen", "en": "address"},
    "outcome": {"da": "udfaldet", "en": "outcome"},
    "resolution": {"da": "hvad der blev valgt eller besluttet", "en": "choice or decision"},
    "responsible": {"da": "hvem der er ansvarlig", "en": "one responsible"},
    "rejection": {"da": "noget afslag", "en": "refusal"},
}


class ExtractiveAnswerer:
    """Compose a grounded answer from the agenda points that answer, quoting their sentences.

    Args:
        rule: the retrieval-signal refusal rule (see api.answering.refusal).
        max_points: at most this many points cited.
        max_chars: the answer's budget in characters (a list asked for is given whole).
        min_coverage: the share of the question's topic (rarity-weighted) a cited point must
            cover; calibrated by cross-validation (benchmarks/calibrate.py, README).
        depth: how many retrieved points are checked for evidence.
    """

    def __init__(
        self,
        rule: RefusalRule | None = None,
        max_points: int = 3,
        max_chars: int = 600,
        min_coverage: float = 0.6,
        depth: int = 5,
    ) -> None:
        self.rule = rule or RefusalRule()
        self.max_points = max_points
        self.max_chars = max_chars
        self.min_coverage = min_coverage
        self.depth = depth

    def answer(self, question: str, result: SearchResult, snapshot: Snapshot) -> Answer:
        analysis = result.analysis or analyze_question(question)
        language = analysis.language
        greeted = _small_talk(analysis.text, language)
        if greeted is not None:
            # "hej", "mange tak": nothing is asked, so nothing is refused or suggested.
            return Answer(text=HOW_TO_ASK[greeted], refused=True, language=greeted, hint=False)
        # "hvem deltog i legepladser i januar 2023": a meeting question about something the
        # archive never mentions is no meeting question; the evidence rule answers it.
        unknown = analysis.intent in ("attendance", "overview") and any(
            not snapshot.lexical.knows_any(w)
            # "hvem var sekretær på mødet": a role the headers give is no unknown matter.
            # "hvem tog referat": how the question asks names no matter either.
            and not (
                analysis.intent == "attendance"
                and (
                    names_a_role(w, snapshot.attendee_roles)
                    or w in analysis.verbs
                    # "… at the seminar at Quality Hotel": the venue the header gives.
                    or fold(w) in snapshot.header_words
                    or w.lower() in WHOLE_TIME_WORDS
                    # "hvem deltog i budgetdelen": a part of the meeting named by a compound
                    # on a known word, where the meeting's programme has a line for it (the
                    # programme read only for such a word).
                    or (
                        known_head(w, snapshot.lexical.idf_known) and part_asked(analysis, snapshot)
                    )
                )
            )
            for w in checkable_topic(analysis)
        )
        structural = None if unknown else answer_structurally(analysis, snapshot)
        if structural is not None:
            return structural
        asked = analysis.constraints
        if (
            not analysis.topic
            and asked.date_from is None
            and not asked.years
            and asked.punkt is None
            and asked.case_number is None
            and not asked.names
            and analysis.intent not in ("attendance", "overview")
        ):
            # "hvad blev besluttet?", "what did the board decide?": no matter, meeting, case or
            # point is named, so no point can be shown to answer it; say how to ask.
            return Answer(text=NO_MATTER[language], refused=True, language=language, hint=False)
        weights = _topic_weights(analysis, snapshot)
        checked = self.check(analysis, result, snapshot, weights)
        if (
            analysis.language == "en"
            and analysis.topic
            and (
                not weights
                # "a recipe for Danish apple cake": the matter is in the words no minutes can
                # be searched for; the everyday words left ("Danish") are not it.
                or _unread_matter(analysis, weights, snapshot.lexical.idf_known)
            )
            # A meeting asked for by its date, or who attended it, is evidence of its own.
            and not analysis.constraints.day_or_month
            and analysis.intent not in ("attendance", "who", "overview")
            # A Danish word typed without æøå ("sygefravaerspulje") is no English word.
            and not any(not_english(w) for w in analysis.topic)
        ):
            # "how much did the new year's reception cost": no word of the matter can be
            # looked for in Danish minutes (none is a name, none has a Danish word), so no
            # point can be shown to be about it — whatever ranks first is not evidence.
            return self.near_miss(analysis, checked, snapshot.lexical.knows_any)
        about_meeting = analysis.wants("attendance") or analysis.wants("who")
        own = (
            {m.group(1).lower() for m in _ERRAND_THING_RE.finditer(analysis.text)}
            if _ERRAND_RE.search(analysis.text)
            else set()
        )
        passing = [
            c
            for c in checked
            if c.evidence.answers(self.min_coverage)
            and not _verbs_only(weights, c)
            and not own & {w.lower() for w in c.evidence.missing}
        ]
        lost = _detail_lost(checked, passing[0], weights, self.min_coverage) if passing else None
        if lost is not None:
            return self.near_miss(
                analysis,
                [lost, *(c for c in checked if c is not lost)],
                snapshot.lexical.knows_any,
                detail=True,
            )
        if not passing and checked:
            rescued = self._said_otherwise(analysis, checked[0], result, weights)
            if rescued is None:
                rescued = self._paraphrased(analysis, checked[0], result, weights)
            passing = [rescued] if rescued is not None else []
        paired = not passing
        titled = _titles_named(analysis, checked)
        if titled:
            # "what got minuted for the organisation status and political life items": the
            # points the question names by their titles answer, each its part, though another
            # point (the day's programme) names both matters.
            passing, paired = titled, True
        elif paired:
            passing = self._pair(analysis.text, checked, weights)
        elif _lacks_joined(analysis.text, weights, passing[0]):
            # "hvor mange penge blev afsat til hhv. rekruttering og sygefravær": the best point
            # answers one of two matters the question joins; another answers the other.
            pair = self._pair(analysis.text, checked, weights)
            if any(c is passing[0] for c in pair):
                passing, paired = pair, True
        if not passing or self.rule.refuse(
            result, language, about_meeting, _words_found(weights, passing[0])
        ):
            return self.near_miss(analysis, checked, snapshot.lexical.knows_any)
        if paired and _periods_asked(analysis):
            # "økonomiopfølgning i jan og maj 2013": each period's part, in time order.
            passing = sorted(passing, key=lambda c: (c.meeting.date, c.point.number))
        if not paired:
            # A board the question names outweighs a title it names.
            passing = _own_board_first(
                analysis,
                _titled_first(analysis, _month_first(analysis, _whole_first(weights, passing))),
            )
        # Read once: whether each meeting's part is asked decides what is chosen and how.
        over_time = _over_time(analysis, passing)
        chosen = passing if paired else self._choose(analysis, passing, over_time)
        if not paired:
            chosen = self._years_by_part(analysis, chosen, checked, snapshot)
            chosen = _same_case_per_period(analysis, chosen, snapshot, weights)
            counted = _each_titled(analysis, chosen, checked, weights)
            # Each point counted answers its part: they share the room, as a pair does.
            paired = len(counted) > len(chosen)
            chosen = counted
        again = [] if paired or len(chosen) > 1 else _done_again(analysis, weights, passing)
        if again:
            # "hvad orienterede lars holte om på mødet 21. maj": what was done at the meeting
            # asked for, done under two points; each answers its part.
            chosen = [*chosen, *again[: self.max_points - 1]]
        rarity = snapshot.lexical.rarity
        parts: list[str] = []
        sources: list[Source] = []
        # "hvem var med da digitaliseringsstrategien blev behandlet": the point that records who
        # took part answers first; the meeting's header follows it.
        header_last = analysis.intent == "attendance" and records_attendance(chosen[0].point)
        header, facts = "", ""
        if analysis.intent == "attendance":
            header, facts = header_line(chosen[0].meeting, language)
            if header and not header_last:
                lead = attendee_lead(analysis, chosen[0].meeting, 1)
                parts.append(f"{lead}\n{header} [1]" if lead else f"{header} [1]")
                sources.append(Source(1, chosen[0].meeting, None, "Mødedeltagere", facts))
        # "hvordan er sygefravær kommet op gennem tiden": each meeting that dealt with the
        # matter says its part, rather than the first one's supporting quotes taking the room.
        history = len(chosen) > 1 and (over_time or bool(_periods_asked(analysis)))
        shared = paired or history or bool(again)
        # Over time, the answer has several frames (board, date, point) to carry: a third more
        # room, as a decision block has.
        total = self.max_chars + self.max_chars // 3 if history else self.max_chars
        if header_last and header:
            total -= len(header) + 6  # the header's room, after the point
        for k, c in enumerate(chosen):
            n = len(sources) + 1
            budget = total - sum(len(p) for p in parts)
            if shared:
                # Each of two points answers its part: they share the budget, no supporting
                # quotes take the second one's room.
                budget //= len(chosen) - k
            elif sources and budget < 120:
                break
            primary = not sources and not paired
            text, source = self._answer_point(analysis, c, n, rarity, budget, primary)
            if text:
                parts.append(text)
                sources.append(source)
        if not sources:
            return self.near_miss(analysis, checked, snapshot.lexical.knows_any)
        if header_last and header:
            n = len(sources) + 1
            parts.append(f"{header} [{n}]")
            sources.append(Source(n, chosen[0].meeting, None, "Mødedeltagere", facts))
        return Answer(text="\n\n".join(parts), refused=False, language=language, sources=sources)

    def check(
        self,
        analysis: QuestionAnalysis,
        result: SearchResult,
        snapshot: Snapshot,
        weights: list[TopicWord] | None = None,
    ) -> list[_Checked]:
        """Evidence for each of the top retrieved points (in retrieval order); ``weights`` are
        the question's :func:`topic_weights`, computed here when not given."""
        if weights is None:
            weights = _topic_weights(analysis, snapshot)
        header = analysis.intent == "attendance"
        unread = unread_weight(analysis, weights, snapshot.lexical.idf_known)
        out: list[_Checked] = []
        for pr in result.points[: self.depth]:
            meeting = snapshot.meetings.get(pr.meeting_id)
            point = meeting.point(pr.punkt) if meeting else None
            if meeting is None or point is None or point.closed:
                continue
            evidence = check_point(
                analysis, meeting, point, weights, with_header=header, unread=unread
            )
            out.append(_Checked(pr, meeting, point, evidence))
        return out

    def _said_otherwise(
        self,
        analysis: QuestionAnalysis,
        top: _Checked,
        result: SearchResult,
        weights: list[TopicWord],
    ) -> _Checked | None:
        """The top point again, when only words the archive never uses stand in its way and
        the point says them in other words: both rankings put it first, and each such word
        alone finds it first by meaning, closely ("supermarked" the point about a
        "dagligvarebutik") or standing out from the other points it finds ("sportshallen" the
        point on "Havnehallen"). A small archive knows few words, so a paraphrase looks like a
        matter it lacks; a matter it lacks finds some other point, or none closely."""
        failed = top.evidence.failed
        near = result.nearest_by_meaning
        key = (top.meeting.meeting_id, top.point.number)
        if (
            near is None
            or not failed
            or not all(f.startswith("unknown ") for f in failed)
            or not _first_in_both(result, top)
        ):
            return None
        words = frozenset(f.split(" ", 1)[1] for f in failed)
        if not all(_found_by_meaning(result, word, key) for word in words):
            return None
        if any(another_kind(word, top.point) for word in words):
            # "demensstrategi" found by meaning at the point on the digitalisation strategy:
            # another kind of strategy, near in meaning through the part they share.
            return None
        evidence = check_point(
            analysis,
            top.meeting,
            top.point,
            weights,
            with_header=analysis.intent == "attendance",
            meant=words,
        )
        if not evidence.answers(self.min_coverage):
            return None
        return _Checked(top.result, top.meeting, top.point, evidence)

    def _paraphrased(
        self,
        analysis: QuestionAnalysis,
        top: _Checked,
        result: SearchResult,
        weights: list[TopicWord],
    ) -> _Checked | None:
        """The top point, when the question says its matter in other words: both rankings put
        it first, every constraint holds, and each topic word it lacks is how the question asks
        (a verb, or an everyday word the archive uses: "hvem tager drøftelsen videre", "hvilke
        ændringer ville direktionen have") or a compound part of which stands in it
        ("uddannelsesprogrammet" for "programmet … uddannelse"). A rare word it lacks
        ("Solgårdens", "parking", "rekrutteringspuljen") is a matter it is not about, and
        refuses as before."""
        e = top.evidence
        if (
            not e.holds
            or e.coverage < self.min_coverage * PARAPHRASE_SHARE
            or not _first_in_both(result, top)
        ):
            return None
        lacking = [t for t in weights if t.word in e.missing]
        # A figure asked for is the figure of the thing the question names: "hvad koster
        # byggeriet af rådhuset i alt" is not answered by the sum of the point's other work; a
        # time asked for likewise ("hvornår forventer vi svar fra fonden" is not answered by a
        # point about the application that never speaks of an answer).
        own_words_asked = asks_amount(analysis.text) or analysis.intent == "when"
        # An everyday word the archive never uses may be a matter it lacks ("den nye bus til
        # Lilleø" where the minutes hold a ferry): only the archive's own ordinary words pass.
        key = (top.meeting.meeting_id, top.point.number)
        if all(
            t.verb
            or (t.word in e.near and not another_kind(t.word, top.point))
            or (t.everyday and t.archived and not own_words_asked)
            # "rygestop-kursus" for the point on the "Rygestop-forløb": a word the point never
            # writes that alone finds it first by meaning, closely or standing out, says its
            # matter in other words (as ``_said_otherwise`` reads a word no minutes use).
            or (not own_words_asked and _meant_here(result, t, key, top.point))
            for t in lacking
        ):
            return top
        return None

    def _pair(
        self, question: str, checked: list[_Checked], weights: list[TopicWord]
    ) -> list[_Checked]:
        """Two of the best points that answer together what neither answers alone: each
        holds the question's constraints and covers part of its topic the other lacks, and
        together they cover what one point must."""
        if len(weights) < 2 or not _JOINS_TWO_RE.search(question):
            # "parking arrangements for staff at the new town hall" is one matter: two points
            # that hold a part each do not answer it.
            return []
        # Two words are two matters only when the question joins them ("rekrutteringspuljen og
        # sygefraværspuljen", not "the new outdoor pool") and each point holds its own whole:
        # nothing of the question may be left out.
        if len(weights) == 2 and not _joined(question, weights[0].word, weights[1].word):
            return []
        need = 1.0 if len(weights) == 2 else self.min_coverage + _PAIR_MARGIN
        held = [
            c for c in checked[:_PAIR_DEPTH] if c.evidence.holds and not _verbs_only(weights, c)
        ]
        # Everyday words the archive never writes as such ("bor", found only as the start of
        # "borgermøder"): no matter of a point's own.
        everyday = {t.word for t in weights if t.everyday and not t.archived}
        for i, a in enumerate(held):
            for b in held[i + 1 :]:
                own_a = set(b.evidence.missing) - set(a.evidence.missing)
                own_b = set(a.evidence.missing) - set(b.evidence.missing)
                if not own_a or not own_b:
                    continue
                if not (own_a - everyday) or not (own_b - everyday):
                    # A point that adds only such a word ("bor" of "min mor bor i …") answers
                    # no matter of its own: the other point is the answer.
                    continue
                if joint_coverage(a.evidence, b.evidence, weights) >= need - 1e-9:
                    # In the order the question names their matters (where it writes them,
                    # not how rare they are).
                    first_a = min(_word_position(question, w) for w in own_a)
                    first_b = min(_word_position(question, w) for w in own_b)
                    return [a, b] if first_a <= first_b else [b, a]
        return []

    def near_miss(
        self,
        analysis: QuestionAnalysis,
        checked: list[_Checked],
        knows: Callable[[str], bool] = lambda _w: True,
        detail: bool = False,
    ) -> Answer:
        """A refusal that says what was not found and names the nearest points; ``detail``
        when the nearest is about the matter and lacks only the detail asked for. Marked
        ``wider``: points past the question's dates may be nearer."""
        answer = self._near_miss(analysis, checked, knows, detail)
        answer.wider = True
        return answer

    def _near_miss(
        self,
        analysis: QuestionAnalysis,
        checked: list[_Checked],
        knows: Callable[[str], bool],
        detail: bool,
    ) -> Answer:
        language = analysis.language
        suggestions = [Suggestion(c.meeting, c.point) for c in checked[:3]]
        missing = checked[0].evidence.missing if checked else ()
        if checked and all(w[:1].isupper() for w in missing):
            # Only names were lacking ("Taastrup"), or nothing: what was not found is also
            # what the question says in words nothing could look for ("a good playlist for …
            # summer party").
            missing = (*missing, *unread_words(analysis, knows))
        topic = _missing_span(analysis, missing) if checked else ""
        if (
            checked
            and checked[0].evidence.failed
            and all(f.startswith("year ") for f in checked[0].evidence.failed)
        ):
            # The nearest point is about the matter in another year: the matter with its year
            # is what was not found.
            topic = analysis.topic_span
        topic = _echoable(topic or analysis.topic_span or " ".join(analysis.topic), knows)
        if not suggestions or not topic:
            return Answer(
                text=REFUSAL[language], refused=True, language=language, suggestions=suggestions
            )
        first = suggestions[0]
        assert first.point is not None
        title, number = first.point.title, first.point.number
        where = f"{fmt_date(first.meeting.date)}, Punkt {number}"
        failed = checked[0].evidence.failed

        def naming_nearest(danish: str, english: str) -> Answer:
            # What was not found, then the nearest point, in the question's language.
            text = (
                f"{danish} Nærmest er {title} ({where})."
                if language == "da"
                else f"{english} The nearest is {title} ({fmt_date(first.meeting.date)}, "
                f"item {number})."
            )
            return Answer(
                text=text, refused=True, language=language, suggestions=suggestions, hint=False
            )

        boards = [f.split(" ", 1)[1] for f in failed if f.startswith("board ")]
        if boards and len(boards) == len(failed):
            # "how did the Technical and Environmental Committee vote on …": the nearest point
            # is about the matter, at another board; say whose minutes were not found.
            name = board_display(boards[0])
            return naming_nearest(
                f"Jeg fandt intet fra {name} om det.", f"I found nothing from {name} on that."
            )
        if failed in (("name",), ("responsible",), ("resolution",), ("rejection",)) or (
            failed in (("amount",), ("time",), ("address",), ("outcome",))
            # "hvor stort et beløb blev der søgt …": the verb that asks is no matter lacked;
            # "hvornår forventer vi svar fra fonden": the time of what the point never names.
            and (
                all(w in analysis.verbs for w in checked[0].evidence.missing)
                or failed == ("time",)
                or detail
            )
        ):
            # The point is about the matter but gives no figure (no name) beside it: say that,
            # rather than that nothing was found about the whole question.
            what = _NOT_GIVEN[failed[0]][language]
            if failed == ("amount",) and asks_count(analysis.text):
                # "hvor mange elever …": a count is no sum of money.
                what = _NOT_GIVEN["figure"][language]
            return naming_nearest(
                f"Jeg fandt ikke {what} i referaterne.",
                f"I found no {what} for that in the minutes.",
            )
        named = duration_named(analysis.text)
        if named and not any(durations_given(analysis.text, c.point) for c in checked):
            # "a four-day work week to help recruitment": the point is about recruitment, not
            # about the week of that length the question names.
            topic = named
        return naming_nearest(f"Jeg fandt intet om {topic}.", f"I found nothing about {topic}.")

    def _choose(
        self,
        analysis: QuestionAnalysis,
        passing: list[_Checked],
        wants_history: bool | None = None,
    ) -> list[_Checked]:
        if wants_history is None:
            wants_history = _over_time(analysis, passing)
        top = passing[0]
        chosen = [top]
        for other in passing[1:]:
            if len(chosen) >= self.max_points:
                break
            close = other.result.score >= 0.85 * top.result.score
            if (wants_history and other.result.score >= 0.6 * top.result.score) or (
                close and other.meeting.meeting_id != top.meeting.meeting_id
            ):
                chosen.append(other)
        periods = _periods_asked(analysis)
        if periods:
            # "hvad besluttede de i 2013 og senere i 2017", "both in jan 2013 and in may
            # 2013": each year or month asked for gets its best point, however far behind the
            # first one's it ranks, before a second point of a period already answered. The
            # best-evidenced point still leads (as everywhere): the order of the periods in the
            # question says no more about which matters most.
            seen = {_period_of(top, periods)}
            firsts = [top]
            for other in passing[1:]:
                period = _period_of(other, periods)
                if period in periods and period not in seen:
                    seen.add(period)
                    firsts.append(other)
            rest = [c for c in chosen if all(c is not f for f in firsts)]
            chosen = (firsts + rest)[: max(self.max_points, len(periods))]
        return chosen

    def _years_by_part(
        self,
        analysis: QuestionAnalysis,
        chosen: list[_Checked],
        checked: list[_Checked],
        snapshot: Snapshot,
    ) -> list[_Checked]:
        """``chosen``, with a point for each year a part of the question asks about that no
        chosen point is of: "what did they decide on X in May 2013, and how was Y settled in
        June 2017" asks two things of two meetings, and the 2013 point, which holds nothing of
        Y, is checked against the part that asks about it (every word of that part must hold
        as for a question of its own)."""
        if not _per_year(analysis):
            return chosen
        parts = sentences.question_parts(analysis.text)
        if len(parts) < 2:
            return chosen
        have = {c.meeting.date.year for c in chosen}
        out = list(chosen)
        for part in parts:
            asked = analyze_question(part)
            years = set(asked.constraints.years)
            if not years or years & have or not asked.topic:
                continue
            weights = _topic_weights(asked, snapshot)
            if not weights:
                continue
            for c in checked:
                if c.meeting.date.year not in years or any(c.point is o.point for o in out):
                    continue
                evidence = check_point(asked, c.meeting, c.point, weights)
                if evidence.answers(self.min_coverage):
                    out.append(_Checked(c.result, c.meeting, c.point, evidence))
                    have |= years
                    break
        return out

    def _answer_point(
        self,
        analysis: QuestionAnalysis,
        checked: _Checked,
        n: int,
        rarity: Callable[[str], float],
        budget: int,
        primary: bool,
    ) -> tuple[str, Source]:
        meeting, point, lang = checked.meeting, checked.point, analysis.language
        marker = f"[{n}]"
        label = (
            f"Punkt {point.number}: {point.title}"
            if lang == "da"
            else f"item {point.number}: {point.title}"
        )
        if point.case_number and _CASE_NUMBER_ASKED_RE.search(analysis.text):
            # "under which case number": the point's case number is part of the answer, and
            # the minutes give it in the point's header, not in a sentence to quote.
            label += (
                f", sagsnr. {point.case_number}" if lang == "da" else f", case {point.case_number}"
            )
        focus = checked.result.hits[0].chunk.body if checked.result.hits else ""
        cands = sentences.candidates(point, analysis.text, focus, rarity, lang)
        wants_list = analysis.wants("list")
        decisions = [d for d in point.decisions if d.text.strip()]
        # A decision question (or a plain one about a point that was decided) leads with the
        # decision; a question for a fact, a date or a name leads with the sentence that holds
        # it, wherever it stands.
        q_terms = sentences.question_terms(analysis.text, lang)
        # The question's matter, not how it asks ("hvor høj" is no item's "højeste").
        topic_terms = sentences.question_terms(" ".join(analysis.topic), lang)
        block = decisions[-1] if decisions else None
        lead_decision = (
            block is not None
            and (
                analysis.intent == "decision"
                or (analysis.intent == "free" and _decision_answers(q_terms, point, block, cands))
            )
            # "hvorfor ...": the account gives the cause; a decision rarely says why.
            and not (sentences.asks_why(analysis.text) and not sentences.gives_reason(block.text))
            # "hvad hedder projektet": the sentence that gives the name, unless the decision does.
            and not (sentences.asks_name(analysis.text) and not sentences.gives_name(block.text))
            # "hvad er en jobbutik egentlig": the sentence that says what it is, unless the
            # decision does.
            and not (
                sentences.asks_describe(analysis.text)
                and not sentences.gives_description(block.text)
            )
        )
        # "hvornår blev … behandlet": the answer is when the board dealt with it — its dated
        # decision, under the heading the minutes give it ("Beslutning i Direktionen den …").
        dealt_with = (
            block is not None
            and analysis.intent == "when"
            and sentences.asks_when_dealt_with(analysis.text)
        )
        lead_decision = lead_decision or dealt_with
        # A question that asks two things ("hvornår vedtages politikken, og hvornår er den i
        # høring") leads with the decision only when one of its parts asks for it.
        plan = _part_plan(analysis.text, point, focus, rarity, lang, block)
        if plan and not dealt_with:
            lead_decision = lead_decision and any(part.decides for part in plan)
        if lead_decision and not primary and not dealt_with and block is not None:
            # A further point of an answer over time ("sygefravær gennem tiden") says what it
            # holds about the matter: a decision that never names it (the benchmark point's
            # decision is about the report's next issue) is not that, a sentence that does is.
            topic = {fold(t) for t in topic_terms}
            names = {fold(t) for t in tokenize(block.text + " " + point.title)}
            elsewhere = any(
                topic & {fold(t) for t in tokenize(c.sentence)}
                for c in cands
                if c.section is not block
            )
            lead_decision = bool(topic & names) or not elsewhere
        used: set[int] = set()
        room = budget - len(label) - 40  # the frame: board, date and label
        # What was decided is the answer to a decision question: its block may take the room
        # of the supporting quotes too, and a third over the budget at most.
        lead_budget = budget + budget // 3 if lead_decision else budget
        if lead_decision and block is not None:
            # Room for the sentences that answer the question's other parts: the decision is
            # cut to its telling sentences rather than crowd them out.
            reserve = sum(
                min(len(part.top.sentence), _SENTENCE_CHARS) + 6
                for part in plan
                if not part.decides and part.top is not None and part.top.section is not block
            )
            lead_budget = max(budget // 2, lead_budget - reserve)
        lead_cand: Candidate | None = None
        if lead_decision and block is not None:
            quote = _decision_quote(
                block,
                cands,
                used,
                _named_subjects(q_terms, point),
                max(_MIN_FIT_CHARS, room + lead_budget - budget),
                q_terms,
                point.title,
            )
            section = block
        else:
            pool = [c for c in cands if c.score > 0] or cands[:1]
            if not pool:
                return "", Source(n, meeting, point, "", "")
            best = _lead(pool, wants_list, _kind_stem(analysis.text))
            asked = _beyond_title(q_terms, point)
            # "hvorfor foreslår HR-centret en redegørelse": a list that says how many reasons
            # it gives ("har to hovedformål:") answers whole.
            reasons = sentences.asks_why(analysis.text) and sentences.announced_count(
                best.sentence
            ) == len(best.follows)
            item = None if wants_list or reasons else _standout_item(best, cands, asked)
            if item is not None:
                # "hvilken direktør har sporet grøn kommune": the one item about the asked
                # thing, with its introduction, not the whole list.
                best = item
            intro = _introduction(best, cands)
            # "hvem skal lede programmet": the item that names who ("- BYC har
            # programledelsen.") answers alone.
            who_item = analysis.wants("who") and sentences.names_actor(best.sentence)
            # A table's row says all it holds in its cells ("Projektmandat vedr. friluftsguide.dk
            # <TAB>Maj/juni<TAB>BYC"): under the table's head, it answers alone.
            row = intro is not None and sentences.table_row(best.sentence) and not wants_list
            if (
                intro is not None
                and item is None
                and not who_item
                and not row
                and not _named_subjects(q_terms, point)
            ):
                # A list item answers as part of its list when the question names no matter
                # inside the point ("hvordan blev pengene fordelt" wants every item; "hvor meget
                # stiger Solgårdens takster" only the Solgården item).
                used.add(best.order)
                best = intro
            elif intro is not None:
                # The item is quoted with its introduction: its list is not quoted again.
                used.add(intro.order)
            used.add(best.order)
            used.update(_items_of(best, cands))
            quote = _quote(best, wants_list)
            if row and intro is not None:
                # The table's other rows are about other matters: none supports this one.
                used.update(_items_of(intro, cands))
            if (
                not wants_list
                and best.follows
                and (
                    len(quote) > room
                    or (len(best.quote) > room and _asks_items(best, topic_terms, point))
                )
            ):
                # A long list the question did not ask for whole: the items it asks about
                # (one over _LIST_CHARS would be quoted as its bare introduction, "…
                # konkluderer bl.a. følgende:", when the question's matter names an item).
                quote = _fit_list(
                    best, q_terms, room, describe=sentences.asks_describe(analysis.text)
                )
            section = best.section
            lead_cand = best
        frame = _frame(meeting, section, label, lang, dated_heading=dealt_with)
        if not wants_list and len(frame) + len(quote) + 8 > lead_budget:
            # The budget holds for the lead too; the source link gives the rest.
            quote = trim(quote, max(160, lead_budget - len(frame) - 8), _TRIM_TAIL)
        lead = f"{frame} «{quote}» {marker}"
        if lead_decision and len(decisions) > 1:
            # Earlier decision blocks (postponed, sent back) in one line each, with their dates.
            earlier = [
                f"{fmt_date(d.decision_date) or '?'}: «{first_line(d.text)}» {marker}"
                for d in decisions[:-1]
            ]
            lead += ("\nTidligere: " if lang == "da" else "\nEarlier: ") + "; ".join(earlier)
        quotes = [quote]
        if not primary:
            return lead, Source(n, meeting, point, section.name, trim(quote, 300))
        support: list[str] = []
        length = len(lead) + 25
        extra: list[Candidate] = []
        if (
            block is not None
            and not lead_decision
            and len(block.text) <= 160
            and not sentences.asks_why(analysis.text)
        ):
            # A short decision ("Udsættes.", "Godkendt.") says what became of the matter (a
            # question for a cause does not ask that).
            extra = [c for c in cands if c.section is block and c.order not in used][:1]
        # A question that asks two things ("hvor mange penge, og hvordan skal de bruges") gets
        # the best sentence for each part it asks, before the best for the whole.
        per_part = _part_answers(plan, used, block)
        if lead_cand is not None:
            # The sentence that goes on with the lead ("Hertil kommer 0,1 mio. kr. …") comes
            # next: it completes the answer the lead gives — after what another part of the
            # question asks ("… og virker den"), which the lead does not answer at all.
            per_part = [*per_part, *_continuation(lead_cand, cands, used)]
        # The budget goes to the best sentences first; they are shown in reading order.
        ranked = sorted(sentences.best(cands, 4, exclude=used), key=lambda c: (-c.score, c.order))
        placed: list[tuple[int, str]] = []
        asked_parts = {c.order for c in per_part}
        asks_sum = asks_amount(analysis.text)
        for c in [*per_part, *extra, *ranked]:
            if c.order in used or (only_attendance(c.sentence) and not analysis.wants("who")):
                continue
            # What a part of the question asks is no supporting quote: it may take a third
            # over the budget, as a decision block may.
            limit = budget + budget // 3 if c.order in asked_parts else budget
            q = _quote(c, wants_list)
            if c.intro and not c.follows and any(c.intro in x for x in quotes):
                q = c.sentence  # an item of a list whose introduction is quoted already
            if not c.follows:
                q = sentences.shorten(q, q_terms, _SENTENCE_CHARS, sums=asks_sum)
            if _quoted(q, quotes):
                continue
            left = limit - length - 1 - len(marker) - 4
            if (
                len(q) > left
                and c.follows
                and not wants_list
                and left >= _MIN_FIT_CHARS
                and (
                    sentences.names_a_part(c.sentence)
                    or c.order in asked_parts
                    # A table's rows: those that name the question's words.
                    or sentences.table_row(c.sentence)
                )
            ):
                # A labelled part's list ("Model 2 (den mindre):"), or one a part of the
                # question asks for ("viser følgende resultater:"), too long for what is left
                # gives its telling items, the best-scoring first (its "Udgift: …" line beside
                # the lead's "Model 1"), rather than being left out; it is the same kind of
                # account as the lead's part. An unlabelled list would crowd out sentences.
                q = _fit_list(c, q_terms, left, _item_scores(c, cands))
            elif len(q) > left and not c.follows and left >= _MIN_FIT_CHARS:
                # A telling sentence too long for what is left is cut to its telling clauses,
                # rather than left out for a shorter one that says less.
                q = trim(sentences.shorten(q, q_terms, left, sums=asks_sum), left)
                if _quoted(q, quotes):
                    continue  # cut down to words already quoted (a list item's introduction)
            piece = f"«{q}» {marker}"
            if length + len(piece) + 1 > limit:
                continue
            used.add(c.order)
            used.update(_items_of(c, cands))
            placed.append((c.order, piece))
            quotes.append(q)
            length += len(piece) + 1
        support = [piece for _, piece in sorted(placed)]
        lines = [lead]
        if support:
            also = "Af sagen fremgår også:" if lang == "da" else "The minutes also say:"
            lines.append(f"{also} {' '.join(support)}")
        return "\n".join(lines), Source(n, meeting, point, section.name, trim(quote, 300))


def _done_again(
    analysis: QuestionAnalysis, weights: list[TopicWord], passing: list[_Checked]
) -> list[_Checked]:
    """The other points of the first point's meeting that hold the whole question too, when it
    asks what was done (a verb of its topic) at a meeting it dates: "hvad orienterede Lars
    Holte om på mødet 21. maj 2013" is answered by each point where he did."""
    top = passing[0]
    c = analysis.constraints
    # A person's name, written as one: "Charlotte", "Mette Vang" (not a unit: "ØDC").
    named = {
        n.lower() for n in c.names if all(w[:1].isupper() and w[1:].islower() for w in n.split())
    }
    if not c.day_or_month or not (any(t.verb for t in weights) or named):
        return []
    if c.date_from is None or c.date_to is None or not c.date_from <= top.meeting.date <= c.date_to:
        # "hvorfor havde byrådet svært ved … på temadrøftelsen i nov 2022": the date is the
        # matter's, not the meeting's the question asks what was done at.
        return []
    lacked = set(top.evidence.missing)
    if lacked and (not named or named & {w.lower() for w in lacked}):
        return []
    # "what tasks was Charlotte given at the January 2023 meeting": a person the question
    # names is given a task under each point that names her; each lacks no more of the
    # question ("tasks", which no minutes write) than the first.
    return [
        other
        for other in passing[1:]
        if other.meeting.meeting_id == top.meeting.meeting_id
        and set(other.evidence.missing) <= lacked
    ]


def _over_time(analysis: QuestionAnalysis, passing: list[_Checked]) -> bool:
    """Whether the question asks for each meeting's part: it says so ("gennem tiden", "på
    direktionsmøderne i 2013", "siden 2013"), or names in the plural what several meetings'
    points are titled ("ifølge huskelisterne" where each meeting has its "Huskeliste")."""
    if _HISTORY_RE.search(analysis.text) or _SINCE_YEAR_RE.search(analysis.text):
        # "siden 2013", "i 2013 og senere": a period asks what each of its meetings did.
        return True
    plural = _PLURAL_RE if analysis.language == "da" else _ENGLISH_PLURAL_RE
    for word in analysis.topic:
        singular = plural.sub("", fold(word))
        if singular == fold(word) or len(singular) < _PLURAL_STEM_MIN:
            continue
        meetings = {
            c.meeting.meeting_id for c in passing if fold(c.point.title).startswith(singular)
        }
        if len(meetings) > 1:
            return True
    return False


# A Danish definite plural ("huskelisterne", "referaterne"); an English plural ("the reports"),
# only in English (a Danish "proces" or "status" is no plural).
_PLURAL_RE = re.compile(r"(?:erne|ene)$")
_ENGLISH_PLURAL_RE = re.compile(r"s$")
_PLURAL_STEM_MIN = 5


def _per_year(analysis: QuestionAnalysis) -> bool:
    """Whether the question asks about each of several years ("i 2013 og i 2017")."""
    c = analysis.constraints
    return c.any_year and len(c.years) > 1


def _periods_asked(analysis: QuestionAnalysis) -> set[tuple[int, ...]]:
    """The periods the question asks about each of: several months ("både i januar og i maj
    2013") as (year, month), else several years ("i 2013 og i 2017") as (year,); none when
    it names one period or fewer."""
    months = set(analysis.constraints.months)
    if len(months) > 1:
        return {tuple(m) for m in months}
    if _per_year(analysis):
        return {(y,) for y in analysis.constraints.years}
    return set()


def _same_case_per_period(
    analysis: QuestionAnalysis,
    chosen: list[_Checked],
    snapshot: Snapshot,
    weights: list[TopicWord],
) -> list[_Checked]:
    """``chosen``, with the point of the same case for each period asked that no chosen point
    is of, and in time order when periods are asked.

    "what did they do under the budget follow-up item in april and in may 2013": a recurring
    item carries its case number from meeting to meeting, whatever each one's words (April's
    "Økonomiopfølgning" never writes "budget"); the case, not the words, makes it the item
    asked about. A question that asks each period reads its answer in the periods' order."""
    periods = _periods_asked(analysis)
    if not periods:
        return chosen
    out = list(chosen)
    have = {_period_of(c, periods) for c in out}
    for c in chosen:
        if c.point.case_number is None:
            continue
        for meeting, point in snapshot.case_points(c.point.case_number):
            period = _period_of_day(meeting.date, periods)
            if point.closed or period not in periods or period in have:
                continue
            evidence = check_point(analysis, meeting, point, weights)
            if not evidence.holds:
                continue
            result = replace(
                c.result,
                meeting_id=meeting.meeting_id,
                meeting_date=meeting.date,
                punkt=point.number,
                title=point.title,
                hits=(),
            )
            out.append(_Checked(result, meeting, point, evidence))
            have.add(period)
    return sorted(out, key=lambda c: (c.meeting.date, c.point.number))


# "de to puljer", "the two pools", "begge puljer": a count before a plural noun.
_COUNTED_TITLES_RE = re.compile(
    r"\b(?:de|the|begge|both)\s+(?:(to|tre|fire|two|three|four|[234])\s+)?([^\W\d_]{4,})",
    re.IGNORECASE,
)
_BOTH = frozenset({"begge", "both"})


def _each_titled(
    analysis: QuestionAnalysis,
    chosen: list[_Checked],
    checked: list[_Checked],
    weights: list[TopicWord],
) -> list[_Checked]:
    """``chosen``, with the other points of the first one's meeting that the question counts
    in: "de to puljer fra budgetforlig 2023 … hvor store er de" asks of each pool, and each is
    a point titled as one ("Rekrutteringspulje", "Sygefraværspulje"). Only where the first
    point's title names the thing counted and each other one's does too, with the question's
    constraints holding."""
    m = _COUNTED_TITLES_RE.search(analysis.text)
    if m is None or len(chosen) != 1:
        return chosen
    word = (m.group(1) or "").lower()
    count = 2 if not word and m.group(0).split()[0].lower() in _BOTH else None
    count = count or (int(word) if word.isdigit() else NUMBER_VALUES.get(word))
    noun = m.group(2).lower()
    # The Danish words an English noun stands for ("pools" → "pulje").
    words = next((t.alternatives for t in weights if t.word.lower() == noun), [noun])
    things = {fold(r.stem) for w in words for r in analyze(w)}
    if not count or not things:
        return chosen

    def titled(c: _Checked) -> bool:
        return any(fold(t.stem).endswith(x) for t in analyze(c.point.title) for x in things)

    top = chosen[0]
    if not titled(top):
        return chosen
    others = [
        c
        for c in checked
        if c.point is not top.point
        and c.meeting.meeting_id == top.meeting.meeting_id
        and c.evidence.holds
        and titled(c)
    ]
    return [top, *others[: count - 1]]


def _period_of(c: _Checked, periods: set[tuple[int, ...]]) -> tuple[int, ...]:
    """The period of ``c``'s meeting in the form of ``periods``."""
    return _period_of_day(c.meeting.date, periods)


def _period_of_day(day: date, periods: set[tuple[int, ...]]) -> tuple[int, ...]:
    """The period of a meeting ``day`` in the form of ``periods``."""
    return (day.year, day.month) if any(len(p) == 2 for p in periods) else (day.year,)


def _lacks_joined(question: str, weights: list[TopicWord], top: _Checked) -> bool:
    """Whether ``top`` lacks a word the question joins as a matter of its own to one it holds
    ("rekruttering og sygefravær": it holds the one, not the other)."""
    missing = set(top.evidence.missing)
    words = [t.word for t in weights]
    return any(
        (a in missing) != (b in missing) and _joined(question, a, b)
        for i, a in enumerate(words)
        for b in words[i + 1 :]
    )


def _joined(question: str, first: str, second: str) -> bool:
    """Whether the question joins two words as two matters: "X og Y", "X and the Y", "X og
    til at få Y ned"."""
    parts = sentences.question_parts(question)
    if len(parts) > 1 and not any(_holds_word(p, first) and _holds_word(p, second) for p in parts):
        # "… en årlig redegørelse, og hvordan tog direktionen imod forslaget?": a second
        # question after "og" asks on; its verb is no second matter.
        return False
    pattern = (
        rf"\b{re.escape(first)}\b(?:\s+\S+)?\s+(?:og|and|samt|eller|or|&|hhv\.?)\s+"
        rf"(?:(?:\S+\s+){{0,2}}|til\s+at\s+\S+\s+){re.escape(second)}\b"
    )
    return re.search(pattern, question, re.IGNORECASE) is not None


def _holds_word(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE) is not None


# How much of the cover a point must have that both rankings put first and that lacks only how
# the question asks (ExtractiveAnswerer._paraphrased): half. On the spent question files and
# generated negatives (README, nineteenth round) answerable questions regained outnumbered
# unanswerable ones newly answered; no share separated them better.
PARAPHRASE_SHARE = 0.5


def _meant_here(
    result: SearchResult, t: TopicWord, key: tuple[str, int], point: AgendaPoint
) -> bool:
    """Whether the topic word ``t``, which the point ``key`` does not write, alone finds that
    point first by meaning and is no other kind of what the point is about."""
    return _found_by_meaning(result, t.word, key) and not another_kind(t.word, point)


def _found_by_meaning(result: SearchResult, word: str, key: tuple[str, int]) -> bool:
    """Whether ``word`` alone finds the point ``key`` first by meaning, closely
    (``MEANING_FLOOR``) or standing out from the others (``MEANING_STANDOUT``)."""
    near = result.nearest_by_meaning
    found = near(word) if near is not None else None
    return (
        found is not None
        and found.key == key
        and (found.score >= MEANING_FLOOR or found.standout >= MEANING_STANDOUT)
    )


# The asker's own thing ("my passport"): a point that lacks it does not answer the errand,
# whatever it says of the service ("borgerservice") that handles such errands.
def _unread_matter(
    analysis: QuestionAnalysis, weights: list[TopicWord], known: Callable[[str], bool]
) -> bool:
    """Whether an English question's matter lies in words no minutes can be searched for:
    "a recipe for Danish apple cake" — three such words ("recipe", "apple", "cake"; not "new",
    "next") and at most one word read, an everyday one ("Danish")."""
    read = [t for t in weights if t.weight and not t.verb]
    if not all(t.everyday for t in read):
        return False
    unread = [w for w in unread_words(analysis, known) if not everyday_word(w, "en", _COMMON_ZIPF)]
    # Narrow on purpose: an English question reads few words of its own (the glossary's), and
    # two read words beside unread ones were the matter of spent questions ("annual personnel
    # policy report", "managers … HR … employees").
    return len(read) <= 1 and len(unread) >= _UNREAD_MATTER_MIN


_ERRAND_RE = re.compile(ERRAND_CUES, re.IGNORECASE)
# How common an English word is that says how rather than what ("new", "next", "old"): an
# unread word under it names no matter ("recipe", "cake", "forecast" do).
_COMMON_ZIPF = 5.5
_UNREAD_MATTER_MIN = 3
_ERRAND_THING_RE = re.compile(ERRAND_THING, re.IGNORECASE)


def _verbs_only(weights: list[TopicWord], c: _Checked) -> bool:
    """Whether ``c`` holds only the question's verbs, none of what they are done to: "hvordan
    fornyer jeg mit pas" is not answered by a point where services "fornys"."""
    held = [t for t in weights if t.word not in c.evidence.missing]
    return bool(held) and all(t.verb for t in held) and any(not t.verb for t in weights)


def _first_in_both(result: SearchResult, top: _Checked) -> bool:
    """Whether the embedding and the question's own words both rank ``top`` first."""
    key = (top.meeting.meeting_id, top.point.number)
    return result.rank_in(result.dense, key) == 1 and result.rank_in(result.own_words, key) == 1


def _words_found(weights: list[TopicWord], top: _Checked) -> bool:
    """Whether the question's distinctive words the archive's index does not know stand in the
    answering point all the same (a compound written apart: "kunstgræsbanen" as "kunstgræs på
    bane 3"); everyday words ("lagt") name no matter either way."""
    unknown = {t.word for t in weights if t.unknown}
    return bool(unknown) and not unknown & set(top.evidence.missing)


# A title named whole in a question has at least this many words ("Øvrige sager").
_TITLE_NAMED_WORDS = 2


def _titles_named(analysis: QuestionAnalysis, checked: list[_Checked]) -> list[_Checked]:
    """The points (two or three) whose titles a question joining matters names whole, each
    title's words (its date aside, at least two) among the question's, in the question's
    order; none when fewer than two are named so."""
    if not _JOINS_TWO_RE.search(analysis.text):
        return []
    asked = sentences.question_terms(analysis.text, analysis.language)
    english = analysis.language == "en"
    named: list[tuple[set[str], _Checked]] = []
    for c in checked:
        if not c.evidence.holds or any(c.point is n.point for _, n in named):
            continue
        words = {t for t in tokenize(c.point.title) if not any(ch.isdigit() for ch in t)}
        if len(words) >= _TITLE_NAMED_WORDS and words <= asked:
            named.append((words, c))
    if not 2 <= len(named) <= _TITLES_NAMED_MAX:
        return []

    def position(words: set[str], c: _Checked) -> int:
        # Where the question names the title by the words no other named title shares
        # ("budget analyses" for Budgetanalyser; "budget" names Budgetforslag as well).
        shared = {w for other, _ in named if other is not words for w in other}
        own = (words - shared) or words
        # A title word whole before its parts: "budg" of "Budgetanalyser" stands in "budget
        # proposal" too.
        own = (own & {t.stem for t in analyze(c.point.title)}) or own
        return min(_term_position(analysis.text, w, english) for w in own)

    return [c for _, c in sorted(named, key=lambda wc: position(*wc))]


_TITLES_NAMED_MAX = 3


def _word_position(question: str, word: str) -> int:
    """Where in the question ``word`` (as the question wrote it) first stands as a word (its
    end if nowhere)."""
    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", question, re.IGNORECASE)
    return m.start() if m else len(question)


def _term_position(question: str, term: str, english: bool = False) -> int:
    """Where in the question a word of the stem ``term`` first stands (its end if none); in
    an English question, also where the English phrase stands whose Danish words hold it
    ("budget analyses" for "budgetanalys")."""
    for m in _WORD_RE.finditer(question):
        if term in tokenize(m.group(0)):
            return m.start()
    if english:
        lower = question.lower()
        spots = [lower.find(en) for en, da in phrases(question) if term in tokenize(da)]
        if any(at >= 0 for at in spots):
            return min(at for at in spots if at >= 0)
    return len(question)


def _month_first(analysis: QuestionAnalysis, passing: list[_Checked]) -> list[_Checked]:
    """The passing points, for "hvornår … i maj 2013", one that writes a day of that month
    first: the forward list of April's minutes ("13. maj kl. 13-14") says when; May's own,
    listing what comes after, does not."""
    month = analysis.constraints.one_month
    if month is None or not analysis.wants("when"):
        return passing
    year, number = month
    stems = {fold(t.stem) for w in analysis.topic if w not in analysis.verbs for t in analyze(w)}
    for k, c in enumerate(passing):
        held = c.meeting.date
        if held.year == year and held.month <= number and _day_beside(c.point, number, stems):
            return [c, *passing[:k], *passing[k + 1 :]] if k else passing
    return passing


def _day_beside(point: AgendaPoint, month: int, stems: set[str]) -> bool:
    """Whether a line of the point that writes a day of ``month`` holds one of ``stems``, or
    stands in a run of dates under a heading that does (:func:`dated_lines`)."""
    return any(
        fold(t.stem) in stems
        for line in dated_lines(point.text)
        if writes_day_of(line, month)
        for t in analyze(line)
    )


def _titled_first(analysis: QuestionAnalysis, passing: list[_Checked]) -> list[_Checked]:
    """The passing points, one whose title the question names whole first: "what did they
    talk about under øvrige sager in January 2023" asks about the point so titled, though
    another point holds both words too."""
    asked = " ".join(fold(w) for w in _WORD_RE.findall(analysis.text))
    for k, c in enumerate(passing):
        words = [fold(w) for w in _WORD_RE.findall(c.point.title)]
        if len(words) >= _TITLE_NAMED_WORDS and f" {' '.join(words)} " in f" {asked} ":
            return [c, *passing[:k], *passing[k + 1 :]] if k else passing
    return passing


def _topic_weights(analysis: QuestionAnalysis, snapshot: Snapshot) -> list[TopicWord]:
    """The question's topic words weighed against the archive's index."""
    lexical = snapshot.lexical
    return topic_weights(
        analysis, lexical.rarity, lexical.idf_known, lexical.knows_form, lexical.knows_stem
    )


def _whole_first(weights: list[TopicWord], passing: list[_Checked]) -> list[_Checked]:
    """The passing points, a close one that holds every word of the question first when the
    first holds its rarest word only in part: "the new call centre" is the point that writes
    "callcenter", not one that writes "center" in other words."""
    if not passing or not weights:
        return passing
    rarest = max(weights, key=lambda t: t.weight).word
    top = passing[0]
    if rarest not in top.evidence.near:
        return passing
    floor = _WHOLE_SHARE * top.result.score
    for k, c in enumerate(passing[1:], start=1):
        if c.result.score < floor:
            break
        if not c.evidence.missing:
            return [c, *passing[:k], *passing[k + 1 :]]
    return passing


def _own_board_first(analysis: QuestionAnalysis, passing: list[_Checked]) -> list[_Checked]:
    """The passing points, a close one of the board the question names first."""
    board = analysis.constraints.board
    if not board or not passing or _of_board(passing[0].meeting, board):
        return passing
    floor = _OWN_BOARD_SHARE * passing[0].result.score
    for k, c in enumerate(passing[1:], start=1):
        if c.result.score < floor:
            break
        if _of_board(c.meeting, board):
            return [c, *passing[:k], *passing[k + 1 :]]
    return passing


def _of_board(meeting: Meeting, board: str) -> bool:
    return names_board(meeting.board, board)


@dataclass(frozen=True)
class _Part:
    """One part of a question that asks two things, read against one point."""

    # The point's sentences scored against the part.
    cands: list[Candidate]
    # Whether the decision answers it (see _part_plan).
    decides: bool
    # The part's best sentence (see _part_top).
    top: Candidate | None


def _part_plan(
    question: str,
    point: AgendaPoint,
    focus: str,
    rarity: Callable[[str], float],
    lang: Language,
    block: Section | None,
) -> list[_Part]:
    """For a question that asks two things, per part: whether the decision answers it (the
    part asks what was decided, or asks no more than how the matter was received: "hvordan
    tog direktionen imod forslaget") and the part's best sentence. Empty for one question."""
    parts = sentences.question_parts(question)
    if len(parts) < 2:
        return []
    plan: list[_Part] = []
    # "hvorfor stiger taksterne, er borgerne blevet dyrere?": a yes-or-no part beside a why
    # asks after the same cause; the decision does not answer it.
    why = sentences.asks_why(question)
    for part in parts:
        cands = sentences.candidates(point, part, focus, rarity, lang)
        asked = analyze_question(part)
        terms = sentences.question_terms(part, lang)
        # A free part asks what became of the matter when it names little of its own ("hvad
        # skete der med den", "hvordan tog direktionen imod forslaget"): a part that names
        # more ("hvad er SP-modellen i programmet") asks about those things.
        own = [w for w in asked.topic if w not in asked.verbs]
        yes_no_beside_why = why and part.split(maxsplit=1)[0].lower() in YES_NO_OPENERS
        decides = (
            block is not None
            and not yes_no_beside_why
            # "og virker den": whether it works is told by its results, not by a decision.
            and not sentences.asks_effect(part)
            # "… and where does the training start": where, when, who or how much is a fact of
            # the account, which a decision that approves the matter does not give.
            and not _FACT_PART_RE.match(part)
            and (
                asked.intent == "decision"
                or (
                    asked.intent == "free"
                    and len(own) <= _PART_OWN_WORDS
                    and not sentences.asks_why(part)
                    and _decision_answers(terms, point, block, cands)
                )
            )
        )
        plan.append(_Part(cands, decides, _part_top(part, cands, asked.intent == "when")))
    return plan


# How many words of its own (beside its verbs) a free part of a question may name and still
# ask what became of the matter.
_PART_OWN_WORDS = 2
_FACT_PART_RE = re.compile(FACT_PART_OPENERS, re.IGNORECASE)


def _part_top(part: str, cands: list[Candidate], asks_when: bool = False) -> Candidate | None:
    """A part's best sentence: the one that shares most of the part's own words (the kind
    bonus, an amount or a date, is shared by many sentences); for a part that asks an amount
    and names nothing a sentence shares ("hvor meget er der i alt"), the best-scoring sentence
    that gives a sum. ``asks_when``: the part asks when (its intent, read by the caller)."""
    top = sentences.best([c for c in cands if c.match > 0], 1)
    if (
        asks_when
        and not (top and sentences.says_when(top[0].sentence))
        and (dated := sentences.best([c for c in cands if sentences.says_when(c.sentence)], 1))
    ):
        # "… what kind of event, and when is it planned": the part that asks when, and names
        # nothing of its own ("it"), is answered by the sentence that dates the matter ("Messen
        # forventes afholdt ultimo april"), not by one that shares its verb ("planlægges").
        return dated[0]
    shown = [c for c in cands if sentences.gives_effect(c.sentence)]
    if sentences.asks_effect(part) and shown and not (top and top[0] in shown):
        # "… og virker den": the part that asks whether the matter works is answered by the
        # sentence that reports its results most plainly ("Erfaringerne … viser følgende
        # resultater:"), however few of the part's words it shares.
        return max(shown, key=lambda c: (sentences.gives_effect(c.sentence), c.score, -c.order))
    if top:
        return top[0]
    if asks_amount(part):
        sums = [c for c in cands if c.score > 0 and "money" in _units(c.sentence)]
        money = sentences.best(sums, 1)
        return money[0] if money else None
    return None


def _part_answers(plan: list[_Part], used: set[int], block: Section | None) -> list[Candidate]:
    """For a question that asks two things, the best sentence for each part the quotes so far
    (``used``) do not answer: a quoted sentence answers a part when its match on the part's
    own words comes near that of the part's best sentence; a part the decision answers is
    answered once a sentence of the decision is quoted, else by the decision's first
    sentence that records what was decided."""
    out: list[Candidate] = []
    for part in plan:
        cands, top = part.cands, part.top
        if part.decides and block is not None:
            in_block = [c for c in cands if c.section is block]
            if in_block and not any(c.order in used for c in in_block):
                ranked = sorted(
                    in_block, key=lambda c: (not sentences.records_decision(c.sentence), c.order)
                )
                out.append(ranked[0])
            continue
        if top is None:
            continue
        near = 0.75 * top.match
        answered = any(
            c.order in used and (c.match >= near if top.match > 0 else c.order == top.order)
            for c in cands
        )
        if not answered:
            out.append(top)
    return out


# A sentence goes on with the one before it when a word pointing back stands among its first
# this many words ("For at løfte denne opgave …").
_BACK_REFERENCE_SPAN = 4


def _continuation(lead: Candidate, cands: list[Candidate], used: set[int]) -> list[Candidate]:
    """The sentence right after ``lead`` in its section when it points back to it ("Hertil
    kommer …", "Dermed udestår …"): it goes on with the lead's matter; none otherwise."""
    for c in cands:
        if c.order == lead.order + 1 and c.section is lead.section and c.order not in used:
            opening = {w.lower() for w in re.findall(r"\w+", c.sentence)[:_BACK_REFERENCE_SPAN]}
            if opening & BACK_REFERENCE_WORDS:
                return [c]
            # A short sentence giving a figure in the lead's unit is what the lead's figures
            # are read against ("… 25% i tale." then "Landsgennemsnittet er 85%.").
            units = _units(lead.sentence) & _units(c.sentence)
            return [c] if units and len(c.sentence) <= _SENTENCE_CHARS else []
    return []


_UNIT_RES = {
    "percent": re.compile(r"\d\s?(?:%|pct\b|procent)", re.IGNORECASE),
    "money": re.compile(r"\d\s?(?:kr\b|kroner|mio|mia|millioner|milliarder|DKK)", re.IGNORECASE),
}


def _units(sentence: str) -> set[str]:
    return {unit for unit, pattern in _UNIT_RES.items() if pattern.search(sentence)}


def _small_talk(text: str, language: Language) -> Language | None:
    """The language to answer in when a message only greets or thanks ("hej", "mange tak!",
    "thank you"; English when it greets in English), else None."""
    words = [w.lower() for w in re.findall(r"\w+", text)]
    said = [w for w in words if w not in STOP_WORDS]
    if not any(w in SMALL_TALK for w in words) or not all(w in SMALL_TALK for w in said):
        return None
    return "en" if ENGLISH_SMALL_TALK.intersection(words) else language


# How far past its budget a lead quote may run rather than be cut before its last words: about
# three words. (Only the lead: quotes fitted into what is left would then not fit at all.)
_TRIM_TAIL = 24


def _decision_answers(
    q_terms: set[str], point: AgendaPoint, block: Section, cands: list[Candidate]
) -> bool:
    """Whether a question that does not say what it asks for ("hvad står SP for", "IKU
    målsætning 2015") is answered by the decision. A question about a point that was decided
    mostly asks what became of it, so the decision leads, unless another sentence of the
    point holds clearly more (two or more) of the question's own words beyond the point's
    title (the words that say what about the point is asked; a year only names the meeting)."""
    asked = {t for t in q_terms - set(tokenize(point.title)) if not t.isdigit()}
    if not asked:
        return True
    in_decision = _words_held(asked, block.text)
    # One shared word is chance; "fortæl om metoden styrket borgerkontakt" wants the paragraph
    # on the method, not a decision that names "borgerkontakt" once.
    elsewhere = max(
        (_words_held(asked, c.sentence) for c in cands if c.section is not block),
        default=0,
    )
    return elsewhere < in_decision + 2


# The shortest stem that finds its longer forms by their start ("finansi" of "finansieres" is
# "finansiering"'s): the stemmer cuts a verb's ending and keeps a noun's whole.
_STEM_PREFIX_MIN = 5


def _words_held(asked: set[str], text: str) -> int:
    """How many of the ``asked`` stems ``text`` holds, as a word or the start of one."""
    tokens = set(tokenize(text))
    return sum(
        1
        for t in asked
        if t in tokens or (len(t) >= _STEM_PREFIX_MIN and any(x.startswith(t) for x in tokens))
    )


def _named_subjects(q_terms: set[str], point: AgendaPoint) -> set[str]:
    """The question's words that name a subject *inside* the point: a name the decision writes
    with a capital letter mid-sentence ("Vedr. Solgården ..."; acronyms aside) that the point's
    title does not hold.

    A question about the title's matter ("hvordan blev rekrutteringspuljen fordelt") wants the
    whole decision; one about a named part of it ("Solgårdens takster" in "Budgetanalyser")
    wants the part about that name, not the bullets about the others beside it."""
    asked = {fold(t) for t in q_terms}
    title = {fold(t) for t in tokenize(point.title)}
    named: set[str] = set()
    for block in point.decisions:
        for line in block.text.split("\n"):
            for sentence in sentences.split_line(line):
                opening = _LINE_OPENING_RE.match(sentence)
                body = sentence[opening.end() if opening else 0 :]
                first = body.split(" ", 1)[0]
                for m in _CAPITALISED_RE.finditer(body, len(first)):
                    # An acronym ("HR-strategiske", "ØDC") names who, not which matter.
                    if not m.group(0).split("-")[0].isupper():
                        named.update(fold(t) for t in tokenize(m.group(0)))
    return (asked & named) - title


def _decision_quote(
    block: Section,
    cands: list[Candidate],
    used: set[int],
    subjects: set[str],
    room: int,
    q_terms: set[str],
    title: str = "",
) -> str:
    """The decision as quoted: a short block whole. Of a longer one, when the question asks
    about the block's matter as a whole (no named subject inside it, see
    :func:`_named_subjects`): the block whole when it fits the ``room``, else its best
    sentences that fit; when it names one of several matters the block speaks of: the
    sentences or bullets about that one (those scoring near the best).
    Sentences stay in reading order, "…" marks what was left out between them."""
    in_block = [c for c in cands if c.section is block]
    whole = " ".join(line.strip() for line in block.text.split("\n") if line.strip())
    # A block of several matters, each under its sub-heading ("Parkeringspolitik",
    # "Ungdomsklubberne"): a question naming one is answered by that one's lines, not the
    # block whole.
    several = any(c.aside for c in in_block)
    if (
        not in_block
        or (len(block.text) <= _WHOLE_DECISION_CHARS and not several)
        or (not subjects and not several and len(whole) <= room)
    ):
        used.update(c.order for c in in_block)
        return whole
    if not subjects:
        # About the point's matter as a whole but longer than the room: its best sentences
        # (a decision sentence scores high for a decision question) in reading order.
        # Long sentences are cut to their telling clauses so more of the block's facts fit.
        picked: list[tuple[Candidate, str]] = []
        length = 0
        # What was decided or agreed comes first; the account of the discussion around it
        # ("X deltog under drøftelsen og gav en opsummering …") fills what room is left.
        # (The lines under another matter's sub-heading are that matter's.)
        ranked = sorted(
            [c for c in in_block if not c.aside] or in_block,
            key=lambda c: (not sentences.records_decision(c.sentence), -c.score, c.order),
        )
        matches = sorted((c.match for c in in_block), reverse=True)
        best = matches[0]
        # The one sentence the question's words stand in far more than in any other is what it
        # asks about ("beløbet til at tiltrække og styrke ansøgerfeltet": that bullet's sums):
        # it keeps the room a named subject's sentence has; the others give their telling
        # clauses. Two bullets near level ("hvordan blev de 4 mio fordelt") share the room.
        standout = best > 0 and (len(matches) == 1 or best >= _STANDOUT_MATCH * matches[1])
        if standout:
            # ... and it names something of the question that neither another sentence of the
            # block nor the point's title does ("ansøgerfeltet"); a word they share ("fordeles",
            # "fordeling") or the point's own matter ("rekrutteringspuljen") asks about them all.
            leader = next(c for c in in_block if c.match == best)
            others = {t for c in in_block if c is not leader for t in tokenize(c.sentence)}
            others |= set(tokenize(title))
            standout = any(
                not any(o.startswith(t) or t.startswith(o) for o in others if len(o) >= 4)
                for t in set(tokenize(leader.sentence)) & q_terms
                if len(t) >= 4
            )
        for c in ranked:
            limit = 2 * _SENTENCE_CHARS if standout and c.match == best else _SENTENCE_CHARS
            # (No heading here: the block is quoted about its matter as a whole, and a
            # heading's words took the room of the sentences a spent question asked for.)
            text = sentences.shorten(c.sentence, q_terms, limit)
            left = room - length - 3
            if picked and len(text) > left >= _MIN_FIT_CHARS and c.match > 0:
                # A sentence of the question's words too long for what is left gives its
                # start ("- Kompetenceudvikling fordeles med 2 mio. kr., …"), rather than
                # being left out beside a longer one that fitted first.
                text = trim(sentences.shorten(text, q_terms, left), left)
            if length + len(text) + 3 <= room or not picked:
                picked.append((c, text))
                length += len(text) + 3
        picked.sort(key=lambda p: p[0].order)
        used.update(c.order for c, _ in picked)
        out = picked[0][1]
        for (prev, _), (c, text) in zip(picked, picked[1:], strict=False):
            joint = " " if c.order == prev.order + 1 or out.endswith("…") else " … "
            out += joint + text
        return out
    # The bullets about the asked subject: "Solgården" outweighs the "takster" it shares
    # with the Taxhuset bullet beside it.
    # Only sentences that name it, when any do: the introduction above the bullets
    # ("... besluttede følgende:") speaks of all the matters at once.
    # A sentence under a sub-heading that names the subject is about it too ("Det boligsociale
    # område" over "Direktionen besluttede, at oplægget holdes for Chefforum …").
    about = [
        c for c in in_block if subjects & {fold(t) for t in tokenize(f"{c.sentence} {c.scope}")}
    ] or in_block
    ranked = sorted(about, key=lambda c: (-c.score, c.order))
    top = max(c.match for c in about)
    chosen: list[Candidate] = []
    if len(subjects) > 1:
        # "besluttet om både Solgården og Taxhuset": the best bullet about each named one.
        for subject in sorted(subjects):
            naming = [c for c in ranked if subject in {fold(t) for t in tokenize(c.sentence)}]
            if naming and all(naming[0].sentence != x.sentence for x in chosen):
                chosen.append(naming[0])
    for c in ranked[:4]:
        if len(chosen) == 3:
            break
        if c.match >= 0.75 * top and all(c.sentence != x.sentence for x in chosen):
            chosen.append(c)
    if not chosen:
        # No sentence scores near the best by its words alone (the best match lies outside
        # the four best scores): the best-scoring one still says what was decided.
        chosen = ranked[:1]
    decided = [c for c in ranked if sentences.records_decision(c.sentence)]
    if decided and not any(sentences.records_decision(c.sentence) for c in chosen):
        # The account of the subject ("X deltog og præsenterede …") names it most, but what was
        # decided about it ("Direktionen besluttede, at oplægget …") is the decision quoted.
        chosen.append(decided[0])
    chosen.sort(key=lambda c: c.order)
    used.update(c.order for c in chosen)
    # A sentence's own sub-list (it ends in a colon) comes with it; the bullets that merely
    # follow a sentence are other matters.
    quotes = [
        _quote(c, True)
        if c.sentence.endswith(":")
        else (f"{c.heading} … " if c.heading else "")
        + sentences.shorten(trim(c.sentence, 400), q_terms, 2 * _SENTENCE_CHARS)
        for c in chosen
    ]
    return re.sub(r"…(?: …)+", "…", " … ".join(quotes))


def _frame(
    meeting: Meeting, section: Section, label: str, lang: Language, *, dated_heading: bool = False
) -> str:
    """What the quote is: the board's decision (with its date) or what the minutes say; with
    ``dated_heading`` (a question for when the board dealt with it) the decision's own dated
    heading as the minutes write it."""
    if section.is_decision and dated_heading and section.heading and section.decision_date:
        when = fmt_date(section.decision_date)
        if lang == "da":
            return f"{meeting.board} behandlede sagen {when} ({label}). «{section.heading}»:"
        return f"{meeting.board} dealt with it on {when} ({label}). «{section.heading}»:"
    if section.is_decision:
        when = fmt_date(section.decision_date) or fmt_date(meeting.date)
        if lang == "da":
            return f"{possessive(meeting.board, lang)} beslutning {when} ({label}):"
        return f"{possessive(meeting.board, lang)} decision on {when} ({label}):"
    mdate = fmt_date(meeting.date)
    if lang == "da":
        return f"Ifølge {possessive(meeting.board, lang)} referat {mdate} ({label}):"
    return f"According to the minutes of {meeting.board} on {mdate} ({label}):"


_ECHO_WORD = re.compile(r"\S+")
_YEARS = re.compile(r"^(?:19|20)\d{2}(?:[-–](?:19|20)?\d{2})?$")


# What a point may hold and still not answer: the detail asked for (a figure, a time, a name, an
# outcome), as check_point fails it.
_DETAILS = frozenset(
    {"amount", "time", "outcome", "resolution", "address", "responsible", "name", "rejection"}
)


def _detail_lost(
    checked: list[_Checked], answer: _Checked, weights: list[TopicWord], min_coverage: float
) -> _Checked | None:
    """A point ranked above ``answer`` that is about the asked matter but lacks the asked
    detail, when ``answer`` lacks a matter word that point holds: "hvor stort et beløb blev der
    søgt fra udviklingspuljen til projektmandatet" is about the point on the mandate and its
    pool, which gives no sum; another point's sum ("søgt om to beløb" from a foundation) answers
    another matter."""
    for c in checked:
        if c is answer:
            return None
        e = c.evidence
        # "How was the 2024 recruitment pool split": the point about the 2023 pool is about
        # the matter for another year — what another point shares with fewer of its words
        # does not answer it either.
        if not e.failed or not all(f in _DETAILS or f.startswith("year ") for f in e.failed):
            continue
        if e.coverage < min_coverage:
            continue
        own = set(answer.evidence.missing) - set(e.missing)
        if any(t.word in own and not t.verb and not t.everyday for t in weights):
            return c
    return None


def _echoable(topic: str, knows: Callable[[str], bool]) -> str:
    """The topic as it may be said back: names and numbers the open archive does not know are
    left out (they may come from a closed point, whose title is all that is kept of it); plain
    words ("svømmehal"), years and words the archive knows stay."""
    kept = []
    for m in _ECHO_WORD.finditer(topic):
        word = m.group(0).strip(",.;:()?")
        if not word:
            continue
        plain = word[0].islower() and not any(c.isdigit() for c in word)
        if plain or _YEARS.match(word) or knows(word):
            kept.append(m.group(0))
        elif kept and kept[-1] != "…":
            kept.append("…")
    # "hjælp til de høje varmeregninger i" (of "… i vinter", the season read as a time): a
    # function word the span ends in is said back without what it belonged to.
    while len(kept) > 1 and kept[-1].strip(",.;:()?").lower() in STOP_WORDS:
        kept.pop()
    text = " ".join(kept).strip(" …")
    return "" if not any(c.isalpha() for c in text) else text


def _missing_span(analysis: QuestionAnalysis, missing: tuple[str, ...]) -> str:
    """The stretch of the question from the first to the last topic word the nearest point
    lacks ("ladestandere til elbiler"), with a year that follows it ("budgetforslag 2020-2023")."""
    text = analysis.text
    spans = [
        (m.start(), m.end())
        for word in missing
        if (m := re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text))
    ]
    if not spans:
        return ""
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    year = re.match(r"\s+(?:19|20)\d{2}(?:\s?[-–]\s?(?:19|20)?\d{2})?", text[end:])
    if year:
        end += year.end()
    if text.count("(", start, end) > text.count(")", start, end):
        # "the canteen scheme (kantineordning)": a gloss the span ends in is said whole.
        close = re.match(r"[^()]*\)", text[end:])
        end += close.end() if close else 0
    return text[start:end].strip(" ?.,;:")


def _quoted(q: str, quotes: Sequence[str]) -> bool:
    """Whether ``q`` says nothing the quotes do not: the same words, whole or cut ("… 2017. …")."""
    core = q.removesuffix("…").strip()
    return any(core in x or x in q for x in quotes)


# A question that asks about two matters joins them: "til hhv. rekruttering og sygefravær",
# "the benchmark results and the 2023 pool", "…, og hvor meget …".
_JOINS_TWO_RE = re.compile(r"\b(?:og|and|samt|hhv|både|both|plus)\b|,", re.IGNORECASE)


def _quote(c: Candidate, wants_list: bool) -> str:
    """A candidate as quoted: a list it introduces is given whole (up to a sane length) when the
    question asks for a list or the sentence leads into one; a lone sentence is kept short."""
    if c.follows and (wants_list or len(c.quote) <= _LIST_CHARS):
        return trim(c.quote, _LIST_CHARS)
    return trim(c.sentence if c.follows else c.quote, 400)


def _fit_list(
    c: Candidate,
    q_terms: set[str],
    room: int,
    scores: Sequence[float] = (),
    describe: bool = False,
) -> str:
    """A list cut to ``room``: its introduction, then the items that share the question's
    words ("hvornår udsendes strategibrevet" finds "1. november – strategibrevet udsendes" at
    the end of a timeline), then those that score best (``scores``, one per item, when given:
    the kind of thing asked for, "Udgift: …" for "hvad kostede"), then the others from the top
    while they fit; reading order kept, "…" where items were left out."""
    folded = {fold(t) for t in q_terms}
    # Long items cut between clauses first, so that more of them fit.
    asked = [i for i, item in enumerate(c.follows) if folded & {fold(t) for t in tokenize(item)}]
    # Of a question for what a thing is, the item that names it is read on in its own order, to
    # twice an item's room: its clauses after the name say what it is ("Jobbutik, hvor borgere
    # kan komme ind fra gaden og få oplyst om ledige job"), whatever words they share.
    items = [
        trim(item, 2 * _ITEM_CHARS)
        if describe and i in asked
        else sentences.shorten(item, q_terms, _ITEM_CHARS)
        for i, item in enumerate(c.follows)
    ]
    scored = sorted(range(len(scores)), key=lambda i: (-scores[i], i)) if scores else []
    keep: set[int] = set()
    intro = c.sentence
    length = len(intro)
    for i in [*asked, *scored, *range(len(items))]:
        if i in asked and not keep and length + len(items[i]) + 1 > room:
            # The item the question asks about is the answer: cut to its telling clauses to
            # fit, rather than left out for an introduction that says "the following" — and
            # the introduction goes when the two do not fit together.
            if room - length - 1 < _MIN_FIT_CHARS:
                intro, length = "…", 1
            left = room - length - 1
            items[i] = trim(sentences.shorten(items[i], q_terms, left), left)
        if i in keep or length + len(items[i]) + 1 > room:
            continue
        keep.add(i)
        length += len(items[i]) + 1
    lines = [intro]
    for i, item in enumerate(items):
        if i in keep:
            lines.append(item)
        elif lines[-1] != "…":
            lines.append("…")
    return "\n".join(lines)


def _beyond_title(q_terms: set[str], point: AgendaPoint) -> set[str]:
    """The question's terms, folded, that the point's title does not hold (what is asked about
    the point; every part of the point is about its title)."""
    return {fold(t) for t in q_terms} - {fold(t) for t in tokenize(point.title)}


def _asks_items(c: Candidate, q_terms: set[str], point: AgendaPoint) -> bool:
    """Whether an item of the list ``c`` introduces shares a word with the question beyond
    the point's title."""
    folded = _beyond_title(q_terms, point)
    return any(folded & {fold(t) for t in tokenize(item)} for item in c.follows)


def _item_scores(c: Candidate, cands: list[Candidate]) -> list[float]:
    """The score of each item of the list ``c`` introduces, in its order (none when its items
    are not all candidates of their own)."""
    items = _items(c, cands)
    if len(items) != len(c.follows):
        return []
    return [x.score for x in sorted(items, key=lambda x: x.order)]


def _items_of(c: Candidate, cands: list[Candidate]) -> set[int]:
    """The items of the list ``c`` introduces, as candidates: quoted with it, never again."""
    return {x.order for x in _items(c, cands)}


def _items(c: Candidate, cands: list[Candidate]) -> list[Candidate]:
    """The candidates that are items of the list ``c`` introduces (none when it introduces
    none)."""
    if not c.follows:
        return []
    return [x for x in cands if x.intro == c.sentence and x.section is c.section]


def _introduction(item: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The sentence that introduces the list ``item`` stands in, if it stands in one."""
    head = item.sentence[:60]
    for c in cands:
        if c.order < item.order and c.section is item.section:
            if any(f.startswith(head) or head.startswith(f.rstrip(" …")) for f in c.follows):
                return c
    return None


# An item leads instead of its list when it outscores every other item by this much.
_STANDOUT = 0.4


_WORD_RE = re.compile(r"[^\W\d_]+")


def _label_terms(item: str) -> set[str]:
    """The folded terms of a list item's first word, which names what it is about ("-
    Kompetenceudvikling fordeles med 2 mio. kr.", "- Tiltrække og styrke ansøgerfeltet"); none
    when it is a function word ("- Det store venteområde …")."""
    words = _WORD_RE.findall(item)[:1]
    return {fold(t) for t in tokenize(" ".join(words))}


def _standout_item(parent: Candidate, cands: list[Candidate], asked: set[str]) -> Candidate | None:
    """The item of ``parent``'s list that alone answers: it scores clearly above its siblings
    (the question names its matter), while its list as a whole says more than asked. Not when
    another item opens with an ``asked`` word (folded) the best one lacks: "fordelingen til
    kompetenceudvikling og til at tiltrække ansøgere" asks for two items."""
    items = sorted(_items(parent, cands), key=lambda c: -c.score)
    if len(items) < 2 or items[0].match <= 0:
        return None
    own = {fold(t) for t in tokenize(items[0].sentence)}
    if any(asked & _label_terms(c.sentence) - own for c in items[1:]):
        return None
    return items[0] if items[0].score - items[1].score >= _STANDOUT else None


# "hvilke børn er det rettet mod", "which children": the noun after the asking word names
# what the answer is.
_KIND_RE = re.compile(r"\b(?:hvilke|hvilken|hvilket|which)\s+([^\W\d_]{3,})", re.IGNORECASE)


def _kind_stem(question: str) -> str:
    m = _KIND_RE.search(question)
    stems = tokenize(m.group(1)) if m else []
    return fold(stems[0]) if stems else ""


def _holds_stem(c: Candidate, stem: str) -> bool:
    text = "\n".join([c.sentence, *c.follows])
    return any(fold(t) == stem for t in tokenize(text))


# "Projektet arbejder med tre spor:": a list announced by a count and the kind of its items.
_ANNOUNCED_RE = re.compile(
    rf"\b(?:\d+|{COUNT_WORDS})\s+"
    r"(?:[^\W\d_]+\s+)?([^\W\d_]{3,})\s*:\s*$",
    re.IGNORECASE,
)


def _announces_other(c: Candidate, kind: str) -> bool:
    """Whether a list's introduction announces its items as another kind than ``kind``."""
    m = _ANNOUNCED_RE.search(c.sentence)
    return m is not None and not any(fold(t) == kind for t in tokenize(m.group(1)))


def _lead(pool: list[Candidate], wants_list: bool, kind: str = "") -> Candidate:
    """The best-scoring sentence; for a list question, the best one that introduces a list
    when one scores close to the best."""
    ranked = sorted(pool, key=lambda c: (-c.score, c.order))
    if wants_list:
        lists = [c for c in ranked if c.listing]
        if kind and lists and _announces_other(lists[0], kind):
            # "hvilke børn er det rettet mod": a list announced as another kind of thing
            # ("Projektet arbejder med tre spor: …") does not answer before a sentence about
            # as good that names the kind asked ("… sprogkunderskaber for børn (0-3 år) …").
            # Unannounced rows ("… Afventer KL analyse 2013") may be the things asked for.
            naming = [c for c in ranked if not c.listing and _holds_stem(c, kind)]
            if naming and naming[0].score >= 0.6 * lists[0].score:
                return naming[0]
        # A sentence that names the members itself ("… mellem Høje-Taastrup, Greve, Gentofte
        # og Helsingør") answers "hvilke …" before a long list that merely scores higher.
        named = [c for c in lists if not c.follows and c.match > 0]
        if named and named[0].score >= 0.6 * lists[0].score:
            lists = named
        # An introduction that names what is asked ("De tre temaer:") answers before one
        # that names nothing asked and scores by the words of its items alone.
        introduced = [c for c in lists if c.follows and c.match > 0]
        if lists and lists[0].match <= 0 and introduced:
            if introduced[0].score >= 0.6 * lists[0].score:
                lists = introduced
        if lists and lists[0].match <= 0 and lists[0].score <= ranked[0].score:
            # A list that names nothing asked and scores by the kind bonus alone ("Byrådet har
            # flere muligheder, heriblandt:") does not outrank a row as good that names it
            # ("… Afventer KL analyse 2013" for "hvilke ventede på KL's analyse").
            named_rows = [c for c in ranked if c.match > 0 and c.score >= lists[0].score]
            if named_rows:
                return named_rows[0]
        if lists and lists[0].score >= 0.6 * ranked[0].score:
            return lists[0]
    return ranked[0]
