"""What every fetcher yields: raw documents to store, or problems to quarantine."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class RawDoc:
    """One document as fetched, before parsing. `content` is stored byte for byte."""

    url: str
    content: bytes
    content_type: str  # text/plain or text/html
    published: str | None = None  # ISO date or datetime as the source gave it
    title: str | None = None
    doc_kind: str | None = None
    language: str | None = None
    origin: str = ""  # where it came from: file path and line, or the fetched URL


@dataclass(frozen=True)
class Problem:
    """Input that could not become a document; it goes to `rejects` and the run goes on."""

    reason: str
    detail: str
    url: str | None = None


@dataclass(frozen=True)
class KindSpec:
    fetch: Callable[..., Iterator[RawDoc | Problem]]
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    check: Callable = field(default=lambda source: None)


@dataclass
class FetchContext:
    """What a fetcher may know of the store: which URLs it holds already, and the source's cursor."""

    state_dir: Path
    known_urls: set[str] = field(default_factory=set)

    def cursor(self, source_id: str) -> dict:
        from casualty_claims.cursors import read_cursor

        return read_cursor(self.state_dir, source_id)

    def save_cursor(self, source_id: str, cursor: dict) -> None:
        from casualty_claims.cursors import write_cursor

        write_cursor(self.state_dir, source_id, cursor)
