"""The shipped entity recogniser, loaded once per thread and asked window by window, and the
learned person decision.

A linear-chain CRF (CRFsuite, through python-crfsuite) over UD-style tokens, trained by
:mod:`analysis.language.train` on GUM and wikigold (``python -m analysis train entities
../shared/corpora``). The model folder ``analysis/resources/models/entities/`` holds the weights
(``model.crfsuite``), ``meta.json`` (sources, licences, training settings, scores on the dev
data) and a README.
"""

from __future__ import annotations

import json
import math
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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
_model_file: Path | None = None  # another model than the shipped one (the trainer's folds)


def use_model(path) -> None:
    """Tag with the model at ``path`` from now on, in every thread, and decide who is a
    person by the recogniser's type alone (the trainer, while it gathers what the learned
    decision learns from); None: the shipped model and decision again."""
    global _model_file
    _model_file = Path(path) if path else None
    _local.__dict__.clear()
    _generation[0] += 1


_generation = [0]


def tagger():
    """The CRF, opened once per thread (a tagger holds the sentence it is tagging, so two
    threads never share one)."""
    t = getattr(_local, "tagger", None)
    if t is None or getattr(_local, "generation", None) != _generation[0]:
        import pycrfsuite

        path = _model_file or MODEL_FILE
        if not path.exists():
            raise ModelMissing(f"{path}: the entity model is missing; rebuild it with "
                               "'python -m analysis train entities ../shared/corpora'")
        t = _local.tagger = pycrfsuite.Tagger()
        _local.generation = _generation[0]
        t.open(str(path))
    return t


@lru_cache(maxsize=1)
def _person_weights() -> tuple[float, dict[str, float], float]:
    data = json.loads((MODEL_DIR / "person.json").read_text(encoding="utf-8"))
    return data["intercept"], data["weights"], data["threshold"]


def is_person(evidence: dict[str, float]) -> bool:
    """The learned person decision (``person.json``): whether the evidence the actor layer
    gathered about a name (:meth:`analysis.entities.Actors.person_evidence`) makes it a
    person."""
    if _model_file is not None:  # the trainer at work: the recogniser's type decides
        return evidence.get("type_PER", 0.0) == 1.0
    intercept, weights, threshold = _person_weights()
    z = intercept
    for k, v in evidence.items():
        if v:
            z += weights.get(k, 0.0) * v
    return 1 / (1 + math.exp(-z)) >= threshold


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
    for sent, ws, parts in zip(sentences, words, document_features(words), strict=True):
        for first, feats in parts:
            t.set(feats)
            labels = t.tag()
            for a, b, kind in spans(labels):
                conf = round(min(t.marginal(labels[k], k) for k in range(a, b)), 3)
                a, b, kind = _numbered(ws, first + a, first + b, kind)
                b = _before_of(ws, a, b, kind)
                for x, y, typed in _at_titles(ws, a, b, kind):
                    start, end = sent[x].start, sent[y - 1].end
                    out.append(Name(start, end, typed, text[start:end], conf))
    return out


_NUMBER = re.compile(r"(?:[A-Z]{1,2}-)?\d+[A-Za-z]?")


def _numbered(words: list[str], a: int, b: int, kind: str) -> tuple[int, int, str]:
    """A name ``[a, b)`` (token indices of the sentence ``words``) with a number, or a
    one-word name followed by one, names a thing, not a person: a bill ("Bill 124", "Bill
    C-69", where "Bill" is a first name), a model, a highway ("Highway 401"). The number
    joins the name; its type is MISC."""
    if b - a == 1 and b < len(words) and _NUMBER.fullmatch(words[b]):
        return a, b + 1, "MISC"
    if any(_NUMBER.fullmatch(w) for w in words[a + 1:b]):
        return a, b, "MISC"
    return a, b, kind


def _before_of(words: list[str], a: int, b: int, kind: str) -> int:
    """The end of a person's name ``[a, b)`` read with where the person is from or serves:
    "Jane Doe of Kingston", "Ahmed Khan of St. Paul's Hospital" name Jane Doe and Ahmed Khan
    (a first name and a surname or more before "of"; not "Prince of Wales", "Duke of York",
    whose "of" is the name's own)."""
    if kind != "PER" or "of" not in words[a + 2:b - 1]:
        return b
    from ..names import is_first_name

    return words.index("of", a + 2, b - 1) if is_first_name(words[a]) else b


@lru_cache(maxsize=1)
def _abbreviated_titles() -> frozenset[str]:
    """The titles written short with a period ("Const.", "Sgt.", "Coun.", "Rep."), from
    ``resources/titles.txt``, as they are capitalised before a name."""
    from ..wordlists import read_word_list

    return frozenset(w[:1].upper() + w[1:] for w in read_word_list("titles.txt")
                     if w.endswith(".") and len(w) > 2)


def _at_titles(words: list[str], a: int, b: int, kind: str) -> list[tuple[int, int, str]]:
    """A name ``[a, b)`` cut where a title stands inside it before a person's name of two
    words or more: "Ontario Provincial Police Const. Ann Lee", read as one
    organisation, is the police and, after the title, the person (the title itself in
    neither: it is the person's). A name read as a person's is left whole: the people layer
    takes the titles and labels before a person's name off it ("RCMP Cpl. Jane Doe")."""
    if kind == "PER":
        return [(a, b, kind)]
    from ..names import is_first_name

    cut = None
    capitalised = True  # the words after k are capitalised, none ending with a period
    for k in range(b - 1, a, -1):  # from the end, so a long name costs one pass
        # a title written in full ("Emergency Services Minister Jaclyn Symes") only before
        # a first name: "Canadian General Electric Co" is no general
        # (or a title of elected office before the name's last two words: "Manitoba Premier
        # Wab Kinew", where "Wab" is in no list of first names; no body's name holds one)
        if k <= b - 3 and capitalised and (words[k] in _abbreviated_titles() or (
                words[k] in _full_titles() and is_first_name(words[k + 1])) or
                k == b - 3 and words[k] in _offices()):
            cut = k  # the first title from the start wins
        capitalised = capitalised and words[k][:1].isupper() and words[k][-1:] != "."
    if cut is None:
        return [(a, b, kind)]
    return [(a, cut, kind), (cut + 1, b, "PER")]


@lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    """The titles of elected office (``resources/office_titles.txt``), as written before a
    name."""
    from ..wordlists import read_word_list

    return frozenset(read_word_list("office_titles.txt"))


@lru_cache(maxsize=1)
def _full_titles() -> frozenset[str]:
    """The one-word titles of ``resources/titles.txt`` written in full, capitalised as before
    a name ("Minister", "Premier", "Mayor")."""
    from ..wordlists import read_word_list

    return frozenset(w.capitalize() for w in read_word_list("titles.txt")
                     if w.isalpha() and " " not in w)
