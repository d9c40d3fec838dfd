"""A whole corpus into tidy Parquet tables, on dask.

``run_corpus(source, out)`` reads the corpus as a stream (a folder of ``.txt``, ``.jsonl``,
``.csv`` or ``.parquet`` files), cuts it into batches of articles, analyses the batches in
parallel (dask: local worker processes by default, a ``dask.distributed`` cluster when given a
scheduler address) and writes each batch's rows into one Parquet file per table:

    out/articles/part-<key>.parquet   one row per article
    out/sentences/...                 one row per sentence (and heading)
    out/quotes/...                    one row per attribution
    out/sources/...                   one row per article and source
    out/actors/...                    one row per article and person: sentiment towards them
    out/frames/...                    one row per article and issue frame
    out/errors/...                    one row per article that could not be read or analysed

Read a table whole with ``pandas.read_parquet(out / "quotes")``. Only a bounded number of
batches is in flight at a time, so memory does not grow with the corpus. A batch's key is the
hash of its articles and of the package's code: re-running over a corpus whose articles have
not changed reuses the files already written. A batch is committed only when all its files
are written (each atomically), so an interrupted run loses at most the batches in flight.

Readers never see two versions of an article. Batches are written to ``out/.batches/<key>/``;
when a run has every batch, it links them into a new *generation* (``out/.generations/<id>/``,
one folder per table) and switches the one symbolic link ``out/current`` to it in a single
rename. ``out/<table>`` are links to ``current/<table>``, so a reader sees the previous complete
set of tables or the new one, never parts of both; an interrupted run leaves the previous
generation in place. The previous generation is kept for readers still open on it; older ones
and unused batches are removed. One run writes to an output folder at a time (a lock file).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .loaders import Article, ArticleError, Skipped, iter_articles
from .outputs import OutputError, failed_write, output_folder, write_atomic, write_text_atomic
from .wordlists import read_table as read_data_table

TABLES = ("articles", "sentences", "quotes", "sources", "actors", "frames", "people", "errors")
BATCH_SIZE = 32
WINDOW = 2  # batches per local worker in a window; two windows are in flight at a time
BATCHES = ".batches"  # out/.batches/<key>/<table>.parquet, and committed.json when complete
GENERATIONS = ".generations"  # out/.generations/<id>/<table>/part-<key>.parquet
CURRENT = "current"  # the link to the generation readers see
RUN_FILE = "_run.json"
CODEBOOK_FILES = ("CODEBOOK.md", "codebook.json")  # beside the tables: what each column means




def _schemas() -> dict:
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    return {
        "articles": [("article", s), ("source", s), ("title", s), ("outlet", s), ("date", s),
                     ("url", s), ("sha256", s), ("words", i), ("sentences", i),
                     ("paragraphs", i), ("mean_compound", f), ("mean_compound_narration", f),
                     ("mean_compound_quote", f), ("attributions", i), ("sources", i),
                     ("share_anonymous", f), ("share_named", f), ("share_relayed", f),
                     ("loaded_verbs", i), ("hedges", i), ("no_comment", i), ("top_frame", s)],
        "sentences": [("article", s), ("position", i), ("paragraph", i), ("start", i),
                      ("end", i), ("is_heading", b), ("voice", s), ("words", i),
                      ("compound", f), ("label", s), ("text", s)],
        "quotes": [("article", s), ("kind", s), ("speaker", s), ("source_type", s),
                   ("verb_class", s), ("cue_verb", s), ("start", i), ("end", i),
                   ("position", f), ("words", i), ("text", s), ("speaker_mention", s)],
        "sources": [("article", s), ("speaker", s), ("source_type", s), ("gender", s),
                    ("on_record", b),
                    ("via", s), ("attributions", i), ("words", i), ("first_position", f)],
        "actors": [("article", s), ("actor", s), ("mentions", i), ("mean", f),
                   ("ci_low", f), ("ci_high", f), ("share_negative", f),
                   ("share_neutral", f), ("share_positive", f)],
        "frames": [("article", s), ("frame", s), ("score", f), ("hits", i),
                   ("top_sentences", i)],
        "people": [("article", s), ("name", s), ("gender", s), ("gender_evidence", s),
                   ("mentions", i), ("quoted", b), ("attributions", i), ("words", i)],
        "errors": [("article", s), ("source", s), ("stage", s), ("reason", s)],
    }


def columns(table: str) -> list[str]:
    """The columns of one output table, in order (the README codebook lists them)."""
    return [name for name, _ in _schemas()[table]]


def schema(table: str):
    """The table's Arrow schema; each field carries its meaning (``description``) from the
    codebook, so a Parquet file opened alone still says what its columns are."""
    import pyarrow as pa

    meaning = {row["column"]: row["meaning"] for row in _codebook_rows()
               if row["table"] == table}
    return pa.schema([pa.field(name, kind, metadata={"description": meaning[name]})
                      for name, kind in _schemas()[table]])


@lru_cache(maxsize=1)
def _codebook_rows() -> tuple[dict[str, str], ...]:
    return read_data_table("corpus_codebook.csv")


def codebook() -> dict[str, list[dict[str, str]]]:
    """Every table's columns in order, each with its Parquet type and meaning
    (``resources/corpus_codebook.csv``)."""
    meaning = {(r["table"], r["column"]): r["meaning"] for r in _codebook_rows()}
    return {table: [{"column": name, "type": str(kind), "meaning": meaning[(table, name)]}
                    for name, kind in _schemas()[table]] for table in TABLES}


def codebook_markdown() -> str:
    """The codebook as a page to read beside the tables."""
    lines = ["# Codebook of these tables", "",
             "Written by `python -m analysis corpus` (news framing analysis). Each table is a "
             "folder of Parquet files with one schema: `pandas.read_parquet('quotes')`, "
             "`arrow::open_dataset('quotes')` in R, `SELECT * FROM 'quotes/*.parquet'` in "
             "DuckDB. The same meanings are in `codebook.json` and in each Parquet field's "
             "`description` metadata.", ""]
    for table, columns in codebook().items():
        lines += [f"## {table}", "", "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{c['column']}` | {c['type']} | {c['meaning']} |" for c in columns]
        lines.append("")
    return "\n".join(lines)


# -- one article -----------------------------------------------------------------------------
def analyse(article: Article) -> dict[str, pd.DataFrame]:
    """Every table's rows for one article, from its readings (:mod:`analysis.pipeline`)."""
    from .pipeline import readings

    r = readings(article)
    summary = r.summary.iloc[0]
    body = r.sentences[~r.sentences["is_heading"]]
    by_voice = r.tone.set_index("voice")["mean_compound"]
    frames = r.frames
    top = frames.sort_values("score", ascending=False, kind="stable").iloc[0]
    row = {"article": article.id, "source": article.source, **article.metadata,
           "sha256": article.sha256, "words": int(summary["words"]),
           "sentences": len(body), "paragraphs": len(article.paragraphs),
           "mean_compound": by_voice.get("all"),
           "mean_compound_narration": by_voice.get("narration"),
           "mean_compound_quote": by_voice.get("quote"),
           **{k: summary[k] for k in ("attributions", "sources", "share_anonymous",
                                      "share_named", "share_relayed", "loaded_verbs",
                                      "hedges", "no_comment")},
           "top_frame": top["frame"] if top["score"] > 0 else "Other"}
    return {
        "articles": pd.DataFrame([row]),
        "sentences": r.sentences,
        "quotes": r.quotes,
        "sources": r.sources,
        "actors": r.actors,
        "frames": frames,
        "people": r.people,
    }


def analyse_batch(articles: list[Article]) -> dict[str, pd.DataFrame]:
    """Every table's rows for a batch of articles (conformed to the schemas when written);
    an article that fails becomes a row of ``errors`` and the others still count."""
    from .quotes import prepare

    parts: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES}
    prepare(articles)  # the batch's sentences parsed together
    for article in articles:
        try:
            tables = analyse(article)
        except Exception as err:  # one bad article must not sink its batch
            parts["errors"].append(pd.DataFrame([{
                "article": article.id, "source": article.source, "stage": "analyse",
                "reason": f"{type(err).__name__}: {err}"}]))
            continue
        for name, frame in tables.items():
            parts[name].append(frame)
    return {t: pd.concat(p, ignore_index=True) if p else pd.DataFrame()
            for t, p in parts.items()}


def storable(value):
    """Text that Parquet accepts: a file name that is not UTF-8 ("caf\\xe9.txt", read by
    Python with surrogates) or any other lone surrogate, escaped with backslashes; anything
    else as it is."""
    if not isinstance(value, str):
        return value
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        try:  # a name as the file system gave it: its bytes, shown as \xe9
            return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            return value.encode("utf-8", "backslashreplace").decode("utf-8")


def conform(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with exactly the table's columns, in order, with the table's types."""
    out = pd.DataFrame({c: frame[c] if c in frame else pd.Series(dtype=object)
                        for c in columns(table)}, index=frame.index if len(frame) else None)
    for name, kind in _schemas()[table]:
        text = str(kind)
        if text == "int64":
            out[name] = pd.to_numeric(out[name], errors="coerce").fillna(0).astype("int64")
        elif text == "double":
            out[name] = pd.to_numeric(out[name], errors="coerce").astype("float64")
        elif text == "bool":
            out[name] = out[name].fillna(False).astype(bool)
        else:
            out[name] = out[name].map(storable, na_action="ignore").astype("string")
    return out.reset_index(drop=True)


# -- batches ---------------------------------------------------------------------------------
@dataclass
class Batch:
    key: str
    articles: list[Article]


def batches(items: Iterable[Article | ArticleError], size: int,
            errors: list[ArticleError], skipped: list[Skipped] | None = None
            ) -> Iterator[Batch]:
    """Articles in batches of ``size``, each keyed by the hash of its articles and the code;
    unreadable articles go to ``errors``, files that are not articles to ``skipped``."""
    from .keys import code_fingerprint

    code = code_fingerprint()
    current: list[Article] = []

    def close() -> Batch:
        h = hashlib.sha256(code.encode())
        for a in current:
            h.update(f"\0{a.id}\0{a.sha256}\0{json.dumps(a.metadata, sort_keys=True)}".encode())
        return Batch(h.hexdigest()[:20], list(current))

    for item in items:
        if isinstance(item, Skipped):
            (skipped if skipped is not None else errors).append(item)
            continue
        if isinstance(item, ArticleError):
            errors.append(item)
            continue
        current.append(item)
        if len(current) >= size:
            yield close()
            current = []
    if current:
        yield close()


# -- writing ---------------------------------------------------------------------------------
def _write_parquet(frame: pd.DataFrame, table: str, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    write_atomic(path, lambda tmp: pq.write_table(
        pa.Table.from_pandas(conform(table, frame), schema=schema(table), preserve_index=False),
        tmp))


def _write_parts(out: Path, key: str, tables: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Write one batch's Parquet parts; return its counts (articles, errors)."""
    for table in TABLES:
        _write_parquet(tables.get(table, pd.DataFrame()), table,
                       out / BATCHES / key / f"{table}.parquet")
    return {"articles": len(tables["articles"]), "errors": len(tables["errors"])}


def analyse_batch_to_parts(articles: list[Article], out: str, key: str) -> dict[str, int]:
    """Analyse a batch and write its parts from the worker itself (local runs: the worker
    shares the file system, and the tables need not travel back to the main process)."""
    return _write_parts(Path(out), key, analyse_batch(articles))


def _commit(out: Path, key: str, counts: dict[str, int]) -> None:
    """Mark a batch whose parts are all written as done."""
    write_text_atomic(out / BATCHES / key / "committed.json", json.dumps(counts))


def _is_committed(out: Path, key: str) -> bool:
    folder = out / BATCHES / key
    return (folder / "committed.json").exists() and all(
        (folder / f"{t}.parquet").exists() for t in TABLES)


def _link(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)  # no copy: the generation shares the batch's file
    except OSError:
        shutil.copyfile(src, dst)  # a file system without hard links


def _publish(out: Path, keys: list[str], read_errors: list[ArticleError],
             run_info: dict) -> None:
    """Make the batches ``keys`` (all committed) the tables readers see, in one rename. When
    they are what readers already see (an unchanged corpus), nothing is published: a reader
    keeps its generation. Each table's link points at its generation itself, so a reader
    that resolves ``out/quotes`` once and opens its files one by one stays in one
    generation while a new one is published."""
    content = hashlib.sha256("\n".join(
        sorted(keys) + sorted(f"{e.where}\t{e.reason}" for e in read_errors)).encode(
        "utf-8", "backslashreplace")
    ).hexdigest()[:20]
    previous = _current_generation(out)
    if previous is not None and _generation_content(out, previous) == content and all(
            (out / name).is_symlink() and
            Path(os.readlink(out / name)) == Path(GENERATIONS) / previous / name
            for name in (*TABLES, RUN_FILE, *CODEBOOK_FILES)):
        return
    run_info = {**run_info, "content": content}
    generation = f"{time.time_ns()}-{uuid.uuid4().hex[:8]}"
    folder = out / GENERATIONS / generation
    for table in TABLES:
        (folder / table).mkdir(parents=True)
        for key in keys:
            _link(out / BATCHES / key / f"{table}.parquet",
                  folder / table / f"part-{key}.parquet")
    _write_parquet(pd.DataFrame([{"article": None, "source": storable(e.where), "stage": "read",
                                  "reason": storable(e.reason)} for e in read_errors]),
                   "errors", folder / "errors" / "part-read.parquet")
    write_text_atomic(folder / RUN_FILE, json.dumps(run_info, indent=1) + "\n")
    write_text_atomic(folder / CODEBOOK_FILES[0], codebook_markdown())
    write_text_atomic(folder / CODEBOOK_FILES[1],
                      json.dumps(codebook(), indent=1, ensure_ascii=False) + "\n")
    _point(out / CURRENT, Path(GENERATIONS) / generation)
    for name in (*TABLES, RUN_FILE, *CODEBOOK_FILES):
        _point(out / name, Path(GENERATIONS) / generation / name)
    _prune(out, keep_generations={generation, previous}, keep_batches=set(keys))


GENERATION_KEEP_SECONDS = 600  # a replaced generation stays this long for readers open on it


def _generation_content(out: Path, generation: str) -> str | None:
    try:
        info = json.loads((out / GENERATIONS / generation / RUN_FILE).read_text())
    except (OSError, ValueError):
        return None
    return info.get("content") if isinstance(info, dict) else None


def _current_generation(out: Path) -> str | None:
    link = out / CURRENT
    return Path(os.readlink(link)).name if link.is_symlink() else None


def _point(link: Path, target: Path) -> None:
    """Make ``link`` a symbolic link to ``target`` in one rename; a folder or file left there
    by an older version of this package is moved aside first and removed."""
    if link.is_symlink() and Path(os.readlink(link)) == target:
        return
    if link.exists() and not link.is_symlink():
        old = link.with_name(f".old-{link.name}-{uuid.uuid4().hex[:8]}")
        link.rename(old)
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    tmp = link.with_name(f".{link.name}.{uuid.uuid4().hex[:8]}")
    os.symlink(target, tmp)
    os.replace(tmp, link)


def _prune(out: Path, keep_generations: set, keep_batches: set[str]) -> None:
    """Remove generations other than the current one, the previous one and those replaced
    less than GENERATION_KEEP_SECONDS ago (by age, not count: a reader open on a generation
    keeps it however many runs follow in those minutes), and batches the current generation
    does not use (a generation's files are links: removing a batch does not touch the
    generations that share its files)."""
    now = time.time_ns()

    def born(name: str) -> int:
        stamp = name.split("-", 1)[0]
        return int(stamp) if stamp.isdigit() else 0

    folders = sorted((out / GENERATIONS).iterdir(), key=lambda f: born(f.name))
    for folder, successor in zip(folders, folders[1:] + [None], strict=True):
        replaced = born(successor.name) if successor is not None else now
        if folder.name in keep_generations or \
                (now - replaced) / 1e9 < GENERATION_KEEP_SECONDS:
            continue
        shutil.rmtree(folder, ignore_errors=True)
    for folder in (out / BATCHES).iterdir() if (out / BATCHES).is_dir() else ():
        if folder.name not in keep_batches:
            shutil.rmtree(folder, ignore_errors=True)
    for legacy in [out / "_batches"]:  # the markers of an older version of this package
        if legacy.is_dir() and not legacy.is_symlink():
            shutil.rmtree(legacy, ignore_errors=True)


@contextmanager
def _lock(out: Path, wait: bool = False) -> Iterator[None]:
    """One corpus run per output folder at a time; ``wait``: wait for the other run to end
    (the notebooks' cache of tables, which two runs of one set may share) instead of
    refusing."""
    import fcntl

    output_folder(out, (".lock",))
    try:
        handle = open(out / ".lock", "a")
    except OSError as err:
        raise OutputError(f"{out}: cannot write here ({err.strerror or err})") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise OutputError(f"{out}: another corpus run is writing to this folder; wait "
                              "for it to finish or choose another --out") from None
        yield


# -- running ---------------------------------------------------------------------------------
@dataclass
class CorpusReport:
    articles: int = 0
    batches_run: int = 0
    batches_reused: int = 0
    read_errors: list[ArticleError] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    analysis_errors: int = 0
    lost: list[str] = field(default_factory=list)  # articles whose worker died twice
    seconds: float = 0.0
    out: str = ""

    @property
    def ok(self) -> bool:
        return not self.read_errors and not self.analysis_errors

    def summary(self) -> str:
        lines = [f"{self.articles} articles in {self.batches_run + self.batches_reused} "
                 f"batches ({self.batches_run} analysed, {self.batches_reused} reused "
                 f"unchanged) in {self.seconds:.1f} s → {self.out}"]
        n_err = len(self.read_errors) + self.analysis_errors
        if n_err:
            lines.append(f"{n_err} article(s) left out, listed in {self.out}/errors "
                         f"({len(self.read_errors)} unreadable, {self.analysis_errors} "
                         "failed analysis):")
            lines += [f"  {e}" for e in self.read_errors[:20]]
            if len(self.read_errors) > 20:
                lines.append(f"  ... and {len(self.read_errors) - 20} more")
        if self.lost:
            lines.append(f"{len(self.lost)} article(s) whose worker process died twice "
                         "(killed, or out of memory?), in the errors table:")
            lines += [f"  {where}" for where in self.lost[:20]]
            if len(self.lost) > 20:
                lines.append(f"  ... and {len(self.lost) - 20} more")
        if self.skipped:
            lines.append(f"{len(self.skipped)} file(s) skipped, not articles:")
            lines += [f"  {e}" for e in self.skipped[:20]]
        return "\n".join(lines)


def _count(source: Path) -> int | None:
    """How many articles the source holds, if that is cheap to know (for the progress bar)."""
    from .loaders import ARTICLE_SUFFIXES

    files = sorted(p for p in source.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES) \
        if source.is_dir() else [source]
    total = 0
    for p in files:
        suffix = p.suffix.lower()
        if suffix in (".txt", ".html", ".htm"):
            total += 1
        elif suffix == ".jsonl":
            with open(p, "rb") as f:
                total += sum(1 for line in f if line.strip())
        elif suffix == ".parquet":
            try:
                import pyarrow.parquet as pq

                total += pq.ParquetFile(p).metadata.num_rows
            except Exception:
                return None
        else:
            return None
    return total


def run_corpus(source: str | os.PathLike | list, out: str | os.PathLike,
               scheduler: str | None = None, workers: int | None = None,
               batch_size: int = BATCH_SIZE, progress: bool = True,
               force: bool = False, wait: bool = False) -> CorpusReport:
    """Analyse every article of ``source`` (a path, or a list of them) into Parquet tables
    under ``out``; see the module docstring. ``scheduler``: a ``dask.distributed`` scheduler
    address (``tcp://...``), else local worker processes (``workers``, default one per
    core)."""
    started = time.perf_counter()
    from . import config

    sources = [config.resolve(p) for p in
               ([source] if isinstance(source, str | os.PathLike) else list(source))]
    out = Path(out)
    for path in sources:
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such file or folder")
    with _lock(out, wait):
        try:
            return _run_corpus(sources, out, scheduler, workers, batch_size, progress, force,
                               started)
        except OutputError:
            raise
        except OSError as err:
            if not _writing_failed(err, out):
                raise
            raise failed_write(err, out, "tables") from None


def _writing_failed(err: OSError, out: Path) -> bool:
    """Whether ``err`` (perhaps raised in a worker) is the output folder refusing a write."""
    import errno

    return err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM) \
        or str(err.filename or "").startswith(str(out)) or "No space left" in str(err)


def _run_corpus(sources: list[Path], out: Path, scheduler: str | None, workers: int | None,
                batch_size: int, progress: bool, force: bool, started: float) -> CorpusReport:
    from tqdm import tqdm

    report = CorpusReport(out=str(out))
    workers = max(1, workers or os.cpu_count() or 1)
    keys: list[str] = []
    counts = [_count(p) for p in sources]
    bar = tqdm(total=None if None in counts else sum(counts), desc="articles", unit="article",
               disable=not progress, file=sys.stderr)

    def done(key: str, counts: dict[str, int], n: int) -> None:
        _commit(out, key, counts)
        report.batches_run += 1
        report.articles += counts["articles"]
        report.analysis_errors += counts["errors"]
        bar.update(n)

    def lost_for_good(batch: Batch) -> None:
        """A batch whose worker process died twice: each article is an error row."""
        reason = ("the worker process analysing its batch died twice (killed, or out of "
                  "memory?); the next run tries again")
        errors = pd.DataFrame([{"article": storable(a.id), "source": storable(a.source),
                                "stage": "analyse", "reason": reason} for a in batch.articles])
        _write_parts(out, batch.key, {t: pd.DataFrame() for t in TABLES} | {"errors": errors})
        report.analysis_errors += len(batch.articles)
        report.lost.extend(a.source for a in batch.articles)
        bar.update(len(batch.articles))

    def todo() -> Iterator[Batch]:
        for batch in batches(iter_articles(sources), batch_size, report.read_errors,
                             report.skipped):
            keys.append(batch.key)
            if not force and _is_committed(out, batch.key):
                marker = json.loads((out / BATCHES / batch.key / "committed.json").read_text())
                report.batches_reused += 1
                report.articles += marker["articles"]
                report.analysis_errors += marker["errors"]
                bar.update(len(batch.articles))
                continue
            yield batch

    try:
        if scheduler:
            _run_distributed(todo(), scheduler, out, done)
        else:
            _run_local(todo(), workers, out, done, lost_for_good)
    finally:
        bar.close()
    report.seconds = time.perf_counter() - started
    _publish(out, keys, report.read_errors, {
        "source": [str(p) for p in sources], "articles": report.articles, "batches": len(keys),
        "analysed": report.batches_run, "reused": report.batches_reused,
        "read_errors": len(report.read_errors), "analysis_errors": report.analysis_errors,
        "seconds": round(report.seconds, 2)})
    return report


def _a_worker_died(error: BaseException, pool) -> bool:
    """Whether ``error``, raised by a computation on the process ``pool``, is a worker's
    death: a broken pool, or an OSError from a pool that is broken (a worker killed while the
    pool was starting its replacement: its pipe is already closed). An OSError on a healthy
    pool is the analysis's own (:func:`_lost_a_worker`)."""
    from concurrent.futures.process import BrokenProcessPool

    return isinstance(error, BrokenProcessPool) or \
        isinstance(error, OSError) and _lost_a_worker(pool)


def _lost_a_worker(pool) -> bool:
    """Whether the process pool is broken: a probe task, ``int()``, fails on a broken pool and
    runs on a healthy one."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        pool.submit(int).result()
    except (BrokenProcessPool, RuntimeError, OSError):
        return True
    return False


def _run_local(todo: Iterator[Batch], workers: int, out: Path, done, lost_for_good) -> None:
    """dask's multiprocessing scheduler on one pool of worker processes kept for the whole
    run; each worker writes its batch's parts itself. Batches go in windows (WINDOW per
    worker), and two windows are computed at once, so the workers do not wait for the
    slowest batch of a window while memory stays bounded by two windows."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, ThreadPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool
    from multiprocessing import get_context

    import dask

    def compute(window: list[Batch], pool) -> list[tuple[Batch, dict]]:
        tasks = [dask.delayed(analyse_batch_to_parts, pure=False)(b.articles, str(out), b.key)
                 for b in window]
        # chunksize=1: dask's multiprocessing scheduler otherwise sends ready tasks to the
        # pool six at a time, so a window of a few batches would run on one worker
        results = dask.compute(*tasks, scheduler="processes", pool=pool, chunksize=1) \
            if pool else dask.compute(*tasks, scheduler="synchronous")
        return list(zip(window, results, strict=True))

    lost: list[Batch] = []  # batches of windows whose worker process died
    broken = [False]  # the pool lost a worker: the next window needs a new pool

    def finish(futures) -> None:
        for future in futures:
            batches, pool = windows.pop(future)
            try:
                results = future.result()
            except (BrokenProcessPool, OSError) as e:
                if not _a_worker_died(e, pool):
                    raise
                lost.extend(batches)
                broken[0] = True
                continue
            for batch, counts in results:
                done(batch.key, counts, len(batch.articles))

    if workers == 1:  # in this process, no pool to start
        for batch in todo:
            for b, counts in compute([batch], None):
                done(b.key, counts, len(b.articles))
        return
    from .workers import worker_start

    def new_pool(n: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(n, mp_context=get_context("spawn"), initializer=worker_start)

    pools = [new_pool(workers)]
    threads = ThreadPoolExecutor(2)
    inflight: set = set()
    windows: dict = {}  # future -> its batches and the pool they run on
    window: list[Batch] = []

    def submit(batches_: list[Batch]) -> None:
        if broken[0]:
            pools.append(new_pool(workers))  # a worker died: that pool is broken for good
            broken[0] = False
        future = threads.submit(compute, batches_, pools[-1])
        windows[future] = batches_, pools[-1]
        inflight.add(future)

    try:
        for batch in todo:
            window.append(batch)
            if len(window) >= WINDOW * workers:
                submit(window)
                window = []
                if len(inflight) >= 2:
                    finished, inflight = wait(inflight, return_when=FIRST_COMPLETED)
                    finish(finished)
        if window:
            submit(window)
        finished, inflight = wait(inflight)
        finish(finished)
        # a batch whose worker died is tried once more, alone; if its process dies again,
        # its articles are named as failed (and tried again by the next run)
        # (one batch at a time in one worker, a new worker after a death)
        retry = None
        for batch in lost:
            if retry is None:
                retry = new_pool(1)
                pools.append(retry)
            try:
                for b, counts in compute([batch], retry):
                    done(b.key, counts, len(b.articles))
            except (BrokenProcessPool, OSError) as e:
                if not _a_worker_died(e, retry):
                    raise
                lost_for_good(batch)
                retry = None
    finally:
        threads.shutdown(cancel_futures=True)
        for pool in pools:
            pool.shutdown(cancel_futures=True)


def _run_distributed(todo: Iterator[Batch], address: str, out: Path, done) -> None:
    """A ``dask.distributed`` cluster: batches are submitted as the cluster frees up, at most
    two per worker thread in flight; the tables come back and are written here, so the
    workers need not share this machine's file system."""
    from distributed import Client, as_completed

    with Client(address, timeout="30s") as client:
        slots = max(2 * sum(client.nthreads().values()), 2)
        pending = as_completed()
        batches_of = {}
        for batch in todo:
            future = client.submit(analyse_batch, batch.articles, pure=False)
            batches_of[future.key] = batch
            pending.add(future)
            while pending.count() >= slots:
                _collect(next(pending), batches_of, out, done)
        for future in pending:
            _collect(future, batches_of, out, done)


def _collect(future, batches_of: dict, out: Path, done) -> None:
    batch = batches_of.pop(future.key)
    counts = _write_parts(out, batch.key, future.result())
    future.release()
    done(batch.key, counts, len(batch.articles))


def read_table(out: str | os.PathLike, table: str) -> pd.DataFrame:
    """One table of a corpus run, whole, with the codebook's columns."""
    if table not in TABLES:
        raise ValueError(f"no table {table!r}: there are {', '.join(TABLES)}")
    folder = (Path(out) / table).resolve()  # one generation, even if a run switches it now
    parts = sorted(folder.glob("part-*.parquet"))
    if not parts:
        raise FileNotFoundError(f"{folder}: no Parquet parts (run `python -m analysis corpus` "
                                "first)")
    import pyarrow.dataset as ds

    # files starting with "." (a part being written) are not part of the dataset
    return ds.dataset(folder, format="parquet", schema=schema(table)).to_table().to_pandas()
