"""VADER (vaderSentiment), the lexicon-and-rules sentence scorer, built once per process; its
lexicon ships inside the package, nothing is downloaded."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def analyzer():
    """VADER's analyser, built once."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def scores(text: str) -> dict[str, float]:
    """VADER's compound, pos, neu and neg for one piece of text."""
    return analyzer().polarity_scores(text)
