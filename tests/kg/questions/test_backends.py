"""The question engine gives the same answers on every backend: every question the question
tests ask of the hand-declared newsrooms (tests/fixtures/crewroom.py, tests/fixtures/newsroom.py, the
refusals over tests/kg/questions/checkroom.py, the conflicts over conflictroom.py and the
flights of flightroom.py, the chains of chainroom.py), asked of
the embedded store, of Virtuoso and of ``oxigraph serve``, with the same articles in each. Its
queries are written in SPARQL all of them evaluate alike (no bound values beside a UNION whose
branches use them, no OPTIONAL variable shared by two branches: Virtuoso does not join those as
SPARQL says)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import pytest
from spacy.language import Language

from extract.facts import Extraction
from kg.namespaces import AKG
from kg.questions import Asker
from kg.store import Store
from kg.store.oxigraph import OxigraphStore
from kg.store.remote import RemoteStore
from kg.store.sparql import Term, query_file
from tests.factories import load_articles
from tests.fixtures import crewroom, newsroom
from tests.kg.questions import (
    chainroom,
    checkroom,
    conflictroom,
    craftroom,
    firstsroom,
    flightroom,
    formerroom,
    grouproom,
    kinroom,
    onlyroom,
    tallyroom,
    tenureroom,
    typeroom,
)
from tests.kg.test_store_contract import wipe

CREWROOM = (
    "Where did Anna Berg land?", "What is Anna Berg's hometown?", "Where did Tomas Reyes grow up?",
    "When did Lina Park launch?", "How many days has Tomas Reyes spent in space?",
    "How many spacewalks has Anna Berg made?", "What kind of spacecraft is Kestrel?",
    "What rocket did Crew-9 launch on?", "Which agency chose Tomas Reyes?", "Who is Tomas Reyes married to?",
    "How many astronauts are in the graph?", "Is Anna Berg an astronaut?",
    "Which astronauts have spent more than 300 days in space?", "Where did Lina Park land?",
    "Is Tomas Reyes married to Eva Reyes?", "Is Tomas Reyes married to Lina Park?", "Was Lina Park born in 1984?",
    "Was Lina Park born in 1985?", "Did Anna Berg land in Zhezkent?", "Is Lina Park married to Ivo Berg?",
    "Was Anna Berg born in 1984?", "Is Eva Reyes an astronaut?", "Did Lina Park land in Zhezkent?",
    "When did Marta Berg launch?", "When did Anna Berg launch?", "Where did Ana Berg land?",
    "When did Sparky launch?", "How many spacewalks has Korovine made?",
    "Which agency selected the commander of Crew-9?", "Who selected Crew-9's commander?",
    "How many spacewalks has Pavel Korovin made?", "Who flew on Crew-9?", "What was Anna Berg's role on Crew-9?",
    "What was Anna Berg's role on Crew-7?", "What was Tomas Reyes's role on Crew-9?",
    "What was Tomas Reyes's role on Crew-7?", "How many people are in the graph?",
    "How many articles are in the graph?", "How many articles mention Anna Berg?",
    "How many cosmonauts are in the graph?", "How many American astronauts are in the graph?",
    "How many women astronauts are in the graph?", "Which woman has spent the most days in space?",
    "Which American has spent the most days in space?", "Which cosmonaut has spent the most days in space?",
    "How many astronauts did the Andean Space Agency select?", "How many days has Anna Berg spent in space?",
    "How long was Tomas Reyes's single flight?", "Who has spent the fewest days in space?",
    "Which astronauts have spent fewer than 300 days in space?", "When did Lina Park return?",
    "What rocket did Vega 7 carry?", "What rocket launched Crew-12?", "Who took the record from Nora Vale?",
    "Who broke the record of the astronaut who took it from Nora Vale?",
    "Which astronauts were selected in 2009?", "Which astronauts were selected in 2010?",
    "Who launched in 2023?", "Has Anna Berg made four spacewalks?", "Who did the Andean Space Agency select in 2009?",
    "Which astronauts did the Andean Space Agency select in 2009?",
    "Who did the Andean Space Agency choose in 2010?", "Who is Tomas Reyes?",
)

NEWSROOM = (
    "Who is Scott Kelly's twin?", "Who is Mark Kelly married to?", "Who is Gabrielle Giffords's husband?",
    "Who is Amiko Kauderer's partner?", "Who was the commander of Expedition 14?",
    "Which expedition did Michael Lopez-Alegria command?", "What spacecraft did Scott Kelly launch on?",
    "Where does Amiko Kauderer work?", "Who works for Roscosmos?", "How many days did Scott Kelly spend in space?",
    "How long was Scott Kelly's single flight?", "When will Gennady Padalka return to Earth?",
    "When did Scott Kelly return to Earth?", "Where did Scott Kelly launch from?",
    "Where is the Baikonur Cosmodrome?", "Is Scott Kelly the twin of Mark Kelly?",
    "Is Mark Kelly married to Gabrielle Giffords?", "Is Scott Kelly married to Gabrielle Giffords?",
    "Is Scott Kelly an astronaut?", "Did Scott Kelly spend 340 days in space?",
    "Is Peggy Whitson older than Scott Kelly?", "How many astronauts are in the graph?",
    "Who has spent the most days in space?", "Who spent longer in space, Scott Kelly or Michael Fincke?",
    "Who spent less time in space, Scott Kelly or Michael Fincke?", "Who is older, Scott Kelly or Peggy Whitson?",
    "Which astronauts have spent more than 380 days in space?", "Who spent 215 days in space?",
    "Who holds the record for the most cumulative days in space?",
    "Which American holds the record for the most days in space?",
    "Who held the US record for cumulative days in space before Scott Kelly?",
    "Who held the record before Padalka?", "Who held the record before Michael Fincke?",
    "Who is Amiko Kauderer?", "Who is Scott Kelly?", "Which article says that Scott Kelly is Mark Kelly's twin?",
    "Which articles mention Amiko Kauderer?", "When did Kelly launch?", "When did Mark Kelly launch?",
    "Is Kelly married to Gabrielle Giffords?", "Who is Scot Kely's twin?", "When will he return?",
    "Who is Yuri Gagarin?", "What is Scott Kelly's favourite food?", "Who is the twin?", "Whose twin?",
    "What is the meaning of life?", "Who commanded Expedition 44?",
    "Who is Scott Kelly's twin\" } ; DROP ALL ; { \"?",
)

#: The refusals of kg/questions/checks.py and the store-bound ones (ages at events, plans, roles).
CHECKROOM = (
    "How long has Oren Vask spent in space, in hours?", "How old was Mira Solvay when she launched on Orion-4?",
    "How old was Mira Solvay when she trained for Orion-1?", "Who is the oldest astronaut?",
    "Who has spent the most days in space in total?", "Who was the first commander of the Vesta station?",
    "When did Oren Vask launch on Orion-2?", "Where was Mira Solvay born?", "When did Oren Vask die?",
    "How many days had Oren Vask spent in space before Orion-4?", "Who piloted Orion-4?",
    "Did Oren Vask command Orion-4?", "How many days has Dara Quill spent in space?",
    "Who has spent longer in space, Oren Vask or Ilse Marrow?", "Which company does Oren Vask work for?",
    "What spacecraft did Mira Solvay fly on?", "What spacecraft will Mira Solvay come home on?",
    "What spacecraft did Oren Vask fly on?",
)

#: Conflicting commanders, weak facts, a flight that scopes a crew, and newly learnt phrases.
CONFLICTROOM = (
    "Who commanded Lyra-7?", "Who commanded Lyra-8?", "Who commanded the Halcyon station?",
    "Where was Edda Morn born?", "Who flew with Pim Sorrel on Lyra-5?", "When did Lyra-7 splash down?",
    "Who walked in space with Tova Rindel?", "What spacecraft did Pim Sorrel fly aboard?", "Who is Tova Rindel?",
    "Which university did Pim Sorrel attend in Brannock?", "Did Ansel Brook command Lyra-7?",
    "Did Corin Vale command Lyra-8?", "Did Edda Morn command Lyra-7?", "Who commanded Ix-3?",
    "What did Ansel Brook command?", "What did Corin Vale command?", "Who flew on Lyra-7?", "Who is Ansel Brook?",
)

FIRSTSROOM = (
    "Who was the first woman to command the space station?", "Who was the first Briton in space?",
    "Who made the first spacewalk by two women?", "Who was the first woman to walk in space?",
    "What firsts does Tom Hale hold?", "Who will be the first Canadian to travel to the Moon?",
)
#: Counts of flights (stated, by place in the series, by flights named), a named flight's dates,
#: and the confidence of classes, counts and articles.
FLIGHTROOM = (
    "How many times did Pell Oduya fly?", "How many times has Tova Renk flown to space?",
    "How many spaceflights has Kai Dunmore made?", "How many times did Rhea Vost fly?",
    "When did Oduya launch on Lumen-1?", "When did Pell Oduya launch on Lumen-3?",
    "When did Rhea Vost launch on Lumen-5?", "Is Pell Oduya an astronaut?", "Is Rhea Vost an astronaut?",
    "Which articles mention Lumen-2?", "How many astronauts flew on Lumen-3?",
    "Which article says that Kai Dunmore flew on Lumen-2?", "Who flew with Ines Marlo on Skiff?",
    "Who flew with Marlo on the Wren capsule?", "How many times did Ines Marlo fly?",
    "Who flew to the station with Ines Marlo?", "Who flew home with Marlo?",
    "Who flew to the station with Kai Dunmore?", "Who came home with Ines Marlo?",
    "How many times did Tam Oyelaran fly?", "How many times did Ula Finch fly?",
)

#: Employers stated as former, in each tense; employer questions by noun and relation phrase;
#: profiles that mark them; and the yes/no, chain and class-year readings checked beside them.
FORMERROOM = (
    "Who does Bren Okafor work for?", "Who did Bren Okafor work for?", "Which agency is Tova Lindqvist with?",
    "Who is Tova Lindqvist with?", "What agency was Bren Okafor from?",
    "Is Bren Okafor with the Ardenian Space Agency?",
    "Was Bren Okafor with the Ardenian Space Agency?", "Who is Tova Lindqvist?", "List the astronauts.",
    "How many people work for the Ardenian Space Agency?", "Who works for the Ardenian Space Agency?",
)
CREWROOM += (
    "Is Tomas Reyes American?", "Is Pavel Korovin American?", "Did Lina Park return in February 2024?",
    "Whom did the commander of Crew-9 marry?", "Who was in the class of 2009?",
    "Is Pavel Korovin a Roscosmos astronaut?", "Is Anna Berg a Roscosmos astronaut?",
)

CHAINROOM = (
    "Where is Arlo Venn from?", "Where is Otto Kasrin from?", "Where is Ula Stenberg from?",
    "Who flew with Arlo Venn?", "Who flew with Sela Morrow?", "How many crewmates did Arlo Venn have?",
    "What rocket carried Arlo Venn?", "What did Bram Ilves launch on?", "Which company does Pia Dremmel work for?",
    "Who piloted Tessel-4?", "Who is Arlo Venn?", "Which agency is Sela Morrow an astronaut of?",
    "Where is the Quarry Point spaceport?", "Who is the pilot of Tessel-5?",
    "How many days did Ivo Kest spend in space on his first mission?", "How long was Lena Varo's last space flight?",
    "When did the Tessel-4 crew return?", "Where did Tessel-5 land?", "Where did Tessel-5 launch from?",
)

#: Flights named only by their craft's type, a numbered craft's commander, a total given as a bound.
TYPEROOM = (
    "Who flew with Sela Ondri?", "Who were Kiva Marren's crewmates?", "Who flew with Kiva Marren on the Vyrok?",
    "Did Jory Bell command Vyrok TS-12?", "Did Obi Crane command the Skylark?",
    "How many days did Rhun Vatra spend in space?", "How many days did Ima Sorel spend in space?",
    "Who commanded Corvid-9?", "Did Wyn Tal command Corvid-9?",
)

KINROOM = (
    "From whom did Mira Lusk take command?", "Who handed command of Halden Station to Mira Lusk?",
    "Who is Tarn Olver's ex-wife?", "Who is Brisa Holm's ex-husband?", "Who is Ketil Sand's widow?",
    "Who is Per Vant's widow?", "Who was Ama Sand's late husband?", "Who was Brisa Holm's late husband?",
    "Where did the Corvin-7 crew land?", "Who were Pell Arrow's teammates on Corvin-5?", "Who was with Pell Arrow?",
    "Where did Ossi Brand earn his doctorate?", "When did Ossi Brand get his Ph.D.?",
    "Where did Mira Lusk earn her doctorate?", "What spacecraft carried Pell Arrow?", "When did Corvin-5 take off?",
    "Who is Ketil Sand married to?", "From whom did Sava Orlo take command?", "Who took over from Dag Pell?",
    "Is Della Olver Tarn Olver's ex-wife?", "Is Brisa Holm Per Vant's ex-wife?",
)
TALLYROOM = (
    "When did Kestrel-9 launch?", "When was Ivo Marrek born?", "Who were Ivo Marrek's wives?",
    "Who is Ivo Marrek married to?", "Was Ivo Marrek married to Oda Venn?", "Was Suli Marrek married to Oda Venn?",
    "Where did Kestrel-9 launch from?", "Where did Wren-2 land?", "From which launch center did Wren-2 lift off?",
    "When did Osprey lift off on Wren-2?", "Who piloted Osprey on Wren-2?", "Who piloted VSS Tern on Wren-3?",
    "Who flew with Hal Dunmore on Wren-2 in 2031?", "Who flew with Hal Dunmore on Wren-2 in 2030?",
    "Who did Ivo Marrek marry on his 50th birthday?", "Which mission did Hal Dunmore fly in 2029?",
    "What mission did Dunmore fly in 2030?", "When did Wren-4 launch?", "Who have been Ivo Marrek's wives?",
)
CRAFTROOM = (
    "Who commanded the Kestrel that brought Ilma Dask home?", "Who commanded the Kestrel?",
    "Who commanded the Kestrel that carried Sela Brin?",
)
ONLYROOM = ("Who is the only Ardenian cosmonaut?", "Who is the only Velmarian astronaut?")
#: A title held at different times (the articles' dates placing each holder), groups with crew roles.
TENUREROOM = ("Who is the Ardenian Space Agency administrator?", "Who heads the Ardenian Space Agency?",
              "Who was the administrator of the Ardenian Space Agency in 2008?",
              "Who was the administrator of the Ardenian Space Agency in 2015?",
              "Who is the chief of the Norran Space Board?", "Who was the Ardenian Space Agency administrator?")
GROUPROOM = ("Which Russian was flight engineer on Vela-7?", "Which American was the pilot of Vela-7?",
             "Which American flew on Vela-7?", "Who led the Vela-9 crew?", "Who piolted Vela-7?")
ROOMS: dict[str, Sequence[Callable[[], Extraction]]] = {
    "crewroom": crewroom.ARTICLES, "newsroom": newsroom.ARTICLES, "checkroom": checkroom.ARTICLES,
    "conflictroom": conflictroom.ARTICLES, "firstsroom": firstsroom.ARTICLES, "flightroom": flightroom.ARTICLES,
    "formerroom": formerroom.ARTICLES, "chainroom": chainroom.ARTICLES, "typeroom": typeroom.ARTICLES,
    "kinroom": kinroom.ARTICLES, "tallyroom": tallyroom.ARTICLES, "craftroom": craftroom.ARTICLES,
    "onlyroom": onlyroom.ARTICLES, "tenureroom": tenureroom.ARTICLES, "grouproom": grouproom.ARTICLES,
}
CASES = [("crewroom", q) for q in CREWROOM] + [("newsroom", q) for q in NEWSROOM] + [
    ("checkroom", q) for q in CHECKROOM] + [("conflictroom", q) for q in CONFLICTROOM] + [
    ("firstsroom", q) for q in FIRSTSROOM] + [("flightroom", q) for q in FLIGHTROOM] + [
    ("formerroom", q) for q in FORMERROOM] + [("chainroom", q) for q in CHAINROOM] + [
    ("typeroom", q) for q in TYPEROOM] + [("kinroom", q) for q in KINROOM] + [
    ("tallyroom", q) for q in TALLYROOM] + [("craftroom", q) for q in CRAFTROOM] + [
    ("onlyroom", q) for q in ONLYROOM] + [("tenureroom", q) for q in TENUREROOM] + [
    ("grouproom", q) for q in GROUPROOM]


@dataclass
class Loaded:
    """A server's store and which newsroom it holds now, with an Asker over it."""

    store: RemoteStore
    room: str = ""
    asker: Asker | None = None


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, Loaded]]:
    """The servers this module filled, emptied at its end (they are the session's, shared)."""
    filled: dict[str, Loaded] = {}
    yield filled
    for loaded in filled.values():
        wipe(loaded.store)


@pytest.fixture(params=["virtuoso", "oxigraph-serve"])
def remote(request: pytest.FixtureRequest, servers: dict[str, Loaded], nlp: Language) -> Callable[[str], Asker]:
    """An Asker over a real SPARQL server holding the given newsroom (reloaded when it changes)."""
    if request.param == "virtuoso":
        url: str = request.getfixturevalue("virtuoso_url")
        store = RemoteStore(url)
    else:
        query_url, update_url = request.getfixturevalue("oxigraph_server")
        store = RemoteStore(query_url, update_url=update_url)
    loaded = servers.setdefault(request.param, Loaded(store))

    def holding(room: str) -> Asker:
        if loaded.room != room or loaded.asker is None:
            wipe(loaded.store)
            load_articles(loaded.store, ROOMS[room])
            loaded.room, loaded.asker = room, Asker(loaded.store, nlp)
        return loaded.asker

    return holding


@pytest.mark.parametrize(("room", "question"), CASES)
def test_the_same_question_gets_the_same_answer_on_every_backend(
    remote: Callable[[str], Asker], crew: Asker, asker: Asker, checks: Asker, conflicts: Asker, firsts: Asker,
    flights: Asker, former: Asker, chains: Asker, types: Asker, kin: Asker, tally: Asker, crafts: Asker,
    only: Asker, tenures: Asker, groups: Asker, room: str, question: str,
) -> None:
    embedded = {"crewroom": crew, "newsroom": asker, "checkroom": checks, "conflictroom": conflicts,
                "firstsroom": firsts, "flightroom": flights, "formerroom": former,
                "chainroom": chains, "typeroom": types, "kinroom": kin, "tallyroom": tally, "craftroom": crafts,
                "onlyroom": only, "tenureroom": tenures, "grouproom": groups}[room].answer(question)
    answer = remote(room).answer(question)
    assert [a.label for a in answer.answers] == [a.label for a in embedded.answers]
    assert (answer.expects, answer.message, answer.template) == (embedded.expects, embedded.message,
                                                                  embedded.template)
    assert answer.confidence == embedded.confidence
    assert [(s.article, s.sentence) for s in answer.sources] == [(s.article, s.sentence) for s in embedded.sources]
    if "disagree" in (embedded.message or ""):  # the sentences of a conflict, not a text search
        assert [p.sentence for p in answer.passages] == [p.sentence for p in embedded.passages]


def bound_cases(store: Store, query: str) -> list[dict[str, list[Term] | Term]]:
    """Bindings drawn from what the store holds: every labelled entity in pairs (alone and in
    pairs for describe.rq: the engine binds one, a user's query may bind several), every
    ontology property in threes, every class in pairs."""
    def column(sparql: str) -> list[Term]:
        return store.select(sparql).values("v")

    entities = column("SELECT DISTINCT ?v WHERE { ?v <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?v")
    classes = column("SELECT DISTINCT ?v WHERE { ?s a ?v } ORDER BY ?v")
    found = column(f"SELECT DISTINCT ?v WHERE {{ ?s ?v ?o FILTER(STRSTARTS(STR(?v), '{AKG}')) }} ORDER BY ?v")
    properties = [found[i:i + 3] for i in range(0, len(found), 3)]
    if query == "describe":
        return [{"topic": e} for e in entities] + [{"topic": [a, b]} for a, b in itertools.pairwise(entities)]
    if query == "having":
        return [{"class": [a, b], "p": ps} for a, b in itertools.pairwise(classes) for ps in properties]
    return [{"topic": [a, b], "p": ps} for a, b in itertools.pairwise(entities) for ps in properties]


@pytest.mark.parametrize("query", ["linked", "having", "describe"])
def test_bound_values_beside_a_union_give_the_same_rows(remote: Callable[[str], Asker], crewroom_store: OxigraphStore,
                                                        query: str) -> None:
    """The queries that join bound values with a UNION, row for row (Virtuoso answered the
    earlier linked.rq with every entity linked to the topic, whatever the property)."""
    server = remote("crewroom").store
    text = query_file("kg.questions", query)
    cases = bound_cases(crewroom_store, query)
    assert cases
    for bindings in cases:
        expected = sorted(sorted((k, str(v)) for k, v in row.items()) for row in crewroom_store.select(text, bindings))
        assert sorted(sorted((k, str(v)) for k, v in row.items()) for row in server.select(text, bindings)) == expected


def test_the_embedded_store_holds_the_same_newsroom(crewroom_store: OxigraphStore) -> None:
    assert crewroom_store.stats().articles == len(crewroom.ARTICLES)
