"""Places and events of North Africa and the Maghreb as Reuters, AP, AFP and the region's papers report them
(the thirtieth session's fx30a check): wildfires that broke out across provinces, the sea a flood swept
neighbourhoods into and the valley its torrent went down."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_fires_that_broke_out_across_provinces_are_wildfires(index):
    text = "Fires also broke out in Jijel, Skikda and El Tarf provinces, near the border with Tunisia."
    found = {(e[0], e[1]) for e in events(text, index, "2025-07-23")}
    assert {("jijel", "disaster"), ("skikda", "disaster"), ("el-tarf", "disaster")} <= found


def test_the_sea_a_flood_swept_neighbourhoods_into_is_no_place_of_the_flood(index):
    text = ("On September 10, 2023, Storm Daniel caused two dams upstream of the city to burst, sending a torrent "
            "down the Wadi Derna that swept entire neighbourhoods into the Mediterranean.")
    assert "mediterranean" not in {e[0] for e in events(text, index, "2025-09-09")}


def test_the_valley_a_torrent_went_down_is_the_floods_place(index):
    text = ("On September 10, 2023, Storm Daniel caused two dams upstream of the city to burst, sending a torrent "
            "down the Wadi Derna that swept entire neighbourhoods into the Mediterranean.")
    assert [e[:3] for e in events(text, index, "2025-09-09")] == [("wadi-derna", "disaster", "2023-09-10")]
