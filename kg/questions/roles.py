"""The crew-role template: "Who piloted Crew-5?", "Who was the pilot of Crew-3?", "Did X
command Crew-3?". Roles are qualified values of a person (akg:crewRole) that name the flight
they belong to, so a question about a flight's pilot reads them from the flight's side.

A role word of the question is a role the graph states ("pilot", "mission specialist") said
as the role or its verb ("piloted", "commanded": the role without its "-er"). One person has
one role on a flight, so a different stated role on that flight answers "did X command Y?"
with a "no" (which stands only when nothing states the "yes"). A role stated without its flight
("pilot Tom Marshburn") is a crew member's role on the flight its sentence names.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from kg.questions.crew_pool import CREW_ROLES, ENDINGS, ROLE_OF, pool_words
from kg.questions.linking import Candidate, Mention
from kg.questions.match import Parsed
from kg.questions.readers import agent_classes, iris_of, keeps, node, types_of
from kg.questions.scopes import is_scope, names_people, scope_of
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.questions.text import Token, normalise
from kg.questions.values import valued
from kg.store.sparql import Rows, Term

#: Last words of crew roles that no relation names: asked for ("who is the mission specialist on
#: X?", "who was the pilot of X?"), no one else on the flight (its crew, its commander) is the answer.
_ROLE_HEADS = {"specialist", "engineer", "pilot"}


@template("role", priority=56)
def role(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Who piloted Crew-5?", "Who was the pilot of Crew-3?", "Did Kayla Barron command Crew-3?",
    "Who was John Young's pilot on Gemini 10?" """
    prop = ctx.vocabulary.properties.get("crewRole")
    if prop is None or parsed.provenance or parsed.wh not in ("who", "whom", "yesno") and not _of_a_group(parsed, ctx) \
            and not _of_a_crew(parsed):
        return
    agent = keeps(ctx, agent_classes(ctx))
    mentions = _without_vessel([m for m in parsed.mentions if not is_scope(m.text)], ctx)
    flights = [m for m in mentions if not agent(m.best.iri)]
    people = [m for m in mentions if agent(m.best.iri)]
    crewmate = people[0] if parsed.wh != "yesno" and len(people) == 1 and _owner(parsed, people[0]) else None
    if len(flights) != 1 or len(people) > 1 or (parsed.wh == "yesno") != (len(people) == 1) and crewmate is None:
        return  # "Did X command M?", "Who was the pilot of M?", "Who was X's pilot on M?"
    if parsed.wh != "yesno" and parsed.relations and not parsed.unexplained and crewmate is None:
        return  # "who commanded X": the commander fact says it; "the flight engineer" is a role
    flight = flights[0]
    words = _role_words([t for t in parsed.tokens if t.i not in range(flight.start, flight.end)])
    person = people[0] if people else None
    used: tuple[tuple[Mention, Candidate], ...] = ((flight, flight.best),) + (
        ((person, person.best),) if person else ())
    crew = ctx.vocabulary.properties.get("crewMember")
    said: tuple[tuple[str, Mapping[str, Term | Sequence[Term]]], ...] = () if crew is None else (
        ("roles_said", {"mission": node(flight.best.iri), "p": iris_of(prop), "crew": iris_of(crew)}),)
    asked = None if crewmate else person.best.iri if person else None
    yield Plan("role", "roles", {"mission": node(flight.best.iri), "p": iris_of(prop)},
               _read_roles(words, asked, parsed.present or parsed.future,
                           besides=crewmate.best.iri if crewmate else None), used,
               empty=f"The articles give no such role on {flight.best.label}.",
               final=bool(parsed.relations) and _asks_a_seat(parsed),
               parts=said)


def _asks_a_seat(parsed: Parsed) -> bool:
    """Does a word no relation reads name a seat of the crew, as a noun or its verb ("the pilot",
    "piloted")? Then the flight's crew or commander, found through another word ("mission"), is
    no answer."""
    return any(t.lower.rstrip("s") in _ROLE_HEADS or t.lemma.lower() in _ROLE_HEADS
               for t in parsed.tokens if t.text in parsed.unexplained)


def _of_a_group(parsed: Parsed, ctx: Context) -> bool:
    """Does "which" ask for people of a group ("Which American was the pilot of X?", "Which
    Japanese astronaut ...?")? The role's holders answer it, and the scope keeps those of the
    group (:mod:`kg.questions.scoped`)."""
    if parsed.wh not in ("which", "what") or scope_of(parsed) is None:
        return False
    target = parsed.target_class
    return names_people(parsed) or target is not None and bool(
        set(target.family) & ctx.vocabulary.family("Person"))


def _of_a_crew(parsed: Parsed) -> bool:
    """Does "which" ask for one of a flight's crew by a role ("Which of the X astronauts was the
    pilot?", :mod:`kg.questions.crew_pool`)?"""
    first = next((t.i for t in parsed.tokens if t.lower in ("which", "what")), None)
    return first is not None and bool(pool_words(parsed.tokens, {first}, parsed.mentions))


def _without_vessel(mentions: Sequence[Mention], ctx: Context) -> list[Mention]:
    """The names of a question without the vessel of the flight it names: "Who piloted VSS Unity
    on Unity 22?" asks about the flight (a role is held on a flight), whatever the craft's
    class (a spaceplane the articles type as a company included). A name is a vessel when a
    flight is named besides it and it is neither a person nor a flight."""
    flight = ctx.vocabulary.family("Mission")
    person = ctx.vocabulary.family("Person")
    flights = [m for m in mentions if types_of(ctx, m.best.iri) & flight]
    if len(flights) != 1 or len(mentions) < 2:
        return list(mentions)
    return [m for m in mentions if m in flights or types_of(ctx, m.best.iri) & person]


def _owner(parsed: Parsed, mention: Mention) -> bool:
    """Is the person named as the one whose crewmate is asked ("John Young's pilot")?"""
    after = parsed.tokens[mention.end] if mention.end < len(parsed.tokens) else None
    return after is not None and after.lower in ("'s", "’s", "'")


def _role_words(tokens: list[Token]) -> list[tuple[str, int, int]]:
    """The runs of one to three words of the question, the last as written and as its lemma, with
    where each starts and ends: a role may take several ("payload specialist", "flight engineers").
    A run ends at no word that only qualifies a common noun after it: "the command module" is a
    module, no command ("the command pilot" is read whole; "Did X command Orion-4?", which the
    parser reads as a compound of the name, still commands)."""
    nouns = {t.i for t in tokens if t.pos == "NOUN"}
    runs: list[tuple[str, int, int]] = []
    for n in (1, 2, 3):
        for at in range(len(tokens) - n + 1):
            run = tokens[at:at + n]
            if run[-1].dep == "compound" and run[-1].head > run[-1].i and run[-1].head in nouns:
                continue
            head = " ".join(t.lower for t in run[:-1])
            runs += [(f"{head} {w}".strip(), at, at + n) for w in (run[-1].lemma.lower(), run[-1].lower)]
    return runs


def _longest(words: list[tuple[str, int, int]], roles: set[str]) -> set[str]:
    """The stated roles the question's role words name, of the words inside no longer run that
    names a role, stated or not: in "the command module pilot", "command" is no commander, also
    when no command module pilot of the flight is stated; "the command pilot" is the commander."""
    said = [(text + ending, at, end) for text, at, end in words for ending in ENDINGS
            if text and text + ending in roles | CREW_ROLES]
    named = [(text if text in roles else ROLE_OF.get(text, text), at, end) for text, at, end in said]
    return {role for role, at, end in named if role in roles
            and not any(a <= at and end <= e and (a, e) != (at, end) for _, a, e in named)}


def _read_roles(words: list[tuple[str, int, int]], person: str | None, assigned: bool,
                besides: str | None = None) -> Reader:
    """``assigned``: the question asks who holds a role now or will ("Who is the pilot of
    Crew-12?", "Who will pilot it?"), so a role the crew was assigned (stated as planned)
    answers it, as planned; asked what happened ("Who piloted Crew-12?"), a planned role is no
    role yet. ``besides``: the crewmate the question names ("John Young's pilot"), no answer."""
    def read(rows: Rows) -> Reply:
        reported = [v for v in valued(rows) if assigned or not v.planned]
        wanted = _longest(words, {normalise(str(v.value.value)) for v in reported})
        matching = [v for v in reported if normalise(str(v.value.value)) in wanted]
        if person is None:
            seen: dict[str, Item] = {}
            for v in matching:
                if v.subject == besides:
                    continue
                label = v.subject_label or v.subject
                seen.setdefault(v.subject, Item(label, label, v.subject, support=(v.triple,), planned=v.planned))
            return Reply(list(seen.values()))
        mine = [v for v in reported if v.subject == person]
        if not any(normalise(str(v.value.value)) in wanted for v in mine) and not any(
                normalise(str(v.value.value)) in wanted for v in reported):
            return Reply([])  # no role of the question is stated on this flight: the words name none
        if any(normalise(str(v.value.value)) in wanted for v in mine):
            return Reply([Item("yes", True, kind="boolean", support=tuple(v.triple for v in mine))])
        if mine:
            said = ", ".join(str(v.value.value) for v in mine)
            return Reply([Item("no", False, kind="boolean", support=tuple(v.triple for v in mine))], settled=False,
                         note=f"The articles give another role on that flight: {said}.")
        return Reply([])

    return read

