"""Places and events of East Asia's news (the thirty-first session's fx31f check: China, Taiwan, Hong Kong,
the Koreas and Japan): an airline named for its town, ..."""

from readings import events, places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A town's name before "Air" names an airline, as "Air Canada" does; "Air Base" and "Air Force" go on.

def test_an_airline_named_for_its_town_is_no_place(index):
    text = ("MUAN, South Korea (AP) \u2014 A Jeju Air passenger jet skidded off a runway, slammed into a concrete "
            "wall and burst into flames at Muan International Airport in southern South Korea on Sunday, killing "
            "179 of the 181 people on board.")
    assert _senses(text, index, "Jeju") == []
    assert _senses(text, index, "Muan")


def test_an_air_base_named_for_its_town_is_the_town(index):
    text = "U.S. F-35 fighters landed at Kadena Air Base in Okinawa on Monday, the Japanese defence ministry said."
    assert _senses(text, index, "Kadena")


# 2. A name listed beside a prefecture but with its town word after it is the town.

def test_a_city_listed_after_a_prefecture_is_the_city(index):
    text = ("Wildfires also broke out in Imabari in Ehime prefecture and Okayama city in March, burning hundreds "
            "of hectares.")
    assert _senses(text, index, "Okayama") == [("Okayama", "JP", "city")]


# 3. A village named like a whole person ("Chen Chi") is the person, and each of its words is the person's after.

def test_a_mayors_surname_said_again_is_no_place(index):
    text = ("Kaohsiung Mayor Chen Chi-mai visited the site and ordered inspections of gas lines at all restaurants "
            "in the city. \"We will find out the cause and hold those responsible to account,\" Chen said.")
    assert _senses(text, index, "Chen") == []
    assert _senses(text, index, "Kaohsiung")


# 4. A town's name before an ordinal and a street word opens a numbered road's name.

def test_a_numbered_road_is_no_town(index):
    text = ("The blast occurred at around 6:30 p.m. at a hot pot restaurant on Yixin 2nd Road and shattered windows "
            "in a dozen nearby buildings, the Kaohsiung City Fire Bureau said.")
    assert _senses(text, index, "Yixin") == []
    assert _senses(text, index, "Kaohsiung City")


# 5. A wild animal's attacks that killed people are mishaps (accidents), not attacks on civilians.

def test_bear_attacks_that_killed_are_accidents(index):
    text = ("The Environment Ministry says bear attacks have killed at least seven people nationwide since April, "
            "the highest toll on record, with deaths in Iwate, Akita and Nagano prefectures as well as in Hokkaido.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-07-12")}
    assert ("iwate", "accident") in found
    assert not any(kind == "attack" for _, kind in found)


# 6. The seat of an agency named with its name's tail ("Centre for Health Protection in Hong Kong") reports, no event there.

def test_an_agencys_seat_after_its_full_name_has_no_outbreak(index):
    text = ("Separately, health authorities in Guangxi Zhuang Autonomous Region reported a human case of H9N2 avian "
            "influenza in a child in Nanning, the regional capital, according to the Centre for Health Protection "
            "in Hong Kong.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-03-04")}
    assert ("nanning", "disaster") in found
    assert not any(place == "hong-kong" for place, _ in found)


# 7. "Pacific" after a name's word ends a firm's name ("Cathay Pacific", "Cebu Pacific"), no ocean nor town.

def test_an_airline_ending_in_pacific_is_no_ocean(index):
    text = "Shenzhen and Macau also suspended flights and public transport. Cathay Pacific cancelled more than 500 flights."
    assert _senses(text, index, "Pacific") == []
    assert _senses(text, index, "Shenzhen")


def test_the_western_pacific_is_the_ocean(index):
    text = "Ragasa was the strongest storm in the Western Pacific this year, the Hong Kong Observatory said."
    assert _senses(text, index, "Western Pacific")


def test_a_demonym_before_pacific_leaves_the_ocean(index):
    text = "Voh faces redundancy, deepening the economic crisis in the French Pacific territory."
    assert _senses(text, index, "Pacific")


# 8. The carrier a carrier group is led by is a ship named after a province, no province.

def test_the_carrier_a_group_is_led_by_is_no_province(index):
    text = ("Taiwan's defence ministry said Chinese forces had fired long-range live rounds into the East China Sea, "
            "and that a Chinese aircraft carrier group led by the Shandong had entered Taiwan's response zone "
            "southeast of the island.")
    assert _senses(text, index, "Shandong") == []
    assert _senses(text, index, "East China Sea")
