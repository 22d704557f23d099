"""Events told in plain words rather than the usual cues (the twenty-seventh session's fx27z check): arrests
told as people rounded up, taken into custody or picked up by police; a crowd the police broke up with tear
gas; children swept away in a stream, a car carried off by a flooded river."""

import readings
from geomap.model import Article
from geomap.pipeline import extract


def events(text, index, published):
    return readings.events(text, index, published)


def test_people_rounded_up_by_police_are_arrested(index):
    text = "Police rounded up at least 15 people in Rajshahi overnight, witnesses said."
    found = [(e[0], e[1]) for e in events(text, index, "2025-10-12")]
    assert found == [("rajshahi", "arrest")], found


def test_people_taken_into_custody_are_arrested(index):
    text = ("TBILISI, Georgia (AFP) \u2014 Georgian riot police dragged away dozens of protesters from outside "
            "parliament in Tbilisi overnight, the interior ministry said on Saturday.\n\n"
            "At least 107 people were taken into custody, and 32 police officers were hurt, the ministry said.")
    found = [e[1] for e in events(text, index, "2024-11-30")]
    assert "arrest" in found, found


def test_people_picked_up_by_police_are_arrested(index):
    text = ("KAMPALA, Uganda (Reuters) \u2014 Police in Kampala fired tear gas on Thursday to disperse supporters of "
            "opposition leader Bobi Wine.\n\n"
            "At least 27 people were picked up by police, a party spokesman said.")
    found = [(e[0], e[1]) for e in events(text, index, "2025-10-09")]
    assert ("kampala", "arrest") in found, found


def test_tear_gas_fired_to_disperse_supporters_is_a_protest(index):
    text = ("Police in Kampala fired tear gas on Thursday to disperse supporters of opposition leader Bobi Wine who "
            "had gathered outside the offices of his National Unity Platform party.")
    found = [(e[0], e[1], e[2]) for e in events(text, index, "2025-10-09")]
    assert found == [("kampala", "protest", "2025-10-09")], found


def test_teargas_lobbed_to_scatter_a_crowd_is_a_protest(index):
    text = "Police lobbed teargas canisters to scatter the crowd in Narok in the afternoon."
    found = [(e[0], e[1]) for e in events(text, index, "2025-06-13")]
    assert found == [("narok", "protest")], found


def test_tear_gas_on_rioters_stays_a_riot(index):
    text = "Police used tear gas against rioters in Paris on Tuesday."
    assert [e[1] for e in events(text, index, "2025-03-05")] == ["riot"]


def test_children_swept_away_in_a_stream_are_a_disaster(index):
    text = ("Two children were swept away in a stream in Pinetown on Sunday afternoon as heavy rain lashed parts of "
            "KwaZulu-Natal, emergency services said.")
    found = [(e[0], e[1], e[2]) for e in events(text, index, "2025-05-19")]
    assert ("pinetown", "disaster", "2025-05-18") in found, found


def test_a_car_carried_off_by_a_flooded_river_is_a_disaster(index):
    text = "In Kitengela, a man died when his car was carried off by a flooded river on Monday evening."
    found = [(e[0], e[1]) for e in events(text, index, "2025-04-23")]
    assert found == [("kitengela", "disaster")], found


def test_passengers_seized_by_gunmen_are_abducted_not_a_ground_operation(index):
    text = ("Gunmen seized at least 20 passengers travelling on the Lokoja-Abuja highway near Koton Karfe on "
            "Saturday evening, police in Kogi State said.")
    found = [(e[0], e[1]) for e in events(text, index, "2025-02-16")]
    assert found and all(t == "attack" for _, t in found), found


def test_a_town_seized_by_rebels_stays_a_ground_operation(index):
    text = "M23 rebels seized the town of Walikale on Wednesday, residents said."
    assert [e[1] for e in events(text, index, "2025-03-20")] == ["ground_operation"]


def test_paramilitaries_that_storm_a_village_are_no_storm(index):
    text = "Sudan: dozens dead as paramilitaries storm village in Gezira"
    assert "disaster" not in [e[1] for e in events(text, index, "2025-01-14")]


def test_a_clash_in_a_while_clause_of_its_own_is_not_the_first_places(index):
    text = ("Last month a woman was killed by an elephant in Mwatate, while in Laikipia, herders have clashed with "
            "rangers over grazing land inside conservancies.")
    found = [(e[0], e[1]) for e in events(text, index, "2025-07-16")]
    assert not any(t == "ground_operation" and p != "laikipia" for p, t in found), found
    assert ("laikipia", "ground_operation") in found, found


def test_the_same_event_told_on_in_a_while_clause_keeps_the_first_places(index):
    text = ("The worst affected districts are Ratnapura, Kalutara, Gampaha, Colombo and Kegalle in the Western "
            "Province and Sabaragamuwa, while parts of Galle and Matara in the Southern Province were also inundated "
            "after the Gin Ganga and the Nilwala Ganga rose above flood level.")
    found = {e[0]: e[1] for e in events(text, index, "2024-06-03")}
    assert found.get("sabaragamuwa") == "disaster" and found.get("galle") == "disaster", found


def test_traders_who_downed_shutters_protest(index):
    text = ("Traders in Latifabad and Qasimabad downed shutters from early morning, while students from the "
            "University of Sindh in Jamshoro marched to the Kotri Barrage carrying banners reading \"No water, no "
            "Sindh\".")
    found = {e[0]: e[1] for e in events(text, index, "2025-04-09")}
    assert found.get("latifabad") == "protest", found
    alone = {e[0]: e[1] for e in events("Traders in Latifabad and Qasimabad downed shutters from early morning.",
                                         index, "2025-04-09")}
    assert alone == {"latifabad": "protest", "qasimabad": "protest"}, alone


def test_raids_officers_took_part_in_are_arrests(index):
    text = ("About 2,000 officers took part in pre-dawn raids in Calabria, Lombardy, Piedmont and Emilia-Romagna, "
            "while German police detained 21 suspects in the Ruhr cities of Duisburg and Essen and in Stuttgart and "
            "Munich, in a joint investigation coordinated by Eurojust.")
    found = {e[0]: e[1] for e in events(text, index, "2025-03-12")}
    assert found.get("calabria") == "arrest" and found.get("munich") == "arrest", found
    alone = {e[0]: e[1] for e in events("About 2,000 officers took part in pre-dawn raids in Calabria and Lombardy.",
                                         index, "2025-03-12")}
    assert alone == {"calabria": "arrest", "lombardy": "arrest"}, alone


def test_homes_destroyed_after_a_cyclones_lead_are_its_disaster(index):
    text = ("PEMBA, Mozambique (AFP) \u2014 Entire neighborhoods in Pemba have been flattened after Cyclone Chido "
            "tore through Cabo Delgado province on Saturday, aid workers said on Monday.\n\n"
            "In Mecufi district, nearly every home was destroyed, according to the National Institute for Disaster "
            "Risk Management (INGD).")
    found = {e[0]: e[1] for e in events(text, index, "2024-12-16")}
    assert found.get("mecufi-district") == "disaster", found


def test_homes_left_under_water_after_a_floods_lead_are_its_disaster(index):
    text = ("DURBAN, South Africa (News24) \u2014 Two children were swept away in a stream in Pinetown on Sunday "
            "afternoon as heavy rain lashed parts of KwaZulu-Natal, emergency services said.\n\n"
            "In Umlazi, south of Durban, more than 200 homes were left under water and several roads were washed "
            "out.")
    found = {e[0]: e[1] for e in events(text, index, "2025-05-19")}
    assert found.get("umlazi") == "disaster", found


def test_students_who_sat_on_a_highway_protest(index):
    text = "In Chittagong, students sat on the main highway for three hours, the Daily Star newspaper reported."
    assert [(e[0], e[1]) for e in events(text, index, "2025-10-12")] == [("chattogram", "protest")]


def test_residents_who_staged_a_sit_down_on_a_road_protest(index):
    text = "Residents of Tangi shut their shops and staged a sit-down on the Charsadda-Mardan road for most of the day."
    found = {e[0]: e[1] for e in events(text, index, "2025-06-10")}
    assert found.get("tangi") == "protest", found


def test_a_crowd_gathered_waving_flags_protests(index):
    text = "In Batumi, hundreds of people gathered outside the city council on Friday evening waving EU flags."
    found = [(e[0], e[1], e[2]) for e in events(text, index, "2024-11-30")]
    assert found == [("batumi", "protest", "2024-11-29")], found


def test_pilgrims_gathered_chanting_do_not_protest(index):
    text = ("Tens of thousands of Buddhist pilgrims from across Asia gathered in Lumbini on Monday to mark the birth "
            "of Siddhartha Gautama, chanting and lighting butter lamps in the sacred garden.")
    assert "protest" not in [e[1] for e in events(text, index, "2025-05-13")]


def test_water_cannon_and_pepper_spray_on_students_is_a_protest(index):
    text = ("In Ankara, police used water cannon and pepper spray on students who tried to march towards the "
            "mausoleum on Thursday.")
    found = {e[0]: e[1] for e in events(text, index, "2025-03-21")}
    assert found.get("ankara") == "protest", found


def test_people_booked_under_a_law_are_arrested(index):
    text = "Police said 12 people were booked under anti-terrorism laws in Charsadda district."
    found = {e[0]: e[1] for e in events(text, index, "2025-06-10")}
    assert "arrest" in found.values(), found


def test_strong_winds_and_high_waves_that_battered_a_coast_are_a_disaster(index):
    text = ("TACLOBAN, Philippines (Inquirer) \u2014 Seventeen fishermen were missing on Thursday after strong winds "
            "and high waves battered the coast of Eastern Samar, the coast guard said.")
    found = [(e[0], e[1], e[2]) for e in events(text, index, "2025-01-09")]
    assert found and all(t == "disaster" for _, t, _ in found), found


def test_lives_lost_after_a_cyclones_lead_are_its_toll(index):
    text = ("PEMBA, Mozambique (AFP) \u2014 Entire neighborhoods in Pemba have been flattened after Cyclone Chido "
            "tore through Cabo Delgado province on Saturday, aid workers said on Monday.\n\n"
            "In Mecufi alone, 13 people lost their lives.")
    found = {e[0]: (e[1], e[2]) for e in events(text, index, "2024-12-16")}
    assert found.get("mecufi") == ("disaster", "2024-12-14"), found


def test_what_seasonal_rains_often_cause_is_no_event(index):
    text = "Seasonal rains often cause floods and landslides in Indonesia between October and April."
    assert events(text, index, "2025-01-21") == []


def test_villagers_who_torch_a_police_post_riot(index):
    text = "Pakistan: villagers torch police post after youth dies in custody"
    assert [e[1] for e in events(text, index, "2025-06-10")] == ["riot"]


def test_a_count_after_a_country_headline_is_the_districts(index):
    text = ("Pakistan: villagers torch police post after youth dies in custody\n\n"
            "PESHAWAR, Pakistan (Dawn) \u2014 Hundreds of villagers surrounded a police post in Charsadda district on "
            "Monday after a 19-year-old man died in police custody, and several officers were beaten, officials "
            "said.\n\n"
            "Residents of Tangi shut their shops and staged a sit-down on the Charsadda-Mardan road for most of the "
            "day. Police said 12 people were booked under anti-terrorism laws.")
    found = [(e[0], e[1]) for e in events(text, index, "2025-06-10")]
    assert ("charsadda-district", "riot") in found and ("charsadda-district", "arrest") in found, found
    assert ("pakistan", "arrest") not in found, found


def test_thousands_who_took_to_the_streets_after_an_arrest_protest_there(index):
    text = ("ISTANBUL (Reuters) \u2014 Istanbul Mayor Ekrem Imamoglu, President Tayyip Erdogan's main political "
            "rival, was detained in a dawn raid on his home on Wednesday as part of a corruption and terrorism "
            "investigation, state media reported.\n\n"
            "Thousands of people took to the streets outside city hall that evening, defying a ban on gatherings.")
    found = [(e[0], e[1]) for e in events(text, index, "2025-03-19")]
    assert ("istanbul", "protest") in found, found


def test_the_classmate_whose_killing_students_protest_is_no_toll_of_the_protest(index):
    text = ("DHAKA, Bangladesh (AFP) \u2014 Thousands of students poured onto the streets of Dhaka on Sunday, "
            "demanding justice for a classmate who was beaten to death by ruling party activists.")
    doc = extract(Article(text=text, id="x", published="2025-10-12"), index=index)
    found = [(e.place, e.type, [f.text for f in e.figures]) for e in doc.events]
    assert found == [("dhaka", "protest", [])], found


def test_the_newspaper_that_reports_a_protest_is_no_party_to_it(index):
    text = "In Chittagong, students sat on the main highway for three hours, the Daily Star newspaper reported."
    assert [(e[1], e[3]) for e in events(text, index, "2025-10-12")] == [("protest", [])]
