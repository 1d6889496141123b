"""The one-screen run summary, read back from the published database."""

from pathlib import Path

import duckdb


def summarise(database: Path, reports: list[dict], counts: dict, skipped: bool, seconds: float) -> str:
    lines = [f"casualty-pipeline: {'nothing new, published database kept' if skipped else 'published'} {database} in {seconds:.1f} s"]
    lines.append("")
    lines.append(f"{'source':<28}{'new':>7}{'known':>7}{'problems':>10}  status")
    for r in reports:
        status = "FAILED: " + r["error"][:60] if r["error"] else "ok"
        lines.append(f"{r['source_id']:<28}{r['new']:>7}{r['known']:>7}{len(r['problems']):>10}  {status}")
    if not database.exists():
        return "\n".join(lines)
    with duckdb.connect(str(database), read_only=True) as con:
        table_counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                        for t in ("documents", "claims", "claims_history", "rejects", "daily_series")}
        lines.append("")
        lines.append("tables: " + ", ".join(f"{t} {n}" for t, n in table_counts.items()))
        by_reason = con.execute("select stage || ':' || reason, count(*) from rejects group by 1 order by 2 desc limit 5").fetchall()
        if by_reason:
            lines.append("rejects: " + ", ".join(f"{r} {n}" for r, n in by_reason))
        lines.append("")
        lines.append("latest cumulative figure per claimant (killed):")
        rows = con.execute("""
            select claimant, subject, max(day) as day, arg_max(value, day) as value
            from daily_series where metric = 'killed'
            group by claimant, subject order by subject, claimant limit 12
        """).fetchall()
        for claimant, subject, day, value in rows:
            lines.append(f"  {claimant:<24}{subject:<14}{value:>12,}  as of {day}")
        compared = con.execute("""
            select day, claimant_a, value_a, claimant_b, value_b, ratio from source_comparison
            where subject = 'ru_military' and metric = 'killed' and claimant_a like 'ua_%' and claimant_b = 'ru_mod'
              and (reported_a or reported_b)
            order by day desc, claimant_a limit 3
        """).fetchall()
        if compared:
            lines.append("")
            lines.append("Kyiv vs Moscow on Russian military deaths (source_comparison):")
            for day, a, va, b, vb, ratio in compared:
                lines.append(f"  {day}  {a} {va:,} vs {b} {vb:,}: {ratio:.1f}x")
    return "\n".join(lines)
