"""Entities as real reporting names them: missions, capsules, places, agencies and people
(invented names, several phrasings each), on the full pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.components.gazetteer import canonical_name
from extract.gold import key


def entities(nlp: Language, text: str, title: str | None = None) -> dict[str, set[str]]:
    """Entity name -> its types, for one article."""
    ex = next(extract(nlp, [Article(text, title=title, published="2024-05-01")]))
    return {e.name: set(e.types) for e in ex.entities}


def names(nlp: Language, text: str, kind: str, title: str | None = None) -> set[str]:
    return {name for name, types in entities(nlp, text, title).items() if kind in types}


# ---------------------------------------------------------------------- missions and craft


@pytest.mark.parametrize("text", [
    "The Shenzhou-23 crew reached the station.",
    "Shenzhou 23 reached the station.",
    "The crew of Shenzhou XXIII reached the station.",
    "Shenzhou23 reached the station, the agency said.",
])
def test_a_shenzhou_flight_has_one_name_however_it_is_written(nlp: Language, text: str) -> None:
    assert "Shenzhou-23" in names(nlp, text, "Spaceflight")


def test_mission_names_take_their_normal_form(nlp: Language) -> None:
    found = names(nlp, "Axiom Mission 7 (Ax-7) follows SpaceX Crew-14, Galactic 09, NS-41 and Gaganyaan; "
                       "Artemis IV waits.", "Spaceflight")
    assert {"Axiom Mission 7", "Crew-14", "Galactic 09", "NS-41", "Gaganyaan", "Artemis IV"} <= found
    assert len([n for n in found if "7" in n]) == 1  # Ax-7 and Axiom Mission 7 are one


@pytest.mark.parametrize("text", [
    "Soyuz MS-31 docked with the station.", "Soyuz MS 31 docked with the station.",
    "The Soyuz MS31 spacecraft docked.",
])
def test_a_soyuz_has_one_name_however_it_is_written(nlp: Language, text: str) -> None:
    assert "Soyuz MS-31" in names(nlp, text, "Spacecraft")


@pytest.mark.parametrize("text", [
    "Mara Quill flew the Lumen mission, named after the light. The Horizons mission came first.",
    "Her mission, dubbed \"Minerva\", began on Monday. Minerva lasted six months.",
])
def test_named_missions_need_their_context(nlp: Language, text: str) -> None:
    found = names(nlp, text, "Spaceflight")
    assert found & {"Horizons", "Minerva"}
    assert "Lumen" not in found  # not a known mission name


# ---------------------------------------------------------------------- capsules


@pytest.mark.parametrize(("text", "capsule", "kind"), [
    ("A Falcon 9 lifted the Crew Dragon Endurance off the pad with Ivo Brandt aboard.", "Endurance", "Crew Dragon"),
    ("The capsule, named Freedom, will bring Ivo Brandt home.", "Freedom", None),
    ("Starliner Calypso landed in the desert with Ivo Brandt aboard.", "Calypso", "Starliner"),
    ("Ivo Brandt rode the Dragon Resilience to orbit.", "Resilience", "Crew Dragon"),
    ("The Grace capsule docked, carrying Ivo Brandt.", "Grace", None),
])
def test_a_capsule_is_an_entity_apart_from_its_craft_type(nlp: Language, text: str, capsule: str,
                                                          kind: str | None) -> None:
    ex = next(extract(nlp, [Article(text)]))
    by_name = {e.name: e for e in ex.entities}
    assert "Spacecraft" in by_name[capsule].types
    if kind is not None:
        assert "Spacecraft" in by_name[kind].types
        assert any(f.predicate == "craftType" and f.subject == by_name[capsule].key and f.object == by_name[kind].key
                   for f in ex.facts)


def test_a_capsule_named_once_in_context_is_named_everywhere(nlp: Language) -> None:
    text = "Endurance splashes down. The Crew Dragon Endurance brought Ivo Brandt home; Endurance flies again soon."
    ex = next(extract(nlp, [Article(text)]))
    endurance = next(e for e in ex.entities if e.name == "Endurance")
    assert len([m for m in ex.mentions if m.entity == endurance.key]) == 3


def test_the_word_alone_without_context_is_no_capsule(nlp: Language) -> None:
    assert "Freedom" not in names(nlp, "Freedom matters to Ivo Brandt, she said.", "Spacecraft")


# ---------------------------------------------------------------------- places and agencies


@pytest.mark.parametrize(("text", "place"), [
    ("The capsule touched down at the Dongfeng landing site on Tuesday.", "Dongfeng landing site"),
    ("They landed in Inner Mongolia Autonomous Region.", "Inner Mongolia"),
    ("The Soyuz landed near Zhezkazgan, Kazakhstan.", "Dzhezkazgan"),
    ("The Soyuz landed southeast of Dzhezkazgan.", "Dzhezkazgan"),
    ("Dragon splashed down in the Gulf of Mexico off Pensacola.", "Gulf of Mexico"),
    ("The crew splashed down in the Atlantic off Jacksonville.", "Atlantic Ocean"),
    ("The capsule came down in the Pacific Ocean.", "Pacific Ocean"),
])
def test_landing_sites_are_places(nlp: Language, text: str, place: str) -> None:
    assert place in names(nlp, text, "Place")


def test_the_ocean_words_inside_other_names_are_no_oceans(nlp: Language) -> None:
    found = names(nlp, "Ivo Brandt, an Indian Air Force pilot, grew up in Atlantic City near the Pacific Coast "
                       "Highway.", "Place")
    assert not found & {"Indian Ocean", "Atlantic Ocean", "Pacific Ocean"}


@pytest.mark.parametrize(("text", "launch_site"), [
    ("The rocket left Launch Complex 39A at dawn.", "Launch Complex 39A"),
    ("It flew from Space Launch Complex 40.", "Space Launch Complex 40"),
    ("New Shepard lifted off from Launch Site One in West Texas.", "Launch Site One"),
])
def test_pads_are_launch_sites(nlp: Language, text: str, launch_site: str) -> None:
    assert launch_site in names(nlp, text, "LaunchSite")


@pytest.mark.parametrize(("text", "agency"), [
    ("The China Manned Space Agency (CMSA) said the crew was well.", "China Manned Space Agency"),
    ("CMSA said the crew was well.", "China Manned Space Agency"),
    ("ISRO named four pilots.", "Indian Space Research Organisation"),
    ("Roscosmos confirmed the landing.", "Roscosmos"),
    ("The Russian space agency confirmed the landing.", "Roscosmos"),
    ("JAXA picked two candidates.", "JAXA"),
    ("ESA picked five career astronauts.", "European Space Agency"),
    ("MBRSC said Sana Kadri would fly.", "Mohammed Bin Rashid Space Centre"),
    ("The Mohammed bin Rashid Space Centre said Sana Kadri would fly.", "Mohammed Bin Rashid Space Centre"),
])
def test_agencies_in_many_forms_take_their_normal_name(nlp: Language, text: str, agency: str) -> None:
    assert agency in names(nlp, text, "SpaceAgency")


# ---------------------------------------------------------------------- gold names


@pytest.mark.parametrize(("written", "normal"), [
    ("Shenzhou XV", "Shenzhou-15"), ("Shenzhou 15", "Shenzhou-15"), ("Soyuz MS 25", "Soyuz MS-25"),
    ("Ax-3", "Axiom Mission 3"), ("the Atlantic", "Atlantic Ocean"), ("Pacific", "Pacific Ocean"),
    ("Inner Mongolia Autonomous Region", "Inner Mongolia"), ("Ivo Brandt", "Ivo Brandt"), ("187", "187"),
])
def test_gold_names_compare_by_their_normal_form(written: str, normal: str) -> None:
    assert canonical_name(written) == normal
    assert key("Ivo Brandt", "launchVehicle", written) == key("Ivo Brandt", "launchVehicle", normal)
