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
                                     "and write figures/<article>/<notebook>/ and "
                                     "figures/index.html.")
    run.add_argument("articles", nargs="*", metavar="ARTICLES",
                     help=".txt files, folders of them, or .jsonl/.csv corpora (default: seeds/)")
    run.add_argument("--notebooks", metavar="NAMES",
                     help="comma-separated notebook names (default: all of notebooks/)")
    run.add_argument("--jobs", type=int, metavar="N",
                     help="parallel notebook runs (default: the number of cores)")
    run.add_argument("--force", action="store_true", help="re-run pairs even if unchanged")
    run.add_argument("--figures", type=Path, metavar="DIR",
                     help="where figures go (default: figures/)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "run":
        return _run(args)
    return 2  # pragma: no cover - argparse rejects unknown commands


def _run(args) -> int:
    from .runner import run

    if args.jobs is not None and args.jobs < 1:
        print("--jobs must be at least 1", file=sys.stderr)
        return 2
    notebooks = [n.strip() for n in args.notebooks.split(",") if n.strip()] \
        if args.notebooks else None
    try:
        report = run(args.articles or None, notebooks=notebooks, jobs=args.jobs,
                     force=args.force, figures_dir=args.figures,
                     progress=not args.no_progress)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: figures already published are complete; nothing half-written "
              "was kept", file=sys.stderr)
        return 130
    print(report.summary(), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
