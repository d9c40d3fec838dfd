"""Segmentation: paragraphs, headings, quote-aware sentences, quoted regions and words.

Every span is ``(start, end)``, a half-open range of character offsets into the article text
exactly as read, so anything found anywhere in the project can be pointed back at the text.

Sentences come from nltk's Punkt, built from parameters kept as data (abbreviations news uses,
sentence starters) instead of a downloaded model, then made quote-aware: a split inside a
quotation that closes in the same paragraph is undone, and so is a split before a lower-case
continuation (``“Stop!” he said.`` is one sentence).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .imports import import_nltk

import_nltk()  # (lightly in the command line: analysis.imports)

from nltk.tokenize import RegexpTokenizer  # noqa: E402
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer  # noqa: E402

from .wordlists import read_table, read_word_list  # noqa: E402

Span = tuple[int, int]

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
# Characters after which a straight double quote opens a quotation rather than closes one.
_OPENING_CONTEXT = set(" \t\n\r([{—–-/:")
_TERMINAL = ".!?…"
# Double quotation marks; two apostrophes ('') stand for one straight double quote in some
# newspaper archives.
_DOUBLE_MARK = re.compile("''|[“„«”»\"]")
_HEADING_MAX_WORDS = 12
_HEADING_MAX_CHARS = 100

_words = RegexpTokenizer(r"\w+(?:[-'’.]\w+)*")


@dataclass(frozen=True)
class QuoteRegion:
    """A stretch of text in quotation marks.

    ``start``/``end`` bound the content (inside the marks); ``open``/``close`` are the offsets
    of the marks themselves (``close`` is None when the quotation runs to the end of its
    paragraph without closing, as in a quote continued over paragraphs or a stray mark).
    """

    start: int
    end: int
    open: int
    close: int | None
    mark: str  # "double" or "single"
    # the article's own quotation marks, not a quotation inside one: double marks in American
    # and Canadian news, single in British news (see :func:`quote_regions`)
    primary: bool = False

    @property
    def closed(self) -> bool:
        return self.close is not None

    @property
    def outer_end(self) -> int:
        """End of the quotation with its closing mark (``''`` is two characters)."""
        if self.close is None:
            return self.end
        return self.close + (self.start - self.open)


@dataclass(frozen=True)
class Segment:
    """A heading or a sentence, with the index of the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int
    is_heading: bool


@lru_cache(maxsize=1)
def punkt() -> PunktSentenceTokenizer:
    """nltk's Punkt with news abbreviations and sentence starters, no download needed."""
    params = PunktParameters()
    params.abbrev_types = set(read_word_list("abbreviations.txt"))
    params.sent_starters = set(read_word_list("sentence_starters.txt"))
    return PunktSentenceTokenizer(params)


def words(text: str) -> list[str]:
    """Word tokens (nltk's RegexpTokenizer): letters and digits, with inner hyphens,
    apostrophes and periods kept (``U.S.``-style initials count as one word)."""
    return _words.tokenize(text)


def word_spans(text: str) -> list[Span]:
    return list(_words.span_tokenize(text))


def paragraphs(text: str) -> list[Span]:
    """Spans of paragraphs, trimmed of surrounding white space.

    A paragraph is a line of text; blank lines also separate. A line that does not end a
    sentence and is followed by a line starting in lower case is a hard wrap, and is joined
    to the next.
    """
    spans: list[Span] = []
    current: Span | None = None
    # a line ends at \n, \r\n or a lone \r (old Mac files)
    for m in re.finditer(r"[^\r\n]+", text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            if current:
                spans.append(current)
            current = None
            continue
        lead = len(line) - len(line.lstrip())
        span = (m.start() + lead, m.start() + len(line.rstrip()))
        if current is not None:
            # only the paragraph's last character decides (copying the paragraph so far
            # for each hard-wrapped line grew with the square of its length)
            last = text[current[1] - 1]
            gap = text[current[1] : span[0]]
            if len(_LINE_BREAK.findall(gap)) == 1 and _is_wrap(last, stripped):
                current = (current[0], span[1])
                continue
            spans.append(current)
        current = span
    if current:
        spans.append(current)
    return spans


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _is_wrap(last: str, line: str) -> bool:
    """Whether ``line`` continues a paragraph whose last character is ``last``."""
    return last not in _TERMINAL + CLOSE_DOUBLE + STRAIGHT_DOUBLE + ":" and (
        line[0].islower()
    )


def is_heading(paragraph_text: str) -> bool:
    """A short line without closing punctuation, like ``Next Steps Uncertain``."""
    t = paragraph_text.strip()
    if not t or len(t) > _HEADING_MAX_CHARS or "\n" in t:
        return False
    if t[-1] in ".!:;,…" + CLOSE_DOUBLE + STRAIGHT_DOUBLE + "’'":
        return False
    tokens = words(t)
    if not tokens or len(tokens) > _HEADING_MAX_WORDS:
        return False
    first = t.lstrip(OPEN_DOUBLE + STRAIGHT_DOUBLE + "‘'(")[:1]
    return first.isupper() or first.isdigit()


def quote_regions(text: str, paragraph_spans: list[Span] | None = None) -> list[QuoteRegion]:
    """Quotations in the text, double and single curly marks.

    Curly marks say which way they face; a straight ``"`` opens after white space or an
    opening bracket and closes otherwise. A quotation still open at the end of its paragraph
    continues if the next paragraph opens with a quotation mark (a quote running over several
    paragraphs); otherwise it ends there, unclosed. Single quotes (‘...’) count only where they
    open at a word start and close before a non-letter, so apostrophes are not quotes. Never
    raises, whatever the balance of marks.
    """
    if paragraph_spans is None:
        paragraph_spans = paragraphs(text)
    regions: list[QuoteRegion] = []
    open_at: int | None = None  # offset of the opening double mark still open
    open_len = 1
    for i, (p_start, p_end) in enumerate(paragraph_spans):
        if open_at is not None:
            # still open at the end of the last paragraph: a quote continued over paragraphs
            # (this one reopens with a mark) or a stray mark; it ends with that paragraph
            regions.append(QuoteRegion(open_at + open_len, paragraph_spans[i - 1][1], open_at,
                                       None, "double"))
            open_at = None
        for m in _DOUBLE_MARK.finditer(text, p_start, p_end):
            pos = m.start()
            ch = m.group()
            straight = ch in (STRAIGHT_DOUBLE, "''")
            if ch in OPEN_DOUBLE or (straight and _straight_opens(text, pos, open_at)) or (
                    # a closing mark typed for an opening one: after a space or at the
                    # paragraph's start, right before a word ("”Fear. I am truly afraid …”")
                    open_at is None and ch in CLOSE_DOUBLE and
                    _straight_opens(text, pos, None) and text[pos + 1:pos + 2].isalnum()):
                if open_at is None:
                    open_at, open_len = pos, len(ch)
                # an opening mark inside an open quotation: keep the outer one
            elif open_at is not None:
                regions.append(QuoteRegion(open_at + open_len, pos, open_at, pos, "double"))
                open_at = None
        if "‘" in text[p_start:p_end]:
            following = paragraph_spans[i + 1][0] if i + 1 < len(paragraph_spans) else None
            regions.extend(_single_regions(text, p_start, p_end, following is not None and
                                           text.startswith("‘", following)))
    if open_at is not None:
        regions.append(QuoteRegion(open_at + open_len, paragraph_spans[-1][1], open_at, None,
                                   "double"))
    regions.sort(key=lambda r: (r.open, -r.end))
    primary = "single" if _quotes_in_single_marks(regions) else "double"
    return [replace(r, primary=True) if r.mark == primary else r for r in regions]


# single marks are an article's own quotation marks when at least this many single
# quotations stand outside any double one, and more than the double ones outside single ones
SINGLE_CONVENTION_MIN = 2


def _quotes_in_single_marks(regions: list[QuoteRegion]) -> bool:
    """Whether the article quotes in single marks (‘…’, as British news does: "‘We lost
    everything,’ she said"), with double marks for a quotation inside a quotation: its
    outermost quotations are single ones. American and Canadian news quote in double marks
    and keep single ones for a quotation inside one, or a headline's. (``regions`` sorted by
    where they open; one pass, each quotation compared with the outermost one open.)"""
    outer = {"double": 0, "single": 0}
    holder: QuoteRegion | None = None
    for r in regions:
        if holder is not None and r.open < holder.end and r.mark != holder.mark:
            continue  # inside a quotation of the other mark
        outer[r.mark] += 1
        if holder is None or r.end > holder.end:
            holder = r
    return outer["single"] >= SINGLE_CONVENTION_MIN and outer["single"] > outer["double"]


def _straight_opens(text: str, pos: int, open_at: int | None) -> bool:
    if open_at is not None:
        return False
    return pos == 0 or text[pos - 1] in _OPENING_CONTEXT or text[pos - 1] in OPEN_DOUBLE


_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s“\"(—–]))‘(?=\S)")
_SINGLE_CLOSE = re.compile(r"(?<=\S)’(?![^\W\d_])")  # not an apostrophe ("don’t")


def _single_regions(text: str, start: int, end: int, continued: bool = False
                    ) -> list[QuoteRegion]:
    """Single quotations of one paragraph: each ‘ with the first closing ’ after it (found
    by binary search among the paragraph's closing marks, not by a search per mark). The last
    ‘ left open runs to the paragraph's end when the next paragraph opens with ‘ (``continued``:
    a quotation over several paragraphs, in single marks as British news writes it)."""
    closes = [m.start() for m in _SINGLE_CLOSE.finditer(text, start, end)]
    found = []
    for m in _SINGLE_OPEN.finditer(text[start:end]):
        o = start + m.start()
        i = bisect.bisect_left(closes, o + 2)  # the ’ is after the ‘ and a letter
        if i < len(closes):
            c = closes[i]
            found.append(QuoteRegion(o + 1, c, o, c, "single"))
        elif continued:  # (no ’ closes after it: the marks after it are inside it)
            found.append(QuoteRegion(o + 1, end, o, None, "single"))
            break
    return found


def _in_closed_quote(pos: int, closed: list[Span], starts: list[int]) -> bool:
    """Whether ``pos`` is inside one of the ``closed`` double quotations (sorted, apart:
    double quotation marks do not nest), found by binary search."""
    i = bisect.bisect_left(starts, pos) - 1  # the last quotation starting before pos
    return i >= 0 and pos <= closed[i][1]


def sentence_spans(text: str, start: int, end: int,
                   regions: list[QuoteRegion] | None = None) -> list[Span]:
    """Quote-aware sentences of ``text[start:end]`` (one paragraph)."""
    raw = _punkt_spans(text, start, end)
    if regions is None:
        regions = [r for r in quote_regions(text) if start <= r.open < end]
    closed = sorted((r.start, r.end) for r in regions if r.closed and r.primary)
    starts = [a for a, _ in closed]
    merged: list[Span] = []
    for span in raw:
        if merged and (_in_closed_quote(span[0], closed, starts) or _continues(text, span)):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return merged


PUNKT_WINDOW = 20_000  # characters given to Punkt at a time


def _punkt_spans(text: str, start: int, end: int) -> list[Span]:
    """Punkt's sentences of ``text[start:end]``, given to it in windows of at most
    ``PUNKT_WINDOW`` characters: the last sentence of a window may go on past it, so the next
    window starts where that sentence starts. Punkt's decisions look only at the words either
    side of a full stop, so the result is the same as on the whole paragraph, but a paragraph
    of a megabyte (a transcript, a page with no paragraphs) costs the same per character as a
    short one, and NLTK's five-second guard on its regular expressions is never reached."""
    spans: list[Span] = []
    pos = start
    while pos < end:
        stop = min(end, pos + PUNKT_WINDOW)
        if stop < end:  # end the window at a space, not inside a word
            space = text.rfind(" ", pos + PUNKT_WINDOW // 2, stop)
            stop = space if space > pos else stop
        found = [piece for a, b in punkt().span_tokenize(text[pos:stop])
                 for piece in _after_numbering(text, pos + a, pos + b)]
        if stop == end or len(found) < 2:
            spans.extend(found)  # the last window, or one sentence longer than a window
            pos = stop
        else:
            spans.extend(found[:-1])
            pos = found[-1][0]
    return spans


@lru_cache(maxsize=1)
def _numbering_end() -> re.Pattern:
    """A numbering abbreviation's period that ends a sentence: not before a number."""
    words = "|".join(re.escape(w) for w in read_word_list("numbering_abbreviations.txt"))
    return re.compile(rf"\b(?i:{words})\.(?=\s+[A-Z“\"‘])")


def _after_numbering(text: str, a: int, b: int) -> list[Span]:
    """A sentence Punkt ran on past a numbering abbreviation that ends one ("The answer was
    no. Officials said …": Punkt knows "no." only as the one of "No. 5"), cut there."""
    if "." not in text[a:b - 1]:
        return [(a, b)]
    out = []
    for m in _numbering_end().finditer(text, a, b):
        out.append((a, m.end()))
        a = m.end() + len(text[m.end():b]) - len(text[m.end():b].lstrip())
    out.append((a, b))
    return out


def _continues(text: str, span: Span) -> bool:
    """A piece that finishes the sentence before it: one that opens with a possessive
    ``’s``, or in lower case after an initialism ("The S.E.C. said"), or after a quotation,
    one starting in lower case (``” he said.``) or, unless a period closed the quotation,
    with a name and a reporting verb (``?” Trump asked.``)."""
    if _CLITIC.match(text, span[0], span[1]):
        return True  # "B.C.’s health officer": a possessive never opens a sentence
    if text[span[0]].islower() and _INITIALISM_END.search(text, max(0, span[0] - 12), span[0]):
        return True  # "The S.E.C. said …": an initialism's period, then a lower-case word
    before = text[max(0, span[0] - 3): span[0]].rstrip()
    if not before or before[-1] not in CLOSE_DOUBLE + STRAIGHT_DOUBLE + "’,":
        return False
    if text[span[0]].islower():
        return True
    if before[-1] != "," and before[:-1].rstrip()[-1:] == ".":
        return False  # 'a “cash grab.” Opponents said …': the period inside ended it
    m = _NAME_THEN_VERB.match(text, span[0], span[1])
    return m is not None and m.group(1).lower() in _reporting_forms()


_CLITIC = re.compile(r"['’]s\b")
_INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}\s+$")
# "Trump asked", "Sen. Ted Cruz said": up to four capitalised words, then a word
_NAME_THEN_VERB = re.compile(r"(?:[A-Z][\w.’'\-]*\s+){1,4}([a-z]+)\b")


@lru_cache(maxsize=1)
def _reporting_forms() -> frozenset[str]:
    return frozenset(form for row in read_table("reporting_verbs.csv")
                     for form in row["forms"].split())


def segment(text: str, paras: list[Span] | None = None,
            regions: list[QuoteRegion] | None = None) -> list[Segment]:
    """Headings and sentences of the whole text, in reading order (paragraphs and quote
    regions are computed unless given)."""
    paras = paragraphs(text) if paras is None else paras
    regions = quote_regions(text, paras) if regions is None else regions
    out: list[Segment] = []
    has_other = len(paras) > 1
    for i, (p_start, p_end) in enumerate(paras):
        if has_other and is_heading(text[p_start:p_end]):
            out.append(Segment(p_start, p_end, i, True))
            continue
        for s, e in sentence_spans(text, p_start, p_end, regions_opening(regions, p_start,
                                                                          p_end)):
            out.append(Segment(s, e, i, False))
    return out


def regions_opening(regions: list[QuoteRegion], start: int, end: int) -> list[QuoteRegion]:
    """The regions (sorted by where they open, as :func:`quote_regions` returns them) that
    open in ``[start, end)``: a binary search, so asking for every sentence stays linear."""
    opens = _index(regions)
    return regions[bisect.bisect_left(opens, start):bisect.bisect_left(opens, end)]


_INDEX: dict[int, tuple[list[QuoteRegion], list[int]]] = {}


def _index(regions: list[QuoteRegion]) -> list[int]:
    """Where each region of a list opens (computed once per list)."""
    cached = _INDEX.get(id(regions))
    if cached is None or cached[0] is not regions:
        if len(_INDEX) > 64:
            _INDEX.clear()
        cached = _INDEX[id(regions)] = (regions, [r.open for r in regions])
    return cached[1]


# Every character for which str.isspace() is true, as code points.
_SPACE_CODES = [c for c in range(0x3001) if chr(c).isspace()]


def quoted_shares(spans: list[Span], regions: list[QuoteRegion], text: str) -> list[float]:
    """For each span, the share of its non-space characters that lie inside double quotation
    marks; one pass over the text (prefix sums), whatever the number of spans and quotes."""
    import numpy as np

    if not spans:
        return []
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    nonspace = ~np.isin(codes, _SPACE_CODES)
    depth = np.zeros(len(text) + 1, dtype=np.int32)
    for r in regions:
        if r.primary and r.end > r.start:
            depth[r.start] += 1
            depth[r.end] -= 1
    inside = (np.cumsum(depth[:-1]) > 0) & nonspace
    total_sum = np.concatenate(([0], np.cumsum(nonspace)))
    inside_sum = np.concatenate(([0], np.cumsum(inside)))
    out = []
    for a, b in spans:
        total = int(total_sum[b] - total_sum[a])
        out.append(min(1.0, int(inside_sum[b] - inside_sum[a]) / total) if total else 0.0)
    return out


@lru_cache(maxsize=1)
def _credit_opening() -> re.Pattern:
    parts = []
    for opener in read_word_list("credit_lines.txt"):
        words = r"\s+".join(map(re.escape, opener.split()))
        parts.append(words + (r"\b" if opener.endswith(" by") else r"\s*[:|]"))
    return re.compile(r"\s*(?:" + "|".join(parts) + ")", re.IGNORECASE)


def credit_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a paragraph) is a credit line: it opens with one of
    ``resources/credit_lines.txt`` followed by "by" or a colon ("Editing by Jane Doe",
    "Photograph: John Smith/Reuters"), and is short (at most 40 words)."""
    return _credit_opening().match(text, start, end) is not None and \
        len(text[start:end].split()) <= 40
