"""A hand-declared newsroom of crews that went up and came home on different craft, with
invented people: launch companions and landing companions told apart (akg:launchedWith,
akg:landedWith), a crewmate the articles tie to no trip (akg:flewWith), someone whose
articles say only who landed with them, a pair told together both ways, unsurely each time,
and a crew whose articles give only the craft they went up in.
"""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder


def up_on_one_home_on_another() -> Extraction:
    b = ExtractionBuilder(
        "Nora Quill lifted off on Vega-7 with Idris Vale and Sam Oduya in March. "
        "Her crewmate Hana Berg trained with her for two years. "
        "Six months later Quill landed with Petra Lund and Omar Fisk on the steppe.",
        title="Quill home", id="quill-home", published="2024-09-20",
    )
    for name, alias in (("Nora Quill", "Quill"), ("Idris Vale", "Vale"), ("Sam Oduya", "Oduya"),
                        ("Hana Berg", "Berg"), ("Petra Lund", "Lund"), ("Omar Fisk", "Fisk")):
        b.entity(name, "Astronaut", aliases=(alias,))
    for mate in ("Idris Vale", "Sam Oduya"):
        b.fact("Nora Quill", "launchedWith", mate, evidence="Nora Quill lifted off on Vega-7 with Idris Vale and "
                                                           "Sam Oduya")
    b.fact("Nora Quill", "flewWith", "Hana Berg", evidence="Her crewmate Hana Berg")
    for mate in ("Petra Lund", "Omar Fisk"):
        b.fact("Nora Quill", "landedWith", mate, evidence="Quill landed with Petra Lund and Omar Fisk")
    return b.build()


def only_the_landing() -> Extraction:
    b = ExtractionBuilder(
        "Ravi Tane landed with Lena Moss on Tuesday.",
        title="Tane lands", id="tane-lands", published="2024-10-02",
    )
    b.entity("Ravi Tane", "Astronaut", aliases=("Tane",))
    b.entity("Lena Moss", "Astronaut", aliases=("Moss",))
    b.fact("Ravi Tane", "landedWith", "Lena Moss", evidence="Ravi Tane landed with Lena Moss")
    return b.build()


def up_and_home_together() -> Extraction:
    b = ExtractionBuilder(
        "Kit Soren lifted off with Mina Holt in April. Soren landed with Holt in October.",
        title="Soren and Holt", id="soren-holt", published="2024-10-30",
    )
    b.entity("Kit Soren", "Astronaut", aliases=("Soren",))
    b.entity("Mina Holt", "Astronaut", aliases=("Holt",))
    b.fact("Kit Soren", "launchedWith", "Mina Holt", evidence="Kit Soren lifted off with Mina Holt", confidence=0.5)
    b.fact("Kit Soren", "landedWith", "Mina Holt", evidence="Soren landed with Holt", confidence=0.5)
    return b.build()


def only_the_craft_up() -> Extraction:
    b = ExtractionBuilder(
        "A rocket rose on Monday. It carried the Vega-9 capsule with two crew members: Kai Dorn and Uma Reis.",
        title="Vega-9 rises", id="vega-9-rises", published="2024-11-04",
    )
    b.entity("Vega-9", "Spacecraft")
    for name in ("Kai Dorn", "Uma Reis"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
        b.fact(name, "launchVehicle", "Vega-9", evidence="the Vega-9 capsule with two crew members")
    return b.build()


ARTICLES = (up_on_one_home_on_another, only_the_landing, up_and_home_together, only_the_craft_up)
