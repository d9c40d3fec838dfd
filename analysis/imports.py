"""How the command line and its workers import nltk: without the heavy libraries that nltk's
package imports for functions this project never calls.

``import nltk.tokenize.punkt`` runs ``nltk/__init__.py``, which imports every nltk module; two
of them import SciPy's statistics (for Fisher's exact test) and scikit-learn (for a classifier
wrapper), and scikit-learn imports pandas: 1.1 s of the ``quotes`` command's 19 s over the 840
PolNeAR train texts, of which Punkt, the one part of nltk the command uses, needs none. nltk
imports each of them in a ``try`` and carries on without it, so the command line imports nltk
while the two are marked absent, and then unmarks them: importing SciPy or scikit-learn later
works as before (the ``corpus`` command's tables and the trainers do). Only the command line
and its worker processes do this; a notebook or a program that imports the package gets nltk
whole.
"""

from __future__ import annotations

import sys

# the modules nltk imports only for functions this project never calls
_UNNEEDED = ("scipy.stats", "sklearn")


def import_nltk_lightly() -> None:
    """Import nltk with :data:`_UNNEEDED` marked absent, unless nltk or one of them is
    already imported (then nothing changes)."""
    if "nltk" in sys.modules or any(m in sys.modules for m in _UNNEEDED):
        return
    for m in _UNNEEDED:
        sys.modules[m] = None  # an import of it raises ImportError, which nltk catches
    try:
        import nltk.tokenize.punkt  # noqa: F401
    finally:
        for m in _UNNEEDED:
            if m in sys.modules and sys.modules[m] is None:
                del sys.modules[m]
