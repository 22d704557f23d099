"""Events of news leads and their retellings that had made no event or only a statement (the twenty-sixth
session's fx26t check): a blast that ripped through a works."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_an_explosion_that_ripped_through_a_factory_is_an_accident(index):
    text = ("CHENNAI, India (PTI) \u2014 An explosion ripped through a fireworks factory near Sivakasi in Tamil Nadu's "
            "Virudhunagar district on Tuesday, killing eight workers, police said.")
    found = events(text, index, "2025-07-01")
    assert [e[:3] for e in found] == [("sivakasi", "accident", "2025-07-01")]
