"""Source framing: sources, hedges, no-comment events, actor descriptions and issue frames,
against the seeds' gold and FrAC."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import config, descriptions, framing, sources
from analysis.evaluate import frames_frac
from analysis.loaders import Article, load_text_file
from analysis.pipeline import readings
from analysis.quotes import quotes_frame

from .conftest import SEED_000, SEED_004, SHARED

FRAC_DEV = SHARED / "benchmarks" / "frames" / "frac_dev.csv"


def load(seed):
    article = load_text_file(seed)
    return article, quotes_frame(article)


def overlaps(a, b) -> bool:
    return max(a[0], b[0]) < min(a[1], b[1])


def test_004_rests_on_anonymous_sources_far_more_than_000():
    s000 = readings(load_text_file(SEED_000)).summary.iloc[0]
    s004 = readings(load_text_file(SEED_004)).summary.iloc[0]
    assert s004["share_anonymous"] >= 2 * s000["share_anonymous"]
    assert s004["share_named"] < s000["share_named"]


@pytest.mark.parametrize("seed", [SEED_000, SEED_004])
def test_source_types_of_the_gold_sources(gold, seed):
    article, found = load(seed)
    table = sources.sources(article, found).set_index("speaker")
    by_fold = {k.casefold(): v for k, v in table["source_type"].items()}
    for g in gold[article.id]["sources"]:
        if g["name"].casefold() in by_fold:
            assert by_fold[g["name"].casefold()] == g["type"], g["name"]
    assert all(table["on_record"] == table["source_type"].isin(sources.ON_RECORD))


def test_relayed_sources_name_their_outlet():
    article, found = load(SEED_000)
    via = sources.sources(article, found).set_index("speaker")["via"]
    assert via["sources cited by the Miami Herald"] == "Miami Herald"
    assert via["Sources familiar with Venezuelan officials"] == "Wall Street Journal"


@pytest.mark.parametrize("seed", [SEED_000, SEED_004])
def test_every_gold_hedge_is_found(gold, seed):
    article = load_text_file(seed)
    found = [(r.start, r.end) for r in sources.hedges(article).itertuples()]
    for h in gold[article.id]["hedges"]:
        assert any(overlaps(f, h["span"]) for f in found), h["text"]


def test_no_comment_events(gold):
    article = load_text_file(SEED_004)
    found = [(r.start, r.end) for r in sources.no_comment(article).itertuples()]
    assert len(found) == len(gold[article.id]["no_comment"]) == 2
    for g in gold[article.id]["no_comment"]:
        assert any(overlaps(f, g["span"]) for f in found), g["text"]
    assert sources.no_comment(load_text_file(SEED_000)).empty


@pytest.mark.parametrize("seed", [SEED_000, SEED_004])
def test_actor_descriptions_match_the_gold(gold, seed):
    article = load_text_file(seed)
    desc = descriptions.descriptions(article)
    got = set(zip(desc["actor"], desc["description"], strict=True))
    for actor, labels in gold[article.id].get("actor_descriptions", {}).items():
        for label in labels:
            if " " in label:  # a bare surname is a mention, not a description
                assert (actor, label) in got, label


def test_appositions_describe_the_person_they_follow():
    text = ("Gustavo Petro, Colombia's president, said no. Vladimir Padrino, a former defence "
            "minister who fled, wrote. Mary Jones, the people, said. Ana Ruiz, 54, agreed.")
    d = descriptions.descriptions(Article("t", text, "test"))
    got = set(zip(d["actor"], d["kind"], d["description"], strict=True))
    assert got == {("Gustavo Petro", "apposition", "Colombia's president"),
                   ("Vladimir Padrino", "apposition", "a former defence minister")}


def test_a_thing_in_apposition_is_no_label_of_the_person():
    # "-ent" ends a person's word ("a student"), "-ment" a thing's
    text = ("Jane Smith, a bracingly honest statement, opened the debate. Tom Hale, a student "
            "at the college, spoke next.")
    d = descriptions.descriptions(Article("t", text, "test"))
    assert set(zip(d["actor"], d["description"], strict=True)) == {
        ("Tom Hale", "a student at the college")}


def test_trumps_title_differs_between_the_seeds():
    def titles(seed):
        article = load_text_file(seed)
        d = descriptions.descriptions(article)
        return set(d.loc[d["actor"] == "Donald Trump", "description"])

    assert "United States President Donald Trump" in titles(SEED_000)
    assert "former US President Donald Trump" in titles(SEED_004)


def test_frame_scores_are_keyed_by_the_codebook():
    scores = framing.frame_scores("The court ruled the law unconstitutional.")
    assert list(scores) == list(framing.frames()) and len(scores) == 15
    assert framing.top_frame("The court ruled the law unconstitutional.").startswith("Legality")
    assert framing.top_frame("Troops and warships were deployed against the threat.") == \
        "Security and defense"
    assert framing.top_frame("It rained.") == "Other"


def test_seed_frame_comparisons(comparisons):
    """Every frame the gold says ranks higher in one seed does, Economic in 000 included."""
    profiles = {seed.stem: framing.article_frames(load_text_file(seed)).set_index("frame")["score"]
                for seed in (SEED_000, SEED_004)}
    rules = comparisons["frames"]
    checked = 0
    for key, names in rules.items():
        if not key.startswith("higher_in_"):
            continue
        high = key.removeprefix("higher_in_")
        (low,) = set(profiles) - {high}
        for name in names:
            frame = name.replace("&", "and")
            assert profiles[high][frame] > profiles[low][frame], (frame, high)
            checked += 1
    assert checked == 4


def test_money_offered_as_a_reward_is_crime_not_economic():
    reward = framing.frame_scores("Washington raised the reward for his arrest to US$50 million.")
    assert reward["Economic"] == 0 and reward["Crime and punishment"] > 0
    budget = framing.frame_scores("The city raised its budget to US$50 million.")
    assert budget["Economic"] > 0 and budget["Crime and punishment"] == 0
    sanctions = framing.frame_scores("He sought the removal of all US sanctions.")
    assert sanctions["External regulation and reputation"] > 0 and sanctions["Economic"] == 0


@pytest.mark.skipif(not FRAC_DEV.exists(), reason="FrAC dev is not beside the project")
def test_frac_dev_score_stays_above_the_floor():
    result = frames_frac(FRAC_DEV)
    assert result["macro_f1"] >= 0.50 and result["accuracy"] >= 0.55


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_a_profile_and_sources_without_error(text):
    if not text.strip():
        return
    article = Article("t", text, "test")
    found = quotes_frame(article)
    assert len(framing.article_frames(article)) == 15
    assert len(sources.summary(article, found, sources.sources(article, found))) == 1
    descriptions.descriptions(article)


def test_a_quote_without_a_speaker_mention_does_not_break_the_sources():
    # a quoted paragraph that continues the previous speaker has no mention of its own
    article = Article("t", "“We will win,” the senator said.\n\n“And we will win big.”\n", "t")
    found = quotes_frame(article)
    assert found["speaker_mention"].isna().any()
    table = sources.sources(article, found)
    assert list(table["attributions"]) == [2]


def test_evaluate_names_a_wrong_file_and_says_when_data_are_development_data(tmp_path, capsys):
    from analysis.__main__ import main

    wrong = tmp_path / "wrong.csv"
    wrong.write_text("text,frame\nA sentence.,3\n", encoding="utf-8")
    assert main(["evaluate", "frames", "--frac", str(wrong)]) == 2
    assert "not a FrAC file (it needs the columns sentence,label)" in capsys.readouterr().err
    wrong.write_text("sentence,label\nA sentence.,economy\n", encoding="utf-8")
    assert main(["evaluate", "frames", "--frac", str(wrong)]) == 2
    assert "line 2: label 'economy' is not a frame code" in capsys.readouterr().err
    mine = tmp_path / "mine.csv"
    mine.write_text("sentence,label\nThe tax cut will cost billions.,1\n", encoding="utf-8")
    assert main(["evaluate", "frames", "--frac", str(mine)]) == 0
    assert "development data" not in capsys.readouterr().err
    from analysis.evaluate import development_note

    assert "development data" in development_note(
        config.PROJ_ROOT.parent / "shared" / "benchmarks" / "frames" / "frac_dev.csv")


def _labels(text: str, date: str | None = None) -> set[tuple[str, str, str]]:
    d = descriptions.descriptions(Article("t", text, "test", date=date))
    return set(zip(d["actor"], d["kind"], d["description"], strict=True))


def test_a_label_is_only_what_the_structure_ties_to_the_name():
    """Verbs, prepositions, courtesies, datelines and other people's names before a name are
    no part of its label (issue 21: "criticized president", "spokesman for mrs.")."""
    got = _labels("Republicans criticized President Barack Obama on Monday. "
                  "Drew Gattine told Republican Governor Paul LePage that it was late. "
                  "LOS ANGELES - Hillary Clinton spoke. Mr. Marco Rubio left.")
    assert {(a, d) for a, _, d in got} == {
        ("Barack Obama", "President Barack Obama"),
        ("Paul LePage", "Republican Governor Paul LePage")}


def test_appositions_and_predicates_are_labels_when_they_name_a_person():
    got = _labels("Josh Earnest, the White House spokesman, said it was late. "
                  "Tim Scott is the longest-serving senator from the state. "
                  "Donald Trump is not a racist, his aide said. "
                  "Marco Rubio, a majority of likely voters say, will lose.")
    assert ("Josh Earnest", "apposition", "the White House spokesman") in got
    assert any(a == "Tim Scott" and "longest-serving senator" in d for a, _, d in got)
    assert not [x for x in got if x[0] in ("Donald Trump", "Marco Rubio")]


def test_a_label_says_when_it_speaks_of():
    d = descriptions.descriptions(Article("t", (
        "Crime policies that began under President Bill Clinton did harm. "
        "President Jimmy Carter signed the law in 1978. "
        "Tim Scott is the longest-serving senator from the state. "
        "Former President Barack Obama spoke on Tuesday."), "test", date="2019-05-01"))
    when = dict(zip(d["actor"], d["when"], strict=False))
    assert when == {"Bill Clinton": "past", "Jimmy Carter": "past", "Tim Scott": "tenure",
                    "Barack Obama": "now"}


def test_a_label_is_not_taken_from_another_person_or_a_supposition():
    """Read on same-event PolNeAR pairs: "a Democrat" went to Huckabee across O'Malley's name,
    and "a woman" to Trump from "If Donald Trump were a woman"."""
    got = _labels("Everybody except former Arkansas governor Mike Huckabee, a Republican, and "
                  "former Maryland governor Martin O'Malley, a Democrat. "
                  "If Donald Trump were a woman would you still vote for her?")
    assert not [x for x in got if x[0] == "Mike Huckabee" and "Democrat" in x[2]]
    assert not [x for x in got if x[0] == "Donald Trump"]
