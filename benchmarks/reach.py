"""Refused questions whose answer the graph holds: facts extracted but not reached.

A question the articles answer can be refused for two reasons: the fact was never extracted,
or the graph holds it and the question engine does not reach it (a phrasing no template reads,
a subject not linked, a relation asked in other words, a check too strict). The second kind is
the cheaper to win. For every answerable question of a development set that gets no answer,
this script ingests the set's articles once and looks for a fact that touches an entity the
question names (linked by the engine, or whose label or alias the question spells out) and
whose other end matches a gold answer (a name or alias, a number, a length of time, a date at
the gold's precision; a "yes" is any fact between two named entities). Each refusal is
classed "held" (through a relation the engine read in the question, through another, or
through an entity the question names that the engine did not link; with the template that
found it and was refused after, or the template whose plan came back empty, and the refusal
message) or "not extracted"; a gold "no" cannot be looked up ("unchecked"). "Held" is a
lead, not a verdict: the fact may be of another occasion, or an answer refused with reason.

    python benchmarks/reach.py                           # every development set, ingested afresh
    python benchmarks/reach.py --stores /tmp/stores      # ingested once into /tmp/stores/SET, reused
    python benchmarks/reach.py --set 21s --set news-dev2 # some sets

A development set is one of the repository's (news-dev2, news-dev, plain, own) or a folder
``realdevSET`` under ``--root`` (default /work) with ``articles/`` and ``questions.jsonl``; by
default every one of them is read.

It prints a table by class of question (who, when, where, how many, how long, yes-no, list,
what/which) and every "held" refusal in full. Only development sets are read (their questions
are printed); never a frozen test set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qa_eval import SETS, ingest, same  # noqa: E402

from kg.namespaces import sparql_prologue  # noqa: E402

IN_REPO = ("news-dev2", "news-dev", "plain", "own")
#: Classes of question, in the table's order.
CLASSES = ("who", "when", "where", "how many", "how long", "yes-no", "list", "what/which", "other")
#: What a fact's other end says about the world, not about names or provenance.
_SKIPPED = ("rdf-syntax-ns#type", "rdf-schema#label", "core#altLabel", "core#hiddenLabel", "#modality",
            "#asOf", "#sourceId", "#contentHash", "/title", "#confidence", "#unit")
#: Every fact touching the entities bound to ?e: out of it, into it, and through a qualified
#: node (an IRI under its owner's, such as a crew role with its mission and value).
_TOUCHING = sparql_prologue() + """
SELECT ?e ?dir ?p ?q ?other ?unit WHERE {
  VALUES ?e { }
  { ?e ?p ?other . BIND("out" AS ?dir) }
  UNION { ?other ?p ?e . BIND("in" AS ?dir) }
  UNION { ?e ?p ?n . ?n ?q ?other . FILTER(isIRI(?n) && STRSTARTS(STR(?n), CONCAT(STR(?e), "/")))
          OPTIONAL { ?n akg:unit ?unit } BIND("out2" AS ?dir) }
  UNION { ?n ?q ?e . ?other ?p ?n . FILTER(isIRI(?n) && STRSTARTS(STR(?n), CONCAT(STR(?other), "/")))
          BIND("in2" AS ?dir) }
}
"""


@dataclass(frozen=True)
class Refusal:
    """One answerable question that got no answer, and what the graph holds of it."""

    set: str
    question: str
    gold: tuple[str, ...]
    kind: str
    verdict: str  # "held", "not extracted", "unchecked"
    facts: tuple[str, ...] = ()  # the held facts, "subject  predicate  object"
    unlinked: bool = False  # the touching entity is named in the question but the engine did not link it
    asked: bool = False  # a held fact is of a relation the engine read in the question
    template: str = ""  # "found by T, refused after" or "empty: T"
    message: str = ""


def question_class(question: str, kind: str) -> str:
    """The class of a question by its opening words (a list by its gold's kind)."""
    q = question.lower().strip()
    if kind == "list":
        return "list"
    if re.match(r"(who|whom|whose)\b", q):
        return "who"
    if re.match(r"(when|(in |on )?(what|which) (year|date|day|month)|at what time|what time)\b", q):
        return "when"
    if re.match(r"(where|from where|in what (city|country|state|town))\b", q):
        return "where"
    if q.startswith("how many"):
        return "how many"
    if re.match(r"how (long|much time)\b", q):
        return "how long"
    if re.match(r"(is|was|did|does|do|has|have|had|are|were|will|can|could)\b", q):
        return "yes-no"
    if re.match(r"(what|which|in (what|which))\b", q):
        return "what/which"
    return "other"


def _date_parts(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of an ISO literal, 0 for a part it leaves out."""
    m = re.fullmatch(r"(-?\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T.*)?", text)
    return (int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)) if m else None


def _gold_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a gold answer that is one date, 0 for a part it leaves out."""
    from extract.components.dates import find_dates

    found = [d for d in find_dates(text) if d.year or d.month]
    if len(found) != 1 or found[0].end - found[0].start < len(text.strip(" .")) - 2:
        return None
    return found[0].year, found[0].month, found[0].day


def matches(gold: str, names: Sequence[object], literal: str | None) -> bool:
    """Does a fact's other end (its names, or its literal value) answer ``gold``?"""
    if same(gold, names):
        return True
    if literal is None:
        return False
    want, have = _gold_date(gold), _date_parts(literal)
    if want is None or have is None or not want[0]:
        return False
    return all(w == 0 or w == h for w, h in zip(want, have, strict=True))


def named_entities(question: str, linked: Iterable[str], index: object) -> tuple[set[str], set[str]]:
    """The IRIs the engine linked in the question, and those whose label or alias (four
    letters or more, as cased) the question spells out but the engine did not link."""
    from kg.questions.linking import EntityIndex

    assert isinstance(index, EntityIndex)
    linked = set(linked)
    spelt: set[str] = set()
    for named in index.entities.values():
        if named.iri in linked:
            continue
        for name in (named.label, *named.aliases):
            if len(name) >= 4 and name[:1].isupper() and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", question):
                spelt.add(named.iri)
                break
    return linked, spelt


def _short(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/"))[-1]


def look(set_name: str, asker: object, item: dict[str, object]) -> Refusal | None:
    """The refusal of one answerable question, classed; None when it is answered."""
    from pyoxigraph import Literal, NamedNode

    from kg.questions import Asker
    from kg.questions.templates import Context
    from kg.questions.types import expected

    assert isinstance(asker, Asker)
    question, gold = str(item["q"]), tuple(str(a) for a in item["answers"])  # type: ignore[attr-defined]
    kind = str(item.get("kind", "?"))
    reply = asker.answer(question)
    if reply.answers or not gold or kind == "description":
        return None
    index = asker.index()
    parsed = asker.read(question)
    # the plans the engine tried are internal to the Asker (an Answer without answers names none)
    attempt = asker._attempt(parsed, Context(asker.vocabulary, index), expected(parsed, asker.vocabulary))
    template = (f"found by {attempt.found[0].template}, refused after" if attempt.found is not None else
                f"empty: {attempt.empty.template}" if attempt.empty is not None else "no plan")
    base = Refusal(set_name, question, gold, kind, "not extracted", template=template, message=reply.message or "")
    if [g.lower() for g in gold] == ["no"]:
        return replace(base, verdict="unchecked")
    linked, spelt = named_entities(question, (m.best.iri for m in parsed.mentions), index)
    asked = linked | spelt
    if not asked:
        return base
    rows = asker.store.select(_TOUCHING, {"e": [NamedNode(i) for i in sorted(asked)]})
    yes = [g.lower() for g in gold] == ["yes"]
    held: dict[str, set[str]] = {}  # gold answer -> facts holding it
    via: set[str] = set()
    read = {iri for r in parsed.relations for iri in r.prop.family}
    of_read = False
    for row in rows:
        p = row["p"].value
        q = row["q"].value if "q" in row else ""
        if any(p.endswith(s) for s in _SKIPPED) or any(q.endswith(s) for s in _SKIPPED):
            continue
        other, e = row["other"], row["e"].value
        if isinstance(other, Literal):
            names: list[object] = [other.value]
            if "unit" in row:
                names.append(f"{other.value} {row['unit'].value}s")
            literal: str | None = other.value
            label = other.value
        else:
            known = index.entities.get(other.value)
            names = [known.label, *known.aliases] if known else [_short(other.value)]
            literal, label = None, str(names[0])
        if not isinstance(other, Literal) and other.value in asked and not yes:
            continue  # the question's own name is no answer to it
        direction = row["dir"].value
        fact = (f"{index.entities[e].label if e in index.entities else _short(e)}  {_short(p)}"
                f"{'.' + _short(q) if q else ''}  {label}") if direction.startswith("out") else (
            f"{label}  {_short(p)}{'.' + _short(q) if q else ''}  "
            f"{index.entities[e].label if e in index.entities else _short(e)}")
        if yes:
            if not isinstance(other, Literal) and other.value in asked and other.value != e:
                held.setdefault("yes", set()).add(fact)
                via.add(e)
                of_read = of_read or p in read
            continue
        for g in gold:
            if matches(g, names, literal):
                held.setdefault(g, set()).add(fact)
                via.add(e)
                of_read = of_read or p in read
    needed = gold if kind == "list" else ()  # a list is held when all of it is; one thing by any spelling
    if not held or any(g not in held for g in needed):
        return base
    facts = tuple(sorted({f for fs in held.values() for f in fs}))[:6]
    return replace(base, verdict="held", facts=facts, unlinked=not (via & linked), asked=of_read)


def run(set_name: str, articles: Sequence[Path], questions: Path, nlp: object, stores: Path | None,
        tmp: Path) -> list[Refusal]:
    """Every refusal of an answerable question of one set, classed."""
    from kg.questions import Asker
    from kg.store.oxigraph import OxigraphStore

    data = (stores / set_name) if stores is not None else tmp / set_name
    if not data.exists():
        ingest(tuple(articles), data)
    store = OxigraphStore(data)
    try:
        asker = Asker(store, nlp)  # type: ignore[arg-type]
        found = []
        for line in questions.read_text(encoding="utf-8").splitlines():
            if line.strip() and (refusal := look(set_name, asker, json.loads(line))) is not None:
                found.append(refusal)
        return found
    finally:
        store.close()


def column(r: Refusal) -> str:
    """The table's column of a refusal: held (through a relation the question reads, another, or
    an entity the engine did not link), not extracted, unchecked."""
    if r.verdict != "held":
        return r.verdict
    return "held, unlinked" if r.unlinked else "held, asked" if r.asked else "held, other"


def table(refusals: Sequence[Refusal]) -> str:
    """Refusals by class of question and column (see :func:`column`)."""
    counts: Counter[tuple[str, str]] = Counter()
    for r in refusals:
        counts[(question_class(r.question, r.kind), column(r))] += 1
    columns = ("held, asked", "held, other", "held, unlinked", "not extracted", "unchecked")
    lines = [f"{'class':12}{'refused':>9}" + "".join(f"{c:>16}" for c in columns)]
    for cls in (*CLASSES, "all"):
        row = [sum(n for (k, c), n in counts.items() if (k == cls or cls == "all") and c == col) for col in columns]
        if sum(row):
            lines.append(f"{cls:12}{sum(row):>9}" + "".join(f"{n:>16}" for n in row))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", dest="sets", action="append",
                        help="a development set: news-dev2, news-dev, plain, own, or SET of a realdevSET folder "
                             "(repeatable; default: all)")
    parser.add_argument("--root", type=Path, default=Path("/work"), help="the folder of the realdevSET folders")
    parser.add_argument("--stores", type=Path, help="keep each set's ingested store here, and reuse it")
    args = parser.parse_args()
    found = {p.parent.name.removeprefix("realdev"): p.parent
             for p in sorted(args.root.glob("realdev*/questions.jsonl"))}
    unknown = [name for name in args.sets or () if name not in IN_REPO and name not in found]
    if unknown:
        parser.error(f"no development set {', '.join(unknown)} (no {args.root}/realdevSET/questions.jsonl)")
    from extract import load_nlp

    nlp = load_nlp()
    refusals: list[Refusal] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets or (*found, *IN_REPO):
            if name in IN_REPO:
                qs = SETS[name]
                refusals += run(name, qs.paths(), qs.questions, nlp, args.stores, Path(tmp))
            else:
                refusals += run(name, (found[name] / "articles",), found[name] / "questions.jsonl", nlp, args.stores,
                                Path(tmp))
    print(table(refusals))
    print("\nheld, not reached:")
    for r in refusals:
        if r.verdict == "held":
            print(f"- [{r.set}] {question_class(r.question, r.kind)} ({column(r)}): {r.question}  || gold "
                  f"{list(r.gold)}\n    {r.template}; {r.message[:160]}")
            for fact in r.facts:
                print(f"      {fact}")


if __name__ == "__main__":
    main()
