"""Places and events of business and economic news as Reuters, AP, AFP, Bloomberg and local papers
report them (the thirty-third session's fx33d check): factories opened and closed, layoffs, strikes
at firms, takeovers, earnings, tariffs, and the firms' headquarters and plants."""

import readings
from readings import places

from geomap.model import Article
from geomap.pipeline import extract


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A dateline named like a state and a city ("NEW YORK (Reuters) -") speaks for the city: the
# state's middle is no anchor for its hamlets named like a world capital.

def test_a_new_york_dateline_makes_no_hamlet_of_copenhagen(index):
    text = ("NEW YORK (Reuters) - Bank of America shares jumped 4% on Monday as Wall Street rallied after "
            "Washington and Beijing agreed to a 90-day truce in their tariff war.\n\n"
            "Shipping stocks also surged, with Maersk up 12% in Copenhagen.")
    assert _senses(text, index, "Copenhagen") == [("Copenhagen", "DK", "city")]


# 2. A firm's seat told in an aside between commas is no place of what it says or does.

def test_a_firms_seat_in_an_aside_is_no_statements_place(index):
    text = ("CHENNAI, India (Reuters) - About 1,500 workers at Samsung Electronics' home appliance plant near Chennai "
            "went on strike on Monday, demanding that the South Korean company recognise their union.\n\n"
            "Samsung, headquartered in Suwon, said in a statement that production had not been affected and that "
            "it was \"committed to the welfare of our employees\".")
    found = readings.events(text, index, "2025-03-10")
    assert [e for e in found if e[0] == "suwon"] == []
    assert ("chennai", "protest") in {(e[0], e[1]) for e in found}


def test_a_firm_that_has_its_headquarters_elsewhere_speaks_of_its_mine(index):
    text = ("AngloGold Ashanti, which moved its primary listing from Johannesburg to New York in 2023 and has its "
            "headquarters in Denver, said output at Obuasi had been cut by about 20,000 ounces.")
    found = readings.events(text, index, "2025-07-04")
    assert [e[0] for e in found] == ["obuase"]


# 3. An aircraft's crash told by the noun, the craft after it, is an accident.

def test_the_crash_of_a_boeing_is_an_accident(index):
    text = ("NEW DELHI (AP) \u2014 Air India said Tuesday it will buy 100 more Airbus aircraft.\n\n"
            "The airline, based in Gurugram, is still recovering from the crash of a Boeing 787 in Ahmedabad in June "
            "that killed 260 people.")
    found = readings.events(text, index, "2025-06-17")
    assert [(e[0], e[1], e[2]) for e in found if e[1] == "accident"] == [("ahmedabad", "accident", "2025-06")]


# 4. Those a firm or a trade employs are no figure of what the sentence tells.

def test_a_trades_workforce_is_no_count_of_its_protesters(index):
    text = ("GAZIPUR, Bangladesh (AP) \u2014 A fire tore through a garment factory outside Dhaka early Sunday, "
            "killing nine workers and injuring 23, fire officials said.\n\n"
            "Bangladesh's garment sector, which employs about 4 million people and accounts for more than 80% of "
            "exports, has faced weeks of protests over wages.")
    doc = extract(Article(text=text, id="x", published="2025-11-23"), index=index)
    figures = [g.value for e in doc.events for g in e.figures]
    assert 9 in figures
    assert 4_000_000 not in figures
