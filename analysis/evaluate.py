"""Measured accuracy: the extractors run over annotated corpora and scored.

``quotes_polnear(split_dir)`` runs the quote extractor over a PolNeAR split (``text/*.txt``)
and scores it with the reference scorer (``../shared/tools/polnear_score.py``), which is loaded
from beside the project rather than copied into it.
"""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path

from . import config
from .loaders import load_text_file

SCORER = config.PROJ_ROOT.parent / "shared" / "tools" / "polnear_score.py"


def _scorer(path: Path = SCORER):
    if not path.exists():
        raise FileNotFoundError(f"{path}: the reference scorer is not there (is ../shared "
                                "beside the project?)")
    spec = importlib.util.spec_from_file_location("polnear_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def polnear_predictions(split_dir: str | Path) -> tuple[list[dict], int, float]:
    """Prediction records for every text of a split, the number of texts, and seconds spent
    extracting (reading files excluded)."""
    from .quotes import prepare

    texts = sorted((Path(split_dir) / "text").glob("*.txt"))
    articles = [load_text_file(p) for p in texts]
    started = time.perf_counter()
    prepare(articles)
    preds = []
    for article in articles:
        for q in article.quotes:
            # a quote that continues an earlier one is that quote's speaker's: its source span
            source = q.source or (q.follows.source if q.follows else None)
            preds.append({"article": article.id, "kind": q.kind,
                          "content": [list(s) for s in q.content],
                          "source": [list(s) for s in source] if source else None,
                          "cue": [list(s) for s in q.cue] if q.cue else None})
    return preds, len(articles), time.perf_counter() - started


def quotes_polnear(split_dir: str | Path) -> dict:
    """Scores of the quote extractor on a PolNeAR split, with its speed."""
    scorer = _scorer()
    preds, n, seconds = polnear_predictions(split_dir)
    result = scorer.score(scorer.load_gold(str(split_dir)), preds)
    result["seconds"] = round(seconds, 3)
    result["articles_per_second"] = round(n / seconds, 1) if seconds else None
    return result


def format_scores(result: dict) -> str:
    lines = [f"{result['articles']} articles, {result['predicted']} predicted attributions, "
             f"precision {result['precision']:.3f}"]
    for kind in ("direct", "quoted", "all"):
        r = result[kind]
        lines.append(f"  {kind:7s} gold {r['gold']:5d}  recall {r['recall']:.3f}  "
                     f"F1 {r['f1']:.3f}  speaker accuracy {r['speaker_accuracy']:.3f}")
    if result.get("articles_per_second"):
        lines.append(f"  speed: {result['articles_per_second']} articles/s "
                     f"({result['seconds']} s extracting)")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    import sys

    print(json.dumps(quotes_polnear(sys.argv[1]), indent=1))


# FrAC merges Media Frames Corpus codes: 5 = legality and crime, 6 = political and policies,
# 15 = other (capacity, quality of life, external regulation and anything else).
FRAC_MERGE = {1: 1, 2: 15, 3: 3, 4: 4, 5: 5, 6: 6, 7: 5, 8: 8, 9: 9, 10: 15, 11: 11, 12: 12,
              13: 6, 14: 15, 15: 15}


def frames_frac(csv_path: str | Path) -> dict:
    """Accuracy and macro-F1 of the top-scoring frame on FrAC sentences (``sentence,label``)."""
    import csv

    from .framing import codebook, top_frame

    code_of = {row["name"]: row["code"] for row in codebook()}
    try:
        with open(csv_path, encoding="utf-8") as f:
            reader = csv.DictReader(f)
            if not {"sentence", "label"} <= set(reader.fieldnames or ()):
                raise ValueError(f"{csv_path}: not a FrAC file (it needs the columns "
                                 "sentence,label)")
            rows = list(reader)
    except UnicodeDecodeError:
        raise ValueError(f"{csv_path}: not UTF-8 text") from None
    if not rows:
        raise ValueError(f"{csv_path}: no sentences under the header")
    gold = []
    for n, r in enumerate(rows, start=2):
        try:
            gold.append(int(r["label"]))
        except (TypeError, ValueError):
            raise ValueError(f"{csv_path}, line {n}: label {r['label']!r} is not a frame "
                             "code (1-15)") from None
    started = time.perf_counter()
    pred = [FRAC_MERGE[code_of[top_frame(r["sentence"])]] for r in rows]
    seconds = time.perf_counter() - started
    scores = _classification(gold, pred)
    return {"sentences": len(rows), "accuracy": scores["accuracy"],
            "macro_f1": scores["macro_f1"], "f1_by_code": scores["f1_by_class"],
            "seconds": round(seconds, 3)}


def development_note(path: str | Path) -> str:
    """A warning when ``path`` is the project's development data (``../shared``): the rules,
    word lists and model were written and tuned looking at it, so the score is optimistic."""
    from . import config

    shared = (config.PROJ_ROOT.parent / "shared").resolve()
    try:
        Path(path).resolve().relative_to(shared)
    except ValueError:
        return ""
    return (f"note: {path} is development data (the rules, word lists and model were written "
            "and tuned looking at it): expect lower scores on news the project has not seen")


def _classification(gold: list, pred: list) -> dict:
    """Accuracy, macro-F1 over the gold classes, and F1 per class."""
    f1s = {}
    for lab in sorted(set(gold)):
        tp = sum(g == p == lab for g, p in zip(gold, pred, strict=True))
        fp = sum(p == lab != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == lab != p for g, p in zip(gold, pred, strict=True))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s[lab] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"accuracy": round(sum(g == p for g, p in zip(gold, pred, strict=True))
                              / max(len(gold), 1), 4),
            "macro_f1": round(sum(f1s.values()) / max(len(f1s), 1), 4),
            "f1_by_class": {k: round(v, 4) for k, v in f1s.items()}}


def target_newsmtsc(path: str | Path, folds: int = 0) -> dict:
    """Sentiment towards targets on NewsMTSC (``train.jsonl``-style records): accuracy and
    macro-F1 of the likeliest class. ``folds=0`` scores the shipped model; ``folds=k`` trains
    and scores k fresh models on article-grouped folds (no article in both), which estimates
    how the method does on text it has not seen. ``vader_macro_f1`` is plain sentence-level
    VADER on the same targets, for comparison."""
    import numpy as np

    from . import targeted
    from .sentiment import label, scores

    data = targeted.read_newsmtsc(Path(path))
    rows = targeted.newsmtsc_rows(data)
    gold = list(data["label"])
    started = time.perf_counter()
    if folds:
        from sklearn.model_selection import GroupKFold

        pred = np.empty(len(gold), dtype=object)
        for train, test in GroupKFold(folds).split(rows, gold, data["group"]):
            model = targeted.TargetModel.fit([rows[i] for i in train],
                                             [gold[i] for i in train])
            proba = model.probabilities([rows[i] for i in test])
            pred[test] = [targeted.CLASSES[k] for k in proba.argmax(axis=1)]
        pred = list(pred)
    else:
        proba = targeted.model().probabilities(rows)
        pred = [targeted.CLASSES[k] for k in proba.argmax(axis=1)]
    seconds = time.perf_counter() - started
    vader = [label(scores(s)["compound"]) for s in data["sentence"]]
    result = _classification(gold, pred)
    return {"targets": len(gold), "sentences": int(data["sentence"].nunique()),
            "evaluation": f"{folds}-fold, grouped by article" if folds else "shipped model",
            **result, "vader_macro_f1": _classification(gold, vader)["macro_f1"],
            "seconds": round(seconds, 2)}


def train_target(path: str | Path, out: str | Path | None = None) -> dict:
    """Train the target-sentiment model on all of a NewsMTSC file and save it (to the
    package's ``resources/target_sentiment_model.json`` unless ``out`` is given)."""
    from . import targeted

    data = targeted.read_newsmtsc(Path(path))
    started = time.perf_counter()
    model = targeted.TargetModel.fit(targeted.newsmtsc_rows(data), list(data["label"]))
    destination = Path(out) if out else targeted.MODEL_PATH
    if destination.is_dir():  # a folder given: the model goes in it, under its usual name
        destination = destination / targeted.MODEL_PATH.name
    model.save(destination)
    targeted.model.cache_clear()
    return {"targets": len(data), "model": str(destination),
            "seconds": round(time.perf_counter() - started, 2)}
