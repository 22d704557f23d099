"""Events of India and Pakistan's conflict and Pakistan's militancy as Reuters, AP, AFP, Dawn and the Indian papers
report them in 2025 (the thirty-third session's fx33a check): a compound militants tried to storm, no storm's
disaster; the airbases and locations a strike hit, listed by name after their kind; terrorists killed
or eliminated by an army, its battle; a train or a convoy of passengers attacked; militants who open fire on tourists,
in a headline's present; an infiltration attempt foiled; a drone that crashed near what it hurt;
explosions residents heard; troops who fired across the Line of Control; a count told in
a clause set against another side's."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_militants_who_tried_to_storm_a_compound_are_no_storm(index):
    text = ("PESHAWAR, Pakistan (AP) \u2014 Militants rammed two explosive-laden vehicles into the wall of a military "
            "compound in northwest Pakistan on Tuesday, then tried to storm it, killing 13 civilians and five "
            "soldiers, officials said.")
    found = events(text, index, "2025-03-04")
    assert found and "disaster" not in {e[1] for e in found}, found


def test_the_airbases_a_strike_hit_listed_by_name_are_its_places(index):
    text = ("ISLAMABAD, May 10 (Reuters) - Pakistan said on Saturday it had launched military retaliation against "
            "India, striking several airbases including Adampur in Punjab and Udhampur in Jammu and Kashmir, hours "
            "after it said India had fired missiles at three of its own air bases.")
    places = {e[0] for e in events(text, index, "2025-05-10")}
    assert {"adampur", "udhampur"} <= places and "punjab" not in places, places


def test_the_locations_strikes_hit_listed_after_their_kind_are_their_places(index):
    text = ("Pakistan's military spokesman, Lieutenant General Ahmed Sharif Chaudhry, said 26 civilians were killed "
            "and 46 wounded in the strikes on six locations, including Muzaffarabad and Kotli in "
            "Pakistan-administered Kashmir.")
    places = {e[0] for e in events(text, index, "2025-05-07")}
    assert {"muzaffarabad", "kotli"} <= places, places


def test_terrorists_the_army_killed_in_an_operation_are_its_battle(index):
    text = ("Meanwhile, security forces killed eight terrorists during an operation in the Daraban area of Dera Ismail "
            "Khan district, the Inter-Services Public Relations (ISPR) said in a statement on Monday.")
    found = events(text, index, "2025-02-10")
    assert [e[1] for e in found] == ["ground_operation"], found


def test_terrorists_eliminated_are_a_battle():
    from geomap.taxonomy import classify
    assert classify('"Alert troops challenged the infiltrators, who opened fire. In the ensuing gunfight, three '
                    'terrorists were eliminated," the Chinar Corps said on X.') == "ground_operation"


def test_those_killed_by_terrorists_are_no_battle_of_terrorists_killed():
    from geomap.taxonomy import classify
    assert classify("Four villagers were killed by terrorists in Kupwara on Monday.") != "ground_operation"


def test_a_train_of_passengers_attacked_is_an_attack(index):
    text = ("QUETTA, Pakistan, March 11 (Reuters) - Separatist militants attacked a train carrying more than 400 "
            "passengers in Pakistan's southwestern Balochistan province on Tuesday, taking hostages after blowing up "
            "the track, officials said.")
    found = events(text, index, "2025-03-11")
    assert [e[:2] for e in found] == [("balochistan-province", "attack")], found


def test_a_convoy_of_passenger_vehicles_ambushed_is_an_attack_near_its_town(index):
    text = ("PESHAWAR: At least 32 people have been killed in sectarian clashes in Kurram district since Thursday, "
            "when gunmen ambushed a convoy of passenger vehicles near Parachinar, officials said on Saturday.")
    found = {e[:2] for e in events(text, index, "2024-11-23")}
    assert ("parachinar", "attack") in found, found


def test_militants_who_open_fire_on_tourists_in_a_headline_attack_them(index):
    found = events("26 killed as militants open fire on tourists near Pahalgam", index, "2025-04-22")
    assert [e[:2] for e in found] == [("pahalgam", "attack")], found


def test_an_order_to_open_fire_is_no_attack():
    from geomap.taxonomy import classify
    assert classify("The army was ordered to open fire on protesters in Dhaka.") != "attack"


def test_an_infiltration_attempt_foiled_is_a_battle_not_the_armys_statement(index):
    text = "In the Uri sector of Baramulla district, another infiltration attempt was foiled on Tuesday, the army said."
    found = events(text, index, "2025-08-13")
    assert [e[:3] for e in found] == [("uri", "ground_operation", "2025-08-12")], found


def test_a_drone_that_crashed_near_what_it_hurt_is_a_strike(index):
    text = ("A drone crashed near a military facility in Rawalpindi, wounding four soldiers, military spokesman "
            "Lt. Gen. Ahmed Sharif Chaudhry told reporters.")
    found = events(text, index, "2025-05-08")
    assert [e[:2] for e in found] == [("rawalpindi", "strike")], found


def test_a_drone_lost_on_a_training_flight_stays_an_accident():
    from geomap.taxonomy import classify
    assert classify("A military drone crashed near Ankara during a training flight.") == "accident"


def test_explosions_residents_heard_are_a_strike_there(index):
    text = ("Residents of Lahore heard loud explosions Thursday morning near the Walton airport area. Police said "
            "three people were injured.")
    found = events(text, index, "2025-05-08")
    assert ("lahore", "strike", "2025-05-08") in [e[:3] for e in found], found


def test_explosions_heard_from_a_quarry_are_no_strike():
    from geomap.taxonomy import classify
    assert classify("Residents heard explosions from the quarry in Jhelum on Monday.") != "strike"


def test_troops_who_fired_across_the_line_of_control_fight_there(index):
    text = ("In Pakistan-administered Kashmir, officials said Indian troops fired across the LoC at the Neelum Valley "
            "on Wednesday morning, but there were no casualties.")
    found = events(text, index, "2025-08-13")
    assert [e[:3] for e in found] == [("neelum-valley", "ground_operation", "2025-08-13")], found


def test_a_count_told_in_a_clause_set_against_another_is_not_its_places(index):
    from geomap.model import Article
    from geomap.pipeline import extract
    text = ("Pakistan said 40 civilians were killed in Indian strikes, while India said 16 people had died in "
            "Pakistani shelling in Poonch and Rajouri.")
    doc = extract(Article(text=text, id="x", published="2025-05-10"), index=index)
    counts = {(e.place, f.value) for e in doc.events for f in e.figures}
    assert ("punch", 40) not in counts and any(place == "punch" for place, _ in counts), counts
