"""Speed of quote attribution on one core: articles per second over the PolNeAR texts of a
split (segmentation, actors and extraction; reading the files excluded), best of three runs,
two ways: one article at a time (as a notebook reads one), and in the batches the ``quotes``
command uses (each batch's sentences parsed together, the garbage collector waiting until a
batch is done).

    .venv/bin/python benchmarks/bench_quotes.py [SPLIT]     (dev or train; default dev)
"""

from __future__ import annotations

import sys

from common import best_of, polnear_texts

from analysis.__main__ import TABLE_CHUNK
from analysis.loaders import load_text_file
from analysis.memory import batch_friendly_gc, paused_gc
from analysis.quotes import extract, prepare


def batched(articles) -> int:
    n = 0
    for k in range(0, len(articles), TABLE_CHUNK):
        chunk = articles[k:k + TABLE_CHUNK]
        with paused_gc():
            prepare(chunk)
            n += sum(len(a.quotes) for a in chunk)
    return n


def main() -> None:
    batch_friendly_gc()  # as the command line does
    paths = polnear_texts(sys.argv[1] if len(sys.argv) > 1 else "dev")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(paths)} articles ({words:,} words)")
    for label, work in (("one at a time", lambda arts: sum(len(extract(a)) for a in arts)),
                        ("in the command's batches", batched)):
        # fresh article objects each run: no cached segmentation
        runs, n = best_of(lambda: [load_text_file(p) for p in paths], work)
        best = min(runs)
        print(f"{label}: best of 3 {best:.3f} s = {len(paths) / best:.0f} articles/s on one "
              f"core ({words / best:,.0f} words/s), {n} attributions; runs: "
              f"{', '.join(f'{r:.3f}' for r in runs)} s")


if __name__ == "__main__":
    main()
