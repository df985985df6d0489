"""The crewmates frame: those told as having flown together."""

from __future__ import annotations

from functools import partial

from spacy.tokens import Span, Token

from extract.components.context import Context, entity
from extract.components.found import Found
from extract.frames.base import VERSION, FrameBase, seated
from extract.frames.companions import crewmates
from extract.frames.entities import entities
from extract.frames.reading import CONTEXT, LISTED, NEAREST, About
from extract.rules.common import MISSIONS


class CrewmateFrames(FrameBase):
    """The crewmates frame (read by :class:`~extract.frames.engine.Reader`)."""

    def _crewmates(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                   words: list[Token]) -> None:
        """"Her crewmates are A, B and C": they flew with her and sit on the mission she
        commands (read now, so that the story's crew is known to the events read later), and
        share the launch told of her (read once the article is read). A flight the phrase
        names ("her Crew-9 crewmates") may not be the launch told of her: then they share only
        that flight. Crewmates told beside a plan ("will be with crewmates A and B as they lift
        off") are of the flight to come, unless the phrase names a flight ("is due to leave with
        her Crew-1 crewmates": a crew that may have flown already; left unread)."""
        owners, mates = crewmates(ctx, tok, span)
        if not owners or not mates or modality not in ("reported", "planned"):
            return
        named = entities(ctx, [t for c in tok.children if c.dep_ in ("compound", "nmod", "nummod", "prep")
                                     for t in c.subtree], *MISSIONS)
        if named and modality == "planned":
            return
        crew = [*owners, *mates]
        for i, one in enumerate(crew):
            for other in crew[i + 1:]:
                self._add(ctx, one, "together", entity(other), span, LISTED - 0.1, modality)
        missions = named or [f.subject for f in ctx.facts if f.entity in owners and f.predicate == "commander"
                             and f.confidence >= LISTED and ctx.labels[f.subject] in MISSIONS
                             and _of_series(ctx, tok, f.subject)]
        for one in crew if named else mates:
            for m in dict.fromkeys(missions):
                if not seated(ctx, m, one):
                    self._add(ctx, m, "target", entity(one), span, CONTEXT, modality)
        if not named:
            ctx.later.append((partial(self._share, owner=owners[0], mates=tuple(mates)), tok, span))

    def _share(self, ctx: Context, tok: Token, span: Span, owner: int, mates: tuple[int, ...]) -> None:
        """The owner's launch, told last before the crewmates (else first after), for each of them."""
        launch = [f for f in ctx.facts if f.subject == owner and f.rule.endswith(":launch") and f.object is not None
                  and f.predicate in ("launchDate", "launchSite", "launchVehicle") and f.confidence >= NEAREST]
        told: dict[str, Found] = {}
        for f in sorted(launch, key=lambda f: (f.start >= span.start_char, abs(f.start - span.start_char))):
            told.setdefault(f.predicate, f)
        for one in mates:
            for f in told.values():
                ctx.add(one, f.predicate, f.object, span, rule=f"{VERSION}:crewmates", confidence=CONTEXT,
                        modality=f.modality, qualifiers=f.qualifiers)


def _of_series(ctx: Context, tok: Token, mission: int) -> bool:
    """Whether a mission is of the series a word before "crewmate" names, when one does ("His
    Gemini crewmate was B": a Gemini flight, not the Apollo one the owner commanded later)."""
    series = [c.lower_ for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.is_title]
    name = str(ctx.clusters[mission]["name"]).lower()
    return not series or any(name.startswith(w) for w in series)
