"""Load validated batches into a new DuckDB file: batches are spooled as Parquet (through Arrow),
then each table is filled by one DuckDB statement over the files.

Tables: documents (current version of each document), document_versions (every
version ever stored), claims (claims of current versions), claims_history (claims
of superseded versions), rejects. Column types and comments come from schemas/.
"""

from pathlib import Path

import duckdb
import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
import pyarrow.parquet as pq

from casualty_claims.spool import table_files as spool_files
from schemas import Claims, Documents, Rejects

# Loaded table -> the contract it follows.
TABLE_MODELS: dict[str, type[pa.DataFrameModel]] = {
    "documents": Documents,
    "document_versions": Documents,
    "claims": Claims,
    "claims_history": Claims,
    "rejects": Rejects,
}
TABLE_DESCRIPTIONS = {
    "documents": "One row per document (its current version): where each claim was read.",
    "document_versions": "Every version of every document ever stored; a changed page adds a row, nothing is overwritten.",
    "claims": "Every loss figure read from the current version of each document.",
    "claims_history": "Claims read from superseded document versions (revisions are rows, not overwrites).",
    "rejects": "Input quarantined instead of loaded, with the stage and the failing check.",
}


# The fetch log is operational data appended by every run, not parsed from data/raw, so it has no pandera model.
FETCH_LOG_COLUMNS = {
    "source_id": ("VARCHAR", "Source the entry is about."),
    "url": ("VARCHAR", "URL of a rejected item; null on the per-run status row."),
    "status": ("VARCHAR", "ok or failed (one row per source per run), rejected (one row per item refused)."),
    "error": ("VARCHAR", "Why the source failed or the item was refused."),
    "at": ("TIMESTAMPTZ", "When the run fetched (UTC)."),
    "new": ("BIGINT", "Documents stored for the first time by that run (status rows)."),
    "known": ("BIGINT", "Documents the run found already stored (status rows)."),
}
FETCH_LOG_DESCRIPTION = "One row per source per run (ok or failed, with counts) and one per item a fetcher refused, with the reason."


def create_fetch_log(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("create table fetch_log (" + ", ".join(f'"{n}" {t}' for n, (t, _) in FETCH_LOG_COLUMNS.items()) + ")")
    con.execute(f"comment on table fetch_log is {_quote(FETCH_LOG_DESCRIPTION)}")
    for name, (_, text) in FETCH_LOG_COLUMNS.items():
        con.execute(f'comment on column fetch_log."{name}" is {_quote(text)}')


def duckdb_type(dtype: object) -> str:
    name = str(dtype).lower()
    if "datetime" in name:
        return "TIMESTAMPTZ"
    if name == "date":
        return "DATE"
    if "int" in name:
        return "BIGINT"
    if "float" in name:
        return "DOUBLE"
    if "bool" in name:
        return "BOOLEAN"
    return "VARCHAR"


def create_table(con: duckdb.DuckDBPyConnection, table: str, model: type[pa.DataFrameModel]) -> None:
    columns = model.to_schema().columns
    column_defs = ", ".join(f'"{name}" {duckdb_type(column.dtype)}' for name, column in columns.items())
    con.execute(f"create table {table} ({column_defs})")
    con.execute(f"comment on table {table} is {_quote(TABLE_DESCRIPTIONS.get(table, model.__doc__ or ''))}")
    for name, column in columns.items():
        if column.description:
            con.execute(f'comment on column {table}."{name}" is {_quote(column.description)}')


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> None:
    if df.empty:
        return
    arrow = pa_arrow.Table.from_pandas(df, preserve_index=False)  # noqa: F841 - read by DuckDB below
    con.execute(f"insert into {table} by name select * from arrow")


ARROW_TYPES = {"TIMESTAMPTZ": pa_arrow.timestamp("us", tz="UTC"), "DATE": pa_arrow.date32(), "BIGINT": pa_arrow.int64(),
               "DOUBLE": pa_arrow.float64(), "BOOLEAN": pa_arrow.bool_(), "VARCHAR": pa_arrow.string()}


def arrow_schema(model: type[pa.DataFrameModel]) -> pa_arrow.Schema:
    """The model's columns as Arrow types, so every batch file has the same schema (an all-null column included)."""
    return pa_arrow.schema([(name, ARROW_TYPES[duckdb_type(column.dtype)]) for name, column in model.to_schema().columns.items()])


def write_batch(df: pd.DataFrame, model: type[pa.DataFrameModel], path: Path) -> None:
    table = pa_arrow.Table.from_pandas(df[list(model.to_schema().columns)], schema=arrow_schema(model), preserve_index=False, safe=False)
    tmp = path.with_name(path.name + ".part")
    pq.write_table(table, tmp)
    tmp.rename(path)  # a batch file is whole or absent


# Spooled batches -> loaded tables. A row stored twice (one document delivered by two sources, or one version
# in two batches) keeps its first copy in batch order. The current version of a document is the latest fetched
# (ties: version); claims of the other versions go to claims_history.
_SPLIT_SQL = {
    "document_versions": "select * from _docs order by doc_id, fetched_at, version",
    "documents": "select * from _docs qualify row_number() over (partition by doc_id order by fetched_at desc, version desc) = 1 "
                 "order by doc_id",
    "claims": "select c.* from _claims c semi join documents d using (doc_id, version) order by claim_id",
    "claims_history": "select c.* from _claims c anti join documents d using (doc_id, version) order by doc_id, version, claim_id",
    "rejects": "select * from _rejects order by source_id nulls first, doc_id nulls first, stage nulls first, "
               "reason nulls first, detail nulls first",
}


def _first_copies(con: duckdb.DuckDBPyConnection, name: str, files: list[Path], model: type[pa.DataFrameModel], key: list[str] | None) -> None:
    columns = ", ".join(f'"{c}"' for c in model.to_schema().columns)
    if not files:
        con.execute(f"create temp view {name} as select {columns} from {_empty(model)}")
        return
    listing = "[" + ", ".join(_quote(str(f)) for f in files) + "]"
    source = f"read_parquet({listing}, filename = true, file_row_number = true)"
    dedupe = f"qualify row_number() over (partition by {', '.join(key)} order by filename, file_row_number) = 1" if key else ""
    con.execute(f"create temp view {name} as select {columns} from {source} {dedupe}")


def _empty(model: type[pa.DataFrameModel]) -> str:
    columns = model.to_schema().columns
    return "(select " + ", ".join(f'null::{duckdb_type(c.dtype)} as "{n}"' for n, c in columns.items()) + " limit 0)"


def load_tables(con: duckdb.DuckDBPyConnection, spool: Path) -> dict[str, int]:
    """Create every table from its contract and fill it from the spooled batch files in one SQL statement each."""
    _first_copies(con, "_docs", spool_files(spool, "documents"), Documents, ["doc_id", "version"])
    _first_copies(con, "_claims", spool_files(spool, "claims"), Claims, ["claim_id", "version"])
    _first_copies(con, "_rejects", spool_files(spool, "rejects"), Rejects, None)
    counts = {}
    for table, model in TABLE_MODELS.items():
        create_table(con, table, model)
        con.execute(f"insert into {table} by name {_SPLIT_SQL[table]}")
        counts[table] = con.execute(f"select count(*) from {table}").fetchone()[0]
    for view in ("_docs", "_claims", "_rejects"):
        con.execute(f"drop view {view}")
    return counts


def open_new(path: Path) -> duckdb.DuckDBPyConnection:
    if path.exists():
        path.unlink()
    return duckdb.connect(str(path))
