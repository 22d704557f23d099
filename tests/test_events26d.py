"""The day of each event in follow-ups, live blogs, weekly round-ups and background paragraphs (the
twenty-sixth session's fx26d check): a round-up's day heading its entry in capitals, the past week."""

from geomap.model import Article
from geomap.pipeline import extract

import readings

ROUNDUP = (
    "PARIS (AFP) - Here are the main events of the past week in Europe:\n\n"
    "MONDAY: Torrential rain flooded streets in Valencia, eastern Spain, forcing the closure of schools in 12 "
    "municipalities. A man died when his car was swept away near Paiporta.\n\n"
    "WEDNESDAY: A wildfire burned 3,000 hectares near Marseille, forcing the evacuation of 400 residents.\n\n"
    "THURSDAY: Police in Berlin arrested three men suspected of planning an attack on a Christmas market, "
    "prosecutors said.\n")


def test_a_roundups_day_in_capitals_dates_its_entry(index):
    found = {(e[1], e[2]) for e in readings.events(ROUNDUP, index, "2025-12-06")}
    assert {("disaster", "2025-12-01"), ("disaster", "2025-12-03"), ("arrest", "2025-12-04")} <= found


def test_a_roundups_day_carries_to_its_entrys_next_sentence(index):
    found = readings.events(ROUNDUP, index, "2025-12-06")
    assert [e[2] for e in found if e[0] == "paiporta"] == ["2025-12-01"]


def test_the_past_week_is_about_the_news_day(index):
    text = ("LISBON (Reuters) - Over the past week, storms also left 45,000 homes without power in northern "
            "Portugal, the utility E-Redes said.")
    doc = extract(Article(text=text, id="x", published="2025-12-06"), index=index)
    assert [(e.date, e.approximate) for e in doc.events] == [("2025-12-06", True)]


def test_a_crowd_that_gathered_under_a_dated_lead_takes_its_day(index):
    text = ("CARACAS, Venezuela (Reuters) - Opposition leader Maria Corina Machado was briefly detained on Thursday "
            "after addressing thousands of supporters in the capital, her campaign said.\n\n"
            "Protesters gathered in the eastern Chacao municipality, a traditional opposition stronghold, waving flags "
            "and chanting \"freedom.\"")
    found = [(e[1], e[2]) for e in readings.events(text, index, "2025-01-09") if e[0] == "chacao"]
    assert found == [("protest", "2025-01-09")]


def test_a_crowd_that_has_gathered_for_months_takes_no_day(index):
    text = ("CARACAS, Venezuela (Reuters) - Opposition leader Maria Corina Machado was briefly detained on Thursday "
            "after addressing thousands of supporters in the capital, her campaign said.\n\n"
            "Protesters have gathered in the eastern Chacao municipality every week, waving flags.")
    found = [e[2] for e in readings.events(text, index, "2025-01-09") if e[0] == "chacao"]
    assert found in ([], [None])


def test_captives_marched_off_are_no_crowd_that_gathered(index):
    text = ("Gunmen on Friday abducted at least 23 passengers travelling along the Kaduna-Abuja highway near Katari "
            "in Kaduna State, police and residents said.\n\n"
            "The victims, who were travelling in three buses from Kaduna to the Federal Capital Territory, were "
            "marched into the forest towards Kajuru, a driver who escaped told PREMIUM TIMES by phone.")
    assert [e[2] for e in readings.events(text, index, "2025-06-18") if e[1] == "protest"] in ([], [None])


def test_a_week_earlier_opening_a_sentence_is_a_week_before_the_news(index):
    text = ("PORT-AU-PRINCE, Haiti (AP) \u2014 The attack came days after gangs burned homes in Mirebalais on Monday, "
            "forcing thousands to flee. A week earlier, gunmen attacked the village of Lascahobas.")
    doc = extract(Article(text=text, id="x", published="2025-10-03"), index=index)
    places = {p.id: p.name for p in doc.places}
    assert [(e.date, e.approximate) for e in doc.events if places.get(e.place) == "Lascahobas"] == [("2025-09-26", True)]


def test_a_toll_since_an_invasion_was_launched_is_no_invasion(index):
    text = ("KYIV, Ukraine (AP) \u2014 Ukrainian forces repelled a Russian attempt to break through the border in the "
            "Sumy region overnight, the military said Saturday.\n\n"
            "Kyiv has said 13,000 civilians have been killed since Russia launched its full-scale invasion of Ukraine "
            "in February 2022, according to U.N. figures.")
    assert [e[:3] for e in readings.events(text, index, "2025-06-07") if e[2] == "2022-02"] == []


def test_an_invasion_launched_told_alone_is_still_one(index):
    text = "Russia launched its full-scale invasion of Ukraine in February 2022."
    assert [e[:3] for e in readings.events(text, index, "2025-06-07")] == [("ukraine", "ground_operation", "2022-02")]


def test_a_day_later_counts_from_the_day_told_before(index):
    text = ("KATHMANDU, Nepal (AFP) \u2014 Authorities lifted the curfew in Kathmandu on Monday.\n\n"
            "On Sept. 8, police opened fire on protesters in Kathmandu, killing 19 people. A day later, protesters "
            "torched a police station in Butwal.")
    assert [(e[1], e[2]) for e in readings.events(text, index, "2025-09-15") if e[0] == "butwal"] == [("riot", "2025-09-09")]


def test_the_following_day_counts_from_the_day_told_before(index):
    text = ("At the NATO summit on March 5, the alliance agreed to resume high-level contacts with Moscow. The "
            "following day, U.S. Secretary of State Hillary Clinton met Russian Foreign Minister Sergei Lavrov in "
            "Brussels.")
    assert [(e[1], e[2]) for e in readings.events(text, index, "2025-06-18")] == [("talks", "2025-03-06")]


def test_months_of_attempts_are_no_operation_of_a_day(index):
    text = ("KYIV, Ukraine (AP) \u2014 Ukrainian forces repelled a Russian attempt to break through the border in the "
            "Sumy region overnight, the military said Saturday.\n\n"
            "Russian forces have tried for months to push into Sumy Oblast from the Kursk region of Russia, where "
            "Ukraine held territory until March.")
    found = readings.events(text, index, "2025-06-07")
    assert [e[:3] for e in found if e[2] == "2025-03" or e[0] == "russia"] == []


def test_a_headlines_other_place_of_the_leads_news_takes_its_day(index):
    text = ("Storm Amy knocks out power to thousands in Ireland and Scotland\n\n"
            "DUBLIN (Irish Times) \u2014 Storm Amy left 180,000 homes without power across Ireland on Saturday, as "
            "gusts of more than 130 km/h hit the west coast, ESB Networks said.")
    doc = extract(Article(text=text, id="x", published="2025-10-04"), index=index)
    places = {p.id: p.name for p in doc.places}
    assert sorted((places[e.place], e.date, e.approximate) for e in doc.events) == [
        ("Ireland", "2025-10-04", False), ("Scotland", "2025-10-04", True)]


def test_a_years_month_told_in_the_sentence_dates_its_event(index):
    text = ("BOGOTA, Colombia (AFP) \u2014 Last year, a landslide killed 39 people in Carmen de Atrato, in Choc\u00f3, "
            "when a hillside collapsed onto a highway in January.")
    assert [e[2] for e in readings.events(text, index, "2025-06-25")] == ["2024-01"]
