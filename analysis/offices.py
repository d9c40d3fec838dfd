"""The office a title names (``resources/offices.csv``): "Sen." and "senator" are one office,
"Rep.", "Representative" and "Congressman" another. Read by the comparison of two reports
(:mod:`analysis.compare`: a different role, or the same one spelled two ways) and by the people
layer (:mod:`analysis.entities`: "the senator" is not someone the article titled otherwise)."""

from __future__ import annotations

import re
from functools import lru_cache

from .wordlists import read_table


@lru_cache(maxsize=1)
def _offices() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(r"(?<![\w.])(?:" + r["pattern"] + r")(?![\w])"), r["office"])
            for r in read_table("offices.csv")]


def office(role: str) -> tuple[str | None, bool]:
    """The office a normalised title names ("former us president" -> ("president", True);
    "north carolina rep." -> ("member of the house", False)); None for a description that
    names no office ("venezuelan leader", "the lawmaker")."""
    former = bool(re.search(r"\b(?:former|ex|ex-|erstwhile|one-time|onetime)\b", role))
    for pattern, name in _offices():
        if pattern.search(role):
            return name, former
    return None, former
