"""Write a synthetic corpus of spaceflight news as N-Quads, through the real mapping.

Each article is made of template sentences about invented people (names drawn from small
lists, so surnames repeat and some people are in the news far more than others), with the
facts an extractor would find in them. ``kg.mapping.to_graph`` turns each into its named
graph (facts, assertions, sentences, mentions); the merged default graph gets each fact
once. Load the file with ``kg import`` and ``oxigraph load`` to compare servers on the
same data.

    python benchmarks/synth.py --articles 10000 -o /tmp/news.nq
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extract.facts import Article, Entity, Evidence, Extraction, Fact, Literal, Mention, Term
from kg.iris import entity_iri
from kg.mapping import Resolved, to_graph

FIRST = ("Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kira", "Liam",
         "Mira", "Nikolai", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wen", "Yuri", "Zoe")
LAST = ("Abbott", "Borodin", "Castillo", "Dubois", "Eriksen", "Fujita", "Garcia", "Hale", "Ivanova", "Jensen",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quintana", "Rossi", "Sato", "Tanaka",
        "Ueda", "Volkov", "Walsh", "Xu", "Yilmaz", "Zhang", "Berg", "Carver", "Duarte", "Engel")
AGENCIES = ("NASA", "Roscosmos", "ESA", "JAXA", "CSA", "CNSA")
SITES = (("Baikonur Cosmodrome", "Kazakhstan"), ("Kennedy Space Center", "United States"),
         ("Jiuquan Satellite Launch Center", "China"), ("Vostochny Cosmodrome", "Russia"))
CRAFT = ("Soyuz", "Crew Dragon", "Shenzhou", "Starliner")


@dataclass(eq=False)
class Person:
    name: str
    agency: str
    days: float = 0.0
    twin: str | None = None


@dataclass
class _Writer:
    """Builds one article's text while recording where names and facts are."""

    text: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    keys: dict[str, Entity] = field(default_factory=dict)

    def entity(self, name: str, *types: str) -> str:
        if name not in self.keys:
            self.keys[name] = Entity(f"e{len(self.keys)}", name, types)
        return self.keys[name].key

    def sentence(self, *parts: str | tuple[str, str]) -> tuple[int, int]:
        """Add a sentence from plain text and (name, class) parts; returns its span."""
        start = len(self.text)
        for part in parts:
            if isinstance(part, tuple):
                name, cls = part
                at = len(self.text)
                self.text += name
                self.mentions.append(Mention(at, len(self.text), self.entity(name, cls), cls.upper()))
            else:
                self.text += part
        self.sentences.append((start, len(self.text)))
        self.text += " "
        return self.sentences[-1]

    def fact(self, subject: str, predicate: str, obj: str | Literal | Term, span: tuple[int, int],
             qualifiers: tuple[tuple[str, Literal | Term | str], ...] = (), as_of: str | None = None,
             planned: bool = False) -> None:
        key = self.keys[obj].key if isinstance(obj, str) else obj
        quals = tuple((k, self.keys[v].key if isinstance(v, str) else v) for k, v in qualifiers)
        self.facts.append(Fact(
            self.keys[subject].key, predicate, key,
            Evidence(len(self.sentences) - 1, span[0], span[1], "synth/1", 0.9), quals,
            Literal(as_of, "date") if as_of else None, "planned" if planned else "reported"))


def people(count: int, rng: random.Random) -> list[Person]:
    """Invented astronauts with unique full names; one in twenty has a twin in the list."""
    middles = ("", "A. ", "B. ", "C. ", "D. ", "E. ", "F. ", "G. ")
    names = [f"{first} {middle}{last}" for middle in middles for first in FIRST for last in LAST][:count]
    rng.shuffle(names)
    crowd = [Person(n, rng.choice(AGENCIES), days=rng.randint(10, 600)) for n in names]
    for a, b in zip(crowd[0::40], crowd[1::40], strict=False):
        a.twin, b.twin = b.name, a.name
    return crowd


def article(n: int, crowd: list[Person], weights: list[float], rng: random.Random) -> Extraction:
    """One synthetic article about a launch, a landing or a record."""
    w = _Writer()
    year = 2000 + n % 24
    date = f"{year}-{1 + n % 12:02d}-{1 + n % 28:02d}"
    cast = list(dict.fromkeys(rng.choices(crowd, weights=weights, k=4)))
    lead = cast[0]
    expedition = f"Expedition {1 + n % 90}"
    site, country = SITES[n % len(SITES)]
    craft = f"{CRAFT[n % len(CRAFT)]} {1 + n % 40}"
    span = w.sentence((lead.name, "Astronaut"), " of ", (lead.agency, "SpaceAgency"), " launched aboard ",
                      (craft, "Spacecraft"), " from the ", (site, "LaunchSite"), " on ", date, ".")
    w.fact(lead.name, "employer", lead.agency, span)
    w.fact(lead.name, "launchVehicle", craft, span)
    w.fact(lead.name, "launchSite", site, span)
    w.fact(lead.name, "launchDate", Literal(date, "date"), span, as_of=date)
    span = w.sentence("The ", (site, "LaunchSite"), " lies in ", (country, "Country"), ".")
    w.fact(site, "locatedIn", country, span)
    span = w.sentence((lead.name, "Astronaut"), " will command ", (expedition, "Expedition"), ".")
    w.fact(expedition, "commander", lead.name, span)
    lead.days += rng.randint(5, 60)
    span = w.sentence("With this mission ", (lead.name, "Astronaut"), " has spent ", f"{lead.days:.0f}",
                      " days in space.")
    w.fact(lead.name, "timeInSpace", Literal(f"{lead.days:.0f}", "decimal"), span,
           (("unit", Literal("day")), ("scope", Term("Cumulative"))), as_of=date)
    ret = f"{year + 1}-{1 + (n + 5) % 12:02d}-{1 + n % 28:02d}"
    span = w.sentence((lead.name, "Astronaut"), " is due back on Earth on ", ret, ".")
    w.fact(lead.name, "returnDate", Literal(ret, "date"), span, as_of=date, planned=True)
    for other in cast[1:]:
        span = w.sentence((other.name, "Astronaut"), " of ", (other.agency, "SpaceAgency"), " flew with ",
                          (lead.name, "Astronaut"), ".")
        w.fact(other.name, "flewWith", lead.name, span)
        w.fact(other.name, "employer", other.agency, span)
    if lead.twin:
        span = w.sentence((lead.name, "Astronaut"), " has a twin, ", (lead.twin, "Astronaut"), ".")
        w.fact(lead.name, "twinOf", lead.twin, span)
    art = Article(w.text.strip(), title=f"{lead.name} launches to {expedition}", id=f"synth-{n:06d}",
                  published=date)
    return Extraction(art, tuple(w.sentences), tuple(w.keys.values()), tuple(w.mentions), tuple(w.facts),
                      "synth/1", len(w.text.split()))


def quads(count: int, seed: int = 7, population: int = 3000) -> Iterator[str]:
    """N-Quads lines of ``count`` articles, then the merged default graph."""
    rng = random.Random(seed)
    crowd = people(population, rng)
    weights = [1.0 / (1 + i) ** 0.8 for i in range(len(crowd))]  # a few people are in the news a lot
    merged: dict[str, None] = {}
    for n in range(count):
        extraction = article(n, crowd, weights, rng)
        resolved = {e.key: Resolved(entity_iri(e.name), e.name) for e in extraction.entities}
        graph = to_graph(extraction, resolved)
        for quad in graph.quads():
            yield f"{quad} .\n"
        for quad in graph.facts:
            merged[f"{quad.triple} .\n"] = None
    yield from merged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    lines = 0
    with args.output.open("w", encoding="utf-8") as out:
        for line in quads(args.articles, args.seed):
            out.write(line)
            lines += 1
    print(f"wrote {lines} quads for {args.articles} articles to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
