"""The Text2KGBench adapter on sentences written for these tests (the benchmark's own data
stays in ../shared): relation names, DBpedia resource names and literal forms."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from spacy.language import Language

from extract.text2kg import RELATIONS, run

BENCHMARK_RELATIONS = {
    "part", "title", "commander", "deathDate", "servedAsChiefOfTheAstronautOfficeIn", "timeInSpace", "mascot",
    "partsType", "alternativeName", "birthPlace", "nationality", "deathPlace", "mission", "higher",
    "representative", "affiliation", "crewMembers", "senators", "fossil", "leader", "status", "isPartOf",
    "president", "bird", "occupation", "backupPilot", "almaMater", "gemstone", "awards", "award",
    "selectedByNasa", "cosparId", "birthDate", "operator", "ribbonAward", "dateOfRetirement", "utcOffset",
    "competeIn",
}


def triples(nlp: Language, sentence: str) -> list[list[str]]:
    return next(run(nlp, [{"id": "s1", "sent": sentence}]))["triples"]


def test_every_benchmark_relation_is_mapped_from_an_ontology_property() -> None:
    from kg.ontology import properties

    assert set(RELATIONS) == BENCHMARK_RELATIONS
    assert set(RELATIONS.values()) <= set(properties())


def test_literals_and_resources_take_the_benchmark_forms(nlp: Language) -> None:
    got = triples(nlp, "Pete Conrad, born on June 2, 1930 in Philadelphia, Pennsylvania, was selected by NASA "
                       "in 1962 and spent 1179 hours in space.")
    assert ["Pete_Conrad", "birthDate", '"1930-06-02"'] in got
    assert ["Pete_Conrad", "birthPlace", "Philadelphia,_Pennsylvania"] in got
    assert ["Pete_Conrad", "selectedByNasa", "1962"] in got
    assert ["Pete_Conrad", "timeInSpace", '"70740.0"(minutes)'] in got


def test_missions_point_from_the_person_and_partial_dates_keep_their_words(nlp: Language) -> None:
    got = triples(nlp, "Gordon Cooper, a crew member of Gemini 5 operated by NASA, retired in July 1970.")
    assert ["Gordon_Cooper", "mission", "Gemini_5"] in got
    assert ["Gemini_5", "operator", "NASA"] in got
    assert ["Gordon_Cooper", "dateOfRetirement", '"July 1970"'] in got


def test_countries_take_their_dbpedia_names(nlp: Language) -> None:
    got = triples(nlp, "Yang Liwei is a Chinese national who was born in Suizhong.")
    assert ["Yang_Liwei", "nationality", "People's_Republic_of_China"] in got
    assert ["Yang_Liwei", "birthPlace", "Suizhong"] in got


def test_the_command_writes_a_line_for_every_id(tmp_path: Path, session_nlp_for_commands: Language) -> None:
    from kg.cli import cli

    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "sent": "Nothing happened here."}) + "\n"
                      + json.dumps({"id": "b", "sent": "Yuri Gagarin was born in Klushino."}) + "\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "d"), "text2kg", "--input", str(source),
                                      "--output", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert lines[0]["triples"] == []
    assert ["Yuri_Gagarin", "birthPlace", "Klushino"] in lines[1]["triples"]


def test_the_command_names_a_bad_line(tmp_path: Path) -> None:
    from kg.cli import cli

    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "sent": "x"}\nnot json\n')
    result = CliRunner().invoke(cli, ["text2kg", "--input", str(source), "--output", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert f"{source}:2: invalid JSON" in result.output  # file and line, as kg ingest reports them


def test_relations_never_seen_in_train_come_from_the_ontology(nlp: Language) -> None:
    got = triples(nlp, "The state bird of Ohio is the northern cardinal, and Purdue University, whose mascot is "
                       "Purdue Pete, is affiliated with the Big Ten Academic Alliance.")
    assert ["Ohio", "bird", "Northern_cardinal"] in got
    assert ["Purdue_University", "mascot", "Purdue_Pete"] in got
    got = triples(nlp, "Deke Slayton served as Chief of the Astronaut Office in 1963 and died in League City, Texas.")
    assert ["Deke_Slayton", "servedAsChiefOfTheAstronautOfficeIn", "1963"] in got
    assert ["Deke_Slayton", "deathPlace", "League_City,_Texas"] in got


def test_possessive_and_copular_phrasings(nlp: Language) -> None:
    got = triples(nlp, "Vermont's senators include Peter Welch, and its state bird is the hermit thrush.")
    assert ["Vermont", "senators", "Peter_Welch"] in got
    assert ["Vermont", "bird", "Hermit_thrush"] in got
    got = triples(nlp, "The backup pilot of Gemini 10 was Alan Bean, and its crew included John Young and "
                       "Michael Collins.")
    assert ["Gemini_10", "backupPilot", "Alan_Bean"] in got
    assert any(t[1] in ("mission", "crewMembers") and "Michael_Collins" in t for t in got)
    got = triples(nlp, "Dana Price graduated from MIT with an M.A. in 1963.")  # a made-up person
    assert ["Dana_Price", "almaMater", '"Massachusetts Institute of Technology, M.A. 1963"'] in got


def test_the_crew_member_named_first_gets_mission_and_the_others_are_crew_members(nlp: Language) -> None:
    got = triples(nlp, "Backup pilot Joe Engle and crew member Gene Cernan served on Apollo 17 with Ron Evans.")
    assert ["Gene_Cernan", "mission", "Apollo_17"] in got
    assert ["Apollo_17", "backupPilot", "Joe_Engle"] in got
    assert ["Joe_Engle", "mission", "Apollo_17"] not in got


def test_award_precedence_and_programmes_map_to_higher_and_part(nlp: Language) -> None:
    got = triples(nlp, "Jim Lovell received the Distinguished Service Medal (United States Navy), which ranks "
                       "higher than the Department of Commerce Gold Medal.")
    assert ["Distinguished_Service_Medal_(United_States_Navy)", "higher", "Department_of_Commerce_Gold_Medal"] in got
    assert ["Apollo_13", "part", "Apollo_program"] in triples(nlp, "Apollo 13 was part of the Apollo program.")


def test_a_resource_keeps_the_sentence_spelling_of_a_normal_name(nlp: Language) -> None:
    got = triples(nlp, "Lin Qiao took part in the Shenzhou 31 mission, born in Zaoyang city, Hubei.")
    assert ["Lin_Qiao", "mission", "Shenzhou_31"] in got
    assert ["Lin_Qiao", "mission", "Shenzhou-31"] not in got


def test_the_benchmark_reads_the_country_of_birth_as_nationality_and_news_does_not(nlp: Language) -> None:
    from extract import Article, extract
    from extract.gold import extracted_keys, key

    for sentence in ("Test pilot Ed Marsh was born in Wheeler, Texas, USA.",
                     "Ed Marsh was born in the People's Republic of China on October 13, 1964.",
                     "Former pilot Ed Marsh, born in Zaoyang, China, flew twice."):
        got = triples(nlp, sentence)
        assert any(t[0] == "Ed_Marsh" and t[1] == "nationality" for t in got), sentence
        news = extracted_keys(next(extract(nlp, [Article(sentence)])))
        assert not any(k[0] == key("Ed Marsh", "nationality", "x")[0] and k[1] == "nationality" for k in news)


def test_the_benchmark_reads_the_town_someone_is_from_as_the_birthplace_and_news_as_the_hometown(
        nlp: Language) -> None:
    from extract import Article, extract
    from extract.gold import extracted_keys, key

    for sentence in ("Ed Marsh is from Zaoyang in Hubei province.", "Astronaut Ed Marsh, a pilot from Zaoyang, "
                                                                     "flew twice."):
        assert ["Ed_Marsh", "birthPlace", "Zaoyang"] in triples(nlp, sentence), sentence
        news = extracted_keys(next(extract(nlp, [Article(sentence)])))
        assert key("Ed Marsh", "hometown", "Zaoyang") in news
        assert key("Ed Marsh", "birthPlace", "Zaoyang") not in news
