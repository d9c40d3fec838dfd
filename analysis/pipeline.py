"""Every reading of an article, each computed once from the parsed article.

The article (:class:`analysis.loaders.Article`) holds the parsed layers: paragraphs,
segments, quote regions, actors and quotes, each built once. :class:`Readings` computes the
tables on top of them when first asked and keeps them: the quotes table, the sources, the
people, the sentence tone, the sentiment towards each mention and actor, the frames and the
descriptions. :func:`readings` hands out one ``Readings`` per article text, so the notebooks
run one after another in a warm kernel (:mod:`analysis.runner`), the corpus tables and the
comparison all share the same work. A new reading is one method here.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import cached_property

import pandas as pd

from .loaders import Article

# Readings kept for this many articles per process (a run's notebooks for one article follow
# each other in one kernel).
KEEP = 8


class Readings:
    """The tables of one article (each a tidy DataFrame, columns in the README codebook)."""

    def __init__(self, article: Article):
        self.article = article

    @cached_property
    def quotes(self) -> pd.DataFrame:
        from .quotes import quotes_frame

        return quotes_frame(self.article)

    @cached_property
    def sources(self) -> pd.DataFrame:
        from .sources import sources

        return sources(self.article, self.quotes)

    @cached_property
    def summary(self) -> pd.DataFrame:
        from .sources import summary

        return summary(self.article, self.quotes, self.sources)

    @cached_property
    def people(self) -> pd.DataFrame:
        from .people import people

        return people(self.article, self.quotes)

    @cached_property
    def sentences(self) -> pd.DataFrame:
        from .sentiment import sentence_sentiment

        return sentence_sentiment(self.article)

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        from .sentiment import paragraph_sentiment

        return paragraph_sentiment(self.article)

    @cached_property
    def tone(self) -> pd.DataFrame:
        from .sentiment import article_sentiment

        return article_sentiment(self.sentences)

    @cached_property
    def mentions(self) -> pd.DataFrame:
        from .sentiment import mention_sentiment

        return mention_sentiment(self.article)

    @cached_property
    def actors(self) -> pd.DataFrame:
        from .sentiment import actor_sentiment

        return actor_sentiment(self.mentions)

    @cached_property
    def frames(self) -> pd.DataFrame:
        from .framing import article_frames

        return article_frames(self.article)

    @cached_property
    def descriptions(self) -> pd.DataFrame:
        from .descriptions import descriptions
        from .memory import paused_gc

        with paused_gc():
            return descriptions(self.article)


def steps(article: Article) -> dict:
    """Every reading of a fresh parse of ``article`` as a step to run on its own, each after
    the layers it needs, in that order (for timing them: ``benchmarks/`` and the hostile-shape
    test). Name → a function of no arguments."""
    r = Readings(article)
    return {
        "segments": lambda: article.segments,
        "actors": lambda: article.actors,
        "quotes": lambda: article.quotes,
        "quotes table": lambda: r.quotes,
        "sources": lambda: r.sources,
        "people": lambda: r.people,
        "sentences": lambda: r.sentences,
        "paragraphs": lambda: r.paragraphs,
        "mentions": lambda: r.mentions,
        "actor tone": lambda: r.actors,
        "frames": lambda: r.frames,
        "descriptions": lambda: r.descriptions,
    }


_CACHE: OrderedDict[tuple, Readings] = OrderedDict()


def readings(article: Article) -> Readings:
    """The article's readings, shared by every caller in this process that reads the same
    article (same id, source and text)."""
    key = (article.id, article.source, article.sha256, tuple(article.metadata.items()))
    found = _CACHE.get(key)
    if found is None:
        found = _CACHE[key] = Readings(article)
        while len(_CACHE) > KEEP:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(key)
    return found
