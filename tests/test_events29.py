"""Events the twenty-ninth session found wrong in random events from the held-out sets: a film shot or a road's
direction makes no event, arrests and blockades told in plain words, diplomats who only speak, the dead the
authorities found, a ship's flag, what a quake devastated "much of", a clause of the mood the news met, a year
that opens a clause of its own, and the days of holidays."""

import readings


def events(text, index, published="2025-06-15"):
    return readings.events(text, index, published)


def test_a_work_named_by_its_title_that_was_shot_is_no_attack(index):
    text = ('The Chadian filmmaker Mahamat-Saleh Haroun, whose "Lingui" was shot in N\'Djamena, said the '
            'recognition for a Nigerian film was "long overdue."')
    assert "attack" not in {e[1] for e in events(text, index)}


def test_a_road_closed_after_a_crash_is_an_accident_where_it_was_closed(index):
    text = ("Supporters heading north on the A1 were warned of overnight roadworks between Morpeth and Alnwick, "
            "while the A69 towards Hexham and Carlisle was closed at Corbridge after a crash.")
    assert [e[:2] for e in events(text, index)] == [("corbridge", "accident")]


def test_associates_picked_up_in_raids_are_arrested(index):
    text = "Nine of his associates were picked up in raids in Jamtara, Madhupur and Dumka, police said."
    assert [e[:2] for e in events(text, index)] == [("jamtara", "arrest"), ("madhupur", "arrest"),
                                                    ("dumka", "arrest")]


def test_diplomats_who_only_tell_the_news_hold_no_talks(index):
    text = ("Diplomats said New Delhi and Beijing, which have competed for influence over ports in Colombo and "
            "Hambantota, were watching for early signals on foreign policy.")
    assert "talks" not in {e[1] for e in events(text, index)}


def test_communities_that_block_a_road_protest_and_a_mine_is_no_actor(index):
    text = ("LIMA, Peru (Reuters) - Indigenous communities in southern Peru have blocked the road used to truck "
            "copper concentrate from MMG's Las Bambas mine for the ninth day, the company said on Friday, warning "
            "it may have to halt production if the blockade continues.")
    assert [(e[0], e[1], e[3]) for e in events(text, index)] == [("peru", "protest", [])]


def test_a_year_that_opens_a_clause_dates_the_places_after_it_only(index):
    text = ("She joined the underground, carrying messages between Port Elizabeth and Johannesburg hidden in the "
            "hems of school uniforms, and in 1963 she was detained for 90 days in Pretoria.")
    assert [e[:3] for e in events(text, index)] == [("pretoria", "arrest", "1963")]
    text = ("Madagascar reports hundreds of cases each year, mostly bubonic plague in the central highlands around "
            "Ankazobe and Ambositra, and in 2017 an urban outbreak of pneumonic plague in Antananarivo and the port "
            "city of Toamasina sickened more than 2,400 people.")
    dates = {e[0]: e[2] for e in events(text, index)}
    assert dates["antananarivo"] == "2017"
    assert dates["ankazobe"] is None


def test_a_year_that_closes_the_sentence_still_dates_its_place(index):
    text = ("He is wanted by Merseyside Police in connection with the shooting of a man outside a pub in Kirkby, "
            "on the north-eastern edge of the city, in 2021.")
    assert [e[:3] for e in events(text, index)] == [("kirkby", "attack", "2021")]


def test_the_dead_the_authorities_found_are_an_attack_of_no_country(index):
    text = ("MEXICO CITY (Reuters) - Mexican authorities found 12 bodies in the state of Guerrero, near the resort "
            "city of Acapulco, prosecutors said.")
    found = events(text, index)
    assert [e[1] for e in found] == ["attack"]
    assert found[0][3] == []


def test_the_dead_found_in_the_rubble_are_no_attack(index):
    text = "Police found 12 bodies in the rubble of a collapsed building in Lagos on Tuesday."
    assert "attack" not in {e[1] for e in events(text, index)}


def test_a_ships_flag_is_no_party_to_its_collision(index):
    text = ("SINGAPORE (Reuters) - A Liberian-flagged oil tanker and a Malaysian bulk carrier collided in the "
            "Singapore Strait early on Saturday, spilling an estimated 400 tonnes of fuel oil, the Maritime and "
            "Port Authority of Singapore said.")
    assert [(e[1], e[3]) for e in events(text, index)] == [("accident", [])]


def test_what_a_quake_devastated_much_of_not_where_speculation_grew(index):
    text = ("TOKYO (Kyodo) - The Diet on Friday enacted a law setting up a dedicated agency for the reconstruction "
            "of the Noto Peninsula, more than a year after a magnitude-7.6 earthquake devastated much of Ishikawa "
            "Prefecture, as speculation grew in Nagatacho that the prime minister would dissolve the lower house for "
            "a snap election.")
    assert [e[:2] for e in events(text, index)] == [("ishikawa-prefecture", "disaster")]


def test_most_of_a_region_a_storm_spared_is_no_place_of_it(index):
    text = ("The storm spared most of southern Ontario, though Fort Erie, across the Niagara River from Buffalo, "
            "reported 14 inches of snow.")
    assert "ontario" not in {e[0] for e in events(text, index)}


def test_a_clause_of_what_went_on_spreading_keeps_its_places(index):
    text = ("LUBBOCK, Texas (AP) — The measles outbreak centered in West Texas has grown to 505 cases, state health "
            "officials said Tuesday, as the virus continued to spread through undervaccinated communities on the "
            "South Plains and linked infections were reported in New Mexico, Oklahoma and Canada.")
    assert {"new-mexico", "oklahoma"} <= {e[0] for e in events(text, index)}


def test_a_holiday_dates_the_event_it_names(index):
    text = "Gunmen attacked a church in the village of Bokkos in Plateau state on Christmas Eve, killing 17 people."
    assert {e[2] for e in events(text, index, "2025-01-10")} == {"2024-12-24"}


def test_a_holidays_year_told_after_it(index):
    text = ("Bokkos was the scene of coordinated Christmas Eve attacks in December 2023 in which more than 150 people "
            "were killed across Bokkos and Barkin Ladi.")
    assert {e[2] for e in events(text, index, "2025-06-18")} == {"2023-12-24"}


def test_what_a_dam_does_to_floods_is_no_flood(index):
    text = ("Officials in Port Sudan, where the army-backed government is based, say the Ethiopian dam regulates "
            "floods and helps Sudan's own Roseires dam at Damazin, downstream in Blue Nile state.")
    assert "disaster" not in {e[1] for e in events(text, index)}


def test_a_team_called_storm_that_won_is_no_storm(index):
    text = ("Melbourne Storm have beaten Penrith Panthers 24-18 in a tense grand final rematch at AAMI Park, with "
            "winger Xavier Coates scoring twice in front of 26,000 fans in Melbourne.")
    assert "disaster" not in {e[1] for e in events(text, index)}
    text = "Storm Babet lashed Scotland on Friday, killing two people in Angus."
    assert ("angus", "disaster") in {e[:2] for e in events(text, index)}


def test_a_driver_who_crashed_her_car_and_her_address(index):
    text = ("Massachusetts State Trooper David G. Lavoice said Cherish Sawa, of 17 Guy Place in West Springfield, "
            "suffered serious head injuries when she crashed her car while traveling on east on the turnpike.")
    found = events(text, index)
    assert [e[:2] for e in found] == [("west-springfield", "accident")]
    assert "Guy Place" not in found[0][3]


def test_a_man_who_raided_homes_is_a_burglar_not_a_battle(index):
    text = ("A man who raided more than 20 homes and businesses across County Durham in a six-week spree has been "
            "jailed for five years.")
    assert [e[1] for e in events(text, index)] == ["attack"]


def test_clashes_a_timetable_avoids_are_no_battle(index):
    text = ("The National Works Agency said roadworks on Hope Road and Mannings Hill Road in St Andrew would be timed "
            "to avoid clashes with the construction, which is expected to start in September.")
    assert "ground_operation" not in {e[1] for e in events(text, index)}


def test_a_meeting_place_holds_no_talks(index):
    text = "The corridor to the Sikh shrine in Pakistan has become a meeting place for families split in 1947."
    assert "talks" not in {e[1] for e in events(text, index)}


def test_a_man_charged_in_burglaries_is_an_arrest(index):
    text = ("BIRMINGHAM, Ala. - A Hoover man has been charged in a string of 23 overnight pharmacy burglaries across "
            "Jefferson, Shelby, Tuscaloosa and Walker counties, authorities said Tuesday.")
    assert {e[1] for e in events(text, index)} == {"arrest"}


def test_search_warrants_told_first_are_no_execution(index):
    text = ("Search warrants were also executed at homes in Blacktown, Bankstown and Parramatta, where police seized "
            "$320,000 in cash, two luxury cars and encrypted phones.")
    assert "attack" not in {e[1] for e in events(text, index)}


def test_a_framework_signed_somewhere_is_talks_there(index):
    text = ("Under a framework signed in Doha this month, Kinshasa and the rebels agreed to work towards a ceasefire, "
            "but fighting has continued.")
    assert [e[:2] for e in events(text, index)] == [("doha", "talks")]


def test_a_storms_kind_between_its_year_and_its_noun(index):
    text = ("Many residents recalled the 1998 ice storm, which left millions without power across Ontario, Quebec "
            "and New Brunswick.")
    assert {e[2] for e in events(text, index)} == {"1998"}


def test_a_summit_somewhere_next_year_is_yet_to_come(index):
    text = ("Mongolia's government in Ulaanbaatar plans to extend the reserve eastwards, and a regional summit in "
            "Bishkek next year will review the Global Snow Leopard and Ecosystem Protection Program.")
    assert "bishkek" not in {e[0] for e in events(text, index)}


def test_an_automobile_accident_closes_the_road(index):
    text = ("CHARLESTON, W.Va. -- All lanes of Interstate 64 East at Cross Lanes were closed because of an automobile "
            "accident, according to Metro 911.")
    assert ("cross-lanes", "accident") in {e[:2] for e in events(text, index)}


def test_a_man_struck_while_walking_is_an_accident_and_no_actor(index):
    text = ("Kevin Johnson, 34, was struck while walking near Red Bank Road near Goose Creek High School, Berkeley "
            "County Deputy Coroner Bill Salisbury said.")
    found = events(text, index)
    assert [e[1] for e in found] == ["accident"]
    assert found[0][3] == []


def test_a_citys_gate_is_no_place_of_that_city(index):
    text = ("Israeli police said 3,000 officers were deployed in and around the Old City, with checkpoints at "
            "Damascus Gate and Lions' Gate.")
    assert "damascus" not in {e[0] for e in events(text, index)}
    assert "Damascus" not in readings.names(text, index)


def test_where_a_quake_was_centred_is_its_place(index):
    text = ("The epicentre was in Pütürge district, about 25 km (15 miles) south-east of the city of Malatya, at a "
            "depth of 7 km, AFAD said.")
    assert ("puturge", "disaster") in {e[:2] for e in events(text, index)}


def test_a_market_is_no_party(index):
    text = "Police in Ajmer said traffic was closed around Dargah Bazaar and that extra buses were running to Pushkar."
    assert all("Dargah Bazaar" not in e[3] for e in events(text, index))


def test_a_disaster_zone_declared_and_a_falling_tree_are_disasters(index):
    text = "Austria's Lower Austria province was declared a disaster zone, with a firefighter killed in Tulln."
    assert ("tulln", "disaster") in {e[:2] for e in events(text, index)}
    text = "One person was killed by a falling tree in Benguet province, police said."
    assert [e[1] for e in events(text, index)] == ["disaster"]


def test_the_office_that_declares_a_disaster_sits_elsewhere(index):
    text = ("Bozeman and Billings opened shelters for stranded visitors, and the governor's office in Helena declared "
            "a state of disaster for eight counties.")
    assert "helena" not in {e[0] for e in events(text, index)}
    text = ("Prime Minister Andrew Holness, speaking at the National Emergency Operations Centre in Kingston, declared "
            "the entire island a disaster area.")
    assert "kingston" not in {e[0] for e in events(text, index)}


def test_the_day_of_a_since_clause_closed_before_the_place(index):
    text = ("The ministry, which has worked from Port Sudan since the war began in April 2023, said Omdurman "
            "accounted for nearly a third of new cholera infections, followed by Kosti and Rabak in White Nile state.")
    assert "2023-04" not in {e[2] for e in events(text, index)}


def test_drugs_seized_in_a_police_operation_are_no_battle(index):
    text = ("Police Scotland said more than £5 million of drugs had been seized under the operation, with searches "
            "carried out in Edinburgh, Stirling and Perth.")
    assert {e[1] for e in events(text, index)} == {"arrest"}


def test_members_who_downed_tools_protest(index):
    text = ("The Kenya Medical Practitioners, Pharmacists and Dentists Union said its members in 30 of the country's "
            "47 counties had downed tools, including in Nakuru, Kisumu, Kakamega and Uasin Gishu.")
    assert {e[1] for e in events(text, index)} == {"protest"}


def test_teams_that_met_played_and_held_no_talks(index):
    text = "The teams first met in spring training in Fort Myers, Florida, and in Tampa, where the Yankees train."
    assert "talks" not in {e[1] for e in events(text, index)}


def test_an_artillery_brigade_visited_is_no_shelling(index):
    text = ("He will also travel to the town of Gori, according to the Georgian MoD, and visit the Gori-based first "
            "infantry brigade and the first artillery brigade.")
    assert "shelling" not in {e[1] for e in events(text, index)}


def test_diplomats_in_two_capitals_who_only_speak_hold_no_talks(index):
    text = ("Diplomats in Canberra and Jakarta said membership would bring Timor-Leste investment but also "
            "obligations it may struggle to meet.")
    assert "talks" not in {e[1] for e in events(text, index)}


def test_a_statement_is_made_by_the_articles_day_not_its_plans(index):
    text = ("The ministry said 14 new dams and water projects would be completed in Khuzestan and Chaharmahal and "
            "Bakhtiari provinces by March 2026.")
    assert {e[2] for e in events(text, index, "2025-06-15")} == {None}


def test_where_someone_has_lived_is_no_place_of_the_news(index):
    text = "McDonald is wanted on 11 felony charges and also has lived in Atlanta and Florida, police said."
    assert events(text, index) == []


def test_every_place_a_quake_was_felt_in_is_no_place_it_struck(index):
    text = ("The quake struck near the town of Tsogo in Shigatse, Tibet's second-largest city, at an altitude of more "
            "than 4,000 meters, and was felt as far away as Kathmandu, Nepal, and parts of northern India, including "
            "Bihar.")
    places = {e[0] for e in events(text, index)}
    assert "india" not in places
    assert places


def test_the_last_three_meetings_of_two_teams_are_games(index):
    text = ("The Volunteers (5-2, 2-2 Southeastern Conference) had won two of the last three meetings, including a "
            "2022 upset in Knoxville that ended with fans tearing down the goal posts at Neyland Stadium.")
    assert "talks" not in {e[1] for e in events(text, index)}


def test_a_team_that_needs_a_draw_to_advance_fights_no_battle(index):
    text = "Malaysia now need a draw in their final group match against Vietnam in Phu Tho to advance."
    assert events(text, index) == []
    text = "Russian troops continued to advance near Pokrovsk."
    assert [e[:2] for e in events(text, index)] == [("pokrovsk", "ground_operation")]


def test_flood_warnings_issued_for_a_region_are_no_flood_there(index):
    text = "Flood warnings were issued on Wednesday for parts of Catalonia and Andalusia, including Malaga."
    assert "disaster" not in {e[1] for e in events(text, index)}
