"""Raw store: written once, keyed by content hash, never edited; fetchers feed it."""

import json
from datetime import UTC, datetime

from casualty_claims.config import load_sources
from casualty_claims.ids import canonical_url, doc_id_for
from casualty_claims.rawstore import iter_stored, store
from casualty_claims.sources import KINDS, Problem, RawDoc
from tests.conftest import MINISTRY, write_sources

T0 = datetime(2024, 1, 1, tzinfo=UTC)


def test_store_is_write_once_and_content_addressed(tmp_path):
    doc = RawDoc(url="https://Example.org/a#top", content=b"hello", content_type="text/plain", published="2024-01-01")
    first, new = store(tmp_path, "s", doc, fetched_at=T0)
    sidecar = tmp_path / "s" / f"{first.version}__{first.doc_id}.json"
    before = sidecar.read_bytes()
    again, new_again = store(tmp_path, "s", doc, fetched_at=datetime(2025, 1, 1, tzinfo=UTC))
    assert new and not new_again
    assert again == first and sidecar.read_bytes() == before  # the first fetch time is kept
    assert (tmp_path / "s" / f"{first.version}.txt").read_bytes() == b"hello"
    changed, is_new = store(tmp_path, "s", RawDoc(doc.url, b"hello, revised", "text/plain", "2024-01-01"), fetched_at=T0)
    assert is_new and changed.doc_id == first.doc_id and changed.version != first.version
    assert len(iter_stored(tmp_path)) == 2
    meta = json.loads(before)
    assert {"url", "fetched_at", "published", "content_type", "origin"} <= meta.keys()


def test_doc_id_ignores_fragment_case_and_tracking():
    assert canonical_url("HTTPS://Example.ORG:443/a?utm_source=x&b=2&a=1#f") == "https://example.org/a?a=1&b=2"
    assert doc_id_for("https://example.org/a?utm_source=x") == doc_id_for("https://example.org/a")
    assert doc_id_for("https://example.org/a") != doc_id_for("https://example.org/b")


def test_jsonl_source_reports_bad_lines_and_keeps_good_ones(tmp_path):
    lines = [
        json.dumps({"url": "https://x.org/1", "published": "2022-03-02", "title": "ok", "text": "A text."}),
        "{not json",
        json.dumps({"url": "https://x.org/2", "title": "no date", "text": "B"}),
        json.dumps({"url": "https://x.org/3", "published": "2022-03-02"}),
        json.dumps({"url": "https://x.org/4", "published": "2022-03-02T10:00:00Z", "html": "<p>Hi</p>", "kind": "un_update"}),
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n")
    source = load_sources(write_sources(tmp_path, "- {id: j, kind: jsonl, path: d.jsonl}"))[0]
    items = list(KINDS["jsonl"].fetch(source))
    docs = [i for i in items if isinstance(i, RawDoc)]
    problems = [i.reason for i in items if isinstance(i, Problem)]
    assert [d.url for d in docs] == ["https://x.org/1", "https://x.org/4"]
    assert docs[1].content_type == "text/html" and docs[1].doc_kind == "un_update"
    assert problems == ["malformed_json", "missing_published", "missing_text"]


def test_directory_source_takes_metadata_from_the_manifest(tmp_path):
    body = (
        f"- id: posts\n  kind: directory\n  path: {MINISTRY / 'ua_mod' / 'html'}\n"
        f"  manifest: {MINISTRY / 'manifest.jsonl'}\n  pattern: '2022-04-1*'\n"
    )
    source = load_sources(write_sources(tmp_path, body))[0]
    docs = list(KINDS["directory"].fetch(source))
    assert len(docs) == 8 and all(isinstance(d, RawDoc) for d in docs)
    first = docs[0]
    assert first.url.startswith("https://www.mil.gov.ua/en/news/2022/04/12/")
    assert first.published.startswith("2022-04-12") and first.doc_kind == "ministry_post"


def test_directory_source_reads_meta_tags_and_sidecars(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_text(
        '<html lang="en"><head><link rel="canonical" href="https://n.org/a">'
        '<meta property="article:published_time" content="2022-03-03T10:00:00Z"><title>T</title></head>'
        "<body><p>Text.</p></body></html>"
    )
    (pages / "b.txt").write_text("Plain text.")
    (pages / "b.txt.json").write_text(json.dumps({"url": "https://n.org/b", "published": "2022-03-04"}))
    (pages / "c.txt").write_text("No date anywhere.")
    source = load_sources(write_sources(tmp_path, "- {id: p, kind: directory, path: pages}"))[0]
    items = list(KINDS["directory"].fetch(source))
    docs = {d.url: d for d in items if isinstance(d, RawDoc)}
    assert docs["https://n.org/a"].published == "2022-03-03T10:00:00Z" and docs["https://n.org/a"].language == "en"
    assert docs["https://n.org/b"].published == "2022-03-04"
    assert [i.reason for i in items if isinstance(i, Problem)] == ["missing_published"]
