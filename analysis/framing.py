"""Issue frames: the 15 dimensions of the Policy Frames Codebook (Boydstun et al. 2014),
scored from a curated lexicon (``resources/frame_lexicon.csv``).

``frame_scores(text)`` counts lexicon matches per frame, per 100 words of the text: higher
means more of that frame. Per sentence and per article come as tidy DataFrames.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .loaders import Article
from .wordlists import read_table

_TOKEN = re.compile(r"[$%]|\w+(?:[-'’]\w+)*")
FRAME_COLUMNS = ["article", "position", "start", "end", "frame", "score", "matches"]


@lru_cache(maxsize=1)
def frames() -> tuple[str, ...]:
    """The codebook's 15 frame names, in codebook order."""
    return tuple(row["name"] for row in codebook())


@lru_cache(maxsize=1)
def codebook() -> list[dict]:
    """Code and name of each frame (``resources/policy_frames.csv``)."""
    return [{"code": int(r["code"]), "name": r["name"]} for r in read_table("policy_frames.csv")]


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], list[tuple[str, str]], list[tuple[tuple[str, ...], str]]]:
    """exact word -> frame, (prefix, frame) pairs, (phrase words, frame) pairs."""
    exact: dict[str, list[str]] = {}
    prefixes, phrases = [], []
    for row in read_table("frame_lexicon.csv"):
        frame, term = row["frame"], row["term"].lower()
        if frame not in frames():
            raise ValueError(f"frame_lexicon.csv: {frame!r} is not a codebook frame")
        if " " in term:
            phrases.append((tuple(term.split()), frame))
        elif term.endswith("*"):
            prefixes.append((term[:-1], frame))
        else:
            exact.setdefault(term, []).append(frame)
    return exact, prefixes, phrases


def _term_matches(term: str, word: str) -> bool:
    return word.startswith(term[:-1]) if term.endswith("*") else word == term


@lru_cache(maxsize=1)
def _context_rules() -> list[tuple[str, str, int, str]]:
    """(term, context, window, frame) rules from ``resources/frame_context.csv``."""
    rules = [(r["term"].lower(), r["context"].lower(), int(r["window"]), r["frame"])
             for r in read_table("frame_context.csv")]
    for rule in rules:
        if rule[3] not in frames():
            raise ValueError(f"frame_context.csv: {rule[3]!r} is not a codebook frame")
    return rules


@lru_cache(maxsize=1)
def _prefix_table() -> dict[str, list[str]]:
    """prefix -> frames, in lexicon order."""
    table: dict[str, list[str]] = {}
    for prefix, frame in _lexicon()[1]:
        table.setdefault(prefix, []).append(frame)
    return table


@lru_cache(maxsize=100_000)
def _word_frames(word: str) -> tuple[str, ...]:
    exact, prefixes, _ = _lexicon()
    table = _prefix_table()
    found = list(exact.get(word, []))
    # every prefix of the word that is a lexicon prefix, shortest first
    hits = {p: table[p] for p in (word[:k] for k in range(1, len(word) + 1)) if p in table}
    found += [frame for prefix, frame in prefixes if prefix in hits]
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=20000)
def _rules_for(word: str) -> tuple[tuple[str, int, str], ...]:
    """The (context, window, frame) rules whose term is this word."""
    return tuple((context, window, frame) for term, context, window, frame in _context_rules()
                 if _term_matches(term, word))


def _in_context(words: list[str], i: int) -> str | None:
    """The frame a context rule gives the word at ``i``, or None."""
    for context, window, frame in _rules_for(words[i]):
        if any(_term_matches(context, w) for w in words[max(i - window, 0):i + window + 1]):
            return frame
    return None


def matches(text: str) -> list[tuple[str, str]]:
    """(frame, matched term) for every lexicon hit in the text. A word that a context rule
    covers (``resources/frame_context.csv``: money next to "reward", say) counts once, for the
    rule's frame."""
    words = [w.lower().replace("’", "'") for w in _TOKEN.findall(text)]
    hits = []
    for i, w in enumerate(words):
        ruled = _in_context(words, i)
        hits += [(ruled, w)] if ruled else [(frame, w) for frame in _word_frames(w)]
    _, _, phrases = _lexicon()
    for phrase, frame in phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == phrase:
                hits.append((frame, " ".join(phrase)))
    return hits


def frame_scores(text: str) -> dict[str, float]:
    """Lexicon hits per 100 words for each of the 15 codebook frames (0 where none)."""
    n_words = max(len(_TOKEN.findall(text)), 1)
    scores = dict.fromkeys(frames(), 0.0)
    for frame, _ in matches(text):
        scores[frame] += 100.0 / n_words
    return scores


def top_frame(text: str) -> str:
    """The highest-scoring frame; ``Other`` when no frame word is found (ties: codebook
    order)."""
    scores = frame_scores(text)
    best = max(scores.values())
    return "Other" if best == 0 else next(f for f in frames() if scores[f] == best)


def sentence_frames(article: Article) -> pd.DataFrame:
    """One row per sentence and frame with a score above zero."""
    rows = []
    for position, (start, end) in enumerate(article.sentences):
        piece = article.text[start:end]
        hits = matches(piece)
        if not hits:
            continue
        scores = frame_scores(piece)
        for frame in frames():
            if scores[frame]:
                terms = sorted({t for f, t in hits if f == frame})
                rows.append({"article": article.id, "position": position, "start": start,
                             "end": end, "frame": frame, "score": round(scores[frame], 3),
                             "matches": ", ".join(terms)})
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)


def article_frames(article: Article) -> pd.DataFrame:
    """One row per frame for the whole article: score (hits per 100 words), hits, and the
    number of sentences where the frame is the top one."""
    order = frames()
    hits = dict.fromkeys(order, 0)
    tops = dict.fromkeys(order + ("Other",), 0)
    n_words = 0
    for a, b in article.sentences:
        piece = article.text[a:b]
        n_words += len(_TOKEN.findall(piece))
        counts = dict.fromkeys(order, 0)
        for frame, _ in matches(piece):
            counts[frame] += 1
        for frame, n in counts.items():
            hits[frame] += n
        best = max(counts.values())
        # as top_frame(): the most hits, ties in codebook order, Other when none
        tops["Other" if best == 0 else next(f for f in order if counts[f] == best)] += 1
    n_words = max(n_words, 1)
    return pd.DataFrame({
        "article": article.id, "frame": list(order),
        "score": [round(100.0 * hits[f] / n_words, 3) for f in order],
        "hits": [hits[f] for f in order],
        "top_sentences": [tops[f] for f in order],
    })
