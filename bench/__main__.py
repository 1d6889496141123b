"""`python -m bench [--quick] [--repeat N]`: the benchmark suite. Ends with one JSON object.

Cases (each reported with docs_per_s, wall_s, peak_rss_mb and, where it has one, the ratio
to a bare baseline run in the same session):
- parse_posts: the ministry-post reader on generated posts, text in hand; baseline = read
  the same texts and run one compiled number regex over them.
- extract_articles: the free-text grammar on generated articles, text in hand; same baseline.
- rebuild: `python -m flows.pipeline --offline` over a raw store of generated documents.
- sql_models: the SQL models over generated claims.
- nothing_new: a scheduled run that finds nothing new, beside an empty Prefect flow run.
Each case runs in a child process (so peak memory is its own); timings are medians.
"""

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
from pathlib import Path

from bench.cases import SIZES, case_extract_articles, case_nothing_new, case_parse_posts, case_rebuild, case_sql_models, in_child


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small version of each case, under a minute")
    parser.add_argument("--repeat", type=int, default=None, help="runs per timing (median); default 3, quick 1")
    parser.add_argument("--only", nargs="*", help="case names")
    args = parser.parse_args(argv)
    size = SIZES["quick" if args.quick else "full"]
    repeat = args.repeat or (1 if args.quick else 3)
    workdir = Path(tempfile.mkdtemp(prefix="casualty-bench-"))
    cases = {
        "parse_posts": lambda: in_child(case_parse_posts, size["posts"], repeat),
        "extract_articles": lambda: in_child(case_extract_articles, size["articles"], repeat),
        "rebuild": lambda: in_child(case_rebuild, size["rebuild"], workdir),
        "sql_models": lambda: in_child(case_sql_models, size["claims"], repeat),
        "nothing_new": lambda: in_child(case_nothing_new, workdir, max(repeat, 3)),
    }
    results = {}
    try:
        for name, run in cases.items():
            if args.only and name not in args.only:
                continue
            print(f"running {name} ...", file=sys.stderr, flush=True)
            results[name] = run()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    machine = {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(), "processor": platform.machine()}
    print(json.dumps({"mode": "quick" if args.quick else "full", "repeat": repeat, "machine": machine, "cases": results}))
    return 0 if all("error" not in r for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
