"""The people of an article: who is named, their gender, and who of them speaks.

One row per person the actor layer (:mod:`analysis.entities`) found, under the one canonical
name it gives each person ("Republican Donald Trump", "Mr. Trump" and "Trump’s" are Donald
Trump). Gender comes from the article first (an honorific, the pronouns that can only refer
to that person, a gendered noun in a title) and then from the first name
(:mod:`analysis.names`); ``unknown`` when nothing ties it clearly.

The headline figure of sourcing research (the Gender Gap Tracker's): the share of women among
the people quoted, :func:`share_women`.
"""

from __future__ import annotations

import pandas as pd

from .loaders import Article

COLUMNS = ["article", "name", "gender", "gender_evidence", "mentions", "quoted",
           "attributions", "words"]


def people(article: Article, quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per person named in the article. ``quotes``: the article's
    :func:`analysis.quotes.quotes_frame`."""
    return pd.DataFrame(people_records(article, quotes), columns=COLUMNS)


def people_records(article: Article, quotes: pd.DataFrame) -> list[dict]:
    """:func:`people`'s rows as plain records with the keys of ``COLUMNS`` (JSON-ready: the
    ``people`` command prints them as they are)."""
    from collections import Counter

    mentions = Counter(id(actor) for _, _, actor, _ in article.actors.person_mentions())
    attributions, words = Counter(), Counter()
    for speaker, kind, n in zip(quotes["speaker"], quotes["source_type"], quotes["words"],
                                strict=True):
        if kind == "named_person" and isinstance(speaker, str):
            attributions[speaker] += 1
            words[speaker] += int(n)
    return [{"article": article.id, "name": actor.name, "gender": actor.gender,
             "gender_evidence": actor.gender_evidence or None,
             "mentions": mentions.get(id(actor), len(actor.mentions)),
             "quoted": attributions[actor.name] > 0, "attributions": attributions[actor.name],
             "words": words[actor.name]}
            for actor in article.actors.actors if actor.kind == "person"]


def share_women(table: pd.DataFrame, among: str = "quoted") -> dict:
    """The share of women among the people of ``table`` (a :func:`people` table, of one
    article or many) who are ``quoted`` or ``named`` (all), over those whose gender is known;
    with the counts it rests on."""
    rows = table[table["quoted"]] if among == "quoted" else table
    female = int((rows["gender"] == "female").sum())
    male = int((rows["gender"] == "male").sum())
    unknown = int((rows["gender"] == "unknown").sum())
    known = female + male
    return {"people": len(rows), "female": female, "male": male, "unknown": unknown,
            "share_female": female / known if known else float("nan")}


def gender_of_speakers(quotes: pd.DataFrame, table: pd.DataFrame) -> pd.Series:
    """The gender of each attribution's speaker: ``female``, ``male``, ``unknown`` for people,
    empty for other sources."""
    genders = dict(zip(table["name"], table["gender"], strict=True))
    return quotes["speaker"].map(genders)
