"""Central Africa and the Great Lakes as the wires and the region's press report them (the thirtieth session's
fx30d check): a village the gazetteer lacks placed in its chiefdom's territory, the day a lead's news was told
after an earlier day it gives."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


_CODECO_LEAD = ("BUNIA, RDC \u2014 At least 12 civilians were killed on Monday night when CODECO militiamen attacked a "
                "camp for displaced people at Lala, in the Bahema Badjere chiefdom of Djugu territory, Ituri province, "
                "local sources said on Tuesday.")


def test_an_unknown_village_in_a_chiefdom_of_a_territory_is_the_territorys(index):
    found = events(_CODECO_LEAD, index, "2025-02-11")
    assert [(e[0], e[1]) for e in found] == [("djugu-territory", "attack")]


def test_the_day_the_news_was_told_is_not_the_attacks(index):
    text = ("At least 12 civilians were killed on Monday night when CODECO militiamen attacked a camp for displaced "
            "people in Djugu territory, local sources said on Tuesday.")
    assert [(e[0], e[2]) for e in events(text, index, "2025-02-11")] == [("djugu-territory", "2025-02-10")]


def test_the_year_of_the_warrant_is_not_the_arrests(index):
    text = ("KIGALI \u2014 A man wanted by Rwanda for his alleged role in the 1994 Genocide against the Tutsi has been "
            "arrested in Belgium, the National Public Prosecution Authority (NPPA) said on Wednesday. The suspect, "
            "Jean-Baptiste Ndagijimana, was arrested in Brussels on an international warrant issued by Rwanda in 2019, "
            "NPPA spokesperson Faustin Nkusi said.")
    found = {(e[0], e[1], e[2]) for e in events(text, index, "2025-03-12")}
    assert ("brussels", "arrest", "2019") not in found
    assert ("brussels", "arrest", "2025-03-12") in found


def test_the_far_end_of_a_road_cut_by_floods_is_no_flood_place(index):
    text = ("KINSHASA, Congo (Reuters) \u2014 Flooding caused by torrential rain in Congo's capital Kinshasa killed at "
            "least 33 people overnight, authorities said on Saturday. The road linking the city to the port of Matadi "
            "was cut, and the N'djili international airport road was under water for several hours.")
    assert [(e[0], e[1]) for e in events(text, index, "2025-06-14")] == [("kinshasa", "disaster")]


def test_a_second_town_taken_after_the_first(index):
    text = ("The rebels seized Goma, the largest city in the east, in late January and took Bukavu, the capital of "
            "South Kivu province, in mid-February.")
    found = [(e[0], e[1], e[2]) for e in events(text, index, "2025-03-19")]
    assert found == [("goma", "ground_operation", "2025-01"), ("bukavu", "ground_operation", "2025-02")]


def test_the_armys_spokesman_in_a_province_named_after_his_post_makes_no_second_attack(index):
    text = ("KINSHASA, Congo (AP) \u2014 Islamic State-linked rebels killed at least 38 people during a night vigil at "
            "a Catholic church in Komanda, in eastern Congo's Ituri province, local officials said Sunday. A spokesman "
            "for the Congolese army in Ituri, Lt. Jules Ngongo, confirmed the attack and put the death toll at 21.")
    assert [(e[0], e[1]) for e in events(text, index, "2025-07-27")] == [("komanda", "attack")]
