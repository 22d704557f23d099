"""Events of the twenty-fifth session's own checks: the places a river flows through, told in a clause of
their own, are no places of its flood."""

import readings


def test_the_places_a_river_flows_through_are_no_places_of_its_flood(index):
    text = ("The Shire River, which flows out of Lake Malawi through Liwonde and past Blantyre's western edge to join "
            "the Zambezi in Mozambique, burst its banks near Chikwawa last week.")
    assert [e[:2] for e in readings.events(text, index, "2025-02-10")] == [("chikwawa", "disaster")]
    # (a flood where a river flows is still the flood's: "The San Lorenzo River burst its banks in Felton")
    assert [e[:2] for e in readings.events("The San Lorenzo River burst its banks in Felton on Sunday.", index,
                                           "2025-02-10")] == [("felton", "disaster")]
