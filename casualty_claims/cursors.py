"""Per-source cursors (last message id, last seen date, ETag / Last-Modified), kept under data/state/."""

import json
import os
from pathlib import Path


def cursor_path(state_dir: Path, source_id: str) -> Path:
    return state_dir / "cursors" / f"{source_id}.json"


def read_cursor(state_dir: Path, source_id: str) -> dict:
    path = cursor_path(state_dir, source_id)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def write_cursor(state_dir: Path, source_id: str, cursor: dict) -> None:
    path = cursor_path(state_dir, source_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(cursor, sort_keys=True, indent=1), encoding="utf-8")
    os.replace(tmp, path)
