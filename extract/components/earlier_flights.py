"""Flights an article tells as someone's earlier one ("Cai, who flew on the Shenzhou-34
mission in 2022") beside the flight it is about: every later mention of such a flight ("a
rookie in the Shenzhou-34 trio") is the earlier flight still, never what "the mission" or
"the crew" of the story means."""

from __future__ import annotations

from spacy.tokens import Doc

from extract.components.dates import past_mention

_FLIGHTS = ("MISSION", "SPACECRAFT")


def earlier_flights(doc: Doc, clusters: list[dict[str, object]]) -> set[int]:
    """Token indices of every mention of a flight told once as a past one, when the article
    also names a flight it never tells as past (the story's own)."""
    told: list[tuple[bool, list[list[int]]]] = []
    for cluster in clusters:
        if cluster["label"] in _FLIGHTS:
            mentions: list[list[int]] = cluster["mentions"]  # type: ignore[assignment]
            told.append((any(past_mention(doc, start, end) for start, end in mentions), mentions))
    if all(was for was, _ in told):
        return set()  # a look back at one flight: it is the story's
    return {i for was, mentions in told if was for start, end in mentions for i in range(start, end)}
