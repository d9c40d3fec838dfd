"""Worker processes that do not outlive the command that started them."""

from __future__ import annotations

import sys

from .imports import import_nltk_lightly
from .memory import batch_friendly_gc


def worker_start() -> None:
    """What a worker process does first: die with its parent, collect garbage in batches,
    import nltk without what this project never calls of it."""
    die_with_parent()
    batch_friendly_gc()
    import_nltk_lightly()


def die_with_parent() -> None:
    """Ask Linux to end this process when its parent dies (a killed ``run`` or ``corpus``
    must not leave workers behind); elsewhere, nothing."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        # SIGKILL, not SIGTERM: nbclient catches SIGTERM while a notebook runs; a worker's
        # kernel ends by itself when its worker is gone (ipykernel watches its parent)
        libc.prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
