"""Question answering, measured: precision, recall and F1 per question and macro-averaged.

Each question set is a JSONL file of {"q", "answers", "kind"?} about a folder of articles.
By default the articles go through ``kg ingest`` (the real pipeline, so the figures move
with the extractor); ``--gold`` answers the newsroom set from hand-declared facts instead
(tests/fixtures/newsroom.py), which measures the question engine alone.

    python benchmarks/qa_eval.py                  # every set, real pipeline
    python benchmarks/qa_eval.py --gold -v        # the question engine on perfect facts
    python benchmarks/qa_eval.py --set own --set seed
    python benchmarks/qa_eval.py --set news-test
    python benchmarks/qa_eval.py --articles DIR --questions FILE --name mine   # your own set

Development sets (tuned on): "plain" (questions about the plainly written articles in
tests/fixtures/articles/dev/, once held out, tuned on since), "news-dev", "news-dev2" (the
first frozen test set, opened on 2026-12-06), "own", "samples".
The frozen test set is "news-test": questions about tests/fixtures/articles/news-test/, written
and committed before the code measured on it (see that folder's FROZEN.md). Never tune on
it and never print its misses; once code changes because of one of its articles, that
article moves to news-dev. The ingest ignores the articles' "gold" facts.

An external set (``--articles DIR --questions FILE``): any folder ``kg ingest`` reads (plain
text whose first line is the headline, Markdown, HTML, JSON) with a question file in the same
format, kept outside the repository. It is treated as frozen: only its aggregate figures are
printed, never a question or a miss, unless ``--development`` says it is tuned on.

An expected answer matches a given one when their normalised texts are equal (label, value
or any alternative name of the entity), numbers are equal, lengths of time are equal ("three
and a half hours" is "3 hours and 30 minutes"), or yes/no agree. A question with
no answer scores P = R = 0. A question is right when it scores F1 = 1: every expected
answer given and nothing else (for a question the articles do not answer, no answer at all).

A description ("Who is X?", kind "description") is one answer, a profile: its expected texts
are facts it must state, not all it may, so another true fact is no error. It scores the
share of the expected facts among its first eight (what a reader takes in), as P, R and F1.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QA = ROOT / "benchmarks" / "qa"
SHARED = ROOT.parent / "shared"
ARTICLES = ROOT / "tests" / "fixtures" / "articles"


@dataclass(frozen=True)
class QuestionSet:
    name: str
    questions: Path
    articles: tuple[Path, ...] = ()
    gold: bool = False  # answered from tests/fixtures/newsroom.py instead of ingested articles
    frozen: bool = False  # a test set: its questions are never printed one by one
    pattern: str = ""  # only these files of its folders ("*.json": not the set's FROZEN.md)

    def paths(self) -> tuple[Path, ...]:
        if not self.pattern:
            return self.articles
        return tuple(f for folder in self.articles for f in sorted(folder.glob(self.pattern)))


SETS = {
    "samples": QuestionSet("samples", QA / "samples.jsonl", (ROOT / "samples",)),
    "own": QuestionSet("own", QA / "own.jsonl", (QA / "articles",)),
    "newsroom": QuestionSet("newsroom", QA / "newsroom.jsonl", gold=True),
    "seed": QuestionSet("seed", SHARED / "questions" / "seed-questions.jsonl", (SHARED / "seed",)),
    "plain": QuestionSet("plain", QA / "plain.jsonl", (ARTICLES / "dev",), pattern="*.json"),
    "news-dev": QuestionSet("news-dev", QA / "news-dev.jsonl", (ARTICLES / "news-dev",), pattern="*.json"),
    "news-dev2": QuestionSet("news-dev2", QA / "news-dev2.jsonl", (ARTICLES / "news-dev2",), pattern="*.json"),
    "news-test": QuestionSet("news-test", QA / "news-test.jsonl", (ARTICLES / "news-test",), frozen=True,
                             pattern="*.json"),
}


def norm(text: object) -> str:
    """Lower case, no accents, no punctuation but hyphens, single spaces, no leading "the"."""
    value = unicodedata.normalize("NFKD", str(text))
    value = "".join(c for c in value if not unicodedata.combining(c)).casefold()
    value = re.sub(r"[^\w\s-]", " ", value.replace("’", "'").replace("'s ", " "))
    value = " ".join(value.split())
    return value[4:] if value.startswith("the ") else value


def same(expected: str, given: Iterable[object]) -> bool:
    want = norm(expected)
    for item in given:
        if isinstance(item, bool):
            if want == ("yes" if item else "no"):
                return True
            continue
        if norm(item) == want:
            return True
        try:
            if float(str(item).replace(",", "")) == float(expected.replace(",", "")):
                return True
        except ValueError:
            pass
        if (length := _length(expected)) is not None and length == _length(str(item)):
            return True
    return False


def _length(text: str) -> int | None:
    """The minutes a text that is one length of time states ("5-hour and 19-minute"), a
    bracketed remark after it allowed; None for any other text."""
    from extract.components.quantities import find_durations

    text = re.sub(r"\s*\([^)]*\)\s*$", "", text).strip(" .")
    found = find_durations(text)
    if len(found) != 1 or found[0][0] != 0 or found[0][1] != len(text):
        return None
    return found[0][2].minutes


#: Facts of a description a reader takes in.
GLANCE = 8


#: kinds that ask for one thing: their expected texts are alternatives, not several answers
ONE_THING = frozenset({"entity", "place", "date", "number", "value"})


def score(expected: list[str], answers: list[list[object]], kind: str = "") -> tuple[float, float, float]:
    """Precision, recall and F1 of the given answers (each a list of acceptable texts).

    A question whose articles do not answer it (no expected answers) scores 1 when nothing
    is answered and 0 otherwise: a wrong answer is worse than none. A question of a kind in
    ``ONE_THING`` asks for one thing, so its expected texts are spellings of it ("Mike Hopkins",
    "Michael Hopkins"; "Stanford University", "Stanford"): any one found is the whole of it. A
    place written with what contains it ("Dzhezkazgan, Kazakhstan") is also named by its first part.
    """
    if not expected:
        return (0.0, 0.0, 0.0) if answers else (1.0, 1.0, 1.0)
    if not answers:
        return 0.0, 0.0, 0.0
    if kind == "description":
        found = sum(1 for e in expected if any(same(e, names) for names in answers[:GLANCE])) / len(expected)
        return found, found, found
    if kind == "place":  # "Dzhezkazgan, Kazakhstan" is also answered by "Dzhezkazgan"
        expected = [*expected, *(e.split(",")[0] for e in expected if "," in e)]
    precision = sum(1 for names in answers if any(same(e, names) for e in expected)) / len(answers)
    if kind in ONE_THING:  # several expected texts are other spellings of the one thing
        recall = float(any(same(e, names) for e in expected for names in answers))
    else:
        recall = sum(1 for e in expected if any(same(e, names) for names in answers)) / len(expected)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def right(f1: float) -> bool:
    """A question is answered right when nothing is missing and nothing is wrong."""
    return f1 > 1 - 1e-9


#: Confidence floors of the trade-off curve: answers below one withheld, what F1 and share right become.
FLOORS = (0.0, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


@dataclass(frozen=True)
class Given:
    """One given answer: the texts it matches by, and the confidence the engine gave it."""

    names: tuple[object, ...]
    confidence: float | None = None


@dataclass(frozen=True)
class Judged:
    """One question: the expected answers, the given ones, and its kind."""

    expected: tuple[str, ...]
    given: tuple[Given, ...]
    kind: str = "?"

    def score(self, floor: float = 0.0) -> tuple[float, float, float]:
        return score(list(self.expected), [list(g.names) for g in self.kept(floor)], self.kind)

    def kept(self, floor: float = 0.0) -> tuple[Given, ...]:
        """The answers given when those below ``floor`` are withheld (one without a confidence stays)."""
        return tuple(g for g in self.given if g.confidence is None or g.confidence >= floor)

    def right(self, g: Given) -> bool:
        return any(same(e, list(g.names)) for e in self.expected)


@dataclass(frozen=True)
class Summary:
    precision: float
    recall: float
    f1: float
    answered: int
    given: float  # answers given (a description counts as one)
    right: float  # of them right (a description by the share of its expected facts it states)

    @property
    def right_share(self) -> float:
        return self.right / self.given if self.given else 0.0


def summary(judged: list[Judged], floor: float = 0.0) -> Summary:
    """Macro P/R/F1 and the share of given answers that are right, withholding answers whose
    confidence is below ``floor``."""
    rows = [j.score(floor) for j in judged]
    given = right = 0.0
    answered = 0
    for j, (p, _, _) in zip(judged, rows, strict=True):
        kept = j.kept(floor)
        if not kept:
            continue
        answered += 1
        n = 1 if j.kind == "description" else len(kept)
        given += n
        right += p * n if j.expected else 0.0  # an answer where the articles give none: all of it wrong
    mean = [statistics.mean(x[i] for x in rows) if rows else 0.0 for i in range(3)]
    return Summary(mean[0], mean[1], mean[2], answered, given, right)


def confidence_split(judged: list[Judged], threshold: float | None = None) -> str:
    """How often answers are right above and below the engine's low-confidence mark (descriptions,
    judged as a whole, are left out)."""
    if threshold is None:
        from kg.questions.answer import LOW_CONFIDENCE

        threshold = LOW_CONFIDENCE
    bins: dict[str, list[bool]] = {"high": [], "low": [], "none": []}
    for j in judged:
        if j.kind == "description":
            continue
        for g in j.given:
            key = "none" if g.confidence is None else "high" if g.confidence >= threshold else "low"
            bins[key].append(j.right(g))
    parts = [f"{name} {sum(v) / len(v):.3f} ({sum(v)} of {len(v)})" if v else f"{name} -" for name, v in bins.items()]
    return f"right by confidence (low below {threshold:.2f}): " + ", ".join(parts)


def _rated(confidence: float | None) -> str:
    return f" [{confidence:.2f}]" if confidence is not None else ""


def ingest(paths: tuple[Path, ...], data: Path) -> None:
    """Load the articles with the real command, as a user would."""
    kg = Path(sys.executable).parent / "kg"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    subprocess.run([str(kg), "--data-dir", str(data), "ingest", "-q", *map(str, paths)], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def evaluate(qs: QuestionSet, nlp: object, verbose: bool) -> dict[str, float] | None:
    from kg.questions import Asker
    from kg.store.oxigraph import OxigraphStore

    if not qs.questions.exists() or not all(p.exists() for p in qs.articles):
        print(f"\n[{qs.name}] skipped: {qs.questions} or its articles are absent")
        return None
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        if qs.gold:
            sys.path.insert(0, str(ROOT))
            from tests.fixtures import newsroom

            store = OxigraphStore(data)
            newsroom.load(store)
        else:
            ingest(qs.paths(), data)
            store = OxigraphStore(data)
        try:
            asker = Asker(store, nlp)  # type: ignore[arg-type]
            index = asker.index()
            judged: list[Judged] = []
            for line in qs.questions.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                item = json.loads(line)
                reply = asker.answer(item["q"])
                given = []
                for a in reply.answers:
                    names: list[object] = [a.value, a.label]
                    if a.iri and a.iri in index.entities:
                        names += [index.entities[a.iri].label, *index.entities[a.iri].aliases]
                    given.append(Given(tuple(names), a.confidence))
                one = Judged(tuple(str(x) for x in item["answers"]), tuple(given), item.get("kind", "?"))
                judged.append(one)
                if verbose and not qs.frozen:
                    p, r, f = one.score()
                    got = "; ".join(f"{a.label}{_rated(a.confidence)}" for a in reply.answers[:4]) or \
                        f"— {reply.message or ''}"[:90]
                    print(f"  P {p:.2f} R {r:.2f} F1 {f:.2f}  {item['q']}  -> {got}")
            stats = store.stats()
        finally:
            store.close()
    whole = summary(judged)
    by_kind: dict[str, list[float]] = defaultdict(list)
    for one in judged:
        by_kind[one.kind].append(one.score()[2])
    kinds = ", ".join(f"{k} {statistics.mean(v):.2f}" for k, v in sorted(by_kind.items()))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # answered, right, asked
    for one in judged:
        counts[one.kind][0] += bool(one.given)
        counts[one.kind][1] += right(one.score()[2])
        counts[one.kind][2] += 1
    tally = ", ".join(f"{k} {a}/{r}/{n}" for k, (a, r, n) in sorted(counts.items()))
    correct = sum(right(one.score()[2]) for one in judged)
    answerable = [one for one in judged if one.expected]
    answerable_right = sum(right(one.score()[2]) for one in answerable)
    share = correct / len(judged) if judged else 0.0
    print(f"[{qs.name}] {len(judged)} questions, {'gold facts' if qs.gold else 'kg ingest'} "
          f"({stats.articles} articles, {stats.facts} facts): macro P {whole.precision:.3f}  "
          f"R {whole.recall:.3f}  F1 {whole.f1:.3f}\n   answered {whole.answered}"
          f" of {len(judged)}; given answers right {whole.right_share:.3f} "
          f"({whole.right:.0f} of {whole.given:.0f}); questions right {share:.3f} ({correct} of {len(judged)}; "
          f"{answerable_right} of {len(answerable)} the articles answer)"
          f"\n   F1 by kind: {kinds}\n   answered/right/asked by kind: {tally}")
    print("   " + confidence_split(judged))
    print("   withheld below a confidence floor: " + "; ".join(
        f"{floor:.2f}: F1 {s.f1:.3f} right {s.right_share:.3f} ({s.given:.0f} given)"
        for floor, s in ((floor, summary(judged, floor)) for floor in FLOORS)))
    return {"P": whole.precision, "R": whole.recall, "F1": whole.f1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", dest="sets", action="append", choices=sorted(SETS),
                        help="question set (repeatable; default: all)")
    parser.add_argument("--gold", action="store_true", help="only the set answered from hand-declared facts")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every question with its score")
    parser.add_argument("--articles", type=Path, help="an external set's articles (a folder kg ingest reads)")
    parser.add_argument("--questions", type=Path, help="an external set's questions (JSONL, as benchmarks/qa/)")
    parser.add_argument("--name", default="external", help="the external set's name in the figures")
    parser.add_argument("--development", action="store_true",
                        help="the external set is development data: -v prints its questions")
    args = parser.parse_args()
    if (args.articles is None) != (args.questions is None):
        parser.error("--articles and --questions go together")
    if args.articles is not None and (args.sets or args.gold):
        parser.error("an external set is measured alone (no --set or --gold with it)")
    if args.development and args.articles is None:
        parser.error("--development names an external set (--articles, --questions)")
    from extract import load_nlp

    nlp = load_nlp()
    if args.articles is not None:
        chosen = [QuestionSet(args.name, args.questions, (args.articles,), frozen=not args.development)]
    elif args.sets:
        chosen = [SETS[n] for n in args.sets]
    else:
        chosen = [s for s in SETS.values() if s.gold or not args.gold]
    results = {}
    for qs in chosen:
        if args.verbose:
            print(f"\n[{qs.name}] {qs.questions}")
        result = evaluate(qs, nlp, args.verbose)
        if result is not None:
            results[qs.name] = result
    if len(results) > 1:
        print("macro F1 over sets: " + ", ".join(f"{k} {v['F1']:.3f}" for k, v in results.items()))


if __name__ == "__main__":
    main()
