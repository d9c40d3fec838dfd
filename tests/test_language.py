"""The learned language layer: the shipped names recogniser, what it makes of names a user
meets in real news, and its scores against the corpora's own gold (never retrained here)."""

import json
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.entities import Actors
from analysis.language import model, parse
from analysis.language.tokens import tokenize
from analysis.loaders import Article

from .conftest import SHARED

CORPORA = SHARED / "corpora"


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in Actors(text).actors}


def test_the_model_ships_with_its_sources_licences_and_scores():
    meta = json.loads((model.MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert model.MODEL_FILE.stat().st_size < 5_000_000
    assert {s["license"] for s in meta["sources"]} and all(s.get("url") for s in meta["sources"])
    assert "PER" in meta["performance"]["GUM dev (25 documents)"]
    licences = (model.MODEL_DIR / "LICENSES_SOURCES").read_text(encoding="utf-8")
    assert "GUM" in licences and "wikigold" in licences and "CC BY-SA 4.0" in licences


def test_tokens_are_cut_as_the_treebanks_cut_them():
    text = "Mr. Trump’s aide didn’t say “no,” U.S. Sen. Joe Lieberman said."
    assert [t.text for t in tokenize(text)] == [
        "Mr.", "Trump", "’s", "aide", "did", "n’t", "say", "“", "no", ",", "”", "U.S.", "Sen.",
        "Joe", "Lieberman", "said", "."]
    assert all(text[t.start:t.end] == t.text for t in tokenize(text))
    contractions = "He’ll say they’re late; she didn’t. O’Brien can’t."
    assert [t.text for t in tokenize(contractions)] == [
        "He", "’ll", "say", "they", "’re", "late", ";", "she", "did", "n’t", ".", "O’Brien",
        "ca", "n’t", "."]
    numbers = "About 19,000 members, 1,250.5 tonnes, in 2015, 2016."
    assert [t.text for t in tokenize(numbers)] == [
        "About", "19,000", "members", ",", "1,250.5", "tonnes", ",", "in", "2015", ",", "2016",
        "."]
    numbering = "It is No. 5, nos. 3 and 4. She said no."
    assert [t.text for t in tokenize(numbering)] == [
        "It", "is", "No.", "5", ",", "nos.", "3", "and", "4", ".", "She", "said", "no", "."]
    parties = "Sen. Rand Paul, R-Ky., and Rep. Ro Khanna (D-Calif.) met. It was an X-ray."
    assert [t.text for t in tokenize(parties)] == [
        "Sen.", "Rand", "Paul", ",", "R-Ky.", ",", "and", "Rep.", "Ro", "Khanna", "(",
        "D-Calif.", ")", "met", ".", "It", "was", "an", "X-ray", "."]


def test_a_speaker_named_after_a_quote_is_a_person():
    found = kinds("“We have never seen a signal like this,” Wei Chen says. Chen leads the "
                  "team.")
    assert found.get("Wei Chen") == "person"


def test_places_named_like_people_are_not_people():
    found = kinds("Residents of Metro Vancouver and the Fraser Valley waited as crews "
                  "reopened the Fraser Highway. Officials in New York City said the storm "
                  "had passed.")
    people = {n for n, k in found.items() if k == "person"}
    assert not people & {"Metro Vancouver", "Fraser Valley", "Fraser Highway", "York City",
                         "New York City"}, found
    assert found.get("New York City") == "place"


def test_a_force_a_rank_and_a_name_read_as_one_organisation_are_the_force_and_a_person():
    text = ("Ontario Provincial Police Const. Ann Lee said the driver was taken to hospital. "
            "Peel Regional Police Const. Mark Fox said no one else was hurt.")
    found = kinds(text)
    assert (found.get("Ann Lee"), found.get("Mark Fox")) == ("person", "person"), found
    assert found.get("Ontario Provincial Police") == "institution", found
    article = Article("t", text, "test")
    assert [q.record(article)["speaker"] for q in article.quotes] == ["Ann Lee", "Mark Fox"]
    # a title in full, before a first name ("Canadian General Electric Co" has no general)
    found = kinds("Emergency Services Minister Jaclyn Symes thanked volunteers and said the "
                  "state was better prepared. Canadian General Electric Co said profits rose.")
    assert found.get("Jaclyn Symes") == "person", found
    assert "person" not in {k for n, k in found.items() if "Electric" in n}
    # a title of elected office before the name's last two words, whatever the first name
    found = kinds("Manitoba Premier Wab Kinew called the news a gut punch for the city.")
    assert found.get("Wab Kinew") == "person", found


def test_a_bill_with_its_number_is_no_person_named_bill():
    found = kinds("Quebec passed Bill 96 last year, and the Senate passed Bill C-69. "
                  "Bill Blair said both bills were flawed.")
    assert found.get("Bill Blair") == "person", found
    assert {n: k for n, k in found.items() if n.startswith("Bill ")} == {
        "Bill 96": "other", "Bill C-69": "other", "Bill Blair": "person"}


def test_a_people_is_a_group_not_a_person():
    found = kinds("The Venezuelan leader spoke for an hour. Many Venezuelans watched.")
    assert "person" not in {k for n, k in found.items() if n.startswith("Venezuelan")}


def test_titles_are_labels_and_the_whole_name_is_kept():
    actors = Actors("Former Secretary of State Hillary Clinton met the composer Antonín "
                    "Leopold Dvořák's heirs. United States President Donald Trump did not.")
    people = {a.name: a for a in actors.actors if a.kind == "person"}
    assert {"Hillary Clinton", "Donald Trump"} <= set(people)
    assert {"secretary", "former"} <= people["Hillary Clinton"].descriptors
    assert "president" in people["Donald Trump"].descriptors


def test_the_article_shows_a_person_the_model_doubts():
    found = kinds("Gustavo Petro, Colombia's president, said no. Ana Ruiz, 54, agreed. "
                  "Mr. Zhang did not answer.")
    assert found.get("Gustavo Petro") == "person"
    assert found.get("Ana Ruiz") == "person"
    assert found.get("Zhang") == "person"


def test_two_threads_tag_as_one_does():
    text = ("Nicolás Maduro spoke in Caracas. Donald Trump called from Washington. "
            "The Miami Herald reported it first.") * 5
    one = parse(text, [(0, len(text))]).names
    results = []

    def work():
        for _ in range(20):
            results.append(parse(text, [(0, len(text))]).names)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == one for r in results)


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(list("Ab .,“”'’-\nÉz") + ["Mr. ", "Sen. ", " said ", "Jo",
                                                          "Paris", "Ann "]),
                max_size=120).map("".join))
def test_names_lie_in_the_text_in_reading_order(text):
    article = Article("any", text, "test")
    names = article.language.names
    assert all(0 <= n.start < n.end <= len(text) and text[n.start:n.end] == n.text
               for n in names)
    assert [n.start for n in names] == sorted(n.start for n in names)
    assert all(0.0 <= n.confidence <= 1.0 for n in names)


def test_the_recogniser_reads_the_word_lists_it_was_trained_with(tmp_path):
    """The package's lists (titles.txt...) serve the speaker rules and may grow; the model
    reads the lexicons written beside it when it was trained, so an edit to a list cannot
    silently change what the shipped model sees."""
    from analysis.language import features

    shipped = json.loads((model.MODEL_DIR / features.LEXICONS).read_text(encoding="utf-8"))
    assert {k: features.lexicon(k) for k in shipped} == {k: set(v) for k, v in shipped.items()}
    assert "president" in shipped["title"]
    (tmp_path / features.LEXICONS).write_text(json.dumps({**shipped, "title": ["zorblax"]}),
                                              encoding="utf-8")
    try:
        features.use_model_folder(tmp_path)
        assert "title" in features.word_features("Zorblax")
        assert "title" not in features.word_features("President")
    finally:
        features.use_model_folder(None)
    assert "title" in features.word_features("President")


@pytest.fixture(scope="module")
def corpora():
    if not (CORPORA / "gum").is_dir():
        pytest.skip("../shared/corpora is not beside the project")
    return CORPORA


def test_the_shipped_scores_are_the_models_scores_on_the_dev_data(corpora):
    """meta.json says what the shipped model scores; scoring it again gives the same."""
    from analysis.language.corpora import dev_sets
    from analysis.language.train import score

    meta = json.loads((model.MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    name = "GUM dev (25 documents)"
    again = score(dev_sets(corpora)[name], model.tagger().tag)
    assert again == meta["performance"][name]


def test_people_against_gums_gold_hold_their_measured_level(corpora):
    """People named in GUM's news, interview and biography dev documents: the level measured
    when the layer landed (precision 0.755, recall 0.595) may not fall back."""
    from analysis.language.corpora import gum_files
    from analysis.language.people_gold import score_people

    news = [f for f in gum_files(corpora, "dev")
            if f.stem.split("_")[1] in ("news", "interview", "bio")]
    result = score_people(news)
    assert result["precision"] >= 0.72 and result["recall"] >= 0.56, result


def test_credit_lines_are_not_the_storys_people():
    text = ("Jane Doe said the plan works.\n\nAdditional reporting by Tom Hale; Editing by Sara "
            "Kim\n\nHeader Image: A protest in Lima. Credit: Tomas Munita\n\nPhotograph: Ann "
            "Roe/Reuters\n\nSources said the deal was off.")
    people = {a.name for a in Article("t", text, "test").actors.actors if a.kind == "person"}
    assert people == {"Jane Doe"}


def test_a_things_name_after_the_is_not_a_person():
    found = kinds("Washington designated the Cartel de los Soles a terrorist group. Donald "
                  "Trump spoke, and the Trump campaign agreed.")
    assert "person" not in {k for n, k in found.items() if "Cartel" in n or "Soles" in n}
    assert found.get("Donald Trump") == "person"


@pytest.mark.parametrize("sentence, speaker, source_type", [
    ("“It works,” Burton said.", "Burton", "named_person"),
    ("“It works,” the IMF said.", "IMF", "institution"),
    ("“It works,” Mexicans said.", "Mexicans", "unnamed_group"),
    ("“It works,” Video said.", None, None),
    # people named by a plural of their role: a group, never the person named before
    ("Premier Doug Ford spoke. “It works,” the premiers said.", "the premiers", "unnamed_group"),
    ("Mary Clinton spoke. “It works,” Clinton’s lawyers said.", "Clinton’s lawyers",
     "unnamed_group"),
    ("“It works,” hospital nurses said.", "hospital nurses", "unnamed_group"),
    # outlets of news outside the US
    ("The Globe and Mail reported that it works.", "The Globe and Mail", "media"),
])
def test_a_speaker_is_what_the_recogniser_and_the_article_say(sentence, speaker, source_type):
    from analysis.quotes import quotes_frame

    q = quotes_frame(Article("t", sentence, "test"))
    assert len(q) == 1
    got = q.loc[0, "speaker"], q.loc[0, "source_type"]
    assert got == (speaker, source_type) or (speaker is None and got[0] is None), got


def test_training_without_the_corpora_says_what_is_missing(tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "analysis", "train", "entities",
                           str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 2
    assert str(tmp_path) in done.stderr and "no gum/" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_person_decisions_scores_are_its_scores_on_the_dev_data(corpora):
    """person.json says how the learned person decision scores on the names the shipped
    recogniser finds in GUM dev; deciding them again gives the same."""
    from analysis.language.corpora import gum_files
    from analysis.language.people_gold import read_document

    recorded = json.loads((model.MODEL_DIR / "person.json").read_text(encoding="utf-8"))
    tp = predicted = gold_n = 0
    for f in gum_files(corpora, "dev"):
        _, text, gold = read_document(f)
        for n, evidence in Article(f.stem, text, "test").actors.evidence:
            truth = any(n.start < y and x < n.end for g in gold for x, y in g.names)
            said = model.is_person(evidence)
            tp, predicted, gold_n = tp + (said and truth), predicted + said, gold_n + truth
    score = recorded["performance"]["GUM dev names"]
    assert (round(tp / predicted, 3), round(tp / gold_n, 3)) == (score["p"], score["r"])
