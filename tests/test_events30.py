"""Events the thirtieth session found wrong in random events from the held-out sets: where someone lives now, a
race's summit finish, the water a sentence opens across, what has gone on almost daily, a wording after "since",
and a country's breadbasket."""

import readings


def events(text, index, published="2025-06-15"):
    return readings.events(text, index, published)


def test_where_someone_now_lives_is_no_place_of_the_news(index):
    text = ("President Maia Sandu's government accused Moscow of financing the protest through allies of fugitive "
            "businessman Ilan Shor, a former mayor of Orhei who was convicted of fraud and now lives in Russia.")
    assert [e for e in events(text, index) if e[0] == "russia"] == []


def test_a_relatives_home_is_no_place_of_her_statement(index):
    text = 'Her mother, who lives in Plymouth, said the family had never given up hope.'
    assert events(text, index) == []


def test_a_races_summit_finish_is_no_talks(index):
    text = ("The race reaches the Alps next week with summit finishes above Grenoble and at Alpe d'Huez, and ends "
            "on the Champs-Elysees in Paris on July 27.")
    assert "talks" not in {e[1] for e in events(text, index)}


def test_the_water_a_sentence_opens_across_is_the_far_side_of_the_news(index):
    text = ("Across the Dnipro River, Russian artillery fired at Nikopol and Marhanets from positions near the "
            "occupied Zaporizhzhia Nuclear Power Plant in Enerhodar, the governor of Dnipropetrovsk Oblast said.")
    places = {e[0] for e in events(text, index)}
    assert "nikopol" in places
    assert not any("dnipro river" in place or "dnieper" in place for place in places)


def test_shelling_almost_daily_takes_no_day_of_the_sentence_before(index):
    text = ("KYIV/VIENNA (Reuters) - The Russian-held Zaporizhzhia nuclear power plant in southern Ukraine lost its "
            "last external power line on Tuesday, the International Atomic Energy Agency said.\n\n"
            "The plant sits on the southern bank of what was the Kakhovka reservoir, which drained after the dam "
            "downstream at Nova Kakhovka was destroyed in June 2023. It now draws cooling water from wells and a "
            "pond next to the site. Across the Dnipro River, the Ukrainian-held city of Nikopol has been shelled "
            "almost daily.")
    nikopol = [e for e in events(text, index) if e[0] == "nikopol"]
    assert [e[1] for e in nikopol] == ["shelling"]
    assert nikopol[0][2] != "2023-06"


def test_airstrikes_since_a_quake_are_strikes_not_the_quake(index):
    text = ("Yet the army has carried out airstrikes since the quake, including one on a village near Naungcho in "
            "northern Shan State, according to local media.")
    assert {e[1] for e in events(text, index)} == {"strike"}


def test_a_country_named_as_its_regions_breadbasket_is_no_actor(index):
    text = ("Gangs already control around 85% of the capital and have expanded into the Artibonite department, "
            "Haiti's breadbasket, where they have massacred villagers in Pont-Sondé and Petite-Rivière.")
    found = events(text, index)
    assert found and all("Haiti" not in e[3] for e in found)


def test_a_countrys_interior_ministry_still_names_its_actor(index):
    """A guard: the breadbasket's place-nouns take no ministry."""
    text = ("Paraguay's interior minister said 18 people had been arrested in Ciudad del Este, Asunción and "
            "Concepción, the northern river port.")
    found = events(text, index)
    assert found and all("Paraguay" in e[3] for e in found)


def test_a_protestant_church_is_no_protest(index):
    text = ("The convention, the largest Protestant denomination in the United States, reported 12.7 million members "
            "last year, down from a peak of 16.3 million in 2006.")
    assert "protest" not in {e[1] for e in events(text, index)}


def test_a_place_in_an_aside_on_a_person_takes_no_event_told_outside_it(index):
    text = "Hilton, who has described abuse she suffered at a facility in Utah, also met Gov. Wes Moore in Annapolis."
    assert [e[:2] for e in events(text, index)] == [("annapolis", "talks")]


def test_a_visit_told_in_an_aside_is_no_place_of_the_promise(index):
    text = ("President Lula, who visited Porto Alegre last week, promised to speed up the construction of flood "
            "barriers around the capital's metropolitan region, including the repair of the pumping stations and "
            "dikes built after a historic flood in 1941.")
    assert events(text, index) == []


def test_an_event_told_in_the_aside_itself_stays_there(index):
    """A guard: the aside's own arrest is the aside's place's."""
    text = "Ivanov, who was arrested in Moscow in 2023, said on Monday that he had been tortured."
    assert ("moscow", "arrest") in [e[:2] for e in events(text, index)]


def test_where_a_defendant_had_grown_up_is_no_place_of_the_plea(index):
    text = ("Rangi's counsel said his client had grown up in poverty in Ōtara and had been introduced to drugs as a "
            "teenager.")
    assert events(text, index) == []


def test_a_retaken_region_is_the_ground_operations_and_the_displaced_are_no_actor(index):
    text = ("Azerbaijan retook Nagorno-Karabakh in a lightning offensive in September 2023, prompting more than "
            "100,000 ethnic Armenians to flee to Armenia; many still live in temporary housing in Masis, Abovyan "
            "and Vanadzor.")
    found = events(text, index)
    assert [e[:2] for e in found] == [("nagorno-karabakh", "ground_operation")]
    assert found[0][3] == ["Azerbaijan"]


def test_a_town_retaken_by_a_juntas_forces(index):
    text = "In neighbouring Mali, the junta said its forces had retaken Tessalit."
    assert ("tessalit", "ground_operation") in [e[:2] for e in events(text, index)]


def test_a_bridge_named_after_a_day_is_no_date(index):
    text = ("More than 400,000 vehicles a day now cross the July 15 Martyrs Bridge, the Fatih Sultan Mehmet Bridge "
            "and the Yavuz Sultan Selim Bridge near the Black Sea entrance to the strait, according to the highways "
            "directorate.")
    assert "2025-07-15" not in {e[2] for e in events(text, index, "2025-08-15")}


def test_a_countrys_provinces_name_no_actor(index):
    text = ("The new authorities in Damascus have asked donors meeting in Brussels and Geneva for funds to rebuild "
            "water networks in Jisr al-Shughur and Latakia, the coastal province hit hardest by the February 2023 "
            "earthquake along with Türkiye's southern provinces.")
    found = events(text, index)
    assert found and all("Turkey" not in e[3] for e in found)


def test_a_street_address_is_no_party_to_a_meeting(index):
    text = "The meeting was held at the Manuel Maloof auditorium, 1300 Commerce Dr., in downtown Decatur."
    assert all("Commerce Dr" not in e[3] for e in events(text, index))


def test_captives_marched_off_are_no_protest(index):
    text = ("Most of the rank and file were marched north to Mosul and on across the Taurus Mountains into Anatolia, "
            "and more than half did not survive captivity.")
    assert "protest" not in {e[1] for e in events(text, index)}


def test_fighting_feared_to_spread_is_no_battle_yet(index):
    text = ("But in Rocinha, the city's largest favela, residents said they feared the fighting would spread.")
    assert "ground_operation" not in {e[1] for e in events(text, index)}


def test_a_countrys_third_largest_city_names_no_actor(index):
    text = ("In Rosario, Argentina's third-largest city, health workers staged a separate stoppage on Tuesday, while "
            "teachers in Mendoza voted to strike next week.")
    found = events(text, index)
    assert ("rosario", "protest") in [e[:2] for e in found]
    assert all("Argentina" not in e[3] for e in found)


def test_a_statement_takes_no_day_of_what_it_told(index):
    text = ("Lawyers for the former president told a federal judge in Washington that the documents had been moved "
            "to Mar-a-Lago in Palm Beach, Florida, in 2021.")
    washington = [e for e in events(text, index) if e[0].startswith("washington")]
    assert washington and all(e[2] != "2021" for e in washington)


def test_water_bombing_planes_make_no_air_strike(index):
    text = ("SPLIT, Croatia (Reuters) - Firefighters backed by water-bombing planes battled a large wildfire in the "
            "hills above Split on Tuesday, as strong winds pushed flames towards houses on the edge of Croatia's "
            "second-largest city and forced the evacuation of several villages.")
    assert {e[1] for e in events(text, index)} == {"disaster"}


def test_a_countrys_biggest_airline_names_no_actor(index):
    text = ("FRANKFURT (Reuters) - A one-day strike by Lufthansa ground staff forced Germany's biggest airline to "
            "cancel more than 800 flights on Wednesday, grounding about 100,000 passengers at its hubs in Frankfurt "
            "and Munich, the carrier said.")
    found = events(text, index)
    assert found and all("Germany" not in e[3] for e in found)


def test_a_countrys_central_bank_still_names_its_actor(index):
    """A guard: a central bank is the state's."""
    text = ("LAGOS (Reuters) - Nigeria's central bank raised its benchmark interest rate on Tuesday, governor Olayemi "
            "Cardoso told reporters in Abuja.")
    found = events(text, index)
    assert found and all("Nigeria" in e[3] for e in found)


def test_an_explosion_at_a_smelter_is_an_accident(index):
    text = ("JAKARTA, Aug 19 (Reuters) - An explosion at a nickel smelter in Indonesia's Morowali industrial park "
            "killed 11 workers, including two Chinese nationals, police said on Tuesday.")
    assert {e[1] for e in events(text, index)} == {"accident"}


def test_the_period_a_sentence_opens_with_is_no_event_of_its_places(index):
    text = ("Since Russia's full-scale invasion, much of that grain has reached Romania by barge along the Danube, "
            "through the ports of Galați and Izmail, or by rail.")
    assert events(text, index) == []


def test_the_region_of_the_port_a_ferry_came_from_is_no_place_of_the_seizure(index):
    text = ("Police have seized cannabis with an estimated street value of £2m from a lorry that arrived at "
            "Warrenpoint Harbour on an overnight ferry from Heysham in Lancashire.")
    assert all(not e[0].startswith("lancashire") for e in events(text, index))


def test_women_abducted_from_a_village_keep_its_region(index):
    """A guard: a place taken from is the event's."""
    text = ("In a separate incident on Thursday night, bandits killed 11 villagers in Tsafe, Zamfara State, and "
            "abducted at least 15 women from Sabon Birni in neighbouring Sokoto State, local officials said.")
    assert any(e[0].startswith("sokoto") for e in events(text, index))


def test_flooding_forecasters_expect_is_no_flood_yet(index):
    text = ("Its runoff is now draining into the Pearl River, which forecasters expect to reach moderate flood stage at "
            "Bogalusa in Washington Parish on Friday.")
    assert "disaster" not in {e[1] for e in events(text, index)}
