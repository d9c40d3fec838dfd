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

from .corpora import _entity_events, _linked_name, _name_in

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
    genre = path.stem.split("_")[1]
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    tokens: list[tuple[str, str, int]] = []
    mentions: list[tuple[int, int, str, str]] = []  # token span, type, entity id
    opened: list[tuple[str, str, int]] = []
    plural: list[bool] = []
    pos = 0
    sent_start = 0
    new_par = False
    space = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar"):
            new_par = True
            continue
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not cols[0].isdigit():
            continue
        if cols[0] == "1":
            sent_start = len(tokens)
            space = "\n\n" if new_par and pieces else (" " if pieces else "")
            new_par = False
        pieces.append(space)
        pos += len(space)
        offsets.append((pos, pos + len(cols[1])))
        pieces.append(cols[1])
        pos += len(cols[1])
        space = "" if "SpaceAfter=No" in cols[9] else " "
        head = int(cols[6]) if cols[6].isdigit() else 0
        index = len(tokens)
        tokens.append((cols[1], cols[3], sent_start + head - 1 if head else -1))
        plural.append("Number=Plur" in cols[5])
        for f in cols[9].split("|"):
            if not f.startswith("Entity="):
                continue
            for ev in _entity_events(f[7:]):
                if ev[0] == "open":
                    if ev[3]:
                        mentions.append((index, index + 1, ev[2], ev[1]))
                    else:
                        opened.append((ev[1], ev[2], index))
                else:
                    for k in range(len(opened) - 1, -1, -1):
                        if opened[k][0] == ev[1]:
                            grp, etype, start = opened.pop(k)
                            mentions.append((start, index + 1, etype, grp))
                            break
    text = "".join(pieces)
    people: dict[str, GoldPerson] = {}
    spans = sorted((a, b) for a, b, _, _ in mentions)
    for start, end, etype, grp in mentions:
        if etype != "person":
            continue
        person = people.setdefault(grp, GoldPerson())
        if end - start == 1 and tokens[start][0].lower() in _MALE:
            person.male += 1
        elif end - start == 1 and tokens[start][0].lower() in _FEMALE:
            person.female += 1
        span = _name_in(tokens, start, end) or _linked_name(tokens, start, end, spans)
        if span is not None and any(plural[span[0]:span[1]]):
            person.group = True  # "Muslims", "Americans": a group, not a person
        elif span is not None:
            a, b = offsets[span[0]][0], offsets[span[1] - 1][1]
            person.names.append((a, b))
            if len(text[a:b]) > len(person.text):
                person.text = text[a:b]
    return genre, text, [p for p in people.values() if p.names and not p.group]


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
            hit = next((g for g in gold for a, b in actor.mentions for x, y in g.names
                        if a < y and x < b), None)
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
