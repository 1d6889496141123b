"""`directory` sources: a folder of .html/.htm/.txt files.

Metadata comes from, in order: a manifest (JSONL, one `{"file": ...}` object per
file, paths relative to the manifest), a sidecar `<file>.json`, the page's meta tags.
"""

import json
from collections.abc import Iterator
from pathlib import Path

from casualty_claims.htmltext import page_metadata
from casualty_claims.sources.base import KindSpec, Problem, RawDoc

SUFFIXES = {".html": "text/html", ".htm": "text/html", ".txt": "text/plain"}
# Manifest fields that mean the same thing under other names.
_ALIASES = {"url": ("url", "url_if_known"), "published": ("published", "date"), "doc_kind": ("kind", "doc_kind")}


def check(source) -> None:
    from casualty_claims.config import SourcesError

    if not source.path("path").is_dir():
        raise SourcesError(f"source '{source.id}': field 'path' names no folder: {source.path('path')}")
    if "manifest" in source.options and not source.path("manifest").is_file():
        raise SourcesError(f"source '{source.id}': field 'manifest' names no file: {source.path('manifest')}")


def _manifest(source) -> dict[Path, dict]:
    if "manifest" not in source.options:
        return {}
    path = source.path("manifest")
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            if record.get("file"):
                entries[(path.parent / record["file"]).resolve()] = record
    return entries


def _pick(record: dict, field: str):
    for name in _ALIASES.get(field, (field,)):
        if record.get(name):
            return record[name]
    return None


def fetch(source, since=None, until=None, context=None) -> Iterator[RawDoc | Problem]:
    folder = source.path("path")
    manifest = _manifest(source)
    pattern = source.options.get("pattern", "*")
    for file in sorted(folder.rglob(pattern) if source.options.get("recursive") else folder.glob(pattern)):
        ctype = SUFFIXES.get(file.suffix.lower())
        if ctype is None or not file.is_file():
            continue
        content = file.read_bytes()
        meta = {}
        if ctype == "text/html":
            meta.update(page_metadata(content.decode("utf-8", errors="replace")))
        sidecar = file.with_name(file.name + ".json")
        if sidecar.is_file():
            side = json.loads(sidecar.read_text(encoding="utf-8"))
            meta.update({k: v for k in ("url", "published", "title", "doc_kind", "language") if (v := _pick(side, k))})
        record = manifest.get(file.resolve())
        if record:
            meta.update({k: v for k in ("url", "published", "title", "doc_kind", "language") if (v := _pick(record, k))})
        if not meta.get("url"):
            meta["url"] = file.resolve().as_uri()
        if not meta.get("published"):
            yield Problem("missing_published", f"{file.name}: no published date in manifest, sidecar or meta tags", url=meta["url"])
            continue
        yield RawDoc(
            url=meta["url"],
            content=content,
            content_type=ctype,
            published=meta["published"],
            title=meta.get("title"),
            doc_kind=meta.get("doc_kind"),
            language=meta.get("language"),
            origin=str(file),
        )


SPEC = KindSpec(fetch=fetch, required=("path",), optional=("manifest", "pattern", "recursive"), check=check)
