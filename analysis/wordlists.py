"""Word lists kept as data files under ``analysis/resources/``, read once.

Each file starts with ``#`` comment lines saying what it is and how it was built; then one
entry per line. Blank lines and comments are skipped.
"""

from __future__ import annotations

from functools import cache

from .config import RESOURCES_DIR


@cache
def read_word_list(name: str) -> tuple[str, ...]:
    """Entries of ``analysis/resources/<name>``, in file order, without comments."""
    path = RESOURCES_DIR / name
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.append(line)
    return tuple(entries)


@cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of the CSV file ``analysis/resources/<name>`` (after its ``#`` comment lines), as
    dicts keyed by its header."""
    import csv

    with open(RESOURCES_DIR / name, encoding="utf-8") as f:
        return tuple(csv.DictReader(line for line in f if not line.startswith("#")))
