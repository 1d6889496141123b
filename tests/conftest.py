"""Shared fixtures. Real documents are read from ../shared (never copied into the project)."""

import atexit
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import requests

# Prefect must be configured before it is first imported: a throwaway home, no telemetry, no UI.
_PREFECT_HOME = tempfile.mkdtemp(prefix="casualty-prefect-")
# Removed when the test process exits (after the session server is stopped): each run used to leave 11 MB behind.
atexit.register(shutil.rmtree, _PREFECT_HOME, ignore_errors=True)
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


PREFECT = str(Path(sys.executable).with_name("prefect"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory) -> str:
    """One real Prefect server on 127.0.0.1 for the session, for the flow runs that tests start in processes of their
    own (and the deployment tests' worker): without one, each such process starts a temporary server of its own, 25 to
    40 s on a slow machine against 10 s for this one, once. (Flows run inside the test process keep the temporary
    server Prefect starts there.)"""
    logs = tmp_path_factory.mktemp("prefect-server")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    server = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=open(logs / "server.log", "w"), stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert server.poll() is None, "prefect server exited:\n" + (logs / "server.log").read_text()[-3000:]
            try:
                if requests.get(f"http://127.0.0.1:{port}/api/health", timeout=2).ok:
                    break
            except requests.RequestException:
                time.sleep(0.5)
        else:
            pytest.fail("prefect server did not become healthy:\n" + (logs / "server.log").read_text()[-3000:])
        yield f"http://127.0.0.1:{port}/api"
    finally:
        # (a throwaway server: after a run it may write events for tens of seconds before a SIGTERM ends it)
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


@pytest.fixture(scope="module")
def flows_on_the_session_server(prefect_api):
    """Flows run inside the test process go to the session's server too, instead of the temporary server Prefect would
    start in this process (one server start for the whole session)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: prefect_api}):
        yield
        # send the logs and events still queued while the server is up: at exit, with it gone, they are retried at length
        APILogWorker.drain_all(at_exit=False)
        EventsWorker.drain_all(at_exit=False)
