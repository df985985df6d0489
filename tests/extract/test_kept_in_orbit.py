"""A stay told of what kept a crew up ("thruster failures kept them in orbit for 286 days",
"a leak kept the pair in space", "stranded A and B aboard the station for 286 days"): the
figure is the crew's, not the cause's nor someone told beside them. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="2024-03-20")


def objects(found: set[Key], name: str, predicate: str) -> set[str]:
    return {k[2] for k in found if k[0] == name and k[1] == predicate}


@pytest.mark.parametrize("text", [
    "Ann Lee and Bo Tan splashed down on Tuesday. Thruster failures and helium leaks kept them in orbit for 286 "
    "days, while Cai Wen logged 171 days.",
    "Ann Lee and Bo Tan splashed down on Tuesday. A helium leak kept the pair in space for 286 days, while Cai "
    "Wen logged 171 days.",
    "Engine trouble kept Ann Lee and Bo Tan aboard the station for 286 days, while Cai Wen logged 171 days.",
    "A faulty capsule stranded Ann Lee and Bo Tan aboard the station for 286 days, while Cai Wen logged 171 days.",
    "Ann Lee and Bo Tan landed on Tuesday. Their capsule's troubles kept them in space for 286 days, while Cai "
    "Wen logged 171 days.",
])
def test_whom_a_stay_kept_up_owns_its_figure(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("ann lee", "bo tan"):
        assert objects(found, name, "timeInSpace") == {"286"}
    assert objects(found, "cai wen", "timeInSpace") == {"171"}
