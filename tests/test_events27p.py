"""Politics and diplomacy as the wires and national papers report them in 2025 (the twenty-seventh session's
fx27p check): elections and their counts, summits and talks, state visits, sanctions, indictments and court
rulings, and the background those stories tell (an assassination attempt's year)."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_an_assassination_attempt_in_a_year_is_dated_to_it(index):
    text = "Lissu survived an assassination attempt in 2017 in Dodoma, when he was shot 16 times."
    assert [e[:3] for e in events(text, index, "2025-04-10")] == [("dodoma", "attack", "2017")]
