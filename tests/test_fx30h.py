"""Anniversaries, commemorations, trials of old crimes and retrospectives as the wires and newspapers report them
(the thirtieth session's fx30h check): the event an anniversary remembers is of its own year, not of the day it is
marked on."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_the_nth_anniversarys_event_is_so_many_years_before(index):
    text = ("POTOCARI, Bosnia and Herzegovina (AP) \u2014 Tens of thousands of people gathered on Friday at a "
            "memorial cemetery outside Srebrenica to mark the 30th anniversary of the massacre of more than 8,000 "
            "Bosnian Muslim men and boys, Europe's only acknowledged genocide since World War II.")
    found = [e[:3] for e in events(text, index, "2025-07-11")]
    assert found == [("srebrenica", "attack", "1995")]
