"""Reading saved pages of every shape: seconds to extract the article from pages of about
1 MB and 11 MB (pages up to 20 MB are accepted), and the ratio (10 means linear; the target is
at most 12).

    .venv/bin/python benchmarks/bench_pages.py [--sizes 5000,50000]

The shapes are pages of distinct paragraphs, of <div>s, of list items, of table cells, of
links, of line breaks inside one paragraph, and one paragraph of a single run of text (over
10 MB at the larger size: read whole only with lxml's limits lifted).
"""

from __future__ import annotations

import argparse
import random
import time

from analysis import webpages

HEAD = "<html><head><title>Harbour plan</title></head><body><article>"
TAIL = "</article></body></html>"
WORDS = ("the minister said plan would cut costs by third over five years council harbour "
         "vote city").split()


def _sentence(rng: random.Random, i: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(40)) + f" {i}."


SHAPES = {
    "paragraphs": lambda s: "".join(f"<p>{x}</p>" for x in s),
    "divs": lambda s: "".join(f"<div>{x}</div>" for x in s),
    "list items": lambda s: "<ul>" + "".join(f"<li>{x}</li>" for x in s) + "</ul>",
    "table cells": lambda s: "<table>" + "".join(f"<tr><td>{x}</td></tr>" for x in s)
    + "</table>",
    "links": lambda s: "".join(f'<p><a href="/x{i}">{x}</a></p>' for i, x in enumerate(s)),
    "line breaks": lambda s: "<p>" + "<br>".join(s) + "</p>",
    "one run of text": lambda s: "<p>" + " ".join(s) + "</p>",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="5000,50000", help="sentences per page, two sizes")
    args = ap.parse_args()
    small, large = (int(x) for x in args.sizes.split(","))
    webpages.extract(HEAD + "<p>" + "A first page to load the libraries. " * 20 + "</p>" + TAIL)
    print(f"{'shape':18} {'small':>16} {'large':>16}  ratio")
    for name, make in SHAPES.items():
        cells = []
        for n in (small, large):
            rng = random.Random(0)
            page = HEAD + make([_sentence(rng, i) for i in range(n)]) + TAIL
            started = time.perf_counter()
            text = webpages.extract(page).text
            cells.append((len(page) / 1e6, time.perf_counter() - started, len(text)))
        (mb_a, s_a, _), (mb_b, s_b, chars) = cells
        print(f"{name:18} {mb_a:5.1f} MB {s_a:6.2f} s {mb_b:5.1f} MB {s_b:6.2f} s  "
              f"{s_b / s_a:4.1f}×  ({chars:,} characters read)")


if __name__ == "__main__":
    main()
