"""Command line: ``python -m analysis run [ARTICLES...] [--notebooks NAMES] [--jobs N] [--force]``.

Exit codes: 0 all went well, 1 something failed (each failure was named), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis",
                                description="How each news story is told, figure by figure.")
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run every notebook for every article; figures out",
                         description="Execute the notebooks for each article through papermill "
                                     "and write figures/<article>/<notebook>/ (PNG and SVG "
                                     "figures, the executed notebook, annotated.html) and the "
                                     "gallery figures/index.html. Notebooks run in warm "
                                     "kernels (one IPython kernel per job, through papermill's "
                                     "engine; an article's notebooks share its readings); "
                                     "--isolate gives every run a fresh kernel. Unchanged "
                                     "article and notebook pairs are skipped.")
    run.add_argument("articles", nargs="*", metavar="ARTICLES",
                     help=".txt or saved .html pages, folders of them, or .jsonl/.csv/.parquet "
                          "corpora (default: seeds/)")
    run.add_argument("--notebooks", metavar="NAMES",
                     help="comma-separated notebook names (default: all of notebooks/)")
    run.add_argument("--jobs", type=int, metavar="N",
                     help="parallel notebook runs (default: the number of cores)")
    run.add_argument("--force", action="store_true", help="re-run pairs even if unchanged")
    run.add_argument("--figures", type=Path, metavar="DIR",
                     help="where figures go (default: figures/)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.add_argument("--set", action="append", nargs="+", metavar="FILE", dest="sets",
                     help="articles (files or folders) to compare as one set, whatever their "
                          "sentences; repeat for more sets (default: the articles that tell "
                          "the same story)")
    run.add_argument("--isolate", action="store_true",
                     help="a fresh kernel for every notebook run (slower) instead of one warm "
                          "kernel per job")

    for name, help_text, description in (
            ("quotes", "print every quote, with its speaker and verb",
             "One record per quote: kind, content/source/cue spans ([start, end) into the "
             "article), speaker, source type and verb class."),
            ("people", "list the people each article names, with gender",
             "One record per person named: canonical name, gender (female, male or unknown) "
             "and what tied it, mentions, and whether and how much they are quoted.")):
        table = sub.add_parser(name, help=help_text, description=description)
        table.add_argument("articles", nargs="+", metavar="FILE",
                           help=".txt or .html files, folders, or .jsonl/.csv/.parquet "
                                "corpora")
        table.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl",
                           help="jsonl (one JSON object a line), csv, or table (aligned "
                                "text for a terminal); default: %(default)s")

    ev = sub.add_parser("evaluate", help="score an extractor on annotated data",
                        description="Score an extractor against human annotation: quotes "
                                    "(PolNeAR), frames (FrAC), targets (NewsMTSC), entities "
                                    "(the shipped recogniser on GUM dev and UNER EWT dev) or "
                                    "people (people and gender on GUM dev, against GUM's "
                                    "entities and coreference) or structure (the shipped "
                                    "tagger and parser on EWT dev and GUM dev) or "
                                    "attributions (reported speech against GUM's discourse "
                                    "annotation, by genre).")
    ev.add_argument("what", choices=("quotes", "frames", "targets", "entities", "people",
                                     "structure", "attributions"))
    ev.add_argument("--corpora", metavar="DIR",
                    help="for entities, people, structure and attributions: the corpora "
                         "folder (../shared/corpora)")
    ev.add_argument("--polnear", metavar="SPLIT_DIR",
                    help="for quotes: a PolNeAR split folder (with text/ and attributions/)")
    ev.add_argument("--frac", metavar="CSV",
                    help="for frames: FrAC sentences with labels (sentence,label)")
    ev.add_argument("--newsmtsc", metavar="JSONL",
                    help="for targets: NewsMTSC records (sentence, targets, polarity)")
    ev.add_argument("--folds", type=int, default=0, metavar="K",
                    help="for targets: train and score K fresh models on article-grouped folds "
                         "instead of scoring the shipped model")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    co = sub.add_parser("corpus", help="analyse a whole corpus into Parquet tables (dask)",
                        description="Analyse every article of SOURCE (a folder of .txt files, "
                                    "saved .html pages, .jsonl, .csv or .parquet corpora, or "
                                    "one such file) into tidy Parquet tables under --out: "
                                    "articles, sentences, quotes, sources, actors, frames, "
                                    "people and errors (one sub-folder each, read with "
                                    "pandas.read_parquet('OUT/quotes')); the columns are in "
                                    "the README's codebook. An unchanged batch is not "
                                    "analysed again.")
    co.add_argument("source", metavar="SOURCE")
    co.add_argument("--out", type=Path, required=True, metavar="DIR",
                    help="folder for the tables (one sub-folder of Parquet parts per table)")
    co.add_argument("--scheduler", metavar="ADDRESS",
                    help="a dask.distributed scheduler (tcp://host:8786); default: local "
                         "worker processes")
    co.add_argument("--workers", type=int, metavar="N",
                    help="local worker processes (default: the number of cores)")
    co.add_argument("--batch-size", type=int, default=None, metavar="N",
                    help="articles per task (default: 32)")
    co.add_argument("--force", action="store_true",
                    help="analyse every batch again, even if unchanged")
    co.add_argument("--no-progress", action="store_true", help="no progress bar")
    fe = sub.add_parser("fetch", help="save web pages to read later (the only command that "
                                      "uses the network)",
                        description="Download each URL and save it as DIR/<id>.html with a "
                                    "DIR/<id>.json sidecar (url, fetched). Run, quotes, people "
                                    "and corpus then read the pages' main text.")
    fe.add_argument("urls", nargs="+", metavar="URL", help="http or https addresses")
    fe.add_argument("--out", type=Path, required=True, metavar="DIR",
                    help="folder for the pages and their sidecars")
    fe.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                    help="give up on a page after this long, however slowly the server "
                         "sends (default: %(default)s)")
    tr = sub.add_parser("train", help="rebuild a trained model shipped with the package",
                        description="Rebuild a model the package ships: 'targets' (sentiment "
                                    "towards a target, from NewsMTSC), 'entities' (the "
                                    "names recogniser, from the annotated corpora: GUM and "
                                    "wikigold to train, GUM dev and UNER EWT dev to score) or "
                                    "'structure' (the tagger and parser of reported speech, "
                                    "with spaCy's trainer: EWT train and GUM to train, EWT "
                                    "dev and GUM dev to score; about 20 minutes).")
    tr.add_argument("what", choices=("targets", "entities", "structure"))
    tr.add_argument("corpora", nargs="?", metavar="CORPORA",
                    help="for entities and structure: the corpora folder (../shared/corpora)")
    tr.add_argument("--newsmtsc", metavar="JSONL", help="for targets: NewsMTSC training records")
    tr.add_argument("--out", metavar="PATH", help="where to write the model (default: the "
                    "package's resources/target_sentiment_model.json, or the folder "
                    "resources/models/entities/ or resources/models/structure/)")
    tr.add_argument("--lists", action="store_true", help="for entities: take the word lists "
                    "the recogniser sees (titles, outlets, institutions, stop words, places) "
                    "afresh from the package's lists, instead of the shipped model's "
                    "lexicons.json")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "run":
        return _run(args)
    if args.command in ("quotes", "people"):
        return _table_command(args)
    if args.command == "evaluate":
        return _evaluate(args)
    if args.command == "train":
        return _train(args)
    if args.command == "fetch":
        return _fetch(args)
    if args.command == "corpus":
        return _corpus(args)
    return 2  # pragma: no cover - argparse rejects unknown commands


# articles read ahead by `quotes` and `people`, so that parsing goes in batches: at most this
# many, holding at most this many characters together (a folder of huge files stays bounded)
TABLE_CHUNK = 128
TABLE_CHUNK_CHARS = 1_000_000


def _chunks(items, n: int, chars: int = TABLE_CHUNK_CHARS):
    chunk, size = [], 0
    for item in items:
        chunk.append(item)
        size += len(getattr(item, "text", ""))
        if len(chunk) == n or size >= chars:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _table_chunk(chunk, args, reading, columns, records) -> int:
    """Print (or keep in ``records``) the rows of a chunk of articles; the number that
    failed."""
    import json

    from .loaders import ArticleError, Skipped
    from .quotes import prepare

    failed = 0
    # the chunk's sentences are parsed in one batch; each article still fails alone
    prepare([item for item in chunk if not isinstance(item, Skipped | ArticleError)])
    for item in chunk:
        if isinstance(item, Skipped):
            print(f"note: {item}", file=sys.stderr)
            continue
        if isinstance(item, ArticleError):
            print(f"error: {item}", file=sys.stderr)
            failed += 1
            continue
        try:
            rows = reading(item)
        except Exception as err:  # one article that fails must not stop the others
            print(f"error: {item.source}: {args.command} failed ({type(err).__name__}: "
                  f"{err})", file=sys.stderr)
            failed += 1
            continue
        if args.format == "jsonl":
            # strict JSON (a missing value is null, never NaN), keys in the codebook's order
            sys.stdout.write("".join(
                json.dumps({c: r[c] for c in columns}, ensure_ascii=False, allow_nan=False)
                + "\n" for r in rows))
        else:
            records.extend(rows)
    return failed


def _table_command(args) -> int:
    """``quotes`` and ``people``: one table row per quote or person, for every article;
    an article that cannot be read or analysed is named and the others still print."""
    from .loaders import iter_articles
    from .memory import paused_gc

    if args.command == "quotes":
        from .quotes import COLUMNS
        from .quotes import quote_records as reading

        shown = ["article", "kind", "speaker", "source_type", "cue_verb", "verb_class", "text"]
    else:
        from .people import COLUMNS, people_records
        from .quotes import quotes_frame

        def reading(article):
            return people_records(article, quotes_frame(article))

        shown = COLUMNS
    records, failed = [], 0
    for chunk in _chunks(iter_articles(args.articles), TABLE_CHUNK):
        # the collector waits until the chunk's articles are gone: the millions of small
        # objects a reading makes are freed as they are dropped, never walked while alive
        with paused_gc():
            failed += _table_chunk(chunk, args, reading, COLUMNS, records)
            chunk.clear()
    if args.format != "jsonl":
        import pandas as pd

        table = pd.DataFrame(records, columns=COLUMNS)
        if args.format == "csv":
            table.to_csv(sys.stdout, index=False)
        else:
            print(_terminal_table(table[shown]) if len(table) else f"(no {args.command})")
    return 1 if failed else 0


TERMINAL_WIDTH = 100


def _terminal_table(table, width: int = TERMINAL_WIDTH) -> str:
    """``table`` as aligned text no wider than ``width`` columns: a missing speaker reads
    "(no speaker found)", other missing cells "-"; every column but the last is cut (with
    "…") to at most 14 characters (18 for the speaker) or its heading, and the last one (the
    quote's text) is wrapped in what is left."""
    import textwrap

    shown = table.astype(object).copy()
    if "speaker" in shown:
        shown["speaker"] = shown["speaker"].where(shown["speaker"].notna(), "(no speaker found)")
    shown = shown.where(shown.notna(), "-").astype(str)
    cols = list(shown.columns)
    sizes = [max([len(c)] + [len(v) for v in shown[c]]) for c in cols]
    for i in range(len(cols) - 1):
        least = len("(no speaker found)") if cols[i] == "speaker" else 14
        sizes[i] = min(sizes[i], max(len(cols[i]), least))
    room = max(len(cols[-1]), 16, width - sum(sizes[:-1]) - (len(cols) - 1))
    sizes[-1] = min(sizes[-1], room)

    def cut(v: str, n: int) -> str:
        return v if len(v) <= n else v[:n - 1] + "…"

    lines = [" ".join(c.ljust(n) for c, n in zip(cols, sizes, strict=True)).rstrip()]
    indent = " " * (sum(sizes[:-1]) + len(cols) - 1)
    for row in shown.itertuples(index=False):
        head = " ".join(cut(v, n).ljust(n) for v, n in zip(row[:-1], sizes, strict=False))
        wrapped = textwrap.wrap(row[-1], sizes[-1]) or [""]
        lines.append(f"{head} {wrapped[0]}".rstrip() if len(cols) > 1 else wrapped[0])
        lines.extend(indent + w for w in wrapped[1:])
    return "\n".join(lines)


def _evaluate(args) -> int:
    import json

    from .evaluate import (
        development_note,
        format_scores,
        frames_frac,
        quotes_polnear,
        target_newsmtsc,
    )

    if args.what in ("entities", "people", "structure", "attributions"):
        return _evaluate_language(args)
    given = args.newsmtsc if args.what == "targets" else args.frac if args.what == "frames" \
        else args.polnear
    note = development_note(given) if given else ""
    if note and not (args.what == "targets" and args.folds):
        print(note, file=sys.stderr)

    if args.what == "targets":
        if not args.newsmtsc or not Path(args.newsmtsc).is_file():
            print("error: evaluate targets needs --newsmtsc JSONL (an existing file)",
                  file=sys.stderr)
            return 2
        try:
            result = target_newsmtsc(args.newsmtsc, folds=args.folds)
        except ValueError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        print(json.dumps(result, indent=1) if args.json else
              f"{result['targets']} targets ({result['evaluation']}): accuracy "
              f"{result['accuracy']:.3f}, macro-F1 {result['macro_f1']:.3f} (sentence-level "
              f"VADER {result['vader_macro_f1']:.3f})")
        return 0
    if args.what == "frames":
        if not args.frac or not Path(args.frac).is_file():
            print("error: evaluate frames needs --frac CSV (an existing file)", file=sys.stderr)
            return 2
        try:
            result = frames_frac(args.frac)
        except ValueError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        print(json.dumps(result, indent=1) if args.json else
              f"{result['sentences']} sentences: accuracy {result['accuracy']:.3f}, macro-F1 "
              f"{result['macro_f1']:.3f}")
        return 0
    if not args.polnear:
        print("error: evaluate quotes needs --polnear SPLIT_DIR", file=sys.stderr)
        return 2
    split = Path(args.polnear)
    if not (split / "text").is_dir():
        print(f"error: {split}: not a PolNeAR split (no text/ folder)", file=sys.stderr)
        return 2
    try:
        result = quotes_polnear(split)
    except FileNotFoundError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=1) if args.json else format_scores(result))
    return 0


def _corpus(args) -> int:
    from .corpus import BATCH_SIZE, run_corpus
    from .outputs import OutputError

    for name in ("workers", "batch_size"):
        value = getattr(args, name)
        if value is not None and value < 1:
            print(f"error: --{name.replace('_', '-')} must be at least 1", file=sys.stderr)
            return 2
    try:
        report = run_corpus(args.source, args.out, scheduler=args.scheduler,
                            workers=args.workers, batch_size=args.batch_size or BATCH_SIZE,
                            progress=not args.no_progress, force=args.force)
    except OutputError as err:  # busy, not a folder, read-only, full: nothing was published
        print(f"error: {err}", file=sys.stderr)
        return 1
    except (FileNotFoundError, NotADirectoryError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # e.g. a scheduler that cannot be reached
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: the tables readers see are the previous complete ones; batches "
              "finished so far are kept and reused by the next run", file=sys.stderr)
        return 130
    print(report.summary())
    return 0 if report.ok else 1


def _fetch(args) -> int:
    from .outputs import OutputError
    from .webpages import fetch

    try:
        saved, failed = fetch(args.urls, args.out, timeout=args.timeout)
    except OutputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    for path in saved:
        print(path)
    for message in failed:
        print(f"error: {message}", file=sys.stderr)
    return 1 if failed else 0


def _train(args) -> int:
    from .evaluate import train_target

    if args.what == "entities":
        return _train_entities(args)
    if args.what == "structure":
        return _train_structure(args)
    if not args.newsmtsc or not Path(args.newsmtsc).is_file():
        print(f"error: {args.newsmtsc}: no such file", file=sys.stderr)
        return 2
    try:
        result = train_target(args.newsmtsc, args.out)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"trained on {result['targets']} targets in {result['seconds']} s: {result['model']}")
    return 0


def _corpora(given: str | None, usage: str) -> Path | None:
    """The annotated corpora folder (``../shared/corpora``: gum/, ewt/, uner-ewt/, wikigold/),
    or None after saying what is missing."""
    need = ("gum", "ewt", "uner-ewt", "wikigold")
    missing = [d for d in need if not (Path(given or "") / d).is_dir()] if given else need
    if missing:
        print(f"error: {usage} needs the corpora folder, with "
              f"{', '.join(d + '/' for d in need)} ({given or 'none given'}: no "
              f"{', '.join(d + '/' for d in missing)})", file=sys.stderr)
        return None
    return Path(given)


def _train_entities(args) -> int:
    from functools import partial

    from .language.train import table, train

    meta = _train_language(args, partial(train, fresh_lists=args.lists))
    if meta is None:
        return 2
    print(table(meta["performance"]))
    print(f"trained on {meta['training_sentences']} sentences in {meta['training_seconds']} s; "
          f"model {meta['model_bytes'] / 1e6:.1f} MB")
    return 0


def _train_structure(args) -> int:
    from .language.train_structure import structure_table, train

    meta = _train_language(args, train)
    if meta is None:
        return 2
    print(structure_table(meta["dev_scores"]))
    print(f"trained on {meta['training_sentences']} sentences in {meta['training_seconds']} s")
    return 0


def _train_language(args, train) -> dict | None:
    """Run a language-layer trainer on the corpora folder (None after saying what is
    missing), into --out or the package's model folder."""
    corpora = _corpora(args.corpora, f"train {args.what} CORPORA")
    if corpora is None:
        return None
    return train(corpora, Path(args.out)) if args.out else train(corpora)


def _evaluate_language(args) -> int:
    import json

    from .language.corpora import dev_sets, gum_files
    from .language.model import tagger
    from .language.people_gold import score_people
    from .language.train import score, table

    corpora = _corpora(args.corpora, f"evaluate {args.what} --corpora DIR")
    if corpora is None:
        return 2
    if args.what == "structure":
        from .language.structure import MODEL_DIR
        from .language.train_structure import score as score_structure
        from .language.train_structure import structure_table

        result = score_structure(MODEL_DIR, corpora)
        print(json.dumps(result, indent=1) if args.json else structure_table(result))
        return 0
    if args.what == "attributions":
        return _evaluate_attributions(corpora, args.json)
    if args.what == "entities":
        t = tagger()
        result = {}
        for name, docs in dev_sets(corpora).items():
            if "UNER" in name:
                result[name] = score(docs, lambda f: [x if not x.endswith("MISC") else "O"
                                                      for x in t.tag(f)], ("PER", "ORG", "LOC"))
            else:
                result[name] = score(docs, t.tag)
        print(json.dumps(result, indent=1) if args.json else table(result))
        return 0
    files = gum_files(corpora, "dev")
    news = [f for f in files if f.stem.split("_")[1] in ("news", "interview", "bio")]
    result = {"all dev documents": score_people(files),
              "news, interviews, biographies": score_people(news),
              "gender, all 127 documents (102 seen in training)":
                  score_people(sorted((corpora / "gum").glob("*.conllu")))}
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return 0
    for name, r in result.items():
        print(f"{name}: {r['documents']} documents, {r['gold_people']} people named in the "
              f"gold, {r['listed_people']} listed: precision {r['precision']:.3f} recall "
              f"{r['recall']:.3f}")
        for g in ("female", "male"):
            print(f"  {g:6s} precision {r[g]['precision']:.3f} recall {r[g]['recall']:.3f} "
                  f"F1 {r[g]['f1']:.3f} ({r[g]['gold']} in the gold)")
    return 0


# GUM's genres, news first: the scheme counts a speaker's own "I mean", "I remember" as
# attributions, so the spoken genres say less about a quote table than news does
_GENRES = ("news", "interview", "bio", "speech", "textbook", "vlog", "conversation", "voyage")


def _evaluate_attributions(corpora: Path, as_json: bool) -> int:
    import json

    from .language.attribution_gold import score_attributions
    from .language.corpora import gum_files

    files = sorted((corpora / "gum").glob("*.conllu"))
    dev = set(gum_files(corpora, "dev"))
    result = {}
    for genre in _GENRES:
        for split, chosen in (("dev", [f for f in files if f in dev]),
                              ("train", [f for f in files if f not in dev])):
            paths = [f for f in chosen if f.stem.split("_")[1] == genre]
            if paths:
                result[f"{genre} ({split})"] = score_attributions(paths)
    if as_json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return 0
    print("GUM attributions (enhanced RST; credits under pictures left out): found = the "
          "verb or speaker in the attributing unit and the content overlapping what it "
          "attributes")
    for name, r in result.items():
        print(f"  {name:22s} {r['documents']:3d} documents {r['gold']:4d} gold: found "
              f"{r['recall']:.3f}, predictions that find one {r['precision']:.3f} of "
              f"{r['predicted']}, speaker {r['speaker']:.3f}")
    return 0


def _run(args) -> int:
    from .outputs import OutputError
    from .runner import run

    if args.jobs is not None and args.jobs < 1:
        print("--jobs must be at least 1", file=sys.stderr)
        return 2
    notebooks = [n.strip() for n in args.notebooks.split(",") if n.strip()] \
        if args.notebooks else None
    try:
        report = run(args.articles or None, notebooks=notebooks, jobs=args.jobs,
                     force=args.force, figures_dir=args.figures,
                     progress=not args.no_progress, isolate=args.isolate, sets=args.sets)
    except OutputError as err:  # a figures folder that cannot take the results
        print(f"error: {err}", file=sys.stderr)
        return 1
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: figures already published are complete; nothing half-written "
              "was kept", file=sys.stderr)
        return 130
    print(report.summary(), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


# multiprocessing's resource tracker (a helper process, started with this environment) cleans
# up the semaphores of a worker killed at Ctrl-C, and says so in a warning of several lines;
# the clean-up stays, the warning goes (a filter on that module alone), so that Ctrl-C is the
# one line the command prints
_TRACKER_QUIET = "ignore:::multiprocessing.resource_tracker"


def _quiet_tracker() -> None:
    """Add :data:`_TRACKER_QUIET` to the warning filters the helper processes start with."""
    import os

    filters = os.environ.get("PYTHONWARNINGS", "")
    if _TRACKER_QUIET not in filters.split(","):
        os.environ["PYTHONWARNINGS"] = ",".join(f for f in (filters, _TRACKER_QUIET) if f)


def _entry() -> int:
    from .imports import import_nltk_lightly
    from .memory import batch_friendly_gc

    _quiet_tracker()
    batch_friendly_gc()
    import_nltk_lightly()
    try:
        code = main()
        return _leave(code) if code == 130 else code  # the run or corpus interrupted
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:  # Ctrl-C in any command: one line, no traceback
        print("interrupted", file=sys.stderr)
        return _leave(130)


def _leave(code: int) -> int:
    """After Ctrl-C, once the command has cleaned up (its own ``finally`` blocks ran): leave
    now, without the interpreter's shutdown, where a late signal or a library's leftover task
    prints tracebacks and joins threads that wait for killed workers. The command line only:
    ``main()`` called in-process returns as usual."""
    import os

    if "multiprocessing" in sys.modules:  # release the pools' semaphores (else a warning)
        from multiprocessing import util

        try:
            util._run_finalizers(0)
        except Exception:  # noqa: BLE001 - leaving anyway
            pass
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


if __name__ == "__main__":
    sys.exit(_entry())
