"""The raw store: every fetched document kept once, immutably, under data/raw/<source_id>/.

Layout: `<version>.<ext>` holds the bytes exactly as fetched (version = content hash)
and `<version>__<doc_id>.json` the metadata sidecar. Files are written through a
temporary name and a rename, never edited and never deleted.
"""

import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from casualty_claims.ids import content_hash, doc_id_for
from casualty_claims.sources.base import RawDoc

_EXT = {"text/html": "html", "text/plain": "txt", "application/json": "json", "application/xml": "xml"}


@dataclass(frozen=True)
class StoredDoc:
    source_id: str
    doc_id: str
    version: str
    url: str
    fetched_at: str
    published: str | None
    content_type: str
    title: str | None
    doc_kind: str | None
    language: str | None
    origin: str
    blob: str  # file name of the bytes, beside the sidecar

    def read(self, raw_dir: Path) -> bytes:
        return (raw_dir / self.source_id / self.blob).read_bytes()


def _write_once(path: Path, data: bytes) -> bool:
    if path.exists():
        return False
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return True


def store(raw_dir: Path, source_id: str, doc: RawDoc, fetched_at: datetime | None = None) -> tuple[StoredDoc, bool]:
    """Keep `doc`; returns its record and whether it was new. A known (url, content) is not written again."""
    folder = raw_dir / source_id
    folder.mkdir(parents=True, exist_ok=True)
    version = content_hash(doc.content)
    doc_id = doc_id_for(doc.url)
    sidecar = folder / f"{version}__{doc_id}.json"
    if sidecar.exists():
        return _load_sidecar(sidecar), False
    blob = f"{version}.{_EXT.get(doc.content_type, 'bin')}"
    _write_once(folder / blob, doc.content)
    record = StoredDoc(
        source_id=source_id,
        doc_id=doc_id,
        version=version,
        url=doc.url,
        fetched_at=(fetched_at or datetime.now(UTC)).isoformat(timespec="microseconds"),
        published=doc.published,
        content_type=doc.content_type,
        title=doc.title,
        doc_kind=doc.doc_kind,
        language=doc.language,
        origin=doc.origin,
        blob=blob,
    )
    _write_once(sidecar, json.dumps(asdict(record), ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8"))
    return record, True


def _load_sidecar(path: Path) -> StoredDoc:
    return StoredDoc(**json.loads(path.read_text(encoding="utf-8")))


def iter_stored(raw_dir: Path, source_ids: list[str] | None = None) -> list[StoredDoc]:
    """Every stored document, in a fixed order (source, doc_id, fetched_at, version)."""
    records = []
    if not raw_dir.is_dir():
        return records
    for folder in sorted(p for p in raw_dir.iterdir() if p.is_dir()):
        if source_ids is not None and folder.name not in source_ids:
            continue
        records.extend(_load_sidecar(p) for p in folder.glob("*__*.json"))
    return sorted(records, key=lambda r: (r.source_id, r.doc_id, r.fetched_at, r.version))


def stored_keys(raw_dir: Path) -> set[str]:
    """`<source_id>/<version>__<doc_id>` of every stored document, from file names alone (no sidecar is read)."""
    if not raw_dir.is_dir():
        return set()
    return {f"{folder.name}/{entry.name[:-5]}" for folder in raw_dir.iterdir() if folder.is_dir()
            for entry in os.scandir(folder) if entry.name.endswith(".json") and "__" in entry.name}


def known_urls(raw_dir: Path, source_id: str) -> set[str]:
    """URLs already stored for a source, so fetchers can skip them."""
    return {r.url for r in iter_stored(raw_dir, [source_id])}
