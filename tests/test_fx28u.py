"""US and Canadian local news as city and county papers and local TV sites write it (the twenty-eighth session's
fx28u check): a wildfire told by its bearing from the nearest town."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_wildfire_told_by_its_bearing_from_the_town_is_the_towns(index):
    text = ("OMAK, Wash. (KREM) \u2014 A wildfire burning in the hills north of Omak grew to about 12,000 acres by "
            "Saturday morning, forcing Level 3 \"go now\" evacuations for residents along Omak Lake Road and Tunk Creek "
            "Road, the Okanogan County Sheriff's Office said.")
    assert [e[:3] for e in events(text, index, "2025-08-09")] == [("omak", "disaster", "2025-08-09")]
