"""Places from the twenty-fifth session's audit of namesakes resolved on weak evidence (round r): a
famous city against small namesakes that other names' far-off senses vouch for."""

from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A neighbour whose chosen sense lies in another country hardly vouches for a namesake beside it.

def test_geneva_beside_athens_in_greece_is_switzerlands(index):
    text = ("NICOSIA (Reuters) - Cypriot leaders will meet in Geneva next month, the U.N. said. Wildfires near "
            "Athens forced evacuations in the suburb of Marathon, Greek officials said, while Turkey battled "
            "blazes near Izmir.")
    assert _senses(text, index, "Geneva") == [("Geneva", "CH", "city")]
    assert _senses(text, index, "Athens") == [("Athens", "GR", "city")]

