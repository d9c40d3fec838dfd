"""Cache keys: what says that a result is still current.

``code_fingerprint()`` changes with the package's code, word lists and version (the runner's
stamps and the corpus command's batch keys); ``set_id(articles)`` names a set of articles the
same whatever their order (a comparison's folder).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from . import __version__, config


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The package version, its code, word lists and trained models: a change to any re-runs
    the pairs (a retrained ``model.crfsuite`` too)."""
    h = hashlib.sha256(__version__.encode())
    for p in sorted(config.PACKAGE_DIR.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".txt", ".csv", ".json", ".tsv", ".crfsuite"):
            h.update(p.relative_to(config.PACKAGE_DIR).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def set_id(articles) -> str:
    """A folder name for a set of articles, the same whatever their order:
    ``set-<first 10 hex digits of the hash of their ids and texts>``."""
    h = hashlib.sha256()
    for key in sorted(f"{a.id}\0{a.sha256}" for a in articles):
        h.update(key.encode())
        h.update(b"\0")
    return "set-" + h.hexdigest()[:10]
