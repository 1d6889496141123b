"""Atomic publish: readers of the old file keep it; a failed build leaves the published file as it was."""

import multiprocessing
import time

import duckdb
import pytest

from casualty_claims.publish import PublishBusy, new_build_path, publish_file, publish_lock


def _make(path, value):
    with duckdb.connect(str(path)) as con:
        con.execute(f"create table t as select {value} as v")


def test_reader_of_the_old_file_keeps_reading_it(tmp_path):
    target = tmp_path / "casualties.duckdb"
    _make(target, 1)
    reader = duckdb.connect(str(target), read_only=True)
    built = new_build_path(tmp_path)
    _make(built, 2)  # a writer can build while a reader holds the published file
    publish_file(built, target)
    assert reader.execute("select v from t").fetchone()[0] == 1
    reader.close()
    with duckdb.connect(str(target), read_only=True) as fresh:
        assert fresh.execute("select v from t").fetchone()[0] == 2
    assert not built.exists()


def test_failed_build_leaves_published_file_and_is_cleaned_up(tmp_path):
    target = tmp_path / "casualties.duckdb"
    _make(target, 1)
    before = target.read_bytes()
    with pytest.raises(RuntimeError), publish_lock(tmp_path):
        built = new_build_path(tmp_path)
        _make(built, 2)
        raise RuntimeError("model tests failed")
    assert target.read_bytes() == before
    with publish_lock(tmp_path):  # the next run removes what the dead one left
        assert not list(tmp_path.glob(".building-*"))


def _hold_lock(folder, seconds):
    with publish_lock(folder):
        time.sleep(seconds)


def test_second_publisher_waits_or_gives_up_clearly(tmp_path):
    holder = multiprocessing.get_context("fork").Process(target=_hold_lock, args=(tmp_path, 1.5))
    holder.start()
    time.sleep(0.4)
    with pytest.raises(PublishBusy, match="another run is publishing"), publish_lock(tmp_path, wait_seconds=0.3):
        pass
    started = time.monotonic()
    with publish_lock(tmp_path, wait_seconds=30):
        waited = time.monotonic() - started
    holder.join()
    assert waited > 0.5


def test_spool_of_a_live_run_stays_and_a_dead_runs_spool_goes(tmp_path):
    from casualty_claims.spool import PREFIX, remove_abandoned, run_spool

    dead = tmp_path / f"{PREFIX}dead"
    dead.mkdir()
    (dead / ".owner").write_text("")  # its run was killed: nobody holds the lock any more
    (dead / "000000.claims.parquet").write_bytes(b"x")
    with run_spool(tmp_path) as live:
        assert not dead.exists()
        (live / "000000.claims.parquet").write_bytes(b"x")
        assert remove_abandoned(tmp_path) == []  # another run looking now leaves the live one alone
        assert live.exists()
    assert not live.exists()  # a run removes its own spool when it ends
    fresh = tmp_path / f"{PREFIX}being-created"
    fresh.mkdir()  # no owner file yet: could be a run between mkdir and lock
    assert remove_abandoned(tmp_path) == [] and fresh.exists()
