"""Attributions as GUM's annotators give them, to score the quote extractor with a second gold
from another annotation scheme, other texts (Wikinews, interviews, biographies, speeches, …)
and an open licence (CC BY 4.0), beside PolNeAR's.

GUM's discourse layer (enhanced RST, in the ``Discourse=`` field of the MISC column) cuts
every document into elementary discourse units and relates them. An ``attribution-positive``
or ``attribution-negative`` relation ties a unit that attributes ("U.S. officials have not
said", "According to the coach, Alireza Mehraban,", "said Ambassador Mohib.") to the unit it
attributes ("why the team was initially denied visas,"): the first holds the speaker and the
verb, the second what was said, thought or meant, with the units the annotators marked as the
same unit split by an insertion ("the team's robot, | he said, | could not …").

The scheme differs from PolNeAR's: only clauses are units, so "X denied the report" or "X wants
to win" hold no attribution, and what was said is one unit (the head of the reported material,
not all of it), and the credit under a picture ("Image: Nick Moreau.", "Twitter / NASA.": in a
sentence with no verb) is an attribution too; credits are left out here, as a reader of the
quote table would not count them. So a prediction *finds* a gold attribution when its verb (or
its speaker) lies in the attributing unit and its content overlaps the attributed one: the
measure is whether the reported speech is found, not where its content ends. Its speaker is
right when the predicted speaker lies in the attributing unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .corpora import read_conllu

Spans = list[tuple[int, int]]
_RELATION = re.compile(r"([a-z-]+?)(?:_m)?:(\d+)->(\d+)")
_ROOT = re.compile(r"ROOT:(\d+)")


@dataclass
class GoldAttribution:
    relation: str  # "attribution-positive" or "attribution-negative"
    source: tuple[int, int]  # character span of the attributing unit
    content: Spans  # character spans of the attributed unit (and its same-unit pieces)
    text: str  # the attributing unit, to read a miss by


def _units(units: list[tuple[int, str]], n_tokens: int
           ) -> tuple[dict[int, tuple[int, int]], list[tuple[str, int, int]]]:
    """Each unit's token range ``[start, end)`` by its number, and every relation
    ``(name, unit, the unit it depends on)`` (the primary one and the enhanced ones)."""
    spans: dict[int, tuple[int, int]] = {}
    relations: list[tuple[str, int, int]] = []
    for k, (start, value) in enumerate(units):
        end = units[k + 1][0] if k + 1 < len(units) else n_tokens
        first = _ROOT.match(value) or _RELATION.match(value)
        if first is None:
            continue
        spans[int(first.group(2) if first.re is _RELATION else first.group(1))] = (start, end)
        for part in value.split(";"):
            m = _RELATION.match(part)
            if m:
                relations.append((m.group(1), int(m.group(2)), int(m.group(3))))
    return spans, relations


def read_attributions(path: Path) -> tuple[str, str, list[GoldAttribution]]:
    """``(genre, text, gold attributions)`` of one GUM document; the text is laid out as
    :meth:`GumDocument.layout` gives it."""
    doc = read_conllu(path)
    text, offsets = doc.layout()
    spans, relations = _units(doc.units, len(doc.tokens))
    same: dict[int, set[int]] = {}
    for name, a, b in relations:
        if name == "same-unit":
            group = same.get(a, {a}) | same.get(b, {b})
            for u in group:
                same[u] = group

    def chars(unit: int) -> tuple[int, int]:
        a, b = spans[unit]
        return offsets[a][0], offsets[b - 1][1]

    sentence_of = {i: (sent[0], sent[-1] + 1) for sent in doc.sentences for i in sent}

    def credit(unit: int) -> bool:  # "Image: Nick Moreau.", "Twitter / Barack Obama."
        a, b = sentence_of[spans[unit][0]]
        return not any(t.upos in ("VERB", "AUX") or t.word.lower() == "according"
                       for t in doc.tokens[a:b])

    gold = []
    for name, s, h in relations:
        if not name.startswith("attribution") or s not in spans or h not in spans or \
                credit(s):
            continue
        source = chars(s)
        content = [chars(u) for u in sorted(same.get(h, {h}) - {s}) if u in spans]
        gold.append(GoldAttribution(name, source, content, text[source[0]:source[1]]))
    return path.stem.split("_")[1], text, gold


def _overlaps(spans: Spans, other: Spans) -> bool:
    return any(a < d and c < b for a, b in spans for c, d in other)


def score_attributions(paths: list[Path]) -> dict:
    """Gold attributions found (recall), predictions that find one (precision) and speakers
    right, over the documents ``paths``, with the misses and the extra predictions to read."""
    from ..loaders import Article

    gold_n = found = predicted = matched = speaker_right = 0
    missed: list[str] = []
    extra: list[str] = []
    for path in paths:
        _, text, gold = read_attributions(path)
        article = Article(path.stem, text, str(path))
        hit: set[int] = set()
        for q in article.quotes:
            source = q.source or (q.follows.source if q.follows else None) or []
            where = list(q.cue or []) + list(source)
            owners = [k for k, g in enumerate(gold)
                      if _overlaps(where, [g.source]) and _overlaps(list(q.content), g.content)]
            predicted += 1
            if owners:
                matched += 1
                hit.update(owners)
                speaker_right += bool(source) and _overlaps(source, [gold[owners[0]].source])
            else:
                a, b = q.content[0][0], q.content[-1][1]
                extra.append(f"{path.stem}: {text[a:b][:120]}")
        gold_n += len(gold)
        found += len(hit)
        missed += [f"{path.stem}: {g.text} | {text[g.content[0][0]:g.content[-1][1]][:100]}"
                   for k, g in enumerate(gold) if k not in hit and g.content]
    return {"documents": len(paths), "gold": gold_n, "predicted": predicted,
            "recall": round(found / gold_n, 3) if gold_n else 0.0,
            "precision": round(matched / predicted, 3) if predicted else 0.0,
            "speaker": round(speaker_right / matched, 3) if matched else 0.0,
            "missed": missed, "extra": extra}
