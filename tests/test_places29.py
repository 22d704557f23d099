"""Places the twenty-ninth session found wrong: a town of a country a story hardly tells of, named like a major place
of another, is the major place."""

import readings


def senses(text, index):
    return {(p[0], p[2]) for p in readings.places(text, index)}


def test_a_world_city_in_a_story_of_another_country_that_names_new_york(index):
    text = ("THE HAGUE, Netherlands (AFP) — The International Criminal Court issued arrest warrants on Tuesday for "
            "the Taliban's supreme leader over the persecution of women and girls in Afghanistan.\n\n"
            "The Taliban rejected the warrants. Spokesman Zabihullah Mujahid said in Kabul that the court had "
            "\"no legitimacy\".\n\nThe warrants came as the UN Security Council met in New York to discuss "
            "Afghanistan.\n\nIn Geneva, the UN human rights office said public floggings had increased in provinces "
            "including Kandahar and Herat.")
    assert ("Geneva", "CH") in senses(text, index)


def test_a_town_of_the_country_a_story_names_keeps_its_sense(index):
    text = ("The resort on Seven Mile Beach is owned by Caymanian investors through a company registered in George "
            "Town, and its guests fly in from Miami, Kuala Lumpur and London.")
    assert ("George Town", "KY") in senses(text, index)


def test_a_park_named_after_a_town_is_no_town(index):
    text = ("Protesters marched from Dupont Circle to the White House and the rally ended at Lafayette Park, police "
            "said.\n\nIn Davao, his home city, supporters held a prayer rally at Rizal Park.")
    names = readings.names(text, index)
    assert "Lafayette" not in names
    assert "Rizal" not in names
    assert "Davao" in names
