"""How Python's cyclic garbage collector is run, so that reading an article costs time in
proportion to its length: collected in batches in commands that read many articles, and
paused while a reading builds its many small objects.

A 1 MB article makes millions of tokens, spans and tuples. Each allocation past a threshold
sets off a collection that walks the objects still young, and every few of those a walk of
the older ones too, so with the collector running, tokenising and tagging 1 MB cost about
15 times what 100 KB cost (measured on "a. b. c. d. " and an endless sentence); paused, 8–10
times, as linear work should. The objects a reading makes hold no reference cycles to
collect (tuples, strings, lists of them), and the collector runs again, as before, once the
reading is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """The block runs with the cyclic collector off; it is switched back on after, unless
    it was already off (so nested readings leave it as they found it)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


# The youngest generation is collected every this many allocations (700 by default): reading
# an article allocates hundreds of thousands of small objects (tokens, features, mentions)
# that live as long as the article, and collecting them every 700 took a tenth of the quotes
# command's time.
GC_YOUNG_THRESHOLD = 50_000


def batch_friendly_gc() -> None:
    """Collect garbage less often, for commands that read many articles in one process."""
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, older, oldest)
