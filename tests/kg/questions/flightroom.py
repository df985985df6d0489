"""A hand-declared newsroom about people's flights (invented names): how many times each flew,
stated as a count, as the place of a flight in the series, or only by the flights named; and
launch dates of several flights of one person, some in one sentence, one of a flight the
questions do not ask about; and someone who went up on one craft with one crewmate and came
home on another with another; a count stated for two people at once, and a return date also
misread as a launch; a crewmate of an earlier flight named in a sentence that also names a later
one as a bound in time, a return stated only as a plan, a launch day given without its year, and
a single flight read as longer than any ever flown, and a count of spacewalks; and first flights said
of the one named before or of those named after ("the first space flight for A and B"); and someone
who launched on one craft, is tied to it again by a sentence of no trip, and landed on another;
and a thing's first flight ("its first flight") said after someone's name; and counts of visits to
one station and of missions of one kind, which are no counts of all flights; and counts told as
travel to orbit ("traveled to orbit four times"), as separate trips to one station, and as the
place of a trip into space ("his second trip into space").
"""

from __future__ import annotations

from extract.facts import Extraction, Literal, Term
from tests.factories import ExtractionBuilder, date, days, integer


def lumen_launch() -> Extraction:
    b = ExtractionBuilder(
        "Pell Oduya launched on Lumen-3 on 4 April 2023, his third spaceflight. "
        "Tova Renk has flown three times and rode Lumen-3 with him. "
        "Oduya had first launched on Lumen-1 on 2 May 2015. "
        "Rhea Vost launched on Lumen-2 on 9 June 2019.",
        title="Lumen-3 is off", id="lumen-launch", published="2023-04-05",
    )
    for name in ("Pell Oduya", "Tova Renk", "Rhea Vost"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    for flight in ("Lumen-1", "Lumen-2", "Lumen-3"):
        b.entity(flight, "Mission")
    b.fact("Pell Oduya", "launchDate", date("2023-04-04"), evidence="launched on Lumen-3 on 4 April 2023")
    b.fact("Pell Oduya", "launchDate", date("2015-05-02"), evidence="first launched on Lumen-1 on 2 May 2015")
    b.fact("Lumen-3", "crewMember", "Pell Oduya", evidence="Pell Oduya launched on Lumen-3")
    b.fact("Lumen-1", "crewMember", "Pell Oduya", evidence="launched on Lumen-1")
    b.fact("Lumen-3", "crewMember", "Tova Renk", evidence="rode Lumen-3 with him")
    b.fact("Rhea Vost", "launchDate", date("2019-06-09"), evidence="launched on Lumen-2 on 9 June 2019")
    b.fact("Lumen-2", "crewMember", "Rhea Vost", evidence="Rhea Vost launched on Lumen-2")
    return b.build()


def dunmore_profile() -> Extraction:
    b = ExtractionBuilder(
        "Kai Dunmore went up on Lumen-2 in 2019. Dunmore was back in orbit on Lumen-5 in 2024. "
        "Lumen-5 also carried Rhea Vost.",
        title="Kai Dunmore at fifty", id="dunmore-profile", published="2024-08-01",
    )
    b.entity("Kai Dunmore", "Astronaut", aliases=("Dunmore",))
    b.entity("Rhea Vost", "Astronaut")
    b.entity("Lumen-2", "Mission")
    b.entity("Lumen-5", "Mission")
    b.fact("Lumen-2", "crewMember", "Kai Dunmore", evidence="went up on Lumen-2")
    b.fact("Lumen-5", "crewMember", "Kai Dunmore", evidence="back in orbit on Lumen-5")
    b.fact("Lumen-5", "crewMember", "Rhea Vost", evidence="Lumen-5 also carried Rhea Vost")
    b.fact("Kai Dunmore", "flewWith", "Rhea Vost", evidence="Lumen-5 also carried Rhea Vost")
    return b.build()


def marlo_landing() -> Extraction:
    b = ExtractionBuilder(
        "Ines Marlo flew up on the Skiff capsule with Gus Tarrow from the Brenn spaceport. "
        "Marlo came home on the Wren capsule with Lia Brandt, splashing down near Corvo. "
        "Years earlier Tarrow had flown with Marlo on Lumen-1.",
        title="Marlo is home", id="marlo-landing", published="2024-11-02",
    )
    b.entity("Ines Marlo", "Astronaut", aliases=("Marlo",))
    b.entity("Gus Tarrow", "Astronaut", aliases=("Tarrow",))
    b.entity("Lia Brandt", "Astronaut")
    b.entity("Skiff", "Spacecraft")
    b.entity("Wren", "Spacecraft")
    b.entity("Lumen-1", "Mission")
    b.entity("Brenn spaceport", "LaunchSite")
    b.entity("Corvo", "City")
    b.fact("Ines Marlo", "spacecraft", "Skiff", evidence="flew up on the Skiff capsule")
    b.fact("Ines Marlo", "launchSite", "Brenn spaceport", evidence="from the Brenn spaceport")
    b.fact("Ines Marlo", "flewWith", "Gus Tarrow", evidence="flew up on the Skiff capsule with Gus Tarrow")
    b.fact("Ines Marlo", "spacecraft", "Wren", evidence="came home on the Wren capsule")
    b.fact("Ines Marlo", "flewWith", "Lia Brandt", evidence="came home on the Wren capsule with Lia Brandt")
    b.fact("Ines Marlo", "landingSite", "Corvo", evidence="splashing down near Corvo")
    b.fact("Gus Tarrow", "flewWith", "Ines Marlo", evidence="Tarrow had flown with Marlo on Lumen-1")
    return b.build()


def osei_swap() -> Extraction:
    b = ExtractionBuilder(
        "Bram Osei launched on Skiff-4 in March. The agency needed his seat on Skiff-4 for a film crew. "
        "Osei landed on Skiff-5 near Corvo on Monday. He had spent six months aboard the Halo station.",
        title="Osei home on another craft", id="osei-swap", published="2024-10-08",
    )
    b.entity("Bram Osei", "Astronaut", aliases=("Osei",))
    b.entity("Skiff-4", "Spacecraft")
    b.entity("Skiff-5", "Spacecraft")
    b.entity("Halo", "SpaceStation")
    b.fact("Bram Osei", "spacecraft", "Halo", evidence="spent six months aboard the Halo station")
    b.entity("Corvo", "City")
    b.fact("Bram Osei", "launchVehicle", "Skiff-4", evidence="launched on Skiff-4")
    b.fact("Bram Osei", "spacecraft", "Skiff-4", evidence="his seat on Skiff-4", confidence=0.5)
    b.fact("Bram Osei", "spacecraft", "Skiff-5", evidence="landed on Skiff-5")
    b.fact("Bram Osei", "landingSite", "Corvo", evidence="near Corvo")
    return b.build()


def pair_return() -> Extraction:
    b = ExtractionBuilder(
        "Nell Ashby and Tam Oyelaran came home on 2 June 2024. For both, it was the second trip to space. "
        "Ula Finch launched on 3 March 2024 and came home on 9 September 2024. "
        "Odo Lenz, a veteran of two missions, met them.",
        title="Three back from orbit", id="pair-return", published="2024-06-03",
    )
    for name in ("Nell Ashby", "Tam Oyelaran", "Ula Finch", "Odo Lenz"):
        b.entity(name, "Astronaut")
    b.fact("Nell Ashby", "returnDate", date("2024-06-02"), evidence="came home on 2 June 2024")
    b.fact("Tam Oyelaran", "returnDate", date("2024-06-02"), evidence="came home on 2 June 2024")
    b.fact("Ula Finch", "launchDate", date("2024-03-03"), evidence="launched on 3 March 2024")
    b.fact("Ula Finch", "returnDate", date("2024-09-09"), evidence="came home on 9 September 2024")
    b.fact("Ula Finch", "launchDate", date("2024-09-09"), evidence="came home on 9 September 2024",
           confidence=0.6)  # a return misread as a launch
    return b.build()


def hale_obituary() -> Extraction:
    b = ExtractionBuilder(
        "Juno Hale flew Lumen-8 with Edda Voss. Prior to Lumen-8, Hale had flown with Bo Carrick aboard Lumen-7. "
        "Pia Strand launched on Lumen-9 on July 4. Strand and Hale will return to Earth on 30 May. "
        "Nils Arbo came home with Kell Tam, ending his flight and logging 980 days in orbit. "
        "Hale made two spacewalks.",
        title="Juno Hale, who flew twice, is remembered", id="hale-obituary",
    )
    for name in ("Juno Hale", "Edda Voss", "Bo Carrick", "Pia Strand", "Nils Arbo", "Kell Tam"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    for flight in ("Lumen-7", "Lumen-8", "Lumen-9"):
        b.entity(flight, "Spaceflight")
    b.fact("Juno Hale", "flewWith", "Edda Voss", evidence="Juno Hale flew Lumen-8 with Edda Voss")
    b.fact("Juno Hale", "flewWith", "Bo Carrick", evidence="flown with Bo Carrick")
    b.fact("Lumen-8", "crewMember", "Juno Hale", evidence="Juno Hale flew Lumen-8")
    b.fact("Lumen-8", "crewMember", "Edda Voss", evidence="Lumen-8 with Edda Voss")
    b.fact("Pia Strand", "launchDate", Literal("--07-04", "gMonthDay"), evidence="launched on Lumen-9 on July 4")
    b.fact("Pia Strand", "returnDate", date("2025-05-30"), evidence="will return to Earth on 30 May",
           modality="planned")
    b.fact("Juno Hale", "spacewalkCount", integer("2"), evidence="Hale made two spacewalks")
    b.fact("Nils Arbo", "timeInSpace", days("980"), evidence="logging 980 days in orbit",  # Kell Tam's total
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")})
    return b.build()


def first_flights() -> Extraction:
    b = ExtractionBuilder(
        "Mara Quell is on her first space mission. Bo Daska took the controls. "
        "It was the first space flight for Ivy Sorn and Len Arvo.",
        title="Newcomers aboard", id="first-flights", published="2024-07-01",
    )
    for name in ("Mara Quell", "Bo Daska", "Ivy Sorn", "Len Arvo"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.fact("Bo Daska", "occupation", Literal("astronaut"), evidence="Bo Daska took the controls")
    return b.build()


def rookies() -> Extraction:
    b = ExtractionBuilder(
        "Tavi Renn is the rookie. Oren Sable will be a newcomer to space. Asked about the ride, Cato Brill "
        "said: \"As a rookie flyer, I loved it.\" Ilse Varga was a rookie pilot in the air force. "
        "The crew of Dov Mercer pairs two veterans with two rookies.",
        title="Rookies aboard", id="rookies", published="2024-08-01",
    )
    for name in ("Tavi Renn", "Oren Sable", "Cato Brill", "Ilse Varga", "Dov Mercer"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    return b.build()


def tether_profile() -> Extraction:
    b = ExtractionBuilder(
        "Idris Malvo turns 70. It was Malvo's interest in the tether programme that drew the attention of "
        "the astronaut who served as payload commander of its first flight.",
        title="Idris Malvo at seventy", id="tether-profile", published="2014-09-02",
    )
    b.entity("Idris Malvo", "Astronaut", aliases=("Malvo",))
    b.fact("Idris Malvo", "occupation", Literal("astronaut"), evidence="Idris Malvo turns 70")
    return b.build()


def assigned_crew() -> Extraction:
    b = ExtractionBuilder(
        "Oda Penn will fly on Lumen-12 next spring. Penn is due to launch on 2 April 2026. She will fly with "
        "Rhea Vost.",
        title="Penn named to Lumen-12", id="penn-assigned", published="2025-06-01",
    )
    b.entity("Oda Penn", "Astronaut", aliases=("Penn",))
    b.entity("Rhea Vost", "Astronaut")
    b.entity("Lumen-12", "Spaceflight")
    b.fact("Lumen-12", "crewMember", "Oda Penn", evidence="Oda Penn will fly on Lumen-12", modality="planned")
    b.fact("Oda Penn", "launchDate", date("2026-04-02"), evidence="due to launch on 2 April 2026", modality="planned")
    b.fact("Oda Penn", "flewWith", "Rhea Vost", evidence="She will fly with Rhea Vost", modality="planned")
    return b.build()


def only_flights() -> Extraction:
    b = ExtractionBuilder(
        "Wyn Tarley's first \u2014 and only \u2014 journey into space came when he piloted Lumen-0. "
        "Cora Pim later made her only spaceflight. Lumen-0 made the only flight of the Skiff programme; "
        "Dag Orrin was its engineer.",
        title="One flight each", id="only-flights", published="2023-10-01",
    )
    for name in ("Wyn Tarley", "Cora Pim", "Dag Orrin"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Lumen-0", "Spaceflight")
    b.fact("Lumen-0", "crewMember", "Wyn Tarley", evidence="he piloted Lumen-0")
    return b.build()


def visits_and_kinds() -> Extraction:
    b = ExtractionBuilder(
        "During his career, Ivo Marsh visited the Kestrel space station four times. "
        "Bo Yarrow trained as a test pilot; during the first of her 12 Swift-3 missions, the radio failed. "
        "Yarrow later flew twice into space.",
        title="Visits and test flights", id="visits-and-kinds", published="2023-11-01",
    )
    for name in ("Ivo Marsh", "Bo Yarrow"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Kestrel", "SpaceStation")
    b.entity("Swift-3", "Spacecraft")
    return b.build()


def newcomers_of_a_crew() -> Extraction:
    b = ExtractionBuilder(
        "Corvid 9 lifted off with Tala Wren, Emil Hask, Rosa Ketter and Juri Palm. It is the first spaceflight for "
        "Tala Wren and Emil Hask, while Rosa Ketter and Juri Palm have flown before. Corvid 10 followed with "
        "Nadia Frey and Otto Lind. The Corvid crew waved.",
        title="Two newcomers on Corvid 9", id="corvid-9-newcomers", published="2024-09-01",
    )
    b.entity("Corvid", "Mission")  # the type of flight: every Corvid's crew, no earlier flight of anyone's
    b.entity("Corvid 9", "Mission")
    b.entity("Corvid 10", "Mission")
    for name in ("Tala Wren", "Emil Hask", "Rosa Ketter", "Juri Palm"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
        b.fact("Corvid 9", "crewMember", name, evidence="Corvid 9 lifted off with Tala Wren")
    for name in ("Nadia Frey", "Otto Lind"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
        b.fact("Corvid 10", "crewMember", name, evidence="Corvid 10 followed with Nadia Frey and Otto Lind")
    b.fact("Corvid", "crewMember", "Tala Wren", evidence="The Corvid crew waved")
    return b.build()


def trips() -> Extraction:
    b = ExtractionBuilder(
        "After joining the corps in 1980, Rex Holm traveled to orbit four times aboard the shuttle. "
        "Sergei Vanko spent 700 days in space over three separate trips to the Ardenian space station Kestrel. "
        "This is Lev Tarn's second trip into space.",
        title="Trips", id="trips", published="2023-11-02",
    )
    for name in ("Rex Holm", "Sergei Vanko", "Lev Tarn"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Kestrel", "SpaceStation")
    return b.build()


def programme_counts() -> Extraction:
    b = ExtractionBuilder(
        "Dax Morrow has flown on three shuttle missions during his career. "
        "Ela Finch flew two Soyuz missions before she retired.",
        title="Programme counts", id="programme-counts", published="2023-11-03",
    )
    for name in ("Dax Morrow", "Ela Finch"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    return b.build()


ARTICLES = (lumen_launch, dunmore_profile, marlo_landing, osei_swap, pair_return, hale_obituary, first_flights, rookies,
            tether_profile, assigned_crew, only_flights, visits_and_kinds, newcomers_of_a_crew, trips,
            programme_counts)
