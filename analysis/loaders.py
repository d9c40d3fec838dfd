"""Articles in: ``.txt`` files (with an optional ``<stem>.json`` sidecar), folders of them, and
``.jsonl`` / ``.csv`` corpora with one article per row.

An article keeps its text exactly as read (only a UTF-8 byte-order mark is dropped), so every
span in the project is ``[start, end)`` into ``Article.text``. Bad input raises
:class:`ArticleError`, whose message names the file (and row) and the reason; the batch
functions yield those errors beside the good articles instead of stopping.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from . import config

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".csv", ".parquet")
HTML_SUFFIXES = (".html", ".htm")
LABEL_CHARS = 60  # an article named by its first words: at most this many characters
PAGE_SIZE_FACTOR = 4  # a saved web page may be this many times the article size limit
CORPUS_SUFFIXES = (".jsonl", ".csv", ".parquet")
METADATA_FIELDS = ("title", "outlet", "date", "url")
SIDECAR_MAX_BYTES = 1 << 20
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
# Names the outputs use beside the article folders: figures/index.html, figures/set-<hash>/,
# build/corpus/, build/kernel-<pid>.log.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_RESERVED_ID = re.compile(r"(?i)index\.html?|set-.*|corpus|kernel-\d+\.log")


class ArticleError(Exception):
    """An article that cannot be read: ``str(err)`` is ``"<where>: <reason>"``."""

    def __init__(self, where: str | os.PathLike, reason: str):
        # a name with a line break or another control character stays on one line
        self.where = _CONTROL.sub(lambda m: repr(m.group())[1:-1], str(where))
        self.reason = reason
        super().__init__(f"{self.where}: {reason}")


class Skipped(ArticleError):
    """A file in a folder that is not an article (a README, an image): listed with the
    reason, but not an error: a run over the folder still succeeds."""


def errors_only(items: Iterable[ArticleError]) -> list[ArticleError]:
    """The read errors among ``items``, without the files merely skipped."""
    return [e for e in items if not isinstance(e, Skipped)]


@dataclass(frozen=True)
class Article:
    """One news article. ``source`` says where it came from (file, and row of a corpus)."""

    id: str
    text: str
    source: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    path: str | None = None  # the file it was read from (a corpus file for a corpus row)
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @cached_property
    def segments(self):
        """Headings and sentences (:class:`analysis.text.Segment`) in reading order."""
        from .memory import paused_gc
        from .text import segment

        with paused_gc():
            return segment(self.text, self.paragraphs, self.quote_regions)

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        from .text import paragraphs

        return paragraphs(self.text)

    @cached_property
    def quote_regions(self):
        from .text import quote_regions

        return quote_regions(self.text, self.paragraphs)

    @cached_property
    def actors(self):
        """The article's actors (:class:`analysis.entities.Actors`), built once and shared
        by the quote, sentiment and comparison readings."""
        from .entities import Actors
        from .memory import paused_gc

        names = self.language.names
        with paused_gc():
            return Actors(self.text, sorted(self.headings + self.credit_lines),
                          [(r.start, r.end) for r in self.quote_regions if r.primary],
                          names)

    @cached_property
    def credit_lines(self) -> list[tuple[int, int]]:
        """Paragraphs that credit the people who made the story ("Editing by ...",
        "Photograph: ..."; ``resources/credit_lines.txt``): their names are not the story's
        people."""
        from .text import credit_line

        return [(a, b) for a, b in self.paragraphs if credit_line(self.text, a, b)]

    @cached_property
    def language(self):
        """The learned language layer of the article (:class:`analysis.language.Parsed`):
        its sentences' tokens and the names found in them, built once."""
        from .language import parse
        from .memory import paused_gc

        with paused_gc():
            return parse(self.text, self.sentences)

    @cached_property
    def quotes(self):
        """The article's attributions (:class:`analysis.quotes.Quote`), found once."""
        from .memory import paused_gc
        from .quotes import extract

        with paused_gc():
            return extract(self)

    @property
    def headings(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.segments if s.is_heading]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Spans of the sentences (headings left out), in reading order."""
        return [(s.start, s.end) for s in self.segments if not s.is_heading]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [a for a, _ in self.sentences]

    def sentence_at(self, pos: int) -> int:
        """The index of the sentence holding offset ``pos`` (in :attr:`sentences`), or -1
        when it falls in a heading or between sentences."""
        import bisect

        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return i if i >= 0 and pos < self.sentences[i][1] else -1

    @property
    def metadata(self) -> dict:
        return {k: getattr(self, k) for k in METADATA_FIELDS}

    @property
    def label(self) -> str:
        """How figures name the article: outlet and title where known, else its first words
        ("United States President Donald Trump reportedly delivered…"), never a bare id."""
        parts = [p for p in (self.outlet, self.title) if p]
        if parts:
            return " — ".join(parts)
        return first_words(self.text) or self.id


def first_words(text: str, limit: int = LABEL_CHARS) -> str:
    """The text's first words, at most ``limit`` characters, "…" where it was cut."""
    words = text[: limit * 4].split()
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > limit:
            return out + "…"
        out = f"{out} {word}" if out else word
    return out


def check_id(article_id: object, where: str) -> str:
    """The id, if it is safe as a folder name under ``figures/``; else an ArticleError."""
    if not isinstance(article_id, str) or not article_id:
        raise ArticleError(where, "no article id")
    if not _SAFE_ID.fullmatch(article_id) or ".." in article_id:
        raise ArticleError(
            where,
            f"article id {article_id!r} cannot be used as a folder name: use letters, digits, "
            "'.', '_' and '-' (at most 128, starting with a letter or digit)",
        )
    return article_id


def _input_id(article_id: object, where: str) -> str:
    """An article's id as read from its file or row: safe as a folder name, and none of the
    names the outputs use beside the article folders."""
    article_id = check_id(article_id, where)
    if _RESERVED_ID.fullmatch(article_id):
        raise ArticleError(where, f"article id {article_id!r} is a name the outputs use "
                                  "(the gallery, a set's folder, the corpus tables or a "
                                  "kernel log): rename the article")
    return article_id


def decode(data: bytes, where: str, max_bytes: int | None = None) -> str:
    """Bytes to text, or an ArticleError that says why not."""
    limit = config.MAX_ARTICLE_BYTES if max_bytes is None else max_bytes
    if len(data) > limit:
        raise ArticleError(where, f"too large: {_size(len(data))}, over the {_size(limit)} limit "
                                  "(set max_bytes or ANALYSIS_MAX_ARTICLE_BYTES to raise it)")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with a byte-order mark: read it
        try:
            return _non_empty(data.decode("utf-16"), where)
        except UnicodeDecodeError:
            raise ArticleError(where, "UTF-16 byte-order mark, but not valid UTF-16 text") \
                from None
    if b"\x00" in data:
        if _looks_utf16(data):
            raise ArticleError(where, "UTF-16 text without a byte-order mark: save it as "
                                      "UTF-8 (or UTF-16 with a byte-order mark)")
        raise ArticleError(where, f"binary file, not text (NUL byte at offset {data.index(0)})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(
            where, f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from None
    return _non_empty(text, where)


def _non_empty(text: str, where: str) -> str:
    if not text.strip():
        raise ArticleError(where, "empty article (no text, or only white space)")
    return text


def _looks_utf16(data: bytes) -> bool:
    """Mostly text with a NUL every other byte: UTF-16 written without a byte-order mark."""
    sample = data[:4096]
    if len(sample) < 16:
        return False
    even, odd = sample[0::2], sample[1::2]
    text_half = even if even.count(0) < odd.count(0) else odd
    nul_half = odd if text_half is even else even
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in text_half)
    return nul_half.count(0) > 0.9 * len(nul_half) and printable > 0.8 * len(text_half)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def load_text_file(path: str | os.PathLike, max_bytes: int | None = None) -> Article:
    """One ``.txt`` article, or a saved web page (``.html``/``.htm``: its main text, see
    :mod:`analysis.webpages`); id = file stem; metadata from ``<stem>.json`` if present (it
    overrides what the page says)."""
    path = Path(path)
    where = str(path)
    limit = config.MAX_ARTICLE_BYTES if max_bytes is None else max_bytes
    is_page = path.suffix.lower() in HTML_SUFFIXES
    if is_page:
        limit *= PAGE_SIZE_FACTOR
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ArticleError(where, "is a folder, not an article file")
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(where, "not a regular file (a pipe, socket or device): "
                                      "nothing was read from it")
        if info.st_size > limit:  # checked before reading, so a huge file costs nothing
            raise ArticleError(where, f"too large: {_size(info.st_size)}, over the "
                                      f"{_size(limit)} limit (set max_bytes or "
                                      "ANALYSIS_MAX_ARTICLE_BYTES to raise it)")
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except FileNotFoundError:
        raise ArticleError(where, "no such file (or a link to nothing)") from None
    except OSError as err:
        raise ArticleError(where, f"cannot be read ({err.strerror or err})") from None
    page = _page(data, where, max_bytes, limit) if is_page else None
    text = page.text if page else decode(data, where, max_bytes)
    article_id = _input_id(path.stem, where)
    meta = _with_page(page, _sidecar(path))
    # the path as given (a link keeps its own name: the article's id comes from it)
    return Article(article_id, text, where, path=os.path.abspath(path), **meta)


def _page(data: bytes | str, where: str, max_bytes: int | None, limit: int | None = None):
    """The article of a saved web page, or an ArticleError saying why there is none."""
    from .webpages import PageError, extract

    if limit is not None and len(data) > limit:
        raise ArticleError(where, f"too large: {_size(len(data))}, over the {_size(limit)} "
                                  "limit for a web page")
    try:
        page = extract(data)
    except PageError as err:
        raise ArticleError(where, str(err)) from None
    except Exception as err:  # a page the HTML parser cannot take at all
        raise ArticleError(where, f"not a readable web page ({type(err).__name__}: {err})") \
            from None
    decode(page.text.encode("utf-8", errors="replace"), where, max_bytes)  # the same limits
    return page


def _with_page(page, meta: dict) -> dict:
    """Metadata from the page where the sidecar or row does not give it."""
    if page is None:
        return meta
    merged = {k: meta.get(k) or getattr(page, k) for k in METADATA_FIELDS}
    return {**merged, "extra": {**page.extra, **meta.get("extra", {})}}


def _sidecar(path: Path) -> dict:
    side = path.with_suffix(".json")
    if not side.exists():
        return {}
    try:
        if not side.is_file():
            raise ArticleError(side, "metadata sidecar is not a regular file")
        if side.stat().st_size > SIDECAR_MAX_BYTES:
            raise ArticleError(side, f"metadata sidecar is over {_size(SIDECAR_MAX_BYTES)}")
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ArticleError(side, f"metadata sidecar is not valid UTF-8 JSON ({err})") from None
    except RecursionError:
        raise ArticleError(side, "metadata sidecar is nested too deeply to read") from None
    except OSError as err:
        raise ArticleError(side, f"metadata sidecar cannot be read ({err.strerror or err})") \
            from None
    if not isinstance(meta, dict):
        raise ArticleError(side, "metadata sidecar must be a JSON object")
    return _metadata(meta, str(side))


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _metadata(row: dict, where: str = "") -> dict:
    """Title, outlet, date and url (text, numbers read as text; empty or null: unknown); any
    other field is kept in ``extra``. A list or object where a text belongs is an error."""
    for k in METADATA_FIELDS:
        if isinstance(row.get(k), dict | list):
            raise ArticleError(where, f"field {k!r} must be text, not "
                                      f"{'an object' if isinstance(row[k], dict) else 'a list'}")
    meta = {k: (str(row[k]) if row.get(k) not in (None, "") else None) for k in METADATA_FIELDS}
    for k, value in meta.items():
        if value is not None and not _encodable(value):
            raise ArticleError(where, f"field {k!r} holds a lone surrogate: not valid Unicode, "
                                      "row left out")
    extra = {k: v for k, v in row.items() if k not in METADATA_FIELDS + ("id", "text", "html")}
    return {**meta, "extra": extra}


def iter_corpus(path: str | os.PathLike, max_bytes: int | None = None
                ) -> Iterator[Article | ArticleError]:
    """Articles of a ``.jsonl``, ``.csv`` or ``.parquet`` corpus, one per row, streamed; a
    bad row yields an ArticleError naming file and line (or row), and the next rows still
    come."""
    path = Path(path)
    where = str(path)
    suffix = path.suffix.lower()  # "rows.JSONL" is a JSON-lines corpus
    if suffix == ".parquet":
        yield from _iter_parquet(path, max_bytes)
        return
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        yield ArticleError(where, "no such file")
        return
    except OSError as err:
        yield ArticleError(where, f"cannot be read ({err.strerror})")
        return
    seen: dict[str, int] = {}
    with handle:
        head = handle.read(4096)
        if b"\x00" in head:
            yield ArticleError(where, "binary file, not a text corpus")
            return
        handle.seek(0)
        stream = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        rows = _jsonl_rows(stream) if suffix == ".jsonl" else _csv_rows(stream)
        any_row = False
        try:
            for line, row in rows:
                any_row = True
                loc = f"{where} line {line}"
                if isinstance(row, ArticleError):
                    yield ArticleError(loc, row.reason)
                    continue
                try:
                    yield _row_article(row, loc, seen, line, max_bytes, path)
                except ArticleError as err:
                    yield err
        except UnicodeDecodeError as err:
            yield ArticleError(where, f"not UTF-8 text ({err.reason}); rows after this point "
                                      "were not read")
            return
        if not any_row:
            yield ArticleError(where, "no articles: the file has no rows"
                               + (" under its header" if suffix == ".csv" else ""))


def _iter_parquet(path: Path, max_bytes: int | None) -> Iterator[Article | ArticleError]:
    """Rows of a Parquet corpus, read a record batch at a time (memory stays bounded)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    where = str(path)
    try:
        source = pq.ParquetFile(path)
    except FileNotFoundError:
        yield ArticleError(where, "no such file")
        return
    except (OSError, pa.ArrowException) as err:
        yield ArticleError(where, f"not a readable Parquet file ({err})")
        return
    missing = {"id", "text"} - set(source.schema_arrow.names)
    if missing:
        yield ArticleError(where, f"the table has no {' or '.join(sorted(missing))} column")
        return
    seen: dict[str, int] = {}
    row_number = 0
    for group in range(source.num_row_groups):  # a damaged row group is named and skipped
        first = row_number
        expected = source.metadata.row_group(group).num_rows
        rows = source.iter_batches(batch_size=512, row_groups=[group])
        while True:
            try:
                batch = next(rows, None)
            except (OSError, pa.ArrowException) as err:
                yield ArticleError(f"{where} rows {row_number + 1}-{first + expected}",
                                   f"a damaged part of the file ({err}); these rows were not "
                                   "read")
                row_number = first + expected
                break
            if batch is None:
                break
            yield from _parquet_rows(batch, where, seen, row_number, max_bytes, path)
            row_number += batch.num_rows


def _parquet_rows(batch, where: str, seen: dict, row_number: int, max_bytes: int | None,
                  path: Path) -> Iterator[Article | ArticleError]:
    for row in batch.to_pylist():
        row_number += 1
        loc = f"{where} row {row_number}"
        try:
            yield _row_article(row, loc, seen, row_number, max_bytes, path)
        except ArticleError as err:
            yield err


def _row_limit() -> int:
    """The most characters a corpus row may hold: four times the article limit (a JSON row
    escapes its text, a CSV row adds its other fields), at least 16 MB."""
    return max(config.MAX_ARTICLE_BYTES * 4, 1 << 24)


def _bounded_lines(stream, limit: int) -> Iterator[str | None]:
    """The lines of ``stream``, or None for a line longer than ``limit`` characters, which
    is skipped without ever being held whole (a 400 MB row costs no 400 MB)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while True:  # the rest of the long line, piece by piece
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith("\n"):
                    break
            yield None
            continue
        yield line


def _jsonl_rows(stream) -> Iterator[tuple[int, dict | ArticleError]]:
    limit = _row_limit()
    for n, line in enumerate(_bounded_lines(stream, limit), start=1):
        if line is None:
            yield n, ArticleError("", f"a row longer than {_size(limit)} (the article limit "
                                      f"is {_size(config.MAX_ARTICLE_BYTES)}): skipped")
            continue
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            yield n, ArticleError("", f"not valid JSON ({err.msg})")
            continue
        except RecursionError:
            yield n, ArticleError("", "JSON nested too deeply to read")
            continue
        if not isinstance(row, dict):
            yield n, ArticleError("", "each line must be a JSON object with 'id' and 'text'")
            continue
        yield n, row


def _csv_rows(stream) -> Iterator[tuple[int, dict | ArticleError]]:
    csv.field_size_limit(_row_limit())
    reader = csv.DictReader(stream)
    if reader.fieldnames is None:
        return
    missing = {"id", "text"} - set(reader.fieldnames)
    if missing:
        yield 1, ArticleError("", f"the header has no {' or '.join(sorted(missing))} column")
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            too_big = "field limit" in str(err)
            reason = (f"a field larger than {_size(_row_limit())} (the article limit is "
                      f"{_size(config.MAX_ARTICLE_BYTES)})" if too_big else
                      f"malformed CSV ({err})")
            yield reader.line_num, ArticleError("", f"{reason}; this row and the rows after "
                                                    "it were not read")
            return
        if None in row:
            yield reader.line_num, ArticleError("", "more fields than the header has")
            continue
        yield reader.line_num, row


def _row_article(row: dict, loc: str, seen: dict[str, int], line: int,
                 max_bytes: int | None, path: Path) -> Article:
    text, page = row.get("text"), None
    if not isinstance(text, str) and isinstance(row.get("html"), str):
        page = _page(row["html"], loc, max_bytes)  # a saved page instead of its text
        text = page.text
    if not isinstance(text, str):
        raise ArticleError(loc, "no 'text' field (a string) in this row, nor an 'html' one")
    raw_id = row.get("id")
    article_id = _input_id(str(raw_id) if isinstance(raw_id, int | str) else raw_id, loc)
    if article_id in seen:
        raise ArticleError(loc, f"duplicate id {article_id!r} (first on line {seen[article_id]})")
    seen[article_id] = line
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as err:  # an escaped lone surrogate ("\udb57") in the JSON
        raise ArticleError(loc, f"text holds a lone surrogate ({text[err.start]!r} at offset "
                                f"{err.start}): not valid Unicode, row left out") from None
    decode(data, loc, max_bytes)  # size and emptiness checks, same rules as files
    return Article(article_id, text, loc, path=str(path.resolve()),
                   **_with_page(page, _metadata(row, loc)))


def iter_articles(paths: Iterable[str | os.PathLike] | str | os.PathLike | None = None,
                  max_bytes: int | None = None) -> Iterator[Article | ArticleError]:
    """Every article under the given paths (files or folders; default ``seeds/``), in order,
    with an ArticleError in place of each one that cannot be read. Ids are unique across the
    batch: a repeated id is an error, since its figures would overwrite the first's."""
    if paths is None:
        paths = [config.SEEDS_DIR]
    elif isinstance(paths, str | os.PathLike):
        paths = [paths]
    seen: dict[str, str] = {}
    for given in paths:
        path = config.resolve(given)
        for item in _expand(path, str(given)):
            if isinstance(item, Article):
                if item.id in seen:
                    item = ArticleError(item.source, f"duplicate article id {item.id!r} "
                                                     f"(already read from {seen[item.id]})")
                else:
                    seen[item.id] = item.source
            yield item


def _expand(path: Path, given: str) -> Iterator[Article | ArticleError]:
    if not path.exists():
        yield ArticleError(given, "no such file or folder")
        return
    if path.is_dir():
        listed = sorted(p for p in path.iterdir() if not p.name.startswith("."))
        entries = [p for p in listed if p.suffix.lower() in ARTICLE_SUFFIXES]
        if not entries:
            yield ArticleError(given, f"folder has no articles ({_FORMATS} files)")
        articles = {p.stem for p in entries}
        for f in listed:
            if f.suffix.lower() in ARTICLE_SUFFIXES:
                if f.is_file():
                    yield from _expand(f, str(f))
                else:  # a folder named like an article, a FIFO, a broken or looping link
                    yield ArticleError(f, _not_a_file(f))
            elif f.is_file() and not (f.suffix.lower() == ".json" and f.stem in articles):
                yield Skipped(f, f"not an article ({f.suffix or 'no suffix'}; articles are "
                                 f"{_FORMATS} files): skipped")
        return
    if path.suffix.lower() in CORPUS_SUFFIXES:
        yield from iter_corpus(path)
        return
    try:
        yield load_text_file(path)
    except ArticleError as err:
        yield err


_FORMATS = ".txt, .html, .htm, .jsonl, .csv or .parquet"


def _not_a_file(path: Path) -> str:
    """Why a folder entry named like an article is not one."""
    if path.is_symlink() and not path.exists():
        return "a link that leads nowhere (broken or looping): skipped"
    if path.is_dir():
        return "is a folder, not an article file: skipped"
    return "not a regular file (a pipe, socket or device): skipped"


def load_articles(paths=None, max_bytes: int | None = None
                  ) -> tuple[list[Article], list[ArticleError]]:
    """All articles under ``paths`` and, separately, the errors of those that failed."""
    good: list[Article] = []
    bad: list[ArticleError] = []
    for item in iter_articles(paths, max_bytes):
        (good if isinstance(item, Article) else bad).append(item)
    return good, bad


def load_article(path: str | os.PathLike, article_id: str | None = None,
                 max_bytes: int | None = None) -> Article:
    """One article: a ``.txt`` file, or the row ``article_id`` of a corpus file. Raises
    ArticleError with the file name and reason if it cannot be read."""
    resolved = config.resolve(path)
    if resolved.suffix.lower() not in CORPUS_SUFFIXES:
        article = load_text_file(resolved, max_bytes)
        if article_id and article.id != article_id:
            raise ArticleError(path, f"holds article {article.id!r}, not {article_id!r}")
        return article
    if not article_id:
        raise ArticleError(path, "a corpus holds many articles: name one with article_id")
    for item in iter_corpus(resolved, max_bytes):
        if isinstance(item, ArticleError) and item.reason == "no such file":
            raise item
        if isinstance(item, Article) and item.id == article_id:
            return item
    raise ArticleError(path, f"no readable article with id {article_id!r}")
