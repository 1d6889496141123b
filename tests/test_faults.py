"""The fault suite: whatever goes wrong, the other sources still load, nothing is published half-built,
no row is lost or duplicated, and the reason is recorded."""

import errno
import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import date, timedelta

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from werkzeug import Response

from casualty_claims.extract.dates import find_dates
from flows.pipeline import main
from tests.conftest import PROJECT, write_sources
from tests.webfixtures import article_page, real_articles, rss_feed, truncating_server

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("flows_on_the_session_server")]
FAST = "allow_private_hosts: true, min_interval: 0, backoff: 0, retries: 2, timeout: 1, max_bytes: 200000"
GOOD = [{"url": f"https://local.example/{i}", "published": "2022-04-12",
         "text": f"The total combat losses of the enemy from 24.02 to 12.04 were approximately:\ntanks ‒ {700 + i},\nAPV ‒ 1946."}
        for i in range(3)]


def good_source(tmp_path) -> str:
    (tmp_path / "good.jsonl").write_text("".join(json.dumps(d) + "\n" for d in GOOD))
    return "- {id: good, kind: jsonl, path: good.jsonl}\n"


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def check_database(db) -> dict:
    """The published database is whole: models built, model tests passed, nothing duplicated."""
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) - count(distinct claim_id) from claims").fetchone() == (0,)
        assert con.execute("select count(*) - count(distinct doc_id) from documents").fetchone() == (0,)
        assert con.execute("select count(*) from daily_series").fetchone()[0] > 0
        return {
            "docs": dict(con.execute("select source_id, count(*) from documents group by 1").fetchall()),
            "log": con.execute("select source_id, status, coalesce(error, '') from fetch_log").fetchall(),
        }


def _slow(request):
    time.sleep(1.5)
    return Response("late", content_type="application/rss+xml")


def _once(bad: Response):
    calls = []

    def handler(request):
        calls.append(1)
        return bad if len(calls) == 1 else Response(rss_feed([]), content_type="application/rss+xml")
    return handler


CASES = {
    # name: (handler for /feed.xml or None for a closed port, expected in fetch_log error, whether the source fails)
    "timeout": (_slow, "Timeout", True),
    "refused": (None, "ConnectionError", True),
    "429_then_ok": (_once(Response("busy", status=429, headers={"Retry-After": "1"})), "", False),
    "500_then_ok": (_once(Response("boom", status=500)), "", False),
    "wrong_content_type": (lambda r: Response(b"\x89PNG", content_type="image/png"), "unexpected content type", True),
    "oversize": (lambda r: Response("<rss>" + "x" * 300_000, content_type="application/rss+xml"), "cap", True),
    "malformed_xml": (lambda r: Response("<rss><channel><item><title>", content_type="application/rss+xml"), "not well-formed", True),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_failing_feed_does_not_stop_the_others(httpserver, tmp_path, case):
    handler, reason, fails = CASES[case]
    if handler is None:
        url = f"http://127.0.0.1:{closed_port()}/feed.xml"
    else:
        httpserver.expect_request("/feed.xml").respond_with_handler(handler)
        url = httpserver.url_for("/feed.xml")
    sources = write_sources(tmp_path, good_source(tmp_path) + f"- {{id: feed, kind: rss, url: '{url}', {FAST}}}\n")
    assert main(["--sources", str(sources), "--data-dir", str(tmp_path / "data")]) == 0
    state = check_database(tmp_path / "data" / "processed" / "casualties.duckdb")
    assert state["docs"] == {"good": 3}
    feed_status = [(status, error) for source, status, error in state["log"] if source == "feed"]
    assert feed_status == ([("failed", feed_status[0][1])] if fails else [("ok", "")])
    assert reason in feed_status[0][1]


def test_truncated_page_and_malformed_json_and_html(httpserver, tmp_path):
    article = real_articles(1)[0]
    page = article_page(article).encode()
    httpserver.expect_request("/a").respond_with_data(page, content_type="text/html")
    cut_url, close = truncating_server(page[:200], len(page))
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss_feed([("ok", httpserver.url_for("/a"), "2022-03-02T00:00:00"), ("cut", cut_url, "2022-03-02T00:00:00")]),
        content_type="application/rss+xml")
    httpserver.expect_request("/api/v2/doc/doc").respond_with_data('{"articles": [', content_type="application/json")
    httpserver.expect_request("/s/Chan").respond_with_data("<html><body><div class='tgme_widget_message'", content_type="text/html")
    base = httpserver.url_for("")
    sources = write_sources(tmp_path, good_source(tmp_path) + f"""- {{id: feed, kind: rss, url: '{httpserver.url_for("/feed.xml")}', {FAST}}}
- {{id: gd, kind: gdelt, query: x, base_url: '{base}', {FAST}}}
- {{id: tg, kind: telegram, channel: Chan, base_url: '{base}', {FAST}}}
""")
    assert main(["--sources", str(sources), "--data-dir", str(tmp_path / "data")]) == 0
    state = check_database(tmp_path / "data" / "processed" / "casualties.duckdb")
    assert state["docs"] == {"good": 3, "feed": 1}  # the whole page came in, the truncated one did not
    log = {(s, st): e for s, st, e in state["log"]}
    assert "not read completely" in log[("feed", "rejected")]
    assert "other than JSON" in log[("gd", "failed")]
    assert ("tg", "ok") in log  # malformed HTML: no messages, no crash
    close()


def _run_with_pause(tmp_path, sources, data, where: str, api: str) -> subprocess.Popen:
    """Run the pipeline in its own process group with a pause at `where`, announced by a marker file."""
    marker = tmp_path / f"paused-{where}"
    code = f"""
import sys, time, pathlib
import casualty_claims.{ 'load' if where == 'load' else 'publish' } as target
original = target.{ 'load_tables' if where == 'load' else 'publish_file' }
def paused(*args, **kwargs):
    pathlib.Path({str(marker)!r}).write_text("here")
    time.sleep(120)
    return original(*args, **kwargs)
target.{ 'load_tables' if where == 'load' else 'publish_file' } = paused
import casualty_claims.stages as stages
stages.load = __import__('casualty_claims.load', fromlist=['x'])
from flows.pipeline import main
sys.exit(main(["--sources", {str(sources)!r}, "--data-dir", {str(data)!r}, "--offline"]))
"""
    process = subprocess.Popen([sys.executable, "-c", code], cwd=PROJECT, start_new_session=True,
                               env={**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING", "PREFECT_API_URL": api})
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert process.poll() is None, "the pipeline ended before the pause"
        assert time.monotonic() < deadline, "the pipeline never reached the pause"
        time.sleep(0.2)
    return process


@pytest.mark.parametrize("where", ["load", "publish"])
def test_sigkill_mid_load_or_mid_publish_leaves_the_published_file_intact(tmp_path, where, prefect_api):
    sources = write_sources(tmp_path, good_source(tmp_path))
    data = tmp_path / "data"
    assert main(["--sources", str(sources), "--data-dir", str(data)]) == 0
    db = data / "processed" / "casualties.duckdb"
    (tmp_path / "good.jsonl").write_text((tmp_path / "good.jsonl").read_text() + json.dumps(
        {"url": "https://local.example/new", "published": "2022-04-13",
         "text": "The total combat losses of the enemy from 24.02 to 13.04 were approximately:\ntanks ‒ 739."}) + "\n")
    assert main(["--sources", str(sources), "--data-dir", str(data)]) == 0  # the new document is in data/raw and published
    with duckdb.connect(str(db)) as con:  # as after a code change: the next run must rebuild, not skip
        con.execute("update _build set fingerprint = 'old'")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    process = _run_with_pause(tmp_path, sources, data, where, prefect_api)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before  # untouched
    check_database(db)
    assert main(["--sources", str(sources), "--data-dir", str(data), "--offline"]) == 0  # the next run completes
    assert check_database(db)["docs"] == {"good": 4}
    assert not list((data / "processed").glob(".building-*"))


def test_disk_full_during_publish(tmp_path, monkeypatch, capsys):
    from casualty_claims import publish

    sources = write_sources(tmp_path, good_source(tmp_path))
    data = tmp_path / "data"
    assert main(["--sources", str(sources), "--data-dir", str(data)]) == 0
    db = data / "processed" / "casualties.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("update _build set fingerprint = 'old'")
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    def full(built, target):
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(publish, "publish_file", full)
    assert main(["--sources", str(sources), "--data-dir", str(data), "--offline"]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not list((data / "processed").glob(".building-*"))


def test_two_runs_at_once_on_one_data_dir(tmp_path, prefect_api):
    (tmp_path / "a.jsonl").write_text(json.dumps(GOOD[0]) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps(GOOD[1]) + "\n")
    (tmp_path / "a.yaml").write_text("- {id: a, kind: jsonl, path: a.jsonl}\n")
    (tmp_path / "b.yaml").write_text("- {id: b, kind: jsonl, path: b.jsonl}\n")
    data = tmp_path / "data"
    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING", "PREFECT_API_URL": prefect_api}
    runs = [subprocess.Popen([sys.executable, "-m", "flows.pipeline", "--sources", str(tmp_path / f"{x}.yaml"), "--data-dir", str(data)],
                             cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for x in "ab"]
    for r in runs:
        assert r.wait(timeout=300) == 0, r.stderr.read().decode()[-2000:]
    # Whichever published last built from both sources' raw documents: nothing is lost.
    assert check_database(data / "processed" / "casualties.duckdb")["docs"] == {"a": 1, "b": 1}


def test_a_run_publishes_what_another_run_stored_after_it_listed_the_raw_store(tmp_path):
    # The race behind "two runs at once", made deterministic: run B has parsed source b; run A then stores source a's
    # document and publishes; B publishes last and must not drop it (it parses what it missed under the publish lock).
    from casualty_claims.config import load_sources
    from casualty_claims.spool import run_spool
    from casualty_claims.stages import Layout, build_and_publish, fetch_source, fingerprint, parse_to_spool, stored_documents

    for x, doc in zip("ab", GOOD, strict=False):
        (tmp_path / f"{x}.jsonl").write_text(json.dumps(doc) + "\n")
        (tmp_path / f"{x}.yaml").write_text(f"- {{id: {x}, kind: jsonl, path: {tmp_path / x}.jsonl}}\n")
    layout = Layout(tmp_path / "data")
    fetch_source(load_sources(str(tmp_path / "b.yaml"))[0], layout)
    with run_spool(layout.processed) as spool_b:
        listed = stored_documents(layout)
        parse_to_spool(listed, layout, spool_b, 0)
        fetch_source(load_sources(str(tmp_path / "a.yaml"))[0], layout)  # run A's fetch lands now
        with run_spool(layout.processed) as spool_a:
            parse_to_spool(stored_documents(layout), layout, spool_a, 0)
            build_and_publish(spool_a, layout, {"fingerprint": fingerprint(layout, stored_documents(layout))})
        build_and_publish(spool_b, layout, {"fingerprint": fingerprint(layout, listed)})
    assert check_database(layout.database)["docs"] == {"a": 1, "b": 1}
    with duckdb.connect(str(layout.database), read_only=True) as con:  # and its fingerprint says what it was built from
        assert con.execute("select fingerprint, documents_stored from _build").fetchone() == (fingerprint(layout, stored_documents(layout)), 2)


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(2022, 1, 1), max_value=date(2030, 12, 31)),
       st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday",
                        "3 March", "March 3, 2022", "last month", "in September", "two days ago", "during 2024"]))
def test_date_resolution_never_runs_past_publication(published, phrase):
    for mention in find_dates(f"It was said {phrase} that 12 soldiers were killed.", published):
        assert mention.day <= published
        if phrase in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
            assert published - mention.day < timedelta(days=7) and mention.day.strftime("%A") == phrase
