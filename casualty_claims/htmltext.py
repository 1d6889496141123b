"""HTML to plain text (trafilatura) and page metadata from meta tags (lxml)."""

import re

import lxml.html
import trafilatura

_BULLET_ONLY = re.compile(r"^[-•*·‒–—]$")


def html_to_text(html: str) -> str:
    """Main text of a page, one paragraph or list item per line."""
    text = trafilatura.extract(html, favor_recall=True, include_tables=True, include_comments=False, deduplicate=False)
    if not text:
        text = lxml.html.fromstring(html).text_content() if html.strip() else ""
    return normalise_lines(text)


def normalise_lines(text: str) -> str:
    """Strip each line, join list bullets that trafilatura puts on a line of their own, drop empty lines."""
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = re.sub(r"[ \t]+", " ", line).strip()
        if line and not _BULLET_ONLY.match(line):
            lines.append(line)
    return "\n".join(lines)


def page_metadata(html: str) -> dict:
    """url, title, published and language from the usual meta tags; absent ones are left out."""
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return {}
    def first(*xpaths):
        for xp in xpaths:
            for value in root.xpath(xp):
                if isinstance(value, str) and value.strip():
                    return value.strip()
        return None
    meta = {
        "url": first("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"),
        "title": first("//meta[@property='og:title']/@content", "//title/text()", "//h1//text()"),
        "published": first(
            "//meta[@property='article:published_time']/@content",
            "//meta[@name='date']/@content",
            "//meta[@itemprop='datePublished']/@content",
            "//time/@datetime",
        ),
        "language": first("/html/@lang"),
    }
    return {k: v for k, v in meta.items() if v}
