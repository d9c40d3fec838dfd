"""VADER (vaderSentiment), the lexicon-and-rules sentence scorer, built once per process; its
lexicon ships inside the package, nothing is downloaded.

VADER's rules are written for sentences, and some of them look back over the whole text for
each word, so its time grows with the square of a text's length (an endless sentence of 100 KB
took 52 s). A text longer than ``PIECE`` characters is therefore scored in pieces of at most
``PIECE`` characters, cut at a space where there is one, and its scores are the means of the
pieces' weighted by their length; ``pieces`` says how many there were (1 for ordinary text).
"""

from __future__ import annotations

from functools import lru_cache

PIECE = 3000  # characters: a long sentence of real news is under 1,000


@lru_cache(maxsize=1)
def analyzer():
    """VADER's analyser, built once."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def pieces(text: str, size: int = PIECE) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``size`` characters, each ending at
    the last whitespace before the limit when there is one in its second half."""
    out, start = [], 0
    while len(text) - start > size:
        cut = text.rfind(" ", start + size // 2, start + size)
        cut = cut + 1 if cut > 0 else start + size
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def scores(text: str) -> dict[str, float]:
    """VADER's compound, pos, neu and neg for one piece of text, and ``pieces``: how many
    pieces it was scored in (see the module docstring)."""
    if len(text) <= PIECE:
        return {**analyzer().polarity_scores(text), "pieces": 1}
    parts = pieces(text)
    total = sum(len(p) for p in parts)
    result = dict.fromkeys(("neg", "neu", "pos", "compound"), 0.0)
    for part in parts:
        for key, value in analyzer().polarity_scores(part).items():
            result[key] += value * len(part) / total
    return {**{k: round(v, 4) for k, v in result.items()}, "pieces": len(parts)}
