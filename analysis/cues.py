"""The reporting verbs: the cue of an attribution, with its class (neutral, loaded, or a belief
or intention) and the complements it takes, from ``resources/reporting_verbs.csv``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .wordlists import read_table


@dataclass(frozen=True)
class Verb:
    lemma: str
    verb_class: str
    infinitive: bool = False
    object: bool = False  # a noun phrase object can be what was said ("denied the report")


def verbs(beliefs: bool = False) -> dict[str, Verb]:
    """Every inflected reporting-verb form -> its lemma, class and whether it takes a
    to-infinitive or a noun phrase as what was said (from ``resources/reporting_verbs.csv``).
    The verbs of belief and intention ("hopes", "wants") only when ``beliefs``: they are cues
    in the clause structure (:mod:`analysis.reported`), never of a quotation."""
    # one cache entry per table, however it is asked for (``verbs(True)``,
    # ``verbs(beliefs=True)``): keyed by the call's form, a cache of two kept rebuilding the
    # tables, 1,300 times over the 840 PolNeAR train texts
    return _verbs(bool(beliefs))


@lru_cache(maxsize=2)
def _verbs(beliefs: bool) -> dict[str, Verb]:
    out: dict[str, Verb] = {}
    for row in read_table("reporting_verbs.csv"):
        if row["class"] == "belief" and not beliefs:
            continue
        v = Verb(row["lemma"], row["class"], row["infinitive"] == "yes", row["object"] == "yes")
        for form in row["forms"].split():
            out.setdefault(form, v)
    return out
