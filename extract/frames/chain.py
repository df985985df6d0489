"""A person's launch is the launch of the craft that carried them.

Reporters often tell a launch of the craft or the mission alone ("The Soyuz MS-40 spacecraft
lifted off from Baikonur on Thursday") and name its crew in another sentence ("Aboard are A,
B and C", "the crew of X is A, B and C"). Once every other fact of the article is read, each
flight's launch (its date, its site, and for a craft the craft itself) is given to the people
on it (:func:`~extract.frames.crews.flight_crew`) who lack it.

Precision first: a flight the article launches on two dates gives none; someone whose own
launch the article already tells for that year keeps theirs; a mission (not a craft) is no
one's launch vehicle (their vehicle is the capsule) unless the article calls it a craft
("the Shenzhou-41 spaceship").
"""

from __future__ import annotations

from extract.components.context import Context
from extract.components.found import DateRef, Found, Ref
from extract.frames.crafts import called_craft
from extract.frames.crews import flight_crew
from extract.frames.reading import CONTEXT, NEAREST
from extract.rules.common import COUNTRIES, MISSIONS

VERSION = "frames/1"

_LAUNCH = ("launchDate", "launchSite", "launchVehicle")


def share_launches(ctx: Context) -> None:
    """Give each flight's launch to its crew (see the module docstring)."""
    launches: dict[int, list[Found]] = {}
    for f in ctx.facts:
        flight = ctx.labels[f.subject] == "SPACECRAFT" or ctx.labels[f.subject] in MISSIONS
        if flight and f.predicate in _LAUNCH and f.rule.endswith(":launch") and f.confidence >= NEAREST \
                and f.modality != "former":
            launches.setdefault(f.subject, []).append(f)
    for craft, told in launches.items():
        label = ctx.labels[craft]
        crew = flight_crew(ctx, craft)
        if not crew:
            continue
        launch = {p: _one(ctx, [f for f in told if f.predicate == p]) for p in ("launchDate", "launchSite")}
        for one in crew:
            mine = [f for f in ctx.facts if f.subject == one and f.predicate in _LAUNCH and f.modality != "former"]
            date, site = launch["launchDate"], launch["launchSite"]
            if date is not None and not any(f.predicate == "launchDate" and _same_flight(ctx, f, date) for f in mine):
                _give(ctx, one, date)
            if site is not None and not any(f.predicate == "launchSite" for f in mine):
                _give(ctx, one, site)
            source = date or site
            if (label == "SPACECRAFT" or called_craft(ctx, craft)) and source is not None and not any(
                    f.predicate == "launchVehicle" and f.entity is not None and ctx.labels[f.entity] == "SPACECRAFT"
                    for f in mine):
                _give(ctx, one, source, "launchVehicle", Ref(craft))


def keep_precise(ctx: Context) -> None:
    """A person's launch or landing site is the most precise place the article names for it:
    of two, the one the other contains (a ``locatedIn`` fact: "the Dongfeng landing site in
    the Gobi Desert") or a country beside a place in it ("Baikonur Cosmodrome", "Kazakhstan")
    is dropped, as the gold conventions ask ("the most specific place the text names")."""
    within = {(f.subject, f.entity) for f in ctx.facts if f.predicate == "locatedIn" and f.entity is not None}
    sites: dict[tuple[int, str, str], set[int]] = {}
    for f in ctx.facts:
        if f.predicate in _SITES and f.entity is not None:
            sites.setdefault((f.subject, f.predicate, f.modality), set()).add(f.entity)
    broad = {(who, prop, modality, b) for (who, prop, modality), places in sites.items() for a in places
             for b in places if a != b and ((a, b) in within or _country(ctx, b) and not _country(ctx, a))}
    if broad:
        ctx.facts[:] = [f for f in ctx.facts if f.predicate not in _SITES
                        or (f.subject, f.predicate, f.modality, f.entity) not in broad]


def _country(ctx: Context, place: int) -> bool:
    return ctx.clusters[place]["name"] in COUNTRIES


#: the properties whose value is the place a person launched from or landed at
_SITES = ("launchSite", "landingSite")


def _one(ctx: Context, facts: list[Found]) -> Found | None:
    """The one value the article gives a flight's launch, or None when it gives two."""
    values = {_value(ctx, f) for f in facts}
    return max(facts, key=lambda f: f.confidence) if len(values) == 1 else None


def _value(ctx: Context, f: Found) -> object:
    if isinstance(f.object, DateRef):
        d = ctx.dates[f.object.index]
        return d.year, d.month, d.day, d.weekday, d.relative
    return f.object


def _same_flight(ctx: Context, mine: Found, launch: Found) -> bool:
    """Whether a person's own launch date may be the flight's: told in the same year, or
    without a year (a date of the story's time)."""
    if not isinstance(mine.object, DateRef) or not isinstance(launch.object, DateRef):
        return True
    a, b = ctx.dates[mine.object.index], ctx.dates[launch.object.index]
    return not a.year or not b.year or a.year == b.year


def _give(ctx: Context, one: int, f: Found, predicate: str = "", obj: Ref | None = None) -> None:
    """One of the flight's launch facts (or, with ``predicate``, another told by it) for a person."""
    ctx.facts.append(Found(one, predicate or f.predicate, obj or f.object, f.start, f.end, f"{VERSION}:chain",
                           round(min(f.confidence, CONTEXT) - 0.05, 2), () if obj else f.qualifiers, f.modality,
                           None if obj else f.as_of))
