"""Places from the twenty-third session's checks of Canadian, Australian and New Zealand regional and
Indigenous news (CBC, APTN, the Globe and Mail, ABC, RNZ, the Northern Advocate): First Nations named
after their communities, a lake's French name, a province beside its board's name, a bay
and a district GeoNames names only as other places, and fly-in communities the gazetteer lacked."""

from readings import places


def _senses(text, index, name):
    return {p[1:4] for p in places(text, index) if p[0] == name}


def test_a_first_nation_named_after_its_community_is_the_community(index):
    text = ("Nearby Fort Albany First Nation and Attawapiskat First Nation were monitoring water levels but had "
            "not called evacuations, said Mushkegowuk Council Grand Chief Leo Friday.")
    assert _senses(text, index, "Fort Albany First Nation") == {("Fort Albany", "CA", "city")}
    assert _senses(text, index, "Attawapiskat First Nation") == {("Attawapiskat", "CA", "city")}
    text = ("In Northern Ontario, Pikangikum First Nation, north of Red Lake, declared a state of emergency "
            "after a fire destroyed the community's only water treatment plant on Sunday.")
    assert _senses(text, index, "Pikangikum First Nation") == {("Pikangikum", "CA", "city")}


def test_lac_before_a_name_is_a_lake_not_chads_lac_region(index):
    text = ("In Saskatchewan, the Public Safety Agency said 18 fires were burning, including one near La Ronge "
            "that forced the evacuation of the Lac La Ronge Indian Band's community of Stanley Mission. "
            "Evacuees were flown to Brandon and Portage la Prairie.")
    assert "Lac" not in [p[0] for p in places(text, index)]


def test_a_provinces_possessive_stays_a_place_beside_its_boards_name(index):
    text = ("Northland's rural hospitals have struggled to fill posts since the Covid-19 pandemic. Dargaville "
            "Hospital and Rawene Hospital cut hours last year. The Northland DHB was merged into Health New "
            "Zealand in 2022.")
    assert _senses(text, index, "Northland") == {("Northland", "NZ", "admin1")}


def test_james_bay_is_the_bay_and_far_north_district_new_zealands(index):
    text = ("The Cree community of about 2,000 people on the western shore of James Bay began its annual spring "
            "evacuation ahead of the Albany River breakup.")
    found = places(text, index)
    assert {p[1:4] for p in found if p[0] == "James Bay"} == {("James Bay", "CA", "region")}
    assert {p[1:4] for p in found if p[0] == "Albany River"} == {("Albany River", "CA", "region")}
    text = "Far North District Council mayor Moko Tepania said the closure put lives at risk in Te Tai Tokerau."
    found = places(text, index)
    assert {p[1:4] for p in found if p[0] == "Far North District"} == {("Far North District", "NZ", "region")}
    assert {p[1:4] for p in found if p[0] == "Te Tai Tokerau"} == {("Northland", "NZ", "admin1")}
    assert not [p for p in found if p[2] == "HK"]


def test_towns_and_first_nations_the_gazetteer_lacked(index):
    text = ("OHSWEKEN, Ont. — Six Nations Police said a protest camp near Caledonia remained peaceful. "
            "Haldimand County Mayor Shelley Ann Bentley said she welcomed the talks.")
    assert _senses(text, index, "Caledonia") == {("Caledonia", "CA", "city")}
    assert _senses(text, index, "Haldimand County") == {("Haldimand County", "CA", "region")}
    text = ("KASHECHEWAN, Ont. — The first flights carrying elders and families with young children left "
            "Kashechewan First Nation on Monday.")
    assert _senses(text, index, "KASHECHEWAN") == {("Kashechewan", "CA", "city")}
    assert _senses(text, index, "Kashechewan First Nation") == {("Kashechewan", "CA", "city")}
