"""`gdelt` sources: the GDELT DOC 2.0 API discovers articles by query; each hit's page is fetched.

The API answers JSON (mode=artlist, format=json, at most 250 records a call) or, on an
error, a plain text or HTML message: that is reported as the source's failure. It asks
for one request every 5 seconds, so that is this kind's default pace.
"""

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from casualty_claims.http import FetchError
from casualty_claims.sources.base import KindSpec, Problem, RawDoc
from casualty_claims.sources.web import WEB_OPTIONS, client_for, fetch_page, matches_keywords, rebase

PUBLIC = "https://api.gdeltproject.org/api/v2/doc/doc"
MAX_RECORDS = 250


class GdeltError(RuntimeError):
    pass


def parse_artlist(content: bytes) -> list[dict]:
    text = content.decode("utf-8", errors="replace").strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise GdeltError(f"GDELT answered something other than JSON: {text[:200]!r}") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles", []), list):
        raise GdeltError("GDELT JSON without an 'articles' list")
    return [a for a in data.get("articles", []) if isinstance(a, dict) and a.get("url")]


def _seendate(value: str | None) -> str | None:
    try:
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).isoformat() if value else None
    except ValueError:
        return None


def fetch(source, since=None, until=None, context=None) -> Iterator[RawDoc | Problem]:
    client = client_for(source, default_interval=5.0)
    api = rebase(PUBLIC, source.options.get("base_url"))
    cursor = context.cursor(source.id) if context else {}
    params = {"query": source.options["query"], "mode": "artlist", "format": "json", "maxrecords": MAX_RECORDS, "sort": "datedesc"}
    if since is not None:
        params["startdatetime"] = f"{since:%Y%m%d}000000"
        params["enddatetime"] = f"{(until or datetime.now(UTC).date()) + timedelta(days=1):%Y%m%d}000000"
    elif cursor.get("last_seen"):
        params["startdatetime"] = cursor["last_seen"]
    else:
        params["timespan"] = source.options.get("timespan", "1d")
    response = client.get(api, params=params)  # any content type: errors come back as text or HTML
    articles = parse_artlist(response.content)
    keywords = source.options.get("keywords")
    newest = cursor.get("last_seen")
    for article in articles:
        newest = max(filter(None, [newest, article.get("seendate", "").replace("T", "").replace("Z", "")])) if article.get("seendate") else newest
        if not matches_keywords(article.get("title") or "", keywords):
            continue
        if context and article["url"] in context.known_urls:
            continue
        yield fetch_page(client, article["url"], _seendate(article.get("seendate")), article.get("title"), origin=response.url,
                         doc_kind=source.options.get("doc_kind"))
    if context is not None and newest:
        context.save_cursor(source.id, {**cursor, "last_seen": newest})


SPEC = KindSpec(fetch=fetch, required=("query",), optional=(*WEB_OPTIONS, "keywords", "timespan"))

__all__ = ["FetchError", "GdeltError", "SPEC", "parse_artlist"]
