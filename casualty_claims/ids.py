"""Deterministic ids: every id is a hash of content, never a counter."""

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

ID_LENGTH = 16
# Query parameters that identify a campaign, not a page: dropping them keeps one doc_id per page.
_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_", "ref_src")


def short_hash(*parts: object) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:ID_LENGTH]


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:ID_LENGTH]


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop the fragment, default ports and tracking parameters."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and not (
        (parts.scheme == "http" and parts.port == 80) or (parts.scheme == "https" and parts.port == 443)
    ):
        host = f"{host}:{parts.port}"
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith(_TRACKING_PREFIXES))
    )
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), host, path, query, ""))


def doc_id_for(url: str) -> str:
    return short_hash(canonical_url(url))
