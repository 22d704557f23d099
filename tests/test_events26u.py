"""Events of toll updates and past events told inside today's news (the twenty-sixth session's fx26u check):
a toll that rises, told as "the toll", with a date's day between it and its count, or as passing a mark;
a turn to the past that opens the lead after its dateline."""

import readings
from geomap.model import Article
from geomap.pipeline import extract


def figures(text, index, published):
    """(place id, type, sorted (value, unit) figures) of each event extracted from ``text``."""
    doc = extract(Article(text=text, id="x", published=published), index=index)
    return [(e.place, e.type, sorted((f.value, f.unit) for f in e.figures)) for e in doc.events]


def test_the_toll_that_rises_counts_the_dead(index):
    text = ("BUKAVU, Congo (AP) \u2014 The toll from a landslide in Kalehe territory rose to 40 on Saturday, "
            "local officials said.")
    found = figures(text, index, "2025-11-15")
    assert [e[1:] for e in found] == [("disaster", [(40, "dead")])]


def test_a_death_toll_with_a_dates_day_before_its_count(index):
    text = ("KERRVILLE, Texas (AP) \u2014 The death toll from the July 4 floods in central Texas rose to 135 on "
            "Tuesday, officials said, as searchers combed the banks of the Guadalupe River.")
    found = figures(text, index, "2025-07-15")
    assert [e[1:] for e in found] == [("disaster", [(135, "dead")])]


def test_a_toll_risen_since_a_dated_disaster(index):
    text = ("MINNA, Nigeria (Reuters) - Officials in Niger State said on Sunday that the toll from the May 29 "
            "disaster had risen to 200, with hundreds still missing.")
    found = figures(text, index, "2025-06-01")
    assert any((200, "dead") in e[2] for e in found)


def test_a_death_toll_that_has_passed_a_mark(index):
    text = "CAIRO (Reuters) - The death toll in Gaza has passed 60,000, the Gaza health ministry said on Tuesday."
    found = figures(text, index, "2025-07-29")
    assert [e[2] for e in found] == [[(60000, "dead")]]


def test_a_turn_to_the_past_after_the_leads_dateline(index):
    text = ("DERNA, Libya (Reuters) - Two years after floods devastated Derna, many survivors still live in "
            "temporary housing, residents said on Wednesday.")
    found = readings.events(text, index, "2025-09-10")
    assert [e[:3] for e in found] == [("darnah", "disaster", "2023-09")]


def test_a_past_that_opens_the_lead_keeps_its_toll(index):
    text = ("LAO CAI - A year after a flash flood buried most of Lang Nu village in Lao Cai province, killing 67 "
            "people, the 40 surviving families have moved into new stilt houses built on a hillside about two "
            "kilometers away, local authorities said.")
    found = figures(text, index, "2025-09-10")
    assert [e[1:] for e in found] == [("disaster", [(67, "people")])]


def test_a_river_above_its_danger_mark_is_a_flood(index):
    text = ("The Brahmaputra was flowing above the danger mark at Nimatighat in Jorhat and at Dhubri, the Central "
            "Water Commission said.")
    found = readings.events(text, index, "2025-06-05")
    assert {e[1] for e in found} == {"disaster"}
    assert {e[0] for e in found} >= {"jorhat", "dhubri"}


def test_a_stream_that_overflowed_is_a_flood(index):
    text = ("RAWALPINDI, Pakistan (Dawn) \u2014 Low-lying areas of Rawalpindi were hit after the Nullah Leh stream "
            "overflowed following heavy rain on Wednesday.")
    found = readings.events(text, index, "2025-07-18")
    assert [e[:2] for e in found] == [("rawalpindi", "disaster")]
