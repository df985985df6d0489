"""Pattern data for the components, read through registered functions (``astrokg.*.v1``)."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def read_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """The records of one ``extract/patterns/<name>.jsonl`` file, read once per process."""
    text = files("extract.patterns").joinpath(f"{name}.jsonl").read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())
