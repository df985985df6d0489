"""One place within another (extract/rules/places.py located), on texts written for these
tests: towns, schools and launch sites "in" or "at" a place, and datelines, which are not
such facts."""

from __future__ import annotations

from functools import partial

from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2024-06-10")


def test_schools_and_sites_within_places(nlp: Language) -> None:
    found = keys(nlp, "She studied at McGill University in Montreal. The rocket rose from Launch Complex 39A at "
                      "the Kennedy Space Center. The capsule came down at the Dongfeng landing site in north "
                      "China's Inner Mongolia Autonomous Region. The Jiuquan Satellite Launch Center in northwest "
                      "China's Gansu Province sent them up.")
    assert key("McGill University", "locatedIn", "Montreal") in found
    assert key("Launch Complex 39A", "locatedIn", "Kennedy Space Center") in found
    assert key("Dongfeng landing site", "locatedIn", "Inner Mongolia") in found
    assert key("Dongfeng landing site", "locatedIn", "China") not in found
    assert key("Jiuquan Satellite Launch Center", "locatedIn", "Gansu") in found


def test_a_dateline_is_not_where_a_place_is(nlp: Language) -> None:
    found = keys(nlp, "ORLANDO, Fla. -- The crew of four came home. Tacoma, Washington, cheered.")
    assert key("Orlando", "locatedIn", "Florida") not in found
    assert key("Tacoma", "locatedIn", "Washington") in found


def test_a_landing_is_placed_at_the_point_it_was_near(nlp: Language) -> None:
    """The most precise place a landing's sentence names: the town it was near or off, not the
    steppe, the bare "Gulf" or the country around it."""
    found = keys(nlp, "Sergei Volkan and Pavel Dorenko landed in the Kazakh steppe near the city of Dolgarsk on "
                      "Monday. Wren Voss and Ivo Brandt splashed down in the Gulf off the coast of Maravel, Florida, "
                      "at 5:57 p.m. The Soyuz descent module, carrying cosmonaut Anatoly Serin, landed in Kazakhstan "
                      "at 6:16 a.m. on Friday, 148 kilometres southeast of the city of Tolvask.")
    for person, place in (("Sergei Volkan", "Dolgarsk"), ("Pavel Dorenko", "Dolgarsk"), ("Wren Voss", "Maravel"),
                          ("Ivo Brandt", "Maravel"), ("Anatoly Serin", "Tolvask")):
        assert key(person, "landingSite", place) in found
    for person, region in (("Sergei Volkan", "Kazakh steppe"), ("Wren Voss", "Gulf"),
                           ("Anatoly Serin", "Kazakhstan")):
        assert key(person, "landingSite", region) not in found


def test_a_place_near_something_else_is_no_landing_site(nlp: Language) -> None:
    found = keys(nlp, "Nadia Orlen, who grew up near Maravel, landed in Kazakhstan on Monday. Sergei Volkan "
                      "launched from Baikonur near Tyuratam in March and touched down southeast of Dolgarsk, "
                      "Kazakhstan, on Monday.")
    assert key("Nadia Orlen", "landingSite", "Kazakhstan") in found
    assert key("Nadia Orlen", "landingSite", "Maravel") not in found
    assert key("Sergei Volkan", "landingSite", "Dolgarsk") in found
    assert key("Sergei Volkan", "landingSite", "Tyuratam") not in found
    assert key("Sergei Volkan", "landingSite", "Kazakhstan") not in found


def test_a_region_by_its_russian_or_mongolian_word_is_a_place_not_a_person(nlp: Language) -> None:
    """ "Yaroslavl Oblast", "Primorsky Krai", "Siziwang Banner": regions the small model misses
    or takes for a person's name."""
    found = keys(nlp, "Born in Yaroslavl Oblast on March 6, 1937, Ada Ross worked in a textile factory. Tom Pike "
                      "grew up in Primorsky Krai. The Shenzhou-40 capsule, which blasted off on Oct. 12 from the "
                      "Jiuquan Satellite Launch Center, carried Ivan Orlov and touched down in Siziwang Banner.")
    assert key("Ada Ross", "birthPlace", "Yaroslavl Oblast") in found
    assert key("Tom Pike", "hometown", "Primorsky Krai") in found
    assert key("Ivan Orlov", "landingSite", "Siziwang Banner") in found
    assert not any(k[0] == "siziwang banner" for k in found)
