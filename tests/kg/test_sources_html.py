"""HTML articles are turned into text before extraction."""

from __future__ import annotations

from kg.sources import html_article


def test_html_becomes_text_with_its_title_and_date() -> None:
    page = ("<html><head><title>Koch lands</title><meta property='article:published_time' content='2020-02-06'>"
            "</head><body><nav>Home | News</nav><article><h1>Koch lands</h1><p>Christina Koch landed in "
            "Kazakhstan.</p><script>track()</script></article></body></html>")
    article = html_article(page, "page.html")
    assert article.title == "Koch lands"
    assert article.published == "2020-02-06"
    assert "Christina Koch landed in Kazakhstan." in article.text
    assert "track()" not in article.text and "Home" not in article.text
