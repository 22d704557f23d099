"""Anniversaries, commemorations, trials of old crimes and retrospectives as the wires and newspapers report them
(the thirtieth session's fx30h check): the event an anniversary remembers is of its own year, not of the day it is
marked on; a count of years in two words ("Forty-three years after") counts them all; Sharpeville and the Choeung
Ek killing field are places; a death march is no protest."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_the_nth_anniversarys_event_is_so_many_years_before(index):
    text = ("POTOCARI, Bosnia and Herzegovina (AP) \u2014 Tens of thousands of people gathered on Friday at a "
            "memorial cemetery outside Srebrenica to mark the 30th anniversary of the massacre of more than 8,000 "
            "Bosnian Muslim men and boys, Europe's only acknowledged genocide since World War II.")
    found = [e[:3] for e in events(text, index, "2025-07-11")]
    assert found == [("srebrenica", "attack", "1995")]


def test_a_count_of_years_in_two_words_dates_the_past_it_turns_to(index):
    text = ("GUATEMALA CITY (Reuters) - Forty-three years after the massacre of Maya Achi villagers in Rabinal, a "
            "Guatemalan court on Thursday sentenced three former civil defense patrollers to 30 years in prison each "
            "for crimes against humanity.")
    found = [(e[0], e[1], e[2]) for e in events(text, index, "2025-03-13") if e[1] == "attack"]
    assert found == [("rabinal", "attack", "1982-03")]


def test_sharpeville_township_is_a_place(index):
    text = ("SHARPEVILLE, South Africa \u2014 Hundreds of residents and government officials gathered at the "
            "Sharpeville memorial in Gauteng on Friday to mark Human Rights Day, 65 years after police shot dead 69 "
            "people protesting against apartheid pass laws.")
    found = {(p[1], p[2]) for p in readings.places(text, index) if p[0].lower() == "sharpeville"}
    assert found == {("Sharpeville", "ZA")}


def test_the_choeung_ek_killing_field_is_a_place(index):
    text = ("PHNOM PENH, Cambodia (Xinhua) -- Hundreds of people gathered at the Choeung Ek killing field on the "
            "outskirts of Phnom Penh on Tuesday to mark the National Day of Remembrance for the victims of the Khmer "
            "Rouge regime.")
    found = {(p[1], p[2]) for p in readings.places(text, index) if p[0] == "Choeung Ek"}
    assert found == {("Choeung Ek", "KH")}


def test_a_death_march_is_no_protest(index):
    text = ("Soviet soldiers of the 60th Army reached the camp on Jan. 27, 1945, finding about 7,000 sick and starving "
            "prisoners left behind after the SS forced some 58,000 others on death marches towards Wodzislaw Slaski "
            "and Gliwice days earlier.")
    assert [e for e in events(text, index, "2025-01-27") if e[1] == "protest"] == []
