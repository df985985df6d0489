"""The question pages and API: the JSON of DESIGN.md, the HTML answer with its sources,
escaping, autocomplete and example questions."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient


def test_api_ask_returns_the_documented_json(loaded_client: FlaskClient) -> None:
    response = loaded_client.get("/api/ask", query_string={"q": "Who is Scott Kelly's twin?"})
    assert response.status_code == 200
    body = response.get_json()
    assert list(body)[:5] == ["question", "answers", "sparql", "template", "sources"]
    first = body["answers"][0]
    assert {k: v for k, v in first.items() if k != "confidence"} == {
        "label": "Mark Kelly", "value": "Mark Kelly", "iri": "https://w3id.org/astrokg/resource/Mark_Kelly",
        "kind": "entity"}
    assert 0 < first["confidence"] <= 1 and body["low_confidence"] is (body["confidence"] < 0.65)
    assert body["expects"] == "person"
    assert body["template"] == "fact" and "SELECT" in body["sparql"]
    (source,) = body["sources"]
    assert source["article"] == "kelly-record" and "identical twin" in source["sentence"]
    assert source["title"] == "Kelly passes Fincke for the US endurance mark"


def test_api_ask_without_an_answer_is_200_with_a_message(loaded_client: FlaskClient) -> None:
    body = loaded_client.get("/api/ask", query_string={"q": "Who is Yuri Gagarin?"}).get_json()
    assert body["answers"] == [] and "Yuri Gagarin" in body["message"] and body["suggestions"]


def test_planned_answers_are_marked_in_json_and_html(loaded_client: FlaskClient) -> None:
    q = {"q": "When will Gennady Padalka return?"}
    assert loaded_client.get("/api/ask", query_string=q).get_json()["answers"][0]["planned"] is True
    page = loaded_client.get("/ask", query_string=q).get_data(as_text=True)
    assert "September 2015" in page and 'class="badge planned"' in page


def test_answer_page_shows_answer_source_link_and_sparql(loaded_client: FlaskClient) -> None:
    response = loaded_client.get("/ask", query_string={"q": "Who commanded Expedition 44?"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert "<title>Who commanded Expedition 44? · astrokg</title>" in page
    assert '<a href="/entity/Gennady_Padalka">Gennady Padalka</a>' in page
    assert 'href="/article/padalka-record"' in page and "commands Expedition 44" in page
    assert "<details class=\"sparql\">" in page and "rdfs:label" in page


def test_ambiguous_names_offer_the_other_reading(loaded_client: FlaskClient) -> None:
    page = loaded_client.get("/ask", query_string={"q": "When did Kelly launch?"}).get_data(as_text=True)
    assert "I used Scott Kelly" in page
    assert 'href="/ask?q=When+did+Mark+Kelly+launch?"' in page


def test_a_question_with_markup_is_shown_as_text(loaded_client: FlaskClient) -> None:
    q = "<script>alert('x')</script> Who is Scott Kelly's twin?"
    page = loaded_client.get("/ask", query_string={"q": q}).get_data(as_text=True)
    assert "<script>alert(" not in page
    assert "&lt;script&gt;alert(" in page


def test_the_answer_json_twin_of_the_page(loaded_client: FlaskClient) -> None:
    q = {"q": "Who is Mark Kelly married to?"}
    twin = loaded_client.get("/ask", query_string=q, headers={"Accept": "application/json"}).get_json()
    assert twin == loaded_client.get("/api/ask", query_string=q).get_json()


def test_front_page_examples_work_and_have_a_json_twin(loaded_client: FlaskClient) -> None:
    data = loaded_client.get("/index.json").get_json()
    assert data["stats"]["articles"] == 4 and len(data["examples"]) >= 6
    page = loaded_client.get("/").get_data(as_text=True)
    assert '<form class="ask" action="/ask"' in page and 'list="names"' in page
    for question in data["examples"][:3]:
        assert loaded_client.get("/api/ask", query_string={"q": question}).get_json()["answers"], question


def test_autocomplete_finds_names_by_any_word(loaded_client: FlaskClient) -> None:
    found = loaded_client.get("/api/entities?prefix=kel").get_json()
    assert [e["label"] for e in found] == ["Scott Kelly", "Mark Kelly"]
    assert found[0]["url"] == "/entity/Scott_Kelly"
    assert loaded_client.get("/api/entities?prefix=").get_json() == []


def test_the_conversation_carries_the_entity(loaded_client: FlaskClient) -> None:
    body = loaded_client.get("/api/ask", query_string={
        "q": "When will he return?", "about": "https://w3id.org/astrokg/resource/Gennady_Padalka"}).get_json()
    assert body["answers"][0]["value"] == "2015-09"


def test_the_answer_page_marks_a_low_confidence_answer_and_shows_the_expected_type(loaded_app: Flask) -> None:
    from flask import render_template

    from kg.questions import Answer, Item
    from kg.questions.answer import LOW_CONFIDENCE

    weak = Answer("How many spacewalks has Ann Roe made?", (Item("3", 3, kind="number", confidence=0.4),),
                  expects="number", confidence=0.4)
    sure = Answer("How many spacewalks has Ann Roe made?", (Item("3", 3, kind="number", confidence=0.9),),
                  expects="number", confidence=0.9)
    with loaded_app.test_request_context("/ask"):
        marked = render_template("ask.html", answer=weak, max_question=500, low_confidence=LOW_CONFIDENCE)
        plain = render_template("ask.html", answer=sure, max_question=500, low_confidence=LOW_CONFIDENCE)
    assert "low-confidence" in marked and "uncertain" in marked and "0.40" in marked
    assert "low-confidence" not in plain and "uncertain" not in plain
    assert "Expected answer: number" in marked


def test_the_answer_page_shows_a_disagreement_apart_from_related_passages(loaded_app: Flask) -> None:
    from flask import render_template

    from kg.passages import Passage
    from kg.questions import Answer
    from kg.questions.answer import LOW_CONFIDENCE

    said = (Passage("a-1", "urn:a-1", "Lyra-9 flies", "Lyra-9 is commanded by Ada Penn.", 0.8, ((23, 31),)),
            Passage("a-2", "urn:a-2", "Lyra-9 lands", "Ivo Tarr, who commanded Lyra-9, spoke.", 0.8, ((0, 8),)))
    disputed = Answer("Who commanded Lyra-9?", message="The articles disagree.", passages=said, disputed=True)
    searched = Answer("Who commanded Lyra-9?", message="The articles do not say.", passages=said)
    with loaded_app.test_request_context("/ask"):
        conflict = render_template("ask.html", answer=disputed, max_question=500, low_confidence=LOW_CONFIDENCE)
        related = render_template("ask.html", answer=searched, max_question=500, low_confidence=LOW_CONFIDENCE)
    assert "The articles disagree. The sentences that state each value" in conflict
    assert "<mark>Ada Penn</mark>" in conflict and "<mark>Ivo Tarr</mark>" in conflict
    assert "may help" in related and "disagree. The sentences" not in related
    assert disputed.as_dict()["disputed"] is True and "disputed" not in searched.as_dict()


def test_the_answer_page_shows_a_withheld_answer_as_passages_not_as_an_answer(loaded_app: Flask) -> None:
    from flask import render_template

    from kg.passages import Passage
    from kg.questions import Answer, Item
    from kg.questions.answer import LOW_CONFIDENCE

    said = (Passage("a-1", "urn:a-1", "Oda Ferren", "Oda Ferren may have been born in Sallow.", 0.3, ((33, 39),)),)
    unsure = Answer("Where was Oda Ferren born?", message="The articles suggest Sallow, but not surely enough.",
                    passages=said, withheld=(Item("Sallow", "Sallow", kind="place", confidence=0.3),))
    with loaded_app.test_request_context("/ask"):
        page = render_template("ask.html", answer=unsure, max_question=500, low_confidence=LOW_CONFIDENCE)
    assert "Not sure enough to answer. The sentences that suggest Sallow" in page and "<mark>Sallow</mark>" in page
    assert "may help" not in page and "disagree" not in page
    assert unsure.as_dict()["answers"] == []
