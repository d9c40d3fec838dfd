"""Speed of sentiment towards actors on one core: every person mention of the PolNeAR dev
texts scored (actors, pronouns, quotes and the target model), best of three runs; and the
comparison of the two seeds (facts, alignment, differences).

    .venv/bin/python benchmarks/bench_targets.py [SPLIT_DIR]
"""

from __future__ import annotations

import sys
import time

from common import best_of, polnear_texts

from analysis import compare, config, targeted
from analysis.loaders import load_articles, load_text_file
from analysis.sentiment import mention_sentiment


def main() -> None:
    paths = polnear_texts(sys.argv[1] if len(sys.argv) > 1 else "dev")
    started = time.perf_counter()
    targeted.model()
    print(f"model load: {time.perf_counter() - started:.2f} s (once per process)")
    # fresh article objects each run: no cached segmentation
    runs, n = best_of(lambda: [load_text_file(p) for p in paths],
                      lambda articles: sum(len(mention_sentiment(a)) for a in articles))
    best = min(runs)
    print(f"{len(paths)} articles, {n} person mentions scored")
    print(f"best of 3: {best:.2f} s = {len(paths) / best:.1f} articles/s, {n / best:.0f} "
          f"mentions/s on one core; runs: {', '.join(f'{r:.2f}' for r in runs)} s")
    seeds, _ = load_articles([config.SEEDS_DIR])
    runs, _ = best_of(lambda: [load_text_file(a.path) for a in seeds],
                      lambda fresh: (compare.differences(fresh), compare.align(fresh)))
    print(f"seed comparison (facts, alignment, differences): best of 3 {min(runs):.3f} s")


if __name__ == "__main__":
    main()
