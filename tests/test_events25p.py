"""Events of protests, riots, strikes and political unrest as Reuters, AP, AFP and national papers report them
in 2025 (the twenty-fifth session's fx25p check): clashes the police fought with crowds, whom a crowd protests
against."""

import readings
from readings import places


def events(text, index, published):
    return readings.events(text, index, published)


def test_police_injured_in_clashes_in_several_cities_is_a_riot(index):
    text = "Dacic said 22 police officers had been injured in the clashes in Novi Sad, Kraljevo and Valjevo."
    found = {(e[0], e[1]) for e in events(text, index, "2025-08-03")}
    assert found == {("novi-sad", "riot"), ("kraljevo", "riot"), ("valjevo", "riot")}


def test_demonstrators_who_clashed_with_police_riot(index):
    text = ("Demonstrators also torched police posts in Jakarta and clashed with police in Surabaya, Bandung, "
            "Yogyakarta and Medan.")
    found = {e[1] for e in events(text, index, "2025-08-30")}
    assert found == {"riot"}


def test_gunmen_who_clashed_with_police_fought_a_battle(index):
    text = "Gunmen clashed with police in Zamfara state on Tuesday, officials said."
    assert "riot" not in {e[1] for e in events(text, index, "2025-08-30")}


def test_clashes_the_police_only_told_of_stay_a_battle(index):
    text = ("A church in Manipur's Churachandpur district was set on fire early on Tuesday, two days after clashes "
            "in neighbouring Bishnupur district, police said.")
    assert "riot" not in {e[1] for e in events(text, index, "2025-08-30")}


def test_the_president_protested_against_is_no_actor(index):
    text = ("LOME, Togo (AP) \u2014 At least seven people were killed during three days of protests in Togo's capital "
            "against President Faure Gnassingbe, the government said Monday, as rights groups accused security "
            "forces of using excessive force.")
    found = events(text, index, "2025-06-30")
    assert found and all("Faure Gnassingbe" not in e[3] for e in found)


def test_the_man_whose_death_is_protested_is_no_actor(index):
    text = ("KISUMU, Kenya (Nation) - Police shot dead two protesters and injured five others in Kisumu on Monday "
            "during demonstrations over the death in custody of blogger Albert Ojwang, witnesses said.")
    found = events(text, index, "2025-06-16")
    assert found and all("Albert Ojwang" not in e[3] for e in found)


def test_the_officer_a_post_criticised_is_no_actor(index):
    text = ("Ojwang, 31, died on June 8 in a police cell in Nairobi after he was arrested in Homa Bay over a post "
            "critical of deputy police chief Eliud Lagat.")
    found = events(text, index, "2025-06-16")
    assert found and all("Eliud Lagat" not in e[3] for e in found)


def test_an_operation_against_a_gang_keeps_the_gang(index):
    text = ("At least eight people were killed on Thursday when military police stormed the Complexo da Mar\u00e9, a "
            "sprawling group of favelas in Rio de Janeiro's North Zone, in an operation against the Comando "
            "Vermelho drug faction, state authorities said.")
    assert any("Comando Vermelho" in e[3] for e in events(text, index, "2025-05-08"))


def test_the_country_whose_police_fired_is_not_the_protesters(index):
    text = ("NAIROBI, Kenya (AP) \u2014 Kenyan police fired tear gas and water cannon at thousands of protesters in "
            "Nairobi on Wednesday as young people marked the first anniversary of last year's deadly demonstrations "
            "against a finance bill.")
    found = [e for e in events(text, index, "2025-06-25") if e[1] == "protest"]
    assert found and all("Kenya" not in e[3] for e in found)


def test_the_country_whose_government_declared_an_emergency_is_not_the_strikers(index):
    text = ("LIMA, Peru (AP) \u2014 Peru's government declared a 30-day state of emergency in Lima and the "
            "neighbouring port of Callao on Tuesday after a strike by bus drivers protesting extortion and killings "
            "by criminal gangs paralysed the capital.")
    found = [e for e in events(text, index, "2025-10-07") if e[1] == "protest"]
    assert found and all("Peru" not in e[3] for e in found)


def test_the_protesters_nationality_is_no_actor(index):
    # (fx33o: the students' nationality names no country that acts, as "Serbian students clash with police" does not)
    text = ("Serbian students block roads in Novi Sad as anti-government protests enter ninth month\n\n"
            "BELGRADE, Serbia (Reuters) - Thousands of students and their supporters blocked roads and bridges in "
            "Novi Sad and other Serbian cities on Saturday, demanding early elections nine months after a railway "
            "station canopy collapse killed 16 people.")
    found = [e for e in events(text, index, "2025-08-03") if e[1] == "protest"]
    assert found and all("Serbia" not in e[3] for e in found)


def test_the_driver_run_over_is_no_actor(index):
    text = ("The unrest was sparked by the death on Thursday of a 21-year-old motorcycle taxi driver, Affan Kurniawan, "
            "who was run over by a police armoured vehicle during a protest near the parliament in Jakarta.")
    found = events(text, index, "2025-08-30")
    assert found and all("Affan Kurniawan" not in e[3] for e in found)


def test_the_government_complex_set_on_fire_is_no_actor(index):
    text = ("On Tuesday, crowds set fire to the parliament building, the Singha Durbar government complex and the "
            "homes of several politicians in Kathmandu, Lalitpur and Bhaktapur.")
    found = events(text, index, "2025-09-14")
    assert found and all("Singha Durbar" not in e[3] for e in found)


def test_the_president_who_dismissed_his_government_is_not_the_protesters(index):
    text = ("ANTANANARIVO (Reuters) - Madagascar's President Andry Rajoelina dismissed his government on Monday "
            "following days of youth-led protests over water and power cuts in which at least 22 people were killed, "
            "according to the United Nations.")
    found = [e for e in events(text, index, "2025-09-29") if e[1] == "protest"]
    assert found and all("Andry Rajoelina" not in e[3] for e in found)


def test_a_president_campaigning_holds_his_own_rallies(index):
    text = ("President Yoweri Museveni, who has ruled Uganda since 1986 and is seeking a seventh term, campaigned in "
            "his western heartland, addressing rallies in Mbarara, Ibanda and Kiruhura.")
    found = events(text, index, "2025-12-01")
    # (fx30e: a campaign's rallies protest nothing; they are the president's own, told as his statements)
    assert found and all(e[1] == "statement" and "Yoweri Museveni" in e[3] for e in found)


def test_a_rally_planned_for_friday_has_not_happened(index):
    text = "A large rally is planned in Kragujevac on Friday, organisers said."
    assert [e for e in events(text, index, "2025-08-03") if e[1] == "protest"] == []


def test_a_march_held_on_sunday_stays(index):
    text = ("In Batumi, the Black Sea port city, around 2,000 people marched along the seafront on Sunday evening "
            "chanting \"Georgia is Europe.\"")
    assert [e[:3] for e in events(text, index, "2025-10-06") if e[1] == "protest"] == [
        ("batumi", "protest", "2025-10-05")]


def test_the_leader_whose_fall_is_recalled_is_no_actor(index):
    text = ("The protests, the biggest in Serbia since the fall of Slobodan Milosevic in 2000, forced Prime Minister "
            "Milos Vucevic to resign in January.")
    found = events(text, index, "2025-08-03")
    assert found and all("Slobodan Milosevic" not in e[3] for e in found)


def test_the_day_of_the_collapse_is_not_the_protests(index):
    text = ("The protests began after the November 1 collapse at the Novi Sad railway station, which many Serbs "
            "blamed on corruption in state infrastructure projects.")
    found = events(text, index, "2025-08-03")
    assert found and all(e[2] != "2024-11-01" for e in found)


def test_the_eruption_named_with_its_month_keeps_it(index):
    text = ("The January 2022 eruption, the most powerful recorded in the modern era, sent a tsunami across the "
            "Kingdom, destroying homes on the western coast of Tongatapu and wiping out villages on small islands "
            "in the Ha'apai group.")
    found = [e for e in events(text, index, "2025-01-15") if e[0] == "tongatapu"]
    assert found and all(e[2] == "2022-01" for e in found)


def test_eu_in_capitals_is_the_union_not_the_town_in_normandy(index):
    text = ("French farmers block roads around Paris over EU-Mercosur deal\n\n"
            "PARIS (AFP) - French farmers blocked motorways around Paris with tractors on Monday and dumped manure "
            "outside government buildings in protest against a trade deal between the European Union and South "
            "American bloc Mercosur.")
    assert [p[1] for p in places(text, index) if p[0] == "EU"] == ["European Union"]


def test_arrests_after_the_march_take_the_leads_day(index):
    text = ("BRUSSELS (Reuters) - A nationwide general strike in Belgium on Tuesday grounded all departing flights at "
            "Brussels Airport and halted most trains and public transport, as unions protested against the "
            "government's planned pension reforms.\n\n"
            "Around 30,000 people marched through central Brussels, according to police, with union organisers "
            "putting the figure at 60,000. Police used water cannon and tear gas when a small group threw objects at "
            "officers near the Gare du Nord, and 14 people were arrested.")
    found = [e for e in events(text, index, "2025-10-14") if e[1] == "arrest"]
    assert [(e[0], e[2]) for e in found] == [("brussels", "2025-10-14")]


def test_demonstrations_spreading_in_another_clause_are_a_protest(index):
    text = ("JAKARTA, Aug 30 (Reuters) - Protesters set fire to a regional parliament building in Makassar, killing "
            "three people, as demonstrations over lawmakers' perks spread across Indonesia on Friday night, police "
            "said.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-08-30")}
    assert found == {("makassar", "riot"), ("indonesia", "protest")}


def test_arrests_in_a_town_and_its_district_of_one_name(index):
    text = ("Bangladesh imposes curfew in Gopalganj after deadly clashes\n\n"
            "DHAKA, July 17 (Reuters) - Bangladesh authorities imposed a 22-hour curfew in the southern district of "
            "Gopalganj on Thursday after four people were killed in clashes between supporters of the banned Awami "
            "League and police and army troops.\n\n"
            "At least 50 people were injured and 25 arrested, police said.")
    found = [e for e in events(text, index, "2025-07-17") if e[1] == "arrest"]
    assert len(found) == 1 and found[0][0].startswith("gopalganj")


def test_the_government_that_reports_the_clashes_is_no_side(index):
    text = ("LA PAZ, June 13 (AFP) - Four police officers were killed in clashes with supporters of former president "
            "Evo Morales in the central town of Llallagua, Bolivia's government said on Thursday, as road blockades "
            "demanding his candidacy entered their second week.")
    found = [e for e in events(text, index, "2025-06-13") if e[0] == "llallagua"]
    assert found and all("Bolivia" not in e[3] for e in found)
