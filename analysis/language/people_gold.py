"""People and their gender as GUM's annotators give them, to score the people layer with the
corpus's own gold (never with a developer's judgement of the output).

A GUM document is laid out as text again (its tokens with their spaces, sentences apart,
paragraphs on lines of their own), so the whole pipeline reads it as an article. The gold
people are GUM's entities of type ``person`` with at least one named mention (a mention headed
by a proper noun, or holding a run of proper nouns of its own: "the grammarian Aelius
Donatus"), less groups (a plural name: "Muslims", "Americans"); a person's gold gender is what
the pronouns of its coreference chain say (he/him/his/himself against she/her/hers/herself, a
clear majority), else unknown. Groups ("they") and first-person speakers are not counted for
gender. A person the pipeline gives a gender is judged only when the gold gives one (or says it
is no person).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .corpora import name_of, read_conllu

_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}


@dataclass
class GoldPerson:
    names: list[tuple[int, int]] = field(default_factory=list)  # char spans of named mentions
    text: str = ""
    male: int = 0
    female: int = 0
    group: bool = False

    @property
    def gender(self) -> str:
        if self.male >= 2 * max(self.female, 1) or (self.male and not self.female):
            return "male"
        if self.female >= 2 * max(self.male, 1) or (self.female and not self.male):
            return "female"
        return "unknown"


def read_document(path: Path) -> tuple[str, str, list[GoldPerson]]:
    """``(genre, text, gold people)`` of one GUM document."""
    doc = read_conllu(path)
    text, offsets = doc.layout()
    people: dict[str, GoldPerson] = {}
    for start, end, etype, grp, _ in doc.mentions:
        if etype != "person":
            continue
        person = people.setdefault(grp, GoldPerson())
        word = doc.tokens[start].word.lower()
        if end - start == 1 and word in _MALE:
            person.male += 1
        elif end - start == 1 and word in _FEMALE:
            person.female += 1
        span = name_of(doc, start, end)
        if span is not None and any(t.plural for t in doc.tokens[span[0]:span[1]]):
            person.group = True  # "Muslims", "Americans": a group, not a person
        elif span is not None:
            a, b = offsets[span[0]][0], offsets[span[1] - 1][1]
            person.names.append((a, b))
            if len(text[a:b]) > len(person.text):
                person.text = text[a:b]
    return path.stem.split("_")[1], text, [p for p in people.values()
                                           if p.names and not p.group]


def _owner(actor, gold: list[GoldPerson]) -> GoldPerson | None:
    """The gold person most of the actor's mentions fall on (None if none does): "Goode"
    mentions given to the wrong Goode do not make that Goode someone else."""
    from collections import Counter

    votes = Counter(id(g) for a, b in actor.mentions for g in gold
                    if any(a < y and x < b for x, y in g.names))
    if not votes:
        return None
    best = votes.most_common(1)[0][0]
    return next(g for g in gold if id(g) == best)


def score_people(paths: list[Path]) -> dict:
    """People named (any gender) and people by gender, found by the pipeline against GUM's
    gold, over the documents ``paths``."""
    from ..loaders import Article

    found = matched = gold_n = gold_found = 0
    # per gender: actors given it rightly, actors given it, gold people found with it, gold
    by_gender = {g: [0, 0, 0, 0] for g in ("female", "male")}
    wrong: list[str] = []
    missed: list[str] = []
    for path in paths:
        _, text, gold = read_document(path)
        article = Article(path.stem, text, str(path))
        people = [a for a in article.actors.actors if a.kind == "person"]
        owner: dict[int, GoldPerson] = {}
        right: set[int] = set()  # gold people found with their gender
        for actor in people:
            hit = _owner(actor, gold)
            found += 1
            if hit is not None:
                matched += 1
                owner.setdefault(id(hit), hit)
            else:
                wrong.append(f"{path.stem}: {actor.name}")
            if actor.gender in by_gender and (hit is None or hit.gender != "unknown"):
                # judged only where the gold says: not a person, or a person whose pronouns
                # give a gender
                by_gender[actor.gender][1] += 1
                if hit is not None and hit.gender == actor.gender:
                    by_gender[actor.gender][0] += 1
                    right.add(id(hit))
        gold_n += len(gold)
        gold_found += len(owner)
        for g in gold:
            if g.gender in by_gender:
                by_gender[g.gender][3] += 1
                by_gender[g.gender][2] += id(g) in right
            if id(g) not in owner:
                missed.append(f"{path.stem}: {g.text}")
    out = {"documents": len(paths), "gold_people": gold_n, "listed_people": found,
           "precision": round(matched / found, 3) if found else 0.0,
           "recall": round(gold_found / gold_n, 3) if gold_n else 0.0}
    for g, (tp, npred, found_right, ngold) in by_gender.items():
        p = tp / npred if npred else 0.0
        r = found_right / ngold if ngold else 0.0
        out[g] = {"precision": round(p, 3), "recall": round(r, 3), "gold": ngold,
                  "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
    out["not_people_listed"] = wrong
    out["people_missed"] = missed
    return out
