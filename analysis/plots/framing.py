"""Figures of the framing notebook: source mix, hedges along the article, how actors are
described, and the frame profile."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import pandas as pd

from ..entities import SOURCE_TYPES
from ..figures import counted, empty_figure

TYPE_COLORS = {"named_person": "#4C72B0", "institution": "#55A868", "media": "#8172B3",
               "anonymous": "#C44E52", "unnamed_group": "#CCB974"}


def source_mix(quotes: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Attributions and attributed words by source type."""
    if quotes.empty:
        return empty_figure("No attributions found"), pd.DataFrame()
    data = (quotes.groupby("source_type").agg(attributions=("kind", "size"),
                                              words=("words", "sum"))
            .reindex(list(SOURCE_TYPES), fill_value=0))
    shares = data / data.sum()
    fig, ax = plt.subplots(figsize=(10, 2.6))
    for row, measure in enumerate(["attributions", "words"]):
        left = 0.0
        for stype in SOURCE_TYPES:
            v = shares.loc[stype, measure]
            ax.barh(row, v, left=left, color=TYPE_COLORS[stype],
                    label=stype.replace("_", " ") if row == 0 else None)
            if v >= 0.06:
                ax.text(left + v / 2, row, f"{v:.0%}", ha="center", va="center", color="white",
                        fontsize=8, fontweight="bold")
            left += v
    ax.set_yticks([0, 1], [f"attributions ({int(data['attributions'].sum())})",
                           f"words ({int(data['words'].sum())})"])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.35), ncol=5, fontsize=8)
    anon = shares.loc["anonymous", "attributions"]
    n_anon = int(data.loc["anonymous", "attributions"])
    ax.set_title(f"{n_anon} of {int(data['attributions'].sum())} attributions "
                 f"({anon:.0%}) go to anonymous sources")
    return fig, data.reset_index()


def markers(hedges: pd.DataFrame, no_comment: pd.DataFrame, quotes: pd.DataFrame,
            words: int) -> tuple[plt.Figure, pd.DataFrame]:
    """Hedges, no-comment events and loaded verbs along the article."""
    loaded = quotes[quotes["verb_class"] == "loaded"]
    rows = [hedges.assign(label=hedges["text"]),
            no_comment.assign(label=no_comment["text"]),
            pd.DataFrame({"kind": "loaded_verb", "position": loaded["position"],
                          "label": loaded["cue_verb"]})]
    data = pd.concat([r[["kind", "position", "label"]] for r in rows], ignore_index=True)
    lanes = {"hedge": 0, "no_comment": 1, "loaded_verb": 2}
    colors = {"hedge": "#DD8452", "no_comment": "#8C8C8C", "loaded_verb": "#C44E52"}
    fig, ax = plt.subplots(figsize=(10, 2.8))
    for kind, lane in lanes.items():
        part = data[data["kind"] == kind]
        ax.scatter(part["position"] * 100, [lane] * len(part), s=60, color=colors[kind],
                   zorder=3)
        for i, (x, lab) in enumerate(zip(part["position"], part["label"], strict=True)):
            ax.annotate(textwrap.shorten(str(lab), 22), (x * 100, lane),
                        xytext=(0, 8 if i % 2 == 0 else -14), textcoords="offset points",
                        ha="center", fontsize=7)
    ax.set_yticks(list(lanes.values()), ["hedges", "no comment", "loaded verbs"])
    ax.set_ylim(2.6, -0.6)
    ax.set_xlim(-2, 102)
    ax.set_xlabel("position in the article (% of its length)")
    n = len(hedges)
    ax.set_title(f"{counted(n, 'hedge')} ({1000 * n / max(words, 1):.1f} per 1,000 words), "
                 f"{counted(len(no_comment), 'no-comment event')}, "
                 f"{counted(len(loaded), 'loaded verb')}")
    return fig, data


def descriptions(desc: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """The labels each actor gets, as a table figure: those the article itself ties to the
    person (:func:`analysis.descriptions.confirmed`), so that "labelled N ways" counts no
    description resolved by nearness alone."""
    from ..descriptions import confirmed

    if "kind" in desc:
        desc = confirmed(desc)
    if desc.empty:
        return empty_figure("No titled or described actors found"), pd.DataFrame()
    data = desc.groupby("actor")["description"].apply(lambda s: list(dict.fromkeys(s)))
    data = data.reset_index()
    lines = sum(len(d) for d in data["description"]) + len(data)
    fig, ax = plt.subplots(figsize=(10, 0.32 * lines + 0.8))
    ax.axis("off")
    y = 1.0
    step = 1.0 / max(lines, 1)
    for actor, labels in zip(data["actor"], data["description"], strict=True):
        ax.text(0, y, actor, fontweight="bold", fontsize=10, va="top")
        y -= step
        for lab in labels:
            ax.text(0.04, y, f"“{lab}”", fontsize=9, va="top", color="#333333")
            y -= step
    most = data.assign(n=data["description"].map(len)).sort_values("n").iloc[-1]
    ax.set_title(f"{most['actor']} is labelled {most['n']} way"
                 f"{'s' if most['n'] != 1 else ''}")
    data["description"] = data["description"].map(" | ".join)
    return fig, data


def frame_profile(frames: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Frame scores for the article (hits per 100 words), strongest first."""
    data = frames.sort_values("score")
    fig, ax = plt.subplots(figsize=(10, 5))
    ax.barh(data["frame"], data["score"], color="#4C72B0")
    ax.set_xlabel("frame words per 100 words")
    ax.set_title(_frame_finding(data))
    return fig, data


def _frame_finding(data: pd.DataFrame) -> str:
    from ..claims import leader, tied

    scores = dict(zip(data["frame"], data["score"], strict=True))
    best = max(scores.values(), default=0)
    if not best:
        return "No frame words found"
    lead = leader(scores)
    if lead is None:
        return f"Tied: {' and '.join(tied(scores))} lead ({best:.1f} per 100 words each)"
    return f"The strongest frame is {lead} ({best:.1f} per 100 words)"
