"""`html` sources: a list of page URLs, or an index page plus a link pattern (a regex on
the absolute link URL), each page's main text taken out at parse time."""

import re
from collections.abc import Iterator
from urllib.parse import urljoin

import lxml.html

from casualty_claims.http import HTML_TYPES, FetchError
from casualty_claims.sources.base import KindSpec, Problem, RawDoc
from casualty_claims.sources.web import WEB_OPTIONS, client_for, fetch_page, rebase


def index_links(content: bytes, page_url: str, pattern: str) -> list[str]:
    root = lxml.html.fromstring(content)
    links, seen = [], set()
    for href in root.xpath("//a/@href"):
        url = urljoin(page_url, href.strip())
        if re.search(pattern, url) and url not in seen:
            seen.add(url)
            links.append(url)
    return links


def fetch(source, since=None, until=None, context=None) -> Iterator[RawDoc | Problem]:
    client = client_for(source)
    base = source.options.get("base_url")
    if "urls" in source.options:
        urls, origin = [rebase(u, base) for u in source.options["urls"]], "urls"
    else:
        index = rebase(source.options["index"], base)
        response = client.get(index, expect=HTML_TYPES)
        urls, origin = index_links(response.content, response.url, source.options["link_pattern"]), index
    for url in urls:
        if context and url in context.known_urls:
            continue
        yield fetch_page(client, url, None, None, origin=origin, doc_kind=source.options.get("doc_kind"))


def check(source) -> None:
    from casualty_claims.config import SourcesError

    has_urls, has_index = "urls" in source.options, "index" in source.options
    if has_urls == has_index:
        raise SourcesError(f"source '{source.id}': give either field 'urls' or fields 'index' and 'link_pattern'")
    if has_index and not source.options.get("link_pattern"):
        raise SourcesError(f"source '{source.id}': field 'link_pattern' is required with 'index'")
    if has_urls and not isinstance(source.options["urls"], list):
        raise SourcesError(f"source '{source.id}': field 'urls' must be a list")


SPEC = KindSpec(fetch=fetch, required=(), optional=(*WEB_OPTIONS, "urls", "index", "link_pattern"), check=check)

__all__ = ["FetchError", "SPEC", "index_links"]
