"""Corpus scale: a corpus into Parquet tables on dask, errors kept, unchanged work reused."""

import json
import re
import shutil

import pandas as pd
import pytest

from analysis import config, corpus
from analysis.__main__ import main
from analysis.loaders import load_text_file
from analysis.quotes import extract

from .conftest import SEED_000, SEED_004

SHORT = "The minister said the talks went well. “We are ready,” she said on Monday.\n"


@pytest.fixture
def small(tmp_path):
    """A corpus folder: the two seeds and a .jsonl of three short articles."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED_000, folder)
    shutil.copy(SEED_004, folder)
    rows = [{"id": f"short-{i}", "text": f"Story {i}. {SHORT}", "outlet": "Daily",
             "date": f"2025-0{i + 1}-15"} for i in range(3)]
    (folder / "more.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows),
                                       encoding="utf-8")
    return folder


def tables(out):
    return {t: corpus.read_table(out, t) for t in corpus.TABLES}


def test_a_corpus_becomes_tidy_tables(small, tmp_path):
    report = corpus.run_corpus(small, tmp_path / "out", workers=1, batch_size=2,
                               progress=False)
    assert report.ok and report.articles == 5 and report.batches_run == 3
    t = tables(tmp_path / "out")
    assert sorted(t["articles"]["article"]) == sorted(
        ["000_4af4ffcec279d627", "004_94c59d239a6fac52", "short-0", "short-1", "short-2"])
    for name in corpus.TABLES:
        assert list(t[name].columns) == corpus.columns(name), name
    seed = t["articles"].set_index("article").loc["004_94c59d239a6fac52"]
    # the table says what the article's own reading says
    assert seed["attributions"] == len(extract(load_text_file(SEED_004))) > 5
    assert seed["top_frame"] == "Crime and punishment"
    assert set(t["actors"]["actor"]) >= {"Donald Trump", "Nicolás Maduro"}
    assert (t["frames"].groupby("article").size() == 15).all()
    assert t["articles"].set_index("article").loc["short-1", "outlet"] == "Daily"
    assert t["errors"].empty


def test_broken_rows_go_to_the_errors_table_and_the_run_completes(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    lines = [json.dumps({"id": "good-1", "text": SHORT}), "{not json",
             json.dumps({"id": "no-text"}), json.dumps({"id": "empty", "text": "   "}),
             json.dumps({"id": "good-1", "text": SHORT}),
             json.dumps({"id": "good-2", "text": SHORT})]
    (src / "rows.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02")
    report = corpus.run_corpus(src, tmp_path / "out", workers=1, progress=False)
    assert not report.ok and report.articles == 2
    errors = corpus.read_table(tmp_path / "out", "errors")
    assert len(errors) == 5 and set(errors["stage"]) == {"read"}
    reasons = " | ".join(errors["source"] + ": " + errors["reason"])
    for expected in ("binary.txt: binary file", "line 2: not valid JSON",
                     "line 3: no 'text' field", "line 4: empty article",
                     "line 5: duplicate id 'good-1'"):
        assert expected in reasons, expected
    assert sorted(corpus.read_table(tmp_path / "out", "articles")["article"]) == \
        ["good-1", "good-2"]


def test_an_article_that_fails_analysis_is_an_error_row(small, tmp_path, monkeypatch):
    real = corpus.analyse

    def fragile(article):
        if article.id == "short-1":
            raise RuntimeError("boom")
        return real(article)

    monkeypatch.setattr(corpus, "analyse", fragile)
    report = corpus.run_corpus(small, tmp_path / "out", workers=1, progress=False)
    assert report.analysis_errors == 1 and report.articles == 4
    errors = corpus.read_table(tmp_path / "out", "errors")
    assert errors.to_dict("records") == [{"article": "short-1", "source": errors["source"][0],
                                          "stage": "analyse", "reason": "RuntimeError: boom"}]


def test_unchanged_batches_are_reused_and_removed_articles_pruned(small, tmp_path):
    out = tmp_path / "out"
    first = corpus.run_corpus(small, out, workers=1, batch_size=2, progress=False)
    again = corpus.run_corpus(small, out, workers=1, batch_size=2, progress=False)
    assert (again.batches_run, again.batches_reused) == (0, first.batches_run)
    assert again.articles == first.articles == 5
    (small / SEED_004.name).unlink()
    shrunk = corpus.run_corpus(small, out, workers=1, batch_size=2, progress=False)
    assert shrunk.articles == 4
    assert "004_94c59d239a6fac52" not in set(corpus.read_table(out, "articles")["article"])
    assert len(list((out / "articles").glob("part-*.parquet"))) == 2


def test_local_processes_and_a_distributed_cluster_give_the_same_tables(small, tmp_path):
    from distributed import LocalCluster

    corpus.run_corpus(small, tmp_path / "local", workers=2, batch_size=2, progress=False)
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                      dashboard_address=None) as cluster:
        report = corpus.run_corpus(small, tmp_path / "cluster", batch_size=2, progress=False,
                                   scheduler=cluster.scheduler_address)
    assert report.ok and report.articles == 5
    local, remote = tables(tmp_path / "local"), tables(tmp_path / "cluster")
    for name in corpus.TABLES:
        keys = [c for c in ("article", "position", "start", "speaker", "actor", "frame")
                if c in corpus.columns(name)]
        a = local[name].sort_values(keys, kind="stable").reset_index(drop=True)
        b = remote[name].sort_values(keys, kind="stable").reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b, obj=name)


def test_a_parquet_corpus_is_read_row_by_row(tmp_path):
    rows = pd.DataFrame({"id": ["p1", "p2", "bad id"], "text": [SHORT, SHORT, SHORT],
                         "outlet": ["X", None, "Y"]})
    rows.to_parquet(tmp_path / "rows.parquet")
    report = corpus.run_corpus(tmp_path / "rows.parquet", tmp_path / "out", workers=1,
                               progress=False)
    assert report.articles == 2
    assert "row 3" in report.read_errors[0].where


def test_the_tables_match_the_readme_codebook():
    readme = (config.PROJ_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Corpus tables", 1)[1].split("\n## ", 1)[0]
    entries = {p.split("`")[1]: p for p in section.split("\n\n") if p.startswith("`")}
    for name in corpus.TABLES:
        assert name in entries, f"README has no codebook entry for the {name} table"
        documented = re.findall(r"`([a-z_0-9]+)`", entries[name].split(" — ", 1)[1])
        assert documented == corpus.columns(name), name


def test_command_line(small, tmp_path, capsys):
    assert main(["corpus", str(small), "--out", str(tmp_path / "out"), "--workers", "1",
                 "--no-progress"]) == 0
    assert "5 articles" in capsys.readouterr().out
    assert main(["corpus", str(tmp_path / "nope"), "--out", str(tmp_path / "o2")]) == 2
    (small / "broken.txt").write_bytes(b"caf\xe9 bad")
    assert main(["corpus", str(small), "--out", str(tmp_path / "out"), "--workers", "1",
                 "--no-progress"]) == 1
    assert "broken.txt" in capsys.readouterr().out


def test_an_interrupted_rerun_over_a_changed_corpus_never_shows_two_versions(small, tmp_path,
                                                                            monkeypatch):
    out = tmp_path / "out"
    corpus.run_corpus(small, out, workers=1, batch_size=2, progress=False)
    before = corpus.read_table(out, "articles")
    rows = [{"id": f"short-{i}", "text": f"Story {i}, retold. {SHORT}", "outlet": "Daily"}
            for i in range(3)]
    (small / "more.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    real, seen = corpus.analyse, []

    def interrupted(article):  # the run is stopped after its first new batch is written
        seen.append(article.id)
        if len(seen) > 2:
            raise KeyboardInterrupt
        return real(article)

    monkeypatch.setattr(corpus, "analyse", interrupted)
    with pytest.raises(KeyboardInterrupt):
        corpus.run_corpus(small, out, workers=1, batch_size=2, progress=False)
    for name in corpus.TABLES:  # the previous complete generation, whole and alone
        table = corpus.read_table(out, name)
        if name == "articles":
            pd.testing.assert_frame_equal(table, before)
        assert len(pd.read_parquet(out / name)) == len(table)
    monkeypatch.setattr(corpus, "analyse", real)
    corpus.run_corpus(small, out, workers=1, batch_size=2, progress=False)
    after = corpus.read_table(out, "articles")
    assert len(after) == 5 and after["article"].is_unique
    assert (after.set_index("article").loc["short-1", "words"]
            > before.set_index("article").loc["short-1", "words"])


def test_a_reader_open_on_the_tables_keeps_a_whole_generation(small, tmp_path):
    out = tmp_path / "out"
    corpus.run_corpus(small, out, workers=1, batch_size=2, progress=False)
    opened = (out / "articles").resolve()  # a reader that has listed the folder
    listed = sorted(opened.glob("part-*.parquet"))
    (small / SEED_004.name).unlink()
    corpus.run_corpus(small, out, workers=1, batch_size=2, progress=False)
    assert len(pd.concat(pd.read_parquet(p) for p in listed)) == 5  # still readable, whole
    assert len(corpus.read_table(out, "articles")) == 4


def test_one_run_at_a_time_writes_an_output_folder(small, tmp_path, capsys):
    import fcntl

    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".lock", "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert main(["corpus", str(small), "--out", str(out), "--workers", "1",
                     "--no-progress"]) == 1
    assert "another corpus run is writing to this folder" in capsys.readouterr().err
    assert main(["corpus", str(small), "--out", str(out), "--workers", "1",
                 "--no-progress"]) == 0


def test_an_output_that_cannot_be_written_is_one_line_and_exit_1(small, tmp_path, capsys,
                                                                monkeypatch):
    import errno

    (tmp_path / "file").write_text("x")
    assert main(["corpus", str(small), "--out", str(tmp_path / "file"), "--no-progress"]) == 1
    assert "exists and is not a folder" in capsys.readouterr().err
    out = tmp_path / "out"
    assert main(["corpus", str(small), "--out", str(out), "--workers", "1",
                 "--no-progress"]) == 0
    before = corpus.read_table(out, "articles")
    import pyarrow.parquet as pq

    real, calls = pq.write_table, []

    def full_disk(table, where, **kwargs):  # the disk fills up half-way through a batch
        calls.append(where)
        if len(calls) > 3:
            open(where, "wb").write(b"PAR1 half")  # what a full disk leaves behind
            raise OSError(errno.ENOSPC, "No space left on device", str(where))
        return real(table, where, **kwargs)

    monkeypatch.setattr(pq, "write_table", full_disk)
    (small / "new.txt").write_text("A new story. " + SHORT)
    assert main(["corpus", str(small), "--out", str(out), "--workers", "1",
                 "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "cannot write the tables (No space left on device" in err
    assert len(err.strip().splitlines()) == 1
    monkeypatch.setattr(pq, "write_table", real)
    pd.testing.assert_frame_equal(corpus.read_table(out, "articles"), before)
    assert not [p for p in out.rglob(".*.parquet*")]  # no half-written file left
    assert main(["corpus", str(small), "--out", str(out), "--workers", "1",
                 "--no-progress"]) == 0
    assert len(corpus.read_table(out, "articles")) == 6


def test_tables_of_an_older_layout_are_replaced_whole(small, tmp_path):
    out = tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    (out / "articles" / "part-old.parquet").write_bytes(b"stale")
    (out / "_batches").mkdir()
    corpus.run_corpus(small, out, workers=1, progress=False)
    assert len(corpus.read_table(out, "articles")) == 5
    assert not (out / "_batches").exists()


def test_a_file_name_that_is_not_utf8_is_named_and_the_rest_published(tmp_path):
    import os

    src = tmp_path / "src"
    src.mkdir()
    (src / "ok.txt").write_text(SEED_000.read_text(encoding="utf-8"), encoding="utf-8")
    with open(os.fsencode(src) + b"/caf\xe9.txt", "wb") as f:
        f.write(b"Ann Smith said hello.\n")
    report = corpus.run_corpus(src, tmp_path / "out", workers=1, progress=False)
    assert report.articles == 1
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    assert list(errors["source"].str.rsplit("/", n=1).str[-1]) == ["caf\\xe9.txt"]


def test_the_tables_carry_their_codebook(small, tmp_path):
    """A table opened months later, alone, says what its columns are: the codebook beside the
    tables (CODEBOOK.md, codebook.json) and in every Parquet field's metadata."""
    import json

    import pyarrow.parquet as pq

    out = tmp_path / "out"
    corpus.run_corpus(small, out, workers=1, batch_size=8, progress=False)
    book = json.loads((out / "codebook.json").read_text(encoding="utf-8"))
    assert list(book) == list(corpus.TABLES)
    for name in corpus.TABLES:
        assert [c["column"] for c in book[name]] == corpus.columns(name)
        assert all(c["meaning"] and c["type"] for c in book[name])
    page = (out / "CODEBOOK.md").read_text(encoding="utf-8")
    assert "## quotes" in page and "| `speaker_mention` | string |" in page
    part = next((out / "quotes").glob("*.parquet"))
    field = pq.read_schema(part).field("verb_class")
    assert b"loaded" in field.metadata[b"description"]


def test_the_codebook_data_names_exactly_the_tables_columns():
    from analysis.wordlists import read_table

    rows = {(r["table"], r["column"]) for r in read_table("corpus_codebook.csv")}
    assert rows == {(t, c) for t in corpus.TABLES for c in corpus.columns(t)}


def test_a_worker_killed_mid_run_loses_nothing(tmp_path):
    """A worker process killed (by hand, or by the kernel for memory) broke the whole run with
    BrokenProcessPool; its batches are now tried again and every article is analysed."""
    import os
    import signal
    import threading
    import time

    import psutil

    folder = tmp_path / "corpus"
    folder.mkdir()
    rows = [{"id": f"s{i}", "text": f"Story {i}. {SHORT * 3}"} for i in range(40)]
    (folder / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows),
                                       encoding="utf-8")
    killed = []

    def kill_a_worker():
        me = psutil.Process()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            workers = [p for p in me.children()
                       if "spawn_main" in " ".join(p.cmdline())]  # not the resource tracker
            if workers:
                time.sleep(1.5)  # the worker is loading models or analysing its first batch
                os.kill(workers[0].pid, signal.SIGKILL)
                killed.append(time.monotonic())
                return
            time.sleep(0.05)

    killer = threading.Thread(target=kill_a_worker)
    killer.start()
    report = corpus.run_corpus(folder, tmp_path / "out", workers=2, batch_size=1,
                               progress=False)
    finished = time.monotonic()
    killer.join()
    assert killed and killed[0] < finished
    assert report.ok and report.articles == 40 and not report.lost
    assert sorted(corpus.read_table(tmp_path / "out", "articles")["article"]) == \
        sorted(r["id"] for r in rows)


def test_readers_keep_their_generation_while_runs_publish(small, tmp_path):
    """A table link points at its generation, not through `current`; an unchanged re-run
    publishes nothing; a replaced generation is kept while recent, however many runs
    follow."""
    import os

    out = tmp_path / "out"
    corpus.run_corpus(small, out, workers=1, batch_size=2, progress=False)
    first = os.readlink(out / "current")
    assert os.readlink(out / "quotes").startswith(corpus.GENERATIONS)
    listed = sorted((out / "articles").resolve().glob("part-*.parquet"))
    corpus.run_corpus(small, out, workers=1, batch_size=2, progress=False)
    assert os.readlink(out / "current") == first  # nothing changed, nothing published
    for n in range(2):  # two changed runs in a row
        (small / f"new-{n}.txt").write_text(f"New story {n}. {SHORT}", encoding="utf-8")
        corpus.run_corpus(small, out, workers=1, batch_size=2, progress=False)
    assert os.readlink(out / "current") != first
    assert (out / first).is_dir()  # replaced two runs ago, but recently: still there
    assert len(pd.concat(pd.read_parquet(p) for p in listed)) == 5
    assert len(corpus.read_table(out, "articles")) == 7


def test_the_notebooks_cache_waits_for_another_run_instead_of_failing(small, tmp_path):
    """Two `run`s of one set share the corpus notebook's tables folder: the second waits
    for the first (wait=True) instead of failing with "another corpus run"."""
    import fcntl
    import threading

    out = tmp_path / "out"
    out.mkdir()
    holder = open(out / ".lock", "a")
    fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the other run
    result = {}
    worker = threading.Thread(target=lambda: result.update(report=corpus.run_corpus(
        small, out, workers=1, progress=False, wait=True)))
    worker.start()
    worker.join(timeout=1.5)
    assert worker.is_alive() and "report" not in result  # waiting, not refused
    holder.close()  # the other run ends
    worker.join(timeout=120)
    assert result["report"].ok and result["report"].articles == 5


def test_a_pool_that_lost_a_worker_is_told_from_one_that_did_not():
    """An OSError from the pool (a worker killed while the pool started its replacement)
    counts as a worker's death only when the pool is broken: a healthy pool answers the
    probe, and the error is the analysis's own, raised as it is."""
    import os
    import signal
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    healthy = ProcessPoolExecutor(1, mp_context=get_context("spawn"))
    broken = ProcessPoolExecutor(1, mp_context=get_context("spawn"))
    try:
        assert not corpus._lost_a_worker(healthy)
        pid = broken.submit(os.getpid).result()
        os.kill(pid, signal.SIGKILL)
        assert corpus._lost_a_worker(broken)
    finally:
        healthy.shutdown()
        broken.shutdown()


def test_a_batch_whose_worker_dies_twice_is_named_and_the_run_ends(tmp_path):
    """Every worker is killed as soon as it starts (as by an out-of-memory killer that
    never lets up): each batch is tried again alone, dies again, and its articles become
    error rows; the run ends, names them, and publishes what it has."""
    import os
    import signal
    import threading
    import time

    import psutil

    folder = tmp_path / "corpus"
    folder.mkdir()
    rows = [{"id": f"s{i}", "text": f"Story {i}. {SHORT}"} for i in range(3)]
    (folder / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows),
                                       encoding="utf-8")
    stop = threading.Event()

    def kill_every_worker():
        me = psutil.Process()
        while not stop.is_set():
            for p in me.children():
                try:
                    if "spawn_main" in " ".join(p.cmdline()):
                        os.kill(p.pid, signal.SIGKILL)
                except (psutil.Error, OSError):
                    pass
            time.sleep(0.02)

    killer = threading.Thread(target=kill_every_worker)
    killer.start()
    try:
        report = corpus.run_corpus(folder, tmp_path / "out", workers=2, batch_size=1,
                                   progress=False)
    finally:
        stop.set()
        killer.join()
    assert not report.ok and sorted(report.lost) == sorted(
        f"{folder / 'rows.jsonl'} line {i + 1}" for i in range(3))
    errors = corpus.read_table(tmp_path / "out", "errors")
    assert sorted(errors["article"]) == ["s0", "s1", "s2"]
    assert errors["reason"].str.contains("died twice").all()
    assert "whose worker process died twice" in report.summary()
