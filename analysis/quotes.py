"""Quote attribution: every quote in an article, who said it, and the verb that says so.

Three kinds, as in the gold annotations:

- ``direct``: a sentence or clause in quotation marks, ``“...,” he said.``;
- ``partial``: a quoted fragment inside the reporter's sentence, ``Trump declared Venezuela’s
  airspace “closed in its entirety”``;
- ``indirect``: reported speech without quotation marks, ``Sources say ...``, ``..., sources
  said.``, ``According to X, ...``, ``X insisted that ...``, ``..., arguing that ...``, and a
  line (a headline too) that opens with a speaker and a colon, ``Bernie Sanders: It is not a
  radical idea ...`` (no verb: ``cue_verb`` is empty).

Quotations: rules over the quote-aware sentences of :mod:`analysis.text`, read in the tokens
the language layer cut once for the whole article (``Article.language``: "Clinton", "’s";
"did", "n't"), and the reporting verbs of ``resources/reporting_verbs.csv``
(:mod:`analysis.cues`). Reported speech without
quotation marks: read from the sentence's clause structure (:mod:`analysis.reported`, on the
trained parser of :mod:`analysis.language.structure`), "according to X" by rule. Speakers are
resolved by :mod:`analysis.entities`; names and titles in quotation marks are not quotes.
Quotation marks that no reporting verb governs and that hold a short label (Trump's earlier
“maximum pressure” campaign) are scare quotes, not quotes. Unbalanced marks never raise.

Spans are ``[start, end)`` into the article text. A direct quote's content includes its
quotation marks (PolNeAR's convention); ``quoted`` gives the words inside the marks.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .cues import Verb, verbs
from .entities import _CALENDAR, Actors, titles
from .language import structure
from .language.tokens import Token
from .loaders import Article
from .names import is_first_name, is_place, noun_gender
from .reported import reported
from .text import QuoteRegion, regions_opening, words
from .wordlists import read_word_list

if TYPE_CHECKING:  # pandas is imported where a table is made: the quotes command's JSON
    import pandas as pd  # lines need none, and importing it costs a quarter of a second

Span = tuple[int, int]

KINDS = ("direct", "partial", "indirect")
COLUMNS = ["article", "kind", "content", "source", "cue", "speaker", "source_type",
           "verb_class", "cue_verb", "quoted", "start", "end", "position", "words", "text",
           "speaker_mention"]

_CLOSE_MARKS = "”\"»"
_OPEN_MARKS = "“\"„«"
# Words that may sit between a speaker and its verb: "Trump has also said", "X on Sunday urged".
_BETWEEN = {"also", "reportedly", "has", "have", "had", "will", "would", "could", "did", "does",
            "do", "later", "previously", "repeatedly", "consistently", "publicly", "privately",
            "recently", "then", "now", "once", "again", "still", "already", "often", "never",
            "not", "long", "just", "may", "might", "can", "should", "must", "even", "further",
            "first", "quickly", "flatly", "initially", "formally", "angrily", "simply", "who"}
_BEFORE_WHEN = {"on", "in", "at", "last", "this", "earlier", "during"}
_CLAUSE_OPENERS = {"that", "while", "after", "when", "because", "although", "though", "as",
                   "but", "and", "since", "if", "whereas", "where", "before", "until", "so",
                   "which", "whom", "whose", "how", "why", "what"}
_DETERMINERS = {"the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my",
                "your", "new", "recent", "latest", "these", "those", "one", "any", "no",
                "every", "each", "such", "another"}
_PASSIVE = {"was", "were", "been", "being", "be", "is", "are", "'s", "’s"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
# the contractions the tokens cut off a word ("I|'ll", "it|'s", "did|n't")
_CLITICS = {"'s", "'ll", "'re", "'ve", "'d", "'m", "n't"}
# Words a subject does not start with: prepositions and sentence adverbs ("Later Trump said").
_NOT_SUBJECT_START = {"in", "on", "at", "for", "with", "from", "to", "of", "by", "meanwhile",
                      "however", "then", "also", "despite", "later", "earlier", "still", "now",
                      "separately", "instead", "finally", "yesterday", "today", "and", "but",
                      "so", "yet", "indeed", "again", "previously", "recently", "afterwards"}
_LINKS = {"with", "of", "by", "from", "at", "for", "in", "on", "and", "to", "or", "about",
          "near", "inside", "within", "among", "close"}
_TIME_NOUNS = {"week", "month", "year", "night", "morning", "afternoon", "evening", "day",
               "weekend", "interview", "statement", "speech", "a", "an", "the", "recent",
               "recently", "today", "yesterday", "tuesday's"}
_MAX_SPEAKER_TOKENS = 12
# "They said" refers to a collective speaker quoted at most this many characters before.
THEY_LOOKBACK_CHARS = 600


@dataclass
class Quote:
    """One attribution. Spans are lists of ``(start, end)``; see the module docstring."""

    kind: str
    content: list[Span]
    source: list[Span] | None = None
    cue: list[Span] | None = None
    cue_verb: str | None = None
    verb_class: str | None = None
    speaker: str | None = None
    source_type: str | None = None
    quoted: list[Span] = field(default_factory=list)
    follows: Quote | None = None  # the attributed quote this unattributed one continues
    beside: bool = False  # reported in a sentence whose quotation is attributed ("…," X said,
    #                       adding that …): the same passage, not another voice in between
    block: bool = False  # introduced by "X said:" at the end of the paragraph before: the
    #                      quoted paragraphs that follow are one quotation with it

    def record(self, article: Article) -> dict:
        text = article.text
        return {
            "article": article.id, "kind": self.kind,
            "content": [list(s) for s in self.content],
            "source": [list(s) for s in self.source] if self.source else None,
            "cue": [list(s) for s in self.cue] if self.cue else None,
            "speaker": self.speaker, "source_type": self.source_type,
            "verb_class": self.verb_class, "cue_verb": self.cue_verb,
            "quoted": [list(s) for s in self.quoted],
            "start": self.content[0][0], "end": self.content[-1][1],
            "position": round(self.content[0][0] / max(len(text), 1), 4),
            "words": sum(len(words(text[a:b])) for a, b in (self.quoted or self.content)),
            "text": " … ".join(text[a:b] for a, b in self.content),
            "speaker_mention": " ".join(text[a:b] for a, b in self.source) if self.source
            else None,
        }


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(a for a in read_word_list("abbreviations.txt") if " " not in a)


def _is_cue(toks: list[Token], i: int) -> Verb | None:
    """A reporting verb used as a verb: lower case, not after a determiner, not passive."""
    t = toks[i]
    v = verbs().get(t.low)
    if v is None or (t.text[0].isupper() and i > 0):
        return None
    if t.text[0].isupper() and t.low not in {"said", "says", "asked", "added"}:
        return None
    prev = toks[i - 1].low if i > 0 else ""
    if prev in _DETERMINERS or prev == "to" and t.low.endswith("ed"):
        return None
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if v.lemma in {"accuse", "charge", "describe"} and nxt in {"of", "with", "as"}:
        return None
    if prev in _PASSIVE and (t.low.endswith("ed") or t.low in {"told", "said", "thought",
                                                                 "shown", "found", "written"}):
        return None
    return v


# -- speakers ----------------------------------------------------------------------------------
# nouns in -ly that head a speaker phrase without being listed as one ("the state assembly")
_LY_NOUNS = {"assembly", "rally", "supply", "monopoly", "anomaly", "bully", "reply"}


def _between(tok: Token) -> bool:
    """A word between a speaker and the verb that is not part of the speaker: an auxiliary,
    a time adverb ("later", ``_BETWEEN``) or any adverb in -ly ("Clinton famously said", "the
    senator confidently predicted"), but not a noun in -ly that names who speaks ("the
    family", "a Clinton ally": ``speaker_nouns.csv``)."""
    from .entities import speaker_nouns

    low = tok.low
    return low in _BETWEEN or (len(low) > 4 and low.endswith("ly") and low.isalpha() and
                               tok.text[0].islower() and low not in speaker_nouns() and
                               low not in _LY_NOUNS)


def _has_break(toks: list[Token], a: int, b: int) -> bool:
    return any(t.text in {",", ";", ":", "(", ")", "—", "–"} for t in toks[a:b])


def _trim_between(toks: list[Token], a: int, i: int) -> int:
    """End of a subject before the verb at ``i``, less adverbs and time phrases."""
    b = i
    while b > a + 1 and _between(toks[b - 1]):
        b -= 1
    return b


def _apposed_speaker(toks: list[Token], a: int, i: int) -> tuple[int, int] | None:
    """``X, 57, said`` / ``X, who ..., told``: the name before the first comma, when a comma
    comes right before the verb (or before adverbs before it)."""
    comma = next((k for k in range(a, min(i, a + 9)) if toks[k].text in {",", "("}), None)
    b = _trim_between(toks, a, i)
    if comma is None or comma == a or comma - a > 8 or toks[b - 1].text not in {",", ")"}:
        return None
    if not (toks[a].text[0].isupper() or toks[a].low in _DETERMINERS):
        return None
    if a == 0 and toks[a].low.endswith(("ing", "ed")) and comma + 1 < i and \
            a + 1 < comma and toks[a + 1].text[:1].islower():  # not "Ted Cruz, …"
        # "Speaking to reporters, lawyer Tom Molomby, a senior counsel, said": an opening
        # participle's phrase ends at its comma; the speaker comes after it
        return _apposed_speaker(toks, comma + 1, i)
    from .entities import not_name_words

    if toks[a].low in _NOT_SUBJECT_START or not _speakerlike(toks[a:comma]) or \
            comma - a == 1 and toks[a].low in not_name_words() or \
            toks[a].text.isupper() and is_place(" ".join(t.text for t in toks[a:comma])):
        return None  # "On Friday, ...", "Moreover, ..." or "WASHINGTON, ..." opens a sentence
    return a, comma


def _speaker_before(toks: list[Token], i: int, lo: int = 0,
                    strict: bool = True) -> tuple[int, int] | None:
    """Token range [a, b) of the subject right before the cue at ``i`` (not before ``lo``)."""
    b = i
    while b > lo and _between(toks[b - 1]):
        b -= 1
    # a time phrase between subject and verb: "X on Sunday urged"
    for j in range(max(lo + 1, b - 3), b):
        if toks[j].low in _BEFORE_WHEN and all(_timeword(t) for t in toks[j + 1:b]):
            b = j
            break
    a = b
    while a > lo and b - a < _MAX_SPEAKER_TOKENS:
        w = toks[a - 1]
        if w.text in {",", ";", ":", "—", "–", "(", ")", "“", "”", '"', "."} or \
                w.low in _CLAUSE_OPENERS or (verbs().get(w.low) and w.text[0].islower()):
            break
        a -= 1
    if a == b:
        return None
    # "According to X" is handled elsewhere; a subject cannot start with a preposition
    while a < b and toks[a].low in _NOT_SUBJECT_START:
        a += 1
    # a new noun phrase starts at a determiner that follows a noun: "a group the US claims"
    for k in range(b - 1, a, -1):
        if toks[k].low in {"the", "a", "an"} and toks[k - 1].low not in _LINKS:
            a = k
            break
    if a == b or (strict and not _speakerlike(toks[a:b])):
        return None
    return a, b


def _glued(toks: list[Token], k: int) -> bool:
    """Token ``k`` is a contraction cut off the word before it ("Clinton|’s", "I|'ll")."""
    return k > 0 and toks[k].start == toks[k - 1].end and \
        toks[k].low.replace("’", "'") in _CLITICS


def _timeword(tok: Token) -> bool:
    return tok.text[0].isupper() or tok.text[0].isdigit() or tok.low in _TIME_NOUNS


def _speakerlike(span: list[Token]) -> bool:
    from .entities import speaker_nouns

    head = span[-1]
    low = head.low.replace("’", "'")
    if low in _PRONOUNS:
        return True
    if low in speaker_nouns() or low.rstrip(".") in titles() or noun_gender(low):
        return True  # "sources", "the senator", "Clinton's right-hand woman"
    if head.text[0].isupper():
        return True
    from .descriptions import is_person_noun

    return low in read_word_list("speaker_heads.txt") or \
        low.endswith(("ers", "ists", "ians", "ants", "ents")) or \
        len(low) > 4 and is_person_noun(low)  # "the campaign manager"


def _speaker_after(toks: list[Token], i: int, strict: bool = True) -> tuple[int, int] | None:
    """Token range of a speaker right after the cue: ``said Rep. X, the top Democrat``."""
    a = i + 1
    if a >= len(toks) or toks[a].low in _LINKS | _BEFORE_WHEN:
        return None
    b = a
    while b < len(toks) and toks[b].text not in {",", ".", ";", ":", "!", "?", "”", '"', "—"}:
        if toks[b].low in {"on", "in", "at", "during", "last", "this", "earlier", "after",
                           "before", "when", "while", "that", "as", "to"} and b > a:
            break
        b += 1
    if a == b or b - a > _MAX_SPEAKER_TOKENS or (strict and not _speakerlike(toks[a:b])):
        return None
    # "says Campbell's partner, Jason Louth": a description, then the name that says who
    if b + 1 < len(toks) and toks[b].text == "," and toks[b - 1].text[0].islower():
        c = b + 1
        while c < len(toks) and toks[c].text[0].isupper() and c - b <= 4:
            c += 1
        if c - b >= 3 and (c == len(toks) or toks[c].text in {",", ".", ";", "!", "?"}):
            b = c
    return a, b


# -- extraction --------------------------------------------------------------------------------
def extract(article: Article) -> list[Quote]:
    """Every attribution in the article, in reading order.

    Two passes: first each sentence's quotation marks are attributed to a verb and speaker
    (sentence by sentence, independently), and the sentences left with no attributed
    quotation but with a reporting verb outside the marks are parsed together (one batch);
    then, in reading order, the quotations no verb governs continue the last speaker's quote
    and the parsed sentences give reported speech."""
    first = _first_pass(article)
    return _second_pass(article, first, structure.parse(first.to_parse, verbs(beliefs=True)))


def prepare(articles) -> None:
    """Find the attributions of several articles at once (each article's ``quotes``): the
    sentences all of them need parsed go to the parser in one batch, which parses about
    twice as many tokens a second on hundreds of sentences as on one article's dozen. An
    article whose reading raises is left as it was: reading its ``quotes`` alone raises the
    same error where the caller names the article."""
    from .memory import paused_gc

    with paused_gc():
        _prepare(articles)


def _prepare(articles) -> None:
    firsts = []
    for article in articles:
        if "quotes" in article.__dict__:
            continue
        try:
            firsts.append((article, _first_pass(article)))
        except Exception:  # noqa: BLE001 - raised again, with the article's name, when read
            continue
    trees = iter(structure.parse([s for _, f in firsts for s in f.to_parse],
                                 verbs(beliefs=True)))
    for article, first in firsts:
        mine = [next(trees) for _ in first.to_parse]
        try:
            article.__dict__["quotes"] = _second_pass(article, first, mine)
        except Exception:  # noqa: BLE001 - as above
            continue


@dataclass
class _FirstPass:
    """Per sentence: its tokens, its quotations with their attributions (None: no verb of its
    own) and the offsets of tokens that cannot be cues; the sentences to parse (``wanted``:
    the sentence of each piece in ``to_parse``)."""

    steps: list
    wanted: list[int]
    to_parse: list


def _first_pass(article: Article) -> _FirstPass:
    text = article.text
    regions = [r for r in article.quote_regions if r.primary and r.end > r.start]
    marks = [(r.start, r.end) for r in regions]
    sentences = article.language.sentences
    names = article.language.names
    steps = []
    wanted = []
    before = None  # the tokens and segment of the sentence before
    cues = verbs(beliefs=True)
    para_start, para = 0, None  # where the paragraph of the sentence began
    for k, seg in enumerate(s for s in article.segments if not s.is_heading):
        if seg.paragraph != para:
            para_start, para = seg.start, seg.paragraph
        toks = sentences[k]  # the article's tokens, cut once (UD style: "Clinton", "’s")
        if not toks:
            steps.append(None)
            before = None
            continue
        starts = [t.start for t in toks]
        inside = [r for r in regions_opening(regions, seg.start, seg.end)
                  if not _is_mentioned_name(text, r, seg, names)]
        used_cues: set[int] = set()
        attributed = [(r, _signed(text, r, names) or
                       _attribute_region(text, toks, starts, r, seg, used_cues) or
                       _introduced(text, r, seg, before) or
                       _after_its_speaker(text, r, seg, before, marks, para_start, names))
                      for r in inside]
        before = (toks, seg)
        # a verb inside quotation marks belongs to the quoted speaker's words, and the verb of
        # an attributed quotation is taken; another reporting verb outside the marks may
        # still report something else ("X said A and told reporters 'B'")
        cue_starts = {toks[i].start for i in used_cues}
        for r in inside:
            used_cues.update(range(bisect.bisect_left(starts, r.start),
                                   bisect.bisect_left(starts, r.end)))
        # only a sentence with a reporting, belief or intention verb outside the marks is
        # parsed (the words are looked up once: most words are none)
        candidates = [t for t in toks if t.text.lower() in cues]
        if any(t.start not in cue_starts and not _within(marks, t.start) for t in candidates):
            wanted.append(k)
        taken = {toks[i].start for i in used_cues}
        # a word the recogniser reads as part of a person's name is no verb ("Hope Hicks")
        taken.update(t.start for t in candidates if _in_a_name(names, t))
        steps.append((toks, attributed, taken, taken - cue_starts))
    # a run-on "sentence" is parsed in pieces (structure.MAX_TREE_TOKENS)
    # (a dateline is not part of the sentence's clauses: "WASHINGTON (AP) — A report said")
    pieces = [(k, piece) for k in wanted
              for piece in structure.pieces(sentences[k][_dateline_end(sentences[k]):])]
    return _FirstPass(steps, [k for k, _ in pieces], [p for _, p in pieces])


def _in_a_name(names, tok: Token) -> bool:
    """Whether ``tok`` is a common first name that opens a name of more than one word the
    recogniser typed a person ("Hope" in "Hope Hicks"; not "Said" in "Said Comey, “...”",
    nor "Says" in a headline read as a name)."""
    from .names import is_common_first_name

    k = bisect.bisect_right(names, tok.start, key=lambda n: n.start) - 1
    return k >= 0 and names[k].type == "PER" and names[k].start == tok.start and \
        tok.end < names[k].end and is_common_first_name(tok.text)


def _second_pass(article: Article, first: _FirstPass, parsed: list) -> list[Quote]:
    text = article.text
    actors = article.actors
    segments = [seg for seg in article.segments if not seg.is_heading]
    steps = first.steps
    trees: dict[int, list] = {}
    for k, tree in zip(first.wanted, parsed, strict=True):
        trees.setdefault(k, []).append(tree)
    kept = article.language.trees  # parsed once: the other readings take these trees
    for k, mine in trees.items():
        if k not in kept and all(t is not None for t in mine):
            kept[k] = mine
    quotes: list[Quote] = []
    last_quoted: Quote | None = None
    last_para = -10
    for k, seg in enumerate(segments):
        if steps[k] is None:
            continue
        toks, attributed, taken, quoted = steps[k]
        last_before = last_quoted  # whom a quotation here with no verb of its own goes on from
        found_here = False
        first_here = len(quotes)  # the quotes of this sentence are quotes[first_here:]
        for region, q in attributed:
            if q is None:
                whole = _whole_sentence(text, region, seg)
                if _is_scare_quote(text, region) and not whole:
                    continue
                # an unattributed quoted passage continues the previous speaker's quote, if
                # no other voice came in between; else it is a quote with no speaker
                if last_quoted is not None and _another_voice(
                        quotes, last_quoted, region):
                    if whole or _whole_clause(text, region, seg):
                        quotes.append(Quote("direct", [_with_marks(text, region)],
                                            quoted=[(region.start, _trim(text, region))]))
                    continue
                if last_quoted is not None and seg.paragraph - last_para <= 1 and \
                        (whole or _whole_clause(text, region, seg)):
                    if seg.paragraph == last_para or last_quoted.block:
                        last_quoted.content.append(_with_marks(text, region))
                        last_quoted.quoted.append((region.start, _trim(text, region)))
                        last_para = seg.paragraph
                    else:
                        q = Quote("direct", [_with_marks(text, region)],
                                  quoted=[(region.start, _trim(text, region))],
                                  follows=last_quoted.follows or last_quoted)
                        quotes.append(q)
                        last_quoted = q
                        last_para = seg.paragraph
                continue
            found_here = True
            quotes.append(q)
            if q.kind in ("direct", "partial"):
                # a quotation after a partial one continues it too: "“change agent,” Cole
                # said. “That’s exactly what people want right now.”"
                last_quoted, last_para = q, seg.paragraph
        if found_here:
            # reported speech beside an attributed quotation: only outside its words, or
            # around a quoted fragment, which is then part of what it reports ("X called on
            # members to be “closely coordinated”")
            mine, added = quotes[first_here:], []
            for tree in trees.get(k, ()):
                for r in reported(tree, taken, quoted) if tree is not None else ():
                    inner = [q for q in mine if any(a < e and s < b for s, e in r.content
                                                    for a, b in q.content)]
                    if any(q.kind != "partial" or not _holds(r.content, q.quoted or q.content)
                           for q in inner):
                        continue
                    q = _from_structure(toks, r)
                    if q is None:
                        continue
                    q.beside = True
                    for p in inner:
                        q.kind, q.quoted = "partial", q.quoted + p.quoted
                        q.content = [(min(a, p.content[0][0]), max(b, p.content[-1][1]))
                                     if a <= p.quoted[0][0] < b else (a, b)
                                     for a, b in q.content] if p.quoted else q.content
                    mine = [p for p in mine if all(p is not x for x in inner)]
                    added.append(q)
            quotes[first_here:] = mine + added
            continue
        q = _according_to(text, toks, seg)
        found = [q] if q is not None else [
            q for tree in trees.get(k, ()) if tree is not None
            for q in (_from_structure(toks, r) for r in reported(tree, taken, quoted))
            if q is not None]
        for q in found:
            # the sentence's quotation inside what it reports, with who reports it, makes it
            # a partial quote (however short: the speaker's words), which a quotation after
            # it goes on from: 'Obama "felt a moral obligation to act" on climate, Axelrod
            # said. "This is core stuff for him."'
            for region, _ in attributed:
                # a content the tree ends inside a quotation, short of its closing mark ('the
                # Opposition was "only interested in creating a ruckus".'), ends with it
                a, b = q.content[-1]
                marked = _with_marks(text, region)
                if a <= marked[0] < b < marked[1] and \
                        not text[b:marked[1]].strip(" ,.;:!?’'" + _CLOSE_MARKS):
                    q.content = q.content[:-1] + [(a, marked[1])]
            q.quoted = [(region.start, _trim(text, region)) for region, _ in attributed
                        if q.source is not None and
                        _holds(q.content, [_with_marks(text, region)])]
            if q.quoted:
                q.kind = "partial"
                last_quoted, last_para = q, seg.paragraph
                # the quotation read first as one with no verb of its own, or as going on
                # from the last speaker's, is this one's words ('By then, “her skin was
                # weeping”, according to the Herald')
                quotes[first_here:] = [p for p in quotes[first_here:] if p.cue or
                                       not _holds(q.content, p.content)]
                held = {(region.open, region.outer_end) for region, _ in attributed
                        if _holds(q.content, [_with_marks(text, region)])}
                if last_before is not None and len(last_before.content) > 1:
                    last_before.content = [c for c in last_before.content if c not in held]
                    last_before.quoted = [(a, b) for a, b in last_before.quoted
                                          if not _holds(q.content, [(a, b)])]
            quotes.append(q)
    quotes.extend(_labelled_lines(article, quotes))
    quotes = _one_per_content(quotes)
    _whole_names(quotes, article.text, article.language.names)
    _resolve(quotes, actors)
    quotes.sort(key=lambda q: q.content[0][0])
    return quotes


def _one_per_content(quotes: list[Quote]) -> list[Quote]:
    """One attribution per passage: the same words found twice (a quotation read as going on
    from the last speaker, and as what a verb in its sentence reports: 'The ad claims
    “Jeb is …”'; a clause that a passive verb inside another report reports again: 'tech
    executives say they have been asked to …') are one attribution, with the verb and the
    speaker either reading found. The first found stays, taking the other's verb when it has
    none, or its speaker when it has a verb but no speaker."""
    first: dict[tuple, Quote] = {}
    kept: dict[int, Quote] = {}  # id of a quote dropped -> the one it joined
    out = []
    for q in quotes:
        key = tuple(q.content)
        p = first.get(key)
        if p is None:
            first[key] = q
            out.append(q)
            continue
        kept[id(q)] = p
        if q.cue and (not p.cue or not p.source and q.source):
            p.cue, p.cue_verb, p.verb_class = q.cue, q.cue_verb, q.verb_class
            p.source = q.source or p.source
            p.follows = None  # its own verb now
            if p.kind != "direct":
                p.kind = q.kind
        elif not p.source and q.source:
            p.source = q.source
        p.quoted = sorted(set(p.quoted) | set(q.quoted))
    for q in out:  # a quotation that went on from one dropped goes on from the one kept
        if q.follows is not None and id(q.follows) in kept:
            q.follows = kept[id(q.follows)]
    return out


# "Bernie Sanders: It is not a radical idea ...", "Poll: Trump a big turnoff ...", an
# interview's "TAPPER: ...": a line (a headline too) that opens with a short source and a colon
_LABELLED = re.compile(r"[^\W\d][^:\n]{0,48}?(?=:\s+\S)")
_LABEL_TYPES = {"named_person", "media", "unnamed_group", "anonymous", "institution"}
MIN_LABELLED_WORDS = 4


def _labelled_lines(article: Article, found: list[Quote]) -> list[Quote]:
    """Attributions of lines that open with a speaker and a colon: the speaker must be one the
    actor layer knows as a person, outlet, group or institution (an all-capital word that is
    not a person's name, "WASHINGTON:", "UPDATE:", is none), and the line must say something
    (four words or more) that no other attribution already holds."""
    text, out = article.text, []
    taken = sorted(span for q in found for span in q.content)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # furthest end so far
    for seg in article.segments:
        m = _LABELLED.match(text, seg.start, seg.end)
        if m is None or len(m.group().split()) > 5 or not all(
                w[:1].isupper() or w in _TITLE_SMALL for w in m.group().split()):
            continue  # a name or a label, not a clause ("One last obstacle remained: ...")
        colon = m.end()
        c_start = colon + 1
        while c_start < seg.end and text[c_start].isspace():
            c_start += 1
        c_end = seg.end
        while c_end > c_start and text[c_end - 1] in " .\n":
            c_end -= 1
        if len(words(text[c_start:c_end])) < MIN_LABELLED_WORDS:
            continue
        i = bisect.bisect_left(starts, c_end)  # the spans that start before the line ends
        if i and reach[i - 1] > c_start:  # one of them reaches into it
            continue
        res = article.actors.resolve(seg.start, m.end())
        if res.source_type not in _LABEL_TYPES or (
                res.source_type != "named_person" and m.group().isupper()) or \
                _common_label(m.group()):
            continue
        out.append(Quote("indirect", [(c_start, c_end)], [(seg.start, m.end())],
                         [(colon, colon + 1)]))
    return out


def _common_label(label: str) -> bool:
    """A label that is one common word, with "The" or not ("The Latest:", "Update:",
    "Related:"): a rubric, not a source; but a poll, a study or a report speaks ("Poll: …",
    ``resources/evidence_nouns.txt``), as do people ("Critics:")."""
    from .descriptions import is_person_noun
    from .entities import speaker_nouns
    from .language.features import word_features

    words = label.rstrip(":").split()
    if words[:1] == ["The"]:
        words = words[1:]
    if len(words) != 1 or "common" not in word_features(words[0]):
        return False
    low = words[0].lower()
    return low not in read_word_list("evidence_nouns.txt") and low not in speaker_nouns() and \
        not is_person_noun(low)


def _holds(outer: list[Span], inner: list[Span]) -> bool:
    """Every span of ``inner`` lies inside a span of ``outer``."""
    return all(any(a <= s and e <= b for a, b in outer) for s, e in inner)


def _with_marks(text: str, region: QuoteRegion) -> Span:
    return region.open, region.outer_end


def _trim(text: str, region: QuoteRegion) -> int:
    """End of the quoted words, without a trailing comma inside the marks."""
    end = region.end
    while end > region.start and text[end - 1] in ", ":
        end -= 1
    return end


def _whole_clause(text: str, region: QuoteRegion, seg) -> bool:
    """A quoted passage that can continue a quote: a clause of four words or more that
    opens its sentence, starts with a capital, or follows a comma (“A,” he said, “b ...”)."""
    inner = text[region.start:region.end].strip()
    before = text[seg.start:region.open].rstrip()
    return len(inner.split()) >= 4 and (region.open - seg.start <= 2 or inner[:1].isupper()
                                        or before.endswith(","))


def _whole_sentence(text: str, region: QuoteRegion, seg) -> bool:
    """The quotation is the whole sentence: “I absolutely do.”"""
    return not text[seg.start:region.open].strip() and \
        not text[region.outer_end:seg.end].strip(" .!?…")


def _another_voice(quotes: list[Quote], last: Quote, region: QuoteRegion) -> bool:
    """Between the last attributed quotation and this passage, another attribution (someone
    else spoke in between)."""
    lo, hi = last.content[-1][1], region.open
    for q in reversed(quotes):  # the latest first: stop at the first one before the quote
        if q.content[0][0] < lo:
            return False
        if q.content[0][0] < hi and (q.follows or q) is not (last.follows or last) and \
                not q.beside:
            return True
    return False


# lower-case words a title keeps inside ("The Lord of the Rings", "Free, Prior and Informed
# Consent"), and words before a quotation that name it when it is title-shaped
_TITLE_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by",
                "de", "la", "du", "von", "vs.", "&", "is"}
MAX_TITLE_WORDS = 10
_TITLE_SHAPE = re.compile(r"[^:;!?]+[!?]?(?::[^:;!?]+[!?]?)?")
_NAMING_IF_TITLE = {"called", "named", "the", "a", "an", "of", "in", "on", "and", "its", "his",
                    "her", "their", "our"}


@lru_cache(maxsize=1)
def _naming_words() -> tuple[str, ...]:
    return tuple(read_word_list("naming_words.txt"))


@lru_cache(maxsize=1)
def _work_nouns() -> frozenset[str]:
    return frozenset(read_word_list("work_nouns.txt"))


_INNER_ADVERB = re.compile(r" [a-z]+ly (?=[a-z]+$)")  # "known locally as" → "known as"


def _is_mentioned_name(text: str, region: QuoteRegion, seg, names) -> bool:
    """Quotation marks around a name or a mentioned term, not speech: the title of a work, a
    show, a forum, a law or a principle ('the film “Parasite”', 'a forum called “XDA
    Developers”', 'the “Free, Prior and Informed Consent” principle'), or any span after a
    naming word ('dubbed “…”', 'the so-called “…”', ``resources/naming_words.txt``).

    Evidence: the words before the marks, the span's shape (a short title-cased run inside a
    sentence, with no sentence punctuation) and the recogniser's names (a span that is one
    name the recogniser found)."""
    # a bounded look back: the naming words are short, and a sentence of many quotations
    # stays linear
    written = text[max(seg.start, region.open - 80):region.open].rstrip()
    before = written.lower()
    # (with an adverb inside a naming phrase: 'the area known locally as “the Flats”')
    plain = _INNER_ADVERB.sub(" ", before)
    if any(b.endswith(w) and (len(b) == len(w) or not b[-len(w) - 1].isalnum())
           for b in {before, plain} for w in _naming_words()):
        return True
    if region.close is not None and _BYLINE.match(text, region.outer_end, region.outer_end + 40):
        return True  # '“A museum’s new director, a balancing act,” by the Journal’s Ann Lee'
    inner = text[region.start:region.end].strip().rstrip(",.;:")
    words = inner.split()
    # a title may have a subtitle after a colon and end in "!" or "?" ("Sharknado 3: Oh Hell
    # No!"); a sentence inside the marks may not
    if not words or len(words) > MAX_TITLE_WORDS or not _TITLE_SHAPE.fullmatch(inner) or any(
            "." in w and w.lower() not in _abbreviations() for w in words):
        return False
    titled = (words[0][:1].isupper() or words[0][:1].isdigit()) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower().strip(",:") in _TITLE_SMALL
        for w in words)
    if not titled:
        return False
    if _modifies_a_name(text, region):
        return True  # '“The Daily Show” host Trevor Noah', even opening the sentence
    if not before:
        # '“Sons of Trump” is an adaptation of …': a title the sentence goes on from
        return _continued(text, region)
    prior = before.split()[-2:]
    last = prior[-1] if prior else ""
    if last in _NAMING_IF_TITLE or last.rstrip(",") in _work_nouns():
        return True  # 'a film called “…”', 'in his 2012 book, “An American Son”'
    if (last in verbs() or last == "that") and _continued(text, region):
        return True  # 'said “Parasite” was a film about class': the title is what C is about
    if last in read_word_list("writing_verbs.txt") and before[-1:].isalnum():
        return True  # 'Smith, who wrote “The Long Road Home,” said': the work written
    if before[-1:].isalnum() and (last not in verbs() or len(prior) == 2 and (
            prior[0] in _NAMING_IF_TITLE or _acronym(written.split()[-2]))):
        # inside the sentence, not introduced by a verb, a comma or a colon; a word that could
        # be a reporting verb is a noun after a determiner or an acronym ("the TV show “…”")
        return True
    # the recogniser read the quoted words as one name of a thing (a work, an event, a law)
    k = bisect.bisect_right(names, region.start, key=lambda n: n.start) - 1
    return k >= 0 and names[k].end >= region.start + len(inner) and \
        names[k].type in ("MISC", "ORG")


# the title of a piece, then its outlet's writer: ', by the New York Post's Amy Spencer' (a
# title cited with its byline; 'the “ugliness of utterances,” by Trump' is Trump's words)
_BYLINE = re.compile(r"[ \t]*,?[ \t]*by[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.&-]*[ \t]+)*"
                     r"[A-Z][\w.&-]*['’]s?[ \t]+[A-Z]")


# a lower-case word, then a capitalised one, right after the closing mark
_MODIFIER_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)[ \t]+[A-Z]")
_NOT_A_NOUN = _PRONOUNS | _LINKS | _CLAUSE_OPENERS | _DETERMINERS | _PASSIVE | _BETWEEN | {
    "has", "have", "had", "will", "would", "could", "can", "may", "did", "does", "not"}


def _modifies_a_name(text: str, region: QuoteRegion) -> bool:
    """A title in quotation marks that modifies the noun after it, which a name follows:
    '“The Daily Show” host Trevor Noah', '“Apprentice” star Omarosa'. Speech is followed by
    its verb ('“…” said Trump', '“…” told CNN'), a pronoun or punctuation, never by a noun."""
    if region.close is None or text[region.start:region.end].rstrip()[-1:] in ",.;:!?":
        return False
    m = _MODIFIER_AFTER.match(text, region.outer_end, region.outer_end + 40)
    return m is not None and m.group(1) not in _NOT_A_NOUN and \
        m.group(1) not in verbs(beliefs=True)


# a lower-case word right after the closing mark, the sentence going on
_GOES_ON = re.compile(r"[ \t]+([a-z][a-z'’-]*)\b")


def _continued(text: str, region: QuoteRegion) -> bool:
    """A title-cased span in quotation marks that opens its sentence and that the sentence goes
    on from, as its subject ('“Sons of Trump” is an adaptation of …', '“Orange is the New
    Black” star Dascha Polanco'): speech opening a sentence closes with punctuation inside the
    marks, or is followed by its verb or its speaker ('“…” said Trump', '“…” she said')."""
    if region.close is None or text[region.start:region.end].rstrip()[-1:] in ",.;:!?":
        return False
    m = _GOES_ON.match(text, region.outer_end, region.outer_end + 40)
    return m is not None and m.group(1) not in _PRONOUNS and \
        m.group(1) not in verbs(beliefs=True)


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


def _is_scare_quote(text: str, region: QuoteRegion) -> bool:
    """Unattributed quotation marks around four words or fewer: a label, not a quote."""
    return len(text[region.start:region.end].split()) <= 4


# “…” ― Sonya Herridge / “…” — Donald J. Trump (@realDonaldTrump) September 27, 2016: a dash
# and a name closing the quotation's line (an embedded post, a vox pop, an epigraph); the name
# may be followed by a handle in brackets and a date
_SIGNATURE = re.compile(r"[^\S\n]*([―—–]|--)[^\S\n]*([^\W\d][^\n(]{0,60}?)[^\S\n]*"
                        r"(?:\([^\n)]{1,40}\)[^\n]{0,40}?)?[^\S\n]*\.?[^\S\n]*(?:\n|$)")
MAX_SIGNATURE_WORDS = 6


def _signed(text: str, region: QuoteRegion, names) -> Quote | None:
    """A quotation that opens its line and is signed, on the same line, with a dash and a
    name the recogniser found (any type: a person, an outlet, an organisation)."""
    if region.close is None:
        return None
    # only spaces back to the line's start (a bounded look: a long line of many quotations
    # stays linear)
    j = region.open
    while j > 0 and text[j - 1] != "\n" and text[j - 1].isspace():
        j -= 1
    if j > 0 and text[j - 1] != "\n":
        return None
    m = _SIGNATURE.match(text, region.outer_end)
    if m is None or len(m.group(2).split()) > MAX_SIGNATURE_WORDS:
        return None
    a, b = m.span(2)
    i = bisect.bisect_left(names, a, key=lambda n: n.start)
    if i == len(names) or names[i].start != a or names[i].end > b:
        return None
    return Quote("direct", [_with_marks(text, region)], [(a, b)], [m.span(1)],
                 quoted=[(region.start, _trim(text, region))])


def _introduced(text: str, region: QuoteRegion, seg, before) -> Quote | None:
    """A quotation that opens a paragraph after one that ends "X said:", "The New York Times
    reports:", "In a 1963 speech, he declared:", or with a noun that introduces words ("X
    released the following statement:", ``resources/introducing_nouns.txt``): that
    speaker's direct quote."""
    if before is None or region.open - seg.start > 1:
        return None
    toks, prev = before
    if toks[-1].text != ":" or prev.paragraph == seg.paragraph:
        return None
    for i in range(len(toks) - 2, max(-1, len(toks) - 5), -1):
        v = _is_cue(toks, i)
        if v is not None:
            spk = _speaker_before(toks, i, strict=False)
            if spk is None:
                return None
            q = _quote("direct", [_with_marks(text, region)],
                       [(region.start, _trim(text, region))], toks, spk, i, v)
            q.block = True
            return q
    if len(toks) > 2 and toks[-2].low in read_word_list("introducing_nouns.txt"):
        # "President Clinton released the following statement:": the subject's words
        spk = _sentence_subject(toks)
        after = toks[spk[1]].low if spk is not None and spk[1] < len(toks) else ""
        # a verb after the subject ("released", "issued", "posts"; not "Partial transcript as
        # follows:")
        if spk is not None and (after.endswith(("ed", "es")) or after in verbs()):
            q = _spoken_by(text, region, toks, spk)
            q.block = True
            return q
    return None


def _after_its_speaker(text: str, region: QuoteRegion, seg, before, marks: list[Span],
                       para_start: int, names) -> Quote | None:
    """A quotation with no verb of its own that is a whole sentence, right after a sentence
    whose subject can speak, in a paragraph that quoted nothing before it: "Marie Tremblay, a
    nurse at the hospital, is worried. “We are exhausted.”" is her quote (no cue). After a
    quotation in the same paragraph, the quotation goes on instead (see the second pass).

    Or the quotation opens its paragraph, and the paragraph before is one sentence that
    introduces who speaks ("Her neighbour, Tom Reid, agreed. ¶ “We lost everything.”"): with
    no quotation mark, no colon at its end (a list or a transcript is introduced otherwise),
    and a subject that is a person or an organisation the recogniser found, or a noun for
    people or a speaking body in lower case ("Her neighbour", "The premier’s office"; not
    "Transcript as follows.", "FULL TEXT.")."""
    if before is None or region.open - seg.start > 1 or not _whole_sentence(text, region, seg):
        return None
    toks, prev = before
    if prev.paragraph == seg.paragraph:
        k = bisect.bisect_left(marks, (para_start, -1))
        if k < len(marks) and marks[k][0] < prev.end:
            return None
        spk = _sentence_subject(toks)
        return _spoken_by(text, region, toks, spk) if spk is not None else None
    k = bisect.bisect_left(marks, (prev.start, -1))
    if seg.start != para_start or text[max(0, prev.start - 1):prev.start] not in ("", "\n") or \
            (k < len(marks) and marks[k][0] < prev.end) or \
            text[prev.start:prev.end].rstrip().endswith(":"):
        return None
    spk = _sentence_subject(toks)
    if spk is None:
        return None
    a, b = spk
    named = any(n.type in ("PER", "ORG") and n.start < toks[b - 1].end and
                toks[a].start < n.end for n in names)
    head = toks[b - 1]
    if not named and not (head.text[0].islower() and _speakerlike([head])):
        return None
    return _spoken_by(text, region, toks, spk)


def _spoken_by(text: str, region: QuoteRegion, toks: list[Token],
               spk: tuple[int, int]) -> Quote:
    """The quotation ``region`` as a direct quote, with no verb, of the tokens ``spk``."""
    return Quote("direct", [_with_marks(text, region)],
                 [(toks[spk[0]].start, toks[spk[1] - 1].end)],
                 quoted=[(region.start, _trim(text, region))])


def _attribute_region(text, toks, starts: list[int], region: QuoteRegion, seg,
                      used: set[int]) -> Quote | None:
    """The attribution of one quotation, looking after it, then before it (``starts``: the
    tokens' start offsets, for binary search: a sentence of many quotations stays linear)."""
    close = region.close if region.close is not None else region.end
    inner_words = len(text[region.start:region.end].split())
    starts_sentence = region.open - seg.start <= 1
    quoted = [(region.start, _trim(text, region))]
    content = [_with_marks(text, region)]
    after = range(bisect.bisect_left(starts, max(region.outer_end, close + 1)), len(toks))
    shared: tuple[int, tuple[int, int], Verb, int] | None = None  # “...” and said: see below
    # 1. after the closing mark: “...,” he said. / “...,” said Trump. / “...,” X, 57, told Y.
    if after:
        first = after[0]
        gap = text[region.outer_end: toks[first].start]
        lead = 1 if toks[first].text in {",", "—"} else 0
        window = after[lead: lead + 30]
        if "“" not in gap and window:
            w0 = window[0]
            for i in window:
                if toks[i].text in _OPEN_MARKS or (toks[i].text in _CLOSE_MARKS and i != w0):
                    break
                v = _is_cue(toks, i)
                if v is None or i in used:
                    if toks[i].text in {".", "!", "?"}:
                        break
                    continue
                if i == w0 and toks[i].low.endswith("ing"):
                    break  # “...,” describing X as Y: a participle's object, not its speaker
                if i == w0:  # “...,” said X
                    spk = _speaker_after(toks, i, strict=False)
                elif i - w0 <= _MAX_SPEAKER_TOKENS and not _has_break(toks, w0, i):
                    spk = _subject_after_quote(toks, w0, i, region)  # “...,” X said
                else:  # “...,” X, an apposition, said
                    spk = _apposed_speaker(toks, w0, i) or \
                        _subject_before_parenthesis(toks, w0, i, region)
                if spk is None or spk[1] <= spk[0]:
                    break
                kind = "direct" if starts_sentence or inner_words >= 6 else "partial"
                if not starts_sentence and spk[1] <= w0 and toks[w0].low in ("and", "but"):
                    # “X called the offer “insulting” and said ...”, 'X said the fall was “a
                    # sign that our plan is working”, but warned …': a verb that shares the
                    # sentence's subject speaks the quotation only when none before it does
                    shared = (i, spk, v, w0)
                    break
                used.add(i)
                lead = _reporters_lead(text, toks, starts, region)
                if lead is not None and kind == "partial":
                    content = [(lead, content[0][1])]
                return _quote(kind, content, quoted, toks, spk, i, v)
    # 2. before the opening mark: X said: “...” / X said “...” / X vowed “absolute loyalty”
    # tokens ending before the opening mark (tokens never overlap: they end in order)
    before = range(bisect.bisect_right(starts, region.open - 1))
    if before and toks[before[-1]].end > region.open:
        before = before[:-1]
    for i in reversed(before[-14:]):
        if toks[i].text in _CLOSE_MARKS:
            break
        v = _is_cue(toks, i)
        if v is None or i in used:
            continue
        between = text[toks[i].end:region.open]
        # "X told the crowd: “...”", "X said Thursday on Twitter, “...”", "X told her
        # supporters, “...”": what comes between the verb and a colon or comma before the
        # quotation says when, where or to whom, and the quotation is what was said
        introduced = re.fullmatch(r"\s*[:,]?\s*", between) is not None or \
            between.rstrip().endswith((":", ","))
        # “X said, “Yes.”” or “X said: “We...”” introduces a whole quotation, however short
        direct = introduced and text[region.start:region.start + 1].isupper() and (
            inner_words >= 4 or re.search(r"[.!?…]\W*$", text[region.start:region.end]))
        if toks[i].low.endswith("ing") and i > 0 and toks[i - 1].low in {",", "by", "while"}:
            # "..., saying: “...”": the participle's subject is the sentence's
            spk = _sentence_subject(toks)
        else:
            spk = _speaker_before(toks, i, strict=not re.fullmatch(r"\s*[:,]\s*", between))
        if spk is None and i > 0 and toks[_trim_between(toks, 0, i) - 1].text in {",", ")"}:
            spk = _apposed_speaker(toks, 0, i)
        if spk is None and i == 0 and introduced:
            # "Said Dorothy Poynter, who grew up with Ali: “...”", "Continued Stone: “...”"
            spk = _speaker_after(toks, i)
            if spk is not None and toks[spk[1] - 1].end > region.open:
                spk = None
        if spk is None:
            if toks[i].low.endswith("ing"):
                spk = _sentence_subject(toks)
            if spk is None:
                continue
        used.add(i)
        if direct:
            return _quote("direct", content, quoted, toks, spk, i, v)
        # partial: the content is the reporter's clause holding the fragment
        clause = _clause_after(text, toks, i, seg)
        if shared is not None and clause[1] > toks[shared[3]].start:
            clause = (clause[0], toks[shared[3] - 1].end)  # up to "and said ...": its own
        return _quote("partial", [clause] if clause[1] > clause[0] else content, quoted, toks,
                      spk, i, v)
    if shared is not None:
        i, spk, v, _ = shared
        used.add(i)
        return _quote("partial", content, quoted, toks, spk, i, v)
    # 3. the whole sentence is a quotation with an attribution inside, handled above; else none
    return None


# The longest lead of the reporter's own words before a quotation that finishes the clause.
_MAX_LEAD_TOKENS = 40


def _reporters_lead(text: str, toks: list[Token], starts: list[int],
                    region: QuoteRegion) -> int | None:
    """Where the reporter's words begin that a quotation its verb follows finishes: "The
    bill's failure was “heartbreaking,” she said." reports the whole clause, its quoted word
    and all. None when the quotation opens the sentence, or when what comes before it holds
    another quotation (an apostrophe is none: "The city’s plan was “…”") or a report of its
    own ("according to X", a reporting verb)."""
    k = bisect.bisect_left(starts, region.open)
    a = _dateline_end(toks)
    while a < k and not any(c.isalnum() for c in toks[a].text):
        a += 1  # a dash or bullet opening the line
    colons = [j for j in range(a, k) if toks[j].text == ":"]
    if colons:  # the words after a rubric or a label: 'READ MORE: “…,” teachers warn'
        a = colons[-1] + 1
    if a >= k or k - a > _MAX_LEAD_TOKENS:
        return None  # (a run-on "sentence" of many quotations stays linear)
    lead = text[toks[a].start:region.open]
    if any(m in lead for m in _OPEN_MARKS + _CLOSE_MARKS + "‘") or \
            "according to" in lead.lower() or any(_is_cue(toks, j) for j in range(a, k)):
        return None
    return toks[a].start


def _quote(kind, content, quoted, toks, spk, i, v: Verb) -> Quote:
    a, b = spk
    return Quote(kind, content, [(toks[a].start, toks[b - 1].end)], [(toks[i].start, toks[i].end)],
                 v.lemma, v.verb_class, quoted=quoted)


def _subject_after_quote(toks: list[Token], w0: int, i: int,
                         region: QuoteRegion) -> tuple[int, int] | None:
    """The subject of a verb right after a quotation: “...,” X said. A conjunction before it
    is not part of it (“...” and he said); a bare conjunction means the verb shares the
    sentence's subject (X found Trump “very charming” and called ...); a preposition means
    no speaker here."""
    a, b = w0, _trim_between(toks, w0, i)
    while a < b and toks[a].low in _CLAUSE_OPENERS:
        a += 1
    if a == b:
        if toks[0].start >= region.open:
            return None
        subject = _sentence_subject(toks)
        return subject if subject is not None and subject[1] <= w0 else None
    if b - a >= 3 and toks[a].low in _PASSIVE and \
            toks[b - 1].low in ("'s", "’s", "'", "’"):
        return a + 1, b - 1  # “Absolutely not,” was the mayor’s reply: the mayor answers
    if toks[a].low in _NOT_SUBJECT_START or toks[a].low in _LINKS:
        return None
    return a, b


def _subject_before_parenthesis(toks: list[Token], w0: int, i: int,
                                region: QuoteRegion) -> tuple[int, int] | None:
    """“...,” panel Chairman Rep. Jason Chaffetz (R-Utah) said: a short parenthesis (a party
    and state, an age, a riding) between the subject and the verb is no apposition; the
    subject is before it."""
    b = _trim_between(toks, w0, i)
    if toks[b - 1].text != ")":
        return None
    p = next((k for k in range(b - 2, max(w0, b - 8), -1) if toks[k].text == "("), None)
    if p is None or p == w0 or p - w0 > _MAX_SPEAKER_TOKENS or _has_break(toks, w0, p):
        return None
    return _subject_after_quote(toks, w0, p, region)


_SUBORDINATORS = {"although", "though", "while", "when", "after", "as", "because", "since",
                  "if", "before", "once", "until", "whereas"}


# how far a quotation that opens a sentence is looked through for its closing mark (a bounded
# look: a sentence of unclosed marks stays linear)
_MAX_OPENING_QUOTE = 200


_DASHES = {"—", "–", "-"}


def _dateline_end(toks: list[Token]) -> int:
    """Where a sentence starts past the dateline that opens a wire story: "WASHINGTON —",
    "MANCHESTER, N.H. -", "WASHINGTON (AP) —", "New York (AFP) –" (a place in capitals, or
    any place with the agency in brackets, then a dash). 0 when there is none."""
    dash = next((k for k, t in enumerate(toks[:9]) if t.text in _DASHES), None)
    if not dash:
        return _agency_dateline_end(toks)
    agency = dash >= 4 and toks[dash - 3].text == "(" and toks[dash - 1].text == ")" and \
        toks[dash - 2].text[:1].isupper()
    lead = toks[:dash - 3] if agency else toks[:dash]
    if not lead or not lead[0].text[:1].isupper() or len(lead) > 5 or not (
            agency or all(t.text.isupper() or not t.text.isalpha() for t in lead)):
        return 0
    end = dash + 1
    while end < len(toks) and toks[end].text in _DASHES:  # "WASHINGTON --"
        end += 1
    return end


def _agency_dateline_end(toks: list[Token]) -> int:
    """The dateline of Indian and other wire copy, with no dash: "New Delhi, July 22 (PTI)
    Opposition parties staged …", "Mumbai, Jan 5 (IANS):" (a capitalised place, a comma, a
    date, the agency in capitals in brackets, then a capital). 0 when there is none."""
    close = next((k for k, t in enumerate(toks[:12]) if t.text == ")"), None)
    if close is None or close < 4 or toks[close - 2].text != "(" or \
            not (toks[close - 1].text.isupper() and 2 <= len(toks[close - 1].text) <= 6) or \
            not toks[0].text[:1].isupper() or "," not in (t.text for t in toks[1:close - 2]):
        return 0
    end = close + 1
    if end < len(toks) and toks[end].text == ":":
        end += 1
    return end if end < len(toks) and toks[end].text[:1].isupper() else 0


def _main_clause_start(toks: list[Token]) -> int | None:
    """Where the main clause of a sentence starts, past a dateline ("WASHINGTON —"), a
    leading conjunction ("And"), and an opening participle, subordinate clause or
    prepositional phrase that ends in a comma ("Speaking in Salem,", "Although he won,",
    "On Twitter,")."""
    first = _dateline_end(toks)
    while first < len(toks) and toks[first].low in {"and", "but", "so", "yet", "then"}:
        first += 1
    if first < len(toks) and toks[first].text in _OPEN_MARKS:
        # "“We see no link,” the mayor said, adding …": past the quotation that opens it
        close = next((k for k in range(first + 1, min(len(toks), first + _MAX_OPENING_QUOTE))
                      if toks[k].text in _CLOSE_MARKS), None)
        if close is not None:
            first = close + 1
            while first < len(toks) and toks[first].text in {",", "—"}:
                first += 1
    if first >= len(toks):
        return None
    t = toks[first]
    opens_phrase = (t.text[0].isupper() and t.low.endswith("ing")) or \
        t.low in _SUBORDINATORS or t.low in _NOT_SUBJECT_START
    if opens_phrase:
        commas = [k for k in range(first, min(first + 20, len(toks))) if toks[k].text == ","]
        # "Speaking in Salem, New Hampshire, Trump ...": a place after a comma is the
        # phrase's, not the subject
        while len(commas) > 1 and is_place(" ".join(t.text for t in
                                                    toks[commas[0] + 1:commas[1]])):
            commas = commas[1:]
        if not commas or commas[0] + 1 >= len(toks):
            return None if t.low.endswith("ing") else first
        first = commas[0] + 1
    return first


def _sentence_subject(toks: list[Token]) -> tuple[int, int] | None:
    """The first noun phrase of the sentence, for participles: "X denied it, arguing that";
    after an opening participle clause ("Speaking in Salem, Trump went after Bush, calling
    him ...") and never more than a pronoun when it starts with one."""
    first = _main_clause_start(toks)
    if first is None:
        return None
    if toks[first].low in _PRONOUNS:
        return first, first + 1
    if toks[first].text[0].isupper() and toks[first].low not in _DETERMINERS:
        # a name: "Trump went after Bush, calling him ..." ends where the capitals end
        b = first
        while b < len(toks) and b - first < _MAX_SPEAKER_TOKENS and (
                toks[b].text[0].isupper() or toks[b].low in {"of", "de"} or _glued(toks, b) or
                # "Head coach Kris Knoblauch": a title in lower case before the name goes on
                toks[b].low.rstrip(".") in titles() and b + 1 < len(toks) and
                toks[b + 1].text[0].isupper() or
                # "Brighton head coach Fabian Hurzeler": a word before such a title too
                b > first and b + 2 < len(toks) and toks[b].text.isalpha() and
                toks[b].low not in _NOT_A_NOUN and toks[b + 1].text.islower() and
                toks[b + 1].low in titles() and toks[b + 2].text[0].isupper() or
                # "Union boss Francis Atwoli", "COTU secretary-general Francis Atwoli": a
                # noun in lower case between a body's name and a person's (a first name and
                # a surname)
                b > first and b + 2 < len(toks) and toks[b].text.islower() and
                toks[b].text.replace("-", "").isalpha() and toks[b].low not in _NOT_A_NOUN and
                not verbs(True).get(toks[b].low) and not toks[b].low.endswith("ed") and
                is_first_name(toks[b + 1].text) and toks[b + 2].text[:1].isupper()):
            b += 1
        if toks[b - 1].low not in ("'s", "’s"):  # "Maduro’s government" goes on
            return (first, b) if _speakerlike(toks[first:b]) else None
    b = first
    while b < len(toks) and b - first < _MAX_SPEAKER_TOKENS:
        t = toks[b]
        if t.text in {",", ";", ":"} or (b > first and t.text[0].islower() and
                                         not _glued(toks, b) and (
                t.low in _BETWEEN or t.low in _PASSIVE or t.low in _BEFORE_WHEN or
                verbs().get(t.low) or t.low.endswith(("ed", "es")) or
                t.low in {"continues", "is", "remains"})):
            break
        b += 1
    if b == first or not _speakerlike(toks[first:b]):
        return None
    return first, b


_TOLD = {"tell", "tells", "told", "telling"}
_OBJECT_PRONOUNS = {"me", "you", "him", "her", "us", "them"}


def _clause_after(text: str, toks: list[Token], i: int, seg) -> Span:
    """From after the cue (and "that", a comma, or "out" in "pointed out") to the end of the
    sentence, less final punctuation."""
    j = i + 1
    # past "that", a comma or a colon, and the particle of "pointed out that"
    while j < len(toks) and (toks[j].low in {",", ":", "—", "that"} or
                             j == i + 1 and toks[j].low == "out" or
                             # "said only that “…”": the saying's, not what was said
                             j == i + 1 and toks[j].low == "only" and j + 1 < len(toks) and
                             toks[j + 1].low == "that"):
        j += 1
    if j >= len(toks):
        return (seg.end, seg.end)
    if j == i + 1 and toks[i].low in _TOLD:
        # "told a committee of MPs that inflation was “moving …”": who was told is not what
        # was said
        that = next((k for k in range(j + 1, min(len(toks), j + 8))
                     if toks[k].low == "that" or toks[k].text in _OPEN_MARKS + ",:"), None)
        if that is not None and toks[that].low == "that":
            j = that + 1
        elif toks[j].low in _OBJECT_PRONOUNS and j + 1 < len(toks) and \
                toks[j + 1].low != "to":
            # "told them the plan was “dead on arrival”": who was told ("told him to leave
            # “…”" keeps him: who is to act is part of what is asked)
            j += 1
        else:
            # "told CBC News the results were “consistent with …”": a name told, then a
            # clause that opens with a determiner or a pronoun
            k = j + 1 if toks[j].low == "the" else j  # ("told the BBC her flat was …")
            while k < len(toks) and toks[k].text[:1].isupper() and k - j < 6:
                k += 1
            if j < k < len(toks) - 1 and toks[k].low in _DETERMINERS | _PRONOUNS - {"i"}:
                j = k
            elif k == j + 1 and k + 2 < len(toks) and toks[k].text.isalpha() and \
                    toks[k].text.islower() and toks[k + 1].text[:1].isupper() and \
                    toks[k + 1].text.isalpha() and toks[k + 1].low not in _CALENDAR:
                # "told the court Hughes had drunk “…”": who was told, then a name that
                # opens the clause (not a day: "told the court Monday the man had …")
                j = k + 1
            else:
                # "told reporters at Queen's Park he wants “…”": who was told, then a clause
                # whose subject is a pronoun, a few plain words on
                k = next((x for x in range(j + 1, min(len(toks) - 1, j + 6))
                          if toks[x].low in _PRONOUNS - {"i", "you", "it"} or
                          not (toks[x].text[:1].isalnum() or toks[x].low in _CLITICS)), None)
                if k is not None and toks[k].low in _PRONOUNS:
                    j = k
    elif j == i + 1:
        # "insisted last month that repairs were “on track”", "said in a statement that":
        # a time or an occasion before "that" (the words of "X on Sunday urged") dates the
        # saying
        k = j
        while k < min(len(toks), j + 4) and (toks[k].low in _BEFORE_WHEN or _timeword(toks[k])):
            k += 1
        if j < k < len(toks) - 1 and toks[k].low == "that":
            j = k + 1
        elif j < k < len(toks) - 1 and toks[k].low in _PRONOUNS - {"i", "you"} and \
                toks[k - 1].low not in _BEFORE_WHEN | {"a", "an", "the"}:
            # "said in a statement it was “deeply concerned”", "said on Monday she would
            # “fight on”": the clause opens with its subject
            j = k
    start = toks[j].start
    # "Trump, who calls himself a “very stable genius,” attacked …": a relative clause set
    # off by commas ends at its closing comma
    relative = i >= 2 and toks[i - 1].low in {"who", "which"} and toks[i - 2].text == ","
    end = _content_end(text, toks, j, seg, relative)
    return start, end


# A clause's end is looked for this many tokens after its start; past them it runs to the end
# of the sentence (so a sentence of many quotations costs each one a bounded look).
CONTENT_LOOKAHEAD_TOKENS = 400


def _content_end(text: str, toks: list[Token], j: int, seg, relative: bool = False) -> int:
    end = seg.end
    for k in range(j + 1, min(len(toks), j + CONTENT_LOOKAHEAD_TOKENS)):
        t = toks[k]
        n = k + 1
        while n < len(toks) and toks[n].text in _CLOSE_MARKS:
            n += 1
        nxt = toks[n] if n < len(toks) else None
        if t.text in {",", ";", "—"} and nxt is not None and (relative or
                nxt.low in {"according", "but"} or nxt.low in _PRONOUNS and not (
                    n + 1 < len(toks) and toks[n + 1].low.replace("’", "'") in _CLITICS) and
                # "…, he said": a pronoun that reports, or the main clause after a sentence
                # that opens subordinate ("While Trump railed against …, he has ordered"),
                # not the subject of the clause an opening phrase leads to ("According to her
                # account, after examining his leg, she found …")
                (any(verbs().get(x.low) for x in toks[n + 1:n + 3]) or
                 toks[0].low in _SUBORDINATORS) or
                (nxt.low.endswith("ing") and verbs().get(nxt.low)) or
                nxt.low == "and" and n + 1 < len(toks) and verbs().get(toks[n + 1].low) or
                # "…, while unions have urged ministers to go further": a clause set against
                # it, with a subject of its own (not "…, while condemning violence")
                nxt.low in ("while", "whereas") and n + 1 < len(toks) and
                not toks[n + 1].low.endswith("ing")):
            end = toks[n - 1].end if n - 1 > k else t.start
            break
        if t.low == "but" and nxt is not None and (nxt.low.endswith("ed") or verbs().get(nxt.low)):
            end = t.start
            break
    while end > seg.start and text[end - 1] in ".!?,;: ":
        end -= 1
    return end


def _from_structure(toks: list[Token], r) -> Quote | None:
    """An attribution read from the clause structure; when the tree gave the verb no subject
    (and the verb is not passive), the words before the verb are read as a speaker, as for a
    quotation."""
    source = [r.source] if r.source else None
    if source and r.verb.verb_class == "belief":
        # a belief or an intention is a mind's: "the call declined to ..." is a misread
        span = [t for t in toks if r.source[0] <= t.start < r.source[1]]
        if span and not _speakerlike(span):
            return None
    if source is None and not r.passive:
        i = bisect.bisect_left(toks, r.cue[0], key=lambda t: t.start)
        spk = None
        if i < len(toks) and toks[i].start == r.cue[0]:
            spk = _speaker_before(toks, i, strict=r.verb.lemma not in {"say", "tell"})
            if spk is None and i > 0 and toks[_trim_between(toks, 0, i) - 1].text in {",", ")"}:
                spk = _apposed_speaker(toks, 0, i)  # "Chen, 42, said": the parser lost her
            if spk is None and i > 0 and toks[i - 1].text == "," and toks[i].low.endswith("ing") \
                    and toks[0].text[:1] not in _OPEN_MARKS + "'‘`":
                # "Edun noted that C, adding that C'": a participle after a comma is the
                # sentence subject's, as for a quotation ("…, saying: “…”"); not after a
                # quotation that opens the sentence ("“…,” said X, explaining …": X's, and
                # the speaker of that quotation is attributed with it)
                spk = _sentence_subject(toks)
                if spk is not None and toks[spk[0]].low in verbs(beliefs=True):
                    spk = None
            if spk is None and i > 1 and toks[i - 1].text == "," and \
                    toks[i].low.endswith("ing"):
                # "“…,” said Skelly, explaining that C": the participle is the speaker's
                # set after the verb before it
                v = next((k for k in range(i - 2, max(-1, i - 2 - _MAX_SPEAKER_TOKENS), -1)
                          if toks[k].low in verbs()), None)
                after = _speaker_after(toks, v) if v is not None else None
                if after is not None and after[1] == i - 1:
                    spk = after
        if spk is not None:
            source = [(toks[spk[0]].start, toks[spk[1] - 1].end)]
    return Quote("indirect", r.content, source, [r.cue], r.verb.lemma, r.verb.verb_class)


def _within(spans: list[Span], pos: int) -> bool:
    """Whether ``pos`` falls inside one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and pos < spans[i][1]


def _according_to(text: str, toks: list[Token], seg) -> Quote | None:
    """"According to X, C" and "C, according to X"; "Per X, C" (a phrase of two words or
    more before the comma: "Per a source familiar with the plans, …", not "Per capita, …")."""
    per = len(toks) > 3 and toks[0].low == "per"
    if not per and "ccording" not in text[seg.start:seg.end].lower():
        return None  # (most sentences: their words are not looked at)
    lows = [t.low for t in toks]
    # According to X, C.  /  C, according to X.  /  Per X, C.
    for i in range(len(toks) - 2):
        width = 2 if lows[i] == "according" and lows[i + 1] == "to" else \
            1 if per and i == 0 else 0
        if width:
            j = i + width
            k = j
            while k < len(toks) and toks[k].text not in {",", ".", ";"}:
                k += 1
            if k == j or width == 1 and (k - j < 2 or k == len(toks) or toks[k].text != ","):
                continue
            spk = [(toks[j].start, toks[k - 1].end)]
            cue = [(toks[i].start, toks[i + width - 1].end)]
            if i == 0 or (i == 1 and toks[0].text in {"“", '"'}):
                c_start = toks[k + 1].start if k + 1 < len(toks) else seg.end
                content = (c_start, _content_end(text, toks, k + 1, seg))
            else:
                c_end = toks[i - 1].start if toks[i - 1].text == "," else toks[i].start
                content = (seg.start, c_end)
                if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text not in ".!?":
                    # "G4S receives, according to one report, $234 million ...": the clause
                    # goes on after the source
                    rest = (toks[k + 1].start, _content_end(text, toks, k + 1, seg))
                    if rest[1] > rest[0] and content[1] > content[0]:
                        return Quote("indirect", [content, rest], spk, cue, "according to",
                                     "neutral")
            if content[1] > content[0]:
                return Quote("indirect", [content], spk, cue, "according to", "neutral")
    return None


def _whole_names(quotes: list[Quote], text: str, names) -> None:
    """A speaker span that ends inside a recognised name ("MPP Marit | Stiles said", where the
    parser hung "Stiles" on "Marit"), or right before one ("The economist | Adeyemi said",
    where it read the unknown word as an adverb), goes on to the name's end, short of the cue
    and the content."""
    for q in quotes:
        if not q.source:
            continue
        a, b = q.source[0]
        k = bisect.bisect_left(names, b, key=lambda n: n.start) - 1
        if k + 1 < len(names) and not text[b:names[k + 1].start].strip():
            k += 1  # the name starts right after the span
        if k >= 0 and names[k].start >= a and b < names[k].end and not any(
                b < e and s < names[k].end for s, e in q.content + (q.cue or [])):
            q.source = [(a, names[k].end)] + q.source[1:]
            continue
        # "Quebec's environment minister, Benoit Charette, said": a description the parser
        # gave as the subject, with the person's name in apposition after it
        m = _APPOSED.match(text, b)
        words = text[a:b].split()
        if m and words and words[-1][:1].islower() and k + 1 < len(names) and \
                names[k + 1].start == m.end() and names[k + 1].type == "PER" and \
                text[names[k + 1].end:names[k + 1].end + 1] == "," and not any(
                b < e and s < names[k + 1].end for s, e in q.content + (q.cue or [])):
            q.source = [(a, names[k + 1].end)] + q.source[1:]
            continue
        # "Emergency Services | Minister Jaclyn Symes thanked volunteers and said": a span
        # that ends with a body's name, read as the subject, before the title of the person
        # the body's name describes
        if k >= 0 and names[k].end == b and names[k].type != "PER" and \
                k + 1 < len(names) and names[k + 1].type == "PER":
            between = [w.lower().rstrip(".") for w in text[b:names[k + 1].start].split()]
            if 0 < len(between) <= 2 and set(between) <= titles() and not any(
                    b < e and s < names[k + 1].end for s, e in q.content + (q.cue or [])):
                q.source = [(a, names[k + 1].end)] + q.source[1:]


_APPOSED = re.compile(r",[ \t]+")


def _resolve(quotes: list[Quote], actors: Actors) -> None:
    """Canonical speakers: the actor's name, or for unnamed sources the phrase as first
    written ("Sources" and "sources" are one speaker)."""
    first_form: dict[str, str] = {}
    groups: list[tuple[int, str, str]] = []  # (where, speaker, type) of collective speakers
    done: list[Quote] = []  # the quotes whose speakers are resolved, in order
    for q in sorted(quotes, key=lambda q: q.source[0][0] if q.source else q.content[0][0]):
        if q.source:
            q.source = [_closed(actors.text, *q.source[0])] + q.source[1:]
            res = actors.resolve(*q.source[0], said=q.content)
            written = actors.text[slice(*q.source[0])].strip().lower()
            if res.actor is None and written in {"who", "which"}:
                # "Barkley, who said ...": the one named right before the comma
                j = q.source[0][0]
                while j > 0 and actors.text[j - 1] == " ":
                    j -= 1
                named = actors.mention_ending_at(j - 1) if actors.text[j - 1:j] == "," else None
                if named is not None:
                    res = actors.resolve(*named)
                    if written == "who" and res.source_type != "named_person":
                        res = _apposed_person(actors, named) or res
                elif written == "who" and actors.text[j - 1:j] == ",":
                    # "criticized by local business owners, who said": people unnamed
                    people = _people_before(actors.text, j - 1)
                    if people is not None:
                        res = actors.resolve(*people)
            if res.actor is None and res.source_type in ("anonymous", "unnamed_group") and \
                    _set_off_description(actors.text, *q.source[0],
                                         q.cue[0][0] if q.cue else None):
                # "Maya Song, an assistant U.S. attorney, said": the description the parser
                # took for the subject describes the person named before its comma
                named = actors.mention_ending_at(q.source[0][0] - 2)
                person = actors.resolve(*named) if named is not None else None
                if person is not None and person.source_type == "named_person":
                    res = person
            outer = _reporting_outer(q, done, written)
            done.append(q)
            if outer is not None:
                # "The company said it expects …", "Officials said they believe …": a pronoun
                # that is the subject of what another speaker says is that speaker
                q.speaker, q.source_type = outer.speaker, outer.source_type
                continue
            q.speaker, q.source_type = res.speaker, res.source_type
            if res.actor is None and written in {"they", "we", "it"}:
                # "they" is the group that spoke last, not far back; else no one
                near = [g for g in groups if q.source[0][0] - g[0] <= THEY_LOOKBACK_CHARS]
                q.speaker, q.source_type = near[-1][1:] if near else (None, None)
                continue
            if res.actor is None and res.speaker is not None:
                q.speaker = first_form.setdefault(res.speaker.casefold(), res.speaker)
            if q.source_type in {"anonymous", "unnamed_group", "institution", "media"}:
                groups.append((q.source[0][0], q.speaker, q.source_type))
    for q in quotes:
        if q.follows is not None:
            q.speaker, q.source_type = q.follows.speaker, q.follows.source_type


_PAIRS = (("(", ")"), ("“", "”"))


def _closed(text: str, start: int, end: int) -> Span:
    """The speaker span with the bracket or quotation mark it opens closed, when the closing
    one is a few characters on ('Rand Paul (Ky.' is 'Rand Paul (Ky.)', 'the so-called “Freedom
    Convoy' takes its closing mark)."""
    for opening, closing in _PAIRS:
        if text.count(opening, start, end) > text.count(closing, start, end):
            k = text.find(closing, end, end + 12)
            if k >= 0:
                end = k + 1
    return start, end


# which speakers a pronoun can be: "it" an organisation or outlet, "they" and "we" a group
_PRONOUN_TYPES = {"it": {"institution", "media"},
                  "they": {"institution", "media", "unnamed_group", "anonymous"},
                  "we": {"institution", "media", "unnamed_group", "anonymous"}}


def _reporting_outer(q: Quote, done: list[Quote], written: str) -> Quote | None:
    """The attribution whose content holds the pronoun ``written`` that speaks in ``q``, when
    its speaker is one that pronoun can be: "The company said it expects to hire": "it" is
    the company (not the outlet named last), as "they" in "Officials said they believe" are
    the officials. Looks back at the last few attributions only."""
    kinds = _PRONOUN_TYPES.get(written)
    if kinds is None or not q.source:
        return None
    at = q.source[0][0]
    for p in reversed(done[-4:]):
        if p.speaker and p.source_type in kinds and any(a <= at < b for a, b in p.content):
            return p
    return None


def _set_off_description(text: str, start: int, end: int, cue: int | None) -> bool:
    """Whether ``text[start:end]`` describes one person, set off right after a name and its
    comma: "Maya Song, an assistant U.S. attorney, said", "Alan Berger, a gynecologist from
    Englewood, who said", "Karlee Macer, a Democrat, wants", "Lehel, the hacker known as …,
    stated" (not "Clinton, a top aide said, …", where the verb comes right after it and the
    name is what was said; nor "As for Mr. Kim, the staff letter noted": no person noun)."""
    from .descriptions import is_person_noun

    phrase = text[start:end]
    m = re.match(r"(?:an?|the)\s+((?:[\w.'’-]+\s+){0,6}?)([A-Za-z][\w-]*)(?:\s+(?:of|at|"
                 r"for|from|with|in)\b.*?)?(?:\s+who)?$", phrase, re.DOTALL)
    apart = text[end:end + 1] == "," or phrase.endswith(" who") or (
        cue is not None and cue > end and text[end:cue].strip() != "")
    return m is not None and text[max(0, start - 2):start] == ", " and apart and \
        is_person_noun(m.group(2))


def _people_before(text: str, comma: int) -> Span | None:
    """The people named by a common noun right before the comma at ``comma``, with the lower-
    case words that modify it ("local business owners", "historians" in "criticism from
    historians, who said"), when its head names people ("owners"; a person noun, singular or
    plural); None otherwise (not "Mr. Rubio's campaign manager": not Rubio, and no one the
    article names). A bounded look back."""
    from .descriptions import _singular, is_person_noun

    m = re.search(r"(?<![\w'’.-])(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*$",
                  text[max(0, comma - 60):comma])
    if m is None:
        return None
    found = m.group().split()
    for k in range(len(found) - 1, -1, -1):
        if found[k] in read_word_list("people_phrase_stops.txt"):
            found = found[k + 1:]
            break
    # (a noun only people carry: "historians", "owners", not "the border, who said")
    if not found or not (is_person_noun(found[-1], strict=True) or
                         is_person_noun(_singular(found[-1]), strict=True)):
        return None
    written = " ".join(found)
    start = text.rfind(written, max(0, comma - 60), comma)
    if start < 0 or text[max(0, start - 3):start].rstrip().endswith(("'s", "’s")):
        return None  # someone's people
    return start, start + len(written)


def _apposed_person(actors: Actors, named: Span):
    """"Jane Smith, the director of the institute, who said": the named mention before
    "who" ends an apposition ("the director of the institute"); "who" is the person it
    describes, named before the comma that opens it (a bounded look back)."""
    text = actors.text
    lo = max(0, named[0] - 120)
    comma = text.rfind(",", lo, named[0])
    if comma < 0 or not text[comma + 1:named[0]].lstrip()[:1].islower():
        return None
    person = actors.mention_ending_at(comma)
    if person is None:
        return None
    res = actors.resolve(*person)
    return res if res.source_type == "named_person" else None


def quote_records(article: Article) -> list[dict]:
    """One plain record per attribution, with the keys of ``COLUMNS`` (JSON-ready: the
    ``quotes`` command prints them as they are)."""
    return [q.record(article) for q in article.quotes]


def quotes_frame(article: Article) -> pd.DataFrame:
    """One row per attribution (the article's quote layer); columns in the README
    codebook."""
    import pandas as pd

    return pd.DataFrame(quote_records(article), columns=COLUMNS)


def describe(quotes: pd.DataFrame) -> str:
    """A plain-words paragraph on one article's quotes, from :func:`quotes_frame`."""
    if quotes.empty:
        return "No quotes or attributions were found in this article."
    kinds = quotes["kind"].value_counts()
    types = quotes["source_type"].value_counts()
    loaded = int((quotes["verb_class"] == "loaded").sum())
    top = quotes.groupby("speaker")["words"].sum().sort_values(ascending=False)
    unnamed = int(quotes["speaker"].isna().sum())
    parts = [
        f"{len(quotes)} attributions: " + ", ".join(f"{kinds.get(k, 0)} {k}" for k in KINDS)
        + ".",
        f"{quotes['speaker'].nunique()} distinct speakers; the most words go to {top.index[0]} "
        f"({int(top.iloc[0])} words)." if len(top) else "No speaker is named.",
        f"{unnamed} with no speaker found." if unnamed else "",
        "By source type: " + ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in types.items())
        + ".",
        f"{loaded} of {quotes['cue_verb'].notna().sum()} reporting verbs are loaded.",
    ]
    return " ".join(p for p in parts if p)
