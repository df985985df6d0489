"""A fourth hand-declared newsroom, for answers that must be right or absent: invented people
whose facts conflict, or are read with little confidence, or are asked in words the ontology
only recently learnt.

What it holds on purpose: a flight with two stated commanders where one is clearly better
supported (two articles against one sentence that names a stand-in), a flight whose two
commanders are stated alike, a station with two commanders (a station has many, one after
another), a crewmate of someone on another flight, a spacewalk partner, a capsule ridden, a
splashdown's date and place, two universities of one person (one named after its city), a
flight whose name the small model tags as punctuation ("Ix-3"), and a birth place read with
little confidence beside one read well; and a death place stated as a region in one article and
as a town the other puts in that region, beside two death places that do disagree.
"""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder, date


def lyra_launch() -> Extraction:
    b = ExtractionBuilder(
        "Tova Rindel commands Lyra-7, which lifted off on Tuesday with Pim Sorrel aboard the Skylark capsule. "
        "Ansel Brook, the original commander, stood down in May. "
        "Lyra-8 is commanded by Corin Vale. "
        "Pim Sorrel flew with Edda Morn on Lyra-5 in 2029, and has trained with Tova Rindel since. "
        "Rindel and Corin Vale have both commanded the Halcyon station. "
        "Edda Morn was born in Varnholt. Tova Rindel was born in Quell.",
        title="Lyra-7 lifts off", id="lyra-launch", published="2031-03-04",
    )
    b.entity("Tova Rindel", "Astronaut", aliases=("Rindel",))
    b.entity("Pim Sorrel", "Astronaut")
    b.entity("Ansel Brook", "Astronaut")
    b.entity("Corin Vale", "Astronaut")
    b.entity("Edda Morn", "Astronaut")
    b.entity("Lyra-7", "Spaceflight")
    b.entity("Lyra-8", "Spaceflight")
    b.entity("Lyra-5", "Spaceflight")
    b.entity("Skylark", "Spacecraft")
    b.entity("Halcyon station", "SpaceStation")
    b.entity("Varnholt", "City")
    b.entity("Quell", "City")
    b.fact("Lyra-7", "commander", "Tova Rindel", evidence="Tova Rindel commands Lyra-7", confidence=0.85)
    b.fact("Lyra-7", "commander", "Ansel Brook", evidence="Ansel Brook, the original commander", confidence=0.75)
    b.fact("Lyra-7", "crewMember", "Pim Sorrel", evidence="with Pim Sorrel aboard")
    b.fact("Lyra-7", "crewMember", "Tova Rindel", evidence="Tova Rindel commands Lyra-7")
    b.fact("Pim Sorrel", "spacecraft", "Skylark", evidence="Pim Sorrel aboard the Skylark capsule")
    b.fact("Lyra-8", "commander", "Corin Vale", evidence="Lyra-8 is commanded by Corin Vale", confidence=0.8)
    b.fact("Lyra-5", "crewMember", "Pim Sorrel", evidence="Pim Sorrel flew with Edda Morn on Lyra-5")
    b.fact("Lyra-5", "crewMember", "Edda Morn", evidence="Pim Sorrel flew with Edda Morn on Lyra-5")
    b.fact("Pim Sorrel", "flewWith", "Edda Morn", evidence="Pim Sorrel flew with Edda Morn")
    b.fact("Pim Sorrel", "flewWith", "Tova Rindel", evidence="has trained with Tova Rindel since")
    b.fact("Halcyon station", "commander", "Tova Rindel", evidence="Rindel and Corin Vale have both commanded")
    b.fact("Halcyon station", "commander", "Corin Vale", evidence="Rindel and Corin Vale have both commanded")
    b.fact("Edda Morn", "birthPlace", "Varnholt", evidence="Edda Morn was born in Varnholt", confidence=0.5)
    b.fact("Tova Rindel", "birthPlace", "Quell", evidence="Tova Rindel was born in Quell", confidence=0.9)
    return b.build()


def lyra_return() -> Extraction:
    b = ExtractionBuilder(
        "Lyra-7 splashed down in the Gulf of Aresta on 2 April 2031, commander Tova Rindel said. "
        "Rindel and Pim Sorrel had walked in space together in March. "
        "Edda Morn, who commanded Lyra-8, watched from Houston. "
        "Sorrel studied at Kestrel University and at the University of Brannock, in Brannock. "
        "Corin Vale commanded Ix-3 in 2028, with Ansel Brook aboard.",
        title="Lyra-7 is home", id="lyra-return", published="2031-04-03",
    )
    b.entity("Tova Rindel", "Astronaut", aliases=("Rindel",))
    b.entity("Pim Sorrel", "Astronaut")
    b.entity("Edda Morn", "Astronaut")
    b.entity("Lyra-7", "Spaceflight")
    b.entity("Lyra-8", "Spaceflight")
    b.entity("Gulf of Aresta", "Place")
    b.entity("Kestrel University", "School")
    b.entity("University of Brannock", "School")
    b.entity("Brannock", "City")
    b.entity("Corin Vale", "Astronaut")
    b.entity("Ansel Brook", "Astronaut")
    b.entity("Ix-3", "Spaceflight")
    b.fact("Lyra-7", "commander", "Tova Rindel", evidence="commander Tova Rindel", confidence=0.75)
    b.fact("Lyra-7", "returnDate", date("2031-04-02"), evidence="splashed down in the Gulf of Aresta on 2 April 2031")
    b.fact("Lyra-7", "landingSite", "Gulf of Aresta", evidence="splashed down in the Gulf of Aresta")
    b.fact("Tova Rindel", "spacewalkPartner", "Pim Sorrel", evidence="Rindel and Pim Sorrel had walked in space")
    b.fact("Lyra-8", "commander", "Edda Morn", evidence="Edda Morn, who commanded Lyra-8", confidence=0.8)
    b.fact("Pim Sorrel", "almaMater", "Kestrel University", evidence="Sorrel studied at Kestrel University")
    b.fact("Pim Sorrel", "almaMater", "University of Brannock", evidence="at the University of Brannock")
    b.fact("Ix-3", "commander", "Corin Vale", evidence="Corin Vale commanded Ix-3")
    b.fact("Ix-3", "crewMember", "Ansel Brook", evidence="with Ansel Brook aboard")
    return b.build()


def orren_obituary() -> Extraction:
    b = ExtractionBuilder(
        "Bram Orren died on Monday in a Velmark hospital. "
        "Orren died at a care home in Tessby, Velmark, his family said. "
        "Ilse Quarry died in Dunmere. Quarry, some say, died in Harlow. "
        "Sefa Lund died in Harlow on Friday; Lund died at the Harlow General Hospital. "
        "Edda Kail died in Harlow. Kail, some say, died in Harlow Bay. "
        "Cora Lind died in Harlow on Monday. Lind died at the Harlow Clinic.",
        title="Bram Orren, who flew Lyra-1, dies", id="orren-obituary", published="2031-05-06",
    )
    b.entity("Bram Orren", "Astronaut", aliases=("Orren",))
    b.entity("Ilse Quarry", "Astronaut", aliases=("Quarry",))
    b.entity("Velmark", "Place")
    b.entity("Tessby", "City")
    b.entity("Dunmere", "City")
    b.entity("Harlow", "City")
    b.entity("Sefa Lund", "Astronaut", aliases=("Lund",))
    b.entity("Edda Kail", "Astronaut", aliases=("Kail",))
    b.entity("Harlow General Hospital", "Place")
    b.entity("Harlow Bay", "Place")
    b.fact("Bram Orren", "deathPlace", "Velmark", evidence="died on Monday in a Velmark hospital")
    b.fact("Bram Orren", "deathPlace", "Tessby", evidence="died at a care home in Tessby")
    b.fact("Tessby", "locatedIn", "Velmark", evidence="Tessby, Velmark")
    b.fact("Ilse Quarry", "deathPlace", "Dunmere", evidence="Ilse Quarry died in Dunmere")
    b.fact("Ilse Quarry", "deathPlace", "Harlow", evidence="died in Harlow")
    b.fact("Sefa Lund", "deathPlace", "Harlow", evidence="Sefa Lund died in Harlow on Friday")
    b.fact("Sefa Lund", "deathPlace", "Harlow General Hospital", evidence="died at the Harlow General Hospital")
    b.fact("Edda Kail", "deathPlace", "Harlow", evidence="Edda Kail died in Harlow")
    b.fact("Edda Kail", "deathPlace", "Harlow Bay", evidence="died in Harlow Bay")
    b.entity("Cora Lind", "Astronaut", aliases=("Lind",))
    b.entity("Harlow Clinic", "Place")
    b.fact("Cora Lind", "deathPlace", "Harlow", evidence="Cora Lind died in Harlow")
    b.fact("Cora Lind", "deathPlace", "Harlow Clinic", evidence="died at the Harlow Clinic")
    return b.build()


ARTICLES = (lyra_launch, lyra_return, orren_obituary)
