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
