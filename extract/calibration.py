"""How sure a fact is, measured rather than guessed (issue 11).

Each rule sets a confidence by hand; those figures said little about how often its facts are
right. ``calibration.json`` (written by ``benchmarks/calibrate.py``) holds, for each rule and
predicate, how many facts the rule gave on the development articles with gold facts and how
many of them were right. A fact's confidence is that precision, smoothed toward the rule's
own figure (its prior, worth :data:`PRIOR_WEIGHT` facts) so that a rule seen a few times is not
judged on them alone. A rule whose component changed version since the table was written is
looked up by its name ("frames/2:launch" as "frames/1:launch"), until the table is written
again; a rule the table has not measured (a new one) is trusted no more than the facts of all
measured rules together: a guess never outranks a measurement.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

#: The table the extractor uses.
TABLE = Path(__file__).with_name("calibration.json")
#: How many facts the hand-set confidence of a rule counts as, beside those measured.
PRIOR_WEIGHT = 4.0


@dataclass(frozen=True)
class Counts:
    """Facts a rule gave for one predicate on the development articles, and how many were right."""

    facts: int
    right: int


@dataclass(frozen=True)
class Calibration:
    """Measured precision per (rule, predicate), and the ceiling for what was not measured."""

    counts: Mapping[tuple[str, str], Counts] = field(default_factory=dict)
    unmeasured: float = 1.0  # the precision of every measured fact together
    _by_name: dict[tuple[str, str], Counts] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {(_unversioned(r), p): c for (r, p), c in self.counts.items()})

    def confidence(self, rule: str, predicate: str, prior: float) -> float:
        """How sure a fact of ``rule`` about ``predicate`` is, given the rule's hand-set ``prior``.

        >>> table = Calibration({("crew/1:crew", "crewMember"): Counts(16, 8)}, unmeasured=0.8)
        >>> table.confidence("crew/1:crew", "crewMember", 0.9)
        0.58
        >>> table.confidence("new/1:rule", "crewMember", 0.9)
        0.8
        >>> table.confidence("crew/2:crew", "crewMember", 0.9)  # a new version of the component
        0.58
        """
        seen = self.counts.get((rule, predicate)) or self._by_name.get((_unversioned(rule), predicate))
        if seen is None:
            return round(min(prior, self.unmeasured), 3)
        return round((seen.right + PRIOR_WEIGHT * prior) / (seen.facts + PRIOR_WEIGHT), 3)

    def as_json(self) -> dict[str, object]:
        """The table as written to disk, its rules sorted."""
        return {"unmeasured": self.unmeasured, "prior_weight": PRIOR_WEIGHT,
                "rules": [{"rule": r, "predicate": p, "facts": c.facts, "right": c.right}
                          for (r, p), c in sorted(self.counts.items())]}


def _unversioned(rule: str) -> str:
    """A rule's name without its component's version ("frames/1:launch" -> "frames:launch")."""
    return re.sub(r"/[^:]*", "", rule, count=1)


def read(path: Path) -> Calibration:
    """A table written by :meth:`Calibration.as_json`; no file means nothing measured."""
    if not path.exists():
        return Calibration()
    data = json.loads(path.read_text(encoding="utf-8"))
    counts = {(str(r["rule"]), str(r["predicate"])): Counts(int(r["facts"]), int(r["right"])) for r in data["rules"]}
    return Calibration(counts, float(data["unmeasured"]))


@lru_cache(maxsize=1)
def table() -> Calibration:
    """The extractor's table, read once per process."""
    return read(TABLE)
