"""Events of the twenty-fifth session's own checks: the places a river flows through, told in a clause of
their own, are no places of its flood; a crowd's own violence told after a dated lead takes the lead's day."""

import readings


def test_the_places_a_river_flows_through_are_no_places_of_its_flood(index):
    text = ("The Shire River, which flows out of Lake Malawi through Liwonde and past Blantyre's western edge to join "
            "the Zambezi in Mozambique, burst its banks near Chikwawa last week.")
    assert [e[:2] for e in readings.events(text, index, "2025-02-10")] == [("chikwawa", "disaster")]
    # (a flood where a river flows is still the flood's: "The San Lorenzo River burst its banks in Felton")
    assert [e[:2] for e in readings.events("The San Lorenzo River burst its banks in Felton on Sunday.", index,
                                           "2025-02-10")] == [("felton", "disaster")]


def test_a_crowds_own_violence_told_after_a_dated_lead_takes_its_day(index):
    text = ("Kenya protest death toll rises\n\n"
            "NAIROBI, Kenya (Reuters) - Kenyan police clashed with protesters in Nairobi and several other towns on "
            "Monday as thousands marched to mark the anniversary of last year's deadly demonstrations, witnesses "
            "said.\n\n"
            "Police fired tear gas and water cannon at crowds near parliament, and protesters set fire to a police "
            "post in Kitengela.")
    assert ("kitengela", "riot", "2025-07-07") in [e[:3] for e in readings.events(text, index, "2025-07-08")]
