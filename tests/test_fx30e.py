"""Events and places of election news (the thirtieth session's fx30e check): election-day reports, results by
region, campaign rallies and debates, post-election protests, clashes and arrests, recounts and court challenges."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def _types(text, index, published):
    return {(e[0], e[1]) for e in events(text, index, published)}


# 1. A campaign's rally, a candidate's speech to supporters, protests nothing.

def test_a_campaign_rally_is_no_protest(index):
    text = "Biya, in power since 1982, held only one campaign rally, in Maroua, on Oct. 7."
    assert ("maroua", "protest") not in _types(text, index, "2025-10-27")


def test_a_candidate_telling_supporters_at_a_rally_is_no_protest(index):
    text = ('"Pennsylvanians sent a clear message tonight that our courts are not for sale," Wecht told supporters '
            'at a rally in Pittsburgh.')
    assert _types(text, index, "2025-11-05") == {("pittsburgh", "statement")}


def test_a_rally_held_by_a_candidate_in_the_race_is_no_protest(index):
    text = ("Businessman Nate Morris, the third Republican in the race, has pitched himself as the most loyal to "
            "President Donald Trump and held a rally in Paducah last week.")
    assert ("paducah", "protest") not in _types(text, index, "2025-12-11")


def test_a_rally_against_the_results_still_protests(index):
    text = "Opposition supporters held a rally in Garoua on Sunday against the election results."
    assert ("garoua", "protest") in _types(text, index, "2025-10-27")
