"""Text helpers shared by the stages: name normalization, tokens, sentences."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

__all__ = ["normalize", "fold_word", "Token", "TOKEN", "APOSTROPHES", "tokenize", "split_tokens", "split_word",
           "sentences", "title_case"]

APOSTROPHES = "'\u2019\u02bc\u2018\u02bb`"
# Dotted abbreviations ("U.S.", "W.Va.", "N.C.") are one token; otherwise words with inner
# hyphens and apostrophes ("Rostov-on-Don", "Côte d'Ivoire").
# Apostrophes inside a word: "O'Brien", "Nuku\u2018alofa" (GeoNames' turned comma), Hawaiian "\u02bb".
# (two capitals joined by "&" are one word, as "J&K" for Jammu and Kashmir is)
TOKEN = re.compile(r"(?:[A-Z][a-z]{0,2}\.){2,}|[A-Z]&[A-Z](?:['\u2019]s)?(?![\w&])|\w+(?:[-'\u2018\u2019\u02bb\u02bc]\w+)*",
                   re.UNICODE)


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    if word.isascii():  # nothing to decompose: the common case, kept fast
        return word.replace("'", "").replace("`", "").replace(".", "").lower()
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSED))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    for a in APOSTROPHES + ".":
        stripped = stripped.replace(a, "")
    return stripped.lower()


# Letters Unicode does not decompose into a base letter and a mark: "Đồng Tháp", "Łódź", "Tromsø".
_UNDECOMPOSED = str.maketrans({
    "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae",
    "Œ": "OE", "œ": "oe", "ß": "ss", "Þ": "Th", "þ": "th", "ı": "i", "Ħ": "H", "ħ": "h",
})


def normalize(name: str) -> str:
    """Fold a name for lookup: no accents, no apostrophes, lower case, tokens joined by spaces.

    >>> normalize("Dnipropetrovs'k  Oblast")
    'dnipropetrovsk oblast'
    """
    return " ".join(fold_word(t) for t in TOKEN.findall(name.replace("-", " ")))


class Token(NamedTuple):
    text: str
    start: int
    end: int
    key: str  # folded form used for gazetteer lookup
    possessive: bool = False

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_upper(self) -> bool:
        return self.text.isupper() and len(self.text) > 1


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of ``text[start:end]`` with absolute offsets; "Kyiv's" gives "Kyiv", marked possessive.

    Hyphenated words are split ("Rostov-on-Don" gives three tokens) so that names match
    whether written with hyphens or spaces.
    """
    return [Token(word, s, s + len(word), fold_word(word), possessive)
            for word, s, possessive in split_tokens(text, start, end)]


def split_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[str, int, bool]]:
    """(text, start, possessive) of each token of ``tokenize``, without making ``Token`` objects."""
    next_start = start
    for word in TOKEN.findall(text, start, len(text) if end is None else end):
        s = text.find(word, next_start)  # the first at or after the last token: only non-word characters lie between
        next_start = s + len(word)
        yield from split_word(word, s)


def split_word(word: str, start: int) -> list[tuple[str, int, bool]]:
    """The tokens of one match of ``TOKEN`` at ``start``: without a possessive "'s", split at hyphens."""
    possessive = False
    if word[-1] in "sS" and len(word) > 2 and word[-2] in APOSTROPHES:
        word, possessive = word[:-2], True
    if "-" not in word or "." in word:
        return [(word, start, possessive)]
    out = []
    offset = start
    parts = word.split("-")
    for i, part in enumerate(parts):
        if part:
            out.append((part, offset, possessive and i == len(parts) - 1))
        offset += len(part) + 1
    return out


# A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace and a
# capital, digit or opening quote; abbreviations such as "U.S." or "Gov." do not end one.
# Newlines end one too. The pattern opens with the class of its first characters so that the
# regex engine skips ahead to them: r"[.!?][\"\u201d\u2019)]?(?=...)|\n+" has it try every position.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[\"\u201d\u2019)]?(?=\s+[\"\u201c\u2018(]?[A-Z0-9])|(?<=\n)\n*)")
_ABBREVIATIONS = {"u.s", "u.k", "u.n", "mr", "mrs", "ms", "dr", "gov", "gen", "lt", "col", "sgt", "st", "no", "jan",
                  "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "rep", "sen", "jr", "sr", "inc",
                  "corp", "co", "ltd", "vs", "mt", "ft", "n.c", "d.c", "calif", "fla", "ga", "tenn", "va", "pa"}
# Dotted initials end no sentence, as "U.S." does not: "in D.I. Khan on Monday" (Dera Ismail Khan,
# as Pakistan's papers write it), "the U.A.E."
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# AP's abbreviations of states and provinces, as datelines write them before the agency's credit
# ("ALBUQUERQUE, N.M. (AP) —"): no sentence ends there; "in Springfield, Ill. A tornado" ends one.
_STATE_ABBREVIATIONS = {"Ala", "Ariz", "Ark", "Colo", "Conn", "Del", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
                        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.D",
                        "S.C", "S.D", "Okla", "Ore", "R.I", "Tex", "Vt", "Wash", "W.Va", "Wis", "Wyo", "Ont", "B.C",
                        "Que", "Alta", "Sask", "N.S", "N.B", "Nfld", "P.E.I"}


# Hard-wrapped text (wire copy, e-mail, pdftotext): a line as long as its paragraph's longest
# (WRAP_SHARE of it, and WRAP_MIN_LINE or more) that ends mid-sentence goes on in the next line,
# unless that one opens a list item, a heading, a live blog's entry or a dateline ("KHARKIV,
# Ukraine (AP) —"). A headline, byline, caption or timestamp line above one long unwrapped
# paragraph is far shorter than it, and stays apart.
_WRAP_MIN_LINE = 40
_WRAP_SHARE = 0.75
_LINE_ENDS_SENTENCE = re.compile(r"[.!?:;\"\u201d\u2019)\]]\s*$")
_LINE_OPENS_BLOCK = re.compile(r"(?:[-*+#>\u2022\u2013\u2014|]|\d{1,2}[:.]\d{2}\b|\d+[.)][ \t]|"
                               r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                               r"December)[ \t]+(?:\d{1,2},?[ \t]+)?\d{4}\b|"  # a timeline's "March 2021 ..."
                               r"[A-Z][A-Z'\u2019.-]+(?:[ \t][A-Z][A-Z'\u2019.-]+)*(?:,|[ \t]+\(|[ \t]+[\u2013\u2014-]))")
# A heading, a live blog's entry title ("16:45 GMT - Aid trucks enter through Kerem Shalom"), a
# byline, a caption, a credit or an update line is a line of its own.
_HEADER_LINE = re.compile(r"\s*(?:#|\d{1,2}[:.]\d{2}\b|(?:By|Reporting by|Writing by|Editing by|Additional reporting|"
                          r"Photo|Picture|Image|Caption|Credit|UPDATED|Updated|Editor['\u2019]s note|Last modified|"
                          r"Published|First published)\b)")


# A line that ends with a word no sentence ends with: "... in the centre of⏎Kharkiv on Monday".
_ENDS_MID_PHRASE = re.compile(r"(?:\b(?:of|in|on|at|the|a|an|and|or|to|for|from|by|with|near|into|across|"
                              r"over|its|their|his|her)|,)\s*$")


def title_case(line: str) -> bool:
    """A headline's capitals: most of its longer words open with one."""
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


class _Paragraphs:
    """The width of each line's paragraph (its longest line), found once for a text."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        ends = [s - 1 for s in self.starts[1:]] + [len(text)]
        lengths = [len(text[s:e].rstrip()) for s, e in zip(self.starts, ends)]
        self.widths = [0] * len(lengths)
        self.sizes = [0] * len(lengths)  # how many lines the paragraph has
        block: list[int] = []
        for k, length in enumerate(lengths + [0]):
            if length == 0:
                width = max((lengths[b] for b in block), default=0)
                for b in block:
                    self.widths[b], self.sizes[b] = width, len(block)
                block = []
            else:
                block.append(k)

    def at(self, offset: int) -> tuple[int, int]:
        """The width and the number of lines of the paragraph holding ``offset``."""
        k = bisect.bisect_right(self.starts, offset) - 1
        return self.widths[k], self.sizes[k]


def _wrapped(text: str, newline: int, paragraphs: list) -> bool:
    """Whether the single newline at ``newline`` only wraps a line of a paragraph."""
    if text.startswith("\n", newline + 1) or text.startswith("\r\n", newline + 1):
        return False
    line = text[text.rfind("\n", 0, newline) + 1:newline].rstrip()
    if len(line.strip()) < _WRAP_MIN_LINE or _LINE_ENDS_SENTENCE.search(line) or _HEADER_LINE.match(line) \
            or title_case(line):
        return False
    nxt = newline + 1
    while nxt < len(text) and text[nxt] in " \t":  # a list item's wrapped line is indented
        nxt += 1
    if nxt >= len(text) or text[nxt].isspace() or _LINE_OPENS_BLOCK.match(text, nxt):
        return False
    if not paragraphs:
        paragraphs.append(_Paragraphs(text))
    width, size = paragraphs[0].at(newline - 1)
    # Two lines, the second opening with a capital, are as likely a caption or headline and a
    # one-line lead as one wrapped sentence: three or more lines of one width are wrapped.
    return len(line) >= _WRAP_SHARE * width and (size >= 3 or not text[nxt].isupper()
                                                  or _ENDS_MID_PHRASE.search(line) is not None)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, whitespace trimmed; a blank line always
    ends one, a single newline unless it wraps a line."""
    spans, start = [], 0
    paragraphs: list[_Paragraphs] = []  # found on the first newline that may wrap a line
    for m in _SENTENCE_END.finditer(text):
        if m.group()[0] == ".":
            word = text[max(0, m.start() - 6):m.start()].split()[-1:] or [""]
            if word[0].lower().lstrip("(\"") in _ABBREVIATIONS or len(word[0]) == 1 \
                    or _INITIALS.fullmatch(word[0].lstrip("(\"")) \
                    or word[0].lstrip("(\"") in _STATE_ABBREVIATIONS \
                    and text[m.end():m.end() + 4].lstrip().startswith("("):
                continue
        elif m.group() == "\n" and _wrapped(text, m.start(), paragraphs):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
