"""Actors: the people, outlets and institutions an article mentions, and who a speaker
phrase ("he", "the paper", "The Venezuelan president", "sources familiar with ...") refers to.

Rules and lexicons (``resources/titles.txt``, ``outlets.txt``, ``institutions.txt``,
``speaker_nouns.csv``) plus the article's own evidence: the first full-name mention of a person
("Venezuelan leader Nicolás Maduro") fixes the canonical name and the descriptors (titles,
nationality) that later descriptions are matched against. :class:`Actors` answers one
question, :meth:`Actors.resolve`, so a statistical model could replace it behind the same call.
"""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .config import RESOURCES_DIR
from .wordlists import read_word_list

Span = tuple[int, int]

SOURCE_TYPES = ("named_person", "institution", "media", "anonymous", "unnamed_group")
PRONOUNS_PERSON = {"he", "she", "him", "her"}
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Hh]imself|[Hh]erself)\b")
MEDIA_BACKREFS = {"paper", "newspaper", "outlet", "daily", "network", "broadcaster", "journal",
                  "magazine", "agency", "editorial"}
_UPPER = "A-ZÀ-ÖØ-Þ"
_WORD = rf"(?:[{_UPPER}]\.|[{_UPPER}][\w’'\-]*)"  # a capitalised word or an initial
_PARTICLE = r"(?:de|del|de la|la|los|van|von|der|da|dos|bin|al|el|le)"
# Two or more capitalised words (with name particles), e.g. "Nicolás Maduro", "Cartel de los".
_NAME_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD})+")
_CAPITALISED = re.compile(rf"(?<![\w])[{_UPPER}][\w\-]*(?![\w])")
_NOT_NAME = {"the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "but",
             "and", "or", "if", "when", "while", "after", "before", "as", "meanwhile", "however",
             "despite", "although", "since", "with", "from", "by", "of", "to", "neither", "nor",
             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "his", "her", "their", "its",
             "our", "my", "your", "he", "she", "it", "they", "we", "i", "you", "there", "said",
             "says", "mr", "mrs", "ms", "dr", "later", "earlier", "still", "now", "then",
             "separately", "instead", "finally", "yesterday", "today", "indeed", "yet", "so"}


@dataclass
class Actor:
    """One actor. ``kind``: person, media, institution. ``descriptors``: lower-case words of
    the titles and labels used for it (``venezuelan``, ``leader``)."""

    name: str
    kind: str
    mentions: list[Span] = field(default_factory=list)
    descriptors: set[str] = field(default_factory=set)

    @property
    def source_type(self) -> str:
        return {"person": "named_person", "media": "media"}.get(self.kind, "institution")


@dataclass(frozen=True)
class Resolution:
    """Who a speaker phrase is: ``speaker`` is the canonical name (or the phrase itself for
    unnamed sources), ``actor`` the Actor when one was found."""

    speaker: str
    source_type: str
    actor: Actor | None = None


@lru_cache(maxsize=1)
def _lexicons():
    titles = {t.rstrip(".") for t in read_word_list("titles.txt")}
    outlets = sorted(read_word_list("outlets.txt"), key=len, reverse=True)
    outlet_re = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(o) for o in outlets) + r")(?![\w])")
    institutions = read_word_list("institutions.txt")
    inst_re = re.compile(r"\b(?:" + "|".join(re.escape(i) for i in institutions) + r")\b",
                         re.IGNORECASE)
    with open(RESOURCES_DIR / "speaker_nouns.csv", encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        nouns = {r["noun"]: r["source_type"] for r in rows}
    return titles, outlet_re, inst_re, nouns


def outlet_pattern() -> re.Pattern:
    """Regular expression matching any outlet of ``resources/outlets.txt``."""
    return _lexicons()[1]


def titles() -> set[str]:
    return _lexicons()[0]


def speaker_nouns() -> dict[str, str]:
    return _lexicons()[3]


def _norm(word: str) -> str:
    return word.lower().rstrip(".").replace("’", "'")


class Actors:
    """The actors of one article, built from its text (headings left out)."""

    def __init__(self, text: str, skip: list[Span] | None = None):
        self.text = text
        self.actors: list[Actor] = []
        self._by_key: dict[str, Actor] = {}
        self._mentions: list[tuple[int, int, Actor]] = []
        skip = skip or []
        self._skip = skip
        self._find_outlets(skip)
        self._find_people(skip)
        self._mentions.sort(key=lambda m: m[0])
        self._find_descriptions(skip)

    # -- building -------------------------------------------------------------------------
    def _add(self, key: str, name: str, kind: str, span: Span, descriptors=()) -> Actor:
        actor = self._by_key.get(key)
        if actor is None:
            actor = Actor(name, kind)
            self._by_key[key] = actor
            self.actors.append(actor)
        actor.mentions.append(span)
        actor.descriptors.update(descriptors)
        self._mentions.append((span[0], span[1], actor))
        return actor

    def _find_outlets(self, skip):
        _, outlet_re, _, _ = _lexicons()
        for m in outlet_re.finditer(self.text):
            if _inside(m.start(), skip):
                continue
            name = m.group()
            after = self.text[m.end(): m.end() + 20]
            if after.startswith(" editorial board"):
                self._add("media:" + name.removeprefix("The ") + " editorial board",
                          name + " editorial board", "media",
                          (m.start(), m.end() + 16), {"editorial", "board", "paper"})
                continue
            key = "media:" + name.removeprefix("The ")
            # "The Post", "The Journal" refer to an outlet already named in full
            existing = next((a for a in self.actors if a.kind == "media"
                             and name.removeprefix("The ") in a.name), None)
            if existing is not None and existing.name != name:
                existing.mentions.append((m.start(), m.end()))
                self._mentions.append((m.start(), m.end(), existing))
                continue
            self._add(key, name, "media", (m.start(), m.end()), {"paper"})

    def _find_people(self, skip):
        title_words, outlet_re, inst_re, _ = _lexicons()
        media_spans = [(a, b) for a, b, _ in self._mentions]
        for m in _NAME_RUN.finditer(self.text):
            if _inside(m.start(), skip) or any(a <= m.start() < b for a, b in media_spans):
                continue
            words = m.group().split()
            # split off leading titles and labels: "United States President Donald Trump"
            cut = 0
            for i, w in enumerate(words[:-1]):
                if _norm(w) in title_words:
                    cut = i + 1
            descriptors = {_norm(w) for w in words[:cut]}
            name_words = words[cut:]
            while name_words and _norm(name_words[0]) in _NOT_NAME:
                name_words = name_words[1:]
            if len(name_words) < 2:
                continue
            name = " ".join(name_words).rstrip(".")
            if inst_re.search(name) or outlet_re.search(name):
                continue
            start = m.start() + m.group().index(name_words[0])
            descriptors |= _preceding_labels(self.text, m.start())
            self._add("person:" + name, name, "person", (start, start + len(name)), descriptors)
        # later mentions by surname alone ("Trump", "Mr. Trump"), in one pass over the text
        by_surname = {a.name.split()[-1]: a for a in self.actors if a.kind == "person"}
        if not by_surname:
            return
        for m in _CAPITALISED.finditer(self.text):
            actor = by_surname.get(m.group())
            if actor is None or _inside(m.start(), skip):
                continue
            if not any(a <= m.start() < b for a, b in actor.mentions):
                actor.mentions.append((m.start(), m.end()))
                self._mentions.append((m.start(), m.end(), actor))

    def _find_descriptions(self, skip):
        """Definite descriptions of people ("the embattled president", "The Venezuelan
        president") become mentions of the person they refer back to."""
        single = sorted(t for t in titles() if " " not in t and t.isalpha())
        pattern = re.compile(r"\b[Tt]he\s+((?:[\w\-]+\s+){0,2}?)(" + "|".join(single) + r")\b")
        for m in pattern.finditer(self.text):
            if _inside(m.start(), skip) or self.at(m.start(), m.end()) is not None:
                continue
            if re.match(r"\s+[A-ZÀ-Þ]", self.text[m.end():]):
                continue  # "the president Donald Trump": the name itself is the mention
            actor = self._describe(m.start(), set(m.group(1).lower().split()), m.group(2))
            if actor is not None:
                actor.mentions.append((m.start(), m.end()))
                bisect.insort(self._mentions, (m.start(), m.end(), actor), key=lambda x: x[0])

    def _describe(self, pos: int, modifiers: set[str], head: str) -> Actor | None:
        want = modifiers - {"former", "embattled", "new", "current", "then"}
        # modifiers that name a nationality or role pick the person; else the last person named
        return (self.last_before(pos, "person", want) if want else None) or \
            self.last_before(pos, "person")

    # -- questions ------------------------------------------------------------------------
    def person_mentions(self, pronouns: bool = True) -> list[tuple[int, int, Actor, str]]:
        """Every mention of a person, in reading order: ``(start, end, actor, via)`` where
        ``via`` is ``name`` (full name or surname), ``description`` ("the embattled
        president") or ``pronoun`` (he, him, his, she, her: the person named last before
        it)."""
        found = [(a, b, actor, "description" if self.text[a:b].lower().startswith("the ")
                  else "name")
                 for a, b, actor in self._mentions if actor.kind == "person"]
        if pronouns:
            for m in _PRONOUN.finditer(self.text):
                if _inside(m.start(), self._skip):
                    continue
                actor = self.last_before(m.start(), "person")
                if actor is not None:
                    found.append((m.start(), m.end(), actor, "pronoun"))
        return sorted(found, key=lambda x: x[0])

    def at(self, start: int, end: int) -> Actor | None:
        """The actor mentioned inside ``[start, end)``, if any (the first one)."""
        for a, b, actor in self._mentions:
            if a >= start and b <= end:
                return actor
        return None

    def last_before(self, pos: int, kind: str, want: set[str] | None = None) -> Actor | None:
        """The actor of this kind mentioned last before ``pos`` (with one of the descriptors
        in ``want``, if given)."""
        best = None
        for a, _, actor in self._mentions:
            if a >= pos:
                break
            if actor.kind == kind and (not want or actor.descriptors & want):
                best = actor
        return best

    def resolve(self, start: int, end: int) -> Resolution:
        """Who the speaker phrase ``text[start:end]`` is, and what type of source."""
        phrase = self.text[start:end].strip()
        title_words, outlet_re, inst_re, nouns = _lexicons()
        core = _core(phrase)
        words = [_norm(w) for w in re.findall(r"[\w’'.\-]+", core)]
        head = words[-1] if words else ""
        if outlet_re.search(core) or (head in MEDIA_BACKREFS and "the" in words[:1]):
            actor = self.at(start, end) or self.last_before(start, "media")
            if actor is not None:
                return Resolution(actor.name, "media", actor)
            return Resolution(phrase, "media")
        if head in nouns:
            return Resolution(phrase, nouns[head])
        if inst_re.fullmatch(head) or inst_re.fullmatch(" ".join(words[-2:])) or \
                inst_re.fullmatch(core.lower().replace("’", "'")):
            return Resolution(phrase, "institution")
        if len(words) == 1 and head in PRONOUNS_PERSON:
            actor = self.last_before(start, "person")
            if actor is not None:
                return Resolution(actor.name, "named_person", actor)
            return Resolution(phrase, "named_person")
        actor = self.at(start, end)
        if actor is not None and actor.kind == "person":
            return Resolution(actor.name, "named_person", actor)
        if words and words[0] == "the" and head in title_words:
            # a description: "the embattled president", "The Venezuelan president"
            actor = self._describe(start, set(words[1:-1]), head)
            if actor is not None:
                return Resolution(actor.name, "named_person", actor)
        if inst_re.search(core):
            return Resolution(phrase, "institution")
        if head in {"it"}:
            actor = self.last_before(start, "media")
            return Resolution(actor.name if actor else phrase, "media" if actor else "institution",
                              actor)
        if head in {"they", "we"}:
            return Resolution(phrase, "unnamed_group")
        if phrase[:1].isupper() and head not in {"i", "you"}:
            return Resolution(phrase, "named_person")
        return Resolution(phrase, "unnamed_group")


def _inside(pos: int, spans: list[Span]) -> bool:
    return any(a <= pos < b for a, b in spans)


_POSTMOD = re.compile(r"\s(?:cited|quoted|familiar|close|with|who|from|in|at|by|of|at|on|"
                      r"speaking|briefed|involved)\b.*$", re.IGNORECASE | re.DOTALL)


def _core(phrase: str) -> str:
    """The speaker phrase without its post-modifiers ("sources familiar with X" -> "sources")
    and appositions ("Rep. X, the top Democrat" -> "Rep. X")."""
    core = phrase.split(",")[0]
    core = _POSTMOD.sub("", core)
    return core.strip() or phrase


def _preceding_labels(text: str, pos: int) -> set[str]:
    """The label words just before a name, lower-cased (see :func:`_label_start`)."""
    return {_norm(w) for w in text[_label_start(text, pos):pos].split()}


def _label_start(text: str, pos: int) -> int:
    """Where the labels before a name begin ("Venezuelan leader Nicolás Maduro"): the same
    words :func:`_preceding_labels` collects, plus capitalised titles ("US President")."""
    title_words = titles()
    start = pos
    right_is_title = False
    lo = max(0, pos - 80, text.rfind("\n", 0, pos) + 1)  # labels stay on the name's line
    for m in reversed(list(re.finditer(r"\S+", text[lo:pos]))[-5:]):
        w = m.group()
        n = _norm(w)
        if w[-1] in ",;:" or n in _NOT_NAME or not re.fullmatch(r"[\w\-’']+\.?", w):
            break
        if w.endswith(".") and n not in title_words:
            break
        if n in title_words or w[:1].isupper() or right_is_title:
            start = lo + m.start()
            right_is_title = n in title_words
        else:
            break
    return start


@lru_cache(maxsize=1)
def _apposition() -> re.Pattern:
    """An apposition after a name that ends in a title word: ", Colombia's president,",
    ", the opposition leader,", ", a former defence minister." (up to five words before it)."""
    heads = "|".join(sorted((re.escape(t) for t in titles() if t.isalpha()), key=len,
                            reverse=True))
    return re.compile(r",\s+((?:[Tt]he|[Aa]n?|[A-ZÀ-Þ][\w\-]*['’]s|his|her|their)\s+"
                      r"(?:[\w\-'’]+\s+){0,4}?(?:" + heads + r")"
                      r"(?:\s+of\s+(?:the\s+)?[A-ZÀ-Þ][\w\-]*(?:\s+[A-ZÀ-Þ][\w\-]*)*)?)"
                      r"(?=\s*[,.;:)\u2014]|\s+(?:and|who|since)\b)")


def descriptions(text: str, skip: list[Span] | None = None, article_id: str = ""):
    """How each person is labelled: one row per labelled mention ("United States President
    Donald Trump", "the embattled president"), with the actor it refers to."""
    import pandas as pd

    actors = Actors(text, skip)
    rows = []

    def add(actor: Actor, kind: str, start: int, end: int) -> None:
        rows.append({"article": article_id, "actor": actor.name, "kind": kind,
                     "description": text[start:end], "start": start, "end": end})

    for actor in actors.actors:
        if actor.kind != "person":
            continue
        mentions = sorted(set(actor.mentions))
        starts = {a for a, _ in mentions}
        for a, b in mentions:
            if text[a:b].lower().startswith("the "):
                add(actor, "description", a, b)
                continue
            start = _label_start(text, a)
            if start != a:
                add(actor, "title", start, b)
            apposition = _apposition().match(text, b)
            if apposition and apposition.start(1) not in starts:
                add(actor, "apposition", apposition.start(1), apposition.end(1))
    return pd.DataFrame(rows, columns=["article", "actor", "kind", "description", "start",
                                       "end"])
