"""A fact sheet's lines ("Launch vehicle Soyuz-U", "Soyuz TM-40 crew at launch A, B, C",
"Expedition 40 backup crew D, E, F") are read one by one: each line is a sentence, so that
the backups one line names are never the crewmates of the crew the line above names; the crew
a craft took up and those it brought home are two trips; prose is no fact sheet (invented
flights and names)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.components.lines import fact_sheet_lines, field_label
from tests.extract import reading

keys = partial(reading.triples, published="2032-06-10")

_SHEET = """Soyuz TM-40 delivers the Expedition 40 crew

Soyuz TM-40 mission at a glance:

Spacecraft designation Soyuz TM-40, 11F732 No. 240, ISS mission 9R
Launch vehicle Soyuz-U, 11A511U No. A15000-777
Launch Site Baikonur, Site 1, Pad No. 5
Launch date and time 2031 Oct. 31, 10:52:47.241 Moscow Time (actual)
Soyuz TM-40 crew at launch Ivan Grebnev, Lena Moss, Tomas Kell
Expedition 40 backup crew Pavel Durnov, Marc Olier, Anna Vintova
Soyuz TM-40 crew at landing Oleg Sarin, Petr Lavrov, Dan Kiley

A Soyuz-U rocket carrying the Soyuz TM-40 spacecraft lifted off from Baikonur on October 31, 2031.
"""


def test_each_line_of_a_fact_sheet_is_its_own_sentence() -> None:
    lines = [_SHEET[s:e] for s, e in fact_sheet_lines(_SHEET)]
    assert len(lines) == 7 and lines[4].startswith("Soyuz TM-40 crew at launch")


def test_no_backup_of_a_fact_sheet_launched_with_the_crew(nlp: Language) -> None:
    found = keys(nlp, _SHEET)
    crew = {"ivan grebnev", "lena moss", "tomas kell"}
    others = {"pavel durnov", "marc olier", "anna vintova", "oleg sarin", "petr lavrov", "dan kiley"}
    assert not {k for k in found if k[1] in ("launchedWith", "flewWith") and {k[0], k[2]} & crew
                and {k[0], k[2]} & others}
    assert not {k for k in found if k[0] in others and k[1] in ("launchVehicle", "launchDate", "launchSite")}


@pytest.mark.parametrize("text", [
    "The trio blasted off from the\nBaikonur Cosmodrome in Kazakhstan on\nTuesday, and docked six hours later.",
    "Commander Tom Quill and Pilot Ann Lee flew the Soyuz MS-40 to the station.\nRocket engineers cheered.",
    "Launch date 14 March 2031\n\nRocket Soyuz-FG",
    "Commander Tom Quill said the launch date was set.\nLaunch date slips are common for a crew that\n"
    "waits on the weather at the site.",
])
def test_prose_and_lone_labels_are_no_fact_sheet(text: str) -> None:
    assert not fact_sheet_lines(text)


@pytest.mark.parametrize(("line", "label"), [
    ("Launch date 11 October 2031[2]", "launch date"), ("Launch Site: Baikonur", "launch site"),
    ("Rocket Soyuz-FG", "rocket"), ("Rocketdyne built the engine", None), ("launch date 2031", None),
    ("Commanders of the station", None),
])
def test_a_label_begins_its_line_capitalised_and_whole(line: str, label: str | None) -> None:
    assert field_label(line) == label


def test_the_last_name_of_a_comma_list_is_a_person(nlp: Language) -> None:
    """ "backup crew A, B, C": the third name, after two people and their commas, is one too."""
    found = next(extract(nlp, [Article(_SHEET.replace("Anna Vintova", "Mikhail Tyurin"), published="2032-06-10",
                                       id="t")]))
    assert "Mikhail Tyurin" in {e.name for e in found.entities if "Person" in e.types}


def test_a_backup_crew_line_gives_each_of_its_people_as_backups(nlp: Language) -> None:
    found = keys(nlp, _SHEET)
    for name in ("pavel durnov", "marc olier", "anna vintova"):
        assert ("expedition 40", "backupPilot", name) in found


def test_a_backup_crew_told_in_prose_is_no_fact_sheet_line(nlp: Language) -> None:
    found = keys(nlp, "Soyuz TM-40 lifted off on Monday.\n\nThe Expedition 40 backup crew Pavel Durnov and Marc Olier "
                      "watched Ivan Grebnev and Lena Moss launch.\n")
    assert not {k for k in found if k[1] == "backupPilot" and k[2] in ("ivan grebnev", "lena moss")}


def test_a_crew_line_at_launch_gives_the_craft_s_crew(nlp: Language) -> None:
    found = keys(nlp, _SHEET)
    for name in ("ivan grebnev", "lena moss", "tomas kell"):
        assert ("soyuz tm-40", "crewMember", name) in found
    assert {("ivan grebnev", "launchedWith", "tomas kell"), ("tomas kell", "launchedWith", "ivan grebnev")} & found


def test_a_crew_line_at_landing_gives_those_it_brought_home(nlp: Language) -> None:
    """A crew swapped in orbit: those a craft brought home rode it and landed together, and
    are no crew it took up (no launch of theirs, no seat)."""
    found = keys(nlp, _SHEET)
    for name in ("oleg sarin", "petr lavrov", "dan kiley"):
        assert (name, "spacecraft", "soyuz tm-40") in found
        assert ("soyuz tm-40", "crewMember", name) not in found
    assert {("oleg sarin", "landedWith", "dan kiley"), ("dan kiley", "landedWith", "oleg sarin")} & found
    assert not {k for k in found if k[1] == "landedWith" and {k[0], k[2]} & {"ivan grebnev", "lena moss"}}
