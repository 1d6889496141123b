"""Bad rows are found by the contract in schemas/ and end up in rejects; good rows go on."""

from datetime import UTC, date, datetime

import pytest

from casualty_claims.stages import validate_parsed
from schemas.vocab import CLAIMANTS, METRICS, QUALIFIERS, SCOPES, SUBJECTS
from tests.conftest import REAL

TEXT = "Konashenkov said 498 Russian troops were killed."


def _doc(**over):
    row = {"doc_id": "d" * 16, "version": "v" * 16, "source_id": "s", "url": "https://x.org/1", "title": "t",
           "published_at": datetime(2022, 3, 2, 12, tzinfo=UTC), "fetched_at": datetime(2022, 3, 3, tzinfo=UTC),
           "doc_kind": "article", "language": "en", "text": TEXT}
    return {**row, **over}


def _claim(n, **over):
    start = TEXT.index("498")
    row = {"claim_id": f"{n:016d}", "doc_id": "d" * 16, "version": "v" * 16, "claimant": "ru_mod",
           "subject": "ru_military", "metric": "killed", "value": 498, "value_low": None, "value_high": None,
           "qualifier": "exact", "scope": "cumulative", "as_of": date(2022, 3, 2), "evidence": "498",
           "evidence_start": start, "evidence_end": start + 3, "extractor": "test@1"}
    return {**row, **over}


BAD_CLAIMS = {
    "enum": (_claim(1, claimant="ukraine"), "isin"),
    "negative": (_claim(2, value=-5), "greater_than_or_equal_to"),
    "range_order": (_claim(3, value=None, value_low=10, value_high=5, qualifier="range"), "range_ordered"),
    "range_with_value": (_claim(4, value=7, value_low=5, value_high=10, qualifier="range"), "range_shape"),
    "evidence_elsewhere": (_claim(5, evidence="499"), "evidence_in_text"),
    "evidence_offsets_off": (_claim(6, evidence_start=0, evidence_end=3), "evidence_in_text"),
    "as_of_after_published": (_claim(7, as_of=date(2022, 3, 3)), "as_of_not_after_published"),
    "bad_metric": (_claim(8, metric="morale"), "isin"),
}


@pytest.mark.parametrize("case", sorted(BAD_CLAIMS))
def test_bad_claim_goes_to_rejects_with_its_check(case):
    bad, check = BAD_CLAIMS[case]
    good = _claim(99)
    tables = validate_parsed({"documents": [_doc()], "claims": [good, bad], "rejects": []})
    assert list(tables["claims"]["claim_id"]) == [good["claim_id"]]
    rejects = tables["rejects"]
    assert len(rejects) == 1
    row = rejects.iloc[0]
    assert row["stage"] == "validate" and check in row["reason"] and bad["claim_id"] in row["detail"]
    assert row["source_id"] == "s" and row["doc_id"] == "d" * 16


def test_bad_document_is_rejected_with_its_claims():
    tables = validate_parsed({"documents": [_doc(doc_kind="tweet")], "claims": [_claim(1)], "rejects": []})
    assert tables["documents"].empty and tables["claims"].empty
    assert [r.split("(")[0] for r in tables["rejects"]["reason"]] == ["isin"]


def test_vocabularies_are_exactly_those_of_the_labelling_rules():
    spec = (REAL / "LABELING.md").read_text(encoding="utf-8")
    for value in (*CLAIMANTS, *SUBJECTS, *METRICS, *QUALIFIERS, *SCOPES):
        assert f"`{value}`" in spec, value
    claimant_rows = [line.split("`")[1] for line in spec.splitlines() if line.startswith("| `")]
    assert set(claimant_rows) == set(CLAIMANTS)


def test_a_document_stored_by_two_sources_is_one_document():
    twice = [_doc(source_id="a"), _doc(source_id="b")]
    tables = validate_parsed({"documents": twice, "claims": [_claim(1), _claim(1)], "rejects": []})
    assert len(tables["documents"]) == 1 and tables["documents"]["source_id"].tolist() == ["a"]
    assert len(tables["claims"]) == 1 and tables["rejects"].empty
