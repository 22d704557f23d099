"""Places of the twenty-fifth session's own checks: a name after a lower-case Arabic article ("al-Mawasi",
"el-Fasher") is a place with its article, and a bare name the gazetteer gives to a region that the text
names in full is that region ("Gaza" in a story of the Gaza Strip)."""

import readings


def test_a_name_after_a_lower_case_arabic_article_is_the_place_with_its_article(index):
    text = ("The army ordered residents of eastern neighbourhoods of Deir al-Balah to move to the coastal area of "
            "al-Mawasi, while the RSF shelled el-Fasher again on Sunday.")
    found = readings.places(text, index)
    assert ("al-Mawasi", "Al Mawasi", "PS", "region", "place") in found, found
    assert ("el-Fasher", "El Fasher", "SD", "city", "place") in found, found
    assert ("Deir al-Balah", "Dayr al Balaḩ", "PS", "city", "place") in found, found


def test_an_arabic_article_inside_a_longer_name_opens_no_place(index):
    for text in ("Families had started to return to villages south of Idlib city, around Maarat al-Numan and Saraqib.",
                 "The tombs were found in the Dra Abu el-Naga necropolis near the Valley of the Kings.",
                 "The violence dropped after cleric Muqtada al-Sadr declared a cease-fire.",
                 "Insurers raised premiums for voyages to Kuwait's Mina al-Ahmadi."):
        assert not any(p[0].startswith(("al-", "el-")) or p[0] in ("Numan", "Naga", "Sadr", "Ahmadi")
                       for p in readings.places(text, index)), text
    assert "anti-Kremlin" not in readings.names("Thousands joined an anti-Kremlin protest on Sunday.", index)


def test_a_bare_name_of_a_region_named_in_full_is_that_region(index):
    text = ("Israeli attacks across Gaza kill at least 60\n\n"
            "GAZA STRIP (AP) — Israeli strikes across the Gaza Strip killed at least 60 people on Tuesday, "
            "including 12 in the southern city of Khan Younis, health officials said.")
    assert [p[1] for p in readings.places(text, index) if p[0] in ("Gaza", "GAZA STRIP", "Gaza Strip")] == [
        "Gaza Strip"] * 3
    # Gaza City keeps its own name; "Kursk" beside "Kursk Oblast" stays the town.
    assert ("Gaza City", "Gaza", "PS", "city", "place") in readings.places(
        "Strikes hit Gaza City and other parts of the Gaza Strip on Monday.", index)
    assert ("Gaza", "Gaza", "PS", "city", "place") in readings.places(
        "Israeli strikes across Gaza killed 40 people on Sunday. A strike on a school in the Zeitoun neighbourhood of "
        "Gaza city killed 14 people, the Gaza Strip's health ministry said.", index)
    assert ("Kursk", "Kursk", "RU", "city", "place") in readings.places(
        "Drones hit Kursk overnight, the governor of the Kursk Oblast said.", index)
