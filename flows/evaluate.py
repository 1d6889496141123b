"""`python -m flows.evaluate GOLD.jsonl`: precision, recall and F1 of the extractor on a gold file.

Options: --folds all|tune|held (a fixed split of documents by doc_id hash: folds 0-2
are the ones developers look at, 3-4 are kept aside), --exclude DOC_ID,... (leave documents out,
e.g. held-out ones a developer has seen), --no-errors, --json.
"""

import argparse
import json
import sys

from casualty_claims.evaluation import TUNE_FOLDS, evaluate, fold_of, format_report, load_gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("gold", help="gold JSONL (LABELING.md format)")
    parser.add_argument("--folds", choices=["all", "tune", "held"], default="all")
    parser.add_argument("--exclude", default="", help="comma-separated doc_ids to leave out (documents already seen)")
    parser.add_argument("--no-errors", action="store_true", help="only the scores")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    args = parser.parse_args(argv)
    docs = load_gold(args.gold)
    if args.folds != "all":
        docs = [d for d in docs if (fold_of(d["doc_id"]) in TUNE_FOLDS) == (args.folds == "tune")]
    excluded = {doc_id.strip() for doc_id in args.exclude.split(",") if doc_id.strip()}
    docs = [d for d in docs if d["doc_id"] not in excluded]
    report = evaluate(docs)
    if args.json:
        o, n = report.overall, report.no_claimant
        print(json.dumps({
            "documents": report.documents, "precision": round(o.precision, 4), "recall": round(o.recall, 4), "f1": round(o.f1, 4),
            "f1_ignoring_claimant": round(n.f1, 4),
            **{f"{a}_accuracy": round(report.attribute_hits[a] / report.matched, 4) if report.matched else None
               for a in ("qualifier", "scope", "as_of")},
        }))
    else:
        print(format_report(report, show_errors=not args.no_errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
