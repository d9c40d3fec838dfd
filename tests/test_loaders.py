import json
from pathlib import Path

import pytest

from analysis.loaders import (
    Article,
    ArticleError,
    iter_articles,
    load_article,
    load_articles,
    load_text_file,
)

from .conftest import SEED_000

TEXT = "Officials said the talks would resume. “We are ready,” a minister said.\n"


def test_seed_is_read_exactly_as_on_disk():
    article = load_text_file(SEED_000)
    assert article.id == "000_4af4ffcec279d627"
    assert article.text == SEED_000.read_bytes().decode("utf-8")


def test_sidecar_metadata_is_attached(write):
    path = write("a1.txt", TEXT)
    write("a1.json", json.dumps({"title": "Talks", "outlet": "Daily", "date": "2025-11-30"}))
    article = load_text_file(path)
    assert (article.title, article.outlet, article.date) == ("Talks", "Daily", "2025-11-30")
    assert article.label == "Daily — Talks"


def test_byte_order_mark_is_dropped_and_offsets_count_from_the_text(write):
    article = load_text_file(write("bom.txt", "\ufeff".encode() + TEXT.encode()))
    assert article.text == TEXT


def test_folder_reads_txt_jsonl_and_csv(write, tmp_path):
    write("a.txt", TEXT)
    write("b.jsonl", json.dumps({"id": "b1", "text": TEXT, "outlet": "X"}) + "\n")
    write("c.csv", 'id,text,outlet\nc1,"' + TEXT.replace('"', '""') + '",Y\n')
    articles, errors = load_articles([tmp_path])
    assert errors == []
    assert [a.id for a in articles] == ["a", "b1", "c1"]
    assert articles[1].outlet == "X" and articles[2].outlet == "Y"
    assert articles[2].text == TEXT


def test_corpus_row_by_id(write):
    path = write("c.jsonl", "\n".join(json.dumps({"id": f"r{i}", "text": f"Row {i} text."})
                                       for i in range(3)))
    assert load_article(path, "r2").text == "Row 2 text."
    with pytest.raises(ArticleError, match="no readable article with id 'r9'"):
        load_article(path, "r9")


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty article"),
        (b"  \n\t\n ", "empty article"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"caf\xe9 au lait", r"not UTF-8 text \(byte 0xe9 at offset 3\)"),
    ],
)
def test_bad_file_is_named_with_its_reason(write, content, reason):
    path = write("bad.txt", content)
    with pytest.raises(ArticleError, match=reason) as err:
        load_text_file(path)
    assert str(err.value).startswith(str(path))


def test_file_over_the_size_limit(write):
    path = write("big.txt", "word " * 1000)
    with pytest.raises(ArticleError, match="too large: 5,000 bytes, over the 1,000 bytes limit"):
        load_text_file(path, max_bytes=1000)


def test_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    _, errors = load_articles([tmp_path / "nope.txt", tmp_path / "empty"])
    reasons = [e.reason for e in errors]
    assert reasons == ["no such file or folder",
                       "folder has no articles (.txt, .html, .htm, .jsonl, .csv or .parquet "
                       "files)"]


@pytest.mark.parametrize("bad_id", ["../x", "/etc/passwd", "a/b", "..", "has space", "é", ""])
def test_ids_that_would_write_outside_figures_are_refused(write, bad_id):
    path = write("c.jsonl", json.dumps({"id": bad_id, "text": TEXT}) + "\n")
    _, errors = load_articles([path])
    assert len(errors) == 1
    assert "line 1" in str(errors[0])


def test_a_batch_goes_on_past_bad_rows_and_files(write, tmp_path):
    write("good.txt", TEXT)
    write("empty.txt", "")
    rows = [
        json.dumps({"id": "r1", "text": TEXT}),
        "{not json",
        json.dumps({"id": "r1", "text": TEXT}),
        json.dumps({"id": "r2"}),
        json.dumps({"id": "r3", "text": TEXT}),
    ]
    write("corpus.jsonl", "\n".join(rows) + "\n")
    articles, errors = load_articles([tmp_path])
    assert [a.id for a in articles] == ["r1", "r3", "good"]
    messages = sorted(str(e) for e in errors)
    assert any("corpus.jsonl line 2: not valid JSON" in m for m in messages)
    assert any("line 3: duplicate id 'r1' (first on line 1)" in m for m in messages)
    assert any("line 4: no 'text' field" in m for m in messages)
    assert any("empty.txt: empty article" in m for m in messages)


def test_csv_without_the_needed_columns(write):
    path = write("c.csv", "name,body\nx,Some text.\n")
    _, errors = load_articles([path])
    assert "the header has no id or text column" in str(errors[0])


def test_same_id_from_two_files_is_an_error(write, tmp_path):
    write("a/x.txt", TEXT)
    write("b/x.txt", TEXT)
    items = list(iter_articles([tmp_path / "a", tmp_path / "b"]))
    assert isinstance(items[1], ArticleError)
    assert "duplicate article id 'x'" in str(items[1])


# -- nothing lost, nothing hangs (issue 15) ------------------------------------------------
def test_a_fifo_is_named_not_read(tmp_path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    items = list(iter_articles([tmp_path]))  # would hang forever if it were opened
    assert len(items) == 1 and isinstance(items[0], ArticleError)
    assert "not a regular file" in str(items[0])


def test_the_size_limit_is_checked_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 5000)
    with pytest.raises(ArticleError, match="too large"):
        load_text_file(big, max_bytes=1000)


def test_folder_entries_named_like_articles_are_reported(tmp_path):
    (tmp_path / "real.txt").write_text("The minister said the talks went well.", "utf-8")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    items = list(iter_articles([tmp_path]))
    errors = {Path(e.where).name: e.reason for e in items if isinstance(e, ArticleError)}
    assert "folder" in errors["folder.txt"] and "link" in errors["loop.txt"]
    assert sum(isinstance(i, Article) for i in items) == 1


def test_a_linked_article_keeps_the_links_name(tmp_path):
    target = tmp_path / "target.txt"
    target.write_text("The minister said the talks went well.", "utf-8")
    (tmp_path / "alias.txt").symlink_to(target)
    article = load_text_file(tmp_path / "alias.txt")
    assert article.id == "alias" and Path(article.path).name == "alias.txt"


@pytest.mark.parametrize("content", ["", "id,text\n"])
def test_an_empty_csv_is_an_error_not_zero_articles(tmp_path, content):
    path = tmp_path / "c.csv"
    path.write_text(content, encoding="utf-8")
    items = list(iter_articles([path]))
    assert len(items) == 1 and "no articles" in str(items[0])


def test_an_empty_jsonl_is_an_error(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert "no articles" in str(list(iter_articles([path]))[0])


def test_a_deeply_nested_row_or_sidecar_is_named(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("[" * 100000 + "]" * 100000 + "\n" +
                    '{"id": "ok", "text": "The minister said the talks went well."}\n', "utf-8")
    items = list(iter_articles([path]))
    assert "nested too deeply" in str(items[0]) and isinstance(items[1], Article)
    art = tmp_path / "side" / "a.txt"
    art.parent.mkdir()
    art.write_text("The minister said the talks went well.", "utf-8")
    (tmp_path / "side" / "a.json").write_text("[" * 100000 + "]" * 100000, "utf-8")
    with pytest.raises(ArticleError, match="nested too deeply"):
        load_text_file(art)
    (tmp_path / "side" / "a.json").unlink()
    (tmp_path / "side" / "a.json").mkdir()
    with pytest.raises(ArticleError, match="not a regular file"):
        load_text_file(art)


def test_utf16_is_read_or_named(tmp_path):
    text = "The minister said the talks went well."
    with_bom = tmp_path / "bom.txt"
    with_bom.write_bytes(text.encode("utf-16"))
    assert load_text_file(with_bom).text == text
    without = tmp_path / "nobom.txt"
    without.write_bytes(text.encode("utf-16-le"))
    with pytest.raises(ArticleError, match="UTF-16 text without a byte-order mark"):
        load_text_file(without)


def test_old_mac_line_ends_keep_paragraphs():
    from analysis.text import paragraphs

    text = "First paragraph here.\r\rSecond paragraph here.\rThird one."
    assert len(paragraphs(text)) == 3


@pytest.mark.parametrize("name", ["index.html", "set-883c1e1718", "corpus", "kernel-12.log"])
def test_ids_that_collide_with_outputs_are_refused(tmp_path, name):
    path = tmp_path / f"{name}.txt"
    path.write_text("The minister said the talks went well.", "utf-8")
    with pytest.raises(ArticleError, match="a name the outputs use"):
        load_text_file(path)


def test_a_row_with_a_lone_surrogate_is_named_and_the_rest_read(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "s1", "text": "Bad \\udb57 text, said the minister today."}\n'
                    '{"id": "ok", "text": "The minister said the talks went well."}\n', "utf-8")
    items = list(iter_articles([path]))
    assert isinstance(items[0], ArticleError) and "lone surrogate" in str(items[0])
    assert "line 1" in str(items[0]) and isinstance(items[1], Article)


def test_a_damaged_parquet_part_is_named_and_the_other_rows_read(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = pa.table({"id": [f"a{i}" for i in range(300)],
                     "text": [f"Story {i}. The minister said the talks went well. " * 10
                              for i in range(300)]})
    path = tmp_path / "rows.parquet"
    pq.write_table(rows, path, row_group_size=100, use_dictionary=False)
    data = bytearray(path.read_bytes())
    middle = pq.ParquetFile(path).metadata.row_group(1).column(1)
    start, size = middle.data_page_offset, middle.total_compressed_size
    data[start:start + size] = b"\x55" * size  # the second row group's text, overwritten
    path.write_bytes(bytes(data))
    read = list(iter_articles([path]))
    errors = [r for r in read if isinstance(r, ArticleError)]
    assert len(errors) == 1 and "rows 101-200" in errors[0].where
    assert "damaged" in errors[0].reason
    assert [a.id for a in read if not isinstance(a, ArticleError)] == \
        [f"a{i}" for i in list(range(100)) + list(range(200, 300))]


def test_metadata_of_the_wrong_type_or_not_unicode_is_named(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [{"id": "obj", "text": TEXT, "outlet": {"name": "X"}},
            {"id": "list", "text": TEXT, "title": ["a", "b"]},
            {"id": "number", "text": TEXT, "date": 2025}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows)
                    + '{"id": "sur", "text": "The talks went well.", "title": "\\udb57"}\n',
                    "utf-8")
    items = list(iter_articles([path]))
    assert [str(i) for i in items[:2]] == [
        f"{path} line 1: field 'outlet' must be text, not an object",
        f"{path} line 2: field 'title' must be text, not a list"]
    assert isinstance(items[2], Article) and items[2].date == "2025"
    assert isinstance(items[3], ArticleError) and "'title' holds a lone surrogate" in str(items[3])


def test_suffixes_are_read_whatever_their_case(write, tmp_path):
    import pandas as pd

    write("rows.JSONL", json.dumps({"id": "j1", "text": TEXT}) + "\n")
    write("rows.CSV", "id,text\nc1," + json.dumps(TEXT) + "\n")
    pd.DataFrame({"id": ["p1"], "text": [TEXT]}).to_parquet(tmp_path / "rows.PARQUET")
    write("one.TXT", TEXT)
    good, bad = load_articles([str(tmp_path)])
    assert not bad, bad
    assert sorted(a.id for a in good) == ["c1", "j1", "one", "p1"]


def test_a_file_name_with_a_line_break_is_named_on_one_line(tmp_path):
    (tmp_path / "a\nb.txt").write_text("", encoding="utf-8")
    _, bad = load_articles([str(tmp_path)])
    assert len(bad) == 1 and "\n" not in str(bad[0]) and "a\\nb.txt" in str(bad[0])


def test_a_jsonl_row_too_long_is_named_and_skipped_without_reading_it_whole(tmp_path,
                                                                           monkeypatch):
    from analysis import loaders

    monkeypatch.setattr(loaders, "_row_limit", lambda: 1000)
    rows = [json.dumps({"id": "a", "text": "A short story. The mayor said yes."}),
            json.dumps({"id": "big", "text": "word " * 2000}),
            json.dumps({"id": "c", "text": "Another story. The council said no."})]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    got = list(loaders.iter_corpus(path))
    assert [getattr(g, "id", None) for g in got] == ["a", None, "c"]
    assert "line 2" in str(got[1]) and "longer than" in str(got[1])


def test_a_csv_field_too_large_names_itself_and_the_rows_left_unread(tmp_path, monkeypatch):
    from analysis import loaders

    monkeypatch.setattr(loaders, "_row_limit", lambda: 1000)
    path = tmp_path / "rows.csv"
    path.write_text("id,text\na,A short story.\nbig," + "x" * 2000 + "\nc,Another.\n",
                    encoding="utf-8")
    got = list(loaders.iter_corpus(path))
    assert getattr(got[0], "id", None) == "a"
    assert "a field larger than" in str(got[1]) and "rows after it were not read" in str(got[1])
