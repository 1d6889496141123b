"""prefect.yaml for real: a Prefect server (the session's, conftest.prefect_api) and a process worker on 127.0.0.1, `prefect deploy --all`,
and runs started with `prefect deployment run`, as the README says. Nothing reaches the internet."""

import json
import os
import shutil
import signal
import subprocess
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import duckdb
import pytest
import requests

from tests.conftest import MINISTRY, PREFECT, PROJECT

pytestmark = pytest.mark.slow


def _stop(process: subprocess.Popen, signals: int) -> None:
    for _ in range(signals):  # the worker ignores the first SIGINT
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                continue
    if process.poll() is None:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def prefect_stack(tmp_path_factory, prefect_api):
    """The session's Prefect server (conftest), a process work pool, `prefect deploy --all` and a worker."""
    home = tmp_path_factory.mktemp("prefect-home")
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": prefect_api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "PREFECT_SERVER_UI_ENABLED": "false",
           "PREFECT_UI_ENABLED": "false", "PREFECT_WORKER_QUERY_SECONDS": "1", "CASUALTY_CLAIMS_HOME": str(PROJECT),
           "PREFECT_LOGGING_LEVEL": "INFO"}
    logs = tmp_path_factory.mktemp("logs")
    worker = None
    try:
        for command in ([PREFECT, "work-pool", "create", "casualty-pool", "--type", "process"],
                        [PREFECT, "--no-prompt", "deploy", "--all"]):
            done = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=180)
            assert done.returncode == 0, done.stdout + done.stderr
        worker = subprocess.Popen([PREFECT, "worker", "start", "--pool", "casualty-pool"], cwd=PROJECT, env=env,
                                  stdout=open(logs / "worker.log", "w"), stderr=subprocess.STDOUT)
        yield {"env": env, "api": prefect_api, "logs": logs}
    finally:
        if worker is not None:
            _stop(worker, 3)


def run_deployment(stack, name: str, *params: str, watch: bool = True) -> subprocess.CompletedProcess:
    command = [PREFECT, "deployment", "run", name]
    for p in params:
        command += ["--param", p]
    if watch:
        command += ["--watch", "--watch-timeout", "300"]
    return subprocess.run(command, cwd=PROJECT, env=stack["env"], capture_output=True, text=True, timeout=360)


def local_source(folder: Path, source_id: str, posts: list[str]) -> Path:
    """A jsonl source of real General Staff posts read from ../shared (never copied into the project)."""
    manifest = {json.loads(line)["file"]: json.loads(line) for line in (MINISTRY / "manifest.jsonl").read_text().splitlines() if line.strip()}
    lines = []
    for rel in posts:
        row = manifest[rel]
        lines.append(json.dumps({"url": row["url_if_known"], "published": row["published"], "kind": "ministry_post",
                                 "text": (MINISTRY / rel).read_text(encoding="utf-8")}))
    (folder / f"{source_id}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    sources = folder / f"{source_id}.yaml"
    sources.write_text(f"- {{id: {source_id}, kind: jsonl, path: {source_id}.jsonl}}\n", encoding="utf-8")
    return sources


def test_declared_deployments_exist_with_schedules(prefect_stack):
    listing = requests.post(f"{prefect_stack['api']}/deployments/filter", json={}, timeout=10).json()
    by_name = {d["name"]: d for d in listing}
    assert {"ministry-daily", "news-hourly", "backfill", "rebuild", "demo"} <= by_name.keys()
    daily = by_name["ministry-daily"]["schedules"][0]["schedule"]
    assert daily["timezone"] == "Europe/Kyiv" and daily["cron"].endswith("* * *")
    assert not by_name["backfill"]["schedules"] and not by_name["rebuild"]["schedules"]
    assert by_name["rebuild"]["parameters"] == {"offline": True, "task_runner": "process"}
    assert all(d["concurrency_limit"] == 1 or (d.get("global_concurrency_limit") or {}).get("limit") == 1 for d in listing)


def test_backfill_by_hand_publishes_and_wrong_params_are_refused(prefect_stack, tmp_path):
    sources = local_source(tmp_path, "gs_2024", ["ua_mod/txt/2024-01-24_kmugovua_en.txt", "ua_mod/txt/2024-01-25_kmugovua_en.txt"])
    data = tmp_path / "data"
    done = run_deployment(prefect_stack, "casualty-pipeline/backfill", f"sources_file={sources}", f"data_dir={data}", "since=2022-02-24")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    with duckdb.connect(str(data / "processed" / "casualties.duckdb"), read_only=True) as con:
        rows = con.execute("select day, value from daily_series where metric = 'killed' and reported order by day").fetchall()
    assert [v for _, v in rows] == [378660, 379610]
    refused = run_deployment(prefect_stack, "casualty-pipeline/backfill", "since=last tuesday", watch=False)
    assert refused.returncode != 0 and "Validation failed for field 'since'" in refused.stdout + refused.stderr


def test_two_runs_at_once_do_not_interleave_and_lose_nothing(prefect_stack, tmp_path):
    data = tmp_path / "shared-data"
    first = local_source(tmp_path, "first", ["ua_mod/txt/2023-05-01_kmugovua_en.txt"])
    second = local_source(tmp_path, "second", ["ua_mod/txt/2023-05-02_kmugovua_en.txt"])
    with ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(lambda s: run_deployment(prefect_stack, "casualty-pipeline/backfill", f"sources_file={s}", f"data_dir={data}"),
                             [first, second]))
    for done in runs:
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    with duckdb.connect(str(data / "processed" / "casualties.duckdb"), read_only=True) as con:
        assert dict(con.execute("select source_id, count(*) from documents group by 1").fetchall()) == {"first": 1, "second": 1}
    flow_runs = requests.post(f"{prefect_stack['api']}/flow_runs/filter", json={"sort": "START_TIME_ASC"}, timeout=10).json()
    ours = [r for r in flow_runs if r["deployment_id"] and str(data) in json.dumps(r["parameters"])]
    assert len(ours) == 2 and all(r["state_type"] == "COMPLETED" for r in ours)
    spans = sorted((datetime.fromisoformat(r["start_time"]), datetime.fromisoformat(r["end_time"])) for r in ours)
    assert spans[0][1] <= spans[1][0], f"runs overlapped: {spans}"


def test_run_leaves_an_artifact_with_per_source_counts(prefect_stack):
    artifacts = requests.post(f"{prefect_stack['api']}/artifacts/filter", json={}, timeout=10).json()
    ours = [a for a in artifacts if a.get("key") == "casualty-pipeline-run"]
    assert ours and "| source |" in ours[-1]["data"] and "gs_2024" in " ".join(a["data"] for a in ours)


@pytest.fixture(autouse=True, scope="module")
def _prefect_cli_present():
    if not shutil.which(PREFECT):
        pytest.fail(f"prefect CLI not found at {PREFECT}")
