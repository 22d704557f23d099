"""Places from the twenty-fifth session's audit of US and Canadian local and regional news (AP state
wires, Canadian Press, local papers: towns, counties, reserves, neighbourhoods, institutions)."""

from geomap.pipeline import geoparse
from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A compass adjective before a name that is a province or a state, and otherwise only towns
#    under half a million people, names the province.

def test_southern_ontario_in_a_buffalo_story_is_the_province(index):
    text = ("ORCHARD PARK, N.Y. — Hundreds of shovelers answered the Buffalo Bills' call on Saturday to clear "
            "Highmark Stadium of snow after a lake-effect storm buried parts of Erie County under more than "
            "three feet. In neighboring Chautauqua County, crews were still clearing roads around Jamestown "
            "and Dunkirk. The storm also hit parts of southern Ontario.")
    assert _senses(text, index, "Ontario") == [("Ontario", "CA", "admin1")]
    assert _senses(text, index, "Dunkirk") == [("Dunkirk", "US", "city")]


# 2. Canadian places the gazetteer's towns lacked: a village, a city's quarter, a suburb named
#    like a town of another province.

def test_lytton_bc_is_found(index):
    text = ("LYTTON, B.C. — Residents of Lytton and nearby First Nations communities were ordered to leave "
            "their homes Sunday as a wildfire burning in the Fraser Canyon grew rapidly in hot, dry conditions.")
    assert ("LYTTON", "Lytton", "CA", "city", "place") in places(text, index)
    assert _senses(text, index, "Lytton") == [("Lytton", "CA", "city")]


def test_st_boniface_in_a_winnipeg_story_is_winnipegs(index):
    text = ("WINNIPEG — Winnipeg police say a 34-year-old man has been arrested after a stabbing. Earlier this "
            "month, a man was killed in the West End and another man was seriously injured in St. Boniface.")
    found = [p for p in places(text, index) if p[0] == "St. Boniface"]
    assert [(p[1], p[2]) for p in found] == [("St. Boniface", "CA")]
    assert [r.entry.admin1 for r in geoparse(text, index=index) if r.candidate.text == "St. Boniface"] == ["CA.MB"]


def test_sackville_beside_bedford_is_halifaxs(index):
    text = ("HALIFAX — Halifax regional council has approved a plan for a new ferry terminal in Dartmouth's Mill "
            "Cove. \"This is a game-changer for people commuting from Bedford and Sackville,\" said Coun. Tim Outhit.")
    assert [r.entry.admin1 for r in geoparse(text, index=index) if r.candidate.text == "Sackville"] == ["CA.NS"]


def test_sackville_in_new_brunswick_stays(index):
    text = ("MONCTON, N.B. — Mount Allison University in Sackville said on Tuesday it would cut 40 jobs. The "
            "school, in the town near the Nova Scotia border, has about 2,000 students.")
    assert [r.entry.admin1 for r in geoparse(text, index=index) if r.candidate.text == "Sackville"] == ["CA.NB"]


# 3. A small US town far from a local story of another state is a stray even where its name is
#    also a region's or a feature's: the firm's "Pacific" is no town in Missouri.

def test_pacific_gas_and_electric_in_a_bay_area_story_is_no_missouri_town(index):
    text = ("SAN FRANCISCO (AP) — A powerful atmospheric river drenched the San Francisco Bay Area on Thursday, "
            "flooding streets in Oakland and San Jose and triggering mudslides in the Santa Cruz Mountains, "
            "officials said. In Marin County, a mudslide closed Highway 1 near Stinson Beach. In Sonoma County, "
            "the Russian River was expected to crest near flood stage in Guerneville on Friday. Pacific Gas and "
            "Electric reported outages for more than 90,000 customers, mostly in the East Bay and on the "
            "Peninsula.")
    assert ("Pacific", "Pacific", "US", "city", "place") not in places(text, index)
    assert _senses(text, index, "Guerneville") == [("Guerneville", "US", "city")]


# 4. Ontario's Thames, by its bare name: a First Nation named after it near London, Ontario, is no
#    river of England.

def test_chippewas_of_the_thames_near_london_ontario(index):
    text = ("HAMILTON — A boil-water advisory affecting hundreds of homes on Six Nations of the Grand River has been "
            "lifted. Elsewhere in southwestern Ontario, the Chippewas of the Thames First Nation near London has "
            "been under a long-term drinking water advisory since 2023.")
    assert [r.entry.country for r in geoparse(text, index=index)
            if r.entry is not None and r.candidate.text.startswith("Thames")] == ["CA"]


def test_the_thames_in_a_london_story_stays_englands(index):
    text = "LONDON (Reuters) - Police pulled a body from the Thames near Westminster on Tuesday, the Metropolitan Police said."
    assert _senses(text, index, "Thames") == [("Thames", "GB", "region")]


# 5. A small town's name after "the city's" is a quarter of the story's town where the town so
#    named lies far away.

def test_the_citys_north_end_in_winnipeg_is_no_new_brunswick_town(index):
    text = ("WINNIPEG — Winnipeg police say a 34-year-old man has been arrested after a stabbing in the Point "
            "Douglas neighbourhood left a woman in critical condition on Wednesday night. The stabbing is the "
            "latest in a string of violent incidents in the city's North End and downtown.")
    assert [r.entry.admin1 for r in geoparse(text, index=index)
            if r.candidate.text == "North End" and r.entry is not None and not r.doubtful] in ([], ["CA.MB"])
    assert ("Winnipeg", "Winnipeg", "CA", "city", "place") in places(text, index)


# 6. "the" before a name that is a region's and otherwise only small towns' names the region: English
#    puts no "the" before a town's name.

def test_in_the_cariboo_is_the_bc_region(index):
    text = ("LYTTON, B.C. — Elsewhere in the province, a fire near Peachland in the Okanagan forced an evacuation "
            "alert for about 300 properties, and crews were battling a blaze west of Williams Lake in the Cariboo.")
    assert _senses(text, index, "Cariboo") == [("Cariboo", "CA", "region")]



# 7. A town's name opening a sentence, described by a person's role, is a surname.

def test_jackson_a_democratic_strategist_is_no_town(index):
    text = ("AUSTIN, Texas (AP) — The Texas House approved a new congressional map on Wednesday. Democrats have "
            "vowed to challenge it in federal court in El Paso. Jackson, a Democratic strategist in Fort Worth, "
            "said the fight would continue into the 2026 midterms.")
    assert _senses(text, index, "Jackson") == []
    assert _senses(text, index, "Fort Worth") == [("Fort Worth", "US", "city")]


def test_jackson_a_city_stays_the_town(index):
    text = "JACKSON, Miss. (AP) — Water was restored Tuesday. Jackson, a city of 150,000, has struggled for years."
    assert ("Jackson", "US", "city") in _senses(text, index, "Jackson")
