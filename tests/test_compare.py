"""Several articles side by side: alignment, comparable facts, and where they disagree."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import compare
from analysis.loaders import Article, load_text_file

from .conftest import SEED_000, SEED_004


@pytest.fixture(scope="module")
def seeds():
    return [load_text_file(SEED_000), load_text_file(SEED_004)]


@pytest.fixture(scope="module")
def seed_diffs(seeds):
    return compare.differences(seeds)


def _facts_over(article, span_text):
    """(kind, topic, value) of the facts that overlap the first occurrence of span_text."""
    start = article.text.index(span_text)
    end = start + len(span_text)
    f = compare.facts(article)
    over = f[(f["start"] < end) & (f["end"] > start)]
    return set(zip(over["kind"], over["topic"], over["value"], strict=True))


def test_the_four_gold_differences_are_surfaced(seeds, seed_diffs, comparisons):
    a, b = seeds
    found = set(zip(seed_diffs["kind"], seed_diffs["topic"], seed_diffs["value_a"],
                    seed_diffs["value_b"], strict=True))
    for gold in comparisons["differences"]:
        in_a = _facts_over(a, gold[a.id])
        in_b = _facts_over(b, gold[b.id])
        assert in_a and in_b, gold["topic"]
        wanted = {(ka, ta, va, vb) for ka, ta, va in in_a for kb, tb, vb in in_b
                  if (ka, ta) == (kb, tb)}
        assert wanted & found, gold["topic"]


def test_the_seed_differences_say_what_differs(seed_diffs):
    rows = {(r.kind, r.topic): r for r in seed_diffs.itertuples()}
    title = rows[("title", "Donald Trump")]
    assert (title.value_a, title.value_b) == ("us president", "former us president")
    stance = rows[("stance", "Nicolás Maduro")]
    assert (stance.value_a, stance.value_b) == ("reject", "accept")
    deadline = rows[("deadline", "deadline")]
    assert (deadline.value_a, deadline.value_b) == ("immediately", "1 week")
    assert list(seed_diffs.columns) == compare.DIFF_COLUMNS


def test_agreeing_or_merely_adding_is_not_a_difference():
    a = Article("a", "Maduro refused the demand on Monday. The call lasted 15 minutes.", "t")
    b = Article("b", "The call lasted 15 minutes. Maduro rejected the demand, aides said, "
                     "and he refused the offer of safe passage too.", "t")
    assert compare.differences([a, b]).empty


def test_facts_of_each_kind():
    article = Article("t", (
        "US President Donald Trump gave Nicolás Maduro one week to leave the country. "
        "Maduro refused. Trump offered him safe passage if he agreed to resign. "
        "The vote, held on July 28, was disputed. The call lasted 15 minutes."), "t")
    f = compare.facts(article)
    got = set(zip(f["kind"], f["topic"], f["value"], strict=True))
    assert ("title", "Donald Trump", "us president") in got
    assert ("deadline", "deadline", "1 week") in got
    assert ("stance", "Nicolás Maduro", "reject") in got
    assert ("stance", "Donald Trump", "accept") in got
    assert ("stance", "Nicolás Maduro", "accept") not in got  # "if he agreed": a condition
    assert ("date", "vote", "july 28") in got
    assert ("number", "minute", "15") in got
    for row in f.itertuples():
        assert article.text[row.start:row.end] == row.text


def test_sentences_that_report_the_same_thing_are_aligned(seeds):
    aligned = compare.align(seeds)
    assert list(aligned.columns) == compare.ALIGN_COLUMNS
    pairs = set(zip(aligned["sentence_a"], aligned["sentence_b"], aligned["mutual"],
                    strict=True))
    # "Trump confirmed to reporters on Sunday that the call had taken place" and
    # "While Trump confirmed on Sunday that the conversation took place"
    a, b = seeds
    i = next(k for k, (x, _) in enumerate(a.sentences) if "Trump confirmed" in a.text[x:x + 40])
    j = next(k for k, (x, _) in enumerate(b.sentences) if "Trump confirmed" in b.text[x:x + 40])
    assert (i, j, True) in pairs
    assert aligned["similarity"].between(0.15, 1.0).all()


def test_set_id_does_not_depend_on_order(seeds):
    assert compare.set_id(seeds) == compare.set_id(seeds[::-1])
    assert compare.set_id(seeds).startswith("set-")
    assert compare.set_id(seeds) != compare.set_id(seeds[:1])


def test_profiles_stack_every_reading_per_article(seeds):
    tables = compare.profiles(seeds)
    for name in ("sentiment", "actors", "quotes", "sources", "frames", "descriptions"):
        assert set(tables[name]["article"]) == {a.id for a in seeds}, name


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_any_two_texts_can_be_compared(x, y):
    articles = [Article("a", x, "t"), Article("b", y, "t")]
    diffs = compare.differences(articles)
    assert isinstance(diffs, pd.DataFrame) and list(diffs.columns) == compare.DIFF_COLUMNS
    compare.align(articles)


def _short_sentences(seed: int, n: int) -> Article:
    import random

    rng = random.Random(seed)
    words = "minister talks budget war election court police river market school".split()
    text = " ".join(f"The {rng.choice(words)} {rng.choice(words)} is {rng.randint(1, 999)} "
                    f"{rng.choice(words)}s." for _ in range(n))
    return Article(f"short-{seed}", text, "test")


def test_long_articles_are_compared_without_the_square_of_their_sentences():
    import tracemalloc

    a, b = _short_sentences(1, 6000), _short_sentences(2, 6000)  # ~200 KB each
    assert a.sentences and b.sentences  # segmented first: not the comparison's cost
    tracemalloc.start()
    sim = compare.Similarity([a, b])
    aligned = compare.align([a, b], similarity=sim)
    diffs = compare.differences([a, b], similarity=sim)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    # all against all, 6,000 × 6,000 similarities would take 288 MB
    assert peak < 100e6, f"{peak / 1e6:.0f} MB"
    assert not aligned.empty and list(diffs.columns) == compare.DIFF_COLUMNS


def test_pairing_on_rare_words_keeps_the_alignment_of_real_articles(seeds, monkeypatch):
    exact = compare.align(seeds)
    monkeypatch.setattr(compare.Similarity, "EXACT_PAIRS", 0)
    monkeypatch.setattr(compare.Similarity, "RARE", 5)
    pd.testing.assert_frame_equal(compare.align(seeds), exact)


def _disagreement_cases():
    import json
    from pathlib import Path

    path = Path(__file__).parent / "data" / "disagreements.json"
    return json.loads(path.read_text(encoding="utf-8"))["cases"]


def test_facts_in_conflict_on_stories_written_for_the_test():
    """Precision on hand-written pairs of one event (tests/data/disagreements.json): every
    reported conflict is one a reader finds, and none of the traps (a title spelled two ways,
    a description, a number inside a name, counts of different things, two events of one
    kind, a relative date in an undated article) is reported."""
    found = expected = right = 0
    traps = []
    for case in _disagreement_cases():
        a = Article("a", case["a"], "test", date=case.get("date_a"))
        b = Article("b", case["b"], "test", date=case.get("date_b"))
        diffs = compare.differences([a, b])
        got = sorted(map(list, diffs.loc[diffs["type"] == "conflict", ["kind", "rule"]]
                         .itertuples(index=False)))
        found, expected = found + len(got), expected + len(case["conflicts"])
        right += sum(g in case["conflicts"] for g in got)
        if not case["conflicts"] and got:
            traps.append((case["name"], got))
    assert not traps, traps
    assert right / max(found, 1) >= 0.9  # measured: 9 of 9
    assert right / expected >= 0.8  # measured: 9 of 10 (an unnamed subject's answer is missed)


def test_the_seeds_four_disagreements_are_facts_in_conflict(seeds):
    diffs = compare.differences(seeds)
    conflicts = diffs[diffs["type"] == "conflict"]
    assert sorted(conflicts["rule"]) == ["current or former role", "different deadlines",
                                         "different years for one event", "opposite answers"]
    assert (diffs["type"] == "conflict").all()


def test_a_title_is_a_role_only_when_it_names_an_office():
    assert compare.office("former us president") == ("president", True)
    assert compare.office("north carolina rep.") == ("member of the house", False)
    assert compare.office("representative") == compare.office("congressman")
    assert compare.office("vice president")[0] == "vice president"
    assert compare.office("the seven-term lawmaker") == (None, False)
    assert compare.office("outspoken critic") == (None, False)


def test_labels_are_a_table_that_marks_a_role_in_conflict(seeds):
    from analysis import plots

    tables = compare.profiles(seeds)
    labels = {a.id: a.label for a in seeds}
    html, data = plots.compare.labels_table(tables["descriptions"], labels,
                                            compare.differences(seeds))
    assert "Donald Trump&#x27;s role is in conflict" in html
    assert '<mark title="in conflict with another article">former US President Donald Trump' \
        in html
    assert list(data.columns) == ["actor", *labels]
    many = {f"a{i}": f"Article {i} <b>" for i in range(20)}  # 20 articles: still a table
    html, _ = plots.compare.labels_table(tables["descriptions"], many)
    assert "&lt;b&gt;" in html and "<b>" not in html.split("</style>")[1]


def test_the_labels_table_takes_only_labels_each_article_confirms(seeds):
    """A description the actor layer resolved by nearness ("the embattled president") is not
    put beside the other article's titles; one whose modifier the same article confirms
    ("The Venezuelan president", where Maduro is "Venezuelan leader") is."""
    from analysis import plots

    tables = compare.profiles(seeds)
    assert "the embattled president" in set(tables["descriptions"]["description"])
    _, data = plots.compare.labels_table(tables["descriptions"], {a.id: a.label for a in seeds})
    shown = " · ".join(data.drop(columns="actor").fillna("").to_numpy().ravel())
    assert "The Venezuelan president" in shown
    assert "the embattled president" not in shown
