import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis.figures import save_figure
from analysis.gallery import write_gallery


def draw():
    fig, ax = plt.subplots()
    ax.plot([0, 1, 2], [0.1, -0.4, 0.3])
    ax.set_title("Tone falls then recovers")
    return fig, pd.DataFrame({"x": [0, 1, 2], "y": [0.1, -0.4, 0.3]})


def test_writes_png_svg_csv_named_from_parameters_and_closes(tmp_path):
    fig, data = draw()
    png = save_figure(fig, data, article="a1", notebook="sentiment", slug="arc",
                      caption="A test.", out_dir=tmp_path)
    assert png == tmp_path / "a1" / "sentiment" / "arc.png"
    assert {p.name for p in png.parent.iterdir()} == {"arc.png", "arc.svg", "arc.csv"}
    assert pd.read_csv(png.with_suffix(".csv")).equals(data)
    assert not plt.fignum_exists(fig.number)


def test_bytes_are_the_same_run_after_run(tmp_path):
    outs = []
    for i in range(2):
        fig, data = draw()
        png = save_figure(fig, data, article="a1", notebook="nb", slug="arc",
                          out_dir=tmp_path / str(i))
        outs.append((png.read_bytes(), png.with_suffix(".svg").read_bytes()))
    assert outs[0] == outs[1]


def test_a_failed_write_leaves_no_partial_file(tmp_path):
    class Broken(pd.DataFrame):
        def to_csv(self, *args, **kwargs):
            raise OSError("disk full")

    fig, data = draw()
    with pytest.raises(OSError, match="disk full"):
        save_figure(fig, Broken(data), article="a1", notebook="nb", slug="arc", out_dir=tmp_path)
    names = sorted(p.name for p in (tmp_path / "a1" / "nb").iterdir())
    assert names == ["arc.png", "arc.svg"]  # complete files only; no temporary left behind


@pytest.mark.parametrize("article, slug", [("../x", "arc"), ("a1", "../arc"), ("a1", "A B")])
def test_names_cannot_escape_the_figures_folder(tmp_path, article, slug):
    fig, data = draw()
    with pytest.raises(Exception, match="folder name|slug"):
        save_figure(fig, data, article=article, notebook="nb", slug=slug, out_dir=tmp_path)
    plt.close(fig)


def test_gallery_lists_each_figure_with_its_title_and_caption(tmp_path):
    fig, data = draw()
    save_figure(fig, data, article="a1", notebook="sentiment", slug="arc",
                caption="What the arc shows.", out_dir=tmp_path)
    page = write_gallery(tmp_path).read_text(encoding="utf-8")
    assert '<img src="a1/sentiment/arc.png"' in page
    assert "Tone falls then recovers" in page and "What the arc shows." in page
    assert 'href="a1/sentiment/arc.csv"' in page


def test_a_figure_with_nothing_to_draw_is_one_line(tmp_path):
    """An empty chart was drawn at full width: now a strip in the notebook and a line of
    text in the gallery, saying why."""
    from PIL import Image

    from analysis.figures import empty_figure

    save_figure(empty_figure("No reporting verbs found"), pd.DataFrame(), article="a1",
                notebook="quotes", slug="verbs", caption="Reporting verbs.", out_dir=tmp_path)
    with Image.open(tmp_path / "a1" / "quotes" / "verbs.png") as img:
        assert img.height * 8 < img.width  # a strip, not a chart's blank space
    page = write_gallery(tmp_path).read_text(encoding="utf-8")
    assert '<p class="nothing">No reporting verbs found.</p>' in page
    assert 'src="a1/quotes/verbs.png"' not in page


def test_every_notebook_figure_is_byte_for_byte_reproducible(tmp_path):
    from analysis import descriptions, framing, plots, quotes, sentiment, sources
    from analysis.loaders import load_text_file

    from .conftest import SEED_000

    article = load_text_file(SEED_000)
    sentences = sentiment.sentence_sentiment(article)
    found = quotes.quotes_frame(article)
    makers = {
        "arc": lambda: plots.sentiment.arc(sentences),
        "voices": lambda: plots.sentiment.voices(sentences),
        "extremes": lambda: plots.sentiment.extremes(sentiment.extremes(sentences)),
        "who-speaks": lambda: plots.quotes.who_speaks(found),
        "verbs": lambda: plots.quotes.verbs(found),
        "positions": lambda: plots.quotes.positions(found),
        "source-mix": lambda: plots.framing.source_mix(found),
        "markers": lambda: plots.framing.markers(sources.hedges(article),
                                                 sources.no_comment(article), found, 600),
        "descriptions": lambda: plots.framing.descriptions(
            descriptions.descriptions(article)),
        "frames": lambda: plots.framing.frame_profile(framing.article_frames(article)),
    }
    for slug, make in makers.items():
        outs = []
        for run in range(2):
            fig, data = make()
            png = save_figure(fig, data, article="a", notebook="nb", slug=slug,
                              out_dir=tmp_path / str(run))
            outs.append((png.read_bytes(), png.with_suffix(".svg").read_bytes()))
        assert outs[0] == outs[1], slug


def test_gallery_tells_each_article_in_the_notebooks_order_under_its_label(tmp_path):
    import json

    from analysis.gallery import gallery_html

    for notebook in ("framing", "quotes", "sentiment"):
        fig, ax = plt.subplots()
        ax.set_title(f"{notebook} finding")
        save_figure(fig, pd.DataFrame({"x": [1]}), article="a1", notebook=notebook,
                    slug="f", out_dir=tmp_path)
    (tmp_path / "a1" / "article.json").write_text(json.dumps(
        {"id": "a1", "label": "The Daily Tide — Harbour strike ends"}))
    page = gallery_html(tmp_path)
    assert page.index("sentiment finding") < page.index("quotes finding") \
        < page.index("framing finding")  # tone, then who speaks, then framing
    assert '<details id="a1" open><summary><h2>The Daily Tide — Harbour strike ends</h2>' \
        in page
    assert ">The Daily Tide — Harbour strike ends</a>" in page  # the menu names it too
    assert "1 article." in page


def test_the_annotated_page_marks_loaded_verbs_and_leads_back_to_the_gallery():
    from analysis.annotate import annotated_html, page
    from analysis.loaders import Article
    from analysis.quotes import quotes_frame

    article = Article("a1", "The senator claimed that the vote was rigged. The minister "
                            "said that the talks went well.", "test")
    frame = quotes_frame(article)
    html = page(annotated_html(article.text, frame, {}), "a", article.id)
    assert '<span class="cue loaded" style="">claimed</span>' in html
    assert '<span class="cue" style="">said</span>' in html
    assert 'href="../../index.html#a1"' in html


def test_published_files_can_be_read_by_others(tmp_path):
    """Written through a private temporary file, a published file gets the mode new files
    get (umask), not the temporary file's 0600."""
    import os
    import stat

    from analysis.outputs import write_text_atomic

    old = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "index.html", "<p>ok</p>")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "index.html").stat().st_mode) == 0o644


def test_dates_in_several_formats_are_each_read_and_impossible_ones_left_out():
    """The over-time figure reads every date on its own: an ISO day, an ISO time with a
    zone and "Nov 5, 2025" side by side; a year pandas cannot hold is left out, not an
    error for the whole corpus."""
    from analysis.plots.corpus import over_time

    articles = pd.DataFrame({
        "article": list("abcde"),
        "date": ["2025-11-05", "2025-12-20T10:00:00Z", "Nov 5, 2025", "0001-01-01", "soon"],
        "mean_compound": [0.1, 0.2, 0.3, 0.4, 0.5], "share_anonymous": [0.0] * 5})
    fig, data = over_time(articles)
    notes = " ".join(t.get_text() for t in fig.texts)
    plt.close(fig)
    assert data["articles"].tolist() == [2, 1]  # November: two formats; December: one
    # the dates left out are named on the figure
    assert "2 articles left out" in notes and "“0001-01-01”" in notes and "“soon”" in notes


def test_the_monthly_share_of_women_shows_its_counts_and_joins_only_supported_months():
    """Months of one article each (0 → 100% → 27%) are no trend: every point says women /
    people, and a month of fewer than MIN_PEOPLE_A_MONTH people is hollow, not joined."""
    from analysis.plots.corpus import MIN_PEOPLE_A_MONTH, women_quoted

    months = ["2025-01-10", "2025-02-10", "2025-03-10"]
    sizes = [1, 1, MIN_PEOPLE_A_MONTH + 3]
    articles = pd.DataFrame({"article": ["a", "b", "c"], "outlet": ["X"] * 3, "date": months})
    rows = []
    for art, n, women in zip("abc", sizes, [0, 1, 3], strict=True):
        rows += [{"article": art, "name": f"{art}{i}", "quoted": True,
                  "gender": "female" if i < women else "male"} for i in range(n)]
    fig, _ = women_quoted(articles, pd.DataFrame(rows))
    right = fig.axes[1]
    labels = [t.get_text() for t in right.texts]
    joined = [len(line.get_xdata()) for line in right.get_lines()]
    plt.close(fig)
    assert labels == ["0/1", "1/1", f"3/{MIN_PEOPLE_A_MONTH + 3}"]
    assert joined == [1]  # only the supported month is on the line


def test_corpus_findings_need_the_support_every_finding_needs():
    """One article of eight carrying a frame is no corpus lead; too few articles per outlet
    names the rule, not two outlets picked from eight."""
    from analysis.plots.corpus import frames_by_outlet, tone_by_outlet

    outlets = ["Vice", "Reuters", "Nature", "Salon", "Sun", "Planetary", "NatGeo", "Threat"]
    articles = pd.DataFrame({"article": [f"a{i}" for i in range(8)], "outlet": outlets,
                             "mean_compound": [0.1 * i - 0.3 for i in range(8)]})
    frames = pd.DataFrame([{"article": f"a{i}", "frame": fr,
                            "score": 9.0 if (i == 0 and fr == "Economic") else 1.0}
                           for i in range(8) for fr in ("Economic", "Legality", "Health")])
    fig, _ = frames_by_outlet(articles, frames)
    title = " ".join(fig.axes[0].get_title(loc="left").split())
    plt.close(fig)
    assert "No frame clearly leads" in title and "overlapping 95% intervals" in title
    fig, _ = tone_by_outlet(articles)
    title = " ".join(a.get_title(loc=loc) for a in fig.axes for loc in ("left", "center"))
    plt.close(fig)
    assert "at least 5 articles in each outlet (0 of 8 outlets" in " ".join(title.split())


def test_titles_agree_in_number():
    """"1 loaded verb", "1 person ... is a woman", and a plural speaker reads as well as a
    name ("researchers get", never "researchers gets")."""
    from analysis import plots

    quotes = pd.DataFrame({
        "article": ["t"] * 2, "kind": ["indirect"] * 2, "speaker": ["researchers"] * 2,
        "source_type": ["unnamed_group"] * 2, "verb_class": ["loaded", "neutral"],
        "cue_verb": ["claim", "say"], "words": [5, 4], "position": [0.1, 0.5],
        "quoted": [[], []], "text": ["a b c d e", "a b c d"]})
    fig, _ = plots.quotes.verbs(quotes)
    assert fig.axes[0].get_title(loc="left") == "1 of 2 attributions uses a loaded verb"
    plt.close(fig)
    fig, _ = plots.quotes.who_speaks(quotes)
    title = fig.axes[0].get_title(loc="left")
    plt.close(fig)
    assert title == "100% of the attributed words go to researchers (1 speaker)"


def test_a_gallery_link_opens_the_section_it_points_to():
    import re

    from analysis import config
    from analysis.gallery import gallery_html

    page = gallery_html(config.PROJ_ROOT / "figures")  # the committed gallery
    targets = re.findall(r'<nav>.*?</nav>', page, re.S)[0]
    ids = set(re.findall(r'<details id="([^"]+)"', page))
    links = re.findall(r'href="#([^"]+)"', targets)
    assert links and set(links) <= ids
    assert "openTarget" in page and "el.open = true" in page  # a closed section opens


def test_the_annotated_article_keeps_space_between_paragraphs():
    from analysis.annotate import annotated_html

    text = "First paragraph, one line.\nSecond paragraph.\n\n\nThird paragraph."
    quotes = pd.DataFrame(columns=["speaker", "source_type", "kind", "cue_verb",
                                   "verb_class", "content", "source", "cue"])
    page = annotated_html(text, quotes, {})
    assert page.count('<span class="para"></span>') == 2
    assert "Second paragraph." in page and "Third paragraph." in page


def test_a_caption_says_what_the_figure_shows_for_this_article():
    """Captions were the same sentence for every article; now each says what the figure
    rests on here, from the table drawn."""
    from analysis import captions, plots
    from analysis.loaders import load_text_file
    from analysis.pipeline import readings

    from .conftest import SEED_004

    read = readings(load_text_file(SEED_004))
    _, data = plots.quotes.who_speaks(read.quotes)
    text = captions.caption("who-speaks", data)
    words = int(data["total"].sum())
    assert text == (f"{captions.GENERAL['who-speaks']} Here: {len(data)} speakers, "
                    f"{words} words attributed.")
    _, data = plots.quotes.by_gender(read.people)
    women = int(data.loc[data["gender"] == "female", "people"].sum())
    assert f"{women} women" in captions.caption("gender", data)
    assert captions.caption("verbs", pd.DataFrame()) == captions.GENERAL["verbs"]
    assert captions.caption("no-such-figure", data) == ""
