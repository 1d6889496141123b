"""The model runner: dependencies from the SQL itself, dependency order, clear errors."""

import duckdb
import pytest

from casualty_claims.models import ModelError, build_order, discover, referenced_tables, run_model_tests, run_models


def test_dependencies_come_from_the_sql():
    sql = """
    with a as (select * from claims), b as (select * from a join stg_documents using (doc_id))
    select * from b natural join documents, unnest([1, 2]) as t(x)
    """
    assert referenced_tables(sql) == {"claims", "stg_documents", "documents"}


def test_project_models_are_layered_and_ordered():
    models = discover()
    layers = {m.name: m.layer for m in models}
    assert layers["stg_claims"] == "staging" and layers["daily_series"] == "marts"
    order = [m.name for m in build_order(models, {"claims", "documents"})]
    assert order.index("stg_claims") < order.index("int_claim_precedence") < order.index("daily_series")


def _write(folder, layer, name, sql):
    (folder / layer).mkdir(parents=True, exist_ok=True)
    (folder / layer / f"{name}.sql").write_text(sql)


def test_cycle_and_unknown_table_are_clear_errors(tmp_path):
    _write(tmp_path, "marts", "a", "select * from b")
    _write(tmp_path, "marts", "b", "select * from a")
    with pytest.raises(ModelError, match="cycle"):
        build_order(discover(tmp_path), set())
    other = tmp_path / "other"
    _write(other, "marts", "a", "select * from nowhere")
    with pytest.raises(ModelError, match="model a .* unknown table\\(s\\): nowhere"):
        build_order(discover(other), set())


def test_runner_builds_in_order_and_model_tests_fail_the_run(tmp_path):
    _write(tmp_path, "marts", "b_totals", "select sum(x) as total from a_base")
    _write(tmp_path, "staging", "a_base", "select x from raw_numbers")
    _write(tmp_path, "tests", "no_negative", "select * from a_base where x < 0")
    con = duckdb.connect()
    con.execute("create table raw_numbers as select * from (values (1), (2)) t(x)")
    assert run_models(con, tmp_path) == ["a_base", "b_totals"]
    assert con.execute("select total from b_totals").fetchone()[0] == 3
    assert run_model_tests(con, tmp_path) == {"no_negative": 0}
    con.execute("insert into raw_numbers values (-1)")
    with pytest.raises(ModelError, match="no_negative: 1 row"):
        run_model_tests(con, tmp_path)


def test_a_document_stating_two_windows_for_one_series_keeps_one_row_per_day(tmp_path):
    """An article may give "1,200 in the past day" and "8,000 this week" for the same series and day beside the
    cumulative figure: the series still has one row that day (it has no single stated change)."""
    from datetime import UTC, date, datetime

    from casualty_claims import load, spool
    from casualty_claims.stages import validate_batch
    from schemas import Claims, Documents, Rejects

    text = "Russia lost 1,200 soldiers in the past day, 8,000 this week and 300,000 in total, the ministry said."
    doc = {"doc_id": "d" * 16, "version": "v" * 16, "source_id": "s", "url": "https://x.org/1", "title": "t",
           "published_at": datetime(2023, 3, 2, tzinfo=UTC), "fetched_at": datetime(2023, 3, 2, tzinfo=UTC),
           "doc_kind": "article", "language": "en", "text": text}

    def claim(n, figure, scope):
        start = text.index(figure)
        return {"claim_id": f"{n:016d}", "doc_id": "d" * 16, "version": "v" * 16, "claimant": "ua_mod", "subject": "ru_military",
                "metric": "casualties", "value": int(figure.replace(",", "")), "value_low": None, "value_high": None,
                "qualifier": "exact", "scope": scope, "as_of": date(2023, 3, 2), "evidence": figure,
                "evidence_start": start, "evidence_end": start + len(figure), "extractor": "test@1"}

    tables = validate_batch({"documents": [doc], "claims": [claim(1, "1,200", "period"), claim(2, "8,000", "period"),
                                                            claim(3, "300,000", "cumulative")], "rejects": []})
    for name, model in (("documents", Documents), ("claims", Claims), ("rejects", Rejects)):
        load.write_batch(tables[name], model, spool.batch_path(tmp_path, 0, name))
    con = duckdb.connect()
    load.load_tables(con, tmp_path)
    run_models(con)
    assert run_model_tests(con)["daily_series_unique_day"] == 0
    assert con.execute("select value, stated_change from daily_series").fetchall() == [(300000, None)]
