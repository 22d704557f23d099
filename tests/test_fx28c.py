"""Events told in plain words (the twenty-eighth session's fx28c check): crime, violence, accidents, disasters and
migration at sea as the wires and local papers tell them: a vehicle that hit something, a town told as the hometown
of the one it befell, a state's highway patrol that tells of it."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_scooter_that_hit_a_bus_is_an_accident(index):
    text = ("Teenager killed in Leeds scooter crash\n\nA TEENAGER died after his scooter hit a bus in Leeds on Friday "
            "evening, West Yorkshire Police said.")
    assert [e[:3] for e in events(text, index, "2025-10-11")] == [("leeds", "accident", "2025-10-10")]


def test_a_hometown_places_the_crash_its_woman_died_in(index):
    text = "A Columbia woman was killed when her car struck a tree on Route K early Saturday, police said."
    assert [e[:2] for e in events(text, index, "2025-08-16")] == [("columbia", "accident")]


def test_a_state_highway_patrol_leaves_the_dateline_its_crash(index):
    text = ("COLUMBIA, Mo. \u2014 A Columbia woman was killed when her car struck a tree on Route K south of the city "
            "early Saturday, the Missouri State Highway Patrol said.")
    assert [e[:3] for e in events(text, index, "2025-08-16")] == [("columbia", "accident", "2025-08-16")]


def test_a_hometown_sentenced_is_no_event(index):
    text = ("In a separate case, a Springfield man was sentenced Friday to 25 years in prison for a 2023 shooting "
            "that killed one person outside a bar on Commercial Street.")
    assert [e for e in events(text, index, "2025-08-16") if e[0] == "springfield"] == []


def test_outlaws_who_attacked_a_police_patrol_made_an_attack(index):
    text = ("TARKWA, Ghana (AP) \u2014 Illegal miners armed with machetes and shotguns attacked a police patrol near "
            "the mining town of Prestea on Tuesday, wounding two officers, police said.")
    assert [e[:3] for e in events(text, index, "2025-03-11")] == [("prestea", "attack", "2025-03-11")]


def test_migrants_a_coast_guard_intercepted_are_no_statement(index):
    text = ("TRIPOLI, Libya (AFP) - The Libyan coast guard intercepted 180 migrants off the western town of Sabratha "
            "on Wednesday and returned them to shore, the International Organization for Migration said.")
    assert [e[:2] for e in events(text, index, "2025-04-23")] == [("sabratah", "arrest")]


def test_people_who_died_of_hunger_are_a_disaster(index):
    text = ("PORT SUDAN, Sudan (AP) \u2014 At least 38 people, most of them children, have died of hunger in the "
            "past week in the besieged city of El Fasher, a local medical group said Thursday.")
    assert [e[:2] for e in events(text, index, "2025-07-10")] == [("el-fasher", "disaster")]


def test_bodies_the_police_found_are_an_attack(index):
    text = "Earlier on Saturday, police found the bodies of four men in a ravine near Celaya."
    assert [e[:2] for e in events(text, index, "2025-06-14")] == [("celaya", "attack")]


def test_inmates_who_escaped_after_floods_are_the_floods(index):
    text = "Hundreds of inmates escape in Nigeria prison break after floods"
    assert [e[:2] for e in events(text, index, "2025-09-11")] == [("nigeria", "disaster")]


def test_a_temple_arsonists_set_fire_to_is_an_attack(index):
    text = "Separately, unidentified arsonists set fire to a Hindu temple in Chattogram overnight, police said."
    assert [e[:2] for e in events(text, index, "2025-05-18")] == [("chattogram", "attack")]


def test_a_towns_police_officer_who_shot_a_man_places_it_there(index):
    text = ("JACKSON, Miss. (AP) \u2014 A Jackson police officer shot and killed a man during a traffic stop Sunday "
            "night, the Mississippi Bureau of Investigation said.")
    assert [e[:3] for e in events(text, index, "2025-05-18")] == [("jackson", "attack", "2025-05-18")]


def test_a_car_that_left_the_a_road_is_an_accident(index):
    text = ("Separately, a Harrogate woman was seriously injured when her car left the A61 near Ripley on Saturday "
            "morning.")
    assert [e[1] for e in events(text, index, "2025-10-11")] == ["accident"]


def test_a_lightning_strike_is_the_weathers(index):
    text = "A lightning strike killed three farmers in Bihar's Gaya district on Tuesday, officials said."
    assert [e[1] for e in events(text, index, "2025-07-10")] == ["disaster"]


def test_lightning_that_killed_is_a_disaster(index):
    text = "Lightning killed four people in Uganda's Arua district on Monday, police said."
    assert [e[1] for e in events(text, index, "2025-07-10")] == ["disaster"]


def test_a_priest_kidnappers_seized_is_an_attack(index):
    text = "Kidnappers seized a Catholic priest in Enugu state on Sunday and demanded a ransom, police said."
    assert [e[1] for e in events(text, index, "2025-07-10")] == ["attack"]


def test_a_farmer_hacked_to_death_is_an_attack(index):
    text = "Unknown assailants hacked a farmer to death in Benue state on Sunday, police said."
    assert [e[1] for e in events(text, index, "2025-07-10")] == ["attack"]


def test_a_man_beaten_to_death_by_a_mob_is_a_riot(index):
    text = "A man was beaten to death by a mob in Sialkot on Saturday over blasphemy allegations, police said."
    assert [e[:2] for e in events(text, index, "2025-07-12")] == [("sialkot", "riot")]


def test_a_crane_that_collapsed_onto_a_train_is_an_accident(index):
    text = ("A crane collapsed onto a passenger train in Thailand's Nakhon Ratchasima province on Wednesday, killing "
            "22 people, officials said.")
    assert [e[1] for e in events(text, index, "2026-01-14")] == ["accident"]


def test_a_pedestrian_struck_by_a_train_is_an_accident(index):
    text = "A pedestrian was struck and killed by a train in Ashford on Tuesday, police said."
    assert [e[:2] for e in events(text, index, "2025-07-10")] == [("ashford", "accident")]


def test_a_carbon_monoxide_leak_is_an_accident(index):
    text = "A carbon monoxide leak killed a family of four in Gdansk on Sunday, firefighters said."
    assert [e[:2] for e in events(text, index, "2025-01-12")] == [("gdansk", "accident")]


def test_migrants_thrown_overboard_are_an_attack(index):
    text = "Smugglers threw migrants overboard off Djibouti on Tuesday, killing at least 45, the IOM said."
    assert [e[1] for e in events(text, index, "2025-07-10")] == ["attack"]


def test_guards_who_fired_on_inmates_made_an_attack(index):
    text = ("Prison guards fired on inmates trying to escape from Makala prison in Kinshasa on Monday, killing 129, "
            "the interior minister said.")
    assert [e[:2] for e in events(text, index, "2024-09-03")] == [("kinshasa", "attack")]


def test_armed_robbers_who_raided_a_bank_made_an_attack(index):
    text = "Armed robbers raided a bank in Ikare on Tuesday, killing two police officers, police said."
    assert [e[1] for e in events(text, index, "2025-07-10")] == ["attack"]


def test_a_house_that_collapsed_after_heavy_rain_is_the_rains(index):
    text = "Five people died when their house collapsed after heavy rain in Kampala on Sunday, police said."
    assert [e[:2] for e in events(text, index, "2025-05-18")] == [("kampala", "disaster")]


def test_a_grenade_attack_on_a_bar_is_an_attack(index):
    text = "A grenade attack on a bar in Cartagena injured six people on Saturday, police said."
    assert [e[1] for e in events(text, index, "2025-05-18")] == ["attack"]


def test_houses_armed_men_set_ablaze_are_an_attack(index):
    text = "Armed men set ablaze 30 houses in Bokkos on Sunday, residents said."
    assert [e[:2] for e in events(text, index, "2025-05-18")] == [("bokkos", "attack")]


def test_migrants_bodies_recovered_at_sea_are_an_accident(index):
    text = ("Authorities recovered the bodies of 20 migrants from the Mediterranean off Sfax on Thursday, the "
            "national guard said.")
    assert [e[:2] for e in events(text, index, "2025-04-24")] == [("sfax", "accident")]
