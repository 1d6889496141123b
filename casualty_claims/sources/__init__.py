"""Source kinds: each module turns one kind of place into raw documents."""

from casualty_claims.sources import directory, jsonl
from casualty_claims.sources.base import KindSpec, Problem, RawDoc

KINDS: dict[str, KindSpec] = {
    "jsonl": jsonl.SPEC,
    "directory": directory.SPEC,
}

__all__ = ["KINDS", "KindSpec", "Problem", "RawDoc"]
