"""Every web kind against a server on 127.0.0.1 that answers like the real services, with real texts from ../shared."""

import json
import socket
import threading
import time
from datetime import date

import duckdb
import pytest
from werkzeug import Response

from casualty_claims.config import load_sources
from casualty_claims.http import Client, FetchError, Policy
from casualty_claims.sources import KINDS, FetchContext, Problem, RawDoc
from casualty_claims.sources.gdelt import GdeltError
from casualty_claims.sources.rss import MalformedFeed
from flows.pipeline import main
from tests.conftest import MINISTRY, write_sources
from tests.webfixtures import article_page, gdelt_artlist, general_staff_posts, real_articles, rss_feed, telegram_page

FAST = "allow_private_hosts: true, min_interval: 0, backoff: 0, retries: 2, timeout: 3"


def fetch_all(tmp_path, source_yaml: str, **kwargs):
    source = load_sources(write_sources(tmp_path, source_yaml))[0]
    context = FetchContext(tmp_path / "state")
    items = list(KINDS[source.kind].fetch(source, context=context, **kwargs))
    return [i for i in items if isinstance(i, RawDoc)], [i for i in items if isinstance(i, Problem)], context


# --- Telegram ---------------------------------------------------------------------------------

@pytest.fixture
def telegram(httpserver):
    posts = general_staff_posts(5)  # real General Staff texts, 2024
    messages = [(101 + i, f"{day}T07:00:00+00:00", text) for i, (day, text) in enumerate(posts)]
    httpserver.expect_request("/s/GeneralStaffZSU", query_string="").respond_with_data(
        telegram_page("GeneralStaffZSU", messages[2:], before=103), content_type="text/html")
    httpserver.expect_request("/s/GeneralStaffZSU", query_string="before=103").respond_with_data(
        telegram_page("GeneralStaffZSU", messages[:2], before=None), content_type="text/html")
    return messages


def test_telegram_walks_pages_back_to_since_and_keeps_a_cursor(httpserver, telegram, tmp_path):
    yaml = f"- {{id: gs, kind: telegram, channel: GeneralStaffZSU, base_url: '{httpserver.url_for('')}', {FAST}}}"
    docs, problems, context = fetch_all(tmp_path, yaml, since=date(2022, 2, 24))
    assert [d.url for d in docs] == [f"https://t.me/GeneralStaffZSU/{i}" for i in (105, 104, 103, 102, 101)]
    assert not problems and docs[0].published.startswith(telegram[-1][1][:10])
    assert "особового складу" in docs[0].content.decode() or "personnel" in docs[0].content.decode()
    assert context.cursor("gs") == {"last_id": 105}
    # A scheduled run with the cursor asks only for the first page and finds nothing new.
    again, _, _ = fetch_all(tmp_path, yaml)
    assert again == []


def test_telegram_first_page_only_without_since(httpserver, telegram, tmp_path):
    yaml = f"- {{id: gs, kind: telegram, channel: GeneralStaffZSU, base_url: '{httpserver.url_for('')}', max_pages: 1, {FAST}}}"
    docs, _, _ = fetch_all(tmp_path, yaml)
    assert len(docs) == 3


# --- RSS ---------------------------------------------------------------------------------------

def serve_articles(httpserver, articles, prefix="/news"):
    items = []
    for i, a in enumerate(articles):
        path = f"{prefix}/{i}"
        httpserver.expect_request(path).respond_with_data(article_page(a), content_type="text/html; charset=utf-8")
        items.append((a["title"], httpserver.url_for(path), f"{a['published']}T09:00:00+00:00"))
    return items


def test_rss_keywords_conditional_get_and_pages(httpserver, tmp_path):
    articles = real_articles(3)
    items = serve_articles(httpserver, articles) + [("Weather in Kyiv", httpserver.url_for("/news/weather"), "2023-01-01T00:00:00+00:00")]
    httpserver.expect_request("/feed.xml").respond_with_handler(
        lambda request: Response(status=304) if request.headers.get("If-None-Match") == '"v1"'
        else Response(rss_feed(items), content_type="application/rss+xml", headers={"ETag": '"v1"'}))
    titles = " ".join(a["title"].split()[0] for a in articles)
    yaml = f"- {{id: news, kind: rss, url: '{httpserver.url_for('/feed.xml')}', keywords: [{', '.join(repr(w) for w in titles.split())}], {FAST}}}"
    docs, problems, context = fetch_all(tmp_path, yaml)
    assert [d.url for d in docs] == [i[1] for i in items[:3]]
    assert all(d.content_type == "text/html" and d.published for d in docs)
    assert context.cursor("news")["etag"] == '"v1"'
    again, _, _ = fetch_all(tmp_path, yaml)  # 304: nothing new
    assert again == []


def test_feed_with_entities_or_broken_xml_is_refused(httpserver, tmp_path):
    bomb = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>'
    httpserver.expect_request("/bomb.xml").respond_with_data(bomb, content_type="application/rss+xml")
    httpserver.expect_request("/broken.xml").respond_with_data("<rss><channel><item>", content_type="application/rss+xml")
    for path in ("/bomb.xml", "/broken.xml"):
        with pytest.raises(MalformedFeed):
            fetch_all(tmp_path, f"- {{id: f, kind: rss, url: '{httpserver.url_for(path)}', {FAST}}}")


# --- GDELT -------------------------------------------------------------------------------------

def test_gdelt_artlist_and_its_html_error(httpserver, tmp_path):
    articles = real_articles(2)
    items = serve_articles(httpserver, articles, prefix="/gdelt-hit")
    hits = [(url, title, d[:10]) for title, url, d in items]
    httpserver.expect_request("/api/v2/doc/doc", query_string={"query": "russia losses", "mode": "artlist", "format": "json",
                                                              "maxrecords": "250", "sort": "datedesc", "timespan": "1d"}).respond_with_data(
        gdelt_artlist(hits), content_type="application/json")
    yaml = f"- {{id: g, kind: gdelt, query: 'russia losses', base_url: '{httpserver.url_for('')}', {FAST}}}"
    docs, problems, context = fetch_all(tmp_path, yaml)
    assert [d.url for d in docs] == [h[0] for h in hits] and not problems
    assert context.cursor("g")["last_seen"]
    httpserver.clear()
    httpserver.expect_request("/api/v2/doc/doc").respond_with_data(
        "<html><body>Invalid query: the query was too short.</body></html>", content_type="text/html")
    with pytest.raises(GdeltError, match="other than JSON"):
        fetch_all(tmp_path, yaml.replace("id: g", "id: g2"))


# --- HTML index ------------------------------------------------------------------------------------

def test_html_index_with_link_pattern_reads_ministry_pages(httpserver, tmp_path):
    days = ["2023-09-26", "2023-09-27", "2023-09-28"]
    links = []
    for day in days:
        path = f"/en/news/losses-{day}"
        httpserver.expect_request(path).respond_with_data((MINISTRY / f"ua_mod/html/{day}_kmugovua_en.html").read_bytes(),
                                                          content_type="text/html; charset=utf-8")
        links.append(f'<li><a href="{path}">Total combat losses {day}</a></li>')
    httpserver.expect_request("/en/news").respond_with_data(
        f"<html><body><ul>{''.join(links)}<li><a href='/en/about'>About</a></li></ul></body></html>", content_type="text/html")
    yaml = f"- {{id: mod, kind: html, index: '{httpserver.url_for('/en/news')}', link_pattern: 'losses-\\d', {FAST}}}"
    docs, problems, _ = fetch_all(tmp_path, yaml)
    assert len(docs) == 3 and not problems
    assert [d.published[:10] for d in docs] == days


# --- The whole flow against the test server ----------------------------------------------------------

@pytest.mark.usefixtures("flows_on_the_session_server")
def test_full_flow_against_the_test_server(httpserver, telegram, tmp_path):
    articles = real_articles(4)
    items = serve_articles(httpserver, articles)
    httpserver.expect_request("/feed.xml").respond_with_data(rss_feed(items), content_type="application/rss+xml")
    httpserver.expect_request("/api/v2/doc/doc").respond_with_data("Too many requests, slow down", content_type="text/plain")
    base = httpserver.url_for("")
    sources = write_sources(tmp_path, f"""
- {{id: general_staff, kind: telegram, channel: GeneralStaffZSU, base_url: '{base}', doc_kind: ministry_post, {FAST}}}
- {{id: news, kind: rss, url: '{httpserver.url_for('/feed.xml')}', {FAST}}}
- {{id: gdelt, kind: gdelt, query: 'ukraine casualties', base_url: '{base}', {FAST}}}
""")
    data = tmp_path / "data"
    assert main(["--sources", str(sources), "--data-dir", str(data), "--since", "2022-02-24"]) == 0
    with duckdb.connect(str(data / "processed" / "casualties.duckdb"), read_only=True) as con:
        per_source = dict(con.execute("select source_id, count(*) from documents group by 1").fetchall())
        assert per_source == {"general_staff": 5, "news": 4}
        ministry = con.execute("select count(*) from claims join documents using (doc_id) where source_id = 'general_staff' "
                               "and claimant = 'ua_mod' and metric = 'killed' and scope = 'cumulative'").fetchone()[0]
        assert ministry == 5
        assert con.execute("select count(*) from claims join documents using (doc_id) where source_id = 'news'").fetchone()[0] > 0
        failed = con.execute("select error from fetch_log where source_id = 'gdelt' and status = 'failed'").fetchall()
        assert failed and "other than JSON" in failed[0][0]


# --- Failure cases --------------------------------------------------------------------------------------

def client(**over) -> Client:
    return Client(Policy(**{"allow_private_hosts": True, "min_interval": 0, "backoff": 0, "retries": 2, "read_timeout": 1, **over}))


def test_timeout(httpserver):
    httpserver.expect_request("/slow").respond_with_handler(lambda r: (time.sleep(1.2), Response("late"))[1])
    with pytest.raises(FetchError, match="Timeout|timed out"):
        client(retries=0, read_timeout=0.4).get(httpserver.url_for("/slow"))
    time.sleep(1.0)  # the test server answers one request at a time: let the slow one finish


def test_connection_refused():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="ConnectionError|Max retries"):
        client(retries=0).get(f"http://127.0.0.1:{port}/")


def test_429_with_retry_after_then_ok(httpserver):
    calls = []

    def handler(request):
        calls.append(time.monotonic())
        return Response("slow down", status=429, headers={"Retry-After": "1"}) if len(calls) == 1 else Response("ok", content_type="text/html")

    httpserver.expect_request("/busy").respond_with_handler(handler)
    assert client().get(httpserver.url_for("/busy")).content == b"ok"
    assert len(calls) == 2 and calls[1] - calls[0] >= 0.9


def test_500_then_200(httpserver):
    calls = []
    httpserver.expect_request("/flaky").respond_with_handler(
        lambda r: (calls.append(1), Response("boom", status=500) if len(calls) == 1 else Response("fine", content_type="text/html"))[1])
    assert client().get(httpserver.url_for("/flaky")).content == b"fine"


def test_500_for_good_is_an_error(httpserver):
    httpserver.expect_request("/down").respond_with_data("boom", status=500)
    with pytest.raises(FetchError, match="HTTP 500"):
        client().get(httpserver.url_for("/down"))


def test_truncated_body():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)

    def serve_one():
        conn, _ = server.accept()
        conn.recv(4096)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<html>only part")
        conn.close()

    threading.Thread(target=serve_one, daemon=True).start()
    with pytest.raises(FetchError, match="not read completely"):
        client(retries=0).get(f"http://127.0.0.1:{server.getsockname()[1]}/")
    server.close()


def test_wrong_content_type_and_oversize_body(httpserver):
    httpserver.expect_request("/feed.png").respond_with_data(b"\x89PNG", content_type="image/png")
    with pytest.raises(FetchError, match="unexpected content type image/png"):
        client().get(httpserver.url_for("/feed.png"), expect=("application/rss+xml",))
    httpserver.expect_request("/huge").respond_with_data(b"x" * 300_000, content_type="text/html")
    with pytest.raises(FetchError, match="cap"):
        client(max_bytes=100_000).get(httpserver.url_for("/huge"))


@pytest.mark.parametrize("target", ["http://10.1.2.3/internal", "http://169.254.169.254/latest/meta-data", "ftp://127.0.0.1/x", "file:///etc/passwd"])
def test_redirect_to_private_address_or_other_scheme_is_refused(httpserver, target):
    httpserver.expect_request("/moved").respond_with_data("", status=302, headers={"Location": target})
    with pytest.raises(FetchError, match="refused"):
        client(allow_private_hosts=["127.0.0.1"]).get(httpserver.url_for("/moved"))


def test_private_hosts_are_refused_by_default(httpserver):
    with pytest.raises(FetchError, match="non-public address 127.0.0.1"):
        Client(Policy(min_interval=0)).get(httpserver.url_for("/"))


def test_malformed_html_gives_no_messages_and_no_crash(httpserver, tmp_path):
    httpserver.expect_request("/s/Broken").respond_with_data("<html><div class='tgme_widget_message' data-post='x/abc'><<<", content_type="text/html")
    docs, problems, _ = fetch_all(tmp_path, f"- {{id: b, kind: telegram, channel: Broken, base_url: '{httpserver.url_for('')}', {FAST}}}")
    assert docs == [] and problems == []


def test_polite_user_agent_and_pace(httpserver):
    seen = []
    httpserver.expect_request("/p").respond_with_handler(lambda r: (seen.append((time.monotonic(), r.headers["User-Agent"])), Response("ok"))[1])
    c = client(min_interval=0.5)
    c.get(httpserver.url_for("/p"))
    c.get(httpserver.url_for("/p"))
    assert seen[1][0] - seen[0][0] >= 0.45
    assert seen[0][1].startswith("casualty-claims/") and "+http" in seen[0][1]


def test_sources_file_declares_the_live_defaults():
    from tests.conftest import PROJECT

    sources = {s.id: s for s in load_sources(PROJECT / "sources.yaml")}
    kinds = {s.kind for s in sources.values()}
    assert {"telegram", "rss", "gdelt", "html"} <= kinds
    assert sources["general_staff"].options["channel"] == "GeneralStaffZSU"
    assert sources["russian_mod"].options["channel"] == "mod_russia_en"
    assert all(s.options.get("keywords") for s in sources.values() if s.kind == "rss")
    assert json.dumps([s.options for s in sources.values()])  # plain data, no code


def test_html_url_list_and_rss_entry_without_date_takes_the_pages(httpserver, tmp_path):
    articles = real_articles(2)
    items = serve_articles(httpserver, articles, prefix="/story")
    urls = [link for _, link, _ in items]
    docs, problems, _ = fetch_all(tmp_path, f"- {{id: pages, kind: html, urls: [{', '.join(repr(u) for u in urls)}], {FAST}}}")
    assert [d.url for d in docs] == urls and not problems
    assert [d.published[:10] for d in docs] == [a["published"] for a in articles]  # from the pages' meta tags
    undated = rss_feed([(articles[0]["title"], urls[0], "2022-01-01T00:00:00")]).replace(
        "<pubDate>Sat, 01 Jan 2022 00:00:00 +0000</pubDate>", "")
    httpserver.expect_request("/undated.xml").respond_with_data(undated, content_type="application/rss+xml")
    docs, _, _ = fetch_all(tmp_path, f"- {{id: undated, kind: rss, url: '{httpserver.url_for('/undated.xml')}', {FAST}}}")
    assert len(docs) == 1 and docs[0].published.startswith(articles[0]["published"])
