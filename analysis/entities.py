"""Actors: the people, outlets and institutions an article mentions, and who a speaker
phrase ("he", "the paper", "The Venezuelan president", "sources familiar with ...") refers to.

The names come from the learned layer (:mod:`analysis.language`: a trained recogniser types
each name person, organisation, place or other); this module weighs them with the article's
own evidence (one type per name in the article, honorifics, titles, appositions, surnames,
speech verbs, "the" before a thing's name) and the lexicons (``resources/titles.txt``,
``outlets.txt``, ``institutions.txt``, ``speaker_nouns.csv``, ``demonyms.txt``). The first
full-name mention of a person ("Venezuelan leader Nicolás Maduro") fixes the canonical name and
the descriptors (titles, nationality) that later descriptions are matched against.
:class:`Actors` answers one question, :meth:`Actors.resolve`: who a speaker phrase is.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .language.model import is_person
from .names import (
    cities,
    fold,
    honorific_gender,
    is_common_first_name,
    is_demonym,
    is_first_name,
    is_place,
    noun_gender,
    pronoun_gender,
    world_first_name,
)
from .wordlists import read_table, read_word_list

Span = tuple[int, int]

SOURCE_TYPES = ("named_person", "institution", "media", "anonymous", "unnamed_group")
PRONOUNS_PERSON = {"he", "she", "him", "her"}
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "twenty", "thirty", "forty", "fifty", "half", "most", "many", "some", "few",
                "about", "nearly", "almost", "more", "fewer", "majority", "minority"}
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Hh]imself|[Hh]erself)\b")
MEDIA_BACKREFS = {"paper", "newspaper", "outlet", "daily", "network", "broadcaster", "journal",
                  "magazine", "editorial"}  # not "agency": mostly a government one
_UPPER = "A-ZÀ-ÖØ-Þ"
_CAPITALISED = re.compile(rf"(?<![\w])[{_UPPER}][\w\-]*(?![\w])")
_NAME_NEXT = re.compile(r"\s+[A-ZÀ-Þ]")
# words that date a title rather than name one: "the former president", never a head
_TIME_MODIFIERS = frozenset({"former", "embattled", "new", "current", "then"})
_OF_NEXT = re.compile(r"\s+of\b")
_APPOSED_BEFORE = re.compile(r"(?:,|\s+(?:is|was))\s+$")
_HONORIFIC_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$")
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "january", "february", "march", "april", "june", "july", "august", "september",
             "october", "november", "december"}
# prepositions that hang a name on the noun before it ("a spokeswoman for Qantas said")
_SPEAKS_FOR = {"for", "of", "at", "from", "with"}
# "the" right before a name: a thing's name, not a person's.
_THE_BEFORE = re.compile(r"\bthe\s+$")
# ", who" right after a name: only a person takes "who" (an organisation "which")
_WHO_AFTER = re.compile(r",?\s+who\b")
# ", 54," after a name: an age.
_AGE = re.compile(r",\s+\d{1,3},")
# A name the recogniser returns with more words than this is a run of capitals, not a name.
MAX_NAME_WORDS = 8
# How far back a pronoun looks for the person it refers to, in person mentions.
PRONOUN_LOOKBACK_MENTIONS = 40
# A pronoun ties its gender to a person when that person is the only one named in this many
# characters before it.
PRONOUN_EVIDENCE_WINDOW = 250
# Pronouns whose nearest person is one of several tie a gender only when there are this many
# of them and this share agree.
PRONOUN_MAJORITY_VOTES = 3
PRONOUN_MAJORITY = 0.75
# Pronouns overrule a first name that clearly says the other gender ("Lindsey Graham ... he")
# only when there are this many and this share agree.
PRONOUN_OVERRULE_VOTES = 3
PRONOUN_OVERRULE = 0.8


@lru_cache(maxsize=1)
def not_name_words() -> frozenset[str]:
    """Capitalised words that are never part of a person's name
    (``resources/not_name_words.txt``)."""
    return frozenset(read_word_list("not_name_words.txt"))


@dataclass
class Actor:
    """One actor. ``kind``: person, media (an outlet), institution (an organisation) or place.
    ``descriptors``: lower-case words of the titles and labels used for it (``venezuelan``,
    ``leader``). For people, ``gender`` is ``female``, ``male`` or ``unknown`` and
    ``gender_evidence`` says what tied it (``honorific``, ``pronoun``, ``noun``,
    ``first_name``), and ``variants`` counts the full-name forms written."""

    name: str
    kind: str
    mentions: list[Span] = field(default_factory=list)
    descriptors: set[str] = field(default_factory=set)
    gender: str = "unknown"
    gender_evidence: str = ""
    variants: dict[str, int] = field(default_factory=dict)

    @property
    def source_type(self) -> str:
        return {"person": "named_person", "media": "media"}.get(self.kind, "institution")

    @property
    def type(self) -> str:
        """person, outlet, organisation, place, group (a people) or other (a work, a law)."""
        return ACTOR_TYPES[self.kind]

    @property
    def first(self) -> str:
        return fold(self.name.split()[0])

    @property
    def last(self) -> str:
        return fold(self.name.split()[-1])


ACTOR_TYPES = {"person": "person", "media": "outlet", "institution": "organisation",
               "place": "place", "group": "group", "other": "other"}


@dataclass(frozen=True)
class Resolution:
    """Who a speaker phrase is: ``speaker`` is the canonical name (or the phrase itself for
    unnamed sources), ``actor`` the Actor when one was found. ``speaker`` is None when the
    phrase is no speaker at all (a place, a pronoun with nobody to refer to)."""

    speaker: str | None
    source_type: str | None
    actor: Actor | None = None


@lru_cache(maxsize=1)
def _lexicons():
    titles = {t.rstrip(".") for t in read_word_list("titles.txt")}
    outlets = sorted(read_word_list("outlets.txt"), key=len, reverse=True)
    outlet_re = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(o) for o in outlets) + r")(?![\w])")
    institutions = read_word_list("institutions.txt")
    inst_re = re.compile(r"\b(?:" + "|".join(re.escape(i) for i in institutions) + r")\b",
                         re.IGNORECASE)
    nouns = {r["noun"]: r["source_type"] for r in read_table("speaker_nouns.csv")}
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


@dataclass
class _Candidate:
    """A capitalised run read as a person's name: the name's words with their spans, and the
    label words before it in the run ("Republican", "Secretary of State")."""

    words: list[tuple[str, int, int]]
    labels: set[str]
    first_name_start: bool

    @property
    def name(self) -> str:
        return " ".join(w for w, _, _ in self.words)

    @property
    def span(self) -> Span:
        return self.words[0][1], self.words[-1][2]


# the endings of plural nouns for people by what they do ("firefighters", "paramedics",
# "organizers", "scientists", "physicians", "residents", "attendees")
_GROUP_ENDINGS = ("ers", "ors", "ists", "ians", "ics", "ants", "ents", "ees")


class Actors:
    """The actors of one article, built from its text (headings left out) and the names the
    learned layer found in it (``names``: :class:`analysis.language.Name`, typed PER, ORG,
    LOC or MISC). ``quoted``: the spans inside quotation marks, where pronouns belong to the
    quoted speaker and are not used as evidence of anyone's gender."""

    def __init__(self, text: str, skip: list[Span] | None = None,
                 quoted: list[Span] | None = None, names: list | None = None):
        self.text = text
        if names is None:  # a text on its own: its sentences parsed here
            from .loaders import Article

            names = Article("text", text, "text").language.names
        self._recognised = names
        # every name weighed as a person, with its evidence (read by the trainer)
        self.evidence: list[tuple[object, dict[str, float]]] = []
        self.actors: list[Actor] = []
        self._by_key: dict[str, Actor] = {}
        self._mentions: list[tuple[int, int, Actor]] = []
        skip = SpanSet(skip or [])
        self._skip = skip
        self._quoted = SpanSet(quoted or [])
        self._find_outlets(skip)
        self._find_people(skip)
        self._mentions.sort(key=lambda m: m[0])
        self._starts = [m[0] for m in self._mentions]
        self._person_mentions: list | None = None
        self._names = None
        self._find_genders()
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
            if m.start() in skip:
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

    def _candidates(self, skip) -> list[_Candidate]:
        """The names that are people, split into labels ("Republican", "Secretary of State")
        and name; the others become actors of their kinds (places, organisations, groups,
        other). Whether a name is a person is learned: the recogniser's types weighed with the
        article's evidence and the word lists (:meth:`person_evidence`)."""
        title_words, outlet_re, _, _ = _lexicons()
        media_spans = SpanSet((a, b) for a, b, _ in self._mentions)
        stop = not_name_words()
        found = []
        names = [n for n in self._recognised
                 if n.start not in skip and n.start not in media_spans
                 and n.text.count(" ") < MAX_NAME_WORDS]
        agreed = _agreed_types(names)
        types = [agreed[_key(n)] for n in names]  # each name's type, agreed in the article
        people_words = {fold(n.text.split()[-1]) for n, t in zip(names, types, strict=True)
                        if t == "PER" and " " in n.text}
        for n, agreed_type in zip(names, types, strict=True):
            words = [(w.group(), n.start + w.start(), n.start + w.end())
                     for w in re.finditer(r"\S+", n.text)]
            evidence = self.person_evidence(n, agreed_type, len(words), people_words)
            self.evidence.append((n, evidence))
            # a people ("Mexicans", "British Columbians") is a group by definition, and a
            # name with a number ("Bill 124", "Bill C-69") a thing
            group = is_demonym(n.text) and not evidence["shown"]
            numbered = any(ch.isdigit() for ch in n.text)
            if group or numbered or not is_person(evidence):
                name = n.text.removeprefix("The ").removeprefix("the ")
                if not (outlet_re.fullmatch(name) or outlet_re.fullmatch(n.text)):
                    kind = _other_kind(name, agreed_type)
                    self._add(f"{kind}:{fold(name)}", name, kind, (n.start, n.end))
                continue
            # labels before the name: titles and words that are never names ("President",
            # "Republican", "Former")
            k = _name_start([w for w, _, _ in words], title_words, stop)
            labels = {_norm(w) for w, _, _ in words[:k]}
            words = words[k:]
            while len(words) > 1 and _norm(words[-1][0]) in _CALENDAR:
                words.pop()  # "Florida Friday"
            if _norm(words[0][0]) in stop or _norm(words[0][0]) in title_words:
                continue  # "He", "President": no name left
            words[-1] = (words[-1][0].rstrip("."), words[-1][1],
                         words[-1][1] + len(words[-1][0].rstrip(".")))
            if not words[-1][0]:
                words.pop()  # a lone period the recogniser took into the name ("Mr. Mr. .")
            if not any(ch.isalnum() for w, _, _ in words for ch in w):
                continue  # no name left
            found.append(_Candidate(words, labels | _preceding_labels(self.text, n.start),
                                    is_first_name(words[0][0])))
        # the article's own evidence: "Real Donald Trump" is "Donald Trump" written elsewhere
        names = {c.name for c in found}
        for c in found:
            for k in range(1, len(c.words) - 1):  # (names are at most MAX_NAME_WORDS long)
                rest = " ".join(w for w, _, _ in c.words[k:])
                if rest in names and (not c.first_name_start or is_first_name(c.words[k][0])):
                    c.labels |= {_norm(w) for w, _, _ in c.words[:k]}
                    c.words = c.words[k:]
                    break
        return found

    def _find_people(self, skip):
        """People named in full, one actor per person: "Donald J. Trump" and "Donald Trump",
        "Hillary Rodham Clinton" and "Hillary Clinton" are one; then surname mentions ("Mr.
        Trump", "Trump’s") of the person with that surname named nearest before."""
        groups: dict[tuple[str, str], Actor] = {}
        spans: list[tuple[Span, Actor, str]] = []
        found = self._candidates(skip)
        full = [c for c in found if len(c.words) > 1]
        surnames = {fold(c.words[-1][0]) for c in full}
        firsts: dict[str, set[tuple[str, str]]] = {}
        for c in full:
            firsts.setdefault(fold(c.words[0][0]), set()).add(
                (fold(c.words[0][0]), fold(c.words[-1][0])))
        for c in found:
            key = (fold(c.words[0][0]), fold(c.words[-1][0]))
            if len(c.words) == 1:
                if key[0] in surnames:
                    continue  # "Clinton": a surname, given to its person below
                if len(firsts.get(key[0], ())) == 1:
                    key = next(iter(firsts[key[0]]))  # "Hillary" when one Hillary is named
            actor = groups.get(key)
            if actor is None:
                actor = Actor(c.name, "person")
                groups[key] = actor
                self.actors.append(actor)
            actor.variants[c.name] = actor.variants.get(c.name, 0) + \
                (1 if len(c.words) > 1 or actor.name == c.name else 0)
            actor.descriptors |= c.labels
            spans.append((c.span, actor, c.name))
        # a name that is the end of another's ("De Blasio", "Bill de Blasio") is that person
        tails: dict[tuple[str, ...], list[Actor]] = {}
        for b in groups.values():
            words = tuple(fold(w) for w in b.name.split())
            for k in range(1, len(words) - 1):
                tails.setdefault(words[k:], []).append(b)
        into: dict[int, Actor] = {}
        for a in groups.values():
            longer = tails.get(tuple(fold(w) for w in a.name.split()), [])
            if len(longer) == 1:
                into[id(a)] = longer[0]
        for key, a in list(groups.items()):
            if id(a) in into:
                target = into[id(a)]
                target.descriptors |= a.descriptors
                groups[key] = target
        self.actors = [a for a in self.actors if id(a) not in into]
        spans = [(span, into.get(id(actor), actor), form) for span, actor, form in spans]
        people = list({id(a): a for a in groups.values()}.values())
        for actor in people:  # the form written most often, the first on a tie
            actor.name = max(actor.variants, key=actor.variants.get)
        for span, actor, _ in spans:
            actor.mentions.append(span)
            self._mentions.append((span[0], span[1], actor))
        people = [a for a in self.actors if a.kind == "person"]
        if not people:
            return
        by_surname: dict[str, list[Actor]] = {}
        for actor in people:
            by_surname.setdefault(actor.last, []).append(actor)
        full = sorted((s[0][0], s[1]) for s in spans)
        full_starts = [f[0] for f in full]
        # the mentions so far of the people of each surname (the surname mentions added below
        # come after the word being looked at, so they never contain it)
        named = {surname: SpanSet(union_spans(span for a in group for span in a.mentions))
                 for surname, group in by_surname.items()}
        for m in _CAPITALISED.finditer(self.text):
            word = m.group()
            candidates = by_surname.get(fold(word))
            if not candidates or m.start() in self._skip:
                continue
            end = m.end()
            if m.start() in named[fold(word)]:  # a part of a name already found
                continue
            actor = self._pick_by_surname(m.start(), candidates, full, full_starts)
            if actor is None:
                continue
            actor.mentions.append((m.start(), end))
            self._mentions.append((m.start(), end, actor))

    def person_evidence(self, n, agreed_type: str, words: int, people_words: set[str]
                        ) -> dict[str, float]:
        """What the recogniser, the article and the word lists say about whether the name
        ``n`` is a person, for the learned decision (:func:`analysis.language.model.is_person`,
        trained with the recogniser): the recogniser's type of this mention and the type agreed
        over the article (weighted by confidence), its confidence; the article's evidence (an
        honorific, a title or an age or role in apposition: :meth:`_shown_person`; a speech
        verb beside it; a relative "who" after it; "the" before it; one word that is the
        surname of a person named in full); and the word lists' (a common first name, a
        first name of the US or world records; a last word that is common, a place or an
        organisation's; a demonym; an acronym; a title inside the name)."""
        single = fold(n.text) if words == 1 else None
        evidence = dict(_word_evidence(n.text))
        evidence.update({
            "type_" + agreed_type: 1.0, "own_" + n.type: 1.0, "confidence": n.confidence,
            "the_before": float(bool(_THE_BEFORE.search(self.text, max(0, n.start - 5),
                                                        n.start))),
            "shown": float(self._shown_person(n)), "speaks": float(self._speaks(n)),
            "surname_here": float(single in people_words),
            "who_after": float(bool(_WHO_AFTER.match(self.text, n.end))),
        })
        return evidence

    def _speaks(self, n) -> bool:
        """The name is the subject of a reporting verb right before or after it ("Burton
        said", "insists Burton"): a place does not speak."""
        from .cues import verbs

        before = self.text[max(0, n.start - 20):n.start].split()
        after = self.text[n.end:n.end + 20].split()
        # (not a name after a preposition: "A spokeswoman for Qantas said" is hers)
        return bool(before and before[-1].lower() in verbs() or
                    after and after[0].lower().strip(".,;:") in verbs() and
                    not (before and before[-1].lower() in _SPEAKS_FOR))

    def _shown_person(self, n) -> bool:
        """The article shows the name ``n`` is a person, whatever the recogniser typed: an
        honorific before it ("Mr. Zhang"), a title right before it ("President Gustavo
        Petro"), or an apposition after it that gives an age or a role ("Gustavo Petro,
        Colombia's president,", "Ana Ruiz, 54,")."""
        if self._honorific(n.start)[0]:
            return True
        before = self.text[max(0, n.start - 40):n.start].split()[-3:]
        while before and _norm(before[-1]) in {"of", "the", "for"}:
            before.pop()  # "Secretary of | State Hillary Clinton"
        if before and _norm(before[-1]) in titles() and before[-1][:1].isupper():
            return True
        after = self.text[n.end:n.end + 120]
        if _AGE.match(after):
            return True
        m = _apposition().match(self.text, n.end)
        return m is not None and m.start() == n.end

    def _honorific(self, pos: int) -> tuple[bool, str | None]:
        """Whether an honorific (Mr., Ms., Dr. ...) stands right before ``pos``, and the
        gender it gives (None for Dr.)."""
        hon = _HONORIFIC_BEFORE.search(self.text, max(0, pos - 6), pos)
        if hon is None:
            return False, None
        return True, honorific_gender(hon.group().split(".")[0].strip())

    def _pick_by_surname(self, pos, candidates, full, full_starts) -> Actor | None:
        """Of the people sharing a surname, the one an honorific agrees with ("Mrs.
        Clinton"), else the one named in full nearest before, else the first named. None
        when the honorific contradicts every one of them ("Mr. Obama" in an article that
        names only Michelle Obama in full)."""
        _, gender = self._honorific(pos)  # "Dr." says no gender
        if gender:
            candidates = [c for c in candidates if _gender_of_name(c) in (gender, "unknown")]
            if not candidates:
                return None
        if len(candidates) == 1:
            return candidates[0]
        if gender:
            agree = [c for c in candidates if _gender_of_name(c) == gender]
            if len(agree) == 1:
                return agree[0]
        i = bisect.bisect_left(full_starts, pos)
        for _, actor in reversed(full[max(0, i - PRONOUN_LOOKBACK_MENTIONS):i]):
            if actor in candidates:
                return actor
        return candidates[0]

    def _find_genders(self) -> None:
        """Each person's gender from the article first (an honorific before a mention, the
        pronouns that can only refer to them, gendered nouns in their titles), then from the
        first name."""
        people = [a for a in self.actors if a.kind == "person"]
        if not people:
            return
        votes: dict[int, dict[str, list[str]]] = {id(a): {} for a in people}
        for a, _, actor in self._mentions:
            if actor.kind != "person":
                continue
            g = self._honorific(a)[1]
            if g:
                votes[id(actor)].setdefault("honorific", []).append(g)
        for m in _PRONOUN.finditer(self.text):
            if m.start() in self._skip or self._in_quote(m.start()):
                continue
            i = bisect.bisect_left(self._starts, m.start())
            near = [actor for a, _, actor in self._mentions[max(0, i - 8):i]
                    if actor.kind == "person" and a >= m.start() - PRONOUN_EVIDENCE_WINDOW]
            g = pronoun_gender(m.group())
            if near and g:
                # the only person in the window is sure; the nearest of several only counts
                # in a clear majority of such votes
                kind = "pronoun" if len(set(map(id, near))) == 1 else "nearest"
                votes[id(near[-1])].setdefault(kind, []).append(g)
        for actor in people:
            for word in actor.descriptors:
                g = noun_gender(word)
                if g:
                    votes[id(actor)].setdefault("noun", []).append(g)
            mine = votes[id(actor)]
            mine.setdefault("pronoun", []).extend(
                mine.pop("nearest", []) if _clear(mine.get("nearest", [])) else [])
            by_name = _gender_of_name(actor)
            for evidence in ("honorific", "pronoun", "noun"):
                found = mine.get(evidence)
                if found and (female := found.count("female")) * 2 != len(found):
                    g = "female" if female * 2 > len(found) else "male"
                    if evidence == "pronoun" and by_name not in ("unknown", g) and \
                            not _clear(found, strong=True):
                        continue  # a few pronouns do not overrule a clear first name
                    actor.gender, actor.gender_evidence = g, evidence
                    break
            else:
                if by_name != "unknown":
                    actor.gender, actor.gender_evidence = by_name, "first_name"

    def _in_quote(self, pos: int) -> bool:
        return pos in self._quoted

    def _find_descriptions(self, skip):
        """Definite descriptions of people ("the embattled president", "The Venezuelan
        president") become mentions of the person they refer back to."""
        single = sorted(t for t in titles() if " " not in t and t.isalpha())
        pattern = re.compile(r"\b[Tt]he\s+((?:[\w\-]+\s+){0,2}?)(" + "|".join(single) + r")\b")
        added = []
        stop = not_name_words()
        for m in pattern.finditer(self.text):
            if m.start() in skip or self.at(m.start(), m.end(), "person") is not None:
                continue
            if _NAME_NEXT.match(self.text, m.end()):
                continue  # "the president Donald Trump": the name itself is the mention
            if not _heads_description(self.text, m, stop) or \
                    _OF_NEXT.match(self.text, m.end()) and not self._apposed(m.start()):
                continue
            actor = self._describe(m.start(), set(m.group(1).lower().split()), m.group(2))
            if actor is not None:
                actor.mentions.append((m.start(), m.end()))
                added.append((m.start(), m.end(), actor))
        if added:  # merged once, not inserted one by one
            self._mentions = sorted(self._mentions + added, key=lambda m: m[0])
            self._starts = [m[0] for m in self._mentions]

    def _apposed(self, pos: int) -> bool:
        """Whether the phrase at ``pos`` stands beside a person's name: "Hu Shih, the leader of
        the movement", "Andrew Westphal is the director of Stardust"."""
        before = _APPOSED_BEFORE.search(self.text, max(0, pos - 12), pos)
        name = self.mention_ending_at(before.start()) if before is not None else None
        return name is not None and self.at(*name, "person") is not None

    def _describe(self, pos: int, modifiers: set[str], head: str,
                  skip: Sequence[Span] = ()) -> Actor | None:
        want = modifiers - _TIME_MODIFIERS
        g = noun_gender(head)
        # modifiers that name a nationality or role pick the person; a bare title picks the
        # last person the article gave that title ("the minister" after "Health Minister Mark
        # Holland" and "defence lawyer Marie Henein"); else the last person named ("the
        # embattled president", "the Turkish president" of someone never titled so)
        found = (self.last_before(pos, "person", want, g, skip) if want else None) or \
            (self.last_before(pos, "person", {head.lower()}, g, skip) if not modifiers
             else None)
        if found is not None:
            return found
        last = self.last_before(pos, "person", gender=g, skip=skip)
        if last is not None and _titled_otherwise(last, head):
            return None  # "the chairman" is not "Congress MP Jairam Ramesh"
        return last

    # -- questions ------------------------------------------------------------------------
    def person_mentions(self, pronouns: bool = True) -> list[tuple[int, int, Actor, str]]:
        """Every mention of a person, in reading order: ``(start, end, actor, via)`` where
        ``via`` is ``name`` (full name or surname), ``description`` ("the embattled
        president") or ``pronoun`` (he, him, his, she, her: the nearest person named before
        it whose gender agrees or is unknown)."""
        if pronouns and self._person_mentions is not None:
            return self._person_mentions
        found = [(a, b, actor, "description" if self.text[a:b].lower().startswith("the ")
                  else "name")
                 for a, b, actor in self._mentions if actor.kind == "person"]
        if pronouns:
            for m in _PRONOUN.finditer(self.text):
                if m.start() in self._skip:
                    continue
                actor = self.last_before(m.start(), "person",
                                         gender=pronoun_gender(m.group()))
                if actor is not None:
                    found.append((m.start(), m.end(), actor, "pronoun"))
        found.sort(key=lambda x: x[0])
        if pronouns:
            self._person_mentions = found
        return found

    def at(self, start: int, end: int, kind: str | None = None) -> Actor | None:
        """The actor (of this kind, if given) mentioned inside ``[start, end)``, if any (the
        first one)."""
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._mentions) and self._mentions[i][0] < end:
            a, b, actor = self._mentions[i]
            if b <= end and kind in (None, actor.kind):
                return actor
            i += 1
        return None

    def mention_ending_at(self, pos: int) -> tuple[int, int] | None:
        """The span of the actor mention that ends at ``pos``, if one does ("Barkley" in
        "Barkley, who said")."""
        i = bisect.bisect_left(self._starts, pos)
        for a, b, _ in reversed(self._mentions[max(0, i - 3):i]):
            if b == pos:
                return a, b
        return None

    def last_before(self, pos: int, kind: str, want: set[str] | None = None,
                    gender: str | None = None, skip: Sequence[Span] = ()) -> Actor | None:
        """The actor of this kind mentioned last before ``pos`` (with one of the descriptors
        in ``want``, and of a gender that agrees with ``gender``, if given), looking back at
        most PRONOUN_LOOKBACK_MENTIONS mentions outside the ``skip`` spans."""
        i = bisect.bisect_left(self._starts, pos)
        seen = 0
        while i > 0 and seen < PRONOUN_LOOKBACK_MENTIONS:
            i -= 1
            start, _, actor = self._mentions[i]
            if any(a <= start < b for a, b in skip):
                continue
            seen += 1
            if actor.kind != kind or (want and not actor.descriptors & want):
                continue
            if gender and actor.gender not in (gender, "unknown"):
                continue
            return actor
        return None

    def person_named(self, word: str) -> Actor | None:
        """The one person of the article whose first name or surname is ``word``."""
        found = self._name_index()[0].get(fold(word), [])
        return found[0] if len(found) == 1 else None

    def _name_index(self) -> tuple[dict[str, list[Actor]], dict[tuple[str, ...], list[Actor]]]:
        """The people by first name or surname, and by the ends of their names, built
        once."""
        if self._names is None:
            words: dict[str, list[Actor]] = {}
            tails: dict[tuple[str, ...], list[Actor]] = {}
            for a in self.actors:
                if a.kind != "person":
                    continue
                for w in {a.first, a.last}:
                    words.setdefault(w, []).append(a)
                folded = tuple(fold(w) for w in a.name.split())
                for k in range(len(folded)):
                    tails.setdefault(folded[k:], []).append(a)
            self._names = (words, tails)
        return self._names

    def resolve(self, start: int, end: int, said: Sequence[Span] = ()) -> Resolution:
        """Who the speaker phrase ``text[start:end]`` is, and what type of source. A pronoun
        or a description is never someone named in ``said``, the spans of what the speaker
        said (“I’ve known Donald for years,” he said: "he" is not Donald)."""
        phrase = self.text[start:end].strip()
        named = self._apposed_name(start, end) or self._named_last(start, end) or \
            self._named_before_of(start, end)
        if named is not None:  # "Campbell's partner, Jason Louth"
            return Resolution(named.name, "named_person", named)
        core = _core(phrase)
        found = self._resolve(start, end, phrase, core, said)
        if found.actor is None and found.source_type not in ("institution", "media") and \
                _DESCRIBED.match(core) and _FOR.search(core):
            # "a spokesperson for the minister", "a lawyer for the family": no one the article
            # names speaks through them, the one described does
            found = self._resolve(start, end, phrase, _FOR.sub("", core), said)
        m = _written_by().match(phrase)
        if m:  # "A statement from the company said": the company speaks through it
            issuer = self._resolve(start + m.end(), end, phrase[m.end():],
                                   _core(phrase[m.end():]), said)
            if issuer.source_type is not None:
                return issuer
        return found

    def _resolve(self, start: int, end: int, phrase: str, core: str,
                 said: Sequence[Span] = ()) -> Resolution:
        title_words, outlet_re, inst_re, nouns = _lexicons()
        owned = _OWNED_NAME.search(self.text, start, end)
        if owned is not None:  # "CNN's Jake Tapper", "the Washington Post’s Ishaan Tharoor"
            person = self.at(owned.end() - 1, end, "person")
            if person is not None:
                return Resolution(person.name, "named_person", person)
        words = [_norm(w) for w in re.findall(r"[\w’'.\-]+", core)]
        if words and words[-1].endswith("'s"):  # "He’s", "Saturday's"
            words[-1] = words[-1][:-2]
        head = words[-1] if words else ""
        last = core.split()[-1] if core.split() else ""
        if len(words) > 1 and last.islower() and _plural_of_people(last) and \
                any(w.endswith("'s") for w in words[:-1]):
            return Resolution(phrase, "unnamed_group")  # "Rubio's supporters", someone's people
        if len(words) > 1 and (noun_gender(head) or head in title_words or
                               last.islower() and _is_person_noun(head)) and \
                any(w.endswith("'s") for w in words[:-1]):
            # "Hillary Clinton’s right-hand woman", "Rep. Duncan Hunter’s chief of staff" is
            # someone else, unnamed
            return Resolution(phrase, "anonymous")
        if outlet_re.search(core) or "the" in words[:1] and (
                head in MEDIA_BACKREFS or head == "agency" and "news" in words):
            actor = self.at(start, end) or self.last_before(start, "media")
            if actor is not None:
                return Resolution(actor.name, "media", actor)
            return Resolution(phrase, "media")
        if head in nouns:
            return Resolution(phrase, nouns[head])
        if len(words) > 1 and _plural_of_people(core.split()[-1]):
            # "Democratic senators", "The mayors", "Canada's premiers": people, unnamed
            return Resolution(phrase, "unnamed_group")
        if inst_re.fullmatch(head) or inst_re.fullmatch(" ".join(words[-2:])) or \
                inst_re.fullmatch(core.lower().replace("’", "'")):
            actor = self.at(start, end)  # a named one under its name, "the" or not
            if actor is not None and actor.kind in ("institution", "other") and \
                    fold(actor.name) == fold(re.sub(r"^[Tt]he\s+", "", phrase)):
                return Resolution(actor.name, "institution", actor)
            return Resolution(phrase, "institution")
        if len(words) == 1 and head in PRONOUNS_PERSON:
            actor = self.last_before(start, "person", gender=pronoun_gender(head), skip=said)
            if actor is not None:
                return Resolution(actor.name, "named_person", actor)
            return Resolution(None, None)
        # "Secretary of State Hillary Clinton": past a title, the whole phrase names the person
        whole = head in title_words or not phrase.startswith(core)
        actor = self.at(start, end if whole else start + len(core), "person")
        if actor is not None:
            return Resolution(actor.name, "named_person", actor)
        if len(words) > 1 and words[0] in ("a", "an") and (
                last.islower() and _is_person_noun(head) or head in title_words):
            # "An Ontario Superior Court judge", "A Toronto police officer", "A Liberal MP":
            # one person of the court, the force or the party, not named (the body does not
            # speak through them)
            return Resolution(phrase, "anonymous")
        actor = self.at(start, end)
        if actor is not None and actor.kind in ("other", "institution") and \
                phrase.removeprefix("the ")[:1].isupper():
            # a name that nothing shows to be a person, speaking: an organisation
            return Resolution(actor.name, "institution", actor)
        if words and words[0] == "the" and head in title_words:
            # a description: "the embattled president", "The Venezuelan president"
            actor = self._describe(start, set(words[1:-1]), head, said)
            if actor is not None:
                return Resolution(actor.name, "named_person", actor)
            return Resolution(phrase, "anonymous")  # "the minister", never named
        from .descriptions import is_person_noun

        if len(words) > 1 and _DESCRIBED.match(core) and is_person_noun(head, strict=True) \
                and all(w == w.lower() for w in core.split()[1:]):
            # "The chief medical officer", "Canada's chief public health officer": one
            # person, described and not named
            return Resolution(phrase, "anonymous")
        if inst_re.search(core):
            return Resolution(phrase, "institution")
        if head in {"it"}:
            actor = self.last_before(start, "media")
            return Resolution(actor.name if actor else phrase, "media" if actor else "institution",
                              actor)
        if head in {"they", "we"}:
            return Resolution(phrase, "unnamed_group")
        if not words or head in {"i", "you", "me"} or is_place(core) or \
                all(w in not_name_words() for w in words):
            return Resolution(None, None)  # a place, a pronoun or a function word
        if len(words) > 1 and words[0] == "one" and last.islower() and \
                _is_person_noun(head) and not head.endswith("s"):
            # "One man, who asked not to be named": one person, not named
            return Resolution(phrase, "anonymous")
        if words[0][:1].isdigit() or words[0] in NUMBER_WORDS:
            return Resolution(phrase, "unnamed_group")  # "Six in 10", "64 percent"
        if phrase[:1].isupper():
            name = _clean_name(core)
            if name is None:
                return Resolution(None, None)
            actor = self.person_named(name) if " " not in name else self._person_ending(name)
            if actor is not None:
                return Resolution(actor.name, "named_person", actor)
            return self._unrecognised(start, phrase, name)
        return Resolution(phrase, "unnamed_group")

    def _unrecognised(self, start: int, phrase: str, name: str) -> Resolution:
        """A capitalised speaker phrase in which the recogniser found no name: a person only
        when the article shows one (an honorific: "Mr. Obama") or when no word of it is a
        common word ("Burton said"); a place says nothing, but a name that holds a place and
        more is an organisation ("Environment Canada"); an acronym is an organisation
        ("IMF"); a people or a plural common noun is an unnamed group ("Mexicans",
        "Demonstrators"); common words are no speaker ("Video", "Keeps", "A QUARTER")."""
        from .descriptions import is_listed_plural
        from .language.features import word_features

        actor = self.at(start, start + len(phrase))
        if actor is not None and actor.kind == "place":
            if len(name.split()) > 1 and fold(actor.name) != fold(name) and \
                    all(w[:1].isupper() for w in name.split()):
                # "Environment Canada", "Parks Canada", "Metro Vancouver": a capitalised name
                # that holds a place and more is an organisation of that place
                return Resolution(name, "institution")
            return Resolution(None, None)
        if actor is not None and actor.kind == "group" or is_demonym(name):
            return Resolution(phrase, "unnamed_group")
        at = self.text.find(name, start)
        if at >= 0 and self._honorific(at)[0]:
            return Resolution(name, "named_person")
        words = name.split()
        if all(w.isupper() and len(w) > 1 for w in words):
            return Resolution(name, "institution")  # "CNS", "IMF"
        if any({"inst", "outlet"} & set(word_features(w)) for w in words):
            return Resolution(name, "institution")  # "Brookings Institution"
        if len(words) == 1 and name.endswith("s") and (
                "common" in word_features(name) or "common" in word_features(name[:-1].lower())
                or name.lower().endswith(_GROUP_ENDINGS) or is_listed_plural(name)):
            # "Demonstrators", "Officials", "Firefighters", "Advocates": a plural no one in
            # the article is named (a surname alone, "Sanders said", is a person the article
            # named in full before, found above)
            return Resolution(phrase, "unnamed_group")
        if any("common" in word_features(w) or "stop" in word_features(w) for w in words):
            return Resolution(None, None)
        return Resolution(name, "named_person")  # "Burton said", "McLenney told"

    def _person_ending(self, name: str) -> Actor | None:
        """The one person whose full name ends with ``name`` ("De Blasio" is Bill de
        Blasio)."""
        found = self._name_index()[1].get(tuple(fold(w) for w in name.split()), [])
        return found[0] if len(found) == 1 else None

    def _named_last(self, start: int, end: int) -> Actor | None:
        """The person whose name ends the phrase right after a word that titles them: "Bank of
        Canada governor Tiff Macklem" (not the bank), "Clinton campaign manager Robby Mook"
        (not Clinton); not a relation ("the wife of John Smith"), an apposition or two people
        ("Donald Trump and Senator Ted Cruz")."""
        end = start + len(self.text[start:end].rstrip())
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._mentions) and self._mentions[i][0] < end:
            a, b, actor = self._mentions[i]
            if b == end and actor.kind == "person" and a > start:
                written = self.text[start:a]
                before = [w.lower() for w in written.split()]
                # right after a word that titles a person, in a run of titles (no apposition:
                # "Mukasey, the attorney general under President George W. Bush") with no
                # other person beside it ("Neither Cruz nor Christie")
                if not before or not _titles_a_person(before[-1]) or "," in written or \
                        {"and", "or", "nor", "&"} & set(before):
                    return None
                k = len(before) - 1  # past the titles, a preposition relates the name
                while k >= 0 and _titles_a_person(before[k]):
                    k -= 1  # to the one described ("the attraction to Mr. Trump")
                return None if k >= 0 and before[k] in _RELATION_WORDS else actor
            i += 1
        return None

    def _named_before_of(self, start: int, end: int) -> Actor | None:
        """The person named first in the phrase, past the words that title them, when "of"
        and where they are from or serve follow: "Coun. Maria Lopez of Hastings County", "Dr.
        Ahmed Khan of St. Paul's Hospital" (not the county or the hospital)."""
        i = bisect.bisect_left(self._starts, start)
        if i < len(self._mentions) and self._mentions[i][0] < end:
            a, b, actor = self._mentions[i]
            if actor.kind == "person" and _OF_AFTER.match(self.text, b, end) and all(
                    _titles_a_person(w.lower()) for w in self.text[start:a].split()):
                return actor
        return None

    def _apposed_name(self, start: int, end: int) -> Actor | None:
        """In "Campbell's partner, Jason Louth" the speaker is the name after the comma,
        not the person the description hangs on."""
        phrase = self.text[start:end]
        comma = phrase.find(",")
        if comma < 0:
            return None
        head = phrase[:comma].split()
        if not head or head[-1][:1].isupper():
            return None  # "Rep. X, D-N.Y.": the name comes first
        if _EXAMPLE.match(phrase, comma + 1):
            return None  # "Some residents, like retiree Ann Lee,": one of them, not who says
        return self.at(start + comma, end, "person")


_OF_AFTER = re.compile(r"\s+of\s+[A-Z]")
_EXAMPLE = re.compile(r"\s*(?:like|such as|including|among them)\b", re.IGNORECASE)


class SpanSet:
    """Sorted, non-overlapping spans; ``pos in spans`` is a binary search, not a scan."""

    def __init__(self, spans=()):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.spans[i][1]


def union_spans(spans) -> list[Span]:
    """Overlapping spans merged, so that a SpanSet of them answers for every one."""
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


_POSTMOD = re.compile(r"\s(?:cited|quoted|familiar|close|with|who|from|in|at|by|of|at|on|"
                      r"speaking|briefed|involved)\b.*$", re.IGNORECASE | re.DOTALL)
# "of" inside a name, between capitalised words ("A Ministry of Health spokesperson", "a Bank
# of Canada economist"), is no post-modifier's
_NAMED_OF = re.compile(r"\b([A-Z][\w'’.\-]*)\s+of\s+(?=[A-Z])")


# a possessive, then a capitalised word: the name of someone who belongs to what comes before
_OWNED_NAME = re.compile(r"['’]s\s+[A-Z]")


def _is_person_noun(word: str) -> bool:
    from .descriptions import is_person_noun

    return is_person_noun(word, strict=True)


def _plural_of_people(word: str) -> bool:
    """A plural written in lower case whose singular names a person by role or trade
    ("senators", "premiers", "councillors", not "documents";
    :func:`analysis.descriptions.is_person_noun`): never a name, which is capitalised."""
    from .descriptions import is_person_noun

    if not word.islower() or not word.endswith("s") or word.endswith("ss"):
        return False
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return is_person_noun(singular) or word.endswith("es") and is_person_noun(word[:-2])


# words that relate a name to the one described rather than title it
_RELATION_WORDS = {"of", "for", "to", "with", "by", "from", "at", "on", "in", "about",
                   "against", "like", "than", "under", "behind", "toward", "towards"}


def _core(phrase: str) -> str:
    """The speaker phrase without its post-modifiers ("sources familiar with X" -> "sources")
    and appositions ("Rep. X, the top Democrat" -> "Rep. X")."""
    core = phrase.split(",")[0]
    core = _POSTMOD.sub("", _NAMED_OF.sub(_name_with_of, core)).replace("\x00", " ")
    return core.strip() or phrase


def _name_with_of(m: re.Match) -> str:
    # "Bank of Canada", "Ministry of Health": "of" inside a name is kept; but "Residents of
    # Bancroft", capitalised only as the sentence opens, are people of the place
    if _plural_of_people(m.group(1).lower()):
        return m.group(0)
    return m.group(1) + "\x00of\x00"


# a description's opening: an article or a possessive ("a spokesperson", "Canada's chief
# public health officer", "Her lawyer")
_DESCRIBED = re.compile(r"(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|"
                        r"[\w.\-]+['’]s)\s+[a-z]")
_FOR = re.compile(r"\sfor\b.*$", re.DOTALL)
@lru_cache(maxsize=1)
def _written_by() -> re.Pattern:
    """A text someone issued, and who issued it: "A statement from the company", "a letter
    by" (``resources/document_nouns.txt``), "A 2009 report by the Center for Economic and
    Policy Research" (``resources/research_nouns.txt``: with "by" or "from" only)."""
    nouns = "|".join(re.escape(n) for n in read_word_list("document_nouns.txt"))
    findings = "|".join(re.escape(n) for n in read_word_list("research_nouns.txt"))
    return re.compile(r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w\-]+\s+)?"
                      rf"(?:(?:{nouns})\s+(?:from|by|of)|(?:{findings})\s+(?:from|by))\s+")


def _titled_otherwise(actor: Actor, head: str) -> bool:
    """Whether the article gave ``actor`` titles of other offices than the one the word
    ``head`` names, and none of it ("the chairman" of "Congress MP Jairam Ramesh", "the
    Vermont senator" of "former President Bill Clinton"; not "the senator" of "Sen. Bernie
    Sanders", "the embattled president" of "Venezuelan leader Nicolás Maduro" (a title of no
    office), nor a word that names no office: "the candidate")."""
    from .offices import office

    wanted = office(head.lower())[0]
    if wanted is None:
        return False
    offices = {office(d)[0] for d in actor.descriptors if d in _lexicons()[0]} - {None}
    return bool(offices) and wanted not in offices


def _titles_a_person(word: str) -> bool:
    """A word right before a person's name that titles them ("governor", "manager",
    "Senator"), not one that relates the name to someone else ("of", "under")."""
    from .descriptions import is_person_noun

    return word not in _RELATION_WORDS and (is_person_noun(word) or _norm(word) in titles())


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
    words = list(re.finditer(r"\S+", text[lo:pos]))[-6:]
    for k in range(len(words) - 1, -1, -1):
        m = words[k]
        w = m.group()
        n = _norm(w)
        if n == "of" and start < pos and k > 0 and _norm(words[k - 1].group()) in title_words:
            continue  # "Secretary of State", "Minister of Defence": one title
        if w[-1] in ",;:" or n in not_name_words() or not re.fullmatch(r"[\w\-’']+\.?", w):
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


def _name_start(words: list[str], title_words, stop) -> int:
    """Where the name starts in a run the recogniser typed a person: past the leading words
    that are never names ("Former", "Republican", "Maduro's"), and past the last title with
    its complement ("United States President Donald Trump", "Former Secretary of State
    Hillary Clinton", "Minister for the Environment Jane Doe")."""
    def past_title(i: int) -> int:  # i: just after a title word
        if i < len(words) - 2 and _norm(words[i]) in {"of", "for"}:
            return i + (3 if _norm(words[i + 1]) == "the" else 2)
        return i

    k = 0
    while k < len(words) - 1:
        w = _norm(words[k])
        if w in title_words:
            k = past_title(k + 1)
        elif w in stop or words[k].endswith(("’s", "'s")):
            k += 1
        else:
            break
    for j in range(k, len(words) - 1):
        if _norm(words[j]) in title_words:
            k = max(k, past_title(j + 1))
    k = min(k, len(words) - 1)
    if not (is_first_name(words[k]) or world_first_name(words[k])):
        # "State Hillary Clinton", "Real Donald Trump": the name starts at its first name
        k = next((j for j in range(k + 1, len(words) - 1)
                  if is_common_first_name(words[j])), k)
    return k


@lru_cache(maxsize=1 << 14)
def _word_evidence(name: str) -> tuple[tuple[str, float], ...]:
    """What the word lists say of a name, whatever the article (cached: a name costs once)."""
    from .language.features import lexicon, word_features

    words = name.split()
    first, last = words[0], words[-1]
    trained_titles = lexicon("title")  # the titles the person decision was trained with
    f_first, f_last = set(word_features(first)), set(word_features(last))
    return (("one_word", float(len(words) == 1)), ("three_words", float(len(words) >= 3)),
            ("common_first_name", float(is_common_first_name(first))),
            ("first_name", float("fn" in f_first or "wfn" in f_first)),
            ("last_not_surname", float(_not_a_surname(last))),
            ("last_place", float(bool({"place", "city"} & f_last) or is_place(last))),
            ("last_common", float("common" in f_last)), ("upper", float(name.isupper())),
            ("demonym", float(is_demonym(name))),
            ("title_inside", float(any(_norm(w) in trained_titles
                                       for w in words[:-1]))))


def _not_a_surname(word: str) -> bool:
    """A word that ends names of places and organisations rather than people's: a common
    English word ("Valley", "Agreement", "Tech"), a place, an institution's or outlet's word."""
    from .language.features import word_features

    f = word_features(word)
    return not word[:1].isupper() or bool({"common", "place", "city", "cityw", "inst", "outlet",
                                           "cal", "stop", "title", "demonym"} & set(f))


def _other_kind(name: str, agreed_type: str) -> str:
    """The kind of actor a name that is not a person makes: its recogniser type (place,
    institution, other), a group for a people ("Venezuelans"), a place for a place taken for
    a person or an organisation ("Cartagena", "Metro Vancouver")."""
    kind = {"LOC": "place", "ORG": "institution"}.get(agreed_type, "other")
    last = name.split()[-1]
    if kind != "place" and is_demonym(name):
        return "group"
    if (kind != "place" and " " not in name or agreed_type == "PER") and \
            (is_place(last) or fold(last) in cities()[0]):
        return "place"
    return kind


def _key(name) -> str:
    return _folded(name.text)


@lru_cache(maxsize=1 << 14)
def _folded(text: str) -> str:
    return " ".join(fold(w) for w in text.split())


def _agreed_types(names) -> dict[str, str]:
    """One type per name in an article: the recogniser's types of every mention of the same
    words, weighted by its confidence ("Maduro" a person in most sentences is a person in
    all)."""
    votes: dict[str, dict[str, float]] = {}
    for n in names:
        by = votes.setdefault(_key(n), {})
        by[n.type] = by.get(n.type, 0.0) + n.confidence
    return {k: max(v, key=v.get) for k, v in votes.items()}


def _clear(votes: list[str], strong: bool = False) -> bool:
    """At least PRONOUN_MAJORITY_VOTES votes, PRONOUN_MAJORITY of them for one gender (with
    ``strong``: PRONOUN_OVERRULE_VOTES and PRONOUN_OVERRULE, enough to overrule a first
    name)."""
    need, share = (PRONOUN_OVERRULE_VOTES, PRONOUN_OVERRULE) if strong else \
        (PRONOUN_MAJORITY_VOTES, PRONOUN_MAJORITY)
    if len(votes) < need:
        return False
    top = max(votes.count("female"), votes.count("male"))
    return top / len(votes) >= share


def _gender_of_name(actor: Actor) -> str:
    """The gender the first name gives, for a name of two words or more (a name of one word
    is a surname or a single name more often than a first name: "Daly", "Tikal")."""
    from .names import first_name_gender

    words = actor.name.split()
    return first_name_gender(words[0]) if len(words) > 1 else "unknown"


def _clean_name(phrase: str) -> str | None:
    """A capitalised speaker phrase without the function words and days around it ("Does
    Rubio" -> "Rubio", "Republicans Tuesday" -> "Republicans"); None if nothing is left."""
    stop = not_name_words()
    words = phrase.split()
    owner = max((i for i, w in enumerate(words[:-1]) if w.endswith(("’s", "'s", "s’", "s'"))),
                default=None)
    if owner is not None:  # "Blaze’s Matt Walsh" -> "Matt Walsh"
        words = words[owner + 1:]
    words = [w.removesuffix("’s").removesuffix("'s") for w in words]
    while words and (_norm(words[0]) in stop or _norm(words[0]) in titles()):
        words = words[1:]
    while words and _norm(words[-1]) in _CALENDAR | stop:
        words = words[:-1]
    lower = [i for i, w in enumerate(words) if not w[:1].isupper()]
    if lower and len(words) - lower[-1] > 2 and _is_person_noun(_norm(words[lower[-1]])):
        # "State climatologist Lesley-Ann Dupigny-Giroux": the name after the role word
        words = words[lower[-1] + 1:]
    if not words or any(_norm(w) in stop or not w[:1].isupper() for w in words):
        return None  # a clause or a common noun, not a name
    name = " ".join(words)
    return None if is_place(name) else name


def _heads_description(text: str, m: re.Match, stop: frozenset[str]) -> bool:
    """Whether "the <modifiers> <title>" matched by ``m`` is a noun phrase the title ends: not
    one whose modifiers run over a function word ("the effects of general relativity", "the
    duties of mayor"), an abbreviation ("the Indian gov't"), nor a title word that modifies
    the noun after it ("the general public", "the chief executive officer": the titles of
    ``title_modifiers.txt``, followed by a lower-case word that is no function word). Any
    word may follow another title ("the minister announced", "the president relinquish")."""
    if m.group(2).lower() in _TIME_MODIFIERS or any(w.lower() in stop for w in m.group(1).split()):
        return False
    after = text[m.end():m.end() + 30]
    if after[:1] in ("'", "’", ".") and after[:2] not in ("'s", "’s"):
        return after[:1] == "." and not after[1:2].isalpha()  # a sentence's end, not "gov't"
    nxt = re.match(r"\s+([a-z][a-z\-]*)\b", after)
    return nxt is None or nxt.group(1) in stop or \
        m.group(2).lower() not in read_word_list("title_modifiers.txt")

