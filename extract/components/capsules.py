"""A named capsule's craft type: "the Crew Dragon Endurance" is a capsule named Endurance
of the type Crew Dragon.

The gazetteer names the capsule and its type apart; this component states the link when
the article names both (which type each capsule is comes from ``patterns/capsules.jsonl``).
It runs after the relation components and adds to ``doc._.astrokg_facts``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.context import Context, entity
from extract.patterns import read_jsonl

VERSION = "capsules/1"


@Language.factory("astrokg_capsules", assigns=["doc._.astrokg_facts"],
                  requires=["doc._.astrokg_facts", "doc._.astrokg_clusters"], default_config={})
def make_capsule_typer(nlp: Language, name: str) -> CapsuleTyper:
    return CapsuleTyper(name)


class CapsuleTyper:
    """Adds ``craftType`` facts for the named capsules of a document."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.types = {c["name"]: c["type"] for c in read_jsonl("capsules")}

    def __call__(self, doc: Doc) -> Doc:
        clusters = doc._.astrokg_clusters or []
        craft = {str(c["name"]): i for i, c in enumerate(clusters) if c["label"] == "SPACECRAFT"}
        found = [(i, craft[self.types[name]]) for name, i in craft.items()
                 if name in self.types and self.types[name] in craft]
        if found:
            ctx = Context(doc)
            for capsule, kind in found:
                start, end = clusters[capsule]["mentions"][0]
                ctx.add(capsule, "craftType", entity(kind), doc[start:end], rule=f"{VERSION}:craft-type",
                        confidence=0.9)
            ctx.save()
        return doc
