"""Load validated frames into a new DuckDB file, in bulk through Arrow.

Tables: documents (current version of each document), document_versions (every
version ever stored), claims (claims of current versions), claims_history (claims
of superseded versions), rejects. Column types and comments come from schemas/.
"""

from pathlib import Path

import duckdb
import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow

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


def split_versions(documents: pd.DataFrame, claims: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Current version = the latest fetched (ties: version); the others go to the history tables."""
    ordered = documents.sort_values(["doc_id", "fetched_at", "version", "source_id"])
    versions = ordered.drop_duplicates(["doc_id", "version"], keep="first")
    current = versions.drop_duplicates("doc_id", keep="last")
    current_keys = set(zip(current["doc_id"], current["version"], strict=True))
    is_current = pd.Series([k in current_keys for k in zip(claims["doc_id"], claims["version"], strict=True)], index=claims.index, dtype=bool)
    return {
        "documents": current.sort_values("doc_id").reset_index(drop=True),
        "document_versions": versions.sort_values(["doc_id", "fetched_at", "version"]).reset_index(drop=True),
        "claims": claims[is_current].sort_values("claim_id").reset_index(drop=True),
        "claims_history": claims[~is_current].sort_values(["doc_id", "version", "claim_id"]).reset_index(drop=True),
    }


def load_tables(con: duckdb.DuckDBPyConnection, tables: dict[str, pd.DataFrame]) -> dict[str, int]:
    counts = {}
    for table, model in TABLE_MODELS.items():
        create_table(con, table, model)
        df = tables.get(table)
        if df is not None:
            insert_frame(con, table, df)
        counts[table] = con.execute(f"select count(*) from {table}").fetchone()[0]
    return counts


def open_new(path: Path) -> duckdb.DuckDBPyConnection:
    if path.exists():
        path.unlink()
    return duckdb.connect(str(path))
