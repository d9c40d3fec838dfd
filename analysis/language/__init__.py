"""The learned language layer: an article's sentences cut into tokens once, and the names a
trained recogniser finds in them, typed person, organisation, place or other.

- :mod:`.tokens`: words and punctuation as the UD treebanks cut them, with offsets;
- :mod:`.features`: what the recogniser sees of each word (shared by trainer and article);
- :mod:`.model`: the shipped CRF, loaded once per thread, the names it finds, and the learned
  decision of which names are people (``person.json``, asked by :mod:`analysis.entities`);
- :mod:`.corpora`, :mod:`.train` and :mod:`.people_gold`: the annotated corpora, the trainer
  (``python -m analysis train entities ../shared/corpora``) and GUM's people as gold, never
  used at analysis time.

Every reading asks :func:`parse` through ``Article.language`` (built once per article); the
actor layer (:mod:`analysis.entities`) takes its names.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Name, names
from .tokens import Token, tokenize

__all__ = ["Parsed", "Name", "Token", "parse"]


@dataclass
class Parsed:
    """``sentences``: the tokens of each sentence (headings left out), in reading order;
    ``names``: the names found in them, in reading order."""

    sentences: list[list[Token]]
    names: list[Name]


def parse(text: str, sentences: list[tuple[int, int]]) -> Parsed:
    """Tokens and names of the sentences ``[start, end)`` of ``text``."""
    toks = [tokenize(text, a, b) for a, b in sentences]
    return Parsed(toks, names(text, toks))
