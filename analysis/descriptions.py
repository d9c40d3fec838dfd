"""How each person is labelled, read from the clause structure: one row per label tied to a
person's name by the sentence's structure, never by nearness alone.

- ``title``: the words before the name that modify it ("Sen. Joe Lieberman", "White House
  press secretary Josh Earnest", "Secretary of State Hillary Clinton");
- ``apposition``: a noun phrase set beside the name ("Josh Earnest, the White House
  spokesman,");
- ``predicate``: a noun phrase the name is the subject of ("Earnest is the White House
  spokesman");
- ``description``: a definite description the actor layer resolved to the person ("the
  embattled president"), kept only when the article itself labels that person with the same
  noun (agreement: "the president" is Trump's only where Trump is called president).

The tagger and parser (:mod:`analysis.language.structure`) decide: a label is made of nouns
and adjectives (a title's own "of": "governor of Arkansas"), and never takes a verb, a
preposition, a determiner, a number, or another person's name ("criticized President Barack
Obama" is labelled "president"; "GOP nominee Donald Trump's running mate Mike Pence" gives
Trump "gop nominee" and Pence "running mate"). Each label also says *when* it speaks of
(column ``when``, from the words of ``resources/past_time.csv``):

- ``past``: the name sits in a time phrase of the past ("during", "under", "then-"), in a
  "when … was" clause, or in a clause dated before the article's year ("President Clinton
  signed the law in 1996");
- ``tenure``: the label speaks of a whole tenure ("the longest-serving governor", "the first
  female speaker": a superlative or an ordinal);
- ``now``: none of these, the time of the story.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .language.structure import locate
from .wordlists import read_table, read_word_list

if TYPE_CHECKING:  # imported where a table is made: the quotes command asks this module
    import pandas as pd  # for its person nouns only

COLUMNS = ["article", "actor", "kind", "description", "start", "end", "when"]
KINDS = ("title", "apposition", "predicate", "description")
MAX_LABEL_TOKENS = 12  # an apposition longer than this is a clause about the person
_LABEL_TAGS = {"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "HYPH", "POS", "AFX"}
_PARTICIPLE_DEPS = {"amod", "compound"}  # "running mate", "elected official"
_APPOSITION_OPENS = {",", "(", "—", "–"}
_SUPERLATIVE = re.compile(r"[a-z]{3,}est-")  # "longest-serving", "highest-ranking"
_YEAR = re.compile(r"(?:19|20)\d\d")
_TIED_CLAUSES = {"ccomp", "advcl", "acl", "acl:relcl", "xcomp", "parataxis", "csubj"}


@lru_cache(maxsize=1)
def _past_words() -> dict[str, set[str]]:
    """``resources/past_time.csv``: role (preposition, conjunction, adverb, ordinal, free)
    -> its words."""
    out: dict[str, set[str]] = {}
    for row in read_table("past_time.csv"):
        out.setdefault(row["role"], set()).add(row["word"])
    return out


def _title_words() -> set[str]:
    from .entities import titles

    return titles()


def _is_title_word(word: str) -> bool:
    return word.lower().rstrip(".").replace("’", "'") in _title_words()


_PERSON_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|aire|man|woman|person|ess)s?$")


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    return frozenset(read_word_list("person_nouns.txt"))


def is_person_noun(word: str, strict: bool = False) -> bool:
    """Whether a label's head names a person (``resources/person_nouns.txt``, titles,
    gendered nouns, or a person's ending: "front-runner", "billionaire"; "-ent" but not
    "-ment"). ``strict``: only the endings that things do not share ("-ist", "-ian",
    "-man", "-woman", "-person": "historian", "spokeswoman"; not "-er": "paper", "letter"),
    for a phrase that has nothing else to show it is a person ("The chief medical officer")."""
    from .names import noun_gender

    w = word.lower().rstrip(".").replace("’", "'")
    last = w.rsplit("-", 1)[-1]
    ending = len(last) >= 6 and _STRICT_ENDING.search(last) if strict else \
        _PERSON_ENDING.search(last)
    nouns = _person_nouns()
    return (w in _title_words() or w in nouns or last in nouns or _singular(last) in nouns
            or noun_gender(w) is not None or bool(ending)
            and not last.endswith(("ment", "ments")))  # "statement", "document": no one


def _singular(word: str) -> str:
    """The singular of a plural noun, as the list has it: "critics", "allies", "witnesses"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def is_listed_plural(word: str) -> bool:
    """Whether ``word`` is the plural of a noun of ``person_nouns.txt`` ("Advocates",
    "Critics"), not a name that happens to end like a person ("Hess", "Sanders")."""
    w = word.lower()
    return w != _singular(w) and _singular(w) in _person_nouns()


_STRICT_ENDING = re.compile(r"(?:ist|ian|man|woman|person)$")


def _honorific(word: str) -> bool:
    """Mr., Mrs., Ms., Miss: a courtesy before a name, not a label."""
    from .names import honorific_gender

    return honorific_gender(word.rstrip(".")) is not None


def descriptions(article) -> pd.DataFrame:
    """One row per label of a person in ``article`` (:class:`analysis.loaders.Article`):
    ``actor`` (the person's name), ``kind`` (title, apposition, predicate or description),
    ``description`` (the label's words as written), ``start``/``end`` (offsets of the label,
    or of the label and the name for a title), ``when`` (now, past or tenure)."""
    import pandas as pd

    from .compare import office

    text, actors = article.text, article.actors
    mentions = actors.person_mentions(pronouns=False)
    if not mentions:
        return pd.DataFrame([], columns=COLUMNS)
    by_sentence: dict[int, list] = {}
    for m in mentions:
        k = article.sentence_at(m[0])
        if k >= 0:
            by_sentence.setdefault(k, []).append(m)
    trees = article.language.structure(by_sentence)
    year = _year(article.date)
    rows: list[dict] = []
    pending: list[tuple] = []  # definite descriptions, checked against the labels found
    for k, found in by_sentence.items():
        located = [(m, *where) for m, where in
                   zip(found, locate(trees[k], [(m[0], m[1]) for m in found]), strict=True)]
        owners: dict[int, list[tuple[int, str]]] = {}  # tree -> (token, whose name)
        for (_, _, actor, _), tree, span in located:
            if tree is not None:
                owners.setdefault(id(tree), []).extend((i, actor.name) for i in span)
        for (a, b, actor, via), tree, span in located:
            if tree is None:
                continue
            others = {i for i, who in owners[id(tree)] if who != actor.name}
            if via == "description":
                pending.append((actor, a, b, tree, span))
                continue
            for kind, first, last in _labels(tree, span, others):
                start = tree.tokens[first].start
                end = b if kind == "title" else tree.tokens[last].end
                rows.append({"article": article.id, "actor": actor.name, "kind": kind,
                             "description": text[start:end], "start": start, "end": end,
                             "when": _when(tree, span, first, last, year)})
    labelled: dict[str, tuple[set[str], set[str]]] = {}  # actor -> (words, offices)
    for r in rows:
        words, offices = labelled.setdefault(r["actor"], (set(), set()))
        words.update(re.findall(r"[\w’'\-]+", r["description"].lower()))
        offices.add(office(r["description"].lower())[0])
    for actor, a, b, tree, span in pending:
        last = span[-1]
        if not _heads_its_phrase(tree, last):
            continue  # "the general election": the title word is not the phrase's head
        if not _agrees(tree, span, actor, *labelled.get(actor.name, (set(), set()))):
            continue
        rows.append({"article": article.id, "actor": actor.name, "kind": "description",
                     "description": text[a:b], "start": a, "end": b,
                     "when": _when(tree, span, span[0], last, year)})
    rows.sort(key=lambda r: (r["start"], -r["end"]))
    # "Tim Scott is the longest-serving senator": one label, read as a predicate and as a
    # description the actor layer resolved; the one holding the other is kept
    kept: list[dict] = []
    reach: dict[str, int] = {}  # actor -> end of their last label kept
    for r in rows:
        if r["end"] <= reach.get(r["actor"], -1):
            continue
        kept.append(r)
        reach[r["actor"]] = r["end"]
    return pd.DataFrame(kept, columns=COLUMNS)


def _agrees(tree, span: list[int], actor, words: set[str], offices: set) -> bool:
    """Whether a definite description ("the Venezuelan president") agrees with what the
    article says of the person it was resolved to (``words`` and ``offices`` of their other
    labels): each of its modifiers that is not a
    word of judgement or time ("embattled", "former"; ``resources/past_time.csv``, role
    ``free``) is a word of the person's labels, and its noun is one of their titles or at
    least no other office than theirs ("the president" is not the man the article calls
    senator)."""
    from .compare import office

    free = _past_words().get("free", set())
    for i in span[1:-1]:
        w = tree.tokens[i].text.lower()
        if w not in words and w not in actor.descriptors and w not in free:
            return False
    noun = tree.tokens[span[-1]].text.lower()
    if noun in words or noun in actor.descriptors:
        return True
    mine = offices - {None}
    return not mine or office(noun)[0] in mine


def _heads_its_phrase(tree, i: int) -> bool:
    """Whether the title word ``i`` of a definite description is its phrase's noun: tagged
    a noun, and not a modifier of the noun after it ("the justice system"). A compound the
    parser chains on past the next word is read as the title's own phrase."""
    if tree.tags[i] not in ("NN", "NNS"):
        return False
    nxt = i + 1
    if nxt >= len(tree.tokens) or not tree.tags[nxt].startswith("NN"):
        return True
    return tree.heads[i] != nxt or tree.deps[nxt] == "compound"


def confirmed(table: pd.DataFrame) -> pd.DataFrame:
    """The labels of a descriptions table (one article's or several) that each article
    itself confirms: every title, apposition and predicate, and the definite descriptions
    whose noun or a modifier is a word of another label of the same person in the same
    article ("the Venezuelan president" where the person is "Venezuelan leader Nicolás
    Maduro"). What compares articles takes only these: a description resolved to a person
    by nearness alone may be another person's."""
    free = _past_words().get("free", set())
    words: dict[tuple[str, str], set[str]] = {}  # (article, actor) -> words of their labels
    for r in table[table["kind"] != "description"].itertuples():
        words.setdefault((r.article, r.actor), set()).update(_words(r.description))
    keep = [r.kind != "description" or bool((_words(r.description) - free - {"the"})
                                             & words.get((r.article, r.actor), set()))
            for r in table.itertuples()]
    return table[keep]


def _words(label: str) -> set[str]:
    return {w.rstrip(".") for w in re.findall(r"[\w.’'\-]+", label.lower())}


def _year(date: str | None) -> int | None:
    m = _YEAR.match(date or "")
    return int(m.group()) if m else None


def _labels(tree, span: list[int], others: set[int]):
    """(kind, first token, last token) of each label tied to the name ``span``."""
    name = set(span)
    if _modifies_a_noun(tree, span):
        return
    first = _title_start(tree, span, others)
    if first is not None:
        yield "title", first, span[0] - 1
    for i in span:
        for k in tree.children(i, "appos", "list"):
            if k <= span[-1] or k in others or any(o in others for o in range(span[-1], k)):
                continue  # another person named in between: the apposition is theirs
            got = _noun_label(tree, k, name | others)
            opened = tree.phrase(k)[0] - 1
            if got and opened > span[-1] and tree.tokens[opened].text in _APPOSITION_OPENS:
                yield "apposition", *got  # set off by a comma: "Petro, Colombia's president,"
    head = _name_head(tree, span)
    if first is not None and tree.heads[head] in range(first, span[0]) and \
            tree.deps[head] in ("flat", "compound", "nmod", "nmod:desc", "appos"):
        head = tree.heads[head]  # the parser made the title the phrase's head
    opening = (first if first is not None else span[0]) - 1
    supposed = opening >= 0 and tree.tokens[opening].text.lower() in ("if", "unless", "whether")
    if tree.deps[head] == "nsubj" and tree.heads[head] != head and not supposed:
        pred = tree.heads[head]  # ("if Trump were a woman": supposed, not said)
        if tree.children(pred, "cop") and tree.tags[pred] in ("NN", "NNS") and pred > head:
            got = _noun_label(tree, pred, name | others)
            if got:
                yield "predicate", *got


def _not_a_label_word(word: str) -> bool:
    """A capitalised first name (the rest of a name: "former secretary of State Hillary"
    is no label of "Clinton") or a day or month ("Monday")."""
    from .entities import _CALENDAR
    from .names import is_common_first_name

    return word.lower() in _CALENDAR or (word[:1].isupper() and not _is_title_word(word)
                                         and is_common_first_name(word))


def _spaced(tree, k: int) -> bool:
    """Whether token ``k`` stands apart, with a space on each side ("N.H. - Sen.")."""
    toks = tree.tokens
    return 0 < k < len(toks) - 1 and toks[k - 1].end < toks[k].start and \
        toks[k].end < toks[k + 1].start


def _modifies_a_noun(tree, span: list[int]) -> bool:
    """The name used as a modifier of a noun after it ("Sanders supporters", "the Trump
    campaign"): the phrase is not about the person, and no label is theirs."""
    head = _name_head(tree, span)
    h = tree.heads[head]
    return tree.deps[head] == "compound" and h > span[-1] and tree.tags[h].startswith("NN")


def _negated(tree, i: int) -> bool:
    """A predicate or apposition that is denied or only supposed: "X is not a racist",
    "never a candidate", "could very well be the nominee", "isn't even a candidate", "if
    Donald Trump were a woman"."""
    return any(tree.tokens[k].text.lower() in ("not", "n't", "never", "no", "even")
               for k in tree.children(i, "advmod", "neg", "det")) or \
        any(tree.tags[k] == "MD" for k in tree.children(i, "aux")) or \
        any(tree.tokens[k].text.lower() in ("if", "unless", "whether")
            for k in tree.children(i, "mark"))


def _name_head(tree, span: list[int]) -> int:
    inside = set(span)
    return next((i for i in span if tree.heads[i] not in inside or tree.heads[i] == i),
                span[-1])


def _title_start(tree, span: list[int], others: set[int]) -> int | None:
    """The first token of the title before the name, or None: the nouns and adjectives right
    before it (a title's "of" between two of them), tied to the name by the tree, with at
    least one common noun, adjective or title word (a capitalised word alone is more name:
    "Chelsea Clinton")."""
    k = span[0] - 1
    taken: list[int] = []
    while k >= 0 and k not in others:
        tag, word = tree.tags[k], tree.tokens[k].text
        if (tag == "NNS" or tag == "NNPS" and not taken) and not _is_title_word(word):
            break  # a plural is not one person's title ("Clinton ties ... Jeb Bush",
            # "Floridians Jeb Bush"), but may be in one ("United States President")
        if _not_a_label_word(word):
            break  # "Hillary" in "Hillary Clinton" (a first name), "Monday"
        if _honorific(word) or (tag == "HYPH" and (not taken or _spaced(tree, k))):
            break  # "Mr. Rubio", "LOS ANGELES - Hillary Clinton": no label
        participle = tag.startswith("VB") and tree.deps[k] in _PARTICIPLE_DEPS and taken \
            and tree.tags[taken[-1]] == "NN"  # "running mate", not "elevating Sen."
        if tag in _LABEL_TAGS or participle:
            if tag == "POS":
                break  # "Trump's running mate": the possessor is another person or thing
            taken.append(k)
        elif word.lower() in ("of", "for") and taken and k > 0 and \
                _is_title_word(tree.tokens[k - 1].text):
            taken.append(k)  # "Secretary of State"
        else:
            break
        k -= 1
    while taken and tree.tags[taken[-1]] in ("HYPH", "POS") or (
            taken and tree.tokens[taken[-1]].text.lower() in ("of", "for")):
        taken.pop()
    if not taken:
        return None
    # each word hangs on the title or the name, or the name on it (the parser may make the
    # title the phrase's head: "Secretary of State Hillary Clinton"); the label ends at the
    # first word that does neither ("Monday support Democratic candidate Hillary Clinton")
    heads_of_name = {tree.heads[i] for i in span}
    inside = set(span)
    for n, t in enumerate(taken):
        word = tree.tokens[t].text
        if tree.heads[t] in inside or t in heads_of_name or word[:1].isupper() or \
                _is_title_word(word):
            inside.add(t)  # a capitalised word or a title next to the name is taken on
            continue       # the tagger's word ("Vice President Delcy Rodríguez")
        taken = taken[:n]
        break
    while taken and tree.tags[taken[-1]] in ("HYPH", "POS") or (
            taken and tree.tokens[taken[-1]].text.lower() in ("of", "for")):
        taken.pop()
    if not taken:
        return None
    head = taken[0]  # the word next to the name: a person's noun or a proper one
    if not (is_person_noun(tree.tokens[head].text) or tree.tags[head].startswith("NNP")):
        return None  # "advantage Sanders", "certain Rubio"
    if not any(tree.tags[t] in ("NN", "NNS", "JJ", "JJR", "JJS") or
               _is_title_word(tree.tokens[t].text) or is_person_noun(tree.tokens[t].text)
               for t in taken):
        return None
    return min(taken)


def _noun_label(tree, head: int, exclude: set[int]) -> tuple[int, int] | None:
    """The noun phrase headed by ``head`` without its determiner, as (first, last) token:
    None when it is not a description (a name, another person, a clause's worth of words)."""
    if tree.tags[head] not in ("NN", "NNP") or head in exclude:
        return None  # one person's label is a singular noun ("Mary Jones, the people")
    if tree.tags[head].startswith("NNP") and not _is_title_word(tree.tokens[head].text):
        return None  # a name, not a label
    if not is_person_noun(tree.tokens[head].text) or tree.children(head, "case") or \
            _negated(tree, head):
        return None  # "a majority of likely voters", "under fire over his taxes", "not a racist"
    clauses = tuple(k for k in tree.kids[head] if tree.deps[k] in _TIED_CLAUSES
                    or tree.deps[k] in ("appos", "punct", "conj", "cc"))
    first, last = tree.phrase(head, exclude=clauses)
    while first < head and tree.tokens[first].text in _APPOSITION_OPENS:
        first += 1
    while last > head and tree.tags[last] in (",", ".", ":", "''", "-RRB-"):
        last -= 1
    if last - first + 1 > MAX_LABEL_TOKENS or any(i in exclude for i in range(first, last + 1)):
        return None
    return first, last


def _when(tree, span: list[int], first: int, last: int, year: int | None) -> str:
    """now, past or tenure: see the module's description."""
    words = _past_words()
    label = range(min(first, span[0]), max(last, span[-1]) + 1)
    lowered = [tree.tokens[i].text.lower() for i in label]
    if any(tree.tags[i] in ("JJS", "RBS") for i in range(first, last + 1)) or any(
            w in words.get("ordinal", ()) or _SUPERLATIVE.match(w) for w in lowered):
        return "tenure"
    if any(w in words.get("adverb", ()) or w.startswith("then-") for w in lowered):
        return "past"
    before = min(label) - 1
    if before >= 0 and tree.tokens[before].text.lower() in words.get("preposition", ()):
        return "past"  # "during President Obama's second term", "under President Clinton"
    head = _name_head(tree, span)
    for k in tree.children(head, "case"):
        if tree.tokens[k].text.lower() in words.get("preposition", ()):
            return "past"
    clause = tree.clause_of(head)
    if clause is None:
        return "now"
    for c in _clauses_up(tree, clause):
        marks = {tree.tokens[k].text.lower() for k in tree.children(c, "mark", "advmod")}
        if marks & words.get("conjunction", set()) and _past_tense(tree, c):
            return "past"  # "when Clinton was president"
    own = _clause_tokens(tree, clause)
    for i in own:
        w = tree.tokens[i].text.lower()
        if w in words.get("adverb", ()):
            return "past"  # "years ago", "at the time"
        if _YEAR.fullmatch(w) and tree.tags[i] == "CD":
            y = int(w)
            if (year is not None and y < year) or (year is None and _past_tense(tree, clause)):
                return "past"  # "signed the law in 1996"
    return "now"


def _clauses_up(tree, c: int):
    """Clause ``c`` and the clauses it is part of, up to the sentence's root."""
    seen = 0
    while seen < 12:
        yield c
        if tree.heads[c] == c:
            return
        c = tree.clause_of(tree.heads[c])
        if c is None:
            return
        seen += 1


def _past_tense(tree, c: int) -> bool:
    return tree.tags[c] == "VBD" or any(tree.tags[k] == "VBD" for k in
                                        tree.children(c, "cop", "aux", "aux:pass"))


def _clause_tokens(tree, c: int) -> list[int]:
    """The tokens of clause ``c`` without the clauses inside it."""
    out, stack = [c], [c]
    while stack:
        node = stack.pop()
        for k in tree.kids[node]:
            if tree.deps[k] in _TIED_CLAUSES or (tree.deps[k] == "conj" and tree.is_verb(k)):
                continue
            out.append(k)
            stack.append(k)
    return out
