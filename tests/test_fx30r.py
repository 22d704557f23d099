"""Places and events of news roundups, briefs and live blogs (the thirtieth session's fx30r check):
'World news in brief' digests, 'What we know so far' explainers, live-blog updates with timestamps and
regional roundups, whose credit lines, 'Related:' links and timestamps make no places or events."""

import readings
from readings import places


def _names(text, index):
    return [p[1] for p in places(text, index)]


# 1. A wire's credit line names where its reporters filed from, not a place of the story.

def test_a_credit_lines_reporters_places_are_no_places(index):
    text = ("TOKYO - A magnitude 6.1 earthquake struck off Japan's northeastern Iwate prefecture on Tuesday "
            "morning, the Japan Meteorological Agency said.\n\n"
            "(Compiled by the Reuters World Desk; Reporting by Khalid Abdelaziz in Port Sudan, Marco Aquino in Lima "
            "and Kantaro Komiya in Tokyo; Editing by Alex Richardson)")
    found = _names(text, index)
    assert "Port Sudan" not in found
    assert "Lima" not in found
    assert found.count("Tokyo") == 1


def test_a_credit_line_without_brackets_makes_no_place(index):
    text = ("11:45 BST \u2014 Volodymyr Zelenskiy has arrived in Brussels for a meeting of Nato defence ministers, "
            "his office said.\n\nReporting by Dan Sabbagh in Kyiv and Luke Harding")
    found = _names(text, index)
    assert "Kyiv" not in found
    assert "Brussels" in found

