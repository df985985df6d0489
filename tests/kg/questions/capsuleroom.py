"""A hand-declared newsroom of flights told with their capsules person by person (invented
names), for kg/questions/flight_craft.py: the Lumen-7 crew rode the capsule Halcyon (a Crew
Dragon) on a Falcon 9, its commander flew the numbered Kestrel-2 years before (told in
another article), the Lumen-9 crew is said only to have launched on the capsule Calyx, and the
craft of Lumen-8 and of Lumen-11 are stated for the flights (Lena Sork flew Lumen-11 and Lumen-12);
Apollo 19 had a command module, Kite, and a lunar module, Heron."""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder


def launch() -> Extraction:
    b = ExtractionBuilder(
        "A Falcon 9 lifted off with Dana Morrow and Pavel Ostrov strapped into the Crew Dragon Halcyon. "
        "Lumen-7 commander Dana Morrow and her crewmate Pavel Ostrov are due at the International Space Station.",
        title="Lumen-7 lifts off", id="lumen-7", published="2025-03-03",
    )
    b.entity("Dana Morrow", "Astronaut")
    b.entity("Pavel Ostrov", "Astronaut")
    b.entity("Lumen-7", "Spaceflight")
    b.entity("Halcyon", "Spacecraft")
    b.entity("Crew Dragon", "Spacecraft")
    b.entity("Falcon 9", "LaunchVehicle")
    b.entity("International Space Station", "SpaceStation")
    b.fact("Halcyon", "craftType", "Crew Dragon", evidence="Crew Dragon Halcyon")
    b.fact("Dana Morrow", "launchVehicle", "Halcyon", evidence="Dana Morrow and Pavel Ostrov strapped into the Crew "
                                                               "Dragon Halcyon")
    b.fact("Pavel Ostrov", "launchVehicle", "Crew Dragon", evidence="Pavel Ostrov strapped into the Crew Dragon")
    b.fact("Pavel Ostrov", "launchVehicle", "Falcon 9", evidence="A Falcon 9 lifted off with Dana Morrow and Pavel "
                                                                 "Ostrov")
    b.fact("Lumen-7", "commander", "Dana Morrow", evidence="Lumen-7 commander Dana Morrow")
    b.fact("Lumen-7", "crewMember", "Pavel Ostrov", evidence="her crewmate Pavel Ostrov")
    b.fact("Pavel Ostrov", "spacecraft", "International Space Station", evidence="Pavel Ostrov are due at the "
                                                                                 "International Space Station")
    return b.build()


def veteran() -> Extraction:
    b = ExtractionBuilder("Dana Morrow flew Kestrel-2 in 2015.", title="Morrow's first flight", id="morrow",
                          published="2025-02-01")
    b.entity("Dana Morrow", "Astronaut")
    b.entity("Kestrel-2", "Spacecraft")
    b.fact("Dana Morrow", "spacecraft", "Kestrel-2", evidence="Dana Morrow flew Kestrel-2")
    return b.build()


def second() -> Extraction:
    b = ExtractionBuilder("Lumen-9 commander Rita Vance launched on the Starliner Calyx.", title="Lumen-9 is up",
                          id="lumen-9", published="2025-08-01")
    b.entity("Rita Vance", "Astronaut")
    b.entity("Lumen-9", "Spaceflight")
    b.entity("Calyx", "Spacecraft")
    b.entity("Starliner", "Spacecraft")
    b.fact("Calyx", "craftType", "Starliner", evidence="Starliner Calyx")
    b.fact("Lumen-9", "commander", "Rita Vance", evidence="Lumen-9 commander Rita Vance")
    b.fact("Rita Vance", "launchVehicle", "Calyx", evidence="Rita Vance launched on the Starliner Calyx")
    return b.build()


def landing() -> Extraction:
    b = ExtractionBuilder(
        "Soyuz MS-70, which carried the Lumen-8 astronauts, landed on Friday with Lumen-8 crew member Ivo Dane, "
        "who had ridden a Crew Dragon before. Halcyon carried the Lumen-11 crew, Lena Sork among them; she also "
        "flew Lumen-12.", title="Lumen-8 lands", id="lumen-8", published="2025-09-01")
    b.entity("Ivo Dane", "Astronaut")
    b.entity("Lena Sork", "Astronaut")
    b.entity("Lumen-8", "Spaceflight")
    b.entity("Lumen-11", "Spaceflight")
    b.entity("Lumen-12", "Spaceflight")
    b.entity("Soyuz MS-70", "Spacecraft")
    b.entity("Halcyon", "Spacecraft")
    b.entity("Crew Dragon", "Spacecraft")
    b.fact("Lumen-8", "spacecraft", "Soyuz MS-70", evidence="Soyuz MS-70, which carried the Lumen-8 astronauts")
    b.fact("Lumen-8", "crewMember", "Ivo Dane", evidence="Lumen-8 crew member Ivo Dane")
    b.fact("Ivo Dane", "launchVehicle", "Crew Dragon", evidence="who had ridden a Crew Dragon")
    b.fact("Lumen-11", "spacecraft", "Halcyon", evidence="Halcyon carried the Lumen-11 crew")
    b.fact("Lumen-11", "crewMember", "Lena Sork", evidence="Lena Sork among them")
    b.fact("Lumen-12", "crewMember", "Lena Sork", evidence="she also flew Lumen-12")
    return b.build()


def moon() -> Extraction:
    b = ExtractionBuilder("Apollo 19 astronaut Orin Tal stayed in the command module Kite while Bea Lund flew the "
                          "lunar module Heron to the surface.", title="Apollo 19", id="apollo-19",
                          published="2025-10-01")
    b.entity("Orin Tal", "Astronaut")
    b.entity("Bea Lund", "Astronaut")
    b.entity("Apollo 19", "Spaceflight")
    b.entity("Kite", "Spacecraft")
    b.entity("Heron", "Spacecraft")
    b.entity("command module", "Spacecraft")
    b.entity("lunar module", "Spacecraft")
    b.fact("Kite", "craftType", "command module", evidence="command module Kite")
    b.fact("Heron", "craftType", "lunar module", evidence="lunar module Heron")
    b.fact("Apollo 19", "crewMember", "Orin Tal", evidence="Apollo 19 astronaut Orin Tal")
    b.fact("Apollo 19", "crewMember", "Bea Lund", evidence="Apollo 19 astronaut Orin Tal stayed in the command module "
                                                            "Kite while Bea Lund")
    b.fact("Orin Tal", "spacecraft", "Kite", evidence="Orin Tal stayed in the command module Kite")
    b.fact("Bea Lund", "launchVehicle", "Heron", evidence="Bea Lund flew the lunar module Heron")
    return b.build()


ARTICLES = (launch, veteran, second, landing, moon)
