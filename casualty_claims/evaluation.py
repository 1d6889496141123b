"""Score the extractor against a gold file labelled by ../shared/real/LABELING.md.

A predicted claim matches a gold claim of the same document when claimant, subject,
metric and value agree (value_low and value_high for ranges); each gold claim
matches once. Also reported: the same F1 ignoring the claimant, qualifier / scope /
as_of accuracy on matched pairs, tables per claimant and per metric, and every miss
and false hit with its sentence.
"""

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from casualty_claims.claim import Claim
from casualty_claims.extract import extract_claims

N_FOLDS = 5
TUNE_FOLDS = (0, 1, 2)  # developers look at errors on these only; 3 and 4 are kept aside


def fold_of(doc_id: str) -> int:
    return int(hashlib.sha256(doc_id.encode()).hexdigest()[:8], 16) % N_FOLDS


def load_gold(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def _value_key(c: dict) -> tuple:
    return (c.get("value"), c.get("value_low"), c.get("value_high")) if c.get("value") is None else (c["value"], None, None)


def _as_dict(c: Claim) -> dict:
    return {"claimant": c.claimant, "subject": c.subject, "metric": c.metric, "value": c.value,
            "value_low": c.value_low, "value_high": c.value_high, "qualifier": c.qualifier,
            "scope": c.scope, "as_of": c.as_of.isoformat(), "start": c.evidence_start, "end": c.evidence_end}


def match(predicted: list[dict], gold: list[dict], with_claimant: bool = True) -> list[tuple[int, int]]:
    """Pairs (predicted index, gold index); each gold at most once, better agreement first."""
    def key(c):
        base = (c["subject"], c["metric"], _value_key(c))
        return (c["claimant"], *base) if with_claimant else base
    pairs, used = [], set()
    for pi, p in enumerate(predicted):
        candidates = [gi for gi, g in enumerate(gold) if gi not in used and key(g) == key(p)]
        if candidates:
            best = max(candidates, key=lambda gi: (gold[gi]["scope"] == p["scope"], gold[gi]["as_of"] == p["as_of"], -gi))
            used.add(best)
            pairs.append((pi, best))
    return pairs


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    overall: Score = field(default_factory=Score)
    no_claimant: Score = field(default_factory=Score)
    by_claimant: dict = field(default_factory=dict)
    by_metric: dict = field(default_factory=dict)
    attribute_hits: Counter = field(default_factory=Counter)
    matched: int = 0
    misses: list = field(default_factory=list)
    false_hits: list = field(default_factory=list)
    wrong_attributes: list = field(default_factory=list)  # matched pairs whose qualifier, scope or as_of differ
    documents: int = 0
    seconds: float = 0.0


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind("\n", 0, start), max(text.rfind(". ", 0, start) + 1, 0))
    right_candidates = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return re.sub(r"\s+", " ", text[left:right]).strip()[:400]


def evaluate(docs: list[dict]) -> Report:
    import time

    report = Report()
    started = time.perf_counter()
    for doc in docs:
        report.documents += 1
        text, published = doc["text"], date.fromisoformat(doc["published"][:10])
        predicted = [_as_dict(c) for c in extract_claims(text, published, title=doc.get("title"), doc_kind=doc.get("kind"))]
        gold = doc["claims"]
        pairs = match(predicted, gold)
        report.overall.tp += len(pairs)
        report.overall.fp += len(predicted) - len(pairs)
        report.overall.fn += len(gold) - len(pairs)
        loose = match(predicted, gold, with_claimant=False)
        report.no_claimant.tp += len(loose)
        report.no_claimant.fp += len(predicted) - len(loose)
        report.no_claimant.fn += len(gold) - len(loose)
        matched_p, matched_g = {p for p, _ in pairs}, {g for _, g in pairs}
        for p, g in pairs:
            report.matched += 1
            for attr in ("qualifier", "scope", "as_of"):
                report.attribute_hits[attr] += predicted[p][attr] == gold[g][attr]
                if predicted[p][attr] != gold[g][attr]:
                    report.wrong_attributes.append((doc["doc_id"], attr, predicted[p][attr], gold[g][attr], gold[g].get("evidence", "")))
        for table, attr in ((report.by_claimant, "claimant"), (report.by_metric, "metric")):
            for _, g in pairs:
                table.setdefault(gold[g][attr], Score()).tp += 1
            for i, c in enumerate(predicted):
                if i not in matched_p:
                    table.setdefault(c[attr], Score()).fp += 1
            for i, c in enumerate(gold):
                if i not in matched_g:
                    table.setdefault(c[attr], Score()).fn += 1
        for i, c in enumerate(gold):
            if i not in matched_g:
                report.misses.append((doc["doc_id"], c, c.get("evidence", "")))
        for i, c in enumerate(predicted):
            if i not in matched_p:
                report.false_hits.append((doc["doc_id"], c, _sentence_around(text, c["start"], c["end"])))
    report.seconds = time.perf_counter() - started
    return report


def _fmt_claim(c: dict) -> str:
    value = c["value"] if c.get("value") is not None else f"{c.get('value_low')}-{c.get('value_high')}"
    return f"{c['claimant']}/{c['subject']}/{c['metric']}={value} {c['qualifier']} {c['scope']} {c['as_of']}"


def format_report(report: Report, show_errors: bool = True) -> str:
    o, n = report.overall, report.no_claimant
    lines = [
        f"documents {report.documents}, gold {o.tp + o.fn}, predicted {o.tp + o.fp}, matched {o.tp}",
        f"precision {o.precision:.3f}  recall {o.recall:.3f}  F1 {o.f1:.3f}",
        f"ignoring claimant: precision {n.precision:.3f}  recall {n.recall:.3f}  F1 {n.f1:.3f}",
        "on matched pairs: " + "  ".join(
            f"{a} {report.attribute_hits[a] / report.matched:.3f}" if report.matched else f"{a} n/a" for a in ("qualifier", "scope", "as_of")),
        f"speed: {report.documents / report.seconds:.0f} documents/s" if report.seconds else "",
        "",
        f"{'claimant':<24}{'tp':>5}{'fp':>5}{'fn':>5}{'F1':>7}",
        *[f"{k:<24}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.f1:>7.3f}" for k, s in sorted(report.by_claimant.items(), key=lambda kv: -(kv[1].tp + kv[1].fn))],
        "",
        f"{'metric':<24}{'tp':>5}{'fp':>5}{'fn':>5}{'F1':>7}",
        *[f"{k:<24}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.f1:>7.3f}" for k, s in sorted(report.by_metric.items(), key=lambda kv: -(kv[1].tp + kv[1].fn))],
    ]
    if show_errors:
        lines += ["", f"misses ({len(report.misses)}):"]
        lines += [f"  {d}: {_fmt_claim(c)} | {ev}" for d, c, ev in report.misses]
        lines += ["", f"false hits ({len(report.false_hits)}):"]
        lines += [f"  {d}: {_fmt_claim(c)} | {s}" for d, c, s in report.false_hits]
        lines += ["", f"matched, with a wrong qualifier, scope or as_of ({len(report.wrong_attributes)}): predicted -> gold"]
        lines += [f"  {d}: {attr} {got} -> {want} | {ev}" for d, attr, got, want, ev in report.wrong_attributes]
    return "\n".join(lines)
