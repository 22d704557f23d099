"""Military news without fighting as Reuters, AP, AFP and national papers report it (the thirtieth session's
fx30m check): a missile test-fired in a drill is an exercise, not a shelling."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_missile_test_fired_in_a_drill_is_an_exercise(index):
    text = ("DUBAI, Aug 21 (Reuters) - Iran's navy test-fired a cruise missile during a naval exercise in the Gulf "
            "of Oman and the northern Indian Ocean on Thursday, state media reported.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-08-21")}
    assert found == {("gulf-of-oman", "exercise"), ("indian-ocean", "exercise")}


def test_a_given_name_after_an_abbreviated_rank_is_a_person(index):
    text = ("Vice Adm. Vladimir Tsimlyansky of the General Staff said the conscripts would not be sent to Ukraine or "
            "to the Kursk and Belgorod border regions.")
    assert readings.names(text, index) == ["Ukraine", "Kursk", "Belgorod"]


def test_drills_a_schedule_is_set_to_stage_keep_the_years_date(index):
    text = ("Russia and Belarus are set to stage their joint Zapad-2025 drills from Sept. 12 to Sept. 16 at ranges "
            "in Belarus, including the Borisovsky training ground near Barysaw, and in Russia's Kaliningrad region.")
    found = events(text, index, "2025-09-02")
    assert [(e[0], e[1], e[2][:4]) for e in found] == [("barysaw", "exercise", "2025"),
                                                       ("kaliningrad-region", "exercise", "2025")]


def test_a_base_named_camp_is_no_actor(index):
    text = ("PYEONGTAEK, South Korea \u2014 The U.S. military will close a small annex in Seoul's Yongsan district and "
            "move its remaining personnel to Camp Humphreys in Pyeongtaek by the end of next year, U.S. Forces Korea "
            "said Monday.")
    found = events(text, index, "2025-11-03")
    assert found and all(e[3] == ["United States"] for e in found)


def test_the_country_whose_zone_a_missile_fell_outside_is_no_actor(index):
    text = ("The missile was launched from the Ryokpho district at around 8:10 a.m. and splashed down in waters "
            "northeast of the port city of Wonsan, outside Japan's exclusive economic zone, the JCS said in a "
            "statement.")
    assert all("Japan" not in e[3] for e in events(text, index, "2025-10-22"))


def test_the_shipyard_suburb_near_perth(index):
    text = ("The first three Mogami-class frigates will be built in Japan, with the remainder to be constructed at the "
            "Henderson shipyard near Perth in Western Australia.")
    found = readings.places(text, index)
    assert ("Henderson", "Henderson", "AU", "city", "place") in found
