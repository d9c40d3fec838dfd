"""Reported speech read from the clause structure: a reporting verb, its subject and its
complement, whatever the word order.

- "X said (that) C", "X told reporters C", "X said in a statement on Friday that C": the verb's
  clausal complement (``ccomp``) is the content, its subject the source;
- "C, X said." and "C, X said, C'": the verb hangs off the content's own verb (``parataxis``):
  the content is that clause without the verb's phrase;
- "X described Y as Z", "the poll shows X leading Y", "X found Y chilling": the object and what
  it is said to be;
- "X asked whether C": a question reported; "X complained about Y", "X warned of Y": what it
  was about; "X called for Y": what a request asks for; "X blasted Y for C", "X charged Y with
  C" (the loaded verbs);
- "X denied the report", "X announced a run for the Senate": a noun phrase object, for the verbs
  whose object can be what was said (column ``object`` of the list; not "told reporters",
  "found the body");
- "X believes / hopes / fears that C", "X wants to C", "X urged Y to C": the belief and
  intention verbs PolNeAR annotates (class ``belief`` in ``resources/reporting_verbs.csv``)
  with a clause, or a to-infinitive for the verbs marked ``infinitive``;
- a subject shared by coordinated or serving verbs ("Machado promised ... and said C"), a
  relative clause's noun ("officials who said C"), a passive's agent ("it was reported by X
  that C"; no agent, no source).

The trees come from :mod:`analysis.language.structure`; the verb list stays data. Content
ends where the complement ends, not at the sentence's end. :mod:`analysis.quotes` asks this
module for the sentences that have a reporting verb outside quotation marks and turns what it
finds into ``indirect`` attributions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .cues import Verb, verbs
from .language.structure import SUBJECTS, Tree
from .wordlists import read_word_list

Span = tuple[int, int]

_RELATIVE = {"who", "which", "that"}
_PERSONAL = {"i", "we", "you", "he", "she", "they", "it"}
_QUOTE_MARKS = {'"', "“", "”", "''", "``", "‘", "’"}
_EDGE_PUNCT = {",", ".", ";", ":", "—", "–", "-", "(", ")", "!", "?"}
MIN_CONTENT_TOKENS = 3
# how far after a verb its "that" clause may open, past a time or a phrase ("confirmed in a
# news release that C")
_NEAR_THAT = 6
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
# the word before an adjective in a noun phrase: "270 pledged delegates", "include pledged"
_BEFORE_A_MODIFIER = {"CD", "DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "RB", "RBR", "IN", "VB",
                      "VBP", "VBZ"}
# their object is who is told, asked, assured, informed or warned, not what is said
_HEARER_VERBS = {"tell", "ask", "assure", "inform", "warn"}
_QUESTION_VERBS = {"ask", "wonder", "question", "explain"}  # "asked why C", "explained how C"
_WH = {"WRB", "WP", "WDT"}
# verbs whose "of" phrase says whom their words are about, not what was said ("said of the
# museum, “…”", "wrote of Ms. Merkel", "joked of the museum")
_SAID_OF = {"say", "add", "write", "joke", "tell"}
_DURATIONS = {"years", "months", "weeks", "days", "decades", "hours", "ages", "now", "long",
              "while", "time"}
_NAMING_VERBS = {"call", "name", "dub", "title", "label", "nickname", "term"}
_ADVERBIAL = {"while", "although", "though", "because", "since", "when", "after", "before",
              "as", "unless", "until", "once", "whereas"}


@dataclass(frozen=True)
class Reported:
    """One attribution found in the structure: content spans, the source span (None when the
    sentence names nobody: "it was reported that ..."), the cue span and its verb."""

    content: list[Span]
    source: Span | None
    cue: Span
    verb: Verb
    passive: bool = False  # no source because the verb is passive, not because none was found


def reported(tree: Tree, taken: set[int], quoted: set[int] = frozenset()) -> list[Reported]:
    """The attributions of one parsed sentence. ``taken``: start offsets of tokens that may
    not be cues (inside quotation marks, or the cue of a quotation already attributed);
    ``quoted``: those of them inside quotation marks."""
    table = verbs(beliefs=True)
    out: list[Reported] = []
    for i, tok in enumerate(tree.tokens):
        v = table.get(tok.text.lower())
        if v is None or tok.start in taken:
            continue
        noun = _verb_read_as_noun(tree, i) or _progressive_read_as_compound(tree, i, v)
        if noun is not None:
            (a, b), (c, d) = noun
            toks = tree.tokens
            out.append(Reported([(toks[c].start, toks[d].end)], (toks[a].start, toks[b].end),
                                (tok.start, tok.end), v))
            continue
        inside = _inverted_inside(tree, i, v)
        if inside is not None:
            (a, b), content = inside
            toks = tree.tokens
            out.append(Reported([(toks[c].start, toks[d].end) for c, d in content],
                                (toks[a].start, toks[b].end), (tok.start, tok.end), v))
            continue
        if not (tree.is_verb(i) or _progressive_read_as_noun(tree, i)) or \
                _names(tree, i, v) or _modifies_the_next_noun(tree, i) or \
                _can_tell(tree, i, v) or _imperative(tree, i) or _phoned(tree, i, v) or \
                _without(tree, i) or _finds_itself(tree, i, v) or _withheld(tree, i, v):
            continue
        after = _inverted(tree, i, v)  # the speaker set after the verb, if it is
        misread = _read_as_modifier(tree, i) or _past_read_as_modifier_before_clause(tree, i) \
            or _host_read_as_modifier(tree, i) or _host_subject_read_as_the_verbs(tree, i)
        content = _complement(tree, i, v, after) if misread is None else misread[0]
        toks = tree.tokens
        if not content:
            torn = _name_torn_off(tree, i)
            if torn is not None:
                (a, b), (c, d) = torn
                out.append(Reported([(toks[c].start, toks[d].end)], (toks[a].start, toks[b].end),
                                    (tok.start, tok.end), v))
            continue
        # "asked not to be named", "vowed never to return": the negation is what was asked
        content = [(a - 1, b) if i < a - 1 and toks[a].text.lower() == "to" and
                   toks[a - 1].text.lower() in ("not", "never") else (a, b) for a, b in content]
        spans = [(toks[a].start, toks[b].end) for a, b in content]
        passive = _passive(tree, i) and misread is None
        if misread is not None:
            a, b = tree.phrase(misread[1], exclude=(i,))
            source = toks[a].start, toks[b].end
        elif after is not None:
            a, b = tree.phrase(after)
            source = toks[a].start, toks[b].end
        else:
            source = _source(tree, i, passive, quoted)
        out.append(Reported(spans, source, (tok.start, tok.end), v, passive))
    return out


def _name_torn_off(tree: Tree, i: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """"C, Prime Minister Theresa May said Tuesday", "C, Housing Minister Rob Flack
    announced": a name whose words are also words of another kind ("May" a modal, "Rob" a
    verb) that the parser tore apart, hanging its pieces on the clause before the comma, so
    that the verb has no speaker of its own. When nothing else was read from the verb, the
    words the tagger read as one run of proper nouns between a comma and the verb are who
    spoke, and the clause before the comma is what was said; only when the verb ends the
    sentence but for a day, a time or who was told (no verb, no clause after it). Returns
    the speaker's and the content's first and last token."""
    toks, tags = tree.tokens, tree.tags
    j = i - 1
    while j > 0 and tags[j] in ("NNP", "NNPS"):
        j -= 1
    if i - j < 3 or toks[j].text != "," or tree.heads[i] > j:
        return None  # a name of two words at least, after a comma, the verb hung before it
    if any(s < j or s > i for s in tree.children(i, *SUBJECTS)):
        return None  # a subject of the verb's own, outside the name: read as the tree has it
    rest = range(i + 1, len(toks))
    if any(tree.is_verb(k) or toks[k].text in (",", "that", "“", '"') for k in rest):
        return None
    # (the clause before the comma, wherever the parser hung the verb in it)
    content = _trimmed(tree, tree.subtree(tree.top(i))[0], j - 1)
    return ((j + 1, i - 1), content) if content else None


def _read_as_modifier(tree: Tree, i: int) -> tuple[Ranges, int] | None:
    """"The company confirmed Tuesday that it would cut 200 jobs": the tagger took the verb
    for a participle and the parser hung it on the noun before it, the "that" clause
    elsewhere. A participle that modifies a noun takes no "that" clause of its own, so with
    one a few words after it (a time between), the verb is finite after all: the content is
    that clause, the noun its subject. Returns the content's range and the noun."""
    h = tree.heads[i]
    if tree.deps[i] != "acl" or tree.tags[i] not in ("VBN", "VBD") or not h < i or \
            tree.deps[h] not in ("nsubj", "ROOT") or \
            tree.phrase(h, exclude=(i,))[1] != i - 1:
        return None
    found = _that_near(tree, i)
    if found is None:
        return None
    k, c = found
    span = _trimmed(tree, k, _before_another_report(tree, k, tree.subtree(c)[1]))
    return ([span], h) if span else None


def _past_read_as_modifier_before_clause(tree: Tree, i: int) -> tuple[Ranges, int] | None:
    """"A spokesperson for the ministry confirmed the highway would remain closed": the
    tagger took the verb for a participle on the noun before it, the parser made the clause's
    verb ("remain") the sentence's, with the verb's phrase inside its subject. A participle
    with an object, right before a finite verb that has no subject after it, is a past tense
    that reports a clause: the content is the object and that verb's clause, the speaker
    the sentence's subject without the verb's phrase. Returns the content and that subject."""
    if tree.deps[i] != "acl" or tree.tags[i] not in ("VBN", "VBD") or tree.heads[i] > i:
        return None
    objects = [o for o in tree.children(i, "obj") if o > i]
    root = tree.top(i)
    if root <= i or not _finite(tree, root):
        return None
    subj = [k for k in tree.children(root, "nsubj", "nsubj:pass") if k < i]
    first = min([root] + tree.children(root, "aux", "aux:pass", "advmod"))
    # "A police spokesperson confirmed a man had been arrested": or with no object, the
    # clause's subject hung on its verb beside the noun the participle modifies (two
    # subjects for one verb), right after the participle
    late = [k for k in tree.children(root, *SUBJECTS) if k > i]
    if objects:
        o = objects[0]
        if not subj or tree.subtree(o)[1] != first - 1 or \
                tree.subtree(subj[0])[1] != first - 1 or late:
            return None
    elif not (subj and late and tree.subtree(subj[0])[1] == i and
              tree.subtree(late[0]) == (i + 1, first - 1)):
        return None
    else:
        o = late[0]
    span = _trimmed(tree, tree.subtree(o)[0], tree.subtree(root)[1])
    return ([span], subj[0]) if span else None


def _host_read_as_modifier(tree: Tree, i: int) -> tuple[Ranges, int] | None:
    """"Maple Leaf will close its plant, the company confirmed Wednesday, putting 300 people
    out of work": the tagger took the verb for a participle, the parser hung it on the noun
    before it, and that noun on the sentence's verb as a clause set beside it. A participle
    with nothing of its own to report (no object but a day), on a noun set off by a comma
    after the sentence's first clause, is the "C, X said" of that clause: the content is
    the clause before the comma, the noun its speaker."""
    h = tree.heads[i]
    if tree.deps[i] != "acl" or tree.tags[i] not in ("VBN", "VBD") or not h < i or \
            tree.deps[h] != "parataxis" or tree.phrase(h, exclude=(i,))[1] != i - 1 or \
            tree.children(i, "ccomp", "xcomp", "mark") or \
            not all(_is_day(tree, o) for o in tree.children(i, "obj")):
        return None
    m, start = tree.heads[h], tree.phrase(h, exclude=(i,))[0]
    if not m < start or tree.tokens[start - 1].text != "," or not _finite(tree, m) or \
            tree.subtree(m)[0] != 0 and tree.tokens[tree.subtree(m)[0] - 1].text != ",":
        return None
    span = _trimmed(tree, tree.subtree(m)[0], start - 2)
    return ([span], h) if span else None


def _host_subject_read_as_the_verbs(tree: Tree, i: int) -> tuple[Ranges, int] | None:
    """"The principle of free, prior and informed consent must be respected, the chiefs
    said": the parser hung the content's subject on the verb as a subject of its own, and the
    content's verb on that subject as a modifier, so the verb has two subjects. The first,
    with everything hung on it (a verb among them) up to the comma before the second, is what
    was said; the second, right before the verb, who said it."""
    subjects = sorted(tree.children(i, "nsubj"))
    if len(subjects) != 2:
        return None
    first, speaker = subjects
    a, b = tree.phrase(speaker)
    start, end = tree.subtree(first)
    # (the content's verb, read as a modifier, keeps a finite auxiliary or a subject of its
    # own, which no modifier has: "must be respected")
    finite = [c for c in tree.children(first, "acl") if c > first and (
        tree.children(c, *SUBJECTS) or
        any(tree.tags[x] in _FINITE for x in tree.children(c, "aux", "aux:pass")))]
    if b != i - 1 or end not in (a - 2, a - 1) or tree.tokens[a - 1].text != "," or \
            not finite:
        return None
    span = _trimmed(tree, start, end)
    return ([span], speaker) if span else None


def _is_day(tree: Tree, k: int) -> bool:
    """Whether word ``k`` names a day, a bare time the parser may read as a verb's object ("the
    company confirmed Wednesday", "her advisers said Friday")."""
    from .entities import _CALENDAR

    return tree.tokens[k].text.lower() in _CALENDAR | {"today", "yesterday", "tonight"}


def _that_near(tree: Tree, i: int) -> tuple[int, int] | None:
    """The "that" (and its clause's head) opening a clause with a subject of its own a few
    words after verb ``i``, past a time or a phrase ("confirmed Thursday that C", "wrote in a
    blog post that C"), with no verb or punctuation between, or the clause the parser made
    the verb's head ("While X confirmed on Sunday that C, he …", C's verb read as the root)."""
    toks = tree.tokens
    for k in range(i + 1, min(i + 1 + _NEAR_THAT, len(toks))):
        if tree.is_verb(k) or toks[k].text in _EDGE_PUNCT:
            return None
        c = _that_clause(tree, k)
        if c is not None:
            ok = c > k and (tree.subtree(c)[0] > i or c == tree.heads[i]) and \
                tree.children(c, *SUBJECTS)
            return (k, c) if ok else None
    return None


def _that_clause(tree: Tree, k: int) -> int | None:
    """The clause the word ``k`` opens as its conjunction "that", or None: "that" read as the
    conjunction, or read as a relative pronoun of a clause that has a subject of its own ("in
    an email that 200 jobs would be cut": no relative clause, a "that" clause)."""
    if tree.tokens[k].text.lower() != "that":
        return None
    c = tree.heads[k]
    if tree.deps[k] == "mark":
        return c
    # a relative "that" leaves a gap in its clause; here the clause has none: another subject
    # beside "that" read as one, or "that" read as the object of a passive verb ("would be
    # cut") or of a verb with another object
    gapless = tree.deps[k] == "nsubj" or tree.deps[k] == "obj" and (
        tree.children(c, "nsubj:pass", "aux:pass") or len(tree.children(c, "obj")) > 1 or
        # "in a statement that she intends to appeal the decision": the infinitive has its
        # own object, so "that" fills no gap in it
        any(tree.children(x, "obj") for x in tree.children(c, "xcomp")))
    if tree.deps[c] == "acl:relcl" and gapless and all(
            tree.tokens[j].text in _EDGE_PUNCT for j in range(tree.subtree(c)[0], k)) and \
            any(s != k for s in tree.children(c, "nsubj", "nsubj:pass")):
        return c
    return None


def _names(tree: Tree, i: int, v: Verb) -> bool:
    """"a forum called “XDA Developers” complained": a participle that gives the noun
    before it a name (a capital or a quotation mark follows), not a report."""
    nxt = tree.tokens[i + 1].text if i + 1 < len(tree.tokens) else ""
    return v.lemma in _NAMING_VERBS and tree.tags[i] == "VBN" and \
        tree.deps[i] in ("acl", "amod") and (nxt[:1].isupper() or nxt in ("“", '"'))


def _imperative(tree: Tree, i: int) -> bool:
    """"Now tell us this isn't a witch hunt": a command to report, not a report. A bare verb
    at the head of its sentence, with no subject, auxiliary or marker."""
    return tree.tags[i] == "VB" and tree.deps[i] == "ROOT" and \
        not tree.children(i, "aux", "aux:pass", "mark", *SUBJECTS) and \
        _quantifier_subject(tree, i) is None


# pronouns of quantity that can be a verb's subject on their own ("Some argue C")
_QUANTIFIERS = {"some", "many", "most", "others", "both", "few", "several", "all"}


def _quantifier_subject(tree: Tree, i: int) -> int | None:
    """"Some argue it will help families": a pronoun of quantity right before the verb, which
    the parser hung on it as a determiner, as if the verb were a noun, is its subject."""
    return next((k for k in tree.children(i, "det") if k == i - 1 and
                 tree.tokens[k].text.lower() in _QUANTIFIERS), None)


def _without(tree: Tree, i: int) -> bool:
    """"It goes without saying that C", "left without saying whether C": a report that was
    not made."""
    return tree.tags[i] == "VBG" and i > 0 and tree.tokens[i - 1].text.lower() == "without"


def _phoned(tree: Tree, i: int, v: Verb) -> bool:
    """"called a donor to ask for money", "called Sanders shortly after the vote", "called a
    meeting": "call" with an object and nothing said of it is a telephone call or a summons,
    not a report. Nothing is said of it when no label is found (:func:`_small_clause`), the
    object holds no quotation mark, and after it comes a to-infinitive, a preposition, an
    adverb or the end of the clause. (A request, "called for C", "called on X to C", takes no
    object.)"""
    if v.lemma != "call" or _small_clause(tree, i, v) is not None or \
            _object_and_what_it_is(tree, i, v) is not None:
        return False
    toks = tree.tokens
    for o in tree.children(i, "obj"):
        a, b = tree.subtree(o)
        if o < i or any(toks[k].text in _QUOTE_MARKS for k in range(a, b + 1)):
            continue
        nxt = b + 1
        if nxt >= len(toks) or toks[nxt].text in _EDGE_PUNCT or \
                tree.tags[nxt] in ("TO", "IN", "RB") and toks[nxt].text.lower() != "as":
            return True
    return False


def _can_tell(tree: Tree, i: int, v: Verb) -> bool:
    """"too early to tell whether C", "time will tell if C": "tell" with no one told and a
    question after it is knowing, not speaking; and with a comma right after it, a phrase
    that sums up ("All told, up to five million could be eligible", "Truth be told, C")."""
    return v.lemma == "tell" and not tree.children(i, "obj", "iobj") and \
        i + 1 < len(tree.tokens) and tree.tokens[i + 1].text.lower() in ("whether", "if", ",")


_REFLEXIVE = {"myself", "yourself", "himself", "herself", "itself", "ourselves",
              "yourselves", "themselves", "oneself"}


def _withheld(tree: Tree, i: int, v: Verb) -> bool:
    """"The team had been denied visas", "was refused entry": a passive with an object still
    after it is something withheld, not a denial made."""
    return v.lemma in ("deny", "refuse") and bool(tree.children(i, "aux:pass", "nsubj:pass")) \
        and any(k > i for k in tree.children(i, "obj", "iobj"))


def _finds_itself(tree: Tree, i: int, v: Verb) -> bool:
    """"found himself embroiled in controversy", "find themselves in the thick of war": to
    find oneself somewhere is to be there, not to report a finding."""
    return v.lemma == "find" and any(tree.tokens[k].text.lower() in _REFLEXIVE
                                     for k in tree.children(i, "obj", "nsubj", "expl"))


def _quantity(tree: Tree, k: int) -> bool:
    """Whether word ``k`` is a number or a word of quantity ("half", "most", "40")."""
    from .entities import NUMBER_WORDS

    return k < len(tree.tokens) and (tree.tags[k] == "CD" or
                                     tree.tokens[k].text.lower() in NUMBER_WORDS)


def _adverb(word: str) -> bool:
    """A word in -ly made from a common word ("sharply", "happily", "basically"), not a noun
    that ends so ("family", "rally", "assembly")."""
    from .language.features import _common

    if not word.endswith("ly"):
        return False
    common = _common()
    return word[:-2] in common or word[:-3] + "y" in common or word[:-4] in common


def _last_word(tree: Tree, lo: int) -> int:
    """The sentence's last token that is not punctuation ending it, not before ``lo``."""
    end = len(tree.tokens) - 1
    while end > lo and tree.tokens[end].text in _EDGE_PUNCT:
        end -= 1
    return end


def _verb_read_as_noun(tree: Tree, i: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """"The New York Post reports that C", "Experts caution that C": the tagger read the verb
    as a noun (the noun phrase before it as its modifiers) and the parser hung the "that"
    clause on it. A sentence has a verb: a reporting verb's form read as a noun, right
    before a "that" clause with a subject of its own, in a sentence with no verb outside that
    clause, is that verb. Returns the token ranges of the speaker (the words before it) and
    the content."""
    toks = tree.tokens
    if tree.tags[i] in _FINITE and tree.heads[i] == i and 0 < i and \
            any(k < i for k in tree.children(i, "det")):
        # "The Crown alleges Dorval created fake invoices": the tagger read the verb, but the
        # parser hung the words before it on it as a noun's ("The" its determiner) and the
        # clause after it as its modifiers; a finite verb after it is what is alleged
        end = _last_word(tree, i)
        if not any(_finite(tree, k) for k in range(i)) and \
                any(tree.tags[k] in _FINITE for k in range(i + 2, end + 1)):
            span = _trimmed(tree, i + 1, end)
            return ((0, i - 1), span) if span else None
    if tree.tags[i] == "NNS" and 0 < i and toks[i].text[-1:] == "s" and \
            toks[i - 1].text == "," and not any(_finite(tree, k) for k in range(len(toks))):
        # "The letter, signed by 200 doctors, calls on the government to declare C": a
        # sentence with no verb but a reporting verb's form read as a plural noun after its
        # subject and an aside; what follows it is what is said or asked ("on" is the verb's)
        end = _last_word(tree, i)
        first = i + 2 if i + 1 < len(toks) and toks[i + 1].text.lower() in ("on", "upon") \
            else i + 1
        span = _trimmed(tree, first, end)
        comma = next(k for k in range(i) if toks[k].text == ",")
        return ((0, comma - 1), span) if span and comma > 0 else None
    h = tree.heads[i]
    if tree.tags[i] == "NNS" and 0 < i < h and toks[i].text[-1:] == "s" and \
            tree.deps[i] == "nsubj" and tree.tags[h] in _FINITE and tree.children(i, "obj") and \
            tree.tags[i - 1].startswith("NN") and not any(_finite(tree, k) for k in range(i)):
        # "Statistics Canada data shows average rents fell 5 per cent": a plural noun with
        # an object is a verb; the parser made it the subject of the verb of what it shows
        span = _trimmed(tree, i + 1, _last_word(tree, i))
        return ((0, i - 1), span) if span else None
    if tree.tags[i] not in ("NN", "NNS") or i == 0 or i + 1 >= len(toks) or \
            toks[i + 1].text.lower() != "that":
        return None
    c = tree.heads[i + 1]  # the clause "that" opens (as its conjunction, or read as subject)
    # (hung on the verb read as a noun, or on the noun that one hangs on: "A new poll by
    # Abacus Data shows that C", "shows" read as a noun after "Data"; not "his claim that C")
    if c <= i + 1 or tree.heads[c] not in (i, tree.heads[i]) or \
            tree.heads[c] != i and not tree.tags[i - 1].startswith("NN") or \
            not any(k != i + 1 for k in tree.children(c, *SUBJECTS)):
        return None
    a, b = tree.subtree(c)
    # no verb outside that clause ("Advocates for the homeless argue that C": the root is
    # "Advocates"), and the words before it a noun phrase that can be its subject
    if any(_finite(tree, k) or tree.tags[k] == "VB" for k in range(len(toks))
           if not a <= k <= b) or toks[0].text.lower() in _ADVERBIAL:
        return None
    span = _trimmed(tree, i + 1, b)
    return ((0, i - 1), span) if span else None


_BE = {"is", "are", "was", "were", "be", "been", "'s", "’s", "'re", "’re"}


def _progressive_read_as_noun(tree: Tree, i: int) -> bool:
    """"The union is warning that C": an -ing form the tagger read as a noun, which the
    parser gave a form of "be" as its auxiliary, is the verb of a progressive."""
    return tree.tags[i] == "NN" and tree.tokens[i].text.lower().endswith("ing") and any(
        tree.tokens[k].text.lower() in _BE for k in tree.children(i, "aux"))


def _progressive_read_as_compound(tree: Tree, i: int, v: Verb
                                  ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """"Officials are warning residents to boil their water": the parser read the verb after
    "are" as a noun modifying its object ("warning residents"), and made the object the
    sentence's head, the infinitive hung on it. A reporting verb's "-ing" form right after a
    form of "be" is the verb: what it reports is its object and the infinitive, who reports
    it the subject. Returns the token ranges of the speaker and the content."""
    toks = tree.tokens
    h = tree.heads[i]
    if not v.infinitive or tree.tags[i] != "VBG" or tree.deps[i] != "compound" or \
            h <= i or i == 0 or toks[i - 1].text.lower() not in _BE:
        return None
    subj = [k for k in tree.children(h, *SUBJECTS) if k < i - 1]
    todo = [c for c in tree.children(h, "acl") if c > h and any(
        toks[k].text.lower() == "to" for k in tree.children(c, "mark"))]
    if not subj or not todo:
        return None
    span = _trimmed(tree, i + 1, tree.subtree(todo[0])[1])
    return (tree.phrase(subj[0]), span) if span else None


def _modifies_the_next_noun(tree: Tree, i: int) -> bool:
    """"leads by 270 pledged delegates", "the figures include pledged delegates": a participle
    the parser read as a verb with the bare noun after it as its object. A participle with
    an object has "have" before it ("has pledged support"), or is a past tense misread with
    a subject or sharing one ("and accused X of"); with neither, after a word that opens a
    noun phrase, and the object a noun with no determiner right after it, it is an
    adjective."""
    if tree.tags[i] != "VBN" or tree.deps[i] in ("acl", "advcl", "amod", "conj") or \
            tree.children(i, "aux", "aux:pass", *SUBJECTS) or i == 0 or \
            tree.tags[i - 1] not in _BEFORE_A_MODIFIER:
        return False
    nxt = i + 1
    return nxt < len(tree.tokens) and nxt in tree.children(i, "obj") and \
        tree.tags[nxt] in ("NN", "NNS") and not tree.children(nxt, "det", "nmod:poss")


def _passive(tree: Tree, i: int) -> bool:
    """Verb ``i`` is passive: with a passive subject or auxiliary, or a bare past participle
    that modifies ("officials accused of corruption", "many accused of fraud"), which names
    no one who speaks."""
    return bool(tree.children(i, "nsubj:pass", "aux:pass")) or (
        tree.tags[i] == "VBN" and tree.deps[i] in ("acl", "advcl") and
        not tree.children(i, "aux", "nsubj") and not tree.past_read_as_participle(i))


def _finite(tree: Tree, c: int) -> bool:
    """Whether ``c`` heads a finite clause: a finite verb, or a finite auxiliary or copula."""
    return tree.tags[c] in _FINITE or any(tree.tags[k] in _FINITE
                                          for k in tree.children(c, "aux", "aux:pass", "cop"))


def _trimmed(tree: Tree, a: int, b: int, least: int = MIN_CONTENT_TOKENS
             ) -> tuple[int, int] | None:
    toks = tree.tokens
    while a <= b and toks[a].text in _EDGE_PUNCT:
        a += 1
    while b >= a and toks[b].text in _EDGE_PUNCT:
        b -= 1
    return (a, b) if b - a + 1 >= least else None


Ranges = list[tuple[int, int]]



def _complement(tree: Tree, i: int, v: Verb, after: int | None) -> Ranges:
    """Token ranges ``[a, b]`` (inclusive) of what verb ``i`` reports; empty when nothing.
    The readings below are tried in order; the first that applies gives the content.
    ``after``: the speaker set after the verb (:func:`_inverted`), if any."""
    if after is not None:  # "C, said Mayor John Tory": C, before the verb
        readings = (_clause_before, _host_clause)
    else:
        readings = (_clause, _object_and_what_it_is, _small_clause, _what_about, _host_clause,
                    _as_reported, _clause_read_as_object, _clause_after_participle,
                    _noun_phrase, _that_after, _clause_read_as_head)
    for reading in readings:
        found = reading(tree, i, v)
        if found is not None:
            d = _displaced_subject(tree, i)
            if d is None:  # "Such a move, critics warn, would hurt …": read as a modifier
                d = _opening_phrase_read_as_modifier(tree, i)
            if d is not None and found[0][0] > i and tree.tags[found[0][0]] in _FINITE:
                # "Climate change, X says, is …": what is said opens with its verb; its
                # subject is the phrase before the speaker
                return [tree.phrase(d, exclude=(i,))] + found
            return found
    return []


def _opening_phrase_read_as_modifier(tree: Tree, i: int) -> int | None:
    """The noun phrase that opens the sentence, set off by a comma before verb ``i``, which the
    parser hung on the verb as a modifier ("Such a move, critics warn, would hurt …"; "The
    couple, who asked not to be named, said …", "couple" read as a measure)."""
    return next((k for k in tree.children(i, "obl:unmarked", "obl:npmod", "dep")
                 if k < i and tree.tags[k][:2] == "NN" and tree.phrase(k)[0] == 0 and
                 any(tree.tokens[j].text == "," for j in range(k + 1, i))), None)


def _displaced_subject(tree: Tree, i: int) -> int | None:
    """"Climate change, Mr. Obama often says, is the greatest threat": the parser gives the
    verb set in the middle of what it reports two subjects; the first, set off by a comma
    from the one next to the verb, is the subject of what is said."""
    subj = [k for k in tree.children(i, "nsubj") if k < i]
    if len(subj) < 2:
        return None
    first, near = subj[0], subj[-1]
    before = tree.phrase(near)[0] - 1
    while before > 0 and tree.tokens[before].text in _QUOTE_MARKS:
        before -= 1
    if tree.tokens[before].text.lower() in _naming_words():
        return None  # "The report, entitled “A Crisis Ignored”, said C": the first's name
    return first if any(tree.tokens[k].text == "," for k in range(first + 1, near)) else None


@lru_cache(maxsize=1)
def _naming_words() -> frozenset[str]:
    """The one-word namings of ``resources/naming_words.txt`` ("entitled", "dubbed"), and
    "called" and "named"."""
    return frozenset({w for w in read_word_list("naming_words.txt") if " " not in w} |
                     {"called", "named"})


def _inverted(tree: Tree, i: int, v: Verb) -> int | None:
    """The speaker set after the verb, as news has it: "C, said Mayor John Tory", "C, says a
    report from the union", "C, warned the province's chief engineer". The parser reads that
    noun as the verb's object or complement; what gives it away is a verb with no subject of
    its own, right after a comma, and a noun phrase that starts right after it. Returns the
    noun's index (not for the verbs whose object is who is told: "..., told reporters")."""
    if i == 0 or tree.tokens[i - 1].text not in (",", "—") or v.lemma in _HEARER_VERBS or \
            tree.tags[i] not in _FINITE or v.object or tree.children(i, *SUBJECTS):
        return None
    head = tree.heads[i]
    if not (tree.deps[i] in ("parataxis", "conj") and head < i and (
            tree.is_verb(head) or tree.children(head, "cop")) or head == i and any(
            c < i and (tree.is_verb(c) or tree.children(c, "cop"))
            for c in tree.children(i, "ccomp", "xcomp", "advcl", "parataxis"))):
        return None  # no clause before it: "Smith, the mayor, praised ..." misread
    for k in tree.children(i, "obj", "iobj", "ccomp", "xcomp", "obl"):
        if k > i and tree.tags[k][:2] in ("NN", "PR") and tree.subtree(k)[0] == i + 1:
            # no verb of its own after the noun ("..., said the campaign had raised ..." is
            # said + a clause), but a relative clause on it ("said Gen. Allen, who led ...")
            if any(tree.tags[j] in _FINITE and tree.deps[j] != "acl:relcl"
                   for j in range(k + 1, tree.subtree(i)[1] + 1)):
                return None
            return k
    return None


def _inverted_inside(tree: Tree, i: int, v: Verb
                     ) -> tuple[tuple[int, int], Ranges] | None:
    """"The project, said Mayor Olivia Chow, will cost the city $2 million": the verb and its
    speaker set between commas inside what is said, the speaker after the verb. The parser
    takes the words before for the verb's subject; the sentence shows otherwise: no verb
    before the first comma, a phrase of a few words that can speak between the verb and the
    second, and the predicate after it. Returns the speaker's token range and the content's
    (the subject before, the predicate after)."""
    toks = tree.tokens
    if i < 2 or toks[i - 1].text != "," or tree.tags[i] not in _FINITE or v.object or \
            v.lemma in _HEARER_VERBS or v.lemma in _NAMING_VERBS:
        return None  # (not "His group, called the Legacy Fund, will own …")
    m = next((k for k in range(i + 1, min(len(toks), i + 10)) if toks[k].text == ","), None)
    if m is None or m == i + 1:
        return None
    speaker = toks[i + 1:m]
    if not (speaker[0].text[:1].isupper() or speaker[0].text.lower() in ("the", "a", "an")) \
            or any(tree.tags[k] in _FINITE for k in range(i + 1, m)) or \
            any(tree.tags[k] in _FINITE or toks[k].text == "," for k in range(i - 1)):
        return None
    end = _last_word(tree, m)
    if m + 1 > end or toks[m + 1].text.lower() in _RELATIVE or \
            not any(tree.tags[k] in _FINITE for k in range(m + 1, min(end + 1, m + 4))):
        return None  # the predicate goes on right after the speaker (not "…, who remains")
    if not any(tree.tags[k][:2] in ("NN", "PR", "CD") for k in range(i - 1)):
        return None  # a subject before it ("But, says X, …" has none)
    before, after = _trimmed(tree, 0, i - 2, 1), _trimmed(tree, m + 1, end, 2)
    return ((i + 1, m - 1), [before, after]) if before and after else None


def _clause_before(tree: Tree, i: int, v: Verb) -> Ranges | None:
    """"C, said X" read with C as the verb's complement before it."""
    for c in tree.children(i, "ccomp", "xcomp", "advcl", "parataxis"):
        if c < i and (tree.is_verb(c) or tree.children(c, "cop")):
            span = _trimmed(tree, tree.subtree(c)[0], i - 1)
            if span:
                return [span]
    return None


def _clause(tree: Tree, i: int, v: Verb) -> Ranges | None:
    """"said (that) C", "hopes C" (even when read as xcomp), a "that" or "whether" clause read
    as adverbial, or for the verbs that take one, a to-infinitive ("wants to C"), with who is
    to act ("urged Congress to act")."""
    # "said in an email that C": a "that" clause the parser hangs on the verb's phrase as a
    # relative clause (a relative clause has no "that" as its conjunction, only as a pronoun)
    hung = [c for o in tree.children(i, "obl") if o > i for c in tree.children(o, "acl:relcl")
            if any(_that_clause(tree, k) == c for k in tree.children(c) if k < c)]
    # or, on a document ("said in a statement it was deeply concerned", "said in an email the
    # company had met its obligations"), a clause opened by its subject (no relative pronoun),
    # with an object, a clause, a copula or a passive of its own: complete, not a relative
    # clause with a gap ("in a letter she wrote", "in a statement the company issued")
    on_document = [
        c for o in tree.children(i, "obl")
        if o > i and tree.tokens[o].text.lower() in read_word_list("document_nouns.txt")
        for c in tree.children(o, "acl:relcl")
        if any(tree.subtree(c)[0] == tree.subtree(k)[0] and tree.tags[k] not in ("WP", "WDT")
               for k in tree.children(c, "nsubj", "nsubj:pass")) and _finite(tree, c) and
        tree.children(c, "obj", "ccomp", "xcomp", "cop", "aux:pass") and
        tree.tokens[c].text.lower() not in read_word_list("issuing_verbs.txt")]
    # "told CBC News that she had warned the council": the "that" clause hung on the hearer as
    # a relative clause ("that" read as its pronoun, though the clause has a subject of its own)
    # (or a name told read as the clause: "told RNZ's Morning Report the decision was hard")
    told = [c for o in tree.children(i, "obj", "iobj") + [
                o for o in tree.children(i, "ccomp") if tree.tags[o].startswith("NN")]
            if o > i and v.lemma in _HEARER_VERBS
            for c in tree.children(o, "acl:relcl")
            if tree.tokens[tree.subtree(c)[0]].text.lower() == "that" and any(
                tree.tokens[k].text.lower() != "that"
                for k in tree.children(c, "nsubj", "nsubj:pass")) or
            # or with no "that", opened by a personal pronoun as its subject ("told Global
            # News they had not been warned"): a clause said, not a relative one
            v.lemma == "tell" and any(tree.tokens[k].text.lower() in _PERSONAL and
                                      tree.subtree(c)[0] == k > o
                                      for k in tree.children(c, "nsubj", "nsubj:pass")) or
            # or after a name or a pronoun told ("told the Guardian the deal was dead"): a
            # name takes no relative clause without "who" or "that"
            v.lemma == "tell" and (tree.tags[o] in ("NNP", "NNPS", "PRP") or
                                   tree.tokens[o].text[:1].isupper()) and any(
                tree.subtree(c)[0] == tree.subtree(k)[0] > o and
                tree.tokens[k].text.lower() not in _RELATIVE
                for k in tree.children(c, "nsubj", "nsubj:pass"))]
    # "is calling on the province to reverse the cuts": the infinitive hung on who is asked,
    # or on a phrase that describes them ("asking anyone with information to contact ...")
    asked = [c for o in _asked(tree, i) if o > i and v.infinitive
             for n in [o, *(m for m in tree.children(o, "nmod") if any(
                 tree.tokens[k].text.lower() == "with" for k in tree.children(m, "case")))]
             for c in tree.children(n, "acl")
             if c > n and any(tree.tokens[k].text.lower() == "to"
                              for k in tree.children(c, "mark"))]
    # "The cause is under investigation, fire officials said": a clause with a copula before
    # the verb, set off by a comma, that the parser hung on it as a modifier (not one a
    # conjunction opens: "If you were on the committee, …", "As China builds …")
    before = [o for o in tree.children(i, "obl") if o < i and tree.children(o, "cop") and
              tree.children(o, "nsubj", "nsubj:pass", "expl") and
              not tree.children(o, "mark") and tree.tags[tree.subtree(o)[0]] not in _WH | {"IN"}
              and "," in (t.text for t in tree.tokens[tree.subtree(o)[1]:tree.subtree(o)[1] + 2])]
    # "promised to table legislation": an infinitive the tagger read as "to" and a noun, the
    # parser as a phrase hung on the verb; a noun with an object of its own is a verb
    infinitive = [o for o in tree.children(i, "obl") if o > i and v.infinitive and
                  tree.children(o, "obj") and
                  [tree.tokens[k].text.lower() for k in tree.children(o, "case")] == ["to"]]
    # in reading order: a "that" clause the parser hung on the hearer comes before the piece
    # it cut off and hung on the verb ("told the Times that Carter believes his use of
    # email | was a mistake"), which then joins it (below)
    # "He cautioned, however, that C": a "that" clause with a subject of its own, past an
    # aside, read as a clause set beside the verb
    beside = [c for c in tree.children(i, "parataxis") if c > i and
              tree.children(c, *SUBJECTS) and any(tree.tokens[k].text.lower() == "that" and
                                                  k < min(tree.children(c, *SUBJECTS))
                                                  for k in tree.children(c, "mark"))]
    for c in sorted(tree.children(i, "ccomp", "xcomp", "advcl", "obj") + hung + told + asked +
                    before + infinitive + beside + on_document):
        own_subject = tree.children(c, *SUBJECTS)
        if own_subject and all(tree.tags[k] == "WDT" for k in own_subject) and c > i + 1 and \
                tree.subtree(c)[0] == min(own_subject) and \
                tree.tags[min(own_subject) - 1][:2] in ("NN", "CD"):
            # "…, in a dispute over pay that has lasted a year": a relative clause (its
            # subject a relative pronoun right after a noun) the parser hung on the verb is
            # not what was said
            continue
        first = tree.subtree(c)[0]
        first += tree.tokens[first].text == "," and first < c
        if c > i and tree.tags[first] in _WH and first - 2 > i and \
                tree.tokens[first - 1].text == "," and tree.tags[first - 2][:2] == "NN":
            # "show a close contest in the state, where 18 votes are up for grabs": a "where"
            # or "which" clause after a noun and a comma is a relative clause on the noun
            continue
        if len(own_subject) == 1 and tree.tags[own_subject[0]].startswith("NN") and \
                tree.subtree(own_subject[0])[0] == i + 1 and \
                tree.tags[i + 1] == "IN" and tree.deps[i + 1] == "case" and \
                not _quantity(tree, i + 2):
            # "says at a campaign stop in Toledo, that C": a subject with a preposition is a
            # phrase the parser read as a clause ("stop" as its verb), not what was said
            # (but "said about half of the adjustment reflected …": "about" before a
            # quantity says "roughly")
            continue
        clause = tree.is_verb(c) or own_subject or tree.children(c, "cop")
        # a clause's conjunction comes before its subject: "before" after it is an adverb
        # the tagger read as one ("said the flag has never before been open to choice")
        marks = {tree.tokens[k].text.lower() for k in tree.children(c, "mark")
                 if all(k < s for s in own_subject) and
                 # "To varying degrees, all agreed that C": "to" before a gerund is a
                 # preposition, not an infinitive's mark
                 not (tree.tags[c] == "VBG" and k == c - 1 and
                      tree.tokens[k].text.lower() == "to")}
        if c in told or c in on_document:
            marks.add("that")
        if c in infinitive:
            marks.add("to")
        if marks & _ADVERBIAL:
            continue  # "While X confirmed that ..., he did not disclose": no content
        if c < i and tree.deps[i] == "parataxis" and tree.heads[i] < c:
            # "Drivers will walk out after talks broke down, the union has said": a piece
            # of the sentence the verb is set after, hung on the verb, is read with the rest
            # of that sentence (the host clause)
            continue
        if c > i and tree.tags[c] == "VBG" and tree.tokens[c - 1].text == "," and (
                tree.tokens[c].text.lower() in verbs(True) or not own_subject and not any(
                    tree.tags[k] in _FINITE for k in range(tree.subtree(c)[0],
                                                           tree.subtree(c)[1] + 1))):
            # "C, he said, adding that C'": a report of its own, not what was said; "Mr.
            # Biden said, clutching the lectern": what he did as he said it
            continue
        if v.lemma in _NAMING_VERBS and "to" not in marks:
            continue  # "a super PAC called Future 45 ran ads": naming takes no clause
        if v.lemma in _QUESTION_VERBS and clause and c > i and (
                tree.tags[tree.subtree(c)[0]] in _WH or "if" in marks):
            marks.add("whether")  # "asked why he had yet to endorse C", "asked if C": the question
        # a "that" clause or "to C" is said; a finite verb with a subject of its own read as
        # the object ("saying inflation remains too high") is a clause
        if tree.deps[c] in ("advcl", "obj", "acl:relcl"):
            copular = tree.children(c, "cop", "expl")  # "suggest there has been no ..."
            if not (marks & {"that", "whether"} and clause or
                    tree.deps[c] == "obj" and (copular or own_subject and _finite(tree, c)) or
                    v.infinitive and "to" in marks and tree.deps[c] == "advcl"):
                continue
        elif not (tree.deps[c] == "ccomp" and (clause or "that" in marks and c > i) or
                  own_subject and clause or v.infinitive and "to" in marks or
                  # "reported hearing several bangs", "denied taking the money": a gerund
                  # is what was said, for the verbs whose object can be
                  tree.deps[c] == "xcomp" and tree.tags[c] == "VBG" and c > i and v.object):
            # (a "that" clause after the verb whose own verb the tagger missed: "argued that
            # the project violates | treaty rights", "violates" read as a plural noun)
            continue
        a, b = tree.subtree(c)
        that = [k for k in tree.children(c, "mark") if tree.tokens[k].text.lower() == "that"]
        if that and that[0] > a and all(k > that[0] for k in own_subject):
            # "claimed, without evidence, that C", "tweeted in the early morning hours that
            # C": what comes before the clause's "that" is the claiming's, not the clause's
            a = that[0]
        if not marks:
            # "said Monday there were 512 new cases": a bare time before the clause's subject
            # dates the saying, not what was said
            # (and so does the text it was said in, which the parser hung on the clause's
            # verb: "said in a statement the union had rejected its offer")
            when = [k for k in tree.children(c, "obl:tmod", "obl:unmarked") + [
                        k for k in tree.children(c, "obl")
                        if tree.tokens[k].text.lower() in read_word_list("document_nouns.txt")]
                    if tree.subtree(k)[0] == a and k < c and all(s > k for s in own_subject)]
            if when:
                a = tree.subtree(when[0])[1] + 1
        if tree.deps[c] == "ccomp" and not marks and (
                _finite(tree, c) or tree.tags[c] == "VBN" and
                not tree.children(c, "aux", "aux:pass", "cop")) and \
                not tree.children(c, "nsubj", "nsubj:pass", "expl"):
            # (a past tense read as a participle: "argued the accused | posed a danger")
            # "say her plans would make ...": a finite clause has a subject; an "object"
            # right before one that has none is that subject, read as the verb's
            subject = [o for o in tree.children(i, "obj") if i < o < a] or [
                # "found that more than half of renters | spend …": "that" read as a
                # determiner, and the subject cut off as a piece of its own
                # or a name in quotation marks ('said “Parasite” was a film about class')
                o for o in tree.children(i, "ccomp", "xcomp") if i < o < a and
                tree.subtree(o)[1] == a - 1 and not _finite(tree, o) and
                (tree.tokens[tree.subtree(o)[0]].text.lower() == "that" or
                 tree.tags[o].startswith("NN") and tree.tokens[tree.subtree(o)[0]].text in
                 "“\"")]
            if subject:
                a = tree.subtree(subject[-1])[0]
        if "to" in marks and not own_subject:
            # "urged Congress to act", "called on Sanders to release": who is to do it is
            # part of what is asked for or expected
            doer = [k for k in _asked(tree, i) if i < k < c]
            # "the bank is expected to act": the passive's subject is the one to act
            doer = doer or [k for k in tree.children(i, "nsubj:pass") if k < i]
            # "calling for Gustavsson to be sacked": a "for" phrase right before the
            # infinitive is who is to act
            # (not a duration: "has pressed for years to reveal …")
            doer = doer or [k for k in tree.children(i, "obl") if i < k < c and
                            tree.subtree(k)[1] + 1 == a and
                            tree.tokens[k].text.lower() not in _DURATIONS and any(
                                tree.tokens[x].text.lower() == "for"
                                for x in tree.children(k, "case"))]
            if doer:
                a = min(a, tree.subtree(doer[0])[0])
                if tree.deps[a] == "case":
                    a += 1
        for more in tree.children(i, "ccomp", "xcomp", "advcl"):
            # one clause the parser cut in pieces side by side, each hung on the verb
            # ("say internal disagreements remain | over what a negotiated exit could look
            # like"; "said the plan would fail | because it lacks money")
            if tree.subtree(more)[0] == b + 1:
                b = tree.subtree(more)[1]
        if "to" in marks and tree.tags[c] == "VB" and tree.tags[i] != "VB":
            # "wants to triple the program, grow the Peace Corps and create …": a bare
            # infinitive right after the content, with no subject, that the parser hung on
            # the (finite) reporting verb is one more thing wanted, not a verb of its own
            for more in sorted(tree.children(i, "parataxis", "conj")):
                lo = tree.subtree(more)[0]
                if more > b and tree.tags[more] == "VB" and \
                        not tree.children(more, *SUBJECTS, "mark", "aux") and \
                        lo in (b + 1, b + 2) and all(
                            tree.tokens[k].text.lower() in (",", "and", "or")
                            for k in range(b + 1, more)):
                    b = tree.subtree(more)[1]
        if "to" not in marks and not any(tree.tags[k] in _FINITE for k in range(a, b + 1)):
            # "said the government's wage restraint law, known as Bill 124, | drove nurses
            # out": a subject with no verb, and its verb hung on the reporting verb after the
            # comma that closed an aside
            for more in tree.children(i, "parataxis"):
                if tree.subtree(more)[0] in (b + 1, b + 2) and tree.tags[more] in _FINITE \
                        and not tree.children(more, *SUBJECTS) and \
                        b + 1 < len(tree.tokens) and tree.tokens[b + 1].text == ",":
                    b = tree.subtree(more)[1]
                    break
        # "... C and that C'": one content; and when the verb is set beside the sentence's
        # first clause, the parser may have hung the second "that" clause on that one
        # ('Asked whether C, Harris said he met “all sorts of groups” and that C'')
        joined = tree.children(i, "conj") + (tree.children(tree.heads[i], "conj")
                                             if tree.deps[i] == "parataxis" else [])
        for more in joined:
            if more > b and any(tree.tokens[k].text.lower() == "that"
                                for k in tree.children(more, "mark")):
                b = max(b, tree.subtree(more)[1])
        b = _run_on(tree, i, a, b)
        b = _before_another_report(tree, a, b)
        if v.lemma in _QUESTION_VERBS and tree.tokens[c].text.lower() in verbs(beliefs=True) \
                and tree.tags[c] in _FINITE:
            # "Asked if he was ever bullied, the candidate said no": the parser hung the
            # answer's verb, with its own subject after a comma, on the question's
            said_by = [tree.subtree(k)[0] for k in tree.children(c, "nsubj")]
            if said_by and a < said_by[0] - 1 and tree.tokens[said_by[0] - 1].text == ",":
                b = said_by[0] - 2
        # "declined to comment", "refused to answer": two words are enough when the
        # intention is itself to speak (a verb of the list)
        short = "to" in marks and v.infinitive and tree.tokens[c].text.lower() in verbs()
        span = _trimmed(tree, a, b, 2 if short else MIN_CONTENT_TOKENS)
        if span:
            return [span]
    return None


_RUN_ENDS = frozenset({",", ".", ";", ":", "—", "–", "--", "-", "(", ")", "!", "?", '"', "“",
                       "”", "''", "``"})


def _run_on(tree: Tree, i: int, a: int, b: int) -> int:
    """The end of what verb ``i`` reports, ``[a, b]``, with the rest of its phrase when the
    parser cut the clause short and hung the words after it elsewhere ("acknowledged that his
    rallying cry to save | the planet had not galvanized Americans", "said they hoped the move
    will spur | greater investment …"): the words that follow with no punctuation between,
    up to the next punctuation, are still what was said. Not when those words hold the
    reporting verb, a head of it (the sentence the report sits in: "a pledge to put together
    an alliance | appeared more consequential") or another report ("… and said she would")."""
    toks = tree.tokens
    n = len(toks)
    if b + 1 >= n or toks[b + 1].text in _RUN_ENDS or toks[b].text in _RUN_ENDS or \
            a <= tree.heads[b + 1] <= b:
        return b
    e = b + 1
    while e + 1 < n and toks[e + 1].text not in _RUN_ENDS:
        e += 1
    k = i
    while True:
        if b < k <= e:
            return b
        if tree.heads[k] == k:
            break
        k = tree.heads[k]
    if any(toks[x].text.lower() in verbs(True) for x in range(b + 1, e + 1)):
        return b
    return e


def _asked(tree: Tree, i: int) -> list[int]:
    """Who verb ``i`` asks or urges to act: its object, or a phrase with "on" ("urged
    Congress", "called on Sanders")."""
    return [k for k in tree.children(i, "obj", "obl", "iobj") if tree.deps[k] != "obl" or {
        tree.tokens[x].text.lower() for x in tree.children(k, "case")} & {"on", "upon"}]


def _before_another_report(tree: Tree, a: int, b: int) -> int:
    """Where a content ``[a, b]`` ends when its last clause is another report set off by a
    comma or a dash: "he plans to preview a strategy for Libya, insisting that C'", "that he
    would not seek a recount, conceding the race". That verb is an attribution of its own
    (read from it), not part of what the first verb reports."""
    table = verbs(beliefs=True)
    toks = tree.tokens
    for k in range(a + 1, b + 1):
        # "said he would order a review and warned against hackers": a past form joined to
        # a bare infinitive ("would order … and warned") cannot be one of its verbs; it is
        # joined to the reporting verb, whatever the parser hung it on
        cc = [x for x in tree.children(k, "cc") if toks[x].text.lower() in ("but", "and")]
        if cc and a < cc[0] and tree.deps[k] == "conj" and tree.tags[k] in ("VBD", "VBN") and \
                toks[k].text.lower() in table and tree.tags[tree.heads[k]] == "VB" and \
                not tree.children(k, *SUBJECTS, "aux", "aux:pass"):
            return cc[0] - 1
        if toks[k].text.lower() not in table or \
                not (tree.tags[k] == "VBG" or tree.tags[k] in _FINITE) or \
                tree.deps[k] not in ("advcl", "conj", "parataxis", "xcomp", "acl"):
            continue
        s = tree.subtree(k)[0]
        subject = tree.children(k, "nsubj")
        if tree.subtree(k)[1] < b - 1 and not (
                # "Asked whether C, Taoiseach Simon Harris said he met …": a report with its
                # own subject set beside the content after a comma begins a sentence of its
                # own, however the parser hung the rest of it
                # (not one set off by commas on both sides: ", she said,")
                tree.deps[k] == "parataxis" and subject and a < s and
                _after_a_comma(tree, subject[0]) and
                tree.subtree(subject[0])[0] <= s + 1 and  # (the subject opens the clause)
                toks[tree.subtree(k)[1]].text != "," and
                toks[tree.subtree(k)[1] + 1].text != ","):
            continue
        if toks[k - 1].text in (",", "—"):
            return k - 2
        # "the accused posed a danger, while defence lawyer Marie Henein countered that C'",
        # "hackers broke into the computers and she accused Trump of …": a clause with a
        # subject of its own, set off by a comma or joined by "and", reports for that subject
        if a < s and tree.children(k, "nsubj") and (
                toks[s].text in (",", "—") or toks[s - 1].text in (",", "—") or
                toks[s].text.lower() in ("and", "but") and tree.deps[s] == "cc" and
                not tree.children(k, "mark")):  # ("said C and that C′" is one content)
            return s - 1
        # "said he would consider changes, but declined to say whether C": the reporter's
        # next report, not part of what was said
        if cc and a < cc[0] - 1 and _speakers_next(tree, k):
            return cc[0] - 2
    return b


def _speakers_next(tree: Tree, k: int) -> bool:
    """"said he would consider changes, but declined to say whether C", "said residents were
    struggling, and called the increase “a slap in the face”": a past tense coordinated after
    a comma, with no subject of its own, on a verb of the content that is not past or has an
    auxiliary (which a past tense cannot share): the reporter's next report, not part of what
    was said."""
    toks = tree.tokens
    cc = [x for x in tree.children(k, "cc") if toks[x].text.lower() in ("but", "and")]
    h = tree.heads[k]
    return bool(cc) and toks[cc[0] - 1].text == "," and tree.deps[k] == "conj" and \
        tree.tags[k] == "VBD" and not tree.children(k, *SUBJECTS) and (
            tree.tags[h] in ("VB", "VBZ", "VBP", "MD") or
            tree.tags[h] == "VBG" and bool(tree.children(h, "aux")))


def _object_and_what_it_is(tree: Tree, i: int, v: Verb) -> Ranges | None:
    """"X described Y as Z": what Y is said to be; "X accused Y of C", "X blasted Y for C".
    Not "know Y as Z": the name Y goes by ("Locals know the bridge as “the Blue Monster”")."""
    if v.lemma == "know":
        return None
    for o in tree.children(i, "obj"):
        marked = {tree.tokens[k].text.lower() for c in tree.children(o, "nmod", "acl")
                  for k in tree.children(c, "case", "mark")}
        if "as" in marked or v.verb_class == "loaded" and marked & {"of", "for", "with"} and \
                any(tree.tags[c] == "VBG" for c in tree.children(o, "acl")):
            # "as Z", or "of abandoning workers", read as part of the object
            span = _trimmed(tree, *tree.subtree(o))
            if span:
                return [span]
        for c in tree.children(i, "obl", "xcomp", "advcl"):
            joined = {tree.tokens[k].text.lower() for k in tree.children(c, "case", "mark")}
            if c > o and ("as" in joined or joined & {"of", "for", "with"} and (
                    tree.deps[c] == "advcl" or v.verb_class == "loaded")):
                end = tree.subtree(c)[1]
                # "blasted Clinton as a “disgrace” Wednesday on The Laura Ingraham Show":
                # a day after what she is called dates the blasting, as does all after it
                when = [k for k in tree.children(c, "nmod:unmarked", "obl:tmod", "nmod:tmod")
                        if k > c and tree.subtree(k)[0] == k and _is_day(tree, k)]
                if when:
                    end = when[0] - 1
                span = _trimmed(tree, tree.subtree(o)[0], end)
                if span:
                    return [span]
    return None


def _small_clause(tree: Tree, i: int, v: Verb) -> Ranges | None:
    """"the poll shows Trump leading Clinton", "she found his message chilling", "called the
    plan a disaster": an object and what is said of it."""
    objects = tree.children(i, "obj")
    for o in objects:
        said_of = [c for c in tree.children(i, "xcomp") if c > o and
                   not tree.children(c, "mark")] or \
            [c for c in tree.children(o, "acl") if tree.tags[c] in ("VBG", "VBN", "JJ") and
             not tree.children(c, "mark", "case")] or \
            [c for c in objects + [a for a in tree.children(o, "appos")
                                   if tree.tags[a] != "NNP"]  # a nickname: "Little Marco"
             if c > o and v.lemma in _NAMING_VERBS]
        # not "showed no sign of stepping aside"; "called the offer insulting" (an adjective
        # read as modifying the object), "called the plan a disaster" (two objects, or the
        # second read as the first's apposition: "called the tax “a scam”")
        if said_of and v.lemma in _NAMING_VERBS and tree.tokens[o].text.lower() in _REFLEXIVE \
                and tree.tags[said_of[0]].startswith("NNP") and \
                not tree.children(said_of[0], "det"):
            # "a group which calls itself “Mothers for Change”", "a man calling himself Paul":
            # the name it goes by, not something said of it ("calls himself a democratic
            # socialist", "a Democrat": a description, said)
            continue
        if said_of and tree.tags[o][:2] in ("NN", "PR", "CD"):
            span = _trimmed(tree, tree.subtree(o)[0], max(tree.subtree(o)[1],
                                                           tree.subtree(said_of[0])[1]))
            if span:
                return [span]
    return None


def _what_about(tree: Tree, i: int, v: Verb) -> Ranges | None:
    """"complained about the media", "warned of a recession", and a request's "for" ("called
    for a ban", "asked for more time"): what it was about."""
    if v.verb_class == "belief" or tree.children(i, "nsubj:pass", "aux:pass") and \
            not tree.children(i, "obl:agent"):
        return None  # (passive: "they had been warned about the order" says who was told)
    about = {"about", "of", "for"} if v.infinitive else {"about", "of"}
    if v.lemma in _SAID_OF:
        about = about - {"of"}  # "said of the museum, “…”": whom the words are about
    if tree.deps[i] == "acl" and tree.tags[i] == "VBN":
        # "people accused of rape", "questions asked of the candidates": a passive
        # participle on a noun says whom it was said of (a request's "for" stays: the
        # parser reads "a group of rabbis called for a boycott" so)
        about = about - {"of", "about"}
    for c in tree.children(i, "obl"):
        case = {tree.tokens[k].text.lower() for k in tree.children(c, "case")}
        if c > i and case & about and not tree.children(i, "obj"):
            span = _trimmed(tree, *tree.subtree(c))
            if span:
                return [span]
    return None


def _host_clause(tree: Tree, i: int, v: Verb) -> Ranges | None:
    """"C, X said." and "C, X said, C'": the verb hangs off the content's own clause, which is
    the content without the verb's phrase (this reading applies even when nothing is left)."""
    h = tree.heads[i]
    cut = _subject_cut_from_its_verb(tree, h, i)
    if v.verb_class == "belief" or not _hangs_on_its_content(tree, i, v) or not (
            tree.is_verb(h) or tree.children(h, "cop", "aux", "aux:pass") or cut):
        return None  # "Ruth Marcus, editorial board editor for The Post, asked ...": a noun
    if h < i and not cut and not tree.children(h, *SUBJECTS, "expl") and \
            _displaced_subject(tree, i) is None:
        return None  # "Asked about the question, the candidate said …": no clause said
    content = _clause_without(tree, h, i)
    tail = _said_on(tree, i)
    if tail is not None:  # "He's leaning toward Kasich, he said, because he prizes ..."
        a, b = tree.subtree(h)
        content = [p for p in (_trimmed(tree, a, tree.subtree(i)[0] - 1),
                               _trimmed(tree, tail, max(b, tree.subtree(i)[1]))) if p]
    return content


def _subject_cut_from_its_verb(tree: Tree, h: int, i: int) -> bool:
    """"Her memoir, “Becoming”, sold 10 million copies, the publisher said": the parser made
    the subject (``h``) the sentence's head and hung its verb on it beside verb ``i``; a finite
    verb with no subject of its own, between them, is the subject's."""
    return tree.heads[h] == h and tree.tags[h].startswith("NN") and any(
        h < k < i and tree.tags[k] in _FINITE and not tree.children(k, *SUBJECTS)
        for k in tree.children(h, "parataxis", "conj", "acl", "appos"))


def _said_on(tree: Tree, i: int) -> int | None:
    """Where what is said goes on after a verb set inside it: "He's leaning toward Kasich, he
    said, because he prizes electability": a clause with a subject of its own that the parser
    hung on the verb, after a comma that closes the verb's phrase (not one that holds a report
    of its own: "…, he said, adding that …", "…, while C', the Sun-Times reported"). None when
    nothing goes on."""
    table = verbs(beliefs=True)
    for c in tree.children(i, "advcl", "conj", "parataxis", "ccomp"):
        first = tree.subtree(c)[0]
        while first < c and tree.tokens[first].text in (",", "—"):
            first += 1
        if c > i and first > i + 1 and tree.tokens[first - 1].text in (",", "—") and \
                tree.children(c, "nsubj", "nsubj:pass") and not any(
                    tree.tokens[k].text.lower() in table and tree.tags[k].startswith("VB")
                    for k in range(first, tree.subtree(c)[1] + 1)):
            return first
    return None


def _clause_without(tree: Tree, h: int, i: int) -> Ranges:
    """The clause headed by ``h`` without the phrase of verb ``i`` set inside it: what is
    before it and what is after it. The verb's phrase opens at its subject when a comma sets
    the subject off from what the parser hung on the verb before it ("It's not clear when
    the bridge will reopen, the ministry said": the "when" clause is what was said)."""
    a, b = tree.subtree(h)
    ca, cb = tree.subtree(i)
    subject = tree.children(i, "nsubj")
    if subject and ca < tree.subtree(subject[0])[0] < i and \
            tree.tokens[tree.subtree(subject[0])[0] - 1].text == ",":
        ca = tree.subtree(subject[0])[0]
    return [p for p in (_trimmed(tree, a, ca - 1), _trimmed(tree, cb + 1, b)) if p]


def _as_reported(tree: Tree, i: int, v: Verb) -> Ranges | None:
    """"As the Star reported, the city paid twice", "C, as Trump noted", "As reported by
    Western Journalism, C": a report set in its content by "as", with nothing of its own to
    report; the content is the clause it hangs on, without it."""
    h = tree.heads[i]
    if v.verb_class == "belief" or tree.deps[i] != "advcl" or h == i or not any(
            tree.tokens[k].text.lower() == "as" for k in tree.children(i, "mark")) or \
            tree.children(i, "obj", "ccomp", "xcomp") or not (
            tree.is_verb(h) or tree.children(h, "cop")):
        return None
    return _clause_without(tree, h, i) or None


def _hangs_on_its_content(tree: Tree, i: int, v: Verb) -> bool:
    """Verb ``i`` hangs off the clause it reports: as the parser should read it ("C, X
    said"), as a conjunct with its speaker after it ("C, says a report"), or as an adverbial
    clause with no conjunction and nothing of its own after it ("Back home, Mr. Clarke said,
    he decided ...")."""
    if tree.deps[i] == "parataxis":
        # not with a conjunction of its own: "… photographs so our readers may learn more";
        # nor with what it reports after it ("…: Osama bin Laden declared war on the United
        # States"), but for who was told ("…, she told reporters"), a speaker read as its
        # object ("C, said several observers"), a day ("C, her advisers said Friday") and a
        # clause after a comma, which goes on with what was said ("C, he said, because C'")
        return not tree.children(i, "mark") and (_inverted(tree, i, v) is not None or not any(
            k > i and (tree.deps[k] != "obj" or v.lemma not in _HEARER_VERBS and
                       not _is_day(tree, k)) and
            "," not in (t.text for t in tree.tokens[i + 1:tree.subtree(k)[0] + 1])
            for k in tree.children(i, "obj", "ccomp", "xcomp")))
    if tree.deps[i] == "conj":
        # or with its speaker before it, no coordinator and nothing of its own right after it:
        # "Junior doctors will walk out, the union has announced, in a dispute over pay" (a
        # clause set beside the content)
        subject = tree.children(i, "nsubj")
        return _inverted(tree, i, v) is not None or bool(
            subject) and not tree.children(i, "cc", "mark", "obj", "ccomp", "xcomp") and \
            tree.heads[i] < subject[0] < i and _after_a_comma(tree, subject[0]) and \
            (i + 1 == len(tree.tokens) or tree.tokens[i + 1].text in (",", ".", "—", ";"))
    return tree.deps[i] == "advcl" and tree.tags[i] in _FINITE and \
        bool(tree.children(i, "nsubj")) and \
        not tree.children(i, "mark", "obj", "ccomp", "xcomp") and \
        i + 1 < len(tree.tokens) and tree.tokens[i + 1].text == "," and \
        tree.subtree(i)[1] in (i, i + 1)


def _after_a_comma(tree: Tree, k: int) -> bool:
    """Whether the phrase headed by ``k`` opens right after a comma (the parser hangs that
    comma on the phrase, or on the verb it belongs to)."""
    toks = tree.tokens
    first = next((y for y in range(tree.subtree(k)[0], k) if toks[y].text != ","), k)
    return first > 0 and toks[first - 1].text == ","


def _clause_read_as_object(tree: Tree, i: int, v: Verb) -> Ranges | None:
    """"She said the nonprofit provided a statement", read as said + object + a clause hung on
    the object: a verb that takes no noun as what was said, followed by a noun and a finite
    verb, reports a clause whose subject the parser took for an object."""
    if v.object or v.lemma in _HEARER_VERBS:
        return None
    for o in tree.children(i, "obj"):
        a = tree.subtree(o)[0]
        if o < i or not all(tree.tokens[k].text.lower() == "that" for k in range(i + 1, a)):
            continue
        # the clause's own verb, hung on the "object" (not a relative clause: "somebody who
        # can ...") or on the reporting verb right after it
        verb = [c for c in tree.children(o, "acl") if tree.tags[c] in _FINITE] + \
            [c for c in tree.children(i, "advcl", "ccomp") if c > o and _finite(tree, c)]
        # or, for a verb of speech, any finite verb after it before a verb coordinated with
        # the reporting verb ("found the posting, reported it and removed it")
        # (or a verb set beside it after a comma: "The city will add 40 buses, the mayor
        # announced": a report of its own)
        stop = min([tree.subtree(c)[0] for c in tree.children(i, "conj") if c > o] +
                   [tree.subtree(c)[0] for c in tree.children(i, "parataxis")
                    if c > o and _after_a_comma(tree, c) and tree.children(c, *SUBJECTS) and
                    tree.tokens[c].text.lower() in verbs(beliefs=True)] +
                   [tree.subtree(i)[1] + 1])
        # (not a verb of a relative clause that opens with its pronoun: "find areas where
        # they could seek agreement"; "that" opens as many clauses said as relative ones)
        relative = [tree.subtree(c) for c in range(o, stop) if tree.deps[c] == "acl:relcl" and
                    (tree.tags[tree.subtree(c)[0]] in _WH and
                     tree.tokens[tree.subtree(c)[0]].text.lower() != "that" or
                     _subject_relative(tree, c))]
        # a past tense the tagger read as a participle, with a subject of its own, is a
        # finite verb ("say the council ignored warnings", "ignored" read as modifying them)
        if verb or v.verb_class != "belief" and any(
                tree.tags[k] in _FINITE and not any(x <= k <= y for x, y in relative)
                for k in range(o + 1, stop)) or any(
                tree.tags[k] == "VBN" and tree.children(k, "nsubj") and
                not tree.children(k, "aux", "aux:pass") and
                not any(x <= k <= y for x, y in relative) for k in range(a, stop)):
            end = max(tree.subtree(o)[1], tree.subtree(verb[0])[1]) if verb else stop - 1
            # (not the speaker's next report: "said the cap balances the needs of renters,
            # noting that C'")
            span = _trimmed(tree, a, _before_another_report(tree, a, end))
            if span:
                return [span]
    return None


def _subject_relative(tree: Tree, c: int) -> bool:
    """"find jobs that make good use of their education": a clause opened by "that" as its
    only subject is a relative clause on the noun before it, not a clause said."""
    first = tree.subtree(c)[0]
    subjects = tree.children(c, "nsubj", "nsubj:pass")
    return tree.tokens[first].text.lower() == "that" and subjects == [first]


def _clause_after_participle(tree: Tree, i: int, v: Verb) -> Ranges | None:
    """"..., the spokesperson said, adding the city has hired more staff": a participle set
    off by a comma, with nothing hung on it, right before a clause (a noun phrase and a
    finite verb whose subject it is) that the parser hung elsewhere, as the clausal subject
    of that verb or beside the sentence's other clauses. What follows is what it reports."""
    toks = tree.tokens
    if tree.tags[i] != "VBG" or i == 0 or toks[i - 1].text not in (",", "—"):
        return None
    for j in range(i + 2, min(i + 12, len(toks))):
        if _finite(tree, j) and tree.is_verb(j) and any(
                tree.subtree(k)[0] == i + 1 for k in tree.children(j, "nsubj", "nsubj:pass")):
            span = _trimmed(tree, i + 1, _before_another_report(tree, i + 1,
                                                                 tree.subtree(j)[1]))
            return [span] if span else None
        if toks[j].text in _EDGE_PUNCT:
            return None
    return None


def _clause_read_as_head(tree: Tree, i: int, v: Verb) -> Ranges | None:
    """"The RCMP confirmed Thursday it had arrested a second suspect": the tagger read the
    verb as a participle and the parser made what it reports the sentence's head, the verb a
    clause hung on it. A reporting verb with a subject of its own, no conjunction ("While X
    confirmed …") and the finite clause it hangs on right after its own words, that clause
    with its own subject: that clause is what it reports."""
    h = tree.heads[i]
    subj = [k for k in tree.children(i, "nsubj") if k < i]
    if h <= i or tree.deps[i] not in ("advcl", "dep", "parataxis") or \
            tree.tags[i] not in ("VBD", "VBN") or tree.children(i, "mark") or not subj or \
            tree.subtree(subj[0])[0] != tree.subtree(i)[0] or not _finite(tree, h) or \
            tree.tags[subj[0]] in ("DT", "PDT", "CD") or \
            tree.tags[tree.subtree(i)[0]] in ("IN", "WRB", "WDT", "WP", "RB", "CC"):
        return None  # (nothing before the subject: not "when the AP asked Bennett, …",
        # not "Before the mayor said so, …" with the conjunction hung on the noun;
        # a subject that is a noun or a name: not "All told, up to 5 million …")
    a = tree.subtree(i)[1] + 1
    if not any(k >= a and tree.subtree(k)[0] == a for k in tree.children(h, "nsubj", "expl")):
        return None  # the clause starts with its subject, right after the verb's words
    span = _trimmed(tree, a, _before_another_report(tree, a, tree.subtree(h)[1]))
    return [span] if span else None


def _that_after(tree: Tree, i: int, v: Verb) -> Ranges | None:
    """"She wrote in a blog post that C": a "that" clause a few words after the verb, past a
    phrase the parser hung it on ("post" read as the verb's complement, the clause as the
    noun's), with no verb or punctuation between."""
    found = _that_near(tree, i)
    if found is None:
        return None
    k, c = found
    b = tree.subtree(c)[1]
    if c == tree.heads[i]:
        # "While Trump confirmed on Sunday that C, he did not disclose any details": the
        # parser made C's verb the sentence's head, and hung the main clause, set off by a
        # comma with its own subject, on it; C ends before that clause
        beside = [tree.subtree(p)[0] for p in tree.children(c, "parataxis", "conj")
                  if p > k and tree.children(p, *SUBJECTS) and _after_a_comma(tree, p)]
        b = min(beside, default=b + 1) - 1
    span = _trimmed(tree, k, _before_another_report(tree, k, b))
    return [span] if span else None


def _noun_phrase(tree: Tree, i: int, v: Verb) -> Ranges | None:
    """"Clinton reiterated those concerns", "he denied the notion that ...": what was said,
    named by a noun phrase, for the verbs marked so in the list."""
    if not v.object:
        return None
    for o in tree.children(i, "obj"):
        if o > i and tree.tags[o][:2] in ("NN", "CD"):
            span = _trimmed(tree, *tree.subtree(o))
            if span:
                return [span]
    return None


def _issuer(tree: Tree, k: int) -> int | None:
    """Who issued the document ``k`` speaks for ("The ministry issued a statement saying …",
    "Police released a news release that said …": ``resources/issuing_verbs.txt``): the
    subject of the verb whose object the document is (a noun or a pronoun). Not for evidence,
    which speaks for itself ("released data showing": ``resources/evidence_nouns.txt``)."""
    from .descriptions import is_person_noun

    h = tree.heads[k]
    if tree.deps[k] != "obj" or h == k or \
            tree.tokens[h].text.lower() not in read_word_list("issuing_verbs.txt") or \
            not tree.tags[k].startswith("NN") or tree.tags[k].startswith("NNP") or \
            is_person_noun(tree.tokens[k].text, strict=True) or \
            tree.tokens[k].text.lower() in read_word_list("evidence_nouns.txt"):
        return None  # (someone sent is no document: "sent a host to ask people"; data speaks)
    s = tree.subject(h)
    return s if s is not None and s != k and tree.tags[s][:2] in ("NN", "PR") else None


def _can_speak(tree: Tree, k: int) -> bool:
    """Whether the noun phrase headed by ``k`` can be a speaker: a name, a personal pronoun
    (not "it"), or a noun that names people or a speaking body (``speaker_nouns.csv``,
    person nouns)."""
    from .descriptions import is_person_noun
    from .entities import speaker_nouns

    low = tree.tokens[k].text.lower()
    return tree.tags[k].startswith("NNP") or low in _PERSONAL - {"it"} or \
        low in speaker_nouns() or is_person_noun(low)


def _reporter(tree: Tree, i: int, quoted: set[int]) -> int:
    """The verb whose subject speaks for verb ``i``: ``i`` itself, or for a participle set off
    by a comma after what another verb reports ("X told the committee the government would
    table the bill, adding that C"), that reporting verb: the parser hangs the participle on
    the reported clause, whose subject ("the government") is not who adds. Not a verb inside
    quotation marks (``quoted``): the participle is the narrator's, not the quote's."""
    h = tree.heads[i]
    if tree.tags[i] == "VBG" and i > 0 and tree.tokens[i - 1].text in (",", "—") and (
            tree.deps[i] == "advcl" and h < i or tree.deps[i] == "csubj" and h > i) and \
            tree.deps[h] == "ccomp" and tree.heads[h] < min(h, i) and \
            tree.tokens[tree.heads[h]].start not in quoted and \
            tree.tokens[tree.heads[h]].text.lower() in verbs(beliefs=True):
        return tree.heads[h]  # (or read as the subject of what follows)
    if tree.tags[i] == "VBG" and i > 0 and tree.tokens[i - 1].text in (",", "—") and \
            tree.deps[i] in ("ccomp", "xcomp") and h < i and \
            tree.tokens[h].start not in quoted and \
            tree.tokens[h].text.lower() in verbs(beliefs=True) and \
            not tree.children(i, *SUBJECTS):
        # "“…,” the spokesperson said, adding that C": the participle read as what the verb
        # before it reports; who adds is who said
        return h
    return i


def _source(tree: Tree, i: int, passive: bool, quoted: set[int]) -> Span | None:
    """The span of who says it: the verb's subject (followed through coordination, a relative
    clause or a passive's agent, or to the verb it adds to: :func:`_reporter`)."""
    toks = tree.tokens
    if passive:
        for ag in tree.children(i, "obl:agent"):
            a, b = tree.subtree(ag)
            if toks[a].text.lower() == "by":
                a += 1
            return (toks[a].start, toks[b].end) if a <= b else None
        return None
    first = 1 if toks[0].text.lower() in ("when", "after", "once") else 0
    if i == first and toks[i].text.lower() == "asked" and \
            not tree.children(i, *SUBJECTS, "aux", "aux:pass"):
        # "Asked about the report, Smith said …": Smith was asked; who asked goes unnamed
        return None
    verb = _reporter(tree, i, quoted)
    subj = tree.subject(verb)
    if subj is not None and tree.subtree(subj) == (subj, subj) and \
            toks[subj].text.islower() and _adverb(toks[subj].text):
        # "Donald Trump, in particular, has sharply criticized …": an adverb the tagger read
        # as a noun and the parser as the subject; the subject is the one hung on the
        # auxiliary, if any
        subj = next((k for a in tree.children(verb, "aux", "aux:pass")
                     for k in tree.children(a, "nsubj", "nsubj:pass")), None)
    if subj is not None and subj < verb:
        # "The rand weakened after the Reserve Bank said C": a past tense read as modifying
        # the noun before it ("rand"), that noun as the subject of the verb; the speaker is
        # the noun the parser hung on that past tense right before the verb
        for c in tree.children(subj, "acl"):
            after = [n for n in tree.children(c, "obl") if tree.phrase(n)[1] == verb - 1 and
                     any(toks[x].text.lower() in ("after", "before", "as", "since", "until",
                                                  "when") for x in tree.children(n, "case"))]
            if tree.tags[c] == "VBD" and subj < c < verb and after and \
                    not tree.children(c, *SUBJECTS):
                a, b = tree.phrase(after[0])
                while tree.deps[a] == "case":
                    a += 1  # (without its "after")
                return toks[a].start, toks[b].end
    if subj is not None and tree.deps[subj] == "csubj" and tree.tags[subj] in ("VBG", "VBN") \
            and subj < verb and tree.subtree(subj)[1] == verb - 1:
        # "Speaking to reporters, Albanese said C": a name the parser hung on the participle
        # set off before the verb, the participle read as the verb's (clausal) subject; the
        # words between the last comma and the verb, a name at their end and no verb among
        # them, are who speaks ("…, NHS England chief executive Amanda Pritchard said")
        j = verb - 1
        while j > subj and toks[j].text != "," and not tree.tags[j].startswith(("VB", "MD")):
            j -= 1
        if j < verb - 1 and toks[j].text == "," and tree.tags[verb - 1] in ("NNP", "NNPS"):
            return toks[j + 1].start, toks[verb - 1].end
    if subj is not None and subj == tree.heads[verb] and tree.deps[verb] == "acl" and \
            tree.tags[verb] == "VBG" and toks[verb - 1].text == "," and \
            not _can_speak(tree, subj):
        # "… staged a walkout in the Lok Sabha, alleging that C": a participle set off by a
        # comma, hung on a noun that cannot speak, is the sentence subject's (below)
        subj = None
    if subj is None:
        subj = _quantifier_subject(tree, verb)
    if subj is not None and tree.deps[verb] == "conj" and not tree.children(verb, *SUBJECTS):
        # "The RCMP said that the investigation is ongoing and asked anyone with information
        # to contact police": a reporting verb coordinated inside what another reports, whose
        # subject there cannot speak, is coordinated with that verb: its subject speaks
        # (the reporting verb above: the clause's head, or the head of the noun the parser
        # hung a "that" clause on: "said in a news release that C")
        outer, steps = tree.heads[verb], 0
        while steps < 3 and tree.heads[outer] != outer and \
                toks[outer].text.lower() not in verbs(beliefs=True):
            outer, steps = tree.heads[outer], steps + 1
        # (or whose subject there can speak, when the verb cannot share the content's verb's
        # auxiliary: "said residents were struggling, and called the increase …")
        if outer < tree.heads[verb] and toks[outer].text.lower() in verbs(beliefs=True) and \
                (not _can_speak(tree, subj) or _speakers_next(tree, verb)) and \
                tree.subject(outer) is not None:
            subj = tree.subject(outer)
    if subj is None and tree.tags[i] == "VBG" and i > 0 and toks[i - 1].text == "," and \
            not tree.children(i, *SUBJECTS):
        # "… warned residents to avoid travel, noting that C": a participle set off at the
        # end of the sentence shares the sentence's subject, wherever the parser hung it
        root = tree.top(i)
        subj = tree.subject(root) if root < i else None
        if subj is not None and subj > i:
            subj = None
    if subj is None and not tree.children(verb, *SUBJECTS) and _finite(tree, verb):
        # "The couple, who asked not to be named, said C": the subject read as a modifier
        # (one that can speak, or that "who" says is people: not "Last month, the
        # Independent … revealed")
        subj = _opening_phrase_read_as_modifier(tree, verb)
        if subj is None:
            # "In a statement on Monday, his spokesman, Bayo Onanuga, said C": the speaker
            # read as an apposition of the opening phrase
            subj = next((a for k in tree.children(verb, "obl") if k < verb
                         for a in tree.children(k, "appos")
                         if a < verb and _after_a_comma(tree, a) and _can_speak(tree, a)), None)
        if subj is not None and not _can_speak(tree, subj) and not any(
                toks[w].text.lower() == "who" for c in tree.children(subj, "acl:relcl")
                for w in tree.children(c, "nsubj", "nsubj:pass")):
            subj = None
    h = tree.heads[verb]
    if subj is None and tree.deps[verb] == "parataxis" and h < verb and tree.heads[h] == h and \
            tree.tags[h].startswith("NN") and toks[verb - 1].text == "," and \
            tree.subtree(verb)[0] >= verb - 1 and tree.subtree(h)[0] == 0 and \
            not tree.children(h, "cop", *SUBJECTS) and \
            ":" not in (t.text for t in toks[:verb]):  # (a clause, a rubric: "Focus: X said")
        # "The company's chief executive, Sarah Jones, said C": the subject, with its name set
        # off by commas, read as a sentence of its own and the verb set beside it
        subj = h
    hung = subj is None and tree.deps[verb] == "acl" and tree.tags[verb] in _FINITE and h < verb
    if hung:
        # "while a spokeswoman for the institute declined to comment": a finite verb hung on
        # its subject as if it modified it
        hung = _can_speak(tree, h)
        subj = h if hung else None
    if subj is None:
        return None
    if tree.deps[verb] == "acl" and h < subj and tree.tags[h].startswith("NN") and any(
            toks[c].text.lower() in ("including", "like", "such") for c in
            tree.children(subj, "case")):
        # "Indigenous leaders, including Chief Joe Alphonse, have said C": the example read
        # as the subject, the group as the noun the verb hangs on; the group says it
        subj = h
    if subj == _displaced_subject(tree, verb):
        subj = next(k for k in tree.children(verb, *SUBJECTS) if k != subj)
    if toks[subj].start in quoted:
        # "“It was a reflection of anger,” McCain said, citing …": a subject inside quotation
        # marks is what was said; the speaker is the other subject, or the name set after
        # the verb ("…,” said Devine, suggesting …")
        head = tree.heads[subj]
        other = [k for k in tree.children(head, *SUBJECTS) if toks[k].start not in quoted] + \
            [k for k in tree.children(head, "obj") if k == head + 1 and
             tree.tags[k].startswith("NNP")]
        if not other:
            return None
        subj = other[0]
    if toks[subj].text.lower() in _RELATIVE and tree.deps[tree.heads[subj]] == "acl:relcl":
        # "officials who said", and "The minister, who was appointed …, declined to say":
        # the verb reached through the relative clause's verb, coordinated or served
        who = toks[subj].text.lower() == "who"
        verb = tree.heads[subj]
        subj = tree.heads[verb]
        # "Dr. Ahmed Khan, an emergency physician at St. Paul's Hospital, who added": "who"
        # is a person, not the place the parser hung it on, nor the description of him
        case = [k for k in tree.children(subj, "case") if toks[k].text.lower() != "of"]
        if who and tree.deps[subj] == "nmod" and case and \
                tree.phrase(subj, exclude=(verb, i))[0] in case:  # not "a list of leaders who"
            up = subj
            while tree.deps[up] == "nmod" and tree.children(up, "case"):
                up = tree.heads[up]
            if tree.deps[up] == "appos":
                up = tree.heads[up]
            if tree.tags[up].startswith("NNP"):  # a name, not "support from those who"
                subj = up
    issuer = _issuer(tree, subj)
    if issuer is not None:  # "The ministry issued a statement saying C": the ministry
        verb, subj = tree.heads[subj], issuer
    # "The board on Sunday urged": a time phrase read as part of the subject stays out
    when = tuple(k for k in tree.children(subj, "nmod") if k > subj and any(
        toks[c].text.lower() in ("on", "during") for c in tree.children(k, "case")))
    a, b = tree.phrase(subj, exclude=(verb, i) + when)
    while a < subj and tree.deps[a] == "cc" and tree.heads[a] == subj:
        a += 1  # "And America Rising called …": the sentence's conjunction is no part of it
    if hung:
        b = min(b, verb - 1)
    if tree.deps[a] == "case" and toks[a].text.lower() in ("while", "whereas", "although") \
            and a < subj:
        a += 1  # "…, while a spokeswoman declined": a conjunction read as a preposition
    if tree.deps[a] == "case" and tree.tags[a] in ("IN", "TO"):
        if toks[i].start > toks[subj].start and tree.deps[subj] in ("obl", "nmod") and \
                any(tree.deps[k] == "acl:relcl" for k in tree.children(subj)) and \
                tree.tags[subj].startswith("NNP"):
            # "to meet with Devocht, who had told Montalvo C": the one named before "who",
            # without the preposition that relates it to the sentence
            while a < subj and tree.deps[a] == "case":
                a += 1
        else:
            return None  # a phrase that opens with a preposition is no subject: a wrong parse
    for other in tree.children(verb, *SUBJECTS):  # "Union leader | Grace Park said": two
        if other != subj:                         # subjects side by side are one phrase
            c, d = tree.phrase(other, exclude=(verb, i))
            if c == b + 1 or d == a - 1:
                a, b = min(a, c), max(b, d)
    return toks[a].start, toks[b].end
