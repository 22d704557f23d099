"""Events of Latin America's news as the wires and national papers report them (the twenty-sixth session's fx26l
check): cartel violence in Mexico, prison riots in Ecuador, floods and landslides in Brazil and Colombia, wildfires
in Chile, gangs in Haiti and Venezuela, the place told by its fringe or by a hyphened bearing."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_killing_on_the_edge_of_a_city_is_placed_there(index):
    text = ("CULIACAN, Mexico (AP) \u2014 Gunmen killed seven people at a car wash on the southern edge of Culi\u00e1can "
            "on Sunday, the Sinaloa state prosecutor's office said, the latest bloodshed in a war between factions of "
            "the Sinaloa Cartel that has paralyzed the city for months.")
    found = [e[:3] for e in events(text, index, "2025-03-09")]
    assert found == [("culiacan", "attack", "2025-03-09")]


def test_a_region_after_a_hyphened_bearing_is_the_place(index):
    text = ("SANTIAGO, Chile (Reuters) - Wildfires in Chile's south-central Biob\u00edo region killed three people "
            "and destroyed dozens of homes on Saturday, authorities said, as a heat wave fanned flames across the "
            "country.")
    found = [e[1:3] for e in events(text, index, "2025-02-01")]
    assert found == [("disaster", "2025-02-01")]


def test_a_camp_on_the_edge_of_a_city_is_the_place_not_the_city(index):
    text = ("Rapid Support Forces fighters shelled the Abu Shouk displacement camp on the northern edge of El Fasher "
            "on Sunday, killing at least 14 people, according to local emergency responders.")
    found = [e[:2] for e in events(text, index, "2025-04-13")]
    assert found == [("abu-shouk", "shelling")]


def test_a_town_on_the_outskirts_of_a_city_is_the_place_not_the_city(index):
    text = ("In Cauca department, FARC dissident factions have attacked police stations in Jamund\u00ed, on the "
            "outskirts of Cali, with drones.")
    found = [e[0] for e in events(text, index, "2025-05-15")]
    assert found == ["jamundi"]


def test_a_town_on_the_edge_of_a_region_is_the_place_not_the_region(index):
    text = ("At least 30 homes have been destroyed at Pomonal, on the eastern edge of the Grampians National Park, "
            "after a fast-moving bushfire swept through the town on Tuesday afternoon.")
    found = [e[:2] for e in events(text, index, "2024-02-14")]
    assert found == [("pomonal", "disaster")]


def test_gang_members_killed_in_a_shootout_is_an_armed_clash(index):
    text = ("In the state of Zulia, police said two members of the Tren de Aragua gang were killed in a shootout in "
            "the town of Cabimas on Wednesday.")
    found = [e[:3] for e in events(text, index, "2025-01-09")]
    assert found == [("cabimas", "ground_operation", "2025-01-08")]


def test_a_penalty_shootout_is_no_clash(index):
    text = "Argentina beat France in a penalty shootout in Lusail on Sunday after a 3-3 draw."
    assert [e[1] for e in events(text, index, "2022-12-18")] != ["ground_operation"]


def test_the_eln_named_by_its_spanish_acronym_is_the_actor(index):
    text = ("Five soldiers were killed and eight wounded when fighters of the National Liberation Army (ELN) "
            "attacked a military base with explosives in the municipality of Puerto Rond\u00f3n, in the eastern "
            "department of Arauca, the army said on Thursday.")
    found = [(e[0], e[1], e[3]) for e in events(text, index, "2025-05-15")]
    assert found == [("puerto-rondon", "ground_operation", ["ELN"])]


def test_the_eln_and_farc_dissidents_fighting_are_both_actors(index):
    text = ("Arauca, on the border with Venezuela, has been the scene of intense fighting since January between the "
            "ELN and FARC dissidents loyal to the commander known as Iv\u00e1n Mordisco, which has left more than 100 "
            "people dead and displaced some 50,000 in the Catatumbo region and Arauca.")
    actors = {a for e in events(text, index, "2025-05-15") for a in e[3]}
    assert {"ELN", "FARC dissidents"} <= actors


def test_dissidents_killing_community_leaders_is_an_attack_on_civilians(index):
    text = ("In the town of Tame, dissidents of the 10th Front killed two community leaders on Tuesday, the "
            "ombudsman's office said.")
    found = [e[:3] for e in events(text, index, "2025-05-15")]
    assert found == [("tame", "attack", "2025-05-13")]


def test_an_explosive_device_that_damaged_an_office_is_an_attack(index):
    text = ("In the northern city of Trujillo, an explosive device damaged the facade of a prosecutor's office on "
            "Saturday, police said. No one was hurt.")
    found = [e[:3] for e in events(text, index, "2025-10-06")]
    assert found == [("trujillo", "attack", "2025-10-04")]


def test_a_police_raid_whose_toll_comes_late_is_one_armed_clash(index):
    text = ("Clashes in Rio favelas: police raid leaves 64 dead\n\n"
            "RIO DE JANEIRO (Reuters) - A massive police operation against the Comando Vermelho drug gang in the "
            "Alem\u00e3o and Penha favela complexes in northern Rio de Janeiro on Tuesday left at least 64 people "
            "dead, including four police officers, state authorities said, the deadliest raid in the city's history.")
    found = [e[1:3] for e in events(text, index, "2025-10-29")]
    assert found == [("ground_operation", "2025-10-28")]


def test_transport_workers_blocking_highways_is_a_protest(index):
    text = ("In Mexico, transport workers blocked highways around Fresnillo and Zacatecas city in a dispute over "
            "diesel prices, halting deliveries of supplies to mines in Zacatecas state, which produces about a fifth "
            "of the country's silver.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-10-06")}
    assert ("fresnillo", "protest") in found


def test_rescue_workers_blocking_a_road_is_no_protest(index):
    text = "Rescue workers blocked the road to Bello after the landslide on Wednesday."
    assert "protest" not in [e[1] for e in events(text, index, "2025-04-23")]


def test_a_flag_the_protesters_wave_names_no_actor(index):
    text = ("CARACAS, Venezuela (AP) \u2014 Security forces fired tear gas at hundreds of opposition supporters who "
            "marched in Caracas on Thursday to demand the release of political prisoners.\n\n"
            "Protesters gathered in the eastern Chacao municipality waving Venezuelan flags and chanting "
            "\"freedom.\"")
    actors = [a for e in events(text, index, "2025-01-09") for a in e[3]]
    assert "Venezuela" not in actors


def test_the_city_named_before_its_suburb_is_not_the_place(index):
    text = ("Authorities in the western Mexican state of Jalisco found the bodies of eight men inside a house in the "
            "Guadalajara suburb of Tlaquepaque on Monday, the state prosecutor's office said.")
    assert [e[0] for e in events(text, index, "2025-11-03")] == ["tlaquepaque"]


def test_a_district_named_before_its_province_is_the_place(index):
    text = ("The Thai army said Cambodian soldiers fired rockets that landed near a village in Ban Dan district of "
            "Buriram and in Kap Choeng district of Surin, wounding two civilians.")
    found = {e[0] for e in events(text, index, "2025-07-24")}
    assert "buriram" not in found
