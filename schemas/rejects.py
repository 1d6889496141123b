"""The `rejects` table: input that was quarantined instead of loaded, with the reason."""

import pandera.pandas as pa
from pandera.typing import Series

from schemas.documents import UTC
from schemas.vocab import REJECT_STAGES


class Rejects(pa.DataFrameModel):
    source_id: Series[str] = pa.Field(description="Source the input came from.")
    doc_id: Series[str] = pa.Field(nullable=True, description="Document id, when one could be computed.")
    stage: Series[str] = pa.Field(isin=list(REJECT_STAGES), description="Pipeline stage that refused the input: fetch, store, parse, extract or validate.")
    reason: Series[str] = pa.Field(description="Short machine-readable reason: the failing check's name or the exception type.")
    detail: Series[str] = pa.Field(nullable=True, description="Human-readable detail: column and failing value, or the error message.")
    at: Series[UTC] = pa.Field(description="Fetch time of the rejected raw document (deterministic across re-runs).")

    class Config:
        strict = True
        coerce = True
