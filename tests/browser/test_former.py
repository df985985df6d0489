"""A former employer in a real browser: the entity page and a description say "formerly"
(tests/kg/questions/formerroom.py, invented names)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect
from spacy.language import Language

from tests.web.fixtures import Live, serve
from tests.web.test_former_pages import former_app
from web import close_app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def former_live(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Live]:
    app = former_app(tmp_path_factory.mktemp("former-browser") / "data", nlp)
    yield from serve(app)
    close_app(app)


def test_the_entity_page_shows_a_former_employer_as_former(page: Page, former_live: Live) -> None:
    page.goto(former_live.url + "/entity/Tova_Lindqvist")
    employers = page.locator("dt", has_text="employer").locator("xpath=following-sibling::dd[1]")
    expect(employers.locator("li", has_text="Ardenian Space Agency").locator(".former")).to_have_text("formerly")
    expect(employers.locator("li", has_text="Orbita Works").locator(".former")).to_have_count(0)


def test_a_description_shows_a_former_employer_as_former(page: Page, former_live: Live) -> None:
    page.goto(former_live.url + "/")
    page.fill("#q", "Who is Bren Okafor?")
    page.press("#q", "Enter")
    expect(page.locator("ul.answers")).to_contain_text("employer: formerly Ardenian Space Agency")
