"""Seats of power and who speaks from where (the twenty-ninth session's fx29k check): capitals and institutions
that stand for governments, and events told from afar, as the wires and national papers write them in 2025. The
event belongs where it happened, not where the one who tells of it sits."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_statement_read_in_a_capital_places_no_attack_there(index):
    text = ("Caracas condemned the strike. Venezuelan Foreign Minister Yván Gil said in a statement read in Caracas "
            "that the attacks amounted to \"extrajudicial executions\".")
    found = [e[:2] for e in events(text, index, "2025-10-15")]
    assert ("caracas", "attack") not in found


def test_the_datelines_capital_named_again_as_the_tellers_seat_is_no_arrests_place(index):
    text = ("ANKARA (Reuters) \u2014 Turkish police detained 47 people suspected of links to Islamic State in raids "
            "across 12 provinces, the interior ministry in Ankara announced on Friday.")
    found = [e[:2] for e in events(text, index, "2025-12-26")]
    assert ("ankara", "arrest") not in found


def test_a_capitals_own_arrests_keep_its_dateline(index):
    text = ("TBILISI, Georgia (RFE/RL) \u2014 Police detained 37 protesters outside parliament on Tuesday night, "
            "the interior ministry said.")
    found = [e[:2] for e in events(text, index, "2025-05-13")]
    assert ("tbilisi", "arrest") in found


def test_a_capital_that_claims_its_forces_deed_is_its_countrys_actor(index):
    text = ("KYIV, Ukraine (Reuters) \u2014 Moscow said on Saturday its forces had taken full control of Pokrovsk, a "
            "key logistics hub in eastern Ukraine, but officials in Kyiv said fighting was still going on in the town.")
    found = [e[:4] for e in events(text, index, "2025-11-29")]
    assert found == [("pokrovsk", "ground_operation", "2025-11-29", ["Russia"])]


def test_a_capital_named_after_a_preposition_does_not_act(index):
    text = ("A Russian missile aimed at Kyiv struck a residential building on Thursday, killing three people, "
            "the city's military administration said.")
    found = events(text, index, "2025-11-20")
    assert found and all("Ukraine" not in e[3] for e in found)


def test_what_an_envoy_was_summoned_over_is_not_where_the_summons_was(index):
    text = ("Separately, the foreign ministry in Ankara summoned the Swedish ambassador over a Koran burning in "
            "Stockholm.")
    assert [e[:2] for e in events(text, index, "2025-12-26")] == [("ankara", "talks")]


def test_forces_that_had_struck_as_the_pentagon_tells_it_is_a_strike(index):
    text = ("WASHINGTON (AP) \u2014 The Pentagon said on Wednesday that U.S. forces had struck another boat it "
            "accused of carrying drugs in the Caribbean, killing six people.")
    found = [(e[0], e[1], e[3]) for e in events(text, index, "2025-10-15")]
    assert found == [("caribbean", "strike", ["United States"])]


def test_a_consulate_that_tells_of_a_strike_is_not_where_it_hit(index):
    text = "The consulate in Erbil said two staff members were wounded in a drone attack in Kirkuk on Monday."
    assert [e[:2] for e in events(text, index, "2025-06-11")] == [("kirkuk", "strike")]


def test_speaking_to_reporters_in_a_capital_is_no_strike_there(index):
    text = ("Speaking to reporters in Ankara, Erdogan said Turkish jets had struck PKK targets in northern Iraq on "
            "Tuesday.")
    assert [e[:2] for e in events(text, index, "2025-06-11")] == [("iraq", "strike")]


def test_news_of_its_own_day_naming_other_towns_is_not_where_the_speakers_sit(index):
    text = ("Ukraine's air force said in Kyiv that Russia launched 120 drones overnight, hitting Kharkiv and "
            "Dnipro.")
    assert "kyiv" not in [e[0] for e in events(text, index, "2025-06-11")]


def test_the_towns_a_barrage_was_hitting_are_its_places(index):
    text = "Russia launched 120 drones overnight, hitting Kharkiv and Dnipro, the air force said."
    assert [e[:2] for e in events(text, index, "2025-06-11")] == [("kharkiv", "strike"), ("dnipro", "strike")]


def test_a_capital_that_launched_strikes_on_targets_is_the_strikes_actor(index):
    text = "Washington launched strikes on Houthi targets in Sanaa on Saturday."
    assert events(text, index, "2025-06-11") == [("sanaa", "strike", "2025-06-07", ["United States", "Houthis"])]


def test_a_bombing_plot_is_no_strike(index):
    text = ("Turkey says it detained 47 suspects over Istanbul bombing plot\n\n"
            "The suspects were planning attacks on churches and synagogues in Istanbul during the new year "
            "holidays, the ministry said.")
    assert ("istanbul", "strike") not in [e[:2] for e in events(text, index, "2025-12-26")]
