"""People by gender against a developer's judgement, on the PolNeAR dev texts (development
data: see ``benchmarks/data/polnear_dev_sources_gender.json``).

    python benchmarks/eval_people.py [PolNeAR dev folder]

Prints, for the people quoted (one per article and person), precision, recall and F1 of
``female`` and ``male``, and the share of women among those quoted against the judged share.
A judged person found as ``unknown`` counts as missed; a name judged to be no person but
listed as a person counts against precision.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from common import polnear_texts

from analysis.loaders import load_text_file
from analysis.people import people
from analysis.quotes import quotes_frame

GOLD = Path(__file__).resolve().parent / "data" / "polnear_dev_sources_gender.json"


def main() -> None:
    gold_lists = json.loads(GOLD.read_text(encoding="utf-8"))
    gold = {n: g for g in ("female", "male", "not_person") for n in gold_lists[g]}
    rows = []
    for path in polnear_texts(sys.argv[1] if len(sys.argv) > 1 else "dev"):
        article = load_text_file(path)
        table = people(article, quotes_frame(article))
        rows += [(r.name, r.gender) for r in table.itertuples() if r.quoted]
    judged = [(name, pred, gold[name]) for name, pred in rows if name in gold]
    print(f"{len(rows)} people quoted (one per article), {len(judged)} judged")
    for g in ("female", "male"):
        tp = sum(p == g and t == g for _, p, t in judged)
        fp = sum(p == g and t != g for _, p, t in judged)
        fn = sum(t == g and p != g for _, p, t in judged)
        prec, rec = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"  {g:6s} sources: precision {prec:.3f} recall {rec:.3f} F1 {f1:.3f} "
              f"({tp + fn} judged)")
    true_f = sum(t == "female" for _, _, t in judged)
    true_known = sum(t in ("female", "male") for _, _, t in judged)
    pred_f = sum(p == "female" for _, p, _ in judged)
    pred_known = sum(p in ("female", "male") for _, p, _ in judged)
    print(f"  share of women among sources: found {pred_f / pred_known:.3f} "
          f"(of {pred_known} of known gender), judged {true_f / true_known:.3f}")
    unknown = sum(p == "unknown" for _, p, t in judged if t != "not_person")
    print(f"  people left unknown: {unknown}; not people listed as people: "
          f"{sum(t == 'not_person' for _, _, t in judged)}")


if __name__ == "__main__":
    main()
