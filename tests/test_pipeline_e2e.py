"""The whole flow, through Prefect, into a temporary data dir; then the published DuckDB is queried."""

import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import main
from tests.conftest import MINISTRY, PROJECT, write_sources

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("flows_on_the_session_server")]
DETERMINISTIC = ["documents", "document_versions", "claims", "claims_history", "rejects", "daily_series", "int_claim_precedence"]


def table_digests(database: Path) -> dict[str, str]:
    with duckdb.connect(str(database), read_only=True) as con:
        return {t: hashlib.sha256(repr(con.execute(f"select * from {t} order by all").fetchall()).encode()).hexdigest()
                for t in DETERMINISTIC}


def query(database: Path, sql: str, *params):
    with duckdb.connect(str(database), read_only=True) as con:
        return con.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    data = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--sources", str(PROJECT / "demo" / "sources.yaml"), "--data-dir", str(data)]) == 0
    return data


def test_demo_run_publishes_documents_claims_and_series(demo, capsys):
    db = demo / "processed" / "casualties.duckdb"
    assert db.exists() and not list((demo / "processed").glob(".building-*"))
    n_docs, n_claims = query(db, "select (select count(*) from documents), (select count(*) from claims)")[0]
    posts = sum(1 for _ in (PROJECT / "demo" / "ministry_posts.jsonl").open())
    articles = sum(1 for _ in (PROJECT / "demo" / "articles.jsonl").open())
    assert n_docs == posts + articles
    assert n_claims > posts * 12
    # Every demo post figure is the reference figure for its day (the demo carries real figures).
    personnel = {r["date"]: r["personnel"] for r in json.loads((MINISTRY / "reference/petroivaniuk_russia_losses_personnel.json").read_text())}
    rows = query(db, "select day, value from daily_series where claimant = 'ua_mod' and metric = 'killed' and reported")
    assert len(rows) == posts
    assert all(personnel[d.isoformat()] == v for d, v in rows)
    # The series is daily and carried forward between reports.
    first, last, days = query(db, "select min(day), max(day), count(*) from daily_series where claimant = 'ua_mod' and metric = 'killed'")[0]
    assert days == (last - first).days + 1
    gap = query(db, "select value, reported, claim_id is not null from daily_series "
                    "where claimant = 'ua_mod' and metric = 'killed' and day = date '2022-03-02'")
    assert gap == [(5710, False, True)]
    stated = query(db, "select change, stated_change from daily_series where claimant = 'ua_mod' and metric = 'killed' and day = date '2023-10-22'")
    assert stated == [(980, 980)]


def test_readme_queries_run_against_the_demo_database(demo):
    from tests.test_readme import readme_queries

    db = demo / "processed" / "casualties.duckdb"
    for name, sql in readme_queries().items():
        assert query(db, sql), f"README query {name} returned no rows"
    seed = query(db, readme_queries()["kyiv-vs-moscow"])
    assert (date(2022, 3, 3), "ua_president", 9000, "ru_mod", 498, 18.1) in seed


def test_marts_on_the_demo(demo):
    db = demo / "processed" / "casualties.duckdb"
    latest = dict(((c, s, m), v) for c, s, m, v in query(db, "select claimant, subject, metric, value_point from latest_claims"))
    assert latest[("ru_mod", "ru_military", "killed")] == 5937  # Shoigu, September 2022
    assert latest[("un", "civilians", "killed")] == 12654
    ratio = query(db, "select ratio from source_comparison where day = date '2022-03-02' and claimant_a = 'ua_mod' "
                      "and claimant_b = 'ru_mod' and metric = 'killed'")
    assert ratio == [(pytest.approx(5710 / 498),)]
    for mart in ("daily_series", "source_comparison", "latest_claims", "anomalies"):
        exported = demo / "processed" / f"{mart}.parquet"
        assert exported.exists()
        assert query(db, f"select count(*) from read_parquet('{exported}')") == query(db, f"select count(*) from {mart}")
    comments = query(db, "select count(*) from duckdb_columns() where table_name = 'daily_series' and comment is null")
    assert comments == [(0,)]


def test_charts_and_report(demo, tmp_path):
    from casualty_claims.report import build_report

    page = build_report(demo / "processed" / "casualties.duckdb", tmp_path)
    html = page.read_text(encoding="utf-8")
    charts = sorted((tmp_path / "charts").glob("*.png"))
    assert len(charts) > 10 and all(c.stat().st_size > 10_000 for c in charts)
    assert "charts/ru_military__killed.png" in html and "href=\"https://demo.casualty-claims.example/news/" in html


def test_summary_is_printed(demo, capsys):
    assert main(["--sources", str(PROJECT / "demo" / "sources.yaml"), "--data-dir", str(demo)]) == 0
    out = capsys.readouterr().out
    assert "casualty-pipeline:" in out and "demo_ua_mod" in out and "tables: documents" in out
    assert "nothing new" in out  # same raw data, same code: the published build is kept


def test_rebuild_from_raw_gives_identical_tables(demo, tmp_path):
    before = table_digests(demo / "processed" / "casualties.duckdb")
    copy = tmp_path / "data"
    shutil.copytree(demo / "raw", copy / "raw")
    assert main(["--sources", str(PROJECT / "demo" / "sources.yaml"), "--data-dir", str(copy), "--offline"]) == 0
    assert table_digests(copy / "processed" / "casualties.duckdb") == before


@pytest.mark.parametrize("runner", ["dask", "process"])
def test_parsing_on_a_local_dask_cluster_or_processes_gives_identical_tables(demo, tmp_path, runner):
    before = table_digests(demo / "processed" / "casualties.duckdb")
    copy = tmp_path / "data"
    shutil.copytree(demo / "raw", copy / "raw")
    args = ["--sources", str(PROJECT / "demo" / "sources.yaml"), "--data-dir", str(copy), "--offline",
            "--task-runner", runner, "--workers", "2", "--batch-size", "10"]
    assert main(args) == 0
    assert table_digests(copy / "processed" / "casualties.duckdb") == before


def test_real_ministry_posts_end_to_end(tmp_path):
    sources = write_sources(tmp_path, (
        f"- id: ua_mod_posts\n  kind: directory\n  path: {MINISTRY / 'ua_mod' / 'txt'}\n  manifest: {MINISTRY / 'manifest.jsonl'}\n"
    ))
    data = tmp_path / "data"
    assert main(["--sources", str(sources), "--data-dir", str(data)]) == 0
    db = data / "processed" / "casualties.duckdb"
    assert query(db, "select count(*) from documents where doc_kind = 'ministry_post'") == [(331,)]
    assert query(db, "select count(*) from rejects") == [(0,)]
    assert query(db, "select count(distinct doc_id) from claims") == [(331,)]
    # The post is the truth, typos included: 2023-10-23 says 294799 (+870).
    row = query(db, "select value, change, stated_change from daily_series where metric = 'killed' and day = date '2023-10-23'")
    assert row == [(294799, 294799 - 293830, 870)]
    tanks = query(db, "select day, value, change from daily_series where metric = 'tanks' and day in (date '2023-05-27', date '2023-05-28') order by day")
    assert tanks == [(date(2023, 5, 27), 3799, 4), (date(2023, 5, 28), 3797, -2)]
    # Two posts claim 2023-12-28 (one of them mislabelled); the rule picks the later publication.
    chosen = query(db, """select value, count(*) over () from int_claim_precedence
                          where metric = 'killed' and scope = 'cumulative' and as_of = date '2023-12-28' and is_chosen""")
    assert chosen == [(357520, 1)]
    assert query(db, "select count(*) from int_claim_precedence where metric = 'killed' and scope = 'cumulative' and as_of = date '2023-12-28'") == [(2,)]
    # The anomalies the real posts carry show up.
    found = set(query(db, "select anomaly, metric, day from anomalies where anomaly <> 'gap'"))
    assert {
        ("stated_change_mismatch", "killed", date(2023, 10, 23)),  # 294799 (+870)
        ("series_decrease", "killed", date(2023, 11, 13)),  # 311550 after 311750
        ("stated_change_mismatch", "killed", date(2023, 11, 13)),  # (+800)
        ("series_decrease", "tanks", date(2023, 5, 28)),  # 3799 -> 3797
        ("same_day_conflict", "killed", date(2023, 12, 28)),  # the post headed "to 28.12.23"
    } <= found
    gaps = query(db, "select count(*) from anomalies where anomaly = 'gap' and metric = 'killed'")[0][0]
    assert gaps > 10  # the collection misses days


def test_changed_document_becomes_a_new_version_with_history(tmp_path):
    url = "https://demo.casualty-claims.example/revised"
    first = {"url": url, "published": "2022-04-12", "kind": "ministry_post",
             "text": "The total combat losses of the enemy from 24.02 to 12.04 were approximately:\ntanks ‒ 730,\nAPV ‒ 1946."}
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(first) + "\n")
    sources = write_sources(tmp_path, "- {id: feed, kind: jsonl, path: feed.jsonl}\n")
    data = tmp_path / "data"
    assert main(["--sources", str(sources), "--data-dir", str(data)]) == 0
    feed.write_text(json.dumps({**first, "text": first["text"].replace("730", "732")}) + "\n")
    assert main(["--sources", str(sources), "--data-dir", str(data)]) == 0
    db = data / "processed" / "casualties.duckdb"
    assert query(db, "select count(*) from documents") == [(1,)]
    assert query(db, "select count(*) from document_versions") == [(2,)]
    assert query(db, "select value from claims where metric = 'tanks'") == [(732,)]
    assert query(db, "select value from claims_history where metric = 'tanks'") == [(730,)]
    assert query(db, "select value from claims where metric = 'armored_vehicles'") == [(1946,)]


def test_bad_input_is_quarantined_and_the_run_goes_on(tmp_path, monkeypatch):
    from casualty_claims import parse

    lines = [
        json.dumps({"url": "https://x.org/good", "published": "2022-04-12",
                    "text": "The total combat losses of the enemy from 24.02 to 12.04 were approximately:\ntanks ‒ 732."}),
        "{broken json",
        json.dumps({"url": "https://x.org/bad-date", "published": "someday soon", "text": "Text."}),
        json.dumps({"url": "https://x.org/boom", "published": "2022-04-12", "text": "EXPLODE here"}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n")
    real_extract = parse.extract_claims

    def fragile(text, published, title=None, doc_kind=None):
        if "EXPLODE" in text:
            raise RuntimeError("extractor crashed")
        return real_extract(text, published, title=title, doc_kind=doc_kind)

    monkeypatch.setattr(parse, "extract_claims", fragile)
    sources = write_sources(tmp_path, "- {id: feed, kind: jsonl, path: feed.jsonl}\n")
    assert main(["--sources", str(sources), "--data-dir", str(tmp_path / "data")]) == 0
    db = tmp_path / "data" / "processed" / "casualties.duckdb"
    rejects = query(db, "select stage, reason from rejects order by stage, reason")
    assert rejects == [("extract", "RuntimeError"), ("parse", "bad_published")]
    assert query(db, "select count(*) from fetch_log where error like 'malformed_json%'") == [(1,)]
    assert query(db, "select value from claims where metric = 'tanks'") == [(732,)]


def test_a_failing_source_does_not_stop_the_others_and_all_failing_exits_non_zero(tmp_path, capsys):
    (tmp_path / "good.jsonl").write_text(json.dumps({"url": "https://x.org/1", "published": "2022-03-02", "text": "Quiet day."}) + "\n")
    (tmp_path / "bad.jsonl").write_bytes(b"\xff\xfe not utf-8\n")
    sources = write_sources(tmp_path, "- {id: good, kind: jsonl, path: good.jsonl}\n- {id: bad, kind: jsonl, path: bad.jsonl}\n")
    assert main(["--sources", str(sources), "--data-dir", str(tmp_path / "data")]) == 0
    assert "FAILED: UnicodeDecodeError" in capsys.readouterr().out
    only_bad = write_sources(tmp_path, "- {id: bad, kind: jsonl, path: bad.jsonl}\n")
    assert main(["--sources", str(only_bad), "--data-dir", str(tmp_path / "data2")]) == 1
    assert "every source failed" in capsys.readouterr().err


def test_bad_sources_file_fails_before_any_work(tmp_path, capsys):
    sources = write_sources(tmp_path, "- {id: a, kind: gopher}\n")
    assert main(["--sources", str(sources), "--data-dir", str(tmp_path / "data")]) == 2
    assert "source 'a': field 'kind'" in capsys.readouterr().err
    assert not (tmp_path / "data").exists()
