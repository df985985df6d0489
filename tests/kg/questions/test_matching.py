"""The pure parts of question answering, tested with plain values: names, phrases,
question words, numbers, comparisons, and the template registry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rdflib import Graph

from kg.namespaces import AKG
from kg.questions.linking import EntityIndex, Named
from kg.questions.match import PhraseBook, read
from kg.questions.templates import Context, Plan, Reply, registered, template
from kg.questions.text import Phrase, Token, find, normalise, simple_tokens
from kg.questions.vocabulary import Vocabulary, vocabulary

MINI = """
@prefix akg: <https://w3id.org/astrokg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
akg:Person a owl:Class ; rdfs:label "person"@en .
akg:Astronaut a owl:Class ; rdfs:subClassOf akg:Person ; rdfs:label "astronaut"@en ; skos:altLabel "astronauts"@en .
akg:siblingOf a owl:ObjectProperty , owl:SymmetricProperty ; rdfs:label "sibling of"@en ;
    akg:phrase "brother"@en ; akg:answerKind "entity" .
akg:twinOf a owl:ObjectProperty ; rdfs:subPropertyOf akg:siblingOf ; rdfs:label "twin of"@en ;
    akg:phrase "twin"@en ; akg:answerKind "entity" .
akg:commander a owl:ObjectProperty ; rdfs:label "commander"@en ; akg:phrase "commander"@en ;
    akg:inversePhrase "commanded"@en ; akg:answerKind "entity" .
akg:timeInSpace a owl:ObjectProperty ; rdfs:label "time in space"@en ; rdfs:range akg:TimeInSpace ;
    akg:phrase "days in space"@en ; akg:answerKind "number" .
akg:TimeInSpace a owl:Class ; rdfs:subClassOf akg:QualifiedValue ; rdfs:label "time in space"@en .
akg:QualifiedValue a owl:Class ; rdfs:label "qualified value"@en .
"""

PEOPLE = [
    Named("r:Scott_Kelly", "Scott Kelly", ("akg:Astronaut",), ("Kelly",), weight=30),
    Named("r:Mark_Kelly", "Mark Kelly", ("akg:Astronaut",), (), weight=10),
    Named("r:Michael_Fincke", "Michael Fincke", ("akg:Astronaut",), ("Mike Fincke",), weight=5),
    Named("r:ISS", "International Space Station", (), ("ISS",), weight=50),
    Named("r:Baikonur", "Baikonur Cosmodrome", (), (), weight=3),
]


@pytest.fixture(scope="module")
def mini() -> Vocabulary:
    return Vocabulary.from_graph(Graph().parse(data=MINI, format="turtle"))


@pytest.fixture(scope="module")
def index() -> EntityIndex:
    return EntityIndex(PEOPLE)


def tokens(text: str) -> tuple[Token, ...]:
    """Simple tokens with capitalised words tagged as proper nouns."""
    return tuple(Token(t.i, t.text, t.lemma, "PROPN" if t.text[:1].isupper() and t.i else t.pos)
                 for t in simple_tokens(text))


@pytest.mark.parametrize(("name", "key"), [
    ("Scott Kelly's", "scott kelly"), ("THE ISS", "iss"), ("Lopez-Alegria", "lopez alegria"),
    ("Gagárin", "gagarin"), ("U.S.", "us"),
])
def test_names_are_normalised_for_lookup(name: str, key: str) -> None:
    assert normalise(name) == key


def test_a_surname_alone_finds_everyone_who_bears_it_alias_first(index: EntityIndex) -> None:
    found = index.lookup("Kelly")
    assert [c.label for c in found] == ["Scott Kelly", "Mark Kelly"]
    assert [c.how for c in found] == ["alias", "part"]


def test_a_surname_alone_ranks_by_weight(index: EntityIndex) -> None:
    assert [c.label for c in index.lookup("Fincke")] == ["Michael Fincke"]
    reversed_weights = EntityIndex([Named("a", "Ann Lee", weight=1), Named("b", "Bo Lee", weight=9)])
    assert [c.label for c in reversed_weights.lookup("lee")] == ["Bo Lee", "Ann Lee"]


def test_a_stations_name_is_the_station_not_an_expedition_named_after_it() -> None:
    index = EntityIndex([Named("r:Mir", "Mir", (str(AKG.SpaceStation),), weight=9),
                         Named("r:Mir-16", "Mir-16", (str(AKG.Expedition),), ("Mir EO-16",), weight=2)])
    assert [c.label for c in index.lookup("Mir")] == ["Mir"]
    assert [c.label for c in index.lookup("Mir-16")] == ["Mir-16"]


@pytest.mark.parametrize(("asked", "label"), [("ISS", "International Space Station"),
                                              ("the ISS", "International Space Station"),
                                              ("KSC", "Kennedy Space Center")])
def test_a_name_the_articles_never_used_finds_the_thing_by_its_known_name(asked: str, label: str) -> None:
    """The articles said "International Space Station" only; a reader asks about "the ISS"."""
    index = EntityIndex([Named(f"r:{label.replace(' ', '_')}", label, (str(AKG.SpaceStation),), weight=3)
                         for label in ("International Space Station", "Kennedy Space Center", "NASA")])
    assert [(c.label, c.how) for c in index.lookup(asked)] == [(label, "alias")]
    assert index.lookup("Zorblax Station") == []


def test_a_question_in_lower_case_gets_the_graphs_names_capitalised(index: EntityIndex) -> None:
    """The model reads "scott kelly study" as one name; capitalised, "study" is a verb again."""
    assert index.cased("what did scott kelly study") == "what did Scott Kelly study"
    assert index.cased("who is scott kelly's twin") == "who is Scott Kelly's twin"
    people = EntityIndex([Named("r:Nora_Vell", "Nora Vell", (str(AKG.Astronaut),), ("Vell",)),
                          Named("r:Unity", "Unity", (str(AKG.Spacecraft),))])
    assert people.cased("where was vell born") == "where was Vell born"  # a person's one-word name
    assert people.cased("is there unity in the crew") == "is there unity in the crew"  # not a craft's
    assert index.cased("what did mike fincke command on the iss") == "what did Mike Fincke command on the iss"
    assert index.cased("What did scott kelly study") == "What did scott kelly study"  # cased by its writer


def test_a_numbered_name_of_one_word_is_capitalised_in_a_lower_case_question() -> None:
    """ "where did lumen-7 splash down": a flight's designation is a name, however written; a
    word of the language that names a craft, or a number alone, is not."""
    index = EntityIndex([Named("r:Lumen-7", "Lumen-7", (str(AKG.Spaceflight),)),
                         Named("r:STS-88B", "STS-88B", (str(AKG.Spaceflight),)),
                         Named("r:Unity", "Unity", (str(AKG.Spacecraft),)),
                         Named("r:1984", "1984", (str(AKG.Spaceflight),))])
    assert index.cased("where did lumen-7 splash down") == "where did Lumen-7 splash down"
    assert index.cased("who commanded sts-88b?") == "who commanded STS-88B?"
    assert index.cased("is there unity in the crew") == "is there unity in the crew"
    assert index.cased("who flew in 1984") == "who flew in 1984"


def test_a_flights_number_spelt_out_is_its_number() -> None:
    index = EntityIndex([Named("r:Lumen_3", "Lumen 3", (str(AKG.Expedition),)),
                         Named("r:Vesta-12", "Vesta-12", (str(AKG.Spaceflight),)),
                         Named("r:Tova_Three", "Tova", (str(AKG.Astronaut),))])
    assert [(c.label, c.how) for c in index.lookup("Lumen Three")] == [("Lumen 3", "alias")]
    assert [c.label for c in index.lookup("Vesta Twelve")] == ["Vesta-12"]
    assert index.lookup("Lumen Four") == []  # another number: another flight
    assert index.lookup("Three") == []  # a number alone names nothing


def test_suggestions_compare_whole_words_not_short_pieces() -> None:
    index = EntityIndex([Named("r:New_Jersey", "New Jersey", ("akg:Place",), weight=9),
                         Named("r:Nie_Vell", "Nie Vell", ("akg:Astronaut",), weight=9),
                         Named("r:Tova_Whitlen", "Tova Whitlen", ("akg:Astronaut",), ("Tova",), weight=2)])
    assert index.suggest("Ozzy Osbourne") == []
    assert [e.label for e in index.suggest("Tova Whitlan")] == ["Tova Whitlen"]
    assert [e.label for e in index.suggest("Whitlen")] == ["Tova Whitlen"]


def test_small_typos_find_the_name_and_say_so(index: EntityIndex) -> None:
    (best, *_) = index.lookup("Scot Kely")
    assert (best.label, best.how) == ("Scott Kelly", "fuzzy") and best.score < 100


def test_linking_prefers_the_longest_name(index: EntityIndex) -> None:
    mentions = index.link(tokens("Did Mark Kelly visit the International Space Station ?"))
    assert [(m.text, m.best.label) for m in mentions] == [
        ("Mark Kelly", "Mark Kelly"), ("International Space Station", "International Space Station")]


@pytest.mark.parametrize("question", ["What nationality is Dr Fincke ?", "Where was Mr. Fincke born ?",
                                      "Is Prof Fincke an astronaut ?"])
def test_a_title_before_a_surname_is_no_unknown_first_name(index: EntityIndex, question: str) -> None:
    assert [m.best.label for m in index.link(tokens(question))] == ["Michael Fincke"]


def test_a_first_name_the_graph_does_not_know_still_keeps_the_surname_alone_out(index: EntityIndex) -> None:
    assert index.link(tokens("What nationality is Laura Fincke ?")) == []


def test_lower_case_words_and_pronouns_are_not_names() -> None:
    index = EntityIndex([Named("x", "Space", weight=1), Named("y", "He", weight=1)])
    assert index.link(tokens("how many days in space did he spend")) == []


def test_autocomplete_matches_any_word_of_a_name(index: EntityIndex) -> None:
    assert [e.label for e in index.complete("kel")] == ["Scott Kelly", "Mark Kelly"]
    assert [e.label for e in index.complete("Mike")] == ["Michael Fincke"]
    assert index.complete("") == []


def test_phrases_match_by_lemma_with_small_gaps() -> None:
    phrase = Phrase("days in space", ("days", "in", "space"), ("day", "in", "space"))
    assert find(simple_tokens("how many day did Kelly spend in space"), phrase, skip=[4]) == (2, 6, 7)
    assert find(simple_tokens("days were spent far away and not in space"), phrase) == ()


def test_reading_finds_relation_class_and_question_word(mini: Vocabulary, index: EntityIndex) -> None:
    book = PhraseBook.build(mini, lambda texts: [simple_tokens(t) for t in texts])
    parsed = read(tokens("Who is Scott Kelly's twin ?"), mini, book, index)
    assert parsed.wh == "who"
    assert [m.best.label for m in parsed.mentions] == ["Scott Kelly"]
    assert parsed.relations[0].prop.name == "twinOf"
    assert set(parsed.relations[0].prop.family) == {"https://w3id.org/astrokg/ontology#twinOf"}
    assert mini.properties["siblingOf"].family == ("https://w3id.org/astrokg/ontology#siblingOf",
                                                   "https://w3id.org/astrokg/ontology#twinOf")


def test_inverse_phrases_are_marked(mini: Vocabulary, index: EntityIndex) -> None:
    book = PhraseBook.build(mini, lambda texts: [simple_tokens(t) for t in texts])
    (relation, *_) = read(tokens("Who commanded the ISS ?"), mini, book, index).relations
    assert (relation.prop.name, relation.inverse) == ("commander", True)


@pytest.mark.parametrize(("text", "wh", "threshold", "numbers"), [
    ("Which astronauts spent more than 380 days in space ?", "which", ">", (380.0,)),
    ("Who spent at least 500 days in space ?", "who", ">=", (500.0,)),
    ("Who spent fewer than 100 days in space ?", "who", "<", (100.0,)),
    ("Is Scott Kelly Mark Kelly's twin ?", "yesno", None, ()),
    ("How many astronauts are there ?", "how many", None, ()),
    ("List the astronauts", "list", None, ()),
])
def test_question_words_and_numbers(mini: Vocabulary, index: EntityIndex, text: str, wh: str,
                                    threshold: str | None, numbers: tuple[float, ...]) -> None:
    book = PhraseBook.build(mini, lambda texts: [simple_tokens(t) for t in texts])
    parsed = read(tokens(text), mini, book, index)
    assert (parsed.wh, parsed.threshold, parsed.numbers) == (wh, threshold, numbers)


def test_the_class_after_the_question_word_is_the_target(mini: Vocabulary, index: EntityIndex) -> None:
    book = PhraseBook.build(mini, lambda texts: [simple_tokens(t) for t in texts])
    parsed = read(tokens("How many astronauts are there ?"), mini, book, index)
    assert parsed.target_class is not None and parsed.target_class.name == "Astronaut"


def test_the_shipped_ontology_gives_every_askable_property_a_kind_and_words() -> None:
    words = vocabulary()
    askable = list(words.askable())
    assert len(askable) >= 30
    assert all(p.kind in ("entity", "date", "number", "place", "value") for p in askable)
    assert "married to" in words.properties["spouse"].phrases
    assert "commanded" in words.properties["commander"].inverse_phrases
    assert words.properties["timeInSpace"].qualified and not words.properties["spouse"].qualified
    assert words.properties["twinOf"].symmetric


def test_a_registered_template_is_tried_like_the_built_ins() -> None:
    names = [name for name, _ in registered()]
    assert names[:2] == ["provenance", "comparison"] and "fact" in names and "description" in names

    @template("test-echo", priority=-1)
    def echo(parsed: object, ctx: Context) -> Iterator[Plan]:
        yield Plan("test-echo", "count_class", {}, lambda result: Reply([]))

    try:
        assert registered()[0] == ("test-echo", echo)
    finally:
        from kg.questions import templates

        del templates._REGISTRY["test-echo"]


def test_a_name_said_without_its_middle_name_finds_the_person() -> None:
    astronaut = str(AKG.Astronaut)
    index = EntityIndex([Named("r:Rui", "Rui Alves Tavora", (astronaut,), ()),
                         Named("r:Ana", "Ana Lima", (astronaut,), ())])
    found = index.lookup("Rui Tavora")
    assert [(c.label, c.how) for c in found] == [("Rui Alves Tavora", "alias")]
    assert not index.lookup("Rui Lima", fuzzy=False)  # a given name of one and the surname of another


def test_two_people_who_share_the_short_name_are_both_found() -> None:
    astronaut = str(AKG.Astronaut)
    index = EntityIndex([Named("r:1", "Rui Alves Tavora", (astronaut,), ()),
                         Named("r:2", "Rui Costa Tavora", (astronaut,), ())])
    assert {c.label for c in index.lookup("Rui Tavora")} == {"Rui Alves Tavora", "Rui Costa Tavora"}


@pytest.mark.parametrize(("asked", "label"), [("Vidal Reyes", "Tomas Vidal Reyes"),
                                              ("Vidal-Reyes", "Tomas Vidal Reyes"),
                                              ("Vidal-Réyes", "Tomas Vidal Reyes"),
                                              ("Mora-Quintana", "Ines Mora-Quintana"),
                                              ("Mora Quintana", "Ines Mora-Quintana")])
def test_a_surname_of_two_words_finds_the_person(asked: str, label: str) -> None:
    """A hyphenated surname, or the last two words of a name whose first of them the articles
    used alone ("Vidal"), is said with or without its hyphen and accents."""
    astronaut = str(AKG.Astronaut)
    index = EntityIndex([Named("r:1", "Tomas Vidal Reyes", (astronaut,), ("Vidal", "Reyes")),
                         Named("r:2", "Ines Mora-Quintana", (astronaut,), ()),
                         Named("r:3", "Luis Reyes", (astronaut,), ())])
    assert [c.label for c in index.lookup(asked, fuzzy=False)] == [label]
    assert [m.best.label for m in index.link(tokens(f"Which company did {asked} found ?"))] == [label]


def test_a_middle_name_and_surname_or_a_full_name_is_no_two_word_surname() -> None:
    astronaut = str(AKG.Astronaut)
    index = EntityIndex([Named("r:1", "Dana Marie Holt", (astronaut,), ("Holt",)),
                         Named("r:2", "Tomas Vidal Reyes", (astronaut,), ("Vidal", "Reyes")),
                         Named("r:3", "Ronald E. McNeal", (astronaut,), ("McNeal",))])
    assert index.lookup("Marie Holt", fuzzy=False) == []  # a middle name is never said alone
    assert index.lookup("E. McNeal", fuzzy=False) == []
    assert index.link(tokens("Which company did Ana Vidal Reyes found ?")) == []  # another person's full name


@pytest.mark.parametrize(("asked", "label"), [("STS 51-G", "STS-51G"), ("STS-51-G", "STS-51G"), ("STS 51G", "STS-51G"),
                                              ("STS 61B", "STS-61-B"), ("Soyuz TM 7", "Soyuz TM-7")])
def test_a_designation_spaced_or_hyphenated_another_way_is_the_same_name(asked: str, label: str) -> None:
    """Not a correction: the answer says no "did you mean"."""
    index = EntityIndex([Named("r:1", "STS-51G", (str(AKG.Spaceflight),)),
                         Named("r:2", "STS-61-B", (str(AKG.Spaceflight),)),
                         Named("r:3", "STS-5", (str(AKG.Spaceflight),)),
                         Named("r:4", "Soyuz TM-7", (str(AKG.Spacecraft),))])
    assert [(c.label, c.how != "fuzzy") for c in index.lookup(asked, fuzzy=False)] == [(label, True)]
    assert [(m.text, m.best.label) for m in index.link(tokens(f"Who commanded {asked} ?"))] == [(asked, label)]
    assert index.lookup("STS 51", fuzzy=False) == []  # a number is never another's
    assert index.lookup("STS 5 1G", fuzzy=False) != [] and index.lookup("STS 52G", fuzzy=False) == []


@pytest.mark.parametrize(("question", "found"), [
    ("How old was Prince Faisal when he flew ?", ["Faisal bin Khalid"]),  # the name he is called by
    ("How old was Sheikh Faisal when he flew ?", ["Faisal bin Khalid"]),
    ("How old was Prince Khalid when he flew ?", []),  # his father's name, not his
    ("How old was Prince Omar when he flew ?", []),
    ("Where did Colonel Tarrow fly ?", ["Nadia Tarrow"]),
])
def test_a_royals_title_goes_before_the_name_the_person_is_called_by(question: str, found: list[str]) -> None:
    astronaut = str(AKG.Astronaut)
    index = EntityIndex([Named("r:1", "Faisal bin Khalid", (astronaut,), ("Faisal",)),
                         Named("r:2", "Nadia Tarrow", (astronaut,), ("Tarrow",))])
    assert [m.best.label for m in index.link(tokens(question))] == found
