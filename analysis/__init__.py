"""How a news story is told: sentence sentiment, quotes and sources, figure by figure.

The package computes; the notebooks in ``notebooks/`` narrate. Modules, one idea each:
``config`` (paths), ``loaders`` (articles in), ``text`` (paragraphs, headings, sentences),
``sentiment`` (VADER), ``figures`` (the one figure writer), ``runner`` (papermill batch),
``gallery`` (figures/index.html).
"""

__version__ = "0.1.0"
