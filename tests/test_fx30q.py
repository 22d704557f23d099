"""Humanitarian aid, refugee camps and famine as the wires and local papers report them (the thirtieth session's
fx30q check): an aid agency's seat where it spoke makes no event."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_an_aid_agency_speaking_at_its_seat_makes_no_statement_there(index):
    text = ("ADRE, Chad (AFP) - More than 20,000 Sudanese refugees crossed into eastern Chad in the week after the "
            "fall of El Fasher, the UN refugee agency said on Friday. "
            "UNHCR said in Geneva that it had received only 30 percent of the money it needs for Chad this year. "
            "The World Health Organization, in Geneva, said the strip was \"on the brink of mass starvation.\"")
    found = events(text, index, "2025-11-07")
    assert not [e for e in found if e[0] == "geneva"]


def test_a_un_spokesman_telling_reporters_in_new_york_makes_no_statement_there(index):
    text = ("ADEN, Yemen (AP) \u2014 Houthi rebels have detained seven more United Nations staff members in the capital "
            "Sanaa, the UN said on Saturday. The detentions took place on Friday in raids on homes, a UN spokesman, "
            "Stephane Dujarric, told reporters in New York.")
    found = events(text, index, "2025-01-25")
    assert [e[:2] for e in found] == [("sanaa", "arrest")]


def test_the_agency_whose_convoy_was_struck_is_no_actor(index):
    text = ("NAIROBI, Kenya (Reuters) - Five aid workers were killed on Tuesday when a drone struck a World Food "
            "Programme convoy near Al Koma in North Darfur, the U.N. agency said on Wednesday.")
    found = events(text, index, "2025-08-20")
    assert [e[:4] for e in found] == [("north-darfur", "strike", "2025-08-19", [])]


def test_the_un_whose_helicopter_was_attacked_is_no_actor(index):
    text = ("JUBA, South Sudan (AFP) - Armed youths looted a convoy of barges carrying food aid near Nasir on "
            "Saturday, the UN said. A UN helicopter evacuating soldiers from Nasir was attacked in March, killing a "
            "crew member.")
    found = events(text, index, "2025-03-10")
    assert ("nasir", "attack", "2025-03", []) in found


def test_a_looted_aid_convoy_is_an_attack(index):
    text = ("JUBA, South Sudan (AFP) - Armed youths looted a convoy of barges carrying food aid on the Nile near Nasir "
            "in Upper Nile state on Saturday, the UN said, as cholera cases in the state rose above 2,000.")
    found = events(text, index, "2025-03-10")
    assert ("nasir", "attack", "2025-03-08", []) in found


def test_people_killed_near_an_aid_distribution_site_is_an_attack(index):
    text = ("GAZA CITY (AFP) - At least 31 Palestinians were killed and more than 170 wounded on Sunday as crowds "
            "gathered near an aid distribution site run by the Gaza Humanitarian Foundation in Rafah, the "
            "territory's civil defence agency said.")
    found = events(text, index, "2025-06-01")
    assert [e[:3] for e in found] == [("rafah", "attack", "2025-06-01")]


def test_where_an_aid_convoy_remained_stuck_is_no_place_of_the_famine(index):
    text = ("PORT SUDAN, Sudan (AP) \u2014 Famine has spread to the besieged city of El Fasher and the nearby town of "
            "Kadugli, a global hunger monitor said Monday, as a convoy of 40 trucks carrying flour and medicine "
            "remained stuck at the Adre border crossing from Chad.")
    found = events(text, index, "2025-11-03")
    assert [e[:3] for e in found] == [("el-fasher", "disaster", "2025-11-03"), ("kadugli", "disaster", "2025-11-03")]


def test_a_town_gangs_stormed_is_attacked_on_their_day(index):
    text = ("PORT-AU-PRINCE, Haiti (AP) \u2014 Aid groups have evacuated staff from the central town of Mirebalais "
            "after gangs stormed it on Monday, freeing more than 500 inmates from the prison and forcing thousands of "
            "people to flee, officials said Wednesday.")
    found = events(text, index, "2025-04-02")
    assert [e[:3] for e in found] == [("mirebalais", "attack", "2025-03-31")]


def test_a_famine_risk_by_a_month_to_come_is_not_last_years(index):
    text = ("MOGADISHU, Somalia (Reuters) - The U.N.-backed IPC warned that parts of Bay and Bakool regions face a "
            "risk of famine by June if rains fail again and aid is not scaled up.")
    found = events(text, index, "2025-04-10")
    assert found and all(e[2] != "2024-06" for e in found)


def test_a_king_named_by_an_air_base_is_no_actor(index):
    text = ("The Jordanian army said its aircraft took off from the King Abdullah II air base and dropped about 20 "
            "tonnes of food near Beit Lahia and Jabalia.")
    found = events(text, index, "2025-07-27")
    assert found and all("King Abdullah" not in e[3] for e in found)


def test_the_un_that_warns_of_cuts_is_no_actor_of_the_fire(index):
    text = ("DHAKA, Bangladesh (AP) \u2014 A fire tore through a Rohingya refugee camp in Ukhiya, in southeastern "
            "Bangladesh, on Sunday, destroying about 800 shelters and leaving thousands homeless, officials said, as "
            "the UN warned that food rations for a million refugees would be cut next month.")
    found = events(text, index, "2025-03-09")
    assert found and all("UN" not in e[3] for e in found)
