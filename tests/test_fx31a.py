"""Disease outbreaks and public health as the wires and national papers report them (the thirty-first session's
fx31a check): the cases a ministry counts, named with their disease ("2,310 suspected mpox cases"), diseases
named after places, and deaths from a virus."""

import readings
from geomap.model import Article
from geomap.pipeline import extract


def figures(text, index, published):
    doc = extract(Article(text, published=published), index=index)
    return [(e.place, e.type, [(f.value, f.unit) for f in e.figures]) for e in doc.events]


def test_cases_counted_with_their_disease_are_a_figure(index):
    text = ("GOMA, Congo (Reuters) - Congo's South Kivu province has recorded 2,310 suspected mpox cases and 41 "
            "deaths so far this year, provincial health officials said on Thursday, warning that vaccine supplies "
            "would be exhausted within weeks.")
    assert figures(text, index, "2025-10-16") == [("south-kivu-province", "disaster", [(2310, "cases"), (41, "deaths")])]


def test_a_years_dengue_cases_beside_its_deaths(index):
    text = "Last year Bangladesh recorded 101,214 dengue cases and 575 deaths."
    assert figures(text, index, "2025-11-12") == [("bangladesh", "disaster", [(101214, "cases"), (575, "deaths")])]


def test_a_haemorrhagic_fever_named_after_two_places_names_neither(index):
    text = ("BASRA, Iraq (AFP) - Two people have died of Crimean-Congo haemorrhagic fever in Iraq's southern Dhi Qar "
            "province this month, local health officials said on Sunday.")
    assert "Crimea" not in {p[1] for p in readings.places(text, index)}
    assert "Democratic Republic of the Congo" not in {p[1] for p in readings.places(text, index)}


def test_a_virus_strain_named_after_a_country_is_no_mention_of_it(index):
    text = ("There is no licensed vaccine against Sudan virus disease, unlike the Zaire strain that caused the "
            "2018-2020 epidemic in eastern Congo.")
    assert [p[0] for p in readings.places(text, index)] == ["Congo"]


def test_deaths_from_a_virus_named_after_a_place_are_a_disaster(index):
    text = ("ROME (AP) \u2014 Five people have died of West Nile virus in Italy's Lazio region this summer, health "
            "authorities said Friday, as the mosquito-borne disease spread to towns south of Rome.")
    assert [e[:2] for e in readings.events(text, index, "2025-08-22")] == [("lazio", "disaster")]


def test_where_a_disease_was_first_described_long_ago_is_no_outbreak(index):
    text = ("Lassa fever is named after the town of Lassa in Borno state, where the disease was first described in "
            "1969.")
    assert readings.events(text, index, "2025-03-14") == []



def test_a_virus_that_takes_its_name_from_a_river_is_no_outbreak_there(index):
    text = ("The Ebola virus takes its name from the Ebola River in northern Congo, near where it was first "
            "identified in 1976.")
    assert readings.events(text, index, "2025-01-30") == []


def test_a_presidents_surname_said_again_alone_is_no_town(index):
    text = ("DAR ES SALAAM, Tanzania (Reuters) - Tanzania has confirmed an outbreak of Marburg virus disease in the "
            "northwestern Kagera region after a patient tested positive, President Samia Suluhu Hassan said on Monday."
            "\n\nSpeaking in Dodoma alongside WHO Director-General Tedros Adhanom Ghebreyesus, Hassan said the case "
            "was in Biharamulo district and that 25 suspected cases had tested negative.")
    assert "Hassan" not in readings.names(text, index)
