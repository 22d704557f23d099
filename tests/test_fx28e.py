"""Europe's domestic news as the wires and national papers report it in 2025 (the twenty-eighth session's
fx28e check): strikes and blockades, riots, train accidents, floods and wildfires, migrant boats, raids."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_walkout_is_a_protest(index):
    text = ("BARCELONA (Reuters) - Train drivers in Catalonia went on strike on Monday, halting most commuter "
            "services around Barcelona and leaving hundreds of thousands of people without transport, the state "
            "rail operator Renfe said.")
    assert [e[1:3] for e in events(text, index, "2025-10-27")] == [("protest", "2025-10-27")]
