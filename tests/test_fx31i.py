"""Places and events from the fx31i session's audit of Australia's, New Zealand's and the Pacific islands'
news (floods and bushfires in New South Wales, Queensland and Western Australia, New Zealand's district
courts and regions, Pacific atolls)."""

from readings import events, places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A highway named after a place is a road, not the place (but a numbered highway or a highway patrol keeps it).

def test_a_highway_named_after_a_state_is_no_place(index):
    text = ("In the Northern Territory, floods cut the Victoria Highway near Timber Creek, and the community of "
            "Kalkarindji was evacuated to Katherine, police said.")
    assert _senses(text, index, "Victoria") == []
    assert _senses(text, index, "Katherine") == [("Katherine", "AU", "city")]


def test_a_highway_named_after_the_ocean_is_no_place(index):
    text = ("Thousands of residents in northern New South Wales were ordered to evacuate on Tuesday as the Wilsons "
            "River burst its banks, swamping homes in Lismore and cutting the Pacific Highway near Woodburn.")
    assert _senses(text, index, "Pacific") == []
    assert _senses(text, index, "Lismore")


def test_a_state_highway_patrol_keeps_its_state(index):
    text = "Lt. Mike Murphy of the Kansas Highway Patrol said the vehicles overturned on U.S. Highway 82."
    assert _senses(text, index, "Kansas") == [("Kansas", "US", "admin1")]


# 2. "X District Court" is the court of the town X, not a district so named elsewhere.

def test_a_district_court_is_its_towns(index):
    text = ("HAMILTON, New Zealand (NZ Herald) - A 34-year-old Hamilton man has been charged with manslaughter "
            "after two teenagers drowned in the Waikato River near Ngāruawāhia on Saturday, police said. "
            "The man will appear in the Hamilton District Court on Tuesday.")
    assert _senses(text, index, "Hamilton District") == []
    assert set(_senses(text, index, "Hamilton")) == {("Hamilton", "NZ", "city")}


# 3. Australian local government areas the gazetteer lacked: Lake Macquarie (not Canberra's suburb Macquarie), the
# Scenic Rim.

def test_lake_macquarie_is_the_nsw_city_not_canberras_suburb(index):
    text = ("Hunter Valley coal producers including Glencore and Whitehaven warned of losses. Lake Macquarie and "
            "Maitland councils said the dispute threatened local jobs.")
    assert _senses(text, index, "Lake Macquarie") == [("Lake Macquarie", "AU", "region")]


def test_the_scenic_rim_is_a_place(index):
    text = ("Prime Minister Anthony Albanese said 330,000 sandbags had been distributed and that the Australian "
            "Defence Force had deployed trucks to Ipswich and the Scenic Rim.")
    assert _senses(text, index, "Scenic Rim") == [("Scenic Rim", "AU", "region")]


# 4. A year the news is compared with ("higher than in 2023") dates no event.

def test_a_year_compared_with_dates_no_event(index):
    text = ("BROOME, Australia (ABC) - Floodwaters have cut off Fitzroy Crossing and several remote Aboriginal "
            "communities in Western Australia's Kimberley region, with the Fitzroy River expected to peak higher "
            "than in 2023, authorities said on Tuesday.")
    found = [(e[0], e[1], e[2]) for e in events(text, index, "2025-01-21")]
    assert ("fitzroy-crossing", "disaster", "2025-01-21") in found
    assert [e for e in found if e[2] == "2023"] == []


# 5. A country's name is the country, not Natural Earth's admin-1 region of its own name.

def test_tuvalu_is_the_country_not_its_namesake_region(index):
    text = ("FUNAFUTI, Tuvalu (AFP) - Tuvalu began relocating the first families from low-lying parts of Funafuti "
            "atoll on Wednesday, as king tides flooded homes and the airstrip in the Pacific nation's capital. "
            "Up to 280 Tuvaluans a year can migrate to Australia.")
    assert set(_senses(text, index, "Tuvalu")) == {("Tuvalu", "TV", "country")}


# 6. Clans' clashes are a feud fought armed, not a riot, though a police commander tells them.

def test_clashes_between_clans_told_by_police_are_no_riot(index):
    text = ("PORT MORESBY, Papua New Guinea (AP) — Police said Monday that fighting had flared in Enga province. "
            "The bodies were found in villages near Wabag, the provincial capital, after clashes between rival clans "
            "over the weekend, acting provincial police commander George Kakas said.")
    found = [(e[0], e[1]) for e in events(text, index, "2025-01-13")]
    assert ("wabag", "ground_operation") in found
    assert ("wabag", "riot") not in found
