"""What the entity recogniser sees of each word: the word itself, its shape and affixes, its
neighbours, what the project's word lists say of it, and what the rest of the document says
of it (``common``: a word written in lower case at least as often as capitalised in the
training corpora, a list the trainer writes beside the model). The same function serves the
trainer and the article, so both see the same features.

The word lists the model was trained with ship beside it (``lexicons.json``: the titles,
outlets, institutions, stop words and places as they were), and the article reads those: the
package's lists also serve the rules of other readings (who a speaker is) and may grow, but
the model, and the person decision trained on its names, keep seeing the words they were
trained on. The trainer takes that file again, or the package's lists afresh when asked
(``train entities --lists``).

Word lists are evidence here, never the decision: ``fn`` (a first name in the US birth
records), ``wfn`` (only in the World Gender-Name Dictionary), ``title`` (``titles.txt``:
president, senator...), ``hon`` (Mr., Ms., Dr.), ``place`` (a country, state or
``places.txt``), ``city``/``cityw`` (a city of GeoNames, or a word of one's name), ``demonym``
("Venezuelan", "Iraqis", "Democrats": :func:`analysis.names.is_demonym`), ``outlet`` and
``inst`` (words
of ``outlets.txt`` and ``institutions.txt``), ``stop`` (``not_name_words.txt``), ``cal`` (days
and months). The document's own evidence: the same word written in lower case elsewhere
(``doc_lower``: "Star" is a common noun here), capitalised in mid-sentence elsewhere
(``doc_midcap``), after an honorific elsewhere (``doc_hon``: "Mr. Zhang"), or followed by a
speech verb (``doc_said``), or the last word of a run that starts with a first name elsewhere
(``doc_surname``: "Goode" after "Matthew Goode").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..names import (
    cities,
    fold,
    honorific_gender,
    is_demonym,
    is_first_name,
    places,
    world_first_name,
)
from ..wordlists import read_word_list

_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
             "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mx"}
_SAID = {"said", "says", "told", "added", "explained", "wrote", "asked", "argued", "noted"}


COMMON_WORDS = "common_words.txt"
LEXICONS = "lexicons.json"


_folder = None  # the trainer's output folder, when it is not the shipped model's


def use_model_folder(folder) -> None:
    """Read the common words and the lexicons from ``folder`` (the trainer's output) from
    now on."""
    global _folder
    _folder = folder
    for cached in (_common, _lists, word_features, _near, _prefixed):
        cached.cache_clear()


def _model_file(name: str):
    from pathlib import Path

    from .model import MODEL_DIR

    return Path(_folder or MODEL_DIR) / name


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    path = _model_file(COMMON_WORDS)
    if not path.exists():
        return frozenset()
    return frozenset(line for line in path.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


def package_lexicons() -> dict[str, list[str]]:
    """The package's word lists as the recogniser reads them (``train entities --lists``
    writes these beside the model it trains)."""
    def words_of(name):
        return sorted({w.lower().rstrip(".") for line in read_word_list(name)
                       for w in line.split()})
    return {"title": sorted({t.lower().rstrip(".") for t in read_word_list("titles.txt")}),
            "outlet": words_of("outlets.txt"), "inst": words_of("institutions.txt"),
            "stop": sorted(set(read_word_list("not_name_words.txt"))),
            "place": sorted(p for p in places() if " " not in p)}


def lexicon(name: str) -> frozenset[str]:
    """One of the lexicons the model was trained with: ``title``, ``outlet``, ``inst``,
    ``stop`` or ``place``."""
    return _lists()[name]


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    """The lexicons the model was trained with (``lexicons.json`` beside it), or the
    package's when a model has none."""
    import json

    path = _model_file(LEXICONS)
    lists = json.loads(path.read_text(encoding="utf-8")) if path.exists() else \
        package_lexicons()
    return {k: frozenset(v) for k, v in lists.items()}


_DIGITS = re.compile(r"\d")


@lru_cache(maxsize=1 << 17)
def _shape(word: str) -> str:
    out = []
    for ch in word[:6]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


_SAME = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


@lru_cache(maxsize=1 << 17)
def word_features(word: str) -> tuple[str, ...]:
    """The features of a word on its own (cached: a word costs once per process). Curly
    quotation marks and apostrophes read as straight ones, as in most training text."""
    word = word.translate(_SAME)
    low = word.lower()
    lists = _lists()
    f = [f"w={low}", f"s={_shape(word)}", f"p3={low[:3]}", f"x3={low[-3:]}", f"x2={low[-2:]}"]
    if word[:1].isupper():
        f.append("cap")
        if word.isupper() and len(word) > 1:
            f.append("upper")
        folded = fold(word)
        if is_first_name(word):
            f.append("fn")
        elif world_first_name(word):
            f.append("wfn")
        if folded in lists["place"]:
            f.append("place")
        if is_demonym(word):
            f.append("demonym")
        city, city_words = cities()
        if folded in city:
            f.append("city")
        elif folded in city_words:
            f.append("cityw")
    if low.rstrip(".") in lists["title"]:
        f.append("title")
    if honorific_gender(low.rstrip(".")) or low in {"dr.", "dr"}:
        f.append("hon")
    if low in lists["outlet"]:
        f.append("outlet")
    if low in lists["inst"]:
        f.append("inst")
    if low in lists["stop"]:
        f.append("stop")
    if low in _common():
        f.append("common")
    if low.rstrip(".") in _CALENDAR:
        f.append("cal")
    if "-" in word:
        f.append("hyph")
    if _DIGITS.search(word):
        f.append("digit")
    return tuple(f)


@lru_cache(maxsize=1 << 17)
def _near(word: str) -> tuple[str, ...]:
    """What a neighbour contributes: its lower-case form, shape and list features."""
    f = word_features(word)
    return (f[0], f[1]) + tuple(x for x in f[5:] if x in _NEAR)


_NEAR = {"cap", "fn", "wfn", "title", "hon", "place", "city", "demonym", "cal", "stop", "upper",
         "common", "outlet", "inst"}


_OPENERS = {'"', "“", "(", ":", "—"}


def document_evidence(sentences: list[list[str]]) -> dict[str, tuple[str, ...]]:
    """Per word, what the whole document says of it (see the module docstring). Only the
    capitalised words are looked at one by one."""
    lower = {w for words in sentences for w in words if w[:1].islower()}
    midcap: set[str] = set()
    hon: set[str] = set()
    said: set[str] = set()
    surname: set[str] = set()
    for words in sentences:
        caps = [i for i, w in enumerate(words) if w[:1].isupper()]
        run: list[int] = []  # runs of capitalised words that start with a first name
        for i in caps + [-2]:
            if run and (i != run[-1] + 1 or not words[i].isalpha()):
                if len(run) >= 2 and "fn" in word_features(words[run[0]]):
                    surname.add(words[run[-1]])
                run = []
            if i >= 0 and words[i].isalpha():
                run.append(i)
            if i <= 0 or words[i - 1] in _OPENERS:
                continue
            w = words[i]
            midcap.add(w)
            prev = words[i - 1].lower().rstrip(".")
            if prev in _HONORIFICS:
                hon.add(w)
            if i + 1 < len(words) and words[i + 1].lower() in _SAID:
                said.add(w)
    out: dict[str, set[str]] = {w.capitalize(): {"doc_lower"} for w in lower}
    for w in midcap:
        out.setdefault(w, set()).add("doc_midcap")
        if w.lower() in lower:
            out[w].add("doc_lower")
    for tag, words in (("doc_surname", surname), ("doc_hon", hon), ("doc_said", said)):
        for w in words:
            out.setdefault(w, set()).add(tag)
    # in a fixed order: the same text gives the same features, and the trainer the same bytes
    return {w: tuple(sorted(tags)) for w, tags in out.items()}


@lru_cache(maxsize=1 << 18)
def _prefixed(word: str, tag: str) -> tuple[str, ...]:
    return tuple(tag + x for x in _near(word))


@lru_cache(maxsize=1 << 18)
def _far(word: str, tag: str) -> tuple[str, ...]:
    """What a word two away contributes: its lower-case form and its list features."""
    near = _near(word)
    return (tag + near[0],) + tuple(tag + x for x in near[2:])


def sentence_features(words: list[str], evidence: dict[str, tuple[str, ...]],
                      positions=None) -> list[list[str]]:
    """The features of the words of a sentence (a list of strings per word): of every word,
    or of the word indices in ``positions``."""
    n = len(words)
    out = []
    for i in range(n) if positions is None else positions:
        w = words[i]
        f = list(word_features(w))
        if i == 0:
            f.append("first")
            f.extend("first&" + x for x in f[5:])
        if w in evidence:
            f.extend(evidence[w])
        f.extend(_prefixed(words[i - 1], "-1:") if i > 0 else ("-1:edge",))
        f.extend(_prefixed(words[i + 1], "+1:") if i + 1 < n else ("+1:edge",))
        if i > 1:
            f.extend(_far(words[i - 2], "-2:"))
        if i + 2 < n:
            f.extend(_far(words[i + 2], "+2:"))
        out.append(f)
    return out


# A window reaches this many words either side of a word that may start or be a name.
WINDOW = 1


def windows(words: list[str]) -> list[tuple[int, int]]:
    """The stretches ``[a, b)`` of a sentence that can hold a name: every capitalised word
    (but a common word opening the sentence: "The", "Officials") with WINDOW words either side,
    overlapping stretches merged. Only these are tagged, in training as in an article: most
    words of news are far from any capital, and a name is never there."""
    out: list[list[int]] = []
    n = len(words)
    for i, w in enumerate(words):
        if not w[:1].isupper():
            continue
        if i == 0:
            f = word_features(w)
            if "common" in f or "stop" in f:
                continue
        a, b = max(0, i - WINDOW), min(n, i + WINDOW + 1)
        if out and a <= out[-1][1]:
            out[-1][1] = b
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def document_features(sentences: list[list[str]]) -> list[list[tuple[int, list]]]:
    """For each sentence of a document, its windows (:func:`windows`) with their features:
    ``[(first word index, features of each word of the window), ...]``."""
    evidence = document_evidence(sentences)
    return [[(a, sentence_features(words, evidence, range(a, b))) for a, b in windows(words)]
            for words in sentences]
