"""Cyberattacks, sabotage and attacks on infrastructure as Reuters, AP, AFP and national papers report them (the
thirty-second session's fx32g check): hackers who side with a country are not that country, cables set on fire
are an arson attack on the railway, a nation's library lies in that nation's town, what a group
claimed before is no statement of the day, a blast that damaged a pipeline is an attack."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_pro_russian_hackers_are_not_russia(index):
    text = ("OSLO, Norway (AFP) \u2014 Pro-Russian hackers took control of a dam in western Norway in April and opened "
            "a water valve for four hours, the head of the Norwegian police security service PST said Wednesday.")
    found = events(text, index, "2025-08-13")
    assert found
    assert all("Russia" not in e[3] for e in found)


def test_signalling_cables_set_on_fire_are_an_attack(index):
    text = ("Saboteurs set fire to signalling cables at junctions on the Atlantic, northern and eastern lines, near "
            "Courtalain in the Eure-et-Loir department, Croisilles in the Pas-de-Calais and Vergigny in the Yonne.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-07-25")}
    assert {("courtalain", "attack"), ("croisilles", "attack"), ("vergigny", "attack")} <= found


def test_a_nations_library_lies_in_that_nations_town(index):
    text = ("COLUMBUS, Ohio (AP) \u2014 A ransomware attack has knocked out several city computer systems in Columbus, "
            "Ohio's largest city, officials said Wednesday. Franklin County courts reported no disruption. "
            "Rhysida, first seen in 2023, has also attacked the British Library in London and hospitals in California.")
    found = {(p[0], p[2]) for p in readings.places(text, index)}
    assert ("London", "GB") in found
    assert ("Columbus", "US") in found


def test_attacks_a_group_previously_claimed_are_no_statements_there(index):
    text = ("A video of the dam's control panel was posted on Telegram by a group that has previously claimed "
            "attacks in Poland and the United States.")
    assert events(text, index, "2025-08-13") == []


def test_a_blast_that_damaged_a_pipeline_is_an_attack(index):
    text = ("KYIV, Ukraine (Kyiv Independent) \u2014 An explosion damaged a section of gas pipeline in the Myrhorod "
            "district of Poltava Oblast overnight on May 12, cutting supplies to about 3,000 households, the regional "
            "administration reported.")
    assert [e[:3] for e in events(text, index, "2025-05-13")] == [("myrhorod-district", "attack", "2025-05-12")]
