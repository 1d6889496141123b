"""The sources file: a YAML list of sources, each `{id, kind, ...}`, checked before any work starts."""

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from casualty_claims.sources import KINDS


class SourcesError(ValueError):
    """The sources file is wrong; the message names the source and the field."""


@dataclass(frozen=True)
class Source:
    id: str
    kind: str
    options: dict = field(default_factory=dict)
    base_dir: Path = Path(".")

    def path(self, key: str) -> Path:
        """An option that names a file, resolved against the sources file's folder."""
        return (self.base_dir / self.options[key]).resolve()


_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,63}$")
_COMMON_OPTIONS = {"doc_kind", "language", "enabled"}


def load_sources(path: str | Path, only: list[str] | None = None) -> list[Source]:
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SourcesError(f"sources file not found: {path}") from exc
    except yaml.YAMLError as exc:
        raise SourcesError(f"{path}: not valid YAML: {exc}") from exc
    entries = raw.get("sources") if isinstance(raw, dict) else raw
    if not isinstance(entries, list):
        raise SourcesError(f"{path}: expected a list of sources (or a mapping with a 'sources' list)")
    sources, seen = [], set()
    for n, entry in enumerate(entries, 1):
        sources.append(_check_entry(entry, n, path, seen))
    if only:
        unknown = sorted(set(only) - seen)
        if unknown:
            raise SourcesError(f"{path}: no source with id {', '.join(unknown)} (known: {', '.join(sorted(seen))})")
        sources = [s for s in sources if s.id in only]
    return [s for s in sources if s.options.get("enabled", True) is not False]


def _check_entry(entry: object, n: int, path: Path, seen: set) -> Source:
    where = f"{path}: source #{n}"
    if not isinstance(entry, dict):
        raise SourcesError(f"{where}: expected a mapping with 'id' and 'kind'")
    sid = entry.get("id")
    if not isinstance(sid, str) or not _ID.match(sid):
        raise SourcesError(f"{where}: field 'id' is missing or not a slug (a-z, 0-9, _ and -)")
    where = f"{path}: source '{sid}'"
    if sid in seen:
        raise SourcesError(f"{where}: field 'id' is used twice")
    seen.add(sid)
    kind = entry.get("kind")
    if kind not in KINDS:
        raise SourcesError(f"{where}: field 'kind' is {kind!r}; known kinds: {', '.join(sorted(KINDS))}")
    spec = KINDS[kind]
    options = {k: v for k, v in entry.items() if k not in ("id", "kind")}
    for name in spec.required:
        if options.get(name) in (None, "", []):
            raise SourcesError(f"{where}: field '{name}' is required for kind '{kind}'")
    allowed = set(spec.required) | set(spec.optional) | _COMMON_OPTIONS
    for name in options:
        if name not in allowed:
            raise SourcesError(f"{where}: field '{name}' is not known for kind '{kind}' (allowed: {', '.join(sorted(allowed))})")
    source = Source(id=sid, kind=kind, options=options, base_dir=path.parent.resolve())
    spec.check(source)
    return source
