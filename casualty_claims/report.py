"""Charts and a small HTML report from the published database.

`python -m casualty_claims.report [--data-dir DIR]` writes, for each subject x metric,
a PNG with one line per claimant over time (log scale when the claimants differ by
more than 20x), and DIR/processed/report.html showing them with the latest claims
and links to their evidence. It reads the database read-only.
"""

import argparse
import html
import sys
from pathlib import Path

import duckdb
import matplotlib

matplotlib.use("Agg")  # files only, no screen
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

LOG_SCALE_RATIO = 20
SUBJECT_LABELS = {"ru_military": "Russian military", "ua_military": "Ukrainian military", "civilians": "civilians",
                  "children": "children", "all_military": "both armies"}


def chart(series, subject: str, metric: str, path: Path) -> None:
    fig, ax = plt.subplots(figsize=(10, 5.5), dpi=110)
    values = []
    for claimant, rows in sorted(series.items()):
        days = [r[0] for r in rows]
        vals = [r[1] for r in rows]
        values.extend(v for v in vals if v)
        (line,) = ax.plot(days, vals, linewidth=1.8, label=claimant)
        reported = [(d, v) for d, v, rep in rows if rep]
        if len(reported) <= 60:  # mark the days a claim was published, where they stay readable
            ax.scatter([d for d, _ in reported], [v for _, v in reported], s=14, color=line.get_color(), zorder=3)
    positive = [v for v in values if v > 0]
    if positive and max(positive) / min(positive) > LOG_SCALE_RATIO:
        ax.set_yscale("log")
        ax.set_ylabel(f"{metric} (log scale)")
    else:
        ax.set_ylabel(metric)
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.set_title(f"{metric.replace('_', ' ')} — {SUBJECT_LABELS.get(subject, subject)}: cumulative figure claimed by each source")
    ax.xaxis.set_major_locator(mdates.AutoDateLocator())
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.grid(True, which="major", alpha=0.3)
    ax.legend(title="claimant", loc="upper left", fontsize=9)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def build_report(database: Path, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    charts_dir = out_dir / "charts"
    charts_dir.mkdir(exist_ok=True)
    with duckdb.connect(str(database), read_only=True) as con:
        rows = con.execute("select subject, metric, claimant, day, value, reported from daily_series order by subject, metric, claimant, day").fetchall()
        latest = con.execute("""select subject, metric, claimant, as_of, value_point, value_low, value_high, qualifier, evidence, url
                                 from latest_claims order by subject, metric, value_point desc""").fetchall()
    grouped: dict[tuple[str, str], dict[str, list]] = {}
    for subject, metric, claimant, day, value, reported in rows:
        grouped.setdefault((subject, metric), {}).setdefault(claimant, []).append((day, value, reported))
    sections = []
    for (subject, metric), series in grouped.items():
        name = f"{subject}__{metric}.png"
        chart(series, subject, metric, charts_dir / name)
        table = "".join(
            f"<tr><td>{html.escape(c)}</td><td>{a}</td><td class=n>{_fmt(v, lo, hi)}</td><td>{q}</td>"
            f"<td>{html.escape(ev)}</td><td><a href=\"{html.escape(u)}\">source</a></td></tr>"
            for s, m, c, a, v, lo, hi, q, ev, u in latest if (s, m) == (subject, metric)
        )
        sections.append(
            f"<section><h2>{html.escape(metric)} — {html.escape(SUBJECT_LABELS.get(subject, subject))}</h2>"
            f"<img src=\"charts/{name}\" alt=\"{html.escape(metric)} by claimant\">"
            f"<table><tr><th>claimant</th><th>as of</th><th>figure</th><th>qualifier</th><th>evidence</th><th></th></tr>{table}</table></section>"
        )
    page = out_dir / "report.html"
    page.write_text(
        "<!doctype html><meta charset=utf-8><title>casualty-claims report</title>"
        "<style>body{font-family:sans-serif;max-width:1150px;margin:auto}img{max-width:100%}"
        "table{border-collapse:collapse;font-size:90%}td,th{border:1px solid #ccc;padding:3px 6px}td.n{text-align:right}</style>"
        "<h1>Loss claims by source</h1><p>Each line is one claimant's cumulative figure, carried forward between reports."
        " The table lists each claimant's latest figure with the sentence it was read from.</p>" + "".join(sections),
        encoding="utf-8",
    )
    return page


def _fmt(value, low, high) -> str:
    if low is not None and high is not None and value == high and low != high:
        return f"{low:,}–{high:,}"
    return f"{value:,}" if value is not None else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m casualty_claims.report", description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", default="data")
    args = parser.parse_args(argv)
    processed = Path(args.data_dir) / "processed"
    page = build_report(processed / "casualties.duckdb", processed)
    print(f"wrote {page} and {len(list((processed / 'charts').glob('*.png')))} charts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
