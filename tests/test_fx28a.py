"""The dates of events in leads, follow-ups and background (the twenty-eighth session's fx28a check): a day told
as "two days later" or "the same day" after the verb, a quake's GMT hour beside its local day, the lead's attack
told again with its day."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_two_days_later_after_the_verb_counts_from_the_day_told(index):
    text = ("Juan Jumalon was shot by a gunman who entered his home-based radio station in Calamba town in Misamis "
            "Occidental province on Nov. 5, in an attack caught on a livestream. The suspect was arrested two days "
            "later in neighbouring Zamboanga del Norte, police said.")
    found = [(e[1], e[2]) for e in events(text, index, "2025-11-10") if e[1] == "arrest"]
    assert found == [("arrest", "2025-11-07")]


def test_the_same_day_is_the_day_told_before(index):
    text = ("The landslide struck the village of Kasimpar in Pekalongan district on Monday evening after hours of "
            "torrential rain, the National Disaster Mitigation Agency said.\n\nFloods hit neighbouring Batang "
            "district the same day, inundating more than 1,000 homes.")
    found = events(text, index, "2025-01-16")
    assert [e[2] for e in found] == ["2025-01-13", "2025-01-13"]


def test_a_weekday_after_a_gmt_hour_in_brackets_is_not_the_local_day(index):
    text = ("TOKYO (Reuters) - A magnitude 6.1 earthquake struck off the coast of Japan's northern island of Hokkaido "
            "early on Thursday, the Japan Meteorological Agency said.\n\nThe quake hit at 2:14 a.m. (1714 GMT "
            "Wednesday) at a depth of 40 km off the town of Urakawa, the agency said.")
    found = events(text, index, "2025-09-18")
    assert [e[2] for e in found if e[0] == "urakawa"] == ["2025-09-18"]


def test_the_leads_attack_told_again_with_who_carried_it_out_takes_its_day_and_town(index):
    text = ("Gunmen kill 14 soldiers in northern Burkina Faso, army says\n\nOUAGADOUGOU, Burkina Faso (AP) \u2014 "
            "Suspected jihadists killed at least 14 soldiers in an attack on an army post in northern Burkina Faso, "
            "the army said on Wednesday.\n\nThe attack on Monday morning in Djibo, a town in the Soum province, was "
            "carried out by dozens of fighters on motorbikes, the army said in a statement read on state television.")
    found = events(text, index, "2025-03-12")
    assert [(e[0], e[1], e[2]) for e in found] == [("djibo", "ground_operation", "2025-03-10")]


def test_the_leads_day_of_the_search_is_not_the_landslides(index):
    text = ("JAKARTA, Indonesia (AP) \u2014 Rescuers were searching on Thursday for 12 people missing after a "
            "landslide buried houses in a village in Indonesia's Central Java province, killing at least 17, "
            "officials said.\n\nThe landslide struck the village of Kasimpar in Pekalongan district on Monday "
            "evening after hours of torrential rain, the National Disaster Mitigation Agency said.")
    found = events(text, index, "2025-01-16")
    assert [(e[1], e[2]) for e in found] == [("disaster", "2025-01-13")]


def test_the_day_a_since_clause_tells_dates_no_later_sentence(index):
    text = ("More than 1,200 cases have been recorded since the outbreak began on Jan. 20, the White Nile health "
            "ministry said. Most patients were displaced people who fled fighting in Khartoum and Omdurman.")
    found = events(text, index, "2025-02-02")
    assert [(e[0], e[2]) for e in found if e[0] in ("khartoum", "omdurman")] == [("khartoum", None), ("omdurman", None)]


def test_a_tally_since_a_month_then_the_day_it_was_told(index):
    text = ("DAR ES SALAAM, Tanzania (Reuters) - Tanzania has confirmed an outbreak of chikungunya in the southern "
            "region of Mtwara, with 87 cases recorded since late September, the health ministry said on Tuesday.")
    found = events(text, index, "2025-10-14")
    assert [(e[1], e[2]) for e in found] == [("disaster", "2025-10-14")]


def test_the_nights_fighting_is_not_joined_to_the_capture_eleven_days_before(index):
    text = ("GOMA, Congo (Reuters) - Fighting between M23 rebels and pro-government militias flared again on the "
            "northern outskirts of Goma overnight, residents said on Friday.\n\nThe rebels captured Goma on Jan. 27 "
            "after a lightning advance, and on Tuesday they took the town of Nyabibwe in South Kivu province.")
    found = events(text, index, "2025-02-07")
    assert sorted(e[2] for e in found if e[0] == "goma") == ["2025-01-27", "2025-02-07"]


def test_years_ago_is_the_year_about():
    import datetime as dt

    from geomap.dates import find_dates

    text = ("Hundreds of people gathered at Peraliya on Thursday to remember the victims of the Indian Ocean tsunami, "
            "which struck 20 years ago.")
    found = [(d.text, d.value, d.approximate) for d in find_dates(text, dt.date(2024, 12, 26))]
    assert ("20 years ago", "2004", True) in found
