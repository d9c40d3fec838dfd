"""The annotated article: the text as HTML, each quote highlighted in its speaker's colour,
the speaker's mention underlined and the reporting verb in bold (a loaded verb in red, with a
wavy underline). Shown inline in JupyterLab
and saved as ``figures/<id>/quotes/annotated.html``."""

from __future__ import annotations

import html
import re

import pandas as pd

from .figures import html_page as page  # noqa: F401  (public: annotate.page)

_STYLE = """
<style>
.qa { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.6;
      max-width: 46em; color: #222; }
.qa .txt { white-space: pre-wrap; } .qa .q { border-radius: 3px; padding: 0 .1em; }
.qa .para { display: block; height: .8em; }
.qa .spk { text-decoration: underline; text-decoration-thickness: 2px; }
.qa .cue { font-weight: bold; } .qa .key span { margin-right: 1em; padding: 0 .3em; }
.qa .cue.loaded { color: #b2182b; text-decoration: underline wavy #b2182b; }
.qa .key { font-size: .85em; margin-bottom: 1em; } .qa .back { font-size: .9em; }
</style>
"""


_PARAGRAPH_BREAK = re.compile(r"[ \t]*\n(?:[ \t]*\n)*")


def annotated_html(text: str, quotes: pd.DataFrame, colors: dict[str, str],
                   title: str = "") -> str:
    """HTML of ``text`` with the quotes of ``quotes`` (a :func:`quotes_frame`) marked."""
    layers: list[tuple[int, int, str, str]] = []  # (start, end, class, style/title attrs)
    for q in quotes.itertuples():
        color = colors.get(q.speaker, "#dddddd")  # an unknown speaker is grey
        who = f"{q.speaker} ({q.source_type})" if isinstance(q.speaker, str) else "no speaker found"
        tip = html.escape(f"{who}, {q.kind}, "
                          f"verb: {q.cue_verb or '—'} ({q.verb_class or '—'})", quote=True)
        layers += [(a, b, "q", f'background:{color}40" title="{tip}') for a, b in q.content]
        layers += [(a, b, "spk", f"text-decoration-color:{color}") for a, b in q.source or []]
        cue = "cue loaded" if q.verb_class == "loaded" else "cue"
        layers += [(a, b, cue, "") for a, b in q.cue or []]
    cuts = sorted({0, len(text), *(x for a, b, _, _ in layers for x in (a, b))})
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for k, (s0, e0, _, _) in enumerate(layers):
        if s0 < e0:
            starting.setdefault(s0, []).append(k)
            ending.setdefault(e0, []).append(k)
    active: set[int] = set()  # the layers covering the piece: one sweep, not all per piece
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active.difference_update(ending.get(a, ()))
        active.update(starting.get(a, ()))
        # a paragraph break (one line end or several) is one line end and a gap
        piece = _PARAGRAPH_BREAK.sub('\n<span class="para"></span>', html.escape(text[a:b]))
        on = [layers[k][2:] for k in sorted(active)]
        if not on:
            out.append(piece)
            continue
        classes = " ".join(sorted({cls for cls, _ in on}))
        style = ";".join(st for _, st in on if st)
        out.append(f'<span class="{classes}" style="{style}">{piece}</span>')
    paragraphs = f'<div class="txt">{"".join(out).strip()}</div>'
    key = "".join(f'<span style="background:{c}40">{html.escape(s)}</span>'
                  for s, c in colors.items()
                  if isinstance(s, str) and s in set(quotes["speaker"]))
    head = f"<h2>{html.escape(title)}</h2>" if title else ""
    return (f'{_STYLE}<div class="qa">{head}<div class="key">Speakers: {key} · underlined: '
            "who is speaking · bold: the reporting verb · "
            '<span class="cue loaded">red, wavy</span>: a loaded verb (claimed, insisted...)'
            f"</div>{paragraphs}</div>")
