"""What a story rests on: its sources (from the quote records), hedges and evidentials, and
no-comment events.

Sources are not re-detected here: each row groups the attributions of one canonical speaker
from :func:`analysis.quotes.quotes_frame`. Hedges and no-comment phrases are regular
expressions kept as data (``resources/hedges.txt``, ``resources/no_comment.txt``).
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from .entities import outlet_pattern
from .loaders import Article
from .text import words
from .wordlists import read_word_list

ON_RECORD = {"named_person", "institution", "media"}
SOURCE_COLUMNS = ["article", "speaker", "source_type", "gender", "on_record", "via",
                  "attributions",
                  "words", "first_position"]
MARKER_COLUMNS = ["article", "kind", "text", "start", "end", "position"]


@cache
def _patterns(name: str) -> re.Pattern:
    alternatives = "|".join(f"(?:{p})" for p in read_word_list(name))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def _via(article: Article, row) -> str | None:
    """The outlet that relays a source: "sources cited by the Miami Herald", "sources ...
    told the Wall Street Journal", "according to the Post's sources"."""
    outlet_re = outlet_pattern()
    # pandas stores a missing mention (a quote that continues the last speaker's) as NaN
    pieces = [row.speaker_mention if isinstance(row.speaker_mention, str) else ""]
    if row.cue_verb in {"tell", "according to"} and row.cue:
        cue_end = row.cue[-1][1]
        pieces.append(article.text[cue_end:row.content[0][0]][:80])
    for piece in pieces:
        m = outlet_re.search(piece)
        if m and row.source_type != "media":
            return m.group().removeprefix("the ").removeprefix("The ")
    return None


def sources(article: Article, quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per source (canonical speaker) of the article."""
    from collections import Counter

    groups: dict[str, list] = {}
    for r in quotes.itertuples():
        if isinstance(r.speaker, str):  # an attribution with no speaker found is no source
            groups.setdefault(r.speaker, []).append(r)
    genders = {a.name: a.gender for a in article.actors.actors if a.kind == "person"}
    rows = []
    for speaker, group in groups.items():
        counts = Counter(r.source_type for r in group)
        top = max(counts.values())
        stype = min(t for t, n in counts.items() if n == top)  # ties: as pandas' mode does
        via = next((v for v in (_via(article, r) for r in group) if v), None)
        rows.append({"article": article.id, "speaker": speaker, "source_type": stype,
                     "gender": genders.get(speaker) if stype == "named_person" else None,
                     "on_record": stype in ON_RECORD, "via": via,
                     "attributions": len(group), "words": int(sum(r.words for r in group)),
                     "first_position": float(min(r.position for r in group))})
    return (pd.DataFrame(rows, columns=SOURCE_COLUMNS)
            .sort_values("first_position", kind="stable").reset_index(drop=True))


def _markers(article: Article, name: str, kind: str) -> pd.DataFrame:
    rows = [{"article": article.id, "kind": kind, "text": m.group().strip(), "start": m.start(),
             "end": m.start() + len(m.group().rstrip()),
             "position": round(m.start() / max(len(article.text), 1), 4)}
            for m in _patterns(name).finditer(article.text)]
    return pd.DataFrame(rows, columns=MARKER_COLUMNS)


def hedges(article: Article) -> pd.DataFrame:
    """Every hedge or evidential ("reportedly", "is believed to", "sources say")."""
    return _markers(article, "hedges.txt", "hedge")


def no_comment(article: Article) -> pd.DataFrame:
    """Every no-comment event ("declined to comment", "did not respond to inquiries")."""
    return _markers(article, "no_comment.txt", "no_comment")


def summary(article: Article, quotes: pd.DataFrame, src: pd.DataFrame) -> pd.DataFrame:
    """One row for the article: how much of it rests on whom, from its quotes table and its
    :func:`sources` table."""
    n = len(quotes)
    types = quotes["source_type"].value_counts() if n else pd.Series(dtype=int)
    relayed = int(src.loc[src["via"].notna(), "attributions"].sum()) if len(src) else 0
    n_words = max(len(words(article.text)), 1)
    n_hedges = len(hedges(article))
    return pd.DataFrame([{
        "article": article.id, "attributions": n, "sources": len(src),
        "share_anonymous": types.get("anonymous", 0) / n if n else float("nan"),
        "share_unnamed": (types.get("anonymous", 0) + types.get("unnamed_group", 0)) / n
        if n else float("nan"),
        "share_named": types.get("named_person", 0) / n if n else float("nan"),
        "share_relayed": relayed / n if n else float("nan"),
        "loaded_verbs": int((quotes["verb_class"] == "loaded").sum()) if n else 0,
        "hedges": n_hedges,
        "hedges_per_1000_words": round(1000 * n_hedges / n_words, 2),
        "no_comment": len(no_comment(article)),
        "words": n_words,
    }])


def describe(overview: pd.DataFrame) -> str:
    """A plain-words paragraph from :func:`summary`."""
    r = overview.iloc[0]
    if not r["attributions"]:
        return (f"No attributions found. {r['hedges']} hedges, {r['no_comment']} no-comment "
                "events.")
    return (f"{r['attributions']} attributions to {r['sources']} sources: "
            f"{r['share_anonymous']:.0%} to anonymous sources, {r['share_named']:.0%} to named "
            f"people, {r['share_relayed']:.0%} relayed through another outlet. "
            f"{r['hedges']} hedges ({r['hedges_per_1000_words']} per 1,000 words), "
            f"{r['no_comment']} no-comment events, {r['loaded_verbs']} loaded reporting verbs.")
