"""A town the articles name without saying it is one: "died in Moscow" gives a place of no
narrower kind, and "In which city did X die?" ("in what town", "which city ... in") asks for it.
Such a place is taken for a city or town unless its name says it is another kind ("Auglaize
County", "Burdenko Hospital", "Cape Kennedy", "Moscow Region"); one the graph types as a country,
a state, a launch site or a body never is, nor is a place asked for as a village, which no class
holds (:mod:`kg.questions.checks` asks its name)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from kg.namespaces import AKG
from kg.questions.linking import EntityIndex, Named
from kg.questions.templates import Item, Reply

_PLACE, _CITY = str(AKG.Place), str(AKG.City)
#: words of a place's name that make it no town
_OTHER_KIND = re.compile(
    r"\b(?:county|region|province|oblast|krai|territory|state|district|prefecture|republic|republics|area|"
    r"hospital|clinic|center|centre|home|house|base|station|cape|island|islands|peninsula|desert|sea|ocean|"
    r"lake|river|mountain|mountains|valley|coast|forest|cosmodrome|spaceport|site|field|range|park)\b",
    re.IGNORECASE)


def town_asked(classes: Collection[str]) -> bool:
    """Do the classes an answer may have ask for a city or town and no broader place?"""
    return _CITY in classes and _PLACE not in classes


def town_like(named: Named | None) -> bool:
    """Is the entity a place of no narrower kind whose name says it is no town?

    >>> town_like(Named("x", "Moscow", types=(_PLACE,))), town_like(Named("y", "Moscow Region", types=(_PLACE,)))
    (True, False)
    """
    return named is not None and set(named.types) == {_PLACE} and not _OTHER_KIND.search(named.label)


#: words before a place's name, or after it, that make it a region in a sentence ("born in western
#: Siberia", "grew up in rural Alberta", "the Moscow region")
_REGION_BEFORE = r"(?:(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central|rural|remote)"
_REGION_AFTER = r"(?:region|province|oblast|krai|county|district|territory|area|state)"


def told_as_towns(want_classes: Collection[str], reply: Reply, index: EntityIndex,
                  sentences: Callable[[Item], Sequence[str]]) -> Reply:
    """``reply`` without the places of no kind taken for towns whose sentences call them a region
    ("born in western Siberia" answers no "In which town was X born?")."""
    if not town_asked(want_classes):
        return reply
    regions = [i for i in reply.items if i.iri and town_like(index.entities.get(i.iri)) and _region_told(
        i.label, sentences(i))]
    if not regions:
        return reply
    kept = [i for i in reply.items if i not in regions]
    shown = ", ".join(i.label for i in regions)
    return replace(reply, items=kept, note=reply.note if kept else
                   f"The articles give {shown}, but as a region, not a city or town.")


def _region_told(label: str, sentences: Sequence[str]) -> bool:
    name = re.escape(label)
    pattern = re.compile(rf"\b{_REGION_BEFORE}\s+{name}\b|\b{name}\s+{_REGION_AFTER}\b", re.IGNORECASE)
    return any(pattern.search(s) for s in sentences)
