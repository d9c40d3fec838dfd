"""What each figure of an article shows, said for that article: the caption under a figure
in the notebooks and the gallery. The title is the finding; the caption says what is drawn
and what it rests on here ("9 speakers, 64 words attributed; 3 of them anonymous"), from the
same table the figure draws (the CSV saved beside it), so the two never disagree.

:func:`caption` takes the figure's slug (as the notebooks name it) and its data table; a slug
it does not know, or a table with no rows, gets the general description alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from .claims import counted

# What every figure draws, whatever the article.
GENERAL = {
    "who-speaks": "Words attributed to each speaker, by kind of quote.",
    "gender": "People quoted by gender, and the words attributed to them.",
    "verbs": "Reporting verbs, neutral against loaded.",
    "positions": "Where each speaker's quotes fall in the article.",
    "source-mix": "Attributions and attributed words by type of source.",
    "markers": "Hedges, no-comment events and loaded reporting verbs by position.",
    "descriptions": "The titles and descriptions each person gets.",
    "frames": "Frame words per 100 words, by Policy Frames Codebook dimension.",
    "arc": "Sentence tone (VADER compound) in reading order, quoted speech vs narration, "
           "with a 5-sentence rolling mean.",
    "voices": "Tone of the reporter's narration against quoted speech: per-sentence scores "
              "and the label mix.",
    "extremes": "The three most negative and three most positive sentences, by VADER "
                "compound.",
    "actors": "Sentiment towards each person named: every mention's score and the mean "
              "with a 95% bootstrap interval.",
}


def caption(slug: str, data: pd.DataFrame) -> str:
    """The general description of figure ``slug`` and what it rests on in this article."""
    general = GENERAL.get(slug, "")
    specific = _SPECIFIC.get(slug)
    if specific is None or data is None or data.empty:
        return general
    try:
        here = specific(data)
    except (KeyError, ValueError, TypeError):  # a table of another shape: say the general
        return general
    return f"{general} Here: {here}." if here else general


def _total(data: pd.DataFrame, column: str) -> int:
    return int(pd.to_numeric(data[column], errors="coerce").fillna(0).sum())


def _who_speaks(d: pd.DataFrame) -> str:
    return f"{counted(len(d), 'speaker')}, {counted(_total(d, 'total'), 'word')} attributed"


def _gender(d: pd.DataFrame) -> str:
    people = {g: int(n) for g, n in zip(d["gender"], d["people"], strict=True)}
    return (f"{counted(sum(people.values()), 'person', 'people')} quoted: "
            f"{people.get('female', 0)} women, {people.get('male', 0)} men, "
            f"{people.get('unknown', 0)} of unknown gender")


def _verbs(d: pd.DataFrame) -> str:
    by_class = d.groupby("verb_class")["attributions"].sum()
    parts = [f"{int(n)} {c}" for c, n in by_class.sort_values(ascending=False).items()]
    return (f"{counted(_total(d, 'attributions'), 'attribution')} with a reporting verb "
            f"({', '.join(parts)}), {counted(d['cue_verb'].nunique(), 'verb')}")


def _positions(d: pd.DataFrame) -> str:
    return (f"{counted(len(d), 'attribution')} from "
            f"{counted(d['speaker'].nunique(), 'speaker')}")


def _source_mix(d: pd.DataFrame) -> str:
    n = _total(d, "attributions")
    named = d.loc[d["attributions"] > 0, "source_type"].str.replace("_", " ").tolist()
    return f"{counted(n, 'attribution')}, from {', '.join(named) or 'no source type'}"


def _markers(d: pd.DataFrame) -> str:
    kinds = d["kind"].value_counts() if "kind" in d else pd.Series(dtype=int)
    return ", ".join(f"{int(n)} × {k.replace('_', ' ')}" for k, n in kinds.items())


def _descriptions(d: pd.DataFrame) -> str:
    labels = sum(len(str(x).split(" | ")) for x in d["description"])
    return f"{counted(len(d), 'person', 'people')}, {counted(labels, 'label')}"


def _frames(d: pd.DataFrame) -> str:
    hit = d[d["hits"] > 0]
    return (f"{counted(_total(d, 'hits'), 'frame word')} in "
            f"{counted(len(hit), 'dimension')} of {len(d)}")


def _arc(d: pd.DataFrame) -> str:
    body = d[~d["is_heading"].astype(bool)] if "is_heading" in d else d
    voices = body["voice"].value_counts()
    return (f"{counted(len(body), 'sentence')}: {int(voices.get('narration', 0))} of "
            f"narration, {int(voices.get('quote', 0))} quoted")


def _voices(d: pd.DataFrame) -> str:
    return ", ".join(f"{counted(int(n), 'sentence')} of {v}"
                     for v, n in zip(d["voice"], d["sentences"], strict=True))


def _extremes(d: pd.DataFrame) -> str:
    return (f"{counted(len(d), 'sentence')}, compound from {d['compound'].min():+.2f} to "
            f"{d['compound'].max():+.2f}")


def _actors(d: pd.DataFrame) -> str:
    return (f"{counted(len(d), 'person', 'people')}, "
            f"{counted(_total(d, 'mentions'), 'mention')} scored")


_SPECIFIC: dict[str, Callable[[pd.DataFrame], str]] = {
    "who-speaks": _who_speaks, "gender": _gender, "verbs": _verbs, "positions": _positions,
    "source-mix": _source_mix, "markers": _markers, "descriptions": _descriptions,
    "frames": _frames, "arc": _arc, "voices": _voices, "extremes": _extremes,
    "actors": _actors,
}
