"""Diplomacy as the wires report it in 2025 (the thirty-first session's fx31l check): summits, state visits,
peace talks hosted by third countries and ambassadors summoned; the talks placed where the meeting took place,
not at the fighting they would end nor at the topic of the row."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_summit_to_seek_an_end_to_fighting_is_talks_where_it_meets(index):
    text = ("NAIROBI, Kenya \u2014 President William Ruto will on Saturday host a joint summit of the East African "
            "Community and the Southern African Development Community in Dar es Salaam to seek an end to fighting in "
            "eastern Democratic Republic of Congo, State House said.")
    found = events(text, index, "2025-02-05")
    assert [(e[0], e[1], e[2]) for e in found] == [("dar-es-salaam", "talks", "2025-02-08")]


def test_a_stern_protest_lodged_by_a_ministry_is_no_crowds(index):
    text = ("BEIJING, Nov 14 (Reuters) - China's foreign ministry summoned Japan's ambassador on Thursday to lodge a "
            "\"stern protest\" over comments by Japanese Prime Minister Sanae Takaichi suggesting Tokyo could intervene "
            "militarily if Beijing attacked Taiwan.")
    found = events(text, index, "2025-11-14")
    assert found and "protest" not in [e[1] for e in found]


def test_a_protest_sent_to_an_embassy_is_no_crowds(index):
    text = ("Tokyo in turn protested to the Chinese embassy about a social media post by China's consul general in "
            "Osaka, Xue Jian, which Japanese officials described as threatening.")
    assert [e[1] for e in events(text, index, "2025-11-14")] == ["statement"]


def test_the_place_an_envoy_was_summoned_over_is_no_place_of_the_summons(index):
    text = "China summons Japanese ambassador over Taiwan remarks"
    assert "taiwan" not in [e[0] for e in events(text, index, "2025-11-14")]


def test_a_war_discussed_on_a_call_is_no_place_of_the_call(index):
    text = ("The two ministers discussed trade, climate change and the war in Ukraine, according to a readout.")
    assert "ukraine" not in [e[0] for e in events(text, index, "2025-01-06")]


def test_the_wars_a_speech_pointed_to_are_no_places_of_it(index):
    text = ("\"The silencing of the guns remains our collective dream,\" Lourenco said in his acceptance speech, "
            "pointing to the wars in Sudan and eastern Congo.")
    found = [e[0] for e in events(text, index, "2025-02-15")]
    assert "sudan" not in found and "democratic-republic-of-the-congo" not in found


def test_a_clash_that_looms_over_a_summit_is_no_battle_where_it_meets(index):
    text = "ASEAN leaders meet in Kuala Lumpur as Myanmar crisis, Thai-Cambodia clash loom"
    assert "ground_operation" not in [e[1] for e in events(text, index, "2025-10-26")]


def test_the_g7s_mountain_resort_is_a_place(index):
    text = ("OTTAWA (Reuters) - Leaders of the Group of Seven industrialised democracies will meet in Kananaskis, "
            "Alberta, from June 15 to 17, Prime Minister Mark Carney's office said on Thursday, with trade tensions "
            "and the war in Ukraine expected to dominate the agenda.")
    found = [(p[0], p[1], p[2]) for p in readings.places(text, index)]
    assert ("Kananaskis", "Kananaskis", "CA") in found


def test_embassies_to_be_restaffed_are_no_venue_of_talks(index):
    text = ("The two sides agreed to restore staff at their embassies in Washington and Moscow and to set up "
            "high-level teams to negotiate an end to the conflict.")
    assert [e[:2] for e in events(text, index, "2025-02-18")] == []


def test_talks_at_an_embassy_stay_there(index):
    text = "Ukrainian and U.S. officials held talks at the U.S. embassy in Warsaw on Monday, officials said."
    assert [e[:2] for e in events(text, index, "2025-02-18")] == [("warsaw", "talks")]
