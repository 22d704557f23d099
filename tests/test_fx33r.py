"""Events of the winter of 2024-2025 as the wires and local papers report them (the thirty-third session's fx33r
check): deaths in snow-related accidents, the heaviest snowfall that paralysed a capital, a snow squall's whiteout
and the chain crash of cars on an interstate."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_deaths_in_snow_related_accidents_are_the_disaster(index):
    text = ("At least seven people died in snow-related accidents in Gilan and Mazandaran provinces, state news "
            "agency IRNA reported.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-02-02")}
    assert found == {("gilan", "disaster"), ("mazandaran", "disaster")}


def test_the_heaviest_snowfall_that_paralysed_a_capital(index):
    text = ("TEHRAN (AFP) - Iranian authorities shut schools and government offices in Tehran on Sunday after the "
            "heaviest snowfall in a decade paralysed the capital.")
    found = [e[:3] for e in events(text, index, "2025-02-02")]
    assert ("tehran", "disaster", "2025-02-02") in found


def test_a_snow_squall_that_caused_a_pileup_is_no_statement(index):
    text = ("CLEARFIELD, Pa. \u2014 A sudden snow squall caused a pileup of about 60 vehicles on Interstate 80 in "
            "Clearfield County on Friday afternoon, killing three people and injuring 17, state police said.")
    found = [e[:3] for e in events(text, index, "2025-01-17")]
    assert found == [("clearfield-county", "disaster", "2025-01-17")]


def test_a_snow_squall_warning_makes_no_disaster(index):
    text = ("The National Weather Service in State College had issued a snow squall warning for Clearfield County "
            "20 minutes before the crash.")
    assert "disaster" not in {e[1] for e in events(text, index, "2025-01-17")}


def test_a_pileup_on_an_interstate_is_an_accident(index):
    text = ("Two people were killed in a 30-vehicle pileup on Interstate 65 near Elizabethtown, Kentucky State "
            "Police said.")
    found = [e[:2] for e in events(text, index, "2025-01-06")]
    assert found == [("elizabethtown", "accident")]



def test_the_office_of_a_quoted_meteorologist_is_no_place_hit(index):
    text = ("The National Weather Service said the heaviest snow had fallen in parts of southwest Kansas, including "
            "28 inches in the Pratt area with six-foot snow drifts. '' There's a good swath of our area that's "
            "covered with at least a foot of snow,'' said Matt Girard, a meteorologist with the National Weather "
            "Service in Dodge City.")
    found = [e[:2] for e in events(text, index, None)]
    assert found == [("kansas", "disaster")]


def test_skiers_swept_away_by_a_slide_are_the_avalanches(index):
    text = ("The two men, aged 35 and 42, were swept away by a slide in the Tignes-Val d'Isère area at about 2,800 "
            "metres, the Savoie prefecture said.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-02-16")}
    assert ("tignes", "disaster") in found
    assert "statement" not in {kind for _, kind in found}


def test_an_avalanche_near_a_himalayan_village_is_placed_there(index):
    text = ("DEHRADUN (PTI): An avalanche struck a Border Roads Organisation (BRO) camp near Mana village in "
            "Uttarakhand's Chamoli district on Friday morning, trapping 54 workers, officials said.")
    found = {e[0] for e in events(text, index, "2025-03-01") if e[1] == "disaster"}
    assert "mana" in found
    assert "dehradun" not in found
