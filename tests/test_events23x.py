"""Events of immigration-enforcement and policing news as the AP, Reuters and AFP report them from the
United States, France and Italy (the twenty-third session's fx23x check): the nationality of the one who
died or was shot, nicknames, operation names, ships and addresses as no parties, lawyers for the detained,
raids carried out by officers, the smugglers' route, a year's tally, an investigation's start."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_victims_nationality_is_no_actor(index):
    for text, published in (
            ("A Honduran man died on Monday in ICE custody at the Stewart Detention Center in Lumpkin, Georgia, "
             "the agency said.", "2025-07-18"),
            ("Separately, a 30-year-old Tunisian man was killed and two others were wounded in a shooting at a "
             "migrant reception centre in Agrigento late on Monday, police said.", "2025-04-09")):
        found = events(text, index, published)
        assert found and all(e[3] == [] for e in found), found


def test_a_victim_named_then_described_is_no_actor(index):
    text = ("Last month, Silverio Villegas Gonzalez, a Mexican immigrant, was shot and killed by an ICE officer "
            "during a traffic stop in Franklin Park.")
    found = events(text, index, "2025-10-04")
    assert [(e[1], e[3]) for e in found] == [("attack", [])]


def test_a_nickname_an_operation_a_ship_an_address_and_a_side_of_town_are_no_actors(index):
    for text, published in (
            ("The clashes came as hundreds of Border Patrol agents continued an operation in the Chicago area that "
             "the Department of Homeland Security calls \"Operation Midway Blitz.\"", "2025-10-04"),
            ("At 26 Federal Plaza in Manhattan, where the city's immigration courts are housed, New York City "
             "Comptroller Brad Lander was handcuffed and detained by federal agents on June 17 last year, an "
             "incident that drew national attention.", "2025-05-30"),
            ("On Tuesday, a Border Patrol agent shot and wounded a woman in the Brighton Park neighborhood on "
             "Chicago's Southwest Side after, DHS said, she rammed a federal vehicle.", "2025-10-04"),
            ("Separately, the rescue ship Ocean Viking, operated by SOS Mediterranee, said it had disembarked 68 "
             "people in the port of Ancona after a rescue off Zuwara in western Libya.", "2025-08-14")):
        found = events(text, index, published)
        actors = {a for e in found for a in e[3]}
        assert not actors & {"Operation Midway Blitz", "Federal Plaza", "Southwest Side",
                                       "Ocean Viking"}, found


def test_lawyers_for_detained_migrants_suing_is_no_arrest(index):
    text = ("MIAMI (AFP) - Lawyers for detained migrants on Thursday sued the Trump administration over "
            "conditions at a new detention center in the Florida Everglades dubbed \"Alligator Alcatraz\", saying "
            "detainees are denied access to their attorneys.")
    assert [e for e in events(text, index, "2025-07-18") if e[1] == "arrest"] == []


def test_raids_carried_out_by_officers_are_arrests(index):
    text = ("The raids in Dunkirk, Calais and the village of Loon-Plage, where migrants camp before attempting "
            "the crossing, were carried out by about 200 officers, the Lille prosecutor's office said.")
    found = events(text, index, "2025-04-09")
    assert found and {e[1] for e in found} == {"arrest"}, found


def test_the_smugglers_route_is_not_where_they_were_arrested(index):
    text = ("PARIS/ROME, April 9 (Reuters) - French police arrested 19 people in raids across northern France on "
            "Tuesday targeting a Kurdish-Iraqi network suspected of smuggling migrants across the English Channel "
            "in small boats, prosecutors said.\n\nIn Italy, police in Sicily arrested 12 suspected members of an "
            "Egyptian and Libyan smuggling ring that organised crossings from eastern Libya to Calabria and the "
            "island of Lampedusa, the Catania prosecutor's office said on Wednesday.")
    found = events(text, index, "2025-04-09")
    places = [e[0] for e in found]
    assert "english-channel" not in places and "lampedusa" not in places and "calabria" not in places, found
    assert [e[1] for e in found] == ["arrest", "arrest"], found


def test_a_years_tally_on_record_is_no_event(index):
    text = ("At least 78 people died trying to cross the Channel last year, the deadliest year on record, "
            "according to the International Organization for Migration.")
    assert events(text, index, "2025-04-09") == []


def test_the_year_an_investigation_began_does_not_date_the_arrests(index):
    text = ("The suspects were detained in Catania, Syracuse and Ragusa after a two-year investigation that began "
            "when a fishing boat carrying 600 migrants was intercepted off Pozzallo in 2023.")
    found = events(text, index, "2025-04-09")
    arrests = [e for e in found if e[0] in ("catania", "siracusa", "ragusa")]
    assert len(arrests) == 3 and all(e[2] != "2023" for e in arrests), found


def test_a_boat_intercepted_by_a_navy_is_an_arrest_not_a_statement(index):
    text = ("Another boat with 54 people was intercepted by the Moroccan navy off Dakhla in Western Sahara on "
            "Tuesday, and a third was found drifting 200 km south of Gran Canaria, the rescue service said.")
    found = events(text, index, "2025-05-28")
    assert [e[:2] for e in found if e[0] == "dakhla"] == [("dakhla", "arrest")], found


def test_an_airport_outside_its_city_is_one_place(index):
    text = ("Venezuela's government said 175 migrants returned from the United States on a flight that arrived "
            "at Maiquetia airport outside Caracas on Monday, the first since Caracas suspended repatriation "
            "flights in late February.")
    found = events(text, index, "2025-03-17")
    assert [e[0] for e in found] == ["maiquetia"], found


def test_a_protest_counted_in_a_sentence_naming_no_place_is_at_the_storys_place(index):
    text = ("OMAHA, Neb. (AP) — Federal immigration agents detained about 76 workers on Tuesday in a raid on a meat "
            "processing plant in south Omaha, the largest worksite operation in Nebraska since the start of "
            "President Donald Trump's second term.\n\nAbout 200 people gathered outside the plant on Tuesday "
            "afternoon to protest the raid, waving Mexican and Guatemalan flags and chanting \"Let them go.\"")
    found = events(text, index, "2025-06-11")
    assert ("omaha", "protest", "2025-06-10", []) in found, found


def test_arrests_counted_in_a_sentence_naming_no_place_are_at_the_storys_place(index):
    text = ("TBILISI, Dec 1 (AFP) - Georgian riot police fired water cannon and tear gas at thousands of pro-EU "
            "demonstrators outside parliament on Tbilisi's Rustaveli Avenue overnight.\n\nProtesters threw "
            "fireworks and stones at officers and set fire to barricades, AFP journalists saw. The interior "
            "ministry said 107 people had been detained on Saturday night and that 10 police officers were injured.")
    found = events(text, index, "2024-12-01")
    assert [e[:3] for e in found if e[1] == "arrest"] == [("tbilisi", "arrest", "2024-11-30")], found
    # (but a story of several places gives its count to none of them)
    text = ("Protesters in Kitengela, south of the capital, set fire to a police station and the local court, "
            "police said. In Nakuru, a crowd looted shops and burned a government office.\n\nPolice spokesman "
            "Muchiri Nyaga said 400 officers had been injured and that 485 people were arrested.")
    assert [e for e in events(text, index, "2025-06-26") if e[1] == "arrest"] == []


def test_the_clashes_named_again_are_no_battle_of_the_sentence(index):
    text = ("The clashes came as hundreds of Border Patrol agents continued an operation in the Chicago area that "
            "the Department of Homeland Security calls \"Operation Midway Blitz.\"")
    assert [e for e in events(text, index, "2025-10-04") if e[1] == "ground_operation"] == []
