"""Answers from the archive's structure, not from text search.

"Hvad besluttede direktionen i maj 2013?" asks for every point of a meeting; "status på sag
12/32140" for a case's timeline; "hvad står der i punkt 3 den 19. juni 2017?" for one point by
number; "hvem deltog i mødet i januar 2023?" for a meeting's header. The snapshot knows these
directly (meetings by date, points by case number), so they are look-ups whose cost does not
grow with the archive, and a closed point asked for by number is named as closed — its title,
never its content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

from api.answering.evidence import TopicWord, check_point, topic_weights
from api.answering.sentences import (
    ATTENDANCE_RE,
    looks_like_heading,
    only_attendance,
    records_decision,
    split_line,
    trim,
)
from api.answering.types import Answer, Language, Source, Suggestion, fmt_date
from api.retrieval.analysis import QuestionAnalysis, names_board
from api.retrieval.retriever import Snapshot, role_stems
from indexer.language import (
    ABSENCE_ASKED_CUES,
    ABSENCE_MARK,
    AGENDA_ITEM_NOUNS,
    CASE_ABOUT_CUES,
    CASE_STATUS_ZIPF,
    CLOSED_ASKED_CUES,
    DECISION_STATUS,
    MINUTE_TAKER_CUES,
    MINUTE_TAKER_ROLES,
    NEXT_STEP_CUES,
    ORDINAL_MEETING_CUES,
    PLACE_OR_TIME_CUES,
    PRESENCE_NOTE,
    WHICH_ITEMS_CUES,
    everyday_word,
    fold,
    respell,
)
from indexer.models import AgendaPoint, Attendee, Meeting, Section
from indexer.text import analyze

# An overview of more meetings than this says how many more there are instead of listing them.
MAX_MEETINGS = 3
_LINE_CHARS = 160
# What a case timeline's decisions share, and a point lookup's decision and summary.
_CASE_CHARS = 520
_LOOKUP_DECISION_CHARS = 350
_LOOKUP_SUMMARY_CHARS = 250
# Less room than this left by a whole decision: no account beside it (a fragment says nothing).
_LOOKUP_SUMMARY_MIN = 100
# A decision shorter than this says only what became of the proposal ("Udsættes.").
_TERSE_DECISION_CHARS = 40
# An overview of one meeting: the room its decisions share, and the most one of them takes.
_OVERVIEW_CHARS = 1400
_OVERVIEW_POINT_CHARS = 320


_NEXT_STEP_RE = re.compile(NEXT_STEP_CUES, re.IGNORECASE)
_CLOSED_ASKED_RE = re.compile(CLOSED_ASKED_CUES, re.IGNORECASE)
_ORDINAL_MEETING_RE = re.compile(ORDINAL_MEETING_CUES, re.IGNORECASE)
_PLACE_OR_TIME_RE = re.compile(PLACE_OR_TIME_CUES, re.IGNORECASE)
_MINUTE_TAKER_RE = re.compile(MINUTE_TAKER_CUES, re.IGNORECASE)
_MINUTE_TAKER_ROLES = frozenset(fold(r) for r in MINUTE_TAKER_ROLES)
_STATUS = {
    name: (re.compile(asked, re.IGNORECASE), re.compile(said, re.IGNORECASE | re.MULTILINE))
    for name, (asked, said) in DECISION_STATUS.items()
}
_WHICH_ITEMS_RE = re.compile(WHICH_ITEMS_CUES, re.IGNORECASE)
_ABSENCE_RE = re.compile(ABSENCE_MARK, re.IGNORECASE)
_PRESENCE_NOTE_RE = re.compile(PRESENCE_NOTE, re.IGNORECASE)
# A line that says who took part in it ("(Jane og Stine deltager)", "Trine deltog").
_PART_PRESENCE_RE = re.compile(
    r"\b(?:deltager|deltog|deltagere|deltagelse|participat\w*|attend\w*|joins?|joined)\b",
    re.IGNORECASE,
)
# The words of the meeting itself, no part of it ("direktionsseminaret", "mødet", "meeting").
_MEETING_NOUN_RE = re.compile(r"møde|seminar|meeting|direktion|referat|minutes", re.IGNORECASE)
# The longest header line quoted whole; a longer one is quoted from the name on.
_HEADER_QUOTE_CHARS = 240


def decision_line(point: AgendaPoint, limit: int = _LINE_CHARS, on: date | None = None) -> str:
    """A point's latest decision (the one dated ``on`` when the point holds one of that day):
    in one line (the block's first sentence) when ``limit`` is a line's, else the block as far
    as ``limit`` allows."""
    decisions = [d for d in point.decisions if d.text.strip()]
    if not decisions:
        return ""
    # A meeting's overview says what that meeting decided ("Sagen blev ikke behandlet"), not
    # what a later meeting decided on the same point.
    dated = [d for d in decisions if on is not None and d.decision_date == on]
    block = (dated or decisions)[-1].text
    lines = [
        line.strip()
        for line in block.split("\n")
        if line.strip() and not looks_like_heading(line) and not only_attendance(line.strip())
    ]
    if limit > _LINE_CHARS:
        # Room for more than a line: the block as it stands, cut at a sentence or line end;
        # a block too long keeps its last sentence too, which often concludes ("…, men der er
        # ikke taget stilling til medfinansiering").
        whole = " ".join(lines)
        said = [s for line in lines for s in split_line(line)]
        last = said[-1] if said else ""
        if len(whole) <= limit or len(last) > limit // 2 or whole.startswith(last):
            decided = next((x for x in said if records_decision(x)), "")
            if len(whole) > limit and decided and not records_decision(said[0]):
                # "Klaus, Trine og Christina deltog under drøftelsen …  Direktionen godkendte
                # dermed strategien": the account of the discussion opens a block too long to
                # quote whole; what was decided is the line to keep.
                return trim(decided, limit)
            return trim(whole, limit)
        deciding = [x for x in said if records_decision(x)]
        headed = sum(looks_like_heading(line.strip()) for line in block.split("\n") if line.strip())
        if headed >= _DECIDED_MIN and len(deciding) >= _DECIDED_MIN:
            # A block that decides several matters ("Selvejende institutioner: … tiltrådte …",
            # "Det boligsociale område: … Direktionen besluttede, at oplægget holdes for
            # Chefforum …"): its deciding sentences, in order, rather than its start.
            kept = _kept_in_order(said, deciding, last, limit)
            if kept:
                return kept
        # What happens to the matter next ("sagen forelægges igen snarest") is where it
        # stands: kept beside the concluding sentence when it fits.
        nxt = next((s for s in said[1:-1] if _NEXT_STEP_RE.search(s)), "")
        if nxt and len(nxt) + len(last) <= 2 * limit // 3:
            at = whole.find(nxt)
            head = trim(whole[:at].rstrip(), limit - len(nxt) - len(last) - 6)
            gap = " " if whole[at + len(nxt) :].strip() == last else " … "
            return f"{head.removesuffix(' …')} … {nxt}{gap}{last}"
        head = _finished(whole[: -len(last)].rstrip(), limit - len(last) - 3)
        return f"{head} … {last}"
    first = split_line(lines[0])[0] if lines else ""
    if first.endswith(":") and len(lines) > 1:
        first = f"{first} {lines[1].lstrip('-–• ')}"
    return trim(first, limit)


# A sentence cut within this many characters of its end is finished instead.
_FINISH_CHARS = 25


def _finished(text: str, limit: int) -> str:
    """``text`` trimmed to ``limit`` (no trailing "…"), but a sentence that would lose only its
    last words ("… ikke skal revurderes på nuværende" + "tidspunkt.") is finished."""
    if len(text) <= limit:
        return text
    end = text.find(". ", limit)
    end = len(text) - 1 if end < 0 and text.endswith(".") else end
    if 0 <= end - limit <= _FINISH_CHARS and text[limit:end].count(". ") == 0:
        return text[: end + 1]
    return trim(text, limit).removesuffix(" …")


# A block with this many headings and sentences that record a decision decides several
# matters.
_DECIDED_MIN = 2


def _kept_in_order(said: list[str], deciding: list[str], last: str, limit: int) -> str:
    """The ``deciding`` sentences of ``said`` that fit ``limit``, then ``last`` (the block's
    last sentence, often a practical note) when room is left, shown in reading order, "…"
    marking the sentences left out between them; "" when fewer than two fit."""
    keep: set[int] = set()
    length = 0
    first = [i for i, sentence in enumerate(said) if sentence in deciding]
    then = [i for i, sentence in enumerate(said) if sentence == last and sentence not in deciding]
    for i in first + then:
        if length + len(said[i]) + 3 <= limit:
            keep.add(i)
            length += len(said[i]) + 3
    if len(keep) < 2:
        return ""
    out = ""
    for i in sorted(keep):
        joint = "" if not out else " " if i - 1 in keep else " … "
        out += joint + said[i]
    return out if len(said) - 1 in keep else f"{out} …"


def possessive(board: str, language: Language) -> str:
    """ "Direktionens" / "Direktionen's": the board's name as the data gives it, in genitive."""
    if language == "en":
        return f"{board}'s"
    if board[-1:] in "sxzSXZ":
        # "Kystvand Forsyning A/S'": a name ending in s takes an apostrophe in Danish.
        return board if board[-1:] == "s" and board[-2:-1].islower() else f"{board}'"
    return f"{board}s"


def _board_ok(meeting: Meeting, analysis: QuestionAnalysis) -> bool:
    board = analysis.constraints.board
    return board is None or names_board(meeting.board, board)


def _meetings(analysis: QuestionAnalysis, snapshot: Snapshot) -> list[Meeting]:
    """The meetings in the asked dates of the asked board; one, when the question names it by
    its place ("det første møde i 2023", "the last meeting": of the whole archive)."""
    c = analysis.constraints
    ordinal = _ORDINAL_MEETING_RE.search(analysis.text)
    if c.date_from is not None and c.date_to is not None:
        found = snapshot.meetings_between(c.date_from, c.date_to)
    elif ordinal is not None:
        found = list(snapshot.by_date)
    else:
        return []
    found = [m for m in found if _board_ok(m, analysis)]
    if ordinal is not None and found:
        return [found[0] if ordinal.group(1) else found[-1]]
    return found


def _nearest(analysis: QuestionAnalysis, snapshot: Snapshot, n: int = 3) -> list[Suggestion]:
    """The meetings dated closest to the asked dates (for "no minutes from that day")."""
    c = analysis.constraints
    if c.date_from is None or not snapshot.by_date:
        return []
    ranked = sorted(snapshot.by_date, key=lambda m: abs((m.date - c.date_from).days))  # type: ignore[operator]
    return [Suggestion(m, None) for m in ranked[:n]]


def answer_structurally(analysis: QuestionAnalysis, snapshot: Snapshot) -> Answer | None:
    """The structural answer to a question, or None when the question is not structural (or
    names nothing the structure can answer, so text search should)."""
    asked = analysis.constraints
    if asked.punkt is not None and asked.case_number and asked.day_or_month:
        # "hvad blev besluttet i det lukkede punkt 3 (sag 17/163) den 19/6 2017": the point
        # named by number and date is asked, not the case's other points.
        return point_lookup(analysis, snapshot)
    if analysis.intent == "case_status" and asked.case_number:
        return case_status(analysis, snapshot)
    if analysis.intent == "point_lookup" and asked.more_punkts:
        # "what were the closed items (2 and 3) about": several points asked by number are
        # named as closed in a meeting where every one of them is; with an open one among
        # them, text search answers (one lookup would leave the others out).
        numbers = {asked.punkt, *asked.more_punkts}
        closed = [
            (m, p)
            for m in _meetings(analysis, snapshot)
            if all(_closed_point(m, n) for n in numbers)
            for p in m.points
            if p.number in numbers
        ]
        return closed_points(analysis, closed) if closed else None
    if analysis.intent == "point_lookup":
        return point_lookup(analysis, snapshot)
    if _CLOSED_ASKED_RE.search(analysis.text) and analysis.constraints.day_or_month:
        meetings = _meetings(analysis, snapshot)
        closed = [(m, p) for m in meetings for p in m.points if p.closed]
        if closed:
            return closed_points(analysis, closed)
    # The meeting(s) named by dates or by their place ("det første møde i 2023").
    dated = analysis.constraints.date_from is not None or bool(
        _ORDINAL_MEETING_RE.search(analysis.text)
    )
    status = _status_asked(analysis)
    if status is not None and dated:
        found = points_by_status(analysis, snapshot, status)
        if found is not None:
            return found
    if analysis.intent == "overview" and dated:
        return overview(analysis, snapshot)
    if analysis.intent == "attendance" and analysis.constraints.day_or_month:
        meetings = _meetings(analysis, snapshot)
        if meetings and (
            not _point_attendance(analysis, meetings, snapshot)
            # "hvem deltog i budgetdelen af seminaret": the programme's line for that part
            # says who joined it, beside the header's attendees (a header that names nobody
            # leaves the point that records it to answer).
            or (
                any(m.attendees for m in meetings)
                and any(matter_presence_line(analysis, m) for m in meetings)
            )
        ):
            return attendance(analysis, meetings)
    if analysis.intent == "who" and analysis.constraints.day_or_month:
        # "hvem var sekretær på mødet 19.6.2017", "hvem tog referat": a role the header gives
        # one of the meeting's attendees.
        meetings = _meetings(analysis, snapshot)
        if meetings and asks_a_role(analysis, tuple(meetings)):
            return attendance(analysis, meetings)
    return None


def _closed_point(meeting: Meeting, number: int | None) -> bool:
    point = meeting.point(number) if number is not None else None
    return point is not None and point.closed


def closed_points(analysis: QuestionAnalysis, closed: list[tuple[Meeting, AgendaPoint]]) -> Answer:
    """The closed points a question asks for by the meeting's date ("what was decided in the
    closed item on 30 April 2013"): named as closed, with title and no content — a refusal."""
    lang = analysis.language
    named = [
        (f"Punkt {p.label or p.number} ({fmt_date(m.date)}): {p.title}")
        if lang == "da"
        else (f"Item {p.label or p.number} ({fmt_date(m.date)}): {p.title}")
        for m, p in closed
    ]
    one = len(closed) == 1
    if lang == "da":
        said = "Det er et lukket punkt" if one else "Det er lukkede punkter"
        text = f"{said}; indholdet er ikke offentligt. " + "; ".join(named) + "."
    else:
        said = "That is a closed item; its" if one else "Those are closed items; their"
        text = f"{said} content is not public. " + "; ".join(named) + "."
    return Answer(text=text, refused=True, language=lang, hint=False)


def _point_attendance(
    analysis: QuestionAnalysis, meetings: list[Meeting], snapshot: Snapshot
) -> bool:
    """Whether the question asks who took part in one matter ("hvem fra administrationen var
    med da digitaliseringsstrategien blev behandlet") that a point of the meetings records
    attendance for ("Klaus og Trine deltog under drøftelsen"): that point answers, not the
    meeting's header."""
    # Each matter word as its stem, or its compound's parts ("forebyggelsesrapporten" in a
    # point about "rapporten 'Kortlægning af forebyggelsesindsatsen'").
    matter = [
        [fold(t.stem)] + [fold(p) for p in t.pieces]
        for w in analysis.topic
        if w not in analysis.verbs
        and not names_a_role(w, snapshot.attendee_roles)
        and snapshot.lexical.knows_any(w)
        for t in analyze(w)
        if len(t.stem) >= 4
    ]
    if not matter:
        return False
    for meeting in meetings:
        for point in meeting.points:
            if point.closed:
                continue
            folded = fold(point.title + "\n" + "\n".join(s.text for s in point.sections))
            if all(
                m[0] in folded or (m[1:] and all(p in folded for p in m[1:])) for m in matter
            ) and records_attendance(point):
                return True
    return False


def records_attendance(point: AgendaPoint) -> bool:
    """Whether a point records who took part in it ("Klaus og Trine deltog under drøftelsen")."""
    return any(
        ATTENDANCE_RE.search(text) for text in (point.title, *(s.text for s in point.sections))
    )


def asks_a_role(analysis: QuestionAnalysis, meetings: tuple[Meeting, ...]) -> bool:
    """Whether the question asks who had a role the meetings' headers give an attendee."""
    if _MINUTE_TAKER_RE.search(analysis.text):
        return any(
            fold(r) in _MINUTE_TAKER_ROLES
            for m in meetings
            for a in m.attendees
            if a.role
            for r in a.role.split()
        )
    return any(attendee_role(w, meetings) for w in analysis.topic if w not in analysis.verbs)


def case_status(analysis: QuestionAnalysis, snapshot: Snapshot) -> Answer:
    """A case's timeline, newest decision first, one line and one citation per point."""
    lang = analysis.language
    case = analysis.constraints.case_number or ""
    entries = list(reversed(snapshot.case_points(case)))
    if not entries:
        text = (
            f"Sag {case} findes ikke i referaterne."
            if lang == "da"
            else f"Case {case} is not in the minutes."
        )
        return Answer(text=text, refused=True, language=lang)
    # Asked loosely ("12-32140", "12/032140"), named as the minutes write it.
    case = entries[0][1].case_number or case
    # "status på sag 17/6274 i 2025?", "hvad besluttede Byrådet om sag ...", "tandpleje på sag
    # ...": what else the question says must hold in the points of the timeline.
    # Everyday words ("den blev vist udskudt en gang", "hvor langt er den nået") say what the
    # asker wants to know of the case, not another matter: only the others must hold.
    weights = [
        t
        for t in topic_weights(analysis, lambda _w: 1.0)  # once per question, not per point
        if not everyday_word(t.alternatives[0], analysis.language, CASE_STATUS_ZIPF)
    ]
    held = [(m, p) for m, p in entries if _case_point_answers(analysis, weights, m, p)]
    if all(p.closed for _, p in held):
        # Only closed points left (they say nothing, so nothing can contradict the question):
        # no open point answers as asked ("status på sag 17/163 i 2035").
        held = []
    if not held:
        meeting, point = entries[0]
        where = f"{fmt_date(meeting.date)}, Punkt {point.number}"
        text = (
            f"Jeg fandt intet om sag {case} som spurgt. Sagen er behandlet "
            f"{_times(len(entries), lang)}, senest {where}."
            if lang == "da"
            else f"I found nothing about case {case} as asked. The case came up "
            f"{_times(len(entries), lang)}, last on {fmt_date(meeting.date)}, item {point.number}."
        )
        return Answer(
            text=text,
            refused=True,
            language=lang,
            suggestions=[Suggestion(m, p) for m, p in entries[:3] if not p.closed],
            hint=False,
        )
    entries = held
    head = (
        f"Sag {case} er behandlet {_times(len(entries), lang)}; nyeste først:"
        if lang == "da"
        else f"Case {case} came up {_times(len(entries), lang)}; newest first:"
    )
    lines = [head]
    sources: list[Source] = []
    # A case decided once or twice gets its decisions at length; a long timeline a line each.
    # A closed point is a line without content and takes none of the room.
    open_entries = sum(1 for _, p in entries if not p.closed) or 1
    limit = max(_LINE_CHARS, _CASE_CHARS // open_entries)
    for meeting, point in entries:
        lines.append(_point_line(meeting, point, sources, lang, with_board=True, limit=limit))
    if (_CASE_ABOUT_RE.search(analysis.text) or _only_terse(entries)) and len(
        _matters(entries)
    ) == 1:
        # "hvad handlede sag 22/11606 om": the decisions ("Taget til efterretning.") do not say
        # what the matter is; the account of its newest open point does. (A case number that
        # files several matters, a meeting's running "Huskeliste" and "Øvrige sager", has no
        # one account.)
        for meeting, point in entries:
            summary = "" if point.closed else _summary(point, _ABOUT_CHARS, skip_proposal=True)
            if summary:
                n = len(sources) + 1
                section = next(x.name for x in point.sections if not x.is_decision)
                sources.append(Source(n, meeting, point, section, summary))
                said = "Sagen handler om" if lang == "da" else "What the case is about"
                lines.insert(1, f"{said}: «{summary}» [{n}]")
                break
    return Answer(text="\n".join(lines), refused=False, language=lang, sources=sources)


def _latest_decision(point: AgendaPoint) -> Section | None:
    """A point's latest decision block that says anything."""
    return next((d for d in reversed(point.decisions) if d.text.strip()), None)


def _only_terse(entries: list[tuple[Meeting, AgendaPoint]]) -> bool:
    """Whether every open point of a timeline was decided in a few words ("Taget til
    efterretning."): the status then says nothing of what the case is, so its account does."""
    decided = [_latest_decision(p) for _, p in entries if not p.closed]
    return bool(decided) and all(
        len(d.text.strip() if d is not None else "") < _TERSE_DECISION_CHARS for d in decided
    )


def _matters(entries: list[tuple[Meeting, AgendaPoint]]) -> set[str]:
    """The open points' titles without their dates and numbers: the matters a case files."""
    return {re.sub(r"[\d\W]+", " ", p.title).strip().lower() for _, p in entries if not p.closed}


_CASE_ABOUT_RE = re.compile(CASE_ABOUT_CUES, re.IGNORECASE)
# How much of a case's account answers what it is about.
_ABOUT_CHARS = 300


# What a failed constraint (api.answering.evidence) is called in a Danish answer.
_FAILED_DA = {"year": "år", "date": "dato", "board": "udvalg", "case": "sag"}


def _case_point_answers(
    analysis: QuestionAnalysis, weights: list[TopicWord], meeting: Meeting, point: AgendaPoint
) -> bool:
    """Whether a point of a case's timeline holds the question's other constraints (dates,
    years, board) and covers its topic words, if it names any beside the case."""
    if point.closed:
        return True  # listed as closed, with no content; the timeline names it
    evidence = check_point(analysis, meeting, point, weights)
    return evidence.holds and evidence.coverage >= 0.5


def _points_about(meeting: Meeting, analysis: QuestionAnalysis) -> list[AgendaPoint]:
    """The meeting's points an overview lists: those that name every word the question asks the
    items about ("hvilke sager sendte direktionen videre til chefforum d. 30/4": the points
    naming Chefforum), when some do and some do not; else every point."""
    if not _WHICH_ITEMS_RE.search(analysis.text):
        return list(meeting.points)
    stems = [fold(t.stem) for w in _items_about(analysis) for t in analyze(w)]
    if not stems:
        return list(meeting.points)

    def about(point: AgendaPoint) -> bool:
        if point.closed:
            return False
        held = {fold(t.stem) for t in analyze(f"{point.title}\n{point.text}")}
        return all(any(h.startswith(s) for h in held) for s in stems)

    named = [p for p in meeting.points if about(p)]
    return named if 0 < len(named) < len(meeting.points) else list(meeting.points)


_ITEM_NOUNS = frozenset(fold(w) for w in AGENDA_ITEM_NOUNS)


def _items_about(analysis: QuestionAnalysis) -> list[str]:
    """The words a question asks a meeting's items about: its topic less the nouns for items
    ("sager") and meetings, and its verbs."""
    return [
        w
        for w in analysis.topic
        if fold(w.lower()) not in _ITEM_NOUNS
        and w not in analysis.verbs
        and not _MEETING_NOUN_RE.search(w)
    ]


def _point_line(
    meeting: Meeting,
    point: AgendaPoint,
    sources: list[Source],
    lang: Language,
    with_board: bool,
    limit: int = _LINE_CHARS,
) -> str:
    where = f"{meeting.board} {fmt_date(meeting.date)}, " if with_board else ""
    word = "Punkt" if lang == "da" else "Item"
    label = f"- {where}{word} {point.number}: {point.title}"
    if point.closed:
        return label + (" (lukket punkt)" if lang == "da" else " (closed item)")
    n = len(sources) + 1
    line = decision_line(point, limit, on=None if with_board else meeting.date)
    sources.append(Source(n, meeting, point, "Beslutning" if line else "", line or point.title))
    if not line:
        return f"{label} [{n}]"
    decisions = [d for d in point.decisions if d.text.strip()]
    if not with_board:
        # The point was decided again at a later meeting: where it ended is part of it.
        later = [d for d in decisions if d.decision_date and d.decision_date > meeting.date]
        if later:
            then = "Senere" if lang == "da" else "Later"
            end = later[-1]
            return (
                f"{label} — «{line}» {then} ({fmt_date(end.decision_date)}): "
                f"«{first_line(end.text, _LINE_CHARS)}» [{n}]"
            )
        return f"{label} — «{line}» [{n}]"
    if len(decisions) < 2:
        return f"{label} — «{line}» [{n}]"
    # A case's timeline: the point was postponed or sent back before this decision, and when
    # is part of its status ("Tidligere: 08-01-2013: «Udsættes.»").
    latest = decisions[-1].decision_date
    when = f"{fmt_date(latest)}: " if latest is not None and latest != meeting.date else ""
    earlier = "; ".join(
        f"{fmt_date(d.decision_date) or '?'}: «{first_line(d.text)}»" for d in decisions[:-1]
    )
    before = "Tidligere" if lang == "da" else "Earlier"
    return f"{label} — {when}«{line}» [{n}]\n  {before}: {earlier} [{n}]"


def first_line(text: str, limit: int = 120) -> str:
    """The first line of a text, cut to ``limit``: a decision block in a line."""
    return trim(next((x.strip() for x in text.split("\n") if x.strip()), ""), limit)


def overview(analysis: QuestionAnalysis, snapshot: Snapshot) -> Answer:
    """Every point of the meeting(s) in the asked dates, each with its one-line decision."""
    lang = analysis.language
    meetings = _meetings(analysis, snapshot)
    if not meetings:
        return _no_meeting(analysis, snapshot)
    lines: list[str] = []
    sources: list[Source] = []
    for meeting in meetings[-MAX_MEETINGS:][::-1]:
        points = _points_about(meeting, analysis)
        count = f"{len(meeting.points)} punkter" if lang == "da" else f"{len(meeting.points)} items"
        if len(points) < len(meeting.points):
            named = " ".join(_items_about(analysis))
            count = (
                f"{len(points)} af {count} nævner {named}"
                if lang == "da"
                else f"{len(points)} of {count} name {named}"
            )
        head = (
            f"{possessive(meeting.board, lang)} møde {fmt_date(meeting.date)} ({count}):"
            if lang == "da"
            else f"{possessive(meeting.board, lang)} meeting on {fmt_date(meeting.date)} ({count}):"
        )
        if lines:
            lines.append("")
        lines.append(head)
        # One meeting of a few points: each decision as far as its share of the room allows
        # (what was decided is the point of an overview); several meetings: a line each.
        limit = _LINE_CHARS
        if len(meetings) == 1:
            limit = max(_LINE_CHARS, min(_OVERVIEW_POINT_CHARS, _decision_share(meeting)))
        for point in points:
            lines.append(_point_line(meeting, point, sources, lang, with_board=False, limit=limit))
    if len(meetings) > MAX_MEETINGS:
        more = len(meetings) - MAX_MEETINGS
        lines.append(
            f"(og {more} ældre møder i perioden; afgræns datoerne for at se dem)"
            if lang == "da"
            else f"(and {more} earlier meetings in the period; narrow the dates to see them)"
        )
    return Answer(text="\n".join(lines), refused=False, language=lang, sources=sources)


def _status_asked(analysis: QuestionAnalysis) -> str | None:
    """What became of the points a question asks for ("which items were postponed"), if it
    asks for the points by that: "nothing recorded" in so many words, the others after "which
    items" ("blev Solgården-sagen udsat?" asks about one matter, which search answers)."""
    which = _WHICH_ITEMS_RE.search(analysis.text) is not None
    for name, (asked, _) in _STATUS.items():
        if asked.search(analysis.text) and (which or name == "nothing"):
            return name
    return None


def _has_status(meeting: Meeting, point: AgendaPoint, status: str) -> bool:
    """Whether a decision the point got at the meeting (not one made later) records
    ``status``."""
    said = _STATUS[status][1]
    return any(
        said.search(d.text.strip())
        for d in point.decisions
        if d.decision_date is None or d.decision_date == meeting.date
    )


_STATUS_HEAD = {
    "nothing": ("Punkter, hvor referatet intet indeholder", "Items whose minutes record nothing"),
    "not_dealt": ("Punkter, der ikke blev behandlet", "Items that were not dealt with"),
    "postponed": ("Punkter, der blev udsat", "Items that were postponed"),
}
_STATUS_NONE = {
    "nothing": (
        "står med «Intet til referat»",
        "is minuted as «Intet til referat» (nothing recorded)",
    ),
    "not_dealt": ("er noteret som ikke behandlet", "is minuted as not dealt with"),
    "postponed": ("er noteret som udsat", "is minuted as postponed"),
}


def points_by_status(analysis: QuestionAnalysis, snapshot: Snapshot, status: str) -> Answer | None:
    """The points of the asked meeting(s) whose decision there records ``status`` ("which items
    ended with nothing recorded", "hvilke sager blev udsat"), each with that decision. No
    meeting in the asked dates: None (the question is answered as any other, which says so);
    meetings with no such point: a refusal that says so and suggests the meetings."""
    lang = analysis.language
    meetings = _meetings(analysis, snapshot)
    if not meetings:
        return None
    found = [
        (m, p) for m in meetings for p in m.points if not p.closed and _has_status(m, p, status)
    ]
    if not found:
        dates = ", ".join(fmt_date(m.date) for m in meetings[:MAX_MEETINGS])
        many = len(meetings) > 1
        da, en = _STATUS_NONE[status]
        text = (
            f"Intet punkt på {'møderne' if many else 'mødet'} {dates} {da}."
            if lang == "da"
            else f"No item of the {'meetings' if many else 'meeting'} on {dates} {en}."
        )
        shown = [Suggestion(m, None) for m in meetings[:MAX_MEETINGS]]
        return Answer(text=text, refused=True, language=lang, suggestions=shown, hint=False)
    sources: list[Source] = []
    lines: list[str] = []
    word = "Punkt" if lang == "da" else "Item"
    for meeting, point in found:
        n = len(sources) + 1
        text = decision_line(point, _LINE_CHARS, on=meeting.date)
        sources.append(Source(n, meeting, point, "Beslutning", text))
        lines.append(
            f"- {word} {point.number} ({fmt_date(meeting.date)}): {point.title} — «{text}» [{n}]"
        )
    da, en = _STATUS_HEAD[status]
    head = f"{da if lang == 'da' else en} ({len(found)}):"
    return Answer(text="\n".join([head, *lines]), refused=False, language=lang, sources=sources)


def _decision_share(meeting: Meeting) -> int:
    """Each decision's share of an overview's room: shared by the points with a decision (a
    closed point or one without a decision takes a line of its own), and a decision shorter
    than its share leaves the rest to the others."""
    latest = [_latest_decision(p) for p in meeting.points if not p.closed]
    sizes = sorted(len(" ".join(d.text.split())) for d in latest if d is not None)
    room, left = _OVERVIEW_CHARS, len(sizes)
    for size in sizes:
        share = room // max(1, left)
        if size > share:
            return share
        room -= size
        left -= 1
    return _OVERVIEW_POINT_CHARS


def _board_name(stem: str, snapshot: Snapshot) -> str:
    """A board named by its folded stem ("direktion"), as the archive writes it
    ("Direktionen"); capitalised when the archive holds none of its meetings."""
    for meeting in snapshot.meetings.values():
        if names_board(meeting.board, stem):
            return meeting.board
    return board_display(stem)


def board_display(stem: str) -> str:
    """A board the archive holds no meetings of, by its stem in the definite form it is named
    by: "Byrådet", "Økonomiudvalget", "Direktionen"; an English name as the question gave it."""
    if stem.endswith(("råd", "udvalg", "nævn", "forum", "sekretariat")):
        return stem.capitalize() + "et"
    if stem.endswith(("committee", "council", "board")):
        # Without an article: the sentence around it may be Danish.
        return stem.title()
    return stem.capitalize() + ("en" if stem.endswith("ion") else "")


def _times(n: int, lang: Language) -> str:
    """ "1 gang", "3 gange"; "once", "3 times"."""
    if lang == "da":
        return f"{n} gang" if n == 1 else f"{n} gange"
    return "once" if n == 1 else f"{n} times"


def _no_meeting(analysis: QuestionAnalysis, snapshot: Snapshot) -> Answer:
    lang = analysis.language
    c = analysis.constraints
    when = (
        fmt_date(c.date_from)
        if c.date_from == c.date_to
        else f"{fmt_date(c.date_from)}–{fmt_date(c.date_to)}"
    )
    # "hvad besluttede Byrådet den 19. juni 2017?" when only another board met that day.
    other = c.board is not None and c.date_from is not None and c.date_to is not None
    board = f" {_board_name(c.board, snapshot)}" if other and c.board else ""
    text = (
        f"Der er intet referat{' fra' + board if board else ''} fra {when} i arkivet."
        if lang == "da"
        else f"The archive holds no minutes{' of' + board if board else ''} from {when}."
    )
    return Answer(text=text, refused=True, language=lang, suggestions=_nearest(analysis, snapshot))


def point_lookup(analysis: QuestionAnalysis, snapshot: Snapshot) -> Answer:
    """One point by number and date; a closed point is named as closed, with no content."""
    lang = analysis.language
    label = analysis.constraints.punkt_label
    punkt: int | str | None = label or analysis.constraints.punkt
    assert punkt is not None
    meetings = _meetings(analysis, snapshot)
    if not meetings:
        return _no_meeting(analysis, snapshot)
    found = [
        (m, m.point_labelled(label) if label else m.point(analysis.constraints.punkt or 0))
        for m in meetings
    ]
    hits = [(m, p) for m, p in found if p is not None]
    if not hits:
        m = meetings[0]
        text = (
            f"Mødet {fmt_date(m.date)} har ikke noget punkt {punkt} "
            f"(det har {len(m.points)} punkter)."
            if lang == "da"
            else f"The meeting on {fmt_date(m.date)} has no item {punkt} "
            f"(it has {len(m.points)} items)."
        )
        return Answer(text=text, refused=True, language=lang, suggestions=[Suggestion(m, None)])
    meeting, point = hits[-1]
    when = fmt_date(meeting.date)
    shown = point.label or point.number
    failed = [f for f in check_point(analysis, meeting, point, ()).failed if f != "closed"]
    if failed:
        # "punkt 11 den 19-06-2017 i 2028": the point exists, but not as the question has it.
        said = (
            ", ".join(
                _FAILED_DA.get(f.split(" ")[0], f.split(" ")[0]) + f[len(f.split(" ")[0]) :]
                for f in failed
            )
            if lang == "da"
            else ", ".join(failed)
        )
        text = (
            f"Punkt {shown} ({when}) passer ikke med spørgsmålet ({said})."
            if lang == "da"
            else f"Item {shown} ({when}) does not match the question ({said})."
        )
        return Answer(
            text=text,
            refused=True,
            language=lang,
            suggestions=[] if point.closed else [Suggestion(meeting, point)],
            hint=False,
        )
    if point.closed:
        text = (
            f"Punkt {shown} ({when}) er et lukket punkt; indholdet er ikke offentligt. "
            f"Titel: {point.title}."
            if lang == "da"
            else f"Item {shown} ({when}) is a closed item; its content is not public. "
            f"Title: {point.title}."
        )
        return Answer(text=text, refused=True, language=lang, hint=False)
    line = decision_line(point, _LOOKUP_DECISION_CHARS)
    whole = decision_line(point, _LOOKUP_DECISION_CHARS + _LOOKUP_SUMMARY_CHARS)
    if (
        whole
        and "…" not in whole
        and len(whole) <= _LOOKUP_DECISION_CHARS + _LOOKUP_SUMMARY_CHARS - _LOOKUP_SUMMARY_MIN
    ):
        # A decision that fits the lookup's room whole is what the point says: its list is
        # given whole ("fokus på: - … - … - …"), and the account takes what room is left. A
        # decision that would take it all is cut instead: what the point is about (the start
        # of its account, "Styrket borgerkontakt …") is half of what a lookup asks.
        line = whole
    # A short decision ("Taget til efterretning.") leaves its room to the account.
    room = _LOOKUP_SUMMARY_CHARS + _LOOKUP_DECISION_CHARS - len(line) if line else 400
    # A decision in a few words ("Udsættes.", "Godkendt.") does not say what the board was
    # asked to do; the proposal does, so it opens the account. A decision that says more
    # stands for the proposal it settled.
    terse = bool(line) and len(line) < _TERSE_DECISION_CHARS
    summary = (
        _summary(point, room, skip_proposal=bool(line) and not terse, proposal_first=terse)
        if room >= _LOOKUP_SUMMARY_MIN
        else ""
    )
    quote = line or summary
    frame = (
        f"Punkt {shown} ({possessive(meeting.board, lang)} møde {when}): {point.title}."
        if lang == "da"
        else f"Item {shown} ({possessive(meeting.board, lang)} meeting on {when}): {point.title}."
    )
    matters = _sub_matters(point)
    if matters:
        # "Øvrige sager", "Eventuelt": a point of several matters, each under its heading in the
        # decision, says which ones before what became of the first.
        frame += (" Emner: " if lang == "da" else " Matters: ") + "; ".join(matters) + "."
    said = ("Beslutning:" if lang == "da" else "Decision:") if line else ""
    text = f"{frame} {said} «{quote}» [1]".replace("  ", " ")
    if line and summary:
        # What the point is about, beside what was decided: the start of its first account.
        text += ("\nAf sagen: " if lang == "da" else "\nThe minutes: ") + f"«{summary}» [1]"
    attached = _attachments(point)
    if attached and len(text) + len(attached) <= _LOOKUP_DECISION_CHARS + _LOOKUP_SUMMARY_CHARS:
        # "Vedlagt udvalgenes årshjul.": what a short point lays before the board is part of
        # what it holds; the attachments' names say so where there is room.
        text += ("\nBilag: " if lang == "da" else "\nAttachments: ") + f"«{attached}» [1]"
    source = Source(1, meeting, point, "Beslutning" if line else "", quote)
    return Answer(text=text, refused=False, language=lang, sources=[source])


def _attachments(point: AgendaPoint) -> str:
    """The names a point's "Bilag" section lists, joined by "; "; empty when it has none."""
    names = [
        line.strip(" -•\t")
        for section in point.sections
        if section.name == "Bilag"
        for line in section.text.split("\n")
        if line.strip(" -•\t") and fold(line.strip()) != "bilag"
    ]
    return trim("; ".join(names), _ATTACHMENTS_CHARS)


# The room a lookup's list of attachments may take.
_ATTACHMENTS_CHARS = 200

# A section's body shorter than this keeps the headings inside it in a lookup's account.
_SHORT_BODY = 100

# A decision with at least this many headings inside it decides several matters.
_SUB_MATTERS_MIN = 2


def _sub_matters(point: AgendaPoint) -> list[str]:
    """The headings inside a point's latest decision ("Innovation - konkrete initiativer",
    "Aftalestyring", "Samarbejde med Roskilde"), when it has several."""
    decisions = [d for d in point.decisions if d.text.strip()]
    if not decisions:
        return []
    lines = [line.strip() for line in decisions[-1].text.split("\n") if line.strip()]
    headings = [line for line in lines if looks_like_heading(line)]
    return headings if len(headings) >= _SUB_MATTERS_MIN else []


def _summary(
    point: AgendaPoint, limit: int, skip_proposal: bool = False, proposal_first: bool = False
) -> str:
    """The start of a point's account: its sections that are neither a decision nor its
    attachments, in order, up to ``limit`` (a one-line "Baggrund" goes on into the
    "Sagsfremstilling" that says what the matter is). ``skip_proposal`` leaves out the
    proposal ("Indstilling") when the decision beside it says what became of it;
    ``proposal_first`` puts it before the other sections."""
    parts: list[str] = []
    sections = list(point.sections)
    if proposal_first:
        sections.sort(key=lambda s: not fold(s.name).startswith("indstilling"))
    for section in sections:
        if section.is_decision or section.name == "Bilag":
            continue
        if skip_proposal and fold(section.name).startswith("indstilling"):
            continue
        lines = [x.strip() for x in section.text.split("\n") if x.strip()]
        text = " ".join(x for x in lines if not looks_like_heading(x))
        if text and len(text) < _SHORT_BODY and len(lines) > 1:
            # "Koordinering af kommende politiske mødesager" over "Vedlagt udvalgenes årshjul.":
            # under a line or two of body, the heading says what the point takes up.
            text = " … ".join(lines)
        if text:
            parts.append(text)
        if sum(len(x) + 1 for x in parts) >= limit:
            break
    # Sections are joined as a quote's gaps are marked: the words stay the minutes' own.
    return trim(" … ".join(parts), limit) if parts else ""


def attendance(analysis: QuestionAnalysis, meetings: list[Meeting]) -> Answer:
    """Who attended (and who sent apologies), and where, from the meetings' headers."""
    lang = analysis.language
    parts: list[str] = []
    sources: list[Source] = []
    shown = meetings[-MAX_MEETINGS:]
    for meeting in shown[::-1]:
        n = len(sources) + 1
        line, facts = header_line(meeting, lang)
        if not facts:
            continue
        parts.append(f"{line} [{n}]")
        sources.append(Source(n, meeting, None, "Mødedeltagere", facts))
    if not sources:
        return Answer(text="", refused=True, language=lang)
    if not any(m.attendees for m in shown) and not _PLACE_OR_TIME_RE.search(analysis.text):
        when = ", ".join(fmt_date(m.date) for m in shown)
        board = possessive(shown[0].board, lang)
        guests = list(_point_guests(shown))
        if guests and not _ABSENCE_Q_RE.search(analysis.text):
            # "which guests were at the meeting on 21 May 2013" where the header names nobody:
            # the points' lines of who took part in them ("Stine West Dyhr deltog under
            # punktet") are who came, each with its point.
            lead = (
                f"Referatet af {board} møde {when} nævner ingen mødedeltagere i hovedet; "
                "under punkterne deltog:"
                if lang == "da"
                else f"The minutes of {board} meeting on {when} name no attendees in the "
                "header; taking part in items:"
            )
            lines = [lead]
            sources = []
            for n, (meeting, point, line) in enumerate(guests, start=1):
                where = f"Punkt {point.number}" if lang == "da" else f"item {point.number}"
                lines.append(f"- {where} ({point.title}): «{line}» [{n}]")
                sources.append(Source(n, meeting, point, point.title, line))
            return Answer(text="\n".join(lines), refused=False, language=lang, sources=sources)
        # "hvem havde afbud til mødet 30.4.2013" where the header names nobody: the venue is
        # no answer to who, so say the minutes do not tell, as any refusal does.
        text = (
            f"Referatet af {board} møde {when} nævner ingen mødedeltagere eller afbud."
            if lang == "da"
            else f"The minutes of {board} meeting on {when} name no attendees or apologies."
        )
        return Answer(
            text=text,
            refused=True,
            language=lang,
            suggestions=[Suggestion(m, None) for m in shown[::-1]],
            # Other words would not make the header name anyone.
            hint=False,
        )
    if _PLACE_OR_TIME_RE.search(analysis.text):
        # "where and at what time did they meet": the header's lines that give the day and
        # hour and the place, as the minutes write them, are the answer's evidence.
        for k, source in enumerate(sources):
            meeting = source.meeting
            written = [
                w
                for w in (
                    _header_line_with(meeting, meeting.start_time),
                    _header_line_with(meeting, meeting.location),
                )
                if w
            ]
            quoted = " ".join(f"«{w}»" for w in dict.fromkeys(written) if w not in parts[k])
            if quoted:
                parts[k] = parts[k].replace(f" [{source.n}]", f" {quoted} [{source.n}]")
    named = _asked_attendee(analysis, shown)
    part = next(
        ((m, found) for m in shown[::-1] if (found := matter_presence_line(analysis, m))), None
    )
    if named is None and part is not None:
        # "hvem deltog i budgetdelen": the line of that part first, the header after it.
        meeting, (point, line) = part
        said = "Referatet siger" if lang == "da" else "The minutes say"
        parts, sources = _line_first(parts, sources, meeting, point, line, said, lang)
    if named is not None:
        meeting, person = named
        note = presence_note(meeting, person)
        if note is not None:
            # "var Lars Holte med hele dagen": the programme's line that says he was away for
            # a while answers first, the header after it.
            point, line = note
            lead = (attendee_lead(analysis, meeting, 0) or "").removesuffix(" [0].")
            said = f"{lead}; " + ("referatet siger" if lang == "da" else "the minutes say")
            parts, sources = _line_first(parts, sources, meeting, point, line, said, lang)
        else:
            n = next(s.n for s in sources if s.meeting is meeting)
            parts.insert(0, attendee_lead(analysis, meeting, n) or "")
    return Answer(text="\n".join(parts), refused=False, language=lang, sources=sources)


def _point_guests(meetings: list[Meeting]) -> Iterator[tuple[Meeting, AgendaPoint, str]]:
    """The lines of the meetings' open points that say who took part in them ("Stine West
    Dyhr deltog under punktet"), each with its meeting and point."""
    for meeting in meetings:
        for point, line in _open_lines(meeting):
            for sentence in split_line(line):
                if ATTENDANCE_RE.search(sentence):
                    yield meeting, point, sentence


_ABSENCE_Q_RE = re.compile(ABSENCE_ASKED_CUES, re.IGNORECASE)


def _line_first(
    parts: list[str],
    sources: list[Source],
    meeting: Meeting,
    point: AgendaPoint,
    line: str,
    said: str,
    lang: Language,
) -> tuple[list[str], list[Source]]:
    """The answer's parts and sources with a point's line quoted first, as source 1 ("``said``
    (Punkt 1): «line» [1]"), the others renumbered after it."""
    moved = [replace(s, n=s.n + 1) for s in sources]
    renumbered = [re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + 1}]", p) for p in parts]
    where = f"Punkt {point.number}" if lang == "da" else f"item {point.number}"
    first = f"{said} ({where}): «{line}» [1]"
    return [first, *renumbered], [Source(1, meeting, point, point.title, line), *moved]


def matter_presence_line(
    analysis: QuestionAnalysis, meeting: Meeting
) -> tuple[AgendaPoint, str] | None:
    """The first line of the meeting's open points that says who took part in the part the
    question names ("hvem deltog i budgetdelen": "Kl. 9.00-11.00: Direktionens budget i balance
    (Jane og Stine deltager)"), with its point; None when the question names no part or no
    line says so."""
    asked = {
        piece
        for w in analysis.topic
        if not _MEETING_NOUN_RE.search(w)
        for t in analyze(w)
        for piece in (fold(t.stem), *(fold(p) for p in t.pieces))
        if len(piece) >= 4
    }
    if not asked:
        return None
    for point, line in _open_short_lines(meeting):
        if not _PART_PRESENCE_RE.search(line):
            continue
        # The part's words, not the word that says who joined it ("deltager" would match a
        # question's "deltagerne" in every such line).
        said = {
            piece
            for t in analyze(_PART_PRESENCE_RE.sub(" ", line))
            for piece in (fold(t.stem), *(fold(p) for p in t.pieces))
            if len(piece) >= 4 and piece.isalpha()
        }
        # "budgetdelen" is the part about the "budget": a compound on a word of the line.
        if any(a.startswith(w) for a in asked for w in said):
            return point, line
    return None


def _open_lines(meeting: Meeting) -> Iterator[tuple[AgendaPoint, str]]:
    """Each line of the meeting's open points, stripped, with its point."""
    for point in meeting.points:
        if point.closed:
            continue
        for line in point.text.split("\n"):
            line = line.strip()
            if line:
                yield point, line


def _open_short_lines(meeting: Meeting) -> Iterator[tuple[AgendaPoint, str]]:
    """Each line of the meeting's open points short enough to be a programme's or a note's
    line (``_LINE_CHARS``), stripped, with its point."""
    return ((point, line) for point, line in _open_lines(meeting) if len(line) <= _LINE_CHARS)


def part_asked(analysis: QuestionAnalysis, snapshot: Snapshot) -> bool:
    """Whether an attendance question dated to a day or month names a part of its meeting
    that a line of the meeting's programme says who joined (see
    :func:`matter_presence_line`)."""
    if analysis.intent != "attendance" or not analysis.constraints.day_or_month:
        return False
    return any(matter_presence_line(analysis, m) for m in _meetings(analysis, snapshot))


def known_head(word: str, known: Callable[[str], bool]) -> bool:
    """Whether ``word`` is a compound on a word the archive knows ("budgetdelen" on "budget"):
    a start of four letters or more that ``known`` (a stem's test) accepts, two or more left."""
    terms = analyze(word)
    stem = fold(terms[0].stem) if terms else ""
    return any(known(stem[:i]) for i in range(4, len(stem) - 1))


def presence_note(meeting: Meeting, person: Attendee) -> tuple[AgendaPoint, str] | None:
    """The first line of the meeting's open points that says when ``person`` was there or
    away, by their full or first name ("Kl.12.45-14.15: Frokost og gåtur (Lars er væk i
    tidsrummet)"), with its point; None when no line does."""
    names = [person.name, person.name.split()[0]] if person.name.split() else []
    for point, line in _open_short_lines(meeting):
        for name in names:
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", line):
                if _PRESENCE_NOTE_RE.match(line[m.end() :].strip()):
                    return point, line
    return None


def _header_text(meeting: Meeting) -> str:
    """The meeting's text before its first point's title (its first 3,000 characters when the
    title is not found): the header that names who, where and when."""
    first = meeting.points[0].title if meeting.points else ""
    end = meeting.text.find(first) if first else -1
    return meeting.text[: end if end > 0 else 3000]


def _header_line_with(meeting: Meeting, value: str | None) -> str:
    """The line of the meeting's header (before its first point) that writes ``value`` (its
    starting hour, its venue), as written, without its markup; empty when none does."""
    if not value:
        return ""
    for line in _header_text(meeting).split("\n"):
        if value in line:
            return re.sub(r"[*#_]+", "", line).strip()
    return ""


def absence_as_written(meeting: Meeting) -> str:
    """The header's lines that say who was away, as the minutes write them ("Mødedeltagere …,
    Anya Krogh Manghezi (Afbud)", "Fraværende: Leif Sandager"), a line wrapped inside a name
    joined; empty when the header marks no one away in words (a table's "nej", an export's
    attribute).

    The answer's list of names is the reader's reading of the header; this is its evidence."""
    header = _header_text(meeting)
    quoted: list[str] = []
    for person in meeting.absent:
        parts = re.findall(r"[^\W\d_]+", person.name)
        if not parts:
            continue
        m = re.search(r"\s+".join(map(re.escape, parts)), header)
        if m is None:
            continue
        start = header.rfind("\n", 0, m.start()) + 1
        stop = header.find("\n", m.end())
        line = " ".join(header[start : stop if stop >= 0 else len(header)].split())
        if len(line) > _HEADER_QUOTE_CHARS:
            line = " ".join(header[m.start() : stop if stop >= 0 else len(header)].split())
        if _ABSENCE_RE.search(line) and line not in quoted:
            quoted.append(line[:_HEADER_QUOTE_CHARS])
    return " … ".join(quoted)


def attendee_lead(analysis: QuestionAnalysis, meeting: Meeting, n: int) -> str | None:
    """ "X deltog i mødet DATE [n]." when the question names one of the meeting's attendees
    ("var anya krogh manghezi med til mødet": the answer's first words say whether)."""
    named = _asked_attendee(analysis, [meeting])
    if named is None:
        return None
    person = named[1]
    when = fmt_date(meeting.date)
    if analysis.language == "da":
        said = "havde meldt afbud til" if person.absent else "deltog i"
        return f"{person.name} {said} mødet {when} [{n}]."
    said = "sent apologies (afbud) for" if person.absent else "attended"
    return f"{person.name} {said} the meeting on {when} [{n}]."


def _asked_attendee(
    analysis: QuestionAnalysis, meetings: list[Meeting]
) -> tuple[Meeting, Attendee] | None:
    """The meeting and attendee the question names, when it names one the header lists: every
    part of a one-word name, or at least two parts of a longer one ("Anya Krogh Manghezi",
    "Lars Holte", typed in lower case or without æøå)."""
    asked = {fold(w) for w in analysis.topic}
    # "Per" is a word too ("per måned"): the question's own words, not only its topic.
    written = {fold(w) for w in re.findall(r"[^\W\d_]+", analysis.text)}
    for meeting in meetings[::-1]:
        for person in meeting.attendees:
            parts = {fold(p) for p in re.findall(r"[^\W\d_]+", person.name)}
            if parts and len(parts & asked) >= min(2, len(parts)):
                return meeting, person
            if len(parts & asked) == 1 and len(parts & written) >= min(2, len(parts)):
                return meeting, person
        # "var Anya med": a first name, or a surname, that one attendee alone has.
        for person in meeting.attendees:
            parts = {fold(p) for p in re.findall(r"[^\W\d_]+", person.name)}
            if parts & asked and not any(
                parts & asked & {fold(p) for p in re.findall(r"[^\W\d_]+", other.name)}
                for other in meeting.attendees
                if other is not person
            ):
                return meeting, person
    return None


def attendee_role(word: str, meetings: tuple[Meeting, ...]) -> bool:
    """Whether ``word`` names a role the meetings' headers give an attendee ("sekretær",
    "referent", "formand"): a question for who had it asks the header."""
    return names_a_role(word, role_stems(meetings))


def names_a_role(word: str, roles: frozenset[str]) -> bool:
    """Whether ``word`` is (the start of) one of the ``roles`` (see :func:`role_stems`)."""
    # "sekretaer": staff type without æøå.
    stems = [fold(t.stem) for w in dict.fromkeys((word, respell(word))) for t in analyze(w)]
    return any(r.startswith(s) for r in roles for s in stems)


def header_line(meeting: Meeting, lang: Language) -> tuple[str, str]:
    """A meeting's header as an answer gives it ("Direktionens møde 16-01-2023: Mødedeltagere:
    …"), with who was away as the minutes write it, and the quote its source shows (that line
    as written, else the facts); both empty when the header names nothing."""
    facts = header_facts(meeting, lang)
    if not facts:
        return "", ""
    frame = (
        f"{possessive(meeting.board, lang)} møde {fmt_date(meeting.date)}:"
        if lang == "da"
        else f"{possessive(meeting.board, lang)} meeting on {fmt_date(meeting.date)}:"
    )
    written = absence_as_written(meeting)
    if written:
        return f"{frame} {facts} «{written}»", written
    return f"{frame} {facts}", facts


def header_facts(meeting: Meeting, lang: Language) -> str:
    """A meeting header's attendees, apologies, venue and starting hour, as one line."""
    present = [
        a.name + (f" ({a.role})" if a.role else "") for a in meeting.attendees if not a.absent
    ]
    absent = [a.name for a in meeting.absent]
    facts: list[str] = []
    if present:
        facts.append(("Mødedeltagere: " if lang == "da" else "Attendees: ") + ", ".join(present))
    if absent:
        facts.append(("Afbud: " if lang == "da" else "Absent (afbud): ") + ", ".join(absent))
    elif present:
        # Asked who was absent, the answer says none is recorded rather than nothing.
        facts.append("Afbud: ingen noteret" if lang == "da" else "Absent: none recorded")
    else:
        facts.append(
            "Referatet nævner ingen mødedeltagere"
            if lang == "da"
            else "The minutes name no attendees"
        )
    if meeting.location:
        facts.append(("Mødested: " if lang == "da" else "Location: ") + meeting.location)
    if meeting.start_time:
        # "hvor blev mødet holdt, og hvornår startede det": the header's hour answers the when.
        facts.append(
            ("Mødet begyndte kl. " if lang == "da" else "It began at ") + meeting.start_time
        )
    return ". ".join(facts) + "." if facts else ""
