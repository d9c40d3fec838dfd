"""The one place figures are styled and written.

:func:`save_figure` writes ``<out>/<article>/<notebook>/<slug>.png`` (fixed dpi), ``.svg``
(deterministic bytes) and ``.csv`` (the data drawn), each atomically: written to a temporary
file in the same folder, then renamed, so an interrupted run never leaves half a file. The
title and caption go into the PNG's metadata, where the gallery reads them.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from . import config
from .claims import counted  # noqa: F401  (public: figures.counted)
from .outputs import write_atomic

DPI = 150
# One colour per meaning, the same in every figure.
COLORS = {
    "narration": "#4C72B0",
    "quote": "#DD8452",
    "negative": "#C44E52",
    "neutral": "#8C8C8C",
    "positive": "#55A868",
    "rolling": "#222222",
}
SPEAKER_PALETTE = ["#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860",
                   "#DA8BC3", "#8C8C8C", "#CCB974", "#64B5CD"]
_SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


def set_theme() -> None:
    """The project's look, set once: seaborn's whitegrid, fixed fonts, deterministic SVG."""
    sns.set_theme(style="whitegrid", context="notebook", font="DejaVu Sans")
    matplotlib.rcParams.update({
        "svg.hashsalt": "news-framing-analysis",
        "svg.fonttype": "path",
        "figure.dpi": 100,
        "savefig.dpi": DPI,
        "savefig.bbox": "tight",
        "axes.titleweight": "bold",
        "axes.titlesize": 12,
        "axes.titlelocation": "left",
    })


set_theme()


def speaker_colors(speakers) -> dict[str, str]:
    """One colour per speaker, in the order given (the same order gives the same colours)."""
    return {s: SPEAKER_PALETTE[i % len(SPEAKER_PALETTE)] for i, s in enumerate(speakers)}


def wrapped(title: str, width: int = 95) -> str:
    """A finding as a title: wrapped onto lines of at most ``width`` characters, never cut
    (a reader quotes the title; a shortened one would say something else)."""
    import textwrap

    return textwrap.fill(title, width, break_long_words=False)


def legend_patches(ax, colors: dict[str, str], **kwargs) -> None:
    """A legend of coloured squares, one per label (no invisible artists drawn on the axes,
    which would add a stray line and stretch the axis to zero)."""
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(color=c, label=label) for label, c in colors.items()], **kwargs)


def empty_figure(title: str):
    """A strip of one line that only says why there is nothing to draw (not a chart's worth
    of blank space; the gallery shows it as a line of text)."""
    fig, ax = plt.subplots(figsize=(8, 0.4))
    ax.axis("off")
    ax.set_title(title, loc="left", fontsize=10, color="#555555")
    return fig


def figure_dir(article_id: str, notebook: str, out_dir: str | os.PathLike | None = None) -> Path:
    """``<out_dir or figures/>/<article>/<notebook>/``."""
    from .loaders import check_id

    check_id(article_id, "figure")
    check_id(notebook, "figure")
    base = Path(out_dir) if out_dir else config.figures_dir()
    return base / article_id / notebook


def save_figure(fig, data: pd.DataFrame, *, article: str, notebook: str, slug: str,
                caption: str = "", out_dir: str | os.PathLike | None = None) -> Path:
    """Write ``fig`` as PNG and SVG and ``data`` as CSV, named only from the parameters;
    close the figure; return the PNG's path."""
    if not _SLUG.fullmatch(slug):
        raise ValueError(f"figure slug {slug!r}: use lower-case letters, digits, '_' and '-'")
    folder = figure_dir(article, notebook, out_dir)
    base = folder / slug
    title = _title(fig)
    png_meta = {"Software": None, "Title": title, "Description": caption}
    try:
        write_atomic(base.with_suffix(".png"),
                      lambda p: fig.savefig(p, format="png", dpi=DPI, metadata=png_meta))
        write_atomic(base.with_suffix(".svg"),
                      lambda p: fig.savefig(p, format="svg",
                                            metadata={"Date": None, "Title": title}))
        write_atomic(base.with_suffix(".csv"), lambda p: data.to_csv(p, index=False))
    finally:
        plt.close(fig)
    return base.with_suffix(".png")


def html_page(fragment: str, title: str, article: str | None = None) -> str:
    """A standalone HTML page around a fragment (an annotated article, a table); given the article's
    id, it links back to the article's section of the gallery (``figures/index.html``, two
    folders up from ``figures/<id>/quotes/``)."""
    back = (f'<p class="back"><a href="../../index.html#{html.escape(article, quote=True)}">'
            "← back to the gallery</a></p>") if article else ""
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>'
            f"{html.escape(title)}</title></head><body style=\"font-family: system-ui, "
            f"-apple-system, 'Segoe UI', sans-serif\"><div class=\"qa\">{back}</div>"
            f"{fragment}</body></html>\n")


def save_html(html: str, *, article: str, notebook: str, name: str,
              out_dir: str | os.PathLike | None = None) -> Path:
    """Write an HTML exhibit (an annotated article, say) beside the figures, atomically."""
    path = figure_dir(article, notebook, out_dir) / f"{name}.html"
    write_atomic(path, lambda p: Path(p).write_text(html, encoding="utf-8"))
    return path


def save_table(data: pd.DataFrame, *, article: str, notebook: str, name: str,
               out_dir: str | os.PathLike | None = None) -> Path:
    """Write a table as CSV beside the figures, atomically; return its path."""
    if not _SLUG.fullmatch(name):
        raise ValueError(f"table name {name!r}: use lower-case letters, digits, '_' and '-'")
    path = figure_dir(article, notebook, out_dir) / f"{name}.csv"
    write_atomic(path, lambda p: data.to_csv(p, index=False))
    return path


def _title(fig) -> str:
    if fig._suptitle is not None:
        return fig._suptitle.get_text()
    for ax in fig.axes:
        if ax.get_title(loc="left"):
            return ax.get_title(loc="left")
        if ax.get_title():
            return ax.get_title()
    return ""


def show(path: str | os.PathLike) -> None:
    """Display a saved PNG inline when running in Jupyter (figures are closed once saved)."""
    try:
        from IPython import get_ipython
        from IPython.display import Image, display
    except ImportError:  # pragma: no cover - IPython comes with the notebooks' environment
        return
    if get_ipython() is not None:
        display(Image(filename=str(path)))
