"""Events the twenty-eighth session found wrong in its own reading: a capital that speaks after ", and" is no
item of the list before it, and the fighting a place is kept out of is no battle there."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_capital_after_comma_and_that_speaks_is_no_list_item(index):
    text = "A drone strike hit a fuel depot in Sochi, and Moscow said it would respond."
    assert [e[:2] for e in events(text, index, "2025-06-10")] == [("sochi", "strike")]


def test_a_toll_place_after_comma_and_a_capital_that_acted(index):
    text = "Floods killed 12 people in Kerala, and New Delhi has sent troops."
    assert [e[:2] for e in events(text, index, "2025-06-10")] == [("kerala", "disaster")]


def test_a_serial_list_after_comma_and_stays_a_list(index):
    text = "Russian drones struck Kharkiv, Sumy, and Poltava was hit by missiles on Monday."
    places = {e[0] for e in events(text, index, "2025-06-10")}
    assert {"kharkiv", "sumy", "poltava"} <= places


def test_the_fighting_a_place_is_kept_out_of_is_no_battle(index):
    text = ("Fighting between the army and the Arakan Army spread to the outskirts of Kyaukphyu on Sunday, residents "
            "said.\n\nKyaukphyu is the starting point of oil and gas pipelines that run across Myanmar to Yunnan "
            "province in China, and Beijing has pressed both sides to keep the port and pipeline terminal out of "
            "the fighting.")
    assert [e[:2] for e in events(text, index, "2025-06-10")] == [("kyaukphyu", "ground_operation")]
