"""Speed of the learned language layer, side by side in one run:

    .venv/bin/python benchmarks/bench_language.py [--corpora ../shared/corpora]

1. the whole ``quotes`` command over the 840 PolNeAR train texts on one core (the floor: at
   least 50 articles/s), and the share of it the language layer takes (tokens and names);
2. the trade-off of tagging only the windows around capitalised words against tagging every
   word of every sentence: time per article of each, and (with ``--corpora``) the
   recogniser's F1 per type on GUM dev each way;
3. the clause structure over the same 840 texts: how many sentences and tokens need parsing
   (a reporting, belief or intention verb outside quotation marks, no quotation attributed),
   the parse's time article by article against the batches of 32 articles the commands use,
   and with the tagger first choosing the sentences to parse (as the commands do), and its
   share of the quotes command;
4. the network's matrix products through thinc's own BLIS against numpy's BLAS (what the
   package loads the model with), side by side on the same sentences, with a check that the
   trees are the same either way.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from common import polnear_texts

from analysis import config
from analysis.language import features, parse
from analysis.loaders import Article


def whole_command(split: str = "train") -> tuple[int, float]:
    folder = polnear_texts(split)[0].parent
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "analysis", "quotes", str(folder)],
                          cwd=config.PROJ_ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(done.stderr)
    return len(polnear_texts(split)), seconds


def parse_time(articles: list[Article]) -> float:
    started = time.perf_counter()
    for a in articles:
        parse(a.text, a.sentences)
    return (time.perf_counter() - started) / len(articles)


def structure_cost(command_seconds: float) -> None:
    from analysis.__main__ import TABLE_CHUNK
    from analysis.language import structure
    from analysis.quotes import _first_pass

    paths = polnear_texts("train")
    wanted = [_first_pass(Article(p.stem, p.read_text(encoding="utf-8"), "bench")).to_parse
              for p in paths]  # segmented and read before timing
    sentences = sum(len(w) for w in wanted)
    tokens = sum(len(s) for w in wanted for s in w)
    structure.parse(wanted[0])
    started = time.perf_counter()
    for w in wanted:
        structure.parse(w)
    alone = time.perf_counter() - started
    started = time.perf_counter()
    for i in range(0, len(wanted), TABLE_CHUNK):
        structure.parse([s for w in wanted[i:i + TABLE_CHUNK] for s in w])
    batched = time.perf_counter() - started
    from analysis.cues import verbs

    started = time.perf_counter()
    parsed = 0
    for i in range(0, len(wanted), TABLE_CHUNK):
        trees = structure.parse([s for w in wanted[i:i + TABLE_CHUNK] for s in w],
                                verbs(beliefs=True))
        parsed += sum(t is not None for t in trees)
    gated = time.perf_counter() - started
    print(f"clause structure over {len(paths)} PolNeAR train texts: {sentences} sentences, "
          f"{tokens:,} tokens parsed ({sentences / len(paths):.1f} sentences an article); "
          f"article by article {alone:.1f} s ({tokens / alone:,.0f} tokens/s), in batches of "
          f"{TABLE_CHUNK} articles {batched:.1f} s ({tokens / batched:,.0f} tokens/s, "
          f"{batched / len(paths) * 1000:.1f} ms an article); tagged first and parsed only "
          f"where a reporting verb is tagged a verb ({parsed} sentences), as the commands do: "
          f"{gated:.1f} s ({gated / len(paths) * 1000:.1f} ms an article), "
          f"{gated / command_seconds:.0%} of the quotes command")
    blas_choice([s for w in wanted for s in w], verbs(beliefs=True))


def blas_choice(sentences, verbs) -> None:
    import spacy
    from thinc.api import use_ops

    from analysis.language import structure

    shipped = structure.pipeline()  # numpy's BLAS, one thread
    with use_ops("numpy", use_blis=True):
        blis = spacy.load(structure.MODEL_DIR)
    seconds, trees = {}, {}
    for name, nlp in (("blis", blis), ("numpy", shipped), ("blis", blis), ("numpy", shipped)):
        structure._local.nlp = nlp
        started = time.perf_counter()
        found = []
        for i in range(0, len(sentences), 2000):
            found += structure.parse(sentences[i:i + 2000], verbs)
        seconds[name] = min(seconds.get(name, 1e9), time.perf_counter() - started)
        trees[name] = [None if t is None else (t.tags, t.heads, t.deps) for t in found]
    structure._local.nlp = shipped
    print(f"tagging and parsing those sentences, best of two: thinc's BLIS "
          f"{seconds['blis']:.1f} s, numpy's BLAS (shipped) {seconds['numpy']:.1f} s "
          f"({seconds['blis'] / seconds['numpy']:.2f}× as fast); the same trees: "
          f"{trees['blis'] == trees['numpy']}")


def every_word(words):
    return [(0, len(words))] if words else []


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, help="also score both ways on GUM dev")
    args = ap.parse_args()

    n, seconds = whole_command()
    print(f"quotes command, {n} PolNeAR train texts, one process: {seconds:.1f} s = "
          f"{n / seconds:.0f} articles/s (floor 50)")

    articles = [Article(p.stem, p.read_text(encoding="utf-8"), "bench")
                for p in polnear_texts("dev")]
    sentences = [a.sentences for a in articles]  # segmented before timing
    assert len(sentences) == len(articles)
    parse("Warm up, Ann Smith said.", [(0, 24)])
    parse_time(articles)  # every word's features cached once, as in a long run
    windowed = parse_time(articles)
    real = features.windows
    features.windows = every_word
    try:
        parse_time(articles)
        everything = parse_time(articles)
    finally:
        features.windows = real
    print(f"language layer per PolNeAR dev article: windows {windowed * 1000:.2f} ms, every "
          f"word {everything * 1000:.2f} ms ({everything / windowed:.2f}× the time); of the "
          f"quotes command: {windowed * n / seconds:.0%}")
    structure_cost(seconds)
    if args.corpora:
        from analysis.language.corpora import dev_sets
        from analysis.language.model import tagger
        from analysis.language.train import score

        docs = dev_sets(args.corpora)["GUM dev (25 documents)"]
        a = score(docs, tagger().tag)
        features.windows = every_word
        try:
            b = score(docs, tagger().tag)
        finally:
            features.windows = real
        for t in ("PER", "ORG", "LOC", "MISC", "all"):
            print(f"  GUM dev {t:5s} F1 windows {a[t]['f']:.3f}, every word {b[t]['f']:.3f}")


if __name__ == "__main__":
    main()
