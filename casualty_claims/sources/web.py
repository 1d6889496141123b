"""What the web kinds share: the client a source's options configure, its base URL, page fetching."""

import re
from datetime import UTC, date, datetime
from urllib.parse import urlsplit, urlunsplit

from casualty_claims.htmltext import page_date, page_metadata
from casualty_claims.http import HTML_TYPES, Client, FetchError, Policy
from casualty_claims.sources.base import Problem, RawDoc

WEB_OPTIONS = ("base_url", "allow_private_hosts", "min_interval", "max_bytes", "timeout", "retries", "backoff")


def client_for(source, default_interval: float = 1.0) -> Client:
    o = source.options
    policy = Policy(
        allow_private_hosts=o.get("allow_private_hosts", False),
        min_interval=float(o.get("min_interval", default_interval)),
        max_bytes=int(o.get("max_bytes", 5 * 1024 * 1024)),
        read_timeout=float(o.get("timeout", 20)),
        connect_timeout=min(5.0, float(o.get("timeout", 20))),
        retries=int(o.get("retries", 3)),
        backoff=float(o.get("backoff", 1.0)),
    )
    return Client(policy)


def rebase(url: str, base_url: str | None) -> str:
    """Replace scheme and host of `url` with those of `base_url` (a mirror or a test server)."""
    if not base_url:
        return url
    base, parts = urlsplit(base_url), urlsplit(url)
    prefix = base.path.rstrip("/")
    return urlunsplit((base.scheme, base.netloc, prefix + parts.path, parts.query, parts.fragment))


def in_window(day: date | None, since: date | None, until: date | None) -> bool:
    if day is None:
        return True
    return (since is None or day >= since) and (until is None or day <= until)


def matches_keywords(text: str, keywords: list[str] | None) -> bool:
    if not keywords:
        return True
    low = text.lower()
    return any(k.lower() in low for k in keywords)


def parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC).date()
    except ValueError:
        m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value)
        return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def fetch_page(client: Client, url: str, published: str | None, title: str | None, origin: str, doc_kind: str | None = None) -> RawDoc | Problem:
    """One article page: its bytes are the raw document; a missing date comes from the page's meta tags."""
    try:
        response = client.get(url, expect=HTML_TYPES)
    except FetchError as exc:
        return Problem("http_error", exc.reason, url=url)
    page = response.content.decode("utf-8", errors="replace")
    meta = page_metadata(page)
    published = published or page_date(page)
    if not published:
        return Problem("missing_published", "no date in the feed entry or the page's meta tags", url=url)
    return RawDoc(url=url, content=response.content, content_type="text/html", published=published,
                  title=title or meta.get("title"), doc_kind=doc_kind, language=meta.get("language"), origin=origin)
