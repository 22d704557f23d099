"""Places from the twenty-third session's audit of migration, border and sea reporting (the central
Mediterranean, the Darien Gap, the US-Mexico border, Yemen's coast, US detention sites)."""

from readings import names, places


# 1. A region's current name: Panama's Guna Yala comarca is Natural Earth's Kuna Yala.

def test_guna_yala_is_panamas_comarca_not_thailands_yala(index):
    text = ("Instead, Panama's border service Senafront said about 2,200 people had passed through the port of "
            "Miramar in the Guna Yala region, heading by boat to Necocli and Capurgana.")
    found = places(text, index)
    assert ("Guna Yala region", "Kuna Yala", "PA", "admin1", "place") in found
    assert all(country != "TH" for _, _, country, _, _ in found)


# 2. Names that borrow a place's name: a bridge's and a facility's nickname.

def test_the_bridge_of_the_americas_is_no_mention_of_the_americas(index):
    text = ("In the El Paso sector, agents found the body of a man in a canal near the Bridge of the Americas "
            "on Saturday.")
    assert names(text, index) == ["El Paso"]


def test_a_nickname_after_dubbed_is_no_place(index):
    text = ("MIAMI (AFP) - Lawyers for detained migrants on Thursday sued the Trump administration over "
            "conditions at a new detention center in the Florida Everglades dubbed \"Alligator Alcatraz\", "
            "saying detainees were denied access to counsel.")
    assert "Alcatraz" not in names(text, index)
    assert "Everglades" in names(text, index)


# 3. Towns GeoNames lacks or has only abroad.

def test_shaqra_in_a_yemen_story_is_abyans_town(index):
    text = ("The boat was carrying 154 Ethiopian migrants when it sank Sunday in the Gulf of Aden off Abyan "
            "province, said Abdusattor Esoev, head of the IOM's office in Yemen.\n\n"
            "The health office in Abyan said 54 bodies were buried near the town of Shaqra.")
    shaqra = [p for p in places(text, index) if p[0] == "Shaqra"]
    assert shaqra and shaqra[0][2] == "YE"

