"""The benchmark-only relations: found for ``kg text2kg``, never for news articles."""

from __future__ import annotations

from spacy.language import Language

from extract import Article, extract
from extract.components.benchmark import NAME
from extract.text2kg import run

#: invented sentences that state every benchmark-only relation, each in its own phrasing
SENTENCES = [
    "The state bird of Norvania is the crested lark, and its state fossil is the spiral ammonite.",
    "Delmora's state gemstone is the blue agate.",
    "Fenwick University, whose mascot is Rowdy the Ram, is affiliated with the Prairie Academic Alliance.",
    "Fenwick University competes in the Northern Ten Conference.",
    "Norvania lies in the UTC-7 time zone.",
    "Tamsin Reyes received the Orbital Service Medal, which ranks higher than the Lunar Merit Medal.",
]
BENCHMARK_ONLY = {"stateBird", "stateFossil", "stateGemstone", "mascot", "utcOffset", "competesIn", "affiliation",
                  "outranks"}


def test_news_articles_never_give_benchmark_relations(nlp: Language) -> None:
    articles = [Article(text, id=f"a{i}") for i, text in enumerate(SENTENCES)]
    found = {f.predicate for ex in extract(nlp, articles) for f in ex.facts}
    assert not found & BENCHMARK_ONLY
    assert NAME not in nlp.pipe_names and NAME in nlp.component_names


def test_text2kg_switches_them_on_for_its_run_only(nlp: Language) -> None:
    rows = list(run(nlp, [{"id": str(i), "sent": text} for i, text in enumerate(SENTENCES)]))
    relations = {t[1] for row in rows for t in row["triples"]}
    assert {"bird", "fossil", "gemstone", "mascot", "affiliation", "competeIn", "utcOffset", "higher"} <= relations
    assert NAME not in nlp.pipe_names  # switched off again: the session's news pipeline is unchanged
