"""Speed of the main job: ``python -m analysis run`` (warm kernels, and ``--isolate``: a fresh
kernel per run, as before) against a plain sequential loop of papermill calls over the same
articles and the per-article notebooks, and an unchanged re-run; all in one run, side by side.

    .venv/bin/python benchmarks/bench_runner.py [--articles N] [--jobs N] [--shell]

Articles: the two seeds plus PolNeAR dev texts from ../shared (if present) up to N. Figures
and executed notebooks go to a scratch folder; nothing in the project is touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis import config
from analysis.runner import available_notebooks, is_set_notebook

POLNEAR_DEV = config.PROJ_ROOT.parent / "shared" / "benchmarks" / "polnear" / "dev" / "text"


def gather(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True)
    sources = sorted(config.SEEDS_DIR.glob("*.txt"))
    if POLNEAR_DEV.is_dir():
        sources += sorted(POLNEAR_DEV.glob("*.txt"))
    if len(sources) < n:
        sys.exit(f"only {len(sources)} articles available; need {n} (is ../shared there?)")
    for src in sources[:n]:
        shutil.copy(src, folder / src.name)
    return sorted(folder.glob("*.txt"))


def sequential(articles: list[Path], notebooks: list[str], scratch: Path) -> float:
    import papermill

    scratch.mkdir(parents=True)
    started = time.perf_counter()
    for article in articles:
        for nb in notebooks:
            papermill.execute_notebook(
                str(config.NOTEBOOKS_DIR / f"{nb}.ipynb"),
                str(scratch / f"{article.stem}-{nb}.ipynb"),
                parameters={"article_path": str(article), "article_id": "",
                            "output_dir": str(scratch / "figures")},
                kernel_name="python3", progress_bar=False, cwd=str(config.PROJ_ROOT))
    return time.perf_counter() - started


def cli_loop(articles: list[Path], notebooks: list[str], scratch: Path) -> float:
    """The same loop as a shell user writes it: one ``papermill`` command per run."""
    scratch.mkdir(parents=True)
    papermill = str(Path(sys.executable).with_name("papermill"))
    started = time.perf_counter()
    for article in articles:
        for nb in notebooks:
            subprocess.run([papermill, str(config.NOTEBOOKS_DIR / f"{nb}.ipynb"),
                            str(scratch / f"{article.stem}-{nb}.ipynb"),
                            "-p", "article_path", str(article),
                            "-p", "output_dir", str(scratch / "figures"),
                            "--cwd", str(config.PROJ_ROOT), "--no-progress-bar"],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def runner(folder: Path, scratch: Path, jobs: int, force: bool, notebooks: list[str],
           isolate: bool = False) -> float:
    cmd = [sys.executable, "-m", "analysis", "run", str(folder), "--figures",
           str(scratch / "figures"), "--jobs", str(jobs), "--no-progress",
           "--notebooks", ",".join(notebooks)] + (["--isolate"] if isolate else [])
    env = {**os.environ, "ANALYSIS_BUILD_DIR": str(scratch / "build")}
    started = time.perf_counter()
    subprocess.run(cmd + (["--force"] if force else []), check=True, env=env,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=12)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--shell", action="store_true",
                    help="also time a shell loop of papermill commands (slow)")
    args = ap.parse_args()
    notebooks = [nb for nb in available_notebooks()
                 if not is_set_notebook(config.NOTEBOOKS_DIR / f"{nb}.ipynb")]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        articles = gather(tmp / "articles", args.articles)
        pairs = len(articles) * len(notebooks)
        print(f"{len(articles)} articles × {len(notebooks)} notebooks ({', '.join(notebooks)}) "
              f"= {pairs} runs, {os.cpu_count()} cores")
        seq = sequential(articles, notebooks, tmp / "seq")
        print(f"sequential papermill loop, in one process: {seq:6.1f} s"
              f" ({seq / pairs:.2f} s a run)")
        if args.shell:
            cli = cli_loop(articles, notebooks, tmp / "cli")
            print(f"sequential papermill commands, shell loop: {cli:6.1f} s"
                  f" ({cli / pairs:.2f} s a run)")
        iso = runner(tmp / "articles", tmp / "iso", args.jobs, True, notebooks, isolate=True)
        print(f"run --jobs {args.jobs} --isolate (fresh kernels): {iso:6.1f} s (speed-up "
              f"{seq / iso:.2f}× on the loop)")
        par = runner(tmp / "articles", tmp / "run", args.jobs, True, notebooks)
        print(f"run --jobs {args.jobs} (warm kernels):            {par:6.1f} s (speed-up "
              f"{seq / par:.2f}× on the loop, {iso / par:.2f}× on --isolate)")
        again = runner(tmp / "articles", tmp / "run", args.jobs, False, notebooks)
        print(f"unchanged re-run:                          {again:6.2f} s")


if __name__ == "__main__":
    main()
