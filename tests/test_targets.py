"""Sentiment towards a target mention, per actor, and its NewsMTSC score."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import sentiment, targeted
from analysis.evaluate import target_newsmtsc
from analysis.loaders import Article, load_text_file

from .conftest import SEED_000, SEED_004, SHARED

NEWSMTSC = SHARED / "benchmarks" / "newsmtsc" / "train.jsonl"


def towards(sentence: str, name: str, last: bool = False) -> float:
    start = sentence.rindex(name) if last else sentence.index(name)
    return sentiment.target_sentiment(sentence, start, start + len(name))


def label(sentence: str, name: str) -> str:
    start = sentence.index(name)
    return targeted.target_label(sentence, start, start + len(name))


@pytest.mark.parametrize("sentence", [
    "Analysts praised Trump but condemned Maduro.",
    "Voters love Trump, but they despise Maduro.",
])
def test_two_targets_of_opposite_polarity_in_one_sentence(sentence):
    assert towards(sentence, "Trump") > 0.2
    assert towards(sentence, "Maduro") < -0.2
    assert label(sentence, "Trump") == "positive" and label(sentence, "Maduro") == "negative"


def test_negation_moves_the_sentiment_towards_the_target():
    assert towards("Maduro is not corrupt.", "Maduro") > towards("Maduro is corrupt.", "Maduro")
    assert towards("Maduro is not a good leader.", "Maduro") < \
        towards("Maduro is a good leader.", "Maduro")
    assert label("Maduro is a good leader.", "Maduro") == "positive"
    assert label("Maduro is not a good leader.", "Maduro") == "negative"


@pytest.mark.parametrize("sentence", [
    "“This is a disgrace and a catastrophe,” said Trump.",
    "“This is a disgrace and a catastrophe,” Trump said.",
    "Trump said: “This is a disgrace and a catastrophe.”",
])
def test_a_quote_belongs_to_its_speaker_not_to_the_people_it_mentions(sentence):
    # the speaker is not judged by the tone of the words they speak
    assert label(sentence, "Trump") == "neutral"
    assert abs(towards(sentence, "Trump")) < 0.4


def test_what_a_quote_says_about_someone_counts_for_them():
    sentence = "Trump said Maduro is a “murderous dictator” who must go."
    assert towards(sentence, "Maduro") < -0.3


def test_scores_stay_in_range_and_a_bad_span_is_refused():
    assert -1 <= towards("Maduro spoke on Saturday.", "Maduro") <= 1
    with pytest.raises(ValueError, match="outside the text"):
        sentiment.target_sentiment("Maduro spoke.", 5, 50)
    with pytest.raises(ValueError, match="outside the text"):
        sentiment.target_sentiment("Maduro spoke.", 3, 3)


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=200), st.data())
def test_any_text_and_span_gets_a_score_in_range(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    score = sentiment.target_sentiment(text, start, end)
    assert -1.0 <= score <= 1.0


def test_every_mention_of_the_seed_actors_is_scored_pronouns_included():
    article = load_text_file(SEED_000)
    mentions = sentiment.mention_sentiment(article)
    assert list(mentions.columns) == sentiment.MENTION_COLUMNS
    maduro = mentions[mentions["actor"] == "Nicolás Maduro"]
    assert set(maduro["via"]) == {"name", "description", "pronoun"}
    assert "the embattled president" in set(maduro["mention"])
    assert mentions["score"].between(-1, 1).all()
    for row in mentions.itertuples():
        assert article.text[row.start:row.end] == row.mention


def test_actor_table_gives_mean_interval_and_counts_reproducibly():
    article = load_text_file(SEED_004)
    mentions = sentiment.mention_sentiment(article)
    table = sentiment.actor_sentiment(mentions)
    assert list(table.columns) == sentiment.ACTOR_COLUMNS
    assert table.iloc[0]["actor"] == "Nicolás Maduro"  # most mentioned first
    for row in table.itertuples():
        part = mentions[mentions["actor"] == row.actor]
        assert row.mentions == len(part)
        assert row.mean == pytest.approx(part["score"].mean(), abs=1e-4)
        assert row.ci_low <= row.mean <= row.ci_high
    pd.testing.assert_frame_equal(table, sentiment.actor_sentiment(mentions))


def test_an_article_without_people_gives_empty_tables():
    mentions = sentiment.mention_sentiment(Article("t", "It rained all day.", "test"))
    assert mentions.empty and list(mentions.columns) == sentiment.MENTION_COLUMNS
    assert sentiment.actor_sentiment(mentions).empty


@pytest.mark.skipif(not NEWSMTSC.exists(), reason="NewsMTSC is not beside the project")
def test_newsmtsc_held_out_folds_stay_above_the_floor():
    """Fresh models on article-grouped folds: what the method does on unseen articles
    (plain sentence-level VADER: 0.52 here)."""
    result = target_newsmtsc(NEWSMTSC, folds=3)
    assert result["macro_f1"] >= 0.60
    assert result["macro_f1"] > result["vader_macro_f1"] + 0.07


@pytest.mark.skipif(not NEWSMTSC.exists(), reason="NewsMTSC is not beside the project")
def test_the_shipped_model_matches_the_features_it_was_trained_on():
    # a model file out of step with the feature code scores its own training data poorly
    assert target_newsmtsc(NEWSMTSC)["macro_f1"] >= 0.90


def test_a_malformed_newsmtsc_file_is_named(write):
    path = write("bad.jsonl", '{"primary_gid": "a_b", "targets": []}\nnot json\n')
    with pytest.raises(ValueError, match=r"bad.jsonl, line 2"):
        targeted.read_newsmtsc(path)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Maduro", "not", "very", "but", "good", "bad", "war", "the",
                                 "said", "kind", "of", "no", "!", "LOL", ":)", "crisis,",
                                 "GREAT", "peace.", "x"]), max_size=8))
def test_the_vader_shortcut_gives_vaders_numbers(words):
    from analysis.sentiment import analyzer

    piece = " ".join(words)
    s = analyzer().polarity_scores(piece)
    assert targeted._vader(piece) == [s["neg"], s["pos"], s["compound"]]


def test_training_into_a_folder_and_a_file_that_is_not_utf8(tmp_path, capsys):
    """`train targets --out FOLDER` writes the model into the folder; a NewsMTSC file that
    is not UTF-8 is named, with no traceback, for train and evaluate alike."""
    from analysis.__main__ import main

    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"sentence": "caf\xe9"}\n')
    for args in (["train", "targets", "--newsmtsc", str(bad), "--out", str(tmp_path)],
                 ["evaluate", "targets", "--newsmtsc", str(bad)]):
        assert main(args) == 2
        err = capsys.readouterr().err
        assert str(bad) in err and "not UTF-8" in err and "Traceback" not in err
    if not NEWSMTSC.is_file():
        pytest.skip("NewsMTSC is not beside the project")
    small = tmp_path / "small.jsonl"
    small.write_text("".join(NEWSMTSC.read_text(encoding="utf-8").splitlines(True)[:200]),
                     encoding="utf-8")
    assert main(["train", "targets", "--newsmtsc", str(small), "--out", str(tmp_path)]) == 0
    assert (tmp_path / "target_sentiment_model.json").is_file()
