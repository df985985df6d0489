"""The pages in a real browser: ask in the form and see the answer and its source; open an
entity and see its picture; run a query in the SPARQL editor and see the table."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.web.fixtures import Live

pytestmark = pytest.mark.browser


def test_ask_in_the_form_and_see_the_answer_and_its_source(page: Page, live: Live, shots: Path) -> None:
    page.goto(live.url + "/")
    expect(page).to_have_title("Ask · astrokg")
    page.screenshot(path=str(shots / "index.png"))
    page.fill("#q", "kel")
    expect(page.locator("#names option").first).to_have_attribute("value", "Scott Kelly")
    page.fill("#q", "When will Kelly return to Earth?")
    page.press("#q", "Enter")
    expect(page.locator("ul.answers li").first).to_contain_text("2 March 2016")
    expect(page.locator("ul.answers .badge.planned")).to_be_visible()
    expect(page.locator("section.sources")).to_contain_text("He is due to come home on March 2")
    expect(page.locator("p.alternatives a")).to_have_text("Mark Kelly")
    page.screenshot(path=str(shots / "ask.png"))
    page.click("section.sources a.source")
    expect(page).to_have_url(live.url + "/article/kelly-record")
    expect(page.locator("mark.entity").first).to_contain_text("Scott Kelly")
    page.screenshot(path=str(shots / "article.png"))


def test_open_an_entity_and_see_its_picture(page: Page, live: Live, shots: Path) -> None:
    page.goto(live.url + "/entity/Scott_Kelly")
    picture = page.locator("figure.picture svg")
    expect(picture).to_be_visible()
    expect(picture.locator("text", has_text="Mark Kelly")).to_be_visible()
    expect(picture.locator("text", has_text="twin of")).to_be_visible()
    page.screenshot(path=str(shots / "entity.png"))
    picture.locator("a", has_text="Mark Kelly").click()
    expect(page).to_have_url(live.url + "/entity/Mark_Kelly")
    expect(page.locator("h1")).to_have_text("Mark Kelly")


def test_run_a_query_in_the_sparql_editor_and_see_the_table(page: Page, live: Live, shots: Path) -> None:
    page.goto(live.url + "/sparql")
    expect(page.locator(".yasqe")).to_be_visible()
    expect(page.locator(".CodeMirror")).to_contain_text("PREFIX akg:")
    page.click(".yasqe_queryButton")
    table = page.locator(".yasr table")
    expect(table).to_be_visible()
    expect(table).to_contain_text("Scott Kelly")
    expect(table.locator("th", has_text="articles")).to_be_visible()
    gap = page.evaluate("""() => {
        const row = document.querySelector(".yasr tbody tr"), range = document.createRange();
        const right = el => { range.selectNodeContents(el); return range.getBoundingClientRect().right; };
        const left = el => { range.selectNodeContents(el); return range.getBoundingClientRect().left; };
        return left(row.cells[1]) - right(row.querySelector(".rowNumber"));
    }""")
    assert gap >= 8, f"row numbers run into the first column ({gap:.1f} px apart)"
    page.screenshot(path=str(shots / "sparql.png"))


def test_an_unanswered_question_shows_passages_apart_from_answers(page: Page, live: Live, shots: Path) -> None:
    page.goto(live.url + "/")
    page.fill("#q", "What does a public affairs officer do?")
    page.press("#q", "Enter")
    expect(page.locator("p.no-answer")).to_be_visible()
    expect(page.locator("ul.answers")).to_have_count(0)
    block = page.locator("section.passages")
    expect(block.locator("h2")).to_have_text("The graph has no answer. These passages from the articles may help:")
    expect(block.locator("mark").first).to_have_text("public")
    page.screenshot(path=str(shots / "passages.png"))
    block.locator("a.source").first.click()
    expect(page).to_have_url(live.url + "/article/kelly-record")
