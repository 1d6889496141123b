"""Shared fixtures. Real documents are read from ../shared (never copied into the project)."""

import json
import os
import tempfile
from pathlib import Path

import pytest

# Prefect must be configured before it is first imported: a throwaway home, no telemetry, no UI.
_PREFECT_HOME = tempfile.mkdtemp(prefix="casualty-prefect-")
os.environ.setdefault("PREFECT_HOME", _PREFECT_HOME)
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_UI_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("CASUALTY_FETCH_RETRY_DELAY", "0")  # failing sources are retried, without the production pause

PROJECT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CASUALTY_SHARED", PROJECT.parent / "shared")).resolve()
REAL = SHARED / "real"
MINISTRY = REAL / "ministry"


def _require_shared() -> None:
    if not (MINISTRY / "manifest.jsonl").is_file():
        pytest.fail(f"real documents not found at {SHARED}: clone the project beside ../shared or set CASUALTY_SHARED")


@pytest.fixture(scope="session")
def manifest() -> dict[str, dict]:
    _require_shared()
    rows = [json.loads(line) for line in (MINISTRY / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return {row["file"]: row for row in rows}


@pytest.fixture(scope="session")
def real_articles() -> list[dict]:
    _require_shared()
    path = REAL / "articles" / "articles_dev.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_sources(folder: Path, entries: str) -> Path:
    path = folder / "sources.yaml"
    path.write_text(entries, encoding="utf-8")
    return path
