"""What the benchmarks share: where the PolNeAR texts are."""

from __future__ import annotations

import sys
from pathlib import Path

from analysis import config

POLNEAR = config.PROJ_ROOT.parent / "shared" / "benchmarks" / "polnear"


def polnear_texts(split: str | Path = "dev") -> list[Path]:
    """The ``text/*.txt`` files of a PolNeAR split (a split name or folder); exits with a
    message if there are none."""
    folder = Path(split) if Path(split).is_dir() else POLNEAR / str(split)
    paths = sorted((folder / "text").glob("*.txt"))
    if not paths:
        sys.exit(f"{folder}: no text/*.txt (is ../shared beside the project?)")
    return paths


def best_of(prepare, work, times: int = 3) -> tuple[list[float], object]:
    """Time ``work(prepare())`` ``times`` times, preparing fresh input each time (outside the
    timing); return the run times and the last result."""
    import time

    runs, result = [], None
    for _ in range(times):
        given = prepare()
        started = time.perf_counter()
        result = work(given)
        runs.append(time.perf_counter() - started)
    return runs, result
