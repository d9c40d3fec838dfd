"""Worker processes that do not outlive the command that started them."""

from __future__ import annotations

import sys

# The youngest generation of Python's garbage collector is collected every this many
# allocations (700 by default): reading an article allocates hundreds of thousands of small
# objects (tokens, features, mentions) that live as long as the article, and collecting them
# every 700 took a tenth of the quotes command's time.
GC_YOUNG_THRESHOLD = 50_000


def batch_friendly_gc() -> None:
    """Collect garbage less often, for commands that read many articles in one process."""
    import gc

    _, older, oldest = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, older, oldest)


def worker_start() -> None:
    """What a worker process does first: die with its parent, collect garbage in batches."""
    die_with_parent()
    batch_friendly_gc()


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
