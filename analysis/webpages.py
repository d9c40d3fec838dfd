"""Web pages in, and out to disk: the main text of a saved news page, and saving pages.

``extract(data, where)`` reads a page (bytes or text of HTML) with trafilatura, the extractor
made for news pages: navigation, boilerplate, captions, share buttons, comments and scripts are
dropped, the article's paragraphs kept one a line. The page also gives what the loader does
not know otherwise: title, date, site name (the outlet), author and URL. The extracted text is
what the project stores and shows: every offset is into it.

``fetch(urls, out)`` saves pages as ``<id>.html`` with a ``<id>.json`` sidecar (the URL and when
it was fetched); it is the only part of the project that touches the network.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

MIN_WORDS = 15  # fewer words than this extracted from a page: no article in it
MAX_NESTING = 250  # the HTML parser (libxml2) reads no deeper than 255 levels
# scripts written without spaces between words: each character counts as a word
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_VOID = {b"br", b"img", b"hr", b"meta", b"link", b"input", b"wbr", b"source", b"area", b"col",
         b"embed", b"param", b"track", b"base"}


def word_count(text: str) -> int:
    """Words of ``text``: runs between spaces, and in Chinese, Japanese or Thai, where words
    are not spaced, each character."""
    unspaced = len(_UNSPACED.findall(text))
    return len(_UNSPACED.sub(" ", text).split()) + unspaced


def _nesting(data: bytes | str) -> int:
    """How deep the page's elements nest (one pass over its tags)."""
    raw = data.encode("utf-8", "replace") if isinstance(data, str) else data
    depth = deepest = 0
    for m in _TAG.finditer(raw):
        if m.group(3) or m.group(2).lower() in _VOID:
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _flattened(data: bytes | str) -> bytes:
    """The page without its layout wrappers (div, span, section, ...), which carry no text of
    their own: what a too-deeply nested page says, at a depth the parser reads."""
    raw = data.encode("utf-8", "replace") if isinstance(data, str) else data
    return re.sub(rb"</?(?:div|span|section|font|center|main|aside)\b[^>]*>", b" ", raw,
                  flags=re.I)
def _huge_tree(data: bytes | str):
    """The page parsed by lxml with its size limits lifted (a text node over 10 MB is
    kept), for trafilatura to read as a tree."""
    import lxml.html
    from trafilatura.utils import decode_file

    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True)
    text = decode_file(data)
    try:
        return lxml.html.fromstring(text, parser=parser)
    except ValueError:  # a str with an encoding declaration: lxml wants the bytes
        return lxml.html.fromstring(text.encode("utf-8"), parser=parser)


# Past this size a page is read by trafilatura's own extractor alone, without the fallbacks
# it compares it with (readability, jusText), and with its <p> elements read as <div>s: both
# the comparison and the extractor ask libxml2 for "//p//text()", whose cost grows with the
# square of the number of paragraphs (50,000: 3.5 s for that one query, 5,000: 0.01 s). An
# 11.9 MB page of distinct paragraphs took 13.7 s (1.2 MB: 0.8 s); read so, its text is the
# same. On the saved pages of tests and benchmarks, text read with <p> as <div> is the same to
# the character but for one character in 8,700.
FALLBACK_MAX_BYTES = 2_000_000
_P_TAG = re.compile(r"<(/?)p(?=[\s>/])", re.IGNORECASE)
_P_TAG_BYTES = re.compile(rb"<(/?)p(?=[\s>/])", re.IGNORECASE)
# libxml2 refuses a text node longer than this without its "huge" option
HUGE_TEXT_NODE = 10_000_000
USER_AGENT = "news-framing-analysis (+https://pypi.org/project/trafilatura/)"


class PageError(ValueError):
    """A page with no article text, or one that cannot be fetched; the message says why."""


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    extra: dict = field(default_factory=dict)


def extract(data: bytes | str, url: str | None = None) -> Page:
    """The article in the page ``data``; :class:`PageError` if it has none."""
    import trafilatura

    fast = len(data) > FALLBACK_MAX_BYTES
    if fast:  # see FALLBACK_MAX_BYTES: paragraphs as blocks the extractor reads alike
        data = _P_TAG.sub(r"<\1div", data) if isinstance(data, str) else \
            _P_TAG_BYTES.sub(rb"<\1div", data)

    def read(page):
        return trafilatura.bare_extraction(page, url=url, with_metadata=True,
                                           include_comments=False, include_tables=False,
                                           include_images=False, deduplicate=False,
                                           fast=fast)

    doc = read(data)
    text = (doc.text or "").strip() if doc is not None else ""
    if word_count(text) < MIN_WORDS and len(data) > HUGE_TEXT_NODE:
        # the HTML parser drops a run of text over 10 MB unless told to take it whole
        doc = read(_huge_tree(data))
        text = (doc.text or "").strip() if doc is not None else ""
    if word_count(text) < MIN_WORDS and _nesting(data) > MAX_NESTING:
        # the HTML parser stops at 255 levels: a page of 100,000 nested <div>s read as empty
        doc = read(_flattened(data))
        text = (doc.text or "").strip() if doc is not None else ""
    if word_count(text) < MIN_WORDS:  # a menu or a cookie notice is not an article
        raise PageError(f"no article text found in the page ({word_count(text)} words: an "
                        "index, a login wall or a page drawn by scripts?)")

    def known(value) -> str | None:
        value = (value or "").strip() if isinstance(value, str) else None
        return value or None

    extra = {k: v for k, v in (("author", known(doc.author)),
                               ("description", known(doc.description))) if v}
    outlet = known(doc.sitename) or known(doc.hostname)
    return Page(text=text, title=bare_title(known(doc.title), outlet, known(doc.hostname)),
                date=known(doc.date), outlet=outlet, url=known(doc.url) or url, extra=extra)


_TITLE_TAIL = re.compile(r"\s+(?:[|·•]|[-–—:]\s)\s*([^|·•–—]{1,60})$")


def bare_title(title: str | None, outlet: str | None, host: str | None) -> str | None:
    """The headline without the site's name tacked on ("Title - The Planetary Press",
    "Title | Reuters"): a last part after a separator that is the site's name or its host's
    name ("planetarypress.com" for "Planetary Press") goes."""
    if not title:
        return title
    m = _TITLE_TAIL.search(title)
    if m is None or m.start() == 0:
        return title

    def squeeze(s: str) -> str:
        return re.sub(r"[^a-z0-9]", "", s.lower()).removeprefix("the")

    tail = squeeze(m.group(1))
    names = {squeeze(outlet or "")}
    if host:
        names.add(squeeze(re.sub(r"^www\.|\.[a-z]{2,3}(\.[a-z]{2})?$", "", host.lower())))
    return title[:m.start()].rstrip() if tail and any(
        n and (tail == n or tail.startswith(n) or n.startswith(tail)) for n in names) else title


def page_id(url: str) -> str:
    """A file name for the page at ``url``: its host and path in letters, digits, ``.``,
    ``_`` and ``-`` ("www.bbc.co.uk/news/world-123" → "bbc.co.uk_news_world-123")."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = re.sub(r"^www\.", "", parts.hostname or "page")
    if parts.port is not None and parts.port not in (80, 443):  # ValueError: not a port
        host = f"{host}-{parts.port}"
    path = re.sub(r"\.html?$", "", parts.path.strip("/"))
    if parts.query:  # "ok?id=1" and "ok?id=2" are two pages
        path = f"{path}_{parts.query}"
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{host}_{path}" if path else host)
    name = re.sub(r"\.{2,}", "_", name).strip("._-")  # no ".." in a name ("a/../b")
    if len(name) > 100:  # long addresses stay apart: the end of the name is a hash of it
        name = f"{name[:83]}-{hashlib.sha1(url.encode('utf-8', 'replace')).hexdigest()[:16]}"
    return name or "page"


# what a saved page may be: HTML (or text); images, PDFs and archives are refused by their
# first bytes, whatever the server calls them
_NOT_A_PAGE = ((b"\x89PNG", "a PNG image"), (b"%PDF", "a PDF"), (b"\x1f\x8b", "gzip data"),
               (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
               (b"PK\x03\x04", "a zip archive"))
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml",
               "text/xml")


def fetch(urls: list[str], out: Path, timeout: float = 30.0,
          max_bytes: int = 10_000_000) -> tuple[list[Path], list[str]]:
    """Save each page under ``out`` as ``<id>.html`` with a ``<id>.json`` sidecar; return the
    pages saved and one message per page that could not be (the rest are still fetched).
    ``timeout`` bounds the whole request, however slowly the server sends."""
    from .outputs import output_folder

    output_folder(out)
    saved, failed = [], []
    taken: set[str] = set()
    for url in urls:
        shown = url.encode("unicode_escape").decode("ascii") if not url.isprintable() else url
        if not re.match(r"(?i)https?://", url):
            failed.append(f"{shown}: not an http(s) address")
            continue
        try:
            name = page_id(url)
        except ValueError as err:
            failed.append(f"{shown}: not a valid address ({err})")
            continue
        stem, n = name, 2
        while stem in taken:  # two addresses that make the same name
            stem, n = f"{name}-{n}", n + 1
        taken.add(stem)
        try:
            page = _fetch_one(url, out, stem, timeout, max_bytes)
        except _NotSaved as err:
            failed.append(f"{shown}: {err}")
            continue
        saved.append(page)
    return saved, failed


class _NotSaved(Exception):
    pass


def _fetch_one(url: str, out: Path, stem: str, timeout: float, max_bytes: int) -> Path:
    import http.client
    import urllib.error
    import urllib.request

    from .outputs import write_text_atomic

    deadline = time.monotonic() + timeout
    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            expected = response.headers.get("Content-Length")
            kind = (response.headers.get_content_type() or "").lower()
            charset = response.headers.get_content_charset()
            final_url = response.geturl()
            chunks, size = [], 0
            while True:  # piece by piece, so that a slow server cannot outlast the deadline
                left = deadline - time.monotonic()
                if left <= 0:
                    raise _NotSaved(f"took longer than {timeout:g} s, not saved")
                if response.fp is not None and getattr(response.fp, "raw", None) is not None:
                    sock = getattr(response.fp.raw, "_sock", None)
                    if sock is not None:
                        sock.settimeout(min(timeout, left))
                chunk = response.read1(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise _NotSaved(f"over {max_bytes // 1_000_000} MB, not saved")
            data = b"".join(chunks)
    except _NotSaved:
        raise
    except urllib.error.HTTPError as err:
        raise _NotSaved(f"the server answered {err.code} {err.reason}") from None
    except TimeoutError:
        raise _NotSaved(f"took longer than {timeout:g} s, not saved") from None
    except http.client.IncompleteRead:
        raise _NotSaved("the page was cut short (the connection closed before its end)") \
            from None
    except (http.client.HTTPException, urllib.error.URLError, OSError, ValueError) as err:
        reason = getattr(err, "reason", None) or str(err) or type(err).__name__
        if isinstance(reason, TimeoutError):
            raise _NotSaved(f"took longer than {timeout:g} s, not saved") from None
        raise _NotSaved(f"cannot be fetched ({reason})") from None
    if expected and expected.isdigit() and len(data) < int(expected):
        raise _NotSaved(f"the page was cut short ({len(data):,} of {int(expected):,} bytes)")
    for magic, what in _NOT_A_PAGE:
        if data.startswith(magic):
            raise _NotSaved(f"not a web page but {what}, not saved")
    if kind and kind not in _PAGE_TYPES:
        raise _NotSaved(f"not a web page ({kind}), not saved")
    html = _decode(data, charset)
    page = out / f"{stem}.html"
    try:
        write_text_atomic(page, html)
        write_text_atomic(out / f"{stem}.json", json.dumps(
            {"url": final_url, "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
            indent=1) + "\n")
    except OSError as err:
        raise _NotSaved(f"cannot be saved as {page} ({err.strerror or err})") from None
    return page


def _decode(data: bytes, charset: str | None) -> str:
    """A page's text: in the encoding the server gave, else UTF-8, else the one the page's
    own meta tag names, else Windows-1252 (what browsers assume)."""
    meta = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", data[:4096], re.I)
    for encoding in (charset, "utf-8", meta.group(1).decode() if meta else None):
        if encoding:
            try:
                return data.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode("cp1252", errors="replace")
