"""``figures/index.html``: every article's figures with their captions, readable from disk."""

from __future__ import annotations

import html
import json
from pathlib import Path

from . import config
from .outputs import write_text_atomic

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto;
       max-width: 1100px; padding: 0 1rem; color: #222; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ddd; }
h3 { color: #555; font-size: 1rem; text-transform: uppercase; letter-spacing: .05em; }
figure { margin: 1rem 0 2rem; } figure img { max-width: 100%; border: 1px solid #eee; }
figcaption { font-size: .9rem; color: #444; } figcaption a { margin-right: .6rem; }
nav a { margin-right: 1rem; display: inline-block; } .meta { color: #666; font-size: .9rem; }
details > summary { cursor: pointer; list-style: none; }
details > summary h2 { display: inline; } details > summary::before { content: "▸ "; color: #888; }
details[open] > summary::before { content: "▾ "; }
.nothing { color: #666; font-style: italic; margin: .4rem 0 1rem; }
"""
# a link to an article opens its section (a closed <details> would hide what the link shows)
_OPEN_TARGET = """
function openTarget() {
  var id = decodeURIComponent(location.hash.slice(1));
  var el = id && document.getElementById(id);
  if (el && el.tagName === "DETAILS") { el.open = true; el.scrollIntoView(); }
}
window.addEventListener("hashchange", openTarget);
openTarget();
"""
# the notebooks in the order the story is told: tone, then who speaks, then how it is framed
NOTEBOOK_ORDER = ("sentiment", "quotes", "framing", "compare", "corpus")


def _png_text(path: Path) -> dict[str, str]:
    from PIL import Image

    try:  # the text chunks come before the image data: read them without decoding it
        with Image.open(path) as img:
            return {k: v for k, v in img.info.items() if isinstance(v, str)}
    except OSError:
        return {}


def _card(article_dir: Path) -> dict:
    try:
        return json.loads((article_dir / "article.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"id": article_dir.name, "label": article_dir.name}


def _visible(p: Path) -> bool:
    return not p.name.startswith(".")


def _counts(folders: list[Path]) -> str:
    from .claims import counted

    sets = sum(d.name.startswith("set-") for d in folders)
    text = counted(len(folders) - sets, "article")
    return text + (f" and {counted(sets, 'set')} of articles side by side" if sets else "")


def gallery_html(figures_dir: Path) -> str:
    """The gallery page for everything under ``figures_dir`` (sorted, so deterministic)."""
    articles = sorted(d for d in figures_dir.iterdir() if d.is_dir() and _visible(d))
    out = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
           "<title>How each story is told: figures</title>", f"<style>{_CSS}</style></head>",
           "<body><h1>How each story is told</h1>",
           f"<p class=meta>{_counts(articles)}. Click an article to open its figures; each "
           "figure links to its SVG and to the CSV of the data drawn.</p><nav>"]
    cards = {d: _card(d) for d in articles}
    out += [f'<a href="#{html.escape(d.name)}">{html.escape(_short(cards[d], d))}</a>'
            for d in articles]
    out.append("</nav>")
    for k, d in enumerate(articles):
        card = cards[d]
        out.append(f'<details id="{html.escape(d.name)}"{" open" if k == 0 else ""}><summary>'
                   f'<h2>{html.escape(card.get("label") or d.name)}</h2></summary>')
        meta = [card.get(k) for k in ("outlet", "date", "source") if card.get(k)]
        if meta:
            out.append(f"<p class=meta>{html.escape(' · '.join(meta))}</p>")
        for nb in sorted((n for n in d.iterdir() if n.is_dir() and _visible(n)),
                         key=_narrative):
            out.append(f"<h3>{html.escape(nb.name)}</h3>")
            for page in sorted(nb.glob("*.html")):
                rel = page.relative_to(figures_dir).as_posix()
                out.append(f'<p><a href="{html.escape(rel)}">{html.escape(page.stem)} '
                           "(open the page)</a></p>")
            for table in sorted(t for t in nb.glob("*.csv")
                                if _visible(t) and not t.with_suffix(".png").exists()):
                rel = table.relative_to(figures_dir).as_posix()
                out.append(f'<p><a href="{html.escape(rel)}">{html.escape(table.stem)} '
                           "(table, CSV)</a></p>")
            for png in sorted(p for p in nb.glob("*.png") if _visible(p)):
                out.append(_figure(png, figures_dir))
        out.append("</details>")
    out.append(f"<script>{_OPEN_TARGET}</script></body></html>")
    return "\n".join(out) + "\n"


def _narrative(notebook: Path) -> tuple[int, str]:
    """Sort key: the notebooks in :data:`NOTEBOOK_ORDER`, others after them by name."""
    name = notebook.name
    return (NOTEBOOK_ORDER.index(name) if name in NOTEBOOK_ORDER else len(NOTEBOOK_ORDER), name)


def _short(card: dict, folder: Path) -> str:
    label = card.get("label") or folder.name
    return label if len(label) <= 40 else label[:39].rstrip() + "…"


def _drew_nothing(png: Path) -> bool:
    """Whether the figure's data table has no rows: the figure only says why."""
    try:
        with png.with_suffix(".csv").open(encoding="utf-8") as f:
            return sum(1 for line, _ in zip(f, range(2), strict=False) if line.strip()) <= 1
    except OSError:
        return False


def _figure(png: Path, figures_dir: Path) -> str:
    text = _png_text(png)
    rel = png.relative_to(figures_dir).as_posix()
    title = text.get("Title", "") or png.stem
    caption = text.get("Description", "")
    if _drew_nothing(png):  # one line, not a blank chart at full width
        return f'<p class="nothing">{html.escape(title.rstrip("."))}.</p>'

    links = " ".join(f'<a href="{html.escape(Path(rel).with_suffix(s).as_posix())}">{s[1:]}</a>'
                     for s in (".svg", ".csv") if png.with_suffix(s).exists())
    return (f'<figure><img src="{html.escape(rel)}" alt="{html.escape(title)}" loading="lazy">'
            f"<figcaption><strong>{html.escape(title)}</strong> {html.escape(caption)} "
            f"{links}</figcaption></figure>")


def write_gallery(figures_dir: Path | None = None) -> Path:
    """Write ``index.html`` atomically (and only if it changed); return its path."""
    figures_dir = Path(figures_dir or config.figures_dir())
    figures_dir.mkdir(parents=True, exist_ok=True)
    path = figures_dir / "index.html"
    page = gallery_html(figures_dir)
    if path.exists() and path.read_text(encoding="utf-8") == page:
        return path
    write_text_atomic(path, page)
    return path
