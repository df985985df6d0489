"""In a list whose items are split by semicolons, a role and a nationality written before an
item's name are that item's person's, not those of the list's first name, which the parser often
makes their head ("A, 34; Turkish businessman B; and C") (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


@pytest.mark.parametrize(("text", "first", "item", "country"), [
    ("The passengers include billionaire Ty Sunn, 34, Indian-born American investor Arvo Dalal; Turkish businessman "
     "and photographer Ola Pym; and Mina Ford, a journalist from Ohio.", "ty sunn", "ola pym", "turkey"),
    ("The flight carried entrepreneur Ty Sunn, 40; Dutch banker and pilot Hendrik Brand; and teacher Mina Ford.",
     "ty sunn", "hendrik brand", "netherlands"),
    ("The six included venture capitalist Ty Sunn, 52; Polish physicist and climber Jan Nowak; and Mina Ford, a "
     "nurse.", "ty sunn", "jan nowak", "poland"),
    ("The crew: pilot Ada Rinn, 41; French engineer Luc Morel; and Japanese doctor Emi Sato.",
     "ada rinn", "luc morel", "france"),
    ("Aboard were Tomas Kell, 29, of Texas; Canadian teacher Lena Voss; and British banker Omar Haddad.",
     "tomas kell", "lena voss", "canada"),
    ("Its riders included investor Ivo Sarn; Indian engineer Ravi Das; and German pilot Uwe Brandt, 55.",
     "ivo sarn", "ravi das", "india"),
    ("Passengers were Ana Ruiz, a teacher from Ohio; Brazilian surgeon Joao Lima; and Kenyan pilot Amos Otieno.",
     "ana ruiz", "joao lima", "brazil"),
])
def test_an_items_nationality_is_its_own(nlp: Language, text: str, first: str, item: str, country: str) -> None:
    found = reading.triples(nlp, text, "2031-06-10")
    assert (first, "nationality", country) not in found
    assert (item, "nationality", country) in found


def test_an_apposition_after_a_comma_still_describes_the_name(nlp: Language) -> None:
    found = reading.triples(nlp, "Ada Rinn, a French engineer, flew to the station with Luc Morel.", "2031-06-10")
    assert ("ada rinn", "nationality", "france") in found
