"""Courts, trials and international justice as the wires and national papers report them in 2025 (the
thirty-third session's fx33m check): an arrest warrant issued is no arrest, nor where the crimes it names were; a
surname after "delos" is no place; the arrest a crowd rose after is not the crowd's."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def names(text, index):
    return readings.names(text, index)


def test_an_arrest_warrant_issued_is_no_arrest(index):
    text = ("Netanyahu is also the subject of an arrest warrant issued by the International Criminal Court in "
            "November over alleged war crimes in Gaza.")
    assert [e[1] for e in events(text, index, "2025-06-02")] == []


def test_an_arrest_warrant_served_is_an_arrest(index):
    text = "Sheriff's deputies served an arrest warrant on Tuesday at a home in Cottonport."
    assert [e[:3] for e in events(text, index, "2025-06-05")] == [("cottonport", "arrest", "2025-06-03")]


def test_a_filipino_surname_after_delos_is_no_place(index):
    text = ('"This is a historic day for the families," said Randy delos Santos, whose nephew was shot dead by '
            "police in Caloocan in 2017.")
    assert names(text, index) == ["Caloocan"]


def test_protests_after_an_arrest_elsewhere_are_protests(index):
    text = ("Deadly protests erupted in Lahore, Peshawar and other cities after he was arrested in Islamabad in May "
            "2023.")
    found = sorted(e[:3] for e in events(text, index, "2025-01-17"))
    assert found == [("islamabad", "arrest", "2023-05"), ("lahore", "protest", "2023-05"),
                     ("peshawar", "protest", "2023-05")]


def test_arrests_by_the_police_after_a_protest_stay_arrests(index):
    text = "Protests erupted in Lahore on Monday after police arrested 20 people."
    assert [e[1] for e in events(text, index, "2025-01-17")] == ["arrest"]


def test_arrest_warrants_executed_with_search_warrants_are_arrests(index):
    text = ("Officers executed more than 200 search warrants and 60 arrest warrants in the states of São Paulo, "
            "Paraná, Mato Grosso do Sul and Santa Catarina, as well as in the city of Rio de Janeiro, police said.")
    assert {e[1] for e in events(text, index, "2025-08-28")} == {"arrest"}


def test_where_a_minister_said_it_stays_the_statements_place(index):
    """Guard: the place a speaker said something in is the statement's."""
    text = ("Israel is not taking part in the hearings and its foreign minister, Gideon Saar, said in Jerusalem that "
            "the proceedings were part of a \"systematic persecution.\"")
    assert [e[:2] for e in events(text, index, "2025-04-28")] == [("jerusalem", "statement")]


def test_an_arrest_is_dated_by_the_month_after_it_not_an_earlier_year(index):
    text = ("Alaa M. had worked as a doctor in the town of Bad Wildungen in Hesse state after arriving in Germany in "
            "2015 and was arrested in June 2020.")
    assert [e[:3] for e in events(text, index, "2025-06-16")] == [("bad-wildungen", "arrest", "2020-06")]


def test_a_that_of_the_things_told_keeps_the_statements_place(index):
    """Guard: the place of what a statement tells is its place."""
    text = ("KINMEN, Taiwan (Central News Agency) - Taiwan's coast guard said on Tuesday it had expelled four Chinese "
            "coast guard ships that entered restricted waters off Kinmen.")
    assert [e[:2] for e in events(text, index, "2025-06-18")] == [("kinmen", "statement")]

