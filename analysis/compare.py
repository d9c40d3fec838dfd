"""Several articles on the same event, side by side: which sentences report the same thing,
and which facts the articles report differently.

Sentences are aligned by TF-IDF cosine similarity (scikit-learn; English stop words out,
fitted on all the sentences of the set). The facts compared come from each article's own
words, each with a *topic* that says what it is about and a *context* read from the clause
structure (:mod:`analysis.language.structure`) that says what else two facts must share to be
one referent and one event:

- ``title``: how a person is labelled (topic: the person; "former US President" against "US
  President"), from the labels the structure ties to the name (:mod:`analysis.descriptions`);
  a title of the past ("under President Clinton") is left out;
- ``date``: the date given to an event (topic: the event noun, ``resources/event_nouns.txt``;
  "last year's presidential election" against "his 2023 re-election");
- ``deadline``: a time limit next to a verb of leaving (``resources/deadlines.csv``,
  ``resources/leaving_verbs.txt``; "leaving power immediately" against "one week to depart");
- ``stance``: how a person answers, accepting or rejecting (topic: the person;
  ``resources/stance_verbs.csv``; "Maduro refused the demand" against "Maduro offered to step
  down");
- ``number``: a count of something (topic: the counted noun; "15 minutes").

Two articles *differ* on a topic when each gives a value for it that the other does not give:
an article that only adds a label or a date is not in conflict with one that leaves it out.
Each difference is one row, with the sentences it comes from and how similar they are.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import combinations

import pandas as pd

from .keys import set_id  # noqa: F401  (public: compare.set_id)
from .language.structure import locate
from .loaders import Article
from .offices import office  # (public: compare.office)
from .wordlists import read_table, read_word_list

ALIGN_COLUMNS = ["article_a", "sentence_a", "article_b", "sentence_b", "similarity", "mutual",
                 "text_a", "text_b"]
FACT_COLUMNS = ["article", "kind", "topic", "value", "text", "sentence", "start", "end",
                "context"]
DIFF_COLUMNS = ["kind", "type", "rule", "topic", "article_a", "value_a", "text_a", "sentence_a",
                "article_b", "value_b", "text_b", "sentence_b", "similarity", "why"]
# Two years for "the election" further apart than this are two elections (a 2010 and a 2012
# campaign); a year apart is the usual slip ("last year's election" against "2023").
SAME_EVENT_YEARS = 1
SAME_COUNT_SIMILARITY = 0.25  # counts of one noun compare only in sentences this similar
KINDS = ("title", "date", "deadline", "stance", "number")

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")
_DATE = re.compile(
    r"\b(?:(?:last|this|next|previous)\s+(?:year|month|week|weekend)(?:['’]s)?"
    r"|(?:" + _MONTHS + r")\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?"
    r"|\d{1,2}\s+(?:" + _MONTHS + r")(?:\s+(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w’'\-]+")
_COUNT = re.compile(r"(?<![\w.,])(\d+(?:,\d{3})*|" + "|".join(_NUMBER_WORDS) + r")"
                    r"(?:\s+(million|billion|thousand|hundred))?[\s\-]+"
                    r"(?:([a-z]+)\s+)?([a-z]{3,})\b", re.IGNORECASE)
_COUNT_NOT_UNIT = {"of", "to", "and", "or", "the", "a", "an", "in", "on", "at", "by", "for",
                   "per", "percent", "who", "that", "which", "more", "than", "other", "was",
                   "were", "is", "are", "has", "had", "have", "with", "from", "as", "after"}
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)


# -- word lists ------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    return frozenset(read_word_list("event_nouns.txt"))


def _csv(name: str) -> tuple[dict, ...]:
    return read_table(name)


@lru_cache(maxsize=1)
def _stances() -> dict[str, str]:
    return {r["form"]: r["stance"] for r in _csv("stance_verbs.csv")}


@lru_cache(maxsize=1)
def _deadlines() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(r"\b" + r["pattern"] + r"\b", re.IGNORECASE), r["value"])
            for r in _csv("deadlines.csv")]


@lru_cache(maxsize=1)
def _leaving() -> re.Pattern:
    stems = sorted(read_word_list("leaving_verbs.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")", re.IGNORECASE)


@lru_cache(maxsize=1)
def _aliases() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(r"\b" + re.escape(r["alias"]) + r"(?!\w)"), r["canonical"])
            for r in _csv("aliases.csv")]


def _number(word: str) -> str:
    low = word.lower().replace(",", "")
    return str(_NUMBER_WORDS[low]) if low in _NUMBER_WORDS else low


# -- facts -----------------------------------------------------------------------------------
def _fact(article: Article, kind: str, topic: str, value: str, start: int, end: int,
          context: str = "") -> dict:
    return {"article": article.id, "kind": kind, "topic": topic, "value": value,
            "text": article.text[start:end], "sentence": article.sentence_at(start),
            "start": start, "end": end, "context": context}


def _role(description: str, name: str) -> str:
    """The label without the name, normalised: "United States President Donald Trump" ->
    "us president"."""
    label = description
    for part in [name] + name.split():
        label = label.replace(part, " ")
    label = " ".join(label.lower().replace("’", "'").split())
    label = re.sub(r"^(?:the|a|an)\s+", "", label).strip(" ,")
    for pattern, canonical in _aliases():
        label = pattern.sub(canonical, label)
    return label


def _titles(article: Article) -> list[dict]:
    from .descriptions import confirmed
    from .pipeline import readings

    rows = []  # the article's descriptions reading, computed once for tables and facts alike
    for d in confirmed(readings(article).descriptions).itertuples():
        role = _role(d.description, d.actor)
        if role and d.when != "past":  # a title of another time claims nothing of today
            rows.append(_fact(article, "title", d.actor, role, d.start, d.end, d.when))
    return rows


def _event_near(words: list[re.Match], i: int, j: int) -> re.Match | None:
    """An event noun among ``words[i:j]``."""
    for w in words[max(i, 0):j]:
        noun = w.group().lower().removeprefix("re-")
        if noun in _event_nouns():
            return w
    return None


def _dates(article: Article) -> list[dict]:
    rows = []
    text = article.text
    for k, (a, b) in enumerate(article.sentences):
        words = list(_WORD.finditer(text, a, b))
        starts, ends = [w.start() for w in words], [w.end() for w in words]
        for m in _DATE.finditer(text, a, b):
            after = bisect.bisect_left(starts, m.end())  # the first word after the date
            before = bisect.bisect_right(ends, m.start())  # the first word ending past it
            # "last year's presidential election", "his 2023 re-election" (event after the
            # date) or "the call, made on November 21", "his election in 2013" (before it)
            event = _event_near(words, after, after + 3) or \
                _event_near(list(reversed(words[max(before - 5, 0):before])), 0, 5)
            if event is None:
                continue
            value = re.sub(r"['’]s$", "", m.group().lower())
            lo, hi = min(m.start(), event.start()), max(m.end(), event.end())
            rows.append((k, (m.start(), m.end()), (event.start(), event.end()),
                         _fact(article, "date", event.group().lower().removeprefix("re-"),
                               value, lo, hi)))
    # the date must be the event's own ("last year's election", "the election in 2013"), not
    # a neighbour's ("the indictment, for conduct between June and July 2016")
    trees = article.language.structure(sorted({k for k, *_ in rows}))
    spans = _located(trees, [(k, span) for k, date, event, _ in rows for span in (date, event)])
    return [fact for n, (_, _, _, fact) in enumerate(rows)
            if spans[2 * n][0] is spans[2 * n + 1][0]
            and _tied(spans[2 * n][0], spans[2 * n][1], spans[2 * n + 1][1])]


def _located(trees: dict, wanted: list[tuple[int, tuple[int, int]]]) -> list[tuple]:
    """(tree, token indices) of each ``(sentence, (start, end))``, one pass a sentence."""
    by_sentence: dict[int, list[int]] = {}
    for n, (k, _) in enumerate(wanted):
        by_sentence.setdefault(k, []).append(n)
    out: list[tuple] = [(None, [])] * len(wanted)
    for k, ns in by_sentence.items():
        for n, where in zip(ns, locate(trees[k], [wanted[n][1] for n in ns]), strict=True):
            out[n] = where
    return out


def _tied(tree, xs: list[int], ys: list[int], steps: int = 3) -> bool:
    """Whether the tokens ``xs`` and ``ys`` of ``tree`` are one phrase: one reaches the
    other going up from word to head, in at most ``steps`` steps, through no verb but a
    participle of the phrase."""
    if tree is None or not xs or not ys:
        return False

    def reaches(starts, targets) -> bool:
        for i in starts:
            for _ in range(steps):
                if tree.heads[i] == i:
                    break
                i = tree.heads[i]
                if i in targets:
                    return True
                if tree.is_verb(i) and tree.deps[i] != "acl":
                    break  # a participle of the noun ("the vote, held on July 28") is
                    # the noun's own; another verb is another matter
        return False

    return reaches(xs, set(ys)) or reaches(ys, set(xs))


def _deadline_facts(article: Article) -> list[dict]:
    rows = []
    text = article.text
    for a, b in article.sentences:
        for pattern, value in _deadlines():
            for m in pattern.finditer(text, a, b):
                window = text[max(a, m.start() - 60):min(b, m.end() + 60)]
                if not _leaving().search(window):
                    continue
                groups = {k: _number(v) for k, v in m.groupdict().items() if v}
                rows.append(_fact(article, "deadline", "deadline", value.format(**groups),
                                  m.start(), m.end()))
    return rows


def _stance_facts(article: Article) -> list[dict]:
    """How a person answers: a stance verb (``resources/stance_verbs.csv``) whose subject in
    the tree is a mention of the person (through coordination and participles; a relative
    clause's subject is the noun it describes, so "Republicans who refused" is not the person
    named before), outside quotation marks and not in a condition ("if he agreed to resign").
    The fact's context is the matter answered: the words of the verb's object or complement,
    and of the sentence before when that is only "the demand" or "these requests"."""
    from .entities import SpanSet, union_spans

    text = article.text
    quoted = SpanSet(union_spans((r.start, r.end) for r in article.quote_regions))
    candidates = []
    for k, (a, b) in enumerate(article.sentences):
        for w in _WORD.finditer(text, a, b):
            stance = _stances().get(w.group().lower())
            if stance is None or w.start() in quoted:
                continue
            clause_start = max([a] + [text.rfind(c, a, w.start()) for c in ",;:—"])
            if _CONDITIONAL.search(text, clause_start, w.start()):
                continue
            candidates.append((k, w, stance))
    if not candidates:
        return []
    mentions = article.actors.person_mentions()
    starts = [m[0] for m in mentions]
    trees = article.language.structure(sorted({k for k, _, _ in candidates}))
    rows = []
    where = _located(trees, [(k, (w.start(), w.end())) for k, w, _ in candidates])
    for (k, w, stance), (tree, found) in zip(candidates, where, strict=True):
        if tree is None or not tree.is_verb(found[0]):
            continue
        subject = tree.subject(found[0])
        if subject is None:
            continue
        pos = tree.tokens[subject].start
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or not mentions[i][0] <= pos < mentions[i][1]:
            continue  # the subject is no person's mention
        rows.append(_fact(article, "stance", mentions[i][2].name, stance, pos, w.end(),
                          " ".join(sorted(_matter(article, k, tree, found[0])))))
    return rows


_MATTER_DEPS = ("obj", "iobj", "xcomp", "ccomp", "obl")


def _matter(article: Article, k: int, tree, verb: int) -> set[str]:
    """Word stems of what the verb at ``verb`` answers (see :func:`_stance_facts`)."""
    words: list[str] = []
    for c in tree.children(verb, *_MATTER_DEPS):
        first, last = tree.subtree(c)
        words += [tree.tokens[i].text for i in range(first, last + 1)]
    own = _content_stems(words)
    if len(own) <= 1 and k > 0:  # "refused the demand": the demand is the sentence before's
        own |= _content_stems(t.text for t in article.language.sentences[k - 1])
    return own


def _content_stems(words) -> set[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    stem = _stemmer().stem
    return {stem(w.lower()) for w in words
            if w.isalpha() and len(w) > 2 and w.lower() not in ENGLISH_STOP_WORDS}


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


def _counts(article: Article) -> list[dict]:
    """A count of something ("killed 12 people"): the topic is the counted noun, the context
    what makes two counts of it one count: the noun's modifiers and the stem of the verb it is
    counted by in the tree ("12 people" killed against "11 hijackers were Saudi": another
    verb, another count)."""
    from .entities import SpanSet, union_spans

    rows = []
    text = article.text
    # a count inside quotation marks is the speaker's ("not a one-way street"), as a stance is
    quoted = SpanSet(union_spans((r.start, r.end) for r in article.quote_regions))
    for k, (a, b) in enumerate(article.sentences):
        for m in _COUNT.finditer(text, a, b):
            if m.start() in quoted:
                continue
            number, scale, middle, unit = m.groups()
            if middle and unit.lower() in _COUNT_NOT_UNIT:  # "12 people and": the noun is
                middle, unit = None, middle               # the word before the stop word
            if unit.lower() in _COUNT_NOT_UNIT or (middle or "").lower() in _COUNT_NOT_UNIT \
                    or re.fullmatch(r"(?:19|20)\d\d", number):
                continue
            if number[0].isupper() and m.start() > a and text[m.start() - 2] not in ".!?\n":
                continue  # a number word inside a name: "Ground Zero mosque"
            value = _number(number) + (f" {scale.lower()}" if scale else "")
            rows.append((k, m, _fact(article, "number", unit.lower().removesuffix("s"), value,
                                     m.start(), m.end())))
    trees = article.language.structure(sorted({k for k, _, _ in rows}))
    out = []
    where = _located(trees, [(k, (m.start(4), m.end(4))) for k, m, _ in rows])
    for (_, m, fact), (tree, found) in zip(rows, where, strict=True):
        if tree is None:
            continue
        noun = found[-1]
        mods = sorted(tree.tokens[c].text.lower() for c in tree.children(noun, "amod", "compound")
                      if not m.start(1) <= tree.tokens[c].start < m.end(1))
        clause = tree.clause_of(noun)
        verb = _stemmer().stem(tree.tokens[clause].text.lower()) if clause is not None else ""
        out.append({**fact, "context": " ".join([verb, *mods])})
    return out


def facts(article: Article) -> pd.DataFrame:
    """Every comparable fact in the article: one row each, columns in the README codebook."""
    rows = (_titles(article) + _dates(article) + _deadline_facts(article)
            + _stance_facts(article) + _counts(article))
    return pd.DataFrame(rows, columns=FACT_COLUMNS).drop_duplicates(
        ["kind", "topic", "value", "start"]).reset_index(drop=True)


# -- alignment -------------------------------------------------------------------------------
class Similarity:
    """TF-IDF cosine similarity between the sentences of a set of articles, as sparse
    matrices: only pairs of sentences that share a word are stored. Articles of up to a few
    thousand sentences are compared pair by pair; past that, two sentences are compared only
    when they share a word found in at most ``RARE`` sentences of each article (a word in more
    sentences carries little weight, and pairing on it would make the work grow with the
    square of the article), so the work stays linear in the articles' length."""

    EXACT_PAIRS = 4_000_000  # sentences of a × sentences of b compared all with all
    RARE = 20

    def __init__(self, articles: list[Article]):
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.texts = {a.id: [a.text[x:y] for x, y in a.sentences] for a in articles}
        corpus = [s for sents in self.texts.values() for s in sents]
        self.vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
        try:
            self.vectorizer.fit(corpus)
        except ValueError:  # no words but stop words (or none at all): nothing to align
            self.vectorizer = None
        self._cache: dict[tuple[str, str], object] = {}

    def matrix(self, a: str, b: str):
        """(sentences of a) × (sentences of b) cosine similarities, a sparse matrix (CSR)."""
        from scipy import sparse

        if (a, b) not in self._cache:
            shape = (len(self.texts[a]), len(self.texts[b]))
            if self.vectorizer is None or 0 in shape:
                self._cache[(a, b)] = sparse.csr_matrix(shape)
            else:
                self._cache[(a, b)] = _cosine(self.vectorizer.transform(self.texts[a]),
                                              self.vectorizer.transform(self.texts[b]),
                                              self.EXACT_PAIRS, self.RARE)
        return self._cache[(a, b)]


def _cosine(x, y, exact_pairs: int, rare: int):
    """Cosine similarities of the rows of x and y (TF-IDF rows, unit length)."""
    import numpy as np
    from scipy import sparse

    if x.shape[0] * y.shape[0] <= exact_pairs:
        return (x @ y.T).tocsr()
    per_term_x = np.diff(x.tocsc().indptr)  # in how many sentences each word is
    per_term_y = np.diff(y.tocsc().indptr)
    keep = np.flatnonzero((per_term_x <= rare) & (per_term_y <= rare))
    candidates = (x[:, keep] @ y[:, keep].T).tocoo()
    rows, cols = candidates.row, candidates.col
    values = np.empty(len(rows))
    for start in range(0, len(rows), 100_000):  # exact values over every word, in chunks
        part = slice(start, start + 100_000)
        values[part] = np.asarray(x[rows[part]].multiply(y[cols[part]]).sum(axis=1)).ravel()
    return sparse.csr_matrix((values, (rows, cols)), shape=(x.shape[0], y.shape[0]))


def align(articles: list[Article], min_similarity: float = 0.15,
          similarity: Similarity | None = None) -> pd.DataFrame:
    """For each pair of articles, each sentence of the first with its most similar sentence
    in the second (when at least ``min_similarity``); ``mutual`` when each is the other's
    best match."""
    import numpy as np

    sim = similarity or Similarity(articles)
    rows = []
    for art_a, art_b in combinations(articles, 2):
        m = sim.matrix(art_a.id, art_b.id)
        if m.nnz == 0:
            continue
        best_b = np.asarray(m.argmax(axis=1)).ravel()
        best_a = np.asarray(m.argmax(axis=0)).ravel()
        top = m.max(axis=1).toarray().ravel()
        for i in np.flatnonzero(top >= min_similarity):
            j = int(best_b[i])
            rows.append({"article_a": art_a.id, "sentence_a": int(i), "article_b": art_b.id,
                         "sentence_b": j, "similarity": round(float(top[i]), 4),
                         "mutual": bool(best_a[j] == i),
                         "text_a": sim.texts[art_a.id][i], "text_b": sim.texts[art_b.id][j]})
    table = pd.DataFrame(rows, columns=ALIGN_COLUMNS)
    return table.sort_values(["article_a", "article_b", "similarity"],
                             ascending=[True, True, False], kind="stable").reset_index(drop=True)


# -- which articles tell the same story ----------------------------------------------------
STORY_SIMILARITY = 0.25  # two sentences this similar (TF-IDF cosine) tell the same thing
STORY_SENTENCES = 3  # and two articles with this many such sentences tell the same story
STORY_MAX_ARTICLES = 40  # past this, sets are named by the user (``run --set``)


def same_story(articles: list[Article], similarity: Similarity | None = None
               ) -> list[list[Article]]:
    """The groups of articles that tell the same story: two articles do when at least
    ``STORY_SENTENCES`` sentences of each (every sentence of an article shorter than that)
    have a match in the other at a TF-IDF cosine of ``STORY_SIMILARITY`` or more; groups are
    joined through shared members. Measured on the seeds (4 such sentences) against 300
    random pairs of PolNeAR's 2016 political news (0.7% reach 3). Groups of one are left
    out."""
    if len(articles) > STORY_MAX_ARTICLES:
        return []
    sim = similarity or Similarity(articles)
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in combinations(range(len(articles)), 2):
        m = sim.matrix(articles[i].id, articles[j].id)
        if m.nnz == 0:
            continue
        alike = min(int((m.max(axis=1).toarray() >= STORY_SIMILARITY).sum()),
                    int((m.max(axis=0).toarray() >= STORY_SIMILARITY).sum()))
        if alike >= min(STORY_SENTENCES, *m.shape):  # a short article: all its sentences
            parent[root(j)] = root(i)
    groups: dict[int, list[Article]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(root(i), []).append(article)
    return [g for g in groups.values() if len(g) >= 2]


# -- differences -----------------------------------------------------------------------------
def differences(articles: list[Article], fact_tables: dict[str, pd.DataFrame] | None = None,
                similarity: Similarity | None = None) -> pd.DataFrame:
    """Where the articles disagree: for each pair of articles and each topic on which each
    gives a value the other does not, the closest pair of such facts (by the similarity of
    their sentences) for each unmatched value. Columns in the README codebook."""
    sim = similarity or Similarity(articles)
    tables = {k: _with_same(t) for k, t in
              (fact_tables or {a.id: facts(a) for a in articles}).items()}
    rows = []
    for art_a, art_b in combinations(articles, 2):
        fa, fb = tables[art_a.id], tables[art_b.id]
        m = sim.matrix(art_a.id, art_b.id)
        for (kind, topic, same), part_a in fa.groupby(["kind", "topic", "same"], sort=False):
            part_b = fb[(fb["kind"] == kind) & (fb["topic"] == topic) & (fb["same"] == same)]
            if part_b.empty:
                continue
            only_a = part_a[~part_a["value"].isin(set(part_b["value"]))]
            only_b = part_b[~part_b["value"].isin(set(part_a["value"]))]
            if only_a.empty or only_b.empty:
                continue
            pairs = {}
            for x, y in _closest(m, list(only_a.itertuples()), list(only_b.itertuples())):
                pairs[(x.Index, y.Index)] = (x, y)
            for y, x in _closest(m.T.tocsr(), list(only_b.itertuples()),
                                 list(only_a.itertuples())):
                pairs[(x.Index, y.Index)] = (x, y)
            for x, y in pairs.values():
                similar = round(_pair_similarity(m, x, y), 4)
                verdict = _judge(kind, x.value, y.value, art_a, art_b, similar,
                                 (x.context, y.context))
                if verdict is None:  # the same thing said two ways, or two different things
                    continue
                rows.append({"kind": kind, "type": verdict[0], "rule": verdict[1],
                             "topic": topic, "article_a": art_a.id, "value_a": x.value,
                             "text_a": x.text, "sentence_a": x.sentence,
                             "article_b": art_b.id, "value_b": y.value, "text_b": y.text,
                             "sentence_b": y.sentence, "similarity": similar,
                             "why": verdict[2]})
    table = pd.DataFrame(rows, columns=DIFF_COLUMNS)
    if table.empty:
        return table
    # one row per distinct disagreement: the best-matched pair of sentences for it
    table = table.sort_values("similarity", ascending=False, kind="stable")
    table = table.drop_duplicates(["article_a", "article_b", "kind", "topic", "value_a",
                                   "value_b"])
    order = {k: i for i, k in enumerate(KINDS)}
    return table.sort_values(["article_a", "article_b", "kind", "topic", "similarity"],
                             key=lambda s: s.map(order) if s.name == "kind" else s,
                             ascending=[True, True, True, True, False],
                             kind="stable").reset_index(drop=True)


def _with_same(table: pd.DataFrame) -> pd.DataFrame:
    """``same``: what two facts of one kind and topic must share to be compared at all: for a
    count, its context (the same modifiers, counted by the same verb)."""
    return table.assign(same=table["context"].where(table["kind"] == "number", ""))


def year_of(value: str, article: Article) -> int | None:
    """The year a date value means: a year as written; "last year" and the like from the
    article's date when it has one; None when it cannot be told."""
    m = re.search(r"(?:19|20)\d\d", value)
    if m:
        return int(m.group())
    published = re.match(r"(?:19|20)\d\d", article.date or "")
    if published is None:
        return None
    year = int(published.group())
    if re.match(r"(?:last|previous) year", value):
        return year - 1
    if re.match(r"next year", value):
        return year + 1
    if re.match(r"this year", value) or re.match(_MONTHS, value, re.IGNORECASE):
        return year
    return None


def _judge(kind: str, a: str, b: str, art_a: Article, art_b: Article,
           similar: float, context: tuple[str, str] = ("", "")) -> tuple[str, str, str] | None:
    """Whether two values of one topic are a fact in conflict, a label, or nothing to report
    (the same thing written two ways, or two different things): (type, rule, why)."""
    if kind == "title":
        (office_a, former_a), (office_b, former_b) = office(a), office(b)
        if "tenure" in context and former_a != former_b:
            return None  # "the longest-serving governor" is true of a former one too
        if office_a and office_a == office_b and former_a != former_b:
            return ("conflict", "current or former role",
                    f"one article has the {office_a} in office, the other a former one")
        if office_a and office_a == office_b:
            return None  # one office spelled two ways; a state or party is a detail
        return ("label", "labelled differently",
                "how each article names the person: framing, not a disagreement")
    if kind == "date":
        year_a, year_b = year_of(a, art_a), year_of(b, art_b)
        if year_a is None or year_b is None:
            return None  # "last year" of an undated article: more specific is compatible
        if year_a == year_b:
            return None
        if abs(year_a - year_b) > SAME_EVENT_YEARS:
            return None  # years this far apart are two events of one kind
        return ("conflict", "different years for one event",
                f"{a} is {year_a}, {b} is {year_b}")
    if kind == "number":
        if similar < SAME_COUNT_SIMILARITY:
            return None  # counts of one noun in sentences about different things
        return ("conflict", "different counts", f"{a} against {b}, in similar sentences")
    if kind == "deadline":
        return ("conflict", "different deadlines", f"{a} against {b}")
    if kind == "stance":
        shared = set(context[0].split()) & set(context[1].split())
        if not shared:
            return None  # answers to two different matters
        return ("conflict", "opposite answers", f"{a}s in one article, {b}s in the other "
                f"(on the same matter: {', '.join(sorted(shared)[:3])})")
    return None


def _pair_similarity(m, x, y) -> float:
    if x.sentence < 0 or y.sentence < 0 or m.nnz == 0:
        return 0.0
    return float(m[x.sentence, y.sentence])


def _closest(m, facts: list, others: list) -> Iterator[tuple]:
    """Each of ``facts`` with the one of ``others`` (facts of the other article) whose
    sentence is most similar to its own (the first of them when none shares a word with it).
    Only the similarities stored for a fact's sentence are looked at, so this is linear in
    the facts, not their product."""
    first: dict[int, tuple[int, object]] = {}  # sentence → the first other fact in it
    for k, other in enumerate(others):
        if other.sentence >= 0:
            first.setdefault(other.sentence, (k, other))
    for fact in facts:
        best, best_key = others[0], (0.0, 0)
        if fact.sentence >= 0 and m.nnz:
            row = slice(m.indptr[fact.sentence], m.indptr[fact.sentence + 1])
            for j, value in zip(m.indices[row].tolist(), m.data[row].tolist(), strict=True):
                if j in first and (value, -first[j][0]) > best_key:
                    best, best_key = first[j][1], (value, -first[j][0])
        yield fact, best


def describe(diffs: pd.DataFrame) -> str:
    """Plain words: how many differences, of which kinds."""
    conflicts = diffs[diffs["type"] == "conflict"] if len(diffs) else diffs
    labels = len(diffs) - len(conflicts)
    tail = (f" {labels} person{'s are' if labels != 1 else ' is'} labelled differently "
            "(framing, not a disagreement).") if labels else ""
    if conflicts.empty:
        return ("The articles do not contradict each other on roles, dates, deadlines, "
                "answers or counts that the tool can compare." + tail)
    counts = conflicts["rule"].value_counts()
    kinds = ", ".join(f"{n} × {k}" for k, n in counts.items())
    return (f"{len(conflicts)} fact{'s' if len(conflicts) != 1 else ''} in conflict: "
            f"{kinds}.{tail}")


def profiles(articles: list[Article]) -> dict[str, pd.DataFrame]:
    """Each article's readings (:mod:`analysis.pipeline`), stacked into one table per reading
    (column ``article``): ``sentiment`` (per voice), ``mentions`` and ``actors`` (sentiment
    towards each person), ``quotes``, ``sources`` (per-article summary), ``frames`` and
    ``descriptions``."""
    from .pipeline import readings

    parts: dict[str, list[pd.DataFrame]] = {k: [] for k in PROFILE_READINGS}
    for article in articles:
        r = readings(article)
        for name, reading in PROFILE_READINGS.items():
            parts[name].append(getattr(r, reading))
    return {k: pd.concat(v, ignore_index=True) if v else pd.DataFrame()
            for k, v in parts.items()}


# The comparison's tables and the reading each comes from.
PROFILE_READINGS = {"sentiment": "tone", "mentions": "mentions", "actors": "actors",
                    "quotes": "quotes", "sources": "summary", "frames": "frames",
                    "descriptions": "descriptions"}
