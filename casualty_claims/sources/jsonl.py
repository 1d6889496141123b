"""`jsonl` sources: a local file, one document per line."""

import json
from collections.abc import Iterator

from casualty_claims.sources.base import KindSpec, Problem, RawDoc


def check(source) -> None:
    from casualty_claims.config import SourcesError

    if not source.path("path").is_file():
        raise SourcesError(f"source '{source.id}': field 'path' names no file: {source.path('path')}")


def fetch(source, since=None, until=None, context=None) -> Iterator[RawDoc | Problem]:
    path = source.path("path")
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Problem("malformed_json", f"{where}: {exc}")
                continue
            yield from _to_doc(record, where)


def _to_doc(record: object, where: str) -> Iterator[RawDoc | Problem]:
    if not isinstance(record, dict):
        yield Problem("malformed_record", f"{where}: a line must be a JSON object")
        return
    for name in ("url", "published"):
        if not isinstance(record.get(name), str) or not record[name].strip():
            yield Problem(f"missing_{name}", f"{where}: field '{name}' is missing", url=record.get("url"))
            return
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        content, ctype = html, "text/html"
    elif isinstance(text, str) and text.strip():
        content, ctype = text, "text/plain"
    else:
        yield Problem("missing_text", f"{where}: field 'text' or 'html' is missing", url=record["url"])
        return
    yield RawDoc(
        url=record["url"],
        content=content.encode("utf-8"),
        content_type=ctype,
        published=record["published"],
        title=record.get("title"),
        doc_kind=record.get("kind"),
        language=record.get("language"),
        origin=where,
    )


SPEC = KindSpec(fetch=fetch, required=("path",), check=check)
