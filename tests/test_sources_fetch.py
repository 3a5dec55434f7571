"""The fetcher against a real HTTP server on 127.0.0.1 (no mocking of httpx)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import httpx
import pytest

from sitrep.errors import FetchError
from sitrep.sources.fetch import USER_AGENT, default_client, document_from_url, fetch_url

ARTICLE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Grain ships leave Aleppo depot</title>
<meta name="author" content="Nadia Khoury">
<meta property="article:published_time" content="2024-04-10">
<meta property="og:site_name" content="Levant Wire"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Grain ships leave Aleppo depot</h1>
<p>ALEPPO, Syria — Trucks carrying 12,000 tonnes of grain left the northern depot on Wednesday,
the aid agency running the convoy said.</p>
<p>The agency said a second convoy would follow next week if the road stayed open.</p>
</article><footer>Levant Wire</footer></body></html>"""
RUSSIAN = (
    "Мэр Харькова заявил в понедельник, что город восстановит подачу электричества к вечеру.\n\n"
    "Жители пострадавших районов получат временное жильё и горячее питание."
)
LIMIT = 64 * 1024


class Handler(BaseHTTPRequestHandler):
    """Routes of a small news site and of the ways fetching can fail."""

    seen_agents: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: object) -> None:
        return

    def _send(self, status: int, ctype: str | None, body: bytes, length: int | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            return  # the client gave up first, which is what some tests are about

    def do_GET(self) -> None:
        Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/article":
            self._send(200, "text/html; charset=utf-8", ARTICLE_PAGE.encode())
        elif self.path == "/old":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/cyrillic":
            self._send(200, "text/plain; charset=windows-1251", RUSSIAN.encode("cp1251"))
        elif self.path == "/photo":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(100))
        elif self.path == "/declared-huge":
            self._send(200, "text/html", b"<p>start</p>", length=50 * 1024 * 1024)
        elif self.path == "/endless":
            self._stream_endless()
        elif self.path == "/slow":
            time.sleep(1.0)
            self._send(200, "text/plain", b"late")
        else:
            self._send(404, "text/html", b"<h1>Not found</h1>")

    def _stream_endless(self) -> None:
        """A body with no declared length that is far over any limit; the client must stop early."""
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            for _ in range(2000):  # up to 128 MB if nobody hangs up
                self.wfile.write(b"word " * 13107 + b"\n")
        except (BrokenPipeError, ConnectionResetError):
            return


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture()
def client() -> Iterator[httpx.Client]:
    with default_client() as c:
        yield c


def test_article_page_is_fetched_and_read_with_its_url(site: str, client: httpx.Client) -> None:
    doc = document_from_url(f"{site}/article", client=client)
    assert doc.url == f"{site}/article"
    assert doc.title == "Grain ships leave Aleppo depot"
    assert doc.byline == "Nadia Khoury"
    assert doc.published == "2024-04-10"
    assert doc.dateline == "ALEPPO, Syria"
    assert "12,000 tonnes of grain" in doc.text
    assert "Home" not in doc.text


def test_given_published_date_wins_over_the_page_date(site: str, client: httpx.Client) -> None:
    doc = document_from_url(f"{site}/article", client=client, published="2024-04-11T06:00:00Z")
    assert doc.published == "2024-04-11"


def test_default_client_follows_redirects_and_names_itself(site: str, client: httpx.Client) -> None:
    Handler.seen_agents.clear()
    body = fetch_url(f"{site}/old", client=client)
    assert b"Grain ships leave" in body
    assert Handler.seen_agents == [USER_AGENT, USER_AGENT]


def test_charset_from_the_header_decodes_a_non_utf8_page(site: str, client: httpx.Client) -> None:
    doc = document_from_url(f"{site}/cyrillic", client=client)
    assert doc.text == RUSSIAN


def test_missing_page_gives_a_one_line_fetch_error_with_the_status(site: str, client: httpx.Client) -> None:
    with pytest.raises(FetchError, match=r"answered 404 Not Found: check the URL"):
        fetch_url(f"{site}/nowhere", client=client)


def test_binary_content_type_is_refused(site: str, client: httpx.Client) -> None:
    with pytest.raises(FetchError, match=r"is image/png, not a web page or text"):
        fetch_url(f"{site}/photo", client=client)


def test_declared_oversized_body_is_refused_before_reading(site: str, client: httpx.Client) -> None:
    with pytest.raises(FetchError, match=r"50.0 MB, over the 64.0 KB limit: raise SITREP_MAX_BYTES"):
        fetch_url(f"{site}/declared-huge", client=client, max_bytes=LIMIT)


def test_undeclared_oversized_body_is_abandoned_while_streaming(site: str, client: httpx.Client) -> None:
    started = time.perf_counter()
    with pytest.raises(FetchError, match=r"over 64.0 KB"):
        fetch_url(f"{site}/endless", client=client, max_bytes=LIMIT)
    assert time.perf_counter() - started < 2.0


def test_slow_server_times_out_with_a_fetch_error(site: str) -> None:
    with httpx.Client(timeout=0.2) as impatient, pytest.raises(FetchError, match="did not answer in time"):
        fetch_url(f"{site}/slow", client=impatient)


def test_closed_port_gives_a_fetch_error(client: httpx.Client) -> None:
    with pytest.raises(FetchError, match=r"cannot fetch http://127\.0\.0\.1:9/"):
        fetch_url("http://127.0.0.1:9/", client=client)


@pytest.mark.parametrize("url", ["ftp://example.org/file.txt", "file:///etc/hosts", "not a url", "https://"])
def test_non_http_urls_are_refused_without_a_request(url: str, client: httpx.Client) -> None:
    with pytest.raises(FetchError, match=r"give an http:// or https:// URL"):
        fetch_url(url, client=client)
