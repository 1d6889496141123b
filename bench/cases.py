"""The benchmark cases; each runs in a child process so that its peak memory is its own."""

import multiprocessing
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
NUMBER = re.compile(r"\d[\d,\u00a0 ]*")
SIZES = {
    "full": {"posts": 5000, "articles": 2000, "rebuild": 100_000, "claims": 1_000_000},
    "quick": {"posts": 1000, "articles": 300, "rebuild": 2_000, "claims": 100_000},
}


def _child(target, queue, *args):
    try:
        result = target(*args)
        result.setdefault("peak_rss_mb", round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))
        queue.put(result)
    except Exception as exc:  # report, do not hang the parent
        queue.put({"error": f"{type(exc).__name__}: {exc}"})


def in_child(target, *args) -> dict:
    # spawn, not fork: the child exits normally, so Prefect's temporary server is stopped at its exit
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=_child, args=(target, queue, *args))
    process.start()
    result = queue.get()
    process.join()
    return result


def _timed(fn, items, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn(items)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _baseline(texts):
    for t in texts:
        NUMBER.findall(t)


def _reader_case(docs: list[dict], read, repeat: int) -> dict:
    """Time a reader over texts in hand beside the bare baseline over the same texts."""
    pairs = [(d["text"], date.fromisoformat(d["published"][:10])) for d in docs]
    wall = _timed(lambda items: [read(t, p) for t, p in items], pairs, repeat)
    base = _timed(_baseline, [t for t, _ in pairs], repeat)
    n = len(docs)
    return {"documents": n, "wall_s": round(wall, 3), "docs_per_s": round(n / wall), "baseline_docs_per_s": round(n / base),
            "ratio_to_baseline": round(wall / base, 1)}


def case_parse_posts(n: int, repeat: int) -> dict:
    from bench.corpus import corpus
    from casualty_claims.ministry import parse_ministry_post

    return _reader_case(corpus(n, 0), parse_ministry_post, repeat)


def case_extract_articles(n: int, repeat: int) -> dict:
    from bench.corpus import corpus
    from casualty_claims.extract import extract_claims

    return _reader_case(corpus(0, n), extract_claims, repeat)


def case_rebuild(n: int, workdir: Path) -> dict:
    """Fill a raw store with n documents (half posts, half articles), then time an offline rebuild in a child process."""
    from bench.corpus import corpus
    from casualty_claims.rawstore import store
    from casualty_claims.sources.base import RawDoc

    data = workdir / "rebuild"
    fetched = datetime(2026, 1, 1, tzinfo=UTC)
    for d in corpus(n // 2, n - n // 2):
        store(data / "raw", "bench", RawDoc(d["url"], d["text"].encode(), "text/plain", d["published"], d["title"], d["kind"], d["language"]),
              fetched_at=fetched)
    sources = workdir / "none.yaml"
    sources.write_text("sources: []\n")
    env = {**os.environ, "PREFECT_HOME": str(workdir / "prefect"), "PREFECT_LOGGING_LEVEL": "INFO"}
    log = workdir / "rebuild.log"
    started = time.perf_counter()
    with open(log, "w") as out:
        process = subprocess.Popen([sys.executable, "-m", "flows.pipeline", "--offline", "--sources", str(sources), "--data-dir", str(data),
                                    "--task-runner", "process", "--batch-size", "2000"], cwd=PROJECT, env=env, stdout=out, stderr=subprocess.STDOUT)
        peak = _watch_tree_rss(process)
    wall = time.perf_counter() - started
    if process.returncode != 0:
        return {"error": log.read_text()[-2000:]}
    stages = [line[:12] + " " + line.split(" - ", 1)[-1].strip() for line in log.read_text().splitlines()
              if re.search(r"\| INFO .*(parsing \d+|parsed \d+ documents|validated|published )", line)]
    return {"documents": n, "wall_s": round(wall, 2), "docs_per_s": round(n / wall), "peak_rss_mb": round(peak / 2**20, 1),
            "stages": [s[:100] for s in stages],
            "note": "includes Prefect start-up (a temporary server); parsing on a local process pool; peak = whole process tree"}


def _watch_tree_rss(process) -> int:
    """Wait for `process`, sampling the summed RSS of it and all its descendants (pool workers, the Prefect server)."""
    import psutil

    peak = 0
    root = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            total = sum(p.memory_info().rss for p in [root, *root.children(recursive=True)])
            peak = max(peak, total)
        except psutil.Error:
            pass
        time.sleep(0.2)
    return peak


def case_sql_models(n_claims: int, repeat: int) -> dict:
    import duckdb
    import pandas as pd

    from casualty_claims import load, models

    claimants = ["ua_mod", "ru_mod", "un", "ua_president", "us_gov", "uk_gov", "ua_other", "other"]
    subjects = ["ru_military", "ua_military", "civilians"]
    metrics = ["killed", "wounded", "casualties", "tanks", "uav"]
    n_docs = max(n_claims // 50, 1)
    start = date(2022, 2, 25).toordinal()
    docs = pd.DataFrame({
        "doc_id": [f"{i:016x}" for i in range(n_docs)], "version": [f"{i:016x}" for i in range(n_docs)], "source_id": "bench",
        "url": [f"https://bench/{i}" for i in range(n_docs)], "title": "t",
        "published_at": [datetime.fromordinal(start + i % 1600).replace(tzinfo=UTC) for i in range(n_docs)],
        "fetched_at": datetime(2026, 1, 1, tzinfo=UTC), "doc_kind": "article", "language": "en", "text": "x",
    })
    i = pd.RangeIndex(n_claims)
    doc = i // 50
    claims = pd.DataFrame({
        "claim_id": [f"{k:016x}" for k in i], "doc_id": docs["doc_id"].values[doc], "version": docs["version"].values[doc],
        "claimant": [claimants[k % len(claimants)] for k in i], "subject": [subjects[(k // 8) % 3] for k in i],
        "metric": [metrics[(k // 24) % 5] for k in i], "value": (i * 7 % 100_000).astype("int64"), "value_low": pd.NA, "value_high": pd.NA,
        "qualifier": "exact", "scope": ["cumulative" if k % 4 else "period" for k in i],
        "as_of": [date.fromordinal(start + (k // 50) % 1600) for k in i], "evidence": "x", "evidence_start": 0, "evidence_end": 1,
        "extractor": "bench",
    }).astype({"value_low": "Int64", "value_high": "Int64"})
    con = duckdb.connect()
    from casualty_claims import spool
    from casualty_claims.validate import frame
    from schemas import Claims, Documents, Rejects

    folder = Path(tempfile.mkdtemp(prefix="casualty-bench-sql-"))
    for name, model, df in (("documents", Documents, docs), ("claims", Claims, claims), ("rejects", Rejects, frame(Rejects, []))):
        load.write_batch(frame(model, df), model, spool.batch_path(folder, 0, name))
    load.load_tables(con, folder)
    shutil.rmtree(folder, ignore_errors=True)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        models.run_models(con)
        times.append(time.perf_counter() - started)
    wall = statistics.median(times)
    return {"claims": n_claims, "wall_s": round(wall, 2), "docs_per_s": round(n_claims / wall),
            "daily_series_rows": con.execute("select count(*) from daily_series").fetchone()[0]}


def case_nothing_new(workdir: Path, repeat: int) -> dict:
    os.environ.setdefault("PREFECT_HOME", str(workdir / "prefect-nothing"))
    os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING"
    from prefect import flow

    from flows.pipeline import casualty_pipeline

    @flow(name="empty")
    def empty() -> None:
        return None

    data = workdir / "nothing"
    casualty_pipeline(sources_file=str(PROJECT / "demo" / "sources.yaml"), data_dir=str(data))  # the first run builds
    empty()  # the temporary server is up for both from here on
    runs, empties = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        result = casualty_pipeline(sources_file=str(PROJECT / "demo" / "sources.yaml"), data_dir=str(data))
        runs.append(time.perf_counter() - started)
        assert result["skipped"]
        started = time.perf_counter()
        empty()
        empties.append(time.perf_counter() - started)
    run, base = statistics.median(runs), statistics.median(empties)
    return {"wall_s": round(run, 3), "empty_flow_s": round(base, 3), "ratio_to_baseline": round(run / base, 2), "docs_per_s": None}


