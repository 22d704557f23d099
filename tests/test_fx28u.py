"""US and Canadian local news as city and county papers and local TV sites write it (the twenty-eighth session's
fx28u check): a wildfire told by its bearing from the nearest town."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_wildfire_told_by_its_bearing_from_the_town_is_the_towns(index):
    text = ("OMAK, Wash. (KREM) \u2014 A wildfire burning in the hills north of Omak grew to about 12,000 acres by "
            "Saturday morning, forcing Level 3 \"go now\" evacuations for residents along Omak Lake Road and Tunk Creek "
            "Road, the Okanogan County Sheriff's Office said.")
    assert [e[:3] for e in events(text, index, "2025-08-09")] == [("omak", "disaster", "2025-08-09")]


def test_a_chase_that_ended_in_a_crash_is_an_accident(index):
    text = ("HAMILTON, Ont. (CHCH) \u2014 A 34-year-old man faces more than a dozen charges after a police chase "
            "through Hamilton's east end ended in a crash that injured two people Tuesday afternoon, Hamilton police "
            "said.")
    assert [e[:3] for e in events(text, index, "2025-11-19")] == [("hamilton", "accident", "2025-11-18")]


def test_a_truck_that_slid_off_a_highway_is_an_accident(index):
    text = ("HALIFAX (Global News) \u2014 A winter storm buried parts of Nova Scotia under as much as 40 centimetres of "
            "snow on Sunday, knocking out power to more than 60,000 customers.\n\n"
            "RCMP said a 67-year-old man died after his pickup truck slid off Highway 102 near Enfield on Sunday "
            "morning.")
    found = [e[:2] for e in events(text, index, "2025-02-16")]
    assert ("enfield", "accident") in found and ("enfield", "disaster") not in found, found


def test_one_pulled_from_a_lake_drowned(index):
    text = "Man dies after being pulled from Lake Erie near Port Clinton"
    assert [e[:2] for e in events(text, index, "2025-06-02")] == [("port-clinton", "accident")]


def places(text, index):
    return readings.places(text, index)


def test_a_word_town_qualified_by_its_ap_state_in_a_dateline(index):
    text = ("COMMERCE, Ga. \u2014 Two people were killed and three others were injured in a multi-vehicle crash on "
            "Interstate 85 in Jackson County on Sunday afternoon, the Georgia State Patrol said.")
    assert ("COMMERCE", "Commerce", "US", "city", "place") in places(text, index)
    assert ("jackson-county", "accident", "2025-07-13") in [e[:3] for e in events(text, index, "2025-07-13")]


def test_the_charges_listed_are_no_assault_nor_murder(index):
    text = ("JACKSON, Mich. (WLNS) \u2014 The suspect, from Albion, was being held at the Jackson County Jail on charges "
            "including assault with intent to murder.")
    assert events(text, index, "2025-01-10") == []


def test_last_summer_is_the_summer_just_past(index):
    text = ("KAMLOOPS, B.C. (CBC) \u2014 Fire crews were working the blaze on Thursday.\n\n"
            "Last summer, a wildfire near Ashcroft destroyed 14 homes.")
    assert ("ashcroft", "disaster", "2024") in [e[:3] for e in events(text, index, "2025-07-24")]
    assert ("ashcroft", "disaster", "2025") in [e[:3] for e in events(text, index, "2025-10-24")]


def test_a_fire_that_damaged_a_townhouse_and_no_street_as_its_party(index):
    text = ("FRANKLIN, Tenn. (WSMV) \u2014 Crews were called to the 1400 block of Hillsboro Road on Monday.\n\n"
            "On Friday, a fire in Spring Hill damaged a townhouse on Kedron Parkway.")
    assert ("spring-hill", "accident", "2025-03-07", []) in events(text, index, "2025-03-11")


def test_this_small_county_town_is_the_datelines_town(index):
    text = ("TROY, N.C. (AP) \u2014 Two men were killed and a woman was wounded in a shooting outside a convenience "
            "store in this small Montgomery County town early Saturday, authorities said.")
    assert [e[:3] for e in events(text, index, "2025-06-14")] == [("troy", "attack", "2025-06-14")]


def test_the_local_force_is_no_other_place_than_the_datelines(index):
    text = ("JACKSON, Mich. (WLNS) \u2014 A Jackson County sheriff's deputy was shot in the leg during a traffic stop in "
            "Blackman Township late Thursday, and the suspect was arrested after a brief chase, Sheriff Gary Schuette "
            "said.")
    assert ("jackson", "attack", "2025-01-09") in [e[:3] for e in events(text, index, "2025-01-10")]


def test_a_crash_told_by_its_road_is_an_accident(index):
    text = ("COMMERCE, Ga. \u2014 Georgia State Patrol troopers responded to a crash on Interstate 85 near Braselton "
            "on Monday.")
    assert [e[:3] for e in events(text, index, "2025-07-15")] == [("braselton", "accident", "2025-07-14")]


def test_a_postal_code_after_a_town_qualifies_it(index):
    text = "A fire destroyed a barn near Athens, TN, on Sunday."
    assert ("Athens", "Athens", "US", "city", "place") in places(text, index)
    assert ("TN", "Tennessee", "US", "admin1", "place") in places(text, index)


def test_a_postal_code_of_another_state_than_the_towns_is_a_word(index):
    assert "OK" not in names("I am in Paris, OK, then.", index)


def names(text, index):
    return readings.names(text, index)


def test_a_postal_code_that_is_also_an_ap_form_qualifies_the_dateline(index):
    text = "COMMERCE, GA (WSB) \u2014 Two people were killed in a crash on Interstate 85 on Sunday."
    assert ("COMMERCE", "Commerce", "US", "city", "place") in places(text, index)
    assert [e[:2] for e in events(text, index, "2025-07-13")] == [("commerce", "accident")]


def test_an_oceans_name_ending_a_firms_is_no_ocean(index):
    text = ("Halifax Transit suspended all bus service Sunday afternoon, and Marine Atlantic cancelled ferry crossings "
            "between North Sydney and Port aux Basques, N.L.")
    assert "Atlantic" not in names(text, index)
    assert "North Sydney" in names(text, index)
