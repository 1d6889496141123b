"""The pipeline's stages as plain functions; flows/pipeline.py only orchestrates them."""

import hashlib
import json
import os
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from casualty_claims import load, models, publish, spool
from casualty_claims.config import Source
from casualty_claims.parse import parse_batch
from casualty_claims.rawstore import StoredDoc, iter_stored, known_urls, store, stored_keys
from casualty_claims.sources import KINDS, FetchContext, Problem
from casualty_claims.validate import frame, validate_claims, validate_documents
from schemas import Claims, Documents, Rejects

PROJECT_DIR = Path(__file__).resolve().parent.parent
BUILD_MEMORY_LIMIT = os.environ.get("CASUALTY_BUILD_MEMORY_LIMIT", "1GB")


@dataclass
class FetchReport:
    source_id: str
    new: int = 0
    known: int = 0
    problems: list[dict] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0


@dataclass(frozen=True)
class Layout:
    """Where a run reads and writes, all under one data dir."""

    data_dir: Path

    @property
    def raw(self) -> Path:
        return self.data_dir / "raw"

    @property
    def processed(self) -> Path:
        return self.data_dir / "processed"

    @property
    def state(self) -> Path:
        return self.data_dir / "state"

    @property
    def database(self) -> Path:
        return self.processed / publish.DB_NAME


def fetch_source(source: Source, layout: Layout, since=None, until=None) -> FetchReport:
    """Fetch one source into the raw store. Never raises: a failing source is reported, not fatal."""
    report, started = FetchReport(source.id), time.monotonic()
    now = datetime.now(UTC)
    try:
        context = FetchContext(layout.state, known_urls(layout.raw, source.id))
        for item in KINDS[source.kind].fetch(source, since=since, until=until, context=context):
            if isinstance(item, Problem):
                report.problems.append({"source_id": source.id, "url": item.url, "status": "rejected",
                                        "error": f"{item.reason}: {item.detail}", "at": now.isoformat()})
                continue
            _, is_new = store(layout.raw, source.id, item, fetched_at=now)
            report.new += is_new
            report.known += not is_new
    except Exception as exc:  # one failing source must not stop the others
        report.error = f"{type(exc).__name__}: {exc}"
    report.seconds = round(time.monotonic() - started, 3)
    return report


def append_fetch_log(layout: Layout, reports: list[FetchReport]) -> None:
    layout.state.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC).isoformat()
    with (layout.state / "fetch_log.jsonl").open("a", encoding="utf-8") as handle:
        for r in reports:
            entries = r.problems + [{"source_id": r.source_id, "url": None, "status": "failed" if r.error else "ok",
                                     "error": r.error, "at": now, "new": r.new, "known": r.known}]
            for entry in entries:
                handle.write(json.dumps(entry, ensure_ascii=False) + "\n")


def stored_documents(layout: Layout, source_ids: list[str] | None = None) -> list[StoredDoc]:
    return iter_stored(layout.raw, source_ids)


def batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


PARSED_MODELS = {"documents": Documents, "claims": Claims, "rejects": Rejects}


def parse_documents(records: list[StoredDoc], layout: Layout) -> dict[str, pd.DataFrame]:
    """Parse and validate one batch. Validating here spreads it over the workers with the parsing
    (a document's claims are always in its own batch)."""
    rows = parse_batch(records, layout.raw)
    return validate_batch({name: frame(model, rows[name]) for name, model in PARSED_MODELS.items()})


def parse_to_spool(records: list[StoredDoc], layout: Layout, spool_dir: Path, index: int) -> dict[str, int]:
    """Parse and validate batch `index`, write it to the run's spool; returns row counts (all that crosses back)."""
    tables = parse_documents(records, layout)
    for name, model in PARSED_MODELS.items():
        load.write_batch(tables[name], model, spool.batch_path(spool_dir, index, name))
    spool.write_manifest(spool_dir, index, [record_key(r) for r in records])
    return {name: len(df) for name, df in tables.items()}


def record_key(record: StoredDoc) -> str:
    return f"{record.source_id}/{record.version}__{record.doc_id}"


def catch_up(spool_dir: Path, layout: Layout, batch_size: int = 500) -> list[StoredDoc] | None:
    """Parse into the spool what reached the raw store after this run listed it (another run's fetch, stored while
    this one parsed); called under the publish lock, so the last build published holds every stored document.
    Returns the raw store as it is now, or None when nothing came (file names are compared; no sidecar is read)."""
    done, index = spool.spooled_keys(spool_dir)
    if stored_keys(layout.raw) <= done:
        return None
    records = stored_documents(layout)
    missing = [r for r in records if record_key(r) not in done]
    for i, chunk in enumerate(batches(missing, batch_size)):
        parse_to_spool(chunk, layout, spool_dir, index + i)
    return records


def validate_batch(parsed: dict) -> dict[str, pd.DataFrame]:
    """Check every row against schemas/; failures join the rejects with the failing check."""
    parsed = {name: frame(model, parsed[name]) for name, model in PARSED_MODELS.items()}
    # One document stored by two sources is one document: keep the first, not two rows that fail "unique".
    documents = parsed["documents"].drop_duplicates(["doc_id", "version"], keep="first")
    claims = parsed["claims"].drop_duplicates(["claim_id", "version"], keep="first")
    docs, doc_failures = validate_documents(documents)
    claims, claim_failures = validate_claims(claims, docs)
    rejects = parsed["rejects"].to_dict("records")
    for failures in (doc_failures, claim_failures):
        for row in failures.itertuples():
            rejects.append({"source_id": row.source_id, "doc_id": row.doc_id, "stage": "validate",
                            "reason": row.check, "detail": row.detail, "at": row.fetched_at})
    return {"documents": docs, "claims": claims, "rejects": Rejects.validate(frame(Rejects, rejects))}


def validate_parsed(parsed: dict) -> dict[str, pd.DataFrame]:
    """Validate parsed rows and return the tables as they would be loaded (the whole stage in one call, in memory)."""
    with tempfile.TemporaryDirectory() as folder:
        validated = validate_batch(parsed)
        for name, model in PARSED_MODELS.items():
            load.write_batch(validated[name], model, spool.batch_path(Path(folder), 0, name))
        with duckdb.connect() as con:
            load.load_tables(con, Path(folder))
            return {table: con.table(table).df() for table in load.TABLE_MODELS}


def fingerprint(layout: Layout, records: list[StoredDoc]) -> str:
    """Same raw documents + same code = same database; lets a run with nothing new skip the rebuild."""
    digest = hashlib.sha256()
    for r in records:
        digest.update(f"{record_key(r)}\n".encode())
    for path in sorted([*PROJECT_DIR.glob("casualty_claims/**/*.py"), *PROJECT_DIR.glob("schemas/*.py"), *PROJECT_DIR.glob("sql/**/*.sql")]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def published_fingerprint(layout: Layout) -> str | None:
    if not layout.database.exists():
        return None
    try:
        with duckdb.connect(str(layout.database), read_only=True) as con:
            return con.execute("select fingerprint from _build").fetchone()[0]
    except (duckdb.Error, TypeError):
        return None


def build_and_publish(spool_dir: Path, layout: Layout, build_info: dict, sql_dir: Path = models.SQL_DIR,
                      csv: bool = False) -> dict:
    """Load the spooled batches, build models, run model tests, then publish in one rename. Returns table counts."""
    fetch_log = _fetch_log_frame(layout)
    with publish.publish_lock(layout.processed):
        records = catch_up(spool_dir, layout)
        if records is not None:
            build_info = {**build_info, "fingerprint": fingerprint(layout, records) + build_info["fingerprint"][16:],
                          "documents_stored": len(records)}
        target = publish.new_build_path(layout.processed)
        try:
            con = load.open_new(target)
            try:
                # Bounded memory for a big rebuild: DuckDB spills to the run's spool beyond the limit.
                con.execute(f"set memory_limit = '{BUILD_MEMORY_LIMIT}'")
                con.execute(f"set temp_directory = '{spool_dir / 'duckdb-tmp'}'")
                counts = load.load_tables(con, spool_dir)
                load.create_fetch_log(con)
                if not fetch_log.empty:
                    load.insert_frame(con, "fetch_log", fetch_log)
                built = models.run_models(con, sql_dir)
                models.run_model_tests(con, sql_dir)
                for name in built:
                    counts[name] = con.execute(f"select count(*) from {name}").fetchone()[0]
                info = pd.DataFrame([{**build_info, "built_at": datetime.now(UTC)}])  # noqa: F841 - read by DuckDB
                con.execute("create table _build as select * from info")
                con.execute("comment on table _build is 'Fingerprint of the raw store and code this file was built from, and when.'")
                con.execute("checkpoint")
                exports = export_marts(con, [m for m in built if m in models.marts(sql_dir)], layout.processed, csv)
            finally:
                con.close()
            for built_export, final in exports:  # same atomic rename as the database
                publish.publish_file(built_export, final)
            publish.publish_file(target, layout.database)
        finally:
            target.unlink(missing_ok=True)
            for stale in layout.processed.glob(".building-*"):
                stale.unlink(missing_ok=True)
    return counts


def export_marts(con, marts: list[str], folder: Path, csv: bool = False) -> list[tuple[Path, Path]]:
    """Write every mart as Parquet (and CSV on request) to temporary names; returns (temporary, final) pairs."""
    out = []
    for name in marts:
        formats = [("parquet", "(format parquet)")] + ([("csv", "(format csv, header true)")] if csv else [])
        for ext, options in formats:
            final = folder / f"{name}.{ext}"
            tmp = publish.new_build_path(folder, final.name)
            con.execute(f"copy (select * from {name} order by all) to '{tmp}' {options}")
            out.append((tmp, final))
    return out


def _fetch_log_frame(layout: Layout) -> pd.DataFrame:
    path = layout.state / "fetch_log.jsonl"
    if not path.exists():
        return pd.DataFrame()
    df = pd.read_json(path, lines=True, dtype=False)
    for column in load.FETCH_LOG_COLUMNS:
        if column not in df:
            df[column] = None
    df["at"] = pd.to_datetime(df["at"], utc=True)
    return df[list(load.FETCH_LOG_COLUMNS)].astype({"new": "Int64", "known": "Int64"})


def report_dict(report: FetchReport) -> dict:
    return asdict(report)


def latest_values(database: Path) -> dict[tuple[str, str, str], int]:
    """claimant x subject x metric -> latest cumulative figure of a published database ({} when there is none)."""
    if not database.exists():
        return {}
    try:
        with duckdb.connect(str(database), read_only=True) as con:
            rows = con.execute("select claimant, subject, metric, value_point from latest_claims").fetchall()
    except duckdb.Error:
        return {}
    return {(c, s, m): v for c, s, m, v in rows}


def series_changes(before: dict, after: dict, top: int = 10) -> list[dict]:
    """The biggest moves of the latest figures between two builds (new series included)."""
    changes = []
    for key, new in after.items():
        old = before.get(key)
        if old != new:
            changes.append({"claimant": key[0], "subject": key[1], "metric": key[2], "before": old, "after": new,
                            "change": None if old is None else new - old})
    changes.sort(key=lambda c: (c["change"] is not None, -abs(c["change"] or 0), c["claimant"], c["subject"], c["metric"]))
    return changes[:top]


def run_report_markdown(reports: list[dict], counts: dict, per_source: list[tuple], changes: list[dict], skipped: bool) -> str:
    """The Markdown a run leaves behind: per source what came in and what failed; what moved in the series."""
    lines = ["# casualty-pipeline run", "", "nothing new: the published database was kept" if skipped else "published a new database", ""]
    lines += ["| source | fetched new | known | fetch problems | documents | claims | rejects | status |", "|---|---|---|---|---|---|---|---|"]
    stats = {row[0]: row[1:] for row in per_source}
    ids = [r["source_id"] for r in reports] or list(stats)
    for sid in ids:
        r = next((x for x in reports if x["source_id"] == sid), {"new": "", "known": "", "problems": [], "error": None})
        docs, claims, rejects = stats.get(sid, (0, 0, 0))
        status = f"FAILED: {r['error']}" if r["error"] else "ok"
        lines.append(f"| {sid} | {r['new']} | {r['known']} | {len(r['problems'])} | {docs} | {claims} | {rejects} | {status} |")
    if changes:
        lines += ["", "## Biggest changes in the latest figures", "", "| claimant | subject | metric | before | after | change |", "|---|---|---|---|---|---|"]
        for c in changes:
            lines.append(f"| {c['claimant']} | {c['subject']} | {c['metric']} | {c['before'] if c['before'] is not None else 'new'} "
                         f"| {c['after']} | {c['change'] if c['change'] is not None else ''} |")
    if counts:
        lines += ["", "Tables: " + ", ".join(f"{k} {v}" for k, v in counts.items())]
    return "\n".join(lines)


def per_source_counts(database: Path) -> list[tuple]:
    if not database.exists():
        return []
    with duckdb.connect(str(database), read_only=True) as con:
        return con.execute("""
            select d.source_id, count(distinct d.doc_id), count(c.claim_id),
                   (select count(*) from rejects r where r.source_id = d.source_id)
            from documents d left join claims c using (doc_id) group by d.source_id order by d.source_id
        """).fetchall()
