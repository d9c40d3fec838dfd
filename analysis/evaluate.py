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
    from .quotes import extract

    texts = sorted((Path(split_dir) / "text").glob("*.txt"))
    articles = [load_text_file(p) for p in texts]
    started = time.perf_counter()
    preds = []
    for article in articles:
        for q in extract(article):
            preds.append({"article": article.id, "kind": q.kind,
                          "content": [list(s) for s in q.content],
                          "source": [list(s) for s in q.source] if q.source else None,
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
