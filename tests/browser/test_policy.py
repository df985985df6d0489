"""The pages work under their Content-Security-Policy (issue 12): a real browser reports no
violation while it shows an answer, an article, an entity picture and the SPARQL editor."""

from __future__ import annotations

import pytest
from playwright.sync_api import ConsoleMessage, Page, expect

from tests.web.fixtures import Live

pytestmark = [pytest.mark.browser, pytest.mark.issue(12)]


def test_no_page_breaks_its_content_security_policy(page: Page, live: Live) -> None:
    refused: list[str] = []

    def note(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text or "Refused to" in message.text:
            refused.append(f"{page.url}: {message.text}")

    page.on("console", note)
    page.goto(live.url + "/ask?q=Who+is+Scott+Kelly%27s+twin%3F")
    expect(page.locator("ul.answers li").first).to_contain_text("Mark Kelly")
    page.goto(live.url + "/article/kelly-record")
    highlight = page.locator("mark.entity").first
    expect(highlight).to_be_visible()
    assert highlight.evaluate("e => getComputedStyle(e).backgroundColor") not in ("", "rgba(0, 0, 0, 0)")
    page.goto(live.url + "/entity/Scott_Kelly")
    expect(page.locator("figure.picture svg text", has_text="Mark Kelly")).to_be_visible()
    page.goto(live.url + "/sparql")
    expect(page.locator(".CodeMirror")).to_contain_text("PREFIX akg:")
    page.click(".yasqe_queryButton")
    expect(page.locator(".yasr table")).to_contain_text("Scott Kelly")
    page.goto(live.url + "/")
    page.fill("#q", "kel")
    expect(page.locator("#names option").first).to_have_attribute("value", "Scott Kelly")
    assert page.evaluate("document.querySelector('meta[http-equiv]')") is None
    assert refused == []
