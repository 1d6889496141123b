"""Pages built the way the real services build them, filled with real texts read from ../shared."""

import html
import json
from datetime import datetime

from tests.conftest import MINISTRY, REAL


def general_staff_posts(n: int) -> list[tuple[str, str]]:
    """(date, text) of the newest real ministry posts in ../shared, newest last."""
    rows = [json.loads(line) for line in (MINISTRY / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    posts = sorted((r["date"], r["file"]) for r in rows if r["file"].startswith("ua_mod/txt/") and r.get("kind") == "ministry_post")
    return [(day, (MINISTRY / path).read_text(encoding="utf-8")) for day, path in posts[-n:]]


def telegram_page(channel: str, messages: list[tuple[int, str, str]], before: int | None) -> str:
    """A t.me/s/<channel> preview page: messages (id, iso time, text), oldest first, and the "more" link."""
    blocks = []
    for message_id, when, text in messages:
        body = "<br/>".join(html.escape(line) for line in text.split("\n"))
        blocks.append(
            f'<div class="tgme_widget_message_wrap js-widget_message_wrap">'
            f'<div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{channel}/{message_id}" data-view="x">'
            f'<div class="tgme_widget_message_bubble"><div class="tgme_widget_message_text js-message_text" dir="auto">{body}</div>'
            f'<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">'
            f'<span class="tgme_widget_message_views">12.3K</span><span class="copyonclick">'
            f'<a class="tgme_widget_message_date" href="https://t.me/{channel}/{message_id}"><time datetime="{when}" class="time">08:00</time></a>'
            f"</span></div></div></div></div></div>"
        )
    more = f'<a class="tme_messages_more js-messages_more" data-before="{before}" href="/s/{channel}?before={before}"></a>' if before else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{channel} – Telegram</title></head><body>'
            f'<section class="tgme_channel_history js-message_history">{more}{"".join(blocks)}</section></body></html>')


def real_articles(n: int, with_claims: bool = True) -> list[dict]:
    rows = [json.loads(line) for line in (REAL / "articles" / "articles_dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if bool(r["claims"]) == with_claims and r["kind"] == "article"][:n]


def article_page(article: dict, with_date: bool = True) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n") if p.strip())
    meta = f'<meta property="article:published_time" content="{article["published"]}T09:00:00+00:00">' if with_date else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(article["title"])}</title>{meta}</head>'
            f'<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>{html.escape(article["title"])}</h1>'
            f"{paragraphs}</article><footer>© News site</footer></body></html>")


def rss_feed(items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed of (title, link, iso date)."""
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link>"
        f"<pubDate>{datetime.fromisoformat(d).strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate><description>{html.escape(t)}</description></item>"
        for t, link, d in items
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>News</title><link>http://x/</link>{entries}</channel></rss>'


def gdelt_artlist(urls: list[tuple[str, str, str]]) -> str:
    """The DOC API's artlist JSON for (url, title, yyyy-mm-dd)."""
    return json.dumps({"articles": [
        {"url": u, "url_mobile": "", "title": t, "seendate": d.replace("-", "") + "T090000Z", "socialimage": "",
         "domain": "example.org", "language": "English", "sourcecountry": "United Kingdom"} for u, t, d in urls
    ]})


def truncating_server(body: bytes, declared: int):
    """A one-shot server on 127.0.0.1 that promises `declared` bytes, sends `body` and hangs up. Returns (url, close)."""
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)

    def serve():
        try:
            while True:
                conn, _ = server.accept()
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % declared + body)
                conn.close()
        except OSError:
            return

    threading.Thread(target=serve, daemon=True).start()
    return f"http://127.0.0.1:{server.getsockname()[1]}/cut", server.close
