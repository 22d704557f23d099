"""Accidents and outbreaks as the wires and national papers report them (the twenty-seventh session's fx27h
check): an aircraft that went down, the lead's blast named again with its cause between commas, a building under
construction that collapsed, a country that recorded an outbreak's dead."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_helicopter_that_went_down_is_an_accident(index):
    text = ("The helicopter, operated by a private company, went down in a forested area near Gangnani in Uttarkashi "
            "district shortly after taking off from Dehradun, the state disaster response force said.")
    assert [e[:2] for e in events(text, index, "2025-05-08")] == [("uttarkashi-district", "accident")]


def test_the_blast_named_again_with_its_cause_between_commas_dates_the_accident(index):
    text = ("BOGOTA (Reuters) - An explosion at a coal mine in central Colombia killed nine miners, and rescuers were "
            "trying to reach two others trapped underground, authorities said on Thursday.\n\n"
            "The blast, probably caused by an accumulation of methane gas, happened late on Wednesday at a mine in the "
            "municipality of Sutatausa, in Cundinamarca province, about 80 km (50 miles) north of Bogota, the National "
            "Mining Agency said.")
    found = [e[:3] for e in events(text, index, "2025-07-10")]
    assert found == [("sutatausa", "accident", "2025-07-09")]


def test_a_building_under_construction_that_collapsed_is_an_accident(index):
    text = ("ABUJA \u2014 At least five people have died after a three-storey building under construction collapsed in "
            "the Garki area of Abuja on Saturday afternoon.")
    assert [e[:3] for e in events(text, index, "2025-06-14")] == [("garki", "accident", "2025-06-14")]


def test_a_country_that_recorded_an_outbreaks_deaths_is_its_place(index):
    text = ("DHAKA, July 21 (bdnews24) \u2014 Bangladesh recorded four more dengue deaths in the 24 hours to 8 a.m. on "
            "Monday, taking the toll this year to 45, the Directorate General of Health Services said.")
    assert [e[:3] for e in events(text, index, "2025-07-21")] == [("bangladesh", "disaster", "2025-07-21")]


def test_a_tally_since_a_year_that_opens_the_sentence_is_undated(index):
    text = ("Since 2003, Cambodia has reported 83 human cases of H5N1, including 50 deaths, according to the World "
            "Health Organization.")
    assert [e[:3] for e in events(text, index, "2025-07-06")] == [("cambodia", "disaster", None)]


def test_dhakas_mirpur_is_in_bangladesh(index):
    text = ("Fire at garment factory in Bangladesh kills 16\n\n"
            "DHAKA, Bangladesh (Reuters) - A fire swept through a garment factory and an adjacent chemical warehouse on "
            "the outskirts of Dhaka on Tuesday, killing at least 16 workers, fire service officials said.\n\n"
            "The blaze broke out at around 11:40 a.m. at the factory in the Rupnagar area of Mirpur, and an explosion "
            "in the chemical warehouse spread it to the upper floors, said Talha Bin Jasim, a fire service spokesman.")
    assert [(p[1], p[2]) for p in readings.places(text, index) if p[0] == "Mirpur"] == [("Mirpur", "BD")]


def test_abujas_garki_is_in_the_capital_territory(index):
    text = "After a building collapsed in the Garki area of Abuja, 17 people were rescued and taken to Garki Hospital."
    garki = [e for e in index.lookup("garki") if e.country == "NG"]
    assert [e[:2] for e in events(text, index, "2025-06-14")] == [("garki", "accident")]
    assert [(e.admin1, round(e.lat), round(e.lon)) for e in garki if e.admin1 == "NG.FC"] == [("NG.FC", 9, 7)]


def test_telanganas_reddy_town_as_the_news_spells_it(index):
    text = ("HYDERABAD (PTI): At least 36 workers were killed and 33 injured when a reactor exploded at a pharmaceutical "
            "factory in Telangana's Sangareddy district on Monday, officials said.")
    assert [e[:3] for e in events(text, index, "2025-07-01")] == [("sangareddi-district", "accident", "2025-06-30")]


def test_miners_killed_in_explosions_is_a_mines_accident(index):
    text = ("In March 2023, 21 miners were killed in a series of explosions in Sutatausa, one of the country's worst "
            "mining disasters in years.")
    assert [e[:3] for e in events(text, index, "2025-07-10")] == [("sutatausa", "accident", "2023-03")]


def test_the_workers_still_missing_after_the_blast_are_its_toll(index):
    text = ("HYDERABAD (PTI): At least 36 workers were killed and 33 injured when a reactor exploded at a pharmaceutical "
            "factory in Telangana's Sangareddy district on Monday, officials said. Eleven workers are still missing.")
    doc = readings.extract(readings.Article(text=text, id="x", published="2025-07-01"), index=index)
    assert [(e.type, [f.text for f in e.figures if "missing" in f.text]) for e in doc.events] \
        == [("accident", ["Eleven workers are still missing"])]


def test_a_haemorrhagic_fevers_cases_are_an_outbreak(index):
    # (a sentence of the world_news health set, health:9: no article of this session's told of the fever)
    text = ("BAGHDAD (AFP) - Iraq has recorded 94 cases of Crimean-Congo haemorrhagic fever and 17 deaths since the "
            "start of the year, the health ministry said Sunday.")
    assert [e[:2] for e in events(text, index, "2025-06-15")] == [("iraq", "disaster")]
