"""A crew page laid out as each person's name over a table row of their flights ("Name" /
"Mission Dates Role Notes" / "Apollo 31 Jan 31 - Feb 9, 2031 Command Module Pilot"), with lines
that hold only spaces between the people, and a backup crew under a heading that names its
flight ("Apollo 31 Backup Crew:"): the role that ends one row is no seat of the name on the next
line, and the backups get no seat (invented people and flight, the session ``nlp``)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.reading import triples

_PAGE = (
    'Apollo 31\n'
    '(C) Adam B. Rinner, Jr. Commander\n'
    '(L) Thomas A. Kellam Command Module Pilot\n'
    '(R) Leon D. Moston Lunar Module Pilot\n'
    '\n'
    'Crew Spaceflight Histories\n'
    '\n'
    'Adam B. Rinner, Jr.\n'
    '  Mission Dates Role Notes\n'
    'Apollo 31 Jan 31 - Feb 9, 2031 Commander\n'
    ' \n'
    'Thomas A. Kellam\n'
    '  Mission Dates Role Notes\n'
    '  Apollo 31 Jan 31 - Feb 9, 2031 Command Module Pilot  \n'
    ' \n'
    'Leon D. Moston\n'
    '  Mission Dates Role Notes\n'
    '  Apollo 31 Jan 31 - Feb 9, 2031 Lunar Module Pilot  \n'
    '\n'
    'Apollo 31 Backup Crew:\n'
    '\n'
    'Irving A. Stanton commander\n'
    'Peter E. Lundgren command module pilot\n'
    '\n'
    "The Apollo 31 mission was the third crewed landing mission. The space vehicle with a crew of Adam B. "
    "Rinner, Jr., the commander; Thomas A. Kellam, the command module pilot; and Leon D. Moston, the lunar "
    "module pilot, was launched from Kennedy Space Center, Fla., on January 31, 2031.\n"
)


def test_a_role_ending_a_row_is_no_seat_of_the_name_below_it(nlp: Language) -> None:
    found = triples(nlp, _PAGE)
    assert ("leon d. moston", "crewRole", "lunar module pilot") in found
    assert ("leon d. moston", "crewRole", "command module pilot") not in found
    assert ("thomas a. kellam", "crewRole", "command module pilot") in found


def test_a_backup_crew_under_its_flights_heading_has_no_seat(nlp: Language) -> None:
    found = triples(nlp, _PAGE)
    assert ("apollo 31", "backupPilot", "irving a. stanton") in found
    assert not [t for t in found if "irving a. stanton" in (t[0], t[2]) and t[1] in ("commander", "crewRole",
                                                                                   "crewMember")]


def test_a_heading_of_the_prime_and_backup_crews_grounds_no_one(nlp: Language) -> None:
    """ "Prime and backup crew:" heads the prime crew too: its rows keep their seats."""
    found = triples(nlp, "Apollo 44 crew\nPrime and backup crew:\n\nAdam B. Rinner commander\n"
                         "Thomas A. Kellam command module pilot\n\nThe Apollo 44 mission was launched from Kennedy "
                         "Space Center on January 31, 2031.\n")
    assert ("apollo 44", "commander", "adam b. rinner") in found
    assert ("apollo 44", "backupPilot", "adam b. rinner") not in found
