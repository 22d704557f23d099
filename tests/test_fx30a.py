"""Places and events of North Africa and the Maghreb as Reuters, AP, AFP and the region's papers report them
(the thirtieth session's fx30a check): wildfires that broke out across provinces."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_fires_that_broke_out_across_provinces_are_wildfires(index):
    text = "Fires also broke out in Jijel, Skikda and El Tarf provinces, near the border with Tunisia."
    found = {(e[0], e[1]) for e in events(text, index, "2025-07-23")}
    assert {("jijel", "disaster"), ("skikda", "disaster"), ("el-tarf", "disaster")} <= found
