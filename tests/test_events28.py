"""Events the twenty-eighth session found wrong in its own reading: a capital that speaks after ", and" or
after a comma is no item of the list before it, the fighting a place is kept out of is no battle there, and
those who speak from their seat (prosecutors, scientists, institutions named in full) are not where it happened."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_capital_after_comma_and_that_speaks_is_no_list_item(index):
    text = "A drone strike hit a fuel depot in Sochi, and Moscow said it would respond."
    assert [e[:2] for e in events(text, index, "2025-06-10")] == [("sochi", "strike")]


def test_a_toll_place_after_comma_and_a_capital_that_acted(index):
    text = "Floods killed 12 people in Kerala, and New Delhi has sent troops."
    assert [e[:2] for e in events(text, index, "2025-06-10")] == [("kerala", "disaster")]


def test_a_serial_list_after_comma_and_stays_a_list(index):
    text = "Russian drones struck Kharkiv, Sumy, and Poltava was hit by missiles on Monday."
    places = {e[0] for e in events(text, index, "2025-06-10")}
    assert {"kharkiv", "sumy", "poltava"} <= places


def test_the_fighting_a_place_is_kept_out_of_is_no_battle(index):
    text = ("Fighting between the army and the Arakan Army spread to the outskirts of Kyaukphyu on Sunday, residents "
            "said.\n\nKyaukphyu is the starting point of oil and gas pipelines that run across Myanmar to Yunnan "
            "province in China, and Beijing has pressed both sides to keep the port and pipeline terminal out of "
            "the fighting.")
    assert [e[:2] for e in events(text, index, "2025-06-10")] == [("kyaukphyu", "ground_operation")]


def test_prosecutors_who_speak_from_their_seat(index):
    text = ("BERLIN (Reuters) - German police raided properties in Nordrhein-Westfalen and Bavaria linked to a "
            "far-right group, prosecutors in Karlsruhe said.")
    places = {e[0] for e in events(text, index, "2025-06-10")}
    assert "karlsruhe" not in places
    assert places


def test_an_institution_named_in_full_speaks_where_it_sits(index):
    text = ("China's Ministry of Emergency Management in Beijing said 17 people had died in floods and landslides "
            "across the south since June, including nine in Guangxi and Guizhou.\n\nThe U.S. Centers for Disease "
            "Control and Prevention in Atlanta said the United States had recorded more measles cases in the first "
            "half of 2025 than in all of 2024.\n\nThe WSL Institute for Snow and Avalanche Research (SLF) in Davos "
            "said the danger was \"very high\" in the upper Saas valley, around the Simplon Pass and around Zermatt.")
    places = {e[0] for e in events(text, index, "2025-06-10")}
    assert not places & {"beijing", "atlanta", "davos"}
    assert {"guangxi", "guizhou"} <= places


def test_scientists_who_speak_from_their_city(index):
    text = ("A magnitude 5.9 earthquake struck Malatya province on Wednesday, damaging dozens of buildings.\n\n"
            "Volcanologists in Rome said the eruptions were not connected. Seismologists in Istanbul warned that "
            "aftershocks could continue for several days.")
    places = {e[0] for e in events(text, index, "2025-06-10")}
    assert places == {"malatya-province"}


def test_a_capital_that_tells_the_news_after_a_comma_is_no_place_of_it(index):
    text = ("MANILA, Philippines (Reuters) - Chinese coast guard vessels fired water cannon at a Philippine supply "
            "boat near Second Thomas Shoal in the South China Sea, Manila said on Saturday.")
    assert [e[:2] for e in events(text, index, "2025-06-10")] == [("second-thomas-shoal", "attack")]


def test_speakers_who_have_spoken_from_their_seat(index):
    text = ("Negotiators from California, Nevada and Arizona met in Denver last month without a deal, and officials "
            "in Washington have warned that the Interior Department could impose one.")
    places = {e[0] for e in events(text, index, "2025-06-10")}
    assert "washington-d-c" not in places
    assert "denver" in places


def test_strikes_that_also_hit_places(index):
    text = ("The Britain-based Syrian Observatory for Human Rights said strikes also hit the outskirts of Aleppo and "
            "the town of Saraqeb.")
    assert sorted(e[:2] for e in events(text, index, "2025-06-10")) == [("aleppo", "strike"), ("saraqib", "strike")]


def test_an_agency_something_is_according_to_sits_elsewhere(index):
    text = ("Up to 7 inches (18 centimeters) of rain fell in about four hours around Lititz and Ephrata, according "
            "to the National Weather Service in State College, which issued a rare flash flood emergency for the "
            "northern part of the county.")
    assert sorted(e[0] for e in events(text, index, "2025-06-10")) == ["ephrata", "lititz"]


def test_a_seat_of_power_that_acts_is_not_where_it_acts_on(index):
    text = ("Across the border in Bulgaria, growers in the Dobrich and Silistra regions of the northeast - the "
            "country's granary - reported similar damage, and the agriculture ministry in Sofia is preparing drought "
            "aid.")
    places = {e[0] for e in events(text, index, "2025-06-10")}
    assert "sofia" not in places
    assert places


def test_a_ministry_struck_in_a_capital_is_there(index):
    text = "A suicide bomber struck the foreign ministry in Kabul on Monday, killing six people, police said."
    assert [e[:2] for e in events(text, index, "2025-06-10")] == [("kabul", "attack")]


def test_guns_seized_by_police_are_no_battle(index):
    text = ("Acting Commissioner of Police Junior Benjamin told legislators that gang feuds had spread from the capital "
            "to Chaguanas, Arima and Couva, and that several of the high-powered rifles seized this year had been "
            "smuggled across the Gulf of Paria.")
    assert "ground_operation" not in {e[1] for e in events(text, index, "2025-06-10")}


def test_a_town_seized_by_rebels_stays_a_battle(index):
    text = "M23 rebels seized the town of Uvira on Lake Tanganyika on Wednesday, residents said."
    assert [e[:2] for e in events(text, index, "2025-06-10")] == [("uvira", "ground_operation")]


def test_a_home_invasion_is_an_attack_not_a_battle(index):
    text = ("A shot fired into the floor during a home invasion robbery in Newberry on Friday night may have been "
            "accidental, according to Alachua County Sheriff's Office deputies.")
    assert [e[:2] for e in events(text, index, "2009-03-16")] == [("newberry", "attack")]


def test_what_began_a_period_since_is_not_the_news_places(index):
    text = ("Hundreds of thousands of pilgrims gathered in Gondar on Sunday to celebrate Timket, as the historic city "
            "hosted the festival at full scale for the first time since fighting broke out in the Amhara region in "
            "2023.")
    assert [e[:3] for e in events(text, index, "2025-01-20")] == [("amhara-region", "ground_operation", None)]


def test_places_told_since_a_war_began_have_no_battle(index):
    text = ("Governments in Tallinn, Riga and Vilnius say the line has taken on new importance since Russia's invasion "
            "of Ukraine, because it would allow troops and equipment to be moved quickly from Poland.")
    assert not {e[0] for e in events(text, index, "2025-06-10")} & {"tallinn", "riga", "vilnius"}


def test_a_place_in_a_quiet_since_clause_takes_no_battle(index):
    text = ("At least 12 people were killed in clashes between government security forces and local gunmen in "
            "Syria's southern Deraa province, residents and a war monitor said on Sunday, the worst violence in the "
            "area since the new authorities took power in Damascus.")
    assert [e[:2] for e in events(text, index, "2025-05-20")] == [("deraa-province", "ground_operation")]


def test_since_a_date_opens_no_clause(index):
    text = ("In Stockport the River Mersey reached its highest level since 2015, and the flood basins at Didsbury and "
            "Northenden were filling by teatime.")
    assert "stockport" in {e[0] for e in events(text, index, "2025-06-10")}


def test_a_sports_meeting_is_no_talks(index):
    text = "The next Diamond League meeting is in Monaco on July 11, followed by London and Silesia."
    assert "talks" not in {e[1] for e in events(text, index, "2025-06-10")}


def test_a_deadline_dates_no_event(index):
    text = ("Lancashire Police said the A6 between Preston and Lancaster would remain closed until Friday after a lorry "
            "overturned near Garstang.")
    assert [e[:3] for e in events(text, index, "2025-06-15")] == [("garstang", "accident", None)]


def test_a_rugby_team_named_hurricanes_is_no_storm(index):
    text = "In Wellington, the Hurricanes were beaten 31-20 by the ACT Brumbies, and the Highlanders beat the Western Force 22-19 in Dunedin."
    assert events(text, index, "2025-06-10") == []


def test_a_mountains_summit_is_no_talks(index):
    text = ("NAGANO, Japan (The Japan Times) - Hotels and mountain huts across Nagano Prefecture are bracing for a busy "
            "autumn foliage season after trails near the summit of Mount Ontake, on the border with Gifu Prefecture, "
            "reopened.")
    assert "talks" not in {e[1] for e in events(text, index, "2025-06-10")}


def test_a_film_shot_in_towns_is_no_attack(index):
    text = ("The film was shot over 28 days in Lagos and in Ibadan and Ijebu-Ode, with a largely local crew, on a "
            "budget of less than $2 million.")
    assert "attack" not in {e[1] for e in events(text, index, "2025-06-10")}


def test_search_warrants_executed_are_no_attack(index):
    text = ("Officers later executed search warrants at a warehouse in Richmond, B.C., and at homes in Burnaby, "
            "Coquitlam and Abbotsford, where they found a partially built synthetic drug lab.")
    assert "attack" not in {e[1] for e in events(text, index, "2025-06-10")}


def test_lake_st_clair_is_the_lake(index):
    text = ("Farther downstream, the Lower Thames Valley Conservation Authority said flooding was possible near "
            "Thamesville and in low-lying parts of Chatham-Kent, where the river empties into Lake St. Clair.")
    assert "Lake St. Clair" in readings.names(text, index)
    assert "st-clair" not in {e[0] for e in events(text, index, "2025-06-10")}


def test_flooding_told_as_possible_has_not_happened(index):
    text = ("The province's flood forecast centre said a second crest is possible if heavy rain falls across southern "
            "Manitoba and northern Minnesota next week.")
    assert "disaster" not in {e[1] for e in events(text, index, "2025-06-10")}


def test_a_court_battle_is_no_battle(index):
    text = ("The company lost a separate battle last year when the EU's top court, also in Luxembourg, ordered it to "
            "pay Ireland 13 billion euros in back taxes.")
    assert "ground_operation" not in {e[1] for e in events(text, index, "2025-06-10")}


def test_what_someone_was_called_on_to_do_is_not_done(index):
    text = ("The Asantehene, Otumfuo Osei Tutu II, told a durbar of chiefs at the Manhyia Palace in Kumasi on Tuesday "
            "that galamsey was \"destroying the inheritance of our grandchildren\" and called on security agencies to "
            "arrest financiers, not only the young men working the pits.")
    assert "arrest" not in {e[1] for e in events(text, index, "2025-06-12")}


def test_weeks_later_are_no_count_of_the_arrested(index):
    text = ("Gardai traced the car used in the attack to a yard in Annacotty, and Hayes was arrested three weeks later "
            "at a house in Shannon, Co Clare, where he had been staying with a girlfriend.")
    doc = readings.extract(readings.Article(text=text, id="x", published="2025-06-10"), index=index)
    assert all(not e.figures for e in doc.events)


def test_climbers_who_summited_a_peak_hold_no_talks(index):
    text = ("Officials in Kathmandu say they are drafting rules that would require Everest climbers to have summited a "
            "peak of at least 7,000 metres in Nepal before being issued a permit.")
    assert "talks" not in {e[1] for e in events(text, index, "2025-06-10")}


def test_antigua_in_the_caribbean_is_the_island(index):
    text = ("The tsunami arrived about nine hours later in the Caribbean, raising the sea at Antigua, Barbados and "
            "Martinique.")
    assert ("Antigua", "Antigua", "AG") in [p[:3] for p in readings.places(text, index)]


def test_flood_protection_is_no_flood(index):
    text = ("Regional Development Minister Shane Jones said the Government would release another $100 million for "
            "flood protection at Havelock North and along the Tukituki River.")
    assert "disaster" not in {e[1] for e in events(text, index, "2025-06-10")}


def test_a_deluge_that_swamped_homes_is_a_flood(index):
    text = ("Hawke's Bay's councils are being urged to speed up flood protection work after a second major deluge in "
            "three years swamped homes in Napier and cut off rural communities north of Wairoa.")
    assert ("napier", "disaster") in {e[:2] for e in events(text, index, "2025-06-10")}


def test_telescopes_on_the_summit_hold_no_talks(index):
    text = ("Keck, run by Caltech and the University of California from Waimea, and Japan's Subaru telescope, based in "
            "Hilo, are already on the summit.")
    assert "talks" not in {e[1] for e in events(text, index, "2025-06-10")}


def test_a_police_force_named_by_its_area_tells_the_news(index):
    text = "A teenager has died after being stabbed in Hull, Humberside Police said."
    assert [e[0] for e in events(text, index, "2025-06-10")] == ["kingston-upon-hull"]


def test_drilling_for_oil_is_no_exercise(index):
    text = ("Across the river, officials in Saint-Laurent-du-Maroni and Cayenne are watching closely, as is Brazil, "
            "where Petrobras is seeking permission to drill near the mouth of the Amazon off Amapa state.")
    assert "exercise" not in {e[1] for e in events(text, index, "2025-06-10")}


def test_a_team_that_rallied_past_another_is_no_protest(index):
    text = ("The freshman hit a 46-yard field goal with 3 seconds left, and No. 8 Alabama rallied past No. 12 Tennessee "
            "27-24 at Bryant-Denny Stadium in Tuscaloosa.")
    assert "protest" not in {e[1] for e in events(text, index, "2025-06-10")}


def test_where_a_quake_was_felt_strongly_is_not_where_it_struck(index):
    text = ("A magnitude 5.8 earthquake struck near Kaikoura on Tuesday afternoon and was felt strongly in Wellington "
            "and Blenheim, GeoNet said.")
    assert not {e[0] for e in events(text, index, "2025-06-10")} & {"wellington", "blenheim"}


def test_residents_fighting_a_plan_are_no_battle(index):
    text = ("At Friston, near Aldeburgh, residents are still fighting substations for offshore wind farms whose cables "
            "will come ashore at Thorpeness.")
    assert "ground_operation" not in {e[1] for e in events(text, index, "2025-06-10")}


def test_spains_government_delegation_holds_no_talks(index):
    text = ("More than 80 people, most of them Moroccan teenagers, swam around the breakwater at Tarajal beach and "
            "reached Ceuta on Sunday night, the Spanish government delegation in the autonomous city said.")
    assert "talks" not in {e[1] for e in events(text, index, "2025-06-10")}
