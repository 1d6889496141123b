"""Stored raw documents -> rows of `documents`, `claims` and `rejects` (plain dicts).

Every document the ministry-post reader does not recognise goes through the
free-text extractor. A document that makes either fail is quarantined with its
reason; the batch goes on.
"""

from datetime import UTC, date, datetime
from pathlib import Path

import dateparser

from casualty_claims.claim import Claim
from casualty_claims.extract import extract_claims
from casualty_claims.htmltext import html_to_text, normalise_lines, smallest_block
from casualty_claims.ids import short_hash
from casualty_claims.ministry import is_ministry_post, looks_like_loss_list, parse_ministry_post
from casualty_claims.rawstore import StoredDoc
from schemas.vocab import DOC_KINDS


class ParseError(ValueError):
    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason


def to_utc(value: str | None) -> datetime:
    """ISO date or datetime (or, failing that, any date dateparser reads); naive times are UTC."""
    if not value:
        raise ParseError("missing_published", "no publication date")
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        parsed = dateparser.parse(value, settings={"TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True})
        if parsed is None:
            raise ParseError("bad_published", f"cannot read publication date {value!r}") from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def document_text(raw: bytes, content_type: str) -> str:
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        decoded = raw.decode("cp1251" if b"\xd0" not in raw else "utf-8", errors="replace")
    if content_type == "text/html":
        # A daily losses post is read from the DOM as shown; anything else through trafilatura.
        return smallest_block(decoded, looks_like_loss_list) or html_to_text(decoded)
    # Keep plain text as given (offsets of evidence point into it); only unify line ends.
    return decoded.replace("\r\n", "\n")


def _doc_kind(record: StoredDoc, text: str, default: str | None) -> str:
    given = (record.doc_kind or "").strip()
    if given in DOC_KINDS:
        return given
    if given.startswith("ministry_post") or is_ministry_post(text):
        return "ministry_post"
    return default if default in DOC_KINDS else "article"


def read_claims(text: str, published: date, title: str | None, doc_kind: str | None = None) -> list[Claim]:
    claims = parse_ministry_post(text, published)
    return claims if claims else extract_claims(text, published, title=title, doc_kind=doc_kind)


def claim_rows(claims: list[Claim], doc_id: str, version: str, text: str) -> list[dict]:
    rows, seen = [], set()
    for c in claims:
        claim_id = short_hash(doc_id, *c.key())
        if claim_id in seen:  # the same figure stated twice in one document is one claim
            continue
        seen.add(claim_id)
        rows.append({
            "claim_id": claim_id, "doc_id": doc_id, "version": version,
            "claimant": c.claimant, "subject": c.subject, "metric": c.metric,
            "value": c.value, "value_low": c.value_low, "value_high": c.value_high,
            "qualifier": c.qualifier, "scope": c.scope, "as_of": c.as_of,
            "evidence": text[c.evidence_start:c.evidence_end],
            "evidence_start": c.evidence_start, "evidence_end": c.evidence_end,
            "extractor": c.extractor,
        })
    return rows


def reject_row(record: StoredDoc, stage: str, reason: str, detail: str) -> dict:
    return {"source_id": record.source_id, "doc_id": record.doc_id, "stage": stage,
            "reason": reason, "detail": detail[:2000], "at": to_utc(record.fetched_at)}


def parse_batch(records: list[StoredDoc], raw_dir: Path, default_kinds: dict[str, str] | None = None) -> dict[str, list[dict]]:
    """Parse a batch of stored documents; returns {"documents": [...], "claims": [...], "rejects": [...]}."""
    out = {"documents": [], "claims": [], "rejects": []}
    for record in records:
        try:
            text = document_text(record.read(raw_dir), record.content_type)
            if not text.strip():
                raise ParseError("empty_text", "no text in document")
            published = to_utc(record.published)
        except ParseError as exc:
            out["rejects"].append(reject_row(record, "parse", exc.reason, str(exc)))
            continue
        except Exception as exc:  # a broken page must not stop the batch
            out["rejects"].append(reject_row(record, "parse", type(exc).__name__, str(exc)))
            continue
        title = normalise_lines(record.title).replace("\n", " ") if record.title else text.split("\n", 1)[0][:300]
        doc_kind = _doc_kind(record, text, (default_kinds or {}).get(record.source_id))
        out["documents"].append({
            "doc_id": record.doc_id, "version": record.version, "source_id": record.source_id,
            "url": record.url, "title": title, "published_at": published, "fetched_at": to_utc(record.fetched_at),
            "doc_kind": doc_kind,
            "language": record.language, "text": text,
        })
        try:
            claims = read_claims(text, published.date(), title, doc_kind)
        except Exception as exc:  # quarantine the document's claims, keep the document
            out["rejects"].append(reject_row(record, "extract", type(exc).__name__, str(exc)))
            continue
        out["claims"].extend(claim_rows(claims, record.doc_id, record.version, text))
    return out
