"""Regenerate demo/ministry_posts.jsonl: our own daily-post texts carrying real figures.

The figures come from the PetroIvaniuk reference series (MIT) in ../shared/real/ministry/reference;
the wording and layouts are ours (bench/corpus.py, one layout per era the ministry has used). The
output is committed, so running this (`python demo/build_demo.py`) is only needed to change it.
"""

import json
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.corpus import REFERENCE, load_reference, post_for  # noqa: E402


def main() -> int:
    if not REFERENCE.exists():
        print(f"needs the reference series at {REFERENCE}", file=sys.stderr)
        return 1
    ref = load_reference()
    days = sorted(ref)
    picked, day = [], date(2022, 3, 1)
    while day.isoformat() <= days[-1]:
        picked.append(day)
        day += timedelta(days=45)
    # Three consecutive days, so the demo series shows reported changes day by day.
    picked += [date(2023, 10, 21), date(2023, 10, 22), date(2023, 10, 23)]
    out = []
    for day in sorted(set(picked)):
        if day.isoformat() not in ref:
            continue
        text, lang = post_for(day, ref)
        out.append({"url": f"https://demo.casualty-claims.example/ua-mod/{day.isoformat()}", "title": text.split("\n", 1)[0],
                    "published": f"{day.isoformat()}T07:00:00+00:00", "kind": "ministry_post", "language": lang, "text": text})
    target = HERE / "ministry_posts.jsonl"
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"wrote {len(out)} posts to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
