"""Web pages in: a saved news page is read for its main text and what the page says of itself;
folders list what they skip; `fetch` saves pages (tested against a local server)."""

import http.server
import json
import shutil
import threading
from pathlib import Path

import pytest

from analysis.__main__ import main
from analysis.loaders import Article, ArticleError, Skipped, iter_articles, load_article
from analysis.quotes import quotes_frame

PAGE = Path(__file__).parent / "data" / "page.html"


def test_a_saved_page_is_read_for_its_article_and_metadata():
    article = load_article(PAGE)
    assert article.text.startswith("Harbour strike ends after talks\nDock workers")
    for boilerplate in ("Share on", "Log in", "Cranes stood idle", "Most read", "Cookie",
                        "Subscribe", "tracker", "<p>"):
        assert boilerplate not in article.text, boilerplate
    assert (article.title, article.outlet, article.date, article.url) == (
        "Harbour strike ends after talks", "The Daily Tide", "2024-03-05",
        "https://dailytide.example/news/2024/03/05/harbour-strike-ends")
    assert article.extra["author"] == "Maria Lopez"
    assert article.label == "The Daily Tide — Harbour strike ends after talks"
    quotes = quotes_frame(article)
    ruiz = quotes[quotes["speaker"] == "Ana Ruiz"].iloc[0]
    # offsets are into the extracted text, which is what the project stores and shows
    assert article.text[ruiz["start"]:ruiz["end"]].startswith("“We are relieved")


def test_a_sidecar_overrides_what_the_page_says(tmp_path):
    shutil.copy(PAGE, tmp_path / "tide.html")
    (tmp_path / "tide.json").write_text(json.dumps({"outlet": "Tide (print)"}))
    article = load_article(tmp_path / "tide.html")
    assert article.outlet == "Tide (print)" and article.date == "2024-03-05"


def test_a_page_without_an_article_is_named(tmp_path):
    (tmp_path / "menu.html").write_text("<html><body><nav><a href='/'>Home</a> "
                                        "<a href='/news'>News</a></nav></body></html>")
    (tmp_path / "blank.htm").write_bytes(b"")
    errors = [e for e in iter_articles([tmp_path]) if isinstance(e, ArticleError)]
    reasons = {Path(e.where).name: e.reason for e in errors}
    assert "no article text found in the page" in reasons["menu.html"]
    assert "blank.htm" in reasons


def test_a_folder_lists_the_files_it_skips_and_a_run_still_succeeds(tmp_path, capsys):
    shutil.copy(PAGE, tmp_path / "tide.html")
    (tmp_path / "README.md").write_text("notes")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / ".DS_Store").write_bytes(b"\0")
    items = list(iter_articles([tmp_path]))
    skipped = sorted(Path(i.where).name for i in items if isinstance(i, Skipped))
    assert skipped == ["README.md", "photo.jpg"]
    assert [i.id for i in items if isinstance(i, Article)] == ["tide"]
    assert main(["quotes", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "README.md: not an article (.md" in err and ".DS_Store" not in err


def test_corpus_rows_may_give_html_instead_of_text(tmp_path):
    rows = [{"id": "tide", "html": PAGE.read_text(encoding="utf-8"), "outlet": "Tide Wire"},
            {"id": "neither", "body": "no text"}]
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    first, second = list(iter_articles([path]))
    assert first.text.startswith("Harbour strike ends") and first.outlet == "Tide Wire"
    assert first.title == "Harbour strike ends after talks" and "html" not in first.extra
    assert "nor an 'html' one" in second.reason


def test_a_page_with_one_run_of_text_over_10_mb_is_read_whole():
    """The HTML parser drops a text node over 10 MB: such a page was "no article text (0
    words)" although its text is there (pages up to 20 MB are allowed)."""
    from analysis.webpages import HUGE_TEXT_NODE, extract

    sentence = "The minister said the plan would cut costs by a third over five years. "
    body = sentence * (HUGE_TEXT_NODE // len(sentence) + 1000)
    page = f"<html><head><title>Costs</title></head><body><article><p>{body}</p></article>" \
           "</body></html>"
    text = extract(page).text
    assert len(text) > HUGE_TEXT_NODE and text.startswith("The minister said")


def test_a_page_of_many_paragraphs_keeps_every_paragraph():
    """Past 2 MB a page's paragraphs are read as blocks (libxml2's "//p//text()" grows with
    the square of their number): each still comes out whole, on its own line, in order."""
    from analysis.webpages import FALLBACK_MAX_BYTES, extract

    paras = [f"The council said on day {i} that the harbour plan would cost {i} dollars."
             for i in range(FALLBACK_MAX_BYTES // 70)]
    page = ("<html><head><title>Harbour</title></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    assert len(page) > FALLBACK_MAX_BYTES
    assert extract(page).text.split("\n") == paras


@pytest.fixture
def server(tmp_path):
    site = tmp_path / "site"
    (site / "news").mkdir(parents=True)
    shutil.copy(PAGE, site / "news" / "harbour-strike.html")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(site), **kwargs)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_fetch_saves_pages_with_a_sidecar_and_names_those_it_cannot(server, tmp_path, capsys):
    out = tmp_path / "pages"
    good, missing = f"{server}/news/harbour-strike.html", f"{server}/news/gone.html"
    assert main(["fetch", good, missing, "not-a-url", "--out", str(out)]) == 1
    captured = capsys.readouterr()
    saved = Path(captured.out.strip())
    port = good.split(":")[2].split("/")[0]
    assert saved == out / f"127.0.0.1-{port}_news_harbour-strike.html"  # the port kept
    assert json.loads(saved.with_suffix(".json").read_text())["url"] == good
    assert "gone.html: the server answered 404" in captured.err
    assert "not-a-url: not an http(s) address" in captured.err
    article = load_article(saved)
    assert article.url == good  # the sidecar's address wins over the page's canonical one
    assert article.outlet == "The Daily Tide"


@pytest.mark.parametrize("title, outlet, host, bare", [
    ("Trump and Maduro spoke - The Planetary Press", None, "www.theplanetarypress.com",
     "Trump and Maduro spoke"),
    ("Trump and Maduro spoke | Reuters", "Reuters", "reuters.com", "Trump and Maduro spoke"),
    ("Biden signs the bill — Vancouver Sun", "Vancouver Sun", "vancouversun.com",
     "Biden signs the bill"),
    # a separator inside the headline stays
    ("Trump - Maduro call: what we know", "Reuters", "reuters.com",
     "Trump - Maduro call: what we know"),
    ("Ukraine war: latest news", "BBC News", "bbc.co.uk", "Ukraine war: latest news"),
])
def test_a_title_keeps_no_site_suffix(title, outlet, host, bare):
    from analysis.webpages import bare_title

    assert bare_title(title, outlet, host) == bare


def test_a_deeply_nested_page_and_a_japanese_page_are_read():
    """A page nested 100,000 deep was "no article text (0 words)" (the HTML parser stops at
    255 levels); a Japanese page was "14 words" (words counted by spaces)."""
    from analysis.webpages import extract, word_count

    body = "<p>" + " ".join(["The minister said the meeting was important."] * 20) + "</p>"
    deep = "<html><body>" + "<div>" * 100_000 + body + "</div>" * 100_000 + "</body></html>"
    assert "The minister said" in extract(deep).text
    sentence = "日本の首相は記者会見で、新しい経済対策を発表したと述べた。"
    page = f"<html><body><article><p>{sentence * 20}</p></article></body></html>"
    assert sentence in extract(page).text
    assert word_count("Tokyo 東京 is big") == 5


@pytest.fixture
def odd_server():
    """A local server that answers badly in every way `fetch` must survive."""
    import socketserver
    import time

    body = (b"<html><body><article><p>" + b"The mayor said the harbour would reopen. " * 10
            + b"</p></article></body></html>")

    class Odd(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            path = self.path
            if "/ok" in path:  # "/a/../ok" too, as a server resolves it
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body.replace(b"harbour", path.encode()))
            elif path == "/short":  # promises more than it sends
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body) * 2))
                self.end_headers()
                self.wfile.write(body)
            elif path == "/png":  # an image, called a page
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"\x89PNG\r\n\x1a\n" + bytes(200))
            elif path == "/garbage":  # not HTTP at all
                self.wfile.write(b"hello there, this is not HTTP\r\n\r\n")
            elif path == "/headers":  # more than 100 headers
                self.send_response(200)
                for i in range(120):
                    self.send_header(f"X-H{i}", "x")
                self.end_headers()
                self.wfile.write(body)
            elif path == "/drip":  # one byte every half second: past any deadline
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "1000")
                self.end_headers()
                for _ in range(40):
                    try:
                        self.wfile.write(b"x")
                        self.wfile.flush()
                    except OSError:
                        return
                    time.sleep(0.5)

    class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
        daemon_threads = True

    httpd = Server(("127.0.0.1", 0), Odd)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_fetch_names_every_bad_answer_and_goes_on(odd_server, tmp_path):
    import time

    from analysis.webpages import fetch

    out = tmp_path / "pages"
    (out / f"127.0.0.1-{odd_server.rsplit(':', 1)[1]}_ok_id_3.html").mkdir(parents=True)
    urls = [f"{odd_server}/ok?id=1", f"{odd_server}/ok?id=2", f"{odd_server}/short",
            f"{odd_server}/png", f"{odd_server}/garbage", f"{odd_server}/headers",
            f"{odd_server}/drip", "http://127.0.0.1:abc/", "http://127.0.0.1/a\x07b",
            f"{odd_server}/ok?id=3", f"{odd_server}/a/../ok?id=4"]
    started = time.monotonic()
    saved, failed = fetch(urls, out, timeout=2)
    assert time.monotonic() - started < 20  # the drip is cut at the deadline
    assert len(saved) == 3 and len({p.name for p in saved}) == 3  # id=1, id=2, id=4 apart
    assert all(".." not in p.name for p in saved)
    said = "\n".join(failed)
    for what in ("/short: the page was cut short", "/png: not a web page but a PNG image",
                 "/garbage: cannot be fetched", "/headers: cannot be fetched",
                 "/drip: took longer than 2 s", "127.0.0.1:abc/: not a valid address",
                 "a\\x07b", "ok?id=3: cannot be saved"):
        assert what in said, (what, said)
    assert len(failed) == 8
