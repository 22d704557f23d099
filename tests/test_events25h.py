"""Events told several times in one article, and the day each took place, as wires and newspapers write
them (the twenty-fifth session's fx25h check): a headline's toll that the lead counts again in its own
words; a lead dated only by the day it was told, whose next sentence gives the place and day it took place."""

import readings

from geomap.events import fatalities
from geomap.model import Article
from geomap.pipeline import extract


def extracted(text, index, published):
    return extract(Article(text=text, id="x", published=published), index=index).events


def events_of(text, index, published):
    return readings.events(text, index, published)


def test_a_headlines_toll_told_again_by_the_lead_is_counted_once(index):
    text = ("Landslide buries homes in Indonesia's Central Java, 16 dead\n\n"
            "JAKARTA (Reuters) - A landslide triggered by torrential rain buried homes in Indonesia's Central Java "
            "province, killing 16 people and leaving 10 missing, the national disaster agency said on Tuesday.")
    found = [e for e in extracted(text, index, "2025-01-21") if e.type == "disaster"]
    assert [[f.value for f in e.figures if f.unit != "missing"] for e in found] == [[16]]


def test_of_one_count_the_one_that_says_they_died_is_kept(index):
    text = ("Gunmen kill 23 villagers in northwest Nigeria's Zamfara state\n\n"
            "By Abdulkareem Haruna\n\n"
            "GUSAU, Nigeria (Reuters) - Gunmen killed at least 23 people in an overnight raid on a village in "
            "northwest Nigeria's Zamfara state, police and residents said on Tuesday.")
    found = [e for e in extracted(text, index, "2025-06-17") if e.type == "attack"]
    assert [[f.text for f in e.figures] for e in found] == [["killed at least 23 people"]]


def test_the_dead_and_the_wounded_of_one_number_are_two_counts(index):
    text = ("Blast kills five in Quetta\n\n"
            "QUETTA, Pakistan (AP) \u2014 A bomb exploded at a market in Quetta on Monday, killing five people, "
            "police said. Five others were wounded in the blast, police said.")
    found = [e for e in extracted(text, index, "2025-03-10") if e.type == "attack"]
    assert [[(f.value, f.unit) for f in e.figures] for e in found] == [[(5, "people"), (5, "wounded")]]


def test_a_lead_dated_by_its_telling_takes_the_day_and_place_the_next_sentence_gives(index):
    text = ("Landslide buries homes in Indonesia's Central Java, 16 dead\n\n"
            "JAKARTA (Reuters) - A landslide triggered by torrential rain buried homes in Indonesia's Central Java "
            "province, killing 16 people and leaving 10 missing, the national disaster agency said on Tuesday.\n\n"
            "The landslide hit Pekalongan regency on Monday evening, burying houses and a cafe where people were "
            "sheltering, agency spokesman Abdul Muhari said.")
    found = [(e.place, e.date) for e in extracted(text, index, "2025-01-21") if e.type == "disaster"]
    assert found == [("pekalongan", "2025-01-20")]


def test_an_overnight_raid_told_on_tuesday_is_sundays_in_the_district(index):
    text = ("Gunmen kill 23 villagers in northwest Nigeria's Zamfara state\n\n"
            "GUSAU, Nigeria (Reuters) - Gunmen killed at least 23 people in an overnight raid on a village in "
            "northwest Nigeria's Zamfara state, police and residents said on Tuesday.\n\n"
            "The attackers stormed Kairu village in Maru district on motorcycles at about 11 p.m. on Sunday, shooting "
            "residents and setting fire to homes and granaries, police spokesman Yazid Abubakar said.")
    found = [(e.place, e.date, fatalities(e.figures)) for e in extracted(text, index, "2025-06-17")
             if e.type == "attack"]
    assert found == [("maru", "2025-06-15", 23)]


def test_a_lead_dated_by_its_own_day_keeps_it(index):
    text = ("Landslide buries homes in Indonesia's Central Java\n\n"
            "JAKARTA (Reuters) - A landslide buried homes in Indonesia's Central Java province on Tuesday, killing "
            "16 people, the national disaster agency said.\n\n"
            "Another landslide hit Pekalongan regency on Monday evening, burying a cafe, agency spokesman Abdul "
            "Muhari said.")
    found = sorted((e.place, e.date) for e in extracted(text, index, "2025-01-21") if e.type == "disaster")
    assert found == [("jawa-tengah", "2025-01-21"), ("pekalongan", "2025-01-20")]


def test_a_weekday_a_forecast_could_reach_is_the_coming_one(index):
    text = ("Spain swelters as heat wave peaks\n\n"
            "MADRID (AP) \u2014 Spain sweltered on Tuesday as a heat wave gripped the country. The national weather "
            "agency said temperatures in Seville and Cordoba could hit 44 C on Wednesday. A 2-year-old girl died "
            "after being left in a car in the town of Tarragona, police said.")
    found = [(e.place, e.date) for e in extracted(text, index, "2025-07-01") if e.place == "tarragona"]
    assert found and all(date != "2025-06-25" for _, date in found)


def test_the_attack_retold_at_the_leads_place_gives_its_day(index):
    text = ("Jihadists kill 50 soldiers in Burkina Faso\n\n"
            "OUAGADOUGOU (AFP) - Suspected jihadists killed around 50 soldiers in an attack on an army post in Djibo, "
            "in northern Burkina Faso, security sources told AFP on Monday.\n\n"
            "The attack happened at about 5 a.m. Sunday, a source said.")
    found = [(e.place, e.type, e.date) for e in extracted(text, index, "2025-05-13")]
    assert found == [("djibo", "ground_operation", "2025-05-11")]


def test_the_strike_named_again_in_a_zone_of_the_region(index):
    text = ("Drone strike kills 20 in Ethiopia's Amhara region\n\n"
            "ADDIS ABABA (Reuters) - A drone strike killed at least 20 civilians in Ethiopia's Amhara region, "
            "residents and a health worker said on Friday.\n\n"
            "The strike hit the town of Gerba in the North Wollo zone on Wednesday, they said.")
    found = [(e.place, e.date) for e in extracted(text, index, "2025-05-16") if e.type == "strike"]
    assert found == [("north-wollo", "2025-05-14")]


def test_overnight_rain_does_not_date_the_floods_it_brought(index):
    text = ("Flash floods kill 9 in Pakistan's Swat Valley\n\n"
            "PESHAWAR, Pakistan (AP) \u2014 Flash floods swept away tourists and residents in Pakistan's Swat Valley, "
            "killing nine people, officials said Saturday.\n\n"
            "The floods struck on Friday morning near the town of Mingora after heavy overnight rain, when the Swat "
            "River burst its banks, said Shafiullah Khan, a spokesman for the provincial disaster management "
            "authority in Khyber Pakhtunkhwa.")
    found = [(e.place, e.date, e.approximate) for e in extracted(text, index, "2025-06-28") if e.type == "disaster"]
    assert found == [("mingora", "2025-06-27", False)]


def test_a_sentence_opening_in_may_is_dated_may(index):
    text = ("In May, jihadists killed at least 20 soldiers in an attack on a base in Malam-Fatori, near the border "
            "with Niger.")
    assert [e[2] for e in events_of(text, index, "2025-09-04")] == ["2025-05"]


def test_a_day_told_with_last_year_after_it_is_last_years(index):
    text = ("On June 25 last year, protesters stormed parliament in Nairobi after lawmakers approved the finance bill, "
            "and police opened fire, killing at least 60 people in the weeks of protests that followed.")
    assert [e[2] for e in events_of(text, index, "2025-06-25")] == ["2024-06-25"]


def test_the_wounded_others_are_not_the_police_that_came_after(index):
    text = ("TALLAHASSEE, Fla. (AP) \u2014 A gunman opened fire near the student union at Florida State University on "
            "Thursday, killing two people and wounding six others before police shot and wounded him, authorities "
            "said.")
    units = [f.unit for e in extracted(text, index, "2025-04-17") for f in e.figures]
    assert "police" not in units


def test_the_attack_named_again_is_the_leads_airstrike(index):
    text = ("Myanmar military airstrike on monastery kills 23, residents say\n\n"
            "BANGKOK (Reuters) - A Myanmar military airstrike on a Buddhist monastery in the central Sagaing region "
            "killed 23 people, including four children, residents and a resistance group said on Saturday.\n\n"
            "The attack hit the monastery in Lin Ta Lu village in Sagaing's Sagaing township at about 1 a.m. on "
            "Friday, where more than 150 people from nearby villages had been sheltering to escape fighting, a "
            "resident said.")
    found = [(e.type, e.date) for e in extracted(text, index, "2025-07-12")]
    assert found == [("strike", "2025-07-11")]
