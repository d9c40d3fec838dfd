"""Growth of every reading with the length of a text, judged so that a busy machine cannot
change the verdict (shared by tests/test_hostile.py and benchmarks/bench_hostile.py).

A shape (a unit of text) is repeated to SMALL and to BIG = 4 × SMALL characters and every
reading is run on both. Times are the process's CPU time (another process on the machine does
not add to it), each the best of RUNS fresh articles. A calibration step that is linear by
construction (tokenising the text with a regular expression and walking the tokens in Python)
is measured beside them, in the same run: if the machine makes even it grow faster than 4×
(caches, frequency scaling), every bound grows with it. A reading passes when its BIG time is
at most GROWTH × its SMALL time (× the calibration's excess) plus SLACK: linear is 4×, the
square 16×.
"""

from __future__ import annotations

import gc
import json
import re
import time
from pathlib import Path

SHAPES_FILE = Path(__file__).resolve().parent / "data" / "hostile_shapes.json"
SMALL, BIG = 12_000, 48_000
GROWTH = 10.0  # at 4× the size; 16× would be the square
SLACK = 0.05  # CPU seconds: below this a step's time is noise
RUNS = 2
CALIBRATION_PASSES = 8
_TOKEN = re.compile(r"\w+|\S")
# Pieces of news text that drawn shapes are made of.
PIECES = ["Trump", " is ", "good", " but ", "bad", " and ", ". ", "a. ", "“", "”", '"',
          " said ", "the president, ", "the embattled president, ", "\n", "\n\n", "Mr. ",
          "Maduro", ", ", "? ", "(", ")", " — ", "‘", "’", "Reuters", " according to ",
          "sources familiar with ", "reportedly ", "2023", " 12 ", "mosques", "U.S. ",
          " refused ", " the 2023 election ", " 12 people ", "former President "]


def fixed_shapes() -> list[str]:
    """The units of the fixed set (``tests/data/hostile_shapes.json``)."""
    return [s["unit"] for s in json.loads(SHAPES_FILE.read_text(encoding="utf-8"))["shapes"]]


def add_shape(unit: str, found: str) -> bool:
    """Add a unit to the fixed set (False if it is there already)."""
    data = json.loads(SHAPES_FILE.read_text(encoding="utf-8"))
    if any(s["unit"] == unit for s in data["shapes"]):
        return False
    data["shapes"].append({"unit": unit, "found": found})
    SHAPES_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                           encoding="utf-8")
    return True


def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _calibration(text: str) -> int:
    # Several passes, so that its time (milliseconds) is well above the timer's noise: a
    # noisy calibration would widen or narrow every bound by chance.
    return sum(len(m.group()) for _ in range(CALIBRATION_PASSES) for m in _TOKEN.finditer(text))


def _steps(text: str) -> dict:
    from analysis import compare
    from analysis.annotate import annotated_html
    from analysis.loaders import Article
    from analysis.pipeline import steps

    article = Article("hostile", text, "test")
    todo = {"calibration": lambda: _calibration(text), **steps(article)}
    twin = Article(article.id + "-twin", article.text, "test")
    todo["annotated page"] = lambda: annotated_html(article.text, todo["quotes table"](), {})
    todo["comparison"] = lambda: compare.differences([article, twin])
    return todo


def times(text: str, runs: int = RUNS) -> dict[str, float]:
    """Each step's best CPU time over ``runs`` fresh articles of ``text``."""
    out: dict[str, float] = {}
    for _ in range(runs):
        gc.collect()
        for name, step in _steps(text).items():
            started = time.process_time()
            step()
            out[name] = min(out.get(name, float("inf")), time.process_time() - started)
    return out


def too_slow(unit: str, small: int = SMALL, big: int = BIG) -> dict[str, str]:
    """The readings that grow faster than linear on ``unit`` repeated (name → times)."""
    a, b = times(repeat(unit, small)), times(repeat(unit, big))
    scale = big / small
    excess = max(1.0, b["calibration"] / max(a["calibration"], 1e-6) / scale)
    bound = GROWTH * scale / 4 * excess
    return {name: f"{a[name]:.3f} s → {b[name]:.3f} s (bound ×{bound:.1f})" for name in a
            if name != "calibration" and b[name] > bound * a[name] + SLACK}


def warm() -> None:
    """Word lists and models loaded once, before anything is timed, and kept out of the
    garbage collector's way (a collection then costs the objects of one run, not the
    process's)."""
    times("The minister said “we are ready” on Monday. " * 20, 1)
    gc.collect()
    gc.freeze()
