"""The `casualty-pipeline` flow: fetch -> parse -> validate -> load -> build models -> publish.

Run it with `python -m flows.pipeline [--sources FILE] [--data-dir DIR] [--offline]`.
Each stage is one task over a batch of documents; the work itself lives in
casualty_claims/ and runs without Prefect.
"""

import argparse
import os
import sys
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Literal

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.orchestration import get_client
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner
from pydantic import Field

from casualty_claims.config import SourcesError, load_sources
from casualty_claims.models import ModelError
from casualty_claims.publish import PublishBusy
from casualty_claims.spool import run_spool
from casualty_claims.stages import (
    FetchReport,
    Layout,
    append_fetch_log,
    batches,
    build_and_publish,
    fingerprint,
    latest_values,
    parse_to_spool,
    per_source_counts,
    published_fingerprint,
    report_dict,
    run_report_markdown,
    series_changes,
    stored_documents,
)
from casualty_claims.summary import summarise


class AllSourcesFailed(RuntimeError):
    pass


# A day as YYYY-MM-DD. A pattern, not `date`, so that a deployment refuses a wrong --param before the run starts
# (the server checks parameters against the flow's JSON schema, and JSON schema does not enforce "format: date").
IsoDate = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$", description="a day, YYYY-MM-DD")]


class SourceFailed(RuntimeError):
    """Raised by the fetch task so that Prefect retries it; carries the report of the last attempt."""

    def __init__(self, report: FetchReport):
        super().__init__(f"source {report.source_id} failed: {report.error}")
        self.report = report


# Fetching is the one stage worth retrying (a source may be back in a minute); parse and load would repeat the same failure.
FETCH_RETRY_DELAY = float(os.environ.get("CASUALTY_FETCH_RETRY_DELAY", "30"))


@task(name="fetch", retries=2, retry_delay_seconds=FETCH_RETRY_DELAY, cache_policy=NO_CACHE)
def fetch_task(source, layout: Layout, since: date | None, until: date | None) -> FetchReport:
    from casualty_claims.stages import fetch_source

    report = fetch_source(source, layout, since, until)
    if report.error:
        get_run_logger().warning("source %s failed: %s", source.id, report.error)
        raise SourceFailed(report)
    return report


def _fetch_result(future) -> FetchReport:
    """The report of a fetch task, failed or not: one failing source never stops the others."""
    try:
        return future.result()
    except SourceFailed as exc:
        return exc.report


@task(name="parse", cache_policy=NO_CACHE)
def parse_task(batch, layout: Layout, spool_dir: str, index: int) -> dict:
    return parse_to_spool(batch, layout, Path(spool_dir), index)


@flow(name="parse-documents")
def parse_flow(data_dir: str, batch_size: int, spool_dir: str) -> dict[str, int]:
    """The parse stage as a subflow, so that its task runner can be chosen per run. It takes only the data
    dir (flow-run parameters are stored by the server) and reads the raw store itself; each batch is
    validated and written to the run's spool where it was parsed, and only its row counts come back."""
    logger = get_run_logger()
    layout = Layout(Path(data_dir))
    chunks = batches(stored_documents(layout), batch_size)
    futures = [parse_task.submit(b, layout, spool_dir, i) for i, b in enumerate(chunks)]
    totals = {"documents": 0, "claims": 0, "rejects": 0}
    for i, future in enumerate(futures, 1):  # a long backfill shows progress as it goes
        counts = future.result()
        totals = {k: totals[k] + counts[k] for k in totals}
        logger.info("parsed batch %d/%d (%d documents)", i, len(futures), len(chunks[i - 1]))
    return totals


@contextmanager
def api_shared_with_workers(kind: str):
    """Worker processes inherit our environment; without an API URL in it, each would start its own temporary
    Prefect server (seconds of start-up and a few hundred MB each). Point them at the server this run uses."""
    if kind == "thread" or os.environ.get("PREFECT_API_URL"):
        yield
        return
    os.environ["PREFECT_API_URL"] = str(get_client(sync_client=True).api_url)
    try:
        yield
    finally:
        del os.environ["PREFECT_API_URL"]  # a temporary server ends with this process; do not leave its address behind


def task_runner_for(kind: str, dask_address: str | None, workers: int | None):
    """thread: Prefect's default, in-process; process: a pool of local processes (CPU-bound parsing uses every core);
    dask: an existing Dask cluster at dask_address, or a local one with `workers` processes."""
    if kind == "thread":
        return ThreadPoolTaskRunner()
    if kind == "process":
        return ProcessPoolTaskRunner(max_workers=workers or os.cpu_count())
    from prefect_dask import DaskTaskRunner  # optional extra: pip install -e '.[dask]'

    if dask_address:
        return DaskTaskRunner(address=dask_address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers or 2, "threads_per_worker": 1, "processes": True, "dashboard_address": None})


@task(name="load-build-publish", cache_policy=NO_CACHE)
def publish_task(spool_dir: str, layout: Layout, info: dict, csv: bool = False) -> dict:
    return build_and_publish(Path(spool_dir), layout, info, csv=csv)


@flow(name="casualty-pipeline", log_prints=True)
def casualty_pipeline(
    sources_file: str = "sources.yaml",
    data_dir: str = "data",
    offline: bool = False,
    sources: list[str] | None = None,
    since: IsoDate | None = None,
    until: IsoDate | None = None,
    batch_size: int = 500,
    csv: bool = False,
    fetch_retries: int = 2,
    task_runner: Literal["thread", "process", "dask"] = "thread",
    dask_address: str | None = None,
    workers: int | None = None,
) -> dict:
    """Fetch every source (unless offline), re-parse data/raw and publish the database."""
    logger = get_run_logger()
    started = time.monotonic()
    layout = Layout(Path(data_dir).resolve())
    since_day = date.fromisoformat(since) if since else None
    until_day = date.fromisoformat(until) if until else None
    configured = load_sources(sources_file, only=sources)  # raises before any work on a bad file
    reports: list[FetchReport] = []
    if not offline:
        fetch = fetch_task.with_options(retries=fetch_retries)
        futures = [fetch.submit(s, layout, since_day, until_day) for s in configured]
        reports = [_fetch_result(f) for f in futures]
        append_fetch_log(layout, reports)
        for r in reports:
            logger.info("fetch %s: %d new, %d known, %d problems%s", r.source_id, r.new, r.known, len(r.problems),
                        f", FAILED {r.error}" if r.error else "")
    records = stored_documents(layout)
    info = {"fingerprint": fingerprint(layout, records) + ("+csv" if csv else ""), "documents_stored": len(records)}
    skipped = published_fingerprint(layout) == info["fingerprint"] and not any(r.new for r in reports)
    counts: dict = {}
    changes: list[dict] = []
    if skipped:
        logger.info("nothing new since the published build %s; keeping it", info["fingerprint"])
    else:
        runner = task_runner_for(task_runner, dask_address, workers)
        logger.info("parsing %d documents in batches of %d on the %s task runner", len(records), batch_size, task_runner)
        with run_spool(layout.processed) as spool_dir:
            with api_shared_with_workers(task_runner):
                totals = parse_flow.with_options(task_runner=runner)(str(layout.data_dir), batch_size, str(spool_dir))
            logger.info("parsed and validated %d documents: %d claims, %d rejects", totals["documents"], totals["claims"], totals["rejects"])
            before = latest_values(layout.database)
            counts = publish_task(str(spool_dir), layout, info, csv)
        changes = series_changes(before, latest_values(layout.database))
        logger.info("published %s: %s", layout.database, counts)
    summary = {
        "database": str(layout.database), "skipped": skipped, "counts": counts,
        "sources": [report_dict(r) for r in reports], "seconds": round(time.monotonic() - started, 2),
    }
    create_markdown_artifact(
        key="casualty-pipeline-run",
        markdown=run_report_markdown(summary["sources"], counts, per_source_counts(layout.database), changes, skipped),
        description="Documents, claims, rejects and failures per source; the biggest changes in the series.",
    )
    if reports and all(r.error for r in reports):
        raise AllSourcesFailed("every source failed: " + "; ".join(f"{r.source_id}: {r.error}" for r in reports))
    return summary


def _day(value: str) -> str:
    date.fromisoformat(value)  # argparse turns the ValueError into a usage error
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.pipeline", description=casualty_pipeline.__doc__)
    parser.add_argument("--sources", default="sources.yaml", help="sources file (YAML)")
    parser.add_argument("--data-dir", default="data", help="raw documents under DIR/raw, database under DIR/processed")
    parser.add_argument("--offline", action="store_true", help="re-parse data/raw without touching any source")
    parser.add_argument("--only", nargs="*", help="source ids to fetch (default: all)")
    parser.add_argument("--since", type=_day, help="backfill from this day (YYYY-MM-DD)")
    parser.add_argument("--until", type=_day, help="backfill up to this day (YYYY-MM-DD)")
    parser.add_argument("--csv", action="store_true", help="also export every mart as CSV beside the Parquet files")
    parser.add_argument("--task-runner", choices=["thread", "process", "dask"], default="thread",
                        help="where parsing runs: threads (default), local processes, or Dask")
    parser.add_argument("--dask-address", help="scheduler address of an existing Dask cluster (tcp://host:8786)")
    parser.add_argument("--workers", type=int, help="processes for --task-runner process or a local Dask cluster")
    parser.add_argument("--batch-size", type=int, default=500, help="documents per parse task")
    args = parser.parse_args(argv)
    try:
        load_sources(args.sources, only=args.only)  # fail on a bad sources file before starting a flow run
        result = casualty_pipeline(sources_file=args.sources, data_dir=args.data_dir, offline=args.offline,
                                   sources=args.only, since=args.since, until=args.until, csv=args.csv,
                                   task_runner=args.task_runner, dask_address=args.dask_address, workers=args.workers,
                                   batch_size=args.batch_size)
    except SourcesError as exc:
        print(f"error in sources file: {exc}", file=sys.stderr)
        return 2
    except AllSourcesFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (ModelError, PublishBusy, OSError) as exc:  # OSError: a full disk or a lost mount while building
        print(f"error: {exc}\nThe published database was left as it was.", file=sys.stderr)
        return 1
    print(summarise(Path(result["database"]), result["sources"], result["counts"], result["skipped"], result["seconds"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
