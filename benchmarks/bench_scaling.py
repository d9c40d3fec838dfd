"""How each reading's cost grows with the article: 10 KB, 100 KB and 1 MB of real news prose
(PolNeAR dev texts joined into one article), each reading timed on a fresh article.

    .venv/bin/python benchmarks/bench_scaling.py [--sizes 10000,100000,1000000]

Prints microseconds per byte for every reading and size (the best of three runs, each on a
fresh article), and the ratio of the 1 MB cost to the 100 KB cost (10 means linear; the
target is at most 12).
"""

from __future__ import annotations

import argparse
import gc
import time

from common import polnear_texts

from analysis.loaders import Article
from analysis.pipeline import steps

# Each reading after the layers it needs (those are timed first, on their own).
STEPS = ["segments", "actors", "quotes", "quotes table", "sources", "people", "sentences",
         "paragraphs", "mentions", "frames", "descriptions"]


def article_of(size: int) -> Article:
    parts, total = [], 0
    texts = [p.read_text(encoding="utf-8") for p in polnear_texts("dev")]
    i = 0
    while total < size:
        t = texts[i % len(texts)]
        parts.append(t)
        total += len(t.encode("utf-8")) + 2
        i += 1
    return Article(f"scale-{size}", "\n\n".join(parts)[:size], "bench")


def timings(size: int) -> dict[str, float]:
    article = article_of(size)
    todo = steps(article)
    out = {}
    for name in STEPS:
        gc.collect()  # the last step's garbage is not this step's cost
        started = time.perf_counter()
        todo[name]()
        out[name] = time.perf_counter() - started
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    sizes = [int(s) for s in ap.parse_args().sizes.split(",")]
    timings(2000)  # load word lists and the model first
    results = {}
    for size in sizes:
        runs = [timings(size) for _ in range(3)]
        results[size] = {name: min(run[name] for run in runs) for name in STEPS}
    print("µs per byte".ljust(14) + "".join(f"{s:>12,}" for s in sizes) +
          ("   1 MB / 100 KB" if {100000, 1000000} <= set(sizes) else ""))
    for name in STEPS:
        row = "".join(f"{results[s][name] / s * 1e6:12.2f}" for s in sizes)
        ratio = (f"{results[1000000][name] / max(results[100000][name], 1e-9):14.1f}×"
                 if {100000, 1000000} <= set(sizes) else "")
        print(f"{name:14s}{row}{ratio}")
    total = {s: sum(results[s].values()) for s in sizes}
    print(f"{'all':14s}" + "".join(f"{total[s] / s * 1e6:12.2f}" for s in sizes) +
          (f"{total[1000000] / total[100000]:14.1f}×" if {100000, 1000000} <= set(sizes)
           else ""))


if __name__ == "__main__":
    main()
