"""The shipped entity recogniser: loaded once per process, asked sentence by sentence.

A linear-chain CRF (CRFsuite, through python-crfsuite) over UD-style tokens, trained by
:mod:`analysis.language.train` on GUM and wikigold (``python -m analysis train entities
../shared/corpora``). The model folder ``analysis/resources/models/entities/`` holds the weights
(``model.crfsuite``), ``meta.json`` (sources, licences, training settings, scores on the dev
data) and a README.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from ..config import RESOURCES_DIR
from .features import document_features
from .tokens import Token

MODEL_DIR = RESOURCES_DIR / "models" / "entities"
MODEL_FILE = MODEL_DIR / "model.crfsuite"
TYPES = ("PER", "ORG", "LOC", "MISC")


class ModelMissing(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class Name:
    """A name the recogniser found: ``[start, end)`` into the text, its type (PER, ORG, LOC
    or MISC), its tokens, and the model's confidence in the labels of its tokens."""

    start: int
    end: int
    type: str
    text: str
    confidence: float


_local = threading.local()


def tagger():
    """The CRF, opened once per thread (a tagger holds the sentence it is tagging, so two
    threads never share one)."""
    t = getattr(_local, "tagger", None)
    if t is None:
        import pycrfsuite

        if not MODEL_FILE.exists():
            raise ModelMissing(f"{MODEL_FILE}: the entity model is missing; rebuild it with "
                               "'python -m analysis train entities ../shared/corpora'")
        t = _local.tagger = pycrfsuite.Tagger()
        t.open(str(MODEL_FILE))
    return t


def spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """``(first, end, type)`` token ranges of the BIO labels (an ``I-`` after another type
    starts a name)."""
    out = []
    start, kind = None, None
    for i, lab in enumerate(labels + ["O"]):
        if lab == "O" or lab.startswith("B-") or (lab.startswith("I-") and lab[2:] != kind):
            if start is not None:
                out.append((start, i, kind))
                start, kind = None, None
            if lab != "O":
                start, kind = i, lab[2:]
    return out


def names(text: str, sentences: list[list[Token]]) -> list[Name]:
    """The names in an article's sentences (tokens with offsets into ``text``), each with
    the model's confidence: the lowest marginal probability of its tokens' labels. Only the
    windows of a sentence that can hold a name are tagged (:func:`.features.windows`)."""
    words = [[t.text for t in sent] for sent in sentences]
    out = []
    t = tagger()
    for sent, parts in zip(sentences, document_features(words), strict=True):
        for first, feats in parts:
            t.set(feats)
            labels = t.tag()
            for a, b, kind in spans(labels):
                conf = min(t.marginal(labels[k], k) for k in range(a, b))
                start, end = sent[first + a].start, sent[first + b - 1].end
                out.append(Name(start, end, kind, text[start:end], round(conf, 3)))
    return out
