"""The shortcuts that rule event-type patterns out must never change a classification."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.cues import LeadingWords, fold, leading_literals
from geomap.taxonomy import A_PERIODS_START_BEFORE, CLAUSE_BREAK, EVENT_TYPES, OTHER_CLAUSE, classify, settle


def classify_every_pattern(sentence, near=None):
    """``classify`` as it was before the shortcuts: every pattern over the whole sentence."""
    best = None
    for rank, t in enumerate(EVENT_TYPES.values()):
        if t.id == "statement" and best is not None:
            break
        for m in re.finditer(t.keywords, sentence, re.I):
            distance = 0 if near is None else min(abs(m.start() - near), abs(m.end() - near))
            if distance and CLAUSE_BREAK.search(sentence, min(m.end(), near), max(m.start(), near)):
                distance += OTHER_CLAUSE
            if distance and A_PERIODS_START_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
                distance += OTHER_CLAUSE
            if best is None or (distance, rank) < best[:2]:
                best = (distance, rank, t.id, m.start())
            if near is None:
                break
        if near is None and best is not None:
            break
    if best is None:
        return None
    return settle(sentence, best[2], best[3])[0]  # what the sentence's other wordings tell


def test_leading_literals_of_keywords():
    assert leading_literals(r"\bsaid\b|drones?\b.*\bstruck|air ?strikes?|Captur(?:e|ed)") == \
        ("said", "drone", "air", "captur")
    assert leading_literals(r"[|]x|advance[ds]?\b") is None  # a class first: no word to look for
    assert leading_literals(r"^$") is None
    assert leading_literals(r"troops? (?:entered|moved)|rall(?:y|ies)") == ("troop", "rall")
    assert leading_literals(r"a{2}b|\.x") is None


def test_fold_lowercases_as_ignorecase_matches():
    for text in ["İstanbul", "Kelvin", "ſaid", "dıplomat", "Said"]:
        folded = fold(text)
        assert len(folded) == len(text) and folded.isascii()
        assert re.fullmatch(re.escape(folded), text, re.I)


def test_leading_words_give_where_each_patterns_matches_can_start():
    words = LeadingWords([r"\bsaid\b|warned", r"drones?\b.*\bhit", r"^$"])
    # (a pattern with no leading word, "^$", may start anywhere: None)
    assert words.offsets("Officials SAID that drones hit it") == {0: [10], 1: [20], 2: None}
    assert words.offsets("The weather was fine") == {2: None}


_FRAGMENTS = ["said", "Said", "unsaid", "drones ", "drone strike", " struck", "air raid", "airstrikes", "killed ",
              "civilians", "signed an agreement", "protest", "met", "meeting", "pows", "POW", "exchange of bodies",
              "troops entered", "recaptured", "riot", "İ", "ı", "ſ", "K", "é", "\u2019", "told", "  ", ", ", ". ",
              "in Kyiv", "the", "shelling", "mortar", "talks", "\n", "-", "sit-in", "war games"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=12), st.one_of(st.none(), st.integers(0, 120)))
def test_classify_agrees_with_every_pattern_over_the_whole_sentence(parts, near):
    sentence = "".join(parts)
    assert classify(sentence, near) == classify_every_pattern(sentence, near)


def test_classify_agrees_on_the_sample_article(sample_doc):
    from geomap.text import sentences

    text = sample_doc.article.text
    for s, e in sentences(text):
        for near in (None, 0, (e - s) // 2, e - s):
            assert classify(text[s:e], near) == classify_every_pattern(text[s:e], near)


def test_every_types_wording_opens_with_a_word():
    # A wording that opens with a group or a lookbehind ("(?:car|bomb) explosion") defeats the
    # shortcut: every sentence is then searched whole for the type (extract ran 50% slower).
    assert [t.id for t in EVENT_TYPES.values() if t.id != "other" and leading_literals(t.keywords) is None] == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS + ["Since", "SINCE", "2019", "the death toll rose to", "a year after",
                                              "in March 2024, when", "K", "ſo far"]), max_size=12),
       st.integers(0, 40))
def test_a_folded_search_finds_what_the_pattern_finds(parts, pos):
    from geomap.events import _BACKGROUND, _HISTORY_TURN, _TOLL_UPDATE
    from geomap.cues import FoldedSearch

    text = "".join(parts)
    for pattern in (_BACKGROUND, _HISTORY_TURN, _TOLL_UPDATE):
        expected = pattern.search(text, pos)
        found = FoldedSearch(pattern).search(text, fold(text), pos)
        assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))
