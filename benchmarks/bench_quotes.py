"""Speed of quote attribution on one core: articles per second over the PolNeAR dev texts
(segmentation, actors and extraction; reading the files excluded), best of three runs.

    .venv/bin/python benchmarks/bench_quotes.py [SPLIT_DIR]
"""

from __future__ import annotations

import sys

from common import best_of, polnear_texts

from analysis.loaders import load_text_file
from analysis.quotes import extract


def main() -> None:
    paths = polnear_texts(sys.argv[1] if len(sys.argv) > 1 else "dev")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    # fresh article objects each run: no cached segmentation
    runs, n = best_of(lambda: [load_text_file(p) for p in paths],
                      lambda articles: sum(len(extract(a)) for a in articles))
    best = min(runs)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(paths)} articles ({words:,} words), {n} attributions")
    print(f"best of 3: {best:.3f} s = {len(paths) / best:.0f} articles/s on one core "
          f"({words / best:,.0f} words/s); runs: {', '.join(f'{r:.3f}' for r in runs)} s")


if __name__ == "__main__":
    main()
