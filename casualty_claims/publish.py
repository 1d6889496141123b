"""Atomic publish: build a new file beside the published one, then one rename.

Readers that hold the old file keep reading it; new readers see the new file; a
run that fails before the rename leaves the published file as it was. A lock
file serialises runs that publish into the same folder.
"""

import fcntl
import os
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

DB_NAME = "casualties.duckdb"


class PublishBusy(RuntimeError):
    """Another run holds the publish lock and we were told not to wait (long enough)."""


@contextmanager
def publish_lock(processed_dir: Path, wait_seconds: float = 3600.0):
    processed_dir.mkdir(parents=True, exist_ok=True)
    lock_path = processed_dir / ".publish.lock"
    with open(lock_path, "a+") as handle:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise PublishBusy(f"another run is publishing into {processed_dir}; gave up after {wait_seconds:.0f} s") from None
                time.sleep(0.2)
        try:
            _remove_stale_builds(processed_dir)
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _remove_stale_builds(processed_dir: Path) -> None:
    # We hold the lock, so any half-built file left here belongs to a run that died.
    for stale in processed_dir.glob(".building-*"):
        stale.unlink(missing_ok=True)


def new_build_path(processed_dir: Path, name: str = DB_NAME) -> Path:
    return processed_dir / f".building-{uuid.uuid4().hex}-{name}"


def publish_file(built: Path, target: Path) -> None:
    """fsync the new file, then rename it over the target in one step."""
    with open(built, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(built, target)
    directory = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
