"""Crimes told in court and in police appeals, as British, Irish, Australian, New Zealand, US and Indian news report
them (the twenty-ninth session's fx29j check): the crime's day, not the day of the sentence or the verdict; the
charges listed, no military operation."""

import readings


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
