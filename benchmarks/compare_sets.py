"""Same-event pairs of PolNeAR articles (different outlets, published within three days, with
at least ``compare.STORY_SENTENCES`` sentences of each matched in the other), and what the
comparison reports between them: every conflict and label, printed for a person to read.

    python benchmarks/compare_sets.py [--limit N] [--out FILE.tsv]

Development data for the comparison (issue "Titles attached to the right person"): the
figures it prints are counts, the judgement of each row is the reader's.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from itertools import combinations

from common import POLNEAR

from analysis import compare
from analysis.loaders import Article


def articles() -> list[Article]:
    out = []
    with open(POLNEAR / "metadata.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            path = POLNEAR / row["compartment"] / "text" / f"{row['filename']}.txt"
            if path.exists():
                out.append(Article(row["filename"], path.read_text(encoding="utf-8"),
                                   str(path), date=row["publication_date"],
                                   outlet=row["publisher"]))
    return out


def same_event_pairs(arts: list[Article], days: int = 3) -> list[tuple[Article, Article]]:
    sim = compare.Similarity(arts)
    pairs = []
    when = {a.id: dt.date.fromisoformat(a.date) for a in arts}
    for a, b in combinations(arts, 2):
        if a.outlet == b.outlet or abs((when[a.id] - when[b.id]).days) > days:
            continue
        if compare.same_story([a, b], sim):
            pairs.append((a, b))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N pairs")
    parser.add_argument("--out", help="write every reported row to this TSV file")
    args = parser.parse_args()
    pairs = same_event_pairs(articles())
    if args.limit:
        pairs = pairs[:args.limit]
    rows = []
    for a, b in pairs:
        diffs = compare.differences([a, b])
        for r in diffs.itertuples():
            rows.append({"pair": f"{a.id} | {b.id}", "type": r.type, "rule": r.rule,
                         "topic": r.topic, "value_a": r.value_a, "text_a": r.text_a,
                         "value_b": r.value_b, "text_b": r.text_b,
                         "sentence_a": a.text[slice(*a.sentences[r.sentence_a])]
                         if r.sentence_a >= 0 else "",
                         "sentence_b": b.text[slice(*b.sentences[r.sentence_b])]
                         if r.sentence_b >= 0 else ""})
    kinds = {}
    for r in rows:
        kinds[r["type"]] = kinds.get(r["type"], 0) + 1
    print(f"{len(pairs)} same-event pairs; reported: {kinds}")
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]) if rows else ["pair"],
                               delimiter="\t")
            w.writeheader()
            w.writerows(rows)
    else:
        for r in rows:
            print(f"{r['type']:9} {r['rule']:30} {r['topic']}: {r['value_a']!r} / "
                  f"{r['value_b']!r}", file=sys.stdout)


if __name__ == "__main__":
    main()
