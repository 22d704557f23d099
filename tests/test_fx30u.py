"""Places and events of outages, infrastructure failures and cyberattacks (the thirtieth session's fx30u check):
power blackouts, water cuts and burst mains, bridge and dam failures, rail and airport shutdowns, and the
utilities named after the places they serve."""

from readings import events, places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A utility named after a river, a region or a country names no place; a city's stays.

def test_a_water_utility_named_after_a_river_is_no_place(index):
    text = ("GUILDFORD, England \u2014 Thousands of homes in Guildford were left without running water for a third day "
            "on Wednesday after a burst main, with residents queueing at bottle stations as Thames Water struggled "
            "to restore supplies.")
    assert _senses(text, index, "Thames") == []
    assert _senses(text, index, "Guildford")


def test_a_power_and_light_utility_named_after_an_island_is_no_place(index):
    text = ("FREEHOLD, N.J. \u2014 Jersey Central Power & Light said Thursday it had restored power to more than 90% of "
            "the 120,000 customers who lost electricity when severe thunderstorms swept through Monmouth and Ocean "
            "counties on Tuesday night.")
    assert _senses(text, index, "Jersey") == []
    assert _senses(text, index, "Monmouth")


def test_a_water_company_named_after_its_city_stays(index):
    text = ("The district can ask the district's 13 retail suppliers, such as the San Jose Water Company and the "
            "cities of Sunnyvale and Morgan Hill, to set rationing.")
    assert _senses(text, index, "San Jose")


def test_a_water_and_sewerage_company_keeps_its_city(index):
    text = ("Residents of the Maldives capital queued for bottled water after a fire damaged the main desalination "
            "plant of the Male Water and Sewerage Company (MWSC).")
    assert [p[0] for p in places(text, index) if p[1] == "Male"] == ["Male"]


# 2. A grid's failure and a burst main are accidents (a storm's, a strike's or a quake's are theirs).

def test_a_burst_main_is_an_accident_where_supplies_were_cut(index):
    text = ("The utility said a 24-inch main burst on Monday night near Shalford, disrupting supplies to about 10,000 "
            "properties in Guildford, Shalford and Bramley.")
    found = {(e[0], e[1], e[2]) for e in events(text, index, "2025-06-18")}
    assert found == {("shalford", "accident", "2025-06-16"), ("guildford", "accident", "2025-06-16"),
                     ("bramley", "accident", "2025-06-16")}


def test_a_massive_blackout_is_an_accident(index):
    text = ("MADRID (Reuters) \u2014 Spain and Portugal restored electricity to almost all homes and businesses on "
            "Tuesday, a day after one of Europe's worst blackouts left tens of millions of people without power, "
            "stranded trains and shut down mobile networks across the Iberian Peninsula.")
    found = [(e[0], e[1], e[2]) for e in events(text, index, "2025-04-29")]
    assert ("iberian-peninsula", "accident", "2025-04-28") in found


def test_a_blackout_hit_a_country_is_an_accident(index):
    text = "A massive blackout hit Santiago on Tuesday, leaving 1.4 million customers without power."
    assert [(e[0], e[1], e[2]) for e in events(text, index, "2025-02-26")] == [("santiago", "accident", "2025-02-25")]


def test_blackouts_a_war_caused_are_no_accident(index):
    text = ("Russian attacks on Ukraine's energy system have also caused blackouts in Kyiv and Odesa this winter.")
    assert [e for e in events(text, index, "2025-06-15") if e[1] == "accident"] == []


def test_pipes_burst_in_a_quake_are_its_disaster(index):
    text = ("A magnitude 7.5 earthquake struck the Noto Peninsula on Monday, killing at least 48 people. "
            "In Nanao and Anamizu, water pipes burst and some 20,000 households lost supply.")
    found = {(e[0], e[1]) for e in events(text, index, "2024-01-02")}
    assert ("nanao", "disaster") in found
    assert not any(e[1] == "accident" for e in events(text, index, "2024-01-02"))


# 3. A utility is no party to its outage.

def test_a_utility_is_no_actor_of_its_burst_main(index):
    text = ("GUILDFORD, England \u2014 Thousands of homes in Guildford were left without running water for a third day "
            "on Wednesday after a burst main, with residents queueing at bottle stations as Thames Water struggled "
            "to restore supplies.")
    found = [(e[0], e[1], e[3]) for e in events(text, index, "2025-06-18")]
    assert found == [("guildford", "accident", [])]


# 4. A place hit whole ("all of", "the whole of") is where the news happened.

def test_a_blackout_that_hit_all_of_an_island(index):
    text = "A blackout hit all of Puerto Rico on Wednesday, leaving some 1.4 million customers without power."
    assert [(e[0], e[1], e[2]) for e in events(text, index, "2025-04-17")] == [("puerto-rico", "accident", "2025-04-16")]


# 5. A breached dam's reservoir that flooded villages is a disaster there.

def test_a_reservoirs_water_that_inundated_villages(index):
    text = ("KYIV (Reuters) \u2014 A dam on the Oskil river burst on Sunday after a Russian missile strike, flooding "
            "several villages in Ukraine's eastern Kharkiv region. Water from the Oskil reservoir inundated homes in "
            "the villages of Kurylivka and Senkove, near the town of Kupiansk, Syniehubov said on Telegram.")
    assert ("kurylivka", "disaster") in {(e[0], e[1]) for e in events(text, index, "2025-06-15")}


# 6. A bridge that collapsed, told with where it stood between.

def test_a_bridge_near_a_town_that_collapsed_a_month_before(index):
    text = ("The collapse comes a month after a pedestrian bridge over the Indrayani river near Pune collapsed, "
            "killing four people.")
    assert [(e[0], e[1], e[2]) for e in events(text, index, "2025-07-09")] == [("pune", "accident", "2025-06")]


# 7. Fires set at a network's installations are an arson attack there, not the operator's statement.

def test_fires_set_at_signalling_installations_are_an_attack(index):
    text = ("Fires were set at signalling installations on the Atlantic, Northern and Eastern lines near Courtalain, "
            "Croisilles and Vald'Yerres in the early hours, SNCF said.")
    found = {(e[0], e[1]) for e in events(text, index, "2024-07-26")}
    assert {("courtalain", "attack"), ("croisilles", "attack")} <= found
    assert not any(e[1] == "statement" for e in events(text, index, "2024-07-26"))


def test_a_bridge_that_collapsed_in_a_typhoon_is_its_disaster(index):
    text = ("Typhoon Yagi swept across northern Vietnam on Saturday, killing at least 59 people. On Sept. 9, the Phong "
            "Chau bridge over the Red River in Phu Tho collapsed, sending vehicles into the water.")
    found = events(text, index, "2024-09-10")
    assert ("phu-tho", "disaster", "2024-09-09") in {(e[0], e[1], e[2]) for e in found}
    assert not any(e[1] == "accident" for e in found)


# 8. The towns a story's storm hit worst, listed, take its event.

def test_the_hardest_hit_towns_listed_take_the_storms_disaster(index):
    text = ("Severe thunderstorms swept through Monmouth County on Tuesday night, cutting power to 120,000 customers. "
            "The hardest-hit towns included Freehold, Howell and Toms River, where falling trees brought down power "
            "lines and blocked roads.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-07-17")}
    assert {("freehold", "disaster"), ("toms-river", "disaster")} <= found
