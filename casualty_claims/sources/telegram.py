"""`telegram` sources: a public channel's web preview, https://t.me/s/<channel>.

Each message (div.tgme_widget_message[data-post="channel/ID"]) is one document with its
permalink as URL; older pages come through ?before=<ID>. A scheduled run stops at the
last message id it saw; a first run with `since` walks back to that day.
"""

from collections.abc import Iterator

import lxml.html

from casualty_claims.http import HTML_TYPES, FetchError
from casualty_claims.sources.base import KindSpec, Problem, RawDoc
from casualty_claims.sources.web import WEB_OPTIONS, client_for, in_window, parse_day, rebase

PUBLIC = "https://t.me"
DEFAULT_MAX_PAGES = 20


def parse_page(html: bytes, page_url: str) -> tuple[list[dict], int | None]:
    """Messages of one preview page (oldest first) and the id to ask for older ones."""
    root = lxml.html.fromstring(html)
    messages = []
    for node in root.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' tgme_widget_message ')][@data-post]"):
        post = node.get("data-post", "")
        try:
            message_id = int(post.rsplit("/", 1)[1])
        except (IndexError, ValueError):
            continue
        text_nodes = node.xpath(".//div[contains(concat(' ', normalize-space(@class), ' '), ' tgme_widget_message_text ')]")
        link = node.xpath(".//a[contains(concat(' ', normalize-space(@class), ' '), ' tgme_widget_message_date ')]")
        when = node.xpath(".//a[contains(concat(' ', normalize-space(@class), ' '), ' tgme_widget_message_date ')]//time/@datetime")
        if not text_nodes or not link:
            continue  # a photo or a service message without text
        messages.append({
            "id": message_id,
            "url": link[0].get("href"),
            "published": when[0] if when else None,
            "html": lxml.html.tostring(text_nodes[0], encoding="unicode"),
        })
    more = root.xpath("//a[contains(concat(' ', normalize-space(@class), ' '), ' tme_messages_more ')]/@data-before")
    before = int(more[0]) if more and more[0].isdigit() else None
    return sorted(messages, key=lambda m: m["id"]), before


def fetch(source, since=None, until=None, context=None) -> Iterator[RawDoc | Problem]:
    client = client_for(source)
    channel = source.options["channel"]
    base = rebase(f"{PUBLIC}/s/{channel}", source.options.get("base_url"))
    cursor = context.cursor(source.id) if context else {}
    last_id = int(cursor.get("last_id", 0))
    newest = last_id
    before, pages = None, 0
    max_pages = int(source.options.get("max_pages", DEFAULT_MAX_PAGES if since is None else 10_000))
    while pages < max_pages:
        url = base if before is None else f"{base}?before={before}"
        response = client.get(url, expect=HTML_TYPES)  # a failing page fails the source: the cursor stays
        messages, older = parse_page(response.content, url)
        pages += 1
        if not messages:
            break
        reached_old = False
        for m in reversed(messages):  # newest first
            day = parse_day(m["published"])
            newest = max(newest, m["id"])
            if m["id"] <= last_id and since is None:
                reached_old = True
                continue
            if since is not None and day is not None and day < since:
                reached_old = True
                continue
            if not in_window(day, since, until) or (context and m["url"] in context.known_urls):
                continue
            if not m["published"]:
                yield Problem("missing_published", f"message {m['id']} has no time", url=m["url"])
                continue
            yield RawDoc(url=m["url"], content=m["html"].encode("utf-8"), content_type="text/html",
                         published=m["published"], title=None, doc_kind=source.options.get("doc_kind"),
                         language=source.options.get("language"), origin=url)
        if reached_old or older is None or older >= messages[0]["id"] + 1 and before is not None and older >= before:
            break
        before = older
    if context is not None and newest > last_id:
        context.save_cursor(source.id, {**cursor, "last_id": newest})


def check(source) -> None:
    from casualty_claims.config import SourcesError

    if not str(source.options["channel"]).replace("_", "").isalnum():
        raise SourcesError(f"source '{source.id}': field 'channel' must be a channel name like GeneralStaffZSU")


SPEC = KindSpec(fetch=fetch, required=("channel",), optional=(*WEB_OPTIONS, "max_pages"), check=check)

__all__ = ["FetchError", "SPEC", "parse_page"]
