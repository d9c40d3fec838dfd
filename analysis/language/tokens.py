"""Words and punctuation as the Universal Dependencies treebanks cut them, with offsets.

The entity recogniser was trained on UD-tokenised English (GUM, EWT), so an article is cut the
same way: punctuation apart, a possessive ``'s`` and the other contractions apart ("Trump",
"'s"; "he", "'ll"; "they", "'re"), "n't" apart ("did", "n't"), an abbreviation keeps its
period ("Mr.", "U.S.", "J.", ``resources/abbreviations.txt``), inner hyphens, apostrophes and
periods stay ("Jong-un", "O'Brien", "3.5"), and so do a number's thousands separators
("19,000").

One regular expression of few branches, then a look at the words that end with a period or
in "n't" (a big alternation of abbreviations tried at every word cost five times as much).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..wordlists import read_word_list


class Token(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


_PATTERN = re.compile(r"(?:[A-Za-z]\.){2,}"  # U.S., p.m.
                      r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?\b"  # 19,000 and 1,250.5, as UD has them
                      r"|\w+(?:(?:[-&]|\.(?=\w)|['’](?!(?:[sSdDmM]|ll|LL|re|RE|ve|VE)\b))\w+)*\.?"
                      r"|['’](?:[sSdDmM]|ll|LL|re|RE|ve|VE)\b"  # possessive, "he|'ll", "they|'re"
                      r"|[^\w\s]")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(a.rstrip(".") for a in read_word_list("abbreviations.txt") if " " not in a)


@lru_cache(maxsize=1)
def _numbering() -> frozenset[str]:
    return frozenset(read_word_list("numbering_abbreviations.txt"))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``."""
    end = len(text) if end is None else end
    abbrevs = _abbreviations()
    out: list[Token] = []
    append = out.append
    for m in _PATTERN.finditer(text, start, end):
        w = m.group()
        last = w[-1]
        if last != "." and last not in "tT":  # most words: neither a period nor "n't" to cut
            append(Token(w, m.start(), m.end()))
            continue
        a, b = m.span()
        period = len(w) > 1 and last == "." and w.count(".") == 1 and not (
            (len(w) == 2 and w[0].isupper()) or w[:-1].lower() in abbrevs and not (
                # "No. 5", but "The answer was no."
                w[:-1].lower() in _numbering() and not text[b:b + 3].lstrip()[:1].isdigit()) or
            # a party and state: "R-Ky.", "D-Calif."
            "-" in w and w[:-1].lower().rsplit("-", 1)[1] in abbrevs and w[0].isupper())
        if period:  # a word, then the sentence's period
            w, b = w[:-1], b - 1
        if len(w) > 3 and w[-1] in "tT" and w[-2] in "'’" and w[-3] in "nN":
            append(Token(w[:-3], a, b - 3))  # did|n't
            append(Token(w[-3:], b - 3, b))
        else:
            append(Token(w, a, b))
        if period:
            append(Token(".", b, b + 1))
    return out
