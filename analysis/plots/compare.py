"""Figures of the comparison notebook: several articles side by side."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from ..entities import SOURCE_TYPES
from ..figures import COLORS, empty_figure, speaker_colors, wrapped
from ..sentiment import NEGATIVE, POSITIVE
from .framing import TYPE_COLORS


def _signed(x: float) -> str:
    return f"{x:+.2f}".replace("-", "−")


def _short(label: str, width: int = 28) -> str:
    return "\n".join(textwrap.wrap(label, width)) or label


def tone(summaries: pd.DataFrame, actors: pd.DataFrame, labels: dict[str, str],
         top: int = 4) -> tuple[plt.Figure, pd.DataFrame]:
    """Left: each article's mean sentence tone, narration and quotes. Right: the sentiment
    towards the people the articles share (named in half of them or more, at least two; the
    ``top`` most mentioned), mean and 95% interval per article."""
    order = list(labels)
    counts = actors.groupby("actor")["article"].nunique()
    enough = max(2, -(-len(order) // 2))
    shared = [a for a in actors.groupby("actor")["mentions"].sum()
              .sort_values(ascending=False, kind="stable").index
              if counts[a] >= enough][:top]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 0.9 * max(len(order), 2) + 2.2),
                                      width_ratios=[1, 1.3])
    tone_data = summaries[summaries["voice"].isin(["narration", "quote"])]
    for k, voice in enumerate(("narration", "quote")):
        part = tone_data[tone_data["voice"] == voice].set_index("article").reindex(order)
        left.barh([i + (k - 0.5) * 0.38 for i in range(len(order))],
                  part["mean_compound"].fillna(0), height=0.36, color=COLORS[voice],
                  label=voice)
    left.set_yticks(range(len(order)), [_short(labels[a]) for a in order])
    left.invert_yaxis()
    left.axvline(0, color="#888888", lw=0.8)
    left.set_xlim(-1, 1)
    left.set_xlabel("mean VADER compound of sentences")
    left.legend(fontsize=8, loc="lower right")
    left.set_title("Sentence tone", fontsize=10)
    palette = speaker_colors(shared)
    for k, actor in enumerate(shared):
        part = actors[actors["actor"] == actor].set_index("article").reindex(order)
        ys = [i + (k - (len(shared) - 1) / 2) * 0.18 for i in range(len(order))]
        right.errorbar(part["mean"], ys,
                       xerr=[part["mean"] - part["ci_low"], part["ci_high"] - part["mean"]],
                       fmt="o", color=palette[actor], label=actor, capsize=3)
    right.axvspan(NEGATIVE, POSITIVE, color=COLORS["neutral"], alpha=0.12, lw=0)
    right.axvline(0, color="#888888", lw=0.8)
    right.set_yticks(range(len(order)), ["" for _ in order])
    right.set_ylim(left.get_ylim())
    right.set_xlim(-1.05, 1.05)
    right.set_xlabel("sentiment towards the actor (mean, 95% interval)")
    right.set_title("Towards the actors they share", fontsize=10)
    if shared:
        right.legend(fontsize=8, loc="lower right")
    else:  # say so where the dots would be, not an empty panel
        right.set_xticks([])
        right.text(0.5, 0.5, "no person is named in\nhalf of the articles or more",
                   ha="center", va="center", color="#666666", transform=right.transAxes)
    fig.suptitle(_tone_finding(actors, shared, order, labels), x=0.01, ha="left",
                 fontweight="bold", fontsize=12)
    data = actors[actors["actor"].isin(shared)].merge(
        tone_data.pivot(index="article", columns="voice", values="mean_compound")
        .add_prefix("mean_compound_").reset_index(), on="article", how="left")
    return fig, data.reset_index(drop=True)


def _tone_finding(actors: pd.DataFrame, shared: list[str], order: list[str],
                  labels: dict[str, str]) -> str:
    if not shared:
        return "No person is named in half of the articles or more"
    spreads = []
    for actor in shared:
        part = actors[actors["actor"] == actor].set_index("article").reindex(order)["mean"]
        spreads.append((part.max() - part.min(), actor, part))
    spread, actor, part = max(spreads, key=lambda x: x[0])
    if spread < 0.1:
        return "The articles treat the actors they share alike"
    from ..claims import intervals_differ

    lo, hi = part.idxmin(), part.idxmax()
    rows = actors[actors["actor"] == actor].set_index("article")
    if not intervals_differ((rows.loc[lo, "ci_low"], rows.loc[lo, "ci_high"]),
                            (rows.loc[hi, "ci_low"], rows.loc[hi, "ci_high"])):
        return (f"No clear difference in how the articles treat {actor}: "
                f"{_signed(part[lo])} to {_signed(part[hi])}, 95% intervals overlap")
    return (f"{actor} fares worse in {textwrap.shorten(labels[lo], 30)} "
            f"({_signed(part[lo])}) than in {textwrap.shorten(labels[hi], 30)} "
            f"({_signed(part[hi])}); 95% intervals apart")


def sourcing(quotes: pd.DataFrame, summaries: pd.DataFrame,
             labels: dict[str, str]) -> tuple[plt.Figure, pd.DataFrame]:
    """Source mix by type (share of attributions) per article, anonymous share in the title."""
    order = list(labels)
    if quotes.empty:
        return empty_figure("No attributions in any article"), pd.DataFrame()
    mix = (quotes.groupby(["article", "source_type"]).size().unstack(fill_value=0)
           .reindex(index=order, columns=list(SOURCE_TYPES), fill_value=0))
    shares = mix.div(mix.sum(axis=1).replace(0, 1), axis=0)
    fig, ax = plt.subplots(figsize=(10, 0.7 * len(order) + 1.8))
    left = pd.Series(0.0, index=order)
    for stype in SOURCE_TYPES:
        ax.barh(range(len(order)), shares[stype], left=left, color=TYPE_COLORS[stype],
                label=stype.replace("_", " "), height=0.6)
        left += shares[stype]
    for i, a in enumerate(order):
        ax.text(1.01, i, f"{int(mix.loc[a].sum())} attributions", va="center", fontsize=8,
                transform=ax.get_yaxis_transform())
    ax.set_yticks(range(len(order)), [_short(labels[a]) for a in order])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of attributions, by source type")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.3), ncol=5, fontsize=8)
    anon = summaries.set_index("article").reindex(order)["share_anonymous"]
    if anon.notna().any() and anon.max() > 0:
        hi = anon.idxmax()
        lo = anon.idxmin()
        title = (f"{textwrap.shorten(labels[hi], 35)} rests on anonymous sources for "
                 f"{anon[hi]:.0%} of its attributions; "
                 f"{textwrap.shorten(labels[lo], 35)} for {anon[lo]:.0%}")
    else:
        title = "No article cites anonymous sources"
    ax.set_title(title)
    data = shares.add_prefix("share_").join(mix.sum(axis=1).rename("attributions"))
    return fig, data.reset_index()


def share_of_voice(quotes: pd.DataFrame, labels: dict[str, str],
                   top: int = 6) -> tuple[plt.Figure, pd.DataFrame]:
    """Each speaker's share of the quoted and reported words, per article (top speakers
    across the set; the rest as "others")."""
    order = list(labels)
    if quotes.empty or quotes["words"].sum() == 0:
        return empty_figure("No quoted or reported words in any article"), pd.DataFrame()
    words = quotes.groupby(["article", "speaker"])["words"].sum()
    leaders = list(words.groupby("speaker").sum().sort_values(ascending=False, kind="stable")
                   .index[:top])
    table = words.unstack(fill_value=0).reindex(index=order, fill_value=0)
    table["others"] = table.drop(columns=leaders).sum(axis=1)
    table = table[leaders + ["others"]]
    shares = table.div(table.sum(axis=1).replace(0, 1), axis=0)
    colors = speaker_colors(leaders)
    colors["others"] = "#DDDDDD"
    fig, ax = plt.subplots(figsize=(10, 0.7 * len(order) + 2))
    left = pd.Series(0.0, index=order)
    for speaker in shares.columns:
        ax.barh(range(len(order)), shares[speaker], left=left, color=colors[speaker],
                label=speaker, height=0.6)
        left += shares[speaker]
    ax.set_yticks(range(len(order)), [_short(labels[a]) for a in order])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the words attributed to someone")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.3), ncol=4, fontsize=8)
    top_by = shares.drop(columns="others").idxmax(axis=1)
    if top_by.nunique() > 1:
        title = "The loudest voice differs: " + "; ".join(
            f"{top_by[a]} in {textwrap.shorten(labels[a], 25)}" for a in order)
    else:
        title = f"{top_by.iloc[0]} has the largest share of voice in every article"
    ax.set_title(wrapped(title))
    data = shares.add_prefix("share_").join(table.sum(axis=1).rename("words"))
    return fig, data.reset_index()


def frame_profiles(frames: pd.DataFrame, labels: dict[str, str],
                   top: int = 8) -> tuple[plt.Figure, pd.DataFrame]:
    """Issue-frame scores (frame words per 100 words), frames × articles."""
    order = list(labels)
    table = frames.pivot(index="frame", columns="article", values="score").reindex(
        columns=order)
    keep = table.max(axis=1).sort_values(ascending=False, kind="stable").index[:top]
    table = table.loc[[f for f in table.index if f in set(keep)]]
    table = table.loc[table.max(axis=1).sort_values(ascending=False, kind="stable").index]
    if len(order) <= 4:  # frames down, articles across
        fig, ax = plt.subplots(figsize=(3 + 2.2 * len(order), 0.45 * len(table) + 1.8))
        sns.heatmap(table, annot=True, fmt=".2f", cmap="Blues", cbar=False, ax=ax,
                    xticklabels=[_short(labels[a], 22) for a in order], linewidths=0.5)
        ax.tick_params(axis="x", labelrotation=0)
    else:  # many articles: one row each, so the figure grows down, not across
        fig, ax = plt.subplots(figsize=(4 + 1.3 * len(table), 0.42 * len(order) + 2.2))
        sns.heatmap(table.T, annot=True, fmt=".2f", cmap="Blues", cbar=False, ax=ax,
                    yticklabels=[_short(labels[a], 40) for a in order],
                    xticklabels=[textwrap.fill(f, 14) for f in table.index], linewidths=0.5)
        ax.tick_params(axis="x", labelrotation=0, labelsize=8)
    ax.set_xlabel("")
    ax.set_ylabel("")
    gaps = (table.max(axis=1) - table.min(axis=1)).sort_values(ascending=False, kind="stable")
    if len(order) >= 2 and len(gaps) and gaps.iloc[0] > 0:
        frame = gaps.index[0]
        hi = table.loc[frame].idxmax()
        title = (f"Largest gap: {frame} ({table.loc[frame, hi]:.2f} per 100 words in "
                 f"{textwrap.shorten(labels[hi], 30)})")
    else:
        title = "Frame words per 100 words"
    ax.set_title(wrapped(title))
    return fig, table.reset_index()


def labels_table(desc: pd.DataFrame, labels: dict[str, str],
                 diffs: pd.DataFrame | None = None) -> tuple[str, pd.DataFrame]:
    """How each person the articles share is labelled in each, as an HTML table (text reads
    best as text, and a table stays readable with 2 articles or 20): one row per person named
    in two articles or more, one column per article; a title in conflict with another
    article's (:func:`analysis.compare.differences`) is marked. Returns the HTML and the data."""
    import html

    from ..descriptions import confirmed

    order = list(labels)
    if "kind" in desc:  # only the labels the articles themselves tie to the person
        desc = confirmed(desc)
    counts = desc.groupby("actor")["article"].nunique() if len(desc) else pd.Series(dtype=int)
    shared = [a for a in counts.index if counts[a] >= min(2, len(order))]
    data = (desc[desc["actor"].isin(shared)]
            .drop_duplicates(["article", "actor", "description"])
            .groupby(["actor", "article"])["description"].agg(" · ".join)
            .unstack().reindex(columns=order)) if shared else pd.DataFrame()
    conflicts = diffs[(diffs["kind"] == "title") & (diffs["type"] == "conflict")] \
        if diffs is not None and len(diffs) else pd.DataFrame()
    labelled = diffs[diffs["type"] == "label"] if diffs is not None and len(diffs) \
        else pd.DataFrame()
    if data.empty:
        finding = "The articles describe no person in common"
    elif len(conflicts):
        r = conflicts.iloc[0]
        finding = (f"{r['topic']}'s role is in conflict: “{r['text_a']}” against "
                   f"“{r['text_b']}”")
    elif len(labelled):
        finding = (f"{labelled['topic'].nunique()} of the people they share are labelled "
                   "differently (framing, not a disagreement)")
    else:
        finding = "The articles label the people they share alike"
    marked = {(r.topic, a, t) for r in conflicts.itertuples()
              for a, t in ((r.article_a, r.text_a), (r.article_b, r.text_b))}
    out = [_LABELS_STYLE, f'<div class="lt"><h3>{html.escape(finding)}</h3>']
    if not data.empty:
        out.append("<table><thead><tr><th>person</th>" + "".join(
            f"<th>{html.escape(labels[a])}</th>" for a in order) + "</tr></thead><tbody>")
        for actor in data.index:
            cells = []
            for a in order:
                cell = data.loc[actor, a]
                if not isinstance(cell, str):
                    cells.append('<td class="none">—</td>')
                    continue
                parts = [f'<mark title="in conflict with another article">{html.escape(p)}'
                         "</mark>" if (actor, a, p) in marked else html.escape(p)
                         for p in cell.split(" · ")]
                cells.append(f"<td>{' · '.join(parts)}</td>")
            out.append(f"<tr><th>{html.escape(actor)}</th>{''.join(cells)}</tr>")
        out.append("</tbody></table><p>Marked: a title in conflict with another article's "
                   "(a role, not a label).</p>")
    out.append("</div>")
    return "\n".join(out), data.reset_index() if not data.empty else data


_LABELS_STYLE = """<style>
.lt { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; }
.lt table { border-collapse: collapse; font-size: .9em; }
.lt th, .lt td { border-bottom: 1px solid #ddd; padding: .35em .7em; text-align: left;
                 vertical-align: top; max-width: 22em; }
.lt thead th { font-weight: 600; } .lt td.none { color: #999; }
.lt mark { background: #fde0dd; } .lt p { color: #555; font-size: .85em; }
</style>"""
