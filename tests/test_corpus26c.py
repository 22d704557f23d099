"""Errors of one map from many articles (the twenty-sixth session's fx26c check): a week's coverage of
a Russian missile strike on Odesa (wires, national papers, a ministry's statement, a live blog) and of
the Mokwa flood in Nigeria's Niger State, merged into one map whose events list all their sources."""

from geomap.corpus import merge_documents
from geomap.model import Article
from geomap.pipeline import extract

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def _merged(index, *articles):
    docs = [extract(Article(text=text, id=article_id, published=published), index=index)
            for article_id, text, published in articles]
    return merge_documents(docs)


# 1. A strike whose means is a missile is a missile attack (a shelling), as the other outlets' "missile
# attack" on the same city that day: one event, not an air strike beside it.

def test_a_ballistic_missile_strike_that_killed_is_a_missile_attack(index):
    text = ("KYIV, March 11 (Reuters) - A Russian ballistic missile strike on the Ukrainian port city of Odesa "
            "killed at least 12 people and wounded more than 30 on Tuesday, regional governor Oleh Kiper said.")
    assert [(e[0], e[1], e[2]) for e in events(text, index, "2025-03-11")] == [("odesa", "shelling", "2025-03-11")]


def test_a_toll_after_a_missile_hit_is_a_missile_attack(index):
    text = ("Odessa: death toll climbs to 14 after missile hits apartment block\n\n"
            "Volodymyr Zelenskyy described the attack as \"cynical terror\".")
    assert [e[1] for e in events(text, index, "2025-03-11") if e[0] in ("odesa", "odessa")] == ["shelling"]


def test_the_wires_missile_strike_and_the_live_blogs_missile_attack_are_one_event(index):
    wire = ("Russian missile strike on Odesa kills at least 12\n\n"
            "KYIV, March 11 (Reuters) - A Russian ballistic missile strike on the Ukrainian port city of Odesa "
            "killed at least 12 people and wounded more than 30 on Tuesday, regional governor Oleh Kiper said.")
    blog = ("LIVE: Missile strike on Odesa - latest updates\n\n"
            "18:40 - The death toll from this morning's Russian missile strike on Odesa has risen to 14, the State "
            "Emergency Service said.")
    merged = _merged(index, ("01", wire, "2025-03-11"), ("03", blog, "2025-03-11"))
    odesa = [e for e in merged.events if e.place == "odesa"]
    assert [(e.type, e.date) for e in odesa] == [("shelling", "2025-03-11")]
    assert sorted({s.article_id for s in odesa[0].sources}) == ["01", "03"]


# 2. A name the text calls a region once ("the Odessa regional administration") is still the city
# elsewhere when the city goes by the region's name respelled (Odesa, the oblast Odessa), as the bare
# mentions agree: the Guardian's Odessa is the other outlets' Odesa, one pin and one event, not the oblast's.

GUARDIAN = ("Odessa: death toll climbs to 14 after missile hits apartment block\n\n"
            "The Guardian, Tuesday 11 March 2025\n\n"
            "Rescue workers in Odessa were pulling bodies from the ruins of an apartment building on Tuesday evening "
            "after a Russian missile slammed into the southern Ukrainian city in the morning, killing 14 people, "
            "including two children.\n\n"
            "The strike on the city's Peresyp district also wounded 33 people, 11 of them seriously, according to "
            "the Odessa regional administration. Emergency crews worked under floodlights as relatives waited "
            "behind police tape.\n\n"
            "Volodymyr Zelenskyy described the attack as \"cynical terror\" and said Russia was \"mocking\" "
            "diplomatic efforts to reach a ceasefire. The strike came hours before Ukrainian and American officials "
            "were due to meet in Jeddah, Saudi Arabia, to discuss a US proposal for a 30-day truce.")


def test_odessa_beside_the_odessa_regional_administration_is_the_city(index):
    senses = [(p[1], p[3]) for p in readings.places(GUARDIAN, index) if p[0] == "Odessa"]
    assert senses == [("Odesa", "city"), ("Odesa", "city"), ("Odessa", "admin1")]


def test_the_guardians_odessa_and_the_wires_odesa_are_one_event(index):
    wire = ("KYIV, March 11 (Reuters) - A Russian ballistic missile strike on the Ukrainian port city of Odesa "
            "killed at least 12 people and wounded more than 30 on Tuesday, regional governor Oleh Kiper said.")
    merged = _merged(index, ("01", wire, "2025-03-11"), ("02", GUARDIAN, "2025-03-11"))
    (strike,) = [e for e in merged.events if e.type == "shelling" and e.place.startswith("odes")]
    assert strike.place == "odesa"
    assert sorted({s.article_id for s in strike.sources}) == ["01", "02"]


# 3. A place's name that ends as an adjective does ("Sumy") is no adjective of the "overnight" after it: the
# night's attack is the article's day, on the map's time slider with the wire's other news of that day.

def test_a_drone_attack_on_sumy_overnight_is_of_the_articles_day(index):
    text = ("KYIV, March 11 (Reuters) - A Russian ballistic missile strike on the Ukrainian port city of Odesa "
            "killed at least 12 people and wounded more than 30 on Tuesday, regional governor Oleh Kiper said.\n\n"
            "Separately, a Russian drone attack on the northeastern city of Sumy overnight injured three people and "
            "set fire to a warehouse, the regional military administration said.")
    assert [(e[0], e[1], e[2]) for e in events(text, index, "2025-03-11") if e[0] == "sumy"] == [
        ("sumy", "strike", "2025-03-11")]


def test_heavy_overnight_rain_still_dates_only_its_own_noun(index):
    text = ("Heavy overnight rain caused a flood that swept through the town of Mokwa before dawn on Thursday, "
            "destroying homes, an emergency official said.")
    assert [(e[0], e[1], e[2]) for e in events(text, index, "2025-05-29") if e[0] == "mokwa"] == [
        ("mokwa", "disaster", "2025-05-29")]


# 4. A windstorm is a disaster, as a storm is (not an assailant's killing), and a day told right after the
# event's word is its day, not the day officials said so: Saturday's windstorm, told on Sunday.

def test_a_windstorm_on_saturday_told_on_sunday(index):
    text = ("In Kano, the state government said on Sunday that a windstorm on Saturday had killed two people and "
            "destroyed more than 100 houses in Gwale.")
    assert [(e[0], e[1], e[2]) for e in events(text, index, "2025-06-01")] == [("kano", "disaster", "2025-05-31")]


# 5. A state that holds the district named before it ("Mokwa Local Government Area of Niger State") is where
# the district lies, not a second place of the event: one pin for NEMA's flood, not a state's beside it.

def test_a_local_government_area_of_a_state_is_the_events_only_place(index):
    text = ("The National Emergency Management Agency (NEMA) wishes to update the public on the flood disaster that "
            "occurred in Mokwa Local Government Area of Niger State in the early hours of Thursday, 29 May 2025.")
    assert [(e[0], e[1], e[2]) for e in events(text, index, "2025-05-30")] == [
        ("mokwa-local-government-area", "disaster", "2025-05-29")]


# 6. The district named after its seat lies at the seat's point: NEMA's flood "in Mokwa Local Government Area"
# and the wires' flood in Mokwa that day are one event on one pin, with both sources.

def test_the_flood_in_the_local_government_area_and_in_its_seat_are_one_event(index):
    wire = ("Flood kills at least 21 in Nigeria's Niger State\n\n"
            "ABUJA, May 29 (Reuters) - Flooding caused by torrential rain killed at least 21 people in the market town "
            "of Mokwa in central Nigeria's Niger State on Thursday, and dozens more were missing, an emergency "
            "official said.")
    nema = ("The National Emergency Management Agency (NEMA) wishes to update the public on the flood disaster that "
            "occurred in Mokwa Local Government Area of Niger State in the early hours of Thursday, 29 May 2025.")
    merged = _merged(index, ("09", wire, "2025-05-29"), ("11", nema, "2025-05-30"))
    floods = [e for e in merged.events if e.type == "disaster" and e.date == "2025-05-29"]
    assert [(e.place, sorted({s.article_id for s in e.sources})) for e in floods] == [("mokwa", ["09", "11"])]


# 7. Prosecutors who only report the strike are no party to it: the merged Odesa strike is Russia's, not
# Russia's and Ukraine's.

def test_ukrainian_prosecutors_who_identify_the_missile_are_no_party(index):
    text = ("KYIV, Ukraine (AP) - Ukrainian prosecutors said Thursday that the missile which killed 15 people in the "
            "southern port city of Odessa on Tuesday was a North Korean-made KN-23 ballistic missile.")
    assert events(text, index, "2025-03-13") == [("odesa", "shelling", "2025-03-11", [])]
