"""The sources file is checked before any work starts, with errors that name source and field."""

import pytest

from casualty_claims.config import SourcesError, load_sources
from tests.conftest import write_sources


def test_valid_file_resolves_paths_relative_to_itself(tmp_path):
    (tmp_path / "docs.jsonl").write_text("")
    (tmp_path / "pages").mkdir()
    path = write_sources(tmp_path, "- {id: a, kind: jsonl, path: docs.jsonl}\n- {id: b, kind: directory, path: pages}\n")
    sources = load_sources(path)
    assert [s.id for s in sources] == ["a", "b"]
    assert sources[0].path("path") == (tmp_path / "docs.jsonl").resolve()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("- {id: a, kind: carrier_pigeon}", "source 'a': field 'kind' is 'carrier_pigeon'"),
        ("- {id: a, kind: jsonl}", "source 'a': field 'path' is required for kind 'jsonl'"),
        ("- {kind: jsonl, path: x}", "source #1: field 'id' is missing"),
        ("- {id: a, kind: jsonl, path: docs.jsonl, pth: x}", "source 'a': field 'pth' is not known"),
        ("- {id: a, kind: jsonl, path: docs.jsonl}\n- {id: a, kind: jsonl, path: docs.jsonl}", "source 'a': field 'id' is used twice"),
        ("- {id: a, kind: jsonl, path: missing.jsonl}", "source 'a': field 'path' names no file"),
        ("- {id: a, kind: directory, path: nowhere}", "source 'a': field 'path' names no folder"),
        ("just a string", "expected a list of sources"),
    ],
)
def test_errors_name_the_source_and_the_field(tmp_path, body, message):
    (tmp_path / "docs.jsonl").write_text("")
    with pytest.raises(SourcesError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_sources(write_sources(tmp_path, body))


def test_only_selects_sources_and_rejects_unknown_ids(tmp_path):
    (tmp_path / "docs.jsonl").write_text("")
    path = write_sources(tmp_path, "- {id: a, kind: jsonl, path: docs.jsonl}\n- {id: b, kind: jsonl, path: docs.jsonl}\n")
    assert [s.id for s in load_sources(path, only=["b"])] == ["b"]
    with pytest.raises(SourcesError, match="no source with id zz"):
        load_sources(path, only=["zz"])
