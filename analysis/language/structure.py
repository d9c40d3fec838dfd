"""The shipped clause-structure model: parts of speech and dependencies of a sentence, and the
few questions the readings ask of them (what a verb's subject and complement are, where a
clause begins and ends).

A spaCy pipeline (tok2vec, tagger, parser) trained by :mod:`analysis.language.train_structure`
on the UD English treebanks EWT and GUM (``python -m analysis train structure
../shared/corpora``). It reads the article's own tokens (:mod:`.tokens`, cut as UD cuts them),
never spaCy's tokenizer, and it is asked only for the sentences a reading needs parsed (those
with a candidate reporting verb): parsing every sentence would cost more than the rest of the
analysis. The model folder ``analysis/resources/models/structure/`` holds the pipeline,
``meta.json`` (sources, licences, settings, dev scores) and a README.

Labels are UD's: tags are Penn Treebank tags (``VBD``, ``NNP``), relations UD relations with
their subtypes (``nsubj``, ``nsubj:pass``, ``ccomp``, ``xcomp``, ``parataxis``,
``acl:relcl``).
"""

from __future__ import annotations

import threading
from collections.abc import Collection
from dataclasses import dataclass, field

from ..config import RESOURCES_DIR
from .tokens import Token

MODEL_DIR = RESOURCES_DIR / "models" / "structure"
SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
NOUN_PHRASE = frozenset({"compound", "flat", "flat:name", "flat:foreign", "det", "det:poss",
                         "det:predet", "amod", "nmod", "nmod:poss", "nmod:unmarked", "case",
                         "nummod", "fixed", "goeswith", "advmod", "nmod:desc"})
# A run-on "sentence" is parsed in pieces of at most this many tokens, so that reading a tree
# stays bounded and the whole stays linear in the text. Of the 9,468 PolNeAR train sentences
# the quotes reading parses, the median has 28 tokens and 99% have at most 66.
MAX_TREE_TOKENS = 150
# The parser keeps the entries of the first words it meets, up to this many (about 35 MB:
# 200,000 new words took 141 MB); later words are forgotten after each parse. The sentences
# the quotes command parses in the 840 PolNeAR train texts hold 49,000.
KEPT_WORDS = 50_000


class ModelMissing(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class Tree:
    """One parsed sentence: its tokens, their tags, the index of each token's head (a root
    points at itself) and the relation to it."""

    tokens: list[Token]
    tags: list[str]
    heads: list[int]
    deps: list[str]
    kids: list[list[int]] = field(default_factory=list)  # each token's dependents, in order

    def __post_init__(self):
        if not self.kids:
            for _ in self.heads:
                self.kids.append([])
            for k, h in enumerate(self.heads):
                if h != k:
                    self.kids[h].append(k)

    def children(self, i: int, *deps: str) -> list[int]:
        """The dependents of token ``i`` (those of the relations ``deps`` when given)."""
        return [k for k in self.kids[i] if not deps or self.deps[k] in deps]

    def subtree(self, i: int, without: tuple[int, ...] = ()) -> tuple[int, int]:
        """The first and last token index of the phrase headed by ``i`` (a projective
        parse's subtree is contiguous), leaving out the subtrees of ``without`` at its edges."""
        inside = {i}
        members = [i]
        stack = [i]
        while stack:
            node = stack.pop()
            for k in self.kids[node]:
                if k not in inside and k not in without:
                    inside.add(k)
                    members.append(k)
                    stack.append(k)
        return min(members), max(members)

    def phrase(self, i: int, exclude: tuple[int, ...] = ()) -> tuple[int, int]:
        """The first and last token index of the noun phrase headed by ``i``: its name,
        determiners, modifiers, possessors and prepositional complements ("a spokesman for
        the campaign"), nouns coordinated with it ("Clinton and Trump") and a name set right
        after a title ("Secretary of State Hillary Clinton"), but no clause, apposition after
        a comma or parenthesis that describes it."""
        members = [i]
        stack = [i]
        while stack:
            node = stack.pop()
            for k in self.children(node):
                if k in exclude:
                    continue
                dep = self.deps[k]
                if dep == "advmod" and k > node and self.tokens[k - 1].text == ",":
                    continue  # "Democrats, meanwhile, say": an adverb set off, not the noun's
                if dep in NOUN_PHRASE or (dep in ("conj", "cc") and node == i and (
                        dep == "cc" or self.tags[k][:2] in ("NN", "PR"))) or (
                        # "familiar with", "close to" (an adverb read as the modifier)
                        dep == "obl" and self.tags[node][:2] in ("JJ", "RB")) or (
                        dep == "appos" and self.tags[k].startswith("NNP") and
                        self.tokens[k - 1].text != "," and k > node):  # Secretary ... Clinton
                    members.append(k)
                    stack.append(k)
        return min(members), max(members)

    def is_verb(self, i: int) -> bool:
        return self.tags[i].startswith("VB") or self.tags[i] == "MD"

    def top(self, i: int) -> int:
        """The head of the tree that holds token ``i`` (its sentence's root)."""
        for _ in range(len(self.heads)):
            if self.heads[i] == i:
                break
            i = self.heads[i]
        return i

    def clause_of(self, i: int) -> int | None:
        """The verb (or the predicate with a copula: "Earnest is the spokesman") whose
        clause holds token ``i``: ``i`` itself or the first such on its way up."""
        for _ in range(12):
            if self.is_verb(i) or self.children(i, "cop"):
                return i
            if self.heads[i] == i:
                return None
            i = self.heads[i]
        return None

    def past_read_as_participle(self, i: int) -> bool:
        """Whether ``i`` is a past tense the tagger read as a participle modifying the noun
        before it: with an object ("the affidavit cited interviews with Fields": a passive
        participle takes none), or right after the phrase of a noun that heads the sentence,
        which has no verb of its own ("A spokeswoman for the minister | declined to
        comment")."""
        h = self.heads[i]
        return self.tags[i] == "VBN" and self.deps[i] == "acl" and h < i and (
            bool(self.children(i, "obj")) or
            self.deps[h] == "ROOT" and self.phrase(h, exclude=(i,))[1] == i - 1)

    def subject(self, i: int) -> int | None:
        """The subject of verb ``i``: its own, or that of the verb it is coordinated with or
        serves ("Machado promised ... and said ..."; "wanted to say ..."; "spoke on Friday,
        saying ..."), the object of the verb it completes ("prompting Trump to announce"),
        or, for a relative clause ("officials who said ...") or a participle that modifies a
        noun ("data showing that ..."), the noun it describes."""
        seen = 0
        while seen < 4:
            subj = self.children(i, *SUBJECTS) or [
                # "The school board has since apologised": a subject hung on the auxiliary
                s for a in self.children(i, "aux", "aux:pass") for s in self.children(a, *SUBJECTS)]
            if subj:
                return subj[0]
            for c in self.children(i, "advcl"):
                # "The premier, speaking in Victoria, said": the parser hangs the subject on
                # the participle set off before the verb
                if c < i and self.tags[c] in ("VBG", "VBN") and not self.children(c, "mark"):
                    subj = [s for s in self.children(c, *SUBJECTS) if s < c]
                    if subj:
                        return subj[0]
            if self.deps[i] == "xcomp" and self.heads[i] != i and \
                    self.children(self.heads[i], "obj"):
                return self.children(self.heads[i], "obj")[0]  # "prompting Trump to announce"
            if self.deps[i] in ("conj", "xcomp", "advcl") and self.heads[i] != i:
                i = self.heads[i]
            elif self.heads[i] != i and (self.deps[i] == "acl:relcl" or
                                         self.deps[i] == "acl" and self.tags[i] == "VBG" or
                                         self.past_read_as_participle(i)):
                # "officials who said", "data showing that", "the affidavit cited
                # interviews"
                return self.heads[i]
            else:
                return None
            seen += 1
        return None


_local = threading.local()


def pipeline():
    """The spaCy pipeline, loaded once per thread (a worker process loads its own)."""
    nlp = getattr(_local, "nlp", None)
    if nlp is None:
        folder = MODEL_DIR
        if not (folder / "meta.json").exists():
            raise ModelMissing(f"{folder}: the clause-structure model is missing; rebuild it "
                               "with `python -m analysis train structure ../shared/corpora`")
        import spacy
        from thinc.api import use_ops
        from threadpoolctl import threadpool_limits

        _register_bare_tokenizer()

        # The network's matrix products through numpy's BLAS (OpenBLAS), not thinc's own
        # (BLIS): the same trees, tagging and parsing a quarter faster on this project's
        # machine (``benchmarks/bench_language.py``). One BLAS thread per process: the
        # matrices are small, and the corpus command's workers each have a core of their own.
        threadpool_limits(limits=1, user_api="blas")
        with use_ops("numpy", use_blis=False):
            # the pipeline reads the package's own tokens (a Doc made from words), never
            # text through spaCy's tokenizer: the English tokenizer's 2,700 special cases are
            # not built (a bare tokenizer instead; loading 0.23 -> 0.09 s)
            nlp = spacy.load(folder, exclude=["tokenizer"],
                             config={"nlp": {"tokenizer": {"@tokenizers": _BARE_TOKENIZER}}})
        # A new word's entry computes only what the pipeline reads of it: the network's
        # features (NORM, PREFIX, SUFFIX, SHAPE), the lower-case form the parse chooses its
        # sentences by, and IS_SPACE, which the parser's states ask; not English's twenty
        # other flags (like_num, like_url, is_stop ...), which nothing here reads: the same
        # trees (all 11,517 sentences the quotes command tags in PolNeAR train), sooner.
        nlp.vocab.lex_attr_getters = {k: f for k, f in nlp.vocab.lex_attr_getters.items()
                                      if k in _lexeme_attrs()}
        _local.nlp = nlp
    return nlp


_BARE_TOKENIZER = "analysis.bare_tokenizer.v1"


def _lexeme_attrs() -> set[int]:
    """The word attributes the pipeline reads (spaCy's ids, imported with spaCy)."""
    from spacy.attrs import IS_SPACE, LOWER, NORM, PREFIX, SHAPE, SUFFIX

    return {LOWER, NORM, PREFIX, SUFFIX, SHAPE, IS_SPACE}


def _register_bare_tokenizer() -> None:
    import spacy

    if _BARE_TOKENIZER in spacy.registry.tokenizers:
        return

    @spacy.registry.tokenizers(_BARE_TOKENIZER)
    def bare():
        def create(nlp):
            from spacy.tokenizer import Tokenizer

            return Tokenizer(nlp.vocab)  # no rules: splits on spaces, were it ever asked

        return create


def locate(trees: list[Tree], spans: list[tuple[int, int]]
           ) -> list[tuple[Tree | None, list[int]]]:
    """For each ``[start, end)`` of ``spans`` (offsets in one sentence, in any order): the
    piece of the sentence's trees that holds ``start`` and the indices of its tokens that
    start inside the span, or ``(None, [])``. The spans are met in order, piece by piece,
    with a binary search inside a piece: a sentence of many pieces and many names stays
    linear."""
    import bisect

    found: list[tuple[Tree | None, list[int]]] = [(None, [])] * len(spans)
    order = sorted(range(len(spans)), key=lambda n: spans[n][0])
    pieces = [t for t in trees if t.tokens]
    p = 0
    starts: list[int] | None = None
    for n in order:
        start, end = spans[n]
        while p + 1 < len(pieces) and pieces[p + 1].tokens[0].start <= start:
            p, starts = p + 1, None
        if not pieces or pieces[p].tokens[0].start > start:
            continue
        if starts is None:
            starts = [t.start for t in pieces[p].tokens]
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if hi > lo:
            found[n] = (pieces[p], list(range(lo, hi)))
    return found


def pieces(sentence: list[Token]) -> list[list[Token]]:
    """The sentence cut into pieces of at most ``MAX_TREE_TOKENS`` tokens (one, mostly)."""
    return [sentence[a:a + MAX_TREE_TOKENS] for a in range(0, len(sentence), MAX_TREE_TOKENS)]


def parse(sentences: list[list[Token]], verbs: Collection[str] | None = None
          ) -> list[Tree | None]:
    """The trees of the given sentences (each a list of tokens), in order. With ``verbs``
    (lower-case word forms), a sentence is only tagged, and not parsed (None in its place),
    when none of those words is tagged a verb in it (or a noun right before "that", where
    the tagger often mistakes the verb for one: "The New York Post reports that"): the
    tagger is cheap, the parser is not, and a reading that needs one of those verbs as a
    verb has nothing to read there."""
    nlp = pipeline()
    if len(nlp.vocab) < KEPT_WORDS:
        # the words met first are kept: most words of the next batch are among them, and a
        # kept word's entry is not made again
        return _parse(nlp, sentences, verbs)
    # past that, the words of these sentences are forgotten again when the trees are read
    # (spaCy's memory zone): a long corpus run does not grow the vocabulary with every new
    # word, and its memory stays flat
    with nlp.memory_zone():
        return _parse(nlp, sentences, verbs)


def _parse(nlp, sentences: list[list[Token]], verbs: Collection[str] | None
           ) -> list[Tree | None]:
    from spacy.attrs import DEP, HEAD, LOWER, TAG
    from spacy.tokens import Doc

    docs = []
    for toks in sentences:
        spaces = [a.end < b.start for a, b in zip(toks, toks[1:], strict=False)] + [False]
        doc = Doc(nlp.vocab, words=[t.text for t in toks], spaces=spaces,
                  sent_starts=[True] + [False] * (len(toks) - 1))  # one sentence, one tree
        docs.append(doc)
    if verbs is None:
        parsed = list(nlp.pipe(docs, batch_size=256))
    else:
        with nlp.select_pipes(enable=["tok2vec", "tagger"]):  # tok2vec keeps doc.tensor
            docs = list(nlp.pipe(docs, batch_size=256))
        # (or read as a noun right before "that": "The New York Post reports that C")
        strings = nlp.vocab.strings
        forms = {strings[w] for w in verbs}  # (the hashes of the words, as the Doc has them)
        that = strings["that"]
        verbal = {strings[t] for t in nlp.get_pipe("tagger").labels
                  if t.startswith("VB") or t == "MD"}
        nouns = {strings["NN"], strings["NNS"]}
        chosen = []
        for i, doc in enumerate(docs):
            rows = doc.to_array([LOWER, TAG]).tolist()
            if any(low in forms and (tag in verbal or tag in nouns and k + 1 < len(rows) and
                                     rows[k + 1][0] == that)
                   for k, (low, tag) in enumerate(rows)):
                chosen.append(i)
        parsed = [None] * len(docs)
        for i, doc in zip(chosen, nlp.get_pipe("parser").pipe([docs[i] for i in chosen],
                                                               batch_size=256), strict=True):
            parsed[i] = doc
    out: list[Tree | None] = []
    strings = nlp.vocab.strings
    for toks, doc in zip(sentences, parsed, strict=True):
        if doc is None:
            out.append(None)
            continue
        rows = doc.to_array([TAG, HEAD, DEP])
        heads = rows[:, 1].astype("int64").tolist()  # the offset to the head, signed
        out.append(Tree(toks, [strings[t] for t in rows[:, 0].tolist()],
                        [i + h for i, h in enumerate(heads)],
                        [strings[d] for d in rows[:, 2].tolist()]))
    return out
