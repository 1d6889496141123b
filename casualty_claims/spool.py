"""A run's spool: where parse tasks leave their validated batches as Parquet files.

Batches go to disk as they finish, so neither the flow process nor the task results hold
the whole corpus; the loader reads them back with DuckDB. One folder per run, owned by
that run through a lock on a file inside it: a folder whose owner died (SIGKILL, power
loss) can be told from one still in use, and is removed by the next run.
"""

import fcntl
import shutil
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PREFIX = ".spool-"
OWNER = ".owner"
# A folder without an owner file is one being created right now, or the remains of a crash at that moment.
UNOWNED_GRACE_SECONDS = 3600


@contextmanager
def run_spool(processed_dir: Path) -> Iterator[Path]:
    processed_dir.mkdir(parents=True, exist_ok=True)
    remove_abandoned(processed_dir)
    path = processed_dir / f"{PREFIX}{uuid.uuid4().hex}"
    path.mkdir()
    owner = open(path / OWNER, "w")  # noqa: SIM115 - held open for the run's lifetime
    fcntl.flock(owner, fcntl.LOCK_EX)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
        owner.close()


def remove_abandoned(processed_dir: Path) -> list[Path]:
    removed = []
    for folder in processed_dir.glob(f"{PREFIX}*"):
        try:
            handle = open(folder / OWNER)  # noqa: SIM115 - "r": never create the owner file of another run
        except FileNotFoundError:
            if time.time() - folder.stat().st_mtime > UNOWNED_GRACE_SECONDS:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
            continue
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # its run is alive
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def batch_path(spool: Path, index: int, table: str) -> Path:
    # Zero-padded so that file name order is batch order: the loader keeps the first copy of a row by it.
    return spool / f"{index:06d}.{table}.parquet"


def table_files(spool: Path, table: str) -> list[Path]:
    return sorted(spool.glob(f"*.{table}.parquet"))


def write_manifest(spool: Path, index: int, keys: list[str]) -> None:
    """The raw documents batch `index` was parsed from, so that a run can tell what reached the raw store after it listed it."""
    (spool / f"{index:06d}.keys").write_text("".join(k + "\n" for k in keys))


def spooled_keys(spool: Path) -> tuple[set[str], int]:
    """Every raw document key the spool's batches were parsed from, and the next free batch index."""
    files = sorted(spool.glob("*.keys"))
    keys = {line for f in files for line in f.read_text().splitlines() if line}
    return keys, (int(files[-1].name.split(".")[0]) + 1 if files else 0)
