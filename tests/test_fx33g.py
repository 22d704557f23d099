"""Animal and plant health as the wires and farm papers report it (the thirty-third session's fx33g check): the
plagues of herds, flocks and crops are outbreaks as the people's are, and the animals culled are counted."""

from geomap.model import Article
from geomap.pipeline import extract

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def figures(text, index, published):
    """(place id, type, [(value, unit)]) of each event extracted from ``text``."""
    doc = extract(Article(text=text, id="x", published=published), index=index)
    return [(e.place, e.type, [(g.value, g.unit) for g in e.figures]) for e in doc.events]


def test_bluetongue_confirmed_in_a_flock_is_an_outbreak(index):
    text = ("Bluetongue has been confirmed in a flock of sheep near Dereham, the government said on Thursday, as "
            "officials extended the restricted zone to cover all of England.")
    assert [e[:3] for e in events(text, index, "2025-07-03")] == [("east-dereham", "disaster", "2025-07-03")]


def test_a_headlines_foot_and_mouth_is_an_outbreak(index):
    text = "Germany confirms foot-and-mouth in water buffalo herd near Berlin"
    assert [e[:2] for e in events(text, index, "2025-01-10")] == [("berlin", "disaster")]


def test_swine_fever_found_on_a_farm_is_an_outbreak(index):
    text = ("HANOI (Reuters) - Vietnamese authorities have culled more than 5,000 pigs after African swine fever was "
            "detected at a commercial farm in the southern province of Dong Nai, the country's main pig-producing "
            "area, state media reported on Wednesday.")
    assert "disaster" in {e[1] for e in events(text, index, "2025-06-11")}
