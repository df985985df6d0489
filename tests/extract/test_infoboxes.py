"""A reference page's infobox, flattened into label-value lines under the flight's name: each
line a fact of that flight; its backup crew's table seats no one on it (invented flights and
people, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import Key, entailed, extracted_keys, key
from extract.rules.infobox import grounded_tables

_PAGE = "2032-06-10"

_INFOBOX = """Soyuz MS-41
Soyuz MS-41 launch.jpg
Operator Roscosmos
Mission duration 182 days
Crew size 3
Members Ivan Grebnev
Lena Moss
Tomas Kell
Start of mission
Launch date 14 March 2031[2]
Rocket Soyuz-FG
Launch site Baikonur Site 31/6
End of mission
Landing date 12 September 2031
Landing site 148 km southeast of Dzhezkazgan, Kazakhstan

Soyuz MS-41 was a crewed Soyuz spaceflight to the International Space Station.

Position Crew member
Commander Russia Ivan Grebnev, Roscosmos
Flight Engineer 1 United States Lena Moss, NASA
Flight Engineer 2 United States Tomas Kell, NASA

Backup crew

Position Crew member
Commander Russia Pavel Durnov, Roscosmos
Flight Engineer 1 Canada Marc Olier, CSA
"""


def _read(nlp: Language, text: str) -> tuple[set[Key], set[Key]]:
    """Every key read from a page, and those its infobox gave."""
    found = next(extract(nlp, [Article(text, published=_PAGE, id="t")]))
    names = {e.key: e.name for e in found.entities}
    boxed = {key(names[f.subject], f.predicate, names.get(str(f.object), str(getattr(f.object, "value", f.object))),
                 f.modality) for f in found.facts if f.evidence.extractor.endswith(":infobox")}
    return entailed(extracted_keys(found)), boxed


def test_each_label_line_is_a_fact_of_the_pages_flight(nlp: Language) -> None:
    found, boxed = _read(nlp, _INFOBOX)
    assert key("Soyuz MS-41", "flightLength", "182") in found  # its length line, read with the other lengths
    for fact in [("launchDate", "2031-03-14"), ("returnDate", "2031-09-12"), ("launchVehicle", "Soyuz-FG"),
                 ("launchSite", "Baikonur Cosmodrome"), ("landingSite", "Dzhezkazgan"), ("crewSize", "3"),
                 ("operator", "Roscosmos"), ("commander", "Ivan Grebnev"), ("crewMember", "Lena Moss"),
                 ("crewMember", "Tomas Kell")]:
        assert key("Soyuz MS-41", *fact) in boxed


def test_the_backup_crew_is_no_crew(nlp: Language) -> None:
    found, boxed = _read(nlp, _INFOBOX)
    for backup in ("Pavel Durnov", "Marc Olier"):
        assert key("Soyuz MS-41", "backupPilot", backup) in boxed
        assert not [k for k in found if backup.lower() in k[::2] and k[1] in (
            "crewMember", "commander", "crewRole", "flewWith", "launchedWith", "landedWith", "launchVehicle",
            "spacecraft", "launchDate")]


@pytest.mark.parametrize("text", [
    # the page is a person's, not a flight's
    _INFOBOX.replace("Soyuz MS-41\n", "Ivan Grebnev\n", 1),
    # one label line is no infobox
    "Soyuz MS-41\n\nLaunch date 14 March 2031\n\nThe flight carried Ivan Grebnev.",
    # a sentence that begins with a label's word is no label line
    "Soyuz MS-41\n\nCommander Ivan Grebnev said on Monday that the rocket was ready for its launch.\n"
    "Rocket engineers at the site disagreed with him about the date and the weather.\n",
])
def test_no_infobox_without_a_flight_page_and_its_label_lines(nlp: Language, text: str) -> None:
    _, boxed = _read(nlp, text)
    assert not boxed


def test_a_support_crew_is_neither_crew_nor_backups(nlp: Language) -> None:
    found, boxed = _read(nlp, _INFOBOX.replace("Backup crew\n", "Support crew\n"))
    assert not [k for k in boxed if k[1] == "backupPilot"]
    assert not [k for k in found if "pavel durnov" in k[::2] and k[1] in ("crewMember", "launchedWith", "flewWith")]


def test_a_planned_launch_is_a_plan_with_its_crew(nlp: Language) -> None:
    page = _INFOBOX.replace("Launch date 14 March 2031[2]", "Launch date 14 March 2033 (planned)")
    _, boxed = _read(nlp, page)
    assert key("Soyuz MS-41", "launchDate", "2033-03-14", "planned") in boxed
    assert key("Soyuz MS-41", "crewMember", "Lena Moss", "planned") in boxed
    assert not [k for k in boxed if k[1] not in ("operator", "backupPilot") and k[3] == "reported"]


def test_a_page_without_a_launch_date_gives_no_crew(nlp: Language) -> None:
    _, boxed = _read(nlp, _INFOBOX.replace("Launch date 14 March 2031[2]\n", ""))
    assert {k[1] for k in boxed} <= {"operator", "backupPilot"}


_RUN_IN = """Shenzhou 40

Other name: SZ-40. Type: Crewed spaceflight. Crew size: 3. Agency: CMSA. Launch site: Jiuquan. \
Launch vehicle: Long March 2F. Launch date: 2036-06-11. Lift-off time: 17:38:02 CST. Duration: 15 days.

Shenzhou 40 was the fifth crewed flight of the programme.
"""


def test_a_fact_sheet_run_in_on_one_line_is_read_field_by_field(nlp: Language) -> None:
    _, boxed = _read(nlp, _RUN_IN)
    for fact in [("launchDate", "2036-06-11"), ("launchSite", "Jiuquan Satellite Launch Center"),
                 ("launchVehicle", "Long March 2F"), ("crewSize", "3")]:
        assert key("Shenzhou 40", *fact) in boxed


@pytest.mark.parametrize("text", [
    # two fields run in are a sentence with a colon or two, not a fact sheet
    "Shenzhou 40\n\nLaunch site: Jiuquan. Launch date: 2036-06-11. The crew trained for a year.\n",
    # a run-in line of a page about no flight
    _RUN_IN.replace("Shenzhou 40\n", "Ivan Grebnev\n", 1),
])
def test_no_run_in_fields_without_three_of_them_on_a_flights_page(nlp: Language, text: str) -> None:
    _, boxed = _read(nlp, text)
    assert not [k for k in boxed if k[1] in ("launchDate", "launchSite")]


@pytest.mark.parametrize(("row", "name"), [
    ("Commander Russia Pavel Durnov, Roscosmos", "Pavel Durnov"),
    ("Flight Engineer 1 United States Marc Olier, NASA", "Marc Olier"),
])
def test_the_name_after_a_crew_rows_seat_and_flag_is_a_person(nlp: Language, row: str, name: str) -> None:
    found = next(extract(nlp, [Article(f"Position Crew member\n{row}\n", published=_PAGE, id="t")]))
    assert name in {e.name for e in found.entities if "Person" in e.types}


@pytest.mark.parametrize(("text", "rows"), [
    ("Backup crew\n\nPosition Crew member\nCommander Russia Pavel Durnov, RSA\n\nLaunch\n", 2),
    ("Reserve crew\nCommander Pavel Durnov\nFlight Engineer Marc Olier\n\nThe flight went well.", 2),
    ("Support crew\n\nWhile Ivan Grebnev and Lena Moss flew, the support crew of three worked in Houston all week.", 0),
])
def test_a_grounded_crews_table_ends_where_prose_begins(text: str, rows: int) -> None:
    (start, end, _), = grounded_tables(text)
    assert text[start:end].count("\n") - text[start:end].count("\n\n") == rows


def test_every_label_a_line_is_cut_at_is_read_as_a_fact() -> None:
    """The fact-sheet lines' labels (extract.components.lines) are the infobox's, and the length's
    line, which the lengths' rule reads."""
    from extract.components.lines import FIELD_LABELS
    from extract.rules.infobox import FIELDS

    assert set(FIELD_LABELS) == {*FIELDS, "mission duration"}
