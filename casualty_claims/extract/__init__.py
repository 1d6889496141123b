"""Free-text claim extractor (the claim grammar)."""

from casualty_claims.extract.extractor import extract_claims

__all__ = ["extract_claims"]
