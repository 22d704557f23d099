"""Events and places of nuclear plants, radiation and nuclear sites as Reuters, AP, AFP and national papers report
them (the thirty-third session's fx33i check): a strike on a reactor or a nuclear site, the IAEA's words where it
spoke, the plant's town."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_reactor_struck_by_a_military_is_a_strike_there(index):
    text = ("Israel also struck the heavy water reactor under construction at Arak, known as Khondab, on Thursday, "
            "the Israeli military said.")
    assert [e[:3] for e in events(text, index, "2025-06-22")] == [("arak", "strike", "2025-06-19")]


def test_the_iaea_head_telling_its_board_in_vienna_is_no_statement_at_vienna(index):
    text = ("Rafael Grossi, director general of the International Atomic Energy Agency, told the agency's board in "
            "Vienna that the building was similar in size and features to the enrichment facility at Yongbyon and "
            "that construction began in 2024.")
    found = events(text, index, "2025-06-09")
    assert [e[:2] for e in found] == [("yongbyon", "statement")], found


def test_the_iaea_head_speaking_in_new_york_is_no_statement_there(index):
    text = ('"The situation is not sustainable," IAEA Director General Rafael Grossi said in New York, where he was '
            "attending the U.N. General Assembly.")
    assert events(text, index, "2025-09-23") == []
