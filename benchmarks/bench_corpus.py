"""Corpus scale on dask: the 924 PolNeAR train and dev texts into Parquet tables.

    .venv/bin/python benchmarks/bench_corpus.py [--workers 1,2] [--big N]

Builds a `.jsonl` corpus of the PolNeAR texts with their outlet, date and title (from
`metadata.tsv`) in a temporary folder, then times `python -m analysis corpus` over it, as a
separate process, for each worker count: wall time, and peak memory of the whole process tree
(the command and its workers, sampled every 0.1 s). `--big N` also runs a corpus of N
articles made by repeating the real texts, and prints the memory every 10% of the way, which
should stay flat.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import POLNEAR, polnear_texts


def build_corpus(folder: Path, repeat_to: int = 0) -> Path:
    meta = {}
    with open(POLNEAR / "metadata.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            meta[row["filename"]] = row
    texts = polnear_texts("train") + polnear_texts("dev")
    path = folder / ("polnear.jsonl" if not repeat_to else f"polnear-x{repeat_to}.jsonl")
    target = repeat_to or len(texts)
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        while n < target:
            for p in texts[:target - n]:
                m = meta.get(p.stem, {})
                suffix = f"-{n // len(texts)}" if repeat_to else ""
                out.write(json.dumps({
                    "id": p.stem[:100] + suffix, "text": p.read_text(encoding="utf-8"),
                    "outlet": m.get("publisher"), "date": m.get("publication_date"),
                    "title": m.get("title")}) + "\n")
                n += 1
    return path


def _tree_rss(pid: int) -> int:
    """Resident memory (bytes) of a process and all its descendants, from /proc."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            with open(f"/proc/{p}/task/{p}/children") as f:
                todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return total


def timed(cmd: list[str], report_every: float | None = None) -> tuple[float, int, list]:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    peak, samples = 0, []

    def watch():
        nonlocal peak
        last = 0.0
        while proc.poll() is None:
            rss = _tree_rss(proc.pid)
            peak = max(peak, rss)
            now = time.perf_counter() - started
            if report_every and now - last >= report_every:
                samples.append((round(now), rss))
                last = now
            time.sleep(0.1)

    t = threading.Thread(target=watch)
    t.start()
    out = proc.communicate()[0]
    t.join()
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{out}")
    return time.perf_counter() - started, peak, samples


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--big", type=int, default=0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = build_corpus(tmp)
        results = {}
        for w in [int(x) for x in args.workers.split(",")]:
            out = tmp / f"tables-{w}"
            seconds, peak, _ = timed([sys.executable, "-m", "analysis", "corpus", str(corpus),
                                      "--out", str(out), "--workers", str(w),
                                      "--no-progress"])
            results[w] = seconds
            print(f"924 PolNeAR texts, {w} worker(s): {seconds:.1f} s wall, peak memory "
                  f"{peak / 2**20:.0f} MB (all processes)")
        if 1 in results and 2 in results:
            print(f"speed-up 1 → 2 workers: {results[1] / results[2]:.2f}×")
        if results:
            w = max(results)
            seconds, _, _ = timed([sys.executable, "-m", "analysis", "corpus", str(corpus),
                                   "--out", str(tmp / f"tables-{w}"), "--workers", str(w),
                                   "--no-progress"])
            print(f"re-run over the unchanged corpus: {seconds:.1f} s")
        if args.big:
            big = build_corpus(tmp, repeat_to=args.big)
            seconds, peak, samples = timed(
                [sys.executable, "-m", "analysis", "corpus", str(big), "--out",
                 str(tmp / "tables-big"), "--no-progress"], report_every=60)
            print(f"{args.big} articles: {seconds:.0f} s wall ({args.big / seconds:.0f} "
                  f"articles/s), peak memory {peak / 2**20:.0f} MB")
            print("memory over time (s, MB): " + ", ".join(
                f"{t}: {rss / 2**20:.0f}" for t, rss in samples))


if __name__ == "__main__":
    main()
