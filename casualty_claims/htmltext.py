"""HTML to plain text and page metadata.

Articles: trafilatura finds the main text. Pages that carry a list of figures (the
ministry's loss posts) are read faithfully from the DOM instead, because a
main-text extractor may drop a list line it takes for page furniture.
"""

import re
from collections.abc import Callable

import lxml.html
import trafilatura
from lxml import etree

_BULLET_ONLY = re.compile(r"^[-•*·‒–—]$")
_BLOCK_TAGS = {"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "ul", "ol", "table", "blockquote", "header", "footer"}
_DROP_TAGS = ["script", "style", "noscript", "template", "svg", "iframe"]


def parse_html(html: str):
    root = lxml.html.fromstring(html)
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    return root


def html_to_text(html: str) -> str:
    """Main text of an article page, one paragraph or list item per line. A fragment (a Telegram
    message) is read whole: a main-text extractor would take it for page furniture."""
    if "<body" not in html[:5000].lower() and "<html" not in html[:5000].lower():
        return element_text(parse_html(html)) if html.strip() else ""
    text = trafilatura.extract(html, favor_recall=True, include_tables=True, include_comments=False, deduplicate=False)
    if not text:
        text = element_text(parse_html(html)) if html.strip() else ""
    return normalise_lines(text)


def element_text(element) -> str:
    """Text of an element with a line break at every block element, as a browser would show it."""
    parts: list[str] = []

    def walk(node) -> None:
        if not isinstance(node.tag, str):  # comments, processing instructions
            if node.tail:
                parts.append(node.tail)
            return
        block = node.tag.lower() in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if block:
            parts.append("\n")
        if node.tail:
            parts.append(node.tail)

    walk(element)
    return normalise_lines("".join(parts))


def smallest_block(html: str, accept: Callable[[str], bool]) -> str | None:
    """Faithful text of the smallest element whose text `accept`s, with the page's h1 first; None if none does."""
    try:
        root = parse_html(html)
    except (etree.ParserError, ValueError):
        return None
    best = None
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "head"):
            continue
        text = element.text_content()
        if (best is None or len(text) < best[0]) and accept(text):
            best = (len(text), element)
    if best is None:
        return None
    text = element_text(best[1])
    heading = root.xpath("string(//h1)").strip()
    if heading and heading not in text:
        text = normalise_lines(heading) + "\n" + text
    return text


def normalise_lines(text: str) -> str:
    """Collapse runs of spaces, strip each line, drop empty lines and lines holding only a list bullet."""
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = re.sub(r"[ \t\u00a0]+", lambda m: "\u00a0" if m.group() == "\u00a0" else " ", line).strip()
        if line and not _BULLET_ONLY.match(line):
            lines.append(line)
    return "\n".join(lines)


def page_metadata(html: str) -> dict:
    """url, title, published and language from the usual meta tags; absent ones are left out."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return {}

    def first(*xpaths):
        for xp in xpaths:
            for value in root.xpath(xp):
                if isinstance(value, str) and value.strip():
                    return value.strip()
        return None

    meta = {
        "url": first("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"),
        "title": first("//meta[@property='og:title']/@content", "//h1//text()", "//title/text()"),
        "published": first(
            "//meta[@property='article:published_time']/@content",
            "//meta[@name='date']/@content",
            "//meta[@itemprop='datePublished']/@content",
            "//time/@datetime",
        ),
        "language": first("/html/@lang"),
    }
    return {k: v for k, v in meta.items() if v}


_ISO_STAMP = re.compile(r"\b(20\d\d-\d\d-\d\d)[ T](\d\d:\d\d)")
_WRITTEN_DATE = re.compile(r"\b\d{1,2}\s+[^\W\d_]{3,12}\s+20\d\d\b")


def page_date(html: str) -> str | None:
    """The publication date of a page: its meta tags, else the first date written near the top of its text
    ("2022-04-12 06:00:00 | ID: 67225", "posted 28 September 2023", "08 липня 2022")."""
    meta = page_metadata(html).get("published")
    if meta:
        return meta
    try:
        text = element_text(parse_html(html))[:4000]
    except (etree.ParserError, ValueError):
        return None
    iso = _ISO_STAMP.search(text)
    if iso:
        return f"{iso.group(1)}T{iso.group(2)}:00"
    import dateparser  # only pages without a machine-readable date need it

    for m in _WRITTEN_DATE.finditer(text):
        parsed = dateparser.parse(m.group(), languages=["en", "uk", "ru"], settings={"STRICT_PARSING": True})
        if parsed:
            return parsed.date().isoformat()
    return None
