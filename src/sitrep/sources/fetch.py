"""The one network door: a URL in, the article's bytes (or a one-line ``FetchError``) out.

The HTTP client is an argument, never a global: the CLI passes
``default_client()``, tests pass a client aimed at a local server, and a
crawler can pass one with its own pool, proxy or rate limits.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import httpx

from sitrep import __version__, settings
from sitrep.errors import FetchError
from sitrep.model import Document
from sitrep.sources.decode import human_size
from sitrep.sources.load import document_from_bytes

USER_AGENT = f"sitrep/{__version__} (news event extraction; +https://example.org/sitrep)"
TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 10
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"

# Content types that can hold an article; a missing type is let through to the sniffers.
TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml", "application/json", "application/ld+json")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def default_client() -> httpx.Client:
    """The client the CLI uses: identifies itself, follows redirects, gives up after 20 s."""
    return httpx.Client(
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(TIMEOUT_SECONDS),
    )


def fetch_url(url: str, *, client: httpx.Client, max_bytes: int | None = None) -> bytes:
    """The body of ``url``, or ``FetchError`` for a bad URL, timeout, error status, binary type
    or oversized body (streamed, and abandoned as soon as it passes the limit)."""
    return _fetch(url, client=client, max_bytes=max_bytes)[0]


def _fetch(url: str, *, client: httpx.Client, max_bytes: int | None) -> tuple[bytes, str | None]:
    """Body and declared charset (from the Content-Type header), for decoding non-UTF-8 pages."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"cannot fetch {url!r}: give an http:// or https:// URL")
    limit = settings.max_bytes() if max_bytes is None else max_bytes
    try:
        with client.stream("GET", url) as response:
            if not response.is_success:
                reason = response.reason_phrase or "error"
                raise FetchError(f"{url} answered {response.status_code} {reason}: check the URL")
            ctype = response.headers.get("content-type", "")
            media = ctype.split(";")[0].strip().lower()
            if media and not media.startswith(TEXT_TYPES):
                raise FetchError(f"{url} is {media}, not a web page or text: give the URL of an article page")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise FetchError(_too_big(url, f"{human_size(int(declared))}", limit))
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > limit:
                    raise FetchError(_too_big(url, f"over {human_size(limit)}", limit))
            match = _CHARSET.search(ctype)
            return bytes(body), match.group(1) if match else None
    except httpx.TimeoutException:
        raise FetchError(f"{url} did not answer in time: try again later") from None
    except httpx.TooManyRedirects:
        raise FetchError(f"{url} redirects too many times: check the URL") from None
    except httpx.HTTPError as err:
        detail = str(err).strip() or type(err).__name__
        raise FetchError(f"cannot fetch {url}: {detail}") from None


def _too_big(url: str, size: str, limit: int) -> str:
    return f"{url} is {size}, over the {human_size(limit)} limit: raise SITREP_MAX_BYTES to accept it"


def document_from_url(url: str, *, client: httpx.Client, published: str | None = None) -> Document:
    """Fetch an article page and read it as a ``Document`` whose ``url`` is the one given."""
    body, charset = _fetch(url, client=client, max_bytes=None)
    if charset is None:
        meta = _META_CHARSET.search(body[:4096])
        charset = meta.group(1).decode("ascii", "replace") if meta else None
    return document_from_bytes(body, name=url, published=published, url=url, encoding_hint=charset)
