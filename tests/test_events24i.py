"""Events of the India-Pakistan clashes of May 2025 and the Afghanistan-Pakistan border fighting of
October 2025 as Reuters and AP report them (the twenty-fourth session's fx24i check): drones shot down,
a shell that hit a home, the places strikes hit told in a relative clause, a group's spokesman or the
region a demonym names as no party, the official's seat as no place, the gunmen's attack a strike's
sentence looks back to; and the first round's Houthi drone and ambulance chief."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_drones_shot_down_over_towns_are_strikes(index):
    text = ("SRINAGAR, India, May 9 (Reuters) - India's army said on Friday it had shot down dozens of Pakistani "
            "drones over Jammu and Amritsar overnight, as the nuclear-armed neighbours traded fire for a third day.")
    found = events(text, index, "2025-05-09")
    assert {(e[0], e[1]) for e in found} == {("jammu", "strike"), ("amritsar", "strike")}, found


def test_a_drone_shot_down_over_a_province_is_a_strike(index):
    text = "The Houthis said they shot down another U.S. MQ-9 Reaper drone over Marib province on Sunday."
    assert [e[:2] for e in events(text, index, "2025-07-07")] == [("marib-province", "strike")]


def test_a_shell_that_hit_a_home_and_its_victim_no_actor(index):
    text = ("In Rajouri, a senior government official, Raj Kumar Thapa, was killed when a Pakistani shell hit his "
            "residence on Saturday morning, Jammu and Kashmir Chief Minister Omar Abdullah said.")
    assert events(text, index, "2025-05-10") == [("rajouri", "shelling", "2025-05-10", ["Pakistan"])]


def test_the_places_strikes_hit_in_a_relative_clause_and_a_region_named_by_demonym(index):
    text = ("Pakistan said 26 civilians were killed and 46 injured in the strikes, which hit the eastern city of "
            "Bahawalpur, Muridke near Lahore, and Muzaffarabad, the capital of Pakistani Kashmir.")
    found = events(text, index, "2025-05-07")
    assert {e[0] for e in found} == {"bahawalpur", "muridke", "muzaffarabad"}, found
    assert {e[1] for e in found} == {"strike"} and all(e[3] == [] for e in found), found


def test_a_groups_spokesman_or_officials_report_and_are_no_party(index):
    text = ("Taliban spokesman Zabihullah Mujahid said 12 Afghan civilians were killed and more than 100 wounded in "
            "Spin Boldak when Pakistani forces fired mortars into the town.")
    assert [(e[0], e[1], e[3]) for e in events(text, index, "2025-10-15")] == [("spin-boldak", "shelling", ["Pakistan"])]
    text = "Later on Wednesday, Pakistani jets struck targets in Kabul, two Taliban officials said."
    assert events(text, index, "2025-10-15") == [("kabul", "strike", "2025-10-15", ["Pakistan"])]


def test_a_headlines_group_that_says_is_no_party(index):
    text = "Pakistani air strikes kill 10 in Afghanistan's Paktika, Taliban say"
    assert [(e[0], e[1], e[3]) for e in events(text, index, "2025-10-18")] == [("paktika", "strike", ["Pakistan"])]


def test_where_one_official_sits_is_no_place_of_the_battle(index):
    text = ("Afghan border forces and Pakistani troops exchanged fire near Torkham on Sunday night, wounding two "
            "Afghan guards, a Taliban official in Nangarhar said.")
    found = events(text, index, "2025-10-28")
    assert [e[:3] for e in found] == [("torkham", "ground_operation", "2025-10-26")], found
    assert "Taliban" not in found[0][3]


def test_the_gunmens_attack_a_strikes_sentence_looks_back_to(index):
    text = "The strikes follow the April 22 attack in Pahalgam in which gunmen killed 26 men, mostly Indian tourists."
    assert [e[:3] for e in events(text, index, "2025-05-07")] == [("pahalgam", "attack", "2025-04-22")]


def test_a_named_speakers_post_in_a_region_is_no_place(index):
    text = ("The strike on the Fahmi al-Jarjawi school in the Daraj neighbourhood set fire to classrooms where "
            "families were sleeping, said Fares Afana, head of ambulance services in northern Gaza. Video "
            "circulated online showed rescuers pulling bodies from the flames.")
    assert "gaza-strip" not in {e[0] for e in events(text, index, "2025-07-07")}


def test_a_clash_along_the_border_is_not_the_datelines(index):
    text = ("PESHAWAR, Pakistan, Oct 15 (Reuters) - Pakistani and Afghan Taliban forces clashed at several points "
            "along their border on Wednesday, killing dozens of soldiers and civilians, officials on both sides said.")
    assert "peshawar" not in {e[0] for e in events(text, index, "2025-10-15")}


def test_drones_shot_down_over_cities_including_towns(index):
    text = ("Its spokesman said Pakistani troops had shot down 25 Indian drones over cities including Lahore and "
            "Rawalpindi on Thursday.")
    found = events(text, index, "2025-05-09")
    assert [e[:3] for e in found] == [("lahore", "strike", "2025-05-08"), ("rawalpindi", "strike", "2025-05-08")]
