import pandas as pd
import pytest

from analysis import sentiment
from analysis.loaders import Article, load_text_file

from .conftest import SEED_000, SEED_004


def make(text: str) -> Article:
    return Article("t", text, "test")


@pytest.mark.parametrize("compound, expected", [(0.05, "positive"), (0.049, "neutral"),
                                                (-0.049, "neutral"), (-0.05, "negative")])
def test_label_follows_vaders_convention(compound, expected):
    assert sentiment.label(compound) == expected


def test_quoted_speech_and_narration_are_told_apart():
    df = sentiment.sentence_sentiment(make(
        "The minister arrived on Monday. “This is a wonderful, great agreement,” he said."))
    assert df["voice"].tolist() == ["narration", "quote"]
    assert df.loc[1, "compound"] > 0.5
    assert df.loc[1, "label"] == "positive"


def test_tone_is_read_from_the_words():
    df = sentiment.sentence_sentiment(make(
        "The deadly attack killed dozens and horrified the city. The festival was a joyful "
        "success."))
    assert df.loc[0, "compound"] < -0.5 < 0.5 < df.loc[1, "compound"]


def test_article_summary_has_a_row_per_voice_and_shares_add_up():
    df = sentiment.sentence_sentiment(load_text_file(SEED_000))
    summary = sentiment.article_sentiment(df)
    assert summary["voice"].tolist() == ["all", "narration", "quote"]
    shares = summary[["share_positive", "share_neutral", "share_negative"]].sum(axis=1)
    assert shares.round(6).eq(1).all()
    by = summary.set_index("voice")
    assert by.loc["all", "sentences"] == 30
    assert by.loc["narration", "sentences"] + by.loc["quote", "sentences"] == 30
    assert by.loc["quote", "sentences"] == 3


def test_article_with_no_quotes_gets_an_empty_quote_row():
    df = sentiment.sentence_sentiment(load_text_file(SEED_004))
    by = sentiment.article_sentiment(df).set_index("voice")
    assert by.loc["quote", "sentences"] == 0
    assert pd.isna(by.loc["quote", "mean_compound"])
    assert "Quoted speech" not in sentiment.describe(sentiment.article_sentiment(df))


def test_headings_are_marked_and_left_out_of_the_summary():
    df = sentiment.sentence_sentiment(load_text_file(SEED_004))
    assert df["is_heading"].sum() == 3
    summary = sentiment.article_sentiment(df).set_index("voice")
    assert summary.loc["all", "sentences"] == len(df) - 3


def test_paragraph_rows_cover_every_paragraph():
    article = load_text_file(SEED_004)
    df = sentiment.paragraph_sentiment(article)
    assert len(df) == len(article.paragraphs)
    assert df["sentences"].sum() == len(article.segments)


def test_extremes_lists_each_sentence_once():
    df = sentiment.sentence_sentiment(make("A good day. A bad day."))
    table = sentiment.extremes(df, n=3)
    assert sorted(table["position"]) == [0, 1]
    assert table.iloc[0]["end_of_scale"] == "most negative"


def test_an_article_of_headings_only_has_a_tone_row_per_voice_and_a_description():
    from analysis.pipeline import Readings

    r = Readings(Article("h", "Big Heading Here\n\nAnother Heading Line\n", "test"))
    assert list(r.tone["voice"]) == ["all", "narration", "quote"]
    assert (r.tone["sentences"] == 0).all()
    assert sentiment.describe(r.tone) == "The article has no sentences to score."


def test_a_sentence_too_long_for_vader_is_scored_in_pieces_and_said_so():
    from analysis.sentiment import (
        article_sentiment,
        describe,
        paragraph_sentiment,
        sentence_sentiment,
    )
    from analysis.vader import PIECE, pieces, scores

    endless = "Trump is good but Maduro is bad and " * 300  # 10,800 characters, no full stop
    parts = pieces(endless)
    assert "".join(parts) == endless and all(len(p) <= PIECE for p in parts)
    assert all(p.endswith(" ") for p in parts[:-1])  # cut between words
    assert scores(endless)["pieces"] == len(parts) == 4
    assert scores("A calm sentence.")["pieces"] == 1
    article = Article("long", endless + ".\n\nA short and happy sentence.", "test")
    sentences = sentence_sentiment(article)
    assert list(sentences["pieces"]) == [4, 1]
    assert list(paragraph_sentiment(article)["pieces"]) == [4, 1]
    text = describe(article_sentiment(sentences), sentences)
    assert "1 sentence longer than 3,000 characters was scored in pieces" in text
