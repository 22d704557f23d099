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
