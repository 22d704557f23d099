"""Environment, wildlife and animal attacks as the wires and local papers report them (the thirtieth session's
fx30w check): a wild animal's killing or mauling of people is a mishap, never a battle nor a mere statement."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_an_elephant_that_trampled_a_farmer_is_an_accident(index):
    text = ("VOI, Kenya (AP) \u2014 An elephant trampled a 52-year-old farmer to death in Taita Taveta County on "
            "Tuesday as he tried to chase the animal away from his maize field, local officials said.")
    assert [e[:3] for e in events(text, index, "2025-03-05")] == [("taitataveta", "accident", "2025-03-04")]


def test_a_leopard_that_killed_a_girl_is_an_accident(index):
    text = "Last year, a leopard killed a 5-year-old girl in Shirur taluka."
    assert [e[:2] for e in events(text, index, "2025-01-16")] == [("sirur", "accident")]


def test_one_killed_by_a_shark_is_an_accident(index):
    text = "In March, a 16-year-old was killed by a shark while surfing near Esperance on the state's south coast."
    assert [e[:2] for e in events(text, index, "2025-10-11")] == [("esperance", "accident")]


def test_ivory_seized_with_the_men_arrested_is_an_arrest(index):
    text = ("MAPUTO, Mozambique (AFP) - Mozambican police arrested three men and seized 120 kilograms of elephant "
            "ivory and 11 rhino horns at a warehouse in the port city of Beira, the National Administration of "
            "Conservation Areas (ANAC) said on Thursday.")
    assert [e[:2] for e in events(text, index, "2025-02-13")] == [("beira", "arrest")]


def test_pangolin_scales_seized_are_a_haul_not_a_battle(index):
    text = "In 2021, officials seized 7 tonnes of scales in Lagos in what was then a record."
    assert [e[:2] for e in events(text, index, "2025-06-03")] == [("lagos", "arrest")]


def test_a_pipeline_that_spilled_crude_oil_is_an_accident(index):
    text = ("PORT HARCOURT, Nigeria (Reuters) - A ruptured pipeline spilled crude oil into creeks and farmland in "
            "Rivers State's Ogoniland, fouling fishing grounds in at least four communities, residents and an "
            "environmental group said on Monday.")
    assert ("ogoniland", "accident") in [e[:2] for e in events(text, index, "2025-06-16")]


def test_a_leak_of_acid_from_a_plant_is_an_accident(index):
    text = ("HERMOSILLO, Mexico (AP) \u2014 Authorities in the northern Mexican state of Sonora on Wednesday ordered "
            "the closure of a chemical plant after a leak of sulfuric acid turned a stretch of the Sonora River red "
            "and killed fish and livestock.")
    assert [e[:2] for e in events(text, index, "2025-07-09")] == [("sonora", "accident")]


def test_forest_guards_after_a_wire_dash_are_no_belgian_commune(index):
    text = ("GUWAHATI, India (Reuters) - Forest guards shot dead two suspected rhino poachers in Kaziranga National "
            "Park in India's northeastern state of Assam early on Sunday, officials said.")
    assert "BE" not in [p[2] for p in readings.places(text, index)]


def test_the_trans_niger_pipeline_is_no_country_niger(index):
    text = ("The leak from the Trans-Niger Pipeline near the village of Bodo in Gokana local government area began "
            "on Friday, said Fyneface Dumnamene of the Youths and Environmental Advocacy Centre.")
    assert "NE" not in [p[2] for p in readings.places(text, index)]
