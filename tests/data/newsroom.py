"""A small newsroom for the question and web tests: articles written for the tests, with
the facts an extractor should find in them declared by hand (see tests/factories.py), so
answers can be tested before and independently of the extraction pipeline.

What it holds on purpose: two people called Kelly, a planned return date and the reported
one, a time in space stated at two dates and for one flight, US and all-time records with
previous holders, commanders of expeditions and of the station, a partner, a spouse, an
employer and a job title, a launch site that lies in a country.
"""

from __future__ import annotations

from extract.facts import Extraction, Literal, Term
from kg.store import Store
from tests.factories import ExtractionBuilder, date, days, load_articles

US_RECORD = "most cumulative days in space by an American"
WORLD_RECORD = "most cumulative days in space"



def kelly_record() -> Extraction:
    b = ExtractionBuilder(
        "Scott Kelly became the American with the most days in space on Friday. The station commander "
        "has now logged 383 days across four missions, one more than Michael Fincke, whose 382 days had "
        "stood as the national mark. Kelly lifted off on March 27 in the Soyuz TMA-16M capsule from the "
        "Baikonur Cosmodrome in Kazakhstan. He is due to come home on March 2 next year. At 51, Kelly "
        "is being compared with his identical twin Mark Kelly, who stayed on the ground. Mark Kelly is "
        "married to the former congresswoman Gabrielle Giffords. In Houston, Kelly's partner Amiko "
        "Kauderer works for NASA as a public affairs officer.",
        title="Kelly passes Fincke for the US endurance mark", id="kelly-record",
        url="https://news.example/2015/10/kelly-record", published="2015-10-16",
    )
    b.entity("Scott Kelly", "Astronaut", aliases=("Kelly",))
    b.entity("Michael Fincke", "Astronaut", aliases=("Fincke", "Mike Fincke"))
    b.entity("Mark Kelly", "Astronaut")
    b.entity("Gabrielle Giffords", "Person")
    b.entity("Amiko Kauderer", "Person")
    b.entity("NASA", "SpaceAgency", aliases=("Nasa",))
    b.entity("Soyuz TMA-16M", "Spacecraft")
    b.entity("Baikonur Cosmodrome", "LaunchSite")
    b.entity("Kazakhstan", "Country")
    b.entity("International Space Station", "SpaceStation", aliases=("ISS", "the station"))
    b.entity(US_RECORD, "Record")
    _record_facts(b)
    return b.build()


def _record_facts(b: ExtractionBuilder) -> None:
    b.fact(US_RECORD, "measure", Literal("cumulative days in space"),
           evidence="the American with the most days in space")
    b.fact(US_RECORD, "recordScope", Literal("US"), evidence="the American with the most days in space")
    b.fact("Scott Kelly", "holdsRecord", days("383"), evidence="has now logged 383 days",
           qualifiers={"record": US_RECORD, "unit": Literal("day"), "previousHolder": "Michael Fincke"},
           as_of="2015-10-16")
    b.fact("Michael Fincke", "holdsRecord", days("382"), evidence="whose 382 days had stood as the national mark",
           qualifiers={"record": US_RECORD, "unit": Literal("day")}, as_of="2015-10-15")
    b.fact("Scott Kelly", "timeInSpace", days("383"), evidence="has now logged 383 days across four missions",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2015-10-16")
    b.fact("Michael Fincke", "timeInSpace", days("382"), evidence="whose 382 days",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2015-10-16")
    b.fact("International Space Station", "commander", "Scott Kelly", evidence="The station commander")
    b.fact("Scott Kelly", "launchDate", date("2015-03-27"), evidence="Kelly lifted off on March 27",
           as_of="2015-10-16")
    b.fact("Scott Kelly", "launchVehicle", "Soyuz TMA-16M", evidence="in the Soyuz TMA-16M capsule")
    b.fact("Scott Kelly", "launchSite", "Baikonur Cosmodrome", evidence="from the Baikonur Cosmodrome")
    b.fact("Baikonur Cosmodrome", "locatedIn", "Kazakhstan", evidence="Baikonur Cosmodrome in Kazakhstan")
    b.fact("Scott Kelly", "returnDate", date("2016-03-02"), evidence="He is due to come home on March 2",
           as_of="2015-10-16", modality="planned")
    b.fact("Scott Kelly", "age", Literal("51", "integer"), evidence="At 51, Kelly",
           qualifiers={"unit": Literal("year")}, as_of="2015-10-16")
    b.fact("Scott Kelly", "twinOf", "Mark Kelly", evidence="his identical twin Mark Kelly")
    b.fact("Mark Kelly", "spouse", "Gabrielle Giffords", evidence="Mark Kelly is married to the former congresswoman")
    b.fact("Amiko Kauderer", "partner", "Scott Kelly", evidence="Kelly's partner Amiko Kauderer")
    b.fact("Amiko Kauderer", "employer", "NASA", evidence="works for NASA")
    b.fact("Amiko Kauderer", "jobTitle", Literal("public affairs officer"), evidence="as a public affairs officer")


def kelly_home() -> Extraction:
    b = ExtractionBuilder(
        "Scott Kelly and Mikhail Kornienko landed in Kazakhstan on Wednesday after 340 days on the "
        "International Space Station. Kelly, who commanded Expedition 46, now has 520 days in space "
        "over his career. Kornienko works for Roscosmos.",
        title="Kelly and Kornienko are home after 340 days", id="kelly-home",
        url="https://news.example/2016/03/kelly-home", published="2016-03-02",
    )
    b.entity("Scott Kelly", "Astronaut", aliases=("Kelly",))
    b.entity("Mikhail Kornienko", "Astronaut", aliases=("Kornienko",))
    b.entity("Kazakhstan", "Country")
    b.entity("International Space Station", "SpaceStation")
    b.entity("Expedition 46", "Expedition")
    b.entity("Roscosmos", "SpaceAgency")
    b.fact("Scott Kelly", "returnDate", date("2016-03-02"), evidence="landed in Kazakhstan on Wednesday",
           as_of="2016-03-02")
    b.fact("Scott Kelly", "timeInSpace", days("340"), evidence="after 340 days on the International Space Station",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")}, as_of="2016-03-02")
    b.fact("Scott Kelly", "timeInSpace", days("520"), evidence="now has 520 days in space over his career",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2016-03-02")
    b.fact("Expedition 46", "commander", "Scott Kelly", evidence="who commanded Expedition 46")
    b.fact("Mikhail Kornienko", "employer", "Roscosmos", evidence="Kornienko works for Roscosmos")
    b.fact("Scott Kelly", "flewWith", "Mikhail Kornienko", evidence="Scott Kelly and Mikhail Kornienko landed")
    return b.build()


def padalka_record() -> Extraction:
    b = ExtractionBuilder(
        "Gennady Padalka now holds the record for the most time in space of anyone. The cosmonaut, who "
        "commands Expedition 44, reached 804 days on Sunday, passing the 803 days of Sergei Krikalev. "
        "Padalka works for Roscosmos and should be home in September with 878 days.",
        title="Padalka takes the all-time record", id="padalka-record", published="2015-06-29",
    )
    b.entity("Gennady Padalka", "Astronaut", aliases=("Padalka",))
    b.entity("Sergei Krikalev", "Astronaut", aliases=("Krikalev",))
    b.entity("Expedition 44", "Expedition")
    b.entity("Roscosmos", "SpaceAgency")
    b.entity(WORLD_RECORD, "Record")
    b.fact(WORLD_RECORD, "measure", Literal("cumulative days in space"), evidence="the most time in space of anyone")
    b.fact(WORLD_RECORD, "recordScope", Literal("all-time"), evidence="the most time in space of anyone")
    b.fact("Gennady Padalka", "holdsRecord", days("804"), evidence="reached 804 days on Sunday",
           qualifiers={"record": WORLD_RECORD, "unit": Literal("day"), "previousHolder": "Sergei Krikalev"},
           as_of="2015-06-28")
    b.fact("Gennady Padalka", "timeInSpace", days("804"), evidence="reached 804 days on Sunday",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2015-06-28")
    b.fact("Gennady Padalka", "timeInSpace", days("878"), evidence="should be home in September with 878 days",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2015-09", modality="planned")
    b.fact("Sergei Krikalev", "timeInSpace", days("803"), evidence="the 803 days of Sergei Krikalev",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2015-06-29")
    b.fact("Expedition 44", "commander", "Gennady Padalka", evidence="who commands Expedition 44")
    b.fact("Gennady Padalka", "employer", "Roscosmos", evidence="Padalka works for Roscosmos")
    b.fact("Gennady Padalka", "returnDate", date("2015-09"), evidence="should be home in September",
           as_of="2015-06-29", modality="planned")
    return b.build()


def whitson_record() -> Extraction:
    b = ExtractionBuilder(
        "Peggy Whitson passed Jeff Williams on Monday to become the American with the most days in "
        "space, beating the 534 days he set last year. Whitson, 57, commands Expedition 51. Born in "
        "Mount Ayr, Iowa, she joined NASA in 1996. Michael Lopez-Alegria, who commanded Expedition 14, "
        "once spent 215 days on a single flight.",
        title="Whitson takes the US record", id="whitson-record", published="2017-04-24",
    )
    b.entity("Peggy Whitson", "Astronaut", aliases=("Whitson",))
    b.entity("Jeff Williams", "Astronaut")
    b.entity("Expedition 51", "Expedition")
    b.entity("Mount Ayr", "City")
    b.entity("Iowa", "State")
    b.entity("NASA", "SpaceAgency")
    b.entity("Michael Lopez-Alegria", "Astronaut")
    b.entity("Expedition 14", "Expedition")
    b.entity(US_RECORD, "Record")
    b.fact(US_RECORD, "measure", Literal("cumulative days in space"), evidence="the most days in space")
    b.fact(US_RECORD, "recordScope", Literal("US"), evidence="the American with the most days")
    b.fact("Peggy Whitson", "holdsRecord", days("535"), evidence="passed Jeff Williams on Monday",
           qualifiers={"record": US_RECORD, "unit": Literal("day"), "previousHolder": "Jeff Williams"},
           as_of="2017-04-24")
    b.fact("Jeff Williams", "timeInSpace", days("534"), evidence="the 534 days he set last year",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2016")
    b.fact("Peggy Whitson", "age", Literal("57", "integer"), evidence="Whitson, 57",
           qualifiers={"unit": Literal("year")}, as_of="2017-04-24")
    b.fact("Expedition 51", "commander", "Peggy Whitson", evidence="commands Expedition 51")
    b.fact("Peggy Whitson", "birthPlace", "Mount Ayr", evidence="Born in Mount Ayr")
    b.fact("Mount Ayr", "locatedIn", "Iowa", evidence="Mount Ayr, Iowa")
    b.fact("Peggy Whitson", "employer", "NASA", evidence="she joined NASA in 1996")
    b.fact("Expedition 14", "commander", "Michael Lopez-Alegria", evidence="who commanded Expedition 14")
    b.fact("Michael Lopez-Alegria", "timeInSpace", days("215"), evidence="spent 215 days on a single flight",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")}, as_of="2017-04-24")
    return b.build()


ARTICLES = (kelly_record, kelly_home, padalka_record, whitson_record)


def load(store: Store) -> None:
    """Write every article of the newsroom into the store (real resolution and mapping)."""
    load_articles(store, ARTICLES)
