"""Rule regular expressions out, or skip the text where they cannot match, before they run.

Python's ``re`` tries each alternative of a pattern at each position of the text, and
case-insensitive patterns get no literal-prefix shortcut: the twelve event-type patterns
cost about 110 µs a sentence. But each of their alternatives starts with a plain word
("said", "drone", "air raid"), and most sentences contain none of them: one case-sensitive
pass over the lowercased sentence finds where those words are, and tells which patterns
cannot match at all and where the others can start. These are necessary conditions only:
the patterns themselves still decide, so the result is the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["fold", "FoldedSearch", "leading_literals", "LeadingWords"]

# re.IGNORECASE matches these to ASCII letters, but str.lower() does not turn them into them
# ("İ".lower() is "i" and a combining dot): DOTTED CAPITAL I, DOTLESS I, LONG S.
_IGNORECASE_EXTRA = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))
_META = set("\\.^$*+?{}[]|()")
_QUANTIFIERS = set("*+?{")


def fold(text: str) -> str:
    """``text`` as re.IGNORECASE compares it with ASCII letters: each ASCII letter a
    case-insensitive pattern matches at some position is, lowercased, at that position here
    (the offsets agree whenever the lengths do)."""
    if not text.isascii():
        for char, letter in _IGNORECASE_EXTRA:
            text = text.replace(char, letter)
    return text.lower()


class FoldedSearch:
    """A case-insensitive pattern searched for case-sensitively in the text ``fold`` lowercased, its
    words lowercased: ``re`` compares case-sensitively three to four times faster. The match
    returned is the pattern's own (its groups are the text's), matched again where the folded
    search found it; where the folded text's offsets disagree, the pattern searches itself."""

    def __init__(self, pattern: re.Pattern):
        if not pattern.flags & re.IGNORECASE or "(?-i" in pattern.pattern:
            raise ValueError(f"not a wholly case-insensitive pattern: {pattern.pattern[:60]!r}")
        self.pattern = pattern
        # (an escape such as \S keeps its case, and so do a group's name and "(?P")
        lowered = re.sub(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|[A-Z]",
                         lambda m: m.group() if len(m.group()) > 1 else m.group().lower(), pattern.pattern)
        self._folded = re.compile(lowered, pattern.flags & ~re.IGNORECASE)

    def search(self, text: str, folded: str | None, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """``pattern.search(text, pos, endpos)``, given ``folded``, ``fold(text)`` (None when its
        length differs)."""
        endpos = len(text) if endpos is None else endpos
        if folded is None or len(folded) != len(text):
            return self.pattern.search(text, pos, endpos)
        found = self._folded.search(folded, pos, endpos)
        return found and self.pattern.match(text, found.start(), endpos)

    def finditer(self, text: str, folded: str | None, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """``pattern.finditer(text, pos, endpos)``, given ``folded``, ``fold(text)`` (None when its
        length differs)."""
        endpos = len(text) if endpos is None else endpos
        if folded is None or len(folded) != len(text):
            return self.pattern.finditer(text, pos, endpos)
        return (self.pattern.match(text, found.start(), endpos) for found in self._folded.finditer(folded, pos, endpos))


def _alternatives(regex: str) -> list[str]:
    """The top-level alternatives of ``regex`` (``a|b(c|d)`` -> ``a``, ``b(c|d)``)."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(regex):
        c = regex[i]
        if c == "\\":
            i += 1  # the escaped character is never a separator
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if regex[i + 1:i + 2] == "^":
                i += 1
            if regex[i + 1:i + 2] == "]":
                i += 1  # "[]...]": a leading "]" is a member
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(regex[start:i])
            start = i + 1
        i += 1
    parts.append(regex[start:])
    return parts


def _leading_literal(alternative: str) -> str:
    """The plain text every match of ``alternative`` starts with ("" when none), past ``\\b``."""
    while alternative.startswith("\\b"):
        alternative = alternative[2:]
    literal = ""
    for c in alternative:
        if c in _QUANTIFIERS:
            return literal[:-1]  # "drones?": the quantified "s" may be absent
        if c in _META:
            break
        literal += c
    return literal


def leading_literals(regex: str) -> tuple[str, ...] | None:
    """Lowercased words one of which starts every match of ``regex`` (compiled with
    re.IGNORECASE and no verbose flag): ``r"\\bsaid\\b|warned"`` -> ("said", "warned"). None
    when an alternative starts with no plain ASCII text, so nothing can rule the pattern out."""
    literals = tuple(_leading_literal(a) for a in _alternatives(regex))
    if not all(lit and lit.isascii() for lit in literals):
        return None
    return tuple(dict.fromkeys(lit.lower() for lit in literals))


class LeadingWords:
    """Where the matches of several case-insensitive patterns can start in a text, found in one
    pass over it: a pattern none of whose leading literals occurs cannot match at all, and one
    whose first leading literal is at offset 30 has no match starting before 30."""

    def __init__(self, patterns: list[str]):
        self.literals = [leading_literals(p) for p in patterns]
        self._unknown = [i for i, lits in enumerate(self.literals) if lits is None]  # may start anywhere
        words = sorted({w for lits in self.literals for w in lits or ()})
        # Each offset where a literal starts; the longest one there, when several do.
        self._finder = re.compile(f"(?=({_prefix_tree(words)}))") if words else None
        # The literals found at an offset are the longest one and those that are its prefixes.
        self._patterns_of = {w: tuple(i for i, lits in enumerate(self.literals)
                                      if lits and any(w.startswith(x) for x in lits)) for w in words}

    def offsets(self, text: str) -> dict[int, list[int] | None]:
        """Pattern index -> the offsets of ``text``, in order, where its matches can start: those
        where one of its leading literals does (every match starts with one); None where they may
        start anywhere. The patterns that cannot match are left out."""
        offsets: dict[int, list[int] | None] = dict.fromkeys(self._unknown)
        if self._finder is None:
            return offsets
        folded = fold(text)
        aligned = len(folded) == len(text)  # else each pattern found may start anywhere
        for m in self._finder.finditer(folded):
            at = m.start()
            for i in self._patterns_of[m.group(1)]:
                if aligned:
                    offsets.setdefault(i, []).append(at)
                else:
                    offsets[i] = None
        return offsets


def _prefix_tree(words: list[str]) -> str:
    """``words`` as one alternation nested by common prefixes, longest match first:
    ``re`` tests alternatives one by one, so "s(?:aid|tated)" costs one test where
    "said|stated" costs two."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    alternatives = []
    for first, rests in by_first.items():
        longer = [r for r in rests if r]
        if len(rests) == 1 and longer:
            alternatives.append(re.escape(first + longer[0]))  # no branching here
            continue
        tail = f"(?:{_prefix_tree(longer)})" if longer else ""
        if tail and "" in rests:
            tail += "?"  # greedy: the longer words are tried first
        alternatives.append(re.escape(first) + tail)
    return "|".join(alternatives)
