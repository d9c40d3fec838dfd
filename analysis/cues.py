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


@lru_cache(maxsize=2)
def verbs(beliefs: bool = False) -> dict[str, Verb]:
    """Every inflected reporting-verb form -> its lemma, class and whether it takes a
    to-infinitive or a noun phrase as what was said (from ``resources/reporting_verbs.csv``).
    The verbs of belief and intention ("hopes", "wants") only when ``beliefs``: they are cues
    in the clause structure (:mod:`analysis.reported`), never of a quotation."""
    out: dict[str, Verb] = {}
    for row in read_table("reporting_verbs.csv"):
        if row["class"] == "belief" and not beliefs:
            continue
        v = Verb(row["lemma"], row["class"], row["infinitive"] == "yes", row["object"] == "yes")
        for form in row["forms"].split():
            out.setdefault(form, v)
    return out
