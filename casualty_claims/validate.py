"""Validate frames against the contract in schemas/; failing rows become rejects, the rest go on."""

import pandas as pd
import pandera.pandas as pa

from schemas import Claims, ClaimsInDocument, Documents


def frame(model: type[pa.DataFrameModel], rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """Rows as a frame with exactly the model's columns, in its order."""
    columns = list(model.to_schema().columns)
    if isinstance(rows, pd.DataFrame):
        return rows.reindex(columns=columns)
    return pd.DataFrame(rows, columns=columns) if rows else pd.DataFrame({c: pd.Series([], dtype=object) for c in columns})


def split_valid(model: type[pa.DataFrameModel], df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(valid rows coerced to the schema, failures: one row per bad input row with check and detail)."""
    df = df.reset_index(drop=True)
    try:
        return model.validate(df, lazy=True), _no_failures()
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    bad = cases[cases["index"].notna()].copy()
    if len(bad) < len(cases):  # a failure with no row (missing column, wrong table shape) is a bug, not bad input
        raise ValueError(f"{model.__name__}: schema failure not tied to a row:\n{cases[cases['index'].isna()]}")
    bad["index"] = bad["index"].astype(int)
    bad["detail"] = bad["column"].astype(str) + "=" + bad["failure_case"].astype(str)
    failures = (
        bad.groupby("index", sort=True)
        .agg(check=("check", lambda s: ";".join(sorted(set(map(str, s))))), detail=("detail", lambda s: "; ".join(map(str, s))[:2000]))
        .reset_index()
    )
    good = model.validate(df.drop(index=failures["index"]), lazy=False)
    return good, failures


def _no_failures() -> pd.DataFrame:
    return pd.DataFrame({"index": pd.Series([], dtype=int), "check": pd.Series([], dtype=str), "detail": pd.Series([], dtype=str)})


def validate_documents(rows: list[dict] | pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    df = frame(Documents, rows)
    good, failures = split_valid(Documents, df)
    return good, failures.merge(df[["source_id", "doc_id", "fetched_at"]], left_on="index", right_index=True)


def validate_claims(rows: list[dict] | pd.DataFrame, documents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Claims whose document is valid, checked against its text and publication date."""
    df = frame(Claims, rows)
    docs = documents[["doc_id", "version", "text", "published_at", "source_id", "fetched_at"]].rename(
        columns={"text": "doc_text", "published_at": "doc_published"}
    )
    joined = df.merge(docs, on=["doc_id", "version"], how="inner")
    context = joined[["source_id", "fetched_at"]]
    checked = joined.drop(columns=["source_id", "fetched_at"])
    good, failures = split_valid(ClaimsInDocument, checked)
    good = good.drop(columns=["doc_text", "doc_published"])
    failures = failures.merge(
        pd.concat([checked[["doc_id", "claim_id"]], context], axis=1), left_on="index", right_index=True
    )
    failures["detail"] = "claim " + failures["claim_id"].astype(str) + ": " + failures["detail"]
    return Claims.validate(good), failures
