"""Crimes told in court and in police appeals, as British, Irish, Australian, New Zealand, US and Indian news report
them (the twenty-ninth session's fx29j check): the crime's day, not the day of the sentence or the verdict; the
charges listed, no military operation."""

from geomap.model import Article
from geomap.pipeline import extract

import readings
from readings import places


def events(text, index, published):
    return readings.events(text, index, published)


def test_the_day_a_man_was_jailed_is_not_the_days_of_his_crime(index):
    text = ("LIVERPOOL, England (Reuters) \u2014 A man who shot dead a father of two outside a pub in Merseyside was "
            "jailed for life on Tuesday and told he must serve at least 32 years before he can be considered for "
            "parole.")
    found = [e[:3] for e in events(text, index, "2025-06-10")]
    assert found == [("merseyside", "attack", None)]


def test_the_month_of_a_sentence_is_not_the_murders(index):
    text = ("Axel Rudakubana, 18, was jailed for a minimum of 52 years in January for the murders of the three "
            "girls in Southport.")
    found = [e[:3] for e in events(text, index, "2025-05-23")]
    assert found == [("southport", "attack", None)]


def test_a_verdicts_day_is_not_the_bombings_year(index):
    text = ("MUMBAI (Reuters) \u2014 A special court in Mumbai on Thursday acquitted five men accused of involvement "
            "in the 2006 bomb blasts in Malegaon that killed 31 people, citing lack of evidence.")
    found = [e[:3] for e in events(text, index, "2025-03-20")]
    assert found == [("malegaon", "attack", "2006")]


def test_counts_of_felonious_assault_are_no_ground_operation(index):
    text = ("Marcus Green, 26, of Trotwood, was found guilty in Montgomery County Common Pleas Court of two counts "
            "of murder, four counts of felonious assault and having weapons while under disability.")
    assert events(text, index, "2025-10-13") == []


def test_pleaded_guilty_to_murdering_is_the_murder_where_it_happened(index):
    text = ("Ahmed Karimi, 31, pleaded guilty in the Supreme Court of Victoria to murdering Daniel Nguyen, 38, in "
            "Dandenong in August 2023.")
    assert [e[:3] for e in events(text, index, "2025-04-11")] == [("dandenong", "attack", "2023-08")]


def test_a_man_punched_outside_a_nightclub(index):
    text = ("An inquest in Co Clare has heard that a 19-year-old man died from a head injury after he was punched "
            "outside a nightclub in Ennis in 2023.")
    assert [e[:3] for e in events(text, index, "2025-05-15")] == [("ennis", "attack", "2023")]


def test_a_colleague_attacked_with_a_kitchen_knife(index):
    text = ("The court heard Dunn attacked the 44-year-old woman with a kitchen knife at the school in North "
            "Parramatta on the morning of May 15, 2024, after he learned he was under investigation for misconduct.")
    assert [e[:3] for e in events(text, index, "2025-09-18")] == [("north-parramatta", "attack", "2024-05-15")]


def test_killing_his_wife_and_children_told_after_the_courts_for(index):
    text = ("BENGALURU (The Hindu) \u2014 A sessions court in Bengaluru on Tuesday sentenced a 41-year-old man to "
            "death for killing his wife and two children at their home in Yelahanka in 2021.")
    assert [e[:3] for e in events(text, index, "2025-11-04")] == [("yelahanka", "attack", "2021")]


def test_jailed_for_the_manslaughter_of_his_wife(index):
    text = "Earlier this year, a man from Newport was jailed for the manslaughter of his wife in Caerleon."
    assert [e[:2] for e in events(text, index, "2025-10-22")] == [("caerleon", "attack")]


def test_the_man_shot_dead_is_no_actor(index):
    text = "Patrick O'Connor, 39, is accused of shooting dead Kevin Murphy, 35, at a house in Mayfield on 11 November 2022."
    found = events(text, index, "2025-07-04")
    assert [e[1] for e in found] == ["attack"]
    assert "Kevin Murphy" not in found[0][3]


def test_the_court_that_issued_the_warrant_is_no_actor(index):
    text = "He was arrested in Birmingham in March on a European arrest warrant issued by the High Court in Dublin."
    assert [e[:4] for e in events(text, index, "2025-07-04")] == [("birmingham", "arrest", "2025-03", [])]


def test_a_law_is_no_party_to_the_riots(index):
    text = ("More than 50 people were killed and hundreds injured in the violence that broke out in Jaffrabad, "
            "Maujpur and Mustafabad after clashes between supporters and opponents of the Citizenship Amendment Act.")
    found = events(text, index, "2025-07-16")
    assert found and all("Citizenship Amendment Act" not in e[3] for e in found)


def test_a_defendant_named_with_his_age_is_no_country(index):
    text = "Jordan Parlour, 29, of Formby, admitted violent disorder at Liverpool Crown Court."
    assert sorted(p[1] for p in places(text, index)) == ["Formby", "Liverpool"]


def test_the_day_a_court_upheld_a_conviction_dates_no_riot_told_after_it(index):
    text = ("NEW DELHI (PTI) \u2014 The Delhi High Court on Wednesday upheld the conviction of three men for the "
            "murder of a shopkeeper during the communal riots in northeast Delhi in February 2020.\n\n"
            "More than 50 people were killed and hundreds injured in the violence that broke out in Jaffrabad, "
            "Maujpur and Mustafabad after clashes between supporters and opponents of the Citizenship Amendment Act.")
    found = [e[:3] for e in events(text, index, "2025-07-16")]
    assert [e for e in found if e[0] == "jafarabad"] == [("jafarabad", "riot", None)]


def test_a_man_who_shot_a_clerk_in_savannah(index):
    text = ("SAVANNAH, Ga. (AP) \u2014 A man who shot a convenience store clerk during a robbery in Savannah was "
            "sentenced Wednesday to life in prison without parole.")
    assert [e[:3] for e in events(text, index, "2025-02-12")] == [("savannah", "attack", None)]


def test_an_alleged_assault_at_a_school_is_an_attack(index):
    text = ("NSW Police said in a statement that they had also charged a 15-year-old boy over an alleged assault at "
            "a school in Campbelltown on Monday.")
    assert [e[:3] for e in events(text, index, "2025-09-18")] == [("campbelltown", "attack", "2025-09-15")]


def test_a_dairy_stormed_by_robbers_armed_with_a_machete(index):
    text = ("The court heard that he and two others stormed the Papatoetoe dairy on the evening of 3 February, armed "
            "with a machete and a hammer.")
    assert [e[:3] for e in events(text, index, "2025-08-19")] == [("papatoetoe", "attack", "2025-02-03")]



def test_the_convicted_are_no_toll_of_the_riots(index):
    text = ("NEW DELHI (PTI) \u2014 The Delhi High Court on Wednesday upheld the conviction of three men for the "
            "murder of a shopkeeper during the communal riots in northeast Delhi in February 2020.")
    doc = extract(Article(text=text, id="x", published="2025-07-16"), index=index)
    assert [(e.place, e.type, e.date, [f.text for f in e.figures]) for e in doc.events] == \
        [("delhi", "riot", "2020-02", [])]


def test_a_defendants_surname_told_with_his_age_is_no_town_anywhere(index):
    text = ("Tyrell Jackson, 24, of Pooler, was convicted last month of felony murder, armed robbery and aggravated "
            "assault in the death of Priya Shah, 29.\n\nSurveillance video played at trial showed Jackson pointing a "
            "gun at Shah and firing after she handed over about $300.")
    assert [p[1] for p in places(text, index)] == ["Pooler"]


def test_last_summers_riot_is_of_last_year(index):
    text = ("LIVERPOOL, England (AFP) \u2014 A man who threw bricks at police officers during last summer's riot in "
            "Southport was jailed for three years on Friday.")
    assert [e[:3] for e in events(text, index, "2025-05-23")] == [("southport", "riot", "2024")]
