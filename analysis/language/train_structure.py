"""The trainer of the clause-structure model: parts of speech and dependencies, learned with
spaCy's own trainer (``spacy train``) from the Universal Dependencies treebanks in
``../shared/corpora`` (EWT train and GUM's training documents), scored on EWT dev and GUM's
development documents (the same 25 documents the entity recogniser never sees).

``python -m analysis train structure ../shared/corpora`` writes the model into
``analysis/resources/models/structure/`` with ``meta.json`` (sources, licences, settings, the
scores on the dev data); nothing of the corpora's text is shipped. Training never runs when an
article is analysed.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

from . import corpora as corpora_mod
from .structure import MODEL_DIR

# spaCy's "efficiency" CPU recipe for a tagger and a parser, narrowed for speed: the model only
# has to find clauses, subjects and complements in sentences that may report speech. Measured on
# PolNeAR dev (all-attributions F1) and speed, side by side: the recipe's own sizes (width 96,
# depth 4, parser 64) gave F1 0.577 at 27,000 tokens/s; these give 0.568 at 55,000.
SETTINGS = {
    "components.tok2vec.model.encode.width": 64,
    "components.tok2vec.model.encode.depth": 2,
    "components.parser.model.hidden_width": 32,
    "components.parser.model.maxout_pieces": 2,
    "training.max_epochs": 0,
    "training.max_steps": 6000,
    "training.patience": 1600,
    "training.eval_frequency": 500,
    "system.seed": 0,
}
SOURCES = [
    {"name": "Universal Dependencies English EWT, train split", "license": "CC BY-SA 4.0",
     "source": "github.com/UniversalDependencies/UD_English-EWT",
     "cite": "Silveira et al. (2014) A Gold Standard Dependency Corpus for English"},
    {"name": "GUM (Georgetown University Multilayer corpus), UD release, training documents",
     "license": "annotations CC BY 4.0; texts CC BY (Wikimedia, OpenStax, SBC), public domain",
     "source": "github.com/UniversalDependencies/UD_English-GUM",
     "cite": "Zeldes (2017) The GUM Corpus: Creating Multilayer Resources in the Classroom"},
]


def read_sentences(path: Path):
    """The sentences of a CoNLL-U file: lists of ``(word, space_after, upos, xpos, lemma,
    head, deprel)``, heads 0-based within the sentence (-1 for the root). Multiword-token
    ranges and empty nodes are left out: the syntactic words are what the model learns."""
    sent: list = []
    space_after: dict[int, bool] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent, space_after = [], {}
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            if "-" in cols[0]:  # "don't" as one token over two words: the space is the range's
                a, b = map(int, cols[0].split("-"))
                space_after[b] = "SpaceAfter=No" not in cols[9]
                continue
            i = int(cols[0])
            space = space_after.get(i, "SpaceAfter=No" not in cols[9])
            head = int(cols[6]) - 1
            deprel = cols[7] if cols[7] != "root" else "ROOT"
            sent.append((cols[1], space, cols[3], cols[4], cols[2], head, deprel))
    if sent:
        yield sent


def _docs(vocab, files):
    from spacy.tokens import Doc

    for path in files:
        for s in read_sentences(path):
            words = [t[0] for t in s]
            yield Doc(vocab, words=words, spaces=[t[1] for t in s], pos=[t[2] for t in s],
                      tags=[t[3] for t in s], lemmas=[t[4] for t in s],
                      heads=[t[5] if t[5] >= 0 else i for i, t in enumerate(s)],
                      deps=[t[6] for t in s], sent_starts=[True] + [False] * (len(s) - 1))


def training_files(corpora: Path) -> dict[str, list[Path]]:
    corpora = Path(corpora)
    return {"train": [corpora / "ewt" / "en_ewt-train.conllu"]
            + corpora_mod.gum_files(corpora, "train"),
            "dev": [corpora / "ewt" / "en_ewt-dev.conllu"] + corpora_mod.gum_files(corpora, "dev")}


def write_docbins(corpora: Path, folder: Path) -> dict[str, int]:
    """``train.spacy`` and ``dev.spacy`` in ``folder``; the number of sentences of each."""
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank("en").vocab
    counts = {}
    for split, files in training_files(corpora).items():
        db = DocBin(attrs=["ORTH", "SPACY", "POS", "TAG", "LEMMA", "HEAD", "DEP", "SENT_START"])
        n = 0
        for doc in _docs(vocab, files):
            db.add(doc)
            n += 1
        db.to_disk(folder / f"{split}.spacy")
        counts[split] = n
    return counts


def _config(folder: Path) -> Path:
    """spaCy's own CPU "efficiency" recipe for a tagger and a parser (``spacy init config``),
    with :data:`SETTINGS` on top."""
    from spacy.cli.init_config import init_config

    config = init_config(lang="en", pipeline=["tagger", "parser"], optimize="efficiency",
                         gpu=False, pretraining=False, silent=True)
    path = folder / "config.cfg"
    config.to_disk(path)
    return path


def score(model: Path, corpora: Path) -> dict[str, dict]:
    """Tagging accuracy and attachment scores of the pipeline at ``model`` on each dev set,
    with the gold tokens (the scores every UD parser reports)."""
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example

    nlp = spacy.load(model)
    corpora = Path(corpora)
    sets = {"UD English EWT dev": [corpora / "ewt" / "en_ewt-dev.conllu"],
            "GUM dev (25 documents)": corpora_mod.gum_files(corpora, "dev")}
    out = {}
    for name, files in sets.items():
        examples = []
        for gold in _docs(nlp.vocab, files):
            words = [t.text for t in gold]
            doc = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in gold],
                      sent_starts=[True] + [False] * (len(words) - 1))
            examples.append(Example(doc, gold))
        started = time.perf_counter()
        for ex, doc in zip(examples, nlp.pipe([e.predicted for e in examples], batch_size=64),
                           strict=True):
            ex.predicted = doc
        seconds = time.perf_counter() - started
        scores = nlp.evaluate(examples)  # parses again; the timing above is the one kept
        tokens = sum(len(e.predicted) for e in examples)
        out[name] = {"sentences": len(examples), "tokens": tokens,
                     "tag_accuracy": round(scores["tag_acc"], 4),
                     "uas": round(scores["dep_uas"], 4), "las": round(scores["dep_las"], 4),
                     "tokens_per_second": round(tokens / seconds)}
    return out


_PART_NOTE = """# {part}/ of the clause-structure model

Part of the spaCy pipeline in the folder above: {what}.

Written by spaCy's trainer when `python -m analysis train structure ../shared/corpora`
trained the model on UD English EWT train (CC BY-SA 4.0) and GUM's training documents
(annotations CC BY 4.0). Sources, licences and scores: `../README.md`,
`../LICENSES_SOURCES` and `../meta.json`.
"""
_PARTS = {"vocab": "the words and strings it knows, from the training sentences",
          "tok2vec": "the word-context encoder's weights",
          "tagger": "the part-of-speech tagger's weights",
          "parser": "the dependency parser's weights and transitions"}


def write_part_notes(out: Path) -> None:
    """A README in each folder of the pipeline, pointing to the sources and licences."""
    for part, what in _PARTS.items():
        if (Path(out) / part).is_dir():
            (Path(out) / part / "README.md").write_text(_PART_NOTE.format(part=part, what=what),
                                                         encoding="utf-8")


def structure_table(scores: dict[str, dict]) -> str:
    """The dev scores as a few aligned lines."""
    lines = [f"{'':24} {'tags':>6} {'UAS':>6} {'LAS':>6} {'tokens/s':>9}"]
    for name, s in scores.items():
        lines.append(f"{name:24} {s['tag_accuracy']:6.3f} {s['uas']:6.3f} {s['las']:6.3f} "
                     f"{s['tokens_per_second']:9d}")
    return "\n".join(lines)


def train(corpora: Path, out: Path = MODEL_DIR) -> dict:
    """Trains the pipeline with ``spacy train``, keeps the best of it in ``out`` with its
    sources, licences and dev scores in spaCy's own ``meta.json``; returns that meta."""
    import spacy
    from spacy.cli.train import train as spacy_train

    corpora, out = Path(corpora), Path(out)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="structure-") as tmp:
        tmp = Path(tmp)
        counts = write_docbins(corpora, tmp)
        overrides = {"paths.train": str(tmp / "train.spacy"),
                     "paths.dev": str(tmp / "dev.spacy"), **SETTINGS}
        spacy_train(_config(tmp), tmp / "trained", overrides=overrides, use_gpu=-1)
        best = tmp / "trained" / "model-best"
        out.mkdir(parents=True, exist_ok=True)
        for old in out.iterdir():  # the pipeline's files go; the README and licences stay
            if (best / old.name).exists():
                shutil.rmtree(old) if old.is_dir() else old.unlink()
        shutil.copytree(best, out, dirs_exist_ok=True)
    write_part_notes(out)
    seconds = time.perf_counter() - started
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    meta.update({
        "name": "structure", "version": "1.0.0",
        "description": "Parts of speech (Penn Treebank tags) and Universal Dependencies "
                       "relations for the clause structure of reported speech; reads the "
                       "package's own UD-style tokens. Trained by `python -m analysis train "
                       "structure ../shared/corpora`.",
        "license": "CC BY-SA 4.0 (as its training data, EWT)", "sources": SOURCES,
        "settings": SETTINGS, "training_sentences": counts["train"],
        "training_seconds": round(seconds, 1),
        "trained_with": f"spaCy {spacy.__version__} (spacy train, efficiency CPU recipe)",
        "dev_scores": score(out, corpora),
    })
    (out / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    return meta
