"""`rss` sources: any RSS or Atom feed (feedparser); each entry's page is fetched and kept.

The feed is parsed only after defusedxml has refused entity declarations, so no entity
is ever expanded. A conditional GET (ETag / Last-Modified) makes an unchanged feed cost
one small request. `keywords` keeps only entries whose title or summary names one.
"""

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime

import defusedxml.ElementTree
import feedparser

from casualty_claims.http import FEED_TYPES, FetchError
from casualty_claims.sources.base import KindSpec, Problem, RawDoc
from casualty_claims.sources.web import WEB_OPTIONS, client_for, fetch_page, in_window, matches_keywords, parse_day, rebase


class MalformedFeed(ValueError):
    pass


def parse_feed(content: bytes) -> list[dict]:
    """Entries as {url, title, published, summary}; raises MalformedFeed on entities or broken XML."""
    try:
        defusedxml.ElementTree.fromstring(content)
    except defusedxml.DefusedXmlException as exc:
        raise MalformedFeed(f"feed refused: {type(exc).__name__} (entity or DTD declarations are not allowed)") from None
    except Exception as exc:  # ParseError and friends
        raise MalformedFeed(f"feed is not well-formed XML: {exc}") from None
    parsed = feedparser.parse(content)
    entries = []
    for e in parsed.entries:
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        published = datetime.fromtimestamp(calendar.timegm(stamp), UTC).isoformat() if stamp else None
        if e.get("link"):
            entries.append({"url": e["link"], "title": e.get("title"), "published": published, "summary": e.get("summary", "")})
    return entries


def fetch(source, since=None, until=None, context=None) -> Iterator[RawDoc | Problem]:
    client = client_for(source)
    feed_url = rebase(source.options["url"], source.options.get("base_url"))
    cursor = context.cursor(source.id) if context else {}
    headers = {}
    if since is None and cursor.get("etag"):
        headers["If-None-Match"] = cursor["etag"]
    if since is None and cursor.get("last_modified"):
        headers["If-Modified-Since"] = cursor["last_modified"]
    response = client.get(feed_url, expect=FEED_TYPES, headers=headers)
    if response.status == 304:
        return  # nothing new since the last run
    entries = parse_feed(response.content)
    keywords = source.options.get("keywords")
    for entry in entries:
        if not matches_keywords(f"{entry['title'] or ''} {entry['summary']}", keywords):
            continue
        if not in_window(parse_day(entry["published"]), since, until):
            continue
        if context and entry["url"] in context.known_urls:
            continue
        yield fetch_page(client, entry["url"], entry["published"], entry["title"], origin=feed_url,
                         doc_kind=source.options.get("doc_kind"))
    if context is not None:
        context.save_cursor(source.id, {**cursor, "etag": response.headers.get("ETag"),
                                        "last_modified": response.headers.get("Last-Modified")})


SPEC = KindSpec(fetch=fetch, required=("url",), optional=(*WEB_OPTIONS, "keywords"))

__all__ = ["FetchError", "MalformedFeed", "SPEC", "parse_feed"]
