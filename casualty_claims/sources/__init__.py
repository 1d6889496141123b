"""Source kinds: each module turns one kind of place into raw documents."""

from casualty_claims.sources import directory, gdelt, html, jsonl, rss, telegram
from casualty_claims.sources.base import FetchContext, KindSpec, Problem, RawDoc

KINDS: dict[str, KindSpec] = {
    "jsonl": jsonl.SPEC,
    "directory": directory.SPEC,
    "telegram": telegram.SPEC,
    "rss": rss.SPEC,
    "gdelt": gdelt.SPEC,
    "html": html.SPEC,
}

__all__ = ["KINDS", "FetchContext", "KindSpec", "Problem", "RawDoc"]
