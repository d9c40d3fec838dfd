"""Tone of sentences and paragraphs, from VADER (the ``vaderSentiment`` package).

VADER's compound score runs from -1 (most negative) to +1 (most positive); by VADER's own
convention a compound of at least +0.05 is positive, at most -0.05 negative, neutral between.
Each sentence is also marked as quoted speech (most of its characters inside quotation marks)
or the reporter's narration, so that the tone of the people quoted and the tone of the
reporter can be told apart.
"""

from __future__ import annotations

import pandas as pd

from .loaders import Article
from .text import quoted_shares, words
from .vader import PIECE, analyzer, scores  # noqa: F401  (public: sentiment.scores)

POSITIVE = 0.05
NEGATIVE = -0.05
QUOTED = 0.5  # a sentence with at least this share of its characters quoted is "quote"
VOICES = ("narration", "quote")
LABELS = ("negative", "neutral", "positive")

SENTENCE_COLUMNS = ["article", "position", "paragraph", "start", "end", "is_heading", "voice",
                    "quoted_share", "words", "compound", "pos", "neu", "neg", "label", "pieces",
                    "text"]
PARAGRAPH_COLUMNS = ["article", "paragraph", "start", "end", "is_heading", "sentences", "words",
                     "compound", "pos", "neu", "neg", "label", "pieces", "text"]
ARTICLE_COLUMNS = ["article", "voice", "sentences", "mean_compound", "share_positive",
                   "share_neutral", "share_negative"]


def label(compound: float) -> str:
    """``positive`` / ``neutral`` / ``negative`` by VADER's ±0.05 convention."""
    if compound >= POSITIVE:
        return "positive"
    if compound <= NEGATIVE:
        return "negative"
    return "neutral"


def sentence_sentiment(article: Article) -> pd.DataFrame:
    """One row per sentence (and heading) in reading order; columns in the README codebook."""
    text = article.text
    segments = article.segments
    shares = quoted_shares([(s.start, s.end) for s in segments], article.quote_regions, text)
    rows = []
    for position, (seg, share) in enumerate(zip(segments, shares, strict=True)):
        piece = text[seg.start : seg.end]
        s = scores(piece)
        rows.append({
            "article": article.id, "position": position, "paragraph": seg.paragraph,
            "start": seg.start, "end": seg.end, "is_heading": seg.is_heading,
            "voice": "quote" if share >= QUOTED else "narration",
            "quoted_share": round(share, 4), "words": len(words(piece)),
            "compound": s["compound"], "pos": s["pos"], "neu": s["neu"], "neg": s["neg"],
            "label": label(s["compound"]), "pieces": s["pieces"], "text": piece,
        })
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def paragraph_sentiment(article: Article) -> pd.DataFrame:
    """One row per paragraph (headings included, marked), VADER over the whole paragraph (in
    pieces when it is long: see :mod:`analysis.vader`)."""
    counts: dict[int, int] = {}
    for seg in article.segments:
        counts[seg.paragraph] = counts.get(seg.paragraph, 0) + 1
    heading_paras = {seg.paragraph for seg in article.segments if seg.is_heading}
    rows = []
    for i, (start, end) in enumerate(article.paragraphs):
        piece = article.text[start:end]
        s = scores(piece)
        rows.append({
            "article": article.id, "paragraph": i, "start": start, "end": end,
            "is_heading": i in heading_paras, "sentences": counts.get(i, 0),
            "words": len(words(piece)), "compound": s["compound"], "pos": s["pos"],
            "neu": s["neu"], "neg": s["neg"], "label": label(s["compound"]),
            "pieces": s["pieces"], "text": piece,
        })
    return pd.DataFrame(rows, columns=PARAGRAPH_COLUMNS)


def article_sentiment(sentences: pd.DataFrame) -> pd.DataFrame:
    """Per article and voice (``all``, ``narration``, ``quote``): number of sentences, mean
    compound and the shares of positive, neutral and negative sentences. Headings are left
    out; a voice with no sentences gets a row with 0 sentences and empty means."""
    body = sentences[~sentences["is_heading"]]
    rows = []
    for article_id in sentences["article"].unique():  # an article of headings only included
        group = body[body["article"] == article_id]
        for voice in ("all",) + VOICES:
            part = group if voice == "all" else group[group["voice"] == voice]
            n = len(part)
            shares = part["label"].value_counts(normalize=True) if n else pd.Series(dtype=float)
            rows.append({
                "article": article_id, "voice": voice, "sentences": n,
                "mean_compound": part["compound"].mean() if n else float("nan"),
                **{f"share_{lab}": float(shares.get(lab, 0.0)) if n else float("nan")
                   for lab in ("positive", "neutral", "negative")},
            })
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


def extremes(sentences: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The ``n`` most negative and ``n`` most positive sentences (headings left out), with
    which end they are at; a sentence is listed once even in a short article."""
    body = sentences[~sentences["is_heading"]]
    neg = body.nsmallest(n, "compound").assign(end_of_scale="most negative")
    pos = body[~body.index.isin(neg.index)].nlargest(n, "compound")
    pos = pos.assign(end_of_scale="most positive")
    cols = ["end_of_scale", "position", "voice", "compound", "text"]
    return pd.concat([neg, pos])[cols].reset_index(drop=True)


def describe(summary: pd.DataFrame, sentences: pd.DataFrame | None = None) -> str:
    """A plain-words paragraph on one article's tone, from :func:`article_sentiment`; given
    the :func:`sentence_sentiment` table, it also says how many sentences were too long for
    VADER to score whole."""
    by = summary.set_index("voice")
    whole = by.loc["all"]
    if not whole["sentences"]:
        return "The article has no sentences to score."
    parts = [
        f"Of {int(whole['sentences'])} sentences, {whole['share_negative']:.0%} read negative, "
        f"{whole['share_neutral']:.0%} neutral and {whole['share_positive']:.0%} positive "
        f"(mean compound {whole['mean_compound']:+.2f})."
    ]
    for voice, name in (("narration", "The reporter's narration"), ("quote", "Quoted speech")):
        row = by.loc[voice]
        if row["sentences"]:
            parts.append(f"{name} ({int(row['sentences'])} sentences) averages "
                         f"{row['mean_compound']:+.2f}, {row['share_negative']:.0%} negative.")
    if sentences is not None and (sentences["pieces"] > 1).any():
        long = int((sentences["pieces"] > 1).sum())
        parts.append(f"{long} sentence{'s' if long > 1 else ''} longer than {PIECE:,} "
                     f"characters {'were' if long > 1 else 'was'} scored in pieces of at most "
                     f"{PIECE:,} characters (VADER's rules are made for sentences).")
    return " ".join(parts)


# -- towards each actor ---------------------------------------------------------------------
MENTION_COLUMNS = ["article", "actor", "via", "mention", "start", "end", "position", "sentence",
                   "score", "label"]
ACTOR_COLUMNS = ["article", "actor", "mentions", "mean", "ci_low", "ci_high", "share_negative",
                 "share_neutral", "share_positive"]
BOOTSTRAP = 2000
# Past this many mentions of one actor, the interval is the normal one (mean ± 1.96 standard
# errors): the bootstrap's draws would grow with the article, and it gives the same interval.
BOOTSTRAP_MAX_MENTIONS = 300


def target_sentiment(text: str, start: int, end: int) -> float:
    """Sentiment towards the mention ``text[start:end]``, in [-1, 1]: from the words that
    concern it (its clause, the words either side, negation), with quotations belonging to
    their speaker. See :mod:`analysis.targeted`."""
    from .targeted import target_sentiment as score

    return score(text, start, end)


def mention_sentiment(article: Article) -> pd.DataFrame:
    """One row per mention of a person (names, descriptions and pronouns, through the actor
    layer) with the sentiment towards it; columns in the README codebook."""
    from .targeted import CLASSES, polarity, score_mentions

    found = []
    for m in article.actors.person_mentions():
        i = article.sentence_at(m[0])
        if i >= 0:  # inside a sentence, not a heading
            found.append((*m, i))
    proba = score_mentions(article, [(a, b) for a, b, _, _, _ in found])
    scores_ = polarity(proba)
    rows = []
    for (a, b, actor, via, i), p, s in zip(found, proba, scores_, strict=True):
        rows.append({"article": article.id, "actor": actor.name, "via": via,
                     "mention": article.text[a:b], "start": a, "end": b,
                     "position": round(a / max(len(article.text), 1), 4), "sentence": i,
                     "score": round(float(s), 4), "label": CLASSES[int(p.argmax())]})
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def actor_sentiment(mentions: pd.DataFrame, seed: int = 0) -> pd.DataFrame:
    """Per article and actor: number of mentions, mean sentiment towards the actor, a 95%
    bootstrap interval of that mean (``BOOTSTRAP`` resamples, fixed seed: the same numbers on
    every run; past BOOTSTRAP_MAX_MENTIONS mentions, the normal interval of the mean) and the
    shares of negative, neutral and positive mentions. Most mentioned first."""
    import numpy as np

    rng = np.random.default_rng(seed)
    groups: dict[tuple[str, str], list[tuple[float, str]]] = {}
    for article_id, actor, score, lab in zip(mentions["article"], mentions["actor"],
                                             mentions["score"], mentions["label"], strict=True):
        groups.setdefault((article_id, actor), []).append((float(score), lab))
    rows = []
    for (article_id, actor), group in groups.items():
        values = np.array([v for v, _ in group])
        labels = [lab for _, lab in group]
        if len(values) == 1:  # every resample of one value is that value
            low = high = values[0]
        elif len(values) > BOOTSTRAP_MAX_MENTIONS:
            # many mentions: the mean is as near normal as the bootstrap would find it, and
            # the interval costs one pass instead of BOOTSTRAP × mentions draws
            half = 1.96 * values.std(ddof=1) / np.sqrt(len(values))
            low, high = values.mean() - half, values.mean() + half
        else:
            means = rng.choice(values, size=(BOOTSTRAP, len(values))).mean(axis=1)
            low, high = np.quantile(means, [0.025, 0.975])
        rows.append({"article": article_id, "actor": actor, "mentions": len(values),
                     "mean": round(float(values.mean()), 4),
                     "ci_low": round(float(low), 4), "ci_high": round(float(high), 4),
                     **{f"share_{lab}": round(labels.count(lab) / len(labels), 4)
                        for lab in LABELS}})
    table = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
    return table.sort_values(["article", "mentions", "actor"], ascending=[True, False, True],
                             kind="stable").reset_index(drop=True)
