"""Tokens of the capitalized runs of a text, where place names can start, with what the
recognizer's context rules ask of them: the word before a run, whether a token continues the
name of the one before, sentence starts, headlines, and the words a text writes in lower case.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from geomap.text import APOSTROPHES, TOKEN, fold_word, split_word
from geomap.vocabulary import ABBREVIATED, CONNECTORS, FEATURE_WORDS, REGION_WORDS, TITLE_ABBREVIATIONS

__all__ = ["NAME_START", "RUN_WORD_PLAIN", "UPPER", "LowerWords", "Tokens", "Word", "all_caps_line", "run_tokens",
           "sentence_initial"]

_GAP = re.compile(r"[ \t]{1,3}|-|\s")
_APOSTROPHES = frozenset(APOSTROPHES)  # a set: an empty slice is in no set, but in every string
_LONG_WORD = re.compile(r"[^\W\d_][\w'\u2019-]{3,}")


def adjacent(text: str, left, left_end: int, right_start: int) -> bool:
    """Whether a token at ``right_start`` may continue the name of the token ``left`` ending at ``left_end``."""
    gap = text[left_end + (2 if left.possessive else 0):right_start]  # past the "'s"
    if gap == " ":
        return True
    if gap[:1] == "." and (left.key in ABBREVIATED or left.key in TITLE_ABBREVIATIONS or len(left.key) == 1):
        # "St. Louis", "Mrs. Lincoln", "Matthew D. Flores", but not "in Kursk Oblast. While"
        gap = gap[1:] or " "
    if "\n" in gap and left_end - text.rfind("\n", 0, left_end) <= SHORT_LINE:
        return False  # a short line ends with its last name: a headline, a dateline, a list's item
    return _GAP.fullmatch(gap) is not None


SHORT_LINE = 60  # characters: a line this short is no hard-wrapped paragraph's


def sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip(" \t\"\u201c\u2018(")
    # (a dash with spaces opens a lead as an em dash does, "GUWAHATI, India (Reuters) - Forest guards shot dead"; not
    # a hyphen in a name, "the Trans-Niger Pipeline")
    return not before or before[-1] in ".!?\n:;\u2014" or before.endswith((" -", " \u2013"))


# The lookbehind comes after the first letter so that the regex engine can skip ahead to a
# letter of the class; the same words as "(?<![\w'’])[a-z][a-z'’-]*".
_LOWER_WORD = re.compile(r"[a-z](?<![\w'\u2019].)[a-z'\u2019-]*")
_LOWER_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz'\u2019-")


class LowerWords:
    """Words the text writes in lower case somewhere ("police", "mobile"): the words of
    ``_LOWER_WORD.findall(text)``, looked for one by one as they are asked about (listing
    them all costs more than the few questions a text raises)."""

    LIST_ALL_ABOVE = 50_000  # characters: a long text is listed once, not searched per word

    def __init__(self, text: str):
        self._text = text
        self._answers: dict[str, bool] = {}
        self._all: set[str] | None = set(_LOWER_WORD.findall(text)) if len(text) > self.LIST_ALL_ABOVE else None

    def __contains__(self, word: str) -> bool:
        if self._all is not None:
            return word in self._all
        found = self._answers.get(word)
        if found is None:
            found = self._answers[word] = _LOWER_WORD.fullmatch(word) is not None and self._written(word)
        return found

    def _written(self, word: str) -> bool:
        text = self._text
        at = text.find(word)
        while at >= 0:
            # Scan as findall would, from a point no lower-case word straddles: before the
            # letters, apostrophes and hyphens leading to this occurrence ("well-known").
            scan = at
            while scan and text[scan - 1] in _LOWER_WORD_CHARS:
                scan -= 1
            m = _LOWER_WORD.search(text, scan)
            while m is not None and m.start() < at:
                m = _LOWER_WORD.search(text, m.end())
            if m is not None and m.start() == at and m.end() == at + len(word):
                return True
            at = text.find(word, at + 1)
        return False


HEADLINE_CHARS = 120  # a headline or a dateline line is shorter than this


def all_caps_line(text: str, start: int) -> bool:
    """True for tokens (at ``start``) of ALL-CAPS runs such as datelines ("TROY, N.C. (AP)")."""
    lo = max(0, start - HEADLINE_CHARS)  # a long line is counted from near the word: no quadratic scan
    line_start = text.rfind("\n", lo, start) + 1 or lo
    segment = text[line_start:start + 40]  # the line may be the whole text: count in C
    letters = "".join(filter(str.isalpha, segment))
    return len(letters) >= 4 and sum(map(str.isupper, letters)) / len(letters) > 0.9


UPPER = "".join(c for c in map(chr, range(0x250)) if c.isupper())  # Latin capitals: "Ş", "Ł", "Ú"
_RUN_WORD = rf"[{UPPER}][\w'\u2018\u2019\u02bb\u02bc.-]*"
RUN_WORD_PLAIN = rf"[{UPPER}][\w'\u2019-]*"
_RUN_JOINER = r"(?:" + "|".join(sorted(CONNECTORS)) + rf"|[dl]['\u2019][{UPPER}]\w*|" + \
    "|".join(sorted(REGION_WORDS | FEATURE_WORDS)) + r")\b"
# A capital not preceded by a letter, digit or apostrophe. The lookbehind follows the capital
# (and looks at two characters) so that the regex engine can skip ahead to a capital.
NAME_START = rf"[{UPPER}](?<![\w'\u2019].)"
# Runs of capitalized words (with the lower-case words names may contain): the only places a
# name can start, found by the regex engine instead of a Python loop over every word.
# ... or a name whose capital follows a Nguni locative prefix: "eThekwini", "eSwatini", "eMalahleni".
_PREFIXED_START = rf"[eio](?<![\w'\u2019].)(?=[{UPPER}][a-z]{{3}})"
_RUN = re.compile(rf"(?:{NAME_START}|{_PREFIXED_START})(?:&(?=[A-Z]))?[\w'\u2018\u2019\u02bb\u02bc.-]*"
                  rf"(?:[ \t]+(?:{_RUN_WORD}|{_RUN_JOINER}))*")

# The word before a run, as the leftmost match of "[\w'\u2019.-]+[^\w\n]*$" would find it, but read
# backwards from the run, in the reversed text: the separators, then the word (one match, no scan).
_WORD_BEFORE_REVERSED = re.compile(r"[^\w\n]*[\w'\u2019.-]+")


# TOKEN with the characters before it, so that offsets are counted, not searched for: the regex
# skips only non-word characters between tokens (a word character always starts a TOKEN).
_TOKEN_AFTER_GAP = re.compile(rf"(\W*+)({TOKEN.pattern})")


class Word(NamedTuple):
    """A token apart from its offsets (kept in lists beside it): one per distinct word, shared."""

    text: str
    key: str  # folded form used for gazetteer lookup
    possessive: bool  # "Kyiv's" gives "Kyiv", possessive
    is_title: bool
    is_upper: bool


@lru_cache(maxsize=1 << 16)
def word_token(text: str, possessive: bool) -> Word:
    """The word of a token (its key folded once); is_title and is_upper as ``Token`` has them."""
    # "d'Ivoire", "l'Aquila": an elided article before a capital continues a name as a capital would.
    title = text[:1].isupper() or (text[:1] in "dl" and text[1:2] in "'\u2019" and text[2:3].isupper()) \
        or (text[:1] in "eio" and text[1:2].isupper() and text[2:3].islower())  # "eThekwini", "eSwatini"
    return Word(text, fold_word(text), possessive, title, text.isupper() and len(text) > 1)


class Tokens:
    """The tokens of a text's capitalized runs, each run with the word before it (for the context
    rules): their words, their offsets, and whether each follows the one before closely enough
    to continue a name."""

    def __init__(self, text: str):
        self.text = text
        self.words: list[Word] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.joined: list[bool] = []
        self._title_case: dict[int, bool] = {}

    def in_title_case(self, at: int) -> bool:
        """Whether offset ``at`` is in a headline that capitalizes its words ("Floods Hit Kerala,
        Thousands Evacuated"): there, a capital says nothing of a longer name. A headline opens
        the text or a line, is short and is no list of names ("Ben Alexander, Provi Underwood, ...")."""
        text = self.text
        lo = max(0, at - HEADLINE_CHARS)  # look no further back than a headline is long
        start = text.rfind("\n", lo, at) + 1 or (0 if lo == 0 else -1)
        if start < 0 or text.find(". ", start, at) >= 0:
            return False  # most sentences: no need to look at their words
        found = self._title_case.get(start)
        if found is None:
            end = min((e for e in (text.find(". ", at, start + HEADLINE_CHARS + 2),
                                   text.find("\n", at, start + HEADLINE_CHARS + 1)) if e >= 0),
                      default=len(text))
            long_words = _LONG_WORD.findall(text, start, end) if end - start <= HEADLINE_CHARS else []
            found = self._title_case[start] = text.count(",", start, end) <= 1 and len(long_words) >= 3 \
                and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)
        return found


def run_tokens(text: str) -> Tokens:
    """Tokens of every capitalized run, each run with the word before it."""
    tokens = Tokens(text)
    found = _run_words(text)
    # One comprehension per list: this runs for every token of every run.
    tokens.words = words = [word_token(word, possessive) for word, _, possessive in found]
    tokens.starts = starts = [start for _, start, _ in found]
    tokens.ends = ends = [start + len(word) for word, start, _ in found]
    # Whether each token continues the name of the one before; the first has none before it.
    tokens.joined = [False] * bool(found) + [
        (start - end == 1 and text[end] == " " and not before.possessive)  # the common case, without adjacent
        or (start - end <= 6 and adjacent(text, before, end, start))
        for before, end, start in zip(words, ends, starts[1:])]
    return tokens


def _run_words(text: str) -> list[tuple[str, int, bool]]:
    """(text, start, possessive), as ``split_tokens`` gives them, of the tokens of every
    capitalized run and of the word before it."""
    found = []
    reversed_text, length = text[::-1], len(text)
    last_end = 0
    for m in _RUN.finditer(text):
        start, end = m.span()
        # The run starts with the word before it (and the punctuation after that word), not before
        # the last run's end nor 40 characters back, if there is one.
        before_end = start - 1 if text[start - 1:start] == "\n" else start  # as "$" matches before a last newline
        before = _WORD_BEFORE_REVERSED.match(reversed_text, length - before_end, length - max(last_end, start - 40))
        at = length - before.end() if before else start  # the reversed match ends where the word starts
        # split_tokens inlined: most words are plain (no hyphen, no possessive "'s"), one token each.
        for skipped, match in _TOKEN_AFTER_GAP.findall(text, at, end):
            at += len(skipped)
            if "-" in match or (match[-1] in "sS" and match[-2:-1] in _APOSTROPHES):
                found += split_word(match, at)
            else:
                found.append((match, at, False))
            at += len(match)
        last_end = end
    return found
