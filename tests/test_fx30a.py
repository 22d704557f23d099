"""Places and events of North Africa and the Maghreb as Reuters, AP, AFP and the region's papers report them
(the thirtieth session's fx30a check): wildfires that broke out across provinces, the sea a flood swept
neighbourhoods into and the valley its torrent went down, a town seized told with a gerund, a Libyan town
spelt with "ou", youths who blocked railway lines, a two-word Arabic name spelt with "ei" for "ay"."""

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


def test_a_town_seized_told_with_a_gerund_is_the_place_not_its_region(index):
    text = ("But with the RSF seizing El Fasher in Darfur in October after an 18-month siege, many say they will "
            "not go back soon.")
    assert [e[:3] for e in events(text, index, "2025-11-05")] == [("el-fasher", "ground_operation", "2025-10")]


def test_towns_retaken_by_the_army(index):
    text = "Some refugees have started to return as the army has retaken Khartoum and Wad Madani."
    found = {(e[0], e[1]) for e in events(text, index, "2025-11-05")}
    assert found == {("khartoum", "ground_operation"), ("wad-medani", "ground_operation")}


def test_a_libyan_town_spelt_with_ou_for_its_u(index):
    text = ("\"The detention centers are overcrowded and there is no medical care,\" said a doctor who works with "
            "migrants in Tripoli's Tajoura district and asked not to be named.")
    assert ("Tajoura", "T\u0101j\u016br\u0101\u2019", "LY", "city") in {p[:4] for p in readings.places(text, index)}


def test_youths_who_blocked_railway_lines_protest(index):
    text = ("In the southern mining town of Redeyef in Gafsa governorate, unemployed youths blocked railway lines "
            "used to transport phosphate for a third day, demanding jobs at the state-owned Gafsa Phosphate Company.")
    assert [e[:2] for e in events(text, index, "2025-04-19")] == [("ar-rudayyif", "protest")]


def test_a_two_word_arabic_name_spelt_with_ei_for_ay(index):
    text = ("Egypt declared victory over the militants in 2023, and President Abdel Fattah al-Sisi has since opened "
            "new development projects in the region, including in Rafah and Sheikh Zuweid, which were largely "
            "emptied of residents during the fighting.")
    assert ("Sheikh Zuweid", "Ash Shaykh Zuwayd", "EG", "city") in {p[:4] for p in readings.places(text, index)}
