"""Titles claim a difference only when the data hold it (analysis.claims)."""

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis.claims import intervals_differ, leader, mean_interval, share_interval
from analysis.plots.corpus import _anonymous_finding
from analysis.plots.framing import _frame_finding
from analysis.plots.sentiment import _voices_finding

unit = st.floats(-1, 1, allow_nan=False)


@given(st.dictionaries(st.text(min_size=1, max_size=5), unit, min_size=1), unit)
def test_a_tie_never_reads_as_a_lead(scores, extra):
    tied_scores = {**scores, "a-tie-1": max(scores.values()) + 1, "a-tie-2":
                   max(scores.values()) + 1}
    assert leader(tied_scores) is None
    frames = pd.DataFrame({"frame": list(tied_scores), "score": list(tied_scores.values())})
    if max(tied_scores.values()) > 0:
        title = _frame_finding(frames)
        assert "strongest" not in title and title.startswith("Tied")


@given(unit, unit, unit, unit)
def test_overlapping_intervals_never_read_as_a_difference(a, b, c, d):
    x, y = sorted((a, b)), sorted((c, d))
    overlap = not (x[1] < y[0] or y[1] < x[0])
    assert intervals_differ(tuple(x), tuple(y)) is (not overlap)


@given(st.integers(0, 50), st.integers(1, 50))
def test_share_intervals_hold_the_share(k, n):
    k = min(k, n)
    low, high = share_interval(k, n)
    assert 0 <= low <= k / n <= high <= 1


def test_few_quoted_sentences_are_not_compared():
    body = pd.DataFrame({"voice": ["quote"] * 3 + ["narration"] * 20,
                         "compound": [0.9, -0.5, -0.4] + [0.0] * 20})
    means = body.groupby("voice")["compound"].agg(["mean", "count"])
    assert _voices_finding(means, body).startswith("Too few sentences")


def test_a_clear_difference_in_voices_is_stated():
    body = pd.DataFrame({"voice": ["quote"] * 10 + ["narration"] * 10,
                         "compound": [0.8, 0.7, 0.9, 0.75, 0.85] * 2 + [-0.6, -0.7] * 5})
    means = body.groupby("voice")["compound"].agg(["mean", "count"])
    assert "more positive" in _voices_finding(means, body)
    assert mean_interval([0.5])[1:] == (-1.0, 1.0)


def test_one_outlet_or_close_shares_name_no_leader():
    one = pd.DataFrame({"anonymous": [3], "named_person": [7]}, index=["(no outlet)"])
    assert "leans most" not in _anonymous_finding(one)
    close = pd.DataFrame({"anonymous": [3, 2], "named_person": [7, 8]}, index=["a", "b"])
    assert _anonymous_finding(close).startswith("No outlet clearly")
    clear = pd.DataFrame({"anonymous": [60, 2], "named_person": [40, 98]}, index=["a", "b"])
    assert _anonymous_finding(clear).startswith("a leans most")
