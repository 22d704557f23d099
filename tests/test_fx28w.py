"""Places and events of West Africa and the Sahel (the twenty-eighth session's fx28w audit: jihadist
attacks in Mali, Burkina Faso, Niger, Benin and Togo, bandits and herders in Nigeria, boats capsized on
the Niger, floods, cholera and Lassa fever)."""

import readings
from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A sentence that opens in a country ("In Togo, ...") places its names there.

def test_a_sentence_opening_in_a_country_places_its_region_there(index):
    text = ("COTONOU, Benin (Reuters) - Jihadists killed 54 soldiers in attacks on two military positions in "
            "northern Benin, near where Benin's borders meet those of Niger and Burkina Faso. In Togo, the army "
            "said last month that jihadists had killed eight soldiers in the Kpendjal prefecture of the Savanes "
            "region.")
    assert _senses(text, index, "Savanes region") == [("Savanes", "TG", "admin1")]

