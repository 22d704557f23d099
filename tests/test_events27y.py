"""Events of one act told at several places as the wires and national papers report them (the twenty-seventh
session's fx27y check): lists whose items carry "the", ..."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_list_of_regions_named_with_the(index):
    text = ("JOHANNESBURG (Reuters) - South African police said on Wednesday that more than 13,000 people have been "
            "arrested in Gauteng, the North West and the Free State over the past month under Operation Shanela, a "
            "crackdown on violent crime.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-08-20")}
    assert {("gauteng", "arrest"), ("north-west", "arrest"), ("free-state", "arrest")} <= found


def test_a_city_and_the_region_struck(index):
    text = ("KYIV, Ukraine (AP) \u2014 Russian drones and missiles struck the city of Sumy and the Dnipropetrovsk "
            "region overnight, killing four people and wounding at least 19, Ukrainian officials said Tuesday.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-07-15")}
    assert {("sumy", "strike"), ("dnipropetrovsk-region", "strike")} <= found


def test_a_clause_after_and_the_is_no_item_of_the_list(index):
    text = "Protesters rallied in Tbilisi and the European Union said it was concerned."
    assert [e[:2] for e in events(text, index, "2025-07-15")] == [("tbilisi", "protest")]


def test_a_name_in_apposition_after_the_is_no_item_of_the_list(index):
    text = ("The decision drew protests from truck drivers stranded in Belarus and from freight companies in "
            "Klaip\u0117da, the Baltic seaport, which moves large volumes of cargo.")
    assert "baltic-sea" not in {e[0] for e in events(text, index, "2025-10-30")}
