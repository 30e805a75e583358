"""Synthetic scale corpus: N meetings of Direktionen in the corpus's own format, from a seed.

    python benchmarks/make_corpus.py 200 --seed 1 --out benchmarks/.cache/synth-200

Every meeting is recombined from the vocabulary of the five real minutes in ``corpus/``: titles,
section bodies and decisions are re-assembled line by line and sentence by sentence across points
and meetings, and every number is mutated. A synthetic decision (Beslutning block) is built from
sentences of at least two different real decisions and is rejected when it contains a whole real
decision, so the real points stay the only right answer to the evaluation questions.

Both flavours are written: plain text (``.txt``, like 2013-01-15) and markdown (``.md``, like
2013-04-30, about one meeting in five). Dates are distinct, lie in 2010-2025 and never equal a real
meeting date. The output is byte-for-byte the same for the same ``N``, ``--seed`` and corpus.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from indexer.models import CASE_NUMBER_RE, Meeting  # noqa: E402
from indexer.parse import SECTION_NAMES, parse_file  # noqa: E402

CORPUS = ROOT / "corpus"
BOARD = "Direktionen"
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
MIN_BLOCK_CHARS = 20  # real decisions shorter than this ("Udsættes.") are generic phrases

_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9])")
_DMY_RE = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")
_NUMBER_RE = re.compile(r"\d+")
_PUNKT_LINE_RE = re.compile(r"^\W*Punkt\s+\d+\s*:", re.IGNORECASE)


def fold(text: str) -> str:
    """Case- and white-space-folded text, as the verbatim-copy checks compare it."""
    return " ".join(text.split()).casefold()


@dataclass
class Vocabulary:
    """What the real minutes offer for recombination."""

    titles: list[str] = field(default_factory=list)
    lines: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    bodies: dict[str, list[list[str]]] = field(default_factory=lambda: defaultdict(list))
    decisions: list[list[str]] = field(default_factory=list)  # sentences, one list per block
    decision_blocks: list[str] = field(default_factory=list)  # folded real blocks
    real_dates: set[date] = field(default_factory=set)


def _usable(line: str) -> bool:
    """A body line that cannot be mistaken for structure when written back out."""
    text = line.strip().strip("*#").strip()
    if not text or len(text) > 600:
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


def load_vocabulary(corpus: Path = CORPUS) -> Vocabulary:
    """Parse the real minutes and collect titles, section lines and decision sentences."""
    vocab = Vocabulary()
    meetings: list[Meeting] = [
        parse_file(p) for p in sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.md"))
    ]
    for meeting in meetings:
        vocab.real_dates.add(meeting.date)
        for point in meeting.points:
            if point.closed:
                continue
            if _standing(point.title) is None and point.title not in vocab.titles:
                vocab.titles.append(point.title)
            for section in point.sections:
                if section.is_decision:
                    sentences = [
                        s
                        for line in section.text.splitlines()
                        if _usable(line)
                        for s in _SENTENCE_RE.split(line.strip())
                        if s.strip()
                    ]
                    if sentences:
                        vocab.decisions.append(sentences)
                    if len(fold(section.text)) >= MIN_BLOCK_CHARS:
                        vocab.decision_blocks.append(fold(section.text))
                    continue
                lines = [ln.strip() for ln in section.text.splitlines() if _usable(ln)]
                if lines:
                    vocab.bodies[section.name].append(lines)
                    vocab.lines[section.name].extend(lines)
    return vocab


class Generator:
    """Deterministic meeting writer for one seed."""

    def __init__(self, vocab: Vocabulary, seed: int) -> None:
        self.vocab = vocab
        self.rng = random.Random(seed)

    # --- small pieces ------------------------------------------------------------------------

    def dates(self, n: int) -> list[date]:
        start, end = date(2010, 1, 1), date(2025, 12, 31)
        days = [start + timedelta(d) for d in range((end - start).days + 1)]
        weekdays = [d for d in days if d.weekday() < 5 and d not in self.vocab.real_dates]
        if n > len(weekdays):
            raise ValueError(f"at most {len(weekdays)} distinct meeting dates in 2010-2025")
        return sorted(self.rng.sample(weekdays, n))

    def case_number(self, year: int) -> str:
        yy = (year - self.rng.choice([0, 0, 0, 1, 2])) % 100
        return f"{yy:02d}/{self.rng.randint(100, 39999)}"

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

    def title(self) -> str:
        base = self.rng.choice(self.vocab.titles)
        roll = self.rng.random()
        if roll < 0.35:
            other = self.rng.choice(self.vocab.titles)
            head = re.split(r"\s+(?:og|-|–)\s+|:\s+", base)[0]
            tail = re.split(r"\s+(?:og|-|–)\s+|:\s+", other)[-1]
            base = f"{head} og {tail[:1].lower()}{tail[1:]}" if head != tail else head
        elif roll < 0.7:
            base = f"{self.rng.choice(TITLE_PREFIXES)} {base[:1].lower()}{base[1:]}"
        return base.rstrip(".:")

    def body(self, name: str, when: date) -> list[str]:
        """Lines of a section: a real body's shape, most lines swapped for others of that kind."""
        template = self.rng.choice(self.vocab.bodies[name])
        pool = self.vocab.lines[name]
        keep = min(len(template), self.rng.randint(2, 7))
        start = self.rng.randint(0, len(template) - keep)
        out = []
        for line in template[start : start + keep]:
            if self.rng.random() < 0.6:
                line = self.rng.choice(pool)
            sentences = _SENTENCE_RE.split(line)
            if len(sentences) > 2:
                self.rng.shuffle(sentences)
                sentences = sentences[: self.rng.randint(2, len(sentences))]
            out.append(self.mutate_numbers(" ".join(sentences), when))
        return out

    def decision(self, when: date) -> str:
        """Two or three sentences from different real decisions, numbers mutated."""
        for _ in range(100):
            sources = self.rng.sample(self.vocab.decisions, self.rng.randint(2, 3))
            text = " ".join(self.rng.choice(src) for src in sources)
            text = self.mutate_numbers(text, when)
            folded = fold(text)
            if not any(block in folded for block in self.vocab.decision_blocks):
                return text
        return "Direktionen drøftede sagen."

    # --- a meeting ------------------------------------------------------------------------

    def meeting(self, when: date, markdown: bool) -> str:
        era_2013 = when.year < 2016
        dmy = when.strftime("%d-%m-%Y")
        n_points = self.rng.randint(7, 13)
        points: list[tuple[str, str | None, list[tuple[str, list[str]]]]] = []
        for number in range(1, n_points + 1):
            if number == 1 and self.rng.random() < 0.7:
                title = f"Økonomiopfølgning {dmy}"
            elif number == n_points and self.rng.random() < 0.6:
                title = f"Huskeliste {dmy}"
            elif self.rng.random() < 0.08:
                points.append(("Lukket", self.case_number(when.year), []))
                continue
            else:
                title = self.mutate_numbers(self.title(), when)
            order = ORDER_2013 if era_2013 else ORDER_2017
            sections: list[tuple[str, list[str]]] = []
            for name in order:
                if name == "Beslutning":
                    if self.rng.random() < 0.85:
                        sections.append((name, [self.decision(when)]))
                    continue
                required = name in ("Sagsfremstilling", "Indstilling", "Baggrund")
                if (required or self.rng.random() < 0.3) and self.vocab.bodies.get(name):
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


def make_corpus(n: int, seed: int, out: Path, corpus: Path = CORPUS) -> list[Path]:
    """Write ``n`` synthetic meetings into ``out``; returns the files written.

    Files another seed or size left behind in ``out`` are removed, so the folder is exactly the
    corpus for ``(n, seed)`` (an incremental re-index then sees only real changes).
    """
    vocab = load_vocabulary(corpus)
    gen = Generator(vocab, seed)
    out.mkdir(parents=True, exist_ok=True)
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
