"""Paths, from the package, never from the working directory.

papermill runs kernels in the caller's directory and nbval in the notebook's, so every path the
project uses is built here from the package's own location.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIR = PROJ_ROOT / "analysis"
RESOURCES_DIR = PACKAGE_DIR / "resources"
SEEDS_DIR = PROJ_ROOT / "seeds"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
BUILD_DIR = Path(os.environ.get("ANALYSIS_BUILD_DIR", PROJ_ROOT / "build"))

# Largest article accepted, in bytes; settable per call and by this environment variable.
MAX_ARTICLE_BYTES = int(os.environ.get("ANALYSIS_MAX_ARTICLE_BYTES", 5 * 1024 * 1024))


def figures_dir() -> Path:
    """Where figures go: ``figures/`` unless ``ANALYSIS_FIGURES_DIR`` says otherwise.

    Read at call time so that tests (and nbval kernels, which inherit the environment) can
    send figures to a scratch folder instead of the committed gallery.
    """
    return Path(os.environ.get("ANALYSIS_FIGURES_DIR", PROJ_ROOT / "figures"))


def resolve(path: str | os.PathLike) -> Path:
    """A user-given path: absolute as is; relative to the working directory if it exists
    there, else relative to the project root (so notebook defaults like
    ``seeds/000_4af4ffcec279d627.txt`` work from any directory)."""
    p = Path(path).expanduser()
    if p.is_absolute() or p.exists():
        return p
    return PROJ_ROOT / p
