"""Hostile shapes: every reading's time per byte on texts made to be hard, at 10 KB, 100 KB
and 1 MB, and four hostile 200 KB articles through the corpus command on one worker.

    .venv/bin/python benchmarks/bench_hostile.py [--sizes 10000,100000,1000000] [--corpus]
    .venv/bin/python benchmarks/bench_hostile.py --search 200 [--seed N]

The shapes are those an adversarial pass found slow: one endless sentence ("Trump is good but
Maduro is bad and ..."), one huge paragraph of ordinary prose, runs of initials ("a. b. c."),
a run of descriptions ("the president, the embattled president, ..."), and an unclosed
quotation mark before a long text. Prints µs per byte per reading (flat means linear) and
the 1 MB / 100 KB ratio (10 means linear; the target is at most 12). The target for the
corpus: the four 200 KB articles in at most 40 s, all analysed.

``--search N`` is the wide random search the test suite does not do: N shapes drawn from
pieces of news text (hypothesis, a new seed each run unless ``--seed``), each judged as the
suite judges (:mod:`tests.linearity`); a shape that grows faster than linear is printed and
added to the suite's fixed set (``tests/data/hostile_shapes.json``), so it is tested from then
on.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import polnear_texts

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from analysis import config
from analysis.annotate import annotated_html
from analysis.loaders import Article
from analysis.pipeline import steps
from tests import linearity  # noqa: E402

STEPS = ["segments", "actors", "quotes", "quotes table", "sources", "people", "sentences",
         "paragraphs", "mentions", "frames", "descriptions", "annotated page"]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def shapes(size: int) -> dict[str, str]:
    prose = " ".join(p.read_text(encoding="utf-8").replace("\n", " ")
                     for p in polnear_texts("dev")[:60])
    return {
        "endless sentence": _repeat("Trump is good but Maduro is bad and ", size),
        "one paragraph": _repeat(prose + " ", size),
        "initials": _repeat("a. b. c. d. ", size),
        "descriptions": _repeat("the president, the embattled president, the former "
                                "president Donald Trump, ", size),
        "unclosed quote": "“" + _repeat(prose + "\n\n", size - 1),
    }


def timings(article: Article) -> dict[str, float]:
    todo = steps(article)
    todo["annotated page"] = lambda: annotated_html(article.text, todo["quotes table"](), {})
    out = {}
    for name in STEPS:
        gc.collect()
        started = time.perf_counter()
        todo[name]()
        out[name] = time.perf_counter() - started
    return out


def corpus_run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        for name, text in list(shapes(200_000).items())[:4]:
            (src / f"{name.replace(' ', '-')}.txt").write_text(text, encoding="utf-8")
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "analysis", "corpus", str(src), "--out",
                               str(Path(tmp) / "out"), "--workers", "1", "--no-progress"],
                              cwd=config.PROJ_ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        run = json.loads((Path(tmp) / "out" / "_run.json").read_text()) \
            if done.returncode in (0, 1) else {}
        print(f"corpus, four hostile 200 KB articles, one worker: {seconds:.1f} s "
              f"(target ≤ 40 s), {run.get('articles', 0)} analysed, "
              f"{run.get('analysis_errors', '?')} failed, exit {done.returncode}")


def search(examples: int, seed: int | None) -> int:
    """Draw ``examples`` shapes; add each slow one to the fixed set. Returns how many."""
    import random

    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    seed = random.randrange(2**32) if seed is None else seed
    print(f"searching {examples} shapes (seed {seed})", flush=True)
    linearity.warm()
    found: list[str] = []

    @settings(max_examples=examples, deadline=None, database=None,
              phases=(Phase.generate,), suppress_health_check=list(HealthCheck))
    @given(st.lists(st.sampled_from(linearity.PIECES), min_size=1, max_size=12).map("".join))
    def probe(unit):
        slow = linearity.too_slow(unit)
        if slow:
            found.append(unit)
            added = linearity.add_shape(unit, f"bench_hostile.py --search (seed {seed}): "
                                        + ", ".join(slow))
            print(f"slow: {unit!r}: {slow}" + (" — added" if added else ""), flush=True)

    import hypothesis

    hypothesis.seed(seed)(probe)()
    print(f"{len(found)} slow shape(s) of {examples}")
    return len(found)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--shapes", default=None, help="comma-separated names, default all")
    ap.add_argument("--corpus", action="store_true", help="also the corpus target")
    ap.add_argument("--search", type=int, metavar="N",
                    help="draw N random shapes instead; slow ones join the suite's fixed set")
    ap.add_argument("--seed", type=int, help="with --search: the random seed")
    args = ap.parse_args()
    if args.search:
        sys.exit(1 if search(args.search, args.seed) else 0)
    sizes = [int(s) for s in args.sizes.split(",")]
    timings(Article("warm", "The minister said “we are ready” on Monday.", "bench"))
    chosen = args.shapes.split(",") if args.shapes else list(shapes(100))
    for shape in chosen:
        results = {}
        for size in sizes:
            results[size] = timings(Article(f"hostile-{size}", shapes(size)[shape], "bench"))
        print(f"\n{shape}: µs per byte".ljust(34) + "".join(f"{s:>12,}" for s in sizes))
        for name in STEPS:
            row = "".join(f"{results[s][name] / s * 1e6:12.2f}" for s in sizes)
            ratio = (f"{results[1000000][name] / max(results[100000][name], 1e-9):10.1f}×"
                     if {100000, 1000000} <= set(sizes) else "")
            print(f"  {name:31s}{row}{ratio}", flush=True)
        total = {s: sum(results[s].values()) for s in sizes}
        print(f"  {'all (s)':31s}" + "".join(f"{total[s]:12.2f}" for s in sizes), flush=True)
    if args.corpus:
        corpus_run()


if __name__ == "__main__":
    main()
