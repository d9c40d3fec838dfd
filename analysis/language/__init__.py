"""The learned language layer: an article's sentences cut into tokens once, and the names a
trained recogniser finds in them, typed person, organisation, place or other.

- :mod:`.tokens`: words and punctuation as the UD treebanks cut them, with offsets;
- :mod:`.features`: what the recogniser sees of each word (shared by trainer and article);
- :mod:`.model`: the shipped CRF, loaded once per thread, the names it finds, and the learned
  decision of which names are people (``person.json``, asked by :mod:`analysis.entities`);
- :mod:`.structure` and :mod:`.train_structure`: the shipped tagger and parser (clause
  structure) and their trainer (``python -m analysis train structure ../shared/corpora``);
- :mod:`.corpora`, :mod:`.train` and :mod:`.people_gold`: the annotated corpora, the trainer
  (``python -m analysis train entities ../shared/corpora``) and GUM's people as gold, never
  used at analysis time.

Every reading asks :func:`parse` through ``Article.language`` (built once per article); the
actor layer (:mod:`analysis.entities`) takes its names, and the quotes, the labels of people
and the comparison ask :meth:`Parsed.structure` for the trees of the sentences they need,
each sentence parsed once per article.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Name, names
from .tokens import Token, tokenize

__all__ = ["Parsed", "Name", "Token", "parse"]


@dataclass
class Parsed:
    """``sentences``: the tokens of each sentence (headings left out), in reading order;
    ``names``: the names found in them, in reading order; ``trees``: the clause structure of
    the sentences a reading has asked for (:meth:`structure`), kept for the next one."""

    sentences: list[list[Token]]
    names: list[Name]
    trees: dict = field(default_factory=dict)  # sentence index -> its trees, one per piece

    def structure(self, wanted: Iterable[int]) -> dict:
        """The trees (:class:`.structure.Tree`) of the sentences ``wanted`` (indices into
        ``sentences``): each sentence cut into pieces of at most
        ``structure.MAX_TREE_TOKENS`` tokens, one tree a piece. A sentence is parsed once
        per article, whichever reading asks first; the rest are parsed together in one
        batch."""
        from . import structure

        wanted = list(dict.fromkeys(wanted))
        pieces = [(k, piece) for k in wanted if k not in self.trees
                  for piece in structure.pieces(self.sentences[k])]
        for (k, _), tree in zip(pieces, structure.parse([p for _, p in pieces]), strict=True):
            self.trees.setdefault(k, []).append(tree)
        return {k: self.trees.get(k, []) for k in wanted}


def parse(text: str, sentences: list[tuple[int, int]]) -> Parsed:
    """Tokens and names of the sentences ``[start, end)`` of ``text``."""
    toks = [tokenize(text, a, b) for a, b in sentences]
    return Parsed(toks, names(text, toks))
