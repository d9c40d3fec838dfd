"""Readers of the annotated corpora in ``../shared/corpora`` (training and scoring only: nothing
here runs when an article is analysed).

Every reader gives documents: a document is a list of sentences, a sentence a list of
``(word, label)`` with BIO labels over four types, ``PER`` (a person), ``ORG`` (an organisation,
a country or city acting as a body), ``LOC`` (a place) and ``MISC`` (any other named thing: an
event, a work, a law, a product, an award).

- GUM (Zeldes 2017): every mention is typed in the MISC column (``Entity=``). A mention is a
  *name* when the word that heads it is a proper noun (UPOS ``PROPN``); the name is the run of
  proper nouns around that head (with "of", "the", "de", "and", "&" inside it: "Bank of
  America"), so "the Venezuelan president Nicolás Maduro" gives "Nicolás Maduro" and a
  mention with no proper noun at its head ("the president") gives none. Types: person → PER,
  place → LOC, organization → ORG, event, object, abstract, substance, animal, plant → MISC;
  times and quantities are not names.
- wikigold (Balasuriya et al. 2009): CoNLL IO tags, PER / ORG / LOC / MISC.
- UNER on EWT (Mayhew et al. 2024): IOB2, PER / ORG / LOC (no MISC: a scheme of its own, used
  here only to score).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

Sentence = list[tuple[str, str]]
Document = list[Sentence]

GUM_TYPES = {"person": "PER", "place": "LOC", "organization": "ORG", "event": "MISC",
             "object": "MISC", "abstract": "MISC", "substance": "MISC", "animal": "MISC",
             "plant": "MISC"}
_CONNECTORS = {"of", "the", "de", "del", "la", "&", "von", "van", "da", "du", "le", "al",
               "bin", "for"}
# Every fifth GUM document (sorted by name, starting at the third) is the development split:
# 25 of the 127, all genres. The trainer never sees them.
GUM_DEV_EVERY, GUM_DEV_OFFSET = 5, 2


def gum_files(corpora: Path, split: str) -> list[Path]:
    files = sorted((Path(corpora) / "gum").glob("*.conllu"))
    dev = {f for i, f in enumerate(files) if i % GUM_DEV_EVERY == GUM_DEV_OFFSET}
    return [f for f in files if (f in dev) == (split == "dev")]


def _entity_events(value: str):
    """The mentions a token opens (``("open", id, type, closes_here)``) and closes
    (``("close", id)``), from GUM's ``Entity=`` value."""
    i, n = 0, len(value)
    while i < n:
        if value[i] == "(" and i + 1 < n and value[i + 1].isdigit():
            depth, j = 1, i + 1
            while j < n:
                if value[j] == "(" and j + 1 < n and value[j + 1].isdigit():
                    break
                if value[j] == "(":
                    depth += 1
                elif value[j] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            chunk = value[i + 1:j]
            fields = chunk.split("-")
            closes = j < n and value[j] == ")" and depth == 0
            # GRP-etype-infstat-salience-centering-minspan-link-identity: a Wikipedia
            # identity marks a named entity
            yield ("open", fields[0], fields[1], closes, len(fields) >= 8)
            i = j + 1 if closes else j
        elif value[i].isdigit():
            j = i
            while j < n and value[j].isdigit():
                j += 1
            if j < n and value[j] == ")":
                yield ("close", value[i:j])
            i = j + 1
        else:
            i += 1


@dataclass
class GumToken:
    word: str
    upos: str
    head: int  # index in the document of the word it depends on, -1 for the root
    plural: bool
    space_after: bool
    new_paragraph: bool  # the first word of a paragraph


@dataclass
class GumDocument:
    """A GUM document read once: its tokens, its sentences (token indices), its entity
    mentions ``(start, end, type, entity id, linked)`` over token indices ``[start, end)``, and
    where each discourse unit starts: ``(token index, the Discourse= value)`` (GUM's enhanced
    RST: the unit's relations to the units it depends on)."""

    tokens: list[GumToken]
    sentences: list[list[int]]
    mentions: list[tuple[int, int, str, str, bool]]
    units: list[tuple[int, str]] = field(default_factory=list)

    def layout(self) -> tuple[str, list[tuple[int, int]]]:
        """The document as text an article could hold (its tokens with their spaces,
        sentences apart, paragraphs on lines of their own) and each token's character span."""
        pieces: list[str] = []
        offsets: list[tuple[int, int]] = []
        pos = 0
        space = ""
        for sentence in self.sentences:
            for k, i in enumerate(sentence):
                t = self.tokens[i]
                if k == 0:
                    space = "\n\n" if t.new_paragraph and pieces else (" " if pieces else "")
                pieces += [space, t.word]
                offsets.append((pos + len(space), pos + len(space) + len(t.word)))
                pos += len(space) + len(t.word)
                space = " " if t.space_after else ""
        return "".join(pieces), offsets


def read_conllu(path: Path) -> GumDocument:
    """A GUM ``.conllu`` file: tokens, sentences and the mentions of its ``Entity=`` column."""
    tokens: list[GumToken] = []
    sentences: list[list[int]] = []
    mentions: list[tuple[int, int, str, str, bool]] = []
    units: list[tuple[int, str]] = []
    opened: list[tuple[str, str, int, bool]] = []
    current: list[int] = []
    sent_start = 0
    new_par = False
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line:
            if current:
                sentences.append(current)
                current = []
            continue
        if line.startswith("#"):
            new_par = new_par or line.startswith("# newpar")
            continue
        cols = line.split("\t")
        if not cols[0].isdigit():
            continue  # multiword tokens and empty nodes
        if cols[0] == "1":
            sent_start = len(tokens)
        index = len(tokens)
        head = int(cols[6]) if cols[6].isdigit() else 0
        tokens.append(GumToken(cols[1], cols[3], sent_start + head - 1 if head else -1,
                               "Number=Plur" in cols[5], "SpaceAfter=No" not in cols[9],
                               new_par and cols[0] == "1"))
        new_par = False
        current.append(index)
        for misc in cols[9].split("|"):
            if misc.startswith("Discourse="):
                units.append((index, misc[10:]))
            if not misc.startswith("Entity="):
                continue
            for event in _entity_events(misc[7:]):
                if event[0] == "open":
                    _, grp, etype, closes, linked = event
                    if closes:
                        mentions.append((index, index + 1, etype, grp, linked))
                    else:
                        opened.append((grp, etype, index, linked))
                else:
                    for k in range(len(opened) - 1, -1, -1):
                        if opened[k][0] == event[1]:
                            grp, etype, start, linked = opened.pop(k)
                            mentions.append((start, index + 1, etype, grp, linked))
                            break
    return GumDocument(tokens, sentences, mentions, units)


def name_of(doc: GumDocument, start: int, end: int, linked: bool = True,
            tokens=None, spans=None) -> tuple[int, int] | None:
    """The name a mention ``[start, end)`` holds, as a token range, or None: the run of proper
    nouns around its head, else, for a ``linked`` mention, its longest run of proper nouns that
    no smaller mention holds (``tokens``, ``spans``: the document's, when already made)."""
    tokens = tokens or [(t.word, t.upos, t.head) for t in doc.tokens]
    span = _name_in(tokens, start, end)
    if span is None and linked:
        spans = spans or sorted((a, b) for a, b, *_ in doc.mentions)
        span = _linked_name(tokens, start, end, spans)
    return span


def read_gum(path: Path) -> Document:
    """One GUM document as BIO-labelled sentences (see the module docstring)."""
    doc = read_conllu(path)
    tokens = [(t.word, t.upos, t.head) for t in doc.tokens]
    spans = sorted((a, b) for a, b, *_ in doc.mentions)
    labels = ["O"] * len(tokens)
    names = []
    for start, end, etype, _, linked in doc.mentions:
        label = GUM_TYPES.get(etype)
        span = name_of(doc, start, end, linked, tokens, spans) if label else None
        if span is not None:
            names.append((span[0], span[1], label))
    # the outermost name wins where names overlap ("University of Toronto" over "Toronto")
    for start, end, label in sorted(names, key=lambda n: (n[0] - n[1], n[0])):
        if any(lab != "O" for lab in labels[start:end]):
            continue
        labels[start] = "B-" + label
        for k in range(start + 1, end):
            labels[k] = "I-" + label
    return [[(tokens[i][0], labels[i]) for i in sent] for sent in doc.sentences]


def _name_in(tokens, start: int, end: int) -> tuple[int, int] | None:
    """The run of proper nouns around the head of the mention ``[start, end)``, if the head
    is a proper noun."""
    head = next((i for i in range(start, end) if not start <= tokens[i][2] < end), start)
    if tokens[head][1] != "PROPN":
        return None
    a = head
    while a > start and (_part(tokens[a - 1]) or (
            tokens[a - 1][0].lower() in _CONNECTORS and a - 2 >= start
            and _part(tokens[a - 2]) and tokens[a - 1][0].islower())):
        a -= 1
    b = head + 1
    while b < end and (_part(tokens[b]) or (
            tokens[b][0].lower() in _CONNECTORS and b + 1 < end and _part(tokens[b + 1]))):
        b += 1
    return a, b


def _part(token) -> bool:
    """A word of a name: a proper noun, or a capitalised adjective, noun or numeral next to
    one ("Royal Gold Medal", "Korean Central News Agency", "Elizabeth II")."""
    return token[1] == "PROPN" or (token[1] in {"ADJ", "NOUN", "NUM"} and token[0][:1].isupper())


def _linked_name(tokens, start: int, end: int, mentions) -> tuple[int, int] | None:
    """A linked mention headed by a common noun ("Yonhap news agency", "the country's main
    news agency Korean Central News Agency"): its longest run of proper nouns that no smaller
    mention inside it holds."""
    runs, a = [], None
    for i in range(start, end + 1):
        propn = i < end and _part(tokens[i])
        if propn and a is None:
            a = i
        elif not propn and a is not None:
            runs.append((a, i))
            a = None
    runs = [(a, b) for a, b in runs if not any(
        start <= s and e <= end and (s, e) != (start, end) and s <= a and b <= e
        for s, e in mentions if s < end and e > start)]
    return max(runs, key=lambda r: r[1] - r[0], default=None)


def _tagged_documents(path: Path, new_document: str, row, comments: bool) -> list[Document]:
    """Documents of a one-word-a-line file: a line starting with ``new_document`` opens a
    document, a blank line ends a sentence, other ``#`` lines are comments when ``comments``
    (else "#" is a word), and ``row(line, sentence so far)`` gives a word and its BIO
    label."""
    docs: list[Document] = []
    doc: Document = []
    sent: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        opens = line.startswith(new_document)
        if opens or not line.strip():
            if sent:
                doc.append(sent)
                sent = []
            if opens and doc:
                docs.append(doc)
                doc = []
            continue
        if not (comments and line.startswith("#")):
            sent.append(row(line, sent))
    if doc:
        docs.append(doc)
    return docs


def _io_row(line: str, sent: Sentence) -> tuple[str, str]:
    """``word TAG`` with an IO tag, made BIO."""
    word, tag = line.rsplit(" ", 1)
    if tag != "O":
        kind = tag.split("-", 1)[1]
        inside = sent and sent[-1][1] != "O" and sent[-1][1][2:] == kind and \
            not tag.startswith("B-")
        tag = ("I-" if inside else "B-") + kind
    return word, tag


def read_conll_io(path: Path) -> list[Document]:
    """wikigold: ``word TAG`` lines, blank lines between sentences, ``-DOCSTART-`` between
    documents; IO tags made BIO."""
    return _tagged_documents(path, "-DOCSTART-", _io_row, comments=False)


def read_iob2(path: Path) -> list[Document]:
    """UNER: ``# newdoc`` between documents, ``index word TAG ...`` lines."""
    return _tagged_documents(path, "# newdoc", lambda line, _: tuple(line.split("\t")[1:3]),
                             comments=True)


def training_documents(corpora: Path) -> list[Document]:
    corpora = Path(corpora)
    return [read_gum(f) for f in gum_files(corpora, "train")] + \
        read_conll_io(corpora / "wikigold" / "wikigold.conll.txt")


def dev_sets(corpora: Path) -> dict[str, list[Document]]:
    corpora = Path(corpora)
    return {"GUM dev (25 documents)": [read_gum(f) for f in gum_files(corpora, "dev")],
            "UNER EWT dev (web text)": read_iob2(corpora / "uner-ewt" / "en_ewt-ud-dev.iob2")}
