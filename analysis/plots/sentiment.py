"""Figures of the sentence-sentiment notebook."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from ..figures import COLORS
from ..sentiment import LABELS, NEGATIVE, POSITIVE, VOICES


def _signed(x: float) -> str:
    return f"{x:+.2f}".replace("-", "−")


def arc(sentences: pd.DataFrame, window: int = 5) -> tuple[plt.Figure, pd.DataFrame]:
    """Compound per sentence in reading order, quoted vs narration, a rolling mean, paragraph
    boundaries (thin lines) and headings (labelled)."""
    data = sentences[["position", "paragraph", "is_heading", "voice", "compound", "text"]].copy()
    data["rolling_mean"] = data["compound"].rolling(window, center=True, min_periods=1).mean()
    fig, ax = plt.subplots(figsize=(10, 4.2))
    ax.axhspan(NEGATIVE, POSITIVE, color=COLORS["neutral"], alpha=0.12, lw=0)
    for pos in data.loc[data["paragraph"].diff().fillna(0) != 0, "position"]:
        ax.axvline(pos - 0.5, color="#BBBBBB", lw=0.6, zorder=0)
    for _, row in data[data["is_heading"]].iterrows():
        ax.axvline(row["position"], color="#555555", lw=1, ls="--", zorder=0)
        ax.text(row["position"] + 0.15, 0.97, textwrap.shorten(row["text"], 28), rotation=90,
                va="top", ha="left", fontsize=7, color="#555555",
                transform=ax.get_xaxis_transform())
    ax.vlines(data["position"], 0, data["compound"], color="#CCCCCC", lw=0.8, zorder=1)
    body = data[~data["is_heading"]]
    for voice in VOICES:
        part = body[body["voice"] == voice]
        ax.scatter(part["position"], part["compound"], s=36, color=COLORS[voice],
                   label=f"{voice} ({len(part)})", zorder=3, edgecolor="white", lw=0.5)
    ax.plot(data["position"], data["rolling_mean"], color=COLORS["rolling"], lw=1.6,
            label=f"rolling mean ({window} sentences)", zorder=2)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlim(-0.8, max(len(data) - 0.2, 1))
    ax.set_xlabel("sentence, in reading order (thin lines: paragraph breaks)")
    ax.set_ylabel("VADER compound (−1 to +1)")
    ax.legend(loc="lower left", fontsize=8, frameon=True, ncol=3)
    ax.set_title(_arc_finding(body))
    return fig, data


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
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.6), width_ratios=[1.3, 1])
    # a swarm, not a strip: seaborn's strip jitter draws from numpy's global random state,
    # which would make the figure's bytes differ from run to run
    sns.swarmplot(data=body, x="compound", y="voice", order=list(VOICES), hue="voice",
                  palette=COLORS, ax=left, size=5, legend=False)
    for i, voice in enumerate(VOICES):
        m = means.loc[voice, "mean"]
        if pd.notna(m):
            left.plot([m, m], [i - 0.3, i + 0.3], color=COLORS["rolling"], lw=2.5)
    left.axvspan(NEGATIVE, POSITIVE, color=COLORS["neutral"], alpha=0.12, lw=0)
    left.set_xlim(-1.05, 1.05)
    left.set_xlabel("VADER compound per sentence (bar: mean)")
    left.set_ylabel("")
    left.set_yticks(range(len(VOICES)),
                    [f"{v}\n({means.loc[v, 'count']} sentences)" for v in VOICES])
    bottom = pd.Series(0.0, index=mix.index)
    rows = range(len(VOICES))
    for lab in LABELS:
        right.barh(rows, mix[lab].to_numpy(), left=bottom.to_numpy(), color=COLORS[lab],
                   label=lab, height=0.6)
        bottom += mix[lab]
    right.set_ylim(left.get_ylim())  # same rows, same order as the left panel
    right.set_xlim(0, 1)
    right.set_xlabel("share of sentences")
    right.set_yticks(range(len(VOICES)), ["", ""])
    right.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=3, fontsize=8)
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


def extremes(table: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """The most negative and most positive sentences as labelled bars."""
    data = table.sort_values("compound").reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(10, 0.55 * max(len(data), 1) + 1.2))
    colors = [COLORS["negative"] if c <= NEGATIVE else COLORS["positive"] if c >= POSITIVE
              else COLORS["neutral"] for c in data["compound"]]
    ax.barh(range(len(data)), data["compound"], color=colors)
    ax.set_yticks(range(len(data)),
                  [textwrap.shorten(t, 95) for t in data["text"]], fontsize=7.5)
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
