"""The `documents` table: one row per document (its current version)."""

import pandera.pandas as pa
from pandera.engines.pandas_engine import DateTime
from pandera.typing import Series

from schemas.vocab import DOC_KINDS

UTC = DateTime(tz="UTC", unit="us")


class Documents(pa.DataFrameModel):
    doc_id: Series[str] = pa.Field(
        str_length=16, description="Stable id: hash of the canonical URL (scheme, host case, fragment and tracking parameters normalised)."
    )
    version: Series[str] = pa.Field(
        str_length=16, description="Content hash of the raw bytes this row was parsed from; a changed page is a new version."
    )
    source_id: Series[str] = pa.Field(description="Id of the source in the sources file that delivered the document.")
    url: Series[str] = pa.Field(description="URL exactly as the source gave it.")
    title: Series[str] = pa.Field(nullable=True, description="Document title (headline or page title).")
    published_at: Series[UTC] = pa.Field(description="When the document was published (UTC); a date-only value is midnight UTC.")
    fetched_at: Series[UTC] = pa.Field(description="When this version was first stored in data/raw (UTC).")
    doc_kind: Series[str] = pa.Field(isin=list(DOC_KINDS), description="article | ministry_post | un_update.")
    language: Series[str] = pa.Field(nullable=True, description="Language code as given by the source or the page (en, uk, ru, ...).")
    text: Series[str] = pa.Field(description="Plain text the claims were read from; claim evidence offsets point into it.")

    class Config:
        strict = True
        coerce = True
        unique = ["doc_id", "version"]
