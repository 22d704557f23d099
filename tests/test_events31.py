"""Events the thirty-first session found wrong in random events from the held-out sets: a village an army says it has
taken, the way round that ships take, a document's name, the gangs' attack told with what else they did, and a country
named by its farming region or its northernmost county."""

import datetime as dt

import readings
from geomap.dates import find_dates
from geomap.taxonomy import classify


def events(text, index, published="2025-06-15"):
    return readings.events(text, index, published)


def test_a_village_troops_had_taken_is_a_ground_operation(index):
    text = ("Russia's Defence Ministry said its troops had taken the village of Rivne, east of Pokrovsk, and were "
            "clearing the city's Shakhtarskyi district.")
    assert {e[1] for e in events(text, index)} == {"ground_operation"}


def test_the_cape_ships_divert_around_is_no_place_of_the_attacks(index):
    text = ("LONDON, Feb 6 (Lloyd's List) - Spot container freight rates from Asia to northern Europe rose for a second "
            "week after renewed Houthi missile attacks in the southern Red Sea pushed the last carriers still using "
            "the Suez Canal to divert around the Cape of Good Hope.")
    places = {e[0] for e in events(text, index)}
    assert places and not any("cape" in place for place in places)


def test_a_town_a_river_was_diverted_around_keeps_its_flood(index):
    """Guard: the detour rule leaves a town a river was diverted around, where the flood was."""
    text = ("The city itself was largely spared thanks to the new course of the Turia river, which was diverted "
            "around Valencia after a catastrophic flood in 1957.")
    assert [(e[1], e[2]) for e in events(text, index)] == [("disaster", "1957")]


def test_a_documents_name_is_no_actor(index):
    text = ("PESHAWAR: More than 2,500 Afghan nationals crossed into Afghanistan through the Torkham border on "
            "Tuesday, officials said, as the second phase of the government's repatriation plan targeting holders of "
            "Afghan Citizen Cards got under way.")
    found = events(text, index)
    assert found and all("Citizen Cards" not in e[3] for e in found)


def test_gangs_attack_told_with_the_homes_they_burned_is_an_attack(index):
    text = ("PORT-AU-PRINCE, Haiti - Gang members armed with assault rifles attacked the town of "
            "Petite-Rivière-de-l'Artibonite before dawn on Sunday, burning homes and killing at least 15 people, local "
            "officials said, as criminal groups extend their control from the capital into Haiti's central farming "
            "region.")
    found = events(text, index)
    assert [e[1] for e in found] == ["attack"]
    assert "Haiti" not in found[0][3]


def test_a_country_named_by_its_northernmost_county_is_no_actor(index):
    text = ("Traps and volunteers removed more than 300,000 pink salmon from rivers in Finnmark, Norway's northernmost "
            "county, according to the Norwegian Institute for Nature Research in Trondheim.")
    found = events(text, index)
    assert found and all("Norway" not in e[3] for e in found)


def test_a_place_the_gazetteer_lacks_after_around_is_no_actor(index):
    text = ("In Jujuy province, Indigenous communities around the Salinas Grandes have protested against water use, "
            "saying brine extraction threatens the wetlands that feed their llama herds.")
    found = events(text, index)
    assert [e[1] for e in found] == ["protest"]
    assert "Salinas Grandes" not in found[0][3]


def test_images_captured_from_a_peak_are_no_ground_operation(index):
    text = ("LA SERENA, Chile (AP) - The Vera C. Rubin Observatory released its first images on Monday, showing "
            "millions of galaxies and thousands of previously unknown asteroids, captured from its perch on Cerro "
            "Pachon, a 2,700-metre peak in Chile's Coquimbo Region.")
    assert "ground_operation" not in {e[1] for e in events(text, index)}


def test_a_town_rebels_say_they_captured_in_a_video_stays_taken(index):
    """Guard: a video told before the capture leaves the town taken."""
    text = "Rebels posted a video on Sunday saying they had captured Bukavu."
    assert [e[1] for e in events(text, index)] == ["ground_operation"]


def test_a_heat_dome_is_a_disaster(index):
    text = ("In neighbouring Washington state, Gov. Bob Ferguson activated the National Guard to help fight a blaze "
            "near Wenatchee, and Seattle recorded its hottest June day since the 2021 \"heat dome\" that killed "
            "hundreds of people across the region.")
    seattle = [e for e in events(text, index) if e[0].startswith("seattle")]
    assert [e[1] for e in seattle] == ["disaster"]


def test_advance_bookings_are_no_ground_operation():
    text = ("Resorts in Hakuba and Nozawa Onsen reported strong advance bookings from Australian and Taiwanese skiers "
            "for the winter.")
    assert classify(text, text.index("Hakuba")) is None


def test_a_speakers_long_title_is_no_part_of_his_name(index):
    text = ("Emergency Management Commissioner Tim Wiebusch said winds had shifted from the north to the south-west "
            "late in the day, pushing the fire towards Moyston.")
    assert [e[3] for e in events(text, index)] == [["Tim Wiebusch"]]


def test_a_title_named_after_a_firm_is_no_actor(index):
    """Guard: cutting a title off leaves no "Executive Officer" of its tail."""
    text = ("Landmark Bank Chief Executive Officer Basil Bigbie said the company had opened new branches in "
            "Gainesville and Lindsay.")
    found = events(text, index)
    assert found and all("Executive Officer" not in e[3] for e in found)


def test_flood_defences_paid_for_are_no_flood(index):
    text = ("Among the projects funded are the long-delayed A5 road linking Londonderry with Aughnacloy in County "
            "Tyrone, a new hospital wing in Enniskillen, and flood defences in Newry and Armagh.")
    assert "disaster" not in {e[1] for e in events(text, index)}


def test_a_river_over_its_flood_defences_is_a_flood(index):
    """Guard: water over the defences stays a flood now that the defences alone are none."""
    text = ("Further upstream the river spilled over flood defences in Ramsbottom and Summerseat, and the East "
            "Lancashire Railway suspended services between Bury and Rawtenstall.")
    ramsbottom = [e for e in events(text, index) if e[0].startswith("ramsbottom")]
    assert [e[1] for e in ramsbottom] == ["disaster"]


def test_a_people_counted_as_they_fled_is_no_actor(index):
    text = ("Aid agencies said more than 600,000 Sudanese had fled across the border into Chad, many through the town "
            "of Adre.")
    found = events(text, index)
    assert found and all("Sudan" not in e[3] for e in found)


def test_a_day_of_centuries_ago_told_day_first_keeps_its_year(index):
    text = ("Convened by Otto von Bismarck at the request of Portugal, it met in Berlin from 15 November 1884 to "
            "26 February 1885.")
    assert [(e[1], e[2]) for e in events(text, index)] == [("talks", "1884-11-15")]


def test_a_year_of_centuries_ago_after_in_is_a_date():
    text = "Negotiations began in 1643: the emperor met the French delegation at Münster."
    assert [d.value for d in find_dates(text, dt.date(2025, 6, 15))] == ["1643"]


def test_a_count_after_in_is_no_year_of_centuries_ago():
    """Guard: a count of homes after "in" stays a count."""
    assert find_dates("Power was restored in 1500 homes on Tuesday.", dt.date(2025, 6, 15))[0].value != "1500"


def test_a_regions_adjective_before_a_countrys_is_no_actor(index):
    text = ("SAN JOSE, Costa Rica, May 14 (Reuters) - Intel Corp will invest $1.2 billion to expand its chip assembly "
            "and test operations in Costa Rica over the next two years, the company and the Central American "
            "country's government said on Wednesday.")
    found = events(text, index)
    assert found and all("Central American" not in e[3] for e in found)


def test_a_crime_in_the_summer_of_a_year_takes_its_year_not_the_courts_day(index):
    text = ("SARAJEVO (Balkan Insight) - The Court of Bosnia and Herzegovina on Friday sentenced a former Bosnian Serb "
            "soldier to 15 years in prison for the murder and unlawful detention of Bosniak civilians in Višegrad in "
            "the summer of 1992.")
    assert [(e[1], e[2]) for e in events(text, index)] == [("attack", "1992")]


def test_a_produce_named_by_its_country_is_no_actor(index):
    text = ("Traders in Jos said movement on the Jos-Bokkos road had almost stopped, and the price of Irish potatoes, "
            "which the area supplies to markets in Kano, Lagos and Port Harcourt, had risen sharply.")
    found = events(text, index)
    assert found and all("Ireland" not in e[3] for e in found)


def test_a_place_the_gazetteer_lacks_after_through_is_no_actor(index):
    # (a firm's seat in an aside is no place of its statement since fx33d: the speaker is placed by "said in")
    text = ("Peabody said in St. Louis that it would ship the coal through Dalrymple Bay near Mackay to steelmakers "
            "in India, Japan and South Korea.")
    found = events(text, index)
    assert found and all("Dalrymple Bay" not in e[3] for e in found)


def test_tens_of_thousands_of_a_people_are_no_actor(index):
    text = ("KABUL - Tens of thousands of Afghans have crossed back into Afghanistan in the past two weeks as Pakistan "
            "and Iran accelerate the expulsion of undocumented migrants, stretching aid groups at border crossings in "
            "Nangarhar and Herat provinces, United Nations agencies said on June 12.")
    found = events(text, index)
    assert found and all("Afghanistan" not in e[3] for e in found)


def test_a_historys_yearless_day_is_of_the_year_it_named_last(index):
    text = ("The Residency, built between 1780 and 1800 for the British Resident at the court of the Nawabs of Awadh, "
            "was besieged for 87 days from 30 June 1857. After the sepoys at Meerut rose on 10 May and marched on "
            "Delhi, the revolt spread quickly through Awadh, which the East India Company had annexed only the year "
            "before.")
    assert {e[2] for e in events(text, index) if e[0].startswith("meerut")} == {"1857-05-10"}


def test_a_yearless_day_after_a_recent_year_is_this_years():
    """Guard: a year of the news named last leaves a yearless day this year's."""
    text = "Floods in 2019 killed 20 people. On 10 May, protesters marched in Meerut."
    assert [d.value for d in find_dates(text, dt.date(2025, 6, 15), text.index("On"))] == ["2025-05-10"]


def test_officials_who_protested_make_a_statement_not_a_protest(index):
    text = ("Officials in Buenos Aires have protested against plans by a British company to drill for oil in the Sea "
            "Lion field, north of the islands in the South Atlantic.")
    assert {e[1] for e in events(text, index)} == {"statement"}


def test_an_invitational_athletics_meeting_is_no_talks():
    text = ("Many of the athletes, including Kipyegon, will return to Oregon in September, when Portland hosts an "
            "invitational meeting on the eve of the world championships in Tokyo.")
    assert classify(text, text.index("Tokyo")) != "talks"


def test_carbon_capture_is_no_town_captured():
    text = "Meanwhile, the governor of Louisiana signed a bill to expand carbon-capture projects near Lake Charles."
    assert classify(text, text.index("Lake")) != "ground_operation"


def test_a_church_that_talks_only_to_itself_holds_no_talks():
    text = ('Bishop Vicente Ferreira of Livramento de Nossa Senhora, in Bahia, warned against "a church that talks only '
            'to itself."')
    assert classify(text, text.index("Bahia")) != "talks"


def test_talks_told_after_that_stay_talks():
    """Guard: "that talks" opens a clause of talks as often as a talker's."""
    text = "Diplomats hope that talks in Jeddah can produce at least a humanitarian truce."
    assert classify(text, text.index("Jeddah")) == "talks"


def test_record_volumes_handled_since_a_blast_leave_it_its_year(index):
    text = ("The port, which handled record volumes after the 2020 explosion at Beirut port, is being eyed as a hub "
            "for reconstruction materials bound for Syria.")
    assert [(e[1], e[2]) for e in events(text, index) if e[0].startswith("beirut")] == [("accident", "2020")]


def test_work_most_advanced_in_a_country_is_no_advance():
    text = ("Work is most advanced in Estonia, where track is being laid south of Ülemiste, the Tallinn hub that will "
            "connect the line with the city's airport and the old town.")
    assert classify(text, text.index("Estonia")) != "ground_operation"


def test_flood_prone_areas_are_no_flood():
    text = ("The GHMC commissioner said flood-prone areas in Secunderabad, Malkajgiri and Rangareddy district would be "
            "covered in the second phase.")
    assert classify(text, text.index("Secunderabad")) != "disaster"
