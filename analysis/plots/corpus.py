"""Figures of the corpus notebook: a whole corpus by outlet and over time, from the Parquet
tables of ``python -m analysis corpus``."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from ..figures import COLORS, counted, empty_figure, legend_patches, wrapped
from ..sentiment import NEGATIVE, POSITIVE
from .framing import TYPE_COLORS
from .quotes import CLASS_COLORS

UNKNOWN = "(no outlet)"


def _signed(x: float) -> str:
    return f"{x:+.2f}".replace("-", "−")


def outlets(articles: pd.DataFrame) -> pd.Series:
    """Each article's outlet, "(no outlet)" where the corpus gives none."""
    return articles["outlet"].fillna(UNKNOWN).replace("", UNKNOWN)


def _order(articles: pd.DataFrame, top: int) -> list[str]:
    return list(outlets(articles).value_counts().sort_index(kind="stable")
                .sort_values(ascending=False, kind="stable").index[:top])


def _by_outlet(articles: pd.DataFrame, rows: pd.DataFrame,
               top: int) -> tuple[pd.DataFrame, list[str]]:
    """Rows of a per-article table with their article's outlet, and the ``top`` outlets by
    number of articles that have such rows."""
    outlet_of = dict(zip(articles["article"], outlets(articles), strict=True))
    rows = rows.assign(outlet=rows["article"].map(outlet_of).fillna(UNKNOWN))
    return rows, [o for o in _order(articles, top) if o in set(rows["outlet"])]


def tone_by_outlet(articles: pd.DataFrame, top: int = 12) -> tuple[plt.Figure, pd.DataFrame]:
    """Each article's mean sentence tone, by outlet (dots), with the outlet mean (bar)."""
    data = articles.assign(outlet=outlets(articles)).dropna(subset=["mean_compound"])
    order = [o for o in _order(articles, top) if o in set(data["outlet"])]
    data = data[data["outlet"].isin(order)]
    if data.empty:
        return empty_figure("No article has sentences to score"), pd.DataFrame()
    fig, ax = plt.subplots(figsize=(10, 0.5 * len(order) + 1.6))
    ax.axvspan(NEGATIVE, POSITIVE, color=COLORS["neutral"], alpha=0.12, lw=0)
    # a swarm, not a strip: seaborn's strip jitter is random, the figure must be reproducible
    sns.swarmplot(data=data, x="mean_compound", y="outlet", order=order, size=3,
                  color=COLORS["narration"], ax=ax, warn_thresh=1)
    summary = data.groupby("outlet")["mean_compound"].agg(["mean", "count"]).reindex(order)
    for i, outlet in enumerate(order):
        m = summary.loc[outlet, "mean"]
        ax.plot([m, m], [i - 0.35, i + 0.35], color=COLORS["rolling"], lw=2.5)
    ax.set_yticks(range(len(order)),
                  [f"{o} ({summary.loc[o, 'count']})" for o in order])
    ax.set_ylabel("")
    ax.set_xlabel("mean VADER compound of an article's sentences (bar: outlet mean)")
    ax.set_title(_tone_finding(data, summary))
    return fig, summary.reset_index()


def sourcing_by_outlet(articles: pd.DataFrame, quotes: pd.DataFrame,
                       top: int = 12) -> tuple[plt.Figure, pd.DataFrame]:
    """Share of attributions by source type, per outlet; anonymous share in the title."""
    if quotes.empty:
        return empty_figure("No attributions in the corpus"), pd.DataFrame()
    q, order = _by_outlet(articles, quotes, top)
    mix = (q.groupby(["outlet", "source_type"]).size().unstack(fill_value=0)
           .reindex(index=order, columns=list(TYPE_COLORS), fill_value=0))
    shares = mix.div(mix.sum(axis=1).replace(0, 1), axis=0)
    fig, ax = plt.subplots(figsize=(10, 0.5 * len(order) + 1.9))
    left = pd.Series(0.0, index=order)
    for stype, color in TYPE_COLORS.items():
        ax.barh(range(len(order)), shares[stype], left=left, color=color,
                label=stype.replace("_", " "), height=0.65)
        left += shares[stype]
    ax.set_yticks(range(len(order)), [f"{o} ({int(mix.loc[o].sum())})" for o in order])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of attributions, by source type (number of attributions)")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.25), ncol=5, fontsize=8)
    ax.set_title(_anonymous_finding(mix))
    return fig, shares.add_prefix("share_").join(mix.sum(axis=1).rename("attributions")) \
        .reset_index()


def top_speakers(quotes: pd.DataFrame, top: int = 15) -> tuple[plt.Figure, pd.DataFrame]:
    """The speakers with the most attributions across the corpus, coloured by source type,
    with the number of articles they speak in."""
    if quotes.empty:
        return empty_figure("No attributions in the corpus"), pd.DataFrame()
    data = (quotes.groupby("speaker")
            .agg(attributions=("kind", "size"), words=("words", "sum"),
                 articles=("article", "nunique"),
                 source_type=("source_type", lambda s: s.mode().iloc[0]))
            .sort_values(["attributions", "words"], ascending=False, kind="stable")
            .head(top).reset_index())
    fig, ax = plt.subplots(figsize=(10, 0.4 * len(data) + 1.5))
    ax.barh(range(len(data)), data["attributions"],
            color=[TYPE_COLORS.get(t, COLORS["neutral"]) for t in data["source_type"]])
    ax.set_yticks(range(len(data)), [f"{textwrap.shorten(s, 40)} ({counted(n, 'article')})"
                                     for s, n in zip(data["speaker"], data["articles"],
                                                     strict=True)])
    ax.invert_yaxis()
    ax.set_xlabel("attributions across the corpus (colour: source type)")
    legend_patches(ax, {t.replace("_", " "): c for t, c in TYPE_COLORS.items()
                        if t in set(data["source_type"])}, loc="lower right", fontsize=8)
    lead = data.iloc[0]
    ax.set_title(f"{textwrap.shorten(lead['speaker'], 40)} is the most quoted voice: "
                 f"{counted(lead['attributions'], 'attribution')} in "
                 f"{counted(lead['articles'], 'article')}")
    return fig, data


def _tone_finding(data: pd.DataFrame, summary: pd.DataFrame) -> str:
    from ..claims import MIN_GROUP, intervals_differ, mean_interval

    lo, hi = summary["mean"].idxmin(), summary["mean"].idxmax()
    if lo == hi:
        return f"Mean tone {_signed(summary.loc[lo, 'mean'])} over {len(data)} articles"
    if min(summary.loc[lo, "count"], summary.loc[hi, "count"]) < MIN_GROUP:
        enough = int((summary["count"] >= MIN_GROUP).sum())
        return (f"Too few articles per outlet to compare tone: a comparison needs at least "
                f"{MIN_GROUP} articles in each outlet ({enough} of {len(summary)} outlets "
                "have that many)")
    _, *a = mean_interval(data.loc[data["outlet"] == lo, "mean_compound"])
    _, *b = mean_interval(data.loc[data["outlet"] == hi, "mean_compound"])
    if not intervals_differ(tuple(a), tuple(b)):
        return (f"No clear difference in tone between outlets ({_signed(summary['mean'].min())}"
                f" to {_signed(summary['mean'].max())}; 95% intervals overlap)")
    return (f"{lo} reads darkest ({_signed(summary.loc[lo, 'mean'])}), {hi} lightest "
            f"({_signed(summary.loc[hi, 'mean'])}); 95% intervals apart")


def _anonymous_finding(mix: pd.DataFrame) -> str:
    """Which outlet leans most on anonymous sources, when the counts hold it."""
    from ..claims import intervals_differ, share_interval

    totals = mix.sum(axis=1)
    anon = mix["anonymous"] / totals.replace(0, 1)
    if anon.max() == 0:
        return "No outlet cites anonymous sources"
    top = anon.idxmax()
    k, n = int(mix.loc[top, "anonymous"]), int(totals[top])
    if len(mix) < 2:
        return f"{anon[top]:.0%} of {top}'s {n} attributions go to anonymous sources ({k})"
    rest = anon.drop(top)
    second = rest.idxmax()
    if not intervals_differ(share_interval(k, n),
                            share_interval(int(mix.loc[second, "anonymous"]),
                                           int(totals[second]))):
        return (f"No outlet clearly leans more on anonymous sources ({anon.min():.0%} to "
                f"{anon.max():.0%}; 95% intervals overlap)")
    return (f"{top} leans most on anonymous sources ({k} of its {n} attributions, "
            f"{anon[top]:.0%})")


def verbs_by_outlet(articles: pd.DataFrame, quotes: pd.DataFrame,
                    top: int = 12) -> tuple[plt.Figure, pd.DataFrame]:
    """Share of attributions with a loaded reporting verb (claimed, insisted...), per
    outlet."""
    q = quotes.dropna(subset=["verb_class"])
    if q.empty:
        return empty_figure("No reporting verbs in the corpus"), pd.DataFrame()
    q, order = _by_outlet(articles, q, top)
    data = (q.groupby("outlet")["verb_class"].value_counts(normalize=True).unstack(fill_value=0)
            .reindex(index=order, columns=list(CLASS_COLORS), fill_value=0))
    counts = q.groupby("outlet").size().reindex(order)
    fig, ax = plt.subplots(figsize=(10, 0.5 * len(order) + 1.6))
    ax.barh(range(len(order)), data["loaded"], color=CLASS_COLORS["loaded"], height=0.6)
    ax.set_yticks(range(len(order)), [f"{o} ({counts[o]})" for o in order])
    ax.invert_yaxis()
    ax.set_xlim(0, max(0.5, float(data["loaded"].max()) * 1.15))
    ax.set_xlabel("share of attributions with a loaded verb (number of attributions)")
    ax.set_title(_loaded_finding(data["loaded"], counts))
    return fig, data.join(counts.rename("attributions")).reset_index()


def _loaded_finding(loaded: pd.Series, counts: pd.Series) -> str:
    """Which outlet uses loaded verbs most, when the counts hold it."""
    from ..claims import intervals_differ, share_interval

    top = loaded.idxmax()
    k, n = round(loaded[top] * counts[top]), int(counts[top])
    if len(loaded) < 2:
        return (f"{loaded[top]:.0%} of {top}'s {counted(n, 'attribution')} use a loaded verb "
                f"({k})")
    second = loaded.drop(top).idxmax()
    k2, n2 = round(loaded[second] * counts[second]), int(counts[second])
    if not intervals_differ(share_interval(k, n), share_interval(k2, n2)):
        return (f"No outlet clearly uses loaded verbs more ({loaded.min():.0%} to "
                f"{loaded.max():.0%}; 95% intervals overlap)")
    return f"{top} uses loaded reporting verbs most ({k} of its {n} attributions)"


def frames_by_outlet(articles: pd.DataFrame, frames: pd.DataFrame, top: int = 12,
                     top_frames: int = 8) -> tuple[plt.Figure, pd.DataFrame]:
    """Mean issue-frame score (frame words per 100 words) per outlet."""
    if frames.empty:
        return empty_figure("No frames scored"), pd.DataFrame()
    f, order = _by_outlet(articles, frames, top)
    table = f.pivot_table(index="frame", columns="outlet", values="score", aggfunc="mean") \
        .reindex(columns=order)
    keep = table.mean(axis=1).sort_values(ascending=False, kind="stable").index[:top_frames]
    table = table.loc[keep]
    fig, ax = plt.subplots(figsize=(2.5 + 1.1 * len(order), 0.45 * len(table) + 2.2))
    sns.heatmap(table, annot=True, fmt=".2f", cmap="Blues", cbar=False, ax=ax, linewidths=0.5,
                xticklabels=[textwrap.fill(o, 14, break_long_words=False) for o in order])
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.tick_params(axis="x", labelrotation=30)
    ax.set_title(wrapped(_frame_finding(f, table.mean(axis=1).to_dict())))
    return fig, table.reset_index()


def _frame_finding(frames: pd.DataFrame, means: dict[str, float]) -> str:
    """A leading frame only when the articles hold it, by the rules of the other findings:
    at least MIN_GROUP articles, and the top frame's 95% interval (over articles) apart from
    the next one's."""
    from ..claims import MIN_GROUP, intervals_differ, leader, mean_interval, tied

    lead = leader(means)
    if lead is None:
        return f"Tied: {' and '.join(tied(means))} lead the corpus's frames"
    n = frames["article"].nunique()
    if n < MIN_GROUP:
        return (f"{lead} scores highest, but a leading frame needs at least {MIN_GROUP} "
                f"articles ({counted(n, 'article')} here)")
    second = sorted(means, key=means.get, reverse=True)[1] if len(means) > 1 else None
    per_article = frames.pivot_table(index="article", columns="frame", values="score",
                                     aggfunc="mean").fillna(0.0)
    if second is not None:
        _, *a = mean_interval(per_article[lead])
        _, *b = mean_interval(per_article[second])
        if not intervals_differ(tuple(a), tuple(b)):
            return (f"No frame clearly leads: {lead} ({means[lead]:.2f} words per 100) and "
                    f"{second} ({means[second]:.2f}) have overlapping 95% intervals over "
                    f"{counted(n, 'article')}")
    apart = f"; 95% interval apart from {second}" if second is not None else ""
    return (f"{lead} is the corpus's leading frame ({means[lead]:.2f} words per 100 over "
            f"{counted(n, 'article')}{apart})")


# the days a datetime64[ns] can hold
_FIRST_DAY, _LAST_DAY = pd.Timestamp("1677-09-22"), pd.Timestamp("2262-04-11")


def publication_dates(dates: pd.Series) -> pd.Series:
    """Each date read on its own ("2025-11-05", "2025-11-20T10:00:00Z", "Nov 5, 2025" side
    by side), as naive UTC timestamps; a date that cannot be read, or lies outside the years
    pandas can hold (1677-2262), is NaT rather than an error for the whole corpus."""
    def one(value):
        if not isinstance(value, str) or not value.strip():
            return pd.NaT
        try:
            when = pd.Timestamp(pd.to_datetime(value, utc=True)).tz_localize(None)
        except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
            return pd.NaT
        return when if _FIRST_DAY <= when <= _LAST_DAY else pd.NaT

    parsed = {v: one(v) for v in dates.dropna().unique()}
    return pd.to_datetime(dates.map(parsed)).astype("datetime64[ns]")


def over_time(articles: pd.DataFrame, freq: str = "MS") -> tuple[plt.Figure, pd.DataFrame]:
    """Articles per month, their mean tone and the anonymous share, by date of publication."""
    dates = publication_dates(articles["date"])
    data = articles.assign(when=dates).dropna(subset=["when"])
    if data.empty:
        return empty_figure("The corpus gives no dates of publication"), pd.DataFrame()
    series = (data.set_index("when").resample(freq)
              .agg({"article": "count", "mean_compound": "mean", "share_anonymous": "mean"})
              .rename(columns={"article": "articles"}))
    # each month's values drawn at the middle of the month, its bar spanning most of it
    middle = series.index + pd.to_timedelta(series.index.days_in_month / 2, unit="D")
    fig, (top_ax, tone_ax, anon_ax) = plt.subplots(3, 1, figsize=(10, 6.4), sharex=True,
                                                   height_ratios=[1, 1, 1])
    top_ax.bar(middle, series["articles"], width=series.index.days_in_month * 0.8,
               color=COLORS["neutral"])
    top_ax.set_ylabel("articles")
    tone_ax.plot(middle, series["mean_compound"], marker="o", color=COLORS["narration"])
    tone_ax.axhline(0, color="#888888", lw=0.8)
    tone_ax.set_ylim(-1, 1)
    tone_ax.set_ylabel("mean tone\n(VADER, −1 to +1)")
    anon_ax.plot(middle, series["share_anonymous"], marker="s", color=COLORS["negative"])
    anon_ax.set_ylim(0, 1)
    anon_ax.set_ylabel("anonymous share\nof attributions")
    import matplotlib.dates as mdates

    # months on the axis, never days, with half a month of room either side
    anon_ax.xaxis.set_major_locator(mdates.MonthLocator(
        interval=max(1, len(series) // 12)))
    anon_ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    anon_ax.set_xlim(series.index[0] - pd.Timedelta(days=15),
                     series.index[-1] + pd.offsets.MonthEnd(1) + pd.Timedelta(days=15))
    busiest = series["articles"].idxmax()
    if len(series) == 1:
        title = f"{counted(len(data), 'dated article')}, all from {busiest:%B %Y}"
    else:
        title = (f"{counted(len(data), 'dated article')} over "
                 f"{counted(len(series), 'month')}; busiest: {busiest:%B %Y} "
                 f"({counted(int(series.loc[busiest, 'articles']), 'article')})")
    top_ax.set_title(title)
    # the dates given that could not be read are named, not silently dropped
    given = articles["date"].where(articles["date"].astype(str).str.strip() != "").dropna()
    unread = pd.unique(given[dates.loc[given.index].isna()].astype(str))
    if len(unread):
        shown = ", ".join(f"“{v[:30]}”" for v in unread[:3]) + (" …" if len(unread) > 3 else "")
        n = int(dates.loc[given.index].isna().sum())
        fig.text(0.01, 0.002, f"{counted(n, 'article')} left out, with "
                 f"{counted(len(unread), 'date')} that cannot be read: {shown}", fontsize=8,
                 color="#555555", va="bottom")
    return fig, series.reset_index()


MIN_PEOPLE_A_MONTH = 5  # a month's share of women rests on at least this many people to count


def women_quoted(articles: pd.DataFrame, people: pd.DataFrame, top: int = 12,
                 freq: str = "MS") -> tuple[plt.Figure, pd.DataFrame]:
    """The share of women among the people quoted whose gender is known, per outlet (with
    95% Wilson intervals and counts) and per month of publication."""
    from ..claims import share_interval

    quoted = people[people["quoted"].astype(bool) & people["gender"].isin(["female", "male"])]
    if quoted.empty:
        return empty_figure("No person of known gender is quoted in the corpus"), pd.DataFrame()
    q, order = _by_outlet(articles, quoted, top)
    rows = []
    for outlet in order:
        part = q[q["outlet"] == outlet]
        k, n = int((part["gender"] == "female").sum()), len(part)
        low, high = share_interval(k, n)
        rows.append({"outlet": outlet, "women": k, "people": n, "share_women": k / n,
                     "ci_low": low, "ci_high": high})
    data = pd.DataFrame(rows)
    when = q["article"].map(publication_dates(articles.set_index("article")["date"]))
    monthly = (q.assign(when=when, female=q["gender"] == "female").dropna(subset=["when"])
               .set_index("when").resample(freq)["female"].agg(["sum", "count"]))
    monthly = monthly[monthly["count"] > 0]
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 0.5 * len(order) + 2.2),
                                      width_ratios=[1, 1.2])
    y = range(len(data))
    left.errorbar(data["share_women"], y, xerr=[data["share_women"] - data["ci_low"],
                                                 data["ci_high"] - data["share_women"]],
                  fmt="o", color="#DD8452", ecolor="#999999", capsize=3)
    left.set_yticks(list(y), [f"{o} ({n})" for o, n in zip(data["outlet"], data["people"],
                                                             strict=True)])
    left.invert_yaxis()
    left.set_xlim(-0.03, 1.03)  # a dot at 0 or 100% is drawn whole
    left.set_xlabel("share of women among people quoted (of known gender)")
    if monthly.empty:
        right.text(0.5, 0.5, "no dates of publication", ha="center", va="center")
        right.set_axis_off()
    else:
        share = monthly["sum"] / monthly["count"]
        solid = monthly["count"] >= MIN_PEOPLE_A_MONTH
        # a month of few people is drawn hollow and not joined to the others: 0 → 100% → 27%
        # from one article each is no trend
        right.plot(monthly.index[solid], share[solid], marker="o", color="#DD8452")
        right.scatter(monthly.index[~solid], share[~solid], facecolors="none",
                      edgecolors="#DD8452", zorder=3)
        for when, value, k, n in zip(monthly.index, share, monthly["sum"], monthly["count"],
                                     strict=True):
            right.annotate(f"{int(k)}/{int(n)}", (when, value), textcoords="offset points",
                           xytext=(0, 7), ha="center", fontsize=7, color="#555555")
        right.set_ylim(-0.04, 1.12)  # a dot at 0 or 100% is drawn whole
        right.set_ylabel("share of women")
        import matplotlib.dates as mdates

        right.xaxis.set_major_locator(mdates.MonthLocator(interval=max(1, len(monthly) // 8)))
        right.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        right.set_title(f"by month (women/people; hollow: fewer than {MIN_PEOPLE_A_MONTH} "
                        "people, not joined)", fontsize=9)
        right.tick_params(axis="x", labelrotation=30)
    k, n = int((quoted["gender"] == "female").sum()), len(quoted)
    low, high = share_interval(k, n)
    unknown = int((people["quoted"].astype(bool) & (people["gender"] == "unknown")).sum())
    fig.suptitle(f"Women are {k} of the {counted(n, 'person', 'people')} quoted whose gender "
                 f"is known: {k / n:.0%} (95% interval {low:.0%}–{high:.0%}); {unknown} more "
                 "of unknown gender")
    fig.tight_layout()
    return fig, data
