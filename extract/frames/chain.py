"""A person's launch is the launch of the craft that carried them.

Reporters often tell a launch of the craft or the mission alone ("The Soyuz MS-40 spacecraft
lifted off from Baikonur on Thursday") and name its crew in another sentence ("Aboard are A,
B and C", "the crew of X is A, B and C"). Once every other fact of the article is read, each
flight's launch (its date, its site, and for a craft the craft itself) is given to the people
on it (:func:`~extract.frames.roles.flight_crew`) who lack it.

Precision first: a flight the article launches on two dates gives none; someone whose own
launch the article already tells for that year keeps theirs; a mission (not a craft) is no
one's launch vehicle (their vehicle is the capsule) unless the article calls it a craft
("the Shenzhou-41 spaceship").
"""

from __future__ import annotations

from extract.components.context import Context
from extract.components.found import DateRef, Found, Ref
from extract.frames.roles import CONTEXT, NEAREST, called_craft, flight_crew
from extract.rules.common import MISSIONS

VERSION = "frames/1"

_LAUNCH = ("launchDate", "launchSite", "launchVehicle")


def share_launches(ctx: Context) -> None:
    """Give each flight's launch to its crew (see the module docstring)."""
    for craft, label in enumerate(ctx.labels):
        if label != "SPACECRAFT" and label not in MISSIONS:
            continue
        told = [f for f in ctx.facts if f.subject == craft and f.predicate in _LAUNCH and f.modality != "former"
                and f.rule.endswith(":launch") and f.confidence >= NEAREST]
        if not told:
            continue
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
