"""Places from the twenty-fifth session's audit of US and Canadian local and regional news (AP state
wires, Canadian Press, local papers: towns, counties, reserves, neighbourhoods, institutions)."""

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
