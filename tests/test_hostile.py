"""Hostile shapes: every reading stays linear in the article's length, whatever its shape.

Each drawn shape (an endless sentence, a paragraph without end, runs of initials, of
descriptions, of quotation marks...) is read at 12 KB and at 48 KB, each timed as the best of
two runs, and every step must take at most 10 times its 12 KB time (plus 0.08 s) at four
times the size: linear is 4×, and the bound leaves room for a busy machine; a step that grows
with the square would take 16×."""

import gc
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import compare
from analysis.annotate import annotated_html
from analysis.loaders import Article
from analysis.pipeline import steps

PIECES = ["Trump", " is ", "good", " but ", "bad", " and ", ". ", "a. ", "“", "”", '"',
          " said ", "the president, ", "the embattled president, ", "\n", "\n\n", "Mr. ",
          "Maduro", ", ", "? ", "(", ")", " — ", "‘", "’", "Reuters", " according to ",
          "sources familiar with ", "reportedly ", "2023", " 12 ", "mosques", "U.S. ",
          " refused ", " the 2023 election ", " 12 people ", "former President "]
GROWTH = 10.0  # at 4× the size; 16× would be quadratic
SLACK = 0.08  # seconds: below this a step's time is noise
RUNS = 2  # each size timed this many times, on a fresh article each, the best kept


def _steps(article: Article) -> dict:
    todo = steps(article)
    twin = Article(article.id + "-twin", article.text, "test")
    todo["annotated page"] = lambda: annotated_html(article.text, todo["quotes table"](), {})
    todo["comparison"] = lambda: compare.differences([article, twin])
    return todo


def _times(text: str, runs: int = RUNS) -> dict[str, float]:
    """Each step's best time over ``runs`` fresh articles (a busy machine only adds time)."""
    out: dict[str, float] = {}
    for _ in range(runs):
        for name, step in _steps(Article("hostile", text, "test")).items():
            gc.collect()
            started = time.perf_counter()
            step()
            out[name] = min(out.get(name, float("inf")), time.perf_counter() - started)
    return out


_times("The minister said “we are ready” on Monday. " * 20, 1)  # word lists, model loaded


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=2, max_size=10).map("".join))
def test_every_reading_is_linear_in_the_length_of_any_text(unit):
    def of(size):
        return (unit * (size // len(unit) + 1))[:size]

    small, big = _times(of(12_000)), _times(of(48_000))
    slow = {name: f"{small[name]:.3f} s → {big[name]:.3f} s" for name in small
            if big[name] > GROWTH * small[name] + SLACK}
    assert not slow, f"grows faster than the text on {unit!r}: {slow}"
