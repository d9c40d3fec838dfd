"""The main job, end to end: papermill runs in parallel processes, skip-unchanged, failure
isolation, atomic publication, the gallery and the exit code."""

import json
import shutil

import nbformat
import pytest

from analysis import config
from analysis.__main__ import main
from analysis.runner import run

from .conftest import SEED_000, SEED_004

TEXT = "The minister said the talks went well. “We are ready,” he said.\n"


def write_notebook(path, params: str, *cells: str) -> None:
    """A notebook with a parameters cell and code cells, on the python3 kernel."""
    nb = nbformat.v4.new_notebook()
    first = nbformat.v4.new_code_cell(params)
    first.metadata["tags"] = ["parameters"]
    nb.cells = [first] + [nbformat.v4.new_code_cell(c) for c in cells]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)


def probe_notebook(folder):
    """A quick notebook that writes one figure, and fails for articles containing BOOM."""
    write_notebook(
        folder / "probe.ipynb", 'article_path = ""\narticle_id = ""\noutput_dir = ""',
        "import matplotlib.pyplot as plt, pandas as pd\n"
        "from analysis.loaders import load_article\n"
        "from analysis.figures import save_figure\n"
        "article = load_article(article_path, article_id or None)\n"
        "fig, ax = plt.subplots(); ax.set_title(article.id)\n"
        "save_figure(fig, pd.DataFrame({'n': [len(article.text)]}), article=article.id,\n"
        "            notebook='probe', slug='size', out_dir=output_dir or None)",
        "if 'BOOM' in article.text:\n"
        "    raise RuntimeError('the probe exploded')")
    return folder


@pytest.fixture
def setup(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("a1", "a2", "a3"):
        (articles / f"{name}.txt").write_text(f"{name}: {TEXT}", encoding="utf-8")
    return {"articles": articles, "figures": tmp_path / "figures", "build": tmp_path / "build",
            "notebooks": probe_notebook(tmp_path / "notebooks")}


def go(s, **kw):
    return run([s["articles"]], figures_dir=s["figures"], build_dir=s["build"],
               notebooks_dir=s["notebooks"], progress=False, **kw)


def test_runs_in_parallel_then_skips_what_has_not_changed(setup):
    first = go(setup, jobs=2)
    assert first.ok and first.count("ran") == 3
    for name in ("a1", "a2", "a3"):
        assert (setup["figures"] / name / "probe" / "size.png").exists()
        assert (setup["build"] / name / "probe.ipynb").exists()
    second = go(setup, jobs=2)
    assert second.count("skipped") == 3 and second.count("ran") == 0
    (setup["articles"] / "a2.txt").write_text("a2 changed. " + TEXT, encoding="utf-8")
    third = go(setup, jobs=2)
    assert [o.article_id for o in third.outcomes if o.status == "ran"] == ["a2"]
    # a sidecar's title is shown in figures and pages: editing it re-runs that article
    (setup["articles"] / "a3.json").write_text('{"title": "A new title"}', encoding="utf-8")
    fourth = go(setup, jobs=2)
    assert [o.article_id for o in fourth.outcomes if o.status == "ran"] == ["a3"]
    assert go(setup, jobs=2, force=True).count("ran") == 3


def test_a_failing_cell_is_reported_and_the_rest_still_run(setup):
    assert go(setup, jobs=1).ok
    before = (setup["figures"] / "a2" / "probe" / "size.csv").read_text()
    (setup["articles"] / "a2.txt").write_text("BOOM. " + TEXT, encoding="utf-8")
    (setup["articles"] / "empty.txt").write_text("", encoding="utf-8")
    report = go(setup, jobs=2, force=True)
    assert not report.ok
    failed = [o for o in report.outcomes if o.status == "failed"]
    assert [(o.article_id, o.notebook) for o in failed] == [("a2", "probe")]
    assert "cell 3" in failed[0].message and "RuntimeError: the probe exploded" in failed[0].message
    assert report.count("ran") == 2
    assert [e.reason for e in report.article_errors] == [
        "empty article (no text, or only white space)"]
    # the failed run published nothing: the previous figures of a2 are intact
    assert (setup["figures"] / "a2" / "probe" / "size.csv").read_text() == before
    assert (setup["build"] / "a2" / "probe.failed.ipynb").exists()
    assert "a2 × probe: cell 3" in report.summary()


def test_leftovers_of_an_interrupted_run_are_cleared(setup):
    junk = setup["figures"] / ".staging" / "a1.probe.dead" / "a1" / "probe"
    junk.mkdir(parents=True)
    (junk / "size.png").write_bytes(b"half a png")
    assert go(setup, jobs=1).ok
    assert not (setup["figures"] / ".staging").exists()
    assert (setup["figures"] / "a1" / "probe" / "size.png").read_bytes()[:4] == b"\x89PNG"


def test_gallery_and_article_cards(setup):
    go(setup, jobs=1)
    page = (setup["figures"] / "index.html").read_text(encoding="utf-8")
    for name in ("a1", "a2", "a3"):
        assert f'src="{name}/probe/size.png"' in page
        card = json.loads((setup["figures"] / name / "article.json").read_text())
        assert card["id"] == name


def test_command_line_exit_codes(setup, capsys):
    args = ["run", str(setup["articles"]), "--figures", str(setup["figures"]), "--no-progress"]
    # the real notebooks are used by the CLI: restrict to the sentiment one
    assert main(args + ["--notebooks", "sentiment", "--jobs", "1"]) == 0
    (setup["articles"] / "bin.txt").write_bytes(b"\x00\x01\x02")
    assert main(args + ["--notebooks", "sentiment"]) == 1
    err = capsys.readouterr().err
    assert "bin.txt: binary file, not text" in err
    assert main(args + ["--notebooks", "nosuch"]) == 2


def test_sentiment_notebook_writes_its_figures_for_a_seed(tmp_path):
    articles = tmp_path / "seeds"
    articles.mkdir()
    for seed in (SEED_000, SEED_004):
        shutil.copy(seed, articles)
    report = run([articles], notebooks=["sentiment"], figures_dir=tmp_path / "fig",
                 build_dir=tmp_path / "build", progress=False, jobs=2)
    assert report.ok, report.summary()
    for seed in (SEED_000, SEED_004):
        folder = tmp_path / "fig" / seed.stem / "sentiment"
        for slug in ("arc", "voices", "extremes"):
            for ext in ("png", "svg", "csv"):
                assert (folder / f"{slug}.{ext}").stat().st_size > 0
    assert config.figures_dir() != tmp_path / "fig"


def set_notebook(folder):
    """A quick set notebook: one figure with the number of articles it was given."""
    write_notebook(
        folder / "together.ipynb", 'article_paths = []\nset_id = ""\noutput_dir = ""',
        "import matplotlib.pyplot as plt, pandas as pd\n"
        "from analysis.loaders import load_articles\n"
        "from analysis.figures import save_figure\n"
        "articles, _ = load_articles(article_paths)\n"
        "fig, ax = plt.subplots(); ax.set_title(str(len(articles)))\n"
        "save_figure(fig, pd.DataFrame({'ids': sorted(a.id for a in articles)}),\n"
        "            article=set_id, notebook='together', slug='count',\n"
        "            out_dir=output_dir or None)")


def test_a_set_notebook_runs_once_for_the_whole_set(setup):
    from analysis.compare import set_id
    from analysis.loaders import load_articles

    set_notebook(setup["notebooks"])
    report = go(setup, jobs=2)
    assert report.ok and report.count("ran") == 4  # 3 articles × probe + 1 set × together
    name = set_id(load_articles([setup["articles"]])[0])
    together = [o for o in report.outcomes if o.notebook == "together"]
    assert [o.article_id for o in together] == [name]
    drawn = (setup["figures"] / name / "together" / "count.csv").read_text().split()
    assert drawn == ["ids", "a1", "a2", "a3"]
    assert "side by side" in (setup["figures"] / name / "article.json").read_text()
    assert name in (setup["figures"] / "index.html").read_text()
    assert go(setup, jobs=2).count("skipped") == 4
    (setup["articles"] / "a3.txt").write_text("a3 changed. " + TEXT, encoding="utf-8")
    again = go(setup, jobs=2)
    assert sorted((o.article_id, o.notebook) for o in again.outcomes if o.status == "ran") == \
        sorted([("a3", "probe"), (set_id(load_articles([setup["articles"]])[0]), "together")])


def test_a_set_notebook_needs_two_articles(setup, tmp_path):
    set_notebook(setup["notebooks"])
    single = tmp_path / "single"
    single.mkdir()
    (single / "only.txt").write_text(TEXT, encoding="utf-8")
    report = run([single], figures_dir=setup["figures"], build_dir=setup["build"],
                 notebooks_dir=setup["notebooks"], progress=False)
    assert report.ok and [o.notebook for o in report.outcomes] == ["probe"]


def test_a_set_notebook_that_needs_metadata_says_why_it_was_not_drawn(setup):
    import nbformat

    from analysis.compare import set_id
    from analysis.loaders import load_articles

    set_notebook(setup["notebooks"])
    path = setup["notebooks"] / "together.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.metadata["analysis"] = {"needs": ["outlet", "date"], "why": "it compares outlets"}
    nbformat.write(nb, path)
    report = go(setup)
    assert report.ok and "together" not in {o.notebook for o in report.outcomes}
    assert "together: not drawn for these 3 articles: it compares outlets, and no article " \
           "gives outlet or date" in report.summary()
    for name, outlet in (("a1", "Daily"), ("a2", "Weekly")):
        (setup["articles"] / f"{name}.json").write_text(json.dumps({"outlet": outlet}))
    assert "together" in {o.notebook for o in go(setup).outcomes}
    folder = setup["figures"] / set_id(load_articles([setup["articles"]])[0]) / "together"
    assert folder.is_dir()
    (setup["articles"] / "a2.json").unlink()  # the data no longer hold the figure: it goes
    assert not go(setup).notes == [] and not folder.exists()


# -- warm kernels ---------------------------------------------------------------------------
def test_a_notebook_cannot_see_the_previous_runs_variables_or_settings(tmp_path):
    """One warm kernel runs the three articles in turn: each run starts with an empty
    namespace, no open figure and the project's matplotlib settings."""
    notebooks = tmp_path / "notebooks"
    write_notebook(
        notebooks / "leak.ipynb", 'article_path = ""\narticle_id = ""\noutput_dir = ""',
        "import matplotlib, matplotlib.pyplot as plt\n"
        "from analysis import figures\n"
        "assert 'leftover' not in globals(), 'saw the last run\\'s variable'\n"
        "assert not plt.get_fignums(), 'saw the last run\\'s figure'\n"
        "assert matplotlib.rcParams['lines.linewidth'] != 9, 'saw the last run\\'s settings'\n"
        "leftover = article_path\n"
        "plt.figure()\n"
        "matplotlib.rcParams['lines.linewidth'] = 9")
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("a1", "a2", "a3"):
        (articles / f"{name}.txt").write_text(f"{name}: {TEXT}", encoding="utf-8")
    report = run([articles], figures_dir=tmp_path / "figures", build_dir=tmp_path / "build",
                 notebooks_dir=notebooks, progress=False, jobs=1)
    assert report.ok, report.summary()
    assert report.count("ran") == 3


def test_figures_are_byte_identical_with_warm_and_fresh_kernels(tmp_path):
    def figures(isolate):
        out = tmp_path / ("isolated" if isolate else "warm")
        report = run([SEED_000, SEED_004], notebooks=["quotes"], figures_dir=out,
                     build_dir=tmp_path / f"build-{isolate}", progress=False, jobs=1,
                     isolate=isolate, gallery=False)
        assert report.ok, report.summary()
        return {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*"))
                if p.is_file() and p.suffix in (".png", ".svg", ".csv", ".html")}

    warm, isolated = figures(False), figures(True)
    assert len(warm) > 10 and warm.keys() == isolated.keys()
    assert [name for name in warm if warm[name] != isolated[name]] == []


def test_a_dead_or_stuck_kernel_is_reported_replaced_and_the_rest_run(tmp_path, monkeypatch):
    from analysis import runner

    monkeypatch.setattr(runner, "CELL_TIMEOUT", 3)
    notebooks = tmp_path / "notebooks"
    write_notebook(
        notebooks / "fragile.ipynb", 'article_path = ""\narticle_id = ""\noutput_dir = ""',
        "text = open(article_path, encoding='utf-8').read()\n"
        "if 'DIE' in text:\n"
        "    import os; os._exit(1)\n"
        "if 'HANG' in text:\n"
        "    import time; time.sleep(60)")
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, body in (("a1", "DIE"), ("a2", "fine"), ("a3", "HANG"), ("a4", "fine too")):
        (articles / f"{name}.txt").write_text(body, encoding="utf-8")
    report = run([articles], figures_dir=tmp_path / "figures", build_dir=tmp_path / "build",
                 notebooks_dir=notebooks, progress=False, jobs=1)
    status = {o.article_id: (o.status, o.message) for o in report.outcomes}
    assert status["a1"][0] == "failed" and "DeadKernelError" in status["a1"][1]
    assert status["a3"][0] == "failed" and "Timeout" in status["a3"][1]
    assert status["a2"][0] == status["a4"][0] == "ran"


def test_an_articles_notebooks_share_one_kernel_and_its_readings(tmp_path):
    """With two jobs, each article's notebooks still run in one warm kernel, one after the
    other, and get the same readings object: its quotes are extracted once per run."""
    notebooks = tmp_path / "notebooks"
    probe = ("import os, json\n"
             "from analysis.loaders import load_article\n"
             "from analysis.pipeline import readings\n"
             "r = readings(load_article(article_path, article_id or None))\n"
             "r.quotes\n"
             "with open(os.environ['PROBE_LOG'], 'a') as f:\n"
             "    f.write(json.dumps([r.article.id, os.getpid(), id(r)]) + '\\n')")
    for name in ("one", "two", "three"):
        write_notebook(notebooks / f"{name}.ipynb",
                       'article_path = ""\narticle_id = ""\noutput_dir = ""', probe)
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("a1", "a2", "a3"):
        (articles / f"{name}.txt").write_text(f"{name}: {TEXT}", encoding="utf-8")
    log = tmp_path / "probe.log"
    import os

    os.environ["PROBE_LOG"] = str(log)
    try:
        report = run([articles], figures_dir=tmp_path / "figures",
                     build_dir=tmp_path / "build", notebooks_dir=notebooks, progress=False,
                     jobs=2)
    finally:
        del os.environ["PROBE_LOG"]
    assert report.ok and report.count("ran") == 9
    seen: dict[str, set] = {}
    for line in log.read_text().splitlines():
        article, pid, readings_id = json.loads(line)
        seen.setdefault(article, set()).add((pid, readings_id))
    assert sorted(seen) == ["a1", "a2", "a3"]
    assert all(len(v) == 1 for v in seen.values()), seen


def test_readings_are_computed_once_per_article(monkeypatch):
    from analysis import quotes
    from analysis.loaders import load_text_file
    from analysis.pipeline import readings

    calls = []
    real = quotes.extract
    monkeypatch.setattr(quotes, "extract", lambda article: calls.append(1) or real(article))
    first, second = load_text_file(SEED_004), load_text_file(SEED_004)
    r1, r2 = readings(first), readings(second)
    assert r1 is r2
    for table in (r1.quotes, r2.sources, r2.people, r1.mentions, r2.summary):
        assert table is not None
    assert len(calls) <= 1


def test_a_run_into_another_figures_folder_keeps_the_first_ones_current(setup, tmp_path):
    assert go(setup, jobs=1).count("ran") == 3
    elsewhere = run([setup["articles"]], figures_dir=tmp_path / "elsewhere",
                    build_dir=setup["build"], notebooks_dir=setup["notebooks"], progress=False,
                    jobs=1)
    assert elsewhere.count("ran") == 3
    assert go(setup, jobs=1).count("skipped") == 3


def test_two_runs_into_one_figures_folder_do_not_delete_each_others_work(setup):
    """A second run while the first is going: the first's staged figures survive."""
    import threading

    from analysis import runner

    started = threading.Event()
    real = runner._publish

    def slow_publish(staged, final):
        started.set()
        import time

        time.sleep(2)  # the other run starts and finishes meanwhile
        return real(staged, final)

    runner._publish = slow_publish
    try:
        first = threading.Thread(target=go, args=(setup,), kwargs={"jobs": 1, "force": True})
        first.start()
        started.wait(60)
        runner._publish = real
        second = go(setup, jobs=1, force=True)
        first.join()
    finally:
        runner._publish = real
    assert second.ok
    for name in ("a1", "a2", "a3"):
        assert (setup["figures"] / name / "probe" / "size.png").exists(), name
    staging = setup["figures"] / ".staging"
    assert not staging.exists() or not any(staging.iterdir())


def _slow_run(tmp_path, articles_n: int):
    """``run`` in a process of its own over a notebook that sleeps 3 s an article, once its
    workers and their kernels are busy: the process and its descendants."""
    import subprocess
    import sys
    import time

    import psutil

    notebooks = tmp_path / "notebooks"
    write_notebook(notebooks / "slow.ipynb",
                   'article_path = ""\narticle_id = ""\noutput_dir = ""',
                   "import time\ntime.sleep(3)")
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(articles_n):
        (articles / f"a{i}.txt").write_text(f"a{i}: {TEXT}", encoding="utf-8")
    script = ("from analysis.runner import run; "
              f"run([{str(articles)!r}], figures_dir={str(tmp_path / 'fig')!r}, "
              f"build_dir={str(tmp_path / 'build')!r}, notebooks_dir={str(notebooks)!r}, "
              "progress=False, jobs=2)")
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=config.PROJ_ROOT)
    time.sleep(8)
    family = psutil.Process(proc.pid).children(recursive=True)
    assert family, "no workers started"
    return proc, family


def test_ctrl_c_stops_the_run_and_its_workers(tmp_path):
    import os
    import signal
    import time

    import psutil

    proc, family = _slow_run(tmp_path, 12)
    os.kill(proc.pid, signal.SIGINT)
    started = time.perf_counter()
    proc.wait(timeout=30)
    assert time.perf_counter() - started < 15
    gone, alive = psutil.wait_procs(family, timeout=10)
    assert not alive, [p.pid for p in alive]
    ran = list((tmp_path / "fig").glob("a*/slow"))
    assert len(ran) < 12  # it did not go on through the queue


def test_workers_die_with_a_killed_parent(tmp_path):
    import os
    import signal

    import psutil

    proc, family = _slow_run(tmp_path, 6)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    gone, alive = psutil.wait_procs(family, timeout=15)
    assert not alive, [(p.pid, p.name()) for p in alive]


def test_an_output_that_cannot_take_the_results_is_one_line_and_exit_1(setup, tmp_path,
                                                                       capsys, monkeypatch):
    import errno

    from analysis import gallery
    from analysis.outputs import OutputError

    (tmp_path / "a-file").write_text("x")
    for figures, said in ((tmp_path / "a-file", "exists and is not a folder"),
                          (tmp_path / "a-file" / "sub", "a part of this path is a file")):
        assert main(["run", str(setup["articles"]), "--figures", str(figures),
                     "--no-progress", "--notebooks", "sentiment"]) == 1
        err = capsys.readouterr().err
        assert said in err and "Traceback" not in err and len(err.splitlines()) == 1
    (setup["figures"] / "index.html").mkdir(parents=True)  # a folder where the gallery goes
    with pytest.raises(OutputError, match="index.html: is in the way"):
        go(setup)
    assert not (setup["build"]).exists()  # said before anything ran
    (setup["figures"] / "index.html").rmdir()
    assert go(setup).ok
    before = (setup["figures"] / "index.html").read_text()

    def full(path, text):  # the disk is full when the gallery is written
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(gallery, "write_text_atomic", full)
    (setup["articles"] / "a4.txt").write_text(f"a4: {TEXT}", encoding="utf-8")
    with pytest.raises(OutputError, match="No space left on device"):
        go(setup)
    assert (setup["figures"] / "index.html").read_text() == before


def test_a_comparison_runs_on_the_articles_that_tell_the_same_story(setup, tmp_path):
    import nbformat

    from analysis.compare import set_id
    from analysis.loaders import load_articles

    set_notebook(setup["notebooks"])
    path = setup["notebooks"] / "together.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.metadata["analysis"] = {"sets": "stories"}
    nb.cells[0].source += "\narticle_ids = []"
    nb.cells[1].source = nb.cells[1].source.replace(
        "articles, _ = load_articles(article_paths)\n",
        "articles, _ = load_articles(article_paths)\n"
        "articles = [a for a in articles if not article_ids or a.id in article_ids]\n")
    nbformat.write(nb, path)
    other = "The river flooded three villages overnight. Farmers lost their harvest.\n"
    (setup["articles"] / "z-flood.txt").write_text(other, encoding="utf-8")
    report = go(setup)
    together = [o for o in report.outcomes if o.notebook == "together"]
    same = [a for a in load_articles([setup["articles"]])[0] if a.id != "z-flood"]
    assert [o.article_id for o in together] == [set_id(same)]  # the flood is another story
    drawn = (setup["figures"] / set_id(same) / "together" / "count.csv").read_text().split()
    assert drawn == ["ids", "a1", "a2", "a3"]
    card = json.loads((setup["figures"] / set_id(same) / "article.json").read_text())
    assert card["label"] == "The 3 articles side by side"  # the set's, not the run's
    assert "flooded" not in card["source"]
    alone = run([setup["articles"] / "a1.txt", setup["articles"] / "z-flood.txt"],
                figures_dir=tmp_path / "f2", build_dir=setup["build"],
                notebooks_dir=setup["notebooks"], progress=False)
    assert "together: not drawn: no two of these 2 articles tell the same story" in \
        alone.summary()
    named = run(None, figures_dir=tmp_path / "f2", build_dir=setup["build"],
                notebooks_dir=setup["notebooks"], progress=False,
                sets=[[setup["articles"] / "a1.txt", setup["articles"] / "z-flood.txt"]])
    assert [o.notebook for o in named.outcomes if o.status == "ran"] == ["together"]


def test_ctrl_c_stops_a_single_article_run_in_this_process(tmp_path):
    """One article runs its notebooks in this process's warm kernel, where the notebook
    library's own SIGINT handler used to swallow the interrupt (the run went on, exit 0)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    import psutil

    notebooks = tmp_path / "notebooks"
    for name in ("one", "two"):
        write_notebook(notebooks / f"{name}.ipynb",
                       'article_path = ""\narticle_id = ""\noutput_dir = ""',
                       "import time\ntime.sleep(60)")
    article = tmp_path / "a0.txt"
    article.write_text(f"a0: {TEXT}", encoding="utf-8")
    script = ("import sys\nfrom analysis.runner import run\ntry:\n"
              f"    run([{str(article)!r}], figures_dir={str(tmp_path / 'fig')!r}, "
              f"build_dir={str(tmp_path / 'build')!r}, notebooks_dir={str(notebooks)!r}, "
              "progress=False, jobs=1)\nexcept KeyboardInterrupt:\n    sys.exit(130)\n")
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=config.PROJ_ROOT)
    deadline = time.monotonic() + 60
    while not psutil.Process(proc.pid).children(recursive=True):  # the kernel is up
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.2)
    family = psutil.Process(proc.pid).children(recursive=True)
    time.sleep(4)  # the first notebook's cell is sleeping
    os.kill(proc.pid, signal.SIGINT)
    assert proc.wait(timeout=30) == 130
    gone, alive = psutil.wait_procs(family, timeout=10)
    assert not alive, [p.pid for p in alive]
    assert not list((tmp_path / "fig").glob("a0/*/"))  # no notebook was published


_LEAK = """
import multiprocessing as mp, os, signal, sys
from analysis.__main__ import _quiet_tracker
def child(q):
    lock = mp.get_context("spawn").Lock()  # a semaphore the resource tracker knows of
    q.put(1)
    signal.pause()
if __name__ == "__main__":
    if sys.argv[1] == "quiet":
        _quiet_tracker()
    ctx = mp.get_context("spawn")
    q = ctx.SimpleQueue()
    p = ctx.Process(target=child, args=(q,))
    p.start()
    q.get()
    os.kill(p.pid, signal.SIGKILL)  # as the run does to its workers at Ctrl-C
    p.join()
"""


@pytest.mark.parametrize("mode", ["quiet", "default"])
def test_a_worker_killed_at_ctrl_c_adds_no_warning_to_the_one_line(tmp_path, mode):
    """The resource tracker cleans up a killed worker's semaphores and, by default, says so
    in a multi-line warning after the command's own line; the command keeps it quiet (this
    test's "default" run shows the warning the command's filter removes)."""
    import os
    import subprocess
    import sys

    script = tmp_path / "leak.py"
    script.write_text(_LEAK, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    done = subprocess.run([sys.executable, str(script), mode], cwd=config.PROJ_ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert ("leaked semaphore" in done.stderr) == (mode == "default"), done.stderr


def test_ctrl_c_at_the_terminal_is_one_line_exit_130_at_once(tmp_path):
    """Ctrl-C at a terminal reaches the whole process group (workers and kernels too): the
    workers used to take SIGTERM as the notebook library's cue to go on, the exit came 20 s
    later with the library's tracebacks."""
    import os
    import signal
    import subprocess
    import sys
    import time

    import psutil

    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(4):
        shutil.copy(SEED_000, articles / f"s{i}.txt")
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "run", str(articles),
                             "--figures", str(tmp_path / "fig"), "--notebooks", "sentiment",
                             "--jobs", "2", "--no-progress"], cwd=config.PROJ_ROOT,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while not any("ipykernel" in " ".join(p.cmdline())
                  for p in psutil.Process(proc.pid).children(recursive=True)):
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.2)
    family = psutil.Process(proc.pid).children(recursive=True)
    time.sleep(1)
    os.killpg(proc.pid, signal.SIGINT)
    started = time.monotonic()
    err = proc.communicate(timeout=30)[1]
    assert proc.returncode == 130 and time.monotonic() - started < 10
    assert err.strip().splitlines() == ["interrupted: figures already published are complete; "
                                        "nothing half-written was kept"]
    gone, alive = psutil.wait_procs(family, timeout=10)
    assert not alive, [p.pid for p in alive]
