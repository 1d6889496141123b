"""The `claims` table: one row per figure a party asserts about losses (LABELING.md)."""

import pandas as pd
import pandera.pandas as pa
from pandera.engines.pandas_engine import Date
from pandera.typing import Series

from schemas.documents import UTC
from schemas.vocab import CLAIMANTS, METRICS, QUALIFIERS, SCOPES, SUBJECTS


class Claims(pa.DataFrameModel):
    claim_id: Series[str] = pa.Field(str_length=16, description="Stable id: hash of doc_id, claimant, subject, metric, scope, as_of and the figure.")
    doc_id: Series[str] = pa.Field(str_length=16, description="Document the claim was read from (documents.doc_id).")
    version: Series[str] = pa.Field(str_length=16, description="Document version the claim was read from (documents.version).")
    claimant: Series[str] = pa.Field(isin=list(CLAIMANTS), description="The party asserting the figure, not the outlet relaying it (LABELING.md ids).")
    subject: Series[str] = pa.Field(isin=list(SUBJECTS), description="Whose losses (ru_military, ua_military, civilians, children or all_military).")
    metric: Series[str] = pa.Field(isin=list(METRICS), description="What is counted: killed, wounded, ..., tanks, uav, ... (LABELING.md).")
    value: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="The figure as stated; null for a range.")
    value_low: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="Low end of a range, else null.")
    value_high: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="High end of a range, else null.")
    qualifier: Series[str] = pa.Field(isin=list(QUALIFIERS), description="exact, approx, at_least, at_most or range.")
    scope: Series[str] = pa.Field(
        isin=list(SCOPES),
        description="cumulative (whole war), period (a stated window, e.g. the daily '(+N)') or event (one place or incident).",
    )
    as_of: Series[Date] = pa.Field(description="Day the figure holds on (end of the window for a period).")
    evidence: Series[str] = pa.Field(
        str_length={"min_value": 1}, description="Shortest verbatim span of the document text that states the figure."
    )
    evidence_start: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Start offset of evidence in documents.text (Python str index).")
    evidence_end: Series[pd.Int64Dtype] = pa.Field(ge=0, description="End offset (exclusive) of evidence in documents.text.")
    extractor: Series[str] = pa.Field(description="Which reader produced the claim and its version, e.g. ministry_post@1 or grammar@2.")

    @pa.dataframe_check(description="value_low <= value_high")
    def range_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        both = df["value_low"].notna() & df["value_high"].notna()
        return ~both | (df["value_low"] <= df["value_high"]).fillna(False)

    @pa.dataframe_check(description="a range has value null and both ends; a single figure has a value and no ends")
    def range_shape(cls, df: pd.DataFrame) -> Series[bool]:
        is_range = df["qualifier"] == "range"
        range_ok = df["value"].isna() & df["value_low"].notna() & df["value_high"].notna()
        single_ok = df["value"].notna() & df["value_low"].isna() & df["value_high"].isna()
        return (is_range & range_ok) | (~is_range & single_ok)

    @pa.dataframe_check(description="evidence_start < evidence_end")
    def span_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["evidence_start"] < df["evidence_end"]).fillna(False)

    class Config:
        strict = True
        coerce = True
        unique = ["claim_id", "version"]


class ClaimsInDocument(Claims):
    """Claims joined with their document, for the checks that need its text and date.

    The two helper columns are dropped again before loading; they exist only so the
    checks live here, beside the rest of the contract.
    """

    doc_text: Series[str] = pa.Field(description="(validation only) documents.text")
    doc_published: Series[UTC] = pa.Field(description="(validation only) documents.published_at")

    @pa.dataframe_check(description="evidence is the exact text at [evidence_start, evidence_end) of the document")
    def evidence_in_text(cls, df: pd.DataFrame) -> Series[bool]:
        return pd.Series(
            [
                isinstance(t, str) and t[int(s):int(e)] == ev
                for t, s, e, ev in zip(df["doc_text"], df["evidence_start"], df["evidence_end"], df["evidence"], strict=True)
            ],
            index=df.index,
            dtype=bool,
        )

    @pa.dataframe_check(description="as_of is not after the publication date")
    def as_of_not_after_published(cls, df: pd.DataFrame) -> Series[bool]:
        published = pd.to_datetime(df["doc_published"], utc=True).dt.date
        return pd.Series([a <= p for a, p in zip(df["as_of"], published, strict=True)], index=df.index, dtype=bool)

    class Config:
        strict = True
        coerce = True
        unique = ["claim_id", "version"]
