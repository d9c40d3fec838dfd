"""Figures of the quotes notebook: who speaks, with which verbs, and where."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from ..figures import COLORS, counted, empty_figure, legend_patches, speaker_colors
from ..quotes import KINDS

# How figures name the attributions whose speaker phrase names no one (an "I" outside any
# quotation, a place, a pronoun with nobody before it).
NO_SPEAKER = "(no speaker found)"
KIND_COLORS = {"direct": "#4C72B0", "partial": "#8172B3", "indirect": "#CCB974"}
CLASS_COLORS = {"neutral": COLORS["neutral"], "loaded": "#C44E52",
                "belief": "#8172B3"}  # a belief or an intention ("hopes", "wants")


def who_speaks(quotes: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Words attributed to each speaker, split by kind of quote."""
    if quotes.empty:
        return empty_figure("No quotes or attributions found"), pd.DataFrame()
    quotes = with_speaker_labels(quotes)
    data = quotes.pivot_table(index="speaker", columns="kind", values="words", aggfunc="sum",
                              fill_value=0).reindex(columns=list(KINDS), fill_value=0)
    data["total"] = data.sum(axis=1)
    data = data.sort_values("total")
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(data) + 1.5))
    left = pd.Series(0, index=data.index)
    for kind in KINDS:
        ax.barh(data.index, data[kind], left=left, color=KIND_COLORS[kind], label=kind)
        left += data[kind]
    ax.set_xlabel("words attributed (quoted words for direct and partial quotes)")
    ax.legend(loc="lower right", fontsize=8)
    top = data.index[-1]
    if data["total"].sum() == 0:  # attributions whose content has no words
        ax.set_title(f"{counted(len(data), 'speaker')}, no words attributed")
    else:
        share = data.loc[top, "total"] / data["total"].sum()
        # worded so that a plural speaker ("researchers") reads as well as a name
        ax.set_title(f"{share:.0%} of the attributed words go to {top} "
                     f"({counted(len(data), 'speaker')})")
    return fig, data.reset_index()


def with_speaker_labels(quotes: pd.DataFrame) -> pd.DataFrame:
    """The quotes with a missing speaker written as NO_SPEAKER, for drawing."""
    return quotes.assign(speaker=quotes["speaker"].fillna(NO_SPEAKER),
                         source_type=quotes["source_type"].fillna("none"))


def verbs(quotes: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """How often each reporting verb is used: neutral, loaded, or a belief or intention."""
    q = quotes.dropna(subset=["cue_verb"])
    if q.empty:
        return empty_figure("No reporting verbs found"), pd.DataFrame()
    data = (q.groupby(["cue_verb", "verb_class"]).size().rename("attributions").reset_index()
            .sort_values(["attributions", "cue_verb"], ascending=[True, False]))
    fig, ax = plt.subplots(figsize=(8, 0.4 * len(data) + 1.5))
    ax.barh(data["cue_verb"], data["attributions"],
            color=[CLASS_COLORS[c] for c in data["verb_class"]])
    legend_patches(ax, {c: CLASS_COLORS[c] for c in CLASS_COLORS
                        if c in set(data["verb_class"])}, loc="lower right", fontsize=8)
    ax.set_xlabel("attributions")
    ax.xaxis.get_major_locator().set_params(integer=True)
    loaded = (q["verb_class"] == "loaded").sum()
    ax.set_title(f"{loaded} of {counted(len(q), 'attribution')} "
                 f"{'uses' if loaded == 1 else 'use'} a loaded verb")
    return fig, data


def positions(quotes: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Where each speaker's quotes fall in the article, by kind."""
    if quotes.empty:
        return empty_figure("No quotes or attributions found"), pd.DataFrame()
    data = with_speaker_labels(quotes)[["speaker", "kind", "position", "words", "source_type"]]
    order = data.groupby("speaker")["position"].min().sort_values().index.tolist()
    colors = speaker_colors(order)
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(order) + 1.5))
    markers = {"direct": "o", "partial": "D", "indirect": "s"}
    for kind, marker in markers.items():
        part = data[data["kind"] == kind]
        ax.scatter(part["position"] * 100, [order.index(s) for s in part["speaker"]],
                   s=30 + part["words"] * 3, marker=marker, label=kind, alpha=0.85,
                   color=[colors[s] for s in part["speaker"]], edgecolor="#333333", lw=0.5)
    ax.set_yticks(range(len(order)), order)
    ax.invert_yaxis()
    ax.set_xlim(-2, 102)
    ax.set_xlabel("position in the article (% of its length); marker size: words")
    leg = ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=3, fontsize=8)
    for handle in leg.legend_handles:
        handle.set_color("#999999")
        handle.set_sizes([40])
    first = data.sort_values("position").iloc[0]
    ax.set_title(f"The first voice is {first['speaker']} "
                 f"({str(first['source_type']).replace('_', ' ')})")
    data["speaker_order"] = [order.index(s) for s in data["speaker"]]
    return fig, data


GENDER_COLORS = {"female": "#DD8452", "male": "#4C72B0", "unknown": "#BBBBBB"}


def by_gender(people: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """The people quoted by gender, and the words they are given (from
    :func:`analysis.people.people`)."""
    from ..people import share_women

    quoted = people[people["quoted"]]
    if quoted.empty:
        return empty_figure("No named person is quoted"), pd.DataFrame()
    data = (quoted.groupby("gender").agg(people=("name", "size"), words=("words", "sum"))
            .reindex(list(GENDER_COLORS), fill_value=0).reset_index())
    fig, axes = plt.subplots(1, 2, figsize=(10, 2.6))
    for ax, column, label in ((axes[0], "people", "people quoted"),
                              (axes[1], "words", "words attributed to them")):
        ax.barh(data["gender"], data[column], color=[GENDER_COLORS[g] for g in data["gender"]])
        ax.invert_yaxis()
        ax.set_xlabel(label)
        ax.xaxis.get_major_locator().set_params(integer=True)
        for y, value in enumerate(data[column]):
            ax.text(value, y, f" {value}", va="center", fontsize=8)
    s = share_women(people)
    known = s["female"] + s["male"]
    if known == 0:
        title = (f"{counted(s['people'], 'person', 'people')} quoted, "
                 f"{'not' if s['people'] == 1 else 'none'} of known gender")
    else:
        title = (f"{s['female']} of the {counted(known, 'person', 'people')} quoted whose "
                 f"gender is known {'is a woman' if s['female'] == 1 else 'are women'}"
                 + (f" ({s['unknown']} unknown)" if s["unknown"] else ""))
    fig.suptitle(title)
    fig.tight_layout()
    return fig, data
