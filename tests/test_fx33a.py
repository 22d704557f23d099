"""Events of India and Pakistan's conflict and Pakistan's militancy as Reuters, AP, AFP, Dawn and the Indian papers
report them in 2025 (the thirty-third session's fx33a check): a compound militants tried to storm, no storm's
disaster."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_militants_who_tried_to_storm_a_compound_are_no_storm(index):
    text = ("PESHAWAR, Pakistan (AP) \u2014 Militants rammed two explosive-laden vehicles into the wall of a military "
            "compound in northwest Pakistan on Tuesday, then tried to storm it, killing 13 civilians and five "
            "soldiers, officials said.")
    found = events(text, index, "2025-03-04")
    assert found and "disaster" not in {e[1] for e in found}, found
