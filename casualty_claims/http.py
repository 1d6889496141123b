"""A polite and careful HTTP client for the fetchers.

Polite: a User-Agent naming the project, a minimum interval between requests to one
host, connect and read timeouts, retries with backoff that honour Retry-After
(urllib3 Retry). Careful: only http and https; hosts that resolve to loopback,
private, link-local, multicast or reserved addresses are refused unless the source
allows them; every redirect hop is checked the same way; a size cap on every body;
the content type is checked against what the caller expects.
"""

import ipaddress
import socket
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

USER_AGENT = "casualty-claims/0.1 (+https://github.com/casualty-claims/casualty-claims; loss-claims research pipeline)"
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")
JSON_TYPES = ("application/json", "text/json")


class FetchError(RuntimeError):
    """A request that failed for good: refused, too large, wrong type, HTTP error after retries."""

    def __init__(self, url: str, reason: str, status: int | None = None):
        super().__init__(f"{reason} ({url})")
        self.url, self.reason, self.status = url, reason, status


@dataclass
class Response:
    url: str
    status: int
    content: bytes
    content_type: str
    headers: dict


@dataclass
class Policy:
    """Per-source settings: which private hosts are allowed, the pace and the limits."""

    allow_private_hosts: bool | list[str] = False
    min_interval: float = 1.0
    max_bytes: int = MAX_BYTES
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    retries: int = 3
    backoff: float = 1.0
    _last: dict = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)


def _allowed_private(host: str, address: ipaddress._BaseAddress, policy: Policy) -> bool:
    allow = policy.allow_private_hosts
    if allow is True:
        return True
    if not allow:
        return False
    for entry in allow:
        if entry == host:
            return True
        try:
            if address in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue
    return False


def check_url(url: str, policy: Policy) -> None:
    """Refuse a URL before any byte is sent: wrong scheme, or a host in a non-public range."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(url, f"refused scheme {parts.scheme or '(none)'!r}: only http and https")
    host = parts.hostname
    if not host:
        raise FetchError(url, "no host in URL")
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(url, f"cannot resolve host {host}: {exc}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if (address.is_private or address.is_loopback or address.is_link_local or address.is_multicast
                or address.is_reserved or address.is_unspecified) and not _allowed_private(host, address, policy):
            raise FetchError(url, f"refused host {host}: it resolves to the non-public address {address}")


class Client:
    def __init__(self, policy: Policy | None = None):
        self.policy = policy or Policy()
        self.session = requests.Session()
        retry = Retry(
            total=self.policy.retries, connect=self.policy.retries, read=self.policy.retries,
            status_forcelist=(429, 500, 502, 503, 504), allowed_methods=("GET", "HEAD"),
            backoff_factor=self.policy.backoff, respect_retry_after_header=True, raise_on_status=False,
            redirect=False,
        )
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers["User-Agent"] = USER_AGENT

    def _pace(self, url: str) -> None:
        host = urlsplit(url).netloc
        with self.policy._lock:
            wait = self.policy._last.get(host, 0.0) + self.policy.min_interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self.policy._last[host] = time.monotonic()

    def get(self, url: str, expect: tuple[str, ...] | None = None, headers: dict | None = None, params: dict | None = None) -> Response:
        """GET with redirects followed by hand (each hop checked). A 304 returns an empty body."""
        for _ in range(MAX_REDIRECTS + 1):
            check_url(url, self.policy)
            self._pace(url)
            try:
                raw = self.session.get(url, headers=headers, params=params, stream=True, allow_redirects=False,
                                       timeout=(self.policy.connect_timeout, self.policy.read_timeout))
            except requests.RequestException as exc:
                raise FetchError(url, f"{type(exc).__name__}: {exc}") from None
            params = None  # they are part of the URL from here on
            if raw.is_redirect:
                target = raw.headers.get("Location", "")
                raw.close()
                url = urljoin(raw.url, target)
                continue
            return self._read(raw, expect)
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def _read(self, raw: requests.Response, expect: tuple[str, ...] | None) -> Response:
        url = raw.url
        with raw:
            if raw.status_code == 304:
                return Response(url, 304, b"", "", dict(raw.headers))
            if raw.status_code >= 400:
                raise FetchError(url, f"HTTP {raw.status_code}", raw.status_code)
            content_type = raw.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if expect and content_type not in expect:
                raise FetchError(url, f"unexpected content type {content_type or '(none)'}; expected {', '.join(expect)}", raw.status_code)
            declared = raw.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
                raise FetchError(url, f"body of {declared} bytes is over the {self.policy.max_bytes}-byte cap", raw.status_code)
            chunks, size = [], 0
            try:
                for chunk in raw.iter_content(65536):
                    size += len(chunk)
                    if size > self.policy.max_bytes:
                        raise FetchError(url, f"body over the {self.policy.max_bytes}-byte cap", raw.status_code)
                    chunks.append(chunk)
            except requests.RequestException as exc:  # a truncated body or a dropped connection
                raise FetchError(url, f"body not read completely: {type(exc).__name__}", raw.status_code) from None
            return Response(url, raw.status_code, b"".join(chunks), content_type, dict(raw.headers))
