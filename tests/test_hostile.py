"""Hostile shapes: every reading stays linear in the article's length, whatever its shape.

Each drawn shape (an endless sentence, a paragraph without end, runs of initials, of
descriptions, of quotation marks...) is read at 16 KB and at 64 KB, and every step must take
at most a bounded multiple of its 16 KB time at four times the size (linear: 4×; the bound
leaves room for noise; a step that grows with the square would take 16×)."""

import gc
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import compare
from analysis.annotate import annotated_html
from analysis.loaders import Article
from analysis.pipeline import Readings

PIECES = ["Trump", " is ", "good", " but ", "bad", " and ", ". ", "a. ", "“", "”", '"',
          " said ", "the president, ", "the embattled president, ", "\n", "\n\n", "Mr. ",
          "Maduro", ", ", "? ", "(", ")", " — ", "‘", "’", "Reuters", " according to ",
          "sources familiar with ", "reportedly ", "2023", " 12 ", "mosques", "U.S. ",
          " refused ", " the 2023 election ", " 12 people ", "former President "]
GROWTH = 8.0  # at 4× the size; 16× would be quadratic
SLACK = 0.05  # seconds: below this a step's time is noise


def _steps(article: Article) -> dict:
    r = Readings(article)
    twin = Article(article.id + "-twin", article.text, "test")
    return {
        "segments": lambda: article.segments,
        "actors": lambda: article.actors,
        "quotes": lambda: article.quotes,
        "quotes table": lambda: r.quotes,
        "sources": lambda: r.sources,
        "people": lambda: r.people,
        "sentences": lambda: r.sentences,
        "paragraphs": lambda: r.paragraphs,
        "mentions": lambda: r.mentions,
        "actor tone": lambda: r.actors,
        "frames": lambda: r.frames,
        "descriptions": lambda: r.descriptions,
        "annotated page": lambda: annotated_html(article.text, r.quotes, {}),
        "comparison": lambda: compare.differences([article, twin]),
    }


def _times(text: str) -> dict[str, float]:
    out = {}
    for name, step in _steps(Article("hostile", text, "test")).items():
        gc.collect()
        started = time.perf_counter()
        step()
        out[name] = time.perf_counter() - started
    return out


_times("The minister said “we are ready” on Monday. " * 20)  # word lists and model loaded


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=2, max_size=10).map("".join))
def test_every_reading_is_linear_in_the_length_of_any_text(unit):
    def of(size):
        return (unit * (size // len(unit) + 1))[:size]

    small, big = _times(of(16_000)), _times(of(64_000))
    slow = {name: f"{small[name]:.3f} s → {big[name]:.3f} s" for name in small
            if big[name] > GROWTH * small[name] + SLACK}
    assert not slow, f"grows faster than the text on {unit!r}: {slow}"
