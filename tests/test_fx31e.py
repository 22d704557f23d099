"""Kidnappings, hostages and ransom as the wires and national papers report them (the thirty-first session's fx31e
check): people seized told in the passive, those kidnapped somewhere or sometime told as they are freed."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_woman_seized_in_the_passive_is_an_abduction(index):
    text = "A Swiss woman was seized in Agadez in April, and a US national was abducted in Niamey in October."
    found = {(e[0], e[1], e[2]) for e in events(text, index, "2025-07-13")}
    assert ("agadez", "attack", "2025-04") in found
    assert not any(e[1] == "ground_operation" for e in events(text, index, "2025-07-13"))


def test_women_seized_outside_a_town_are_abducted_not_a_town_taken(index):
    text = ("The women were seized on Thursday and Friday in two groups a few kilometres outside Arbinda, in Soum "
            "province, a town under blockade by armed groups, a resident told AFP.")
    assert [e[:2] for e in events(text, index, "2025-07-19")] == [("aribinda", "attack")]


def test_a_woman_kidnapped_in_january_and_released_is_abducted_in_january(index):
    text = ("NIAMEY (AFP) - An Austrian woman kidnapped in January in the central Niger city of Agadez has been "
            "released, Niger's military authorities said Sunday, without giving details of the circumstances of her "
            "release.")
    assert [e[:3] for e in events(text, index, "2025-07-13")] == [("agadez", "attack", "2025-01")]


def test_people_kidnapped_from_an_orphanage_are_no_talks(index):
    text = ("PORT-AU-PRINCE, Haiti (AP) \u2014 A gang released nine of the 17 people kidnapped from an orphanage in "
            "Kenscoff last month, a Catholic priest involved in the negotiations said Friday, adding that a ransom had "
            "been paid by the victims' relatives.")
    assert [e[:3] for e in events(text, index, "2025-09-12")] == [("kenscoff", "attack", "2025-08")]


def test_a_swap_told_by_its_verb_is_a_prisoner_exchange(index):
    from geomap.taxonomy import classify
    assert classify("Russia and Ukraine exchanged 84 prisoners of war each on Thursday in a swap mediated by the "
                    "United Arab Emirates, officials in both countries said.") == "prisoner_exchange"
    assert classify("Russia and Ukraine swap 84 prisoners each in UAE-brokered exchange") == "prisoner_exchange"


def test_the_mediator_of_a_swap_is_not_its_place(index):
    text = "Russia and Ukraine swap 84 prisoners each in UAE-brokered exchange"
    assert [e[0] for e in events(text, index, "2025-08-14")] == []


def test_the_nationality_of_those_kidnapped_is_no_actor(index):
    text = ("BAMAKO (Reuters) - Two nationals of the United Arab Emirates and an Iranian who were kidnapped in western "
            "Mali in September have been freed after a ransom of about $50 million was paid, two security sources "
            "told Reuters on Thursday.")
    assert [e[1:] for e in events(text, index, "2025-10-30")] == [("attack", "2025-09", [])]
    text = "A Swiss woman was seized in Agadez in April, and a US national was abducted in Niamey in October."
    assert all(e[3] == [] for e in events(text, index, "2025-07-13"))
    text = ("NIAMEY (AFP) - An Austrian woman kidnapped in January in the central Niger city of Agadez has been "
            "released, Niger's military authorities said Sunday, without giving details of the circumstances of her "
            "release.")
    assert "Austria" not in events(text, index, "2025-07-13")[0][3]


def test_men_taken_away_at_a_roadblock_are_abducted_there_not_in_their_home_province(index):
    text = ("QUETTA, Pakistan (Reuters) - The gunmen blocked the N-25 highway near Kalat late on Thursday, checked "
            "passengers' identity cards and took away men from the eastern province of Punjab, local police official "
            "Mohammad Tariq said.")
    assert [e[:3] for e in events(text, index, "2025-08-15")] == [("kalat", "attack", "2025-08-14")]



def test_men_taken_away_are_abducted():
    from geomap.taxonomy import classify
    assert classify("The gunmen blocked the N-25 highway near Kalat late on Thursday, checked passengers' identity "
                    "cards and took away men from the eastern province of Punjab, local police official Mohammad "
                    "Tariq said.") == "attack"


def test_a_hamlet_is_no_peninsula_abroad(index):
    from geomap.pipeline import extract
    from geomap.model import Article
    text = ("BOGOTA (AFP) - Twenty-eight Colombian soldiers who were held for several days by civilians in the "
            "southwestern department of Cauca were released on Monday, the defence ministry said. The soldiers were "
            "surrounded and detained on Thursday by some 600 people in the rural area of El Plateado, in the "
            "municipality of Argelia, as troops carried out an operation against dissidents of the former FARC "
            "guerrillas, the army said. They were handed over to a humanitarian commission including the Ombudsman's "
            "office and the Catholic Church in the hamlet of Sinaí and transferred to the city of Popayán, officials "
            "said.")
    doc = extract(Article(text=text, id="x", published="2025-03-10"), index=index)
    assert "sinai" not in {p.id for p in doc.places}
    assert {"cauca", "argelia", "popayan"} <= {p.id for p in doc.places}
