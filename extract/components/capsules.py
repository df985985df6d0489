"""A named capsule's craft type: "the Crew Dragon Endurance" is a capsule named Endurance
of the type Crew Dragon, "the lunar module Snoopy" a lunar module named Snoopy.

The gazetteer reads "the Crew Dragon Endurance" as one name, of the capsule, so that the
rules see one craft; this component gives the type its own entity (the words of the type
in that name, or the type named elsewhere in the article) and states the link
(``craftType``; which type each capsule is comes from ``patterns/capsules.jsonl``, and a
module's from the words of its name: "command (and service) module", "lunar module"). It
runs after the relation components: it adds a cluster to ``doc._.astrokg_clusters`` and a
fact to ``doc._.astrokg_facts``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.context import Context, entity
from extract.components.gazetteer import CRAFT_TYPES
from extract.patterns import read_jsonl

VERSION = "capsules/1"

#: how reporters write the kind of a named module of a flight, before its name
_MODULE = re.compile(r"(?i:(lunar|command)(?: and service| service)? module)")
_TYPE = re.compile(f"{CRAFT_TYPES}|{_MODULE.pattern}")


@Language.factory("astrokg_capsules", assigns=["doc._.astrokg_facts", "doc._.astrokg_clusters"],
                  requires=["doc._.astrokg_facts", "doc._.astrokg_clusters"], default_config={})
def make_capsule_typer(nlp: Language, name: str) -> CapsuleTyper:
    return CapsuleTyper(name)


class CapsuleTyper:
    """Adds the craft types of the named capsules of a document (see the module docstring)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.types = {c["name"]: c["type"] for c in read_jsonl("capsules")}

    def __call__(self, doc: Doc) -> Doc:
        clusters = doc._.astrokg_clusters or []
        craft = {str(c["name"]): i for i, c in enumerate(clusters) if c["label"] == "SPACECRAFT"}
        capsules = [(i, self.types[name]) for name, i in craft.items() if name in self.types]
        capsules += [(i, kinds[0]) for name, i in craft.items() if name not in self.types
                     and (kinds := _module_kinds(doc, clusters[i]["mentions"]))]
        if not capsules:
            return doc
        ctx = Context(doc)
        for capsule, kind in capsules:
            for start, end in clusters[capsule]["mentions"]:  # the type's words inside the capsule's name
                m = _TYPE.match(doc[start:end].text)
                words = doc.char_span(doc[start].idx, doc[start].idx + m.end(), alignment_mode="expand") if m else None
                if words is not None and len(words) < end - start:
                    if kind not in craft:
                        craft[kind] = len(clusters)
                        clusters.append({"name": kind, "label": "SPACECRAFT", "mentions": []})
                    clusters[craft[kind]]["mentions"].append([words.start, words.end])
            if kind in craft:
                start, end = clusters[capsule]["mentions"][0]
                ctx.add(capsule, "craftType", entity(craft[kind]), doc[start:end], rule=f"{VERSION}:craft-type",
                        confidence=0.9)
        doc._.astrokg_clusters = clusters
        ctx.save()
        return doc


def _module_kinds(doc: Doc, mentions: list[list[int]]) -> list[str]:
    """The kinds of module a craft's mentions begin with ("lunar module" of "the lunar module
    Snoopy", "command module" of "the Command Service Module Columbia")."""
    found = (_MODULE.match(doc[start:end].text) for start, end in mentions)
    return [f"{m.group(1).lower()} module" for m in found if m is not None and m.end() < len(m.string)]
