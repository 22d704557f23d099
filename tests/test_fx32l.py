"""Polar regions, space launches and science expeditions as the wires and national papers report them in 2025
(the thirty-second session's fx32l check): a launcher's name is no month nor a town, its falling debris no
shelling, a polar station named in lower case is the station, a scientist's finding no statement at each sea."""

import datetime as dt

from geomap.dates import find_dates
from readings import events, places


# 1. China's Long March rockets: no month, and their debris is no shelling.

def test_a_long_march_rocket_is_no_date():
    text = "In 2022, pieces of a Chinese Long March 5B rocket fell into the Indian Ocean near the Maldives."
    assert [d.value for d in find_dates(text, dt.date(2025, 2, 20))] == ["2022"]
    text = "A Long March 7 rocket carrying the Tianzhou-9 spacecraft lifted off at 8:34 p.m. (1234 GMT)."
    assert find_dates(text, dt.date(2025, 7, 15)) == []


def test_a_launchers_falling_debris_is_no_shelling(index):
    text = ("WARSAW, Poland (AFP) \u2014 Space debris experts warn that the number of uncontrolled re-entries is "
            "rising. In 2022, pieces of a Chinese Long March 5B rocket fell into the Indian Ocean near the Maldives.")
    assert [e for e in events(text, index, "2025-02-20") if e[1] == "shelling"] == []


# 2. A launcher's or a spacecraft's model, named by its number, is no town nor region, wherever the text names it.

def test_a_rocket_model_is_no_place(index):
    text = ("CAPE CANAVERAL, Fla. (AP) \u2014 The Falcon 9 rocket lifted off from Space Launch Complex 40 at Cape "
            "Canaveral Space Force Station at 10:47 p.m. EDT, lighting up the sky over Cocoa Beach and Titusville.\n\n"
            "\"Falcon 9 continues to be the workhorse of the industry,\" SpaceX launch commentator Kate Tice said.")
    found = places(text, index)
    assert [p for p in found if p[0] == "Falcon"] == []
    assert {"Cocoa Beach", "Titusville"} <= {p[1] for p in found}


def test_a_headlines_cargo_ship_named_by_number_below_is_no_town(index):
    text = ("China launches Tianzhou cargo ship from Wenchang\n\n"
            "BEIJING (Reuters) \u2014 A Long March 7 rocket carrying the Tianzhou-9 spacecraft lifted off at 8:34 p.m. "
            "(1234 GMT), the China Manned Space Agency (CMSA) said.")
    found = places(text, index)
    assert [p for p in found if p[0] == "Tianzhou"] == []
    assert "Wenchang" in {p[1] for p in found}


# 3. A polar station named in lower case, or as a research station, is the station, not a town of its name.

def test_a_polar_station_in_lower_case_is_the_station(index):
    text = ("The Beyond EPICA project reached a depth of 2,800 metres at the Little Dome C site, about 35 kilometres "
            "from the French-Italian Concordia station on the East Antarctic plateau.\n\n"
            "The ice samples will be shipped by the icebreaker Laura Bassi from the Mario Zucchelli station at Terra "
            "Nova Bay to New Zealand and then to Europe.")
    assert [p[1:3] for p in places(text, index) if p[0].startswith("Concordia")] == [("Concordia Station", "AQ")]


def test_a_fire_at_a_research_station_is_at_the_station(index):
    text = ("HOBART, Tasmania (ABC) \u2014 A fire broke out at Australia's Casey research station in Antarctica on "
            "Sunday, damaging a workshop building, the Australian Antarctic Division said.")
    assert [p[1] for p in places(text, index) if p[0].startswith("Casey")] == ["Casey Station"]
    assert [e[:3] for e in events(text, index, "2025-03-02")] == [("casey-station", "accident", "2025-03-02")]


# 4. What the sea, the ice or the air measured in a place is a finding about it, no statement there.

def test_conditions_measured_in_seas_are_no_statements_there(index):
    text = ("BOULDER, Colo. (AP) \u2014 Arctic sea ice reached its lowest winter peak in nearly half a century of "
            "satellite records this year, the National Snow and Ice Data Center said on Thursday.\n\n"
            "Scientists said warm conditions in the Barents Sea, the Sea of Okhotsk and Hudson Bay kept ice from "
            "forming.")
    assert [e for e in events(text, index, "2025-03-27") if e[0] in ("barents-sea", "sea-of-okhotsk", "hudson-bay")] == []


# 5. Settlements of launches' landing zones and of Arctic shipping that GeoNames' populated places lack.

def test_where_a_capsules_debris_fell_is_the_town(index):
    text = ("Last year, a piece of a Dragon trunk crashed onto a farm near Dalgety in New South Wales, Australia, and "
            "another fragment was found in Saskatchewan, Canada.")
    assert [p[1:3] for p in places(text, index) if p[0] == "Dalgety"] == [("Dalgety", "AU")]
    assert ("dalgety", "accident") in {e[:2] for e in events(text, index, "2025-08-09")}


def test_yamals_lng_port_and_oil_field(index):
    text = ("Cargo on the route reached a record 37.9 million tonnes last year, most of it liquefied natural gas from "
            "the Yamal LNG plant at Sabetta and oil from the Novy Port field.")
    assert [p[:3] for p in places(text, index) if p[2] == "RU"] == [("Sabetta", "Sabetta", "RU"),
                                                                   ("Novy Port", "Novy Port", "RU")]


# 6. Russia's commonest given name before a surname no list holds is a person's, not the city's.

def test_vladimir_before_a_surname_is_a_person(index):
    text = ("\"Traffic on the Northern Sea Route is growing every year,\" said Vladimir Panov, Rosatom's special "
            "representative for Arctic development.")
    assert [p for p in places(text, index) if p[1] == "Vladimir"] == []
