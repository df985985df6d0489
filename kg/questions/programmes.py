""""Which Soyuz mission did X command?": the programme and craft words a question may name to say
which flights it asks for, and what the names of their flights hold ("Soyuz TMA-7", "STS-93",
"Crew-9"): the way every article names a flight (see :func:`kg.questions.craft_types.of_the_programme`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.questions.text import Token

#: a programme or craft word of a question -> what the name of one of its flights holds
PROGRAMMES: dict[str, re.Pattern[str]] = {word: re.compile(pattern, re.IGNORECASE) for word, pattern in {
    "soyuz": r"\bSoyuz\b",
    "shuttle": r"\bSTS-?\d|\bshuttle\b|\b(Columbia|Challenger|Discovery|Atlantis|Endeavour)\b",
    "apollo": r"\bApollo\b",
    "gemini": r"\bGemini\b",
    "mercury": r"\bMercury\b|\b(Freedom|Liberty Bell|Friendship|Aurora|Sigma|Faith) 7\b",
    "dragon": r"\bDragon\b|\bCrew-\d|\bAx-\d|\bDemo-2\b|\bInspiration4\b|\bPolaris\b|\bFram2\b",
    "shenzhou": r"\bShenzhou\b",
    "artemis": r"\bArtemis\b",
    "starliner": r"\bStarliner\b|\bCFT\b",
    "vostok": r"\bVostok\b",
    "voskhod": r"\bVoskhod\b",
    "gaganyaan": r"\bGaganyaan\b",
}.items()}


def programme_word(tokens: Sequence[Token]) -> Token | None:
    """The programme word right after "which"/"what"/"how many" (or after "space"), before a common
    noun or the verb: "which Soyuz mission", "how many shuttle flights", "which Soyuz did"; never the
    start of a flight's name ("which Apollo 11 astronaut", "which Soyuz TMA-7 crew member"). It
    says what kind of flight is asked for; it is no name of the graph to link."""
    at = next((t.i for t in tokens if t.lower in ("which", "what")
               or t.lower == "many" and t.i > 0 and tokens[t.i - 1].lower == "how"), None)
    if at is None:
        return None
    word = tokens[at + 1] if at + 1 < len(tokens) and tokens[at + 1].lower != "space" else (
        tokens[at + 2] if at + 2 < len(tokens) else None)
    after = tokens[word.i + 1] if word is not None and word.i + 1 < len(tokens) else None
    if word is None or word.lower not in PROGRAMMES or after is None:
        return None
    common = after.text.isalpha() and after.text.islower() or after.pos in ("VERB", "AUX")
    return word if common else None
