"""Events of disease outbreaks as WHO Disease Outbreak News, CIDRAP, Reuters, AP and health ministries
report them (the twenty-third session's fx23h check): cases counted without the disease's name,
diseases the taxonomy lacked (chikungunya, bird flu), an outbreak told by its word, and the ministry
that declares an outbreak, which is no party to it."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_suspected_cases_recorded_in_a_town_are_the_outbreak(index):
    text = ("More than 1,200 suspected cases have been recorded in Tawila, where some 500,000 displaced people "
            "have arrived this year, the charity said.")
    assert [e[:2] for e in events(text, index, "2025-08-14")] == [("tawila", "disaster")]


def test_new_cases_reported_in_a_town_are_the_outbreak_not_a_courts(index):
    text = ("In White Nile state, authorities reported 312 new cases in Kosti, where the disease first appeared "
            "in May.")
    assert [e[:2] for e in events(text, index, "2025-08-14")] == [("kosti", "disaster")]
    # a court's or the police's cases are no epidemic's
    assert "disaster" not in [e[1] for e in events("Police said 12 new cases were filed in Kosti against the "
                                                   "traders.", index, "2025-08-14")]


def test_cases_including_deaths_are_the_outbreak(index):
    text = ("In South Sudan, the Ministry of Health has reported 64,000 cases, including 1,160 deaths, since the "
            "outbreak was declared on 28 October 2024.")
    assert [e[:2] for e in events(text, index, "2025-05-29")] == [("south-sudan", "disaster")]


def test_chikungunya_is_an_epidemic(index):
    text = ("In southern China, the city of Foshan in Guangdong province reported 2,659 new cases of chikungunya "
            "in the week to Sunday, local health authorities said.")
    assert ("foshan", "disaster") in [e[:2] for e in events(text, index, "2025-07-30")]


def test_bird_flu_in_a_herd_is_an_epidemic(index):
    text = ("CHICAGO, Feb 14 (Reuters) - The H5N1 bird flu virus has been detected in a dairy herd in Maricopa "
            "County, Arizona, state agriculture officials said on Friday.")
    assert ("maricopa-county", "disaster") in [e[:2] for e in events(text, index, "2025-02-14")]


def test_an_outbreak_that_killed_is_no_attack(index):
    assert [e[:3] for e in events("In 2007, an outbreak in Mweka killed 187 people.", index, "2025-09-05")] == \
        [("mweka", "disaster", "2007")]


def test_the_ministry_that_declares_an_outbreak_is_no_party(index):
    text = ("N'DJAMENA, July 28 (AP) — Chad's health ministry declared a cholera outbreak on Monday in the eastern "
            "province of Ouaddai, where hundreds of thousands of Sudanese refugees live in crowded camps along the "
            "border.")
    assert [e for e in events(text, index, "2025-07-28") if e[0] == "ouaddai"] == \
        [("ouaddai", "disaster", "2025-07-28", [])]


def test_an_outbreaks_toll_since_it_began_and_its_cases_are_its_figures(index):
    from geomap.events import find_figures
    toll = find_figures("KHARTOUM, Aug 14 (Reuters) - A cholera outbreak in Sudan's North Darfur state has killed at "
                        "least 40 people in the town of Tawila since late July, the medical charity Doctors Without "
                        "Borders said on Thursday.")
    assert [(f.value, f.unit) for f in toll] == [(40.0, "people")]
    cases = find_figures("The ministry said 37 cases, including four deaths, had been confirmed since the first case "
                         "was detected on July 13 in the Dougui refugee camp near Abeche.")
    assert [(f.value, f.unit) for f in cases] == [(37.0, "cases"), (4.0, "deaths")]
    assert [(f.value, f.unit) for f in find_figures("In White Nile state, authorities reported 312 new cases in Kosti, "
                                                    "where the disease first appeared in May.")] == [(312.0, "cases")]
    # a war's toll since it began stays no one event's
    assert find_figures("Israeli strikes have killed 40 people since the war began.") == []


def test_a_strike_after_an_epidemic_is_no_epidemic(index):
    text = ("UNICEF reported 41 new cases of acute watery diarrhoea among children in Maghazi and Bureij camps. In "
            "Khan Younis, a strike on 10 September hit a tent encampment in Al Mawasi, an area Israel has designated "
            "a \"humanitarian zone,\" killing 19 people, including eight children.")
    found = [e[:2] for e in events(text, index, "2024-09-12")]
    assert ("al-maghazi", "disaster") in found and ("al-mawasi", "disaster") not in found


def test_lassa_fever_kills_in_no_attack_and_a_battle_against_an_outbreak_is_none(index):
    text = ("ABUJA (Reuters) - Lassa fever has killed 112 people in Nigeria since January, the country's disease "
            "control agency said on Monday.")
    assert [e[:2] for e in events(text, index, "2025-03-03")] == [("nigeria", "disaster")]
    text = ("BEIJING, Aug 5 (Reuters) - Authorities in the southern Chinese city of Foshan are draining stagnant "
            "water, releasing mosquito-eating fish and deploying drones to hunt breeding sites as they battle "
            "China's largest outbreak of chikungunya, which has infected more than 7,000 people since early July.")
    assert ("foshan", "ground_operation") not in [e[:2] for e in events(text, index, "2025-08-05")]


def test_where_the_body_quoted_on_an_outbreak_is_based_is_no_outbreak(index):
    text = ("\"This is the largest outbreak we've seen in more than 30 years,\" said Zach Holbrooks, executive "
            "director of the South Plains Public Health District, which is based in Brownfield. A measles outbreak "
            "in West Texas has grown to 146 cases, state health officials said Tuesday.")
    found = [e[:2] for e in events(text, index, "2025-02-25")]
    assert ("west-texas", "disaster") in found and "brownfield" not in [place for place, _ in found]


def test_suspected_cases_counted_in_words_are_the_outbreak(index):
    text = ("The World Health Organization had said on Jan. 14 that nine suspected cases, including eight deaths, "
            "had been reported in the Biharamulo and Muleba districts of Kagera.")
    assert [e[:2] for e in events(text, index, "2025-01-20")] == [("biharamulo-district", "disaster"),
                                                                   ("muleba-district", "disaster")]
