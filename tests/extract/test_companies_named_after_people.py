"""A company named after its founder ("her company, Ana Voss Science") is an organisation, not
a longer name of the person: her age, death and firsts stay hers (invented names, the session
``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2031-07-24")


@pytest.mark.parametrize("word", ["Science", "Sciences", "Enterprises", "Ventures", "Holdings", "Partners"])
@pytest.mark.parametrize("text", [
    "{name}, first Ruritanian woman in space, dies\n\n{name} died yesterday of cancer. She was 61.\n\n"
    "{last} died at her home in Lemberg, said Eva Holt, a spokeswoman for her company, {name} {word}.",
    "{name} dies at 61\n\n{name}, the first Ruritanian woman in space, died on Monday. She was 61. Eva Holt, "
    "who speaks for {name} {word}, said {last} died at home.",
    "{name} died on Monday at the age of 61, said her company, {name} {word}.",
])
@pytest.mark.parametrize("name", ["Dana Kell", "Mira Voss"])
def test_a_company_named_after_a_person_is_not_the_person(nlp: Language, text: str, word: str, name: str) -> None:
    found = keys(nlp, text.format(name=name, last=name.split()[-1], word=word))
    assert key(name, "age", "61") in found
    assert not {k for k in found if k[0] == key(f"{name} {word}", "age", "x")[0]}


def test_the_person_alone_is_still_one_person(nlp: Language) -> None:
    found = keys(nlp, "Dana Kell died on Monday at the age of 61. Kell was the first Ruritanian woman in space.")
    assert key("Dana Kell", "age", "61") in found
