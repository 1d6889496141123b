"""Data contract: one pandera DataFrameModel per table. Nothing else defines columns."""

from schemas.claims import Claims, ClaimsInDocument
from schemas.documents import Documents
from schemas.rejects import Rejects

TABLES = {"documents": Documents, "claims": Claims, "rejects": Rejects}

__all__ = ["Claims", "ClaimsInDocument", "Documents", "Rejects", "TABLES"]
