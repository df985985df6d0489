"""The infobox of a reference page about one flight, and the crew tables below it.

An encyclopedia's page about a flight (a Wikipedia mirror, a reference site) opens with the
flight's name alone on its first line and lists the flight's facts as label-value lines, its
table flattened: "Launch date 11 October 2018[2]", "Rocket Soyuz-FG", "Launch site Baikonur
Pad 1/5", "Landing site 20 km east of Dzhezkazgan, Kazakhstan", "Crew size 2", "Members A" /
"B", and in the crew table further down "Commander Russia A, RSA"; a fact sheet may run its
fields in on one line instead ("Crew size: 3. Launch site: Jiuquan. Launch date: 2013-06-11.",
:func:`~extract.components.lines.run_in_fields`), each field read as a line. Such a line names no
subject: it is a fact of the flight the page's first line names. A line is read only when its
label is one of :data:`FIELDS` and what follows is a value, not a sentence (short, no verb, no
full stop); only on a page whose first line is a flight's name alone and that has at least
two such lines (an infobox, not a line of prose that happens to begin "Commander A said").
A value marked as a plan ("February 21, 1967 (planned)") is a plan, and so is every fact of a
flight whose launch date is one (a flight to come, or one that never flew); a page without a
launch date gives its operator alone.

A table under a heading of a crew that stays on the ground ("Backup crew", "Reserve crew",
"Support crew") seats no one on the flight, whatever its lines look like ("Commander Russia B,
RSA"): the flight facts other rules read from it are dropped, and a backup crew's people are
backups of the page's flight (a support crew's are none).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from extract.components.context import Context, date, entity, value
from extract.components.found import Obj
from extract.components.lines import fact_sheet_lines, field_label, run_in_fields
from extract.facts import COMPANIONS
from extract.rules.common import COUNTRIES, MISSIONS, VERSION
from extract.rules.places import innermost

_RULE = f"{VERSION}:infobox"
#: the labels of an infobox (:data:`~extract.components.lines.FIELD_LABELS`) read as facts, and the
#: property of the page's flight each gives ("Mission duration" is the flight's length, which
#: extract.rules.flights reads with the other lengths)
FIELDS = {"launch date": "launchDate", "landing date": "returnDate", "launch site": "launchSite",
          "landing site": "landingSite", "rocket": "launchVehicle", "launch vehicle": "launchVehicle",
          "crew size": "crewSize", "members": "crewMember", "commander": "commander", "operator": "operator"}
#: what stands between a label and its value: footnote marks, a colon, spaces
_AFTER_LABEL = re.compile(r"(?:\[\d+\])*:?[ \t]*")
_LINE = re.compile(r"[^\n]+")
#: the most words a value has (a sentence that begins with a label word is longer)
_VALUE_WORDS = 12
#: words that make a value a plan, not what was done
_PLANNED = {"planned", "scheduled", "proposed", "expected", "tbd", "tba", "net"}
#: the tags of a verb that tells something, which a value has none of
_TELLING = {"VBD", "VBZ", "VBP", "MD"}
#: a heading of a crew that stays on the ground: a backup crew, or a support crew (who are no backups)
_GROUNDED = re.compile(r"(?:(?!Prime\b)[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*){0,2} )?"  # a flight's name: "Apollo 14"
                       r"(?i:(?:(?P<standby>backup|back-up|reserve|standby)|support) crews?(?: members)?)"
                       r"(?:\[\d+\])*:?")  # "Backup crew", "Apollo 14 Backup Crew:"; not "Prime and backup crew:"
#: what a crew that stays on the ground is given no part of
_FLOWN = {"crewMember", "commander", "crewRole", "crewSize", "launchVehicle", "launchDate", "launchSite", "spacecraft",
          "returnDate", "landingSite", "timeInSpace", "flightLength", "orbitCount", *COMPANIONS}
#: the places of a site, most telling first
_SITES = {"launchSite": ("LAUNCH_SITE", "PLACE"), "landingSite": ("PLACE", "LAUNCH_SITE")}


def read(ctx: Context) -> None:
    """Drop what other rules read as crew from a grounded crew's table, then read the page's
    infobox (see the module docstring). Runs once per document, before the readings that ask
    for a flight's crew."""
    flight = page_flight(ctx)
    for start, end, standby in grounded_tables(ctx.text):
        ctx.facts[:] = [f for f in ctx.facts if not (start <= f.start < end and f.predicate in _FLOWN)]
        for line in _lines(ctx, start, end):
            person = _person_line(ctx, line)
            if flight is not None and person is not None and standby:
                ctx.add(flight, "backupPilot", entity(person), line, rule=_RULE, confidence=0.85)
    for line, named, standby in grounded_lines(ctx):
        ctx.facts[:] = [f for f in ctx.facts if not (line.start_char <= f.start < line.end_char
                                                     and f.predicate in _FLOWN)]
        people = dict.fromkeys(c for t in line if (c := ctx.person(t)) is not None and ctx.named_at.get(t.i) == c)
        for person in people if standby else ():
            ctx.add(named, "backupPilot", entity(person), line, rule=_RULE, confidence=0.85)
    _trip_crews(ctx, "launch")
    if flight is not None:
        _infobox(ctx, flight)


def page_flight(ctx: Context) -> int | None:
    """The flight a page is about: the one its first line names alone ("Soyuz MS-10", "Apollo
    1 (also AS-204)")."""
    first = _LINE.search(ctx.text)
    if first is None:
        return None
    words = [t for t in _span(ctx, first.start(), first.end()) if not t.is_space]
    if words and words[-1].text == ")" and "(" in [t.text for t in words]:
        words = words[:[t.text for t in words].index("(")]
    found = {ctx.named_at.get(t.i) for t in words}
    c = found.pop() if len(found) == 1 else None
    return c if c is not None and ctx.labels[c] in (*MISSIONS, "SPACECRAFT") else None


def grounded_tables(text: str) -> list[tuple[int, int, bool]]:
    """Character ranges of the tables under a heading of a crew that stays on the ground: from
    the heading line ("Backup crew") through the rows below it (the rest of its paragraph, or
    the next one when the heading stands alone), up to a line of prose (long, or ended by a
    stop); and whether its people are backups (not a support crew's)."""
    found = []
    for m in _LINE.finditer(text):
        heading = _GROUNDED.fullmatch(m.group(0).strip())
        if heading is None:
            continue
        at = m.end() + 1
        if text.startswith("\n", m.end() + 1):  # the heading alone: its table is the next paragraph
            at = len(text) - len(text[m.end():].lstrip())
        end = m.end()
        while (row := _LINE.match(text, at)) is not None and _a_row(row.group(0)):
            end, at = row.end(), row.end() + 1
        found.append((m.start(), end, heading.group("standby") is not None))
    return found


def _a_row(line: str) -> bool:
    """Whether a line reads as a table's row, not prose: short, not ended by a sentence's stop."""
    words = line.split()
    return bool(words) and len(words) <= _VALUE_WORDS + 4 and words[-1][-1] not in ".!?"


def grounded_lines(ctx: Context) -> list[tuple[Span, int, bool]]:
    """A fact sheet's lines (:func:`~extract.components.lines.fact_sheet_lines`) that list a
    flight's crew that stays on the ground, labelled with the flight ("Expedition 40 backup crew
    A, B, C"): each line, its flight, and whether its people are backups (not a support crew's).
    A line of prose is none ("The X backup crew A and B watched C launch")."""
    found = []
    for start, end in fact_sheet_lines(ctx.text):
        label = _GROUNDED_LABEL.match(ctx.text, start, end)
        if label is None:
            continue
        named = {c for t in _span(ctx, start, label.start("crew")) if (c := ctx.named_at.get(t.i)) is not None}
        flight = named.pop() if len(named) == 1 else None
        if flight is not None and ctx.labels[flight] in (*MISSIONS, "SPACECRAFT"):
            found.append((_span(ctx, start, end), flight, label.group("standby") is not None))
    return found


def landing_crews(ctx: Context) -> None:
    """Those a fact sheet says came home in a craft ("X crew at landing D, E, F"): they rode it,
    and landed together. Read last, once every launch is shared with the crews: they are no
    crew the craft took up."""
    _trip_crews(ctx, "landing")


def _trip_crews(ctx: Context, trip: str) -> None:
    """The people of a fact sheet's crew lines of one trip (:func:`crew_lines`): the crew a
    craft took up, who launched together; or those it brought home, who landed together."""
    for line, named, told in crew_lines(ctx):
        if told != trip:
            continue
        people = list(dict.fromkeys(c for t in line if (c := ctx.person(t)) is not None and ctx.named_at.get(t.i) == c))
        for k, person in enumerate(people):
            if trip == "launch":
                ctx.add(named, "crewMember", entity(person), line, rule=_RULE, confidence=0.85)
            else:
                ctx.add(person, "spacecraft", entity(named), line, rule=_RULE, confidence=0.85)
            for other in people[k + 1:]:
                ctx.add(person, "launchedWith" if trip == "launch" else "landedWith", entity(other), line,
                        rule=_RULE, confidence=0.85)


def crew_lines(ctx: Context) -> list[tuple[Span, int, str]]:
    """A fact sheet's lines that list a flight's crew on one trip, labelled with the flight
    ("Soyuz TM-31 crew at launch A, B, C", "Soyuz TM-31 crew at landing D, E, F"): each line, its
    flight, and the trip ("launch" or "landing"). A crew swapped in orbit comes home in a craft
    that took others up, so the two lists are two trips, not one crew."""
    found = []
    for start, end in fact_sheet_lines(ctx.text):
        label = _CREW_LABEL.match(ctx.text, start, end)
        if label is None:
            continue
        named = {c for t in _span(ctx, start, label.start("crew")) if (c := ctx.named_at.get(t.i)) is not None}
        flight = named.pop() if len(named) == 1 else None
        if flight is not None and ctx.labels[flight] in (*MISSIONS, "SPACECRAFT"):
            found.append((_span(ctx, start, end), flight, label.group("trip").lower()))
    return found


#: a fact sheet's label of a crew on one trip, after the flight's name, before the names ("X crew at launch A, B")
_CREW_LABEL = re.compile(r"(?=[A-Z])[^\n,:;]{2,40}? (?P<crew>[Cc]rew at (?P<trip>[Ll]aunch|[Ll]anding)):? (?=[A-Z])")

#: a fact sheet's label of a grounded crew, after the flight's name, before the names ("X backup crew A, B")
_GROUNDED_LABEL = re.compile(r"(?=[A-Z])[^\n,:;]{2,40}? (?P<crew>(?:(?P<standby>[Bb]ackup|[Bb]ack-up|[Rr]eserve|"
                             r"[Ss]tandby)|[Ss]upport) crews?):? (?=[A-Z])")


def _infobox(ctx: Context, flight: int) -> None:
    """The facts of the page's flight its label lines give, when it has two at least."""
    grounded = grounded_tables(ctx.text)
    fields: list[tuple[str, re.Match[str], Span]] = []
    for m in [*_LINE.finditer(ctx.text), *run_in_fields(ctx.text)]:  # a line each, or run in ("Launch site: X.")
        label = field_label(m.group(0))
        if label in FIELDS and not any(s <= m.start() < e for s, e, _ in grounded):
            after = _AFTER_LABEL.match(ctx.text, m.start() + len(label))
            words = _span(ctx, after.end() if after else m.end(), m.end())
            if _a_value(words):
                fields.append((FIELDS[label], m, words))
    if len({label for label, _, _ in fields}) < 2:
        return
    launch = next((words for label, _, words in fields if label == "launchDate" and _dated(ctx, words) is not None),
                  None)
    for label, m, words in fields:
        if launch is None and label != "operator":
            continue  # a flight the page does not tell as launched nor as to launch: perhaps none ever flew
        planned = label != "operator" and (_planned(launch) or _planned(words))  # a flight to come, its plans
        told = "planned" if planned else "reported"
        line = _span(ctx, m.start(), m.end())
        for obj in _objects(ctx, label, m, words):
            ctx.add(flight, label, obj, line, rule=_RULE, confidence=0.85, modality=told)


def _objects(ctx: Context, label: str, line: re.Match[str], words: Span) -> list[Obj]:
    """What a label line gives: a date, a place, a rocket, an agency, a count, or people."""
    if label in ("launchDate", "returnDate"):
        d = _dated(ctx, words)
        return [date(d)] if d is not None else []
    if label in _SITES:
        for kind in _SITES[label]:
            places = [c for c in innermost(ctx, [t for t in words if ctx.is_a(t, kind)])
                      if ctx.clusters[c]["name"] not in COUNTRIES]
            if places:
                return [entity(places[0])]
        return []
    if label == "launchVehicle":
        return _one_of(ctx, words, "ROCKET")
    if label == "operator":
        return _one_of(ctx, words, "AGENCY", "ORG")
    if label == "crewSize":
        first = next(t for t in words if not t.is_space)
        return [value(first.text, "integer")] if first.is_digit and 0 < int(first.text) <= 20 else []
    if label == "commander":
        person = _person_line(ctx, words)
        return [entity(person)] if person is not None else []
    return [entity(p) for p in _members(ctx, line, words)]


def _members(ctx: Context, line: re.Match[str], words: Span) -> list[int]:
    """The people of a "Members" line and of the lines under it that are a name each ("Members
    A" / "B" / "C, Pilot"), up to the first that is not."""
    people: list[int] = []
    row, end = words, line.end()
    while (person := _person_line(ctx, row)) is not None and person not in people:
        people.append(person)
        below = _LINE.match(ctx.text, end + 1)  # the next line, unless a blank one ends the block
        if below is None:
            break
        row, end = _span(ctx, below.start(), below.end()), below.end()
    return people


def _person_line(ctx: Context, words: Span) -> int | None:
    """The one person a table row names ("Russia A, RSA", "A, Command Pilot", "Commander Russia
    A, RSA"), when the row is a value (:func:`_a_value`) and names no one else."""
    if not _a_value(words):
        return None
    people = {c for t in words if (c := ctx.person(t)) is not None and ctx.named_at.get(t.i) == c}
    return people.pop() if len(people) == 1 else None


def _one_of(ctx: Context, words: Span, *labels: str) -> list[Obj]:
    """The one entity of those kinds a value names."""
    found = {c for t in words if (c := ctx.named_at.get(t.i)) is not None and ctx.labels[c] in labels}
    return [entity(found.pop())] if len(found) == 1 else []


def _dated(ctx: Context, words: Span) -> int | None:
    """The one date a value gives, to the month at least."""
    found = ctx.dates_in(words)
    return found[0] if len(found) == 1 and ctx.dates[found[0]].year and ctx.dates[found[0]].month else None


def _a_value(words: Span) -> bool:
    """Whether the words after a label are a value: a few words without a verb that tells or a
    sentence's stop."""
    toks = [t for t in words if not t.is_space]
    return bool(toks) and len(toks) <= _VALUE_WORDS and not any(t.tag_ in _TELLING for t in toks) \
        and toks[-1].text not in (".", "!", "?")


def _planned(words: Span | None) -> bool:
    """Whether a value is marked as a plan ("14 March 2033 (planned)", "NET 2033")."""
    return words is not None and any(t.lower_ in _PLANNED for t in words)


def _lines(ctx: Context, start: int, end: int) -> list[Span]:
    """The lines of a stretch of text, as spans."""
    return [_span(ctx, m.start(), m.end()) for m in _LINE.finditer(ctx.text, start, end) if m.group(0).strip()]


def _span(ctx: Context, start: int, end: int) -> Span:
    """The words of a stretch of text (the doc's words it overlaps)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None else ctx.doc[0:0]
