"""Every page passes axe-core's WCAG 2 A and AA rules in a real browser.

axe-core (MPL-2.0, vendored in tests/browser/axe/ with its licence) is injected into each
page after it has loaded; the pages' own Content-Security-Policy would refuse an injected
script, so this test's browser context bypasses CSP, and only this one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.web.fixtures import Live

pytestmark = pytest.mark.browser

AXE = Path(__file__).with_name("axe") / "axe.min.js"
RULES = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def axe_page(browser: Browser, browser_context_args: dict[str, Any]) -> Iterator[Page]:
    context: BrowserContext = browser.new_context(**browser_context_args, bypass_csp=True)
    yield context.new_page()
    context.close()


def violations(page: Page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("async rules => (await axe.run(document, rules)).violations", RULES)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['html'][:120]})" for v in found]


@pytest.mark.parametrize("path", [
    "/",
    "/ask?q=Who+is+Scott+Kelly%27s+twin+brother%3F",
    "/ask?q=Who+is+the+twin+of+Nobody+Atall%3F",
    "/entity/Scott_Kelly",
    "/article/kelly-record",
    "/articles",
])
def test_page_passes_axe(axe_page: Page, live: Live, path: str) -> None:
    axe_page.goto(live.url + path)
    assert violations(axe_page) == []


def test_sparql_editor_passes_axe_with_results_shown(axe_page: Page, live: Live) -> None:
    axe_page.goto(live.url + "/sparql")
    axe_page.click(".yasqe_queryButton")
    expect(axe_page.locator(".yasr table")).to_be_visible()
    assert violations(axe_page) == []
