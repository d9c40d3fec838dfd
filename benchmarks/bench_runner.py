"""Speed of the main job: ``python -m analysis run`` against a plain sequential loop of
papermill calls over the same articles and notebooks, and an unchanged re-run.

    .venv/bin/python benchmarks/bench_runner.py [--articles N] [--jobs N]

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
from analysis.runner import available_notebooks

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


def runner(folder: Path, scratch: Path, jobs: int, force: bool) -> float:
    cmd = [sys.executable, "-m", "analysis", "run", str(folder), "--figures",
           str(scratch / "figures"), "--jobs", str(jobs), "--no-progress"]
    env = {**os.environ, "ANALYSIS_BUILD_DIR": str(scratch / "build")}
    started = time.perf_counter()
    subprocess.run(cmd + (["--force"] if force else []), check=True, env=env,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=12)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    notebooks = available_notebooks()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        articles = gather(tmp / "articles", args.articles)
        pairs = len(articles) * len(notebooks)
        print(f"{len(articles)} articles × {len(notebooks)} notebooks ({', '.join(notebooks)}) "
              f"= {pairs} runs, {os.cpu_count()} cores")
        seq = sequential(articles, notebooks, tmp / "seq")
        print(f"sequential papermill loop:     {seq:7.1f} s  ({seq / pairs:.2f} s a run)")
        par = runner(tmp / "articles", tmp / "run", args.jobs, force=True)
        print(f"python -m analysis run -j {args.jobs}:  {par:7.1f} s  (speed-up {seq / par:.2f}×)")
        again = runner(tmp / "articles", tmp / "run", args.jobs, force=False)
        print(f"unchanged re-run:              {again:7.2f} s")


if __name__ == "__main__":
    main()
