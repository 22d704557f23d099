"""Events of disasters and humanitarian emergencies as the wires and agencies report them (the
twenty-second session's fx22f check): deaths told as said, heatstroke, tremors felt afar, aircraft
that crash, storms on their way, forecasters' "would", history since a year, names of fires, winds and
buildings, speakers named after their title, and undated news that history of a year does not date."""

import readings


def events(text, index, published="2025-04-01"):
    return readings.events(text, index, published)


def test_the_dead_told_as_said_in_an_earthquake_story_are_the_earthquakes(index):
    text = ("The magnitude 7.7 quake hit near Sagaing at midday on March 28, collapsing buildings, bridges and "
            "monasteries across Mandalay.\n\nIn the town of Sagaing, closest to the epicenter, residents said at "
            "least 50 mosques were damaged and hundreds of worshippers died as they attended Friday prayers.")
    found = events(text, index)
    assert [e[:3] for e in found if e[0] == "sagaing"] == [("sagaing", "disaster", "2025-03-28")]


def test_bodies_found_in_a_typhoon_story_are_the_typhoons(index):
    text = ("Typhoon Kalmaegi killed at least 114 people in the central Philippines, most of them in floods that "
            "swept through towns in Cebu province, officials said Wednesday.\n\nIn Liloan town, 35 bodies were "
            "recovered, and 28 were found in the city of Talisay, the provincial government said.")
    found = events(text, index, "2025-11-05")
    assert ("talisay", "disaster") in [e[:2] for e in found]


def test_a_storm_on_its_way_makes_no_event_where_it_heads(index):
    text = ("MANILA, Philippines (AP) \u2014 Typhoon Kalmaegi killed at least 114 people in the central "
            "Philippines, most of them in floods that swept through towns in Cebu province, officials said "
            "Wednesday, as the storm blew toward Vietnam.")
    found = events(text, index, "2025-11-05")
    assert "vietnam" not in [e[0] for e in found] and "cebu-province" in [e[0] for e in found]


def test_an_aircraft_that_crashed_is_an_accident(index):
    text = ("A Philippine Air Force helicopter on a relief mission crashed in Loreto town in Agusan del Sur "
            "province on Tuesday, killing all six crew members, the military said.")
    found = events(text, index, "2025-11-05")
    assert found and {e[1] for e in found} == {"accident"} and found[0][2] == "2025-11-04"


def test_heatstroke_deaths_are_a_disaster(index):
    text = ("In Odisha, at least 10 people died of suspected heatstroke on Thursday, most of them in the western "
            "districts of Sambalpur and Bargarh, the state's special relief commissioner said.")
    # (at the districts the deaths were in, as "most of them in the districts of Sambalpur and Bargarh" and "in
    # western Sambalpur and Bargarh districts" are: fx28s, "the eastern Libyan towns of Al Bayda and Shahat")
    assert [e[:3] for e in events(text, index, "2024-06-01")] == [("sambalpur-district", "disaster", "2024-05-30"),
                                                                   ("bargarh-district", "disaster", "2024-05-30")]


def test_a_building_felled_by_a_tremor_felt_afar_is_the_earthquakes(index):
    text = ("The tremor was also felt in Thailand, where a 30-story building under construction collapsed in "
            "Bangkok, killing at least 18 people, with 78 still missing, Bangkok officials said Monday.")
    assert [e[:2] for e in events(text, index)] == [("bangkok", "disaster")]


def test_a_forecasters_would_makes_no_event(index):
    text = ("The weather department forecast that the heatwave would ease in the northwest from Sunday as "
            "pre-monsoon showers arrive, but warned temperatures in Delhi would stay above 44 degrees.")
    assert events(text, index, "2024-06-01") == []


def test_history_since_a_year_is_of_that_year(index):
    text = ("The floods are Spain's deadliest since 1973, when at least 150 people died in flooding in Granada, "
            "Murcia and Almeria.")
    found = events(text, index, "2024-11-01")
    assert [e[:3] for e in found] == [("granada", "disaster", "1973"), ("murcia", "disaster", "1973"),
                                      ("almeria", "disaster", "1973")]


def test_names_of_fires_winds_and_buildings_are_no_actors(index):
    text = ("LOS ANGELES (AP) \u2014 The wildfires that have burned through Los Angeles neighborhoods for almost a "
            "week have killed at least 24 people, officials said Sunday, as firefighters braced for the return of "
            "powerful Santa Ana winds.\n\nThe Eaton Fire near Altadena and Pasadena has burned 14,100 acres and "
            "killed 16 people.")
    found = events(text, index, "2025-01-13")
    assert [e[0] for e in found] == ["los-angeles", "altadena", "pasadena"]
    assert all(e[3] == [] for e in found)
    text = ("In Mandalay, rescuers pulled a woman alive from the rubble of the Sky Villa apartment complex on "
            "Monday, 60 hours after the quake.")
    assert [e[3] for e in events(text, index)] == [[]]


def test_who_reports_is_no_actor(index):
    text = ("In North Kivu, around 500 mpox patients fled the Nyiragongo treatment center near Goma in January as "
            "M23 fighters advanced on the city, according to the WHO.")
    assert [e[3] for e in events(text, index)] == [["M23"]]


def test_a_speaker_after_a_title_is_no_actor_and_history_of_a_year_joins_no_undated_news(index):
    text = ("NAIROBI/MOGADISHU, 22 May - Flash floods triggered by heavy Gu rains have killed 17 people and "
            "displaced more than 38,000 in Somalia since 19 May, the UN Office for the Coordination of "
            "Humanitarian Affairs (OCHA) said.\n\n\"Families who lost everything in the drought have now lost "
            "their shelters to the floods,\" said OCHA's head of office in Somalia, George Conway.\n\n"
            "In 2023, floods in Somalia displaced over 1.2 million people.")
    found = events(text, index, None)
    assert [e[:3] for e in found] == [("somalia", "disaster", None), ("somalia", "disaster", "2023")]
    assert "George Conway" not in found[0][3]


def test_the_dead_counted_as_died_under_a_dated_lead_take_its_day(index):
    text = ("ISLAMABAD, Aug 16 (Reuters) - Flash floods triggered by torrential monsoon rains killed at least 45 "
            "people in northwestern Pakistan on Friday, swept away houses and cut roads in the Swat valley, "
            "disaster officials said.\n\nThe Provincial Disaster Management Authority (PDMA) of Khyber Pakhtunkhwa "
            "said 28 people died in Buner, where a cloudburst sent a wall of water through the village of Pir Baba.")
    found = events(text, index, "2025-08-16")
    assert [e[:3] for e in found if e[0] == "buner"] == [("buner", "disaster", "2025-08-15")]


def test_a_danger_warned_of_and_what_is_expected_make_no_event(index):
    text = ("The National Weather Service warned of extreme fire danger through Wednesday, with gusts of up to 70 "
            "mph expected in Ventura County.")
    assert events(text, index, "2025-01-13") == []


def test_a_doctor_quoted_is_no_actor_of_what_he_tells(index):
    text = ("\"Patients fled the treatment centers when the shooting started, and we lost track of hundreds of "
            "them,\" said Dr. Pacifique Karinganire, a doctor in Uvira.")
    assert all(e[3] == [] for e in events(text, index))


def test_one_killed_in_a_region_of_a_floods_toll_is_the_floods(index):
    text = ("VALENCIA, Spain, Nov 1 (Reuters) - The death toll from flash floods in eastern Spain rose to 158 on "
            "Friday, officials said.\n\nThe Valencia regional government said 155 people were killed in the region, "
            "two in Castilla-La Mancha and one in Andalusia.")
    assert ("andalusia", "disaster") in [e[:2] for e in events(text, index, "2024-11-01")]
