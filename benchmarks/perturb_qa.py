"""Perturbed questions: do words that change what is asked change the answer?

A wrong answer often answers a simpler question than the one asked, because a word that
changes it was not read ("Who were the backup crew for X?" answered with the crew). This
benchmark takes the questions the engine answers right over a set of articles, and makes
variants of each that keep the question's words but change what it asks:

- ``qualifier``: a word of role or scope before the noun asked ("Who was the backup commander
  of X?", "Which NASA astronaut ...", "the earlier mission");
- ``event``: a clause naming an event the ontology does not model ("... after landing for
  medical checks?", "... when he retired from the air force?");
- ``relation``: another verb in place of the asked one ("Who trained on X?" for "Who flew on X?");

and variants that ask the same thing (``harmless``: "actually", "in the end"). A changed variant
should get no answer (or, for a qualifier the engine applies, a right one: read the list); a
harmless one the same answer as its question.

    python benchmarks/perturb_qa.py                       # the realdev sets, ingested afresh
    python benchmarks/perturb_qa.py --stores /tmp/stores  # ingested once into /tmp/stores/SET, reused
    python benchmarks/perturb_qa.py --set 16h -v          # every variant answered, with its answer

Only development sets are perturbed (their questions are printed); never a frozen test set.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qa_eval import ingest, right, score  # noqa: E402

from kg.questions.text import Token  # noqa: E402

#: the development sets of real news pages (each with articles/ and questions.jsonl)
REALDEV = ("12a", "12b", "12c", "13h", "14h", "15h", "16h", "17d", "17h", "18d", "18h")
#: words of role or scope put before the noun asked
QUALIFIERS = ("backup", "support", "original", "prime", "NASA", "Russian", "European", "female", "other",
              "earlier", "later", "previous", "next")
#: clauses of events the ontology does not model, put at the end
EVENTS = ("after landing for medical checks", "when he retired from the air force", "when her family moved",
          "before the rescue")
#: verbs of relations the ontology does not model, in place of the asked verb (past, base form)
RELATIONS = (("trained", "train"), ("rescued", "rescue"), ("married", "marry"), ("evacuated", "evacuate"))
#: what a question's words do not change: (where, word)
HARMLESS = (("adverb", "actually"), ("end", "in the end"), ("adverb", "exactly"))


@dataclass(frozen=True)
class Variant:
    """A question changed one way."""

    kind: str  # qualifier, event, relation, harmless
    question: str

    @property
    def same(self) -> bool:
        """Does it ask what its question asks (a harmless change)?"""
        return self.kind == "harmless"


def _joined(words: Sequence[tuple[str, str]]) -> str:
    """Tokens with their trailing spaces back into a text."""
    return "".join(w + s for w, s in words).strip()


def variants(tokens: Sequence[Token], named: set[int]) -> Iterator[Variant]:
    """The variants of the question whose parse is ``tokens`` (kg.questions.text.Token) and whose
    tokens ``named`` are parts of names: words go before the first common noun, at the end, or
    in place of the first content verb."""
    words = [(t.text, t.space) for t in tokens]
    noun = next((t.i for t in tokens if t.pos == "NOUN" and t.i not in named
                 and t.lower not in ("many", "much")), None)
    if noun is not None:
        for word in QUALIFIERS:
            yield Variant("qualifier", _joined([*words[:noun], (word, " "), *words[noun:]]))
    end = len(words) - 1 if words and words[-1][0] == "?" else len(words)
    for clause in EVENTS:
        yield Variant("event", _joined([*words[:end - 1], (words[end - 1][0], " "), (clause, ""), *words[end:]]))
    verb = next((t for t in tokens if t.pos == "VERB" and t.i not in named), None)
    if verb is not None and verb.lemma not in ("be", "have", "do"):
        for past, base in RELATIONS:
            form = base if verb.tag == "VB" else past
            yield Variant("relation", _joined([*words[:verb.i], (form, verb.space), *words[verb.i + 1:]]))
    aux = next((t.i for t in tokens if t.pos == "AUX" and t.i > 0), None)
    for where, word in HARMLESS:
        if where == "end":
            yield Variant("harmless", _joined([*words[:end - 1], (words[end - 1][0], " "), (word, ""), *words[end:]]))
        elif aux is not None and aux + 1 < len(words) and aux + 1 not in named:
            yield Variant("harmless", _joined([*words[:aux + 1], (word, " "), *words[aux + 1:]]))


def _store(name: str, articles: Path, stores: Path | None, tmp: Path) -> Path:
    """The data directory of the set's ingested articles (kept in ``stores`` when given)."""
    data = (stores / name) if stores is not None else tmp / name
    if not data.exists():
        ingest((articles,), data)
    return data


def perturb(name: str, articles: Path, questions: Path, nlp: object, stores: Path | None, tmp: Path,
            verbose: bool) -> Counter[tuple[str, str]]:
    """Ask every variant of the set's rightly answered questions; count (kind, outcome)."""
    from kg.questions import Asker
    from kg.store.oxigraph import OxigraphStore

    store = OxigraphStore(_store(name, articles, stores, tmp))
    tally: Counter[tuple[str, str]] = Counter()
    try:
        asker = Asker(store, nlp)  # type: ignore[arg-type]
        index = asker.index()
        for line in questions.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if not item["answers"]:
                continue
            reply = asker.answer(item["q"])
            given: list[list[object]] = [[a.value, a.label, *(
                (index.entities[a.iri].label, *index.entities[a.iri].aliases)
                                          if a.iri and a.iri in index.entities else ())] for a in reply.answers]
            if not reply.answers or not right(score([str(x) for x in item["answers"]], given, item.get("kind", ""))[2]):
                continue
            tally[("right", "questions")] += 1
            parsed = asker.read(item["q"])
            named = {i for m in parsed.mentions for i in range(m.start, m.end)}
            for v in variants(parsed.tokens, named):
                try:
                    changed = asker.answer(v.question)
                except Exception as error:  # a crash is an outcome to count, not the end of the run
                    tally[(v.kind, "crashed")] += 1
                    print(f"  {name} {v.kind:9} crashed  {v.question}  -> {error!r}")
                    continue
                labels = sorted(a.label for a in changed.answers)
                if v.same:
                    outcome = "same" if labels == sorted(a.label for a in reply.answers) else (
                        "other" if labels else "refused")
                else:
                    outcome = "answered" if labels else "refused"
                tally[(v.kind, outcome)] += 1
                if verbose and (outcome != "refused" if not v.same else outcome != "same"):
                    shown = "; ".join(labels[:4]) or f"— {changed.message or ''}"[:120]
                    print(f"  {name} {v.kind:9} {outcome:8} {v.question}  -> {shown} [{changed.template}]")
    finally:
        store.close()
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", dest="sets", action="append", choices=REALDEV,
                        help="a realdev set (repeatable; default: all)")
    parser.add_argument("--root", type=Path, default=Path("/work"), help="the folder of the realdevSET folders")
    parser.add_argument("--stores", type=Path, help="keep each set's ingested store here, and reuse it")
    parser.add_argument("-v", "--verbose", action="store_true", help="print the variants answered")
    args = parser.parse_args()
    from extract import load_nlp

    nlp = load_nlp()
    total: Counter[tuple[str, str]] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets or REALDEV:
            folder = args.root / f"realdev{name}"
            total += perturb(name, folder / "articles", folder / "questions.jsonl", nlp, args.stores, Path(tmp),
                             args.verbose)
    print(f"questions answered right: {total[('right', 'questions')]}")
    for kind in ("qualifier", "event", "relation"):
        asked = total[(kind, "answered")] + total[(kind, "refused")]
        print(f"{kind:9} variants answered {total[(kind, 'answered')]} of {asked}")
    crashed = sum(n for (_, outcome), n in total.items() if outcome == "crashed")
    if crashed:
        print(f"crashed on {crashed} variants")
    harmless = sum(n for (k, _), n in total.items() if k == "harmless")
    print(f"harmless  variants answered the same {total[('harmless', 'same')]} of {harmless}, "
          f"otherwise {total[('harmless', 'other')]}, refused {total[('harmless', 'refused')]}")


if __name__ == "__main__":
    main()
