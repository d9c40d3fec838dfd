"""Drawing functions, one module per notebook; each returns ``(figure, data drawn)`` and
titles the figure with its finding. Writing is :func:`analysis.figures.save_figure`'s job."""

from . import compare, corpus, framing, quotes, sentiment

__all__ = ["compare", "corpus", "framing", "quotes", "sentiment"]
