"""Figures of the sentence-sentiment notebook."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import pandas as pd

from ..figures import COLORS, counted
from ..sentiment import LABELS, NEGATIVE, POSITIVE, VOICES


def _signed(x: float) -> str:
    return f"{x:+.2f}".replace("-", "−")


def arc(sentences: pd.DataFrame, window: int = 5) -> tuple[plt.Figure, pd.DataFrame]:
    """Compound per sentence in reading order, quoted vs narration, a rolling mean, paragraph
    breaks (short ticks on the bottom edge, never full-height lines that read as a grid) and
    headings (labelled). A long article gets smaller dots and no stems, so that two hundred
    sentences stay readable."""
    data = sentences[["position", "paragraph", "is_heading", "voice", "compound", "text"]].copy()
    data["rolling_mean"] = data["compound"].rolling(window, center=True, min_periods=1).mean()
    fig, ax = plt.subplots(figsize=(10, 4.2))
    ax.axhspan(NEGATIVE, POSITIVE, color=COLORS["neutral"], alpha=0.12, lw=0)
    breaks = data.loc[data["paragraph"].diff().fillna(0) != 0, "position"] - 0.5
    ax.vlines(breaks, 0, 0.035, color="#777777", lw=0.9, zorder=1,
              transform=ax.get_xaxis_transform())
    for _, row in data[data["is_heading"]].iterrows():
        ax.axvline(row["position"], color="#555555", lw=1, ls="--", zorder=0)
        ax.text(row["position"] + 0.15, 0.97, textwrap.shorten(row["text"], 28), rotation=90,
                va="top", ha="left", fontsize=7, color="#555555",
                transform=ax.get_xaxis_transform())
    long = len(data) > LONG_ARC
    if not long:
        ax.vlines(data["position"], 0, data["compound"], color="#CCCCCC", lw=0.8, zorder=1)
    body = data[~data["is_heading"]]
    size = max(6.0, min(36.0, 36.0 * LONG_ARC / max(len(data), 1)))
    for voice in VOICES:
        part = body[body["voice"] == voice]
        if part.empty:
            continue
        ax.scatter(part["position"], part["compound"], s=size, color=COLORS[voice],
                   label=f"{voice} ({len(part)})", zorder=3, edgecolor="white",
                   lw=0.3 if long else 0.5)
    ax.plot(data["position"], data["rolling_mean"], color=COLORS["rolling"], lw=1.6,
            label=f"rolling mean ({window} sentences)", zorder=2)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlim(-0.8, max(len(data) - 0.2, 1))
    ax.set_xlabel("sentence, in reading order (ticks on the bottom edge: paragraph breaks)")
    ax.set_ylabel("VADER compound (−1 to +1)")
    ax.legend(loc="lower left", fontsize=8, frameon=True, ncol=3)
    ax.set_title(_arc_finding(body))
    return fig, data


LONG_ARC = 80  # sentences: past this the arc draws smaller dots and no stems


def _arc_finding(body: pd.DataFrame) -> str:
    if body.empty:
        return "No sentences to score"
    n = len(body)
    half = max(n // 2, 1)
    first, second = body["compound"].iloc[:half].mean(), body["compound"].iloc[half:].mean()
    neg = (body["compound"] <= NEGATIVE).sum()
    trend = ""
    if n >= 4 and abs(second - first) >= 0.1:
        trend = f"; tone {'darkens' if second < first else 'lifts'} in the second half " \
                f"({_signed(first)} → {_signed(second)})"
    return f"{neg} of {n} sentences read negative{trend}"


def voices(sentences: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Narration vs quoted speech: each sentence's compound, the mean, and the label mix."""
    body = sentences[~sentences["is_heading"]]
    mix = (body.groupby("voice")["label"].value_counts(normalize=True).rename("share")
           .reset_index())
    mix = mix.pivot(index="voice", columns="label", values="share")
    mix = mix.reindex(index=list(VOICES), columns=list(LABELS)).fillna(0.0)
    means = body.groupby("voice")["compound"].agg(["mean", "count"]).reindex(list(VOICES))
    means["count"] = means["count"].fillna(0).astype(int)
    shown = [v for v in VOICES if means.loc[v, "count"]] or list(VOICES)  # no empty rows
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 1.6 + 1.2 * len(shown)),
                                      width_ratios=[1.3, 1])
    # a strip with jitter from a seeded generator (seaborn's strip draws from numpy's global
    # random state, which would change the figure's bytes from run to run; a swarm cannot
    # place hundreds of sentences of the same score)
    import numpy as np

    rng = np.random.default_rng(0)
    dot = 28.0 if len(body) <= 80 else max(6.0, 28.0 * 80 / len(body))
    for i, voice in enumerate(shown):
        part = body.loc[body["voice"] == voice, "compound"]
        left.scatter(part, i + rng.uniform(-0.25, 0.25, len(part)), s=dot,
                     color=COLORS[voice], edgecolor="white", lw=0.3, zorder=2)
    left.set_ylim(len(shown) - 0.5, -0.5)  # the first voice on top
    for i, voice in enumerate(shown):
        m = means.loc[voice, "mean"]
        if pd.notna(m):
            left.plot([m, m], [i - 0.3, i + 0.3], color=COLORS["rolling"], lw=2.5)
    left.axvspan(NEGATIVE, POSITIVE, color=COLORS["neutral"], alpha=0.12, lw=0)
    left.set_xlim(-1.05, 1.05)
    left.set_xlabel("VADER compound per sentence (bar: mean)")
    left.set_ylabel("")
    left.set_yticks(range(len(shown)),
                    [f"{v}\n({counted(means.loc[v, 'count'], 'sentence')})" for v in shown])
    bottom = pd.Series(0.0, index=shown)
    rows = range(len(shown))
    for lab in LABELS:
        right.barh(rows, mix.loc[shown, lab].to_numpy(), left=bottom.to_numpy(),
                   color=COLORS[lab], label=lab, height=0.6)
        bottom += mix.loc[shown, lab]
    right.set_ylim(left.get_ylim())  # same rows, same order as the left panel
    right.set_xlim(0, 1)
    right.set_xlabel("share of sentences")
    right.set_yticks(range(len(shown)), [""] * len(shown))
    right.legend(loc="upper center", bbox_to_anchor=(0.5, -0.44 / len(shown)), ncol=3,
                 fontsize=8)
    fig.suptitle(_voices_finding(means, body), x=0.01, ha="left", fontweight="bold",
                 fontsize=12)
    data = means.rename(columns={"mean": "mean_compound", "count": "sentences"}).join(mix)
    return fig, data.reset_index()


def _voices_finding(means: pd.DataFrame, body: pd.DataFrame) -> str:
    from ..claims import MIN_GROUP, intervals_differ, mean_interval

    q, n = means.loc["quote", "mean"], means.loc["narration", "mean"]
    nq, nn = int(means.loc["quote", "count"]), int(means.loc["narration", "count"])
    if pd.isna(q):
        return f"No sentence is mostly quoted speech; narration averages {_signed(n)}"
    if pd.isna(n):
        return f"Every sentence is mostly quoted speech; it averages {_signed(q)}"
    if min(nq, nn) < MIN_GROUP:
        return (f"Too few sentences to compare quoted speech ({_signed(q)}, {nq}) with "
                f"narration ({_signed(n)}, {nn})")
    _, *qi = mean_interval(body.loc[body["voice"] == "quote", "compound"])
    _, *ni = mean_interval(body.loc[body["voice"] == "narration", "compound"])
    if not intervals_differ(tuple(qi), tuple(ni)):
        return (f"No clear difference in tone between quoted speech ({_signed(q)}, {nq} "
                f"sentences) and narration ({_signed(n)}, {nn})")
    word = "more negative" if q < n else "more positive"
    return (f"Quoted speech is {word} than the narration ({_signed(q)} vs {_signed(n)}; "
            f"{nq} and {nn} sentences)")


def _sentence_label(text: str, width: int = 60, lines: int = 3) -> str:
    wrapped = textwrap.wrap(" ".join(text.split()), width, break_long_words=True)
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = textwrap.shorten(wrapped[-1] + " …", width, placeholder=" …")
    return "\n".join(wrapped)


def extremes(table: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """The most negative and most positive sentences as labelled bars."""
    data = table.sort_values("compound").reset_index(drop=True)
    labels = [_sentence_label(t) for t in data["text"]]
    lines = sum(max(1, lab.count("\n") + 1) for lab in labels)
    fig, ax = plt.subplots(figsize=(12, 0.2 * lines + 0.25 * max(len(data), 1) + 1.2))
    colors = [COLORS["negative"] if c <= NEGATIVE else COLORS["positive"] if c >= POSITIVE
              else COLORS["neutral"] for c in data["compound"]]
    ax.barh(range(len(data)), data["compound"], color=colors)
    # readable labels: the sentence wrapped at 60 characters, at most three lines
    ax.set_yticks(range(len(data)), labels, fontsize=9)
    ax.axvline(0, color="#555555", lw=0.8)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("VADER compound (−1 to +1)")
    if data.empty:
        ax.set_title("No sentences to rank")
    else:
        lo = data.iloc[0]
        ax.set_title(f"Most negative sentence ({_signed(lo['compound'])}) is "
                     f"{'quoted speech' if lo['voice'] == 'quote' else 'narration'}")
    return fig, data


def actors(table: pd.DataFrame, mentions: pd.DataFrame,
           top: int = 8) -> tuple[plt.Figure, pd.DataFrame]:
    """Sentiment towards each actor: every mention's score (dots), the mean and its 95%
    bootstrap interval (bar), most mentioned actors first."""
    data = table.head(top).reset_index(drop=True)
    names = list(data["actor"])
    fig, ax = plt.subplots(figsize=(10, 0.6 * max(len(names), 1) + 1.6))
    ax.axvspan(NEGATIVE, POSITIVE, color=COLORS["neutral"], alpha=0.12, lw=0)
    ax.axvline(0, color="#888888", lw=0.8)
    dots = mentions[mentions["actor"].isin(names)]
    for i, name in enumerate(names):
        part = dots[dots["actor"] == name]
        # fixed offsets by order of mention, not random jitter: the same picture every run
        offsets = ((pd.Series(range(len(part))) % 5) - 2) * 0.06
        ax.scatter(part["score"], i + offsets.to_numpy(),
                   c=[COLORS[lab] for lab in part["label"]], s=18, alpha=0.55, lw=0)
        row = data.iloc[i]
        ax.plot([row["ci_low"], row["ci_high"]], [i, i], color=COLORS["rolling"], lw=2.5)
        ax.scatter([row["mean"]], [i], color=COLORS["rolling"], s=60, zorder=3,
                   edgecolor="white")
    ax.set_yticks(range(len(names)),
                  [f"{n}\n({m} mention{'s' if m != 1 else ''})"
                   for n, m in zip(names, data["mentions"], strict=True)])
    ax.invert_yaxis()
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("sentiment towards the actor (−1 to +1; dots: mentions, "
                  "bar: mean with 95% bootstrap interval)")
    ax.set_title(_actors_finding(data))
    return fig, data


def _actors_finding(data: pd.DataFrame) -> str:
    if data.empty:
        return "No person is named"
    # three mentions at least: one mention's interval is a point, not evidence
    clear = data[(data["mentions"] >= 3) & ((data["ci_high"] < 0) | (data["ci_low"] > 0))]
    if clear.empty:
        lead = data.iloc[0]
        return (f"No actor is treated clearly negatively or positively; {lead['actor']} "
                f"averages {_signed(lead['mean'])} over {lead['mentions']} mentions")
    row = clear.iloc[0]
    tone = "negatively" if row["mean"] < 0 else "positively"
    return (f"{row['actor']} is treated {tone} ({_signed(row['mean'])} over "
            f"{row['mentions']} mentions, 95% interval {_signed(row['ci_low'])} to "
            f"{_signed(row['ci_high'])})")
