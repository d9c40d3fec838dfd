"""How the command line and its workers import nltk: without the heavy libraries that nltk's
package imports for functions this project never calls.

``import nltk.tokenize.punkt`` runs ``nltk/__init__.py``, which imports every nltk module; two
of them import SciPy's statistics (for Fisher's exact test) and scikit-learn (for a classifier
wrapper), and scikit-learn imports pandas: 1.1 s of the ``quotes`` command's 19 s over the 840
PolNeAR train texts, of which Punkt, the one part of nltk the command uses, needs none. nltk
imports each of them in a ``try`` and carries on without it, so in the command line nltk is
imported while the two are marked absent, and then they are unmarked: importing SciPy or
scikit-learn later works as before (the ``corpus`` command's tables and the trainers do). Only
the command line and its worker processes ask for this (:func:`import_nltk_lightly`); a
notebook or a program that imports the package gets nltk whole. nltk is imported where
segmentation first needs it (:mod:`analysis.text`), so a process that never segments (the
``corpus`` command's own, which hands the articles to its workers) never imports it.
"""

from __future__ import annotations

import sys

# the modules nltk imports only for functions this project never calls
_UNNEEDED = ("scipy.stats", "sklearn")
_light = [False]


def import_nltk_lightly() -> None:
    """From now on in this process, nltk is imported without :data:`_UNNEEDED`."""
    _light[0] = True


def import_nltk() -> None:
    """Import nltk's Punkt: lightly if this process asked for it, unless nltk or one of
    :data:`_UNNEEDED` is already imported (then nothing is gained, and nothing changes)."""
    if not _light[0] or "nltk" in sys.modules or any(m in sys.modules for m in _UNNEEDED):
        import nltk.tokenize.punkt  # noqa: F401

        return
    for m in _UNNEEDED:
        sys.modules[m] = None  # an import of it raises ImportError, which nltk catches
    try:
        import nltk.tokenize.punkt  # noqa: F401
    finally:
        for m in _UNNEEDED:
            if m in sys.modules and sys.modules[m] is None:
                del sys.modules[m]
