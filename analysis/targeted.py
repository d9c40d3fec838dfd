"""Sentiment towards a target: how a sentence treats one mention in it, not the sentence's tone.

"Analysts praised Trump but condemned Maduro" is positive towards Trump and negative towards
Maduro; VADER on the whole sentence gives one number for both. The model here reads what
concerns the target: the clause the mention sits in (bounded by punctuation and by words such
as "but" and "while"), the words either side of the mention inside that clause (tagged by side
and negation-marked, so "attacked Maduro", "Maduro attacked" and "not corrupt" differ), the
sentence with the mention replaced by a placeholder (a name says who, not how they are
treated), and VADER's scores of the clause and of each side. A quotation belongs to its
speaker: when the target is the person quoted, the quoted words are blanked out before the
target is scored, so a speaker is not judged by the tone of what they say about others.

The weights are a multinomial logistic regression (scikit-learn) trained on NewsMTSC
(Hamborg & Donnay 2021), political news sentences annotated with the sentiment towards each
target. They ship as a readable JSON file (``resources/target_sentiment_model.json``: the
vocabularies, idf weights and coefficients) and are rebuilt by
``python -m analysis train targets --newsmtsc FILE``; nothing is downloaded.
"""

from __future__ import annotations

import bisect
import json
import re
import string
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from .config import RESOURCES_DIR
from .loaders import Article
from .vader import analyzer
from .wordlists import read_word_list

Span = tuple[int, int]
MODEL_PATH = RESOURCES_DIR / "target_sentiment_model.json"
CLASSES = ("negative", "neutral", "positive")
NEWSMTSC_POLARITY = {2: "negative", 4: "neutral", 6: "positive"}
WINDOW = 6  # words either side of the mention, inside its clause
CONTEXT = 1000  # characters of its sentence either side of a mention, at most
TEXT_FIELDS = ("sentence", "window", "clause")
_WORD = re.compile(r"\w+(?:[’']\w+)*|[“”\"?!]")
_CLAUSE_LEFT = ",;:—(\n"
_CLAUSE_RIGHT = ",;:—)\n"


# -- what concerns the target ---------------------------------------------------------------
def quote_masks(quotes: Iterable, start: int, end: int) -> list[Span]:
    """The quoted passages whose speaker is the mention ``[start, end)``: a quote is its
    speaker's voice, not a judgement of the speaker."""
    masks = []
    for q in quotes:
        if q.kind != "direct" or not q.source:
            continue
        if any(a <= start and end <= b for a, b in q.source):
            masks += [(a, b) for a, b in (q.quoted or q.content)
                      if not (a <= start < b)]
    return masks


def _blank(text: str, spans: Sequence[Span]) -> str:
    """The text with the spans replaced by spaces (offsets unchanged)."""
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern:
    words = read_word_list("clause_breaks.txt")
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _negators() -> frozenset[str]:
    return frozenset(read_word_list("negators.txt"))


def clause(text: str, start: int, end: int) -> Span:
    """The clause around the mention: bounded by punctuation and by words such as "but" and
    "while" (``resources/clause_breaks.txt``)."""
    lo = max(text.rfind(c, 0, start) for c in _CLAUSE_LEFT) + 1
    his = [h for h in (text.find(c, end) for c in _CLAUSE_RIGHT) if h >= 0]
    hi = min(his) if his else len(text)
    before = list(_clause_break().finditer(text, lo, start))
    if before:
        lo = before[-1].end()
    after = _clause_break().search(text, end, hi)
    if after:
        hi = after.start()
    return lo, hi


def _negation_marked(words: list[str]) -> list[str]:
    """Lower-cased words, those after a negator prefixed ``NOT_`` ("not corrupt")."""
    out, negated = [], False
    for w in words:
        low = w.lower()
        if low in _negators() or low.endswith("n't"):
            negated = True
            out.append(low)
        else:
            out.append("NOT_" + low if negated else low)
    return out


@lru_cache(maxsize=1)
def _vader_words() -> frozenset[str]:
    """VADER's lexicon words (lower case)."""
    return frozenset(analyzer().lexicon)


def _vader(piece: str) -> list[float]:
    """VADER's neg, pos and compound. A piece with no word of VADER's lexicon scores zero
    in VADER (boosters, negations and "but" only act on lexicon words), so it is not run:
    most of the short pieces here have none."""
    return list(_vader_scores(piece))


@lru_cache(maxsize=8192)
def _vader_scores(piece: str) -> tuple[float, float, float]:
    """:func:`_vader`, remembered: the mentions of one clause share its text."""
    if piece.isascii():
        words = _vader_words()
        if not any(w.lower() in words or w.strip(string.punctuation).lower() in words
                   for w in piece.split()):
            return 0.0, 0.0, 0.0
    s = analyzer().polarity_scores(piece)
    return s["neg"], s["pos"], s["compound"]


def features(sentence: str, start: int, end: int) -> dict:
    """The model's inputs for the mention ``sentence[start:end]`` (quotes already blanked):
    the sentence, the words either side of the mention inside its clause (side-tagged and
    negation-marked), the clause, and VADER's scores of the clause and each side of it."""
    lo, hi = clause(sentence, start, end)
    before, after = sentence[lo:start], sentence[end:hi]
    left = _WORD.findall(before)[-WINDOW:]
    right = _WORD.findall(after)[:WINDOW]
    window = (["L_" + w for w in _negation_marked(left)]
              + ["R_" + w for w in _negation_marked(right)])
    inside_quote = sentence[:start].count("“") > sentence[:start].count("”")
    numbers = (_vader(sentence[lo:hi]) + _vader(" ".join(left)) + _vader(" ".join(right))
               + [float(inside_quote)])
    # the mention itself is not a feature: a name says who, not how they are treated
    return {"sentence": f"{sentence[:start]} TARGET {sentence[end:]}",
            "window": " ".join(window),
            "clause": " ".join(_negation_marked(_WORD.findall(f"{before} TARGET {after}"))),
            "numbers": numbers}


# -- the model ------------------------------------------------------------------------------
class TargetModel:
    """Three tf-idf vectorisers (sentence, side-tagged window, clause) and VADER numbers into
    one logistic regression."""

    def __init__(self, vectorizers: dict, classifier):
        self.vectorizers = vectorizers
        self.classifier = classifier

    @staticmethod
    def _vectorizer(field: str, vocabulary=None):
        from sklearn.feature_extraction.text import TfidfVectorizer

        pattern = r"\S+" if field == "window" else r"(?u)\b\w\w+\b"
        return TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                               token_pattern=pattern, vocabulary=vocabulary)

    def _matrix(self, rows: list[dict], fit: bool = False):
        from scipy.sparse import csr_matrix, hstack

        parts = []
        for field in TEXT_FIELDS:
            column = [r[field] for r in rows]
            vec = self.vectorizers[field]
            parts.append(vec.fit_transform(column) if fit else vec.transform(column))
        parts.append(csr_matrix(np.array([r["numbers"] for r in rows], dtype=float)))
        return hstack(parts).tocsr()

    @classmethod
    def fit(cls, rows: list[dict], labels: Sequence[str], c: float = 1.0) -> TargetModel:
        from sklearn.linear_model import LogisticRegression

        model = cls({f: cls._vectorizer(f) for f in TEXT_FIELDS}, None)
        x = model._matrix(rows, fit=True)
        model.classifier = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
        model.classifier.fit(x, list(labels))
        return model

    def probabilities(self, rows: list[dict]) -> np.ndarray:
        """(n, 3) probabilities in CLASSES order."""
        if not rows:
            return np.zeros((0, len(CLASSES)))
        proba = self.classifier.predict_proba(self._matrix(rows))
        order = [list(self.classifier.classes_).index(c) for c in CLASSES]
        return proba[:, order]

    def to_json(self) -> dict:
        vecs = {}
        for field, vec in self.vectorizers.items():
            terms = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
            vecs[field] = {"terms": terms, "idf": [round(float(v), 5) for v in vec.idf_]}
        clf = self.classifier
        return {"about": "Target-sentiment model of analysis.targeted, trained on NewsMTSC by "
                         "`python -m analysis train targets`.",
                "classes": [str(c) for c in clf.classes_],
                "vectorizers": vecs,
                "coef": [[round(float(v), 5) for v in row] for row in clf.coef_],
                "intercept": [round(float(v), 5) for v in clf.intercept_]}

    @classmethod
    def from_json(cls, data: dict) -> TargetModel:
        from sklearn.linear_model import LogisticRegression

        vectorizers = {}
        for field, v in data["vectorizers"].items():
            vec = cls._vectorizer(field, vocabulary={t: i for i, t in enumerate(v["terms"])})
            vec.idf_ = np.array(v["idf"])
            vectorizers[field] = vec
        clf = LogisticRegression()
        clf.classes_ = np.array(data["classes"])
        clf.coef_ = np.array(data["coef"])
        clf.intercept_ = np.array(data["intercept"])
        return cls(vectorizers, clf)

    def save(self, path: Path = MODEL_PATH) -> None:
        tmp = Path(path).with_suffix(".tmp")
        tmp.write_text(json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")),
                       encoding="utf-8")
        tmp.replace(path)


@lru_cache(maxsize=1)
def model() -> TargetModel:
    """The shipped model (``resources/target_sentiment_model.json``)."""
    if not MODEL_PATH.exists():
        raise FileNotFoundError(
            f"{MODEL_PATH} is missing: rebuild it with `python -m analysis train targets "
            "--newsmtsc ../shared/benchmarks/newsmtsc/train.jsonl`")
    return TargetModel.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


# -- scoring --------------------------------------------------------------------------------
def score_mentions(article: Article, spans: Sequence[Span]) -> np.ndarray:
    """(n, 3) probabilities (negative, neutral, positive) for each mention in ``spans`` of
    the article (its quote and sentence layers say what to blank and where to look)."""
    text, quotes, sentences = article.text, article.quotes, article.sentences
    # the direct quotes by the span of their speaker's mention, to find a mention's own
    # quotes by binary search rather than by scanning every quote for every mention
    spoken = sorted(((a, b, q) for q in quotes if q.kind == "direct" and q.source
                     for a, b in q.source), key=lambda x: x[:2])
    spoken_starts = [a for a, _, _ in spoken]
    rows = []
    for start, end in spans:
        if not (0 <= start < end <= len(text)):
            raise ValueError(f"mention span ({start}, {end}) is outside the text "
                             f"({len(text)} characters)")
        k = article.sentence_at(start)
        a, b = (sentences[k][0], max(sentences[k][1], end)) if k >= 0 else (0, len(text))
        # a sentence of real news is well under CONTEXT characters each side of a mention; a
        # longer one (a transcript, a page without full stops) is read only that far, so
        # that the work per mention is bounded, not the length of the sentence
        if start - a > CONTEXT:
            a = max(text.find(" ", start - CONTEXT, start) + 1, start - CONTEXT)
        if b - end > CONTEXT:
            cut = text.rfind(" ", end, end + CONTEXT)
            b = cut if cut > end else end + CONTEXT
        i = bisect.bisect_right(spoken_starts, start)
        own = [q for sa, sb, q in spoken[max(0, i - 3):i] if sa <= start and end <= sb]
        masks = [(max(x, a) - a, min(y, b) - a) for x, y in quote_masks(own, start, end)
                 if x < b and y > a]
        rows.append(features(_blank(text[a:b], masks), start - a, end - a))
    return model().probabilities(rows)


def polarity(probabilities: np.ndarray) -> np.ndarray:
    """Sentiment in [-1, 1]: P(positive) - P(negative)."""
    return probabilities[:, 2] - probabilities[:, 0]


def _score_one(text: str, start: int, end: int) -> np.ndarray:
    """The probabilities for one mention of a bare text (parsed here as an article)."""
    return score_mentions(Article("target", text, "target"), [(start, end)])[0]


def target_sentiment(text: str, start: int, end: int) -> float:
    """Sentiment towards the mention ``text[start:end]``, in [-1, 1] (negative to positive)."""
    return float(polarity(_score_one(text, start, end)[None, :])[0])


def target_label(text: str, start: int, end: int) -> str:
    """``negative`` / ``neutral`` / ``positive`` towards the mention: the likeliest class."""
    return CLASSES[int(np.argmax(_score_one(text, start, end)))]


# -- NewsMTSC -------------------------------------------------------------------------------
def _lines_named(f, path: Path):
    """Numbered lines; a line that is not UTF-8 raises a ValueError naming the file."""
    n = 0
    while True:
        try:
            line = f.readline()
        except UnicodeDecodeError as err:
            raise ValueError(f"{path}, line {n + 1} or soon after: not UTF-8 text "
                             f"({err.reason})") from None
        if not line:
            return
        n += 1
        yield n, line


def read_newsmtsc(path: Path) -> pd.DataFrame:
    """One row per target: sentence, start, end, label, and the source article (``group``)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in _lines_named(f, path):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                group = "_".join(d["primary_gid"].split("_")[:2])
                for t in d["targets"]:
                    rows.append({"sentence": d["sentence_normalized"], "start": t["from"],
                                 "end": t["to"], "mention": t["mention"], "group": group,
                                 "label": NEWSMTSC_POLARITY[int(t["polarity"])]})
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}, line {n}: not a NewsMTSC record ({exc})") from exc
    return pd.DataFrame(rows)


def newsmtsc_rows(data: pd.DataFrame) -> list[dict]:
    """Model inputs for each NewsMTSC target (quotes found and blanked per sentence)."""
    cache: dict[str, list] = {}
    rows = []
    for r in data.itertuples():
        if r.sentence not in cache:
            cache[r.sentence] = Article("t", r.sentence, "newsmtsc").quotes
        masked = _blank(r.sentence, quote_masks(cache[r.sentence], r.start, r.end))
        rows.append(features(masked, r.start, r.end))
    return rows
