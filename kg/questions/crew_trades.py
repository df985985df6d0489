""""Who was the physician on the Voskhod crew?", "Which Soyuz 38 crew member was a teacher?": the
members of a flight's crew whose stated trade is the one asked. No relation reads a trade on a
flight, so the engine asks for the crew ("Who flew on X?") and keeps those whose occupation the
articles give as that trade (its own word or a word for the same trade: a physician is a
doctor). Every other word of the question must be one of these few, so nothing asked goes
unread; a crew role ("the pilot", "the flight engineer") is the role template's."""

from __future__ import annotations

from dataclasses import dataclass

from extract.frames.groups import TRADES
from kg.questions.linking import EntityIndex, Mention
from kg.questions.match import Parsed
from kg.questions.vocabulary import Vocabulary

#: words for one trade, by the word they are kept under
_SAME = {"physician": "doctor", "medical doctor": "doctor", "medic": "doctor", "doctor": "doctor",
         "schoolteacher": "teacher", "school teacher": "teacher"}
#: trades that are crew roles as well: the role template reads them
_ROLES = {"pilot", "engineer", "commander", "specialist", "cosmonaut", "astronaut", "taikonaut"}
#: the other words such a question may hold
_FRAME = {"who", "which", "was", "is", "were", "the", "a", "an", "on", "aboard", "of", "in", "crew", "member",
          "members", "crewmember", "crewmembers", "?", "served", "as", "'s", "’s", "flight", "mission"}


@dataclass(frozen=True)
class TradeAsked:
    """The trade a question asks for among a flight's crew."""

    trade: str  # as asked: "physician"
    flight: Mention

    @property
    def crew_question(self) -> str:
        return f"Who flew on {self.flight.best.label}?"

    def holds(self, occupation: str) -> bool:
        """Is the stated occupation the trade asked ("medical doctor" for "physician")?"""
        said, asked = occupation.lower().strip(), self.trade.lower()
        return _SAME.get(said, said) == _SAME.get(asked, asked)


def trade_asked(parsed: Parsed, index: EntityIndex, vocabulary: Vocabulary) -> TradeAsked | None:
    """The trade and the flight of "Who was the <trade> on <flight>?" and its kin (see the
    module); None for another question."""
    if parsed.wh not in ("who", "which"):
        return None
    flights = vocabulary.family("Mission") | vocabulary.family("Spacecraft")
    if len(parsed.mentions) != 1:
        return None
    flight = parsed.mentions[0]
    named = index.entities.get(flight.best.iri)
    if named is None or not set(named.types) & flights:
        return None
    rest = [t for t in parsed.tokens if not flight.covers(t.i)]
    trades = [t for t in rest if t.pos == "NOUN" and t.lemma.lower() in TRADES and t.lemma.lower() not in _ROLES]
    if len(trades) != 1 or any(t.lower not in _FRAME for t in rest if t.i != trades[0].i):
        return None
    return TradeAsked(trades[0].lemma.lower(), flight)
